"""The claims and alerts commands on the annotated demo store."""
import json

import pandas as pd

from analysis.__main__ import main
from analysis.alerts import ALERT_COLUMNS
from analysis.store import Store


def _last_json(capsys) -> dict:
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_claims_then_alerts(demo_db, tmp_path, capsys):
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(demo_db.read_bytes())
    assert main(["claims", "--db", str(copy), "--out", str(tmp_path / "claims.csv")]) == 0
    summary = _last_json(capsys)
    frame = pd.read_csv(tmp_path / "claims.csv", encoding="utf-8-sig")
    assert list(frame.columns) == ["post_id", "claim_id", "role"] and set(frame["role"]) <= {"claim", "rebuttal"}
    assert summary["claims"] == frame["claim_id"].nunique() > 0
    with Store(copy, read_only=True) as store:
        assert len(store.claims()[0]) == len(frame)
    assert main(["alerts", "--db", str(copy), "--out", str(tmp_path / "alerts.csv")]) == 0
    summary = _last_json(capsys)
    alerts = pd.read_csv(tmp_path / "alerts.csv", encoding="utf-8-sig")
    assert list(alerts.columns) == ALERT_COLUMNS and summary["alerts"] == len(alerts)
    assert summary["claims_from"] == "store" and summary["claim_spread"] >= 1


def test_bad_date_is_one_line(demo_db, capsys):
    assert main(["alerts", "--db", str(demo_db), "--since", "demain"]) == 1
    assert "--since" in capsys.readouterr().err
