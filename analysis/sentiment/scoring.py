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

import numpy as np

from analysis.text import fold, sentences
from analysis.sentiment import lexicon as sentiment_lexicon
from analysis.sentiment import bambara, stems, rules as R

VERSION_BASE = "tone-2"   # 2: Bambara spellings and negation, retrained weights
_CACHE_LIMIT = 400_000
BATCH = 2048
_cache: dict[str, float] = {}
_HEAD_BOOSTERS = frozenset(R.BOOSTERS)


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


def _word_valence(lex, word: str) -> float:
    low = word.lower()
    if low in lex.words:
        return lex.words[low]
    folded = fold(low)
    if folded in lex.folded:
        return lex.folded[folded]
    squeezed = R.squeeze_repeats(low)
    if squeezed != low:
        return _word_valence(lex, squeezed)
    if len(low) > 3 and low.isalpha():
        stemmed = stems.polar_stem_valence(lex.stems, lex.stem_index, low)
        if stemmed:
            return stemmed
    return _bambara_valence(lex, low)


def _bambara_valence(lex, low: str) -> float:
    """A Bambara word in any typed spelling; "nalonw" (plural -w) as "nalon"."""
    key = bambara.spelling_key(low)
    value = lex.bambara.get(key)
    if value is None and len(key) > 3 and key.endswith("w"):
        value = lex.bambara.get(key[:-1])
    return value or 0.0


def token_valence(token: str) -> float:
    """Base valence of one token (word, hashtag, emoji, emoticon), before the context rules; cached."""
    value = _cache.get(token)
    if value is not None:
        return value
    lex = sentiment_lexicon.load()
    if token in lex.emoticons:
        value = lex.emoticons[token]
    elif len(token) == 1 and token in lex.emojis:
        value = lex.emojis[token]
    elif token[0] == "#":
        value = sum(_word_valence(lex, w) for w in R.hashtag_words(token))
    elif token[0] == "@" or token.startswith(("http", "www.")) or token.endswith("'"):
        value = 0.0
    else:
        value = _word_valence(lex, token)
    if len(_cache) < _CACHE_LIMIT:
        _cache[token] = value
    return value


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


def _rule_valence(tokens, lowered, i, valence, shouting, irony) -> float:
    """One hit's valence after emphasis, intensifiers and negation; `irony`: R.is_ironic(tokens)."""
    valence = R.caps_emphasis(tokens[i], valence, shouting)
    valence = R.repeat_emphasis(tokens[i], valence)
    valence = R.booster_shift(lowered, i, valence)
    valence *= R.peu_scalar(lowered, i) * R.irony_scalar(irony, valence)
    return valence * R.NEGATION_SCALAR if R.is_negated(lowered, i) or _bambara_negated(lowered, i) else valence


def _bambara_negated(lowered: list[str], i: int) -> bool:
    """"a man ɲi", "a ma diya", "hɛrɛ tɛ": only Bambara words, since "ma" and "te" are French too."""
    if not bambara.may_negate(lowered, i):
        return False
    lex = sentiment_lexicon.load()
    return _bambara_valence(lex, lowered[i]) != 0.0 and bambara.is_negated(lowered, i)


def read(text) -> Reading:
    """The lexicon layer on one text; never raises (non-text and empty give a neutral Reading)."""
    if not isinstance(text, str) or not text:
        return Reading()
    tokens = R.tokenize(text)
    cache = _cache
    base = [cache[t] if t in cache else token_valence(t) for t in tokens]
    out = Reading(tokens=len(tokens), words=tokens)
    lex = sentiment_lexicon.load()
    lowered = [t.lower() for t in tokens]
    check_phrases = not lex.phrase_heads.isdisjoint(lowered)
    if not check_phrases and not any(base):
        return out
    weights = R.contrast_weights(lowered)
    shouting, irony = text.isupper(), R.is_ironic(tokens)
    total, skip_to = 0.0, 0
    # without a phrase to look for, only the tokens with a valence can count
    for i in range(len(base)) if check_phrases else [i for i, v in enumerate(base) if v]:
        valence = base[i]
        if i < skip_to:
            continue
        if check_phrases and lowered[i] in lex.phrase_heads:
            phrase, size = _phrase_valence(lex, lowered, i)
            if size > 1:
                valence, skip_to = phrase, i + size
                lowered[i:skip_to] = ["_"] * size    # a set phrase: its "pas" negates nothing after it
        if not valence:
            continue
        if lowered[i] in _HEAD_BOOSTERS and i + 1 < len(base) and base[i + 1]:
            continue      # "grave bien", "fort mauvais": an intensifier here, not a word of its own
        adjusted = _rule_valence(tokens, lowered, i, valence, shouting, irony) * weights[i]
        _count(out, tokens[i], valence, adjusted)
        total += adjusted
    out.compound = R.normalize_score(R.punctuation_emphasis(text, total))
    return out


def _count(out: Reading, token: str, base: float, adjusted: float) -> None:
    out.hits += 1
    if adjusted > 0:
        out.positive += adjusted
    else:
        out.negative -= adjusted
    if (base > 0) != (adjusted > 0):
        out.negations += 1
    if len(token) == 1 and not token.isalpha():
        if base > 0:
            out.emoji_pos += 1
        else:
            out.emoji_neg += 1


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
