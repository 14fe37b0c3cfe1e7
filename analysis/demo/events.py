"""Events injected into the demo for the alerts: an internet cut, a boycott surge, a hostility surge.

A cut silences every platform of one region: the posts its residents would have written during it are
posted once the connection is back (spread over the next two days). The surges add posts from residents of
one region over 36 hours. Ground truth: one row per event (event_id, kind, region, platform, start, end).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.demo import templates as T

EVENT_COLUMNS = ["event_id", "kind", "region", "platform", "start", "end"]
# event_id -> kind, region, start (UTC), hours
EVENTS = {
    "E1": ("disruption", "Koulikoro", "2020-04-02 00:00", 36),
    "E2": ("boycott_surge", "Mopti", "2020-04-07 06:00", 36),
    "E3": ("hostility_surge", "Kayes", "2020-04-25 06:00", 36),
}
SURGE_TEXTS = {
    "boycott_surge": [
        "Boycott total à {town} : n'allez pas voter tant que nos villages sont attaqués",
        "Habitants de {town}, restez chez vous, pas de vote sans sécurité",
        "Je ne voterai pas, {town} est abandonnée par l'État. Boycott !",
        "À {town} on n'ira pas voter, ces élections sont une mascarade",
        "N'allez pas voter à {town}, boycottons ce scrutin",
    ],
    "hostility_surge": [
        "Ces voleurs du {party} sont des chiens, il faut les chasser de {town}",
        "On va brûler les permanences du {party} à {town}, ils vont payer",
        "Les partisans du {party} sont des rats, chassez-les de {town}",
        "Il faut les brûler, ces traîtres du {party} à {town}",
        "Sales chiens du {party}, {town} ne vous appartient pas",
        "Mort aux voleurs du {party} à {town} !",
    ],
}
SURGE_PARTIES = ["RPM", "URD"]


def _window(event_id: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    _, _, start, hours = EVENTS[event_id]
    begin = pd.Timestamp(start, tz="UTC")
    return begin, begin + pd.Timedelta(hours=hours)


def truth() -> pd.DataFrame:
    """The demo_events table: every platform is concerned (platform left empty)."""
    rows = [(eid, kind, region, "", *_window(eid)) for eid, (kind, region, _, _) in EVENTS.items()]
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def _residents(accounts: pd.DataFrame, region: str) -> pd.DataFrame:
    """Citizens of a region who say where they live (their posts are counted for it)."""
    mine = accounts[(accounts["kind"] == "citizen") & (accounts["region"] == region)]
    located = mine[mine["author_location"].astype(str) != ""]
    return located if len(located) >= 5 else mine


def _surge(rng: np.random.Generator, accounts: pd.DataFrame, event_id: str, n: int) -> pd.DataFrame:
    kind, region, _, _ = EVENTS[event_id]
    begin, end = _window(event_id)
    people = _residents(accounts, region)
    authors = people.iloc[rng.integers(0, len(people), n)]
    towns = rng.choice(T.TOWNS[region], n)
    parties = rng.choice(SURGE_PARTIES, n)
    texts = [rng.choice(SURGE_TEXTS[kind]).format(town=town, party=party) for town, party in zip(towns, parties)]
    created = begin + pd.to_timedelta(np.sort(rng.uniform(0, (end - begin).total_seconds(), n)).round(), unit="s")
    return pd.DataFrame({
        "platform": rng.choice(["facebook", "whatsapp", "twitter"], n, p=[0.6, 0.25, 0.15]),
        "author_id": authors["author_id"].to_numpy(), "author_name": authors["author_name"].to_numpy(),
        "author_location": authors["author_location"].to_numpy(), "created_at": created, "text": texts,
        "lat": np.nan, "lon": np.nan, "theme": kind.replace("_surge", ""), "is_repost": False,
        "likes": pd.array([pd.NA] * n, dtype="Int64"), "shares": pd.array([pd.NA] * n, dtype="Int64"),
        "comments": pd.array([pd.NA] * n, dtype="Int64"), "event_id": event_id})


def surges(rng: np.random.Generator, accounts: pd.DataFrame, n_posts: int) -> pd.DataFrame:
    """The surge posts of every surge event (a share of the corpus; 20 each from 1,000 posts)."""
    n = max(min(20, n_posts // 50), n_posts // 400)
    return pd.concat([_surge(rng, accounts, eid, n) for eid, spec in EVENTS.items() if spec[0].endswith("_surge")],
                     ignore_index=True)


def cut_connection(rng: np.random.Generator, posts: pd.DataFrame, accounts: pd.DataFrame) -> pd.DataFrame:
    """Residents of the cut region post nothing during the cut; those posts come once it is over."""
    out = posts
    for event_id, (kind, region, _, _) in EVENTS.items():
        if kind != "disruption":
            continue
        begin, end = _window(event_id)
        home = posts["author_id"].map(accounts.set_index("author_id")["region"]).fillna("")
        silenced = np.flatnonzero(((home == region) & (posts["created_at"] >= begin)
                                   & (posts["created_at"] < end)).to_numpy())
        later = end + pd.to_timedelta(rng.uniform(0, 48 * 3600, len(silenced)).round(), unit="s")
        out = out.copy()
        out.loc[out.index[silenced], "created_at"] = pd.DatetimeIndex(later).as_unit(out["created_at"].dt.unit)
    return out
