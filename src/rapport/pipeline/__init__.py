"""The extraction pipeline: fetch → clean → extract → normalise → merge.

Pure Python: no Django, no database, no network. Every stage takes and returns the frozen
dataclasses of :mod:`rapport.pipeline.types`.
"""
