"""The validation note under a chart, for one set of filters: post by post (Corrector.shares and groups.by_group on
the posts' labels, as the notes were computed before) against counts by cell (analysis.validation.cells), in the
same run, CPU time of this process. The store is copied and given random labels (300 per field, every fourth one
contradicting the machine) so that the figures are corrected, groups and intervals included; both paths must give
the same figures (checked here too).
Usage: .venv/bin/python benchmarks/bench_notes.py [--posts 1000000] [--db PATH]
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from analysis.filters import Filters  # noqa: E402
from analysis.store import Store  # noqa: E402
from analysis.validation import cells, fields, groups, labels  # noqa: E402
from benchmarks.bench_report import store_from_arguments  # noqa: E402

N_LABELS = 300
CASES = [("tone", None), ("tone", "party"), ("participation", None), ("participation", "region")]


def _label(db: Path, tmp: Path, posts: pd.DataFrame) -> None:
    rows = []
    for name in ("tone", "participation"):
        field = fields.get(name)
        chosen = posts.sample(N_LABELS, random_state=len(name))
        for i, (post, value) in enumerate(zip(chosen["post_id"], chosen[field.column])):
            machine = fields.machine_label(field, value)
            if i % 4 == 0:
                machine = field.classes[i % len(field.classes)] if not field.multi else "none"
            rows.append((post, name, machine if machine else field.classes[0], "bench"))
    sheet = tmp / "labels.csv"
    pd.DataFrame(rows, columns=["post_id", "field", "label", "annotator"]).to_csv(sheet, index=False)
    labels.import_labels(sheet, db, sample="random")


def _cpu(fn):
    started = time.process_time()
    value = fn()
    return value, time.process_time() - started


def main() -> None:
    source = store_from_arguments(1_000_000)
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "labelled.duckdb"
        shutil.copy(source, db)
        with Store(db, read_only=True) as store:
            posts = store.load()
        _label(db, Path(tmp), posts)
        with Store(db, read_only=True) as store:
            rows = {name: (store.labels(name), store.latest_model(name)) for name, _ in CASES}
        part = Filters(platforms=("twitter", "facebook")).apply(posts)
        for name, by in CASES:
            corrector, predicted = groups.corrector_for(posts, *rows[name], fields.get(name))
            built, cell_s = _cpu(lambda: cells.build(corrector, predicted))
            grouped, group_s = _cpu(lambda: cells.grouping(posts, by)) if by else (None, 0.0)

            def slow():
                where = predicted.index.get_indexer(part["post_id"].astype(str).to_numpy(dtype=object))
                table = groups.by_group(corrector, part, predicted, by) if by else None
                return corrector.shares(predicted.iloc[where[where >= 0]]), table

            def fast():
                where = cells.positions(predicted.index, posts, part)
                table = cells.by_group(corrector, built, grouped, where) if by else None
                return cells.shares(corrector, built, cells.count(built, where)), table
            (before, before_table), before_s = _cpu(slow)
            (after, after_table), after_s = _cpu(fast)
            same = before == after and (by is None or before_table.equals(after_table))
            out[f"{name}/{by or 'all'}"] = {"status": after["status"], "per_post_cpu_s": round(before_s, 3),
                                           "by_cell_cpu_s": round(after_s, 3),
                                           "ratio": round(before_s / max(after_s, 1e-6), 1),
                                           "once_per_store_cpu_s": round(cell_s + group_s, 3), "same": same}
    print(json.dumps({"posts": len(posts), "filtered": len(part), "notes": out}))


if __name__ == "__main__":
    main()
