<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DayDetails</name>
    <message numerus="yes">
        <source>%n flag(s) on this day</source>
        <translation>
            <numerusform>%n flag on this day</numerusform>
            <numerusform>%n flags on this day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message numerus="yes">
        <source>nervediary: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>nervediary: %n problem found; nothing was imported.</numerusform>
            <numerusform>nervediary: %n problems found; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nervediary: %n conflict(s) with the diary; nothing was imported.</source>
        <translation>
            <numerusform>nervediary: %n conflict with the diary; nothing was imported.</numerusform>
            <numerusform>nervediary: %n conflicts with the diary; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation>
            <numerusform>… and %n more problem, not listed.</numerusform>
            <numerusform>… and %n more problems, not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message numerus="yes">
        <source>%n day(s) without a diary entry</source>
        <translation>
            <numerusform>%n day without a diary entry</numerusform>
            <numerusform>%n days without a diary entry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::AlertsPage</name>
    <message numerus="yes">
        <source>No flags. The %1 checks ran over %n logged day(s) and none of them matched. That does not mean all is well: call your care team whenever you are worried, and keep logging every day.</source>
        <translation>
            <numerusform>No flags. The %1 checks ran over %n logged day and none of them matched. That does not mean all is well: call your care team whenever you are worried, and keep logging every day.</numerusform>
            <numerusform>No flags. The %1 checks ran over %n logged days and none of them matched. That does not mean all is well: call your care team whenever you are worried, and keep logging every day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::BackupsDialog</name>
    <message numerus="yes">
        <source>Bring the diary back to the backup of %1 (%n entries)?

The diary as it is now is kept as a backup first, so you can change your mind.</source>
        <translation>
            <numerusform>Bring the diary back to the backup of %1 (%n entry)?

The diary as it is now is kept as a backup first, so you can change your mind.</numerusform>
            <numerusform>Bring the diary back to the backup of %1 (%n entries)?

The diary as it is now is kept as a backup first, so you can change your mind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::DamagedDiaryDialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;The newest good backup is from %1 and holds %n entries. Entries made after it would have to be typed again. The damaged file is kept as a copy in the backups folder.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;The newest good backup is from %1 and holds %n entry. Entries made after it would have to be typed again. The damaged file is kept as a copy in the backups folder.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;The newest good backup is from %1 and holds %n entries. Entries made after it would have to be typed again. The damaged file is kept as a copy in the backups folder.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::RegionTimeline</name>
    <message numerus="yes">
        <source>One column per %n days</source>
        <translation>
            <numerusform>One column per day</numerusform>
            <numerusform>One column per %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::UrgentBanner</name>
    <message numerus="yes">
        <source>%n more in Alerts.</source>
        <translation>
            <numerusform>%n more in Alerts.</numerusform>
            <numerusform>%n more in Alerts.</numerusform>
        </translation>
    </message>
</context>
</TS>
