#pragma once

#include "app/services/library/LibraryIndexer.h"
#include "core/types/RunControl.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace foley::app {

// Settings → Sound Libraries…: the user's own libraries (LibraryDatabase) — add a folder (typed, pasted or browsed),
// rescan, remove — with indexing in the background (progress, Cancel; the dialog stays responsive and a cancelled
// scan keeps what it indexed). Removing a library only forgets it: its files are never touched.
class SoundLibrariesDialog : public QDialog {
    Q_OBJECT
public:
    explicit SoundLibrariesDialog(QString databasePath, QWidget* parent = nullptr);
    ~SoundLibrariesDialog() override;

    bool isScanning() const { return m_control != nullptr; }  // until its results are shown

protected:
    void reject() override;  // cancels a running scan first

private:
    void refresh();
    void addFolder();
    void rescanSelected();
    void removeSelected();
    void startScan(const QStringList& names);
    void scanFinished();
    QString selectedName() const;
    void setBusy(bool busy);

    QString m_databasePath;
    std::unique_ptr<LibraryDatabase> m_db;  // the UI thread's connection (the scan opens its own)
    QTableWidget* m_table;
    QLineEdit* m_folder;
    QPushButton* m_add;
    QPushButton* m_rescan;
    QPushButton* m_remove;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    std::shared_ptr<RunControl> m_control;
    QFutureWatcher<QString> m_watcher;  // the scan's summary lines
};

}  // namespace foley::app
