"""Participation messaging categories, stance included."""
import pytest

from analysis.annotate.participation import CATEGORIES, categories


@pytest.mark.parametrize("text, expected", [
    ("Allez voter le 29 mars, c'est votre devoir civique !", ("call_to_vote",)),
    ("N'allez pas voter, restez chez vous le 29", ("boycott",)),
    ("Restez chez vous le 29, ne cautionnez pas cette mascarade", ("boycott", "fraud_allegation")),
    ("Nous condamnons l'appel au boycott, allez voter !", ("call_to_vote",)),
    ("Ne votez pas pour le RPM", ()),
    ("Je ne vais pas voter pour eux", ()),                  # against a party, not a boycott
    ("Je ne vais pas aller voter", ("boycott",)),
    ("Je ne voterai pas", ("boycott",)),
    ("Le taux de participation est de 35,73 %", ("turnout",)),
    ("La participation des femmes à la vie politique", ()),
    ("Merci pour votre participation à notre sondage", ()),
    ("Restez chez vous pour éviter le coronavirus", ("health_covid",)),
    ("Le report du match de football", ()),
    ("La LDC demande le report du scrutin", ("boycott",)),
    ("Tous aux urnes dimanche !", ("call_to_vote",)),
    ("Bourrage d'urnes à Tombouctou", ("fraud_allegation",)),
    ("Ils achètent des cartes d'électeur", ("voter_card", "vote_buying")),
    ("Une mine a explosé au passage d'un véhicule", ("security_threat",)),
    ("Il fait bonne mine", ()),
    ("La mine d'or de Sadiola", ()),
    ("Le président IBK appelle les Maliens à voter dimanche", ("call_to_vote",)),
    ("Le bureau politique du parti s'est réuni", ()),
    ("Mon cousin a reçu 5000 F pour voter RPM", ("vote_buying",)),
    ("Il faut se lever tôt pour voter", ()),
])
def test_french(text, expected):
    assert categories(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("An ka taa kalata kɛ dimanche !", ("call_to_vote",)),
    ("Aw kana taa kalata kɛ", ("boycott",)),
    ("Ne tɛna kalata kɛ", ("boycott",)),
    ("Kalata wari bɛ tila", ("vote_buying",)),
    ("Wari tɛ ne bolo", ()),
    ("Korona bana bɛ yen", ("health_covid",)),
])
def test_bambara(text, expected):
    assert categories(text) == expected


def test_categories_are_canonical_and_ordered():
    out = categories("Fraude ! Allez voter malgré le covid et l'insécurité, retirez vos cartes")
    assert set(out) <= set(CATEGORIES)
    assert list(out) == sorted(out, key=CATEGORIES.index)
