"""Méthode in large-store mode (the posts frame never loaded): the corpus figures come from the posts' keys and the
table of the people's validation from the labelled posts alone, equal to the page drawn from the frame."""
from pathlib import Path

import pytest

from analysis.store import Store
from analysis.validation import labels
from tests.apptest_helpers import run_page, store_mode
from tests.validation.helpers import demo_copy_with_toned, write_labels

ROOT = Path(__file__).resolve().parents[2]
METHOD = ROOT / "pages" / "14_Méthode.py"
OTHER = {"negative": "neutral", "neutral": "positive", "positive": "negative"}


@pytest.fixture(scope="module")
def labelled_db(demo_db, tmp_path_factory) -> Path:
    """The demo store with 80 tone labels by two people (every third one against the machine)."""
    folder = tmp_path_factory.mktemp("method")
    path, _posts, toned = demo_copy_with_toned(demo_db, folder, 80, 5)
    rows = [(p, "tone", OTHER[m] if i % 3 == 0 else m, "awa" if i % 2 else "moussa")
            for i, (p, m) in enumerate(zip(toned["post_id"], toned["sentiment_label"]))]
    labels.import_labels(write_labels(folder / "tone.csv", rows), path, sample="random")
    with Store(path, read_only=True) as store:
        assert store.aggregates_fresh(), "labels leave the aggregates fresh"
    return path


def _run(path, large: bool):
    with store_mode(path, large):
        at = run_page(METHOD)
        assert not at.exception, [e.message for e in at.exception]
    return at


def test_the_page_equals_the_frame_page(labelled_db):
    served, frame = _run(labelled_db, large=True), _run(labelled_db, large=False)
    assert [(m.label, m.value) for m in served.metric] == [(m.label, m.value) for m in frame.metric]
    tables = [t.value.to_dict("list") for t in served.get("dataframe")]
    assert tables and tables == [t.value.to_dict("list") for t in frame.get("dataframe")]
    columns = list(tables[0].values())
    assert columns[1][0] == "80" and columns[4][0] not in ("", "—"), tables[0]  # n validated, the machine's F1
