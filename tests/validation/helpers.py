"""A small store whose posts carry chosen machine labels, and label CSV writing."""
from __future__ import annotations

import csv

import numpy as np
import pandas as pd

from analysis import schema
from analysis.store import Store

POSITIVE = ("bravo", "super", "merci", "génial", "excellent", "magnifique", "félicitations", "heureux")
NEGATIVE = ("nul", "honte", "horrible", "colère", "fraude", "dégoûtant", "triste", "scandale")
NEUTRAL = ("bureau", "heure", "liste", "mardi", "commune", "dossier", "route", "réunion")
WORDS = {"positive": POSITIVE, "negative": NEGATIVE, "neutral": NEUTRAL}


def tone_texts(truth, seed=0) -> list[str]:
    """Texts whose words say their class (learnable), with shared filler."""
    rng = np.random.default_rng(seed)
    filler = ("le", "vote", "à", "Bamako", "aujourd'hui", "candidat", "nous", "la")
    return [" ".join(list(rng.choice(WORDS[t], 2)) + list(rng.choice(filler, 3))) + f" n{i}"
            for i, t in enumerate(truth)]


def make_store(path, machine, texts=None, platform="twitter", lang="fr", participation=None, version="test",
               sentiment=0.0):
    """Posts twitter:0..n-1 with the given machine tone labels (and participation) as annotations."""
    n = len(machine)
    ids = [f"twitter:{i}" for i in range(n)]
    posts = pd.DataFrame({"post_id": ids, "platform": platform, "author_id": "a",
                          "created_at": pd.date_range("2020-03-01", periods=n, freq="37min", tz="UTC"),
                          "text": texts if texts is not None else [f"post {i}" for i in range(n)]})
    ann = {c.name: "" for c in schema.ANNOTATION_COLUMNS if c.name != "dup_group"}
    ann.update(lang=lang, sentiment=sentiment, sentiment_label=list(machine),
               participation=list(participation) if participation is not None else "")
    frame = pd.DataFrame({"post_id": ids, **{k: v for k, v in ann.items()}})
    with Store(path) as store:
        store.add_posts(posts)
        store.save_annotations(frame, version)
    return ids


def write_labels(path, rows, header=("post_id", "field", "label", "annotator")) -> str:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


def demo_copy_with_toned(demo_db, folder, n: int, seed: int):
    """(a copy of the demo store in folder that a test may label, its posts, n of those with a machine tone)."""
    import shutil
    db = folder / "demo.duckdb"
    shutil.copy(demo_db, db)
    with Store(db, read_only=True) as store:
        posts = store.load()
    return db, posts, posts[posts["sentiment_label"].fillna("").astype(str) != ""].sample(n, random_state=seed)
