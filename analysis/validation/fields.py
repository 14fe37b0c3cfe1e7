"""The fields people label: their classes, whether a post may carry several, and the annotation column the
machine's guess lives in. Labels are stored as text: one class, or for participation the categories in
canonical order joined by `;` (`none` when the post carries no category)."""
from __future__ import annotations

from dataclasses import dataclass

from analysis.annotate.participation import CATEGORIES
from analysis.schema import SENTIMENT_LABELS

NO_CATEGORY = "none"
SEPARATORS = (";", ",", "|")
# The adjudicator's label decides a post whatever the others said (annotator name, case-insensitive).
ADJUDICATORS = frozenset({"adjudicator", "arbitre"})
STRATEGIES = ("random", "stratified", "uncertain", "other")
CORRECTING_STRATEGIES = ("random", "stratified")


@dataclass(frozen=True)
class Field:
    name: str
    classes: tuple[str, ...]
    multi: bool
    column: str            # annotation column holding the machine's current label


FIELDS = {
    "tone": Field("tone", SENTIMENT_LABELS, False, "sentiment_label"),
    "hostility": Field("hostility", ("hostile", "not_hostile"), False, "hostility"),
    "participation": Field("participation", CATEGORIES, True, "participation"),
}


def get(name: str) -> Field:
    """The field called `name`; ValueError naming the known fields otherwise."""
    try:
        return FIELDS[str(name).strip().lower()]
    except KeyError:
        raise ValueError(f"unknown field {name!r} (expected {', '.join(FIELDS)})") from None


def canonical(field: Field, raw) -> str:
    """The stored form of a label typed by a person; ValueError with the reason when it is not one."""
    text = str(raw if raw is not None else "").strip().lower()
    if not field.multi:
        if text not in field.classes:
            raise ValueError(f"unknown label {raw!r} for {field.name} (expected {', '.join(field.classes)})")
        return text
    parts = split(text)
    if not parts and text != NO_CATEGORY:
        raise ValueError(f"empty label for {field.name} (write {NO_CATEGORY} for a post with no category)")
    unknown = [p for p in parts if p not in field.classes]
    if unknown:
        raise ValueError(f"unknown categor{'ies' if len(unknown) > 1 else 'y'} {', '.join(unknown)} for "
                         f"{field.name} (expected {', '.join(field.classes)} or {NO_CATEGORY})")
    return join(field, parts)


def split(value) -> tuple[str, ...]:
    """`a;b` (or a,b / a|b / a tuple) -> (a, b); `none` and empty -> ()."""
    if isinstance(value, (tuple, list, set, frozenset)):
        return tuple(str(v) for v in value)
    text = str(value if value is not None else "").strip().lower()
    for sep in SEPARATORS[1:]:
        text = text.replace(sep, SEPARATORS[0])
    return tuple(p.strip() for p in text.split(SEPARATORS[0]) if p.strip() and p.strip() != NO_CATEGORY)


def join(field: Field, parts) -> str:
    """Categories in the field's canonical order, `;`-joined, `none` when there are none."""
    found = set(parts)
    ordered = [c for c in field.classes if c in found]
    return ";".join(ordered) if ordered else NO_CATEGORY


def machine_label(field: Field, value) -> str:
    """An annotation cell in the stored label form (participation `""` -> `none`)."""
    return join(field, split(value)) if field.multi else str(value if value is not None else "")
