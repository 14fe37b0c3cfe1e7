"""The posts prepared once for claim tracking: normalised texts, markers, times, accounts, content words."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.claims import markers
from analysis.claims.words import WordSets
from analysis.coordination.normalise import normalise_many

REQUIRED = ("post_id", "text", "created_at", "author_id", "platform")


@dataclass
class Prepared:
    posts: pd.DataFrame          # the posts, positional index 0..n-1
    code: np.ndarray             # distinct normalised text of each post
    seconds: np.ndarray          # epoch seconds of each post
    account: np.ndarray          # account code of each post
    rumour: np.ndarray           # post carries a rumour marker (and no rebuttal marker)
    rebuttal: np.ndarray         # post carries a rebuttal marker
    words: WordSets              # content words per distinct text

    def sets(self, rows: np.ndarray) -> list[frozenset[str]]:
        return self.words.many(self.code[rows])


def prepare(posts: pd.DataFrame) -> Prepared:
    """Normalise each distinct text once and flag the markers (vectorised over the whole corpus)."""
    missing = [c for c in REQUIRED if c not in posts.columns]
    if missing:
        raise ValueError(f"claims: missing column(s) {', '.join(missing)}")
    frame = posts.reset_index(drop=True)
    times = pd.to_datetime(frame["created_at"], utc=True)
    if times.isna().any():
        raise ValueError(f"claims: {int(times.isna().sum())} post(s) without created_at")
    code, unique = normalise_many(frame["text"])
    rumour, rebuttal = markers.flags(unique)
    account = pd.factorize(frame["author_id"].astype(object).fillna("").to_numpy(dtype=object))[0]
    seconds = times.astype("datetime64[s, UTC]").astype("int64").to_numpy()
    return Prepared(frame, code, seconds, account, rumour[code], rebuttal[code], WordSets(unique))
