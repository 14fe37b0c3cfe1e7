"""The hostility lexicons (data/lexicons/hostility/*.tsv) and the party names of the gazetteer, loaded once.

Every term goes through the same normalisation as post text, then `squeeze` (repeated letters as one),
so `connnnnard` and `connard` meet; long words are also indexed by `sound_key`, so phone spellings
(`konar`, `enkulé`) meet too. Short words (`con`, `conne`) never match by sound: `Koné` is a name.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import NamedTuple

from analysis import paths
from analysis.text import normalize
from analysis.gazetteer import GAZETTEER_DIR, read_csv

from analysis.hostility.spelling import sound_key, squeeze

LEXICON_DIR = paths.LEXICONS / "hostility"
LEXICON_FILES = ("insults.tsv", "groups.tsv", "cues.tsv", "threats.tsv", "hate.tsv")
PARTY_ALIASES = "party_aliases.csv"
MAX_PHRASE = 5
SOUND_MIN = 5                 # words at least this long also match by sound key
MEMO_LIMIT = 300_000           # typed words remembered with their lexicon spelling
TYPO_MIN = 6                  # ... and with one letter dropped or two neighbours swapped (musulmns, musluman)


def typos(word: str) -> set[str]:
    """The word with one letter dropped, or two neighbouring letters swapped."""
    dropped = {word[:i] + word[i + 1:] for i in range(len(word))}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    return (dropped | swapped) - {word}


class Entry(NamedTuple):
    kind: str                 # slur, insult, profanity, group, party, negation, counter, ...
    value: str                # target id, party acronym or the term itself
    strong: bool


class LexiconError(ValueError):
    """A lexicon file line that cannot be read (the message names file and line)."""


def read_tsv(name: str, columns: int) -> list[list[str]]:
    """Rows of one lexicon file, comments and blank lines skipped; a short row is an error naming the line."""
    path = LEXICON_DIR / name
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < columns or not cells[0].strip():
            raise LexiconError(f"{path}: line {number}: expected {columns} tab-separated columns, got {line!r}")
        rows.append([c.strip() for c in cells] + [""] * (5 - len(cells)))
    return rows


def words_of(term: str) -> tuple[str, ...]:
    """A term as the tuple of squeezed normalised words it must match."""
    return tuple(squeeze(w) for w in normalize(term).split())


class PhraseTable:
    """Word-sequence look-up: words (already squeezed) -> entries, longest phrase first."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], list[Entry]] = {}
        self.by_sound: dict[str, str] = {}
        self.by_typo: dict[str, str] = {}
        self.memo: dict[str, str] = {}
        self.tokens: tuple[dict, dict] = ({}, {})   # typed token -> its words (tokens.py), without / with camel case
        self.longest: dict[str, int] = {}      # first word -> words in its longest phrase, so scan skips the rest
        self.pairs: set[tuple[str, str]] = set()   # the first two words of the longer phrases
        self.singles: dict[str, list[Entry]] = {}  # one-word phrases by their word

    def add(self, term: str, entry: Entry, typo: bool = False) -> None:
        words = words_of(term)
        if not words:
            return
        self.phrases.setdefault(words, []).append(entry)
        if len(words) > 1:
            self.pairs.add(words[:2])
        else:
            self.singles[words[0]] = self.phrases[words]
        self.longest[words[0]] = min(MAX_PHRASE, max(len(words), self.longest.get(words[0], 0)))
        if len(words) == 1 and len(words[0]) >= SOUND_MIN:
            self.by_sound.setdefault(sound_key(words[0]), words[0])
        if typo and len(words) == 1 and len(words[0]) >= TYPO_MIN:
            for variant in typos(words[0]):
                self.by_typo.setdefault(variant, words[0])

    def canonical(self, word: str) -> str:
        """The lexicon spelling of a typed word (itself when no lexicon word sounds like it), memoised."""
        found = self.memo.get(word)
        if found is None:
            found = self._canonical(word)
            if len(self.memo) < MEMO_LIMIT:
                self.memo[word] = found
        return found

    def _canonical(self, word: str) -> str:
        word = squeeze(word)
        if (word,) in self.phrases or len(word) < SOUND_MIN:
            return word
        found = self.by_sound.get(sound_key(word))
        return found or (self.by_typo.get(word, word) if len(word) >= TYPO_MIN else word)

    def scan(self, words: list[str]) -> list[tuple[int, int, list[Entry]]]:
        """(start, end, entries) for every phrase found, longest first at each position, no overlaps."""
        phrases, longest, pairs, singles = self.phrases, self.longest, self.pairs, self.singles
        n, end, found = len(words), 0, []
        # most words start no phrase: the positions of those that do, picked in C
        for i in compress(range(n), map(longest.__contains__, words)):
            if i < end:                      # inside the phrase just found
                continue
            word = words[i]
            if i + 1 < n and (word, words[i + 1]) in pairs:       # a longer phrase may start here
                for size in range(min(longest[word], n - i), 0, -1):
                    entries = phrases.get(tuple(words[i:i + size]))
                    if entries:
                        found.append((i, i + size, entries))
                        end = i + size
                        break
            elif word in singles:            # no longer phrase starts with these two words
                found.append((i, i + 1, singles[word]))
                end = i + 1
        return found


class Lexicon(NamedTuple):
    table: PhraseTable            # insults, slurs, profanity, groups, parties, cues, hate predicates
    threats: dict[str, list[str]]  # kind -> terms (stems, frames, words, phrases, death wishes)
    vocabulary: frozenset[str]    # single lexicon words, for unmasking enc*lé


def _add_insults(table: PhraseTable) -> None:
    for term, kind, target, _lang, strength in read_tsv("insults.tsv", 5):
        strong = strength == "strong"
        table.add(term, Entry(kind, target, strong), typo=strong and kind != "profanity")


def _add_groups(table: PhraseTable) -> None:
    for term, target, *_ in read_tsv("groups.tsv", 2):
        table.add(term, Entry("group", target, False), typo=True)
    for row in read_csv(PARTY_ALIASES, ("alias", "acronym")):
        if not (row.get("rule") or "").strip():      # aliases that need a context rule (common words) stay out
            table.add(row["alias"], Entry("party", row["acronym"], False))


def _add_cues(table: PhraseTable) -> None:
    for kind, term, *_ in read_tsv("cues.tsv", 2) + read_tsv("hate.tsv", 2):
        table.add(term, Entry(kind, term, False))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon, read once per process."""
    table = PhraseTable()
    _add_insults(table)
    _add_groups(table)
    _add_cues(table)
    threats: dict[str, list[str]] = {}
    for kind, term, *_ in read_tsv("threats.tsv", 2):
        threats.setdefault(kind, []).append(term)
    vocabulary = frozenset(w[0] for w in table.phrases if len(w) == 1)
    return Lexicon(table, threats, vocabulary)


def data_hash(lexicon_dir=None) -> str:
    """A short hash of the lexicon files, the model weights, the gazetteer and this package's code."""
    lexicon_dir = lexicon_dir or LEXICON_DIR
    files = [lexicon_dir / name for name in LEXICON_FILES + ("model.npz",)] + [GAZETTEER_DIR / PARTY_ALIASES]
    files += sorted(Path(__file__).parent.glob("*.py"))
    digest = hashlib.blake2b(digest_size=6)
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def version() -> str:
    return "hostility-" + data_hash()
