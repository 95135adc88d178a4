"""The visible text of any HTML page, however deeply nested: the fallback when trafilatura finds none.

lxml (under trafilatura) stops building a tree 255 elements deep, so a page nested deeper loses
its text silently; Python's own tokenizer keeps no tree and reads the page to its end.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never text a reader sees.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
# Elements that end a line of text.
_BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "header", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "main", "aside", "nav", "hr",
})
# Elements that never hold others, so never deepen the page.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
LXML_DEPTH = 255
"""How deep lxml builds a tree: text nested deeper is lost to it (and so to trafilatura)."""
_SPACES_RE = re.compile(r"[ \t\r\f\v\u00a0]+")


class _TextCollector(HTMLParser):
    """Collects character data outside hidden elements, a line break at each block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.depth = self.deepest = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self.depth = max(0, self.depth - 1)
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def deep_page_text(html: str) -> str:
    """The visible text of a page nested deeper than lxml reads (``LXML_DEPTH``), else "".

    Only such pages need it: on others an empty result from trafilatura means the page has no
    main text, and its menus and footers are not one.
    """
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    if collector.deepest < LXML_DEPTH - 1:
        return ""
    lines = (_SPACES_RE.sub(" ", line).strip() for line in "".join(collector.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
