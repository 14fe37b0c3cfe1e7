"""French and English strings of the Comparer les partis, Posts and Méthode pages (merged into i18n)."""
from __future__ import annotations

STRINGS = {
    # page titles
    "compare": ("Comparer les partis", "Compare parties"),
    "posts_page": ("Posts", "Posts"),
    "method": ("Méthode", "Method"),
    # comparison
    "pick_parties": ("Partis à comparer (2 à 4)", "Parties to compare (2 to 4)"),
    "pick_more": ("Choisissez au moins deux partis à comparer.", "Pick at least two parties to compare."),
    "no_party_named": ("Aucun parti n'est nommé dans ces posts.", "No party is named in these posts."),
    "party_filter_note": ("Le filtre « Partis » de la barre latérale choisit les partis comparés ; il ne "
                          "restreint pas les posts servant de dénominateur.",
                          "The sidebar “Parties” filter picks the parties compared; it does not restrict the "
                          "posts used as the denominator."),
    "sov_title": ("Part de voix par période", "Share of voice per period"),
    "sov_axis": ("part des posts de la période", "share of the period's posts"),
    "sov_note": ("Normalisation : part de voix = posts qui nomment le parti ÷ tous les posts de la période "
                 "(avec les filtres actifs) ; un post qui nomme deux partis compte pour chacun, les parts ne "
                 "somment donc pas à 100 %.",
                 "Normalisation: share of voice = posts naming the party ÷ all posts of the period (under the "
                 "active filters); a post naming two parties counts for each, so shares do not add up to 100%."),
    "tone_cmp_title": ("Ton des mentions de chaque parti (phrases qui le nomment)",
                       "Tone of each party's mentions (sentences naming it)"),
    "mean_tone_short": ("ton moyen", "mean tone"),
    "negative_word": ("négatif", "negative"),
    "positive_word": ("positif", "positive"),
    "neutral_word": ("neutre", "neutral"),
    "topic_mix_title": ("Thèmes des posts qui nomment chaque parti", "Topics of the posts naming each party"),
    "region_mix_title": ("Régions des posts qui nomment chaque parti", "Regions of the posts naming each party"),
    "mix_axis": ("part des posts du parti", "share of the party's posts"),
    "mix_note": ("Part = posts qui nomment le parti et ce thème (ou cette région) ÷ posts qui nomment le parti et "
                 "ont un thème (une région) ; un post peut avoir plusieurs thèmes.",
                 "Share = posts naming the party and this topic (or region) ÷ posts naming the party that have a "
                 "topic (a region); a post can have several topics."),
    "small_sample": ("n < 30", "n < 30"),
    "small_note": ("Barres hachurées, points creux et « n < 30 » : moins de 30 posts ou mentions — chiffre "
                   "fragile, à ne pas interpréter seul.",
                   "Hatched bars, hollow points and “n < 30”: fewer than 30 posts or mentions — a fragile "
                   "figure, not to be read on its own."),
    "accounts_for": ("Comptes les plus actifs pour le parti (liste des acteurs)",
                     "Most active accounts for the party (actors list)"),
    "accounts_about": ("Comptes qui parlent le plus du parti", "Accounts talking most about the party"),
    "accounts_for_note": ("« Pour » : comptes rattachés au parti dans la liste des acteurs. « À propos » : "
                          "comptes dont les posts nomment le parti. Les particuliers sont pseudonymisés.",
                          "“For”: accounts tied to the party in the actors list. “About”: accounts whose posts "
                          "name the party. Private individuals are pseudonymised."),
    "no_actor_posts": ("Aucun compte de la liste des acteurs n'est rattaché à ce parti dans ces posts.",
                       "No account of the actors list is tied to this party in these posts."),
    "open_in_posts": ("Ouvrir ces posts dans la page Posts (recherche, tri, export)",
                      "Open these posts in the Posts page (search, sort, export)"),
    "sum_party": ("parti", "party"),
    "sum_posts": ("posts qui le nomment", "posts naming it"),
    "sum_share": ("part de voix (période entière)", "share of voice (whole period)"),
    "sum_mentions": ("mentions notées", "scored mentions"),
    "sum_tone": ("ton moyen", "mean tone"),
    "sum_small": ("moins de 30 posts", "fewer than 30 posts"),
    "account": ("compte", "account"),
    "party": ("parti", "party"),
    "posts_col": ("posts", "posts"),
    "share_col": ("part", "share"),
    # posts page
    "posts_search": ("Rechercher dans ces posts", "Search these posts"),
    "sort_by": ("Trier par", "Sort by"),
    "sort_date": ("date", "date"),
    "sort_tone": ("ton", "tone"),
    "sort_likes": ("mentions j'aime", "likes"),
    "sort_shares": ("partages", "shares"),
    "order": ("Ordre", "Order"),
    "order_desc": ("décroissant", "descending"),
    "order_asc": ("croissant", "ascending"),
    "rows_shown": ("Lignes affichées", "Rows shown"),
    "tone_filter": ("Ton", "Tone"),
    "dup_only": ("Messages coordonnés seulement", "Coordinated posts only"),
    "dup_group_pick": ("Groupe coordonné", "Coordinated group"),
    "shown_of": ("{shown} posts affichés sur {total}", "{shown} posts shown of {total}"),
    "posts_note": ("Le texte des posts est affiché tel quel, en texte brut. Les auteurs particuliers apparaissent "
                   "sous un pseudonyme stable ; seuls les comptes publics de la liste des acteurs gardent leur nom. "
                   "L'export CSV contient exactement les lignes et colonnes affichées.",
                   "Post text is shown as is, in plain text. Private authors appear under a stable pseudonym; "
                   "only public accounts of the actors list keep their name. The CSV export holds exactly the "
                   "rows and columns shown."),
    "selection_from": ("Sélection venue d'un graphique : {what}", "Selection from a chart: {what}"),
    "clear_selection": ("Retirer la sélection", "Clear the selection"),
    "col_date": ("date", "date"), "col_author": ("auteur", "author"), "col_tone": ("ton", "tone"),
    "col_categories": ("catégories", "categories"), "col_dup": ("groupe coordonné", "coordinated group"),
    "col_likes": ("j'aime", "likes"), "col_shares": ("partages", "shares"),
    # method page
    "method_intro": ("Comment chaque annotation est calculée, sa qualité mesurée, d'où viennent les données et ce "
                     "qu'il faut garder en tête en lisant les graphiques.",
                     "How each annotation is computed, its measured quality, where the data comes from and what to "
                     "keep in mind when reading the charts."),
    "method_quality": ("Qualité mesurée", "Measured quality"),
    "method_sources": ("Sources des données et licences", "Data sources and licences"),
    "not_measured": ("Pas encore mesuré : ce document ({file}) n'existe pas encore dans cette installation.",
                     "Not measured yet: this document ({file}) does not exist in this installation yet."),
    "method_sentiment": ("Langue et ton", "Language and tone"),
    "method_attribution": ("Partis, régions, participation, thèmes", "Parties, regions, participation, topics"),
    "method_coordination": ("Campagnes coordonnées", "Coordinated campaigns"),
    "method_importers": ("Imports", "Imports"),
    "method_corpus": ("Corpus chargé", "Loaded corpus"),
    "annotated_share": ("Posts annotés", "Annotated posts"),
}
