"""Text and link normalisation for coordination detection.

Copies of one message differ in what people or tools add around it: links (each copy may carry
its own tracking link), @mentions, emoji, case, accents, spacing, "Transféré :" headers. We keep
only lower-case ASCII words, so those differences vanish before texts are compared.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit

import numpy as np
import pandas as pd

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MENTION = re.compile(r"@\w+")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_EXTRA = {"ɛ": "e", "ɔ": "o", "ŋ": "n", "ɲ": "ny", "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"}
# Query parameters that only track who clicked, not what was shared.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|igshid|ref|ref_src|s|si|mibextid)$", re.IGNORECASE)


def _fold_table() -> dict[int, str]:
    """Accent folding for Latin letters (Bambara ɛ ɔ ɲ ŋ included), built once."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x2B0):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if base != char and base.isascii():
            table[code] = base.lower()
    for char, repl in _EXTRA.items():
        table[ord(char)] = repl
        if len(char.upper()) == 1:
            table[ord(char.upper())] = repl
    return table


_FOLD = _fold_table()


def normalise(text) -> str:
    """Lower-case ASCII words separated by single spaces; links, mentions, emoji and punctuation removed."""
    if not isinstance(text, str) or not text:
        return ""
    text = _MENTION.sub(" ", _URL.sub(" ", text))
    return _NON_WORD.sub(" ", text.lower().translate(_FOLD)).strip()


def normalise_many(texts) -> tuple[np.ndarray, list[str]]:
    """Normalise each distinct text once: returns (code per input text, distinct normalised texts).

    Exact copies are the bulk of coordinated posting, so texts are deduplicated twice: raw, then
    normalised. Codes index into the returned list; equal codes mean equal normalised texts.
    """
    raw_codes, raw_unique = pd.factorize(pd.Series(texts, dtype=object).fillna(""), sort=False)
    norm = [normalise(t) for t in raw_unique]
    norm_codes, norm_unique = pd.factorize(pd.Series(norm, dtype=object), sort=False)
    codes = np.asarray(norm_codes, dtype=np.int64)[raw_codes] if len(raw_codes) else np.zeros(0, np.int64)
    return codes, [str(t) for t in norm_unique]


def information(norm_texts: list[str], min_letters: int = 3) -> np.ndarray:
    """Distinct words of at least `min_letters` characters per text: a cheap measure of content.

    Greetings, "Amen", "Vive le Mali" score 0-2; a message worth pushing scores far higher.
    """
    return np.fromiter((len({w for w in t.split() if len(w) >= min_letters}) for t in norm_texts),
                       dtype=np.int64, count=len(norm_texts))


def canonical_url(url) -> str:
    """Comparable form of a shared link: no scheme, no www, no tracking parameters, no fragment."""
    if not isinstance(url, str) or not url.strip():
        return ""
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
