<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AcknowledgedFlag</name>
    <message>
        <source>Discussed with care team on %1</source>
        <translation>Comentado con el equipo médico el %1</translation>
    </message>
    <message>
        <source>Discussed with care team on %1: %2</source>
        <translation>Comentado con el equipo médico el %1: %2</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a checked copy of the diary, even while the window has it open. Without --out the copy goes to the backups folder beside the diary, where old copies are rotated.</source>
        <translation>Escribir una copia comprobada del diario, incluso mientras la ventana lo tiene abierto. Sin --out, la copia va a la carpeta de copias de seguridad junto al diario, donde las copias antiguas se van renovando.</translation>
    </message>
    <message>
        <source>Where to write the copy (default: the backups folder).</source>
        <translation>Dónde escribir la copia (por defecto: la carpeta de copias de seguridad).</translation>
    </message>
    <message>
        <source>COPY.sqlite</source>
        <translation>COPY.sqlite</translation>
    </message>
    <message>
        <source>The copy failed its check: %1</source>
        <translation>La copia no superó la comprobación: %1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Copia de seguridad escrita en %1</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>before a format update</source>
        <translation>antes de una actualización de formato</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>copy of a damaged diary</source>
        <translation>copia de un diario dañado</translation>
    </message>
    <message>
        <source>The diary is not open, so no backup was made.</source>
        <translation>El diario no está abierto, así que no se hizo ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup was written but failed its check: %1</source>
        <translation>La copia de seguridad se escribió, pero no superó la comprobación: %1</translation>
    </message>
    <message>
        <source>The diary&apos;s format was not updated because a backup could not be made first: %1</source>
        <translation>No se actualizó el formato del diario porque antes no se pudo hacer una copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The copy is damaged (%1).</source>
        <translation>La copia está dañada (%1).</translation>
    </message>
    <message>
        <source>The copy is not a NerveDiary diary.</source>
        <translation>La copia no es un diario de NerveDiary.</translation>
    </message>
    <message>
        <source>This backup cannot be used, so nothing was changed: %1</source>
        <translation>Esta copia de seguridad no se puede usar, así que no se cambió nada: %1</translation>
    </message>
    <message>
        <source>The current diary could not be kept as a backup, so nothing was restored: %1</source>
        <translation>No se pudo guardar el diario actual como copia de seguridad, así que no se restauró nada: %1</translation>
    </message>
    <message>
        <source>This backup was written with different settings and cannot be restored here.</source>
        <translation>Esta copia de seguridad se escribió con otra configuración y no se puede restaurar aquí.</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>The damaged diary could not be kept as a copy, so nothing was restored: %1</source>
        <translation>No se pudo guardar el diario dañado como copia, así que no se restauró nada: %1</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>The disk is full; the backup was not written.</source>
        <translation>El disco está lleno; no se escribió la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>No se pudo escribir la copia de seguridad: %1</translation>
    </message>
</context>
<context>
    <name>BaselineCheck</name>
    <message>
        <source>hands %1</source>
        <translation>manos %1</translation>
    </message>
    <message>
        <source>feet %1</source>
        <translation>pies %1</translation>
    </message>
    <message>
        <source>The baseline already shows marked symptoms (usual score: %1 of 10). The checks compare every day with it, so a further rise is harder to notice. Agree a baseline with your care team, and set it as the new baseline.</source>
        <translation>La referencia ya muestra síntomas marcados (puntuación habitual: %1 de 10). Las comprobaciones comparan cada día con ella, así que un nuevo aumento se nota menos. Acuerde una referencia con su equipo médico y fíjela como la nueva referencia.</translation>
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
        <translation>Comprobar que el archivo del diario está intacto (solo lectura).</translation>
    </message>
    <message>
        <source>The diary file is damaged: %1</source>
        <translation>El archivo del diario está dañado: %1</translation>
    </message>
    <message>
        <source>ok: %1 entries, %2 treatment events, format version %3</source>
        <translation>ok: %1 anotaciones, %2 eventos del tratamiento, versión de formato %3</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>The diary file.</source>
        <translation>El archivo del diario.</translation>
    </message>
    <message>
        <source>The diary file (default: %1).</source>
        <translation>El archivo del diario (por defecto: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>warning: today&apos;s backup was not made: %1</source>
        <translation>advertencia: no se hizo la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>--%1 needs a date in the form YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 necesita una fecha con el formato YYYY-MM-DD, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from no puede ser posterior a --to</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>comando desconocido &apos;%1&apos; (comandos: %2)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see nervediary %2 --help)</source>
        <translation>argumento inesperado &apos;%1&apos; (consulte nervediary %2 --help)</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>unknown column (did you mean %1?)</source>
        <translation>columna desconocida (¿quería decir %1?)</translation>
    </message>
    <message>
        <source>unknown column (known columns: %1)</source>
        <translation>columna desconocida (columnas conocidas: %1)</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>el archivo está vacío; hace falta una fila de cabecera</translation>
    </message>
    <message>
        <source>the column has no name (remove it or name it)</source>
        <translation>la columna no tiene nombre (quítela o póngale un nombre)</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la columna aparece dos veces</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la fila tiene %1 campos, pero la cabecera tiene %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>a second row for %1 by %2 (the first is on line %3)</source>
        <translation>una segunda fila para %1, autor %2 (la primera está en la línea %3)</translation>
    </message>
    <message>
        <source>the diary already has an entry for %1 by %2 (use --on-conflict skip or replace)</source>
        <translation>el diario ya tiene una anotación para %1, autor %2 (use --on-conflict skip o replace)</translation>
    </message>
    <message>
        <source>the diary already has this treatment event (use --on-conflict skip or replace)</source>
        <translation>el diario ya tiene este evento del tratamiento (use --on-conflict skip o replace)</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>the text is not UTF-8 (save the file as UTF-8 and try again)</source>
        <translation>el texto no está en UTF-8 (guarde el archivo como UTF-8 e inténtelo de nuevo)</translation>
    </message>
    <message>
        <source>a quote mark inside a field that does not start with one (put the whole field in quotes and double the quote mark)</source>
        <translation>unas comillas dentro de un campo que no empieza con comillas (ponga todo el campo entre comillas y duplique las comillas interiores)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas no se cierra nunca</translation>
    </message>
    <message>
        <source>text after the closing quote mark of a field</source>
        <translation>texto después de las comillas de cierre de un campo</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>starting to save</source>
        <translation>empezar a guardar</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>guardar</translation>
    </message>
    <message>
        <source>The diary file %1 does not exist.</source>
        <translation>El archivo del diario %1 no existe.</translation>
    </message>
    <message>
        <source>opening the diary</source>
        <translation>abrir el diario</translation>
    </message>
    <message>
        <source>The diary file %1 cannot be created: %2</source>
        <translation>No se puede crear el archivo del diario %1: %2</translation>
    </message>
    <message>
        <source>reading the diary</source>
        <translation>leer el diario</translation>
    </message>
    <message>
        <source>This diary was written by a newer version of NerveDiary (format %1). Please update the app; the file was not changed.</source>
        <translation>Este diario se escribió con una versión más nueva de NerveDiary (formato %1). Actualice la aplicación; el archivo no se cambió.</translation>
    </message>
    <message>
        <source>The diary file is damaged (%1). It was not changed.</source>
        <translation>El archivo del diario está dañado (%1). No se cambió.</translation>
    </message>
    <message>
        <source>%1 is not a NerveDiary diary.</source>
        <translation>%1 no es un diario de NerveDiary.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a NerveDiary diary. It was not changed.</source>
        <translation>%1 es una base de datos, pero no un diario de NerveDiary. No se cambió.</translation>
    </message>
    <message>
        <source>checking the diary</source>
        <translation>comprobar el diario</translation>
    </message>
    <message>
        <source>configuring the diary</source>
        <translation>configurar el diario</translation>
    </message>
    <message>
        <source>opening the diary for reading</source>
        <translation>abrir el diario para leerlo</translation>
    </message>
    <message>
        <source>The diary could not be backed up before updating its format.</source>
        <translation>No se pudo hacer una copia de seguridad del diario antes de actualizar su formato.</translation>
    </message>
    <message>
        <source>updating the diary format</source>
        <translation>actualizar el formato del diario</translation>
    </message>
    <message>
        <source>%1 is a folder, not a diary file. Give the path of the diary file itself, for example %2.</source>
        <translation>%1 es una carpeta, no un archivo de diario. Indique la ruta del propio archivo del diario, por ejemplo %2.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a named pipe, a device or a socket), so it cannot be a diary. Give the path of the diary file.</source>
        <translation>%1 no es un archivo normal (es una tubería con nombre, un dispositivo o un socket), así que no puede ser un diario. Indique la ruta del archivo del diario.</translation>
    </message>
    <message>
        <source>The folder %1 that holds the diary cannot be written to, so the diary cannot be changed (SQLite keeps helper files beside the diary). Make the folder writable, or move the diary to a folder you can write to.</source>
        <translation>No se puede escribir en la carpeta %1 que contiene el diario, así que el diario no se puede cambiar (SQLite guarda archivos auxiliares junto al diario). Permita escribir en la carpeta o mueva el diario a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The diary&apos;s helper file %1 cannot be written (it was left read-only, perhaps by another account). Close every program that uses the diary, then delete that file; the diary itself loses nothing.</source>
        <translation>No se puede escribir el archivo auxiliar %1 del diario (quedó de solo lectura, quizá por otra cuenta). Cierre todos los programas que usan el diario y luego borre ese archivo; el diario no pierde nada.</translation>
    </message>
    <message>
        <source>The diary file %1 is read-only. Make it writable to change the diary.</source>
        <translation>El archivo del diario %1 es de solo lectura. Permita escribir en él para cambiar el diario.</translation>
    </message>
    <message>
        <source>This diary is in an older format that must be updated before it can be read, but its folder %1 cannot be written to. Copy the diary to a folder you can write to and open the copy.</source>
        <translation>Este diario tiene un formato antiguo que debe actualizarse antes de poder leerlo, pero no se puede escribir en su carpeta %1. Copie el diario a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
</context>
<context>
    <name>DayDetails</name>
    <message numerus="yes">
        <source>%n flag(s) on this day</source>
        <translation>
            <numerusform>%n aviso este día</numerusform>
            <numerusform>%n avisos este día</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing logged on this day</source>
        <translation>No hay nada anotado este día</translation>
    </message>
    <message>
        <source>Logged by the patient and a caregiver</source>
        <translation>Anotado por el paciente y un cuidador</translation>
    </message>
    <message>
        <source>Logged by a caregiver</source>
        <translation>Anotado por un cuidador</translation>
    </message>
    <message>
        <source>Logged by the patient</source>
        <translation>Anotado por el paciente</translation>
    </message>
    <message>
        <source>(7-day average %1)</source>
        <translation>(media de 7 días: %1)</translation>
    </message>
    <message>
        <source>Hands score</source>
        <translation>Puntuación de las manos</translation>
    </message>
    <message>
        <source>Feet score</source>
        <translation>Puntuación de los pies</translation>
    </message>
    <message>
        <source>Symptoms (0–10)</source>
        <translation>Síntomas (0–10)</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pies</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>Tareas diarias</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Caídas</translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation>Casi caídas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Hands %1, feet %2, estimated grade %3</source>
        <translation>Manos %1, pies %2, grado estimado %3</translation>
    </message>
    <message>
        <source>(caregiver; patient %1)</source>
        <translation>(cuidador; paciente %1)</translation>
    </message>
    <message>
        <source>(patient; caregiver %1)</source>
        <translation>(paciente; cuidador %1)</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The diary is in use by another program (%1 failed). Close it and try again.</source>
        <translation>Otro programa está usando el diario (no se pudo %1). Cierre ese programa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The diary file is damaged or is not a NerveDiary file (%1 failed: %2).</source>
        <translation>El archivo del diario está dañado o no es un archivo de NerveDiary (no se pudo %1: %2).</translation>
    </message>
    <message>
        <source>The disk is full (%1 failed). Nothing was changed; free some space and try again.</source>
        <translation>El disco está lleno (no se pudo %1). No se cambió nada; libere algo de espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The diary file cannot be written (%1 failed: %2). Check its permissions.</source>
        <translation>No se puede escribir en el archivo del diario (no se pudo %1: %2). Revise sus permisos.</translation>
    </message>
    <message>
        <source>A disk error occurred (%1 failed: %2).</source>
        <translation>Se produjo un error de disco (no se pudo %1: %2).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>No se pudo %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write a made-up demo diary into a new file.</source>
        <translation>Escribir un diario de demostración inventado en un archivo nuevo.</translation>
    </message>
    <message>
        <source>How many days the demo covers (default 180).</source>
        <translation>Cuántos días abarca la demostración (por defecto, 180).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed for the made-up values; the same seed gives the same diary.</source>
        <translation>Semilla para los valores inventados; la misma semilla da el mismo diario.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Last day of the demo (default: today).</source>
        <translation>Último día de la demostración (por defecto: hoy).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>demo needs --db FILE</source>
        <translation>demo necesita --db ARCHIVO</translation>
    </message>
    <message>
        <source>--days needs a whole number from 1 to %1</source>
        <translation>--days necesita un número entero de 1 a %1</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more</source>
        <translation>--seed necesita un número entero igual o mayor que 0</translation>
    </message>
    <message>
        <source>%1 already holds a diary; the demo is only written into a new or empty file</source>
        <translation>%1 ya contiene un diario; la demostración solo se escribe en un archivo nuevo o vacío</translation>
    </message>
    <message>
        <source>Writing the demo diary</source>
        <translation>Escribiendo el diario de demostración</translation>
    </message>
    <message>
        <source>Wrote a demo diary of %1 days (%2 entries, %3 treatment events) to %4</source>
        <translation>Se escribió un diario de demostración de %1 días (%2 anotaciones, %3 eventos del tratamiento) en %4</translation>
    </message>
</context>
<context>
    <name>DemoDiary</name>
    <message>
        <source>Cycle %1</source>
        <translation>Ciclo %1</translation>
    </message>
    <message>
        <source>For burning feet</source>
        <translation>Para el ardor de pies</translation>
    </message>
    <message>
        <source>Found a blister on my left heel, did not feel it.</source>
        <translation>Encontré una ampolla en el talón izquierdo, no la había notado.</translation>
    </message>
    <message>
        <source>Holds the rail on the stairs now.</source>
        <translation>Ahora se agarra a la barandilla en las escaleras.</translation>
    </message>
    <message>
        <source>Walking steadily.</source>
        <translation>Camina con paso firme.</translation>
    </message>
    <message>
        <source>Cold morning, gloves helped.</source>
        <translation>Mañana fría, los guantes ayudaron.</translation>
    </message>
    <message>
        <source>Short walk with the dog.</source>
        <translation>Paseo corto con el perro.</translation>
    </message>
    <message>
        <source>Dropped a cup at breakfast.</source>
        <translation>Se me cayó una taza en el desayuno.</translation>
    </message>
    <message>
        <source>Tired after the infusion.</source>
        <translation>Cansancio después de la infusión.</translation>
    </message>
    <message>
        <source>Feet burning at night, slept badly.</source>
        <translation>Ardor en los pies por la noche, dormí mal.</translation>
    </message>
    <message>
        <source>Oncology clinic</source>
        <translation>Consulta de oncología</translation>
    </message>
    <message>
        <source>Legs weaker every day this week, stairs are hard now.</source>
        <translation>Las piernas más débiles cada día esta semana, ahora me cuestan las escaleras.</translation>
    </message>
</context>
<context>
    <name>DiaryCommands</name>
    <message>
        <source>save the entry of %1</source>
        <translation>guardar la anotación del %1</translation>
    </message>
    <message>
        <source>delete the entry of %1</source>
        <translation>borrar la anotación del %1</translation>
    </message>
    <message>
        <source>set the baseline</source>
        <translation>fijar la referencia</translation>
    </message>
    <message>
        <source>clear the baseline</source>
        <translation>quitar la referencia</translation>
    </message>
    <message>
        <source>mark as discussed with the care team</source>
        <translation>marcar como comentado con el equipo médico</translation>
    </message>
    <message>
        <source>remove the “discussed” mark</source>
        <translation>quitar la marca «comentado»</translation>
    </message>
</context>
<context>
    <name>DiaryCsvFormat</name>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; no es yes ni no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of none, blister, cut, burn, redness, other</source>
        <translation>&apos;%1&apos; no es ninguno de estos: none, blister, cut, burn, redness, other</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; no es un número entero</translation>
    </message>
    <message>
        <source>%1 is out of range (0 to %2)</source>
        <translation>%1 está fuera del intervalo (de 0 a %2)</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>hace falta una fecha</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the calendar</source>
        <translation>&apos;%1&apos; no es un día del calendario</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos; no es una fecha con el formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>an author is required (patient or caregiver)</source>
        <translation>hace falta un autor (patient o caregiver)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not patient or caregiver</source>
        <translation>&apos;%1&apos; no es patient ni caregiver</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; (use codes like left_fingertips or right_foot)</source>
        <translation>región desconocida &apos;%1&apos; (use códigos como left_fingertips o right_foot)</translation>
    </message>
    <message>
        <source>infusion, medication_start, medication_change, medication_stop, treatment_paused, treatment_resumed, appointment, other</source>
        <translation>infusion, medication_start, medication_change, medication_stop, treatment_paused, treatment_resumed, appointment, other</translation>
    </message>
    <message>
        <source>a kind is required (%1)</source>
        <translation>hace falta un tipo (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known kind (%2)</source>
        <translation>&apos;%1&apos; no es un tipo conocido (%2)</translation>
    </message>
</context>
<context>
    <name>DiaryFileActions</name>
    <message>
        <source>NerveDiary diaries (*.sqlite);;All files (*)</source>
        <translation>Diarios de NerveDiary (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a diary</source>
        <translation>Abrir un diario</translation>
    </message>
    <message>
        <source>That diary is already open.</source>
        <translation>Ese diario ya está abierto.</translation>
    </message>
    <message>
        <source>Start a new diary</source>
        <translation>Empezar un diario nuevo</translation>
    </message>
    <message>
        <source>A file with that name exists already. Choose another name.</source>
        <translation>Ya existe un archivo con ese nombre. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Move the diary to</source>
        <translation>Mover el diario a</translation>
    </message>
    <message>
        <source>That is where the diary is already.</source>
        <translation>El diario ya está en ese lugar.</translation>
    </message>
    <message>
        <source>The diary could not be copied there: %1</source>
        <translation>No se pudo copiar el diario allí: %1</translation>
    </message>
    <message>
        <source>NerveDiary demo</source>
        <translation>Demo de NerveDiary</translation>
    </message>
    <message>
        <source>Keep a copy of the diary</source>
        <translation>Guardar una copia del diario</translation>
    </message>
</context>
<context>
    <name>DiaryFiles</name>
    <message>
        <source>%1 is the diary itself or one of its own files; writing there would destroy the diary. Nothing was written; choose another file name.</source>
        <translation>%1 es el propio diario o uno de sus archivos; escribir ahí destruiría el diario. No se escribió nada; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is one of the diary&apos;s backups; writing there would destroy it. Nothing was written; choose another file name.</source>
        <translation>%1 es una de las copias de seguridad del diario; escribir ahí la destruiría. No se escribió nada; elija otro nombre de archivo.</translation>
    </message>
</context>
<context>
    <name>DiaryLock</name>
    <message>
        <source>The lock file %1 cannot be created: %2</source>
        <translation>No se puede crear el archivo de bloqueo %1: %2</translation>
    </message>
    <message>
        <source>This diary is already open in another NerveDiary window. Please switch to that window, or close it and try again.</source>
        <translation>Este diario ya está abierto en otra ventana de NerveDiary. Cambie a esa ventana, o ciérrela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The diary cannot be locked: %1</source>
        <translation>No se puede bloquear el diario: %1</translation>
    </message>
</context>
<context>
    <name>DiaryStore</name>
    <message>
        <source>The entry was not saved: %1 %2.</source>
        <translation>La anotación no se guardó: %1 %2.</translation>
    </message>
    <message>
        <source>saving the entry</source>
        <translation>guardar la anotación</translation>
    </message>
    <message>
        <source>reading an entry</source>
        <translation>leer una anotación</translation>
    </message>
    <message>
        <source>reading entries</source>
        <translation>leer las anotaciones</translation>
    </message>
    <message>
        <source>deleting the entry</source>
        <translation>borrar la anotación</translation>
    </message>
    <message>
        <source>counting entries</source>
        <translation>contar las anotaciones</translation>
    </message>
    <message>
        <source>reading the diary</source>
        <translation>leer el diario</translation>
    </message>
    <message>
        <source>reading treatment events</source>
        <translation>leer los eventos del tratamiento</translation>
    </message>
    <message>
        <source>The treatment event was not saved: it has no valid date.</source>
        <translation>El evento del tratamiento no se guardó: no tiene una fecha válida.</translation>
    </message>
    <message>
        <source>saving the treatment event</source>
        <translation>guardar el evento del tratamiento</translation>
    </message>
    <message>
        <source>deleting the treatment event</source>
        <translation>borrar el evento del tratamiento</translation>
    </message>
    <message>
        <source>reading the baseline</source>
        <translation>leer la referencia</translation>
    </message>
    <message>
        <source>The baseline was not set: its first day must not be after its last.</source>
        <translation>La referencia no se fijó: su primer día no puede ser posterior al último.</translation>
    </message>
    <message>
        <source>setting the baseline</source>
        <translation>fijar la referencia</translation>
    </message>
    <message>
        <source>clearing the baseline</source>
        <translation>quitar la referencia</translation>
    </message>
    <message>
        <source>reading the profile</source>
        <translation>leer el perfil</translation>
    </message>
    <message>
        <source>saving the profile</source>
        <translation>guardar el perfil</translation>
    </message>
    <message>
        <source>reading flag acknowledgements</source>
        <translation>leer las marcas de avisos comentados</translation>
    </message>
    <message>
        <source>saving the acknowledgement</source>
        <translation>guardar la marca de comentado</translation>
    </message>
    <message>
        <source>removing the acknowledgement</source>
        <translation>quitar la marca de comentado</translation>
    </message>
    <message>
        <source>The diary already has an entry for %1 by %2; nothing was saved.</source>
        <translation>El diario ya tiene una entrada para %1 de %2; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>is not a valid date</source>
        <translation>no es una fecha válida</translation>
    </message>
    <message>
        <source>%1 is out of range (0 to %2)</source>
        <translation>%1 está fuera del intervalo (de 0 a %2)</translation>
    </message>
</context>
<context>
    <name>EntrySummary</name>
    <message>
        <source>WARNING SIGN marked</source>
        <translation>SEÑAL DE ALARMA marcada</translation>
    </message>
    <message>
        <source>Hands %1</source>
        <translation>Manos %1</translation>
    </message>
    <message>
        <source>Feet %1</source>
        <translation>Pies %1</translation>
    </message>
    <message>
        <source>hardest task: %1</source>
        <translation>tarea más difícil: %1</translation>
    </message>
    <message>
        <source>1 fall</source>
        <translation>1 caída</translation>
    </message>
    <message>
        <source>%1 falls</source>
        <translation>%1 caídas</translation>
    </message>
    <message>
        <source>1 place marked</source>
        <translation>1 zona marcada</translation>
    </message>
    <message>
        <source>%1 places marked</source>
        <translation>%1 zonas marcadas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>nothing rated</source>
        <translation>nada valorado</translation>
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
        <translation>Infusión</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Medicación iniciada</translation>
    </message>
    <message>
        <source>Medication changed</source>
        <translation>Medicación cambiada</translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation>Medicación suspendida</translation>
    </message>
    <message>
        <source>Treatment paused</source>
        <translation>Tratamiento en pausa</translation>
    </message>
    <message>
        <source>Treatment resumed</source>
        <translation>Tratamiento reanudado</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
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
        <translation>Exportar todas las anotaciones (y los eventos del tratamiento) como CSV.</translation>
    </message>
    <message>
        <source>Where to write the entries.</source>
        <translation>Dónde escribir las anotaciones.</translation>
    </message>
    <message>
        <source>ENTRIES.csv</source>
        <translation>ENTRIES.csv</translation>
    </message>
    <message>
        <source>Where to write the treatment events.</source>
        <translation>Dónde escribir los eventos del tratamiento.</translation>
    </message>
    <message>
        <source>EVENTS.csv</source>
        <translation>EVENTS.csv</translation>
    </message>
    <message>
        <source>export-csv needs --out ENTRIES.csv</source>
        <translation>export-csv necesita --out ENTRIES.csv</translation>
    </message>
    <message>
        <source>Exported %1 entries and %2 treatment events.</source>
        <translation>Se exportaron %1 anotaciones y %2 eventos del tratamiento.</translation>
    </message>
</context>
<context>
    <name>ExportFhirCommand</name>
    <message>
        <source>Export the whole diary as a FHIR R4 bundle (JSON) for other health apps and records.</source>
        <translation>Exportar todo el diario como un paquete FHIR R4 (JSON) para otras aplicaciones y registros de salud.</translation>
    </message>
    <message>
        <source>Where to write the bundle.</source>
        <translation>Dónde escribir el paquete.</translation>
    </message>
    <message>
        <source>BUNDLE.json</source>
        <translation>BUNDLE.json</translation>
    </message>
    <message>
        <source>export-fhir needs --out BUNDLE.json</source>
        <translation>export-fhir necesita --out BUNDLE.json</translation>
    </message>
    <message>
        <source>Exported %1 entries, %2 treatment events, %3 flags and %4 daily grades as FHIR.</source>
        <translation>Se exportaron como FHIR %1 anotaciones, %2 eventos del tratamiento, %3 avisos y %4 grados diarios.</translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>Write the appointment report as a PDF (default: the whole diary).</source>
        <translation>Escribir el informe para la cita como PDF (por defecto: todo el diario).</translation>
    </message>
    <message>
        <source>Where to write the report.</source>
        <translation>Dónde escribir el informe.</translation>
    </message>
    <message>
        <source>REPORT.pdf</source>
        <translation>REPORT.pdf</translation>
    </message>
    <message>
        <source>First day of the report (default: the first entry).</source>
        <translation>Primer día del informe (por defecto: la primera anotación).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Last day of the report (default: the last entry).</source>
        <translation>Último día del informe (por defecto: la última anotación).</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Tamaño del papel: a4 (por defecto) o letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>Sections to leave out, separated by commas: charts, table, events, notes, flags.</source>
        <translation>Secciones que se dejan fuera, separadas por comas: charts, table, events, notes, flags.</translation>
    </message>
    <message>
        <source>SECTIONS</source>
        <translation>SECCIONES</translation>
    </message>
    <message>
        <source>export-pdf needs --out REPORT.pdf</source>
        <translation>export-pdf necesita --out REPORT.pdf</translation>
    </message>
    <message>
        <source>--page-size needs a4 or letter, not &apos;%1&apos;</source>
        <translation>--page-size necesita a4 o letter, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--leave-out knows charts, table, events, notes and flags, not &apos;%1&apos;</source>
        <translation>--leave-out admite charts, table, events, notes y flags, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from no puede ser posterior a --to</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Escribiendo el informe</translation>
    </message>
    <message>
        <source>Wrote a %1-page report for %2 to %3</source>
        <translation>Se escribió un informe de %1 páginas para el periodo %2 en %3</translation>
    </message>
    <message>
        <source>Language of the report&apos;s words: en (default), de, es or fr. Numbers follow it; dates stay YYYY-MM-DD.</source>
        <translation>Idioma del informe: en (predeterminado), de, es o fr. Los números lo siguen; las fechas quedan AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>--language knows %1, not &apos;%2&apos;</source>
        <translation>--language admite %1, no «%2»</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>Buttoning clothes</source>
        <translation>Abotonarse la ropa</translation>
    </message>
    <message>
        <source>Writing by hand</source>
        <translation>Escribir a mano</translation>
    </message>
    <message>
        <source>Typing, using a phone</source>
        <translation>Teclear, usar el teléfono</translation>
    </message>
    <message>
        <source>Holding and gripping</source>
        <translation>Sostener y agarrar</translation>
    </message>
    <message>
        <source>Picking up small things</source>
        <translation>Recoger cosas pequeñas</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Caminar</translation>
    </message>
    <message>
        <source>Feeling the ground</source>
        <translation>Sentir el suelo</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Caídas</translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation>Casi caídas</translation>
    </message>
    <message>
        <source>Skin of hands and feet</source>
        <translation>Piel de manos y pies</translation>
    </message>
    <message>
        <source>Tested water temperature</source>
        <translation>Comprobé la temperatura del agua</translation>
    </message>
    <message>
        <source>Night lights on</source>
        <translation>Luces nocturnas encendidas</translation>
    </message>
    <message>
        <source>Non-slip mats in place</source>
        <translation>Alfombrillas antideslizantes puestas</translation>
    </message>
    <message>
        <source>Used handrails</source>
        <translation>Usé pasamanos</translation>
    </message>
    <message>
        <source>Wore supportive shoes</source>
        <translation>Llevé calzado que sujeta bien</translation>
    </message>
    <message>
        <source>Kept hands and feet warm</source>
        <translation>Mantuve calientes manos y pies</translation>
    </message>
    <message>
        <source>Gentle exercise</source>
        <translation>Ejercicio suave</translation>
    </message>
    <message>
        <source>Alcoholic drinks</source>
        <translation>Bebidas alcohólicas</translation>
    </message>
    <message>
        <source>Smoked</source>
        <translation>Fumé</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <source>Trouble finding words</source>
        <translation>Dificultad para encontrar palabras</translation>
    </message>
    <message>
        <source>Shaking or tremor</source>
        <translation>Temblores</translation>
    </message>
    <message>
        <source>A seizure (fit)</source>
        <translation>Una convulsión (crisis)</translation>
    </message>
    <message>
        <source>New trouble swallowing</source>
        <translation>Nueva dificultad para tragar</translation>
    </message>
    <message>
        <source>Weakness in the face</source>
        <translation>Debilidad en la cara</translation>
    </message>
    <message>
        <source>Trouble breathing</source>
        <translation>Dificultad para respirar</translation>
    </message>
    <message>
        <source>%1 in the hands</source>
        <translation>%1 en las manos</translation>
    </message>
    <message>
        <source>%1 in the feet</source>
        <translation>%1 en los pies</translation>
    </message>
    <message>
        <source>pins and needles</source>
        <translation>pinchazos, como de alfileres</translation>
    </message>
    <message>
        <source>cold hurts or feels strange</source>
        <translation>el frío duele o se siente extraño</translation>
    </message>
    <message>
        <source>knowing where your feet are</source>
        <translation>saber dónde están sus pies</translation>
    </message>
    <message>
        <source>times you fell today</source>
        <translation>veces que se cayó hoy</translation>
    </message>
    <message>
        <source>times you nearly fell</source>
        <translation>veces que casi se cayó</translation>
    </message>
    <message>
        <source>blisters or injuries you may not feel</source>
        <translation>ampollas o heridas que quizá no note</translation>
    </message>
    <message>
        <source>walking, stretching, cycling</source>
        <translation>caminar, estirarse, ir en bicicleta</translation>
    </message>
    <message>
        <source>closed, non-slip</source>
        <translation>cerrado, antideslizante</translation>
    </message>
    <message>
        <source>gloves, thick socks</source>
        <translation>guantes, calcetines gruesos</translation>
    </message>
    <message>
        <source>less feeling, like wearing gloves</source>
        <translation>menos sensibilidad, como si llevara guantes</translation>
    </message>
    <message>
        <source>knowing where their feet are</source>
        <translation>si la persona sabe dónde están sus pies</translation>
    </message>
    <message>
        <source>times they fell today</source>
        <translation>veces que la persona se cayó hoy</translation>
    </message>
    <message>
        <source>times they nearly fell</source>
        <translation>veces que la persona casi se cayó</translation>
    </message>
    <message>
        <source>blisters or injuries they may not feel</source>
        <translation>ampollas o heridas que la persona quizá no note</translation>
    </message>
    <message>
        <source>Keeping balance</source>
        <translation>Mantener el equilibrio</translation>
    </message>
    <message>
        <source>with an elbow or a thermometer</source>
        <translation>con el codo o un termómetro</translation>
    </message>
    <message>
        <source>Feet checked</source>
        <translation>Pies revisados</translation>
    </message>
    <message>
        <source>A drooping eyelid</source>
        <translation>Un párpado caído</translation>
    </message>
    <message>
        <source>Double vision</source>
        <translation>Visión doble</translation>
    </message>
    <message>
        <source>Slurred or nasal speech</source>
        <translation>Habla arrastrada o nasal</translation>
    </message>
    <message>
        <source>Weakness getting worse</source>
        <translation>Debilidad que empeora</translation>
    </message>
    <message>
        <source>Very sleepy or hard to wake</source>
        <translation>Mucho sueño o difícil de despertar</translation>
    </message>
    <message>
        <source>Lost bladder or bowel control</source>
        <translation>Pérdida del control de la vejiga o del intestino</translation>
    </message>
    <message>
        <source>Bad headache with a stiff neck</source>
        <translation>Dolor de cabeza fuerte con rigidez de cuello</translation>
    </message>
    <message>
        <source>Chest pain or racing heart</source>
        <translation>Dolor en el pecho o corazón acelerado</translation>
    </message>
    <message>
        <source>an upper eyelid hangs lower than usual</source>
        <translation>un párpado superior cuelga más de lo normal</translation>
    </message>
    <message>
        <source>seeing two of things</source>
        <translation>ver las cosas dobles</translation>
    </message>
    <message>
        <source>words come out blurred or through the nose</source>
        <translation>las palabras salen borrosas o por la nariz</translation>
    </message>
    <message>
        <source>weaker by the hour or day; stairs, getting up or lifting the arms newly hard</source>
        <translation>más débil cada hora o cada día; escaleras, levantarse o subir los brazos cuesta de nuevo</translation>
    </message>
    <message>
        <source>far sleepier than usual, difficult to wake up</source>
        <translation>mucho más sueño de lo normal, cuesta despertarse</translation>
    </message>
    <message>
        <source>new accidents, or cannot pass urine</source>
        <translation>escapes nuevos, o no se puede orinar</translation>
    </message>
    <message>
        <source>a bad headache with a stiff neck or a fever</source>
        <translation>dolor de cabeza fuerte con cuello rígido o fiebre</translation>
    </message>
    <message>
        <source>pain in the chest, or a racing or uneven heartbeat</source>
        <translation>dolor en el pecho, o latidos acelerados o irregulares</translation>
    </message>
</context>
<context>
    <name>FlagLevelStyle</name>
    <message>
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <source>Contact soon</source>
        <translation>Contactar pronto</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>last %1 mean %2 ≥ baseline %3 + %4</source>
        <translation>media de los últimos %1: %2 ≥ referencia %3 + %4</translation>
    </message>
    <message>
        <source>score %1 ≥ baseline %2 + %3</source>
        <translation>puntuación %1 ≥ referencia %2 + %3</translation>
    </message>
    <message>
        <source>marked on %1 of the last %2 days, not marked in the baseline days</source>
        <translation>marcada en %1 de los últimos %2 días, no marcada en los días de referencia</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 ese día</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>se encontró %1</translation>
    </message>
    <message>
        <source>marked yes</source>
        <translation>marcado «sí»</translation>
    </message>
    <message>
        <source> (from the caregiver&apos;s entry)</source>
        <translation> (de la anotación del cuidador)</translation>
    </message>
    <message>
        <source>fingertips</source>
        <translation>yemas de los dedos</translation>
    </message>
    <message>
        <source>fingers</source>
        <translation>dedos de la mano</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>mano</translation>
    </message>
    <message>
        <source>wrist</source>
        <translation>muñeca</translation>
    </message>
    <message>
        <source>toes</source>
        <translation>dedos de los pies</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>pie</translation>
    </message>
    <message>
        <source>ankle</source>
        <translation>tobillo</translation>
    </message>
    <message>
        <source>lower leg</source>
        <translation>parte baja de la pierna</translation>
    </message>
    <message>
        <source>buttoning</source>
        <translation>abotonarse</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>escribir</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>teclear</translation>
    </message>
    <message>
        <source>grasping</source>
        <translation>agarrar</translation>
    </message>
    <message>
        <source>picking up small objects</source>
        <translation>recoger objetos pequeños</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>caminar</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>equilibrio</translation>
    </message>
    <message>
        <source>feeling the ground</source>
        <translation>sentir el suelo</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>confusión</translation>
    </message>
    <message>
        <source>trouble finding words</source>
        <translation>dificultad para encontrar palabras</translation>
    </message>
    <message>
        <source>tremor</source>
        <translation>temblores</translation>
    </message>
    <message>
        <source>seizure</source>
        <translation>convulsión</translation>
    </message>
    <message>
        <source>new trouble swallowing</source>
        <translation>nueva dificultad para tragar</translation>
    </message>
    <message>
        <source>facial weakness</source>
        <translation>debilidad en la cara</translation>
    </message>
    <message>
        <source>trouble breathing</source>
        <translation>dificultad para respirar</translation>
    </message>
    <message>
        <source>Symptoms getting worse</source>
        <translation>Síntomas que empeoran</translation>
    </message>
    <message>
        <source>Symptoms spreading</source>
        <translation>Síntomas que se extienden</translation>
    </message>
    <message>
        <source>New difficulty with a hand task</source>
        <translation>Nueva dificultad en una tarea con las manos</translation>
    </message>
    <message>
        <source>Walking or balance harder</source>
        <translation>Más dificultad para caminar o mantener el equilibrio</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Caída</translation>
    </message>
    <message>
        <source>Skin problem found</source>
        <translation>Problema de piel encontrado</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Señal de alarma</translation>
    </message>
    <message>
        <source>Numbness, tingling, burning or pain in the hands or feet is clearly higher than in your baseline days: over the last few logged days on average 2 points or more above, or on one day 4 points or more above.</source>
        <translation>El entumecimiento, el hormigueo, el ardor o el dolor en las manos o los pies es claramente mayor que en sus días de referencia: en los últimos días anotados, de media 2 puntos o más por encima, o en un solo día 4 puntos o más por encima.</translation>
    </message>
    <message>
        <source>A place that was not marked in your baseline days is marked on 2 or more days of the last week.</source>
        <translation>Una zona que no estaba marcada en sus días de referencia está marcada en 2 o más días de la última semana.</translation>
    </message>
    <message>
        <source>Buttoning, writing, typing, grasping or picking up small objects is harder than in your baseline days, on 2 or more days of the last week.</source>
        <translation>Abotonarse, escribir, teclear, agarrar o recoger objetos pequeños le cuesta más que en sus días de referencia, en 2 o más días de la última semana.</translation>
    </message>
    <message>
        <source>Walking, keeping your balance or feeling the ground is harder than in your baseline days.</source>
        <translation>Caminar, mantener el equilibrio o sentir el suelo le cuesta más que en sus días de referencia.</translation>
    </message>
    <message>
        <source>A fall was recorded.</source>
        <translation>Se anotó una caída.</translation>
    </message>
    <message>
        <source>A skin problem (blister, cut, burn, redness or other) was found.</source>
        <translation>Se encontró un problema de piel (ampolla, corte, quemadura, enrojecimiento u otro).</translation>
    </message>
    <message>
        <source>Your nerve symptoms are stronger than in your usual days. Tell your care team soon: hearing about it early lets them judge how severe it is, adjust your treatment if needed or offer medicine that eases nerve symptoms. Meanwhile keep your hands and feet warm, keep moving gently, avoid alcohol and smoking, and keep logging every day.</source>
        <translation>Sus síntomas nerviosos son más fuertes que en sus días habituales. Avise pronto a su equipo médico: saberlo a tiempo les permite valorar su gravedad, ajustar el tratamiento si hace falta u ofrecerle medicamentos que alivian los síntomas nerviosos. Mientras tanto, mantenga calientes las manos y los pies, siga moviéndose con suavidad, evite el alcohol y el tabaco, y siga anotando cada día.</translation>
    </message>
    <message>
        <source>You are marking a place that was not affected in your usual days, so the symptoms seem to reach further than before. Tell your care team soon, and keep marking where you feel it so they can see how it changes.</source>
        <translation>Está marcando una zona que no estaba afectada en sus días habituales, así que los síntomas parecen llegar más lejos que antes. Avise pronto a su equipo médico y siga marcando dónde lo siente para que puedan ver cómo cambia.</translation>
    </message>
    <message>
        <source>An everyday task with your hands has become harder than in your usual days. Tell your care team soon and ask whether aids (grips, button hooks, thicker pens) or physical or occupational therapy could help. Take extra care with heat and sharp things: use oven mitts and check the water temperature before washing.</source>
        <translation>Una tarea cotidiana con las manos le cuesta más que en sus días habituales. Avise pronto a su equipo médico y pregunte si podrían servirle ayudas técnicas (agarres, abotonadores, bolígrafos más gruesos), fisioterapia o terapia ocupacional. Tenga especial cuidado con el calor y los objetos cortantes: use manoplas de horno y compruebe la temperatura del agua antes de lavarse.</translation>
    </message>
    <message>
        <source>Walking, keeping your balance or feeling the ground has become harder than in your usual days. Tell your care team soon. To lower the risk of a fall, wear supportive non-slip shoes, use night lights, non-slip mats and handrails, and take your time on stairs.</source>
        <translation>Caminar, mantener el equilibrio o sentir el suelo le cuesta más que en sus días habituales. Avise pronto a su equipo médico. Para reducir el riesgo de caídas, lleve calzado antideslizante que sujete bien, use luces nocturnas, alfombrillas antideslizantes y pasamanos, y tómese su tiempo en las escaleras.</translation>
    </message>
    <message>
        <source>You recorded a fall. Tell your care team about it. If you were hurt or hit your head, get medical help now. Night lights, non-slip mats, handrails and supportive shoes make falls less likely.</source>
        <translation>Ha anotado una caída. Cuénteselo a su equipo médico. Si se hizo daño o se golpeó la cabeza, busque ayuda médica ahora. Las luces nocturnas, las alfombrillas antideslizantes, los pasamanos y el calzado que sujeta bien hacen que las caídas sean menos probables.</translation>
    </message>
    <message>
        <source>Keep an eye on it</source>
        <translation>Vigílelo</translation>
    </message>
    <message>
        <source>Tell your care team soon</source>
        <translation>Avise pronto a su equipo médico</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Pida ayuda ahora</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>manos</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>pies</translation>
    </message>
    <message>
        <source>falls</source>
        <translation>caídas</translation>
    </message>
    <message>
        <source>skin</source>
        <translation>piel</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 del lado izquierdo</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>%1 del lado derecho</translation>
    </message>
    <message>
        <source>forearm</source>
        <translation>antebrazo</translation>
    </message>
    <message>
        <source>upper arm</source>
        <translation>parte superior del brazo</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>muslo</translation>
    </message>
    <message>
        <source>drooping eyelid</source>
        <translation>párpado caído</translation>
    </message>
    <message>
        <source>double vision</source>
        <translation>visión doble</translation>
    </message>
    <message>
        <source>slurred speech</source>
        <translation>habla arrastrada</translation>
    </message>
    <message>
        <source>weakness getting worse</source>
        <translation>debilidad que empeora</translation>
    </message>
    <message>
        <source>very sleepy or hard to wake</source>
        <translation>mucho sueño o difícil de despertar</translation>
    </message>
    <message>
        <source>bladder or bowel control lost</source>
        <translation>pérdida del control de la vejiga o del intestino</translation>
    </message>
    <message>
        <source>severe headache with a stiff neck</source>
        <translation>dolor de cabeza fuerte con rigidez de cuello</translation>
    </message>
    <message>
        <source>chest pain or racing heartbeat</source>
        <translation>dolor en el pecho o latidos acelerados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>at the top of the scale</source>
        <translation>en lo más alto de la escala</translation>
    </message>
    <message>
        <source>last %1 mean %2</source>
        <translation>media de los últimos %1: %2</translation>
    </message>
    <message>
        <source>level %1 &gt; baseline %2, on %3 of the last %4 days</source>
        <translation>dificultad %1 &gt; referencia %2, %3 de los últimos %4 días</translation>
    </message>
    <message>
        <source>level %1 &gt; baseline %2</source>
        <translation>dificultad %1 &gt; referencia %2</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>dificultad %1</translation>
    </message>
    <message>
        <source>%1 today, %2 in the last %3 days</source>
        <translation>%1 hoy, %2 en los últimos %3 días</translation>
    </message>
    <message>
        <source>weakness %1 ≥ baseline %2 + %3</source>
        <translation>debilidad %1 ≥ referencia %2 + %3</translation>
    </message>
    <message>
        <source>weakness %1</source>
        <translation>debilidad %1</translation>
    </message>
    <message>
        <source>weakness %1, up from %2 on %3</source>
        <translation>debilidad %1, sube desde %2 el %3</translation>
    </message>
    <message>
        <source>%1, up from %2 on %3; %4</source>
        <translation>%1, sube desde %2 el %3; %4</translation>
    </message>
    <message>
        <source>%1, again after the fall flagged on %2</source>
        <translation>%1, otra vez tras la caída avisada el %2</translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation>Casi caídas</translation>
    </message>
    <message>
        <source>Weakness getting worse</source>
        <translation>Debilidad que empeora</translation>
    </message>
    <message>
        <source>Weakness rising quickly</source>
        <translation>Debilidad que aumenta rápido</translation>
    </message>
    <message>
        <source>A warning sign was recorded: confusion, trouble finding words, tremor, a seizure, new trouble swallowing, facial weakness, trouble breathing, a drooping eyelid, double vision, slurred speech, weakness getting worse, being very sleepy or hard to wake, lost bladder or bowel control, a severe headache with a stiff neck, or chest pain or a racing heartbeat.</source>
        <translation>Se anotó una señal de alarma: confusión, dificultad para encontrar palabras, temblor, una convulsión, dificultad nueva para tragar, debilidad en la cara, dificultad para respirar, un párpado caído, visión doble, habla arrastrada, debilidad que empeora, mucho sueño o dificultad para despertar, pérdida del control de la vejiga o del intestino, dolor de cabeza fuerte con rigidez de cuello, o dolor en el pecho o latidos acelerados.</translation>
    </message>
    <message>
        <source>A near fall was recorded, and there were 2 or more near falls in the last week.</source>
        <translation>Se anotó una casi caída, y hubo 2 o más casi caídas en la última semana.</translation>
    </message>
    <message>
        <source>Weakness in the hands or feet is 2 or more and at least 2 points above your baseline days.</source>
        <translation>La debilidad en las manos o los pies es de 2 o más y al menos 2 puntos mayor que en sus días de referencia.</translation>
    </message>
    <message>
        <source>Weakness in the hands or feet is 4 or more and at least 3 points higher than on a day of the week before.</source>
        <translation>La debilidad en las manos o los pies es de 4 o más y al menos 3 puntos mayor que algún día de la semana anterior.</translation>
    </message>
    <message>
        <source>You nearly fell more than once in a week. Tell your care team soon: it can be the first sign that walking or balance is getting harder. Wear supportive non-slip shoes, use night lights, non-slip mats and handrails, and take your time when you stand up.</source>
        <translation>Ha estado a punto de caerse más de una vez en una semana. Dígaselo pronto a su equipo médico: puede ser la primera señal de que caminar o mantener el equilibrio se está volviendo más difícil. Use calzado firme y antideslizante, luces nocturnas, alfombrillas antideslizantes y pasamanos, y levántese sin prisas.</translation>
    </message>
    <message>
        <source>Your hands or feet are weaker than in your usual days. Tell your care team soon. If the weakness keeps getting worse over hours or days, or walking, swallowing or breathing becomes hard, get help now.</source>
        <translation>Sus manos o sus pies están más débiles que en sus días habituales. Dígaselo pronto a su equipo médico. Si la debilidad sigue empeorando en horas o días, o le cuesta caminar, tragar o respirar, pida ayuda ahora.</translation>
    </message>
    <message>
        <source>near falls</source>
        <translation>casi caídas</translation>
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
        <translation>peor otra vez desde el %1</translation>
    </message>
    <message>
        <source>You found a skin problem. Call your care team the same day if the redness spreads, the skin feels warm, there is pus, or a fever comes with it, above all if you take steroids or your blood counts are low after CAR-T. Otherwise keep the spot clean and protected, look at it every day, and show it to your care team at your next visit. Skin with less feeling can be hurt without you noticing: check your feet daily, never walk barefoot, feel inside your shoes before putting them on, test the water temperature with a thermometer or your elbow, and moisturise your hands and feet, but not between the toes.</source>
        <translation>Ha encontrado un problema en la piel. Llame a su equipo médico el mismo día si el enrojecimiento se extiende, la piel está caliente, hay pus o tiene fiebre, sobre todo si toma corticoides o tiene las defensas bajas después de CAR-T. Si no, mantenga la zona limpia y protegida, mírela cada día y enséñela a su equipo médico en la próxima visita. La piel con menos sensibilidad puede lastimarse sin que lo note: revise sus pies cada día, no camine nunca descalzo, palpe el interior de los zapatos antes de ponérselos, compruebe la temperatura del agua con un termómetro o con el codo, e hidrate manos y pies, pero no entre los dedos de los pies.</translation>
    </message>
    <message>
        <source>This warning sign needs help at once. Call your emergency number now, or go to the emergency department; do not drive yourself. After CAR-T, also call your treatment centre&apos;s 24-hour line. Then tell your care team.</source>
        <translation>Esta señal de alarma necesita ayuda inmediata. Llame ahora a su número de emergencias o vaya a urgencias; no conduzca usted. Después de CAR-T, llame también a la línea de 24 horas de su centro de tratamiento. Después avise a su equipo médico.</translation>
    </message>
    <message>
        <source>Weakness has risen quickly within a week. This needs help at once. Call your emergency number now, or go to the emergency department; do not drive yourself. After CAR-T, also call your treatment centre&apos;s 24-hour line. Then tell your care team.</source>
        <translation>La debilidad ha aumentado rápidamente en una semana. Esto necesita ayuda inmediata. Llame ahora a su número de emergencias o vaya a urgencias; no conduzca usted. Después de CAR-T, llame también a la línea de 24 horas de su centro de tratamiento. Después avise a su equipo médico.</translation>
    </message>
</context>
<context>
    <name>FlagsCommand</name>
    <message>
        <source>List the times the diary suggests contacting the care team (flags), oldest first.</source>
        <translation>Listar las veces en que el diario sugiere contactar con el equipo médico (avisos), de la más antigua a la más reciente.</translation>
    </message>
    <message>
        <source>Show flags from this day on (the rules still see the whole diary).</source>
        <translation>Mostrar los avisos a partir de este día (las reglas siguen teniendo en cuenta todo el diario).</translation>
    </message>
    <message>
        <source>Show flags up to this day.</source>
        <translation>Mostrar los avisos hasta este día.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of one line per flag.</source>
        <translation>Imprimir una matriz JSON en lugar de una línea por aviso.</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>No hay avisos.</translation>
    </message>
</context>
<context>
    <name>GradeEstimate</name>
    <message>
        <source>Estimated grade (patient-reported)</source>
        <translation>Grado estimado (según el paciente)</translation>
    </message>
    <message>
        <source>An estimate from your own ratings (0–3), to help talk with your care team. It is not the official grade: only your care team grades this side effect.</source>
        <translation>Una estimación a partir de sus propias valoraciones (0–3), para ayudarle a hablar con su equipo médico. No es el grado oficial: solo su equipo médico determina el grado de este efecto secundario.</translation>
    </message>
</context>
<context>
    <name>GradesCommand</name>
    <message>
        <source>List the estimated grade (patient-reported, 0 to 3) of every day that has one, oldest first.</source>
        <translation>Mostrar el grado estimado (según lo que anota el paciente, de 0 a 3) de cada día que lo tenga, del más antiguo al más reciente.</translation>
    </message>
    <message>
        <source>Show days from this day on.</source>
        <translation>Mostrar los días a partir de este día.</translation>
    </message>
    <message>
        <source>Show days up to this day.</source>
        <translation>Mostrar los días hasta este día.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of one line per day.</source>
        <translation>Imprimir una matriz JSON en lugar de una línea por día.</translation>
    </message>
    <message>
        <source>No estimated grades.</source>
        <translation>No hay grados estimados.</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message numerus="yes">
        <source>nervediary: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>nervediary: se encontró %n problema; no se importó nada.</numerusform>
            <numerusform>nervediary: se encontraron %n problemas; no se importó nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nervediary: %n conflict(s) with the diary; nothing was imported.</source>
        <translation>
            <numerusform>nervediary: %n conflicto con el diario; no se importó nada.</numerusform>
            <numerusform>nervediary: %n conflictos con el diario; no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import entries (and treatment events) from CSV, all or nothing.</source>
        <translation>Importar anotaciones (y eventos del tratamiento) desde CSV: todo o nada.</translation>
    </message>
    <message>
        <source>The entries file.</source>
        <translation>El archivo de anotaciones.</translation>
    </message>
    <message>
        <source>A treatment events file to import as well.</source>
        <translation>Un archivo de eventos del tratamiento para importar también.</translation>
    </message>
    <message>
        <source>EVENTS.csv</source>
        <translation>EVENTS.csv</translation>
    </message>
    <message>
        <source>What to do with an entry whose date and author are already in the diary: fail (default), skip (keep the stored one) or replace.</source>
        <translation>Qué hacer con una anotación cuya fecha y autor ya están en el diario: fail (por defecto), skip (conservar la guardada) o replace (sustituirla).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>CRITERIO</translation>
    </message>
    <message>
        <source>import-csv needs exactly one entries file</source>
        <translation>import-csv necesita exactamente un archivo de anotaciones</translation>
    </message>
    <message>
        <source>--on-conflict must be fail, skip or replace</source>
        <translation>--on-conflict debe ser fail, skip o replace</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Imported %1 new entries, replaced %2, skipped %3; %4 treatment events added, %5 replaced, %6 skipped.</source>
        <translation>Se importaron %1 anotaciones nuevas, se sustituyeron %2 y se omitieron %3; se añadieron %4 eventos del tratamiento, se sustituyeron %5 y se omitieron %6.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation>
            <numerusform>… y %n problema más, no listado.</numerusform>
            <numerusform>… y %n problemas más, no listados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not written. Free some space and try again.</source>
        <translation>El disco está lleno, así que %1 no se escribió. Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or folder is read-only.</source>
        <translation>No se puede escribir %1: el disco o la carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>%1 cannot be written: you have no permission to write there.</source>
        <translation>No se puede escribir %1: no tiene permiso para escribir ahí.</translation>
    </message>
</context>
<context>
    <name>RemindCommand</name>
    <message>
        <source>Send the daily reminder as a desktop notification when the diary day has no entry (at most once a day); quietly do nothing otherwise.</source>
        <translation>Enviar el recordatorio diario como notificación del escritorio cuando el día del diario no tenga entrada (como mucho una vez al día); si no, no hacer nada.</translation>
    </message>
    <message>
        <source>The diary file (default: the one the window opens).</source>
        <translation>El archivo del diario (por defecto: el que abre la ventana).</translation>
    </message>
    <message>
        <source>Do not wait for an answer to the notification.</source>
        <translation>No esperar respuesta a la notificación.</translation>
    </message>
    <message>
        <source>Act as if it were this moment (YYYY-MM-DDTHH:MM).</source>
        <translation>Actuar como si fuera este momento (AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>--at needs a time like 2026-03-12T20:00</source>
        <translation>--at necesita un momento como 2026-03-12T20:00</translation>
    </message>
    <message>
        <source>no notification service on the session bus; the reminder was not shown: %1</source>
        <translation>no hay servicio de notificaciones en el bus de sesión; el recordatorio no se mostró: %1</translation>
    </message>
    <message>
        <source>the reminder could not be shown: %1</source>
        <translation>no se pudo mostrar el recordatorio: %1</translation>
    </message>
</context>
<context>
    <name>ReminderInstaller</name>
    <message>
        <source>The reminder could not be switched on in %1.</source>
        <translation>No se pudo activar el recordatorio en %1.</translation>
    </message>
    <message>
        <source>The reminder was saved, but systemd did not start it; it starts at the next login.</source>
        <translation>El recordatorio se guardó, pero systemd no lo inició; empezará en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>The reminder could not be written to %1: %2</source>
        <translation>No se pudo escribir el recordatorio en %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message numerus="yes">
        <source>%n day(s) without a diary entry</source>
        <translation>
            <numerusform>%n día sin entrada en el diario</numerusform>
            <numerusform>%n días sin entrada en el diario</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is logged for them since %1. Log how they are today; the days you missed can be filled in too.</source>
        <translation>No hay nada anotado para la persona desde el %1. Anote cómo está hoy; también puede completar los días que faltan.</translation>
    </message>
    <message>
        <source>Nothing is logged since %1. Log how you are today; the days you missed can be filled in too.</source>
        <translation>No hay nada anotado desde el %1. Anote cómo está hoy; también puede completar los días que faltan.</translation>
    </message>
    <message>
        <source>Nothing was logged for %1</source>
        <translation>No se anotó nada el %1</translation>
    </message>
    <message>
        <source>You can still log how they were that day. It takes a minute.</source>
        <translation>Aún puede anotar cómo estuvo la persona ese día. Solo lleva un minuto.</translation>
    </message>
    <message>
        <source>You can still log how you were that day. It takes a minute.</source>
        <translation>Aún puede anotar cómo estuvo ese día. Solo lleva un minuto.</translation>
    </message>
    <message>
        <source>Nothing is logged for them today</source>
        <translation>Hoy aún no hay nada anotado para la persona</translation>
    </message>
    <message>
        <source>You have not logged today</source>
        <translation>Hoy todavía no ha anotado nada</translation>
    </message>
    <message>
        <source>How do their hands and feet seem today? It takes a minute.</source>
        <translation>¿Cómo parecen estar hoy sus manos y pies? Solo lleva un minuto.</translation>
    </message>
    <message>
        <source>How are your hands and feet today? It takes a minute.</source>
        <translation>¿Cómo están hoy sus manos y pies? Solo lleva un minuto.</translation>
    </message>
    <message>
        <source>Log today</source>
        <translation>Anotar hoy</translation>
    </message>
    <message>
        <source>Log the missed days</source>
        <translation>Anotar los días que faltan</translation>
    </message>
    <message>
        <source>Log that day</source>
        <translation>Anotar ese día</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>marked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>new since the baseline (hatched)</source>
        <translation>nuevo desde la referencia (rayado)</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>mano izquierda</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>mano derecha</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>pie izquierdo</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>pie derecho</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>treatment event (a tick above every chart)</source>
        <translation>evento del tratamiento (una marca encima de cada gráfico)</translation>
    </message>
    <message>
        <source>treatment event (dashed line in every chart)</source>
        <translation>evento del tratamiento (línea discontinua en cada gráfico)</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>Each day shows the highest value of the patient&apos;s and caregiver&apos;s entries. Days without an entry are gaps; the grey band marks the baseline days.</source>
        <translation>Cada día muestra el valor más alto de las anotaciones del paciente y del cuidador. Los días sin anotación quedan en blanco; la franja gris marca los días de referencia.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>contact team</source>
        <translation>avisar al equipo</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>vigilar</translation>
    </message>
    <message>
        <source>P+C</source>
        <translation>P+C</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Día a día</translation>
    </message>
    <message>
        <source>One line per logged day. Each value is the day&apos;s highest over the patient&apos;s (P) and caregiver&apos;s (C) entries; days logged only by a caregiver are in italics.</source>
        <translation>Una línea por día anotado. Cada valor es el más alto del día entre las anotaciones del paciente (P) y del cuidador (C); los días anotados solo por un cuidador van en cursiva.</translation>
    </message>
    <message>
        <source>Hands, Feet: highest of numbness, tingling, burning and pain (0–10). Grade: estimated grade, patient-reported (0–3).</source>
        <translation>Manos, Pies: el más alto de entumecimiento, hormigueo, ardor y dolor (0–10). Grado: grado estimado, según el paciente (0–3).</translation>
    </message>
    <message>
        <source>Tasks (0 none, 1 mild, 2 moderate, 3 severe, 4 unable): Btn buttoning, Wri writing, Typ typing, Grs grasping, Sml small objects, Wlk walking, Bal balance, Grd feeling the ground.</source>
        <translation>Tareas (0 ninguna, 1 leve, 2 moderada, 3 grave, 4 imposible): Abo abotonarse, Esc escribir, Tec teclear, Aga agarrar, Peq objetos pequeños, Cam caminar, Equ equilibrio, Sue sentir el suelo.</translation>
    </message>
    <message>
        <source>Flags: the most pressing level among the flags that started that day, and how many. Skin, signs: skin problems found and warning signs marked.</source>
        <translation>Avisos: el nivel más apremiante entre los avisos que empezaron ese día, y cuántos fueron. Piel, señales: problemas de piel encontrados y señales de alarma marcadas.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pies</translation>
    </message>
    <message>
        <source>Grade</source>
        <comment>day table column</comment>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Falls</source>
        <comment>day table column</comment>
        <translation>Caídas</translation>
    </message>
    <message>
        <source>Near</source>
        <comment>day table column: near falls</comment>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Flags</source>
        <comment>day table column</comment>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Skin, signs</source>
        <translation>Piel, señales</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Treatment events</source>
        <translation>Eventos del tratamiento</translation>
    </message>
    <message>
        <source>No treatment events were recorded in this period.</source>
        <translation>No se anotaron eventos del tratamiento en este periodo.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation>No se escribieron notas en este periodo.</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation>cuidador</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>Flags with their numbers</source>
        <translation>Avisos con sus cifras</translation>
    </message>
    <message>
        <source>No flags in this period.</source>
        <translation>No hay avisos en este periodo.</translation>
    </message>
    <message>
        <source>Every flag of the period, oldest first, with the numbers that raised it and whether it was discussed with the care team.</source>
        <translation>Todos los avisos del periodo, del más antiguo al más reciente, con las cifras que los activaron y si se comentaron con el equipo médico.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation>Las cifras</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Comentado</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>How the diary raises flags</source>
        <translation>Cómo activa avisos el diario</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Holds when</source>
        <translation>Se cumple cuando</translation>
    </message>
    <message>
        <source>Nerve symptom diary</source>
        <translation>Diario de síntomas nerviosos</translation>
    </message>
    <message>
        <source>Nerve symptom diary: %1</source>
        <translation>Diario de síntomas nerviosos: %1</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Periodo %1</translation>
    </message>
    <message>
        <source>Made on %1 with NerveDiary %2</source>
        <translation>Hecho el %1 con NerveDiary %2</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>Hands and feet</source>
        <translation>Manos y pies</translation>
    </message>
    <message>
        <source>highest of numbness, tingling, burning, pain (0–10)</source>
        <translation>el más alto de entumecimiento, hormigueo, ardor y dolor (0–10)</translation>
    </message>
    <message>
        <source>hands, daily</source>
        <translation>manos, cada día</translation>
    </message>
    <message>
        <source>feet, daily</source>
        <translation>pies, cada día</translation>
    </message>
    <message>
        <source>hands, 7-day average</source>
        <translation>manos, media de 7 días</translation>
    </message>
    <message>
        <source>feet, 7-day average</source>
        <translation>pies, media de 7 días</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>Tareas diarias</translation>
    </message>
    <message>
        <source>highest level of the day</source>
        <translation>nivel más alto del día</translation>
    </message>
    <message>
        <source>hand tasks</source>
        <translation>tareas con las manos</translation>
    </message>
    <message>
        <source>walking, balance, feeling the ground</source>
        <translation>caminar, equilibrio, sentir el suelo</translation>
    </message>
    <message>
        <source>for discussion, not the official grade</source>
        <translation>para comentar, no es el grado oficial</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Caídas</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>added up over every %1 days</source>
        <translation>sumadas cada %1 días</translation>
    </message>
    <message>
        <source>falls</source>
        <translation>caídas</translation>
    </message>
    <message>
        <source>near falls</source>
        <translation>casi caídas</translation>
    </message>
    <message>
        <source>Nerve symptom diary report</source>
        <translation>Informe del diario de síntomas nerviosos</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>No se indicó ningún nombre de archivo para el informe.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the report.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo para el informe.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied.</source>
        <translation>No se puede escribir %1: permiso denegado.</translation>
    </message>
    <message>
        <source>The report was not written: it was cancelled.</source>
        <translation>El informe no se escribió: se canceló.</translation>
    </message>
    <message>
        <source>Immune checkpoint inhibitor</source>
        <translation>Inhibidor de puntos de control inmunitario</translation>
    </message>
    <message>
        <source>CAR-T cell therapy</source>
        <translation>Terapia con células CAR-T</translation>
    </message>
    <message>
        <source>Other immunotherapy</source>
        <translation>Otra inmunoterapia</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no anotado</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Btn</source>
        <translation>Abo</translation>
    </message>
    <message>
        <source>Wri</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Tec</translation>
    </message>
    <message>
        <source>Grs</source>
        <translation>Aga</translation>
    </message>
    <message>
        <source>Sml</source>
        <translation>Peq</translation>
    </message>
    <message>
        <source>Wlk</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Bal</source>
        <translation>Equ</translation>
    </message>
    <message>
        <source>Grd</source>
        <translation>Sue</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>confusión</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <source>tremor</source>
        <translation>temblores</translation>
    </message>
    <message>
        <source>seizure</source>
        <translation>convulsión</translation>
    </message>
    <message>
        <source>swallowing</source>
        <translation>tragar</translation>
    </message>
    <message>
        <source>face</source>
        <translation>cara</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>respirar</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (regla %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none (the diary is empty)</source>
        <translation>ninguna (el diario está vacío)</translation>
    </message>
    <message>
        <source>%1 (the diary&apos;s first week)</source>
        <translation>%1 (la primera semana del diario)</translation>
    </message>
    <message>
        <source>%1 (chosen by the patient)</source>
        <translation>%1 (elegida por el paciente)</translation>
    </message>
    <message>
        <source>Nerve symptom diary: report for the care team</source>
        <translation>Diario de síntomas nerviosos: informe para el equipo médico</translation>
    </message>
    <message>
        <source>Kept by the patient at home. Scores and the grade are the patient&apos;s own ratings and estimates.</source>
        <translation>Llevado por el paciente en casa. Las puntuaciones y el grado son valoraciones y estimaciones del propio paciente.</translation>
    </message>
    <message>
        <source>%1 of %2 days, %3 with a caregiver&apos;s entry</source>
        <translation>%1 de %2 días, %3 con anotación de un cuidador</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 de %2 días</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Equipo médico</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>of 10</source>
        <translation>de 10</translation>
    </message>
    <message>
        <source>mean of the last 7 days (days scored: %1)</source>
        <translation>media de los últimos 7 días (días con puntuación: %1)</translation>
    </message>
    <message>
        <source>no scores in the last 7 days</source>
        <translation>sin puntuaciones en los últimos 7 días</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>referencia %1</translation>
    </message>
    <message>
        <source>%1, change %2</source>
        <translation>%1, cambio %2</translation>
    </message>
    <message>
        <source>no baseline scores</source>
        <translation>sin puntuaciones de referencia</translation>
    </message>
    <message>
        <source>of 3</source>
        <translation>de 3</translation>
    </message>
    <message>
        <source>highest in the last 7 days</source>
        <translation>el más alto de los últimos 7 días</translation>
    </message>
    <message>
        <source>nothing rated in the last 7 days</source>
        <translation>nada valorado en los últimos 7 días</translation>
    </message>
    <message>
        <source>nothing rated at the baseline</source>
        <translation>nada valorado en la referencia</translation>
    </message>
    <message>
        <source>Falls in the period</source>
        <translation>Caídas en el periodo</translation>
    </message>
    <message>
        <source>days with a fall: %1</source>
        <translation>días con caídas: %1</translation>
    </message>
    <message>
        <source>near falls: %1</source>
        <translation>casi caídas: %1</translation>
    </message>
    <message>
        <source>Flags in this period</source>
        <translation>Avisos en este periodo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>1 flag</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation>%1 avisos</translation>
    </message>
    <message>
        <source>All were discussed with the care team.</source>
        <translation>Todos se comentaron con el equipo médico.</translation>
    </message>
    <message>
        <source>None was discussed with the care team yet.</source>
        <translation>Ninguno se ha comentado todavía con el equipo médico.</translation>
    </message>
    <message>
        <source>Not yet discussed with the care team: %1.</source>
        <translation>Sin comentar todavía con el equipo médico: %1.</translation>
    </message>
    <message>
        <source>What the diary shows</source>
        <translation>Lo que muestra el diario</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>sí, %1</translation>
    </message>
    <message>
        <source>Where symptoms are marked</source>
        <translation>Dónde se marcan los síntomas</translation>
    </message>
    <message>
        <source>Baseline days (%1)</source>
        <translation>Días de referencia (%1)</translation>
    </message>
    <message>
        <source>Baseline days</source>
        <translation>Días de referencia</translation>
    </message>
    <message>
        <source>Last 7 days of the period (%1)</source>
        <translation>Últimos 7 días del periodo (%1)</translation>
    </message>
    <message>
        <source>Newly marked since the baseline: %1.</source>
        <translation>Zonas nuevas marcadas desde la referencia: %1.</translation>
    </message>
    <message>
        <source>No places were marked in the last 7 days of the period.</source>
        <translation>No se marcó ninguna zona en los últimos 7 días del periodo.</translation>
    </message>
    <message>
        <source>No place is newly marked since the baseline.</source>
        <translation>No hay zonas nuevas marcadas desde la referencia.</translation>
    </message>
    <message>
        <source>Treatment events in this period</source>
        <translation>Eventos del tratamiento en este periodo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Earlier events of the period not shown here: %1. All are listed on page %2.</source>
        <translation>Eventos anteriores del periodo no mostrados aquí: %1. Todos aparecen en la página %2.</translation>
    </message>
    <message>
        <source>Earlier events of the period not shown here: %1.</source>
        <translation>Eventos anteriores del periodo no mostrados aquí: %1.</translation>
    </message>
    <message>
        <source>There are no diary entries in this period.</source>
        <translation>No hay anotaciones del diario en este periodo.</translation>
    </message>
    <message>
        <source>Nothing was logged from %1 to %2, so there is nothing to summarise or chart.</source>
        <translation>No se anotó nada del %1 al %2, así que no hay nada que resumir ni representar en gráficos.</translation>
    </message>
    <message>
        <source>The diary has entries from %1 to %2.</source>
        <translation>El diario tiene anotaciones del %1 al %2.</translation>
    </message>
    <message>
        <source>eyelid</source>
        <translation>párpado</translation>
    </message>
    <message>
        <source>double vision</source>
        <translation>visión doble</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>habla</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>debilidad</translation>
    </message>
    <message>
        <source>hard to wake</source>
        <translation>difícil de despertar</translation>
    </message>
    <message>
        <source>bladder/bowel</source>
        <translation>vejiga/intestino</translation>
    </message>
    <message>
        <source>headache, stiff neck</source>
        <translation>dolor de cabeza, cuello rígido</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>pecho</translation>
    </message>
    <message>
        <source>Cold</source>
        <comment>symptom: sensitivity to cold</comment>
        <translation>Frío</translation>
    </message>
    <message>
        <source>Warning signs in this period</source>
        <translation>Señales de alarma en este periodo</translation>
    </message>
    <message>
        <source>None of the %1 warning signs the diary asks about was marked in this period.</source>
        <translation>Ninguna de las %1 señales de alarma por las que pregunta el diario se marcó en este periodo.</translation>
    </message>
    <message>
        <source>Every sign marked in the period, with the days it was marked. Each one was advised as an emergency: emergency services first, then the care team.</source>
        <translation>Cada señal marcada en el periodo, con los días en que se marcó. Para cada una se aconsejó actuar como en una emergencia: primero los servicios de emergencia, después el equipo médico.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Hands: each symptom, week by week</source>
        <translation>Manos: cada síntoma, semana a semana</translation>
    </message>
    <message>
        <source>Feet: each symptom, week by week</source>
        <translation>Pies: cada síntoma, semana a semana</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Worst day of the period</source>
        <translation>Peor día del periodo</translation>
    </message>
    <message>
        <source>Warning signs and each symptom</source>
        <translation>Señales de alarma y cada síntoma</translation>
    </message>
    <message>
        <source>Scores 0–10 as rated by the patient (the day&apos;s highest over patient and caregiver entries). Each week&apos;s mean over its rated days; a dash: not rated that week. Weakness is rated on its own and is not part of the limb score.</source>
        <translation>Puntuaciones 0–10 según el paciente (el máximo del día entre las entradas del paciente y del cuidador). Media de cada semana sobre sus días puntuados; un guion: sin puntuar esa semana. La debilidad se puntúa aparte y no forma parte de la puntuación de manos o pies.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1; emergency number: %2</source>
        <translation>%1; número de emergencias: %2</translation>
    </message>
    <message>
        <source>%1; treatment centre, 24 hours: %2</source>
        <translation>%1; centro de tratamiento, 24 horas: %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>inicio el %1</translation>
    </message>
    <message>
        <source>started %1 (first infusion)</source>
        <translation>inicio el %1 (primera infusión)</translation>
    </message>
    <message>
        <source>start not recorded</source>
        <translation>inicio no anotado</translation>
    </message>
    <message>
        <source>last dose %1</source>
        <translation>última dosis %1</translation>
    </message>
    <message>
        <source>day %1 after the CAR-T infusion at the period&apos;s end</source>
        <translation>día %1 después de la infusión de CAR-T al final del periodo</translation>
    </message>
    <message>
        <source>day %1 of treatment at the period&apos;s end</source>
        <translation>día %1 de tratamiento al final del periodo</translation>
    </message>
    <message>
        <source>first flag of the period on day %1 after the infusion</source>
        <translation>primer aviso del periodo el día %1 después de la infusión</translation>
    </message>
    <message>
        <source>first flag of the period on day %1 of treatment</source>
        <translation>primer aviso del periodo el día %1 de tratamiento</translation>
    </message>
    <message>
        <source>Treatment: %1.</source>
        <translation>Tratamiento: %1.</translation>
    </message>
    <message>
        <source>diabetes</source>
        <translation>diabetes</translation>
    </message>
    <message>
        <source>earlier nerve-damaging chemotherapy</source>
        <translation>quimioterapia previa que daña los nervios</translation>
    </message>
    <message>
        <source>steroids now</source>
        <translation>corticoides ahora</translation>
    </message>
    <message>
        <source>nerve-pain medicines now</source>
        <translation>medicamentos para el dolor nervioso ahora</translation>
    </message>
    <message>
        <source>regular alcohol</source>
        <translation>alcohol con regularidad</translation>
    </message>
    <message>
        <source>Risk context (from the patient): %1.</source>
        <translation>Factores de riesgo (según el paciente): %1.</translation>
    </message>
    <message>
        <source>%1 of %2 not yet</source>
        <translation>%1 de %2 todavía no</translation>
    </message>
    <message>
        <source>No flags: the %1 checks ran over the %2 logged days of this period and none matched. No flag does not mean all is well: the patient is asked to call the care team whenever worried.</source>
        <translation>Sin avisos: las %1 comprobaciones se aplicaron a los %2 días anotados de este periodo y ninguna coincidió. Que no haya avisos no significa que todo esté bien: se pide al paciente que llame al equipo médico siempre que esté preocupado.</translation>
    </message>
    <message>
        <source>%1 (%2). %3 Urgent first, then newest first; flags of one rule on one day share a line:</source>
        <translation>%1 (%2). %3 Primero los urgentes, después los más recientes; los avisos de una misma regla en un mismo día van en una línea:</translation>
    </message>
    <message>
        <source>Urgent means: emergency services first, then the care team. %1.</source>
        <translation>Urgente significa: primero los servicios de emergencia, después el equipo médico. %1.</translation>
    </message>
    <message>
        <source>see the flags with their numbers</source>
        <translation>véanse los avisos con sus cifras</translation>
    </message>
    <message>
        <source>Flags not shown here (none of them urgent): %1. Every flag of the period is listed with its numbers on page %2.</source>
        <translation>Avisos que no se muestran aquí (ninguno urgente): %1. Todos los avisos del periodo figuran con sus cifras en la página %2.</translation>
    </message>
    <message>
        <source>Flags not shown here (none of them urgent): %1.</source>
        <translation>Avisos que no se muestran aquí (ninguno urgente): %1.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Saved the report (%1 pages) to %2.</source>
        <translation>Informe guardado (%1 páginas) en %2.</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>Se enviaron %1 páginas a la impresora.</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Impresión detenida.</translation>
    </message>
</context>
<context>
    <name>SelfCareGuide</name>
    <message>
        <source>Early symptoms</source>
        <translation>Primeros síntomas</translation>
    </message>
    <message>
        <source>Pins and needles, numbness, burning or pain in the fingers or toes.</source>
        <translation>Pinchazos, entumecimiento, ardor o dolor en los dedos de las manos o de los pies.</translation>
    </message>
    <message>
        <source>Tell your care team about changes early, even small ones.</source>
        <translation>Cuente pronto los cambios a su equipo médico, aunque sean pequeños.</translation>
    </message>
    <message>
        <source>Keep moving with gentle exercise such as short walks or stretching: it helps circulation.</source>
        <translation>Siga moviéndose con ejercicio suave, como paseos cortos o estiramientos: ayuda a la circulación.</translation>
    </message>
    <message>
        <source>Keep logging every day so changes show up clearly.</source>
        <translation>Siga anotando cada día para que los cambios se vean con claridad.</translation>
    </message>
    <message>
        <source>Changes in what you can do</source>
        <translation>Cambios en lo que puede hacer</translation>
    </message>
    <message>
        <source>Buttons, writing, typing or holding things getting harder; walking or balance getting worse; not feeling the ground under your feet.</source>
        <translation>Abotonarse, escribir, teclear o sostener cosas cuesta más; caminar o mantener el equilibrio va a peor; no siente el suelo bajo los pies.</translation>
    </message>
    <message>
        <source>Ask about aids that make grip and dressing easier, and about physical therapy.</source>
        <translation>Pregunte por ayudas técnicas que faciliten agarrar y vestirse, y por la fisioterapia.</translation>
    </message>
    <message>
        <source>Wear supportive shoes with non-slip soles, indoors too.</source>
        <translation>Lleve calzado que sujete bien y con suela antideslizante, también en casa.</translation>
    </message>
    <message>
        <source>Make your home safer against falls (see the safety tips).</source>
        <translation>Haga su casa más segura frente a las caídas (vea los consejos de seguridad).</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Comodidad</translation>
    </message>
    <message>
        <source>Hands and feet that are very sensitive to cold.</source>
        <translation>Manos y pies muy sensibles al frío.</translation>
    </message>
    <message>
        <source>Wear gloves and warm socks when it is cold.</source>
        <translation>Use guantes y calcetines de abrigo cuando haga frío.</translation>
    </message>
    <message>
        <source>Avoid alcohol; it can add stress to nerves.</source>
        <translation>Evite el alcohol; puede perjudicar aún más a los nervios.</translation>
    </message>
    <message>
        <source>If you smoke, ask your care team for help to stop.</source>
        <translation>Si fuma, pida ayuda a su equipo médico para dejarlo.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Burns, cuts or blisters you may not feel because of numbness.</source>
        <translation>Quemaduras, cortes o ampollas que quizá no note por el entumecimiento.</translation>
    </message>
    <message>
        <source>Check the water temperature with your elbow or a thermometer before washing or bathing.</source>
        <translation>Compruebe la temperatura del agua con el codo o con un termómetro antes de lavarse o bañarse.</translation>
    </message>
    <message>
        <source>Use oven gloves, and be careful with heating pads and hot-water bottles.</source>
        <translation>Use manoplas de horno y tenga cuidado con las almohadillas térmicas y las bolsas de agua caliente.</translation>
    </message>
    <message>
        <source>Look at your feet every day for blisters, cuts or redness.</source>
        <translation>Mírese los pies cada día por si hay ampollas, cortes o enrojecimiento.</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Ayuda médica</translation>
    </message>
    <message>
        <source>Symptoms that get worse or spread to new places.</source>
        <translation>Síntomas que empeoran o se extienden a nuevas zonas.</translation>
    </message>
    <message>
        <source>Contact your care team: they can grade the problem and may adjust your treatment.</source>
        <translation>Contacte con su equipo médico: pueden determinar el grado del problema y quizá ajustar su tratamiento.</translation>
    </message>
    <message>
        <source>Ask about medicines for nerve pain, burning or tingling.</source>
        <translation>Pregunte por medicamentos para el dolor de origen nervioso, el ardor o el hormigueo.</translation>
    </message>
    <message>
        <source>Ask whether physical or occupational therapy would help.</source>
        <translation>Pregunte si la fisioterapia o la terapia ocupacional le ayudarían.</translation>
    </message>
    <message>
        <source>Use night lights on the way to the bathroom.</source>
        <translation>Use luces nocturnas en el camino al baño.</translation>
    </message>
    <message>
        <source>Put non-slip mats in the bath and shower.</source>
        <translation>Ponga alfombrillas antideslizantes en la bañera y en la ducha.</translation>
    </message>
    <message>
        <source>Use handrails on stairs and in the bathroom.</source>
        <translation>Use pasamanos en las escaleras y en el baño.</translation>
    </message>
    <message>
        <source>Keep floors clear of loose rugs, cables and clutter.</source>
        <translation>Mantenga el suelo libre de alfombras sueltas, cables y objetos por medio.</translation>
    </message>
    <message>
        <source>Look at your feet every day for injuries you may not feel.</source>
        <translation>Mírese los pies cada día por si hay heridas que quizá no note.</translation>
    </message>
    <message>
        <source>Managing Your Immunotherapy Side Effects</source>
        <translation>Managing Your Immunotherapy Side Effects (en inglés)</translation>
    </message>
    <message>
        <source>Memorial Sloan Kettering Cancer Center (mskcc.org)</source>
        <translation>Memorial Sloan Kettering Cancer Center (mskcc.org)</translation>
    </message>
    <message>
        <source>CAR-T cell therapy</source>
        <translation>CAR-T cell therapy (en inglés)</translation>
    </message>
    <message>
        <source>Mayo Clinic (mayoclinic.org)</source>
        <translation>Mayo Clinic (mayoclinic.org)</translation>
    </message>
    <message>
        <source>Anti-cancer drug induced peripheral neuropathy (guideline 1743)</source>
        <translation>Anti-cancer drug induced peripheral neuropathy (guía 1743, en inglés)</translation>
    </message>
    <message>
        <source>eviQ (eviq.org.au)</source>
        <translation>eviQ (eviq.org.au)</translation>
    </message>
    <message>
        <source>Management of immune-related adverse events in patients treated with immune checkpoint inhibitor therapy</source>
        <translation>Management of immune-related adverse events in patients treated with immune checkpoint inhibitor therapy (en inglés)</translation>
    </message>
    <message>
        <source>American Society of Clinical Oncology (ASCO) guideline</source>
        <translation>Guía de la American Society of Clinical Oncology (ASCO)</translation>
    </message>
    <message>
        <source>A patient-kept diary with estimates, not a diagnosis: the care team assesses and grades symptoms.</source>
        <translation>Un diario llevado por el paciente, con estimaciones; no es un diagnóstico: el equipo médico valora los síntomas y determina su grado.</translation>
    </message>
    <message>
        <source>Acupuncture may ease symptoms for some people: ask your care team first, especially if your blood counts are low.</source>
        <translation>La acupuntura puede aliviar los síntomas a algunas personas: pregunte antes a su equipo médico, sobre todo si tiene las defensas bajas.</translation>
    </message>
    <message>
        <source>Keep the skin of hands and feet moisturised so it does not crack, but not between the toes: keep that skin dry.</source>
        <translation>Hidrate la piel de manos y pies para que no se agriete, pero no entre los dedos de los pies: esa piel manténgala seca.</translation>
    </message>
    <message>
        <source>Never walk barefoot, indoors too.</source>
        <translation>No camine nunca descalzo, tampoco en casa.</translation>
    </message>
    <message>
        <source>Feel inside your shoes before you put them on: a stone or a seam you cannot feel can hurt your foot.</source>
        <translation>Palpe el interior de los zapatos antes de ponérselos: una piedrita o una costura que no note puede herirle el pie.</translation>
    </message>
    <message>
        <source>Wear shoes or slippers, never walk barefoot, and feel inside your shoes before you put them on.</source>
        <translation>Lleve zapatos o zapatillas, no camine nunca descalzo y palpe el interior de los zapatos antes de ponérselos.</translation>
    </message>
    <message>
        <source>Trouble breathing or swallowing, a seizure, being very sleepy or hard to wake, sudden confusion, new weakness of the face, or weakness that spreads over hours or days: call your emergency number now, or go to the emergency department, and do not drive yourself. Then tell your care team. Do not wait for an appointment.</source>
        <translation>Dificultad para respirar o tragar, una convulsión, mucho sueño o dificultad para despertar, confusión repentina, debilidad nueva en la cara o una debilidad que se extiende en horas o días: llame ahora a su número de emergencias o vaya a urgencias, y no conduzca usted. Después avise a su equipo médico. No espere a una cita.</translation>
    </message>
</context>
<context>
    <name>SetBaselineCommand</name>
    <message>
        <source>Set the days that count as your usual state (the baseline).</source>
        <translation>Fijar los días que cuentan como su estado habitual (la referencia).</translation>
    </message>
    <message>
        <source>First day of the baseline.</source>
        <translation>Primer día de la referencia.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Last day of the baseline.</source>
        <translation>Último día de la referencia.</translation>
    </message>
    <message>
        <source>set-baseline needs --from DATE and --to DATE</source>
        <translation>set-baseline necesita --from FECHA y --to FECHA</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from no puede ser posterior a --to</translation>
    </message>
    <message>
        <source>Baseline set to %1 – %2.</source>
        <translation>Referencia fijada: %1 – %2.</translation>
    </message>
</context>
<context>
    <name>UrgentAdvice</name>
    <message>
        <source>Call your emergency number now</source>
        <translation>Llame ahora a su número de emergencias</translation>
    </message>
    <message>
        <source>Call %1 now</source>
        <translation>Llame ahora al %1</translation>
    </message>
    <message>
        <source>Call your emergency number now, or go to the emergency department. Do not drive yourself.</source>
        <translation>Llame ahora a su número de emergencias o vaya a urgencias. No conduzca usted.</translation>
    </message>
    <message>
        <source>Call your emergency number %1 now, or go to the emergency department. Do not drive yourself.</source>
        <translation>Llame ahora al número de emergencias %1 o vaya a urgencias. No conduzca usted.</translation>
    </message>
    <message>
        <source>After CAR-T, also call your treatment centre&apos;s 24-hour line.</source>
        <translation>Después de CAR-T, llame también a la línea de 24 horas de su centro de tratamiento.</translation>
    </message>
    <message>
        <source>After CAR-T, also call your treatment centre&apos;s 24-hour line: %1.</source>
        <translation>Después de CAR-T, llame también a la línea de 24 horas de su centro de tratamiento: %1.</translation>
    </message>
    <message>
        <source>Stay close to your treatment centre, and do not drive for as many weeks as your team told you.</source>
        <translation>Quédese cerca de su centro de tratamiento y no conduzca durante las semanas que le indicó su equipo.</translation>
    </message>
    <message>
        <source>Then tell your care team.</source>
        <translation>Después avise a su equipo médico.</translation>
    </message>
    <message>
        <source>Then tell your care team: %1.</source>
        <translation>Después avise a su equipo médico: %1.</translation>
    </message>
    <message>
        <source>Marked: %1. This sign needs help at once, even if it seems to pass.</source>
        <translation>Marcado: %1. Esta señal necesita ayuda inmediata, aunque parezca que se pasa.</translation>
    </message>
    <message>
        <source>Marked: %1. Each of these signs needs help at once, even if it seems to pass.</source>
        <translation>Marcado: %1. Cada una de estas señales necesita ayuda inmediata, aunque parezca que se pasa.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Emergency number: not saved (add it in Settings)</source>
        <translation>Número de emergencias: no guardado (añádalo en Ajustes)</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Número de emergencias: %1</translation>
    </message>
    <message>
        <source>Care team: not saved (add it in Settings)</source>
        <translation>Equipo médico: no guardado (añádalo en Ajustes)</translation>
    </message>
    <message>
        <source>Care team: %1</source>
        <translation>Equipo médico: %1</translation>
    </message>
    <message>
        <source>Treatment centre, 24 hours: not saved (add it in Settings)</source>
        <translation>Centro de tratamiento, 24 horas: no guardado (añádalo en Ajustes)</translation>
    </message>
    <message>
        <source>Treatment centre, 24 hours: %1</source>
        <translation>Centro de tratamiento, 24 horas: %1</translation>
    </message>
</context>
<context>
    <name>ValueWords</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>unable</source>
        <translation>imposible</translation>
    </message>
    <message>
        <source>blister</source>
        <translation>ampolla</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>corte</translation>
    </message>
    <message>
        <source>burn</source>
        <translation>quemadura</translation>
    </message>
    <message>
        <source>redness</source>
        <translation>enrojecimiento</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Hormigueo</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Ardor</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Cold sensitivity</source>
        <translation>Sensibilidad al frío</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
</context>
<context>
    <name>WindowDiaryOpener</name>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>The backup could not be brought back: %1</source>
        <translation>No se pudo recuperar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The diary cannot be read at all: %1</source>
        <translation>El diario no se puede leer en absoluto: %1</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>Open a generated demo diary.</source>
        <translation>Abrir un diario de demostración generado.</translation>
    </message>
    <message>
        <source>NerveDiary</source>
        <translation>NerveDiary</translation>
    </message>
    <message>
        <source>A private diary for nerve symptoms during cancer immunotherapy.
Commands: demo, import-csv, export-csv, set-baseline, flags, grades, export-pdf, export-fhir, check, backup (nervediary COMMAND --help).</source>
        <translation>Un diario privado para los síntomas nerviosos durante la inmunoterapia contra el cáncer.
Comandos: demo, import-csv, export-csv, set-baseline, flags, grades, export-pdf, export-fhir, check, backup (nervediary COMANDO --help).</translation>
    </message>
    <message>
        <source>Open the Today page on this day (YYYY-MM-DD).</source>
        <translation>Abrir la página Hoy en este día (AAAA-MM-DD).</translation>
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
        <translation>Acerca de NerveDiary</translation>
    </message>
    <message>
        <source>NerveDiary</source>
        <translation>NerveDiary</translation>
    </message>
    <message>
        <source>Version %1 · a private diary for nerve symptoms during cancer immunotherapy</source>
        <translation>Versión %1 · un diario privado para los síntomas nerviosos durante la inmunoterapia contra el cáncer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>nd::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Set a new baseline from today…</source>
        <translation>Fijar una nueva referencia desde hoy…</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Comentado</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Flags that need attention: %1. Read what each one means, tell your care team, then mark it as discussed. A flag stays here for %2 days or until it is marked.</source>
        <translation>Avisos que requieren atención: %1. Lea qué significa cada uno, cuénteselo a su equipo médico y después márquelo como comentado. Un aviso se queda aquí %2 días o hasta que se marque.</translation>
    </message>
    <message>
        <source>Baseline in use: %1 to %2 (the first week of the diary).</source>
        <translation>Referencia en uso: del %1 al %2 (la primera semana del diario).</translation>
    </message>
    <message>
        <source>Baseline in use: %1 to %2 (set by you).</source>
        <translation>Referencia en uso: del %1 al %2 (fijada por usted).</translation>
    </message>
    <message>
        <source>No baseline yet: the first week you log becomes it.</source>
        <translation>Aún no hay referencia: la primera semana que anote será la referencia.</translation>
    </message>
    <message>
        <source>Need attention (%1)</source>
        <translation>Requieren atención (%1)</translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation>Anteriores (%1)</translation>
    </message>
    <message>
        <source>The mark could not be saved: %1</source>
        <translation>No se pudo guardar la marca: %1</translation>
    </message>
    <message>
        <source>The mark could not be removed: %1</source>
        <translation>No se pudo quitar la marca: %1</translation>
    </message>
    <message>
        <source>The new baseline could not be saved: %1</source>
        <translation>No se pudo guardar la nueva referencia: %1</translation>
    </message>
    <message>
        <source>%1 of %2 not yet</source>
        <translation>%1 de %2 todavía no</translation>
    </message>
    <message numerus="yes">
        <source>No flags. The %1 checks ran over %n logged day(s) and none of them matched. That does not mean all is well: call your care team whenever you are worried, and keep logging every day.</source>
        <translation>
            <numerusform>Sin avisos. Las %1 comprobaciones se aplicaron a %n día anotado y ninguna coincidió. Eso no significa que todo esté bien: llame a su equipo médico siempre que esté preocupado y siga anotando cada día.</numerusform>
            <numerusform>Sin avisos. Las %1 comprobaciones se aplicaron a %n días anotados y ninguna coincidió. Eso no significa que todo esté bien: llame a su equipo médico siempre que esté preocupado y siga anotando cada día.</numerusform>
        </translation>
    </message>
    <message>
        <source>No active flags. Earlier flags are listed below. Call your care team whenever you are worried, flag or not.</source>
        <translation>No hay avisos activos. Los avisos anteriores figuran abajo. Llame a su equipo médico siempre que esté preocupado, haya aviso o no.</translation>
    </message>
</context>
<context>
    <name>nd::AuthorSwitch</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidador</translation>
    </message>
    <message>
        <source>The patient is logging</source>
        <translation>Anota el paciente</translation>
    </message>
    <message>
        <source>A caregiver is logging</source>
        <translation>Anota un cuidador</translation>
    </message>
</context>
<context>
    <name>nd::BackupsDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>NerveDiary copies your diary once a day and before every update of its format. The last 7 days and 4 weeks are kept in %1. Choose a copy to bring your diary back to how it was then; the diary as it is now is kept as a copy first.</source>
        <translation>NerveDiary copia su diario una vez al día y antes de cada actualización de su formato. Se guardan las copias de los últimos 7 días y de las últimas 4 semanas en %1. Elija una copia para devolver su diario a como estaba entonces; antes se guarda una copia del diario tal como está ahora.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation>Por qué se hizo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Restaurar la copia elegida…</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>no se puede usar</translation>
    </message>
    <message>
        <source>There are no backups yet. The first is made on the first day the diary has entries.</source>
        <translation>Aún no hay copias de seguridad. La primera se hace el primer día en que el diario tenga anotaciones.</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>No se hizo ninguna copia de seguridad: %1</translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation>Se hizo una copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>Bring the diary back to the backup of %1 (%n entries)?

The diary as it is now is kept as a backup first, so you can change your mind.</source>
        <translation>
            <numerusform>¿Devolver el diario a la copia de seguridad del %1 (%n anotación)?

Antes se guarda el diario tal como está ahora como copia de seguridad, así que podrá cambiar de opinión.</numerusform>
            <numerusform>¿Devolver el diario a la copia de seguridad del %1 (%n anotaciones)?

Antes se guarda el diario tal como está ahora como copia de seguridad, así que podrá cambiar de opinión.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>No se restauró la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The diary now holds the backup of %1. The diary as it was is the newest backup in the list.</source>
        <translation>El diario contiene ahora la copia de seguridad del %1. El diario tal como estaba es la copia más reciente de la lista.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
</context>
<context>
    <name>nd::BodyMap</name>
    <message>
        <source>Left hand</source>
        <translation>Mano izquierda</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Mano derecha</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Left fingertips</source>
        <translation>Yemas de los dedos de la mano izquierda</translation>
    </message>
    <message>
        <source>Right fingertips</source>
        <translation>Yemas de los dedos de la mano derecha</translation>
    </message>
    <message>
        <source>Left fingers</source>
        <translation>Dedos de la mano izquierda</translation>
    </message>
    <message>
        <source>Right fingers</source>
        <translation>Dedos de la mano derecha</translation>
    </message>
    <message>
        <source>Left wrist</source>
        <translation>Muñeca izquierda</translation>
    </message>
    <message>
        <source>Right wrist</source>
        <translation>Muñeca derecha</translation>
    </message>
    <message>
        <source>Left toes</source>
        <translation>Dedos del pie izquierdo</translation>
    </message>
    <message>
        <source>Right toes</source>
        <translation>Dedos del pie derecho</translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation>Tobillo izquierdo</translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation>Tobillo derecho</translation>
    </message>
    <message>
        <source>Left lower leg</source>
        <translation>Pierna izquierda (parte baja)</translation>
    </message>
    <message>
        <source>Right lower leg</source>
        <translation>Pierna derecha (parte baja)</translation>
    </message>
    <message>
        <source>Nothing marked</source>
        <translation>Nada marcado</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Left forearm</source>
        <translation>Antebrazo izquierdo</translation>
    </message>
    <message>
        <source>Right forearm</source>
        <translation>Antebrazo derecho</translation>
    </message>
    <message>
        <source>Left upper arm</source>
        <translation>Brazo izquierdo (parte superior)</translation>
    </message>
    <message>
        <source>Right upper arm</source>
        <translation>Brazo derecho (parte superior)</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Muslo izquierdo</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Muslo derecho</translation>
    </message>
</context>
<context>
    <name>nd::CollapsibleSection</name>
    <message>
        <source>Shown; press to fold away</source>
        <translation>Visible; pulse para plegar</translation>
    </message>
    <message>
        <source>Folded; press to show</source>
        <translation>Plegada; pulse para mostrar</translation>
    </message>
    <message>
        <source>Fold this section away</source>
        <translation>Plegar esta sección</translation>
    </message>
    <message>
        <source>Show this section</source>
        <translation>Mostrar esta sección</translation>
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
        <translation>El archivo del diario está dañado</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your diary file cannot be opened normally: part of it is damaged.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;NerveDiary has not changed the file and will not write to it. It is here:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su archivo del diario no se puede abrir con normalidad: una parte está dañada.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;NerveDiary no ha cambiado el archivo y no escribirá en él. Está aquí:&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The newest good backup is from %1 and holds %n entries. Entries made after it would have to be typed again. The damaged file is kept as a copy in the backups folder.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;La copia de seguridad buena más reciente es del %1 y contiene %n anotación. Las anotaciones hechas después tendrían que escribirse de nuevo. El archivo dañado se guarda como copia en la carpeta de copias de seguridad.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;La copia de seguridad buena más reciente es del %1 y contiene %n anotaciones. Las anotaciones hechas después tendrían que escribirse de nuevo. El archivo dañado se guarda como copia en la carpeta de copias de seguridad.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no good backup to bring back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay ninguna copia de seguridad buena que recuperar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can also open the diary read-only and export what can still be read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;También puede abrir el diario en solo lectura y exportar lo que aún se pueda leer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Bring back the newest good backup</source>
        <translation>&amp;Recuperar la copia buena más reciente</translation>
    </message>
    <message>
        <source>&amp;Open read-only to export</source>
        <translation>&amp;Abrir en solo lectura para exportar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>nd::DayPicker</name>
    <message>
        <source>Day being logged: %1. Press to choose another day.</source>
        <translation>Día que se anota: %1. Pulse para elegir otro día.</translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation>◀ Día anterior</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Log the day before (Alt+Left)</source>
        <translation>Anotar el día anterior (Alt+Flecha izquierda)</translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation>Día siguiente ▶</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Log the day after (Alt+Right)</source>
        <translation>Anotar el día siguiente (Alt+Flecha derecha)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Volver a hoy</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>Volver a hoy (Alt+Inicio)</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>long date pattern for QLocale::toString</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>nd::DiaryCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Elegir el mes</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Elegir el año</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
</context>
<context>
    <name>nd::DiaryEditor</name>
    <message>
        <source>There is no entry for that day to delete.</source>
        <translation>No hay ninguna anotación de ese día que borrar.</translation>
    </message>
    <message>
        <source>That could not be undone or redone: %1</source>
        <translation>No se pudo deshacer ni rehacer: %1</translation>
    </message>
</context>
<context>
    <name>nd::EmergencyContactsFields</name>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>Treatment centre&apos;s 24-hour line (CAR-T)</source>
        <translation>Línea de 24 horas del centro de tratamiento (CAR-T)</translation>
    </message>
    <message>
        <source>Called first when a warning sign appears, before your care team. Filled in from your country where known; check it.</source>
        <translation>Es el primero al que llamar ante una señal de alarma, antes que a su equipo médico. Se rellena según su país cuando se conoce; compruébelo.</translation>
    </message>
    <message>
        <source>Treatment centre, 24 hours</source>
        <translation>Centro de tratamiento, 24 horas</translation>
    </message>
    <message>
        <source>Only after CAR-T: the centre&apos;s line that answers day and night. Named in every urgent advice.</source>
        <translation>Solo después de CAR-T: la línea del centro que atiende día y noche. Aparece en cada consejo urgente.</translation>
    </message>
</context>
<context>
    <name>nd::EntryForm</name>
    <message>
        <source>min</source>
        <comment>minutes</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>Less: %1</source>
        <translation>Menos: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Más: %1</translation>
    </message>
    <message>
        <source>How your hands and feet feel</source>
        <translation>Cómo están sus manos y pies</translation>
    </message>
    <message>
        <source>0 means not at all, 10 the worst you can imagine. Leave a line on &quot;Not rated&quot; if you are not sure.</source>
        <translation>0 significa nada en absoluto; 10, lo peor que pueda imaginar. Deje una línea en «Sin valorar» si no está seguro.</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pies</translation>
    </message>
    <message>
        <source>Where do you feel it?</source>
        <translation>¿Dónde lo siente?</translation>
    </message>
    <message>
        <source>Click the places, or use the arrow keys and press Space to mark or unmark.</source>
        <translation>Haga clic en las zonas, o use las flechas del teclado y pulse Espacio para marcar o desmarcar.</translation>
    </message>
    <message>
        <source>Where you feel it: hands and feet</source>
        <translation>Dónde lo siente: manos y pies</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>Tareas diarias</translation>
    </message>
    <message>
        <source>How hard was each of these today?</source>
        <translation>¿Cuánto le costó hoy cada una de estas tareas?</translation>
    </message>
    <message>
        <source>Falls and near falls</source>
        <translation>Caídas y casi caídas</translation>
    </message>
    <message>
        <source>Skin and home safety</source>
        <translation>Piel y seguridad en casa</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Hábitos</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>None of these today</source>
        <translation>Ninguna de estas hoy</translation>
    </message>
    <message>
        <source>None of these warning signs today</source>
        <translation>Ninguna de estas señales de alarma hoy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything else: what helped, what made it worse, questions for your care team.</source>
        <translation>Cualquier otra cosa: qué le ayudó, qué lo empeoró, preguntas para su equipo médico.</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1 de %2 valorados</translation>
    </message>
    <message>
        <source>falls: %1, near falls: %2</source>
        <translation>caídas: %1, casi caídas: %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no anotado</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <source>MARKED: %1</source>
        <translation>MARCADAS: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>written</source>
        <translation>escrita</translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation>Marcado: %1</translation>
    </message>
    <message>
        <source>How their hands and feet seem</source>
        <translation>Cómo están las manos y los pies de la persona</translation>
    </message>
    <message>
        <source>Rate what you see and what they tell you: 0 means not at all, 10 the worst imaginable. Leave a line on &quot;Not rated&quot; if you are not sure.</source>
        <translation>Valore lo que usted ve y lo que la persona le cuenta: 0 significa nada en absoluto; 10, lo peor imaginable. Deje una línea en «Sin valorar» si no está seguro.</translation>
    </message>
    <message>
        <source>Where do they feel it?</source>
        <translation>¿Dónde lo siente la persona?</translation>
    </message>
    <message>
        <source>Where they feel it: hands and feet</source>
        <translation>Dónde lo siente la persona: manos y pies</translation>
    </message>
    <message>
        <source>Anything else: what you noticed, what helped, questions for their care team.</source>
        <translation>Cualquier otra cosa: lo que usted notó, qué ayudó, preguntas para el equipo médico.</translation>
    </message>
    <message>
        <source>Numb skin gives no warning. A quick look and a few habits prevent burns and falls.</source>
        <translation>La piel entumecida no avisa. Un vistazo rápido y unos pocos hábitos evitan quemaduras y caídas.</translation>
    </message>
    <message>
        <source>Thinking and speech</source>
        <translation>Pensar y hablar</translation>
    </message>
    <message>
        <source>Eyes and face</source>
        <translation>Ojos y cara</translation>
    </message>
    <message>
        <source>Swallowing, breathing and chest</source>
        <translation>Tragar, respirar y pecho</translation>
    </message>
    <message>
        <source>Body and bladder</source>
        <translation>Cuerpo y vejiga</translation>
    </message>
    <message>
        <source>&lt;b&gt;These need help at once.&lt;/b&gt; If one of them happens, call your emergency number now, then tell their care team. Do not wait to write it down.</source>
        <translation>&lt;b&gt;Estos necesitan ayuda de inmediato.&lt;/b&gt; Si ocurre uno de ellos, llame ahora al número de emergencias y después avise a su equipo médico. No espere a anotarlo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These need help at once.&lt;/b&gt; If one of them happens, call your emergency number now, then tell your care team. Do not wait to write it down.</source>
        <translation>&lt;b&gt;Estos necesitan ayuda de inmediato.&lt;/b&gt; Si ocurre uno de ellos, llame ahora al número de emergencias y después avise a su equipo médico. No espere a anotarlo.</translation>
    </message>
</context>
<context>
    <name>nd::FhirExportAction</name>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation>Exportar como &amp;FHIR…</translation>
    </message>
    <message>
        <source>Save the whole diary as a FHIR R4 file for health apps and patient records</source>
        <translation>Guardar todo el diario como un archivo FHIR R4 para aplicaciones de salud e historias clínicas</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>Exportar como FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON files (*.json);;All files (*)</source>
        <translation>Archivos FHIR JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saved %1 entries, %2 treatment events, %3 flags and %4 daily grades to %5.</source>
        <translation>Se guardaron %1 anotaciones, %2 eventos del tratamiento, %3 avisos y %4 grados diarios en %5.</translation>
    </message>
    <message>
        <source>The FHIR file was not saved: %1</source>
        <translation>No se guardó el archivo FHIR: %1</translation>
    </message>
</context>
<context>
    <name>nd::FirstRunDialog</name>
    <message>
        <source>Welcome to NerveDiary</source>
        <translation>Le damos la bienvenida a NerveDiary</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Shown on the report for your care team</source>
        <translation>Aparece en el informe para su equipo médico</translation>
    </message>
    <message>
        <source>Your treatment</source>
        <translation>Su tratamiento</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number</source>
        <translation>Teléfono de su equipo médico</translation>
    </message>
    <message>
        <source>Shown with every advice to contact them</source>
        <translation>Aparece junto a cada consejo de contactar con ellos</translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation>Teléfono del equipo médico</translation>
    </message>
    <message>
        <source>An entry made before this hour (say, late at night) counts for the day before.</source>
        <translation>Una anotación hecha antes de esta hora (por ejemplo, de madrugada) cuenta para el día anterior.</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Un nuevo día empieza a las</translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation>Empezar mi diario</translation>
    </message>
    <message>
        <source>Look at a demo diary first</source>
        <translation>Ver primero un diario de demostración</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>NerveDiary keeps a private diary of how your hands and feet feel during treatment. It stays on this computer. A few short questions to start; you can change every answer later in Settings.</source>
        <translation>NerveDiary lleva un diario privado de cómo están sus manos y pies durante el tratamiento. Todo se queda en este ordenador. Unas preguntas cortas para empezar; puede cambiar todas las respuestas más adelante en Ajustes.</translation>
    </message>
    <message>
        <source>About your health (optional)</source>
        <translation>Sobre su salud (opcional)</translation>
    </message>
</context>
<context>
    <name>nd::FlagCard</name>
    <message>
        <source>Choose a flag in the list to read what it means and what you can do.</source>
        <translation>Elija un aviso de la lista para leer qué significa y qué puede hacer.</translation>
    </message>
    <message>
        <source>What your diary shows</source>
        <translation>Lo que muestra su diario</translation>
    </message>
    <message>
        <source>What this check looks for</source>
        <translation>Lo que busca esta comprobación</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Lo que puede hacer</translation>
    </message>
    <message>
        <source>Mark as discussed with care team…</source>
        <translation>Marcar como comentado con el equipo médico…</translation>
    </message>
    <message>
        <source>Undo “discussed”</source>
        <translation>Deshacer «comentado»</translation>
    </message>
    <message>
        <source>Discussed on</source>
        <translation>Comentado el</translation>
    </message>
    <message>
        <source>Note (optional), e.g. what the care team said</source>
        <translation>Nota (opcional), p. ej., lo que dijo el equipo médico</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Noticed in the entry of %1</source>
        <translation>Detectado en la anotación del %1</translation>
    </message>
    <message>
        <source>Self-care guide: %1</source>
        <translation>Guía de autocuidado: %1</translation>
    </message>
    <message>
        <source>Not marked as discussed yet.</source>
        <translation>Aún no está marcado como comentado.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Discussed with care team on %1</source>
        <translation>Hablado con el equipo médico el %1</translation>
    </message>
    <message>
        <source>Discussed with care team on %1: %2</source>
        <translation>Hablado con el equipo médico el %1: %2</translation>
    </message>
    <message>
        <source>The others are not marked yet.</source>
        <translation>Los demás todavía no están marcados.</translation>
    </message>
    <message>
        <source>Mark all as discussed with care team…</source>
        <translation>Marcar todos como comentados con el equipo médico…</translation>
    </message>
</context>
<context>
    <name>nd::GuidePage</name>
    <message>
        <source>Self-care guide</source>
        <translation>Guía de autocuidado</translation>
    </message>
    <message>
        <source>Everyday ways to cope with nerve symptoms and stay safe at home, and when to call your care team.</source>
        <translation>Formas cotidianas de sobrellevar los síntomas nerviosos y de estar seguro en casa, y cuándo llamar a su equipo médico.</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>En caso de emergencia</translation>
    </message>
    <message>
        <source>Home safety</source>
        <translation>Seguridad en casa</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Watch for:</source>
        <translation>Preste atención a:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Lo que puede hacer:</translation>
    </message>
</context>
<context>
    <name>nd::HistoryPage</name>
    <message>
        <source>Diary calendar</source>
        <translation>Calendario del diario</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Entries of the month</source>
        <translation>Anotaciones del mes</translation>
    </message>
    <message>
        <source>Open in Today</source>
        <translation>Abrir en Hoy</translation>
    </message>
    <message>
        <source>Show this day in the Today page to read or change it (Enter)</source>
        <translation>Mostrar este día en la página Hoy para leerlo o cambiarlo (Intro)</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Borrar anotación</translation>
    </message>
    <message>
        <source>Delete the chosen entry (Delete). Ctrl+Z brings it back.</source>
        <translation>Borrar la anotación elegida (Supr). Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>This month could not be read</source>
        <translation>No se pudo leer este mes</translation>
    </message>
    <message>
        <source>%1: 1 entry</source>
        <translation>%1: 1 anotación</translation>
    </message>
    <message>
        <source>%1: %2 entries</source>
        <translation>%1: %2 anotaciones</translation>
    </message>
    <message>
        <source>Caregiver entry</source>
        <translation>Anotación del cuidador</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Nothing logged in this month.</source>
        <translation>No hay nada anotado en este mes.</translation>
    </message>
    <message>
        <source>Nothing logged on %1</source>
        <translation>No hay nada anotado el %1</translation>
    </message>
    <message>
        <source>You can still log it now.</source>
        <translation>Todavía puede anotarlo ahora.</translation>
    </message>
    <message>
        <source>Log this day</source>
        <translation>Anotar este día</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se borró</translation>
    </message>
    <message>
        <source>the caregiver entry of %1</source>
        <translation>la anotación del cuidador del %1</translation>
    </message>
    <message>
        <source>the entry of %1</source>
        <translation>la anotación del %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Se borró %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo brings back %1.</source>
        <translation>«Deshacer» recupera %1.</translation>
    </message>
    <message>
        <source>%1 Undo again brings back the earlier ones too: %2.</source>
        <translation>%1 Volver a deshacer recupera también los anteriores: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Undo: bring back %1</source>
        <translation>Deshacer: recuperar %1</translation>
    </message>
    <message>
        <source>Hands and Feet: the strongest of the six symptoms that day, from 0 (none) to 10 (worst).</source>
        <translation>Manos y pies: el más fuerte de los seis síntomas ese día, de 0 (nada) a 10 (lo peor).</translation>
    </message>
    <message>
        <source>● logged</source>
        <translation>● anotado</translation>
    </message>
    <message>
        <source>○ caregiver also wrote</source>
        <translation>○ el cuidador también escribió</translation>
    </message>
    <message>
        <source>▲ a flag for the care team</source>
        <translation>▲ un aviso para el equipo médico</translation>
    </message>
</context>
<context>
    <name>nd::InsightPages</name>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Self-care guide</source>
        <translation>Guía de autocuidado</translation>
    </message>
</context>
<context>
    <name>nd::IntendedUseView</name>
    <message>
        <source>What NerveDiary is</source>
        <translation>Qué es NerveDiary</translation>
    </message>
    <message>
        <source>A personal diary for people whose nerves may be affected by cancer immunotherapy, and for the people who care for them. You record how your hands and feet feel, what has become harder, falls, skin problems and warning signs.</source>
        <translation>Un diario personal para personas cuyos nervios pueden verse afectados por la inmunoterapia contra el cáncer, y para quienes las cuidan. Usted anota cómo están sus manos y pies, qué le cuesta más, las caídas, los problemas de piel y las señales de alarma.</translation>
    </message>
    <message>
        <source>NerveDiary compares your entries with the situations that published patient guidance asks people to report to their care team, and shows a note when your entries match one of them:</source>
        <translation>NerveDiary compara sus anotaciones con las situaciones que la información publicada para pacientes pide comunicar al equipo médico, y muestra una nota cuando sus anotaciones coinciden con alguna de ellas:</translation>
    </message>
    <message>
        <source>tingling or numbness that gets worse, or spreads to new places;</source>
        <translation>hormigueo o entumecimiento que empeora o se extiende a nuevas zonas;</translation>
    </message>
    <message>
        <source>daily tasks such as grasping, buttoning or typing that become newly difficult;</source>
        <translation>tareas diarias, como agarrar, abotonarse o teclear, que empiezan a costar;</translation>
    </message>
    <message>
        <source>trouble walking, keeping your balance or feeling the ground;</source>
        <translation>dificultad para caminar, mantener el equilibrio o sentir el suelo;</translation>
    </message>
    <message>
        <source>a fall, a skin injury you found, or a warning sign.</source>
        <translation>una caída, una herida en la piel que haya encontrado o una señal de alarma.</translation>
    </message>
    <message>
        <source>What NerveDiary is not</source>
        <translation>Qué no es NerveDiary</translation>
    </message>
    <message>
        <source>Not a diagnosis. It cannot tell what causes your symptoms or how serious they are. It is not a medical device.</source>
        <translation>No es un diagnóstico. No puede saber qué causa sus síntomas ni lo graves que son. No es un producto sanitario.</translation>
    </message>
    <message>
        <source>Not a substitute for your care team. A missing note does not mean all is well: contact your care team whenever you are worried. Never start, stop or change a treatment because of what the app shows.</source>
        <translation>No sustituye a su equipo médico. Que no aparezca ninguna nota no significa que todo vaya bien: contacte con su equipo médico siempre que esté preocupado. Nunca empiece, deje ni cambie un tratamiento por lo que muestre la aplicación.</translation>
    </message>
    <message>
        <source>Not monitored by anyone. Nobody else sees your entries or the notes; the app sends nothing anywhere. If something should be reported, you or your caregiver must tell your care team.</source>
        <translation>Nadie lo supervisa. Nadie más ve sus anotaciones ni sus notas; la aplicación no envía nada a ningún sitio. Si hay algo que comunicar, usted o su cuidador deben contárselo a su equipo médico.</translation>
    </message>
    <message>
        <source>The estimated grade is not the official grade: only your care team grades side effects.</source>
        <translation>El grado estimado no es el grado oficial: solo su equipo médico determina el grado de los efectos secundarios.</translation>
    </message>
    <message>
        <source>Where the rules come from</source>
        <translation>De dónde vienen las reglas</translation>
    </message>
    <message>
        <source>The situations above follow a patient information article on numbness during immunotherapy, which draws on these sources:</source>
        <translation>Las situaciones anteriores siguen un artículo de información para pacientes sobre el entumecimiento durante la inmunoterapia, que se basa en estas fuentes:</translation>
    </message>
    <message>
        <source>The exact thresholds, such as &quot;2 points above your usual level&quot;, are NerveDiary&apos;s own choices so that the guidance can be checked the same way every day. They are not taken from these sources and have not been tested in a clinical study.</source>
        <translation>Los umbrales exactos, como «2 puntos por encima de su nivel habitual», son decisiones propias de NerveDiary para que las recomendaciones puedan comprobarse igual cada día. No proceden de estas fuentes y no se han probado en un estudio clínico.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>The diary is a file on this computer that only you can read. The app makes no network connections. Reports and exports are written only where you choose.</source>
        <translation>El diario es un archivo de este ordenador que solo usted puede leer. La aplicación no se conecta a la red. Los informes y las exportaciones se escriben solo donde usted elija.</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>En caso de emergencia</translation>
    </message>
    <message>
        <source>About NerveDiary: intended use</source>
        <translation>Acerca de NerveDiary: uso previsto</translation>
    </message>
</context>
<context>
    <name>nd::LegendToggle</name>
    <message>
        <source>Shows or hides this line on the chart</source>
        <translation>Muestra u oculta esta línea en el gráfico</translation>
    </message>
</context>
<context>
    <name>nd::LevelPicker</name>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>None: no trouble</source>
        <translation>Ninguna: sin problemas</translation>
    </message>
    <message>
        <source>Mild: a little harder than usual</source>
        <translation>Leve: algo más difícil de lo habitual</translation>
    </message>
    <message>
        <source>Moderate: clearly harder, takes longer</source>
        <translation>Moderada: claramente más difícil, lleva más tiempo</translation>
    </message>
    <message>
        <source>Severe: only with great effort or help</source>
        <translation>Grave: solo con mucho esfuerzo o con ayuda</translation>
    </message>
    <message>
        <source>Unable: could not do it</source>
        <translation>Imposible: no pude hacerlo</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Who is logging:</source>
        <translation>Quién anota:</translation>
    </message>
    <message>
        <source>Who is logging</source>
        <translation>Quién anota</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Same as &amp;last entry</source>
        <translation>Igual que la ú&amp;ltima anotación</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard help</source>
        <translation>Ayuda del &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About NerveDiary</source>
        <translation>&amp;Acerca de NerveDiary</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Tamaño del texto: %1 %</translation>
    </message>
    <message>
        <source>Diary: %1 — last saved %2</source>
        <translation>Diario: %1 — guardado por última vez: %2</translation>
    </message>
    <message>
        <source>Diary: %1 — nothing saved yet</source>
        <translation>Diario: %1 — aún no se ha guardado nada</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Ayuda del teclado</translation>
    </message>
    <message>
        <source>&amp;Open another diary…</source>
        <translation>&amp;Abrir otro diario…</translation>
    </message>
    <message>
        <source>Start a &amp;new diary…</source>
        <translation>Empezar un diario &amp;nuevo…</translation>
    </message>
    <message>
        <source>&amp;Move this diary…</source>
        <translation>&amp;Mover este diario…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The names and the phone number were not saved: %1</source>
        <translation>No se guardaron los nombres ni el número de teléfono: %1</translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation>Archivo del diario</translation>
    </message>
    <message>
        <source>Demo diary — caregiver entry</source>
        <translation>Diario de demostración — entrada del cuidador</translation>
    </message>
    <message>
        <source>Demo diary</source>
        <translation>Diario de demostración</translation>
    </message>
    <message>
        <source>Caregiver entry</source>
        <translation>Entrada del cuidador</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>This is a demo diary</source>
        <translation>Este es un diario de demostración</translation>
    </message>
    <message>
        <source>Its entries are made up, for trying NerveDiary. What you change here is lost when you quit, unless you keep a copy.</source>
        <translation>Sus entradas son inventadas, para probar NerveDiary. Lo que cambie aquí se pierde al salir, salvo que guarde una copia.</translation>
    </message>
    <message>
        <source>Keep a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Keep a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>A copy of this diary is saved as %1. Open it with File → Open another diary.</source>
        <translation>Se ha guardado una copia de este diario como %1. Ábrala con Archivo → Abrir otro diario.</translation>
    </message>
    <message>
        <source>Keep a copy of the demo?</source>
        <translation>¿Guardar una copia de la demostración?</translation>
    </message>
    <message>
        <source>This demo diary and what you changed in it go away when NerveDiary closes.</source>
        <translation>Este diario de demostración y lo que ha cambiado en él desaparecen al cerrar NerveDiary.</translation>
    </message>
    <message>
        <source>Keep a copy to open it again later.</source>
        <translation>Guarde una copia para volver a abrirla más tarde.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 need attention</source>
        <translation>%1: %2 requieren atención</translation>
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
        <translation>Tab y Mayús+Tab pasan de una pregunta a otra.
Valoraciones: escriba el número (para 10, escriba 1 y luego 0) o use las flechas; Supr borra.
Opciones con palabras: escriba el número o la primera letra; las flechas mueven; Supr borra.
Sí / No: S o N; Supr vuelve a «Omitir».
Números: escríbalos o use las flechas arriba y abajo.
Mapa del cuerpo: las flechas mueven, Espacio marca o desmarca.
Ctrl+S guarda el día, Ctrl+Z deshace, Ctrl+L rellena desde la última anotación.
Alt+Flecha izquierda y Alt+Flecha derecha van al día anterior o al siguiente.
Ctrl+1 a Ctrl+6 abren las páginas; Ctrl++ y Ctrl+- cambian el tamaño del texto. {0–9,?} {10;?} {1 ?} {6 ?}</translation>
    </message>
    <message>
        <source>Other accounts on this computer could read your diary&apos;s files; they are now private to you.</source>
        <translation>Otras cuentas de este ordenador podían leer los archivos de su diario; ahora solo usted puede leerlos.</translation>
    </message>
    <message>
        <source>Before your first entry</source>
        <translation>Antes de su primera entrada</translation>
    </message>
    <message>
        <source>NerveDiary keeps your diary for you and your care team; it does not diagnose and does not replace them.</source>
        <translation>NerveDiary lleva su diario para usted y su equipo médico; no diagnostica ni sustituye al equipo.</translation>
    </message>
    <message>
        <source>What it is and is not</source>
        <translation>Qué es y qué no es</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>nd::NewBaselineDialog</name>
    <message>
        <source>Set a new baseline</source>
        <translation>Fijar una nueva referencia</translation>
    </message>
    <message>
        <source>Your baseline is the stretch of days the checks treat as your usual state. After an appointment, for example when your treatment was changed, you can let the checks compare with how you are now instead.</source>
        <translation>Su referencia es el periodo de días que las comprobaciones consideran su estado habitual. Después de una cita, por ejemplo cuando le han cambiado el tratamiento, puede hacer que las comprobaciones comparen con cómo está ahora.</translation>
    </message>
    <message>
        <source>New baseline: the last %1 days, %2 to %3 (%4 of them logged).</source>
        <translation>Nueva referencia: los últimos %1 días, del %2 al %3 (%4 de ellos anotados).</translation>
    </message>
    <message>
        <source>Until now: the first week of the diary, %1 to %2.</source>
        <translation>Hasta ahora: la primera semana del diario, del %1 al %2.</translation>
    </message>
    <message>
        <source>Until now: %1 to %2, set by you.</source>
        <translation>Hasta ahora: del %1 al %2, fijada por usted.</translation>
    </message>
    <message>
        <source>What changes: worse or spreading symptoms and new trouble with hand tasks are measured against the new baseline, from tomorrow on. These checks are worked out again for the whole diary, so some of their earlier flags may no longer be listed; your “discussed” marks stay saved. Falls, skin problems, walking and warning signs are still checked every day.</source>
        <translation>Qué cambia: los síntomas que empeoran o se extienden y las nuevas dificultades con tareas de las manos se miden respecto a la nueva referencia, a partir de mañana. Estas comprobaciones se vuelven a calcular para todo el diario, así que puede que algunos de sus avisos anteriores ya no aparezcan; sus marcas de «comentado» siguen guardadas. Las caídas, los problemas de piel, la marcha y las señales de alarma se siguen comprobando cada día.</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Puede deshacerlo con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <source>None of these days has an entry yet, so the baseline would count every symptom as 0. Log today first, then set the baseline.</source>
        <translation>Ninguno de estos días tiene todavía una anotación, así que la referencia contaría cada síntoma como 0. Anote primero el día de hoy y después fije la referencia.</translation>
    </message>
    <message>
        <source>Set new baseline</source>
        <translation>Fijar nueva referencia</translation>
    </message>
</context>
<context>
    <name>nd::NumberStepper</name>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
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
        <translation>Sin anotar</translation>
    </message>
</context>
<context>
    <name>nd::PeriodPicker</name>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>nd::RatingBar</name>
    <message>
        <source>0, none at all</source>
        <translation>0, nada en absoluto</translation>
    </message>
    <message>
        <source>10, the worst you can imagine</source>
        <translation>10, lo peor que pueda imaginar</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10 (for 10, type 1 and then 0), or use the arrow keys.</source>
        <translation>Escriba un número del 0 al 10 (para 10, escriba 1 y luego 0) o use las teclas de flecha.</translation>
    </message>
</context>
<context>
    <name>nd::RegionTimeline</name>
    <message>
        <source>Body map over time</source>
        <translation>Mapa del cuerpo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Where symptoms were marked, one row per body region and one column per day or week. Use the day cursor of the charts to read a day&apos;s regions.</source>
        <translation>Dónde se marcaron los síntomas: una fila por zona del cuerpo y una columna por día o por semana. Use el cursor de día de los gráficos para leer las zonas de un día.</translation>
    </message>
    <message>
        <source>marked that day</source>
        <translation>marcado ese día</translation>
    </message>
    <message>
        <source>marked on most logged days</source>
        <translation>marcado en la mayoría de los días anotados</translation>
    </message>
    <message>
        <source>on some days</source>
        <translation>en algunos días</translation>
    </message>
    <message>
        <source>One column per week</source>
        <translation>Una columna por semana</translation>
    </message>
    <message numerus="yes">
        <source>One column per %n days</source>
        <translation>
            <numerusform>Una columna por cada %n día</numerusform>
            <numerusform>Una columna por cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1, %2: marked on %3 of %4 logged days</source>
        <translation>%1, %2: marcado en %3 de %4 días anotados</translation>
    </message>
</context>
<context>
    <name>nd::ReportPage</name>
    <message>
        <source>Preview of the report&apos;s pages</source>
        <translation>Vista previa de las páginas del informe</translation>
    </message>
    <message>
        <source>Report for your appointment</source>
        <translation>Informe para su cita</translation>
    </message>
    <message>
        <source>A printout for your care team: first what matters (flags, the estimated grade, what changed since your baseline), then charts, then every day.</source>
        <translation>Un documento impreso para su equipo médico: primero lo importante (avisos, el grado estimado, qué cambió desde su referencia), después los gráficos y luego cada día.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Since the baseline</source>
        <translation>Desde la referencia</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Elegir fechas</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Qué incluir</translation>
    </message>
    <message>
        <source>Page 1 always sums up the period.</source>
        <translation>La página 1 siempre resume el periodo.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Day-by-day table</source>
        <translation>Tabla día a día</translation>
    </message>
    <message>
        <source>Treatment events</source>
        <translation>Eventos del tratamiento</translation>
    </message>
    <message>
        <source>Flags with their numbers</source>
        <translation>Avisos con sus cifras</translation>
    </message>
    <message>
        <source>My notes (they may be private)</source>
        <translation>Mis notas (pueden ser privadas)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Printing is not available in this build: save the PDF and print it.</source>
        <translation>La impresión no está disponible en esta versión: guarde el PDF e imprímalo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The diary could not be read: %1</source>
        <translation>No se pudo leer el diario: %1</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 días)</translation>
    </message>
    <message>
        <source>The report has 1 page.</source>
        <translation>El informe tiene 1 página.</translation>
    </message>
    <message>
        <source>The report has %1 pages.</source>
        <translation>El informe tiene %1 páginas.</translation>
    </message>
    <message>
        <source>NerveDiary report %1.pdf</source>
        <translation>Informe NerveDiary %1.pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Guardando el informe…</translation>
    </message>
    <message>
        <source>NerveDiary report</source>
        <translation>Informe de NerveDiary</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Imprimiendo el informe…</translation>
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
        <translation>La diabetes también puede dañar los nervios; su equipo médico lo tiene en cuenta cuando cambian los síntomas.</translation>
    </message>
    <message>
        <source>Earlier chemotherapy that can harm nerves</source>
        <translation>Quimioterapia previa que puede dañar los nervios</translation>
    </message>
    <message>
        <source>Some chemotherapies (for example platinum drugs or taxanes) leave nerve damage that can look like new symptoms.</source>
        <translation>Algunas quimioterapias (por ejemplo, platinos o taxanos) dejan daño en los nervios que puede parecer un síntoma nuevo.</translation>
    </message>
    <message>
        <source>Taking steroids now</source>
        <translation>Tomo corticoides ahora</translation>
    </message>
    <message>
        <source>Steroids can hide or soften symptoms, and make infections of the skin more likely.</source>
        <translation>Los corticoides pueden ocultar o suavizar los síntomas y hacen más probables las infecciones de la piel.</translation>
    </message>
    <message>
        <source>Taking medicines for nerve pain</source>
        <translation>Tomo medicamentos para el dolor nervioso</translation>
    </message>
    <message>
        <source>They lower pain and tingling scores, so the team reads your scores with them in mind.</source>
        <translation>Bajan las puntuaciones de dolor y hormigueo, así que el equipo lee sus puntuaciones teniéndolo en cuenta.</translation>
    </message>
    <message>
        <source>Drinking alcohol regularly</source>
        <translation>Bebo alcohol con regularidad</translation>
    </message>
    <message>
        <source>Alcohol can add to nerve damage.</source>
        <translation>El alcohol puede aumentar el daño en los nervios.</translation>
    </message>
    <message>
        <source>Optional. Printed on the report for your care team only when answered.</source>
        <translation>Opcional. Solo aparece en el informe para su equipo médico si lo responde.</translation>
    </message>
</context>
<context>
    <name>nd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Remind me every day if I have not logged yet</source>
        <translation>Recordármelo cada día si aún no he anotado</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>o&apos;clock</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Hour a diary day starts</source>
        <translation>Hora a la que empieza un día del diario</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation>Teléfono del equipo médico</translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation>Nombre del cuidador</translation>
    </message>
    <message>
        <source>Open another diary…</source>
        <translation>Abrir otro diario…</translation>
    </message>
    <message>
        <source>Start a new diary…</source>
        <translation>Empezar un diario nuevo…</translation>
    </message>
    <message>
        <source>Move this diary…</source>
        <translation>Mover este diario…</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Your diary day</source>
        <translation>Su día en el diario</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Un nuevo día empieza a las</translation>
    </message>
    <message>
        <source>An entry made before this hour counts for the day before.</source>
        <translation>Una anotación hecha antes de esta hora cuenta para el día anterior.</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Recordármelo a las</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation>Archivo del diario</translation>
    </message>
    <message>
        <source>This diary</source>
        <translation>Este diario</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This desktop shows neither notifications nor a system tray, so a reminder could not reach you here. A daily alarm on a phone or clock can remind you instead.</source>
        <translation>Este escritorio no muestra notificaciones ni bandeja del sistema, así que aquí un recordatorio no podría llegarle. Una alarma diaria en el teléfono o en un reloj puede recordárselo.</translation>
    </message>
    <message>
        <source>The reminder comes as a desktop notification, also when NerveDiary is closed.</source>
        <translation>El recordatorio llega como notificación del escritorio, también con NerveDiary cerrado.</translation>
    </message>
    <message>
        <source>The reminder comes as a desktop notification while NerveDiary is open, and when you log in on a day that has no entry yet.</source>
        <translation>El recordatorio llega como notificación del escritorio mientras NerveDiary está abierto, y al iniciar sesión un día que aún no tiene entrada.</translation>
    </message>
    <message>
        <source>This desktop has no notification service: the reminder comes from the system tray, only while NerveDiary is open.</source>
        <translation>Este escritorio no tiene servicio de notificaciones: el recordatorio llega desde la bandeja del sistema, solo mientras NerveDiary está abierto.</translation>
    </message>
    <message>
        <source>I know the date my treatment started</source>
        <translation>Conozco la fecha en que empezó mi tratamiento</translation>
    </message>
    <message>
        <source>Treatment start</source>
        <translation>Inicio del tratamiento</translation>
    </message>
    <message>
        <source>The report counts the days of treatment from it. Without it, the report uses the first infusion in your treatment events.</source>
        <translation>El informe cuenta los días de tratamiento a partir de ella. Sin ella, el informe usa la primera infusión de sus eventos de tratamiento.</translation>
    </message>
    <message>
        <source>About your health (optional)</source>
        <translation>Sobre su salud (opcional)</translation>
    </message>
</context>
<context>
    <name>nd::SkinChoice</name>
    <message>
        <source>All fine</source>
        <translation>Todo bien</translation>
    </message>
    <message>
        <source>All fine: nothing found</source>
        <translation>Todo bien: no encontré nada</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin revisar</translation>
    </message>
</context>
<context>
    <name>nd::TodayPage</name>
    <message>
        <source>&amp;Save this day</source>
        <translation>&amp;Guardar este día</translation>
    </message>
    <message>
        <source>Save this day</source>
        <translation>Guardar este día</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Same as last entry</source>
        <translation>Igual que la última anotación</translation>
    </message>
    <message>
        <source>Fill the empty answers that usually carry over (symptoms, where, tasks, home safety, habits) from the last entry before this day.</source>
        <translation>Rellenar las respuestas vacías que suelen repetirse (síntomas, dónde, tareas, seguridad en casa, hábitos) a partir de la última anotación anterior a este día.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this day (Ctrl+S)</source>
        <translation>Guardar este día (Ctrl+S)</translation>
    </message>
    <message>
        <source>%1 (caregiver entry)</source>
        <translation>%1 (del cuidador)</translation>
    </message>
    <message>
        <source>This day could not be read</source>
        <translation>No se pudo leer este día</translation>
    </message>
    <message>
        <source>Your unsaved changes are back</source>
        <translation>Se han recuperado sus cambios sin guardar</translation>
    </message>
    <message>
        <source>What you typed for %1 was kept when NerveDiary closed. Save it, or discard it.</source>
        <translation>Lo que escribió para el %1 se conservó cuando NerveDiary se cerró. Guárdelo o descártelo.</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Guardar ahora</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The entry for %1 has changes that are not saved yet.</source>
        <translation>La anotación del %1 tiene cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <source>Nothing to save yet</source>
        <translation>Aún no hay nada que guardar</translation>
    </message>
    <message>
        <source>Everything is empty. To remove this day&apos;s entry, delete it on the History page.</source>
        <translation>Todo está vacío. Para quitar la anotación de este día, bórrela en la página Historial.</translation>
    </message>
    <message>
        <source>Answer at least one question, then save.</source>
        <translation>Responda al menos una pregunta y después guarde.</translation>
    </message>
    <message>
        <source>Already saved</source>
        <translation>Ya está guardada</translation>
    </message>
    <message>
        <source>The entry for %1 is saved; nothing changed since.</source>
        <translation>La anotación del %1 está guardada; no ha cambiado nada desde entonces.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>The entry for %1 is saved (at %2). Ctrl+Z undoes it.</source>
        <translation>La anotación del %1 está guardada (a las %2). Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Saved the entry for %1.</source>
        <translation>Se guardó la anotación del %1.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <source>%1 What you typed is still here and kept as a draft. Try again in a moment (Ctrl+S); if it keeps failing, free some disk space or close other programs using the diary.</source>
        <translation>%1 Lo que escribió sigue aquí y se conserva como borrador. Inténtelo de nuevo dentro de un momento (Ctrl+S); si sigue fallando, libere espacio en el disco o cierre otros programas que estén usando el diario.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Could not keep a draft: %1</source>
        <translation>No se pudo conservar un borrador: %1</translation>
    </message>
    <message>
        <source>No earlier entry</source>
        <translation>No hay ninguna anotación anterior</translation>
    </message>
    <message>
        <source>There is no entry before %1 to copy from.</source>
        <translation>No hay ninguna anotación antes del %1 de la que copiar.</translation>
    </message>
    <message>
        <source>Nothing to fill in</source>
        <translation>Nada que rellenar</translation>
    </message>
    <message>
        <source>Every answer that carries over from %1 is already given.</source>
        <translation>Todas las preguntas que se pueden copiar del %1 ya tienen respuesta.</translation>
    </message>
    <message>
        <source>Filled in from %1</source>
        <translation>Rellenado a partir del %1</translation>
    </message>
    <message>
        <source>1 answer copied.</source>
        <translation>1 respuesta copiada.</translation>
    </message>
    <message>
        <source>%1 answers copied.</source>
        <translation>%1 respuestas copiadas.</translation>
    </message>
    <message>
        <source>Falls, skin, warning signs and the note are left for you. Check each answer, then save.</source>
        <translation>Las caídas, la piel, las señales de alarma y la nota quedan para usted. Revise cada respuesta y después guarde.</translation>
    </message>
    <message>
        <source>Logging as the patient</source>
        <translation>Anotando como paciente</translation>
    </message>
    <message>
        <source>Logging as a caregiver</source>
        <translation>Anotando como cuidador</translation>
    </message>
    <message>
        <source>Logging as caregiver: %1</source>
        <translation>Anotando como cuidador: %1</translation>
    </message>
    <message>
        <source>● Changes not saved</source>
        <translation>● Cambios sin guardar</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
    <message>
        <source>Not logged yet</source>
        <translation>Aún sin anotar</translation>
    </message>
    <message>
        <source>I have a warning sign</source>
        <translation>Tengo una señal de alarma</translation>
    </message>
    <message>
        <source>Go to the warning signs and what to do</source>
        <translation>Ir a las señales de alarma y qué hacer</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>The entry for %1 was changed by another program; this is what it holds now.</source>
        <translation>Otro programa cambió la entrada de %1; esto es lo que contiene ahora.</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>Cambiada por otro programa</translation>
    </message>
    <message>
        <source>The entry for %1 was changed by another program while you were editing it. What you typed is kept here and as a draft; when you save, you can choose which one to keep.</source>
        <translation>Otro programa cambió la entrada de %1 mientras usted la editaba. Lo que escribió se conserva aquí y como borrador; al guardar podrá elegir cuál conservar.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(borrada)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>The entry for %1 was changed by another program while you were editing it.</source>
        <translation>Otro programa cambió la entrada de %1 mientras usted la editaba.</translation>
    </message>
    <message>
        <source>In the diary now: %1
What you typed: %2

Save replaces the diary&apos;s entry with what you typed. Discard shows the diary&apos;s entry instead. Cancel keeps both as they are (what you typed stays here and as a draft).</source>
        <translation>En el diario ahora: %1
Lo que usted escribió: %2

Guardar reemplaza la entrada del diario por lo que usted escribió. Descartar muestra en su lugar la entrada del diario. Cancelar deja ambas como están (lo que escribió se queda aquí y como borrador).</translation>
    </message>
</context>
<context>
    <name>nd::TreatmentChoice</name>
    <message>
        <source>Checkpoint inhibitor</source>
        <translation>Inhibidor de puntos de control</translation>
    </message>
    <message>
        <source>CAR-T cell therapy</source>
        <translation>Terapia con células CAR-T</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Checkpoint inhibitor (for example nivolumab, pembrolizumab, ipilimumab)</source>
        <translation>Inhibidor de puntos de control (por ejemplo, nivolumab, pembrolizumab, ipilimumab)</translation>
    </message>
    <message>
        <source>Another treatment</source>
        <translation>Otro tratamiento</translation>
    </message>
</context>
<context>
    <name>nd::TrendChartStack</name>
    <message>
        <source>Trend charts</source>
        <translation>Gráficos de tendencias</translation>
    </message>
    <message>
        <source>Left and right arrow keys move the day cursor by one day, Page Up and Page Down by a week, Home and End to the first and last day. The panel beside the charts reads out every value of the chosen day.</source>
        <translation>Las flechas izquierda y derecha mueven el cursor un día; Re Pág y Av Pág, una semana; Inicio y Fin lo llevan al primer y al último día. El panel junto a los gráficos muestra todos los valores del día elegido.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Hands and feet (0–10)</source>
        <translation>Manos y pies (0–10)</translation>
    </message>
    <message>
        <source>Hands and feet scores</source>
        <translation>Puntuaciones de manos y pies</translation>
    </message>
    <message>
        <source>Hands, each day</source>
        <translation>Manos, cada día</translation>
    </message>
    <message>
        <source>Feet, each day</source>
        <translation>Pies, cada día</translation>
    </message>
    <message>
        <source>Hands, 7-day average</source>
        <translation>Manos, media de 7 días</translation>
    </message>
    <message>
        <source>Feet, 7-day average</source>
        <translation>Pies, media de 7 días</translation>
    </message>
    <message>
        <source>Caregiver&apos;s entries</source>
        <translation>Anotaciones del cuidador</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>Tareas diarias</translation>
    </message>
    <message>
        <source>Hand tasks (buttons, writing, typing, grip)</source>
        <translation>Tareas con las manos (abotonarse, escribir, teclear, agarrar)</translation>
    </message>
    <message>
        <source>Walking and balance</source>
        <translation>Caminar y equilibrio</translation>
    </message>
    <message>
        <source>an estimate for talking with your care team, not the official grade</source>
        <translation>una estimación para hablar con su equipo médico, no el grado oficial</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Caídas</translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation>Casi caídas</translation>
    </message>
    <message>
        <source>Where symptoms were marked</source>
        <translation>Dónde se marcaron los síntomas</translation>
    </message>
</context>
<context>
    <name>nd::TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Reading the diary…</source>
        <translation>Leyendo el diario…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Treatment events</source>
        <translation>Eventos del tratamiento</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Periodo de referencia</translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation>◀ Día anterior</translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation>Día siguiente ▶</translation>
    </message>
    <message>
        <source>Click a chart, or use the arrow keys on the charts, to choose a day.</source>
        <translation>Haga clic en un gráfico, o use las flechas del teclado sobre los gráficos, para elegir un día.</translation>
    </message>
    <message>
        <source>Values of the chosen day</source>
        <translation>Valores del día elegido</translation>
    </message>
    <message>
        <source>%1 to %2 · days with entries: %3</source>
        <translation>Del %1 al %2 · días con anotaciones: %3</translation>
    </message>
    <message>
        <source>Nothing logged yet. Once you log days on the Today page, the charts show how your symptoms change.</source>
        <translation>Aún no hay nada anotado. Cuando anote días en la página Hoy, los gráficos mostrarán cómo cambian sus síntomas.</translation>
    </message>
    <message>
        <source>Nothing was logged in these days. Choose a longer range to see earlier entries.</source>
        <translation>No se anotó nada en estos días. Elija un intervalo más largo para ver anotaciones anteriores.</translation>
    </message>
</context>
<context>
    <name>nd::UrgentBanner</name>
    <message>
        <source>Urgent flag</source>
        <translation>Aviso urgente</translation>
    </message>
    <message>
        <source>Open Alerts</source>
        <translation>Abrir Alertas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded and not yet marked as discussed: %1.</source>
        <translation>Anotado y todavía no marcado como comentado: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%n more in Alerts.</source>
        <translation>
            <numerusform>%n más en Alertas.</numerusform>
            <numerusform>%n más en Alertas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::YesNoToggle</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
</context>
</TS>
