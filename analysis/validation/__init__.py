"""Validation desk: people's labels, sampling the next posts to label, training the field models on them,
agreement between annotators and with the machine, and shares corrected for the machine's measured errors.

Modules (imported by name, e.g. `from analysis.validation import estimate`):
  fields      the labelled fields (tone, hostility, participation), their classes, label spelling
  labels      import, export and the one label per post (majority, or the adjudicator's)
  sampling    the next posts to label: random, stratified, uncertain (active learning)
  agreement   Krippendorff's alpha, Cohen's kappa, percent agreement, machine vs people
  estimate    class shares raw and corrected with 95 % intervals; chart_note() for the sentence under a chart
  training    fit a field's model on the store's labels, cross-validated report, versioned in the store
"""
__all__ = ["agreement", "estimate", "fields", "labels", "sampling", "training"]
