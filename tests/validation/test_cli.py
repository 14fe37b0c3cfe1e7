"""The validation commands print a JSON summary as their last line; bad input is one error line, exit 1."""
import json

import numpy as np
import pandas as pd

from analysis.__main__ import main
from tests.validation.helpers import make_store, tone_texts, write_labels


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out.strip().splitlines()[-1]) if code == 0 else err)


def test_the_desk_from_the_command_line(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    truth = np.random.default_rng(2).choice(["negative", "neutral", "positive"], 200).astype(object)
    ids = make_store(db, ["neutral"] * 200, texts=tone_texts(truth, seed=2), platform=["twitter", "facebook"] * 100)
    code, drawn = _run(capsys, "labels", "sample", "--db", db, "--field", "tone", "--n", 120, "--seed", 3,
                       "--out", tmp_path / "draw.csv")
    assert code == 0 and drawn["n"] == 120 and drawn["strategy"] == "random"
    sheet = pd.read_csv(tmp_path / "draw.csv", encoding="utf-8-sig")
    sheet["label"] = [truth[ids.index(i)] for i in sheet["post_id"]]
    sheet.to_csv(tmp_path / "filled.csv", index=False)
    code, imported = _run(capsys, "labels", "import", tmp_path / "filled.csv", "--db", db, "--annotator", "awa")
    assert code == 0 and {k: imported[k] for k in ("read", "accepted", "rejected")} == \
        {"read": 120, "accepted": 120, "rejected": 0}
    code, trained = _run(capsys, "train", "--db", db, "--field", "tone")
    assert code == 0 and set(trained) >= {"field", "n_labels", "cv_macro_f1", "per_class"}
    assert trained["n_labels"] == 120
    assert _run(capsys, "annotate", "--db", db)[0] == 0
    code, agreed = _run(capsys, "agreement", "--db", db, "--field", "tone")
    assert code == 0 and set(agreed) >= {"field", "n_items", "n_annotators", "krippendorff_alpha", "cohen_kappa",
                                        "percent_agreement", "machine"}
    assert agreed["n_items"] == 0 and agreed["machine"]["n"] == 120
    code, shares = _run(capsys, "estimate", "--db", db, "--field", "tone", "--by", "platform",
                        "--out", tmp_path / "est.csv")
    assert code == 0 and (shares["field"], shares["n_posts"], shares["n_validated"]) == ("tone", 200, 120)
    assert set(shares["classes"]) == {"negative", "neutral", "positive"}
    assert set(shares["classes"]["positive"]) == {"raw", "corrected", "low", "high"}
    table = pd.read_csv(tmp_path / "est.csv", encoding="utf-8-sig")
    assert sorted(set(table["group"])) == ["facebook", "twitter"] and len(table) == 6
    code, exported = _run(capsys, "labels", "export", "--db", db, "--out", tmp_path / "all.csv")
    assert code == 0 and exported["rows"] == 120
    code, reset = _run(capsys, "train", "--db", db, "--field", "tone", "--reset")
    assert code == 0 and reset["reset"] is True


def test_bad_input_is_one_clear_line(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    make_store(db, ["neutral"] * 5)
    broken = tmp_path / "broken.csv"
    broken.write_text('post_id,field,label\ntwitter:1,tone,"positive\n', encoding="utf-8")
    code, err = _run(capsys, "labels", "import", broken, "--db", db)
    assert code == 1 and err.startswith(f"error: {broken}:") and "broken CSV" in err and len(err.splitlines()) == 1
    code, err = _run(capsys, "train", "--db", db, "--field", "tone")
    assert code == 1 and "labelled posts" in err
    bad_label = write_labels(tmp_path / "l.csv", [("twitter:1", "tone", "bof")], header=("post_id", "field", "label"))
    code, summary = _run(capsys, "labels", "import", bad_label, "--db", db)
    assert code == 0 and summary["rejected"] == 1 and "unknown label 'bof'" in summary["errors"][0]
    code, shares = _run(capsys, "estimate", "--db", db, "--field", "tone")
    assert code == 0 and shares["status"] == "unvalidated" and shares["classes"]["neutral"]["raw"] == 1.0
