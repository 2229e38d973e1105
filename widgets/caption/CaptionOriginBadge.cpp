#include "widgets/caption/CaptionOriginBadge.h"

#include <QLocale>

namespace foley::widgets {

CaptionOriginBadge::CaptionOriginBadge(QWidget* parent) : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setOrigin(core::CaptionOrigin::User);
}

void CaptionOriginBadge::setOrigin(core::CaptionOrigin origin)
{
    m_origin = origin;
    QString colour;
    switch (origin) {
    case core::CaptionOrigin::Mllm:
        setText(tr("MLLM"));
        setToolTip(tr("Written by a multimodal language model from the video; edit it to make it yours"));
        colour = QStringLiteral("#7e5bd6");
        break;
    case core::CaptionOrigin::Detector:
        setText(tr("Detector"));
        setToolTip(tr("Proposed by the sound-event detector; edit it to make it yours"));
        colour = QStringLiteral("#3a7fc0");
        break;
    case core::CaptionOrigin::User:
        setText(tr("User"));
        setToolTip(tr("Written or edited by you"));
        colour = QStringLiteral("#3f9a5b");
        break;
    }
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; padding: 1px 6px;"
                                 " font-weight: 600; }").arg(colour));
}

void CaptionOriginBadge::setCaption(const core::Caption& caption)
{
    setOrigin(caption.origin);
    const core::CaptionSource& source = caption.source;
    if (caption.origin != core::CaptionOrigin::Mllm || source.isEmpty()) return;
    setText(tr("MLLM · %1").arg(source.model));
    setToolTip(tr("Written by %1 on %2 at %3 from the video; edit it to make it yours")
                   .arg(source.model, source.server,
                        QLocale().toString(source.time.toLocalTime(), QLocale::ShortFormat)));
}

}  // namespace foley::widgets
