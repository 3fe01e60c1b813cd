#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from the SVG (run after editing it;
# the PNGs are committed so a build needs no SVG renderer). Needs librsvg2-bin.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" io.github.nervediary.NerveDiary.svg -o "icon-${size}.png"
done
