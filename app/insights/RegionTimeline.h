#pragma once

#include "trends/RegionBuckets.h"

#include <QWidget>

#include <optional>

namespace nd {

// The body map over time: one row per region (fingertips to wrists, toes to lower
// legs), one column per day or week, filled where the region was marked. Spreading
// from fingertips and toes towards wrists and ankles shows as the filled area growing
// downwards in each group. Fill strength says on how many logged days of the column
// the region was marked; "most days" cells are solid and "some days" cells hatched,
// so the difference does not depend on colour. Columns line up with the charts above.
class RegionTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit RegionTimeline(QWidget *parent = nullptr);

    void setDays(const QList<DayValues> &days, DayRange range);
    void setCursorDay(std::optional<QDate> day);
    void setLeftMargin(int pixels);

    const QList<RegionBucket> &buckets() const { return m_buckets; }
    int bucketDays() const { return m_bucketDays; }
    // The rows in display order.
    static QList<Region> rowOrder();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void dayClicked(QDate day);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void rebuild();
    int rowHeight() const;
    int topMargin() const;
    QRectF plotRect() const;
    double xPosition(double x) const;
    std::optional<QDate> dayAt(const QPoint &pos) const;
    int rowAt(const QPoint &pos) const;
    const RegionBucket *bucketOn(QDate day) const;

    QList<DayValues> m_days;
    DayRange m_range;
    QList<RegionBucket> m_buckets;
    int m_bucketDays = 7;
    std::optional<QDate> m_cursor;
    int m_leftMargin = 80;
};

} // namespace nd
