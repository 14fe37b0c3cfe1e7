"""Aggregations for the party comparison page: share of voice, tone toward each party, topic and
region mix, most active accounts for and about each party.

Everything is counted on category codes (each distinct `;`-joined string is split once), so the cost
at 1,000,000 posts is a few group-bys over small integers. Every table carries its `n`, and `small`
marks figures resting on fewer than SMALL_N posts or mentions.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.aggregate.lists import categorical, items, per_period
from analysis.aggregate.tone import tone_items

SMALL_N = 30
MAX_PARTIES = 4


def _flag(frame: pd.DataFrame) -> pd.DataFrame:
    frame["small"] = frame["n"] < SMALL_N
    return frame


def mentioned_parties(posts: pd.DataFrame) -> list[str]:
    """Parties named in the posts, most named first."""
    from analysis.aggregate.lists import item_totals
    return item_totals(posts, "parties")["parties"].tolist() if len(posts) else []


def default_choice(mentioned: list[str], wanted=(), k: int = 3) -> list[str]:
    """Parties to compare at first: the sidebar's parties (at most four), completed up to k with the most
    named ones when it names fewer than two."""
    kept = [p for p in wanted if p in mentioned][:MAX_PARTIES]
    if len(kept) >= 2:
        return kept
    return (kept + [p for p in mentioned if p not in kept])[:k]


def share_of_voice(posts: pd.DataFrame, parties: list[str], freq: str = "W") -> pd.DataFrame:
    """period, party, n (posts naming the party), total (all posts of the period), share = n / total, small."""
    columns = ["period", "party", "n", "total", "share", "small"]
    if posts.empty or not parties:
        return pd.DataFrame({c: [] for c in columns})
    counts = per_period(posts, "parties", freq).rename(columns={"parties": "party", "posts": "total"})
    out = counts[counts["party"].isin(parties)].copy()
    # Parties never named in these posts still get a zero line, so the comparison stays visible.
    periods = np.sort(counts["period"].unique())
    totals = counts.drop_duplicates("period").set_index("period")["total"]
    full = pd.MultiIndex.from_product([periods, list(parties)], names=["period", "party"])
    out = out.set_index(["period", "party"])["n"].reindex(full, fill_value=0).reset_index()
    out["total"] = totals.reindex(out["period"]).to_numpy().astype("int64")
    out["share"] = np.where(out["total"] > 0, out["n"] / out["total"].clip(lower=1), 0.0)
    out["n"] = out["n"].astype("int64")
    return _flag(out)[columns]


def tone_toward(posts: pd.DataFrame, parties: list[str]) -> pd.DataFrame:
    """party, tone (mean tone of the sentences naming it), n (scored mentions), negative/positive shares, small."""
    columns = ["party", "tone", "n", "negative", "neutral", "positive", "small"]
    if posts.empty or not parties or "party_tone" not in posts:
        return pd.DataFrame({c: [] for c in columns})
    series = categorical(posts["party_tone"])
    codes = series.cat.codes.to_numpy()
    per_code = np.bincount(codes[codes >= 0], minlength=len(series.cat.categories))
    rows = tone_items(series)
    rows = rows[rows["party"].isin(parties)].copy()
    rows["n"] = per_code[rows["code"].to_numpy()] if len(rows) else []
    rows["weighted"] = rows["tone"] * rows["n"]
    label = _labels(rows["tone"].to_numpy())
    for name in ("negative", "positive"):
        rows[name] = np.where(label == name, rows["n"], 0)
    summed = rows.groupby("party")[["weighted", "n", "negative", "positive"]].sum().reindex(parties, fill_value=0)
    out = summed.rename_axis("party").reset_index()
    n = out["n"].to_numpy()
    out["tone"] = np.where(n > 0, out["weighted"] / np.maximum(n, 1), np.nan)
    out["negative"] = np.where(n > 0, out["negative"] / np.maximum(n, 1), np.nan)
    out["positive"] = np.where(n > 0, out["positive"] / np.maximum(n, 1), np.nan)
    out["neutral"] = 1 - out["negative"] - out["positive"]
    out["n"] = out["n"].astype("int64")
    return _flag(out)[columns]


def summary(posts: pd.DataFrame, parties: list[str]) -> pd.DataFrame:
    """One row per party: posts naming it, their share of all posts, scored mentions, mean tone, small."""
    from analysis.aggregate.lists import has_item
    tone = tone_toward(posts, parties).set_index("party") if parties else pd.DataFrame()
    rows = []
    for party in parties:
        n = int(has_item(posts["parties"], party).sum()) if len(posts) else 0
        rows.append({"party": party, "posts": n, "share": n / max(1, len(posts)),
                     "mentions": int(tone.loc[party, "n"]) if party in tone.index else 0,
                     "tone": float(tone.loc[party, "tone"]) if party in tone.index else np.nan})
    out = pd.DataFrame(rows, columns=["party", "posts", "share", "mentions", "tone"])
    out["small"] = out["posts"] < SMALL_N
    return out


def _labels(tones: np.ndarray) -> np.ndarray:
    """The sentiment analyser's own negative/neutral/positive bands, so this page agrees with the others."""
    from analysis.sentiment import scoring as sentiment
    return np.asarray(sentiment.labels(tones), dtype=object) if len(tones) else np.asarray([], dtype=object)


def _chosen_codes(series: pd.Series, parties: list[str]) -> pd.DataFrame:
    """code, party: the categories of a `;`-joined column that name one of parties."""
    named = items(series, "party")
    return named[named["party"].isin(parties)]


def _pairs(posts: pd.DataFrame, parties: list[str], other: str) -> pd.DataFrame:
    """Posts per (party named, item of other): party, <other>, n — values of other may be `;`-lists.

    Only rows naming a chosen party are kept, then (party code, other code) pairs are counted with one
    bincount over a combined integer key: no group-by over the million rows.
    """
    left, right = categorical(posts["parties"]), categorical(posts[other])
    named = _chosen_codes(left, parties)
    keep = np.zeros(len(left.cat.categories) + 1, dtype=bool)
    keep[named["code"].to_numpy()] = True
    rows = np.flatnonzero(keep[left.cat.codes.to_numpy()])
    a = left.cat.codes.to_numpy()[rows].astype(np.int64)
    b = right.cat.codes.to_numpy()[rows].astype(np.int64) + 1  # 0 = missing
    width = len(right.cat.categories) + 1
    counts = np.bincount(a * width + b)
    key = np.flatnonzero(counts)
    pairs = pd.DataFrame({"a": key // width, "b": key % width - 1, "n": counts[key]})
    pairs = pairs.merge(named.rename(columns={"code": "a"}), on="a")
    pairs = pairs.merge(items(right, other).rename(columns={"code": "b"}), on="b")
    return pairs.groupby(["party", other], as_index=False)["n"].sum()


def mix(posts: pd.DataFrame, parties: list[str], other: str) -> pd.DataFrame:
    """party, <other>, n, base, share: topic or region mix of the posts naming each party.

    share = posts naming the party with that topic (or region) / posts naming the party with any topic
    (or region), so parties of very different volume can be compared; base is that denominator.
    """
    columns = ["party", other, "n", "base", "share", "small"]
    if posts.empty or not parties:
        return pd.DataFrame({c: [] for c in columns})
    return mixed(_pairs(posts, parties, other), _with_any(posts, parties, other), parties, other)


def mixed(pairs: pd.DataFrame, base: dict[str, int], parties: list[str], other: str) -> pd.DataFrame:
    """mix's table from the counted pairs (party, <other>, n, sorted by party then other) and each party's base:
    shares, small flags, parties in the chosen order, most posts first (the aggregates' twin uses it too)."""
    out = pairs.copy()
    out["base"] = out["party"].map(base).fillna(0).astype("int64")
    out["share"] = out["n"] / out["base"].clip(lower=1)
    out["n"] = out["n"].astype("int64")
    out["small"] = out["base"] < SMALL_N
    order = {p: i for i, p in enumerate(parties)}
    out = out.sort_values(["party", "n"], key=lambda s: s.map(order) if s.name == "party" else -s)
    return out[["party", other, "n", "base", "share", "small"]].reset_index(drop=True)


def _with_any(posts: pd.DataFrame, parties: list[str], other: str) -> dict[str, int]:
    """Posts naming each party whose `other` column is not empty."""
    left, right = categorical(posts["parties"]), categorical(posts[other])
    filled = np.asarray([str(c) != "" for c in right.cat.categories], dtype=bool)
    rcodes = right.cat.codes.to_numpy()
    keep = np.where(rcodes >= 0, filled[np.maximum(rcodes, 0)] if len(filled) else False, False)
    codes = left.cat.codes.to_numpy()[keep]
    per_code = np.bincount(codes[codes >= 0], minlength=len(left.cat.categories))
    named = items(left, "party")
    named = named[named["party"].isin(parties)]
    return {p: int(per_code[g["code"].to_numpy()].sum()) for p, g in named.groupby("party")}


def accounts(posts: pd.DataFrame, parties: list[str], side: str = "about", top: int = 10) -> pd.DataFrame:
    """party, author_id, author_name, posts, share: most active accounts per party.

    side 'for': accounts whose author_party (from the actors list) is the party; 'about': accounts whose
    posts name the party. share = the account's posts / all such posts for the party.
    One bincount over author codes per party (at most four), so 1,000,000 posts stay fast.
    """
    columns = ["party", "author_id", "author_name", "posts", "share"]
    column = "author_party" if side == "for" else "parties"
    if posts.empty or not parties or column not in posts:
        return pd.DataFrame({c: [] for c in columns})
    from analysis.aggregate.lists import has_item
    authors = categorical(posts["author_id"])
    codes = authors.cat.codes.to_numpy()
    names = posts["author_name"].astype(str) if not isinstance(posts["author_name"].dtype, pd.CategoricalDtype) \
        else posts["author_name"]
    frames = []
    for party in parties:
        mine = codes[has_item(posts[column], party) & (codes >= 0)]
        counts = np.bincount(mine, minlength=len(authors.cat.categories))
        best = np.argsort(-counts, kind="stable")[:top]
        best = best[counts[best] > 0]
        if not len(best):
            continue
        wanted = np.zeros(len(counts) + 1, dtype=bool)
        wanted[best] = True
        rows = np.flatnonzero(wanted[codes])  # code -1 (no author) reads the spare last slot
        found, at = np.unique(codes[rows], return_index=True)
        first = dict(zip(found.tolist(), rows[at].tolist()))
        frames.append(pd.DataFrame({
            "party": party, "author_id": authors.cat.categories.astype(str).to_numpy()[best],
            "author_name": [str(names.iloc[first[c]]) for c in best],
            "posts": counts[best].astype("int64"), "share": counts[best] / max(1, len(mine))}))
    if not frames:
        return pd.DataFrame({c: [] for c in columns})
    return pd.concat(frames, ignore_index=True)[columns]


def tone_label_mask(posts: pd.DataFrame, party: str, label: str | None = None) -> np.ndarray:
    """Posts whose tone toward party falls in label's band (any scored mention when label is None)."""
    series = categorical(posts["party_tone"])
    rows = tone_items(series)
    rows = rows[rows["party"] == party]
    if label:
        rows = rows[_labels(rows["tone"].to_numpy()) == label]
    hit = np.zeros(len(series.cat.categories) + 1, dtype=bool)
    hit[rows["code"].to_numpy()] = True
    return hit[series.cat.codes.to_numpy()]


def names_party(posts: pd.DataFrame, party: str) -> np.ndarray:
    """Mask of the posts naming party (decided once per category)."""
    from analysis.aggregate.lists import has_item
    return has_item(posts["parties"], party)
