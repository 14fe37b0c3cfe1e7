"""Language identification: golden posts, the labelled set's per-label figures, robustness."""
import csv
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from analysis.annotate import language

LABELLED = Path(__file__).resolve().parents[1] / "data" / "lang_dev.csv"
LABELS = ("fr", "bm", "en", "ar", "mixed", "und")


@pytest.mark.parametrize("text, expected", [
    ("Bravo au peuple malien pour ce scrutin apaisé", "fr"),
    ("c pas normal ce ki se passe", "fr"),
    ("Le vote a eu lieu hier a Kati", "fr"),
    ("Allah ka barika don", "bm"),
    ("Ne bɛ taa vote kɛ sini", "bm"),
    ("anw bè vote kè dimanche", "bm"),                  # typed spelling è for ɛ
    ("i ni sogoma", "bm"),
    ("I ni ce les jeunes de Kati, mobilisation exemplaire", "mixed"),
    ("nkalon dɔrɔn, ils ne font que mentir", "mixed"),
    ("Thank you all for voting today", "en"),
    ("الحمد لله", "ar"),
    ("😂😂😂", "und"),
    ("", "und"),
    ("2020", "und"),
    ("Bamako", "und"),                                 # a place name is no evidence
])
def test_detect_golden(text, expected):
    assert language.detect(text) == expected


def _labelled():
    with open(LABELLED, encoding="utf-8", newline="") as handle:
        return [(row["text"], row["lang"]) for row in csv.DictReader(handle)]


def test_labelled_set_covers_every_label():
    rows = _labelled()
    assert len(rows) >= 200
    assert {lab for _, lab in rows} == set(LABELS)


def test_per_label_precision_and_recall():
    rows = _labelled()
    predicted = language.detect_many([t for t, _ in rows])
    for lab in LABELS:
        gold_n = sum(1 for _, g in rows if g == lab)
        pred_n = sum(1 for p in predicted if p == lab)
        hits = sum(1 for (_, g), p in zip(rows, predicted) if g == lab == p)
        assert hits / gold_n >= 0.85, f"{lab} recall {hits / gold_n:.2f}"
        assert hits / pred_n >= 0.85, f"{lab} precision {hits / max(pred_n, 1):.2f}"


def test_typed_spellings_cover_phone_forms():
    assert {"ɲɔgɔn", "nyogon", "gnogon", "nyôgôn"} <= language.typed_spellings("ɲɔgɔn")
    assert "kèlè" in language.typed_spellings("kɛlɛ")


def test_detect_many_keeps_length_and_order():
    texts = ["Allah ka barika don", "Vive le Mali", None, 3.5]
    assert language.detect_many(texts) == ["bm", "fr", "und", "und"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text):
    assert language.detect(text) in LABELS


def test_very_long_post():
    assert language.detect("Le vote a eu lieu dans le calme. " * 1500) == "fr"


def test_holdout_set_written_after_tuning():
    with open(Path(__file__).resolve().parents[1] / "data" / "lang_holdout.csv", encoding="utf-8", newline="") as handle:
        rows = [(row["text"], row["lang"]) for row in csv.DictReader(handle)]
    predicted = language.detect_many([t for t, _ in rows])
    accuracy = sum(p == g for p, (_, g) in zip(predicted, rows)) / len(rows)
    assert accuracy >= 0.85


# The column path of detect_many() must give exactly detect()'s label: fragments that exercise every rule
# (greetings, apostrophes, Bambara letters, Arabic, lower-casing that changes length, lone surrogates).
FRAGMENTS = ["i ni ce", "aw ni sogoma", "ni ce'", "k'a", "l'urd", "Ɛ", "ɛ", "ɲ", "İ", "Σ", "الحمد لله", "😂",
             "’", "'", "\n", "ka", "bɛ", "le", "vote", "the", "people", "\ud800", "Allah", "ni", "ce", "é",
             "\u0301", "_", "2020", " ", "anw", "fraude", "thank"]
POSTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(POSTS, min_size=1, max_size=30, unique=True))
def test_column_path_agrees_with_detect(texts):
    assert language._detect_columns(texts).tolist() == [language.detect(t) for t in texts]


def test_detect_many_agrees_with_detect_on_the_labelled_set():
    texts = [t for t, _ in _labelled()]
    assert len(set(texts)) >= language.BATCH_MIN          # large enough for the column path
    assert language.detect_many(texts) == [language.detect(t) for t in texts]


def test_detect_many_repeats_chunks_and_odd_items(monkeypatch):
    monkeypatch.setattr(language, "CHUNK", 7)
    texts = [t for t, _ in _labelled()] * 2 + [None, ["not", "text"], float("nan"), 3]
    assert language.detect_many(texts) == [language.detect(t) for t in texts]


def test_only_bambara_letters_lower_case_to_bambara_letters():
    # the column path looks for ɛ ɔ ɲ ŋ after lower-casing; detect() looks for both cases before it
    found = {chr(c) for c in range(0x110000) if set(chr(c).lower()) & set("ɛɔɲŋ")}
    assert found == set("ɛɔɲŋƐƆƝŊ")
