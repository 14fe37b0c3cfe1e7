"""annotate --engine dask on a LocalCluster gives what the single-process annotate gives.

Marked `dask` (pytest.ini): it starts two worker processes, about half a minute on two cores; `make test` runs it.
"""
from __future__ import annotations

import shutil

import numpy as np
import pandas as pd
import pytest

from analysis.annotate import pipeline
from analysis.demo import corpus as demo
from analysis.distributed import annotate_store_dask, clusters
from analysis.store import Store

pytest.importorskip("dask.distributed")


def _annotations(db) -> pd.DataFrame:
    with Store(db, read_only=True) as st:
        frame = st.con.sql("SELECT a.* EXCLUDE (version), coalesce(d.dup_group, '') AS dup_group "
                           "FROM annotations a LEFT JOIN dup_groups d USING (post_id) ORDER BY post_id").df()
    return frame.set_index("post_id")


def _same_partition(a: pd.Series, b: pd.Series) -> bool:
    pairs = pd.DataFrame({"a": a, "b": b})[a.ne("") | b.ne("")].drop_duplicates()
    return bool((pairs["a"] != "").all() and (pairs["b"] != "").all() and pairs["a"].is_unique and pairs["b"].is_unique)


@pytest.mark.dask
def test_dask_engine_matches_single_process_annotate(tmp_path):
    local, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    demo.write(local, n_posts=2500, seed=3)
    shutil.copy(local, dask_db)
    pipeline.annotate_store(local)
    summary = annotate_store_dask(dask_db, workers=2, partition_rows=600, staging=tmp_path)
    expected, got = _annotations(local), _annotations(dask_db)
    assert summary["partitions"] == 5 and summary["annotated"] == 2500
    assert list(got.index) == list(expected.index)
    for column in expected.columns.drop(["sentiment", "dup_group"]):
        assert (got[column] == expected[column]).all(), column
    assert np.allclose(got["sentiment"], expected["sentiment"], atol=1e-12)
    assert expected["dup_group"].ne("").sum() > 20          # the demo's campaigns are found...
    assert _same_partition(expected["dup_group"], got["dup_group"])   # ...as the same groups


def test_same_partition_sees_a_split_group():
    assert _same_partition(pd.Series(["G1", "G1", ""]), pd.Series(["G7", "G7", ""]))
    assert not _same_partition(pd.Series(["G1", "G1", ""]), pd.Series(["G7", "G8", ""]))
    assert not _same_partition(pd.Series(["G1", "G1", ""]), pd.Series(["G7", "", ""]))


def _signatures_in_parts(texts: list[str], cut: int, n_buckets: int = 3):
    series = pd.Series(texts)
    halves = [(series.iloc[:cut], np.arange(cut)), (series.iloc[cut:], np.arange(cut, len(texts)))]
    return [clusters.text_signatures(part.reset_index(drop=True), pos, n_buckets) for part, pos in halves]


def test_links_across_partitions_are_found():
    base = ("la commission électorale a annoncé ce matin que les bureaux de vote de tout le cercle resteront "
            "ouverts jusqu'à vingt heures pour que chaque électeur puisse voter sans attendre")
    texts = [base, "Bonjour", base + " vraiment", "un tout autre message sans rapport avec le premier " * 3, base]
    signed = _signatures_in_parts(texts, cut=2)
    links = pd.concat([clusters.bucket_links([s[1][b] for s in signed]) for b in range(3)], ignore_index=True)
    keys = np.concatenate([s[0] for s in signed])
    cluster_of = clusters.components(links, keys[keys != -1])
    assert keys[1] == -1                                        # a greeting is never compared
    assert cluster_of[keys[0]] == cluster_of[keys[2]] == cluster_of[keys[4]]   # near copies, across partitions
    assert cluster_of[keys[0]] != cluster_of[keys[3]]
