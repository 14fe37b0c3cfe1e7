"""Plotly figures of the Coordination page: a group's timeline and the co-sharing network.
Tidy frames in (coordination_view), figures out; post text never goes into a chart."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.charts.overview import FONT
from analysis.charts.colours import PLATFORM_COLORS, color_map, OKABE_ITO, TOL_MUTED


def _layout(fig: go.Figure, title: str, height: int) -> go.Figure:
    """Legend under the plot, horizontal: above it, it ran into the title."""
    fig.update_layout(title=title, height=height, font=FONT, margin=dict(l=40, r=20, t=60, b=80),
                      plot_bgcolor="white", hovermode="closest",
                      legend=dict(orientation="h", yanchor="top", y=-0.12, x=0))
    return fig


def group_timeline(tidy: pd.DataFrame, title: str, platform_labels: dict, minutes_label: str) -> go.Figure:
    """One dot per post (tidy: created_at, platform, author, minutes), one row per platform in the
    order the message reached them."""
    order = list(pd.unique(tidy["platform"]))
    cmap = color_map(order, PLATFORM_COLORS)
    traces = [go.Scatter(x=part["created_at"], y=[platform_labels.get(p, p)] * len(part), mode="markers",
                         name=platform_labels.get(p, p), marker=dict(size=11, color=cmap[p], line=dict(width=1, color="white")),
                         customdata=part[["author", "minutes"]].to_numpy(),
                         hovertemplate="%{x|%d/%m/%Y %H:%M} · %{customdata[0]} · +%{customdata[1]} "
                                       + minutes_label + "<extra></extra>")
              for p in order for part in [tidy[tidy["platform"] == p]]]
    fig = go.Figure(traces)
    fig.update_yaxes(categoryorder="array", categoryarray=[platform_labels.get(p, p) for p in order][::-1],
                     showgrid=True, gridcolor="#EEEEEE")
    fig.update_xaxes(showgrid=True, gridcolor="#EEEEEE", tickformat="%H:%M\n%d/%m/%Y")
    return _layout(fig, title, height=max(260, 70 * len(order) + 140))


def network(nodes: pd.DataFrame, segments: pd.DataFrame, title: str, links_label: str) -> go.Figure:
    """Accounts as dots (size = number of partners), co-sharing ties as grey lines, one colour per network."""
    palette = OKABE_ITO + TOL_MUTED
    nets = sorted(nodes["network_id"].unique())
    traces = [go.Scatter(x=segments["x"], y=segments["y"], mode="lines", line=dict(color="#BBBBBB", width=1),
                         hoverinfo="skip", showlegend=False)]
    for k, net in enumerate(nets):
        part = nodes[nodes["network_id"] == net]
        traces.append(go.Scatter(x=part["x"], y=part["y"], mode="markers", name=net,
                                 marker=dict(size=7 + part["degree"].clip(upper=10), color=palette[k % len(palette)],
                                             line=dict(width=1, color="white")),
                                 customdata=part[["account", "degree"]].to_numpy(),
                                 hovertemplate="%{customdata[0]} · %{customdata[1]} " + links_label + "<extra>"
                                               + net + "</extra>"))
    fig = go.Figure(traces)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x")
    return _layout(fig, title, height=560)
