"""Charts: tidy frame -> plotly Figure, one function per chart, no group-by inside.

base (fonts, layout, event marks, shared helpers), colours (fixed colour-blind-safe palettes), overview,
tone, topics, participation, parties, map (offline choropleths), coordination, warnings (hostility over
time, a claim against its rebuttals, an alert's observed against expected).
"""
from analysis.charts import (base, colours, coordination, map, overview, participation, parties, tone, topics,
                             warnings)

__all__ = ["base", "colours", "coordination", "map", "overview", "participation", "parties", "tone", "topics",
           "warnings"]
