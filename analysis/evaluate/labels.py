"""Compare hand labels with the annotations: per-field precision, recall and F1.

The gold CSV has a `text` column, optionally author_location / author_id / lat / lon (used for
prediction like any post), and any of the gold columns parties, region, participation, topics,
cercle, author_party (lists `;`-joined). A missing gold column is skipped.
"""
from __future__ import annotations

import time
from pathlib import Path

import pandas as pd

from analysis.annotate import pipeline as annotate
from analysis.annotate import parties
from analysis.annotate import regions

LIST_FIELDS = ("parties", "participation", "topics")
SINGLE_FIELDS = ("region", "cercle")


def _split(cell) -> set[str]:
    return {p.strip() for p in str(cell or "").split(";") if p.strip()}


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": tp + fn}


def list_scores(gold: pd.Series, pred: pd.Series) -> dict:
    """Micro P/R/F1 over (post, label) pairs, per-label scores and macro-F1 over labels seen."""
    counts: dict[str, list[int]] = {}
    for g, p in zip(gold.map(_split), pred.map(_split)):
        for label in g | p:
            c = counts.setdefault(label, [0, 0, 0])
            c[0] += label in g and label in p
            c[1] += label in p and label not in g
            c[2] += label in g and label not in p
    per_label = {k: _prf(*v) for k, v in sorted(counts.items())}
    totals = [sum(v[i] for v in counts.values()) for i in range(3)]
    macro = sum(s["f1"] for s in per_label.values()) / len(per_label) if per_label else 0.0
    exact = float((gold.map(_split) == pred.map(_split)).mean()) if len(gold) else 0.0
    return {**_prf(*totals), "macro_f1": round(macro, 4), "exact_match": round(exact, 4), "per_label": per_label}


def single_scores(gold: pd.Series, pred: pd.Series) -> dict:
    """Accuracy where gold names a place, rate of invented values where it does not, and P/R/F1."""
    gold, pred = gold.fillna("").str.strip(), pred.fillna("").str.strip()
    named, empty = gold != "", gold == ""
    correct = int(((gold == pred) & named).sum())
    predicted = int((pred != "").sum())
    out = _prf(correct, predicted - correct, int(named.sum()) - correct)
    out["accuracy"] = round(correct / int(named.sum()), 4) if named.any() else 0.0
    out["invented_rate"] = round(float((pred[empty] != "").mean()), 4) if empty.any() else 0.0
    out["rows_named"], out["rows_empty"] = int(named.sum()), int(empty.sum())
    return out


def _canonical_list(cell, canon) -> str:
    return ";".join(sorted(canon(p) for p in _split(cell)))  # sets have no stable order


def _canonical_party(label: str) -> str:
    return parties.canonical_party(label) or label


def _canonical_region(label: str) -> str:
    """Gold spellings (`Segou`, `Timbuktu`, `Ménaka`) -> canonical 2020 electoral region; unknown kept."""
    region, _ = regions.from_location(label)
    return region or label.strip()


def canonical_gold(gold: pd.DataFrame) -> pd.DataFrame:
    """Gold labels written with aliases (ADEMA, M5, Segou, call to vote) in canonical form."""
    out = gold.copy()
    if "parties" in out.columns:
        out["parties"] = out["parties"].map(lambda c: _canonical_list(c, _canonical_party))
    if "region" in out.columns:
        out["region"] = out["region"].map(lambda c: _canonical_region(c) if str(c).strip() else "")
    for name in ("participation", "topics"):
        if name in out.columns:
            out[name] = out[name].map(lambda c: _canonical_list(c, lambda v: v.lower().replace(" ", "_")))
    return out


def read_gold(path) -> pd.DataFrame:
    path = Path(path)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise ValueError(f"{path}: cannot read as a UTF-8 CSV: {exc}".splitlines()[0]) from None
    if "text" not in frame.columns:
        raise ValueError(f"{path}:1: missing column 'text'")
    if not any(c in frame.columns for c in LIST_FIELDS + SINGLE_FIELDS + ("author_party",)):
        raise ValueError(f"{path}:1: no gold column (expected one of parties, region, participation, topics)")
    for name in ("lat", "lon"):
        if name in frame.columns:
            values = pd.to_numeric(frame[name].replace("", None), errors="coerce")
            bad = frame[name].ne("") & values.isna()
            if bad.any():
                raise ValueError(f"{path}:{int(bad.to_numpy().nonzero()[0][0]) + 2}: {name} is not a number")
            frame[name] = values
    return frame


def evaluate_labels(csv_path) -> dict:
    gold = read_gold(csv_path)
    posts = gold.copy()
    gold = canonical_gold(gold)
    posts["post_id"] = [f"gold:{i}" for i in range(len(posts))]
    started = time.perf_counter()
    pred = annotate.annotate_frame(posts, None)
    seconds = time.perf_counter() - started
    result = {"file": str(csv_path), "rows": len(gold), "posts_per_s": round(len(gold) / seconds, 1) if seconds else None}
    for name in LIST_FIELDS:
        if name in gold.columns:
            result[name] = list_scores(gold[name], pred[name])
    for name in SINGLE_FIELDS:
        if name in gold.columns:
            result[name] = single_scores(gold[name], pred[name])
    return result
