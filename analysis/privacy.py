"""Pseudonyms for private individuals: stable per installation, not reversible without the local salt."""
from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import paths
from analysis.text import account_key, account_keys

SALT_PATH = paths.DATA / ".salt"


def installation_salt(path: Path = SALT_PATH) -> str:
    """A random salt created on first use and kept in data/.salt (git-ignored)."""
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    salt = secrets.token_hex(16)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(salt, encoding="utf-8")
    return salt


def pseudonym(author_id: str, salt: str) -> str:
    digest = hashlib.sha256(f"{salt}:{author_id}".encode("utf-8")).hexdigest()
    return f"Compte-{digest[:8]}"


def display_authors(authors: pd.DataFrame, public_accounts: set[str], salt: str) -> pd.Series:
    """author_name for listed public actors, a pseudonym for everyone else (columns author_id, author_name).

    An author is a listed actor when their account key matches (the same key gives them the actor's party).
    """
    ids = authors["author_id"].astype(str)
    names = authors["author_name"].astype(str)
    public = account_keys(ids).isin({account_key(a) for a in public_accounts}).to_numpy()
    mapping = {a: pseudonym(a, salt) for a in pd.unique(ids[~public])}
    return pd.Series(np.where(public, names.to_numpy(), ids.map(mapping).to_numpy()), index=authors.index)
