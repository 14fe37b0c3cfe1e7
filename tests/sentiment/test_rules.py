"""The lexicon layer of the tone score: each French rule, and agreement with NLTK's VADER."""
import pytest

from analysis.sentiment import scoring as sentiment
from analysis.sentiment import lexicon as sentiment_lexicon
from analysis.sentiment import rules as R

lex = sentiment.lexicon_score


@pytest.fixture(scope="module")
def nltk_vader():
    import nltk
    nltk.data.path.insert(0, str(sentiment_lexicon.NLTK_DATA))
    from nltk.sentiment.vader import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer(lexicon_file=sentiment_lexicon.NLTK_LEXICON)


def test_shipped_nltk_lexicon_is_current():
    shipped = (sentiment_lexicon.NLTK_DATA / sentiment_lexicon.NLTK_LEXICON).read_text(encoding="utf-8")
    assert shipped == sentiment_lexicon.nltk_lexicon_text(), "run sentiment_lexicon.write_nltk_lexicon()"


# Sentences where no French-only rule applies: the score must equal NLTK's VADER on the same lexicon.
@pytest.mark.parametrize("text", [
    "bravo", "fraude", "paix et bravo", "BRAVO pour la paix", "honte à eux !!!", "Quelle mascarade",
    "paix paix honte", "merci !", "excellent travail", "Vive le Mali !!", "Les voleurs et les menteurs",
    "HONTE aux tricheurs", "scrutin apaisé, merci", "désastre total", "Bravo au peuple malien",
])
def test_matches_nltk_vader_reference(nltk_vader, text):
    assert lex(text) == pytest.approx(nltk_vader.polarity_scores(text)["compound"], abs=1e-4)


@pytest.mark.parametrize("text, sign", [
    ("je ne suis pas content", -1),         # ne ... pas
    ("je suis pas content", -1),            # informal, "ne" dropped
    ("j'aime pas ce candidat", -1),         # verb + pas
    ("il n'est plus crédible", -1),         # ne ... plus
    ("ce n'est jamais bon", -1),
    ("rien de bon dans ce programme", -1),
    ("aucun espoir", -1),
    ("sans espoir", -1),
    ("pas de problème", 1),                 # set phrase
    ("c'est pas mal", 1),
    ("pas mal de fraude", -1),              # "pas mal de" = a lot of: no negation
    ("on ne votera pas pour ces incapables", -1),   # negation stops at "pour ces"
    ("peu crédible", -1),                   # peu = not very
])
def test_negation(text, sign):
    assert lex(text) * sign > 0


def test_negation_does_not_cross_punctuation():
    assert lex("J'aime pas. Bravo") > 0


@pytest.mark.parametrize("before, after", [
    ("bien", "très bien"), ("triste", "vraiment triste"), ("nul", "trop nul"), ("bon", "grave bon"),
])
def test_intensifiers(before, after):
    assert abs(lex(after)) > abs(lex(before))


@pytest.mark.parametrize("before, after", [("triste", "un peu triste"), ("content", "assez content")])
def test_downtoners(before, after):
    assert 0 < abs(lex(after)) < abs(lex(before))


@pytest.mark.parametrize("text, sign", [
    ("le programme est bon mais les candidats sont corrompus", -1),
    ("la campagne était triste, pourtant le vote est une réussite", 1),
    ("honte à eux, par contre bravo aux jeunes", 1),
    ("bravo pour le meeting, cependant quelle fraude", -1),
])
def test_contrast(text, sign):
    assert lex(text) * sign > 0


def test_contrast_weights():
    assert R.contrast_weights(["a", "mais", "b"]) == [0.5, 1.0, 1.5]
    assert R.contrast_weights(["par", "contre", "b"]) == [1.0, 1.5, 1.5]


@pytest.mark.parametrize("token, word", [("l'", "URD"), ("d'", "espoir"), ("qu'", "il"), ("j'", "aime"),
                                         ("c'", "est"), ("n'", "est")])
def test_elisions_are_split(token, word):
    assert R.tokenize(f"{token}{word}") == [token, word]


def test_elision_lets_the_word_score():
    assert lex("l'espoir") == lex("espoir") > 0
    assert lex("d’espoir") > 0                      # typographic apostrophe


def test_repeated_letters_and_punctuation_emphasise():
    assert R.squeeze_repeats("nuuuul") == "nul"
    assert lex("bravooo") > lex("bravo") > 0
    assert lex("nuuuul") < lex("nul") < 0
    assert lex("bravo !!!") > lex("bravo")
    assert lex("bravo ?!?!") > lex("bravo")


def test_all_caps_emphasise_unless_whole_post_shouts():
    assert lex("la HONTE totale") < lex("la honte totale") < 0
    assert lex("HONTE") == pytest.approx(lex("honte"))


@pytest.mark.parametrize("text, sign", [("😡", -1), ("🙏", 1), ("❤️", 1), ("😢", -1), (":)", 1), (":(", -1),
                                        ("🤮", -1), ("👏👏", 1), ("🥰", 1)])
def test_emojis_and_emoticons(text, sign):
    assert lex(text) * sign > 0


def test_emoji_from_french_description():
    # not in the hand-set list: valence comes from the words of its description in emojis_fr.txt
    assert "😀" not in ("😂",) and sentiment_lexicon.load().emojis.get("😻", 0) > 0


def test_irony_marker_turns_praise():
    assert lex("Bravo la CENI 🙄") < 0
    assert lex("Magnifique, encore des coupures 😒") < 0


@pytest.mark.parametrize("tag, words", [("#MaliDebout", ["mali", "debout"]), ("#Honte", ["honte"]),
                                        ("#honte2020", ["honte"]), ("#URD", ["urd"])])
def test_hashtag_words(tag, words):
    assert [w for w in R.hashtag_words(tag) if not w.isdigit()] == words


def test_hashtags_score():
    assert lex("#Honte") < 0
    assert lex("#Mascarade #Fraude") < 0


def test_campaign_and_bambara_vocabulary():
    for word in ("mascarade", "tripatouillage", "fraude", "honte"):
        assert lex(word) < 0, word
    for word in ("apaisé", "paix", "bravo", "vive", "félicitations", "barika", "hɛrɛ", "hèrè"):
        assert lex(word) > 0, word
    assert lex("kɛlɛ") < 0 and lex("kèlè") < 0


def test_stem_lookup_covers_inflections():
    assert "tripatouillées" not in sentiment_lexicon.load().words
    assert lex("tripatouillées") < 0


def test_neutral_news_words_score_zero():
    assert lex("Le bureau de vote ouvrira sur la place à 8h") == 0.0


def test_tokenizer_agrees_with_tweet_tokenizer():
    from nltk.tokenize import TweetTokenizer
    text = "Bravo @CENI_Mali pour le vote #MaliDebout 😍 :) https://t.co/x l'URD !"
    reference = TweetTokenizer().tokenize(text)
    ours = R.tokenize(text)
    split_ref = []
    for token in reference:      # TweetTokenizer keeps elisions attached; ours splits them off
        split_ref.extend([token[:2], token[2:]] if token[:2] == "l'" else [token])
    assert ours == split_ref
