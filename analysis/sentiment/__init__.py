"""Sentiment: the tone of a post, a score in -1..1 and a label (negative, neutral, positive).

`lexicon` loads the valence lexicons, `rules` holds VADER's rules for French (negation, contrast,
intensifiers, caps, emojis...), `model` the shipped linear model, `scoring` combines them.

Offers: score_many(texts), score(text), labels(scores), label(value), band(), read(text),
lexicon_score(text), sentence_scores(text), score_readings(texts) -> (scores, readings), VERSION.
"""
from analysis.sentiment import scoring
from analysis.sentiment.scoring import (Reading, band, label, labels, lexicon_score, read, score, score_many,
                                        score_readings, sentence_scores, token_valence)

__all__ = ["Reading", "band", "label", "labels", "lexicon_score", "read", "score", "score_many", "score_readings",
           "sentence_scores", "token_valence", "VERSION"]


def __getattr__(name: str):
    if name == "VERSION":    # computed on first use: it hashes the shipped lexicons and model
        return scoring.VERSION
    raise AttributeError(name)
