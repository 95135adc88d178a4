"""Gold corpora: a directory with one ``NNN.json`` per article (text, metadata, gold meetings)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapport.pipeline.types import RawDocument

_METADATA = ("published", "url", "outlet", "title")


class GoldFormatError(ValueError):
    """A gold file that does not follow the format of ``eval/dev/README.md``."""


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article: its text and metadata, and the meetings it reports."""

    id: str
    path: str
    text: str
    meetings: tuple[Mapping[str, Any], ...]
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None

    @property
    def is_negative(self) -> bool:
        """Whether the article reports no meeting at all."""
        return not self.meetings

    def raw_document(self) -> RawDocument:
        """The article as the pipeline's input, with its metadata."""
        return RawDocument(
            origin=self.path,
            id=self.id,
            text=self.text,
            published=self.published,
            url=self.url,
            outlet=self.outlet,
            title=self.title,
        )


def load_gold_dir(directory: str | Path) -> list[GoldArticle]:
    """Every article of a gold directory, sorted by file name (README and other files skipped)."""
    root = Path(directory)
    if not root.is_dir():
        raise GoldFormatError(f"{root}: not a directory of gold NNN.json files")
    articles = [load_gold_file(path) for path in sorted(root.glob("*.json"))]
    if not articles:
        raise GoldFormatError(f"{root}: no *.json gold files found")
    return articles


def load_gold_file(path: str | Path) -> GoldArticle:
    """One gold article file; raises GoldFormatError naming the file and what is wrong."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldFormatError(f"{path}: cannot read gold file ({error})") from error
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise GoldFormatError(f"{path}: expected an object with a string 'text'")
    gold = data.get("gold")
    meetings = gold.get("meetings") if isinstance(gold, dict) else None
    if not isinstance(meetings, list) or not all(isinstance(m, dict) for m in meetings):
        raise GoldFormatError(f"{path}: expected 'gold': {{'meetings': [objects]}}")
    metadata = {name: data.get(name) for name in _METADATA}
    return GoldArticle(
        id=str(data.get("id") or path.stem),
        path=str(path),
        text=data["text"],
        meetings=tuple(meetings),
        **{name: value if isinstance(value, str) else None for name, value in metadata.items()},
    )
