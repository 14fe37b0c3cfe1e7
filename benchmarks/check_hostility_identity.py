"""Whether the hostility analyser still gives the same outputs as a saved run (after a speed-up, a refactor).

    .venv/bin/python benchmarks/check_hostility_identity.py --save  OUT.json   # before the change
    .venv/bin/python benchmarks/check_hostility_identity.py --check OUT.json   # after: exit 1 on any difference

Texts: the functional cases (tests/data/hostility_functional.csv), the three development sets of the shared
data, distinct demo posts and obfuscated variants of all of these (leet digits, masks, dotted and spaced
letters, repeated letters, capitals), so that every spelling path runs. Compared: hostility, kind and target
exactly, scores within 1e-9, and the feature matrix of features() (same non-zeros, values within 1e-9).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FUNCTIONAL = ROOT / "tests" / "data" / "hostility_functional.csv"
TOLERANCE = 1e-9


def _functional() -> list[str]:
    with open(FUNCTIONAL, encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def _obfuscated(rng: np.random.Generator, text: str) -> str:
    """One random typed spelling of the text, word by word."""
    leet = str.maketrans({"o": "0", "i": "1", "e": "3", "a": "@", "s": "$"})
    words = text.split()
    for i, word in enumerate(words):
        roll = rng.random()
        if len(word) < 3 or roll > 0.5:
            continue
        if roll < 0.1:
            words[i] = word[0] + word[1:-1].translate(leet) + word[-1]
        elif roll < 0.2:
            cut = int(rng.integers(1, len(word) - 1))
            words[i] = word[:cut] + "*" * int(rng.integers(1, 3)) + word[cut + 1:]
        elif roll < 0.3:
            words[i] = rng.choice([".", " ", "-"]).join(word)
        elif roll < 0.4:
            cut = int(rng.integers(0, len(word)))
            words[i] = word[:cut] + word[cut] * int(rng.integers(2, 6)) + word[cut:]
        else:
            words[i] = word.upper()
    return " ".join(words)


def texts(shared: Path) -> list[str]:
    from analysis.demo import corpus
    from analysis.hostility.train import SETS, read_set
    base = _functional()
    for name in SETS:
        base += read_set(shared, name)[0]
    base += list(dict.fromkeys(corpus.build(3000, seed=11).posts["text"].dropna().tolist()))
    rng = np.random.default_rng(5)
    return base + [_obfuscated(rng, t) for t in base] + ["", " ", "«»", "*", "p*t*", "a" * 300]


def outputs(all_texts: list[str]) -> dict:
    import analysis.hostility as hostility
    columns = hostility.classify_many(all_texts)
    matrix = hostility.features(all_texts).tocsr()
    matrix.sort_indices()
    return {"n": len(all_texts), "texts_sha": hashlib.sha256("\0".join(all_texts).encode()).hexdigest(),
            "hostility": columns["hostility"],
            "kind": [list(k) for k in columns["hostility_kind"]],
            "target": [list(t) for t in columns["hostility_target"]],
            "scores": hostility.scores(all_texts).tolist(),
            "features_indptr": matrix.indptr.tolist(), "features_indices": matrix.indices.tolist(),
            "features_data": matrix.data.astype(float).tolist()}


def differences(before: dict, after: dict) -> list[str]:
    """Human-readable differences, at most a few per field."""
    if before["texts_sha"] != after["texts_sha"]:
        return ["the texts differ: not the same inputs"]
    found = []
    for field in ("hostility", "kind", "target"):
        rows = [i for i, (a, b) in enumerate(zip(before[field], after[field])) if a != b]
        found += [f"row {i}: {field} {before[field][i]!r} -> {after[field][i]!r}" for i in rows[:5]]
    gap = np.abs(np.asarray(before["scores"]) - np.asarray(after["scores"]))
    found += [f"row {i}: score differs by {gap[i]:.3g}" for i in np.flatnonzero(gap > TOLERANCE)[:5]]
    for field in ("features_indptr", "features_indices"):
        if before[field] != after[field]:
            found.append(f"features: {field} differs (not the same non-zeros)")
    if not found:
        gap = np.abs(np.asarray(before["features_data"]) - np.asarray(after["features_data"]))
        found += [f"features: {int((gap > TOLERANCE).sum())} values differ"] if (gap > TOLERANCE).any() else []
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write the outputs of the current code to this file")
    action.add_argument("--check", type=Path, help="compare the current code's outputs with this file")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    current = outputs(texts(args.shared))
    if args.save:
        args.save.write_text(json.dumps(current), encoding="utf-8")
        print(f"saved outputs of {current['n']} texts ({current['hostility'].count('hostile')} hostile)")
        return 0
    found = differences(json.loads(args.check.read_text(encoding="utf-8")), current)
    print("\n".join(found) if found else f"identical on {current['n']} texts "
          f"({current['hostility'].count('hostile')} hostile; scores and features within {TOLERANCE})")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
