"""The command line: python -m analysis <command>. Errors are one line on stderr with a non-zero exit."""
from __future__ import annotations

import argparse
import json
import sys
import time

DEFAULT_DB = "data/vigie.duckdb"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis", description="Vigie: election discourse analysis")
    sub = p.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="build the synthetic demo corpus")
    demo.add_argument("--db", default=DEFAULT_DB)
    demo.add_argument("--posts", type=int, default=20000)
    demo.add_argument("--seed", type=int, default=0)
    ingest = sub.add_parser("ingest", help="import export files")
    ingest.add_argument("files", nargs="+")
    ingest.add_argument("--db", default=DEFAULT_DB)
    ingest.add_argument("--format", dest="fmt", default=None)
    ingest.add_argument("--map", dest="mapping", default=None, help="e.g. text=message,created_at=date")
    ingest.add_argument("--rejected-out", default=None, help="write rejected rows to this CSV")
    actors = sub.add_parser("actors", help="import an actors list (account -> party, camp, type, region)")
    actors.add_argument("file")
    actors.add_argument("--db", default=DEFAULT_DB)
    annotate = sub.add_parser("annotate", help="annotate posts not yet annotated")
    annotate.add_argument("--db", default=DEFAULT_DB)
    annotate.add_argument("--workers", type=int, default=1)
    export = sub.add_parser("export", help="export posts + annotations")
    export.add_argument("--db", default=DEFAULT_DB)
    export.add_argument("--out", required=True)
    evaluate = sub.add_parser("evaluate", help="measure annotation quality against gold labels")
    evaluate.add_argument("what", choices=["sentiment", "labels"])
    evaluate.add_argument("file")
    return p


def _mapping(text: str | None) -> dict | None:
    if not text:
        return None
    pairs = [part.split("=", 1) for part in text.split(",") if part.strip()]
    if any(len(p) != 2 for p in pairs):
        raise ValueError(f"--map {text!r}: expected canonical=source pairs like text=message,created_at=date")
    return {k.strip(): v.strip() for k, v in pairs}


def _run(args) -> dict:
    if args.command == "demo":
        from analysis import demo
        started = time.perf_counter()
        summary = demo.write(args.db, n_posts=args.posts, seed=args.seed)
        return {**summary, "seconds": round(time.perf_counter() - started, 2)}
    if args.command == "ingest":
        from analysis import importers
        return importers.ingest_files(args.files, args.db, fmt=args.fmt, mapping=_mapping(args.mapping),
                                      rejected_out=args.rejected_out)
    if args.command == "actors":
        from analysis import importers
        from analysis.store import Store
        frame = importers.read_actors(args.file)
        with Store(args.db) as store:
            return {"actors": store.add_actors(frame)}
    if args.command == "annotate":
        from analysis import annotate
        return annotate.annotate_store(args.db, workers=args.workers, progress=_progress)
    if args.command == "export":
        from analysis.export import export_store
        from analysis.store import Store
        with Store(args.db, read_only=True) as store:
            return {"rows": export_store(store.load(), args.out), "out": args.out}
    if args.command == "evaluate" and args.what == "sentiment":
        from analysis import evaluation
        return evaluation.evaluate_sentiment(args.file)
    from analysis import evaluate_labels
    return evaluate_labels.evaluate_labels(args.file)


def _progress(done: int, total: int) -> None:
    print(f"{done}/{total}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        result = _run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (OSError, ValueError, RuntimeError, ImportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # last resort: still one line, never a traceback
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
