#include "inference/text/CaptionWriter.h"

#include "inference/text/SoundClassVocabulary.h"

#include <vector>

namespace foley::inference {

namespace {

template <typename T>
const T& choose(const std::vector<T>& items, std::mt19937_64& rng)
{
    return items[std::uniform_int_distribution<size_t>(0, items.size() - 1)(rng)];
}

bool chance(double p, std::mt19937_64& rng) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }

std::string countWords(int n, std::mt19937_64& rng)
{
    static const std::vector<std::string> kTimes = {"", " once", " twice", " three times", " four times", " five times", " six times"};
    if (n <= 0) return "";
    if (n < static_cast<int>(kTimes.size()) && chance(0.7, rng)) return kTimes[static_cast<size_t>(n)];
    return n == 1 ? "" : choose(std::vector<std::string>{" several times", " repeatedly", " in quick succession", ""}, rng);
}

void replaceCount(std::string& phrase, const std::string& count)
{
    const auto at = phrase.find("{n}");
    if (at != std::string::npos) phrase.replace(at, 3, count);
}

}  // namespace

CaptionWriter::Caption CaptionWriter::write(const std::string& soundClass, int eventCount, std::mt19937_64& rng) const
{
    static const std::vector<std::string> kBackgrounds = {
        ", faint room tone", ", quiet background hum", " in a quiet room", ", soft ambience", " with light reverb",
        " indoors", " outdoors", ", close up", ", recorded up close", ", slight echo"};
    Caption caption;
    const SoundClassWords* words = findSoundClass(soundClass);
    if (!words) {
        caption.text = soundClass;
        return caption;
    }
    std::string phrase = choose(words->eventPhrases, rng);
    replaceCount(phrase, countWords(eventCount, rng));
    if (chance(0.35, rng) && !words->materials.empty()) phrase = choose(words->materials, rng) + " sound: " + phrase;
    if (chance(0.5, rng)) phrase += choose(kBackgrounds, rng);
    caption.text = phrase;

    if (chance(0.5, rng)) {
        const auto& all = soundClassVocabulary();
        const SoundClassWords* other = &choose(all, rng);
        if (other->name != soundClass) caption.negative = choose(other->keywords, rng);
        if (chance(0.4, rng)) caption.negative += (caption.negative.empty() ? "" : ", ") + std::string("speech, music");
    }
    return caption;
}

}  // namespace foley::inference
