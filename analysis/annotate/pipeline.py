"""Run every analyser over a batch of posts: language, sentiment, parties, regions, participation, topics.

Work is done once per distinct text (distinct.py, per_text.py); the per-post parts (geotag, profile
location, actors list) are vectorised here. `annotate_store` annotates what is missing or stale in the
store: the distinct texts on several processes if asked while this one recomputes the coordination
groups, then the posts in chunks, all in one transaction: an analyser that raises leaves the store as it was.
"""
from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis import coordination, sentiment
from analysis.annotate import distinct, parties, per_text, regions, trained
from analysis.annotate.distinct import TEXT_COLUMNS, distinct_texts, text_values
from analysis.store import Store
from analysis.text import account_codes

CHUNK = 50_000            # posts per write to the store
COLUMNS = ("post_id", "lang", "sentiment", "sentiment_label", "parties", "author_party", "party_tone", "region",
           "region_source", "cercle", "participation", "topics", "hostility", "hostility_kind", "hostility_target")
VERSION = per_text.version()
ANNOTATE_INPUT = ("post_id", "text", "author_id", "author_location", "lat", "lon")
COORDINATION_INPUT = ("post_id", "platform", "author_id", "created_at", "text", "url", "is_repost")


def _taken(table: np.ndarray, ids: np.ndarray) -> pd.Series:
    """A str column of table[ids] built by Arrow's take: the strings are converted once per distinct value."""
    return pd.Series(pa.array(table, type=pa.string(), from_pandas=True).take(pa.array(ids, type=pa.int64())),
                     dtype="str")


def spread(posts: pd.DataFrame, codes: np.ndarray, values: dict, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """The annotation frame of `posts` from the values of their distinct texts (codes: text index per post)."""
    # the mentioned place of each distinct text, then of each post as an index into the distinct places
    (m_region, m_cercle), m_of_text = regions.place_pairs(values["mention_region"], values["mention_cercle"])
    authors = account_codes(posts["author_id"]) if "author_id" in posts.columns else None
    ids, region, cercle, source = regions.resolve_ids(posts, m_of_text[codes], m_region, m_cercle, actors, authors)
    post_ids = posts["post_id"] if "post_id" in posts.columns else pd.Series(range(len(posts)), index=posts.index)
    columns = {"post_id": post_ids.reset_index(drop=True), "sentiment": values["sentiment"][codes],
               "region": _taken(region, ids), "region_source": _taken(np.array(regions.SOURCES, dtype=object), source),
               "cercle": _taken(cercle, ids)}
    if authors is not None and actors is not None:
        author_codes, keys = authors
        columns["author_party"] = _taken(parties.author_parties(keys, actors), np.where(author_codes < 0, len(keys) - 1,
                                                                                       author_codes))
    else:
        columns["author_party"] = _taken(np.array([""], dtype=object), np.zeros(len(posts), dtype=np.int64))
    take = pa.array(codes, type=pa.int64())
    columns.update({name: pd.Series(values[name].take(take), dtype="str") for name in TEXT_COLUMNS})
    return pd.DataFrame({name: columns[name] for name in COLUMNS})


def annotate_frame(posts: pd.DataFrame, actors: pd.DataFrame | None = None,
                   models: trained.Trained = per_text.NO_MODELS) -> pd.DataFrame:
    """post_id + every annotation column except dup_group, list columns `;`-joined."""
    codes, texts = distinct_texts(posts)
    return spread(posts, codes, text_values(texts, models), actors)


# -- the store -----------------------------------------------------------------------------------
def _save(st, posts: pd.DataFrame, codes: np.ndarray, values: dict, version: str, progress=None) -> int:
    """Spread the values to every post at once (authors and places are looked up once per distinct value), then
    save CHUNK posts at a time; returns how many."""
    frame = spread(posts, codes, values, st.actors())
    for start in range(0, len(frame), CHUNK):
        end = min(start + CHUNK, len(frame))
        st.save_annotations(frame.iloc[start:end], version)
        if progress:
            progress(end, len(frame))
    return len(frame)


def annotate_store(db_path, workers: int = 1, progress=None, load_models=None) -> dict:
    """Annotate what is missing or stale in the store and recompute the coordination groups.

    `load_models(store) -> trained.Trained` gives the models people trained (analysis.validation.models.load);
    without it a store holding a trained model is refused rather than annotated with the shipped analysers.
    """
    started = time.perf_counter()
    workers = max(1, int(workers or 1))
    with Store(db_path) as st, st.batch():
        models = models_for(st, load_models)
        version = versioned(models)   # read now: a lexicon edited since import counts
        posts = st.posts_needing_annotation(version, ANNOTATE_INPUT)
        codes, texts = distinct_texts(posts)
        # the worker processes analyse the distinct texts while this one finds the coordination groups
        values, groups = distinct.analyse_all(texts, models, workers, meanwhile=lambda: _coordination(st))
        done = _save(st, posts, codes, values, version, progress)
        del posts, codes, texts, values            # the aggregates' build below is the run's peak of memory
        st.refresh_aggregates(sentiment.band())    # the dashboard's aggregates, in the same transaction
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
