"""The fast paths of the hostility analyser give what the plain computations give.

Batch hashing against scikit-learn's HashingVectorizer, the numpy MurmurHash against scikit-learn's,
the phrase scan and the spelling shortcuts against their straightforward versions, and one batch
against many small ones (the memories kept between calls must not change any output).
"""
import csv
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings, strategies as st
from sklearn.feature_extraction.text import HashingVectorizer

import analysis.hostility as hostility
from analysis.hostility import hashing, lexicon, model, rules, spelling, synthetic, threats, tokens, verdict
from analysis.hostility.verdict import summarise

CASES = Path(__file__).resolve().parents[1] / "data" / "hostility_functional.csv"
REFERENCE_CHARS = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=model.N_CHAR,
                                    alternate_sign=False, norm="l2", lowercase=False)
REFERENCE_WORDS = HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=model.N_WORD,
                                    alternate_sign=False, norm="l2", lowercase=False, token_pattern=r"\S+")
words = st.text(alphabet="abcdez019éɛ", min_size=1, max_size=12)
docs = st.lists(st.lists(words, max_size=25).map(" ".join), min_size=1, max_size=8)


@pytest.fixture(scope="module")
def functional_texts():
    with open(CASES, encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def assert_same_matrix(mine, reference):
    mine, reference = mine.tocsr(), reference.tocsr()
    mine.sort_indices()
    reference.sort_indices()
    assert np.array_equal(mine.indptr, reference.indptr)
    assert np.array_equal(mine.indices, reference.indices)
    assert np.allclose(mine.data, reference.data, rtol=0, atol=1e-12)


@settings(max_examples=40, deadline=None)
@given(docs)
def test_batch_hashing_equals_hashing_vectorizer(batch):
    chars, word_grams = hashing.transform(hashing.Hasher(model.N_CHAR, model.N_WORD), batch)
    assert_same_matrix(chars, REFERENCE_CHARS.transform(batch))
    assert_same_matrix(word_grams, REFERENCE_WORDS.transform(batch))


def test_hashing_of_real_posts_with_a_warm_memory(functional_texts):
    batch = [summarise(t).words for t in functional_texts]
    hasher = hashing.Hasher(model.N_CHAR, model.N_WORD)
    hashing.transform(hasher, batch[::2])               # words learnt by an earlier call
    chars, word_grams = hashing.transform(hasher, batch)
    assert_same_matrix(chars, REFERENCE_CHARS.transform(batch))
    assert_same_matrix(word_grams, REFERENCE_WORDS.transform(batch))


def test_hashing_when_the_memory_starts_afresh(functional_texts, monkeypatch):
    monkeypatch.setattr(hashing, "MEMO_LIMIT", 50)
    batch = [summarise(t).words for t in functional_texts]
    hasher = hashing.Hasher(model.N_CHAR, model.N_WORD)
    for start in range(0, 60, 20):                      # the memory overflows and is forgotten between calls
        hashing.transform(hasher, batch[start:start + 20])
        assert len(hasher.index) <= 50 + 20 * max(len(d.split()) for d in batch)
    chars, word_grams = hashing.transform(hasher, batch)
    assert_same_matrix(chars, REFERENCE_CHARS.transform(batch))
    assert_same_matrix(word_grams, REFERENCE_WORDS.transform(batch))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=9), min_size=1, max_size=50))
def test_numpy_murmurhash_equals_scikit_learn(features):
    for n_features in (model.N_CHAR, 7):
        expected = [hashing.bucket(f, n_features) for f in features]
        assert hashing.buckets(features, n_features).tolist() == expected
        ascii_only = [f.encode("ascii", "replace").decode() for f in features]
        assert hashing.buckets(ascii_only, n_features).tolist() == [hashing.bucket(f, n_features) for f in ascii_only]


def straightforward_scan(table, sentence_words):
    """Longest phrase first at each position, trying every size up to MAX_PHRASE."""
    i, out = 0, []
    while i < len(sentence_words):
        for size in range(min(lexicon.MAX_PHRASE, len(sentence_words) - i), 0, -1):
            found = table.phrases.get(tuple(sentence_words[i:i + size]))
            if found:
                out.append((i, i + size, found))
                i += size
                break
        else:
            i += 1
    return out


def test_scan_equals_the_straightforward_scan(functional_texts):
    table = lexicon.load().table
    phrases = [" ".join(p) for p in table.phrases if len(p) > 1]           # every phrase, with a word before
    assert len(phrases) > 50
    for text in functional_texts + [f"{p.split()[-1]} {p} et" for p in phrases]:
        sentence_words = [table.canonical(w) for w in spelling.normalize(text).split()]
        assert list(table.scan(sentence_words)) == straightforward_scan(table, sentence_words)


def straightforward_plain_text(text, vocabulary):
    if "*" in text:
        text = spelling._MASKED.sub(lambda m: spelling._unmask(m, vocabulary), text)
    text = spelling._LEET_RUN.sub(lambda m: m.group(0).translate(spelling._LEET), text)
    text = spelling._DOTTED.sub(lambda m: re.sub(r"[.\-_·]", "", m.group(0)), text)
    return spelling._SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab c.-_·0@3$€*é ", max_size=40))
@example("t es un c o n n a r d")
@example("b.o.u.g.n.o.u.l.e et n-e-g-r-e")
@example("c0nn4rd, s@lope et enc*lé")
def test_spelling_shortcuts_change_nothing(text):
    vocabulary = lexicon.load().vocabulary
    assert spelling.plain_text(text, vocabulary) == straightforward_plain_text(text, vocabulary)


def straightforward_split_words(sentence, lex):
    """The whole sentence through quotation marks, spellings and normalisation, then word by word."""
    marked = tokens._QUOTE.sub(f" {tokens.QUOTE_MARK} ", sentence)
    words, quoted, inside = [], [], False
    for word in spelling.normalize(spelling.plain_text(marked, lex.vocabulary)).split():
        if word == tokens.QUOTE_MARK:
            inside = not inside
            continue
        words.append(lex.table.canonical(word))
        quoted.append(inside)
    return words, quoted


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aB c.É'«»\"’‘“”#@*0 3\n\t-,;!?zqZQ", max_size=40))
@example("#VoteURD2020 et leRPM «sale» c'est l'URD'")
@example("zqqzq «  a b c d")
@example("«a b c d» et 'a b c d' et a b c d'")
@example("a q* c d et @RPMmali")
@example("a q* c d")
@example("vive @RPMmali et leURD")
def test_tokens_memo_equals_the_whole_sentence(sentence):
    lex = lexicon.load()
    for _ in range(2):                                   # the first time fills the memory, the second reads it
        assert rules.split_words(sentence, lex) == straightforward_split_words(sentence, lex)


def test_one_batch_equals_many_small_ones(functional_texts):
    texts = functional_texts + ["", "c o n n a r d", "b.o.u.g.n.o.u.l.e", "enc*lé", "Sale n3gre"]
    whole = hostility.classify_many(texts)
    pieces = [hostility.classify_many(texts[i:i + 7]) for i in range(0, len(texts), 7)]
    for column in whole:
        assert whole[column] == [value for piece in pieces for value in piece[column]]
    backwards = hostility.scores(texts[::-1])[::-1]
    assert np.allclose(hostility.scores(texts), backwards, rtol=0, atol=1e-12)


def full_summarise(text, monkeypatch):
    """summarise with its shortcuts turned off: every sentence through every rule, every post through
    the cue passes."""
    with monkeypatch.context() as patched:
        patched.setattr(rules, "_nothing_to_hit", lambda *_args: False)
        patched.setattr(verdict, "_hitless_result", lambda parsed: verdict._full_result(parsed, [[] for _ in parsed]))
        return verdict.summarise(text)


@pytest.fixture(scope="module")
def demo_texts():
    from analysis.demo import corpus
    return list(dict.fromkeys(corpus.build(400, seed=4).posts["text"].dropna()))


def test_shortcuts_give_what_the_full_rules_give(functional_texts, demo_texts, monkeypatch):
    texts = functional_texts + demo_texts + synthetic.sentences(per_template=2)[0] + [
        "", "Bonjour à tous", "Il faut voter", "Les Peuls", "je les déteste", "ils sont tous des rats",
        "RT @user: http://t.co/x :rire:", "« Sale nègre » a-t-il écrit", "Je ne suis pas d'accord",
        "Sales Peuls", "bande de Peuls", "les sales Bambaras"]
    for text in texts:
        fast, full = verdict.summarise(text), full_summarise(text, monkeypatch)
        assert fast[:5] == full[:5] and fast.words == full.words, text
        assert np.array_equal(fast.dense, full.dense), text


def test_the_threat_prefilter_drops_no_threat(functional_texts, demo_texts, monkeypatch):
    lex = lexicon.load()
    texts = functional_texts + demo_texts + synthetic.sentences(per_template=2)[0] + [
        "mort aux traîtres", "il faut en finir avec eux", "on va leur régler leur compte", "à la potence"]
    parsed = [s for t in texts for s in rules.parse(t, lex)]
    fast = [threats.find_threats(s.words, lex.threats, set()) for s in parsed]
    monkeypatch.setattr(threats, "possible", lambda *_args: True)
    assert [threats.find_threats(s.words, lex.threats, set()) for s in parsed] == fast
    assert sum(map(bool, fast)) > 20


def test_links_smiley_codes_and_retweet_marks_are_not_words():
    assert verdict.summarise("RT @user: quelle chaleur https://t.co/x1 :rire: :noel:").words == "quele chaleur"
    assert verdict.summarise("Rendez-vous à 10:30, rtl en direct").words == "rendez vous a 10 30 rtl en direct"


def test_the_model_by_parts_equals_the_stacked_design(functional_texts, demo_texts):
    results = [summarise(t) for t in functional_texts + demo_texts + ["Bravo à URD !", "Bravo à RPM !"]]
    assert results[-1].tokens == results[-2].tokens          # one word list for both: counted once
    weights = model.shipped()
    margin = model.design(results) @ weights["coef"] + weights["intercept"]
    assert np.allclose(model.probability(results), 1 / (1 + np.exp(-margin)), rtol=0, atol=1e-12)
