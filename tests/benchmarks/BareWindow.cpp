// The floor for the cold-start benchmark: a bare QMainWindow of the same size as
// NerveDiary's, linked against Qt Widgets only, reporting its first paint the same way.
// With --text it shows one line of text, prepared the way NerveDiary prepares its own
// (the font configuration read on a worker from the first line of main()): the floor of
// any window with words in it, since fontconfig, a font and its glyphs must be loaded.
#include "FirstPaintProbe.h"
#include "FontWarmUp.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include <cstring>

int main(int argc, char *argv[])
{
    bool text = false;
    for (int i = 1; i < argc; ++i)
        text = text || std::strcmp(argv[i], "--text") == 0;
    if (text)
        nd::FontWarmUp::start();
    QApplication app(argc, argv);
    nd::FirstPaintProbe::installIfRequested();
    QMainWindow window;
    if (text) {
        nd::FontWarmUp::finish();
        window.setCentralWidget(new QLabel(QStringLiteral("How your hands and feet feel today")));
    }
    window.resize(1100, 760);
    window.show();
    return QApplication::exec();
}
