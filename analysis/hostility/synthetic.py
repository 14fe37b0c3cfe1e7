"""Short training sentences written for the project, so the learned layer sees what the development sets lack.

The three development sets were collected with hate keywords: group names appear almost only in hostile
posts there, and negation, counter-speech, quotes and news of violence are rare. These templates pair
every group with neutral, positive, negated, condemning, quoted and reported sentences as well as hostile
ones, so a group name alone stops meaning hostility. Deterministic for a given seed.
"""
from __future__ import annotations

import random

GROUPS = ("les Peuls", "les Dogons", "les musulmans", "les chrétiens", "les femmes", "les Touaregs", "les Arabes",
          "les juifs", "les immigrés", "les Noirs", "les homosexuels", "les handicapés", "les Bambaras", "les Songhaïs",
          "les Bozos", "les Sénoufos", "les Maures", "les réfugiés", "les Africains", "les Malinkés", "les Soninkés")
POLITICAL = ("la CENI", "le RPM", "l'URD", "les journalistes", "le gouvernement", "les députés", "ce candidat",
             "le ministre", "l'ADEMA", "les militants du RPM", "le président de la CENI", "la Cour constitutionnelle")
DEHUMANISING = ("rats", "cafards", "chiens", "parasites", "animaux", "sous-hommes", "singes", "porcs", "déchets",
                "ordures", "terroristes", "voleurs", "moins que rien")
ADJECTIVES = ("stupides", "sales", "dégoûtants", "inférieurs", "paresseux", "dangereux", "débiles", "hypocrites")
VERBS = ("tuer", "brûler", "chasser", "massacrer", "égorger", "expulser", "frapper", "éliminer", "lyncher")
PARTICIPLES = ("tués", "brûlés", "chassés", "expulsés", "exterminés", "pendus", "fusillés")
INSULTS = ("connard", "abruti", "crétin", "imbécile", "enfoiré", "bâtard", "idiot", "enculé", "débile", "salaud")
MUNDANE = ("quelle chaleur aujourd'hui", "j'ai encore raté le bus", "le réseau ne marche pas", "ce match était fou",
           "il pleut depuis ce matin", "j'ai oublié mes clés", "la coupure de courant dure", "je suis en retard")
PLACES = ("Mopti", "Gao", "Tombouctou", "Ségou", "Kidal", "Bandiagara", "Sikasso", "Kayes", "Ménaka", "Niono")

HOSTILE = (
    "Je déteste {g}", "J'en ai marre de {g}", "{G} sont des {d}", "{G} sont tellement {a}", "{G} ne méritent pas de vivre",
    "Il faudrait se débarrasser de {g}", "{G} devraient tous être {p}", "On devrait {v} {g}", "Je vais {v} {g}",
    "{G}, dehors !", "{G} n'ont rien à faire dans ce pays", "Je hais {g} plus que tout", "Pourquoi {g} sont-ils si {a} ?",
    "Franchement {g} sont une plaie", "{G} ne sont pas des êtres humains", "{G} : tous des {d}", "Il faut {v} {g}",
    "{G} sont vraiment {a}", "Vivement qu'on puisse {v} {g}", "Ces {d} de {G2} !", "Je pense que {g} sont {a}",
    "{Q} c'est une bande de {i}s", "{Q} de merde", "Ce {i} de {q}", "{Q} sont des {d}", "On va {v} {q}",
    "T'es qu'un {i}", "Espèce de {i}", "Ferme ta gueule {i}", "Pauvre {i}", "Va te faire foutre {i}",
    "Ta gueule {i}", "Sale {i}, dégage", "Mais quel {i} celui-là", "T'es vraiment un gros {i}", "{I} va !",
    "Je vais te défoncer {i}", "Ferme-la, tu racontes que de la merde", "Va crever {i}", "T'es con ou quoi ?",
    "Personne ne t'aime {i}", "Retourne sucer ton chef {i}", "Je t'emmerde {i}", "Tu pues la merde {i}")
BENIGN = (
    "{G} votent aussi dimanche", "J'ai discuté avec {g} au marché", "{G} de {place} organisent une fête",
    "Combien de {g} vivent à Bamako ?", "Un reportage sur {g} ce soir à la télé", "Les traditions de {g} sont anciennes",
    "J'adore {g}", "{G} sont formidables", "{G} méritent le respect", "Respect à {g}", "Je soutiens {g}",
    "Je ne déteste pas {g}", "{G} ne sont pas des {d}", "Il ne faut pas {v} {g}", "Personne ne doit {v} {g}",
    "Je n'ai aucune haine envers {g}", "Dire que {g} sont des {d} est honteux", "Je condamne ceux qui veulent {v} {g}",
    "Non, {g} ne sont pas {a}, arrêtez", "La haine contre {g} doit cesser", "Ne dites pas que {g} sont {a}",
    "« {G} sont des {d} » : ce message est inacceptable", "Il a écrit « je vais {v} {g} », la police enquête",
    "Traiter {g} de {d} est du racisme", "Ceux qui veulent {v} {g} doivent être jugés",
    "Des hommes armés ont attaqué un village près de {place}", "{n} personnes ont été tuées à {place} selon la MINUSMA",
    "Le bureau de vote de {place} a été incendié hier soir", "Les violences à {place} ont fait {n} blessés",
    "Putain, {m}", "Merde, {m}", "{M}, bordel", "Fait chier, {m}",
    "{G} sont des êtres humains comme les autres", "{G} sont des Maliens comme nous", "{G} sont nos frères",
    "On va voter dimanche", "On va gagner ce match", "Il faut aller voter", "Je vais voter pour {q}",
    "On va fêter ça ce soir", "Il faut respecter {g}", "On doit protéger {g}", "Je vais au marché avec {g}",
    "La police a utilisé du gaz lacrymogène à {place}", "Les militaires ont tiré en l'air à {place}",
    "{Q} n'a pas tenu ses promesses", "Je ne voterai pas pour {q}", "{Q} doit s'expliquer sur les résultats",
    "Le programme de {q} reste flou", "{Q} publie les résultats provisoires", "Je suis d'accord avec {q}",
    "{M}", "Franchement {m}", "{M}, quelle journée", "Bon week-end à tous", "Merci pour ton message !",
    "Tu viens ce soir ?", "Je suis trop fatigué, {m}", "T'as vu le match hier ?", "Bonne fête à toi",
    "Ce film est vraiment nul", "J'ai trop mal à la tête", "T'es où ? Je t'attends devant la mairie",
    "Merde, j'ai oublié mon téléphone", "Ce resto est une tuerie", "Je suis mort de rire")


def _fill(template: str, rng: random.Random) -> str:
    group, political, mundane = rng.choice(GROUPS), rng.choice(POLITICAL), rng.choice(MUNDANE)
    values = {"g": group, "G": group[0].upper() + group[1:], "G2": group.split(" ", 1)[1],
              "q": political, "Q": political[0].upper() + political[1:], "d": rng.choice(DEHUMANISING),
              "a": rng.choice(ADJECTIVES), "v": rng.choice(VERBS), "p": rng.choice(PARTICIPLES),
              "i": rng.choice(INSULTS), "I": rng.choice(INSULTS).capitalize(), "m": mundane, "M": mundane[0].upper() + mundane[1:],
              "place": rng.choice(PLACES), "n": str(rng.randint(2, 40))}
    return template.format(**values)


def sentences(per_template: int = 12, seed: int = 13) -> tuple[list[str], list[int]]:
    """(texts, labels): every template filled `per_template` times with random groups and words."""
    rng = random.Random(seed)
    texts, labels = [], []
    for label, templates in ((1, HOSTILE), (0, BENIGN)):
        for template in templates:
            for _ in range(per_template):
                texts.append(_fill(template, rng))
                labels.append(label)
    return texts, labels
