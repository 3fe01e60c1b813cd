#pragma once

#include <QHash>
#include <QLabel>

namespace nd {

// A word-wrapped label that remembers its height for each width it was asked about.
// QLabel lays its text out anew on every heightForWidth() call, and while the window
// opens the form's layouts ask the same few widths of each label dozens of times.
// The remembered heights are dropped when the text, its format, the font or the margins
// change.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(const QString &text = {}, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString measuredKey() const;

    mutable QHash<int, int> m_heights;
    mutable QString m_heightsKey; // what the heights were measured for
};

} // namespace nd
