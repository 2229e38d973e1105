#include "inference/text/SoundClassVocabulary.h"

#include "inference/text/CaptionWriter.h"
#include "inference/text/WordMatch.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <random>

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
        {"whoosh_swing", false, {"whoosh", "swoosh", "swish", "swing", "throw", "thrown", "arrow", "bow", "flutter", "air"},
         {"a stick swishes through the air{n}", "an arrow whooshes past{n}", "a fast swing whooshes{n}", "something is thrown{n}"},
         {"fast", "airy", "light", "sharp"}},
        {"bounce_pop", false, {"bounce", "bounces", "bouncing", "ball", "pop", "pops", "plop", "balloon", "boing"},
         {"a ball bounces{n}", "a rubber ball bounces on the floor{n}", "something pops{n}", "a ball plops down{n}"},
         {"rubber", "springy", "light", "small"}},
        {"crash_collision", false, {"crash", "collision", "collide", "smash", "wreck"},
         {"a heavy crash{n}", "two things collide{n}", "a car crashes{n}", "something smashes{n}"},
         {"loud", "metallic", "violent", "heavy"}},
        {"keyboard_typing", false, {"keyboard", "typing", "types", "typewriter", "keys", "keystroke", "keystrokes"},
         {"someone types on a keyboard{n}", "keyboard keys clack{n}", "fast typing{n}", "keystrokes on an old keyboard{n}"},
         {"clicky", "mechanical", "plastic", "old"}},
        {"drum_percussion", false, {"drum", "drums", "snare", "kick", "cymbal", "hihat", "tom", "percussion", "cowbell", "tambourine", "beat"},
         {"a drum is hit{n}", "a snare drum cracks{n}", "a kick drum thumps{n}", "percussion hits{n}"},
         {"punchy", "tight", "resonant", "dry"}},
        {"tool_machinery", false, {"hammer", "saw", "drill", "machine", "tool", "clock", "tick", "switch", "lever", "workshop"},
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
        {"vocal_nonverbal", false, {"scream", "cough", "sneeze", "laugh", "grunt", "groan", "breath", "breathing", "gasp", "shout", "cry", "applause", "clapping", "person", "man", "woman"},
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

// Caption -> class: naive Bayes over stemmed words, counted in thousands of captions the caption writer makes for
// each class (the phrasing the text encoder is trained on) plus each class's keywords (weighted, so short user
// captions work). Words every class uses alike ("room", "quiet", "sound") carry no weight by construction.
class CaptionClassModel {
public:
    CaptionClassModel()
    {
        std::mt19937_64 rng(11);
        const CaptionWriter writer;
        for (const auto& c : soundClassVocabulary()) {
            auto& counts = m_counts[c.name];
            double& total = m_totals[c.name];
            for (int i = 0; i < kCaptionsPerClass; ++i)
                for (const auto& w : captionWords(writer.write(c.name, i % 7, rng).text)) {
                    counts[wordStem(w)] += 1.0;
                    total += 1.0;
                }
            for (const auto& k : c.keywords) {
                counts[wordStem(k)] += kKeywordWeight;
                total += kKeywordWeight;
                m_keywords[wordStem(k)].push_back(c.name);
            }
        }
        for (const auto& [name, counts] : m_counts)
            for (const auto& [word, n] : counts) m_vocabulary[word] += 0.0 * n;
    }

    std::vector<ClassMatch> rank(const std::string& caption) const
    {
        std::vector<std::string> informative;
        for (const auto& w : captionWords(caption))
            if (isInformative(wordStem(w))) informative.push_back(wordStem(w));
        if (informative.empty()) return {};
        std::vector<ClassMatch> ranked;
        double best = -1e300;
        for (const auto& [name, counts] : m_counts) {
            double logp = 0.0;
            for (const auto& w : informative) logp += std::log(likelihood(name, w));
            ranked.push_back({name, logp});
            best = std::max(best, logp);
        }
        double sum = 0.0;
        for (auto& r : ranked) sum += (r.score = std::exp(r.score - best));
        for (auto& r : ranked) r.score /= sum;  // posterior with a uniform prior
        std::sort(ranked.begin(), ranked.end(), [](const ClassMatch& a, const ClassMatch& b) { return a.score > b.score; });
        while (!ranked.empty() && ranked.back().score < kMinPosterior) ranked.pop_back();
        return ranked;
    }

    // Classes a text names by keyword (what a negative prompt rules out).
    std::vector<std::string> named(const std::string& text) const
    {
        std::vector<std::string> names;
        for (const auto& w : captionWords(text)) {
            const auto it = m_keywords.find(wordStem(w));
            if (it != m_keywords.end()) names.insert(names.end(), it->second.begin(), it->second.end());
        }
        return names;
    }

private:
    static constexpr int kCaptionsPerClass = 300;
    static constexpr double kKeywordWeight = 20.0;
    static constexpr double kSmoothing = 0.5;
    static constexpr double kMinPosterior = 1e-3;

    double likelihood(const std::string& cls, const std::string& word) const
    {
        const auto& counts = m_counts.at(cls);
        const auto it = counts.find(word);
        const double n = it == counts.end() ? 0.0 : it->second;
        return (n + kSmoothing) / (m_totals.at(cls) + kSmoothing * static_cast<double>(m_vocabulary.size()));
    }

    // A word that some class uses at least 4x as often (relative to its word count) as the class using it least.
    bool isInformative(const std::string& word) const
    {
        if (m_vocabulary.count(word) == 0) return false;
        double lo = 1e300, hi = 0.0;
        for (const auto& [name, counts] : m_counts) {
            const double p = likelihood(name, word);
            lo = std::min(lo, p);
            hi = std::max(hi, p);
        }
        return hi > 4.0 * lo;
    }

    std::map<std::string, std::map<std::string, double>> m_counts;
    std::map<std::string, double> m_totals;
    std::map<std::string, double> m_vocabulary;
    std::map<std::string, std::vector<std::string>> m_keywords;
};

const CaptionClassModel& captionClassModel()
{
    static const CaptionClassModel kModel;
    return kModel;
}

}  // namespace

std::vector<ClassMatch> matchSoundClasses(const std::string& caption, const std::string& negative)
{
    const std::vector<std::string> excluded = captionClassModel().named(negative);
    std::vector<ClassMatch> matches;
    for (const ClassMatch& m : captionClassModel().rank(caption))
        if (std::find(excluded.begin(), excluded.end(), m.name) == excluded.end()) matches.push_back(m);
    return matches;
}

}  // namespace foley::inference
