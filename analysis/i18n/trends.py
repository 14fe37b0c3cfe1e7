"""French and English strings of the Sentiment, Thèmes, Participation and Carte pages (merged into i18n)."""
from __future__ import annotations

from analysis import gazetteer

STRINGS = {
    # page titles
    "sentiment": ("Sentiment", "Sentiment"),
    "themes": ("Thèmes", "Topics"),
    "participation": ("Participation", "Participation"),
    "map": ("Carte", "Map"),
    # shared controls
    "freq": ("Pas de temps", "Time step"),
    "freq_D": ("jour", "day"),
    "freq_W": ("semaine", "week"),
    "events_shown": ("Événements affichés", "Events shown"),
    "events_key": ("principaux", "main ones"),
    "events_all": ("tous", "all"),
    "events_none": ("aucun", "none"),
    "panels_parties": ("Partis affichés (6 plus cités par défaut)", "Parties shown (6 most named by default)"),
    "panels_regions": ("Régions affichées (6 plus actives par défaut)", "Regions shown (6 most active by default)"),
    "no_data_chart": ("Pas assez de données pour ce graphique avec ces filtres.",
                      "Not enough data for this chart with these filters."),
    "open_posts_link": ("Ouvrir ces posts dans la page Posts (recherche, tri, export)",
                        "Open these posts on the Posts page (search, sort, export)"),
    "other_posts_hint": ("Sélection : {what}", "Selection: {what}"),
    # sentiment
    "tone_party_title": ("Ton net envers chaque parti (moyenne des phrases qui le nomment, −1 à +1)",
                         "Net tone toward each party (mean of the sentences naming it, −1 to +1)"),
    "tone_region_title": ("Ton net des posts par région (−1 à +1)", "Net tone of posts per region (−1 to +1)"),
    "tone_platform_title": ("Distribution du ton par plateforme (part des posts de chaque plateforme)",
                            "Tone distribution per platform (share of each platform's posts)"),
    "tone_party_note": ("Le ton envers un parti est celui des phrases qui le nomment, pas "
                        "le ton général du post. n = mentions notées.",
                        "Tone toward a party is that of the sentences naming it, not the "
                        "post's overall tone. n = scored mentions."),
    "tone": ("ton", "tone"),
    "tone_axis": ("ton net", "net tone"),
    "share_posts": ("part des posts", "share of posts"),
    "no_party_tone": ("Aucun ton envers un parti n'est disponible pour ces posts (aucun parti nommé, ou "
                      "sentiment pas encore annoté).",
                      "No tone toward a party is available for these posts (no party named, or sentiment "
                      "not annotated yet)."),
    # topics
    "topic_share_title": ("Part de chaque thème dans les mentions de thèmes (normalisée par période)",
                          "Share of each topic among topic mentions (normalised per period)"),
    "topic_party_title": ("Thèmes par parti (part dans la ligne)", "Topics by party (share within the row)"),
    "topic_region_title": ("Thèmes par région (part dans la ligne)", "Topics by region (share within the row)"),
    "discovered": ("Thèmes découverts automatiquement (NMF)", "Automatically discovered topics (NMF)"),
    "discover_button": ("Découvrir les thèmes de ces posts", "Discover the topics of these posts"),
    "discover_note": ("Calculé sur un échantillon de {n} posts au plus (graine fixe) ; les thèmes découverts ne "
                      "sont pas les thèmes de la taxonomie ci-dessus.",
                      "Computed on a sample of at most {n} posts (fixed seed); discovered topics are not the "
                      "taxonomy topics above."),
    "discover_missing": ("La découverte de thèmes n'est pas disponible dans cette installation.",
                         "Topic discovery is not available in this installation."),
    "discover_none": ("Trop peu de texte pour découvrir des thèmes.", "Too little text to discover topics."),
    "topic_col": ("Thème", "Topic"),
    "top_terms": ("Termes principaux", "Top terms"),
    "example_posts": ("Posts exemples", "Example posts"),
    "discovered_topic": ("Thème {i}", "Topic {i}"),
    "no_topics": ("Aucun thème de la taxonomie n'est repéré dans ces posts.",
                  "No taxonomy topic is found in these posts."),
    # participation
    "part_time_title": ("Messages de participation au fil de la campagne (posts par période)",
                        "Participation messaging over the campaign (posts per period)"),
    "part_normalise": ("En part des posts de la période", "As a share of the period's posts"),
    "balance_label": ("équilibre", "balance"),
    "balance_title": ("Équilibre appels au vote / appels au boycott par région",
                      "Call-to-vote / boycott balance per region"),
    "balance_note": ("(appels au vote − boycott) / (appels au vote + boycott) : +1 = uniquement des appels au vote, "
                     "−1 = uniquement du boycott.",
                     "(calls to vote − boycott) / (calls to vote + boycott): +1 = calls to vote only, "
                     "−1 = boycott only."),
    "turnout_title": ("Participation officielle 2020 (1er tour) et mobilisation en ligne par région",
                      "Official 2020 turnout (1st round) and online mobilisation per region"),
    "turnout_x": ("posts appelant au vote (% des posts de la région)",
                  "posts calling to vote (% of the region's posts)"),
    "turnout_y": ("participation officielle 1er tour (%)", "official 1st-round turnout (%)"),
    "turnout_caption": ("Ce graphique rapproche deux mesures sans les relier : les posts collectés ne sont pas un "
                        "échantillon des électeurs (Bamako et les comptes urbains y dominent), la région d'un post "
                        "est estimée, et neuf régions ne suffisent pas à établir une relation. Il peut montrer "
                        "où la "
                        "mobilisation en ligne et la participation divergent ; il ne peut pas montrer que l'une "
                        "cause l'autre. Source des taux : Cour constitutionnelle, 1er tour (voir gazetteer).",
                        "This chart sets two measures side by side without linking them: collected posts are not "
                        "a sample of voters (Bamako and urban accounts dominate), a post's region is estimated, "
                        "and nine regions cannot establish a relationship. It can show where online mobilisation "
                        "and turnout diverge; it cannot show that one causes the other. Turnout source: "
                        "Constitutional Court, 1st round (see gazetteer)."),
    "no_turnout": ("Pas de taux de participation officiel pour ces régions.",
                   "No official turnout for these regions."),
    # map
    "measure": ("Mesure", "Measure"),
    "level": ("Niveau", "Level"),
    "level_region": ("régions", "regions"),
    "level_cercle": ("cercles", "cercles"),
    "measure_volume": ("volume de posts", "post volume"),
    "measure_tone": ("ton moyen", "mean tone"),
    "measure_share": ("part « {cat} »", "share “{cat}”"),
    "zoom_bamako": ("Zoomer sur Bamako", "Zoom on Bamako"),
    "map_title": ("{measure} par {level}", "{measure} by {level}"),
    "map_note": ("Carte 2020 : Ménaka est compté dans Gao et Taoudénit dans Tombouctou. Posts sans lieu : {n}.",
                 "2020 map: Ménaka is counted in Gao and Taoudénit in Tombouctou. Posts without a place: {n}."),
    "map_credit": ("Limites : geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866), d'après DNCT/DNP Mali "
                   "et OCHA Mali, CC BY 4.0 ; régions fusionnées à partir des cercles.",
                   "Boundaries: geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866), from DNCT/DNP Mali "
                   "and UN OCHA Mali, CC BY 4.0; regions dissolved from the cercles."),
    "area_posts": ("Posts de la zone choisie", "Posts of the chosen area"),
    "pick_area": ("Ou choisir une zone", "Or pick an area"),
    "posts_label": ("posts", "posts"),
}

# Participation categories and taxonomy topics: short labels for legends and axes (data/gazetteer/labels.csv).
CATEGORY_LABELS = gazetteer.labels("category")
TOPIC_LABELS = gazetteer.labels("topic")


def label(table: dict, key: str, lang: str = "fr") -> str:
    pair = table.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]


def labels(table: dict, lang: str = "fr") -> dict[str, str]:
    return {k: label(table, k, lang) for k in table}
