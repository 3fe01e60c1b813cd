#pragma once

#include "report/ReportDocument.h"

#include <QWidget>

#include <memory>

namespace nd {

// The live preview of the Report page: every page of a laid-out report, one under
// the other, as on paper. Painting is vector and lazy: only the pages in view are
// painted, straight from the document, so a 100-page report scrolls smoothly.
// Sits in a scroll area and follows its width.
class ReportPagePreview : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPagePreview(QWidget *parent = nullptr);

    void setDocument(std::shared_ptr<const ReportDocument> document);
    const ReportDocument *document() const { return m_document.get(); }
    int pageCount() const { return m_document ? m_document->pageCount() : 0; }

    // Where page `index` (0-based) is drawn, in widget coordinates.
    QRect pageRect(int index) const;
    // The first page whose area reaches below `y`.
    int pageAt(int y) const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSize pageSize(int width) const;

    std::shared_ptr<const ReportDocument> m_document;
};

} // namespace nd
