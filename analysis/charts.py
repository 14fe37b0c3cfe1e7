"""Tidy frame -> plotly Figure, one function per chart; no group-by in here."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.colors import color_map

FONT = dict(family="DejaVu Sans, Arial, sans-serif", size=14)


def _layout(fig: go.Figure, title: str, height: int = 420) -> go.Figure:
    grid = dict(showgrid=True, gridcolor="#EEEEEE")
    fig.update_layout(title=title, height=height, font=FONT, margin=dict(l=40, r=20, t=60, b=40),
                      legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0), hovermode="closest",
                      plot_bgcolor="white", xaxis=grid, yaxis=grid)
    return fig


def add_events(fig: go.Figure, events: list[dict], lang: str = "fr") -> go.Figure:
    """Campaign events as dotted vertical lines with short labels, added in one layout update (fast)."""
    shapes, notes = list(fig.layout.shapes or ()), list(fig.layout.annotations or ())
    for i, event in enumerate(events):
        label = event["label_en"] if lang == "en" else event["label_fr"]
        short = label[:28] + ("…" if len(label) > 28 else "")
        shapes.append(dict(type="line", xref="x", yref="paper", x0=event["date"], x1=event["date"], y0=0, y1=1,
                           line=dict(color="#777777", width=1, dash="dot")))
        notes.append(dict(x=event["date"], xref="x", yref="paper", y=1 if i % 2 else 0.5, text=short,
                          textangle=-90, showarrow=False, font=dict(size=10, color="#555555"),
                          xanchor="right", yanchor="top", hovertext=label))
    fig.update_layout(shapes=shapes, annotations=notes)
    return fig


def stacked_volume(tidy: pd.DataFrame, group: str, colors: dict, title: str, events: list[dict] | None = None,
                   labels: dict | None = None, lang: str = "fr") -> go.Figure:
    """Posts per day as stacked bars, one colour per group (tidy: day, group, n)."""
    cmap = color_map(tidy[group].unique(), colors)
    bars = [go.Bar(x=part["day"], y=part["n"], name=(labels or {}).get(value, value), marker_color=cmap[value],
                   customdata=part[[group]].to_numpy(),
                   hovertemplate="%{x|%d/%m/%Y} : %{y} posts<extra>%{fullData.name}</extra>")
            for value, part in tidy.groupby(group, sort=True)]
    fig = go.Figure(data=bars, layout=dict(barmode="stack", bargap=0.1))
    _layout(fig, title)
    return add_events(fig, events or [], lang)


def horizontal_bars(tidy: pd.DataFrame, label: str, value: str, title: str, color: str = "#0072B2") -> go.Figure:
    fig = go.Figure(go.Bar(x=tidy[value], y=tidy[label], orientation="h", marker_color=color,
                           hovertemplate="%{y} : %{x}<extra></extra>"))
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, title, height=max(300, 28 * len(tidy) + 80))
