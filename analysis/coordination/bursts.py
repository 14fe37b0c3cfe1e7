"""Bursts: posts of one near-duplicate cluster made by at least N distinct accounts within T.

A post belongs to a group when some window [t, t + T] starting at a post of its cluster holds
posts from at least N distinct accounts and contains it. Overlapping qualifying windows merge into
one group; a silence longer than T splits the cluster's posts into separate groups.
"""
from __future__ import annotations

import numpy as np


def _qualifying(accounts: np.ndarray, ends: np.ndarray, quick_repeat: np.ndarray, min_accounts: int) -> np.ndarray:
    """Does the window [i, ends[i]) of each sorted post hold >= min_accounts distinct accounts?

    Upper bound: posts in the window. Lower bound: posts minus those repeating an account seen less
    than T before (any repeat inside the window is such a post). Only windows between the two
    bounds are counted exactly, which keeps the Python loop for rare cases.
    """
    idx = np.arange(len(ends))
    upper = ends - idx
    repeats = np.concatenate([[0], np.cumsum(quick_repeat)])
    lower = upper - (repeats[ends] - repeats[idx])
    ok = lower >= min_accounts
    for i in np.flatnonzero((upper >= min_accounts) & ~ok):
        ok[i] = len(np.unique(accounts[i:ends[i]])) >= min_accounts
    return ok


def burst_groups(cluster: np.ndarray, seconds: np.ndarray, accounts: np.ndarray,
                 min_accounts: int, window_seconds: float) -> np.ndarray:
    """Group number per post (-1 outside any group). cluster: -1 for posts not compared at all;
    seconds: int64 epoch seconds; accounts: int64 account codes."""
    n = len(cluster)
    out = np.full(n, -1, dtype=np.int64)
    eligible = np.flatnonzero(cluster >= 0)
    if len(eligible) < min_accounts:
        return out
    # Clusters that never reach N distinct accounts cannot hold a group: drop them early.
    pair = np.unique(np.stack([cluster[eligible], accounts[eligible]], axis=1), axis=0)
    reach = np.bincount(pair[:, 0], minlength=int(cluster.max()) + 1) >= min_accounts
    eligible = eligible[reach[cluster[eligible]]]
    if not len(eligible):
        return out
    rel = seconds[eligible] - seconds[eligible].min()
    order = np.lexsort((rel, cluster[eligible]))
    posts = eligible[order]
    clu, t, acc = cluster[posts], rel[order], accounts[posts]
    key = (clu << np.int64(34)) + t
    window = int(window_seconds)
    ends = np.searchsorted(key, key + window, side="right")
    quick_repeat = _quick_repeats(clu, acc, t, window)
    core = _qualifying(acc, ends, quick_repeat, min_accounts)
    member = np.cumsum(np.bincount(np.flatnonzero(core), minlength=len(posts) + 1)[:len(posts)]
                       - np.bincount(ends[core], minlength=len(posts) + 1)[:len(posts)]) > 0
    gap = np.r_[True, (clu[1:] != clu[:-1]) | (np.diff(t) > window) | ~member[:-1]]
    group = np.cumsum(gap & member) - 1
    out[posts[member]] = group[member]
    return out


def _quick_repeats(clu: np.ndarray, acc: np.ndarray, t: np.ndarray, window: int) -> np.ndarray:
    """1 where the same account posted in the same cluster at most `window` seconds before."""
    order = np.lexsort((t, acc, clu))
    same = np.r_[False, (clu[order][1:] == clu[order][:-1]) & (acc[order][1:] == acc[order][:-1])]
    close = np.r_[False, np.diff(t[order]) <= window]
    out = np.zeros(len(clu), dtype=np.int64)
    out[order] = (same & close).astype(np.int64)
    return out
