// A small program the crash and full-disk tests kill (SIGKILL) or starve of disk (RLIMIT_FSIZE): it drives the real
// save and autosave code on a project, and says on stdout what it has done so far, line by line.
//   crash_helper save-loop PROJECT           saves again and again, with 20000 + i onsets at save i: "saved <count>"
//   crash_helper save-once PROJECT COUNT     one save with COUNT onsets; exit 1 with "error: <message>" on failure
//   crash_helper autosave-edits PROJECT MS   editor session, autosave every MS ms, one onset added every 10 ms:
//                                            "edit <k>" after the k-th
#include "app/gui/EditorSession.h"
#include "core/commands/OnsetCommands.h"
#include "core/project/ProjectFile.h"
#include "tests/hardening/CrashHelperOnsets.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

using namespace foley;

int fail(const std::string& message)
{
    std::fprintf(stderr, "error: %s\n", message.c_str());
    return 1;
}

Status saveWithOnsets(core::Project& project, int count)
{
    core::ProjectState state = project.state();
    state.onsets = test::spreadOnsets(count, state.media.duration);
    if (const Status restored = project.restoreState(state); !restored) return restored;
    return core::ProjectFile::save(project, project.filePath());
}

int saveLoop(const QString& path)
{
    Result<core::LoadedProject> loaded = core::ProjectFile::load(path);
    if (!loaded) return fail(loaded.error().message);
    for (int i = 0;; ++i) {
        const int count = test::kSaveLoopBaseOnsets + i;
        if (const Status saved = saveWithOnsets(*loaded->project, count); !saved) return fail(saved.error().message);
        std::printf("saved %d\n", count);
        std::fflush(stdout);
    }
}

int saveOnce(const QString& path, int count)
{
    Result<core::LoadedProject> loaded = core::ProjectFile::load(path);
    if (!loaded) return fail(loaded.error().message);
    const Status saved = saveWithOnsets(*loaded->project, count);
    return saved ? 0 : fail(saved.error().message);
}

int autosaveEdits(QCoreApplication& app, const QString& path, int intervalMs)
{
    app::EditorSession session;
    if (const Status opened = session.open(path); !opened) return fail(opened.error().message);
    session.setAutosaveIntervalMs(intervalMs);
    int edits = 0;
    QTimer editTimer;
    QObject::connect(&editTimer, &QTimer::timeout, [&] {
        core::Project* project = session.project();
        project->push(new core::AddOnsetCommand(&project->onsets(), test::editOnset(++edits)));
        std::printf("edit %d\n", edits);
        std::fflush(stdout);
    });
    editTimer.start(10);
    return app.exec();
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("save-loop")) return saveLoop(args[2]);
    if (args.size() == 4 && args[1] == QLatin1String("save-once")) return saveOnce(args[2], args[3].toInt());
    if (args.size() == 4 && args[1] == QLatin1String("autosave-edits")) return autosaveEdits(app, args[2], args[3].toInt());
    return fail("usage: crash_helper (save-loop PROJECT | save-once PROJECT COUNT | autosave-edits PROJECT MS)");
}
