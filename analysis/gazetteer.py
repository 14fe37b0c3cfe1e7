"""Read-only access to the shipped election facts in data/gazetteer/, each fact in one table.

parties.csv   the party list (acronym, name, type, camp, colour...): analysers, sidebar and charts
calendar.csv  dated campaign events, `key` marking votes, campaigns and results
periods.csv   named periods whose bounds are calendar events (date filter presets, topic periods)
labels.csv    French and English labels of the topics and participation categories
gazetteer.json regions and cercles (turnout, capitals) and the domain notes
"""
from __future__ import annotations

import csv
import json
import re
from datetime import date, timedelta
from functools import lru_cache

from analysis import paths
from analysis.text import fold

GAZETTEER_DIR = paths.GAZETTEER
GAZETTEER_PATH = GAZETTEER_DIR / "gazetteer.json"
PARTY_COLUMNS = ("acronym", "name", "type", "camp", "colour", "leader")
_BOUND = re.compile(r"^(?P<event>[a-z0-9_]+)(?P<offset>[+-][0-9]+)?$")
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def read_csv(name: str, required: tuple[str, ...]) -> list[dict]:
    """Rows of a shipped gazetteer CSV; a missing column or empty key is a one-line error."""
    path = GAZETTEER_DIR / name
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
        rows = list(reader)
    for line, row in enumerate(rows, start=2):
        if not (row.get(required[0]) or "").strip():
            raise ValueError(f"{path}:{line}: empty {required[0]}")
    return rows


@lru_cache(maxsize=1)
def gazetteer() -> dict:
    with open(GAZETTEER_PATH, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def parties() -> tuple[dict, ...]:
    """The party list, in table order; a colour that is not #RRGGBB is a one-line error."""
    rows = read_csv("parties.csv", PARTY_COLUMNS)
    for line, row in enumerate(rows, start=2):
        if not _HEX.match(row["colour"]):
            raise ValueError(f"{GAZETTEER_DIR / 'parties.csv'}:{line}: colour {row['colour']!r} is not #RRGGBB")
    return tuple(rows)


def party_acronyms(kind: str | None = "party") -> list[str]:
    """Canonical acronyms; kind='party' excludes coalitions and movements, None keeps all."""
    return [p["acronym"] for p in parties() if kind is None or p["type"] == kind]


def party_colours() -> dict[str, str]:
    """acronym -> fixed chart colour."""
    return {p["acronym"]: p["colour"] for p in parties()}


def party_camps() -> dict[str, str]:
    return {p["acronym"]: p["camp"] for p in parties()}


def spelling(value: str, known: list[str]) -> str:
    """The gazetteer's spelling of a party or region typed in any case or accents ('segou' -> 'Ségou'), else as typed."""
    if not value:
        return ""
    return {fold(k): k for k in known}.get(fold(value), value)


def region_names() -> list[str]:
    return [r["name"] for r in gazetteer()["regions"]]


def turnout_by_region() -> dict[str, dict]:
    return {r["name"]: r.get("turnout_pct", {}) for r in gazetteer()["regions"]}


@lru_cache(maxsize=1)
def calendar() -> tuple[dict, ...]:
    """Campaign events oldest first: id, date, key (bool), label_fr, label_en, verified, source, note."""
    rows = read_csv("calendar.csv", ("id", "date", "key", "label_fr", "label_en"))
    events = []
    for line, row in enumerate(rows, start=2):
        try:
            date.fromisoformat(row["date"])
        except ValueError:
            raise ValueError(f"{GAZETTEER_DIR / 'calendar.csv'}:{line}: date {row['date']!r} is not YYYY-MM-DD") from None
        events.append({**row, "key": row["key"] == "yes", "verified": row.get("verified") == "yes"})
    return tuple(sorted(events, key=lambda e: e["date"]))


def key_dates(start: str = "2020-02-01", end: str = "2020-06-30") -> list[dict]:
    """Campaign events between two ISO dates, oldest first."""
    return [dict(e) for e in calendar() if start <= e["date"] <= end]


def event_day(bound: str) -> date:
    """'r1_vote' -> its date; 'r1_vote+1' -> the day after; an ISO date stands for itself."""
    try:
        return date.fromisoformat(bound)
    except ValueError:
        pass
    found = _BOUND.match(bound)
    days = {e["id"]: e["date"] for e in calendar()}
    if not found or found["event"] not in days:
        raise ValueError(f"{GAZETTEER_DIR}: {bound!r} is neither a date nor a calendar event id")
    return date.fromisoformat(days[found["event"]]) + timedelta(days=int(found["offset"] or 0))


@lru_cache(maxsize=1)
def periods() -> dict[str, tuple[date, date]]:
    """Named periods, both ends inclusive, in table order."""
    rows = read_csv("periods.csv", ("name", "start", "end"))
    return {r["name"]: (event_day(r["start"]), event_day(r["end"])) for r in rows}


@lru_cache(maxsize=2)
def labels(kind: str) -> dict[str, tuple[str, str]]:
    """kind 'topic' or 'category': id -> (French label, English label), in table order."""
    rows = [r for r in read_csv("labels.csv", ("kind", "id", "label_fr", "label_en")) if r["kind"] == kind]
    if not rows:
        raise ValueError(f"{GAZETTEER_DIR / 'labels.csv'}: no labels of kind {kind!r}")
    return {r["id"]: (r["label_fr"], r["label_en"]) for r in rows}
