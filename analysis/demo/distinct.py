"""Every post its own text, as on real platforms: the demo's templates repeat, real posts almost never do.

A text already taken is varied in ways people vary what they write, never touching the words the
analysers read for parties, places or categories: a name signing the post, a time, a number, a
clause moved to the front. Repeated texts flatter every per-text cache; `demo --distinct` measures
without that help. Copies of a coordinated message stay near-duplicates (one short clause apart).
"""
from __future__ import annotations

import numpy as np

from analysis.demo import templates as T

OPENERS = ("Franchement", "Bon", "Écoutez", "Voilà", "Sincèrement", "Attention", "Info", "Rappel", "Urgent", "Alors")
PLACES = ("au marché", "à la gare routière", "devant la mairie", "au grin", "à la mosquée", "au quartier",
          "à l'école", "au champ", "sur la route", "à la maison")


def _one(rng: np.random.Generator, options) -> str:
    return options[int(rng.integers(0, len(options)))]


def _signed(rng: np.random.Generator, text: str) -> str:
    return f"{text} — {_one(rng, T.FIRST_NAMES)} {_one(rng, T.LAST_NAMES)[:1]}."


def _timed(rng: np.random.Generator, text: str) -> str:
    return f"{text} ({int(rng.integers(6, 24))}h{int(rng.integers(0, 60)):02d})"


def _counted(rng: np.random.Generator, text: str) -> str:
    return f"{text} #{int(rng.integers(2, 5000))}"


def _opened(rng: np.random.Generator, text: str) -> str:
    return f"{_one(rng, OPENERS)}, {_one(rng, PLACES)} : {text}"


def _reordered(rng: np.random.Generator, text: str) -> str:
    """The clause after the first comma moved to the front ("A, B" -> "B, A")."""
    head, sep, tail = text.partition(", ")
    return f"{tail[:1].upper()}{tail[1:]}, {head[:1].lower()}{head[1:]}" if sep and tail else _timed(rng, text)


VARIATIONS = (_signed, _timed, _counted, _opened, _reordered)


def make_distinct(rng: np.random.Generator, texts: list[str]) -> list[str]:
    """The texts with every repeat varied until no two are equal (first occurrences kept as they are)."""
    seen: set[str] = set()
    out = []
    for text in texts:
        candidate = text
        while candidate in seen:
            candidate = VARIATIONS[int(rng.integers(0, len(VARIATIONS)))](rng, candidate)
        seen.add(candidate)
        out.append(candidate)
    return out
