"""Tone of a post: a score in -1..1 and a label (negative, neutral, positive).

Two layers:
  1. `lexicon_score` - VADER's method for French: valences from the shipped lexicons
     (analysis.sentiment.lexicon) adjusted by the rules of analysis.sentiment.rules (negation,
     contrast, intensifiers, caps, stretched letters, punctuation, emojis, hashtags) and, for Bambara
     words in any typed spelling, analysis.sentiment.bambara (negation by ma / man / tɛ), summed and
     normalised to -1..1.
  2. `score` - the mean of that lexicon score and P(positive) - P(negative) from a small linear
     model (analysis.sentiment.model) reading the lexicon layer's measurements plus word features;
     still in -1..1. Without the model's shipped weights the lexicon score is used as is.
`label` cuts the score with a neutral band chosen on development data only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import reduce
from itertools import chain, compress
from operator import or_

import numpy as np

from analysis.text import sentences
from analysis.sentiment import lexicon as sentiment_lexicon
from analysis.sentiment import bambara, rules as R, tokens as T
from analysis.sentiment.tokens import token_valence  # noqa: F401  (part of the package's face)

VERSION_BASE = "tone-2"   # 2: Bambara spellings and negation, retrained weights
BATCH = 2048
_HEAD_BOOSTERS = frozenset(R.BOOSTERS)
_phrases: dict[tuple, tuple[float, int]] = {}     # up to 3 lowered words -> _phrase_valence of them


@dataclass
class Reading:
    """What the lexicon layer measured on one text (also the linear model's dense inputs)."""
    compound: float = 0.0
    positive: float = 0.0      # sum of positive valences after rules
    negative: float = 0.0      # sum of |negative valences| after rules
    hits: int = 0              # tokens with a valence
    tokens: int = 0
    negations: int = 0         # hits turned around by a negation
    emoji_pos: int = 0
    emoji_neg: int = 0
    words: list = field(default_factory=list, repr=False)    # the tokens, for the model's word features


def _phrase_valence(lex, lowered: list[str], i: int) -> tuple[float, int]:
    """Multi-word entries ("en colère", "achat de voix"): valence and length, (0, 1) when none."""
    for size in (3, 2):
        phrase = " ".join(lowered[i:i + size])
        if phrase in lex.words:
            return lex.words[phrase], size
        keyed = " ".join(bambara.spelling_key(w) for w in lowered[i:i + size])
        if keyed in lex.bambara:
            return lex.bambara[keyed], size
    return 0.0, 1


def _phrase_at(lowered: list[str], i: int) -> tuple[float, int]:
    """_phrase_valence, memoised: it reads only the 3 words from i."""
    key = tuple(lowered[i:i + 3])
    found = _phrases.get(key)
    if found is None:
        found = _phrase_valence(sentiment_lexicon.load(), lowered, i)
        if len(_phrases) < T.CACHE_LIMIT:
            _phrases[key] = found
    return found


def _rule_valence(tokens, lowered, i, valence, shouting, marks) -> float:
    """One hit's valence after emphasis, intensifiers and negation. `marks`: the rules' words the text holds
    (T.marks); a rule whose words are absent returns the valence unchanged, so it is skipped."""
    if marks & T.CAPS:
        valence = R.caps_emphasis(tokens[i], valence, shouting)
    if marks & T.STRETCHED:
        valence = R.repeat_emphasis(tokens[i], valence)
    if marks & T.BOOSTER:
        valence = R.booster_shift(lowered, i, valence)
    if marks & (T.PEU | T.IRONY):
        peu = R.peu_scalar(lowered, i) if marks & T.PEU else 1.0
        valence *= peu * R.irony_scalar(bool(marks & T.IRONY), valence)
    negated = (marks & T.NEGATOR and R.is_negated(lowered, i)) or \
        (marks & T.BAMBARA_NEGATOR and _bambara_negated(lowered, i))
    return valence * R.NEGATION_SCALAR if negated else valence


def _bambara_negated(lowered: list[str], i: int) -> bool:
    """"a man ɲi", "a ma diya", "hɛrɛ tɛ": only Bambara words, since "ma" and "te" are French too."""
    if not bambara.may_negate(lowered, i):
        return False
    lex = sentiment_lexicon.load()
    return T.bambara_valence(lex, lowered[i]) != 0.0 and bambara.is_negated(lowered, i)


def read(text) -> Reading:
    """The lexicon layer on one text; never raises (non-text and empty give a neutral Reading)."""
    if not isinstance(text, str) or not text:
        return Reading()
    found = T.records(text)     # tokens, lower case and base valences of each piece, memoised
    tokens = list(chain.from_iterable(map(T.TOKENS, found)))
    if not any(map(T.LIVELY, found)):
        return Reading(tokens=len(tokens), words=tokens)    # no valence and no set phrase: nothing counts
    base = list(chain.from_iterable(map(T.BASE, found)))
    marks = reduce(or_, map(T.MARKS, found))
    # the lower-case words only for rules that read them; only tokens with a valence or starting a set
    # phrase can count (the others would be skipped)
    lowered = list(chain.from_iterable(map(T.LOWERED, found))) if marks & T.WORDS else None
    counting = compress(range(len(base)), b"".join(map(T.COUNTS, found)))
    return _walk(text, tokens, base, lowered, counting, marks)


def _walk(text: str, tokens: list, base: list, lowered, counting, marks: int) -> Reading:
    """The rules over the tokens that can count, summed as in VADER (and counted for the model)."""
    heads = sentiment_lexicon.load().phrase_heads
    weights = R.contrast_weights(lowered) if marks & T.CONTRAST else None     # None: all 1.0
    shouting, skip_to = text.isupper(), 0
    total = positive = negative = 0.0
    hits = negations = emoji_pos = emoji_neg = 0
    for i in counting:
        if i < skip_to:
            continue
        valence = base[i]
        if marks & T.HEAD and lowered[i] in heads:
            phrase, size = _phrase_at(lowered, i)
            if size > 1:
                valence, skip_to = phrase, i + size
                lowered[i:skip_to] = ["_"] * size    # a set phrase: its "pas" negates nothing after it
        if not valence:
            continue
        if marks & T.BOOSTER and lowered[i] in _HEAD_BOOSTERS and i + 1 < len(base) and base[i + 1]:
            continue      # "grave bien", "fort mauvais": an intensifier here, not a word of its own
        adjusted = _rule_valence(tokens, lowered, i, valence, shouting, marks)
        if weights is not None:
            adjusted *= weights[i]
        hits += 1
        if adjusted > 0:
            positive += adjusted
        else:
            negative -= adjusted
        if (valence > 0) != (adjusted > 0):
            negations += 1
        if len(tokens[i]) == 1 and not tokens[i].isalpha():
            if valence > 0:
                emoji_pos += 1
            else:
                emoji_neg += 1
        total += adjusted
    return Reading(R.normalize_score(R.punctuation_emphasis(text, total)), positive, negative, hits, len(tokens),
                   negations, emoji_pos, emoji_neg, tokens)


def lexicon_score(text) -> float:
    """VADER-style compound score in -1..1 from the lexicon and rules alone."""
    return read(text).compound


def score_many(texts) -> np.ndarray:
    """Scores in -1..1 for many texts (the model, when shipped, scores each batch at once)."""
    return score_readings(texts)[0]


def score_readings(texts) -> tuple[np.ndarray, list[Reading]]:
    """Scores and the lexicon layer's Readings, for learners that use both without reading twice."""
    texts = ["" if not isinstance(t, str) else t for t in texts]
    from analysis.sentiment import model as sentiment_model
    model = sentiment_model.load()
    out, readings = np.zeros(len(texts)), []
    for start in range(0, len(texts), BATCH):       # batches: few live objects, cheap garbage collection
        chunk = texts[start:start + BATCH]
        chunk_readings = [read(t) for t in chunk]
        out[start:start + len(chunk)] = model.score(chunk, chunk_readings) if model is not None else \
            [r.compound for r in chunk_readings]
        readings += chunk_readings
    return np.clip(out, -1.0, 1.0), readings


def score(text) -> float:
    return float(score_many([text])[0])


def band() -> tuple[float, float]:
    """The score limits of the neutral label (negative below the first, positive above the second)."""
    from analysis.sentiment import model as sentiment_model
    model = sentiment_model.load()
    return model.band if model is not None else sentiment_model.LEXICON_BAND


def labels(scores) -> np.ndarray:
    """negative / neutral / positive for each score (NaN is neutral)."""
    low, high = band()
    values = np.nan_to_num(np.asarray(scores, dtype=float), nan=0.0)
    return np.where(values <= low, "negative", np.where(values >= high, "positive", "neutral")).astype(object)


def label(value: float) -> str:
    return str(labels([value])[0])


def sentence_scores(text) -> list[tuple[str, float]]:
    """(sentence, score) for each sentence of the post, for the tone of the sentence naming a party."""
    if not isinstance(text, str) or not text.strip():
        return []
    parts = sentences(text)
    return list(zip(parts, (float(v) for v in score_many(parts))))


def _version() -> str:
    from analysis.sentiment import model as sentiment_model
    return f"{VERSION_BASE}-{sentiment_lexicon.load().digest}-{sentiment_model.digest()}"


def __getattr__(name: str):
    if name == "VERSION":    # computed on first use: it hashes the shipped lexicons and model
        return _version()
    raise AttributeError(name)
