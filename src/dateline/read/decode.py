"""Bytes to text, robustly: BOMs, declared charsets, mixed encodings, mojibake; binary vs text.

News pages arrive with wrong charset labels, Windows quotes pasted into UTF-8, and text that was
already decoded wrongly once (``"Ã©"``, ``"â€™"``). Every later stage matches words and
offsets, so the text is made right here, once, before anything else reads it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from functools import lru_cache

import ftfy
from charset_normalizer import from_bytes
from ftfy.chardata import CHARMAP_ENCODINGS, CONTROL_CHARS

from dateline.model import RecordKind

# BOMs longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels read as a superset encoding, as browsers do (WHATWG), because pages that give the
# narrower label mostly use the wider one: ISO-8859-1 pages hold Windows quotes, GB2312 pages
# hold GBK characters, and so on.
_SUPERSET = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
}
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_DETECT_SAMPLE = 64 * 1024
_HIGH = bytes(range(0x80))  # deleting these leaves the bytes >= 0x80
_SINGLE_BYTE_MIN = 200  # bytes that decode alone: code pages leave a few undefined, CJK ~190

# The Windows code pages of Latin-script news, in order of preference when the text fits
# several equally well, each with the non-ASCII letters of the languages written in it.
# Short snippets defeat statistical detectors (Polish in cp1252 looks as "likely" as
# Polish in cp1250), but mis-decoded text shows itself: letters no one language combines,
# or symbols such as "³" and "¿" inside words.
_LATIN_ALPHABETS: dict[str, tuple[str, ...]] = {
    "cp1252": (
        "àâæçèéêëîïôœùûüÿ",  # French
        "äöüß",  # German
        "áéíñóúü",  # Spanish
        "àáâãçéêíóôõú",  # Portuguese
        "àèéìíîòóù",  # Italian
        "åäöæøé",  # Scandinavian
        "àçèéíïòóúü",  # Catalan
        "áéíóöúëèï",  # Dutch
    ),
    "cp1250": (
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Croatian, Bosnian, Slovene
        "ăâîşţ",  # Romanian
    ),
    "cp1254": ("âçğıîöşûü",),  # Turkish
}
_ODD_SYMBOL = re.compile(r"(?<=[^\W\d_])[\xa1-\xbf\xd7\xf7]|[\xa1-\xbf\xd7\xf7](?=[^\W\d_])")
_UPPER_AFTER_INVERTED = re.compile(r"[¡¿](?=[^\W\d_a-zß-ÿ])")


@lru_cache(maxsize=32)
def _fallback_handler(encoding: str) -> str | None:
    """A codec error handler reading bytes that are not UTF-8 as ``encoding``, registered on
    first use; None for multi-byte encodings, whose bytes mean nothing one at a time.

    Bytes the code page leaves undefined read as latin-1, as browsers do, so that ftfy can
    still recognise them in mojibake.
    """
    table, defined = [], 0
    for i in range(256):
        try:
            table.append(bytes([i]).decode(encoding))
            defined += 1
        except UnicodeDecodeError:
            table.append(chr(i))
    if defined < _SINGLE_BYTE_MIN:
        return None

    def fallback(err: UnicodeError) -> tuple[str, int]:
        assert isinstance(err, UnicodeDecodeError)
        return "".join(table[b] for b in err.object[err.start : err.end]), err.end

    name = f"dateline.{encoding}"
    codecs.register_error(name, fallback)
    return name


# Magic numbers of common binary formats that a user might pass by mistake.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"%PDF-",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\x7fELF",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\xfd7zXZ\x00",
    b"OggS",
    b"\x1a\x45\xdf\xa3",
    b"wOFF",
)
# C0 controls other than tab, newline, vertical tab, form feed, carriage return and escape.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.05

# ftfy settings that repair mojibake and broken escapes but leave correct text as it is:
# curly quotes, ligatures, full-width forms and Unicode normal form are all kept.
_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization=None,
)
# What any ftfy fix (in the settings above) starts from: a UTF-8 lead byte followed by a
# continuation byte (or a space for a lost no-break space) as one of the code pages ftfy
# repairs would show them, C1 and other control characters, surrogates, odd line separators.
# Lead bytes whose following no-break space (0xA0) often became a plain space (ftfy's
# "restore_byte_a0", which skips macroman, where it would match an en dash and a space); a
# lead followed by "?" is mojibake that lost a byte ("replace_lossy_sequences").
_LOSES_A0 = (0xC2, 0xC3, 0xC5, 0xCE, 0xD0, 0xD9, 0xE2, 0xE3, 0xF0)


def _as_code_pages(values: Iterable[int], encodings: Iterable[str] = CHARMAP_ENCODINGS) -> str:
    """Bytes as every code page ftfy repairs shows them, as a regex character class."""
    chars = {
        bytes([value]).decode(encoding, errors="ignore")
        for value in values
        for encoding in encodings
    }
    return "[" + "".join(re.escape(char) for char in sorted(chars) if char) + "]"


_CONTROLS = "".join(f"\\U{code:08x}" for code in CONTROL_CHARS)
_FTFY_CLUE = (
    f"{_as_code_pages(range(0xC2, 0xF5))}{_as_code_pages(range(0x80, 0xC0))}"
    f"|{_as_code_pages(_LOSES_A0, [e for e in CHARMAP_ENCODINGS if e != 'macroman'])} "
    f"|{_as_code_pages(range(0xC2, 0xF5))}\\?"
    f"|[\\x80-\\x9f\\u2028\\u2029\\ufffd\\ud800-\\udfff{_CONTROLS}]"
)
_MAY_NEED_FTFY = re.compile(_FTFY_CLUE)
_MAY_NEED_FTFY_OR_UNESCAPE = re.compile(f"{_FTFY_CLUE}|&")


def _codec(label: str | bytes | None) -> str | None:
    """The Python codec name for a charset label, or None when the label is unknown."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", errors="ignore")
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return _SUPERSET.get(name, name)


def _declared_in_page(content: bytes) -> str | None:
    """The charset a page declares for itself (``<meta charset>`` or an XML declaration)."""
    match = _META_CHARSET.search(content[:4096])
    return _codec(match.group(1) or match.group(2)) if match else None


def _misfit(text: str, alphabets: tuple[str, ...]) -> int:
    """How badly ``text`` fits a code page: odd symbols plus letters outside the best language."""
    letters: dict[str, int] = {}
    for char in text:
        if not char.isascii() and char.isalpha():
            lower = char.lower()
            letters[lower] = letters.get(lower, 0) + 1
    foreign = min(
        sum(n for char, n in letters.items() if char not in alphabet) for alphabet in alphabets
    )
    odd = len(_ODD_SYMBOL.findall(text)) - len(_UPPER_AFTER_INVERTED.findall(text))
    return foreign + max(odd, 0)


def _best_latin(sample: bytes) -> str:
    """The Latin code page that reads ``sample`` most plausibly (cp1252 on a tie)."""
    return min(
        _LATIN_ALPHABETS,
        key=lambda cp: _misfit(sample.decode(cp, errors="replace"), _LATIN_ALPHABETS[cp]),
    )


def _detect(content: bytes) -> str:
    """Guess the encoding of bytes that are not UTF-8.

    Valid UTF-8 runs are left out of the sample, so that in a mixed file only the bytes that
    need another encoding are judged. The statistical detector decides between scripts; when
    the text is Latin script, :func:`_best_latin` picks the code page.
    """
    sample = _UTF8_MULTIBYTE.sub(b"", content)[:_DETECT_SAMPLE]
    best = from_bytes(sample).best()
    if best is not None and _codec(best.encoding) not in _LATIN_ALPHABETS:
        letters = [c for c in str(best) if c.isalpha()]
        if sum(not c.isascii() for c in letters) > len(letters) / 2:
            return _codec(best.encoding) or "cp1252"
    return _best_latin(sample)


def _mostly_utf8(content: bytes) -> bool:
    """True when valid multi-byte UTF-8 sequences outnumber the stray non-UTF-8 bytes."""
    stray = _UTF8_MULTIBYTE.sub(b"", content)
    return len(_UTF8_MULTIBYTE.findall(content)) >= len(stray.translate(None, _HIGH))


def _decode_as(content: bytes, encoding: str, *, strict: bool = False) -> str:
    """Decode with ``encoding``; UTF-8 text with some bytes in a single-byte code page (quotes
    pasted from Windows) keeps its UTF-8 and reads only the stray bytes in that code page.

    A text mostly in the code page is decoded whole: a few of its byte pairs could pass as
    UTF-8 by chance, and ftfy repairs any UTF-8 in it that comes out as mojibake (bytes the
    code page leaves undefined are kept as latin-1 for that, not replaced).
    """
    handler = _fallback_handler(encoding)
    if handler and _mostly_utf8(content):
        return content.decode("utf-8", errors=handler)
    return content.decode(encoding, errors="strict" if strict else handler or "replace")


def to_text(content: bytes, declared: str | None = None) -> str:
    """Decode bytes without repairing the result (for containers such as JSON lines).

    Order: a BOM; strict UTF-8 (valid UTF-8 is a stronger signal than a label, and labels are
    often wrong); the declared charset (HTTP, then the page's own) when it decodes cleanly;
    else detection. Never raises.
    """
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content[len(bom) :].decode(encoding, errors="replace")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in (_codec(declared), _declared_in_page(content)):
        if encoding in (None, "utf-8"):
            continue
        try:
            return _decode_as(content, encoding, strict=True)
        except UnicodeDecodeError:
            continue
    return _decode_as(content, _detect(content))


def repair(text: str) -> str:
    """Repair mojibake (``"Ã©"`` -> ``"é"``, ``"â€™"`` -> ``"’"``) and stray control codes.

    Line ends become ``"\n"``. ftfy fixes each line on its own and is slow, so only lines
    showing a clue of something it would fix go through it: the same result, many times faster.
    HTML entities are unescaped in plain text only, never in HTML.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    in_html = "<" in text
    clue = _MAY_NEED_FTFY if in_html else _MAY_NEED_FTFY_OR_UNESCAPE
    if not clue.search(text):
        return text
    config = _FTFY._replace(unescape_html=not in_html)
    lines = text.split("\n")
    return "\n".join(ftfy.fix_text(line, config) if clue.search(line) else line for line in lines)


def decode(content: bytes, declared: str | None = None) -> str:
    """Decode raw bytes to clean text; ``declared`` is a charset label from HTTP, if any."""
    return repair(to_text(content, declared))


def looks_binary(head: bytes) -> bool:
    """True when the first bytes of an input show it is not text (an image, archive, ...)."""
    if head.startswith(tuple(bom for bom, _ in _BOMS)):
        return False
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) * _MAX_CONTROL_SHARE


_HTML_START = ("<!doctype html", "<html", "<head", "<body")
_HTML_TAG = re.compile(
    r"<(?:html|head|body|div|p|br|span|a|article|section|main|meta|title|script|style|table|"
    r"li|ul|ol|h[1-6]|header|footer|nav|figure|img|link)\b[^<>]*>",
    re.IGNORECASE,
)
_MIN_HTML_TAGS = 3


def sniff_kind(text: str) -> RecordKind:
    """Tell HTML from scraped plain text by content.

    HTML when the text opens like a page or has several real tags near its start; a scraped
    page that mentions one ``<p>`` stays text.
    """
    head = text[:4096]
    if head.lstrip("\ufeff \t\r\n").lower().startswith(_HTML_START):
        return "html"
    return "html" if len(_HTML_TAG.findall(head)) >= _MIN_HTML_TAGS else "text"
