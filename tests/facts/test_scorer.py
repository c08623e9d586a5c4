"""The facts scorer: runs on our annotated set and refuses bad arguments with a message."""

from __future__ import annotations

import pytest

from dateline.eval import facts as scorer


def test_scorer_reports_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert scorer.main(["--limit", "5"]) == 0
    out = capsys.readouterr().out
    assert "f1" in out and "sentences" in out


def test_scorer_refuses_a_bad_limit(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        scorer.main(["--limit", "0"])
    assert exit_.value.code == 2  # a usage error, as from any dateline command
    assert "positive" in capsys.readouterr().err
