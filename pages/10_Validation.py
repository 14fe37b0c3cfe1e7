"""Validation: people label posts one at a time (blind to the machine unless they ask), a share is coded twice
so agreement can be measured, the machine is judged on their labels and retrained from them, labels export."""
import streamlit as st

import ui
from analysis import i18n
from analysis.validation import fields

FIELD_NAMES = list(fields.FIELDS)
STRATEGIES = ["random", "stratified", "uncertain"]

posts, filters = ui.page_setup("validation")
st.write(ui.t("val_intro"))
# None on a large store (ui.large): posts are drawn by SQL and the one shown is read alone
corpus = None if posts is None else ui.loaded().posts


def controls() -> tuple[str, str, str, float, int]:
    left, mid, right = st.columns(3)
    field = left.selectbox(ui.t("val_field"), FIELD_NAMES, format_func=lambda f: ui.t(f"field_{f}"), key="val_field")
    strategy = mid.radio(ui.t("val_strategy"), STRATEGIES, format_func=lambda s: ui.t(f"strategy_{s}"),
                         help=ui.t("val_strategy_help"), key="val_strategy")
    annotator = right.text_input(ui.t("val_annotator"), key="val_annotator").strip()
    left, right = st.columns(2)
    share = left.slider(ui.t("val_double"), 0, 100, int(ui.desk.DOUBLE_SHARE * 100), step=5,
                        help=ui.t("val_double_help"), key="val_double")
    target = right.number_input(ui.t("val_target"), min_value=10, value=300, step=50, key="val_target")
    st.caption(ui.t("val_all_posts"))
    return field, strategy, annotator, share / 100, int(target)


def progress_section(field: str, annotator: str, target: int) -> None:
    counts = ui.desk.progress(field, annotator)
    st.progress(min(counts["validated"] / target, 1.0),
                text=ui.t("val_progress", mine=counts["mine"], n=counts["validated"], target=target))


def _post(row, double: bool) -> None:
    st.subheader(ui.t("val_post"))
    date = row["created_at"].strftime("%d/%m/%Y %H:%M") if hasattr(row["created_at"], "strftime") else "—"
    st.caption(ui.t("val_post_meta", platform=i18n.platform_label(str(row["platform"]), ui.lang()),
                    language=i18n.lang_label(str(row.get("lang") or "und"), ui.lang()), date=date))
    if double:
        st.caption(ui.t("val_double_coded"))
    st.text(str(row["text"] if row["text"] is not None else ""))     # plain text: a post is never markup


def _machine_guess(field: str, row, post_id: str) -> None:
    if st.toggle(ui.t("val_show_machine"), value=False, key=f"val_machine:{field}:{post_id}"):
        guess = ui.desk.machine_label(field, row)
        st.text(ui.t("val_machine_guess", label=guess))
    else:
        st.caption(ui.t("val_blind"))


def _single_form(field: str, post_id: str):
    """A radio (arrows) and Enter, or the number keys saving a class directly; returns the label or None."""
    classes = list(fields.get(field).classes)
    with st.form(f"val_form:{field}", clear_on_submit=True):
        choice = st.radio(ui.t("val_label"), classes, index=None, horizontal=True, key=f"val_choice:{post_id}",
                          format_func=lambda c: ui.validation.class_name(field, c))
        columns = st.columns(len(classes) + 1)      # Save first: Tab from the radio lands on it
        saved = columns[0].form_submit_button(ui.t("val_submit"), type="primary", shortcut="Enter", key="val_save")
        quick = [columns[i + 1].form_submit_button(f"{i + 1} · {ui.validation.class_name(field, c)}",
                                                   shortcut=str(i + 1), key=f"val_quick_{i}")
                 for i, c in enumerate(classes)]
    st.caption(ui.t("val_keys"))
    picked = next((c for c, pressed in zip(classes, quick) if pressed), None)
    if picked is None and saved and choice is None:
        st.warning(ui.t("val_pick_first"))
    return picked or (choice if saved else None)


def _multi_form(field: str, post_id: str):
    """One checkbox per category (Tab, Space), Enter saves; no box ticked means no category."""
    classes = list(fields.get(field).classes)
    with st.form(f"val_form:{field}", clear_on_submit=True):
        st.write(ui.t("val_categories"))
        columns = st.columns(3)
        ticked = [columns[i % 3].checkbox(ui.validation.class_name(field, c), key=f"val_cat:{post_id}:{c}")
                  for i, c in enumerate(classes)]
        saved = st.form_submit_button(ui.t("val_submit"), type="primary", shortcut="Enter", key="val_save")
    if not saved:
        return None
    return ";".join(c for c, on in zip(classes, ticked) if on) or fields.NO_CATEGORY


def coding_section(field: str, strategy: str, annotator: str, share: float) -> None:
    try:
        pick = ui.desk.current(corpus, field, strategy, annotator, share)
    except ValueError as exc:
        st.warning(ui.t("val_uncertain_failed", reason=exc))
        return
    if pick is None:
        st.success(ui.t("val_nothing_left"))
        return
    row = ui.desk.post_row(corpus, pick[0])
    _post(row, pick[1])
    _machine_guess(field, row, pick[0])
    label = (_multi_form if fields.get(field).multi else _single_form)(field, pick[0])
    if st.button(ui.t("val_skip"), key="val_skip"):
        ui.desk.skip(pick, field, strategy, annotator)
        st.rerun()
    if label is not None:
        try:
            stored = ui.desk.save(pick, field, label, annotator, strategy)
        except (ValueError, ui.store_actions.StoreLockedError) as exc:
            ui.store_actions.store_error(exc)
            return
        st.toast(ui.t("val_saved", label=ui.validation.class_name(field, stored)))
        st.rerun()


if (ui.large.facts()[1] if corpus is None else len(corpus)) == 0:
    st.info(ui.t("val_no_posts"))
else:
    field, strategy, annotator, share, target = controls()
    progress_section(field, annotator, target)
    if not annotator:
        st.info(ui.t("val_need_name"))
    else:
        coding_section(field, strategy, annotator, share)
    ui.desk.retrain_section(field)
    ui.validation_report.desk_report(field)
    # the CSV is made when the button is pressed, not at every run of the desk
    st.download_button(ui.t("val_export"), ui.desk.export_bytes, "vigie_labels.csv", mime="text/csv",
                       key="val_export")
