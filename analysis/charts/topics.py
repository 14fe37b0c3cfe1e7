"""Thèmes page charts: normalised topic share over time, row-normalised heatmaps."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.charts.overview import _layout, add_events
from analysis.charts.base import custom
from analysis.charts.colours import OKABE_ITO, TOL_MUTED, color_map
from analysis.i18n.trends import TOPIC_LABELS

# One fixed colour per taxonomy topic, so a topic keeps its colour whatever the filters.
TOPIC_COLORS = dict(zip(sorted(TOPIC_LABELS), [c for c in OKABE_ITO + TOL_MUTED if c != "#000000"]))
SEQUENTIAL = [[0.0, "#F7FBFF"], [0.5, "#6BAED6"], [1.0, "#08306B"]]  # single-hue blues, colour-blind safe


def share_area(tidy: pd.DataFrame, labels: dict, title: str, events: list[dict] | None = None,
               lang: str = "fr") -> go.Figure:
    """Stacked areas of each topic's share per period (tidy: period, topics, n, share; shares sum to 1)."""
    cmap = color_map(tidy["topics"].unique(), TOPIC_COLORS)
    traces = []
    for topic, part in tidy.groupby("topics", sort=True):
        traces.append(go.Scatter(
            x=part["period"], y=part["share"], name=labels.get(topic, topic), stackgroup="topics", mode="lines",
            line=dict(width=0.5, color=cmap[topic]), fillcolor=cmap[topic],
            customdata=custom([topic] * len(part), part["period"].dt.strftime("%Y-%m-%d"), part["n"]),
            hovertemplate="%{fullData.name}<br>%{x|%d/%m/%Y} : %{y:.1%} (n = %{customdata[2]})<extra></extra>"))
    fig = go.Figure(data=traces)
    _layout(fig, title, height=480)
    fig.update_yaxes(tickformat=".0%", range=[0, 1])
    fig.update_layout(legend=dict(orientation="v", x=1.02, y=1, yanchor="top"), margin=dict(r=220))
    return add_events(fig, events or [], lang)


def share_heatmap(tidy: pd.DataFrame, row: str, rows: list[str], columns: list[str], col_labels: dict,
                  title: str) -> go.Figure:
    """Row-normalised heatmap (tidy: <row>, topics, n, share) with clickable cell centres."""
    wide = tidy.pivot_table(index=row, columns="topics", values="share", fill_value=0.0).reindex(
        index=rows, columns=columns, fill_value=0.0)
    counts = tidy.pivot_table(index=row, columns="topics", values="n", fill_value=0).reindex(
        index=rows, columns=columns, fill_value=0)
    x = [col_labels.get(c, c) for c in columns]
    fig = go.Figure(go.Heatmap(z=wide.to_numpy(), x=x, y=rows, colorscale=SEQUENTIAL, zmin=0, hoverinfo="skip",
                               colorbar=dict(tickformat=".0%")))
    cells = [(r, c, col_labels.get(c, c), int(counts.loc[r, c]), float(wide.loc[r, c])) for r in rows for c in columns]
    # Heatmap cells report no clicks to Streamlit: a transparent marker on each cell carries hover and click.
    fig.add_trace(go.Scatter(x=[c[2] for c in cells], y=[c[0] for c in cells], mode="markers",
                             marker=dict(size=22, color="rgba(0,0,0,0)"),
                             customdata=custom(*zip(*[(c[0], c[1], c[3], c[4]) for c in cells])) if cells else None,
                             hovertemplate="%{y} · %{x}<br>%{customdata[3]:.1%} (n = %{customdata[2]})<extra></extra>",
                             showlegend=False))
    _layout(fig, title, height=max(320, 30 * len(rows) + 180))
    fig.update_layout(hoverdistance=40)
    fig.update_xaxes(tickangle=-35, showgrid=False)
    fig.update_yaxes(autorange="reversed", showgrid=False)
    return fig
