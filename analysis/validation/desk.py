"""The validation desk: which post an annotator codes next, the one label typed there, and the figures
measured on a field's labels (shown on the Validation and Méthode pages).

Fresh posts are drawn in small batches by the chosen strategy among the posts nobody labelled for the field
(sampling.py). Before each post the desk draws, with probability `double_share`, a post another annotator
already coded and this one did not (double coding, so agreement can be measured), else the next fresh post.
A fresh post's label is stored with the strategy that served it (and the draw remembered in the store), so
a random draw stays usable for correcting shares; a double-coded post keeps the strategy that first drew it.
"""
from __future__ import annotations

import zlib

import numpy as np
import pandas as pd

from analysis.store import Store
from analysis.validation import agreement, fields, labels, machine, sampling

BATCH = 20
DOUBLE_SHARE = sampling.DOUBLE_CODED


def draw_batch(posts: pd.DataFrame, stored: pd.DataFrame, field: fields.Field, strategy: str, model,
               rng: np.random.Generator, n: int = BATCH) -> list[str]:
    """Up to n post ids nobody labelled for the field, drawn by the strategy (ValueError from `uncertain`
    when the field has no trained model to be uncertain with)."""
    sampling.check_strategy(strategy)
    pool = sampling.unlabelled(posts.assign(machine_label=machine.current(posts, field).to_numpy()), stored,
                               field.name)
    if not len(pool):
        return []
    chosen = sampling.choose(pool, n, rng, field, strategy, model)
    ids = chosen["post_id"].astype(str).to_numpy()
    return ids[rng.permutation(len(ids))].tolist()      # the draws come in corpus order: serve them shuffled


def queue_rng(annotator: str, field: str, served: int) -> np.random.Generator:
    """The same choice for the same annotator at the same point (a page rerun must not change the post)."""
    return np.random.default_rng([zlib.crc32(f"{field}|{annotator}".encode("utf-8")), served])


def next_post(stored: pd.DataFrame, field: str, annotator: str, double_share: float, fresh: list[str],
              skipped: set[str], rng: np.random.Generator) -> tuple[str, bool] | None:
    """(post_id, double-coded?) of the next post to serve, or None when the fresh batch is used up."""
    rows = stored[(stored["field"] == field) & ~stored["post_id"].isin(skipped)] if len(stored) else stored
    if double_share > 0 and rng.random() < double_share:
        others = sampling.second_coding(rows, field, annotator, 1, rng)
        if others:
            return others[0], True
    done = set(stored.loc[stored["field"] == field, "post_id"]) if len(stored) else set()
    return next(((pid, False) for pid in fresh if pid not in done and pid not in skipped), None)


def add_label(store: Store, post_id: str, field_name: str, label, annotator: str, strategy: str,
              double: bool = False) -> str:
    """Store one label typed on the desk (checked by labels.add_label); returns its stored form. A fresh post's
    draw is remembered with the strategy that served it; a double-coded one keeps how it was first drawn."""
    source = (_first_source(store, fields.get(field_name).name, post_id) if double else None) or strategy
    with store.batch():              # the draw and the label, or neither
        if not double:
            store.add_samples(pd.DataFrame([{"post_id": post_id, "field": fields.get(field_name).name,
                                             "strategy": strategy}]))
        return labels.add_label(store, post_id, field_name, label, annotator, source=source)


def _first_source(store: Store, field: str, post_id: str) -> str | None:
    """How a post coded before was drawn: the remembered draw, else its first label's source."""
    drawn = store.sample_strategies(field).get(post_id)
    if drawn:
        return drawn
    rows = store.labels(field)
    rows = rows[rows["post_id"] == post_id]
    return str(rows["source"].iloc[0]) if len(rows) else None


def progress(stored: pd.DataFrame, field: str, annotator: str) -> dict:
    """mine (posts this annotator coded), validated (posts with a decided label), coded (posts coded at all)."""
    rows = stored[stored["field"] == field] if len(stored) else stored
    mine = rows.loc[rows["annotator"] == annotator, "post_id"].nunique() if len(rows) else 0
    decided = labels.consensus(rows, field) if len(rows) else pd.DataFrame(columns=["label"])
    return {"mine": int(mine), "validated": int(decided["label"].notna().sum()),
            "coded": int(rows["post_id"].nunique()) if len(rows) else 0}


def figures(posts: pd.DataFrame, stored: pd.DataFrame, model_row: dict | None, field_name: str) -> dict:
    """What a field's labels measure: n validated and how drawn, agreement between people, the machine
    against the people's label (macro-F1, per class, confusion; honest predictions, see machine.py)."""
    field = fields.get(field_name)
    rows = labels.latest_per_annotator(stored[stored["field"] == field.name]) if len(stored) else stored
    decided = labels.consensus(rows, field.name) if len(rows) else pd.DataFrame(columns=["post_id", "label",
                                                                                        "source"])
    decided = decided[decided["label"].notna()]
    by_source = {str(k): int(v) for k, v in decided["source"].value_counts().items()} if len(decided) else {}
    predicted = machine.honest(posts, field, model_row)
    judged = agreement.versus_machine(decided, predicted, field) if len(decided) else None
    usable = sum(n for s, n in by_source.items() if s in fields.CORRECTING_STRATEGIES)
    return {"field": field.name, "n_validated": int(len(decided)), "by_source": by_source, "usable": usable,
            "people": agreement.people(rows) if len(rows) else None, "machine": judged,
            "model": _model_summary(model_row)}


def _model_summary(model_row: dict | None) -> dict | None:
    """version, n_labels and cross-validated macro-F1 of the trained model (None: the shipped analyser)."""
    if not model_row or model_row.get("blob") is None:
        return None
    metrics = model_row.get("metrics") or {}
    return {"version": int(model_row["version"]), "n_labels": int(model_row["n_labels"]),
            "cv_macro_f1": metrics.get("cv_macro_f1")}


def per_class_table(report: dict) -> pd.DataFrame:
    """class, precision, recall, f1, support of a metrics report (one row per class)."""
    return pd.DataFrame([{"class": name, **values} for name, values in report["per_class"].items()],
                        columns=["class", "precision", "recall", "f1", "support"])


def confusion_table(report: dict) -> pd.DataFrame | None:
    """People (rows) x machine (columns) counts of a single-label report; None for a multi-label one."""
    confusion = report.get("confusion") or {}
    if "labels" not in confusion:
        return None
    names = confusion["labels"]
    return pd.DataFrame(confusion["rows_people_cols_machine"], index=names, columns=names)
