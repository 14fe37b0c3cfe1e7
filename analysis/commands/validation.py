"""labels, train, agreement, estimate: the validation desk on the command line.

The desk's modules are imported when a command runs (they load the analysers and scikit-learn); the field,
strategy and grouping names are checked there, with the list of valid ones in the error.
"""
from __future__ import annotations

from analysis.commands.common import add_db


def register(sub) -> None:
    p = sub.add_parser("labels", help="people's labels: import, export, sample the next posts to label")
    actions = p.add_subparsers(dest="action", required=True)
    q = actions.add_parser("import", help="add labels from a CSV (post_id, field, label[, annotator])")
    q.add_argument("file")
    add_db(q)
    q.add_argument("--annotator", default=None, help="annotator of rows without an annotator column")
    q.add_argument("--sample", default="other", help="how the posts were chosen: random, stratified, uncertain "
                   "or other (posts drawn by `labels sample` keep their strategy)")
    q.set_defaults(run=run_import)
    q = actions.add_parser("export", help="every label row, history included")
    add_db(q)
    q.add_argument("--out", required=True)
    q.set_defaults(run=run_export)
    q = actions.add_parser("sample", help="the next posts to label for a field")
    add_db(q)
    q.add_argument("--field", required=True, help="tone, hostility or participation")
    q.add_argument("--n", type=int, required=True)
    q.add_argument("--strategy", default="random", help="random, stratified or uncertain")
    q.add_argument("--seed", type=int, default=0)
    q.add_argument("--out", required=True)
    q.set_defaults(run=run_sample)
    _register_models(sub)


def _register_models(sub) -> None:
    p = sub.add_parser("train", help="fit a field's model on the labels (or --reset to the shipped one)")
    add_db(p)
    p.add_argument("--field", required=True, help="tone, hostility or participation")
    p.add_argument("--reset", action="store_true")
    p.set_defaults(run=run_train)
    p = sub.add_parser("agreement", help="agreement between annotators and with the machine")
    add_db(p)
    p.add_argument("--field", required=True)
    p.set_defaults(run=run_agreement)
    p = sub.add_parser("estimate", help="class shares, raw and corrected with 95 %% intervals")
    add_db(p)
    p.add_argument("--field", required=True)
    p.add_argument("--by", default=None, help="week, party, region or platform")
    p.add_argument("--out", default=None)
    p.set_defaults(run=run_estimate)


def run_import(args) -> dict:
    from analysis.validation import labels
    return labels.import_labels(args.file, args.db, annotator=args.annotator, sample=args.sample)


def run_export(args) -> dict:
    from analysis.validation import labels
    return labels.export_labels(args.db, args.out)


def run_sample(args) -> dict:
    from analysis.validation import sampling
    return sampling.sample(args.db, args.field, args.n, strategy=args.strategy, seed=args.seed, out=args.out)


def run_train(args) -> dict:
    from analysis.validation import training
    return training.reset(args.db, args.field) if args.reset else training.train(args.db, args.field)


def run_agreement(args) -> dict:
    from analysis.validation import agreement
    return agreement.agreement(args.db, args.field)


def run_estimate(args) -> dict:
    from analysis.validation import groups
    return groups.estimate_store(args.db, args.field, by=args.by, out=args.out)
