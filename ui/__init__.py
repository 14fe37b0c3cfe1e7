"""The only Streamlit glue besides pages.

state (the loaded store, the language, t()), setup (page_setup: the prelude of every page), sidebar (filters bound
to the URL), widgets (charts with selection, plain-text post tables, the posts behind a selection), store_actions
(imports and the actors list written from the dashboard), tables (tables in people's words: headers, French
numbers), french_widgets (Streamlit's own widget texts in French), coordination (cached coordination results), auth
(login and role checks: gate, allowed, require), served (charts from the store's aggregates), jobs (background
imports and annotation), report (the report
button), admin (audit trail), navigation (the page list and the home page named Accueil), timing (VIGIE_TIMING),
warnings (cached claims, alerts and alert curves of the early-warning pages), validation (the corrected figures
under charts: note()), desk and validation_report (the Validation page).
Pages call these; the stages under analysis/ never import ui.
"""
from ui import (admin, auth, coordination, desk, jobs, large, large_posts, navigation, report, served, store_actions,
                tables, timing, validation, validation_report, warnings)
from ui.setup import caption, empty_state, navigation_run, nothing_to_draw, page_setup, page_start
from ui.state import DEFAULT_DB, Loaded, db_path, lang, load, loaded, t
from ui.widgets import (POST_TABLE_COLUMNS, chart, display_names, download_csv, event_key, localised,
                        posts_table, selected_points, show_selection, shown_to_role)

__all__ = ["DEFAULT_DB", "Loaded", "POST_TABLE_COLUMNS", "admin", "auth", "caption", "chart", "coordination",
           "db_path", "desk", "display_names", "download_csv", "empty_state", "event_key",
           "jobs", "lang", "large", "large_posts", "load", "loaded", "localised", "navigation", "navigation_run", "nothing_to_draw", "page_setup", "page_start",
           "posts_table", "report", "selected_points", "served", "show_selection", "shown_to_role", "store_actions",
           "t", "tables", "timing", "validation", "validation_report", "warnings"]
