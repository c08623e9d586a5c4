"""Decoding: BOMs, declared and detected charsets, mixed encodings, mojibake, binary sniffing."""

from __future__ import annotations

import codecs
import gzip
import io
import zipfile

import ftfy
import pytest

from dateline.read import decode, sniff_kind
from dateline.read.decode import looks_binary, repair

WESTERN = "Café owners in Zürich said it’s “too early” – for now."


def test_utf8_passes_through_unchanged() -> None:
    text = "Curly “quotes”, ligature ﬁ, full-width ＡＢ, decomposed e\u0301, em—dash."
    assert decode(text.encode("utf-8")) == text


@pytest.mark.parametrize("bom,encoding", [(codecs.BOM_UTF8, "utf-8"), (b"", "utf-16")])
def test_bom_decides(bom: bytes, encoding: str) -> None:
    # Python's utf-16 codec writes its own BOM, so both cases start with a BOM.
    assert decode(bom + WESTERN.encode(encoding)) == WESTERN


def test_declared_http_charset_is_used_when_it_decodes_cleanly() -> None:
    text = "Москва заявила о переговорах"
    assert decode(text.encode("cp1251"), "windows-1251") == text


def test_meta_charset_is_used_when_nothing_is_declared() -> None:
    page = '<html><head><meta charset="koi8-r"></head><body>Москва заявила</body></html>'
    assert decode(page.encode("koi8_r")) == page


def test_latin1_label_reads_as_cp1252() -> None:
    # Pages labelled ISO-8859-1 are nearly always cp1252: 0x93/0x94 are curly quotes.
    assert decode("“Zürich”".encode("cp1252"), "iso-8859-1") == "“Zürich”"


def test_narrow_label_reads_as_its_superset() -> None:
    text = "朱镕基访问上海"  # 镕 is in GBK but not in GB2312
    assert decode(text.encode("gbk"), "gb2312") == text


def test_valid_utf8_wins_over_a_wrong_label() -> None:
    assert decode(WESTERN.encode("utf-8"), "iso-8859-1") == WESTERN


def test_undeclared_cp1252_is_detected() -> None:
    assert decode(WESTERN.encode("cp1252")) == WESTERN


@pytest.mark.parametrize(
    "text,encoding",
    [
        ("Minister powiedział, że rozmowy w Łodzi zakończą się jutro.", "cp1250"),
        ("Vláda oznámila, že prezident navštíví Brno příští týden.", "cp1250"),
        ("Dışişleri Bakanı, müzakerelerin İstanbul'da süreceğini söyledi.", "cp1254"),
        ("El presidente anunció: ¿Habrá acuerdo en Bogotá el próximo año?", "cp1252"),
        ("Le ministre a déclaré qu’il n’y aura pas de négociations à Genève.", "cp1252"),
    ],
)
def test_undeclared_latin_code_page_is_recognised(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_undeclared_cyrillic_is_detected() -> None:
    text = "Президент России заявил журналистам, что переговоры продолжатся в Москве."
    assert decode(text.encode("cp1251")) == text


def test_mixed_utf8_and_cp1252_in_one_file() -> None:
    content = "Line one: “UTF-8” café.\n".encode() + "Line two: “cp1252” naïve.\n".encode("cp1252")
    assert decode(content) == "Line one: “UTF-8” café.\nLine two: “cp1252” naïve.\n"


def test_mostly_cp1252_file_with_a_utf8_line() -> None:
    western = "Zürich talks – “no deal”, said the négociateur.\n"
    content = "Intro: “Genève” café.\n".encode() + (western * 3).encode("cp1252")
    assert decode(content) == "Intro: “Genève” café.\n" + western * 3


def test_mojibake_is_repaired() -> None:
    text = "Café owners said it’s early — for now."
    broken = text.encode("utf-8").decode("cp1252")  # "CafÃ© ... itâ€™s ... â€” ..."
    assert "Ã©" in broken and "â€™" in broken
    assert decode(broken.encode("utf-8")) == text


def test_binary_sniffing() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", "hello")
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert looks_binary(archive.getvalue())
    assert looks_binary(gzip.compress(b"x" * 100)[2:])
    assert looks_binary(b"abc\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 10)
    assert not looks_binary(WESTERN.encode("utf-8"))
    assert not looks_binary(WESTERN.encode("utf-16"))
    assert not looks_binary(b"tab\tseparated\r\nform\x0cfeed\n")


def test_sniff_kind() -> None:
    assert sniff_kind("<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert sniff_kind("\n  <div class='a'><p>One</p><p>Two</p></div>") == "html"
    assert sniff_kind("ISLAMABAD: The minister said <p> tags are fine.\nMore text.") == "text"
    assert sniff_kind("Plain scraped page text.\n\nSecond paragraph.") == "text"


def test_line_ends_become_newlines() -> None:
    assert decode(b"one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"


def test_entities_unescaped_in_text_but_kept_in_html() -> None:
    assert decode(b"AT&amp;T said &quot;no&quot;") == 'AT&T said "no"'
    assert decode(b"<p>AT&amp;T said</p>") == "<p>AT&amp;T said</p>"


@pytest.mark.parametrize(
    "broken,fixed",
    [
        ("Ã  la carte", "à la carte"),  # mojibake whose no-break space became a space
        ("schÃ¶n", "schön"),
        ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "привет"),
        ("C1 \x93quoted\x94", "C1 “quoted”"),
        ("bell\x07 and escape\x1b[31m", "bell and escape"),
        ("line\u2028separator", "line\nseparator"),
        (
            "an – en dash and “quotes” stay – as they are",
            "an – en dash and “quotes” stay – as they are",
        ),
    ],
)
def test_repair_cases(broken: str, fixed: str) -> None:
    assert repair(broken) == fixed


def test_repair_matches_ftfy_on_every_line() -> None:
    """Skipping clue-free lines must not change what ftfy alone would give."""
    lines = [
        "It’s cafÃ© â€” mojibake",
        "naÃ¯ve résumé",
        "Ð\xa0Ð¾ÑÑÐ¸Ñ",
        "Ukraine’s “army” – 30°C, £5, naïve, façade, Zürich",
        "вЂ™ Cyrillic mojibake",
        "Ã vous",
        "â€\ufffd lossy",
        "plain ASCII line with & ampersand",
    ]
    text = "\n".join(lines)
    config = ftfy.TextFixerConfig(
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        normalization=None,
    )
    assert repair(text) == ftfy.fix_text(text, config)
