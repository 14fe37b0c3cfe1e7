"""Report time on a demo store (default 200,000 posts): PDF and HTML, against loading the store in the same run.

The store is built and annotated when missing (/tmp/vigie_bench_<N>.duckdb, or --db). Prints one JSON line:
load_s (opening the store and loading it: the reference), pdf_s and html_s (building the report from the loaded
posts and writing it), their ratios to load_s, the PDF's page count.
Usage: .venv/bin/python benchmarks/bench_report.py [--posts 200000] [--db PATH]
Target (issue #14): a PDF of 3 pages or more in under 15 s at 200k posts.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def ensure_store(path: Path, posts: int) -> None:
    if path.exists():
        return
    commands = (["demo", "--db", str(path), "--posts", str(posts)], ["annotate", "--db", str(path), "--workers", "2"])
    for command in commands:
        subprocess.run([sys.executable, "-m", "analysis", *command], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)


def store_from_arguments(default_posts: int) -> Path:
    """--posts N / --db PATH: the annotated demo store a benchmark reads, built when missing."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=default_posts)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    db = Path(args.db or f"/tmp/vigie_bench_{args.posts}.duckdb")
    ensure_store(db, args.posts)
    return db


def main() -> None:
    db = store_from_arguments(200_000)
    from analysis import report
    from analysis.filters import Filters
    from analysis.privacy import display_authors
    from analysis.store import Store
    started = time.perf_counter()
    with Store(db, read_only=True) as store:
        posts, is_demo, actors = store.load(), store.is_demo(), store.actors()
    load_s = time.perf_counter() - started
    public = set(actors["account"].astype(str))
    out = {"posts": len(posts), "load_s": round(load_s, 2)}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("pdf", "html"):
            started = time.perf_counter()
            built = report.build_report(posts, Filters(), is_demo, lambda f: display_authors(f, public, "bench"))
            written = report.write_report(built, Path(tmp) / f"r.{fmt}")
            out[f"{fmt}_s"] = round(time.perf_counter() - started, 2)
            out[f"{fmt}_vs_load"] = round(out[f"{fmt}_s"] / max(load_s, 1e-9), 2)
            out[f"{fmt}_bytes"] = written["bytes"]
        out["pdf_pages"] = len(re.findall(rb"/Type\s*/Page(?![s\w])", (Path(tmp) / "r.pdf").read_bytes()))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
