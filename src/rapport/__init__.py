"""Rapport: the memory of human-rights dialogues and the follow-up of their promises."""

__version__ = "0.1.0"
