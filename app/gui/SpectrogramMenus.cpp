#include "app/gui/SpectrogramMenus.h"

#include "app/gui/SpectrogramLoader.h"
#include "widgets/spectrogram/SpectrogramView.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace foley::app {

// The strings keep the context they had in MainWindow, so their translations stay valid.
void SpectrogramMenus::install(QMenu* viewMenu, const QList<widgets::SpectrogramView*>& views,
                               const QList<SpectrogramLoader*>& loaders, QObject* context)
{
    using widgets::SpectrogramView;
    auto* menu = viewMenu->addMenu(QCoreApplication::translate("foley::app::MainWindow", "Spectrogram &Colours"));
    auto* colours = new QActionGroup(menu);
    const std::pair<QString, SpectrogramView::Palette> palettes[] = {
        {QCoreApplication::translate("foley::app::MainWindow", "Magma"), SpectrogramView::Palette::Magma},
        {QCoreApplication::translate("foley::app::MainWindow", "Grayscale"), SpectrogramView::Palette::Grayscale},
        {QCoreApplication::translate("foley::app::MainWindow", "Jet"), SpectrogramView::Palette::Jet},
        {QCoreApplication::translate("foley::app::MainWindow", "Thermal"), SpectrogramView::Palette::Thermal}};
    for (const auto& [name, palette] : palettes) {
        auto* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(palette == SpectrogramView::Palette::Magma);
        colours->addAction(action);
        QObject::connect(action, &QAction::triggered, context, [views, palette = palette] {
            for (auto* view : views) view->setPalette(palette);
        });
    }
    auto* rangeMenu = viewMenu->addMenu(QCoreApplication::translate("foley::app::MainWindow", "Spectrogram &Range"));
    auto* ranges = new QActionGroup(rangeMenu);
    for (const int db : {60, 80, 100}) {
        auto* action = rangeMenu->addAction(QCoreApplication::translate("foley::app::MainWindow", "%1 dB").arg(db));
        action->setCheckable(true);
        action->setChecked(db == 80);
        ranges->addAction(action);
        QObject::connect(action, &QAction::triggered, context, [views, db] {
            for (auto* view : views) view->setDbRange(-10.0f - static_cast<float>(db), -10.0f);
        });
    }
    auto* linear = viewMenu->addAction(QCoreApplication::translate("foley::app::MainWindow", "&Linear Frequency Spectrogram"));
    linear->setObjectName(QLatin1String(kLinearActionName));
    linear->setCheckable(true);
    linear->setStatusTip(QCoreApplication::translate("foley::app::MainWindow", "Show equal-width frequency bands instead of the mel bands the model uses"));
    QObject::connect(linear, &QAction::toggled, context, [loaders](bool on) {
        for (auto* loader : loaders) loader->setFrequencyScale(on ? dsp::FrequencyScale::Linear : dsp::FrequencyScale::Mel);
    });
    viewMenu->addSeparator();
}

}  // namespace foley::app
