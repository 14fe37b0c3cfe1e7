"""Stem look-ups of the tone lexicon without stemming most words.

A word missing from the lexicons counts by its Snowball French stem when that stem is one of the
lexicon's polar stems (about 2,300). Stemming costs tens of microseconds a word, and nine words in ten
that reach it have no such stem; `StemIndex.may_match` rules those out first, from what the stemmer can
do to a word: keep a prefix of it (suffixes removed), then append at most one short ending made from a
known suffix ("-euse" -> "eux", "-logie" -> "log", "-ence" -> "ent", "-aux" -> "al", "-y" -> "i"...),
and drop one accent (é/è -> e). A word passes when one of its prefixes, followed by the suffix that
ending comes from, gives a polar stem; only those are stemmed. The filter only ever says "maybe",
never changes a result: tests/sentiment/test_stems.py checks it against the stemmer on every word of
the shared sets and on inflections of every lexicon word.
"""
from __future__ import annotations

from functools import lru_cache

# ending appended by the stemmer -> the word's suffixes it replaces (whole rest of the word)
_ENDINGS = {"eux": ("euse", "euses"), "x": ("sement", "sements"), "ant": ("amment",),
            "ent": ("emment", "ence", "ences"), "l": ("ux", "ilité", "ilités"), "log": ("logie", "logies"),
            "u": ("usion", "ution", "usions", "utions"),
            "i": ("ièrement", "ièrements", "ier", "ière", "iers", "ières")}
# ending -> how the word's rest starts (the stemmer changed that letter and dropped what followed)
_LETTERS = {"i": ("y",), "c": ("ç",), "iqu": ("ic",)}
_UNACCENT = str.maketrans("éè", "ee")


class StemIndex:
    """The polar stems, spelt without é/è, as whole stems and as prefix + known ending."""

    def __init__(self, stems) -> None:
        self.whole = frozenset(s.translate(_UNACCENT) for s in stems)
        self.heads: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for stem in self.whole:
            for ending in set(_ENDINGS) | set(_LETTERS):
                if stem.endswith(ending) and len(stem) > len(ending):
                    rests, starts = self.heads.get(stem[:-len(ending)], ((), ()))
                    self.heads[stem[:-len(ending)]] = (rests + _ENDINGS.get(ending, ()),
                                                       starts + _LETTERS.get(ending, ()))
        keys = [*self.whole, *self.heads]
        self.prefixes = frozenset(k[:cut] for k in keys for cut in range(1, len(k) + 1))

    def may_match(self, word: str) -> bool:
        """False only when the stem of `word` (lower case) cannot be one of the stems."""
        plain = word.translate(_UNACCENT)
        whole, heads, prefixes = self.whole, self.heads, self.prefixes
        for cut in range(1, len(plain) + 1):
            head = plain[:cut]
            if head not in prefixes:
                return False              # no key starts so, nor can a longer prefix of the word be one
            if head in whole:
                return True
            found = heads.get(head)
            if found is not None and (word[cut:] in found[0] or word[cut:].startswith(found[1])):
                return True
        return False


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer
    return SnowballStemmer("french")


def stem(word: str) -> str:
    """The Snowball French stem (NLTK's)."""
    return _stemmer().stem(word)


def polar_stem_valence(stems: dict[str, float], index: StemIndex, low: str) -> float:
    """stems.get(stem(low), 0.0), stemming only the words `index` cannot rule out."""
    if not index.may_match(low):
        return 0.0
    return stems.get(stem(low), 0.0)
