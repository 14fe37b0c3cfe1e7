"""Agreement between annotators (nominal Krippendorff's alpha, pairwise Cohen's kappa, percent agreement)
and between the machine and the people's label (macro-F1, per class, confusion).

Each annotator's latest label per post counts. A multi-label value (participation) is compared whole: two
coders agree on a post when they chose the same set of categories. The adjudicator is not a coder here.
Percent agreement is the share of agreeing pairs of coders, pairs pooled over the posts coded twice or more.
"""
from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd

from analysis.store import Store
from analysis.validation import fields, labels, machine, metrics


def coincidences(units: list[list]) -> tuple[np.ndarray, list]:
    """Krippendorff's coincidence matrix over the values of units coded by two or more coders."""
    values = sorted({v for unit in units for v in unit})
    index = {v: i for i, v in enumerate(values)}
    o = np.zeros((len(values), len(values)))
    for unit in units:
        if len(unit) < 2:
            continue
        counts = np.bincount([index[v] for v in unit], minlength=len(values)).astype(float)
        o += (np.outer(counts, counts) - np.diag(counts)) / (len(unit) - 1)
    return o, values


def krippendorff_alpha(units: list[list]) -> float | None:
    """Nominal alpha = 1 - observed / expected disagreement; None when only one value was ever used."""
    o, _ = coincidences(units)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    expected = n * n - float(np.sum(n_c * n_c))
    if n <= 1 or expected <= 0:
        return None
    observed = n - float(np.trace(o))
    return float(1 - (n - 1) * observed / expected)


def cohen_kappa(a: list, b: list) -> float | None:
    """Cohen's kappa of two coders on the same posts; None when chance agreement is total."""
    a, b = np.asarray(a, dtype=object), np.asarray(b, dtype=object)
    if not len(a):
        return None
    observed = float(np.mean(a == b))
    chance = sum(float(np.mean(a == v)) * float(np.mean(b == v)) for v in set(a) | set(b))
    return None if chance >= 1 else (observed - chance) / (1 - chance)


def percent_agreement(units: list[list]) -> float | None:
    pairs = [x == y for unit in units if len(unit) >= 2 for x, y in combinations(unit, 2)]
    return float(np.mean(pairs)) if pairs else None


def coder_table(rows: pd.DataFrame) -> pd.DataFrame:
    """post x annotator table of labels (None where the annotator did not code the post), adjudicators left out."""
    coders = rows[~rows["annotator"].str.lower().isin(fields.ADJUDICATORS)]
    if not len(coders):
        return pd.DataFrame()
    return coders.pivot(index="post_id", columns="annotator", values="label")


def pairwise_kappa(table: pd.DataFrame) -> dict[str, float | None]:
    out = {}
    for a, b in combinations(sorted(table.columns), 2):
        both = table[[a, b]].dropna()
        if len(both):
            value = cohen_kappa(both[a].tolist(), both[b].tolist())
            out[f"{a}|{b}"] = None if value is None else round(value, 4)
    return out


def _round(value):
    return None if value is None else round(value, 4)


def people(rows: pd.DataFrame) -> dict:
    """n_items, n_annotators, krippendorff_alpha, cohen_kappa, percent_agreement of one field's latest labels."""
    table = coder_table(rows)
    units = [list(r.dropna()) for _, r in table.iterrows()] if len(table) else []
    return {"n_items": sum(len(u) >= 2 for u in units), "n_annotators": int(table.shape[1]) if len(table) else 0,
            "krippendorff_alpha": _round(krippendorff_alpha(units)), "cohen_kappa": pairwise_kappa(table),
            "percent_agreement": _round(percent_agreement(units))}


def versus_machine(decided: pd.DataFrame, predicted: pd.Series, field: fields.Field) -> dict:
    """Machine vs the people's label on every labelled post the machine has a label for."""
    decided = decided[decided["label"].notna() & decided["post_id"].isin(predicted.index)]
    return metrics.report(field, decided["label"].tolist(), predicted.loc[decided["post_id"]].tolist())


def agreement(db, field_name: str) -> dict:
    field = fields.get(field_name)
    with Store(db, read_only=True) as store:
        rows = labels.latest_per_annotator(store.labels(field.name))
        posts = store.load()
        model = store.latest_model(field.name)
    decided = labels.consensus(rows, field.name)
    result = {"field": field.name, **people(rows)}
    result["machine"] = versus_machine(decided, machine.honest(posts, field, model), field)
    result["unresolved"] = int(decided["label"].isna().sum()) if len(decided) else 0
    return result
