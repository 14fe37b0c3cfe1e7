"""Données: import exports (format detected, preview, summary, rejected rows), the actors list, and the
import history. Cells are shown with st.dataframe only: post text is never rendered as HTML or Markdown."""
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

import ui
from analysis import importers
from analysis.importers import uploads
from analysis.importers import FORMATS
from ui import admin, auth, jobs
from ui.store_actions import StoreLockedError, add_actors, import_files, store_error

PREVIEW_COLUMNS = ["created_at", "author_name", "text", "likes", "shares", "comments", "views", "is_repost",
                   "reply_to_id", "author_location", "url", "post_id", "platform", "author_id", "lat", "lon"]


def _previews(paths, fmt, mapping) -> list[Path]:
    """Show each file's detected format and first rows; return the files that can be imported."""
    ready = []
    for path in paths:
        try:
            found = importers.preview(path, fmt=fmt, mapping=mapping, n=10)
        except importers.ImportFailure as exc:
            st.error(str(exc))
            continue
        st.text(ui.t("imp_detected", name=path.name, fmt=found["format"], enc=found["encoding"]))
        shown = found["posts"][[c for c in PREVIEW_COLUMNS if c in found["posts"].columns]]
        ui.tables.show(ui.tables.readable(shown), decimals={"lat": 4, "lon": 4})
        if len(found["rejected"]):
            st.caption(ui.t("imp_preview_rejected"))
            ui.tables.show(found["rejected"], wide=("raw", "reason"))
        ready.append(path)
    return ready


def _run_import(paths, fmt, mapping, folder: Path) -> None:
    bar = st.progress(0.0)

    def progress(rows: int, name: str) -> None:
        done = [p.name for p in paths].index(name) if name in [p.name for p in paths] else 0
        bar.progress(min(1.0, (done + 0.5) / len(paths)), text=ui.t("imp_progress", file=name, rows=f"{rows:,}"))
    rejected_path = folder / "rejets.csv"
    try:
        summary = import_files(paths, fmt, mapping, rejected_path, progress)
    except importers.ImportFailure as exc:
        bar.empty()
        st.error(str(exc))
        return
    except (StoreLockedError, OSError) as exc:
        bar.empty()
        store_error(exc)
        return
    bar.progress(1.0, text=ui.t("imp_done"))
    _summary(summary, rejected_path)


def _start_background_import(paths, fmt, mapping_text: str) -> None:
    """Copies the files out of the temporary folder and imports them in a background process."""
    folder = Path(tempfile.mkdtemp(dir=jobs.upload_folder()))
    kept = [Path(shutil.copy(p, folder / p.name)) for p in paths]
    jobs.start_import(kept, fmt, mapping_text, folder / "rejets.csv")
    st.success(ui.t("job_started"))


def _summary(summary: dict, rejected_path: Path) -> None:
    cols = st.columns(4)
    for col, key in zip(cols, ("read", "accepted", "duplicates", "rejected")):
        col.metric(ui.t(f"imp_{key}"), f"{summary[key]:,}".replace(",", "\u202f"))
    if summary["rejected"]:
        rejected = pd.read_csv(rejected_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        st.caption(ui.t("imp_rejected_rows"))
        ui.tables.show(rejected.head(1000), wide=("raw", "reason"))
        st.download_button(ui.t("imp_download_rejected"), rejected_path.read_bytes(), file_name="vigie_rejets.csv",
                           mime="text/csv", key="dl_rejected")


def import_section(background: bool = False) -> None:
    if not auth.allowed("import"):
        return
    st.subheader(ui.t("imp_upload"))
    st.caption(ui.t("imp_help"))
    files = st.file_uploader(ui.t("imp_files"), accept_multiple_files=True, key="imp_files")
    left, right = st.columns([1, 2])
    fmt = left.selectbox(ui.t("imp_format"), ["auto", *FORMATS], key="imp_format",
                         format_func=lambda f: ui.t("imp_auto") if f == "auto" else f)
    mapping_text = right.text_input(ui.t("imp_mapping"), key="imp_mapping")
    if not files:
        return
    try:
        mapping = uploads.parse_mapping(mapping_text)
    except importers.ImportFailure as exc:
        st.error(str(exc))
        return
    limit = uploads.upload_limit_mb()
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for f in files:
            if f.size > limit * 1024 * 1024:
                st.error(ui.t("imp_too_big", name=f.name, size=round(f.size / 2**20), limit=limit))
                continue
            paths.append(uploads.save_upload(Path(tmp), f.name, f.getvalue()))
        ready = _previews(paths, None if fmt == "auto" else fmt, mapping)
        if ready and st.button(ui.t("imp_button"), type="primary", key="imp_go"):
            if background:
                _start_background_import(ready, None if fmt == "auto" else fmt, mapping_text)
            else:
                _run_import(ready, None if fmt == "auto" else fmt, mapping, Path(tmp))


def actors_section() -> None:
    if not auth.allowed("actors"):
        return
    st.subheader(ui.t("imp_actors"))
    st.caption(ui.t("imp_actors_help"))
    upload = st.file_uploader(ui.t("imp_actors_file"), type=["csv", "tsv", "txt"], key="imp_actors")
    if upload is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        try:
            actors = importers.read_actors(uploads.save_upload(Path(tmp), upload.name, upload.getvalue()))
        except importers.ImportFailure as exc:
            st.error(str(exc))
            return
    ui.tables.show(actors)
    if st.button(ui.t("imp_actors_button"), key="imp_actors_go"):
        try:
            n = add_actors(actors)
        except (StoreLockedError, OSError) as exc:
            store_error(exc)
            return
        st.success(ui.t("imp_actors_saved", n=n))


def history_section(imports: pd.DataFrame) -> None:
    st.subheader(ui.t("imp_history"))
    if imports is None or imports.empty:
        st.info(ui.t("imp_no_history"))
        return
    ui.tables.show(imports.drop(columns=["content_hash"], errors="ignore"))
    ui.download_csv(imports, "vigie_imports.csv", "dl_imports")


if not ui.db_path().exists():  # no store yet: importing real exports is the alternative to the demo corpus
    ui.page_start("data_page")
    st.title(ui.t("data_page"))
    st.info(ui.t("imp_no_store"))
    import_section()
    st.stop()

posts, filters = ui.page_setup("data_page")  # nothing here needs the posts themselves
import_section(background=True)
jobs.job_panel()
actors_section()
history_section(ui.large.imports() if posts is None else ui.loaded().imports)
admin.admin_section()
