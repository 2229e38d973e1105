#include "app/gui/SoundLibrariesDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace foley::app {

namespace {

constexpr int kProgressSteps = 1000;

// Scans the named libraries with its own database connection (on the pool thread); one line per library.
QString scanLibraries(const QString& databasePath, const QStringList& names, const std::shared_ptr<RunControl>& control)
{
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(databasePath);
    if (!db) return QString::fromStdString(db.error().message);
    Result<UcsCatalog> ucs = UcsCatalog::load();
    if (!ucs) return QString::fromStdString(ucs.error().message);
    LibraryIndexer indexer(**db, *ucs);
    QStringList lines;
    for (const QString& name : names) {
        Result<LibraryEntry> library = (*db)->library(name);
        if (!library) continue;
        Result<ScanReport> report = indexer.scan(*library, control.get());
        if (!report) {
            lines << (report.error().code == ErrorCode::Cancelled
                          ? QObject::tr("%1: cancelled (what was indexed is kept)").arg(name)
                          : QStringLiteral("%1: %2").arg(name, QString::fromStdString(report.error().message)));
            if (report.error().code == ErrorCode::Cancelled) break;
            continue;
        }
        lines << (report->online ? QObject::tr("%1: %2 files, %3 new or changed, %4 removed, %5 unreadable")
                                       .arg(name).arg(report->files).arg(report->added).arg(report->removed).arg(report->problems)
                                 : QObject::tr("%1: offline (the folder is not there)").arg(name));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

SoundLibrariesDialog::SoundLibrariesDialog(QString databasePath, QWidget* parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_table(new QTableWidget(0, 5, this)), m_folder(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add"), this)), m_rescan(new QPushButton(tr("&Rescan"), this)),
      m_remove(new QPushButton(tr("Re&move"), this)), m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Sound Libraries"));
    resize(820, 420);
    m_table->setObjectName(QStringLiteral("libraries"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Folder"), tr("Recordings"), tr("Unreadable"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setPlaceholderText(tr("Folder of recordings to add (searched with its sub-folders)"));
    m_add->setObjectName(QStringLiteral("add"));
    m_rescan->setObjectName(QStringLiteral("rescan"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_progress->setRange(0, kProgressSteps);
    m_progress->hide();
    m_cancel->hide();
    auto* browse = new QPushButton(tr("&Browse…"), this);
    // Return in the folder field adds it; no other button may take Return (Cancel would stop the scan it starts).
    for (QPushButton* button : {browse, m_rescan, m_remove, m_cancel}) button->setAutoDefault(false);
    m_add->setDefault(true);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_folder, 1);
    addRow->addWidget(browse);
    addRow->addWidget(m_add);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_rescan);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    actions->addWidget(m_progress);
    actions->addWidget(m_cancel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &SoundLibrariesDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of recordings"), m_folder->text());
        if (!folder.isEmpty()) m_folder->setText(folder);
    });
    connect(m_add, &QPushButton::clicked, this, &SoundLibrariesDialog::addFolder);
    connect(m_rescan, &QPushButton::clicked, this, &SoundLibrariesDialog::rescanSelected);
    connect(m_remove, &QPushButton::clicked, this, &SoundLibrariesDialog::removeSelected);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_control) m_control->cancel();
    });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &SoundLibrariesDialog::scanFinished);

    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(m_databasePath);
    if (db) {
        m_db = std::move(db).value();
        if (!m_db->warning().isEmpty()) m_status->setText(m_db->warning());
    } else {
        m_status->setText(QString::fromStdString(db.error().message));
        for (QWidget* w : std::initializer_list<QWidget*>{m_add, m_rescan, m_remove, m_folder, browse}) w->setEnabled(false);
    }
    refresh();
}

SoundLibrariesDialog::~SoundLibrariesDialog()
{
    if (m_control) m_control->cancel();
    m_watcher.waitForFinished();
}

void SoundLibrariesDialog::reject()
{
    if (m_control) m_control->cancel();
    m_watcher.waitForFinished();
    QDialog::reject();
}

void SoundLibrariesDialog::refresh()
{
    m_table->setRowCount(0);
    if (!m_db) return;
    for (const LibraryEntry& l : m_db->libraries()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{l.name, l.root, QString::number(l.recordings), QString::number(l.problems),
                                l.online ? (l.scanned.isValid() ? tr("online") : tr("not scanned yet")) : tr("offline")};
        for (int c = 0; c < cells.size(); ++c) m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

QString SoundLibrariesDialog::selectedName() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

void SoundLibrariesDialog::addFolder()
{
    if (!m_db || isScanning()) return;
    const QFileInfo folder(m_folder->text().trimmed());
    if (m_folder->text().trimmed().isEmpty() || !folder.isDir()) {
        m_status->setText(tr("'%1' is not a folder.").arg(m_folder->text().trimmed()));
        return;
    }
    QString name = QDir(folder.absoluteFilePath()).dirName();
    for (int n = 2; m_db->library(name); ++n) name = QStringLiteral("%1 %2").arg(QDir(folder.absoluteFilePath()).dirName()).arg(n);
    Result<LibraryEntry> added = m_db->addLibrary(name, folder.absoluteFilePath());
    if (!added) {
        m_status->setText(QString::fromStdString(added.error().message));
        return;
    }
    m_folder->clear();
    refresh();
    startScan({name});
}

void SoundLibrariesDialog::rescanSelected()
{
    if (!m_db || isScanning()) return;
    const QString name = selectedName();
    QStringList names;
    if (!name.isEmpty()) names << name;
    else
        for (const LibraryEntry& l : m_db->libraries()) names << l.name;
    if (!names.isEmpty()) startScan(names);
}

void SoundLibrariesDialog::removeSelected()
{
    if (!m_db || isScanning()) return;
    const QString name = selectedName();
    if (name.isEmpty()) return;
    const Status removed = m_db->removeLibrary(name);
    m_status->setText(removed ? tr("%1 removed from the index; its files are untouched.").arg(name)
                              : QString::fromStdString(removed.error().message));
    refresh();
}

void SoundLibrariesDialog::startScan(const QStringList& names)
{
    m_control = std::make_shared<RunControl>();
    QPointer<QProgressBar> progress = m_progress;
    m_control->progress = [progress](double fraction) {
        QMetaObject::invokeMethod(progress, [progress, fraction] {
            if (progress) progress->setValue(static_cast<int>(fraction * kProgressSteps));
        }, Qt::QueuedConnection);
    };
    m_status->setText(tr("Indexing %1…").arg(names.join(QStringLiteral(", "))));
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run(scanLibraries, m_databasePath, names, m_control));
}

void SoundLibrariesDialog::scanFinished()
{
    m_status->setText(m_watcher.result());
    m_control.reset();
    setBusy(false);
    refresh();
}

void SoundLibrariesDialog::setBusy(bool busy)
{
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_add, m_rescan, m_remove}) w->setEnabled(!busy);
}

}  // namespace foley::app
