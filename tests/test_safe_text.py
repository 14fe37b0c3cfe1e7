import pytest
from hypothesis import given, strategies as st

from analysis.safe_text import escape_markdown


@pytest.mark.parametrize("raw, escaped", [
    ("[x](http://e.ml)", "\\[x\\]\\(http\\://e\\.ml\\)"),
    ("**gras**", "\\*\\*gras\\*\\*"),
    ("<script>", "\\<script\\>"),
    ("Allez voter", "Allez voter"),
])
def test_escape_markdown(raw, escaped):
    assert escape_markdown(raw) == escaped


@given(st.text())
def test_unescaping_gives_back_the_text(text):
    import re
    assert re.sub(r"\\(.)", r"\1", escape_markdown(text), flags=re.S) == text
