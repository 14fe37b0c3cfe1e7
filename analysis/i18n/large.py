"""Strings of the large-store mode: pages served from the aggregates, without loading every post."""
STRINGS = {
    "large_searching": ("Recherche dans le texte de chaque post, puis comptes des posts trouvés…",
                        "Searching every post's text, then counting the posts found…"),
    "large_no_report": (
        "Rapport indisponible sur un magasin de plus de {limit} posts : il lit chaque post. Exportez une "
        "période plus courte dans un nouveau magasin pour le produire.",
        "Report unavailable on a store above {limit} posts: it reads every post. Export a shorter period "
        "into a smaller store to produce it."),
    "large_unvalidated": (
        "Chiffre non corrigé : sur un magasin de cette taille, la correction par les posts validés n'est pas "
        "calculée sous les graphiques (voir la page Validation d'un magasin exporté).",
        "Uncorrected figure: on a store this size, the correction by validated posts is not computed under the "
        "charts (see the Validation page of an exported store)."),
    "large_tone_selection": (
        "Sur un magasin de cette taille, les posts d'une bande de ton vers un parti ne sont pas listés (le ton "
        "par parti n'est pas parmi les clés des posts) : cliquez sur la part de voix pour lire les posts qui "
        "nomment ce parti.",
        "On a store this size, the posts of one tone band toward a party are not listed (the tone per party is "
        "not among the posts' keys): click the share of voice to read the posts naming that party."),
    "large_accounts_toggle": ("Calculer les comptes les plus actifs", "Compute the most active accounts"),
    "large_accounts_help": (
        "Sur un magasin de cette taille, les comptes se comptent en relisant chaque post des filtres (quelques "
        "secondes) : ils sont calculés à la demande, puis gardés pour ces filtres.",
        "On a store this size, accounts are counted by reading every post of the filters again (a few seconds): "
        "they are computed on request, then kept for these filters."),
    "large_co_settings": (
        "Sur un magasin de cette taille, les groupes sont ceux que `annotate` a enregistrés, avec ces réglages "
        "par défaut : les changer demanderait de comparer à nouveau chaque post.",
        "On a store this size, the groups are those `annotate` stored, with these default settings: changing "
        "them would mean comparing every post again."),
    "large_alert_posts": (
        "Sur un magasin de cette taille, les posts ne sont pas chargés : le lien ouvre la page Posts sur les jours, "
        "la plateforme et la région de l'alerte.",
        "On a store this size the posts are not loaded: the link opens the Posts page on the alert's days, "
        "platform and region."),
    "large_user_claim": (
        "Sur un magasin de cette taille, seules les rumeurs enregistrées par `python -m analysis claims` sont "
        "montrées : en définir une par mots-clés ou par un post relirait le texte de chaque post.",
        "On a store this size, only the claims saved by `python -m analysis claims` are shown: defining one by "
        "keywords or a seed post would read the text of every post again."),
    "large_page_of": ("Page {page} sur {pages} · {n} posts", "Page {page} of {pages} · {n} posts"),
    "large_search_posts_only": (
        "Sur un magasin de cette taille, les alertes ne tiennent pas compte de la recherche de texte : elles "
        "comptent tous les posts des autres filtres (la recherche s'applique aux autres pages).",
        "On a store this size, the alerts do not take the text search into account: they count every post of "
        "the other filters (the search applies on the other pages)."),
    "large_section_unavailable": (
        "Cette partie lit le texte de chaque post : elle n'est pas calculée sur un magasin de cette taille "
        "(exportez une période dans un magasin plus petit pour l'utiliser).",
        "This part reads the text of every post: it is not computed on a store this size (export a period "
        "into a smaller store to use it)."),
    "large_page_number": ("Page", "Page"),
}
