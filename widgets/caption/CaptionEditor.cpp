#include "widgets/caption/CaptionEditor.h"

#include "core/model/CaptionModel.h"
#include "core/timeline/TimelineState.h"
#include "widgets/caption/CaptionOriginBadge.h"
#include "widgets/caption/CaptionProposalBox.h"
#include "widgets/caption/CaptionSegmentTableModel.h"
#include "widgets/caption/CommitPlainTextEdit.h"
#include "widgets/common/PendingEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace foley::widgets {

namespace {

constexpr SampleTime kNewSegmentLength = 2 * kProjectRate;

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

}  // namespace

CaptionEditor::CaptionEditor(core::TimelineState* timeline, QWidget* parent)
    : QWidget(parent), m_timeline(timeline), m_caption(new CommitPlainTextEdit(this)),
      m_badge(new CaptionOriginBadge(this)), m_negative(new QLineEdit(this)), m_quality(new QComboBox(this)),
      m_import(new QPushButton(tr("Import…"), this)), m_fromVideo(new QPushButton(tr("From Video…"), this)),
      m_proposalBox(new CaptionProposalBox(this)), m_segments(new QTableView(this)),
      m_segmentModel(new CaptionSegmentTableModel(this)), m_segmentProxy(new QSortFilterProxyModel(this)),
      m_addSegment(new QPushButton(tr("Add"), this)), m_removeSegment(new QPushButton(tr("Remove"), this))
{
    m_caption->setPlaceholderText(tr("Describe the sound, e.g. \"footsteps on gravel, then a wooden door slams\""));
    m_caption->setToolTip(tr("The global caption. Ctrl+Enter or leaving the box applies it."));
    m_caption->setMinimumHeight(fontMetrics().height() * 4);
    m_negative->setPlaceholderText(tr("What to avoid, e.g. \"music, speech, hum\""));
    m_negative->setClearButtonEnabled(true);
    m_quality->setEditable(true);
    m_quality->setInsertPolicy(QComboBox::NoInsert);
    m_quality->addItems({QStringLiteral("high quality"), QStringLiteral("studio recording, clean"),
                         QStringLiteral("field recording"), QStringLiteral("lo-fi"), QString()});
    m_quality->setToolTip(tr("Appended to the caption when generating"));
    m_import->setToolTip(tr("Import a caption from a JSON sidecar ({\"video\": …, \"description\": …}) or a text file"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(buildCaptionRow());
    layout->addWidget(m_caption, 2);
    layout->addWidget(m_proposalBox);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Negative prompt"), m_negative);
    form->addRow(tr("Quality tag"), m_quality);
    layout->addLayout(form);
    layout->addWidget(buildSegmentBox(), 3);

    connect(m_caption, &CommitPlainTextEdit::committed, this, &CaptionEditor::captionEditRequested);
    connect(m_negative, &QLineEdit::editingFinished, this, &CaptionEditor::commitNegative);
    connect(m_quality, &QComboBox::activated, this, &CaptionEditor::commitQuality);
    connect(m_quality->lineEdit(), &QLineEdit::editingFinished, this, &CaptionEditor::commitQuality);
    connect(m_import, &QPushButton::clicked, this, &CaptionEditor::importCaptionRequested);
    connect(m_fromVideo, &QPushButton::clicked, this, &CaptionEditor::captionFromVideoRequested);
    showModel();
}

CaptionEditor::~CaptionEditor()
{
    abandonPendingEdit(this);
}

QWidget* CaptionEditor::buildCaptionRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionLabel(tr("Caption"), row));
    layout->addWidget(m_badge);
    layout->addStretch(1);
    layout->addWidget(m_fromVideo);
    layout->addWidget(m_import);
    m_fromVideo->setToolTip(tr("Ask a local vision model for a caption of the video (Settings → Captioning…)"));
    return row;
}

QWidget* CaptionEditor::buildSegmentBox()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* header = new QHBoxLayout;
    header->addWidget(sectionLabel(tr("Timed captions"), box));
    header->addStretch(1);
    header->addWidget(m_addSegment);
    header->addWidget(m_removeSegment);
    layout->addLayout(header);
    layout->addWidget(m_segments);
    m_addSegment->setToolTip(tr("Add a caption for the selected time range (or two seconds from the playhead)"));
    m_removeSegment->setToolTip(tr("Remove the selected timed captions (Delete)"));

    m_segmentProxy->setSourceModel(m_segmentModel);
    m_segmentProxy->setSortRole(CaptionSegmentTableModel::kSortRole);
    m_segments->setModel(m_segmentProxy);
    m_segments->setSortingEnabled(true);
    m_segments->sortByColumn(CaptionSegmentTableModel::StartColumn, Qt::AscendingOrder);
    m_segments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_segments->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    m_segments->setAlternatingRowColors(true);
    m_segments->setShowGrid(false);
    m_segments->verticalHeader()->hide();
    m_segments->horizontalHeader()->setSectionResizeMode(CaptionSegmentTableModel::TextColumn, QHeaderView::Stretch);
    m_segments->installEventFilter(this);
    connect(m_segmentModel, &CaptionSegmentTableModel::editCaptionSegmentRequested, this,
            &CaptionEditor::editCaptionSegmentRequested);
    connect(m_addSegment, &QPushButton::clicked, this, &CaptionEditor::requestSegment);
    connect(m_removeSegment, &QPushButton::clicked, this, &CaptionEditor::removeSelectedSegments);
    connect(m_segmentModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int) { onSegmentRowsInserted(first); });
    connect(m_segments->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaptionEditor::onSegmentPicked);
    connect(m_segments->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeSegment->setEnabled(m_segments->selectionModel()->hasSelection()); });
    m_removeSegment->setEnabled(false);
    return box;
}

void CaptionEditor::setCaptionModel(const core::CaptionModel* model)
{
    if (m_model) disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proposalBox->clear();  // a proposal was made for the previous project's video
    m_segmentModel->setCaptionModel(model);
    if (model) {
        for (auto signal : {&core::CaptionModel::captionChanged, &core::CaptionModel::negativePromptChanged,
                            &core::CaptionModel::qualityTagChanged})
            connect(model, signal, this, &CaptionEditor::showModel);
        connect(model, &QObject::destroyed, this, [this] { m_model = nullptr; });
    }
    showModel();
}

void CaptionEditor::showModel()
{
    setEnabled(m_model != nullptr);
    if (!m_model) return;
    m_caption->setCommittedText(m_model->caption().text);
    m_badge->setCaption(m_model->caption());
    if (!m_negative->hasFocus() || !m_negative->isModified()) m_negative->setText(m_model->negativePrompt());
    if (!m_quality->lineEdit()->hasFocus()) m_quality->setEditText(m_model->qualityTag());
}

void CaptionEditor::commitNegative()
{
    const QString text = m_negative->text().trimmed();
    m_negative->setModified(false);
    if (m_model && text != m_model->negativePrompt()) emit negativePromptEditRequested(text);
}

void CaptionEditor::commitQuality()
{
    const QString text = m_quality->currentText().trimmed();
    if (m_model && text != m_model->qualityTag()) emit qualityTagEditRequested(text);
}

core::SampleTimeRange CaptionEditor::newSegmentSpan() const
{
    const core::SampleTimeRange selection = m_timeline->selection();
    if (!selection.isEmpty()) return selection;
    const SampleTime start = m_timeline->playhead();
    SampleTime end = start + kNewSegmentLength;
    if (m_timeline->duration() > 0) end = std::min(end, m_timeline->duration());
    if (end <= start) return {std::max<SampleTime>(0, start - kNewSegmentLength), start};
    return {start, end};
}

void CaptionEditor::requestSegment()
{
    const core::SampleTimeRange span = newSegmentSpan();
    if (span.isEmpty()) return;
    core::CaptionSegment segment;
    segment.start = span.start;
    segment.end = span.end;
    segment.origin = core::CaptionOrigin::User;
    m_editNextNewSegment = true;  // when it arrives, the user types its text straight away
    emit addCaptionSegmentRequested(segment);
    m_editNextNewSegment = false;
}

void CaptionEditor::onSegmentRowsInserted(int first)
{
    if (!m_editNextNewSegment) return;
    const QModelIndex text = m_segmentProxy->mapFromSource(
        m_segmentModel->index(first, CaptionSegmentTableModel::TextColumn));
    m_segments->setCurrentIndex(text);
    m_segments->edit(text);
}

void CaptionEditor::removeSelectedSegments()
{
    QList<core::SegmentId> ids;
    for (const QModelIndex& index : m_segments->selectionModel()->selectedRows())
        ids.append(m_segmentModel->idAt(m_segmentProxy->mapToSource(index).row()));
    for (core::SegmentId id : ids) emit removeCaptionSegmentRequested(id);
}

bool CaptionEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_segments && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && key->modifiers() == Qt::NoModifier) {
            removeSelectedSegments();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

core::SegmentId CaptionEditor::segmentIdAtRow(int viewRow) const
{
    return m_segmentModel->idAt(m_segmentProxy->mapToSource(m_segmentProxy->index(viewRow, 0)).row());
}

void CaptionEditor::onSegmentPicked()
{
    // Picking a timed caption selects its span on the timeline (so "Generate selected region" can use it).
    const QModelIndex current = m_segments->currentIndex();
    if (!m_model || !current.isValid()) return;
    const auto segment = m_model->segment(m_segmentModel->idAt(m_segmentProxy->mapToSource(current).row()));
    if (!segment) return;
    m_timeline->setSelection({segment->start, segment->end});
    if (!m_timeline->isPlaying()) m_timeline->setPlayhead(segment->start);
}

}  // namespace foley::widgets
