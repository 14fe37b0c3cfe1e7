"""Read-only access to the shipped election facts (data/gazetteer/gazetteer.json)."""
from __future__ import annotations

import json
from functools import lru_cache
from analysis import paths

DATA_DIR = paths.DATA
GAZETTEER_PATH = DATA_DIR / "gazetteer" / "gazetteer.json"


@lru_cache(maxsize=1)
def gazetteer() -> dict:
    with open(GAZETTEER_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def party_acronyms(kind: str | None = "party") -> list[str]:
    """Canonical acronyms; kind='party' excludes coalitions and movements, None keeps all."""
    return [p["acronym"] for p in gazetteer()["parties"] if kind is None or p.get("type") == kind]


def region_names() -> list[str]:
    return [r["name"] for r in gazetteer()["regions"]]


def key_dates(start: str = "2020-02-01", end: str = "2020-06-30") -> list[dict]:
    """Campaign events between two ISO dates, oldest first."""
    return [d for d in gazetteer()["key_dates"] if start <= d["date"] <= end]


def turnout_by_region() -> dict[str, dict]:
    return {r["name"]: r.get("turnout_pct", {}) for r in gazetteer()["regions"]}
