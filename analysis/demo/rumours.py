"""Rumours injected into the demo: reworded claims crossing platforms, rebuttals a few hours later.

A rumour starts on WhatsApp and jumps to Facebook, X and Telegram over about a day and a half; media,
civil-society accounts and citizens deny it from 3 to 8 hours after it started. Ground truth: one row
per post (post_id, claim_id, role) with role claim or rebuttal.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.demo.rumour_texts import FRAMES, RUMOURS

CLAIM_COLUMNS = ["post_id", "claim_id", "role"]
CASCADE = ["whatsapp", "facebook", "twitter", "telegram"]


def _authors(rng: np.random.Generator, accounts: pd.DataFrame, kinds: list[str], n: int) -> pd.DataFrame:
    pool = accounts[accounts["kind"].isin(kinds)]
    return pool.iloc[rng.integers(0, len(pool), n)].reset_index(drop=True)


def _frame(rng: np.random.Generator, authors: pd.DataFrame, created, platforms, texts, claim_id: str,
           role: str) -> pd.DataFrame:
    n = len(authors)
    return pd.DataFrame({
        "platform": platforms, "author_id": authors["author_id"].to_numpy(),
        "author_name": authors["author_name"].to_numpy(), "author_location": authors["author_location"].to_numpy(),
        "created_at": created, "text": texts, "lat": np.nan, "lon": np.nan, "theme": "rumour", "is_repost": False,
        "likes": pd.array([pd.NA] * n, dtype="Int64"), "shares": pd.array([pd.NA] * n, dtype="Int64"),
        "comments": pd.array([pd.NA] * n, dtype="Int64"), "claim_id": claim_id, "claim_role": role})


def _claim_posts(rng: np.random.Generator, accounts: pd.DataFrame, claim_id: str, n: int) -> pd.DataFrame:
    spec = RUMOURS[claim_id]
    start = pd.Timestamp(spec["start"], tz="UTC")
    hours = np.sort(rng.gamma(2.0, 7.0, n))          # most copies within a day, a tail up to two days
    hours -= hours[0]                                # someone starts it at the given time
    created = start + pd.to_timedelta((np.minimum(hours, 44) * 3600).round(), unit="s")
    # The cascade: each platform takes over from the previous one as the rumour grows.
    stage = np.minimum((np.arange(n) * len(CASCADE)) // max(n, 1) + rng.integers(-1, 2, n), len(CASCADE) - 1)
    platforms = np.array(CASCADE, dtype=object)[np.maximum(stage, 0)]
    platforms[0] = "whatsapp"
    texts = [str(rng.choice(FRAMES)).format(s=rng.choice(spec["claim"])) for _ in range(n)]
    authors = _authors(rng, accounts, ["citizen", "citizen", "bot"], n)
    return _frame(rng, authors, created, platforms, texts, claim_id, "claim")


def _rebuttal_posts(rng: np.random.Generator, accounts: pd.DataFrame, claim_id: str, n: int) -> pd.DataFrame:
    spec = RUMOURS[claim_id]
    first = pd.Timestamp(spec["start"], tz="UTC") + pd.Timedelta(seconds=int(rng.uniform(3, 8) * 3600))
    created = first + pd.to_timedelta((np.sort(rng.gamma(1.5, 8.0, n)) * 3600).round(), unit="s")
    authors = _authors(rng, accounts, ["media", "civil_society", "citizen"], n)
    platforms = np.where(authors["kind"].to_numpy() == "media", "news",
                         rng.choice(["facebook", "twitter", "whatsapp"], n, p=[0.5, 0.35, 0.15]))
    texts = [str(rng.choice(spec["rebuttal"])) for _ in range(n)]
    return _frame(rng, authors, created, platforms.astype(object), texts, claim_id, "rebuttal")


def rumour_posts(rng: np.random.Generator, accounts: pd.DataFrame, n_posts: int) -> pd.DataFrame:
    """Every rumour's claim posts and rebuttals (their number grows with the corpus)."""
    n_claims = max(4, min(12, n_posts // 150), n_posts // 700)
    n_rebuttals = max(2, n_claims * 2 // 5)
    frames = []
    for claim_id in RUMOURS:
        frames.append(_claim_posts(rng, accounts, claim_id, n_claims))
        frames.append(_rebuttal_posts(rng, accounts, claim_id, n_rebuttals))
    return pd.concat(frames, ignore_index=True)
