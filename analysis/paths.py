"""Where Vigie's shipped data live: the one place that knows the data folder."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
LEXICONS = DATA / "lexicons"
GAZETTEER = DATA / "gazetteer"
MAPS = DATA / "maps"
NLTK = DATA / "nltk_data"
DOCS = ROOT / "docs"
