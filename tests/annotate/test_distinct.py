"""Each distinct text once: slices for the workers, forked workers giving the same values, texts sharing a
normalised form, regions resolved from arrays, the store annotated the same with one or two workers."""
import shutil

import numpy as np
import pandas as pd
import pytest

from analysis.annotate import distinct, matcher, parties, per_text, pipeline, regions
from analysis.store import Store

TEXTS = ["Le candidat de l'URD à Gao appelle à voter.", "Le RDA et le CDS en campagne à Ségou",
         "le rda et le cds en campagne a segou", "Bonne nuit", "", "Allez voter dimanche à Kayes !",
         "ALLEZ VOTER DIMANCHE A KAYES", "Fraude massive au bureau de vote de Mopti. L'URD proteste."]


def test_slices_cover_every_text_once_and_stay_within_bounds():
    for n, workers in ((0, 2), (1, 1), (1999, 2), (50_000, 2), (300_001, 4), (10_000_000, 2)):
        bounds = distinct.slices(n, workers)
        covered = [i for start, end in bounds for i in range(start, end)] if n < 400_000 else None
        assert covered is None or covered == list(range(n))
        assert all(end - start <= distinct.TEXT_SLICE for start, end in bounds)
        assert all(end - start >= min(n, distinct.MIN_SLICE) for start, end in bounds[:-1])
    assert len(distinct.slices(60_000, 2)) == 12          # several tasks per worker, for balance


def _values_frame(values: dict) -> pd.DataFrame:
    return pd.DataFrame({name: (column.to_pylist() if hasattr(column, "to_pylist") else list(column))
                         for name, column in values.items()})


def test_forked_workers_give_the_values_of_one_process(monkeypatch):
    monkeypatch.setattr(distinct, "MIN_SLICE", 2)
    texts = TEXTS * 3 + [f"Le RPM à Tombouctou, message {i}" for i in range(9)]
    alone, _ = distinct.analyse_all(texts, per_text.NO_MODELS, workers=1)
    forked, side = distinct.analyse_all(texts, per_text.NO_MODELS, workers=2, meanwhile=lambda: "done here")
    assert len(distinct.slices(len(texts), 2)) > 1 and side == "done here"
    pd.testing.assert_frame_equal(_values_frame(forked), _values_frame(alone))
    assert _values_frame(alone)["parties"].str.contains("URD").any()


def test_an_error_meanwhile_stops_the_workers_and_is_raised():
    def failing():
        raise ZeroDivisionError("planted fault")
    with pytest.raises(ZeroDivisionError, match="planted fault"):
        distinct.analyse_all(TEXTS * 500, per_text.NO_MODELS, workers=2, meanwhile=failing)


def test_a_rule_reading_the_original_text_keeps_it_from_being_shared():
    # `RDA` counts in capitals only: the lower-case text has the same normalised form, not the same parties
    per_text.clear_memo()
    fields, _ = per_text._gazetteer_fields(["Le RDA en campagne", "le rda en campagne"])
    assert fields["parties"] == [("UM-RDA",), ()]
    assert matcher.scan("Le RDA en campagne").needs_original
    # a rule that only reads the normalised words (appeal_ctx) lets case variants share one analysis
    scan = matcher.scan("Il appelle à voter")
    assert [h.rule for h in scan.raw if h.rule] and not scan.needs_original


def test_gazetteer_batch_is_each_text_alone():
    """The batch shares one analysis per normalised form; each text alone gives the same fields and scans."""
    texts = TEXTS * 2 + ["Le RDA en campagne", "le rda en campagne", "#VoteURD2020 à Kidal, libérez Soumaïla !"]
    per_text.clear_memo()
    fields, scans = per_text._gazetteer_fields(texts)
    for i, text in enumerate(texts):
        alone = matcher.scan(text)
        assert (fields["parties"][i], fields["participation"][i], fields["topics"][i], fields["mention"][i]) \
            == per_text._analyse(alone)
        assert scans[i].fields == alone.fields and scans[i].norm == alone.norm
    assert any(fields["topics"]) and any(fields["participation"]) and any(m != ("", "") for m in fields["mention"])
    assert per_text._gazetteer_fields([]) == ({"parties": [], "participation": [], "topics": [], "mention": []}, [])


def test_resolve_named_is_resolve():
    posts = pd.DataFrame({"post_id": ["a", "b", "c", "d"], "author_id": ["x", "y", "z", "w"],
                          "author_location": ["Bamako", "Bamako", "Sikasso", ""],
                          "lat": [np.nan, np.nan, np.nan, 12.65], "lon": [np.nan, np.nan, np.nan, -8.0]})
    mentions = pd.Series([("Gao", "Gao"), ("", ""), ("Mopti", ""), ("Kayes", "Kayes")], dtype=object)
    expected = regions.resolve(posts, mentions)
    got = regions.resolve_named(posts, np.array([m[0] for m in mentions], dtype=object),
                                np.array([m[1] for m in mentions], dtype=object))
    pd.testing.assert_frame_equal(got, expected)
    assert got["region_source"].tolist() == ["mention", "author", "author", "geotag"]


def _annotations(db) -> pd.DataFrame:
    with Store(db, read_only=True) as st:
        return st.con.sql("SELECT a.* EXCLUDE (version), coalesce(d.dup_group, '') AS dup_group FROM annotations a "
                          "LEFT JOIN dup_groups d USING (post_id) ORDER BY post_id").df().set_index("post_id")


def test_the_store_is_annotated_the_same_with_two_workers(tmp_path, monkeypatch):
    from analysis.demo import corpus as demo
    monkeypatch.setattr(distinct, "MIN_SLICE", 50)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    demo.write(one, n_posts=800, seed=5)
    shutil.copy(one, two)
    assert pipeline.annotate_store(one, workers=1)["annotated"] == pipeline.annotate_store(two, workers=2)["annotated"]
    expected = _annotations(one)
    pd.testing.assert_frame_equal(_annotations(two), expected)
    assert expected["dup_group"].ne("").any() and expected["parties"].ne("").any()


def test_spread_places_and_parties_are_those_of_each_post_resolved_alone():
    """spread resolves places and parties on integer codes; post by post, resolve_named and author_party agree."""
    texts = ["Fraude à Gao", "Fraude partout", "Allez voter à Kayes", "Rien"]
    posts = pd.DataFrame({
        "post_id": [f"p{i}" for i in range(10)],
        "text": [texts[i % 4] for i in range(10)],
        "author_id": ["@URD_Mali", "b", "c", None, "urd_mali", "d", "b", "", "e", "c"],
        "author_location": ["Bamako", "", "Kayes", "Paris", None, "Bamako", "", "Sikasso", "", "Gao, Mali"],
        "lat": [np.nan, 12.65, np.nan, np.nan, 16.27, np.nan, np.nan, np.nan, 48.85, np.nan],
        "lon": [np.nan, -8.0, np.nan, np.nan, -0.04, np.nan, np.nan, np.nan, 2.35, np.nan]})
    actors = pd.DataFrame({"account": ["urd_mali", "B ", "e"], "party": ["URD", "Adéma", None],
                           "region": ["Ségou", "Mopti", "Tombouctou"]})
    codes, distinct_texts = distinct.distinct_texts(posts)
    values = distinct.text_values(distinct_texts)
    out = pipeline.spread(posts, codes, values, actors)
    for i in range(len(posts)):
        one = posts.iloc[[i]]
        place = regions.resolve_named(one, values["mention_region"][codes[[i]]], values["mention_cercle"][codes[[i]]],
                                      actors)
        assert out.loc[i, ["region", "region_source", "cercle"]].tolist() == place.iloc[0].tolist()
        assert out.loc[i, "author_party"] == parties.author_party(one, actors).iloc[0]
    assert set(out["region_source"]) == {"geotag", "author", "mention", ""}
    assert set(out["author_party"]) == {"URD", "ADEMA-PASJ", ""}
    assert out.loc[0, ["region", "region_source"]].tolist() == ["Gao", "mention"]      # Bamako account, Gao named
