"""What several commands share: the default store path and progress lines."""
from __future__ import annotations

import sys

DEFAULT_DB = "data/vigie.duckdb"


def add_db(parser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")


def progress(done: int, total: int | None) -> None:
    print(f"{done}/{total}" if total is not None else str(done), file=sys.stderr, flush=True)

