"""Column headers of the tables shown (ui.tables.header reads col_<column>): the canonical columns not named
elsewhere, the import preview and its rejected rows, the actors list, and the counts of the aggregate tables."""

STRINGS = {
    "col_comments": ("Commentaires", "Comments"), "col_views": ("Vues", "Views"),
    "col_is_repost": ("Repartage", "Repost"), "col_reply_to_id": ("En réponse à", "Reply to"),
    "col_author_location": ("Lieu déclaré", "Stated location"), "col_post_id": ("Identifiant du post", "Post id"),
    "col_author_id": ("Identifiant du compte", "Account id"), "col_lat": ("Latitude", "Latitude"),
    "col_lon": ("Longitude", "Longitude"),
    "col_line": ("Ligne", "Line"), "col_reason": ("Motif du rejet", "Why rejected"),
    "col_raw": ("Ligne lue", "Row read"),
    "col_name": ("Nom", "Name"), "col_camp": ("Camp", "Camp"), "col_actor_type": ("Type d'acteur", "Actor type"),
    "col_posts": ("Posts", "Posts"), "col_share": ("Part des posts", "Share of posts"),
    "col_topic": ("Thème", "Topic"), "col_label": ("Libellé", "Label"),
    "val_pair": ("Paire d'annotateurs", "Pair of annotators"),
}
