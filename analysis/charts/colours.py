"""Fixed, colour-blind-safe colours: a party or category keeps its colour on every chart.

Okabe-Ito for the most prominent parties and the participation categories, Paul Tol's muted
scheme for the rest; grey for anything unknown and for the minor parties. Party colours are kept
with the party list (data/gazetteer/parties.csv).
"""
from __future__ import annotations

from analysis import gazetteer

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
TOL_MUTED = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"]
GREY = "#BBBBBB"

PARTY_COLORS = gazetteer.party_colours()       # the `colour` column of data/gazetteer/parties.csv
PARTICIPATION_COLORS = {
    "call_to_vote": "#009E73", "boycott": "#D55E00", "voter_card": "#56B4E9", "polling_logistics": "#0072B2",
    "turnout": "#E69F00", "fraud_allegation": "#CC79A7", "vote_buying": "#882255", "security_threat": "#000000",
    "health_covid": "#999933",
}
PLATFORM_COLORS = {"facebook": "#0072B2", "whatsapp": "#009E73", "twitter": "#56B4E9", "telegram": "#CC79A7",
                   "news": "#E69F00", "instagram": "#D55E00", "web": "#999933", "other": GREY}
LANG_COLORS = {"fr": "#0072B2", "mixed": "#009E73", "bm": "#E69F00", "en": "#CC79A7", "ar": "#D55E00",
               "und": GREY, "": GREY}
SENTIMENT_COLORS = {"negative": "#D55E00", "neutral": GREY, "positive": "#0072B2"}
# Diverging scale for tone (-1..1): orange (negative) to blue (positive), safe for deuteranopia.
TONE_SCALE = [[0.0, "#D55E00"], [0.5, "#F7F7F7"], [1.0, "#0072B2"]]


def color_map(values, fixed: dict[str, str]) -> dict[str, str]:
    """Fixed colours where known, then the spare palette in a stable (sorted) order."""
    spare = [c for c in OKABE_ITO + TOL_MUTED if c not in fixed.values()] or [GREY]
    out, k = {}, 0
    for value in sorted(str(v) for v in values):
        if value in fixed:
            out[value] = fixed[value]
        else:
            out[value] = spare[k % len(spare)]
            k += 1
    return out
