"""What the lexicons and rules already know, as dense columns next to the learner's n-grams.

Each cue set is a function Batch -> array (n x k) registered under a name (a Batch holds the texts
and the tone analyser's scores and Readings, computed once for the cues and the word n-grams); each field lists the
cue sets its model reads, and a trained model records their names, so loading it later finds the
same ones (an unknown name is an error, never a silent zero). Another analyser adds its own:
`register("hostility_lexicon", fn, fields=("hostility",))`.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Callable

import numpy as np

from analysis import sentiment
from analysis.annotate import language


@dataclass(frozen=True)
class Batch:
    texts: list[str]
    tone_scores: np.ndarray     # the shipped tone analyser's score of each text
    readings: list              # its lexicon layer's Reading of each text (tokens included)


def batch(texts: list[str], scored=None) -> Batch:
    """`scored`: sentiment.score_readings(texts) when the caller already has it (one lexicon pass for
    several models)."""
    scores, readings = sentiment.score_readings(texts) if scored is None else scored
    if len(scores) != len(texts) or len(readings) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(scores)} scores and {len(readings)} readings")
    return Batch(texts, np.asarray(scores, dtype=float), list(readings))


CueSet = Callable[[Batch], np.ndarray]
_SETS: dict[str, CueSet] = {}
FIELD_CUES: dict[str, list[str]] = {"tone": [], "hostility": [], "participation": []}


def register(name: str, cue_set: CueSet, fields=()) -> None:
    """Make `cue_set` available under `name` and read by the models of `fields`."""
    _SETS[name] = cue_set
    for field in fields:
        if name not in FIELD_CUES.setdefault(field, []):
            FIELD_CUES[field].append(name)


def names_for(field: str) -> tuple[str, ...]:
    if field not in FIELD_CUES:
        raise ValueError(f"unknown field {field!r} (known: {', '.join(sorted(FIELD_CUES))})")
    return tuple(FIELD_CUES[field])


def compute(names, posts: Batch) -> np.ndarray:
    """The columns of every named cue set, side by side (n x total)."""
    missing = [n for n in names if n not in _SETS]
    if missing:
        raise ValueError(f"cue set(s) not registered: {', '.join(missing)}")
    n = len(posts.texts)
    parts = [_as_columns(_SETS[name](posts), n, name) for name in names]
    return np.hstack(parts) if parts else np.zeros((n, 0))


def _as_columns(values, n: int, name: str) -> np.ndarray:
    """A cue set's values as n rows (a flat array is one column; zero posts keep the set's width)."""
    values = np.asarray(values, dtype=float)
    columns = values.reshape(-1, 1) if values.ndim == 1 else values
    if columns.ndim != 2 or len(columns) != n:
        raise ValueError(f"cue set {name!r} gave shape {values.shape} for {n} posts")
    return columns


def tone_cues(posts: Batch) -> np.ndarray:
    """The shipped tone score and what the lexicon layer measured (sums, hits, negations, emojis)."""
    readings, n = posts.readings, len(posts.texts)
    out = np.empty((n, 9))
    out[:, 0] = posts.tone_scores
    for column, name in enumerate(_READING_CUES, start=1):
        out[:, column] = np.fromiter(map(attrgetter(name), readings), dtype=float, count=n)
    out[:, 8] = out[:, 4] == 0
    return out


_READING_CUES = ("compound", "positive", "negative", "hits", "negations", "emoji_pos", "emoji_neg")


def bambara_cues(posts: Batch) -> np.ndarray:
    """How Bambara the post is: share of its words in the Bambara word list."""
    known = _bambara_memo
    out = np.zeros((len(posts.texts), 1))
    for i, reading in enumerate(posts.readings):
        words = reading.words
        if words:
            found = [known[w] if w in known else _is_bambara(w) for w in words]
            out[i, 0] = sum(found) / len(words)
    return out


_BAMBARA_MEMO = 200_000          # tokens remembered (as typed); past it, they are looked up each time
_bambara_memo: dict[str, bool] = {}


def _is_bambara(token: str) -> bool:
    found = token.lower() in language.table()["bm"]
    if len(_bambara_memo) < _BAMBARA_MEMO:
        _bambara_memo[token] = found
    return found


register("tone", tone_cues, fields=("tone", "hostility", "participation"))
register("bambara", bambara_cues, fields=("tone", "hostility"))
