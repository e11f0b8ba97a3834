<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>DayBanner</name>
    <message>
        <source>Conference day served by this desk</source>
        <translation>Journée de conférence servie par ce guichet</translation>
    </message>
    <message>
        <source>Checking in for today, {day}.</source>
        <translation>Enregistrement pour aujourd'hui, {day}.</translation>
    </message>
    <message>
        <source>⚠ Checking in for {day} — this is NOT today's date (today is {today}).</source>
        <translation>⚠ Enregistrement pour le {day} — ce n'est PAS la date d'aujourd'hui (nous sommes le {today}).</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Press Enter to check in the highlighted person.</source>
        <translation>Appuyez sur Entrée pour enregistrer la personne en surbrillance.</translation>
    </message>
    <message>
        <source>Check-in undone for {name}.</source>
        <translation>Enregistrement annulé pour {name}.</translation>
    </message>
    <message>
        <source>Checked in for this day: {checked} of {registered} · at this desk: {desk}</source>
        <translation>Enregistrés ce jour : {checked} sur {registered} · à ce guichet : {desk}</translation>
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
        <source>Latest check-ins at this desk</source>
        <translation>Derniers enregistrements à ce guichet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} {version}
Registration desk for {event}.</source>
        <translation>{app} {version}
Accueil et enregistrement pour {event}.</translation>
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
        <source>Desk: {desk} · Operator: {operator}</source>
        <translation>Guichet : {desk} · Opérateur : {operator}</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>checked in {time}</source>
        <translation>enregistré à {time}</translation>
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
        <translation>Ce code n'appartient pas à cette manifestation. Recherchez plutôt par nom.</translation>
    </message>
    <message>
        <source>The code is damaged or forged. Search the person by name and check their ID.</source>
        <translation>Le code est endommagé ou falsifié. Recherchez la personne par nom et vérifiez sa pièce d'identité.</translation>
    </message>
    <message>
        <source>This badge was replaced and is no longer valid. Keep it and send the person to the badge desk.</source>
        <translation>Ce badge a été remplacé et n'est plus valable. Conservez-le et orientez la personne vers le guichet des badges.</translation>
    </message>
    <message>
        <source>Registered for another day only. Admit anyway if a supervisor agrees.</source>
        <translation>Inscrit pour un autre jour uniquement. Admettre quand même si un superviseur l'accepte.</translation>
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
        <translation>Voir le superviseur</translation>
    </message>
    <message>
        <source>The scan was empty. Scan the code again.</source>
        <translation>La lecture est vide. Scannez à nouveau le code.</translation>
    </message>
    <message>
        <source>This person is not checked in for this day.</source>
        <translation>Cette personne n'est pas enregistrée pour ce jour.</translation>
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
        <source>The desk database is in use by another program. Close it and try again. Nothing was lost.</source>
        <translation>La base de données du guichet est utilisée par un autre programme. Fermez-le et réessayez. Aucune donnée n'a été perdue.</translation>
    </message>
    <message>
        <source>The desk database cannot be written. Check the disk and folder permissions. Nothing was lost.</source>
        <translation>Impossible d'écrire dans la base de données du guichet. Vérifiez le disque et les droits du dossier. Aucune donnée n'a été perdue.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Check-in. Update the application.</source>
        <translation>Cette base de données a été créée par une version plus récente de Check-in. Mettez l'application à jour.</translation>
    </message>
    <message>
        <source>No event is loaded on this desk.</source>
        <translation>Aucune manifestation n'est chargée sur ce guichet.</translation>
    </message>
    <message>
        <source>The desk database cannot be used. Call a supervisor.</source>
        <translation>La base de données du guichet est inutilisable. Appelez un superviseur.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost. Try again or call a supervisor.</source>
        <translation>Une erreur s'est produite. Aucune donnée n'a été perdue. Réessayez ou appelez un superviseur.</translation>
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
        <source>Admit anyway (F2)</source>
        <translation>Admettre quand même (F2)</translation>
    </message>
    <message>
        <source>Undo check-in (Ctrl+Z)</source>
        <translation>Annuler l'enregistrement (Ctrl+Z)</translation>
    </message>
    <message>
        <source>First checked in at {time} at desk {desk} by {operator}.</source>
        <translation>Enregistré une première fois à {time} au guichet {desk} par {operator}.</translation>
    </message>
    <message>
        <source>Admitted although not registered for this day.</source>
        <translation>Admis bien que non inscrit pour ce jour.</translation>
    </message>
    <message>
        <source>Badge {presented} presented; the current badge is {current}.</source>
        <translation>Badge n° {presented} présenté ; le badge en vigueur est le n° {current}.</translation>
    </message>
    <message>
        <source>Read through the scanner's keyboard-layout correction.</source>
        <translation>Lu grâce à la correction de disposition de clavier du lecteur.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque : {note}</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
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
        <translation>Un prénom ou un nom de famille est requis ; le reste est facultatif.</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Inscrire et enregistrer</translation>
    </message>
</context>
</TS>