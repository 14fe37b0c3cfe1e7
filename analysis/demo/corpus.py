"""The synthetic demo corpus: a Mali 2020 legislative campaign, deterministic for a seed.

Volume follows the real calendar, themes shift with it (boycott calls before the rounds, fraud
allegations after the results), and coordinated pushes are injected with their ground truth.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis import gazetteer
from analysis.demo import templates as T
from analysis.demo import events as demo_events
from analysis.demo.accounts import _weighted, actors_list, make_accounts
from analysis.demo.distinct import make_distinct
from analysis.demo.rumours import CLAIM_COLUMNS, rumour_posts
from analysis.demo.text import add_noise, fill_templates, campaign_copies

START, END = pd.Timestamp("2020-02-20", tz="UTC"), pd.Timestamp("2020-05-15", tz="UTC")
# Calendar event (data/gazetteer/calendar.csv, '+n' = n days later) -> volume multiplier on that day.
SPIKE_EVENTS = {"r1_campaign_opens": 1.6, "dofana_abduction": 1.3, "cisse_abduction": 2.6, "curfew": 1.8,
                "first_covid_death": 1.8, "r1_vote": 4.0, "r1_vote+1": 2.5, "r1_provisional_results": 2.4,
                "r1_final_results": 1.8, "r2_campaign_opens": 1.5, "r2_vote": 3.5, "r2_vote+1": 2.2,
                "r2_provisional_results": 2.2, "final_results": 3.2, "final_results+1": 2.6, "final_results+2": 2.0,
                "speaker_elected": 1.5}
SPIKES = {str(gazetteer.event_day(event)): boost for event, boost in SPIKE_EVENTS.items()}
# Theme multipliers from each bound to the next (start inclusive); bounds are calendar events or the demo's edges.
THEME_BOUNDS = [
    ("2020-02-20", {"voter_card": 2.5, "party_praise": 1.3, "call_to_vote": 0.5, "fraud_allegation": 0.3,
                    "turnout": 0.1, "polling_logistics": 0.3, "health_covid": 0.2}),
    ("r1_campaign_opens", {"call_to_vote": 1.6, "voter_card": 1.5, "boycott": 1.0, "health_covid": 0.5,
                           "turnout": 0.2}),
    ("cisse_abduction", {"boycott": 2.5, "health_covid": 3.0, "security_threat": 2.5, "call_to_vote": 1.8}),
    ("r1_vote", {"polling_logistics": 4.0, "turnout": 4.0, "security_threat": 1.5, "fraud_allegation": 1.5,
                 "vote_buying": 2.0}),
    ("r1_vote+2", {"fraud_allegation": 3.0, "news": 1.5, "turnout": 1.5}),
    ("r2_campaign_opens", {"call_to_vote": 1.5, "boycott": 1.5, "vote_buying": 1.5, "health_covid": 1.5}),
    ("r2_vote", {"polling_logistics": 3.0, "turnout": 4.0, "vote_buying": 2.0}),
    ("r2_vote+2", {"fraud_allegation": 4.0, "party_attack": 1.6, "call_to_vote": 0.2, "boycott": 0.4,
                   "voter_card": 0.1}),
]
# Period -> theme multipliers; periods are [start, end) ISO days.
PERIODS = [(str(gazetteer.event_day(bound)), str(gazetteer.event_day(nxt)), boost)
           for (bound, boost), nxt in zip(THEME_BOUNDS, [b for b, _ in THEME_BOUNDS[1:]] + ["2020-05-16"])]


@dataclass
class DemoCorpus:
    posts: pd.DataFrame       # canonical post columns
    actors: pd.DataFrame      # account, name, party, camp, actor_type, region
    truth: pd.DataFrame       # post_id, campaign_id
    themes: pd.Series         # intended theme per post (for tests)
    claims: pd.DataFrame      # post_id, claim_id, role (injected rumours and their rebuttals)
    events: pd.DataFrame      # event_id, kind, region, platform, start, end (injected for the alerts)


def _day_weights() -> tuple[pd.DatetimeIndex, np.ndarray]:
    days = pd.date_range(START, END, freq="D")
    ramp = np.linspace(0.6, 1.4, len(days))
    spikes = np.array([SPIKES.get(d.strftime("%Y-%m-%d"), 1.0) for d in days])
    weights = ramp * spikes
    return days, weights / weights.sum()


def _timestamps(rng: np.random.Generator, n: int) -> pd.DatetimeIndex:
    days, p = _day_weights()
    day_idx = rng.choice(len(days), size=n, p=p)
    # Evenings are busiest; a little night activity.
    hour = np.clip(rng.normal(15.0, 4.5, n), 0, 23.99)
    seconds = (hour * 3600).astype(np.int64)
    return days[day_idx] + pd.to_timedelta(seconds, unit="s")


def _themes(rng: np.random.Generator, created: pd.DatetimeIndex) -> np.ndarray:
    out = np.empty(len(created), dtype=object)
    iso = created.strftime("%Y-%m-%d")
    for start, end, boost in PERIODS:
        mask = (iso >= start) & (iso < end)
        weights = {k: v * boost.get(k, 1.0) for k, v in T.THEME_WEIGHTS.items()}
        out[mask] = _weighted(rng, weights, int(mask.sum()))
    return out


def _platforms(rng: np.random.Generator, themes: np.ndarray, kinds: np.ndarray) -> np.ndarray:
    platforms = _weighted(rng, T.PLATFORM_WEIGHTS, len(themes))
    platforms[kinds == "media"] = "news"
    platforms[(themes == "news") & (kinds != "media") & (platforms == "instagram")] = "facebook"
    platforms[(kinds == "party_page") & (platforms == "whatsapp")] = "facebook"
    return platforms


def _parties(rng: np.random.Generator, authors: pd.DataFrame, themes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    party = _weighted(rng, T.PARTY_WEIGHTS, len(themes))
    other = _weighted(rng, T.PARTY_WEIGHTS, len(themes))
    own = authors["party"].to_numpy(dtype=object)
    praise = np.isin(themes, ["party_praise", "call_to_vote"]) & (own != "")
    party[praise] = own[praise]
    attack = (themes == "party_attack") & (own != "") & (other == own)
    other[attack] = "RPM"
    return party, other


def _metrics(rng: np.random.Generator, kinds: np.ndarray, platforms: np.ndarray) -> dict:
    scale = pd.Series(kinds).map({"party_page": 80, "candidate": 30, "media": 120, "civil_society": 20,
                                  "bot": 2, "citizen": 4}).to_numpy(dtype=float)
    likes = np.floor(rng.lognormal(0, 1.2, len(kinds)) * scale)
    shares = np.floor(likes * rng.uniform(0, 0.4, len(kinds)))
    comments = np.floor(likes * rng.uniform(0, 0.3, len(kinds)))
    out = {k: pd.array(v.astype(np.int64), dtype="Int64") for k, v in
           (("likes", likes), ("shares", shares), ("comments", comments))}
    private = platforms == "whatsapp"
    for key in out:
        out[key][private] = pd.NA
    return out


def _geotags(rng: np.random.Generator, regions: np.ndarray, platforms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    capitals = {r["name"]: (r["capital"]["lat"], r["capital"]["lon"])
                for r in gazetteer.gazetteer()["regions"] if r.get("capital")}
    lat = np.full(len(regions), np.nan)
    lon = np.full(len(regions), np.nan)
    tagged = (platforms == "twitter") & (rng.random(len(regions)) < 0.15) & np.isin(regions, list(capitals))
    for i in np.flatnonzero(tagged):
        clat, clon = capitals[regions[i]]
        lat[i], lon[i] = clat + rng.normal(0, 0.03), clon + rng.normal(0, 0.03)
    return lat, lon


def _organic(rng: np.random.Generator, accounts: pd.DataFrame, n: int) -> pd.DataFrame:
    created = _timestamps(rng, n)
    themes = _themes(rng, created)
    p = accounts["activity"].to_numpy()
    authors = accounts.iloc[rng.choice(len(accounts), size=n, p=p / p.sum())].reset_index(drop=True)
    kinds = authors["kind"].to_numpy(dtype=object)
    themes[(kinds == "media") & ~np.isin(themes, ["turnout", "news", "english"])] = "news"
    partisan = np.isin(kinds, ["party_page", "candidate"]) & (rng.random(n) < 0.7)
    themes[partisan] = np.where(rng.random(int(partisan.sum())) < 0.6, "party_praise", "call_to_vote")
    platforms = _platforms(rng, themes, kinds)
    party, party2 = _parties(rng, authors, themes)
    home = authors["region"].replace("", np.nan).to_numpy(dtype=object)
    spoken = _weighted(rng, T.REGION_WEIGHTS, n)
    about = np.where((rng.random(n) < 0.7) & pd.notna(home), home, spoken)
    texts = fill_templates(rng, themes, party, party2, about, created)
    lat, lon = _geotags(rng, about, platforms)
    frame = pd.DataFrame({"platform": platforms, "author_id": authors["author_id"],
                          "author_name": authors["author_name"], "author_location": authors["author_location"],
                          "created_at": created, "text": add_noise(rng, texts), "lat": lat, "lon": lon,
                          "theme": themes, **_metrics(rng, kinds, platforms)})
    frame["is_repost"] = rng.random(n) < 0.08
    return frame


def _campaigns(rng: np.random.Generator, accounts: pd.DataFrame, n_campaigns: int) -> pd.DataFrame:
    bots = accounts[accounts["kind"] == "bot"]
    citizens = accounts[accounts["kind"] == "citizen"]
    frames = []
    for c in range(n_campaigns):
        size = int(rng.integers(6, 26))
        pool = pd.concat([bots.sample(min(len(bots), size // 2 + 1), random_state=int(rng.integers(1e9))),
                          citizens.sample(size, random_state=int(rng.integers(1e9)))])
        frame = campaign_copies(rng, pool.head(size), c)
        frame["campaign_id"] = f"C{c + 1:03d}"
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def _link_ring(rng: np.random.Generator, accounts: pd.DataFrame, organic: pd.DataFrame) -> pd.DataFrame:
    """A ring of bot accounts pushing one site's links together, within minutes, all campaign long
    (what co-link analysis looks for); their texts stay ordinary, so no copy-paste group forms."""
    bots = accounts[accounts["kind"] == "bot"]
    ring = bots.sample(min(len(bots), 10), random_state=int(rng.integers(1 << 30)))
    sizes = rng.integers(3, 7, size=max(12, len(organic) // 800))
    rows = rng.choice(np.flatnonzero(organic["platform"].isin(["facebook", "twitter"]).to_numpy()),
                      size=int(sizes.sum()), replace=False)
    starts = _timestamps(rng, len(sizes))
    link = np.repeat([f"https://verite-sahel.example/info-{i + 1}" for i in range(len(sizes))], sizes)
    members = np.concatenate([rng.choice(len(ring), size=k, replace=False) for k in sizes])
    out = organic.copy()
    for column in ("author_id", "author_name", "author_location"):
        out.loc[rows, column] = ring[column].to_numpy()[members]
    times = np.repeat(starts, sizes) + pd.to_timedelta(rng.uniform(0, 300, len(rows)).round(), unit="s")
    out.loc[rows, "created_at"] = pd.DatetimeIndex(times).as_unit(out["created_at"].dt.unit)
    out["ring_link"] = None
    out.loc[rows, "ring_link"] = link
    return out


def _with_links(rng: np.random.Generator, posts: pd.DataFrame) -> pd.Series:
    """News and some organic posts share article links; coordinated posts carry their campaign link."""
    n = len(posts)
    article = rng.integers(0, max(50, n // 40), n)
    day = posts["created_at"].dt.strftime("%Y/%m/%d")
    links = "https://actu-mali.example/" + day + "/article-" + pd.Series(article).astype(str)
    share = (posts["platform"].isin(["news", "facebook", "twitter"])) & (rng.random(n) < 0.25)
    share |= posts["platform"].eq("news")
    url = links.where(share, None)
    for column in ("campaign_link", "ring_link"):
        if column in posts:
            url = posts[column].where(posts[column].notna(), url)
    return url


def _injected(rng: np.random.Generator, accounts: pd.DataFrame, n_posts: int) -> pd.DataFrame:
    """Rumours with their rebuttals and the surge posts, typed with the same habits as the rest."""
    frame = pd.concat([rumour_posts(rng, accounts, n_posts), demo_events.surges(rng, accounts, n_posts)],
                      ignore_index=True)
    frame["text"] = add_noise(rng, list(frame["text"]))
    return frame


def build(n_posts: int = 20000, seed: int = 0, distinct: bool = False) -> DemoCorpus:
    """Generate the demo corpus in memory; same seed, same corpus (`distinct`: no two posts share a text)."""
    if n_posts < 100:
        raise ValueError("the demo needs at least 100 posts")
    rng = np.random.default_rng(seed)
    accounts = make_accounts(rng, n_posts)
    campaigns = _campaigns(rng, accounts, max(4, n_posts // 2500))
    injected = _injected(rng, accounts, n_posts)
    organic = _link_ring(rng, accounts, _organic(rng, accounts, n_posts - len(campaigns) - len(injected)))
    posts = pd.concat([organic, campaigns, injected], ignore_index=True)
    posts = demo_events.cut_connection(rng, posts, accounts).sort_values("created_at", kind="stable")
    posts = posts.reset_index(drop=True)
    posts["url"] = _with_links(rng, posts)
    if distinct:     # its own generator: the rest of the corpus stays the one of the same seed
        posts["text"] = make_distinct(np.random.default_rng([seed, 1]), posts["text"].tolist())
    posts["post_id"] = posts["platform"] + ":" + pd.Series(np.arange(len(posts)) + 10_000_000).astype(str)
    posts["source"] = f"demo:seed={seed}"
    truth = posts.loc[posts["campaign_id"].notna(), ["post_id", "campaign_id"]].reset_index(drop=True)
    claims = posts.loc[posts["claim_id"].notna(), ["post_id", "claim_id", "claim_role"]]
    claims = claims.rename(columns={"claim_role": "role"}).reset_index(drop=True)[CLAIM_COLUMNS]
    return DemoCorpus(posts=posts, actors=actors_list(accounts), truth=truth, themes=posts["theme"].fillna("campaign"),
                      claims=claims, events=demo_events.truth())


def write(db_path, n_posts: int = 20000, seed: int = 0, distinct: bool = False) -> dict:
    """Build the demo and store it (posts, actors, ground truth, synthetic flag) in one go."""
    from analysis.store import Store
    corpus = build(n_posts, seed, distinct)
    with Store(db_path) as store:
        result = store.add_posts(corpus.posts, import_record={
            "file": f"demo seed={seed}", "format": "demo", "content_hash": f"demo-{n_posts}-{seed}",
            "read": n_posts, "accepted": n_posts, "duplicates": 0, "rejected": 0})
        store.add_actors(corpus.actors)
        store.add_campaign_truth(corpus.truth)
        store.add_claim_truth(corpus.claims)
        store.add_event_truth(corpus.events)
        store.set_meta("synthetic", True)
    return {"posts": result["added"], "duplicates": result["duplicates"], "actors": len(corpus.actors),
            "campaigns": int(corpus.truth["campaign_id"].nunique()), "campaign_posts": len(corpus.truth),
            "claims": int(corpus.claims["claim_id"].nunique()), "claim_posts": len(corpus.claims),
            "events": len(corpus.events)}
