"""The docs stay true: every schema field is documented, every CLI verb is in the README."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.cli import COMMANDS

ROOT = Path(__file__).resolve().parents[1]


def test_every_schema_field_is_documented() -> None:
    schema = json.loads((ROOT / "src/dateline/schema/document.schema.json").read_text())
    page = (ROOT / "docs/schema.md").read_text()
    missing = [name for name in schema["properties"] if f"| `{name}` |" not in page]
    assert not missing, f"docs/schema.md does not document {missing}"


def test_readme_starts_with_the_two_commands_and_covers_every_verb() -> None:
    readme = (ROOT / "README.md").read_text()
    first_block = readme[: readme.index("## ", readme.index("make test"))]
    assert "make demo" in first_block and "make test" in first_block
    missing = [verb for verb in COMMANDS if f"dateline {verb}" not in readme]
    assert not missing, f"README.md does not show {missing}"
