"""Filters: one frozen value built from the sidebar or the URL, applied to the posts frame."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis import gazetteer
from analysis.search import search_pattern
from analysis.frame import has_any
from analysis.i18n.core import lang_label, platform_label, t

# date presets of the sidebar: named periods of the calendar (data/gazetteer/periods.csv), inclusive
PRESETS = {key: gazetteer.periods()[name]
           for key, name in (("preset_r1", "round1"), ("preset_r2", "round2"), ("preset_after", "after_results"))}
URL_KEYS = ("from", "to", "platform", "party", "region", "lang", "q")


@dataclass(frozen=True)
class Filters:
    date_from: date | None = None
    date_to: date | None = None
    platforms: tuple[str, ...] = field(default_factory=tuple)
    parties: tuple[str, ...] = field(default_factory=tuple)
    regions: tuple[str, ...] = field(default_factory=tuple)
    langs: tuple[str, ...] = field(default_factory=tuple)
    q: str = ""

    def mask(self, posts: pd.DataFrame) -> np.ndarray:
        keep = np.ones(len(posts), dtype=bool)
        if self.date_from is not None:
            keep &= (posts["day"] >= pd.Timestamp(self.date_from)).to_numpy()
        if self.date_to is not None:
            keep &= (posts["day"] <= pd.Timestamp(self.date_to)).to_numpy()
        for column, values in (("platform", self.platforms), ("region", self.regions), ("lang", self.langs)):
            if values:
                keep &= posts[column].isin(values).to_numpy()
        if self.parties:
            keep &= has_any(posts["parties"], self.parties)
        if self.q.strip():
            keep &= self._text_mask(posts["text"])
        return keep

    def _text_mask(self, text: pd.Series) -> np.ndarray:
        array = pa.array(text.to_numpy(dtype=object), type=pa.string(), from_pandas=True)
        hits = pc.match_substring_regex(array, search_pattern(self.q.strip()), ignore_case=True)
        return pc.fill_null(hits, False).to_numpy(zero_copy_only=False)

    def apply(self, posts: pd.DataFrame) -> pd.DataFrame:
        """A new frame with the matching posts; the input is never modified."""
        if self.is_empty():
            return posts
        return posts.take(np.flatnonzero(self.mask(posts)))  # take() is ~3x faster than a boolean index

    def is_empty(self) -> bool:
        return not (self.date_from or self.date_to or self.platforms or self.parties or self.regions
                    or self.langs or self.q.strip())

    def describe(self, lang: str = "fr") -> str:
        """Human summary of the active filters in French or English."""
        parts = []
        if self.date_from or self.date_to:
            a = self.date_from.strftime("%d/%m/%Y") if self.date_from else "…"
            b = self.date_to.strftime("%d/%m/%Y") if self.date_to else "…"
            parts.append(t("from_to", lang, a=a, b=b))
        if self.platforms:
            parts.append(f"{t('platforms', lang)} : " + ", ".join(platform_label(p, lang) for p in self.platforms))
        if self.parties:
            parts.append(f"{t('parties', lang)} : " + ", ".join(self.parties))
        if self.regions:
            parts.append(f"{t('regions', lang)} : " + ", ".join(self.regions))
        if self.langs:
            parts.append(f"{t('langs', lang)} : " + ", ".join(lang_label(x, lang) for x in self.langs))
        if self.q.strip():
            parts.append(f"« {self.q.strip()} »")
        text = " · ".join(parts) if parts else t("no_filter", lang)
        return text.replace(" : ", ": ") if lang == "en" else text

    # -- URL query parameters ------------------------------------------------
    def to_params(self) -> dict[str, list[str] | str]:
        params: dict[str, list[str] | str] = {}
        if self.date_from:
            params["from"] = self.date_from.isoformat()
        if self.date_to:
            params["to"] = self.date_to.isoformat()
        for key, values in (("platform", self.platforms), ("party", self.parties), ("region", self.regions),
                            ("lang", self.langs)):
            if values:
                params[key] = list(values)
        if self.q.strip():
            params["q"] = self.q.strip()
        return params

    @classmethod
    def from_params(cls, params: dict) -> "Filters":
        """Read URL parameters (values may be strings or lists); unreadable dates are ignored."""
        def many(key):
            value = params.get(key, [])
            return tuple(v for v in ([value] if isinstance(value, str) else list(value)) if v)

        def day(key):
            try:
                return date.fromisoformat(many(key)[0]) if many(key) else None
            except ValueError:
                return None
        q = many("q")
        return cls(date_from=day("from"), date_to=day("to"), platforms=many("platform"), parties=many("party"),
                   regions=many("region"), langs=many("lang"), q=q[0] if q else "")
