"""export --format parquet --partition-by day, then ingest DIR/: a store split and merged back."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.demo import corpus as demo
from analysis.store import Store

COMPARED = ["post_id", "platform", "author_id", "text", "url", "is_repost", "lat", "lon"]


def _posts(db) -> pd.DataFrame:
    with Store(db, read_only=True) as st:
        frame = st.posts()
    return frame.sort_values("post_id").reset_index(drop=True)


def test_a_store_split_by_day_merges_back(tmp_path, capsys):
    source, merged, parts = tmp_path / "a.duckdb", tmp_path / "b.duckdb", tmp_path / "parts"
    demo.write(source, n_posts=600, seed=2)
    assert main(["export", "--db", str(source), "--out", str(parts), "--format", "parquet",
                 "--partition-by", "day"]) == 0
    days = sorted(p.name for p in parts.iterdir())
    assert len(days) > 20 and days[0].startswith("day=2020-")
    assert main(["ingest", str(parts), "--db", str(merged)]) == 0
    first = capsys.readouterr().out.strip().splitlines()[-1]
    assert '"read": 600' in first and '"accepted": 600' in first
    before, after = _posts(source), _posts(merged)
    pd.testing.assert_frame_equal(before[COMPARED], after[COMPARED], check_dtype=False)
    assert (before["created_at"] == after["created_at"]).all()
    assert main(["ingest", str(parts), "--db", str(merged)]) == 0      # twice: everything is a duplicate
    again = capsys.readouterr().out.strip().splitlines()[-1]
    assert '"accepted": 0' in again and '"duplicates": 600' in again


def test_one_day_folder_is_a_part_of_the_store(tmp_path, capsys):
    source, part_db, parts = tmp_path / "a.duckdb", tmp_path / "c.duckdb", tmp_path / "parts"
    demo.write(source, n_posts=600, seed=2)
    main(["export", "--db", str(source), "--out", str(parts), "--format", "parquet", "--partition-by", "day"])
    one = sorted(parts.iterdir())[5]
    assert main(["ingest", str(one), "--db", str(part_db)]) == 0
    days = _posts(part_db)["created_at"].dt.strftime("%Y-%m-%d").unique()
    assert list(days) == [one.name.split("=", 1)[1]]


def test_partitions_refuse_a_full_folder_and_other_formats(tmp_path, capsys):
    source, parts = tmp_path / "a.duckdb", tmp_path / "parts"
    demo.write(source, n_posts=200, seed=2)
    parts.mkdir()
    (parts / "old.txt").write_text("x")
    assert main(["export", "--db", str(source), "--out", str(parts), "--format", "parquet",
                 "--partition-by", "day"]) == 1
    assert "not empty" in capsys.readouterr().err
    assert main(["export", "--db", str(source), "--out", str(tmp_path / "x"), "--format", "csv",
                 "--partition-by", "day"]) == 1
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["ingest", str(empty), "--db", str(tmp_path / "d.duckdb")]) == 1
    assert "no Parquet file" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["week"])
def test_unknown_partition_key_is_refused(tmp_path, bad):
    with pytest.raises(SystemExit):
        main(["export", "--db", str(tmp_path / "a.duckdb"), "--out", str(tmp_path / "p"), "--format", "parquet",
              "--partition-by", bad])
