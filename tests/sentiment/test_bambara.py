"""Bambara in the tone score: typed spellings, negation that only turns Bambara words, phrases."""
import pytest

from analysis.evaluate import tone as evaluation
from analysis.sentiment import bambara, scoring as sentiment
from tests.conftest import ROOT


@pytest.mark.parametrize("typed, standard", [
    ("gnouman", "ɲuman"), ("nyuman", "ɲuman"), ("djougou", "jugu"), ("tôrô", "tɔɔrɔ"), ("hèrè", "hɛɛrɛ"),
    ("kosèbè", "kosɛbɛ"), ("tché", "cɛ"), ("DÈMÈ", "dɛmɛ"),
])
def test_fold_gives_one_key_for_every_spelling(typed, standard):
    assert bambara.spelling_key(typed) == bambara.spelling_key(standard)


def test_fold_keeps_different_words_apart():
    assert bambara.spelling_key("ɲi") != bambara.spelling_key("ni")
    assert bambara.spelling_key("ceni") != bambara.spelling_key("cɛɲi")     # the CENI is not "beautiful"


@pytest.mark.parametrize("text", ["a ka ɲi", "a ka gni kosèbè", "a ka nyi", "I ni cè", "aw ni tché",
                                  "Allah ka barka don", "a diyara n ye kosebe"])
def test_bambara_praise_and_thanks_are_positive(text):
    assert sentiment.lexicon_score(text) > 0


@pytest.mark.parametrize("text", ["i ye nalon ye", "nkalontigɛlaw", "mogow be tooro la", "o ye djougouya ye"])
def test_bambara_insults_and_suffering_are_negative(text):
    assert sentiment.lexicon_score(text) < 0


@pytest.mark.parametrize("plain, negated", [("a ka ɲi", "a man ɲi"), ("a ka ɲi", "a ma gni"),
                                            ("hɛrɛ bɛ yen", "hɛrɛ tɛ yen"), ("a diyara", "a ma diya")])
def test_bambara_negation_turns_the_word_around(plain, negated):
    assert sentiment.lexicon_score(plain) > 0 > sentiment.lexicon_score(negated)
    assert sentiment.read(negated).negations == 1


def test_french_ma_and_te_negate_nothing():
    assert sentiment.read("je te remercie").negations == 0
    assert sentiment.lexicon_score("je te remercie") > 0
    assert sentiment.read("ma mère est heureuse").negations == 0


def test_a_clause_end_stops_bambara_negation():
    assert sentiment.read("a ma na. a ka ɲi").negations == 0


def test_plural_w_is_read():
    assert sentiment.lexicon_score("nalonw") < 0


def test_shipped_model_beats_chance_on_the_bambara_holdout():
    texts, gold = evaluation.read_labelled(ROOT / "tests" / "data" / "sentiment_bambara_holdout.csv")
    predicted = sentiment.labels(sentiment.score_many(texts))
    assert evaluation.metrics(gold, predicted)["macro_f1"] >= 0.6


@pytest.mark.parametrize("bambara_text, french_text", [("a ye jɔli sɔrɔ ?", "c'est joli"),
                                                       ("u ye a minɛ", "il a bonne mine")])
def test_bambara_words_spelt_like_french_ones_carry_no_french_valence(bambara_text, french_text):
    assert sentiment.lexicon_score(bambara_text) == 0
    assert sentiment.lexicon_score(french_text) > 0          # the French word keeps its valence
