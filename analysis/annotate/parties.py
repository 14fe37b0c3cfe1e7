"""Parties: which parties a post talks about, the author's party, and the tone toward each party.

Parties are found by acronym, full name, nickname and emblem, leader or well-known candidate,
hashtag; coalitions and movements (EPM, M5-RFP, FSD...) keep their own acronym and are never
expanded into member parties. Ambiguous aliases carry a context rule (analysis/rules.py).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from analysis import gazetteer
from analysis.annotate import matcher
from analysis.text import account_codes, account_key
from analysis.text import normalize


@lru_cache(maxsize=1)
def catalogue() -> pd.DataFrame:
    """acronym, name, type (party, coalition, movement, independents), camp, colour, leader (gazetteer.parties)."""
    return pd.DataFrame(list(gazetteer.parties()))


def from_scan(scan: matcher.Scan) -> tuple[str, ...]:
    """Acronyms in order of first mention."""
    return tuple(dict.fromkeys(scan.values("party")))


def parties(text) -> tuple[str, ...]:
    return from_scan(matcher.scan(text))


def terms_by_party(scan: matcher.Scan) -> dict[str, set[str]]:
    """The normalised terms that named each party in this post (to find the sentences naming it)."""
    out: dict[str, set[str]] = {}
    for hit in scan.fields.get("party", []):
        out.setdefault(hit.value, set()).add(hit.term)
    return out


def tone(scan: matcher.Scan, sentence_scores) -> dict[str, float]:
    """party -> mean sentiment of the sentences naming it.

    sentence_scores: list of (sentence, score) for the post. A party named only across a sentence
    boundary the splitter did not see gets the mean of all sentences.
    """
    terms = terms_by_party(scan)
    if not terms:
        return {}
    padded = [(f" {normalize(s)} ", float(v)) for s, v in sentence_scores]
    overall = float(np.mean([v for _, v in padded])) if padded else float("nan")
    out = {}
    for party, names in terms.items():
        scores = [v for s, v in padded if any(f" {n} " in s for n in names)]
        if scores or padded:
            out[party] = float(np.mean(scores)) if scores else overall
    return out


def author_party(posts: pd.DataFrame, actors: pd.DataFrame | None) -> pd.Series:
    """Party of each post's author from the actors list (account -> party), "" when unknown."""
    if actors is None or actors.empty or "party" not in actors.columns or "author_id" not in posts.columns:
        return pd.Series("", index=posts.index, dtype=object)
    codes, keys = account_codes(posts["author_id"])
    return pd.Series(author_parties(keys, actors)[codes], index=posts.index, dtype=object)


def author_parties(keys: np.ndarray, actors: pd.DataFrame | None) -> np.ndarray:
    """Party of each distinct account key (text.account_codes) from the actors list, "" when unknown."""
    if actors is None or actors.empty or "party" not in actors.columns:
        return np.full(len(keys), "", dtype=object)
    table = actors.dropna(subset=["account", "party"]).copy()
    table["key"] = table["account"].map(account_key)
    table["party"] = table["party"].map(canonical_party)
    listed = table[table["party"] != ""].drop_duplicates("key")
    by_key = dict(zip(listed["key"], listed["party"]))
    return np.array([by_key.get(k, "") for k in keys], dtype=object)


@lru_cache(maxsize=4096)
def canonical_party(value) -> str:
    """An actors-list party cell ('Adéma', 'URD ') -> canonical acronym; kept as written when unknown."""
    if not isinstance(value, str) or not value.strip():
        return ""
    found = matcher.scan(value, relaxed=True).values("party")
    return found[0] if found else value.strip()
