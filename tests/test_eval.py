"""The runner every scorer shares: options pass through the CLI, and a missing data set is a
one-line error with status 2 rather than a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.cli import main
from dateline.eval import report
from dateline.model import DatelineError


def test_cli_passes_the_scorer_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "facts", "--limit", "3"]) == 0
    assert "sentences                    3" in capsys.readouterr().out


def test_a_missing_data_set_is_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def measure() -> dict[str, float]:
        raise DatelineError(f"evaluation data {tmp_path} is absent")

    assert report("title", measure, []) == 2
    assert capsys.readouterr().err.strip() == f"error: evaluation data {tmp_path} is absent"


def test_classifier_option_sets_the_backend_for_the_whole_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from dateline.eval import scorer_parser
    from dateline.events.classify import backend

    parser = scorer_parser("events", None, "stories", classifier=True)
    monkeypatch.setenv("DATELINE_EVENT_CLASSIFIER", "textcat")  # restored after the test
    assert parser.parse_args(["--classifier", "embeddings"]).classifier == "embeddings"
    assert backend() == "embeddings"
    with pytest.raises(SystemExit):
        parser.parse_args(["--classifier", "bert"])
    assert "invalid choice" in capsys.readouterr().err
