"""Topic aggregations for the Thèmes page: normalised share over time, topic x party, topic x region."""
from __future__ import annotations

import pandas as pd

from analysis.aggregate import lists as aggregate_lists

DISCOVERY_SAMPLE = 5000


def topic_share(posts: pd.DataFrame, freq: str = "W") -> pd.DataFrame:
    """period, topic, n, share: share of the period's topic mentions (sums to 1 per period with topics)."""
    out = aggregate_lists.per_period(posts, "topics", freq).drop(columns="posts")
    total = out.groupby("period")["n"].transform("sum")
    out["share"] = (out["n"] / total.where(total > 0)).fillna(0.0).astype(float)
    return out[(total > 0).to_numpy()].reset_index(drop=True)


def topic_by(posts: pd.DataFrame, row: str, top: int | None = None) -> pd.DataFrame:
    """<row>, topic, n, share (within the row) for row 'parties' or 'region'; top: keep the busiest rows."""
    out = aggregate_lists.cross(posts, row, "topics")
    out = out[out[row] != ""]
    if top:
        busiest = out.groupby(row)["n"].sum().sort_values(ascending=False).head(top).index
        out = out[out[row].isin(busiest)]
    return out.reset_index(drop=True)


def discover(posts: pd.DataFrame, n_topics: int = 8, seed: int = 0, sample: int = DISCOVERY_SAMPLE):
    """Discovered topics on a seeded sample, or None when analysis.topics.discover is unavailable."""
    try:
        from analysis.annotate.topics import discover as run
    except ImportError:
        return None
    frame = posts[["post_id", "text", "created_at"]]
    if len(frame) > sample:
        frame = frame.sample(sample, random_state=seed)
    return run(frame, n_topics=n_topics, period=None, seed=seed)


def examples(posts: pd.DataFrame, post_ids: list[str]) -> pd.DataFrame:
    """The example posts of a discovered topic, in the given order."""
    found = posts[posts["post_id"].isin(post_ids)]
    order = {pid: i for i, pid in enumerate(post_ids)}
    return found.iloc[found["post_id"].map(order).argsort()]
