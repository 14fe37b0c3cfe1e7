"""annotate and evaluate: running the analysers and measuring them."""
from __future__ import annotations

from analysis.commands.common import add_db, progress


def register(sub) -> None:
    p = sub.add_parser("annotate", help="annotate posts not yet annotated")
    add_db(p)
    p.add_argument("--workers", type=int, default=1)
    p.set_defaults(run=run_annotate)
    p = sub.add_parser("evaluate", help="measure annotation quality against gold labels")
    p.add_argument("what", choices=["sentiment", "labels"])
    p.add_argument("file")
    p.set_defaults(run=run_evaluate)


def run_annotate(args) -> dict:
    from analysis import annotate  # imported when used: the analysers' lexicons would slow every command
    return annotate.annotate_store(args.db, workers=args.workers, progress=progress)


def run_evaluate(args) -> dict:
    from analysis.evaluate import labels, tone  # imported when used, as above
    if args.what == "sentiment":
        return tone.evaluate_sentiment(args.file)
    return labels.evaluate_labels(args.file)
