"""The ``dateline`` command: a thin wrapper over the Python API, verb for verb.

Exit codes: 0 when everything went through, 1 when any record failed (each failure is reported
and the run goes on), 2 for a usage or user error (printed without a traceback), 130 when
interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from dateline import __version__
from dateline.clean.news import parse_date
from dateline.events import export
from dateline.model import DatelineError, Document, Failure, Record
from dateline.pipeline import run
from dateline.read import MAX_BYTES, iter_records
from dateline.store import FOUND, Store, default_path

EVALUATIONS = ("extraction", "geo", "time", "quotes", "facts", "events", "coder", "attributes")


def _date_arg(text: str) -> str:
    """argparse type for dates: any unambiguous date, normalised to YYYY-MM-DD."""
    value = parse_date(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)")
    return value


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders, archives, or - for stdin"
    )
    p.add_argument(
        "--published",
        type=_date_arg,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) to assume",
    )
    p.add_argument(
        "--no-clean",
        dest="clean",
        action="store_false",
        help="keep the given text verbatim as body",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=MAX_BYTES,
        metavar="N",
        help=f"refuse records larger than N bytes (default {MAX_BYTES})",
    )
    progress = p.add_mutually_exclusive_group()
    progress.add_argument("--progress", action="store_true", help="always show a progress bar")
    progress.add_argument("--quiet", action="store_true", help="never show a progress bar")


def _add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        default=None,
        metavar="FILE",
        help=f"store file (default: $DATELINE_DB or {default_path()})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="Turn raw news (pages, scraped text, feeds, WARC) into structured event data.",
    )
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="process documents and print them as JSON or JSONL")
    _add_input_options(p)
    p.add_argument(
        "--format",
        choices=("json", "jsonl"),
        help="json for one document, jsonl for many (default: by count)",
    )

    p = sub.add_parser("ingest", help="process documents into the store")
    _add_input_options(p)
    _add_db_option(p)

    p = sub.add_parser("articles", help="list stored articles, newest first")
    _add_db_option(p)
    p.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")

    p = sub.add_parser("search", help="full-text search over stored titles and bodies")
    p.add_argument("query", help='words, or FTS5 syntax: "exact phrase", a OR b, prefix*')
    _add_db_option(p)
    p.add_argument("--limit", type=int, default=20, help="how many (default 20)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")

    p = sub.add_parser("show", help="print one stored document as JSON")
    p.add_argument("id", help="article id (or a unique prefix of 6+ characters)")
    _add_db_option(p)

    p = sub.add_parser("events", help="query events merged across stored articles, and export them")
    _add_db_option(p)
    p.add_argument("--since", type=_date_arg, metavar="DATE", help="events on or after DATE")
    p.add_argument("--until", type=_date_arg, metavar="DATE", help="events on or before DATE")
    p.add_argument("--type", help="PLOVER event type, e.g. PROTEST")
    p.add_argument("--actor-country", metavar="ISO3", help="an actor's country, e.g. RUS")
    p.add_argument("--recipient-country", metavar="ISO3", help="a recipient's country")
    p.add_argument("--country", metavar="CODE", help="where the event happened (ISO2/ISO3/name)")
    p.add_argument("--text", help="words in the sentence of any mention")
    p.add_argument("--limit", type=int, help="at most N events")
    p.add_argument("--format", choices=export.FORMATS, default="table")
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")

    p = sub.add_parser("failures", help="list records that failed during ingest")
    _add_db_option(p)

    p = sub.add_parser("eval", help="measure a component against ../shared/eval")
    p.add_argument("name", choices=EVALUATIONS, help="which component")
    p.add_argument(
        "options",
        nargs=argparse.REMAINDER,
        help="the scorer's own options, e.g. --limit N (see dateline eval NAME --help)",
    )
    return parser


def _progress(items: Iterable[Any], args: argparse.Namespace) -> Iterable[Any]:
    """Wrap ``items`` in a progress bar (rate and ETA) on stderr when a person is watching;
    only then are the inputs counted for the ETA, since counting reads JSONL files once more."""
    show = args.progress or (not args.quiet and sys.stderr.isatty())
    if not show:
        return items
    from tqdm import tqdm

    total = estimate_total(args.paths)
    return tqdm(items, total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)


def estimate_total(paths: Sequence[str]) -> int | None:
    """How many records the inputs hold, when cheap to know (for the progress bar's ETA).

    Plain files count one each and JSONL files one per line; stdin, archives and feeds hold an
    unknown number, so the bar then shows the rate only.
    """
    total = 0
    for raw in paths:
        path = Path(raw)
        if raw == "-" or not path.exists():
            return None
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            if suffix in {".gz", ".warc", ".xml", ".rss", ".atom", ".json"}:
                return None
            if suffix == ".jsonl":
                with file.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            else:
                total += 1
    return total


def _records(args: argparse.Namespace) -> Iterator[Record | Failure]:
    return iter_records(args.paths, max_bytes=args.max_bytes)


def _process(args: argparse.Namespace) -> Iterator[Document | Failure]:
    return run(_records(args), clean=args.clean, published=args.published)


def _report_failure(failure: Failure) -> None:
    print(f"dateline: {failure.key}: {failure.error}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    items = iter(_progress(_process(args), args))
    head = list(itertools.islice(items, 2))
    fmt = args.format or ("json" if len(head) == 1 else "jsonl")
    failed = 0
    for item in itertools.chain(head, items):
        if isinstance(item, Failure):
            failed += 1
            _report_failure(item)
            payload = json.dumps(item.to_dict(), ensure_ascii=False)
        else:
            payload = item.to_json(indent=2 if fmt == "json" else None)
        print(payload, file=out)
    return 1 if failed else 0


def cmd_ingest(args: argparse.Namespace, out: TextIO) -> int:
    started = time.perf_counter()
    with Store(args.db) as store:
        stats = store.ingest(_progress(_process(args), args))
    elapsed = max(time.perf_counter() - started, 1e-9)
    for failure in stats.failures:
        _report_failure(failure)
    done = stats.processed + stats.skipped
    print(
        f"processed {stats.processed}, skipped {stats.skipped} (already stored), "
        f"failed {stats.failed}; {done / elapsed:.1f} articles/s -> {store.path}",
        file=out,
    )
    return 1 if stats.failed else 0


def _print_rows(rows: list[dict[str, Any]], columns: Sequence[str], fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False), file=out)
        return
    for row in rows:
        print(
            "  ".join(str(row.get(c) if row.get(c) is not None else "-") for c in columns), file=out
        )


def cmd_articles(args: argparse.Namespace, out: TextIO) -> int:
    with Store(args.db) as store:
        rows = store.articles(limit=args.limit)
        total = store.count()
    if args.format == "table":
        header = " ".join(f"{f[:8]:<8}" for f in FOUND)
        print(f"{'id':<17} {'published':<10} {header} title", file=out)
        for row in rows:
            counts = " ".join(f"{row[f]:<8}" for f in FOUND)
            published = row["published"] or "-"
            print(f"{row['id']:<17} {published:<10} {counts} {row['title'] or '-'}", file=out)
    else:
        _print_rows(rows, (), args.format, out)
    if args.format == "table":
        print(f"({len(rows)} of {total} articles)", file=out)
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    with Store(args.db) as store:
        rows = store.search(args.query, limit=args.limit)
    if args.format == "jsonl":
        _print_rows(rows, (), "jsonl", out)
        return 0
    for row in rows:
        print(f"{row['id']}  {row['published'] or '-'}  {row['title'] or '-'}", file=out)
        print(f"    {' '.join(row['snippet'].split())}", file=out)
    print(f"({len(rows)} matches for {args.query!r})", file=out)
    return 0


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    with Store(args.db) as store:
        print(store.get(args.id).to_json(indent=2), file=out)
    return 0


def cmd_events(args: argparse.Namespace, out: TextIO) -> int:
    with Store(args.db) as store:
        rows = store.events(
            since=args.since,
            until=args.until,
            type=args.type,
            actor_country=args.actor_country,
            recipient_country=args.recipient_country,
            country=args.country,
            text=args.text,
            limit=args.limit,
        )
    if args.output:
        mode = "wb" if args.format == "parquet" else "w"
        try:
            with open(args.output, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
                export.write(rows, args.format, fh, binary=fh if mode == "wb" else None)
        except OSError as exc:
            raise DatelineError(f"cannot write {args.output}: {exc.strerror}") from exc
        print(f"{len(rows)} events -> {args.output}", file=sys.stderr)
    else:
        export.write(rows, args.format, out)
    return 0


def cmd_failures(args: argparse.Namespace, out: TextIO) -> int:
    with Store(args.db) as store:
        rows = store.failures()
    for row in rows:
        print(f"{row['failed_at']}  {row['record']}: {row['error']}", file=out)
    print(f"({len(rows)} failures)", file=out)
    return 0


def cmd_eval(args: argparse.Namespace, out: TextIO) -> int:
    module = importlib.import_module(f"dateline.eval.{args.name}")
    return module.main(args.options)


COMMANDS = {
    "extract": cmd_extract,
    "ingest": cmd_ingest,
    "articles": cmd_articles,
    "search": cmd_search,
    "show": cmd_show,
    "events": cmd_events,
    "failures": cmd_failures,
    "eval": cmd_eval,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args, sys.stdout)
    except DatelineError as exc:
        print(f"dateline: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dateline: interrupted; what was committed is kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
