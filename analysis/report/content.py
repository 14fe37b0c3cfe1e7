"""What a report says, gathered from the filtered posts (pure data: no drawing, no file)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np
import pandas as pd

from analysis import gazetteer
from analysis.aggregate import overview, participation, parties
from analysis.aggregate.timeline import events_for
from analysis.filters import Filters
from analysis.i18n import lang_label, platform_label, t
from analysis.i18n.numbers import number, percent
from analysis.report import figures

SAMPLE_POSTS = 12
TEXT_CHARS = 300


@dataclass(frozen=True)
class Report:
    title: str
    scope: str                      # period and filters, in words
    n_posts: int
    is_demo: bool
    headline: list[tuple[str, str]]
    charts: list[tuple[str, bytes]]  # (caption, PNG)
    tables: list[tuple[str, list[str], list[list[str]]]]  # (title, header, rows), every cell plain text
    accuracy: str
    notes: list[str]
    generated_at: str
    lang: str = "fr"
    extra: dict = field(default_factory=dict)


def _number(n: float) -> str:
    return number(int(n))


def _percent(x: float, lang: str) -> str:
    """A share as the report's language writes it; a share of nothing (inf, nan) is missing, not "inf %"."""
    return percent(x if x is not None and np.isfinite(x) else None, lang)


def _period(posts: pd.DataFrame, lang: str) -> str:
    if posts.empty:
        return "—"
    return t("from_to", lang, a=f"{posts['created_at'].min():%d/%m/%Y}", b=f"{posts['created_at'].max():%d/%m/%Y}")


def _headline(posts: pd.DataFrame, lang: str) -> list[tuple[str, str]]:
    head = overview.headline(posts)
    calls = participation.by_region(posts) if len(posts) else None
    rows = [(t("rep_posts", lang), _number(head["posts"])), (t("rep_accounts", lang), _number(head["accounts"])),
            (t("rep_period", lang), _period(posts, lang)),
            (t("rep_mean_tone", lang), "—" if head["mean_tone"] is None else f"{head['mean_tone']:+.2f}")]
    if calls is not None and len(posts):
        rows.append((t("rep_call_share", lang), _percent(calls["call_to_vote"].sum() / len(posts), lang)))
        rows.append((t("rep_boycott_share", lang), _percent(calls["boycott"].sum() / len(posts), lang)))
    return rows


def _party_table(posts: pd.DataFrame, lang: str) -> tuple[str, list[str], list[list[str]]]:
    chosen = parties.mentioned_parties(posts)[:10] if len(posts) else []
    table = parties.summary(posts, chosen)
    rows = [[r.party, _number(r.posts), _percent(r.share, lang), "—" if pd.isna(r.tone) else f"{r.tone:+.2f}"]
            for r in table.itertuples()]
    return t("rep_parties", lang), [t("rep_party", lang), t("rep_posts", lang), t("rep_share", lang),
                                    t("rep_tone", lang)], rows


def _region_table(posts: pd.DataFrame, lang: str) -> tuple[str, list[str], list[list[str]]]:
    table = participation.by_region(posts, gazetteer.region_names())
    rows = [[r.region, _number(r.posts), _number(r.call_to_vote), _number(r.boycott),
             t("rep_more_boycott", lang) if r.boycott > r.call_to_vote else ""] for r in table.itertuples()]
    return t("rep_regions", lang), [t("rep_region", lang), t("rep_posts", lang), t("rep_calls", lang),
                                    t("rep_boycotts", lang), ""], rows


def _sample_table(posts: pd.DataFrame, authors, lang: str) -> tuple[str, list[str], list[list[str]]]:
    """The most shared posts, authors pseudonymised by `authors` (frame -> display names); text kept plain."""
    score = posts["shares"].fillna(0).astype(float) if "shares" in posts else pd.Series(0.0, index=posts.index)
    top = posts.loc[score.nlargest(min(SAMPLE_POSTS, len(posts))).index]
    names = authors(top) if len(top) else pd.Series(dtype=str)
    rows = [[f"{r.created_at:%d/%m/%Y}", platform_label(str(r.platform), lang), str(name),
             _clip(str(r.text)), _number(0 if pd.isna(r.shares) else r.shares)]
            for r, name in zip(top.itertuples(), names)]
    return t("rep_sample", lang), [t("rep_date", lang), t("rep_platform", lang), t("rep_author", lang),
                                   t("rep_text", lang), t("rep_shares", lang)], rows


def _clip(text: str) -> str:
    return text if len(text) <= TEXT_CHARS else text[:TEXT_CHARS - 1] + "…"


def _charts(posts: pd.DataFrame, lang: str) -> list[tuple[str, bytes]]:
    if posts.empty:
        return []
    days = overview.posts_per_day(posts, by=None)
    events = events_for(gazetteer.key_dates(str(posts["day"].min().date()), str(posts["day"].max().date())), "key")
    platforms = overview.counts_by(posts, "platform")
    platforms["platform"] = [platform_label(p, lang) for p in platforms["platform"]]
    langs = overview.counts_by(posts, "lang")
    langs["lang"] = [lang_label(c, lang) for c in langs["lang"]]
    party = parties.summary(posts, parties.mentioned_parties(posts)[:10])
    regions = participation.by_region(posts, gazetteer.region_names())
    return [(t("rep_chart_volume", lang), figures.volume(days, events, lang)),
            (t("rep_chart_platforms", lang), figures.shares(platforms, "platform", t("rep_share_posts", lang))),
            (t("rep_chart_langs", lang), figures.shares(langs, "lang", t("rep_share_posts", lang))),
            (t("rep_chart_parties", lang), figures.party_bars(party, lang)),
            (t("rep_chart_regions", lang), figures.call_vs_boycott(regions, lang))]


def build_report(posts: pd.DataFrame, filters: Filters, is_demo: bool, authors, accuracy: str | None = None,
                 lang: str = "fr", now: datetime | None = None) -> Report:
    """The report of `posts` (already filtered by `filters`); authors(frame) gives display names."""
    now = now or datetime.now(timezone.utc)
    scope = filters.describe(lang) or t("all", lang)
    tables = [_party_table(posts, lang), _region_table(posts, lang), _sample_table(posts, authors, lang)]
    notes = [t(f"rep_note_{k}", lang) for k in ("tone", "parties", "participation", "privacy")]
    return Report(title=t("rep_title", lang), scope=scope, n_posts=len(posts), is_demo=is_demo,
                  headline=_headline(posts, lang), charts=_charts(posts, lang), tables=tables,
                  accuracy=accuracy or t("rep_not_measured", lang), notes=notes,
                  generated_at=f"{now:%d/%m/%Y %H:%M} UTC", lang=lang)
