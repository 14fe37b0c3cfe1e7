"""I18n: every user-facing string, French and English, in one package.

core holds t() and the shared tables (platforms, languages); each other module is the table of one page
family. All of them are imported here, so every key exists as soon as the package is imported.
"""
from analysis.i18n import coordination, estimates, importers, pages_a, pages_b  # noqa: F401  (each registers its strings)
from analysis.i18n.core import LANG_LABELS, LANGS, PLATFORM_LABELS, STRINGS, lang_label, platform_label, t
from analysis.i18n.pages_a import CATEGORY_LABELS, TOPIC_LABELS, label, labels

__all__ = ["CATEGORY_LABELS", "LANG_LABELS", "LANGS", "PLATFORM_LABELS", "STRINGS", "TOPIC_LABELS", "label", "labels",
           "lang_label", "platform_label", "t"]
