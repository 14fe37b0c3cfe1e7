"""Per distinct text: language, sentiment, parties, participation, topics, mentioned place, party tone.

One matcher scan per text feeds every gazetteer analyser; language and tone come from their own
modules; a field with a model trained on the validation desk (trained.Trained) takes its values from it. An
analyser that fails stops the batch (AnalyserError or its own exception): a bug must never turn into empty
values. Results are memoised per process, so texts repeated across chunks (copy-paste campaigns, demo
templates) are analysed once.
"""
from __future__ import annotations

import gc
import hashlib
import sys
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import hostility, sentiment
from analysis import text as text_helpers
from analysis.annotate import (automaton, context_rules, language, matcher, participation, parties, regions,
                               topics, trained)
from analysis.geo import points
from analysis.schema import join_map
from analysis.text import normalize, sentences

ATTRIBUTION_VERSION = "attr-1"
MEMO_LIMIT = 400_000
FIELDS = ("lang", "sentiment", "sentiment_label", "parties", "party_tone", "participation", "topics", "mention",
          "hostility", "hostility_kind", "hostility_target")
_MEMO: dict = {"key": None, "rows": {}}


class AnalyserError(RuntimeError):
    """An analyser returned something unusable: annotate stops rather than store it."""


ANALYSER_MODULES = (text_helpers, automaton, context_rules, matcher, parties, regions, points, participation,
                    topics, trained)
NO_MODELS = trained.Trained()


def _sources_hash() -> str:
    """Hash of the analysers' own code: editing a rule re-annotates what it may change."""
    digest = hashlib.sha1()
    for module in ANALYSER_MODULES + (sys.modules[__name__],):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:8]


@lru_cache(maxsize=1)
def version() -> str:
    """Changes whenever a lexicon or an analyser changes, so only stale annotations are redone."""
    parts = [ATTRIBUTION_VERSION, matcher.data_hash(), _sources_hash(),
             f"language-{language.version()}", f"sentiment-{sentiment.VERSION}", hostility.VERSION]
    return "+".join(parts)


def _checked(values, texts: list[str], what: str) -> np.ndarray:
    """An analyser's output, refused loudly unless it has one value per text."""
    values = np.asarray(values, dtype=object if what != "sentiment" else float)
    if len(values) != len(texts):
        raise AnalyserError(f"{what}: {len(values)} results for {len(texts)} texts")
    return values


def _language(texts: list[str]) -> np.ndarray:
    return _checked(language.detect_many(texts), texts, "language")


def _sentiment(texts: list[str], models: trained.Trained, scored=None) -> tuple[np.ndarray, np.ndarray]:
    if "tone" in models.models:
        scores, labels = models.tone(texts, scored)
        return _checked(scores, texts, "trained tone"), _checked(labels, texts, "trained tone labels")
    scores = _checked(sentiment.score_many(texts), texts, "sentiment")
    return scores, _checked(sentiment.labels(scores), texts, "sentiment labels")


def _scorer(models: trained.Trained):
    """Scores of sentences (party tone) from the same tone model as the posts."""
    return (lambda parts: models.tone(parts)[0]) if "tone" in models.models else sentiment.score_many


_EMPTY_MENTION = ("", "")


def _analyse(scan) -> tuple:
    """(parties, participation, topics, mention) of one scanned text."""
    if not scan.fields:                     # most posts name nothing: skip the analysers
        return (), "", "", _EMPTY_MENTION
    cats = participation.from_scan(scan)
    return (parties.from_scan(scan), ";".join(cats), ";".join(topics.from_scan(scan, cats)),
            regions.from_scan(scan))


def _gazetteer_fields(texts: list[str]) -> tuple[dict[str, list], list]:
    """Per distinct text: parties, joined participation/topics, the mention (region, cercle), and scans.

    Texts that differ only by case, accents, emoji or punctuation share one analysis, unless a
    context rule had to look at the original text (capitals, accents).
    """
    names = ("parties", "participation", "topics", "mention")
    done_all = []
    shared: dict[str, tuple] = {}
    scan_text = matcher.scan
    for text in texts:
        norm = normalize(text)
        done = shared.get(norm)
        if done is None:
            scan = scan_text(text, norm=norm)
            done = (*_analyse(scan), scan)
            if not scan.needs_original:
                shared[norm] = done
        done_all.append(done)
    columns = list(zip(*done_all)) or [()] * (len(names) + 1)      # one pass per column, not per value
    return {name: list(column) for name, column in zip(names, columns)}, list(columns[-1])


def _naming_sentences(parts: list[str], terms: dict, padded: dict) -> list[str]:
    """The sentences of a post (`parts`) naming a party by one of `terms` (parties.terms_by_party).
    `padded`: sentence -> its normalised form between spaces, filled here (sentences repeat across posts)."""
    spaced = [f" {term} " for names in terms.values() for term in names]
    for part in parts:
        if part not in padded:
            padded[part] = f" {normalize(part)} "
    return [p for p in parts if any(t in padded[p] for t in spaced)]


def _tones(texts: list[str], scans: list, found: list[tuple], scores: np.ndarray, score_many) -> list[str]:
    """party_tone per distinct text: the sentiment of the sentences naming each party.

    A one-sentence post gives its own score to every party it names; for longer posts only the
    sentences naming a party are scored, in one batch by the sentiment module (a party the
    splitter cannot place in a sentence gets the post's score). parties.tone reads a scan only through
    parties.terms_by_party, so posts naming the same terms in the same scored sentences share one call.
    """
    out = [""] * len(texts)
    multi: dict[int, tuple[list[str], dict]] = {}
    padded: dict[str, str] = {}
    values = scores.tolist()          # Python floats: numpy scalars cost more per look-up
    for i, names in enumerate(found):
        if not names or values[i] != values[i]:      # no party, or a NaN score
            continue
        parts = sentences(texts[i])
        if len(parts) > 1:
            terms = parties.terms_by_party(scans[i])
            multi[i] = (_naming_sentences(parts, terms, padded), terms)
        else:
            out[i] = join_map({name: values[i] for name in names})
    flat = [part for parts, _ in multi.values() for part in parts]
    flat_scores = _distinct_scores(score_many, flat).tolist()
    start, shared = 0, {}
    for i, (parts, terms) in multi.items():
        pairs = tuple(zip(parts, flat_scores[start:start + len(parts)]))
        start += len(parts)
        key = (tuple((party, frozenset(names)) for party, names in terms.items()), pairs)
        tone = shared.get(key)
        if tone is None:
            tone = shared[key] = parties.tone(scans[i], pairs)
        out[i] = join_map({name: tone.get(name, values[i]) for name in found[i]})
    return out


def _distinct_scores(score_many, parts: list[str]) -> np.ndarray:
    """Scores of sentences, each distinct sentence scored once (templates and copies repeat them)."""
    if not parts:
        return np.zeros(0)
    codes, uniques = pd.factorize(np.asarray(parts, dtype=object))
    uniques = [str(u) for u in uniques]
    return _checked(score_many(uniques), uniques, "sentiment")[codes]


@contextmanager
def _no_cyclic_gc():
    """Pause the cyclic garbage collector: a batch allocates many small acyclic objects and the
    collector's repeated passes over them cost a fifth of the time; reference counting still frees them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _compute(texts: list[str], models: trained.Trained) -> list[tuple]:
    with _no_cyclic_gc():
        return _compute_all(texts, models)


def _compute_all(texts: list[str], models: trained.Trained) -> list[tuple]:
    fields, scans = _gazetteer_fields(texts)
    scored = models.read(texts) if models.models else None
    if "participation" in models.models:
        fields["participation"] = list(_checked(models.participation(texts, scored), texts, "trained participation"))
    lang = _language(texts)
    score, label = _sentiment(texts, models, scored)
    tone = _tones(texts, scans, fields["parties"], score, _scorer(models))
    joined = [";".join(p) for p in fields["parties"]]
    hostile = _hostility(texts, models, scored)
    return list(zip(lang, score, label, joined, tone, fields["participation"], fields["topics"], fields["mention"],
                    hostile["hostility"], hostile["hostility_kind"], hostile["hostility_target"]))


def _hostility(texts: list[str], models: trained.Trained, scored=None) -> dict[str, list]:
    """hostility per text, kinds and targets `;`-joined like the other list columns. With a model trained on
    the desk, its verdict decides; a post it finds not hostile keeps no kind and no target."""
    out = hostility.classify_many(texts)
    for name in ("hostility", "hostility_kind", "hostility_target"):
        _checked(out[name], texts, name)
    verdict = list(_checked(models.labels("hostility", texts, scored), texts, "trained hostility")) \
        if "hostility" in models.models else out["hostility"]
    keep = [v == "hostile" for v in verdict]
    return {"hostility": verdict,
            "hostility_kind": [";".join(k) if ok else "" for k, ok in zip(out["hostility_kind"], keep)],
            "hostility_target": [";".join(k) if ok else "" for k, ok in zip(out["hostility_target"], keep)]}


def annotate_texts(texts: list[str], models: trained.Trained = NO_MODELS) -> dict[str, list]:
    """FIELDS -> values aligned with `texts` (distinct texts); memoised per process and per analyser set."""
    key = (version(), models.key)
    if _MEMO["key"] != key or len(_MEMO["rows"]) > MEMO_LIMIT:
        _MEMO.update(key=key, rows={})
    rows = _MEMO["rows"]
    todo = [t for t in texts if t not in rows]
    if todo:
        rows.update(zip(todo, _compute(todo, models)))
    return _by_field([rows[t] for t in texts])


def analyse_texts(texts: list[str], models: trained.Trained = NO_MODELS) -> dict[str, list]:
    """The same as annotate_texts without the memo: for texts known to be distinct and seen once."""
    return _by_field(_compute(list(texts), models))


def _by_field(rows: list[tuple]) -> dict[str, list]:
    return {name: [row[i] for row in rows] for i, name in enumerate(FIELDS)}


def clear_memo() -> None:
    """Forget memoised results (after a lexicon or module change within one process)."""
    _MEMO.update(key=None, rows={})
    text_helpers.clear_memo()
    for cached in (version, matcher.data_hash, language.version):
        cached.cache_clear()
