"""A sentence's canonical words and quotation marks, memoised per typed token.

Quotation marks become QUOTE_MARK words, spellings are undone (spelling.plain_text), the text normalised and
each word brought to its lexicon spelling. Every step but one is local to a whitespace-free token (their
patterns never match whitespace), so a sentence is the concatenation of its tokens' words and each distinct
token is worked out once per process. The exceptions go through the whole sentence as before: letters
split by spaces (`c o n n a r d`), masks (`a*` can become a lone letter that then joins such a run) and
`@`, which leet may turn into a letter and which also decides, like `#`, whether camel case splits words.
"""
from __future__ import annotations

import re
from itertools import chain

from analysis.text import normalize

from analysis.hostility.lexicon import Lexicon
from analysis.hostility.spelling import SPACED_HINT, plain_text

_QUOTE = re.compile(r'[«»“”"]|(?:(?<=\s)|^)[\'‘](?=\S)|(?<=\S)[\'’](?=\s|$|[.,;:!?])')
QUOTE_MARK = "zqzq"
QUOTE_CHARS = "«»“”\"'‘’"
_QUOTE_CHAR = re.compile("[" + QUOTE_CHARS + "]")       # one C search rather than one test per character
MEMO_LIMIT = 300_000            # distinct tokens remembered; past it the memory starts afresh


def marked(sentence: str) -> str:
    """The sentence with every quotation mark as a separate QUOTE_MARK word."""
    return _QUOTE.sub(f" {QUOTE_MARK} ", sentence) if _QUOTE_CHAR.search(sentence) else sentence


def typed_words(sentence: str, lex: Lexicon) -> list:
    """The canonical words of one sentence, None where a quotation mark stands (a word may squeeze to
    QUOTE_MARK: only the typed mark toggles quoting)."""
    if "*" in sentence or "@" in sentence or SPACED_HINT.search(marked(sentence)):
        return _canonical(normalize(plain_text(marked(sentence), lex.vocabulary)).split(), lex)
    camel = "#" in sentence
    memo = lex.table.tokens[camel]
    if len(memo) > MEMO_LIMIT:
        memo.clear()
    typed = sentence.split()
    found = list(map(memo.get, typed))
    if None in found:
        for i, token in enumerate(typed):
            if found[i] is None:
                # normalize splits camel case when its text has a '#' or '@': in a sentence with one, every
                # token splits, so tokens without one get a '#' (a mere separator once normalised)
                plain = plain_text(marked(token), lex.vocabulary)
                found[i] = memo[token] = tuple(_canonical(normalize(plain + " #" if camel else plain).split(), lex))
    return list(chain.from_iterable(found))


def _canonical(typed: list[str], lex: Lexicon) -> list:
    canonical = lex.table.canonical
    return [None if w == QUOTE_MARK else canonical(w) for w in typed]
