"""read() skips work (tokens without valence, one irony look-up per post, stems ruled out): its Readings
equal those of a plain walk over every token with every rule, written here as the reference."""
import csv
from pathlib import Path

import pytest

from analysis.sentiment import bambara, lexicon, rules as R, scoring, stems, tokens as memo
from analysis.text import fold

DATA = Path(__file__).resolve().parents[1] / "data"
VARIED = ["", "   ", "Bravo 🙄", "BRAVO super 😏 génial !", "peu 🙄 crédible bravo", "bravooo 🤡", "Bravo à tous les électeurs !!", "HONTE à la CENI 🙄 bravo", "Ç'était GÉNIAL 😍😍🔥",
          "a man ɲi, i ni ce 🙏🏾", "nuuuul c'est trooop nul", "#MaliDebout @user http://t.co/x",
          "مرحبا بكم", "ߒߞߏ ߛߓߍߛߎ߲", "l’élection n’est pas fiable",
          "\x00 nul \x00", "fraudeurs et menteurs, honteusement",
          "achat de voix partout", "Ce n'est pas en colère que je parle", "grave bien, fort mauvais 😏",
          "peu crédible mais un peu triste", " ".join(["la fraude est partout mais bravo aux assesseurs 😒"] * 300)]


def _plain_word_valence(lex, word: str) -> float:
    low = word.lower()
    if low in lex.words:
        return lex.words[low]
    if fold(low) in lex.folded:
        return lex.folded[fold(low)]
    if R.squeeze_repeats(low) != low:
        return _plain_word_valence(lex, R.squeeze_repeats(low))
    if len(low) > 3 and low.isalpha() and lex.stems.get(stems.stem(low), 0.0):
        return lex.stems[stems.stem(low)]
    return memo.bambara_valence(lex, low)


def _plain_token_valence(lex, token: str) -> float:
    if token in lex.emoticons:
        return lex.emoticons[token]
    if len(token) == 1 and token in lex.emojis:
        return lex.emojis[token]
    if token[0] == "#":
        return sum(_plain_word_valence(lex, w) for w in R.hashtag_words(token))
    if token[0] == "@" or token.startswith(("http", "www.")) or token.endswith("'"):
        return 0.0
    return _plain_word_valence(lex, token)


def _count(out: scoring.Reading, token: str, base: float, adjusted: float) -> None:
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


def _plain_read(text) -> scoring.Reading:
    out = scoring.Reading()
    if not text:
        return out
    lex = lexicon.load()
    tokens = R.tokenize(text)
    base = [_plain_token_valence(lex, t) for t in tokens]
    out.tokens, out.words, lowered = len(tokens), tokens, [t.lower() for t in tokens]
    weights, total, skip_to = R.contrast_weights(lowered), 0.0, 0
    for i, valence in enumerate(base):
        if i < skip_to:
            continue
        if lowered[i] in lex.phrase_heads:
            phrase, size = scoring._phrase_valence(lex, lowered, i)
            if size > 1:
                valence, skip_to = phrase, i + size
                lowered[i:skip_to] = ["_"] * size
        if not valence or (lowered[i] in R.BOOSTERS and i + 1 < len(base) and base[i + 1]):
            continue
        v = R.booster_shift(lowered, i, R.repeat_emphasis(tokens[i], R.caps_emphasis(tokens[i], valence,
                                                                                    text.isupper())))
        v *= R.peu_scalar(lowered, i) * (R.IRONY_SCALAR if v > 0 and set(tokens) & R.IRONY_MARKERS else 1.0)
        negated = R.is_negated(lowered, i) or (bambara.may_negate(lowered, i) and memo.bambara_valence(
            lex, lowered[i]) != 0.0 and bambara.is_negated(lowered, i))
        adjusted = (v * R.NEGATION_SCALAR if negated else v) * weights[i]
        _count(out, tokens[i], valence, adjusted)
        total += adjusted
    out.compound = R.normalize_score(R.punctuation_emphasis(text, total))
    return out


def _texts() -> list[str]:
    texts = list(VARIED)
    for name in ("sentiment_general_dev.csv", "sentiment_mali_dev.csv", "sentiment_bambara_dev.csv"):
        with open(DATA / name, encoding="utf-8") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    return texts


@pytest.mark.parametrize("cold", [True, False])
def test_readings_equal_the_plain_walk(cold, monkeypatch):
    if cold:
        monkeypatch.setattr(memo, "_cache", {})
        monkeypatch.setattr(memo, "pieces", memo.Pieces())
        monkeypatch.setattr(scoring, "_phrases", {})
    texts = _texts()
    fast, plain = [scoring.read(t) for t in texts], [_plain_read(t) for t in texts]
    assert fast == plain
    assert sum(r.hits > 0 for r in plain) > 0.5 * len(texts) and any(r.negations for r in plain)
