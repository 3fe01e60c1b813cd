#pragma once

#include <QIcon>

class QColor;

namespace nd {

// The window's own line icons (resources/icons/*.svg), drawn in a palette colour
// so they follow light, dark and high-contrast themes. When the SVG image plugin
// is missing the icon is empty and the text beside it still says everything.
namespace Icons {

QIcon icon(const QString &name, const QColor &color);

} // namespace Icons
} // namespace nd
