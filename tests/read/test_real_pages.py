"""Decoding real pages: the Zyte extraction benchmark's gzipped HTML, read in place.

Every non-ASCII word of each page's annotated article body must come out of the reader and
decoder intact: a wrong charset or an over-eager repair would garble exactly those words.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from dateline.model import Record
from dateline.read import decode, iter_records

PAGES = 60


def test_zyte_pages_decode_with_every_non_ascii_word_intact(shared: Path) -> None:
    root = shared / "eval" / "extraction" / "zyte"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    paths = sorted(str(p) for p in (root / "html").glob("*.html.gz"))[:PAGES]
    found = total = 0
    for record in iter_records(paths):
        assert isinstance(record, Record), record
        text = decode(record.content, record.encoding)
        body = truth[Path(record.key).name.split(".")[0]]["articleBody"]
        words = {w for w in re.findall(r"\w+", body) if not w.isascii()}
        found += sum(w in text for w in words)
        total += len(words)
    assert total > 100
    assert found == total
