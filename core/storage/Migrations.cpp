#include "Migrations.h"

namespace nd {

namespace {

// Version 1: entries, treatment events, baseline and diary profile.
// Dates are ISO text (YYYY-MM-DD): readable with any SQLite tool and sortable.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE entry (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    author INTEGER NOT NULL CHECK (author IN (0, 1)),
    numbness_hands INTEGER CHECK (numbness_hands BETWEEN 0 AND 10),
    tingling_hands INTEGER CHECK (tingling_hands BETWEEN 0 AND 10),
    burning_hands INTEGER CHECK (burning_hands BETWEEN 0 AND 10),
    pain_hands INTEGER CHECK (pain_hands BETWEEN 0 AND 10),
    cold_hands INTEGER CHECK (cold_hands BETWEEN 0 AND 10),
    weakness_hands INTEGER CHECK (weakness_hands BETWEEN 0 AND 10),
    numbness_feet INTEGER CHECK (numbness_feet BETWEEN 0 AND 10),
    tingling_feet INTEGER CHECK (tingling_feet BETWEEN 0 AND 10),
    burning_feet INTEGER CHECK (burning_feet BETWEEN 0 AND 10),
    pain_feet INTEGER CHECK (pain_feet BETWEEN 0 AND 10),
    cold_feet INTEGER CHECK (cold_feet BETWEEN 0 AND 10),
    weakness_feet INTEGER CHECK (weakness_feet BETWEEN 0 AND 10),
    buttoning INTEGER CHECK (buttoning BETWEEN 0 AND 4),
    writing INTEGER CHECK (writing BETWEEN 0 AND 4),
    typing INTEGER CHECK (typing BETWEEN 0 AND 4),
    grasping INTEGER CHECK (grasping BETWEEN 0 AND 4),
    small_objects INTEGER CHECK (small_objects BETWEEN 0 AND 4),
    walking INTEGER CHECK (walking BETWEEN 0 AND 4),
    balance INTEGER CHECK (balance BETWEEN 0 AND 4),
    feeling_ground INTEGER CHECK (feeling_ground BETWEEN 0 AND 4),
    falls INTEGER CHECK (falls >= 0),
    near_falls INTEGER CHECK (near_falls >= 0),
    skin INTEGER CHECK (skin BETWEEN 0 AND 5),
    feet_inspected INTEGER CHECK (feet_inspected IN (0, 1)),
    water_tested INTEGER CHECK (water_tested IN (0, 1)),
    night_lights INTEGER CHECK (night_lights IN (0, 1)),
    non_slip_mats INTEGER CHECK (non_slip_mats IN (0, 1)),
    handrails INTEGER CHECK (handrails IN (0, 1)),
    supportive_shoes INTEGER CHECK (supportive_shoes IN (0, 1)),
    warm_clothing INTEGER CHECK (warm_clothing IN (0, 1)),
    exercise_minutes INTEGER CHECK (exercise_minutes >= 0),
    alcohol_drinks INTEGER CHECK (alcohol_drinks >= 0),
    smoked INTEGER CHECK (smoked IN (0, 1)),
    confusion INTEGER CHECK (confusion IN (0, 1)),
    word_finding INTEGER CHECK (word_finding IN (0, 1)),
    tremor INTEGER CHECK (tremor IN (0, 1)),
    seizure INTEGER CHECK (seizure IN (0, 1)),
    swallowing INTEGER CHECK (swallowing IN (0, 1)),
    facial_weakness INTEGER CHECK (facial_weakness IN (0, 1)),
    breathing INTEGER CHECK (breathing IN (0, 1)),
    regions INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    saved_at TEXT NOT NULL,
    UNIQUE (day, author)
);
CREATE TABLE treatment_event (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX treatment_event_day ON treatment_event (day);
CREATE TABLE baseline (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL
);
CREATE TABLE profile (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql";

// Version 2: "discussed with care team" marks. A flag is identified by its date,
// rule and subject, so a mark survives every recomputation of the flags.
constexpr const char *kVersion2 = R"sql(
CREATE TABLE flag_ack (
    day TEXT NOT NULL,
    rule TEXT NOT NULL,
    subject TEXT NOT NULL,
    discussed_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (day, rule, subject)
);
)sql";

// Version 3: an index on the save time. "Last saved" is asked when the window opens (its
// status line), after every save, and whenever Trends or Alerts look for changes; without
// the index each of these read every entry of the diary.
constexpr const char *kVersion3 = R"sql(
CREATE INDEX entry_saved_at ON entry (saved_at);
)sql";

// Version 4 (contract v2 of FORMATS.md): eight more warning signs, and the regions grow from
// 16 to 22 codes (forearm and upper_arm after the wrist, thigh after the lower leg, each
// side). A region set is stored as bits in the code order, all left parts before all right
// ones, so the bits of every stored entry move to the new positions: left fingertips..wrist
// stay at 0-3, left toes..lower_leg go from 4-7 to 6-9, right fingertips..wrist from 8-11
// to 11-14, right toes..lower_leg from 12-15 to 17-20.
constexpr const char *kVersion4 = R"sql(
ALTER TABLE entry ADD COLUMN drooping_eyelid INTEGER CHECK (drooping_eyelid IN (0, 1));
ALTER TABLE entry ADD COLUMN double_vision INTEGER CHECK (double_vision IN (0, 1));
ALTER TABLE entry ADD COLUMN slurred_speech INTEGER CHECK (slurred_speech IN (0, 1));
ALTER TABLE entry ADD COLUMN rising_weakness INTEGER CHECK (rising_weakness IN (0, 1));
ALTER TABLE entry ADD COLUMN hard_to_wake INTEGER CHECK (hard_to_wake IN (0, 1));
ALTER TABLE entry ADD COLUMN bladder_bowel INTEGER CHECK (bladder_bowel IN (0, 1));
ALTER TABLE entry ADD COLUMN headache_stiff_neck INTEGER CHECK (headache_stiff_neck IN (0, 1));
ALTER TABLE entry ADD COLUMN chest_pain INTEGER CHECK (chest_pain IN (0, 1));
UPDATE entry SET regions = (regions & 15) | (((regions >> 4) & 15) << 6) | (((regions >> 8) & 15) << 11)
    | (((regions >> 12) & 15) << 17)
WHERE regions != 0;
)sql";

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {{1, kVersion1}, {2, kVersion2}, {3, kVersion3}, {4, kVersion4}};
    return steps;
}

int latestSchemaVersion()
{
    return migrations().constLast().toVersion;
}

} // namespace nd
