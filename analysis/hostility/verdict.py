"""From the hits of one post to its verdict by rule and the rule features the model learns from."""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

import numpy as np

from analysis.hostility.rules import Hit, Sentence, analyse, group_positions

DENSE = ("insult", "hate", "threat", "negated", "mentioned", "suppressed", "counter", "report", "mention",
         "quoted", "insult_words", "profanity", "vulgar", "second_person", "rule_hostile")
# No surface features (length, capitals, ! and ?): across the development sets they told the data set
# (short forum posts, long tweets) more than the hostility, and the rotations scored better without them.
SECOND_PERSON = frozenset("tu t te toi ton ta tes vous vos votre i".split())
# What a post carries besides its words: links, forum smiley codes (":rire:"), a retweet mark. The
# development sets differ in these (links in one, smileys in another), so a model that saw them would
# learn the data set rather than the hostility.
_CARRIERS = re.compile(r"https?://\S+|www\.\S+|(?<![\w:]):[a-z_-]{2,}:(?![\w:])|^\s*rt\b", re.IGNORECASE)
PLACEHOLDERS = frozenset({"user", "url"})    # what the development sets put in place of handles and links
KIND_ORDER = ("insult", "hate", "threat")


class RuleResult(NamedTuple):
    hostile: bool               # an active hit: neither negated nor reported
    suppressed: bool            # hits, all negated or reported (counter-speech, quotes, news)
    kinds: tuple
    targets: tuple              # targets named in the sentences with an active hit
    mentioned: tuple            # every group or party named in the post
    dense: np.ndarray           # the DENSE features
    tokens: list                # the canonical words without group names, for the model's n-grams

    @property
    def words(self) -> str:
        return " ".join(self.tokens)


def _cue_counts(parsed: list[Sentence]) -> Counter:
    """How many scanned entries of each kind the post has, all sentences together."""
    return Counter(entry.kind for s in parsed for _s, _e, entries in s.spans for entry in entries)


def _targets(parsed: list[Sentence], hits: list[list[Hit]]) -> tuple:
    found = set()
    for sentence, sentence_hits in zip(parsed, hits):
        active = [h for h in sentence_hits if not (h.negated or h.mentioned)]
        if active:
            found.update(t for h in active for t in h.targets)
            found.update(target for _s, _e, _k, target in group_positions(sentence))
    return tuple(sorted(found))


CUES = ("insult", "hate", "threat", "negated", "mentioned", "insult_words", "profanity", "vulgar")
_CUE_INDEX = [DENSE.index(k) for k in CUES]
_PROFANITY = DENSE.index("profanity")
_INSULT_WORDS, _VULGAR = DENSE.index("insult_words"), DENSE.index("vulgar")


def has_cue(result: "RuleResult") -> bool:
    """Whether the lexicons found anything hostile-looking (even negated or reported) in the post."""
    return bool(result.dense[_CUE_INDEX].any())


def has_loose_cue(result: "RuleResult") -> bool:
    """Whether an insult, a slur or a crude word stands in the post, even one the rules did not see aimed
    at anyone (crude sexual words are a strong sign of toxicity in general posts, not a verdict alone)."""
    dense = result.dense
    return bool(dense[_INSULT_WORDS] or dense[_VULGAR])      # two scalar reads: fancy indexing costs more


def has_profanity(result: "RuleResult") -> bool:
    """Whether the post swears ("putain", "merde"), aimed or not."""
    return bool(result.dense[_PROFANITY])


def masked_words(sentence: Sentence) -> list[str]:
    """The words without group and party names: the development sets name groups almost only in hostile
    posts, so the model would learn that naming a group is hostile; what is said of a group is the rules' job."""
    words = list(sentence.words)
    for start, end, _kind, _target in reversed(group_positions(sentence)):
        words[start:end] = []
    return words


def without_carriers(text: str) -> str:
    """The text without links, smiley codes and retweet marks."""
    maybe = "http" in text or "www." in text or text.count(":") > 1 or text.lstrip()[:2].lower() == "rt"
    return _CARRIERS.sub(" ", text) if maybe else text


_QUOTED, _SECOND_PERSON = DENSE.index("quoted"), DENSE.index("second_person")
_COUNTER, _REPORT, _MENTION = DENSE.index("counter"), DENSE.index("report"), DENSE.index("mention")


_CUE_KINDS = frozenset({"counter", "report", "mention", "insult", "slur", "profanity", "vulgar"})


def _hitless_result(parsed: list[Sentence]) -> RuleResult:
    """The result of a post without any hit (most posts), what the full pass gives it without the passes
    over hits that are all empty: its cues, the groups it names and its words."""
    words = parsed[0].words if len(parsed) == 1 else [w for s in parsed for w in s.words]
    dense = np.zeros(len(DENSE), dtype=np.float32)
    if words:
        if any(True in s.quoted for s in parsed):
            dense[_QUOTED] = sum(q for s in parsed for q in s.quoted) / len(words)
        if not SECOND_PERSON.isdisjoint(words):
            dense[_SECOND_PERSON] = sum(map(SECOND_PERSON.__contains__, words))
    if any(not _CUE_KINDS.isdisjoint(s.kinds) for s in parsed):
        cues = _cue_counts(parsed)
        for index, value in ((_COUNTER, cues["counter"]), (_REPORT, cues["report"]), (_MENTION, cues["mention"]),
                             (_INSULT_WORDS, cues["insult"] + cues["slur"]), (_PROFANITY, cues["profanity"]),
                             (_VULGAR, cues["vulgar"])):
            dense[index] = value
    if any(s.groups for s in parsed):
        named = tuple(sorted({g[3] for s in parsed for g in s.groups}))
        words = [w for s in parsed for w in (masked_words(s) if s.groups else s.words)]
    else:
        named = ()
    masked = words if PLACEHOLDERS.isdisjoint(words) else [w for w in words if w not in PLACEHOLDERS]
    return RuleResult(False, False, (), (), named, dense, masked)


def summarise(text: str) -> RuleResult:
    text = without_carriers(text) if isinstance(text, str) else ""
    parsed, hits = analyse(text)
    return _full_result(parsed, hits) if any(hits) else _hitless_result(parsed)


def _full_result(parsed: list[Sentence], hits: list[list[Hit]]) -> RuleResult:
    flat = [h for sentence_hits in hits for h in sentence_hits]
    active = [h for h in flat if not (h.negated or h.mentioned)]
    cues = _cue_counts(parsed)
    counter, report = cues["counter"], cues["report"]
    suppressed = not active and any(h.negated or (h.mentioned and (counter or report)) for h in flat)
    words = [w for s in parsed for w in s.words]
    groups = [g for s in parsed for g in group_positions(s)]
    masked = [w for s in parsed for w in masked_words(s) if w not in PLACEHOLDERS]
    dense = [sum(h.kind == k for h in active) for k in KIND_ORDER] + [
        sum(h.negated for h in flat), sum(h.mentioned for h in flat), float(suppressed), counter, report,
        cues["mention"], sum(q for s in parsed for q in s.quoted) / max(1, len(words)),
        cues["insult"] + cues["slur"], cues["profanity"], cues["vulgar"],
        sum(w in SECOND_PERSON for w in words), float(bool(active))]
    kinds = tuple(k for k in KIND_ORDER if any(h.kind == k for h in active))
    named = tuple(sorted({g[3] for g in groups}))
    return RuleResult(bool(active), suppressed, kinds, _targets(parsed, hits), named,
                      np.asarray(dense, dtype=np.float32), masked)
