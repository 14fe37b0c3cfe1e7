"""Readers of JSON exports turn each item into a row dict (or a reason); this gathers them into Batches.

Every item read ends up as a post or a rejected row (line or item rank, reason, raw JSON), so the
counting identity read = accepted + duplicates + rejected holds for every JSON format.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pandas as pd

from analysis.importers.base import CHUNK_ROWS, COUNT_COLUMNS, Batch, clip_raw, empty_posts, split_valid, to_utc


def raw_json(obj) -> str:
    return clip_raw(json.dumps(obj, ensure_ascii=False, default=str))


def count(value):
    """A count as exported: int, float, "12" or "1,234" -> int; anything else -> None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return int(value) if value >= 0 and value == int(value) else None
    if isinstance(value, str) and value.strip().replace(",", "").isdigit():
        return int(value.strip().replace(",", ""))
    return None


def epoch(value) -> datetime | None:
    """Seconds (or milliseconds, when too large for seconds) since 1970 -> UTC datetime."""
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return None
    if seconds > 1e11:
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def text_or_none(value) -> str | None:
    return None if value in (None, "") else str(value)


class Collector:
    """Accumulates rows and rejections; `take()` returns a Batch every CHUNK_ROWS rows."""

    def __init__(self, chunk: int = CHUNK_ROWS):
        self.chunk, self.rows, self.raws, self.rejected = chunk, [], [], []

    def add(self, row: dict | str, line: int, obj, where: str = "") -> None:
        """row: the canonical row, or the reason the item is not a post."""
        if isinstance(row, str):
            self.rejected.append((line, row + where, raw_json(obj)))
        else:
            row["_line"] = line
            self.rows.append(row)
            self.raws.append(obj)

    def reject(self, line: int, reason: str, raw) -> None:
        self.rejected.append((line, reason, raw if isinstance(raw, str) else raw_json(raw)))

    def full(self) -> bool:
        return len(self.rows) + len(self.rejected) >= self.chunk

    def take(self) -> Batch:
        rows, raws, rejected = self.rows, self.raws, self.rejected
        self.rows, self.raws, self.rejected = [], [], []
        if not rows:
            return Batch(empty_posts(), rejected)
        frame = pd.DataFrame(rows)
        frame["created_at"] = to_utc(frame["created_at"])
        for col in COUNT_COLUMNS:
            values = frame[col].tolist() if col in frame else [None] * len(frame)
            frame[col] = pd.array(values, dtype="Int64")
        batch = split_valid(frame, lambda pos: raw_json(raws[pos]))
        batch.rejected = rejected + batch.rejected
        return batch

    def pending(self) -> bool:
        return bool(self.rows or self.rejected)


def collect(items, to_row, chunk: int = CHUNK_ROWS):
    """items: (line, object); to_row(object) -> row dict or reason. Yields Batches."""
    out = Collector(chunk)
    for line, obj in items:
        out.add(to_row(obj), line, obj)
        if out.full():
            yield out.take()
    if out.pending():
        yield out.take()
