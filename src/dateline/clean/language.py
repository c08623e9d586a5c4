"""Language identification, so language-specific stages can skip what they cannot read."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():
    """The langid model limited to languages with ISO 639-1 codes.

    The full model also knows many small regional languages and creoles (Nigerian Pidgin,
    Central Bikol, ...) that share most of their vocabulary with a major language; on a short
    news sentence they win by a hair ("Police arrested 20 protesters in Lagos" comes out as
    Pidgin). News in those languages is rare, a wrong "not English" skips every stage, so the
    major languages alone are the safer choice.
    """
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(sorted({code for code in identifier.nb_classes if len(code) == 2}))
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    sample = text[:5000]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    lang, _prob = _identifier().classify(sample)
    return lang
