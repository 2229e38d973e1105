#pragma once

// Internal (torch) header: one generate() call rendered from recordings.
#include "inference/EngineState.h"

namespace foley::inference {

// InvalidArgument when the request's take rate or region is out of range (checked before anything runs).
Status validateRecordingRequest(const GenerationRequest& request);

// Why `request` cannot be rendered from recordings (empty = it can): no library, nothing the caption names...
std::string recordingRenderObstacle(const GenerationRequest& request);

// The model draws its 16 kHz target (GenerationRun::drawTarget: from the scaffold at kTargetVariation or more, in
// at most kTargetSteps steps); RecordingRenderer renders the take from recordings at request.outputRate; a region
// regeneration splices it into the existing take (outside the region sample-exact). Progress: the drawing's steps
// up to 0.9, then the render. The caller has checked the request (validateRecordingRequest). Errors as
// RecordingRenderer's, and Cancelled.
Result<GenerationResult> renderFromRecordings(Engine::Impl& engine, const GenerationRequest& request, RunControl& control);

}  // namespace foley::inference
