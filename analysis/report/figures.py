"""The report's charts as PNG bytes, drawn with matplotlib's Figure API (no pyplot state, no browser, offline).

Campaign events are numbered marks on the time chart with a legend below it, so labels never overlap.
"""
from __future__ import annotations

import io

import numpy as np
import pandas as pd
from matplotlib.dates import DateFormatter
from matplotlib.figure import Figure

from analysis.charts.colours import OKABE_ITO
from analysis.i18n import t

WIDTH, DPI = 7.2, 130
BLUE, ORANGE, GREY = "#0072B2", "#D55E00", "#777777"


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)  # no bbox_inches="tight": it draws the figure twice
    return buffer.getvalue()


def _frame(height: float, legend_lines: int = 0) -> tuple[Figure, object]:
    fig = Figure(figsize=(WIDTH, height + 0.16 * legend_lines), layout="constrained")
    if legend_lines:
        ax, notes = fig.subplots(2, 1, height_ratios=[height, 0.16 * legend_lines])
        notes.set_axis_off()
    else:
        ax = fig.add_subplot()
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#EEEEEE")
    ax.set_axisbelow(True)
    return fig, ax


def event_legend(events: list[dict], lang: str) -> list[str]:
    return [f"{i} · {e['date'][8:10]}/{e['date'][5:7]} : {e['label_en'] if lang == 'en' else e['label_fr']}"
            for i, e in enumerate(events, start=1)]


def volume(days: pd.DataFrame, events: list[dict], lang: str) -> bytes:
    """Posts per day (columns day, n) with numbered event lines and their legend under the chart."""
    fig, ax = _frame(3.2, len(events))
    ax.bar(days["day"].to_numpy(), days["n"].to_numpy(), color=BLUE, width=0.9)
    top = float(days["n"].max()) if len(days) else 1.0
    for i, event in enumerate(events, start=1):
        when = np.datetime64(event["date"])
        ax.axvline(when, color=GREY, linestyle=":", linewidth=1)
        ax.annotate(str(i), (when, top * (1.04 if i % 2 else 1.13)), ha="center", fontsize=8, color="#333333",
                    bbox=dict(boxstyle="circle,pad=0.2", fc="white", ec=GREY))
    ax.set_ylim(0, top * 1.22)  # room for the numbered marks, staggered so neighbours never overlap
    ax.xaxis.set_major_formatter(DateFormatter("%d/%m"))
    ax.set_ylabel(t("rep_posts_per_day", lang))
    ax.tick_params(axis="x", labelrotation=30)
    if events:
        fig.axes[1].text(0, 1, "\n".join(event_legend(events, lang)), fontsize=7, va="top", color="#333333",
                         transform=fig.axes[1].transAxes)
    return _png(fig)


def shares(table: pd.DataFrame, label: str, axis_label: str) -> bytes:
    """Horizontal bars of the share of posts (table: label, n, share), as percentages."""
    fig, ax = _frame(0.6 + 0.32 * max(3, len(table)))
    ax.barh(table[label].astype(str).to_numpy()[::-1], 100 * table["share"].to_numpy()[::-1], color=BLUE)
    for y, value in enumerate(100 * table["share"].to_numpy()[::-1]):
        ax.text(value, y, f" {value:.1f} %".replace(".", ","), va="center", fontsize=8)
    ax.set_xlabel(axis_label)
    ax.grid(axis="x", color="#EEEEEE")
    return _png(fig)


def party_bars(summary: pd.DataFrame, lang: str) -> bytes:
    """Posts naming each party, coloured by the mean tone toward it."""
    fig, ax = _frame(0.6 + 0.32 * max(3, len(summary)))
    tone = summary["tone"].fillna(0).to_numpy()
    colours = [ORANGE if v < -0.05 else (OKABE_ITO[3] if v > 0.05 else GREY) for v in tone]
    ax.barh(summary["party"].astype(str).to_numpy()[::-1], summary["posts"].to_numpy()[::-1], color=colours[::-1])
    for y, (n, v) in enumerate(zip(summary["posts"].to_numpy()[::-1], tone[::-1])):
        ax.text(n, y, f" {int(n)} ({t('rep_tone', lang)} {v:+.2f})", va="center", fontsize=8)
    ax.set_xlabel(t("rep_posts_naming", lang))
    return _png(fig)


def call_vs_boycott(regions: pd.DataFrame, lang: str) -> bytes:
    """Per region, posts calling to vote and posts calling to boycott, side by side."""
    fig, ax = _frame(0.8 + 0.36 * max(3, len(regions)))
    y = np.arange(len(regions))[::-1]
    ax.barh(y + 0.2, regions["call_to_vote"].to_numpy(), height=0.4, color=BLUE, label=t("rep_calls", lang))
    ax.barh(y - 0.2, regions["boycott"].to_numpy(), height=0.4, color=ORANGE, label=t("rep_boycotts", lang))
    ax.set_yticks(y, regions["region"].astype(str).to_numpy())
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    ax.set_xlabel(t("rep_posts", lang))
    return _png(fig)
