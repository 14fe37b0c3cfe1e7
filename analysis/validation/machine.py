"""The machine's current label for each post, in the stored label form.

The label comes from the annotation column of the field. For posts the field's current model was trained
on, its out-of-fold prediction (kept with the model at training time) replaces it: a model judged on the
labels it learnt from would look better than it is, and the shares would be corrected too little.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.validation import fields


def current(posts: pd.DataFrame, field: fields.Field) -> pd.Series:
    """post_id -> the machine's label as annotated (empty strings when the column is absent)."""
    if field.column not in posts.columns:
        values = [""] * len(posts)
    else:
        values = _labels(field, posts[field.column])
    return pd.Series(values, index=posts["post_id"].astype(str).to_numpy(), dtype=object)


def _labels(field: fields.Field, column: pd.Series) -> list[str]:
    """machine_label of each cell, computed once per distinct value (a million posts carry a few dozen); missing
    cells once per kind of missing value (None, NaN and pd.NA do not read alike)."""
    values = column.astype(object).to_numpy()
    try:
        codes, uniques = pd.factorize(values)
    except TypeError:                  # lists of categories are not hashable: one by one
        return [fields.machine_label(field, v) for v in values]
    out = np.array([fields.machine_label(field, v) for v in uniques] + [""], dtype=object)[codes]
    missing = np.flatnonzero(codes < 0)
    if len(missing):
        kinds: dict = {}
        out[missing] = [kinds[type(v)] if type(v) in kinds else kinds.setdefault(type(v), fields.machine_label(field, v))
                        for v in values[missing]]
    return out.tolist()


def honest(posts: pd.DataFrame, field: fields.Field, model_row: dict | None) -> pd.Series:
    """current() with out-of-fold predictions for the posts the current model learnt from."""
    labels = current(posts, field)
    in_use = model_row is not None and model_row.get("blob") is not None      # None or reset: shipped analyser
    holdout = model_row.get("holdout") or {} if in_use else {}
    if holdout:
        known = labels.index.isin(list(holdout))
        labels[known] = [holdout[i] for i in labels.index[known]]
    return labels
