"""A synthetic corpus for the alert rules: steady hourly volumes per region and platform, with events."""
from __future__ import annotations

import numpy as np
import pandas as pd

START = pd.Timestamp("2020-03-01", tz="UTC")
REGIONS = {"Bamako": 6.0, "Ségou": 2.0, "Mopti": 1.5}        # posts per hour at the busiest hour
PLATFORMS = {"facebook": 0.6, "whatsapp": 0.25, "twitter": 0.15}
PROFILE = np.clip(np.sin((np.arange(24) - 6) / 24 * 2 * np.pi) + 0.4, 0.05, None)   # busy afternoons, quiet nights


def corpus(days: int = 40, seed: int = 0, silence=None, keep_platform: str | None = None) -> pd.DataFrame:
    """silence: (region, first hour, hours) during which the region's posts stop (every platform, or all but
    keep_platform)."""
    rng = np.random.default_rng(seed)
    rows = []
    for region, rate in REGIONS.items():
        for platform, share in PLATFORMS.items():
            lam = rate * share * np.tile(PROFILE, days)
            n = rng.poisson(lam)
            if silence and silence[0] == region and platform != keep_platform:
                n[silence[1]:silence[1] + silence[2]] = 0
            hours = np.repeat(np.arange(days * 24), n)
            rows.append(pd.DataFrame({"hour": hours, "region": region, "platform": platform}))
    frame = pd.concat(rows, ignore_index=True)
    seconds = rng.uniform(0, 3600, len(frame))
    frame["created_at"] = START + pd.to_timedelta(frame["hour"] * 3600 + seconds, unit="s")
    frame["region_source"] = "author"
    frame["participation"] = np.where(rng.random(len(frame)) < 0.04, "boycott", "")
    frame["hostility"] = np.where(rng.random(len(frame)) < 0.03, "hostile", "not_hostile")
    frame["dup_group"] = ""
    frame["author_id"] = "u" + pd.Series(rng.integers(0, 3000, len(frame))).astype(str)
    frame["post_id"] = "facebook:" + pd.Series(np.arange(len(frame))).astype(str)
    return frame.drop(columns="hour")


def add_posts(frame: pd.DataFrame, region: str, start_hour: int, hours: int, n: int, seed: int = 1, **columns):
    """n more posts in the region over the given hours, with the given column values."""
    rng = np.random.default_rng(seed)
    extra = pd.DataFrame({"created_at": START + pd.to_timedelta(start_hour * 3600 + rng.uniform(0, hours * 3600, n),
                                                                unit="s"),
                          "region": region, "platform": "facebook", "region_source": "author", "participation": "",
                          "hostility": "not_hostile", "dup_group": "", "author_id": "x" + pd.Series(range(n)).astype(str),
                          "post_id": "twitter:x" + pd.Series(range(n)).astype(str)})
    for key, value in columns.items():
        extra[key] = value
    return pd.concat([frame, extra], ignore_index=True)
