"""The stem filter never rules out a word whose stem is polar: it is checked against the stemmer itself."""
import csv
import random
from pathlib import Path

import pytest

from analysis.sentiment import lexicon, rules, stems

DATA = Path(__file__).resolve().parents[1] / "data"
ENDINGS = ("", "s", "e", "es", "ement", "ements", "ité", "ités", "ation", "ations", "atrice", "ateur", "euse",
           "euses", "eux", "ique", "iques", "isme", "iste", "er", "ez", "ait", "aient", "erons", "irent", "issant",
           "issement", "ant", "ante", "ants", "amment", "emment", "ence", "ences", "logie", "logies", "ution",
           "usion", "ier", "ière", "iers", "ières", "ièrement", "if", "ive", "ives", "able", "abilité", "icatif",
           "ication", "icité", "aux", "eaux", "ions", "y", "ç", "é", "ée", "ées", "è", "enne", "ette", "elle")


def _stemmable(words) -> list[str]:
    return sorted(w for w in set(words) if len(w) > 3 and w.isalpha())


def _inflections() -> list[str]:
    """Lexicon words with their last 0-2 letters swapped for a common ending, and polar stems with each
    ending (seeded samples)."""
    lex = lexicon.load()
    rng = random.Random(7)
    base = [w for w in lex.words if " " not in w]
    words = [w[:len(w) - rng.randrange(3)] + rng.choice(ENDINGS) for w in base]
    return _stemmable(words + [s + e for s in rng.sample(sorted(lex.stems), 250) for e in ENDINGS])


def _posts_words() -> list[str]:
    """Every word of the test data sets' posts."""
    words = []
    for name in ("sentiment_general_dev.csv", "sentiment_mali_dev.csv", "sentiment_bambara_dev.csv",
                 "labels_dev.csv", "hostility_functional.csv"):
        with open(DATA / name, encoding="utf-8") as handle:
            words += [t.lower() for row in csv.DictReader(handle) for t in rules.tokenize(row["text"])]
    return _stemmable(words)


@pytest.mark.parametrize("words", [_inflections, _posts_words])
def test_filter_keeps_every_word_whose_stem_is_polar(words):
    lex = lexicon.load()
    words = words()
    polar = [w for w in words if stems.stem(w) in lex.stems]
    assert len(polar) > 100                                    # the check has teeth
    assert [w for w in polar if not lex.stem_index.may_match(w)] == []


def test_filter_rules_out_most_words_of_posts():
    words = _posts_words()
    assert len(words) > 1_000
    assert sum(map(lexicon.load().stem_index.may_match, words)) < 0.5 * len(words)


@pytest.mark.parametrize("word", ["fraudeurs", "apaisées", "honteusement", "magnifiquement", "ennemies",
                                  "mensongère", "violences", "catastrophiquement"])
def test_inflections_of_polar_words_are_looked_up(word):
    lex = lexicon.load()
    assert stems.polar_stem_valence(lex.stems, lex.stem_index, word) == lex.stems.get(stems.stem(word), 0.0)


def test_a_word_with_no_polar_stem_is_not_stemmed(monkeypatch):
    lex = lexicon.load()
    monkeypatch.setattr(stems, "stem", lambda word: pytest.fail(f"stemmed {word!r}"))
    assert stems.polar_stem_valence(lex.stems, lex.stem_index, "zzyzxwq") == 0.0


def test_index_of_given_stems():
    index = stems.StemIndex({"heureu": 2.0, "catastroph": -3.0, "pieu": 1.0, "élect": 1.0})
    assert index.may_match("heureuse") and index.may_match("catastrophique")
    assert index.may_match("pieuse")          # "-euse" -> "eux" is not the stem here, but may be
    assert index.may_match("electeur")        # accents: é and e are one letter for the filter
    assert not index.may_match("table") and not index.may_match("pi")
