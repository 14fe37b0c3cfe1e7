"""The Rumeurs page: a claim's posts, its claim-versus-rebuttal curve, its cascade and its accounts."""
from __future__ import annotations

import pandas as pd

CURVE_COLUMNS = ["time", "role", "n", "cumulative"]


def claim_posts(posts: pd.DataFrame, assignments: pd.DataFrame, claim_id: str) -> pd.DataFrame:
    """The claim's posts (claim and rebuttal), each with its role, oldest first."""
    role = assignments[assignments["claim_id"] == claim_id]
    role = pd.Series(role["role"].to_numpy(), index=role["post_id"].astype(str).to_numpy())
    ids = posts["post_id"].astype(str)
    chosen = posts[ids.isin(role.index).to_numpy()].copy()
    chosen["role"] = ids[chosen.index].map(role).to_numpy()
    return chosen.sort_values("created_at", kind="stable").reset_index(drop=True)


def curve(chosen: pd.DataFrame, hours: int = 6) -> pd.DataFrame:
    """Posts per `hours` bin and role, and their running totals (zero-filled on a common time axis)."""
    if chosen.empty:
        return pd.DataFrame(columns=CURVE_COLUMNS)
    bins = pd.to_datetime(chosen["created_at"], utc=True).dt.floor(f"{hours}h")
    counts = pd.crosstab(bins, chosen["role"])
    full = pd.date_range(counts.index.min(), counts.index.max(), freq=f"{hours}h")
    counts = counts.reindex(full, fill_value=0)
    for role in ("claim", "rebuttal"):
        if role not in counts:
            counts[role] = 0
    tidy = counts[["claim", "rebuttal"]].rename_axis("time").reset_index().melt("time", var_name="role", value_name="n")
    tidy["cumulative"] = tidy.groupby("role")["n"].cumsum()
    return tidy[CURVE_COLUMNS]


def cascade(chosen: pd.DataFrame, by: str = "platform") -> pd.DataFrame:
    """by (platform or region), role, posts, first post: where the claim went, in order of arrival."""
    if chosen.empty or by not in chosen.columns:
        return pd.DataFrame(columns=[by, "role", "posts", "first"])
    frame = chosen.assign(**{by: chosen[by].astype(str)})
    out = frame.groupby([by, "role"], observed=True).agg(posts=("post_id", "size"), first=("created_at", "min"))
    return out.reset_index().sort_values(["role", "first"], kind="stable").reset_index(drop=True)


def accounts(chosen: pd.DataFrame, names) -> pd.DataFrame:
    """author (display name), role, posts, first post: who carried the claim, most active first."""
    frame = pd.DataFrame({"author": list(names), "role": chosen["role"].to_numpy(),
                          "created_at": chosen["created_at"].to_numpy()})
    out = frame.groupby(["author", "role"]).agg(posts=("role", "size"), first=("created_at", "min")).reset_index()
    return out.sort_values(["posts", "first"], ascending=[False, True], kind="stable").reset_index(drop=True)
