"""coordination and claim_spread: alerts from what other stages found (copy-paste groups, claims).

A coordinated group is reported once, when it starts (score: its number of accounts); a claim when it has
enough posts, with its platforms and rebuttals (score: its number of accounts).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.alerts import explain


def coordination_alerts(posts: pd.DataFrame, min_accounts: int) -> list[dict]:
    if "dup_group" not in posts.columns:
        return []
    grouped = posts[posts["dup_group"].astype(str) != ""]
    if grouped.empty:
        return []
    frame = pd.DataFrame({"g": grouped["dup_group"].astype(str).to_numpy(),
                          "t": pd.to_datetime(grouped["created_at"], utc=True).to_numpy(),
                          "a": grouped["author_id"].astype(str).to_numpy(),
                          "p": grouped["platform"].astype(str).to_numpy()}).sort_values("t", kind="stable")
    out = []
    for group, part in frame.groupby("g", sort=True):
        n_accounts = part["a"].nunique()
        if n_accounts < min_accounts:
            continue
        start, end = pd.Timestamp(part["t"].iloc[0]), pd.Timestamp(part["t"].iloc[-1])
        minutes = (end - start).total_seconds() / 60
        platforms = list(pd.unique(part["p"]))
        out.append({"kind": "coordination", "platform": platforms[0] if len(platforms) == 1 else "", "region": "",
                    "party": "", "start": start, "end": end, "observed": float(len(part)), "expected": np.nan,
                    "score": float(n_accounts),
                    "explanation": explain.coordination(group, n_accounts, len(part), minutes, platforms)})
    return out


def claim_alerts(claims: pd.DataFrame | None, min_posts: int) -> list[dict]:
    if claims is None or claims.empty:
        return []
    out = []
    for c in claims.itertuples():
        if c.n_posts < min_posts:
            continue
        platforms = list(c.platforms)
        region = c.regions[0] if len(c.regions) else ""
        out.append({"kind": "claim_spread", "platform": platforms[0] if len(platforms) == 1 else "",
                    "region": region, "party": "", "start": c.first_seen, "end": c.last_seen,
                    "observed": float(c.n_posts), "expected": np.nan, "score": float(c.n_accounts),
                    "explanation": explain.claim(c.claim_id, c.keywords, c.n_posts, platforms, c.n_rebuttals,
                                                 c.rebuttal_delay_hours)})
    return out
