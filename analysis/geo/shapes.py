"""The shipped Mali outlines (data/maps) for choropleths: lighter copies, names, label points.

Outlines are simplified (Ramer-Douglas-Peucker, 0.01°, about 1 km): the map is drawn at country
scale, and plotly copies and serialises the GeoJSON on every re-run, so fewer points is faster pages.
"""
from __future__ import annotations

import json
from functools import lru_cache

import numpy as np
from analysis import paths

MAPS_DIR = paths.MAPS
FILES = {"region": "mali_adm1_regions.geojson", "cercle": "mali_adm2_cercles.geojson"}
STEP = 0.01
BAMAKO = {"lat": 12.62, "lon": -7.99, "zoom": 9.0}
MALI_VIEW = {"lat": 17.4, "lon": -4.0, "zoom": 4.35}


def _far_points(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Ramer-Douglas-Peucker: mask of the points kept so no dropped point is farther than tolerance."""
    keep = np.zeros(len(points), dtype=bool)
    keep[[0, -1]] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        if b - a < 2:
            continue
        seg = points[b] - points[a]
        rel = points[a + 1:b] - points[a]
        length = np.hypot(*seg)
        dist = np.abs(seg[0] * rel[:, 1] - seg[1] * rel[:, 0]) / length if length else np.hypot(rel[:, 0], rel[:, 1])
        i = int(np.argmax(dist))
        if dist[i] > tolerance:
            keep[a + 1 + i] = True
            stack += [(a, a + 1 + i), (a + 1 + i, b)]
    return keep


def _simplify_ring(ring) -> np.ndarray:
    """A (n, 2) float array: plotly serialises numpy arrays in one call, nested lists point by point."""
    points = np.asarray(ring, dtype=float)
    if len(points) < 8:
        return points
    simple = points[_far_points(points, STEP)]
    if len(simple) < 4:  # too small once simplified: keep the original ring
        return points
    return np.round(simple, 4)


def _simplify(geometry: dict) -> dict:
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    simple = [[_simplify_ring(ring) for ring in polygon] for polygon in polygons]
    return {"type": "MultiPolygon", "coordinates": simple}


@lru_cache(maxsize=2)
def shapes(level: str) -> dict:
    """FeatureCollection for 'region' or 'cercle'; each feature's id is its French name."""
    if level not in FILES:
        raise ValueError(f"unknown map level {level!r} (use region or cercle)")
    with open(MAPS_DIR / FILES[level], encoding="utf-8") as fh:
        raw = json.load(fh)
    features = []
    for feature in raw["features"]:
        props = feature["properties"]
        region = props.get("adm1_name_fr", props["name_fr"])
        features.append({"type": "Feature", "id": props["name_fr"], "geometry": _simplify(feature["geometry"]),
                         "properties": {"name": props["name_fr"], "region": region}})
    return {"type": "FeatureCollection", "features": features}


def names(level: str) -> list[str]:
    return [f["id"] for f in shapes(level)["features"]]


@lru_cache(maxsize=2)
def label_points(level: str) -> dict[str, tuple[float, float]]:
    """name -> (lat, lon) near the middle of the largest polygon (bounding-box centre of its outer ring)."""
    out = {}
    for feature in shapes(level)["features"]:
        rings = [np.asarray(polygon[0]) for polygon in feature["geometry"]["coordinates"]]
        ring = max(rings, key=len)
        lon = (ring[:, 0].min() + ring[:, 0].max()) / 2
        lat = (ring[:, 1].min() + ring[:, 1].max()) / 2
        out[feature["id"]] = (float(lat), float(lon))
    return out


@lru_cache(maxsize=2)
def near_bamako(level: str, lat_pad: float = 0.4, lon_pad: float = 0.6) -> dict:
    """The shapes touching a window around Bamako (what an inset map needs)."""
    lat0, lat1 = BAMAKO["lat"] - lat_pad, BAMAKO["lat"] + lat_pad
    lon0, lon1 = BAMAKO["lon"] - lon_pad, BAMAKO["lon"] + lon_pad
    keep = []
    for feature in shapes(level)["features"]:
        points = np.vstack([np.asarray(ring) for polygon in feature["geometry"]["coordinates"] for ring in polygon])
        if (points[:, 0].max() >= lon0 and points[:, 0].min() <= lon1 and points[:, 1].max() >= lat0
                and points[:, 1].min() <= lat1):
            keep.append(feature)
    return {"type": "FeatureCollection", "features": keep}
