#pragma once

#include "AccessibleParts.h"
#include "PartInteraction.h"

#include <QStringList>
#include <QWidget>

#include <optional>

namespace nd {

// A row of big, equally sized buttons of which at most one is chosen, painted as one
// control: one Tab stop, arrows move the choice, digits (and unique first letters)
// pick an option directly, Delete clears it. An optional last "clear" segment
// ("Not asked", "–") makes the empty state visible and clickable.
//
// The segments stand in one row when there is room and wrap into more rows when the
// page is narrow (large text on a small screen), never narrower than half the options
// side by side: the control has a height for each width.
//
// The base of RatingBar, LevelPicker, YesNoToggle and SkinChoice.
class SegmentedControl : public QWidget, public AccessibleParts
{
    Q_OBJECT
    Q_PROPERTY(int value READ value WRITE setValue NOTIFY valueChanged USER true)

public:
    static constexpr int kNone = -1;

    explicit SegmentedControl(QWidget *parent = nullptr);

    // Labels shown on the segments and, optionally, longer names read aloud.
    void setOptions(const QStringList &labels, const QStringList &spokenNames = {});
    // Adds the segment that stands for "nothing chosen"; an empty label removes it.
    void setClearSegment(const QString &label, const QString &spokenName);
    // Equal widths (the default) line choices up in columns from row to row; a row of
    // words of very different lengths fits in less room with each segment as wide as
    // its own word.
    void setEqualWidths(bool equal);

    int optionCount() const { return int(m_labels.size()); }
    bool hasClearSegment() const { return !m_clearLabel.isEmpty(); }
    QString optionLabel(int option) const { return m_labels.value(option); }
    QString spokenName(int option) const;

    // The chosen option, or kNone.
    int value() const { return m_value; }
    void setValue(int value);
    std::optional<int> optionalValue() const;
    void setOptionalValue(std::optional<int> value);
    void clear() { setValue(kNone); }

    // Segments are the options followed by the clear segment (when there is one).
    int segmentCount() const { return optionCount() + (hasClearSegment() ? 1 : 0); }
    QRect segmentRect(int segment) const;
    int segmentAt(const QPoint &point) const;
    int clearSegment() const { return hasClearSegment() ? optionCount() : -1; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // AccessibleParts
    QAccessible::Role accessibleRole() const override { return QAccessible::Grouping; }
    QAccessible::Role partRole() const override { return QAccessible::RadioButton; }
    int partCount() const override { return segmentCount(); }
    QString partName(int part) const override;
    QRect partRect(int part) const override { return segmentRect(part); }
    int partAt(const QPoint &point) const override { return segmentAt(point); }
    bool isPartChecked(int part) const override;
    void activatePart(int part) override { chooseSegment(part); }
    int focusedPart() const override;
    QString accessibleValueText() const override;
    QVariant accessibleCurrentValue() const override;
    QVariant accessibleMinimumValue() const override { return 0; }
    QVariant accessibleMaximumValue() const override { return optionCount() - 1; }

signals:
    void valueChanged(int value);
    // Emitted only when the user changed the value (keyboard, pointer, assistive tool).
    void edited(int value);

protected:
    // The option a key picks, or std::nullopt when the key is not a choice key.
    virtual std::optional<int> optionForKey(const QKeyEvent *event) const;
    // Rating bars tint every segment up to the chosen one, like a filling bar.
    virtual bool fillsUpToValue() const { return false; }
    // Sets the labels (setOptions, setClearSegment) in the current language; called again
    // when the language changes. Subclasses call it once from their constructor.
    virtual void retranslate() {}

    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void chooseSegment(int segment);
    // Where each segment stands when the control is `width` wide (rows as needed).
    QList<QRect> placeSegments(int width) const;
    const QList<QRect> &placedSegments() const;
    void setValueByUser(int value);
    // Sizes follow the font; measured once and kept until the font or the labels change
    // (layouts ask for them many times, and measuring text is not free).
    struct Metrics
    {
        int gap = 0;
        QList<int> optionWidths; // one per option
        int clearWidth = 0;
        int height = 0;
    };
    const Metrics &metrics() const;
    void invalidateMetrics();
    int optionWidth(int option) const { return metrics().optionWidths.value(option); }
    int optionsWidth() const; // all options with the gaps between them
    int clearWidth() const { return metrics().clearWidth; }
    int gap() const { return metrics().gap; }
    int clearGap() const { return metrics().gap * 3; }
    void paintSegment(QPainter &painter, int segment) const;

    QStringList m_labels;
    QStringList m_spokenNames;
    QString m_clearLabel;
    QString m_clearSpokenName;
    int m_value = kNone;
    PartInteraction m_pointer;
    mutable std::optional<Metrics> m_metrics;
    mutable QList<QRect> m_placed; // placeSegments(m_placedWidth), kept until width or metrics change
    mutable int m_placedWidth = -1;
    bool m_equalWidths = true;
};

} // namespace nd
