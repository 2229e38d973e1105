#include "widgets/onsets/OnsetTableModel.h"

#include <QFileInfo>

#include "core/model/OnsetTrack.h"
#include "widgets/onsets/GestureIdSource.h"
#include "widgets/onsets/TimeText.h"
#include "widgets/timeline/TimeAxis.h"


#include <cmath>

namespace foley::widgets {

OnsetTableModel::OnsetTableModel(QObject* parent) : IdRowTableModel(parent) {}

void OnsetTableModel::setTrack(const core::OnsetTrack* track)
{
    if (m_track) disconnect(m_track, nullptr, this, nullptr);
    m_track = track;
    if (track) {
        connect(track, &core::OnsetTrack::onsetAdded, this, &OnsetTableModel::appendId);
        connect(track, &core::OnsetTrack::onsetRemoved, this, &OnsetTableModel::removeId);
        connect(track, &core::OnsetTrack::onsetChanged, this, &OnsetTableModel::refreshId);
        connect(track, &core::OnsetTrack::onsetsReset, this, &OnsetTableModel::rebuild);
        connect(track, &QObject::destroyed, this, [this] {
            m_track = nullptr;
            rebuild();
        });
    }
    rebuild();
}

void OnsetTableModel::rebuild()
{
    QList<quint64> ids;
    if (m_track) {
        for (const auto& item : m_track->onsets()) ids.append(item.id);
    }
    resetRows(ids);
}

int OnsetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OnsetTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_track || !index.isValid()) return {};
    const auto onset = m_track->onset(idAt(index.row()));
    if (!onset) return {};
    if (role == kIdRole) return QVariant::fromValue(onset->id);
    const int column = index.column();
    if (role == kSortRole) {
        switch (column) {
        case TimeColumn: return QVariant::fromValue<qint64>(onset->time);
        case StrengthColumn: return onset->strength;
        case LabelColumn: return onset->label;
        case RecordingColumn: return onset->recording;
        default: return static_cast<int>(onset->origin);
        }
    }
    if (role == Qt::TextAlignmentRole && column <= StrengthColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case TimeColumn: return formatTime(onset->time);
        case StrengthColumn:
            return role == Qt::EditRole ? QVariant(onset->strength) : QVariant(QString::number(onset->strength, 'f', 2));
        case LabelColumn: return onset->label;
        // The recording the user chose for this onset (Sound Library dock), else the takes choose.
        case RecordingColumn: return onset->recording.isEmpty() ? tr("chosen by each take") : QFileInfo(onset->recording).completeBaseName();
        default: return onset->origin == core::OnsetOrigin::Detected ? tr("detector") : tr("manual");
        }
    }
    if (role == Qt::ToolTipRole && column == TimeColumn) return tr("Type seconds (1.25) or m:ss.mmm");
    if (role == Qt::ToolTipRole && column == RecordingColumn && !onset->recording.isEmpty()) return onset->recording;
    return {};
}

QVariant OnsetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case StrengthColumn: return tr("Strength");
    case LabelColumn: return tr("Label");
    case OriginColumn: return tr("Origin");
    case RecordingColumn: return tr("Recording");
    default: return {};
    }
}

Qt::ItemFlags OnsetTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != OriginColumn && index.column() != RecordingColumn) f |= Qt::ItemIsEditable;
    return f;
}

bool OnsetTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_track || !index.isValid()) return false;
    const auto onset = m_track->onset(idAt(index.row()));
    if (!onset) return false;
    switch (index.column()) {
    case TimeColumn: {
        const auto time = TimeText::parse(value.toString());
        if (!time) return false;  // unreadable: the editor keeps the old value
        if (*time != onset->time) emit moveOnsetsRequested({onset->id}, *time - onset->time, m_gestures.next());
        return true;
    }
    case StrengthColumn: {
        bool ok = false;
        const double strength = value.toDouble(&ok);
        if (!ok || std::isnan(strength)) return false;
        const double clamped = std::clamp(strength, 0.0, 1.0);
        if (clamped != onset->strength)
            emit setOnsetStrengthRequested({{onset->id, clamped}}, m_gestures.next());
        return true;
    }
    case LabelColumn: {
        const QString label = value.toString().trimmed();
        if (label != onset->label) emit relabelOnsetRequested(onset->id, label);
        return true;
    }
    default: return false;
    }
}

}  // namespace foley::widgets
