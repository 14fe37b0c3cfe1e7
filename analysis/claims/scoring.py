"""Found claims against a ground truth (the demo's demo_claims): the best-matching found claim per true one."""
from __future__ import annotations

import pandas as pd


def _sets(frame: pd.DataFrame, role: str) -> dict[str, set]:
    part = frame[frame["role"] == role]
    return {c: set(g["post_id"].astype(str)) for c, g in part.groupby("claim_id")}


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def best_matches(found: pd.DataFrame, truth: pd.DataFrame) -> pd.DataFrame:
    """Per true claim: the found claim sharing most of its claim posts, precision and recall on claim posts
    and on rebuttals (found claim's rebuttals against the true claim's)."""
    found_claims, found_rebuttals = _sets(found, "claim"), _sets(found, "rebuttal")
    true_rebuttals = _sets(truth, "rebuttal")
    rows = []
    for claim_id, posts in sorted(_sets(truth, "claim").items()):
        best = max(found_claims, key=lambda f: (len(found_claims[f] & posts), f), default="")
        got, got_rebuttals = found_claims.get(best, set()), found_rebuttals.get(best, set())
        wanted = true_rebuttals.get(claim_id, set())
        rows.append({"claim_id": claim_id, "found": best, "posts": len(posts),
                     "precision": _ratio(len(got & posts), len(got)), "recall": _ratio(len(got & posts), len(posts)),
                     "rebuttals": len(wanted), "rebuttal_precision": _ratio(len(got_rebuttals & wanted), len(got_rebuttals)),
                     "rebuttal_recall": _ratio(len(got_rebuttals & wanted), len(wanted))})
    return pd.DataFrame(rows)
