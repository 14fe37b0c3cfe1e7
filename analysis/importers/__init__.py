"""Importers: export files (CrowdTangle, X/Twitter, Telegram, WhatsApp, generic) -> canonical posts.

    ingest_files(paths, db_path, fmt=None, mapping=None, rejected_out=None, progress=None) -> summary dict
    read_file(path, fmt=None, mapping=None) -> (format, posts, rejected)
    preview(path, fmt=None, mapping=None, n=20) -> {"format", "encoding", "posts", "rejected"}
    detect_format(path, fmt=None) -> format name
    read_actors(path) -> DataFrame(account, party, camp, actor_type, region, name)
"""
from __future__ import annotations

from analysis.importers.actors import read_actors
from analysis.importers.base import ImportFailure
from analysis.importers.detect import FORMATS
from analysis.importers.ingest import ingest_files
from analysis.importers import uploads
from analysis.importers.reading import open_export, preview, read_file


def detect_format(path, fmt: str | None = None) -> str:
    """The format Vigie reads `path` as (raises ImportFailure when none fits)."""
    return open_export(path, fmt).format


__all__ = ["FORMATS", "ImportFailure", "detect_format", "ingest_files", "preview", "read_actors", "read_file", "uploads"]
