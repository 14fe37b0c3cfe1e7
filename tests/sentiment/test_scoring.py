"""Tone analyser API: score range, labels, sentence scores, robustness, evaluation command."""
import json

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from analysis.evaluate import tone as evaluation
from analysis.sentiment import scoring as sentiment


@pytest.mark.parametrize("text, expected", [
    ("Bravo au peuple malien pour ce scrutin apaisé 👏🇲🇱", "positive"),
    ("Félicitations à notre nouveau député 💪", "positive"),
    ("Allah ka barika don, que Dieu bénisse le Mali", "positive"),
    ("Quelle mascarade ces élections, tout était joué d'avance 😡", "negative"),
    ("Honte à la CENI, aucune transparence #Honte", "negative"),
    ("Je ne suis pas du tout content de ce résultat", "negative"),
    ("Les bureaux de vote ouvriront à 8h et fermeront à 18h dimanche", "neutral"),
    ("La CENI publiera les résultats provisoires mardi", "neutral"),
    ("", "neutral"),
])
def test_golden_labels(text, expected):
    assert sentiment.label(sentiment.score(text)) == expected


def test_score_many_matches_score_and_is_numpy():
    texts = ["Bravo", "Honte", "Le vote a lieu dimanche"]
    many = sentiment.score_many(texts)
    assert isinstance(many, np.ndarray) and many.shape == (3,)
    assert many == pytest.approx([sentiment.score(t) for t in texts])
    assert many[0] > 0 > many[1]


def test_labels_cut_scores():
    out = sentiment.labels([-1.0, 0.0, 1.0, float("nan")])
    assert list(out) == ["negative", "neutral", "positive", "neutral"]


def test_sentence_scores_keep_each_sentence_tone():
    parts = sentiment.sentence_scores("Bravo à l'URD pour sa campagne. Honte au RPM et à ses magouilles !")
    assert [s for s, _ in parts] == ["Bravo à l'URD pour sa campagne.", "Honte au RPM et à ses magouilles !"]
    assert parts[0][1] > 0 > parts[1][1]
    assert sentiment.sentence_scores("") == []


def test_non_text_inputs_score_like_an_empty_post():
    scores = sentiment.score_many([None, 3, float("nan"), ""])
    assert np.all(scores == scores[3]) and abs(scores[3]) < 0.15     # neutral, whatever the model's bias
    assert sentiment.score_many([]).shape == (0,)
    assert sentiment.lexicon_score(None) == 0.0


def test_version_is_a_string():
    assert isinstance(sentiment.VERSION, str) and sentiment.VERSION.startswith("tone-")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_and_stays_in_range(text):
    value = sentiment.score(text)
    assert -1.0 <= value <= 1.0
    assert sentiment.label(value) in ("negative", "neutral", "positive")
    for _, v in sentiment.sentence_scores(text):
        assert -1.0 <= v <= 1.0


@pytest.mark.parametrize("text", [
    "honte " * 10000,                     # 60,000 characters of one strong word: saturates, no overflow
    "a" * 50000,
    "😡" * 50000,
    "!" * 50000,
    ("Bravo ! " + "x" * 1000) * 50,
])
def test_very_long_posts(text):
    assert -1.0 <= sentiment.score(text) <= 1.0


def _write(tmp_path, content):
    path = tmp_path / "set.csv"
    path.write_text(content, encoding="utf-8")
    return path


def test_evaluate_sentiment_reports_metrics(tmp_path):
    path = _write(tmp_path, "text,label\nBravo aux jeunes,positive\nQuelle honte,negative\n"
                            "Le vote a lieu dimanche,neutral\n\"Fraude, mascarade\",negative\n")
    result = evaluation.evaluate_sentiment(path)
    assert result["n"] == 4
    assert set(result["per_class"]) == {"negative", "neutral", "positive"}
    assert result["confusion"]["labels"] == ["negative", "neutral", "positive"]
    assert sum(map(sum, result["confusion"]["rows_gold_cols_predicted"])) == 4
    assert 0 <= result["macro_f1"] <= 1 and result["posts_per_s"] > 0
    json.dumps(result)


@pytest.mark.parametrize("content, message", [
    ("texte,label\nBravo,positive\n", "set.csv:1: missing column text"),
    ("text,label\nBravo,positive\nHonte,tres negatif\n", "set.csv:3: unknown label"),
    ("text,label\n", "set.csv:2: no labelled rows"),
    ("", "set.csv:1: empty file"),
])
def test_evaluate_sentiment_bad_input(tmp_path, content, message):
    with pytest.raises(ValueError, match=message):
        evaluation.evaluate_sentiment(_write(tmp_path, content))


def test_metrics_hand_computed():
    gold = ["positive", "positive", "negative", "neutral"]
    pred = ["positive", "negative", "negative", "positive"]
    out = evaluation.metrics(gold, pred)
    assert out["per_class"]["positive"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert out["per_class"]["negative"]["precision"] == 0.5
    assert out["per_class"]["neutral"]["recall"] == 0.0
    assert out["macro_f1"] == pytest.approx(round((0.5 + 2 / 3 + 0) / 3, 4))
