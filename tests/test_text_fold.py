"""One accent fold and one sentence splitter (analysis.text), used by every stage that folds or splits."""
import pytest
from hypothesis import given, strategies as st

from analysis import gazetteer
from analysis.search import search_pattern
from analysis.text import fold, fold_keep_case, normalize, sentences
from analysis.coordination.normalise import normalise
from analysis.sentiment import lexicon, scoring


@pytest.mark.parametrize("raw, expected", [
    ("Élection à Ségou", "election a segou"),
    ("Kɛlɛ ɲɔgɔn ŋana", "kele nyogon ngana"),
    ("cœur", "coeur"),
    ("Se\u0301gou", "segou"),              # accent typed as a separate mark (NFD)
    ("Ẹ̀kọ́", "eko"),
    ("URD 2020 !", "urd 2020 !"),
    ("إلا", "الا"),
])
def test_fold(raw, expected):
    assert fold(raw) == expected


def test_fold_keep_case_is_the_same_fold():
    assert fold_keep_case("Ségou ÉLU ɲɔgɔn") == "Segou ELU nyogon"
    assert fold_keep_case("Ségou ÉLU ɲɔgɔn").lower() == fold("Ségou ÉLU ɲɔgɔn")


@given(st.text(st.characters(blacklist_characters="@#/:.w")))      # mentions, hashtags and links aside
def test_every_stage_folds_the_same_way(text):
    assert normalize(text) == normalize(fold(text))
    assert normalise(text) == normalise(fold(text))


def test_lexicon_folds_with_the_one_fold():
    lex = lexicon.load()
    assert lex.folded[fold("Écœurant")] == lex.folded["ecoeurant"] < 0
    assert scoring.token_valence("ecoeurant") == scoring.token_valence("écœurant") < 0
    assert scoring.token_valence("mascarade") == scoring.token_valence("MASCARADE".lower()) < 0


def test_coordination_and_matcher_agree_on_bambara_letters():
    assert normalise("Ŋana ka ɲɛ") == normalize("Ŋana ka ɲɛ") == "ngana ka nye"


@pytest.mark.parametrize("query, text, found", [
    ("election", "Élection", True), ("élection", "election", True), ("cœur", "cœur", True),
    ("ñ", "ñ", True), ("á", "á", True), ("e", "x", False)])
def test_search_ignores_accents_like_the_fold(query, text, found):
    import re
    assert bool(re.search(search_pattern(query), text, re.IGNORECASE)) is found


def test_actors_spelling_uses_the_fold():
    assert gazetteer.spelling("SEGOU", gazetteer.region_names()) == "Ségou"


def test_one_sentence_splitter_for_post_tone_and_party_tone():
    text = "Le RPM a fraudé ; l'URD proteste. Bravo\nà tous"
    assert [s for s, _ in scoring.sentence_scores(text)] == sentences(text)
    assert sentences(text) == ["Le RPM a fraudé ;", "l'URD proteste.", "Bravo", "à tous"]


def test_three_byte_latin_letters_fold_in_coordination_too():
    assert normalise("Ḁ Việt Nam bầu cử") == normalize("Ḁ Việt Nam bầu cử") == "a viet nam bau cu"


def test_every_latin_and_arabic_character_folds_the_same_everywhere():
    """Exhaustive over the blocks the fold table covers (the property test above only samples them)."""
    codes = [*range(0x80, 0x800), *range(0x1E00, 0x1F00)]
    differ = [hex(cp) for cp in codes for text in (chr(cp), f"a{chr(cp)}b")
              if normalise(text) != normalise(fold(text)) or normalize(text) != normalize(fold(text))]
    assert differ == []
