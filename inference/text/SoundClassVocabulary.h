#pragma once

#include <string>
#include <vector>

namespace foley::inference {

// How people (and multimodal LLMs) talk about one foley class: the words that identify it in a caption, the
// phrases a caption writer uses for it, and whether it is an event (placed at onsets) or a texture (held under
// the mask). One table feeds the training captions, the caption -> class retrieval and the evaluation, so the
// words the model was trained on are the words retrieval understands.
struct SoundClassWords {
    std::string name;                      // taxonomy class (corpus manifest), e.g. "impact_metal"
    bool sustained = false;                // texture under the mask (fire, rain) rather than events at onsets
    std::vector<std::string> keywords;     // lower-case words or two-word phrases that name the class
    std::vector<std::string> eventPhrases; // "{n}" is replaced by a count word ("three times") or removed
    std::vector<std::string> materials;    // optional descriptive words mixed into captions
};

const std::vector<SoundClassWords>& soundClassVocabulary();
const SoundClassWords* findSoundClass(const std::string& name);

// Lower-case words of a caption (letters and digits; everything else separates).
std::vector<std::string> captionWords(const std::string& caption);

// Classes a caption describes, best first, with the posterior of a naive-Bayes caption model (stemmed words counted
// in the caption writer's captions plus each class's keywords). Empty when no word of the caption tells classes
// apart. Classes whose keywords the negative prompt names are removed.
struct ClassMatch {
    std::string name;
    double score = 0.0;
};
std::vector<ClassMatch> matchSoundClasses(const std::string& caption, const std::string& negative = {});

}  // namespace foley::inference
