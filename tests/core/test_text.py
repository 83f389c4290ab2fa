"""Canonical text: BOM, line endings, NFC, idempotence, and the SHA-256 of an article."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.new_records import make_article
from desktop_app.core.text import canonicalize, is_canonical, replace_lone_surrogates, sha256_hex

BOM = "\ufeff"
LINE_BREAKS = ("\n", "\r\n", "\r", "\u2028", "\u2029")

# Characters that make canonicalisation interesting: breaks, BOMs, marks that compose,
# Hangul jamo, astral characters, a singleton decomposition (Ångström sign), a ligature.
_TRICKY = st.sampled_from(
    [
        *LINE_BREAKS,
        BOM,
        *("e", "\u0301", "\u0327", "\u0308", "\u1100", "\u1161", "\u11a8"),
        *("\u212b", "\ufb01", "😀", "\u200d", "\u00a0", "ש", "\u05b8", "a", " "),
    ]
)
raw_texts = st.one_of(
    st.text(),
    st.lists(st.one_of(_TRICKY, st.characters()), max_size=40).map("".join),
)
# Lines holding no line-break character and no BOM (a BOM is only stripped at the start).
_line_text = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_characters="\n\r\u2028\u2029\ufeff"),
        st.sampled_from(["e", "\u0301", "\u0327", "\u1100", "\u1161", "😀", "\u00a0"]),
    ),
    min_size=1,
    max_size=12,
)


# -- BOM -------------------------------------------------------------------------------------


def test_a_leading_byte_order_mark_is_stripped() -> None:
    assert canonicalize(BOM + "Kazakhstan") == "Kazakhstan"


def test_a_byte_order_mark_inside_the_text_is_kept() -> None:
    # Inside a text U+FEFF is a zero-width no-break space, which is content.
    assert canonicalize("a" + BOM + "b") == "a" + BOM + "b"


def test_a_text_of_only_a_bom_is_empty() -> None:
    assert canonicalize(BOM) == ""


def test_canonical_form_of_a_double_bom_text_is_canonical() -> None:
    canonical = canonicalize(BOM + BOM + "text")
    assert is_canonical(canonical)


# -- line endings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\u2028b", "a\nb"),
        ("a\u2029b", "a\nb"),
        ("a\r\n\r\nb", "a\n\nb"),  # a blank line survives
        ("a\r\rb", "a\n\nb"),  # two old-Mac line ends are two lines
        ("a\n\rb", "a\n\nb"),  # LF then CR is two breaks, not one
        ("a\r\n", "a\n"),
        ("\r\n", "\n"),
        ("a\r\r\nb", "a\n\nb"),
    ],
)
def test_every_line_ending_becomes_one_lf(raw: str, expected: str) -> None:
    assert canonicalize(raw) == expected


@given(
    lines=st.lists(_line_text, min_size=1, max_size=8),
    separators=st.lists(st.sampled_from(LINE_BREAKS), min_size=7, max_size=7),
    bom=st.booleans(),
)
def test_line_endings_do_not_matter(lines: list[str], separators: list[str], bom: bool) -> None:
    raw = lines[0] + "".join(sep + line for sep, line in zip(separators, lines[1:], strict=False))
    # a lone surrogate (hypothesis may draw one) becomes U+FFFD, as at every entry point
    expected = "\n".join(
        unicodedata.normalize("NFC", replace_lone_surrogates(line)[0]) for line in lines
    )
    assert canonicalize((BOM if bom else "") + raw) == expected


# -- Unicode normalisation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Cafe\u0301", "Caf\u00e9"),  # e + combining acute -> é
        ("c\u0327a", "\u00e7a"),  # c + cedilla -> ç
        ("\u1100\u1161\u11a8", "\uac01"),  # Hangul jamo -> one syllable
        ("\u212b", "\u00c5"),  # Ångström sign -> Å (a singleton decomposition)
        ("\ufb2a", "\u05e9\u05c1"),  # Hebrew shin with shin dot: a composition exclusion
    ],
)
def test_text_is_composed_to_nfc(raw: str, expected: str) -> None:
    assert canonicalize(raw) == expected
    assert canonicalize(raw) == unicodedata.normalize("NFC", raw)


def test_compatibility_characters_are_left_alone() -> None:
    # NFC, not NFKC: a ligature, a superscript and a no-break space keep their identity.
    assert canonicalize("\ufb01 x\u00b2\u00a0y") == "\ufb01 x\u00b2\u00a0y"


@given(raw_texts)
def test_canonical_text_has_no_bom_cr_or_unicode_separators(raw: str) -> None:
    canonical = canonicalize(raw)
    assert "\r" not in canonical
    assert "\u2028" not in canonical
    assert "\u2029" not in canonical
    assert unicodedata.is_normalized("NFC", canonical)
    assert not canonical.startswith(BOM)


@given(raw_texts)
def test_canonicalize_is_idempotent(raw: str) -> None:
    canonical = canonicalize(raw)
    assert canonicalize(canonical) == canonical
    assert is_canonical(canonical)


@given(raw_texts)
def test_canonicalize_keeps_the_number_of_lines(raw: str) -> None:
    body = raw.removeprefix(BOM)
    breaks = body.replace("\r\n", "\n")
    expected = sum(breaks.count(c) for c in "\n\r\u2028\u2029")
    assert canonicalize(raw).count("\n") == expected


def test_is_canonical() -> None:
    assert is_canonical("plain text\nwith lines")
    assert not is_canonical("a\r\nb")
    assert not is_canonical(BOM + "a")
    assert not is_canonical("e\u0301")


# -- SHA-256 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "digest"),
    [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ],
)
def test_sha256_known_vectors(text: str, digest: str) -> None:
    assert sha256_hex(text) == digest


@given(st.text())
def test_sha256_is_of_the_utf8_encoding_in_lowercase_hex(text: str) -> None:
    digest = sha256_hex(text)
    assert digest == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert len(digest) == 64
    assert digest == digest.lower()


def test_sha256_tells_composed_from_decomposed_text() -> None:
    # The hash is of the text as given, so only the canonical text has the article's hash.
    assert sha256_hex("caf\u00e9") != sha256_hex("cafe\u0301")
    assert sha256_hex("😀") == hashlib.sha256(b"\xf0\x9f\x98\x80").hexdigest()


@given(raw_texts)
def test_an_article_holds_its_canonical_text_and_its_hash(raw: str) -> None:
    article = make_article(raw, title="t")
    assert article.text == canonicalize(raw)
    assert article.sha256 == sha256_hex(article.text)
