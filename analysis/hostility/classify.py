"""Rules and model together, post by post.

An active rule hit (an insult, slur, group hate or threat neither negated nor reported) makes a post
hostile. Hits that are all negated, quoted or reported (counter-speech, news) make it not hostile unless
the model is very sure. Without any hit the model decides, with a lower threshold when an insult word
or a crude word stands in the post without being clearly aimed ("ces minables", "nuls") than otherwise.
The kind and targets come from the rules; a post the model alone calls hostile gets "hate" when it names
a protected group, else "insult".
"""
from __future__ import annotations

import numpy as np

from analysis.hostility import model
from analysis.hostility.rules import PROTECTED
from analysis.hostility.verdict import RuleResult, has_loose_cue, has_profanity, summarise

THRESHOLD = 0.5                 # P(hostile) above which a post without any lexicon cue is hostile
CUE_THRESHOLD = 0.3             # the same for a post with an insult or crude word the rules did not see aimed
NAMED_THRESHOLD = 0.55          # the same for a post naming a group or party, or swearing, with no insult word:
                                # the development sets name groups (and swear) almost only in hostile posts
SUPPRESSED_THRESHOLD = 0.9      # the same for a post whose hits are all negated or reported
RULE_FLOOR = 0.75               # score of a post hostile by rule (for sampling and uncertainty)


def _decide(result: RuleResult, probability: float) -> tuple[bool, float]:
    if result.hostile:
        return True, max(probability, RULE_FLOOR)
    if result.suppressed:
        return probability >= SUPPRESSED_THRESHOLD, min(probability, THRESHOLD - 0.01)
    return probability >= _threshold(result), probability


def _threshold(result: RuleResult) -> float:
    if has_loose_cue(result):
        return CUE_THRESHOLD
    return NAMED_THRESHOLD if result.mentioned or has_profanity(result) else THRESHOLD


def _kinds_and_targets(result: RuleResult) -> tuple[tuple, tuple]:
    if result.hostile:
        return result.kinds, result.targets
    protected = any(t in PROTECTED for t in result.mentioned)
    return ("hate",) if protected else ("insult",), result.mentioned


def judge(texts) -> tuple[list[RuleResult], np.ndarray, np.ndarray]:
    """(rule results, hostile flags, scores) for a list of texts."""
    known: dict = {}            # a text repeated in the batch (shares, copies) is summed up once
    results = [known[t] if t in known else known.setdefault(t, summarise(t)) for t in texts]
    return (results,) + decide(results, model.probability(results))


def decide(results: list[RuleResult], probabilities) -> tuple[np.ndarray, np.ndarray]:
    """(hostile flags, scores) from rule results and the learned layer's P(hostile)."""
    decided = [_decide(r, float(p)) for r, p in zip(results, probabilities)]
    flags = np.array([d[0] for d in decided], dtype=bool)
    return flags, np.array([d[1] for d in decided], dtype=float)


def columns(texts) -> dict[str, list]:
    """The three annotation columns for a list of texts."""
    results, flags, _scores = judge(texts)
    out = {"hostility": [], "hostility_kind": [], "hostility_target": []}
    for result, hostile in zip(results, flags):
        kinds, targets = _kinds_and_targets(result) if hostile else ((), ())
        out["hostility"].append("hostile" if hostile else "not_hostile")
        out["hostility_kind"].append(kinds)
        out["hostility_target"].append(targets)
    return out
