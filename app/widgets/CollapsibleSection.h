#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace nd {

class BigButton;

// A card with a big header button that folds its content away, so a long form
// can be shortened to the parts a person uses. The header shows a short summary
// ("4 of 12 rated") that stays visible when the card is folded.
class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    explicit CollapsibleSection(const QString &title, QWidget *parent = nullptr);

    QVBoxLayout *contentLayout() const { return m_contentLayout; }
    QWidget *content() const { return m_content; }

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setSummary(const QString &summary);
    QString summary() const;

    bool isExpanded() const;
    void setExpanded(bool expanded);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateHeader();
    QIcon chevron(bool expanded) const;

    QString m_title;
    bool m_expanded = true;
    BigButton *m_header = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
};

} // namespace nd
