"""Validation desk: people's labels, sampling the next posts to label, training the field models on them,
agreement between annotators and with the machine, and shares corrected for the machine's measured errors.

Modules (imported by name, e.g. `from analysis.validation import estimate`):
  fields      the labelled fields (tone, hostility, participation), their classes, label spelling, ADJUDICATORS
  labels      import_labels, export_labels, add_label (one label typed on the desk), consensus (one label per post)
  sampling    draw / sample the next posts to label: random, stratified, uncertain; second_coding (double coding)
  store_sampling  the same draws by SQL on a store too large to load (the desk in large-store mode)
  agreement   Krippendorff's alpha, Cohen's kappa, percent agreement, machine vs people (agreement(db, field))
  estimate    Corrector(...).shares(predicted): raw and corrected shares with 95 % intervals; chart_note()
  groups      corrector_for(posts, labels, model_row, field) for a page; estimate_store for the command
  cells       the same shares for any set of a store's posts from counts by cell (the notes under the charts)
  training    train(db, field, progress=None), reset(db, field)
  learner     the model behind train (n-grams with the lexicon's cues)
  correction, machine, metrics, cues, ngrams: their inner parts
"""
__all__ = ["agreement", "estimate", "fields", "groups", "labels", "learner", "sampling", "training"]
