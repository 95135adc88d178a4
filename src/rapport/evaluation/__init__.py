"""Evaluation of the pipeline against hand-annotated gold corpora: field scores and B-cubed.

A library shared by the test suite's floors and the ``rapport eval`` command; it sits beside
the pipeline (not inside it) because scoring is about the pipeline, not part of it.
"""
