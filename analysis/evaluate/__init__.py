"""Evaluate: measuring analysers against labelled files.

`tone` scores the tone analyser on a text,label CSV, `labels` scores parties/regions/participation/topics
against gold columns, `training` refits the shipped tone model on development data.
"""
