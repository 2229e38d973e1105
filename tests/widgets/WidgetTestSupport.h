#pragma once

// Shared helpers for the widget tests: real events only (QTest mouse/keyboard, a QWheelEvent sent like the
// platform would), so the tests exercise the same code paths a user does.

#include "core/model/OnsetTrack.h"
#include "core/model/Project.h"
#include "widgets/onsets/GestureIdSource.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <QWidget>

namespace foley::testing {

// One wheel notch (120 units = 15 degrees) at `pos`, delivered through QApplication like a real one.
inline void wheel(QWidget* widget, QPoint pos, int notches, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWheelEvent event(QPointF(pos), QPointF(widget->mapToGlobal(pos)), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

// A press, moves through `path` and a release, with the modifiers held at the press (QTest moves carry none).
inline void drag(QWidget* widget, const QList<QPoint>& path, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, path.first());
    for (qsizetype i = 1; i < path.size(); ++i) QTest::mouseMove(widget, path[i]);
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, path.last());
}

// A double-click as the platform sends it: press, release, double-click, release.
inline void doubleClick(QWidget* widget, QPoint pos)
{
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, Qt::NoModifier, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, pos);
}

inline core::OnsetId addOnset(core::OnsetTrack& track, SampleTime time, double strength, const QString& label = {},
                              core::OnsetOrigin origin = core::OnsetOrigin::Manual)
{
    const core::OnsetId id = track.allocateId();
    track.insert(core::Onset{id, time, strength, label, origin});
    return id;
}

// The gesture ids a widget draws from, as the app hands them out: the project's (its gestures never collide with
// the app's own and merge into one undo step each).
inline widgets::GestureIdSource projectGestures(core::Project& project)
{
    return widgets::GestureIdSource([&project] { return project.newGestureId(); });
}

// For a widget tested alone: a fresh id per gesture.
inline widgets::GestureIdSource countingGestures()
{
    return widgets::GestureIdSource([next = core::GestureId{core::kInvalidId}]() mutable { return ++next; });
}

}  // namespace foley::testing
