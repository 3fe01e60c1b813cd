#include "TrendsPage.h"

#include "insights/AnalysisCache.h"
#include "insights/DayDetails.h"
#include "insights/LegendToggle.h"
#include "insights/TrendChartStack.h"
#include "util/Clock.h"
#include "widgets/FlowLayout.h"
#include "widgets/PeriodPicker.h"
#include "widgets/Theme.h"
#include "widgets/WrappingLabel.h"

#include <QBoxLayout>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

TrendsPage::TrendsPage(AnalysisCache &cache, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_clock(clock)
{
    setObjectName(u"trendsPage"_s);
    // A hidden page only notes that it is out of date; it catches up when shown.
    connect(&m_cache, &AnalysisCache::updated, this, [this] {
        m_stale = true;
        if (isBuilt() && isVisible())
            applyAnalysis();
    });
}

void TrendsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureBuilt();
    if (m_stale && m_cache.isReady())
        applyAnalysis();
    m_cache.refresh();
}

void TrendsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_panel) {
        updatePanelWidth();
        updateChartScrollMinimum();
    }
}

void TrendsPage::updateChartScrollMinimum()
{
    m_scroll->setMinimumHeight(m_stack->tallestChartHeight() + fontMetrics().height());
    m_scroll->setMinimumWidth(m_stack->minimumSizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width());
    updateBodyDirection();
}

void TrendsPage::ensureBuilt()
{
    if (isBuilt())
        return;
    build();
    if (m_cache.isReady())
        applyAnalysis();
}

void TrendsPage::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    auto *title = new QLabel(tr("Trends"));
    Theme::setRelativeFont(title, 1.5, true);
    layout->addWidget(title);
    layout->addWidget(buildRangeBar());

    auto *body = new QBoxLayout(QBoxLayout::LeftToRight);
    m_body = body;
    body->setSpacing(12);
    m_stack = new TrendChartStack;
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(u"chartScroll"_s); // inside the window's "trendsScroll"
    m_scroll->setWidget(m_stack);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The stack takes the arrow keys for its cursor; the scroll area must not.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    // Never squeezed below one whole chart (large text on a low screen): the page scrolls
    // instead, and then the charts within it.
    // Nor narrower than the charts' legends: it never scrolls sideways, so what did not fit
    // would be cut off; the day panel beside it gives way instead.
    updateChartScrollMinimum();
    connect(m_stack, &TrendChartStack::chartHeightsChanged, this, &TrendsPage::updateChartScrollMinimum);

    auto *chartsColumn = new QVBoxLayout;
    m_loading = new QLabel(tr("Reading the diary…"));
    m_loading->setObjectName(u"trendsLoading"_s);
    m_emptyNote = new QLabel;
    m_emptyNote->setObjectName(u"trendsEmpty"_s);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->hide();
    chartsColumn->addWidget(m_loading);
    chartsColumn->addWidget(m_emptyNote);
    chartsColumn->addWidget(m_scroll, 1);
    body->addLayout(chartsColumn, 1);
    body->addWidget(buildSidePanel());
    layout->addLayout(body, 1);

    connect(m_stack, &TrendChartStack::cursorMoved, this, [this] { updateDetails(); });
    connect(m_stack, &TrendChartStack::dayHovered, this, &TrendsPage::showHoverTip);
    setFocusProxy(m_stack);

    // Inside the window's scroll area: the width there is what the page has.
    for (QWidget *ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget())
        if (auto *area = qobject_cast<QAbstractScrollArea *>(ancestor)) {
            m_outerViewport = area->viewport();
            m_outerViewport->installEventFilter(this);
            break;
        }
    updateBodyDirection();
}

bool TrendsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_outerViewport && event->type() == QEvent::Resize)
        updateBodyDirection();
    return QWidget::eventFilter(watched, event);
}

void TrendsPage::updateBodyDirection()
{
    // The day panel goes under the charts when both side by side would be wider than the
    // page can be (large text on a small screen): the page scrolls down, never sideways.
    if (!m_body || !m_panel)
        return;
    const int available = m_outerViewport ? m_outerViewport->width() : width();
    const QMargins margins = layout()->contentsMargins();
    const int sideBySide = m_scroll->minimumWidth() + m_body->spacing() + m_panel->minimumWidth() +
                           margins.left() + margins.right();
    const auto direction = sideBySide > available ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_body->direction() != direction)
        m_body->setDirection(direction);
}

QWidget *TrendsPage::buildRangeBar()
{
    m_rangePicker = new PeriodPicker(PeriodPicker::Arrangement::Row);
    m_rangePicker->setObjectName(u"trendsRange"_s);
    m_rangePicker->addToRow(new QLabel(tr("Show:")));
    const auto addPreset = [this](Preset preset, const QString &text, const QString &name) {
        m_rangePicker->addPeriod(int(preset), text, name, tr("Show %1").arg(text));
    };
    addPreset(Preset::Days30, tr("30 days"), u"range30"_s);
    addPreset(Preset::Days90, tr("90 days"), u"range90"_s);
    addPreset(Preset::Year, tr("1 year"), u"range365"_s);
    addPreset(Preset::All, tr("All"), u"rangeAll"_s);
    const QString custom = tr("Choose dates…");
    m_rangePicker->addChosenDates(int(Preset::Custom), custom, u"rangeCustom"_s, tr("Show %1").arg(custom));
    m_rangePicker->setCurrent(int(m_preset));
    const DayRange shown = presetRange(m_preset);
    m_rangePicker->setShownDays(shown.first, shown.last);
    connect(m_rangePicker, &PeriodPicker::periodChosen, this, [this](int id) { showPreset(Preset(id)); });
    connect(m_rangePicker, &PeriodPicker::datesChosen, this, &TrendsPage::showCustomRange);

    auto *events =
        new LegendToggle(tr("Treatment events"),
                         LegendToggle::lineSample(QPen(palette().color(QPalette::Text), 1.5, Qt::DashLine)));
    events->setObjectName(u"toggleEvents"_s);
    auto *baseline =
        new LegendToggle(tr("Baseline period"), LegendToggle::bandSample(QColor(0x56, 0xb4, 0xe9)));
    baseline->setObjectName(u"toggleBaseline"_s);
    connect(events, &QCheckBox::toggled, this, [this](bool on) {
        if (m_stack)
            m_stack->setEventsVisible(on);
    });
    connect(baseline, &QCheckBox::toggled, this, [this](bool on) {
        if (m_stack)
            m_stack->setBaselineVisible(on);
    });
    m_rangePicker->addToRow(events);
    m_rangePicker->addToRow(baseline);
    return m_rangePicker;
}

namespace {

// The day panel asks for its widest size and gives way down to its narrowest when the charts
// need the room (large text on a small screen).
class DayPanel : public QWidget
{
public:
    QSize sizeHint() const override { return QSize(maximumWidth(), QWidget::sizeHint().height()); }
};

} // namespace

void TrendsPage::updatePanelWidth()
{
    const int em = fontMetrics().horizontalAdvance(u"M"_s);
    m_panel->setMaximumWidth(std::max(300, em * 26));
    m_panel->setMinimumWidth(em * 14);
    m_panel->updateGeometry();
}

QWidget *TrendsPage::buildSidePanel()
{
    auto *panel = new DayPanel;
    panel->setObjectName(u"dayPanel"_s);
    m_panel = panel;
    updatePanelWidth();
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    const int target = Theme::targetSize(this);

    auto *buttons = new FlowLayout(nullptr, 6); // one above the other when the panel is narrow
    auto *previous = new QPushButton(tr("◀ Day before"));
    previous->setObjectName(u"previousDay"_s);
    auto *next = new QPushButton(tr("Day after ▶"));
    next->setObjectName(u"nextDay"_s);
    for (QPushButton *button : {previous, next}) {
        button->setMinimumHeight(target);
        button->setAutoRepeat(true);
        buttons->addWidget(button);
    }
    connect(previous, &QPushButton::clicked, this, [this] {
        if (const std::optional<QDate> day = cursorDay())
            setCursorDay(day->addDays(-1));
    });
    connect(next, &QPushButton::clicked, this, [this] {
        if (const std::optional<QDate> day = cursorDay())
            setCursorDay(day->addDays(1));
    });
    layout->addLayout(buttons);

    auto *hint = new QLabel(tr("Click a chart, or use the arrow keys on the charts, to choose a day."));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_details = new WrappingLabel; // rich text re-laid out for every width asked: remembered
    m_details->setObjectName(u"dayDetails"_s);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Values of the chosen day"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(scroll, 1);
    return panel;
}

QDate TrendsPage::lastDay() const
{
    QDate last = m_clock.today();
    const QList<DayValues> &days = m_cache.analysis().days;
    if (!days.isEmpty() && days.last().date() > last)
        last = days.last().date();
    return last;
}

DayRange TrendsPage::presetRange(Preset preset) const
{
    // A diary younger than the range starts the axis on its first day, not months of nothing.
    const auto notBeforeTheDiary = [this](DayRange range) {
        const DayRange whole = TrendSeriesBuilder::wholeDiary(m_cache.analysis().days, lastDay());
        if (whole.isValid() && whole.first > range.first && whole.first <= range.last)
            range.first = whole.first;
        return range;
    };
    switch (preset) {
    case Preset::Days30:
        return notBeforeTheDiary(TrendSeriesBuilder::lastDays(lastDay(), 30));
    case Preset::Days90:
        return notBeforeTheDiary(TrendSeriesBuilder::lastDays(lastDay(), 90));
    case Preset::Year:
        return notBeforeTheDiary(TrendSeriesBuilder::lastDays(lastDay(), 365));
    case Preset::All:
        return TrendSeriesBuilder::wholeDiary(m_cache.analysis().days, lastDay());
    case Preset::Custom:
        break;
    }
    return m_customRange.isValid() ? m_customRange : TrendSeriesBuilder::lastDays(lastDay(), 90);
}

void TrendsPage::showPreset(Preset preset)
{
    ensureBuilt();
    m_preset = preset;
    m_rangePicker->setCurrent(int(preset));
    showRange(presetRange(preset));
}

void TrendsPage::showCustomRange(QDate first, QDate last)
{
    ensureBuilt();
    if (!first.isValid() || !last.isValid())
        return;
    if (last < first)
        std::swap(first, last);
    m_customRange = DayRange{first, last};
    m_preset = Preset::Custom;
    m_rangePicker->setCurrent(int(Preset::Custom));
    showRange(m_customRange);
}

void TrendsPage::applyAnalysis()
{
    m_loading->setVisible(!m_cache.isReady());
    if (!m_cache.isReady())
        return;
    m_stale = false;
    showRange(presetRange(m_preset));
}

void TrendsPage::showRange(DayRange range)
{
    if (!m_cache.isReady())
        return;
    QElapsedTimer timer;
    timer.start();
    m_series = TrendSeriesBuilder::build(m_cache.analysis(), m_cache.events(), range);
    m_stack->setSeries(m_series);
    m_lastUpdateMs = double(timer.nsecsElapsed()) / 1e6;

    const QLocale locale;
    m_rangePicker->setShownDays(range.first, range.last);
    m_rangePicker->setSummary(tr("%1 to %2 · days with entries: %3")
                                  .arg(locale.toString(range.first, QLocale::LongFormat),
                                       locale.toString(range.last, QLocale::LongFormat))
                                  .arg(m_series.days.size()));
    // Keep the cursor where it was when it is still in range, else on the last logged day.
    std::optional<QDate> cursor = m_stack->cursorDay();
    if (!cursor || !range.contains(*cursor))
        cursor = m_series.days.isEmpty() ? range.last : m_series.days.last().date();
    m_stack->setCursorDay(cursor);
    m_loading->hide();
    updateEmptyState();
    updateDetails();
}

void TrendsPage::updateEmptyState()
{
    if (m_cache.analysis().days.isEmpty())
        m_emptyNote->setText(
            tr("Nothing logged yet. Once you log days on the Today page, the charts show how "
               "your symptoms change."));
    else if (m_series.days.isEmpty())
        m_emptyNote->setText(
            tr("Nothing was logged in these days. Choose a longer range to see earlier entries."));
    m_emptyNote->setVisible(m_series.days.isEmpty());
}

std::optional<QDate> TrendsPage::cursorDay() const
{
    return m_stack ? m_stack->cursorDay() : std::nullopt;
}

void TrendsPage::setCursorDay(QDate day)
{
    ensureBuilt();
    if (!m_series.range.isValid())
        return;
    m_stack->setCursorDay(std::clamp(day, m_series.range.first, m_series.range.last));
    updateDetails();
}

void TrendsPage::updateDetails()
{
    const std::optional<QDate> day = cursorDay();
    if (!day) {
        m_details->setText(QString());
        return;
    }
    QList<Entry> entries; // that day's, to say whose value is shown when they differ
    for (const Entry &entry : m_cache.entries())
        if (entry.date() == *day)
            entries.append(entry);
    m_details->setText(DayDetails::html(m_series, *day, entries));
}

QString TrendsPage::detailsText() const
{
    if (!m_details)
        return {};
    QTextDocument document;
    document.setHtml(m_details->text());
    return document.toPlainText();
}

void TrendsPage::showHoverTip(QDate day, const QPoint &globalPos)
{
    QToolTip::showText(globalPos, DayDetails::tooltip(m_series, day), this);
}

} // namespace nd
