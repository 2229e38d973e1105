#include "inference/WordTokenizer.h"
#include "core/types/AtomicFile.h"

#include <cctype>
#include <fstream>

namespace foley::inference {

WordTokenizer::WordTokenizer(std::vector<std::string> vocabulary, int hashBuckets, int maxTokens)
    : m_vocabulary(std::move(vocabulary))
    , m_hashBuckets(hashBuckets < 1 ? 1 : hashBuckets)
    , m_maxTokens(maxTokens < 1 ? 1 : maxTokens)
{
    for (size_t i = 0; i < m_vocabulary.size(); ++i) m_ids.emplace(m_vocabulary[i], static_cast<int64_t>(2 + i));
}

Result<WordTokenizer> WordTokenizer::fromFile(const std::string& path, int hashBuckets, int maxTokens)
{
    std::ifstream in(path);
    if (!in) return makeError(ErrorCode::InferencePackMissing, "cannot read tokenizer vocabulary " + path);
    std::vector<std::string> vocabulary;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const std::vector<std::string> parts = words(line);
        if (parts.size() != 1 || parts.front() != line)
            return makeError(ErrorCode::InferencePackInvalid, "tokenizer vocabulary " + path + ": '" + line
                                                                  + "' is not a lower-case word");
        vocabulary.push_back(line);
    }
    return WordTokenizer(std::move(vocabulary), hashBuckets, maxTokens);
}

Status WordTokenizer::writeFile(const std::string& path) const
{
    std::string text;
    for (const std::string& w : m_vocabulary) text += w + '\n';
    return AtomicFile::write(path, text, ErrorCode::IoWriteFailed);
}

std::vector<std::string> WordTokenizer::words(const std::string& text)
{
    std::vector<std::string> result;
    std::string current;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c)) {
            current += static_cast<char>(std::tolower(c));
        } else if (!current.empty()) {
            result.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) result.push_back(std::move(current));
    return result;
}

std::vector<int64_t> WordTokenizer::encode(const std::string& text) const
{
    std::vector<int64_t> ids{kBos};
    for (const std::string& w : words(text)) {
        if (static_cast<int>(ids.size()) >= m_maxTokens) break;
        const auto it = m_ids.find(w);
        if (it != m_ids.end()) {
            ids.push_back(it->second);
            continue;
        }
        uint32_t hash = 2166136261u;  // FNV-1a: stable across runs and platforms
        for (char c : w) {
            hash ^= static_cast<uint8_t>(c);
            hash *= 16777619u;
        }
        ids.push_back(2 + vocabularySize() + static_cast<int64_t>(hash % static_cast<uint32_t>(m_hashBuckets)));
    }
    return ids;
}

}  // namespace foley::inference
