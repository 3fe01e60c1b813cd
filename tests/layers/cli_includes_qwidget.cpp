// Wrong way: the command line does not link Qt Widgets.
#include <QWidget>
