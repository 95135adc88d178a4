"""The briefing pack: what a desk officer takes into the next round of a dialogue.

``brief_html(mechanism, as_of)`` and ``brief_pdf(mechanism, as_of)`` render it; the web app's
button links to the API's ``api:dialogue_brief`` URL (``/api/dialogues/<id>/brief?format=pdf``).
"""

from __future__ import annotations

from rapport.web.briefing.render import brief_html, brief_pdf

__all__ = ["brief_html", "brief_pdf"]
