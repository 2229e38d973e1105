#include "widgets/takes/TakeTableModel.h"

#include "core/model/TakeList.h"

#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QSet>
#include <QJsonValue>
#include <QLocale>

namespace foley::widgets {

TakeTableModel::TakeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TakeTableModel::setTakeList(const core::TakeList* takes)
{
    if (m_takes) disconnect(m_takes, nullptr, this, nullptr);
    m_takes = takes;
    if (takes) {
        connect(takes, &core::TakeList::takeAdded, this, &TakeTableModel::onAdded);
        connect(takes, &core::TakeList::takeRemoved, this, &TakeTableModel::onRemoved);
        connect(takes, &core::TakeList::takeChanged, this, &TakeTableModel::onChanged);
        connect(takes, &core::TakeList::activeTakeChanged, this, &TakeTableModel::onActiveChanged);
        connect(takes, &core::TakeList::takesReset, this, &TakeTableModel::rebuild);
        connect(takes, &QObject::destroyed, this, [this] {
            m_takes = nullptr;
            rebuild();
        });
    }
    rebuild();
}

void TakeTableModel::rebuild()
{
    beginResetModel();
    m_ids.clear();
    m_active = m_takes ? m_takes->activeTakeId() : core::kInvalidId;
    if (m_takes)
        for (const auto& take : m_takes->takes()) m_ids.append(take.id);
    endResetModel();
}

void TakeTableModel::onAdded(core::TakeId id)
{
    // The list may insert anywhere (undoing a delete puts a take back at its place).
    const int row = std::clamp(m_takes->indexOf(id), 0, static_cast<int>(m_ids.size()));
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    endInsertRows();
}

void TakeTableModel::onRemoved(core::TakeId id)
{
    const int row = rowOf(id);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

void TakeTableModel::onChanged(core::TakeId id)
{
    const int row = rowOf(id);
    if (row >= 0) emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TakeTableModel::onActiveChanged(core::TakeId id)
{
    const core::TakeId previous = m_active;
    m_active = id;
    onChanged(previous);
    onChanged(id);
}

core::TakeId TakeTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : core::kInvalidId;
}

int TakeTableModel::rowOf(core::TakeId id) const
{
    return static_cast<int>(m_ids.indexOf(id));
}

int TakeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int TakeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TakeTableModel::display(const core::Take& take, int column) const
{
    switch (column) {
    case ActiveColumn: return take.id == m_active ? QStringLiteral("▶") : QString();
    case NameColumn: return take.name;
    case CreatedColumn: {
        const QDateTime local = take.created.toLocalTime();
        const bool today = local.date() == QDate::currentDate();
        return today ? QLocale().toString(local.time(), QLocale::ShortFormat)
                     : QLocale().toString(local, QLocale::ShortFormat);
    }
    case SeedColumn: return QString::number(take.settings.seed);
    case StepsColumn: return take.settings.steps;
    case GuidanceColumn: return QString::number(take.settings.guidance, 'f', 1);
    case CaptionColumn: return take.caption.text;
    case OnsetF1Column: {
        const QJsonValue f1 = take.metrics.value(QLatin1String(kOnsetF1Key));
        return f1.isDouble() ? QString::number(f1.toDouble(), 'f', 2) : QStringLiteral("—");
    }
    case SoundColumn: return soundSummary(take);
    default: return {};
    }
}

QString TakeTableModel::soundSummary(const core::Take& take)
{
    const QJsonArray events = take.provenance.value(QStringLiteral("events")).toArray();
    const QJsonArray textures = take.provenance.value(QStringLiteral("textures")).toArray();
    if (take.settings.render == core::TakeRender::Neural || (events.isEmpty() && textures.isEmpty()))
        return tr("neural · %1 kHz").arg(take.metrics.value(QStringLiteral("sampleRate")).toInt(kModelRate) / 1000.0, 0, 'g', 4);
    QSet<QString> files;
    for (const QJsonValue& e : events) files.insert(e.toObject().value(QStringLiteral("file")).toString());
    for (const QJsonValue& t : textures) files.insert(t.toObject().value(QStringLiteral("file")).toString());
    return tr("%1 events, %2 recordings · %3 kHz")
        .arg(events.size())
        .arg(files.size())
        .arg(take.metrics.value(QStringLiteral("sampleRate")).toInt(take.settings.sampleRate) / 1000.0, 0, 'g', 4);
}

QStringList TakeTableModel::provenanceLines(const core::Take& take)
{
    QStringList lines;
    const auto name = [](const QJsonObject& o) {
        return tr("%1 (%2, %3)").arg(QFileInfo(o.value(QStringLiteral("source")).toString()).fileName(),
                                     o.value(QStringLiteral("package")).toString(), o.value(QStringLiteral("licence")).toString());
    };
    for (const QJsonValue& v : take.provenance.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        lines << tr("%1 s: %2, %3 st, %4 dB")
                     .arg(e.value(QStringLiteral("onset")).toDouble(), 0, 'f', 2)
                     .arg(name(e))
                     .arg(e.value(QStringLiteral("semitones")).toDouble(), 0, 'f', 1)
                     .arg(e.value(QStringLiteral("gainDb")).toDouble(), 0, 'f', 1);
    }
    for (const QJsonValue& v : take.provenance.value(QStringLiteral("textures")).toArray()) {
        const QJsonObject t = v.toObject();
        lines << tr("%1–%2 s: %3 (%4)")
                     .arg(t.value(QStringLiteral("start")).toDouble(), 0, 'f', 2)
                     .arg(t.value(QStringLiteral("end")).toDouble(), 0, 'f', 2)
                     .arg(name(t), t.value(QStringLiteral("bed")).toBool() ? tr("bed") : tr("texture"));
    }
    for (const QJsonValue& note : take.provenance.value(QStringLiteral("notes")).toArray()) lines << note.toString();
    return lines;
}

QVariant TakeTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_takes || !index.isValid()) return {};
    const auto take = m_takes->take(idAt(index.row()));
    if (!take) return {};
    switch (role) {
    case kIdRole: return QVariant::fromValue(take->id);
    case Qt::DisplayRole:
    case Qt::EditRole: return display(*take, index.column());
    case Qt::FontRole: {
        if (take->id != m_active) return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::TextAlignmentRole:
        if (index.column() >= SeedColumn && index.column() <= GuidanceColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == OnsetF1Column || index.column() == ActiveColumn) return Qt::AlignCenter;
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{take->caption.text};
        if (!take->negativePrompt.isEmpty()) lines << tr("Negative: %1").arg(take->negativePrompt);
        lines << tr("%1 onsets requested · model %2 %3").arg(take->onsets.size()).arg(take->modelId, take->modelVersion);
        for (auto it = take->metrics.begin(); it != take->metrics.end(); ++it)
            lines << QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString());
        lines << provenanceLines(*take);
        return lines.join(QLatin1Char('\n'));
    }
    default: return {};
    }
}

QVariant TakeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActiveColumn: return QString();
    case NameColumn: return tr("Take");
    case CreatedColumn: return tr("Created");
    case SeedColumn: return tr("Seed");
    case StepsColumn: return tr("Steps");
    case GuidanceColumn: return tr("CFG");
    case CaptionColumn: return tr("Caption");
    case OnsetF1Column: return tr("Onset F1");
    case SoundColumn: return tr("Sound");
    default: return {};
    }
}

Qt::ItemFlags TakeTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn) f |= Qt::ItemIsEditable;
    return f;
}

bool TakeTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_takes || index.column() != NameColumn) return false;
    const auto take = m_takes->take(idAt(index.row()));
    const QString name = value.toString().trimmed();
    if (!take || name.isEmpty()) return false;  // a take keeps a name
    if (name != take->name) emit renameTakeRequested(take->id, name);
    return true;
}

}  // namespace foley::widgets
