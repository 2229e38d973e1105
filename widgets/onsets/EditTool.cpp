#include "widgets/onsets/EditTool.h"

#include <QCoreApplication>

namespace foley::widgets {

QString editToolName(EditTool tool)
{
    switch (tool) {
    case EditTool::Select: return QCoreApplication::translate("EditTool", "Select");
    case EditTool::Pencil: return QCoreApplication::translate("EditTool", "Mask pencil");
    case EditTool::Eraser: return QCoreApplication::translate("EditTool", "Mask eraser");
    case EditTool::Range: return QCoreApplication::translate("EditTool", "Mask range");
    }
    return {};
}

}  // namespace foley::widgets
