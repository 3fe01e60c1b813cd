#include "BaselineCheck.h"

#include <QCoreApplication>
#include <QLocale>

namespace nd::BaselineCheck {

namespace {
// Texts of this file, translated in the context "BaselineCheck".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BaselineCheck)
};
} // namespace

QList<HighLimb> highLimbs(const DiaryAnalysis &analysis)
{
    QList<HighLimb> result;
    if (!analysis.baseline)
        return result;
    for (Limb limb : {Limb::Hands, Limb::Feet}) {
        long long sum = 0;
        int count = 0;
        for (const DayValues &day : analysis.days) {
            if (!analysis.baseline->contains(day.date()))
                continue;
            if (const std::optional<int> score = day.limbScore(limb)) {
                sum += *score;
                ++count;
            }
        }
        // Exact: sum / count >= 4 without rounding.
        if (count > 0 && double(sum) >= kMarkedLimbScore * count)
            result.append({limb, double(sum) / count});
    }
    return result;
}

QString note(const DiaryAnalysis &analysis)
{
    const QList<HighLimb> high = highLimbs(analysis);
    if (high.isEmpty())
        return {};
    QStringList scores;
    const QLocale locale;
    for (const HighLimb &limb : high)
        scores.append((limb.limb == Limb::Hands ? Tr::tr("hands %1") : Tr::tr("feet %1"))
                          .arg(locale.toString(limb.mean, 'f', 1)));
    return Tr::tr("The baseline already shows marked symptoms (usual score: %1 of 10). The checks compare "
                  "every day with it, so a further rise is harder to notice. Agree a baseline with your care "
                  "team, and set it as the new baseline.")
        .arg(scores.join(Tr::tr(", ")));
}

} // namespace nd::BaselineCheck
