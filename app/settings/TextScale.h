#pragma once

namespace nd {

// The text size setting: scales the application font (and with it every target,
// which is sized from the font) from 100 % to 200 % of the system's size.
namespace TextScale {

void apply(int percent);
int current();

} // namespace TextScale
} // namespace nd
