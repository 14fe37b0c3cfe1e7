"""The Climat page: hostility over time by region, party or target, and the posts behind a point."""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.aggregate.lists import per_period
from analysis.aggregate.timeline import in_period
from analysis.frame import has_any

GROUPINGS = {"none": None, "region": "region", "party": "parties", "target": "hostility_target"}
TIDY_COLUMNS = ["period", "group", "hostile", "posts", "share"]


def has_hostility(posts: pd.DataFrame) -> bool:
    """True once annotate has judged the posts (a store not yet annotated has the column, empty)."""
    return "hostility" in posts.columns and bool(posts["hostility"].astype(str).isin(("hostile", "not_hostile")).any())


def hostile_mask(posts: pd.DataFrame) -> np.ndarray:
    return (posts["hostility"].astype(str) == "hostile").to_numpy()


def threat_mask(posts: pd.DataFrame) -> np.ndarray:
    if "hostility_kind" not in posts.columns:
        return np.zeros(len(posts), dtype=bool)
    return hostile_mask(posts) & has_any(posts["hostility_kind"], ["threat"])


def headline(posts: pd.DataFrame) -> dict:
    """Hostile posts, their share, and the threats among them."""
    hostile = hostile_mask(posts)
    return {"hostile": int(hostile.sum()), "share": float(hostile.mean()) if len(posts) else 0.0,
            "threats": int(threat_mask(posts).sum())}


def _national(posts: pd.DataFrame, freq: str) -> pd.DataFrame:
    frame = posts.assign(_all="Mali")
    return per_period(frame.assign(_all=pd.Categorical(frame["_all"])), "_all", freq).rename(columns={"_all": "group"})


def hostility_over_time(posts: pd.DataFrame, by: str = "none", freq: str = "W") -> pd.DataFrame:
    """period, group, hostile (posts), posts (all posts of the group; of the period for targets), share."""
    column = GROUPINGS[by]
    if posts.empty or column is not None and column not in posts.columns:
        return pd.DataFrame(columns=TIDY_COLUMNS)
    hostile = posts[hostile_mask(posts)]
    if column is None:
        counted, totals = _national(hostile, freq), _national(posts, freq)
    else:
        counted = per_period(hostile, column, freq).rename(columns={column: "group"})
        totals = per_period(posts, column, freq).rename(columns={column: "group"}) if by != "target" else None
    counted = counted.rename(columns={"n": "hostile"})
    if totals is None:       # a target is not a property of the posts that attack no one: share of all posts
        counted["share"] = counted["hostile"] / counted["posts"].where(counted["posts"] > 0)
        return counted[counted["group"] != ""][TIDY_COLUMNS].reset_index(drop=True)
    merged = totals.rename(columns={"n": "all"}).merge(counted[["period", "group", "hostile"]], how="left",
                                                       on=["period", "group"])
    merged["hostile"] = merged["hostile"].fillna(0).astype(int)
    merged["posts"] = merged["all"]
    merged["share"] = merged["hostile"] / merged["posts"].where(merged["posts"] > 0)
    return merged[merged["group"].astype(str) != ""][TIDY_COLUMNS].reset_index(drop=True)


def point_posts(posts: pd.DataFrame, by: str, group: str, period, freq: str = "W") -> pd.DataFrame:
    """The hostile posts behind one point, with a `review` flag on threats and calls to violence."""
    keep = hostile_mask(posts) & in_period(posts, period, freq)
    column = GROUPINGS[by]
    if column is not None and group:
        keep &= has_any(posts[column], [group]) if column != "region" else (posts[column].astype(str) == group).to_numpy()
    chosen = posts[keep].copy()
    chosen["review"] = threat_mask(chosen)
    return chosen
