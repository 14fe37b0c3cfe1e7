"""Tidy group-bys that feed the charts (one small function per question)."""
from __future__ import annotations

import numpy as np
import pandas as pd


def posts_per_day(posts: pd.DataFrame, by: str | None = "platform") -> pd.DataFrame:
    """Columns day, <by>, n (every day of the span present, zero-filled per group)."""
    if posts.empty:
        return pd.DataFrame({"day": pd.Series(dtype="datetime64[us]"), **({by: []} if by else {}), "n": []})
    keys = ["day", by] if by else ["day"]
    counts = posts.groupby(keys, observed=True).size().rename("n").reset_index()
    if not by:
        return counts
    counts[by] = counts[by].astype(str)
    days = pd.date_range(posts["day"].min(), posts["day"].max(), freq="D")
    full = pd.MultiIndex.from_product([days, sorted(counts[by].unique())], names=["day", by])
    return counts.set_index(["day", by]).reindex(full, fill_value=0).reset_index()


def headline(posts: pd.DataFrame) -> dict:
    """Headline figures: posts, accounts, date span, platforms, mean tone (None when not annotated)."""
    tone = posts["sentiment"].mean() if "sentiment" in posts and posts["sentiment"].notna().any() else None
    return {
        "posts": int(len(posts)),
        "accounts": int(posts["author_id"].nunique()) if len(posts) else 0,
        "first": posts["created_at"].min() if len(posts) else None,
        "last": posts["created_at"].max() if len(posts) else None,
        "platforms": int(posts["platform"].nunique()) if len(posts) else 0,
        "mean_tone": None if tone is None or pd.isna(tone) else float(tone),
    }


def top_accounts(posts: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """Most active accounts: author_id, author_name, posts, share of the filtered posts."""
    if posts.empty:
        return pd.DataFrame(columns=["author_id", "author_name", "posts", "share"])
    authors = posts["author_id"].astype("category") if not isinstance(posts["author_id"].dtype, pd.CategoricalDtype) \
        else posts["author_id"]
    codes = authors.cat.codes.to_numpy()
    counts = np.bincount(codes[codes >= 0], minlength=len(authors.cat.categories))  # fast on 80k accounts
    top = np.argsort(-counts, kind="stable")[:n]
    top = top[counts[top] > 0]
    first_row = _first_rows(codes, top)
    return pd.DataFrame({
        "author_id": [str(authors.cat.categories[c]) for c in top],
        "author_name": [str(posts["author_name"].iloc[first_row[c]]) for c in top],
        "posts": counts[top].astype(int), "share": counts[top] / len(posts)})


def _first_rows(codes: np.ndarray, wanted: np.ndarray) -> dict:
    rows = np.flatnonzero(np.isin(codes, wanted))
    found, first = np.unique(codes[rows], return_index=True)
    return dict(zip(found.tolist(), rows[first].tolist()))


def counts_by(posts: pd.DataFrame, column: str) -> pd.DataFrame:
    """Columns <column>, n, share (sorted by n, descending)."""
    counts = posts.groupby(column, observed=True).size().rename("n").reset_index()
    counts[column] = counts[column].astype(str)
    counts["share"] = counts["n"] / max(1, len(posts))
    return counts.sort_values("n", ascending=False, ignore_index=True)
