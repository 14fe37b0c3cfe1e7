"""The shared matcher: every gazetteer CSV in one Aho-Corasick automaton, one scan per post.

`scan(text)` returns the accepted hits per field (party, place, foreign, participation:<category>,
topic:<id>) after longest-match-first within each field and the context rules. Analysers read from that result, so a post is
scanned once whatever the number of analysers.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from analysis.annotate import context_rules as rules
from analysis.text import normalize
from analysis.annotate.automaton import Hit, Matcher, longest_first
from analysis import gazetteer, paths
from analysis.gazetteer import read_csv
from analysis.geo import points

FILES = ("party_aliases.csv", "places.csv", "foreign_places.csv", "participation.csv", "topics.csv")


def _entries():
    for r in read_csv("party_aliases.csv", ("alias", "acronym", "kind", "rule")):
        yield r["alias"], "party", r["acronym"], r["rule"]
    for r in read_csv("places.csv", ("alias", "region", "cercle", "kind", "rule")):
        yield r["alias"], "place", f"{r['region']}|{r['cercle']}", r["rule"]
    for r in read_csv("foreign_places.csv", ("alias",)):
        yield r["alias"], "foreign", r["alias"], ""
    for r in read_csv("participation.csv", ("term", "category", "rule", "lang")):
        yield r["term"], f"participation:{r['category']}", r["category"], r["rule"]
    for r in read_csv("topics.csv", ("term", "topic")):
        yield r["term"], f"topic:{r['topic']}", r["topic"], ""


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    return Matcher(_entries())


@lru_cache(maxsize=1)
def data_hash() -> str:
    """Digest of every vocabulary file and of the maps that place geotags: part of annotate's version."""
    return paths.digest(sorted(gazetteer.GAZETTEER_DIR.glob("*")) + [points.CERCLES_PATH, points.REGIONS_PATH])


@dataclass
class Scan:
    norm: str
    fields: dict[str, list[Hit]]
    context: rules.Context
    raw: list[Hit]           # every hit before overlap resolution (rules not applied)

    def values(self, field: str) -> list[str]:
        return [h.value for h in self.fields.get(field, [])]

    @property
    def needs_original(self) -> bool:
        """Whether a rule looked at the original text (capitals, accents) so far; else the result depends on
        `norm` only and texts with the same `norm` may share it."""
        return self.context.read_original

    def prefixed(self, prefix: str) -> list[Hit]:
        """Hits of every field named `prefix:<value>` (participation and topics resolve overlaps per value)."""
        return [h for name, hits in self.fields.items() if name.startswith(prefix) for h in hits]


def scan(text, relaxed: bool = False, norm: str | None = None) -> Scan:
    """Normalise, match every vocabulary at once, keep the longest hits per field, apply the rules.

    relaxed=True skips the context rules (for short place fields such as a profile location);
    norm: normalize(text) when the caller already has it.
    """
    norm = normalize(text) if norm is None else norm
    ctx = rules.Context(text, norm)
    raw = matcher().hits(norm)
    groups: dict[str, list[Hit]] = {}
    for hit in raw:
        group = groups.get(hit.field)
        if group is None:
            groups[hit.field] = [hit]
        else:
            group.append(hit)
    fields = {}
    accepts = rules.accepts
    for field, hits in groups.items():
        if len(hits) > 1:
            hits = longest_first(hits)
        kept = [h for h in hits if h.value and (not h.rule or relaxed or accepts(h.rule, ctx, h))]
        if kept:
            fields[field] = kept
    return Scan(norm, fields, ctx, raw)
