"""The learner behind `train`: one model per field, fitted on people's labels in seconds.

A linear model reads character and word n-grams (analysis.validation.ngrams) together with what
the lexicons and rules already know (analysis.validation.cues: the shipped tone score, negations,
emojis, how Bambara the post is...). Single-label fields (tone, hostility) get a multinomial logistic
regression; `participation` is multi-label: one yes/no regression per category. Classes are
balanced in the loss, so a rare class is not sacrificed to the macro-F1. Unlabelled posts, when
given, set the n-gram weights (IDF) of the corpus being studied, and the most confident of them
join the training as lightly weighted examples (self-training).

A trained model is plain arrays and JSON (numpy's npz, read without pickle): `to_bytes` / `from_bytes`.
"""
from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix, hstack, vstack
from sklearn.linear_model import LogisticRegression

from analysis.validation import cues, features, linear, ngrams, selection

FORMAT = "vigie-learner-1"
MULTI_LABEL_FIELDS = frozenset({"participation"})
C = 4.0                  # inverse regularisation, chosen on the development sets (xed, mlma, ftr, toxifrench)
CUE_WEIGHT = 0.5         # scale of the standardised cue columns next to L2-normalised n-gram rows
SELF_TRAIN_SHARE = 0.5   # at most this many pseudo-labelled posts per labelled post
SELF_TRAIN_WEIGHT = 0.3
SELF_TRAIN_CONFIDENCE = 0.9
UNLABELLED_MAX = 20_000  # unlabelled posts read at most (a seeded draw), so `train` stays in seconds


@dataclass(frozen=True)
class Model:
    field: str
    classes: tuple[str, ...]
    multi_label: bool
    cue_names: tuple[str, ...]
    ngram_state: dict           # block -> (hashed columns used, their IDF)
    cue_mean: np.ndarray
    cue_scale: np.ndarray
    coef: np.ndarray            # one row per class (one row only for a two-class single-label field)
    intercept: np.ndarray

    def design(self, texts, scored=None) -> csr_matrix:
        *grams, standardised_cues = self._blocks(texts, scored)
        return hstack([*grams, csr_matrix(standardised_cues)], format="csr")

    def predict_proba(self, texts, scored=None) -> np.ndarray:
        """probabilities(design(texts)) block by block (analysis.validation.linear); `scored`: see cues.batch."""
        widths = [len(used) for used, _ in self.ngram_state.values()] + [len(self.cue_mean)]
        logits = linear.logits(self._blocks(texts, scored), linear.weights_by_block(self.coef, widths), self.intercept)
        return linear.probabilities(logits, self.multi_label)

    def _blocks(self, texts, scored) -> list:
        """The design's blocks: each n-gram block (sparse), then the standardised cues (dense)."""
        posts = cues.batch(_clean(texts), scored)
        blocks = ngrams.weighted_blocks(posts.texts, [r.words for r in posts.readings], self.ngram_state)
        return blocks + [_standardised(cues.compute(self.cue_names, posts), self.cue_mean, self.cue_scale)]

    def design_of(self, feats: features.Features) -> csr_matrix:
        """`design` of already read texts (equal to `design` of their texts)."""
        grams = ngrams.transform(feats.counts, self.ngram_state)
        return _with_cues(grams, cues.compute(self.cue_names, feats.posts), self.cue_mean, self.cue_scale)

    def probabilities(self, X) -> np.ndarray:
        return linear.probabilities(np.asarray(X @ self.coef.T) + self.intercept, self.multi_label)

    def predict(self, texts, scored=None) -> list:
        """One class per text, or for a multi-label field the list of classes with probability >= 0.5."""
        return self.decide(self.predict_proba(texts, scored))

    def decide(self, proba: np.ndarray) -> list:
        if self.multi_label:
            return [[c for c, p in zip(self.classes, row) if p >= 0.5] for row in proba]
        return [self.classes[k] for k in proba.argmax(axis=1)]

    def to_bytes(self) -> bytes:
        meta = {"format": FORMAT, "field": self.field, "classes": list(self.classes),
                "multi_label": self.multi_label, "cue_names": list(self.cue_names), "blocks": list(self.ngram_state)}
        arrays = {"meta": np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8), "cue_mean": self.cue_mean,
                  "cue_scale": self.cue_scale, "coef": self.coef.astype(np.float32), "intercept": self.intercept}
        for block, (used, idf) in self.ngram_state.items():
            arrays[f"used_{block}"], arrays[f"idf_{block}"] = used, idf
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, blob: bytes) -> "Model":
        """A model written by `to_bytes`; ValueError when the bytes are not one."""
        try:
            with np.load(io.BytesIO(blob), allow_pickle=False) as data:
                arrays = {k: data[k] for k in data.files}
            meta = json.loads(arrays["meta"].tobytes().decode())
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            raise ValueError(f"not a saved learner model ({exc})") from None
        if meta.get("format") != FORMAT:
            raise ValueError(f"unknown model format {meta.get('format')!r} (expected {FORMAT})")
        state = {b: (arrays[f"used_{b}"], arrays[f"idf_{b}"]) for b in meta["blocks"]}
        return cls(meta["field"], tuple(meta["classes"]), bool(meta["multi_label"]), tuple(meta["cue_names"]),
                   state, arrays["cue_mean"], arrays["cue_scale"], arrays["coef"], arrays["intercept"])


def fit(texts, labels, field: str, unlabelled=None, seed: int = 0) -> Model:
    """Train the field's model on labelled texts (for "participation", a list of categories per text)."""
    texts = _clean(texts)
    _check(texts, labels, field, field in MULTI_LABEL_FIELDS)
    return fit_features(features.of_texts(texts), labels, field, unlabelled, seed)


def fit_features(feats: features.Features, labels, field: str, unlabelled=None, seed: int = 0) -> Model:
    """`fit` on texts already read (features.of_texts), e.g. the rows of one cross-validation fold."""
    multi = field in MULTI_LABEL_FIELDS
    _check(feats.posts.texts, labels, field, multi)
    names, extra = cues.names_for(field), _sample(_clean(unlabelled or []), seed)
    state = ngrams.fit_idf(features.stacked_counts(feats, extra))
    raw_cues = cues.compute(names, feats.posts)
    mean, scale = raw_cues.mean(axis=0), raw_cues.std(axis=0) + 1e-6
    X = _with_cues(ngrams.transform(feats.counts, state), raw_cues, mean, scale)
    classes = _classes(labels, multi)
    coef, intercept = (_fit_multi(X, labels, classes, seed) if multi else _fit_single(X, labels, classes, seed))
    model = Model(field, classes, multi, names, state, mean, scale, coef, intercept)
    if extra is not None and not multi:
        model = _self_train(model, X, labels, model.design_of(extra), seed)
    return model


def _sample(texts: list[str], seed: int) -> features.Features | None:
    """At most UNLABELLED_MAX of the unlabelled posts (a seeded draw), read; None when there are none."""
    if not texts:
        return None
    if len(texts) > UNLABELLED_MAX:
        keep = np.sort(np.random.default_rng(seed).choice(len(texts), UNLABELLED_MAX, replace=False))
        texts = [texts[i] for i in keep]
    return features.of_texts(texts)


def _with_cues(grams, raw_cues, mean, scale) -> csr_matrix:
    return hstack([grams, csr_matrix(_standardised(raw_cues, mean, scale))], format="csr")


def _standardised(raw_cues, mean, scale) -> np.ndarray:
    return (raw_cues - mean) / scale * CUE_WEIGHT


def _clean(texts) -> list[str]:
    return [t if isinstance(t, str) else "" for t in texts]


def _check(texts, labels, field, multi) -> None:
    cues.names_for(field)                      # raises on an unknown field
    if len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    if multi and any(isinstance(lab, str) or not hasattr(lab, "__iter__") for lab in labels):
        raise ValueError(f"field {field!r} is multi-label: give a list of categories per text")
    if not multi and len(set(labels)) < 2:
        raise ValueError(f"need at least two classes to learn {field!r}, got {sorted(set(map(str, labels)))}")


def _classes(labels, multi) -> tuple[str, ...]:
    return tuple(sorted({c for lab in labels for c in lab} if multi else set(labels)))


def _classifier(seed: int) -> LogisticRegression:
    return LogisticRegression(C=C, class_weight="balanced", solver="newton-cg", max_iter=200, random_state=seed)


def _fit_single(X, labels, classes, seed, weights=None) -> tuple[np.ndarray, np.ndarray]:
    y = np.array([classes.index(lab) for lab in labels])
    model = _classifier(seed).fit(X, y, sample_weight=weights)
    return model.coef_.astype(np.float32), model.intercept_.astype(np.float64)


def _fit_multi(X, labels, classes, seed) -> tuple[np.ndarray, np.ndarray]:
    """One yes/no model per category; a category always (or never) present gets a constant."""
    coef = np.zeros((len(classes), X.shape[1]), dtype=np.float32)
    intercept = np.zeros(len(classes))
    for k, category in enumerate(classes):
        y = np.array([category in lab for lab in labels], dtype=int)
        if 0 < y.sum() < len(y):
            model = _classifier(seed).fit(X, y)
            coef[k], intercept[k] = model.coef_[0], model.intercept_[0]
        else:
            share = (y.sum() + 0.5) / (len(y) + 1.0)
            intercept[k] = np.log(share / (1 - share))
    return coef, intercept


def _self_train(model: Model, X, labels, X_extra, seed: int) -> Model:
    """Refit once with the unlabelled posts the model is surest of (weight SELF_TRAIN_WEIGHT)."""
    proba = model.probabilities(X_extra)
    sure = np.flatnonzero(proba.max(axis=1) >= SELF_TRAIN_CONFIDENCE)
    sure = sure[np.argsort(-proba[sure].max(axis=1), kind="stable")][:int(SELF_TRAIN_SHARE * len(labels))]
    if not len(sure):
        return model
    X_all = vstack([X, X_extra[sure]], format="csr")
    pseudo = list(labels) + [model.classes[k] for k in proba[sure].argmax(axis=1)]
    weights = np.concatenate([np.ones(len(labels)), np.full(len(sure), SELF_TRAIN_WEIGHT)])
    coef, intercept = _fit_single(X_all, pseudo, model.classes, seed, weights)
    return Model(model.field, model.classes, False, model.cue_names, model.ngram_state, model.cue_mean,
                 model.cue_scale, coef, intercept)


def margins(model: Model, texts) -> np.ndarray:
    """How sure the model is of each text (small = uncertain): the gap between its two likeliest
    classes, or for multi-label fields the smallest distance of a category to 0.5."""
    proba = model.predict_proba(texts)
    if model.multi_label:
        return np.abs(proba - 0.5).min(axis=1) if proba.shape[1] else np.ones(len(proba))
    top = np.sort(proba, axis=1)
    return top[:, -1] - top[:, -2]


def pick_uncertain(model: Model, texts, n: int, explore: float = selection.EXPLORE, seed: int = 0) -> list[int]:
    """Indices of `n` texts to label next. Share 1 - explore: the least sure texts (smallest gap between the
    two likeliest classes; multi-label: the category nearest 0.5), in equal numbers from each class the
    model predicts (each category, for multi-label), so a batch neither goes all to the majority class nor
    to the one boundary the model hesitates on most; share `explore`: drawn at random, which keeps the
    labels representative and limits what label noise costs (benchmarks/bench_learning.py: this beats
    random labels on the development sets, across seeds; plain least margin does not)."""
    texts = _clean(texts)
    n = min(n, len(texts))
    if n <= 0:
        return []
    gaps, predicted = _gaps_and_classes(model.predict_proba(texts), model.multi_label)
    unsure = selection.balanced_least_sure(gaps, predicted, n - int(round(explore * n)))
    return selection.with_random_share(unsure, len(texts), n, np.random.default_rng(seed))


def _gaps_and_classes(proba: np.ndarray, multi: bool) -> tuple[np.ndarray, np.ndarray]:
    """How sure the model is of each text (small = unsure) and the class that gap belongs to."""
    if multi:
        if not proba.shape[1]:
            return np.ones(len(proba)), np.zeros(len(proba), dtype=int)
        distance = np.abs(proba - 0.5)
        return distance.min(axis=1), distance.argmin(axis=1)
    top = np.sort(proba, axis=1)
    return top[:, -1] - top[:, -2], proba.argmax(axis=1)


def cross_validate(texts, labels, field: str, folds: int = 5, seed: int = 0) -> dict:
    """Out-of-fold predictions of `fit` (stratified folds for single-label fields), scored per class:
    {"cv_macro_f1", "per_class": {class: {"precision", "recall", "f1", "n"}}}."""
    texts, multi = _clean(texts), field in MULTI_LABEL_FIELDS
    _check(texts, labels, field, multi)
    predicted: list = [None] * len(texts)
    for i, guess in out_of_fold(features.of_texts(texts), labels, field, _folds(labels, multi, folds, seed), seed):
        predicted[i] = guess
    return scores(labels, predicted, multi)


def out_of_fold(feats: features.Features, labels, field: str, splits, seed: int = 0, progress=None):
    """(index, prediction) of every test post of `splits` (train, test index arrays), each from a model
    fitted on its fold's training rows of `feats`; `progress(fold)` before each fit."""
    for fold, (train, test) in enumerate(splits):
        if progress:
            progress(fold)
        model = fit_features(feats.rows(train), [labels[i] for i in train], field, seed=seed)
        yield from zip(test, model.decide(model.probabilities(model.design_of(feats.rows(test)))))


def _folds(labels, multi, folds, seed):
    from sklearn.model_selection import KFold, StratifiedKFold
    if folds < 2:
        raise ValueError(f"cross-validation needs at least 2 folds, got {folds}")
    if multi:
        return KFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(labels)))
    smallest = min(np.unique(np.array(labels, dtype=object), return_counts=True)[1])
    if smallest < folds:
        raise ValueError(f"each class needs at least {folds} labels for {folds}-fold cross-validation "
                         f"(the rarest has {smallest})")
    return StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(labels)), labels)


def scores(gold, predicted, multi: bool) -> dict:
    """Precision, recall, F1 and support per class, and their macro-F1 (multi-label: per category)."""
    classes = _classes(list(gold) + list(predicted), True) if multi else tuple(sorted(set(gold) | set(predicted)))
    per_class = {}
    for c in classes:
        is_gold = np.array([c in g if multi else g == c for g in gold])
        is_pred = np.array([c in p if multi else p == c for p in predicted])
        hits = float(np.sum(is_gold & is_pred))
        precision = hits / is_pred.sum() if is_pred.sum() else 0.0
        recall = hits / is_gold.sum() if is_gold.sum() else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[c] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                        "n": int(is_gold.sum())}
    seen = [v["f1"] for v in per_class.values() if v["n"]]
    return {"cv_macro_f1": round(float(np.mean(seen)), 4) if seen else 0.0, "per_class": per_class}
