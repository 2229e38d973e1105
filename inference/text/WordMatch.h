#pragma once

#include <string>
#include <vector>

namespace foley::inference {

// One notion of "the same word" for everything that matches a caption against names: the built-in classes'
// keywords, the user's recordings (their file names, categories, descriptions and tags) and a timed caption
// segment. Both sides go through the same crude stemmer and leave out the same function words, so that a count of
// shared words means the same thing for a class and for a recording and the two can be compared.

// "a", "the", "on", "twice", numbers …: words of a caption that say nothing about the sound. `lowerWord` is one
// lower-case word (captionWords).
bool isFunctionWord(const std::string& lowerWord);

// A crude English stem, so "grunts", "punches", "creaking" and "slammed" meet "grunt", "punch", "creak", "slam".
std::string wordStem(std::string lowerWord);

// The distinct stems of a text's content words, in the order they first appear.
std::vector<std::string> contentStems(const std::string& text);

// How many of `stems` (contentStems of a query) occur among the words of `text`.
int sharedWordCount(const std::vector<std::string>& stems, const std::string& text);

}  // namespace foley::inference
