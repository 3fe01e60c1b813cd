#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace nd {

// The 22 body regions of FORMATS.md: a side followed by a part of an arm or a leg, in
// contract order (forearm, upper_arm and thigh came with contract v2).
enum class Side { Left, Right };
enum class BodyPart {
    Fingertips,
    Fingers,
    Hand,
    Wrist,
    Forearm,
    UpperArm,
    Toes,
    Foot,
    Ankle,
    LowerLeg,
    Thigh
};
inline constexpr int kBodyPartCount = int(BodyPart::Thigh) + 1;
inline constexpr int kRegionCount = 2 * kBodyPartCount;

// A region as an index 0..21: all left parts first, then all right parts. This is
// also the canonical order in which regions are exported. The diary file stores a
// RegionSet as these bits (storage format 4; format 3 had 16 bits without the new parts).
struct Region
{
    Side side;
    BodyPart part;

    int index() const { return int(side) * kBodyPartCount + int(part); }
    static Region fromIndex(int index);
    QString code() const; // e.g. "left_fingertips"
    static std::optional<Region> fromCode(QStringView code);
    // Arm (fingertips up to the upper arm) or leg (toes up to the thigh).
    bool isHand() const { return part <= BodyPart::UpperArm; }
    bool operator==(const Region &other) const { return side == other.side && part == other.part; }
};

// A set of regions, stored as 22 bits. Cheap to copy, union and compare.
class RegionSet
{
public:
    RegionSet() = default;
    static RegionSet fromBits(quint32 bits) { return RegionSet(bits); }

    bool contains(Region region) const { return m_bits & bit(region); }
    void insert(Region region) { m_bits |= bit(region); }
    void remove(Region region) { m_bits &= ~bit(region); }
    void setMarked(Region region, bool marked) { marked ? insert(region) : remove(region); }
    bool isEmpty() const { return m_bits == 0; }
    int size() const;
    quint32 bits() const { return m_bits; }

    RegionSet united(RegionSet other) const { return RegionSet(m_bits | other.m_bits); }
    QList<Region> regions() const; // in canonical order

    // Codes in canonical order, joined by ';' for CSV.
    QString toCodes() const;
    // Parses "a;b;c" (any order, surrounding spaces ignored). Unknown codes are
    // returned in `unknown` and leave the set without them.
    static RegionSet fromCodes(QStringView text, QStringList *unknown = nullptr);

    bool operator==(RegionSet other) const { return m_bits == other.m_bits; }
    bool operator!=(RegionSet other) const { return m_bits != other.m_bits; }

private:
    explicit RegionSet(quint32 bits) : m_bits(bits & kAllBits) {}
    static quint32 bit(Region region) { return quint32(1u) << region.index(); }
    static constexpr quint32 kAllBits = (quint32(1u) << kRegionCount) - 1;

    quint32 m_bits = 0;
};

} // namespace nd
