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
from analysis.text import account_codes, account_key
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


def _location_places(posts: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(per post: index of its profile location, `region|cercle` of each distinct location, "" when none)."""
    loc = posts["author_location"] if "author_location" in posts.columns else pd.Series("", index=posts.index)
    codes, uniques = pd.factorize(loc.fillna("") if pd.api.types.is_string_dtype(loc.dtype) else loc.fillna("").astype(str))
    places = np.array(["|".join(from_location(v)) for v in uniques] or [""], dtype=object)
    return codes, np.where(places == "|", "", places).astype(object)


def _actor_places(keys: np.ndarray, actors: pd.DataFrame | None) -> np.ndarray:
    """`region|cercle` of the actors-list account of each distinct author key ("" when not listed)."""
    if actors is None or actors.empty or "region" not in actors.columns:
        return np.full(len(keys), "", dtype=object)
    table = actors.dropna(subset=["account"]).copy()
    table["key"] = table["account"].map(account_key)
    table["place"] = table["region"].map(lambda v: "|".join(from_location(v)))
    listed = table[table["place"] != "|"].drop_duplicates("key")
    by_key = dict(zip(listed["key"], listed["place"]))
    return np.array([by_key.get(k, "") for k in keys], dtype=object)


def author_place_ids(posts: pd.DataFrame, actors: pd.DataFrame | None, authors=None) -> tuple[np.ndarray, np.ndarray]:
    """(per post: index of its author's place, the places `region|cercle` with "" first): the profile location,
    else the actors list. authors: account_codes(posts["author_id"]) when the caller has them."""
    loc_codes, loc_places = _location_places(posts)
    if "author_id" in posts.columns and actors is not None and not actors.empty and "region" in actors.columns:
        author_codes, keys = authors if authors is not None else account_codes(posts["author_id"])
        listed = _actor_places(keys, actors)
    else:
        author_codes, listed = np.full(len(posts), -1), np.array([""], dtype=object)
    ids, places = pd.factorize(np.concatenate([np.array([""], dtype=object), loc_places, listed]))
    loc_ids, listed_ids = ids[1:1 + len(loc_places)], ids[1 + len(loc_places):]
    by_loc = loc_ids[loc_codes] if len(loc_codes) else np.zeros(0, dtype=np.intp)
    by_actor = listed_ids[author_codes] if len(author_codes) else np.zeros(0, dtype=np.intp)
    return np.where(by_loc != 0, by_loc, by_actor), places.astype(object)


def author_places(posts: pd.DataFrame, actors: pd.DataFrame | None) -> pd.Series:
    """Per post, `region|cercle` from the profile location, else from the actors list ("" when neither)."""
    ids, places = author_place_ids(posts, actors)
    return pd.Series(places[ids], index=posts.index, dtype=object)


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
    pairs, m_ids = place_pairs(np.asarray(m_region, dtype=object), np.asarray(m_cercle, dtype=object))
    ids, region, cercle, source = resolve_ids(posts, m_ids, pairs[0], pairs[1], actors)
    return pd.DataFrame({"region": region[ids], "region_source": np.array(SOURCES, dtype=object)[source],
                         "cercle": cercle[ids]}, index=posts.index)


SOURCES = ("", "geotag", "author", "mention")


def place_pairs(region: np.ndarray, cercle: np.ndarray) -> tuple[tuple[np.ndarray, np.ndarray], np.ndarray]:
    """((distinct regions, their cercles), per row: index of its pair): places are few, rows many."""
    r_codes, r_uniques = pd.factorize(region, use_na_sentinel=False)
    c_codes, c_uniques = pd.factorize(cercle, use_na_sentinel=False)
    pair_ids, inverse = np.unique(r_codes.astype(np.int64) * (len(c_uniques) + 1) + c_codes, return_inverse=True)
    r_uniques, c_uniques = np.asarray(r_uniques, dtype=object), np.asarray(c_uniques, dtype=object)
    return (r_uniques[pair_ids // (len(c_uniques) + 1)], c_uniques[pair_ids % (len(c_uniques) + 1)]), \
        inverse.reshape(-1)


def resolve_ids(posts: pd.DataFrame, m_ids: np.ndarray, m_region: np.ndarray, m_cercle: np.ndarray,
                actors: pd.DataFrame | None = None, authors=None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(per post: index of its place, the places' regions, their cercles, per post: index in SOURCES).

    m_ids: per post, index of its mentioned place in (m_region, m_cercle), ("", "") for none; the rules run on
    small integer arrays, the strings are looked up once per distinct place."""
    n = len(posts)
    found = np.zeros(n, dtype=bool)
    g_ids, g_region, g_cercle = np.zeros(n, dtype=np.intp), np.zeros(0, dtype=object), np.zeros(0, dtype=object)
    if {"lat", "lon"} <= set(posts.columns):
        located = geo.locate(posts["lat"].to_numpy(dtype=float), posts["lon"].to_numpy(dtype=float))
        found = located[0] != ""
        (g_region, g_cercle), g_found = place_pairs(located[0][found], located[1][found])
        g_ids[found] = g_found
    a_ids, a_places = author_place_ids(posts, actors, authors)
    a_region, a_cercle = _split_places(a_places)
    m_region, m_cercle = np.asarray(m_region, dtype=object), np.asarray(m_cercle, dtype=object)
    m_ids = np.asarray(m_ids, dtype=np.intp)
    named = (m_region != "")[m_ids]
    # a Bamako account writing about another region: the mention decides
    elsewhere = (a_region == "Bamako")[a_ids] & named & (m_region != "Bamako")[m_ids]
    by_author = ~found & (a_ids != 0) & ~elsewhere
    by_mention = ~found & ~by_author & named
    source = np.select([found, by_author, by_mention], [1, 2, 3], 0)
    # one table of places: the author's, then the mentioned, then the geotags' (index 0 is ("", ""))
    offsets = (len(a_region), len(a_region) + len(m_region))
    ids = np.where(found, g_ids + offsets[1], np.where(by_author, a_ids, np.where(by_mention, m_ids + offsets[0], 0)))
    return (ids, np.concatenate([a_region, m_region, g_region]), np.concatenate([a_cercle, m_cercle, g_cercle]),
            source)


def _split_places(places: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`region|cercle` per post ("" when none) -> region and cercle arrays, split once per distinct value."""
    codes, uniques = pd.factorize(places)
    pairs = [str(u).split("|", 1) if u else ["", ""] for u in uniques] + [["", ""]]
    table = np.array(pairs, dtype=object).reshape(-1, 2)
    return table[codes, 0], table[codes, 1]
