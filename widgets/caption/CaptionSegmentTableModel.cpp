#include "widgets/caption/CaptionSegmentTableModel.h"

#include "core/model/CaptionModel.h"
#include "widgets/onsets/TimeText.h"
#include "widgets/timeline/TimeAxis.h"

namespace foley::widgets {

CaptionSegmentTableModel::CaptionSegmentTableModel(QObject* parent) : IdRowTableModel(parent) {}

void CaptionSegmentTableModel::setCaptionModel(const core::CaptionModel* model)
{
    if (m_model) disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &core::CaptionModel::segmentAdded, this, &CaptionSegmentTableModel::appendId);
        connect(model, &core::CaptionModel::segmentRemoved, this, &CaptionSegmentTableModel::removeId);
        connect(model, &core::CaptionModel::segmentChanged, this, &CaptionSegmentTableModel::refreshId);
        connect(model, &core::CaptionModel::segmentsReset, this, &CaptionSegmentTableModel::rebuild);
        connect(model, &QObject::destroyed, this, [this] {
            m_model = nullptr;
            rebuild();
        });
    }
    rebuild();
}

void CaptionSegmentTableModel::rebuild()
{
    QList<quint64> ids;
    if (m_model) {
        for (const auto& item : m_model->segments()) ids.append(item.id);
    }
    resetRows(ids);
}

int CaptionSegmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaptionSegmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_model || !index.isValid()) return {};
    const auto segment = m_model->segment(idAt(index.row()));
    if (!segment) return {};
    const int column = index.column();
    if (role == kSortRole) {
        if (column == TextColumn) return segment->text;
        return QVariant::fromValue<qint64>(column == StartColumn ? segment->start : segment->end);
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case StartColumn: return formatTime(segment->start);
        case EndColumn: return formatTime(segment->end);
        default: return segment->text;
        }
    }
    if (role == Qt::TextAlignmentRole && column != TextColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == TextColumn) return segment->text;
    return {};
}

QVariant CaptionSegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn: return tr("Start");
    case EndColumn: return tr("End");
    case TextColumn: return tr("Caption");
    default: return {};
    }
}

Qt::ItemFlags CaptionSegmentTableModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool CaptionSegmentTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_model || !index.isValid()) return false;
    const auto segment = m_model->segment(idAt(index.row()));
    if (!segment) return false;
    core::CaptionSegmentEdit edit;
    if (index.column() == TextColumn) {
        const QString text = value.toString().trimmed();
        if (text == segment->text) return true;
        edit.text = text;
    } else {
        const auto time = TimeText::parse(value.toString());
        if (!time) return false;
        const bool start = index.column() == StartColumn;
        if (*time == (start ? segment->start : segment->end)) return true;
        if (start ? *time >= segment->end : *time <= segment->start) return false;  // a span must stay a span
        (start ? edit.start : edit.end) = *time;
    }
    emit editCaptionSegmentRequested(segment->id, edit, core::kInvalidId);  // each cell edit: one step
    return true;
}

}  // namespace foley::widgets
