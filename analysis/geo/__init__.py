"""Geo: where a point lies (point-in-polygon on the shipped regions and cercles) and the map outlines.

Offers: points (locate lat/lon), shapes (outlines and label points for the offline maps).
"""
from analysis.geo import points, shapes

__all__ = ["points", "shapes"]
