"""claims and alerts: the early-warning desk (rumours with their rebuttals, alerts when something breaks)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.commands.common import add_db
from analysis.export import to_csv_bytes
from analysis.store import Store


def register(sub) -> None:
    p = sub.add_parser("claims", help="find rumours and their rebuttals; write post_id, claim_id, role")
    add_db(p)
    p.add_argument("--out", required=True, help="CSV file: post_id, claim_id, role")
    p.set_defaults(run=run_claims)
    p = sub.add_parser("alerts", help="alerts: volume, disruptions, boycott and hostility surges, groups, rumours")
    add_db(p)
    p.add_argument("--since", default=None, help="keep alerts ending on or after this date (YYYY-MM-DD)")
    p.add_argument("--out", default=None, help="CSV file of the alerts")
    p.set_defaults(run=run_alerts)


def _since(value: str | None):
    if value is None:
        return None
    try:
        return pd.Timestamp(value)
    except ValueError as exc:
        raise ValueError(f"--since {value!r}: not a date (use YYYY-MM-DD)") from exc


def _write(frame: pd.DataFrame, out: str) -> None:
    path = Path(out)
    if path.suffix.lower() != ".csv":
        raise ValueError(f"{out}: the output must be a .csv file")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(to_csv_bytes(frame))


def _load(db: str) -> pd.DataFrame:
    with Store(db, read_only=True) as store:
        return store.load()


def run_claims(args) -> dict:
    from analysis import claims   # imported here: the other commands need not load it
    result = claims.find_claims(_load(args.db))
    _write(result.assignments, args.out)
    with Store(args.db) as store:
        store.save_claims(result.assignments, result.listed)
    roles = result.assignments["role"].value_counts()
    return {"claims": len(result.claims), "claim_posts": int(roles.get("claim", 0)),
            "rebuttal_posts": int(roles.get("rebuttal", 0)), "out": args.out}


def run_alerts(args) -> dict:
    from analysis import alerts, claims   # imported here: the other commands need not load them
    since = _since(args.since)
    with Store(args.db, read_only=True) as store:
        posts = store.load()
        found, listed = store.claims()
    stored = claims.summarise(posts, found, listed) if len(listed) else claims.find_claims(posts)
    result = alerts.find_alerts(posts, claims=stored.claims, since=since)
    if args.out:
        _write(result.alerts, args.out)
    return {**result.summary, "claims_from": "store" if len(listed) else "computed now", "out": args.out}
