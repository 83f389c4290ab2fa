"""Quote only: a date, a weekday or a span of years a copy editor respelt read as the same
(``core.quote_only_dates``, read by ``core.quote_only_respelt``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.quote_only_dates import MONTHS, WEEKDAYS, date_reading
from desktop_app.core.quote_only_respelt import respelt_stretches
from desktop_app.core.reanchor import place
from desktop_app.core.records import TextQuote

TELUGU_ZERO = 0x0C66

OLD = (
    "Treatment log, bench 1.\n\n"
    "Week of 03/02 · bench 1 · A. Okafor\n"
    "03/02  MS 214 f. 12r  surface cleaned with soft brush  RH 48 %  18 °C\n"
    "04/02  MS 214 f. 13v  tear repaired with Japanese tissue  RH 47 %  18 °C\n"
    "Photographed before and after treatment.\n\n"
    "Reading room hours\n"
    "Tue 21 March  09:30–16:00  Rare books desk closes 15:15\n"
    "Wed 22 March  09:30–16:00  Rare books desk closes 15:15\n\n"
    "Box 30  Folder 1  Correspondence, 1922–1924  1 item\n"
    "Box 30  Folder 2  Sale particulars, 1925–1927  3 items\n"
)
NEW = (
    OLD.replace("03/02", "3 February")
    .replace("04/02", "4 February")
    .replace("Tue 21", "Tuesday 21")
    .replace("Wed 22", "Wednesday 22")
    .replace("1922–1924", "1922–24")
    .replace("1925–1927", "1925–27")
)


def _found(passage: str) -> list[tuple[str, str]]:
    """What one at a time and a batch of one place of ``passage`` of OLD in NEW."""
    start = OLD.index(passage)
    position, quote = describe(OLD, start, start + len(passage))
    return [
        (found.state, NEW[found.start : found.end])
        for found in (place(NEW, position, quote), place_all(NEW, [Request(position, quote)])[0])
    ]


def test_a_date_in_figures_and_in_words_reads_the_same() -> None:
    assert date_reading("03/02") == date_reading("3 February") == ("date", 3, 2)
    assert date_reading("12/04") == date_reading("12 April")


def test_a_weekday_short_and_long_reads_the_same() -> None:
    assert date_reading("Tue") == date_reading("Tuesday") == ("weekday", 1, 0)
    assert date_reading("tue") is None  # a weekday's name is capitalised
    assert date_reading("Tues") is None


def test_a_span_of_years_in_full_and_shortened_reads_the_same() -> None:
    assert date_reading("1921–1923") == date_reading("1921–23") == ("years", 1921, 1923)
    assert date_reading("1921–20") is None  # a span ends after it starts


def test_no_date_is_read_where_the_text_has_none() -> None:
    for word in ("13/13", "00/05", "32/01", "1/2/3", "3", "February", "Marching", "4 m", "2024"):
        assert date_reading(word) is None, word


@given(st.integers(1, 31), st.integers(1, 12), st.booleans())
def test_any_day_reads_alike_in_figures_and_words(day: int, month: int, padded: bool) -> None:
    figures = f"{day:02}/{month:02}" if padded else f"{day}/{month}"
    assert date_reading(figures) == date_reading(f"{day} {MONTHS[month - 1]}")
    assert date_reading(figures) == ("date", day, month)


@given(st.integers(1, 31), st.integers(1, 12))
def test_telugu_digits_read_as_the_same_date(day: int, month: int) -> None:
    telugu = "".join(
        chr(TELUGU_ZERO + int(digit)) if digit.isdigit() else digit
        for digit in f"{day:02}/{month:02}"
    )
    assert date_reading(telugu) == ("date", day, month)


@given(st.sampled_from(WEEKDAYS))
def test_any_weekday_reads_alike_short_and_long(name: str) -> None:
    assert date_reading(name[:3]) == date_reading(name) is not None


@given(st.integers(1000, 9998), st.integers(1, 99))
def test_a_shortened_span_keeps_the_first_year_s_century(first: int, later: int) -> None:
    last = first + later
    shortened = f"{first}–{last % 100:02}"
    expected = ("years", first, last) if last // 100 == first // 100 else None
    if expected is not None:
        assert date_reading(shortened) == date_reading(f"{first}–{last}") == expected


def test_a_log_line_whose_date_is_written_out_is_placed() -> None:
    passage = "03/02  MS 214 f. 12r  surface cleaned with soft brush"
    for state, placed in _found(passage):
        assert state in {"fuzzy", "moved", "exact"}
        assert placed == "3 February  MS 214 f. 12r  surface cleaned with soft brush"


def test_a_day_s_line_whose_weekday_is_written_long_is_placed() -> None:
    for state, placed in _found("Tue 21 March  09:30–16:00  Rare books desk closes 15:15"):
        assert state in {"fuzzy", "moved", "exact"}
        assert placed == "Tuesday 21 March  09:30–16:00  Rare books desk closes 15:15"


def test_a_shortened_span_of_years_is_read_as_the_quote_writes_it() -> None:
    quote = TextQuote("Correspondence, 1922–1924", "Box 30  Folder 1  ", "  1 item")
    found = respelt_stretches(NEW, [quote])
    assert found is not None
    folded, rewritten = found
    assert "Folder 1  Correspondence, 1922–1924  1 item" in folded.text
    assert rewritten == [True]


def test_a_date_the_text_writes_as_the_quote_does_is_not_read_respelt() -> None:
    text = "Ward 1 · 4 March · Yangon\nThank you.\n\nWard 1 · \u1044 March · Yangon\nThank you.\n"
    quote = TextQuote("Thank you.", "Ward 1 · 4 March · Yangon\n", "\n\n")
    assert respelt_stretches(text, [quote]) is None
