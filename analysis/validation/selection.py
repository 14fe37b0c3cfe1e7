"""Which posts a batch of labels goes to: equal shares per cell, least sure first, a random share.

Pure functions over arrays (no model, no store): `quotas` splits a batch over cells (strata of the
stratified draw, predicted classes of the uncertain one); `balanced_least_sure` takes the least sure
posts of each predicted class in equal numbers; `with_random_share` completes a choice with posts drawn
at random. Measured on the development sets (benchmarks/bench_learning.py): plain least margin spends a
batch on the boundary of the majority class and, on noisy labels, on posts nobody can decide; equal
shares per predicted class and half the batch at random beat random labels across sets and seeds.
"""
from __future__ import annotations

import numpy as np

EXPLORE = 0.5       # share of an active-learning batch drawn at random


def quotas(sizes: list[int], n: int) -> list[int]:
    """Equal shares of n over cells of the given sizes; a full cell's remainder goes to the others."""
    take, left = [0] * len(sizes), min(n, sum(sizes))
    while left > 0:
        open_cells = [i for i, s in enumerate(sizes) if take[i] < s]
        each = max(1, left // len(open_cells))
        for i in open_cells:
            extra = min(each, sizes[i] - take[i], left)
            take[i] += extra
            left -= extra
            if not left:
                break
    return take


def balanced_least_sure(gaps: np.ndarray, predicted: np.ndarray, n: int) -> list[int]:
    """Indices of n posts: within each predicted class the smallest gaps (least sure) first, the classes
    sharing n equally (`quotas`); ties keep the input order."""
    gaps, predicted = np.asarray(gaps, dtype=float), np.asarray(predicted)
    if len(gaps) != len(predicted):
        raise ValueError(f"{len(gaps)} gaps but {len(predicted)} predicted classes")
    order = np.argsort(gaps, kind="stable")
    classes = sorted(set(predicted.tolist()))
    cells = [order[predicted[order] == c] for c in classes]
    counts = quotas([len(cell) for cell in cells], n)
    chosen = np.concatenate([cell[:k] for cell, k in zip(cells, counts)]) if cells else np.zeros(0, int)
    return [int(i) for i in chosen[np.argsort(gaps[chosen], kind="stable")]]


def with_random_share(chosen: list[int], size: int, n: int, rng: np.random.Generator) -> list[int]:
    """`chosen` completed to n distinct indices of range(size) with indices drawn at random."""
    taken = set(chosen)
    others = [int(i) for i in rng.permutation(size) if int(i) not in taken]
    return list(chosen) + others[:max(0, min(n, size) - len(chosen))]
