"""Background jobs from the dashboard (imports, re-annotation): started as `python -m analysis ...` processes,
so every other session keeps working; their progress is polled every few seconds."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from analysis import jobs
from ui import auth
from ui.state import db_path, t

POLL_SECONDS = 2


def _owner() -> str:
    return (auth.user() or {}).get("name", "?")


@auth.requires("import")
def start_import(paths: list[Path], fmt: str | None, mapping: str, rejected_out: Path) -> str:
    """Import files in the background (the files must outlive this script run: a job folder, not a temp dir)."""
    arguments = ["ingest", *map(str, paths), "--db", str(db_path()), "--rejected-out", str(rejected_out), "--progress"]
    arguments += ["--format", fmt] if fmt else []
    arguments += ["--map", mapping] if mapping.strip() else []
    auth.audit("import", ", ".join(p.name for p in paths))
    return jobs.start(db_path(), arguments, t("job_import", n=len(paths)), _owner())


@auth.requires("retrain")
def start_annotation() -> str:
    auth.audit("retrain", "annotate")
    return jobs.start(db_path(), ["annotate", "--db", str(db_path())], t("job_annotate"), _owner())


def upload_folder() -> Path:
    """A folder that outlives the script run, for uploads handed to a background import."""
    folder = jobs.jobs_dir(db_path()) / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _show(job: jobs.Job) -> None:
    if job.state == "running":
        st.info(t("job_running", what=job.label, progress=job.progress or "…"), icon=":material/hourglass_top:")
    elif job.state == "failed":
        st.error(t("job_failed", what=job.label, error=job.error))
    else:
        st.success(t("job_done", what=job.label) + (f" — {job.summary}" if job.summary else ""))


@st.fragment(run_every=POLL_SECONDS)
def job_panel(n: int = 3) -> None:
    """The last jobs and their state, refreshed every POLL_SECONDS without re-running the page."""
    for job in jobs.recent(db_path(), n):
        _show(job)
