#pragma once

#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace nd {

// A message panel across the top of a page: a saved confirmation, an error that
// says what to do, a restored draft, or a "get help now" alert. The kind is told by
// an icon shape and a title word as well as by colour.
class Banner : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Info, Success, Error, Urgent };

    explicit Banner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &title, const QString &text);
    Kind kind() const { return m_kind; }
    QString title() const;
    QString text() const;

    // Adds a big button to the banner (removed by the next showMessage()).
    QPushButton *addAction(const QString &text, const QString &objectName);
    void clearActions();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor background() const;

    Kind m_kind = Kind::Info;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QBoxLayout *m_actions = nullptr;
};

} // namespace nd
