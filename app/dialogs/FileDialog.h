#pragma once

#include <QString>

class QWidget;

namespace nd {

// File choosers of the window, wrapped so tests can preset the chosen file name
// (an empty preset means "cancelled") instead of blocking on a dialog.
class FileDialog
{
public:
    static QString openFile(QWidget *parent, const QString &title, const QString &folder,
                            const QString &filter);
    static QString saveFile(QWidget *parent, const QString &title, const QString &suggestion,
                            const QString &filter);

    // --- for tests ---
    static void setNextFileName(const QString &fileName);
};

} // namespace nd
