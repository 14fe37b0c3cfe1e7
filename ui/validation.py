"""The corrected figures under every chart of tone, hostility or participation, and the store reads of the
validation desk, cached per store file (a label written changes the file, hence the key).

note(field, posts) is the one call a page makes under such a chart: it writes the sentence saying whether the
figure is corrected ("corrigé d'après 300 posts validés ; F1 machine 0,71") or unvalidated and, once corrected,
the corrected shares with their 95 % intervals beside the raw ones.
"""
from __future__ import annotations

import hashlib
import threading
import weakref

import numpy as np
import pandas as pd
import streamlit as st

from analysis.i18n import label as table_label
from analysis.i18n.trends import CATEGORY_LABELS
from analysis.i18n.validation import CLASS_LABELS
from analysis.store import Store
from analysis.validation import cells, desk, estimate, fields, groups, models, summary
from ui import large, tables
from ui.state import db_path, lang, load, load_at, stamp, t

SHARE_COLUMNS = ["raw", "corrected", "low", "high"]


@st.cache_resource(show_spinner=False, max_entries=4)
def _rows(path: str, mtime: float, field: str) -> tuple[pd.DataFrame, dict | None]:
    """The field's label rows (history included) and its latest model row."""
    with Store(path, read_only=True) as store:
        return store.labels(field), store.latest_model(field)


NOTE_GROUPINGS = ("party", "region", "platform")   # the `by` of the pages' notes


def warm(path: str, mtime: float) -> None:
    """Every field's corrector of that version of the store, measured once (what the first note under a chart
    would wait for), and once a field is corrected the posts' groups its notes break the figures down by."""
    corrected = [_corrector(path, mtime, field)[0].status == "corrected" for field in fields.FIELDS]
    for by in NOTE_GROUPINGS if any(corrected) else ():
        _grouping(path, mtime, by)


def store_labels(field: str) -> tuple[pd.DataFrame, dict | None]:
    return _rows(*stamp(), field)


def accuracy_sentence(ui_lang: str) -> str | None:
    """What the people's validation measured of the machine, per field, for reports (None before any)."""
    rows = {name: store_labels(name) for name in fields.FIELDS}
    stored = pd.concat([labels for labels, _ in rows.values()], ignore_index=True)
    return summary.accuracy_sentence(load().posts, stored, {name: row for name, (_, row) in rows.items()}, ui_lang)


def all_labels() -> pd.DataFrame:
    """Every label row of every field, for the export."""
    frames = [store_labels(name)[0] for name in fields.FIELDS]
    return pd.concat([f for f in frames if len(f)], ignore_index=True) if any(len(f) for f in frames) \
        else frames[0]


@st.cache_resource(show_spinner=False, max_entries=2)
def _models(path: str, mtime: float):
    with Store(path, read_only=True) as store:
        return models.load(store)


def model(field: str):
    """The field's trained model (for `uncertain` draws), None with the shipped analyser."""
    return _models(*stamp()).models.get(field)


@st.cache_resource(show_spinner=False, max_entries=6)
def _corrector(path: str, mtime: float, field: str):
    """The field's corrector measured on the whole store, the machine's honest label per post, and each post's
    cell (analysis.validation.cells: what makes a note a bincount)."""
    rows, model_row = _rows(path, mtime, field)
    posts = load_at(path, mtime)[0].posts  # this version's posts, whichever store the session reads meanwhile
    corrector, predicted = groups.corrector_for(posts.reset_index(drop=True), rows, model_row, fields.get(field))
    return corrector, predicted, cells.build(corrector, predicted)


@st.cache_resource(show_spinner=False, max_entries=8)
def _grouping(path: str, mtime: float, by: str) -> cells.Grouping:
    return cells.grouping(load_at(path, mtime)[0].posts, by)


@st.cache_data(show_spinner=False, max_entries=256)
def _shares(path: str, mtime: float, field: str, digest: str, by: str | None, _positions: np.ndarray):
    """The overall result of the posts at these positions of the store (and one row per group and class with
    `by`); digest keys the positions. Shared by every session: the same posts give the same figures."""
    corrector, _, counted = _corrector(path, mtime, field)
    result = cells.shares(corrector, counted, cells.count(counted, _positions))
    wanted = by is not None and result["status"] == "corrected"      # the groups' table is shown only then
    table = cells.by_group(corrector, counted, _grouping(path, mtime, by), _positions) if wanted else None
    return result, table


_WHERE: dict[int, tuple] = {}    # id(frame) -> (weak reference, store version, positions, digest): a page's charts
_WHERE_LOCK = threading.Lock()   # share one frame, so it is placed in the store once


def _where(posts: pd.DataFrame, version: tuple[str, float], field: str) -> tuple[np.ndarray, str]:
    """The positions of these posts in that version of the store, and their digest (a few ms at a million)."""
    known = _WHERE.get(id(posts))
    if known is not None and known[0]() is posts and known[1] == version:
        return known[2], known[3]
    _, predicted, _ = _corrector(*version, field)     # its index: every post id of the store, hashed once
    where = cells.positions(predicted.index, load_at(*version)[0].posts, posts)
    digest = hashlib.blake2b(where.tobytes(), digest_size=16).hexdigest() + f":{len(where)}"
    with _WHERE_LOCK:
        for key in [k for k, entry in _WHERE.items() if entry[0]() is None]:
            del _WHERE[key]
        _WHERE[id(posts)] = (weakref.ref(posts), version, where, digest)
    return where, digest


def shares(field: str, posts: pd.DataFrame, by: str | None = None) -> tuple[dict, pd.DataFrame | None]:
    """{status, n_validated, machine_macro_f1, classes: {label: {raw, corrected, low, high}}} of these posts."""
    version = stamp()
    where, digest = _where(posts, version, field)
    return _shares(*version, field, digest, by, where)


def class_name(field: str, value: str) -> str:
    table = CATEGORY_LABELS if field == "participation" and value in CATEGORY_LABELS else CLASS_LABELS
    return table_label(table, value, lang())


def note(field: str, posts: pd.DataFrame, by: str | None = None, table: bool = True,
         only: list[str] | None = None) -> dict | None:
    """Under a chart of `field`: the validation sentence, and the corrected shares once a random sample exists
    (per group with `by`, limited to the groups the chart shows with `only`). posts None: a large store
    (ui.large), where the correction is not computed under the charts, and the note says so."""
    if posts is None:
        st.caption(t("large_unvalidated"))
        return None
    if not len(posts) or not db_path().exists():
        return None
    result, groups_table = shares(field, posts, by)
    if groups_table is not None and only is not None:
        groups_table = groups_table[groups_table["group"].isin(list(only))]
    st.caption(estimate.chart_note(field, result["status"], result["n_validated"], result["machine_macro_f1"],
                                   lang()))
    if result["status"] == "corrected" and table:
        with st.expander(t("val_corrected_shares"), expanded=False):
            _share_table(field, result, groups_table)
    return result


def _share_table(field: str, result: dict, groups_table: pd.DataFrame | None) -> None:
    if groups_table is not None:
        frame = groups_table.drop(columns=["status", "n_validated"])
    else:
        frame = pd.DataFrame([{"class": name, **values} for name, values in result["classes"].items()])
    frame["class"] = [class_name(field, c) for c in frame["class"]]
    frame["interval"] = [_interval(lo, hi) for lo, hi in zip(frame["low"], frame["high"])]
    labels = {"group": t("val_group"), "n_posts": t("val_n_posts"), "class": t("val_class"), "raw": t("val_raw"),
              "corrected": t("val_corrected"), "interval": t("val_interval")}
    tables.show(frame.drop(columns=["low", "high"]), labels=labels, percents=("raw", "corrected"))


def _interval(low, high) -> str:
    if low is None or high is None or pd.isna(low) or pd.isna(high):
        return "—"
    return f"{low:.0%} – {high:.0%}".replace("%", "\u202f%") if lang() != "en" else f"{low:.0%} – {high:.0%}"


@st.cache_data(show_spinner=False, max_entries=6)
def _figures(path: str, mtime: float, field: str) -> dict:
    rows, model_row = _rows(path, mtime, field)
    # the figures read the machine's label of the labelled posts only: a large store (not loaded) gives those alone
    posts = large.machine_rows(rows["post_id"], field) if large.active() else load().posts
    return desk.figures(posts, rows, model_row, field)


def figures(field: str) -> dict:
    """desk.figures of the field on the whole store (n validated, agreement, machine against people)."""
    return _figures(*stamp(), field)


def clear() -> None:
    """After a write from the dashboard: every cached read of the store is stale."""
    st.cache_resource.clear()
    st.cache_data.clear()
