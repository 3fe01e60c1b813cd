// The Alerts page lists exactly the engine's flags (active ones first), explains
// each one with the care team's phone, keeps "discussed with care team" marks in the
// diary (and undoes them), sets a new baseline only after confirmation; the urgent
// banner shows until an urgent flag is marked; the guide page shows the guide.
#include "FixedClock.h"
#include "TempDiary.h"

#include "alerts/AlertGroups.h"
#include "alerts/FlagCard.h"
#include "alerts/NewBaselineDialog.h"
#include "alerts/UrgentBanner.h"
#include "analysis/DiaryAnalysis.h"
#include "demo/DemoDiary.h"
#include "guide/UrgentAdvice.h"
#include "insights/AnalysisCache.h"
#include "pages/AlertsPage.h"
#include "pages/GuidePage.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 25);
const QString kPhone = u"+1 555 0100"_s;

QStringList keys(const QList<AcknowledgedFlag> &flags)
{
    QStringList result;
    for (const AcknowledgedFlag &flag : flags)
        result.append(flag.flag.key());
    result.sort();
    return result;
}

template<typename T> T *findDialog(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->objectName() == name && widget->isVisible())
            return qobject_cast<T *>(widget);
    return nullptr;
}

} // namespace

class TestAlertsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_diary = std::make_unique<test::TempDiary>();
        QVERIFY(m_diary->open());
        DemoOptions options;
        options.lastDay = kToday;
        const DemoDiary demo = generateDemoDiary(options);
        DiaryStore &store = m_diary->store();
        QVERIFY(store.inTransaction([&] {
            for (const Entry &entry : demo.entries)
                if (!store.saveEntry(entry))
                    return false;
            DiaryProfile profile = demo.profile;
            profile.careTeamPhone = kPhone;
            return store.setProfile(profile);
        }));
        m_cache = std::make_unique<AnalysisCache>(store);
        m_page = std::make_unique<AlertsPage>(*m_cache, m_clock);
        m_page->resize(1200, 800);
        m_page->show();
        QTRY_VERIFY(m_cache->isReady());
        QTRY_VERIFY(!m_page->listedFlags().isEmpty());
    }

    void cleanup()
    {
        m_page.reset();
        m_cache.reset();
        m_diary.reset();
    }

    void listsExactlyTheEnginesFlagsActiveFirst()
    {
        DiaryAnalysis engine;
        QVERIFY(DiaryAnalysis::load(m_diary->store(), &engine));
        const QList<AcknowledgedFlag> listed = m_page->listedFlags();
        QCOMPARE(listed.size(), engine.flags.size());
        QCOMPARE(keys(listed), keys(engine.flags));
        QVERIFY(m_page->activeCount() > 0);
        for (int i = 0; i < listed.size(); ++i)
            QCOMPARE(AlertGroups::isActive(listed[i], kToday), i < m_page->activeCount());
        // Each listed flag carries the engine's words and numbers, unchanged.
        for (const AcknowledgedFlag &flag : listed) {
            const auto same =
                std::find_if(engine.flags.cbegin(), engine.flags.cend(),
                             [&](const AcknowledgedFlag &e) { return e.flag.sameIdentity(flag.flag); });
            QCOMPARE(same->flag.evidence, flag.flag.evidence);
            QCOMPARE(same->flag.advice, flag.flag.advice);
        }
    }

    void activeMeansRecentAndNotDiscussed_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<int>("rule");
        QTest::addColumn<bool>("discussed");
        QTest::addColumn<bool>("active");
        QTest::newRow("a flag from today is active") << 0 << int(Rule::Fall) << false << true;
        QTest::newRow("a flag 27 days old is still active") << 27 << int(Rule::Fall) << false << true;
        QTest::newRow("a flag 28 days old has moved to earlier") << 28 << int(Rule::Fall) << false << false;
        QTest::newRow("a discussed flag is never active") << 0 << int(Rule::Fall) << true << false;
        QTest::newRow("an old urgent flag stays active until discussed")
            << 400 << int(Rule::NeuroWarning) << false << true;
        QTest::newRow("a discussed urgent flag is not active")
            << 400 << int(Rule::NeuroWarning) << true << false;
    }

    void activeMeansRecentAndNotDiscussed()
    {
        QFETCH(int, daysAgo);
        QFETCH(int, rule);
        QFETCH(bool, discussed);
        QFETCH(bool, active);
        AcknowledgedFlag flag;
        flag.flag.date = kToday.addDays(-daysAgo);
        flag.flag.rule = Rule(rule);
        if (discussed)
            flag.acknowledgement = FlagAcknowledgement{flag.flag.date, {}, {}, kToday, {}};
        QCOMPARE(AlertGroups::isActive(flag, kToday), active);
    }

    void flagsOfOneRuleOnOneDayAreOneLine()
    {
        const QList<FlagGroup> lines = m_page->listedLines();
        QCOMPARE(m_page->flagList()->topLevelItem(0)->childCount() +
                     m_page->flagList()->topLevelItem(1)->childCount(),
                 int(lines.size()));
        // The demo has days with several "spreading" flags: they read as one line with their places.
        const auto shared = std::find_if(lines.cbegin(), lines.cend(), [](const FlagGroup &line) {
            return line.size() > 1 && line.rule() == Rule::SpreadingSymptoms;
        });
        QVERIFY(shared != lines.cend());
        for (const AcknowledgedFlag &member : shared->flags) {
            QCOMPARE(member.flag.date, shared->date());
            QVERIFY(shared->title().contains(subjectTitle(member.flag.subject)));
        }
        QVERIFY(lines.size() < m_page->listedFlags().size());

        // Marked as discussed together: one action marks every flag of the line.
        QVERIFY(m_page->selectFlag(shared->first()));
        auto *mark = m_page->card()->findChild<QPushButton *>(u"markDiscussed"_s);
        QVERIFY(mark->text().contains(u"all"_s));
        QTest::mouseClick(mark, Qt::LeftButton);
        QTest::mouseClick(m_page->card()->findChild<QPushButton *>(u"saveDiscussed"_s), Qt::LeftButton);
        QCOMPARE(m_diary->store().acknowledgements().size(), shared->size());
        QTRY_VERIFY(m_page->card()->group() && m_page->card()->group()->isDiscussed());
        QTest::mouseClick(m_page->card()->findChild<QPushButton *>(u"undoDiscussed"_s), Qt::LeftButton);
        QVERIFY(m_diary->store().acknowledgements().isEmpty());
    }

    void noFlagsSaysWhatRanAndPromisesNothing()
    {
        test::TempDiary empty;
        QVERIFY(empty.open());
        Entry quiet(kToday, Author::Patient);
        quiet.setValue(Field::NumbnessHands, 1);
        QVERIFY(empty.store().saveEntry(quiet));
        AnalysisCache cache(empty.store());
        AlertsPage page(cache, m_clock);
        page.show();
        QTRY_VERIFY(cache.isReady());
        const QString summary = page.findChild<QLabel *>(u"alertsSummary"_s)->text();
        QVERIFY2(summary.contains(u"The %1 checks ran over 1 logged day"_s.arg(kRuleCount)),
                 qPrintable(summary));
        QVERIFY(summary.contains(u"none of them matched"_s));
        QVERIFY(summary.contains(u"does not mean all is well"_s));
        QVERIFY(summary.contains(u"whenever you are worried"_s));
    }

    void aBaselineWithMarkedSymptomsSaysSoBesideTheButton()
    {
        auto *note = m_page->findChild<QLabel *>(u"baselineHighNote"_s);
        QVERIFY(note->isHidden()); // the demo's first week is mild
        test::TempDiary high;
        QVERIFY(high.open());
        for (int day = 0; day < 7; ++day) {
            Entry entry(kToday.addDays(day - 6), Author::Patient);
            entry.setValue(Field::TinglingFeet, 6);
            QVERIFY(high.store().saveEntry(entry));
        }
        AnalysisCache cache(high.store());
        AlertsPage page(cache, m_clock);
        page.show();
        QTRY_VERIFY(cache.isReady());
        auto *highNote = page.findChild<QLabel *>(u"baselineHighNote"_s);
        QTRY_VERIFY(highNote->isVisible());
        QVERIFY(highNote->text().contains(u"feet 6.0"_s));
        QVERIFY(highNote->text().contains(u"Agree a baseline with your care team"_s));
        // The action that sets a new baseline sits beside it.
        QVERIFY(page.findChild<QPushButton *>(u"newBaseline"_s)->isVisible());
    }

    void cardExplainsTheSelectedFlag()
    {
        for (const AcknowledgedFlag &flag : m_page->listedFlags().mid(0, 6)) {
            QVERIFY(m_page->selectFlag(flag.flag));
            const QString text = m_page->card()->plainText();
            QVERIFY2(text.contains(ruleTitle(flag.flag.rule)), qPrintable(text));
            QVERIFY(text.contains(flagLevelTitle(flag.flag.level())));
            QVERIFY(text.contains(subjectTitle(flag.flag.subject)));
            QVERIFY(text.contains(flag.flag.evidence, Qt::CaseInsensitive));
            QVERIFY(text.contains(flag.flag.advice));
            QVERIFY(text.contains(ruleDescription(flag.flag.rule)));
            QVERIFY(text.contains(kPhone));
        }
    }

    void discussedMarkIsSavedAndCanBeUndone()
    {
        // A line with one flag (lines with several are marked together, see above).
        const QList<FlagGroup> lines = m_page->listedLines();
        const auto single = std::find_if(lines.cbegin(), lines.cend(),
                                         [](const FlagGroup &line) { return line.size() == 1; });
        QVERIFY(single != lines.cend());
        const AcknowledgedFlag target = single->flags.first();
        QVERIFY(!target.isDiscussed());
        QVERIFY(m_page->selectFlag(target.flag));
        FlagCard *card = m_page->card();
        QTest::mouseClick(card->findChild<QPushButton *>(u"markDiscussed"_s), Qt::LeftButton);
        auto *date = card->findChild<QDateEdit *>(u"discussedOn"_s);
        QVERIFY(date->isVisible());
        QCOMPARE(date->date(), kToday);
        date->setDate(kToday.addDays(-1));
        QTest::keyClicks(card->findChild<QLineEdit *>(u"discussedNote"_s), u"Dose lowered"_s);
        QTest::mouseClick(card->findChild<QPushButton *>(u"saveDiscussed"_s), Qt::LeftButton);

        const QList<FlagAcknowledgement> stored = m_diary->store().acknowledgements();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().flagDate, target.flag.date);
        QCOMPARE(stored.first().rule, QString(ruleId(target.flag.rule)));
        QCOMPARE(stored.first().subject, target.flag.subject);
        QCOMPARE(stored.first().discussedOn, kToday.addDays(-1));
        QCOMPARE(stored.first().note, u"Dose lowered"_s);

        // The list follows: the flag is discussed, no longer active, still listed.
        QTRY_VERIFY(m_page->card()->flag() && m_page->card()->flag()->isDiscussed());
        QVERIFY(m_page->card()->plainText().contains(u"Dose lowered"_s));
        const QList<AcknowledgedFlag> listed = m_page->listedFlags();
        const auto it = std::find_if(listed.cbegin(), listed.cend(), [&](const AcknowledgedFlag &f) {
            return f.flag.sameIdentity(target.flag);
        });
        QVERIFY(it != listed.cend() && it->isDiscussed());
        QVERIFY(std::distance(listed.cbegin(), it) >= m_page->activeCount());

        // A fresh page on the same diary sees the mark: it is in the file.
        AnalysisCache freshCache(m_diary->store());
        AlertsPage fresh(freshCache, m_clock);
        fresh.show();
        QTRY_VERIFY(freshCache.isReady());
        QTRY_VERIFY(fresh.selectFlag(target.flag));
        QVERIFY(fresh.card()->flag()->isDiscussed());

        QTest::mouseClick(m_page->card()->findChild<QPushButton *>(u"undoDiscussed"_s), Qt::LeftButton);
        QVERIFY(m_diary->store().acknowledgements().isEmpty());
        QTRY_VERIFY(m_page->card()->flag() && !m_page->card()->flag()->isDiscussed());
    }

    void everyRowIsAFingertipTarget()
    {
        auto *list = m_page->findChild<QTreeWidget *>(u"flagList"_s);
        QVERIFY(list && list->topLevelItemCount() > 0);
        QTreeWidgetItem *group = list->topLevelItem(0);
        QVERIFY(list->visualItemRect(group).height() >= 44);
        QVERIFY(group->childCount() > 0);
        QVERIFY(list->visualItemRect(group->child(0)).height() >= 44);
    }

    void theLevelAndDateOfEveryRowAreShownWhole()
    {
        auto *list = m_page->findChild<QTreeWidget *>(u"flagList"_s);
        QVERIFY(list && list->topLevelItemCount() > 0 && list->topLevelItem(0)->childCount() > 0);
        const QTreeWidgetItem *row = list->topLevelItem(0)->child(0);
        const QFontMetrics metrics(list->font());
        for (const int column : {0, 1}) { // level, date
            QVERIFY(!row->text(column).isEmpty());
            QVERIFY2(list->columnWidth(column) >= metrics.horizontalAdvance(row->text(column)),
                     qPrintable(u"%1 in %2 px"_s.arg(row->text(column)).arg(list->columnWidth(column))));
        }
    }

    void theDiscussFormOpensInViewWithTheWindowsDates()
    {
        m_page->resize(1000, 500); // a low window: the form opens below the panel's edge
        const AcknowledgedFlag target = m_page->listedFlags().first();
        QVERIFY(m_page->selectFlag(target.flag));
        FlagCard *card = m_page->card();
        QTest::mouseClick(card->findChild<QPushButton *>(u"markDiscussed"_s), Qt::LeftButton);
        auto *form = card->findChild<QWidget *>(u"discussForm"_s);
        auto *scroll = qobject_cast<QScrollArea *>(card->parentWidget()->parentWidget());
        QVERIFY(form && scroll);
        QTRY_VERIFY(scroll->viewport()->rect().contains(
            QRect(form->mapTo(scroll->viewport(), QPoint(0, 0)), form->size())));
        QTest::mouseClick(card->findChild<QPushButton *>(u"saveDiscussed"_s), Qt::LeftButton);
        QTRY_VERIFY(m_page->card()->flag() && m_page->card()->flag()->isDiscussed());
        // "on Sunday, 1 March 2026" like the card's other dates, not "2026-03-01".
        QVERIFY(m_page->card()->plainText().contains(QLocale().toString(kToday, QLocale::LongFormat)));
        QVERIFY(!m_page->card()->plainText().contains(kToday.toString(Qt::ISODate)));
    }

    void newBaselineOnlyAfterConfirmation()
    {
        const std::optional<BaselinePeriod> before = m_diary->store().baseline();
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"newBaseline"_s), Qt::LeftButton);
        auto *dialog = findDialog<NewBaselineDialog>(u"newBaselineDialog"_s);
        QVERIFY(dialog);
        const BaselinePeriod expected{kToday.addDays(-6), kToday};
        QCOMPARE(dialog->period(), expected);
        QVERIFY(dialog->findChild<QWidget *>(u"proposedPeriod"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelBaseline"_s), Qt::LeftButton);
        QTRY_VERIFY(!findDialog<NewBaselineDialog>(u"newBaselineDialog"_s));
        QCOMPARE(m_diary->store().baseline(), before);

        m_page->askForNewBaseline();
        dialog = findDialog<NewBaselineDialog>(u"newBaselineDialog"_s);
        QVERIFY(dialog);
        auto *confirm = dialog->findChild<QPushButton *>(u"confirmBaseline"_s);
        QVERIFY(confirm && confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(m_diary->store().baseline(), std::optional<BaselinePeriod>(expected));

        // The list is recomputed against the new baseline and still matches the engine.
        QTRY_VERIFY(m_cache->analysis().setBaseline == std::optional<BaselinePeriod>(expected));
        DiaryAnalysis engine;
        QVERIFY(DiaryAnalysis::load(m_diary->store(), &engine));
        QTRY_COMPARE(keys(m_page->listedFlags()), keys(engine.flags));
        QVERIFY(m_page->findChild<QLabel *>(u"baselineInUse"_s)->text().contains(u"set by you"_s));
    }

    void urgentBannerStaysUntilTheFlagIsDiscussed()
    {
        // The demo's own urgent flags (rules 4 and 10 of version 2) were discussed already.
        for (const AcknowledgedFlag &item : m_cache->analysis().flags)
            if (item.flag.level() == FlagLevel::Urgent)
                QVERIFY(m_diary->store().acknowledge({item.flag.date,
                                                      QString(ruleId(item.flag.rule)),
                                                      item.flag.subject,
                                                      item.flag.date,
                                                      {}}));
        m_cache->refresh();
        QTRY_VERIFY(std::none_of(m_cache->analysis().flags.begin(), m_cache->analysis().flags.end(),
                                 [](const AcknowledgedFlag &item) {
                                     return item.flag.level() == FlagLevel::Urgent && !item.isDiscussed();
                                 }));
        UrgentBanner banner(*m_cache);
        QVERIFY(banner.isHidden());
        Entry warning(kToday, Author::Caregiver);
        warning.setValue(Field::WordFinding, 1);
        QVERIFY(m_diary->store().saveEntry(warning));
        m_cache->refresh();
        QTRY_VERIFY(!banner.isHidden());
        QVERIFY(banner.text().contains(subjectTitle(u"word_finding"_s)));
        // Emergency services first, the care team after them.
        const UrgentAdvice::Contacts contacts = UrgentAdvice::contactsOf(m_cache->profile());
        QVERIFY(banner.text().startsWith(UrgentAdvice::text(contacts)));
        QVERIFY(banner.text().indexOf(u"911"_s) < banner.text().indexOf(kPhone));

        // The urgent flag leads the active list, and its card starts with the call to make.
        QTRY_COMPARE(m_page->listedFlags().first().flag.rule, Rule::NeuroWarning);
        QVERIFY(m_page->selectFlag(m_page->listedFlags().first().flag));
        QVERIFY(m_page->card()->plainText().startsWith(UrgentAdvice::text(contacts)));
        QTest::mouseClick(m_page->card()->findChild<QPushButton *>(u"markDiscussed"_s), Qt::LeftButton);
        QTest::mouseClick(m_page->card()->findChild<QPushButton *>(u"saveDiscussed"_s), Qt::LeftButton);
        QTRY_VERIFY(banner.isHidden());
    }

    void adviceLeadsToTheMatchingGuideSection()
    {
        QSignalSpy spy(m_page.get(), &AlertsPage::guideRequested);
        const AcknowledgedFlag flag = m_page->listedFlags().first();
        QVERIFY(m_page->selectFlag(flag.flag));
        QTest::mouseClick(m_page->card()->findChild<QPushButton *>(u"openGuide"_s), Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<SelfCareGuide::Topic>(), AlertGroups::guideTopic(flag.flag.rule));
    }

    void theGuidesEmergencyBoxGivesTheEmergencyAndCareTeamNumbers()
    {
        GuidePage guide;
        QVERIFY(!guide.plainText().contains(kPhone));
        UrgentAdvice::Contacts contacts;
        contacts.emergencyNumber = u"112"_s;
        contacts.careTeamPhone = kPhone;
        guide.setContacts(contacts);
        const QString text = guide.plainText();
        QVERIFY(text.contains(kPhone));
        QVERIFY(text.contains(u"Emergency number: 112"_s));
        // The emergency number comes before the care team's.
        QVERIFY(text.indexOf(u"Emergency number: 112"_s) < text.indexOf(kPhone));
    }

    void guidePageShowsTheGuideAndItsSources()
    {
        GuidePage guide;
        const QString text = guide.plainText();
        for (const SelfCareGuide::Section &section : SelfCareGuide::sections()) {
            QVERIFY(text.contains(section.title));
            QVERIFY(text.contains(section.watchFor));
            for (const QString &step : section.whatYouCanDo)
                QVERIFY(text.contains(step));
        }
        for (const QString &tip : SelfCareGuide::homeSafetyTips())
            QVERIFY(text.contains(tip));
        for (const SelfCareGuide::Source &source : SelfCareGuide::sources())
            QVERIFY(text.contains(source.publisher));
        QVERIFY(text.contains(SelfCareGuide::emergencyAdvice()));
        QVERIFY(text.contains(SelfCareGuide::notADiagnosis()));
    }

private:
    FixedClock m_clock{QDateTime(kToday, QTime(12, 0))};
    std::unique_ptr<test::TempDiary> m_diary;
    std::unique_ptr<AnalysisCache> m_cache;
    std::unique_ptr<AlertsPage> m_page;
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alerts_page.moc"
