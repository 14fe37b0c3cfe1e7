"""Search, sort and selection logic of the Posts page, and the exact table it shows (and exports).

Sorting picks the top rows with argpartition before sorting them, so showing 500 of 1,000,000 posts
does not sort the whole frame. Missing values (no tone, no likes) always go last, whatever the order.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from analysis.filters import Filters
from analysis.frame import has_any

SORT_KEYS = {"date": "created_at", "tone": "sentiment", "likes": "likes", "shares": "shares"}
ROW_LIMITS = (100, 500, 2000)
# Shown column -> source column(s); "categories" joins participation and topics.
SHOWN = ("date", "platform", "author", "text", "lang", "tone", "parties", "region", "categories", "dup_group",
         "likes", "shares", "url")


def search(posts: pd.DataFrame, query: str) -> pd.DataFrame:
    """Posts whose text holds query (case- and accent-insensitive, same rule as the sidebar search)."""
    if not query or not query.strip():
        return posts
    return Filters(q=query).apply(posts)


def narrow(posts: pd.DataFrame, tones=(), dup_only: bool = False, dup_group: str = "") -> pd.DataFrame:
    """Posts with one of the tone labels, in a coordinated group (any, or the given one)."""
    keep = np.ones(len(posts), dtype=bool)
    if tones:
        keep &= posts["sentiment_label"].astype(str).isin(list(tones)).to_numpy()
    if dup_group:
        keep &= (posts["dup_group"].astype(str) == dup_group).to_numpy()
    elif dup_only:
        keep &= (posts["dup_group"].astype(str) != "").to_numpy()
    return posts if keep.all() else posts.take(np.flatnonzero(keep))


def selection_mask(posts: pd.DataFrame, selection: dict) -> np.ndarray:
    """Mask for a chart selection handed over by another page: keys day (YYYY-MM-DD), party, region,
    platform, topic, dup_group; absent keys do not narrow."""
    keep = np.ones(len(posts), dtype=bool)
    if selection.get("day"):
        keep &= (posts["day"] == pd.Timestamp(str(selection["day"])[:10])).to_numpy()
    for key, column in (("region", "region"), ("platform", "platform"), ("dup_group", "dup_group")):
        if selection.get(key):
            keep &= (posts[column].astype(str) == str(selection[key])).to_numpy()
    for key, column in (("party", "parties"), ("topic", "topics")):
        if selection.get(key):
            keep &= has_any(posts[column], [str(selection[key])])
    return keep


SELECTION_KEYS = ("day", "party", "region", "platform", "topic", "dup_group")
# Values a selection may carry: names, acronyms, ids. Anything else in a link is dropped, so a crafted URL
# cannot put Markdown or HTML into the page when the selection is described.
SAFE_VALUE = re.compile(r"^[\w .:'’-]{1,80}$")


def selection_params(selection: dict) -> dict[str, str]:
    """URL parameters carrying a chart selection to the Posts page (sel_party=URD...)."""
    return {f"sel_{k}": str(selection[k]) for k in SELECTION_KEYS if selection.get(k)}


def selection_from_params(params: dict) -> dict[str, str]:
    """The chart selection in URL parameters; unknown keys ignored, a bad day dropped."""
    out = {}
    for key in SELECTION_KEYS:
        value = params.get(f"sel_{key}")
        value = value[0] if isinstance(value, (list, tuple)) and value else value
        if isinstance(value, str) and SAFE_VALUE.match(value.strip()):
            out[key] = value.strip()
    if "day" in out:
        try:
            out["day"] = pd.Timestamp(out["day"][:10]).strftime("%Y-%m-%d")
        except ValueError:
            del out["day"]
    return out


def describe_selection(selection: dict) -> str:
    """'`URD` · `Mopti`': values as code spans, shown literally by Markdown."""
    return " · ".join(f"`{selection[k]}`" for k in SELECTION_KEYS if selection.get(k))


def _sort_values(posts: pd.DataFrame, key: str) -> np.ndarray:
    column = posts[SORT_KEYS[key]]
    if key == "date":
        return column.to_numpy(dtype="datetime64[ns]").astype("int64").astype(float)
    return column.to_numpy(dtype=float, na_value=np.nan)


def top_rows(posts: pd.DataFrame, key: str = "date", descending: bool = True, limit: int = 500) -> pd.DataFrame:
    """The first `limit` posts in the chosen order (ties keep the frame's order; missing values last)."""
    if key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {key!r} (use one of {', '.join(SORT_KEYS)})")
    values = _sort_values(posts, key)
    missing = np.isnan(values)
    rank = np.where(missing, np.inf, -values if descending else values)
    limit = max(0, min(int(limit), len(posts)))
    if limit == 0:
        return posts.iloc[0:0]
    candidates = np.argpartition(rank, limit - 1)[:limit] if limit < len(posts) else np.arange(len(posts))
    # Ties at the cut are settled by position so the same inputs always give the same rows.
    cut = rank[candidates].max()
    candidates = np.union1d(candidates[rank[candidates] < cut], np.flatnonzero(rank == cut))
    order = candidates[np.lexsort((candidates, rank[candidates]))][:limit]
    return posts.take(order)


def _joined(*parts: pd.Series) -> pd.Series:
    text = [p.astype(str).replace("nan", "") for p in parts]
    out = text[0]
    for other in text[1:]:
        out = out.str.cat(other, sep=";").str.strip(";")
    return out


def table(rows: pd.DataFrame, authors: pd.Series) -> pd.DataFrame:
    """The exact table shown and exported: plain values, authors already pseudonymised (given)."""
    return pd.DataFrame({
        "date": rows["created_at"].dt.strftime("%Y-%m-%d %H:%M").to_numpy(),
        "platform": rows["platform"].astype(str).to_numpy(),
        "author": np.asarray(authors, dtype=object),
        "text": rows["text"].astype(object).to_numpy(),
        "lang": rows["lang"].astype(str).to_numpy(),
        "tone": np.round(rows["sentiment"].to_numpy(dtype=float, na_value=np.nan), 2),
        "parties": rows["parties"].astype(str).to_numpy(),
        "region": rows["region"].astype(str).to_numpy(),
        "categories": _joined(rows["participation"], rows["topics"]).to_numpy(),
        "dup_group": rows["dup_group"].astype(str).to_numpy(),
        "likes": rows["likes"].astype("Int64").to_numpy(),
        "shares": rows["shares"].astype("Int64").to_numpy(),
        "url": rows["url"].astype(object).where(rows["url"].notna(), "").to_numpy(),
    }, columns=list(SHOWN))
