"""Bambara in the tone score: spellings as typed on phones, negation, and how Bambara a post is.

Malian posts write Bambara in the standard orthography (ɛ ɔ ɲ ŋ) or with French habits (è/é for ɛ,
ô for ɔ, gn or ny for ɲ, ou for u, dj for j, tch for c, doubled vowels or not). `spelling_key` maps all of
them onto one key, so one entry of data/lexicons/vigie_bambara.tsv matches "ɲuman", "nyuman" and
"gnouman" alike. It is used only for words the French lexicon does not know.

Negation comes before the verb in Bambara ("a ka ɲi": it is good, "a man ɲi": it is not good,
"a ma diya": it was not pleasant, "a tɛ ɲi"), and "tɛ" also follows a noun ("hɛrɛ tɛ": there is no
peace). It turns only Bambara words around: "ma" and "te" are also French ("ma mère", "je te
remercie").
"""
from __future__ import annotations

import re
from functools import lru_cache

from analysis.text import fold

_SPELLINGS = (("gn", "ny"), ("dj", "j"), ("tch", "c"), ("ou", "u"), ("’", "'"))   # after the accent fold
_DOUBLED = re.compile(r"(.)\1+")
NEGATORS_BEFORE = frozenset({"ma", "man", "te", "ti", "tena", "kana", "t'", "m'"})
NEGATORS_AFTER = frozenset({"te", "ti"})
ANY_NEGATOR = frozenset({"ma", "man", "te", "tɛ", "tè", "té", "ti", "tena", "tɛna", "tèna", "kana", "t'",
                          "m'"})
_REACH = 3          # words before a hit that a negator can be
_CLAUSE_END = frozenset(".!?,;:…")


@lru_cache(maxsize=200_000)
def spelling_key(word: str) -> str:
    """One key for every way a Bambara word is typed: "gnouman", "nyuman", "ɲuman" -> "nyuman" (the one accent
    fold, then French-style digraphs and doubled letters)."""
    word = fold(word)
    for typed, key in _SPELLINGS:
        word = word.replace(typed, key)
    return _DOUBLED.sub(r"\1", word)


def keyed(valences: dict[str, float]) -> dict[str, float]:
    """The lexicon's Bambara entries by folded key (a phrase folds word by word)."""
    out: dict[str, float] = {}
    for entry, value in valences.items():
        out.setdefault(" ".join(spelling_key(w) for w in entry.split()), value)
    return out


def may_negate(lowered: list[str], i: int) -> bool:
    """Cheap test first: is any Bambara negator near token i?"""
    return not ANY_NEGATOR.isdisjoint(lowered[max(0, i - _REACH):i + 2])


def is_negated(lowered: list[str], i: int) -> bool:
    """A negator in the same clause within three words before, or "tɛ" right after."""
    for j in range(i - 1, max(-1, i - _REACH - 1), -1):
        if lowered[j] in _CLAUSE_END:
            break
        if spelling_key(lowered[j]) in NEGATORS_BEFORE:
            return True
    return i + 1 < len(lowered) and spelling_key(lowered[i + 1]) in NEGATORS_AFTER
