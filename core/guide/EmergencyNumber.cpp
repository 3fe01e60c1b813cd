#include "EmergencyNumber.h"

#include "model/DiaryProfile.h"

#include <algorithm>
#include <array>

namespace nd::EmergencyNumber {

using namespace Qt::StringLiterals;

namespace {

// 112 answers in every EU member state, in Iceland, Liechtenstein, Norway and Switzerland.
constexpr std::array k112 = {
    QLocale::Austria,       QLocale::Belgium,    QLocale::Bulgaria,    QLocale::Croatia,
    QLocale::Cyprus,        QLocale::Czechia,    QLocale::Denmark,     QLocale::Estonia,
    QLocale::Finland,       QLocale::France,     QLocale::Germany,     QLocale::Greece,
    QLocale::Hungary,       QLocale::Ireland,    QLocale::Italy,       QLocale::Latvia,
    QLocale::Lithuania,     QLocale::Luxembourg, QLocale::Malta,       QLocale::Netherlands,
    QLocale::Poland,        QLocale::Portugal,   QLocale::Romania,     QLocale::Slovakia,
    QLocale::Slovenia,      QLocale::Spain,      QLocale::Sweden,      QLocale::Iceland,
    QLocale::Liechtenstein, QLocale::Norway,     QLocale::Switzerland,
};

} // namespace

QString forTerritory(QLocale::Territory territory)
{
    switch (territory) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
        return u"911"_s;
    case QLocale::UnitedKingdom:
        return u"999"_s;
    case QLocale::Australia:
        return u"000"_s;
    default:
        break;
    }
    if (std::find(k112.begin(), k112.end(), territory) != k112.end())
        return u"112"_s;
    return {};
}

QString systemDefault()
{
    return forTerritory(QLocale::system().territory());
}

QString effective(const DiaryProfile &profile)
{
    const QString saved = profile.emergencyNumber.trimmed();
    return saved.isEmpty() ? systemDefault() : saved;
}

} // namespace nd::EmergencyNumber
