#include "app/gui/LibrarySearch.h"

#include "app/services/library/LibraryDatabase.h"

#include <QFileInfo>
#include <QObject>
#include <QSettings>

namespace foley::app {

namespace {

constexpr int kResults = 50;

void search(widgets::LibraryPanel* panel, const QString& query)
{
    if (!QFileInfo::exists(LibraryDatabase::defaultPath())) {
        panel->setResults({}, QObject::tr("No sound library yet: add a folder in Settings → Sound Libraries…"));
        return;
    }
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(LibraryDatabase::defaultPath());
    if (!db) {
        panel->setResults({}, QString::fromStdString(db.error().message));
        return;
    }
    Result<std::vector<SearchHit>> hits = (*db)->search(query, kResults);
    if (!hits) {
        panel->setResults({}, QString::fromStdString(hits.error().message));
        return;
    }
    std::vector<widgets::LibraryResult> results;
    for (const SearchHit& h : *hits)
        results.push_back({h.path, h.name, (h.category + QLatin1Char(' ') + h.subCategory).trimmed(),
                           h.durationSeconds, h.sampleRate, h.library, h.licence});
    panel->setResults(results, results.empty() ? QObject::tr("Nothing matches “%1”.").arg(query) : QString());
}

}  // namespace

void connectLibrarySearch(widgets::LibraryPanel* panel)
{
    QObject::connect(panel, &widgets::LibraryPanel::searchRequested, panel, [panel](const QString& query) {
        QSettings().setValue(QLatin1String(kLastLibrarySearchKey), query);
        search(panel, query);
    });
    // The search a sound designer left the dock with is there again, with fresh results, when the editor restarts.
    if (const QString last = QSettings().value(QLatin1String(kLastLibrarySearchKey)).toString(); !last.isEmpty()) panel->search(last);
}

}  // namespace foley::app
