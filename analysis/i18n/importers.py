"""French and English strings of the "Données" page (merged into analysis.i18n at import time)."""
from __future__ import annotations

STRINGS = {
    "data_page": ("Données", "Data"),
    "imp_upload": ("Importer des exports", "Import exports"),
    "imp_help": ("CrowdTangle (CSV), X/Twitter (JSON, JSONL), Telegram (result.json), WhatsApp (.txt ou .zip), "
                 "CSV/TSV/JSONL/Parquet aux colonnes canoniques. Le format est reconnu d'après le contenu.",
                 "CrowdTangle (CSV), X/Twitter (JSON, JSONL), Telegram (result.json), WhatsApp (.txt or .zip), "
                 "CSV/TSV/JSONL/Parquet with canonical columns. The format is recognised from the content."),
    "imp_files": ("Fichiers à importer", "Files to import"),
    "imp_format": ("Format", "Format"),
    "imp_auto": ("Détection automatique", "Automatic detection"),
    "imp_mapping": ("Correspondance des colonnes (facultatif), ex. text=message,created_at=date",
                    "Column mapping (optional), e.g. text=message,created_at=date"),
    "imp_too_big": ("{name} : fichier trop volumineux ({size} Mo, limite {limit} Mo).",
                    "{name}: file too large ({size} MB, limit {limit} MB)."),
    "imp_detected": ("{name} : format {fmt}, encodage {enc}", "{name}: format {fmt}, encoding {enc}"),
    "imp_preview_rejected": ("Premières lignes rejetées", "First rejected rows"),
    "imp_button": ("Importer dans la base", "Import into the store"),
    "imp_progress": ("{file} : {rows} lignes lues", "{file}: {rows} rows read"),
    "imp_done": ("Import terminé.", "Import finished."),
    "imp_read": ("Lues", "Read"),
    "imp_accepted": ("Acceptées", "Accepted"),
    "imp_duplicates": ("Doublons", "Duplicates"),
    "imp_rejected": ("Rejetées", "Rejected"),
    "imp_rejected_rows": ("Lignes rejetées (fichier, ligne, raison)", "Rejected rows (file, line, reason)"),
    "imp_download_rejected": ("Télécharger les lignes rejetées (CSV)", "Download the rejected rows (CSV)"),
    "imp_history": ("Historique des imports", "Import history"),
    "imp_no_history": ("Aucun import pour l'instant.", "No import yet."),
    "imp_actors": ("Liste des acteurs", "Actors list"),
    "imp_actors_help": ("CSV : compte (id ou @pseudo) ou nom, parti, camp, type (page de parti, candidat, média, "
                        "société civile, citoyen), région. Les acteurs listés restent nommés dans les tableaux.",
                        "CSV: account (id or @handle) or name, party, camp, type (party page, candidate, media, "
                        "civil society, citizen), region. Listed actors stay named in tables."),
    "imp_actors_file": ("Fichier des acteurs (CSV, TSV ou TXT)", "Actors file (CSV, TSV or TXT)"),
    "imp_actors_button": ("Enregistrer les acteurs", "Save the actors"),
    "imp_actors_saved": ("{n} acteurs enregistrés.", "{n} actors saved."),
    "imp_no_store": ("Pas encore de base : importez vos exports ci-dessous, ou construisez le corpus de "
                     "démonstration depuis la page d'accueil.",
                     "No store yet: import your exports below, or build the demo corpus from the home page."),
}
