"""The only Streamlit glue besides pages.

state (the loaded store, the language, t()), setup (page_setup: the prelude of every page), sidebar (filters bound
to the URL), widgets (charts with selection, plain-text post tables, the posts behind a selection), store_actions
(imports and the actors list written from the dashboard), coordination (cached coordination results),
warnings (cached claims, alerts and alert curves of the early-warning pages), validation (the corrected figures
under charts: note()), desk and validation_report (the Validation page).
Pages call these; the stages under analysis/ never import ui.
"""
from ui import coordination, desk, store_actions, validation, validation_report, warnings
from ui.setup import caption, empty_state, page_setup
from ui.state import DEFAULT_DB, Loaded, db_path, lang, load, loaded, t
from ui.widgets import POST_TABLE_COLUMNS, chart, display_names, posts_table, selected_points, show_selection

__all__ = ["DEFAULT_DB", "Loaded", "POST_TABLE_COLUMNS", "caption", "chart", "coordination", "db_path", "desk",
           "display_names", "empty_state", "lang", "load", "loaded", "page_setup", "posts_table", "selected_points",
           "show_selection", "store_actions", "t", "validation", "validation_report", "warnings"]
