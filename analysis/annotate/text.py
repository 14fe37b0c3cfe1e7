"""Normalisation and the one phrase matcher shared by parties, regions, participation and topics.

Text and terms go through the same `normalize`: accents and case removed, every non-alphanumeric
character becomes a space (so elisions `l'URD`, hashtags `#URD2020`, hyphens and emoji separate
words), camel-case hashtags and letter/digit runs are split (`#VoteURD2020` -> `vote urd 2020`).
Matching is then an Aho-Corasick scan over ` text ` for ` term `: the surrounding spaces give
word boundaries for free, and one scan finds every term of every analyser.
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

import ahocorasick

_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])|(?<=[A-ZÀ-Þ])(?=[A-ZÀ-Þ][a-zà-ÿ]{2})")
_DIGIT_EDGE = re.compile(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_HAS_DIGIT = re.compile(r"[0-9]")
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
        elif base != char and base.isalnum() and (base.isascii() or code in _ARABIC):
            table[code] = base.lower()
    for char, repl in _EXTRA.items():
        for variant in {char, char.upper()}:
            if len(variant) == 1:
                table[ord(variant)] = repl
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """The one accent fold: lower case, accents removed (é -> e, ɛ -> e, ɲ -> ny, œ -> oe), the rest kept."""
    lowered = text.lower()
    return lowered if lowered.isascii() else lowered.translate(_FOLD)


_FOLD_CASE = {code: (repl.upper() if chr(code).isupper() else repl) for code, repl in _FOLD.items()}


def fold_keep_case(text: str) -> str:
    """The same fold with case kept ('Ségou' -> 'Segou'), for capitalisation checks on the original text."""
    return text.translate(_FOLD_CASE)


def normalize(text) -> str:
    """Fold `text` to lower-case ASCII words separated by single spaces ('' for missing text)."""
    if not isinstance(text, str) or not text:
        return ""
    if "#" in text or "@" in text:          # camel case only matters in hashtags and handles
        text = _CAMEL.sub(" ", text)
    text = _NON_WORD.sub(" ", fold(text))
    if _HAS_DIGIT.search(text):
        text = _DIGIT_EDGE.sub(" ", text)
    return text.strip()


class Hit(NamedTuple):
    start: int       # character offsets in the normalised text (without the padding space)
    end: int
    field: str       # which analyser: party, place, participation, topic, ...
    value: str       # canonical value, e.g. "URD", "Gao|Gao", "call_to_vote"
    rule: str        # name of the context rule that must accept the hit, "" when none
    term: str        # the normalised term that matched


class Matcher:
    """Aho-Corasick over normalised terms; each term may carry several (field, value, rule) payloads."""

    def __init__(self, entries):
        """entries: iterable of (term, field, value, rule)."""
        payloads: dict[str, list[tuple[str, str, str]]] = {}
        for term, field, value, rule in entries:
            key = normalize(term)
            if key:
                bucket = payloads.setdefault(key, [])
                if (field, value, rule) not in bucket:
                    bucket.append((field, value, rule))
        self._automaton = ahocorasick.Automaton()
        for key, bucket in payloads.items():
            # value: (length of " key", payloads with the key) so a hit's start is end - length
            self._automaton.add_word(f" {key} ", (len(key) + 1, tuple((f, v, r, key) for f, v, r in bucket)))
        self._automaton.make_automaton()
        self.size = len(payloads)

    def hits(self, norm: str) -> list[Hit]:
        """Every hit of every term in normalised text, overlapping ones included, in scan order."""
        if not norm:
            return []
        out: list[Hit] = []
        append, new = out.append, tuple.__new__    # hot loop: build the tuples directly
        for end, (length, bucket) in self._automaton.iter(" " + norm + " "):
            start = end - length                    # `end` is the padded index of the closing space
            for field, value, rule, key in bucket:
                append(new(Hit, (start, end - 1, field, value, rule, key)))
        return out


def longest_first(hits: list[Hit]) -> list[Hit]:
    """Keep non-overlapping hits, preferring the longest (then leftmost); same-span hits all stay."""
    if len(hits) < 2:
        return hits
    prev = hits[0]
    for hit in hits[1:]:                    # the usual case, hits in scan order and none overlapping
        if hit.start < prev.end and (hit.start, hit.end) != (prev.start, prev.end):
            break
        prev = hit
    else:
        return hits
    kept: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        span = (hit.start, hit.end)
        if span in taken or all(hit.end <= s or hit.start >= e for s, e in taken):
            kept.append(hit)
            taken.append(span)
    return sorted(kept, key=lambda h: h.start)


def by_field(hits: list[Hit]) -> dict[str, list[Hit]]:
    """Group hits per field, resolving overlaps inside each field only."""
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.field, []).append(hit)
    return {field: longest_first(group) for field, group in groups.items()}


def words_before(norm: str, start: int, n: int) -> list[str]:
    """The n normalised words just before offset `start`."""
    return norm[:start].split()[-n:] if n else []


def words_after(norm: str, end: int, n: int) -> list[str]:
    return norm[end:].split()[:n] if n else []


_SENTENCE = re.compile(r"(?<=[.!?…;\n])\s+|\n+")


def sentences(text: str) -> list[str]:
    """The one sentence splitter: after . ! ? … ; and on line breaks (tone of a post, of a party)."""
    if not isinstance(text, str):
        return []
    if not _SENTENCE.search(text):
        return [text.strip()] if text.strip() else []
    return [s for s in (part.strip() for part in _SENTENCE.split(text)) if s]
