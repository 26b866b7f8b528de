<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Opened the case file</source>
        <translation>A ouvert le dossier</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Saved a copy of the file</source>
        <translation>A enregistré une copie du fichier</translation>
    </message>
    <message>
        <source>Saved the case summary as a PDF</source>
        <translation>A enregistré le résumé du dossier en PDF</translation>
    </message>
    <message>
        <source>Saved the case summary as a PDF (redacted)</source>
        <translation>A enregistré le résumé du dossier en PDF (anonymisé)</translation>
    </message>
    <message>
        <source>Printed the case summary</source>
        <translation>A imprimé le résumé du dossier</translation>
    </message>
    <message>
        <source>Printed the case summary (redacted)</source>
        <translation>A imprimé le résumé du dossier (anonymisé)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Received by sync</source>
        <translation>Reçu par synchronisation</translation>
    </message>
    <message>
        <source>Changed the risk: {old} → {new}</source>
        <translation>A modifié le risque : {old} → {new}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>. Reason: {reason}</source>
        <translation>. Motif : {reason}</translation>
    </message>
    <message>
        <source>; also changed: {fields}</source>
        <translation> ; également modifié : {fields}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Modifié : {fields}</translation>
    </message>
    <message>
        <source>Answer {question}: {old} → {new}</source>
        <translation>Réponse {question} : {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync (%Ln change)</source>
        <translation>
            <numerusform>En attente de synchronisation (%Ln modification)</numerusform>
            <numerusform>En attente de synchronisation (%Ln modifications)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync (%Ln changes)</source>
        <translation>
            <numerusform>En attente de synchronisation (%Ln modification)</numerusform>
            <numerusform>En attente de synchronisation (%Ln modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced (revision {rev})</source>
        <translation>Synchronisé (révision {rev})</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Non synchronisé</translation>
    </message>
    <message>
        <source>Emergency access until {time}. This case is not in your caseload: everything you do in it is recorded, your supervisor has been told, and it leaves this computer when the access ends.</source>
        <translation>Accès d&apos;urgence jusqu&apos;à {time}. Ce dossier ne fait pas partie de votre charge : tout ce que vous y faites est enregistré, votre superviseur a été prévenu, et il quittera cet ordinateur à la fin de l&apos;accès.</translation>
    </message>
    <message>
        <source>Ending emergency access needs a connection to the server, which decides and records it. Connect to the network and try again.</source>
        <translation>Mettre fin à un accès d&apos;urgence nécessite une connexion au serveur, qui en décide et l&apos;enregistre. Connectez-vous au réseau et réessayez.</translation>
    </message>
    <message>
        <source>This emergency access has already ended.</source>
        <translation>Cet accès d&apos;urgence est déjà terminé.</translation>
    </message>
    <message>
        <source>Only the case&apos;s supervisor or an administrator may end someone else&apos;s emergency access.</source>
        <translation>Seul le superviseur du dossier ou un administrateur peut mettre fin à l&apos;accès d&apos;urgence d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>← Cases</source>
        <translation>← Dossiers</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <source>End emergency access</source>
        <translation>Mettre fin à l&apos;accès d&apos;urgence</translation>
    </message>
    <message>
        <source>You no longer need this case: it leaves this computer now, and your supervisor sees that you ended the access. Needs a connection to the server.</source>
        <translation>Vous n&apos;avez plus besoin de ce dossier : il quitte cet ordinateur maintenant, et votre superviseur voit que vous avez mis fin à l&apos;accès. Nécessite une connexion au serveur.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Travailleur social</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Consent or legal basis</source>
        <translation>Consentement ou base légale</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Consentement donné par</translation>
    </message>
    <message>
        <source>Protection concerns</source>
        <translation>Préoccupations de protection</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Disclosure of abuse</source>
        <translation>Révélation de maltraitance</translation>
    </message>
    <message>
        <source>Legal proceedings</source>
        <translation>Procédures judiciaires</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Membres du foyer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Person id {id}</source>
        <translation>Identifiant de la personne {id}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e)</translation>
    </message>
    <message>
        <source>about {age} years</source>
        <translation>environ {age} ans</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu(e) pour la dernière fois</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation>Statut VIH</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Children seen</source>
        <translation>Enfants vus</translation>
    </message>
    <message>
        <source>Safety concern</source>
        <translation>Préoccupation de sécurité</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Remplie le</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Suggested risk</source>
        <translation>Risque suggéré</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read an assessment with every answer</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour lire une évaluation avec toutes ses réponses</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>Plan d&apos;intervention</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Demandes d&apos;approbation</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recueilli</translation>
    </message>
    <message>
        <source>Override: {reason}</source>
        <translation>Dérogation : {reason}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assignée à</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note about this case (Ctrl+Enter adds it)</source>
        <translation>Écrivez une note sur ce dossier (Ctrl+Entrée l&apos;ajoute)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} Kio</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Files are kept encrypted on this device and synced with the case. “Save a copy” writes a decrypted copy where you choose.</source>
        <translation>Les fichiers sont conservés chiffrés sur cet appareil et synchronisés avec le dossier. « Enregistrer une copie » écrit une copie déchiffrée à l&apos;endroit de votre choix.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Who opened this case is kept on the server: the access log is available when online.</source>
        <translation>Qui a ouvert ce dossier est conservé sur le serveur : le journal des accès est disponible en ligne.</translation>
    </message>
    <message>
        <source>This workspace has no server: nobody else opens its cases, and no access log is kept beyond the History tab.</source>
        <translation>Cet espace de travail n&apos;a pas de serveur : personne d&apos;autre n&apos;ouvre ses dossiers, et aucun journal des accès n&apos;est tenu au-delà de l&apos;onglet Historique.</translation>
    </message>
    <message>
        <source>Only the supervisors of this case&apos;s team and administrators see who opened it.</source>
        <translation>Seuls les superviseurs de l&apos;équipe de ce dossier et les administrateurs voient qui l&apos;a ouvert.</translation>
    </message>
    <message>
        <source>The server does not have this case yet: it gets it at the next sync.</source>
        <translation>Le serveur n&apos;a pas encore ce dossier : il le recevra à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The access log could not be read: {why}</source>
        <translation>Le journal des accès n&apos;a pas pu être lu : {why}</translation>
    </message>
    <message>
        <source>Exported the case</source>
        <translation>A exporté le dossier</translation>
    </message>
    <message>
        <source>{what} ({record})</source>
        <translation>{what} ({record})</translation>
    </message>
    <message>
        <source>with names</source>
        <translation>avec les noms</translation>
    </message>
    <message>
        <source>device …{device}</source>
        <translation>appareil …{device}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ask the server again who opened this case</source>
        <translation>Redemander au serveur qui a ouvert ce dossier</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Asking the server who opened this case…</source>
        <translation>Demande au serveur de qui a ouvert ce dossier…</translation>
    </message>
    <message>
        <source>Nobody has opened, printed or exported this case on a device that has synced since.</source>
        <translation>Personne n&apos;a ouvert, imprimé ou exporté ce dossier sur un appareil synchronisé depuis.</translation>
    </message>
    <message>
        <source>Opened, printed or exported {total} times; the {shown} latest, newest first.</source>
        <translation>Ouvert, imprimé ou exporté {total} fois ; les {shown} plus récents, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Opened, printed or exported {total} times, newest first (as the devices told the server at their syncs).</source>
        <translation>Ouvert, imprimé ou exporté {total} fois, du plus récent au plus ancien (tel que les appareils l&apos;ont signalé au serveur lors de leurs synchronisations).</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>{case_number} · {name} family</source>
        <translation>{case_number} · famille {name}</translation>
    </message>
    <message>
        <source>{who} on {date}</source>
        <translation>{who} le {date}</translation>
    </message>
    <message>
        <source>Closed on {date}: </source>
        <translation>Clôturé le {date} : </translation>
    </message>
    <message>
        <source>Tasks ({count} overdue)</source>
        <translation>Tâches ({count} en retard)</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Lecture du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>{count} entries in the history of this case&apos;s records: what was done here (the audit log) and what was received by sync. Select one to see each field it changed.</source>
        <translation>{count} entrées dans l&apos;historique des enregistrements de ce dossier : ce qui a été fait ici (le journal d&apos;audit) et ce qui a été reçu par synchronisation. Sélectionnez-en une pour voir chaque champ modifié.</translation>
    </message>
    <message>
        <source>Not seen on a visit yet</source>
        <translation>Pas encore vu(e) lors d&apos;une visite</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%Ln day ago)</source>
        <translation>
            <numerusform>{date} (il y a %Ln jour)</numerusform>
            <numerusform>{date} (il y a %Ln jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date} (%Ln days ago)</source>
        <translation>
            <numerusform>{date} (il y a %Ln jour)</numerusform>
            <numerusform>{date} (il y a %Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>{state} by %Ln day</source>
        <translation>
            <numerusform>{state} de %Ln jour</numerusform>
            <numerusform>{state} de %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{state} by %Ln days</source>
        <translation>
            <numerusform>{state} de %Ln jour</numerusform>
            <numerusform>{state} de %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Écrivez d&apos;abord la note.</translation>
    </message>
    <message>
        <source>The note was not saved.</source>
        <translation>La note n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The file has not been downloaded to this device yet; it arrives with the next sync.</source>
        <translation>Le fichier n&apos;a pas encore été téléchargé sur cet appareil ; il arrivera avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Select a visit in the Visits tab.</source>
        <translation>Sélectionnez une visite dans l&apos;onglet Visites.</translation>
    </message>
    <message>
        <source>Select an assessment in the Assessments tab.</source>
        <translation>Sélectionnez une évaluation dans l&apos;onglet Évaluations.</translation>
    </message>
    <message>
        <source>Select a draft referral in the Referrals tab.</source>
        <translation>Sélectionnez une orientation en brouillon dans l&apos;onglet Orientations.</translation>
    </message>
    <message>
        <source>Select an open task in the Tasks tab.</source>
        <translation>Sélectionnez une tâche ouverte dans l&apos;onglet Tâches.</translation>
    </message>
    <message>
        <source>&amp;Register a family…</source>
        <translation>&amp;Enregistrer une famille…</translation>
    </message>
    <message>
        <source>Record a &amp;visit…</source>
        <translation>Enregistrer une &amp;visite…</translation>
    </message>
    <message>
        <source>Run an &amp;assessment…</source>
        <translation>Faire une év&amp;aluation…</translation>
    </message>
    <message>
        <source>Change the ris&amp;k level…</source>
        <translation>Modifier le niveau de ris&amp;que…</translation>
    </message>
    <message>
        <source>&amp;Refer to a service…</source>
        <translation>&amp;Orienter vers un service…</translation>
    </message>
    <message>
        <source>&amp;Send the referral</source>
        <translation>&amp;Envoyer l&apos;orientation</translation>
    </message>
    <message>
        <source>Record the provider&apos;s &amp;answer…</source>
        <translation>Enregistrer la &amp;réponse du prestataire…</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>Annuler l&apos;orientation</translation>
    </message>
    <message>
        <source>Add a &amp;task…</source>
        <translation>Ajouter une &amp;tâche…</translation>
    </message>
    <message>
        <source>Make a task of the &amp;follow-up</source>
        <translation>Faire une tâche du &amp;suivi</translation>
    </message>
    <message>
        <source>&amp;Mark the task done</source>
        <translation>&amp;Marquer la tâche comme faite</translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>Écrire une &amp;note</translation>
    </message>
    <message>
        <source>Request &amp;closure…</source>
        <translation>Demander la &amp;clôture…</translation>
    </message>
    <message>
        <source>Decide on the case &amp;plan…</source>
        <translation>Décider du &amp;plan d&apos;intervention…</translation>
    </message>
    <message>
        <source>Decide on the c&amp;losure…</source>
        <translation>Décider de la c&amp;lôture…</translation>
    </message>
    <message>
        <source>Reassi&amp;gn the case…</source>
        <translation>Réatt&amp;ribuer le dossier…</translation>
    </message>
    <message>
        <source>Re&amp;open the case</source>
        <translation>Ré&amp;ouvrir le dossier</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Enregistrer une cop&amp;ie…</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Enregistrer le résumé en P&amp;DF…</translation>
    </message>
    <message>
        <source>Print s&amp;ummary…</source>
        <translation>Imprimer le rés&amp;umé…</translation>
    </message>
    <message>
        <source>Read the &amp;assessment…</source>
        <translation>Lire l&apos;év&amp;aluation…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Edit the visit…</source>
        <translation>&amp;Modifier la visite…</translation>
    </message>
    <message>
        <source>Edit the assessment…</source>
        <translation>Modifier l&apos;évaluation…</translation>
    </message>
    <message>
        <source>Edit the referral…</source>
        <translation>Modifier l&apos;orientation…</translation>
    </message>
    <message>
        <source>Edit the task…</source>
        <translation>Modifier la tâche…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Le dossier est clôturé.</translation>
    </message>
    <message>
        <source>Select a file in the Attachments tab.</source>
        <translation>Sélectionnez un fichier dans l&apos;onglet Pièces jointes.</translation>
    </message>
    <message>
        <source>Select a visit that noted a follow-up in the Visits tab.</source>
        <translation>Sélectionnez une visite ayant noté un suivi dans l&apos;onglet Visites.</translation>
    </message>
    <message>
        <source>Only an open or active case can be closed.</source>
        <translation>Seul un dossier ouvert ou actif peut être clôturé.</translation>
    </message>
    <message>
        <source>The case is not closed.</source>
        <translation>Le dossier n&apos;est pas clôturé.</translation>
    </message>
    <message>
        <source>Select a sent or accepted referral in the Referrals tab.</source>
        <translation>Sélectionnez une orientation envoyée ou acceptée dans l&apos;onglet Orientations.</translation>
    </message>
    <message>
        <source>Select a referral in progress in the Referrals tab.</source>
        <translation>Sélectionnez une orientation en cours dans l&apos;onglet Orientations.</translation>
    </message>
    <message>
        <source>Register a family and open a new case</source>
        <translation>Enregistrer une famille et ouvrir un nouveau dossier</translation>
    </message>
    <message>
        <source>Save the case summary as PDF</source>
        <translation>Enregistrer le résumé du dossier en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The case summary (%Ln page) was saved to {path}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>
            <numerusform>Le résumé du dossier (%Ln page) a été enregistré dans {path}. Il n&apos;est pas chiffré : supprimez-le quand vous n&apos;en avez plus besoin.</numerusform>
            <numerusform>Le résumé du dossier (%Ln pages) a été enregistré dans {path}. Il n&apos;est pas chiffré : supprimez-le quand vous n&apos;en avez plus besoin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case summary (%Ln pages) was saved to {path}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>
            <numerusform>Le résumé du dossier (%Ln page) a été enregistré dans {path}. Il n&apos;est pas chiffré : supprimez-le quand vous n&apos;en avez plus besoin.</numerusform>
            <numerusform>Le résumé du dossier (%Ln pages) a été enregistré dans {path}. Il n&apos;est pas chiffré : supprimez-le quand vous n&apos;en avez plus besoin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case summary was sent to the printer.</source>
        <translation>Le résumé du dossier a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Unlock the workspace first.</source>
        <translation>Déverrouillez d&apos;abord l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Ouvrez d&apos;abord un dossier.</translation>
    </message>
    <message>
        <source>Your role does not allow this on this case.</source>
        <translation>Votre rôle ne permet pas cela sur ce dossier.</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>Rien n&apos;attend de décision.</translation>
    </message>
    <message>
        <source>You cannot decide on your own request.</source>
        <translation>Vous ne pouvez pas décider de votre propre demande.</translation>
    </message>
    <message>
        <source>The change was not saved because of an internal error.</source>
        <translation>La modification n&apos;a pas été enregistrée à cause d&apos;une erreur interne.</translation>
    </message>
    <message>
        <source>Run an assessment</source>
        <translation>Faire une évaluation</translation>
    </message>
    <message>
        <source>Which assessment form? (The forms for this case&apos;s stage come first.)</source>
        <translation>Quel formulaire d&apos;évaluation ? (Les formulaires de l&apos;étape de ce dossier viennent en premier.)</translation>
    </message>
    <message>
        <source>The assessment suggests {risk}; the case is recorded as {risk2}. Use “Change the risk level” (Ctrl+Shift+K) if you agree.</source>
        <translation>L&apos;évaluation suggère : {risk} ; le dossier est enregistré avec : {risk2}. Utilisez « Modifier le niveau de risque » (Ctrl+Maj+K) si vous êtes d&apos;accord.</translation>
    </message>
    <message>
        <source>The case is now recorded as {risk}, as the assessment suggested.</source>
        <translation>Le dossier est désormais enregistré avec : {risk}, comme l&apos;évaluation le suggérait.</translation>
    </message>
    <message>
        <source>The assessment just saved suggests {risk}.</source>
        <translation>L&apos;évaluation qui vient d&apos;être enregistrée suggère : {risk}.</translation>
    </message>
    <message>
        <source>Correct the visit</source>
        <translation>Corriger la visite</translation>
    </message>
    <message>
        <source>Correct the task</source>
        <translation>Corriger la tâche</translation>
    </message>
    <message>
        <source>Correct the referral</source>
        <translation>Corriger l&apos;orientation</translation>
    </message>
    <message>
        <source>Cancel the referral?</source>
        <translation>Annuler l&apos;orientation ?</translation>
    </message>
    <message>
        <source>The referral is kept in the case file as cancelled.</source>
        <translation>L&apos;orientation reste dans le dossier, marquée comme annulée.</translation>
    </message>
    <message>
        <source>Task added: “{title}”, due {date}.</source>
        <translation>Tâche ajoutée : « {title} », échéance le {date}.</translation>
    </message>
    <message>
        <source>The note was not saved (internal error).</source>
        <translation>La note n&apos;a pas été enregistrée (erreur interne).</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tâches ouvertes</translation>
    </message>
    <message>
        <source>Referrals in progress</source>
        <translation>Orientations en cours</translation>
    </message>
    <message numerus="yes">
        <source> with %Ln open task</source>
        <translation>
            <numerusform> avec %Ln tâche ouverte</numerusform>
            <numerusform> avec %Ln tâches ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %Ln open tasks</source>
        <translation>
            <numerusform> avec %Ln tâche ouverte</numerusform>
            <numerusform> avec %Ln tâches ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source> They leave the previous worker&apos;s laptop at its next sync.</source>
        <translation> Ils quittent l&apos;ordinateur du travailleur précédent à sa prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case given to {worker}{tasks}.{leaving}</source>
        <translation>
            <numerusform>%Ln dossier confié à {worker}{tasks}.{leaving}</numerusform>
            <numerusform>%Ln dossiers confiés à {worker}{tasks}.{leaving}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases given to {worker}{tasks}.{leaving}</source>
        <translation>
            <numerusform>%Ln dossier confié à {worker}{tasks}.{leaving}</numerusform>
            <numerusform>%Ln dossiers confiés à {worker}{tasks}.{leaving}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a decrypted copy?</source>
        <translation>Enregistrer une copie déchiffrée ?</translation>
    </message>
    <message>
        <source>The copy of “{name}” will not be encrypted: anyone who can open the folder you choose can read it, and it is no longer protected by your workspace password. Save it only where your organisation allows, and delete it when you no longer need it. Saving it is recorded in the case&apos;s audit log.</source>
        <translation>La copie de « {name} » ne sera pas chiffrée : toute personne pouvant ouvrir le dossier choisi pourra la lire, et elle n&apos;est plus protégée par le mot de passe de votre espace de travail. Enregistrez-la uniquement là où votre organisation l&apos;autorise, et supprimez-la dès que vous n&apos;en avez plus besoin. L&apos;enregistrement est consigné dans le journal d&apos;audit du dossier.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Choisir l&apos;emplacement…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Enregistrer une copie déchiffrée</translation>
    </message>
    <message>
        <source>A decrypted copy was saved to {dest}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>Une copie déchiffrée a été enregistrée dans {dest}. Elle n&apos;est pas chiffrée : supprimez-la dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Left out (closed)</source>
        <translation>Écarté (clôturé)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>casemgr makes a temporary password and shows it once, after the user is created: give it to them in person.</source>
        <translation>casemgr crée un mot de passe temporaire et l&apos;affiche une seule fois, une fois l&apos;utilisateur créé : remettez-le-lui en personne.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Créer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Change {username}</source>
        <translation>Modifier {username}</translation>
    </message>
    <message>
        <source>May sign in (active)</source>
        <translation>Peut se connecter (actif)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>You cannot take away your own access.</source>
        <translation>Vous ne pouvez pas retirer votre propre accès.</translation>
    </message>
    <message>
        <source>Deactivating signs the user out: each of their devices wipes its workspace at its next contact with the server. Changes of role and teams reach their devices at their next sign-in.</source>
        <translation>La désactivation déconnecte l&apos;utilisateur : chacun de ses appareils efface son espace de travail à son prochain contact avec le serveur. Les changements de rôle et d&apos;équipes atteignent ses appareils à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>A {role} needs a team: their cases go to its supervisor.</source>
        <translation>Un(e) {role} a besoin d&apos;une équipe : ses dossiers vont à son superviseur.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nom de l&apos;équipe</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Créer l&apos;équipe</translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation>Donnez un nom à l&apos;équipe.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>{user} was created.</source>
        <translation>{user} a été créé.</translation>
    </message>
    <message>
        <source>The password of {user} was reset; their sessions have ended.</source>
        <translation>Le mot de passe de {user} a été réinitialisé ; ses sessions ont pris fin.</translation>
    </message>
    <message>
        <source>{what} Their temporary password is below. It is shown only now: copy it or write it down, and give it to them in person.</source>
        <translation>{what} Son mot de passe temporaire figure ci-dessous. Il n&apos;est affiché que maintenant : copiez-le ou notez-le, et remettez-le en personne.</translation>
    </message>
    <message>
        <source>Temporary password of {user}</source>
        <translation>Mot de passe temporaire de {user}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>{user} signs in with it on their device; their workspace then has its own password. casemgr does not keep this one.</source>
        <translation>{user} se connecte avec ce mot de passe sur son appareil ; son espace de travail a ensuite son propre mot de passe. casemgr ne conserve pas celui-ci.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choisissez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <source>Publish a form version</source>
        <translation>Publier une version de formulaire</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Form definition</source>
        <translation>Définition du formulaire</translation>
    </message>
    <message>
        <source>Choose the JSON file of the new form version (docs/forms.md). Its version must be above every published one; published versions never change. Devices receive it at their next sync, and assessments already filled in keep the version they were filled in with.</source>
        <translation>Choisissez le fichier JSON de la nouvelle version du formulaire (docs/forms.md). Sa version doit être supérieure à toutes celles publiées ; les versions publiées ne changent jamais. Les appareils la reçoivent à leur prochaine synchronisation, et les évaluations déjà remplies gardent la version avec laquelle elles l&apos;ont été.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Form definitions (*.json)</source>
        <translation>Définitions de formulaire (*.json)</translation>
    </message>
    <message>
        <source>Published {form_id!r} version {version}. Devices receive it at their next sync.</source>
        <translation>Version {version} de {form_id!r} publiée. Les appareils la reçoivent à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Import the service directory</source>
        <translation>Importer le répertoire des services</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Directory file</source>
        <translation>Fichier du répertoire</translation>
    </message>
    <message>
        <source>Choose an Open Referral HSDS 3.0 JSON file, the folder of an HSDS CSV data package (or its .zip), or a CSV file: an HSDS services.csv or organizations.csv, or a plain list of providers (a name column, and any of organization, services, description, phone, email, address, id). A provider imported before is updated, never duplicated.</source>
        <translation>Choisissez un fichier JSON Open Referral HSDS 3.0, le dossier d&apos;un paquet de données CSV HSDS (ou son .zip), ou un fichier CSV : un services.csv ou organizations.csv HSDS, ou une simple liste de prestataires (une colonne name, et éventuellement organization, services, description, phone, email, address, id). Un prestataire déjà importé est mis à jour, jamais dupliqué.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>HSDS JSON, CSV or zip (*.json *.csv *.zip)</source>
        <translation>HSDS JSON, CSV ou zip (*.json *.csv *.zip)</translation>
    </message>
    <message>
        <source>Folder of the HSDS CSV data package</source>
        <translation>Dossier du paquet de données CSV HSDS</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} ajoutés</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} mis à jour</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} inchangés</translation>
    </message>
    <message>
        <source>{count} left out as closed</source>
        <translation>{count} écartés car clôturés</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} refusés</translation>
    </message>
    <message>
        <source>Imported: {counts}.</source>
        <translation>Importé : {counts}.</translation>
    </message>
    <message>
        <source> Each refused row says why; correct them and import the file again.</source>
        <translation> Chaque ligne refusée indique pourquoi ; corrigez-les et importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source> Columns not imported (no provider field): {columns}.</source>
        <translation> Colonnes non importées (aucun champ de prestataire) : {columns}.</translation>
    </message>
    <message>
        <source>Give the person&apos;s id: 36 letters, digits and dashes (a person&apos;s record in the case file shows it).</source>
        <translation>Indiquez l&apos;identifiant de la personne : 36 lettres, chiffres et tirets (la fiche de la personne dans le dossier l&apos;affiche).</translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation>Droit d&apos;accès de la personne</translation>
    </message>
    <message>
        <source>Everything the server holds about one person — their record, their household, their cases, the records of those cases that concern them, and the audit entries about these — saved to a file to hand over. The file is not encrypted; the request is recorded in the audit logs.</source>
        <translation>Tout ce que le serveur détient sur une personne — sa fiche, son ménage, ses dossiers, les enregistrements de ces dossiers qui la concernent et les entrées d&apos;audit à leur sujet — enregistré dans un fichier à remettre. Le fichier n&apos;est pas chiffré ; la demande est consignée dans les journaux d&apos;audit.</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>Identifiant de la personne</translation>
    </message>
    <message>
        <source>PDF, to read</source>
        <translation>PDF, à lire</translation>
    </message>
    <message>
        <source>JSON, every field</source>
        <translation>JSON, tous les champs</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the subject access as</source>
        <translation>Enregistrer le droit d&apos;accès sous</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>That is a folder; give the file&apos;s name.</source>
        <translation>C&apos;est un dossier ; indiquez le nom du fichier.</translation>
    </message>
    <message>
        <source>Enter your password to confirm.</source>
        <translation>Saisissez votre mot de passe pour confirmer.</translation>
    </message>
    <message>
        <source>Saved to {path}. It is not encrypted: hand it over safely and delete your copy.</source>
        <translation>Enregistré dans {path}. Il n&apos;est pas chiffré : remettez-le de façon sûre et supprimez votre copie.</translation>
    </message>
    <message>
        <source>Request an erasure</source>
        <translation>Demander un effacement</translation>
    </message>
    <message>
        <source>Erasing a person deletes their record and every record about them alone — on the server now, and on every device at its next sync; if no one else is left in their household, the whole case. The case&apos;s other people remain. It cannot be undone. Another administrator must approve it.</source>
        <translation>Effacer une personne supprime sa fiche et tout enregistrement qui ne concerne qu&apos;elle — sur le serveur tout de suite, et sur chaque appareil à sa prochaine synchronisation ; s&apos;il ne reste personne d&apos;autre dans son ménage, le dossier entier. Les autres personnes du dossier restent. C&apos;est irréversible. Un autre administrateur doit l&apos;approuver.</translation>
    </message>
    <message>
        <source>Request the erasure</source>
        <translation>Demander l&apos;effacement</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandée</translation>
    </message>
    <message>
        <source>made</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>Decide: {what}</source>
        <translation>Décider : {what}</translation>
    </message>
    <message>
        <source> by {requested_by}</source>
        <translation> par {requested_by}</translation>
    </message>
    <message>
        <source> on {requested_at}</source>
        <translation> le {requested_at}</translation>
    </message>
    <message>
        <source>{what} {verb}{who}{when}</source>
        <translation>{what} {verb}{who}{when}</translation>
    </message>
    <message>
        <source>{what} to decide on</source>
        <translation>{what} à décider</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Choose to approve or to send back.</source>
        <translation>Choisissez d&apos;approuver ou de renvoyer.</translation>
    </message>
    <message>
        <source>Say why you are sending it back, so the caseworker knows what to change.</source>
        <translation>Dites pourquoi vous renvoyez, pour que le travailleur social sache quoi modifier.</translation>
    </message>
    <message>
        <source>Comment *</source>
        <translation>Commentaire *</translation>
    </message>
    <message>
        <source>What to change before it can be approved</source>
        <translation>Ce qu&apos;il faut changer avant l&apos;approbation</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>Commentaire (obligatoire)</translation>
    </message>
    <message>
        <source>The family as a whole</source>
        <translation>La famille dans son ensemble</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Concerne :</translation>
    </message>
    <message>
        <source>From {name}&apos;s date of birth on file ({date_of_birth}): {age} years.</source>
        <translation>D&apos;après la date de naissance de {name} au dossier ({date_of_birth}) : {age} ans.</translation>
    </message>
    <message>
        <source>The suggested risk is a prompt for professional judgement, not a decision; the case&apos;s risk level is what the caseworker recorded.</source>
        <translation>Le risque suggéré guide le jugement professionnel, ce n&apos;est pas une décision ; le niveau de risque du dossier est celui que le travailleur social a enregistré.</translation>
    </message>
    <message>
        <source>none (not enough answers)</source>
        <translation>aucun (pas assez de réponses)</translation>
    </message>
    <message>
        <source>Form version {version}</source>
        <translation>Version du formulaire {version}</translation>
    </message>
    <message>
        <source>Completed by {completed_by} on {completed_on}</source>
        <translation>Remplie par {completed_by} le {completed_on}</translation>
    </message>
    <message>
        <source>About: {about}</source>
        <translation>Concerne : {about}</translation>
    </message>
    <message>
        <source>Score {score} · suggested risk: {risk} (why: at the end)</source>
        <translation>Score {score} · risque suggéré : {risk} (explication à la fin)</translation>
    </message>
    <message>
        <source>Some answers are restricted: the score and suggested risk are the server&apos;s, from every answer.</source>
        <translation>Certaines réponses sont restreintes : le score et le risque suggéré sont ceux du serveur, calculés sur toutes les réponses.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No scoring rule applied.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune règle de notation ne s&apos;est appliquée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the assessment, or save it as a PDF file (Ctrl+P)</source>
        <translation>Imprimer l&apos;évaluation, ou l&apos;enregistrer en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>The file is encrypted into this workspace and synced with the case; the original on disk is left as it is (delete it if it should not stay there).</source>
        <translation>Le fichier est chiffré dans cet espace de travail et synchronisé avec le dossier ; l&apos;original sur le disque est laissé tel quel (supprimez-le s&apos;il ne doit pas y rester).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Choose the file to attach</source>
        <translation>Choisir le fichier à joindre</translation>
    </message>
    <message>
        <source>Choose the file to attach.</source>
        <translation>Choisissez le fichier à joindre.</translation>
    </message>
    <message>
        <source>There is no such file (or it is a folder).</source>
        <translation>Ce fichier n&apos;existe pas (ou c&apos;est un dossier).</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Écrivez la date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Fields marked * must be filled in.</source>
        <translation>Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Abandonner ce que vous avez saisi ?</translation>
    </message>
    <message>
        <source>{text} (required)</source>
        <translation>{text} (obligatoire)</translation>
    </message>
    <message>
        <source>What you typed in this window has not been saved.</source>
        <translation>Ce que vous avez saisi dans cette fenêtre n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>Demander la clôture</translation>
    </message>
    <message>
        <source>Why the case can be closed: goals met, child safe, who follows up</source>
        <translation>Pourquoi le dossier peut être clôturé : objectifs atteints, enfant en sécurité, qui assure le suivi</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motif de la clôture</translation>
    </message>
    <message>
        <source>What your supervisor will see</source>
        <translation>Ce que verra votre superviseur</translation>
    </message>
    <message>
        <source>The case stays open until a supervisor approves. If it is sent back, you will see the supervisor&apos;s comment.</source>
        <translation>Le dossier reste ouvert jusqu&apos;à l&apos;approbation d&apos;un superviseur. S&apos;il est renvoyé, vous verrez le commentaire du superviseur.</translation>
    </message>
    <message>
        <source>Closure requested for case {case}</source>
        <translation>Clôture demandée pour le dossier {case}</translation>
    </message>
    <message>
        <source>{title} ({family})</source>
        <translation>{title} ({family})</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>Motif indiqué :</translation>
    </message>
    <message>
        <source>(no reason yet)</source>
        <translation>(pas encore de motif)</translation>
    </message>
    <message>
        <source>Give the reason for closing the case.</source>
        <translation>Indiquez le motif de la clôture du dossier.</translation>
    </message>
    <message>
        <source>Resolve a conflict: {label}</source>
        <translation>Résoudre un conflit : {label}</translation>
    </message>
    <message>
        <source>“{label}” was changed on two devices at the same time. Choose the value to keep.</source>
        <translation>« {label} » a été modifié sur deux appareils en même temps. Choisissez la valeur à conserver.</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Avant les deux modifications</translation>
    </message>
    <message>
        <source>Where both devices started</source>
        <translation>Point de départ des deux appareils</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <source>Keep: {side}</source>
        <translation>Garder : {side}</translation>
    </message>
    <message>
        <source>Enter a new value</source>
        <translation>Saisir une nouvelle valeur</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Conserver cette valeur</translation>
    </message>
    <message>
        <source>Choose the value to keep.</source>
        <translation>Choisissez la valeur à conserver.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>What should change for the child, e.g. attends school every day</source>
        <translation>Ce qui doit changer pour l&apos;enfant, p. ex. va à l&apos;école tous les jours</translation>
    </message>
    <message>
        <source>Who does what to get there</source>
        <translation>Qui fait quoi pour y parvenir</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>This plan is waiting for a supervisor&apos;s approval. Any change puts it back to draft and withdraws the request: it must be submitted again.</source>
        <translation>Ce plan attend l&apos;approbation d&apos;un superviseur. Toute modification le remet en brouillon et retire la demande : il devra être soumis à nouveau.</translation>
    </message>
    <message>
        <source>This plan is approved. Any change to the summary, the review date or a goal puts it back to draft: it must be submitted and approved again.</source>
        <translation>Ce plan est approuvé. Toute modification du résumé, de la date de révision ou d&apos;un objectif le remet en brouillon : il devra être soumis et approuvé à nouveau.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>What the plan is for, agreed with the family</source>
        <translation>L&apos;objet du plan, convenu avec la famille</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Résumé du plan</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Goals of the plan</source>
        <translation>Objectifs du plan</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Submitted: waiting for a supervisor&apos;s decision.</source>
        <translation>Soumis : en attente de la décision d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>Approved. Change the plan to submit a new version.</source>
        <translation>Approuvé. Modifiez le plan pour soumettre une nouvelle version.</translation>
    </message>
    <message>
        <source>Save your changes before submitting.</source>
        <translation>Enregistrez vos modifications avant de soumettre.</translation>
    </message>
    <message>
        <source>Add at least one goal before submitting the plan.</source>
        <translation>Ajoutez au moins un objectif avant de soumettre le plan.</translation>
    </message>
    <message>
        <source>You cannot change this plan.</source>
        <translation>Vous ne pouvez pas modifier ce plan.</translation>
    </message>
    <message>
        <source>Send the plan to your supervisor</source>
        <translation>Envoyer le plan à votre superviseur</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Retirer l&apos;objectif</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Soumettre pour approbation</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Remove the goal “{goal}” from the plan?</source>
        <translation>Retirer l&apos;objectif « {goal} » du plan ?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <source>Reassign the case</source>
        <translation>Réattribuer le dossier</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réattribuer</translation>
    </message>
    <message>
        <source>Name the caseworker who takes the case.</source>
        <translation>Nommez le travailleur social qui reprend le dossier.</translation>
    </message>
    <message>
        <source>No worker may take all of these cases: they belong to different teams. Choose the cases of one team.</source>
        <translation>Aucun travailleur ne peut reprendre tous ces dossiers : ils appartiennent à des équipes différentes. Choisissez les dossiers d&apos;une seule équipe.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task</source>
        <translation>
            <numerusform>%Ln tâche ouverte</numerusform>
            <numerusform>%Ln tâches ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open tasks</source>
        <translation>
            <numerusform>%Ln tâche ouverte</numerusform>
            <numerusform>%Ln tâches ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign {count} cases</source>
        <translation>Réattribuer {count} dossiers</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> et {more} autres</translation>
    </message>
    <message>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (texte pour tableur)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>JSON (for other software)</source>
        <translation>JSON (pour d&apos;autres logiciels)</translation>
    </message>
    <message>
        <source>PDF, one page with the dashboard&apos;s charts</source>
        <translation>PDF, une page avec les graphiques du tableau de bord</translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Small counts hidden (under 5)</source>
        <translation>Petits effectifs masqués (moins de 5)</translation>
    </message>
    <message>
        <source>De-identified: no names, addresses, phone numbers, notes or birth dates</source>
        <translation>Anonymisé : ni noms, ni adresses, ni numéros de téléphone, ni notes, ni dates de naissance</translation>
    </message>
    <message>
        <source>Show the pseudonym key (to link with a later export)</source>
        <translation>Afficher la clé des pseudonymes (pour relier à un export ultérieur)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>the file you choose</source>
        <translation>le fichier que vous choisissez</translation>
    </message>
    <message>
        <source>The export leaves the encrypted workspace: it is saved unencrypted to {where}, where anyone who can open that file can read it, and it is recorded in the audit log.</source>
        <translation>L&apos;export quitte l&apos;espace de travail chiffré : il est enregistré sans chiffrement dans {where}, où quiconque peut ouvrir ce fichier peut le lire, et il est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Enregistrer l&apos;export sous</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>C&apos;est un dossier : ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Enter your password to confirm the export.</source>
        <translation>Saisissez votre mot de passe pour confirmer l&apos;export.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>De-identified export saved to {path} ({counts}).</source>
        <translation>Export anonymisé enregistré dans {path} ({counts}).</translation>
    </message>
    <message>
        <source>Export with names saved to {path} ({counts}).</source>
        <translation>Export avec les noms enregistré dans {path} ({counts}).</translation>
    </message>
    <message>
        <source>Pseudonym key (keep it apart from the file): {key}</source>
        <translation>Clé des pseudonymes (conservez-la à part du fichier) : {key}</translation>
    </message>
    <message>
        <source>Indicators for {months} months ({first} to {last}) saved to {path} ({rows} rows).</source>
        <translation>Indicateurs sur {months} mois ({first} à {last}) enregistrés dans {path} ({rows} lignes).</translation>
    </message>
    <message>
        <source>The export failed; nothing was saved. The log folder (Help menu) says more.</source>
        <translation>L&apos;export a échoué ; rien n&apos;a été enregistré. Le dossier des journaux (menu Aide) en dit plus.</translation>
    </message>
    <message>
        <source>Choose who takes them</source>
        <translation>Choisir qui les reprend</translation>
    </message>
    <message>
        <source>Choose who takes it</source>
        <translation>Choisir qui le reprend</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>Confier à</translation>
    </message>
    <message>
        <source>Workers of the team as the server listed them at the last sync.</source>
        <translation>Travailleurs de l&apos;équipe tels que le serveur les a listés à la dernière synchronisation.</translation>
    </message>
    <message>
        <source>This workspace has no server: the workers are the people who hold its cases.</source>
        <translation>Cet espace de travail n&apos;a pas de serveur : les travailleurs sont les personnes qui détiennent ses dossiers.</translation>
    </message>
    <message>
        <source> Open tasks of the previous worker go with each case; tasks given to someone else stay theirs.</source>
        <translation> Les tâches ouvertes du travailleur précédent suivent chaque dossier ; les tâches confiées à quelqu&apos;un d&apos;autre restent les siennes.</translation>
    </message>
    <message>
        <source>Choose the worker who takes it.</source>
        <translation>Choisissez le travailleur qui le reprend.</translation>
    </message>
    <message>
        <source>Choose the worker who takes them.</source>
        <translation>Choisissez le travailleur qui les reprend.</translation>
    </message>
    <message>
        <source>{worker} holds it already; choose someone else.</source>
        <translation>{worker} le détient déjà ; choisissez quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>{worker} holds them already; choose someone else.</source>
        <translation>{worker} les détient déjà ; choisissez quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Choose a worker to see how many cases and open tasks move.</source>
        <translation>Choisissez un travailleur pour voir combien de dossiers et de tâches ouvertes sont transférés.</translation>
    </message>
    <message>
        <source>{cases} and {tasks} move to {worker}.</source>
        <translation>{cases} et {tasks} passent à {worker}.</translation>
    </message>
    <message>
        <source>Nothing moves: {worker} holds it already.</source>
        <translation>Rien ne change : {worker} le détient déjà.</translation>
    </message>
    <message>
        <source>Nothing moves: {worker} holds them already.</source>
        <translation>Rien ne change : {worker} les détient déjà.</translation>
    </message>
    <message numerus="yes">
        <source> %Ln case is theirs already.</source>
        <translation>
            <numerusform> %Ln dossier est déjà le sien.</numerusform>
            <numerusform> %Ln dossiers sont déjà les siens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %Ln cases are theirs already.</source>
        <translation>
            <numerusform> %Ln dossier est déjà le sien.</numerusform>
            <numerusform> %Ln dossiers sont déjà les siens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refer a child to a service</source>
        <translation>Orienter un enfant vers un service</translation>
    </message>
    <message>
        <source>Service needed</source>
        <translation>Service nécessaire</translation>
    </message>
    <message>
        <source>Search providers by name or organisation</source>
        <translation>Rechercher des prestataires par nom ou organisation</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Rechercher des prestataires</translation>
    </message>
    <message>
        <source>What the child needs from this service, and why</source>
        <translation>Ce dont l&apos;enfant a besoin auprès de ce service, et pourquoi</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Motif de l&apos;orientation</translation>
    </message>
    <message>
        <source>Yes, consent is recorded</source>
        <translation>Oui, le consentement est recueilli</translation>
    </message>
    <message>
        <source>Has the family agreed to this referral?</source>
        <translation>La famille a-t-elle accepté cette orientation ?</translation>
    </message>
    <message>
        <source>e.g. the child is in danger and the service must act now</source>
        <translation>p. ex. l&apos;enfant est en danger et le service doit agir immédiatement</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>Envoyer l&apos;orientation</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <source>No provider in the directory offers {service}. You can save the referral without a provider.</source>
        <translation>Aucun prestataire du répertoire ne propose : {service}. Vous pouvez enregistrer l&apos;orientation sans prestataire.</translation>
    </message>
    <message>
        <source>No provider matches the search.</source>
        <translation>Aucun prestataire ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Save and send the referral to the provider</source>
        <translation>Enregistrer et envoyer l&apos;orientation au prestataire</translation>
    </message>
    <message>
        <source>Choose the child this referral is for.</source>
        <translation>Choisissez l&apos;enfant concerné par cette orientation.</translation>
    </message>
    <message>
        <source>Choose the service the child needs.</source>
        <translation>Choisissez le service dont l&apos;enfant a besoin.</translation>
    </message>
    <message>
        <source>Provider&apos;s response</source>
        <translation>Réponse du prestataire</translation>
    </message>
    <message>
        <source>The provider has</source>
        <translation>Le prestataire a</translation>
    </message>
    <message>
        <source>What the provider said: first appointment, or why they declined</source>
        <translation>Ce que le prestataire a dit : premier rendez-vous, ou motif du refus</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Complete the referral</source>
        <translation>Clôturer l&apos;orientation</translation>
    </message>
    <message>
        <source>What the child received, and how it went</source>
        <translation>Ce que l&apos;enfant a reçu, et comment cela s&apos;est passé</translation>
    </message>
    <message>
        <source>Say whether the provider accepted or declined.</source>
        <translation>Indiquez si le prestataire a accepté ou refusé.</translation>
    </message>
    <message>
        <source>Describe the outcome before completing the referral.</source>
        <translation>Décrivez le résultat avant de clôturer l&apos;orientation.</translation>
    </message>
    <message>
        <source>e.g. mother, grandfather, sibling</source>
        <translation>p. ex. mère, grand-père, frère ou sœur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Given name *</source>
        <translation>Prénom *</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Nom de famille *</translation>
    </message>
    <message>
        <source>Role *</source>
        <translation>Rôle *</translation>
    </message>
    <message>
        <source>or estimated age (years)</source>
        <translation>ou âge estimé (années)</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Personne {number}</translation>
    </message>
    <message>
        <source>Remove person {number}</source>
        <translation>Retirer la personne {number}</translation>
    </message>
    <message>
        <source>from date of birth</source>
        <translation>d&apos;après la date de naissance</translation>
    </message>
    <message>
        <source>Register a family</source>
        <translation>Enregistrer une famille</translation>
    </message>
    <message>
        <source>Language spoken at home</source>
        <translation>Langue parlée à la maison</translation>
    </message>
    <message>
        <source>People in the household</source>
        <translation>Personnes du foyer</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Give each child&apos;s date of birth, or an estimated age if it is not known.</source>
        <translation>Indiquez la date de naissance de chaque enfant, ou un âge estimé si elle n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Name and relationship to the child</source>
        <translation>Nom et lien avec l&apos;enfant</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Why the family was referred, and what is known so far</source>
        <translation>Pourquoi la famille a été signalée, et ce que l&apos;on sait à ce stade</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>People already registered who may be the same</source>
        <translation>Personnes déjà enregistrées qui pourraient être les mêmes</translation>
    </message>
    <message>
        <source>Open the existing case instead</source>
        <translation>Ouvrir plutôt le dossier existant</translation>
    </message>
    <message>
        <source>These are different people: register a new family</source>
        <translation>Ce sont des personnes différentes : enregistrer une nouvelle famille</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Checking for people already registered…</source>
        <translation>Recherche de personnes déjà enregistrées…</translation>
    </message>
    <message>
        <source>No one with these names is registered yet.</source>
        <translation>Personne portant ces noms n&apos;est encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person already registered may be the same. Open the existing case, or confirm that this is a different family.</source>
        <translation>
            <numerusform>%Ln personne déjà enregistrée pourrait être la même. Ouvrez le dossier existant, ou confirmez qu&apos;il s&apos;agit d&apos;une autre famille.</numerusform>
            <numerusform>%Ln personnes déjà enregistrées pourraient être les mêmes. Ouvrez le dossier existant, ou confirmez qu&apos;il s&apos;agit d&apos;une autre famille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already registered may be the same. Open the existing case, or confirm that this is a different family.</source>
        <translation>
            <numerusform>%Ln personne déjà enregistrée pourrait être la même. Ouvrez le dossier existant, ou confirmez qu&apos;il s&apos;agit d&apos;une autre famille.</numerusform>
            <numerusform>%Ln personnes déjà enregistrées pourraient être les mêmes. Ouvrez le dossier existant, ou confirmez qu&apos;il s&apos;agit d&apos;une autre famille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register at least one child.</source>
        <translation>Enregistrez au moins un enfant.</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>Une date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Give the child&apos;s date of birth or estimated age.</source>
        <translation>Indiquez la date de naissance ou l&apos;âge estimé de l&apos;enfant.</translation>
    </message>
    <message>
        <source>Record who gave consent.</source>
        <translation>Indiquez qui a donné le consentement.</translation>
    </message>
    <message>
        <source>Record the date consent was given (YYYY-MM-DD).</source>
        <translation>Indiquez la date du consentement (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>La date du consentement ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Confirm that this is a different family, or open the existing case.</source>
        <translation>Confirmez qu&apos;il s&apos;agit d&apos;une autre famille, ou ouvrez le dossier existant.</translation>
    </message>
    <message>
        <source>Family: {field_label}</source>
        <translation>Famille : {field_label}</translation>
    </message>
    <message>
        <source>Person {section}: {field_label}</source>
        <translation>Personne {section} : {field_label}</translation>
    </message>
    <message>
        <source>Change the risk level</source>
        <translation>Modifier le niveau de risque</translation>
    </message>
    <message>
        <source>The case is now recorded as {risk} risk.</source>
        <translation>Le dossier est désormais enregistré avec un risque {risk}.</translation>
    </message>
    <message>
        <source>The case has no risk level yet.</source>
        <translation>Le dossier n&apos;a pas encore de niveau de risque.</translation>
    </message>
    <message>
        <source>New risk level</source>
        <translation>Nouveau niveau de risque</translation>
    </message>
    <message>
        <source>What you learned that changes the risk, e.g. the father moved back in; the screening of today</source>
        <translation>Ce que vous avez appris qui change le risque, p. ex. le père est revenu vivre au domicile ; le dépistage d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Why it changes</source>
        <translation>Pourquoi il change</translation>
    </message>
    <message>
        <source>The reason is kept with the case and shown in its history. First visit and review dates move forward when the risk rises.</source>
        <translation>Le motif est conservé avec le dossier et affiché dans son historique. Les dates de première visite et de révision sont avancées quand le risque augmente.</translation>
    </message>
    <message>
        <source>Choose the new risk level.</source>
        <translation>Choisissez le nouveau niveau de risque.</translation>
    </message>
    <message>
        <source>No case (the worker&apos;s own)</source>
        <translation>Aucun dossier (propre au travailleur)</translation>
    </message>
    <message>
        <source>The decision taken, in a line</source>
        <translation>La décision prise, en une ligne</translation>
    </message>
    <message>
        <source>Decision for case {case_number}</source>
        <translation>Décision pour le dossier {case_number}</translation>
    </message>
    <message>
        <source>What was agreed, e.g. Visit the school this week</source>
        <translation>Ce qui a été convenu, p. ex. Visiter l&apos;école cette semaine</translation>
    </message>
    <message>
        <source>Action {number}</source>
        <translation>Action {number}</translation>
    </message>
    <message>
        <source>Action {number} due</source>
        <translation>Échéance de l&apos;action {number}</translation>
    </message>
    <message>
        <source>Action {number} case</source>
        <translation>Dossier de l&apos;action {number}</translation>
    </message>
    <message>
        <source>Remove action {number}</source>
        <translation>Retirer l&apos;action {number}</translation>
    </message>
    <message>
        <source>Case {case_number}</source>
        <translation>Dossier {case_number}</translation>
    </message>
    <message>
        <source>Record a supervision session</source>
        <translation>Enregistrer une séance de supervision</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>Dossiers abordés</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bien-être</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>What weighs on them, what helps</source>
        <translation>Ce qui pèse, ce qui aide</translation>
    </message>
    <message>
        <source>About wellbeing and workload</source>
        <translation>Sur le bien-être et la charge de travail</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Besoins de formation</translation>
    </message>
    <message>
        <source>Agreed actions (each becomes the worker&apos;s task)</source>
        <translation>Actions convenues (chacune devient une tâche du travailleur)</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>Choose the caseworker first.</source>
        <translation>Choisissez d&apos;abord le travailleur social.</translation>
    </message>
    <message>
        <source>{worker} has no open case on this device.</source>
        <translation>{worker} n&apos;a aucun dossier ouvert sur cet appareil.</translation>
    </message>
    <message>
        <source>Tick each case you discussed and note the decision.</source>
        <translation>Cochez chaque dossier abordé et notez la décision.</translation>
    </message>
    <message>
        <source>Choose the caseworker this session was with.</source>
        <translation>Choisissez le travailleur social concerné par cette séance.</translation>
    </message>
    <message>
        <source>Give the date of the session.</source>
        <translation>Indiquez la date de la séance.</translation>
    </message>
    <message>
        <source>A supervision session cannot be recorded in the future.</source>
        <translation>Une séance de supervision ne peut pas être enregistrée dans le futur.</translation>
    </message>
    <message>
        <source>Note the decision taken for case {cases}.</source>
        <translation>Notez la décision prise pour le dossier {cases}.</translation>
    </message>
    <message>
        <source>Say how the worker is doing.</source>
        <translation>Indiquez comment va le travailleur.</translation>
    </message>
    <message>
        <source>Say how heavy the workload is.</source>
        <translation>Indiquez le niveau de la charge de travail.</translation>
    </message>
    <message>
        <source>Give action {number} a due date (YYYY-MM-DD).</source>
        <translation>Donnez une échéance à l&apos;action {number} (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Action {number} is due before the session; an agreed action is due on or after its day.</source>
        <translation>L&apos;action {number} est due avant la séance ; une action convenue est due le jour de la séance ou après.</translation>
    </message>
    <message>
        <source>Supervision of {worker} on {session_date}</source>
        <translation>Supervision de {worker} le {session_date}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Task now</source>
        <translation>Tâche actuelle</translation>
    </message>
    <message>
        <source>Not on this device</source>
        <translation>Pas sur cet appareil</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>e.g. Call the school about attendance</source>
        <translation>p. ex. Appeler l&apos;école au sujet de l&apos;assiduité</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Enregistrer une visite</translation>
    </message>
    <message>
        <source>The child was seen</source>
        <translation>L&apos;enfant a été vu</translation>
    </message>
    <message>
        <source>e.g. mother, the child, grandmother</source>
        <translation>p. ex. mère, l&apos;enfant, grand-mère</translation>
    </message>
    <message>
        <source>What you saw and heard. Keep facts apart from your interpretation.</source>
        <translation>Ce que vous avez vu et entendu. Séparez les faits de votre interprétation.</translation>
    </message>
    <message>
        <source>I am concerned for the child&apos;s safety</source>
        <translation>Je suis inquiet·ète pour la sécurité de l&apos;enfant</translation>
    </message>
    <message>
        <source>Describe the concern in the observations, tell your supervisor, and consider a new risk screening.</source>
        <translation>Décrivez la préoccupation dans les observations, informez votre superviseur et envisagez un nouveau dépistage du risque.</translation>
    </message>
    <message>
        <source>Next step, e.g. visit again next week</source>
        <translation>Prochaine étape, p. ex. revenir la semaine prochaine</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>Enregistrer la visite</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>A visit cannot be recorded in the future.</source>
        <translation>Une visite ne peut pas être enregistrée dans le futur.</translation>
    </message>
    <message>
        <source>An administrator revoked this device (or your account), so the workspace was wiped from this computer: its cases, key and files are gone. Nothing else is needed from you; ask your supervisor if you think this is a mistake. You can log in again on another device, or on this one once an administrator allows it.</source>
        <translation>Un administrateur a révoqué cet appareil (ou votre compte) : l&apos;espace de travail a donc été effacé de cet ordinateur, avec ses dossiers, sa clé et ses fichiers. Vous n&apos;avez rien d&apos;autre à faire ; parlez-en à votre superviseur si vous pensez qu&apos;il s&apos;agit d&apos;une erreur. Vous pouvez vous reconnecter sur un autre appareil, ou sur celui-ci dès qu&apos;un administrateur l&apos;autorise.</translation>
    </message>
    <message>
        <source>Free at least {max} MB</source>
        <translation>Libérez au moins {max} Mo</translation>
    </message>
    <message>
        <source>Free some space</source>
        <translation>Libérez de l&apos;espace</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. {free_space_words} (for example delete downloads you no longer need) and try again; nothing was lost.</source>
        <translation>Le disque est plein, la modification n&apos;a donc pas été enregistrée. {free_space_words} (par exemple en supprimant des téléchargements dont vous n&apos;avez plus besoin) et réessayez ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The workspace was busy (a sync was writing to it), so this was not saved. Try again in a moment.</source>
        <translation>L&apos;espace de travail était occupé (une synchronisation y écrivait), ceci n&apos;a donc pas été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{exc} Do not delete anything: ask your administrator or IT support to check this device.</source>
        <translation>{exc} Ne supprimez rien : demandez à votre administrateur ou à votre support informatique de vérifier cet appareil.</translation>
    </message>
    <message>
        <source>Not allowed: {exc}</source>
        <translation>Non autorisé : {exc}</translation>
    </message>
    <message>
        <source>This step is not possible now: {exc}</source>
        <translation>Cette étape n&apos;est pas possible pour l&apos;instant : {exc}</translation>
    </message>
    <message>
        <source>Some fields need attention: </source>
        <translation>Certains champs sont à revoir : </translation>
    </message>
    <message>
        <source>This workspace needs the server now: {exc} Connect this computer to the network, then unlock again.</source>
        <translation>Cet espace de travail a maintenant besoin du serveur : {exc} Connectez cet ordinateur au réseau, puis déverrouillez à nouveau.</translation>
    </message>
    <message>
        <source>The workspace files could not be read or written (the operating system refused: {value}). Check the disk and that casemgr may write to its data folder, then try again.</source>
        <translation>Les fichiers de l&apos;espace de travail n&apos;ont pas pu être lus ou écrits (le système d&apos;exploitation a refusé : {value}). Vérifiez le disque et que casemgr peut écrire dans son dossier de données, puis réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong inside casemgr.</source>
        <translation>Un problème est survenu dans casemgr.</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>Le serveur n&apos;a pas accepté ce nom d&apos;utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <source>This account is deactivated on the server; ask an administrator.</source>
        <translation>Ce compte est désactivé sur le serveur ; adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>{server} cannot be reached. Check the address and the network connection, then try again.</source>
        <translation>Le serveur {server} est injoignable. Vérifiez l&apos;adresse et la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The server needs a newer version of casemgr; ask your IT support.</source>
        <translation>Le serveur exige une version plus récente de casemgr ; adressez-vous à votre support informatique.</translation>
    </message>
    <message>
        <source>The key the server returned does not open this workspace; ask an administrator.</source>
        <translation>La clé renvoyée par le serveur n&apos;ouvre pas cet espace de travail ; adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>The server refused: {exc}</source>
        <translation>Le serveur a refusé : {exc}</translation>
    </message>
    <message>
        <source>The server had a problem: {exc} Try again later.</source>
        <translation>Le serveur a rencontré un problème : {exc} Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The disk is full, so the workspace could not be opened. {free_space_words} (for example delete downloads you no longer need) and try again; nothing was lost.</source>
        <translation>Le disque est plein, l&apos;espace de travail n&apos;a donc pas pu être ouvert. {free_space_words} (par exemple en supprimant des téléchargements dont vous n&apos;avez plus besoin) et réessayez ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>A workspace with this name already exists here.</source>
        <translation>Un espace de travail portant ce nom existe déjà ici.</translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation>La synchronisation a été arrêtée.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Offline · working offline</source>
        <translation>Hors ligne · travail hors ligne</translation>
    </message>
    <message>
        <source>The server at {server} cannot be reached. Keep working: your changes are kept on this device and sent at the next sync.</source>
        <translation>Le serveur {server} est injoignable. Continuez à travailler : vos modifications sont conservées sur cet appareil et envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Sync stopped: update casemgr</source>
        <translation>Synchronisation arrêtée : mettez casemgr à jour</translation>
    </message>
    <message>
        <source>The server needs a newer version of casemgr. Your changes are kept on this device and will be sent once casemgr is updated; ask your IT support for the update.</source>
        <translation>Le serveur exige une version plus récente de casemgr. Vos modifications sont conservées sur cet appareil et seront envoyées une fois casemgr mis à jour ; demandez la mise à jour à votre support informatique.</translation>
    </message>
    <message>
        <source>Sync stopped: log in again</source>
        <translation>Synchronisation arrêtée : reconnectez-vous</translation>
    </message>
    <message>
        <source>Your session with the server has ended. Log in again to sync; your changes are kept on this device meanwhile.</source>
        <translation>Votre session avec le serveur a pris fin. Reconnectez-vous pour synchroniser ; vos modifications restent sur cet appareil en attendant.</translation>
    </message>
    <message>
        <source>Sync refused for now</source>
        <translation>Synchronisation refusée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Sync failed · will retry</source>
        <translation>Échec de la synchronisation · nouvel essai prévu</translation>
    </message>
    <message>
        <source>The server had a problem ({exc}). Nothing of its answer was applied and your changes are kept; the sync is tried again later.</source>
        <translation>Le serveur a rencontré un problème ({exc}). Rien de sa réponse n&apos;a été appliqué et vos modifications sont conservées ; la synchronisation sera retentée plus tard.</translation>
    </message>
    <message>
        <source>Sync paused · will retry</source>
        <translation>Synchronisation en pause · nouvel essai prévu</translation>
    </message>
    <message>
        <source>The workspace was busy with a long change; the sync stopped between two steps and goes on at the next sync.</source>
        <translation>L&apos;espace de travail était occupé par une longue modification ; la synchronisation s&apos;est arrêtée entre deux étapes et reprendra à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>An internal error stopped the sync.</source>
        <translation>Une erreur interne a arrêté la synchronisation.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>casemgr: internal error</source>
        <translation>casemgr : erreur interne</translation>
    </message>
    <message>
        <source>The details (where in the program, no case data) were written to {log_path}.</source>
        <translation>Les détails (l&apos;endroit du programme, aucune donnée de dossier) ont été écrits dans {log_path}.</translation>
    </message>
    <message>
        <source>Something went wrong inside casemgr, and the last action may not have been completed. Your saved work is safe.</source>
        <translation>Un problème est survenu dans casemgr, et la dernière action n&apos;a peut-être pas abouti. Votre travail enregistré est en sécurité.</translation>
    </message>
    <message>
        <source>{summary}

{logged}
Please report it to your administrator.</source>
        <translation>{summary}

{logged}
Veuillez le signaler à votre administrateur.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Log in to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Log in with the account your organisation gave you. A new encrypted workspace is created on this device and your cases are downloaded; after that it also opens offline. Your workspace password is the same as your server password.</source>
        <translation>Connectez-vous avec le compte fourni par votre organisation. Un nouvel espace de travail chiffré est créé sur cet appareil et vos dossiers sont téléchargés ; il s&apos;ouvre ensuite aussi hors ligne. Le mot de passe de votre espace de travail est celui de votre compte serveur.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>https://casemgr.example.org</source>
        <translation>https://casemgr.example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>CA file (if IT gave one)</source>
        <translation>Fichier d&apos;AC (si l&apos;informatique vous en a donné un)</translation>
    </message>
    <message>
        <source>the organisation&apos;s CA certificate, a .pem file</source>
        <translation>le certificat d&apos;AC de l&apos;organisation, un fichier .pem</translation>
    </message>
    <message>
        <source>Server key pin (if IT gave one)</source>
        <translation>Empreinte de clé du serveur (si l&apos;informatique vous en a donné une)</translation>
    </message>
    <message>
        <source>SHA-256 of the server&apos;s public key</source>
        <translation>SHA-256 de la clé publique du serveur</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter the address your organisation gave you, starting with https://</source>
        <translation>Saisissez l&apos;adresse fournie par votre organisation, commençant par https://</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Logging in to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <source>Recover with the server</source>
        <translation>Récupérer avec le serveur</translation>
    </message>
    <message>
        <source>Log in to {server} as {user} to get this workspace&apos;s key back, then choose a new password for the workspace on this device. No case data is lost.</source>
        <translation>Connectez-vous à {server} en tant que {user} pour récupérer la clé de cet espace de travail, puis choisissez un nouveau mot de passe pour l&apos;espace de travail sur cet appareil. Aucune donnée de dossier n&apos;est perdue.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>New workspace password</source>
        <translation>Nouveau mot de passe de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Enter your password on the server.</source>
        <translation>Saisissez votre mot de passe du serveur.</translation>
    </message>
    <message>
        <source>Asking the server for the key…</source>
        <translation>Demande de la clé au serveur…</translation>
    </message>
    <message>
        <source>This workspace is offline-only: there is no server, so there is no password recovery. If the password is forgotten, nobody can open the cases kept in it. Keep the password safe.</source>
        <translation>Cet espace de travail est uniquement hors ligne : il n&apos;y a pas de serveur, donc pas de récupération du mot de passe. Si le mot de passe est oublié, personne ne pourra ouvrir les dossiers qu&apos;il contient. Conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>New offline-only workspace</source>
        <translation>Nouvel espace de travail hors ligne</translation>
    </message>
    <message>
        <source>Team (optional)</source>
        <translation>Équipe (facultatif)</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>I understand that there is no password recovery</source>
        <translation>Je comprends qu&apos;il n&apos;y a pas de récupération du mot de passe</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Créer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>Création de l&apos;espace de travail chiffré…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;casemgr&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;casemgr&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Unlock your workspace</source>
        <translation>Déverrouillez votre espace de travail</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Recover with the server…</source>
        <translation>Récupérer avec le serveur…</translation>
    </message>
    <message>
        <source>Log in to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <source>First time on this device: log in with your account on your organisation&apos;s server</source>
        <translation>Première fois sur cet appareil : connectez-vous avec votre compte sur le serveur de votre organisation</translation>
    </message>
    <message>
        <source>New offline-only workspace…</source>
        <translation>Nouvel espace de travail hors ligne…</translation>
    </message>
    <message>
        <source>Data folder: {data_dir}</source>
        <translation>Dossier des données : {data_dir}</translation>
    </message>
    <message>
        <source>  (offline-only)</source>
        <translation>  (hors ligne uniquement)</translation>
    </message>
    <message>
        <source>There is no workspace on this device yet: log in to your organisation&apos;s server, or create an offline-only one.</source>
        <translation>Il n&apos;y a pas encore d&apos;espace de travail sur cet appareil : connectez-vous au serveur de votre organisation, ou créez-en un hors ligne.</translation>
    </message>
    <message>
        <source>Choose a workspace, or create one.</source>
        <translation>Choisissez un espace de travail, ou créez-en un.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe erroné.</translation>
    </message>
    <message>
        <source>Too many failed attempts.</source>
        <translation>Trop de tentatives échouées.</translation>
    </message>
    <message>
        <source>{wait_prefix} Try again in {left} s.</source>
        <translation>{wait_prefix} Réessayez dans {left} s.</translation>
    </message>
    <message>
        <source>Unlocking is possible again in {left} s.</source>
        <translation>Le déverrouillage sera de nouveau possible dans {left} s.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>The workspace was locked. Enter the password to continue.</source>
        <translation>L&apos;espace de travail a été verrouillé. Saisissez le mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Logging in to {server_url}…</source>
        <translation>Connexion à {server_url}…</translation>
    </message>
    <message>
        <source>Starting the local demo server…</source>
        <translation>Démarrage du serveur de démonstration local…</translation>
    </message>
    <message>
        <source>The demo server could not start: {exc}</source>
        <translation>Le serveur de démonstration n&apos;a pas pu démarrer : {exc}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Team caseload</source>
        <translation>Charge de l&apos;équipe</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation>Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Search after typing stops for</source>
        <translation>Rechercher après l&apos;arrêt de la saisie pendant</translation>
    </message>
    <message>
        <source>Only when asked and after changes</source>
        <translation>Seulement sur demande et après des modifications</translation>
    </message>
    <message>
        <source>Sync with the server every</source>
        <translation>Synchroniser avec le serveur toutes les</translation>
    </message>
    <message>
        <source>Organisation on printed summaries</source>
        <translation>Organisation sur les résumés imprimés</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>A new language applies the next time casemgr starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de casemgr.</translation>
    </message>
    <message>
        <source>Opening a case outside your caseload needs a connection to the server, which decides and records it. Connect to the network and try again.</source>
        <translation>Ouvrir un dossier hors de votre charge nécessite une connexion au serveur, qui décide et l&apos;enregistre. Connectez-vous au réseau et réessayez.</translation>
    </message>
    <message>
        <source>There is no case with this number. Check it and try again.</source>
        <translation>Aucun dossier ne porte ce numéro. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>This case is already in your caseload: open it from your cases.</source>
        <translation>Ce dossier fait déjà partie de votre charge : ouvrez-le depuis vos dossiers.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export &amp;indicators…</source>
        <translation>Exporter les &amp;indicateurs…</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation>&amp;Rechercher des dossiers</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Open the selected case</source>
        <translation>&amp;Ouvrir le dossier sélectionné</translation>
    </message>
    <message>
        <source>Open a case outside my caseload…</source>
        <translation>Ouvrir un dossier hors de ma charge…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic report</source>
        <translation>&amp;Copier le rapport de diagnostic</translation>
    </message>
    <message>
        <source>&amp;About casemgr</source>
        <translation>À &amp;propos de casemgr</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About casemgr</source>
        <translation>À propos de casemgr</translation>
    </message>
    <message>
        <source>casemgr {version}: offline-first case management for child-protection caseworkers. Case data stays encrypted on this device.</source>
        <translation>casemgr {version} : gestion de dossiers hors ligne d&apos;abord pour les travailleurs sociaux de la protection de l&apos;enfance. Les données des dossiers restent chiffrées sur cet appareil.</translation>
    </message>
    <message>
        <source>There is no log folder yet: casemgr has not written a log on this computer.</source>
        <translation>Il n&apos;y a pas encore de dossier des journaux : casemgr n&apos;a écrit aucun journal sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The log folder could not be opened. It is {folder}</source>
        <translation>Le dossier des journaux n&apos;a pas pu être ouvert. Il se trouve ici : {folder}</translation>
    </message>
    <message>
        <source>The diagnostic report was copied (versions, platform and sync state only, no case data): paste it into your message to support.</source>
        <translation>Le rapport de diagnostic a été copié (versions, plateforme et état de la synchronisation uniquement, aucune donnée de dossier) : collez-le dans votre message au support.</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>Envoyer et recevoir les modifications maintenant</translation>
    </message>
    <message>
        <source>This workspace has no server to sync with.</source>
        <translation>Cet espace de travail n&apos;a pas de serveur avec lequel se synchroniser.</translation>
    </message>
    <message>
        <source>Your emergency access to the case {number} ended; the server removed it from this device.</source>
        <translation>Votre accès d&apos;urgence au dossier {number} est terminé ; le serveur l&apos;a retiré de cet appareil.</translation>
    </message>
    <message>
        <source>The case {number} is no longer assigned to you; the server removed it from this device.</source>
        <translation>Le dossier {number} ne vous est plus attribué ; le serveur l&apos;a retiré de cet appareil.</translation>
    </message>
    <message>
        <source>casemgr — locked</source>
        <translation>casemgr — verrouillé</translation>
    </message>
    <message>
        <source>casemgr — {user}</source>
        <translation>casemgr — {user}</translation>
    </message>
    <message>
        <source> (offline-only)</source>
        <translation> (hors ligne uniquement)</translation>
    </message>
    <message>
        <source> — demo: a local demo server with synthetic data (password {password})</source>
        <translation> — démo : un serveur de démonstration local avec des données fictives (mot de passe {password})</translation>
    </message>
    <message>
        <source>{page} ({count})</source>
        <translation>{page} ({count})</translation>
    </message>
    <message>
        <source>No case is selected: choose one in My cases (Ctrl+1) first, then Ctrl+O opens it.</source>
        <translation>Aucun dossier n&apos;est sélectionné : choisissez-en un dans Mes dossiers (Ctrl+1), puis Ctrl+O l&apos;ouvre.</translation>
    </message>
    <message>
        <source>The new language applies the next time casemgr starts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de casemgr.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>People&apos;s data</source>
        <translation>Données des personnes</translation>
    </message>
    <message>
        <source>This workspace has no server: the admin console needs one. Log in to the organisation&apos;s server as an administrator to use it.</source>
        <translation>Cet espace de travail n&apos;a pas de serveur : la console d&apos;administration en a besoin. Connectez-vous au serveur de l&apos;organisation en tant qu&apos;administrateur pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Created the user</source>
        <translation>A créé l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Changed the user&apos;s role or teams</source>
        <translation>A modifié le rôle ou les équipes de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Deactivated the user</source>
        <translation>A désactivé l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Reactivated the user</source>
        <translation>A réactivé l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>A réinitialisé le mot de passe</translation>
    </message>
    <message>
        <source>Changed their password</source>
        <translation>A changé son mot de passe</translation>
    </message>
    <message>
        <source>Created the team</source>
        <translation>A créé l&apos;équipe</translation>
    </message>
    <message>
        <source>Registered a device</source>
        <translation>A enregistré un appareil</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>A révoqué un appareil</translation>
    </message>
    <message>
        <source>Reassigned the case</source>
        <translation>A réattribué le dossier</translation>
    </message>
    <message>
        <source>Closed a refused change</source>
        <translation>A clôturé une modification refusée</translation>
    </message>
    <message>
        <source>Published a form</source>
        <translation>A publié un formulaire</translation>
    </message>
    <message>
        <source>Imported the service directory</source>
        <translation>A importé le répertoire des services</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>S&apos;est connecté</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>S&apos;est déconnecté</translation>
    </message>
    <message>
        <source>Sign-in refused (wrong password)</source>
        <translation>Connexion refusée (mot de passe erroné)</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>A exporté des données</translation>
    </message>
    <message>
        <source>Printed a record</source>
        <translation>A imprimé un enregistrement</translation>
    </message>
    <message>
        <source>Saved a case summary as a PDF</source>
        <translation>A enregistré un résumé de dossier en PDF</translation>
    </message>
    <message>
        <source>Saved a case summary as a PDF (redacted)</source>
        <translation>A enregistré un résumé de dossier en PDF (anonymisé)</translation>
    </message>
    <message>
        <source>Printed a case summary</source>
        <translation>A imprimé un résumé de dossier</translation>
    </message>
    <message>
        <source>Printed a case summary (redacted)</source>
        <translation>A imprimé un résumé de dossier (anonymisé)</translation>
    </message>
    <message>
        <source>Saved a copy of an attachment</source>
        <translation>A enregistré une copie d&apos;une pièce jointe</translation>
    </message>
    <message>
        <source>Produced a person&apos;s subject access</source>
        <translation>A produit le droit d&apos;accès d&apos;une personne</translation>
    </message>
    <message>
        <source>Asked for a person&apos;s records to be erased</source>
        <translation>A demandé l&apos;effacement des enregistrements d&apos;une personne</translation>
    </message>
    <message>
        <source>Approved an erasure: the person&apos;s records were erased</source>
        <translation>A approuvé un effacement : les enregistrements de la personne ont été effacés</translation>
    </message>
    <message>
        <source>Withdrew an erasure request</source>
        <translation>A retiré une demande d&apos;effacement</translation>
    </message>
    <message>
        <source>Waiting for a second administrator</source>
        <translation>En attente d&apos;un second administrateur</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>…{device_id} (no name)</source>
        <translation>…{device_id} (sans nom)</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Réinitialisation du mot de passe</translation>
    </message>
    <message>
        <source>, {off} deactivated</source>
        <translation>, {off} désactivé(s)</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Réinitialiser un mot de passe</translation>
    </message>
    <message>
        <source>Reset the password of {name}?</source>
        <translation>Réinitialiser le mot de passe de {name} ?</translation>
    </message>
    <message>
        <source>{name}&apos;s sessions end now. casemgr makes a temporary password and shows it once; at {name}&apos;s next sign-in with it, their devices get their workspace key back, and nothing on them is lost.</source>
        <translation>Les sessions de {name} prennent fin maintenant. casemgr crée un mot de passe temporaire et l&apos;affiche une seule fois ; à la prochaine connexion de {name} avec celui-ci, ses appareils récupèrent la clé de leur espace de travail, et rien n&apos;y est perdu.</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>Nouvelle équipe…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>{count} teams. A caseworker&apos;s cases go to the supervisors of their team.</source>
        <translation>{count} équipes. Les dossiers d&apos;un travailleur social vont aux superviseurs de son équipe.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Waiting at last sync</source>
        <translation>En attente à la dernière synchronisation</translation>
    </message>
    <message>
        <source>Changes waiting on the device when it last sent</source>
        <translation>Modifications en attente sur l&apos;appareil lors de son dernier envoi</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Revoked {when}</source>
        <translation>Révoqué {when}</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device in use</source>
        <translation>
            <numerusform>%Ln appareil en service</numerusform>
            <numerusform>%Ln appareils en service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln devices in use</source>
        <translation>
            <numerusform>%Ln appareil en service</numerusform>
            <numerusform>%Ln appareils en service</numerusform>
        </translation>
    </message>
    <message>
        <source>; {count} not synced for three days or more (in colour)</source>
        <translation> ; {count} non synchronisé(s) depuis trois jours ou plus (en couleur)</translation>
    </message>
    <message>
        <source>This device is revoked already.</source>
        <translation>Cet appareil est déjà révoqué.</translation>
    </message>
    <message>
        <source> It had {outbox_lag:,} changes waiting when it last synced.</source>
        <translation> Il avait {outbox_lag:,} modifications en attente lors de sa dernière synchronisation.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Révoquer un appareil</translation>
    </message>
    <message>
        <source>Revoke {user}&apos;s device {label}?</source>
        <translation>Révoquer l&apos;appareil {label} de {user} ?</translation>
    </message>
    <message>
        <source>Last synced: {when}. At its next contact with the server the device wipes its workspace: the cases, key and files on it are deleted, and changes not synced yet are lost.</source>
        <translation>Dernière synchronisation : {when}. À son prochain contact avec le serveur, l&apos;appareil efface son espace de travail : les dossiers, la clé et les fichiers qu&apos;il contient sont supprimés, et les modifications pas encore synchronisées sont perdues.</translation>
    </message>
    <message>
        <source> {user} keeps their account and can sign in on another device.</source>
        <translation> {user} garde son compte et peut se connecter sur un autre appareil.</translation>
    </message>
    <message>
        <source>Revoke the device</source>
        <translation>Révoquer l&apos;appareil</translation>
    </message>
    <message>
        <source>Restore the case</source>
        <translation>Restaurer le dossier</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Closed cases leave devices after</source>
        <translation>Les dossiers clos quittent les appareils après</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Archived on the server after</source>
        <translation>Archivés sur le serveur après</translation>
    </message>
    <message>
        <source>Closed or restored</source>
        <translation>Clos ou restauré</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Closed cases leave every device {days} days after closure and are archived on the server {years} years after it. {count} cases are archived; a restored case reaches its caseworker&apos;s devices at their next sync.</source>
        <translation>Les dossiers clos quittent tous les appareils {days} jours après leur clôture et sont archivés sur le serveur {years} ans après. {count} dossiers sont archivés ; un dossier restauré revient sur les appareils de son travailleur social à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Devices, those not synced for three days or more first</source>
        <translation>Appareils, d&apos;abord ceux non synchronisés depuis trois jours ou plus</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>Each is resolved by a caseworker of the case, on their device (Conflicts page): the values stay in the case file.</source>
        <translation>Chacun est résolu par un travailleur social du dossier, sur son appareil (page Conflits) : les valeurs restent dans le dossier.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>Sent later</source>
        <translation>Envoyée plus tard</translation>
    </message>
    <message>
        <source>Changes refused by the server</source>
        <translation>Modifications refusées par le serveur</translation>
    </message>
    <message>
        <source>Kept, never applied. Mark resolved once the cause is put right (the user given the team, the change made again); dismiss when nothing is to be done. Either way it stays on record.</source>
        <translation>Conservées, jamais appliquées. Marquez comme résolue une fois la cause corrigée (l&apos;utilisateur ajouté à l&apos;équipe, la modification refaite) ; ignorez-la s&apos;il n&apos;y a rien à faire. Dans les deux cas, elle reste consignée.</translation>
    </message>
    <message>
        <source>Audit of the case</source>
        <translation>Audit du dossier</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Marquer comme résolue</translation>
    </message>
    <message>
        <source>{kind} of a {record}</source>
        <translation>{kind} d&apos;un(e) {record}</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>A child is at immediate risk</source>
        <translation>Un enfant est en danger immédiat</translation>
    </message>
    <message>
        <source>Covering for an absent colleague</source>
        <translation>Remplacement d&apos;un collègue absent</translation>
    </message>
    <message>
        <source>Out-of-hours emergency call</source>
        <translation>Appel d&apos;urgence hors heures ouvrables</translation>
    </message>
    <message>
        <source>Request from police, court or hospital</source>
        <translation>Demande de la police, d&apos;un tribunal ou d&apos;un hôpital</translation>
    </message>
    <message>
        <source>Other (say why below)</source>
        <translation>Autre (précisez ci-dessous)</translation>
    </message>
    <message>
        <source>Open a case outside my caseload</source>
        <translation>Ouvrir un dossier hors de ma charge</translation>
    </message>
    <message>
        <source>Only in an emergency. The server must be reachable: it decides and records it. The case is yours to read for {hours} hours (unless your organisation set another limit), then it leaves this computer. The case&apos;s supervisor is told at once, and everything you do in the case is recorded as emergency access.</source>
        <translation>Uniquement en cas d&apos;urgence. Le serveur doit être joignable : il décide et l&apos;enregistre. Vous pouvez lire le dossier pendant {hours} heures (sauf si votre organisation a fixé une autre limite), puis il quitte cet ordinateur. Le superviseur du dossier est prévenu immédiatement, et tout ce que vous faites dans le dossier est enregistré comme accès d&apos;urgence.</translation>
    </message>
    <message>
        <source>For example NRB-00042</source>
        <translation>Par exemple NRB-00042</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why you need this case now, in your own words</source>
        <translation>Pourquoi vous avez besoin de ce dossier maintenant, avec vos mots</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>Avec vos mots</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Give the case number.</source>
        <translation>Indiquez le numéro du dossier.</translation>
    </message>
    <message>
        <source>Say why you need this case.</source>
        <translation>Dites pourquoi vous avez besoin de ce dossier.</translation>
    </message>
    <message>
        <source>{devices}; {conflicts}; {refused} to review.</source>
        <translation>{devices} ; {conflicts} ; {refused} à examiner.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device not synced for three days or more</source>
        <translation>
            <numerusform>%Ln appareil non synchronisé depuis trois jours ou plus</numerusform>
            <numerusform>%Ln appareils non synchronisés depuis trois jours ou plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln devices not synced for three days or more</source>
        <translation>
            <numerusform>%Ln appareil non synchronisé depuis trois jours ou plus</numerusform>
            <numerusform>%Ln appareils non synchronisés depuis trois jours ou plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict</source>
        <translation>
            <numerusform>%Ln conflit ouvert</numerusform>
            <numerusform>%Ln conflits ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflicts</source>
        <translation>
            <numerusform>%Ln conflit ouvert</numerusform>
            <numerusform>%Ln conflits ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change</source>
        <translation>
            <numerusform>%Ln modification refusée</numerusform>
            <numerusform>%Ln modifications refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused changes</source>
        <translation>
            <numerusform>%Ln modification refusée</numerusform>
            <numerusform>%Ln modifications refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish a new version…</source>
        <translation>Publier une nouvelle version…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>{count} forms, {count2} published versions. What was filled in keeps the version it was filled in with.</source>
        <translation>{count} formulaires, {count2} versions publiées. Ce qui a été rempli garde la version avec laquelle il l&apos;a été.</translation>
    </message>
    <message>
        <source>The service directory is the list of providers caseworkers refer children to; every device receives it at its next sync. Import it from an Open Referral HSDS 3.0 file (JSON, or the CSV data package) or from a plain CSV list of providers: providers imported before are updated, never duplicated, and each import reports what it added, updated and refused.</source>
        <translation>Le répertoire des services est la liste des prestataires vers lesquels les travailleurs sociaux orientent les enfants ; chaque appareil le reçoit à sa prochaine synchronisation. Importez-le depuis un fichier Open Referral HSDS 3.0 (JSON, ou le paquet de données CSV) ou depuis une simple liste CSV de prestataires : les prestataires déjà importés sont mis à jour, jamais dupliqués, et chaque import indique ce qu&apos;il a ajouté, mis à jour et refusé.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Last import ({name}): {report}</source>
        <translation>Dernier import ({name}) : {report}</translation>
    </message>
    <message>
        <source>Subject access…</source>
        <translation>Droit d&apos;accès…</translation>
    </message>
    <message>
        <source>Request an erasure…</source>
        <translation>Demander un effacement…</translation>
    </message>
    <message>
        <source>Approve the erasure…</source>
        <translation>Approuver l&apos;effacement…</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>Retirer la demande</translation>
    </message>
    <message>
        <source>Approved or withdrawn by</source>
        <translation>Approuvé ou retiré par</translation>
    </message>
    <message>
        <source>{records} records, {cases} whole cases, {files} files</source>
        <translation>{records} enregistrements, {cases} dossiers entiers, {files} fichiers</translation>
    </message>
    <message>
        <source>Erasure requests waiting for a second administrator: {count}.</source>
        <translation>Demandes d&apos;effacement en attente d&apos;un second administrateur : {count}.</translation>
    </message>
    <message>
        <source>No erasure request is waiting. An erasure is asked for by one administrator and approved by another.</source>
        <translation>Aucune demande d&apos;effacement n&apos;est en attente. Un effacement est demandé par un administrateur et approuvé par un autre.</translation>
    </message>
    <message>
        <source>Another administrator approves a request you made.</source>
        <translation>Un autre administrateur approuve une demande que vous avez faite.</translation>
    </message>
    <message>
        <source>The password could not be checked; nothing was fetched.</source>
        <translation>Le mot de passe n&apos;a pas pu être vérifié ; rien n&apos;a été récupéré.</translation>
    </message>
    <message>
        <source>The output could not be recorded in the audit log; nothing was saved.</source>
        <translation>La sortie n&apos;a pas pu être consignée dans le journal d&apos;audit ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The file could not be written ({why}).</source>
        <translation>Le fichier n&apos;a pas pu être écrit ({why}).</translation>
    </message>
    <message>
        <source>Approve an erasure</source>
        <translation>Approuver un effacement</translation>
    </message>
    <message>
        <source>Erase the records of person {person}, as {user} asked?</source>
        <translation>Effacer les enregistrements de la personne {person}, comme {user} l&apos;a demandé ?</translation>
    </message>
    <message>
        <source>Their record and every record about them alone are deleted on the server now, and on every device at its next sync; if no one else is left in their household, the whole case with its files. It cannot be undone. The audit log keeps who asked, who approved, and how many records went.</source>
        <translation>Sa fiche et tout enregistrement qui ne concerne qu&apos;elle sont supprimés sur le serveur tout de suite, et sur chaque appareil à sa prochaine synchronisation ; s&apos;il ne reste personne d&apos;autre dans son ménage, le dossier entier avec ses fichiers. C&apos;est irréversible. Le journal d&apos;audit garde qui a demandé, qui a approuvé, et combien d&apos;enregistrements ont été supprimés.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User (by or about)</source>
        <translation>Utilisateur (auteur ou concerné)</translation>
    </message>
    <message>
        <source>case id</source>
        <translation>identifiant du dossier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Afficher les entrées plus anciennes</translation>
    </message>
    <message>
        <source>{name}: write the date as YYYY-MM-DD.</source>
        <translation>{name} : écrivez la date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Aucune entrée.</translation>
    </message>
    <message>
        <source>{total:,} entries, newest first</source>
        <translation>{total:,} entrées, les plus récentes en premier</translation>
    </message>
    <message>
        <source>; the {shown:,} newest shown.</source>
        <translation> ; les {shown:,} plus récentes affichées.</translation>
    </message>
    <message>
        <source>Your approval of the {kind} of case {case} did not count: {reason}</source>
        <translation>Votre approbation de la demande « {kind} » du dossier {case} n&apos;a pas été prise en compte : {reason}</translation>
    </message>
    <message>
        <source>Your sending back of the {kind} of case {case} did not count: {reason}</source>
        <translation>Votre renvoi de la demande « {kind} » du dossier {case} n&apos;a pas été pris en compte : {reason}</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>(no longer on this device)</source>
        <translation>(plus sur cet appareil)</translation>
    </message>
    <message>
        <source>{holder} opened case {case} outside their caseload on {when}.</source>
        <translation>{holder} a ouvert le dossier {case} hors de sa charge de travail le {when}.</translation>
    </message>
    <message>
        <source>They ended the access at {time}.</source>
        <translation>La personne a mis fin à l&apos;accès à {time}.</translation>
    </message>
    <message>
        <source>{who} ended the access at {time}.</source>
        <translation>{who} a mis fin à l&apos;accès à {time}.</translation>
    </message>
    <message>
        <source>The access runs until {time}.</source>
        <translation>L&apos;accès dure jusqu&apos;à {time}.</translation>
    </message>
    <message>
        <source>The access ended at {time}.</source>
        <translation>L&apos;accès s&apos;est terminé à {time}.</translation>
    </message>
    <message>
        <source>Reason: {reason}: {note}</source>
        <translation>Motif : {reason} : {note}</translation>
    </message>
    <message>
        <source>End access now</source>
        <translation>Mettre fin à l&apos;accès maintenant</translation>
    </message>
    <message>
        <source>End this emergency access now: the case leaves their computer at its next sync. Needs a connection to the server.</source>
        <translation>Mettre fin à cet accès d&apos;urgence maintenant : le dossier quitte son ordinateur à la prochaine synchronisation. Nécessite une connexion au serveur.</translation>
    </message>
    <message>
        <source>This access has already ended.</source>
        <translation>Cet accès est déjà terminé.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Pris connaissance</translation>
    </message>
    <message>
        <source>You have read this: the notice leaves this page and your Today list.</source>
        <translation>Vous l&apos;avez lu : l&apos;avis quitte cette page et votre liste Aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Décider…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>You have read this; the Sync page keeps every refused change.</source>
        <translation>Vous l&apos;avez lu ; la page Synchronisation conserve chaque modification refusée.</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source> (changed since asked)</source>
        <translation> (modifié depuis la demande)</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Nothing is waiting for your decision.</source>
        <translation>Rien n&apos;attend votre décision.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request waiting for your decision, oldest first</source>
        <translation>
            <numerusform>%Ln demande attend votre décision, la plus ancienne en premier</numerusform>
            <numerusform>%Ln demandes attendent votre décision, les plus anciennes en premier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests waiting for your decision, oldest first</source>
        <translation>
            <numerusform>%Ln demande attend votre décision, la plus ancienne en premier</numerusform>
            <numerusform>%Ln demandes attendent votre décision, les plus anciennes en premier</numerusform>
        </translation>
    </message>
    <message>
        <source>; {count} for more than {days} days</source>
        <translation> ; {count} depuis plus de {days} jours</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed since it was asked: the caseworker must submit again.</source>
        <translation>
            <numerusform>%Ln a changé depuis la demande : le travailleur social doit la soumettre à nouveau.</numerusform>
            <numerusform>%Ln ont changé depuis la demande : le travailleur social doit les soumettre à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed since they were asked: the caseworker must submit again.</source>
        <translation>
            <numerusform>%Ln a changé depuis la demande : le travailleur social doit la soumettre à nouveau.</numerusform>
            <numerusform>%Ln ont changé depuis la demande : le travailleur social doit les soumettre à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>It changed since it was asked: the caseworker must submit it again.</source>
        <translation>Elle a changé depuis la demande : le travailleur social doit la soumettre à nouveau.</translation>
    </message>
    <message>
        <source>Offline-only workspace: no server. Everything stays on this device, encrypted; nothing is sent anywhere.</source>
        <translation>Espace de travail hors ligne uniquement : pas de serveur. Tout reste sur cet appareil, chiffré ; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Clôture demandée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Critical risk</source>
        <translation>Risque critique</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risque moyen</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Risque non évalué</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>En retard depuis le {date}</translation>
    </message>
    <message>
        <source>Due today ({date})</source>
        <translation>À faire aujourd&apos;hui ({date})</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Échéance le {date}</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Sort by {column}</source>
        <translation>Trier par {column}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(retiré)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Tout risque</translation>
    </message>
    <message>
        <source>Any caseworker</source>
        <translation>Tout travailleur social</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Search names, case numbers and notes (Ctrl+F)</source>
        <translation>Rechercher des noms, des numéros de dossier et des notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source> (showing the first matches: type more to narrow the search)</source>
        <translation> (premiers résultats affichés : précisez la recherche)</translation>
    </message>
    <message numerus="yes">
        <source>; the filters hide %Ln more that matches (set them to “Any” to see it)</source>
        <translation>
            <numerusform> ; les filtres masquent %Ln autre résultat (réglez-les sur « Tous » pour le voir)</numerusform>
            <numerusform> ; les filtres masquent %Ln autres résultats (réglez-les sur « Tous » pour les voir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the filters hide %Ln more that match (set them to “Any” to see them)</source>
        <translation>
            <numerusform> ; les filtres masquent %Ln autre résultat (réglez-les sur « Tous » pour le voir)</numerusform>
            <numerusform> ; les filtres masquent %Ln autres résultats (réglez-les sur « Tous » pour les voir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case matches “{text}”{more}</source>
        <translation>
            <numerusform>%Ln dossier correspond à « {text} »{more}</numerusform>
            <numerusform>%Ln dossiers correspondent à « {text} »{more}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases match “{text}”{more}</source>
        <translation>
            <numerusform>%Ln dossier correspond à « {text} »{more}</numerusform>
            <numerusform>%Ln dossiers correspondent à « {text} »{more}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept by the server (first)</source>
        <translation>Conservée par le serveur (arrivée en premier)</translation>
    </message>
    <message>
        <source>Sent later (not applied)</source>
        <translation>Envoyée plus tard (non appliquée)</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>Choose the value to keep for the selected conflict (Enter)</source>
        <translation>Choisir la valeur à conserver pour le conflit sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>By, when</source>
        <translation>Par, quand</translation>
    </message>
    <message>
        <source> Conflicts arise only when the same field is changed on two devices before they sync, so there are none here.</source>
        <translation> Les conflits ne surviennent que lorsqu&apos;un même champ est modifié sur deux appareils avant leur synchronisation ; il n&apos;y en a donc pas ici.</translation>
    </message>
    <message>
        <source>When the same field was changed on two devices before they synced, the server keeps the value that arrived first and both values are listed here. Choose the value to keep; the choice is synced like any other change.</source>
        <translation>Quand un même champ a été modifié sur deux appareils avant leur synchronisation, le serveur conserve la valeur arrivée en premier et les deux valeurs sont listées ici. Choisissez la valeur à conserver ; ce choix est synchronisé comme toute autre modification.</translation>
    </message>
    <message>
        <source>Not saved because of an internal error.</source>
        <translation>Non enregistré à cause d&apos;une erreur interne.</translation>
    </message>
    <message>
        <source>Last {days} days</source>
        <translation>{days} derniers jours</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> dossiers</translation>
    </message>
    <message>
        <source>The most open cases one worker should carry: a line on the caseload chart (saved on this computer).</source>
        <translation>Le nombre maximal de dossiers ouverts qu&apos;un travailleur devrait porter : une ligne sur le graphique de charge (enregistrée sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Caseload &amp;ceiling:</source>
        <translation>&amp;Plafond de charge :</translation>
    </message>
    <message>
        <source>Print the charts and their tables, or save them as a PDF file (Ctrl+P)</source>
        <translation>Imprimer les graphiques et leurs tableaux, ou les enregistrer en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Counted from this device&apos;s workspace: {scope}, {period}.</source>
        <translation>Compté à partir de l&apos;espace de travail de cet appareil : {scope}, {period}.</translation>
    </message>
    <message>
        <source>casemgr dashboard</source>
        <translation>Tableau de bord casemgr</translation>
    </message>
    <message>
        <source>Draft: not sent yet</source>
        <translation>Brouillon : pas encore envoyée</translation>
    </message>
    <message>
        <source>Sent: waiting for an answer</source>
        <translation>Envoyée : en attente de réponse</translation>
    </message>
    <message>
        <source>Accepted: service in progress</source>
        <translation>Acceptée : service en cours</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Rédigée le</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral in progress, {waiting} waiting for the provider&apos;s answer</source>
        <translation>
            <numerusform>%Ln orientation en cours, {waiting} en attente de la réponse du prestataire</numerusform>
            <numerusform>%Ln orientations en cours, {waiting} en attente de la réponse du prestataire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals in progress, {waiting} waiting for the provider&apos;s answer</source>
        <translation>
            <numerusform>%Ln orientation en cours, {waiting} en attente de la réponse du prestataire</numerusform>
            <numerusform>%Ln orientations en cours, {waiting} en attente de la réponse du prestataire</numerusform>
        </translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>Tous les travailleurs sociaux</translation>
    </message>
    <message>
        <source>{actions} ({open_actions} open)</source>
        <translation>{actions} ({open_actions} ouvertes)</translation>
    </message>
    <message>
        <source>Show the sessions of</source>
        <translation>Afficher les séances de</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Record a supervision session with a caseworker of your team; each agreed action becomes their task</source>
        <translation>Enregistrer une séance de supervision avec un travailleur social de votre équipe ; chaque action convenue devient sa tâche</translation>
    </message>
    <message>
        <source>Read…</source>
        <translation>Lire…</translation>
    </message>
    <message>
        <source>No caseworker of your teams is in the directory on this device yet; sync, then try again.</source>
        <translation>Aucun travailleur social de vos équipes ne figure encore dans l&apos;annuaire de cet appareil ; synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>No supervision session with {worker} on this device yet.</source>
        <translation>Aucune séance de supervision avec {worker} sur cet appareil pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln supervision session with {worker}, newest first.</source>
        <translation>
            <numerusform>%Ln séance de supervision avec {worker}, la plus récente en premier.</numerusform>
            <numerusform>%Ln séances de supervision avec {worker}, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supervision sessions with {worker}, newest first.</source>
        <translation>
            <numerusform>%Ln séance de supervision avec {worker}, la plus récente en premier.</numerusform>
            <numerusform>%Ln séances de supervision avec {worker}, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>No supervision session on this device yet.</source>
        <translation>Aucune séance de supervision sur cet appareil pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln supervision session, newest first.</source>
        <translation>
            <numerusform>%Ln séance de supervision, la plus récente en premier.</numerusform>
            <numerusform>%Ln séances de supervision, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supervision sessions, newest first.</source>
        <translation>
            <numerusform>%Ln séance de supervision, la plus récente en premier.</numerusform>
            <numerusform>%Ln séances de supervision, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision session saved; its agreed actions are the caseworker&apos;s tasks from their next sync.</source>
        <translation>Séance de supervision enregistrée ; ses actions convenues deviennent les tâches du travailleur social à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>No offline permission yet: connect to the server.</source>
        <translation>Pas encore d&apos;autorisation hors ligne : connectez-vous au serveur.</translation>
    </message>
    <message numerus="yes">
        <source> (in %Ln day)</source>
        <translation>
            <numerusform> (dans %Ln jour)</numerusform>
            <numerusform> (dans %Ln jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (in %Ln days)</source>
        <translation>
            <numerusform> (dans %Ln jour)</numerusform>
            <numerusform> (dans %Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline use allowed until {time}{left}; each sync extends it.</source>
        <translation>Utilisation hors ligne autorisée jusqu&apos;au {time}{left} ; chaque synchronisation la prolonge.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>En attente de synchronisation</translation>
    </message>
    <message>
        <source>The server refused these changes (for example a case reassigned meanwhile, or a step no longer allowed). They were taken back out of the case file but are kept here with the values you entered, so nothing is lost: re-enter what still applies.</source>
        <translation>Le serveur a refusé ces modifications (par exemple un dossier réattribué entre-temps, ou une étape qui n&apos;est plus permise). Elles ont été retirées du dossier mais sont conservées ici avec les valeurs que vous aviez saisies, donc rien n&apos;est perdu : saisissez à nouveau ce qui s&apos;applique encore.</translation>
    </message>
    <message>
        <source>Values refused</source>
        <translation>Valeurs refusées</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusées par le serveur</translation>
    </message>
    <message>
        <source> The changes below wait in the outbox; they would be sent if this workspace were linked to a server.</source>
        <translation> Les modifications ci-dessous attendent dans la boîte d&apos;envoi ; elles seraient envoyées si cet espace de travail était relié à un serveur.</translation>
    </message>
    <message>
        <source>Server: {server_url}</source>
        <translation>Serveur : {server_url}</translation>
    </message>
    <message>
        <source>Send and receive changes now (Ctrl+Shift+S)</source>
        <translation>Envoyer et recevoir les modifications maintenant (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Syncing… {progress}</source>
        <translation>Synchronisation… {progress}</translation>
    </message>
    <message>
        <source>Last sync: {summary}</source>
        <translation>Dernière synchronisation : {summary}</translation>
    </message>
    <message>
        <source> (the oldest {count} are listed)</source>
        <translation> (les {count} plus anciennes sont listées)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change waiting to sync{shown}</source>
        <translation>
            <numerusform>%Ln modification en attente de synchronisation{shown}</numerusform>
            <numerusform>%Ln modifications en attente de synchronisation{shown}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync{shown}</source>
        <translation>
            <numerusform>%Ln modification en attente de synchronisation{shown}</numerusform>
            <numerusform>%Ln modifications en attente de synchronisation{shown}</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to sync ({count})</source>
        <translation>En attente de synchronisation ({count})</translation>
    </message>
    <message>
        <source>Refused by the server ({count})</source>
        <translation>Refusées par le serveur ({count})</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>Jamais synchronisé.</translation>
    </message>
    <message>
        <source>Downloading your caseload</source>
        <translation>Téléchargement de vos dossiers</translation>
    </message>
    <message>
        <source>Logged in to {server_url} as {user}. Your cases are being downloaded and encrypted on this device; you can start working meanwhile.</source>
        <translation>Connecté à {server_url} en tant que {user}. Vos dossiers sont téléchargés et chiffrés sur cet appareil ; vous pouvez commencer à travailler en attendant.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Continue in the background</source>
        <translation>Continuer en arrière-plan</translation>
    </message>
    <message>
        <source>Done: {summary}</source>
        <translation>Terminé : {summary}</translation>
    </message>
    <message>
        <source> The cases arrive at the next sync.</source>
        <translation> Les dossiers arrivent à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>Only tasks assigned to me</source>
        <translation>Seulement les tâches qui me sont assignées</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <source>Agreed in</source>
        <translation>Convenue lors de</translation>
    </message>
    <message>
        <source>Supervision with {supervisor}</source>
        <translation>Supervision avec {supervisor}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task, {overdue} overdue</source>
        <translation>
            <numerusform>%Ln tâche ouverte, {overdue} en retard</numerusform>
            <numerusform>%Ln tâches ouvertes, {overdue} en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open tasks, {overdue} overdue</source>
        <translation>
            <numerusform>%Ln tâche ouverte, {overdue} en retard</numerusform>
            <numerusform>%Ln tâches ouvertes, {overdue} en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>This task was agreed in supervision and is in no case.</source>
        <translation>Cette tâche a été convenue en supervision et n&apos;appartient à aucun dossier.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Toute l&apos;équipe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln first visit</source>
        <translation>
            <numerusform>%Ln première visite</numerusform>
            <numerusform>%Ln premières visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln first visits</source>
        <translation>
            <numerusform>%Ln première visite</numerusform>
            <numerusform>%Ln premières visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln review</source>
        <translation>
            <numerusform>%Ln révision</numerusform>
            <numerusform>%Ln révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviews</source>
        <translation>
            <numerusform>%Ln révision</numerusform>
            <numerusform>%Ln révisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>{worker} holds cases of the team but is no longer an active member of it: give their cases to someone else.</source>
        <translation>{worker} détient des dossiers de l&apos;équipe mais n&apos;en est plus membre actif : confiez ses dossiers à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Open cases at high or critical risk</source>
        <translation>Dossiers ouverts à risque élevé ou critique</translation>
    </message>
    <message>
        <source>Overdue first visits</source>
        <translation>Premières visites en retard</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Révisions en retard</translation>
    </message>
    <message numerus="yes">
        <source>No visit in %Ln days</source>
        <translation>
            <numerusform>Pas de visite depuis %Ln jour</numerusform>
            <numerusform>Pas de visite depuis %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open cases whose last visit (or, never visited, whose opening) was more than %Ln days ago</source>
        <translation>
            <numerusform>Dossiers ouverts dont la dernière visite (ou, sans visite, l&apos;ouverture) remonte à plus de %Ln jour</numerusform>
            <numerusform>Dossiers ouverts dont la dernière visite (ou, sans visite, l&apos;ouverture) remonte à plus de %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Caseload by worker</source>
        <translation>Charge par travailleur</translation>
    </message>
    <message>
        <source>Click a worker to see their cases below</source>
        <translation>Cliquez sur un travailleur pour voir ses dossiers ci-dessous</translation>
    </message>
    <message>
        <source>No visit in {NO_VISIT_DAYS} days</source>
        <translation>Pas de visite depuis {NO_VISIT_DAYS} jours</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Réattribuer…</translation>
    </message>
    <message>
        <source>The team&apos;s cases</source>
        <translation>Les dossiers de l&apos;équipe</translation>
    </message>
    <message>
        <source>{name} (no longer in the team)</source>
        <translation>{name} (ne fait plus partie de l&apos;équipe)</translation>
    </message>
    <message>
        <source>Team {team}</source>
        <translation>Équipe {team}</translation>
    </message>
    <message>
        <source>Teams {teams} and {last}</source>
        <translation>Équipes {teams} et {last}</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>{who}: {open}, {high} at high or critical risk; {late}; {unvisited}.</source>
        <translation>{who} : {open}, {high} à risque élevé ou critique ; {late} ; {unvisited}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case</source>
        <translation>
            <numerusform>%Ln dossier ouvert</numerusform>
            <numerusform>%Ln dossiers ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open cases</source>
        <translation>
            <numerusform>%Ln dossier ouvert</numerusform>
            <numerusform>%Ln dossiers ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} overdue</source>
        <translation>{items} en retard</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>rien en retard</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case without a visit in {days} days</source>
        <translation>
            <numerusform>%Ln dossier sans visite depuis {days} jours</numerusform>
            <numerusform>%Ln dossiers sans visite depuis {days} jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases without a visit in {days} days</source>
        <translation>
            <numerusform>%Ln dossier sans visite depuis {days} jours</numerusform>
            <numerusform>%Ln dossiers sans visite depuis {days} jours</numerusform>
        </translation>
    </message>
    <message>
        <source> This workspace has not received the server&apos;s list of workers: the workers shown are those who hold cases.</source>
        <translation> Cet espace de travail n&apos;a pas reçu la liste des travailleurs du serveur : les travailleurs affichés sont ceux qui détiennent des dossiers.</translation>
    </message>
    <message numerus="yes">
        <source>Give the %Ln selected case to another worker of the team</source>
        <translation>
            <numerusform>Confier le dossier sélectionné (%Ln) à un autre travailleur de l&apos;équipe</numerusform>
            <numerusform>Confier les %Ln dossiers sélectionnés à un autre travailleur de l&apos;équipe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the %Ln selected cases to another worker of the team</source>
        <translation>
            <numerusform>Confier le dossier sélectionné (%Ln) à un autre travailleur de l&apos;équipe</numerusform>
            <numerusform>Confier les %Ln dossiers sélectionnés à un autre travailleur de l&apos;équipe</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more cases first (Ctrl+click or Shift+click to select several)</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs dossiers (Ctrl+clic ou Maj+clic pour en sélectionner plusieurs)</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>, {count} sélectionné(s)</translation>
    </message>
    <message>
        <source>Visits and reviews due this week</source>
        <translation>Visites et révisions de la semaine</translation>
    </message>
    <message>
        <source>Tasks due this week</source>
        <translation>Tâches de la semaine</translation>
    </message>
    <message>
        <source>Sent back by your supervisor</source>
        <translation>Renvoyé par votre superviseur</translation>
    </message>
    <message>
        <source>Sent back on</source>
        <translation>Renvoyé le</translation>
    </message>
    <message>
        <source>Referrals waiting for an answer</source>
        <translation>Orientations en attente de réponse</translation>
    </message>
    <message>
        <source>Changed since you last looked</source>
        <translation>Modifié depuis votre dernière consultation</translation>
    </message>
    <message>
        <source>{kind} sent back by {who}</source>
        <translation>{kind} : renvoyé par {who}</translation>
    </message>
    <message>
        <source>the supervisor</source>
        <translation>le superviseur</translation>
    </message>
    <message numerus="yes">
        <source>{service} referral ({urgency}): no answer, %Ln day past its time</source>
        <translation>
            <numerusform>Orientation {service} ({urgency}) : pas de réponse, %Ln jour de retard</numerusform>
            <numerusform>Orientation {service} ({urgency}) : pas de réponse, %Ln jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{service} referral ({urgency}): no answer, %Ln days past its time</source>
        <translation>
            <numerusform>Orientation {service} ({urgency}) : pas de réponse, %Ln jour de retard</numerusform>
            <numerusform>Orientation {service} ({urgency}) : pas de réponse, %Ln jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} approved</source>
        <translation>{kind} : approuvé</translation>
    </message>
    <message>
        <source>{kind} sent back</source>
        <translation>{kind} : renvoyé</translation>
    </message>
    <message>
        <source>{record}: {name}</source>
        <translation>{record} : {name}</translation>
    </message>
    <message numerus="yes">
        <source> (overdue by %Ln day)</source>
        <translation>
            <numerusform> (en retard de %Ln jour)</numerusform>
            <numerusform> (en retard de %Ln jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (overdue by %Ln days)</source>
        <translation>
            <numerusform> (en retard de %Ln jour)</numerusform>
            <numerusform> (en retard de %Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to {provider}</source>
        <translation>Envoyée à {provider}</translation>
    </message>
    <message>
        <source>Added by {who}</source>
        <translation>Ajouté par {who}</translation>
    </message>
    <message>
        <source>Changed by {who}</source>
        <translation>Modifié par {who}</translation>
    </message>
    <message>
        <source>: “{comment}”</source>
        <translation> : « {comment} »</translation>
    </message>
    <message>
        <source>Agreed in supervision with {supervisor}</source>
        <translation>Convenue en supervision avec {supervisor}</translation>
    </message>
    <message>
        <source>Assigned to {worker}</source>
        <translation>Assignée à {worker}</translation>
    </message>
    <message>
        <source>Nothing due this week, nothing sent back or waiting, and nothing new in your cases.</source>
        <translation>Rien à faire cette semaine, rien de renvoyé ou en attente, et rien de nouveau dans vos dossiers.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due this week</source>
        <translation>
            <numerusform>%Ln à faire cette semaine</numerusform>
            <numerusform>%Ln à faire cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln en retard</numerusform>
            <numerusform>, %Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent back</source>
        <translation>
            <numerusform>%Ln renvoyé</numerusform>
            <numerusform>%Ln renvoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral waiting</source>
        <translation>
            <numerusform>%Ln orientation en attente</numerusform>
            <numerusform>%Ln orientations en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals waiting</source>
        <translation>
            <numerusform>%Ln orientation en attente</numerusform>
            <numerusform>%Ln orientations en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change by others since {time}</source>
        <translation>
            <numerusform>%Ln modification par d&apos;autres depuis le {time}</numerusform>
            <numerusform>%Ln modifications par d&apos;autres depuis le {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes by others since {time}</source>
        <translation>
            <numerusform>%Ln modification par d&apos;autres depuis le {time}</numerusform>
            <numerusform>%Ln modifications par d&apos;autres depuis le {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change by others in the last week</source>
        <translation>
            <numerusform>%Ln modification par d&apos;autres la semaine dernière</numerusform>
            <numerusform>%Ln modifications par d&apos;autres la semaine dernière</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes by others in the last week</source>
        <translation>
            <numerusform>%Ln modification par d&apos;autres la semaine dernière</numerusform>
            <numerusform>%Ln modifications par d&apos;autres la semaine dernière</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: {counts}.</source>
        <translation>Aujourd&apos;hui : {counts}.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Approval request</source>
        <translation>Demande d&apos;approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Personne qui s&apos;occupe de l&apos;enfant</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>Révision du dossier</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>Aide en espèces</translation>
    </message>
    <message>
        <source>Child labour</source>
        <translation>Travail des enfants</translation>
    </message>
    <message>
        <source>Child marriage (or at risk)</source>
        <translation>Mariage d&apos;enfant (ou risque)</translation>
    </message>
    <message>
        <source>Child seen</source>
        <translation>Enfant vu</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Consent of the family</source>
        <translation>Consentement de la famille</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement recueilli</translation>
    </message>
    <message>
        <source>Coping</source>
        <translation>Fait face</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Décision de justice</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Disability services</source>
        <translation>Services pour personnes handicapées</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Emotional abuse</source>
        <translation>Maltraitance psychologique</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Âge estimé</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>Exposure to domestic violence</source>
        <translation>Exposition aux violences conjugales</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Family support</source>
        <translation>Soutien familial</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>First visit to the child and family</source>
        <translation>Première visite à l&apos;enfant et à la famille</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(pas de résumé)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <source>1 open task (cancelled if approved)</source>
        <translation>1 tâche ouverte (annulée en cas d&apos;approbation)</translation>
    </message>
    <message>
        <source>1–2 days</source>
        <translation>1 à 2 jours</translation>
    </message>
    <message>
        <source>3–5 days</source>
        <translation>3 à 5 jours</translation>
    </message>
    <message>
        <source>6–10 days</source>
        <translation>6 à 10 jours</translation>
    </message>
    <message>
        <source>A case cannot be closed directly: request closure, and the case closes when a supervisor approves the request.</source>
        <translation>Un dossier ne peut pas être clôturé directement : demandez la clôture, et le dossier est clôturé quand un superviseur approuve la demande.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future.</source>
        <translation>Un dossier ne peut pas être ouvert à une date future.</translation>
    </message>
    <message>
        <source>A case cannot go from {current} to {target}.</source>
        <translation>Un dossier ne peut pas passer de « {current} » à « {target} ».</translation>
    </message>
    <message>
        <source>A case is closed, not deleted.</source>
        <translation>Un dossier se clôture, il ne se supprime pas.</translation>
    </message>
    <message>
        <source>A case keeps its case number.</source>
        <translation>Un dossier garde son numéro de dossier.</translation>
    </message>
    <message>
        <source>A case waiting for closure approval cannot go back to open.</source>
        <translation>Un dossier en attente d&apos;approbation de clôture ne peut pas revenir à l&apos;état ouvert.</translation>
    </message>
    <message>
        <source>A caseworker needs a team: their cases go to its supervisor.</source>
        <translation>Un travailleur social a besoin d&apos;une équipe : ses dossiers vont à son superviseur.</translation>
    </message>
    <message>
        <source>A child is under 18; record adults as caregiver or other.</source>
        <translation>Un enfant a moins de 18 ans ; enregistrez les adultes comme responsables ou autres.</translation>
    </message>
    <message>
        <source>A closed case cannot go back to open.</source>
        <translation>Un dossier clôturé ne peut pas revenir à l&apos;état ouvert.</translation>
    </message>
    <message>
        <source>A closed case cannot have its closure requested.</source>
        <translation>On ne peut pas demander la clôture d&apos;un dossier déjà clôturé.</translation>
    </message>
    <message>
        <source>A conflict changes only by recording how it was resolved.</source>
        <translation>Un conflit ne change qu&apos;en enregistrant comment il a été résolu.</translation>
    </message>
    <message>
        <source>A conflict is resolved, not deleted.</source>
        <translation>Un conflit se résout, il ne se supprime pas.</translation>
    </message>
    <message>
        <source>A decision approves the request or sends it back.</source>
        <translation>Une décision approuve la demande ou la renvoie.</translation>
    </message>
    <message>
        <source>A decision is recorded under the name of whoever makes it.</source>
        <translation>Une décision est enregistrée au nom de la personne qui la prend.</translation>
    </message>
    <message>
        <source>A draft referral cannot be accepted.</source>
        <translation>Une orientation en brouillon ne peut pas être acceptée.</translation>
    </message>
    <message>
        <source>A draft referral cannot be completed.</source>
        <translation>Une orientation en brouillon ne peut pas être terminée.</translation>
    </message>
    <message>
        <source>A draft referral cannot be declined.</source>
        <translation>Une orientation en brouillon ne peut pas être refusée.</translation>
    </message>
    <message>
        <source>A family on a case stays on record; correct its details instead.</source>
        <translation>Une famille d&apos;un dossier reste enregistrée ; corrigez plutôt ses informations.</translation>
    </message>
    <message>
        <source>A form definition is one JSON object ({ … }), not a list or a single value.</source>
        <translation>Une définition de formulaire est un objet JSON ({ … }), pas une liste ni une valeur seule.</translation>
    </message>
    <message>
        <source>A new case starts open.</source>
        <translation>Un nouveau dossier commence à l&apos;état ouvert.</translation>
    </message>
    <message>
        <source>A new plan starts as a draft; submit it for approval.</source>
        <translation>Un nouveau plan commence en brouillon ; soumettez-le pour approbation.</translation>
    </message>
    <message>
        <source>A pending request changes only by a supervisor&apos;s decision.</source>
        <translation>Une demande en attente ne change que par la décision d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>A person is named by their id (as the case file&apos;s household shows it), 36 letters, digits and dashes.</source>
        <translation>Une personne est désignée par son identifiant (tel que le ménage du dossier l&apos;affiche) : 36 lettres, chiffres et tirets.</translation>
    </message>
    <message>
        <source>A plan back in draft has no submission or approval.</source>
        <translation>Un plan revenu en brouillon n&apos;a ni soumission ni approbation.</translation>
    </message>
    <message>
        <source>A plan is approved only after it is submitted.</source>
        <translation>Un plan n&apos;est approuvé qu&apos;après avoir été soumis.</translation>
    </message>
    <message>
        <source>A plan is approved only by a supervisor&apos;s decision on its approval request.</source>
        <translation>Un plan n&apos;est approuvé que par la décision d&apos;un superviseur sur sa demande d&apos;approbation.</translation>
    </message>
    <message>
        <source>A plan is submitted under the name of whoever submits it.</source>
        <translation>Un plan est soumis au nom de la personne qui le soumet.</translation>
    </message>
    <message>
        <source>A plan that was submitted stays on record; change it instead.</source>
        <translation>Un plan soumis reste enregistré ; modifiez-le plutôt.</translation>
    </message>
    <message>
        <source>A referral cannot go from {current} to {target}.</source>
        <translation>Une orientation ne peut pas passer de « {current} » à « {target} ».</translation>
    </message>
    <message>
        <source>A referral that was sent stays on record; cancel it instead.</source>
        <translation>Une orientation envoyée reste enregistrée ; annulez-la plutôt.</translation>
    </message>
    <message>
        <source>A request cannot be altered; make a new request instead.</source>
        <translation>Une demande ne peut pas être modifiée ; faites plutôt une nouvelle demande.</translation>
    </message>
    <message>
        <source>A request decided by the person who made it does not count; another supervisor must decide it.</source>
        <translation>Une demande tranchée par la personne qui l&apos;a faite ne compte pas ; un autre superviseur doit la trancher.</translation>
    </message>
    <message>
        <source>A request is made under the name of whoever makes it.</source>
        <translation>Une demande est faite au nom de la personne qui la fait.</translation>
    </message>
    <message>
        <source>A request starts undecided; a supervisor decides it.</source>
        <translation>Une demande commence sans décision ; un superviseur la tranche.</translation>
    </message>
    <message>
        <source>A sent referral cannot be changed; cancel it and make a new one.</source>
        <translation>Une orientation envoyée ne peut pas être modifiée ; annulez-la et faites-en une nouvelle.</translation>
    </message>
    <message>
        <source>A sent referral cannot be completed.</source>
        <translation>Une orientation envoyée ne peut pas être terminée avant d&apos;avoir été acceptée.</translation>
    </message>
    <message>
        <source>A sent referral cannot be corrected; cancel it and make a new one.</source>
        <translation>Une orientation envoyée ne peut pas être corrigée ; annulez-la et faites-en une nouvelle.</translation>
    </message>
    <message>
        <source>A sent referral cannot be draft.</source>
        <translation>Une orientation envoyée ne peut pas redevenir un brouillon.</translation>
    </message>
    <message>
        <source>A supervision session is recorded by a supervisor with someone else.</source>
        <translation>Une séance de supervision est enregistrée par un superviseur avec une autre personne.</translation>
    </message>
    <message>
        <source>A supervision session stays with the worker it was recorded with; record a new session instead.</source>
        <translation>Une séance de supervision reste liée au professionnel avec qui elle a été enregistrée ; enregistrez plutôt une nouvelle séance.</translation>
    </message>
    <message>
        <source>A supervisor needs a team: their cases go to its supervisor.</source>
        <translation>Un superviseur a besoin d&apos;une équipe : ses dossiers vont au superviseur de celle-ci.</translation>
    </message>
    <message>
        <source>A task agreed in supervision is done or cancelled by its worker; what it says is changed by the supervisor who agreed it.</source>
        <translation>Une tâche convenue en supervision est terminée ou annulée par le professionnel concerné ; son contenu est modifié par le superviseur qui l&apos;a convenue.</translation>
    </message>
    <message>
        <source>A task agreed in supervision starts open.</source>
        <translation>Une tâche convenue en supervision commence ouverte.</translation>
    </message>
    <message>
        <source>A task agreed in supervision stays with the worker it was agreed with; agree a new one instead.</source>
        <translation>Une tâche convenue en supervision reste liée au professionnel avec qui elle a été convenue ; convenez plutôt d&apos;une nouvelle tâche.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits or . _ @ -, and starts with a letter or a digit.</source>
        <translation>Un nom d&apos;utilisateur compte de 1 à 64 lettres, chiffres ou . _ @ -, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A {record} record cannot be corrected this way.</source>
        <translation>Un enregistrement de type « {record} » ne peut pas être corrigé de cette façon.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>All counts under 5: not shown.</source>
        <translation>Tous les effectifs sont inférieurs à 5 : non affichés.</translation>
    </message>
    <message>
        <source>An accepted referral cannot be declined.</source>
        <translation>Une orientation acceptée ne peut pas être refusée.</translation>
    </message>
    <message>
        <source>An accepted referral cannot be draft.</source>
        <translation>Une orientation acceptée ne peut pas redevenir un brouillon.</translation>
    </message>
    <message>
        <source>An accepted referral cannot be sent.</source>
        <translation>Une orientation acceptée ne peut pas être envoyée à nouveau.</translation>
    </message>
    <message>
        <source>An action can be tied only to one of the cases discussed.</source>
        <translation>Une action ne peut être liée qu&apos;à l&apos;un des dossiers discutés.</translation>
    </message>
    <message>
        <source>An active case cannot go back to open.</source>
        <translation>Un dossier actif ne peut pas revenir à l&apos;état ouvert.</translation>
    </message>
    <message>
        <source>An administrator records no casework: an action in a case is agreed by the worker&apos;s supervisor.</source>
        <translation>Un administrateur n&apos;enregistre aucun travail sur les dossiers : une action dans un dossier est convenue par le superviseur du professionnel.</translation>
    </message>
    <message>
        <source>An agreed action is due on or after the day of the session.</source>
        <translation>Une action convenue arrive à échéance le jour de la séance ou après.</translation>
    </message>
    <message>
        <source>An approved plan is submitted again only after it is changed.</source>
        <translation>Un plan approuvé n&apos;est soumis à nouveau qu&apos;après avoir été modifié.</translation>
    </message>
    <message>
        <source>An assessment is corrected through its form (correct_assessment), which scores it again.</source>
        <translation>Une évaluation se corrige par son formulaire (correct_assessment), qui la note à nouveau.</translation>
    </message>
    <message>
        <source>An erasure is approved by another administrator than the one who asked for it: ask a colleague who is an administrator to approve it.</source>
        <translation>Un effacement est approuvé par un autre administrateur que celui qui l&apos;a demandé : demandez à un collègue administrateur de l&apos;approuver.</translation>
    </message>
    <message>
        <source>An export with names of more than one case needs a supervisor or an administrator: de-identify it, or export one case.</source>
        <translation>Un export avec les noms de plus d&apos;un dossier nécessite un superviseur ou un administrateur : anonymisez-le, ou exportez un seul dossier.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Approval requests and decisions stay on record.</source>
        <translation>Les demandes d&apos;approbation et les décisions restent enregistrées.</translation>
    </message>
    <message>
        <source>Approved by {who}</source>
        <translation>Approuvé par {who}</translation>
    </message>
    <message>
        <source>Approved by {who} on {when}</source>
        <translation>Approuvé par {who} le {when}</translation>
    </message>
    <message>
        <source>Approving a plan changes nothing else in it.</source>
        <translation>Approuver un plan n&apos;y change rien d&apos;autre.</translation>
    </message>
    <message>
        <source>Case plan approval turnaround</source>
        <translation>Délai d&apos;approbation des plans d&apos;intervention</translation>
    </message>
    <message>
        <source>Case plan of {case_number} ({family}), last approved {date}</source>
        <translation>Plan d&apos;intervention du dossier {case_number} ({family}), dernière approbation le {date}</translation>
    </message>
    <message>
        <source>Case plan of {case_number} ({family}), never approved before</source>
        <translation>Plan d&apos;intervention du dossier {case_number} ({family}), jamais approuvé auparavant</translation>
    </message>
    <message>
        <source>Case summary: {number}</source>
        <translation>Résumé du dossier : {number}</translation>
    </message>
    <message>
        <source>Case summary: {number} · {family} family</source>
        <translation>Résumé du dossier : {number} · famille {family}</translation>
    </message>
    <message>
        <source>Case: give the case&apos;s id, 36 letters, digits and dashes (the Sync health tab shows it; Audit of the case fills it in).</source>
        <translation>Dossier : indiquez l&apos;identifiant du dossier, 36 lettres, chiffres et tirets (l&apos;onglet État de la synchronisation l&apos;affiche ; Audit du dossier le remplit).</translation>
    </message>
    <message>
        <source>Caseload per worker</source>
        <translation>Charge de dossiers par travailleur</translation>
    </message>
    <message>
        <source>Cases by risk and status</source>
        <translation>Dossiers par risque et statut</translation>
    </message>
    <message>
        <source>Cases not closed assigned to each worker today (the period does not apply), and how many of them are high or critical risk, against the ceiling of {ceiling} cases per worker.</source>
        <translation>Dossiers non clos attribués à chaque travailleur aujourd&apos;hui (la période ne s&apos;applique pas), dont ceux à risque élevé ou critique, par rapport au plafond de {ceiling} dossiers par travailleur.</translation>
    </message>
    <message>
        <source>Cases open at any time in the period (opened by its last day, not closed before its first), by their risk level and status today.</source>
        <translation>Dossiers ouverts à un moment de la période (ouverts au plus tard son dernier jour, non clos avant son premier), par niveau de risque et statut actuel.</translation>
    </message>
    <message>
        <source>Cases opened in the period, by risk level today: the target and the median days from opening to the first visit recorded; how many were visited within the target (In time) or after it (Late), and of those not visited yet, how many are past the target (Overdue) or still within it (Not due). A case not assessed has the target of high risk.</source>
        <translation>Dossiers ouverts pendant la période, par niveau de risque actuel : l&apos;objectif et la médiane des jours entre l&apos;ouverture et la première visite enregistrée ; combien ont été visités dans l&apos;objectif (À temps) ou après (En retard), et parmi ceux pas encore visités, combien ont dépassé l&apos;objectif (Dépassé) ou sont encore dans les délais (Pas encore dû). Un dossier non évalué a l&apos;objectif du risque élevé.</translation>
    </message>
    <message>
        <source>Changing a submitted or approved plan puts it back to draft.</source>
        <translation>Modifier un plan soumis ou approuvé le remet en brouillon.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <source>Choose an HSDS JSON file (.json), an HSDS CSV data package (its folder, or a .zip of it) or a CSV file of providers (.csv).</source>
        <translation>Choisissez un fichier HSDS JSON (.json), un paquet de données HSDS CSV (son dossier, ou un .zip de celui-ci) ou un fichier CSV de prestataires (.csv).</translation>
    </message>
    <message>
        <source>Choose at least one case to reassign.</source>
        <translation>Choisissez au moins un dossier à réattribuer.</translation>
    </message>
    <message>
        <source>Choose the worker this session was with.</source>
        <translation>Choisissez le professionnel avec qui s&apos;est tenue cette séance.</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Clos le {date}</translation>
    </message>
    <message>
        <source>Closed on {date}: {reason}</source>
        <translation>Clos le {date} : {reason}</translation>
    </message>
    <message>
        <source>Closure checklist of {date}: score {score}</source>
        <translation>Liste de contrôle de clôture du {date} : score {score}</translation>
    </message>
    <message>
        <source>Closure checklist of {date}: score {score}, risk remaining {risk}</source>
        <translation>Liste de contrôle de clôture du {date} : score {score}, risque restant {risk}</translation>
    </message>
    <message>
        <source>Closure has already been requested for this case.</source>
        <translation>La clôture de ce dossier a déjà été demandée.</translation>
    </message>
    <message>
        <source>Closure of {case_number} ({family})</source>
        <translation>Clôture du dossier {case_number} ({family})</translation>
    </message>
    <message>
        <source>Conflicts are recorded by sync, not by hand.</source>
        <translation>Les conflits sont enregistrés par la synchronisation, pas à la main.</translation>
    </message>
    <message>
        <source>Days from a case plan&apos;s request for approval to the supervisor&apos;s decision (calendar days), for the plans decided in the period: approved or sent back; and the plans still waiting today, by the days they have waited so far.</source>
        <translation>Jours entre la demande d&apos;approbation d&apos;un plan d&apos;intervention et la décision du superviseur (jours calendaires), pour les plans décidés pendant la période : approuvés ou renvoyés ; et les plans encore en attente aujourd&apos;hui, selon les jours déjà attendus.</translation>
    </message>
    <message>
        <source>Days from a case plan&apos;s request for approval to the supervisor&apos;s decision (calendar days), for the plans decided in the period: approved or sent back; and the plans still waiting today, by the days they have waited so far. Median of those decided: {median} days.</source>
        <translation>Jours entre la demande d&apos;approbation d&apos;un plan d&apos;intervention et la décision du superviseur (jours calendaires), pour les plans décidés pendant la période : approuvés ou renvoyés ; et les plans encore en attente aujourd&apos;hui, selon les jours déjà attendus. Médiane des plans décidés : {median} jours.</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Does not match the expected format.</source>
        <translation>Ne correspond pas au format attendu.</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Faites en retard</translation>
    </message>
    <message>
        <source>Each agreed action has a task of its own.</source>
        <translation>Chaque action convenue a sa propre tâche.</translation>
    </message>
    <message>
        <source>Each case is discussed once; give one decision for it.</source>
        <translation>Chaque dossier n&apos;est discuté qu&apos;une fois ; donnez une seule décision pour lui.</translation>
    </message>
    <message>
        <source>Each option can be chosen only once.</source>
        <translation>Chaque option ne peut être choisie qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Family and household</source>
        <translation>Famille et ménage</translation>
    </message>
    <message>
        <source>From is after To: no day is in between.</source>
        <translation>« Du » est après « Au » : aucun jour entre les deux.</translation>
    </message>
    <message>
        <source>Give an age between 0 and 120.</source>
        <translation>Indiquez un âge entre 0 et 120 ans.</translation>
    </message>
    <message>
        <source>Give the decision taken for case {case_number}.</source>
        <translation>Indiquez la décision prise pour le dossier {case_number}.</translation>
    </message>
    <message>
        <source>Give the decision taken for each case discussed.</source>
        <translation>Indiquez la décision prise pour chaque dossier discuté.</translation>
    </message>
    <message>
        <source>Give the user a name to sign in with.</source>
        <translation>Donnez à l&apos;utilisateur un nom pour se connecter.</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Objectif : {goal}</translation>
    </message>
    <message>
        <source>Goal: {goal} ({status})</source>
        <translation>Objectif : {goal} ({status})</translation>
    </message>
    <message>
        <source>Goal: {goal} ({status}, by {due})</source>
        <translation>Objectif : {goal} ({status}, pour le {due})</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Soins de santé</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Lourde</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>High or critical</source>
        <translation>Élevé ou critique</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>À temps</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Manageable</source>
        <translation>Gérable</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>Must be a date (YYYY-MM-DD).</source>
        <translation>Doit être une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Must be a list of the listed options.</source>
        <translation>Doit être une liste d&apos;options proposées.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Doit être un nombre.</translation>
    </message>
    <message>
        <source>Must be a single line.</source>
        <translation>Doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>Must be a whole number from {min} to {max}.</source>
        <translation>Doit être un nombre entier de {min} à {max}.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Must be at least {min}.</source>
        <translation>Doit être supérieur ou égal à {min}.</translation>
    </message>
    <message>
        <source>Must be at least {n} characters long.</source>
        <translation>Doit comporter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>Must be at most {max}.</source>
        <translation>Doit être inférieur ou égal à {max}.</translation>
    </message>
    <message>
        <source>Must be at most {n} characters long.</source>
        <translation>Doit comporter au plus {n} caractères.</translation>
    </message>
    <message>
        <source>Must be one of the listed options.</source>
        <translation>Doit être l&apos;une des options proposées.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Doit être du texte.</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>Doit être oui ou non.</translation>
    </message>
    <message>
        <source>Must not contain control characters.</source>
        <translation>Ne doit pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>Names, addresses and phone numbers of the family are withheld in this copy; each person is shown by their role and a number.</source>
        <translation>Les noms, adresses et numéros de téléphone de la famille sont masqués dans cette copie ; chaque personne apparaît par son rôle et un numéro.</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Négligence</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>Aucune évaluation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Aucun dossier n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>No case plan was decided in this period, and none is waiting.</source>
        <translation>Aucun plan d&apos;intervention n&apos;a été décidé pendant cette période, et aucun n&apos;est en attente.</translation>
    </message>
    <message>
        <source>No case plan yet.</source>
        <translation>Pas encore de plan d&apos;intervention.</translation>
    </message>
    <message>
        <source>No case was open in this period.</source>
        <translation>Aucun dossier n&apos;était ouvert pendant cette période.</translation>
    </message>
    <message>
        <source>No case was opened in this period.</source>
        <translation>Aucun dossier n&apos;a été ouvert pendant cette période.</translation>
    </message>
    <message>
        <source>No closure checklist was completed for this case.</source>
        <translation>Aucune liste de contrôle de clôture n&apos;a été remplie pour ce dossier.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Pas encore d&apos;objectif.</translation>
    </message>
    <message>
        <source>No one recorded.</source>
        <translation>Personne n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>No open task.</source>
        <translation>Aucune tâche ouverte.</translation>
    </message>
    <message>
        <source>No referral was sent in this period.</source>
        <translation>Aucune orientation n&apos;a été envoyée pendant cette période.</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>Aucune orientation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No such assessment form on this device.</source>
        <translation>Ce formulaire d&apos;évaluation n&apos;existe pas sur cet appareil.</translation>
    </message>
    <message>
        <source>No task is overdue, and none was done late in this period.</source>
        <translation>Aucune tâche n&apos;est en retard, et aucune n&apos;a été faite en retard pendant cette période.</translation>
    </message>
    <message>
        <source>No visit yet.</source>
        <translation>Aucune visite pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Not approved: a draft not yet submitted</source>
        <translation>Non approuvé : un brouillon pas encore soumis</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Pas encore dû</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Offline: the admin console needs the server. {why} Connect to the network, then press Refresh (F5).</source>
        <translation>Hors ligne : la console d&apos;administration a besoin du serveur. {why} Connectez-vous au réseau, puis appuyez sur Actualiser (F5).</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Seul un dossier clôturé peut être rouvert.</translation>
    </message>
    <message>
        <source>Only a closed case has a closing date.</source>
        <translation>Seul un dossier clôturé a une date de clôture.</translation>
    </message>
    <message>
        <source>Only a supervisor of this case&apos;s team (or an administrator) sees who opened it.</source>
        <translation>Seul un superviseur de l&apos;équipe de ce dossier (ou un administrateur) voit qui l&apos;a ouvert.</translation>
    </message>
    <message>
        <source>Only an open task can be corrected.</source>
        <translation>Seule une tâche ouverte peut être corrigée.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can change this supervision session.</source>
        <translation>Seul son auteur, {author}, peut modifier cette séance de supervision.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can change this task.</source>
        <translation>Seul son auteur, {author}, peut modifier cette tâche.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this assessment.</source>
        <translation>Seul son auteur, {author}, peut corriger cette évaluation.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this record.</source>
        <translation>Seul son auteur, {author}, peut corriger cet enregistrement.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this referral.</source>
        <translation>Seul son auteur, {author}, peut corriger cette orientation.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this task.</source>
        <translation>Seul son auteur, {author}, peut corriger cette tâche.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this visit.</source>
        <translation>Seul son auteur, {author}, peut corriger cette visite.</translation>
    </message>
    <message>
        <source>Only the supervisor who decided the request can carry it out.</source>
        <translation>Seul le superviseur qui a tranché la demande peut l&apos;exécuter.</translation>
    </message>
    <message>
        <source>Only {worker}&apos;s open cases can be discussed here.</source>
        <translation>Seuls les dossiers ouverts de {worker} peuvent être discutés ici.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Other household member</source>
        <translation>Autre membre du foyer</translation>
    </message>
    <message>
        <source>Over 10 days</source>
        <translation>Plus de 10 jours</translation>
    </message>
    <message>
        <source>Over the ceiling by</source>
        <translation>Dépassement du plafond</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>En retard d&apos;un jour</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>En retard de {days} jours</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>En retard maintenant</translation>
    </message>
    <message>
        <source>Overdue now: open tasks whose due date has passed, however long ago (the period does not hide old ones). Done late: tasks ticked off in the period after their due date. A task counts for the worker it is assigned to, else the case&apos;s worker; tasks in no case (agreed in supervision) are not counted.</source>
        <translation>En retard maintenant : tâches ouvertes dont l&apos;échéance est passée, depuis quand que ce soit (la période ne masque pas les anciennes). Faites en retard : tâches cochées pendant la période après leur échéance. Une tâche compte pour le travailleur à qui elle est attribuée, sinon pour celui du dossier ; les tâches hors dossier (convenues en supervision) ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Overdue work per worker</source>
        <translation>Travail en retard par travailleur</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Physical abuse</source>
        <translation>Maltraitance physique</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Objectif du plan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritaire</translation>
    </message>
    <message>
        <source>Reason for the risk level</source>
        <translation>Motif du niveau de risque</translation>
    </message>
    <message>
        <source>Reason to refer without consent</source>
        <translation>Motif d&apos;orientation sans consentement</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Record the date the case was closed.</source>
        <translation>Enregistrez la date de clôture du dossier.</translation>
    </message>
    <message>
        <source>Record the date the referral was sent.</source>
        <translation>Enregistrez la date d&apos;envoi de l&apos;orientation.</translation>
    </message>
    <message>
        <source>Record the family&apos;s consent, or the reason to refer without it, before sending</source>
        <translation>Enregistrez le consentement de la famille, ou la raison d&apos;orienter sans lui, avant l&apos;envoi</translation>
    </message>
    <message>
        <source>Record when the decision was made.</source>
        <translation>Enregistrez quand la décision a été prise.</translation>
    </message>
    <message>
        <source>Record who was present or what you observed.</source>
        <translation>Indiquez qui était présent ou ce que vous avez observé.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Referral outcomes by service</source>
        <translation>Résultats des orientations par service</translation>
    </message>
    <message>
        <source>Referrals sent in the period, by service type and where each stands today: the service completed, accepted by the provider (under way), declined, cancelled, or no answer yet. Drafts not sent are not counted.</source>
        <translation>Orientations envoyées pendant la période, par type de service et selon leur état actuel : service terminé, acceptée par le prestataire (en cours), refusée, annulée, ou sans réponse. Les brouillons non envoyés ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Request closure with a closure request, so that a supervisor sees it and decides.</source>
        <translation>Demandez la clôture par une demande de clôture, pour qu&apos;un superviseur la voie et décide.</translation>
    </message>
    <message>
        <source>Risk history</source>
        <translation>Historique du risque</translation>
    </message>
    <message>
        <source>Say what was agreed for each action.</source>
        <translation>Dites ce qui a été convenu pour chaque action.</translation>
    </message>
    <message>
        <source>Say why the risk level changes.</source>
        <translation>Dites pourquoi le niveau de risque change.</translation>
    </message>
    <message>
        <source>Select at least {n}.</source>
        <translation>Sélectionnez-en au moins {n}.</translation>
    </message>
    <message>
        <source>Select at most {n}.</source>
        <translation>Sélectionnez-en au plus {n}.</translation>
    </message>
    <message>
        <source>Submit the plan with an approval request, so that a supervisor sees it and decides.</source>
        <translation>Soumettez le plan par une demande d&apos;approbation, pour qu&apos;un superviseur la voie et décide.</translation>
    </message>
    <message>
        <source>Summary: {summary}</source>
        <translation>Résumé : {summary}</translation>
    </message>
    <message>
        <source>Supervision of {worker} {date}</source>
        <translation>Supervision de {worker} {date}</translation>
    </message>
    <message>
        <source>That is not an approval request.</source>
        <translation>Ce n&apos;est pas une demande d&apos;approbation.</translation>
    </message>
    <message>
        <source>That is not an assessment.</source>
        <translation>Ce n&apos;est pas une évaluation.</translation>
    </message>
    <message>
        <source>That visit is not on this device.</source>
        <translation>Cette visite n&apos;est pas sur cet appareil.</translation>
    </message>
    <message>
        <source>The answers must be a JSON object.</source>
        <translation>Les réponses doivent être un objet JSON.</translation>
    </message>
    <message>
        <source>The case changed since closure was requested, so this request no longer matches it; closure must be requested again.</source>
        <translation>Le dossier a changé depuis la demande de clôture : cette demande ne lui correspond plus, et la clôture doit être demandée à nouveau.</translation>
    </message>
    <message>
        <source>The case is already at this risk level; choose another level.</source>
        <translation>Le dossier est déjà à ce niveau de risque ; choisissez un autre niveau.</translation>
    </message>
    <message>
        <source>The closing date is set only when a case is closed.</source>
        <translation>La date de clôture n&apos;est fixée qu&apos;à la clôture du dossier.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The file could not be read ({why}).</source>
        <translation>Le fichier n&apos;a pas pu être lu ({why}).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; a form definition is JSON.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 ; une définition de formulaire est en JSON.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {problem} (line {line}, column {column}).</source>
        <translation>Le fichier n&apos;est pas un JSON valide : {problem} (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>The folder {folder} holds no CSV files: choose the folder of an HSDS CSV data package (services.csv, organizations.csv, …).</source>
        <translation>Le dossier {folder} ne contient aucun fichier CSV : choisissez le dossier d&apos;un paquet de données HSDS CSV (services.csv, organizations.csv, …).</translation>
    </message>
    <message>
        <source>The plan changed since it was submitted, so this request no longer matches it; the plan must be submitted again.</source>
        <translation>Le plan a changé depuis sa soumission : cette demande ne lui correspond plus, et le plan doit être soumis à nouveau.</translation>
    </message>
    <message>
        <source>The server had a problem and changed nothing; try again in a few minutes. If it goes on, tell your IT support.</source>
        <translation>Le serveur a rencontré un problème et n&apos;a rien modifié ; réessayez dans quelques minutes. Si cela continue, prévenez votre support informatique.</translation>
    </message>
    <message>
        <source>The server is busy: {detail}</source>
        <translation>Le serveur est occupé : {detail}</translation>
    </message>
    <message>
        <source>The server refused this.</source>
        <translation>Le serveur a refusé.</translation>
    </message>
    <message>
        <source>The server refused: only an administrator may do this, and this account is not one on the server now.</source>
        <translation>Le serveur a refusé : seul un administrateur peut faire cela, et ce compte n&apos;en est plus un sur le serveur.</translation>
    </message>
    <message>
        <source>The server revoked this device: its workspace is wiped at the next sync.</source>
        <translation>Le serveur a révoqué cet appareil : son espace de travail sera effacé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used; nothing was changed.</source>
        <translation>La réponse du serveur est inutilisable ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This case is closed. A supervisor must reopen it before anything in it can be added or changed.</source>
        <translation>Ce dossier est clôturé. Un superviseur doit le rouvrir avant que quoi que ce soit puisse y être ajouté ou modifié.</translation>
    </message>
    <message>
        <source>This case is not assigned to you or to one of your teams.</source>
        <translation>Ce dossier n&apos;est attribué ni à vous ni à l&apos;une de vos équipes.</translation>
    </message>
    <message>
        <source>This case is not assigned to you.</source>
        <translation>Ce dossier ne vous est pas attribué.</translation>
    </message>
    <message>
        <source>This case is not in your scope: you can export only the cases you can open.</source>
        <translation>Ce dossier n&apos;est pas dans votre périmètre : vous ne pouvez exporter que les dossiers que vous pouvez ouvrir.</translation>
    </message>
    <message>
        <source>This closure request has not been decided yet.</source>
        <translation>Cette demande de clôture n&apos;a pas encore été tranchée.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>Ce conflit est déjà résolu.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Cette date n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This is not a question of this form.</source>
        <translation>Cette question ne fait pas partie de ce formulaire.</translation>
    </message>
    <message>
        <source>This plan has not been decided yet.</source>
        <translation>Ce plan n&apos;a pas encore fait l&apos;objet d&apos;une décision.</translation>
    </message>
    <message>
        <source>This plan is already approved; change it to submit a new version.</source>
        <translation>Ce plan est déjà approuvé ; modifiez-le pour soumettre une nouvelle version.</translation>
    </message>
    <message>
        <source>This plan is already waiting for a supervisor&apos;s decision.</source>
        <translation>Ce plan attend déjà la décision d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>This record does not belong to a case.</source>
        <translation>Cet enregistrement n&apos;appartient à aucun dossier.</translation>
    </message>
    <message>
        <source>This referral is cancelled; that is final. Make a new referral if the child still needs the service.</source>
        <translation>Cette orientation a été annulée, c&apos;est définitif. Faites une nouvelle orientation si l&apos;enfant a toujours besoin du service.</translation>
    </message>
    <message>
        <source>This referral is completed; that is final. Make a new referral if the child still needs the service.</source>
        <translation>Cette orientation est terminée, c&apos;est définitif. Faites une nouvelle orientation si l&apos;enfant a toujours besoin du service.</translation>
    </message>
    <message>
        <source>This referral is declined; that is final. Make a new referral if the child still needs the service.</source>
        <translation>Cette orientation a été refusée, c&apos;est définitif. Faites une nouvelle orientation si l&apos;enfant a toujours besoin du service.</translation>
    </message>
    <message>
        <source>This referral is {status}; that is final. Make a new referral if the child still needs the service.</source>
        <translation>Cette orientation est « {status} », c&apos;est définitif. Faites une nouvelle orientation si l&apos;enfant a toujours besoin du service.</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>Cette demande a déjà été tranchée.</translation>
    </message>
    <message>
        <source>This supervision session is not on this device.</source>
        <translation>Cette séance de supervision n&apos;est pas sur cet appareil.</translation>
    </message>
    <message>
        <source>This visit noted no follow-up to make a task of.</source>
        <translation>Cette visite ne note aucun suivi dont faire une tâche.</translation>
    </message>
    <message>
        <source>This worker is not in one of your teams.</source>
        <translation>Ce professionnel ne fait partie d&apos;aucune de vos équipes.</translation>
    </message>
    <message>
        <source>Version {version} of {form} is published already, exactly as in this file.</source>
        <translation>La version {version} de {form} est déjà publiée, exactement comme dans ce fichier.</translation>
    </message>
    <message>
        <source>When the case was opened</source>
        <translation>À l&apos;ouverture du dossier</translation>
    </message>
    <message>
        <source>Who submitted or approved a plan is recorded only by submitting or approving it.</source>
        <translation>Qui a soumis ou approuvé un plan n&apos;est enregistré qu&apos;en le soumettant ou en l&apos;approuvant.</translation>
    </message>
    <message>
        <source>Withdraw the closure request to change the reason for closing.</source>
        <translation>Retirez la demande de clôture pour modifier le motif de clôture.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <source>You can reassign cases only within your teams.</source>
        <translation>Vous ne pouvez réattribuer des dossiers qu&apos;au sein de vos équipes.</translation>
    </message>
    <message>
        <source>You cannot approve a plan you submitted; another supervisor must.</source>
        <translation>Vous ne pouvez pas approuver un plan que vous avez soumis ; un autre superviseur doit le faire.</translation>
    </message>
    <message>
        <source>You cannot decide on your own request; another supervisor must.</source>
        <translation>Vous ne pouvez pas statuer sur votre propre demande ; un autre superviseur doit le faire.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow you to {what}.</source>
        <translation>Votre rôle ({role}) ne vous permet pas de {what}.</translation>
    </message>
    <message>
        <source>Your session with the server has ended: log in again (Sync now asks for your password), then try again.</source>
        <translation>Votre session avec le serveur a pris fin : reconnectez-vous (Synchroniser demande votre mot de passe), puis réessayez.</translation>
    </message>
    <message>
        <source>about {age}</source>
        <translation>environ {age}</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>approve or send back case plans</source>
        <translation>approuver ou renvoyer des plans d&apos;intervention</translation>
    </message>
    <message>
        <source>approve or send back closure requests</source>
        <translation>approuver ou renvoyer des demandes de clôture</translation>
    </message>
    <message>
        <source>cannot be changed by a correction</source>
        <translation>ne peut pas être modifié par une correction</translation>
    </message>
    <message>
        <source>cannot read {text} as {kind}</source>
        <translation>impossible de lire {text} comme {kind}</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>travailleur social</translation>
    </message>
    <message>
        <source>change case details</source>
        <translation>modifier les informations des dossiers</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>entry {n}: {field} is required</source>
        <translation>entrée {n} : {field} est obligatoire</translation>
    </message>
    <message>
        <source>entry {n}: {field} {problem}</source>
        <translation>entrée {n} : {field} {problem}</translation>
    </message>
    <message>
        <source>entry {n}: {name} is not part of an entry</source>
        <translation>entrée {n} : {name} ne fait pas partie d&apos;une entrée</translation>
    </message>
    <message>
        <source>every case on this device</source>
        <translation>tous les dossiers de cet appareil</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>exporter des données</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>import the service directory</source>
        <translation>importer l&apos;annuaire des services</translation>
    </message>
    <message>
        <source>is not a due-date setting</source>
        <translation>n&apos;est pas un réglage d&apos;échéance</translation>
    </message>
    <message>
        <source>is not a field of a {record} record</source>
        <translation>n&apos;est pas un champ d&apos;un enregistrement de type {record}</translation>
    </message>
    <message>
        <source>is not a real date</source>
        <translation>n&apos;est pas une date qui existe</translation>
    </message>
    <message>
        <source>is not a risk level</source>
        <translation>n&apos;est pas un niveau de risque</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>its team</source>
        <translation>son équipe</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>manage devices</source>
        <translation>gérer les appareils</translation>
    </message>
    <message>
        <source>manage users and teams</source>
        <translation>gérer les utilisateurs et les équipes</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation>doit être une date et une heure (ISO 8601)</translation>
    </message>
    <message>
        <source>must be a list of at most {n} entries</source>
        <translation>doit être une liste d&apos;au plus {n} entrées</translation>
    </message>
    <message>
        <source>must be a list of at most {n} record ids</source>
        <translation>doit être une liste d&apos;au plus {n} identifiants d&apos;enregistrement</translation>
    </message>
    <message>
        <source>must be a list of: {choices}</source>
        <translation>doit être une liste parmi : {choices}</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a record id</source>
        <translation>doit être un identifiant d&apos;enregistrement</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a whole number of days from {lowest} to {highest}</source>
        <translation>doit être un nombre entier de jours de {lowest} à {highest}</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation>doit comporter au plus {limit} caractères</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>doit être l&apos;une des valeurs suivantes : {choices}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>doit être oui ou non</translation>
    </message>
    <message>
        <source>must map risk levels to days</source>
        <translation>doit associer des jours à chaque niveau de risque</translation>
    </message>
    <message>
        <source>must not allow more days than {risk} risk</source>
        <translation>ne doit pas accorder plus de jours que le risque {risk}</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>must not name a record twice</source>
        <translation>ne doit pas citer deux fois le même enregistrement</translation>
    </message>
    <message>
        <source>must not repeat a choice</source>
        <translation>ne doit pas répéter un choix</translation>
    </message>
    <message>
        <source>names someone who is not a child of this case.</source>
        <translation>désigne une personne qui n&apos;est pas un enfant de ce dossier.</translation>
    </message>
    <message>
        <source>open case files</source>
        <translation>ouvrir des dossiers</translation>
    </message>
    <message>
        <source>publish assessment forms</source>
        <translation>publier des formulaires d&apos;évaluation</translation>
    </message>
    <message>
        <source>reassign cases</source>
        <translation>réattribuer des dossiers</translation>
    </message>
    <message>
        <source>record supervision sessions</source>
        <translation>enregistrer des séances de supervision</translation>
    </message>
    <message>
        <source>record visits</source>
        <translation>enregistrer des visites</translation>
    </message>
    <message>
        <source>refer children to services</source>
        <translation>orienter des enfants vers des services</translation>
    </message>
    <message>
        <source>register families</source>
        <translation>enregistrer des familles</translation>
    </message>
    <message>
        <source>reopen closed cases</source>
        <translation>rouvrir des dossiers clôturés</translation>
    </message>
    <message>
        <source>request case closure</source>
        <translation>demander la clôture de dossiers</translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation>résoudre des conflits de synchronisation</translation>
    </message>
    <message>
        <source>run assessments</source>
        <translation>faire des évaluations</translation>
    </message>
    <message>
        <source>see team caseloads</source>
        <translation>voir la charge de travail des équipes</translation>
    </message>
    <message>
        <source>see who opened a case</source>
        <translation>voir qui a ouvert un dossier</translation>
    </message>
    <message>
        <source>submit case plans for approval</source>
        <translation>soumettre des plans d&apos;intervention pour approbation</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>team {team}</source>
        <translation>l&apos;équipe {team}</translation>
    </message>
    <message>
        <source>the cases of your team ({names}) and your own</source>
        <translation>les dossiers de votre équipe ({names}) et les vôtres</translation>
    </message>
    <message>
        <source>the cases of your teams ({names}) and your own</source>
        <translation>les dossiers de vos équipes ({names}) et les vôtres</translation>
    </message>
    <message>
        <source>the last {days} days ({since} to {until})</source>
        <translation>les {days} derniers jours (du {since} au {until})</translation>
    </message>
    <message>
        <source>under 1</source>
        <translation>moins d&apos;1 an</translation>
    </message>
    <message>
        <source>view sync health</source>
        <translation>consulter l&apos;état de la synchronisation</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>who made it</source>
        <translation>la personne qui l&apos;a créé</translation>
    </message>
    <message>
        <source>who recorded it</source>
        <translation>la personne qui l&apos;a enregistré</translation>
    </message>
    <message>
        <source>write case plans</source>
        <translation>rédiger des plans d&apos;intervention</translation>
    </message>
    <message>
        <source>your own cases</source>
        <translation>vos propres dossiers</translation>
    </message>
    <message>
        <source>{date} · {kind} visit · {by}</source>
        <translation>{date} · visite : {kind} · {by}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}).</source>
        <translation>{file} n&apos;a pas pu être lu ({why}).</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first} ; {rest}</translation>
    </message>
    <message>
        <source>{form} is published up to version {latest}, and a published version never changes: give this file version {next}.</source>
        <translation>{form} est publié jusqu&apos;à la version {latest}, et une version publiée ne change jamais : donnez à ce fichier la version {next}.</translation>
    </message>
    <message>
        <source>{kind} approval</source>
        <translation>Approbation : {kind}</translation>
    </message>
    <message>
        <source>{kind} visit {date}</source>
        <translation>Visite : {kind} {date}</translation>
    </message>
    <message>
        <source>{n} open tasks (cancelled if approved)</source>
        <translation>{n} tâches ouvertes (annulées en cas d&apos;approbation)</translation>
    </message>
    <message>
        <source>{server} cannot be reached from this computer now.</source>
        <translation>{server} est injoignable depuis cet ordinateur pour le moment.</translation>
    </message>
    <message>
        <source>{worker} is not an active caseworker or supervisor of {team} (as of the last sync), so case {case_number} cannot go to them. Nothing was reassigned.</source>
        <translation>{worker} n&apos;est pas travailleur social ou superviseur actif de {team} (selon la dernière synchronisation) : le dossier {case_number} ne peut donc pas lui être confié. Rien n&apos;a été réattribué.</translation>
    </message>
    <message>
        <source>{worker} is not an active caseworker or supervisor of {team} (this workspace has no server, so only people who already hold its cases count), so case {case_number} cannot go to them. Nothing was reassigned.</source>
        <translation>{worker} n&apos;est pas travailleur social ou superviseur actif de {team} (cet espace de travail n&apos;a pas de serveur : seules comptent les personnes qui en ont déjà les dossiers) : le dossier {case_number} ne peut donc pas lui être confié. Rien n&apos;a été réattribué.</translation>
    </message>
    <message>
        <source>{worker} is not in one of your teams.</source>
        <translation>{worker} ne fait partie d&apos;aucune de vos équipes.</translation>
    </message>
    <message>
        <source>“{label}” cannot be combined with other options.</source>
        <translation>« {label} » ne peut pas être combiné avec d&apos;autres options.</translation>
    </message>
    <message>
        <source>Relationship to child</source>
        <translation>Lien avec l&apos;enfant</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ordinaire</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Le jour même</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Prestataire de services</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Sexual abuse</source>
        <translation>Violences sexuelles</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Statutory duty</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Encore en attente</translation>
    </message>
    <message>
        <source>Struggling: needs support</source>
        <translation>En difficulté : a besoin de soutien</translation>
    </message>
    <message>
        <source>Submitted by {who} on {when}; waiting for a supervisor&apos;s decision</source>
        <translation>Soumis par {who} le {when} ; en attente de la décision d&apos;un superviseur</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Soumis pour approbation</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consommation de substances</translation>
    </message>
    <message>
        <source>Supervision session</source>
        <translation>Séance de supervision</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>La famille</translation>
    </message>
    <message>
        <source>Time to the first visit</source>
        <translation>Délai avant la première visite</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>Too heavy to manage</source>
        <translation>Trop lourde pour être gérée</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Traite</translation>
    </message>
    <message>
        <source>Unaccompanied or separated</source>
        <translation>Non accompagné ou séparé</translation>
    </message>
    <message>
        <source>Under strain</source>
        <translation>Sous pression</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Vital interest (the child&apos;s life or safety is at risk)</source>
        <translation>Intérêt vital (la vie ou la sécurité de l&apos;enfant est menacée)</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Median days to the first visit</source>
        <translation>Délai médian jusqu&apos;à la première visite (jours)</translation>
    </message>
    <message>
        <source>Target (days)</source>
        <translation>Objectif (jours)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Case plans</source>
        <translation>Plans d&apos;intervention</translation>
    </message>
    <message>
        <source>High or critical risk</source>
        <translation>Risque élevé ou critique</translation>
    </message>
    <message>
        <source>Other cases</source>
        <translation>Autres dossiers</translation>
    </message>
    <message>
        <source>Ceiling ({ceiling} cases)</source>
        <translation>Plafond ({ceiling} dossiers)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>Offline-only workspace: no server</source>
        <translation>Espace de travail hors ligne uniquement : pas de serveur</translation>
    </message>
    <message>
        <source>This workspace was created without a server. Its changes stay on this device.</source>
        <translation>Cet espace de travail a été créé sans serveur. Ses modifications restent sur cet appareil.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Counting changes waiting to sync…</source>
        <translation>Décompte des modifications en attente de synchronisation…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Nothing waiting to sync</source>
        <translation>Rien en attente de synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change waiting to sync</source>
        <translation>
            <numerusform>%Ln modification en attente de synchronisation</numerusform>
            <numerusform>%Ln modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>%Ln modification en attente de synchronisation</numerusform>
            <numerusform>%Ln modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>L&apos;espace de travail est verrouillé.</translation>
    </message>
    <message>
        <source>No server-bound workspace is open.</source>
        <translation>Aucun espace de travail lié à un serveur n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>{size} B</source>
        <translation>{size} o</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Envoi des modifications : {done} sur {total}</translation>
    </message>
    <message>
        <source>Sending changes: {done}</source>
        <translation>Envoi des modifications : {done}</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %Ln record</source>
        <translation>
            <numerusform>Réception : %Ln enregistrement</numerusform>
            <numerusform>Réception : %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %Ln records</source>
        <translation>
            <numerusform>Réception : %Ln enregistrement</numerusform>
            <numerusform>Réception : %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %Ln case no longer yours</source>
        <translation>
            <numerusform>Retrait de %Ln dossier qui n&apos;est plus le vôtre</numerusform>
            <numerusform>Retrait de %Ln dossiers qui ne sont plus les vôtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %Ln cases no longer yours</source>
        <translation>
            <numerusform>Retrait de %Ln dossier qui n&apos;est plus le vôtre</numerusform>
            <numerusform>Retrait de %Ln dossiers qui ne sont plus les vôtres</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment files: {done}</source>
        <translation>Fichiers joints : {done}</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>{what} · {sent} sent, {received} received</source>
        <translation>{what} · {sent} envoyés, {received} reçus</translation>
    </message>
    <message>
        <source>up to date: nothing to send or receive.</source>
        <translation>à jour : rien à envoyer ni à recevoir.</translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln change</source>
        <translation>
            <numerusform>%Ln modification envoyée</numerusform>
            <numerusform>%Ln modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln changes</source>
        <translation>
            <numerusform>%Ln modification envoyée</numerusform>
            <numerusform>%Ln modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln fusionnée</numerusform>
            <numerusform>%Ln fusionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <translation>
            <numerusform>%Ln en conflit</numerusform>
            <numerusform>%Ln en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refusée</numerusform>
            <numerusform>%Ln refusées</numerusform>
        </translation>
    </message>
    <message>
        <source> ({details})</source>
        <translation> ({details})</translation>
    </message>
    <message numerus="yes">
        <source>received %Ln record</source>
        <translation>
            <numerusform>%Ln enregistrement reçu</numerusform>
            <numerusform>%Ln enregistrements reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %Ln records</source>
        <translation>
            <numerusform>%Ln enregistrement reçu</numerusform>
            <numerusform>%Ln enregistrements reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln case no longer assigned to you</source>
        <translation>
            <numerusform>%Ln dossier qui ne vous est plus attribué retiré</numerusform>
            <numerusform>%Ln dossiers qui ne vous sont plus attribués retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln cases no longer assigned to you</source>
        <translation>
            <numerusform>%Ln dossier qui ne vous est plus attribué retiré</numerusform>
            <numerusform>%Ln dossiers qui ne vous sont plus attribués retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment files</source>
        <translation>
            <numerusform>%Ln fichier joint</numerusform>
            <numerusform>%Ln fichiers joints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ignored %Ln order to remove a case that the server had not signed (the cases are kept; tell your IT support)</source>
        <translation>
            <numerusform>%Ln ordre de retrait d&apos;un dossier non signé par le serveur ignoré (les dossiers sont conservés ; prévenez votre support informatique)</numerusform>
            <numerusform>%Ln ordres de retrait d&apos;un dossier non signés par le serveur ignorés (les dossiers sont conservés ; prévenez votre support informatique)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ignored %Ln orders to remove a case that the server had not signed (the cases are kept; tell your IT support)</source>
        <translation>
            <numerusform>%Ln ordre de retrait d&apos;un dossier non signé par le serveur ignoré (les dossiers sont conservés ; prévenez votre support informatique)</numerusform>
            <numerusform>%Ln ordres de retrait d&apos;un dossier non signés par le serveur ignorés (les dossiers sont conservés ; prévenez votre support informatique)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: {server_url}. Working offline until the first sync.</source>
        <translation>Serveur : {server_url}. Travail hors ligne jusqu&apos;à la première synchronisation.</translation>
    </message>
    <message>
        <source>This workspace is offline-only: it has no server to sync with.</source>
        <translation>Cet espace de travail est uniquement hors ligne : il n&apos;a pas de serveur avec lequel se synchroniser.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sending and receiving changes with {url}.</source>
        <translation>Envoi et réception des modifications avec {url}.</translation>
    </message>
    <message>
        <source>Up to date · synced at {time}</source>
        <translation>À jour · synchronisé à {time}</translation>
    </message>
    <message>
        <source>Online · synced at {time}</source>
        <translation>En ligne · synchronisé à {time}</translation>
    </message>
    <message>
        <source>Up to date: nothing to send and nothing new from the server.</source>
        <translation>À jour : rien à envoyer et rien de nouveau sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change met a change made elsewhere: choose the value to keep under Conflicts (Ctrl+4)</source>
        <translation>
            <numerusform>%Ln modification est entrée en conflit avec une modification faite ailleurs : choisissez la valeur à conserver dans Conflits (Ctrl+4)</numerusform>
            <numerusform>%Ln modifications sont entrées en conflit avec des modifications faites ailleurs : choisissez la valeur à conserver dans Conflits (Ctrl+4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes met a change made elsewhere: choose the value to keep under Conflicts (Ctrl+4)</source>
        <translation>
            <numerusform>%Ln modification est entrée en conflit avec une modification faite ailleurs : choisissez la valeur à conserver dans Conflits (Ctrl+4)</numerusform>
            <numerusform>%Ln modifications sont entrées en conflit avec des modifications faites ailleurs : choisissez la valeur à conserver dans Conflits (Ctrl+4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change was refused by the server and is kept, with the reason, under Sync (Ctrl+5)</source>
        <translation>
            <numerusform>%Ln modification a été refusée par le serveur et est conservée, avec le motif, dans Synchronisation (Ctrl+5)</numerusform>
            <numerusform>%Ln modifications ont été refusées par le serveur et sont conservées, avec le motif, dans Synchronisation (Ctrl+5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes were refused by the server and are kept, with the reason, under Sync (Ctrl+5)</source>
        <translation>
            <numerusform>%Ln modification a été refusée par le serveur et est conservée, avec le motif, dans Synchronisation (Ctrl+5)</numerusform>
            <numerusform>%Ln modifications ont été refusées par le serveur et sont conservées, avec le motif, dans Synchronisation (Ctrl+5)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Password of {user} on {server_url}:</source>
        <translation>Mot de passe de {user} sur {server_url} :</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Syncing again.</source>
        <translation>Nouvelle synchronisation.</translation>
    </message>
    <message>
        <source>The server did not accept this password.</source>
        <translation>Le mot de passe n&apos;a pas été accepté par le serveur.</translation>
    </message>
    <message>
        <source>Case summary of {case}</source>
        <translation>Résumé du dossier {case}</translation>
    </message>
    <message>
        <source>The summary goes to a PDF file that is not encrypted: keep it only where your organisation allows. Saving it is recorded in the case&apos;s audit log.</source>
        <translation>Le résumé va dans un fichier PDF non chiffré : ne le conservez que là où votre organisation l&apos;autorise. Son enregistrement est consigné dans le journal d&apos;audit du dossier.</translation>
    </message>
    <message>
        <source>The summary goes to the printer you choose. Printing it is recorded in the case&apos;s audit log.</source>
        <translation>Le résumé va à l&apos;imprimante que vous choisissez. Son impression est consignée dans le journal d&apos;audit du dossier.</translation>
    </message>
    <message>
        <source>Redact names, addresses and phone numbers</source>
        <translation>Masquer les noms, adresses et numéros de téléphone</translation>
    </message>
    <message>
        <source>The family&apos;s people appear by role and number (&quot;[child 1]&quot;), also inside notes</source>
        <translation>Les membres de la famille apparaissent par rôle et numéro (« [enfant 1] »), y compris dans les notes</translation>
    </message>
    <message>
        <source>Enter your password: the summary leaves the encrypted workspace.</source>
        <translation>Saisissez votre mot de passe : le résumé quitte l&apos;espace de travail chiffré.</translation>
    </message>
    <message>
        <source>The password could not be checked; nothing left the workspace.</source>
        <translation>Le mot de passe n&apos;a pas pu être vérifié ; rien n&apos;a quitté l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Open cases at the month&apos;s end</source>
        <translation>Dossiers ouverts en fin de mois</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>First visit in time</source>
        <translation>Première visite à temps</translation>
    </message>
    <message>
        <source>Tasks done on time</source>
        <translation>Tâches faites à temps</translation>
    </message>
    <message>
        <source>Plans decided</source>
        <translation>Plans décidés</translation>
    </message>
    <message>
        <source>Median days to decision</source>
        <translation>Médiane des jours avant décision</translation>
    </message>
    <message>
        <source>Referrals sent</source>
        <translation>Orientations envoyées</translation>
    </message>
    <message>
        <source>Referrals completed</source>
        <translation>Orientations terminées</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Dossiers clos</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Dossier {number}</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>caviardé</translation>
    </message>
    <message>
        <source>Printed by {user} on {when}</source>
        <translation>Imprimé par {user} le {when}</translation>
    </message>
    <message>
        <source>&lt;5</source>
        <translation>&lt;5</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Indicators for evidence, {first} to {last}</source>
        <translation>Indicateurs pour la preuve, de {first} à {last}</translation>
    </message>
    <message>
        <source>Counted from this device&apos;s workspace.</source>
        <translation>Compté à partir de l&apos;espace de travail de cet appareil.</translation>
    </message>
    <message>
        <source>De-identified: counts under 5 are shown as &lt;5, and a count that a total would give away is left out (–).</source>
        <translation>Anonymisé : les effectifs inférieurs à 5 apparaissent comme &lt;5, et un effectif qu&apos;un total révélerait est omis (–).</translation>
    </message>
    <message>
        <source>Not de-identified: small counts are shown as they are.</source>
        <translation>Non anonymisé : les petits effectifs sont affichés tels quels.</translation>
    </message>
    <message>
        <source>The charts count {period}.</source>
        <translation>Les graphiques portent sur {period}.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Indicators for evidence</source>
        <translation>Indicateurs pour la preuve</translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Score: computed by the server</source>
        <translation>Score : calculé par le serveur</translation>
    </message>
    <message>
        <source>Restricted — ask your supervisor</source>
        <translation>Restreint — demandez à votre superviseur</translation>
    </message>
</context>
</TS>
