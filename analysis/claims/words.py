"""What a claim says: its content words, compared as sets.

A reworded rumour keeps its names, places and figures and changes the little words around them, so
texts are compared on content words only: normalised words of 3+ letters, without French function words
or the markers that pass a rumour on, with plural and feminine endings folded (déplacés = déplacé).
"""
from __future__ import annotations

import numpy as np

FUNCTION_WORDS = frozenset("""
les des une aux par pour sur dans avec sans sont est ont ete etre avoir fait plus pas que qui quoi dont ces
cet cette ses son leur leurs nos notre vos votre mes mon tout tous toute toutes meme aussi mais donc car
comme tres bien deja encore avant apres chez vers entre selon elle elles ils nous vous lui eux rien aucun
aucune ici voila oui non peu trop quand comment pourquoi alors ainsi puis sera seront etait soit cela ceci
""".split())
MARKER_WORDS = frozenset("""
urgent alerte partagez partager partage faites tourner circuler diffusez transferez supprime avant info
source sure sures dit parait minute derniere contacts faux fausse fausses intox fake news dementi dement
dementent factcheck fact check rumeur rumeurs infonde infondee verification officiel officielle
""".split())
STOP = FUNCTION_WORDS | MARKER_WORDS


def stem(word: str) -> str:
    """Plural and feminine endings off: bureaux -> bureau, vendues -> vendu, testés -> teste."""
    if len(word) > 4 and word[-1] in "sx":
        word = word[:-1]
    if len(word) > 4 and (word.endswith("ee") or (word.endswith("ue") and word[-3] not in "qg")):
        word = word[:-1]
    return word


def content_words(normalised: str) -> frozenset[str]:
    return frozenset(stem(w) for w in normalised.split() if len(w) >= 3 and w not in STOP)


class WordSets:
    """Content words of each distinct normalised text, computed once and only when asked for."""

    def __init__(self, normalised):
        self._texts = normalised
        self._sets: dict[int, frozenset[str]] = {}

    def __getitem__(self, code: int) -> frozenset[str]:
        found = self._sets.get(code)
        if found is None:
            found = self._sets[code] = content_words(self._texts[int(code)].as_py())
        return found

    def many(self, codes) -> list[frozenset[str]]:
        return [self[int(c)] for c in codes]


def signature(sets: list[frozenset[str]], weights=None, share: float = 0.4, most: int = 12) -> frozenset[str]:
    """The words found in at least `share` of the texts (weighted by posts), at most `most`, at least 3."""
    counts: dict[str, float] = {}
    weights = np.ones(len(sets)) if weights is None else np.asarray(weights, dtype=float)
    for words, weight in zip(sets, weights):
        for word in words:
            counts[word] = counts.get(word, 0.0) + weight
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    total = float(weights.sum()) or 1.0
    kept = [w for w in ranked if counts[w] >= share * total][:most]
    return frozenset(kept if len(kept) >= 3 else ranked[:3])


def containment(words: frozenset[str], sig: frozenset[str]) -> float:
    """Share of the signature's words a text contains."""
    return len(words & sig) / len(sig) if sig else 0.0
