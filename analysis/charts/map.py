"""Offline choropleths over the shipped outlines (Choroplethmap on a blank "white-bg" style).

Bamako is a few pixels wide at country scale, so a small separate map (`bamako_inset`) shows it
labelled with its value, its dot on the main map is larger, and the main view can zoom on it.
Every shape also has a small marker at its label point: markers report clicks to Streamlit
reliably, polygons do not. Map text is avoided: it needs glyphs that maplibre fetches online.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.charts.overview import FONT
from analysis.charts.base import custom
from analysis.charts.colours import TONE_SCALE
from analysis.geo.shapes import BAMAKO, label_points, near_bamako, shapes as outlines

SEQUENTIAL = [[0.0, "#F7FBFF"], [0.35, "#9ECAE1"], [0.7, "#3182BD"], [1.0, "#08306B"]]
DIVERGING = TONE_SCALE
NO_DATA = "#E5E5E5"
INSET_ZOOM = 8.2
# Mali's bounding box (lat 10-25, lon -12.3..4.3) filling a 600 px figure: no empty band, no cropping.
COUNTRY_VIEW = {"lat": 17.5, "lon": -4.0, "zoom": 4.45}


def _background(shapes: dict, names: list[str], subplot: str = "map") -> go.Choroplethmap:
    """All shapes in light grey, so areas without data stay visible with their borders."""
    return go.Choroplethmap(geojson=shapes, locations=names, z=[0] * len(names), featureidkey="id",
                            colorscale=[[0, NO_DATA], [1, NO_DATA]], showscale=False, hoverinfo="skip",
                            marker_line_color="#FFFFFF", marker_line_width=0.6, subplot=subplot)


def _values(shapes: dict, has: pd.DataFrame, zrange: tuple, diverging: bool, value_label: str, value_format: str,
            subplot: str = "map") -> go.Choroplethmap:
    inset = subplot != "map"
    return go.Choroplethmap(
        geojson=shapes, locations=has["area"], z=has["value"], featureidkey="id", zmin=zrange[0],
        zmax=max(zrange[1], zrange[0] + 1e-9), colorscale=DIVERGING if diverging else SEQUENTIAL,
        marker_line_color="#FFFFFF", marker_line_width=0.6, subplot=subplot, showscale=not inset,
        customdata=custom(has["area"], has["n"]),
        colorbar=dict(title=dict(text=value_label, side="right"), thickness=16, len=0.8, ticks="outside",
                      tickformat=value_format.replace("+", ""), ticksuffix=suffix(value_label)),
        hovertemplate=f"<b>%{{location}}</b><br>{value_label} : %{{z:{value_format}}}{suffix(value_label)}<br>"
                      "n = %{customdata[1]}<extra></extra>")


def suffix(value_label: str) -> str:
    """Shares are drawn as percentages: their scale and hover say so."""
    return "\u202f%" if "%" in value_label else ""


def ranking(tidy: pd.DataFrame, title: str, value_label: str, value_format: str = ".2f", top: int = 15) -> go.Figure:
    """The areas named, with their value, highest first: the names a map without text cannot show."""
    has = tidy[np.isfinite(tidy["value"].to_numpy(dtype=float))].nlargest(top, "value")
    labels = [f"{format(v, value_format)}{suffix(value_label)}" for v in has["value"]]
    bar = dict(type="bar", orientation="h", x=has["value"].to_numpy(), y=has["area"].astype(str).to_numpy(),
               text=labels, textposition="outside", marker=dict(color="#3182BD"), cliponaxis=False,
               customdata=custom(has["area"], has["n"]),
               hovertemplate="<b>%{y}</b> : %{text}<br>n = %{customdata[1]}<extra></extra>")
    layout = dict(title=title, font=FONT, height=max(260, 26 * len(has) + 90), plot_bgcolor="white",
                  margin=dict(l=10, r=60, t=50, b=30), yaxis=dict(autorange="reversed", automargin=True),
                  xaxis=dict(title=value_label, showgrid=True, gridcolor="#EEEEEE"), showlegend=False)
    return go.Figure(data=[bar], layout=layout)


def _subset(shapes: dict, names) -> dict:
    """Only the named shapes: each trace carries just the outlines it draws (the GeoJSON dominates the payload)."""
    wanted = set(names)
    return {"type": "FeatureCollection", "features": [f for f in shapes["features"] if f["id"] in wanted]}


def _layers(shapes: dict, has: pd.DataFrame, zrange: tuple, diverging: bool, value_label: str, value_format: str,
            subplot: str = "map") -> list:
    """Grey shapes without data, coloured shapes with data; each outline sent once."""
    missing = [f["id"] for f in shapes["features"] if f["id"] not in set(has["area"])]
    layers = [_background(_subset(shapes, missing), missing, subplot)] if missing else []
    mine = has[has["area"].isin([f["id"] for f in shapes["features"]])]
    if len(mine):
        layers.append(_values(_subset(shapes, mine["area"]), mine, zrange, diverging, value_label, value_format,
                              subplot))
    return layers


def _zrange(has: pd.DataFrame, diverging: bool, zrange: tuple | None) -> tuple:
    top = float(has["value"].max()) if len(has) else 1.0
    return zrange or ((-1.0, 1.0) if diverging else (0.0, top))


def choropleth(tidy: pd.DataFrame, level: str, title: str, value_label: str, diverging: bool = False,
               value_format: str = ".2f", zoom_bamako: bool = False, zrange: tuple | None = None) -> go.Figure:
    """tidy: area, value, n (one row per shape of the level; NaN value = no data)."""
    shapes = outlines(level)  # shared and never modified: traces only get new lists of its features
    has = tidy[np.isfinite(tidy["value"].to_numpy(dtype=float))]
    zrange = _zrange(has, diverging, zrange)
    fig = go.Figure([*_layers(shapes, has, zrange, diverging, value_label, value_format),
                     _markers(tidy, level, value_label)])
    view = BAMAKO if zoom_bamako else COUNTRY_VIEW
    fig.update_layout(title=dict(text=title, y=0.98, yanchor="top"), font=FONT, height=600,
                      margin=dict(l=0, r=0, t=40, b=0), showlegend=False,
                      map=dict(style="white-bg", center=dict(lat=view["lat"], lon=view["lon"]), zoom=view["zoom"]))
    return fig


def bamako_inset(tidy: pd.DataFrame, level: str, value_label: str, diverging: bool = False,
                 value_format: str = ".2f", zrange: tuple | None = None) -> go.Figure:
    """A small separate map zoomed on Bamako and its neighbours, same colours as the main map.

    A figure of its own: two map subplots in one plotly figure draw the main map off-centre.
    """
    has = tidy[np.isfinite(tidy["value"].to_numpy(dtype=float))]
    zrange = _zrange(has, diverging, zrange)
    fig = go.Figure(_layers(near_bamako(level), has, zrange, diverging, value_label, value_format))
    fig.update_traces(showscale=False)
    fig.update_layout(title=dict(text=_bamako_label(tidy, value_format), font=dict(size=14)), font=FONT,
                      height=300, margin=dict(l=0, r=0, t=40, b=0), showlegend=False,
                      map=dict(style="white-bg", center=dict(lat=BAMAKO["lat"], lon=BAMAKO["lon"]), zoom=INSET_ZOOM))
    return fig


def _bamako_label(tidy: pd.DataFrame, value_format: str) -> str:
    row = tidy[tidy["area"] == "Bamako"]
    if row.empty or not np.isfinite(float(row["value"].iloc[0])):
        return "Bamako"
    return f"Bamako : {format(float(row['value'].iloc[0]), value_format)} (n = {int(row['n'].iloc[0])})"


def _markers(tidy: pd.DataFrame, level: str, value_label: str) -> go.Scattermap:
    """Clickable dots at the label points; no text (map text needs glyphs fetched online)."""
    points = label_points(level)
    rows = tidy[tidy["area"].isin(list(points))]
    bamako = (rows["area"] == "Bamako").to_numpy()
    return go.Scattermap(
        lat=[points[a][0] for a in rows["area"]], lon=[points[a][1] for a in rows["area"]], mode="markers",
        marker=dict(size=np.where(bamako, 11, 7).tolist(), color=np.where(bamako, "#000000", "#555555").tolist(),
                    opacity=0.7),
        customdata=custom(rows["area"], rows["n"]),
        hovertemplate=f"<b>%{{customdata[0]}}</b><br>{value_label}<br>n = %{{customdata[1]}}<extra></extra>")
