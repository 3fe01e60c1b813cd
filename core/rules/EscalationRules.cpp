#include "EscalationRules.h"

#include "EscalationThresholds.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <limits>

namespace nd {

using namespace Qt::StringLiterals;
namespace T = EscalationThresholds;

namespace {

// Texts of this file, translated in the context "Flags". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flags)
};

// kTaskFields holds the five hand tasks (rule 3) first, then the three of rule 4.
constexpr int kHandTaskCount = 5;
constexpr int kTaskCount = int(kTaskFields.size());
static_assert(kTaskFields[kHandTaskCount] == Field::Walking, "hand tasks come first");

constexpr std::array<Limb, 2> kLimbs = {Limb::Hands, Limb::Feet};

QString limbSubject(Limb limb)
{
    return limb == Limb::Hands ? u"hands"_s : u"feet"_s;
}

// In the reader's locale (6,3 in German); the command line runs in the C locale, so its
// output stays the same for scripts.
QString decimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString threshold(double value)
{
    return QString::number(value, 'g', 6);
}

QString taskLevelWord(int level)
{
    switch (level) {
    case 0:
        return Tr::tr("none");
    case 1:
        return Tr::tr("mild");
    case 2:
        return Tr::tr("moderate");
    case 3:
        return Tr::tr("severe");
    default:
        return Tr::tr("unable");
    }
}

QString skinWord(SkinFinding finding)
{
    switch (finding) {
    case SkinFinding::None:
        return Tr::tr("none");
    case SkinFinding::Blister:
        return Tr::tr("blister");
    case SkinFinding::Cut:
        return Tr::tr("cut");
    case SkinFinding::Burn:
        return Tr::tr("burn");
    case SkinFinding::Redness:
        return Tr::tr("redness");
    case SkinFinding::Other:
        return Tr::tr("other");
    }
    return {};
}

// The baseline values as seen from the day being evaluated: fed with each baseline
// day after that day was evaluated, so it always holds the baseline days strictly
// before the current one.
class BaselineValues
{
public:
    void add(const DayValues &day)
    {
        for (Limb limb : kLimbs)
            if (const std::optional<int> score = day.limbScore(limb)) {
                m_limbSum[std::size_t(limb)] += *score;
                ++m_limbCount[std::size_t(limb)];
            }
        for (int t = 0; t < kTaskCount; ++t)
            m_taskMax[std::size_t(t)] =
                std::max(m_taskMax[std::size_t(t)], day.value(kTaskFields[std::size_t(t)]).value_or(0));
        m_regions = m_regions.united(day.regions());
    }

    // Mean limb score; 0 when no baseline day has one.
    double limbMean(Limb limb) const
    {
        const int count = m_limbCount[std::size_t(limb)];
        return count == 0 ? 0.0 : double(m_limbSum[std::size_t(limb)]) / count;
    }
    // Highest level of the task; 0 when never rated.
    int taskMax(int task) const { return m_taskMax[std::size_t(task)]; }
    RegionSet regions() const { return m_regions; }

private:
    std::array<int, 2> m_limbSum{};
    std::array<int, 2> m_limbCount{};
    std::array<int, kTaskCount> m_taskMax{};
    RegionSet m_regions;
};

// One slot per (rule, subject) for the onset-only check.
enum Slot : int {
    SlotLimbs = 0,                          // rule 1: hands, feet
    SlotRegions = SlotLimbs + 2,            // rule 2: 16 regions
    SlotTasks = SlotRegions + kRegionCount, // rules 3 and 4: 8 tasks
    SlotFalls = SlotTasks + kTaskCount,     // rule 5
    SlotSkin = SlotFalls + 1,               // rule 6
    SlotSigns = SlotSkin + 1,               // rule 7: 7 signs
    SlotCount = SlotSigns + int(kWarningSignFields.size()),
};

class Evaluator
{
public:
    Evaluator(const QList<DayValues> &days, BaselinePeriod period) : m_days(days), m_period(period)
    {
        m_lastHeld.fill(std::numeric_limits<qint64>::min() / 2);
    }

    QList<Flag> run()
    {
        qsizetype windowStart = 0;
        for (qsizetype i = 0; i < m_days.size(); ++i) {
            const DayValues &day = m_days[i];
            m_dayNumber = day.date().toJulianDay();
            while (m_days[windowStart].date().toJulianDay() <= m_dayNumber - T::kRecentWindowDays)
                ++windowStart;
            m_windowStart = windowStart;
            m_index = i;

            // Rules 1–3 compare with the whole baseline, so they wait until it is over.
            if (day.date() > m_period.last) {
                worseningSymptoms(day);
                spreadingSymptoms(day);
                newTaskDifficulty(day);
            }
            walkingBalance(day);
            fall(day);
            skinCheck(day);
            neuroWarning(day);

            if (m_period.contains(day.date()))
                m_baseline.add(day);
        }
        std::sort(m_flags.begin(), m_flags.end());
        return m_flags;
    }

private:
    // Rule 1.
    void worseningSymptoms(const DayValues &day)
    {
        for (Limb limb : kLimbs) {
            const std::optional<int> score = day.limbScore(limb);
            if (!score)
                continue;
            int count = 0;
            int recentSum = 0;
            int recentCount = 0;
            for (qsizetype j = m_index; j >= m_windowStart; --j)
                if (const std::optional<int> value = m_days[j].limbScore(limb)) {
                    ++count;
                    if (recentCount < T::kRecentValuesInMean) {
                        recentSum += *value;
                        ++recentCount;
                    }
                }
            const double baseline = m_baseline.limbMean(limb);
            const double recentMean = double(recentSum) / recentCount;
            const bool risingMean =
                count >= T::kRecentMinimumDays && T::atLeast(recentMean, baseline + T::kRecentMeanRise);
            const bool risingDay = T::atLeast(*score, baseline + T::kSingleDayRise);
            if (!risingMean && !risingDay)
                continue;
            const QString subject = limbSubject(limb);
            if (!isOnset(SlotLimbs + int(limb)))
                continue;
            QStringList parts;
            if (risingMean)
                parts.append(Tr::tr("last %1 mean %2 ≥ baseline %3 + %4")
                                 .arg(QString::number(recentCount), decimal(recentMean), decimal(baseline),
                                      threshold(T::kRecentMeanRise)));
            if (risingDay)
                parts.append(
                    Tr::tr("score %1 ≥ baseline %2 + %3")
                        .arg(QString::number(*score), decimal(baseline), threshold(T::kSingleDayRise)));
            addFlag(day, Rule::WorseningSymptoms, subject, parts.join(u"; "));
        }
    }

    // Rule 2.
    void spreadingSymptoms(const DayValues &day)
    {
        const quint32 candidates = day.regions().bits() & ~m_baseline.regions().bits();
        if (candidates == 0)
            return;
        for (const Region &region : RegionSet::fromBits(candidates).regions()) {
            int marked = 0;
            for (qsizetype j = m_windowStart; j <= m_index; ++j)
                if (m_days[j].regions().contains(region))
                    ++marked;
            if (marked < T::kSpreadMinimumDays || !isOnset(SlotRegions + region.index()))
                continue;
            addFlag(day, Rule::SpreadingSymptoms, region.code(),
                    Tr::tr("marked on %1 of the last %2 days, not marked in the baseline days")
                        .arg(marked)
                        .arg(T::kRecentWindowDays));
        }
    }

    // Rule 3.
    void newTaskDifficulty(const DayValues &day)
    {
        for (int t = 0; t < kHandTaskCount; ++t) {
            const Field task = kTaskFields[std::size_t(t)];
            const int baseline = m_baseline.taskMax(t);
            const auto above = [&](const DayValues &d) {
                const int level = d.value(task).value_or(0);
                return level >= T::kTaskMinimumLevel && level > baseline;
            };
            if (!above(day))
                continue;
            int days = 0;
            for (qsizetype j = m_windowStart; j <= m_index; ++j)
                if (above(m_days[j]))
                    ++days;
            if (days < T::kTaskMinimumDays || !isOnset(SlotTasks + t))
                continue;
            const int level = *day.value(task);
            addFlag(day, Rule::NewTaskDifficulty, QString(fieldSpec(task).name),
                    Tr::tr("level %1 (%2) > baseline %3, on %4 of the last %5 days")
                        .arg(QString::number(level), taskLevelWord(level), QString::number(baseline),
                             QString::number(days), QString::number(T::kRecentWindowDays)));
        }
    }

    // Rule 4.
    void walkingBalance(const DayValues &day)
    {
        for (int t = kHandTaskCount; t < kTaskCount; ++t) {
            const Field task = kTaskFields[std::size_t(t)];
            const int baseline = m_baseline.taskMax(t);
            const int level = day.value(task).value_or(0);
            if (level < T::kTaskMinimumLevel || level <= baseline || !isOnset(SlotTasks + t))
                continue;
            addFlag(day, Rule::WalkingBalance, QString(fieldSpec(task).name),
                    Tr::tr("level %1 (%2) > baseline %3")
                        .arg(QString::number(level), taskLevelWord(level), QString::number(baseline)));
        }
    }

    // Rule 5.
    void fall(const DayValues &day)
    {
        const int falls = day.value(Field::Falls).value_or(0);
        if (falls < T::kMinimumFalls || !isOnset(SlotFalls))
            return;
        addFlag(day, Rule::Fall, u"falls"_s, Tr::tr("%1 recorded").arg(falls));
    }

    // Rule 6.
    void skinCheck(const DayValues &day)
    {
        if (!day.hasSkinProblem() || !isOnset(SlotSkin))
            return;
        QStringList found;
        for (SkinFinding finding : day.skinProblems())
            found.append(skinWord(finding));
        addFlag(day, Rule::SkinCheck, u"skin"_s, Tr::tr("%1 found").arg(found.join(u", ")));
    }

    // Rule 7.
    void neuroWarning(const DayValues &day)
    {
        for (std::size_t s = 0; s < kWarningSignFields.size(); ++s) {
            const Field sign = kWarningSignFields[s];
            if (!day.isYes(sign) || !isOnset(SlotSigns + int(s)))
                continue;
            addFlag(day, Rule::NeuroWarning, QString(fieldSpec(sign).name), Tr::tr("marked yes"));
        }
    }

    // Call only when the rule holds for the slot's subject on the current day.
    // Records that it held, and says whether this is an onset: it held on none of
    // the days of the quiet period [D−7, D−1].
    bool isOnset(int slot)
    {
        qint64 &last = m_lastHeld[std::size_t(slot)];
        const bool onset = last < m_dayNumber - T::kQuietPeriodDays;
        last = m_dayNumber;
        return onset;
    }

    void addFlag(const DayValues &day, Rule rule, const QString &subject, const QString &numbers)
    {
        QString evidence = subjectTitle(subject) + u": "_s + numbers;
        if (day.isCaregiverOnly())
            evidence += Tr::tr(" (from the caregiver's entry)");
        m_flags.append({day.date(), rule, subject, evidence, ruleAdvice(rule)});
    }

    const QList<DayValues> &m_days;
    BaselinePeriod m_period;
    BaselineValues m_baseline;
    std::array<qint64, SlotCount> m_lastHeld{};
    QList<Flag> m_flags;
    qint64 m_dayNumber = 0;
    qsizetype m_index = 0;
    qsizetype m_windowStart = 0;
};

} // namespace

std::optional<BaselinePeriod>
EscalationRules::baselinePeriod(const QList<DayValues> &days,
                                const std::optional<BaselinePeriod> &setBaseline)
{
    if (!isDefaultBaseline(setBaseline))
        return *setBaseline;
    if (days.isEmpty())
        return std::nullopt;
    const QDate first = days.first().date();
    return BaselinePeriod{first, first.addDays(T::kDefaultBaselineDays - 1)};
}

bool EscalationRules::isDefaultBaseline(const std::optional<BaselinePeriod> &setBaseline)
{
    return !setBaseline || !setBaseline->isValid();
}

QList<Flag> EscalationRules::evaluate(const QList<DayValues> &days,
                                      const std::optional<BaselinePeriod> &setBaseline)
{
    const std::optional<BaselinePeriod> period = baselinePeriod(days, setBaseline);
    if (!period)
        return {};
    Q_ASSERT(std::is_sorted(days.begin(), days.end(),
                            [](const DayValues &a, const DayValues &b) { return a.date() < b.date(); }));
    return Evaluator(days, *period).run();
}

} // namespace nd
