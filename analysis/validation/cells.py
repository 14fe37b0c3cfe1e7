"""Corrected shares of any set of a store's posts from counts by cell, for a dashboard asking on every filter change.

Corrector.shares reads each post's labels (strings) every time: 1 to 6 s of CPU per note at a million posts. But
a field's posts fall in few cells (the machine's code and the people's code for every target: a handful of
distinct labels), so once per store each post gets its cell, and a set of posts is then one bincount of their
positions; the corrector works on those counts (Corrector.shares_of_counts) and gives the same figures
(tests/validation/test_cells.py). by_group does the same per group, from each post's group computed once.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.validation import estimate, groups


@dataclass(frozen=True)
class Cells:
    cell: np.ndarray                 # per post of the store (by position): its cell
    machine: tuple[np.ndarray, ...]  # per target: the machine's code of each cell (-1: no label)
    truth: tuple[np.ndarray, ...]    # per target: the people's code of each cell (-1: not decided)
    sizes: tuple[int, ...]           # per target: number of classes

    @property
    def n_cells(self) -> int:
        return len(self.machine[0]) if self.machine else 0


def _encoder(values: list):
    """estimate._encode(values, target, classes) for any target, with the values factorized once."""
    try:
        codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=False)
    except TypeError:                  # lists of categories are not hashable: estimate._encode goes one by one
        return lambda target, classes: estimate._encode(values, target, classes)
    distinct = list(uniques)
    return lambda target, classes: estimate._encode(distinct, target, classes)[codes] if len(codes) \
        else np.zeros(0, np.int64)


def build(corrector: estimate.Corrector, predicted: pd.Series) -> Cells:
    """Each post's cell, `predicted` being the machine's label of every post of the store, in its order."""
    known = corrector.known_truth(predicted.index)
    machine, people = _encoder(predicted.tolist()), _encoder(known.fillna("").tolist())
    is_known = known.notna().to_numpy()     # an array: numpy probing a Series hashes its million-string index
    combined, per_target, sizes = np.zeros(len(predicted), np.int64), [], []
    for target, classes in estimate.targets(corrector.field):
        codes = machine(target, classes)
        truth = np.where(is_known, people(target, classes), -1)
        radix = len(classes) + 1           # codes from -1 to k - 1: one mixed-radix digit pair per target
        if combined.max(initial=0) >= 2 ** 62 // (radix * radix):
            combined = np.unique(combined, return_inverse=True)[1].reshape(-1)   # renumbered before it overflows
        combined = combined * radix * radix + (codes + 1) * radix + (truth + 1)
        per_target.append((codes, truth))
        sizes.append(len(classes))
    _, first, cell = np.unique(combined, return_index=True, return_inverse=True)
    return Cells(cell.astype(np.int32).reshape(-1), tuple(c[first] for c, _ in per_target),
                 tuple(t[first] for _, t in per_target), tuple(sizes))


def count(cells: Cells, positions: np.ndarray) -> np.ndarray:
    """Posts per cell among the posts at these positions of the store."""
    return np.bincount(cells.cell[positions], minlength=cells.n_cells)


def _counted(cells: Cells, per_cell: np.ndarray) -> list[tuple]:
    """estimate.counts() of each target, from the posts per cell."""
    out = []
    for machine, truth, k in zip(cells.machine, cells.truth, cells.sizes):
        valid = machine >= 0
        decided, undecided = valid & (truth >= 0), valid & (truth < 0)

        def by(codes, keep):
            return np.bincount(codes[keep], weights=per_cell[keep], minlength=k).astype(np.int64)
        out.append((by(machine, valid), by(truth, decided), by(machine, undecided)))
    return out


def shares(corrector: estimate.Corrector, cells: Cells, per_cell: np.ndarray) -> dict:
    """corrector.shares() of the posts counted by cell in `per_cell`."""
    return corrector.shares_of_counts(_counted(cells, per_cell), int(per_cell.sum()))


@dataclass(frozen=True)
class Grouping:
    names: tuple[str, ...]  # sorted, as groups.by_group orders them
    post: np.ndarray        # one row per (post, group) membership: the post's position
    group: np.ndarray       # and the group's index in names


def grouping(posts: pd.DataFrame, by: str) -> Grouping:
    """The groups of every post of the store (groups.group_keys; a post naming two parties is in both)."""
    keys = groups.group_keys(posts.reset_index(drop=True), by)
    pairs = pd.DataFrame({"post": keys.index.to_numpy(), "key": keys.to_numpy(dtype=object)}).drop_duplicates()
    names = sorted(pairs["key"].unique())
    codes = pd.Index(names).get_indexer(pairs["key"])
    return Grouping(tuple(names), pairs["post"].to_numpy(np.int64), codes.astype(np.int64))


def by_group(corrector: estimate.Corrector, cells: Cells, grouped: Grouping, positions: np.ndarray) -> pd.DataFrame:
    """groups.by_group() of the posts at these positions: one row per group and class."""
    chosen = np.zeros(len(cells.cell), bool)
    chosen[positions] = True
    member = chosen[grouped.post]
    flat = grouped.group[member] * cells.n_cells + cells.cell[grouped.post[member]]
    table = np.bincount(flat, minlength=len(grouped.names) * cells.n_cells).reshape(len(grouped.names), -1)
    rows = []
    for name, per_cell in zip(grouped.names, table):
        if not per_cell.sum():
            continue
        result = shares(corrector, cells, per_cell)
        rows.extend({"group": name, "class": label, "n_posts": result["n_posts"], **values,
                     "status": result["status"], "n_validated": result["n_validated"]}
                    for label, values in result["classes"].items())
    return pd.DataFrame(rows, columns=groups.CSV_COLUMNS)


def positions(store_ids: pd.Index, store_posts: pd.DataFrame, part: pd.DataFrame) -> np.ndarray:
    """Where the posts of `part` sit in the store's frame: its own index when it was taken from that frame (as
    the filters do), checked against the post ids; else by looking the ids up (posts not in the store left out)."""
    if part is store_posts:
        return np.arange(len(store_posts))
    index = part.index
    if len(part) and pd.api.types.is_integer_dtype(index.dtype) and index.min() >= 0 \
            and index.max() < len(store_posts):
        taken = index.to_numpy(np.int64)
        if (store_posts["post_id"].take(taken).array == part["post_id"].array).all():
            return taken
    where = store_ids.get_indexer(part["post_id"].astype(str).to_numpy(dtype=object))
    return where[where >= 0]
