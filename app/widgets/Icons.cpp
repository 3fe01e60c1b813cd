#include "Icons.h"

#include <QBuffer>
#include <QColor>
#include <QFile>
#include <QHash>
#include <QImageReader>
#include <QPixmap>

namespace nd::Icons {

using namespace Qt::StringLiterals;

QIcon icon(const QString &name, const QColor &color)
{
    static QHash<QString, QIcon> cache;
    const QString key = name + u'|' + color.name();
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;

    QFile file(u":/icons/"_s + name + u".svg"_s);
    QIcon result;
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray svg = file.readAll();
        svg.replace("currentColor", color.name().toLatin1());
        // A few sizes rendered once: crisp at normal and doubled scale, cheap at start-up.
        for (int size : {24, 32, 48, 64}) {
            QBuffer buffer(&svg);
            QImageReader reader(&buffer, "svg");
            reader.setScaledSize(QSize(size, size));
            const QImage image = reader.read();
            if (!image.isNull())
                result.addPixmap(QPixmap::fromImage(image));
        }
    }
    cache.insert(key, result);
    return result;
}

} // namespace nd::Icons
