#include "widgets/DarkPalette.h"

namespace foley::widgets {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(37, 38, 41);
    const QColor base(28, 29, 31);
    const QColor text(218, 220, 224);
    const QColor accent(232, 154, 60);  // amber: onsets and selection
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(48, 50, 54));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::PlaceholderText, QColor(128, 130, 134));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(110, 112, 116));
    return p;
}

}  // namespace foley::widgets
