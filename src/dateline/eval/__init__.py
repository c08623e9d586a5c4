"""Scorers that measure each component against annotated public data in ``../shared/eval``.

Every scorer module here exposes ``evaluate(limit=None) -> dict[str, float]`` and an ``ANCHORS``
table of published figures; ``dateline eval NAME`` prints both side by side and the CI quality
gate (``tests/quality``) pins the figures as floors. The data is read in place and never copied
into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from dateline.model import DatelineError


def shared_dir() -> Path:
    """Locate ``shared/``: ``$DATELINE_SHARED``, else ``../shared`` beside the project or cwd."""
    env = os.environ.get("DATELINE_SHARED")
    candidates = [Path(env)] if env else []
    candidates += [
        Path(__file__).resolve().parents[3].parent / "shared",
        Path.cwd().parent / "shared",
        Path.cwd() / "shared",
    ]
    for path in candidates:
        if (path / "eval").is_dir():
            return path
    raise DatelineError("shared/eval not found: set DATELINE_SHARED to the folder holding eval/")


def eval_path(*parts: str) -> Path:
    """A path under ``shared/eval``, with a clear error when that data set is absent."""
    path = shared_dir().joinpath("eval", *parts)
    if not path.exists():
        raise DatelineError(f"evaluation data {path} is absent")
    return path


def own_set(names: Iterable[str], limit: int | None = None) -> list[dict[str, Any]]:
    """The rows of annotated sets we wrote ourselves (JSON lines in ``training/events``, read
    from the source checkout), the first ``limit`` of them; a bad line is an error naming it."""
    folder = Path(__file__).resolve().parents[3] / "training" / "events"
    rows = []
    for name in names:
        path = folder / name
        if not path.exists():
            raise DatelineError(f"annotated set {path} is absent (it ships with the source)")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise DatelineError(f"{path.name}:{n}: not a JSON object ({exc})") from exc
    return rows[:limit]


def harmonic(precision: float, recall: float) -> float:
    """F1: the harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(matched: int, gold: int, predicted: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts of matches, gold items and predictions."""
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    return precision, recall, harmonic(precision, recall)


def format_report(title: str, metrics: dict[str, float], anchors: list[tuple[str, str]]) -> str:
    """A plain-text report: our figures first, then the published anchors beside them."""
    lines = [title, "-" * len(title)]
    for name, value in metrics.items():
        shown = f"{value:.4f}" if isinstance(value, float) else str(value)
        lines.append(f"  {name:<28} {shown}")
    if anchors:
        lines.append("  published anchors:")
        lines += [f"    {who:<40} {what}" for who, what in anchors]
    return "\n".join(lines)


def positive(text: str) -> int:
    """An argparse type for ``--limit``: a positive whole number, else a usage error."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, not {text!r}")
    return int(text)


def scorer_parser(
    name: str, doc: str | None, unit: str, classifier: bool = False
) -> argparse.ArgumentParser:
    """The command line every scorer shares (``dateline eval NAME [--limit N]``); a scorer adds
    its own options to it. ``classifier``: the scorer runs the event classifier, so it takes
    ``--classifier``, the same choice as ``DATELINE_EVENT_CLASSIFIER``."""
    parser = argparse.ArgumentParser(
        prog=f"dateline eval {name}", description=(doc or "").split("\n", 1)[0]
    )
    parser.add_argument("--limit", type=positive, help=f"score only N {unit}")
    if classifier:
        from dateline.events.classify import BACKENDS

        parser.add_argument(
            "--classifier",
            choices=BACKENDS,
            action=_ChooseClassifier,
            help="the event classifier backend (default: $DATELINE_EVENT_CLASSIFIER or textcat)",
        )
    return parser


class _ChooseClassifier(argparse.Action):
    """Sets ``DATELINE_EVENT_CLASSIFIER`` for this run, so the scorer and the coder it drives
    both use the chosen backend."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        os.environ["DATELINE_EVENT_CLASSIFIER"] = str(values)
        setattr(namespace, self.dest, values)


def report(
    title: str, measure: Callable[[], dict[str, float]], anchors: list[tuple[str, str]]
) -> int:
    """Run a scorer and print its figures beside the anchors; a missing data set or another
    user error is one line on stderr and exit status 2, never a traceback."""
    try:
        metrics = measure()
    except DatelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_report(title, metrics, anchors))
    return 0
