"""Where a post is from or about: region, cercle and which evidence decided (`region_source`).

Order of trust: geotag (point in the cercle map) > the author's profile location or the actors
list > places named in the text. Regions are those of the 2020 electoral map (Ménaka counted under
Gao, Taoudénit under Tombouctou). Diaspora locations (Paris, Abidjan...) give no region. An author
located in Bamako who writes about another named region is counted for that region: the capital
is where most accounts live, not what most posts are about.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from analysis.annotate import matcher
from analysis.text import account_key, account_keys
from analysis.geo import points as geo

NONE = ("", "")


def _pick(values: list[str]) -> tuple[str, str]:
    """values are `region|cercle`; the most named region wins, the first named on a tie."""
    if not values:
        return NONE
    if len(values) == 1:
        region, cercle = values[0].split("|", 1)
        return region, cercle
    pairs = [tuple(v.split("|", 1)) for v in values]
    regions = [r for r, _ in pairs]
    counts = Counter(regions)
    best = max(counts, key=lambda r: (counts[r], -regions.index(r)))
    cercle = next((c for r, c in pairs if r == best and c), "")
    return best, cercle


def _place_values(scan: matcher.Scan) -> list[str]:
    """One `region|cercle` per place named (a name listed as both town and region counts once)."""
    best: dict[int, str] = {}
    for hit in scan.fields.get("place", []):
        if hit.start not in best or best[hit.start].endswith("|"):
            best[hit.start] = hit.value
    return list(best.values())


def from_scan(scan: matcher.Scan) -> tuple[str, str]:
    """(region, cercle) named in a post's text, or ("", "")."""
    return _pick(_place_values(scan))


def from_text(text) -> tuple[str, str]:
    return from_scan(matcher.scan(text))


@lru_cache(maxsize=65536)
def from_location(location) -> tuple[str, str]:
    """(region, cercle) of a free-text profile location; ("", "") when foreign or unknown."""
    if not isinstance(location, str) or not location.strip():
        return NONE
    return _pick(_place_values(matcher.scan(location, relaxed=True)))


def author_places(posts: pd.DataFrame, actors: pd.DataFrame | None) -> pd.Series:
    """Per post, `region|cercle` from the profile location, else from the actors list ("" when neither)."""
    loc = posts["author_location"] if "author_location" in posts.columns else pd.Series("", index=posts.index)
    codes, uniques = pd.factorize(loc.fillna("") if pd.api.types.is_string_dtype(loc.dtype) else loc.fillna("").astype(str))
    places = np.array(["|".join(from_location(v)) for v in uniques] or [""], dtype=object)
    by_loc = pd.Series(places[codes] if len(codes) else [], index=posts.index, dtype=object)
    by_loc = by_loc.where(by_loc != "|", "")
    if actors is None or actors.empty or "region" not in actors.columns or "author_id" not in posts.columns:
        return by_loc
    table = actors.dropna(subset=["account"]).copy()
    table["key"] = table["account"].map(account_key)
    table["place"] = table["region"].map(lambda v: "|".join(from_location(v)))
    mapping = table[table["place"] != "|"].drop_duplicates("key").set_index("key")["place"]
    by_actor = account_keys(posts["author_id"]).map(mapping).fillna("")
    return by_loc.where(by_loc != "", by_actor)


def resolve(posts: pd.DataFrame, mentions: pd.Series, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """Columns region, region_source, cercle for a frame of posts.

    mentions: per post, the (region, cercle) found in its text (already computed by the caller).
    """
    named = list(mentions)
    return resolve_named(posts, np.array([m[0] for m in named], dtype=object),
                         np.array([m[1] for m in named], dtype=object), actors)


def resolve_named(posts: pd.DataFrame, m_region: np.ndarray, m_cercle: np.ndarray,
                  actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """resolve() with the mentioned region and cercle per post as two arrays (no per-post Python)."""
    n = len(posts)
    region = np.full(n, "", dtype=object)
    cercle = np.full(n, "", dtype=object)
    source = np.full(n, "", dtype=object)
    if {"lat", "lon"} <= set(posts.columns):
        g_region, g_cercle = geo.locate(posts["lat"].to_numpy(dtype=float), posts["lon"].to_numpy(dtype=float))
        found = g_region != ""
        region[found], cercle[found], source[found] = g_region[found], g_cercle[found], "geotag"
    author = author_places(posts, actors).to_numpy(dtype=object)
    a_region, a_cercle = _split_places(author)
    m_region, m_cercle = np.asarray(m_region, dtype=object), np.asarray(m_cercle, dtype=object)
    # a Bamako account writing about another region: the mention decides
    elsewhere = (a_region == "Bamako") & (m_region != "") & (m_region != "Bamako")
    by_author = (source == "") & (author != "") & ~elsewhere
    region[by_author], cercle[by_author], source[by_author] = a_region[by_author], a_cercle[by_author], "author"
    todo = (source == "") & (m_region != "")
    region[todo], cercle[todo], source[todo] = m_region[todo], m_cercle[todo], "mention"
    return pd.DataFrame({"region": region, "region_source": source, "cercle": cercle}, index=posts.index)


def _split_places(places: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`region|cercle` per post ("" when none) -> region and cercle arrays, split once per distinct value."""
    codes, uniques = pd.factorize(places)
    pairs = [str(u).split("|", 1) if u else ["", ""] for u in uniques] + [["", ""]]
    table = np.array(pairs, dtype=object).reshape(-1, 2)
    return table[codes, 0], table[codes, 1]
