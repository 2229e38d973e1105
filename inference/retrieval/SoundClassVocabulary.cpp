#include "inference/retrieval/SoundClassVocabulary.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace foley::inference {

namespace {

std::vector<SoundClassWords> buildVocabulary()
{
    return {
        {"footstep", false, {"footstep", "footsteps", "steps", "step", "walks", "walking", "walk", "feet", "boots", "shoes", "running", "stomps"},
         {"footsteps{n}", "a person walks across the floor{n}", "boots step on the ground{n}", "someone takes steps{n}"},
         {"gravel", "wooden", "stone", "grass", "hard"}},
        {"impact_metal", false, {"metal", "metallic", "clang", "clank", "anvil", "pipe", "steel", "iron", "tin", "chain", "spoon"},
         {"a hammer strikes a metal pipe{n}", "metal clanks{n}", "a spoon taps a metal pot{n}", "an iron bar clangs{n}"},
         {"ringing", "hollow", "heavy", "sharp"}},
        {"impact_wood", false, {"wood", "wooden", "knock", "knocks", "plank", "log", "stick", "timber", "crate"},
         {"a wooden stick knocks on a plank{n}", "someone knocks on wood{n}", "a log thumps onto wood{n}", "wooden blocks clack{n}"},
         {"dry", "hollow", "dull", "heavy"}},
        {"impact_stone_dirt", false, {"stone", "stones", "rock", "rocks", "dirt", "gravel", "pebble", "debris", "sand", "rubble", "digging"},
         {"a rock drops onto stones{n}", "gravel crunches{n}", "a stone hits the dirt{n}", "debris falls on the ground{n}"},
         {"dusty", "heavy", "crumbling", "rough"}},
        {"impact_body", false, {"punch", "thud", "thump", "slap", "body", "flesh", "fall", "falls", "lands", "bump", "squish", "splat"},
         {"a heavy thud{n}", "a body falls to the floor{n}", "a fist punches{n}", "something soft lands with a thump{n}"},
         {"dull", "soft", "heavy", "muffled"}},
        {"glass", false, {"glass", "shatter", "shatters", "bottle", "window", "jar", "crystal", "ice"},
         {"glass shatters{n}", "a bottle breaks{n}", "a glass clinks{n}", "a window pane smashes{n}"},
         {"sharp", "bright", "tinkling", "thin"}},
        {"door", false, {"door", "doors", "gate", "hinge", "creak", "latch", "slam", "slams", "chest"},
         {"a door opens and closes{n}", "a door slams{n}", "a wooden gate creaks{n}", "a latch clicks and a door swings{n}"},
         {"old", "heavy", "creaky", "wooden"}},
        {"explosion", false, {"explosion", "explodes", "blast", "boom", "bomb", "detonation", "grenade", "firework"},
         {"an explosion booms{n}", "a blast goes off{n}", "a bomb detonates{n}", "a deep boom{n}"},
         {"distant", "loud", "rumbling", "deep"}},
        {"gunshot", false, {"gunshot", "gunshots", "gun", "shot", "shots", "pistol", "rifle", "shotgun", "cannon", "fires"},
         {"a gun fires{n}", "gunshots ring out{n}", "a pistol shot{n}", "a rifle fires{n}"},
         {"sharp", "loud", "echoing", "distant"}},
        {"blade_melee", false, {"sword", "swords", "blade", "knife", "dagger", "axe", "mace", "slash", "stab", "clash"},
         {"swords clash{n}", "a blade slashes{n}", "an axe chops{n}", "a knife stabs{n}"},
         {"steel", "sharp", "ringing", "heavy"}},
        {"whoosh_swing", false, {"whoosh", "swoosh", "swish", "swing", "swings", "throw", "arrow", "arrows", "bow", "flutter"},
         {"a stick swishes through the air{n}", "an arrow whooshes past{n}", "a fast swing whooshes{n}", "something is thrown{n}"},
         {"fast", "airy", "light", "sharp"}},
        {"bounce_pop", false, {"bounce", "bounces", "bouncing", "ball", "pop", "pops", "plop", "balloon", "boing"},
         {"a ball bounces{n}", "a rubber ball bounces on the floor{n}", "something pops{n}", "a ball plops down{n}"},
         {"rubber", "springy", "light", "small"}},
        {"crash_collision", false, {"crash", "crashes", "collision", "collide", "smash", "wreck"},
         {"a heavy crash{n}", "two things collide{n}", "a car crashes{n}", "something smashes{n}"},
         {"loud", "metallic", "violent", "heavy"}},
        {"keyboard_typing", false, {"keyboard", "typing", "types", "typewriter", "keys", "keystroke", "keystrokes"},
         {"someone types on a keyboard{n}", "keyboard keys clack{n}", "fast typing{n}", "keystrokes on an old keyboard{n}"},
         {"clicky", "mechanical", "plastic", "old"}},
        {"drum_percussion", false, {"drum", "drums", "snare", "kick", "cymbal", "hihat", "tom", "percussion", "cowbell", "tambourine", "beat"},
         {"a drum is hit{n}", "a snare drum cracks{n}", "a kick drum thumps{n}", "percussion hits{n}"},
         {"punchy", "tight", "resonant", "dry"}},
        {"tool_machinery", false, {"hammer", "hammering", "saw", "sawing", "drill", "chop", "chopping", "machine", "tool", "tools", "clock", "tick", "ticking", "switch", "lever"},
         {"a hammer pounds{n}", "a saw cuts wood{n}", "a machine clanks{n}", "a clock ticks{n}"},
         {"mechanical", "rhythmic", "workshop", "metal"}},
        {"ui_beep", false, {"beep", "beeps", "click", "clicks", "button", "blip", "ping", "chime", "alert", "notification", "coin"},
         {"a short electronic beep{n}", "a button clicks{n}", "a notification chime{n}", "a digital blip{n}"},
         {"electronic", "short", "bright", "synthetic"}},
        {"scifi_laser", false, {"laser", "lasers", "plasma", "phaser", "zap", "beam", "blaster", "teleport"},
         {"a laser zaps{n}", "a sci-fi blaster fires{n}", "a plasma beam fires{n}", "a futuristic zap{n}"},
         {"electronic", "sci-fi", "bright", "buzzing"}},
        {"animal", false, {"dog", "dogs", "bark", "barks", "cat", "meow", "cow", "moo", "horse", "sheep", "pig", "chicken", "bird", "birds", "wolf", "animal", "growl", "chirp"},
         {"a dog barks{n}", "an animal calls{n}", "a bird chirps{n}", "a horse neighs{n}"},
         {"distant", "loud", "small", "wild"}},
        {"vocal_nonverbal", false, {"scream", "screams", "cough", "coughs", "sneeze", "laugh", "laughs", "grunt", "groan", "breath", "breathing", "gasp", "shout", "cry", "applause", "clapping"},
         {"a person grunts{n}", "someone coughs{n}", "a man shouts{n}", "a person gasps{n}"},
         {"short", "male", "female", "breathy"}},
        {"foliage_rustle", false, {"leaves", "rustle", "rustles", "rustling", "bush", "bushes", "foliage", "grass", "branches"},
         {"leaves rustle{n}", "someone pushes through a bush{n}", "dry foliage rustles{n}", "branches brush together{n}"},
         {"dry", "soft", "crisp", "gentle"}},
        {"fire", true, {"fire", "flame", "flames", "burning", "burns", "crackling", "crackles", "campfire", "torch"},
         {"a fire crackles", "flames burn steadily", "a campfire crackles and pops", "a torch burns"},
         {"warm", "steady", "roaring", "soft"}},
        {"water", true, {"water", "splash", "splashes", "splashing", "drip", "drips", "dripping", "river", "stream", "bubbles", "pouring", "waves", "swim"},
         {"water splashes", "a stream of water flows", "water drips and splashes", "waves lap at the shore"},
         {"flowing", "gentle", "running", "wet"}},
        {"rain_thunder", true, {"rain", "raining", "thunder", "storm", "lightning", "downpour"},
         {"rain falls", "thunder rumbles", "a storm with heavy rain", "steady rain patters"},
         {"heavy", "distant", "steady", "rolling"}},
        {"wind", true, {"wind", "windy", "gust", "gusts", "breeze", "howling"},
         {"wind blows", "a gust of wind howls", "a strong breeze", "wind whistles"},
         {"cold", "strong", "howling", "soft"}},
        {"vehicle_engine", true, {"engine", "engines", "car", "motor", "truck", "vehicle", "helicopter", "plane", "train", "jet", "revving", "idling"},
         {"an engine runs", "a car engine revs", "a motor idles", "a vehicle drives past"},
         {"loud", "rumbling", "distant", "idling"}},
        {"ambience", true, {"ambience", "ambient", "atmosphere", "room", "city", "forest", "night", "cave", "traffic", "crowd"},
         {"ambient room tone", "a quiet forest at night", "city ambience", "the hum of a cave"},
         {"quiet", "distant", "calm", "busy"}},
    };
}

}  // namespace

const std::vector<SoundClassWords>& soundClassVocabulary()
{
    static const std::vector<SoundClassWords> kVocabulary = buildVocabulary();
    return kVocabulary;
}

const SoundClassWords* findSoundClass(const std::string& name)
{
    for (const auto& c : soundClassVocabulary())
        if (c.name == name) return &c;
    return nullptr;
}

std::vector<std::string> captionWords(const std::string& caption)
{
    std::vector<std::string> words;
    std::string word;
    for (char ch : caption + " ") {
        const auto u = static_cast<unsigned char>(ch);
        if (std::isalnum(u) || u >= 0x80) {
            word.push_back(static_cast<char>(std::tolower(u)));
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    return words;
}

namespace {

std::map<std::string, double> classScores(const std::string& text)
{
    const std::vector<std::string> words = captionWords(text);
    std::map<std::string, double> scores;
    for (const auto& c : soundClassVocabulary())
        for (const auto& keyword : c.keywords)
            for (const auto& w : words)
                if (w == keyword) scores[c.name] += 1.0;
    return scores;
}

}  // namespace

std::vector<ClassMatch> matchSoundClasses(const std::string& caption, const std::string& negative)
{
    const auto positive = classScores(caption);
    const auto excluded = classScores(negative);
    std::vector<ClassMatch> matches;
    for (const auto& [name, score] : positive)
        if (excluded.count(name) == 0) matches.push_back({name, score});
    // Earlier words describe the main sound in MLLM captions ("a spoon taps a bowl, faint hum"): ties go to the
    // class whose keyword appears first.
    const std::vector<std::string> words = captionWords(caption);
    auto firstPosition = [&](const std::string& name) {
        const SoundClassWords* c = findSoundClass(name);
        for (size_t i = 0; i < words.size(); ++i)
            if (std::find(c->keywords.begin(), c->keywords.end(), words[i]) != c->keywords.end()) return i;
        return words.size();
    };
    std::stable_sort(matches.begin(), matches.end(), [&](const ClassMatch& a, const ClassMatch& b) {
        if (a.score != b.score) return a.score > b.score;
        return firstPosition(a.name) < firstPosition(b.name);
    });
    return matches;
}

}  // namespace foley::inference
