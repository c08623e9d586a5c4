"""Shared test fixtures: the ``../shared`` data sets, skipped with a reason when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval import shared_dir
from dateline.model import DatelineError


def _shared() -> Path | None:
    try:
        return shared_dir()
    except DatelineError:
        return None


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``shared/`` folder; tests that need it skip when it is not beside the project."""
    path = _shared()
    if path is None:
        pytest.skip("../shared is absent: evaluation data and the seed page are not available")
    return path


@pytest.fixture(scope="session")
def seed_text(shared: Path) -> str:
    """The seed page: a real scraped Dawn story with caption, footer and sidebar left in."""
    path = shared / "seeds" / "000_92528f7ecbf4df69.txt"
    if not path.exists():
        pytest.skip(f"seed page {path} is absent")
    return path.read_text(encoding="utf-8")
