"""French and English strings of the early-warning pages: Climat, Rumeurs, Alertes (merged into i18n)."""
from __future__ import annotations

STRINGS = {
    "page_climat": ("Climat", "Climate"),
    "page_rumeurs": ("Rumeurs", "Rumours"),
    "page_alertes": ("Alertes", "Alerts"),
    # Climat
    "cl_intro": ("Part des posts hostiles (insultes, haine envers un groupe, menaces ou appels à la violence) "
                 "au fil de la campagne. Cliquez sur un point pour lire les posts.",
                 "Share of hostile posts (insults, hate toward a group, threats or calls to violence) over the "
                 "campaign. Click a point to read the posts."),
    "cl_no_column": ("Pas encore d'annotation d'hostilité dans ce stock : relancez l'annotation quand l'analyseur "
                     "d'hostilité est installé (`python -m analysis annotate`).",
                     "No hostility annotation in this store yet: run the annotation again once the hostility "
                     "analyser is installed (`python -m analysis annotate`)."),
    "cl_by": ("Par", "By"),
    "cl_by_none": ("Ensemble", "Overall"), "cl_by_region": ("Région", "Region"), "cl_by_party": ("Parti", "Party"),
    "cl_by_target": ("Cible", "Target"),
    "cl_step": ("Pas de temps", "Time step"), "cl_week": ("Semaine", "Week"), "cl_day": ("Jour", "Day"),
    "cl_groups": ("Groupes affichés", "Groups shown"),
    "cl_chart": ("Posts hostiles, part des posts", "Hostile posts, share of posts"),
    "cl_share": ("Part hostile", "Hostile share"),
    "cl_n_hostile": ("Posts hostiles", "Hostile posts"), "cl_share_all": ("Part des posts", "Share of posts"),
    "cl_threats": ("Menaces à examiner", "Threats to review"),
    "cl_warning": ("Avertissement : les posts ci-dessous contiennent des insultes, des propos haineux ou des "
                   "menaces. Ils sont montrés tels quels, en texte brut, pour vérification.",
                   "Content warning: the posts below contain insults, hateful speech or threats. They are shown "
                   "as they are, as plain text, to be checked."),
    "cl_pick": ("Cliquez sur un point du graphique pour voir ses posts.", "Click a point of the chart to see its posts."),
    "cl_review": ("⚠ menace : à examiner", "⚠ threat: to review"),
    "cl_point": ("{group}, période du {period}", "{group}, period of {period}"),
    "col_review": ("Examen", "Review"),
    # Rumeurs
    "ru_intro": ("Rumeurs repérées automatiquement (messages proches ou reformulés portant des marqueurs comme "
                 "« on dit que », « partagez », « urgent ») et leurs démentis (vérification des faits, démenti "
                 "de la CENI ou du gouvernement, « faux », « intox »). Une rumeur repérée n'est pas un verdict : "
                 "lisez les posts.",
                 "Rumours found automatically (close or reworded messages carrying markers such as “on dit "
                 "que”, “partagez”, “urgent”) and their rebuttals (fact-checks, denials by the CENI or the "
                 "government, “faux”, “intox”). A rumour found is not a verdict: read the posts."),
    "ru_none": ("Aucune rumeur repérée avec ces filtres.", "No rumour found with these filters."),
    "ru_define": ("Suivre une rumeur précise", "Track a given rumour"),
    "ru_keywords": ("Mots-clés (tous présents)", "Keywords (all present)"),
    "ru_seed": ("Ou un post modèle (texte)", "Or a seed post (text)"),
    "ru_n_claims": ("Rumeurs", "Rumours"), "ru_n_posts": ("Posts de rumeur", "Rumour posts"),
    "ru_n_rebuttals": ("Démentis", "Rebuttals"),
    "ru_table": ("Les rumeurs", "The rumours"),
    "ru_pick": ("Rumeur", "Rumour"),
    "ru_pick_label": ("{c} · {n} posts · {r} démentis · {w}", "{c} · {n} posts · {r} rebuttals · {w}"),
    "ru_curve": ("Rumeur {c} : posts et démentis cumulés", "Rumour {c}: posts and rebuttals, running totals"),
    "ru_cumulative": ("Posts cumulés", "Running total of posts"),
    "ru_role_claim": ("Rumeur", "Claim"), "ru_role_rebuttal": ("Démenti", "Rebuttal"),
    "ru_cascade": ("Parcours : {c}", "Cascade: {c}"),
    "ru_by_platform": ("Par plateforme", "By platform"), "ru_by_region": ("Par région", "By region"),
    "ru_accounts": ("Comptes", "Accounts"),
    "ru_posts": ("Les posts de la rumeur et ses démentis", "The rumour's posts and its rebuttals"),
    "ru_no_rebuttal": ("Aucun démenti trouvé pour cette rumeur.", "No rebuttal found for this rumour."),
    "ru_col_claim": ("Rumeur", "Rumour"), "ru_col_origin": ("Origine", "Origin"), "ru_col_words": ("Mots", "Words"),
    "ru_col_first": ("Premier post", "First post"), "ru_col_delay": ("Délai du démenti (h)", "Rebuttal delay (h)"),
    "ru_col_platforms": ("Plateformes", "Platforms"), "ru_col_regions": ("Régions", "Regions"),
    "ru_col_sample": ("Message", "Message"),
    "col_role": ("Rôle", "Role"), "col_posts_n": ("Posts", "Posts"), "col_first": ("Premier", "First"),
    "col_account": ("Compte", "Account"),
    # Alertes
    "al_intro": ("Le fil des alertes, la plus récente d'abord : pics et chutes de volume, silences d'une région "
                 "entière (possible coupure), montées des appels au boycott ou de l'hostilité, nouveaux groupes "
                 "coordonnés, rumeurs qui circulent. Chaque alerte se vérifie dans ses posts.",
                 "The alert feed, newest first: volume spikes and drops, a whole region falling silent (a "
                 "possible cut), surges of boycott calls or hostility, new coordinated groups, spreading "
                 "rumours. Every alert is checked in its posts."),
    "al_settings": ("Seuils", "Thresholds"),
    "al_fdr": ("Taux de fausses alertes toléré", "False alarm rate allowed"),
    "al_ratio": ("Écart minimum (× attendu)", "Minimum ratio (× expected)"),
    "al_volume": ("Volume minimum (posts)", "Minimum volume (posts)"),
    "al_score": ("Score minimum", "Minimum score"),
    "al_kinds": ("Types d'alerte", "Alert kinds"),
    "al_none": ("Aucune alerte avec ces seuils et ces filtres.", "No alert with these thresholds and filters."),
    "al_n": ("Alertes", "Alerts"),
    "al_pick": ("Alerte", "Alert"),
    "al_chart": ("Observé et attendu", "Observed and expected"),
    "al_observed": ("Observé", "Observed"), "al_expected": ("Attendu", "Expected"),
    "al_no_chart": ("Pas de courbe attendue pour ce type d'alerte.", "No expected curve for this kind of alert."),
    "al_posts": ("Posts de l'alerte", "Posts of the alert"),
    "al_open_posts": ("Ouvrir ces jours et ce lieu dans la page Posts", "Open these days and this place in the Posts page"),
    "al_notes": ("Remarque : {notes}", "Note: {notes}"),
    "al_method": ("Méthode des alertes : voir la page Méthode.", "Alert method: see the Méthode page."),
    "kind_volume_spike": ("Pic de volume", "Volume spike"), "kind_volume_drop": ("Chute de volume", "Volume drop"),
    "kind_disruption": ("Silence d'une région", "Region silent"),
    "kind_boycott_surge": ("Montée du boycott", "Boycott surge"),
    "kind_hostility_surge": ("Montée de l'hostilité", "Hostility surge"),
    "kind_coordination": ("Groupe coordonné", "Coordinated group"), "kind_claim_spread": ("Rumeur", "Rumour"),
    "col_kind": ("Type", "Kind"), "col_start": ("Début", "Start"), "col_end": ("Fin", "End"),
    "col_observed": ("Observé", "Observed"), "col_expected": ("Attendu", "Expected"), "col_score": ("Score", "Score"),
    "col_explanation": ("Explication", "Explanation"), "col_party": ("Parti", "Party"),
    "method_alerts": ("Alertes", "Alerts"),
}
