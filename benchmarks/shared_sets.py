"""The labelled development sets of ../shared/data, as (texts, labels) for the learner's benchmarks.

xed: French subtitles, polarity derived from projected emotions (positive / negative); mlma, toxifrench:
hostile / not_hostile; ftr: racist / not_racist. Licences and origins: ../shared/data/*/SOURCE.md.
"""
from __future__ import annotations

import csv
from pathlib import Path


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def load(shared: Path) -> dict[str, tuple[str, list[str], list[str]]]:
    """name -> (field, texts, labels)."""
    xed = [r for r in _rows(shared / "xed-fr-emotion" / "xed_fr_polarity.tsv")
           if r["polarity_derived"] in ("positive", "negative")]
    mlma = _rows(shared / "mlma-fr-hostility" / "mlma_fr_binary.tsv")
    toxi = _rows(shared / "toxifrench-fr-hostility" / "toxifrench_balanced_fr.tsv")
    ftr = _rows(shared / "ftr-fr-racism" / "ftr_fr.tsv")
    hostile = {"1": "hostile", "0": "not_hostile"}
    return {
        "xed": ("tone", [r["text"] for r in xed], [r["polarity_derived"] for r in xed]),
        "mlma": ("hostility", [r["tweet"] for r in mlma], [hostile[r["hostile"]] for r in mlma]),
        "toxifrench": ("hostility", [r["text"] for r in toxi], [hostile[r["hostile"]] for r in toxi]),
        "ftr": ("hostility", [r["text"] for r in ftr], [r["label"] for r in ftr]),
    }
