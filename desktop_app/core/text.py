"""Canonical article text: the one string every offset, quote and export refers to."""

from __future__ import annotations

import re
import unicodedata

try:  # CPython's own SHA-256: importing hashlib loads and initialises OpenSSL (~3 ms at start)
    from _sha256 import sha256 as _sha256
except ImportError:  # other interpreters and versions (3.12 renamed it): the same digest
    from hashlib import sha256 as _sha256

#: What a lone surrogate becomes: U+FFFD REPLACEMENT CHARACTER (one code point for one, so
#: offsets into a text stay where they were).
REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


def has_lone_surrogates(text: str) -> bool:
    """True when ``text`` holds a surrogate code point (UTF-8 cannot encode it)."""
    return _SURROGATE.search(text) is not None


def replace_lone_surrogates(text: str) -> tuple[str, int]:
    """``text`` with every surrogate code point replaced by U+FFFD, and how many were.

    A high surrogate directly followed by a low one (as a UTF-16 decoder that kept them
    apart leaves them) is one character split in two: it is joined, not replaced.
    """
    if _SURROGATE.search(text) is None:
        return text, 0
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return joined, joined.count(REPLACEMENT) - text.count(REPLACEMENT)


def canonicalize(raw: str) -> str:
    """Return the canonical form of ``raw``: no BOM, LF line endings, Unicode NFC.

    Line and paragraph separators (U+2028, U+2029) become LF too, so that a text shown
    in Qt (which turns them into block breaks) has exactly one block per canonical line;
    a lone surrogate (which no file can hold) becomes U+FFFD.
    """
    text = replace_lone_surrogates(raw)[0].lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return unicodedata.normalize("NFC", text)


def sha256_hex(text: str) -> str:
    """SHA-256 of the UTF-8 encoding of ``text``, as lowercase hex."""
    digest: str = _sha256(text.encode("utf-8")).hexdigest()
    return digest


def is_canonical(text: str) -> bool:
    """True when ``text`` is already in canonical form."""
    return canonicalize(text) == text


def one_line(text: str, limit: int = 60) -> str:
    """``text`` on one line (runs of white space as one space), cut to ``limit`` with "…"."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
