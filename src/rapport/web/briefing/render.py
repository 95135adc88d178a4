"""Render a briefing pack as HTML (one self-contained page) or PDF (WeasyPrint, A4)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from django.template import Context, Engine

from rapport.web.briefing.context import Briefing, PromiseLine, briefing_build
from rapport.web.briefing.words import long_date, period_text
from rapport.web.core.users import Visitor
from rapport.web.dialogues.models import Mechanism
from rapport.web.followup.models import PromiseStatus

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def _engine() -> Engine:
    """A template engine of the pack's own, so it renders without the web app's settings."""
    return Engine(dirs=[str(TEMPLATES)], autoescape=True, debug=False)


def _next_promise(briefing: Briefing) -> PromiseLine | None:
    """The next-round promise of the last round, if it made one."""
    last = briefing.last
    if last is None:
        return None
    made = [p for p in briefing.promises if p.made_at.startswith(f"{last.label},") and p.what.startswith("Next round")]
    return made[-1] if made else None


def _key_points(briefing: Briefing) -> list[str]:
    """The few sentences a reader needs first."""
    last = briefing.last
    points: list[str] = []
    if last is None:
        return points
    points.append(f"The {last.label} was held on {last.date_long} in {last.place}"
                  + (f", co-chaired by {' and '.join(c.name for c in last.chairs)}." if last.chairs else "."))
    if (nxt := _next_promise(briefing)) is not None:
        points.append(f"{nxt.what} — {nxt.label} as of {long_date(briefing.as_of)} ({nxt.note}).")
    open_count = len(briefing.open_promises)
    overdue = sum(p.status == PromiseStatus.OVERDUE for p in briefing.promises)
    kept = sum(p.status in (PromiseStatus.FULFILLED, PromiseStatus.FULFILLED_LATE) for p in briefing.promises)
    superseded = len(briefing.promises) - open_count - kept
    points.append(f"{len(briefing.promises)} promise(s) recorded: {kept} kept, "
                  + (f"{superseded} superseded, " if superseded else "")
                  + f"{open_count - overdue} pending, {overdue} overdue.")
    new = sorted(r.label for r in briefing.theme_rows if r.trend == "new")
    dropped = sorted(r.label for r in briefing.theme_rows if r.trend.startswith("not raised"))
    if new:
        points.append("Raised for the first time at the last round: " + ", ".join(new) + ".")
    if dropped:
        points.append("Discussed before but not reported at the last round: " + ", ".join(dropped) + ".")
    return points


def _source_lines(briefing: Briefing) -> list[dict[str, str]]:
    """The cited sources as the reference list prints them."""
    return [{"outlet": s.outlet or "Unknown outlet", "published": period_text(s.published, short=True) if s.published else "",
             "title": s.title or s.reference, "url": s.url} for s in briefing.sources]


def briefing_html(briefing: Briefing) -> str:
    """The pack as one HTML document with its print stylesheet inlined."""
    context = {
        "b": briefing, "last": briefing.last, "rounds_desc": list(reversed(briefing.rounds)),
        "next_promise": _next_promise(briefing), "key_points": _key_points(briefing),
        "as_of_long": long_date(briefing.as_of), "as_of_short": f"{briefing.as_of:%d %b %Y}",
        "prepared_long": long_date(briefing.prepared), "sources": _source_lines(briefing),
        "first_year": (briefing.rounds[0].meeting.date or "")[:4] if briefing.rounds else "",
        "css": (TEMPLATES / "briefing" / "brief.css").read_text(encoding="utf-8"),
    }
    return _engine().get_template("briefing/brief.html").render(Context(context))


def html_to_pdf(html: str) -> bytes:
    """A PDF of ``html``, given to WeasyPrint as UTF-8 bytes (so no text turns to mojibake)."""
    from weasyprint import HTML  # one to two seconds of import (cairo, pango) only a PDF needs

    pdf: bytes = HTML(string=html.encode("utf-8"), encoding="utf-8", base_url=str(TEMPLATES)).write_pdf()
    return pdf


def brief_html(mechanism: Mechanism, as_of: dt.date | None = None, *, user: Visitor | None = None) -> str:
    """The briefing pack on ``mechanism`` as of a date, as HTML (``user`` None: all but rejected)."""
    return briefing_html(briefing_build(mechanism, as_of=as_of, user=user))


def brief_pdf(mechanism: Mechanism, as_of: dt.date | None = None, *, user: Visitor | None = None) -> bytes:
    """The briefing pack on ``mechanism`` as of a date, as an A4 PDF."""
    return html_to_pdf(brief_html(mechanism, as_of, user=user))
