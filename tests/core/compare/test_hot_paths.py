"""The cheaper hot paths of round 188 read as the plain code they replaced did."""

from __future__ import annotations

import regex
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop_app.core.compare import bantu_numerals, calendar_words, terms
from desktop_app.core.compare.bantu_numerals import (
    CLASS_PREFIXES,
    SHORT_PREFIX_STEM,
    STEMS,
    class_prefixed_value,
)
from desktop_app.core.compare.lexicon import SUFFIXES
from desktop_app.core.compare.weekdays_table import WEEKDAY_NAMES
from tests.core.compare.by_entry import patched

# Letters the paths look at: ASCII, the marked letters the weekday fold reads plain, Nguni
# and Cyrillic words, capitals inside words, apostrophes, the joiners, Ethiopic digits.
_LETTERS = "aeioubdkmnstlyhgzAEBKMNSTUZ'’ҥҕһөүāēīōūаеноыйсяьі\u200c\u200dΣσς"
_WORDS = st.one_of(
    st.text(_LETTERS, min_size=1, max_size=16),
    st.sampled_from(sorted(WEEKDAY_NAMES)).flatmap(
        lambda name: st.tuples(st.text(_LETTERS, max_size=3), st.text(_LETTERS, max_size=4)).map(
            lambda affixes: affixes[0] + name + affixes[1]
        )
    ),
    st.tuples(st.sampled_from(sorted(CLASS_PREFIXES)), st.sampled_from(sorted(STEMS))).map("".join),
)


def _stem_as_before(word: str) -> str:
    """``terms.stem`` as it was: every suffix of ``SUFFIXES`` tried in turn."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word.endswith(("ся", "сь")) and len(word) - 2 >= terms.STEM_MIN:
        word = word[:-2]
    for _ in range(terms.SUFFIX_PASSES):
        for suffix in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= terms.STEM_MIN:
                if suffix == "ly" and word.endswith("ply"):
                    continue
                word = word[: -len(suffix)]
                break
        else:
            break
    return word[: terms.STEM_MAX]


@given(_WORDS)
def test_stem_takes_off_the_suffix_it_took_off_before(word: str) -> None:
    assert terms.stem(word) == _stem_as_before(word)


def test_stem_keeps_the_order_of_the_suffixes() -> None:
    # "ations" before "s", "ly" but not after "p", two passes
    assert [terms.stem(w) for w in ("nations", "seriously", "supply", "applies")] == [
        _stem_as_before(w) for w in ("nations", "seriously", "supply", "applies")
    ]


def _class_prefixed_as_before(lowered: str) -> int | None:
    """``class_prefixed_value`` as it was: the word cut at each prefix length in turn."""
    longest = max(len(prefix) for prefix in CLASS_PREFIXES)
    for cut in range(2, min(longest, len(lowered) - 2) + 1):
        stem = lowered[cut:]
        if lowered[:cut] in CLASS_PREFIXES and stem in STEMS:
            if len(stem) < SHORT_PREFIX_STEM and (cut < 3 or lowered[0] not in "aeiou"):
                continue
            return STEMS[stem]
    return None


def test_the_table_of_class_prefixed_numerals_is_the_cut_of_every_candidate() -> None:
    candidates = {prefix + stem for prefix in CLASS_PREFIXES for stem in STEMS}
    as_before = {w: v for w in candidates if (v := _class_prefixed_as_before(w)) is not None}
    assert as_before == bantu_numerals.PREFIXED_VALUES
    assert as_before["ababili"] == 2
    assert "bane" not in as_before  # a short stem behind a short prefix


@given(_WORDS, st.sampled_from(["", "na", "amashumi", "abantu"]))
def test_a_class_prefixed_numeral_reads_as_its_cut_did(word: str, before: str) -> None:
    lowered = word.lower()
    expected = _class_prefixed_as_before(lowered)
    if before in ("na", "amashumi"):
        expected = None  # a unit after "na" or a tens word the tables lack
    value = class_prefixed_value(lowered, before)
    assert value == expected
    with patched(bantu_numerals, "READ_CLASS_PREFIXED", False):
        assert class_prefixed_value(lowered, before) is None


def _day_entry_as_before(lowered: str) -> tuple[str, bool] | None:
    entry = WEEKDAY_NAMES.get(lowered)
    if entry is None and terms.FOLD_DAY_LETTERS:
        entry = terms._FOLDED_DAY_NAMES.get(lowered.translate(terms._PLAIN_LETTERS))
    return entry


def _affixed_day_as_before(surface: str, lowered: str) -> str:
    """``terms._affixed_day`` as it was: every place and every ending looked up."""
    for k in range(1, len(surface) - terms.AFFIXED_DAY_SHORTEST + 2):
        if surface[k - 1].islower() and surface[k].isupper():
            tail = lowered[k:]
            entry = WEEKDAY_NAMES.get(tail) or terms._CUT_DAY_NAMES.get(tail)
            if entry is not None and len(tail) >= terms.AFFIXED_DAY_SHORTEST - 1:
                return "@day:" + entry[0]
    for k in range(1, terms.DAY_ENDING_LETTERS + 1):
        head = lowered[:-k]
        entry = _day_entry_as_before(head)
        if entry is None or len(head) < terms.AFFIXED_DAY_SHORTEST or not surface[-k:].islower():
            continue
        if entry[1] and not surface[0].isupper():
            continue
        return "@day:" + entry[0]
    return ""


def _table_day_as_before(surface: str) -> str:
    plain, lowered = terms._unjoined(surface, surface.lower())
    entry = _day_entry_as_before(lowered)
    if entry is not None and not (entry[1] and not plain[0].isupper()):
        return "@day:" + entry[0]
    return _affixed_day_as_before(plain, lowered)


@given(_WORDS, st.booleans())
def test_a_weekday_name_bare_or_affixed_reads_as_before(word: str, fold: bool) -> None:
    assume(terms._unjoined(word, word.lower())[0])  # joiners alone are no word
    with patched(terms, "FOLD_DAY_LETTERS", fold):
        assert terms._table_day(*terms._unjoined(word, word.lower())) == _table_day_as_before(word)


def test_the_weekday_lookup_follows_the_fold_switch() -> None:
    # Hawaiian "Pōʻakahi" (Monday) is CLDR's "Poʻakahi" only with the fold on; the cached
    # lookup is keyed by the switch too
    word = "Pōʻakahi"
    assert terms._table_day(word, word.lower()) == "@day:mon"
    with patched(terms, "FOLD_DAY_LETTERS", False):
        assert terms._table_day(word, word.lower()) == ""
    assert terms._table_day("ngoLwesithathu", "ngolwesithathu") == "@day:wed"  # a capital inside


def test_the_token_pattern_matches_as_it_did_without_the_digit_first() -> None:
    # the clock words' lookbehinds were tried at every character; the digit is looked for first
    as_before = regex.compile(terms._TOKEN.pattern.replace("|(?=\\d)(?:(?<=", "|(?:(?<="))
    assert as_before.pattern != terms._TOKEN.pattern
    text = (
        "Kello 7.15 ja klo 8.30; vers 16 heures, à 9 heures; ngehora 6.00 ntambama, godz. 7.15,"
        " saat 05.00, um 7.30 Uhr, Pulksten 11.20 un pulksten 11; 1'200 and 6½, ¾ of 12,5."
    )
    found = [(m.lastgroup, m.span()) for m in terms._TOKEN.finditer(text)]
    assert found == [(m.lastgroup, m.span()) for m in as_before.finditer(text)]
    assert ("time", (text.index("7.15"), text.index("7.15") + 4)) in found


@given(st.text(_LETTERS + " 0123456789.:½", max_size=60))
def test_the_token_pattern_matches_as_it_did_on_any_text(text: str) -> None:
    as_before = regex.compile(terms._TOKEN.pattern.replace("|(?=\\d)(?:(?<=", "|(?:(?<="))
    assert [m.span() for m in terms._TOKEN.finditer(text)] == [
        m.span() for m in as_before.finditer(text)
    ]


@given(st.text(_LETTERS + " -", max_size=60))
def test_the_calendar_words_are_cut_as_before(text: str) -> None:
    # a word with no apostrophe is taken whole; one with an apostrophe is cut as before
    as_before: list[calendar_words._Word] = []
    for match in calendar_words._APOSTROPHED.finditer(text):
        lowered = match.group(0).casefold()
        joined = lowered.translate(calendar_words._AS_CLDR)
        if joined != lowered and joined in calendar_words._NAMES:
            as_before.append(calendar_words._Word(match.start(), match.end(), match[0], joined))
        else:
            as_before += calendar_words._plain_words(text, match.start(), match.end())
    assert list(calendar_words._words(text)) == as_before
