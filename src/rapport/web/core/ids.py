"""Record ids from user input: the one bound every integer filter checks against.

Both databases keep ids in signed 64-bit integers; SQLite's driver refuses a larger Python int
with an OverflowError before the query runs, so an unchecked ``?dialogue=9223372036854775808``
would be a server error instead of "no such record".
"""

from __future__ import annotations

MAX_ID = 2**63 - 1
"""The largest id (and integer filter) a query may carry."""


def parse_id(text: str) -> int | None:
    """``text`` as a record id (digits, 1 to ``MAX_ID``), else None."""
    text = text.strip()
    if not text.isdecimal() or not text.isascii() or len(text) > len(str(MAX_ID)):
        return None
    value = int(text)
    return value if 1 <= value <= MAX_ID else None
