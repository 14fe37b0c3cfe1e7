"""Coordinated campaigns: the same message pushed by many accounts within minutes.

find_groups() clusters near-duplicate texts (coordination_minhash), keeps the bursts where at
least `min_accounts` distinct accounts post within `window_minutes` (coordination_bursts) and
describes each group: accounts, platforms, the cascade across platforms, and what the message is
about (participation categories, parties, tone) from the annotation columns when present.
colink_networks() (coordination_colink) finds accounts that repeatedly share the same links.
Coordination is a pattern of behaviour, not proof of fake accounts.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.coordination.bursts import burst_groups

from analysis.coordination.minhash import cluster
from analysis.coordination.normalise import information, normalise_many, words

MIN_INFORMATION = 15   # distinct words of 3+ letters: greetings and slogans stay far below
GROUP_COLUMNS = ["group_id", "n_accounts", "n_posts", "accounts", "platforms", "first_seen", "last_seen",
                 "duration_minutes", "first_platform", "cascade", "sample_text", "participation", "parties",
                 "topics", "sentiment"]
_SUMMARISED = ("participation", "parties", "topics")


def _check(posts: pd.DataFrame, min_accounts: int, window_minutes: float, threshold: float) -> None:
    missing = [c for c in ("text", "author_id", "created_at", "platform") if c not in posts.columns]
    if missing:
        raise ValueError(f"coordination: missing column(s) {', '.join(missing)}")
    if min_accounts < 2:
        raise ValueError(f"coordination: min_accounts must be at least 2, got {min_accounts}")
    if not window_minutes > 0:
        raise ValueError(f"coordination: window_minutes must be positive, got {window_minutes}")
    if not 0 < threshold <= 1:
        raise ValueError(f"coordination: threshold must be in (0, 1], got {threshold}")


def _epoch_seconds(created: pd.Series) -> np.ndarray:
    times = pd.to_datetime(created, utc=True)
    if times.isna().any():
        raise ValueError(f"coordination: {int(times.isna().sum())} post(s) without created_at")
    return times.astype("datetime64[s, UTC]").astype("int64").to_numpy()


def text_clusters(texts, threshold: float = 0.8, min_information: int = MIN_INFORMATION,
                  min_posts: int = 2) -> np.ndarray:
    """Near-duplicate cluster per text; -1 for texts with too little content to compare.

    Content is first bounded cheaply (words of 3+ letters, repeats included) to choose what enters
    MinHash; the exact measure (distinct such words) is then checked only for texts whose cluster
    holds at least `min_posts` posts, the only ones that can form a group.
    """
    codes, unique = normalise_many(texts)
    owner, word_hash, length = words(unique)
    bound = np.bincount(owner[length >= 3], minlength=len(unique))
    rich = np.flatnonzero(bound >= min_information)
    labels = np.full(len(unique), -1, dtype=np.int64)
    take = np.zeros(len(unique), dtype=bool)
    take[rich] = True
    take = take[owner]
    local = np.searchsorted(rich, owner[take])
    labels[rich] = cluster(local, word_hash[take], len(rich), threshold)
    posts_per_label = np.bincount(labels[codes][labels[codes] >= 0], minlength=len(unique))
    busy = np.flatnonzero((labels >= 0) & (posts_per_label[np.maximum(labels, 0)] >= min_posts))
    labels[busy[information(unique.take(busy)) < min_information]] = -1
    return labels[codes] if len(codes) else np.zeros(0, dtype=np.int64)


def find_groups(posts: pd.DataFrame, min_accounts: int = 3, window_minutes: float = 60, threshold: float = 0.8,
                min_information: int = MIN_INFORMATION, include_reposts: bool = False,
                clusters: np.ndarray | None = None) -> tuple[pd.Series, pd.DataFrame]:
    """Coordinated copy-paste groups.

    Returns (group id per post, indexed like `posts`: "" or "G0001"...; one row per group, most
    accounts first). Native reposts (retweets, shares) are left out unless include_reposts: they
    copy by design and would turn every popular post into a "group". `clusters` may pass
    text_clusters(posts["text"], threshold, min_information) computed earlier (the costly part), so
    trying other account counts or windows is quick.
    """
    _check(posts, min_accounts, window_minutes, threshold)
    if clusters is None:
        labels = text_clusters(posts["text"], threshold, min_information, min_accounts)
    elif len(clusters) != len(posts):
        raise ValueError(f"coordination: {len(clusters)} cluster labels for {len(posts)} posts")
    else:
        labels = np.array(clusters, dtype=np.int64, copy=True)
    if not include_reposts and "is_repost" in posts.columns:
        labels[posts["is_repost"].fillna(False).to_numpy(dtype=bool)] = -1
    accounts = pd.factorize(posts["author_id"].astype(object).fillna("").to_numpy(dtype=object))[0]
    group = burst_groups(labels, _epoch_seconds(posts["created_at"]), accounts.astype(np.int64),
                         min_accounts, window_minutes * 60)
    return _label(posts, group)


def groups_from_ids(posts: pd.DataFrame, stored: pd.Series) -> tuple[pd.Series, pd.DataFrame]:
    """The group table from group ids already stored by `annotate` (no clustering: fast at 1M posts)."""
    codes, _ = pd.factorize(stored.astype(object).fillna("").to_numpy(dtype=object))
    empty = np.asarray(stored.astype(object).fillna("").to_numpy(dtype=object) == "")
    group = np.where(empty, -1, codes).astype(np.int64)
    return _label(posts, group)


def _label(posts: pd.DataFrame, group: np.ndarray) -> tuple[pd.Series, pd.DataFrame]:
    """Renumber groups by accounts involved (most first) and build the group table."""
    ids = pd.Series("", index=posts.index, dtype=object, name="dup_group")
    inside = np.flatnonzero(group >= 0)
    if not len(inside):
        return ids, pd.DataFrame(columns=GROUP_COLUMNS)
    columns = ["text", "author_id", "platform", *(c for c in (*_SUMMARISED, "sentiment") if c in posts.columns)]
    members = posts.iloc[inside][columns].reset_index(drop=True)
    members["_g"] = group[inside]
    members["_t"] = pd.to_datetime(posts["created_at"].iloc[inside], utc=True).to_numpy()
    members["author_id"] = members["author_id"].astype(object).fillna("").astype(str)
    members["platform"] = members["platform"].astype(str)
    members = members.sort_values(["_g", "_t"], kind="stable")
    table = _describe(members)
    table = table.sort_values(["n_accounts", "n_posts", "first_seen"], ascending=[False, False, True])
    names = pd.Series([f"G{i + 1:04d}" for i in range(len(table))], index=table.index)
    table.insert(0, "group_id", names.to_numpy())
    ids.iloc[inside] = names.reindex(group[inside]).to_numpy()
    return ids, table.reset_index(drop=True)[GROUP_COLUMNS]


def _describe(members: pd.DataFrame) -> pd.DataFrame:
    """One row per group (index = group number); `members` is sorted by group then time."""
    by = members.groupby("_g", sort=True)
    table = pd.DataFrame({"n_accounts": by["author_id"].nunique(), "n_posts": by.size(),
                          "first_seen": by["_t"].min(), "last_seen": by["_t"].max(),
                          "sample_text": by["text"].first().astype(str)})
    table["accounts"] = members.drop_duplicates(["_g", "author_id"]).groupby("_g")["author_id"].agg(tuple)
    firsts = members.drop_duplicates(["_g", "platform"])
    table["cascade"] = pd.Series(list(zip(firsts["platform"], firsts["_t"])), index=firsts["_g"].to_numpy()) \
        .groupby(level=0).agg(tuple)
    table["platforms"] = firsts.groupby("_g")["platform"].agg(tuple)
    table["first_platform"] = firsts.groupby("_g")["platform"].first()
    table["duration_minutes"] = ((table["last_seen"] - table["first_seen"]).dt.total_seconds() / 60).round(1)
    for column in _SUMMARISED:
        table[column] = _shared_items(members, column, table["n_posts"]) if column in members else ""
    table["sentiment"] = pd.to_numeric(members["sentiment"], errors="coerce").groupby(members["_g"]).mean() \
        if "sentiment" in members else np.nan
    return table


def _shared_items(members: pd.DataFrame, column: str, sizes: pd.Series) -> pd.Series:
    """Items of a `;`-joined list column found in at least half of a group's posts, most frequent first."""
    items = members[column].astype(object).fillna("").astype(str).str.split(";")
    flat = pd.DataFrame({"_g": members["_g"].to_numpy(), "item": items.to_numpy()}).explode("item")
    flat = flat[flat["item"].astype(str) != ""].reset_index().drop_duplicates()   # an item once per post
    counts = flat.groupby(["_g", "item"]).size().rename("n").reset_index()
    counts = counts[counts["n"] * 2 >= sizes.reindex(counts["_g"]).to_numpy()]
    counts = counts.sort_values(["_g", "n", "item"], ascending=[True, False, True])
    joined = counts.groupby("_g")["item"].agg(";".join)
    return joined.reindex(sizes.index).fillna("")


def cascade_text(cascade) -> str:
    """'WhatsApp 29/03 10:02 → Facebook 10:15' style summary (times in UTC)."""
    parts, last_day = [], None
    for platform, when in cascade:
        day = when.strftime("%d/%m")
        parts.append(f"{platform} {when.strftime('%H:%M') if day == last_day else when.strftime('%d/%m %H:%M')}")
        last_day = day
    return " → ".join(parts)


def pairwise_scores(pred_groups, truth) -> dict:
    """Pairwise precision and recall of a grouping against ground truth.

    pred_groups: Series post_id -> group id ("" = none); truth: DataFrame(post_id, campaign_id) or
    Series post_id -> campaign id. A pair of posts counts when both share a group; precision is the
    share of predicted pairs that are true pairs, recall the share of true pairs found.
    """
    pred = _as_labels(pred_groups)
    true = _as_labels(truth.set_index("post_id")["campaign_id"] if isinstance(truth, pd.DataFrame) else truth)
    both = pd.DataFrame({"pred": pred, "true": true}).fillna("")
    pred_pairs = _pairs(both["pred"])
    true_pairs = _pairs(both["true"])
    common = _pairs(both["pred"] + "\x00" + both["true"], both["pred"].ne("") & both["true"].ne(""))
    return {"precision": common / pred_pairs if pred_pairs else 1.0,
            "recall": common / true_pairs if true_pairs else 1.0,
            "predicted_pairs": pred_pairs, "true_pairs": true_pairs, "common_pairs": common}


def _as_labels(series: pd.Series) -> pd.Series:
    out = series.astype(object).fillna("").astype(str)
    return out[~out.index.duplicated()]


def _pairs(labels: pd.Series, keep=None) -> int:
    labels = labels[labels.ne("")] if keep is None else labels[keep]
    sizes = labels.value_counts().to_numpy(dtype=np.int64)
    return int((sizes * (sizes - 1) // 2).sum())


def organic_only_groups(pred_groups, truth) -> list[str]:
    """Predicted groups containing no ground-truth campaign post at all."""
    pred = _as_labels(pred_groups)
    true_ids = set((truth["post_id"] if isinstance(truth, pd.DataFrame) else truth[truth.ne("")].index).astype(str))
    grouped = pred[pred.ne("")]
    hit = grouped.index.astype(str).isin(true_ids)
    return sorted(set(grouped[~hit]) - set(grouped[hit]))
