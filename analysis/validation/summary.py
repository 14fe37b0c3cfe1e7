"""The sentence a report prints about the machine's measured accuracy: per field, how many posts people validated
and the machine's macro-F1 against them (nothing is claimed for a field nobody validated)."""
from __future__ import annotations

import pandas as pd

from analysis.i18n import t
from analysis.validation import desk, fields


def accuracy_sentence(posts: pd.DataFrame, stored_labels: pd.DataFrame, model_rows: dict, lang: str = "fr") -> str | None:
    """e.g. "tonalité : 300 posts validés, F1 macro de la machine 0,71 ; hostilité : …", or None when no field is
    validated yet. `model_rows` maps a field to its latest stored model row (or None)."""
    parts = []
    for name in fields.FIELDS:
        figures = desk.figures(posts, stored_labels, model_rows.get(name), name)
        judged = figures["machine"]
        if not figures["n_validated"] or not judged:
            continue
        f1 = f"{judged['macro_f1']:.2f}".replace(".", "," if lang == "fr" else ".")
        parts.append(t("rep_accuracy_field", lang, field=t(f"field_{name}", lang), n=figures["n_validated"], f1=f1))
    return " ; ".join(parts) or None
