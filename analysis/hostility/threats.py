"""Threats and calls to violence: a violent verb inside a frame of future, obligation, wish or command.

"il faut les brûler", "on va les chasser", "je vais te tuer", "qu'on les pende", "tuez-les",
"ils doivent être exterminés", "mort aux ...", Bambara "an bɛ u faga". Between the frame and the verb
only small words may stand (pronouns, negations, "tous", "être"), so "on va marquer un but" is no threat.
"""
from __future__ import annotations

from functools import lru_cache

from analysis.hostility.spelling import squeeze

ENDINGS = ("", "e", "er", "ez", "es", "ent", "ons", "ai", "ais", "ait", "era", "erai", "eras", "erons", "eront",
           "erez", "erais", "erait", "eraient", "erions", "ant", "ee", "ees", "i", "is", "it", "u", "us", "ue", "ues", "re", "r", "ir", "irent", "issent")
GAP = frozenset("les le la l lui leur leurs vous vs te t se s nous y en tous toutes tout u aw i a ne n pas jamais plus "
                "etre ete bien vite direct ces ce cette faire me m".split())
NO_IMPERATIVE_BEFORE = frozenset({"vous", "nous", "si", "que", "qu", "ils", "on"})
OBJECTS = frozenset("te t vous vs les le la l".split())
FUTURE = ("era", "erai", "erais", "erait", "eraient", "erons", "eront")
MAX_GAP = 4


@lru_cache(maxsize=4)
def _compiled(stems: tuple, words: tuple, frames: tuple, phrases: tuple, deaths: tuple):
    verb_forms = {squeeze(stem + ending) for stem in stems for ending in ENDINGS if ending or len(stem) > 3}
    verb_forms |= set(words)
    frame_seqs = {tuple(f.split()) for f in frames}
    phrase_seqs = {}
    for phrase in phrases:
        head, rest = phrase.split("|")
        for ending in ENDINGS:
            phrase_seqs[(squeeze(head + ending),) + tuple(squeeze(w) for w in rest.split())] = True
    imperatives = {squeeze(stem + ending) for stem in stems for ending in ("ez", "ons")}
    death_seqs: dict[str, list[tuple]] = {}      # by first word, so each word costs one look-up
    for death in deaths:
        words = tuple(squeeze(w) for w in death.split())
        death_seqs.setdefault(words[0], []).append(words)
    triggers = frozenset(verb_forms) | {seq[0] for seq in phrase_seqs} | set(death_seqs)
    spelt: dict[str, list[str]] = {}     # first word -> its phrases and death wishes as " w1 w2 ... " strings
    for seq in list(phrase_seqs) + [d for seqs in death_seqs.values() for d in seqs]:
        spelt.setdefault(seq[0], []).append(" " + " ".join(seq) + " ")
    return verb_forms, frame_seqs, set(phrase_seqs), imperatives, death_seqs, triggers, spelt


_BY_LEXICON: dict[int, tuple] = {}       # id of a threats dict -> (the dict, kept alive so the id stays its own; compiled)


def _compiled_for(threats: dict) -> tuple:
    """The compiled forms of a threats dict, built once per dict rather than once per sentence."""
    known = _BY_LEXICON.get(id(threats))
    if known is None or known[0] is not threats:
        known = (threats, _compiled(
            tuple(threats.get("stem", ())), tuple(threats.get("word", ())), tuple(threats.get("frame", ())),
            tuple(threats.get("phrase", ())), tuple(threats.get("death", ()))))
        _BY_LEXICON.clear()
        _BY_LEXICON[id(threats)] = known
    return known[1]


def possible(words: list[str], threats: dict) -> bool:
    """Whether a violent verb, a violent phrase or a death wish stands in the words, without which
    find_threats finds nothing."""
    verbs, _f, _p, _i, _d, triggers, spelt = _compiled_for(threats)
    if triggers.isdisjoint(words):
        return False
    return not verbs.isdisjoint(words) or _has_sequence(words, spelt)


def _frame_before(words: list[str], position: int, frames: set) -> int | None:
    """Start of the frame ending just before `position`, skipping at most MAX_GAP small words."""
    end = position
    for _ in range(MAX_GAP + 1):
        for size in (3, 2, 1):
            if end - size >= 0 and tuple(words[end - size:end]) in frames:
                return end - size
        if end == 0 or words[end - 1] not in GAP:
            return None
        end -= 1
    return None


def _has_sequence(words: list[str], spelt: dict) -> bool:
    """Whether one of the phrases or death wishes stands in the words (common heads, "a", "au", "il",
    mostly start none): one substring search each, words being space-free."""
    heads = spelt.keys() & set(words)
    if not heads:
        return False
    line = " " + " ".join(words) + " "
    return any(seq in line for head in heads for seq in spelt[head])


def _verb_at(words: list[str], i: int, verbs: set, phrases: set) -> bool:
    if words[i] in verbs:
        return True
    return any(tuple(words[i:i + n]) in phrases for n in (2, 3, 4))


def find_threats(words: list[str], threats: dict, negations: set) -> list[tuple[int, bool]]:
    """(position, negated) of every threat or call to violence in one sentence's words."""
    verbs, frames, phrases, imperatives, deaths, triggers, _spelt = _compiled_for(threats)
    if not possible(words, threats):          # no verb, phrase or death wish: nothing to frame
        return []
    found = []
    for i, word in enumerate(words):
        if word not in triggers:
            continue
        if any(tuple(words[i:i + len(d)]) == d for d in deaths.get(word, ())):
            found.append((i, bool(negations & set(range(max(0, i - 3), i)))))
            continue
        if not _verb_at(words, i, verbs, phrases):
            continue
        start = _frame_before(words, i, frames)
        if start is not None:
            found.append((i, bool(negations & set(range(max(0, start - 3), i)))))
        elif word in imperatives and (i == 0 or words[i - 1] not in NO_IMPERATIVE_BEFORE) \
                and words[i + 1:i + 2] != ["moi"]:                           # "frappez-moi si j'ai tort"
            found.append((i, bool(negations & set(range(max(0, i - 2), i)))))
        elif word.endswith(FUTURE) and i and words[i - 1] in OBJECTS:      # "je te tuerai", "je les buterais"
            found.append((i, bool(negations & set(range(max(0, i - 3), i)))))
    return found
