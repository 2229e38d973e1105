#include "widgets/spectrogram/SpectrogramView.h"

#include "widgets/timeline/TimeAxis.h"
#include "widgets/timeline/TimeRuler.h"

#include <QProgressBar>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace foley::widgets {

namespace {

QCPColorGradient gradientFor(SpectrogramView::Palette palette)
{
    switch (palette) {
    case SpectrogramView::Palette::Grayscale: return QCPColorGradient(QCPColorGradient::gpGrayscale);
    case SpectrogramView::Palette::Jet: return QCPColorGradient(QCPColorGradient::gpJet);
    case SpectrogramView::Palette::Thermal: return QCPColorGradient(QCPColorGradient::gpThermal);
    case SpectrogramView::Palette::Magma: break;
    }
    QCPColorGradient magma;  // perceptually ordered dark-to-bright, readable on a dark theme
    magma.setColorStopAt(0.0, QColor(0, 0, 4));
    magma.setColorStopAt(0.25, QColor(81, 18, 124));
    magma.setColorStopAt(0.5, QColor(183, 55, 121));
    magma.setColorStopAt(0.75, QColor(252, 137, 97));
    magma.setColorStopAt(1.0, QColor(252, 253, 191));
    return magma;
}

}  // namespace

SpectrogramView::SpectrogramView(core::TimelineState* timeline, QWidget* parent)
    : QWidget(parent), m_timeline(timeline), m_plot(new QCustomPlot(this))
{
    setMinimumHeight(60);
    m_plot->setGeometry(rect());
    m_plot->setBackground(QColor(12, 12, 14));
    m_plot->axisRect()->setAutoMargins(QCP::msNone);
    m_plot->axisRect()->setMargins(QMargins(0, 0, 0, 0));
    m_plot->xAxis->setVisible(false);
    m_plot->yAxis->setVisible(false);
    m_plot->setNotAntialiasedElements(QCP::aeAll);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(true);
    m_map->setGradient(gradientFor(Palette::Magma));
    m_playhead = new QCPItemStraightLine(m_plot);
    m_playhead->setPen(QPen(QColor(255, 80, 80), 1.5));
    m_selection = new QCPItemRect(m_plot);
    m_selection->setPen(Qt::NoPen);
    m_selection->setBrush(QColor(232, 154, 60, 50));
    m_titleItem = new QCPItemText(m_plot);
    m_titleItem->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_titleItem->position->setCoords(0.005, 0.03);
    m_titleItem->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_titleItem->setColor(QColor(230, 230, 230));
    m_titleItem->setBrush(QColor(0, 0, 0, 140));
    m_titleItem->setPadding(QMargins(4, 1, 4, 1));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setRange(0, 100);
    m_progressBar->setFormat(tr("Computing spectrogram… %p%"));
    m_progressBar->setVisible(false);
    m_plot->installEventFilter(this);

    connect(timeline, &core::TimelineState::visibleRangeChanged, this, [this] { refresh(); });
    connect(timeline, &core::TimelineState::playheadChanged, this, [this] { updateOverlays(); m_plot->replot(QCustomPlot::rpQueuedReplot); });
    connect(timeline, &core::TimelineState::selectionChanged, this, [this] { updateOverlays(); m_plot->replot(QCustomPlot::rpQueuedReplot); });
}

void SpectrogramView::setTitle(const QString& title)
{
    m_title = title;
    updateTitle();
}

QString SpectrogramView::shownTitle() const
{
    return m_titleItem->text();
}

void SpectrogramView::updateTitle()
{
    const bool linear = m_pyramid && m_pyramid->frequencyScale() == dsp::FrequencyScale::Linear;
    m_titleItem->setText(linear ? tr("%1 · linear frequency").arg(m_title) : m_title);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpectrogramView::setPyramid(std::shared_ptr<const dsp::SpectrogramPyramid> pyramid)
{
    m_pyramid = std::move(pyramid);
    updateTitle();
    refresh();
}

void SpectrogramView::setProgress(double fraction)
{
    m_progressBar->setVisible(fraction >= 0.0);
    m_progressBar->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 100)));
}

void SpectrogramView::setPalette(Palette palette)
{
    m_map->setGradient(gradientFor(palette));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpectrogramView::setDbRange(float floorDb, float ceilingDb)
{
    m_floorDb = floorDb;
    m_ceilingDb = std::max(ceilingDb, floorDb + 1.0f);
    refresh();
}

int SpectrogramView::refresh()
{
    const core::SampleTimeRange visible = m_timeline->visibleRange();
    const double t0 = samplesToSeconds(visible.start);
    const double t1 = samplesToSeconds(visible.end);
    m_plot->xAxis->setRange(t0, t1);
    int cells = 0;
    if (m_pyramid && m_pyramid->levelCount() > 0) {
        const TimeAxis axis(visible, std::max(1, width()));
        const double framesPerPixel = axis.samplesPerPixel() / kProjectRate * m_pyramid->framesPerSecond(0);
        const int level = m_pyramid->levelFor(framesPerPixel);
        const double rate = m_pyramid->framesPerSecond(level);
        const auto first = static_cast<int64_t>(std::floor(t0 * rate));
        const auto last = static_cast<int64_t>(std::ceil(t1 * rate));
        const dsp::SpectrogramSlice slice = m_pyramid->query(level, std::max<int64_t>(0, first), last - first + 1);
        const int columns = static_cast<int>(slice.frameCount);
        const int bins = slice.melCount;
        auto* data = m_map->data();
        data->setSize(std::max(1, columns), std::max(1, bins));
        // Frame k of a level is centred on k / rate seconds (centred STFT frames).
        data->setRange(QCPRange(static_cast<double>(slice.firstFrame) / rate,
                                static_cast<double>(slice.firstFrame + std::max(0, columns - 1)) / rate),
                       QCPRange(0, std::max(0, bins - 1)));
        for (int c = 0; c < columns; ++c)
            for (int b = 0; b < bins; ++b) data->setCell(c, b, slice.at(c, b));
        cells = columns * bins;
        m_map->setDataRange(QCPRange(m_floorDb, m_ceilingDb));
        m_plot->yAxis->setRange(-0.5, bins - 0.5);
    } else {
        m_map->data()->clear();
    }
    updateOverlays();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    return cells;
}

void SpectrogramView::updateOverlays()
{
    const double px = samplesToSeconds(m_timeline->playhead());
    m_playhead->point1->setCoords(px, 0);
    m_playhead->point2->setCoords(px, 1);
    const auto selection = m_timeline->selection();
    m_selection->setVisible(!selection.isEmpty());
    const double top = m_plot->yAxis->range().upper;
    const double bottom = m_plot->yAxis->range().lower;
    m_selection->topLeft->setCoords(samplesToSeconds(selection.start), top);
    m_selection->bottomRight->setCoords(samplesToSeconds(selection.end), bottom);
}

void SpectrogramView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_plot->setGeometry(rect());
    m_progressBar->setGeometry(width() / 4, height() / 2 - 10, width() / 2, 20);
    refresh();
}

bool SpectrogramView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_plot) return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::Wheel) {
        handleTimelineWheel(m_timeline, static_cast<QWheelEvent*>(event), width());
        return true;
    }
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseMove) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->buttons() & Qt::LeftButton) {
            const TimeAxis axis(m_timeline->visibleRange(), width());
            m_timeline->setPlayhead(axis.timeForX(mouse->position().x()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace foley::widgets
