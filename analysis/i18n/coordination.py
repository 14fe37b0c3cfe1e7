"""French and English strings of the Coordination page (merged into i18n on import)."""
from __future__ import annotations

STRINGS = {
    "coordination": ("Coordination", "Coordination"),
    "co_intro": ("Messages identiques publiés par plusieurs comptes en quelques minutes, et comptes qui partagent "
                 "ensemble les mêmes liens.",
                 "Identical messages posted by several accounts within minutes, and accounts sharing the same "
                 "links together."),
    "co_warning": ("Une coordination n'est pas la preuve de faux comptes : des militants sincères ou un groupe "
                   "WhatsApp qui relaie une consigne laissent les mêmes traces. Lisez les messages et regardez les "
                   "comptes avant de conclure.",
                   "Coordination is not proof of fake accounts: sincere activists or a WhatsApp group relaying "
                   "an instruction leave the same traces. Read the messages and look at the accounts before "
                   "concluding."),
    "co_method": ("Comment c'est calculé", "How it is computed"),
    "co_method_text": (
        "1. Les textes sont mis à plat : sans majuscules, accents, liens, mentions @, emojis ni ponctuation.\n"
        "2. Les messages trop courts (« Vive le Mali », « Amen », salutations) sont écartés : il faut au moins "
        "{min_info} mots différents d'au moins 3 lettres.\n"
        "3. Deux messages sont des copies quand au moins {threshold:.0%} de leurs suites de trois mots sont "
        "communes (similarité de Jaccard, repérée vite grâce à MinHash et LSH puis vérifiée exactement).\n"
        "4. Un message devient un groupe coordonné quand au moins {min_accounts} comptes différents l'ont publié "
        "en {window} minutes ou moins. Les retweets et partages natifs ne comptent pas.\n"
        "5. Réseaux de liens (méthode CooRnet) : l'intervalle de coordination est estimé sur les données (les 10 % "
        "de liens repartagés le plus vite ; durée médiane pour atteindre la moitié de leurs partages). Deux comptes "
        "sont reliés quand ils partagent le même lien dans cet intervalle ; on garde les relations dont le poids "
        "atteint le 90ᵉ centile.",
        "1. Texts are flattened: no case, accents, links, @mentions, emoji or punctuation.\n"
        "2. Too-short messages (“Vive le Mali”, “Amen”, greetings) are left out: at least {min_info} distinct "
        "words of 3+ letters are needed.\n"
        "3. Two messages are copies when at least {threshold:.0%} of their three-word runs are shared (Jaccard "
        "similarity, found fast with MinHash and LSH, then checked exactly).\n"
        "4. A message becomes a coordinated group when at least {min_accounts} distinct accounts posted it within "
        "{window} minutes. Native retweets and shares do not count.\n"
        "5. Link networks (CooRnet method): the coordination interval is estimated from the data (the 10% of "
        "links re-shared fastest; median time to reach half their shares). Two accounts are tied when they share "
        "the same link within that interval; ties at or above the 90th percentile of weight are kept."),
    "co_settings": ("Réglages", "Settings"),
    "co_min_accounts": ("Comptes différents (minimum)", "Distinct accounts (minimum)"),
    "co_window": ("Fenêtre de temps (minutes)", "Time window (minutes)"),
    "co_min_info": ("Contenu minimal (mots porteurs)", "Minimum content (meaningful words)"),
    "co_threshold": ("Similarité minimale entre copies", "Minimum similarity between copies"),
    "co_n_groups": ("Groupes coordonnés", "Coordinated groups"),
    "co_n_accounts": ("Comptes impliqués", "Accounts involved"),
    "co_n_posts": ("Posts en groupe", "Posts in groups"),
    "co_filter_cat": ("Catégorie du message", "Message category"),
    "co_filter_party": ("Parti nommé", "Party named"),
    "co_filter_platform": ("Plateforme atteinte", "Platform reached"),
    "co_groups": ("Groupes, du plus grand nombre de comptes au plus petit", "Groups, most accounts first"),
    "co_no_group": ("Aucun groupe coordonné avec ces réglages et ces filtres.",
                    "No coordinated group with these settings and filters."),
    "co_pick": ("Groupe à examiner", "Group to examine"),
    "co_pick_label": ("{g} · {n} comptes · {what}", "{g} · {n} accounts · {what}"),
    "co_timeline": ("Chronologie du groupe {g}", "Timeline of group {g}"),
    "co_minutes": ("min", "min"),
    "co_cascade": ("Cascade : {c}", "Cascade: {c}"),
    "co_accounts": ("Comptes du groupe", "Accounts of the group"),
    "co_posts": ("Posts du groupe", "Posts of the group"),
    "co_networks": ("Réseaux de partage de liens", "Link-sharing networks"),
    "co_interval": ("Intervalle de coordination", "Coordination interval"),
    "co_weight": ("Seuil de poids (90ᵉ centile)", "Weight threshold (90th percentile)"),
    "co_links": ("Liens partagés au moins deux fois", "Links shared at least twice"),
    "co_no_network": ("Aucun réseau : pas assez de liens partagés plusieurs fois dans ces posts.",
                      "No network: not enough links shared several times in these posts."),
    "co_weight_one": ("Le seuil vaut 1 : presque tous les comptes n'ont partagé qu'un seul lien ensemble, toutes "
                      "les relations sont gardées et les réseaux sont moins sûrs.",
                      "The threshold is 1: almost all account pairs shared a single link together, every tie is "
                      "kept and the networks are less reliable."),
    "co_network_chart": ("Comptes qui partagent les mêmes liens (réseaux {nets})",
                         "Accounts sharing the same links (networks {nets})"),
    "co_partners": ("partenaires", "partners"),
    "co_network_table": ("Réseaux", "Networks"),
    "co_pick_networks": ("Réseaux affichés", "Networks shown"),
    "co_layout_capped": ("Seules les {n} relations les plus fortes sont dessinées ; le tableau ci-dessous les compte toutes.",
                         "Only the {n} strongest ties are drawn; the table below counts them all."),
    "co_col_group": ("groupe", "group"), "co_col_accounts": ("comptes", "accounts"),
    "co_col_posts": ("posts", "posts"), "co_col_cascade": ("cascade (heure UTC)", "cascade (UTC time)"),
    "co_col_first": ("premier post", "first post"), "co_col_last": ("dernier post", "last post"),
    "co_col_duration": ("durée (min)", "duration (min)"), "co_col_categories": ("catégories", "categories"),
    "co_col_parties": ("partis", "parties"), "co_col_tone": ("ton moyen", "mean tone"),
    "co_col_message": ("message", "message"), "co_col_author": ("compte", "account"),
    "co_col_platforms": ("plateformes", "platforms"), "co_col_network": ("réseau", "network"),
    "co_col_links": ("liens", "links"), "co_col_ties": ("relations", "ties"),
    "co_col_created_at": ("date (UTC)", "date (UTC)"), "co_col_platform": ("plateforme", "platform"),
    "co_col_author_name": ("compte", "account"), "co_col_text": ("texte", "text"),
    "co_col_lang": ("langue", "language"), "co_col_sentiment": ("ton", "tone"), "co_col_region": ("région", "region"),
    "co_col_participation": ("participation", "participation"), "co_col_topics": ("thèmes", "topics"),
    "co_col_dup_group": ("groupe", "group"), "co_col_url": ("lien", "link"),
}
