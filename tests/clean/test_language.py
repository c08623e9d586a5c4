"""Language identification: short English news is English; other languages are told apart."""

from __future__ import annotations

import pytest

from dateline.clean.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police arrested 20 protesters in Lagos on Monday.", "en"),
        ("Troops left Kabul on Monday morning.", "en"),
        ("Des milliers de manifestants ont défilé samedi à Paris.", "fr"),
        ("Tausende Menschen demonstrierten am Samstag in Berlin gegen die Regierung.", "de"),
        ("Miles de personas marcharon el sábado en Madrid contra el gobierno.", "es"),
        ("Тысячи людей вышли в субботу на улицы Москвы.", "ru"),
    ],
)
def test_languages(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_too_little_text_to_tell() -> None:
    assert detect_language("12 34 -- !!") is None
