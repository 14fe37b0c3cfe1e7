"""Language of a post: fr, bm (Bambara), en, ar, mixed (French-Bambara code-switching) or und.

Word lists, no model: a table maps each known word to French, Bambara or English, built once from
  - French and English function words (below) and the French sentiment lexicons' words (content words);
  - Bambara words of the Bayɛlɛmabaga frequency list (data/lexicons/bambara/, CC BY-SA 4.0) that are
    rare on the French side of that parallel corpus, in standard spelling (ɛ ɔ ɲ ŋ) and in the spellings
    people type instead (è/e for ɛ, ô/o for ɔ, gn/ny for ɲ, ou for u).
A post is `ar` when Arabic letters dominate, `und` when it has no known word (emoji only, a name, a
number), otherwise the weighted share of Bambara words decides: bm, fr, or mixed in between.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from analysis.sentiment_lexicon import LEXICON_DIR, fold

VERSION = "lang-1"
FR, BM, EN = 0, 1, 2
FRENCH_FUNCTION = set("""le la les l' un une des du de d' au aux et ou mais donc car ni que qu' qui quoi dont où
ce cet cette ces c' ça cela ceci il ils elle elles on je j' tu nous vous me m' te t' se s' lui leur leurs
mon ma mes ton ta tes son sa ses notre nos votre vos ne n' pas plus jamais rien très trop bien aussi
avec sans pour par sur sous dans chez vers entre après avant depuis pendant est sont était été être avoir
a ont ai as avait fait faire sera seront va vont peut doit faut comme quand si tout tous toute toutes
même encore déjà ici là oui non merci bonjour bonsoir voici voilà alors enfin aujourd'hui demain hier
quel quelle quels quelles cest jai moi toi eux y à ont fut mais parce puis ainsi chaque ceux celle celui
vraiment beaucoup peu moins rien personne nos c'est j'ai jsuis chui pk pq ki koi""".split())
ENGLISH_FUNCTION = set("""the a an and or but of to in on at for with from by is are was were be been being
have has had do does did will would can could should this that these those it its he she they we you i my
your our their his her not no yes what who how why when where there here just so very about all get got
thanks thank please good great today vote election people government still everyone safe breaking
several dead live updates new news after before again more than them only also any some because which
while against leader missing won lost results country democracy peace proud shame joke""".split())
BM_MIN_COUNT = 5          # frequency-list words seen fewer times are too uncertain
BM_MAX_FRENCH_SHARE = 0.05   # a word also frequent on the French side is not Bambara evidence
CONTENT_WEIGHT = 0.5      # French content words count half: loanwords (vote, bureau) run through Bambara
MIXED_LOW, MIXED_HIGH = 0.2, 0.85
_WORD = re.compile(r"\w+'?")     # "l'urd" -> "l'", "urd"; "k'a" -> "k'", "a" (digits match no list)
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_BAMBARA_LETTERS = re.compile(r"[ɛɔɲŋƐƆƝŊ]")
_SPECIAL = re.compile(r"[ɛɔɲŋƐƆƝŊ\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_GREETING = re.compile(r"\b(?:i|aw|a|an)? ?ni (?:ce|cɛ|sogoma|tile|wula|su|baara|sɛgɛn|segen)\b")
# Short words both languages use all the time carry no evidence either way
AMBIGUOUS = frozenset({"a", "ni", "i", "o", "la", "de", "ne", "se", "te", "si", "an", "ma", "na", "di", "don",
                       "be", "in", "to", "so", "e", "u", "min", "ta", "en", "sa", "mon", "on", "me"})
# Place and personal names are shared by every language of Malian posts
NAMES = frozenset({"bamako", "mali", "kati", "ségou", "segou", "sikasso", "kayes", "mopti", "gao", "kidal",
                   "tombouctou", "koulikoro", "allah", "maliba", "keita", "keïta", "touré", "toure", "traoré",
                   "traore", "diarra", "coulibaly", "cissé", "cisse", "konaté", "konate", "sangaré", "dicko",
                   "maïga", "maiga", "diallo", "sidibé", "sidibe", "kone", "koné", "doumbia", "samaké"})


def typed_spellings(word: str) -> set[str]:
    """A Bambara word in standard spelling and the ways it is commonly typed on phones."""
    variants = {word}
    for std, typed in (("ɛ", ("e", "è")), ("ɔ", ("o", "ô")), ("ɲ", ("ny", "gn")), ("ŋ", ("ng",))):
        variants = {v.replace(std, t) for v in variants for t in typed} | variants
    with_ou = {v.replace("u", "ou") for v in variants if "u" in v and "ou" not in v}
    return {v for v in variants | with_ou if v}


def _bambara_words() -> set[str]:
    out = set()
    with open(LEXICON_DIR / "bambara" / "bam_wordfreq.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            count, french = int(row["count"]), int(row["count_in_french_side"])
            if count >= BM_MIN_COUNT and french <= BM_MAX_FRENCH_SHARE * count and len(row["token"]) > 1:
                out.add(row["token"])
    return out


def _french_content() -> set[str]:
    words = set()
    for name, column in (("vader_fr/fr_lexicon.tsv", 0), ("pattern_fr/fr-sentiment.tsv", 0)):
        with open(LEXICON_DIR / name, encoding="utf-8") as handle:
            next(handle)
            words.update(line.split("\t")[column].lower() for line in handle)
    return {w for w in words if w.isalpha() and len(w) > 2}


@lru_cache(maxsize=1)
def table() -> dict[str, frozenset[str]]:
    """Word sets: "fr" (function words), "fr_content", "bm", "en"; lower-case, as typed and accent-free."""
    french = {w for f in FRENCH_FUNCTION for w in (f, fold(f))} - AMBIGUOUS
    content = {w for c in _french_content() for w in (c, fold(c))} - french - AMBIGUOUS
    english = ENGLISH_FUNCTION - FRENCH_FUNCTION - AMBIGUOUS
    bambara = {v for w in _bambara_words() for v in typed_spellings(w)}
    bambara = (bambara | {"k'", "b'", "y'"}) - french - content - english - AMBIGUOUS - NAMES   # k'a, b'a
    return {"fr": frozenset(french), "fr_content": frozenset(content - bambara), "bm": frozenset(bambara),
            "en": frozenset(english)}


def detect(text) -> str:
    """One language code for one post; never raises."""
    if not isinstance(text, str) or not text:
        return "und"
    lowered = text.lower()
    if "’" in lowered:
        lowered = lowered.replace("’", "'")
    words = _WORD.findall(lowered)
    bonus = 0.0
    if _SPECIAL.search(text):        # one scan for both rare cases: Arabic script, Bambara letters
        if _ARABIC.search(text) and len(_ARABIC.findall(text)) * 2 >= sum(len(w) for w in words):
            return "ar"
        bonus = 1.0 if _BAMBARA_LETTERS.search(text) else 0.0
    if "ni " in lowered:     # greetings "i ni ce", "aw ni sogoma": Bambara, though "ce" is French too
        lowered, greetings = _GREETING.subn(" ", lowered)
        if greetings:
            bonus += 2.0 * greetings
            words = _WORD.findall(lowered)
    return _decide(set(words), table(), bonus)


def _decide(words: set[str], sets: dict, bambara_bonus: float) -> str:
    """Distinct known words per language (set intersections run in C), then the Bambara share."""
    fr = len(words & sets["fr"]) + CONTENT_WEIGHT * len(words & sets["fr_content"])
    bm = len(words & sets["bm"]) + bambara_bonus
    en = len(words & sets["en"])
    if fr + bm + en == 0:
        return "und"
    if en > fr + bm:
        return "en"
    share = bm / (fr + bm) if fr + bm else 0.0
    if share >= MIXED_HIGH:
        return "bm"
    if share <= MIXED_LOW:
        return "fr"
    return "mixed"


def detect_many(texts) -> list[str]:
    """detect() over a batch (the word sets are built once)."""
    table()
    return [detect(t) for t in texts]
