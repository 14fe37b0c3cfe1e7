"""Rules over one post: insults and slurs, group hate, threats, and the contexts that undo them.

A post is split into sentences; each sentence into words (spellings undone, see spelling.py), each
word marked when it stands inside quotation marks. A hit (insult, slur, hate, threat) is
- negated when a negation stands just before it ("je ne déteste pas les Peuls", "il ne faut pas
  les chasser"), except where the negation is the hate ("les Peuls ne sont pas des êtres humains");
- mentioned when it is quoted or follows words that report speech ("dire que", "ceux qui",
  "la haine contre les"); a mentioned hit in a post that condemns ("c'est du racisme",
  "inacceptable") or reports ("selon", "a été arrêté") is counter-speech or news, not hostility.
Threats need a frame (future, obligation, wish, imperative), so reports of past violence
("des hommes armés ont incendié ...") are not threats.
"""
from __future__ import annotations

from typing import NamedTuple

from analysis.text import sentences

from analysis.hostility.lexicon import Lexicon, load
from analysis.hostility.threats import find_threats, possible as threat_possible
from analysis.hostility.tokens import typed_words

PROTECTED = frozenset({"ethnic_group", "religious_group", "women", "lgbt", "migrants", "disabled"})
AIM = frozenset("espece bande sale sales gros grosse pauvre quel quelle quels quelles ye sombre es etes t tu "
                "vous sont ces bandes".split())
DEROGATORY_BEFORE = frozenset({("putain", "de"), ("putains", "de"), ("bande", "de"), ("bande", "d"),
                               ("espece", "de"), ("espece", "d"), ("ces", "sales")})
OBJECT_PRONOUNS = frozenset({"les", "vous"})
SUBJECT_PRONOUNS = frozenset({"ils", "elles"})
RESTRICTIVE = frozenset({"que", "qu"})
PROFANE_BEFORE = frozenset({"bordel", "putain", "ptn", "oh", "ah"})
NEGATION, MENTION, GROUPS, INSULTS, COPULA = (frozenset({"negation"}), frozenset({"mention"}), frozenset({"group", "party"}),
                                              frozenset({"insult", "slur", "literal"}), frozenset({"copula"}))
PREDICATES = frozenset({"predicate", "insult", "slur", "literal", "humanity"})
PREDICATE = frozenset({"predicate"})
HATRED, PRONOUN_CUES = frozenset({"emotion", "exclusion"}), frozenset({"emotion", "copula"})


class Hit(NamedTuple):
    kind: str              # insult, hate, threat
    position: int          # word index in its sentence
    targets: tuple         # target ids named by the hit itself (a slur's group)
    negated: bool
    mentioned: bool


class Sentence(NamedTuple):
    words: list            # canonical words
    quoted: list           # bool per word
    spans: list            # (start, end, entries) from the lexicon scan
    kinds: frozenset       # the kinds of all those entries, so that asking for an absent kind costs nothing
    groups: tuple          # (start, end, kind, target) of its group and party names, asked for by most rules


def split_words(sentence: str, lex: Lexicon) -> tuple[list[str], list[bool]]:
    """Canonical words of one sentence and whether each stands inside quotation marks."""
    typed = typed_words(sentence, lex)
    if None not in typed:                          # the usual case: nothing quoted
        return typed, [False] * len(typed)
    words, quoted, inside = [], [], False
    for word in typed:
        if word is None:
            inside = not inside
            continue
        words.append(word)
        quoted.append(inside)
    return words, quoted


def parse(text: str, lex: Lexicon) -> list[Sentence]:
    out = []
    for sentence in sentences(text if isinstance(text, str) else ""):
        words, quoted = split_words(sentence, lex)
        if words:
            spans = lex.table.scan(words)
            kinds = frozenset(e.kind for _s, _e, found in spans for e in found)
            groups = () if kinds.isdisjoint(GROUPS) else tuple(
                (s, e, entry.kind, entry.value) for s, e, entries in spans for entry in entries if entry.kind in GROUPS)
            out.append(Sentence(words, quoted, spans, kinds, groups))
    return out


def kinds_at(sentence: Sentence, wanted: frozenset) -> list[tuple[int, int, object]]:
    """(start, end, entry) of the scanned entries whose kind is wanted."""
    if wanted.isdisjoint(sentence.kinds):
        return []
    return [(s, e, entry) for s, e, entries in sentence.spans for entry in entries if entry.kind in wanted]


def is_negated(sentence: Sentence, start: int, window: int = 3) -> bool:
    """A negation among the `window` words before `start`, not restrictive ("ce n'est qu'un ...")."""
    before = range(max(0, start - window), start)
    negations = {s for s, _e, _x in kinds_at(sentence, NEGATION)}
    if not negations.intersection(before):
        return False
    return not RESTRICTIVE.intersection(sentence.words[max(0, start - window):start])


def mention_start(sentence: Sentence) -> int:
    """Index from which the sentence reports someone else's words (len(words) when it does not)."""
    starts = [e for _s, e, _x in kinds_at(sentence, MENTION)]
    return min(starts) if starts else len(sentence.words)


def is_mentioned(sentence: Sentence, position: int) -> bool:
    return sentence.quoted[position] or position >= mention_start(sentence)


def group_positions(sentence: Sentence) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, kind, target) of group and party names in the sentence."""
    return sentence.groups


def _aimed(sentence: Sentence, start: int, end: int) -> bool:
    """A weak insult counts when aimed: "espèce de", "t'es", "sont des", or next to a group name."""
    if AIM.intersection(sentence.words[max(0, start - 3):start]):
        return True
    return any(s - 3 <= end and e >= start - 3 for s, e, _k, _t in group_positions(sentence))


def insult_hits(sentence: Sentence) -> list[Hit]:
    hits = []
    for start, end, entry in kinds_at(sentence, INSULTS):
        if not (entry.strong or _aimed(sentence, start, end)):
            continue
        if sentence.words[start:end] == ["de", "merde"] and start and sentence.words[start - 1] in PROFANE_BEFORE:
            continue
        kind = "hate" if entry.kind == "slur" else "insult"
        targets = (entry.value,) if entry.value else ()
        hits.append(Hit(kind, start, targets, is_negated(sentence, start), is_mentioned(sentence, start)))
    return hits


def _kind_for(target: str) -> str:
    return "hate" if target in PROTECTED else "insult"


def _predicate_after(sentence: Sentence, copula_end: int) -> tuple[int, bool] | None:
    """(position, is_humanity) of the first predicate, insult or humanity word within 5 words of a copula."""
    for s, _e, entry in kinds_at(sentence, PREDICATES):
        if copula_end <= s <= copula_end + 5:
            return s, entry.kind == "humanity"
    return None


def _said_of_group(sentence: Sentence, g_end: int) -> tuple[int, bool] | None:
    """(position, negated) of a derogatory predicate said of the group ending at g_end."""
    for s, e, _entry in kinds_at(sentence, COPULA):
        if g_end <= s <= g_end + 4:
            found = _predicate_after(sentence, e)
            if found is None:
                return None
            position, humanity = found
            negated = bool(set(range(g_end, position)) & {x for x, _y, _z in kinds_at(sentence, NEGATION)})
            if humanity:
                return (position, False) if negated else None
            return position, negated
    return None


def _negation_in(sentence: Sentence, start: int, end: int) -> bool:
    return any(start <= s < end for s, _e, _x in kinds_at(sentence, NEGATION))


def _hated_group(sentence: Sentence, g_start: int, g_end: int) -> tuple[int, bool] | None:
    """(position, negated) when hatred, exclusion or a derogatory predicate is aimed at the group."""
    for s, e, entry in kinds_at(sentence, HATRED):
        before = g_start - (4 if entry.kind == "emotion" else 3) <= e <= g_start
        after = g_end <= s <= g_end + (4 if entry.kind == "emotion" else 6)
        if before:
            return s, is_negated(sentence, s) or _negation_in(sentence, e, g_start)
        if after:
            return s, _negation_in(sentence, max(0, s - 2), s) and not sentence.words[s - 1:s] == ["que"]
    if _derogatory_before(sentence, g_start):
        return g_start - 1, False
    return _said_of_group(sentence, g_end) or _apposition(sentence, g_end)


def _apposition(sentence: Sentence, g_end: int) -> tuple[int, bool] | None:
    """A derogatory noun phrase set right after the group ("Honte au RPM, des voleurs ...")."""
    for s, _e, entry in kinds_at(sentence, PREDICATE):
        if s == g_end and entry.value.startswith("des "):
            return s, False
    return None


def group_hits(sentence: Sentence) -> list[Hit]:
    hits = []
    for g_start, g_end, _kind, target in group_positions(sentence):
        found = _hated_group(sentence, g_start, g_end)
        if found:
            position, negated = found
            hits.append(Hit(_kind_for(target), position, (target,), negated, is_mentioned(sentence, g_start)))
    return hits


def pronoun_hits(sentence: Sentence, post_targets: tuple) -> list[Hit]:
    """Hatred or a derogatory predicate aimed at a pronoun ("je les déteste", "ils sont tous des rats")
    in a post that names a group: the pronoun stands for it."""
    if not post_targets:
        return []
    hits = []
    for s, e, entry in kinds_at(sentence, PRONOUN_CUES):
        before = sentence.words[max(0, s - 1):s]
        if entry.kind == "emotion" and before and before[0] in OBJECT_PRONOUNS:
            hits.append((s, is_negated(sentence, s - 1)))
        elif entry.kind == "copula" and before and before[0] in SUBJECT_PRONOUNS:
            said = _said_of_group(sentence, s)
            if said:
                hits.append(said)
    kind = "hate" if any(t in PROTECTED for t in post_targets) else "insult"
    return [Hit(kind, p, post_targets, negated, is_mentioned(sentence, p)) for p, negated in hits]


def threat_hits(sentence: Sentence, lex: Lexicon) -> list[Hit]:
    negations = {s for s, _e, _x in kinds_at(sentence, NEGATION)}
    return [Hit("threat", position, (), negated, is_mentioned(sentence, position))
            for position, negated in find_threats(sentence.words, lex.threats, negations)]


GROUP_CUES = HATRED | COPULA | PREDICATE      # kinds without which a named group draws no hit


def _derogatory_before(sentence: Sentence, g_start: int) -> bool:
    """"sale(s) Peuls", "bande de ...": what _hated_group takes as hate without any lexicon cue."""
    words = sentence.words
    return bool(g_start) and (words[g_start - 1] in ("sale", "sales")
                              or tuple(words[max(0, g_start - 2):g_start]) in DEROGATORY_BEFORE)


def _nothing_to_hit(sentence: Sentence, threats: dict, named: tuple) -> bool:
    """Whether no hit can come out of the sentence: no insult or slur, no group name with a cue or a
    derogatory word that group_hits could take, no threat trigger, and no hatred or copula that a
    pronoun could carry (pronoun_hits needs a group named in the post)."""
    kinds = sentence.kinds
    if not kinds.isdisjoint(INSULTS):
        return False
    if sentence.groups and (not kinds.isdisjoint(GROUP_CUES)
                            or any(_derogatory_before(sentence, g[0]) for g in sentence.groups)):
        return False
    if named and not kinds.isdisjoint(PRONOUN_CUES):
        return False
    return not threat_possible(sentence.words, threats)        # the dearest test last


def analyse(text: str) -> tuple[list[Sentence], list[list[Hit]]]:
    """The parsed sentences of a post and the hits of each."""
    lex = load()
    parsed = parse(text, lex)
    named = tuple(sorted({g[3] for s in parsed for g in s.groups}))
    hits = []
    for sentence in parsed:
        if _nothing_to_hit(sentence, lex.threats, named):   # most sentences
            hits.append([])
            continue
        found = insult_hits(sentence) + group_hits(sentence) + threat_hits(sentence, lex)
        hits.append(found or pronoun_hits(sentence, named))
    return parsed, hits
