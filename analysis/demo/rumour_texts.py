"""Rumours of the 2020 campaign for the demo, each reworded several ways, with their rebuttals.

Polling stations moved, voter cards sold, COVID-19 in the polling stations, results announced early: the
kinds of false news observers reported around the March-April 2020 vote. Places and figures are invented.
Each sentence keeps under 15 distinct words of 3+ letters even with its longest frame, so rumours spread by
hand are never mistaken for the demo's copy-paste campaigns (see coordination.MIN_INFORMATION).
"""
from __future__ import annotations

# claim_id -> start (UTC), region where it spreads most, reworded claim sentences, rebuttals.
RUMOURS = {
    "R1": {
        "start": "2020-03-28 06:00", "region": "Koulikoro",
        "claim": [
            "les bureaux de vote de l'école de Kalaban Coro déplacés au lycée de Kati",
            "Kalaban Coro : bureaux de vote de l'école déplacés au lycée de Kati",
            "à Kalaban Coro on ne vote plus à l'école, bureaux déplacés au lycée de Kati",
            "bureaux de vote de Kalaban Coro fermés et déplacés au lycée de Kati",
            "l'école de Kalaban Coro sans bureaux de vote, déplacés au lycée de Kati",
        ],
        "rebuttal": [
            "FAUX : aucun bureau de vote de Kalaban Coro n'a été déplacé, dément la CENI",
            "Intox ! La CENI dément le déplacement des bureaux de vote de Kalaban Coro",
            "Démenti : les bureaux de vote de l'école de Kalaban Coro restent à l'école",
            "#FactCheck les bureaux de vote de Kalaban Coro ne sont pas déplacés à Kati",
        ],
    },
    "R2": {
        "start": "2020-03-12 09:00", "region": "Bamako",
        "claim": [
            "on vend la carte d'électeur au marché de Médine à Bamako, 2000 francs",
            "au marché de Médine les cartes d'électeur sont vendues 2000 francs",
            "cartes d'électeur vendues à 2000 francs au marché de Médine, Bamako",
            "des jeunes vendent cartes d'électeur 2000 francs au marché de Médine",
            "marché de Médine : la carte d'électeur vendue à 2000 francs",
        ],
        "rebuttal": [
            "FAUX : aucune carte d'électeur n'est vendue au marché de Médine, dément la CENI",
            "Intox sur les cartes d'électeur vendues à Médine : la carte est gratuite",
            "Fake news : pas de vente de cartes d'électeur au marché de Médine à Bamako",
            "Démenti du gouvernement : les cartes d'électeur ne sont pas vendues à Médine",
        ],
    },
    "R3": {
        "start": "2020-03-26 08:00", "region": "Sikasso",
        "claim": [
            "assesseurs testés positifs au coronavirus dans les bureaux de vote de Sikasso",
            "Sikasso : assesseurs positifs au coronavirus, bureaux de vote contaminés",
            "bureaux de vote de Sikasso contaminés, des assesseurs ont le coronavirus",
            "coronavirus dans les bureaux de vote de Sikasso : assesseurs testés positifs",
            "à Sikasso les assesseurs des bureaux de vote ont le coronavirus",
        ],
        "rebuttal": [
            "FAUX : aucun assesseur testé positif au coronavirus à Sikasso, dément le ministère",
            "Intox : les bureaux de vote de Sikasso ne sont pas contaminés, dément le gouvernement",
            "Démenti : pas de coronavirus chez les assesseurs des bureaux de vote de Sikasso",
            "#FactCheck : les assesseurs de Sikasso ne sont pas positifs au coronavirus",
        ],
    },
    "R4": {
        "start": "2020-04-19 14:00", "region": "Bamako",
        "claim": [
            "résultats du second tour à Bamako déjà connus avant le dépouillement : RPM gagnant",
            "avant le dépouillement, résultats du second tour à Bamako connus : RPM gagnant",
            "second tour à Bamako : résultats déjà annoncés avant le dépouillement, RPM gagnant",
            "Bamako : le RPM gagnant du second tour, résultats connus avant le dépouillement",
            "résultats du second tour déjà connus à Bamako, le RPM gagnant avant le dépouillement",
        ],
        "rebuttal": [
            "FAUX : aucun résultat du second tour à Bamako avant la fin du dépouillement, dément la CENI",
            "Intox : les résultats du second tour à Bamako ne sont pas encore connus",
            "Démenti de la CENI : pas de résultats du second tour à Bamako avant le dépouillement",
            "Fake news : le RPM n'est pas déclaré gagnant à Bamako, le dépouillement continue",
        ],
    },
}
# How a rumour is passed on: markers around the sentence; "{s}" alone is a bare copy.
FRAMES = ["URGENT ⚠️ {s}", "On dit que {s}", "{s}. Partagez avant que ça soit supprimé !", "Il paraît que {s}",
          "Info de source sûre : {s}", "{s} !!! Faites tourner", "ALERTE : {s}", "{s}", "{s} 😱"]
BARE_FRAMES = ("{s}", "{s} 😱")
