"""Participation messaging: which of the nine categories a post carries (several per post).

Each category resolves its own overlaps (longest term first), so one phrase may carry two
categories (`cartes d'électeur` inside `achat de cartes d'électeur`). Across categories a longer
hit overrides the generic categories it contains: a negated call (`n'allez pas voter`) is a
boycott, not a call; `tous aux urnes` is a call, not logistics; `suppress` phrases (`ne votez pas
pour`, `bureau politique`, `mine d'or`) cancel what they overlap. A boycott call the post itself
condemns (`nous condamnons l'appel au boycott`) is dropped.
"""
from __future__ import annotations

from analysis.annotate import matcher
from analysis.annotate import context_rules as rules
from analysis.annotate.automaton import Hit

CATEGORIES = ("call_to_vote", "boycott", "voter_card", "polling_logistics", "turnout", "fraud_allegation",
              "vote_buying", "security_threat", "health_covid")
_ORDER = {c: i for i, c in enumerate(CATEGORIES)}
# longer hit category -> categories of the shorter hits it overrides when it contains them
OVERRIDES = {
    "suppress": frozenset(CATEGORIES),
    "boycott": frozenset({"call_to_vote", "polling_logistics", "turnout"}),
    "call_to_vote": frozenset({"polling_logistics", "turnout"}),
    "turnout": frozenset({"polling_logistics", "call_to_vote"}),
    "fraud_allegation": frozenset({"polling_logistics"}),
    "vote_buying": frozenset({"polling_logistics", "call_to_vote"}),
    "voter_card": frozenset({"call_to_vote"}),
}


def _overridden(hit: Hit, others: list[Hit]) -> bool:
    """A longer hit of an overriding category contains it, or a `suppress` phrase overlaps it."""
    for other in others:
        if other.value == "suppress" and other.start < hit.end and hit.start < other.end:
            return True
        if other.start <= hit.start and hit.end <= other.end and other.end - other.start > hit.end - hit.start \
                and hit.value in OVERRIDES.get(other.value, ()):
            return True
    return False


def from_scan(scan: matcher.Scan) -> tuple[str, ...]:
    hits = scan.prefixed("participation:")
    if not hits:
        return ()
    # overriding phrases: the kept hits plus rule-free raw hits hidden by a same-category overlap
    others = hits + [h for h in scan.raw if h.field.startswith("participation:") and not h.rule]
    found = set()
    for hit in hits:
        if hit.value == "suppress" or _overridden(hit, others):
            continue
        if hit.value == "boycott" and rules.condemned(scan.context, hit):
            continue
        found.add(hit.value)
    return tuple(sorted(found, key=_ORDER.__getitem__))


def categories(text) -> tuple[str, ...]:
    """Participation categories of one post, in the canonical order."""
    return from_scan(matcher.scan(text))
