"""Actors list: account id, handle or name -> party, camp, actor type, region.

Accepted headers (any case, French or English): account/compte/id/handle/identifiant, name/nom,
party/parti, camp, actor_type/type, region/région. An actor given with both an id and a handle is
stored under each, so posts match whichever the export carries.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import gazetteer
from analysis.importers.base import ImportFailure
from analysis.importers.csvio import iter_records, read_dialect
from analysis.importers.encoding import fix_mojibake_text, inspect

COLUMNS = ["account", "party", "camp", "actor_type", "region", "name"]
HEADERS = {
    "account": ("account", "compte", "account_id", "id", "author_id", "identifiant", "facebook id", "user id"),
    "handle": ("handle", "username", "user name", "pseudo", "@"),
    "name": ("name", "nom", "author_name", "page name", "account name"),
    "party": ("party", "parti", "author_party"),
    "camp": ("camp", "bloc"),
    "actor_type": ("actor_type", "type", "type d'acteur", "type_acteur", "category", "catégorie"),
    "region": ("region", "région"),
}
TYPES = {"party_page": ("party page", "party", "page de parti", "parti", "page parti", "party_page"),
         "candidate": ("candidate", "candidat", "candidate page", "candidat(e)", "candidate_page"),
         "media": ("media", "média", "medias", "médias", "press", "presse", "journal"),
         "civil_society": ("civil society", "société civile", "societe civile", "ong", "ngo", "civil_society", "osc"),
         "citizen": ("citizen", "citoyen", "citoyenne", "individu", "individual")}
TYPE_OF = {alias: canonical for canonical, aliases in TYPES.items() for alias in aliases}


def _role_index(header) -> dict[str, int]:
    lower = {h.strip().lower(): i for i, h in enumerate(header)}
    found = {}
    for role, names in HEADERS.items():
        for name in names:
            if name in lower:
                found[role] = lower[name]
                break
    return found


def actor_type(value: str, line: int, name: str) -> str | None:
    text = value.strip().lower().replace("-", " ").replace("_", " ")
    if not text:
        return None
    canonical = TYPE_OF.get(text) or TYPE_OF.get(text.replace(" ", "_"))
    if canonical is None:
        raise ImportFailure(f"{name}:{line}: unknown actor type {value!r} "
                            f"(use {', '.join(TYPES)})")
    return canonical


def read_actors(path) -> pd.DataFrame:
    """DataFrame(account, party, camp, actor_type, region, name); raises ImportFailure('file:line: problem')."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailure(f"{path}: no such file")
    info = inspect(path)
    dialect = read_dialect(path, info.encoding)
    roles = _role_index(dialect.header)
    if not {"account", "handle", "name"} & set(roles):
        raise ImportFailure(f"{path.name}: no account, handle or name column (columns: {', '.join(dialect.header)})")
    rows = []
    for line, fields, error in iter_records(path, info.encoding, dialect):
        if fields is None:
            raise ImportFailure(f"{path.name}:{line}: {error}")
        if not any(f.strip() for f in fields):
            continue
        cell = {r: fix_mojibake_text(fields[i].strip()) if i < len(fields) else "" for r, i in roles.items()}
        keys = [k.lstrip("@") for k in (cell.get("account"), cell.get("handle")) if k and k.lstrip("@")] or \
            ([cell["name"]] if cell.get("name") else [])
        if not keys:
            raise ImportFailure(f"{path.name}:{line}: no account, handle or name")
        kind = actor_type(cell.get("actor_type", ""), line, path.name)
        party = gazetteer.spelling(cell.get("party", ""), gazetteer.party_acronyms(None)) or None
        region = gazetteer.spelling(cell.get("region", ""), gazetteer.region_names()) or None
        for key in dict.fromkeys(keys):
            rows.append({"account": key, "party": party, "camp": cell.get("camp") or None,
                         "actor_type": kind, "region": region,
                         "name": cell.get("name") or keys[-1]})
    return pd.DataFrame(rows, columns=COLUMNS)
