#pragma once

#include <QLocale>
#include <QString>

namespace nd {

struct DiaryProfile;

// The public emergency number of a country, where the program knows it for sure:
// 112 in the European Union (and the EEA and Switzerland), 911 in the United States
// and Canada, 999 in the United Kingdom, 000 in Australia. Empty elsewhere: the user
// types it in Settings.
namespace EmergencyNumber {

QString forTerritory(QLocale::Territory territory);
// From the system's country (used to prefill first run and Settings).
QString systemDefault();
// The number to show: the one saved in the profile, else the system's default; may be empty.
QString effective(const DiaryProfile &profile);

} // namespace EmergencyNumber
} // namespace nd
