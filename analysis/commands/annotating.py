"""annotate and evaluate: running the analysers and measuring them."""
from __future__ import annotations

from analysis.commands.common import add_db, progress


def register(sub) -> None:
    p = sub.add_parser("annotate", help="annotate posts not yet annotated")
    add_db(p)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local: processes of this machine; dask: Parquet partitions on dask.distributed")
    p.add_argument("--scheduler", default=None, help="Dask scheduler address (default: a local cluster)")
    p.add_argument("--staging", default=None, help="folder for the Parquet partitions (shared storage on a cluster)")
    p.set_defaults(run=run_annotate)
    p = sub.add_parser("evaluate", help="measure annotation quality against gold labels")
    p.add_argument("what", choices=["sentiment", "labels"])
    p.add_argument("file")
    p.set_defaults(run=run_evaluate)


def run_annotate(args) -> dict:
    from analysis.validation import models  # imported when used: the analysers' lexicons would slow every command
    if args.engine == "dask":
        from analysis import distributed
        return distributed.annotate_store_dask(args.db, workers=args.workers, scheduler=args.scheduler,
                                               staging=args.staging, progress=progress, load_models=models.load)
    if args.scheduler or args.staging:
        raise ValueError("--scheduler and --staging go with --engine dask")
    from analysis import annotate
    return annotate.annotate_store(args.db, workers=args.workers, progress=progress, load_models=models.load)


def run_evaluate(args) -> dict:
    from analysis.evaluate import labels, tone  # imported when used, as above
    if args.what == "sentiment":
        return tone.evaluate_sentiment(args.file)
    return labels.evaluate_labels(args.file)
