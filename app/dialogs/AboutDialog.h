#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace nd {

class IntendedUseView;

// Help → About NerveDiary: name, version and icon above the intended-use text
// (IntendedUseView), with one big Close button. Escape closes it too.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The application icon: the installed theme icon, else the copy built into the program.
    static QIcon applicationIcon();

private:
    void retranslateUi();

    QLabel *m_icon = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_version = nullptr;
    IntendedUseView *m_intendedUse = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace nd
