"""analysis/ stays pure: no Streamlit import anywhere in it."""
import ast
from pathlib import Path

ANALYSIS = Path(__file__).resolve().parent.parent / "analysis"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_analysis_never_imports_streamlit():
    offenders = [p.name for p in ANALYSIS.rglob("*.py") if "streamlit" in _imports(p)]
    assert offenders == []


def test_the_checker_sees_a_streamlit_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("import os\nfrom streamlit import session_state\n")
    assert "streamlit" in _imports(sample)
