"""The field models people trained on the validation desk, read from the store once per annotation run.

A field with a trained model gets its column from it: tone (score P(positive) - P(negative) and label),
participation (the categories the model gives 0.5 or more), hostility (once that analyser is part of the
pipeline). `key` names the models in use, so the annotation version changes when one is trained or reset.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import hashlib

import numpy as np

from analysis.annotate.participation import CATEGORIES
from analysis.validation import learner

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

    def tone(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Scores in -1..1 and labels of the trained tone model."""
        model = self.models["tone"]
        proba = np.asarray(model.predict_proba(texts), dtype=float).reshape(len(texts), len(model.classes))
        column = {c: proba[:, i] for i, c in enumerate(model.classes)}
        zero = np.zeros(len(texts))
        scores = np.clip(column.get("positive", zero) - column.get("negative", zero), -1.0, 1.0)
        labels = np.array(model.classes, dtype=object)[proba.argmax(axis=1)] if len(texts) else zero.astype(object)
        return scores, labels

    def participation(self, texts: list[str]) -> list[str]:
        """`;`-joined categories in the canonical order ('' for none), as the rule-based analyser writes them."""
        order = {c: i for i, c in enumerate(CATEGORIES)}
        found = self.models["participation"].predict(texts)
        return [";".join(sorted(set(cats), key=lambda c: order.get(c, len(order)))) for cats in found]

    def labels(self, name: str, texts: list[str]) -> list[str]:
        """One label per text from a single-label field's model (hostility)."""
        return [str(v) for v in self.models[name].predict(texts)]


def decode(row: dict):
    """The learner model stored in a `models` row (ValueError when the bytes are not one)."""
    return learner.Model.from_bytes(row["blob"])


def load(store) -> Trained:
    """The latest trained model of every field that has one (a reset leaves the shipped analyser)."""
    models, versions = {}, {}
    for name in FIELDS:
        row = store.latest_model(name)
        if row is not None and row["blob"] is not None:
            digest = hashlib.sha256(row["blob"]).hexdigest()[:8]
            models[name], versions[name] = decode(row), f"{int(row['version'])}-{digest}"
    return Trained(models, versions)
