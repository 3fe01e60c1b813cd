#include "ReportPage.h"

#include "ReportPageInputs.h"
#include "ReportPagePreview.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "report/ReportBuilder.h"
#include "report/ReportData.h"
#include "report/ReportPdf.h"
#include "report/ReportTexts.h"
#include "storage/DiaryFiles.h"
#include "storage/DiaryStore.h"
#include "util/Clock.h"
#include "widgets/PeriodPicker.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#ifdef NERVEDIARY_HAVE_PRINTSUPPORT
#include <QPrintDialog>
#include <QPrinter>
#endif

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// A check box as big as the other controls (numb fingertips need a big target).
QCheckBox *bigCheckBox(const QString &text, const QString &name, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(name);
    box->setMinimumHeight(Theme::targetSize(parent));
    return box;
}

} // namespace

ReportPage::ReportPage(DiaryStore &store, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock)
{
    setObjectName(u"reportPage"_s);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &ReportPage::startPreview);
    connect(&m_previewWatcher, &QFutureWatcher<DocumentPtr>::finished, this, &ReportPage::previewFinished);
    connect(&m_exportWatcher, &QFutureWatcher<ExportResult>::finished, this, &ReportPage::exportDone);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);

    auto *controlsScroll = new QScrollArea;
    controlsScroll->setWidget(buildControls());
    controlsScroll->setWidgetResizable(true);
    controlsScroll->setFrameShape(QFrame::NoFrame);
    controlsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    controlsScroll->setMinimumWidth(360);
    controlsScroll->setMaximumWidth(440);
    layout->addWidget(controlsScroll);

    m_preview = new ReportPagePreview;
    m_preview->setObjectName(u"reportPreview"_s);
    m_preview->setAccessibleName(tr("Preview of the report's pages"));
    m_previewScroll = new QScrollArea;
    m_previewScroll->setObjectName(u"reportPreviewScroll"_s);
    m_previewScroll->setWidget(m_preview);
    m_previewScroll->setWidgetResizable(true);
    m_previewScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Page Up / Page Down through the preview move a screenful at a time.
    m_previewScroll->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_previewScroll, 1);

    setExportUi(false);
    updatePeriodControls();
}

ReportPage::~ReportPage()
{
    if (m_cancel)
        *m_cancel = true;
    m_exportWatcher.waitForFinished();
    m_previewWatcher.waitForFinished();
}

QWidget *ReportPage::buildControls()
{
    auto *panel = new QWidget;
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 8, 0);
    column->setSpacing(10);

    auto *title = new QLabel(tr("Report for your appointment"));
    Theme::setRelativeFont(title, 1.5, true);
    title->setWordWrap(true);
    column->addWidget(title);
    auto *intro = new QLabel(tr("A printout for your care team: first what matters (flags, the estimated "
                                "grade, what changed since your baseline), then charts, then every day."));
    intro->setWordWrap(true);
    column->addWidget(intro);
    // The actions come first, under the introduction: at 768 px (and large text) the choices
    // below push them out of sight. The choices have sensible defaults.
    addActions(column);
    column->addWidget(buildPeriodBox());
    column->addWidget(buildSectionsBox());
    column->addLayout(buildPaperRow());
    column->addStretch(1);
    return panel;
}

QWidget *ReportPage::buildPeriodBox()
{
    auto *box = new QGroupBox(tr("Period"));
    auto *boxColumn = new QVBoxLayout(box);
    m_periodPicker = new PeriodPicker(PeriodPicker::Arrangement::TwoColumns);
    m_periodPicker->setObjectName(u"reportPeriod"_s);
    m_periodPicker->addPeriod(int(Period::Days30), tr("Last 30 days"), u"reportLast30"_s);
    m_periodPicker->addPeriod(int(Period::Days90), tr("Last 90 days"), u"reportLast90"_s);
    m_periodPicker->addPeriod(int(Period::SinceBaseline), tr("Since the baseline"), u"reportSinceBaseline"_s);
    m_periodPicker->addChosenDates(int(Period::Custom), tr("Choose dates"), u"reportCustom"_s);
    m_periodPicker->setCurrent(int(m_period));
    connect(m_periodPicker, &PeriodPicker::periodChosen, this, [this](int id) { setPeriod(Period(id)); });
    connect(m_periodPicker, &PeriodPicker::datesChosen, this, [this] { setPeriod(Period::Custom); });
    boxColumn->addWidget(m_periodPicker);
    return box;
}

QWidget *ReportPage::buildSectionsBox()
{
    auto *box = new QGroupBox(tr("What to include"));
    auto *boxColumn = new QVBoxLayout(box);
    auto *summary = new QLabel(tr("Page 1 always sums up the period."));
    summary->setWordWrap(true);
    boxColumn->addWidget(summary);
    const struct
    {
        ReportSection section;
        QString text;
        QString name;
    } sections[] = {{ReportSection::Charts, tr("Charts"), u"reportCharts"_s},
                    {ReportSection::DailyTable, tr("Day-by-day table"), u"reportTable"_s},
                    {ReportSection::Events, tr("Treatment events"), u"reportEvents"_s},
                    {ReportSection::FlagDetails, tr("Flags with their numbers"), u"reportFlags"_s},
                    {ReportSection::Notes, tr("My notes (they may be private)"), u"reportNotes"_s}};
    for (const auto &section : sections) {
        QCheckBox *check = bigCheckBox(section.text, section.name, this);
        check->setChecked(m_sections & unsigned(section.section));
        const ReportSection which = section.section;
        connect(check, &QCheckBox::toggled, this, [this, which](bool on) { setSectionIncluded(which, on); });
        boxColumn->addWidget(check);
    }
    return box;
}

QLayout *ReportPage::buildPaperRow()
{
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Paper"));
    m_paper = new QComboBox;
    m_paper->setObjectName(u"reportPaper"_s);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_paper->setMinimumHeight(Theme::targetSize(this));
    label->setBuddy(m_paper);
    connect(m_paper, &QComboBox::currentIndexChanged, this,
            [this] { setPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt())); });
    row->addWidget(label);
    row->addWidget(m_paper, 1);
    return row;
}

void ReportPage::addActions(QVBoxLayout *column)
{
    m_save = new QPushButton(tr("Save PDF…"));
    m_save->setObjectName(u"reportSave"_s);
    Theme::makePrimary(m_save);
    connect(m_save, &QPushButton::clicked, this, &ReportPage::savePdf);
    column->addWidget(m_save);
    m_print = new QPushButton(tr("Print…"));
    m_print->setObjectName(u"reportPrint"_s);
    Theme::makeBig(m_print);
    connect(m_print, &QPushButton::clicked, this, &ReportPage::print);
#ifndef NERVEDIARY_HAVE_PRINTSUPPORT
    m_print->setEnabled(false);
    m_print->setToolTip(tr("Printing is not available in this build: save the PDF and print it."));
#endif
    column->addWidget(m_print);

    m_progress = new QProgressBar;
    m_progress->setObjectName(u"reportProgress"_s);
    m_progress->setMinimumHeight(24);
    column->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(u"reportCancel"_s);
    Theme::makeBig(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportPage::cancelExport);
    column->addWidget(m_cancelButton);

    m_status = new QLabel;
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRelativeFont(m_status, 1.1, true); // what happened to the PDF, not a footnote
    column->addWidget(m_status);
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ReportPage::reload()
{
    m_inputs = readReportInputs(m_store, m_inputs.get());
    if (!m_inputs->error.isEmpty())
        m_status->setText(tr("The diary could not be read: %1").arg(m_inputs->error));
    updatePeriodControls();
    schedulePreview();
}

void ReportPage::setPeriod(Period period)
{
    m_period = period;
    m_periodPicker->setCurrent(int(period));
    updatePeriodControls();
    schedulePreview();
}

void ReportPage::setCustomPeriod(QDate from, QDate to)
{
    m_periodPicker->setShownDays(from, to);
    setPeriod(Period::Custom);
}

void ReportPage::setSectionIncluded(ReportSection section, bool included)
{
    m_sections = included ? (m_sections | unsigned(section)) : (m_sections & ~unsigned(section));
    if (auto *box = findChild<QCheckBox *>(section == ReportSection::Charts       ? u"reportCharts"_s
                                           : section == ReportSection::DailyTable ? u"reportTable"_s
                                           : section == ReportSection::Events     ? u"reportEvents"_s
                                           : section == ReportSection::Notes      ? u"reportNotes"_s
                                                                                  : u"reportFlags"_s)) {
        const QSignalBlocker block(box);
        box->setChecked(included);
    }
    schedulePreview();
}

void ReportPage::setPageSize(QPageSize::PageSizeId size)
{
    m_pageSize = size;
    const int index = m_paper->findData(int(size));
    if (index >= 0 && index != m_paper->currentIndex()) {
        const QSignalBlocker block(m_paper);
        m_paper->setCurrentIndex(index);
    }
    schedulePreview();
}

ReportOptions ReportPage::options() const
{
    ReportOptions options;
    const QDate today = m_clock.today();
    ReportPeriods::Period period;
    switch (m_period) {
    case Period::Days30:
        period = ReportPeriods::lastDays(30, today);
        break;
    case Period::Days90:
        period = ReportPeriods::lastDays(90, today);
        break;
    case Period::SinceBaseline:
        period = ReportPeriods::sinceBaseline(m_inputs ? m_inputs->baseline : std::nullopt,
                                              m_inputs ? m_inputs->firstDay : std::nullopt, today);
        break;
    case Period::Custom:
        period = {m_periodPicker->firstDay(), m_periodPicker->lastDay()};
        break;
    }
    options.from = period.from;
    options.to = period.to;
    // Page 1 is always there: the window offers no way to leave it out.
    options.sections = m_sections | unsigned(ReportSection::Summary);
    options.pageSize = m_pageSize;
    options.generatedAt = m_clock.now();
    return options;
}

void ReportPage::updatePeriodControls()
{
    const ReportOptions current = options();
    m_periodPicker->setShownDays(current.from, current.to);
    m_periodPicker->setSummary(tr("%1 (%2 days)")
                                   .arg(ReportTexts::period(current.from, current.to))
                                   .arg(current.from.daysTo(current.to) + 1));
}

QString ReportPage::statusText() const
{
    return m_status->text();
}

// --- preview ---

void ReportPage::schedulePreview()
{
    if (m_inputs)
        m_debounce.start();
}

void ReportPage::startPreview()
{
    if (m_previewWatcher.isRunning()) {
        m_previewPending = true;
        return;
    }
    m_previewPending = false;
    const std::shared_ptr<const ReportInputs> inputs = m_inputs;
    const ReportOptions options = this->options();
    m_previewWatcher.setFuture(QtConcurrent::run([inputs, options]() -> DocumentPtr {
        return ReportBuilder::build(inputs->dataFor(options), options);
    }));
}

void ReportPage::previewFinished()
{
    if (m_previewPending) {
        startPreview();
        return;
    }
    const int firstVisible = m_preview->pageAt(m_previewScroll->verticalScrollBar()->value());
    m_preview->setDocument(m_previewWatcher.result());
    // Stay on the same page when a change re-lays out the report.
    m_previewScroll->verticalScrollBar()->setValue(
        m_preview->pageRect(std::min(firstVisible, m_preview->pageCount() - 1)).top() - 16);
    if (!isExporting() && (!m_inputs || m_inputs->error.isEmpty()))
        m_status->setText(m_preview->pageCount() == 1
                              ? tr("The report has 1 page.")
                              : tr("The report has %1 pages.").arg(m_preview->pageCount()));
    emit previewUpdated(m_preview->pageCount());
}

// --- saving and printing ---

void ReportPage::savePdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const ReportOptions current = options();
    const QString suggestion =
        QDir(folder).filePath(tr("NerveDiary report %1.pdf").arg(ReportTexts::date(current.to)));
    const QString path =
        FileDialog::saveFile(this, tr("Save the report"), suggestion, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdfTo(path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? path : path + u".pdf"_s);
}

void ReportPage::savePdfTo(const QString &path)
{
    // Never over the diary, its side files or its backups, whatever the dialog was given.
    QString error = DiaryFiles::refuseOutput(path, m_store.database().path());
    if (!error.isEmpty() || !ReportPdf::checkWritable(path, &error)) {
        MessageBox::warn(this, tr("Report not saved"), error);
        emit exportFinished(false, error);
        return;
    }
    startExport(tr("Saving the report…"), [path](const ReportDocument &document,
                                                 const std::function<bool(int, int)> &progress) {
        ExportResult result;
        QString message;
        result.ok = ReportPdf::write(document, path, &message, progress);
        result.message = result.ok
                             ? QCoreApplication::translate("ReportPage", "Saved the report (%1 pages) to %2.")
                                   .arg(document.pageCount())
                                   .arg(QDir::toNativeSeparators(path))
                             : message;
        return result;
    });
}

void ReportPage::print()
{
#ifdef NERVEDIARY_HAVE_PRINTSUPPORT
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setFullPage(true); // the report keeps its own margins
    printer->setPageSize(QPageSize(m_pageSize));
    printer->setDocName(tr("NerveDiary report"));
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The paper chosen in the dialog wins; the report knows A4 and US Letter.
    if (printer->pageLayout().pageSize().id() == QPageSize::Letter)
        setPageSize(QPageSize::Letter);
    startExport(tr("Printing the report…"),
                [printer](const ReportDocument &document, const std::function<bool(int, int)> &progress) {
                    ExportResult result;
                    result.ok = document.paint(*printer, progress);
                    result.message =
                        result.ok ? QCoreApplication::translate("ReportPage", "Sent %1 pages to the printer.")
                                        .arg(document.pageCount())
                                  : QCoreApplication::translate("ReportPage", "Printing stopped.");
                    return result;
                });
#endif
}

void ReportPage::startExport(
    const QString &what,
    std::function<ExportResult(const ReportDocument &, const std::function<bool(int, int)> &)> job)
{
    if (isExporting() || !m_inputs)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setExportUi(true);
    m_status->setText(what);
    const std::shared_ptr<const ReportInputs> inputs = m_inputs;
    const ReportOptions options = this->options();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QProgressBar *bar = m_progress;
    m_exportWatcher.setFuture(QtConcurrent::run([inputs, options, cancel, bar, job]() -> ExportResult {
        // The worker lays out its own document: documents are not shared between threads.
        const auto document = ReportBuilder::build(inputs->dataFor(options), options);
        return job(*document, [cancel, bar](int done, int total) {
            QMetaObject::invokeMethod(
                bar,
                [bar, done, total] {
                    bar->setMaximum(total);
                    bar->setValue(done);
                },
                Qt::QueuedConnection);
            return !*cancel;
        });
    }));
}

void ReportPage::cancelExport()
{
    if (m_cancel)
        *m_cancel = true;
}

void ReportPage::exportDone()
{
    const ExportResult result = m_exportWatcher.result();
    setExportUi(false);
    m_status->setText(result.message);
    if (!result.ok && !(m_cancel && *m_cancel))
        MessageBox::warn(this, tr("Report not saved"), result.message);
    emit exportFinished(result.ok, result.message);
}

void ReportPage::setExportUi(bool running)
{
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_progress->setRange(0, 0); // busy until the first page is done
    m_save->setEnabled(!running);
#ifdef NERVEDIARY_HAVE_PRINTSUPPORT
    m_print->setEnabled(!running);
#endif
}

} // namespace nd
