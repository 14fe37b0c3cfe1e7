"""Strings of the shared-use features: login and roles, the audit trail, background jobs, reports, the home page."""
from __future__ import annotations

STRINGS = {
    # login, roles, audit
    "login_title": ("Connexion", "Sign in"),
    "login_help": ("Cette installation de Vigie est partagée : connectez-vous pour voir les données.",
                   "This Vigie installation is shared: sign in to see the data."),
    "login_name": ("Nom d'utilisateur", "User name"),
    "login_password": ("Mot de passe", "Password"),
    "login_button": ("Se connecter", "Sign in"),
    "login_wrong": ("Nom d'utilisateur ou mot de passe incorrect.", "Wrong user name or password."),
    "login_locked": ("Trop d'échecs de connexion pour ce compte : réessayez dans {minutes} minutes.",
                     "Too many failed sign-ins for this account: try again in {minutes} minutes."),
    "login_expired": ("Votre session a expiré après {minutes} minutes d'inactivité : reconnectez-vous.",
                      "Your session expired after {minutes} minutes without activity: sign in again."),
    "login_no_users": ("Aucun compte n'existe encore. Créez-en un : `python -m analysis users add NOM --role admin "
                       "--db {db}` (mot de passe sur l'entrée standard).",
                       "No account exists yet. Create one: `python -m analysis users add NAME --role admin "
                       "--db {db}` (password on standard input)."),
    "logged_in_as": ("Connecté : {name} ({role})", "Signed in: {name} ({role})"),
    "logout": ("Se déconnecter", "Sign out"),
    "role_admin": ("administrateur", "administrator"),
    "role_analyst": ("analyste", "analyst"),
    "role_viewer": ("lecteur", "viewer"),
    "refused": ("Action refusée : votre rôle ({role}) ne permet pas « {action} ».",
                "Refused: your role ({role}) does not allow “{action}”."),
    "audit_title": ("Journal d'audit (administrateurs)", "Audit trail (administrators)"),
    "audit_help": ("Qui a fait quoi, et quand : connexions, imports, modifications d'étiquettes, réentraînements, "
                   "exports.", "Who did what, and when: sign-ins, imports, label edits, retraining, exports."),
    "col_logged_at": ("Date", "Date"), "col_user_name": ("Utilisateur", "User"), "col_action": ("Action", "Action"),
    "col_detail": ("Détail", "Detail"),
    # background jobs
    "job_started": ("Tâche lancée en arrière-plan : les autres utilisateurs peuvent continuer à travailler.",
                    "Job started in the background: other users can keep working."),
    "job_running": ("En cours : {what} — {progress}", "Running: {what} — {progress}"),
    "job_done": ("Terminé : {what}", "Finished: {what}"),
    "job_failed": ("Échec : {what} — {error}", "Failed: {what} — {error}"),
    "job_reannotate": ("Réannoter les posts (après un réentraînement ou un changement de lexique)",
                       "Re-annotate the posts (after retraining or a lexicon change)"),
    "job_import": ("import de {n} fichier(s)", "import of {n} file(s)"),
    "job_annotate": ("annotation", "annotation"),
    "job_stale": ("Les données affichées datent d'avant la tâche en cours (la base est occupée).",
                  "The data shown predate the running job (the store is busy)."),
    # reports
    "rep_button": ("Rapport de cette vue", "Report of this view"),
    "rep_format": ("Format du rapport", "Report format"),
    "rep_download": ("Télécharger le rapport ({fmt})", "Download the report ({fmt})"),
    "rep_title": ("Vigie — rapport sur le discours électoral en ligne", "Vigie — report on online election discourse"),
    "rep_scope": ("Période et filtres", "Period and filters"),
    "rep_generated": ("Généré le", "Generated on"),
    "rep_headline": ("Chiffres clés", "Headline figures"),
    "rep_figure": ("Indicateur", "Figure"), "rep_value": ("Valeur", "Value"),
    "rep_posts": ("Posts", "Posts"), "rep_accounts": ("Comptes", "Accounts"),
    "rep_period": ("Période couverte", "Date span"), "rep_mean_tone": ("Ton moyen (-1 à +1)", "Mean tone (-1 to +1)"),
    "rep_call_share": ("Posts appelant à voter", "Posts calling to vote"),
    "rep_boycott_share": ("Posts appelant au boycott", "Posts calling for a boycott"),
    "rep_accuracy": ("Exactitude mesurée (bureau de validation)", "Measured accuracy (validation desk)"),
    "rep_not_measured": ("Non mesurée : aucun échantillon validé par des personnes n'est encore disponible.",
                         "Not measured: no sample checked by people is available yet."),
    "rep_charts": ("Graphiques", "Charts"),
    "rep_chart_volume": ("Posts par jour ; les numéros renvoient aux événements de la campagne listés sous le "
                         "graphique.", "Posts per day; the numbers refer to the campaign events listed below."),
    "rep_chart_platforms": ("Part des posts par plateforme", "Share of posts by platform"),
    "rep_chart_langs": ("Part des posts par langue", "Share of posts by language"),
    "rep_chart_parties": ("Posts nommant chaque parti (couleur : ton moyen envers lui)",
                          "Posts naming each party (colour: mean tone toward it)"),
    "rep_chart_regions": ("Appels au vote et appels au boycott par région", "Calls to vote and boycott calls by region"),
    "rep_share_posts": ("Part des posts (%)", "Share of posts (%)"),
    "rep_posts_per_day": ("Posts par jour", "Posts per day"),
    "rep_posts_naming": ("Posts nommant le parti", "Posts naming the party"),
    "rep_parties": ("Partis les plus cités", "Most mentioned parties"),
    "rep_party": ("Parti", "Party"), "rep_share": ("Part des posts", "Share of posts"), "rep_tone": ("ton", "tone"),
    "rep_regions": ("Participation par région", "Participation by region"), "rep_region": ("Région", "Region"),
    "rep_calls": ("Appels au vote", "Calls to vote"), "rep_boycotts": ("Appels au boycott", "Boycott calls"),
    "rep_more_boycott": ("plus de boycott que d'appels au vote", "more boycott than calls to vote"),
    "rep_sample": ("Posts les plus partagés (texte brut, auteurs privés pseudonymisés)",
                   "Most shared posts (plain text, private authors pseudonymised)"),
    "rep_date": ("Date", "Date"), "rep_platform": ("Plateforme", "Platform"), "rep_author": ("Auteur", "Author"),
    "rep_text": ("Texte", "Text"), "rep_shares": ("Partages", "Shares"),
    "rep_method": ("Notes de méthode", "Method notes"),
    "rep_note_tone": ("Ton : score de -1 (négatif) à +1 (positif) donné par des lexiques français et bambara et "
                      "des règles (négation, intensité) ; c'est une estimation automatique, pas un jugement.",
                      "Tone: a score from -1 (negative) to +1 (positive) from French and Bambara lexicons and rules "
                      "(negation, intensity); an automatic estimate, not a judgement."),
    "rep_note_parties": ("Partis : un post compte pour un parti quand il le nomme (sigle, nom ou alias connus) ; "
                         "le ton envers un parti est celui des phrases qui le nomment.",
                         "Parties: a post counts for a party when it names it (known acronym, name or alias); the "
                         "tone toward a party is that of the sentences naming it."),
    "rep_note_participation": ("Participation : appels au vote et au boycott repérés par un vocabulaire en français "
                               "et en bambara ; la région vient de la géolocalisation, du profil ou des lieux cités.",
                               "Participation: calls to vote and to boycott found with French and Bambara "
                               "vocabulary; the region comes from the geotag, the profile or the places named."),
    "rep_note_privacy": ("Vie privée : les particuliers apparaissent sous un pseudonyme stable ; seuls les comptes "
                         "publics de la liste des acteurs gardent leur nom.",
                         "Privacy: private individuals appear under a stable pseudonym; only public accounts of the "
                         "actors list keep their names."),
}
STRINGS.update({
    "import_your_files": ("Importer vos fichiers", "Import your files"),
    "import_your_files_help": ("Exports CrowdTangle, X/Twitter, Telegram, WhatsApp, Facebook… : la page Données "
                               "reconnaît le format et montre un aperçu avant l'import.",
                               "CrowdTangle, X/Twitter, Telegram, WhatsApp, Facebook… exports: the Data page "
                               "recognises the format and shows a preview before importing."),
})
STRINGS.update({
    "home": ("Accueil", "Home"),
    "home_intro": ("Vigie suit ce qui se dit en ligne sur les élections : qui parle de quels partis, sur quel ton, "
                   "où, et si l'on appelle à voter ou au boycott. Chaque chiffre mène aux posts qui le composent.",
                   "Vigie follows what is said online about the elections: who talks about which parties, in what "
                   "tone, where, and whether people are called to vote or to boycott. Every figure leads to its "
                   "posts."),
    "home_tone_help": ("de -1 (négatif) à +1 (positif)", "from -1 (negative) to +1 (positive)"),
    "home_what": ("Ce qui est chargé", "What is loaded"),
    "home_by_platform": ("Par plateforme", "By platform"),
    "home_by_lang": ("Par langue", "By language"),
    "home_pages": ("Les pages et ce qu'elles répondent", "The pages and what they answer"),
    "home_start": ("Pour commencer", "To start"),
    "home_demo_note": ("Vous explorez le corpus de démonstration. Pour travailler sur vos propres données :",
                       "You are exploring the demo corpus. To work on your own data:"),
    "col_platform_label": ("Plateforme", "Platform"), "col_lang_label": ("Langue", "Language"),
    "col_count": ("Posts", "Posts"), "col_percent": ("Part des posts", "Share of posts"),
    "col_imported_at": ("Importé le", "Imported on"), "col_file": ("Fichier", "File"),
    "col_format": ("Format", "Format"), "col_read": ("Lignes lues", "Rows read"),
    "col_accepted": ("Acceptées", "Accepted"), "col_duplicates": ("Doublons", "Duplicates"),
    "col_rejected": ("Rejetées", "Rejected"),
    "home_q_data": ("Quels fichiers sont chargés ? Importer de nouveaux exports et la liste des acteurs.",
                    "Which files are loaded? Import new exports and the actors list."),
    "home_q_overview": ("Combien de posts chaque jour, sur quelles plateformes, autour de quels événements ?",
                        "How many posts each day, on which platforms, around which events?"),
    "home_q_sentiment": ("Le ton est-il plutôt positif ou négatif, par parti et par région ?",
                         "Is the tone rather positive or negative, by party and by region?"),
    "home_q_themes": ("De quels sujets parle-t-on (sécurité, covid, économie…) et quand ?",
                      "Which topics are discussed (security, covid, economy…) and when?"),
    "home_q_participation": ("Où appelle-t-on à voter, où appelle-t-on au boycott ?",
                             "Where are people called to vote, where to boycott?"),
    "home_q_compare": ("Quelle place et quel ton pour chaque parti, comparés côte à côte ?",
                       "How much room and what tone for each party, side by side?"),
    "home_q_map": ("Quelles régions et quels cercles parlent le plus, et sur quel ton ?",
                   "Which regions and cercles talk most, and in what tone?"),
    "home_q_posts": ("Lire les posts eux-mêmes, filtrer, trier et exporter.",
                     "Read the posts themselves, filter, sort and export."),
    "home_q_coordination": ("Des messages copiés-collés par plusieurs comptes : campagnes coordonnées ?",
                            "Messages copy-pasted by several accounts: coordinated campaigns?"),
    "home_q_validation": ("Vérifier la machine : étiqueter des posts, mesurer l'accord et corriger les chiffres.",
                          "Check the machine: label posts, measure agreement and correct the figures."),
    "home_q_climat": ("Où et contre qui les messages hostiles, insultes et menaces montent-ils ?",
                      "Where and against whom do hostile messages, insults and threats rise?"),
    "home_q_rumeurs": ("Quelles rumeurs circulent, comment se propagent-elles et qui les dément ?",
                       "Which rumours spread, how, and who rebuts them?"),
    "home_q_alertes": ("Qu'est-ce qui sort de l'ordinaire : pics, silences, appels au boycott, hostilité ?",
                       "What is out of the ordinary: spikes, silences, boycott calls, hostility?"),
    "home_q_method": ("Comment chaque chiffre est calculé, et avec quelles limites.",
                      "How each figure is computed, and its limits."),
})
STRINGS.update({
    "events_legend": ("Événements numérotés sur le graphique ({n})", "Numbered events on the chart ({n})"),
})
STRINGS.update({
    "map_ranking": ("Classement des {level} (de la valeur la plus haute à la plus basse)", "{level} ranked, highest value first"),
})
