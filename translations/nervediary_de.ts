<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcknowledgedFlag</name>
    <message>
        <source>Discussed with care team on %1</source>
        <translation>Mit dem Behandlungsteam besprochen am %1</translation>
    </message>
    <message>
        <source>Discussed with care team on %1: %2</source>
        <translation>Mit dem Behandlungsteam besprochen am %1: %2</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a checked copy of the diary, even while the window has it open. Without --out the copy goes to the backups folder beside the diary, where old copies are rotated.</source>
        <translation>Eine geprüfte Kopie des Tagebuchs schreiben, auch während es im Fenster geöffnet ist. Ohne --out kommt die Kopie in den Sicherungsordner neben dem Tagebuch, in dem alte Kopien nach und nach ersetzt werden.</translation>
    </message>
    <message>
        <source>Where to write the copy (default: the backups folder).</source>
        <translation>Wohin die Kopie geschrieben wird (Standard: der Sicherungsordner).</translation>
    </message>
    <message>
        <source>COPY.sqlite</source>
        <translation>COPY.sqlite</translation>
    </message>
    <message>
        <source>The copy failed its check: %1</source>
        <translation>Die Kopie hat die Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sicherung geschrieben nach %1</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>before a format update</source>
        <translation>vor einer Formataktualisierung</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>copy of a damaged diary</source>
        <translation>Kopie eines beschädigten Tagebuchs</translation>
    </message>
    <message>
        <source>The diary is not open, so no backup was made.</source>
        <translation>Das Tagebuch ist nicht geöffnet, daher wurde keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>The backup was written but failed its check: %1</source>
        <translation>Die Sicherung wurde geschrieben, hat aber die Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>The diary&apos;s format was not updated because a backup could not be made first: %1</source>
        <translation>Das Format des Tagebuchs wurde nicht aktualisiert, weil vorher keine Sicherung erstellt werden konnte: %1</translation>
    </message>
    <message>
        <source>The copy is damaged (%1).</source>
        <translation>Die Kopie ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The copy is not a NerveDiary diary.</source>
        <translation>Die Kopie ist kein NerveDiary-Tagebuch.</translation>
    </message>
    <message>
        <source>This backup cannot be used, so nothing was changed: %1</source>
        <translation>Diese Sicherung kann nicht verwendet werden, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The current diary could not be kept as a backup, so nothing was restored: %1</source>
        <translation>Das aktuelle Tagebuch konnte nicht als Sicherung aufbewahrt werden, daher wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>This backup was written with different settings and cannot be restored here.</source>
        <translation>Diese Sicherung wurde mit anderen Einstellungen geschrieben und kann hier nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>Wiederherstellen der Sicherung</translation>
    </message>
    <message>
        <source>The damaged diary could not be kept as a copy, so nothing was restored: %1</source>
        <translation>Das beschädigte Tagebuch konnte nicht als Kopie aufbewahrt werden, daher wurde nichts wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>The disk is full; the backup was not written.</source>
        <translation>Der Datenträger ist voll; die Sicherung wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>BaselineCheck</name>
    <message>
        <source>hands %1</source>
        <translation>Hände %1</translation>
    </message>
    <message>
        <source>feet %1</source>
        <translation>Füße %1</translation>
    </message>
    <message>
        <source>The baseline already shows marked symptoms (usual score: %1 of 10). The checks compare every day with it, so a further rise is harder to notice. Agree a baseline with your care team, and set it as the new baseline.</source>
        <translation>Schon der Vergleichszeitraum zeigt deutliche Beschwerden (üblicher Wert: %1 von 10). Die Prüfungen vergleichen jeden Tag damit, daher fällt ein weiterer Anstieg schwerer auf. Vereinbaren Sie mit Ihrem Behandlungsteam einen Vergleichszeitraum und legen Sie ihn als neuen fest.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check that the diary file is intact (reads only).</source>
        <translation>Prüfen, ob die Tagebuchdatei intakt ist (nur lesend).</translation>
    </message>
    <message>
        <source>The diary file is damaged: %1</source>
        <translation>Die Tagebuchdatei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>ok: %1 entries, %2 treatment events, format version %3</source>
        <translation>ok: %1 Einträge, %2 Behandlungsereignisse, Formatversion %3</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>The diary file.</source>
        <translation>Die Tagebuchdatei.</translation>
    </message>
    <message>
        <source>The diary file (default: %1).</source>
        <translation>Die Tagebuchdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>warning: today&apos;s backup was not made: %1</source>
        <translation>Warnung: Die heutige Sicherung wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>--%1 needs a date in the form YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 braucht ein Datum in der Form JJJJ-MM-TT, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from darf nicht nach --to liegen</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (Befehle: %2)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see nervediary %2 --help)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe nervediary %2 --help)</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>unknown column (did you mean %1?)</source>
        <translation>unbekannte Spalte (meinten Sie %1?)</translation>
    </message>
    <message>
        <source>unknown column (known columns: %1)</source>
        <translation>unbekannte Spalte (bekannte Spalten: %1)</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>die Datei ist leer; eine Kopfzeile ist erforderlich</translation>
    </message>
    <message>
        <source>the column has no name (remove it or name it)</source>
        <translation>die Spalte hat keinen Namen (entfernen Sie die Spalte oder geben Sie ihr einen Namen)</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>die Spalte kommt zweimal vor</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>eine erforderliche Spalte fehlt</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a second row for %1 by %2 (the first is on line %3)</source>
        <translation>eine zweite Zeile für %1 von %2 (die erste steht in Zeile %3)</translation>
    </message>
    <message>
        <source>the diary already has an entry for %1 by %2 (use --on-conflict skip or replace)</source>
        <translation>das Tagebuch hat bereits einen Eintrag für %1 von %2 (verwenden Sie --on-conflict skip oder replace)</translation>
    </message>
    <message>
        <source>the diary already has this treatment event (use --on-conflict skip or replace)</source>
        <translation>das Tagebuch hat dieses Behandlungsereignis bereits (verwenden Sie --on-conflict skip oder replace)</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>the text is not UTF-8 (save the file as UTF-8 and try again)</source>
        <translation>der Text ist nicht in UTF-8 (speichern Sie die Datei als UTF-8 und versuchen Sie es erneut)</translation>
    </message>
    <message>
        <source>a quote mark inside a field that does not start with one (put the whole field in quotes and double the quote mark)</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem Anführungszeichen beginnt (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after the closing quote mark of a field</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>starting to save</source>
        <translation>Beginn des Speicherns</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The diary file %1 does not exist.</source>
        <translation>Die Tagebuchdatei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>opening the diary</source>
        <translation>Öffnen des Tagebuchs</translation>
    </message>
    <message>
        <source>The diary file %1 cannot be created: %2</source>
        <translation>Die Tagebuchdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>reading the diary</source>
        <translation>Lesen des Tagebuchs</translation>
    </message>
    <message>
        <source>This diary was written by a newer version of NerveDiary (format %1). Please update the app; the file was not changed.</source>
        <translation>Dieses Tagebuch wurde von einer neueren Version von NerveDiary geschrieben (Format %1). Bitte aktualisieren Sie die App; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The diary file is damaged (%1). It was not changed.</source>
        <translation>Die Tagebuchdatei ist beschädigt (%1). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a NerveDiary diary.</source>
        <translation>%1 ist kein NerveDiary-Tagebuch.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a NerveDiary diary. It was not changed.</source>
        <translation>%1 ist eine Datenbank, aber kein NerveDiary-Tagebuch. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>checking the diary</source>
        <translation>Prüfen des Tagebuchs</translation>
    </message>
    <message>
        <source>configuring the diary</source>
        <translation>Einrichten des Tagebuchs</translation>
    </message>
    <message>
        <source>opening the diary for reading</source>
        <translation>Öffnen des Tagebuchs zum Lesen</translation>
    </message>
    <message>
        <source>The diary could not be backed up before updating its format.</source>
        <translation>Das Tagebuch konnte vor der Aktualisierung seines Formats nicht gesichert werden.</translation>
    </message>
    <message>
        <source>updating the diary format</source>
        <translation>Aktualisieren des Tagebuchformats</translation>
    </message>
    <message>
        <source>%1 is a folder, not a diary file. Give the path of the diary file itself, for example %2.</source>
        <translation>%1 ist ein Ordner, keine Tagebuchdatei. Geben Sie den Pfad der Tagebuchdatei selbst an, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a named pipe, a device or a socket), so it cannot be a diary. Give the path of the diary file.</source>
        <translation>%1 ist keine gewöhnliche Datei (sondern eine benannte Pipe, ein Gerät oder ein Socket) und kann daher kein Tagebuch sein. Geben Sie den Pfad der Tagebuchdatei an.</translation>
    </message>
    <message>
        <source>The folder %1 that holds the diary cannot be written to, so the diary cannot be changed (SQLite keeps helper files beside the diary). Make the folder writable, or move the diary to a folder you can write to.</source>
        <translation>In den Ordner %1, in dem das Tagebuch liegt, kann nicht geschrieben werden; daher kann das Tagebuch nicht geändert werden (SQLite legt Hilfsdateien neben dem Tagebuch an). Machen Sie den Ordner beschreibbar oder verschieben Sie das Tagebuch in einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>The diary&apos;s helper file %1 cannot be written (it was left read-only, perhaps by another account). Close every program that uses the diary, then delete that file; the diary itself loses nothing.</source>
        <translation>Die Hilfsdatei %1 des Tagebuchs kann nicht geschrieben werden (sie wurde schreibgeschützt zurückgelassen, vielleicht von einem anderen Benutzerkonto). Schließen Sie alle Programme, die das Tagebuch benutzen, und löschen Sie dann diese Datei; das Tagebuch selbst verliert nichts.</translation>
    </message>
    <message>
        <source>The diary file %1 is read-only. Make it writable to change the diary.</source>
        <translation>Die Tagebuchdatei %1 ist schreibgeschützt. Heben Sie den Schreibschutz auf, um das Tagebuch zu ändern.</translation>
    </message>
    <message>
        <source>This diary is in an older format that must be updated before it can be read, but its folder %1 cannot be written to. Copy the diary to a folder you can write to and open the copy.</source>
        <translation>Dieses Tagebuch hat ein älteres Format, das vor dem Lesen aktualisiert werden muss, aber in seinen Ordner %1 kann nicht geschrieben werden. Kopieren Sie das Tagebuch in einen Ordner, in den Sie schreiben können, und öffnen Sie die Kopie.</translation>
    </message>
</context>
<context>
    <name>DayDetails</name>
    <message numerus="yes">
        <source>%n flag(s) on this day</source>
        <translation>
            <numerusform>%n Hinweis an diesem Tag</numerusform>
            <numerusform>%n Hinweise an diesem Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing logged on this day</source>
        <translation>An diesem Tag nichts eingetragen</translation>
    </message>
    <message>
        <source>Logged by the patient and a caregiver</source>
        <translation>Eingetragen von Patient/in und Angehörigen</translation>
    </message>
    <message>
        <source>Logged by a caregiver</source>
        <translation>Eingetragen von Angehörigen</translation>
    </message>
    <message>
        <source>Logged by the patient</source>
        <translation>Eingetragen von Patient/in</translation>
    </message>
    <message>
        <source>(7-day average %1)</source>
        <translation>(7-Tage-Durchschnitt %1)</translation>
    </message>
    <message>
        <source>Hands score</source>
        <translation>Wert Hände</translation>
    </message>
    <message>
        <source>Feet score</source>
        <translation>Wert Füße</translation>
    </message>
    <message>
        <source>Symptoms (0–10)</source>
        <translation>Beschwerden (0–10)</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>Alltägliche Tätigkeiten</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Stürze</translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation>Beinahe-Stürze</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Hands %1, feet %2, estimated grade %3</source>
        <translation>Hände %1, Füße %2, geschätzter Grad %3</translation>
    </message>
    <message>
        <source>(caregiver; patient %1)</source>
        <translation>(Betreuungsperson; Patient %1)</translation>
    </message>
    <message>
        <source>(patient; caregiver %1)</source>
        <translation>(Patient; Betreuungsperson %1)</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The diary is in use by another program (%1 failed). Close it and try again.</source>
        <translation>Das Tagebuch wird von einem anderen Programm benutzt (%1 fehlgeschlagen). Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The diary file is damaged or is not a NerveDiary file (%1 failed: %2).</source>
        <translation>Die Tagebuchdatei ist beschädigt oder keine NerveDiary-Datei (%1 fehlgeschlagen: %2).</translation>
    </message>
    <message>
        <source>The disk is full (%1 failed). Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger ist voll (%1 fehlgeschlagen). Es wurde nichts geändert; schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The diary file cannot be written (%1 failed: %2). Check its permissions.</source>
        <translation>In die Tagebuchdatei kann nicht geschrieben werden (%1 fehlgeschlagen: %2). Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>A disk error occurred (%1 failed: %2).</source>
        <translation>Ein Datenträgerfehler ist aufgetreten (%1 fehlgeschlagen: %2).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write a made-up demo diary into a new file.</source>
        <translation>Ein erfundenes Demo-Tagebuch in eine neue Datei schreiben.</translation>
    </message>
    <message>
        <source>How many days the demo covers (default 180).</source>
        <translation>Wie viele Tage die Demo umfasst (Standard 180).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed for the made-up values; the same seed gives the same diary.</source>
        <translation>Startwert für die erfundenen Werte; derselbe Startwert ergibt dasselbe Tagebuch.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Last day of the demo (default: today).</source>
        <translation>Letzter Tag der Demo (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>demo needs --db FILE</source>
        <translation>demo braucht --db DATEI</translation>
    </message>
    <message>
        <source>--days needs a whole number from 1 to %1</source>
        <translation>--days braucht eine ganze Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more</source>
        <translation>--seed braucht eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>%1 already holds a diary; the demo is only written into a new or empty file</source>
        <translation>%1 enthält bereits ein Tagebuch; die Demo wird nur in eine neue oder leere Datei geschrieben</translation>
    </message>
    <message>
        <source>Writing the demo diary</source>
        <translation>Demo-Tagebuch wird geschrieben</translation>
    </message>
    <message>
        <source>Wrote a demo diary of %1 days (%2 entries, %3 treatment events) to %4</source>
        <translation>Demo-Tagebuch über %1 Tage (%2 Einträge, %3 Behandlungsereignisse) nach %4 geschrieben</translation>
    </message>
</context>
<context>
    <name>DemoDiary</name>
    <message>
        <source>Cycle %1</source>
        <translation>Zyklus %1</translation>
    </message>
    <message>
        <source>For burning feet</source>
        <translation>Gegen brennende Füße</translation>
    </message>
    <message>
        <source>Found a blister on my left heel, did not feel it.</source>
        <translation>Blase an der linken Ferse gefunden, habe sie nicht gespürt.</translation>
    </message>
    <message>
        <source>Holds the rail on the stairs now.</source>
        <translation>Hält sich auf der Treppe jetzt am Geländer fest.</translation>
    </message>
    <message>
        <source>Walking steadily.</source>
        <translation>Geht sicher.</translation>
    </message>
    <message>
        <source>Cold morning, gloves helped.</source>
        <translation>Kalter Morgen, Handschuhe haben geholfen.</translation>
    </message>
    <message>
        <source>Short walk with the dog.</source>
        <translation>Kurzer Spaziergang mit dem Hund.</translation>
    </message>
    <message>
        <source>Dropped a cup at breakfast.</source>
        <translation>Beim Frühstück eine Tasse fallen lassen.</translation>
    </message>
    <message>
        <source>Tired after the infusion.</source>
        <translation>Müde nach der Infusion.</translation>
    </message>
    <message>
        <source>Feet burning at night, slept badly.</source>
        <translation>Nachts brennende Füße, schlecht geschlafen.</translation>
    </message>
    <message>
        <source>Oncology clinic</source>
        <translation>Onkologische Ambulanz</translation>
    </message>
    <message>
        <source>Legs weaker every day this week, stairs are hard now.</source>
        <translation>Die Beine werden diese Woche jeden Tag schwächer, Treppen sind jetzt schwer.</translation>
    </message>
</context>
<context>
    <name>DiaryCommands</name>
    <message>
        <source>save the entry of %1</source>
        <translation>– Eintrag vom %1 speichern</translation>
    </message>
    <message>
        <source>delete the entry of %1</source>
        <translation>– Eintrag vom %1 löschen</translation>
    </message>
    <message>
        <source>set the baseline</source>
        <translation>– Vergleichszeitraum festlegen</translation>
    </message>
    <message>
        <source>clear the baseline</source>
        <translation>– Vergleichszeitraum aufheben</translation>
    </message>
    <message>
        <source>mark as discussed with the care team</source>
        <translation>– als mit dem Behandlungsteam besprochen markieren</translation>
    </message>
    <message>
        <source>remove the “discussed” mark</source>
        <translation>– Markierung „besprochen“ entfernen</translation>
    </message>
</context>
<context>
    <name>DiaryCsvFormat</name>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; ist weder yes noch no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of none, blister, cut, burn, redness, other</source>
        <translation>&apos;%1&apos; ist keiner der Werte none, blister, cut, burn, redness, other</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range (0 to %2)</source>
        <translation>%1 liegt außerhalb des Bereichs (0 bis %2)</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>ein Datum ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the calendar</source>
        <translation>&apos;%1&apos; ist kein Tag im Kalender</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos; ist kein Datum in der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>an author is required (patient or caregiver)</source>
        <translation>ein Autor ist erforderlich (patient oder caregiver)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not patient or caregiver</source>
        <translation>&apos;%1&apos; ist weder patient noch caregiver</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; (use codes like left_fingertips or right_foot)</source>
        <translation>unbekannte Region &apos;%1&apos; (verwenden Sie Codes wie left_fingertips oder right_foot)</translation>
    </message>
    <message>
        <source>infusion, medication_start, medication_change, medication_stop, treatment_paused, treatment_resumed, appointment, other</source>
        <translation>infusion, medication_start, medication_change, medication_stop, treatment_paused, treatment_resumed, appointment, other</translation>
    </message>
    <message>
        <source>a kind is required (%1)</source>
        <translation>eine Art ist erforderlich (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known kind (%2)</source>
        <translation>&apos;%1&apos; ist keine bekannte Art (%2)</translation>
    </message>
</context>
<context>
    <name>DiaryFileActions</name>
    <message>
        <source>NerveDiary diaries (*.sqlite);;All files (*)</source>
        <translation>NerveDiary-Tagebücher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a diary</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>That diary is already open.</source>
        <translation>Dieses Tagebuch ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Start a new diary</source>
        <translation>Neues Tagebuch anlegen</translation>
    </message>
    <message>
        <source>A file with that name exists already. Choose another name.</source>
        <translation>Eine Datei mit diesem Namen gibt es schon. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Move the diary to</source>
        <translation>Tagebuch verschieben nach</translation>
    </message>
    <message>
        <source>That is where the diary is already.</source>
        <translation>Dort liegt das Tagebuch bereits.</translation>
    </message>
    <message>
        <source>The diary could not be copied there: %1</source>
        <translation>Das Tagebuch konnte nicht dorthin kopiert werden: %1</translation>
    </message>
    <message>
        <source>NerveDiary demo</source>
        <translation>NerveDiary-Demo</translation>
    </message>
    <message>
        <source>Keep a copy of the diary</source>
        <translation>Eine Kopie des Tagebuchs behalten</translation>
    </message>
</context>
<context>
    <name>DiaryFiles</name>
    <message>
        <source>%1 is the diary itself or one of its own files; writing there would destroy the diary. Nothing was written; choose another file name.</source>
        <translation>%1 ist das Tagebuch selbst oder eine seiner eigenen Dateien; dorthin zu schreiben würde das Tagebuch zerstören. Es wurde nichts geschrieben; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is one of the diary&apos;s backups; writing there would destroy it. Nothing was written; choose another file name.</source>
        <translation>%1 ist eine der Sicherungen des Tagebuchs; dorthin zu schreiben würde sie zerstören. Es wurde nichts geschrieben; wählen Sie einen anderen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>DiaryLock</name>
    <message>
        <source>The lock file %1 cannot be created: %2</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>This diary is already open in another NerveDiary window. Please switch to that window, or close it and try again.</source>
        <translation>Dieses Tagebuch ist bereits in einem anderen NerveDiary-Fenster geöffnet. Bitte wechseln Sie zu diesem Fenster, oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The diary cannot be locked: %1</source>
        <translation>Das Tagebuch kann nicht gesperrt werden: %1</translation>
    </message>
</context>
<context>
    <name>DiaryStore</name>
    <message>
        <source>The entry was not saved: %1 %2.</source>
        <translation>Der Eintrag wurde nicht gespeichert: %1 %2.</translation>
    </message>
    <message>
        <source>saving the entry</source>
        <translation>Speichern des Eintrags</translation>
    </message>
    <message>
        <source>reading an entry</source>
        <translation>Lesen eines Eintrags</translation>
    </message>
    <message>
        <source>reading entries</source>
        <translation>Lesen der Einträge</translation>
    </message>
    <message>
        <source>deleting the entry</source>
        <translation>Löschen des Eintrags</translation>
    </message>
    <message>
        <source>counting entries</source>
        <translation>Zählen der Einträge</translation>
    </message>
    <message>
        <source>reading the diary</source>
        <translation>Lesen des Tagebuchs</translation>
    </message>
    <message>
        <source>reading treatment events</source>
        <translation>Lesen der Behandlungsereignisse</translation>
    </message>
    <message>
        <source>The treatment event was not saved: it has no valid date.</source>
        <translation>Das Behandlungsereignis wurde nicht gespeichert: Es hat kein gültiges Datum.</translation>
    </message>
    <message>
        <source>saving the treatment event</source>
        <translation>Speichern des Behandlungsereignisses</translation>
    </message>
    <message>
        <source>deleting the treatment event</source>
        <translation>Löschen des Behandlungsereignisses</translation>
    </message>
    <message>
        <source>reading the baseline</source>
        <translation>Lesen des Vergleichszeitraums</translation>
    </message>
    <message>
        <source>The baseline was not set: its first day must not be after its last.</source>
        <translation>Der Vergleichszeitraum wurde nicht festgelegt: Sein erster Tag darf nicht nach seinem letzten liegen.</translation>
    </message>
    <message>
        <source>setting the baseline</source>
        <translation>Festlegen des Vergleichszeitraums</translation>
    </message>
    <message>
        <source>clearing the baseline</source>
        <translation>Aufheben des Vergleichszeitraums</translation>
    </message>
    <message>
        <source>reading the profile</source>
        <translation>Lesen des Profils</translation>
    </message>
    <message>
        <source>saving the profile</source>
        <translation>Speichern des Profils</translation>
    </message>
    <message>
        <source>reading flag acknowledgements</source>
        <translation>Lesen der Besprochen-Markierungen</translation>
    </message>
    <message>
        <source>saving the acknowledgement</source>
        <translation>Speichern der Besprochen-Markierung</translation>
    </message>
    <message>
        <source>removing the acknowledgement</source>
        <translation>Entfernen der Besprochen-Markierung</translation>
    </message>
    <message>
        <source>The diary already has an entry for %1 by %2; nothing was saved.</source>
        <translation>Das Tagebuch hat bereits einen Eintrag für %1 von %2; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>is not a valid date</source>
        <translation>ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>%1 is out of range (0 to %2)</source>
        <translation>%1 liegt außerhalb des Bereichs (0 bis %2)</translation>
    </message>
</context>
<context>
    <name>EntrySummary</name>
    <message>
        <source>WARNING SIGN marked</source>
        <translation>WARNZEICHEN markiert</translation>
    </message>
    <message>
        <source>Hands %1</source>
        <translation>Hände %1</translation>
    </message>
    <message>
        <source>Feet %1</source>
        <translation>Füße %1</translation>
    </message>
    <message>
        <source>hardest task: %1</source>
        <translation>größte Schwierigkeit: %1</translation>
    </message>
    <message>
        <source>1 fall</source>
        <translation>1 Sturz</translation>
    </message>
    <message>
        <source>%1 falls</source>
        <translation>%1 Stürze</translation>
    </message>
    <message>
        <source>1 place marked</source>
        <translation>1 Stelle markiert</translation>
    </message>
    <message>
        <source>%1 places marked</source>
        <translation>%1 Stellen markiert</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>nothing rated</source>
        <translation>nichts bewertet</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <source>Infusion</source>
        <translation>Infusion</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Medikament begonnen</translation>
    </message>
    <message>
        <source>Medication changed</source>
        <translation>Medikament geändert</translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation>Medikament abgesetzt</translation>
    </message>
    <message>
        <source>Treatment paused</source>
        <translation>Behandlung pausiert</translation>
    </message>
    <message>
        <source>Treatment resumed</source>
        <translation>Behandlung wieder aufgenommen</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message>
        <source>Export all entries (and treatment events) as CSV.</source>
        <translation>Alle Einträge (und Behandlungsereignisse) als CSV exportieren.</translation>
    </message>
    <message>
        <source>Where to write the entries.</source>
        <translation>Wohin die Einträge geschrieben werden.</translation>
    </message>
    <message>
        <source>ENTRIES.csv</source>
        <translation>ENTRIES.csv</translation>
    </message>
    <message>
        <source>Where to write the treatment events.</source>
        <translation>Wohin die Behandlungsereignisse geschrieben werden.</translation>
    </message>
    <message>
        <source>EVENTS.csv</source>
        <translation>EVENTS.csv</translation>
    </message>
    <message>
        <source>export-csv needs --out ENTRIES.csv</source>
        <translation>export-csv braucht --out ENTRIES.csv</translation>
    </message>
    <message>
        <source>Exported %1 entries and %2 treatment events.</source>
        <translation>%1 Einträge und %2 Behandlungsereignisse exportiert.</translation>
    </message>
</context>
<context>
    <name>ExportFhirCommand</name>
    <message>
        <source>Export the whole diary as a FHIR R4 bundle (JSON) for other health apps and records.</source>
        <translation>Das ganze Tagebuch als FHIR-R4-Bundle (JSON) für andere Gesundheits-Apps und Patientenakten exportieren.</translation>
    </message>
    <message>
        <source>Where to write the bundle.</source>
        <translation>Wohin das Bundle geschrieben wird.</translation>
    </message>
    <message>
        <source>BUNDLE.json</source>
        <translation>BUNDLE.json</translation>
    </message>
    <message>
        <source>export-fhir needs --out BUNDLE.json</source>
        <translation>export-fhir braucht --out BUNDLE.json</translation>
    </message>
    <message>
        <source>Exported %1 entries, %2 treatment events, %3 flags and %4 daily grades as FHIR.</source>
        <translation>%1 Einträge, %2 Behandlungsereignisse, %3 Hinweise und %4 Tagesgrade als FHIR exportiert.</translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>Write the appointment report as a PDF (default: the whole diary).</source>
        <translation>Den Bericht für Ihren Termin als PDF schreiben (Standard: das ganze Tagebuch).</translation>
    </message>
    <message>
        <source>Where to write the report.</source>
        <translation>Wohin der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <source>REPORT.pdf</source>
        <translation>REPORT.pdf</translation>
    </message>
    <message>
        <source>First day of the report (default: the first entry).</source>
        <translation>Erster Tag des Berichts (Standard: der erste Eintrag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last day of the report (default: the last entry).</source>
        <translation>Letzter Tag des Berichts (Standard: der letzte Eintrag).</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Papierformat: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Sections to leave out, separated by commas: charts, table, events, notes, flags.</source>
        <translation>Teile, die weggelassen werden, durch Kommas getrennt: charts, table, events, notes, flags.</translation>
    </message>
    <message>
        <source>SECTIONS</source>
        <translation>TEILE</translation>
    </message>
    <message>
        <source>export-pdf needs --out REPORT.pdf</source>
        <translation>export-pdf braucht --out REPORT.pdf</translation>
    </message>
    <message>
        <source>--page-size needs a4 or letter, not &apos;%1&apos;</source>
        <translation>--page-size braucht a4 oder letter, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--leave-out knows charts, table, events, notes and flags, not &apos;%1&apos;</source>
        <translation>--leave-out kennt charts, table, events, notes und flags, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from darf nicht nach --to liegen</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Bericht wird geschrieben</translation>
    </message>
    <message>
        <source>Wrote a %1-page report for %2 to %3</source>
        <translation>Bericht mit %1 Seiten für %2 nach %3 geschrieben</translation>
    </message>
    <message>
        <source>Language of the report&apos;s words: en (default), de, es or fr. Numbers follow it; dates stay YYYY-MM-DD.</source>
        <translation>Sprache des Berichts: en (Standard), de, es oder fr. Zahlen folgen ihr; Daten bleiben JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--language knows %1, not &apos;%2&apos;</source>
        <translation>--language kennt %1, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>Buttoning clothes</source>
        <translation>Kleidung zuknöpfen</translation>
    </message>
    <message>
        <source>Writing by hand</source>
        <translation>Mit der Hand schreiben</translation>
    </message>
    <message>
        <source>Typing, using a phone</source>
        <translation>Tippen, Handy bedienen</translation>
    </message>
    <message>
        <source>Holding and gripping</source>
        <translation>Halten und Greifen</translation>
    </message>
    <message>
        <source>Picking up small things</source>
        <translation>Kleine Dinge aufheben</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Feeling the ground</source>
        <translation>Den Boden spüren</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Stürze</translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation>Beinahe-Stürze</translation>
    </message>
    <message>
        <source>Skin of hands and feet</source>
        <translation>Haut an Händen und Füßen</translation>
    </message>
    <message>
        <source>Tested water temperature</source>
        <translation>Wassertemperatur geprüft</translation>
    </message>
    <message>
        <source>Night lights on</source>
        <translation>Nachtlichter an</translation>
    </message>
    <message>
        <source>Non-slip mats in place</source>
        <translation>Rutschfeste Matten liegen</translation>
    </message>
    <message>
        <source>Used handrails</source>
        <translation>Geländer und Haltegriffe benutzt</translation>
    </message>
    <message>
        <source>Wore supportive shoes</source>
        <translation>Feste Schuhe getragen</translation>
    </message>
    <message>
        <source>Kept hands and feet warm</source>
        <translation>Hände und Füße warm gehalten</translation>
    </message>
    <message>
        <source>Gentle exercise</source>
        <translation>Sanfte Bewegung</translation>
    </message>
    <message>
        <source>Alcoholic drinks</source>
        <translation>Alkoholische Getränke</translation>
    </message>
    <message>
        <source>Smoked</source>
        <translation>Geraucht</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Verwirrtheit</translation>
    </message>
    <message>
        <source>Trouble finding words</source>
        <translation>Mühe, Worte zu finden</translation>
    </message>
    <message>
        <source>Shaking or tremor</source>
        <translation>Zittern</translation>
    </message>
    <message>
        <source>A seizure (fit)</source>
        <translation>Ein Krampfanfall</translation>
    </message>
    <message>
        <source>New trouble swallowing</source>
        <translation>Neue Schluckbeschwerden</translation>
    </message>
    <message>
        <source>Weakness in the face</source>
        <translation>Schwäche im Gesicht</translation>
    </message>
    <message>
        <source>Trouble breathing</source>
        <translation>Atembeschwerden</translation>
    </message>
    <message>
        <source>%1 in the hands</source>
        <translation>%1 in den Händen</translation>
    </message>
    <message>
        <source>%1 in the feet</source>
        <translation>%1 in den Füßen</translation>
    </message>
    <message>
        <source>pins and needles</source>
        <translation>wie Ameisenlaufen oder Nadelstiche</translation>
    </message>
    <message>
        <source>cold hurts or feels strange</source>
        <translation>Kälte schmerzt oder fühlt sich seltsam an</translation>
    </message>
    <message>
        <source>knowing where your feet are</source>
        <translation>spüren, wo Ihre Füße sind</translation>
    </message>
    <message>
        <source>times you fell today</source>
        <translation>wie oft Sie heute gestürzt sind</translation>
    </message>
    <message>
        <source>times you nearly fell</source>
        <translation>wie oft Sie heute fast gestürzt wären</translation>
    </message>
    <message>
        <source>blisters or injuries you may not feel</source>
        <translation>Blasen oder Verletzungen, die Sie vielleicht nicht spüren</translation>
    </message>
    <message>
        <source>walking, stretching, cycling</source>
        <translation>Spazierengehen, Dehnen, Radfahren</translation>
    </message>
    <message>
        <source>closed, non-slip</source>
        <translation>geschlossen, rutschfest</translation>
    </message>
    <message>
        <source>gloves, thick socks</source>
        <translation>Handschuhe, dicke Socken</translation>
    </message>
    <message>
        <source>less feeling, like wearing gloves</source>
        <translation>weniger Gefühl, wie mit Handschuhen</translation>
    </message>
    <message>
        <source>knowing where their feet are</source>
        <translation>ob die Person spürt, wo ihre Füße sind</translation>
    </message>
    <message>
        <source>times they fell today</source>
        <translation>wie oft die Person heute gestürzt ist</translation>
    </message>
    <message>
        <source>times they nearly fell</source>
        <translation>wie oft die Person heute fast gestürzt wäre</translation>
    </message>
    <message>
        <source>blisters or injuries they may not feel</source>
        <translation>Blasen oder Verletzungen, die die Person vielleicht nicht spürt</translation>
    </message>
    <message>
        <source>Keeping balance</source>
        <translation>Gleichgewicht halten</translation>
    </message>
    <message>
        <source>with an elbow or a thermometer</source>
        <translation>mit dem Ellbogen oder einem Thermometer</translation>
    </message>
    <message>
        <source>Feet checked</source>
        <translation>Füße angesehen</translation>
    </message>
    <message>
        <source>A drooping eyelid</source>
        <translation>Ein herabhängendes Augenlid</translation>
    </message>
    <message>
        <source>Double vision</source>
        <translation>Doppeltsehen</translation>
    </message>
    <message>
        <source>Slurred or nasal speech</source>
        <translation>Verwaschene oder näselnde Sprache</translation>
    </message>
    <message>
        <source>Weakness getting worse</source>
        <translation>Zunehmende Schwäche</translation>
    </message>
    <message>
        <source>Very sleepy or hard to wake</source>
        <translation>Sehr schläfrig oder schwer zu wecken</translation>
    </message>
    <message>
        <source>Lost bladder or bowel control</source>
        <translation>Blasen- oder Darmkontrolle verloren</translation>
    </message>
    <message>
        <source>Bad headache with a stiff neck</source>
        <translation>Starke Kopfschmerzen mit steifem Nacken</translation>
    </message>
    <message>
        <source>Chest pain or racing heart</source>
        <translation>Brustschmerzen oder Herzrasen</translation>
    </message>
    <message>
        <source>an upper eyelid hangs lower than usual</source>
        <translation>ein Oberlid hängt tiefer als sonst</translation>
    </message>
    <message>
        <source>seeing two of things</source>
        <translation>alles doppelt sehen</translation>
    </message>
    <message>
        <source>words come out blurred or through the nose</source>
        <translation>Wörter klingen verwaschen oder durch die Nase</translation>
    </message>
    <message>
        <source>weaker by the hour or day; stairs, getting up or lifting the arms newly hard</source>
        <translation>von Stunde zu Stunde oder Tag zu Tag schwächer; Treppen, Aufstehen oder Armeheben neu schwer</translation>
    </message>
    <message>
        <source>far sleepier than usual, difficult to wake up</source>
        <translation>viel schläfriger als sonst, schwer aufzuwecken</translation>
    </message>
    <message>
        <source>new accidents, or cannot pass urine</source>
        <translation>neue Missgeschicke mit Blase oder Darm, oder kein Wasserlassen möglich</translation>
    </message>
    <message>
        <source>a bad headache with a stiff neck or a fever</source>
        <translation>starke Kopfschmerzen mit steifem Nacken oder Fieber</translation>
    </message>
    <message>
        <source>pain in the chest, or a racing or uneven heartbeat</source>
        <translation>Schmerzen in der Brust oder rasender bzw. unregelmäßiger Herzschlag</translation>
    </message>
</context>
<context>
    <name>FlagLevelStyle</name>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Contact soon</source>
        <translation>Bald melden</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>last %1 mean %2 ≥ baseline %3 + %4</source>
        <translation>Mittel der letzten %1: %2 ≥ Vergleichswert %3 + %4</translation>
    </message>
    <message>
        <source>score %1 ≥ baseline %2 + %3</source>
        <translation>Wert %1 ≥ Vergleichswert %2 + %3</translation>
    </message>
    <message>
        <source>marked on %1 of the last %2 days, not marked in the baseline days</source>
        <translation>markiert an %1 der letzten %2 Tage, an den Vergleichstagen nicht markiert</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 eingetragen</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <source>marked yes</source>
        <translation>mit Ja markiert</translation>
    </message>
    <message>
        <source> (from the caregiver&apos;s entry)</source>
        <translation> (aus dem Eintrag von Angehörigen)</translation>
    </message>
    <message>
        <source>fingertips</source>
        <translation>Fingerspitzen</translation>
    </message>
    <message>
        <source>fingers</source>
        <translation>Finger</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>wrist</source>
        <translation>Handgelenk</translation>
    </message>
    <message>
        <source>toes</source>
        <translation>Zehen</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>ankle</source>
        <translation>Knöchel</translation>
    </message>
    <message>
        <source>lower leg</source>
        <translation>Unterschenkel</translation>
    </message>
    <message>
        <source>buttoning</source>
        <translation>Zuknöpfen</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <source>grasping</source>
        <translation>Greifen</translation>
    </message>
    <message>
        <source>picking up small objects</source>
        <translation>Kleine Dinge aufheben</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>Gleichgewicht</translation>
    </message>
    <message>
        <source>feeling the ground</source>
        <translation>Boden spüren</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>Verwirrtheit</translation>
    </message>
    <message>
        <source>trouble finding words</source>
        <translation>Wortfindungsprobleme</translation>
    </message>
    <message>
        <source>tremor</source>
        <translation>Zittern</translation>
    </message>
    <message>
        <source>seizure</source>
        <translation>Krampfanfall</translation>
    </message>
    <message>
        <source>new trouble swallowing</source>
        <translation>neue Schluckbeschwerden</translation>
    </message>
    <message>
        <source>facial weakness</source>
        <translation>Schwäche im Gesicht</translation>
    </message>
    <message>
        <source>trouble breathing</source>
        <translation>Atembeschwerden</translation>
    </message>
    <message>
        <source>Symptoms getting worse</source>
        <translation>Beschwerden werden stärker</translation>
    </message>
    <message>
        <source>Symptoms spreading</source>
        <translation>Beschwerden breiten sich aus</translation>
    </message>
    <message>
        <source>New difficulty with a hand task</source>
        <translation>Neue Schwierigkeit bei einer Handtätigkeit</translation>
    </message>
    <message>
        <source>Walking or balance harder</source>
        <translation>Gehen oder Gleichgewicht schwieriger</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Sturz</translation>
    </message>
    <message>
        <source>Skin problem found</source>
        <translation>Hautproblem gefunden</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Numbness, tingling, burning or pain in the hands or feet is clearly higher than in your baseline days: over the last few logged days on average 2 points or more above, or on one day 4 points or more above.</source>
        <translation>Taubheit, Kribbeln, Brennen oder Schmerzen in den Händen oder Füßen sind deutlich stärker als an Ihren Vergleichstagen: an den letzten eingetragenen Tagen im Durchschnitt 2 Punkte oder mehr darüber, oder an einem einzelnen Tag 4 Punkte oder mehr darüber.</translation>
    </message>
    <message>
        <source>A place that was not marked in your baseline days is marked on 2 or more days of the last week.</source>
        <translation>Eine Stelle, die an Ihren Vergleichstagen nicht markiert war, ist in der letzten Woche an 2 oder mehr Tagen markiert.</translation>
    </message>
    <message>
        <source>Buttoning, writing, typing, grasping or picking up small objects is harder than in your baseline days, on 2 or more days of the last week.</source>
        <translation>Zuknöpfen, Schreiben, Tippen, Greifen oder das Aufheben kleiner Dinge fällt schwerer als an Ihren Vergleichstagen, und zwar an 2 oder mehr Tagen der letzten Woche.</translation>
    </message>
    <message>
        <source>Walking, keeping your balance or feeling the ground is harder than in your baseline days.</source>
        <translation>Gehen, das Gleichgewicht halten oder den Boden spüren fällt schwerer als an Ihren Vergleichstagen.</translation>
    </message>
    <message>
        <source>A fall was recorded.</source>
        <translation>Ein Sturz wurde eingetragen.</translation>
    </message>
    <message>
        <source>A skin problem (blister, cut, burn, redness or other) was found.</source>
        <translation>Ein Hautproblem (Blase, Schnittwunde, Verbrennung, Rötung oder anderes) wurde gefunden.</translation>
    </message>
    <message>
        <source>Your nerve symptoms are stronger than in your usual days. Tell your care team soon: hearing about it early lets them judge how severe it is, adjust your treatment if needed or offer medicine that eases nerve symptoms. Meanwhile keep your hands and feet warm, keep moving gently, avoid alcohol and smoking, and keep logging every day.</source>
        <translation>Ihre Nervenbeschwerden sind stärker als an Ihren gewohnten Tagen. Sagen Sie es bald Ihrem Behandlungsteam: Wenn es früh davon erfährt, kann es einschätzen, wie schwer die Beschwerden sind, Ihre Behandlung bei Bedarf anpassen oder Ihnen Medikamente anbieten, die Nervenbeschwerden lindern. Halten Sie bis dahin Hände und Füße warm, bleiben Sie sanft in Bewegung, verzichten Sie auf Alkohol und Rauchen, und tragen Sie weiterhin jeden Tag ein.</translation>
    </message>
    <message>
        <source>You are marking a place that was not affected in your usual days, so the symptoms seem to reach further than before. Tell your care team soon, and keep marking where you feel it so they can see how it changes.</source>
        <translation>Sie markieren eine Stelle, die an Ihren gewohnten Tagen nicht betroffen war; die Beschwerden scheinen also weiter zu reichen als zuvor. Sagen Sie es bald Ihrem Behandlungsteam, und markieren Sie weiterhin, wo Sie es spüren, damit das Team sehen kann, wie es sich verändert.</translation>
    </message>
    <message>
        <source>An everyday task with your hands has become harder than in your usual days. Tell your care team soon and ask whether aids (grips, button hooks, thicker pens) or physical or occupational therapy could help. Take extra care with heat and sharp things: use oven mitts and check the water temperature before washing.</source>
        <translation>Eine alltägliche Tätigkeit mit den Händen fällt Ihnen schwerer als an Ihren gewohnten Tagen. Sagen Sie es bald Ihrem Behandlungsteam und fragen Sie, ob Hilfsmittel (Griffverdickungen, Knöpfhilfen, dickere Stifte) oder Physio- oder Ergotherapie helfen könnten. Seien Sie besonders vorsichtig mit Hitze und scharfen Gegenständen: Benutzen Sie Topfhandschuhe und prüfen Sie vor dem Waschen die Wassertemperatur.</translation>
    </message>
    <message>
        <source>Walking, keeping your balance or feeling the ground has become harder than in your usual days. Tell your care team soon. To lower the risk of a fall, wear supportive non-slip shoes, use night lights, non-slip mats and handrails, and take your time on stairs.</source>
        <translation>Gehen, das Gleichgewicht halten oder den Boden spüren fällt Ihnen schwerer als an Ihren gewohnten Tagen. Sagen Sie es bald Ihrem Behandlungsteam. So senken Sie das Sturzrisiko: Tragen Sie feste, rutschfeste Schuhe, nutzen Sie Nachtlichter, rutschfeste Matten und Geländer, und lassen Sie sich auf Treppen Zeit.</translation>
    </message>
    <message>
        <source>You recorded a fall. Tell your care team about it. If you were hurt or hit your head, get medical help now. Night lights, non-slip mats, handrails and supportive shoes make falls less likely.</source>
        <translation>Sie haben einen Sturz eingetragen. Informieren Sie Ihr Behandlungsteam darüber. Wenn Sie sich verletzt oder den Kopf angeschlagen haben, holen Sie sich jetzt ärztliche Hilfe. Nachtlichter, rutschfeste Matten, Geländer und feste Schuhe machen Stürze weniger wahrscheinlich.</translation>
    </message>
    <message>
        <source>Keep an eye on it</source>
        <translation>Im Auge behalten</translation>
    </message>
    <message>
        <source>Tell your care team soon</source>
        <translation>Bald dem Behandlungsteam sagen</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Jetzt Hilfe holen</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>falls</source>
        <translation>Stürze</translation>
    </message>
    <message>
        <source>skin</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 links</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>%1 rechts</translation>
    </message>
    <message>
        <source>forearm</source>
        <translation>Unterarm</translation>
    </message>
    <message>
        <source>upper arm</source>
        <translation>Oberarm</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>drooping eyelid</source>
        <translation>herabhängendes Augenlid</translation>
    </message>
    <message>
        <source>double vision</source>
        <translation>Doppeltsehen</translation>
    </message>
    <message>
        <source>slurred speech</source>
        <translation>verwaschene Sprache</translation>
    </message>
    <message>
        <source>weakness getting worse</source>
        <translation>zunehmende Schwäche</translation>
    </message>
    <message>
        <source>very sleepy or hard to wake</source>
        <translation>sehr schläfrig oder schwer zu wecken</translation>
    </message>
    <message>
        <source>bladder or bowel control lost</source>
        <translation>Blasen- oder Darmkontrolle verloren</translation>
    </message>
    <message>
        <source>severe headache with a stiff neck</source>
        <translation>starke Kopfschmerzen mit steifem Nacken</translation>
    </message>
    <message>
        <source>chest pain or racing heartbeat</source>
        <translation>Brustschmerzen oder Herzrasen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>at the top of the scale</source>
        <translation>am oberen Ende der Skala</translation>
    </message>
    <message>
        <source>last %1 mean %2</source>
        <translation>Mittel der letzten %1: %2</translation>
    </message>
    <message>
        <source>level %1 &gt; baseline %2, on %3 of the last %4 days</source>
        <translation>Stufe %1 &gt; Vergleichswert %2, an %3 der letzten %4 Tage</translation>
    </message>
    <message>
        <source>level %1 &gt; baseline %2</source>
        <translation>Stufe %1 &gt; Vergleichswert %2</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1 today, %2 in the last %3 days</source>
        <translation>%1 heute, %2 in den letzten %3 Tagen</translation>
    </message>
    <message>
        <source>weakness %1 ≥ baseline %2 + %3</source>
        <translation>Schwäche %1 ≥ Vergleichswert %2 + %3</translation>
    </message>
    <message>
        <source>weakness %1</source>
        <translation>Schwäche %1</translation>
    </message>
    <message>
        <source>weakness %1, up from %2 on %3</source>
        <translation>Schwäche %1, gestiegen von %2 am %3</translation>
    </message>
    <message>
        <source>%1, up from %2 on %3; %4</source>
        <translation>%1, gestiegen von %2 am %3; %4</translation>
    </message>
    <message>
        <source>%1, again after the fall flagged on %2</source>
        <translation>%1, erneut nach dem Sturz vom %2</translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation>Beinahe-Stürze</translation>
    </message>
    <message>
        <source>Weakness getting worse</source>
        <translation>Zunehmende Schwäche</translation>
    </message>
    <message>
        <source>Weakness rising quickly</source>
        <translation>Schnell zunehmende Schwäche</translation>
    </message>
    <message>
        <source>A warning sign was recorded: confusion, trouble finding words, tremor, a seizure, new trouble swallowing, facial weakness, trouble breathing, a drooping eyelid, double vision, slurred speech, weakness getting worse, being very sleepy or hard to wake, lost bladder or bowel control, a severe headache with a stiff neck, or chest pain or a racing heartbeat.</source>
        <translation>Ein Warnzeichen wurde eingetragen: Verwirrtheit, Wortfindungsstörungen, Zittern, ein Krampfanfall, neue Schluckbeschwerden, Schwäche im Gesicht, Atembeschwerden, ein herabhängendes Augenlid, Doppeltsehen, verwaschene Sprache, zunehmende Schwäche, sehr schläfrig oder schwer zu wecken, Verlust der Blasen- oder Darmkontrolle, starke Kopfschmerzen mit steifem Nacken oder Brustschmerzen bzw. Herzrasen.</translation>
    </message>
    <message>
        <source>A near fall was recorded, and there were 2 or more near falls in the last week.</source>
        <translation>Ein Beinahe-Sturz wurde eingetragen, und in der letzten Woche gab es 2 oder mehr Beinahe-Stürze.</translation>
    </message>
    <message>
        <source>Weakness in the hands or feet is 2 or more and at least 2 points above your baseline days.</source>
        <translation>Die Schwäche in Händen oder Füßen ist 2 oder mehr und mindestens 2 Punkte höher als in Ihren Vergleichstagen.</translation>
    </message>
    <message>
        <source>Weakness in the hands or feet is 4 or more and at least 3 points higher than on a day of the week before.</source>
        <translation>Die Schwäche in Händen oder Füßen ist 4 oder mehr und mindestens 3 Punkte höher als an einem Tag der Woche davor.</translation>
    </message>
    <message>
        <source>You nearly fell more than once in a week. Tell your care team soon: it can be the first sign that walking or balance is getting harder. Wear supportive non-slip shoes, use night lights, non-slip mats and handrails, and take your time when you stand up.</source>
        <translation>Sie sind innerhalb einer Woche mehr als einmal beinahe gestürzt. Sagen Sie es bald Ihrem Behandlungsteam: Es kann das erste Zeichen sein, dass Gehen oder Gleichgewicht schwerer werden. Tragen Sie feste, rutschfeste Schuhe, nutzen Sie Nachtlichter, rutschfeste Matten und Handläufe, und lassen Sie sich beim Aufstehen Zeit.</translation>
    </message>
    <message>
        <source>Your hands or feet are weaker than in your usual days. Tell your care team soon. If the weakness keeps getting worse over hours or days, or walking, swallowing or breathing becomes hard, get help now.</source>
        <translation>Ihre Hände oder Füße sind schwächer als an Ihren üblichen Tagen. Sagen Sie es bald Ihrem Behandlungsteam. Wenn die Schwäche über Stunden oder Tage weiter zunimmt oder Gehen, Schlucken oder Atmen schwerfällt, holen Sie sofort Hilfe.</translation>
    </message>
    <message>
        <source>near falls</source>
        <translation>Beinahe-Stürze</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>worse again since %1</source>
        <translation>wieder schlechter seit %1</translation>
    </message>
    <message>
        <source>You found a skin problem. Call your care team the same day if the redness spreads, the skin feels warm, there is pus, or a fever comes with it, above all if you take steroids or your blood counts are low after CAR-T. Otherwise keep the spot clean and protected, look at it every day, and show it to your care team at your next visit. Skin with less feeling can be hurt without you noticing: check your feet daily, never walk barefoot, feel inside your shoes before putting them on, test the water temperature with a thermometer or your elbow, and moisturise your hands and feet, but not between the toes.</source>
        <translation>Sie haben ein Hautproblem gefunden. Rufen Sie noch am selben Tag Ihr Behandlungsteam an, wenn sich die Rötung ausbreitet, die Haut sich warm anfühlt, Eiter zu sehen ist oder Sie Fieber haben – vor allem, wenn Sie Steroide (Kortison) nehmen oder Ihre Blutwerte nach CAR-T niedrig sind. Sonst halten Sie die Stelle sauber und geschützt, sehen Sie sie jeden Tag an und zeigen Sie sie Ihrem Behandlungsteam beim nächsten Termin. Haut mit weniger Gefühl kann sich verletzen, ohne dass Sie es merken: Sehen Sie Ihre Füße täglich an, gehen Sie nie barfuß, tasten Sie Ihre Schuhe innen ab, bevor Sie sie anziehen, prüfen Sie die Wassertemperatur mit einem Thermometer oder dem Ellbogen, und cremen Sie Hände und Füße ein, aber nicht zwischen den Zehen.</translation>
    </message>
    <message>
        <source>This warning sign needs help at once. Call your emergency number now, or go to the emergency department; do not drive yourself. After CAR-T, also call your treatment centre&apos;s 24-hour line. Then tell your care team.</source>
        <translation>Dieses Warnzeichen braucht sofort Hilfe. Rufen Sie jetzt den Notruf an oder fahren Sie in die Notaufnahme – aber fahren Sie nicht selbst. Nach CAR-T rufen Sie zusätzlich die 24-Stunden-Nummer Ihres Behandlungszentrums an. Sagen Sie es danach Ihrem Behandlungsteam.</translation>
    </message>
    <message>
        <source>Weakness has risen quickly within a week. This needs help at once. Call your emergency number now, or go to the emergency department; do not drive yourself. After CAR-T, also call your treatment centre&apos;s 24-hour line. Then tell your care team.</source>
        <translation>Die Schwäche hat innerhalb einer Woche schnell zugenommen. Das braucht sofort Hilfe. Rufen Sie jetzt den Notruf an oder fahren Sie in die Notaufnahme – aber fahren Sie nicht selbst. Nach CAR-T rufen Sie zusätzlich die 24-Stunden-Nummer Ihres Behandlungszentrums an. Sagen Sie es danach Ihrem Behandlungsteam.</translation>
    </message>
</context>
<context>
    <name>FlagsCommand</name>
    <message>
        <source>List the times the diary suggests contacting the care team (flags), oldest first.</source>
        <translation>Die Gelegenheiten auflisten, bei denen das Tagebuch vorschlägt, sich an das Behandlungsteam zu wenden (Hinweise), älteste zuerst.</translation>
    </message>
    <message>
        <source>Show flags from this day on (the rules still see the whole diary).</source>
        <translation>Hinweise ab diesem Tag zeigen (die Regeln berücksichtigen trotzdem das ganze Tagebuch).</translation>
    </message>
    <message>
        <source>Show flags up to this day.</source>
        <translation>Hinweise bis zu diesem Tag zeigen.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of one line per flag.</source>
        <translation>Ein JSON-Array ausgeben statt einer Zeile pro Hinweis.</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>Keine Hinweise.</translation>
    </message>
</context>
<context>
    <name>GradeEstimate</name>
    <message>
        <source>Estimated grade (patient-reported)</source>
        <translation>Geschätzter Grad (nach Patientenangaben)</translation>
    </message>
    <message>
        <source>An estimate from your own ratings (0–3), to help talk with your care team. It is not the official grade: only your care team grades this side effect.</source>
        <translation>Eine Schätzung aus Ihren eigenen Bewertungen (0–3), als Hilfe für das Gespräch mit Ihrem Behandlungsteam. Es ist nicht der offizielle Grad: Nur Ihr Behandlungsteam stuft diese Nebenwirkung ein.</translation>
    </message>
</context>
<context>
    <name>GradesCommand</name>
    <message>
        <source>List the estimated grade (patient-reported, 0 to 3) of every day that has one, oldest first.</source>
        <translation>Den geschätzten Grad (selbst berichtet, 0 bis 3) jedes Tages ausgeben, der einen hat, älteste zuerst.</translation>
    </message>
    <message>
        <source>Show days from this day on.</source>
        <translation>Tage ab diesem Tag zeigen.</translation>
    </message>
    <message>
        <source>Show days up to this day.</source>
        <translation>Tage bis zu diesem Tag zeigen.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of one line per day.</source>
        <translation>Ein JSON-Array ausgeben statt einer Zeile pro Tag.</translation>
    </message>
    <message>
        <source>No estimated grades.</source>
        <translation>Keine geschätzten Grade.</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message numerus="yes">
        <source>nervediary: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>nervediary: %n Problem gefunden; es wurde nichts importiert.</numerusform>
            <numerusform>nervediary: %n Probleme gefunden; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nervediary: %n conflict(s) with the diary; nothing was imported.</source>
        <translation>
            <numerusform>nervediary: %n Konflikt mit dem Tagebuch; es wurde nichts importiert.</numerusform>
            <numerusform>nervediary: %n Konflikte mit dem Tagebuch; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import entries (and treatment events) from CSV, all or nothing.</source>
        <translation>Einträge (und Behandlungsereignisse) aus CSV importieren, ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>The entries file.</source>
        <translation>Die Datei mit den Einträgen.</translation>
    </message>
    <message>
        <source>A treatment events file to import as well.</source>
        <translation>Eine Datei mit Behandlungsereignissen, die ebenfalls importiert wird.</translation>
    </message>
    <message>
        <source>EVENTS.csv</source>
        <translation>EVENTS.csv</translation>
    </message>
    <message>
        <source>What to do with an entry whose date and author are already in the diary: fail (default), skip (keep the stored one) or replace.</source>
        <translation>Was mit einem Eintrag geschieht, dessen Datum und Autor schon im Tagebuch stehen: fail (abbrechen, Standard), skip (den gespeicherten behalten) oder replace (ersetzen).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>import-csv needs exactly one entries file</source>
        <translation>import-csv braucht genau eine Datei mit Einträgen</translation>
    </message>
    <message>
        <source>--on-conflict must be fail, skip or replace</source>
        <translation>--on-conflict muss fail, skip oder replace sein</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Imported %1 new entries, replaced %2, skipped %3; %4 treatment events added, %5 replaced, %6 skipped.</source>
        <translation>%1 neue Einträge importiert, %2 ersetzt, %3 übersprungen; %4 Behandlungsereignisse hinzugefügt, %5 ersetzt, %6 übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation>
            <numerusform>… und %n weiteres Problem, nicht aufgeführt.</numerusform>
            <numerusform>… und %n weitere Probleme, nicht aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not written. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde %1 nicht geschrieben. Schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or folder is read-only.</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger oder Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 cannot be written: you have no permission to write there.</source>
        <translation>%1 kann nicht geschrieben werden: Sie haben keine Berechtigung, dort zu schreiben.</translation>
    </message>
</context>
<context>
    <name>RemindCommand</name>
    <message>
        <source>Send the daily reminder as a desktop notification when the diary day has no entry (at most once a day); quietly do nothing otherwise.</source>
        <translation>Die tägliche Erinnerung als Desktop-Benachrichtigung senden, wenn der Tagebuchtag keinen Eintrag hat (höchstens einmal am Tag); sonst still nichts tun.</translation>
    </message>
    <message>
        <source>The diary file (default: the one the window opens).</source>
        <translation>Die Tagebuchdatei (Standard: die, die das Fenster öffnet).</translation>
    </message>
    <message>
        <source>Do not wait for an answer to the notification.</source>
        <translation>Nicht auf eine Antwort auf die Benachrichtigung warten.</translation>
    </message>
    <message>
        <source>Act as if it were this moment (YYYY-MM-DDTHH:MM).</source>
        <translation>So tun, als wäre es dieser Zeitpunkt (JJJJ-MM-TTTHH:MM).</translation>
    </message>
    <message>
        <source>--at needs a time like 2026-03-12T20:00</source>
        <translation>--at braucht einen Zeitpunkt wie 2026-03-12T20:00</translation>
    </message>
    <message>
        <source>no notification service on the session bus; the reminder was not shown: %1</source>
        <translation>kein Benachrichtigungsdienst auf dem Sitzungsbus; die Erinnerung wurde nicht gezeigt: %1</translation>
    </message>
    <message>
        <source>the reminder could not be shown: %1</source>
        <translation>die Erinnerung konnte nicht gezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>ReminderInstaller</name>
    <message>
        <source>The reminder could not be switched on in %1.</source>
        <translation>Die Erinnerung konnte in %1 nicht eingeschaltet werden.</translation>
    </message>
    <message>
        <source>The reminder was saved, but systemd did not start it; it starts at the next login.</source>
        <translation>Die Erinnerung ist gespeichert, aber systemd hat sie nicht gestartet; sie beginnt bei der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>The reminder could not be written to %1: %2</source>
        <translation>Die Erinnerung konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message numerus="yes">
        <source>%n day(s) without a diary entry</source>
        <translation>
            <numerusform>%n Tag ohne Tagebucheintrag</numerusform>
            <numerusform>%n Tage ohne Tagebucheintrag</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is logged for them since %1. Log how they are today; the days you missed can be filled in too.</source>
        <translation>Seit %1 ist für die Person nichts eingetragen. Tragen Sie ein, wie es ihr heute geht; die fehlenden Tage lassen sich nachtragen.</translation>
    </message>
    <message>
        <source>Nothing is logged since %1. Log how you are today; the days you missed can be filled in too.</source>
        <translation>Seit %1 ist nichts eingetragen. Tragen Sie ein, wie es Ihnen heute geht; die fehlenden Tage lassen sich nachtragen.</translation>
    </message>
    <message>
        <source>Nothing was logged for %1</source>
        <translation>Für %1 wurde nichts eingetragen</translation>
    </message>
    <message>
        <source>You can still log how they were that day. It takes a minute.</source>
        <translation>Sie können noch eintragen, wie es der Person an diesem Tag ging. Es dauert nur eine Minute.</translation>
    </message>
    <message>
        <source>You can still log how you were that day. It takes a minute.</source>
        <translation>Sie können noch eintragen, wie es Ihnen an diesem Tag ging. Es dauert nur eine Minute.</translation>
    </message>
    <message>
        <source>Nothing is logged for them today</source>
        <translation>Heute ist für die Person noch nichts eingetragen</translation>
    </message>
    <message>
        <source>You have not logged today</source>
        <translation>Sie haben heute noch nichts eingetragen</translation>
    </message>
    <message>
        <source>How do their hands and feet seem today? It takes a minute.</source>
        <translation>Wie wirken ihre Hände und Füße heute? Es dauert nur eine Minute.</translation>
    </message>
    <message>
        <source>How are your hands and feet today? It takes a minute.</source>
        <translation>Wie geht es Ihren Händen und Füßen heute? Es dauert nur eine Minute.</translation>
    </message>
    <message>
        <source>Log today</source>
        <translation>Heute eintragen</translation>
    </message>
    <message>
        <source>Log the missed days</source>
        <translation>Fehlende Tage eintragen</translation>
    </message>
    <message>
        <source>Log that day</source>
        <translation>Diesen Tag eintragen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>marked</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>new since the baseline (hatched)</source>
        <translation>neu seit dem Vergleichszeitraum (schraffiert)</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>linke Hand</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>rechte Hand</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>treatment event (a tick above every chart)</source>
        <translation>Behandlungsereignis (Strich über jedem Diagramm)</translation>
    </message>
    <message>
        <source>treatment event (dashed line in every chart)</source>
        <translation>Behandlungsereignis (gestrichelte Linie in jedem Diagramm)</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Each day shows the highest value of the patient&apos;s and caregiver&apos;s entries. Days without an entry are gaps; the grey band marks the baseline days.</source>
        <translation>Jeder Tag zeigt den höchsten Wert aus den Einträgen von Patient/in und Angehörigen. Tage ohne Eintrag bleiben Lücken; das graue Band markiert die Vergleichstage.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>contact team</source>
        <translation>bald melden</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>beobachten</translation>
    </message>
    <message>
        <source>P+C</source>
        <translation>P+A</translation>
    </message>
    <message>
        <source>C</source>
        <translation>A</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <source>One line per logged day. Each value is the day&apos;s highest over the patient&apos;s (P) and caregiver&apos;s (C) entries; days logged only by a caregiver are in italics.</source>
        <translation>Eine Zeile pro eingetragenem Tag. Jeder Wert ist der höchste des Tages aus den Einträgen von Patient/in (P) und Angehörigen (A); Tage, die nur von Angehörigen eingetragen wurden, stehen kursiv.</translation>
    </message>
    <message>
        <source>Hands, Feet: highest of numbness, tingling, burning and pain (0–10). Grade: estimated grade, patient-reported (0–3).</source>
        <translation>Hände, Füße: höchster Wert aus Taubheit, Kribbeln, Brennen und Schmerzen (0–10). Grad: geschätzter Grad nach Patientenangaben (0–3).</translation>
    </message>
    <message>
        <source>Tasks (0 none, 1 mild, 2 moderate, 3 severe, 4 unable): Btn buttoning, Wri writing, Typ typing, Grs grasping, Sml small objects, Wlk walking, Bal balance, Grd feeling the ground.</source>
        <translation>Tätigkeiten (0 keine, 1 leicht, 2 mäßig, 3 schwer, 4 nicht möglich): Knf Zuknöpfen, Sch Schreiben, Tip Tippen, Grf Greifen, Kln kleine Dinge aufheben, Ge Gehen, Glg Gleichgewicht, Bo Boden spüren.</translation>
    </message>
    <message>
        <source>Flags: the most pressing level among the flags that started that day, and how many. Skin, signs: skin problems found and warning signs marked.</source>
        <translation>St., Fast: Stürze und Beinahe-Stürze. Hinw.: die dringendste Stufe unter den Hinweisen, die an diesem Tag begonnen haben, und ihre Anzahl. Haut, Zeichen: gefundene Hautprobleme und markierte Warnzeichen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>Grade</source>
        <comment>day table column</comment>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Falls</source>
        <comment>day table column</comment>
        <translation>St.</translation>
    </message>
    <message>
        <source>Near</source>
        <comment>day table column: near falls</comment>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Flags</source>
        <comment>day table column</comment>
        <translation>Hinw.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Skin, signs</source>
        <translation>Haut, Zeichen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Treatment events</source>
        <translation>Behandlungsereignisse</translation>
    </message>
    <message>
        <source>No treatment events were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Behandlungsereignisse eingetragen.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation>In diesem Zeitraum wurden keine Notizen geschrieben.</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation>Angehörige</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Flags with their numbers</source>
        <translation>Hinweise mit ihren Zahlen</translation>
    </message>
    <message>
        <source>No flags in this period.</source>
        <translation>Keine Hinweise in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Every flag of the period, oldest first, with the numbers that raised it and whether it was discussed with the care team.</source>
        <translation>Jeder Hinweis des Zeitraums, älteste zuerst, mit den Zahlen, die ihn ausgelöst haben, und ob er mit dem Behandlungsteam besprochen wurde.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation>Die Zahlen</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>How the diary raises flags</source>
        <translation>Wie das Tagebuch Hinweise auslöst</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Holds when</source>
        <translation>Greift, wenn</translation>
    </message>
    <message>
        <source>Nerve symptom diary</source>
        <translation>Tagebuch Nervenbeschwerden</translation>
    </message>
    <message>
        <source>Nerve symptom diary: %1</source>
        <translation>Tagebuch Nervenbeschwerden: %1</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <source>Made on %1 with NerveDiary %2</source>
        <translation>Erstellt am %1 mit NerveDiary %2</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Vergleichszeitraum</translation>
    </message>
    <message>
        <source>Hands and feet</source>
        <translation>Hände und Füße</translation>
    </message>
    <message>
        <source>highest of numbness, tingling, burning, pain (0–10)</source>
        <translation>höchster Wert aus Taubheit, Kribbeln, Brennen, Schmerzen (0–10)</translation>
    </message>
    <message>
        <source>hands, daily</source>
        <translation>Hände, täglich</translation>
    </message>
    <message>
        <source>feet, daily</source>
        <translation>Füße, täglich</translation>
    </message>
    <message>
        <source>hands, 7-day average</source>
        <translation>Hände, 7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>feet, 7-day average</source>
        <translation>Füße, 7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>Alltägliche Tätigkeiten</translation>
    </message>
    <message>
        <source>highest level of the day</source>
        <translation>höchste Stufe des Tages</translation>
    </message>
    <message>
        <source>hand tasks</source>
        <translation>Handtätigkeiten</translation>
    </message>
    <message>
        <source>walking, balance, feeling the ground</source>
        <translation>Gehen, Gleichgewicht, Boden spüren</translation>
    </message>
    <message>
        <source>for discussion, not the official grade</source>
        <translation>zur Besprechung, nicht der offizielle Grad</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Stürze</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>added up over every %1 days</source>
        <translation>zusammengezählt über je %1 Tage</translation>
    </message>
    <message>
        <source>falls</source>
        <translation>Stürze</translation>
    </message>
    <message>
        <source>near falls</source>
        <translation>Beinahe-Stürze</translation>
    </message>
    <message>
        <source>Nerve symptom diary report</source>
        <translation>Bericht aus dem Tagebuch Nervenbeschwerden</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Für den Bericht wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the report.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen für den Bericht an.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied.</source>
        <translation>%1 kann nicht geschrieben werden: keine Berechtigung.</translation>
    </message>
    <message>
        <source>The report was not written: it was cancelled.</source>
        <translation>Der Bericht wurde nicht geschrieben: Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Immune checkpoint inhibitor</source>
        <translation>Immun-Checkpoint-Inhibitor</translation>
    </message>
    <message>
        <source>CAR-T cell therapy</source>
        <translation>CAR-T-Zelltherapie</translation>
    </message>
    <message>
        <source>Other immunotherapy</source>
        <translation>Andere Immuntherapie</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Btn</source>
        <translation>Knf</translation>
    </message>
    <message>
        <source>Wri</source>
        <translation>Sch</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Grs</source>
        <translation>Grf</translation>
    </message>
    <message>
        <source>Sml</source>
        <translation>Kln</translation>
    </message>
    <message>
        <source>Wlk</source>
        <translation>Ge</translation>
    </message>
    <message>
        <source>Bal</source>
        <translation>Glg</translation>
    </message>
    <message>
        <source>Grd</source>
        <translation>Bo</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>Verwirrtheit</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Wortfindung</translation>
    </message>
    <message>
        <source>tremor</source>
        <translation>Zittern</translation>
    </message>
    <message>
        <source>seizure</source>
        <translation>Krampfanfall</translation>
    </message>
    <message>
        <source>swallowing</source>
        <translation>Schlucken</translation>
    </message>
    <message>
        <source>face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (Regel %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none (the diary is empty)</source>
        <translation>keiner (das Tagebuch ist leer)</translation>
    </message>
    <message>
        <source>%1 (the diary&apos;s first week)</source>
        <translation>%1 (erste Woche des Tagebuchs)</translation>
    </message>
    <message>
        <source>%1 (chosen by the patient)</source>
        <translation>%1 (von Patient/in gewählt)</translation>
    </message>
    <message>
        <source>Nerve symptom diary: report for the care team</source>
        <translation>Tagebuch Nervenbeschwerden: Bericht für das Behandlungsteam</translation>
    </message>
    <message>
        <source>Kept by the patient at home. Scores and the grade are the patient&apos;s own ratings and estimates.</source>
        <translation>Zu Hause von der Patientin oder dem Patienten geführt. Werte und Grad sind deren eigene Bewertungen und Schätzungen.</translation>
    </message>
    <message>
        <source>%1 of %2 days, %3 with a caregiver&apos;s entry</source>
        <translation>%1 von %2 Tagen, %3 davon mit Eintrag von Angehörigen</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 von %2 Tagen</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Behandlungsteam</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Eingetragen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Vergleichszeitraum</translation>
    </message>
    <message>
        <source>of 10</source>
        <translation>von 10</translation>
    </message>
    <message>
        <source>mean of the last 7 days (days scored: %1)</source>
        <translation>Mittel der letzten 7 Tage (Tage mit Wert: %1)</translation>
    </message>
    <message>
        <source>no scores in the last 7 days</source>
        <translation>keine Werte in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>Vergleichswert %1</translation>
    </message>
    <message>
        <source>%1, change %2</source>
        <translation>%1, Veränderung %2</translation>
    </message>
    <message>
        <source>no baseline scores</source>
        <translation>keine Vergleichswerte</translation>
    </message>
    <message>
        <source>of 3</source>
        <translation>von 3</translation>
    </message>
    <message>
        <source>highest in the last 7 days</source>
        <translation>höchster Wert der letzten 7 Tage</translation>
    </message>
    <message>
        <source>nothing rated in the last 7 days</source>
        <translation>in den letzten 7 Tagen nichts bewertet</translation>
    </message>
    <message>
        <source>nothing rated at the baseline</source>
        <translation>im Vergleichszeitraum nichts bewertet</translation>
    </message>
    <message>
        <source>Falls in the period</source>
        <translation>Stürze im Zeitraum</translation>
    </message>
    <message>
        <source>days with a fall: %1</source>
        <translation>Tage mit Sturz: %1</translation>
    </message>
    <message>
        <source>near falls: %1</source>
        <translation>Beinahe-Stürze: %1</translation>
    </message>
    <message>
        <source>Flags in this period</source>
        <translation>Hinweise in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>1 flag</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <source>All were discussed with the care team.</source>
        <translation>Alle wurden mit dem Behandlungsteam besprochen.</translation>
    </message>
    <message>
        <source>None was discussed with the care team yet.</source>
        <translation>Noch keiner wurde mit dem Behandlungsteam besprochen.</translation>
    </message>
    <message>
        <source>Not yet discussed with the care team: %1.</source>
        <translation>Noch nicht mit dem Behandlungsteam besprochen: %1.</translation>
    </message>
    <message>
        <source>What the diary shows</source>
        <translation>Was das Tagebuch zeigt</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>ja, %1</translation>
    </message>
    <message>
        <source>Where symptoms are marked</source>
        <translation>Wo Beschwerden markiert sind</translation>
    </message>
    <message>
        <source>Baseline days (%1)</source>
        <translation>Vergleichstage (%1)</translation>
    </message>
    <message>
        <source>Baseline days</source>
        <translation>Vergleichstage</translation>
    </message>
    <message>
        <source>Last 7 days of the period (%1)</source>
        <translation>Letzte 7 Tage des Zeitraums (%1)</translation>
    </message>
    <message>
        <source>Newly marked since the baseline: %1.</source>
        <translation>Seit dem Vergleichszeitraum neu markiert: %1.</translation>
    </message>
    <message>
        <source>No places were marked in the last 7 days of the period.</source>
        <translation>In den letzten 7 Tagen des Zeitraums wurden keine Stellen markiert.</translation>
    </message>
    <message>
        <source>No place is newly marked since the baseline.</source>
        <translation>Seit dem Vergleichszeitraum ist keine Stelle neu markiert.</translation>
    </message>
    <message>
        <source>Treatment events in this period</source>
        <translation>Behandlungsereignisse in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Earlier events of the period not shown here: %1. All are listed on page %2.</source>
        <translation>Frühere Ereignisse des Zeitraums, die hier nicht stehen: %1. Alle stehen auf Seite %2.</translation>
    </message>
    <message>
        <source>Earlier events of the period not shown here: %1.</source>
        <translation>Frühere Ereignisse des Zeitraums, die hier nicht stehen: %1.</translation>
    </message>
    <message>
        <source>There are no diary entries in this period.</source>
        <translation>In diesem Zeitraum gibt es keine Tagebucheinträge.</translation>
    </message>
    <message>
        <source>Nothing was logged from %1 to %2, so there is nothing to summarise or chart.</source>
        <translation>Zwischen %1 und %2 wurde nichts eingetragen, daher gibt es nichts zusammenzufassen oder darzustellen.</translation>
    </message>
    <message>
        <source>The diary has entries from %1 to %2.</source>
        <translation>Das Tagebuch enthält Einträge von %1 bis %2.</translation>
    </message>
    <message>
        <source>eyelid</source>
        <translation>Augenlid</translation>
    </message>
    <message>
        <source>double vision</source>
        <translation>Doppeltsehen</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>hard to wake</source>
        <translation>schwer zu wecken</translation>
    </message>
    <message>
        <source>bladder/bowel</source>
        <translation>Blase/Darm</translation>
    </message>
    <message>
        <source>headache, stiff neck</source>
        <translation>Kopfschmerz, steifer Nacken</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Cold</source>
        <comment>symptom: sensitivity to cold</comment>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>Warning signs in this period</source>
        <translation>Warnzeichen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>None of the %1 warning signs the diary asks about was marked in this period.</source>
        <translation>Keines der %1 Warnzeichen, nach denen das Tagebuch fragt, wurde in diesem Zeitraum markiert.</translation>
    </message>
    <message>
        <source>Every sign marked in the period, with the days it was marked. Each one was advised as an emergency: emergency services first, then the care team.</source>
        <translation>Jedes im Zeitraum markierte Zeichen mit den Tagen, an denen es markiert wurde. Zu jedem wurde wie bei einem Notfall geraten: zuerst der Notruf, dann das Behandlungsteam.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Hands: each symptom, week by week</source>
        <translation>Hände: jede Beschwerde, Woche für Woche</translation>
    </message>
    <message>
        <source>Feet: each symptom, week by week</source>
        <translation>Füße: jede Beschwerde, Woche für Woche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Worst day of the period</source>
        <translation>Schlimmster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Warning signs and each symptom</source>
        <translation>Warnzeichen und jede Beschwerde</translation>
    </message>
    <message>
        <source>Scores 0–10 as rated by the patient (the day&apos;s highest over patient and caregiver entries). Each week&apos;s mean over its rated days; a dash: not rated that week. Weakness is rated on its own and is not part of the limb score.</source>
        <translation>Werte 0–10, wie vom Patienten bewertet (der höchste Wert des Tages aus den Einträgen von Patient und Angehörigen). Je Woche der Mittelwert über die bewerteten Tage; ein Strich: in dieser Woche nicht bewertet. Schwäche wird für sich bewertet und zählt nicht zum Wert für Hände oder Füße.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1; emergency number: %2</source>
        <translation>%1; Notruf: %2</translation>
    </message>
    <message>
        <source>%1; treatment centre, 24 hours: %2</source>
        <translation>%1; Behandlungszentrum, 24 Stunden: %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>begonnen am %1</translation>
    </message>
    <message>
        <source>started %1 (first infusion)</source>
        <translation>begonnen am %1 (erste Infusion)</translation>
    </message>
    <message>
        <source>start not recorded</source>
        <translation>Beginn nicht eingetragen</translation>
    </message>
    <message>
        <source>last dose %1</source>
        <translation>letzte Gabe %1</translation>
    </message>
    <message>
        <source>day %1 after the CAR-T infusion at the period&apos;s end</source>
        <translation>Tag %1 nach der CAR-T-Infusion am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>day %1 of treatment at the period&apos;s end</source>
        <translation>Behandlungstag %1 am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>first flag of the period on day %1 after the infusion</source>
        <translation>erster Hinweis des Zeitraums an Tag %1 nach der Infusion</translation>
    </message>
    <message>
        <source>first flag of the period on day %1 of treatment</source>
        <translation>erster Hinweis des Zeitraums an Behandlungstag %1</translation>
    </message>
    <message>
        <source>Treatment: %1.</source>
        <translation>Behandlung: %1.</translation>
    </message>
    <message>
        <source>diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>earlier nerve-damaging chemotherapy</source>
        <translation>frühere nervenschädigende Chemotherapie</translation>
    </message>
    <message>
        <source>steroids now</source>
        <translation>derzeit Steroide</translation>
    </message>
    <message>
        <source>nerve-pain medicines now</source>
        <translation>derzeit Medikamente gegen Nervenschmerzen</translation>
    </message>
    <message>
        <source>regular alcohol</source>
        <translation>regelmäßig Alkohol</translation>
    </message>
    <message>
        <source>Risk context (from the patient): %1.</source>
        <translation>Risikofaktoren (Angaben des Patienten): %1.</translation>
    </message>
    <message>
        <source>%1 of %2 not yet</source>
        <translation>%1 von %2 noch nicht</translation>
    </message>
    <message>
        <source>No flags: the %1 checks ran over the %2 logged days of this period and none matched. No flag does not mean all is well: the patient is asked to call the care team whenever worried.</source>
        <translation>Keine Hinweise: Die %1 Prüfungen liefen über die %2 eingetragenen Tage dieses Zeitraums, und keine traf zu. Kein Hinweis heißt nicht, dass alles in Ordnung ist: Der Patient soll das Behandlungsteam immer anrufen, wenn er sich Sorgen macht.</translation>
    </message>
    <message>
        <source>%1 (%2). %3 Urgent first, then newest first; flags of one rule on one day share a line:</source>
        <translation>%1 (%2). %3 Dringende zuerst, dann die neuesten zuerst; Hinweise derselben Regel am selben Tag stehen in einer Zeile:</translation>
    </message>
    <message>
        <source>Urgent means: emergency services first, then the care team. %1.</source>
        <translation>Dringend heißt: zuerst der Notruf, dann das Behandlungsteam. %1.</translation>
    </message>
    <message>
        <source>see the flags with their numbers</source>
        <translation>siehe die Hinweise mit ihren Zahlen</translation>
    </message>
    <message>
        <source>Flags not shown here (none of them urgent): %1. Every flag of the period is listed with its numbers on page %2.</source>
        <translation>Hier nicht gezeigte Hinweise (keiner davon dringend): %1. Jeder Hinweis des Zeitraums steht mit seinen Zahlen auf Seite %2.</translation>
    </message>
    <message>
        <source>Flags not shown here (none of them urgent): %1.</source>
        <translation>Hier nicht gezeigte Hinweise (keiner davon dringend): %1.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Saved the report (%1 pages) to %2.</source>
        <translation>Bericht (%1 Seiten) gespeichert unter %2.</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 Seiten an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Der Druck wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SelfCareGuide</name>
    <message>
        <source>Early symptoms</source>
        <translation>Frühe Anzeichen</translation>
    </message>
    <message>
        <source>Pins and needles, numbness, burning or pain in the fingers or toes.</source>
        <translation>Kribbeln (Ameisenlaufen), Taubheit, Brennen oder Schmerzen in den Fingern oder Zehen.</translation>
    </message>
    <message>
        <source>Tell your care team about changes early, even small ones.</source>
        <translation>Sagen Sie Ihrem Behandlungsteam früh Bescheid, wenn sich etwas verändert, auch wenn es nur wenig ist.</translation>
    </message>
    <message>
        <source>Keep moving with gentle exercise such as short walks or stretching: it helps circulation.</source>
        <translation>Bleiben Sie mit sanfter Bewegung aktiv, etwa mit kurzen Spaziergängen oder Dehnübungen: Das fördert die Durchblutung.</translation>
    </message>
    <message>
        <source>Keep logging every day so changes show up clearly.</source>
        <translation>Tragen Sie weiterhin jeden Tag ein, damit Veränderungen deutlich sichtbar werden.</translation>
    </message>
    <message>
        <source>Changes in what you can do</source>
        <translation>Veränderungen bei dem, was Sie tun können</translation>
    </message>
    <message>
        <source>Buttons, writing, typing or holding things getting harder; walking or balance getting worse; not feeling the ground under your feet.</source>
        <translation>Zuknöpfen, Schreiben, Tippen oder Festhalten fällt schwerer; Gehen oder Gleichgewicht werden schlechter; Sie spüren den Boden unter den Füßen nicht.</translation>
    </message>
    <message>
        <source>Ask about aids that make grip and dressing easier, and about physical therapy.</source>
        <translation>Fragen Sie nach Hilfsmitteln, die Greifen und Anziehen erleichtern, und nach Physiotherapie.</translation>
    </message>
    <message>
        <source>Wear supportive shoes with non-slip soles, indoors too.</source>
        <translation>Tragen Sie feste Schuhe mit rutschfesten Sohlen, auch in der Wohnung.</translation>
    </message>
    <message>
        <source>Make your home safer against falls (see the safety tips).</source>
        <translation>Machen Sie Ihr Zuhause sicherer gegen Stürze (siehe die Sicherheitstipps).</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>Hands and feet that are very sensitive to cold.</source>
        <translation>Hände und Füße, die sehr kälteempfindlich sind.</translation>
    </message>
    <message>
        <source>Wear gloves and warm socks when it is cold.</source>
        <translation>Tragen Sie bei Kälte Handschuhe und warme Socken.</translation>
    </message>
    <message>
        <source>Avoid alcohol; it can add stress to nerves.</source>
        <translation>Meiden Sie Alkohol; er kann die Nerven zusätzlich belasten.</translation>
    </message>
    <message>
        <source>If you smoke, ask your care team for help to stop.</source>
        <translation>Wenn Sie rauchen, bitten Sie Ihr Behandlungsteam um Hilfe beim Aufhören.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Burns, cuts or blisters you may not feel because of numbness.</source>
        <translation>Verbrennungen, Schnitte oder Blasen, die Sie wegen der Taubheit vielleicht nicht spüren.</translation>
    </message>
    <message>
        <source>Check the water temperature with your elbow or a thermometer before washing or bathing.</source>
        <translation>Prüfen Sie vor dem Waschen oder Baden die Wassertemperatur mit dem Ellbogen oder einem Thermometer.</translation>
    </message>
    <message>
        <source>Use oven gloves, and be careful with heating pads and hot-water bottles.</source>
        <translation>Benutzen Sie Topfhandschuhe, und seien Sie vorsichtig mit Heizkissen und Wärmflaschen.</translation>
    </message>
    <message>
        <source>Look at your feet every day for blisters, cuts or redness.</source>
        <translation>Sehen Sie sich jeden Tag Ihre Füße an: Gibt es Blasen, Schnitte oder Rötungen?</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Ärztliche Hilfe</translation>
    </message>
    <message>
        <source>Symptoms that get worse or spread to new places.</source>
        <translation>Beschwerden, die stärker werden oder sich auf neue Stellen ausbreiten.</translation>
    </message>
    <message>
        <source>Contact your care team: they can grade the problem and may adjust your treatment.</source>
        <translation>Wenden Sie sich an Ihr Behandlungsteam: Es kann das Problem einstufen und Ihre Behandlung gegebenenfalls anpassen.</translation>
    </message>
    <message>
        <source>Ask about medicines for nerve pain, burning or tingling.</source>
        <translation>Fragen Sie nach Medikamenten gegen Nervenschmerzen, Brennen oder Kribbeln.</translation>
    </message>
    <message>
        <source>Ask whether physical or occupational therapy would help.</source>
        <translation>Fragen Sie, ob Physio- oder Ergotherapie helfen würde.</translation>
    </message>
    <message>
        <source>Use night lights on the way to the bathroom.</source>
        <translation>Nutzen Sie Nachtlichter auf dem Weg ins Bad.</translation>
    </message>
    <message>
        <source>Put non-slip mats in the bath and shower.</source>
        <translation>Legen Sie rutschfeste Matten in Badewanne und Dusche.</translation>
    </message>
    <message>
        <source>Use handrails on stairs and in the bathroom.</source>
        <translation>Nutzen Sie Geländer an Treppen und Haltegriffe im Bad.</translation>
    </message>
    <message>
        <source>Keep floors clear of loose rugs, cables and clutter.</source>
        <translation>Halten Sie Böden frei von losen Teppichen, Kabeln und herumliegenden Dingen.</translation>
    </message>
    <message>
        <source>Look at your feet every day for injuries you may not feel.</source>
        <translation>Sehen Sie sich jeden Tag Ihre Füße an, um Verletzungen zu finden, die Sie vielleicht nicht spüren.</translation>
    </message>
    <message>
        <source>Managing Your Immunotherapy Side Effects</source>
        <translation>Managing Your Immunotherapy Side Effects</translation>
    </message>
    <message>
        <source>Memorial Sloan Kettering Cancer Center (mskcc.org)</source>
        <translation>Memorial Sloan Kettering Cancer Center (mskcc.org, auf Englisch)</translation>
    </message>
    <message>
        <source>CAR-T cell therapy</source>
        <translation>CAR-T cell therapy</translation>
    </message>
    <message>
        <source>Mayo Clinic (mayoclinic.org)</source>
        <translation>Mayo Clinic (mayoclinic.org, auf Englisch)</translation>
    </message>
    <message>
        <source>Anti-cancer drug induced peripheral neuropathy (guideline 1743)</source>
        <translation>Anti-cancer drug induced peripheral neuropathy (Leitlinie 1743)</translation>
    </message>
    <message>
        <source>eviQ (eviq.org.au)</source>
        <translation>eviQ (eviq.org.au, auf Englisch)</translation>
    </message>
    <message>
        <source>Management of immune-related adverse events in patients treated with immune checkpoint inhibitor therapy</source>
        <translation>Management of immune-related adverse events in patients treated with immune checkpoint inhibitor therapy</translation>
    </message>
    <message>
        <source>American Society of Clinical Oncology (ASCO) guideline</source>
        <translation>Leitlinie der American Society of Clinical Oncology (ASCO), auf Englisch</translation>
    </message>
    <message>
        <source>A patient-kept diary with estimates, not a diagnosis: the care team assesses and grades symptoms.</source>
        <translation>Ein von Patientinnen und Patienten geführtes Tagebuch mit Schätzungen, keine Diagnose: Das Behandlungsteam beurteilt die Beschwerden und stuft sie ein.</translation>
    </message>
    <message>
        <source>Acupuncture may ease symptoms for some people: ask your care team first, especially if your blood counts are low.</source>
        <translation>Akupunktur kann bei manchen Menschen die Beschwerden lindern: Fragen Sie zuerst Ihr Behandlungsteam, besonders wenn Ihre Blutwerte niedrig sind.</translation>
    </message>
    <message>
        <source>Keep the skin of hands and feet moisturised so it does not crack, but not between the toes: keep that skin dry.</source>
        <translation>Cremen Sie die Haut von Händen und Füßen ein, damit sie nicht rissig wird, aber nicht zwischen den Zehen: Diese Haut halten Sie trocken.</translation>
    </message>
    <message>
        <source>Never walk barefoot, indoors too.</source>
        <translation>Gehen Sie nie barfuß, auch nicht in der Wohnung.</translation>
    </message>
    <message>
        <source>Feel inside your shoes before you put them on: a stone or a seam you cannot feel can hurt your foot.</source>
        <translation>Tasten Sie Ihre Schuhe innen ab, bevor Sie sie anziehen: Ein Steinchen oder eine Naht, die Sie nicht spüren, kann den Fuß verletzen.</translation>
    </message>
    <message>
        <source>Wear shoes or slippers, never walk barefoot, and feel inside your shoes before you put them on.</source>
        <translation>Tragen Sie Schuhe oder Hausschuhe, gehen Sie nie barfuß, und tasten Sie Ihre Schuhe innen ab, bevor Sie sie anziehen.</translation>
    </message>
    <message>
        <source>Trouble breathing or swallowing, a seizure, being very sleepy or hard to wake, sudden confusion, new weakness of the face, or weakness that spreads over hours or days: call your emergency number now, or go to the emergency department, and do not drive yourself. Then tell your care team. Do not wait for an appointment.</source>
        <translation>Atem- oder Schluckbeschwerden, ein Krampfanfall, sehr schläfrig oder schwer zu wecken, plötzliche Verwirrtheit, neue Schwäche im Gesicht oder eine Schwäche, die sich über Stunden oder Tage ausbreitet: Rufen Sie jetzt den Notruf an oder fahren Sie in die Notaufnahme, und fahren Sie nicht selbst. Sagen Sie es danach Ihrem Behandlungsteam. Warten Sie nicht auf einen Termin.</translation>
    </message>
</context>
<context>
    <name>SetBaselineCommand</name>
    <message>
        <source>Set the days that count as your usual state (the baseline).</source>
        <translation>Die Tage festlegen, die als Ihr gewohnter Zustand gelten (der Vergleichszeitraum).</translation>
    </message>
    <message>
        <source>First day of the baseline.</source>
        <translation>Erster Tag des Vergleichszeitraums.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last day of the baseline.</source>
        <translation>Letzter Tag des Vergleichszeitraums.</translation>
    </message>
    <message>
        <source>set-baseline needs --from DATE and --to DATE</source>
        <translation>set-baseline braucht --from DATUM und --to DATUM</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from darf nicht nach --to liegen</translation>
    </message>
    <message>
        <source>Baseline set to %1 – %2.</source>
        <translation>Vergleichszeitraum festgelegt auf %1 – %2.</translation>
    </message>
</context>
<context>
    <name>UrgentAdvice</name>
    <message>
        <source>Call your emergency number now</source>
        <translation>Rufen Sie jetzt den Notruf an</translation>
    </message>
    <message>
        <source>Call %1 now</source>
        <translation>Rufen Sie jetzt %1 an</translation>
    </message>
    <message>
        <source>Call your emergency number now, or go to the emergency department. Do not drive yourself.</source>
        <translation>Rufen Sie jetzt den Notruf an oder fahren Sie in die Notaufnahme. Fahren Sie nicht selbst.</translation>
    </message>
    <message>
        <source>Call your emergency number %1 now, or go to the emergency department. Do not drive yourself.</source>
        <translation>Rufen Sie jetzt den Notruf %1 an oder fahren Sie in die Notaufnahme. Fahren Sie nicht selbst.</translation>
    </message>
    <message>
        <source>After CAR-T, also call your treatment centre&apos;s 24-hour line.</source>
        <translation>Nach CAR-T rufen Sie zusätzlich die 24-Stunden-Nummer Ihres Behandlungszentrums an.</translation>
    </message>
    <message>
        <source>After CAR-T, also call your treatment centre&apos;s 24-hour line: %1.</source>
        <translation>Nach CAR-T rufen Sie zusätzlich die 24-Stunden-Nummer Ihres Behandlungszentrums an: %1.</translation>
    </message>
    <message>
        <source>Stay close to your treatment centre, and do not drive for as many weeks as your team told you.</source>
        <translation>Bleiben Sie in der Nähe Ihres Behandlungszentrums und fahren Sie so viele Wochen nicht Auto, wie Ihr Team es Ihnen gesagt hat.</translation>
    </message>
    <message>
        <source>Then tell your care team.</source>
        <translation>Sagen Sie es danach Ihrem Behandlungsteam.</translation>
    </message>
    <message>
        <source>Then tell your care team: %1.</source>
        <translation>Sagen Sie es danach Ihrem Behandlungsteam: %1.</translation>
    </message>
    <message>
        <source>Marked: %1. This sign needs help at once, even if it seems to pass.</source>
        <translation>Markiert: %1. Dieses Zeichen braucht sofort Hilfe, auch wenn es wieder nachzulassen scheint.</translation>
    </message>
    <message>
        <source>Marked: %1. Each of these signs needs help at once, even if it seems to pass.</source>
        <translation>Markiert: %1. Jedes dieser Zeichen braucht sofort Hilfe, auch wenn es wieder nachzulassen scheint.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Emergency number: not saved (add it in Settings)</source>
        <translation>Notruf: nicht gespeichert (in den Einstellungen eintragen)</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Notruf: %1</translation>
    </message>
    <message>
        <source>Care team: not saved (add it in Settings)</source>
        <translation>Behandlungsteam: nicht gespeichert (in den Einstellungen eintragen)</translation>
    </message>
    <message>
        <source>Care team: %1</source>
        <translation>Behandlungsteam: %1</translation>
    </message>
    <message>
        <source>Treatment centre, 24 hours: not saved (add it in Settings)</source>
        <translation>Behandlungszentrum, 24 Stunden: nicht gespeichert (in den Einstellungen eintragen)</translation>
    </message>
    <message>
        <source>Treatment centre, 24 hours: %1</source>
        <translation>Behandlungszentrum, 24 Stunden: %1</translation>
    </message>
</context>
<context>
    <name>ValueWords</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>unable</source>
        <translation>nicht möglich</translation>
    </message>
    <message>
        <source>blister</source>
        <translation>Blase</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>Schnittwunde</translation>
    </message>
    <message>
        <source>burn</source>
        <translation>Verbrennung</translation>
    </message>
    <message>
        <source>redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Brennen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Cold sensitivity</source>
        <translation>Kälteempfindlichkeit</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
</context>
<context>
    <name>WindowDiaryOpener</name>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Die heutige Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The backup could not be brought back: %1</source>
        <translation>Die Sicherung konnte nicht zurückgeholt werden: %1</translation>
    </message>
    <message>
        <source>The diary cannot be read at all: %1</source>
        <translation>Das Tagebuch kann überhaupt nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>Open a generated demo diary.</source>
        <translation>Ein erzeugtes Demo-Tagebuch öffnen.</translation>
    </message>
    <message>
        <source>NerveDiary</source>
        <translation>NerveDiary</translation>
    </message>
    <message>
        <source>A private diary for nerve symptoms during cancer immunotherapy.
Commands: demo, import-csv, export-csv, set-baseline, flags, grades, export-pdf, export-fhir, check, backup (nervediary COMMAND --help).</source>
        <translation>Ein privates Tagebuch für Nervenbeschwerden während einer Krebs-Immuntherapie.
Befehle: demo, import-csv, export-csv, set-baseline, flags, grades, export-pdf, export-fhir, check, backup (nervediary BEFEHL --help).</translation>
    </message>
    <message>
        <source>Open the Today page on this day (YYYY-MM-DD).</source>
        <translation>Die Seite Heute an diesem Tag öffnen (JJJJ-MM-TT).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>NerveDiary</source>
        <translation>NerveDiary</translation>
    </message>
</context>
<context>
    <name>nd::AboutDialog</name>
    <message>
        <source>About NerveDiary</source>
        <translation>Über NerveDiary</translation>
    </message>
    <message>
        <source>NerveDiary</source>
        <translation>NerveDiary</translation>
    </message>
    <message>
        <source>Version %1 · a private diary for nerve symptoms during cancer immunotherapy</source>
        <translation>Version %1 · ein privates Tagebuch für Nervenbeschwerden während einer Krebs-Immuntherapie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>nd::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Set a new baseline from today…</source>
        <translation>Neuen Vergleichszeitraum bis heute festlegen…</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Flags that need attention: %1. Read what each one means, tell your care team, then mark it as discussed. A flag stays here for %2 days or until it is marked.</source>
        <translation>Hinweise, die Aufmerksamkeit brauchen: %1. Lesen Sie, was jeder Hinweis bedeutet, sagen Sie es Ihrem Behandlungsteam und markieren Sie ihn dann als besprochen. Ein Hinweis bleibt %2 Tage hier oder bis er markiert ist.</translation>
    </message>
    <message>
        <source>Baseline in use: %1 to %2 (the first week of the diary).</source>
        <translation>Aktueller Vergleichszeitraum: %1 bis %2 (die erste Woche des Tagebuchs).</translation>
    </message>
    <message>
        <source>Baseline in use: %1 to %2 (set by you).</source>
        <translation>Aktueller Vergleichszeitraum: %1 bis %2 (von Ihnen festgelegt).</translation>
    </message>
    <message>
        <source>No baseline yet: the first week you log becomes it.</source>
        <translation>Noch kein Vergleichszeitraum: Die erste Woche, die Sie eintragen, wird dazu.</translation>
    </message>
    <message>
        <source>Need attention (%1)</source>
        <translation>Brauchen Aufmerksamkeit (%1)</translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation>Früher (%1)</translation>
    </message>
    <message>
        <source>The mark could not be saved: %1</source>
        <translation>Die Markierung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The mark could not be removed: %1</source>
        <translation>Die Markierung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The new baseline could not be saved: %1</source>
        <translation>Der neue Vergleichszeitraum konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 not yet</source>
        <translation>%1 von %2 noch nicht</translation>
    </message>
    <message numerus="yes">
        <source>No flags. The %1 checks ran over %n logged day(s) and none of them matched. That does not mean all is well: call your care team whenever you are worried, and keep logging every day.</source>
        <translation>
            <numerusform>Keine Hinweise. Die %1 Prüfungen liefen über %n eingetragenen Tag, und keine traf zu. Das heißt nicht, dass alles in Ordnung ist: Rufen Sie Ihr Behandlungsteam an, wann immer Sie sich Sorgen machen, und tragen Sie weiterhin jeden Tag ein.</numerusform>
            <numerusform>Keine Hinweise. Die %1 Prüfungen liefen über %n eingetragene Tage, und keine traf zu. Das heißt nicht, dass alles in Ordnung ist: Rufen Sie Ihr Behandlungsteam an, wann immer Sie sich Sorgen machen, und tragen Sie weiterhin jeden Tag ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>No active flags. Earlier flags are listed below. Call your care team whenever you are worried, flag or not.</source>
        <translation>Keine aktiven Hinweise. Frühere Hinweise stehen unten. Rufen Sie Ihr Behandlungsteam an, wann immer Sie sich Sorgen machen, mit oder ohne Hinweis.</translation>
    </message>
</context>
<context>
    <name>nd::AuthorSwitch</name>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Angehörige</translation>
    </message>
    <message>
        <source>The patient is logging</source>
        <translation>Eintrag durch Patient/in</translation>
    </message>
    <message>
        <source>A caregiver is logging</source>
        <translation>Eintrag durch Angehörige</translation>
    </message>
</context>
<context>
    <name>nd::BackupsDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>NerveDiary copies your diary once a day and before every update of its format. The last 7 days and 4 weeks are kept in %1. Choose a copy to bring your diary back to how it was then; the diary as it is now is kept as a copy first.</source>
        <translation>NerveDiary kopiert Ihr Tagebuch einmal am Tag und vor jeder Aktualisierung seines Formats. Die Kopien der letzten 7 Tage und 4 Wochen werden in %1 aufbewahrt. Wählen Sie eine Kopie, um Ihr Tagebuch auf den damaligen Stand zurückzusetzen; das Tagebuch, wie es jetzt ist, wird vorher als Kopie aufbewahrt.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>Sicherung &amp;jetzt erstellen</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>Gewählte Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <source>There are no backups yet. The first is made on the first day the diary has entries.</source>
        <translation>Es gibt noch keine Sicherungen. Die erste wird am ersten Tag erstellt, an dem das Tagebuch Einträge hat.</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Es wurde keine Sicherung erstellt: %1</translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation>Eine Sicherung wurde erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>Bring the diary back to the backup of %1 (%n entries)?

The diary as it is now is kept as a backup first, so you can change your mind.</source>
        <translation>
            <numerusform>Tagebuch auf die Sicherung vom %1 zurücksetzen (%n Eintrag)?

Das Tagebuch, wie es jetzt ist, wird vorher als Sicherung aufbewahrt. Sie können es sich also noch anders überlegen.</numerusform>
            <numerusform>Tagebuch auf die Sicherung vom %1 zurücksetzen (%n Einträge)?

Das Tagebuch, wie es jetzt ist, wird vorher als Sicherung aufbewahrt. Sie können es sich also noch anders überlegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The diary now holds the backup of %1. The diary as it was is the newest backup in the list.</source>
        <translation>Das Tagebuch enthält jetzt die Sicherung vom %1. Das Tagebuch im vorherigen Zustand ist die neueste Sicherung in der Liste.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Si&amp;cherungen…</translation>
    </message>
</context>
<context>
    <name>nd::BodyMap</name>
    <message>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Left fingertips</source>
        <translation>Linke Fingerspitzen</translation>
    </message>
    <message>
        <source>Right fingertips</source>
        <translation>Rechte Fingerspitzen</translation>
    </message>
    <message>
        <source>Left fingers</source>
        <translation>Linke Finger</translation>
    </message>
    <message>
        <source>Right fingers</source>
        <translation>Rechte Finger</translation>
    </message>
    <message>
        <source>Left wrist</source>
        <translation>Linkes Handgelenk</translation>
    </message>
    <message>
        <source>Right wrist</source>
        <translation>Rechtes Handgelenk</translation>
    </message>
    <message>
        <source>Left toes</source>
        <translation>Linke Zehen</translation>
    </message>
    <message>
        <source>Right toes</source>
        <translation>Rechte Zehen</translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation>Linker Knöchel</translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation>Rechter Knöchel</translation>
    </message>
    <message>
        <source>Left lower leg</source>
        <translation>Linker Unterschenkel</translation>
    </message>
    <message>
        <source>Right lower leg</source>
        <translation>Rechter Unterschenkel</translation>
    </message>
    <message>
        <source>Nothing marked</source>
        <translation>Nichts markiert</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Left forearm</source>
        <translation>Linker Unterarm</translation>
    </message>
    <message>
        <source>Right forearm</source>
        <translation>Rechter Unterarm</translation>
    </message>
    <message>
        <source>Left upper arm</source>
        <translation>Linker Oberarm</translation>
    </message>
    <message>
        <source>Right upper arm</source>
        <translation>Rechter Oberarm</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Linker Oberschenkel</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Rechter Oberschenkel</translation>
    </message>
</context>
<context>
    <name>nd::CollapsibleSection</name>
    <message>
        <source>Shown; press to fold away</source>
        <translation>Angezeigt; drücken zum Einklappen</translation>
    </message>
    <message>
        <source>Folded; press to show</source>
        <translation>Eingeklappt; drücken zum Anzeigen</translation>
    </message>
    <message>
        <source>Fold this section away</source>
        <translation>Diesen Abschnitt einklappen</translation>
    </message>
    <message>
        <source>Show this section</source>
        <translation>Diesen Abschnitt anzeigen</translation>
    </message>
</context>
<context>
    <name>nd::DailyReminder</name>
    <message>
        <source>NerveDiary</source>
        <translation>NerveDiary</translation>
    </message>
</context>
<context>
    <name>nd::DamagedDiaryDialog</name>
    <message>
        <source>The diary file is damaged</source>
        <translation>Die Tagebuchdatei ist beschädigt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your diary file cannot be opened normally: part of it is damaged.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;NerveDiary has not changed the file and will not write to it. It is here:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihre Tagebuchdatei lässt sich nicht normal öffnen: Ein Teil davon ist beschädigt.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;NerveDiary hat die Datei nicht verändert und wird nicht in sie schreiben. Sie liegt hier:&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The newest good backup is from %1 and holds %n entries. Entries made after it would have to be typed again. The damaged file is kept as a copy in the backups folder.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Die neueste intakte Sicherung ist vom %1 und enthält %n Eintrag. Einträge, die danach gemacht wurden, müssten neu eingegeben werden. Die beschädigte Datei wird als Kopie im Sicherungsordner aufbewahrt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Die neueste intakte Sicherung ist vom %1 und enthält %n Einträge. Einträge, die danach gemacht wurden, müssten neu eingegeben werden. Die beschädigte Datei wird als Kopie im Sicherungsordner aufbewahrt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no good backup to bring back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es gibt keine intakte Sicherung, die zurückgeholt werden könnte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can also open the diary read-only and export what can still be read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie können das Tagebuch auch schreibgeschützt öffnen und exportieren, was sich noch lesen lässt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Bring back the newest good backup</source>
        <translation>Neueste intakte Sicherung &amp;zurückholen</translation>
    </message>
    <message>
        <source>&amp;Open read-only to export</source>
        <translation>&amp;Schreibgeschützt öffnen, um zu exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>nd::DayPicker</name>
    <message>
        <source>Day being logged: %1. Press to choose another day.</source>
        <translation>Tag, der eingetragen wird: %1. Drücken, um einen anderen Tag zu wählen.</translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation>◀ Tag davor</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Log the day before (Alt+Left)</source>
        <translation>Den Tag davor eintragen (Alt+Left)</translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation>Tag danach ▶</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Log the day after (Alt+Right)</source>
        <translation>Den Tag danach eintragen (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Zurück zu heute</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>Zurück zu heute (Alt+Home)</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>long date pattern for QLocale::toString</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>nd::DiaryCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Monat wählen</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Jahr wählen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
</context>
<context>
    <name>nd::DiaryEditor</name>
    <message>
        <source>There is no entry for that day to delete.</source>
        <translation>Für diesen Tag gibt es keinen Eintrag, der gelöscht werden könnte.</translation>
    </message>
    <message>
        <source>That could not be undone or redone: %1</source>
        <translation>Das konnte nicht rückgängig gemacht oder wiederholt werden: %1</translation>
    </message>
</context>
<context>
    <name>nd::EmergencyContactsFields</name>
    <message>
        <source>Emergency number</source>
        <translation>Notruf</translation>
    </message>
    <message>
        <source>Treatment centre&apos;s 24-hour line (CAR-T)</source>
        <translation>24-Stunden-Nummer des Behandlungszentrums (CAR-T)</translation>
    </message>
    <message>
        <source>Called first when a warning sign appears, before your care team. Filled in from your country where known; check it.</source>
        <translation>Wird bei einem Warnzeichen zuerst angerufen, vor Ihrem Behandlungsteam. Wo bekannt, aus Ihrem Land vorausgefüllt; bitte prüfen.</translation>
    </message>
    <message>
        <source>Treatment centre, 24 hours</source>
        <translation>Behandlungszentrum, 24 Stunden</translation>
    </message>
    <message>
        <source>Only after CAR-T: the centre&apos;s line that answers day and night. Named in every urgent advice.</source>
        <translation>Nur nach CAR-T: die Nummer des Zentrums, die Tag und Nacht erreichbar ist. Sie steht in jedem dringenden Rat.</translation>
    </message>
</context>
<context>
    <name>nd::EntryForm</name>
    <message>
        <source>min</source>
        <comment>minutes</comment>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Less: %1</source>
        <translation>Weniger: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Mehr: %1</translation>
    </message>
    <message>
        <source>How your hands and feet feel</source>
        <translation>Wie sich Ihre Hände und Füße anfühlen</translation>
    </message>
    <message>
        <source>0 means not at all, 10 the worst you can imagine. Leave a line on &quot;Not rated&quot; if you are not sure.</source>
        <translation>0 bedeutet gar nicht, 10 das Schlimmste, was Sie sich vorstellen können. Lassen Sie eine Zeile auf „Nicht bewertet“, wenn Sie unsicher sind.</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>Where do you feel it?</source>
        <translation>Wo spüren Sie es?</translation>
    </message>
    <message>
        <source>Click the places, or use the arrow keys and press Space to mark or unmark.</source>
        <translation>Klicken Sie auf die Stellen, oder wählen Sie sie mit den Pfeiltasten und drücken Sie die Leertaste, um sie zu markieren oder die Markierung aufzuheben.</translation>
    </message>
    <message>
        <source>Where you feel it: hands and feet</source>
        <translation>Wo Sie es spüren: Hände und Füße</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>Alltägliche Tätigkeiten</translation>
    </message>
    <message>
        <source>How hard was each of these today?</source>
        <translation>Wie schwer fiel Ihnen heute jede dieser Tätigkeiten?</translation>
    </message>
    <message>
        <source>Falls and near falls</source>
        <translation>Stürze und Beinahe-Stürze</translation>
    </message>
    <message>
        <source>Skin and home safety</source>
        <translation>Haut und Sicherheit zu Hause</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Gewohnheiten</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>None of these today</source>
        <translation>Heute nichts davon</translation>
    </message>
    <message>
        <source>None of these warning signs today</source>
        <translation>Heute keines dieser Warnzeichen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything else: what helped, what made it worse, questions for your care team.</source>
        <translation>Sonst noch etwas: was geholfen hat, was es schlimmer gemacht hat, Fragen an Ihr Behandlungsteam.</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message>
        <source>falls: %1, near falls: %2</source>
        <translation>Stürze: %1, Beinahe-Stürze: %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>MARKED: %1</source>
        <translation>MARKIERT: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation>Markiert: %1</translation>
    </message>
    <message>
        <source>How their hands and feet seem</source>
        <translation>Wie es den Händen und Füßen der Person geht</translation>
    </message>
    <message>
        <source>Rate what you see and what they tell you: 0 means not at all, 10 the worst imaginable. Leave a line on &quot;Not rated&quot; if you are not sure.</source>
        <translation>Bewerten Sie, was Sie sehen und was die Person Ihnen sagt: 0 bedeutet gar nicht, 10 das Schlimmste, was vorstellbar ist. Lassen Sie eine Zeile auf „Nicht bewertet“, wenn Sie unsicher sind.</translation>
    </message>
    <message>
        <source>Where do they feel it?</source>
        <translation>Wo spürt die Person es?</translation>
    </message>
    <message>
        <source>Where they feel it: hands and feet</source>
        <translation>Wo die Person es spürt: Hände und Füße</translation>
    </message>
    <message>
        <source>Anything else: what you noticed, what helped, questions for their care team.</source>
        <translation>Sonst noch etwas: was Ihnen aufgefallen ist, was geholfen hat, Fragen an das Behandlungsteam.</translation>
    </message>
    <message>
        <source>Numb skin gives no warning. A quick look and a few habits prevent burns and falls.</source>
        <translation>Taube Haut warnt nicht. Ein kurzer Blick und ein paar Gewohnheiten beugen Verbrennungen und Stürzen vor.</translation>
    </message>
    <message>
        <source>Thinking and speech</source>
        <translation>Denken und Sprechen</translation>
    </message>
    <message>
        <source>Eyes and face</source>
        <translation>Augen und Gesicht</translation>
    </message>
    <message>
        <source>Swallowing, breathing and chest</source>
        <translation>Schlucken, Atmen und Brust</translation>
    </message>
    <message>
        <source>Body and bladder</source>
        <translation>Körper und Blase</translation>
    </message>
    <message>
        <source>&lt;b&gt;These need help at once.&lt;/b&gt; If one of them happens, call your emergency number now, then tell their care team. Do not wait to write it down.</source>
        <translation>&lt;b&gt;Diese brauchen sofort Hilfe.&lt;/b&gt; Wenn eines davon auftritt, rufen Sie jetzt den Notruf an und sagen Sie dann dem Behandlungsteam Bescheid. Warten Sie nicht, bis es aufgeschrieben ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These need help at once.&lt;/b&gt; If one of them happens, call your emergency number now, then tell your care team. Do not wait to write it down.</source>
        <translation>&lt;b&gt;Diese brauchen sofort Hilfe.&lt;/b&gt; Wenn eines davon auftritt, rufen Sie jetzt den Notruf an und sagen Sie dann Ihrem Behandlungsteam Bescheid. Warten Sie nicht, bis es aufgeschrieben ist.</translation>
    </message>
</context>
<context>
    <name>nd::FhirExportAction</name>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation>Als &amp;FHIR exportieren…</translation>
    </message>
    <message>
        <source>Save the whole diary as a FHIR R4 file for health apps and patient records</source>
        <translation>Das ganze Tagebuch als FHIR-R4-Datei für Gesundheits-Apps und Patientenakten speichern</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>Als FHIR exportieren</translation>
    </message>
    <message>
        <source>FHIR JSON files (*.json);;All files (*)</source>
        <translation>FHIR-JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved %1 entries, %2 treatment events, %3 flags and %4 daily grades to %5.</source>
        <translation>%1 Einträge, %2 Behandlungsereignisse, %3 Hinweise und %4 Tagesgrade in %5 gespeichert.</translation>
    </message>
    <message>
        <source>The FHIR file was not saved: %1</source>
        <translation>Die FHIR-Datei wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>nd::FirstRunDialog</name>
    <message>
        <source>Welcome to NerveDiary</source>
        <translation>Willkommen bei NerveDiary</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Shown on the report for your care team</source>
        <translation>Erscheint im Bericht für Ihr Behandlungsteam</translation>
    </message>
    <message>
        <source>Your treatment</source>
        <translation>Ihre Behandlung</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number</source>
        <translation>Telefonnummer Ihres Behandlungsteams</translation>
    </message>
    <message>
        <source>Shown with every advice to contact them</source>
        <translation>Wird bei jedem Rat angezeigt, sich an das Team zu wenden</translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation>Telefon Behandlungsteam</translation>
    </message>
    <message>
        <source>An entry made before this hour (say, late at night) counts for the day before.</source>
        <translation>Ein Eintrag vor dieser Uhrzeit (etwa spät in der Nacht) zählt für den Vortag.</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Ein neuer Tag beginnt um</translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation>Mein Tagebuch beginnen</translation>
    </message>
    <message>
        <source>Look at a demo diary first</source>
        <translation>Zuerst ein Demo-Tagebuch ansehen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>NerveDiary keeps a private diary of how your hands and feet feel during treatment. It stays on this computer. A few short questions to start; you can change every answer later in Settings.</source>
        <translation>NerveDiary führt ein privates Tagebuch darüber, wie sich Ihre Hände und Füße während der Behandlung anfühlen. Es bleibt auf diesem Computer. Zum Start ein paar kurze Fragen; jede Antwort können Sie später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>About your health (optional)</source>
        <translation>Zu Ihrer Gesundheit (freiwillig)</translation>
    </message>
</context>
<context>
    <name>nd::FlagCard</name>
    <message>
        <source>Choose a flag in the list to read what it means and what you can do.</source>
        <translation>Wählen Sie einen Hinweis in der Liste, um zu lesen, was er bedeutet und was Sie tun können.</translation>
    </message>
    <message>
        <source>What your diary shows</source>
        <translation>Was Ihr Tagebuch zeigt</translation>
    </message>
    <message>
        <source>What this check looks for</source>
        <translation>Worauf diese Prüfung achtet</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Mark as discussed with care team…</source>
        <translation>Als mit dem Behandlungsteam besprochen markieren…</translation>
    </message>
    <message>
        <source>Undo “discussed”</source>
        <translation>„Besprochen“ zurücknehmen</translation>
    </message>
    <message>
        <source>Discussed on</source>
        <translation>Besprochen am</translation>
    </message>
    <message>
        <source>Note (optional), e.g. what the care team said</source>
        <translation>Notiz (freiwillig), z. B. was das Behandlungsteam gesagt hat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Noticed in the entry of %1</source>
        <translation>Bemerkt im Eintrag vom %1</translation>
    </message>
    <message>
        <source>Self-care guide: %1</source>
        <translation>Ratgeber: %1</translation>
    </message>
    <message>
        <source>Not marked as discussed yet.</source>
        <translation>Noch nicht als besprochen markiert.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Discussed with care team on %1</source>
        <translation>Mit dem Behandlungsteam besprochen am %1</translation>
    </message>
    <message>
        <source>Discussed with care team on %1: %2</source>
        <translation>Mit dem Behandlungsteam besprochen am %1: %2</translation>
    </message>
    <message>
        <source>The others are not marked yet.</source>
        <translation>Die anderen sind noch nicht markiert.</translation>
    </message>
    <message>
        <source>Mark all as discussed with care team…</source>
        <translation>Alle als mit dem Behandlungsteam besprochen markieren…</translation>
    </message>
</context>
<context>
    <name>nd::GuidePage</name>
    <message>
        <source>Self-care guide</source>
        <translation>Ratgeber zur Selbsthilfe</translation>
    </message>
    <message>
        <source>Everyday ways to cope with nerve symptoms and stay safe at home, and when to call your care team.</source>
        <translation>Alltagstipps, um mit Nervenbeschwerden zurechtzukommen und zu Hause sicher zu bleiben, und wann Sie Ihr Behandlungsteam anrufen sollten.</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Im Notfall</translation>
    </message>
    <message>
        <source>Home safety</source>
        <translation>Sicherheit zu Hause</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Watch for:</source>
        <translation>Achten Sie auf:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
</context>
<context>
    <name>nd::HistoryPage</name>
    <message>
        <source>Diary calendar</source>
        <translation>Tagebuch-Kalender</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Entries of the month</source>
        <translation>Einträge des Monats</translation>
    </message>
    <message>
        <source>Open in Today</source>
        <translation>In „Heute“ öffnen</translation>
    </message>
    <message>
        <source>Show this day in the Today page to read or change it (Enter)</source>
        <translation>Diesen Tag auf der Seite „Heute“ zeigen, um ihn zu lesen oder zu ändern (Enter)</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete the chosen entry (Delete). Ctrl+Z brings it back.</source>
        <translation>Den gewählten Eintrag löschen (Entf). Ctrl+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>This month could not be read</source>
        <translation>Dieser Monat konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: 1 entry</source>
        <translation>%1: 1 Eintrag</translation>
    </message>
    <message>
        <source>%1: %2 entries</source>
        <translation>%1: %2 Einträge</translation>
    </message>
    <message>
        <source>Caregiver entry</source>
        <translation>Eintrag von Angehörigen</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Nothing logged in this month.</source>
        <translation>In diesem Monat nichts eingetragen.</translation>
    </message>
    <message>
        <source>Nothing logged on %1</source>
        <translation>Am %1 nichts eingetragen</translation>
    </message>
    <message>
        <source>You can still log it now.</source>
        <translation>Sie können ihn jetzt noch eintragen.</translation>
    </message>
    <message>
        <source>Log this day</source>
        <translation>Diesen Tag eintragen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>the caregiver entry of %1</source>
        <translation>Angehörigen-Eintrag vom %1</translation>
    </message>
    <message>
        <source>the entry of %1</source>
        <translation>Eintrag vom %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo brings back %1.</source>
        <translation>„Rückgängig“ holt %1 zurück.</translation>
    </message>
    <message>
        <source>%1 Undo again brings back the earlier ones too: %2.</source>
        <translation>%1 Nochmals „Rückgängig“ holt auch die früheren zurück: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Undo: bring back %1</source>
        <translation>Rückgängig: %1 zurückholen</translation>
    </message>
    <message>
        <source>Hands and Feet: the strongest of the six symptoms that day, from 0 (none) to 10 (worst).</source>
        <translation>Hände und Füße: die stärkste der sechs Beschwerden an diesem Tag, von 0 (keine) bis 10 (am schlimmsten).</translation>
    </message>
    <message>
        <source>● logged</source>
        <translation>● eingetragen</translation>
    </message>
    <message>
        <source>○ caregiver also wrote</source>
        <translation>○ auch Angehörige haben geschrieben</translation>
    </message>
    <message>
        <source>▲ a flag for the care team</source>
        <translation>▲ ein Hinweis für das Behandlungsteam</translation>
    </message>
</context>
<context>
    <name>nd::InsightPages</name>
    <message>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Self-care guide</source>
        <translation>Ratgeber</translation>
    </message>
</context>
<context>
    <name>nd::IntendedUseView</name>
    <message>
        <source>What NerveDiary is</source>
        <translation>Was NerveDiary ist</translation>
    </message>
    <message>
        <source>A personal diary for people whose nerves may be affected by cancer immunotherapy, and for the people who care for them. You record how your hands and feet feel, what has become harder, falls, skin problems and warning signs.</source>
        <translation>Ein persönliches Tagebuch für Menschen, deren Nerven durch eine Krebs-Immuntherapie beeinträchtigt sein können, und für die Menschen, die sie begleiten und pflegen. Sie tragen ein, wie sich Ihre Hände und Füße anfühlen, was schwerer geworden ist, Stürze, Hautprobleme und Warnzeichen.</translation>
    </message>
    <message>
        <source>NerveDiary compares your entries with the situations that published patient guidance asks people to report to their care team, and shows a note when your entries match one of them:</source>
        <translation>NerveDiary vergleicht Ihre Einträge mit den Situationen, die laut veröffentlichten Patienteninformationen dem Behandlungsteam gemeldet werden sollen, und zeigt einen Hinweis, wenn Ihre Einträge zu einer davon passen:</translation>
    </message>
    <message>
        <source>tingling or numbness that gets worse, or spreads to new places;</source>
        <translation>Kribbeln oder Taubheit, die stärker werden oder sich auf neue Stellen ausbreiten;</translation>
    </message>
    <message>
        <source>daily tasks such as grasping, buttoning or typing that become newly difficult;</source>
        <translation>alltägliche Tätigkeiten wie Greifen, Zuknöpfen oder Tippen, die neu schwerfallen;</translation>
    </message>
    <message>
        <source>trouble walking, keeping your balance or feeling the ground;</source>
        <translation>Schwierigkeiten beim Gehen, beim Halten des Gleichgewichts oder beim Spüren des Bodens;</translation>
    </message>
    <message>
        <source>a fall, a skin injury you found, or a warning sign.</source>
        <translation>ein Sturz, eine Hautverletzung, die Sie gefunden haben, oder ein Warnzeichen.</translation>
    </message>
    <message>
        <source>What NerveDiary is not</source>
        <translation>Was NerveDiary nicht ist</translation>
    </message>
    <message>
        <source>Not a diagnosis. It cannot tell what causes your symptoms or how serious they are. It is not a medical device.</source>
        <translation>Keine Diagnose. Es kann nicht sagen, was Ihre Beschwerden verursacht oder wie ernst sie sind. Es ist kein Medizinprodukt.</translation>
    </message>
    <message>
        <source>Not a substitute for your care team. A missing note does not mean all is well: contact your care team whenever you are worried. Never start, stop or change a treatment because of what the app shows.</source>
        <translation>Kein Ersatz für Ihr Behandlungsteam. Wenn kein Hinweis erscheint, heißt das nicht, dass alles in Ordnung ist: Wenden Sie sich an Ihr Behandlungsteam, wann immer Sie sich Sorgen machen. Beginnen, beenden oder ändern Sie nie eine Behandlung aufgrund dessen, was die App anzeigt.</translation>
    </message>
    <message>
        <source>Not monitored by anyone. Nobody else sees your entries or the notes; the app sends nothing anywhere. If something should be reported, you or your caregiver must tell your care team.</source>
        <translation>Von niemandem überwacht. Niemand sonst sieht Ihre Einträge oder Notizen; die App sendet nichts irgendwohin. Wenn etwas gemeldet werden sollte, müssen Sie oder Ihre Angehörigen es Ihrem Behandlungsteam sagen.</translation>
    </message>
    <message>
        <source>The estimated grade is not the official grade: only your care team grades side effects.</source>
        <translation>Der geschätzte Grad ist nicht der offizielle Grad: Nur Ihr Behandlungsteam stuft Nebenwirkungen ein.</translation>
    </message>
    <message>
        <source>Where the rules come from</source>
        <translation>Woher die Regeln stammen</translation>
    </message>
    <message>
        <source>The situations above follow a patient information article on numbness during immunotherapy, which draws on these sources:</source>
        <translation>Die oben genannten Situationen folgen einem Artikel mit Patienteninformationen über Taubheit während einer Immuntherapie, der sich auf diese Quellen stützt:</translation>
    </message>
    <message>
        <source>The exact thresholds, such as &quot;2 points above your usual level&quot;, are NerveDiary&apos;s own choices so that the guidance can be checked the same way every day. They are not taken from these sources and have not been tested in a clinical study.</source>
        <translation>Die genauen Schwellenwerte, etwa „2 Punkte über Ihrem gewohnten Wert“, hat NerveDiary selbst gewählt, damit die Empfehlungen jeden Tag auf dieselbe Weise geprüft werden können. Sie stammen nicht aus diesen Quellen und wurden nicht in einer klinischen Studie geprüft.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>The diary is a file on this computer that only you can read. The app makes no network connections. Reports and exports are written only where you choose.</source>
        <translation>Das Tagebuch ist eine Datei auf diesem Computer, die nur Sie lesen können. Die App stellt keine Netzwerkverbindungen her. Berichte und Exporte werden nur dort gespeichert, wo Sie es wählen.</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Im Notfall</translation>
    </message>
    <message>
        <source>About NerveDiary: intended use</source>
        <translation>Über NerveDiary: Zweckbestimmung</translation>
    </message>
</context>
<context>
    <name>nd::LegendToggle</name>
    <message>
        <source>Shows or hides this line on the chart</source>
        <translation>Zeigt oder verbirgt diese Linie im Diagramm</translation>
    </message>
</context>
<context>
    <name>nd::LevelPicker</name>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>None: no trouble</source>
        <translation>Keine: keine Probleme</translation>
    </message>
    <message>
        <source>Mild: a little harder than usual</source>
        <translation>Leicht: etwas schwerer als sonst</translation>
    </message>
    <message>
        <source>Moderate: clearly harder, takes longer</source>
        <translation>Mäßig: deutlich schwerer, dauert länger</translation>
    </message>
    <message>
        <source>Severe: only with great effort or help</source>
        <translation>Schwer: nur mit großer Mühe oder mit Hilfe</translation>
    </message>
    <message>
        <source>Unable: could not do it</source>
        <translation>Nicht möglich: ging gar nicht</translation>
    </message>
</context>
<context>
    <name>nd::MainWindow</name>
    <message>
        <source>NerveDiary</source>
        <translation>NerveDiary</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Who is logging:</source>
        <translation>Wer trägt ein:</translation>
    </message>
    <message>
        <source>Who is logging</source>
        <translation>Wer trägt ein</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Same as &amp;last entry</source>
        <translation>Wie &amp;letzter Eintrag</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Text &amp;vergrößern</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Text ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard help</source>
        <translation>&amp;Tastaturhilfe</translation>
    </message>
    <message>
        <source>&amp;About NerveDiary</source>
        <translation>Ü&amp;ber NerveDiary</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Textgröße %1 %</translation>
    </message>
    <message>
        <source>Diary: %1 — last saved %2</source>
        <translation>Tagebuch: %1 — zuletzt gespeichert %2</translation>
    </message>
    <message>
        <source>Diary: %1 — nothing saved yet</source>
        <translation>Tagebuch: %1 — noch nichts gespeichert</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Tastaturhilfe</translation>
    </message>
    <message>
        <source>&amp;Open another diary…</source>
        <translation>&amp;Anderes Tagebuch öffnen…</translation>
    </message>
    <message>
        <source>Start a &amp;new diary…</source>
        <translation>&amp;Neues Tagebuch anlegen…</translation>
    </message>
    <message>
        <source>&amp;Move this diary…</source>
        <translation>Tagebuch &amp;verschieben…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The names and the phone number were not saved: %1</source>
        <translation>Die Namen und die Telefonnummer wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation>Tagebuchdatei</translation>
    </message>
    <message>
        <source>Demo diary — caregiver entry</source>
        <translation>Demo-Tagebuch — Eintrag von Angehörigen</translation>
    </message>
    <message>
        <source>Demo diary</source>
        <translation>Demo-Tagebuch</translation>
    </message>
    <message>
        <source>Caregiver entry</source>
        <translation>Eintrag von Angehörigen</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>This is a demo diary</source>
        <translation>Dies ist ein Demo-Tagebuch</translation>
    </message>
    <message>
        <source>Its entries are made up, for trying NerveDiary. What you change here is lost when you quit, unless you keep a copy.</source>
        <translation>Seine Einträge sind erfunden, zum Ausprobieren von NerveDiary. Was Sie hier ändern, geht beim Beenden verloren, außer Sie behalten eine Kopie.</translation>
    </message>
    <message>
        <source>Keep a copy…</source>
        <translation>Kopie behalten…</translation>
    </message>
    <message>
        <source>Keep a copy</source>
        <translation>Kopie behalten</translation>
    </message>
    <message>
        <source>A copy of this diary is saved as %1. Open it with File → Open another diary.</source>
        <translation>Eine Kopie dieses Tagebuchs ist gespeichert als %1. Öffnen Sie sie mit Datei → Anderes Tagebuch öffnen.</translation>
    </message>
    <message>
        <source>Keep a copy of the demo?</source>
        <translation>Eine Kopie der Demo behalten?</translation>
    </message>
    <message>
        <source>This demo diary and what you changed in it go away when NerveDiary closes.</source>
        <translation>Dieses Demo-Tagebuch und was Sie darin geändert haben, verschwinden, wenn NerveDiary schließt.</translation>
    </message>
    <message>
        <source>Keep a copy to open it again later.</source>
        <translation>Behalten Sie eine Kopie, um sie später wieder zu öffnen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 need attention</source>
        <translation>%1: %2 brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between questions.
Ratings: type the number (for 10, type 1 and then 0), or use the arrow keys; Delete clears.
Word choices: type the number or the first letter; arrows move; Delete clears.
Yes / No: Y or N; Delete goes back to &quot;Skip&quot;.
Numbers: type them, or use Up and Down.
Body map: arrow keys move, Space marks or unmarks.
Ctrl+S saves the day, Ctrl+Z undoes, Ctrl+L fills in from the last entry.
Alt+Left and Alt+Right go to the day before or after.
Ctrl+1 to Ctrl+6 open the pages; Ctrl++ and Ctrl+- change the text size.</source>
        <translation>Tab und Shift+Tab wechseln zwischen den Fragen.
Bewertungen: die Zahl eintippen (für 10 erst 1, dann 0) oder die Pfeiltasten benutzen; Entf löscht.
Wortauswahl: die Nummer oder den Anfangsbuchstaben eintippen; Pfeiltasten wechseln; Entf löscht.
Ja / Nein: J oder N; Entf setzt zurück auf „Überspringen“.
Zahlen: eintippen oder die Pfeiltasten nach oben und unten benutzen.
Körperkarte: Pfeiltasten bewegen, Leertaste markiert oder hebt die Markierung auf.
Ctrl+S speichert den Tag, Ctrl+Z macht rückgängig, Ctrl+L übernimmt Antworten aus dem letzten Eintrag.
Alt+Left und Alt+Right gehen zum Tag davor oder danach.
Ctrl+1 bis Ctrl+6 öffnen die Seiten; Ctrl++ und Ctrl+- ändern die Textgröße. {0–9,?} {10;?} {1 ?} {6 ?}</translation>
    </message>
    <message>
        <source>Other accounts on this computer could read your diary&apos;s files; they are now private to you.</source>
        <translation>Andere Benutzerkonten auf diesem Computer konnten die Dateien Ihres Tagebuchs lesen; jetzt sind sie nur noch für Sie zugänglich.</translation>
    </message>
    <message>
        <source>Before your first entry</source>
        <translation>Vor Ihrem ersten Eintrag</translation>
    </message>
    <message>
        <source>NerveDiary keeps your diary for you and your care team; it does not diagnose and does not replace them.</source>
        <translation>NerveDiary führt Ihr Tagebuch für Sie und Ihr Behandlungsteam; es stellt keine Diagnosen und ersetzt das Team nicht.</translation>
    </message>
    <message>
        <source>What it is and is not</source>
        <translation>Was es ist und was nicht</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>nd::NewBaselineDialog</name>
    <message>
        <source>Set a new baseline</source>
        <translation>Neuen Vergleichszeitraum festlegen</translation>
    </message>
    <message>
        <source>Your baseline is the stretch of days the checks treat as your usual state. After an appointment, for example when your treatment was changed, you can let the checks compare with how you are now instead.</source>
        <translation>Ihr Vergleichszeitraum sind die Tage, die die Prüfungen als Ihren gewohnten Zustand ansehen. Nach einem Termin, zum Beispiel wenn Ihre Behandlung geändert wurde, können Sie die Prüfungen stattdessen mit Ihrem jetzigen Zustand vergleichen lassen.</translation>
    </message>
    <message>
        <source>New baseline: the last %1 days, %2 to %3 (%4 of them logged).</source>
        <translation>Neuer Vergleichszeitraum: die letzten %1 Tage, %2 bis %3 (an %4 davon eingetragen).</translation>
    </message>
    <message>
        <source>Until now: the first week of the diary, %1 to %2.</source>
        <translation>Bisher: die erste Woche des Tagebuchs, %1 bis %2.</translation>
    </message>
    <message>
        <source>Until now: %1 to %2, set by you.</source>
        <translation>Bisher: %1 bis %2, von Ihnen festgelegt.</translation>
    </message>
    <message>
        <source>What changes: worse or spreading symptoms and new trouble with hand tasks are measured against the new baseline, from tomorrow on. These checks are worked out again for the whole diary, so some of their earlier flags may no longer be listed; your “discussed” marks stay saved. Falls, skin problems, walking and warning signs are still checked every day.</source>
        <translation>Was sich ändert: Stärkere oder sich ausbreitende Beschwerden und neue Schwierigkeiten bei Handtätigkeiten werden ab morgen am neuen Vergleichszeitraum gemessen. Diese Prüfungen werden für das ganze Tagebuch neu berechnet, daher erscheinen einige ihrer früheren Hinweise vielleicht nicht mehr; Ihre „Besprochen“-Markierungen bleiben gespeichert. Stürze, Hautprobleme, Gehen und Warnzeichen werden weiterhin jeden Tag geprüft.</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Sie können das mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>None of these days has an entry yet, so the baseline would count every symptom as 0. Log today first, then set the baseline.</source>
        <translation>Für keinen dieser Tage gibt es bisher einen Eintrag, daher würde der Vergleichszeitraum jede Beschwerde als 0 zählen. Tragen Sie zuerst den heutigen Tag ein und legen Sie dann den Vergleichszeitraum fest.</translation>
    </message>
    <message>
        <source>Set new baseline</source>
        <translation>Vergleichszeitraum festlegen</translation>
    </message>
</context>
<context>
    <name>nd::NumberStepper</name>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>–</source>
        <comment>not recorded</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht eingetragen</translation>
    </message>
</context>
<context>
    <name>nd::PeriodPicker</name>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>nd::RatingBar</name>
    <message>
        <source>0, none at all</source>
        <translation>0, gar nicht</translation>
    </message>
    <message>
        <source>10, the worst you can imagine</source>
        <translation>10, das Schlimmste, was Sie sich vorstellen können</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10 (for 10, type 1 and then 0), or use the arrow keys.</source>
        <translation>Tippen Sie eine Zahl von 0 bis 10 (für 10 erst 1, dann 0) oder nehmen Sie die Pfeiltasten.</translation>
    </message>
</context>
<context>
    <name>nd::RegionTimeline</name>
    <message>
        <source>Body map over time</source>
        <translation>Körperkarte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Where symptoms were marked, one row per body region and one column per day or week. Use the day cursor of the charts to read a day&apos;s regions.</source>
        <translation>Wo Beschwerden markiert wurden, eine Zeile pro Körperregion und eine Spalte pro Tag oder Woche. Mit dem Tageszeiger der Diagramme lesen Sie die Regionen eines Tages ab.</translation>
    </message>
    <message>
        <source>marked that day</source>
        <translation>an diesem Tag markiert</translation>
    </message>
    <message>
        <source>marked on most logged days</source>
        <translation>an den meisten eingetragenen Tagen markiert</translation>
    </message>
    <message>
        <source>on some days</source>
        <translation>an einigen Tagen</translation>
    </message>
    <message>
        <source>One column per week</source>
        <translation>Eine Spalte pro Woche</translation>
    </message>
    <message numerus="yes">
        <source>One column per %n days</source>
        <translation>
            <numerusform>Eine Spalte je %n Tag</numerusform>
            <numerusform>Eine Spalte je %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, %2: marked on %3 of %4 logged days</source>
        <translation>%1, %2: an %3 von %4 eingetragenen Tagen markiert</translation>
    </message>
</context>
<context>
    <name>nd::ReportPage</name>
    <message>
        <source>Preview of the report&apos;s pages</source>
        <translation>Vorschau der Berichtsseiten</translation>
    </message>
    <message>
        <source>Report for your appointment</source>
        <translation>Bericht für Ihren Termin</translation>
    </message>
    <message>
        <source>A printout for your care team: first what matters (flags, the estimated grade, what changed since your baseline), then charts, then every day.</source>
        <translation>Ein Ausdruck für Ihr Behandlungsteam: zuerst das Wichtigste (Hinweise, der geschätzte Grad, was sich seit Ihrem Vergleichszeitraum verändert hat), dann Diagramme, dann jeder einzelne Tag.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Since the baseline</source>
        <translation>Seit dem Vergleichszeitraum</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Zeitraum wählen</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Was enthalten sein soll</translation>
    </message>
    <message>
        <source>Page 1 always sums up the period.</source>
        <translation>Seite 1 fasst immer den Zeitraum zusammen.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Day-by-day table</source>
        <translation>Tabelle Tag für Tag</translation>
    </message>
    <message>
        <source>Treatment events</source>
        <translation>Behandlungsereignisse</translation>
    </message>
    <message>
        <source>Flags with their numbers</source>
        <translation>Hinweise mit ihren Zahlen</translation>
    </message>
    <message>
        <source>My notes (they may be private)</source>
        <translation>Meine Notizen (sie können privat sein)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Printing is not available in this build: save the PDF and print it.</source>
        <translation>Drucken ist in dieser Version nicht verfügbar: Speichern Sie das PDF und drucken Sie es aus.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The diary could not be read: %1</source>
        <translation>Das Tagebuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 Tage)</translation>
    </message>
    <message>
        <source>The report has 1 page.</source>
        <translation>Der Bericht hat 1 Seite.</translation>
    </message>
    <message>
        <source>The report has %1 pages.</source>
        <translation>Der Bericht hat %1 Seiten.</translation>
    </message>
    <message>
        <source>NerveDiary report %1.pdf</source>
        <translation>NerveDiary-Bericht %1.pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Bericht wird gespeichert…</translation>
    </message>
    <message>
        <source>NerveDiary report</source>
        <translation>NerveDiary-Bericht</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Bericht wird gedruckt…</translation>
    </message>
</context>
<context>
    <name>nd::RiskContextFields</name>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Diabetes can damage nerves too; your care team weighs it when symptoms change.</source>
        <translation>Auch Diabetes kann Nerven schädigen; Ihr Behandlungsteam berücksichtigt das, wenn sich Beschwerden ändern.</translation>
    </message>
    <message>
        <source>Earlier chemotherapy that can harm nerves</source>
        <translation>Frühere Chemotherapie, die Nerven schädigen kann</translation>
    </message>
    <message>
        <source>Some chemotherapies (for example platinum drugs or taxanes) leave nerve damage that can look like new symptoms.</source>
        <translation>Manche Chemotherapien (zum Beispiel Platinverbindungen oder Taxane) hinterlassen Nervenschäden, die wie neue Beschwerden aussehen können.</translation>
    </message>
    <message>
        <source>Taking steroids now</source>
        <translation>Nehme derzeit Steroide (Kortison)</translation>
    </message>
    <message>
        <source>Steroids can hide or soften symptoms, and make infections of the skin more likely.</source>
        <translation>Steroide können Beschwerden verdecken oder abschwächen und machen Hautinfektionen wahrscheinlicher.</translation>
    </message>
    <message>
        <source>Taking medicines for nerve pain</source>
        <translation>Nehme Medikamente gegen Nervenschmerzen</translation>
    </message>
    <message>
        <source>They lower pain and tingling scores, so the team reads your scores with them in mind.</source>
        <translation>Sie senken die Werte für Schmerz und Kribbeln; das Team liest Ihre Werte deshalb mit Blick darauf.</translation>
    </message>
    <message>
        <source>Drinking alcohol regularly</source>
        <translation>Trinke regelmäßig Alkohol</translation>
    </message>
    <message>
        <source>Alcohol can add to nerve damage.</source>
        <translation>Alkohol kann Nervenschäden verstärken.</translation>
    </message>
    <message>
        <source>Optional. Printed on the report for your care team only when answered.</source>
        <translation>Freiwillig. Erscheint im Bericht für Ihr Behandlungsteam nur, wenn beantwortet.</translation>
    </message>
</context>
<context>
    <name>nd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Text kleiner</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Text größer</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Remind me every day if I have not logged yet</source>
        <translation>Mich täglich erinnern, wenn ich noch nichts eingetragen habe</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>o&apos;clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Hour a diary day starts</source>
        <translation>Stunde, zu der ein Tagebuchtag beginnt</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Name Patient/in</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation>Telefon Behandlungsteam</translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation>Name Angehörige/r</translation>
    </message>
    <message>
        <source>Open another diary…</source>
        <translation>Anderes Tagebuch öffnen…</translation>
    </message>
    <message>
        <source>Start a new diary…</source>
        <translation>Neues Tagebuch anlegen…</translation>
    </message>
    <message>
        <source>Move this diary…</source>
        <translation>Tagebuch verschieben…</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Your diary day</source>
        <translation>Ihr Tagebuchtag</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Ein neuer Tag beginnt um</translation>
    </message>
    <message>
        <source>An entry made before this hour counts for the day before.</source>
        <translation>Ein Eintrag vor dieser Uhrzeit zählt für den Vortag.</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Erinnern um</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation>Tagebuchdatei</translation>
    </message>
    <message>
        <source>This diary</source>
        <translation>Dieses Tagebuch</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This desktop shows neither notifications nor a system tray, so a reminder could not reach you here. A daily alarm on a phone or clock can remind you instead.</source>
        <translation>Diese Arbeitsumgebung zeigt weder Benachrichtigungen noch einen Systembereich, daher könnte Sie eine Erinnerung hier nicht erreichen. Ein täglicher Wecker am Telefon oder an einer Uhr kann Sie stattdessen erinnern.</translation>
    </message>
    <message>
        <source>The reminder comes as a desktop notification, also when NerveDiary is closed.</source>
        <translation>Die Erinnerung kommt als Desktop-Benachrichtigung, auch wenn NerveDiary geschlossen ist.</translation>
    </message>
    <message>
        <source>The reminder comes as a desktop notification while NerveDiary is open, and when you log in on a day that has no entry yet.</source>
        <translation>Die Erinnerung kommt als Desktop-Benachrichtigung, solange NerveDiary geöffnet ist, und bei der Anmeldung an einem Tag ohne Eintrag.</translation>
    </message>
    <message>
        <source>This desktop has no notification service: the reminder comes from the system tray, only while NerveDiary is open.</source>
        <translation>Diese Arbeitsumgebung hat keinen Benachrichtigungsdienst: Die Erinnerung kommt aus dem Systembereich, nur solange NerveDiary geöffnet ist.</translation>
    </message>
    <message>
        <source>I know the date my treatment started</source>
        <translation>Ich kenne das Datum, an dem meine Behandlung begann</translation>
    </message>
    <message>
        <source>Treatment start</source>
        <translation>Behandlungsbeginn</translation>
    </message>
    <message>
        <source>The report counts the days of treatment from it. Without it, the report uses the first infusion in your treatment events.</source>
        <translation>Der Bericht zählt die Behandlungstage ab diesem Datum. Ohne es nimmt der Bericht die erste Infusion aus Ihren Behandlungsereignissen.</translation>
    </message>
    <message>
        <source>About your health (optional)</source>
        <translation>Zu Ihrer Gesundheit (freiwillig)</translation>
    </message>
</context>
<context>
    <name>nd::SkinChoice</name>
    <message>
        <source>All fine</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>All fine: nothing found</source>
        <translation>In Ordnung: nichts gefunden</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht nachgesehen</translation>
    </message>
</context>
<context>
    <name>nd::TodayPage</name>
    <message>
        <source>&amp;Save this day</source>
        <translation>Diesen Tag &amp;speichern</translation>
    </message>
    <message>
        <source>Save this day</source>
        <translation>Diesen Tag speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Same as last entry</source>
        <translation>Wie letzter Eintrag</translation>
    </message>
    <message>
        <source>Fill the empty answers that usually carry over (symptoms, where, tasks, home safety, habits) from the last entry before this day.</source>
        <translation>Die leeren Antworten, die meist gleich bleiben (Beschwerden, Stellen, Tätigkeiten, Sicherheit zu Hause, Gewohnheiten), aus dem letzten Eintrag vor diesem Tag übernehmen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this day (Ctrl+S)</source>
        <translation>Diesen Tag speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>%1 (caregiver entry)</source>
        <translation>%1 (Angehörigen-Eintrag)</translation>
    </message>
    <message>
        <source>This day could not be read</source>
        <translation>Dieser Tag konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Your unsaved changes are back</source>
        <translation>Ihre nicht gespeicherten Änderungen sind wieder da</translation>
    </message>
    <message>
        <source>What you typed for %1 was kept when NerveDiary closed. Save it, or discard it.</source>
        <translation>Was Sie für %1 eingegeben hatten, wurde beim Schließen von NerveDiary aufbewahrt. Speichern oder verwerfen Sie es.</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Jetzt speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The entry for %1 has changes that are not saved yet.</source>
        <translation>Der Eintrag vom %1 hat Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Nothing to save yet</source>
        <translation>Noch nichts zu speichern</translation>
    </message>
    <message>
        <source>Everything is empty. To remove this day&apos;s entry, delete it on the History page.</source>
        <translation>Alles ist leer. Um den Eintrag dieses Tages zu entfernen, löschen Sie ihn auf der Seite „Kalender“.</translation>
    </message>
    <message>
        <source>Answer at least one question, then save.</source>
        <translation>Beantworten Sie mindestens eine Frage und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Already saved</source>
        <translation>Bereits gespeichert</translation>
    </message>
    <message>
        <source>The entry for %1 is saved; nothing changed since.</source>
        <translation>Der Eintrag vom %1 ist gespeichert; seitdem hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The entry for %1 is saved (at %2). Ctrl+Z undoes it.</source>
        <translation>Der Eintrag vom %1 ist gespeichert (um %2). Ctrl+Z macht das rückgängig.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Saved the entry for %1.</source>
        <translation>Eintrag vom %1 gespeichert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 What you typed is still here and kept as a draft. Try again in a moment (Ctrl+S); if it keeps failing, free some disk space or close other programs using the diary.</source>
        <translation>%1 Was Sie eingegeben haben, ist noch da und wird als Entwurf aufbewahrt. Versuchen Sie es gleich noch einmal (Ctrl+S); wenn es weiterhin nicht klappt, schaffen Sie Platz auf dem Datenträger oder schließen Sie andere Programme, die das Tagebuch benutzen.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Could not keep a draft: %1</source>
        <translation>Der Entwurf konnte nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>No earlier entry</source>
        <translation>Kein früherer Eintrag</translation>
    </message>
    <message>
        <source>There is no entry before %1 to copy from.</source>
        <translation>Vor %1 gibt es keinen Eintrag, aus dem kopiert werden könnte.</translation>
    </message>
    <message>
        <source>Nothing to fill in</source>
        <translation>Nichts auszufüllen</translation>
    </message>
    <message>
        <source>Every answer that carries over from %1 is already given.</source>
        <translation>Jede Antwort, die vom %1 übernommen werden kann, ist schon gegeben.</translation>
    </message>
    <message>
        <source>Filled in from %1</source>
        <translation>Übernommen vom %1</translation>
    </message>
    <message>
        <source>1 answer copied.</source>
        <translation>1 Antwort übernommen.</translation>
    </message>
    <message>
        <source>%1 answers copied.</source>
        <translation>%1 Antworten übernommen.</translation>
    </message>
    <message>
        <source>Falls, skin, warning signs and the note are left for you. Check each answer, then save.</source>
        <translation>Stürze, Haut, Warnzeichen und die Notiz bleiben Ihnen überlassen. Prüfen Sie jede Antwort und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Logging as the patient</source>
        <translation>Eintrag als Patient/in</translation>
    </message>
    <message>
        <source>Logging as a caregiver</source>
        <translation>Eintrag als Angehörige/r</translation>
    </message>
    <message>
        <source>Logging as caregiver: %1</source>
        <translation>Eintrag als Angehörige/r: %1</translation>
    </message>
    <message>
        <source>● Changes not saved</source>
        <translation>● Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Gespeichert</translation>
    </message>
    <message>
        <source>Not logged yet</source>
        <translation>Noch nicht eingetragen</translation>
    </message>
    <message>
        <source>I have a warning sign</source>
        <translation>Ich habe ein Warnzeichen</translation>
    </message>
    <message>
        <source>Go to the warning signs and what to do</source>
        <translation>Zu den Warnzeichen und was zu tun ist</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>The entry for %1 was changed by another program; this is what it holds now.</source>
        <translation>Der Eintrag für %1 wurde von einem anderen Programm geändert; so sieht er jetzt aus.</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>Von einem anderen Programm geändert</translation>
    </message>
    <message>
        <source>The entry for %1 was changed by another program while you were editing it. What you typed is kept here and as a draft; when you save, you can choose which one to keep.</source>
        <translation>Der Eintrag für %1 wurde von einem anderen Programm geändert, während Sie ihn bearbeitet haben. Was Sie eingegeben haben, bleibt hier und als Entwurf erhalten; beim Speichern können Sie wählen, welche Fassung Sie behalten.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>The entry for %1 was changed by another program while you were editing it.</source>
        <translation>Der Eintrag für %1 wurde von einem anderen Programm geändert, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <source>In the diary now: %1
What you typed: %2

Save replaces the diary&apos;s entry with what you typed. Discard shows the diary&apos;s entry instead. Cancel keeps both as they are (what you typed stays here and as a draft).</source>
        <translation>Jetzt im Tagebuch: %1
Ihre Eingabe: %2

Speichern ersetzt den Eintrag im Tagebuch durch Ihre Eingabe. Verwerfen zeigt stattdessen den Eintrag aus dem Tagebuch. Abbrechen lässt beides, wie es ist (Ihre Eingabe bleibt hier und als Entwurf erhalten).</translation>
    </message>
</context>
<context>
    <name>nd::TreatmentChoice</name>
    <message>
        <source>Checkpoint inhibitor</source>
        <translation>Checkpoint-Inhibitor</translation>
    </message>
    <message>
        <source>CAR-T cell therapy</source>
        <translation>CAR-T-Zelltherapie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Checkpoint inhibitor (for example nivolumab, pembrolizumab, ipilimumab)</source>
        <translation>Checkpoint-Inhibitor (zum Beispiel Nivolumab, Pembrolizumab, Ipilimumab)</translation>
    </message>
    <message>
        <source>Another treatment</source>
        <translation>Eine andere Behandlung</translation>
    </message>
</context>
<context>
    <name>nd::TrendChartStack</name>
    <message>
        <source>Trend charts</source>
        <translation>Verlaufsdiagramme</translation>
    </message>
    <message>
        <source>Left and right arrow keys move the day cursor by one day, Page Up and Page Down by a week, Home and End to the first and last day. The panel beside the charts reads out every value of the chosen day.</source>
        <translation>Die Pfeiltasten links und rechts bewegen den Tageszeiger um einen Tag, Bild auf und Bild ab um eine Woche, Pos1 und Ende zum ersten und letzten Tag. Das Feld neben den Diagrammen zeigt jeden Wert des gewählten Tages an.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Hands and feet (0–10)</source>
        <translation>Hände und Füße (0–10)</translation>
    </message>
    <message>
        <source>Hands and feet scores</source>
        <translation>Werte für Hände und Füße</translation>
    </message>
    <message>
        <source>Hands, each day</source>
        <translation>Hände, jeder Tag</translation>
    </message>
    <message>
        <source>Feet, each day</source>
        <translation>Füße, jeder Tag</translation>
    </message>
    <message>
        <source>Hands, 7-day average</source>
        <translation>Hände, 7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>Feet, 7-day average</source>
        <translation>Füße, 7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>Caregiver&apos;s entries</source>
        <translation>Einträge von Angehörigen</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>Alltägliche Tätigkeiten</translation>
    </message>
    <message>
        <source>Hand tasks (buttons, writing, typing, grip)</source>
        <translation>Handtätigkeiten (Knöpfe, Schreiben, Tippen, Greifen)</translation>
    </message>
    <message>
        <source>Walking and balance</source>
        <translation>Gehen und Gleichgewicht</translation>
    </message>
    <message>
        <source>an estimate for talking with your care team, not the official grade</source>
        <translation>eine Schätzung für das Gespräch mit Ihrem Behandlungsteam, nicht der offizielle Grad</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Stürze</translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation>Beinahe-Stürze</translation>
    </message>
    <message>
        <source>Where symptoms were marked</source>
        <translation>Wo Beschwerden markiert wurden</translation>
    </message>
</context>
<context>
    <name>nd::TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Reading the diary…</source>
        <translation>Tagebuch wird gelesen…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Zeitraum wählen…</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Treatment events</source>
        <translation>Behandlungsereignisse</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Vergleichszeitraum</translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation>◀ Tag davor</translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation>Tag danach ▶</translation>
    </message>
    <message>
        <source>Click a chart, or use the arrow keys on the charts, to choose a day.</source>
        <translation>Klicken Sie in ein Diagramm oder benutzen Sie dort die Pfeiltasten, um einen Tag zu wählen.</translation>
    </message>
    <message>
        <source>Values of the chosen day</source>
        <translation>Werte des gewählten Tages</translation>
    </message>
    <message>
        <source>%1 to %2 · days with entries: %3</source>
        <translation>%1 bis %2 · Tage mit Einträgen: %3</translation>
    </message>
    <message>
        <source>Nothing logged yet. Once you log days on the Today page, the charts show how your symptoms change.</source>
        <translation>Noch nichts eingetragen. Sobald Sie auf der Seite „Heute“ Tage eintragen, zeigen die Diagramme, wie sich Ihre Beschwerden verändern.</translation>
    </message>
    <message>
        <source>Nothing was logged in these days. Choose a longer range to see earlier entries.</source>
        <translation>An diesen Tagen wurde nichts eingetragen. Wählen Sie einen längeren Zeitraum, um frühere Einträge zu sehen.</translation>
    </message>
</context>
<context>
    <name>nd::UrgentBanner</name>
    <message>
        <source>Urgent flag</source>
        <translation>Dringender Hinweis</translation>
    </message>
    <message>
        <source>Open Alerts</source>
        <translation>Hinweise öffnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded and not yet marked as discussed: %1.</source>
        <translation>Eingetragen und noch nicht als besprochen markiert: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%n more in Alerts.</source>
        <translation>
            <numerusform>%n weitere unter Hinweise.</numerusform>
            <numerusform>%n weitere unter Hinweise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::YesNoToggle</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
</TS>
