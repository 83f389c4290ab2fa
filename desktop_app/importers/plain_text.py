"""Plain-text files: decode, canonicalise, take a title from the first line or the name."""

from __future__ import annotations

import codecs
from pathlib import Path

from desktop_app.core.factory import make_article
from desktop_app.core.records import Article


class ImportError_(ValueError):
    """A file that cannot become an article, with the reason in words."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(raw: bytes) -> str:
    """Decode bytes of a text file: a BOM wins, then UTF-8, then Windows-1252."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_article(path: Path, *, title: str | None = None, **metadata: str) -> Article:
    """An article from a plain-text file."""
    raw = path.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportError_(f"{path.name} looks like a binary file, not text")
    text = decode_text(raw)
    if not text.strip():
        raise ImportError_(f"{path.name} is empty")
    if title is None:
        title = guess_title(text, path)
    return make_article(
        text, title=title, source_file=path.name, source_format="text/plain", **metadata
    )


def guess_title(text: str, path: Path) -> str:
    """The first line when it is short enough to be a headline, else the file name."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if 0 < len(first) <= 140:
        return first
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.name
