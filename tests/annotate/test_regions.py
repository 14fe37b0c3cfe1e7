"""Regions: geotag > profile location / actors list > text mentions, with the ambiguities."""
import numpy as np
import pandas as pd
import pytest

from analysis.geo import points as geo
from analysis.annotate import regions


@pytest.mark.parametrize("text, expected", [
    ("À Gao, la Cité des Askia, les bureaux n'ont pas ouvert", ("Gao", "Gao")),
    ("Depuis la Cité des Askia", ("Gao", "")),
    ("Coup d'État à Kati", ("Koulikoro", "Kati")),
    ("Les étudiants de Katibougou", ("Koulikoro", "Koulikoro")),
    ("Les habitants de Nioro du Sahel", ("Kayes", "Nioro du Sahel")),
    ("Dans le cercle de Ménaka", ("Gao", "Ménaka")),             # 2020: Ménaka under Gao
    ("Taoudénit n'a pas de bureau", ("Tombouctou", "")),         # 2020: Taoudénit under Tombouctou
    ("Commune IV : les jeunes de Lafiabougou", ("Bamako", "Commune IV")),
    ("À San, les bureaux ont ouvert", ("Ségou", "San")),
    ("Les populations de Bla attendent leur route", ("Ségou", "Bla")),
    ("À Diré, des hommes armés", ("Tombouctou", "Diré")),
    ("La 5ème région est touchée", ("Mopti", "")),
    ("Sikasso et Ségou votent", ("Sikasso", "Sikasso")),         # tie: first named
])
def test_mentions(text, expected):
    assert regions.from_text(text) == expected


@pytest.mark.parametrize("text", [
    "Bla bla bla, toujours les mêmes promesses",     # common word
    "Mon koro est parti voter",                      # Bambara word
    "Il faut dire la vérité",                        # French verb vs Diré
    "Le ministre Ousmane Bamba a ouvert l'atelier",  # surname vs Bamba
    "Attaque de la katiba Macina",                   # armed group, not the place
    "Les Maliens de Paris votent à l'ambassade",     # diaspora
    "Depuis Abidjan et Dakar, la diaspora suit le vote",
    "Koulouba doit entendre la colère du peuple",    # metonym for the presidency
    "Le Mali vote",
])
def test_no_region_invented(text):
    assert regions.from_text(text) == ("", "")


@pytest.mark.parametrize("location, expected", [
    ("Gao, Mali", ("Gao", "Gao")),
    ("Bamako 🇲🇱", ("Bamako", "")),
    ("Paris, France", ("", "")),
    ("Abidjan", ("", "")),
    ("Mopti-Sévaré", ("Mopti", "Mopti")),
    ("", ("", "")),
    (None, ("", "")),
])
def test_from_location(location, expected):
    assert regions.from_location(location) == expected


def test_geo_locate_points():
    region, cercle = geo.locate([12.65, 16.27, 15.92, 48.85, np.nan], [-8.0, -0.04, 2.39, 2.35, np.nan])
    assert region.tolist() == ["Bamako", "Gao", "Gao", "", ""]
    assert cercle.tolist() == ["", "Gao", "Ménaka", "", ""]


def _resolve(rows, actors=None):
    posts = pd.DataFrame(rows)
    mentions = posts["text"].map(regions.from_text)
    return regions.resolve(posts, mentions, actors)


def test_order_of_trust():
    out = _resolve([
        {"text": "Fraude à Gao", "author_location": "Kayes", "lat": 11.32, "lon": -5.67, "author_id": "a"},
        {"text": "Fraude à Gao", "author_location": "Kayes", "lat": np.nan, "lon": np.nan, "author_id": "a"},
        {"text": "Fraude à Gao", "author_location": "Paris", "lat": np.nan, "lon": np.nan, "author_id": "a"},
        {"text": "Fraude à Gao", "author_location": "Bamako", "lat": np.nan, "lon": np.nan, "author_id": "a"},
        {"text": "Fraude partout", "author_location": "Bamako", "lat": np.nan, "lon": np.nan, "author_id": "a"},
        {"text": "Fraude partout", "author_location": "", "lat": np.nan, "lon": np.nan, "author_id": "b"},
        {"text": "Fraude partout", "author_location": "", "lat": np.nan, "lon": np.nan, "author_id": "c"},
    ], actors=pd.DataFrame({"account": ["b"], "party": ["URD"], "region": ["Sikasso"]}))
    assert out["region"].tolist() == ["Sikasso", "Kayes", "Gao", "Gao", "Bamako", "Sikasso", ""]
    assert out["region_source"].tolist() == ["geotag", "author", "mention", "mention", "author", "author", ""]
