"""A fault planted in an analyser makes `python -m analysis annotate` exit non-zero with one line, writing nothing."""
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from analysis.__main__ import main
from analysis.annotate import per_text

ROOT = Path(__file__).resolve().parents[2]


def _stale_copy(demo_db, tmp_path) -> Path:
    path = tmp_path / "store.duckdb"
    shutil.copy(demo_db, path)
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE annotations SET version = 'old'")
    return path


def _untouched(path: Path) -> bool:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT count(*) FROM annotations WHERE version <> 'old'").fetchone()[0] == 0


def test_an_analyser_raising_on_call_fails_the_command(demo_db, tmp_path, monkeypatch, capsys):
    path = _stale_copy(demo_db, tmp_path)

    def broken(texts):
        raise ZeroDivisionError("planted fault in hostility")
    monkeypatch.setattr(per_text.hostility, "classify_many", broken)
    per_text.clear_memo()
    try:
        code = main(["annotate", "--db", str(path)])
    finally:
        per_text.clear_memo()
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1] == "error: ZeroDivisionError: planted fault in hostility"
    assert _untouched(path)


@pytest.mark.parametrize("module", ["hostility/__init__.py", "sentiment/scoring.py"])
def test_an_analyser_raising_on_import_fails_the_command(demo_db, tmp_path, module):
    copy = tmp_path / "vigie"
    shutil.copytree(ROOT / "analysis", copy / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "data").symlink_to(ROOT / "data")
    planted = copy / "analysis" / module
    planted.write_text(planted.read_text(encoding="utf-8") + '\nraise RuntimeError("planted import fault")\n')
    path = _stale_copy(demo_db, tmp_path)
    done = subprocess.run([sys.executable, "-m", "analysis", "annotate", "--db", str(path)], cwd=copy,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "planted import fault" in lines[0], lines
    assert _untouched(path)
