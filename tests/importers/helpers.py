"""Shared by the importer tests: read a fixture, import it twice, check the counting identity."""
from pathlib import Path

import pandas as pd

from analysis import importers

DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def read(name: str, fmt: str | None = None):
    """(format, posts indexed by post_id, rejected rows) of a fixture."""
    found, posts, rejected = importers.read_file(DATA / name, fmt)
    return found, posts.set_index("post_id", drop=False), rejected


def check_fields(post: pd.Series, expected: dict) -> None:
    for key, value in expected.items():
        got = post[key]
        if key == "created_at":
            assert got == pd.Timestamp(value), (key, got)
        elif value is None:
            assert got is None or pd.isna(got), (key, got)
        else:
            assert got == value, (key, got, value)


def ingest_twice(paths, db) -> tuple[dict, dict]:
    """Import, then import again: the second run must only find duplicates."""
    first = importers.ingest_files(paths, db)
    second = importers.ingest_files(paths, db)
    for summary in (first, second):
        assert summary["read"] == summary["accepted"] + summary["duplicates"] + summary["rejected"]
    assert second["accepted"] == 0 and second["duplicates"] == first["accepted"] + first["duplicates"]
    assert second["rejected"] == first["rejected"]
    return first, second
