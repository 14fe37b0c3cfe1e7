"""Sentiment page charts: tone small multiples over time, tone distribution per platform."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.charts.overview import _layout
from analysis.charts.base import axes, custom, event_markers, event_shapes, grid_layout
from analysis.charts.colours import color_map


def tone_panels(tidy: pd.DataFrame, facet: str, order: list[str], colors: dict, title: str,
                events: list[dict] | None = None, lang: str = "fr", freq: str = "W") -> go.Figure:
    """One panel per facet value (in order): mean tone per period, marker size ~ n (tidy: period, facet, tone, n)."""
    cmap = color_map(order, colors)
    biggest = max(1, int(tidy["n"].max())) if len(tidy) else 1
    fmt = "%d/%m/%Y" if freq == "D" else "sem. du %d/%m/%Y" if lang == "fr" else "week of %d/%m/%Y"
    traces = []
    for i, name in enumerate(order):
        part = tidy[tidy[facet] == name]
        traces.append(go.Scatter(
            x=part["period"], y=part["tone"], mode="lines+markers", name=name, line=dict(color=cmap[name], width=2),
            marker=dict(size=(6 + 12 * (part["n"] / biggest) ** 0.5).to_numpy(), color=cmap[name]),
            customdata=custom([name] * len(part), part["period"].dt.strftime("%Y-%m-%d"), part["n"]),
            hovertemplate=f"<b>{name}</b><br>%{{x|{fmt}}}<br>%{{y:+.2f}} (n = %{{customdata[2]}})<extra></extra>",
            **axes(i)))
    layout = grid_layout(order, title, cols=3, y_axis=dict(range=[-1.05, 1.05], zeroline=True,
                                                          zerolinecolor="#999999"))
    layout["shapes"] = event_shapes(events or [], len(order))
    if events:
        traces.append(event_markers(events, lang))
    return go.Figure(data=traces, layout=layout)


def tone_distribution(tidy: pd.DataFrame, by: str, colors: dict, title: str, labels: dict | None = None,
                      y_title: str = "", x_title: str = "ton") -> go.Figure:
    """Grouped bars: share of each group's posts per tone bin (tidy: <by>, bin, lo, hi, n, share)."""
    cmap = color_map(tidy[by].unique(), colors)
    bars = []
    for value, part in tidy.groupby(by, sort=True):
        mid = (part["lo"] + part["hi"]) / 2
        bars.append(go.Bar(x=mid, y=part["share"], name=(labels or {}).get(value, value), marker_color=cmap[value],
                           customdata=custom([value] * len(part), part["bin"], part["n"]),
                           hovertemplate=f"%{{fullData.name}}<br>{x_title} %{{x:+.1f}} : %{{y:.1%}} "
                                         "(n = %{customdata[2]})<extra></extra>"))
    fig = go.Figure(data=bars, layout=dict(barmode="group", bargap=0.15))
    _layout(fig, title)
    fig.update_layout(margin=dict(t=100), title=dict(y=0.97, yanchor="top"))  # room for the legend row
    fig.update_xaxes(range=[-1.05, 1.05], dtick=0.2)
    fig.update_yaxes(tickformat=".0%", title=y_title)
    fig.update_xaxes(title=x_title)
    return fig
