"""Shares of each class among (filtered) posts: raw, and corrected for the machine's measured errors.

Correction (correction.py): the machine's errors are measured on the validated posts drawn at random or
stratified (a stratified draw is reweighted to the corpus by platform x language x machine label); for
the whole corpus the calibration table P(true | machine) corrects the counts, for a part of it (filters,
groups) the inversion of P(machine | true), which stays right when the part's class mix differs. Posts
whose label people decided count with that label. The 95 % interval comes from a bootstrap over the
validated posts, each replicate also redrawing the finite sample noise of the unvalidated posts, so it
covers both the error of the measured table and the finite number of posts. Its draws are seeded by the
field's seed and the posts' counts, so the same posts get the same interval in every session.
Below MIN_VALIDATED usable posts, or when the validated posts were not drawn at random, the raw shares
are returned with a status saying why (`too_small`, `not_random`, `unvalidated`). A multi-label field is
estimated one category at a time (share of posts carrying it).
Inversion assumes the machine errs the same way inside the filter as in the whole validated sample.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.i18n import t
from analysis.validation import correction, fields, metrics

MIN_VALIDATED = 100
N_BOOT = 1000
VALIDATION_COLUMNS = ["post_id", "truth", "predicted", "source", "platform", "lang"]


def validation_frame(decided: pd.DataFrame, predicted: pd.Series, posts: pd.DataFrame) -> pd.DataFrame:
    """post_id, truth, predicted (honest machine label), source, platform, lang of the decided labelled posts;
    predicted is the machine's label of each post of `posts`, in its order (index post_id)."""
    frame = decided[decided["label"].notna()].rename(columns={"label": "truth"})
    where = pd.Index(predicted.index).get_indexer(frame["post_id"].astype(str)) if len(predicted.index) \
        else np.full(len(frame), -1)
    frame, where = frame[where >= 0], where[where >= 0]   # only the labelled posts are read, not the corpus
    frame = frame.assign(predicted=predicted.to_numpy()[where],
                         **{c: posts[c].take(where).astype(str).array for c in ("platform", "lang")})
    return frame[VALIDATION_COLUMNS].reset_index(drop=True)


def status(validation: pd.DataFrame) -> tuple[str, int]:
    """(status, usable validated posts): corrected needs MIN_VALIDATED random or stratified posts."""
    usable = int(validation["source"].isin(fields.CORRECTING_STRATEGIES).sum()) if len(validation) else 0
    if usable >= MIN_VALIDATED:
        return "corrected", usable
    if not len(validation):
        return "unvalidated", 0
    return ("not_random" if len(validation) >= MIN_VALIDATED else "too_small"), usable


def _weights(usable: pd.DataFrame, corpus_cells: pd.Series | None) -> np.ndarray:
    """1 for random draws; with stratified draws, corpus cell size / validated cell size."""
    if corpus_cells is None or not (usable["source"] == "stratified").any():
        return np.ones(len(usable))
    keys = usable["platform"] + "|" + usable["lang"] + "|" + usable["predicted"]
    sizes = keys.map(keys.value_counts())
    weights = keys.map(corpus_cells).fillna(0).to_numpy(float) / sizes.to_numpy(float)
    return weights / weights.mean() if weights.sum() else np.ones(len(usable))


def counts(codes: np.ndarray, truth_known: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """codes: machine class of each labelled post; truth_known: people's class or -1. (machine counts, counts of
    the posts people decided by their label, machine counts of the others): all a set of posts brings."""
    is_known = truth_known >= 0
    return (np.bincount(codes, minlength=k), np.bincount(truth_known[is_known], minlength=k),
            np.bincount(codes[~is_known], minlength=k))


def _shares(counted: tuple, tables, method, rng) -> dict:
    """The posts people decided count with their label, the others as corrected."""
    machine, known, undecided = counted
    n = max(int(machine.sum()), 1)
    raw = machine / n
    if tables is None:
        return {"raw": raw, "corrected": raw, "low": None, "high": None}
    point, boots = correction.corrected(undecided, tables, method, rng)
    point, boots = point + known, boots + known
    low, high = np.percentile(boots / n, [2.5, 97.5], axis=0)
    return {"raw": raw, "corrected": point / n, "low": np.minimum(low, point / n), "high": np.maximum(high, point / n)}


def targets(field: fields.Field) -> list[tuple[str, tuple[str, ...]]]:
    """(reported class, class codes): a single-label field is one target, each category its own binary one."""
    if not field.multi:
        return [("", field.classes)]
    return [(cat, ("absent", cat)) for cat in field.classes]


def _encode(values, target: str, classes: tuple[str, ...]) -> np.ndarray:
    """Class index per value (-1: none), or for a category target 1/0; each distinct value encoded once, as a
    million posts carry only a handful of different labels."""
    if target:
        def encode_one(value):
            return int(target in fields.split(value))
    else:
        index = {c: i for i, c in enumerate(classes)}

        def encode_one(value):
            return index.get(value, -1)
    try:
        codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=False)
    except TypeError:                  # lists of categories are not hashable: one by one
        return np.array([encode_one(v) for v in values], dtype=np.int64)
    return np.array([encode_one(v) for v in uniques], dtype=np.int64)[codes] if len(codes) else np.zeros(0, np.int64)


class Corrector:
    """The tables of one field, measured once, applied to any set of posts (filters, groups).

    method "auto": calibration for the whole corpus (`corpus_n` posts, the population the validated posts
    were drawn from), inversion for any part of it (its class mix may differ); see correction.py.
    """

    def __init__(self, field: fields.Field, validation: pd.DataFrame, corpus_cells: pd.Series | None = None,
                 n_boot: int = N_BOOT, seed: int = 0, method: str = "auto", corpus_n: int | None = None):
        if method not in (*correction.METHODS, "auto"):
            raise ValueError(f"unknown correction {method!r} (expected auto, {', '.join(correction.METHODS)})")
        self.field, self.validation, self.method, self.corpus_n = field, validation, method, corpus_n
        self.status, self.n_validated = status(validation)
        self.seed, self.n_boot, self._cache = seed, n_boot, {}
        self.usable = validation[validation["source"].isin(fields.CORRECTING_STRATEGIES)] if len(validation) \
            else validation
        self.weight = _weights(self.usable, corpus_cells) if len(self.usable) else np.ones(0)
        self.machine = metrics.report(field, self.usable["truth"].tolist(), self.usable["predicted"].tolist()) \
            if len(self.usable) else None

    def method_for(self, n_posts: int) -> str:
        if self.method != "auto":
            return self.method
        return "calibration" if self.corpus_n is not None and n_posts >= self.corpus_n else "inversion"

    def tables(self, target: str, classes: tuple[str, ...], method: str) -> np.ndarray | None:
        """(1 + n_boot) x k x k for one target: the measured table, then its bootstrap replicates (their own seed
        per target and method, so they do not depend on which figure was asked for first)."""
        if self.status != "corrected":
            return None
        if (target, method) not in self._cache:
            pred = _encode(self.usable["predicted"], target, classes)
            truth = _encode(self.usable["truth"], target, classes)
            keep = (pred >= 0) & (truth >= 0)
            rng = np.random.default_rng([self.seed, self._target_index(target), correction.METHODS.index(method)])
            self._cache[target, method] = correction.tables(pred[keep], truth[keep], self.weight[keep], len(classes),
                                                            method, rng, self.n_boot)
        return self._cache[target, method]

    def _target_index(self, target: str) -> int:
        return [name for name, _ in targets(self.field)].index(target)

    def known_truth(self, post_ids: pd.Index) -> pd.Series:
        """The people's label of each post (NaN where none was decided)."""
        truth = self.validation.set_index("post_id")["truth"] if len(self.validation) else pd.Series(dtype=object)
        return truth.reindex(post_ids.astype(str))

    def shares(self, predicted: pd.Series) -> dict:
        """{field, status, method, n_posts, n_validated, machine_macro_f1, classes: {label: {raw, corrected,
        low, high}}} for the posts of `predicted` (post_id -> machine label)."""
        known = self.known_truth(predicted.index)
        counted = []
        for target, classes in targets(self.field):
            codes = _encode(predicted.tolist(), target, classes)
            truth_codes = np.where(known.notna(), _encode(known.fillna("").tolist(), target, classes), -1)
            valid = codes >= 0          # a post without a machine label (not annotated) has no share
            counted.append(counts(codes[valid], truth_codes[valid], len(classes)))
        return self.shares_of_counts(counted, len(predicted))

    def shares_of_counts(self, counted: list[tuple], n_posts: int) -> dict:
        """shares() of a set of `n_posts` posts given by its counts(), one per target. The bootstrap noise of
        the unvalidated posts is seeded by those counts: the same posts get the same interval in any order."""
        method, out = self.method_for(n_posts), {}
        for (target, classes), target_counts in zip(targets(self.field), counted):
            index = self._target_index(target)
            undecided = [int(c) for c in target_counts[2]]
            rng = np.random.default_rng([self.seed, index, correction.METHODS.index(method), *undecided])
            result = _shares(target_counts, self.tables(target, classes, method), method, rng)
            out.update(_report(result, target, classes))
        return {"field": self.field.name, "status": self.status,
                "method": method if self.status == "corrected" else "raw", "n_posts": int(n_posts),
                "n_validated": self.n_validated, "machine_macro_f1": (self.machine or {}).get("macro_f1"),
                "classes": out}


def _report(result: dict, target: str, classes) -> dict:
    def value(key, i):
        return None if result[key] is None else round(float(result[key][i]), 4)
    picks = [(target, 1)] if target else list(zip(classes, range(len(classes))))
    return {name: {key: value(key, i) for key in ("raw", "corrected", "low", "high")} for name, i in picks}


def chart_note(field: str, status: str, n_validated: int, f1: float | None, lang: str = "fr") -> str:
    """The sentence under a chart of `field`: corrected from n validated posts with the machine's F1, or
    why the figure is unvalidated (the wording is the same for every field)."""
    if status == "corrected":
        text = f"{f1:.2f}" if f1 is not None else "?"
        return t("est_corrected", lang, n=n_validated, f1=text.replace(".", ",") if lang != "en" else text)
    if status == "too_small":
        return t("est_too_small", lang, n=n_validated, need=MIN_VALIDATED)
    if status == "not_random":
        return t("est_not_random", lang)
    return t("est_unvalidated", lang)
