#include "LayeringRules.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

namespace {

enum class Layer { Types, Dsp, Media, Core, Inference, Widgets, App, Other };

Layer layerOf(const QString& path)
{
    if (path.startsWith("core/types/")) return Layer::Types;
    if (path.startsWith("core/dsp/")) return Layer::Dsp;
    if (path.startsWith("core/media/")) return Layer::Media;
    if (path.startsWith("core/")) return Layer::Core;
    if (path.startsWith("inference/")) return Layer::Inference;
    if (path.startsWith("widgets/")) return Layer::Widgets;
    if (path.startsWith("app/")) return Layer::App;
    return Layer::Other;
}

bool isQt(const QString& inc) { return inc.startsWith('Q') || inc.startsWith("Qt"); }
bool isQtWidgets(const QString& inc)
{
    static const QRegularExpression widgetsHeader(
        "^(QtWidgets|QtMultimediaWidgets|QWidget|QMainWindow|QDialog|QApplication|QAbstract(Button|ScrollArea|Slider|SpinBox)"
        "|QLabel|QPushButton|QToolBar|QDockWidget|QMenu|QLineEdit|QTextEdit|QPlainTextEdit|QTableView|QTreeView|QListView"
        "|QComboBox|QSpinBox|QDoubleSpinBox|QSlider|QCheckBox|QVideoWidget|QGraphicsView|QScrollBar|QSplitter|QStatusBar"
        "|QMessageBox|QFileDialog|QProgressBar|QProgressDialog|QHeaderView|QStyle|QUndoView|QLayout|QBoxLayout|QVBoxLayout"
        "|QHBoxLayout|QGridLayout|QFormLayout)\\b");
    return widgetsHeader.match(inc).hasMatch();
}
bool isQCustomPlot(const QString& inc) { return inc.startsWith("qcustomplot"); }
bool isTorch(const QString& inc)
{
    return inc.startsWith("torch/") || inc.startsWith("ATen/") || inc.startsWith("c10/") || inc.startsWith("caffe2/");
}
bool isLibav(const QString& inc) { return inc.startsWith("libav") || inc.startsWith("libsw"); }
bool isFftw(const QString& inc) { return inc.startsWith("fftw3"); }
bool isProject(const QString& inc)
{
    return inc.startsWith("core/") || inc.startsWith("inference/") || inc.startsWith("widgets/") || inc.startsWith("app/");
}

// Inside inference/: the shared text knowledge (class words, caption writer) depends on nothing else of the engine;
// training builds on the engine and is never included by it; the network and the sampler know nothing of
// retrieval, rendering or training.
QString inferenceFolderRule(const QString& path, const QString& inc)
{
    auto in = [](const QString& file, const char* folder) { return file.startsWith(QStringLiteral("inference/") + folder + '/'); };
    if (!inc.startsWith("inference/")) return {};
    if (in(path, "text") && !in(inc, "text")) return "inference/text includes nothing else of inference";
    if (!in(path, "training") && in(inc, "training") && inc != "inference/training/TrainingStepProbe.h")
        return "only inference/training includes inference/training";
    const bool lowLevel = in(path, "nn") || in(path, "sampling") || in(path, "pack");
    if (lowLevel && (in(inc, "retrieval") || in(inc, "render") || in(inc, "training") || in(inc, "text")))
        return "inference/nn, sampling and pack know nothing of retrieval, render, training or text";
    return {};
}

QString projectRule(Layer layer, const QString& inc)
{
    const Layer target = layerOf(inc);
    switch (layer) {
    case Layer::Types:
        return target == Layer::Types ? QString() : "core/types includes only core/types";
    case Layer::Dsp:
        return (target == Layer::Types || target == Layer::Dsp) ? QString() : "core/dsp includes only core/types and core/dsp";
    case Layer::Media:
        return (target == Layer::Types || target == Layer::Media) ? QString() : "core/media includes only core/types and core/media";
    case Layer::Core:
        return (target == Layer::Types || target == Layer::Dsp || target == Layer::Core) ? QString()
                                                                                          : "core includes only core/types, core/dsp and core";
    case Layer::Inference:
        // core/media's API is FFmpeg-free: the sound library decodes its recordings through it
        // (docs/ARCHITECTURE.md, section 1).
        return (target == Layer::Types || target == Layer::Dsp || target == Layer::Media || target == Layer::Inference)
            ? QString()
            : "inference includes only core/types, core/dsp, core/media and inference";
    case Layer::Widgets:
        return (target == Layer::Media || target == Layer::Inference || target == Layer::App)
            ? "widgets never includes media, inference or app"
            : QString();
    case Layer::App:
    case Layer::Other:
        return {};
    }
    return {};
}

QString systemRule(Layer layer, const QString& inc)
{
    // One writer for every file (docs/ARCHITECTURE.md, "Hardening"): AtomicFile names its temp files so that the
    // leftovers of a killed process are found and removed; QSaveFile's are not.
    if (inc == "QSaveFile" || inc == "QtCore/QSaveFile") return "files are written through AtomicFile, never QSaveFile";
    const bool qt = isQt(inc);
    switch (layer) {
    case Layer::Types:
        if (qt || isTorch(inc) || isLibav(inc) || isFftw(inc) || isQCustomPlot(inc)) return "core/types is standard C++ only";
        return {};
    case Layer::Dsp:
        if (qt || isTorch(inc) || isLibav(inc) || isQCustomPlot(inc)) return "core/dsp uses no Qt, libtorch or FFmpeg";
        return {};
    case Layer::Media:
        if (qt || isTorch(inc) || isFftw(inc) || isQCustomPlot(inc)) return "core/media uses no Qt or libtorch";
        return {};
    case Layer::Core:
        if (isQtWidgets(inc) || isQCustomPlot(inc)) return "core uses no Qt Widgets or QCustomPlot";
        if (isTorch(inc)) return "core uses no libtorch";
        if (isLibav(inc)) return "core uses FFmpeg only through core/media";
        return {};
    case Layer::Inference:
        if (qt || isQCustomPlot(inc)) return "inference uses no Qt";
        if (isLibav(inc)) return "inference uses no FFmpeg";
        return {};
    case Layer::Widgets:
        if (isTorch(inc)) return "widgets uses no libtorch";
        if (isLibav(inc)) return "widgets uses no FFmpeg";
        return {};
    case Layer::App:
    case Layer::Other:
        return {};
    }
    return {};
}

}  // namespace

QString LayeringRules::forbiddenReason(const QString& relativePath, const QString& include)
{
    const Layer layer = layerOf(relativePath);
    if (!isProject(include)) return systemRule(layer, include);
    const QString reason = projectRule(layer, include);
    return reason.isEmpty() && layer == Layer::Inference ? inferenceFolderRule(relativePath, include) : reason;
}

QList<LayerViolation> LayeringRules::check(const QString& root)
{
    static const QRegularExpression includeLine(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
    QList<LayerViolation> violations;
    for (const QString& top : {QStringLiteral("core"), QStringLiteral("inference"), QStringLiteral("widgets"), QStringLiteral("app")}) {
        QDirIterator it(root + '/' + top, {"*.h", "*.cpp"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size() + 1);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) continue;
            QTextStream in(&file);
            int lineNo = 0;
            while (!in.atEnd()) {
                const QString line = in.readLine();
                ++lineNo;
                const auto m = includeLine.match(line);
                if (!m.hasMatch()) continue;
                const QString reason = forbiddenReason(relative, m.captured(1));
                if (!reason.isEmpty()) violations.append({relative, lineNo, m.captured(1), reason});
            }
        }
    }
    return violations;
}
