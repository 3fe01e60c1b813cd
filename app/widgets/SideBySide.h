#pragma once

#include <QWidget>

class QBoxLayout;

namespace nd {

// Two parts of a page side by side when there is room, one above the other when
// there is not (large text on a small screen): a calendar beside its list, a chart
// beside its details. The page then grows downwards, never past the window's width.
class SideBySide : public QWidget
{
    Q_OBJECT

public:
    // `secondMinimumWidth`: the width the second part needs beside the first (else stacked).
    SideBySide(QWidget *first, QWidget *second, int secondMinimumWidth, QWidget *parent = nullptr);

    void setSpacing(int spacing);

    // The smaller of the two arrangements: the parts above each other.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrangeFor(int width);

    QWidget *m_first;
    QWidget *m_second;
    int m_secondMinimumWidth;
    QBoxLayout *m_layout;
};

} // namespace nd
