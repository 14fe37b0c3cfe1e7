"""People's labels: import from CSV (checked row by row, one transaction), export, and the one label per post.

A CSV has columns `post_id, field, label` and optionally `annotator`. A row is refused, with file, line and
reason, when its post is not in the store, its field or label is unknown, or it repeats an earlier row of the
file for the same post, field and annotator. Refused rows go to the store's `rejected` table beside the
accepted ones, in the same transaction. A file that cannot be read as CSV imports nothing.
The label that counts for a post: the adjudicator's when there is one (fields.ADJUDICATORS), else the
majority of each annotator's latest label; a tie leaves the post unresolved.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from analysis.export import to_csv_bytes
from analysis.store import Store
from analysis.validation import fields

REQUIRED = ("post_id", "field", "label")
DEFAULT_ANNOTATOR = "default"
MAX_REPORTED = 50


def read_rows(path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line, cells) of a CSV; ValueError("file:line: reason") when it is not readable CSV.
    Blank lines are left out."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            header = [h.strip().lower() for h in next(reader, [])]
            rows = [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]
    except OSError as exc:
        raise ValueError(f"{path}:0: cannot open ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); nothing imported") from None
    except csv.Error as exc:
        raise ValueError(f"{path}:{reader.line_num}: broken CSV ({exc}); nothing imported") from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ValueError(f"{path}:1: missing column {', '.join(missing)} (expected post_id,field,label"
                         f"[,annotator]; header: {','.join(header)})")
    return header, rows


def _parse(path, header, line, cells, annotator) -> dict:
    """One CSV row -> label row; ValueError(reason) when it cannot be one."""
    if len(cells) != len(header):
        raise ValueError(f"{len(cells)} cells, the header has {len(header)}")
    row = dict(zip(header, (c.strip() for c in cells)))
    if not row["post_id"]:
        raise ValueError("no post_id")
    field = fields.get(row["field"])
    who = row.get("annotator") or annotator or DEFAULT_ANNOTATOR
    return {"post_id": row["post_id"], "field": field.name, "label": fields.canonical(field, row["label"]),
            "annotator": who, "line": line}


def _check(path, header, rows, annotator, known_ids) -> tuple[list[dict], list[dict]]:
    """Accepted label rows and refused rows (file, line, reason, raw)."""
    accepted, refused, seen = [], [], {}
    for line, cells in rows:
        try:
            row = _parse(path, header, line, cells, annotator)
            if row["post_id"] not in known_ids:
                raise ValueError(f"unknown post {row['post_id']!r} (not in the store)")
            key = (row["post_id"], row["field"], row["annotator"])
            if key in seen:
                raise ValueError(f"repeats line {seen[key]} (same post, field and annotator)")
        except ValueError as exc:
            refused.append({"file": str(path), "line": line, "reason": str(exc), "raw": ",".join(cells)})
            continue
        seen[key] = line
        accepted.append(row)
    return accepted, refused


def _sources(store: Store, accepted: list[dict], declared: str) -> list[str]:
    """How each post was chosen: the strategy that drew it (`labels sample`), else the declared one."""
    drawn = {name: store.sample_strategies(name) for name in {r["field"] for r in accepted}}
    return [drawn[r["field"]].get(r["post_id"], declared) for r in accepted]


def _unchanged(store: Store, frame: pd.DataFrame) -> pd.Series:
    """Rows equal to their annotator's latest label for that post: stored already, not added twice."""
    latest = latest_per_annotator(store.labels())
    if not len(latest) or not len(frame):
        return pd.Series(False, index=frame.index)
    keys = ["post_id", "field", "annotator"]
    merged = frame.merge(latest[[*keys, "label"]], on=keys, how="left", suffixes=("", "_stored"))
    return pd.Series((merged["label"] == merged["label_stored"]).to_numpy(), index=frame.index)


def import_labels(path, db, annotator: str | None = None, sample: str = "other") -> dict:
    """Check and add the file's labels in one transaction; summary with the refused rows' file:line: reason."""
    if sample not in fields.STRATEGIES:
        raise ValueError(f"unknown sample strategy {sample!r} (expected {', '.join(fields.STRATEGIES)})")
    header, rows = read_rows(path)
    rows, skipped = _labelled(header, rows)
    with Store(db) as store:
        ids = store.known_post_ids({cells[header.index("post_id")].strip() for _, cells in rows
                                    if len(cells) == len(header)})
        accepted, refused = _check(path, header, rows, annotator, ids)
        frame = pd.DataFrame(accepted, columns=["post_id", "field", "label", "annotator", "line"])
        frame["source"] = _sources(store, accepted, sample)
        new = frame[~_unchanged(store, frame)]
        store.add_labels(new, rejected=pd.DataFrame(refused, columns=["file", "line", "reason", "raw"]))
    errors = [f"{r['file']}:{r['line']}: {r['reason']}" for r in refused]
    return {"file": str(path), "read": len(rows) + skipped, "accepted": len(accepted), "rejected": len(refused),
            "not_labelled_yet": skipped, "added": len(new), "unchanged": len(accepted) - len(new),
            "errors": errors[:MAX_REPORTED]}


def _labelled(header: list[str], rows: list) -> tuple[list, int]:
    """Rows whose label cell is filled, and how many were left blank (a `labels sample` sheet not finished)."""
    at = header.index("label")
    kept = [(line, cells) for line, cells in rows if len(cells) != len(header) or cells[at].strip()]
    return kept, len(rows) - len(kept)


def add_label(store: Store, post_id: str, field_name: str, label, annotator: str, source: str = "other") -> str:
    """One label typed on the desk (checked like an imported row); returns its stored form."""
    field = fields.get(field_name)
    stored = fields.canonical(field, label)
    if not str(annotator or "").strip():
        raise ValueError("an annotator name is needed")
    if source not in fields.STRATEGIES:
        raise ValueError(f"unknown sample strategy {source!r} (expected {', '.join(fields.STRATEGIES)})")
    if not store.known_post_ids([post_id]):
        raise ValueError(f"unknown post {post_id!r} (not in the store)")
    source = store.sample_strategies(field.name).get(post_id, source)
    store.add_labels(pd.DataFrame([{"post_id": post_id, "field": field.name, "label": stored,
                                    "annotator": str(annotator).strip(), "source": source}]))
    return stored


def export_labels(db, out) -> dict:
    """Every label row, history included, to CSV (cells safe for spreadsheets)."""
    with Store(db, read_only=True) as store:
        frame = store.labels()
    columns = ["post_id", "field", "label", "annotator", "labelled_at", "source"]
    Path(out).write_bytes(to_csv_bytes(frame[columns]))
    return {"rows": len(frame), "out": str(out)}


def latest_per_annotator(labels: pd.DataFrame) -> pd.DataFrame:
    """Each annotator's latest label per post and field (the label rows come oldest first)."""
    if not len(labels):
        return labels
    return labels.sort_values("seq").drop_duplicates(["post_id", "field", "annotator"], keep="last")


def _majority(rows: pd.DataFrame) -> pd.Series:
    """post_id -> the label most annotators gave, None on a tie (counted at once, not post by post)."""
    counts = rows.groupby(["post_id", "label"]).size().rename("n").reset_index()
    leaders = counts[counts["n"] == counts.groupby("post_id")["n"].transform("max")]
    winner = leaders.groupby("post_id")["label"].first().astype(object)
    return winner.where(leaders.groupby("post_id").size() == 1, None)


def consensus(labels: pd.DataFrame, field: str) -> pd.DataFrame:
    """post_id, label, source, n_annotators for one field; label None when a tie was never adjudicated."""
    rows = latest_per_annotator(labels[labels["field"] == field]) if len(labels) else labels
    if not len(rows):
        return pd.DataFrame(columns=["post_id", "label", "source", "n_annotators"])
    is_judge = rows["annotator"].str.lower().isin(fields.ADJUDICATORS)
    decided = _majority(rows[~is_judge]) if (~is_judge).any() else pd.Series(dtype=object)
    judged = rows[is_judge].groupby("post_id")["label"].last()       # rows come oldest first
    grouped = rows.groupby("post_id", sort=True)
    label = judged.combine_first(decided.astype(object)).reindex(grouped.size().index)
    return pd.DataFrame({"label": label.astype(object).where(label.notna(), None),
                         "source": grouped["source"].first(),
                         "n_annotators": grouped["annotator"].nunique()}).reset_index()
