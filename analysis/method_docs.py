"""Documents behind the Méthode page: the project's own Markdown texts, picked by interface language,
and a short summary of the loaded corpus."""
from __future__ import annotations

from pathlib import Path

import pandas as pd


def read_doc(folder: Path, name: str, lang: str = "fr") -> str | None:
    """Text of folder/name, or of its English twin (name.en.md) when lang is 'en' and it exists; None if absent."""
    path = Path(folder) / name
    if lang == "en":
        twin = path.with_name(path.stem + ".en.md")
        if twin.exists():
            path = twin
    if not path.exists():
        return None
    return path.read_text(encoding="utf-8")


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def data_readmes(folder: Path) -> list[tuple[str, str]]:
    """(file name, text) of data/README.md and of every data/README.<part>.md not yet merged into it.

    A part counts as merged when its first non-empty line (its heading) already appears in README.md.
    """
    folder = Path(folder)
    main = folder / "README.md"
    merged = main.read_text(encoding="utf-8") if main.exists() else ""
    out = [("data/README.md", merged)] if merged else []
    for part in sorted(folder.glob("README.*.md")):
        text = part.read_text(encoding="utf-8")
        if text.strip() and _first_line(text) not in merged:
            out.append((f"data/{part.name}", text))
    return out


def corpus_summary(posts: pd.DataFrame) -> dict:
    """posts, annotated (share of posts with a language or a tone)."""
    if posts.empty:
        return {"posts": 0, "annotated": 0.0}
    lang = posts["lang"].astype(str) if "lang" in posts else pd.Series("", index=posts.index)
    tone = posts["sentiment"].notna() if "sentiment" in posts else pd.Series(False, index=posts.index)
    done = ((lang != "") | tone).to_numpy()
    return {"posts": int(len(posts)), "annotated": float(done.mean())}
