"""The valence lexicon behind the tone score, merged from the files shipped in data/lexicons/.

Priority (a later source never overrides an earlier one):
  1. vigie_campaign_fr.tsv  hand-built Malian campaign vocabulary (fraude, mascarade, bravo, vive...)
  2. vigie_bambara.tsv      Bambara polarity words and phrases; also matched in every typed spelling
                            (analysis.sentiment.bambara.spelling_key), with Bambara negation
  3. vader_fr/fr_lexicon.tsv  the French VADER lexicon (valence -4..4)
  4. pattern_fr/fr-sentiment.tsv  Pattern French adjectives (polarity -1..1, rescaled)
Emojis: vigie_emoji.tsv first, then the French descriptions of vader_fr/emojis_fr.txt scored with the
words above (VADER's own method: an emoji means what its description says).
Words missing from every list are looked up by their Snowball French stem, so inflections people
type (fraudeurs, apaisées) still count.
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from analysis import paths
from analysis.sentiment import bambara
from analysis.sentiment.stems import StemIndex, stem
from analysis.text import fold

LEXICON_DIR = paths.LEXICONS
FILES = ("vigie_neutral_fr.txt", "vigie_campaign_fr.tsv", "vigie_bambara.tsv", "vader_fr/fr_lexicon.tsv",
         "pattern_fr/fr-sentiment.tsv", "vigie_emoji.tsv", "vader_fr/emojis_fr.txt")
PATTERN_SCALE = 2.5     # Pattern polarity -1..1 onto VADER's -4..4, a bit under 4: mostly mild adjectives
PATTERN_MIN = 0.2       # |polarity| below this is noise for short posts
STEM_MIN = 1.0          # stems only stand in for clearly polar words
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, float]            # lower-case word or phrase -> valence
    folded: dict[str, float]           # accent-free spelling -> valence (typed without accents)
    stems: dict[str, float]            # Snowball stem -> mean valence of its words
    emojis: dict[str, float]           # single emoji character -> valence
    emoticons: dict[str, float]        # ASCII emoticons, case kept (":D" is not ":d")
    phrase_heads: frozenset[str]       # first words of multi-word entries
    digest: str                        # hash of the files, part of the analyser version
    bambara: dict[str, float]          # Bambara entries by typed-spelling key (sentiment.bambara.spelling_key)
    stem_index: StemIndex              # which words may have one of `stems` (the others are not stemmed)


def _rows(name: str):
    with open(LEXICON_DIR / name, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        yield from reader


def _tsv_valences(name: str, column: int = 1) -> dict[str, float]:
    out: dict[str, float] = {}
    for row in list(_rows(name))[1:]:
        if len(row) > column and row[0].strip():
            out.setdefault(row[0].strip().lower(), float(row[column]))
    return out


def _pattern() -> dict[str, float]:
    out: dict[str, float] = {}
    for row in list(_rows("pattern_fr/fr-sentiment.tsv"))[1:]:
        polarity = float(row[2])
        if abs(polarity) >= PATTERN_MIN:
            out.setdefault(row[0].lower(), polarity * PATTERN_SCALE)
    return out


def _neutral() -> dict[str, float]:
    with open(LEXICON_DIR / "vigie_neutral_fr.txt", encoding="utf-8") as handle:
        return {w.strip().lower(): 0.0 for w in handle if w.strip() and not w.startswith("#")}


def _merge(*sources: dict[str, float]) -> dict[str, float]:
    words: dict[str, float] = {}
    for source in sources:
        for key, value in source.items():
            words.setdefault(key, value)
    return words


def _stems(words: dict[str, float]) -> dict[str, float]:
    groups: dict[str, list[float]] = {}
    for word, value in words.items():
        if value and " " not in word and len(word) > 3 and word.isalpha():
            groups.setdefault(stem(word), []).append(value)
    means = {stem: sum(vals) / len(vals) for stem, vals in groups.items() if len(stem) > 3}
    return {stem: mean for stem, mean in means.items() if abs(mean) >= STEM_MIN}


def _emojis(words: dict[str, float], folded: dict[str, float]) -> dict[str, float]:
    """Hand-set emoji valences, then each described emoji scored by the words of its description."""
    out = {row[0].strip(): float(row[1]) for row in list(_rows("vigie_emoji.tsv"))[1:] if len(row) > 1}
    for row in _rows("vader_fr/emojis_fr.txt"):
        if len(row) < 2 or len(row[0]) != 1 or row[0] in out:
            continue
        hits = [words.get(w, folded.get(fold(w), 0.0)) for w in _WORD.findall(row[1].lower())]
        total = sum(hits)
        if total:
            out[row[0]] = max(-3.0, min(3.0, total))
    return out


def _emoticons() -> dict[str, float]:
    out = {}
    for row in list(_rows("vader_fr/fr_lexicon.tsv"))[1:]:
        if len(row) > 1 and re.search(r"[^\w\s'’-]", row[0]):
            out[row[0].strip()] = float(row[1])
    return out


def _digest() -> str:
    h = hashlib.sha256()
    for name in FILES:
        h.update((LEXICON_DIR / name).read_bytes())
    return h.hexdigest()[:10]


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The merged lexicon, built once per process (about a quarter of a second)."""
    words = _merge(_neutral(), _tsv_valences("vigie_campaign_fr.tsv"), _tsv_valences("vigie_bambara.tsv"),
                   _tsv_valences("vader_fr/fr_lexicon.tsv"), _pattern())
    folded: dict[str, float] = {}
    for word, value in words.items():
        folded.setdefault(fold(word), value)
    for word in list(folded):
        if fold(word) in words and words[fold(word)] == 0.0:
            folded[word] = 0.0       # "sur" stays "sur", never "sûr"
    bambara_valences = _tsv_valences("vigie_bambara.tsv")
    heads = frozenset(w.split(" ")[0] for w in [*words, *bambara.keyed(bambara_valences)] if " " in w)
    stems = _stems(words)
    return Lexicon(words, folded, stems, _emojis(words, folded), _emoticons(), heads, _digest(),
                   bambara.keyed(bambara_valences), StemIndex(stems))


NLTK_DATA = paths.NLTK
NLTK_LEXICON = "sentiment/vigie_fr_lexicon.txt"


def nltk_lexicon_text() -> str:
    """The merged word lexicon in the `word<TAB>valence` format NLTK's VADER reads (reference tests)."""
    lex = load()
    return "\n".join(f"{w}\t{v:g}" for w, v in sorted(lex.words.items()) if v)   # NLTK splits on \n: no final one


def write_nltk_lexicon() -> Path:
    """Refresh data/nltk_data/sentiment/vigie_fr_lexicon.txt after a lexicon edit."""
    path = NLTK_DATA / NLTK_LEXICON
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nltk_lexicon_text(), encoding="utf-8")
    return path
