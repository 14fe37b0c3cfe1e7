"""Measure the tone analyser on a labelled CSV (columns text,label; labels negative/neutral/positive).

`python -m analysis evaluate sentiment FILE.csv` prints `evaluate_sentiment(FILE)` as JSON.
"""
from __future__ import annotations

import csv
import time

import numpy as np

CLASSES = ("negative", "neutral", "positive")
_ALIASES = {"neg": "negative", "neu": "neutral", "pos": "positive", "-1": "negative", "0": "neutral",
            "1": "positive"}


def read_labelled(path) -> tuple[list[str], list[str]]:
    """Texts and labels of a text,label CSV; ValueError("file:line: problem") on bad input."""
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ValueError(f"{path}:0: cannot open ({exc.strerror})") from None
    texts, labels = [], []
    with handle:
        reader = csv.reader(handle)
        try:
            header = [h.strip().lower() for h in next(reader)]
        except StopIteration:
            raise ValueError(f"{path}:1: empty file, expected a header text,label") from None
        except (UnicodeDecodeError, csv.Error) as exc:
            raise ValueError(f"{path}:1: unreadable header ({exc})") from None
        missing = [c for c in ("text", "label") if c not in header]
        if missing:
            raise ValueError(f"{path}:1: missing column {', '.join(missing)} (header: {','.join(header)})")
        text_at, label_at = header.index("text"), header.index("label")
        _read_rows(path, reader, text_at, label_at, texts, labels)
    if not texts:
        raise ValueError(f"{path}:2: no labelled rows")
    return texts, labels


def _read_rows(path, reader, text_at, label_at, texts, labels) -> None:
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) <= max(text_at, label_at):
                raise ValueError(f"{path}:{line}: expected at least {max(text_at, label_at) + 1} columns")
            raw = row[label_at].strip().lower()
            label = _ALIASES.get(raw, raw)
            if label not in CLASSES:
                raise ValueError(f"{path}:{line}: unknown label {row[label_at]!r} (expected {', '.join(CLASSES)})")
            texts.append(row[text_at])
            labels.append(label)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ValueError(f"{path}:{reader.line_num}: unreadable row ({exc})") from None


def metrics(gold, predicted) -> dict:
    """macro_f1, per-class precision/recall/F1/support and the confusion matrix (rows = gold)."""
    gold, predicted = np.asarray(gold, dtype=object), np.asarray(predicted, dtype=object)
    confusion = [[int(np.sum((gold == g) & (predicted == p))) for p in CLASSES] for g in CLASSES]
    per_class, f1s = {}, []
    for k, name in enumerate(CLASSES):
        tp = confusion[k][k]
        pred_n = sum(row[k] for row in confusion)
        gold_n = sum(confusion[k])
        precision = tp / pred_n if pred_n else 0.0
        recall = tp / gold_n if gold_n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[name] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                           "support": gold_n}
        if gold_n:
            f1s.append(f1)
    return {"macro_f1": round(float(np.mean(f1s)) if f1s else 0.0, 4), "per_class": per_class,
            "confusion": {"labels": list(CLASSES), "rows_gold_cols_predicted": confusion},
            "accuracy": round(float(np.mean(gold == predicted)), 4)}


def evaluate_sentiment(csv_path) -> dict:
    """Score every row of the CSV with the shipped analyser; metrics plus posts_per_s."""
    from analysis.sentiment import scoring as sentiment
    texts, gold = read_labelled(csv_path)
    sentiment.score_many(texts[:1])             # load lexicons and model outside the timing
    start = time.perf_counter()
    scores = sentiment.score_many(texts)
    predicted = sentiment.labels(scores)
    elapsed = max(time.perf_counter() - start, 1e-9)
    result = {"file": str(csv_path), "n": len(texts)}
    result.update(metrics(gold, predicted))
    result["posts_per_s"] = round(len(texts) / elapsed, 1)
    result["version"] = sentiment.VERSION
    return result
