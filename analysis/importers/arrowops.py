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


def strings(values) -> pa.Array:
    """A sequence of str/None -> arrow string array (trimmed)."""
    arr = values if isinstance(values, (pa.Array, pa.ChunkedArray)) else pa.array(values, type=pa.string())
    return pc.utf8_trim_whitespace(arr)


def counts(arr: pa.Array) -> tuple[pa.Array, np.ndarray]:
    """'1,234' / '1 234' / 'N/A' -> (int64 with nulls, numpy mask of cells that are not counts)."""
    blank = pc.equal(arr, "").fill_null(True)
    plain = pc.or_(pc.utf8_is_digit(arr).fill_null(True), blank)
    if pc.all(plain).as_py() is not False:  # the usual column: digits or empty, no regex needed
        try:
            values = pc.cast(pc.if_else(blank, pa.scalar(None, pa.string()), arr), pa.int64())
            return values, np.zeros(len(arr), dtype=bool)
        except pa.ArrowInvalid:  # non-ASCII digits or more than 18 of them: the careful path below
            pass
    missing = pc.or_kleene(pc.is_null(arr), pc.is_in(pc.utf8_lower(arr), value_set=pa.array(sorted(MISSING))))
    grouped = pc.match_substring_regex(arr, THOUSANDS)
    cleaned = pc.if_else(grouped, pc.replace_substring_regex(arr, SEPARATORS, ""), arr)
    is_int = pc.match_substring_regex(cleaned, r"^\d{1,18}$")
    values = pc.cast(pc.if_else(is_int, cleaned, pa.scalar(None, pa.string())), pa.int64())
    bad = pc.and_(pc.invert(missing.fill_null(True)), pc.invert(is_int.fill_null(False)))
    return values, bad.to_numpy(zero_copy_only=False)


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


def twitter_ids(url: pa.Array, author: pa.Array, created: pa.Array, text: pa.Array) -> pa.Array:
    status = pc.extract_regex(url, r"/status(?:es)?/(?P<n>\d+)").field("n")
    return _fill_hash(status, url, author, created, text)


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
