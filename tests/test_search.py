"""The free-text search's two forms agree: the frame's regex (pyarrow's RE2, ignoring case) and a large store's
substring test on the folded text (DuckDB), for any query and text over French and Bambara letters."""
import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings, strategies as st

from analysis.search import ACCENT_CLASSES, search_fold, search_pattern, search_text_sql

LETTERS = "aàâäáAÀÂÄeéèêëEÉÈÊËiîïIÎÏoôöOÔÖuùûüUÙÛÜcçCÇɛƐɔƆɲƝŋñœŒ" + "bdkmnrst '-.?()+*[]"
_con = duckdb.connect()


def _regex(query: str, texts: list[str]) -> list[bool]:
    hits = pc.match_substring_regex(pa.array(texts, type=pa.string()), search_pattern(query), ignore_case=True)
    return hits.to_pylist()


def _folded(query: str, texts: list[str]) -> list[bool]:
    rows = _con.execute(f"SELECT contains({search_text_sql('t')}, ?) FROM unnest(?::VARCHAR[]) AS u(t)",
                        [search_fold(query), texts]).fetchall()
    return [row[0] for row in rows]


@settings(max_examples=300, deadline=None)
@given(st.text(LETTERS, min_size=1, max_size=3), st.lists(st.text(LETTERS, max_size=12), min_size=1, max_size=8))
def test_the_fold_finds_what_the_regex_finds(query, texts):
    assert _folded(query, texts) == _regex(query, texts)


@pytest.mark.parametrize("query, text, found", [
    ("election", "Élection du 29 mars", True), ("ÉLECTION", "une élection", True), ("ecole", "L'ÉCOLE", True),
    ("ɛ", "Ɛ", True), ("ɛ", "e", False), ("á", "a", False), ("c++", "C++ ou c", True), ("(rpm", "(RPM)", True),
    ("a.b", "axb", False)])
def test_accents_fold_case_does_not_matter_and_nothing_is_a_regex(query, text, found):
    assert _folded(query, [text]) == [found] == _regex(query, [text])


def test_the_sql_fold_is_the_python_fold():
    text = "".join(ACCENT_CLASSES.values()).upper() + " Ɛɲɔ ñœ"
    assert _con.execute(f"SELECT {search_text_sql('?')}", [text]).fetchone()[0] == search_fold(text)
