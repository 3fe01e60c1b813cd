#include "EscalationRules.h"

#include "EscalationThresholds.h"
#include "model/ValueWords.h"

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
constexpr int kTaskLevelCount = 5; // 0 none … 4 unable

constexpr std::array<Limb, 2> kLimbs = {Limb::Hands, Limb::Feet};

QString limbSubject(Limb limb)
{
    return limb == Limb::Hands ? u"hands"_s : u"feet"_s;
}

Field weaknessField(Limb limb)
{
    return symptomField(Symptom::Weakness, limb);
}

// An exact mean: a sum of whole numbers over a count (count > 0). Means are compared by
// cross-multiplying, so a tie (6.0 against 4.0 + 2) holds however the numbers were added up.
struct Ratio
{
    qint64 sum = 0;
    qint64 count = 1;

    static Ratio of(int value) { return {value, 1}; }
    double value() const { return double(sum) / double(count); }
    Ratio plus(int k) const { return {sum + qint64(k) * count, count}; }
    bool atLeast(Ratio other) const { return sum * other.count >= other.sum * count; }
    bool above(Ratio other) const { return sum * other.count > other.sum * count; }
};

Ratio higher(Ratio a, Ratio b)
{
    return a.atLeast(b) ? a : b;
}

// "x rises to base + k" (ESCALATION.md, capped rise): x ≥ min(base + k, 10) and x > base.
bool risesTo(Ratio x, Ratio base, int k)
{
    return (x.atLeast(base.plus(k)) || x.atLeast(Ratio::of(T::kScoreCeiling))) && x.above(base);
}

// In the reader's locale (6,3 in German); the command line runs in the C locale, so its
// output stays the same for scripts.
QString decimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString taskLevelText(int level)
{
    return Tr::tr("%1 (%2)").arg(QString::number(level), ValueWords::taskLevel(level));
}

// The baseline values as seen from the day being evaluated: fed with each baseline day
// after that day was evaluated, so it always holds the baseline days strictly before the
// current one.
class BaselineValues
{
public:
    void add(const DayValues &day)
    {
        for (Limb limb : kLimbs) {
            const auto l = std::size_t(limb);
            if (const std::optional<int> score = day.limbScore(limb)) {
                m_limbSum[l] += *score;
                ++m_limbCount[l];
            }
            if (const std::optional<int> weakness = day.value(weaknessField(limb))) {
                m_weaknessSum[l] += *weakness;
                ++m_weaknessCount[l];
            }
        }
        for (int t = 0; t < kTaskCount; ++t)
            if (const std::optional<int> level = day.value(kTaskFields[std::size_t(t)]);
                level && *level >= 0 && *level < kTaskLevelCount)
                ++m_taskLevels[std::size_t(t)][std::size_t(*level)];
        m_regions = m_regions.united(day.regions());
    }

    // Mean limb score over the baseline days that have one; 0 when none has.
    Ratio limbMean(Limb limb) const
    {
        return mean(m_limbSum[std::size_t(limb)], m_limbCount[std::size_t(limb)]);
    }
    // Mean weakness score of the limb; 0 when no baseline day has one.
    Ratio weaknessMean(Limb limb) const
    {
        return mean(m_weaknessSum[std::size_t(limb)], m_weaknessCount[std::size_t(limb)]);
    }
    // The lower median of the task's levels: sorted ascending, the value at index
    // ⌊(n − 1) / 2⌋; 0 when the task was never rated.
    int taskLowerMedian(int task) const
    {
        const auto &counts = m_taskLevels[std::size_t(task)];
        int n = 0;
        for (int count : counts)
            n += count;
        if (n == 0)
            return 0;
        int index = (n - 1) / 2;
        for (int level = 0; level < kTaskLevelCount; ++level) {
            if (index < counts[std::size_t(level)])
                return level;
            index -= counts[std::size_t(level)];
        }
        return 0; // not reached
    }
    RegionSet regions() const { return m_regions; }

private:
    static Ratio mean(qint64 sum, qint64 count) { return count == 0 ? Ratio{0, 1} : Ratio{sum, count}; }

    std::array<qint64, 2> m_limbSum{};
    std::array<qint64, 2> m_limbCount{};
    std::array<qint64, 2> m_weaknessSum{};
    std::array<qint64, 2> m_weaknessCount{};
    std::array<std::array<int, kTaskLevelCount>, kTaskCount> m_taskLevels{};
    RegionSet m_regions;
};

// One slot per (rule, subject).
enum Slot : int {
    SlotLimbs = 0,                                              // rule 1: hands, feet
    SlotRegions = SlotLimbs + 2,                                // rule 2: 22 regions
    SlotTasks = SlotRegions + kRegionCount,                     // rules 3 and 4: 8 tasks
    SlotFalls = SlotTasks + kTaskCount,                         // rule 5
    SlotSkin = SlotFalls + 1,                                   // rule 6
    SlotSigns = SlotSkin + 1,                                   // rule 7: 15 signs
    SlotNearFalls = SlotSigns + int(kWarningSignFields.size()), // rule 8
    SlotWeakness = SlotNearFalls + 1,                           // rule 9: hands, feet
    SlotRapidWeakness = SlotWeakness + 2,                       // rule 10: hands, feet
    SlotCount = SlotRapidWeakness + 2,
};

// What the emission needs to remember of one (rule, subject).
struct SlotState
{
    qint64 lastHeld = std::numeric_limits<qint64>::min() / 2; // julian day the rule last held
    QDate lastFlag;                                           // date of the most recent flag
    Ratio reference;                                          // that flag's reference
};

// A rule that holds today for a subject, with its severity when the rule has one. Numbers
// only: a rule holds on many more days than it raises a flag, so the texts are built only for
// the flags that are emitted (building them on every day took most of the time of ten years).
struct Holding
{
    Holding(Rule rule, int slot) : rule(rule), slot(slot) {}

    Rule rule;
    int slot;
    std::optional<Ratio> severity; // rules 1, 3, 4, 9
    Ratio reference;               // the reference a flag raised today keeps
    int step = 0;                  // the step of a step-up
    bool urgent = false;           // rule 4 at severe or unable for walking or balance
    int recentCount = 0;           // rule 1: how many values its mean took ("last 3 mean")
};

// A flag to raise today, as decide() found it.
struct Emission
{
    FlagKind kind = FlagKind::Onset;
    QDate follows;           // a step-up or repeat: the previous flag of the same rule and subject
    Ratio followedReference; // a step-up: that flag's reference, what the severity rose from
};

class Evaluator
{
public:
    Evaluator(const QList<DayValues> &days, BaselinePeriod period) : m_days(days), m_period(period) {}

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
            nearFalls(day);
            weakness(day);
            rapidWeakness(day);

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
            const Ratio baseline = m_baseline.limbMean(limb);
            const Ratio recentMean{recentSum, recentCount};
            const bool risingMean =
                count >= T::kRecentMinimumDays && risesTo(recentMean, baseline, T::kRecentMeanRise);
            const bool risingDay = risesTo(Ratio::of(*score), baseline, T::kSingleDayRise);
            if (!risingMean && !risingDay)
                continue;
            Holding holding{Rule::WorseningSymptoms, SlotLimbs + int(limb)};
            holding.severity = recentMean;
            holding.reference = higher(recentMean, Ratio::of(*score));
            holding.step = T::kWorseningStep;
            holding.recentCount = recentCount;
            const std::optional<Emission> emission = decide(holding);
            if (!emission)
                continue;
            QStringList parts;
            if (risingMean)
                parts.append(Tr::tr("last %1 mean %2 ≥ baseline %3 + %4")
                                 .arg(QString::number(recentCount), decimal(recentMean.value()),
                                      decimal(baseline.value()), QString::number(T::kRecentMeanRise)));
            if (risingDay)
                parts.append(Tr::tr("score %1 ≥ baseline %2 + %3")
                                 .arg(QString::number(*score), decimal(baseline.value()),
                                      QString::number(T::kSingleDayRise)));
            if (capped(baseline, risingMean ? T::kRecentMeanRise : T::kSingleDayRise))
                parts.append(Tr::tr("at the top of the scale"));
            emitFlag(day, holding, *emission, limbSubject(limb), parts.join(u"; "));
        }
    }

    // Rule 2.
    void spreadingSymptoms(const DayValues &day)
    {
        const RegionSet candidates = RegionSet::fromBits(day.regions().bits() & ~m_baseline.regions().bits());
        if (candidates.isEmpty())
            return;
        // By index rather than through regions(): no list to allocate on every day.
        for (int index = 0; index < kRegionCount; ++index) {
            const Region region = Region::fromIndex(index);
            if (!candidates.contains(region))
                continue;
            int marked = 0;
            for (qsizetype j = m_windowStart; j <= m_index; ++j)
                if (m_days[j].regions().contains(region))
                    ++marked;
            if (marked < T::kSpreadMinimumDays)
                continue;
            const Holding holding{Rule::SpreadingSymptoms, SlotRegions + index};
            if (const std::optional<Emission> emission = decide(holding))
                emitFlag(day, holding, *emission, region.code(),
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
            const int baseline = m_baseline.taskLowerMedian(t);
            const auto above = [&](const DayValues &d) {
                const std::optional<int> level = d.value(task);
                return level && *level >= T::kTaskMinimumLevel && *level > baseline;
            };
            if (!above(day))
                continue;
            int days = 0;
            for (qsizetype j = m_windowStart; j <= m_index; ++j)
                if (above(m_days[j]))
                    ++days;
            if (days < T::kTaskMinimumDays)
                continue;
            const int level = *day.value(task);
            Holding holding{Rule::NewTaskDifficulty, SlotTasks + t};
            taskSeverity(holding, level, T::kTaskStep);
            if (const std::optional<Emission> emission = decide(holding))
                emitFlag(day, holding, *emission, QString(fieldSpec(task).name),
                         Tr::tr("level %1 > baseline %2, on %3 of the last %4 days")
                             .arg(taskLevelText(level), QString::number(baseline), QString::number(days),
                                  QString::number(T::kRecentWindowDays)));
        }
    }

    // Rule 4.
    void walkingBalance(const DayValues &day)
    {
        for (int t = kHandTaskCount; t < kTaskCount; ++t) {
            const Field task = kTaskFields[std::size_t(t)];
            const int baseline = m_baseline.taskLowerMedian(t);
            const std::optional<int> level = day.value(task);
            if (!level || *level < T::kTaskMinimumLevel || *level <= baseline)
                continue;
            Holding holding{Rule::WalkingBalance, SlotTasks + t};
            taskSeverity(holding, *level, T::kTaskStep);
            holding.urgent =
                (task == Field::Walking || task == Field::Balance) && *level >= T::kUrgentWalkingLevel;
            if (const std::optional<Emission> emission = decide(holding))
                emitFlag(
                    day, holding, *emission, QString(fieldSpec(task).name),
                    Tr::tr("level %1 > baseline %2").arg(taskLevelText(*level), QString::number(baseline)));
        }
    }

    static void taskSeverity(Holding &holding, int level, int step)
    {
        holding.severity = Ratio::of(level);
        holding.reference = Ratio::of(level);
        holding.step = step;
    }

    // Rule 5.
    void fall(const DayValues &day)
    {
        const int falls = day.value(Field::Falls).value_or(0);
        if (falls < T::kMinimumFalls)
            return;
        const Holding holding{Rule::Fall, SlotFalls};
        if (const std::optional<Emission> emission = decide(holding))
            emitFlag(day, holding, *emission, u"falls"_s, Tr::tr("%1 recorded").arg(falls));
    }

    // Rule 6.
    void skinCheck(const DayValues &day)
    {
        if (!day.hasSkinProblem())
            return;
        const Holding holding{Rule::SkinCheck, SlotSkin};
        const std::optional<Emission> emission = decide(holding);
        if (!emission)
            return;
        QStringList found;
        for (SkinFinding finding : day.skinProblems())
            found.append(ValueWords::skinFinding(finding));
        const QString what = ValueWords::capitalised(Tr::tr("%1 found").arg(found.join(u", ")));
        emitFlag(day, holding, *emission, u"skin"_s, what);
    }

    // Rule 7.
    void neuroWarning(const DayValues &day)
    {
        for (std::size_t s = 0; s < kWarningSignFields.size(); ++s) {
            const Field sign = kWarningSignFields[s];
            if (!day.isYes(sign))
                continue;
            const Holding holding{Rule::NeuroWarning, SlotSigns + int(s)};
            if (const std::optional<Emission> emission = decide(holding))
                emitFlag(day, holding, *emission, QString(fieldSpec(sign).name), Tr::tr("marked yes"));
        }
    }

    // Rule 8.
    void nearFalls(const DayValues &day)
    {
        const int today = day.value(Field::NearFalls).value_or(0);
        if (today < T::kMinimumNearFallsOnDay)
            return;
        int inWindow = 0;
        for (qsizetype j = m_windowStart; j <= m_index; ++j)
            inWindow += m_days[j].value(Field::NearFalls).value_or(0);
        if (inWindow < T::kNearFallsInWindow)
            return;
        const Holding holding{Rule::NearFalls, SlotNearFalls};
        if (const std::optional<Emission> emission = decide(holding))
            emitFlag(day, holding, *emission, u"near_falls"_s,
                     Tr::tr("%1 today, %2 in the last %3 days")
                         .arg(QString::number(today), QString::number(inWindow),
                              QString::number(T::kRecentWindowDays)));
    }

    // Rule 9.
    void weakness(const DayValues &day)
    {
        for (Limb limb : kLimbs) {
            const std::optional<int> score = day.value(weaknessField(limb));
            const Ratio baseline = m_baseline.weaknessMean(limb);
            if (!score || *score < T::kWeaknessMinimum ||
                !risesTo(Ratio::of(*score), baseline, T::kWeaknessRise))
                continue;
            Holding holding{Rule::Weakness, SlotWeakness + int(limb)};
            holding.severity = Ratio::of(*score);
            holding.reference = Ratio::of(*score);
            holding.step = T::kWeaknessStep;
            const std::optional<Emission> emission = decide(holding);
            if (!emission)
                continue;
            QString numbers = Tr::tr("weakness %1 ≥ baseline %2 + %3")
                                  .arg(QString::number(*score), decimal(baseline.value()),
                                       QString::number(T::kWeaknessRise));
            if (capped(baseline, T::kWeaknessRise))
                numbers += u"; "_s + Tr::tr("at the top of the scale");
            emitFlag(day, holding, *emission, limbSubject(limb), numbers);
        }
    }

    // Rule 10.
    void rapidWeakness(const DayValues &day)
    {
        for (Limb limb : kLimbs) {
            const Field field = weaknessField(limb);
            const std::optional<int> score = day.value(field);
            if (!score || *score < T::kRapidWeaknessMinimum)
                continue;
            std::optional<int> lowest;
            QDate lowestDate;
            for (qsizetype j = m_index - 1; j >= 0; --j) {
                const DayValues &earlier = m_days[j];
                if (earlier.date().toJulianDay() < m_dayNumber - T::kRapidWeaknessLookbackDays)
                    break;
                if (const std::optional<int> value = earlier.value(field);
                    value && (!lowest || *value < *lowest)) {
                    lowest = value;
                    lowestDate = earlier.date();
                }
            }
            if (!lowest || *score < *lowest + T::kRapidWeaknessRise)
                continue;
            const Holding holding{Rule::RapidWeakness, SlotRapidWeakness + int(limb)};
            if (const std::optional<Emission> emission = decide(holding))
                emitFlag(
                    day, holding, *emission, limbSubject(limb),
                    Tr::tr("weakness %1, up from %2 on %3")
                        .arg(QString::number(*score), QString::number(*lowest), flagDayText(lowestDate)));
        }
    }

    // True when base + rise is above the top of the scale, so the capped rise decided.
    static bool capped(Ratio base, int rise) { return base.plus(rise).above(Ratio::of(T::kScoreCeiling)); }

    // The rule holds today for the holding's subject: decides whether that raises an onset, a
    // step-up or a repeat flag, or none (ESCALATION.md, "When a flag is emitted"), and remembers
    // what the next days compare with.
    std::optional<Emission> decide(const Holding &holding)
    {
        SlotState &state = m_slots[std::size_t(holding.slot)];
        const bool onset = state.lastHeld < m_dayNumber - T::kQuietPeriodDays;
        state.lastHeld = m_dayNumber;
        Emission emission;
        if (!onset) {
            if (holding.severity && state.lastFlag.isValid() &&
                holding.severity->atLeast(state.reference.plus(holding.step)))
                emission.kind = FlagKind::StepUp;
            else if (holding.rule == Rule::Fall)
                emission.kind = FlagKind::Repeat;
            else
                return std::nullopt; // the condition goes on, or comes and goes within a week
            emission.follows = state.lastFlag;
            emission.followedReference = state.reference;
        }
        state.lastFlag = QDate::fromJulianDay(m_dayNumber);
        state.reference = holding.reference;
        return emission;
    }

    // Adds the flag that decide() found, with its texts; `numbers` is the evidence of today
    // without the subject.
    void emitFlag(const DayValues &day, const Holding &holding, const Emission &emission,
                  const QString &subject, const QString &numbers)
    {
        // A skin finding names itself ("Blister found"): no "skin: " before it.
        QString evidence = holding.rule == Rule::SkinCheck ? QString() : subjectTitle(subject) + u": "_s;
        if (emission.kind == FlagKind::StepUp)
            evidence += Tr::tr("%1, up from %2 on %3; %4")
                            .arg(severityText(holding), referenceText(holding, emission.followedReference),
                                 flagDayText(emission.follows), numbers);
        else if (emission.kind == FlagKind::Repeat)
            evidence +=
                Tr::tr("%1, again after the fall flagged on %2").arg(numbers, flagDayText(emission.follows));
        else
            evidence += numbers;
        if (day.isCaregiverOnly())
            evidence += Tr::tr(" (from the caregiver's entry)");
        Flag flag;
        flag.date = day.date();
        flag.rule = holding.rule;
        flag.subject = subject;
        flag.evidence = evidence;
        flag.advice = ruleAdvice(holding.rule);
        flag.kind = emission.kind;
        flag.urgent = holding.urgent;
        flag.follows = emission.follows;
        if (holding.severity) {
            flag.severity = holding.severity->value();
            if (emission.kind == FlagKind::StepUp)
                flag.reference = emission.followedReference.value();
        }
        m_flags.append(flag);
    }

    // Today's severity in a step-up's evidence: "last 3 mean 8.3", "level 2 (moderate)",
    // "weakness 4".
    static QString severityText(const Holding &holding)
    {
        const Ratio severity = holding.severity.value_or(Ratio{});
        if (holding.rule == Rule::NewTaskDifficulty || holding.rule == Rule::WalkingBalance)
            return Tr::tr("level %1").arg(taskLevelText(int(severity.sum / severity.count)));
        if (holding.rule == Rule::Weakness)
            return Tr::tr("weakness %1").arg(QString::number(severity.sum / severity.count));
        return Tr::tr("last %1 mean %2").arg(QString::number(holding.recentCount), decimal(severity.value()));
    }

    // What a step-up rose from: a mean with one decimal, a task level with its word.
    static QString referenceText(const Holding &holding, Ratio reference)
    {
        if (holding.rule == Rule::NewTaskDifficulty || holding.rule == Rule::WalkingBalance)
            return taskLevelText(int(reference.sum / reference.count));
        if (holding.rule == Rule::Weakness)
            return QString::number(reference.sum / reference.count);
        return decimal(reference.value());
    }

    const QList<DayValues> &m_days;
    BaselinePeriod m_period;
    BaselineValues m_baseline;
    std::array<SlotState, SlotCount> m_slots{};
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
