"""The validation desk's session and writes: the post on screen for each (field, strategy, annotator), the
fresh batch it comes from, the posts skipped, one label saved, a retraining with its progress."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import annotate
from analysis.export import to_csv_bytes
from analysis.store import Store, StoreLockedError
from analysis.validation import desk, fields, models, store_sampling, training
from ui import auth, large, validation, validation_report
from ui.state import db_path, t

EXPORT_COLUMNS = ["post_id", "field", "label", "annotator", "labelled_at", "source"]
DOUBLE_SHARE = desk.DOUBLE_SHARE


def _session(field: str, strategy: str, annotator: str) -> dict:
    """This annotator's queue for the field and strategy, kept across reruns."""
    key = f"val_queue:{field}:{strategy}:{annotator}"
    if key not in st.session_state:
        st.session_state[key] = {"fresh": [], "skipped": set(), "current": None, "served": 0}
    return st.session_state[key]


def _still_open(pick, rows: pd.DataFrame, annotator: str, skipped: set) -> bool:
    if pick is None or pick[0] in skipped:
        return False
    mine = rows[(rows["annotator"] == annotator) & (rows["post_id"] == pick[0])] if len(rows) else rows
    return not len(mine)


def current(posts: pd.DataFrame | None, field: str, strategy: str, annotator: str, share: float):
    """(post_id, double-coded?) on screen, or None when nothing is left; the same post until it is labelled
    or skipped (a rerun, e.g. showing the machine's guess, keeps it). ValueError when the draw is impossible.
    posts None: a large store (ui.large), whose fresh batches are drawn by SQL."""
    state = _session(field, strategy, annotator)
    rows, _ = validation.store_labels(field)
    if _still_open(state["current"], rows, annotator, state["skipped"]):
        return state["current"]
    rng = desk.queue_rng(annotator, field, state["served"])
    pick = desk.next_post(rows, field, annotator, share, state["fresh"], state["skipped"], rng)
    if pick is None:
        state["fresh"] = _draw(posts, rows, fields.get(field), strategy, rng)
        pick = desk.next_post(rows, field, annotator, 0.0, state["fresh"], state["skipped"], rng)
    state["current"], state["served"] = pick, state["served"] + 1
    return pick


def _draw(posts: pd.DataFrame | None, rows: pd.DataFrame, field: fields.Field, strategy: str, rng) -> list[str]:
    if posts is None:   # the same rules by SQL: only the drawn ids come back
        return store_sampling.draw_batch(large.store_query, field, strategy, validation.model(field.name), rng,
                                         keys=True)     # a large store's aggregates are fresh
    return desk.draw_batch(posts, rows, field, strategy, validation.model(field.name), rng)


def post_row(posts: pd.DataFrame | None, post_id: str) -> pd.Series:
    """The post on screen with its annotations: from the loaded frame, or on a large store read alone by its key."""
    if posts is None:
        return large.some_posts([post_id]).iloc[0]
    return posts.loc[posts["post_id"].astype(str) == post_id].iloc[0]


def progress(field: str, annotator: str) -> dict:
    """mine, validated, coded for the field (desk.progress on the stored labels)."""
    return desk.progress(validation.store_labels(field)[0], field, annotator)


def machine_label(field: str, row) -> str:
    """The machine's current label of one post, in words ("—" when the post was never annotated)."""
    spec = fields.get(field)
    value = fields.machine_label(spec, row.get(spec.column)) if spec.column in row.index else ""
    if not value:
        return "—"
    return ", ".join(validation.class_name(field, v) for v in (fields.split(value) or (value,)))


@auth.requires("label_edit")
def save(pick: tuple[str, bool], field: str, label, annotator: str, strategy: str) -> str:
    """Store the label (ValueError or StoreLockedError on failure); the next run serves the next post."""
    auth.audit("label_edit", f"{field} {pick[0]} = {label} ({annotator})")
    with Store(db_path()) as store:
        stored = desk.add_label(store, pick[0], field, label, annotator, strategy, double=pick[1])
    _session(field, strategy, annotator)["current"] = None
    validation.clear()
    return stored


def skip(pick: tuple[str, bool], field: str, strategy: str, annotator: str) -> None:
    state = _session(field, strategy, annotator)
    state["skipped"].add(pick[0])
    state["current"] = None


@auth.requires("retrain")
def retrain(field: str) -> dict:
    """Train the field's model on the labels, then re-annotate every post, with a progress bar."""
    auth.audit("retrain", field)
    bar = st.progress(0.0, text=t("val_training"))
    summary = training.train(str(db_path()), field,
                             progress=lambda done, total: bar.progress(done / total, text=t("val_training")))
    bar.progress(0.0, text=t("val_annotating"))
    annotate.annotate_store(str(db_path()), workers=1, load_models=models.load, progress=lambda done, total:
                            bar.progress(min(done / max(total, 1), 1.0), text=t("val_annotating")))
    bar.progress(1.0, text=t("val_annotating"))
    validation.clear()
    return summary


def retrain_section(field: str) -> None:
    """The "Réentraîner" button (for the roles that may retrain): training then re-annotation in a status box."""
    if not auth.allowed("retrain"):
        return
    if large.active():  # training reads every post's text and re-annotating 10M posts takes minutes: not in a page
        st.caption(t("val_retrain_large", field=field))
        return
    if not st.button(t("val_retrain"), help=t("val_retrain_help"), key="val_retrain"):
        return
    with st.status(t("val_training"), expanded=True) as box:
        try:
            summary = retrain(field)
        except (ValueError, StoreLockedError, auth.Refused) as exc:
            box.update(state="error")
            st.error(t("store_locked") if isinstance(exc, StoreLockedError) else t("val_train_failed", reason=exc))
            return
        f1 = validation_report.number(summary["cv_macro_f1"])
        box.update(label=t("val_trained", n=summary["n_labels"], f1=f1), state="complete")


def export_bytes() -> bytes:
    """Every label row of every field (history kept), CSV safe for spreadsheets."""
    frame = validation.all_labels()
    return to_csv_bytes(frame[[c for c in EXPORT_COLUMNS if c in frame.columns]])
