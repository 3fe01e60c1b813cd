// The floor for the cold-start benchmark: a bare QMainWindow of the same size as
// NerveDiary's, linked against Qt Widgets only, reporting its first paint the same way.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    nd::FirstPaintProbe::installIfRequested();
    QMainWindow window;
    window.resize(1100, 760);
    window.show();
    return QApplication::exec();
}
