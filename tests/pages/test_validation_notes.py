"""The sentence under the charts: "non validé" without labels, "corrigé d'après N posts validés ; F1 machine x"
once N >= 100 posts validated at random exist for the field, and the Méthode page's table of those figures."""
import shutil
from pathlib import Path

import numpy as np
import pytest

from analysis.store import Store
from analysis.validation import fields, labels, metrics
from tests.apptest_helpers import fresh_caches, run_page
from tests.validation.helpers import write_labels
from tests.pages.shown_tables import drawn, number, numbers

ROOT = Path(__file__).resolve().parents[2]
N_RANDOM = 120
OTHER = {"negative": "neutral", "neutral": "positive", "positive": "negative"}


@pytest.fixture(scope="module")
def notes_db(demo_db, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("notes") / "demo.duckdb"
    shutil.copy(demo_db, path)
    return path


@pytest.fixture(autouse=True)
def _env(notes_db, monkeypatch):
    monkeypatch.setenv("VIGIE_DB", str(notes_db))
    with fresh_caches():
        yield


def _captions(page: str) -> list[str]:
    at = run_page(ROOT / "pages" / page)
    assert not at.exception
    return [c.value for c in at.caption]


def _random_tone_labels(db, tmp_path) -> str:
    """N_RANDOM posts drawn at random among those with a machine tone; every fourth label contradicts it."""
    with Store(db, read_only=True) as store:
        posts = store.load()
    toned = posts[posts["sentiment_label"].fillna("").astype(str) != ""]
    chosen = toned.sample(N_RANDOM, random_state=3)
    truth = [OTHER[m] if i % 4 == 0 else m for i, m in enumerate(chosen["sentiment_label"])]
    labels.import_labels(write_labels(tmp_path / "tone.csv", [(p, "tone", t, "awa") for p, t in
                                                              zip(chosen["post_id"], truth)]), db, sample="random")
    f1 = metrics.report(fields.get("tone"), truth, chosen["sentiment_label"].tolist())["macro_f1"]
    return f"{f1:.2f}".replace(".", ",")


def _ensure_tone_labels(db, tmp_path) -> None:
    """The random tone labels, whichever test runs first."""
    with Store(db, read_only=True) as store:
        done = len(store.labels("tone"))
    if not done:
        _random_tone_labels(db, tmp_path)


def test_notes_say_unvalidated_then_corrected_after_100_random_labels(demo_db, tmp_path, monkeypatch):
    notes_db = tmp_path / "own.duckdb"        # a store of its own: it must start without any label
    shutil.copy(demo_db, notes_db)
    monkeypatch.setenv("VIGIE_DB", str(notes_db))
    before = _captions("2_Sentiment.py")
    assert sum("chiffre non validé" in c for c in before) >= 1
    assert not any("corrigé d'après" in c for c in before)
    f1 = _random_tone_labels(notes_db, tmp_path)
    with fresh_caches():
        after = _captions("2_Sentiment.py")
    assert f"corrigé d'après {N_RANDOM} posts validés ; F1 machine {f1}" in after
    assert not any("chiffre non validé" in c for c in after)
    with fresh_caches():
        assert f"corrigé d'après {N_RANDOM} posts validés ; F1 machine {f1}" in _captions("1_Vue_d_ensemble.py")
        participation = _captions("4_Participation.py")     # another field: still unvalidated
    assert "chiffre non validé" in participation and not any("corrigé d'après" in c for c in participation)


def test_corrected_shares_and_intervals_are_shown_beside_the_chart(notes_db, tmp_path):
    _ensure_tone_labels(notes_db, tmp_path)
    at = run_page(ROOT / "pages" / "1_Vue_d_ensemble.py")
    shown = [e for e in at.expander if "Parts corrigées" in e.label]
    assert shown
    table = drawn(shown[0].dataframe[0])
    assert list(table["Classe"]) == ["négatif", "neutre", "positif"]
    corrected = np.array(numbers(table["Corrigé"])) / 100  # shown as percentages
    assert abs(corrected.sum() - 1) < 2e-3 and np.all(corrected >= 0)
    assert all("–" in cell for cell in table["Intervalle 95 %"])


def test_labels_not_drawn_at_random_leave_the_figure_unvalidated_with_the_reason(notes_db, tmp_path):
    with Store(notes_db, read_only=True) as store:
        posts = store.load()
    chosen = posts.sample(N_RANDOM, random_state=5)["post_id"]
    labels.import_labels(write_labels(tmp_path / "p.csv", [(p, "participation", "none", "awa") for p in chosen]),
                         notes_db, sample="other")
    with fresh_caches():
        captions = _captions("4_Participation.py")
    assert any("pas été tirés au hasard" in c for c in captions)


def test_the_method_page_reports_the_own_validation(notes_db, tmp_path):
    _ensure_tone_labels(notes_db, tmp_path)
    at = run_page(ROOT / "pages" / "14_Méthode.py")
    assert not at.exception
    table = next(drawn(d) for d in at.dataframe if "Posts validés" in drawn(d).columns)
    tone = table[table["Champ à valider"] == "tonalité"].iloc[0]
    assert number(tone["Posts validés"]) == N_RANDOM and number(tone["Utilisables pour corriger"]) == N_RANDOM
    assert tone["Tirage"] == f"au hasard {N_RANDOM}"
