"""Claims: rumours and their rebuttals.

`markers` flags rumour markers ("on dit que", "partagez avant que ça soit supprimé", "urgent", fraud,
security and health words) and rebuttal markers (fact-check, denial by the CENI or the government, "faux",
"intox", "fake", "démenti"); `words` reduces a text to its content words; `corpus` prepares the posts once
(normalised with coordination.normalise); `propose` finds candidate claims, bursts of near-identical or
reworded marked posts (MinHash and LSH from coordination.minhash on content words); `track` grows each claim
with the plain posts saying the same thing and gives it its rebuttals; `table` describes the claims
(first seen, platforms, regions, the cascade, accounts); `scoring` compares found claims to a ground truth.

Offers: find_claims(posts, user=()) -> ClaimsResult (assignments: post_id, claim_id, role; claims: one row
per claim; listed: claim_id, origin, keywords); summarise(posts, assignments, listed) for stored claims;
UserClaim(keywords=..., seed_text=...); best_matches(found, truth); ASSIGNMENT_COLUMNS, CLAIM_COLUMNS, LIST_COLUMNS.
A claim is a pattern of posts, not a verdict: the posts have to be read, and checked, before anything is said.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.claims.corpus import prepare
from analysis.claims.propose import propose
from analysis.claims.scoring import best_matches
from analysis.claims.table import ASSIGNMENT_COLUMNS, CLAIM_COLUMNS, LIST_COLUMNS, assignments, claim_list, describe
from analysis.claims.track import track_claims, user_claim


@dataclass(frozen=True)
class UserClaim:
    """A claim defined by hand: keywords (every word must be present) or a seed post (most of its words)."""
    keywords: str = ""
    seed_text: str = ""


@dataclass
class ClaimsResult:
    assignments: pd.DataFrame     # post_id, claim_id, role (claim or rebuttal)
    claims: pd.DataFrame          # one row per claim (CLAIM_COLUMNS)
    listed: pd.DataFrame          # claim_id, origin, keywords (what the store keeps beside the assignments)


def find_claims(posts: pd.DataFrame, user: tuple[UserClaim, ...] = (), threshold: float = 0.5,
                min_posts: int = 6, min_accounts: int = 4) -> ClaimsResult:
    """Candidate claims found in the posts, then the user's own, each with its posts and rebuttals."""
    prep = prepare(posts)
    bursts = propose(prep, threshold=threshold, min_posts=min_posts, min_accounts=min_accounts)
    defined = [user_claim(prep, f"U{k + 1:03d}", u.keywords, u.seed_text) for k, u in enumerate(user)]
    claims = track_claims(prep, bursts, defined)
    found, listed = assignments(prep, claims), claim_list(claims)
    return ClaimsResult(found, describe(prep.posts, found, listed), listed)


def summarise(posts: pd.DataFrame, found: pd.DataFrame, listed: pd.DataFrame) -> ClaimsResult:
    """Claims stored earlier (assignments and list) described again from the posts."""
    return ClaimsResult(found, describe(posts, found, listed), listed)


__all__ = ["ASSIGNMENT_COLUMNS", "CLAIM_COLUMNS", "LIST_COLUMNS", "ClaimsResult", "UserClaim", "best_matches",
           "find_claims", "summarise"]
