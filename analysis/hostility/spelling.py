"""The spellings people type, brought back to dictionary words before matching.

Leet digits inside words (c0nnard, n3gre), masked letters (enc*lé), letters split by dots or spaces
(b.o.u.g.n.o.u.l.e, c o n n a r d), letter repetitions (connnnnard) and phone spellings (konar,
egorjer) are undone here; accent folding itself is the shared `normalize`.
"""
from __future__ import annotations

import re

from analysis.text import normalize

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "€": "e"})
_LEET_RUN = re.compile(r"(?<=[^\W\d_])[0134579@$€]+(?=[^\W\d_])")
_DOTTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_][.\-_·]){2,}[^\W\d_]?(?![^\W\d_])")
_SPACED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_] ){3,}[^\W\d_](?![^\W\d_])")
_MASKED = re.compile(r"[^\W\d_]+\*+[^\W\d_]*")
_REPEAT = re.compile(r"(.)\1+")
_FINAL_SILENT = re.compile(r"[dstx]+$")
# Cheap necessary conditions (plain character or literal searches) so that the slower patterns above,
# which test a look-behind at every position, only run on the texts they can change
_LEET_CHARS = "0134579@$€"
_DOT_CHARS = ".-_·"
_LEET_CHAR, _DOT_CHAR = re.compile("[" + re.escape(_LEET_CHARS) + "]"), re.compile("[" + re.escape(_DOT_CHARS) + "]")
SPACED_HINT = re.compile(r" [^\W\d_] [^\W\d_] ")     # the 2nd and 3rd letters of any _SPACED match


def squeeze(word: str) -> str:
    """Every run of one repeated letter as one letter (connnnnard, connard -> conard)."""
    return _REPEAT.sub(r"\1", word)


def sound_key(word: str) -> str:
    """A rough phone-spelling key for long words: konar, connard, conard -> conar."""
    key = squeeze(word).replace("qu", "c").replace("ph", "f").replace("k", "c")
    return _FINAL_SILENT.sub("", key)


def _unmask(match: re.Match, vocabulary: frozenset[str]) -> str:
    """enc*lé -> enculé when exactly one lexicon word fits the mask, else the letters around it."""
    masked = squeeze(normalize(match.group(0).replace("*", "9")).replace(" ", ""))
    pattern = re.compile("^" + re.sub(r"9+", lambda m: f"[a-z]{{{len(m.group(0))},{len(m.group(0)) + 1}}}", masked) + "$")
    fits = sorted(w for w in vocabulary if pattern.match(w))
    return fits[0] if len(fits) == 1 else match.group(0).replace("*", "")


def plain_text(text: str, vocabulary: frozenset[str]) -> str:
    """The text with obfuscations undone (still to be normalised)."""
    if "*" in text:
        text = _MASKED.sub(lambda m: _unmask(m, vocabulary), text)
    if _LEET_CHAR.search(text):
        text = _LEET_RUN.sub(lambda m: m.group(0).translate(_LEET), text)
    if _DOT_CHAR.search(text):
        text = _DOTTED.sub(lambda m: re.sub(r"[.\-_·]", "", m.group(0)), text)
    if SPACED_HINT.search(text):
        text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    return text
