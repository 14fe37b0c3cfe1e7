"""What the labels measure, drawn: the desk's agreement and accuracy report, and the Méthode page's table of
the figures measured on the user's own validation."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.validation import desk, fields
from ui import tables, validation
from ui.state import lang, t


def number(value, digits: int = 2) -> str:
    """0.7143 -> "0,71" in French, "0.71" in English; None -> "—"."""
    if value is None or pd.isna(value):
        return "—"
    text = f"{value:.{digits}f}"
    return text if lang() == "en" else text.replace(".", ",")


def _people(people: dict | None) -> None:
    people = people or {}
    c1, c2 = st.columns(2)
    c1.metric(f"{t('val_alpha')} · n = {people.get('n_items', 0)}", number(people.get("krippendorff_alpha")),
              help=t("val_double_n"))
    c2.metric(t("val_percent"), number(people.get("percent_agreement")))
    kappa = people.get("cohen_kappa") or {}
    if kappa:
        st.caption(t("val_kappa"))
        tables.show(pd.DataFrame({"pair": list(kappa), "kappa": list(kappa.values())}), decimals={"kappa": 2},
                    labels={"pair": t("val_pair"), "kappa": "Kappa"})


def _model(model: dict | None) -> None:
    if model is None:
        st.caption(t("val_shipped"))
    else:
        st.caption(t("val_model", version=model["version"], n=model["n_labels"], f1=number(model["cv_macro_f1"])))


def per_class(field: str, report: dict) -> None:
    """Per-class precision, recall, F1 and support, then the confusion of people against the machine."""
    table = desk.per_class_table(report)
    table["class"] = [validation.class_name(field, c) for c in table["class"]]
    tables.show(table, labels={"class": t("val_class"), "precision": t("val_precision"), "recall": t("val_recall"),
                               "f1": t("val_f1"), "support": t("val_support")},
                decimals={"precision": 2, "recall": 2, "f1": 2})
    confusion = desk.confusion_table(report)
    if confusion is not None:
        names = [validation.class_name(field, c) for c in confusion.index]
        st.caption(t("val_confusion"))
        st.dataframe(pd.DataFrame(confusion.to_numpy(), index=names, columns=names))
    else:
        st.caption(t("val_confusion_multi"))
        st.dataframe(pd.DataFrame({t("val_class"): [validation.class_name(field, c) for c in report["confusion"]],
                                   "[[tn, fp], [fn, tp]]": [str(v) for v in report["confusion"].values()]}),
                     hide_index=True)


def desk_report(field: str) -> None:
    """Agreement between people and the machine's accuracy on their labels, each with its n."""
    st.header(t("val_agreement"))
    figures = validation.figures(field)
    if not figures["n_validated"] and not figures["people"]:
        st.info(t("val_none_yet"))
        return
    _people(figures["people"])
    machine = figures["machine"]
    if machine is not None:
        st.metric(f"{t('val_machine_f1')} · n = {machine['n']}", number(machine["macro_f1"]),
                  help=t("val_machine_n", n=machine["n"]))
    _model(figures["model"])
    if machine is not None:
        st.subheader(t("val_report"))
        per_class(field, machine)


def _drawn(by_source: dict) -> str:
    return ", ".join(f"{t(f'strategy_{s}') if s in fields.STRATEGIES else s} {n}" for s, n in by_source.items())


def method_section() -> None:
    """Méthode page: per field, n validated, how drawn, machine macro-F1, agreement, then per-class figures."""
    st.header(t("method_own"))
    measured = [validation.figures(name) for name in fields.FIELDS]
    if not any(f["n_validated"] for f in measured):
        st.info(t("method_own_none"))
        return
    rows = [{t("val_field"): t(f"field_{f['field']}"), t("method_n_validated"): f["n_validated"],
             t("method_drawn"): _drawn(f["by_source"]), t("method_usable"): f["usable"],
             t("method_f1"): number((f["machine"] or {}).get("macro_f1")),
             t("method_alpha"): number((f["people"] or {}).get("krippendorff_alpha"))} for f in measured]
    tables.show(pd.DataFrame(rows), labels={c: c for c in rows[0]})
    for f in measured:
        if f["machine"] is not None:
            with st.expander(f"{t(f'field_' + f['field'])} · {t('val_report')}", expanded=False):
                per_class(f["field"], f["machine"])
