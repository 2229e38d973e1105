#pragma once

#include <QList>

class QMenu;
class QObject;

namespace foley::widgets {
class SpectrogramView;
}

namespace foley::app {

class SpectrogramLoader;

// The View menu's spectrogram entries, applied to every spectrogram of the window: colour map, dB range and the
// frequency axis (mel bands or linear frequency; the loaders recompute their pyramids off the UI thread).
class SpectrogramMenus {
public:
    static constexpr const char* kLinearActionName = "linearFrequencyAction";

    static void install(QMenu* viewMenu, const QList<widgets::SpectrogramView*>& views,
                        const QList<SpectrogramLoader*>& loaders, QObject* context);
};

}  // namespace foley::app
