"""Each distinct text analysed once per run, on several processes when asked.

A run's posts are reduced to their distinct texts (the demo's templates, and on real platforms retweets,
forwards and copy-paste campaigns, repeat them); the analysers of text run once per distinct text, in
slices shared among forked worker processes, while the parent process does other work (coordination
groups); `pipeline.spread` then gives each post the values of its text.
"""
from __future__ import annotations

import math
import multiprocessing

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.annotate import per_text, trained

TEXT_SLICE = 20_000       # at most this many distinct texts per task of a worker process
MIN_SLICE = 2_000         # smaller tasks cost more in start-up than they gain in balance
SLICES_PER_WORKER = 6     # several tasks per worker, so that one slow slice does not leave the others idle
TEXT_COLUMNS = ("lang", "sentiment_label", "parties", "party_tone", "participation", "topics", "hostility",
                "hostility_kind", "hostility_target")


def distinct_texts(posts: pd.DataFrame) -> tuple[np.ndarray, list[str]]:
    """(per post: index of its text, the distinct texts)."""
    texts = posts["text"].fillna("").astype(str) if "text" in posts.columns else pd.Series("", index=posts.index)
    codes, uniques = pd.factorize(texts, sort=False)
    return codes, [str(t) for t in uniques]


def text_values(texts: list[str], models: trained.Trained = per_text.NO_MODELS, memo: bool = True) -> dict:
    """One array per field, aligned with `texts`: Arrow strings for TEXT_COLUMNS (spread to posts by Arrow's
    take), floats for sentiment, the mentioned region and cercle as object arrays (regions.resolve_named)."""
    values = per_text.annotate_texts(texts, models) if memo else per_text.analyse_texts(texts, models)
    out = {name: pa.array(values[name], type=pa.string(), from_pandas=True) for name in TEXT_COLUMNS}
    out["sentiment"] = np.array(values["sentiment"], dtype=float)
    out["mention_region"] = np.array([m[0] for m in values["mention"]], dtype=object)
    out["mention_cercle"] = np.array([m[1] for m in values["mention"]], dtype=object)
    return out


def _joined(parts: list[dict]) -> dict:
    """text_values of consecutive slices of texts -> those of all of them."""
    return {name: pa.concat_arrays([p[name] for p in parts]) if name in TEXT_COLUMNS
            else np.concatenate([p[name] for p in parts]) for name in parts[0]}


def slices(n_texts: int, workers: int) -> list[tuple[int, int]]:
    """(start, end) of the tasks: about SLICES_PER_WORKER per worker, between MIN_SLICE and TEXT_SLICE texts."""
    size = min(TEXT_SLICE, max(MIN_SLICE, math.ceil(n_texts / (workers * SLICES_PER_WORKER))))
    return [(i, min(i + size, n_texts)) for i in range(0, n_texts, size)]


_SHARED: dict = {}


def _values_of_slice(bounds: tuple[int, int]) -> dict:
    """Worker entry point: the distinct texts were inherited by fork, only the bounds travel. No memo: each
    text comes once, and a memo would only hold memory."""
    start, end = bounds
    return text_values(_SHARED["texts"][start:end], _SHARED["models"], memo=False)


def analyse_all(texts: list[str], models: trained.Trained, workers: int, meanwhile=lambda: None) -> tuple[dict, object]:
    """(text_values of every text, meanwhile()): with several workers, forked processes analyse the texts while
    this process runs meanwhile(); with one, the two run one after the other. An exception in either stops both."""
    bounds = slices(len(texts), workers)
    if not bounds:
        return text_values([], models, memo=False), meanwhile()
    _SHARED.update(texts=texts, models=models)
    try:
        if workers > 1 and len(bounds) > 1 and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(min(workers, len(bounds))) as pool:
                pending = pool.map_async(_values_of_slice, bounds, chunksize=1)
                other = meanwhile()
                parts = pending.get()
        else:
            parts = [_values_of_slice(b) for b in bounds]
            other = meanwhile()
    finally:
        _SHARED.clear()
    return _joined(parts), other
