<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcknowledgedFlag</name>
    <message>
        <source>Discussed with care team on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed with care team on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see nervediary %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>starting to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayDetails</name>
    <message numerus="yes">
        <source>%n flag(s) on this day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoDiary</name>
    <message>
        <source>Cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For burning feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a blister on my left heel, did not feel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the rail on the stairs now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking steadily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold morning, gloves helped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short walk with the dog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped a cup at breakfast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tired after the infusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet burning at night, slept badly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryCommands</name>
    <message>
        <source>save the entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryFileActions</name>
    <message>
        <source>NerveDiary diaries (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That diary is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with that name exists already. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the diary to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is where the diary is already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be copied there: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (0 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntrySummary</name>
    <message>
        <source>WARNING SIGN marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardest task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 place marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 places marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttoning clothes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing, using a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding and gripping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking up small things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping your balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin of hands and feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at my feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested water temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night lights on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-slip mats in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used handrails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wore supportive shoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept hands and feet warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcoholic drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble finding words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaking or tremor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seizure (fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trouble swallowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness in the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less feeling, as if through a glove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pins and needles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold hurts or feels strange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowing where your feet are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times you fell today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times you nearly fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blisters or injuries you may not feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with your elbow or a thermometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walking, stretching, cycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed, non-slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gloves, thick socks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagLevelStyle</name>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeEstimate</name>
    <message>
        <source>Estimated grade (patient-reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate from your own ratings (0–3), to help talk with your care team. It is not the official grade: only your care team grades this side effect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message numerus="yes">
        <source>nervediary: %n problem(s) found; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nervediary: %n conflict(s) with the diary; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new since the baseline (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treatment event (a tick above every chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treatment event (dashed line in every chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day shows the highest value of the patient&apos;s and caregiver&apos;s entries. Days without an entry are gaps; the grey band marks the baseline days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Saved the report (%1 pages) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>A private diary for nerve symptoms during cancer immunotherapy.
Commands: demo, import-csv, export-csv, set-baseline, check, backup (nervediary COMMAND --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a generated demo diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NerveDiary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>NerveDiary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd</name>
    <message>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column (did you mean %1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column (known columns: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column has no name (remove it or name it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-8 (save the file as UTF-8 and try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingertips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buttoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grasping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picking up small objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeling the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trouble finding words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new trouble swallowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facial weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trouble breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms spreading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New difficulty with a hand task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking or balance harder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness, tingling, burning or pain in the hands or feet is clearly higher than in your baseline days: over the last few logged days on average 2 points or more above, or on one day 4 points or more above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place that was not marked in your baseline days is marked on 2 or more days of the last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttoning, writing, typing, grasping or picking up small objects is harder than in your baseline days, on 2 or more days of the last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking, keeping your balance or feeling the ground is harder than in your baseline days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fall was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skin problem (blister, cut, burn, redness or other) was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning sign was recorded: confusion, trouble finding words, tremor, a seizure, new trouble swallowing, facial weakness or trouble breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your nerve symptoms are stronger than in your usual days. Tell your care team soon: hearing about it early lets them judge how severe it is, adjust your treatment if needed or offer medicine that eases nerve symptoms. Meanwhile keep your hands and feet warm, keep moving gently, avoid alcohol and smoking, and keep logging every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are marking a place that was not affected in your usual days, so the symptoms seem to reach further than before. Tell your care team soon, and keep marking where you feel it so they can see how it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An everyday task with your hands has become harder than in your usual days. Tell your care team soon and ask whether aids (grips, button hooks, thicker pens) or physical or occupational therapy could help. Take extra care with heat and sharp things: use oven mitts and check the water temperature before washing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking, keeping your balance or feeling the ground has become harder than in your usual days. Tell your care team soon. To lower the risk of a fall, wear supportive non-slip shoes, use night lights, non-slip mats and handrails, and take your time on stairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You recorded a fall. Tell your care team about it. If you were hurt or hit your head, get medical help now. Night lights, non-slip mats, handrails and supportive shoes make falls less likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You found a skin problem. Skin with less feeling can be hurt without you noticing: keep the spot clean and protected, look at it every day, and show it to your care team if it does not heal or gets worse. Check your feet daily, test the water temperature with a thermometer or your elbow, and moisturise your hands and feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This warning sign needs attention now. Contact your care team straight away. If you cannot reach them quickly, or breathing or swallowing is hard, call emergency services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep an eye on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your care team soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::AboutDialog</name>
    <message>
        <source>About NerveDiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NerveDiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · a private diary for nerve symptoms during cancer immunotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new baseline from today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags: the checks have not noticed anything your care team needs to hear about. Keep logging every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active flags. Earlier flags are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags that need attention: %1. Read what each one means, tell your care team, then mark it as discussed. A flag stays here for %2 days or until it is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline in use: %1 to %2 (the first week of the diary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline in use: %1 to %2 (set by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline yet: the first week you log becomes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new baseline could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::AuthorSwitch</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caregiver is logging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::BackupCommand</name>
    <message>
        <source>Write a checked copy of the diary, even while the window has it open. Without --out the copy goes to the backups folder beside the diary, where old copies are rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the copy (default: the backups folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::BackupManager</name>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a format update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy of a damaged diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is not open, so no backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written but failed its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary&apos;s format was not updated because a backup could not be made first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is not a NerveDiary diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be used, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current diary could not be kept as a backup, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was written with different settings and cannot be restored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged diary could not be kept as a copy, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::BackupWriter</name>
    <message>
        <source>The disk is full; the backup was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::BackupsDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NerveDiary copies your diary once a day and before every update of its format. The last 7 days and 4 weeks are kept in %1. Choose a copy to bring your diary back to how it was then; the diary as it is now is kept as a copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. The first is made on the first day the diary has entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bring the diary back to the backup of %1 (%n entries)?

The diary as it is now is kept as a backup first, so you can change your mind.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary now holds the backup of %1. The diary as it was is the newest backup in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::BodyMap</name>
    <message>
        <source>Left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left fingertips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right fingertips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left wrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right wrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left lower leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right lower leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::CheckCommand</name>
    <message>
        <source>Check that the diary file is intact (reads only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 entries, %2 treatment events, format version %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::CliSupport</name>
    <message>
        <source>The diary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: today&apos;s backup was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date in the form YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::CollapsibleSection</name>
    <message>
        <source>Shown; press to fold away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded; press to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold this section away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::CsvImporter</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second row for %1 by %2 (the first is on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diary already has an entry for %1 by %2 (use --on-conflict skip or replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diary already has this treatment event (use --on-conflict skip or replace)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::DailyReminder</name>
    <message>
        <source>Time for your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is logged for today yet. It takes a minute: click here to open Today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NerveDiary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::DamagedDiaryDialog</name>
    <message>
        <source>The diary file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your diary file cannot be opened normally: part of it is damaged.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;NerveDiary has not changed the file and will not write to it. It is here:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The newest good backup is from %1 and holds %n entries. Entries made after it would have to be typed again. The damaged file is kept as a copy in the backups folder.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no good backup to bring back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;You can also open the diary read-only and export what can still be read.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring back the newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open read-only to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::Database</name>
    <message>
        <source>The diary file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary file %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary was written by a newer version of NerveDiary (format %1). Please update the app; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary file is damaged (%1). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a NerveDiary diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not a NerveDiary diary. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuring the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the diary for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be backed up before updating its format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the diary format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::DayDetails</name>
    <message>
        <source>Nothing logged on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by the patient and a caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by a caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(7-day average %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands %1, feet %2, estimated grade %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::DayPicker</name>
    <message>
        <source>Day being logged: %1. Press to choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the day before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the day after (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::DbError</name>
    <message>
        <source>The diary is in use by another program (%1 failed). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary file is damaged or is not a NerveDiary file (%1 failed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full (%1 failed). Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary file cannot be written (%1 failed: %2). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disk error occurred (%1 failed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::DemoCommand</name>
    <message>
        <source>Write a made-up demo diary into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days the demo covers (default 180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the made-up values; the same seed gives the same diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the demo (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days needs a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a diary; the demo is only written into a new or empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a demo diary of %1 days (%2 entries, %3 treatment events) to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::DiaryCalendar</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::DiaryCsvFormat</name>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of none, blister, cut, burn, redness, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (0 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an author is required (patient or caregiver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not patient or caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; (use codes like left_fingertips or right_foot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infusion, medication_start, medication_change, medication_stop, treatment_paused, treatment_resumed, appointment, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kind is required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known kind (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::DiaryEditor</name>
    <message>
        <source>There is no entry for that day to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be undone or redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::DiaryLock</name>
    <message>
        <source>The lock file %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary is already open in another NerveDiary window. Please switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary cannot be locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::DiaryStore</name>
    <message>
        <source>The entry was not saved: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading treatment events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment event was not saved: it has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the treatment event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the treatment event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline was not set: its first day must not be after its last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading flag acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::EntryForm</name>
    <message>
        <source>min</source>
        <comment>minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your hands and feet feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means not at all, 10 the worst you can imagine. Leave a line on &quot;Not rated&quot; if you are not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you feel it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the places, or use the arrow keys and press Space to mark or unmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you feel it: hands and feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard was each of these today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls and near falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin and home safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numb skin does not warn you. A quick look and a few habits prevent burns and falls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;These need help at once.&lt;/b&gt; If one of them happens, call your care team or emergency services now; do not wait to write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these warning signs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else: what helped, what made it worse, questions for your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falls: %1, near falls: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARKED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::Evaluator</name>
    <message>
        <source>last %1 mean %2 ≥ baseline %3 + %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 ≥ baseline %2 + %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked on %1 of the last %2 days, not marked in the baseline days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 (%2) &gt; baseline %3, on %4 of the last %5 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 (%2) &gt; baseline %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from the caregiver&apos;s entry)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ExportCsvCommand</name>
    <message>
        <source>Export all entries (and treatment events) as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTRIES.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the treatment events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENTS.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-csv needs --out ENTRIES.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 entries and %2 treatment events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ExportFhirCommand</name>
    <message>
        <source>Export the whole diary as a FHIR R4 bundle (JSON) for other health apps and records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUNDLE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-fhir needs --out BUNDLE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 entries, %2 treatment events, %3 flags and %4 daily grades as FHIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ExportPdfCommand</name>
    <message>
        <source>Write the appointment report as a PDF (default: the whole diary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the report (default: the first entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the report (default: the last entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections to leave out, separated by commas: charts, table, events, notes, flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf needs --out REPORT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size needs a4 or letter, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leave-out knows charts, table, events, notes and flags, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a %1-page report for %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::FhirExportAction</name>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole diary as a FHIR R4 file for health apps and patient records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 entries, %2 treatment events, %3 flags and %4 daily grades to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR file was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::FirstRunDialog</name>
    <message>
        <source>Welcome to NerveDiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NerveDiary keeps a private diary of how your hands and feet feel during treatment. It stays on this computer. Four short questions to start; you can change every answer later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the report for your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with every advice to contact them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>o&apos;clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour a diary day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry made before this hour (say, late at night) counts for the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at a demo diary first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::FlagCard</name>
    <message>
        <source>Choose a flag in the list to read what it means and what you can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your diary shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this check looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as discussed with care team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo “discussed”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional), e.g. what the care team said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed in the entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number is not saved yet: add it in Settings so it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care guide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked as discussed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::FlagsCommand</name>
    <message>
        <source>List the times the diary suggests contacting the care team (flags), oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show flags from this day on (the rules still see the whole diary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show flags up to this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of one line per flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::GuidePage</name>
    <message>
        <source>Self-care guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyday ways to cope with nerve symptoms and stay safe at home, and when to call your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::HistoryPage</name>
    <message>
        <source>Diary calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● logged    ○ caregiver also wrote    ▲ a flag for the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this day in the Today page to read or change it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen entry (Delete). Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged in this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still log it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caregiver entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ImportCsvCommand</name>
    <message>
        <source>Import entries (and treatment events) from CSV, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A treatment events file to import as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENTS.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with an entry whose date and author are already in the diary: fail (default), skip (keep the stored one) or replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-csv needs exactly one entries file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-conflict must be fail, skip or replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new entries, replaced %2, skipped %3; %4 treatment events added, %5 replaced, %6 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::InsightPages</name>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::IntendedUseView</name>
    <message>
        <source>What NerveDiary is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal diary for people whose nerves may be affected by cancer immunotherapy, and for the people who care for them. You record how your hands and feet feel, what has become harder, falls, skin problems and warning signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NerveDiary compares your entries with the situations that published patient guidance asks people to report to their care team, and shows a note when your entries match one of them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tingling or numbness that gets worse, or spreads to new places;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily tasks such as grasping, buttoning or typing that become newly difficult;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trouble walking, keeping your balance or feeling the ground;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fall, a skin injury you found, or a warning sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What NerveDiary is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a diagnosis. It cannot tell what causes your symptoms or how serious they are. It is not a medical device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a substitute for your care team. A missing note does not mean all is well: contact your care team whenever you are worried. Never start, stop or change a treatment because of what the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not monitored by anyone. Nobody else sees your entries or the notes; the app sends nothing anywhere. If something should be reported, you or your caregiver must tell your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimated grade is not the official grade: only your care team grades side effects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the rules come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situations above follow a patient information article on numbness during immunotherapy, which draws on these sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact thresholds, such as &quot;2 points above your usual level&quot;, are NerveDiary&apos;s own choices so that the guidance can be checked the same way every day. They are not taken from these sources and have not been tested in a clinical study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is a file on this computer that only you can read. The app makes no network connections. Reports and exports are written only where you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NerveDiary: intended use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::LegendToggle</name>
    <message>
        <source>Shows or hides this line on the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::LevelPicker</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild: a little harder than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate: clearly harder, takes longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe: only with great effort or help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable: could not do it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::MainWindow</name>
    <message>
        <source>NerveDiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is logging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as &amp;last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NerveDiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NerveDiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NerveDiary %1
A private diary for nerve symptoms during cancer immunotherapy. Everything stays on this computer. It does not diagnose: your care team does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary: %1 — last saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary: %1 — nothing saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NerveDiary — caregiver entry[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NerveDiary[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between questions.
Ratings: type 0–9, or use the arrow keys; End gives 10; Delete clears.
Word choices: type the number or the first letter; arrows move; Delete clears.
Yes / No: Y or N; Delete goes back to &quot;not asked&quot;.
Numbers: type them, or use Up and Down.
Body map: arrow keys move, Space marks or unmarks.
Ctrl+S saves the day, Ctrl+Z undoes, Ctrl+L fills in from the last entry.
Alt+Left and Alt+Right go to the day before or after.
Ctrl+1 to Ctrl+5 open the pages; Ctrl++ and Ctrl+- change the text size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move this diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and the phone number were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::NewBaselineDialog</name>
    <message>
        <source>Set a new baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your baseline is the stretch of days the checks treat as your usual state. After an appointment, for example when your treatment was changed, you can let the checks compare with how you are now instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New baseline: the last %1 days, %2 to %3 (%4 of them logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until now: the first week of the diary, %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until now: %1 to %2, set by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes: worse or spreading symptoms and new trouble with hand tasks are measured against the new baseline, from tomorrow on. These checks are worked out again for the whole diary, so some of their earlier flags may no longer be listed; your “discussed” marks stay saved. Falls, skin problems, walking and warning signs are still checked every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these days has an entry yet, so the baseline would count every symptom as 0. Log today first, then set the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::NumberStepper</name>
    <message>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <comment>not recorded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::PrivateFiles</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::RatingBar</name>
    <message>
        <source>0, none at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10, the worst you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::Reader</name>
    <message>
        <source>a quote mark inside a field that does not start with one (put the whole field in quotes and double the quote mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote mark of a field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::RegionTimeline</name>
    <message>
        <source>Body map over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where symptoms were marked, one row per body region and one column per day or week. Use the day cursor of the charts to read a day&apos;s regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked on most logged days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on some days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>One column per %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: marked on %3 of %4 logged days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ReportBuilder</name>
    <message>
        <source>Nerve symptom diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve symptom diary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 with NerveDiary %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ReportCharts</name>
    <message>
        <source>Hands and feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest of numbness, tingling, burning, pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hands, daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feet, daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hands, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feet, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest level of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walking, balance, feeling the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for discussion, not the official grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added up over every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near falls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ReportCharts::Context</name>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ReportPage</name>
    <message>
        <source>Preview of the report&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for your appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printout for your care team: first what matters (flags, the estimated grade, what changed since your baseline), then charts, then every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 always sums up the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day-by-day table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags with their numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes (they may be private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not available in this build: save the PDF and print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has 1 page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NerveDiary report %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NerveDiary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ReportPdf</name>
    <message>
        <source>Nerve symptom diary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ReportSections</name>
    <message>
        <source>P+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per logged day. Each value is the day&apos;s highest over the patient&apos;s (P) and caregiver&apos;s (C) entries; days logged only by a caregiver are in italics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands, Feet: highest of numbness, tingling, burning and pain (0ጐ). Grade: estimated grade, patient-reported (0ĳ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks (0 none, 1 mild, 2 moderate, 3 severe, 4 unable): Btn buttoning, Wri writing, Typ typing, Grs grasping, Sml small objects, Wlk walking, Bal balance, Grd feeling the ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: the most pressing level among the flags that started that day, and how many. Skin, signs: skin problems found and warning signs marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin, signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment events were recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags with their numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every flag of the period, oldest first, with the numbers that raised it and whether it was discussed with the care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the diary raises flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the diary is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the diary&apos;s first week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chosen by the patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve symptom diary: report for the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the patient at home. Scores and the grade are the patient&apos;s own ratings and estimates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 days, %3 with a caregiver&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of the last 7 days (days scored: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scores in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no baseline scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing rated in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing rated at the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days with a fall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near falls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags: nothing in this period matched what the care team asks to hear about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All were discussed with the care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None was discussed with the care team yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet discussed with the care team: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). %3 Newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the diary shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier flags not shown here: %1. Every flag of the period is listed with its numbers on page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier flags not shown here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where symptoms are marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline days (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days of the period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly marked since the baseline: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No places were marked in the last 7 days of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place is newly marked since the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment events in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier events of the period not shown here: %1. All are listed on page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier events of the period not shown here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no diary entries in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was logged from %1 to %2, so there is nothing to summarise or chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary has entries from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ReportTexts</name>
    <message>
        <source>Immune checkpoint inhibitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAR-T cell therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other immunotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Btn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wlk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swallowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::SelfCareGuide</name>
    <message>
        <source>Early symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins and needles, numbness, burning or pain in the fingers or toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your care team about changes early, even small ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving with gentle exercise such as short walks or stretching: it helps circulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep logging every day so changes show up clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in what you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons, writing, typing or holding things getting harder; walking or balance getting worse; not feeling the ground under your feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about aids that make grip and dressing easier, and about physical therapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wear supportive shoes with non-slip soles, indoors too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your home safer against falls (see the safety tips).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands and feet that are very sensitive to cold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wear gloves and warm socks when it is cold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid alcohol; it can add stress to nerves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you smoke, ask your care team for help to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whether acupuncture could help as an addition to your treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burns, cuts or blisters you may not feel because of numbness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the water temperature with your elbow or a thermometer before washing or bathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use oven gloves, and be careful with heating pads and hot-water bottles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at your feet every day for blisters, cuts or redness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the skin of hands and feet moisturised so it does not crack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms that get worse or spread to new places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your care team: they can grade the problem and may adjust your treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about medicines for nerve pain, burning or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whether physical or occupational therapy would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use night lights on the way to the bathroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put non-slip mats in the bath and shower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use handrails on stairs and in the bathroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep floors clear of loose rugs, cables and clutter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at your feet every day for injuries you may not feel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing Your Immunotherapy Side Effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorial Sloan Kettering Cancer Center (mskcc.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAR-T cell therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayo Clinic (mayoclinic.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-cancer drug induced peripheral neuropathy (guideline 1743)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eviQ (eviq.org.au)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management of immune-related adverse events in patients treated with immune checkpoint inhibitor therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Society of Clinical Oncology (ASCO) guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient-kept diary with estimates, not a diagnosis: the care team assesses and grades symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have trouble breathing or swallowing, new weakness of the face, a seizure, or sudden confusion, call your care team&apos;s urgent line or emergency services now. Do not wait for an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::SetBaselineCommand</name>
    <message>
        <source>Set the days that count as your usual state (the baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-baseline needs --from DATE and --to DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline set to %1 – %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me every day if I have not logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>o&apos;clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour a diary day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations are on their way; until then NerveDiary speaks English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry made before this hour counts for the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::SkinChoice</name>
    <message>
        <source>All fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fine: nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::TodayPage</name>
    <message>
        <source>&amp;Save this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the empty answers that usually carry over (symptoms, where, tasks, home safety, habits) from the last entry before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this day (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (caregiver entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes are back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed for %1 was kept when NerveDiary closed. Save it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry for %1 has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is empty. To remove this day&apos;s entry, delete it on the History page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer at least one question, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry for %1 is saved; nothing changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry for %1 is saved (at %2). Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the entry for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 What you typed is still here and kept as a draft. Try again in a moment (Ctrl+S); if it keeps failing, free some disk space or close other programs using the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entry before %1 to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer that carries over from %1 is already given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 answer copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls, skin, warning signs and the note are left for you. Check each answer, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging as the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging as a caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging as caregiver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::TreatmentChoice</name>
    <message>
        <source>Checkpoint inhibitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAR-T cell therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint inhibitor (for example nivolumab, pembrolizumab, ipilimumab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another treatment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::TrendChartStack</name>
    <message>
        <source>Trend charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and right arrow keys move the day cursor by one day, Page Up and Page Down by a week, Home and End to the first and last day. The panel beside the charts reads out every value of the chosen day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands and feet (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands and feet scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands, each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet, each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand tasks (buttons, writing, typing, grip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking and balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an estimate for talking with your care team, not the official grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where symptoms were marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a chart, or use the arrow keys on the charts, to choose a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 · days with entries: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet. Once you log days on the Today page, the charts show how your symptoms change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was logged in these days. Choose a longer range to see earlier entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::UrgentBanner</name>
    <message>
        <source>Urgent flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help now: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 urgent flags are not yet marked as discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::WindowDiaryOpener</name>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be brought back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary cannot be read at all: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::YesNoToggle</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
