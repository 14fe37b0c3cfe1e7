"""The Validation page under AppTest: labels typed on the desk reach the store with their annotator, blind coding,
double coding across annotators, keyboard submission, retraining, export, empty states."""
import csv
import io
from pathlib import Path

import duckdb
import pytest

from analysis.store import Store
from analysis.validation import labels
from tests.apptest_helpers import fresh_caches, run_page
from tests.validation.helpers import make_store, tone_texts, write_labels

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "pages" / "10_Validation.py"
TRUTH = ["positive", "neutral", "negative"] * 8       # the machine's label of twitter:i is TRUTH[i]


def _store(path, truth=TRUTH):
    make_store(path, truth, texts=tone_texts(truth))
    return path


@pytest.fixture
def small_db(tmp_path, monkeypatch):
    path = _store(tmp_path / "s.duckdb")
    monkeypatch.setenv("VIGIE_DB", str(path))
    with fresh_caches():
        yield path


def _stored(db):
    with Store(db, read_only=True) as store:
        return store.labels()


def _as(name: str, double: int | None = None):
    at = run_page(PAGE)
    if double is not None:
        at.slider(key="val_double").set_value(double)
    return at.text_input(key="val_annotator").input(name).run()


def _current(at, name: str, field: str = "tone", strategy: str = "random"):
    return at.session_state[f"val_queue:{field}:{strategy}:{name}"]["current"]


def _label(at, name: str, value: str):
    post_id = _current(at, name)[0]
    at.radio(key=f"val_choice:{post_id}").set_value(value)
    at.button(key="val_save").click().run()
    return post_id


def _texts(at) -> list[str]:
    return [e.value for e in at.get("text")]


def test_labelling_a_post_adds_a_label_row_with_its_annotator(small_db):
    at = _as("awa")
    assert not at.exception
    post_id = _label(at, "awa", "negative")
    rows = _stored(small_db)
    assert list(zip(rows["post_id"], rows["field"], rows["label"], rows["annotator"], rows["source"])) == [
        (post_id, "tone", "negative", "awa", "random")]
    assert _current(at, "awa")[0] != post_id          # the next post is served
    progress = at.get("progress")[0].proto.text
    assert "Codés par vous : 1" in progress and "validés pour ce champ : 1 sur 300" in progress


def test_the_number_keys_save_their_class_and_enter_saves_the_choice(small_db):
    at = _as("awa")
    quick = at.button(key="val_quick_2")
    assert quick.proto.shortcut.lower() == "3" and at.button(key="val_save").proto.shortcut.lower() == "enter"
    post_id = _current(at, "awa")[0]
    quick.click().run()
    rows = _stored(small_db)
    assert list(zip(rows["post_id"], rows["label"])) == [(post_id, "positive")]
    at.button(key="val_save").click().run()            # Enter without a choice saves nothing
    assert len(_stored(small_db)) == 1 and at.warning


def test_the_machine_guess_is_hidden_until_asked(small_db):
    at = _as("awa")
    post_id = _current(at, "awa")[0]
    text = tone_texts(TRUTH)[int(post_id.split(":")[1])]
    assert text in _texts(at)
    assert not any("Proposition de la machine" in s for s in _texts(at))
    at.toggle(key=f"val_machine:tone:{post_id}").set_value(True).run()
    expected = {"positive": "positif", "neutral": "neutre", "negative": "négatif"}[TRUTH[int(post_id.split(":")[1])]]
    assert f"Proposition de la machine : {expected}" in _texts(at)
    assert _current(at, "awa")[0] == post_id           # asking does not change the post


def test_double_coding_serves_a_post_labelled_by_one_annotator_to_another(small_db):
    first = _label(_as("awa"), "awa", "neutral")
    never = _as("bintou", double=0)
    assert _current(never, "bintou") == (_current(never, "bintou")[0], False)
    assert _current(never, "bintou")[0] != first
    with fresh_caches():
        at = _as("bintou", double=100)
        assert _current(at, "bintou") == (first, True)
        assert any("déjà codé par une autre personne" in c.value for c in at.caption)
        _label(at, "bintou", "positive")
    rows = _stored(small_db)
    mine = rows[rows["post_id"] == first]
    assert sorted(zip(mine["annotator"], mine["label"], mine["source"])) == [
        ("awa", "neutral", "random"), ("bintou", "positive", "random")]


def test_nothing_left_to_label_says_so(tmp_path, monkeypatch):
    path = _store(tmp_path / "two.duckdb", ["positive", "negative"])
    monkeypatch.setenv("VIGIE_DB", str(path))
    with fresh_caches():
        at = _as("awa")
        _label(at, "awa", "positive")
        _label(at, "awa", "negative")
        assert any("Plus rien à coder" in s.value for s in at.success)
        assert sorted(_stored(path)["label"]) == ["negative", "positive"]


def test_the_page_survives_an_empty_store_and_an_impossible_draw(tmp_path, monkeypatch):
    empty = tmp_path / "empty.duckdb"
    Store(empty).close()
    monkeypatch.setenv("VIGIE_DB", str(empty))
    with fresh_caches():
        at = run_page(PAGE)
        assert not at.exception and any("aucun post" in i.value for i in at.info)
    monkeypatch.setenv("VIGIE_DB", str(_store(tmp_path / "s.duckdb")))
    with fresh_caches():
        at = run_page(PAGE)
        at.selectbox(key="val_field").set_value("hostility")
        at.radio(key="val_strategy").set_value("uncertain")
        at = at.text_input(key="val_annotator").input("awa").run()
        assert not at.exception and any("Tirage impossible" in w.value for w in at.warning)


def test_export_gives_the_labels_safe_for_spreadsheets(small_db):
    at = _as("=HYPERLINK")
    post_id = _label(at, "=HYPERLINK", "positive")
    from ui import desk
    rows = list(csv.DictReader(io.StringIO(desk.export_bytes().decode("utf-8-sig"))))
    assert [(r["post_id"], r["field"], r["label"], r["annotator"], r["source"]) for r in rows] == [
        (post_id, "tone", "positive", "'=HYPERLINK", "random")]


def test_retrain_fits_the_model_and_reannotates(small_db, tmp_path):
    rows = [(f"twitter:{i}", "tone", label, "awa") for i, label in enumerate(TRUTH)]
    labels.import_labels(write_labels(tmp_path / "l.csv", rows), small_db, sample="random")
    at = run_page(PAGE)
    at.button(key="val_retrain").click().run()
    assert not at.exception and not at.error
    with Store(small_db, read_only=True) as store:
        model = store.latest_model("tone")
    assert model is not None and model["blob"] is not None and model["n_labels"] == len(TRUTH)
    con = duckdb.connect(str(small_db), read_only=True)
    versions = {v for (v,) in con.execute("SELECT DISTINCT version FROM annotations").fetchall()}
    con.close()
    assert len(versions) == 1 and "+tone-model-" in versions.pop()     # every post re-annotated by the model
    status = [n.proto.label for n in at.main.children.values() if n.type == "status"]
    assert status and status[0].startswith(f"Modèle entraîné sur {len(TRUTH)} labels")
    assert any(c.value.startswith("Modèle entraîné : version") for c in at.caption)   # the report saw it


def test_participation_is_coded_with_one_box_per_category(small_db):
    at = run_page(PAGE)
    at.selectbox(key="val_field").set_value("participation")
    at = at.text_input(key="val_annotator").input("awa").run()
    post_id = _current(at, "awa", field="participation")[0]
    at.checkbox(key=f"val_cat:{post_id}:boycott").check()
    at.checkbox(key=f"val_cat:{post_id}:call_to_vote").check()
    at.button(key="val_save").click().run()
    second = _current(at, "awa", field="participation")[0]
    at.button(key="val_save").click().run()              # nothing ticked: the post carries no category
    rows = _stored(small_db)
    assert list(zip(rows["post_id"], rows["field"], rows["label"])) == [
        (post_id, "participation", "call_to_vote;boycott"), (second, "participation", "none")]
