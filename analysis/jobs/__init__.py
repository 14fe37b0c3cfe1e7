"""Jobs: long commands (imports, annotation, retraining) run as background processes of `python -m analysis`,
so the dashboard keeps answering while they write to the store.

start() launches one and returns its id; status() reads its state (running, done, failed), the last progress
line it printed on stderr, and the JSON summary it printed last. Each job has a folder under `<store>.jobs/`.
"""
from analysis.jobs.runner import Job, jobs_dir, recent, start, status

__all__ = ["Job", "jobs_dir", "recent", "start", "status"]
