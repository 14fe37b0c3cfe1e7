"""The phrase matcher shared by parties, regions, participation and topics: an Aho-Corasick automaton.

Terms and texts go through the same `analysis.text.normalize`; matching is one scan over ` text ` for ` term `:
the surrounding spaces give word boundaries for free, and one scan finds every term of every analyser.
"""
from __future__ import annotations

from typing import NamedTuple

import ahocorasick

from analysis.text import normalize

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
    prev_start, prev_end = hits[0].start, hits[0].end
    for hit in hits:                        # the usual case, hits in scan order and none overlapping
        start, end = hit.start, hit.end
        if start < prev_end and (start != prev_start or end != prev_end):
            break
        prev_start, prev_end = start, end
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
    """The n normalised words just before offset `start` (rsplit stops after n: posts can be long)."""
    return norm[:start].rsplit(None, n)[-n:] if n else []


def words_after(norm: str, end: int, n: int) -> list[str]:
    return norm[end:].split(None, n)[:n] if n else []
