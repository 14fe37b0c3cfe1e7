"""Reports: a PDF of three pages or more, one self-contained HTML file, post text escaped, the command's JSON."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import report
from analysis.filters import Filters
from analysis.store import Store

ROOT = Path(__file__).resolve().parents[2]
EVIL = '<script>alert("x")</script><img src="http://evil.example/p.png"> & <b>gras</b>'


@pytest.fixture(scope="module")
def posts(demo_db) -> pd.DataFrame:
    with Store(demo_db, read_only=True) as store:
        frame = store.load()
    frame = frame.copy()
    frame["text"] = frame["text"].astype(object)
    frame.loc[frame["shares"].fillna(0).idxmax(), "text"] = EVIL  # the most shared post: it is in the sample
    return frame


def _names(frame: pd.DataFrame) -> pd.Series:
    return pd.Series(["Compte-x"] * len(frame), index=frame.index)


@pytest.fixture(scope="module")
def built(posts):
    return report.build_report(posts, Filters(), True, _names)


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def test_the_pdf_has_three_pages_or_more(built):
    data = report.render(built, "pdf")
    assert data.startswith(b"%PDF-") and _pdf_pages(data) >= 3


def test_the_html_is_one_file_with_no_external_reference(built):
    html = report.render(built, "html").decode("utf-8")
    assert "<script" not in html.lower()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?!data:)[a-z]+:""", html, re.I)
    assert "@import" not in html and "url(" not in html
    assert html.count('src="data:image/png;base64,') == len(built.charts) >= 4


def test_post_text_is_escaped_never_markup(built):
    html = report.render(built, "html").decode("utf-8")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<b>gras</b>" not in html and "evil.example/p.png\"" not in html


def test_the_report_says_period_filters_demo_and_accuracy(posts):
    chosen = Filters(parties=("URD",)).apply(posts)
    built = report.build_report(chosen, Filters(parties=("URD",)), True, _names)
    assert "URD" in built.scope and built.n_posts == len(chosen) < len(posts)
    assert built.is_demo and "Non mesurée" in built.accuracy
    html = report.render(built, "html").decode("utf-8")
    assert "synthétiques" in html and "Généré le" in html


def test_an_empty_view_still_gives_a_report(posts):
    built = report.build_report(posts.iloc[:0], Filters(q="zzz"), False, _names)
    assert built.n_posts == 0 and built.charts == []
    assert report.render(built, "pdf").startswith(b"%PDF-")


def test_report_command_writes_the_file_and_prints_json(demo_db, tmp_path):
    out = tmp_path / "rapport.pdf"
    result = subprocess.run([sys.executable, "-m", "analysis", "report", "--db", str(demo_db), "--out", str(out),
                             "--from", "2020-03-20", "--to", "2020-04-10", "--region", "Bamako"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["out"] == str(out) and summary["format"] == "pdf" and 0 < summary["posts"] < 3000
    assert _pdf_pages(out.read_bytes()) >= 3


def test_report_command_refuses_an_unknown_format(demo_db, tmp_path):
    result = subprocess.run([sys.executable, "-m", "analysis", "report", "--db", str(demo_db), "--out",
                             str(tmp_path / "r.docx")], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 1 and "must end in .pdf or .html" in result.stderr


def test_report_shares_follow_its_language_and_never_read_inf():
    from analysis.report import content
    assert content._percent(0.1234, "fr") == "12,3\u202f%"
    assert content._percent(0.1234, "en") == "12.3%"
    assert content._percent(float("inf"), "fr") == content._percent(None, "fr") == "—"
