"""Hostility analyser: golden posts with their verdict, kind and targets, and the contexts that undo hostility."""
import pytest

from analysis.hostility import classify_many

H, N = "hostile", "not_hostile"


def one(text):
    out = classify_many([text])
    return out["hostility"][0], out["hostility_kind"][0], out["hostility_target"][0]


@pytest.mark.parametrize("text, kind, target", [
    ("Les Peuls sont tous des terroristes", "hate", "ethnic_group"),
    ("Sale nègre, rentre chez toi", "hate", "ethnic_group"),
    ("Il faut les brûler, ces traîtres", "threat", None),
    ("On va les chasser de Mopti", "threat", None),
    ("Je vais te tuer si tu votes URD", "threat", "URD"),
    ("La CENI est une bande de voleurs", "insult", "ceni"),
    ("Les députés du RPM sont des incapables", "insult", "RPM"),
    ("Journalistes vendus, bande de menteurs", "insult", "journalists"),
    ("Je déteste les chrétiens", "hate", "religious_group"),
    ("Les femmes devraient rester à la cuisine", "hate", "women"),
    ("Mort aux Touaregs", "threat", "ethnic_group"),
    ("an bɛ u faga", "threat", None),
    ("i ye nalon ye", "insult", None),
])
def test_hostile_posts(text, kind, target):
    label, kinds, targets = one(text)
    assert label == H
    assert kind in kinds
    if target:
        assert target in targets


@pytest.mark.parametrize("text", [
    "Sale n3gre", "Espèce de c0nnard", "Tu es un connnnnaaaard", "Bande d'enc*lés", "T'es une s@lope",
    "les b.o.u.g.n.o.u.l.e.s dehors", "C o n n a r d", "il fo les bruler", "on va lé chasser", "je v te tuer",
    "T'es un gros konar", "ESPECE D'ABRUTI",
])
def test_typed_spellings_are_recognised(text):
    assert one(text)[0] == H


@pytest.mark.parametrize("hostile, benign", [
    ("Je déteste les Peuls", "Je ne déteste pas les Peuls"),
    ("Il faut chasser les Touaregs", "Il ne faut pas chasser les Touaregs"),
    ("Les femmes sont inférieures", "Les femmes ne sont pas inférieures"),
    ("Les Dogons sont des animaux", "Les Dogons ne sont pas des animaux"),
])
def test_negation_undoes_hostility(hostile, benign):
    assert one(hostile)[0] == H
    assert one(benign)[0] == N


def test_negated_humanity_is_hate():
    assert one("Les Peuls ne sont pas des êtres humains")[0] == H
    assert one("Les Peuls sont des êtres humains comme nous")[0] == N


@pytest.mark.parametrize("text", [
    "Dire que les Peuls sont des terroristes, c'est du racisme",
    "Je condamne les appels à brûler les maisons des Dogons",
    "Traiter quelqu'un de sale nègre est inacceptable",
    "Ceux qui crient mort aux Touaregs doivent être punis",
    "Il a écrit « mort aux Peuls », c'est inacceptable",
    "Le message « il faut les brûler » a été signalé à la police",
])
def test_counter_speech_and_quotes_are_not_hostile(text):
    assert one(text)[0] == N


@pytest.mark.parametrize("text", [
    "Des hommes armés ont incendié un bureau de vote à Tombouctou",
    "Trois personnes tuées à Mopti lors d'affrontements, selon la MINUSMA",
    "Un président de bureau de vote assassiné au sud de Tombouctou",
    "Les Peuls de Mopti votent dimanche",
    "Je suis musulman et je vais voter",
    "La CENI publiera les résultats provisoires mardi",
    "Je ne suis pas d'accord avec le programme de l'URD",
    "On va marquer un but",
    "Ma mère est morte à Bamako en 2010",
    "Koné et Traoré sont candidats à Kati",
])
def test_news_and_neutral_posts_are_not_hostile(text):
    assert one(text)[0] == N


def test_not_hostile_has_no_kind_or_target():
    label, kinds, targets = one("Bonne journée à tous")
    assert (label, kinds, targets) == (N, (), ())


@pytest.mark.parametrize("text", [
    "Ta gueule sale chienne", "Va chier connard", "Ce mec est un gros fumier", "Quel fils de pute ce mec",
    "Crève salope", "Suce ma bite", "Fuck you", "Nique ta race", "Je lui bouffe la chatte",
])
def test_everyday_insults_and_crude_abuse_are_hostile(text):
    assert one(text)[0] == H


@pytest.mark.parametrize("text", [
    "J'ai mangé une pizza", "Le match de ce soir va être chaud", "Putain j'ai raté le bus",
    "Ce gouvernement est nul", "RT @user: rendez-vous à 10:30 https://t.co/x :rire:", "Je fais la queue à la mairie",
])
def test_everyday_posts_with_swearing_links_or_codes_are_not_hostile(text):
    assert one(text)[0] == N


def test_a_derogatory_phrase_set_right_after_a_party_is_an_insult_at_it():
    assert one("Honte au RPM, des voleurs qui ont ruiné le pays") == (H, ("insult",), ("RPM",))
    assert one("Les militants du RPM arrêtent des voleurs")[0] == N


@pytest.mark.parametrize("text, label", [
    ("Ma chienne a eu des chiots", N), ("Des voleurs ont été arrêtés à Gao", N), ("Mon chien dort", N),
    ("Espèce de rat", H), ("Les Peuls sont des chiens", H), ("Ta gueule sale chienne", H),
])
def test_words_with_a_literal_meaning_are_insults_only_when_aimed(text, label):
    assert one(text)[0] == label
