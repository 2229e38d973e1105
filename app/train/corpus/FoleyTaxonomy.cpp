#include "app/train/corpus/FoleyTaxonomy.h"

namespace foley::app::train {
namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption;

// The class rules in priority order (first match wins); bell_chime's words appended to ui_beep. Spot-check fixes on
// the real packages (word boundaries where a short word hid in a longer one): human ≠ hum, Communicator/Catapult ≠ cat,
// cowbell ≠ cow, LowLow ≠ owl, Fanfare ≠ fan, flapping/camping ≠ ping, Building ≠ ding, thorns ≠ horn,
// waterfall ≠ fall, Boomshire (a scenario) ≠ boom. Words added for names left unclassified: flap (bat-flapping),
// wesnoth's creature "-hit-N" vocals, shriek/moan/weep/whine, gull/snarl/chitter, aircraft and police car names, Sonic
// Pi's bd_ (bass drum) and _tom_, openarena's pkup (pickup), OpenTTD's bus.
const char* const kClassRules[][2] = {
    {"foliage_rustle", R"(leaves|rustle|bush|gather_(field|fruit)|(grass|snow|ice|mud)_slide)"},
    {"crash_collision", R"(crash(?!-|\d)|collide|collision|smash|out_of_road)"},
    {"bounce_pop", R"(bounce|boing|/ball|pop\b|plop|balloon|inflate)"},
    {"footstep", R"(foot ?step|/footsteps/|step(hard|soft)|/fs_|foley_foot|hstep|man-steps|_walk|gallop)"},
    {"keyboard_typing", R"(typing|typehit|/keys)"},
    {"glass", R"(glass|shatter|icecrash)"},
    {"gunshot", R"(pistol|rifle|shotgun|machinegun|minigun|musket|blunderbuss|gatling|gunshot|cannon|bullet-)"},
    {"explosion", R"(explo|blast|boom(?!shire)|bomb|nuke|barexp|grenadeimpact|atomic|bang|firework)"},
    {"impact_metal",
     R"(breakmetal|ricochet|tink|casings|/shell|metal.*(hit|clang|foot)|arrow_metal|shield_metal|anvil|clank|clang|chain)"},
    {"impact_wood",
     R"(breakwood|wood.*(hit|knock|creak)|arrow_wood|shield_wood|knock|con_wood|staff|club|tree.*(fall|crash))"},
    {"impact_stone_dirt",
     R"(arrow_(stone|dirt)|sling_stone|rock|stone|debris|crunch|gravel|dirt|dig|sand|quake|rumble|collapse)"},
    {"impact_body", R"(punch|flesh|body_?impact|fist|softhit|splat|squish|slap|hitground|/land|(?<!water)fall|thud|bump|gib)"},
    {"blade_melee", R"(sword|knife|dagger|spear|pike|slice|stab|claw|axe|mace|flail|hatchet)"},
    {"whoosh_swing", R"(whoosh|swoosh|swish|swing|arrowfly|throw|flutter|flap|bow|arrow|sling|javelin)"},
    {"door", R"(door|gate_?(open|close)|dor(cls|opn)|hinge|creak|chest|window-?(open|clos)|latch)"},
    {"water",
     R"(water|splash|drip|droplet|river|wave|bubble|liquid|swim|plunge|ripple|fountain|ocean|creek|gulp|slurp)"},
    {"rain_thunder", R"((?<![a-z])rain|thunder|lightning|storm)"},
    {"wind", R"((?<![a-z])wind(?!mill|ow|er)|gust|breeze|(?<![a-z])air(?![a-z]))"},
    {"fire", R"(fire(?!arm|punch|work|truck)|flame|burn|crackl|torch|lava|sizzle|ignite|fuse|smoke)"},
    {"vehicle_engine",
     R"(engine|motor|truck|tank-?move|vehicle|diesel|turbine|jet|helicopter|rotor|plane|train|skid|tire|(?<!t)horn|siren|hover|exhaust|starter|cessna|apache|policecar|(?<![a-z])f1[68]_|(?<![a-z])bus(?![a-z]))"},
    {"animal",
     R"(bird|dog|bark|(?<![a-z])cat(?!apult)|meow|cow(?!bell)|moo|horse|sheep|pig|chicken|rooster|duck|(?<![a-z])owl|wolf|lion|elephant|frog|cricket|bee(?!p)|monkey|hawk|growl|hiss|roar|chirp|howl|goat|gull|snarl|chitter)"},
    {"vocal_nonverbal",
     R"(scream|cough|sneeze|laugh|cry|pain|hurt|death|die|groan|grunt|breath|gasp|applause|cheer|crowd|clap|whistle|shriek|moan|weep|whine|-hit-\d)"},
    {"drum_percussion",
     R"(tabla|cajon|kick|snare|hihat|cymbal|cowbell|drum|perc|conga|shaker|tambourine|rim|gong|808|909|(?<![a-z])bd_|(?<![a-z])tom(?![a-z]))"},
    {"tool_machinery",
     R"(hammer|saw|drill|chop|lumber|pickaxe|mining|smith|construct|chainsaw|machine|generator|hum(?!an)|electr|spark|buzz|fan(?!fare)|pump|mill|steam|furnace|clock|tick|switch|lever)"},
    {"scifi_laser",
     R"(laser|plasma|phaser|teleport|beam|warp|portal|pulse|blaster|forcefield|shield|hyperspace)"},
    {"ui_beep",
     R"(click|beep|button|menu|notify|alert|alarm|message|blip|(?<![a-z])ping|popup|error|coin|pickup|pkup|powerup|oxygen-|window-|bell|chime|(?<![a-z])ding)"},
    {"ambience", R"(ambient|ambience|amb_|atmo|forest|city|night|desert|swamp|cave|traffic|market|harbor)"},
};

const char* const kExclusion =
    R"(/music/|/bgm/|/tunes/|Music Loops|_theme|/voices?/|/vo_|/announcer/|/taunt\d|/civ/|_ack\d*\.|_select|/festivox)"
    R"(|_desc|tutorial|/countdown/|/speech/|/robotic/|/coms/|/feedback/|/units/|/sel_|/complete_|/Vocals/)"
    R"(|(?-i:/Default(_[a-z]+)?/)|/British/|ringtones|waveforms|_[a-z]{2}(_[A-Z]{2})?\.(ogg|wav)$)"
    // OpenClonk's clonk voice sets: acknowledgements (Confirm, Doubt, Singing...) are speech-like; pain sounds stay.
    R"(|(?-i:/(Adventurer|Alchemist|Farmer|Steampunk)/(?!Die|Hurt|Scream|Laughter|Fall)))";

// Freedoom's DMX lumps carry Doom's coded sound names (DSxxxxxx); these are the ones with a clear foley class.
const char* const kDoomLumps[][2] = {
    {"DSSHOTGN", "gunshot"},        {"DSDSHTGN", "gunshot"},          {"DSRXPLOD", "explosion"},
    {"DSFIRXPL", "explosion"},      {"DSFIRSHT", "fire"},             {"DSPSTART", "tool_machinery"},
    {"DSPSTOP", "tool_machinery"},  {"DSSTNMOV", "impact_stone_dirt"}, {"DSSWTCHN", "tool_machinery"},
    {"DSSWTCHX", "tool_machinery"}, {"DSBDOPN", "door"},              {"DSBDCLS", "door"},
    {"DSSLOP", "impact_body"},      {"DSOOF", "vocal_nonverbal"},     {"DSNOWAY", "vocal_nonverbal"},
    {"DSPLDETH", "vocal_nonverbal"}, {"DSPDIEHI", "vocal_nonverbal"}, {"DSTELEPT", "scifi_laser"},
    {"DSBFG", "scifi_laser"},       {"DSITEMUP", "ui_beep"},          {"DSWPNUP", "ui_beep"},
    {"DSGETPOW", "ui_beep"},        {"DSITMBK", "ui_beep"},           {"DSHOOF", "footstep"},
    {"DSMETAL", "impact_metal"},
};

// Packages whose unmatched files are still clearly one class (lincity-ng's sounds are ambience loops).
const char* const kPackageFallbacks[][2] = {
    {"lincity-ng-data", "ambience"},
};

const char* const kAnimalPath = R"(/(animals?|mammals|birds|insects|bovines|equines|rodents|apes|aquatic)/)";

}  // namespace

FoleyTaxonomy::FoleyTaxonomy()
    : m_exclusion(QString::fromLatin1(kExclusion), kOptions)
    , m_animalPath(QString::fromLatin1(kAnimalPath), kOptions)
{
    for (const auto& rule : kClassRules)
        m_rules.push_back({QString::fromLatin1(rule[0]), QRegularExpression(QString::fromLatin1(rule[1]), kOptions)});
}

QString FoleyTaxonomy::matchKey(const QString& path)
{
    QStringList parts = QString(path).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    while (parts.size() > 2) parts.removeFirst();
    if (parts.size() == 2) {
        static const QRegularExpression kGroupSuffix(QStringLiteral(R"(\.(ocg|ocd|ocf|ocs|c4g|c4d)$)"), kOptions);
        parts[0].remove(kGroupSuffix);
    }
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

ClassDecision FoleyTaxonomy::classify(const QString& package, const QString& path) const
{
    const QString key = matchKey(path);
    if (m_exclusion.match(key).hasMatch()) return {ClassDecision::Kind::Excluded, {}};
    if (package == QLatin1String("bucklespring-data")) return {ClassDecision::Kind::Classified, QStringLiteral("keyboard_typing")};
    if (package.startsWith(QLatin1String("hydrogen"))) return {ClassDecision::Kind::Classified, QStringLiteral("drum_percussion")};
    // The override looks at the whole path: tuxpaint nests animals/mammals/bovines/bison.ogg deeper than two levels.
    if (m_animalPath.match(QLatin1Char('/') + path).hasMatch()) return {ClassDecision::Kind::Classified, QStringLiteral("animal")};
    if (package == QLatin1String("freedoom")) {
        const QString lump = key.mid(key.lastIndexOf(QLatin1Char('/')) + 1);
        for (const auto& row : kDoomLumps) {
            if (lump == QLatin1String(row[0])) return {ClassDecision::Kind::Classified, QString::fromLatin1(row[1])};
        }
    }
    for (const ClassRule& rule : m_rules) {
        if (rule.pattern.match(key).hasMatch()) return {ClassDecision::Kind::Classified, rule.name};
    }
    for (const auto& row : kPackageFallbacks) {
        if (package == QLatin1String(row[0])) return {ClassDecision::Kind::Classified, QString::fromLatin1(row[1])};
    }
    return {ClassDecision::Kind::Other, {}};
}

QString FoleyTaxonomy::classifyText(const QString& text) const
{
    const QString key = QLatin1Char('/') + text;
    for (const ClassRule& rule : m_rules) {
        if (rule.pattern.match(key).hasMatch()) return rule.name;
    }
    return {};
}

QStringList FoleyTaxonomy::classNames() const
{
    QStringList names;
    for (const ClassRule& rule : m_rules) names << rule.name;
    return names;
}

bool FoleyTaxonomy::isClassName(const QString& name) const
{
    for (const ClassRule& rule : m_rules) {
        if (rule.name == name) return true;
    }
    return false;
}

}  // namespace foley::app::train
