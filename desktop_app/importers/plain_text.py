"""Plain-text files: detect the encoding, decode, take a title from the first line or the name.

Decoding order: a byte-order mark wins (UTF-8, UTF-16, UTF-32); then strict UTF-8; then
charset-normalizer's guess, preferring a Windows code page (Windows-1252, a superset of
Latin-1 for text, first) when it reads the bytes about as cleanly as the best guess: short
Western texts are otherwise often taken for Baltic code pages, and Russian ones for Mac
Cyrillic, though legacy files almost always come from Windows. Bytes no encoding reads as text
are refused as binary.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.records import Article
from desktop_app.importers.base import ImportFailed, Progress
from desktop_app.importers.common import (
    MAX_TEXT_FILE_BYTES,
    Steps,
    check_size,
    finish_article,
    guess_title,
)

if TYPE_CHECKING:
    from charset_normalizer.models import CharsetMatch

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_PREFERRED_LEGACY = "cp1252"
#: How much worse (charset-normalizer "chaos", 0-1) a Windows code page may read than the best
#: guess and still be preferred.
_PREFERENCE_MARGIN = 0.1
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_CHUNK = 1024 * 1024


class UndecodableText(ValueError):
    """Bytes that no encoding reads as text."""


def decode_text(raw: bytes) -> str:
    """Decode the bytes of a text file, detecting the encoding (see the module docstring).

    Raises :class:`UndecodableText` for bytes that look binary.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as error:
                raise UndecodableText(f"it starts like {encoding} text but is not") from error
    if b"\x00" not in raw:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    text = _guess_and_decode(raw)
    if text is None or _looks_binary(text):
        raise UndecodableText("it looks like a binary file, not text")
    return text


def _guess_and_decode(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        return None
    if b"\x00" not in raw:
        plausible = [m for m in matches if m.chaos <= best.chaos + _PREFERENCE_MARGIN]
        for encoding in _preferred(plausible):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
    return str(best)


def _preferred(matches: Iterable[CharsetMatch]) -> list[str]:
    """Windows code pages among plausible guesses: Windows-1252 first, then by rank."""
    encodings = [e for m in matches for e in (m.encoding, *m.could_be_from_charset)]
    windows = [e for e in dict.fromkeys(encodings) if re.fullmatch(r"cp125\d", e)]
    return sorted(windows, key=lambda e: e != _PREFERRED_LEGACY)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


def read_article(
    path: Path, *, title: str | None = None, progress: Progress | None = None, **metadata: str
) -> Article:
    """An article from a plain-text file (:class:`ImportFailed` when it is not one)."""
    steps = Steps(path, progress)
    size = check_size(path, MAX_TEXT_FILE_BYTES)
    raw = bytearray()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            raw += chunk
            steps(0.6 * len(raw) / size)
    try:
        text = decode_text(bytes(raw))
    except UndecodableText as error:
        raise ImportFailed(f"{path.name}: {error}") from None
    steps(0.9)
    article = finish_article(
        text, path, "text/plain", title=title or guess_title(text, path), **metadata
    )
    steps(1.0)
    return article
