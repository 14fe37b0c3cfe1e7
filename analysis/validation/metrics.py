"""Machine against people: macro-F1, per-class precision/recall/F1, confusion; for a multi-label field,
each category is scored as present/absent and the macro-F1 averages the categories people used."""
from __future__ import annotations

import numpy as np

from analysis.validation import fields


def _scores(tp: int, n_pred: int, n_gold: int) -> dict:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "support": n_gold}


def _macro(per_class: dict) -> float:
    used = [v["f1"] for v in per_class.values() if v["support"]]
    return round(float(np.mean(used)), 4) if used else 0.0


def single_label(gold, predicted, classes) -> dict:
    """macro_f1, per_class, confusion (rows = people, columns = machine), accuracy, n."""
    gold, predicted = np.asarray(gold, dtype=object), np.asarray(predicted, dtype=object)
    confusion = [[int(np.sum((gold == g) & (predicted == p))) for p in classes] for g in classes]
    per_class = {c: _scores(confusion[k][k], sum(row[k] for row in confusion), sum(confusion[k]))
                 for k, c in enumerate(classes)}
    return {"n": int(len(gold)), "macro_f1": _macro(per_class), "per_class": per_class,
            "confusion": {"labels": list(classes), "rows_people_cols_machine": confusion},
            "accuracy": round(float(np.mean(gold == predicted)), 4) if len(gold) else 0.0}


def multi_label(gold, predicted, categories) -> dict:
    """The same per category (present/absent); confusion per category [[tn, fp], [fn, tp]]."""
    gold_sets = [set(fields.split(g)) for g in gold]
    pred_sets = [set(fields.split(p)) for p in predicted]
    per_class, confusion = {}, {}
    for cat in categories:
        g = np.array([cat in s for s in gold_sets], dtype=bool)
        p = np.array([cat in s for s in pred_sets], dtype=bool)
        tp, fp, fn = int(np.sum(g & p)), int(np.sum(~g & p)), int(np.sum(g & ~p))
        per_class[cat] = _scores(tp, tp + fp, tp + fn)
        confusion[cat] = [[int(np.sum(~g & ~p)), fp], [fn, tp]]
    exact = float(np.mean([a == b for a, b in zip(gold_sets, pred_sets)])) if gold_sets else 0.0
    return {"n": len(gold_sets), "macro_f1": _macro(per_class), "per_class": per_class, "confusion": confusion,
            "accuracy": round(exact, 4)}


def report(field: fields.Field, gold, predicted) -> dict:
    return multi_label(gold, predicted, field.classes) if field.multi else single_label(gold, predicted,
                                                                                         field.classes)
