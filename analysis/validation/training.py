"""`train`: fit a field's model on the store's human labels, report 5-fold cross-validated figures, and
store it, versioned; `annotate` then uses it for that field. `reset` goes back to the shipped analyser.

One label per post (labels.consensus: the adjudicator's, else the majority; ties are left out). The
cross-validation keeps each post's out-of-fold prediction with the model, so the desk judges the machine on
posts it did not learn from. Up to UNLABELLED_MAX unlabelled posts of the store inform the learner
(n-gram weights of this corpus, self-training).
"""
from __future__ import annotations

import time

import numpy as np
from sklearn.model_selection import KFold, StratifiedKFold

from analysis.store import Store
from analysis.validation import features, fields, labels, learner, metrics

FOLDS = 5
MIN_PER_CLASS = FOLDS
UNLABELLED_MAX = 5000
LEARNER_NAME = "learner"


def training_set(store: Store, field: fields.Field) -> tuple[list[str], list[str], list[str]]:
    """post ids, texts and stored labels of the field's decided posts."""
    decided = labels.consensus(store.labels(field.name), field.name)
    decided = decided[decided["label"].notna()]
    posts = store.posts()[["post_id", "text"]]
    joined = decided.merge(posts, on="post_id", how="inner")
    return joined["post_id"].tolist(), joined["text"].fillna("").astype(str).tolist(), joined["label"].tolist()


def _learner_labels(field: fields.Field, stored: list[str]) -> list:
    """Stored labels in the learner's form: a list of categories per post for a multi-label field."""
    return [list(fields.split(v)) for v in stored] if field.multi else list(stored)


def _check_enough(field: fields.Field, stored: list[str]) -> None:
    if field.multi:
        if len(stored) < 2 * FOLDS:
            raise ValueError(f"{field.name}: {len(stored)} labelled posts, at least {2 * FOLDS} needed")
        return
    values, counts = np.unique(np.array(stored, dtype=object), return_counts=True)
    if len(values) < 2 or counts.min() < MIN_PER_CLASS:
        found = ", ".join(f"{v} {c}" for v, c in zip(values, counts)) or "none"
        raise ValueError(f"{field.name}: each of at least two classes needs {MIN_PER_CLASS} labelled posts "
                         f"for {FOLDS}-fold cross-validation (found: {found})")


def _folds(field: fields.Field, stored: list[str], seed: int):
    if field.multi:
        return KFold(FOLDS, shuffle=True, random_state=seed).split(np.zeros(len(stored)))
    return StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(np.zeros(len(stored)), stored)


def out_of_fold(field: fields.Field, feats: features.Features, stored: list[str], seed: int = 0,
                progress=None) -> list[str]:
    """Each post's label predicted by a model fitted without it (stored label form); the posts are read
    once (`feats`), each fold takes its rows."""
    target = _learner_labels(field, stored)
    predicted = [""] * len(feats)
    step = (lambda fold: progress(fold, FOLDS + 1)) if progress else None
    for i, guess in learner.out_of_fold(feats, target, field.name, _folds(field, stored, seed), seed, step):
        predicted[i] = fields.join(field, guess) if field.multi else str(guess)
    return predicted


def _unlabelled(store: Store, labelled: set[str], seed: int) -> list[str]:
    posts = store.posts()[["post_id", "text"]]
    texts = posts.loc[~posts["post_id"].isin(labelled), "text"].fillna("").astype(str)
    texts = texts[texts.str.strip() != ""].drop_duplicates()
    if len(texts) > UNLABELLED_MAX:
        texts = texts.sample(UNLABELLED_MAX, random_state=seed)
    return texts.tolist()


def train(db, field_name: str, seed: int = 0, progress=None) -> dict:
    """Fit, cross-validate and store the field's model; {field, n_labels, cv_macro_f1, per_class, version}.
    `progress(done, total)` is called before each of the FOLDS cross-validation fits and the final one."""
    field = fields.get(field_name)
    started = time.perf_counter()
    with Store(db) as store:
        ids, texts, stored = training_set(store, field)
        _check_enough(field, stored)
        feats = features.of_texts(texts)
        predicted = out_of_fold(field, feats, stored, seed, progress)
        report = metrics.report(field, stored, predicted)
        if progress:
            progress(FOLDS, FOLDS + 1)
        model = learner.fit_features(feats, _learner_labels(field, stored), field.name,
                                     unlabelled=_unlabelled(store, set(ids), seed), seed=seed)
        summary = {"field": field.name, "n_labels": len(ids), "cv_macro_f1": report["macro_f1"],
                   "per_class": report["per_class"]}
        version = store.add_model(field.name, len(ids), {**summary, "confusion": report["confusion"]},
                                  model.to_bytes(), LEARNER_NAME, holdout=dict(zip(ids, predicted)))
    return {**summary, "version": version, "seconds": round(time.perf_counter() - started, 2),
            "next": f"python -m analysis annotate --db {db}"}


def reset(db, field_name: str) -> dict:
    """Back to the shipped analyser for the field (a new model version without a model)."""
    field = fields.get(field_name)
    with Store(db) as store:
        version = store.reset_model(field.name)
    return {"field": field.name, "reset": True, "version": version}
