"""Participation messaging: which of the nine categories a post carries (several per post).

Stance matters: a negated call (`n'allez pas voter`) is a longer boycott term that wins over
`allez voter`; a boycott call the post condemns (`nous condamnons l'appel au boycott`) is dropped.
"""
from __future__ import annotations

from analysis import engine, rules

CATEGORIES = ("call_to_vote", "boycott", "voter_card", "polling_logistics", "turnout", "fraud_allegation",
              "vote_buying", "security_threat", "health_covid")
_ORDER = {c: i for i, c in enumerate(CATEGORIES)}


def from_scan(scan: engine.Scan) -> tuple[str, ...]:
    found = set()
    for hit in scan.fields.get("participation", []):
        if hit.value == "boycott" and rules.condemned(scan.context, hit):
            continue
        found.add(hit.value)
    return tuple(sorted(found, key=_ORDER.__getitem__))


def categories(text) -> tuple[str, ...]:
    """Participation categories of one post, in the canonical order."""
    return from_scan(engine.scan(text))
