"""Strings of the Validation page (the desk where people label posts) and of the measured figures shown on the
Méthode page and under the charts (registered in core.TABLES)."""
from __future__ import annotations

# Class names of the labelled fields (participation uses CATEGORY_LABELS).
CLASS_LABELS = {
    "negative": ("négatif", "negative"), "neutral": ("neutre", "neutral"), "positive": ("positif", "positive"),
    "hostile": ("hostile", "hostile"), "not_hostile": ("non hostile", "not hostile"),
    "none": ("aucune catégorie", "no category"),
}

STRINGS = {
    "validation": ("Validation", "Validation"),
    "val_intro": ("Des personnes vérifient la machine : chacune lit des posts tirés selon la stratégie choisie "
                  "et donne le bon label. Leur accord est mesuré, les modèles apprennent de leurs labels et chaque "
                  "graphique est corrigé d'après les erreurs mesurées.",
                  "People check the machine: each reads posts drawn by the chosen strategy and gives the right "
                  "label. Their agreement is measured, the models learn from their labels and every chart is "
                  "corrected for the measured errors."),
    "val_all_posts": ("Les posts sont tirés de tout le corpus, quels que soient les filtres (un tirage au hasard "
                      "doit représenter le corpus pour corriger les chiffres).",
                      "Posts are drawn from the whole corpus whatever the filters (a random draw must represent "
                      "the corpus to correct the figures)."),
    "val_field": ("Champ à valider", "Field to validate"),
    "field_tone": ("tonalité", "tone"), "field_hostility": ("hostilité", "hostility"),
    "field_participation": ("participation", "participation"),
    "rep_accuracy_field": ("{field} : {n} posts validés par des personnes, F1 macro de la machine {f1}",
                           "{field}: {n} posts validated by people, machine macro-F1 {f1}"),
    "val_strategy": ("Tirage des posts", "How posts are drawn"),
    "strategy_random": ("au hasard", "random"), "strategy_stratified": ("stratifié", "stratified"),
    "strategy_uncertain": ("incertains (apprentissage actif)", "uncertain (active learning)"),
    "strategy_other": ("autre", "other"),
    "val_strategy_help": ("« Au hasard » et « stratifié » permettent de corriger les chiffres ; « incertains » sert "
                          "à entraîner le modèle plus vite mais ne corrige rien.",
                          "Random and stratified draws can correct the figures; uncertain posts train the model "
                          "faster but correct nothing."),
    "val_annotator": ("Votre nom (annotateur)", "Your name (annotator)"),
    "val_need_name": ("Saisissez votre nom pour commencer : chaque label est enregistré avec son annotateur.",
                      "Type your name to start: every label is stored with its annotator."),
    "val_double": ("Part des posts codés deux fois (%)", "Share of posts coded twice (%)"),
    "val_double_help": ("Cette part des posts vous est servie parmi ceux qu'une autre personne a déjà codés, pour "
                        "mesurer l'accord.", "This share of your posts comes from those another person already "
                        "coded, so agreement can be measured."),
    "val_target": ("Objectif (posts validés)", "Target (validated posts)"),
    "val_progress": ("Codés par vous : {mine} · posts validés pour ce champ : {n} sur {target}",
                     "Coded by you: {mine} · posts validated for this field: {n} out of {target}"),
    "val_post": ("Post à coder", "Post to code"),
    "val_post_meta": ("{platform} · langue {language} · {date}", "{platform} · language {language} · {date}"),
    "val_double_coded": ("Post déjà codé par une autre personne (double codage).",
                         "Post already coded by another person (double coding)."),
    "val_show_machine": ("Voir la proposition de la machine", "Show the machine's guess"),
    "val_machine_guess": ("Proposition de la machine : {label}", "Machine's guess: {label}"),
    "val_blind": ("Codage à l'aveugle : la proposition de la machine est cachée.",
                  "Blind coding: the machine's guess is hidden."),
    "val_label": ("Votre label", "Your label"),
    "val_categories": ("Catégories présentes (aucune cochée : aucune catégorie)",
                       "Categories present (none ticked: no category)"),
    "val_submit": ("Enregistrer (Entrée)", "Save (Enter)"),
    "val_skip": ("Passer ce post", "Skip this post"),
    "val_keys": ("Clavier : 1, 2, 3 enregistrent directement un label (hors d'un champ) ; ou flèches pour choisir, "
                 "Tab jusqu'à « Enregistrer » et Entrée.", "Keyboard: 1, 2, 3 save a label directly (outside a "
                 "field); or arrows to choose, Tab to Save and Enter."),
    "val_pick_first": ("Choisissez un label avant d'enregistrer.", "Choose a label before saving."),
    "val_saved": ("Label enregistré : {label}", "Label saved: {label}"),
    "val_no_posts": ("Le corpus ne contient aucun post à coder.", "The corpus holds no post to code."),
    "val_nothing_left": ("Plus rien à coder pour ce champ avec ce tirage : tous les posts sont codés (ou passés).",
                         "Nothing left to code for this field with this draw: every post is coded (or skipped)."),
    "val_agreement": ("Accord et exactitude", "Agreement and accuracy"),
    "val_alpha": ("α de Krippendorff", "Krippendorff's α"),
    "val_double_n": ("posts codés 2 fois ou plus", "posts coded twice or more"),
    "val_percent": ("accord brut", "percent agreement"),
    "val_kappa": ("κ de Cohen par paire d'annotateurs", "Cohen's κ per pair of annotators"),
    "val_machine_f1": ("F1 macro de la machine", "machine macro-F1"),
    "val_machine_n": ("sur {n} posts validés", "on {n} validated posts"),
    "val_none_yet": ("Pas encore de label pour ce champ.", "No label yet for this field."),
    "val_report": ("Rapport d'exactitude par classe", "Accuracy report per class"),
    "val_class": ("classe", "class"), "val_precision": ("précision", "precision"), "val_recall": ("rappel", "recall"),
    "val_f1": ("F1", "F1"), "val_support": ("posts validés", "validated posts"),
    "val_confusion": ("Confusion (lignes : personnes, colonnes : machine)",
                      "Confusion (rows: people, columns: machine)"),
    "val_confusion_multi": ("Confusion par catégorie : [[absent/absent, absent/machine], "
                            "[personnes/absent, les deux]]", "Confusion per category: [[neither, machine only], "
                            "[people only, both]]"),
    "val_model": ("Modèle entraîné : version {version}, {n} labels, F1 macro en validation croisée {f1}",
                  "Trained model: version {version}, {n} labels, cross-validated macro-F1 {f1}"),
    "val_shipped": ("Modèle livré (pas encore entraîné sur vos labels).", "Shipped model (not yet trained on "
                    "your labels)."),
    "val_retrain": ("Réentraîner", "Retrain"),
    "val_retrain_help": ("Entraîne le modèle du champ sur vos labels puis ré-annote tous les posts.",
                         "Trains the field's model on your labels, then re-annotates every post."),
    "val_retrain_large": ("Sur un magasin de cette taille, le réentraînement (il relit le texte de chaque post puis "
                          "les ré-annote tous) se lance en ligne de commande, hors du tableau de bord : "
                          "`python -m analysis train --field {field}` puis `python -m analysis annotate`.",
                          "On a store this large, retraining (it reads every post's text, then re-annotates them "
                          "all) runs from the command line, outside the dashboard: "
                          "`python -m analysis train --field {field}` then `python -m analysis annotate`."),
    "val_training": ("Entraînement sur les labels…", "Training on the labels…"),
    "val_annotating": ("Ré-annotation des posts…", "Re-annotating the posts…"),
    "val_trained": ("Modèle entraîné sur {n} labels : F1 macro en validation croisée {f1}",
                    "Model trained on {n} labels: cross-validated macro-F1 {f1}"),
    "val_train_failed": ("Entraînement impossible : {reason}", "Training not possible: {reason}"),
    "val_export": ("Exporter les labels (CSV)", "Export the labels (CSV)"),
    "val_history": ("Labels enregistrés (historique complet)", "Stored labels (full history)"),
    "val_uncertain_failed": ("Tirage impossible : {reason}", "Cannot draw: {reason}"),
    "val_corrected_shares": ("Parts corrigées (intervalle à 95 %)", "Corrected shares (95 % interval)"),
    "val_group": ("groupe", "group"), "val_raw": ("brut", "raw"), "val_corrected": ("corrigé", "corrected"),
    "val_interval": ("intervalle 95 %", "95 % interval"), "val_n_posts": ("posts", "posts"),
    "method_validation": ("Validation", "Validation"),
    "method_own": ("Mesuré sur votre propre validation", "Measured on your own validation"),
    "method_own_none": ("Aucun post validé pour l'instant : les chiffres des graphiques ne sont pas validés. La page "
                        "Validation permet de coder un échantillon.", "No validated post yet: the charts' figures are "
                        "unvalidated. The Validation page lets people code a sample."),
    "method_n_validated": ("posts validés", "validated posts"),
    "method_drawn": ("tirage", "draw"),
    "method_alpha": ("α de Krippendorff", "Krippendorff's α"),
    "method_f1": ("F1 macro machine", "machine macro-F1"),
    "method_usable": ("utilisables pour corriger", "usable to correct"),
}
