#pragma once

// Shared helpers for the tests in tests/core: a populated project state and the
// redo -> undo -> redo check every command goes through.

#include "core/model/Project.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>

namespace foley::core::testing {

inline Onset makeOnset(OnsetId id, SampleTime time, double strength = 1.0, const QString& label = {},
                       OnsetOrigin origin = OnsetOrigin::Manual)
{
    return Onset{id, time, strength, label, origin};
}

// A project state that uses every field, with awkward values: non-ASCII text, commas and quotes in
// labels, a 64-bit seed, times that are not round in seconds, mask values like 0.7f and 1/3.
inline ProjectState richState(const QString& mediaPath, const QString& takePath)
{
    ProjectState s;
    s.media = MediaDescription{mediaPath, 123456, 1700000000123, 10 * kProjectRate + 7, Rational{30000, 1001}, 1920, 1080};
    s.caption = Caption{QStringLiteral("Schritte auf Kies, ein Glas zerbricht — 足音"), CaptionOrigin::Mllm};
    s.negativePrompt = QStringLiteral("music, \"speech\"");
    s.qualityTag = kDefaultQualityTag;
    s.segments = {CaptionSegment{3, 48000, 96001, QStringLiteral("glass, breaking"), CaptionOrigin::Detector},
                  CaptionSegment{7, 200000, 250000, QStringLiteral("door"), CaptionOrigin::User}};
    s.onsets = {makeOnset(1, 1, 0.25, QStringLiteral("left foot"), OnsetOrigin::Detected),
                makeOnset(2, 48000 / 3, 1.0 / 3.0, QStringLiteral("a, \"b\""), OnsetOrigin::Manual),
                makeOnset(5, 479999, 0.9, QStringLiteral("verre brisé"), OnsetOrigin::Detected)};
    s.maskRate = Rational{25, 1};
    s.maskValues.assign(251, 0.0f);
    for (int i = 10; i < 20; ++i) s.maskValues[static_cast<size_t>(i)] = 0.7f;
    s.maskValues[100] = 1.0f / 3.0f;
    s.maskValues[250] = 1.0f;
    s.settings.modelId = QStringLiteral("foley-small");
    s.settings.steps = 40;
    s.settings.guidance = 3.25;
    s.settings.seed = 9007199254740993LL;  // 2^53 + 1: not representable as a double
    s.settings.seedLocked = true;
    s.settings.semanticStrength = 0.8;
    s.settings.temporalStrength = 1.5;
    s.settings.region = SampleTimeRange{48000, 96000};
    s.settings.duration = 8 * kProjectRate;
    Take take;
    take.id = 4;
    take.name = QStringLiteral("Take 1 — ça marche");
    take.audioPath = takePath;
    take.settings = s.settings;
    take.settings.region.reset();
    take.caption = s.caption;
    take.negativePrompt = s.negativePrompt;
    take.qualityTag = s.qualityTag;
    take.onsets = s.onsets;
    take.created = QDateTime::fromMSecsSinceEpoch(1700000123456, Qt::UTC);
    take.modelId = QStringLiteral("foley-small");
    take.modelVersion = QStringLiteral("1.2.0");
    take.metrics = QJsonObject{{QStringLiteral("onsetF1"), 0.9375}, {QStringLiteral("onsetAp"), 0.81}};
    Take second = take;
    second.id = 9;
    second.name = QStringLiteral("Take 2");
    second.metrics = QJsonObject{};
    s.takes = {take, second};
    s.activeTake = 4;
    return s;
}

// Pushes `command` and checks redo -> undo (state equals the original) -> redo (state equals after).
// Returns what went wrong, or an empty string: use as
//   const QString failure = redoUndoRedo(project, cmd); QVERIFY2(failure.isEmpty(), qPrintable(failure));
inline QString redoUndoRedo(Project& project, QUndoCommand* command)
{
    const ProjectState before = project.state();
    const int steps = project.undoStack().count();
    if (!project.push(command)) return QStringLiteral("the command was not pushed (an empty edit?)");
    const ProjectState after = project.state();
    if (after == before) return QStringLiteral("the command changed nothing");
    if (project.undoStack().count() != steps + 1) return QStringLiteral("the command did not add exactly one step");
    project.undoStack().undo();
    if (project.state() != before) return QStringLiteral("undo did not restore the original state");
    project.undoStack().redo();
    if (project.state() != after) return QStringLiteral("redo did not restore the edited state");
    return {};
}

#define FOLEY_VERIFY_ROUND_TRIP(project, command)                                           \
    do {                                                                                   \
        const QString failure_ = foley::core::testing::redoUndoRedo((project), (command)); \
        QVERIFY2(failure_.isEmpty(), qPrintable(failure_));                                \
    } while (false)

}  // namespace foley::core::testing
