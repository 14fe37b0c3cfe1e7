"""Hostility and incitement: whether a post is hostile, of which kind, and aimed at whom.

Kinds: insult (at a person, a party, the CENI...), hate (toward a group: ethnic or religious group,
women, LGBT people, migrants, disabled people) and threat (a threat or a call to violence). Targets:
party acronyms of the gazetteer, candidate, ethnic_group, religious_group, women, lgbt, migrants,
disabled, ceni, journalists, government, court.

`spelling` undoes typed spellings (leet, repetitions, masks, dotted or spaced letters, phone spellings),
`lexicon` loads data/lexicons/hostility/, `rules` and `threats` find hits and the contexts that undo them
(negation, counter-speech, quotes, news reports), `verdict` sums a post up, `model` is the learned layer
(weights in data/lexicons/hostility/model.npz), `classify` combines them, `synthetic` and `train` rebuild
the weights.

Offers: classify_many(texts) -> {"hostility", "hostility_kind", "hostility_target"} lists;
scores(texts) -> P(hostile) array; features(texts) -> sparse rule and n-gram features; VERSION.
People's labels train the field through the validation desk's shared learner (analysis.validation.learner).
"""
from __future__ import annotations

from analysis.hostility import classify, model
from analysis.hostility.verdict import summarise

__all__ = ["classify_many", "features", "scores", "VERSION"]


def classify_many(texts) -> dict[str, list]:
    """hostility ("hostile" / "not_hostile"), hostility_kind and hostility_target (tuples), one per text."""
    return classify.columns(list(texts))


def scores(texts):
    """P(hostile) per text, as a numpy array (rules and model combined), for sampling and uncertainty."""
    return classify.judge(list(texts))[2]


def features(texts):
    """Rule features then hashed n-grams, a scipy CSR matrix with one row per text (indices sorted)."""
    matrix = model.design([summarise(t) for t in texts])
    matrix.sort_indices()
    return matrix


def __getattr__(name: str):
    if name == "VERSION":          # computed on first use: it hashes the lexicons, the model and the code
        from analysis.hostility.lexicon import version
        return version()
    raise AttributeError(name)
