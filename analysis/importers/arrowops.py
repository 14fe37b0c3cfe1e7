"""Vectorised cleaning of exported text columns with pyarrow.compute (C++ kernels), for large files.

pandas' .str methods loop in Python over object arrays; on a million-row export that alone costs
tens of seconds, these kernels a fraction of one.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.importers.base import MISSING, stable_id
from analysis.importers.encoding import MOJIBAKE, fix_mojibake_text

THOUSANDS = r"^\d{1,3}([.,' \x{00a0}\x{202f}]\d{3})+$"
SEPARATORS = r"[.,' \x{00a0}\x{202f}]"
CT_DATE = (r"^(?P<dt>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\s*(?P<zone>[A-Za-z]{0,5})$")


def strings(values) -> pa.Array:
    """A sequence of str/None -> arrow string array (trimmed)."""
    arr = values if isinstance(values, (pa.Array, pa.ChunkedArray)) else pa.array(values, type=pa.string())
    return pc.utf8_trim_whitespace(arr)


def counts(arr: pa.Array) -> tuple[pa.Array, np.ndarray]:
    """'1,234' / '1 234' / 'N/A' -> (int64 with nulls, numpy mask of cells that are not counts)."""
    missing = pc.or_kleene(pc.is_null(arr), pc.is_in(pc.utf8_lower(arr), value_set=pa.array(sorted(MISSING))))
    grouped = pc.match_substring_regex(arr, THOUSANDS)
    cleaned = pc.if_else(grouped, pc.replace_substring_regex(arr, SEPARATORS, ""), arr)
    is_int = pc.match_substring_regex(cleaned, r"^\d{1,18}$")
    values = pc.cast(pc.if_else(is_int, cleaned, pa.scalar(None, pa.string())), pa.int64())
    bad = pc.and_(pc.invert(missing.fill_null(True)), pc.invert(is_int.fill_null(False)))
    return values, bad.to_numpy(zero_copy_only=False)


def ct_dates(arr: pa.Array, zones: dict[str, float], slow) -> tuple[pd.Series, pd.Series]:
    """'2020-03-25 16:45:20 EDT' -> UTC Series and reasons; other layouts go through `slow` row by row."""
    parts = pc.extract_regex(arr, CT_DATE)
    naive = pc.strptime(parts.field("dt"), format="%Y-%m-%d %H:%M:%S", unit="s", error_is_null=True)
    keys = pa.array(["", *zones])
    offsets = pa.array([0.0, *zones.values()], type=pa.float64())
    zone = pc.utf8_upper(parts.field("zone"))
    hours = pc.take(offsets, pc.index_in(zone, value_set=keys))
    seconds = pc.cast(naive, pa.int64()).to_numpy(zero_copy_only=False).astype("float64")
    hours_np = hours.to_numpy(zero_copy_only=False).astype("float64")
    utc = pd.to_datetime(seconds - hours_np * 3600, unit="s", utc=True, errors="coerce")
    utc = pd.Series(utc)
    reasons = pd.Series("", index=utc.index, dtype="object")
    retry = np.flatnonzero(utc.isna().to_numpy())
    if len(retry):
        raw = pd.Series(arr.take(pa.array(retry)).to_pylist(), index=retry, dtype="object")
        again, why = slow(raw)
        utc.iloc[retry] = again.to_numpy()
        reasons.iloc[retry] = why.to_numpy()
    return utc, reasons


def first_non_empty(columns: list[pa.Array]) -> pa.Array:
    out = columns[0]
    for other in columns[1:]:
        out = pc.if_else(pc.equal(out.fill_null(""), ""), other, out)
    return out


def fix_text(arr: pa.Array) -> pa.Array:
    """Mojibake repair (ftfy) only on the cells the regex flags: most exports have none."""
    suspect = pc.match_substring_regex(arr, MOJIBAKE.pattern).fill_null(False).to_numpy(zero_copy_only=False)
    if not suspect.any():
        return arr
    values = arr.to_pylist()
    for i in np.flatnonzero(suspect):
        values[i] = fix_mojibake_text(values[i])
    return pa.array(values, type=pa.string())


def facebook_ids(url: pa.Array, author: pa.Array, created: pa.Array, text: pa.Array) -> pa.Array:
    """page id + the number ending the post URL; a hash when the URL has none."""
    number = pc.extract_regex(url, r"(?P<n>\d+)/?(?:[?#].*)?$").field("n")
    native = pc.binary_join_element_wise(author.fill_null(""), number, "_")
    return _fill_hash(native, url, author, created, text)


def instagram_ids(url: pa.Array, author: pa.Array, created: pa.Array, text: pa.Array) -> pa.Array:
    code = pc.extract_regex(url, r"instagram\.com/(?:[^/]+/)?(?:p|reel|tv)/(?P<c>[A-Za-z0-9_-]+)").field("c")
    return _fill_hash(code, url, author, created, text)


def _fill_hash(native: pa.Array, url, author, created, text) -> pa.Array:
    missing = pc.is_null(native).to_numpy(zero_copy_only=False)
    if not missing.any():
        return native
    values = native.to_pylist()
    for i in np.flatnonzero(missing):
        u = url[i].as_py()
        values[i] = stable_id(u) if u else stable_id(author[i].as_py(), created[i].as_py(), text[i].as_py())
    return pa.array(values, type=pa.string())


def to_series(arr: pa.Array, empty_as_null: bool = True) -> pd.Series:
    if empty_as_null:
        arr = pc.if_else(pc.equal(arr, ""), pa.scalar(None, pa.string()), arr)
    return pd.Series(pd.arrays.ArrowExtensionArray(arr if isinstance(arr, pa.ChunkedArray) else pa.chunked_array([arr])))
