"""The `estimate` command: a field's shares over the whole store, or per week, party, region or platform,
each group corrected with the same calibration tables (estimate.Corrector)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.export import to_csv_bytes
from analysis.store import Store
from analysis.validation import estimate, fields, labels, machine

GROUPINGS = ("week", "party", "region", "platform")
CSV_COLUMNS = ["group", "class", "n_posts", "raw", "corrected", "low", "high", "status", "n_validated"]


def group_keys(posts: pd.DataFrame, by: str) -> pd.Series:
    """One key per post (party: one row per party named, so a post naming two counts in both)."""
    if by == "week":
        created = pd.to_datetime(posts["created_at"], utc=True)
        days = created.dt.tz_localize(None).dt.normalize()
        return (days - pd.to_timedelta(days.dt.weekday, unit="D")).dt.strftime("%Y-%m-%d")
    if by == "party":
        split = posts["parties"].astype(object).fillna("").astype(str).str.split(";")
        return split.explode().replace("", "none")
    if by in ("region", "platform"):
        return posts[by].astype(object).fillna("").astype(str).replace("", "none")
    raise ValueError(f"unknown grouping {by!r} (expected {', '.join(GROUPINGS)})")


def corrector_for(posts: pd.DataFrame, store_labels: pd.DataFrame, model_row, field: fields.Field,
                  seed: int = 0) -> tuple[estimate.Corrector, pd.Series]:
    """The field's corrector and the machine's honest label per post (index post_id)."""
    predicted = machine.honest(posts, field, model_row)
    decided = labels.consensus(store_labels, field.name)
    validation = estimate.validation_frame(decided, predicted, posts)
    return estimate.Corrector(field, validation, corpus_cells=corpus_cells(posts, predicted), seed=seed,
                              corpus_n=len(posts)), predicted


def corpus_cells(posts: pd.DataFrame, predicted: pd.Series) -> pd.Series:
    """Posts per "platform|lang|machine label" (the strata of a stratified draw), posts missing either left out;
    counted on the columns, then named (a string per post was 0.5 s at a million)."""
    frame = pd.DataFrame({"platform": posts["platform"], "lang": posts["lang"],
                          "machine": predicted.to_numpy()})
    counts = frame.value_counts(sort=False)
    counts = counts[counts > 0]
    return pd.Series(counts.to_numpy(), index=[f"{p}|{lang}|{m}" for p, lang, m in counts.index], name="count")


def by_group(corrector: estimate.Corrector, posts: pd.DataFrame, predicted: pd.Series, by: str) -> pd.DataFrame:
    """One row per group and class: n_posts, raw, corrected, low, high, status, n_validated."""
    keys = group_keys(posts, by)
    rows = []
    for key in sorted(keys.unique()):
        members = posts.loc[keys.index[keys == key].unique(), "post_id"].astype(str)
        result = corrector.shares(predicted.loc[members])
        for name, values in result["classes"].items():
            rows.append({"group": key, "class": name, "n_posts": result["n_posts"], **values,
                         "status": result["status"], "n_validated": result["n_validated"]})
    return pd.DataFrame(rows, columns=CSV_COLUMNS)


def estimate_store(db, field_name: str, by: str | None = None, out=None) -> dict:
    field = fields.get(field_name)
    if by is not None and by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r} (expected {', '.join(GROUPINGS)})")
    with Store(db, read_only=True) as store:
        posts, rows, model = store.load(), store.labels(field.name), store.latest_model(field.name)
    posts = posts.reset_index(drop=True)
    corrector, predicted = corrector_for(posts, rows, model, field)
    result = corrector.shares(predicted)
    result["note_fr"] = estimate.chart_note(field.name, result["status"], result["n_validated"],
                                            result["machine_macro_f1"], "fr")
    table = by_group(corrector, posts, predicted, by) if by else _overall_table(result)
    if out is not None:
        Path(out).write_bytes(to_csv_bytes(table))
        result.update(out=str(out), rows=len(table))
    elif by is not None:            # no file asked: the groups travel in the summary
        result["groups"] = table.to_dict(orient="records")
    return result


def _overall_table(result: dict) -> pd.DataFrame:
    return pd.DataFrame([{"group": "all", "class": name, "n_posts": result["n_posts"], **values,
                          "status": result["status"], "n_validated": result["n_validated"]}
                         for name, values in result["classes"].items()], columns=CSV_COLUMNS)
