<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApplyPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The list is written in one go: if you cancel, nothing of it is kept.</source>
        <translation>La liste est enregistrée d’un seul coup&#xa0;: si vous annulez, rien n’en est conservé.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Comparing with the participants on this desk…</source>
        <translation>Comparaison avec les participants de ce guichet…</translation>
    </message>
    <message>
        <source>Written {done} of {total} changes…</source>
        <translation>{done} modifications enregistrées sur {total}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>No one has arrived yet.</source>
        <translation>Personne n’est encore arrivé.</translation>
    </message>
    <message numerus="yes">
        <source>Busiest quarter hour: {start}–{end}, %Ln arrival(s).</source>
        <translation>
            <numerusform>Quart d’heure le plus chargé&#xa0;: {start}–{end}, %Ln arrivée.</numerusform>
            <numerusform>Quart d’heure le plus chargé&#xa0;: {start}–{end}, %Ln arrivées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{start}–{end}: %Ln arrival(s)</source>
        <translation>
            <numerusform>{start}–{end}&#xa0;: %Ln arrivée</numerusform>
            <numerusform>{start}–{end}&#xa0;: %Ln arrivées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message>
        <source>Whole event</source>
        <translation>Tout l’événement</translation>
    </message>
    <message>
        <source>{percent} of those registered</source>
        <translation>{percent} des inscrits</translation>
    </message>
    <message>
        <source>registered, not seen on any day</source>
        <translation>inscrits, venus aucun jour</translation>
    </message>
    <message>
        <source>registered for this day</source>
        <translation>inscrits pour ce jour</translation>
    </message>
    <message>
        <source>for the whole event</source>
        <translation>pour tout l’événement</translation>
    </message>
    <message>
        <source>each person counts once</source>
        <translation>chaque personne compte une fois</translation>
    </message>
    <message>
        <source>{day}: {here} of {registered}</source>
        <translation>{day}&#xa0;: {here} sur {registered}</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>{desk} (this desk)</source>
        <translation>{desk} (ce guichet)</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <source>Export the day&apos;s attendance</source>
        <translation>Exporter les présences du jour</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) checked in on {day}: saved to {file}.</source>
        <translation>
            <numerusform>%Ln personne enregistrée le {day}&#xa0;: enregistré dans {file}.</numerusform>
            <numerusform>%Ln personnes enregistrées le {day}&#xa0;: enregistré dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance — {event}</source>
        <translation>Présences — {event}</translation>
    </message>
    <message>
        <source>Export this day…</source>
        <translation>Exporter ce jour…</translation>
    </message>
    <message>
        <source>Choose a day to export its attendance.</source>
        <translation>Choisissez un jour pour exporter ses présences.</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Enregistrés</translation>
    </message>
    <message>
        <source>Not arrived yet</source>
        <translation>Pas encore arrivés</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Duplicate check-ins</source>
        <translation>Doubles enregistrements</translation>
    </message>
    <message>
        <source>First arrivals per quarter hour</source>
        <translation>Premières arrivées par quart d’heure</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>By desk</source>
        <translation>Par guichet</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>First arrivals</source>
        <translation>Premières arrivées</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <source>&amp;Print badge…</source>
        <translation>&amp;Imprimer le badge…</translation>
    </message>
    <message>
        <source>&amp;Replace badge…</source>
        <translation>&amp;Remplacer le badge…</translation>
    </message>
    <message>
        <source>&amp;Batch print badges…</source>
        <translation>Imprimer des badges en &amp;série…</translation>
    </message>
    <message>
        <source>Scan or find a participant first.</source>
        <translation>Scannez ou recherchez d’abord un participant.</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Annuler l’impression</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Replace badge…</source>
        <translation>Remplacer le badge…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Badge — {name}</source>
        <translation>Badge — {name}</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. You can save the badge as a PDF.</source>
        <translation>Aucune imprimante n’est installée sur cet ordinateur. Vous pouvez enregistrer le badge en PDF.</translation>
    </message>
    <message>
        <source>Replaced ({reason}) on {time} by {operator}{note}</source>
        <translation>Remplacé ({reason}) le {time} par {operator}{note}</translation>
    </message>
    <message>
        <source>This badge was printed on {time} ({layout}).</source>
        <translation>Ce badge a été imprimé le {time} ({layout}).</translation>
    </message>
    <message>
        <source>This badge has not been printed yet.</source>
        <translation>Ce badge n’a pas encore été imprimé.</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>abîmé</translation>
    </message>
    <message>
        <source>details corrected</source>
        <translation>informations corrigées</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>No font on this desk has the {scripts} letters of this badge: they print blank. Correct the name or the organisation with Replace badge › details corrected (a name can be given its Latin spelling there).</source>
        <translation>Aucune police de ce guichet n’a les lettres {scripts} de ce badge&#xa0;: elles s’impriment en blanc. Corrigez le nom ou l’organisation avec Remplacer le badge › informations corrigées (un nom peut y recevoir son orthographe latine).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Save badge as PDF</source>
        <translation>Enregistrer le badge en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Le fichier n’a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
        <source>this folder may not be written to.</source>
        <translation>ce dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>le dossier n’existe pas.</translation>
    </message>
    <message>
        <source>a folder has this name.</source>
        <translation>un dossier porte déjà ce nom.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>le disque est plein.</translation>
    </message>
    <message>
        <source>the disk or the folder refused it.</source>
        <translation>le disque ou le dossier l’a refusé.</translation>
    </message>
    <message>
        <source>Replacing a badge needs the supervisor PIN.</source>
        <translation>Remplacer un badge demande le code du superviseur.</translation>
    </message>
    <message>
        <source>Badge replaced: version {version}. The old badge no longer admits.</source>
        <translation>Badge remplacé&#xa0;: version {version}. L’ancien badge ne donne plus accès.</translation>
    </message>
</context>
<context>
    <name>BadgePrinting</name>
    <message>
        <source>Badge sent to the printer for {name}.</source>
        <translation>Badge de {name} envoyé à l’imprimante.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln badge(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln badge envoyé à l’imprimante.</numerusform>
            <numerusform>%Ln badges envoyés à l’imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgeSummary</name>
    <message numerus="yes">
        <source>Badge version {version} · replaced %n time(s)</source>
        <translation>
            <numerusform>Badge&#xa0;: version {version} · remplacé %n fois</numerusform>
            <numerusform>Badge&#xa0;: version {version} · remplacé %n fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>No participant has this id.</source>
        <translation>Aucun participant n’a cet identifiant.</translation>
    </message>
    <message>
        <source>Choose why the badge is replaced.</source>
        <translation>Choisissez pourquoi le badge est remplacé.</translation>
    </message>
    <message>
        <source>Say why the badge is replaced.</source>
        <translation>Indiquez pourquoi le badge est remplacé.</translation>
    </message>
    <message>
        <source>The note is too long (500 characters at most).</source>
        <translation>La remarque est trop longue (500 caractères au plus).</translation>
    </message>
    <message>
        <source>This badge layout is not available.</source>
        <translation>Ce format de badge n’est pas disponible.</translation>
    </message>
    <message>
        <source>The event&apos;s badge settings are not valid. Call a supervisor.</source>
        <translation>Les réglages de badge de la manifestation ne sont pas valides. Appelez un superviseur.</translation>
    </message>
    <message>
        <source>There is no badge to print.</source>
        <translation>Il n’y a aucun badge à imprimer.</translation>
    </message>
    <message>
        <source>Badge version {version}</source>
        <translation>Badge&#xa0;: version {version}</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print badges in a batch</source>
        <translation>Imprimer des badges en série</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Only badges not printed yet</source>
        <translation>Seulement les badges pas encore imprimés</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Registered for</source>
        <translation>Inscrits pour</translation>
    </message>
    <message>
        <source>Badges to print: {count}</source>
        <translation>Badges à imprimer&#xa0;: {count}</translation>
    </message>
    <message>
        <source>No badge matches these filters.</source>
        <translation>Aucun badge ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Printing %Ln badge(s)…</source>
        <translation>
            <numerusform>Impression de %Ln badge…</numerusform>
            <numerusform>Impression de %Ln badges…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed {done} of %Ln badge(s).</source>
        <translation>
            <numerusform>Badges imprimés&#xa0;: {done} sur %Ln.</numerusform>
            <numerusform>Badges imprimés&#xa0;: {done} sur %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}…</source>
        <translation>{done} sur {total} imprimés…</translation>
    </message>
    <message>
        <source>Cancelling after the badges being printed now…</source>
        <translation>Annulation à la fin des badges en cours d’impression…</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something unexpected went wrong ({error}). What is recorded is safe; carry on, and tell a supervisor if it happens again.</source>
        <translation>Une erreur inattendue s’est produite ({error}). Les données enregistrées sont intactes&#x202f;; vous pouvez continuer. Prévenez un superviseur si cela se reproduit.</translation>
    </message>
    <message>
        <source>Details: {path}</source>
        <translation>Détails&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>DayBanner</name>
    <message>
        <source>Automatic (today&apos;s date)</source>
        <translation>Automatique (date du jour)</translation>
    </message>
    <message>
        <source>Conference day served by this desk</source>
        <translation>Journée de conférence traitée par ce guichet</translation>
    </message>
    <message>
        <source>Checking in for today, {day}.</source>
        <translation>Enregistrement pour aujourd’hui, {day}.</translation>
    </message>
    <message>
        <source>⚠ Checking in for {day} — this is NOT today&apos;s date (today is {today}).</source>
        <translation>⚠ Enregistrement pour le {day} — ce n’est PAS la date d’aujourd’hui (nous sommes le {today}).</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Press Enter to check in the highlighted person.</source>
        <extracomment>The lists&apos; width: wrapped titles no longer set it (their text was cut in FR/ES).</extracomment>
        <translation>Appuyez sur Entrée pour enregistrer la personne en surbrillance.</translation>
    </message>
    <message>
        <source>No one matches “{text}”: check the spelling, or press Ctrl+N to register a walk-in.</source>
        <translation>Aucune personne ne correspond à «&#xa0;{text}&#xa0;»&#xa0;: vérifiez l’orthographe, ou appuyez sur Ctrl+N pour une inscription sur place.</translation>
    </message>
    <message>
        <source>A badge was scanned into the open dialog: the dialog was closed and the badge checked.</source>
        <translation>Un badge a été scanné dans la fenêtre ouverte&#xa0;: la fenêtre a été fermée et le badge vérifié.</translation>
    </message>
    <message>
        <source>No one matches “{text}”.</source>
        <translation>Aucune personne ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Annuler l’enregistrement</translation>
    </message>
    <message>
        <source>Undo this check-in?

{row}</source>
        <translation>Annuler cet enregistrement&#x202f;?

{row}</translation>
    </message>
    <message>
        <source>Check-in undone for {name}.</source>
        <translation>Enregistrement annulé pour {name}.</translation>
    </message>
    <message>
        <source>Checked in for this day: {checked} of {registered} · at this desk: {desk}</source>
        <translation>Enregistrés ce jour&#xa0;: {checked} sur {registered} · à ce guichet&#xa0;: {desk}</translation>
    </message>
    <message>
        <source>F2: choose the person in the list, or scan again.</source>
        <translation>F2&#xa0;: choisissez la personne dans la liste, ou scannez de nouveau.</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name, organisation or country…</source>
        <translation>Scannez un badge ou tapez un nom, une organisation ou un pays…</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>Scanner ou rechercher</translation>
    </message>
    <message>
        <source>Search results — ↑ ↓ to choose, Enter to check in</source>
        <translation>Résultats — ↑ ↓ pour choisir, Entrée pour enregistrer</translation>
    </message>
    <message>
        <source>People matching what you type appear here.</source>
        <translation>Les personnes correspondant à votre saisie s’affichent ici.</translation>
    </message>
    <message>
        <source>Latest check-ins at this desk</source>
        <translation>Derniers enregistrements à ce guichet</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the participant list</source>
        <translation>Choisir la liste des participants</translation>
    </message>
    <message>
        <source>CSV, tab-separated text or an Excel workbook (.xlsx), with column headers in English, French or Spanish. The format, encoding and separator are detected.</source>
        <translation>CSV, texte séparé par des tabulations ou classeur Excel (.xlsx), avec des en-têtes de colonnes en anglais, en français ou en espagnol. Le format, l’encodage et le séparateur sont détectés.</translation>
    </message>
    <message>
        <source>Choose a file, or drop it here</source>
        <translation>Choisissez un fichier ou déposez-le ici</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Listes de participants (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message numerus="yes">
        <source>{file}: {how}. Header on row {header}, then %Ln row(s).</source>
        <translation>
            <numerusform>{file}&#xa0;: {how}. En-tête à la ligne {header}, puis %Ln ligne.</numerusform>
            <numerusform>{file}&#xa0;: {how}. En-tête à la ligne {header}, puis %Ln lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column names recognised without help (any order, any case, with or without accents; other columns are left out):</source>
        <translation>Noms de colonnes reconnus sans aide (dans n’importe quel ordre, en majuscules ou minuscules, avec ou sans accents&#x202f;; les autres colonnes sont ignorées)&#xa0;:</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (texte Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <source>Code page 850 (Excel “CSV (MS-DOS)”)</source>
        <translation>Page de codes 850 (Excel «&#xa0;CSV (MS-DOS)&#xa0;»)</translation>
    </message>
    <message>
        <source>UTF-8 with some Windows-1252 lines</source>
        <translation>UTF-8, avec quelques lignes en Windows-1252</translation>
    </message>
    <message>
        <source>Windows-1252 with some UTF-8 lines</source>
        <translation>Windows-1252, avec quelques lignes en UTF-8</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>classeur Excel, feuille «&#xa0;{sheet}&#xa0;»</translation>
    </message>
    <message>
        <source>CSV, {encoding}, one column</source>
        <translation>CSV, {encoding}, une seule colonne</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by {separator}</source>
        <translation>CSV, {encoding}, séparé par {separator}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Second nom de famille</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Nom en caractères latins</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Registered days</source>
        <translation>Jours d’inscription</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>VIP (yes/no)</source>
        <translation>VIP (oui/non)</translation>
    </message>
    <message>
        <source>Speaker (yes/no)</source>
        <translation>Intervenant (oui/non)</translation>
    </message>
    <message>
        <source>Protocol (yes/no)</source>
        <translation>Protocole (oui/non)</translation>
    </message>
    <message>
        <source>See supervisor (yes/no)</source>
        <translation>S’adresser au superviseur (oui/non)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <source>No id: the person cannot be identified; row not imported.</source>
        <translation>Pas d’identifiant&#xa0;: la personne ne peut pas être identifiée&#x202f;; ligne non importée.</translation>
    </message>
    <message>
        <source>No name: row not imported.</source>
        <translation>Pas de nom&#xa0;: ligne non importée.</translation>
    </message>
    <message>
        <source>The id is longer than {limit} bytes; row not imported.</source>
        <translation>L’identifiant dépasse {limit} octets&#x202f;; ligne non importée.</translation>
    </message>
    <message>
        <source>The id {id} is a number in Excel’s scientific notation, its digits lost: row not imported. Format the id column as text in Excel and export the list again.</source>
        <translation>L’identifiant {id} est un nombre en notation scientifique d’Excel, ses chiffres sont perdus&#xa0;: ligne non importée. Mettez la colonne des identifiants au format texte dans Excel et exportez de nouveau la liste.</translation>
    </message>
    <message>
        <source>The id {id} is new, and {stored} is on the list: if a spreadsheet dropped its leading zeros, format the id column as text and export the list again.</source>
        <translation>L’identifiant {id} est nouveau, et {stored} figure sur la liste&#xa0;: si un tableur a supprimé ses zéros initiaux, mettez la colonne des identifiants au format texte et exportez de nouveau la liste.</translation>
    </message>
    <message>
        <source>Id {id} was {old}, who has checked in or has a printed badge, and is now {new}: row not imported (that check-in and badge are {old}’s). Check that the list’s ids are stable.</source>
        <translation>L’identifiant {id} était {old}, qui s’est enregistré ou dont le badge a été imprimé, et désigne maintenant {new}&#xa0;: ligne non importée (cet enregistrement et ce badge sont ceux de {old}). Vérifiez que les identifiants de la liste sont stables.</translation>
    </message>
    <message>
        <source>Id {id} was {old}, is now {new}: check that the list’s ids are stable.</source>
        <translation>L’identifiant {id} était {old}, il désigne maintenant {new}&#xa0;: vérifiez que les identifiants de la liste sont stables.</translation>
    </message>
    <message>
        <source>Missing: {fields}.</source>
        <translation>Manquant&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>Unknown category “{value}”: set to {default}.</source>
        <translation>Catégorie inconnue «&#xa0;{value}&#xa0;»&#xa0;: remplacée par {default}.</translation>
    </message>
    <message>
        <source>Unknown country “{value}”: kept as written.</source>
        <translation>Pays inconnu «&#xa0;{value}&#xa0;»&#xa0;: conservé tel quel.</translation>
    </message>
    <message>
        <source>Country “{value}” read as Namibia (NA); if it means “not available”, leave the cell empty.</source>
        <translation>Pays «&#xa0;{value}&#xa0;» lu comme la Namibie (NA)&#x202f;; s’il signifie «&#xa0;non disponible&#xa0;», laissez la cellule vide.</translation>
    </message>
    <message>
        <source>“{value}” does not look like an e-mail address.</source>
        <translation>«&#xa0;{value}&#xa0;» ne ressemble pas à une adresse électronique.</translation>
    </message>
    <message>
        <source>The id {id} is also on row {other_row}: row skipped.</source>
        <translation>L’identifiant {id} figure aussi à la ligne {other_row}&#xa0;: ligne ignorée.</translation>
    </message>
    <message>
        <source>Ticket code {value} is also on row {other_row}.</source>
        <translation>Le code de billet {value} figure aussi à la ligne {other_row}.</translation>
    </message>
    <message>
        <source>Looks like the same person as row {other_row} (id {other_id}).</source>
        <translation>Semble être la même personne qu’à la ligne {other_row} (identifiant {other_id}).</translation>
    </message>
    <message>
        <source>Looks like {name} ({other_id}), already registered under another id.</source>
        <translation>Semble être {name} ({other_id}), déjà inscrit sous un autre identifiant.</translation>
    </message>
    <message>
        <source>Days “{value}” not understood: registered for every day.</source>
        <translation>Jours «&#xa0;{value}&#xa0;» non compris&#xa0;: inscrit pour tous les jours.</translation>
    </message>
    <message>
        <source>Days “{value}” partly understood: read as {days}.</source>
        <translation>Jours «&#xa0;{value}&#xa0;» compris en partie&#xa0;: lus comme {days}.</translation>
    </message>
    <message>
        <source>{value} is not a day of the event: ignored.</source>
        <translation>{value} n’est pas un jour de la manifestation&#xa0;: ignoré.</translation>
    </message>
    <message>
        <source>Language “{value}” not recognised: left empty.</source>
        <translation>Langue «&#xa0;{value}&#xa0;» non reconnue&#xa0;: laissée vide.</translation>
    </message>
    <message>
        <source>“{value}” is not a known flag: ignored.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une mention connue&#xa0;: ignorée.</translation>
    </message>
    <message>
        <source>“{value}” in the column {field} is neither yes nor no: not set.</source>
        <translation>«&#xa0;{value}&#xa0;» dans la colonne {field} n’est ni oui ni non&#xa0;: mention non attribuée.</translation>
    </message>
    <message>
        <source>More values than columns (a shifted column?): “{value}” not imported.</source>
        <translation>Plus de valeurs que de colonnes (une colonne décalée&#x202f;?)&#xa0;: «&#xa0;{value}&#xa0;» non importé.</translation>
    </message>
    <message>
        <source>Nothing in the imported columns: row skipped.</source>
        <translation>Rien dans les colonnes importées&#xa0;: ligne ignorée.</translation>
    </message>
    <message>
        <source>{file} cannot be read near row {row}: a cell there is far too long, as when a quote is never closed. Check that row in the file.</source>
        <translation>{file} ne peut pas être lu vers la ligne {row}&#xa0;: une cellule y est beaucoup trop longue, comme lorsqu’un guillemet n’est jamais fermé. Vérifiez cette ligne dans le fichier.</translation>
    </message>
    <message>
        <source>A quote in this row seems never closed: check the rows below it.</source>
        <translation>Un guillemet de cette ligne ne semble jamais fermé&#xa0;: vérifiez les lignes suivantes.</translation>
    </message>
    <message>
        <source>No id column: ids are made from name, organisation and e-mail, so a corrected list only updates people whose name, organisation and e-mail did not change.</source>
        <translation>Pas de colonne d’identifiant&#xa0;: les identifiants sont formés à partir du nom, de l’organisation et du courriel&#x202f;; une liste corrigée ne met donc à jour que les personnes dont ces trois éléments n’ont pas changé.</translation>
    </message>
    <message>
        <source>No category column: people new to the list are {default}; the others keep theirs.</source>
        <translation>Pas de colonne de catégorie&#xa0;: les nouvelles personnes sont {default}&#x202f;; les autres gardent la leur.</translation>
    </message>
    <message>
        <source>Column “{column}” not imported: “{other}” already gives this field.</source>
        <translation>Colonne «&#xa0;{column}&#xa0;» non importée&#xa0;: «&#xa0;{other}&#xa0;» donne déjà ce champ.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Colonnes non importées&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>Column “{column}” holds honorifics (Mr, Ms, Dr…), not positions: not imported.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» contient des civilités (M., Mme, Dr…), pas des fonctions&#xa0;: non importée.</translation>
    </message>
    <message>
        <source>Rows above the header not imported: {rows}.</source>
        <translation>Lignes au-dessus de l’en-tête non importées&#xa0;: {rows}.</translation>
    </message>
    <message>
        <source>Rows repeating the header not imported: {rows}.</source>
        <translation>Lignes répétant l’en-tête non importées&#xa0;: {rows}.</translation>
    </message>
    <message>
        <source>Column {column} has values but no header: not imported. Choose its field above.</source>
        <translation>La colonne {column} contient des valeurs mais n’a pas d’en-tête&#xa0;: non importée. Choisissez son champ ci-dessus.</translation>
    </message>
    <message>
        <source>The workbook has formulas whose results were never saved (it was written by a program, not by Excel), so those cells read as empty. Open it in Excel, save it, and import it again.</source>
        <translation>Le classeur contient des formules dont les résultats n’ont jamais été enregistrés (il a été écrit par un programme, pas par Excel)&#xa0;: ces cellules se lisent vides. Ouvrez-le dans Excel, enregistrez-le, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file contains “{value}” where an accent was mangled before it was exported: check the names in the registration system.</source>
        <translation>Le fichier contient «&#xa0;{value}&#xa0;», un accent abîmé avant l’exportation&#xa0;: vérifiez les noms dans le système d’inscription.</translation>
    </message>
    <message>
        <source>This row (and perhaps others) is in UTF-8, unlike the rest of the file (Windows-1252): it was read as UTF-8 (“{value}”). Check its accents.</source>
        <translation>Cette ligne (et peut-être d’autres) est en UTF-8, contrairement au reste du fichier (Windows-1252)&#xa0;: elle a été lue en UTF-8 («&#xa0;{value}&#xa0;»). Vérifiez ses accents.</translation>
    </message>
    <message>
        <source>This row (and perhaps others) is not in UTF-8 like the rest of the file: it was read as Windows-1252 (“{value}”). Check its accents.</source>
        <translation>Cette ligne (et peut-être d’autres) n’est pas en UTF-8 comme le reste du fichier&#xa0;: elle a été lue en Windows-1252 («&#xa0;{value}&#xa0;»). Vérifiez ses accents.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {file} is empty.</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» de {file} est vide.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} n’existe pas.</translation>
    </message>
    <message>
        <source>{file} is not a CSV or Excel file. Export the list as CSV or .xlsx.</source>
        <translation>{file} n’est pas un fichier CSV ou Excel. Exportez la liste en CSV ou en .xlsx.</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Remove the password in Excel (File &gt; Info &gt; Protect Workbook) or save a copy as CSV, and import that.</source>
        <translation>{file} est protégé par un mot de passe. Retirez le mot de passe dans Excel (Fichier &gt; Informations &gt; Protéger le classeur) ou enregistrez une copie en CSV, puis importez-la.</translation>
    </message>
    <message>
        <source>{file} is an old Excel 97–2003 workbook. Save it as .xlsx or CSV and import that.</source>
        <translation>{file} est un ancien classeur Excel 97–2003. Enregistrez-le en .xlsx ou en CSV, puis importez-le.</translation>
    </message>
    <message>
        <source>{file} was saved as a Strict Open XML workbook, which cannot be read. In Excel, save it as Excel Workbook (.xlsx) or as CSV.</source>
        <translation>{file} a été enregistré au format «&#xa0;Feuille de calcul Open XML Strict&#xa0;», qui ne peut pas être lu. Dans Excel, enregistrez-le en «&#xa0;Classeur Excel (.xlsx)&#xa0;» ou en CSV.</translation>
    </message>
    <message>
        <source>{file} is an OpenDocument spreadsheet. Save it as .xlsx or CSV.</source>
        <translation>{file} est un classeur OpenDocument. Enregistrez-le en .xlsx ou en CSV.</translation>
    </message>
    <message>
        <source>{file} is a web page, not a table. Save it as .xlsx or CSV in Excel.</source>
        <translation>{file} est une page web, pas un tableau. Enregistrez-la en .xlsx ou en CSV dans Excel.</translation>
    </message>
    <message>
        <source>{file} cannot be read: it is damaged, incomplete or in use.</source>
        <translation>{file} ne peut pas être lu&#xa0;: il est abîmé, incomplet ou en cours d’utilisation.</translation>
    </message>
    <message>
        <source>In {file}, the quote opened on row {row} is never closed, so the rows after it read as one cell. Close or remove that quote in the file and import again.</source>
        <translation>Dans {file}, le guillemet ouvert à la ligne {row} n’est jamais fermé&#xa0;: les lignes suivantes se liraient comme une seule cellule. Fermez ou supprimez ce guillemet dans le fichier, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} is too large to be a participant list.</source>
        <translation>{file} est trop volumineux pour être une liste de participants.</translation>
    </message>
    <message>
        <source>{twice} of the {rows} people of this file are on the list already under another id, and the file has no id column: importing it would list them twice. Nothing was imported. Import the registration system’s export with its id column.</source>
        <translation>{twice} des {rows} personnes de ce fichier sont déjà dans la liste sous un autre identifiant, et le fichier n’a pas de colonne d’identifiant&#xa0;: l’importer les inscrirait deux fois. Rien n’a été importé. Importez l’export du système d’inscription avec sa colonne d’identifiant.</translation>
    </message>
    <message>
        <source>{shifted} of the {changed} people whose details changed are other people under the same id (id {id} was {old}, is now {new}): the list’s ids look like row numbers, which change when a list is sorted or a row added. Nothing was imported: export the list with the registration system’s own ids and import it again.</source>
        <translation>{shifted} des {changed} personnes dont les données ont changé sont d’autres personnes sous le même identifiant ({id} était {old}, désigne maintenant {new})&#xa0;: les identifiants de la liste semblent être des numéros de ligne, qui changent dès que la liste est triée ou qu’une ligne est ajoutée. Rien n’a été importé&#xa0;: exportez la liste avec les identifiants du système d’inscription et importez-la de nouveau.</translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>{file} n’a pas de feuille nommée «&#xa0;{sheet}&#xa0;». Ses feuilles sont&#xa0;: {sheets}.</translation>
    </message>
    <message>
        <source>{file} is a CSV file: it has no sheets.</source>
        <translation>{file} est un fichier CSV&#xa0;: il n’a pas de feuilles.</translation>
    </message>
    <message>
        <source>No column holds the names. Choose which column holds the first name, the family name or the full name.</source>
        <translation>Aucune colonne ne contient les noms. Indiquez la colonne du prénom, du nom de famille ou du nom complet.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Choisissez un nom de fichier se terminant par .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>{file} cannot be written. If it is open in another program, close it and try again.</source>
        <translation>{file} ne peut pas être enregistré. S’il est ouvert dans un autre programme, fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>{file} cannot be written: the disk is full. Free some space and retry.</source>
        <translation>{file} ne peut pas être écrit&#xa0;: le disque est plein. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>Import participant list</source>
        <translation>Importer la liste des participants</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>ListConflict</name>
    <message>
        <source>Choosing the participant list every desk keeps needs the supervisor PIN.</source>
        <translation>Choisir la liste de participants que gardent tous les guichets demande le code du superviseur.</translation>
    </message>
    <message>
        <source>Two participant lists</source>
        <translation>Deux listes de participants</translation>
    </message>
    <message>
        <source>Another desk published a participant list since this desk imported one. Which list should every desk keep?</source>
        <translation>Un autre guichet a publié une liste de participants depuis l’import fait sur ce guichet. Quelle liste tous les guichets doivent-ils garder&#x202f;?</translation>
    </message>
    <message>
        <source>This desk&apos;s list: it is published, and the other desks take it in (the other desk&apos;s changes are lost unless it imports them again).
The published list: this desk takes it in, and its own import is undone.</source>
        <translation>La liste de ce guichet&#xa0;: elle est publiée et les autres guichets la reprennent (les changements de l’autre guichet sont perdus s’il ne les importe pas de nouveau).
La liste publiée&#xa0;: ce guichet la reprend et son propre import est annulé.</translation>
    </message>
    <message>
        <source>Keep this desk&apos;s list</source>
        <translation>Garder la liste de ce guichet</translation>
    </message>
    <message>
        <source>Take the published list</source>
        <translation>Reprendre la liste publiée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>A badge was scanned into the walk-in form: the form was closed and the badge checked.</source>
        <extracomment>The most the desk and operator take of the status bar (pixels; the tooltip has it all).</extracomment>
        <translation>Un badge a été scanné dans le formulaire d’inscription sur place&#xa0;: le formulaire a été fermé et le badge vérifié.</translation>
    </message>
    <message>
        <source>The participant list was updated from the other desks: {new} new, {changed} changed, {removed} removed.</source>
        <translation>La liste des participants a été mise à jour depuis les autres guichets ({new} ajout(s), {changed} modification(s), {removed} retrait(s)).</translation>
    </message>
    <message>
        <source>The participant list was published for the other desks.</source>
        <translation>La liste des participants a été publiée pour les autres guichets.</translation>
    </message>
    <message>
        <source>Importing a participant list needs the supervisor PIN.</source>
        <translation>Importer une liste de participants demande le code du superviseur.</translation>
    </message>
    <message>
        <source>A sync is running: choose again in a moment.</source>
        <translation>Une synchronisation est en cours&#xa0;: choisissez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>{app} {version}
Registration desk for {event}.</source>
        <translation>{app} {version}
Guichet d’accueil et d’enregistrement — {event}</translation>
    </message>
    <message>
        <source>Register a &amp;walk-in…</source>
        <translation>Inscrire un participant sur &amp;place…</translation>
    </message>
    <message>
        <source>Desk &amp;settings…</source>
        <translation>&amp;Paramètres du guichet…</translation>
    </message>
    <message>
        <source>&amp;Import participant list…</source>
        <translation>&amp;Importer la liste des participants…</translation>
    </message>
    <message>
        <source>Settle the participant list conflict…</source>
        <translation>Résoudre le conflit de listes de participants…</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>&amp;Présences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Check-in</source>
        <translation>À &amp;propos de Check-in</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Guichet</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>&amp;Badges</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>no operator set (Ctrl+,)</source>
        <translation>aucun opérateur indiqué (Ctrl+,)</translation>
    </message>
    <message>
        <source>no name set (Ctrl+,)</source>
        <translation>aucun nom indiqué (Ctrl+,)</translation>
    </message>
    <message>
        <source>Desk: {desk} · Operator: {operator}</source>
        <translation>Guichet&#xa0;: {desk} · Opérateur&#xa0;: {operator}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <source>Each column of the file and what it fills. Correct any that is wrong; the preview shows the first rows as they will be imported.</source>
        <translation>Chaque colonne du fichier et ce qu’elle remplit. Corrigez celles qui sont fausses&#x202f;; l’aperçu montre les premières lignes telles qu’elles seront importées.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>(column {letter})</source>
        <translation>(colonne {letter})</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %Ln row(s)</source>
        <translation>
            <numerusform>Aperçu de %Ln ligne</numerusform>
            <numerusform>Aperçu des %Ln premières lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>Code du superviseur</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Ask a supervisor to type the PIN.</source>
        <translation>Demandez à un superviseur de saisir le code.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try before the desk waits a minute.</source>
        <translation>
            <numerusform>Code erroné. Encore %n essai avant une minute d’attente.</numerusform>
            <numerusform>Code erroné. Encore %n essais avant une minute d’attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de codes erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <source>Print the badge of {name}?</source>
        <extracomment>The most the question takes of the status bar (pixels): a long name is cut in the middle.</extracomment>
        <translation>Imprimer le badge de {name}&#x202f;?</translation>
    </message>
    <message>
        <source>Printing the badge…</source>
        <translation>Impression du badge…</translation>
    </message>
    <message>
        <source>Print (F9)</source>
        <translation>Imprimer (F9)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Annuler l’impression</translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <source>Layout</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A6 — badge holder</source>
        <translation>A6 — porte-badge</translation>
    </message>
    <message>
        <source>CR80 — plastic card printer</source>
        <translation>CR80 — imprimante de cartes plastiques</translation>
    </message>
    <message>
        <source>A4 — four badges per sheet, to cut</source>
        <translation>A4 — quatre badges par feuille, à découper</translation>
    </message>
    <message>
        <source>No printer installed</source>
        <translation>Aucune imprimante installée</translation>
    </message>
    <message>
        <source>{printer} — not available</source>
        <translation>{printer} — non disponible</translation>
    </message>
    <message>
        <source>The badge&apos;s own size</source>
        <translation>Format du badge</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>This desk&apos;s printer “{printer}” is not available. Choose another printer.</source>
        <translation>L’imprimante de ce guichet, «&#xa0;{printer}&#xa0;», n’est pas disponible. Choisissez-en une autre.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer is installed on this computer. Install one, or save the badge as a PDF. The check-in is recorded.</source>
        <extracomment>How long a job sent to CUPS is watched for a refusal, a stop or a cancel (seconds). Paper a desk may choose (key stored in DeskSettings.page_size); &apos;&apos; = the badge&apos;s own size.</extracomment>
        <translation>Aucune imprimante n’est installée sur cet ordinateur. Installez-en une, ou enregistrez le badge en PDF. L’enregistrement de l’arrivée est conservé.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is not available. Choose another printer. The check-in is recorded.</source>
        <translation>L’imprimante «&#xa0;{printer}&#xa0;» n’est pas disponible. Choisissez-en une autre. L’enregistrement de l’arrivée est conservé.</translation>
    </message>
    <message>
        <source>The printer reported an error and the badge was not printed. Check that it is on, has cards or paper, and try again. The check-in is recorded.</source>
        <translation>L’imprimante a signalé une erreur et le badge n’a pas été imprimé. Vérifiez qu’elle est allumée et qu’elle a des cartes ou du papier, puis réessayez. L’enregistrement de l’arrivée est conservé.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is stopped or paused, so the badge was not printed (its job was withdrawn). Check the printer (power, cable, cards or ribbon, paper), resume it in the system&apos;s printer settings, then print again. The check-in is recorded.</source>
        <translation>L’imprimante «&#xa0;{printer}&#xa0;» est arrêtée ou en pause&#x202f;; le badge n’a donc pas été imprimé (sa tâche a été retirée). Vérifiez l’imprimante (alimentation, câble, cartes ou ruban, papier), relancez-la dans les réglages d’impression du système, puis imprimez de nouveau. L’enregistrement de l’arrivée est conservé.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is refusing jobs, so the badge was not printed. Choose another printer, or ask a supervisor to make it accept jobs again. The check-in is recorded.</source>
        <translation>L’imprimante «&#xa0;{printer}&#xa0;» refuse les tâches&#x202f;; le badge n’a donc pas été imprimé. Choisissez une autre imprimante ou demandez à un superviseur de lui faire accepter de nouveau les tâches. L’enregistrement de l’arrivée est conservé.</translation>
    </message>
    <message>
        <source>Printing was cancelled. Nothing else changed.</source>
        <translation>L’impression a été annulée. Rien d’autre n’a changé.</translation>
    </message>
    <message>
        <source>The print job was cancelled in the printer&apos;s queue; the badge is not counted as printed. Print it again when needed. The check-in is recorded.</source>
        <translation>La tâche d’impression a été annulée dans la file de l’imprimante&#x202f;; le badge n’est pas compté comme imprimé. Imprimez-le de nouveau si nécessaire. L’enregistrement de l’arrivée est conservé.</translation>
    </message>
    <message>
        <source>The badge could not be prepared for printing. Call a supervisor.</source>
        <translation>Le badge n’a pas pu être préparé pour l’impression. Appelez un superviseur.</translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>Undo this check-in…</source>
        <translation>Annuler cet enregistrement…</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Replace badge</source>
        <translation>Remplacer le badge</translation>
    </message>
    <message numerus="yes">
        <source>Badge version {version} · replaced %n time(s) so far</source>
        <translation>
            <numerusform>Badge&#xa0;: version {version} · remplacé %n fois jusqu’ici</numerusform>
            <numerusform>Badge&#xa0;: version {version} · remplacé %n fois jusqu’ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge version {version} · never replaced</source>
        <translation>Badge&#xa0;: version {version} · jamais remplacé</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <source>Name or organisation wrong — correct it</source>
        <translation>Nom ou organisation erronés — les corriger</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre raison</translation>
    </message>
    <message>
        <source>What happened (required for “Other reason”)</source>
        <translation>Ce qui s’est passé (obligatoire pour «&#xa0;Autre raison&#xa0;»)</translation>
    </message>
    <message>
        <source>Print the new badge now</source>
        <translation>Imprimer le nouveau badge maintenant</translation>
    </message>
    <message>
        <source>The current badge stops working at once: its code will scan as replaced. Keep it if the person hands it back.</source>
        <translation>Le badge actuel cesse de fonctionner immédiatement&#xa0;: son code sera lu comme remplacé. Gardez-le si la personne le rend.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Latin spelling (passport)</source>
        <translation>Orthographe latine (passeport)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Why is the badge replaced?</source>
        <translation>Pourquoi le badge est-il remplacé&#x202f;?</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check the errors and warnings (row numbers are those of the file in Excel), then import.</source>
        <translation>Rien n’a encore été enregistré. Vérifiez les erreurs et les avertissements (les numéros de ligne sont ceux du fichier dans Excel), puis importez.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>New participants</source>
        <translation>Nouveaux participants</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>… with a badge to print again</source>
        <translation>… dont le badge est à réimprimer</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Not imported (errors, repeated ids, empty rows)</source>
        <translation>Non importées (erreurs, identifiants répétés, lignes vides)</translation>
    </message>
    <message>
        <source>On this desk but no longer in the list</source>
        <translation>Sur ce guichet mais plus dans la liste</translation>
    </message>
    <message>
        <source>Names corrected at a desk, kept as corrected</source>
        <translation>Noms corrigés à un guichet, gardés tels que corrigés</translation>
    </message>
    <message>
        <source>Remove the people no longer in the list (anyone who has checked in is kept)</source>
        <translation>Retirer les personnes qui ne sont plus dans la liste (celles qui sont déjà enregistrées à l’entrée sont conservées)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Errors: {errors} · Warnings: {warnings}</source>
        <translation>Erreurs&#xa0;: {errors} · Avertissements&#xa0;: {warnings}</translation>
    </message>
    <message>
        <source>No one can be removed with this file: some of its rows have no id or no name (see the errors), and they may be some of these people.</source>
        <translation>Personne ne peut être retiré avec ce fichier&#xa0;: certaines de ses lignes n’ont pas d’identifiant ou pas de nom (voir les erreurs), et il peut s’agir de certaines de ces personnes.</translation>
    </message>
    <message>
        <source>No one can be removed with this file: it has no id column, and most of the list&apos;s people are not found in it by the ids made from their names. Import a list with its ids to remove people.</source>
        <translation>Ce fichier ne permet de retirer personne&#xa0;: il n’a pas de colonne d’identifiant, et la plupart des personnes de la liste n’y sont pas retrouvées par les identifiants tirés de leur nom. Importez une liste avec ses identifiants pour retirer des personnes.</translation>
    </message>
    <message>
        <source>No row of this file can be imported. Check the columns and the errors below.</source>
        <translation>Aucune ligne de ce fichier ne peut être importée. Vérifiez les colonnes et les erreurs ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %Ln row(s).</source>
        <translation>
            <numerusform>Prêt à importer %Ln ligne.</numerusform>
            <numerusform>Prêt à importer %Ln lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>checked in {time}</source>
        <extracomment>Rows painted again (the same people stay listed as a name is typed) reuse their laid-out text: a row cost ~0.45 ms to paint at 100k, a third of a keystroke.</extracomment>
        <translation>enregistré à {time}</translation>
    </message>
    <message>
        <source>{days} only</source>
        <translation>{days} uniquement</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Desk settings</source>
        <translation>Paramètres du guichet</translation>
    </message>
    <message>
        <source>e.g. Entrance A – desk 2</source>
        <translation>p. ex. Entrée A – guichet 2</translation>
    </message>
    <message>
        <source>Your name, recorded with each check-in</source>
        <translation>Votre nom, enregistré avec chaque entrée</translation>
    </message>
    <message>
        <source>Mute the verdict sounds</source>
        <translation>Couper les signaux sonores</translation>
    </message>
    <message>
        <source>Open the attendance window when Check-in starts (organisers)</source>
        <translation>Ouvrir la fenêtre des présences au démarrage de Check-in (organisateurs)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Demander à chaque fois</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Nom du guichet</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Print the badge on check-in</source>
        <translation>Imprimer le badge à l’arrivée</translation>
    </message>
    <message>
        <source>None: this desk works alone</source>
        <translation>Aucun&#xa0;: ce guichet travaille seul</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Shared folder for sync</source>
        <translation>Dossier partagé de synchronisation</translation>
    </message>
    <message>
        <source>Or a PostgreSQL server: postgresql://user@host/database</source>
        <translation>Ou un serveur PostgreSQL&#xa0;: postgresql://utilisateur@hôte/base</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The participant list on this desk is as it was.</source>
        <translation>La liste des participants de ce guichet est restée telle quelle.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>The participant list on this desk is up to date.</source>
        <translation>La liste des participants de ce guichet est à jour.</translation>
    </message>
    <message>
        <source>New participants</source>
        <translation>Nouveaux participants</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Badges to print again (printed details changed)</source>
        <translation>Badges à réimprimer (données imprimées modifiées)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Lignes non importées</translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation>Retirés de la liste</translation>
    </message>
    <message>
        <source>Not removed because they checked in</source>
        <translation>Non retirés car déjà enregistrés à l’entrée</translation>
    </message>
    <message>
        <source>No longer in the list, kept on this desk</source>
        <translation>Plus dans la liste, conservés sur ce guichet</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The shared folder cannot be reached. Working offline; nothing is lost, the desk catches up later.</source>
        <translation>Le dossier partagé est inaccessible. Travail hors ligne&#x202f;; aucune donnée n’est perdue, le guichet se mettra à jour plus tard.</translation>
    </message>
    <message>
        <source>The shared folder refuses this desk&apos;s writes (permissions): the other desks&apos; check-ins are read when allowed, this desk&apos;s are kept here. Ask for write access.</source>
        <translation>Le dossier partagé refuse les écritures de ce guichet (droits d’accès)&#xa0;: les enregistrements des autres guichets sont lus si c’est permis, ceux de ce guichet restent ici. Demandez l’accès en écriture.</translation>
    </message>
    <message>
        <source>The shared folder is read-only for this desk: the other desks&apos; check-ins are read, this desk&apos;s are kept here. Ask for write access.</source>
        <translation>Le dossier partagé est en lecture seule pour ce guichet&#xa0;: les enregistrements des autres guichets sont lus, ceux de ce guichet restent ici. Demandez l’accès en écriture.</translation>
    </message>
    <message>
        <source>This desk&apos;s own folder cannot be written. Call a supervisor.</source>
        <translation>Le dossier propre à ce guichet n’est pas accessible en écriture. Appelez un superviseur.</translation>
    </message>
    <message>
        <source>The shared folder is not answering (network or disk full). Working offline; nothing is lost.</source>
        <translation>Le dossier partagé ne répond pas (réseau ou disque plein). Travail hors ligne&#x202f;; aucune donnée n’est perdue.</translation>
    </message>
    <message>
        <source>The shared folder is empty now (an unmounted share?). Working offline; nothing is lost.</source>
        <translation>Le dossier partagé est maintenant vide (partage démonté&#x202f;?). Travail hors ligne&#x202f;; aucune donnée n’est perdue.</translation>
    </message>
    <message>
        <source>No event has been published in the shared folder.</source>
        <translation>Aucune manifestation n’a été publiée dans le dossier partagé.</translation>
    </message>
    <message>
        <source>The event in the shared folder is incomplete or damaged. Call a supervisor.</source>
        <translation>La manifestation du dossier partagé est incomplète ou endommagée. Appelez un superviseur.</translation>
    </message>
    <message>
        <source>The shared folder serves another event. Check the folder in the desk settings.</source>
        <translation>Le dossier partagé sert une autre manifestation. Vérifiez le dossier dans les paramètres du guichet.</translation>
    </message>
    <message>
        <source>The shared folder&apos;s event has another secret. Call a supervisor.</source>
        <translation>La manifestation du dossier partagé a un autre secret. Appelez un superviseur.</translation>
    </message>
    <message>
        <source>Another desk uses this desk&apos;s identity (a copied folder?). Call a supervisor.</source>
        <translation>Un autre guichet utilise l’identité de ce guichet (dossier copié&#x202f;?). Appelez un superviseur.</translation>
    </message>
    <message>
        <source>A journal in the shared folder is damaged or belongs to another event, so it is not read. A desk repairs its own within the hour; call a supervisor if not.</source>
        <translation>Un journal du dossier partagé est endommagé ou appartient à un autre événement&#xa0;: il n’est pas lu. Un guichet répare le sien dans l’heure&#x202f;; sinon, appelez un superviseur.</translation>
    </message>
    <message>
        <source>An attendance file is open in another program; it will be written later.</source>
        <translation>Un fichier de présence est ouvert dans un autre programme&#x202f;; il sera écrit plus tard.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Working offline; nothing is lost, the desk catches up later.</source>
        <translation>Le serveur de synchronisation est injoignable. Travail hors ligne&#x202f;; aucune donnée n’est perdue, le guichet se mettra à jour plus tard.</translation>
    </message>
    <message>
        <source>The sync server refused this desk&apos;s login. Working offline; nothing is lost. Call a supervisor to check the user name and password.</source>
        <translation>Le serveur de synchronisation a refusé la connexion de ce guichet. Travail hors ligne&#x202f;; aucune donnée n’est perdue. Appelez un superviseur pour vérifier l’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Another desk published a different participant list since this desk imported one. Check-ins still travel. Call a supervisor.</source>
        <translation>Un autre guichet a publié une autre liste de participants depuis l’import fait sur ce guichet. Les enregistrements continuent de circuler. Appelez un superviseur.</translation>
    </message>
    <message>
        <source>The sync server&apos;s address cannot be read. Check it in the desk settings.</source>
        <translation>L’adresse du serveur de synchronisation est illisible. Vérifiez-la dans les paramètres du guichet.</translation>
    </message>
    <message>
        <source>The sync server does not let this desk write: the other desks&apos; check-ins are read, this desk&apos;s are kept here. Ask for write rights.</source>
        <translation>Le serveur de synchronisation n’autorise pas ce guichet à écrire&#xa0;: les enregistrements des autres guichets sont lus, ceux de ce guichet restent ici. Demandez les droits d’écriture.</translation>
    </message>
    <message>
        <source>The sync server reported a problem: {detail}. The desk keeps working and tries again.</source>
        <translation>Le serveur de synchronisation signale un problème&#xa0;: {detail}. Le guichet continue de fonctionner et réessaiera.</translation>
    </message>
    <message>
        <source>The sync did not complete. The desk keeps working; it will try again.</source>
        <translation>La synchronisation n’a pas abouti. Le guichet continue de travailler&#x202f;; il réessaiera.</translation>
    </message>
    <message>
        <source>The sync server no longer holds the event (was its database replaced?). Working offline; nothing is lost.</source>
        <extracomment>The same problems, said of a sync server instead of a folder.</extracomment>
        <translation>Le serveur de synchronisation ne contient plus la manifestation (sa base a-t-elle été remplacée&#x202f;?). Travail hors ligne&#x202f;; aucune donnée n’est perdue.</translation>
    </message>
    <message>
        <source>No event has been published on the sync server.</source>
        <translation>Aucune manifestation n’a été publiée sur le serveur de synchronisation.</translation>
    </message>
    <message>
        <source>The event on the sync server is incomplete or damaged. Call a supervisor.</source>
        <translation>La manifestation du serveur de synchronisation est incomplète ou endommagée. Appelez un superviseur.</translation>
    </message>
    <message>
        <source>The sync server serves another event. Check its address in the desk settings.</source>
        <translation>Le serveur de synchronisation sert une autre manifestation. Vérifiez son adresse dans les paramètres du guichet.</translation>
    </message>
    <message>
        <source>The event on the sync server has another secret. Call a supervisor.</source>
        <translation>La manifestation du serveur de synchronisation a un autre secret. Appelez un superviseur.</translation>
    </message>
    <message>
        <source>A desk&apos;s check-ins on the sync server are damaged or belong to another event, so they are not read. A desk repairs its own within the hour; call a supervisor if not.</source>
        <translation>Les enregistrements d’un guichet sur le serveur de synchronisation sont endommagés ou appartiennent à une autre manifestation&#xa0;: ils ne sont pas lus. Un guichet répare les siens dans l’heure&#x202f;; sinon, appelez un superviseur.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} ahead of the sync server&apos;s.</source>
        <translation>L’horloge de cet ordinateur avance de {amount} sur celle du serveur de synchronisation.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} behind the sync server&apos;s.</source>
        <translation>L’horloge de cet ordinateur retarde de {amount} sur celle du serveur de synchronisation.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} ahead of the shared folder&apos;s.</source>
        <translation>L’horloge de cet ordinateur avance de {amount} sur celle du dossier partagé.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} behind the shared folder&apos;s.</source>
        <translation>L’horloge de cet ordinateur retarde de {amount} sur celle du dossier partagé.</translation>
    </message>
    <message>
        <source>Check-ins are filed under the day this clock says: set the date, time and time zone of this computer (call a supervisor).</source>
        <translation>Les enregistrements sont classés au jour qu’indique cette horloge&#xa0;: réglez la date, l’heure et le fuseau horaire de cet ordinateur (appelez un superviseur).</translation>
    </message>
    <message>
        <source>The shared folder refuses this desk (permissions): it cannot read the other desks&apos; check-ins nor share its own, which are kept here. Ask for read and write access for this desk&apos;s account.</source>
        <translation>Le dossier partagé refuse ce guichet (droits d’accès)&#xa0;: il ne peut ni lire les enregistrements des autres guichets ni partager les siens, qui sont conservés ici. Demandez l’accès en lecture et en écriture pour le compte de ce guichet.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync: this desk alone</source>
        <translation>Synchronisation&#xa0;: ce guichet uniquement</translation>
    </message>
    <message>
        <source>Set a shared folder in the desk settings (Ctrl+,).</source>
        <translation>Indiquez un dossier partagé dans les paramètres du guichet (Ctrl+,).</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>Synchronisation&#xa0;: démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>Synced at {time} · %Ln other desk(s)</source>
        <translation>
            <numerusform>Synchronisé à {time} · %Ln autre guichet</numerusform>
            <numerusform>Synchronisé à {time} · %Ln autres guichets</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Travail hors ligne</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Checked in</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Déjà enregistré</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <source>Invalid code</source>
        <translation>Code non valide</translation>
    </message>
    <message>
        <source>Replaced badge</source>
        <translation>Badge remplacé</translation>
    </message>
    <message>
        <source>Not registered for this day</source>
        <translation>Non inscrit pour ce jour</translation>
    </message>
    <message>
        <source>Welcome. Hand over the badge.</source>
        <translation>Bienvenue. Remettez le badge.</translation>
    </message>
    <message>
        <source>This person has already been checked in for this day.</source>
        <translation>Cette personne a déjà été enregistrée pour ce jour.</translation>
    </message>
    <message>
        <source>This code does not belong to this event. Search by name instead.</source>
        <translation>Ce code n’appartient pas à cette manifestation. Recherchez plutôt par nom.</translation>
    </message>
    <message>
        <source>The code is damaged or forged. Search the person by name and check their ID.</source>
        <translation>Le code est endommagé ou falsifié. Recherchez la personne par nom et vérifiez sa pièce d’identité.</translation>
    </message>
    <message>
        <source>This badge was replaced and is no longer valid. Keep it and send the person to the badge desk.</source>
        <translation>Ce badge a été remplacé et n’est plus valable. Conservez-le et orientez la personne vers le guichet des badges.</translation>
    </message>
    <message>
        <source>Registered for another day only. Admit anyway if a supervisor agrees.</source>
        <translation>Inscrit pour un autre jour uniquement. Admettre quand même si un superviseur l’accepte.</translation>
    </message>
    <message>
        <source>Registered for {days} only. Admit anyway (F2) if a supervisor agrees.</source>
        <translation>Inscrit uniquement pour {days}. Admettre quand même (F2) si un superviseur l’accepte.</translation>
    </message>
    <message>
        <source>Call the supervisor before handing over the badge.</source>
        <translation>Appelez le superviseur avant de remettre le badge.</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>See supervisor</source>
        <translation>S’adresser au superviseur</translation>
    </message>
    <message>
        <source>The scan was empty. Scan the code again.</source>
        <translation>La lecture est vide. Scannez à nouveau le code.</translation>
    </message>
    <message>
        <source>This person is not checked in for this day.</source>
        <translation>Cette personne n’est pas enregistrée pour ce jour.</translation>
    </message>
    <message>
        <source>Enter at least a first name or a family name.</source>
        <translation>Indiquez au moins un prénom ou un nom de famille.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>This country is not known. Choose it from the list, type its code (e.g. CH), or leave it empty.</source>
        <translation>Ce pays n’est pas reconnu. Choisissez-le dans la liste, saisissez son code (par ex. CH) ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>No participant has this id.</source>
        <translation>Aucun participant n’a cet identifiant.</translation>
    </message>
    <message>
        <source>This day is not a day of the event.</source>
        <translation>Ce jour n’est pas un jour de la manifestation.</translation>
    </message>
    <message>
        <source>The event settings (event.json) are not valid. Call a supervisor.</source>
        <translation>Les paramètres de la manifestation (event.json) ne sont pas valides. Appelez un superviseur.</translation>
    </message>
    <message>
        <source>This desk already holds another event. Call a supervisor.</source>
        <translation>Ce guichet contient déjà une autre manifestation. Appelez un superviseur.</translation>
    </message>
    <message>
        <source>The desk database is in use by another program. Close it and try again. What was recorded before is safe.</source>
        <translation>La base de données du guichet est utilisée par un autre programme. Fermez-le et réessayez. Ce qui était déjà enregistré est conservé.</translation>
    </message>
    <message>
        <source>The desk database cannot be written. Check the disk and folder permissions. What was recorded before is safe.</source>
        <translation>Impossible d’écrire dans la base de données du guichet. Vérifiez le disque et les droits du dossier. Ce qui était déjà enregistré est conservé.</translation>
    </message>
    <message>
        <source>Something went wrong. What was recorded before is safe. Try again or call a supervisor.</source>
        <translation>Une erreur s’est produite. Ce qui était déjà enregistré est conservé. Réessayez ou appelez un superviseur.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Check-in. Update the application.</source>
        <translation>Cette base de données a été créée par une version plus récente de Check-in. Mettez l’application à jour.</translation>
    </message>
    <message>
        <source>No event is loaded on this desk.</source>
        <translation>Aucune manifestation n’est chargée sur ce guichet.</translation>
    </message>
    <message>
        <source>The desk database was deleted or moved while Check-in was open: this check-in was not recorded. Call a supervisor, then start Check-in again.</source>
        <translation>La base de données du guichet a été supprimée ou déplacée pendant que Check-in était ouvert&#xa0;: cet enregistrement n’a pas été conservé. Appelez un superviseur, puis relancez Check-in.</translation>
    </message>
    <message>
        <source>The desk database cannot be used. Call a supervisor.</source>
        <translation>La base de données du guichet est inutilisable. Appelez un superviseur.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Scan a badge or type a name.</source>
        <translation>Scannez un badge ou tapez un nom.</translation>
    </message>
    <message>
        <source>Check-in not saved</source>
        <translation>Enregistrement non sauvegardé</translation>
    </message>
    <message>
        <source>Once that is fixed, scan this badge again.</source>
        <translation>Une fois le problème réglé, scannez à nouveau ce badge.</translation>
    </message>
    <message>
        <source>Admit anyway (F2)</source>
        <translation>Admettre quand même (F2)</translation>
    </message>
    <message>
        <source>Undo check-in (Ctrl+Z)</source>
        <translation>Annuler l’enregistrement (Ctrl+Z)</translation>
    </message>
    <message>
        <source>{id} (no name set)</source>
        <translation>{id} (sans nom)</translation>
    </message>
    <message>
        <source>First checked in at {time} at desk {desk}.</source>
        <translation>Enregistré une première fois à {time} au guichet {desk}.</translation>
    </message>
    <message>
        <source>First checked in at {time} at desk {desk} by {operator}.</source>
        <translation>Enregistré une première fois à {time} au guichet {desk} par {operator}.</translation>
    </message>
    <message>
        <source>Read: {text}</source>
        <translation>Lu&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Admitted although not registered for this day.</source>
        <translation>Admis bien que non inscrit pour ce jour.</translation>
    </message>
    <message>
        <source>Badge {presented} presented; the current badge is {current}.</source>
        <translation>Badge n° {presented} présenté&#x202f;; le badge en vigueur est le n° {current}.</translation>
    </message>
    <message>
        <source>Read through the scanner&apos;s keyboard-layout correction.</source>
        <translation>Lu grâce à la correction de disposition de clavier du lecteur.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque&#xa0;: {note}</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <extracomment>A name or organisation longer than this is a paste gone wrong, not a person (a badge shows at most three lines of it).</extracomment>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>A first name or a family name is required; the rest is optional.</source>
        <translation>Un prénom ou un nom de famille est requis&#x202f;; le reste est facultatif.</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Inscrire et enregistrer</translation>
    </message>
    <message>
        <source>That was a scanned code, not a name: type the name.</source>
        <translation>C’était un code scanné, pas un nom&#xa0;: tapez le nom.</translation>
    </message>
    <message>
        <source>Already on the list: {names}. If it is this person, cancel and check them in from the search results; if not, press “Register and check in” again.</source>
        <translation>Déjà sur la liste&#xa0;: {names}. Si c’est cette personne, annulez et enregistrez-la depuis les résultats de recherche&#x202f;; sinon, appuyez à nouveau sur «&#xa0;Inscrire et enregistrer&#xa0;».</translation>
    </message>
</context>
</TS>
