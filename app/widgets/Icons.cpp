#include "Icons.h"

#include <QBuffer>
#include <QColor>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace nd::Icons {

using namespace Qt::StringLiterals;

namespace {

// Draws a line icon from its SVG at the size a widget asks for, the first time it asks,
// and keeps that size. Nothing is drawn for icons that are not on screen yet (menus,
// pages not opened), so building the window costs no SVG rendering at all. The
// rendered sizes live in a plain QIcon, which also makes the disabled look.
class LineIconEngine : public QIconEngine
{
public:
    explicit LineIconEngine(const QByteArray &svg) : m_svg(svg) {}

    QIconEngine *clone() const override { return new LineIconEngine(*this); }
    QString key() const override { return u"NerveDiaryLineIcon"_s; }
    bool isNull() override { return m_svg.isEmpty(); }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return QSize(side, side);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64)}; // any size is drawn on request
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QSize logical = actualSize(size, mode, state);
        if (logical.isEmpty())
            return {};
        const QSize device = logical * scale;
        render(device);
        QPixmap pixmap = m_rendered.pixmap(device, mode, state);
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

private:
    LineIconEngine(const LineIconEngine &other) = default;

    void render(QSize size)
    {
        if (m_sizes.contains(size))
            return;
        m_sizes.append(size); // tried once, even if the SVG plugin is missing
        QBuffer buffer(&m_svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(size);
        const QImage image = reader.read();
        if (!image.isNull())
            m_rendered.addPixmap(QPixmap::fromImage(image));
    }

    QByteArray m_svg; // the colour already filled in
    QIcon m_rendered;
    QList<QSize> m_sizes;
};

bool svgSupported()
{
    static const bool supported = QImageReader::supportedImageFormats().contains("svg");
    return supported;
}

} // namespace

QIcon icon(const QString &name, const QColor &color)
{
    static QHash<QString, QIcon> cache;
    const QString key = name + u'|' + color.name();
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;

    QFile file(u":/icons/"_s + name + u".svg"_s);
    QIcon result;
    if (svgSupported() && file.open(QIODevice::ReadOnly)) {
        QByteArray svg = file.readAll();
        svg.replace("currentColor", color.name().toLatin1());
        result = QIcon(new LineIconEngine(svg));
    }
    cache.insert(key, result);
    return result;
}

} // namespace nd::Icons
