// How the report's flow is cut into pages: a heading is never left alone at the bottom
// of a page, even when only its own space below it is what does not fit.
#include "report/HeadingBlock.h"
#include "report/ReportFlow.h"

#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

namespace {

// A block of a fixed height, standing in for a table or the body map.
class FixedBlock : public ReportBlock
{
public:
    explicit FixedBlock(qreal height) : m_height(height) {}
    qreal pieceHeight(int) const override { return m_height; }
    void paintPiece(QPainter &, int, const QRectF &) const override {}

private:
    qreal m_height;
};

} // namespace

class TestReportPagination : public QObject
{
    Q_OBJECT

private slots:
    void aHeadingMovesToTheNextPageWithWhatItHeads_data()
    {
        // How much the heading, its space below and the block overflow the page, as a share
        // of the heading's own space below (what the paginator once forgot to count).
        QTest::addColumn<qreal>("shortByShare");
        QTest::newRow("short by a hair") << qreal(0.02);
        QTest::newRow("short by half the heading's space below") << qreal(0.5);
    }
    void aHeadingMovesToTheNextPageWithWhatItHeads()
    {
        QFETCH(qreal, shortByShare);
        auto style = std::make_shared<const ReportStyle>();
        const PageGeometry geometry = PageGeometry::forPage(QPageSize::A4);
        ReportFlow flow(style, geometry);
        const HeadingBlock probe(*style, u"Where symptoms are marked"_s, HeadingBlock::Kind::Subsection);
        const qreal block = 200;
        const qreal headingRoom = probe.spaceBefore + probe.pieceHeight(0) + probe.spaceAfter + block;
        flow.add<FixedBlock>(flow.pageBodyHeight() - headingRoom + shortByShare * probe.spaceAfter);
        flow.anchorNext(u"heading"_s);
        flow.subheading(u"Where symptoms are marked"_s);
        flow.anchorNext(u"block"_s);
        flow.add<FixedBlock>(block);
        const auto anchors = flow.anchors();
        const auto document = flow.finish({});
        QCOMPARE(document->pageCount(), 2);
        QCOMPARE(anchors->page(u"heading"_s), anchors->page(u"block"_s));
    }

    void aHeadingStaysWhenItAndWhatItHeadsFit()
    {
        auto style = std::make_shared<const ReportStyle>();
        ReportFlow flow(style, PageGeometry::forPage(QPageSize::A4));
        flow.add<FixedBlock>(100);
        flow.anchorNext(u"heading"_s);
        flow.subheading(u"Where symptoms are marked"_s);
        flow.add<FixedBlock>(200);
        const auto anchors = flow.anchors();
        const auto document = flow.finish({});
        QCOMPARE(document->pageCount(), 1);
        QCOMPARE(anchors->page(u"heading"_s), 1);
    }
};

QTEST_MAIN(TestReportPagination)
#include "tst_report_pagination.moc"
