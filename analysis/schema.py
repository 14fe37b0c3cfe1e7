"""The canonical post and annotation columns, declared once.

Every importer produces these post columns; every analyser fills these annotation columns.
List columns hold tuples of strings in memory and are `;`-joined in CSV exports.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

PLATFORMS = ("facebook", "twitter", "telegram", "whatsapp", "instagram", "youtube", "tiktok", "news", "web", "other")
LANGS = ("fr", "bm", "en", "ar", "mixed", "und")
SENTIMENT_LABELS = ("negative", "neutral", "positive")
REGION_SOURCES = ("geotag", "author", "mention")


class SchemaError(ValueError):
    """Input that cannot be made canonical; the message says which column and why."""


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # one of: str, bool, int, float, timestamp, list, map
    meaning: str
    required: bool = False


POST_COLUMNS: tuple[Column, ...] = (
    Column("post_id", "str", "unique id, `<platform>:<native id>`", required=True),
    Column("platform", "str", "facebook, twitter, telegram, whatsapp, instagram, youtube, tiktok, news, web or other", required=True),
    Column("author_id", "str", "account id or handle as exported"),
    Column("author_name", "str", "display name of the account"),
    Column("author_location", "str", "free-text profile location"),
    Column("created_at", "timestamp", "publication time, UTC", required=True),
    Column("text", "str", "the post's text, untrusted, never rendered as HTML", required=True),
    Column("url", "str", "link to the post or to the shared link"),
    Column("reply_to_id", "str", "post_id this post answers, if any"),
    Column("is_repost", "bool", "true for a share, retweet or forward"),
    Column("likes", "int", "likes or reactions (nullable)"),
    Column("shares", "int", "shares or retweets (nullable)"),
    Column("comments", "int", "comments or replies (nullable)"),
    Column("views", "int", "views (nullable)"),
    Column("lat", "float", "geotag latitude (nullable)"),
    Column("lon", "float", "geotag longitude (nullable)"),
    Column("source", "str", "import format and file name"),
)

ANNOTATION_COLUMNS: tuple[Column, ...] = (
    Column("lang", "str", "fr, bm, en, ar, mixed or und"),
    Column("sentiment", "float", "tone score from -1 (negative) to 1 (positive)"),
    Column("sentiment_label", "str", "negative, neutral or positive"),
    Column("parties", "list", "party acronyms the post talks about"),
    Column("author_party", "str", "party of the author, from the actors list"),
    Column("party_tone", "map", "party -> tone of the sentences naming it (`URD:0.42;RPM:-0.61`)"),
    Column("region", "str", "canonical region name"),
    Column("region_source", "str", "what decided the region: geotag, author or mention"),
    Column("cercle", "str", "canonical cercle name"),
    Column("participation", "list", "participation messaging categories"),
    Column("topics", "list", "campaign topic ids"),
    Column("hostility", "str", "hostile or not_hostile"),
    Column("hostility_kind", "list", "insult, hate (toward a group), threat (threat or call to violence)"),
    Column("hostility_target", "list", "whom: party acronyms, candidate, ethnic_group, religious_group, women, ceni, "
                                       "journalists, government…"),
    Column("dup_group", "str", "coordination cluster id; empty when in no group"),
)

POST_NAMES = tuple(c.name for c in POST_COLUMNS)
ANNOTATION_NAMES = tuple(c.name for c in ANNOTATION_COLUMNS)
LIST_COLUMNS = tuple(c.name for c in ANNOTATION_COLUMNS if c.dtype in ("list", "map"))


def _missing_required(df: pd.DataFrame) -> list[str]:
    return [c.name for c in POST_COLUMNS if c.required and c.name not in df.columns]


def _as_str(series: pd.Series) -> pd.Series:
    out = series.astype("object").where(series.notna(), None)
    return out.map(lambda v: v if v is None or isinstance(v, str) else str(v))


def _as_int(series: pd.Series, name: str) -> pd.Series:
    values = pd.to_numeric(series, errors="coerce")
    bad = series.notna() & values.isna()
    if bad.any():
        raise SchemaError(f"column {name}: not a number at row {int(np.flatnonzero(bad.to_numpy())[0])}")
    if (values.dropna() < 0).any():
        raise SchemaError(f"column {name}: negative count")
    return values.round().astype("Int64")


def _as_timestamp(series: pd.Series) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(series):
        values = pd.to_datetime(series, utc=True)
    else:  # ISO 8601 first (fast), then any other layout row by row
        values = pd.to_datetime(series, errors="coerce", utc=True, format="ISO8601")
        retry = values.isna() & series.notna()
        if retry.any():
            values[retry] = pd.to_datetime(series[retry], errors="coerce", utc=True, format="mixed")
    bad = values.isna()
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        raise SchemaError(f"column created_at: missing or unreadable date at row {row}: {series.iloc[row]!r}")
    return values


def _cast(df: pd.DataFrame, col: Column) -> pd.Series:
    series = df[col.name] if col.name in df.columns else pd.Series([None] * len(df), index=df.index)
    if col.dtype == "str":
        return _as_str(series)
    if col.dtype == "bool":
        return series.fillna(False).astype(bool)
    if col.dtype == "int":
        return _as_int(series, col.name)
    if col.dtype == "float":
        return pd.to_numeric(series, errors="coerce").astype("float64")
    if col.dtype == "timestamp":
        return _as_timestamp(series)
    raise AssertionError(col.dtype)


def _check_values(out: pd.DataFrame) -> None:
    if out["post_id"].isna().any() or (out["post_id"] == "").any():
        raise SchemaError("column post_id: empty id")
    if out["post_id"].duplicated().any():
        dup = out.loc[out["post_id"].duplicated(), "post_id"].iloc[0]
        raise SchemaError(f"column post_id: duplicate id {dup!r}")
    bad = ~out["platform"].isin(PLATFORMS)
    if bad.any():
        raise SchemaError(f"column platform: unknown platform {out.loc[bad, 'platform'].iloc[0]!r}")
    if out["text"].isna().any():
        raise SchemaError("column text: missing text")
    for name, low, high in (("lat", -90, 90), ("lon", -180, 180)):
        values = out[name].dropna()
        if ((values < low) | (values > high)).any():
            raise SchemaError(f"column {name}: out of range")


def conform(df: pd.DataFrame) -> pd.DataFrame:
    """Return a new frame with exactly the canonical post columns, cast; raise SchemaError if impossible."""
    missing = _missing_required(df)
    if missing:
        raise SchemaError(f"missing required column(s): {', '.join(missing)}")
    out = pd.DataFrame({c.name: _cast(df, c) for c in POST_COLUMNS}, index=df.index).reset_index(drop=True)
    _check_values(out)
    return out


def join_list(values) -> str:
    """Tuple/list -> `a;b`; used for CSV export and the in-memory categorical form."""
    if values is None or (isinstance(values, float) and np.isnan(values)):
        return ""
    return ";".join(str(v) for v in values)


def join_map(mapping) -> str:
    """{'URD': 0.42} -> `URD:0.42`."""
    if not mapping:
        return ""
    return ";".join(f"{k}:{float(v):.2f}" for k, v in mapping.items())


ARROW_TYPES = {"str": pa.string(), "bool": pa.bool_(), "int": pa.int64(), "float": pa.float64(),
               "timestamp": pa.timestamp("us", tz="UTC")}


def _arrow_column(frame: pd.DataFrame, col) -> pa.Array:
    """One canonical column as an arrow array; rows were validated by the readers (base.split_valid)."""
    kind = ARROW_TYPES[col.dtype]
    if col.name not in frame:
        return pa.array([False] * len(frame)) if col.dtype == "bool" else pa.nulls(len(frame), kind)
    series = frame[col.name]
    if col.dtype == "bool":
        return pa.array(series.fillna(False).astype(bool).to_numpy())
    if col.dtype == "timestamp":
        return pa.array(pd.to_datetime(series, utc=True)).cast(kind, safe=False)  # the store keeps microseconds
    try:
        return pa.array(series, type=kind, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # odd cell types from JSON: fall back to the schema's casts
        return pa.array(conform(frame.assign(post_id=frame["post_id"]))[col.name], type=kind, from_pandas=True)


def to_arrow(posts: pd.DataFrame) -> pa.Table:
    """Canonical posts -> arrow table with the store's column types (fast path, no per-cell Python), checked as
    conform() checks a frame."""
    table = pa.table({c.name: _arrow_column(posts, c) for c in POST_COLUMNS})
    _check_table(table)
    return table


def _first_bad(column: pa.ChunkedArray, bad) -> str:
    return repr(column.filter(bad)[0].as_py())


def _check_table(table: pa.Table) -> None:
    ids = table["post_id"]
    if ids.null_count or pc.any(pc.equal(ids, "")).as_py():
        raise SchemaError("column post_id: empty id")
    if pc.count_distinct(ids).as_py() != len(ids):
        raise SchemaError("column post_id: duplicate id")
    bad = pc.invert(pc.fill_null(pc.is_in(table["platform"], value_set=pa.array(PLATFORMS)), False))
    if pc.any(bad).as_py():
        raise SchemaError(f"column platform: unknown platform {_first_bad(table['platform'], bad)}")
    for name in ("text", "created_at"):
        if table[name].null_count:
            raise SchemaError(f"column {name}: missing value")
    for name, low, high in (("lat", -90, 90), ("lon", -180, 180)):
        out = pc.or_(pc.less(table[name], low), pc.greater(table[name], high))
        if pc.any(out).as_py():
            raise SchemaError(f"column {name}: out of range")
