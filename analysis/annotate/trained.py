"""The field models people trained on the validation desk, as the annotation run applies them.

A field with a trained model gets its column from it: tone (score P(positive) - P(negative) and label),
participation (the categories the model gives 0.5 or more), hostility (once that analyser is part of the
pipeline). `key` names the models in use, so the annotation version changes when one is trained or reset.
The models are read from the store and decoded by the validation stage (analysis.validation.models.load),
which annotate_store is given: annotate never imports the validation stage (stages depend one way).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from analysis import sentiment

from analysis.annotate.participation import CATEGORIES

FIELDS = ("tone", "hostility", "participation")


@dataclass(frozen=True)
class Trained:
    models: dict = field(default_factory=dict)      # field -> learner.Model
    versions: dict = field(default_factory=dict)    # field -> "<version in the store>-<digest of the model>"

    @property
    def key(self) -> str:
        """'' with the shipped analysers only, else e.g. 'tone-model-3-1f2e3d4c' (the digest tells apart
        models of the same version number in two stores, e.g. for the per-process memo)."""
        return "+".join(f"{name}-model-{self.versions[name]}" for name in sorted(self.versions))

    def read(self, texts: list[str]):
        """The tone analyser's scores and Readings, which every trained model reads: computed once when two or
        more models will score the same texts (None otherwise: the one model reads them itself)."""
        return sentiment.score_readings(texts) if len(self.models) > 1 else None

    def tone(self, texts: list[str], scored=None) -> tuple[np.ndarray, np.ndarray]:
        """Scores in -1..1 and labels of the trained tone model; `scored`: `read(texts)`."""
        model = self.models["tone"]
        proba = np.asarray(model.predict_proba(texts, scored), dtype=float).reshape(len(texts), len(model.classes))
        column = {c: proba[:, i] for i, c in enumerate(model.classes)}
        zero = np.zeros(len(texts))
        scores = np.clip(column.get("positive", zero) - column.get("negative", zero), -1.0, 1.0)
        labels = np.array(model.classes, dtype=object)[proba.argmax(axis=1)] if len(texts) else zero.astype(object)
        return scores, labels

    def participation(self, texts: list[str], scored=None) -> list[str]:
        """`;`-joined categories in the canonical order ('' for none), as the rule-based analyser writes them."""
        order = {c: i for i, c in enumerate(CATEGORIES)}
        found = self.models["participation"].predict(texts, scored)
        return [";".join(sorted(set(cats), key=lambda c: order.get(c, len(order)))) for cats in found]

    def labels(self, name: str, texts: list[str], scored=None) -> list[str]:
        """One label per text from a single-label field's model (hostility)."""
        return [str(v) for v in self.models[name].predict(texts, scored)]


def trained_fields(store) -> list[str]:
    """The fields whose latest stored model is a trained one (not a reset)."""
    rows = {name: store.latest_model(name) for name in FIELDS}
    return [name for name, row in rows.items() if row is not None and row["blob"] is not None]
