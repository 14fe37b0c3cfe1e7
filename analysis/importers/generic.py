"""Generic CSV/TSV, JSON Lines and Parquet files whose columns carry the canonical names, or are
renamed with a mapping such as {"text": "message", "created_at": "date"}."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from analysis import schema
from analysis.importers.base import (CHUNK_ROWS, COUNT_COLUMNS, Batch, ImportFailure, clip_raw, empty_posts,
                                     parse_counts, set_reason, split_valid, stable_id)
from analysis.importers.csvio import read_dialect, record_chunks
from analysis.importers.timezones import dates_to_utc
from analysis.importers.encoding import fix_mojibake, open_text

PLATFORM_ALIASES = {"x": "twitter", "fb": "facebook", "ig": "instagram", "tg": "telegram", "wa": "whatsapp",
                    "x/twitter": "twitter", "presse": "news", "site": "web"}
HOSTS = (("facebook.com", "facebook"), ("fb.com", "facebook"), ("twitter.com", "twitter"), ("x.com", "twitter"),
         ("t.me", "telegram"), ("instagram.com", "instagram"), ("whatsapp.com", "whatsapp"))
TRUE = {"true", "1", "yes", "oui", "vrai", "y", "t"}


def column_plan(columns, mapping: dict | None, name: str) -> dict[str, str]:
    """canonical name -> source column (case-insensitive); fails when text or created_at is missing."""
    unknown = sorted(set(mapping or {}) - set(schema.POST_NAMES))
    if unknown:
        raise ImportFailure(f"{name}: mapping names unknown canonical column(s) {', '.join(unknown)}")
    lower = {str(c).strip().lower(): c for c in columns}
    plan = {}
    for canonical in schema.POST_NAMES:
        wanted = (mapping or {}).get(canonical, canonical)
        if str(wanted).strip().lower() in lower:
            plan[canonical] = lower[str(wanted).strip().lower()]
        elif mapping and canonical in mapping:
            raise ImportFailure(f"{name}: mapped column {wanted!r} not found (columns: {', '.join(map(str, columns))[:200]})")
    missing = [c for c in ("text", "created_at") if c not in plan]
    if missing:
        raise ImportFailure(f"{name}: unrecognised columns; need {' and '.join(missing)} "
                            "(canonical names, or --map text=<column>,created_at=<column>)")
    return plan


def _platforms(frame: pd.DataFrame) -> pd.Series:
    if "platform" in frame:
        given = frame["platform"].astype("object").fillna("").map(str).str.strip().str.lower()
        return given.map(lambda p: PLATFORM_ALIASES.get(p, p) if p else None)
    host = frame["url"].astype("object").fillna("").map(str).str.lower() if "url" in frame else None
    out = pd.Series("other" if host is None else None, index=frame.index, dtype="object")
    if host is not None:
        for domain, platform in HOSTS:
            out = out.mask(out.isna() & host.str.contains(f"//(?:[a-z0-9-]+\\.)?{domain}", regex=True), platform)
        out = out.fillna("web").mask(host == "", "other")
    return out


def _post_ids(frame: pd.DataFrame, platform: pd.Series) -> pd.Series:
    if "post_id" in frame:
        given = frame["post_id"].astype("object").map(lambda v: None if v is None or pd.isna(v) or str(v).strip() == "" else str(v).strip())
        prefixed = pd.Series([isinstance(g, str) and isinstance(p, str) and g.startswith(p + ":")
                              for g, p in zip(given, platform)], index=frame.index)
        return given.where(prefixed, platform + ":" + given)
    return platform + ":" + pd.Series([stable_id(*row) for row in zip(
        *(frame[c].astype("object") if c in frame else [None] * len(frame)
          for c in ("author_id", "created_at", "text")))], index=frame.index)


def canonical(frame: pd.DataFrame, source: str, tz: str | None = None) -> pd.DataFrame:
    """Source-named cells already renamed to canonical names -> canonical values with reasons; dates written without
    a zone are UTC, or local time in `tz` (--tz)."""
    out = pd.DataFrame(index=frame.index)
    out["platform"] = _platforms(frame)
    out["post_id"] = _post_ids(frame, out["platform"])
    for col in ("author_id", "author_name", "author_location", "url", "reply_to_id"):
        values = frame[col].astype("object") if col in frame else pd.Series(None, index=frame.index, dtype="object")
        out[col] = values.map(lambda v: None if v is None or pd.isna(v) or str(v) == "" else str(v))
    out["text"] = fix_mojibake(frame["text"].astype("object").map(lambda v: None if v is None or pd.isna(v) else str(v)))
    out["created_at"] = dates_to_utc(frame["created_at"].astype("object").map(lambda v: None if v is None or pd.isna(v) else str(v)), tz)
    out["is_repost"] = frame["is_repost"].astype("object").map(lambda v: str(v).strip().lower() in TRUE) \
        if "is_repost" in frame else False
    out["source"], out["_line"] = source, frame["_line"]
    for col in COUNT_COLUMNS:
        if col in frame:
            out[col], bad = parse_counts(frame[col])
            set_reason(out, bad, f"{col}: not a count")
    for col in ("lat", "lon"):
        if col in frame:
            out[col] = pd.to_numeric(frame[col], errors="coerce")
            set_reason(out, out[col].isna() & frame[col].notna() & (frame[col].astype(str) != ""), f"{col}: not a number")
    return out


def _rename(frame: pd.DataFrame, plan: dict) -> pd.DataFrame:
    renamed = pd.DataFrame({canonical: frame[src] for canonical, src in plan.items()}, index=frame.index)
    renamed["_line"] = frame["_line"]
    return renamed


def _batch(frame: pd.DataFrame, plan: dict, source: str, raw_of, rejected: list, tz: str | None) -> Batch:
    batch = split_valid(canonical(_rename(frame, plan), source, tz), raw_of) if len(frame) else Batch(empty_posts())
    batch.rejected = rejected + batch.rejected
    return batch


def _read_csv(path: Path, encoding: str, source: str, mapping, tz):
    dialect = read_dialect(path, encoding)
    plan = column_plan(dialect.header, mapping, path.name)
    for rows, lines, rejected in record_chunks(path, encoding, dialect, CHUNK_ROWS):
        frame = pd.DataFrame(rows, columns=list(dialect.header)) if rows else pd.DataFrame(columns=list(dialect.header))
        frame["_line"] = lines
        yield _batch(frame, plan, source, lambda pos, rows=rows: dialect.delimiter.join(rows[pos]), rejected, tz)


def _read_jsonl(path: Path, encoding: str, source: str, mapping, tz):
    plan, rows, lines, raws, rejected = None, [], [], [], []
    with open_text(path, encoding) as fh:
        for number, text in enumerate(fh, start=1):
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except (json.JSONDecodeError, RecursionError):
                obj = None
            if not isinstance(obj, dict):
                rejected.append((number, "not a JSON object", clip_raw(text)))
                continue
            plan = plan or column_plan(list(obj), mapping, path.name)
            rows.append({k: (v if v is None or isinstance(v, (str, int, float)) else json.dumps(v)) for k, v in obj.items()})
            lines.append(number)
            raws.append(text)
            if len(rows) >= CHUNK_ROWS:
                yield _jsonl_batch(rows, lines, raws, plan, source, rejected, tz)
                rows, lines, raws, rejected = [], [], [], []
    if plan is None and not rejected:
        raise ImportFailure(f"{path.name}: no JSON object found")
    if rows or rejected:
        yield _jsonl_batch(rows, lines, raws, plan, source, rejected, tz)


def _jsonl_batch(rows, lines, raws, plan, source, rejected, tz) -> Batch:
    if not rows:
        return Batch(empty_posts(), list(rejected))
    frame = pd.DataFrame(rows)
    for src in plan.values():
        if src not in frame:
            frame[src] = None
    frame["_line"] = lines
    return _batch(frame, plan, source, lambda pos: raws[pos], list(rejected), tz)


def _read_parquet(path: Path, source: str, mapping, tz):
    import pyarrow.parquet as pq
    try:
        handle = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for damaged files
        raise ImportFailure(f"{path.name}: unreadable Parquet file ({exc})") from exc
    plan, first = column_plan(handle.schema_arrow.names, mapping, path.name), 1
    for record_batch in handle.iter_batches(batch_size=CHUNK_ROWS):
        frame = record_batch.to_pandas()
        frame["_line"] = range(first, first + len(frame))
        first += len(frame)
        yield _batch(frame, plan, source, lambda pos, f=frame: f.iloc[pos].to_json(default_handler=str), [], tz)


def read(path: Path, encoding: str, source: str, mapping: dict | None = None, tz: str | None = None, **_):
    with open(path, "rb") as fh:
        head = fh.read(4)
    if head == b"PAR1":
        yield from _read_parquet(path, source, mapping, tz)
    elif _starts_with_brace(path, encoding):
        yield from _read_jsonl(path, encoding, source, mapping, tz)
    else:
        yield from _read_csv(path, encoding, source, mapping, tz)


def _starts_with_brace(path: Path, encoding: str) -> bool:
    with open_text(path, encoding) as fh:
        return fh.read(4096).lstrip().startswith("{")
