"""Parties named in a post, context rules for ambiguous aliases, author party and tone per party."""
import pandas as pd
import pytest

from analysis.annotate import matcher
from analysis.annotate import parties


@pytest.mark.parametrize("text, expected", [
    ("Les Tisserands ont tenu leur meeting", ("RPM",)),
    ("Les Abeilles appellent à voter", ("ADEMA-PASJ",)),
    ("d'ADEMA à l'URD", ("ADEMA-PASJ", "URD")),
    ("#URD2020 en force", ("URD",)),
    ("Soumaïla Cissé enlevé", ("URD",)),
    ("Poulo est arrivé à Sikasso pour soutenir les candidats", ("CODEM",)),
    ("Le M5-RFP et l'EPM", ("M5-RFP", "EPM")),           # coalitions kept as such
    ("La liste UM-RDA Faso Jigi", ("UM-RDA",)),
    ("L'ADP-Maliba présente ses candidats", ("ADP-Maliba",)),
    ("IBK doit démissionner", ()),                      # the President is not a party
    ("Le premier ministre Boubou Cissé", ()),
])
def test_parties(text, expected):
    assert parties.parties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # RDA / CDS / UFD: capitals and political context
    ("Le parti RDA a perdu son député", ("UM-RDA",)),
    ("la rda en Allemagne", ()),
    ("Les militants du parti CDS manifestent", ("CDS-Mogotiguiya",)),
    ("Les CDS de santé manquent de gel", ()),
    ("L'UFD présente une liste à Koulikoro", ("UFDP",)),
    # Maliba: only next to political words, never a media name
    ("Maliba ye an bɛɛ ta ye", ()),
    ("Maliba24 annonce", ()),
    ("Le parti Maliba présente des candidats", ("ADP-Maliba",)),
    # Asma is a first name
    ("Asma est allée chercher sa carte", ()),
    ("Le parti ASMA dénonce des irrégularités", ("ASMA-CFP",)),
    # Yelema is Bambara for change
    ("Kalata yɛlɛma tɛ se ka kɛ", ()),
    ("Yéléma propose la gratuité des soins", ("Yelema",)),
    # generic slogan and generic words
    ("Mali Koura ! Nous voulons un Mali nouveau", ()),
    ("Les observateurs indépendants ont salué le vote", ()),
    ("Les candidats indépendants de Kita", ("IND",)),
])
def test_ambiguous_aliases(text, expected):
    assert parties.parties(text) == expected


def test_tone_per_party():
    scan = matcher.scan("Le candidat de l'URD est honnête. Mais le RPM a volé le vote.")
    sentence_scores = [("Le candidat de l'URD est honnête.", 0.5), ("Mais le RPM a volé le vote.", -0.6)]
    assert parties.tone(scan, sentence_scores) == {"URD": 0.5, "RPM": -0.6}


def test_tone_without_sentences_is_empty():
    assert parties.tone(matcher.scan("URD"), []) == {}


def test_author_party_from_actors():
    posts = pd.DataFrame({"author_id": ["@Page_URD", "someone", None]})
    actors = pd.DataFrame({"account": ["page_urd"], "party": ["urd"], "region": ["Bamako"]})
    assert parties.author_party(posts, actors).tolist() == ["URD", "", ""]


def test_catalogue_has_canonical_acronyms():
    acronyms = set(parties.catalogue()["acronym"])
    assert {"RPM", "URD", "ADEMA-PASJ", "EPM", "M5-RFP"} <= acronyms
