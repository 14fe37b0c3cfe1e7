"""Consecutive flagged bins of a series become one alert."""
from __future__ import annotations

import numpy as np


def runs(flags: np.ndarray) -> list[tuple[int, int, int]]:
    """(series, first bin, last bin + 1) of every run of True in each row of a 2-D mask."""
    padded = np.zeros((flags.shape[0], flags.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = flags
    edges = np.diff(padded, axis=1)
    starts, ends = np.nonzero(edges == 1), np.nonzero(edges == -1)
    return [(int(s), int(a), int(b)) for s, a, b in zip(starts[0], starts[1], ends[1])]


def merge_close(spans: list[tuple[int, int]], gap: int, small) -> list[tuple[int, int]]:
    """Join spans of one series separated by at most `gap` bins when small(a, b) says the gap is quiet."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start - merged[-1][1] <= gap and small(merged[-1][1], start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
