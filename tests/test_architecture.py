"""The import graph reads pages -> ui -> stages, with no arrow back and no cycle (checked on the source)."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ANALYSIS = ROOT / "analysis"
MAX_TOP_LEVEL = 16
MAX_LINES = 300


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module named by an import anywhere in the file (inside functions too).

    `from package import module` names the module, not the package; `from module import name` names the module.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            subs = {f"{node.module}.{alias.name}" for alias in node.names}
            modules = {s for s in subs if _is_module(s)}
            names |= modules or {node.module}
            if len(modules) < len(subs):
                names.add(node.module)
    return names


def _is_module(dotted: str) -> bool:
    base = ROOT.joinpath(*dotted.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def source_files() -> list[Path]:
    return sorted(ANALYSIS.rglob("*.py"))


def graph() -> dict[str, set[str]]:
    """analysis module -> the analysis modules it imports (a package import counts as its __init__)."""
    known = {module_name(p) for p in source_files()}
    return {module_name(p): {n for n in imports(p) if n in known and n != module_name(p)} for p in source_files()}


def cycle(edges: dict[str, set[str]]) -> list[str]:
    """One import cycle as a path, or [] (depth-first search with colours)."""
    state, stack = {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = "done"
        stack.pop()
        return []

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return []


def stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def offenders(rule) -> list[str]:
    return sorted(f"{src} -> {dst}" for src, dsts in graph().items() for dst in dsts if rule(src, dst))


def test_analysis_never_imports_streamlit_or_ui():
    bad = [module_name(p) for p in source_files() if {"streamlit", "ui"} & {n.split(".")[0] for n in imports(p)}]
    assert bad == []


def test_no_import_cycle_between_analysis_modules():
    assert cycle(graph()) == []


def test_the_cycle_finder_finds_one():
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set()}) == []


def test_charts_never_query_the_store():
    bad = [module_name(p) for p in (ANALYSIS / "charts").rglob("*.py")
           if {"duckdb", "analysis.store"} & imports(p)]
    assert bad == []


def test_the_store_knows_no_analyser_and_no_format():
    allowed = {"schema", "paths", "frame", "store_tables"}
    assert [dst for dst in graph()["analysis.store"] if stage(dst) not in allowed] == []


def test_importers_never_annotate():
    assert offenders(lambda s, d: stage(s) == "importers" and stage(d) in {"annotate", "sentiment", "coordination",
                                                                          "hostility", "claims", "alerts"}) == []


def test_no_dynamic_imports():
    code = [ANALYSIS.rglob("*.py"), (ROOT / "pages").glob("*.py"), (ROOT / "ui").glob("*.py"), [ROOT / "app.py"]]
    bad = [p.name for group in code for p in group
           if "importlib" in imports(p) or "__import__(" in p.read_text(encoding="utf-8")]
    assert bad == []


def test_pages_use_ui_and_the_public_faces_of_the_stages():
    """A page may import analysis.<stage> or a module its package lists in __all__, never a private part."""
    bad = []
    for page in (ROOT / "pages").glob("*.py"):
        for name in imports(page):
            parts = name.split(".")
            if parts[0] != "analysis" or len(parts) < 3:
                continue
            package = ANALYSIS / parts[1] / "__init__.py"
            public = package.exists() and f'"{parts[2]}"' in package.read_text(encoding="utf-8")
            if not public:
                bad.append(f"{page.name}: {name}")
    assert bad == []


def test_few_modules_at_the_top_and_no_long_file():
    top = [p.name for p in ANALYSIS.glob("*.py")]
    assert len(top) <= MAX_TOP_LEVEL, sorted(top)
    files = list(ANALYSIS.rglob("*.py")) + list((ROOT / "pages").glob("*.py")) + list((ROOT / "ui").glob("*.py")) + [ROOT / "app.py"]
    long = {p.name: n for p in files if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


@pytest.mark.parametrize("folder", sorted(p.parent.name for p in ANALYSIS.glob("*/__init__.py")))
def test_every_stage_says_what_it_does(folder):
    assert ast.get_docstring(ast.parse((ANALYSIS / folder / "__init__.py").read_text(encoding="utf-8")))


def test_the_checker_sees_imports_inside_functions(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("import os\ndef f():\n    from streamlit import session_state\n")
    assert "streamlit" in imports(sample)


def test_pages_never_open_the_store_themselves():
    bad = [p.name for p in (ROOT / "pages").glob("*.py") if {"analysis.store", "duckdb"} & imports(p)]
    assert bad == []


def test_only_the_store_touches_its_connection_and_private_helpers():
    import re
    private = re.compile(r"\b(?:store|st|self\.store)\.(?:con\b|_\w+)")
    code = list(ANALYSIS.rglob("*.py")) + list((ROOT / "ui").glob("*.py")) + list((ROOT / "pages").glob("*.py"))
    bad = [p.name for p in code if p.name != "store.py" and private.search(p.read_text(encoding="utf-8"))]
    assert bad == []


def test_no_cycle_between_stages():
    """Stages depend one way: e.g. annotate uses sentiment and text, neither of them uses annotate."""
    edges: dict[str, set[str]] = {}
    for src, dsts in graph().items():
        edges.setdefault(stage(src), set()).update(stage(d) for d in dsts if stage(d) != stage(src))
    assert cycle(edges) == []
