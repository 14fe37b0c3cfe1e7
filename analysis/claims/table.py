"""The claims as tables: one row per (post, claim, role), and one row per claim with its cascade.

The claim table is rebuilt from the assignments and the posts alone (plus each claim's origin and words),
so claims stored by the `claims` command describe themselves again without being searched for.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.claims.corpus import Prepared
from analysis.claims.track import Claim

ASSIGNMENT_COLUMNS = ["post_id", "claim_id", "role"]
LIST_COLUMNS = ["claim_id", "origin", "keywords"]
CLAIM_COLUMNS = ["claim_id", "origin", "keywords", "sample_text", "n_posts", "n_rebuttals", "n_accounts",
                 "first_seen", "last_seen", "first_rebuttal", "rebuttal_delay_hours", "platforms", "regions",
                 "cascade"]


def assignments(prep: Prepared, claims: list[Claim]) -> pd.DataFrame:
    ids = prep.posts["post_id"].astype(str).to_numpy()
    parts = [pd.DataFrame({"post_id": ids[rows], "claim_id": c.claim_id, "role": role})
             for c in claims for rows, role in ((np.sort(c.rows), "claim"), (np.sort(c.rebuttals), "rebuttal"))]
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=ASSIGNMENT_COLUMNS)
    return frame[ASSIGNMENT_COLUMNS]


def claim_list(claims: list[Claim]) -> pd.DataFrame:
    """What cannot be read back from the posts: where each claim comes from and its words."""
    return pd.DataFrame([(c.claim_id, c.origin, " ".join(sorted(c.words))) for c in claims], columns=LIST_COLUMNS)


def _cascade(posts: pd.DataFrame) -> tuple:
    """(platform, first post time) in order of arrival; posts sorted by time."""
    firsts = posts.drop_duplicates("platform")
    return tuple(zip(firsts["platform"].astype(str), firsts["created_at"]))


def _regions(posts: pd.DataFrame) -> tuple:
    if "region" not in posts.columns:
        return ()
    values = posts["region"].astype(object).fillna("").astype(str)
    return tuple(values[values != ""].value_counts().index)


def _row(claim_id: str, claim_posts: pd.DataFrame, rebuttals: pd.DataFrame) -> dict:
    first = claim_posts["created_at"].min() if len(claim_posts) else pd.NaT
    first_rebuttal = rebuttals["created_at"].min() if len(rebuttals) else pd.NaT
    delay = (first_rebuttal - first).total_seconds() / 3600 if len(rebuttals) and len(claim_posts) else np.nan
    cascade = _cascade(claim_posts)
    texts = claim_posts["text"].astype(str)
    return {"claim_id": claim_id, "sample_text": texts.value_counts().index[0] if len(texts) else "",
            "n_posts": len(claim_posts), "n_rebuttals": len(rebuttals),
            "n_accounts": int(claim_posts["author_id"].nunique()), "first_seen": first,
            "last_seen": claim_posts["created_at"].max() if len(claim_posts) else pd.NaT,
            "first_rebuttal": first_rebuttal, "rebuttal_delay_hours": round(delay, 1),
            "platforms": tuple(p for p, _ in cascade), "regions": _regions(claim_posts), "cascade": cascade}


def describe(posts: pd.DataFrame, found: pd.DataFrame, listed: pd.DataFrame) -> pd.DataFrame:
    """One row per listed claim: words, counts, first seen, platforms and regions, first rebuttal, delay."""
    if listed.empty:
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    columns = [c for c in ("post_id", "text", "created_at", "author_id", "platform", "region") if c in posts]
    joined = found.merge(posts[columns].astype({"post_id": str}), on="post_id", how="inner")
    joined["created_at"] = pd.to_datetime(joined["created_at"], utc=True)
    joined = joined.sort_values("created_at", kind="stable")
    parts = dict(tuple(joined.groupby(["claim_id", "role"])))
    empty = joined.iloc[:0]
    rows = [_row(c, parts.get((c, "claim"), empty), parts.get((c, "rebuttal"), empty)) for c in listed["claim_id"]]
    return listed.merge(pd.DataFrame(rows), on="claim_id")[CLAIM_COLUMNS]
