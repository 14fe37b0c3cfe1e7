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
from analysis.sentiment import model as sentiment_model
from analysis.store import Store

CHUNK = 50_000
COLUMNS = ("post_id", "lang", "sentiment", "sentiment_label", "parties", "author_party", "party_tone", "region",
           "region_source", "cercle", "participation", "topics", "hostility", "hostility_kind", "hostility_target")
VERSION = per_text.version()
COORDINATION_INPUT = ("post_id", "platform", "author_id", "created_at", "text", "url", "is_repost")


def _column(values: list, codes: np.ndarray, dtype=object) -> np.ndarray:
    """Per-distinct-text values spread back to posts (fromiter keeps tuples as single objects)."""
    return np.fromiter(values, dtype=dtype, count=len(values))[codes] if len(codes) else np.array([], dtype=dtype)


def annotate_frame(posts: pd.DataFrame, actors: pd.DataFrame | None = None,
                   models: trained.Trained = per_text.NO_MODELS) -> pd.DataFrame:
    """post_id + every annotation column except dup_group, list columns `;`-joined."""
    texts = posts["text"].fillna("").astype(str) if "text" in posts.columns else pd.Series("", index=posts.index)
    codes, uniques = pd.factorize(texts, sort=False)
    values = per_text.annotate_texts([str(t) for t in uniques], models)
    mentions = pd.Series(_column(values["mention"], codes), index=posts.index, dtype=object)
    place = regions.resolve(posts, mentions, actors)
    post_ids = posts["post_id"] if "post_id" in posts.columns else pd.Series(range(len(posts)), index=posts.index)
    frame = pd.DataFrame({"post_id": post_ids.to_numpy(),
                          "author_party": parties.author_party(posts, actors).to_numpy(),
                          "region": place["region"].to_numpy(), "region_source": place["region_source"].to_numpy(),
                          "cercle": place["cercle"].to_numpy()})
    for name in ("lang", "sentiment_label", "parties", "party_tone", "participation", "topics", "hostility",
                 "hostility_kind", "hostility_target"):
        frame[name] = _column(values[name], codes)
    frame["sentiment"] = _column(values["sentiment"], codes, dtype=float)
    return frame[list(COLUMNS)]


# -- the store -----------------------------------------------------------------------------------
_SHARED: dict = {}


def _annotate_slice(bounds: tuple[int, int]) -> pd.DataFrame:
    """Worker entry point: the posts were inherited by fork, only the bounds travel."""
    start, end = bounds
    return annotate_frame(_SHARED["posts"].iloc[start:end], _SHARED["actors"], _SHARED["models"])


def _results(posts: pd.DataFrame, actors: pd.DataFrame, models: trained.Trained, workers: int):
    bounds = [(i, min(i + CHUNK, len(posts))) for i in range(0, len(posts), CHUNK)]
    _SHARED.update(posts=posts, actors=actors, models=models)
    try:
        if workers > 1 and len(bounds) > 1 and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(min(workers, len(bounds))) as pool:
                yield from pool.imap(_annotate_slice, bounds)
        else:
            for b in bounds:
                yield _annotate_slice(b)
    finally:
        _SHARED.clear()


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
        posts = st.posts_needing_annotation(version)
        actors = st.actors()
        done = 0
        for result in _results(posts, actors, models, workers):
            st.save_annotations(result, version)
            done += len(result)
            if progress:
                progress(done, len(posts))
        groups = _coordination(st)
        st.refresh_aggregates(tone_band())    # the dashboard's aggregates, in the same transaction
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


def tone_band() -> tuple[float, float]:
    """The sentiment analyser's negative/positive limits (those sentiment.labels applies), for the aggregates."""
    model = sentiment_model.load()
    return model.band if model is not None else sentiment_model.LEXICON_BAND


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
