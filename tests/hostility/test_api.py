"""Hostility analyser: shapes and ranges of the public face, robustness, VERSION, lexicon errors."""
import shutil

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import analysis.hostility as hostility
from analysis.hostility import lexicon

texts = st.lists(st.one_of(st.text(max_size=200), st.sampled_from(["", " ", "«", "\"'«»", "*", "p*t*", "@user", "a" * 500])),
                 max_size=6)


@settings(max_examples=60, deadline=None)
@given(texts)
def test_never_raises_and_keeps_one_row_per_text(batch):
    out = hostility.classify_many(batch)
    assert set(out) == {"hostility", "hostility_kind", "hostility_target"}
    assert all(len(column) == len(batch) for column in out.values())
    assert set(out["hostility"]) <= {"hostile", "not_hostile"}
    for label, kinds in zip(out["hostility"], out["hostility_kind"]):
        assert isinstance(kinds, tuple) and set(kinds) <= {"insult", "hate", "threat"}
        assert bool(kinds) == (label == "hostile")
    values = hostility.scores(batch)
    assert values.shape == (len(batch),) and np.all((values >= 0) & (values <= 1))


def test_missing_text_is_not_hostile():
    assert hostility.classify_many([None, float("nan")])["hostility"] == ["not_hostile", "not_hostile"]


def test_scores_order_hostile_above_benign():
    values = hostility.scores(["Espèce de connard, je vais te tuer", "La CENI publie les résultats demain"])
    assert values[0] > 0.5 > values[1]


def test_features_has_one_row_per_text():
    matrix = hostility.features(["Sale con", "Bonjour", ""])
    assert matrix.shape[0] == 3 and matrix.shape[1] > 1000
    assert matrix[0].sum() > 0


def test_version_changes_when_a_lexicon_file_changes(tmp_path):
    copy = tmp_path / "hostility"
    shutil.copytree(lexicon.LEXICON_DIR, copy)
    before = lexicon.data_hash(copy)
    with open(copy / "insults.tsv", "a", encoding="utf-8") as handle:
        handle.write("malappris\tinsult\t\tfr\tweak\n")
    assert lexicon.data_hash(copy) != before
    assert lexicon.data_hash(lexicon.LEXICON_DIR) == hostility.VERSION.removeprefix("hostility-")


def test_bad_lexicon_line_names_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "insults.tsv").write_text("# comment\nconnard\tinsult\t\tfr\tstrong\nbroken\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    with pytest.raises(lexicon.LexiconError, match=r"insults.tsv: line 3"):
        lexicon.read_tsv("insults.tsv", 5)
