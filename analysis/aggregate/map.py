"""Map measures per region or cercle: volume, mean tone, share of a participation category.

Posts are grouped on the (region, cercle) category codes first, so the 1,000,000-row step is one
integer group-by; names are attached to the few hundred groups afterwards. Bamako has no cercle in
the map (it is a district): its posts are counted in the "Bamako" shape at both levels.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.aggregate import lists as aggregate_lists
from analysis.geo import shapes as geo_shapes
from analysis.aggregate.codes import codes_and_names, pair_sums
from analysis.annotate.participation import CATEGORIES

LEVELS = ("region", "cercle")
MEASURES = ("volume", "tone", *(f"share:{c}" for c in CATEGORIES))


def _check(level: str, measure: str) -> None:
    if level not in LEVELS:
        raise ValueError(f"unknown map level {level!r} (use region or cercle)")
    if measure not in MEASURES:
        raise ValueError(f"unknown map measure {measure!r}")


def _groups(posts: pd.DataFrame, measure: str) -> pd.DataFrame:
    """Per (region, cercle) pair present: posts, scored, tone_sum, hits (posts carrying the category)."""
    r, regions = codes_and_names(posts["region"])
    c, cercles = codes_and_names(posts["cercle"])
    tone = posts["sentiment"].to_numpy(dtype=float) if "sentiment" in posts else np.full(len(posts), np.nan)
    hits = aggregate_lists.has_item(posts["participation"], measure[6:]) if measure.startswith("share:") \
        else np.zeros(len(posts), dtype=bool)
    out = pair_sums(r, c, {"scored": np.isfinite(tone), "tone_sum": np.nan_to_num(tone), "hits": hits})
    return pd.DataFrame({"region": regions[out["a"].to_numpy()], "cercle": cercles[out["b"].to_numpy()],
                         "posts": out["n"], "scored": out["scored"], "tone_sum": out["tone_sum"],
                         "hits": out["hits"]})


SUMS = ["posts", "scored", "tone_sum", "hits"]


def _area(groups: pd.DataFrame, level: str) -> pd.Series:
    if level == "region":
        return groups["region"]
    return groups["cercle"].where(groups["region"] != "Bamako", "Bamako")


def area_values(posts: pd.DataFrame, level: str = "region", measure: str = "volume") -> pd.DataFrame:
    """Every map shape of the level: area, value, n (posts; scored posts for tone), posts."""
    _check(level, measure)
    names = geo_shapes.names(level)
    if posts.empty:
        groups = pd.DataFrame({"area": [], "posts": [], "scored": [], "tone_sum": [], "hits": []})
    else:
        groups = _groups(posts, measure)
        groups["area"] = _area(groups, level)
    return values_of(groups.groupby("area")[SUMS].sum(), names, measure)


def values_of(sums: pd.DataFrame, names: list, measure: str) -> pd.DataFrame:
    """area, value, n, posts of every shape from the per-area sums (SUMS columns), for the frame and the aggregates."""
    sums = sums[SUMS].reindex(names, fill_value=0)
    out = pd.DataFrame({"area": names, "posts": sums["posts"].to_numpy().astype("int64")})
    if measure == "volume":
        out["value"], out["n"] = out["posts"].astype(float), out["posts"]
    elif measure == "tone":
        scored = sums["scored"].to_numpy().astype("int64")
        out["value"] = np.where(scored > 0, sums["tone_sum"].to_numpy() / np.maximum(scored, 1), np.nan)
        out["n"] = scored
    else:
        hits = sums["hits"].to_numpy().astype(float)
        out["value"] = np.where(out["posts"] > 0, 100 * hits / np.maximum(out["posts"], 1), np.nan)
        out["n"] = out["posts"]
    return out[["area", "value", "n", "posts"]]


def unplaced(posts: pd.DataFrame, tidy: pd.DataFrame) -> int:
    """Posts that land in no shape (no region, or a cercle the map lacks); tidy from area_values."""
    return int(len(posts) - tidy["posts"].sum())


def in_area(posts: pd.DataFrame, level: str, area: str) -> np.ndarray:
    """Mask of the posts counted in the shape `area` of the level."""
    _check(level, "volume")
    if level == "region" or area == "Bamako":
        return (posts["region"] == area).to_numpy()
    return ((posts["cercle"] == area) & (posts["region"] != "Bamako")).to_numpy()
