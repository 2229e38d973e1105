#include "inference/retrieval/RetrievalPlanner.h"

#include "inference/retrieval/ScaffoldComposer.h"
#include "inference/text/SoundClassVocabulary.h"

namespace foley::inference {

namespace {
constexpr double kMinClassConfidence = 0.4;  // posterior of the caption -> class model
}  // namespace

RetrievalOutcome applyRetrieval(const SoundLibrary& library, const RetrievalInput& input, GenerationRequest& request)
{
    RetrievalOutcome outcome;
    if (library.isEmpty()) {
        outcome.explanation = "no sound library installed: generating without reference recordings";
        return outcome;
    }
    const std::vector<ClassMatch> matches = matchSoundClasses(input.caption, input.negative);
    const ClassMatch* chosen = nullptr;
    for (const ClassMatch& m : matches)
        if (!library.clipsOf(m.name).empty()) {
            chosen = &m;
            break;
        }
    if (chosen && chosen->score < kMinClassConfidence) {
        outcome.explanation = "the caption does not say clearly which sound to retrieve (best guess '" + chosen->name + "', "
                              + std::to_string(static_cast<int>(chosen->score * 100)) + " %): generating without references";
        return outcome;
    }
    if (!chosen) {
        outcome.explanation = matches.empty() ? "the caption names no sound class the library knows: generating without references"
                                              : "the library has no recording of '" + matches.front().name + "'";
        return outcome;
    }
    // Under the mask goes a texture: the class itself when it is one (fire, rain), else a sustained class the
    // caption also names ("... in the rain"), else room ambience: looping an event recording would add onsets.
    const SoundClassWords* words = findSoundClass(chosen->name);
    std::string textureClass = words && words->sustained ? chosen->name : "ambience";
    for (const ClassMatch& m : matches) {
        const SoundClassWords* w = findSoundClass(m.name);
        if (w && w->sustained && !library.clipsOf(m.name).empty() && !(words && words->sustained)) {
            textureClass = m.name;
            break;
        }
    }
    return retrieveClass(library, chosen->name, textureClass, input, request);
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
