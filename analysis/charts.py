"""Tidy frame -> plotly Figure, one function per chart; no group-by in here."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.colors import color_map

FONT = dict(family="DejaVu Sans, Arial, sans-serif", size=14)


def _layout(fig: go.Figure, title: str, height: int = 420) -> go.Figure:
    fig.update_layout(title=title, height=height, font=FONT, margin=dict(l=40, r=20, t=60, b=40),
                      legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0), hovermode="closest",
                      plot_bgcolor="white")
    fig.update_xaxes(showgrid=True, gridcolor="#EEEEEE")
    fig.update_yaxes(showgrid=True, gridcolor="#EEEEEE")
    return fig


def add_events(fig: go.Figure, events: list[dict], lang: str = "fr") -> go.Figure:
    """Campaign events as dotted vertical lines with short hover labels (shapes: no extra traces)."""
    for i, event in enumerate(events):
        label = event["label_en"] if lang == "en" else event["label_fr"]
        fig.add_vline(x=pd.Timestamp(event["date"]).timestamp() * 1000, line_dash="dot", line_color="#777777",
                      line_width=1, annotation_text=label[:28] + ("…" if len(label) > 28 else ""),
                      annotation_textangle=-90, annotation_font_size=10,
                      annotation_position="top left" if i % 2 else "bottom left")
    return fig


def stacked_volume(tidy: pd.DataFrame, group: str, colors: dict, title: str, events: list[dict] | None = None,
                   labels: dict | None = None, lang: str = "fr") -> go.Figure:
    """Posts per day as stacked bars, one colour per group (tidy: day, group, n)."""
    fig = go.Figure()
    cmap = color_map(tidy[group].unique(), colors)
    for value, part in tidy.groupby(group, sort=True):
        fig.add_bar(x=part["day"], y=part["n"], name=(labels or {}).get(value, value), marker_color=cmap[value],
                    customdata=part[[group]].to_numpy(), hovertemplate="%{x|%d/%m/%Y} : %{y} posts<extra>%{fullData.name}</extra>")
    fig.update_layout(barmode="stack", bargap=0.1)
    _layout(fig, title)
    return add_events(fig, events or [], lang)


def horizontal_bars(tidy: pd.DataFrame, label: str, value: str, title: str, color: str = "#0072B2") -> go.Figure:
    fig = go.Figure(go.Bar(x=tidy[value], y=tidy[label], orientation="h", marker_color=color,
                           hovertemplate="%{y} : %{x}<extra></extra>"))
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, title, height=max(300, 28 * len(tidy) + 80))
