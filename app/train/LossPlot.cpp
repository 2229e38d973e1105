#include "app/train/LossPlot.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <cmath>
#include <vector>

namespace foley::app::train {

bool writeLossPlot(const QString& csvPath, const QString& pngPath, const QString& title)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) return false;
    QTextStream in(&file);
    in.readLine();
    std::vector<double> steps, losses;
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(',');
        if (f.size() < 3) continue;
        const double loss = f[2].toDouble();
        if (!(loss > 0)) continue;
        steps.push_back(f[0].toDouble());
        losses.push_back(std::log10(loss));
    }
    if (steps.size() < 2) return false;
    const double lo = *std::min_element(losses.begin(), losses.end()), hi = *std::max_element(losses.begin(), losses.end());
    QImage image(900, 500, QImage::Format_RGB32);
    image.fill(QColor(28, 30, 34));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(70, 40, 800, 410);
    p.setPen(QColor(90, 94, 100));
    p.drawRect(plot);
    auto point = [&](double step, double y) {
        return QPointF(plot.left() + plot.width() * (step - steps.front()) / (steps.back() - steps.front()),
                       plot.bottom() - plot.height() * (y - lo) / std::max(1e-9, hi - lo));
    };
    p.setPen(QColor(110, 110, 110));
    for (size_t i = 1; i < steps.size(); ++i) p.drawLine(point(steps[i - 1], losses[i - 1]), point(steps[i], losses[i]));
    p.setPen(QPen(QColor(255, 170, 60), 2));
    double average = losses.front();
    QPointF previous = point(steps.front(), average);
    for (size_t i = 1; i < steps.size(); ++i) {
        average = 0.97 * average + 0.03 * losses[i];
        const QPointF next = point(steps[i], average);
        p.drawLine(previous, next);
        previous = next;
    }
    p.setPen(QColor(220, 220, 220));
    p.drawText(QPointF(70, 25), QStringLiteral("%1 — loss (log10) over %2 steps").arg(title).arg(steps.back()));
    for (int k = 0; k <= 4; ++k) {
        const double y = lo + (hi - lo) * k / 4.0;
        p.drawText(QPointF(8, point(steps.front(), y).y() + 4), QString::number(std::pow(10.0, y), 'g', 3));
    }
    p.drawText(QPointF(plot.left(), plot.bottom() + 20), QString::number(steps.front()));
    p.drawText(QPointF(plot.right() - 40, plot.bottom() + 20), QString::number(steps.back()));
    p.end();
    return image.save(pngPath);
}

}  // namespace foley::app::train
