"""Coded input errors: every rejected input carries a searchable code (``R001``...) and a reason.

Codes are stable: tests, logs and the ingest ledger refer to them, so a code is never reused
for another meaning. Each template says what was wrong and what to do about it.
"""

from __future__ import annotations

from rapport.pipeline.types import Rejection

ERRORS: dict[str, str] = {
    "R001": "empty input: {what} holds no text after stripping whitespace; check it was fully written",
    "R002": "binary input ({kind}), not text or HTML; convert it to .html or .txt first",
    "R003": "undecodable input: not valid UTF-8 at byte {offset} ({detail}); re-save it as UTF-8 "
    "or declare its charset in an HTML <meta charset> tag",
    "R004": "too large: {size} bytes, over the limit of {limit} bytes; split it or raise max_bytes",
    "R005": "malformed JSON line: {detail}; each line must be one JSON object",
    "R006": "missing text: the line has neither a non-empty 'text' nor 'html' field",
    "R007": "bad field {field!r}: {detail}",
    "R008": "unsupported file type {suffix!r}; use .html, .htm, .txt, .jsonl, .jsonl.gz or - for stdin",
    "R009": "unreadable: {detail}",
    "R010": "no text: the page holds no main text once its markup and page furniture are removed",
}
"""Each code's message template, formatted with the details of one rejection."""


class InputError(ValueError):
    """An input that cannot be read, with the code and the reason a user sees."""

    def __init__(self, code: str, **details: object) -> None:
        self.code = code
        self.reason = ERRORS[code].format(**details)
        super().__init__(f"{code} {self.reason}")

    def rejection(self, origin: str, line: int | None = None) -> Rejection:
        """This error as a Rejection of the input at ``origin`` (and ``line`` in a corpus)."""
        return Rejection(origin=origin, reason=self.reason, code=self.code, line=line)


def reject(origin: str, code: str, line: int | None = None, **details: object) -> Rejection:
    """A Rejection of ``origin`` with ``code``, its template filled with ``details``."""
    return InputError(code, **details).rejection(origin, line)
