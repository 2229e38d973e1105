#pragma once

#include "core/model/Caption.h"

#include <QLabel>

namespace foley::widgets {

// A small coloured tag saying who wrote the caption: MLLM (violet), detector (blue) or user (green); for a caption
// from a captioning server, also which model (the tooltip adds the server and when).
class CaptionOriginBadge : public QLabel {
    Q_OBJECT
public:
    explicit CaptionOriginBadge(QWidget* parent = nullptr);

    void setOrigin(core::CaptionOrigin origin);
    void setCaption(const core::Caption& caption);  // origin and source
    core::CaptionOrigin origin() const { return m_origin; }

private:
    core::CaptionOrigin m_origin = core::CaptionOrigin::User;
};

}  // namespace foley::widgets
