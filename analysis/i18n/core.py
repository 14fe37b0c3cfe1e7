"""t(): the string for a key, from every table of the package merged once (a key defined twice is an error)."""
from __future__ import annotations

import os

from analysis.i18n import (columns, common, coordination, estimates, importers, large, parties_posts, team,
                           trends, validation, warnings)
from analysis.i18n.common import LANG_LABELS, PLATFORM_LABELS, PLATFORM_LABELS_EN

TABLES = {"common": common.STRINGS, "trends": trends.STRINGS, "parties_posts": parties_posts.STRINGS,
          "coordination": coordination.STRINGS, "importers": importers.STRINGS, "warnings": warnings.STRINGS,
          "estimates": estimates.STRINGS, "validation": validation.STRINGS, "team": team.STRINGS,
          "columns": columns.STRINGS, "large": large.STRINGS}
LANGS = ("fr", "en")
STRICT_ENV = "VIGIE_STRICT_STRINGS"   # set by the tests: an unknown key fails instead of showing itself


def _merged() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for name, table in TABLES.items():
        twice = sorted(set(table) & set(merged))
        if twice:
            raise KeyError(f"i18n table {name} redefines {', '.join(twice)}")
        merged.update(table)
    return merged


STRINGS = _merged()


def t(key: str, lang: str = "fr", **kwargs) -> str:
    """The string for key in lang ('fr' or 'en'). An unknown key shows as itself, or raises under the tests."""
    pair = STRINGS.get(key)
    if pair is None:
        if os.environ.get(STRICT_ENV):
            raise KeyError(f"no string for key {key!r}")
        return key
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**kwargs) if kwargs else text


def platform_label(code: str, lang: str = "fr") -> str:
    return (PLATFORM_LABELS_EN if lang == "en" else PLATFORM_LABELS).get(code, code)


def lang_label(code: str, lang: str = "fr") -> str:
    pair = LANG_LABELS.get(code, (code, code))
    return pair[1] if lang == "en" else pair[0]
