"""Read chart data back from a rendered plotly spec (plotly 6+ ships arrays as base64 typed arrays)."""
import base64
import json

import numpy as np


def decode(values):
    if isinstance(values, dict) and "bdata" in values:
        array = np.frombuffer(base64.b64decode(values["bdata"]), dtype=np.dtype(values["dtype"]))
        shape = values.get("shape")
        if shape:
            array = array.reshape([int(s) for s in str(shape).split(",")])
        return array.tolist()
    return values


def spec(element) -> dict:
    return json.loads(element.proto.spec)


def traces(element) -> list[dict]:
    out = []
    for trace in spec(element)["data"]:
        out.append({k: decode(v) for k, v in trace.items()})
    return out
