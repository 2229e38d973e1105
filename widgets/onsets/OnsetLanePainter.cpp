#include "widgets/onsets/OnsetLanePainter.h"

#include "widgets/onsets/ColumnRaster.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <climits>
#include <cmath>

namespace foley::widgets {

namespace {

const QColor kManual(232, 154, 60);        // amber, the accent of the dark palette
const QColor kSelected(255, 214, 120);
const QColor kDetected(86, 190, 232);      // accepted detector onsets: cyan
const QColor kProposal(150, 200, 225);     // pending proposals: pale, hollow and dashed
const QColor kMaskLine(72, 196, 178);
const QColor kMaskFill(46, 150, 140, 80);
const QColor kCondition(196, 168, 255);
const QColor kPlayhead(255, 80, 80);

int alphaFor(double strength)
{
    return static_cast<int>(90 + 165 * std::clamp(strength, 0.0, 1.0));
}

QPolygonF headShape(double x, double y)
{
    return QPolygonF({QPointF(x, y - 4.5), QPointF(x + 4.5, y), QPointF(x, y + 4.5), QPointF(x - 4.5, y)});
}

}  // namespace

void OnsetLanePainter::paint(QPainter& p, const OnsetLaneScene& scene, const QPalette& palette)
{
    p.setRenderHint(QPainter::Antialiasing, false);
    drawBackground(p, scene, palette);
    drawFrameGrid(p, scene);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::Antialiasing, false);
    if (scene.hasMask) drawMask(p, scene);
    drawCondition(p, scene);
    p.setRenderHint(QPainter::Antialiasing, true);
    drawMarkers(p, scene);
    drawLabels(p, scene);
    drawOverlays(p, scene, palette);
}

void OnsetLanePainter::drawBackground(QPainter& p, const OnsetLaneScene& scene, const QPalette& palette)
{
    const auto& g = *scene.geometry;
    const QColor base = palette.color(QPalette::Base);
    p.fillRect(QRectF(0, 0, g.width(), g.top()), palette.color(QPalette::Window).darker(110));
    p.fillRect(QRectF(0, g.top(), g.width(), g.baseline() + OnsetLaneGeometry::kBottomMargin - g.top()), base);
    if (!scene.timeSelection.isEmpty()) {
        const double x0 = g.xForTime(scene.timeSelection.start);
        const double x1 = g.xForTime(scene.timeSelection.end);
        p.fillRect(QRectF(x0, 0, x1 - x0, g.baseline() + OnsetLaneGeometry::kBottomMargin), QColor(232, 154, 60, 38));
    }
    p.setPen(QPen(base.lighter(150), 1, Qt::DotLine));
    for (double level : {0.5, 1.0}) p.drawLine(QPointF(0, g.yForValue(level)), QPointF(g.width(), g.yForValue(level)));
    p.setPen(QPen(base.lighter(220), 1));
    p.drawLine(QPointF(0, g.baseline()), QPointF(g.width(), g.baseline()));
}

void OnsetLanePainter::drawFrameGrid(QPainter& p, const OnsetLaneScene& scene)
{
    const auto& g = *scene.geometry;
    if (!scene.videoRate.isValid()) return;
    const double framePixels = static_cast<double>(videoFrameToSamples(1, scene.videoRate)) / g.axis().samplesPerPixel();
    if (framePixels < 8.0) return;  // too dense to help
    QVector<QLineF> lines;
    const SampleTime start = g.timeForX(0);
    for (int64_t frame = samplesToVideoFrame(start, scene.videoRate);; ++frame) {
        const double x = std::round(g.xForTime(videoFrameToSamples(frame, scene.videoRate))) + 0.5;
        if (x > g.width()) break;
        lines.append(QLineF(x, g.top(), x, g.baseline()));
    }
    p.setPen(QPen(QColor(255, 255, 255, 14), 1));
    p.drawLines(lines);  // one call: each QPainter call has a fixed cost in the raster engine
}

void OnsetLanePainter::drawMask(QPainter& p, const OnsetLaneScene& scene)
{
    const auto& g = *scene.geometry;
    if (scene.mask.empty()) return;
    // Steps, one per mask frame, as the user painted them. When frames are denser than pixels: one column per
    // pixel holding its frames' maximum, filled through a ColumnRaster (a zigzag polygon over an hour-long mask
    // costs the raster engine far more than the same area written column by column).
    QPolygonF line;
    const auto frameX = [&](int64_t frame) { return g.xForTime(videoFrameToSamples(frame, scene.maskRate)); };
    int lastColumn = INT_MIN;
    bool dense = false;
    for (size_t i = 0; i < scene.mask.size(); ++i) {
        const int64_t frame = scene.maskFirstFrame + static_cast<int64_t>(i);
        const double x0 = frameX(frame);
        const double x1 = frameX(frame + 1);
        const double y = g.yForValue(scene.mask[i]);
        if (x1 - x0 >= 1.0) {
            line << QPointF(x0, y) << QPointF(x1, y);
            continue;
        }
        dense = true;
        const int column = static_cast<int>(std::floor(x0));
        if (column == lastColumn && !line.isEmpty()) {
            line.last().setY(std::min(line.last().y(), y));
        } else {
            line << QPointF(column + 0.5, y);
        }
        lastColumn = column;
    }
    if (dense) {
        ColumnRaster fill(QSize(g.width(), static_cast<int>(std::ceil(g.baseline())) + 1));
        for (const QPointF& point : std::as_const(line))
            fill.fillColumn(static_cast<int>(point.x()), point.y(), g.baseline(), kMaskFill);
        p.drawImage(0, 0, fill.image());
    } else {
        QPolygonF area = line;
        area << QPointF(line.last().x(), g.baseline()) << QPointF(line.first().x(), g.baseline());
        p.setPen(Qt::NoPen);
        p.setBrush(kMaskFill);
        p.drawPolygon(area);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kMaskLine, 1.0));
    p.drawPolyline(line);
}

void OnsetLanePainter::drawCondition(QPainter& p, const OnsetLaneScene& scene)
{
    const auto& g = *scene.geometry;
    if (scene.condition.empty() || scene.conditionRate <= 0) return;
    // Value i sits at x = x0 + i * step; where several fall in one pixel column only their maximum is drawn, so
    // peaks survive any zoom and the cost is one multiply-add per value.
    const double x0 = g.xForTime(secondsToSamples(static_cast<double>(scene.conditionFirst) / scene.conditionRate));
    const double step = kProjectRate / scene.conditionRate / g.axis().samplesPerPixel();
    QPolygonF line;
    line.reserve(static_cast<qsizetype>(std::min<double>(static_cast<double>(scene.condition.size()), g.width() + 2.0)));
    const bool sparse = step >= 1.0;  // at least a pixel apart: every value is a vertex
    int lastColumn = INT_MIN;
    float peak = 0.0f;
    double peakX = 0.0;
    for (size_t i = 0; i < scene.condition.size(); ++i) {
        const double x = x0 + step * static_cast<double>(i);
        const int column = static_cast<int>(std::floor(x));
        if (i > 0 && (sparse || column != lastColumn)) line << QPointF(peakX, g.yForValue(peak));
        if (i == 0 || sparse || column != lastColumn) {
            peak = scene.condition[i];
            peakX = x;
            lastColumn = column;
        } else {
            peak = std::max(peak, scene.condition[i]);
        }
    }
    line << QPointF(peakX, g.yForValue(peak));
    p.setPen(QPen(kCondition, 1.0));
    p.drawPolyline(line);
}

void OnsetLanePainter::drawMarker(QPainter& p, const OnsetLaneScene& scene, const core::Onset& onset, bool selected,
                                  bool proposal)
{
    const auto& g = *scene.geometry;
    const double x = std::round(g.xForTime(onset.time)) + 0.5;
    const double top = g.markerTopY(onset.strength);
    const bool detected = onset.origin == core::OnsetOrigin::Detected;
    QColor colour = selected ? kSelected : (proposal ? kProposal : (detected ? kDetected : kManual));
    if (onset.id == scene.hovered && !selected && !proposal) colour = colour.lighter(125);
    colour.setAlpha(selected ? 255 : alphaFor(onset.strength));
    if (selected) {  // a soft halo so the selection reads at a glance
        p.setPen(QPen(QColor(255, 214, 120, 60), 6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(x, top), QPointF(x, g.baseline()));
    }
    p.setPen(QPen(colour, selected ? 2.0 : 1.6, proposal ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(x, top), QPointF(x, g.baseline()));
    p.setPen(QPen(colour, 1.4));
    p.setBrush(proposal ? QBrush(QColor(28, 29, 31)) : QBrush(colour));
    p.drawPolygon(headShape(x, top));
    p.setBrush(Qt::NoBrush);
}

void OnsetLanePainter::drawMarkers(QPainter& p, const OnsetLaneScene& scene)
{
    const auto& g = *scene.geometry;
    if (scene.onsets.size() + scene.proposals.size() > g.width() / 6) {
        drawDenseMarkers(p, scene);
        return;
    }
    for (qsizetype i = 0; i < scene.proposals.size(); ++i) {
        const bool selected = static_cast<size_t>(i) < scene.proposalSelected.size()
            && scene.proposalSelected[static_cast<size_t>(i)];
        drawMarker(p, scene, scene.proposals[i], selected, true);
    }
    for (const auto& onset : scene.onsets) drawMarker(p, scene, onset, scene.selected.contains(onset.id), false);
}

void OnsetLanePainter::drawDenseMarkers(QPainter& p, const OnsetLaneScene& scene)
{
    // Zoomed far out: one stem per pixel column (the strongest there), no heads, written straight into an image,
    // so an hour with thousands of onsets repaints as fast as a few.
    const auto& g = *scene.geometry;
    struct Column {
        double strength = -1.0;
        int kind = 0;  // 0 manual, 1 detected, 2 proposal, 3 selected
    };
    std::vector<Column> columns(static_cast<size_t>(std::max(1, g.width())));
    const auto add = [&](const core::Onset& onset, int kind) {
        const int x = static_cast<int>(std::floor(g.xForTime(onset.time)));
        if (x < 0 || x >= g.width()) return;
        Column& column = columns[static_cast<size_t>(x)];
        if (kind == 3 || (column.kind != 3 && onset.strength > column.strength)) {
            column.strength = std::max(column.strength, onset.strength);
            column.kind = kind;
        }
    };
    for (qsizetype i = 0; i < scene.proposals.size(); ++i) {
        const bool selected = static_cast<size_t>(i) < scene.proposalSelected.size()
            && scene.proposalSelected[static_cast<size_t>(i)];
        add(scene.proposals[i], selected ? 3 : 2);
    }
    for (const auto& onset : scene.onsets)
        add(onset, scene.selected.contains(onset.id) ? 3 : (onset.origin == core::OnsetOrigin::Detected ? 1 : 0));
    const QColor colours[4] = {kManual, kDetected, kProposal, kSelected};
    ColumnRaster stems(QSize(g.width(), static_cast<int>(std::ceil(g.baseline())) + 1));
    for (size_t x = 0; x < columns.size(); ++x) {
        const Column& c = columns[x];
        if (c.strength < 0) continue;
        QColor colour = colours[c.kind];
        colour.setAlpha(c.kind == 3 ? 255 : alphaFor(c.strength));
        stems.fillColumn(static_cast<int>(x), g.markerTopY(c.strength), g.baseline(), colour);
    }
    p.drawImage(0, 0, stems.image());
}

void OnsetLanePainter::drawLabels(QPainter& p, const OnsetLaneScene& scene)
{
    const auto& g = *scene.geometry;
    QFont font = p.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    p.setFont(font);
    const QFontMetrics metrics(font);
    for (int i = 0; i < scene.onsets.size(); ++i) {
        const auto& onset = scene.onsets[i];
        if (onset.label.isEmpty() || onset.id == scene.labelHidden) continue;
        const double x = g.xForTime(onset.time) + 4;
        const double nextX = i + 1 < scene.onsets.size() ? g.xForTime(scene.onsets[i + 1].time) - 2 : x + 200;
        const int room = static_cast<int>(std::min(160.0, nextX - x)) - 6;
        if (room < 14) continue;
        const QString text = metrics.elidedText(onset.label, Qt::ElideRight, room);
        const QRectF box(x, 2, metrics.horizontalAdvance(text) + 6, g.top() - 4);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(16, 17, 19, 210));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(scene.selected.contains(onset.id) ? kSelected : QColor(210, 212, 216));
        p.drawText(box.adjusted(3, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    p.setBrush(Qt::NoBrush);
}

void OnsetLanePainter::drawOverlays(QPainter& p, const OnsetLaneScene& scene, const QPalette& palette)
{
    const auto& g = *scene.geometry;
    p.setPen(QPen(kDetected, 1));
    for (SampleTime peak : scene.peaks) {
        const double x = std::round(g.xForTime(peak)) + 0.5;
        p.drawLine(QPointF(x, g.baseline() + 1), QPointF(x, g.baseline() + OnsetLaneGeometry::kBottomMargin));
    }
    if (!scene.rubberBand.isEmpty()) {
        p.setPen(QPen(QColor(232, 154, 60, 200), 1, Qt::DashLine));
        p.setBrush(QColor(232, 154, 60, 30));
        p.drawRect(scene.rubberBand);
        p.setBrush(Qt::NoBrush);
    }
    const double px = std::round(g.xForTime(scene.playhead)) + 0.5;
    p.setPen(QPen(kPlayhead, 2));
    p.drawLine(QPointF(px, 0), QPointF(px, g.baseline() + OnsetLaneGeometry::kBottomMargin));
    p.setPen(palette.color(QPalette::PlaceholderText));
    if (scene.trackEmpty && scene.tool == EditTool::Select) {
        p.drawText(QRectF(0, g.top(), g.width(), g.laneHeight()), Qt::AlignCenter,
                   QCoreApplication::translate("OnsetTrackEditor",
                                               "No onsets yet — press ; to tap one at the playhead, or double-click"));
    }
    if (scene.tool != EditTool::Select) {
        const QString badge = editToolName(scene.tool);
        const QRectF box(g.width() - p.fontMetrics().horizontalAdvance(badge) - 14, g.top() + 4,
                         p.fontMetrics().horizontalAdvance(badge) + 10, p.fontMetrics().height() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(46, 150, 140, 170));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, badge);
    }
    if (scene.focused) {
        p.setPen(QPen(QColor(232, 154, 60, 110), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(0.5, 0.5, g.width() - 1, g.baseline() + OnsetLaneGeometry::kBottomMargin - 1));
    }
}

}  // namespace foley::widgets
