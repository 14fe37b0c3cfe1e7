"""report: a French report (PDF or self-contained HTML) of the store, or of a filtered view of it."""
from __future__ import annotations

import time
from pathlib import Path
from datetime import date

from analysis.commands.common import add_db
from analysis.filters import Filters
from analysis.privacy import display_authors, installation_salt
from analysis.store import Store


def register(sub) -> None:
    p = sub.add_parser("report", help="a report of the current view as PDF or HTML")
    add_db(p)
    p.add_argument("--out", required=True, help="FILE.pdf or FILE.html")
    p.add_argument("--from", dest="date_from", type=date.fromisoformat, default=None, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=date.fromisoformat, default=None, help="last day, YYYY-MM-DD")
    p.add_argument("--party", action="append", default=[], help="party acronym (repeatable)")
    p.add_argument("--region", action="append", default=[], help="region name (repeatable)")
    p.add_argument("--lang", choices=["fr", "en"], default="fr")
    p.set_defaults(run=run_report)


def run_report(args) -> dict:
    # imported here: matplotlib, reportlab and the validation desk cost seconds to load, other commands need none
    from analysis import report
    from analysis.validation import fields
    from analysis.validation import summary as summary_of_validation
    if Path(args.out).suffix.lower() not in report.FORMATS:  # before the costly part
        raise ValueError(f"{args.out}: the report file must end in .pdf or .html")
    started = time.perf_counter()
    with Store(args.db, read_only=True) as store:
        posts, is_demo, actors = store.load(), store.is_demo(), store.actors()
        stored_labels = store.labels()
        model_rows = {name: store.latest_model(name) for name in fields.FIELDS}
    loaded = time.perf_counter()
    filters = Filters(date_from=args.date_from, date_to=args.date_to, parties=tuple(args.party),
                      regions=tuple(args.region))
    public, salt = set(actors["account"].astype(str)), installation_salt()
    chosen = filters.apply(posts)
    accuracy = summary_of_validation.accuracy_sentence(posts, stored_labels, model_rows, args.lang)
    built = report.build_report(chosen, filters, is_demo, lambda f: display_authors(f, public, salt),
                                accuracy=accuracy, lang=args.lang)
    summary = report.write_report(built, args.out)
    return {**summary, "posts": len(chosen), "load_seconds": round(loaded - started, 2),
            "report_seconds": round(time.perf_counter() - loaded, 2)}
