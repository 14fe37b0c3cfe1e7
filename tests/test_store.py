import pandas as pd
import pytest

from analysis import schema
from analysis.store import Store


def _posts(ids, texts=None):
    return pd.DataFrame({"post_id": ids, "platform": "facebook", "created_at": "2020-03-29T10:00:00Z",
                         "text": texts or [f"post {i}" for i in ids], "author_id": "a1"})


def test_readding_the_same_posts_adds_nothing(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add_posts(_posts(["facebook:1", "facebook:2"])) == {"added": 2, "duplicates": 0}
        assert store.add_posts(_posts(["facebook:1", "facebook:2", "facebook:3"])) == {"added": 1, "duplicates": 2}
        assert store.count_posts() == 3


def test_duplicates_inside_one_batch_are_counted(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add_posts(_posts(["facebook:1", "facebook:1"])) == {"added": 1, "duplicates": 1}


def test_a_failed_add_leaves_the_store_unchanged(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_posts(_posts(["facebook:1"]))
        bad = _posts(["facebook:2", "facebook:3"])
        bad.loc[1, "platform"] = "myspace"
        with pytest.raises(schema.SchemaError):
            store.add_posts(bad, import_record={"file": "x.csv", "format": "generic"})
        assert store.count_posts() == 1
        assert len(store.imports()) == 0


def test_rollback_when_the_import_log_fails_midway(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        rejected = pd.DataFrame({"file": ["f"], "line": ["not-a-line"], "reason": ["r"], "raw": ["x"]})
        store.con.execute("DROP TABLE imports")  # the log write will fail after the posts were inserted
        store.con.execute("CREATE TABLE imports (x INTEGER)")
        with pytest.raises(Exception):
            store.add_posts(_posts(["facebook:9"]), import_record={"file": "f"}, rejected=rejected)
        assert store.count_posts() == 0
        assert len(store.rejected()) == 0


def test_load_joins_annotations_and_groups(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_posts(_posts(["facebook:1", "facebook:2"]))
        ann = pd.DataFrame({"post_id": ["facebook:1"], "lang": ["fr"], "sentiment": [0.5],
                            "sentiment_label": ["positive"], "parties": ["RPM;URD"], "author_party": [""],
                            "party_tone": ["RPM:0.50"], "region": ["Bamako"], "region_source": ["mention"],
                            "cercle": [""], "participation": ["call_to_vote"], "topics": [""],
                            "hostility": ["not_hostile"], "hostility_kind": [""], "hostility_target": [""]})
        store.save_annotations(ann, "v1")
        store.save_dup_groups(pd.DataFrame({"post_id": ["facebook:2"], "dup_group": ["G0001"]}))
        frame = store.load().set_index("post_id")
        assert frame.loc["facebook:1", "parties"] == "RPM;URD"
        assert frame.loc["facebook:2", "dup_group"] == "G0001"
        assert frame.loc["facebook:2", "lang"] == ""
        assert len(store.posts_needing_annotation("v1")) == 1
        assert len(store.posts_needing_annotation("v2")) == 2


def test_actors_replace_by_account(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_actors(pd.DataFrame({"account": ["a"], "party": ["RPM"]}))
        store.add_actors(pd.DataFrame({"account": ["a", "b"], "party": ["URD", "ADEMA-PASJ"]}))
        assert store.actors().set_index("account")["party"].to_dict() == {"a": "URD", "b": "ADEMA-PASJ"}


def test_second_writer_gets_a_clear_lock_error(tmp_path):
    import subprocess
    import sys
    path = tmp_path / "s.duckdb"
    code = ("import sys, time; sys.path.insert(0, '.'); from analysis.store import Store; "
            f"s = Store(r'{path}'); print('ready', flush=True); time.sleep(20)")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        from analysis.store import StoreLockedError
        with pytest.raises(StoreLockedError, match="in use"):
            Store(path)
    finally:
        holder.kill()


def test_a_batch_is_all_or_nothing(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(RuntimeError, match="later step"):
            with store.batch():
                store.add_posts(_posts(["facebook:1"]))
                store.log_import({"file": "a.csv", "format": "generic"})
                raise RuntimeError("a later step failed")
        assert store.count_posts() == 0 and len(store.imports()) == 0
        with store.batch():
            store.add_posts(_posts(["facebook:1"]))
        assert store.count_posts() == 1


def test_a_store_from_an_older_version_gains_the_new_annotation_columns(tmp_path):
    import duckdb
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.add_posts(_posts(["facebook:1"]))
    with duckdb.connect(str(path)) as con:
        con.execute("ALTER TABLE annotations DROP COLUMN hostility_target")
    with Store(path) as store:
        assert "hostility_target" in store.load().columns
