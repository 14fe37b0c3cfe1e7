"""Charts of the party comparison page; every mark carries customdata [party, key, n] for click-through.

Figures resting on fewer than SMALL_N posts are drawn hatched and labelled "n < 30". Figures are built
in one go.Figure(data, layout) call with numpy customdata: plotly validates that about ten times faster
than successive update_layout calls, which matters when the page re-runs at every filter change.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.aggregate.parties import SMALL_N
from analysis.charts.overview import FONT, event_marks
from analysis.charts.colours import PARTY_COLORS, SENTIMENT_COLORS, color_map

GRID = dict(showgrid=True, gridcolor="#EEEEEE")


def _layout(title: str, height: int = 420, **extra) -> dict:
    """The look of analysis.charts._layout, as one dict."""
    layout = dict(title=dict(text=title), height=height, font=FONT, margin=dict(l=40, r=20, t=60, b=40),
                  legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0), hovermode="closest",
                  plot_bgcolor="white", xaxis=dict(GRID), yaxis=dict(GRID))
    for key, value in extra.items():
        layout[key] = {**layout[key], **value} if isinstance(layout.get(key), dict) else value
    return layout


def _custom(*columns) -> np.ndarray:
    return np.column_stack([np.asarray(c, dtype=object) for c in columns]) if len(columns[0]) else \
        np.empty((0, len(columns)), dtype=object)


def _hatch(small) -> dict:
    """Hatching for small samples; a scalar when no bar needs it (per-bar arrays are slow to validate)."""
    small = np.asarray(small, dtype=bool)
    return dict(shape=np.where(small, "/", "") if small.any() else "", fgcolor="#444444", solidity=0.3)


def share_lines(tidy: pd.DataFrame, parties: list[str], title: str, y_title: str, events: list[dict] | None = None,
                lang: str = "fr", small_label: str = "n < 30") -> go.Figure:
    """Share of voice per period, one line per party (tidy: period, party, n, total, share, small).

    Points resting on fewer than SMALL_N posts get a white centre (one overlay trace, named in the legend):
    per-point symbol arrays would cost plotly ~20 ms of validation per trace.
    """
    cmap = color_map(parties, PARTY_COLORS)
    hover = ("<b>%{customdata[0]}</b> · %{x|%d/%m/%Y}<br>%{y:.1%} (%{customdata[2]} / %{customdata[3]} posts)"
             "<extra></extra>")
    traces = []
    for party in parties:
        part = tidy[tidy["party"] == party]
        days = part["period"].dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
        traces.append(dict(
            type="scatter", x=days, y=part["share"].to_numpy(float), mode="lines+markers", name=party,
            line=dict(color=cmap[party], width=2.5), marker=dict(size=10, color=cmap[party]),
            customdata=_custom([party] * len(part), days, part["n"], part["total"]), hovertemplate=hover))
    small = tidy[tidy["party"].isin(parties) & tidy["small"].astype(bool)]
    if len(small):
        days = small["period"].dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
        traces.append(dict(
            type="scatter", x=days, y=small["share"].to_numpy(float), mode="markers", name=small_label,
            marker=dict(size=5, color="white", line=dict(width=1, color="#555555")), hovertemplate=hover,
            customdata=_custom(small["party"], days, small["n"], small["total"])))
    layout = _layout(title, yaxis=dict(tickformat=".0%", title=dict(text=y_title), rangemode="tozero"),
                     shapes=[], annotations=[])
    layout["shapes"], layout["annotations"] = event_marks(events or [], lang)
    return go.Figure(data=traces, layout=layout)


def tone_bars(tidy: pd.DataFrame, title: str, words: dict[str, str], mean_word: str, small_label: str) -> go.Figure:
    """Per party, the shares of negative / neutral / positive mentions as stacked horizontal bars, with the
    mean tone and n in the row label (tidy: party, tone, n, negative, neutral, positive, small)."""
    shown = tidy[tidy["n"] > 0]
    rows = [f"<b>{p}</b>  {mean_word} {t:+.2f} · n = {n}" + (f" · {small_label}" if s else "")
            for p, t, n, s in zip(shown["party"], shown["tone"], shown["n"], shown["small"])]
    traces = [dict(type="bar", y=rows, x=shown[label].to_numpy(float), orientation="h", name=words[label],
                   marker=dict(color=SENTIMENT_COLORS[label], pattern=_hatch(shown["small"])),
                   customdata=_custom(shown["party"], [label] * len(shown), shown["n"], shown["tone"]),
                   hovertemplate="<b>%{customdata[0]}</b> · %{fullData.name} : %{x:.0%}<extra></extra>")
              for label in ("negative", "neutral", "positive")]
    layout = _layout(title, 140 + 60 * len(shown), barmode="stack", bargap=0.35, legend=dict(traceorder="normal"),
                     xaxis=dict(tickformat=".0%", range=[0, 1]), yaxis=dict(autorange="reversed", showgrid=False))
    return go.Figure(data=traces, layout=layout)


def mix_bars(tidy: pd.DataFrame, column: str, parties: list[str], labels: dict, title: str, y_title: str,
             top: int = 10) -> go.Figure:
    """Grouped bars: share of each party's posts per topic or region (tidy: party, <column>, n, base, share)."""
    cmap = color_map(parties, PARTY_COLORS)
    busiest = tidy.groupby(column)["n"].sum().sort_values(ascending=False).head(top).index.tolist()
    names = [labels.get(v, v) for v in busiest]
    traces = []
    for party in parties:
        part = tidy[tidy["party"] == party].set_index(column).reindex(busiest)
        n, base = part["n"].fillna(0).astype(int), part["base"].fillna(0).astype(int)
        traces.append(dict(
            type="bar", x=names, y=part["share"].fillna(0.0).to_numpy(float), name=party,
            marker=dict(color=cmap[party], pattern=_hatch(base < SMALL_N)),
            customdata=_custom([party] * len(busiest), busiest, n, base),
            hovertemplate="<b>%{customdata[0]}</b> · %{x}<br>%{y:.1%} (%{customdata[2]} / %{customdata[3]} posts)"
                          "<extra></extra>"))
    layout = _layout(title, 440, barmode="group", bargap=0.2, yaxis=dict(tickformat=".0%", title=dict(text=y_title)),
                     xaxis=dict(tickangle=-30))
    return go.Figure(data=traces, layout=layout)
