"""Find the text between quotation marks, the surface form of a direct quote.

This pass reads characters only (no parse), so it is exact about offsets and independent of
how the parser happens to split sentences inside a long quotation. It understands straight
(``"``) and curly (``“ ”``) double marks, guillemets, and the two apostrophes (``''``) some
papers and archives type for a double mark, and the newspaper convention that a
quotation running over several paragraphs leaves each paragraph open and restarts the next
one with an opening mark. Only a full sentence is continued that way, so a partial quotation
left open (a stray mark) and one followed by a paragraph that does not open with a mark end
at their paragraph's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "“«„"
CLOSING = "”»"
_MARK = re.compile(r"''|[\"“”«»„]")
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass
class Quoted:
    """One quotation: the content spans inside the marks (several when it runs over
    paragraphs), as ``(start, end)`` offsets into the body."""

    parts: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _is_opening(text: str, mark: re.Match[str], inside: bool) -> bool:
    """Decide whether a quotation mark opens a quotation.

    Curly marks say so themselves, except one typed the wrong way round; a straight mark
    opens when none is open, unless it is glued to the word before it and followed by a
    space (a stray closing mark).
    """
    before = text[mark.start() - 1] if mark.start() > 0 else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    if mark.group() in OPENING:
        # a typed “ that closes an open quotation: glued to the word before, space after
        return not (inside and not before.isspace() and (after.isspace() or after in ".,;"))
    if mark.group() in CLOSING:
        # a typed ” that opens: nothing open, space before, a word after
        return not inside and before.isspace() and not after.isspace()
    if inside:
        return False
    return not (not before.isspace() and before not in "([—–-" and after.isspace())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the white space just inside the marks, and the comma that hands over to the
    attribution (``"...," he said``)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def find_quoted(text: str) -> list[Quoted]:
    """All quotations in ``text``, in order, with content offsets excluding the marks."""
    found: list[Quoted] = []
    carried: list[tuple[int, int]] = []  # parts of a quotation left open at a paragraph end
    for para in _PARAGRAPH.finditer(text):
        opened: int | None = None
        marks = list(_MARK.finditer(text, para.start(), para.end()))
        if carried and not (marks and marks[0].start() == para.start() + _lead(para.group())):
            found.append(Quoted(carried))  # the next paragraph does not continue it
            carried = []
        for m in marks:
            if _is_opening(text, m, opened is not None):
                opened = m.end()  # a second opening mark restarts an unclosed quotation
                continue
            if opened is None:
                continue
            span = _trim(text, opened, m.start())
            opened = None
            if span[1] > span[0]:
                found.append(Quoted([*carried, span]))
            carried = []
        if opened is not None:
            span = _trim(text, opened, para.end())
            if span[1] <= span[0]:
                continue
            if carried or _full_sentence(text[para.start() : span[1]], span[0] - para.start()):
                carried.append(span)
            else:
                found.append(Quoted([span]))  # a partial quotation left open: a stray mark
    if carried:
        found.append(Quoted(carried))
    return found


def _full_sentence(paragraph: str, start: int) -> bool:
    """Whether the quoted words from ``start`` to the end of ``paragraph`` are a full
    sentence, the only quotation news style leaves open to continue it in the next
    paragraph: they open with a capital (or a digit) or follow a reporting "that"
    (``said that "the talks ...``). A partial quotation (``called the plan "unworkable``)
    is always closed, so one left open is a stray mark."""
    first = next((c for c in paragraph[start:] if c.isalpha()), "")
    return not first.islower() or re.search(r"\bthat\W*$", paragraph[:start]) is not None


def _lead(paragraph: str) -> int:
    """Offset of the first non-space character of a paragraph."""
    return len(paragraph) - len(paragraph.lstrip())
