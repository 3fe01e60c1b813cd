#pragma once

#include <QHash>
#include <QWidget>

#include <utility>

namespace nd {

// The label of one form row: the field's name in bold and, under it, a few words
// of explanation, both wrapped at word boundaries when the column is narrow. Painted
// directly (plain text): the Today page has forty of these and rich-text labels
// would slow its opening.
class FieldLabel : public QWidget
{
    Q_OBJECT

public:
    FieldLabel(const QString &title, const QString &hint, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QString hint() const { return m_hint; }
    void setHint(const QString &hint);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont titleFont() const;
    void forgetSizes();
    // The wrapped heights of title and hint at an inner width, remembered: layouts ask
    // for the same widths again and again, and each answer lays out the text.
    std::pair<int, int> wrappedHeights(int innerWidth) const;

    QString m_title;
    QString m_hint;
    mutable QHash<int, std::pair<int, int>> m_heights; // by inner width; cleared when the font changes
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
};

} // namespace nd
