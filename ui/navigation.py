"""The page list: the home page named "Accueil", then every file of pages/ the signed-in role may open.

Pages keep the URL Streamlit gives a pages/ file (its name without the number, e.g. /Vue_d_ensemble). A page
the role may not use is left out of the list, so it is neither shown nor reachable.
"""
from __future__ import annotations

import re
from pathlib import Path

import streamlit as st

from ui import auth
from ui.state import t

PAGES_DIR = Path(__file__).resolve().parent.parent / "pages"
APP_PY = PAGES_DIR.parent / "app.py"
# page file -> (title key, key of the one line saying what the page answers); other pages keep their file name
PAGE_INFO = {
    "0_Données.py": ("data_page", "home_q_data"),
    "1_Vue_d_ensemble.py": ("overview", "home_q_overview"),
    "2_Sentiment.py": ("sentiment", "home_q_sentiment"),
    "3_Thèmes.py": ("themes", "home_q_themes"),
    "4_Participation.py": ("participation", "home_q_participation"),
    "5_Comparer_les_partis.py": ("compare", "home_q_compare"),
    "6_Carte.py": ("map", "home_q_map"),
    "7_Posts.py": ("posts_page", "home_q_posts"),
    "8_Coordination.py": ("coordination", "home_q_coordination"),
    "10_Validation.py": ("validation", "home_q_validation"),
    "11_Climat.py": ("page_climat", "home_q_climat"),
    "12_Rumeurs.py": ("page_rumeurs", "home_q_rumeurs"),
    "13_Alertes.py": ("page_alertes", "home_q_alertes"),
    "14_Méthode.py": ("method", "home_q_method"),
}


def _number(path: Path) -> int:
    found = re.match(r"(\d+)_", path.name)
    return int(found.group(1)) if found else 10**6


def page_files(everything: bool = False) -> list[Path]:
    """pages/*.py in their number order (10_ after 9_): those the signed-in role may open, or all of them."""
    files = sorted(PAGES_DIR.glob("*.py"), key=lambda p: (_number(p), p.name))
    return [p for p in files if everything or auth.page_allowed(p.name)]


def title(path: Path) -> str | None:
    info = PAGE_INFO.get(path.name)
    return t(info[0]) if info else None


def question(path: Path) -> str | None:
    info = PAGE_INFO.get(path.name)
    return t(info[1]) if info else None


def pages(home, everything: bool = False) -> list:
    """st.Page objects: the home page (a function of app.py) first, at the root URL."""
    listed = [st.Page(home, title=t("home"), icon=":material/home:", default=True)]
    for path in page_files(everything):
        listed.append(st.Page(f"pages/{path.name}", title=title(path)))
    return listed


def every_page() -> list:
    """The page list declared by a page that Streamlit ran without app.py (absolute paths: the running script
    may be the page itself). Its pages keep their URLs, so the run that follows, through app.py, opens the
    same page; the list app.py then declares (the role's pages) replaces this one."""
    listed = [st.Page(APP_PY, title=t("home"), icon=":material/home:", default=True)]
    return listed + [st.Page(path, title=title(path)) for path in page_files(everything=True)]
