#include "Region.h"

#include <array>

namespace nd {

namespace {

using namespace Qt::StringLiterals;

constexpr std::array<QLatin1String, kBodyPartCount> kPartCodes = {
    "fingertips"_L1, "fingers"_L1, "hand"_L1,  "wrist"_L1,     "forearm"_L1, "upper_arm"_L1,
    "toes"_L1,       "foot"_L1,    "ankle"_L1, "lower_leg"_L1, "thigh"_L1};

} // namespace

Region Region::fromIndex(int index)
{
    Q_ASSERT(index >= 0 && index < kRegionCount);
    return Region{Side(index / kBodyPartCount), BodyPart(index % kBodyPartCount)};
}

QString Region::code() const
{
    const QLatin1String sidePrefix = side == Side::Left ? "left_"_L1 : "right_"_L1;
    return sidePrefix + kPartCodes[std::size_t(part)];
}

std::optional<Region> Region::fromCode(QStringView code)
{
    // Compared in place: imports read one of these per marked place, so no strings are built.
    Side side = Side::Left;
    if (code.startsWith("left_"_L1)) {
        code = code.sliced(5);
    } else if (code.startsWith("right_"_L1)) {
        side = Side::Right;
        code = code.sliced(6);
    } else {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < kPartCodes.size(); ++i) {
        if (code == kPartCodes[i])
            return Region{side, BodyPart(i)};
    }
    return std::nullopt;
}

int RegionSet::size() const
{
    int count = 0;
    for (quint32 bits = m_bits; bits; bits &= bits - 1)
        ++count;
    return count;
}

QList<Region> RegionSet::regions() const
{
    QList<Region> result;
    for (int i = 0; i < kRegionCount; ++i) {
        const Region region = Region::fromIndex(i);
        if (contains(region))
            result.append(region);
    }
    return result;
}

QString RegionSet::toCodes() const
{
    QStringList codes;
    for (const Region &region : regions())
        codes.append(region.code());
    return codes.join(u';');
}

RegionSet RegionSet::fromCodes(QStringView text, QStringList *unknown)
{
    RegionSet set;
    for (QStringView part : text.split(u';')) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (const auto region = Region::fromCode(part))
            set.insert(*region);
        else if (unknown)
            unknown->append(part.toString());
    }
    return set;
}

} // namespace nd
