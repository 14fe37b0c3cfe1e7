"""Text and link normalisation for coordination detection.

Copies of one message differ in what people or tools add around it: links (each copy may carry
its own tracking link), @mentions, emoji, case, accents, spacing, "Transféré :" headers. We keep
only lower-case words without accents, so those differences vanish before texts are compared.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.text import fold

_LINK_OR_MENTION_RE2 = r"(?i)(?:https?://|www\.)\S+|@\w+"
CHUNK = 65_536      # texts per block of byte-level work
_POSITION = np.random.default_rng(7).integers(1, 2**63, 64, dtype=np.uint64) | np.uint64(1)
# Query parameters that only track who clicked, not what was shared.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|igshid|ref|ref_src|s|si|mibextid)$", re.IGNORECASE)


def _fold(char: str) -> str:
    """Accent-free lower-case form of one character ('' for a combining mark, ' ' for a non-letter)."""
    if unicodedata.category(char).startswith("M"):
        return ""
    if not char.isalnum():
        return " "
    base = fold(char)
    return base if base.isalnum() else char.lower()     # the one fold, Arabic variants included (آ -> ا)


def _tables():
    """Byte-level rewriting tables: what each ASCII byte, 2-byte and 3-byte UTF-8 character becomes.

    2-byte characters (Latin accents, Bambara, Arabic...) fold to at most two bytes, kept in place
    (0 = byte deleted). 3-byte characters are kept (letters), blanked (symbols) or deleted (marks).
    Everything 4-byte (emoji) becomes a space.
    """
    ascii_ = np.full(128, 32, dtype=np.uint8)
    for c in "abcdefghijklmnopqrstuvwxyz0123456789":
        ascii_[ord(c)] = ascii_[ord(c.upper())] = ord(c)
    two = np.zeros((0x800, 2), dtype=np.uint8)
    for cp in range(0x80, 0x800):
        out = _fold(chr(cp)).encode("utf-8")
        if out == b" ":
            two[cp] = (32, 0)
        elif len(out) <= 2:
            two[cp, :len(out)] = np.frombuffer(out, dtype=np.uint8)
        else:
            two[cp] = np.frombuffer(chr(cp).encode("utf-8"), dtype=np.uint8)
    three = np.full(0x10000, 2, dtype=np.uint8)      # 1 keep, 2 blank, 0 delete
    for cp in range(0x800, 0x10000):
        char = chr(cp)
        three[cp] = 0 if unicodedata.category(char).startswith("M") else (1 if char.isalnum() else 2)
    return ascii_, two, three


_ASCII, _TWO, _THREE = _tables()
_BYTE = np.concatenate([_ASCII, np.zeros(128, dtype=np.uint8)])   # bytes >= 0x80 are set by _rewrite


def _word_table() -> np.ndarray:
    with np.errstate(over="ignore"):
        table = _POSITION[:, None] * (np.arange(256, dtype=np.uint64) + np.uint64(1))[None, :]
    table[:, 32] = 0
    return table


_WORD_TABLE = _word_table()


def _clean(value) -> str | None:
    """Text Arrow can hold: None stays None, other values become strings, lone surrogates are replaced."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    return str(value).encode("utf-8", "replace").decode("utf-8")


def _as_large(strings) -> pa.LargeStringArray:
    if isinstance(strings, (pa.Array, pa.ChunkedArray)):
        array = strings
    else:
        try:
            array = pa.array(strings, type=pa.large_string(), from_pandas=True)
        except (pa.ArrowException, UnicodeError, TypeError):   # numbers, bytes or broken text in an object column
            array = pa.array([_clean(v) for v in strings], type=pa.large_string())
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks() if array.num_chunks else pa.array([], type=pa.large_string())
    return pc.fill_null(array.cast(pa.large_string()), "")


def _buffers(array: pa.LargeStringArray) -> tuple[np.ndarray, np.ndarray]:
    """(offsets int64, bytes uint8) of a large_string array, starting at 0."""
    offsets = np.frombuffer(array.buffers()[1], dtype=np.int64)[array.offset:array.offset + len(array) + 1]
    data = np.frombuffer(array.buffers()[2], dtype=np.uint8) if array.buffers()[2] is not None \
        else np.zeros(0, dtype=np.uint8)
    return offsets - offsets[0], data[offsets[0]:offsets[-1]]


def _rewrite(data: np.ndarray) -> np.ndarray:
    """Per-byte replacement (0 = delete) following the tables."""
    out = _BYTE[data]
    lead2 = np.flatnonzero((data >= 0xC2) & (data <= 0xDF))
    cont = np.minimum(lead2 + 1, len(data) - 1)
    cp2 = ((data[lead2].astype(np.int64) & 0x1F) << 6) | (data[cont] & 0x3F)
    out[lead2], out[cont] = _TWO[cp2, 0], _TWO[cp2, 1]
    lead3 = np.flatnonzero((data >= 0xE0) & (data <= 0xEF))
    at = [np.minimum(lead3 + k, len(data) - 1) for k in range(3)]
    cp3 = ((data[lead3].astype(np.int64) & 0x0F) << 12) | ((data[at[1]].astype(np.int64) & 0x3F) << 6) \
        | (data[at[2]] & 0x3F)
    kind = _THREE[cp3]
    for k in range(3):
        out[at[k]] = np.where(kind == 1, data[at[k]], np.where((kind == 2) & (k == 0), 32, 0))
    out[data >= 0xF0] = 32
    return out


def _starts(offsets: np.ndarray, size: int) -> np.ndarray:
    """Boolean mask of the first byte of each text."""
    mask = np.zeros(size + 1, dtype=bool)
    mask[offsets[:-1]] = True
    return mask[:size]


def _compact(offsets: np.ndarray, data: np.ndarray, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Keep the marked bytes; offsets follow (kept bytes counted per text with one reduceat)."""
    lengths = np.diff(offsets)
    counts = np.zeros(len(lengths), dtype=np.int64)
    full = np.flatnonzero(lengths > 0)
    if len(full):
        counts[full] = np.add.reduceat(keep, offsets[full], dtype=np.int64)
    return np.concatenate([[0], np.cumsum(counts)]).astype(np.int64), data[keep]


def _squeeze(offsets: np.ndarray, out: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Drop redundant spaces (leading, trailing, repeated) inside each text."""
    space = out == 32
    leading_or_repeat = space & (_starts(offsets, len(out)) | np.r_[True, space[:-1]])
    offsets, out = _compact(offsets, out, ~leading_or_repeat)
    last = np.zeros(len(out) + 1, dtype=bool)
    last[offsets[1:] - 1] = True
    return _compact(offsets, out, ~((out == 32) & last[:len(out)]))


_THREE_BYTE_LATIN = "[\u1e00-\u1eff]"   # Latin Extended Additional (Vietnamese...): folds to ASCII, unlike other 3-byte letters


def _prefold_three_byte_latin(array: pa.Array) -> pa.Array:
    """The rare texts with 3-byte Latin letters go through the one fold first (the byte tables keep 3-byte letters)."""
    mask = pc.fill_null(pc.match_substring_regex(array, _THREE_BYTE_LATIN), False)
    if not pc.any(mask).as_py():
        return array
    values = array.to_pylist()
    for i in np.flatnonzero(mask.to_numpy(zero_copy_only=False)):
        values[i] = fold(values[i])
    return pa.array(values, type=array.type)


def normalise_array(strings, squeeze: bool = True) -> pa.LargeStringArray:
    """Normalise many texts at once: links and @mentions dropped, lower case, accents folded,
    anything but letters and digits turned to spaces (single spaces when `squeeze`; comparing
    words does not need it)."""
    array = _prefold_three_byte_latin(pc.replace_substring_regex(_as_large(strings), _LINK_OR_MENTION_RE2, " "))
    offsets, data = _buffers(pc.utf8_lower(array))
    out = _rewrite(data)
    offsets, out = _compact(offsets, out, out != 0)
    if squeeze:
        offsets, out = _squeeze(offsets, out)
    return pa.LargeStringArray.from_buffers(len(offsets) - 1, pa.py_buffer(offsets.tobytes()),
                                            pa.py_buffer(out.tobytes()))


def normalise(text) -> str:
    """One text: lower-case words without accents, emoji or punctuation, separated by single spaces."""
    if not isinstance(text, str) or not text:
        return ""
    return normalise_array([text])[0].as_py()


def normalise_many(texts) -> tuple[np.ndarray, pa.LargeStringArray]:
    """Normalise each distinct text once: returns (code per input text, distinct normalised texts).

    Exact copies are the bulk of coordinated posting, so texts are deduplicated twice: raw, then
    normalised. Codes index into the returned array; equal codes mean equal normalised texts. Space
    runs are left as they are (texts equal but for spacing get two codes and the same words).
    """
    raw = pc.dictionary_encode(_as_large(texts))
    parts = [normalise_array(raw.dictionary.slice(lo, CHUNK), squeeze=False)
             for lo in range(0, len(raw.dictionary), CHUNK)]
    norm = pc.dictionary_encode(pa.concat_arrays(parts) if parts else pa.array([], type=pa.large_string()))
    codes = np.asarray(norm.indices, dtype=np.int64)[np.asarray(raw.indices, dtype=np.int64)]
    return codes, norm.dictionary


def words(strings: pa.LargeStringArray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(owner, hash, length) of every word of normalised texts, in order; owners ascending.
    Texts are processed in chunks so the byte-level arrays stay small (and cost stays linear)."""
    strings = _as_large(strings)
    parts = [_words(strings.slice(lo, CHUNK)) for lo in range(0, len(strings), CHUNK)]
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0, np.uint64), np.zeros(0, np.int64)
    owners = [owner + lo for (owner, _, _), lo in zip(parts, range(0, len(strings), CHUNK))]
    return np.concatenate(owners), np.concatenate([p[1] for p in parts]), np.concatenate([p[2] for p in parts])


def _words(strings: pa.LargeStringArray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """words() for one chunk.

    A word's hash sums (byte + 1) x a random multiplier for the byte's position in the word (from a
    64 x 256 table; spaces weigh 0), with one `add.reduceat` over the whole corpus, then a mix.
    """
    offsets, data = _buffers(_as_large(strings))
    n = len(data)
    letter = data != 32
    first = _starts(offsets, n)
    start = letter & (np.r_[True, ~letter[:-1]] | first)
    starts = np.flatnonzero(start)
    if not len(starts):
        return np.zeros(0, np.int64), np.zeros(0, np.uint64), np.zeros(0, np.int64)
    index = np.arange(n, dtype=np.int32 if n < 2**31 // 256 else np.int64)
    since = index - np.maximum.accumulate(np.where(start, index, 0))
    np.minimum(since, _WORD_TABLE.shape[0] - 1, out=since)
    since *= 256
    since += data
    with np.errstate(over="ignore"):
        hashed = np.add.reduceat(_WORD_TABLE.ravel()[since], starts)
        hashed ^= hashed >> np.uint64(31)
        hashed *= np.uint64(0x94D049BB133111EB)
        hashed ^= hashed >> np.uint64(29)
    ends = np.flatnonzero(letter & (np.r_[~letter[1:], True] | np.r_[first[1:], True]))
    length = ends - starts + 1
    owner = np.searchsorted(offsets, starts, side="right") - 1
    return owner, hashed, length


def information(strings: pa.LargeStringArray, min_letters: int = 3) -> np.ndarray:
    """Distinct words of at least `min_letters` bytes per normalised text: a cheap measure of content.

    Greetings, "Amen", "Vive le Mali" score 0-2; a message worth pushing scores far higher.
    """
    owner, hashed, length = words(strings)
    long_ = length >= min_letters
    pairs = np.unique(np.stack([owner[long_].astype(np.uint64), hashed[long_]], axis=1), axis=0)
    return np.bincount(pairs[:, 0].astype(np.int64), minlength=len(strings)).astype(np.int64)


def canonical_url(url) -> str:
    """Comparable form of a shared link: no scheme, no www, no tracking parameters, no fragment."""
    if not isinstance(url, str) or not url.strip():
        return ""
    if "?" not in url and "#" not in url and "://" in url:   # the common case, without urllib's cost
        rest = url.strip().split("://", 1)[1]
        host, _, path = rest.partition("/")
        host = host.lower().removeprefix("www.").removeprefix("m.")
        return f"{host}/{path}".rstrip("/") if host else url.strip().lower()
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip().lower()
    host = parts.netloc.lower().removeprefix("www.").removeprefix("m.")
    if not host:
        return url.strip().lower()
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{query}" if query else "")


def canonical_urls(urls) -> np.ndarray:
    """canonical_url over a column, computing each distinct link once."""
    codes, unique = pd.factorize(pd.Series(urls, dtype=object).fillna(""), sort=False)
    mapped = np.array([canonical_url(u) for u in unique], dtype=object)
    return mapped[codes] if len(codes) else np.array([], dtype=object)
