"""Language of a post: fr, bm (Bambara), en, ar, mixed (French-Bambara code-switching) or und.

Word lists, no model: a table maps each known word to French, Bambara or English, built once from
  - French and English function words (below) and the French sentiment lexicons' words (content words);
  - Bambara words of the Bayɛlɛmabaga frequency list (data/lexicons/bambara/, CC BY-SA 4.0) that are
    rare on the French side of that parallel corpus, in standard spelling (ɛ ɔ ɲ ŋ) and in the spellings
    people type instead (è/e for ɛ, ô/o for ɔ, gn/ny for ɲ, ou for u).
A post is `ar` when Arabic letters dominate, `und` when it has no known word (emoji only, a name, a
number), otherwise the weighted share of Bambara words decides: bm, fr, or mixed in between.

detect_many() computes each distinct text once (corpora repeat texts a lot) and runs the common case
column-wise: tokenising (numpy over code points), word look-ups (Arrow) and per-post counts run in C for the
whole batch, greetings included. Lower-casing is Python's and the character classes are read off detect()'s
own regexes (built once, ~0.3 s), so both paths split the same words; only posts with Arabic letters go
through detect(). Tests check that both paths give the same label.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from analysis import paths
from analysis.text import fold
from analysis.sentiment.lexicon import LEXICON_DIR

VERSION_BASE = "lang-1"
DATA_FILES = (LEXICON_DIR / "bambara" / "bam_wordfreq.tsv", LEXICON_DIR / "vader_fr" / "fr_lexicon.tsv",
              LEXICON_DIR / "pattern_fr" / "fr-sentiment.tsv")


@lru_cache(maxsize=1)
def version() -> str:
    """Changes with the code's base version and with any word list it reads."""
    return f"{VERSION_BASE}-{paths.digest(DATA_FILES)}"
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
_GREETED = "ni (?:ce|cɛ|sogoma|tile|wula|su|baara|sɛgɛn|segen)"
_GREETING = re.compile(r"\b(?:i|aw|a|an)? ?" + _GREETED + r"\b")
_GREETED_RE = re.compile(_GREETED)
BATCH_MIN = 64            # fewer distinct texts: the column set-up costs more than it saves
CHUNK = 20_000            # distinct texts per column pass: keeps its arrays to a few dozen MB
WORD_CHAR, ARABIC_CHAR, BAMBARA_CHAR = 1, 2, 4
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
    with open(DATA_FILES[0], encoding="utf-8") as handle:
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
    """detect() over a batch: once per distinct text, column-wise when there are many."""
    texts = list(texts)
    try:
        distinct = dict.fromkeys(texts)
    except TypeError:                        # an unhashable item (a list...) is no text: "und"
        texts = [t if isinstance(t, str) else None for t in texts]
        distinct = dict.fromkeys(texts)
    strings = [t for t in distinct if isinstance(t, str)]
    table()
    if len(strings) < BATCH_MIN:
        labels = [detect(t) for t in strings]
    else:
        labels = [lab for i in range(0, len(strings), CHUNK) for lab in _detect_columns(strings[i:i + CHUNK])]
    label_of = dict.fromkeys(distinct, "und")
    label_of.update(zip(strings, labels))
    return list(map(label_of.__getitem__, texts))


@lru_cache(maxsize=1)
def _char_classes() -> np.ndarray:
    """Class bits of every code point, read off the regexes detect() uses so that both paths agree."""
    every = "".join(map(chr, range(0x110000)))
    classes = np.zeros(len(every), np.uint8)
    runs = ((r"\w+", WORD_CHAR), (_ARABIC.pattern + "+", ARABIC_CHAR), ("[ɛɔɲŋ]+", BAMBARA_CHAR))
    for pattern, bit in runs:
        for match in re.finditer(pattern, every):
            classes[match.start():match.end()] |= bit
    return classes


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[pa.Array, np.ndarray]:
    """Every listed word the tokeniser can produce, as UTF-32 bytes; weights (fr, bm, en) as in _decide()."""
    sets = table()
    words = sorted(w for w in sets["fr"] | sets["fr_content"] | sets["bm"] | sets["en"] if _WORD.fullmatch(w))
    weights = np.array([(1.0 if w in sets["fr"] else CONTENT_WEIGHT if w in sets["fr_content"] else 0.0,
                         float(w in sets["bm"]), float(w in sets["en"])) for w in words]).reshape(-1, 3)
    return pa.array([w.encode("utf-32-le") for w in words], pa.large_binary()), weights


def _detect_columns(texts: list[str]) -> np.ndarray:
    """detect() for distinct texts at once; posts with Arabic letters take detect() itself (its share rule)."""
    lowered, starts, ends = _lowered(texts)
    packed = lowered.encode("utf-32-le", "surrogatepass")       # one 4-byte unit per character
    codes = np.frombuffer(packed, np.uint32)
    classes = _char_classes()[codes]
    first, last, post = _token_spans(codes, classes, starts)
    present = np.bitwise_or.reduceat(np.append(classes, 0), starts)     # classes seen in each post
    bonus = np.where(present & BAMBARA_CHAR, 1.0, 0.0)
    kept = _drop_greetings(lowered, starts, ends, first, bonus)
    weights = _counts(packed, first[kept], last[kept], post[kept], len(texts))
    labels = _decide_columns(weights[:, 0], weights[:, 1] + bonus, weights[:, 2])
    for i in np.flatnonzero(present & ARABIC_CHAR):
        labels[i] = detect(texts[i])
    return labels


def _lowered(texts: list[str]) -> tuple[str, np.ndarray, np.ndarray]:
    """The texts lower-cased and joined by newlines; where each one starts and ends in the joined string."""
    joined = "\n".join(texts)
    lowered = joined.lower()
    if len(lowered) != len(joined):          # İ lower-cases to two characters: lengths differ per text
        texts = [t.lower() for t in texts]
        lowered = "\n".join(texts)
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    starts = np.zeros(len(texts), np.int64)
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    return lowered.replace("’", "'"), starts, starts + lengths


def _post(starts: np.ndarray, positions: np.ndarray) -> np.ndarray:
    return np.searchsorted(starts, positions, side="right") - 1


def _token_spans(codes: np.ndarray, classes: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, ...]:
    """Where _WORD's matches start and end (word-character runs, an apostrophe right after one ends
    it), and the post of each: posts are contiguous, so count the starts per post and repeat."""
    word = (classes & WORD_CHAR).astype(bool)
    tail = np.zeros_like(word)
    tail[1:] = word[:-1] & (codes[1:] == ord("'"))
    inside = word | tail
    before, after_tail, after = (np.zeros_like(word) for _ in range(3))
    before[1:], after_tail[1:], after[:-1] = inside[:-1], tail[:-1], inside[1:]
    begins = inside & (~before | after_tail)
    per_post = np.add.reduceat(np.append(begins, False), starts, dtype=np.int64)
    post = np.repeat(np.arange(len(starts)), per_post)
    return np.flatnonzero(begins), np.flatnonzero(inside & (~after | tail)) + 1, post


def _drop_greetings(lowered: str, starts: np.ndarray, ends: np.ndarray, first: np.ndarray,
                    bonus: np.ndarray) -> np.ndarray:
    """detect()'s greeting rule: 2 Bambara points per greeting, whose words then count no more.
    Returns the tokens to keep. Greetings start and end on word boundaries, so a token is in one
    exactly when it starts in one."""
    posts = np.unique(_post(starts, [m.start() for m in _GREETED_RE.finditer(lowered)]))
    spans = [(m.start(), m.end()) for i in posts.tolist()
             for m in _GREETING.finditer(lowered, starts[i], ends[i])]
    if not spans:
        return np.ones(len(first), bool)
    begin, end = np.array(spans, np.int64).T
    np.add.at(bonus, _post(starts, begin), 2.0)
    inside = np.searchsorted(begin, first, side="right") - 1
    return ~((inside >= 0) & (first < end[inside]))


def _counts(packed: bytes, first: np.ndarray, last: np.ndarray, post: np.ndarray, n: int) -> np.ndarray:
    """Per post, its distinct listed words weighted for fr, bm, en (the set intersections of _decide())."""
    words, weights = _vocabulary()
    out = np.zeros((n, 3))
    if not len(first):
        return out
    bounds = np.empty(2 * len(first), np.int64)
    bounds[0::2], bounds[1::2] = first * 4, last * 4      # token, gap, token...: Arrow offsets are contiguous
    tokens = pa.Array.from_buffers(pa.large_binary(), len(bounds) - 1,
                                   [None, pa.py_buffer(bounds), pa.py_buffer(packed)])
    index = pc.fill_null(pc.index_in(tokens, value_set=words), -1).to_numpy()[0::2].astype(np.int64)
    known = index >= 0
    pairs = np.sort(post[known] * len(weights) + index[known])     # a word counts once per post:
    keep = np.ones(len(pairs), bool)                                 # sorted, first of each run
    np.not_equal(pairs[1:], pairs[:-1], out=keep[1:])               # (np.unique hashes: far slower)
    post, index = np.divmod(pairs[keep], len(weights))
    for column in range(3):
        out[:, column] = np.bincount(post, weights=weights[index, column], minlength=n)
    return out


def _decide_columns(fr: np.ndarray, bm: np.ndarray, en: np.ndarray) -> np.ndarray:
    """_decide() on whole columns: the same tests in the same order."""
    both = fr + bm
    share = np.divide(bm, both, out=np.zeros_like(both), where=both > 0)
    return np.select([both + en == 0, en > both, share >= MIXED_HIGH, share <= MIXED_LOW],
                     ["und", "en", "bm", "fr"], "mixed").astype(object)
