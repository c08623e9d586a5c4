"""Language identification, so language-specific stages can skip what they cannot read."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    sample = text[:5000]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    lang, _prob = _identifier().classify(sample)
    return lang
