"""French rules of the tone score, each a small named function (VADER's method adapted to French).

Tokens come from `tokenize`, a single compiled regex modelled on NLTK's TweetTokenizer (URLs,
@mentions, #hashtags, emoticons, emojis, words with internal apostrophes and hyphens) that also
splits French elisions (l', d', qu', j', c', n'...) so the word after them reaches the lexicon; one
regex instead of TweetTokenizer's pipeline keeps the scorer fast. The golden tests compare the two.
"""
from __future__ import annotations

import math
import re

# VADER's constants (Hutto & Gilbert 2014), kept so scores stay comparable with the reference
B_INCR, B_DECR = 0.293, -0.293
CAPS_INCR = 0.733
NEGATION_SCALAR = -0.74
ALPHA = 15.0
EXCLAMATION_STEP, EXCLAMATION_MAX = 0.292, 4
QUESTION_STEP, QUESTION_MAX = 0.18, 0.96
REPEAT_INCR = 0.3         # "nuuul", "bravooo": stretched words are emphatic, like caps

ELISIONS = ("qu'", "jusqu'", "lorsqu'", "puisqu'", "l'", "d'", "j'", "c'", "m'", "t'", "s'", "n'")
NEGATORS_BEFORE = frozenset({"pas", "jamais", "rien", "aucun", "aucune", "guère", "sans", "ni", "ne", "n'",
                             "pa"})
NEGATORS_AFTER = frozenset({"pas", "jamais", "guère", "pa", "point"})   # verb + pas, with or without "ne"
NE = frozenset({"ne", "n'"})
# Between "pas" and a word these end the negation's reach: "ne votera pas pour ces incapables"
SCOPE_BREAKERS = frozenset({"pour", "ces", "les", "la", "le", "l'", "avec", "contre", "à", "au", "aux", "et",
                            "que", "qu'", "qui", "car", "ce", "c'", "cette", "mon", "ma", "mes", "leur",
                            "leurs", "nos", "vos", "notre", "votre", "ils", "elles", "il", "elle", "on",
                            "nous", "vous", "je", "j'", "dans", "par", "chez", "vers", "sur"})
NEGATION_WORDS = NEGATORS_BEFORE | NEGATORS_AFTER | {"plus"}
IRONY_MARKERS = frozenset({"🙄", "😒", "😏", "🤡", "🙃"})
IRONY_SCALAR = -0.5       # "Bravo la CENI 🙄": praise next to an eye-roll is blame
CONTRAST = frozenset({"mais", "pourtant", "cependant", "toutefois", "néanmoins", "neanmoins"})
BOOSTERS = {"très": B_INCR, "tres": B_INCR, "trop": B_INCR, "vraiment": B_INCR, "grave": B_INCR,
            "tellement": B_INCR, "hyper": B_INCR, "ultra": B_INCR, "archi": B_INCR,
            "extrêmement": B_INCR, "extremement": B_INCR, "totalement": B_INCR, "complètement": B_INCR,
            "completement": B_INCR, "absolument": B_INCR, "carrément": B_INCR, "carrement": B_INCR,
            "vachement": B_INCR, "si": B_INCR, "tant": B_INCR, "fort": B_INCR, "franchement": B_INCR,
            "assez": B_DECR, "plutôt": B_DECR, "plutot": B_DECR, "légèrement": B_DECR, "presque": B_DECR,
            "quasi": B_DECR, "moyennement": B_DECR}
BOOSTER_WORDS = frozenset(BOOSTERS) | {"peu"}
PEU_SCALAR = -0.5         # "peu crédible" means "not very credible"; "un peu" only softens

_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF"
TOKEN = re.compile(
    r"https?://\S+|www\.\S+"                          # URLs
    r"|[@#][\w_]+"                                    # mentions, hashtags
    r"|(?<!\S)[<>]?[:;=8xX][\-o*']?[()\]\[dDpP/\\|@3*]+(?!\S)"  # western emoticons
    r"|(?<!\S)<3(?!\S)|(?<!\S)</3(?!\S)"
    r"|\b(?:[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]u|[LlDdJjCcMmTtSsNn])['’](?=[^\W\d_])"  # elisions
    r"|[^\W\d_]+(?:['’-][^\W\d_]+)*"                  # words, Latin, Arabic and N'Ko letters
    rf"|[{_EMOJI}]"                                   # emojis, one token each
    r"|[.!?,;:…]"                                     # clause ends: negation does not cross them
)
PUNCT = frozenset(".!?,;:…")
_CAMEL = re.compile(r"[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+(?![a-zß-ÿ])|\d+")
_REPEAT = re.compile(r"(\w)\1{2,}")


def tokenize(text: str) -> list[str]:
    """Tokens of `text`, case kept; elisions split off as their own token ("l'", "n'")."""
    return TOKEN.findall(text.replace("’", "'"))


def normalize_score(total: float) -> float:
    """VADER's compound normalisation into -1..1."""
    return total / math.sqrt(total * total + ALPHA)


def squeeze_repeats(word: str) -> str:
    """"nuuuul" -> "nul", "trooop" -> "trop": letters repeated three times or more count once."""
    return _REPEAT.sub(r"\1", word) if _REPEAT.search(word) else word     # search: no template to expand


def hashtag_words(tag: str) -> list[str]:
    """"#MaliDebout" -> ["mali", "debout"]; "#honte" -> ["honte"]."""
    return [w.lower() for w in _CAMEL.findall(tag.lstrip("#"))]


def caps_emphasis(token: str, valence: float, shouting_text: bool) -> float:
    """A word in capitals inside a text that is not all capitals is stressed."""
    if not shouting_text and len(token) > 1 and token.isupper():
        return valence + math.copysign(CAPS_INCR, valence)
    return valence


def is_stretched(token: str) -> bool:
    """A letter typed three times or more ("nuuul")."""
    return _REPEAT.search(token) is not None


def repeat_emphasis(token: str, valence: float) -> float:
    if _REPEAT.search(token):
        return valence + math.copysign(REPEAT_INCR, valence)
    return valence


def booster_shift(lowered: list[str], i: int, valence: float) -> float:
    """Intensifiers and downtoners in the three words before token i ("très bon", "un peu triste")."""
    if BOOSTER_WORDS.isdisjoint(lowered[max(0, i - 3):i]):
        return valence
    shift = 0.0
    for distance in (1, 2, 3):
        j = i - distance
        if j < 0:
            break
        scalar = BOOSTERS.get(lowered[j])
        if lowered[j] == "peu" and (j == 0 or lowered[j - 1] != "un"):
            scalar = None
        elif lowered[j] == "peu":
            scalar = B_DECR
        if scalar:
            shift += scalar * (1.0 if valence > 0 else -1.0) * (1.0, 0.95, 0.9)[distance - 1]
    return valence + shift


def is_negated(lowered: list[str], i: int) -> bool:
    """French negation around token i: "pas bon", "n'aime pas", "j'aime pas", "sans problème"...

    "plus" negates only with a "ne" before it ("n'est plus fiable"), since alone it means "more".
    """
    if NEGATION_WORDS.isdisjoint(lowered[max(0, i - 4):i + 3]):
        return False                     # the common case, one C-level check
    window = _scope(_clause(lowered[max(0, i - 4):i][::-1]))
    if not NEGATORS_BEFORE.isdisjoint(window):
        return True
    after = _clause(lowered[i + 1:i + 3])
    if not NEGATORS_AFTER.isdisjoint(after):
        return True
    return "plus" in after and not NE.isdisjoint(window)


def _scope(words: list[str]) -> list[str]:
    """Words before a hit (nearest first) up to a determiner, pronoun or preposition."""
    for k, w in enumerate(words):
        if w in SCOPE_BREAKERS:
            return words[:k]
    return words


def is_ironic(tokens: list[str]) -> bool:
    """The post carries an eye-roll or smirk emoji (looked up once per post)."""
    return not IRONY_MARKERS.isdisjoint(tokens)


def irony_scalar(ironic: bool, valence: float) -> float:
    """Positive words in an ironic post (`is_ironic`) are read as sarcasm."""
    if valence > 0 and ironic:
        return IRONY_SCALAR
    return 1.0


def _clause(words: list[str]) -> list[str]:
    """Words up to the first punctuation mark (nearest first)."""
    for k, w in enumerate(words):
        if w in PUNCT:
            return words[:k]
    return words


def peu_scalar(lowered: list[str], i: int) -> float:
    """"peu crédible" (not very) halves and flips; "un peu" is a downtoner handled by booster_shift."""
    if i > 0 and lowered[i - 1] == "peu" and (i < 2 or lowered[i - 2] != "un"):
        return PEU_SCALAR
    return 1.0


def contrast_weights(lowered: list[str]) -> list[float]:
    """VADER's "but" rule: before the first mais/pourtant/cependant/par contre x0.5, after x1.5."""
    if CONTRAST.isdisjoint(lowered) and "contre" not in lowered:
        return [1.0] * len(lowered)
    pivot = next((i for i, w in enumerate(lowered)
                  if w in CONTRAST or (w == "par" and i + 1 < len(lowered) and lowered[i + 1] == "contre")),
                 None)
    if pivot is None:
        return [1.0] * len(lowered)
    return [0.5 if i < pivot else 1.5 if i > pivot else 1.0 for i in range(len(lowered))]


def punctuation_emphasis(text: str, total: float) -> float:
    """"!!!" and "???" push the total further from zero in its own direction."""
    if total == 0.0:
        return 0.0
    bang = min(text.count("!"), EXCLAMATION_MAX) * EXCLAMATION_STEP
    asks = text.count("?")
    ask = 0.0 if asks <= 1 else min(asks * QUESTION_STEP, QUESTION_MAX)
    return total + math.copysign(bang + ask, total)

