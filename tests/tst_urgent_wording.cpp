// What the patient reads when it matters: urgent advice names emergency services
// first (then the CAR-T centre's line, then the care team), the emergency number comes
// from the country or Settings, no text anywhere promises that no flag means all is
// well, and the presentation helpers (one line per rule and day, the baseline note)
// never lose a flag.
#include "TempDiary.h"

#include "analysis/BaselineCheck.h"
#include "analysis/FlagGroups.h"
#include "guide/EmergencyNumber.h"
#include "guide/SelfCareGuide.h"
#include "guide/UrgentAdvice.h"
#include "model/DiaryProfile.h"
#include "rules/Flag.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

namespace {

// Every file whose text a user can read: the sources (English) and the translations.
QStringList userTextFiles()
{
    QStringList files;
    const QString root = QStringLiteral(NERVEDIARY_SOURCE_DIR);
    for (const QString &folder : {u"core"_s, u"app"_s}) {
        QDirIterator it(root + u'/' + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    QDirIterator ts(root + u"/translations"_s, {u"*.ts"_s}, QDir::Files);
    while (ts.hasNext())
        files.append(ts.next());
    return files;
}

Flag flag(QDate date, Rule rule, const QString &subject)
{
    Flag result;
    result.date = date;
    result.rule = rule;
    result.subject = subject;
    result.evidence = u"seen on "_s + subject;
    return result;
}

Flag stepUp(QDate date, Rule rule, const QString &subject, QDate follows)
{
    Flag result = flag(date, rule, subject);
    result.kind = FlagKind::StepUp;
    result.follows = follows;
    return result;
}

DayValues baselineDay(QDate date, int handsScore)
{
    Entry entry(date, Author::Patient);
    entry.setValue(Field::NumbnessHands, handsScore);
    DayValues day(date);
    day.merge(entry);
    return day;
}

} // namespace

class TestUrgentWording : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void noTextPromisesMoreThanTheChecksKnowOrPutsTheCareTeamBeforeEmergencyServices_data()
    {
        QTest::addColumn<QString>("oldWords");
        // The sentences of the earlier release, in each language (as written in the files).
        const QStringList old{
            u"not noticed anything"_s,
            u"asks to hear about"_s,
            u"cannot reach them quickly"_s,
            u"urgent line or emergency services"_s,
            u"call your care team or emergency services"_s,
            u"call their care team or emergency services"_s,
            u"Contact your care team straight away"_s,
            u"haben nichts bemerkt, wovon"_s,
            u"worüber das Behandlungsteam informiert werden möchte"_s,
            u"Wenn Sie es nicht schnell erreichen"_s,
            u"Notfallnummer Ihres Behandlungsteams oder den Notruf"_s,
            u"Behandlungsteam oder den Notruf an"_s,
            u"no han notado nada"_s,
            u"pide que se le comunique"_s,
            u"Si no puede hablar con ellos rápidamente"_s,
            u"a su equipo médico o a los servicios de emergencia"_s,
            u"la persona o a los servicios de emergencia"_s,
            u"línea urgente de su equipo médico o a los servicios"_s,
            u"rien relevé que votre équipe soignante"_s,
            u"équipe soignante demande de signaler"_s,
            u"Si vous ne pouvez pas la joindre rapidement"_s,
            u"équipe soignante ou les services d"_s,
        };
        for (const QString &words : old)
            QTest::newRow(qPrintable(u"no file says \"%1\""_s.arg(words))) << words;
    }

    void noTextPromisesMoreThanTheChecksKnowOrPutsTheCareTeamBeforeEmergencyServices()
    {
        QFETCH(QString, oldWords);
        const QStringList files = userTextFiles();
        QVERIFY(files.size() > 100);
        for (const QString &path : files) {
            if (path.endsWith(u"tst_urgent_wording.cpp"_s))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll()).replace(u"&apos;"_s, u"'"_s);
            QVERIFY2(!text.contains(oldWords, Qt::CaseInsensitive), qPrintable(path));
        }
    }

    void emergencyNumberFromTheCountry_data()
    {
        QTest::addColumn<int>("territory");
        QTest::addColumn<QString>("number");
        QTest::newRow("Germany (EU) dials 112") << int(QLocale::Germany) << u"112"_s;
        QTest::newRow("Spain (EU) dials 112") << int(QLocale::Spain) << u"112"_s;
        QTest::newRow("Ireland (EU) dials 112") << int(QLocale::Ireland) << u"112"_s;
        QTest::newRow("Switzerland dials 112") << int(QLocale::Switzerland) << u"112"_s;
        QTest::newRow("the United States dial 911") << int(QLocale::UnitedStates) << u"911"_s;
        QTest::newRow("Canada dials 911") << int(QLocale::Canada) << u"911"_s;
        QTest::newRow("the United Kingdom dials 999") << int(QLocale::UnitedKingdom) << u"999"_s;
        QTest::newRow("Australia dials 000") << int(QLocale::Australia) << u"000"_s;
        QTest::newRow("a country the program does not know gets no guess")
            << int(QLocale::Japan) << QString();
    }

    void emergencyNumberFromTheCountry()
    {
        QFETCH(int, territory);
        QFETCH(QString, number);
        QCOMPARE(EmergencyNumber::forTerritory(QLocale::Territory(territory)), number);
    }

    void theSavedNumberWinsOverTheCountry()
    {
        DiaryProfile profile;
        profile.emergencyNumber = u" 144 "_s;
        QCOMPARE(EmergencyNumber::effective(profile), u"144"_s);
    }

    void urgentAdviceCallsEmergencyServicesFirst_data()
    {
        QTest::addColumn<QString>("treatment");
        QTest::addColumn<QString>("centrePhone");
        QTest::addColumn<int>("steps");
        QTest::newRow("after a checkpoint inhibitor: emergency number, then care team")
            << u"checkpoint_inhibitor"_s << u"+49 30 999"_s << 2;
        QTest::newRow("after CAR-T: emergency number, the centre's line, staying close, then care team")
            << u"car_t"_s << u"+49 30 999"_s << 4;
        QTest::newRow("after CAR-T without a saved centre line the advice still names it")
            << u"car_t"_s << QString() << 4;
    }

    void urgentAdviceCallsEmergencyServicesFirst()
    {
        QFETCH(QString, treatment);
        QFETCH(QString, centrePhone);
        QFETCH(int, steps);
        DiaryProfile profile;
        profile.treatment = treatment;
        profile.emergencyNumber = u"112"_s;
        profile.careTeamPhone = u"+49 30 111"_s;
        profile.treatmentCentrePhone = centrePhone;
        const UrgentAdvice::Contacts contacts = UrgentAdvice::contactsOf(profile);
        const QStringList list = UrgentAdvice::steps(contacts);
        QCOMPARE(list.size(), steps);
        QVERIFY(list.first().startsWith(u"Call your emergency number 112 now"_s));
        QVERIFY(list.first().contains(u"Do not drive yourself"_s));
        QVERIFY(list.last().startsWith(u"Then tell your care team"_s));
        QVERIFY(list.last().contains(u"+49 30 111"_s));
        if (profile.isCarT()) {
            QVERIFY(list[1].contains(u"24-hour line"_s));
            QVERIFY(list[1].contains(centrePhone));
            QVERIFY(list[2].contains(u"do not drive"_s));
        }
        const QString line = UrgentAdvice::contactLine(contacts);
        QVERIFY(line.indexOf(u"112"_s) < line.indexOf(u"+49 30 111"_s));
        QCOMPARE(line.contains(u"Treatment centre"_s), profile.isCarT());
        QCOMPARE(UrgentAdvice::callNow(contacts), u"Call 112 now"_s);
    }

    void warningSignAdviceSendsToEmergencyServices()
    {
        const QString advice = ruleAdvice(Rule::NeuroWarning);
        QVERIFY(advice.indexOf(u"emergency number"_s) < advice.indexOf(u"care team"_s));
        QVERIFY(advice.contains(u"do not drive yourself"_s));
        const QString general = SelfCareGuide::emergencyAdvice();
        QVERIFY(general.indexOf(u"emergency number"_s) < general.indexOf(u"care team"_s));
    }

    void skinAndFootAdvice()
    {
        const QString skin = ruleAdvice(Rule::SkinCheck);
        QVERIFY(skin.contains(u"same day"_s));
        for (const QString &words :
             {u"spreads"_s, u"warm"_s, u"pus"_s, u"fever"_s, u"steroids"_s, u"blood counts"_s,
              u"next visit"_s, u"not between the toes"_s, u"barefoot"_s, u"inside your shoes"_s})
            QVERIFY2(skin.contains(words), qPrintable(words));
        const QStringList safety = SelfCareGuide::section(SelfCareGuide::Topic::Safety).whatYouCanDo;
        const QString joined = safety.join(u' ');
        for (const QString &words : {u"not between the toes"_s, u"barefoot"_s, u"inside your shoes"_s})
            QVERIFY2(joined.contains(words), qPrintable(words));
        const QString comfort = SelfCareGuide::section(SelfCareGuide::Topic::Comfort).whatYouCanDo.join(u' ');
        QVERIFY(comfort.contains(u"ask your care team first, especially if your blood counts are low"_s));
    }

    void flagsOfOneRuleOnOneDayShareALine()
    {
        const QDate day(2026, 5, 12);
        QList<AcknowledgedFlag> flags;
        for (const QString &place : {u"left_wrist"_s, u"right_hand"_s, u"right_lower_leg"_s})
            flags.append({flag(day, Rule::SpreadingSymptoms, place), std::nullopt});
        flags.append({flag(day, Rule::Fall, u"falls"_s), std::nullopt});
        flags.append({flag(day.addDays(1), Rule::SpreadingSymptoms, u"left_foot"_s), std::nullopt});
        const QList<FlagGroup> lines = FlagGroups::sameDay(flags);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].size(), 3);
        QCOMPARE(lines[0].title(), u"Symptoms spreading: left wrist, right hand, right lower leg"_s);
        QCOMPARE(lines[1].title(), u"Fall"_s);
        QCOMPARE(lines[2].size(), 1);
        int total = 0;
        for (const FlagGroup &line : lines)
            total += line.size();
        QCOMPARE(total, int(flags.size())); // nothing dropped, nothing added
        QVERIFY(lines[0].contains(flags[1].flag));
        QVERIFY(!lines[0].contains(flags[3].flag));
        QCOMPARE(lines[0].evidence(), u"Seen on left_wrist\nSeen on right_hand\nSeen on right_lower_leg"_s);
    }

    void aCourseOfStepUpsReadsAsOneLineOnItsLatestDay()
    {
        // Feet worse from 3 May, worse again on 12 and 20 May; hands flagged once on 12 May.
        const Flag onset = flag(QDate(2026, 5, 3), Rule::WorseningSymptoms, u"feet"_s);
        const Flag first = stepUp(QDate(2026, 5, 12), Rule::WorseningSymptoms, u"feet"_s, onset.date);
        const Flag second = stepUp(QDate(2026, 5, 20), Rule::WorseningSymptoms, u"feet"_s, first.date);
        const Flag hands = flag(QDate(2026, 5, 12), Rule::WorseningSymptoms, u"hands"_s);
        const QList<AcknowledgedFlag> flags{
            {onset, std::nullopt}, {first, std::nullopt}, {hands, std::nullopt}, {second, std::nullopt}};
        const QList<FlagGroup> lines = FlagGroups::sameDay(flags);
        QCOMPARE(lines.size(), 2);
        const FlagGroup &hand = lines[0];
        const FlagGroup &course = lines[1];
        QCOMPARE(hand.flags.size(), 1);
        QVERIFY(hand.contains(hands));
        QVERIFY(!hand.worseSince().isValid());
        QCOMPARE(course.date(), second.date);
        QCOMPARE(course.size(), 3); // the whole course, marked as discussed in one go
        QVERIFY(course.contains(onset) && course.contains(first) && course.contains(second));
        QCOMPARE(course.worseSince(), onset.date);
        QVERIFY2(course.title().endsWith(FlagGroups::worseAgainSince(onset.date)),
                 qPrintable(course.title()));
        QVERIFY(course.title().startsWith(ruleTitle(Rule::WorseningSymptoms)));
        // The latest numbers first, then each earlier step with its day.
        const QStringList evidence = course.evidence().split(u'\n');
        QCOMPARE(evidence.size(), 3);
        QCOMPARE(evidence[0], u"Seen on feet"_s);
        QVERIFY(evidence[1].startsWith(flagDayText(first.date)));
        QVERIFY(evidence[2].startsWith(flagDayText(onset.date)));
    }

    void aStepUpWhoseFlagIsListedElsewhereSaysWhichFlagItFollows()
    {
        // The onset was discussed weeks ago and sits in another list: the step-up names its day.
        const Flag later = stepUp(QDate(2026, 6, 2), Rule::Weakness, u"feet"_s, QDate(2026, 5, 1));
        const QList<FlagGroup> lines = FlagGroups::sameDay({{later, std::nullopt}});
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].worseSince(), QDate(2026, 5, 1));
        QVERIFY(lines[0].title().contains(FlagGroups::worseAgainSince(QDate(2026, 5, 1))));
        QCOMPARE(FlagGroups::worseAgainSince(QDate(2026, 5, 1)), u"worse again since 1 May 2026"_s);
    }

    void coursesOfOtherSubjectsOrRulesAreNotFolded()
    {
        const QDate day(2026, 5, 3);
        const QList<AcknowledgedFlag> flags{
            {flag(day, Rule::WorseningSymptoms, u"hands"_s), std::nullopt},
            {flag(day, Rule::Weakness, u"feet"_s), std::nullopt},
            {stepUp(day.addDays(5), Rule::WorseningSymptoms, u"feet"_s, day), std::nullopt}};
        const QList<FlagGroup> lines = FlagGroups::sameDay(flags);
        QCOMPARE(lines.size(), 3);
        for (const FlagGroup &line : lines)
            QCOMPARE(line.size(), 1);
    }

    void linesAreSortedUrgentFirst()
    {
        QList<AcknowledgedFlag> flags{
            {flag(QDate(2026, 5, 12), Rule::SkinCheck, u"skin"_s), std::nullopt},
            {flag(QDate(2026, 5, 1), Rule::NeuroWarning, u"tremor"_s), std::nullopt},
            {flag(QDate(2026, 5, 10), Rule::Fall, u"falls"_s), std::nullopt}};
        QList<FlagGroup> lines = FlagGroups::sameDay(flags);
        FlagGroups::sortMostPressingFirst(lines);
        QCOMPARE(lines[0].level(), FlagLevel::Urgent);
        QCOMPARE(lines[1].level(), FlagLevel::ContactTeam);
        QCOMPARE(lines[2].level(), FlagLevel::Watch);
    }

    void aBaselineWithMarkedSymptomsIsNamed_data()
    {
        QTest::addColumn<QList<int>>("scores");
        QTest::addColumn<bool>("noted");
        QTest::newRow("a usual score just under 4 is not named") << QList<int>{4, 4, 3} << false;
        QTest::newRow("a usual score of exactly 4 is named") << QList<int>{4, 4, 4} << true;
        QTest::newRow("a usual score of 6 is named") << QList<int>{6, 6} << true;
    }

    void aBaselineWithMarkedSymptomsIsNamed()
    {
        QFETCH(QList<int>, scores);
        QFETCH(bool, noted);
        DiaryAnalysis analysis;
        const QDate first(2026, 3, 2);
        for (int i = 0; i < scores.size(); ++i)
            analysis.days.append(baselineDay(first.addDays(i), scores[i]));
        analysis.baseline = BaselinePeriod{first, first.addDays(6)};
        QCOMPARE(!BaselineCheck::highLimbs(analysis).isEmpty(), noted);
        const QString note = BaselineCheck::note(analysis);
        QCOMPARE(note.contains(u"Agree a baseline with your care team"_s), noted);
    }

    void theProfileKeepsItsNewFields()
    {
        test::TempDiary diary;
        QVERIFY(diary.open());
        DiaryProfile profile;
        profile.patientName = u"Alex"_s;
        profile.treatment = u"car_t"_s;
        profile.careTeamPhone = u"+1 555 0100"_s;
        profile.emergencyNumber = u"911"_s;
        profile.treatmentCentrePhone = u"+1 555 0199"_s;
        profile.treatmentStart = QDate(2026, 3, 2);
        profile.risk.diabetes = ProfileAnswer::Yes;
        profile.risk.steroids = ProfileAnswer::No;
        QVERIFY(diary.store().setProfile(profile));
        QCOMPARE(diary.store().profile(), profile);
        // Answers can be taken back.
        profile.risk.diabetes = ProfileAnswer::NotAnswered;
        profile.treatmentStart = QDate();
        QVERIFY(diary.store().setProfile(profile));
        QCOMPARE(diary.store().profile(), profile);
    }
};

QTEST_MAIN(TestUrgentWording)
#include "tst_urgent_wording.moc"
