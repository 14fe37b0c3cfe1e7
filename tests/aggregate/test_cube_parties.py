"""The party comparison's summary, mixes and accounts served from the aggregates and the posts' keys equal the
frame-computed ones (aggregate.parties) on the annotated demo store."""
from dataclasses import replace

import pytest

from analysis.aggregate import cube_parties
from analysis.aggregate import parties as frame_parties
from analysis.filters import Filters
from analysis.store_aggregates import VERSION
from tests.aggregate.test_cube import FILTERS, IDS, same


def _chosen(posts, filters):
    chosen = frame_parties.default_choice(frame_parties.mentioned_parties(posts), filters.parties)
    assert len(chosen) >= 2, "the comparison needs two parties at least, or it proves little"
    return chosen + ["PARENA-never-named"]


@pytest.mark.parametrize("filters", FILTERS, ids=IDS)
def test_summary_and_mixes(store, frame, filters):
    filters = replace(filters, parties=())  # the page compares parties over every post of the other filters
    posts = filters.apply(frame)
    chosen = _chosen(posts, filters)
    same(cube_parties.summary(store.query, filters, chosen), frame_parties.summary(posts, chosen))
    for other in ("topics", "region"):
        served, reference = cube_parties.mix(store.query, filters, chosen, other), frame_parties.mix(posts, chosen, other)
        assert len(reference), "the demo names parties with topics and regions"
        same(served, reference)


@pytest.mark.parametrize("filters", FILTERS + [Filters(q="urnes")], ids=IDS + ["search"])
def test_accounts_on_both_sides(store, frame, filters):
    posts = filters.apply(frame)
    chosen = _chosen(posts, filters)
    served = cube_parties.accounts(store.query, filters, chosen, 10)
    for side in ("about", "for"):
        reference = frame_parties.accounts(posts, chosen, side, 10)
        got = served[side]
        # the frame breaks ties by its load order, the SQL by account id: the counts and shares are compared
        assert got["party"].tolist() == reference["party"].tolist(), side
        assert got["posts"].tolist() == reference["posts"].tolist(), side
        assert got["share"].round(12).tolist() == reference["share"].round(12).tolist(), side
        names = dict(zip(posts["author_id"].astype(str), posts["author_name"].astype(str)))
        assert [names[a] for a in got["author_id"]] == got["author_name"].tolist(), side
    assert len(served["about"]), "the demo's posts name parties"


def test_a_mix_with_another_column_is_refused(store):
    with pytest.raises(ValueError, match="topics or region"):
        cube_parties.mix(store.query, FILTERS[0], ["URD"], "lang")


def test_aggregates_of_an_older_layout_count_as_stale(demo_db, tmp_path):
    import shutil
    from analysis.store import Store
    copy = tmp_path / "copy.duckdb"
    shutil.copy(demo_db, copy)
    with Store(copy) as writable:
        assert writable.aggregates_fresh()
        meta = writable.meta("aggregates")
        writable.set_meta("aggregates", {**meta, "version": VERSION - 1})
        assert not writable.aggregates_fresh()
