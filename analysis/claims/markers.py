"""Rumour and rebuttal markers, matched on normalised text (lower case, no accents, words only).

Rumour markers are how a rumour is passed on ("on dit que", "partagez avant que ça soit supprimé",
"urgent") and what rumours of an election are about (fraud, security, health). Rebuttal markers are how
a rumour is denied: a fact-check, a denial by the CENI or the government, "faux", "intox", "fake".
A post with both is a rebuttal: denials usually repeat the rumour they deny.
"""
from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

PASSING_ON = [r"on dit que", r"il para[iî]t que", r"partage[zr]?", r"faites tourner", r"faites circuler",
              r"avant que (ca|ce|cela) (ne )?soit supprime", r"urgent", r"alerte", r"derniere minute",
              r"source[s]? sure[s]?", r"diffusez", r"transferez", r"a tous vos contacts"]
FRAUD = [r"fraude[s]?", r"truque[es]*", r"bourrage", r"vendu[es]*", r"vend(ent)?", r"achat de (voix|conscience)",
         r"achete[nt]*", r"falsifie[es]*", r"urnes? (deja )?remplies?"]
SECURITY = [r"attaque[s]?", r"hommes armes", r"djihadistes?", r"terroristes?", r"explosion", r"bombe[s]?",
            r"enleve[es]*", r"enlevement"]
HEALTH = [r"covid( 19)?", r"corona(virus)?", r"virus", r"contamine[es]*", r"epidemie", r"teste[es]* positifs?",
          r"positifs? au"]
REBUTTAL = [r"faux", r"fausse(s)? (information|nouvelle|rumeur|alerte)s?", r"intox", r"fake( news)?",
            r"dementi[s]?", r"dement(ent)?", r"fact ?check(ing)?", r"verification faite", r"infonde[es]*",
            r"sans fondement", r"n est pas vrai", r"ce n est pas vrai", r"rumeur[s]? (infondee|fausse)s?",
            r"aucune? (preuve|fondement)"]


def _pattern(words: list[str]) -> str:
    # normalise_many leaves space runs as they are: any run separates two words
    return r"(^| )(" + "|".join(re.sub(r" (?![?*])", " +", w) for w in words) + r")( |$)"


RUMOUR_RE = _pattern(PASSING_ON + FRAUD + SECURITY + HEALTH)
REBUTTAL_RE = _pattern(REBUTTAL)


def flags(normalised: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(rumour marker, rebuttal marker) per normalised text; rebuttal wins where both are present."""
    rumour = np.asarray(pc.match_substring_regex(normalised, RUMOUR_RE).fill_null(False), dtype=bool)
    rebuttal = np.asarray(pc.match_substring_regex(normalised, REBUTTAL_RE).fill_null(False), dtype=bool)
    return rumour & ~rebuttal, rebuttal
