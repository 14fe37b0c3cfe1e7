"""Alerts against a ground truth of events (the demo's demo_events): which events were reported, and
how many alerts of the events' kinds match no event (same kind and region, overlapping in time)."""
from __future__ import annotations

import pandas as pd

EVENT_KINDS = ("disruption", "boycott_surge", "hostility_surge")


def _overlaps(alert, event) -> bool:
    return (alert.kind == event.kind and str(alert.region) == str(event.region)
            and pd.Timestamp(alert.start) < pd.Timestamp(event.end) and pd.Timestamp(event.start) < pd.Timestamp(alert.end))


def match_events(alerts: pd.DataFrame, events: pd.DataFrame, kinds=EVENT_KINDS) -> dict:
    """{"reported": [event ids], "missed": [...], "unmatched": n alerts of `kinds` matching no event,
    "unmatched_by_kind": {...}}."""
    considered = alerts[alerts["kind"].isin(kinds)]
    reported = [e.event_id for e in events.itertuples() if any(_overlaps(a, e) for a in considered.itertuples())]
    unmatched = [a for a in considered.itertuples() if not any(_overlaps(a, e) for e in events.itertuples())]
    by_kind = pd.Series([a.kind for a in unmatched], dtype=object).value_counts()
    return {"reported": reported, "missed": [e for e in events["event_id"] if e not in reported],
            "unmatched": len(unmatched), "unmatched_by_kind": {k: int(by_kind.get(k, 0)) for k in kinds}}
