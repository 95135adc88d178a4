"""A document's identity: the hash of its normalised text, so the same text is stored once."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def normalise_text(text: str) -> str:
    """The text in NFKC, lower-cased, with every run of whitespace made one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_hash(text: str) -> str:
    """The SHA-256 hex digest of the normalised text: equal for copies that differ in layout."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
