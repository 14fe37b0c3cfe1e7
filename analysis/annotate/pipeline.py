"""Run every analyser over a batch of posts: language, sentiment, parties, regions, participation, topics.

Work is done once per distinct text (per_text.py); the per-post parts (geotag, profile location,
actors list) are vectorised here. `annotate_store` annotates what is missing or stale in the store,
in chunks, on several processes if asked, then recomputes coordination groups, all in one
transaction: an analyser that raises leaves the store as it was.
"""
from __future__ import annotations

import multiprocessing
import time

import numpy as np
import pandas as pd

from analysis import coordination
from analysis.annotate import parties, per_text, regions, trained
from analysis.store import Store

CHUNK = 50_000            # posts per write to the store
TEXT_SLICE = 20_000       # distinct texts per task of a worker process
COLUMNS = ("post_id", "lang", "sentiment", "sentiment_label", "parties", "author_party", "party_tone", "region",
           "region_source", "cercle", "participation", "topics", "hostility", "hostility_kind", "hostility_target")
VERSION = per_text.version()
ANNOTATE_INPUT = ("post_id", "text", "author_id", "author_location", "lat", "lon")
COORDINATION_INPUT = ("post_id", "platform", "author_id", "created_at", "text", "url", "is_repost")


def distinct_texts(posts: pd.DataFrame) -> tuple[np.ndarray, list[str]]:
    """(per post: index of its text, the distinct texts): every analyser of text runs once per distinct text."""
    texts = posts["text"].fillna("").astype(str) if "text" in posts.columns else pd.Series("", index=posts.index)
    codes, uniques = pd.factorize(texts, sort=False)
    return codes, [str(t) for t in uniques]


def text_values(texts: list[str], models: trained.Trained = per_text.NO_MODELS, memo: bool = True) -> dict:
    """per_text.FIELDS -> one array per field, aligned with `texts`; the mention split into region and cercle."""
    values = per_text.annotate_texts(texts, models) if memo else per_text.analyse_texts(texts, models)
    out = {name: _objects(values[name]) for name in per_text.FIELDS if name not in ("mention", "sentiment")}
    out["sentiment"] = np.array(values["sentiment"], dtype=float)
    out["mention_region"] = _objects(m[0] for m in values["mention"])
    out["mention_cercle"] = _objects(m[1] for m in values["mention"])
    return out


def _objects(values) -> np.ndarray:
    """An object array of the values (fromiter keeps any tuple a single element)."""
    return np.fromiter(values, dtype=object)


def spread(posts: pd.DataFrame, codes: np.ndarray, values: dict, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """The annotation frame of `posts` from the values of their distinct texts (codes: text index per post)."""
    place = regions.resolve_named(posts, values["mention_region"][codes], values["mention_cercle"][codes], actors)
    post_ids = posts["post_id"] if "post_id" in posts.columns else pd.Series(range(len(posts)), index=posts.index)
    frame = pd.DataFrame({"post_id": post_ids.to_numpy(),
                          "author_party": parties.author_party(posts, actors).to_numpy(),
                          "region": place["region"].to_numpy(), "region_source": place["region_source"].to_numpy(),
                          "cercle": place["cercle"].to_numpy()})
    for name in ("lang", "sentiment", "sentiment_label", "parties", "party_tone", "participation", "topics",
                 "hostility", "hostility_kind", "hostility_target"):
        frame[name] = values[name][codes]
    return frame[list(COLUMNS)]


def annotate_frame(posts: pd.DataFrame, actors: pd.DataFrame | None = None,
                   models: trained.Trained = per_text.NO_MODELS) -> pd.DataFrame:
    """post_id + every annotation column except dup_group, list columns `;`-joined."""
    codes, texts = distinct_texts(posts)
    return spread(posts, codes, text_values(texts, models), actors)


# -- the store -----------------------------------------------------------------------------------
_SHARED: dict = {}


def _values_of_slice(bounds: tuple[int, int]) -> dict:
    """Worker entry point: the distinct texts were inherited by fork, only the bounds travel. No memo: each
    text comes once, and a memo would only hold memory."""
    start, end = bounds
    return text_values(_SHARED["texts"][start:end], _SHARED["models"], memo=False)


def _all_text_values(texts: list[str], models: trained.Trained, workers: int) -> dict:
    """text_values of every distinct text, in slices over `workers` forked processes when there are several."""
    bounds = [(i, min(i + TEXT_SLICE, len(texts))) for i in range(0, len(texts), TEXT_SLICE)]
    if not bounds:
        return text_values([], models, memo=False)
    _SHARED.update(texts=texts, models=models)
    try:
        if workers > 1 and len(bounds) > 1 and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(min(workers, len(bounds))) as pool:
                parts = pool.map(_values_of_slice, bounds, chunksize=1)
        else:
            parts = [_values_of_slice(b) for b in bounds]
    finally:
        _SHARED.clear()
    return {name: np.concatenate([part[name] for part in parts]) for name in parts[0]}


def _annotate_posts(st, models: trained.Trained, version: str, workers: int, progress=None) -> int:
    """Annotate and save the posts missing or stale for `version`; returns how many."""
    posts = st.posts_needing_annotation(version, ANNOTATE_INPUT)
    actors = st.actors()
    codes, texts = distinct_texts(posts)
    values = _all_text_values(texts, models, workers)
    for start in range(0, len(posts), CHUNK):
        end = min(start + CHUNK, len(posts))
        st.save_annotations(spread(posts.iloc[start:end], codes[start:end], values, actors), version)
        if progress:
            progress(end, len(posts))
    return len(posts)


def annotate_store(db_path, workers: int = 1, progress=None, load_models=None) -> dict:
    """Annotate what is missing or stale in the store, then recompute coordination groups.

    `load_models(store) -> trained.Trained` gives the models people trained (analysis.validation.models.load);
    without it a store holding a trained model is refused rather than annotated with the shipped analysers.
    """
    started = time.perf_counter()
    workers = max(1, int(workers or 1))
    with Store(db_path) as st, st.batch():
        models = models_for(st, load_models)
        version = versioned(models)   # read now: a lexicon edited since import counts
        done = _annotate_posts(st, models, version, workers, progress)
        groups = _coordination(st)
    seconds = time.perf_counter() - started
    return {"annotated": done, "seconds": round(seconds, 2), "posts_per_s": round(done / seconds, 1) if done else 0.0,
            "workers": workers, "version": version, "dup_groups": groups}


def models_for(st, load_models=None) -> trained.Trained:
    """The models an annotation run uses: those people trained (via load_models), or the shipped analysers when the
    store holds no trained model; a store with one, annotated without load_models, is refused."""
    if load_models:
        return load_models(st)
    fields = trained.trained_fields(st)
    if fields:
        raise per_text.AnalyserError(
            f"{st.path}: the store holds a trained model for {', '.join(fields)}; annotate with "
            "`python -m analysis annotate` (or pass load_models=analysis.validation.models.load)")
    return per_text.NO_MODELS


def versioned(models: trained.Trained) -> str:
    """The annotation version with the store's trained models: training or resetting one changes it."""
    base = per_text.version()
    return f"{base}+{models.key}" if models.key else base


def _coordination(st) -> int:
    """Fill dup_group over the whole corpus."""
    all_posts = st.posts(COORDINATION_INPUT)
    # plain Python strings: the store may hand back Arrow-backed string columns
    text_columns = [c for c in all_posts.columns if pd.api.types.is_string_dtype(all_posts[c])]
    all_posts = all_posts.astype({c: object for c in text_columns})
    assigned, groups = coordination.find_groups(all_posts)
    frame = _group_frame(assigned, all_posts)
    st.save_dup_groups(frame)
    return int(len(groups)) if groups is not None else int(frame["dup_group"].nunique())


def _group_frame(assigned: pd.Series, posts: pd.DataFrame) -> pd.DataFrame:
    """Series post_id -> group id (indexed by post_id, or aligned with posts) -> post_id, dup_group."""
    if assigned.index.isin(posts["post_id"]).all() and len(assigned):
        ids = assigned.index.to_numpy()
    else:
        ids = posts.loc[assigned.index, "post_id"].to_numpy()
    values = assigned.astype(object).where(assigned.notna(), "").astype(str)
    return pd.DataFrame({"post_id": ids, "dup_group": values.to_numpy(dtype=object)})
