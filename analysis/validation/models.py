"""The trained models of a store, decoded for annotate (`annotate_store(db, load_models=models.load)`)."""
from __future__ import annotations

import hashlib

from analysis.annotate.trained import FIELDS, Trained
from analysis.validation import learner


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
