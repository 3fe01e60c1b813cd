<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcknowledgedFlag</name>
    <message>
        <source>Discussed with care team on %1</source>
        <translation>Discuté avec l&apos;équipe soignante le %1</translation>
    </message>
    <message>
        <source>Discussed with care team on %1: %2</source>
        <translation>Discuté avec l&apos;équipe soignante le %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a checked copy of the diary, even while the window has it open. Without --out the copy goes to the backups folder beside the diary, where old copies are rotated.</source>
        <translation>Écrire une copie vérifiée du journal, même si la fenêtre l&apos;a ouvert. Sans --out, la copie va dans le dossier des sauvegardes à côté du journal, où les anciennes copies sont remplacées au fur et à mesure.</translation>
    </message>
    <message>
        <source>Where to write the copy (default: the backups folder).</source>
        <translation>Où écrire la copie (par défaut&#xa0;: le dossier des sauvegardes).</translation>
    </message>
    <message>
        <source>COPY.sqlite</source>
        <translation>COPY.sqlite</translation>
    </message>
    <message>
        <source>The copy failed its check: %1</source>
        <translation>La copie n&apos;a pas passé la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite manuellement</translation>
    </message>
    <message>
        <source>before a format update</source>
        <translation>avant une mise à jour du format</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>copy of a damaged diary</source>
        <translation>copie d&apos;un journal endommagé</translation>
    </message>
    <message>
        <source>The diary is not open, so no backup was made.</source>
        <translation>Le journal n&apos;est pas ouvert, aucune sauvegarde n&apos;a donc été faite.</translation>
    </message>
    <message>
        <source>The backup was written but failed its check: %1</source>
        <translation>La sauvegarde a été écrite mais n&apos;a pas passé la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The diary&apos;s format was not updated because a backup could not be made first: %1</source>
        <translation>Le format du journal n&apos;a pas été mis à jour, car aucune sauvegarde n&apos;a pu être faite avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>The copy is damaged (%1).</source>
        <translation>La copie est endommagée (%1).</translation>
    </message>
    <message>
        <source>The copy is not a NerveDiary diary.</source>
        <translation>La copie n&apos;est pas un journal NerveDiary.</translation>
    </message>
    <message>
        <source>This backup cannot be used, so nothing was changed: %1</source>
        <translation>Cette sauvegarde est inutilisable, rien n&apos;a donc été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The current diary could not be kept as a backup, so nothing was restored: %1</source>
        <translation>Le journal actuel n&apos;a pas pu être conservé comme sauvegarde, rien n&apos;a donc été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>This backup was written with different settings and cannot be restored here.</source>
        <translation>Cette sauvegarde a été écrite avec des réglages différents et ne peut pas être restaurée ici.</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>restauration de la sauvegarde</translation>
    </message>
    <message>
        <source>The damaged diary could not be kept as a copy, so nothing was restored: %1</source>
        <translation>Le journal endommagé n&apos;a pas pu être conservé comme copie, rien n&apos;a donc été restauré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>The disk is full; the backup was not written.</source>
        <translation>Le disque est plein&#xa0;; la sauvegarde n&apos;a pas été écrite.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BaselineCheck</name>
    <message>
        <source>hands %1</source>
        <translation>mains %1</translation>
    </message>
    <message>
        <source>feet %1</source>
        <translation>pieds %1</translation>
    </message>
    <message>
        <source>The baseline already shows marked symptoms (usual score: %1 of 10). The checks compare every day with it, so a further rise is harder to notice. Agree a baseline with your care team, and set it as the new baseline.</source>
        <translation>La référence montre déjà des symptômes marqués (score habituel : %1 sur 10). Les vérifications comparent chaque jour à elle, une nouvelle hausse se remarque donc moins. Convenez d’une référence avec votre équipe soignante et fixez-la comme nouvelle référence.</translation>
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
        <translation>Vérifier que le fichier du journal est intact (lecture seule).</translation>
    </message>
    <message>
        <source>The diary file is damaged: %1</source>
        <translation>Le fichier du journal est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>ok: %1 entries, %2 treatment events, format version %3</source>
        <translation>ok: %1 entrées, %2 événements de traitement, version de format %3</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>The diary file.</source>
        <translation>Le fichier du journal.</translation>
    </message>
    <message>
        <source>The diary file (default: %1).</source>
        <translation>Le fichier du journal (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>warning: today&apos;s backup was not made: %1</source>
        <translation>avertissement&#xa0;: la sauvegarde du jour n&apos;a pas été faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1 needs a date in the form YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from ne doit pas être après --to</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (commandes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see nervediary %2 --help)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (voir nervediary %2 --help)</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>unknown column (did you mean %1?)</source>
        <translation>colonne inconnue (vouliez-vous dire %1&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown column (known columns: %1)</source>
        <translation>colonne inconnue (colonnes connues&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>le fichier est vide&#xa0;; une ligne d&apos;en-tête est obligatoire</translation>
    </message>
    <message>
        <source>the column has no name (remove it or name it)</source>
        <translation>la colonne n&apos;a pas de nom (supprimez-la ou donnez-lui un nom)</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la colonne apparaît deux fois</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>une colonne obligatoire manque</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la ligne a %1 champs mais l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>a second row for %1 by %2 (the first is on line %3)</source>
        <translation>une deuxième ligne pour %1, auteur %2 (la première est à la ligne %3)</translation>
    </message>
    <message>
        <source>the diary already has an entry for %1 by %2 (use --on-conflict skip or replace)</source>
        <translation>le journal a déjà une entrée pour %1, auteur %2 (utilisez --on-conflict skip ou replace)</translation>
    </message>
    <message>
        <source>the diary already has this treatment event (use --on-conflict skip or replace)</source>
        <translation>le journal a déjà cet événement de traitement (utilisez --on-conflict skip ou replace)</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>the text is not UTF-8 (save the file as UTF-8 and try again)</source>
        <translation>le texte n&apos;est pas en UTF-8 (enregistrez le fichier en UTF-8 et réessayez)</translation>
    </message>
    <message>
        <source>a quote mark inside a field that does not start with one (put the whole field in quotes and double the quote mark)</source>
        <translation>un guillemet à l&apos;intérieur d&apos;un champ qui ne commence pas par un guillemet (mettez tout le champ entre guillemets et doublez le guillemet)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>text after the closing quote mark of a field</source>
        <translation>du texte après le guillemet fermant d&apos;un champ</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>starting to save</source>
        <translation>début de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>The diary file %1 does not exist.</source>
        <translation>Le fichier du journal %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>opening the diary</source>
        <translation>ouverture du journal</translation>
    </message>
    <message>
        <source>The diary file %1 cannot be created: %2</source>
        <translation>Le fichier du journal %1 ne peut pas être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>reading the diary</source>
        <translation>lecture du journal</translation>
    </message>
    <message>
        <source>This diary was written by a newer version of NerveDiary (format %1). Please update the app; the file was not changed.</source>
        <translation>Ce journal a été écrit par une version plus récente de NerveDiary (format %1). Veuillez mettre à jour l&apos;application&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The diary file is damaged (%1). It was not changed.</source>
        <translation>Le fichier du journal est endommagé (%1). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a NerveDiary diary.</source>
        <translation>%1 n&apos;est pas un journal NerveDiary.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a NerveDiary diary. It was not changed.</source>
        <translation>%1 est une base de données, mais pas un journal NerveDiary. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>checking the diary</source>
        <translation>vérification du journal</translation>
    </message>
    <message>
        <source>configuring the diary</source>
        <translation>configuration du journal</translation>
    </message>
    <message>
        <source>opening the diary for reading</source>
        <translation>ouverture du journal en lecture</translation>
    </message>
    <message>
        <source>The diary could not be backed up before updating its format.</source>
        <translation>Le journal n&apos;a pas pu être sauvegardé avant la mise à jour de son format.</translation>
    </message>
    <message>
        <source>updating the diary format</source>
        <translation>mise à jour du format du journal</translation>
    </message>
    <message>
        <source>%1 is a folder, not a diary file. Give the path of the diary file itself, for example %2.</source>
        <translation>%1 est un dossier, pas un fichier de journal. Indiquez le chemin du fichier du journal lui-même, par exemple %2.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a named pipe, a device or a socket), so it cannot be a diary. Give the path of the diary file.</source>
        <translation>%1 n’est pas un fichier ordinaire (c’est un tube nommé, un périphérique ou un socket) et ne peut donc pas être un journal. Indiquez le chemin du fichier du journal.</translation>
    </message>
    <message>
        <source>The folder %1 that holds the diary cannot be written to, so the diary cannot be changed (SQLite keeps helper files beside the diary). Make the folder writable, or move the diary to a folder you can write to.</source>
        <translation>Le dossier %1 qui contient le journal n’est pas accessible en écriture, le journal ne peut donc pas être modifié (SQLite garde des fichiers auxiliaires à côté du journal). Rendez le dossier accessible en écriture ou déplacez le journal dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The diary&apos;s helper file %1 cannot be written (it was left read-only, perhaps by another account). Close every program that uses the diary, then delete that file; the diary itself loses nothing.</source>
        <translation>Le fichier auxiliaire %1 du journal ne peut pas être écrit (il a été laissé en lecture seule, peut-être par un autre compte). Fermez tous les programmes qui utilisent le journal, puis supprimez ce fichier ; le journal lui-même ne perd rien.</translation>
    </message>
    <message>
        <source>The diary file %1 is read-only. Make it writable to change the diary.</source>
        <translation>Le fichier du journal %1 est en lecture seule. Rendez-le accessible en écriture pour modifier le journal.</translation>
    </message>
    <message>
        <source>This diary is in an older format that must be updated before it can be read, but its folder %1 cannot be written to. Copy the diary to a folder you can write to and open the copy.</source>
        <translation>Ce journal est dans un ancien format qui doit être mis à jour avant de pouvoir le lire, mais son dossier %1 n’est pas accessible en écriture. Copiez le journal dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
</context>
<context>
    <name>DayDetails</name>
    <message numerus="yes">
        <source>%n flag(s) on this day</source>
        <translation>
            <numerusform>%n alerte ce jour-là</numerusform>
            <numerusform>%n alertes ce jour-là</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing logged on this day</source>
        <translation>Rien de noté ce jour-là</translation>
    </message>
    <message>
        <source>Logged by the patient and a caregiver</source>
        <translation>Noté par le patient et un aidant</translation>
    </message>
    <message>
        <source>Logged by a caregiver</source>
        <translation>Noté par un aidant</translation>
    </message>
    <message>
        <source>Logged by the patient</source>
        <translation>Noté par le patient</translation>
    </message>
    <message>
        <source>(7-day average %1)</source>
        <translation>(moyenne sur 7 jours&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Hands score</source>
        <translation>Score des mains</translation>
    </message>
    <message>
        <source>Feet score</source>
        <translation>Score des pieds</translation>
    </message>
    <message>
        <source>Symptoms (0–10)</source>
        <translation>Symptômes (0–10)</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Mains</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pieds</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>Tâches quotidiennes</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Chutes</translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation>Quasi-chutes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Zones marquées</translation>
    </message>
    <message>
        <source>Hands %1, feet %2, estimated grade %3</source>
        <translation>Mains %1, pieds %2, grade estimé %3</translation>
    </message>
    <message>
        <source>(caregiver; patient %1)</source>
        <translation>(aidant ; patient %1)</translation>
    </message>
    <message>
        <source>(patient; caregiver %1)</source>
        <translation>(patient ; aidant %1)</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The diary is in use by another program (%1 failed). Close it and try again.</source>
        <translation>Le journal est utilisé par un autre programme (échec&#xa0;: %1). Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The diary file is damaged or is not a NerveDiary file (%1 failed: %2).</source>
        <translation>Le fichier du journal est endommagé ou n&apos;est pas un fichier NerveDiary (échec&#xa0;: %1&#xa0;; %2).</translation>
    </message>
    <message>
        <source>The disk is full (%1 failed). Nothing was changed; free some space and try again.</source>
        <translation>Le disque est plein (échec&#xa0;: %1). Rien n&apos;a été modifié&#xa0;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The diary file cannot be written (%1 failed: %2). Check its permissions.</source>
        <translation>Le fichier du journal ne peut pas être écrit (échec&#xa0;: %1&#xa0;; %2). Vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>A disk error occurred (%1 failed: %2).</source>
        <translation>Une erreur de disque s&apos;est produite (échec&#xa0;: %1&#xa0;; %2).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write a made-up demo diary into a new file.</source>
        <translation>Écrire un journal de démonstration fictif dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>How many days the demo covers (default 180).</source>
        <translation>Nombre de jours couverts par la démonstration (par défaut 180).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed for the made-up values; the same seed gives the same diary.</source>
        <translation>Graine des valeurs fictives&#xa0;; la même graine donne le même journal.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Last day of the demo (default: today).</source>
        <translation>Dernier jour de la démonstration (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>demo needs --db FILE</source>
        <translation>demo nécessite --db FICHIER</translation>
    </message>
    <message>
        <source>--days needs a whole number from 1 to %1</source>
        <translation>--days attend un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more</source>
        <translation>--seed attend un nombre entier égal ou supérieur à 0</translation>
    </message>
    <message>
        <source>%1 already holds a diary; the demo is only written into a new or empty file</source>
        <translation>%1 contient déjà un journal&#xa0;; la démonstration n&apos;est écrite que dans un fichier nouveau ou vide</translation>
    </message>
    <message>
        <source>Writing the demo diary</source>
        <translation>Écriture du journal de démonstration</translation>
    </message>
    <message>
        <source>Wrote a demo diary of %1 days (%2 entries, %3 treatment events) to %4</source>
        <translation>Journal de démonstration de %1 jours (%2 entrées, %3 événements de traitement) écrit dans %4</translation>
    </message>
</context>
<context>
    <name>DemoDiary</name>
    <message>
        <source>Cycle %1</source>
        <translation>Cycle %1</translation>
    </message>
    <message>
        <source>For burning feet</source>
        <translation>Contre les brûlures aux pieds</translation>
    </message>
    <message>
        <source>Found a blister on my left heel, did not feel it.</source>
        <translation>Trouvé une ampoule au talon gauche, je ne l&apos;avais pas sentie.</translation>
    </message>
    <message>
        <source>Holds the rail on the stairs now.</source>
        <translation>Se tient maintenant à la rampe dans l&apos;escalier.</translation>
    </message>
    <message>
        <source>Walking steadily.</source>
        <translation>Marche d&apos;un pas sûr.</translation>
    </message>
    <message>
        <source>Cold morning, gloves helped.</source>
        <translation>Matinée froide, les gants ont aidé.</translation>
    </message>
    <message>
        <source>Short walk with the dog.</source>
        <translation>Petite promenade avec le chien.</translation>
    </message>
    <message>
        <source>Dropped a cup at breakfast.</source>
        <translation>J&apos;ai fait tomber une tasse au petit-déjeuner.</translation>
    </message>
    <message>
        <source>Tired after the infusion.</source>
        <translation>Fatigue après la perfusion.</translation>
    </message>
    <message>
        <source>Feet burning at night, slept badly.</source>
        <translation>Brûlures aux pieds la nuit, j&apos;ai mal dormi.</translation>
    </message>
    <message>
        <source>Oncology clinic</source>
        <translation>Consultation d&apos;oncologie</translation>
    </message>
    <message>
        <source>Legs weaker every day this week, stairs are hard now.</source>
        <translation>Les jambes plus faibles chaque jour cette semaine, les escaliers sont difficiles maintenant.</translation>
    </message>
</context>
<context>
    <name>DiaryCommands</name>
    <message>
        <source>save the entry of %1</source>
        <translation>l&apos;enregistrement de l&apos;entrée du %1</translation>
    </message>
    <message>
        <source>delete the entry of %1</source>
        <translation>la suppression de l&apos;entrée du %1</translation>
    </message>
    <message>
        <source>set the baseline</source>
        <translation>la définition de la référence</translation>
    </message>
    <message>
        <source>clear the baseline</source>
        <translation>l&apos;effacement de la référence</translation>
    </message>
    <message>
        <source>mark as discussed with the care team</source>
        <translation>le marquage comme discutée avec l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>remove the “discussed” mark</source>
        <translation>la suppression de la marque « discutée »</translation>
    </message>
</context>
<context>
    <name>DiaryCsvFormat</name>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni yes ni no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of none, blister, cut, burn, redness, other</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des valeurs none, blister, cut, burn, redness, other</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is out of range (0 to %2)</source>
        <translation>%1 est hors limites (de 0 à %2)</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>une date est obligatoire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the calendar</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un jour du calendrier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>an author is required (patient or caregiver)</source>
        <translation>un auteur est obligatoire (patient ou caregiver)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not patient or caregiver</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni patient ni caregiver</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; (use codes like left_fingertips or right_foot)</source>
        <translation>région inconnue «&#xa0;%1&#xa0;» (utilisez des codes comme left_fingertips ou right_foot)</translation>
    </message>
    <message>
        <source>infusion, medication_start, medication_change, medication_stop, treatment_paused, treatment_resumed, appointment, other</source>
        <translation>infusion, medication_start, medication_change, medication_stop, treatment_paused, treatment_resumed, appointment, other</translation>
    </message>
    <message>
        <source>a kind is required (%1)</source>
        <translation>un type est obligatoire (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known kind (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type connu (%2)</translation>
    </message>
</context>
<context>
    <name>DiaryFileActions</name>
    <message>
        <source>NerveDiary diaries (*.sqlite);;All files (*)</source>
        <translation>Journaux NerveDiary (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a diary</source>
        <translation>Ouvrir un journal</translation>
    </message>
    <message>
        <source>That diary is already open.</source>
        <translation>Ce journal est déjà ouvert.</translation>
    </message>
    <message>
        <source>Start a new diary</source>
        <translation>Commencer un nouveau journal</translation>
    </message>
    <message>
        <source>A file with that name exists already. Choose another name.</source>
        <translation>Un fichier portant ce nom existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Move the diary to</source>
        <translation>Déplacer le journal vers</translation>
    </message>
    <message>
        <source>That is where the diary is already.</source>
        <translation>Le journal se trouve déjà à cet endroit.</translation>
    </message>
    <message>
        <source>The diary could not be copied there: %1</source>
        <translation>Le journal n&apos;a pas pu être copié à cet endroit&#xa0;: %1</translation>
    </message>
    <message>
        <source>NerveDiary demo</source>
        <translation>Démo NerveDiary</translation>
    </message>
    <message>
        <source>Keep a copy of the diary</source>
        <translation>Garder une copie du journal</translation>
    </message>
</context>
<context>
    <name>DiaryFiles</name>
    <message>
        <source>%1 is the diary itself or one of its own files; writing there would destroy the diary. Nothing was written; choose another file name.</source>
        <translation>%1 est le journal lui-même ou l’un de ses fichiers ; y écrire détruirait le journal. Rien n’a été écrit ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>%1 is one of the diary&apos;s backups; writing there would destroy it. Nothing was written; choose another file name.</source>
        <translation>%1 est l’une des sauvegardes du journal ; y écrire la détruirait. Rien n’a été écrit ; choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>DiaryLock</name>
    <message>
        <source>The lock file %1 cannot be created: %2</source>
        <translation>Le fichier de verrouillage %1 ne peut pas être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>This diary is already open in another NerveDiary window. Please switch to that window, or close it and try again.</source>
        <translation>Ce journal est déjà ouvert dans une autre fenêtre NerveDiary. Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>The diary cannot be locked: %1</source>
        <translation>Le journal ne peut pas être verrouillé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DiaryStore</name>
    <message>
        <source>The entry was not saved: %1 %2.</source>
        <translation>L&apos;entrée n&apos;a pas été enregistrée&#xa0;: %1 %2.</translation>
    </message>
    <message>
        <source>saving the entry</source>
        <translation>enregistrement de l&apos;entrée</translation>
    </message>
    <message>
        <source>reading an entry</source>
        <translation>lecture d&apos;une entrée</translation>
    </message>
    <message>
        <source>reading entries</source>
        <translation>lecture des entrées</translation>
    </message>
    <message>
        <source>deleting the entry</source>
        <translation>suppression de l&apos;entrée</translation>
    </message>
    <message>
        <source>counting entries</source>
        <translation>comptage des entrées</translation>
    </message>
    <message>
        <source>reading the diary</source>
        <translation>lecture du journal</translation>
    </message>
    <message>
        <source>reading treatment events</source>
        <translation>lecture des événements de traitement</translation>
    </message>
    <message>
        <source>The treatment event was not saved: it has no valid date.</source>
        <translation>L&apos;événement de traitement n&apos;a pas été enregistré&#xa0;: il n&apos;a pas de date valide.</translation>
    </message>
    <message>
        <source>saving the treatment event</source>
        <translation>enregistrement de l&apos;événement de traitement</translation>
    </message>
    <message>
        <source>deleting the treatment event</source>
        <translation>suppression de l&apos;événement de traitement</translation>
    </message>
    <message>
        <source>reading the baseline</source>
        <translation>lecture de la référence</translation>
    </message>
    <message>
        <source>The baseline was not set: its first day must not be after its last.</source>
        <translation>La référence n&apos;a pas été définie&#xa0;: son premier jour ne doit pas être après son dernier jour.</translation>
    </message>
    <message>
        <source>setting the baseline</source>
        <translation>définition de la référence</translation>
    </message>
    <message>
        <source>clearing the baseline</source>
        <translation>effacement de la référence</translation>
    </message>
    <message>
        <source>reading the profile</source>
        <translation>lecture du profil</translation>
    </message>
    <message>
        <source>saving the profile</source>
        <translation>enregistrement du profil</translation>
    </message>
    <message>
        <source>reading flag acknowledgements</source>
        <translation>lecture des mentions «&#xa0;discutée&#xa0;»</translation>
    </message>
    <message>
        <source>saving the acknowledgement</source>
        <translation>enregistrement de la mention «&#xa0;discutée&#xa0;»</translation>
    </message>
    <message>
        <source>removing the acknowledgement</source>
        <translation>suppression de la mention «&#xa0;discutée&#xa0;»</translation>
    </message>
    <message>
        <source>The diary already has an entry for %1 by %2; nothing was saved.</source>
        <translation>Le journal contient déjà une entrée pour %1 par %2 ; rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>is not a valid date</source>
        <translation>n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>%1 is out of range (0 to %2)</source>
        <translation>%1 est hors limites (de 0 à %2)</translation>
    </message>
</context>
<context>
    <name>EntrySummary</name>
    <message>
        <source>WARNING SIGN marked</source>
        <translation>SIGNE D&apos;ALERTE coché</translation>
    </message>
    <message>
        <source>Hands %1</source>
        <translation>Mains %1</translation>
    </message>
    <message>
        <source>Feet %1</source>
        <translation>Pieds %1</translation>
    </message>
    <message>
        <source>hardest task: %1</source>
        <translation>plus grande difficulté&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 fall</source>
        <translation>1 chute</translation>
    </message>
    <message>
        <source>%1 falls</source>
        <translation>%1 chutes</translation>
    </message>
    <message>
        <source>1 place marked</source>
        <translation>1 zone marquée</translation>
    </message>
    <message>
        <source>%1 places marked</source>
        <translation>%1 zones marquées</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>nothing rated</source>
        <translation>rien d&apos;évalué</translation>
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
        <translation>Perfusion</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Début d&apos;un médicament</translation>
    </message>
    <message>
        <source>Medication changed</source>
        <translation>Changement de médicament</translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation>Arrêt d&apos;un médicament</translation>
    </message>
    <message>
        <source>Treatment paused</source>
        <translation>Traitement suspendu</translation>
    </message>
    <message>
        <source>Treatment resumed</source>
        <translation>Traitement repris</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Exporter toutes les entrées (et les événements de traitement) au format CSV.</translation>
    </message>
    <message>
        <source>Where to write the entries.</source>
        <translation>Où écrire les entrées.</translation>
    </message>
    <message>
        <source>ENTRIES.csv</source>
        <translation>ENTRIES.csv</translation>
    </message>
    <message>
        <source>Where to write the treatment events.</source>
        <translation>Où écrire les événements de traitement.</translation>
    </message>
    <message>
        <source>EVENTS.csv</source>
        <translation>EVENTS.csv</translation>
    </message>
    <message>
        <source>export-csv needs --out ENTRIES.csv</source>
        <translation>export-csv nécessite --out ENTRIES.csv</translation>
    </message>
    <message>
        <source>Exported %1 entries and %2 treatment events.</source>
        <translation>%1 entrées et %2 événements de traitement exportés.</translation>
    </message>
</context>
<context>
    <name>ExportFhirCommand</name>
    <message>
        <source>Export the whole diary as a FHIR R4 bundle (JSON) for other health apps and records.</source>
        <translation>Exporter tout le journal sous forme de bundle FHIR R4 (JSON) pour d&apos;autres applications de santé et dossiers médicaux.</translation>
    </message>
    <message>
        <source>Where to write the bundle.</source>
        <translation>Où écrire le bundle.</translation>
    </message>
    <message>
        <source>BUNDLE.json</source>
        <translation>BUNDLE.json</translation>
    </message>
    <message>
        <source>export-fhir needs --out BUNDLE.json</source>
        <translation>export-fhir nécessite --out BUNDLE.json</translation>
    </message>
    <message>
        <source>Exported %1 entries, %2 treatment events, %3 flags and %4 daily grades as FHIR.</source>
        <translation>%1 entrées, %2 événements de traitement, %3 alertes et %4 grades quotidiens exportés au format FHIR.</translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>Write the appointment report as a PDF (default: the whole diary).</source>
        <translation>Écrire le rapport pour le rendez-vous au format PDF (par défaut&#xa0;: tout le journal).</translation>
    </message>
    <message>
        <source>Where to write the report.</source>
        <translation>Où écrire le rapport.</translation>
    </message>
    <message>
        <source>REPORT.pdf</source>
        <translation>REPORT.pdf</translation>
    </message>
    <message>
        <source>First day of the report (default: the first entry).</source>
        <translation>Premier jour du rapport (par défaut&#xa0;: la première entrée).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day of the report (default: the last entry).</source>
        <translation>Dernier jour du rapport (par défaut&#xa0;: la dernière entrée).</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Format du papier&#xa0;: a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>Sections to leave out, separated by commas: charts, table, events, notes, flags.</source>
        <translation>Sections à omettre, séparées par des virgules&#xa0;: charts, table, events, notes, flags.</translation>
    </message>
    <message>
        <source>SECTIONS</source>
        <translation>SECTIONS</translation>
    </message>
    <message>
        <source>export-pdf needs --out REPORT.pdf</source>
        <translation>export-pdf nécessite --out REPORT.pdf</translation>
    </message>
    <message>
        <source>--page-size needs a4 or letter, not &apos;%1&apos;</source>
        <translation>--page-size attend a4 ou letter, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--leave-out knows charts, table, events, notes and flags, not &apos;%1&apos;</source>
        <translation>--leave-out accepte charts, table, events, notes et flags, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from ne doit pas être après --to</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Écriture du rapport</translation>
    </message>
    <message>
        <source>Wrote a %1-page report for %2 to %3</source>
        <translation>Rapport de %1 page(s) (%2) écrit dans %3</translation>
    </message>
    <message>
        <source>Language of the report&apos;s words: en (default), de, es or fr. Numbers follow it; dates stay YYYY-MM-DD.</source>
        <translation>Langue du rapport : en (par défaut), de, es ou fr. Les nombres la suivent ; les dates restent AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--language knows %1, not &apos;%2&apos;</source>
        <translation>--language accepte %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>Buttoning clothes</source>
        <translation>Boutonner ses vêtements</translation>
    </message>
    <message>
        <source>Writing by hand</source>
        <translation>Écrire à la main</translation>
    </message>
    <message>
        <source>Typing, using a phone</source>
        <translation>Taper au clavier, utiliser un téléphone</translation>
    </message>
    <message>
        <source>Holding and gripping</source>
        <translation>Tenir et saisir des objets</translation>
    </message>
    <message>
        <source>Picking up small things</source>
        <translation>Ramasser de petits objets</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Marcher</translation>
    </message>
    <message>
        <source>Feeling the ground</source>
        <translation>Sentir le sol sous les pieds</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Chutes</translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation>Quasi-chutes</translation>
    </message>
    <message>
        <source>Skin of hands and feet</source>
        <translation>Peau des mains et des pieds</translation>
    </message>
    <message>
        <source>Tested water temperature</source>
        <translation>J&apos;ai vérifié la température de l&apos;eau</translation>
    </message>
    <message>
        <source>Night lights on</source>
        <translation>Veilleuses allumées</translation>
    </message>
    <message>
        <source>Non-slip mats in place</source>
        <translation>Tapis antidérapants en place</translation>
    </message>
    <message>
        <source>Used handrails</source>
        <translation>J&apos;ai utilisé les rampes et barres d&apos;appui</translation>
    </message>
    <message>
        <source>Wore supportive shoes</source>
        <translation>J&apos;ai porté des chaussures adaptées</translation>
    </message>
    <message>
        <source>Kept hands and feet warm</source>
        <translation>J&apos;ai gardé mains et pieds au chaud</translation>
    </message>
    <message>
        <source>Gentle exercise</source>
        <translation>Activité physique douce</translation>
    </message>
    <message>
        <source>Alcoholic drinks</source>
        <translation>Boissons alcoolisées</translation>
    </message>
    <message>
        <source>Smoked</source>
        <translation>J&apos;ai fumé</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusion</translation>
    </message>
    <message>
        <source>Trouble finding words</source>
        <translation>Difficulté à trouver ses mots</translation>
    </message>
    <message>
        <source>Shaking or tremor</source>
        <translation>Tremblements</translation>
    </message>
    <message>
        <source>A seizure (fit)</source>
        <translation>Une crise convulsive (crise d&apos;épilepsie)</translation>
    </message>
    <message>
        <source>New trouble swallowing</source>
        <translation>Nouvelle difficulté à avaler</translation>
    </message>
    <message>
        <source>Weakness in the face</source>
        <translation>Faiblesse du visage</translation>
    </message>
    <message>
        <source>Trouble breathing</source>
        <translation>Difficulté à respirer</translation>
    </message>
    <message>
        <source>%1 in the hands</source>
        <translation>%1 dans les mains</translation>
    </message>
    <message>
        <source>%1 in the feet</source>
        <translation>%1 dans les pieds</translation>
    </message>
    <message>
        <source>pins and needles</source>
        <translation>picotements, sensation de petites aiguilles</translation>
    </message>
    <message>
        <source>cold hurts or feels strange</source>
        <translation>le froid fait mal ou donne une sensation étrange</translation>
    </message>
    <message>
        <source>knowing where your feet are</source>
        <translation>savoir où sont vos pieds</translation>
    </message>
    <message>
        <source>times you fell today</source>
        <translation>nombre de chutes aujourd&apos;hui</translation>
    </message>
    <message>
        <source>times you nearly fell</source>
        <translation>nombre de fois où vous avez failli tomber</translation>
    </message>
    <message>
        <source>blisters or injuries you may not feel</source>
        <translation>ampoules ou blessures que vous ne sentez peut-être pas</translation>
    </message>
    <message>
        <source>walking, stretching, cycling</source>
        <translation>marche, étirements, vélo</translation>
    </message>
    <message>
        <source>closed, non-slip</source>
        <translation>fermées, antidérapantes</translation>
    </message>
    <message>
        <source>gloves, thick socks</source>
        <translation>gants, chaussettes épaisses</translation>
    </message>
    <message>
        <source>less feeling, like wearing gloves</source>
        <translation>moins de sensations, comme avec des gants</translation>
    </message>
    <message>
        <source>knowing where their feet are</source>
        <translation>si la personne sait où sont ses pieds</translation>
    </message>
    <message>
        <source>times they fell today</source>
        <translation>nombre de chutes de la personne aujourd&apos;hui</translation>
    </message>
    <message>
        <source>times they nearly fell</source>
        <translation>nombre de fois où la personne a failli tomber</translation>
    </message>
    <message>
        <source>blisters or injuries they may not feel</source>
        <translation>ampoules ou blessures que la personne ne sent peut-être pas</translation>
    </message>
    <message>
        <source>Keeping balance</source>
        <translation>Garder l&apos;équilibre</translation>
    </message>
    <message>
        <source>with an elbow or a thermometer</source>
        <translation>avec le coude ou un thermomètre</translation>
    </message>
    <message>
        <source>Feet checked</source>
        <translation>Pieds examinés</translation>
    </message>
    <message>
        <source>A drooping eyelid</source>
        <translation>Une paupière tombante</translation>
    </message>
    <message>
        <source>Double vision</source>
        <translation>Vision double</translation>
    </message>
    <message>
        <source>Slurred or nasal speech</source>
        <translation>Élocution pâteuse ou nasillarde</translation>
    </message>
    <message>
        <source>Weakness getting worse</source>
        <translation>Faiblesse qui s&apos;aggrave</translation>
    </message>
    <message>
        <source>Very sleepy or hard to wake</source>
        <translation>Très somnolent ou difficile à réveiller</translation>
    </message>
    <message>
        <source>Lost bladder or bowel control</source>
        <translation>Perte du contrôle de la vessie ou des intestins</translation>
    </message>
    <message>
        <source>Bad headache with a stiff neck</source>
        <translation>Forte douleur à la tête avec raideur de la nuque</translation>
    </message>
    <message>
        <source>Chest pain or racing heart</source>
        <translation>Douleur dans la poitrine ou cœur qui s&apos;emballe</translation>
    </message>
    <message>
        <source>an upper eyelid hangs lower than usual</source>
        <translation>une paupière supérieure tombe plus que d&apos;habitude</translation>
    </message>
    <message>
        <source>seeing two of things</source>
        <translation>voir les choses en double</translation>
    </message>
    <message>
        <source>words come out blurred or through the nose</source>
        <translation>les mots sortent pâteux ou par le nez</translation>
    </message>
    <message>
        <source>weaker by the hour or day; stairs, getting up or lifting the arms newly hard</source>
        <translation>plus faible d&apos;heure en heure ou de jour en jour ; escaliers, se lever ou lever les bras devenus difficiles</translation>
    </message>
    <message>
        <source>far sleepier than usual, difficult to wake up</source>
        <translation>bien plus somnolent que d&apos;habitude, difficile à réveiller</translation>
    </message>
    <message>
        <source>new accidents, or cannot pass urine</source>
        <translation>nouvelles fuites, ou impossible d&apos;uriner</translation>
    </message>
    <message>
        <source>a bad headache with a stiff neck or a fever</source>
        <translation>forte douleur à la tête avec nuque raide ou fièvre</translation>
    </message>
    <message>
        <source>pain in the chest, or a racing or uneven heartbeat</source>
        <translation>douleur dans la poitrine, ou cœur qui bat vite ou de façon irrégulière</translation>
    </message>
</context>
<context>
    <name>FlagLevelStyle</name>
    <message>
        <source>Watch</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Contact soon</source>
        <translation>Contacter bientôt</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>last %1 mean %2 ≥ baseline %3 + %4</source>
        <translation>moyenne des %1 derniers jours notés %2 ≥ référence %3 + %4</translation>
    </message>
    <message>
        <source>score %1 ≥ baseline %2 + %3</source>
        <translation>score %1 ≥ référence %2 + %3</translation>
    </message>
    <message>
        <source>marked on %1 of the last %2 days, not marked in the baseline days</source>
        <translation>marqué %1 des %2 derniers jours, non marqué pendant les jours de référence</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>nombre noté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 constatée(s)</translation>
    </message>
    <message>
        <source>marked yes</source>
        <translation>coché oui</translation>
    </message>
    <message>
        <source> (from the caregiver&apos;s entry)</source>
        <translation> (d&apos;après l&apos;entrée de l&apos;aidant)</translation>
    </message>
    <message>
        <source>fingertips</source>
        <translation>bout des doigts</translation>
    </message>
    <message>
        <source>fingers</source>
        <translation>doigts</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>main</translation>
    </message>
    <message>
        <source>wrist</source>
        <translation>poignet</translation>
    </message>
    <message>
        <source>toes</source>
        <translation>orteils</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>pied</translation>
    </message>
    <message>
        <source>ankle</source>
        <translation>cheville</translation>
    </message>
    <message>
        <source>lower leg</source>
        <translation>bas de la jambe</translation>
    </message>
    <message>
        <source>buttoning</source>
        <translation>boutonner</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>écrire</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>taper au clavier</translation>
    </message>
    <message>
        <source>grasping</source>
        <translation>saisir des objets</translation>
    </message>
    <message>
        <source>picking up small objects</source>
        <translation>ramasser de petits objets</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>marcher</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>garder l&apos;équilibre</translation>
    </message>
    <message>
        <source>feeling the ground</source>
        <translation>sentir le sol</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>confusion</translation>
    </message>
    <message>
        <source>trouble finding words</source>
        <translation>difficulté à trouver ses mots</translation>
    </message>
    <message>
        <source>tremor</source>
        <translation>tremblements</translation>
    </message>
    <message>
        <source>seizure</source>
        <translation>crise convulsive</translation>
    </message>
    <message>
        <source>new trouble swallowing</source>
        <translation>nouvelle difficulté à avaler</translation>
    </message>
    <message>
        <source>facial weakness</source>
        <translation>faiblesse du visage</translation>
    </message>
    <message>
        <source>trouble breathing</source>
        <translation>difficulté à respirer</translation>
    </message>
    <message>
        <source>Symptoms getting worse</source>
        <translation>Symptômes qui s&apos;aggravent</translation>
    </message>
    <message>
        <source>Symptoms spreading</source>
        <translation>Symptômes qui s&apos;étendent</translation>
    </message>
    <message>
        <source>New difficulty with a hand task</source>
        <translation>Nouvelle difficulté pour une tâche manuelle</translation>
    </message>
    <message>
        <source>Walking or balance harder</source>
        <translation>Marche ou équilibre plus difficiles</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Chute</translation>
    </message>
    <message>
        <source>Skin problem found</source>
        <translation>Problème de peau constaté</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Signe d&apos;alerte</translation>
    </message>
    <message>
        <source>Numbness, tingling, burning or pain in the hands or feet is clearly higher than in your baseline days: over the last few logged days on average 2 points or more above, or on one day 4 points or more above.</source>
        <translation>L&apos;engourdissement, les fourmillements, la brûlure ou la douleur dans les mains ou les pieds sont nettement plus élevés que pendant vos jours de référence&#xa0;: sur les derniers jours notés, 2 points ou plus au-dessus en moyenne, ou 4 points ou plus au-dessus sur un seul jour.</translation>
    </message>
    <message>
        <source>A place that was not marked in your baseline days is marked on 2 or more days of the last week.</source>
        <translation>Une zone qui n&apos;était pas marquée pendant vos jours de référence est marquée 2 jours ou plus au cours de la dernière semaine.</translation>
    </message>
    <message>
        <source>Buttoning, writing, typing, grasping or picking up small objects is harder than in your baseline days, on 2 or more days of the last week.</source>
        <translation>Boutonner, écrire, taper au clavier, saisir des objets ou ramasser de petits objets est plus difficile que pendant vos jours de référence, 2 jours ou plus au cours de la dernière semaine.</translation>
    </message>
    <message>
        <source>Walking, keeping your balance or feeling the ground is harder than in your baseline days.</source>
        <translation>Marcher, garder l&apos;équilibre ou sentir le sol est plus difficile que pendant vos jours de référence.</translation>
    </message>
    <message>
        <source>A fall was recorded.</source>
        <translation>Une chute a été notée.</translation>
    </message>
    <message>
        <source>A skin problem (blister, cut, burn, redness or other) was found.</source>
        <translation>Un problème de peau (ampoule, coupure, brûlure, rougeur ou autre) a été constaté.</translation>
    </message>
    <message>
        <source>Your nerve symptoms are stronger than in your usual days. Tell your care team soon: hearing about it early lets them judge how severe it is, adjust your treatment if needed or offer medicine that eases nerve symptoms. Meanwhile keep your hands and feet warm, keep moving gently, avoid alcohol and smoking, and keep logging every day.</source>
        <translation>Vos symptômes nerveux sont plus forts que pendant vos jours habituels. Prévenez bientôt votre équipe soignante&#xa0;: en être informée tôt lui permet d&apos;évaluer leur gravité, d&apos;adapter votre traitement si besoin ou de vous proposer un médicament qui soulage les symptômes nerveux. En attendant, gardez vos mains et vos pieds au chaud, continuez à bouger en douceur, évitez l&apos;alcool et le tabac, et continuez à remplir votre journal chaque jour.</translation>
    </message>
    <message>
        <source>You are marking a place that was not affected in your usual days, so the symptoms seem to reach further than before. Tell your care team soon, and keep marking where you feel it so they can see how it changes.</source>
        <translation>Vous marquez une zone qui n&apos;était pas touchée pendant vos jours habituels&#xa0;: les symptômes semblent s&apos;étendre plus loin qu&apos;avant. Prévenez bientôt votre équipe soignante, et continuez à marquer les endroits où vous les ressentez pour qu&apos;elle puisse voir comment ils évoluent.</translation>
    </message>
    <message>
        <source>An everyday task with your hands has become harder than in your usual days. Tell your care team soon and ask whether aids (grips, button hooks, thicker pens) or physical or occupational therapy could help. Take extra care with heat and sharp things: use oven mitts and check the water temperature before washing.</source>
        <translation>Une tâche quotidienne avec vos mains est devenue plus difficile que pendant vos jours habituels. Prévenez bientôt votre équipe soignante et demandez si des aides techniques (poignées grossies, enfile-boutons, stylos plus épais) ou de la kinésithérapie ou de l&apos;ergothérapie pourraient vous aider. Faites particulièrement attention à la chaleur et aux objets coupants&#xa0;: utilisez des gants de cuisine et vérifiez la température de l&apos;eau avant de vous laver.</translation>
    </message>
    <message>
        <source>Walking, keeping your balance or feeling the ground has become harder than in your usual days. Tell your care team soon. To lower the risk of a fall, wear supportive non-slip shoes, use night lights, non-slip mats and handrails, and take your time on stairs.</source>
        <translation>Marcher, garder l&apos;équilibre ou sentir le sol est devenu plus difficile que pendant vos jours habituels. Prévenez bientôt votre équipe soignante. Pour réduire le risque de chute, portez des chaussures antidérapantes qui maintiennent bien le pied, utilisez des veilleuses, des tapis antidérapants et des rampes, et prenez votre temps dans les escaliers.</translation>
    </message>
    <message>
        <source>You recorded a fall. Tell your care team about it. If you were hurt or hit your head, get medical help now. Night lights, non-slip mats, handrails and supportive shoes make falls less likely.</source>
        <translation>Vous avez noté une chute. Parlez-en à votre équipe soignante. En cas de blessure ou si votre tête a heurté quelque chose, demandez une aide médicale maintenant. Les veilleuses, les tapis antidérapants, les rampes et des chaussures qui maintiennent bien le pied rendent les chutes moins probables.</translation>
    </message>
    <message>
        <source>Keep an eye on it</source>
        <translation>Surveillez l&apos;évolution</translation>
    </message>
    <message>
        <source>Tell your care team soon</source>
        <translation>Prévenez bientôt votre équipe soignante</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Demandez de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>mains</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>pieds</translation>
    </message>
    <message>
        <source>falls</source>
        <translation>chutes</translation>
    </message>
    <message>
        <source>skin</source>
        <translation>peau</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 côté gauche</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>%1 côté droit</translation>
    </message>
    <message>
        <source>forearm</source>
        <translation>avant-bras</translation>
    </message>
    <message>
        <source>upper arm</source>
        <translation>haut du bras</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>cuisse</translation>
    </message>
    <message>
        <source>drooping eyelid</source>
        <translation>paupière tombante</translation>
    </message>
    <message>
        <source>double vision</source>
        <translation>vision double</translation>
    </message>
    <message>
        <source>slurred speech</source>
        <translation>élocution pâteuse</translation>
    </message>
    <message>
        <source>weakness getting worse</source>
        <translation>faiblesse qui s&apos;aggrave</translation>
    </message>
    <message>
        <source>very sleepy or hard to wake</source>
        <translation>très somnolent ou difficile à réveiller</translation>
    </message>
    <message>
        <source>bladder or bowel control lost</source>
        <translation>perte du contrôle de la vessie ou des intestins</translation>
    </message>
    <message>
        <source>severe headache with a stiff neck</source>
        <translation>forte douleur à la tête avec raideur de la nuque</translation>
    </message>
    <message>
        <source>chest pain or racing heartbeat</source>
        <translation>douleur dans la poitrine ou cœur qui s&apos;emballe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>at the top of the scale</source>
        <translation>en haut de l&apos;échelle</translation>
    </message>
    <message>
        <source>last %1 mean %2</source>
        <translation>moyenne des %1 derniers jours notés %2</translation>
    </message>
    <message>
        <source>level %1 &gt; baseline %2, on %3 of the last %4 days</source>
        <translation>niveau %1 &gt; référence %2, %3 des %4 derniers jours</translation>
    </message>
    <message>
        <source>level %1 &gt; baseline %2</source>
        <translation>niveau %1 &gt; référence %2</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>%1 today, %2 in the last %3 days</source>
        <translation>%1 aujourd&apos;hui, %2 sur les %3 derniers jours</translation>
    </message>
    <message>
        <source>weakness %1 ≥ baseline %2 + %3</source>
        <translation>faiblesse %1 ≥ référence %2 + %3</translation>
    </message>
    <message>
        <source>weakness %1</source>
        <translation>faiblesse %1</translation>
    </message>
    <message>
        <source>weakness %1, up from %2 on %3</source>
        <translation>faiblesse %1, en hausse depuis %2 le %3</translation>
    </message>
    <message>
        <source>%1, up from %2 on %3; %4</source>
        <translation>%1, en hausse depuis %2 le %3 ; %4</translation>
    </message>
    <message>
        <source>%1, again after the fall flagged on %2</source>
        <translation>%1, de nouveau après la chute signalée le %2</translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation>Quasi-chutes</translation>
    </message>
    <message>
        <source>Weakness getting worse</source>
        <translation>Faiblesse qui s&apos;aggrave</translation>
    </message>
    <message>
        <source>Weakness rising quickly</source>
        <translation>Faiblesse qui augmente vite</translation>
    </message>
    <message>
        <source>A warning sign was recorded: confusion, trouble finding words, tremor, a seizure, new trouble swallowing, facial weakness, trouble breathing, a drooping eyelid, double vision, slurred speech, weakness getting worse, being very sleepy or hard to wake, lost bladder or bowel control, a severe headache with a stiff neck, or chest pain or a racing heartbeat.</source>
        <translation>Un signe d&apos;alerte a été noté : confusion, difficulté à trouver ses mots, tremblements, une crise convulsive, nouvelle difficulté à avaler, faiblesse du visage, difficulté à respirer, une paupière tombante, vision double, élocution pâteuse, faiblesse qui s&apos;aggrave, très somnolent ou difficile à réveiller, perte du contrôle de la vessie ou des intestins, forte douleur à la tête avec raideur de la nuque, ou douleur dans la poitrine ou cœur qui s&apos;emballe.</translation>
    </message>
    <message>
        <source>A near fall was recorded, and there were 2 or more near falls in the last week.</source>
        <translation>Une quasi-chute a été notée, et il y a eu 2 quasi-chutes ou plus au cours de la dernière semaine.</translation>
    </message>
    <message>
        <source>Weakness in the hands or feet is 2 or more and at least 2 points above your baseline days.</source>
        <translation>La faiblesse des mains ou des pieds est de 2 ou plus et d&apos;au moins 2 points au-dessus de vos jours de référence.</translation>
    </message>
    <message>
        <source>Weakness in the hands or feet is 4 or more and at least 3 points higher than on a day of the week before.</source>
        <translation>La faiblesse des mains ou des pieds est de 4 ou plus et d&apos;au moins 3 points plus élevée qu&apos;un jour de la semaine précédente.</translation>
    </message>
    <message>
        <source>You nearly fell more than once in a week. Tell your care team soon: it can be the first sign that walking or balance is getting harder. Wear supportive non-slip shoes, use night lights, non-slip mats and handrails, and take your time when you stand up.</source>
        <translation>Vous avez failli tomber plus d&apos;une fois en une semaine. Prévenez bientôt votre équipe soignante : cela peut être le premier signe que la marche ou l&apos;équilibre deviennent plus difficiles. Portez des chaussures fermées et antidérapantes, utilisez des veilleuses, des tapis antidérapants et des rampes, et prenez votre temps pour vous lever.</translation>
    </message>
    <message>
        <source>Your hands or feet are weaker than in your usual days. Tell your care team soon. If the weakness keeps getting worse over hours or days, or walking, swallowing or breathing becomes hard, get help now.</source>
        <translation>Vos mains ou vos pieds sont plus faibles que les jours habituels. Prévenez bientôt votre équipe soignante. Si la faiblesse continue de s&apos;aggraver en quelques heures ou jours, ou si marcher, avaler ou respirer devient difficile, demandez de l&apos;aide maintenant.</translation>
    </message>
    <message>
        <source>near falls</source>
        <translation>quasi-chutes</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>worse again since %1</source>
        <translation>de nouveau pire depuis le %1</translation>
    </message>
    <message>
        <source>You found a skin problem. Call your care team the same day if the redness spreads, the skin feels warm, there is pus, or a fever comes with it, above all if you take steroids or your blood counts are low after CAR-T. Otherwise keep the spot clean and protected, look at it every day, and show it to your care team at your next visit. Skin with less feeling can be hurt without you noticing: check your feet daily, never walk barefoot, feel inside your shoes before putting them on, test the water temperature with a thermometer or your elbow, and moisturise your hands and feet, but not between the toes.</source>
        <translation>Vous avez constaté un problème de peau. Appelez votre équipe soignante le jour même si la rougeur s’étend, si la peau est chaude, s’il y a du pus ou si vous avez de la fièvre, surtout si vous prenez des corticoïdes ou si vos globules sont bas après un CAR-T. Sinon, gardez la zone propre et protégée, regardez-la chaque jour et montrez-la à votre équipe soignante lors de la prochaine visite. Une peau moins sensible peut se blesser sans que vous le sentiez : examinez vos pieds chaque jour, ne marchez jamais pieds nus, tâtez l’intérieur de vos chaussures avant de les mettre, vérifiez la température de l’eau avec un thermomètre ou le coude, et hydratez vos mains et vos pieds, mais pas entre les orteils.</translation>
    </message>
    <message>
        <source>This warning sign needs help at once. Call your emergency number now, or go to the emergency department; do not drive yourself. After CAR-T, also call your treatment centre&apos;s 24-hour line. Then tell your care team.</source>
        <translation>Ce signe d’alerte demande de l’aide immédiatement. Appelez maintenant votre numéro d’urgence ou allez aux urgences ; ne conduisez pas vous-même. Après un CAR-T, appelez aussi la ligne 24 h/24 de votre centre de traitement. Prévenez ensuite votre équipe soignante.</translation>
    </message>
    <message>
        <source>Weakness has risen quickly within a week. This needs help at once. Call your emergency number now, or go to the emergency department; do not drive yourself. After CAR-T, also call your treatment centre&apos;s 24-hour line. Then tell your care team.</source>
        <translation>La faiblesse a augmenté rapidement en une semaine. Cela demande de l’aide immédiatement. Appelez maintenant votre numéro d’urgence ou allez aux urgences ; ne conduisez pas vous-même. Après un CAR-T, appelez aussi la ligne 24 h/24 de votre centre de traitement. Prévenez ensuite votre équipe soignante.</translation>
    </message>
</context>
<context>
    <name>FlagsCommand</name>
    <message>
        <source>List the times the diary suggests contacting the care team (flags), oldest first.</source>
        <translation>Lister les moments où le journal suggère de contacter l&apos;équipe soignante (alertes), de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>Show flags from this day on (the rules still see the whole diary).</source>
        <translation>Afficher les alertes à partir de ce jour (les règles tiennent toujours compte de tout le journal).</translation>
    </message>
    <message>
        <source>Show flags up to this day.</source>
        <translation>Afficher les alertes jusqu&apos;à ce jour.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of one line per flag.</source>
        <translation>Écrire un tableau JSON au lieu d&apos;une ligne par alerte.</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>Aucune alerte.</translation>
    </message>
</context>
<context>
    <name>GradeEstimate</name>
    <message>
        <source>Estimated grade (patient-reported)</source>
        <translation>Grade estimé (déclaré par le patient)</translation>
    </message>
    <message>
        <source>An estimate from your own ratings (0–3), to help talk with your care team. It is not the official grade: only your care team grades this side effect.</source>
        <translation>Une estimation faite à partir de vos propres évaluations (0–3), pour vous aider à en parler avec votre équipe soignante. Ce n&apos;est pas le grade officiel&#xa0;: seule votre équipe soignante attribue un grade à cet effet indésirable.</translation>
    </message>
</context>
<context>
    <name>GradesCommand</name>
    <message>
        <source>List the estimated grade (patient-reported, 0 to 3) of every day that has one, oldest first.</source>
        <translation>Afficher le grade estimé (déclaré par le patient, de 0 à 3) de chaque jour qui en a un, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>Show days from this day on.</source>
        <translation>Afficher les jours à partir de ce jour.</translation>
    </message>
    <message>
        <source>Show days up to this day.</source>
        <translation>Afficher les jours jusqu&apos;à ce jour.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of one line per day.</source>
        <translation>Écrire un tableau JSON au lieu d&apos;une ligne par jour.</translation>
    </message>
    <message>
        <source>No estimated grades.</source>
        <translation>Aucun grade estimé.</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message numerus="yes">
        <source>nervediary: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>nervediary: %n problème trouvé&#xa0;; rien n&apos;a été importé.</numerusform>
            <numerusform>nervediary: %n problèmes trouvés&#xa0;; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nervediary: %n conflict(s) with the diary; nothing was imported.</source>
        <translation>
            <numerusform>nervediary: %n conflit avec le journal&#xa0;; rien n&apos;a été importé.</numerusform>
            <numerusform>nervediary: %n conflits avec le journal&#xa0;; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import entries (and treatment events) from CSV, all or nothing.</source>
        <translation>Importer des entrées (et des événements de traitement) depuis un fichier CSV, tout ou rien.</translation>
    </message>
    <message>
        <source>The entries file.</source>
        <translation>Le fichier des entrées.</translation>
    </message>
    <message>
        <source>A treatment events file to import as well.</source>
        <translation>Un fichier d&apos;événements de traitement à importer aussi.</translation>
    </message>
    <message>
        <source>EVENTS.csv</source>
        <translation>EVENTS.csv</translation>
    </message>
    <message>
        <source>What to do with an entry whose date and author are already in the diary: fail (default), skip (keep the stored one) or replace.</source>
        <translation>Que faire d&apos;une entrée dont la date et l&apos;auteur sont déjà dans le journal&#xa0;: fail (échouer, par défaut), skip (garder celle déjà enregistrée) ou replace (la remplacer).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>CHOIX</translation>
    </message>
    <message>
        <source>import-csv needs exactly one entries file</source>
        <translation>import-csv nécessite exactement un fichier d&apos;entrées</translation>
    </message>
    <message>
        <source>--on-conflict must be fail, skip or replace</source>
        <translation>--on-conflict doit valoir fail, skip ou replace</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Imported %1 new entries, replaced %2, skipped %3; %4 treatment events added, %5 replaced, %6 skipped.</source>
        <translation>%1 nouvelles entrées importées, %2 remplacées, %3 ignorées&#xa0;; %4 événements de traitement ajoutés, %5 remplacés, %6 ignorés.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation>
            <numerusform>… et %n autre problème, non listé.</numerusform>
            <numerusform>… et %n autres problèmes, non listés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 ne peut pas être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not written. Free some space and try again.</source>
        <translation>Le disque est plein, %1 n’a donc pas été écrit. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or folder is read-only.</source>
        <translation>%1 ne peut pas être écrit : le disque ou le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 cannot be written: you have no permission to write there.</source>
        <translation>%1 ne peut pas être écrit : vous n’avez pas le droit d’écrire à cet endroit.</translation>
    </message>
</context>
<context>
    <name>RemindCommand</name>
    <message>
        <source>Send the daily reminder as a desktop notification when the diary day has no entry (at most once a day); quietly do nothing otherwise.</source>
        <translation>Envoyer le rappel quotidien comme notification du bureau quand la journée du journal n&apos;a pas d&apos;entrée (au plus une fois par jour)&#xa0;; sinon ne rien faire.</translation>
    </message>
    <message>
        <source>The diary file (default: the one the window opens).</source>
        <translation>Le fichier du journal (par défaut&#xa0;: celui qu&apos;ouvre la fenêtre).</translation>
    </message>
    <message>
        <source>Do not wait for an answer to the notification.</source>
        <translation>Ne pas attendre de réponse à la notification.</translation>
    </message>
    <message>
        <source>Act as if it were this moment (YYYY-MM-DDTHH:MM).</source>
        <translation>Faire comme s&apos;il était ce moment (AAAA-MM-JJTHH:MM).</translation>
    </message>
    <message>
        <source>--at needs a time like 2026-03-12T20:00</source>
        <translation>--at attend un moment comme 2026-03-12T20:00</translation>
    </message>
    <message>
        <source>no notification service on the session bus; the reminder was not shown: %1</source>
        <translation>aucun service de notifications sur le bus de session&#xa0;; le rappel n&apos;a pas été affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>the reminder could not be shown: %1</source>
        <translation>le rappel n&apos;a pas pu être affiché&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReminderInstaller</name>
    <message>
        <source>The reminder could not be switched on in %1.</source>
        <translation>Le rappel n&apos;a pas pu être activé dans %1.</translation>
    </message>
    <message>
        <source>The reminder was saved, but systemd did not start it; it starts at the next login.</source>
        <translation>Le rappel est enregistré, mais systemd ne l&apos;a pas lancé&#xa0;; il démarrera à la prochaine connexion.</translation>
    </message>
    <message>
        <source>The reminder could not be written to %1: %2</source>
        <translation>Le rappel n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 n&apos;a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message numerus="yes">
        <source>%n day(s) without a diary entry</source>
        <translation>
            <numerusform>%n jour sans entrée dans le journal</numerusform>
            <numerusform>%n jours sans entrée dans le journal</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is logged for them since %1. Log how they are today; the days you missed can be filled in too.</source>
        <translation>Rien n&apos;est noté pour la personne depuis le %1. Notez comment elle va aujourd&apos;hui&#xa0;; les jours manqués peuvent aussi être complétés.</translation>
    </message>
    <message>
        <source>Nothing is logged since %1. Log how you are today; the days you missed can be filled in too.</source>
        <translation>Rien n&apos;est noté depuis le %1. Notez comment vous allez aujourd&apos;hui&#xa0;; les jours manqués peuvent aussi être complétés.</translation>
    </message>
    <message>
        <source>Nothing was logged for %1</source>
        <translation>Rien n&apos;a été noté pour le %1</translation>
    </message>
    <message>
        <source>You can still log how they were that day. It takes a minute.</source>
        <translation>Vous pouvez encore noter comment allait la personne ce jour-là. Cela prend une minute.</translation>
    </message>
    <message>
        <source>You can still log how you were that day. It takes a minute.</source>
        <translation>Vous pouvez encore noter comment vous alliez ce jour-là. Cela prend une minute.</translation>
    </message>
    <message>
        <source>Nothing is logged for them today</source>
        <translation>Rien n&apos;est encore noté aujourd&apos;hui pour la personne</translation>
    </message>
    <message>
        <source>You have not logged today</source>
        <translation>Vous n&apos;avez encore rien noté aujourd&apos;hui</translation>
    </message>
    <message>
        <source>How do their hands and feet seem today? It takes a minute.</source>
        <translation>Comment semblent aller ses mains et ses pieds aujourd&apos;hui&#xa0;? Cela prend une minute.</translation>
    </message>
    <message>
        <source>How are your hands and feet today? It takes a minute.</source>
        <translation>Comment vont vos mains et vos pieds aujourd&apos;hui&#xa0;? Cela prend une minute.</translation>
    </message>
    <message>
        <source>Log today</source>
        <translation>Noter aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Log the missed days</source>
        <translation>Noter les jours manqués</translation>
    </message>
    <message>
        <source>Log that day</source>
        <translation>Noter ce jour-là</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>marked</source>
        <translation>marqué</translation>
    </message>
    <message>
        <source>new since the baseline (hatched)</source>
        <translation>nouveau depuis la référence (hachuré)</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>main gauche</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>main droite</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>pied gauche</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>pied droit</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>treatment event (a tick above every chart)</source>
        <translation>événement de traitement (un trait au-dessus de chaque graphique)</translation>
    </message>
    <message>
        <source>treatment event (dashed line in every chart)</source>
        <translation>événement de traitement (ligne pointillée dans chaque graphique)</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Each day shows the highest value of the patient&apos;s and caregiver&apos;s entries. Days without an entry are gaps; the grey band marks the baseline days.</source>
        <translation>Chaque jour montre la valeur la plus élevée des entrées du patient et de l&apos;aidant. Les jours sans entrée sont laissés vides&#xa0;; la bande grise indique les jours de référence.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>contact team</source>
        <translation>contacter l&apos;équipe</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>à surveiller</translation>
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
        <translation>Jour par jour</translation>
    </message>
    <message>
        <source>One line per logged day. Each value is the day&apos;s highest over the patient&apos;s (P) and caregiver&apos;s (C) entries; days logged only by a caregiver are in italics.</source>
        <translation>Une ligne par jour rempli. Chaque valeur est la plus élevée de la journée entre les entrées du patient (P) et de l&apos;aidant (A)&#xa0;; les jours remplis uniquement par un aidant sont en italique.</translation>
    </message>
    <message>
        <source>Hands, Feet: highest of numbness, tingling, burning and pain (0–10). Grade: estimated grade, patient-reported (0–3).</source>
        <translation>Mains, Pieds&#xa0;: valeur la plus haute parmi engourdissement, fourmillements, brûlure et douleur (0–10). Grade&#xa0;: grade estimé, déclaré par le patient (0–3).</translation>
    </message>
    <message>
        <source>Tasks (0 none, 1 mild, 2 moderate, 3 severe, 4 unable): Btn buttoning, Wri writing, Typ typing, Grs grasping, Sml small objects, Wlk walking, Bal balance, Grd feeling the ground.</source>
        <translation>Tâches (0 aucune, 1 légère, 2 modérée, 3 sévère, 4 impossible)&#xa0;: Bou boutonner, Écr écrire, Cla taper au clavier, Sai saisir des objets, Pet ramasser de petits objets, Mar marcher, Équ équilibre, Sol sentir le sol.</translation>
    </message>
    <message>
        <source>Flags: the most pressing level among the flags that started that day, and how many. Skin, signs: skin problems found and warning signs marked.</source>
        <translation>Alertes&#xa0;: le niveau le plus pressant parmi les alertes apparues ce jour-là, et leur nombre. Peau, signes&#xa0;: problèmes de peau constatés et signes d&apos;alerte cochés.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Mains</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pieds</translation>
    </message>
    <message>
        <source>Grade</source>
        <comment>day table column</comment>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Falls</source>
        <comment>day table column</comment>
        <translation>Chutes</translation>
    </message>
    <message>
        <source>Near</source>
        <comment>day table column: near falls</comment>
        <translation>Quasi</translation>
    </message>
    <message>
        <source>Flags</source>
        <comment>day table column</comment>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Skin, signs</source>
        <translation>Peau, signes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Treatment events</source>
        <translation>Événements de traitement</translation>
    </message>
    <message>
        <source>No treatment events were recorded in this period.</source>
        <translation>Aucun événement de traitement n&apos;a été noté pendant cette période.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation>Aucune note n&apos;a été écrite pendant cette période.</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation>aidant</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>Flags with their numbers</source>
        <translation>Alertes et leurs chiffres</translation>
    </message>
    <message>
        <source>No flags in this period.</source>
        <translation>Aucune alerte pendant cette période.</translation>
    </message>
    <message>
        <source>Every flag of the period, oldest first, with the numbers that raised it and whether it was discussed with the care team.</source>
        <translation>Toutes les alertes de la période, de la plus ancienne à la plus récente, avec les chiffres qui les ont déclenchées et si elles ont été discutées avec l&apos;équipe soignante.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation>Les chiffres</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Discutée</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>How the diary raises flags</source>
        <translation>Comment le journal déclenche les alertes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Holds when</source>
        <translation>Se déclenche quand</translation>
    </message>
    <message>
        <source>Nerve symptom diary</source>
        <translation>Journal des symptômes nerveux</translation>
    </message>
    <message>
        <source>Nerve symptom diary: %1</source>
        <translation>Journal des symptômes nerveux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Période %1</translation>
    </message>
    <message>
        <source>Made on %1 with NerveDiary %2</source>
        <translation>Réalisé le %1 avec NerveDiary %2</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>Hands and feet</source>
        <translation>Mains et pieds</translation>
    </message>
    <message>
        <source>highest of numbness, tingling, burning, pain (0–10)</source>
        <translation>valeur la plus haute parmi engourdissement, fourmillements, brûlure, douleur (0–10)</translation>
    </message>
    <message>
        <source>hands, daily</source>
        <translation>mains, chaque jour</translation>
    </message>
    <message>
        <source>feet, daily</source>
        <translation>pieds, chaque jour</translation>
    </message>
    <message>
        <source>hands, 7-day average</source>
        <translation>mains, moyenne sur 7 jours</translation>
    </message>
    <message>
        <source>feet, 7-day average</source>
        <translation>pieds, moyenne sur 7 jours</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>Tâches quotidiennes</translation>
    </message>
    <message>
        <source>highest level of the day</source>
        <translation>niveau le plus élevé de la journée</translation>
    </message>
    <message>
        <source>hand tasks</source>
        <translation>tâches manuelles</translation>
    </message>
    <message>
        <source>walking, balance, feeling the ground</source>
        <translation>marche, équilibre, sensation du sol</translation>
    </message>
    <message>
        <source>for discussion, not the official grade</source>
        <translation>pour en discuter, ce n&apos;est pas le grade officiel</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Chutes</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>added up over every %1 days</source>
        <translation>total par tranche de %1 jours</translation>
    </message>
    <message>
        <source>falls</source>
        <translation>chutes</translation>
    </message>
    <message>
        <source>near falls</source>
        <translation>quasi-chutes</translation>
    </message>
    <message>
        <source>Nerve symptom diary report</source>
        <translation>Rapport du journal des symptômes nerveux</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Aucun nom de fichier n&apos;a été donné pour le rapport.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the report.</source>
        <translation>%1 est un dossier&#xa0;; donnez un nom de fichier pour le rapport.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: accès refusé.</translation>
    </message>
    <message>
        <source>The report was not written: it was cancelled.</source>
        <translation>Le rapport n&apos;a pas été écrit&#xa0;: il a été annulé.</translation>
    </message>
    <message>
        <source>Immune checkpoint inhibitor</source>
        <translation>Inhibiteur de point de contrôle immunitaire</translation>
    </message>
    <message>
        <source>CAR-T cell therapy</source>
        <translation>Thérapie cellulaire CAR-T</translation>
    </message>
    <message>
        <source>Other immunotherapy</source>
        <translation>Autre immunothérapie</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Btn</source>
        <translation>Bou</translation>
    </message>
    <message>
        <source>Wri</source>
        <translation>Écr</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Cla</translation>
    </message>
    <message>
        <source>Grs</source>
        <translation>Sai</translation>
    </message>
    <message>
        <source>Sml</source>
        <translation>Pet</translation>
    </message>
    <message>
        <source>Wlk</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Bal</source>
        <translation>Équ</translation>
    </message>
    <message>
        <source>Grd</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>confusion</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>tremor</source>
        <translation>tremblements</translation>
    </message>
    <message>
        <source>seizure</source>
        <translation>convulsions</translation>
    </message>
    <message>
        <source>swallowing</source>
        <translation>déglutition</translation>
    </message>
    <message>
        <source>face</source>
        <translation>visage</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>respiration</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (règle %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>none (the diary is empty)</source>
        <translation>aucune (le journal est vide)</translation>
    </message>
    <message>
        <source>%1 (the diary&apos;s first week)</source>
        <translation>%1 (première semaine du journal)</translation>
    </message>
    <message>
        <source>%1 (chosen by the patient)</source>
        <translation>%1 (choisie par le patient)</translation>
    </message>
    <message>
        <source>Nerve symptom diary: report for the care team</source>
        <translation>Journal des symptômes nerveux&#xa0;: rapport pour l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Kept by the patient at home. Scores and the grade are the patient&apos;s own ratings and estimates.</source>
        <translation>Tenu par le patient à domicile. Les scores et le grade sont les propres évaluations et estimations du patient.</translation>
    </message>
    <message>
        <source>%1 of %2 days, %3 with a caregiver&apos;s entry</source>
        <translation>%1 jours sur %2, dont %3 avec une entrée de l&apos;aidant</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 jours sur %2</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Équipe soignante</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Jours remplis</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>of 10</source>
        <translation>sur 10</translation>
    </message>
    <message>
        <source>mean of the last 7 days (days scored: %1)</source>
        <translation>moyenne des 7 derniers jours (jours évalués&#xa0;: %1)</translation>
    </message>
    <message>
        <source>no scores in the last 7 days</source>
        <translation>aucun score ces 7 derniers jours</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>référence %1</translation>
    </message>
    <message>
        <source>%1, change %2</source>
        <translation>%1, variation %2</translation>
    </message>
    <message>
        <source>no baseline scores</source>
        <translation>aucun score de référence</translation>
    </message>
    <message>
        <source>of 3</source>
        <translation>sur 3</translation>
    </message>
    <message>
        <source>highest in the last 7 days</source>
        <translation>le plus élevé des 7 derniers jours</translation>
    </message>
    <message>
        <source>nothing rated in the last 7 days</source>
        <translation>rien d&apos;évalué ces 7 derniers jours</translation>
    </message>
    <message>
        <source>nothing rated at the baseline</source>
        <translation>rien d&apos;évalué pendant la référence</translation>
    </message>
    <message>
        <source>Falls in the period</source>
        <translation>Chutes pendant la période</translation>
    </message>
    <message>
        <source>days with a fall: %1</source>
        <translation>jours avec une chute&#xa0;: %1</translation>
    </message>
    <message>
        <source>near falls: %1</source>
        <translation>quasi-chutes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Flags in this period</source>
        <translation>Alertes pendant cette période</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 flag</source>
        <translation>1 alerte</translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation>%1 alertes</translation>
    </message>
    <message>
        <source>All were discussed with the care team.</source>
        <translation>Toutes ont été discutées avec l&apos;équipe soignante.</translation>
    </message>
    <message>
        <source>None was discussed with the care team yet.</source>
        <translation>Aucune n&apos;a encore été discutée avec l&apos;équipe soignante.</translation>
    </message>
    <message>
        <source>Not yet discussed with the care team: %1.</source>
        <translation>Pas encore discutées avec l&apos;équipe soignante&#xa0;: %1.</translation>
    </message>
    <message>
        <source>What the diary shows</source>
        <translation>Ce que montre le journal</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>oui, le %1</translation>
    </message>
    <message>
        <source>Where symptoms are marked</source>
        <translation>Où les symptômes sont marqués</translation>
    </message>
    <message>
        <source>Baseline days (%1)</source>
        <translation>Jours de référence (%1)</translation>
    </message>
    <message>
        <source>Baseline days</source>
        <translation>Jours de référence</translation>
    </message>
    <message>
        <source>Last 7 days of the period (%1)</source>
        <translation>7 derniers jours de la période (%1)</translation>
    </message>
    <message>
        <source>Newly marked since the baseline: %1.</source>
        <translation>Zones nouvellement marquées depuis la référence&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No places were marked in the last 7 days of the period.</source>
        <translation>Aucune zone n&apos;a été marquée pendant les 7 derniers jours de la période.</translation>
    </message>
    <message>
        <source>No place is newly marked since the baseline.</source>
        <translation>Aucune zone n&apos;est nouvellement marquée depuis la référence.</translation>
    </message>
    <message>
        <source>Treatment events in this period</source>
        <translation>Événements de traitement pendant cette période</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Earlier events of the period not shown here: %1. All are listed on page %2.</source>
        <translation>Événements plus anciens de la période non affichés ici&#xa0;: %1. Ils sont tous listés en page %2.</translation>
    </message>
    <message>
        <source>Earlier events of the period not shown here: %1.</source>
        <translation>Événements plus anciens de la période non affichés ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There are no diary entries in this period.</source>
        <translation>Il n&apos;y a aucune entrée dans le journal pendant cette période.</translation>
    </message>
    <message>
        <source>Nothing was logged from %1 to %2, so there is nothing to summarise or chart.</source>
        <translation>Rien n&apos;a été noté du %1 au %2&#xa0;: il n&apos;y a donc rien à résumer ni à représenter en graphique.</translation>
    </message>
    <message>
        <source>The diary has entries from %1 to %2.</source>
        <translation>Le journal contient des entrées du %1 au %2.</translation>
    </message>
    <message>
        <source>eyelid</source>
        <translation>paupière</translation>
    </message>
    <message>
        <source>double vision</source>
        <translation>vision double</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>élocution</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>faiblesse</translation>
    </message>
    <message>
        <source>hard to wake</source>
        <translation>difficile à réveiller</translation>
    </message>
    <message>
        <source>bladder/bowel</source>
        <translation>vessie/intestins</translation>
    </message>
    <message>
        <source>headache, stiff neck</source>
        <translation>mal de tête, nuque raide</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>poitrine</translation>
    </message>
    <message>
        <source>Cold</source>
        <comment>symptom: sensitivity to cold</comment>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Warning signs in this period</source>
        <translation>Signes d’alerte pendant cette période</translation>
    </message>
    <message>
        <source>None of the %1 warning signs the diary asks about was marked in this period.</source>
        <translation>Aucun des %1 signes d’alerte demandés par le journal n’a été coché pendant cette période.</translation>
    </message>
    <message>
        <source>Every sign marked in the period, with the days it was marked. Each one was advised as an emergency: emergency services first, then the care team.</source>
        <translation>Chaque signe coché pendant la période, avec les jours où il l’a été. Pour chacun, le conseil était celui d’une urgence : d’abord les secours, ensuite l’équipe soignante.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signe</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Hands: each symptom, week by week</source>
        <translation>Mains : chaque symptôme, semaine par semaine</translation>
    </message>
    <message>
        <source>Feet: each symptom, week by week</source>
        <translation>Pieds : chaque symptôme, semaine par semaine</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Worst day of the period</source>
        <translation>Pire jour de la période</translation>
    </message>
    <message>
        <source>Warning signs and each symptom</source>
        <translation>Signes d’alerte et chaque symptôme</translation>
    </message>
    <message>
        <source>Scores 0–10 as rated by the patient (the day&apos;s highest over patient and caregiver entries). Each week&apos;s mean over its rated days; a dash: not rated that week. Weakness is rated on its own and is not part of the limb score.</source>
        <translation>Scores de 0 à 10 donnés par le patient (le plus élevé du jour parmi les saisies du patient et de l’aidant). Moyenne de chaque semaine sur ses jours notés ; un tiret : pas noté cette semaine-là. La faiblesse est notée à part et n’entre pas dans le score des mains ou des pieds.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1; emergency number: %2</source>
        <translation>%1 ; numéro d’urgence : %2</translation>
    </message>
    <message>
        <source>%1; treatment centre, 24 hours: %2</source>
        <translation>%1 ; centre de traitement, 24 h/24 : %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>commencé le %1</translation>
    </message>
    <message>
        <source>started %1 (first infusion)</source>
        <translation>commencé le %1 (première perfusion)</translation>
    </message>
    <message>
        <source>start not recorded</source>
        <translation>début non renseigné</translation>
    </message>
    <message>
        <source>last dose %1</source>
        <translation>dernière dose %1</translation>
    </message>
    <message>
        <source>day %1 after the CAR-T infusion at the period&apos;s end</source>
        <translation>jour %1 après la perfusion CAR-T à la fin de la période</translation>
    </message>
    <message>
        <source>day %1 of treatment at the period&apos;s end</source>
        <translation>jour %1 du traitement à la fin de la période</translation>
    </message>
    <message>
        <source>first flag of the period on day %1 after the infusion</source>
        <translation>première alerte de la période au jour %1 après la perfusion</translation>
    </message>
    <message>
        <source>first flag of the period on day %1 of treatment</source>
        <translation>première alerte de la période au jour %1 du traitement</translation>
    </message>
    <message>
        <source>Treatment: %1.</source>
        <translation>Traitement : %1.</translation>
    </message>
    <message>
        <source>diabetes</source>
        <translation>diabète</translation>
    </message>
    <message>
        <source>earlier nerve-damaging chemotherapy</source>
        <translation>chimiothérapie antérieure toxique pour les nerfs</translation>
    </message>
    <message>
        <source>steroids now</source>
        <translation>corticoïdes actuellement</translation>
    </message>
    <message>
        <source>nerve-pain medicines now</source>
        <translation>médicaments contre les douleurs nerveuses actuellement</translation>
    </message>
    <message>
        <source>regular alcohol</source>
        <translation>alcool régulièrement</translation>
    </message>
    <message>
        <source>Risk context (from the patient): %1.</source>
        <translation>Facteurs de risque (selon le patient) : %1.</translation>
    </message>
    <message>
        <source>%1 of %2 not yet</source>
        <translation>%1 sur %2 pas encore</translation>
    </message>
    <message>
        <source>No flags: the %1 checks ran over the %2 logged days of this period and none matched. No flag does not mean all is well: the patient is asked to call the care team whenever worried.</source>
        <translation>Aucune alerte : les %1 vérifications ont porté sur les %2 jours remplis de cette période et aucune ne s’est déclenchée. L’absence d’alerte ne veut pas dire que tout va bien : le patient est invité à appeler l’équipe soignante dès qu’il est inquiet.</translation>
    </message>
    <message>
        <source>%1 (%2). %3 Urgent first, then newest first; flags of one rule on one day share a line:</source>
        <translation>%1 (%2). %3 Les urgentes d’abord, puis les plus récentes ; les alertes d’une même règle le même jour partagent une ligne :</translation>
    </message>
    <message>
        <source>Urgent means: emergency services first, then the care team. %1.</source>
        <translation>Urgent signifie : d’abord les secours, ensuite l’équipe soignante. %1.</translation>
    </message>
    <message>
        <source>see the flags with their numbers</source>
        <translation>voir les alertes avec leurs chiffres</translation>
    </message>
    <message>
        <source>Flags not shown here (none of them urgent): %1. Every flag of the period is listed with its numbers on page %2.</source>
        <translation>Alertes non affichées ici (aucune n’est urgente) : %1. Chaque alerte de la période figure avec ses chiffres en page %2.</translation>
    </message>
    <message>
        <source>Flags not shown here (none of them urgent): %1.</source>
        <translation>Alertes non affichées ici (aucune n’est urgente) : %1.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Saved the report (%1 pages) to %2.</source>
        <translation>Rapport enregistré (%1 pages) dans %2.</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 pages envoyées à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Impression arrêtée.</translation>
    </message>
</context>
<context>
    <name>SelfCareGuide</name>
    <message>
        <source>Early symptoms</source>
        <translation>Premiers symptômes</translation>
    </message>
    <message>
        <source>Pins and needles, numbness, burning or pain in the fingers or toes.</source>
        <translation>Picotements, engourdissement, brûlure ou douleur dans les doigts ou les orteils.</translation>
    </message>
    <message>
        <source>Tell your care team about changes early, even small ones.</source>
        <translation>Signalez tôt les changements à votre équipe soignante, même les petits.</translation>
    </message>
    <message>
        <source>Keep moving with gentle exercise such as short walks or stretching: it helps circulation.</source>
        <translation>Continuez à bouger avec une activité douce, comme de courtes marches ou des étirements&#xa0;: cela aide la circulation.</translation>
    </message>
    <message>
        <source>Keep logging every day so changes show up clearly.</source>
        <translation>Continuez à remplir votre journal chaque jour pour que les changements apparaissent clairement.</translation>
    </message>
    <message>
        <source>Changes in what you can do</source>
        <translation>Changements dans ce que vous pouvez faire</translation>
    </message>
    <message>
        <source>Buttons, writing, typing or holding things getting harder; walking or balance getting worse; not feeling the ground under your feet.</source>
        <translation>Boutonner, écrire, taper au clavier ou tenir des objets devient plus difficile&#xa0;; la marche ou l&apos;équilibre se dégradent&#xa0;; vous ne sentez plus le sol sous vos pieds.</translation>
    </message>
    <message>
        <source>Ask about aids that make grip and dressing easier, and about physical therapy.</source>
        <translation>Renseignez-vous sur les aides techniques qui facilitent la prise en main et l&apos;habillage, et sur la kinésithérapie.</translation>
    </message>
    <message>
        <source>Wear supportive shoes with non-slip soles, indoors too.</source>
        <translation>Portez des chaussures qui maintiennent bien le pied, à semelles antidérapantes, même à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Make your home safer against falls (see the safety tips).</source>
        <translation>Rendez votre logement plus sûr contre les chutes (voir les conseils de sécurité).</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Confort</translation>
    </message>
    <message>
        <source>Hands and feet that are very sensitive to cold.</source>
        <translation>Mains et pieds très sensibles au froid.</translation>
    </message>
    <message>
        <source>Wear gloves and warm socks when it is cold.</source>
        <translation>Portez des gants et des chaussettes chaudes quand il fait froid.</translation>
    </message>
    <message>
        <source>Avoid alcohol; it can add stress to nerves.</source>
        <translation>Évitez l&apos;alcool&#xa0;; il peut fragiliser davantage les nerfs.</translation>
    </message>
    <message>
        <source>If you smoke, ask your care team for help to stop.</source>
        <translation>Si vous fumez, demandez de l&apos;aide à votre équipe soignante pour arrêter.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Burns, cuts or blisters you may not feel because of numbness.</source>
        <translation>Brûlures, coupures ou ampoules que vous pourriez ne pas sentir à cause de l&apos;engourdissement.</translation>
    </message>
    <message>
        <source>Check the water temperature with your elbow or a thermometer before washing or bathing.</source>
        <translation>Vérifiez la température de l&apos;eau avec votre coude ou un thermomètre avant de vous laver ou de prendre un bain.</translation>
    </message>
    <message>
        <source>Use oven gloves, and be careful with heating pads and hot-water bottles.</source>
        <translation>Utilisez des gants de cuisine, et faites attention aux coussins chauffants et aux bouillottes.</translation>
    </message>
    <message>
        <source>Look at your feet every day for blisters, cuts or redness.</source>
        <translation>Regardez vos pieds chaque jour pour repérer ampoules, coupures ou rougeurs.</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Aide médicale</translation>
    </message>
    <message>
        <source>Symptoms that get worse or spread to new places.</source>
        <translation>Des symptômes qui s&apos;aggravent ou s&apos;étendent à de nouveaux endroits.</translation>
    </message>
    <message>
        <source>Contact your care team: they can grade the problem and may adjust your treatment.</source>
        <translation>Contactez votre équipe soignante&#xa0;: elle peut évaluer le grade du problème et, si besoin, adapter votre traitement.</translation>
    </message>
    <message>
        <source>Ask about medicines for nerve pain, burning or tingling.</source>
        <translation>Renseignez-vous sur les médicaments contre les douleurs nerveuses, la brûlure ou les fourmillements.</translation>
    </message>
    <message>
        <source>Ask whether physical or occupational therapy would help.</source>
        <translation>Demandez si la kinésithérapie ou l&apos;ergothérapie pourrait vous aider.</translation>
    </message>
    <message>
        <source>Use night lights on the way to the bathroom.</source>
        <translation>Utilisez des veilleuses sur le chemin de la salle de bain.</translation>
    </message>
    <message>
        <source>Put non-slip mats in the bath and shower.</source>
        <translation>Posez des tapis antidérapants dans la baignoire et la douche.</translation>
    </message>
    <message>
        <source>Use handrails on stairs and in the bathroom.</source>
        <translation>Utilisez les rampes dans les escaliers et des barres d&apos;appui dans la salle de bain.</translation>
    </message>
    <message>
        <source>Keep floors clear of loose rugs, cables and clutter.</source>
        <translation>Dégagez le sol&#xa0;: pas de tapis qui glissent, de câbles ni d&apos;objets qui traînent.</translation>
    </message>
    <message>
        <source>Look at your feet every day for injuries you may not feel.</source>
        <translation>Regardez vos pieds chaque jour pour repérer les blessures que vous pourriez ne pas sentir.</translation>
    </message>
    <message>
        <source>Managing Your Immunotherapy Side Effects</source>
        <translation>Managing Your Immunotherapy Side Effects</translation>
    </message>
    <message>
        <source>Memorial Sloan Kettering Cancer Center (mskcc.org)</source>
        <translation>Memorial Sloan Kettering Cancer Center (mskcc.org)</translation>
    </message>
    <message>
        <source>CAR-T cell therapy</source>
        <translation>CAR-T cell therapy</translation>
    </message>
    <message>
        <source>Mayo Clinic (mayoclinic.org)</source>
        <translation>Mayo Clinic (mayoclinic.org)</translation>
    </message>
    <message>
        <source>Anti-cancer drug induced peripheral neuropathy (guideline 1743)</source>
        <translation>Anti-cancer drug induced peripheral neuropathy (guideline 1743)</translation>
    </message>
    <message>
        <source>eviQ (eviq.org.au)</source>
        <translation>eviQ (eviq.org.au)</translation>
    </message>
    <message>
        <source>Management of immune-related adverse events in patients treated with immune checkpoint inhibitor therapy</source>
        <translation>Management of immune-related adverse events in patients treated with immune checkpoint inhibitor therapy</translation>
    </message>
    <message>
        <source>American Society of Clinical Oncology (ASCO) guideline</source>
        <translation>Recommandation de l&apos;American Society of Clinical Oncology (ASCO)</translation>
    </message>
    <message>
        <source>A patient-kept diary with estimates, not a diagnosis: the care team assesses and grades symptoms.</source>
        <translation>Un journal tenu par le patient, avec des estimations, pas un diagnostic&#xa0;: c&apos;est l&apos;équipe soignante qui évalue les symptômes et leur attribue un grade.</translation>
    </message>
    <message>
        <source>Acupuncture may ease symptoms for some people: ask your care team first, especially if your blood counts are low.</source>
        <translation>L’acupuncture peut soulager certaines personnes : demandez d’abord à votre équipe soignante, surtout si vos globules sont bas.</translation>
    </message>
    <message>
        <source>Keep the skin of hands and feet moisturised so it does not crack, but not between the toes: keep that skin dry.</source>
        <translation>Hydratez la peau des mains et des pieds pour qu’elle ne se fendille pas, mais pas entre les orteils : gardez cette peau sèche.</translation>
    </message>
    <message>
        <source>Never walk barefoot, indoors too.</source>
        <translation>Ne marchez jamais pieds nus, même à l’intérieur.</translation>
    </message>
    <message>
        <source>Feel inside your shoes before you put them on: a stone or a seam you cannot feel can hurt your foot.</source>
        <translation>Tâtez l’intérieur de vos chaussures avant de les mettre : un caillou ou une couture que vous ne sentez pas peut blesser le pied.</translation>
    </message>
    <message>
        <source>Wear shoes or slippers, never walk barefoot, and feel inside your shoes before you put them on.</source>
        <translation>Portez des chaussures ou des chaussons, ne marchez jamais pieds nus et tâtez l’intérieur de vos chaussures avant de les mettre.</translation>
    </message>
    <message>
        <source>Trouble breathing or swallowing, a seizure, being very sleepy or hard to wake, sudden confusion, new weakness of the face, or weakness that spreads over hours or days: call your emergency number now, or go to the emergency department, and do not drive yourself. Then tell your care team. Do not wait for an appointment.</source>
        <translation>Difficulté à respirer ou à avaler, crise convulsive, somnolence forte ou réveil difficile, confusion soudaine, nouvelle faiblesse du visage, ou faiblesse qui s’étend en quelques heures ou jours : appelez maintenant votre numéro d’urgence ou allez aux urgences, et ne conduisez pas vous-même. Prévenez ensuite votre équipe soignante. N’attendez pas un rendez-vous.</translation>
    </message>
</context>
<context>
    <name>SetBaselineCommand</name>
    <message>
        <source>Set the days that count as your usual state (the baseline).</source>
        <translation>Définir les jours qui comptent comme votre état habituel (la référence).</translation>
    </message>
    <message>
        <source>First day of the baseline.</source>
        <translation>Premier jour de la référence.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day of the baseline.</source>
        <translation>Dernier jour de la référence.</translation>
    </message>
    <message>
        <source>set-baseline needs --from DATE and --to DATE</source>
        <translation>set-baseline nécessite --from DATE et --to DATE</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from ne doit pas être après --to</translation>
    </message>
    <message>
        <source>Baseline set to %1 – %2.</source>
        <translation>Référence définie&#xa0;: %1 – %2.</translation>
    </message>
</context>
<context>
    <name>UrgentAdvice</name>
    <message>
        <source>Call your emergency number now</source>
        <translation>Appelez maintenant votre numéro d’urgence</translation>
    </message>
    <message>
        <source>Call %1 now</source>
        <translation>Appelez le %1 maintenant</translation>
    </message>
    <message>
        <source>Call your emergency number now, or go to the emergency department. Do not drive yourself.</source>
        <translation>Appelez maintenant votre numéro d’urgence ou allez aux urgences. Ne conduisez pas vous-même.</translation>
    </message>
    <message>
        <source>Call your emergency number %1 now, or go to the emergency department. Do not drive yourself.</source>
        <translation>Appelez maintenant le numéro d’urgence %1 ou allez aux urgences. Ne conduisez pas vous-même.</translation>
    </message>
    <message>
        <source>After CAR-T, also call your treatment centre&apos;s 24-hour line.</source>
        <translation>Après un CAR-T, appelez aussi la ligne 24 h/24 de votre centre de traitement.</translation>
    </message>
    <message>
        <source>After CAR-T, also call your treatment centre&apos;s 24-hour line: %1.</source>
        <translation>Après un CAR-T, appelez aussi la ligne 24 h/24 de votre centre de traitement : %1.</translation>
    </message>
    <message>
        <source>Stay close to your treatment centre, and do not drive for as many weeks as your team told you.</source>
        <translation>Restez près de votre centre de traitement et ne conduisez pas pendant le nombre de semaines indiqué par votre équipe.</translation>
    </message>
    <message>
        <source>Then tell your care team.</source>
        <translation>Prévenez ensuite votre équipe soignante.</translation>
    </message>
    <message>
        <source>Then tell your care team: %1.</source>
        <translation>Prévenez ensuite votre équipe soignante : %1.</translation>
    </message>
    <message>
        <source>Marked: %1. This sign needs help at once, even if it seems to pass.</source>
        <translation>Coché : %1. Ce signe demande de l’aide immédiatement, même s’il semble passer.</translation>
    </message>
    <message>
        <source>Marked: %1. Each of these signs needs help at once, even if it seems to pass.</source>
        <translation>Coché : %1. Chacun de ces signes demande de l’aide immédiatement, même s’il semble passer.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Emergency number: not saved (add it in Settings)</source>
        <translation>Numéro d’urgence : non enregistré (ajoutez-le dans les Paramètres)</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Numéro d’urgence : %1</translation>
    </message>
    <message>
        <source>Care team: not saved (add it in Settings)</source>
        <translation>Équipe soignante : non enregistrée (ajoutez-la dans les Paramètres)</translation>
    </message>
    <message>
        <source>Care team: %1</source>
        <translation>Équipe soignante : %1</translation>
    </message>
    <message>
        <source>Treatment centre, 24 hours: not saved (add it in Settings)</source>
        <translation>Centre de traitement, 24 h/24 : non enregistré (ajoutez-le dans les Paramètres)</translation>
    </message>
    <message>
        <source>Treatment centre, 24 hours: %1</source>
        <translation>Centre de traitement, 24 h/24 : %1</translation>
    </message>
</context>
<context>
    <name>ValueWords</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>unable</source>
        <translation>impossible</translation>
    </message>
    <message>
        <source>blister</source>
        <translation>ampoule</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>coupure</translation>
    </message>
    <message>
        <source>burn</source>
        <translation>brûlure</translation>
    </message>
    <message>
        <source>redness</source>
        <translation>rougeur</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Engourdissement</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Fourmillements</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Brûlure</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Cold sensitivity</source>
        <translation>Sensibilité au froid</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Faiblesse</translation>
    </message>
</context>
<context>
    <name>WindowDiaryOpener</name>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>La sauvegarde du jour n&apos;a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup could not be brought back: %1</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The diary cannot be read at all: %1</source>
        <translation>Le journal ne peut pas être lu du tout&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>Open a generated demo diary.</source>
        <translation>Ouvrir un journal de démonstration généré.</translation>
    </message>
    <message>
        <source>NerveDiary</source>
        <translation>NerveDiary</translation>
    </message>
    <message>
        <source>A private diary for nerve symptoms during cancer immunotherapy.
Commands: demo, import-csv, export-csv, set-baseline, flags, grades, export-pdf, export-fhir, check, backup (nervediary COMMAND --help).</source>
        <translation>Un journal privé des symptômes nerveux pendant une immunothérapie contre le cancer.
Commandes&#xa0;: demo, import-csv, export-csv, set-baseline, flags, grades, export-pdf, export-fhir, check, backup (nervediary COMMANDE --help).</translation>
    </message>
    <message>
        <source>Open the Today page on this day (YYYY-MM-DD).</source>
        <translation>Ouvrir la page Aujourd&apos;hui à ce jour (AAAA-MM-JJ).</translation>
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
        <translation>À propos de NerveDiary</translation>
    </message>
    <message>
        <source>NerveDiary</source>
        <translation>NerveDiary</translation>
    </message>
    <message>
        <source>Version %1 · a private diary for nerve symptoms during cancer immunotherapy</source>
        <translation>Version %1 · un journal privé des symptômes nerveux pendant une immunothérapie contre le cancer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>nd::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Set a new baseline from today…</source>
        <translation>Définir une nouvelle référence à ce jour…</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Discutée</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Flags that need attention: %1. Read what each one means, tell your care team, then mark it as discussed. A flag stays here for %2 days or until it is marked.</source>
        <translation>Alertes qui demandent votre attention&#xa0;: %1. Lisez ce que chacune signifie, prévenez votre équipe soignante, puis marquez-la comme discutée. Une alerte reste ici pendant %2 jours ou jusqu&apos;à ce qu&apos;elle soit marquée.</translation>
    </message>
    <message>
        <source>Baseline in use: %1 to %2 (the first week of the diary).</source>
        <translation>Référence utilisée&#xa0;: du %1 au %2 (la première semaine du journal).</translation>
    </message>
    <message>
        <source>Baseline in use: %1 to %2 (set by you).</source>
        <translation>Référence utilisée&#xa0;: du %1 au %2 (choisie par vous).</translation>
    </message>
    <message>
        <source>No baseline yet: the first week you log becomes it.</source>
        <translation>Pas encore de référence&#xa0;: la première semaine que vous remplirez servira de référence.</translation>
    </message>
    <message>
        <source>Need attention (%1)</source>
        <translation>À traiter (%1)</translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation>Précédentes (%1)</translation>
    </message>
    <message>
        <source>The mark could not be saved: %1</source>
        <translation>La mention «&#xa0;discutée&#xa0;» n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The mark could not be removed: %1</source>
        <translation>La mention «&#xa0;discutée&#xa0;» n&apos;a pas pu être retirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new baseline could not be saved: %1</source>
        <translation>La nouvelle référence n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 not yet</source>
        <translation>%1 sur %2 pas encore</translation>
    </message>
    <message numerus="yes">
        <source>No flags. The %1 checks ran over %n logged day(s) and none of them matched. That does not mean all is well: call your care team whenever you are worried, and keep logging every day.</source>
        <translation>
            <numerusform>Aucune alerte. Les %1 vérifications ont porté sur %n jour rempli et aucune ne s’est déclenchée. Cela ne veut pas dire que tout va bien : appelez votre équipe soignante dès que vous êtes inquiet, et continuez à remplir votre journal chaque jour.</numerusform>
            <numerusform>Aucune alerte. Les %1 vérifications ont porté sur %n jours remplis et aucune ne s’est déclenchée. Cela ne veut pas dire que tout va bien : appelez votre équipe soignante dès que vous êtes inquiet, et continuez à remplir votre journal chaque jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>No active flags. Earlier flags are listed below. Call your care team whenever you are worried, flag or not.</source>
        <translation>Aucune alerte active. Les alertes précédentes sont listées plus bas. Appelez votre équipe soignante dès que vous êtes inquiet, avec ou sans alerte.</translation>
    </message>
</context>
<context>
    <name>nd::AuthorSwitch</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Aidant</translation>
    </message>
    <message>
        <source>The patient is logging</source>
        <translation>C&apos;est le patient qui remplit le journal</translation>
    </message>
    <message>
        <source>A caregiver is logging</source>
        <translation>C&apos;est un aidant qui remplit le journal</translation>
    </message>
</context>
<context>
    <name>nd::BackupsDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>NerveDiary copies your diary once a day and before every update of its format. The last 7 days and 4 weeks are kept in %1. Choose a copy to bring your diary back to how it was then; the diary as it is now is kept as a copy first.</source>
        <translation>NerveDiary copie votre journal une fois par jour et avant chaque mise à jour de son format. Les copies des 7 derniers jours et des 4 dernières semaines sont conservées dans %1. Choisissez une copie pour ramener votre journal à son état de ce moment-là&#xa0;; le journal tel qu&apos;il est maintenant est d&apos;abord conservé en copie.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Faire une sauvegarde maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <source>There are no backups yet. The first is made on the first day the diary has entries.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde. La première est faite le premier jour où le journal contient des entrées.</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Aucune sauvegarde n&apos;a été faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation>Une sauvegarde a été faite.</translation>
    </message>
    <message numerus="yes">
        <source>Bring the diary back to the backup of %1 (%n entries)?

The diary as it is now is kept as a backup first, so you can change your mind.</source>
        <translation>
            <numerusform>Ramener le journal à la sauvegarde du %1 (%n entrée)&#xa0;?

Le journal tel qu&apos;il est maintenant est d&apos;abord conservé comme sauvegarde&#xa0;: vous pourrez donc changer d&apos;avis.</numerusform>
            <numerusform>Ramener le journal à la sauvegarde du %1 (%n entrées)&#xa0;?

Le journal tel qu&apos;il est maintenant est d&apos;abord conservé comme sauvegarde&#xa0;: vous pourrez donc changer d&apos;avis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n&apos;a pas été restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The diary now holds the backup of %1. The diary as it was is the newest backup in the list.</source>
        <translation>Le journal contient maintenant la sauvegarde du %1. Le journal tel qu&apos;il était est la sauvegarde la plus récente de la liste.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
</context>
<context>
    <name>nd::BodyMap</name>
    <message>
        <source>Left hand</source>
        <translation>Main gauche</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Main droite</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pied gauche</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pied droit</translation>
    </message>
    <message>
        <source>Left fingertips</source>
        <translation>Bout des doigts (main gauche)</translation>
    </message>
    <message>
        <source>Right fingertips</source>
        <translation>Bout des doigts (main droite)</translation>
    </message>
    <message>
        <source>Left fingers</source>
        <translation>Doigts (main gauche)</translation>
    </message>
    <message>
        <source>Right fingers</source>
        <translation>Doigts (main droite)</translation>
    </message>
    <message>
        <source>Left wrist</source>
        <translation>Poignet gauche</translation>
    </message>
    <message>
        <source>Right wrist</source>
        <translation>Poignet droit</translation>
    </message>
    <message>
        <source>Left toes</source>
        <translation>Orteils (pied gauche)</translation>
    </message>
    <message>
        <source>Right toes</source>
        <translation>Orteils (pied droit)</translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation>Cheville gauche</translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation>Cheville droite</translation>
    </message>
    <message>
        <source>Left lower leg</source>
        <translation>Bas de la jambe gauche</translation>
    </message>
    <message>
        <source>Right lower leg</source>
        <translation>Bas de la jambe droite</translation>
    </message>
    <message>
        <source>Nothing marked</source>
        <translation>Rien de marqué</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Left forearm</source>
        <translation>Avant-bras gauche</translation>
    </message>
    <message>
        <source>Right forearm</source>
        <translation>Avant-bras droit</translation>
    </message>
    <message>
        <source>Left upper arm</source>
        <translation>Haut du bras gauche</translation>
    </message>
    <message>
        <source>Right upper arm</source>
        <translation>Haut du bras droit</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Cuisse gauche</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Cuisse droite</translation>
    </message>
</context>
<context>
    <name>nd::CollapsibleSection</name>
    <message>
        <source>Shown; press to fold away</source>
        <translation>Affichée&#xa0;; appuyez pour la replier</translation>
    </message>
    <message>
        <source>Folded; press to show</source>
        <translation>Repliée&#xa0;; appuyez pour l&apos;afficher</translation>
    </message>
    <message>
        <source>Fold this section away</source>
        <translation>Replier cette section</translation>
    </message>
    <message>
        <source>Show this section</source>
        <translation>Afficher cette section</translation>
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
        <translation>Le fichier du journal est endommagé</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your diary file cannot be opened normally: part of it is damaged.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;NerveDiary has not changed the file and will not write to it. It is here:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre fichier de journal ne peut pas être ouvert normalement&#xa0;: une partie est endommagée.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;NerveDiary n&apos;a pas modifié le fichier et n&apos;y écrira pas. Il se trouve ici&#xa0;:&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The newest good backup is from %1 and holds %n entries. Entries made after it would have to be typed again. The damaged file is kept as a copy in the backups folder.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;La sauvegarde valide la plus récente date du %1 et contient %n entrée. Les entrées faites après elle devront être saisies à nouveau. Le fichier endommagé est conservé comme copie dans le dossier des sauvegardes.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;La sauvegarde valide la plus récente date du %1 et contient %n entrées. Les entrées faites après elle devront être saisies à nouveau. Le fichier endommagé est conservé comme copie dans le dossier des sauvegardes.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no good backup to bring back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il n&apos;y a aucune sauvegarde valide à restaurer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can also open the diary read-only and export what can still be read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vous pouvez aussi ouvrir le journal en lecture seule et exporter ce qui peut encore être lu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Bring back the newest good backup</source>
        <translation>&amp;Restaurer la sauvegarde valide la plus récente</translation>
    </message>
    <message>
        <source>&amp;Open read-only to export</source>
        <translation>&amp;Ouvrir en lecture seule pour exporter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>nd::DayPicker</name>
    <message>
        <source>Day being logged: %1. Press to choose another day.</source>
        <translation>Jour en cours de saisie&#xa0;: %1. Appuyez pour choisir un autre jour.</translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation>◀ Jour précédent</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Log the day before (Alt+Left)</source>
        <translation>Remplir le jour précédent (Alt+Flèche gauche)</translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation>Jour suivant ▶</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Log the day after (Alt+Right)</source>
        <translation>Remplir le jour suivant (Alt+Flèche droite)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Revenir à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>Revenir à aujourd&apos;hui (Alt+Début)</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>long date pattern for QLocale::toString</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>nd::DiaryCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Choisir le mois</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Choisir l&apos;année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Jours du mois</translation>
    </message>
</context>
<context>
    <name>nd::DiaryEditor</name>
    <message>
        <source>There is no entry for that day to delete.</source>
        <translation>Il n&apos;y a pas d&apos;entrée à supprimer pour ce jour.</translation>
    </message>
    <message>
        <source>That could not be undone or redone: %1</source>
        <translation>Impossible d&apos;annuler ou de rétablir cette action&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>nd::EmergencyContactsFields</name>
    <message>
        <source>Emergency number</source>
        <translation>Numéro d’urgence</translation>
    </message>
    <message>
        <source>Treatment centre&apos;s 24-hour line (CAR-T)</source>
        <translation>Ligne 24 h/24 du centre de traitement (CAR-T)</translation>
    </message>
    <message>
        <source>Called first when a warning sign appears, before your care team. Filled in from your country where known; check it.</source>
        <translation>À appeler en premier face à un signe d’alerte, avant votre équipe soignante. Prérempli selon votre pays quand il est connu ; vérifiez-le.</translation>
    </message>
    <message>
        <source>Treatment centre, 24 hours</source>
        <translation>Centre de traitement, 24 h/24</translation>
    </message>
    <message>
        <source>Only after CAR-T: the centre&apos;s line that answers day and night. Named in every urgent advice.</source>
        <translation>Seulement après un CAR-T : la ligne du centre qui répond jour et nuit. Elle figure dans chaque conseil urgent.</translation>
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
        <translation>Moins&#xa0;: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Plus&#xa0;: %1</translation>
    </message>
    <message>
        <source>How your hands and feet feel</source>
        <translation>Ce que ressentent vos mains et vos pieds</translation>
    </message>
    <message>
        <source>0 means not at all, 10 the worst you can imagine. Leave a line on &quot;Not rated&quot; if you are not sure.</source>
        <translation>0 signifie pas du tout, 10 le pire que vous puissiez imaginer. En cas de doute, laissez une ligne sur «&#xa0;Non évalué&#xa0;».</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Mains</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pieds</translation>
    </message>
    <message>
        <source>Where do you feel it?</source>
        <translation>Où le ressentez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Click the places, or use the arrow keys and press Space to mark or unmark.</source>
        <translation>Cliquez sur les zones, ou utilisez les flèches du clavier et appuyez sur Espace pour marquer ou enlever la marque.</translation>
    </message>
    <message>
        <source>Where you feel it: hands and feet</source>
        <translation>Où vous le ressentez&#xa0;: mains et pieds</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>Tâches quotidiennes</translation>
    </message>
    <message>
        <source>How hard was each of these today?</source>
        <translation>Quelle a été la difficulté de chacune de ces tâches aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Falls and near falls</source>
        <translation>Chutes et quasi-chutes</translation>
    </message>
    <message>
        <source>Skin and home safety</source>
        <translation>Peau et sécurité à la maison</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Habitudes</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>None of these today</source>
        <translation>Aucun aujourd&apos;hui</translation>
    </message>
    <message>
        <source>None of these warning signs today</source>
        <translation>Aucun de ces signes d&apos;alerte aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anything else: what helped, what made it worse, questions for your care team.</source>
        <translation>Autre chose&#xa0;: ce qui a aidé, ce qui a aggravé les choses, vos questions pour votre équipe soignante.</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1 sur %2 évalués</translation>
    </message>
    <message>
        <source>falls: %1, near falls: %2</source>
        <translation>chutes&#xa0;: %1, quasi-chutes&#xa0;: %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 réponses sur %2</translation>
    </message>
    <message>
        <source>MARKED: %1</source>
        <translation>COCHÉ&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>written</source>
        <translation>rédigée</translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation>Zones marquées&#xa0;: %1</translation>
    </message>
    <message>
        <source>How their hands and feet seem</source>
        <translation>Comment vont les mains et les pieds de la personne</translation>
    </message>
    <message>
        <source>Rate what you see and what they tell you: 0 means not at all, 10 the worst imaginable. Leave a line on &quot;Not rated&quot; if you are not sure.</source>
        <translation>Évaluez ce que vous voyez et ce que la personne vous dit&#xa0;: 0 signifie pas du tout, 10 le pire imaginable. En cas de doute, laissez une ligne sur «&#xa0;Non évalué&#xa0;».</translation>
    </message>
    <message>
        <source>Where do they feel it?</source>
        <translation>Où la personne le ressent-elle&#xa0;?</translation>
    </message>
    <message>
        <source>Where they feel it: hands and feet</source>
        <translation>Où la personne le ressent&#xa0;: mains et pieds</translation>
    </message>
    <message>
        <source>Anything else: what you noticed, what helped, questions for their care team.</source>
        <translation>Autre chose&#xa0;: ce que vous avez remarqué, ce qui a aidé, vos questions pour son équipe soignante.</translation>
    </message>
    <message>
        <source>Numb skin gives no warning. A quick look and a few habits prevent burns and falls.</source>
        <translation>Une peau engourdie ne prévient pas. Un coup d&apos;œil rapide et quelques habitudes évitent brûlures et chutes.</translation>
    </message>
    <message>
        <source>Thinking and speech</source>
        <translation>Pensée et parole</translation>
    </message>
    <message>
        <source>Eyes and face</source>
        <translation>Yeux et visage</translation>
    </message>
    <message>
        <source>Swallowing, breathing and chest</source>
        <translation>Avaler, respirer et poitrine</translation>
    </message>
    <message>
        <source>Body and bladder</source>
        <translation>Corps et vessie</translation>
    </message>
    <message>
        <source>&lt;b&gt;These need help at once.&lt;/b&gt; If one of them happens, call your emergency number now, then tell their care team. Do not wait to write it down.</source>
        <translation>&lt;b&gt;Ces signes demandent de l&apos;aide tout de suite.&lt;/b&gt; Si l&apos;un d&apos;eux survient, appelez maintenant le numéro d&apos;urgence, puis prévenez son équipe soignante. N&apos;attendez pas de l&apos;avoir noté.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These need help at once.&lt;/b&gt; If one of them happens, call your emergency number now, then tell your care team. Do not wait to write it down.</source>
        <translation>&lt;b&gt;Ces signes demandent de l&apos;aide tout de suite.&lt;/b&gt; Si l&apos;un d&apos;eux survient, appelez maintenant le numéro d&apos;urgence, puis prévenez votre équipe soignante. N&apos;attendez pas de l&apos;avoir noté.</translation>
    </message>
</context>
<context>
    <name>nd::FhirExportAction</name>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation>Exporter au format &amp;FHIR…</translation>
    </message>
    <message>
        <source>Save the whole diary as a FHIR R4 file for health apps and patient records</source>
        <translation>Enregistrer tout le journal dans un fichier FHIR R4 pour les applications de santé et les dossiers médicaux</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>Exporter au format FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON FHIR (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved %1 entries, %2 treatment events, %3 flags and %4 daily grades to %5.</source>
        <translation>%1 entrées, %2 événements de traitement, %3 alertes et %4 grades quotidiens enregistrés dans %5.</translation>
    </message>
    <message>
        <source>The FHIR file was not saved: %1</source>
        <translation>Le fichier FHIR n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>nd::FirstRunDialog</name>
    <message>
        <source>Welcome to NerveDiary</source>
        <translation>Bienvenue dans NerveDiary</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Shown on the report for your care team</source>
        <translation>Affiché sur le rapport pour votre équipe soignante</translation>
    </message>
    <message>
        <source>Your treatment</source>
        <translation>Votre traitement</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number</source>
        <translation>Numéro de téléphone de votre équipe soignante</translation>
    </message>
    <message>
        <source>Shown with every advice to contact them</source>
        <translation>Affiché avec chaque conseil de la contacter</translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation>Téléphone de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>An entry made before this hour (say, late at night) counts for the day before.</source>
        <translation>Une entrée faite avant cette heure (par exemple tard dans la nuit) compte pour la veille.</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Une nouvelle journée commence à</translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation>Commencer mon journal</translation>
    </message>
    <message>
        <source>Look at a demo diary first</source>
        <translation>Voir d&apos;abord un journal de démonstration</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>NerveDiary keeps a private diary of how your hands and feet feel during treatment. It stays on this computer. A few short questions to start; you can change every answer later in Settings.</source>
        <translation>NerveDiary tient un journal privé de ce que ressentent vos mains et vos pieds pendant le traitement. Il reste sur cet ordinateur. Quelques petites questions pour commencer ; vous pourrez modifier chaque réponse plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>About your health (optional)</source>
        <translation>À propos de votre santé (facultatif)</translation>
    </message>
</context>
<context>
    <name>nd::FlagCard</name>
    <message>
        <source>Choose a flag in the list to read what it means and what you can do.</source>
        <translation>Choisissez une alerte dans la liste pour lire ce qu&apos;elle signifie et ce que vous pouvez faire.</translation>
    </message>
    <message>
        <source>What your diary shows</source>
        <translation>Ce que montre votre journal</translation>
    </message>
    <message>
        <source>What this check looks for</source>
        <translation>Ce que cette vérification recherche</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <source>Mark as discussed with care team…</source>
        <translation>Marquer comme discutée avec l&apos;équipe soignante…</translation>
    </message>
    <message>
        <source>Undo “discussed”</source>
        <translation>Annuler «&#xa0;discutée&#xa0;»</translation>
    </message>
    <message>
        <source>Discussed on</source>
        <translation>Discutée le</translation>
    </message>
    <message>
        <source>Note (optional), e.g. what the care team said</source>
        <translation>Note (facultative), par exemple ce qu&apos;a dit l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Noticed in the entry of %1</source>
        <translation>Relevée dans l&apos;entrée du %1</translation>
    </message>
    <message>
        <source>Self-care guide: %1</source>
        <translation>Guide pratique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not marked as discussed yet.</source>
        <translation>Pas encore marquée comme discutée.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Discussed with care team on %1</source>
        <translation>Discuté avec l’équipe soignante le %1</translation>
    </message>
    <message>
        <source>Discussed with care team on %1: %2</source>
        <translation>Discuté avec l’équipe soignante le %1 : %2</translation>
    </message>
    <message>
        <source>The others are not marked yet.</source>
        <translation>Les autres ne sont pas encore marquées.</translation>
    </message>
    <message>
        <source>Mark all as discussed with care team…</source>
        <translation>Marquer toutes comme discutées avec l’équipe soignante…</translation>
    </message>
</context>
<context>
    <name>nd::GuidePage</name>
    <message>
        <source>Self-care guide</source>
        <translation>Guide pratique</translation>
    </message>
    <message>
        <source>Everyday ways to cope with nerve symptoms and stay safe at home, and when to call your care team.</source>
        <translation>Des gestes du quotidien pour faire face aux symptômes nerveux et rester en sécurité à la maison, et quand appeler votre équipe soignante.</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>En cas d&apos;urgence</translation>
    </message>
    <message>
        <source>Home safety</source>
        <translation>Sécurité à la maison</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Watch for:</source>
        <translation>À surveiller&#xa0;:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Ce que vous pouvez faire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>nd::HistoryPage</name>
    <message>
        <source>Diary calendar</source>
        <translation>Calendrier du journal</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Entries of the month</source>
        <translation>Entrées du mois</translation>
    </message>
    <message>
        <source>Open in Today</source>
        <translation>Ouvrir dans Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Show this day in the Today page to read or change it (Enter)</source>
        <translation>Afficher ce jour dans la page Aujourd&apos;hui pour le lire ou le modifier (Entrée)</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <source>Delete the chosen entry (Delete). Ctrl+Z brings it back.</source>
        <translation>Supprimer l&apos;entrée choisie (Suppr). Ctrl+Z la fait revenir.</translation>
    </message>
    <message>
        <source>This month could not be read</source>
        <translation>Ce mois n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>%1: 1 entry</source>
        <translation>%1&#xa0;: 1 entrée</translation>
    </message>
    <message>
        <source>%1: %2 entries</source>
        <translation>%1&#xa0;: %2 entrées</translation>
    </message>
    <message>
        <source>Caregiver entry</source>
        <translation>Entrée de l&apos;aidant</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Nothing logged in this month.</source>
        <translation>Rien de noté ce mois-ci.</translation>
    </message>
    <message>
        <source>Nothing logged on %1</source>
        <translation>Rien de noté le %1</translation>
    </message>
    <message>
        <source>You can still log it now.</source>
        <translation>Vous pouvez encore le remplir maintenant.</translation>
    </message>
    <message>
        <source>Log this day</source>
        <translation>Remplir ce jour</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <source>the caregiver entry of %1</source>
        <translation>l&apos;entrée de l&apos;aidant du %1</translation>
    </message>
    <message>
        <source>the entry of %1</source>
        <translation>l&apos;entrée du %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Vous avez supprimé %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo brings back %1.</source>
        <translation>« Annuler » rétablit %1.</translation>
    </message>
    <message>
        <source>%1 Undo again brings back the earlier ones too: %2.</source>
        <translation>%1 Annuler encore rétablit aussi les précédentes : %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>Undo: bring back %1</source>
        <translation>Annuler : rétablir %1</translation>
    </message>
    <message>
        <source>Hands and Feet: the strongest of the six symptoms that day, from 0 (none) to 10 (worst).</source>
        <translation>Mains et pieds : le plus fort des six symptômes ce jour-là, de 0 (aucun) à 10 (le pire).</translation>
    </message>
    <message>
        <source>● logged</source>
        <translation>● noté</translation>
    </message>
    <message>
        <source>○ caregiver also wrote</source>
        <translation>○ l&apos;aidant a aussi écrit</translation>
    </message>
    <message>
        <source>▲ a flag for the care team</source>
        <translation>▲ une alerte pour l&apos;équipe soignante</translation>
    </message>
</context>
<context>
    <name>nd::InsightPages</name>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Self-care guide</source>
        <translation>Guide pratique</translation>
    </message>
</context>
<context>
    <name>nd::IntendedUseView</name>
    <message>
        <source>What NerveDiary is</source>
        <translation>Ce qu&apos;est NerveDiary</translation>
    </message>
    <message>
        <source>A personal diary for people whose nerves may be affected by cancer immunotherapy, and for the people who care for them. You record how your hands and feet feel, what has become harder, falls, skin problems and warning signs.</source>
        <translation>Un journal personnel pour les personnes dont les nerfs peuvent être touchés par une immunothérapie contre le cancer, et pour les personnes qui s&apos;occupent d&apos;elles. Vous y notez ce que ressentent vos mains et vos pieds, ce qui est devenu plus difficile, les chutes, les problèmes de peau et les signes d&apos;alerte.</translation>
    </message>
    <message>
        <source>NerveDiary compares your entries with the situations that published patient guidance asks people to report to their care team, and shows a note when your entries match one of them:</source>
        <translation>NerveDiary compare vos entrées aux situations que les recommandations publiées pour les patients demandent de signaler à l&apos;équipe soignante, et affiche un message quand vos entrées correspondent à l&apos;une d&apos;elles&#xa0;:</translation>
    </message>
    <message>
        <source>tingling or numbness that gets worse, or spreads to new places;</source>
        <translation>des fourmillements ou un engourdissement qui s&apos;aggravent ou s&apos;étendent à de nouveaux endroits&#xa0;;</translation>
    </message>
    <message>
        <source>daily tasks such as grasping, buttoning or typing that become newly difficult;</source>
        <translation>des tâches quotidiennes, comme saisir un objet, boutonner ou taper au clavier, qui deviennent difficiles&#xa0;;</translation>
    </message>
    <message>
        <source>trouble walking, keeping your balance or feeling the ground;</source>
        <translation>des difficultés à marcher, à garder l&apos;équilibre ou à sentir le sol&#xa0;;</translation>
    </message>
    <message>
        <source>a fall, a skin injury you found, or a warning sign.</source>
        <translation>une chute, une blessure de la peau que vous avez constatée, ou un signe d&apos;alerte.</translation>
    </message>
    <message>
        <source>What NerveDiary is not</source>
        <translation>Ce que NerveDiary n&apos;est pas</translation>
    </message>
    <message>
        <source>Not a diagnosis. It cannot tell what causes your symptoms or how serious they are. It is not a medical device.</source>
        <translation>Pas un diagnostic. Il ne peut pas dire ce qui cause vos symptômes ni quelle est leur gravité. Ce n&apos;est pas un dispositif médical.</translation>
    </message>
    <message>
        <source>Not a substitute for your care team. A missing note does not mean all is well: contact your care team whenever you are worried. Never start, stop or change a treatment because of what the app shows.</source>
        <translation>Pas un substitut à votre équipe soignante. L&apos;absence de message ne veut pas dire que tout va bien&#xa0;: contactez votre équipe soignante chaque fois que quelque chose vous inquiète. Ne commencez, n&apos;arrêtez ni ne modifiez jamais un traitement à cause de ce qu&apos;affiche l&apos;application.</translation>
    </message>
    <message>
        <source>Not monitored by anyone. Nobody else sees your entries or the notes; the app sends nothing anywhere. If something should be reported, you or your caregiver must tell your care team.</source>
        <translation>Pas de surveillance par quelqu&apos;un d&apos;autre. Personne d&apos;autre ne voit vos entrées ni les messages&#xa0;; l&apos;application n&apos;envoie rien nulle part. Si quelque chose doit être signalé, c&apos;est à vous ou à votre aidant de prévenir votre équipe soignante.</translation>
    </message>
    <message>
        <source>The estimated grade is not the official grade: only your care team grades side effects.</source>
        <translation>Le grade estimé n&apos;est pas le grade officiel&#xa0;: seule votre équipe soignante attribue un grade aux effets indésirables.</translation>
    </message>
    <message>
        <source>Where the rules come from</source>
        <translation>D&apos;où viennent les règles</translation>
    </message>
    <message>
        <source>The situations above follow a patient information article on numbness during immunotherapy, which draws on these sources:</source>
        <translation>Les situations ci-dessus suivent un article d&apos;information pour les patients sur l&apos;engourdissement pendant l&apos;immunothérapie, qui s&apos;appuie sur les sources suivantes&#xa0;:</translation>
    </message>
    <message>
        <source>The exact thresholds, such as &quot;2 points above your usual level&quot;, are NerveDiary&apos;s own choices so that the guidance can be checked the same way every day. They are not taken from these sources and have not been tested in a clinical study.</source>
        <translation>Les seuils exacts, comme «&#xa0;2 points au-dessus de votre niveau habituel&#xa0;», sont des choix propres à NerveDiary, pour que les recommandations puissent être vérifiées de la même façon chaque jour. Ils ne viennent pas de ces sources et n&apos;ont pas été testés dans une étude clinique.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>The diary is a file on this computer that only you can read. The app makes no network connections. Reports and exports are written only where you choose.</source>
        <translation>Le journal est un fichier sur cet ordinateur, lisible uniquement par vous. L&apos;application ne fait aucune connexion réseau. Les rapports et les exports ne sont écrits qu&apos;à l&apos;endroit que vous choisissez.</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>En cas d&apos;urgence</translation>
    </message>
    <message>
        <source>About NerveDiary: intended use</source>
        <translation>À propos de NerveDiary&#xa0;: usage prévu</translation>
    </message>
</context>
<context>
    <name>nd::LegendToggle</name>
    <message>
        <source>Shows or hides this line on the chart</source>
        <translation>Affiche ou masque cette courbe sur le graphique</translation>
    </message>
</context>
<context>
    <name>nd::LevelPicker</name>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>None: no trouble</source>
        <translation>Aucune&#xa0;: pas de difficulté</translation>
    </message>
    <message>
        <source>Mild: a little harder than usual</source>
        <translation>Légère&#xa0;: un peu plus difficile que d&apos;habitude</translation>
    </message>
    <message>
        <source>Moderate: clearly harder, takes longer</source>
        <translation>Modérée&#xa0;: nettement plus difficile, prend plus de temps</translation>
    </message>
    <message>
        <source>Severe: only with great effort or help</source>
        <translation>Sévère&#xa0;: seulement avec un gros effort ou de l&apos;aide</translation>
    </message>
    <message>
        <source>Unable: could not do it</source>
        <translation>Impossible&#xa0;: je n&apos;ai pas pu le faire</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Who is logging:</source>
        <translation>Qui remplit le journal&#xa0;:</translation>
    </message>
    <message>
        <source>Who is logging</source>
        <translation>Qui remplit le journal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Same as &amp;last entry</source>
        <translation>Comme la &amp;dernière entrée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard help</source>
        <translation>Aide du &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About NerveDiary</source>
        <translation>À &amp;propos de NerveDiary</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Taille du texte&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Diary: %1 — last saved %2</source>
        <translation>Journal&#xa0;: %1 — dernier enregistrement le %2</translation>
    </message>
    <message>
        <source>Diary: %1 — nothing saved yet</source>
        <translation>Journal&#xa0;: %1 — rien d&apos;enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Aide du clavier</translation>
    </message>
    <message>
        <source>&amp;Open another diary…</source>
        <translation>&amp;Ouvrir un autre journal…</translation>
    </message>
    <message>
        <source>Start a &amp;new diary…</source>
        <translation>Commencer un &amp;nouveau journal…</translation>
    </message>
    <message>
        <source>&amp;Move this diary…</source>
        <translation>&amp;Déplacer ce journal…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The names and the phone number were not saved: %1</source>
        <translation>Les noms et le numéro de téléphone n&apos;ont pas été enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation>Fichier du journal</translation>
    </message>
    <message>
        <source>Demo diary — caregiver entry</source>
        <translation>Journal de démonstration — saisie de l’aidant</translation>
    </message>
    <message>
        <source>Demo diary</source>
        <translation>Journal de démonstration</translation>
    </message>
    <message>
        <source>Caregiver entry</source>
        <translation>Saisie de l’aidant</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>This is a demo diary</source>
        <translation>Ceci est un journal de démonstration</translation>
    </message>
    <message>
        <source>Its entries are made up, for trying NerveDiary. What you change here is lost when you quit, unless you keep a copy.</source>
        <translation>Ses saisies sont inventées, pour essayer NerveDiary. Ce que vous changez ici est perdu en quittant, sauf si vous gardez une copie.</translation>
    </message>
    <message>
        <source>Keep a copy…</source>
        <translation>Garder une copie…</translation>
    </message>
    <message>
        <source>Keep a copy</source>
        <translation>Garder une copie</translation>
    </message>
    <message>
        <source>A copy of this diary is saved as %1. Open it with File → Open another diary.</source>
        <translation>Une copie de ce journal est enregistrée sous %1. Ouvrez-la avec Fichier → Ouvrir un autre journal.</translation>
    </message>
    <message>
        <source>Keep a copy of the demo?</source>
        <translation>Garder une copie de la démo ?</translation>
    </message>
    <message>
        <source>This demo diary and what you changed in it go away when NerveDiary closes.</source>
        <translation>Ce journal de démonstration et ce que vous y avez changé disparaissent à la fermeture de NerveDiary.</translation>
    </message>
    <message>
        <source>Keep a copy to open it again later.</source>
        <translation>Gardez une copie pour la rouvrir plus tard.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 need attention</source>
        <translation>%1 : %2 demandent votre attention</translation>
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
        <translation>Tab et Maj+Tab passent d&apos;une question à l&apos;autre.
Évaluations&#xa0;: tapez le nombre (pour 10, tapez 1 puis 0), ou utilisez les flèches&#xa0;; Suppr efface.
Choix de mots&#xa0;: tapez le numéro ou la première lettre&#xa0;; les flèches déplacent le choix&#xa0;; Suppr efface.
Oui / Non&#xa0;: O ou N&#xa0;; Suppr revient à «&#xa0;Passer&#xa0;».
Nombres&#xa0;: tapez-les, ou utilisez les flèches Haut et Bas.
Schéma du corps&#xa0;: les flèches se déplacent, Espace marque ou enlève la marque.
Ctrl+S enregistre la journée, Ctrl+Z annule, Ctrl+L reprend les réponses de la dernière entrée.
Alt+Flèche gauche et Alt+Flèche droite vont au jour précédent ou suivant.
Ctrl+1 à Ctrl+6 ouvrent les pages&#xa0;; Ctrl++ et Ctrl+- changent la taille du texte. {0–9,?} {10;?} {1 ?} {6 ?}</translation>
    </message>
    <message>
        <source>Other accounts on this computer could read your diary&apos;s files; they are now private to you.</source>
        <translation>D’autres comptes de cet ordinateur pouvaient lire les fichiers de votre journal ; ils sont maintenant réservés à vous seul.</translation>
    </message>
    <message>
        <source>Before your first entry</source>
        <translation>Avant votre première saisie</translation>
    </message>
    <message>
        <source>NerveDiary keeps your diary for you and your care team; it does not diagnose and does not replace them.</source>
        <translation>NerveDiary tient votre journal pour vous et votre équipe soignante ; il ne pose pas de diagnostic et ne remplace pas l&apos;équipe.</translation>
    </message>
    <message>
        <source>What it is and is not</source>
        <translation>Ce qu&apos;il est et n&apos;est pas</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
</context>
<context>
    <name>nd::NewBaselineDialog</name>
    <message>
        <source>Set a new baseline</source>
        <translation>Définir une nouvelle référence</translation>
    </message>
    <message>
        <source>Your baseline is the stretch of days the checks treat as your usual state. After an appointment, for example when your treatment was changed, you can let the checks compare with how you are now instead.</source>
        <translation>Votre référence est la période que les vérifications considèrent comme votre état habituel. Après un rendez-vous, par exemple quand votre traitement a été modifié, vous pouvez demander aux vérifications de comparer plutôt avec votre état actuel.</translation>
    </message>
    <message>
        <source>New baseline: the last %1 days, %2 to %3 (%4 of them logged).</source>
        <translation>Nouvelle référence&#xa0;: les %1 derniers jours, du %2 au %3 (dont %4 remplis).</translation>
    </message>
    <message>
        <source>Until now: the first week of the diary, %1 to %2.</source>
        <translation>Jusqu&apos;ici&#xa0;: la première semaine du journal, du %1 au %2.</translation>
    </message>
    <message>
        <source>Until now: %1 to %2, set by you.</source>
        <translation>Jusqu&apos;ici&#xa0;: du %1 au %2, choisie par vous.</translation>
    </message>
    <message>
        <source>What changes: worse or spreading symptoms and new trouble with hand tasks are measured against the new baseline, from tomorrow on. These checks are worked out again for the whole diary, so some of their earlier flags may no longer be listed; your “discussed” marks stay saved. Falls, skin problems, walking and warning signs are still checked every day.</source>
        <translation>Ce qui change&#xa0;: l&apos;aggravation ou l&apos;extension des symptômes et les nouvelles difficultés pour les tâches manuelles sont mesurées par rapport à la nouvelle référence, à partir de demain. Ces vérifications sont recalculées pour tout le journal, donc certaines de leurs alertes précédentes peuvent ne plus apparaître&#xa0;; vos mentions «&#xa0;discutée&#xa0;» restent enregistrées. Les chutes, les problèmes de peau, la marche et les signes d&apos;alerte sont toujours vérifiés chaque jour.</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Vous pouvez annuler ceci avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>None of these days has an entry yet, so the baseline would count every symptom as 0. Log today first, then set the baseline.</source>
        <translation>Aucun de ces jours n&apos;a encore d&apos;entrée&#xa0;: la référence compterait donc chaque symptôme comme 0. Remplissez d&apos;abord la journée d&apos;aujourd&apos;hui, puis définissez la référence.</translation>
    </message>
    <message>
        <source>Set new baseline</source>
        <translation>Définir la nouvelle référence</translation>
    </message>
</context>
<context>
    <name>nd::NumberStepper</name>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>–</source>
        <comment>not recorded</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>nd::PeriodPicker</name>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>nd::RatingBar</name>
    <message>
        <source>0, none at all</source>
        <translation>0, pas du tout</translation>
    </message>
    <message>
        <source>10, the worst you can imagine</source>
        <translation>10, le pire que vous puissiez imaginer</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 sur 10</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10 (for 10, type 1 and then 0), or use the arrow keys.</source>
        <translation>Tapez un nombre de 0 à 10 (pour 10, tapez 1 puis 0) ou utilisez les flèches.</translation>
    </message>
</context>
<context>
    <name>nd::RegionTimeline</name>
    <message>
        <source>Body map over time</source>
        <translation>Schéma du corps au fil du temps</translation>
    </message>
    <message>
        <source>Where symptoms were marked, one row per body region and one column per day or week. Use the day cursor of the charts to read a day&apos;s regions.</source>
        <translation>Endroits où des symptômes ont été marqués&#xa0;: une ligne par zone du corps et une colonne par jour ou par semaine. Utilisez le curseur de jour des graphiques pour lire les zones d&apos;un jour.</translation>
    </message>
    <message>
        <source>marked that day</source>
        <translation>marqué ce jour-là</translation>
    </message>
    <message>
        <source>marked on most logged days</source>
        <translation>marqué la plupart des jours remplis</translation>
    </message>
    <message>
        <source>on some days</source>
        <translation>certains jours</translation>
    </message>
    <message>
        <source>One column per week</source>
        <translation>Une colonne par semaine</translation>
    </message>
    <message numerus="yes">
        <source>One column per %n days</source>
        <translation>
            <numerusform>Une colonne par %n jour</numerusform>
            <numerusform>Une colonne par %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1, %2: marked on %3 of %4 logged days</source>
        <translation>%1, %2&#xa0;: marqué sur %3 des %4 jours remplis</translation>
    </message>
</context>
<context>
    <name>nd::ReportPage</name>
    <message>
        <source>Preview of the report&apos;s pages</source>
        <translation>Aperçu des pages du rapport</translation>
    </message>
    <message>
        <source>Report for your appointment</source>
        <translation>Rapport pour votre rendez-vous</translation>
    </message>
    <message>
        <source>A printout for your care team: first what matters (flags, the estimated grade, what changed since your baseline), then charts, then every day.</source>
        <translation>Un document imprimé pour votre équipe soignante&#xa0;: d&apos;abord l&apos;essentiel (alertes, grade estimé, ce qui a changé depuis votre référence), puis des graphiques, puis chaque jour.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Since the baseline</source>
        <translation>Depuis la référence</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Choisir les dates</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Contenu du rapport</translation>
    </message>
    <message>
        <source>Page 1 always sums up the period.</source>
        <translation>La page 1 résume toujours la période.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Day-by-day table</source>
        <translation>Tableau jour par jour</translation>
    </message>
    <message>
        <source>Treatment events</source>
        <translation>Événements de traitement</translation>
    </message>
    <message>
        <source>Flags with their numbers</source>
        <translation>Alertes et leurs chiffres</translation>
    </message>
    <message>
        <source>My notes (they may be private)</source>
        <translation>Mes notes (elles peuvent être privées)</translation>
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
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Printing is not available in this build: save the PDF and print it.</source>
        <translation>L&apos;impression n&apos;est pas disponible dans cette version&#xa0;: enregistrez le PDF et imprimez-le.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The diary could not be read: %1</source>
        <translation>Le journal n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 jours)</translation>
    </message>
    <message>
        <source>The report has 1 page.</source>
        <translation>Le rapport fait 1 page.</translation>
    </message>
    <message>
        <source>The report has %1 pages.</source>
        <translation>Le rapport fait %1 pages.</translation>
    </message>
    <message>
        <source>NerveDiary report %1.pdf</source>
        <translation>Rapport NerveDiary %1.pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Enregistrement du rapport…</translation>
    </message>
    <message>
        <source>NerveDiary report</source>
        <translation>Rapport NerveDiary</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Impression du rapport…</translation>
    </message>
</context>
<context>
    <name>nd::RiskContextFields</name>
    <message>
        <source>Diabetes</source>
        <translation>Diabète</translation>
    </message>
    <message>
        <source>Diabetes can damage nerves too; your care team weighs it when symptoms change.</source>
        <translation>Le diabète peut aussi abîmer les nerfs ; votre équipe soignante en tient compte quand les symptômes changent.</translation>
    </message>
    <message>
        <source>Earlier chemotherapy that can harm nerves</source>
        <translation>Chimiothérapie antérieure pouvant abîmer les nerfs</translation>
    </message>
    <message>
        <source>Some chemotherapies (for example platinum drugs or taxanes) leave nerve damage that can look like new symptoms.</source>
        <translation>Certaines chimiothérapies (par exemple les sels de platine ou les taxanes) laissent des lésions nerveuses qui peuvent ressembler à de nouveaux symptômes.</translation>
    </message>
    <message>
        <source>Taking steroids now</source>
        <translation>Je prends des corticoïdes actuellement</translation>
    </message>
    <message>
        <source>Steroids can hide or soften symptoms, and make infections of the skin more likely.</source>
        <translation>Les corticoïdes peuvent masquer ou atténuer les symptômes et rendent les infections de la peau plus probables.</translation>
    </message>
    <message>
        <source>Taking medicines for nerve pain</source>
        <translation>Je prends des médicaments contre les douleurs nerveuses</translation>
    </message>
    <message>
        <source>They lower pain and tingling scores, so the team reads your scores with them in mind.</source>
        <translation>Ils abaissent les scores de douleur et de picotements ; l’équipe lit donc vos scores en en tenant compte.</translation>
    </message>
    <message>
        <source>Drinking alcohol regularly</source>
        <translation>Je bois de l’alcool régulièrement</translation>
    </message>
    <message>
        <source>Alcohol can add to nerve damage.</source>
        <translation>L’alcool peut aggraver les lésions nerveuses.</translation>
    </message>
    <message>
        <source>Optional. Printed on the report for your care team only when answered.</source>
        <translation>Facultatif. Figure dans le rapport pour votre équipe soignante seulement si vous répondez.</translation>
    </message>
</context>
<context>
    <name>nd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Remind me every day if I have not logged yet</source>
        <translation>Me rappeler chaque jour si je n&apos;ai pas encore rempli mon journal</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>o&apos;clock</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Hour a diary day starts</source>
        <translation>Heure de début d&apos;une journée du journal</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Care team phone</source>
        <translation>Téléphone de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation>Nom de l&apos;aidant</translation>
    </message>
    <message>
        <source>Open another diary…</source>
        <translation>Ouvrir un autre journal…</translation>
    </message>
    <message>
        <source>Start a new diary…</source>
        <translation>Commencer un nouveau journal…</translation>
    </message>
    <message>
        <source>Move this diary…</source>
        <translation>Déplacer ce journal…</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Your diary day</source>
        <translation>Votre journée</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Une nouvelle journée commence à</translation>
    </message>
    <message>
        <source>An entry made before this hour counts for the day before.</source>
        <translation>Une entrée faite avant cette heure compte pour la veille.</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Rappel quotidien</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Me le rappeler à</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation>Fichier du journal</translation>
    </message>
    <message>
        <source>This diary</source>
        <translation>Ce journal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This desktop shows neither notifications nor a system tray, so a reminder could not reach you here. A daily alarm on a phone or clock can remind you instead.</source>
        <translation>Ce bureau n&apos;affiche ni notifications ni zone de notification, un rappel ne pourrait donc pas vous parvenir ici. Une alarme quotidienne sur un téléphone ou un réveil peut vous le rappeler.</translation>
    </message>
    <message>
        <source>The reminder comes as a desktop notification, also when NerveDiary is closed.</source>
        <translation>Le rappel arrive comme notification du bureau, même quand NerveDiary est fermé.</translation>
    </message>
    <message>
        <source>The reminder comes as a desktop notification while NerveDiary is open, and when you log in on a day that has no entry yet.</source>
        <translation>Le rappel arrive comme notification du bureau tant que NerveDiary est ouvert, et à la connexion un jour qui n&apos;a pas encore d&apos;entrée.</translation>
    </message>
    <message>
        <source>This desktop has no notification service: the reminder comes from the system tray, only while NerveDiary is open.</source>
        <translation>Ce bureau n&apos;a pas de service de notifications&#xa0;: le rappel vient de la zone de notification, seulement tant que NerveDiary est ouvert.</translation>
    </message>
    <message>
        <source>I know the date my treatment started</source>
        <translation>Je connais la date de début de mon traitement</translation>
    </message>
    <message>
        <source>Treatment start</source>
        <translation>Début du traitement</translation>
    </message>
    <message>
        <source>The report counts the days of treatment from it. Without it, the report uses the first infusion in your treatment events.</source>
        <translation>Le rapport compte les jours de traitement à partir de cette date. Sans elle, le rapport prend la première perfusion de vos événements de traitement.</translation>
    </message>
    <message>
        <source>About your health (optional)</source>
        <translation>À propos de votre santé (facultatif)</translation>
    </message>
</context>
<context>
    <name>nd::SkinChoice</name>
    <message>
        <source>All fine</source>
        <translation>Tout va bien</translation>
    </message>
    <message>
        <source>All fine: nothing found</source>
        <translation>Tout va bien&#xa0;: rien de constaté</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
</context>
<context>
    <name>nd::TodayPage</name>
    <message>
        <source>&amp;Save this day</source>
        <translation>&amp;Enregistrer cette journée</translation>
    </message>
    <message>
        <source>Save this day</source>
        <translation>Enregistrer cette journée</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Same as last entry</source>
        <translation>Comme la dernière entrée</translation>
    </message>
    <message>
        <source>Fill the empty answers that usually carry over (symptoms, where, tasks, home safety, habits) from the last entry before this day.</source>
        <translation>Remplir les réponses vides qui se reportent habituellement d&apos;un jour à l&apos;autre (symptômes, zones, tâches, sécurité à la maison, habitudes) à partir de la dernière entrée avant ce jour.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save this day (Ctrl+S)</source>
        <translation>Enregistrer cette journée (Ctrl+S)</translation>
    </message>
    <message>
        <source>%1 (caregiver entry)</source>
        <translation>%1 (par l&apos;aidant)</translation>
    </message>
    <message>
        <source>This day could not be read</source>
        <translation>Ce jour n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>Your unsaved changes are back</source>
        <translation>Vos modifications non enregistrées ont été retrouvées</translation>
    </message>
    <message>
        <source>What you typed for %1 was kept when NerveDiary closed. Save it, or discard it.</source>
        <translation>Ce que vous aviez tapé pour le %1 a été conservé à la fermeture de NerveDiary. Enregistrez-le, ou abandonnez-le.</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Enregistrer maintenant</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>The entry for %1 has changes that are not saved yet.</source>
        <translation>L&apos;entrée du %1 a des modifications qui ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Nothing to save yet</source>
        <translation>Rien à enregistrer pour l&apos;instant</translation>
    </message>
    <message>
        <source>Everything is empty. To remove this day&apos;s entry, delete it on the History page.</source>
        <translation>Tout est vide. Pour retirer l&apos;entrée de ce jour, supprimez-la depuis la page Historique.</translation>
    </message>
    <message>
        <source>Answer at least one question, then save.</source>
        <translation>Répondez à au moins une question, puis enregistrez.</translation>
    </message>
    <message>
        <source>Already saved</source>
        <translation>Déjà enregistrée</translation>
    </message>
    <message>
        <source>The entry for %1 is saved; nothing changed since.</source>
        <translation>L&apos;entrée du %1 est enregistrée&#xa0;; rien n&apos;a changé depuis.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>The entry for %1 is saved (at %2). Ctrl+Z undoes it.</source>
        <translation>L&apos;entrée du %1 est enregistrée (à %2). Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saved the entry for %1.</source>
        <translation>Entrée du %1 enregistrée.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>%1 What you typed is still here and kept as a draft. Try again in a moment (Ctrl+S); if it keeps failing, free some disk space or close other programs using the diary.</source>
        <translation>%1 Ce que vous avez tapé est toujours là et conservé comme brouillon. Réessayez dans un instant (Ctrl+S)&#xa0;; si l&apos;échec persiste, libérez de l&apos;espace disque ou fermez les autres programmes qui utilisent le journal.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Could not keep a draft: %1</source>
        <translation>Impossible de conserver un brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>No earlier entry</source>
        <translation>Aucune entrée précédente</translation>
    </message>
    <message>
        <source>There is no entry before %1 to copy from.</source>
        <translation>Il n&apos;y a aucune entrée avant le %1 à recopier.</translation>
    </message>
    <message>
        <source>Nothing to fill in</source>
        <translation>Rien à remplir</translation>
    </message>
    <message>
        <source>Every answer that carries over from %1 is already given.</source>
        <translation>Toutes les réponses qui se reportent depuis le %1 sont déjà données.</translation>
    </message>
    <message>
        <source>Filled in from %1</source>
        <translation>Repris du %1</translation>
    </message>
    <message>
        <source>1 answer copied.</source>
        <translation>1 réponse recopiée.</translation>
    </message>
    <message>
        <source>%1 answers copied.</source>
        <translation>%1 réponses recopiées.</translation>
    </message>
    <message>
        <source>Falls, skin, warning signs and the note are left for you. Check each answer, then save.</source>
        <translation>Les chutes, la peau, les signes d&apos;alerte et la note restent à remplir par vous. Vérifiez chaque réponse, puis enregistrez.</translation>
    </message>
    <message>
        <source>Logging as the patient</source>
        <translation>Saisie en tant que patient</translation>
    </message>
    <message>
        <source>Logging as a caregiver</source>
        <translation>Saisie en tant qu&apos;aidant</translation>
    </message>
    <message>
        <source>Logging as caregiver: %1</source>
        <translation>Saisie en tant qu&apos;aidant&#xa0;: %1</translation>
    </message>
    <message>
        <source>● Changes not saved</source>
        <translation>● Modifications non enregistrées</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Enregistré</translation>
    </message>
    <message>
        <source>Not logged yet</source>
        <translation>Pas encore rempli</translation>
    </message>
    <message>
        <source>I have a warning sign</source>
        <translation>J’ai un signe d’alerte</translation>
    </message>
    <message>
        <source>Go to the warning signs and what to do</source>
        <translation>Aller aux signes d’alerte et à ce qu’il faut faire</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>The entry for %1 was changed by another program; this is what it holds now.</source>
        <translation>L’entrée du %1 a été modifiée par un autre programme ; voici ce qu’elle contient maintenant.</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>Modifiée par un autre programme</translation>
    </message>
    <message>
        <source>The entry for %1 was changed by another program while you were editing it. What you typed is kept here and as a draft; when you save, you can choose which one to keep.</source>
        <translation>L’entrée du %1 a été modifiée par un autre programme pendant que vous la modifiiez. Ce que vous avez saisi est conservé ici et comme brouillon ; en enregistrant, vous pourrez choisir laquelle garder.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note : %1</translation>
    </message>
    <message>
        <source>The entry for %1 was changed by another program while you were editing it.</source>
        <translation>L’entrée du %1 a été modifiée par un autre programme pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>In the diary now: %1
What you typed: %2

Save replaces the diary&apos;s entry with what you typed. Discard shows the diary&apos;s entry instead. Cancel keeps both as they are (what you typed stays here and as a draft).</source>
        <translation>Dans le journal maintenant : %1
Ce que vous avez saisi : %2

Enregistrer remplace l’entrée du journal par votre saisie. Ignorer affiche plutôt l’entrée du journal. Annuler laisse les deux telles quelles (votre saisie reste ici et comme brouillon).</translation>
    </message>
</context>
<context>
    <name>nd::TreatmentChoice</name>
    <message>
        <source>Checkpoint inhibitor</source>
        <translation>Inhibiteur de point de contrôle</translation>
    </message>
    <message>
        <source>CAR-T cell therapy</source>
        <translation>Thérapie cellulaire CAR-T</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Checkpoint inhibitor (for example nivolumab, pembrolizumab, ipilimumab)</source>
        <translation>Inhibiteur de point de contrôle immunitaire (par exemple nivolumab, pembrolizumab, ipilimumab)</translation>
    </message>
    <message>
        <source>Another treatment</source>
        <translation>Un autre traitement</translation>
    </message>
</context>
<context>
    <name>nd::TrendChartStack</name>
    <message>
        <source>Trend charts</source>
        <translation>Graphiques d&apos;évolution</translation>
    </message>
    <message>
        <source>Left and right arrow keys move the day cursor by one day, Page Up and Page Down by a week, Home and End to the first and last day. The panel beside the charts reads out every value of the chosen day.</source>
        <translation>Les flèches gauche et droite déplacent le curseur de jour d&apos;un jour, Page préc. et Page suiv. d&apos;une semaine, Début et Fin jusqu&apos;au premier et au dernier jour. Le panneau à côté des graphiques indique chaque valeur du jour choisi.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Hands and feet (0–10)</source>
        <translation>Mains et pieds (0–10)</translation>
    </message>
    <message>
        <source>Hands and feet scores</source>
        <translation>Scores des mains et des pieds</translation>
    </message>
    <message>
        <source>Hands, each day</source>
        <translation>Mains, chaque jour</translation>
    </message>
    <message>
        <source>Feet, each day</source>
        <translation>Pieds, chaque jour</translation>
    </message>
    <message>
        <source>Hands, 7-day average</source>
        <translation>Mains, moyenne sur 7 jours</translation>
    </message>
    <message>
        <source>Feet, 7-day average</source>
        <translation>Pieds, moyenne sur 7 jours</translation>
    </message>
    <message>
        <source>Caregiver&apos;s entries</source>
        <translation>Entrées de l&apos;aidant</translation>
    </message>
    <message>
        <source>Daily tasks</source>
        <translation>Tâches quotidiennes</translation>
    </message>
    <message>
        <source>Hand tasks (buttons, writing, typing, grip)</source>
        <translation>Tâches manuelles (boutons, écriture, clavier, prise en main)</translation>
    </message>
    <message>
        <source>Walking and balance</source>
        <translation>Marche et équilibre</translation>
    </message>
    <message>
        <source>an estimate for talking with your care team, not the official grade</source>
        <translation>une estimation pour en parler avec votre équipe soignante, pas le grade officiel</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Chutes</translation>
    </message>
    <message>
        <source>Near falls</source>
        <translation>Quasi-chutes</translation>
    </message>
    <message>
        <source>Where symptoms were marked</source>
        <translation>Zones où des symptômes ont été marqués</translation>
    </message>
</context>
<context>
    <name>nd::TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Reading the diary…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Choisir les dates…</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Treatment events</source>
        <translation>Événements de traitement</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Période de référence</translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation>◀ Jour précédent</translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation>Jour suivant ▶</translation>
    </message>
    <message>
        <source>Click a chart, or use the arrow keys on the charts, to choose a day.</source>
        <translation>Cliquez sur un graphique, ou utilisez les flèches du clavier sur les graphiques, pour choisir un jour.</translation>
    </message>
    <message>
        <source>Values of the chosen day</source>
        <translation>Valeurs du jour choisi</translation>
    </message>
    <message>
        <source>%1 to %2 · days with entries: %3</source>
        <translation>Du %1 au %2 · jours avec une entrée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing logged yet. Once you log days on the Today page, the charts show how your symptoms change.</source>
        <translation>Rien n&apos;est encore noté. Dès que vous remplirez des journées dans la page Aujourd&apos;hui, les graphiques montreront comment vos symptômes évoluent.</translation>
    </message>
    <message>
        <source>Nothing was logged in these days. Choose a longer range to see earlier entries.</source>
        <translation>Rien n&apos;a été noté pendant ces jours. Choisissez une période plus longue pour voir des entrées plus anciennes.</translation>
    </message>
</context>
<context>
    <name>nd::UrgentBanner</name>
    <message>
        <source>Urgent flag</source>
        <translation>Alerte urgente</translation>
    </message>
    <message>
        <source>Open Alerts</source>
        <translation>Ouvrir les alertes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded and not yet marked as discussed: %1.</source>
        <translation>Noté et pas encore marqué comme discuté : %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message numerus="yes">
        <source>%n more in Alerts.</source>
        <translation>
            <numerusform>%n autre dans Alertes.</numerusform>
            <numerusform>%n autres dans Alertes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::YesNoToggle</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
</context>
</TS>
