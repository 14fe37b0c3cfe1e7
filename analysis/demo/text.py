"""Text generation for the demo corpus: template filling, typing noise, coordinated copies."""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis import gazetteer
from analysis.demo import templates as T

MIXED_TAILS = ["Ala ka Mali kisi", "an bɛ se", "i ni ce", "Ala ka hɛrɛ di", "a ka ɲi kosɛbɛ", "an ka jɛ",
               "a ma ɲi", "Allah ka an dɛmɛ", "k'an bɛn"]
EXTRA_SENTENCES = [
    "Les preuves circulent déjà dans tous les quartiers.", "Nos observateurs sont mobilisés jusqu'au bout.",
    "Le peuple malien n'est pas dupe.", "Ne croyez pas les médias officiels.",
    "Nos mamans et nos sœurs doivent être informées.", "Chaque famille doit recevoir ce message avant ce soir.",
    "Les autorités gardent le silence depuis trois jours.", "Les imams et les chefs de village sont avertis.",
    "La jeunesse de Bamako est debout.", "Ce sont nos enfants qui paieront le prix.",
    "Rien ne sera plus comme avant dans ce pays.", "Les vidéos seront publiées demain matin.",
]
CAMPAIGN_DAYS = ["2020-03-20", "2020-03-24", "2020-03-26", "2020-03-28", "2020-04-01", "2020-04-03",
                 "2020-04-14", "2020-04-17", "2020-04-24", "2020-05-01", "2020-05-02"]
SECOND_ROUND_FROM = str(gazetteer.event_day("r1_vote+1"))      # posts from then on speak of the second round


def _pick(rng: np.random.Generator, options: list, n: int) -> np.ndarray:
    return np.array(options, dtype=object)[rng.integers(0, len(options), n)]


def _slots(rng: np.random.Generator, i: int, party: str, party2: str, region: str, round_no: int, u) -> dict:
    forms, forms2 = T.PARTY_FORMS[party], T.PARTY_FORMS[party2]
    towns = T.TOWNS[region]
    return {
        "party": forms[u[0] % len(forms)], "party2": forms2[u[1] % len(forms2)],
        "leader": T.LEADERS.get(party, "notre candidat"), "town": towns[u[2] % len(towns)], "region": region,
        "day": T.DAYS[round_no][u[3] % 4], "media": T.MEDIA[u[4] % len(T.MEDIA)], "tag": T.TAGS[u[5] % len(T.TAGS)],
        "epos": T.EMOJI_POS[u[6] % len(T.EMOJI_POS)] if u[7] % 3 else "",
        "eneg": T.EMOJI_NEG[u[6] % len(T.EMOJI_NEG)] if u[7] % 3 else "",
    }


def fill_templates(rng: np.random.Generator, themes, party, party2, regions, created) -> list[str]:
    """One text per post from its theme's templates; a share of French posts gets a Bambara tail (code-switching)."""
    n = len(themes)
    u = rng.integers(0, 1 << 30, size=(n, 9))
    round_no = np.where(created < pd.Timestamp(SECOND_ROUND_FROM, tz="UTC"), 1, 2)
    texts = []
    for i in range(n):
        templates = T.THEMES[themes[i]]
        text = templates[u[i, 8] % len(templates)].format(
            **_slots(rng, i, party[i], party2[i], regions[i], round_no[i], u[i]))
        if themes[i] not in ("english", "arabic", "chatter") and u[i, 8] % 9 == 0:
            text = f"{text} {MIXED_TAILS[u[i, 7] % len(MIXED_TAILS)]}"
        texts.append(" ".join(text.split()))
    return texts


def _caps(t: str) -> str:
    return t.upper()


def _stretch(t: str) -> str:
    return t.rstrip(".!?") + "!!!" if len(t) % 2 else t.replace("vraiment", "vraaaiment").replace("Honte", "Hooonte")


def _strip_accents(t: str) -> str:
    """Typing noise, not the analysers' fold (analysis.text.fold): a phone keyboard dropping the usual accents."""
    return t.lower().translate(str.maketrans("éèêàâçôîïù", "eeeaacoiiu"))


def _typo(t: str) -> str:
    k = len(t) // 2
    return t[:k] + t[k + 1] + t[k] + t[k + 2:] if len(t) > 4 else t


NOISES = ((0.04, _caps), (0.05, _stretch), (0.10, _strip_accents), (0.05, _typo))


def add_noise(rng: np.random.Generator, texts: list[str]) -> list[str]:
    """Typing habits: all caps, stretched letters and !!!, no accents, swapped letters."""
    out = list(texts)
    for share, noise in NOISES:
        for i in np.flatnonzero(rng.random(len(out)) < share):
            out[i] = noise(out[i])
    return out


def _campaign_text(rng: np.random.Generator, c: int) -> str:
    party = list(T.PARTY_WEIGHTS)[int(rng.integers(0, 6))]
    region = list(T.TOWNS)[int(rng.integers(0, len(T.TOWNS)))]
    u = rng.integers(0, 1 << 30, 9)
    base = T.CAMPAIGN_MESSAGES[c % len(T.CAMPAIGN_MESSAGES)].format(**_slots(rng, c, party, party, region, 1 + c % 2, u))
    extra = rng.choice(EXTRA_SENTENCES, size=2, replace=False)
    return f"{base} {extra[0]} {extra[1]}"


def _variant(rng: np.random.Generator, text: str) -> str:
    """Copy-paste variations: forwarding header, emoji, case, an extra word."""
    r = rng.random()
    if r < 0.2:
        return "Transféré : " + text
    if r < 0.4:
        return text + " " + str(rng.choice(T.EMOJI_POS + T.EMOJI_NEG))
    if r < 0.5:
        return text.replace("!", " !!")
    if r < 0.6:
        return text.lower()
    return text


def campaign_copies(rng: np.random.Generator, accounts: pd.DataFrame, c: int) -> pd.DataFrame:
    """One coordinated push: the same message from every account within minutes, some across platforms."""
    n = len(accounts)
    text = _campaign_text(rng, c)
    start = pd.Timestamp(CAMPAIGN_DAYS[c % len(CAMPAIGN_DAYS)], tz="UTC") + pd.Timedelta(
        hours=float(rng.uniform(7, 21)) + 24 * int(rng.integers(0, 2)))
    created = start + pd.to_timedelta(np.sort(rng.uniform(0, 40 * 60, n)), unit="s")
    if c % 3 == 0:  # jumps from WhatsApp to Facebook to X
        platforms = np.array(["whatsapp"] * (n // 3) + ["facebook"] * (n // 3) + ["twitter"] * (n - 2 * (n // 3)))
    else:
        platforms = np.full(n, ["facebook", "twitter", "telegram"][c % 3 - 1 if c % 3 else 0], dtype=object)
    link = f"https://mali-verite.example/alerte-{c + 1}" if c % 2 == 0 else None
    return pd.DataFrame({
        "platform": platforms, "author_id": accounts["author_id"].to_numpy(),
        "author_name": accounts["author_name"].to_numpy(), "author_location": accounts["author_location"].to_numpy(),
        "created_at": created, "text": [_variant(rng, text) for _ in range(n)], "lat": np.nan, "lon": np.nan,
        "theme": None, "likes": pd.array([pd.NA] * n, dtype="Int64"), "shares": pd.array([pd.NA] * n, dtype="Int64"),
        "comments": pd.array([pd.NA] * n, dtype="Int64"), "is_repost": False, "campaign_link": link})
