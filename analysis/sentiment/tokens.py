"""What the tone score knows of a token or a piece of text by itself, computed once per process.

`token_valence`: a token's base valence from the lexicons (emoticon, emoji, hashtag words, word, its
accent fold, squeezed repeats, polar stem, Bambara spelling), before the context rules.
`pieces`: a whitespace-free piece of text -> its tokens, their lower case and base valences. No token
spans whitespace (URLs stop at it, the rest are letters, emojis, emoticons and punctuation) and the
tokenizer's look-arounds see whitespace as they see a text's start or end, so a text's tokens are its
pieces' tokens in order (tests/sentiment/test_tokens.py checks it against R.tokenize). Posts reuse a
small vocabulary: reading a post becomes a few dictionary look-ups instead of a regex scan per post.
"""
from __future__ import annotations

from operator import itemgetter

from analysis.text import fold
from analysis.sentiment import lexicon as sentiment_lexicon
from analysis.sentiment import bambara, stems, rules as R

CACHE_LIMIT = 400_000
_cache: dict[str, float] = {}


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
    return bambara_valence(lex, low)


def bambara_valence(lex, low: str) -> float:
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
    if len(_cache) < CACHE_LIMIT:
        _cache[token] = value
    return value


# which rules' words a piece holds, one bit each (a text holds what its pieces hold: OR of their marks)
# CAPS: a token in capitals, STRETCHED: a token with a letter repeated (R.caps_emphasis, R.repeat_emphasis)
# HEAD: a token may start a set phrase. WORDS: the marks of rules that read the neighbouring words
BOOSTER, PEU, NEGATOR, BAMBARA_NEGATOR, IRONY, CONTRAST, CAPS, STRETCHED, HEAD = (1 << k for k in range(9))
WORDS = BOOSTER | PEU | NEGATOR | BAMBARA_NEGATOR | CONTRAST | HEAD


def marks(tokens: tuple, lowered: tuple) -> int:
    return (BOOSTER * (not R.BOOSTER_WORDS.isdisjoint(lowered)) | PEU * ("peu" in lowered)
            | NEGATOR * (not R.NEGATION_WORDS.isdisjoint(lowered))
            | BAMBARA_NEGATOR * (not bambara.ANY_NEGATOR.isdisjoint(lowered)) | IRONY * R.is_ironic(tokens)
            | CONTRAST * (not R.CONTRAST.isdisjoint(lowered) or "contre" in lowered)
            | CAPS * any(map(str.isupper, tokens)) | STRETCHED * any(map(R.is_stretched, tokens))
            | HEAD * (not sentiment_lexicon.load().phrase_heads.isdisjoint(lowered)))


class Pieces(dict):
    """piece -> (tokens, lowered tokens, base valences, counts, lively, marks); counts: per token, whether it
    has a valence or may start a set phrase (the others count for nothing), lively: any of them does.
    Filled on look-up (`pieces[piece]`, also from C through map)."""

    def __missing__(self, piece: str) -> tuple:
        tokens = tuple(R.tokenize(piece))
        lowered = tuple(t.lower() for t in tokens)
        base = tuple(token_valence(t) for t in tokens)
        heads = sentiment_lexicon.load().phrase_heads
        counts = bytes(bool(v) or w in heads for v, w in zip(base, lowered))     # bytes: joined in C
        record = self[piece] = (tokens, lowered, base, counts, any(counts), marks(tokens, lowered))
        return record


pieces = Pieces()
TOKENS, LOWERED, BASE, COUNTS, LIVELY, MARKS = (itemgetter(k) for k in range(6))


def records(text: str) -> list[tuple]:
    """The `pieces` records of a text's whitespace-separated pieces, in order (the memo restarts when full)."""
    if len(pieces) > CACHE_LIMIT:
        pieces.clear()
    return list(map(pieces.__getitem__, text.split()))
