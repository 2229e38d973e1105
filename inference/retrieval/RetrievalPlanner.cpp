#include "inference/retrieval/RetrievalPlanner.h"

#include "inference/retrieval/ScaffoldComposer.h"
#include "inference/text/SoundClassVocabulary.h"
#include "inference/text/WordMatch.h"

#include <algorithm>

namespace foley::inference {

namespace {
constexpr double kMinClassConfidence = 0.4;  // posterior of the caption -> class model

// The caption's content words among the class's keywords and materials.
int classWords(const SoundClassWords& words, const std::string& caption)
{
    std::string names;
    for (const auto& list : {words.keywords, words.materials})
        for (const std::string& w : list) names += w + " ";
    return sharedWordCount(contentStems(caption), names);
}

}  // namespace

std::optional<ClassChoice> chooseClass(const SoundLibrary& library, const std::string& caption, const std::string& negative,
                                       std::string* whyNot)
{
    std::string reason;
    std::optional<ClassChoice> choice;
    const std::vector<ClassMatch> matches = matchSoundClasses(caption, negative);
    const auto chosen = std::find_if(matches.begin(), matches.end(), [&](const ClassMatch& m) { return !library.clipsOf(m.name).empty(); });
    if (chosen == matches.end()) {
        reason = matches.empty() ? "the caption names no sound class the library knows"
                                 : "the library has no recording of '" + matches.front().name + "'";
    } else if (chosen->score < kMinClassConfidence) {
        reason = "the caption does not say clearly which sound to retrieve (best guess '" + chosen->name + "', "
               + std::to_string(static_cast<int>(chosen->score * 100)) + " %)";
    } else {
        // Under the mask goes a texture: the class itself when it is one (fire, rain), else a sustained class the
        // caption also names ("... in the rain"), else room ambience: looping an event recording would add onsets.
        const SoundClassWords* words = findSoundClass(chosen->name);
        choice = ClassChoice{chosen->name, words && words->sustained ? chosen->name : "ambience", chosen->score,
                             words ? classWords(*words, caption) : 0};
        for (const ClassMatch& m : matches) {
            const SoundClassWords* w = findSoundClass(m.name);
            if (w && w->sustained && !library.clipsOf(m.name).empty() && !(words && words->sustained)) {
                choice->textureClass = m.name;
                break;
            }
        }
    }
    if (whyNot) *whyNot = reason;
    return choice;
}

RetrievalOutcome applyRetrieval(const SoundLibrary& library, const RetrievalInput& input, GenerationRequest& request)
{
    RetrievalOutcome outcome;
    if (library.isEmpty()) {
        outcome.explanation = "no sound library installed: generating without reference recordings";
        return outcome;
    }
    std::string whyNot;
    const std::optional<ClassChoice> choice = chooseClass(library, input.caption, input.negative, &whyNot);
    if (!choice) {
        outcome.explanation = whyNot + ": generating without references";
        return outcome;
    }
    return retrieveClass(library, choice->soundClass, choice->textureClass, input, request);
}

RetrievalOutcome retrieveClass(const SoundLibrary& library, const std::string& soundClass, const std::string& textureClass,
                               const RetrievalInput& input, GenerationRequest& request)
{
    RetrievalOutcome outcome;
    ScaffoldPlan plan;
    plan.soundClass = soundClass;
    plan.textureClass = textureClass;
    // A bed nobody asked for by name ("quiet room tone" under bouncing balls) must not bring attacks of its own.
    plan.textureIsBed = plan.textureClass == "ambience" && soundClass != "ambience";
    plan.durationSamples = input.durationSamples;
    plan.seed = input.seed;
    plan.roomToneDb = -200.0;  // dry foley: the denoiser adds the floor it learned (and nothing starts at t = 0)
    if (input.temporalStrength > 0.0f) {
        plan.onsets = input.onsets;
        plan.mask = input.mask;
    }
    Result<Scaffold> scaffold = ScaffoldComposer(library).compose(plan);
    if (!scaffold) {
        outcome.explanation = "retrieval failed: " + scaffold.error().message;
        return outcome;
    }
    outcome.used = true;
    outcome.soundClass = soundClass;
    outcome.plan.soundClass = soundClass;
    outcome.plan.textureClass = plan.textureClass;
    outcome.plan.textureIsBed = plan.textureIsBed;
    outcome.plan.onsets = input.onsets;  // a render from recordings has no other timing to place its events by
    outcome.plan.mask = input.mask;
    outcome.clipsUsed = scaffold->clipsUsed;
    if (!scaffold->reference.isEmpty()) request.referenceAudio = scaffold->reference;
    if (input.temporalStrength > 0.0f) {
        request.scaffoldAudio = scaffold->audio;
    }
    outcome.explanation = "retrieved " + std::to_string(scaffold->clipsUsed.size()) + " recording(s) of class '" + soundClass + "'";
    if (scaffold->textureUsed && plan.textureClass != soundClass)
        outcome.explanation += plan.textureIsBed ? ", a steady '" + plan.textureClass + "' bed under the mask"
                                                  : ", '" + plan.textureClass + "' under the mask";
    return outcome;
}

}  // namespace foley::inference
