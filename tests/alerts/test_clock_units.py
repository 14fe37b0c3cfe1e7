"""Hours since the clock's start do not depend on the timestamps' resolution: the store's frame comes in
microseconds, a frame parsed from text in nanoseconds (the hours were once read as nanoseconds whatever the unit,
so a store's 86 days looked like 10 hours and no volume alert could fire)."""
import numpy as np
import pandas as pd

from analysis.alerts.series import clock_and_hours


def test_hours_are_the_same_in_micro_and_nanoseconds():
    times = pd.Series(pd.to_datetime(["2020-02-20 07:59", "2020-03-01 00:30", "2020-05-15 22:04"], utc=True))
    clocks = [clock_and_hours(times.astype(f"datetime64[{unit}, UTC]"), 6) for unit in ("ns", "us", "s")]
    for clock, hours in clocks:
        assert clock == clocks[0][0] and np.array_equal(hours, clocks[0][1])
    clock, hours = clocks[1]
    assert hours.tolist() == [7, 10 * 24, 85 * 24 + 22]  # from midnight UTC of 20 February
    assert clock.n_hours == 85 * 24 + 23
