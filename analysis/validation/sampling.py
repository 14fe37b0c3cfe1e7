"""The next posts to label for a field: never posts already labelled for it.

- random: a uniform draw among the unlabelled posts (usable to correct shares);
- stratified: equal draws from each (platform, language, machine label) cell, a cell too small giving its
  remainder to the others (usable to correct shares: the correction conditions on the machine label);
- uncertain: active learning (learner.pick_uncertain): half the posts the field's current model is least
  sure of (smallest margin between its two likeliest classes; for participation, the category closest to
  0.5), in equal numbers per predicted class, half at random. Good for training, useless for correcting
  shares. Without a trained model, tone uses the shipped score's distance to the neutral band instead.
The draw is remembered in the store so `labels import` keeps the strategy that drew each post.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from analysis.export import to_csv_bytes
from analysis.sentiment import band as tone_band
from analysis.store import Store
from analysis.validation import fields, learner, machine, models, selection
from analysis.validation.selection import quotas

SAMPLE_STRATEGIES = ("random", "stratified", "uncertain")
DOUBLE_CODED = 0.2            # share of an annotator's queue already coded by someone else
UNCERTAIN_POOL = 20_000        # scoring every unlabelled post of a large corpus would take minutes
OUT_COLUMNS = ["post_id", "field", "label", "machine_label", "text", "platform", "lang", "created_at", "strategy"]


def unlabelled(posts: pd.DataFrame, labels: pd.DataFrame, field: str) -> pd.DataFrame:
    done = set(labels.loc[labels["field"] == field, "post_id"]) if len(labels) else set()
    return posts[~posts["post_id"].astype(str).isin(done)]


def second_coding(labels: pd.DataFrame, field: str, annotator: str, n: int, rng: np.random.Generator) -> list[str]:
    """Up to n posts another annotator labelled for the field and `annotator` did not: the double-coded
    share the desk mixes into each annotator's queue (DOUBLE_CODED) so agreement can be measured."""
    rows = labels[labels["field"] == field] if len(labels) else labels
    if not len(rows):
        return []
    mine = set(rows.loc[rows["annotator"] == annotator, "post_id"])
    others = sorted(set(rows.loc[rows["annotator"] != annotator, "post_id"]) - mine)
    return [others[i] for i in np.sort(rng.choice(len(others), size=min(n, len(others)), replace=False))]


def draw_random(pool: pd.DataFrame, n: int, rng: np.random.Generator) -> pd.DataFrame:
    return pool.iloc[np.sort(rng.choice(len(pool), size=min(n, len(pool)), replace=False))]


def strata(pool: pd.DataFrame) -> list[np.ndarray]:
    """Positions of each (platform, language, machine label) cell of the pool, cells in the order of their
    'platform|lang|label' names (grouped, not joined row by row: that took 40 s at a million posts)."""
    named: dict[str, list[np.ndarray]] = {}
    grouped = pool.groupby(["platform", "lang", "machine_label"], sort=False, dropna=False, observed=True)
    for values, positions in grouped.indices.items():        # a few cells: named as astype(str) names each row
        named.setdefault("|".join(str(v) for v in values), []).append(positions)
    return [np.sort(np.concatenate(named[name])) for name in sorted(named)]


def draw_stratified(pool: pd.DataFrame, n: int, rng: np.random.Generator) -> pd.DataFrame:
    cells = strata(pool)
    order = rng.permutation(len(cells))
    counts = quotas([len(cells[i]) for i in order], n)
    chosen = [rng.choice(cells[i], size=k, replace=False) for i, k in zip(order, counts) if k]
    return pool.iloc[np.sort(np.concatenate(chosen))] if chosen else pool.iloc[:0]


def _tone_band_margin(pool: pd.DataFrame) -> np.ndarray:
    """Shipped tone: how far the score is from flipping label (scores on a band edge are the least sure)."""
    scores = pd.to_numeric(pool["sentiment"], errors="coerce").fillna(0.0).to_numpy()
    return np.abs(scores[:, None] - np.asarray(tone_band())[None, :]).min(axis=1)


def draw_uncertain(pool, n, rng, field: fields.Field, model) -> pd.DataFrame:
    """The trained model's learner.pick_uncertain; without one, for tone, the same rule on the shipped
    score: least sure (nearest a band edge) in equal numbers per machine label, half at random."""
    check_uncertain(field, model)
    pool = draw_random(pool, UNCERTAIN_POOL, rng)
    seed = int(rng.integers(2 ** 31))
    if model is not None:
        chosen = learner.pick_uncertain(model, pool["text"].fillna("").astype(str).tolist(), n, seed=seed)
    elif field.name == "tone" and "sentiment" in pool.columns:
        n = min(n, len(pool))
        unsure = selection.balanced_least_sure(_tone_band_margin(pool), pool["machine_label"].astype(str).to_numpy(),
                                               n - int(round(selection.EXPLORE * n)))
        chosen = selection.with_random_share(unsure, len(pool), n, np.random.default_rng(seed))
    else:
        raise ValueError("uncertain sampling of tone without a trained model needs the posts' tone scores")
    return pool.iloc[np.sort(np.asarray(chosen, dtype=np.int64))]


def check_uncertain(field: fields.Field, model) -> None:
    """ValueError when the field has nothing to be uncertain with: no trained model, no shipped score (tone has)."""
    if model is None and field.name != "tone":
        raise ValueError(f"uncertain sampling needs a trained {field.name} model: run "
                         f"`python -m analysis train --field {field.name}` first, or use random")


def draw(db, field_name: str, n: int, strategy: str = "random", seed: int = 0) -> tuple[pd.DataFrame, int]:
    """n unlabelled posts for the field (OUT_COLUMNS) and how many were unlabelled; the draw is remembered."""
    field = fields.get(field_name)
    check_strategy(strategy)
    if n < 1:
        raise ValueError(f"--n must be at least 1 (got {n})")
    rng = np.random.default_rng(seed)
    with Store(db) as store:
        posts = store.load()
        posts["machine_label"] = machine.current(posts, field).to_numpy()
        pool = unlabelled(posts, store.labels(field.name), field.name)
        model = models.load(store).models.get(field.name) if strategy == "uncertain" else None
        frame = _sample_frame(choose(pool, n, rng, field, strategy, model), field, strategy)
        store.add_samples(frame)
    return frame[OUT_COLUMNS], len(pool)


def sample(db, field_name: str, n: int, strategy: str = "random", seed: int = 0, out=None) -> dict:
    """`labels sample`: draw() written to `out` as CSV (cells safe for spreadsheets), with a summary."""
    frame, pool = draw(db, field_name, n, strategy, seed)
    if out is not None:
        Path(out).write_bytes(to_csv_bytes(frame))
    return {"field": frame["field"].iloc[0] if len(frame) else field_name, "strategy": strategy, "n": len(frame),
            "unlabelled": pool, "out": str(out) if out else None}


def check_strategy(strategy: str) -> None:
    if strategy not in SAMPLE_STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r} (expected {', '.join(SAMPLE_STRATEGIES)})")


def choose(pool: pd.DataFrame, n: int, rng: np.random.Generator, field: fields.Field, strategy: str,
           model=None) -> pd.DataFrame:
    """The strategy's draw of n posts from the pool (`model`: the field's trained model, for uncertain)."""
    if strategy == "random":
        return draw_random(pool, n, rng)
    if strategy == "stratified":
        return draw_stratified(pool, n, rng)
    return draw_uncertain(pool, n, rng, field, model)


def _sample_frame(chosen: pd.DataFrame, field: fields.Field, strategy: str) -> pd.DataFrame:
    frame = chosen[["post_id", "machine_label", "text", "platform", "lang", "created_at"]].copy()
    frame.insert(1, "field", field.name)
    frame.insert(2, "label", "")
    frame["strategy"] = strategy
    return frame.astype({"post_id": str, "platform": str, "lang": str})
