"""Participation aggregations: categories over the campaign, vote/boycott balance, turnout vs online."""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.aggregate import lists as aggregate_lists
from analysis.aggregate.codes import codes_and_names

CALL, BOYCOTT = "call_to_vote", "boycott"


def over_time(posts: pd.DataFrame, freq: str = "W") -> pd.DataFrame:
    """period, participation, n, posts, share (of the period's posts carrying the category)."""
    out = aggregate_lists.per_period(posts, "participation", freq)
    out["share"] = (out["n"] / out["posts"].where(out["posts"] > 0)).fillna(0.0).astype(float)
    return out


def by_region(posts: pd.DataFrame, regions: list[str] | None = None) -> pd.DataFrame:
    """region, posts, call_to_vote, boycott, balance = (call - boycott) / (call + boycott) (NaN when neither).

    regions: names to keep, zero-filled (e.g. the map's regions); posts without a region are left out.
    """
    codes, names_all = codes_and_names(posts["region"])
    valid = codes >= 0
    counts = {"posts": np.bincount(codes[valid], minlength=len(names_all))}
    for cat in (CALL, BOYCOTT):
        hits = aggregate_lists.has_item(posts["participation"], cat)[valid]
        counts[cat] = np.bincount(codes[valid], weights=hits, minlength=len(names_all))
    table = pd.DataFrame(counts, index=names_all).astype("int64")
    names = list(regions) if regions is not None else sorted(r for r in names_all if r)
    out = table.reindex(names, fill_value=0).rename_axis("region").reset_index()
    both = out[CALL] + out[BOYCOTT]
    out["balance"] = ((out[CALL] - out[BOYCOTT]) / both.where(both > 0)).astype(float)
    return out


def turnout_vs_online(posts: pd.DataFrame, turnout: dict[str, dict], key: str = "r1_cour") -> pd.DataFrame:
    """Regions with an official turnout: region, turnout, posts, call_to_vote, boycott, mobilisation (% of posts)."""
    known = known_turnout(turnout, key)
    return with_turnout(by_region(posts, list(known)), known)


def known_turnout(turnout: dict[str, dict], key: str = "r1_cour") -> dict[str, float]:
    return {name: values[key] for name, values in turnout.items() if values.get(key) is not None}


def with_turnout(out: pd.DataFrame, known: dict[str, float]) -> pd.DataFrame:
    """by_region's table (or its aggregate twin) with each region's turnout and mobilisation (% of posts)."""
    out = out.copy()
    out.insert(1, "turnout", [float(known[r]) for r in out["region"]])
    out["mobilisation"] = (100 * out[CALL] / out["posts"].where(out["posts"] > 0)).astype(float)
    return out[np.isfinite(out["mobilisation"].to_numpy())].reset_index(drop=True)
