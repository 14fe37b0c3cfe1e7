"""demo, ingest, actors, export: getting posts into the store and out of it."""
from __future__ import annotations

import time
from pathlib import Path

from analysis import demo, importers
from analysis.commands.common import add_db
from analysis.export import export_store
from analysis.importers.uploads import parse_mapping
from analysis.store import Store


def register(sub) -> None:
    p = sub.add_parser("demo", help="build the synthetic demo corpus")
    add_db(p)
    p.add_argument("--posts", type=int, default=20000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--distinct", action="store_true",
                   help="chaque post a son propre texte / every post its own text (no repeated templates)")
    p.set_defaults(run=run_demo)
    p = sub.add_parser("ingest", help="import export files")
    p.add_argument("files", nargs="+")
    add_db(p)
    p.add_argument("--format", dest="fmt", default=None)
    p.add_argument("--map", dest="mapping", default=None, help="e.g. text=message,created_at=date")
    p.add_argument("--rejected-out", default=None, help="write rejected rows to this CSV")
    p.add_argument("--tz", default=None, help="zone of local times / of ambiguous zone names, e.g. Africa/Bamako")
    p.set_defaults(run=run_ingest)
    p = sub.add_parser("actors", help="import an actors list (account -> party, camp, type, region)")
    p.add_argument("file")
    add_db(p)
    p.set_defaults(run=run_actors)
    p = sub.add_parser("export", help="export posts + annotations")
    add_db(p)
    p.add_argument("--out", required=True)
    p.add_argument("--format", dest="fmt", choices=["csv", "parquet"], default=None,
                   help="default: from the file name (.csv, .parquet)")
    p.add_argument("--partition-by", default=None, choices=["day"],
                   help="a folder of Parquet partitions, one per day (ingest DIR/ reads it back)")
    p.set_defaults(run=run_export)


def run_demo(args) -> dict:
    started = time.perf_counter()
    summary = demo.write(args.db, n_posts=args.posts, seed=args.seed, distinct=args.distinct)
    return {**summary, "seconds": round(time.perf_counter() - started, 2)}


def _files(paths: list[str]) -> list[str]:
    """Files as given; a folder stands for the Parquet files inside it (a partitioned export), in path order."""
    out = []
    for path in map(Path, paths):
        found = sorted(path.rglob("*.parquet")) if path.is_dir() else [path]
        if not found:
            raise ValueError(f"{path}: no Parquet file in this folder")
        out.extend(str(p) for p in found)
    return out


def run_ingest(args) -> dict:
    return importers.ingest_files(_files(args.files), args.db, fmt=args.fmt, mapping=parse_mapping(args.mapping),
                                  rejected_out=args.rejected_out, tz=args.tz)


def run_actors(args) -> dict:
    frame = importers.read_actors(args.file)
    with Store(args.db) as store:
        return {"actors": store.add_actors(frame)}


def run_export(args) -> dict:
    if args.partition_by:
        if args.fmt != "parquet":
            raise ValueError("--partition-by needs --format parquet")
        from analysis.distributed import export_partitioned
        return export_partitioned(args.db, args.out, args.partition_by)
    if args.fmt and not args.out.lower().endswith(f".{args.fmt}"):
        raise ValueError(f"{args.out}: --format {args.fmt} needs a .{args.fmt} file name")
    with Store(args.db, read_only=True) as store:
        return {"rows": export_store(store.load(), args.out), "out": args.out}
