"""The machine's current label for each post, in the stored label form.

The label comes from the annotation column of the field. For posts the field's current model was trained
on, its out-of-fold prediction (kept with the model at training time) replaces it: a model judged on the
labels it learnt from would look better than it is, and the shares would be corrected too little.
"""
from __future__ import annotations

import pandas as pd

from analysis.validation import fields


def current(posts: pd.DataFrame, field: fields.Field) -> pd.Series:
    """post_id -> the machine's label as annotated (empty strings when the column is absent)."""
    if field.column not in posts.columns:
        values = [""] * len(posts)
    else:
        values = [fields.machine_label(field, v) for v in posts[field.column].astype(object).tolist()]
    return pd.Series(values, index=posts["post_id"].astype(str).to_numpy(), dtype=object)


def honest(posts: pd.DataFrame, field: fields.Field, model_row: dict | None) -> pd.Series:
    """current() with out-of-fold predictions for the posts the current model learnt from."""
    labels = current(posts, field)
    in_use = model_row is not None and model_row.get("blob") is not None      # None or reset: shipped analyser
    holdout = model_row.get("holdout") or {} if in_use else {}
    if holdout:
        known = labels.index.isin(list(holdout))
        labels[known] = [holdout[i] for i in labels.index[known]]
    return labels
