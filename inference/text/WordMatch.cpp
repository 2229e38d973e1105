#include "inference/text/WordMatch.h"

#include "inference/text/SoundClassVocabulary.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace foley::inference {

bool isFunctionWord(const std::string& lowerWord)
{
    static const std::set<std::string> kWords{"a",    "an",   "the",   "and",   "or",    "of",   "on",    "in",   "at",
                                              "to",   "by",   "with",  "from",  "for",   "into", "onto",  "over", "under",
                                              "is",   "are",  "it",    "its",   "then",  "once", "twice", "times", "some",
                                              "several", "very", "sound", "sounds"};
    return lowerWord.empty() || kWords.count(lowerWord) > 0 || std::isdigit(static_cast<unsigned char>(lowerWord.front()));
}

std::string wordStem(std::string w)
{
    auto ends = [&](const char* suffix) {
        const size_t n = std::char_traits<char>::length(suffix);
        return w.size() > n + 2 && w.compare(w.size() - n, n, suffix) == 0;
    };
    if (ends("ing")) w.resize(w.size() - 3);
    else if (ends("es") && std::string("shxz").find(w[w.size() - 3]) != std::string::npos) w.resize(w.size() - 2);
    else if (ends("ed")) w.resize(w.size() - 2);
    else if (ends("s") && w[w.size() - 2] != 's') w.resize(w.size() - 1);
    if (w.size() > 3 && w[w.size() - 1] == w[w.size() - 2]) w.pop_back();  // "slamm" -> "slam"
    return w;
}

std::vector<std::string> contentStems(const std::string& text)
{
    std::vector<std::string> stems;
    for (const std::string& word : captionWords(text)) {
        if (isFunctionWord(word)) continue;
        std::string s = wordStem(word);
        if (std::find(stems.begin(), stems.end(), s) == stems.end()) stems.push_back(std::move(s));
    }
    return stems;
}

int sharedWordCount(const std::vector<std::string>& stems, const std::string& text)
{
    const std::vector<std::string> words = contentStems(text);
    return static_cast<int>(std::count_if(stems.begin(), stems.end(), [&](const std::string& s) {
        return std::find(words.begin(), words.end(), s) != words.end();
    }));
}

}  // namespace foley::inference
