"""All user-facing strings, French first with English; ui.t() and Filters.describe() read them here."""
from __future__ import annotations

STRINGS = {
    "app_title": ("Vigie — discours électoral en ligne", "Vigie — online election discourse"),
    "demo_banner": ("Données de démonstration synthétiques : aucun de ces posts n'est réel.",
                    "Synthetic demo data: none of these posts is real."),
    "no_store": ("Aucune base de données n'a encore été créée ({path}).", "No data store yet ({path})."),
    "build_demo": ("Construire le corpus de démonstration", "Build the demo corpus"),
    "building_demo": ("Construction du corpus de démonstration…", "Building the demo corpus…"),
    "store_locked": ("La base est occupée par un autre programme (import ou annotation en cours). Réessayez dans un moment.",
                     "The store is busy (an import or annotation is running). Try again shortly."),
    "filters": ("Filtres", "Filters"),
    "period": ("Période", "Period"),
    "preset": ("Préréglage", "Preset"),
    "preset_all": ("Toute la période", "Whole period"),
    "preset_r1": ("1er tour (campagne et vote)", "1st round (campaign and vote)"),
    "preset_r2": ("2nd tour (campagne et vote)", "2nd round (campaign and vote)"),
    "preset_after": ("Après les résultats", "After the results"),
    "platforms": ("Plateformes", "Platforms"),
    "parties": ("Partis", "Parties"),
    "regions": ("Régions", "Regions"),
    "langs": ("Langues", "Languages"),
    "search": ("Recherche dans le texte", "Text search"),
    "all": ("toutes", "all"),
    "choose": ("Choisir…", "Choose…"),
    "posts_n": ("{n} posts", "{n} posts"),
    "from_to": ("du {a} au {b}", "from {a} to {b}"),
    "empty": ("Aucun post ne correspond à ces filtres. Élargissez la période ou retirez un filtre.",
              "No post matches these filters. Widen the period or remove a filter."),
    "download_csv": ("Télécharger les données (CSV)", "Download the data (CSV)"),
    "interface_lang": ("Langue de l'interface", "Interface language"),
    "overview": ("Vue d'ensemble", "Overview"),
    "posts_per_day": ("Posts par jour", "Posts per day"),
    "split_by": ("Répartir par", "Split by"),
    "platform": ("plateforme", "platform"),
    "lang": ("langue", "language"),
    "top_accounts": ("Comptes les plus actifs", "Most active accounts"),
    "n_posts": ("Posts", "Posts"),
    "n_accounts": ("Comptes", "Accounts"),
    "span": ("Période couverte", "Date span"),
    "mean_tone": ("Ton moyen", "Mean tone"),
    "selection_posts": ("Posts derrière la sélection", "Posts behind the selection"),
    "click_hint": ("Cliquez sur un point ou une barre pour voir les posts correspondants.",
                   "Click a point or bar to see the posts behind it."),
    "imports": ("Imports", "Imports"),
    "loaded": ("Données chargées", "Loaded data"),
    "pages": ("Pages", "Pages"),
    "caption": ("Filtres : {filters} · n = {n}", "Filters: {filters} · n = {n}"),
    "no_filter": ("aucun filtre", "no filter"),
    "events": ("Événements de campagne", "Campaign events"),
    "col_created_at": ("date (UTC)", "date (UTC)"), "col_platform": ("plateforme", "platform"),
    "col_author_name": ("compte", "account"), "col_text": ("texte", "text"), "col_lang": ("langue", "language"),
    "col_sentiment": ("ton", "tone"), "col_parties": ("partis", "parties"), "col_region": ("région", "region"),
    "col_participation": ("participation", "participation"), "col_topics": ("thèmes", "topics"),
    "col_dup_group": ("groupe coordonné", "coordinated group"), "col_url": ("lien", "link"),
    "not_annotated": ("Les posts ne sont pas encore annotés : lancez `python -m analysis annotate`.",
                      "Posts are not annotated yet: run `python -m analysis annotate`."),
}
LANGS = ("fr", "en")


def t(key: str, lang: str = "fr", **kwargs) -> str:
    """The string for key in lang ('fr' or 'en'); unknown keys come back as themselves."""
    pair = STRINGS.get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**kwargs) if kwargs else text


PLATFORM_LABELS = {"facebook": "Facebook", "twitter": "X/Twitter", "telegram": "Telegram", "whatsapp": "WhatsApp",
                   "instagram": "Instagram", "news": "Commentaires d'articles", "web": "Web", "other": "Autre"}
PLATFORM_LABELS_EN = {**PLATFORM_LABELS, "news": "News comments", "other": "Other"}


def platform_label(code: str, lang: str = "fr") -> str:
    return (PLATFORM_LABELS_EN if lang == "en" else PLATFORM_LABELS).get(code, code)
LANG_LABELS = {"fr": ("français", "French"), "bm": ("bambara", "Bambara"), "en": ("anglais", "English"),
               "ar": ("arabe", "Arabic"), "mixed": ("français-bambara", "French-Bambara"),
               "und": ("indéterminée", "undetermined"), "": ("non annotée", "not annotated")}


def lang_label(code: str, lang: str = "fr") -> str:
    pair = LANG_LABELS.get(code, (code, code))
    return pair[1] if lang == "en" else pair[0]
