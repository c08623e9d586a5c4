"""Run the stages over records: the Python API that the CLI only wraps.

The pipeline is ``read -> clean -> nlp -> understanding stages -> (store)``. Cleaning works one
record at a time; the spaCy parse and the understanding stages run over batches of documents,
because spaCy is much faster that way. Each understanding stage is registered in :data:`STAGES`
with the fields it needs and the field it fills, like a spaCy component's contract, and is a
plain ``annotate(doc) -> doc`` function that can be run and tested alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from dateline.clean import clean_record
from dateline.model import DatelineError, Document, Failure, Record
from dateline.read import decode, sniff_kind


@dataclass(frozen=True)
class Stage:
    """An understanding stage: ``target`` names a ``module:function`` from Document to Document."""

    name: str
    target: str
    requires: tuple[str, ...]
    assigns: str

    def load(self) -> Callable[[Document], Document]:
        module, _, func = self.target.partition(":")
        return getattr(importlib.import_module(module), func)


# Order matters: quotes resolve speakers against the entities the actor stage found.
STAGES: tuple[Stage, ...] = (
    Stage("actors", "dateline.actors:annotate", ("parsed", "published"), "entities"),
    Stage("places", "dateline.places:annotate", ("parsed", "dateline"), "places"),
    Stage("times", "dateline.times:annotate", ("parsed", "published"), "times"),
    Stage("quotes", "dateline.quotes:annotate", ("parsed", "entities"), "quotes"),
    Stage("facts", "dateline.facts:annotate", ("parsed", "url"), "facts"),
    Stage(
        "events",
        "dateline.events.coder:annotate",
        ("parsed", "entities", "places", "times", "quotes", "facts", "published", "dateline"),
        "events",
    ),
)


def process_record(record: Record, *, clean: bool = True, published: str | None = None) -> Document:
    """Turn one raw record into a cleaned :class:`Document`.

    Raises :class:`DatelineError` with a message naming the problem when the record cannot be
    used (empty, binary, too large); callers turn that into a per-record failure.
    """
    content = record.content
    text = content if isinstance(content, str) else decode(content, record.encoding)
    if not text.strip():
        raise DatelineError("empty document: no text after decoding")
    kind = record.kind if record.kind != "unknown" else sniff_kind(text)
    return clean_record(
        text,
        kind=kind,
        clean=clean,
        published=published or record.published,
        title=record.title,
        url=record.url,
        site=record.site,
        source_id=record.id,
    )


def _safe_process(record: Record, clean: bool, published: str | None) -> Document | Failure:
    """Process one record; any error becomes a Failure naming the record, never a crash."""
    try:
        return process_record(record, clean=clean, published=published)
    except DatelineError as exc:
        return Failure(key=record.key, id=record.id, error=str(exc))
    except Exception as exc:  # a bug must not lose the rest of the run; the record is named
        return Failure(key=record.key, id=record.id, error=f"internal error: {exc!r}")


def understand(docs: Iterable[Document], stages: Iterable[Stage] = STAGES) -> Iterator[Document]:
    """Parse English documents in batches and run each understanding stage over them."""
    stage_list = list(stages)
    if not stage_list:
        yield from docs
        return
    from dateline.nlp import parse

    funcs = [(stage.name, stage.load()) for stage in stage_list]
    for doc in parse(docs):
        if doc.parsed is not None:
            for name, func in funcs:
                try:
                    func(doc)
                except Exception as exc:  # keep the document and what other stages found
                    doc.flags.append(f"stage {name} failed: {exc!r}")
            doc.parsed = None  # free the parse: it is large and never serialised
        yield doc


def run(
    records: Iterable[Record | Failure],
    *,
    clean: bool = True,
    published: str | None = None,
    stages: Iterable[Stage] = STAGES,
) -> Iterator[Document | Failure]:
    """Process a stream of records, keeping input order; failures pass through in place."""
    stage_list = list(stages)
    buffer: list[Document | Failure] = []

    def flush() -> Iterator[Document | Failure]:
        docs = iter(understand([d for d in buffer if isinstance(d, Document)], stage_list))
        for item in buffer:
            yield item if isinstance(item, Failure) else next(docs)
        buffer.clear()

    for record in records:
        buffer.append(
            record if isinstance(record, Failure) else _safe_process(record, clean, published)
        )
        if len(buffer) >= 64:
            yield from flush()
    yield from flush()


def process(
    text_or_html: str | bytes,
    *,
    published: str | None = None,
    clean: bool = True,
    url: str | None = None,
    title: str | None = None,
) -> Document:
    """Process one page (HTML or scraped text, detected from the content) into a Document."""
    record = Record(key="<input>", content=text_or_html, url=url, title=title)
    [item] = run([record], clean=clean, published=published)
    if isinstance(item, Failure):
        raise DatelineError(item.error)
    return item
