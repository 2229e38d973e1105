#pragma once

#include "app/services/GenerationRequestBuilder.h"
#include "inference/retrieval/RetrievalPlanner.h"

#include <string>

namespace foley::app {

// Which recordings a take is made of (part of buildGenerationRequest), filled into request.recordings (and the
// scaffold and reference the retrieval planner adds):
// * for the caption, the user's own recordings (media.userMatches) when they carry at least as many of its words as
//   the built-in class it names (inference::chooseClass), else that class's from media.soundLibrary;
// * the onsets inside a timed caption segment that names other recordings than the caption's take theirs from those
//   (chosen the same way), and the mask's spans starting inside it the texture it names (RecordingPlan::eventPools,
//   onsetPools, segmentTextures);
// * an onset the user gave a recording takes that one (a pool of one).
// Returns the note: what was retrieved, or why nothing was.
std::string retrieveRecordings(const GenerationSnapshot& snapshot, const GenerationMedia& media, const inference::RetrievalInput& input,
                               inference::GenerationRequest& request);

}  // namespace foley::app
