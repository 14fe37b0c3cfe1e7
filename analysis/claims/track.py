"""From candidate bursts (or a user's keywords or seed post) to claims with all their posts and rebuttals.

A claim's signature is the set of content words most of its posts share. Posts without a marker that
contain most of the signature around the burst join it (people also pass a rumour on plainly); posts with
a rebuttal marker that contain enough of it, from the claim's first post to a week after its last, are its
rebuttals (each rebuttal goes to the claim it matches best).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from analysis.claims.corpus import Prepared
from analysis.claims.words import containment, content_words, signature
from analysis.coordination.normalise import normalise

CLAIM_MATCH = 0.6         # share of the signature a plain post must contain to join a claim
REBUTTAL_MATCH = 0.33     # share a rebuttal must contain (a denial words the claim its own way)
MIN_SHARED = 3
BEFORE_HOURS, AFTER_HOURS = 6, 48
REBUTTAL_DAYS = 7


@dataclass
class Claim:
    claim_id: str
    origin: str                       # "auto" or "user"
    words: frozenset[str]             # the signature
    rows: np.ndarray                  # claim posts
    rebuttals: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    all_words: bool = False           # user keywords: every word must be present

    def first(self, prep: Prepared) -> int:
        return int(prep.seconds[self.rows].min()) if len(self.rows) else 0

    def last(self, prep: Prepared) -> int:
        return int(prep.seconds[self.rows].max()) if len(self.rows) else 0


def _matches(prep: Prepared, rows: np.ndarray, words: frozenset[str], share: float) -> np.ndarray:
    """Scores (share of `words` contained) of the rows that reach `share` and MIN_SHARED words; else 0."""
    need = min(MIN_SHARED, len(words))
    scores = np.array([containment(s, words) if len(s & words) >= need else 0.0 for s in prep.sets(rows)])
    return np.where(scores >= share, scores, 0.0) if len(rows) else np.zeros(0)


def _between(prep: Prepared, start: float, end: float) -> np.ndarray:
    return np.flatnonzero((prep.seconds >= start) & (prep.seconds <= end))


def grow(prep: Prepared, claim_id: str, burst: np.ndarray, taken: np.ndarray) -> Claim:
    """The burst plus the plain posts around it that say the same thing."""
    words = signature(prep.sets(burst))
    around = _between(prep, prep.seconds[burst].min() - BEFORE_HOURS * 3600,
                      prep.seconds[burst].max() + AFTER_HOURS * 3600)
    around = around[~prep.rebuttal[around] & ~taken[around]]
    joined = around[_matches(prep, around, words, CLAIM_MATCH) > 0]
    return Claim(claim_id, "auto", words, np.union1d(burst, joined))


def user_claim(prep: Prepared, claim_id: str, keywords: str = "", seed_text: str = "") -> Claim:
    """A claim a user defines by keywords (every word present) or by a seed post (most of its words)."""
    words = content_words(normalise(keywords or seed_text))
    if not words:
        raise ValueError("claims: give keywords or a seed post with at least one word of 3+ letters")
    share = 1.0 if keywords else CLAIM_MATCH
    candidates = np.flatnonzero(~prep.rebuttal)
    rows = candidates[_matches(prep, candidates, words, share) > 0]
    return Claim(claim_id, "user", words, rows, all_words=bool(keywords))


def assign_rebuttals(prep: Prepared, claims: list[Claim]) -> None:
    """Each rebuttal-marked post goes to the claim it matches best within the claim's time."""
    rebuttal_rows = np.flatnonzero(prep.rebuttal)
    if not claims or not len(rebuttal_rows):
        return
    scores = np.zeros((len(claims), len(rebuttal_rows)))
    for k, claim in enumerate(claims):
        if not len(claim.rows):
            continue
        in_time = (prep.seconds[rebuttal_rows] >= claim.first(prep)) & \
                  (prep.seconds[rebuttal_rows] <= claim.last(prep) + REBUTTAL_DAYS * 86400)
        rows = rebuttal_rows[in_time]
        share = 1.0 if claim.all_words else REBUTTAL_MATCH
        scores[k, np.flatnonzero(in_time)] = _matches(prep, rows, claim.words, share)
    best = scores.argmax(axis=0)
    found = scores.max(axis=0) > 0
    for k, claim in enumerate(claims):
        claim.rebuttals = rebuttal_rows[found & (best == k)]


def track_claims(prep: Prepared, bursts: list[np.ndarray], user: list[Claim] = ()) -> list[Claim]:
    """Automatic claims from the bursts (a post belongs to one claim: the earliest that takes it)."""
    taken = np.zeros(len(prep.seconds), dtype=bool)
    claims = []
    for burst in bursts:
        burst = burst[~taken[burst]]
        if not len(burst):
            continue
        claim = grow(prep, f"A{len(claims) + 1:03d}", burst, taken)
        taken[claim.rows] = True
        claims.append(claim)
    claims += list(user)
    assign_rebuttals(prep, claims)
    return claims
