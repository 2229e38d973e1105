#pragma once

#include "core/types/Result.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace foley::inference {

// Hashed word tokenizer: lower-cased words (letters/digits) map to vocabulary ids; unknown words fall into hash
// buckets (FNV-1a), so any caption tokenizes and a new word still gets a stable, trainable id.
// Ids: 0 = padding, 1 = BOS (always first, so an empty caption is one token), 2.. = vocabulary, then buckets.
class WordTokenizer {
public:
    static constexpr int64_t kPad = 0;
    static constexpr int64_t kBos = 1;

    WordTokenizer(std::vector<std::string> vocabulary, int hashBuckets, int maxTokens);

    static Result<WordTokenizer> fromFile(const std::string& path, int hashBuckets, int maxTokens);
    Status writeFile(const std::string& path) const;  // one word per line, in id order

    // Words of a caption, lower-cased, split on anything that is not a letter or digit.
    static std::vector<std::string> words(const std::string& text);
    // BOS + word ids, truncated to maxTokens.
    std::vector<int64_t> encode(const std::string& text) const;

    int vocabularySize() const { return static_cast<int>(m_vocabulary.size()); }
    int idCount() const { return 2 + vocabularySize() + m_hashBuckets; }
    int maxTokens() const { return m_maxTokens; }
    const std::vector<std::string>& vocabulary() const { return m_vocabulary; }

private:
    std::vector<std::string> m_vocabulary;
    std::unordered_map<std::string, int64_t> m_ids;
    int m_hashBuckets = 1;
    int m_maxTokens = 32;
};

}  // namespace foley::inference
