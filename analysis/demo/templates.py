"""Phrase material for the synthetic demo corpus (analysis/demo.py).

Templates carry slots filled per post: {party} {party2} {leader} {town} {region} {day} {media} {tag}.
Each theme lists French, mixed French-Bambara and Bambara variants so that every page has material.
"""

PARTY_WEIGHTS = {
    "RPM": 26, "URD": 18, "ADEMA-PASJ": 11, "MPM": 4, "ADP-Maliba": 5, "CODEM": 4, "ASMA-CFP": 3, "UDD": 2,
    "SADI": 3, "Yelema": 4, "PARENA": 3, "CDS-Mogotiguiya": 1, "FARE": 3, "MPR": 2, "CNID-FYT": 1,
    "EPM": 2, "M5-RFP": 2, "FSD": 2,
}
# How a post names a party: the acronym most often, otherwise a nickname or the leader.
PARTY_FORMS = {
    "RPM": ["RPM", "RPM", "le parti du tisserand", "les Tisserands", "#RPM"],
    "URD": ["URD", "URD", "l'URD", "#URD", "le parti de Soumaïla Cissé"],
    "ADEMA-PASJ": ["ADEMA", "Adéma-PASJ", "les Abeilles", "l'Adema"],
    "MPM": ["MPM", "Mouvement pour le Mali"], "ADP-Maliba": ["ADP-Maliba", "ADP Maliba"],
    "CODEM": ["CODEM", "la Codem"], "ASMA-CFP": ["ASMA-CFP", "l'ASMA"], "UDD": ["UDD"],
    "SADI": ["SADI", "le parti SADI"], "Yelema": ["Yelema", "Yéléma"], "PARENA": ["PARENA", "le Parena"],
    "CDS-Mogotiguiya": ["CDS-Mogotiguiya"], "FARE": ["FARE An Ka Wuli", "FARE"], "MPR": ["MPR"],
    "CNID-FYT": ["CNID-FYT"], "EPM": ["EPM", "Ensemble pour le Mali"], "M5-RFP": ["M5-RFP"],
    "FSD": ["FSD"],
}
LEADERS = {
    "RPM": "Bocary Treta", "URD": "Soumaïla Cissé", "ADEMA-PASJ": "Tiémoko Sangaré", "Yelema": "Moussa Mara",
    "SADI": "Oumar Mariko", "CODEM": "Housseini Amion Guindo", "ASMA-CFP": "Soumeylou Boubèye Maïga",
    "PARENA": "Tiébilé Dramé", "FARE": "Modibo Sidibé", "MPR": "Choguel Kokalla Maïga",
    "ADP-Maliba": "Aliou Boubacar Diallo",
}
# Share of posts by region (population and connectivity; Bamako largest).
REGION_WEIGHTS = {
    "Bamako": 38, "Koulikoro": 12, "Sikasso": 11, "Ségou": 10, "Kayes": 9, "Mopti": 8, "Tombouctou": 4,
    "Gao": 4, "Kidal": 1.5, "Ménaka": 1, "Taoudénit": 0.5,
}
TOWNS = {
    "Bamako": ["Bamako", "Bamako", "Kalaban Coura", "Banconi", "la Commune IV", "Niaréla", "Badalabougou"],
    "Koulikoro": ["Koulikoro", "Kati", "Kangaba", "Dioïla", "Banamba", "Kolokani"],
    "Sikasso": ["Sikasso", "Koutiala", "Bougouni", "Kadiolo", "Yanfolila"],
    "Ségou": ["Ségou", "San", "Niono", "Macina", "Bla", "Markala"],
    "Kayes": ["Kayes", "Kita", "Nioro du Sahel", "Bafoulabé", "Diéma"],
    "Mopti": ["Mopti", "Sévaré", "Djenné", "Bandiagara", "Douentza", "Bankass"],
    "Tombouctou": ["Tombouctou", "Niafunké", "Goundam", "Diré"],
    "Gao": ["Gao", "Ansongo", "Bourem"], "Kidal": ["Kidal", "Tessalit"], "Ménaka": ["Ménaka"],
    "Taoudénit": ["Taoudénit"],
}
# The many ways a profile location is written, per region.
LOCATIONS = {
    "Bamako": ["Bamako", "Bamako, Mali", "BAMAKO", "bko", "Bamako 🇲🇱", "Kalaban Coura", "Bamako-Mali", "Mali"],
    "Koulikoro": ["Koulikoro", "Kati, Mali", "Koulikoro Mali"], "Sikasso": ["Sikasso", "Koutiala", "Sikasso, Mali"],
    "Ségou": ["Ségou", "Segou", "SEGOU Mali"], "Kayes": ["Kayes", "Kayes, Mali", "Kita"],
    "Mopti": ["Mopti", "Sévaré", "Mopti-Sévaré"], "Tombouctou": ["Tombouctou", "Timbuktu", "Tombouctou, Mali"],
    "Gao": ["Gao", "Gao Mali"], "Kidal": ["Kidal"], "Ménaka": ["Ménaka", "Menaka"], "Taoudénit": ["Taoudeni"],
}
DIASPORA = ["Paris, France", "Abidjan", "Dakar, Sénégal", "Montreuil", "New York", "Libreville"]
PLATFORM_WEIGHTS = {"facebook": 48, "whatsapp": 18, "twitter": 14, "telegram": 7, "news": 8, "instagram": 5}
MEDIA = ["Mali Actu", "Journal du Mali", "Radio Kledu", "L'Indépendant", "Le Républicain", "Studio Tamani",
         "Bamada Info", "Info Sahel"]
DAYS = {1: ["dimanche", "le 29 mars", "le 29", "ce dimanche"], 2: ["dimanche", "le 19 avril", "le 19", "ce dimanche"]}
TAGS = ["#Mali", "#Législatives2020", "#MaliVote", "#Mali2020", "#LibérezSoumaïla", "#COVID19Mali", "#Kalata2020"]
EMOJI_POS = ["🇲🇱", "🙏", "👍", "💪", "❤️", "👏", "😊"]
EMOJI_NEG = ["😡", "😤", "👎", "😢", "🤬", "😒"]

THEMES = {
    "call_to_vote": [
        "Le {day}, tous aux urnes ! Votez {party} à {town} {epos}",
        "Allez voter massivement {day}, c'est notre devoir citoyen. {tag}",
        "Jeunes de {town}, sortez voter {day} ! Chaque voix compte pour {party}",
        "An ka taa kalata kɛ {day} ! {party} bɛ se {epos}",
        "Nous condamnons l'appel au boycott : allez voter {day}, c'est vraiment important",
        "I ka kalata kɛ dɛ, {town} ! votons {party} {epos}",
        "Mobilisation générale à {town} pour {party}, rendez-vous aux urnes {day}",
    ],
    "boycott": [
        "N'allez pas voter {day}, ces élections sont une mascarade {eneg}",
        "Restez chez vous {day} ! Boycott total de cette farce électorale {tag}",
        "Pourquoi voter alors que Soumaïla Cissé est toujours otage ? Je ne voterai pas.",
        "Appel au boycott à {town} : pas question de voter sous la menace du corona",
        "An tɛ taa kalata la, a ma ɲi. Restez chez vous {day}",
        "Il faut reporter les élections, le peuple n'en veut pas {eneg}",
    ],
    "voter_card": [
        "Toujours pas de carte d'électeur à {town}, où faut-il la retirer ? {eneg}",
        "Les cartes NINA sont disponibles à la mairie de {town}, allez les retirer",
        "Retrait des cartes d'électeurs très lent à {town}, les gens attendent depuis ce matin",
        "Ma carte d'électeur est introuvable, c'est vraiment décourageant",
    ],
    "polling_logistics": [
        "Bureau de vote introuvable à {town}, les électeurs sont perdus",
        "Les bureaux de vote ont ouvert avec deux heures de retard à {town}",
        "Pas de matériel électoral dans plusieurs bureaux de {town} selon nos informations",
        "Le bureau de vote de l'école de {town} a bien ouvert à 8h, le vote se déroule dans le calme",
    ],
    "turnout": [
        "[{media}] Taux de participation faible à {town} selon les observateurs",
        "Affluence timide dans les bureaux de vote de {town} ce matin",
        "La participation au premier tour est de 35,7 % au niveau national selon le ministère",
        "Forte affluence à {town}, les électeurs se sont mobilisés malgré la peur",
    ],
    "fraud_allegation": [
        "Fraude massive à {town} : bourrage d'urnes au profit du {party} {eneg}",
        "La Cour constitutionnelle a volé la victoire de {party}, honte ! {tag}",
        "Tripatouillage des résultats à {town}, nous exigeons un recomptage",
        "Les résultats proclamés à {town} sont truqués, c'est une mascarade",
        "{party} dénonce des irrégularités graves dans la circonscription de {town}",
    ],
    "vote_buying": [
        "Ils distribuent des billets et du riz pour acheter les voix à {town} {eneg}",
        "Achat de conscience par {party} à {town}, on a des vidéos",
        "Wari bɛ tila kalata kosɔn {town}, a ma ɲi. Achat de voix partout",
    ],
    "security_threat": [
        "Insécurité à {town} : des hommes armés ont empêché le vote dans plusieurs villages",
        "Enlèvement de Soumaïla Cissé près de Niafunké, inquiétude totale {eneg} #LibérezSoumaïla",
        "Des urnes brûlées par des hommes armés près de {town}, les électeurs ont fui",
        "Attaque près de {town} : la peur empêche les gens d'aller voter",
    ],
    "health_covid": [
        "Coronavirus : comment voter sans risque à {town} ? Lavez-vous les mains {epos}",
        "Avec le covid, aller voter c'est se mettre en danger {eneg} {tag}",
        "Gel hydroalcoolique et masques dans les bureaux de {town}, bravo aux agents",
        "Premiers cas de covid-19 au Mali et on maintient les élections ? Irresponsable !",
    ],
    "party_praise": [
        "Merci {leader} pour ce beau meeting à {town} {epos} Vive {party} !",
        "{party} est vraiment le meilleur choix pour {region}, bravo à nos candidats",
        "Bravo à {party}, une campagne propre et apaisée à {town} {epos}",
        "Ala ka {party} dɛmɛ ! An bɛ se {epos}",
    ],
    "party_attack": [
        "Honte au {party}, des voleurs qui ont ruiné le pays {eneg}",
        "{party} n'a rien fait pour {town} en sept ans, pas de route, pas d'eau {eneg}",
        "Le candidat de {party} est honnête mais {party2} a volé le vote à {town}",
        "{party} c'est la corruption et le mensonge, jamais plus !",
    ],
    "topic_talk": [
        "À {town} les enseignants sont encore en grève, nos enfants ne vont plus à l'école",
        "Pas d'électricité ni d'eau potable à {town} depuis des semaines, qui va régler ça ?",
        "Les jeunes de {town} veulent du travail, pas des promesses {eneg}",
        "Le prix du riz et de l'engrais étouffe les paysans de {region}",
        "La paix et l'application de l'accord d'Alger doivent être la priorité des nouveaux députés",
        "Les femmes de {town} demandent plus de place sur les listes électorales",
        "Les imams appellent à prier pour des élections apaisées {epos}",
        "La route {town}-{region} est impraticable, les candidats promettent encore",
    ],
    "news": [
        "[{media}] {region} : {party} arrive en tête dans la circonscription de {town}, selon les résultats provisoires",
        "[{media}] Législatives : la campagne du second tour s'ouvre ce vendredi",
        "[{media}] La Cour constitutionnelle publie les résultats définitifs des législatives",
        "[{media}] {town} : les candidats de {party} et {party2} en meeting ce samedi",
        "[{media}] Le ministère de l'Administration territoriale annonce les résultats provisoires",
    ],
    "english": [
        "Mali votes today despite COVID-19 fears and the abduction of opposition leader Soumaïla Cissé",
        "Low turnout reported in {town} as Malians vote in legislative elections",
        "Great rally by {party} in {town} today, proud of our democracy {epos}",
    ],
    "arabic": ["الله يحفظ مالي {epos}", "نسأل الله أن تمر الانتخابات في سلام في {town}"],
    "chatter": ["Vive le Mali {epos}", "Amen", "Bonjour à tous", "I ni ce", "Merci beaucoup", "Ala ka Mali kisi 🙏",
                "Bonne soirée la famille", "Inch'Allah"],
}
# Baseline share of each theme; the calendar shifts these (see demo._theme_weights).
THEME_WEIGHTS = {
    "call_to_vote": 9, "boycott": 5, "voter_card": 4, "polling_logistics": 4, "turnout": 3,
    "fraud_allegation": 4, "vote_buying": 2, "security_threat": 5, "health_covid": 4, "party_praise": 13,
    "party_attack": 10, "topic_talk": 14, "news": 9, "english": 1.5, "arabic": 0.5, "chatter": 7,
}
# Coordinated pushes: long messages posted by groups of accounts within minutes.
CAMPAIGN_MESSAGES = [
    "URGENT ⚠️ Partagez ! Le {party} prépare une fraude massive à {town} avec des urnes déjà remplies. Ne laissez pas voler votre vote {day}, soyez vigilants dans chaque bureau !",
    "Chers compatriotes, ne sortez pas {day} : le coronavirus tue et ces élections ne valent pas nos vies. Restez chez vous, boycott total du scrutin, faites tourner ce message à tous vos contacts.",
    "Votez massivement {party} {day} pour la paix et le développement de {region} ! Notre candidat est le seul qui a réalisé routes, forages et écoles. Transférez à tous vos groupes.",
    "Information importante : les cartes d'électeur non retirées à {town} seront annulées demain. Allez vite à la mairie avec votre NINA avant la fermeture, partagez largement !",
    "Le {party} distribue de l'argent et des sacs de riz aux électeurs de {town} pour acheter les consciences. Refusez ce chantage, dénoncez-les, diffusez cette alerte partout !",
    "Libérez Soumaïla Cissé ! Le gouvernement ne fait rien pour retrouver le chef de file de l'opposition. Pas d'élections sans Soumaïla, mobilisons-nous et partageons ce message.",
]
BOT_NAMES = ["Mali Debout", "Patriote Malien", "Jeunesse Consciente", "Voix du Peuple", "Kôrô Info", "Sahel Vérité"]
FIRST_NAMES = ["Awa", "Moussa", "Fatoumata", "Mamadou", "Aminata", "Ibrahim", "Kadiatou", "Oumar", "Mariam",
               "Seydou", "Hawa", "Bakary", "Salimata", "Adama", "Djeneba", "Boubacar", "Assitan", "Cheick"]
LAST_NAMES = ["Traoré", "Diarra", "Coulibaly", "Keïta", "Koné", "Sangaré", "Touré", "Maïga", "Cissé",
              "Dembélé", "Diallo", "Sidibé", "Camara", "Doumbia", "Sissoko", "Ballo", "Kanté", "Konaté"]
