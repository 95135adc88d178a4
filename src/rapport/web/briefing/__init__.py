"""The briefing pack: what a desk officer takes into the next round of a dialogue.

``brief_html(mechanism, as_of)`` and ``brief_pdf(mechanism, as_of)`` render it; the web app's
button links to the API's ``api:dialogue_brief`` URL (``/api/dialogues/<id>/brief?format=pdf``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as dt

    from rapport.web.dialogues.models import Mechanism


def brief_html(mechanism: Mechanism, as_of: dt.date | None = None, *, user: Any = None) -> str:
    """The briefing pack as one self-contained HTML page."""
    from rapport.web.briefing.render import brief_html as render

    return render(mechanism, as_of, user=user)


def brief_pdf(mechanism: Mechanism, as_of: dt.date | None = None, *, user: Any = None) -> bytes:
    """The briefing pack as an A4 PDF."""
    from rapport.web.briefing.render import brief_pdf as render

    return render(mechanism, as_of, user=user)
