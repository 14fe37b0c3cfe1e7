"""Text helpers every stage shares: the one accent fold, `normalize` and the one sentence splitter.

`normalize` folds accents and case away, turns every non-alphanumeric character into a space (so elisions
`l'URD`, hashtags `#URD2020`, hyphens and emoji separate words) and splits camel-case hashtags and letter/digit
runs (`#VoteURD2020` -> `vote urd 2020`). The one account key lives here too: exports and actors lists spell the same
account differently (`@URD_Mali`, `urd_mali `); the analysers (author's party and region) and the pseudonymisation
compare accounts by `account_key` only. Analysers match terms on that form; coordination compares it; the
lexicons and the search box fold with the same table.
"""
from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd

_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])|(?<=[A-ZÀ-Þ])(?=[A-ZÀ-Þ][a-zà-ÿ]{2})")
# the words of folded text, letter runs and digit runs apart: 'urd2020!' -> 'urd', '2020'
_RUNS = re.compile(r"[a-z]+|[0-9]+")
# Letters without an ASCII decomposition, written as they are usually typed (Bambara ɲ -> ny, ŋ -> ng).
_EXTRA = {"ɛ": "e", "ɔ": "o", "ŋ": "ng", "ɲ": "ny", "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d",
          "ł": "l", "ı": "i"}
# Blocks folded by decomposition: Latin-1 to IPA, accents typed as separate marks (NFD text) and Latin
# Extended Additional to ASCII letters; Arabic letters lose their hamza seat and short vowels.
_LATIN = (range(0x80, 0x370), range(0x1E00, 0x1F00))
_ARABIC = range(0x600, 0x700)


def _fold_table() -> dict[int, str]:
    """Lower-case accent folding (incl. Bambara ɛ ɔ ɲ ŋ), built once; other characters are left out."""
    table: dict[int, str] = {}
    for code in (c for block in (*_LATIN, _ARABIC) for c in block):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if unicodedata.combining(char):
            table[code] = ""
        elif base != char and base.isalnum() and (base.isascii() or (code in _ARABIC and len(base) == 1)):
            table[code] = base.lower()      # Arabic: one letter only (ٵ -> اٴ would not fold the same in coordination)
    for char, repl in _EXTRA.items():
        for variant in {char, char.upper()}:
            if len(variant) == 1:
                table[ord(variant)] = repl
    return table


_FOLD = _fold_table()
# str.translate raises and clears a KeyError for every character its table lacks: mapping the common
# characters to themselves too halves the fold of accented text (same output)
_FOLD_ALL = {**{code: code for code in range(0x3000)}, **_FOLD}


def fold(text: str) -> str:
    """The one accent fold: lower case, accents removed (é -> e, ɛ -> e, ɲ -> ny, œ -> oe), the rest kept."""
    lowered = text.lower()
    return lowered if lowered.isascii() else lowered.translate(_FOLD_ALL)


_FOLD_CASE = {code: (repl.upper() if chr(code).isupper() else repl) for code, repl in _FOLD.items()}
_FOLD_CASE_ALL = {**{code: code for code in range(0x3000)}, **_FOLD_CASE}


def fold_keep_case(text: str) -> str:
    """The same fold with case kept ('Ségou' -> 'Segou'), for capitalisation checks on the original text."""
    return text if text.isascii() else text.translate(_FOLD_CASE_ALL)


# normalize's memo: the stages of annotate normalise the same texts and sentences again (gazetteer, party
# tone, hostility); bounded by the characters it holds, emptied when full
MEMO_CHARS = 8_000_000
_MEMO: dict[str, str] = {}
_memo_chars = 0


def normalize(text) -> str:
    """Fold `text` to lower-case ASCII words separated by single spaces ('' for missing text)."""
    if not isinstance(text, str) or not text:
        return ""
    done = _MEMO.get(text)
    if done is None:
        done = _normalized(text)
        _remember(text, done)
    return done


def _normalized(text: str) -> str:
    if "#" in text or "@" in text:          # camel case only matters in hashtags and handles
        text = _CAMEL.sub(" ", text)
    return " ".join(_RUNS.findall(fold(text)))


def _remember(text: str, done: str) -> None:
    global _memo_chars
    size = len(text) + len(done)
    if size > MEMO_CHARS // 100:            # a very long text is not worth its room
        return
    if _memo_chars + size > MEMO_CHARS:
        clear_memo()
    _memo_chars += size
    _MEMO[text] = done


def clear_memo() -> None:
    """Empty normalize's memo (benchmarks time a cold run; tests check the bound)."""
    global _memo_chars
    _MEMO.clear()
    _memo_chars = 0


_SENTENCE = re.compile(r"(?<=[.!?…;\n])\s+|\n+")


def sentences(text: str) -> list[str]:
    """The one sentence splitter: after . ! ? … ; and on line breaks (tone of a post, of a party)."""
    if not isinstance(text, str):
        return []
    if not _SENTENCE.search(text):
        return [text.strip()] if text.strip() else []
    return [s for s in (part.strip() for part in _SENTENCE.split(text)) if s]


def account_key(value) -> str:
    """'  @URD_Mali ' -> 'urd_mali'; '' for a missing account."""
    return value.strip().lstrip("@").lower() if isinstance(value, str) else ""


def account_codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(per cell: index of its account in the keys, -1 for a missing one; account_key of each distinct account,
    then "" so that index -1 reads as a missing account)."""
    # Arrow strings factorize as they are, an order of magnitude faster than as Python objects
    plain = values if pd.api.types.is_string_dtype(values.dtype) else values.astype(object)
    codes, uniques = pd.factorize(plain, use_na_sentinel=True)
    return codes, np.array([account_key(v) for v in uniques] + [""], dtype=object)


def account_keys(values: pd.Series) -> pd.Series:
    """account_key of every cell, computed once per distinct account."""
    codes, keys = account_codes(values)
    return pd.Series(keys[codes], index=values.index, dtype=object)
