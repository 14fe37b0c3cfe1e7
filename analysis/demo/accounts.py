"""Synthetic accounts for the demo corpus: party pages, candidates, media, civil society, bots, citizens."""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis import gazetteer
from analysis.demo import templates as T

CIVIL_SOCIETY = ["Synergie des observateurs", "Jeunesse pour la paix", "Observatoire citoyen du vote",
                 "Association des femmes leaders", "Coalition de la société civile"]
ACTIVITY = {"party_page": 25.0, "candidate": 15.0, "media": 30.0, "civil_society": 20.0, "bot": 25.0,
            "citizen": 1.0}


def _weighted(rng: np.random.Generator, weights: dict, size: int) -> np.ndarray:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return np.array(keys, dtype=object)[rng.choice(len(keys), size=size, p=p / p.sum())]


def _person(rng: np.random.Generator) -> str:
    return f"{rng.choice(T.FIRST_NAMES)} {rng.choice(T.LAST_NAMES)}"


def _public_accounts(rng: np.random.Generator) -> list[dict]:
    rows = [dict(author_id=f"page_{p.lower()}", author_name=f"{p} officiel", kind="party_page", party=p,
                 region="Bamako") for p in T.PARTY_WEIGHTS]
    for party in list(T.PARTY_WEIGHTS)[:10]:
        for i in range(3):
            region = _weighted(rng, T.REGION_WEIGHTS, 1)[0]
            rows.append(dict(author_id=f"cand_{party.lower()}_{i}", author_name=_person(rng), kind="candidate",
                             party=party, region=region))
    rows += [dict(author_id=f"media_{i}", author_name=m, kind="media", party="", region="Bamako")
             for i, m in enumerate(T.MEDIA)]
    rows += [dict(author_id=f"osc_{i}", author_name=n, kind="civil_society", party="", region="Bamako")
             for i, n in enumerate(CIVIL_SOCIETY)]
    return rows


def _bots(rng: np.random.Generator, n: int) -> list[dict]:
    parties = _weighted(rng, {"RPM": 3, "URD": 2, "ADEMA-PASJ": 1, "SADI": 1}, n)
    return [dict(author_id=f"u{900000 + i}", author_name=f"{rng.choice(T.BOT_NAMES)} {rng.integers(10, 999)}",
                 kind="bot", party=parties[i], region="") for i in range(n)]


def _citizens(rng: np.random.Generator, n: int) -> pd.DataFrame:
    regions = _weighted(rng, T.REGION_WEIGHTS, n)
    first = np.array(T.FIRST_NAMES, dtype=object)[rng.integers(0, len(T.FIRST_NAMES), n)]
    last = np.array(T.LAST_NAMES, dtype=object)[rng.integers(0, len(T.LAST_NAMES), n)]
    return pd.DataFrame({"author_id": [f"u{100000 + i}" for i in range(n)], "author_name": first + " " + last,
                         "kind": "citizen", "party": "", "region": regions})


def _locations(rng: np.random.Generator, accounts: pd.DataFrame) -> np.ndarray:
    """Profile locations written the many ways people write them; some empty, some abroad."""
    out = []
    draws = rng.random(len(accounts))
    for region, kind, u in zip(accounts["region"], accounts["kind"], draws):
        if kind == "bot" or not region or u < 0.22:
            out.append("")
        elif u < 0.27:
            out.append(T.DIASPORA[int(u * 1000) % len(T.DIASPORA)])
        else:
            forms = T.LOCATIONS[region]
            out.append(forms[int(u * 10007) % len(forms)])
    return np.array(out, dtype=object)


def make_accounts(rng: np.random.Generator, n_posts: int) -> pd.DataFrame:
    """All demo accounts with an activity weight (expected share of posts)."""
    public = pd.DataFrame(_public_accounts(rng) + _bots(rng, max(30, n_posts // 2500)))
    citizens = _citizens(rng, int(min(max(300, n_posts // 6), 80000)))
    accounts = pd.concat([public, citizens], ignore_index=True)
    accounts["author_location"] = _locations(rng, accounts)
    heavy_tail = np.minimum(rng.pareto(1.5, len(accounts)) + 1.0, 8.0)  # busy accounts, but none is a quarter of all posts
    accounts["activity"] = accounts["kind"].map(ACTIVITY) * heavy_tail
    return accounts


def actors_list(accounts: pd.DataFrame) -> pd.DataFrame:
    """The public actors a monitoring team would list (not citizens, not bots)."""
    public = accounts[accounts["kind"].isin(["party_page", "candidate", "media", "civil_society"])]
    camps = gazetteer.party_camps()
    return pd.DataFrame({
        "account": public["author_id"], "name": public["author_name"], "party": public["party"],
        "camp": public["party"].map(lambda p: camps.get(p, "")), "actor_type": public["kind"],
        "region": public["region"]}).reset_index(drop=True)

