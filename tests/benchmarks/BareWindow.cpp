// The floor for the cold-start benchmark: a bare QMainWindow of the same size as
// NerveDiary's, linked against Qt Widgets only, reporting its first paint the same way.
// With --text it shows one line of text, which is the floor of any window with words
// in it (the font configuration, a font and its glyphs must be loaded first).
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    nd::FirstPaintProbe::installIfRequested();
    QMainWindow window;
    if (QApplication::arguments().contains(QStringLiteral("--text")))
        window.setCentralWidget(new QLabel(QStringLiteral("How your hands and feet feel today")));
    window.resize(1100, 760);
    window.show();
    return QApplication::exec();
}
