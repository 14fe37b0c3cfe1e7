"""Counts over `;`-joined list columns (topics, participation, parties) done on category codes.

Posts are first counted per (category code, key) with aggregate_codes.pair_sums; each distinct string
is split once. At 1,000,000 posts this is a bincount plus a merge with a few thousand rows.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from analysis.aggregate.codes import as_dates, categorical, pair_sums
from analysis.aggregate.timeline import periods
from analysis.frame import has_any

__all__ = ["categorical", "items", "item_totals", "per_period", "cross", "has_item", "n_posts_with"]


@lru_cache(maxsize=32)
def _split(categories: tuple) -> tuple[np.ndarray, np.ndarray]:
    pairs = [(code, part) for code, text in enumerate(categories) for part in str(text).split(";") if part]
    return (np.asarray([c for c, _ in pairs], dtype=np.int64), np.asarray([p for _, p in pairs], dtype=object))


def items(series: pd.Series, name: str = "item") -> pd.DataFrame:
    """code -> item, one row per item of each category ('a;b' gives two rows; '' gives none)."""
    codes, parts = _split(tuple(categorical(series).cat.categories))
    return pd.DataFrame({"code": codes, name: parts})


def _codes(series: pd.Series) -> np.ndarray:
    return categorical(series).cat.codes.to_numpy().astype(np.int64)


def item_totals(posts: pd.DataFrame, column: str) -> pd.DataFrame:
    """Posts per item: <column>, n (most first)."""
    if posts.empty:
        return pd.DataFrame({column: pd.Series(dtype=str), "n": pd.Series(dtype="int64")})
    series = categorical(posts[column])
    codes = _codes(series)
    per_code = np.bincount(codes[codes >= 0], minlength=len(series.cat.categories))
    mapping = items(series, column)
    mapping["n"] = per_code[mapping["code"].to_numpy()] if len(mapping) else []
    out = mapping.groupby(column, as_index=False)["n"].sum()
    out = out[out["n"] > 0]
    return out.sort_values(["n", column], ascending=[False, True], ignore_index=True)


def per_period(posts: pd.DataFrame, column: str, freq: str = "W") -> pd.DataFrame:
    """Posts carrying each item per period, zero-filled: period, <column>, n, posts (all posts of the period)."""
    if posts.empty:
        return pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"), column: pd.Series(dtype=str),
                             "n": pd.Series(dtype="int64"), "posts": pd.Series(dtype="int64")})
    series = categorical(posts[column])
    counts = pair_sums(_codes(series), periods(posts["day"], freq)).rename(columns={"a": "code", "b": "period"})
    volume = counts.groupby("period")["n"].sum()
    rows = counts.merge(items(series, column), on="code", how="inner")
    found = rows.groupby(["period", column])["n"].sum()
    names = sorted(rows[column].unique())
    full = pd.MultiIndex.from_product([volume.index.sort_values(), names], names=["period", column])
    out = found.reindex(full, fill_value=0).reset_index()
    out["posts"] = volume.reindex(out["period"]).to_numpy()
    out["period"] = as_dates(out["period"].to_numpy())
    return out


def cross(posts: pd.DataFrame, row: str, column: str) -> pd.DataFrame:
    """Posts per (row item, column item): <row>, <column>, n, share (of the row's column mentions)."""
    if posts.empty:
        return pd.DataFrame({row: pd.Series(dtype=str), column: pd.Series(dtype=str),
                             "n": pd.Series(dtype="int64"), "share": pd.Series(dtype=float)})
    left, right = categorical(posts[row]), categorical(posts[column])
    pairs = pair_sums(_codes(left), _codes(right))
    pairs = pairs.merge(items(left, row).rename(columns={"code": "a"}), on="a")
    pairs = pairs.merge(items(right, column).rename(columns={"code": "b"}), on="b")
    out = pairs.groupby([row, column], as_index=False)["n"].sum()
    out["share"] = out["n"] / out.groupby(row)["n"].transform("sum")
    return out.sort_values([row, column], ignore_index=True)


def has_item(series: pd.Series, item: str) -> np.ndarray:
    """Mask of posts whose list holds item (decided once per category)."""
    return has_any(categorical(series), [item])


def n_posts_with(posts: pd.DataFrame, *columns: str) -> int:
    """Posts whose every given column is non-empty (the n behind a chart of those columns)."""
    keep = np.ones(len(posts), dtype=bool)
    for column in columns:
        series = categorical(posts[column])
        filled = np.asarray([str(c) != "" for c in series.cat.categories], dtype=bool)
        codes = series.cat.codes.to_numpy()
        keep &= np.where(codes >= 0, filled[np.maximum(codes, 0)], False) if len(filled) else False
    return int(keep.sum())
