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


def digest(files) -> str:
    """Short digest of data files' bytes: part of an analyser's version, so an edit re-annotates."""
    import hashlib
    sha = hashlib.sha1()
    for path in files:
        sha.update(Path(path).name.encode())
        sha.update(Path(path).read_bytes())
    return sha.hexdigest()[:10]
