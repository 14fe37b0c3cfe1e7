"""Run every analyser over a batch of posts: language, sentiment, parties, regions, participation, topics.

Work is done once per distinct text (demo and copy-paste corpora repeat texts a lot), with one
matcher scan per text feeding all the gazetteer analysers. Language and sentiment come from their
own modules, imported lazily: while one is missing the columns degrade (lang "und", sentiment NaN).
"""
from __future__ import annotations

import importlib
import multiprocessing
import time
import warnings

import numpy as np
import pandas as pd

from analysis import engine, participation, parties, regions, topics
from analysis.schema import join_list, join_map

ATTRIBUTION_VERSION = "attr-1"
CHUNK = 50_000
COLUMNS = ("post_id", "lang", "sentiment", "sentiment_label", "parties", "author_party", "party_tone", "region",
           "region_source", "cercle", "participation", "topics")


def optional(name: str):
    """analysis.<name> if it can be imported, else None (with a warning when it exists but fails)."""
    try:
        return importlib.import_module(f"analysis.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"analysis.{name}":
            warnings.warn(f"analysis.{name} unavailable: {exc}")
        return None
    except Exception as exc:  # a module being written may not import yet: degrade, don't stop
        warnings.warn(f"analysis.{name} unavailable: {type(exc).__name__}: {exc}")
        return None


def version() -> str:
    """Changes whenever a lexicon or an analyser changes, so only stale annotations are redone."""
    parts = [ATTRIBUTION_VERSION, engine.data_hash()]
    for name in ("language", "sentiment"):
        module = optional(name)
        parts.append(f"{name}-{getattr(module, 'VERSION', 'none') if module else 'none'}")
    return "+".join(parts)


VERSION = version()


def _call(module, func: str, *args, default):
    fn = getattr(module, func, None) if module else None
    if fn is None:
        return default
    try:
        return fn(*args)
    except Exception as exc:  # never lose a whole batch to a neighbour module's bug
        warnings.warn(f"{module.__name__}.{func} failed: {type(exc).__name__}: {exc}")
        return default


def _language(texts: list[str]) -> np.ndarray:
    out = _call(optional("language"), "detect_many", texts, default=None)
    return np.asarray(out, dtype=object) if out is not None and len(out) == len(texts) else \
        np.full(len(texts), "und", dtype=object)


def _sentiment(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    module = optional("sentiment")
    scores = _call(module, "score_many", texts, default=None)
    if scores is None or len(scores) != len(texts):
        return np.full(len(texts), np.nan), np.full(len(texts), "", dtype=object)
    scores = np.asarray(scores, dtype=float)
    labels = _call(module, "labels", scores, default=None)
    labels = np.asarray(labels, dtype=object) if labels is not None else np.full(len(texts), "", dtype=object)
    return scores, labels


def _gazetteer_fields(texts: list[str]) -> tuple[dict[str, list], list]:
    """Per distinct text: joined parties/participation/topics, the mention (region, cercle), and scans."""
    out = {"parties": [], "participation": [], "topics": [], "mention": []}
    scans = []
    for text in texts:
        scan = engine.scan(text)
        out["parties"].append(parties.from_scan(scan))
        out["participation"].append(join_list(participation.from_scan(scan)))
        out["topics"].append(join_list(topics.from_scan(scan)))
        out["mention"].append(regions.from_scan(scan))
        scans.append(scan)
    return out, scans


def _tones(texts: list[str], scans: list, found: list[tuple]) -> list[str]:
    """party_tone per distinct text; needs the sentiment module's sentence scores."""
    module = optional("sentiment")
    out = [""] * len(texts)
    if module is None or not hasattr(module, "sentence_scores"):
        return out
    for i, names in enumerate(found):
        if names:
            sentences = _call(module, "sentence_scores", texts[i], default=[])
            out[i] = join_map(parties.tone(scans[i], sentences))
    return out


def annotate_frame(posts: pd.DataFrame, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """post_id + every annotation column except dup_group, list columns `;`-joined."""
    texts = posts["text"].fillna("").astype(str) if "text" in posts.columns else pd.Series("", index=posts.index)
    codes, uniques = pd.factorize(texts, sort=False)
    unique_texts = [str(t) for t in uniques]
    fields, scans = _gazetteer_fields(unique_texts)
    lang = _language(unique_texts)
    score, label = _sentiment(unique_texts)
    tone = np.asarray(_tones(unique_texts, scans, fields["parties"]), dtype=object)
    mentions = pd.Series([fields["mention"][c] for c in codes], index=posts.index, dtype=object)
    place = regions.resolve(posts, mentions, actors)
    joined = np.asarray([join_list(p) for p in fields["parties"]], dtype=object)
    post_ids = posts["post_id"] if "post_id" in posts.columns else pd.Series(range(len(posts)), index=posts.index)
    frame = pd.DataFrame({
        "post_id": post_ids.to_numpy(),
        "lang": lang[codes] if len(codes) else [],
        "sentiment": score[codes] if len(codes) else [],
        "sentiment_label": label[codes] if len(codes) else [],
        "parties": joined[codes] if len(codes) else [],
        "author_party": parties.author_party(posts, actors).to_numpy(),
        "party_tone": tone[codes] if len(codes) else [],
        "region": place["region"].to_numpy(),
        "region_source": place["region_source"].to_numpy(),
        "cercle": place["cercle"].to_numpy(),
        "participation": np.asarray(fields["participation"], dtype=object)[codes] if len(codes) else [],
        "topics": np.asarray(fields["topics"], dtype=object)[codes] if len(codes) else [],
    })
    return frame[list(COLUMNS)]


# -- the store -----------------------------------------------------------------------------------
_SHARED: dict = {}


def _annotate_slice(bounds: tuple[int, int]) -> pd.DataFrame:
    """Worker entry point: the posts were inherited by fork, only the bounds travel."""
    start, end = bounds
    return annotate_frame(_SHARED["posts"].iloc[start:end], _SHARED["actors"])


def _results(posts: pd.DataFrame, actors: pd.DataFrame, workers: int):
    bounds = [(i, min(i + CHUNK, len(posts))) for i in range(0, len(posts), CHUNK)]
    _SHARED.update(posts=posts, actors=actors)
    try:
        if workers > 1 and len(bounds) > 1 and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(min(workers, len(bounds))) as pool:
                yield from pool.imap(_annotate_slice, bounds)
        else:
            for b in bounds:
                yield _annotate_slice(b)
    finally:
        _SHARED.clear()


def annotate_store(db_path, workers: int = 1, progress=None) -> dict:
    """Annotate what is missing or stale in the store, then recompute coordination groups."""
    from analysis.store import Store

    started = time.perf_counter()
    workers = max(1, int(workers or 1))
    with Store(db_path) as st:
        posts = st.posts_needing_annotation(VERSION)
        actors = st.actors()
        done = 0
        for result in _results(posts, actors, workers):
            st.save_annotations(result, VERSION)
            done += len(result)
            if progress:
                progress(done, len(posts))
        groups = _coordination(st)
    seconds = time.perf_counter() - started
    return {"annotated": done, "seconds": round(seconds, 2), "posts_per_s": round(done / seconds, 1) if done else 0.0,
            "workers": workers, "version": VERSION, "dup_groups": groups}


def _coordination(st) -> int | None:
    """Fill dup_group over the whole corpus when the coordination module is there."""
    module = optional("coordination")
    if module is None or not hasattr(module, "find_groups"):
        return None
    all_posts = st.posts()
    assigned, groups = module.find_groups(all_posts)
    frame = _group_frame(assigned, all_posts)
    st.save_dup_groups(frame)
    return int(len(groups)) if groups is not None else int(frame["dup_group"].nunique())


def _group_frame(assigned: pd.Series, posts: pd.DataFrame) -> pd.DataFrame:
    """Series post_id -> group id (indexed by post_id, or aligned with posts) -> post_id, dup_group."""
    if assigned.index.isin(posts["post_id"]).all() and len(assigned):
        ids = assigned.index.to_numpy()
    else:
        ids = posts.loc[assigned.index, "post_id"].to_numpy()
    values = assigned.astype(object).where(assigned.notna(), "").map(lambda v: "" if v == "" else str(v))
    return pd.DataFrame({"post_id": ids, "dup_group": values.to_numpy()})
