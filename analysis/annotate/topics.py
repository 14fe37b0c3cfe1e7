"""Campaign topics: a curated taxonomy matched with the shared engine, and NMF topic discovery.

`discover` finds themes nobody listed: NMF over TF-IDF of the posts of a period, reproducible
for a seed; each theme comes with its top terms and its most representative posts.
"""
from __future__ import annotations

from datetime import timedelta
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import gazetteer
from analysis.annotate import matcher
from analysis.annotate import participation
from analysis.text import normalize

STOPWORDS_PATH = gazetteer.GAZETTEER_DIR / "stopwords_fr.txt"
# campaign periods of the calendar (start inclusive, end exclusive), usable as `period=` by name
PERIODS = {name: (str(start), str(end + timedelta(days=1))) for name, (start, end) in gazetteer.periods().items()}


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, str]:
    """topic id -> French label, in the order of the shipped terms (labels: gazetteer.labels)."""
    names = gazetteer.labels("topic")
    out: dict[str, str] = {}
    for line, row in enumerate(gazetteer.read_csv("topics.csv", ("term", "topic")), start=2):
        if row["topic"] not in names:
            raise ValueError(f"{gazetteer.GAZETTEER_DIR / 'topics.csv'}:{line}: topic {row['topic']!r} has no label "
                             "in labels.csv")
        out.setdefault(row["topic"], names[row["topic"]][0])
    return out


# participation messaging that also makes a campaign topic
FROM_PARTICIPATION = {"fraud_allegation": "electoral_fraud", "vote_buying": "electoral_fraud",
                      "security_threat": "security", "health_covid": "covid_health"}
_CISSE_TERMS = frozenset({"soumaila cisse", "soumaila", "soumi", "chef de file de l opposition", "soumi champion"})


def _cisse_abduction(scan: matcher.Scan, found: set) -> bool:
    """The URD leader named together with a security event or a call for his release."""
    named = any(h.term in _CISSE_TERMS for h in scan.fields.get("party", []))
    return named and ("security" in found or any(w.startswith(("liber", "otage")) for w in scan.context.words))


@lru_cache(maxsize=1)
def _order() -> dict[str, int]:
    return {topic: i for i, topic in enumerate(taxonomy())}


def from_scan(scan: matcher.Scan, participation_found=None) -> tuple[str, ...]:
    """Topics of a scanned text, in the taxonomy's order."""
    if not scan.fields:
        return ()
    found = {h.value for h in scan.prefixed("topic:")}
    if participation_found is None:
        participation_found = participation.from_scan(scan)
    found.update(FROM_PARTICIPATION[c] for c in participation_found if c in FROM_PARTICIPATION)
    if "party" in scan.fields and _cisse_abduction(scan, found):
        found.add("cisse_abduction")
    if not found:
        return ()
    order = _order()
    return tuple(sorted((t for t in found if t in order), key=order.__getitem__))


def topics(text) -> tuple[str, ...]:
    return from_scan(matcher.scan(text))


@lru_cache(maxsize=1)
def stopwords() -> frozenset:
    words = Path(STOPWORDS_PATH).read_text(encoding="utf-8").split()
    return frozenset(normalize(w) for w in words if not w.startswith("#"))


def _period_posts(posts: pd.DataFrame, period) -> pd.DataFrame:
    if period is None or "created_at" not in posts.columns:
        return posts
    if isinstance(period, str):
        if period not in PERIODS:
            raise ValueError(f"unknown period {period!r}; known: {', '.join(PERIODS)}")
        period = PERIODS[period]
    start, end = (pd.Timestamp(p, tz="UTC") if pd.Timestamp(p).tzinfo is None else pd.Timestamp(p) for p in period)
    created = pd.to_datetime(posts["created_at"], utc=True)
    return posts[(created >= start) & (created < end)]


def discover(posts: pd.DataFrame, n_topics: int = 8, period=None, seed: int = 0, n_terms: int = 10,
             n_examples: int = 3) -> list[dict]:
    """NMF themes of the posts (optionally those with period[0] <= created_at < period[1], or a PERIODS name).

    Returns [{topic, top_terms, example_post_ids, weight}], heaviest first; [] when there is too little text.
    """
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    frame = _period_posts(posts, period)
    frame = frame.drop_duplicates("text")
    texts = frame["text"].map(normalize)
    keep = texts.str.len() > 0
    frame, texts = frame[keep], texts[keep]
    if len(frame) < max(2, n_topics):
        return []
    vectorizer = TfidfVectorizer(stop_words=sorted(stopwords()), min_df=2, max_df=0.5, max_features=20000,
                                 ngram_range=(1, 2), token_pattern=r"(?u)\b[a-z][a-z]{2,}\b")
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:          # empty vocabulary after pruning
        return []
    k = min(n_topics, matrix.shape[1], matrix.shape[0])
    model = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=300)
    weights = model.fit_transform(matrix)
    return _describe(model.components_, weights, vectorizer.get_feature_names_out(), frame["post_id"].to_numpy(),
                     n_terms, n_examples)


def _describe(components, weights, terms, post_ids, n_terms: int, n_examples: int) -> list[dict]:
    out = []
    for i, row in enumerate(components):
        top = [str(terms[j]) for j in np.argsort(row)[::-1][:n_terms] if row[j] > 0]
        examples = [str(post_ids[j]) for j in np.argsort(weights[:, i])[::-1][:n_examples] if weights[j, i] > 0]
        out.append({"topic": i, "top_terms": top, "example_post_ids": examples,
                    "weight": float(weights[:, i].sum())})
    out.sort(key=lambda d: -d["weight"])
    for rank, item in enumerate(out):
        item["topic"] = rank
    return out
