"""A small runner of background `python -m analysis ...` processes, polled by the dashboard."""
from __future__ import annotations

import json
import secrets
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_PROCESSES: dict[str, subprocess.Popen] = {}  # this server's children, so their exit codes are collected


@dataclass(frozen=True)
class Job:
    id: str
    label: str
    user: str
    state: str          # running, done, failed or unknown (started by an earlier server)
    progress: str       # last line on stderr
    summary: dict | None
    error: str


def jobs_dir(db_path) -> Path:
    db = Path(db_path)
    return db.with_name(f"{db.stem}.jobs")


def start(db_path, arguments: list[str], label: str, user: str) -> str:
    """Launch `python -m analysis <arguments>` in the background; returns the job id."""
    job_id = f"{datetime.now(timezone.utc):%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
    folder = jobs_dir(db_path) / job_id
    folder.mkdir(parents=True)
    (folder / "job.json").write_text(json.dumps({"label": label, "user": user, "arguments": arguments}),
                                     encoding="utf-8")
    with open(folder / "stdout", "wb") as out, open(folder / "stderr", "wb") as err:
        _PROCESSES[job_id] = subprocess.Popen([sys.executable, "-m", "analysis", *arguments], cwd=ROOT,
                                              stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    return job_id


def _last_line(path: Path) -> str:
    lines = path.read_text(encoding="utf-8", errors="replace").strip().splitlines() if path.exists() else []
    return lines[-1] if lines else ""


def _summary(folder: Path) -> dict | None:
    try:
        found = json.loads(_last_line(folder / "stdout") or "null")
    except json.JSONDecodeError:
        return None
    return found if isinstance(found, dict) else None


def _state(job_id: str, summary: dict | None) -> str:
    process = _PROCESSES.get(job_id)
    if process is None:
        return "done" if summary is not None else "unknown"
    code = process.poll()
    return "running" if code is None else ("done" if code == 0 else "failed")


def status(db_path, job_id: str) -> Job:
    folder = jobs_dir(db_path) / job_id
    if not (folder / "job.json").exists():
        raise ValueError(f"no job {job_id!r} in {jobs_dir(db_path)}")
    meta = json.loads((folder / "job.json").read_text(encoding="utf-8"))
    summary = _summary(folder)
    state = _state(job_id, summary)
    last_err = _last_line(folder / "stderr")
    return Job(job_id, meta["label"], meta["user"], state, "" if state == "failed" else last_err, summary,
               last_err if state == "failed" else "")


def recent(db_path, n: int = 5) -> list[Job]:
    folder = jobs_dir(db_path)
    ids = sorted((p.name for p in folder.iterdir() if (p / "job.json").exists()), reverse=True) if folder.exists() \
        else []
    return [status(db_path, i) for i in ids[:n]]
