#include "widgets/library/LibraryPanel.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace foley::widgets {

namespace {

// Results drag as the recording's file URL (what the onset lane, or any file drop target, takes).
constexpr int kNameColumnWidth = 220;  // pixels: "DOORWood_Creaky Door Open" and the like, whole

class ResultsTable : public QTableWidget {
public:
    ResultsTable(int rows, int columns, QWidget* parent) : QTableWidget(rows, columns, parent) {}

protected:
    QMimeData* mimeData(const QList<QTableWidgetItem*>& items) const override
    {
        if (items.isEmpty()) return nullptr;
        const QString path = item(items.first()->row(), 0)->data(Qt::UserRole).toString();
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(path)});
        mime->setText(path);
        return mime;
    }
};

}  // namespace

LibraryPanel::LibraryPanel(QWidget* parent)
    : QWidget(parent), m_query(new QLineEdit(this)), m_results(new ResultsTable(0, 6, this)), m_play(new QPushButton(tr("&Play"), this)),
      m_use(new QPushButton(tr("&Use for Selected Onsets"), this)), m_clear(new QPushButton(tr("&Let Takes Choose"), this)),
      m_player(new QMediaPlayer(this)), m_output(new QAudioOutput(this))
{
    m_query->setObjectName(QStringLiteral("query"));
    m_query->setPlaceholderText(tr("Search your sound libraries (e.g. creaky wooden door)"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setHorizontalHeaderLabels({tr("Name"), tr("Category"), tr("Length"), tr("Rate"), tr("Library"), tr("Licence")});
    m_results->verticalHeader()->hide();
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The name is what a designer reads first: it keeps a useful width in a narrow dock (which then scrolls sideways)
    // and the licence, last, takes what is left.
    m_results->horizontalHeader()->resizeSection(0, kNameColumnWidth);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setWordWrap(false);
    m_results->setDragEnabled(true);  // onto an onset of the lane (its mime data: the recording's file URL)
    m_results->setDragDropMode(QAbstractItemView::DragOnly);
    m_play->setObjectName(QStringLiteral("play"));
    m_use->setObjectName(QStringLiteral("use"));
    m_clear->setObjectName(QStringLiteral("letTakesChoose"));
    m_use->setToolTip(tr("The selected onsets use this recording in every take (undoable)"));
    m_clear->setToolTip(tr("The selected onsets let each take choose their recording again"));
    m_player->setAudioOutput(m_output);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_play);
    buttons->addStretch(1);
    buttons->addWidget(m_use);
    buttons->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);

    connect(m_query, &QLineEdit::returnPressed, this, [this] { emit searchRequested(m_query->text().trimmed()); });
    connect(m_play, &QPushButton::clicked, this, &LibraryPanel::audition);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, &LibraryPanel::audition);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (!selectedPath().isEmpty()) emit useForSelectedOnsetsRequested(selectedPath());
    });
    connect(m_clear, &QPushButton::clicked, this, &LibraryPanel::letTakesChooseRequested);
    setResults({});
}

void LibraryPanel::setResults(const std::vector<LibraryResult>& results, const QString& message)
{
    m_shown = results;
    m_results->setRowCount(0);
    for (const LibraryResult& r : results) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        const QStringList cells{r.name, r.category, tr("%1 s").arg(r.durationSeconds, 0, 'f', 2),
                                tr("%1 kHz").arg(r.sampleRate / 1000.0, 0, 'g', 4), r.library,
                                r.licence.isEmpty() ? tr("your own") : r.licence};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(r.path);
            item->setData(Qt::UserRole, r.path);
            m_results->setItem(row, c, item);
        }
    }
    if (!results.empty()) m_results->selectRow(0);
    m_use->setEnabled(!results.empty());
    m_play->setEnabled(!results.empty());
    m_results->setToolTip(message);
}

void LibraryPanel::search(const QString& query)
{
    m_query->setText(query);
    emit searchRequested(query.trimmed());
}

QString LibraryPanel::selectedPath() const
{
    const QList<QTableWidgetItem*> items = m_results->selectedItems();
    if (items.isEmpty()) return {};
    const auto row = static_cast<size_t>(items.first()->row());
    return row < m_shown.size() ? m_shown[row].path : QString();
}

void LibraryPanel::audition()
{
    const QString path = selectedPath();
    if (path.isEmpty()) return;
    m_player->stop();
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->play();
}

}  // namespace foley::widgets
