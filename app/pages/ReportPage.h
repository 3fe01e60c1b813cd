#pragma once

#include "report/ReportOptions.h"

#include <QDate>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLayout;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace nd {

class Clock;
class DiaryStore;
class PeriodPicker;
class ReportDocument;
class ReportPagePreview;
struct ReportInputs;

// The Report page: the report to bring to an appointment. The user picks the period
// (last 30 or 90 days, since the baseline, or chosen dates), the sections, whether
// private notes go in, and the paper; the preview on the right shows the real pages
// as they change. Save PDF and Print write exactly what is previewed, through the
// same builder as `nervediary export-pdf`.
//
// Nothing heavy runs on the window's thread: the diary is read here (the store's
// connection belongs to this thread), then analysis, layout and writing run with
// QtConcurrent; a long export shows its progress and can be cancelled.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period { Days30, Days90, SinceBaseline, Custom };

    ReportPage(DiaryStore &store, const Clock &clock, QWidget *parent = nullptr);
    ~ReportPage() override;

    Period period() const { return m_period; }
    void setPeriod(Period period);
    void setCustomPeriod(QDate from, QDate to);
    void setSectionIncluded(ReportSection section, bool included);
    void setPageSize(QPageSize::PageSizeId size);
    // What would be written now (period resolved to dates).
    ReportOptions options() const;

    ReportPagePreview *preview() const { return m_preview; }
    bool isPreviewBusy() const { return m_previewWatcher.isRunning() || m_debounce.isActive(); }
    bool isExporting() const { return m_exportWatcher.isRunning(); }
    QString statusText() const;

    // Writes the report to `path` in the background; exportFinished() tells how it went.
    void savePdfTo(const QString &path);

public slots:
    // Asks where to save (the wrapped file dialog), then saves.
    void savePdf();
    void print();
    void cancelExport();
    // Reads the diary again (done each time the page is shown).
    void reload();

signals:
    void previewUpdated(int pageCount);
    void exportFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct ExportResult
    {
        bool ok = false;
        QString message;
    };
    using DocumentPtr = std::shared_ptr<const ReportDocument>;

    QWidget *buildControls();
    QWidget *buildPeriodBox();
    QWidget *buildSectionsBox();
    QLayout *buildPaperRow();
    void addActions(QVBoxLayout *column);
    void schedulePreview();
    void startPreview();
    void previewFinished();
    void startExport(
        const QString &what,
        std::function<ExportResult(const ReportDocument &, const std::function<bool(int, int)> &)> job);
    void exportDone();
    void setExportUi(bool running);
    void updatePeriodControls();

    DiaryStore &m_store;
    const Clock &m_clock;
    std::shared_ptr<const ReportInputs> m_inputs;
    Period m_period = Period::Days90;
    QPageSize::PageSizeId m_pageSize = QPageSize::A4;
    unsigned m_sections = ReportOptions::allSections();

    QTimer m_debounce;
    QFutureWatcher<DocumentPtr> m_previewWatcher;
    bool m_previewPending = false;
    QFutureWatcher<ExportResult> m_exportWatcher;
    std::shared_ptr<std::atomic_bool> m_cancel;

    PeriodPicker *m_periodPicker = nullptr;
    QComboBox *m_paper = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QScrollArea *m_previewScroll = nullptr;
    ReportPagePreview *m_preview = nullptr;
};

} // namespace nd
