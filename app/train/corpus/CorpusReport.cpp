#include "app/train/corpus/CorpusReport.h"

#include "core/io/AtomicFileWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace foley::app::train {
namespace {

QString cellText(int clips, double seconds)
{
    return QStringLiteral("%1 / %2").arg(clips, 5).arg(seconds / 60.0, 5, 'f', 1);
}

}  // namespace

QStringList CorpusReport::splits()
{
    return {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test"), QStringLiteral("reserved")};
}

void CorpusReport::addClip(const QString& className, const QString& split, double seconds)
{
    Cell& cell = m_cells[className][split];
    ++cell.clips;
    cell.seconds += seconds;
}

int CorpusReport::clipCount(const QString& className, const QString& split) const
{
    const auto row = m_cells.find(className);
    if (row == m_cells.end()) return 0;
    const auto cell = row->second.find(split);
    return cell == row->second.end() ? 0 : cell->second.clips;
}

int CorpusReport::totalClips() const
{
    int total = 0;
    for (const auto& row : m_cells)
        for (const auto& cell : row.second) total += cell.second.clips;
    return total;
}

QString CorpusReport::toText() const
{
    const QStringList columns = splits();
    QString text = QStringLiteral("%1").arg(QStringLiteral("class (clips / min)"), -20);
    for (const QString& split : columns) text += QStringLiteral(" | %1").arg(split, 13);
    text += QStringLiteral(" | %1\n").arg(QStringLiteral("total"), 13);
    std::map<QString, Cell> totals;
    Cell grand;
    for (const auto& [className, row] : m_cells) {
        text += QStringLiteral("%1").arg(className, -20);
        Cell rowTotal;
        for (const QString& split : columns) {
            const auto it = row.find(split);
            const Cell cell = it == row.end() ? Cell{} : it->second;
            text += QStringLiteral(" | %1").arg(cellText(cell.clips, cell.seconds));
            rowTotal.clips += cell.clips;
            rowTotal.seconds += cell.seconds;
            totals[split].clips += cell.clips;
            totals[split].seconds += cell.seconds;
        }
        grand.clips += rowTotal.clips;
        grand.seconds += rowTotal.seconds;
        text += QStringLiteral(" | %1\n").arg(cellText(rowTotal.clips, rowTotal.seconds));
    }
    text += QStringLiteral("%1").arg(QStringLiteral("total"), -20);
    for (const QString& split : columns) text += QStringLiteral(" | %1").arg(cellText(totals[split].clips, totals[split].seconds));
    text += QStringLiteral(" | %1\n").arg(cellText(grand.clips, grand.seconds));
    const CorpusDropCounts& d = m_drops;
    text += QStringLiteral("other (no class rule matched, not written): %1 clips\n").arg(d.other);
    text += QStringLiteral("dropped: excluded %1, too long %2, too short %3, silent %4, duplicate %5, undecodable %6, "
                           "unreadable containers %7\n")
                .arg(d.excluded).arg(d.tooLong).arg(d.tooShort).arg(d.silent).arg(d.duplicate).arg(d.undecodable)
                .arg(d.unreadableContainers);
    return text;
}

QJsonObject CorpusReport::toJson() const
{
    QJsonObject classes;
    for (const auto& [className, row] : m_cells) {
        QJsonObject perSplit;
        for (const auto& [split, cell] : row)
            perSplit.insert(split, QJsonObject{{QStringLiteral("clips"), cell.clips}, {QStringLiteral("minutes"), cell.seconds / 60.0}});
        classes.insert(className, perSplit);
    }
    QJsonObject packages;
    for (const auto& [name, counts] : m_packages)
        packages.insert(name, QJsonObject{{QStringLiteral("seen"), counts.seen},
                                          {QStringLiteral("kept"), counts.kept},
                                          {QStringLiteral("excluded"), counts.excluded},
                                          {QStringLiteral("other"), counts.other}});
    const CorpusDropCounts& d = m_drops;
    const QJsonObject dropped{{QStringLiteral("excluded"), d.excluded},   {QStringLiteral("too_long"), d.tooLong},
                              {QStringLiteral("too_short"), d.tooShort},  {QStringLiteral("silent"), d.silent},
                              {QStringLiteral("duplicate"), d.duplicate}, {QStringLiteral("undecodable"), d.undecodable},
                              {QStringLiteral("unreadable_containers"), d.unreadableContainers}};
    return QJsonObject{{QStringLiteral("classes"), classes},
                       {QStringLiteral("other"), d.other},
                       {QStringLiteral("dropped"), dropped},
                       {QStringLiteral("packages"), packages},
                       {QStringLiteral("total_clips"), totalClips()}};
}

Status CorpusReport::write(const QString& textPath, const QString& jsonPath) const
{
    Status status = core::AtomicFileWriter::write(textPath, toText().toUtf8(), ErrorCode::IoWriteFailed);
    if (!status) return status;
    return core::AtomicFileWriter::write(jsonPath, QJsonDocument(toJson()).toJson(QJsonDocument::Indented),
                                         ErrorCode::IoWriteFailed);
}

}  // namespace foley::app::train
