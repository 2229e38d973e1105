#pragma once

#include "core/commands/CaptionCommands.h"
#include "core/model/Caption.h"

#include "widgets/common/IdRowTableModel.h"

namespace foley::core {
class CaptionModel;
}

namespace foley::widgets {

// Time-ranged caption segments as a table (start, end, text). Rows keep their arrival order; sort with a proxy on
// kSortRole. Edits become editCaptionSegmentRequested intents; the model itself is never touched.
class CaptionSegmentTableModel : public IdRowTableModel {
    Q_OBJECT
public:
    enum Column { StartColumn, EndColumn, TextColumn, ColumnCount };
    static constexpr int kSortRole = Qt::UserRole + 1;

    explicit CaptionSegmentTableModel(QObject* parent = nullptr);

    void setCaptionModel(const core::CaptionModel* model);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void editCaptionSegmentRequested(foley::core::SegmentId id, const foley::core::CaptionSegmentEdit& edit,
                                     foley::core::GestureId gesture);

private:
    void rebuild();

    const core::CaptionModel* m_model = nullptr;
};

}  // namespace foley::widgets
