"""Personal names in running text: runs of capitalised words that are not titles or places."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapport.pipeline.extract.lexicon import NON_NAME_WORDS, is_place_name

_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'.]*[\w])?\.?(?:-[^\W\d_][\w']*)*")
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "binti", "al", "el", "dos", "das"})
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Madam", "Prof", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sheikh", "Sheikha", "Shaikh", "Cllr", "Cllr.", "Datuk", "Dato", "Dato'", "Datin", "Paduka",
                        "Excma.", "Excmo.", "Excma", "Excmo", "Sra.", "Sra", "Sr.", "Dña.", "Dña", "Doña"})
_MONTHS_AND_DAYS = frozenset(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)


@dataclass(frozen=True)
class NameMention:
    """A personal name as written, its span, and whether an honorific preceded it."""

    start: int
    end: int
    text: str
    honorific: bool

    @property
    def surname(self) -> str:
        """The last word, the key by which a person is recognised when named again."""
        return self.text.split()[-1].lower()


def _is_name_token(token: str) -> bool:
    if not token[:1].isupper():
        return False
    bare = token.rstrip(".")
    if bare.endswith("'s"):
        return False
    if token in HONORIFICS or bare in HONORIFICS:
        return False
    if len(bare) == 1 or (len(bare) == 2 and bare[1].islower() and token.endswith(".")):
        return token.endswith(".")  # an initial: "U. Zeya", "Ye. Kazykhan"
    if bare.isupper() and len(bare) > 1:
        return False  # acronyms: EEAS, NGO, UN
    if "-" in bare and any(part in NON_NAME_WORDS for part in bare.split("-")):
        return False  # "Union-European", "Vice-Minister": institutional compounds
    return bare not in NON_NAME_WORDS and token not in NON_NAME_WORDS and bare not in _MONTHS_AND_DAYS


def find_names(text: str, start: int, end: int) -> list[NameMention]:
    """Personal names in ``text[start:end]``: two or more name words, or one after Mr/Ms."""
    names: list[NameMention] = []
    run: list[re.Match[str]] = []
    previous: re.Match[str] | None = None
    tokens = list(_TOKEN_RE.finditer(text, start, end))
    for number, token in enumerate(tokens):
        word = token.group(0)
        joined = _joined(text, previous, token)
        # "Mr. KOBAYASHI Kenji": a surname in capitals right after an honorific (Japanese readouts);
        # "PARK Ji-won": one before a given name (Korean and Japanese readouts).
        capital_surname = not run and word.isupper() and len(word) > 2 and word not in NON_NAME_WORDS and (
            (joined and previous.group(0) in HONORIFICS)  # type: ignore[union-attr]
            or _given_name_after(text, token, tokens[number + 1] if number + 1 < len(tokens) else None)
        )
        if _is_name_token(word) or capital_surname or (run and joined and (word in _PARTICLES or _particle_compound(word))):
            if run and not joined:
                _close(names, text, run, previous_token_before(text, run[0]))
                run = []
            run.append(token)
        else:
            if run:
                _close(names, text, run, previous_token_before(text, run[0]))
            run = []
        previous = token
    if run:
        _close(names, text, run, previous_token_before(text, run[0]))
    return names


def _joined(text: str, previous: re.Match[str] | None, token: re.Match[str]) -> bool:
    """Whether a token continues the words before it.

    A name does not run over a line break or past a word that ends a sentence ("...
    Karl-Heinz Obermann.\n\nLawal said"); an initial's stop ("U. Zeya") is no end.
    """
    gap = text[previous.end() : token.start()] if previous is not None else "."
    return gap.strip() == "" and "\n" not in gap and not _ends_sentence(previous)


def _given_name_after(text: str, token: re.Match[str], following: re.Match[str] | None) -> bool:
    """Whether a word in capitals is followed by a given name in mixed case ("PARK Ji-won")."""
    if following is None or not _joined(text, token, following):
        return False
    word = following.group(0)
    return not word.isupper() and _is_name_token(word) and not is_place_name(word.rstrip("."))


def _particle_compound(word: str) -> bool:
    """A family name that opens on a lower-case particle: "al-Rawahi", "el-Amin", "bin-Salem"."""
    particle, _, rest = word.partition("-")
    return particle in _PARTICLES and rest[:1].isupper()


def _ends_sentence(token: re.Match[str] | None) -> bool:
    """Whether a token is a word of three or more letters followed by its sentence's stop."""
    word = token.group(0) if token is not None else ""
    return word.endswith(".") and len(word.rstrip(".")) > 2 and word.rstrip(".") not in HONORIFICS


def previous_token_before(text: str, token: re.Match[str]) -> str:
    """The word right before a token, for honorific checks."""
    match = re.search(r"([\w.]+)\s+$", text[max(0, token.start() - 12) : token.start()])
    return match.group(1) if match else ""


def _close(names: list[NameMention], text: str, run: list[re.Match[str]], before: str) -> None:
    # A particle ends no name ("Maria de"), but a capitalised one is a name ("Do Thi Hong Van").
    while run and (run[-1].group(0) in _PARTICLES or len(run[-1].group(0).rstrip(".")) == 1):
        run.pop()
    if not run:
        return
    honorific = before in HONORIFICS
    words = sum(1 for token in run if len(token.group(0).rstrip(".")) > 1)
    if words >= 2 or (honorific and words == 1) or (len(run) >= 2 and words == 1):
        start, end = run[0].start(), run[-1].end()
        value = text[start:end].rstrip(".") if not text[start:end].endswith("..") else text[start:end]
        if is_place_name(value):
            return
        names.append(NameMention(start, start + len(value), value, honorific))
    elif words == 1:
        # A lone capitalised word: kept as a possible surname, resolved against full names.
        token = run[0]
        if not is_place_name(token.group(0).rstrip(".")):
            names.append(NameMention(token.start(), token.end(), token.group(0).rstrip("."), False))


def full_names(names: list[NameMention]) -> dict[str, NameMention]:
    """Surname → first full (two-word or longer) mention, to resolve "Ms Moules" or "Pampaloni"."""
    table: dict[str, NameMention] = {}
    for name in names:
        if len(name.text.split()) >= 2 and "." not in name.text.split()[0]:
            table.setdefault(name.surname, name)
    return table
