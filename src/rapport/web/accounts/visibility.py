"""Which records a visitor may see: anonymous visitors see only published (confirmed) meetings,
their dialogues and their sources; signed-in users also see drafts (rejected ones only in review).

The rule is stated here over a related meeting; the querysets of visible meetings, dialogues and
sources live beside their models (``dialogues/visibility.py``, ``sources/visibility.py``), as
accounts sits below the apps whose records it filters.
"""

from __future__ import annotations

from django.db.models import Q

from rapport.web.accounts.roles import can_view_drafts
from rapport.web.core.users import Visitor


def meeting_filter_for(user: Visitor | None, prefix: str) -> Q:
    """A Q on a related meeting (``prefix`` such as ``"meeting__"``) limiting to visible ones."""
    if can_view_drafts(user):
        return ~Q(**{f"{prefix}review_status": "rejected"})
    return Q(**{f"{prefix}published": True})
