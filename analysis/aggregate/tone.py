"""Tone aggregations for the Sentiment page: toward each party over time, per region, per platform.

Tone toward a party comes from `party_tone` ("URD:0.42;RPM:-0.61"): it is parsed once per distinct
string (a few thousand categories, cached), never per post, and posts are first counted per
(string, period) on integer codes.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from analysis.aggregate.codes import as_dates, categorical, codes_and_names, pair_sums
from analysis.aggregate.timeline import periods

N_BINS = 10


def parse_tone(text: str) -> list[tuple[str, float]]:
    """'URD:0.42;RPM:-0.61' -> [('URD', 0.42), ('RPM', -0.61)]; unreadable items are skipped."""
    out = []
    for item in str(text).split(";"):
        party, sep, value = item.rpartition(":")
        try:
            tone = float(value)
        except ValueError:
            continue
        if sep and party and np.isfinite(tone):
            out.append((party, max(-1.0, min(1.0, tone))))
    return out


@lru_cache(maxsize=16)
def _parsed(categories: tuple) -> pd.DataFrame:
    rows = [(code, party, tone) for code, text in enumerate(categories) for party, tone in parse_tone(text)]
    return pd.DataFrame(rows, columns=["code", "party", "tone"]).astype({"code": "int64", "tone": "float64"})


def tone_items(series: pd.Series) -> pd.DataFrame:
    """Per category code of a party_tone column: one row per (code, party, tone)."""
    return _parsed(tuple(categorical(series).cat.categories)).copy()


def tone_mentions(posts: pd.DataFrame) -> pd.DataFrame:
    """Scored party mentions per party: party, n (most named first)."""
    if posts.empty or "party_tone" not in posts:
        return pd.DataFrame({"party": pd.Series(dtype=str), "n": pd.Series(dtype="int64")})
    codes, names = codes_and_names(posts["party_tone"])
    per_code = np.bincount(codes[codes >= 0], minlength=len(names))
    items = tone_items(posts["party_tone"])
    items["n"] = per_code[items["code"].to_numpy()] if len(items) else []
    out = items.groupby("party", as_index=False)["n"].sum()
    out = out[out["n"] > 0]
    return out.sort_values(["n", "party"], ascending=[False, True], ignore_index=True)


def tone_by_party(posts: pd.DataFrame, freq: str = "W", parties=None) -> pd.DataFrame:
    """Mean tone toward each party per period: period, party, tone, n (scored mentions)."""
    empty = pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"), "party": pd.Series(dtype=str),
                          "tone": pd.Series(dtype=float), "n": pd.Series(dtype="int64")})
    if posts.empty or "party_tone" not in posts:
        return empty
    codes, _ = codes_and_names(posts["party_tone"])
    counts = pair_sums(codes, periods(posts["day"], freq)).rename(columns={"a": "code", "b": "period"})
    items = tone_items(posts["party_tone"])
    if parties:
        items = items[items["party"].isin(list(parties))]
    rows = counts.merge(items, on="code", how="inner")
    if rows.empty:
        return empty
    rows["weighted"] = rows["tone"] * rows["n"]
    out = rows.groupby(["period", "party"], as_index=False)[["weighted", "n"]].sum()
    out["tone"] = out["weighted"] / out["n"]
    out["period"] = as_dates(out["period"].to_numpy())
    return out[["period", "party", "tone", "n"]].sort_values(["party", "period"], ignore_index=True)


def _scored(posts: pd.DataFrame) -> np.ndarray:
    """Mask of the posts with a tone (works on the column array: no copy of the wide frame)."""
    if posts.empty or "sentiment" not in posts:
        return np.zeros(len(posts), dtype=bool)
    return np.isfinite(posts["sentiment"].to_numpy(dtype=float))


def _masked_codes(posts: pd.DataFrame, column: str, wanted=None) -> tuple[np.ndarray, np.ndarray]:
    """Codes of column, -1 where the post has no tone, an empty value or a value not wanted."""
    codes, names = codes_and_names(posts[column])
    ok = np.asarray([n != "" and (not wanted or n in set(wanted)) for n in names], dtype=bool)
    valid = (codes >= 0) & _scored(posts)
    valid &= ok[np.maximum(codes, 0)] if len(ok) else False
    return np.where(valid, codes, -1), names


def region_volume(posts: pd.DataFrame) -> pd.DataFrame:
    """Scored posts per region: region, n (most first; posts without a region left out)."""
    if posts.empty or "region" not in posts:
        return pd.DataFrame({"region": pd.Series(dtype=str), "n": pd.Series(dtype="int64")})
    codes, names = _masked_codes(posts, "region")
    out = pd.DataFrame({"region": names, "n": np.bincount(codes[codes >= 0], minlength=len(names))})
    out = out[(out["region"] != "") & (out["n"] > 0)]
    return out.sort_values(["n", "region"], ascending=[False, True], ignore_index=True)


def tone_by_region(posts: pd.DataFrame, freq: str = "W", regions=None) -> pd.DataFrame:
    """Mean post tone per region and period: period, region, tone, n (scored posts with a region)."""
    if posts.empty or "sentiment" not in posts:
        return pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"), "region": pd.Series(dtype=str),
                             "tone": pd.Series(dtype=float), "n": pd.Series(dtype="int64")})
    codes, names = _masked_codes(posts, "region", regions)
    tone = np.nan_to_num(posts["sentiment"].to_numpy(dtype=float))
    out = pair_sums(periods(posts["day"], freq), codes, {"total": tone})
    out = pd.DataFrame({"period": as_dates(out["a"].to_numpy()), "region": names[out["b"].to_numpy()],
                        "tone": out["total"] / out["n"], "n": out["n"]})
    return out.sort_values(["region", "period"], ignore_index=True)


def tone_distribution(posts: pd.DataFrame, by: str = "platform", bins: int = N_BINS) -> pd.DataFrame:
    """Share of each group's scored posts per tone bin: <by>, bin, lo, hi, n, share (bins of equal width)."""
    if posts.empty or "sentiment" not in posts:
        return pd.DataFrame({by: [], "bin": [], "lo": [], "hi": [], "n": [], "share": []})
    codes, names = _masked_codes(posts, by)
    counts = pair_sums(codes, tone_bin(np.nan_to_num(posts["sentiment"].to_numpy(dtype=float)), bins))
    out = pd.DataFrame({by: names[counts["a"].to_numpy()], "bin": counts["b"].to_numpy(), "n": counts["n"]})
    out["lo"] = -1 + out["bin"] * 2 / bins
    out["hi"] = out["lo"] + 2 / bins
    out["share"] = out["n"] / out.groupby(by)["n"].transform("sum")
    return out[[by, "bin", "lo", "hi", "n", "share"]].sort_values([by, "bin"], ignore_index=True)


def names_party(series: pd.Series, party: str) -> np.ndarray:
    """Mask of posts whose party_tone scores party (decided once per category)."""
    series = categorical(series)
    items = tone_items(series)
    hit = np.zeros(len(series.cat.categories), dtype=bool)
    hit[items.loc[items["party"] == party, "code"].to_numpy()] = True
    codes = series.cat.codes.to_numpy()
    return np.where(codes >= 0, hit[np.maximum(codes, 0)], False) if len(hit) else np.zeros(len(codes), bool)


def tone_bin(values: np.ndarray, bins: int = N_BINS) -> np.ndarray:
    """Bin number 0..bins-1 of tones in -1..1 (1 falls in the last bin)."""
    return np.clip(np.floor((values + 1) / 2 * bins), 0, bins - 1).astype(int)


def in_tone_bin(posts: pd.DataFrame, number: int, bins: int = N_BINS) -> np.ndarray:
    """Mask of the scored posts in bin number (same rule as tone_distribution)."""
    values = posts["sentiment"].to_numpy(dtype=float)
    return np.isfinite(values) & (tone_bin(np.nan_to_num(values), bins) == int(number))
