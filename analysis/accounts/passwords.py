"""Salted, slow password hashes: argon2id (argon2-cffi), the winner of the Password Hashing Competition.

Memory-hard (64 MiB per hash by default) so guessing on a GPU is costly; the salt and parameters are stored inside
the hash string, so parameters can be raised later and old hashes still verify.
"""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 8
_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise ValueError(f"password too short: at least {MIN_LENGTH} characters")
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """True when password matches; False for a wrong password or a damaged hash (never raises on bad input)."""
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
