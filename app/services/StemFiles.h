#pragma once

#include "app/services/DeliverableMix.h"
#include "core/io/OnsetRecord.h"
#include "core/types/Result.h"

#include <QString>
#include <QStringList>

namespace foley::app {

struct StemRequest {
    QString folder;      // created when missing
    QString baseName;    // the export's name without extension: "<base>.take.wav", ".original.wav", ".mix.wav"
    QString caption;     // bext description
    core::OnsetRecordList markers;  // cue points (with their labels) in the take stem
};

// Writes the take, the video's original sound (unity gain) and the mix as delivered, each 48 kHz 24-bit Broadcast WAV
// exactly as long as the video, with a bext chunk (description = caption, originator FoleyForge, origination date and
// time, time reference 0, the stem's own EBU R128 loudness). A file of the same name is replaced only when it is a
// stem FoleyForge wrote for the same export (its bext says so); anything else is refused before a single file is
// written (IoWriteFailed naming it). Each file is written atomically. Returns the three paths.
Result<QStringList> writeStems(const StemRequest& request, const DeliverableTracks& tracks);

// The bext originator of every stem (and how writeStems recognises its own files).
inline constexpr char kStemOriginator[] = "FoleyForge";

}  // namespace foley::app
