"""The shared matcher: normalisation, word boundaries, elisions, hashtags, longest match first."""
import pytest
from hypothesis import given, strategies as st

from analysis.text import normalize, sentences

from analysis.annotate.automaton import Matcher, by_field, longest_first


@pytest.mark.parametrize("raw, expected", [
    ("l'URD", "l urd"),
    ("d’ADEMA", "d adema"),
    ("#URD2020", "urd 2020"),
    ("#VoteURD", "vote urd"),
    ("#LibérezSoumaïla", "liberez soumaila"),
    ("ÉLECTIONS À GAO", "elections a gao"),
    ("Kɛlɛ ɲɔgɔn", "kele nyogon"),
    ("M5-RFP", "m 5 rfp"),
    ("covid19", "covid 19"),
    ("", ""),
    (None, ""),
])
def test_normalize(raw, expected):
    assert normalize(raw) == expected


MATCHER = Matcher([
    ("URD", "party", "URD", ""), ("RPM", "party", "RPM", ""),
    ("Nioro", "place", "Kayes|Nioro du Sahel", ""), ("Nioro du Sahel", "place", "Kayes|Nioro du Sahel", "x"),
    ("Kati", "place", "Koulikoro|Kati", ""), ("allez voter", "p", "call", ""),
])


def _values(text, field):
    return [h.value for h in by_field(MATCHER.hits(normalize(text))).get(field, [])]


@pytest.mark.parametrize("text, field, expected", [
    ("l'URD et le RPM", "party", ["URD", "RPM"]),
    ("#URD2020 !", "party", ["URD"]),
    ("URDISTE", "party", []),              # word boundary
    ("Katibougou", "place", []),           # Kati inside a longer word
    ("Allez VOTER", "p", ["call"]),
    ("allez\n voter", "p", ["call"]),      # whitespace folded
])
def test_matcher_boundaries(text, field, expected):
    assert _values(text, field) == expected


def test_longest_match_wins():
    hits = by_field(MATCHER.hits(normalize("à Nioro du Sahel")))["place"]
    assert [h.term for h in hits] == ["nioro du sahel"]


def test_longest_first_keeps_same_span_payloads():
    hits = Matcher([("Gao", "f", "a", ""), ("Gao", "f", "b", "")]).hits("gao")
    assert {h.value for h in longest_first(hits)} == {"a", "b"}


def test_sentences_split():
    assert sentences("Un. Deux ! Trois?\nQuatre") == ["Un.", "Deux !", "Trois?", "Quatre"]


@given(st.text())
def test_normalize_any_text(text):
    out = normalize(text)
    assert out == " ".join(out.split())
    assert all(c.isascii() and (c.isalnum() or c == " ") for c in out)
    MATCHER.hits(out)
