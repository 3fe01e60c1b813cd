#pragma once

#include <QPushButton>

namespace nd {

// A push button drawn by NerveDiary itself (no style sheets, so it is cheap to
// create): at least a target size, rounded, palette colours only, and a thick
// two-tone focus ring. Three looks: the page's main action, an ordinary action,
// and a flat header (for section titles).
class BigButton : public QPushButton
{
    Q_OBJECT

public:
    enum class Look { Normal, Primary, Header };

    explicit BigButton(const QString &text = {}, Look look = Look::Normal, QWidget *parent = nullptr);

    Look look() const { return m_look; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont textFont() const;

    const Look m_look;
    // The size hint and what it was measured for (text, icon size, menu): layouts ask
    // for it often, and each answer measures the text.
    mutable QSize m_hint;
    mutable QString m_hintKey;
};

} // namespace nd
