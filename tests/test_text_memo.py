"""normalize's memo and its word splitting: the memo stays within its bound and never changes a result."""
import re

import pytest
from hypothesis import given, strategies as st

from analysis import text


def _spelled_out(raw) -> str:
    """normalize as its docstring states it, step by step: camel case in hashtags and handles, fold, every
    non-alphanumeric run to one space, letters and digits apart, ends trimmed."""
    if not isinstance(raw, str) or not raw:
        return ""
    if "#" in raw or "@" in raw:
        raw = re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])|(?<=[A-ZÀ-Þ])(?=[A-ZÀ-Þ][a-zà-ÿ]{2})", " ", raw)
    words = re.sub(r"[^a-z0-9]+", " ", text.fold(raw))
    return re.sub(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])", " ", words).strip()


@pytest.fixture(autouse=True)
def _cold_memo():
    text.clear_memo()
    yield
    text.clear_memo()


@given(st.text(alphabet=st.sampled_from("aZé#@ 1'ΣɛƆɲœ\u0301\u00a0’!?.\nUrdRPM2020ٵ😀ǅ")) | st.text())
def test_normalize_is_the_spelled_out_steps(raw):
    assert text.normalize(raw) == _spelled_out(raw)
    assert text.normalize(raw) == _spelled_out(raw)       # the second call answers from the memo


def test_memo_answers_what_was_computed():
    first = text.normalize("#VoteURD2020 à Ségou !")
    assert text._MEMO["#VoteURD2020 à Ségou !"] == first == "vote urd 2020 a segou"
    text._MEMO["#VoteURD2020 à Ségou !"] = "poisoned"           # proves the second call reads the memo
    assert text.normalize("#VoteURD2020 à Ségou !") == "poisoned"
    text.clear_memo()
    assert text.normalize("#VoteURD2020 à Ségou !") == first


def test_memo_stays_within_its_bound(monkeypatch):
    monkeypatch.setattr(text, "MEMO_CHARS", 10_000)
    held = []
    for i in range(2_000):
        raw = f"Élection n°{i} à Gao"
        assert text.normalize(raw) == f"election n {i} a gao"
        held.append(sum(len(k) + len(v) for k, v in text._MEMO.items()))
        assert held[-1] == text._memo_chars
    assert max(held) <= 10_000
    assert 0 < len(text._MEMO) < 2_000


def test_very_long_text_is_not_kept(monkeypatch):
    monkeypatch.setattr(text, "MEMO_CHARS", 10_000)
    raw = "Gao " * 200
    assert text.normalize(raw) == ("gao " * 200).strip()
    assert raw not in text._MEMO and text._memo_chars == 0


def test_missing_text_is_empty_and_not_kept():
    assert text.normalize(None) == text.normalize(float("nan")) == text.normalize("") == ""
    assert not text._MEMO
