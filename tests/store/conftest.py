"""A fresh store file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "test.db") as s:
        yield s
