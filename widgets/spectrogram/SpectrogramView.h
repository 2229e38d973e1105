#pragma once

#include "core/timeline/TimelineState.h"
#include "core/dsp/SpectrogramPyramid.h"

#include <memory>

#include <QWidget>

class QCustomPlot;
class QCPColorMap;
class QCPItemStraightLine;
class QCPItemRect;
class QCPItemText;
class QProgressBar;

namespace foley::widgets {

// A spectrogram on the shared timeline (QCustomPlot colour map). It only blits: the data is computed off the UI
// thread by the app and handed over whole. Each refresh fills the colour map with the visible range at the
// pyramid level closest to one frame per pixel, so cost depends on the widget's width, not the audio's length.
class SpectrogramView : public QWidget {
    Q_OBJECT
public:
    enum class Palette { Magma, Grayscale, Jet, Thermal };

    SpectrogramView(core::TimelineState* timeline, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString shownTitle() const;  // the title as drawn (says "linear frequency" for a linear pyramid)
    // The pyramid to draw (values in dB for the default range); nullptr = nothing to show.
    void setPyramid(std::shared_ptr<const dsp::SpectrogramPyramid> pyramid);
    void setProgress(double fraction);            // < 0 hides the progress overlay
    void setPalette(Palette palette);
    void setDbRange(float floorDb, float ceilingDb);
    const dsp::SpectrogramPyramid* pyramid() const { return m_pyramid.get(); }
    // Refills the colour map for the current visible range; returns the number of cells written.
    int refresh();
    QCustomPlot* plot() const { return m_plot; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateOverlays();
    void updateTitle();

    core::TimelineState* m_timeline;
    QCustomPlot* m_plot;
    QCPColorMap* m_map;
    QCPItemStraightLine* m_playhead;
    QCPItemRect* m_selection;
    std::shared_ptr<const dsp::SpectrogramPyramid> m_pyramid;
    QCPItemText* m_titleItem;
    QString m_title;
    QProgressBar* m_progressBar;
    float m_floorDb = -90.0f;
    float m_ceilingDb = -10.0f;
};

}  // namespace foley::widgets
