"""Work shared by every session of the server: the posts of a set of filters, and what pages compute from them.

Twenty people on the same link ran the same filtering and the same figures twenty times in one GIL-bound
process. Here a result is computed once per (frame, function, arguments) and handed to every session:
view(posts, filters) gives the filtered posts (the same frame object for everyone: read-only, as the loaded
store always was), memo(fn, frame, ...) the result of a pure function of that frame. Results hang off the
identity of the frame they came from, so a new version of the store (a new loaded frame) starts afresh and the
old results go with the old frame. A second session asking for a result being computed waits for it instead of
computing it again.
"""
from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from dataclasses import replace

import numpy as np
import pandas as pd

from analysis.filters import Filters

MAX_RESULTS = 128      # per frame: small tidy frames and counts
MAX_VIEW_ROWS = 4      # the views of one frame hold at most this many times its rows (the rest are evicted)


class _Results:
    """One frame's results: least recently used first, with one lock per key being computed."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.ref = weakref.ref(frame)
        self.values: OrderedDict = OrderedDict()
        self.computing: dict = {}
        self.lock = threading.Lock()


_FRAMES: dict[int, _Results] = {}
_LOCK = threading.Lock()


def _results(frame: pd.DataFrame) -> _Results:
    with _LOCK:
        known = _FRAMES.get(id(frame))
        if known is not None and known.ref() is frame:
            return known
        for key in [k for k, r in _FRAMES.items() if r.ref() is None]:  # frames gone: their results too
            del _FRAMES[key]
        _FRAMES[id(frame)] = known = _Results(frame)
        return known


def _key(value):
    """A hashable stand-in for an argument (lists and dicts of the pages' controls become tuples)."""
    if isinstance(value, (list, tuple)):
        return tuple(_key(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _key(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(_key(v) for v in value))
    hash(value)  # anything else must be hashable: a frame as an argument would be a wrong key, so it fails loudly
    return value


def _cached(frame: pd.DataFrame, key, compute, budget):
    results = _results(frame)
    with results.lock:
        if key in results.values:
            results.values.move_to_end(key)
            return results.values[key]
        gate = results.computing.setdefault(key, threading.Lock())
    with gate:  # the first session computes; the others wait here, then read its result
        with results.lock:
            if key in results.values:
                return results.values[key]
        value = compute()
        with results.lock:
            results.values[key] = value
            results.computing.pop(key, None)
            budget(results)
    return value


def _keep_count(results: _Results) -> None:
    while len(results.values) > MAX_RESULTS:
        results.values.popitem(last=False)


def _keep_rows(results: _Results) -> None:
    frame = results.ref()
    limit = MAX_VIEW_ROWS * max(1, len(frame) if frame is not None else 0)
    views = [k for k in results.values if k[0] == "view"]
    while len(views) > 1 and sum(len(results.values[k]) for k in views) > limit:
        del results.values[views.pop(0)]


def view(posts: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """filters.apply(posts), once for every session with the same filters; the frame is shared: never modify it."""
    if filters.is_empty():
        return posts
    return _cached(posts, ("view", filters), lambda: _apply(posts, filters), _keep_rows)


def _apply(posts: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """filters.apply(posts), the text search's mask computed once per query for every session: a regex over every
    text (1 s at a million posts), that twenty people searching the same word over different filters would redo."""
    query = filters.q.strip()
    if not query:
        return filters.apply(posts)
    words = _cached(posts, ("text", query), lambda: Filters(q=query).mask(posts), _keep_count)
    return posts.take(np.flatnonzero(replace(filters, q="").mask(posts) & words))


def memo(fn, frame: pd.DataFrame, *args, **kwargs):
    """fn(frame, *args, **kwargs) for a pure fn, once per frame and arguments. Frames and dicts come back as
    shallow copies (copy-on-write), so a page that adds a column to its result does not change the others'."""
    if "<" in fn.__qualname__:  # a lambda or a nested function: its name would not say what it computes
        raise ValueError(f"ui.shared.memo needs a module-level function, not {fn.__qualname__}")
    key = (fn.__module__, fn.__qualname__, _key(args), _key(kwargs))
    value = _cached(frame, key, lambda: fn(frame, *args, **kwargs), _keep_count)
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return value.copy(deep=False)
    return dict(value) if isinstance(value, dict) else value


def clear() -> None:
    """Every shared result dropped (tests; a write from the dashboard also brings a new frame)."""
    with _LOCK:
        _FRAMES.clear()
