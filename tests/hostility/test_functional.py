"""The project's functional cases (tests/data/hostility_functional.csv): each functionality, and the whole set."""
import csv
from collections import defaultdict
from pathlib import Path

import pytest

from analysis.hostility import classify_many

CASES = Path(__file__).resolve().parents[1] / "data" / "hostility_functional.csv"


@pytest.fixture(scope="module")
def verdicts():
    with open(CASES, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    predicted = classify_many([r["text"] for r in rows])["hostility"]
    return rows, predicted


def test_file_is_well_formed(verdicts):
    rows, _ = verdicts
    assert len(rows) >= 150
    assert {r["label"] for r in rows} == {"hostile", "not_hostile"}
    assert {r["split"] for r in rows} == {"dev", "heldout"}
    assert len({r["case_id"] for r in rows}) == len(rows)


def test_every_functionality_is_mostly_right(verdicts):
    rows, predicted = verdicts
    right = defaultdict(list)
    for row, label in zip(rows, predicted):
        right[row["functionality"]].append(row["label"] == label)
    weak = {f: round(sum(v) / len(v), 2) for f, v in right.items() if sum(v) / len(v) < 0.6}
    assert not weak


def test_overall_accuracy(verdicts):
    rows, predicted = verdicts
    accuracy = sum(r["label"] == p for r, p in zip(rows, predicted)) / len(rows)
    assert accuracy >= 0.85
