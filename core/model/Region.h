#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace nd {

// The 16 body regions of FORMATS.md: a side followed by a part of a hand or foot.
enum class Side { Left, Right };
enum class BodyPart { Fingertips, Fingers, Hand, Wrist, Toes, Foot, Ankle, LowerLeg };
inline constexpr int kBodyPartCount = int(BodyPart::LowerLeg) + 1;
inline constexpr int kRegionCount = 2 * kBodyPartCount;

// A region as an index 0..15: all left parts first, then all right parts. This is
// also the canonical order in which regions are exported.
struct Region
{
    Side side;
    BodyPart part;

    int index() const { return int(side) * kBodyPartCount + int(part); }
    static Region fromIndex(int index);
    QString code() const; // e.g. "left_fingertips"
    static std::optional<Region> fromCode(QStringView code);
    bool isHand() const { return part <= BodyPart::Wrist; }
    bool operator==(const Region &other) const { return side == other.side && part == other.part; }
};

// A set of regions, stored as 16 bits. Cheap to copy, union and compare.
class RegionSet
{
public:
    RegionSet() = default;
    static RegionSet fromBits(quint16 bits) { return RegionSet(bits); }

    bool contains(Region region) const { return m_bits & bit(region); }
    void insert(Region region) { m_bits |= bit(region); }
    void remove(Region region) { m_bits &= quint16(~bit(region)); }
    void setMarked(Region region, bool marked) { marked ? insert(region) : remove(region); }
    bool isEmpty() const { return m_bits == 0; }
    int size() const;
    quint16 bits() const { return m_bits; }

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
    explicit RegionSet(quint16 bits) : m_bits(bits) {}
    static quint16 bit(Region region) { return quint16(1u << region.index()); }

    quint16 m_bits = 0;
};

} // namespace nd
