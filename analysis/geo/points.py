"""Point-in-polygon over the shipped cercle map, vectorised (numpy ray casting, bounding-box prefilter).

The map is the 2020 layout (49 cercles + Bamako district): Ménaka is a cercle of Gao and the
Taoudénit area lies inside Tombouctou, which is exactly the 2020 electoral geography.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from analysis import paths

MAPS_DIR = paths.MAPS
CERCLES_PATH = MAPS_DIR / "mali_adm2_cercles.geojson"
REGIONS_PATH = MAPS_DIR / "mali_adm1_regions.geojson"
_CHUNK = 4096


@dataclass(frozen=True)
class Area:
    region: str
    cercle: str          # "" for Bamako (the map has no commune polygons)
    bbox: tuple[float, float, float, float]   # lon_min, lat_min, lon_max, lat_max
    edges: np.ndarray    # (m, 4): x1, y1, x2, y2 of every ring edge (outer rings and holes)


def _polygons(geometry: dict) -> list:
    coords = geometry["coordinates"]
    return [coords] if geometry["type"] == "Polygon" else coords


def _edges(polygons: list) -> np.ndarray:
    parts = []
    for polygon in polygons:
        for ring in polygon:
            ring = np.asarray(ring, dtype=float)
            parts.append(np.hstack([ring[:-1], ring[1:]]))
    return np.vstack(parts)


@lru_cache(maxsize=1)
def areas() -> tuple[Area, ...]:
    with open(CERCLES_PATH, encoding="utf-8") as fh:
        features = json.load(fh)["features"]
    out = []
    for feature in features:
        props = feature["properties"]
        edges = _edges(_polygons(feature["geometry"]))
        xs, ys = edges[:, [0, 2]], edges[:, [1, 3]]
        cercle = "" if props["name_fr"] == "Bamako" else props["name_fr"]
        out.append(Area(props["adm1_name_fr"], cercle, (xs.min(), ys.min(), xs.max(), ys.max()), edges))
    return tuple(out)


def _inside(lon: np.ndarray, lat: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Even-odd ray casting towards +x for many points against many edges."""
    x1, y1, x2, y2 = (edges[:, i][None, :] for i in range(4))
    y = lat[:, None]
    crosses = (y1 > y) != (y2 > y)
    with np.errstate(divide="ignore", invalid="ignore"):
        x_cross = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
    return ((crosses & (lon[:, None] < x_cross)).sum(axis=1) % 2) == 1


def locate(lat, lon) -> tuple[np.ndarray, np.ndarray]:
    """Region and cercle names ("" outside Mali or when missing) for arrays of coordinates."""
    lat = np.asarray(lat, dtype=float)
    lon = np.asarray(lon, dtype=float)
    region = np.full(lat.shape, "", dtype=object)
    cercle = np.full(lat.shape, "", dtype=object)
    todo = np.flatnonzero(np.isfinite(lat) & np.isfinite(lon))
    for area in areas():
        if not len(todo):
            break
        x0, y0, x1, y1 = area.bbox
        cand = todo[(lon[todo] >= x0) & (lon[todo] <= x1) & (lat[todo] >= y0) & (lat[todo] <= y1)]
        for start in range(0, len(cand), _CHUNK):
            part = cand[start:start + _CHUNK]
            hit = part[_inside(lon[part], lat[part], area.edges)]
            region[hit], cercle[hit] = area.region, area.cercle
        todo = todo[region[todo] == ""]
    return region, cercle
