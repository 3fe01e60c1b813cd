#pragma once

#include <QHash>
#include <QLabel>

namespace nd {

// A word-wrapped label that remembers its sizes: its size hints, and its height for each
// width it was asked about. QLabel lays its text out anew for nearly every such question
// (rich text through a whole QTextDocument), and layouts and scroll areas ask the same
// few of them again and again. What is remembered is dropped when the text, its format,
// the font or the margins change.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(const QString &text = {}, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Drops what was measured when the label changed since.
    void checkMeasuredKey() const;

    mutable QString m_measuredKey; // what the sizes below were measured for
    mutable QHash<int, int> m_heights;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
};

} // namespace nd
