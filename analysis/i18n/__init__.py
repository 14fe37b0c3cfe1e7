"""I18n: every user-facing string, French and English, in one package.

One module per table (common, trends for the Sentiment/Thèmes/Participation/Carte pages, parties_posts for the
Comparer/Posts/Méthode pages, coordination, importers for the Données page); core merges them, explicitly, and
offers t(); numbers writes numbers the French (or English) way.
"""
from analysis.i18n import numbers
from analysis.i18n.core import LANG_LABELS, LANGS, PLATFORM_LABELS, STRINGS, TABLES, lang_label, platform_label, t
from analysis.i18n.trends import CATEGORY_LABELS, TOPIC_LABELS, label, labels

__all__ = ["CATEGORY_LABELS", "LANG_LABELS", "LANGS", "PLATFORM_LABELS", "STRINGS", "TABLES", "TOPIC_LABELS", "label",
           "labels", "lang_label", "numbers", "platform_label", "t"]
