"""Quote only, one at a time: a copy editor's respellings every reader reads alike written one
way (``core.quote_only_normal_form``, called by ``reanchor.place``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_only_normal_form import (
    WEEKDAYS,
    mostly_respelt,
    normal_form,
    quote_in_normal_form,
)
from desktop_app.core.reanchor import place
from desktop_app.core.records import TextQuote

OLD = (
    "Order paper for Tuesday 17 March 2026\n\n"
    "The House sits at 11.30 am.\n\n"
    "8  Questions to the Secretary of State for Transport\n"
    "Not before 12.30 pm\n"
    "Sponsor: Rt Hon Jess Phillips\n"
    "Notes: Amendments have been tabled\n\n"
    "9  Water (Special Measures) Bill: Second Reading\n"
    "Not before 2.30 pm\n"
    "Sponsor: Ms Rose Okafor\n"
    "Notes: Amendments have been tabled\n\n"
    "Donation of £1,250 from the Rivers Trust, 3.1 per cent of the fund.\n"
    "Col. 412  line 7  for 'fourteen' read 'forty' - a misprint\n\n"
    "Tue 17 March  09:30  Room 8  Oral evidence: water quality\n"
    "Wed 18 March  09:30  Room 8  Oral evidence: bus services\n"
)
#: OLD as a copy editor sets it: every respelling written the other way.
NEW = (
    OLD.replace("12.30 pm", "12:30")
    .replace("2.30 pm", "14:30")
    .replace("11.30 am", "11:30")
    .replace("Rt Hon", "Right Honourable")
    .replace("£1,250", "£1250")
    .replace("3.1 per cent", "3.1%")
    .replace("'fourteen'", "‘fourteen’")
    .replace("'forty' -", "‘forty’ –")
    .replace("Tue 17 March  09:30", "Tuesday 17 March  9.30 am")
    .replace("Wed 18 March  09:30", "Wednesday 18 March  9.30 am")
)


def _placed(passage: str) -> tuple[str, str]:
    """How one at a time places ``passage`` of OLD in NEW, and the words it lands on."""
    start = OLD.index(passage)
    found = place(NEW, *describe(OLD, start, start + len(passage)))
    return found.state, NEW[found.start : found.end]


def test_each_respelling_is_written_one_way() -> None:
    pairs = (
        ("Not before 12.30 pm", "Not before 12:30"),
        ("at 7am.", "at 07:00."),
        ("at 9.30 a.m. sharp", "at 09:30 sharp"),
        ("£1,250,000", "£1250000"),
        ("3.1 per cent", "3.1%"),
        ("3.1 %", "3.1%"),
        ("the Right Honourable member", "the Rt Hon member"),
        ("circa 1920", "c. 1920"),
        ("Thursday 12 March", "Thu 12 March"),
        ("‘forty’ – “now”…", "'forty' - \"now\"..."),
    )
    for written, normal in pairs:
        assert normal_form(written).text == normal, written
        assert normal_form(normal).text == normal_form(written).text, written


def test_what_is_no_respelling_is_left_as_written() -> None:
    for text in (
        "12.30 of the fund",  # a figure, not a time: no am or pm
        "3 amendments",  # "am" inside a word
        "13.30 pm",  # no such hour
        "25:10",  # no such time
        "monday",  # a weekday's name is capitalised
        "a circa word",  # "circa" before a figure only
        "Col. 412, 413",  # a comma and a space: a list
        "12,3456",  # four figures after the comma
        "the right honourable",  # the title in its capitals
    ):
        assert normal_form(text).text == text, text


def test_a_respelt_time_or_title_maps_back_over_all_of_it() -> None:
    text = "Answered by Right Honourable J. Lund at 2.30 pm"
    normal = normal_form(text)
    assert normal.text == "Answered by Rt Hon J. Lund at 14:30"
    start = normal.text.index("Rt Hon")
    assert normal.back(start, start + len("Rt Hon")) == (text.index("Right"), text.index(" J."))
    start = normal.text.index("14:30")
    assert normal.back(start, start + 5) == (text.index("2.30"), len(text))
    text = "Where: the baby clinic, Tuesday 2pm–5pm"
    normal = normal_form(text)
    assert normal.text == "Where: the baby clinic, Tue 14:00-17:00"
    assert normal.back(0, normal.text.index(" 14:00")) == (0, text.index(" 2pm"))


def test_the_quote_is_cut_where_its_ends_fall_in_the_normal_form() -> None:
    quote = TextQuote(exact="Not before 12.30", prefix="Transport\n", suffix=" pm\nSponsor")
    assert quote_in_normal_form(quote) == TextQuote(
        exact="Not before 12:30", prefix="Transport\n", suffix="\nSponsor"
    )


def test_passages_on_respelt_words_are_placed_one_at_a_time() -> None:
    assert _placed("Not before 12.30 pm") == ("fuzzy", "Not before 12:30")
    assert _placed("Sponsor: Rt Hon Jess Phillips") == (
        "fuzzy",
        "Sponsor: Right Honourable Jess Phillips",
    )
    assert _placed("Donation of £1,250 from the Rivers Trust") == (
        "fuzzy",
        "Donation of £1250 from the Rivers Trust",
    )
    assert _placed("for 'fourteen' read 'forty'") == ("fuzzy", "for ‘fourteen’ read ‘forty’")
    assert _placed("Tue 17 March  09:30  Room 8") == ("fuzzy", "Tuesday 17 March  9.30 am  Room 8")


def _mostly_respelt(quote: TextQuote) -> bool:
    """Whether ``quote`` is mostly respelt, read with its context."""
    whole = quote.prefix + quote.exact + quote.suffix
    normal = normal_form(whole)
    start = normal.forth(len(quote.prefix), 0)[0]
    end = normal.forth(len(quote.prefix) + len(quote.exact), 0)[0]
    return mostly_respelt(whole, normal, start, end)


def test_a_quote_mostly_respelt_is_told_apart() -> None:
    for quote in ("2.56 pm", "Right Honourable", "9am–5pm"):
        assert _mostly_respelt(TextQuote(quote, "at ", " on")), quote
    # "Tuesday" reads as "Tue", its first three letters as written
    for quote in ("Not before 12.30 pm", "‘forty’", "£1,250", "Rt Hon", "Tuesday"):
        assert not _mostly_respelt(TextQuote(quote, "at ", " on")), quote
    # the figure of "6 pm", read with its context as "18:00"
    assert _mostly_respelt(TextQuote("6", "£22.50 after ", " pm. Burial"))


def test_a_lone_time_retyped_is_left_for_the_reader_to_confirm() -> None:
    # "2.56 pm" now "14:56": the same time, but nothing of the passage as it was typed.
    old = "they have received it in full.\n\n2.56 pm\n\n3. Jim Shannon (Strangford)\n"
    new = old.replace("2.56 pm", "14:56")
    start = old.index("2.56 pm")
    found = place(new, *describe(old, start, start + len("2.56 pm")))
    assert found.state in ("review", "orphaned")
    # the other way: "14:56" now "2.56 pm", and the "6" of "6 pm" now "18:00"
    start = new.index("14:56")
    assert place(old, *describe(new, start, start + 5)).state in ("review", "orphaned")
    old = "and to £22.50 after 6 pm. Burial fees are unchanged, and fees for"
    start = old.index("6 pm")
    found = place(old.replace("6 pm", "18:00"), *describe(old, start, start + 1))
    assert found.state in ("review", "orphaned")


#: An order paper whose items differ only by their times; the copy editor respelt one item.
ITEMS = "Order paper\n\n" + "\n".join(
    f"{number}  Questions to the Secretary of State\nNot before {time}\n"
    "Sponsor: Rt Hon Jess Phillips\nNotes: Amendments have been tabled\n"
    for number, time in enumerate(("11.30 am", "12.30 pm", "2.30 pm", "3.30 pm"), start=8)
)
ITEMS_EDITED = ITEMS.replace(
    "Not before 12.30 pm\nSponsor: Rt Hon", "Not before 12:30\nSponsor: Right Honourable"
)


def _placed_in_items(passage: str, copy: int) -> tuple[str, int]:
    """How one at a time places the ``copy``-th ``passage`` of ITEMS in ITEMS_EDITED."""
    start = -1
    for _ in range(copy + 1):
        start = ITEMS.index(passage, start + 1)
    found = place(ITEMS_EDITED, *describe(ITEMS, start, start + len(passage)))
    return found.state, found.start


def test_a_line_among_near_twins_is_placed_on_its_respelt_copy() -> None:
    # As written, each of these reads fuzzily on every item alike (review); read in the
    # normal form, only the respelt item holds the quote with its context.
    assert _placed_in_items("Not before 12.30 pm", 0) == (
        "fuzzy",
        ITEMS_EDITED.index("Not before 12:30"),
    )
    assert _placed_in_items("Sponsor: Rt Hon Jess Phillips", 1) == (
        "fuzzy",
        ITEMS_EDITED.index("Sponsor: Right Honourable"),
    )


def test_a_stock_line_whose_context_every_item_shares_stays_in_review() -> None:
    # Its stored context ("… Rt Hon Jess Phillips") reads alike under every item once the
    # title is written one way: which copy it is, the annotation does not tell.
    assert _placed_in_items("Notes: Amendments have been tabled", 1)[0] == "review"


@given(st.integers(0, 23), st.integers(0, 59), st.booleans(), st.booleans())
def test_any_time_reads_alike_on_either_clock(
    hours: int, minutes: int, dotted: bool, spaced: bool
) -> None:
    twelve = f"{(hours - 1) % 12 + 1}{'.' if dotted else ':'}{minutes:02}"
    half = ("pm" if hours >= 12 else "am") if spaced else ("p.m." if hours >= 12 else "a.m.")
    written = f"at {twelve}{' ' if spaced else ''}{half} in Room 8"
    assert normal_form(written).text == normal_form(f"at {hours}:{minutes:02} in Room 8").text


@given(st.integers(1000, 99_999_999))
def test_any_sum_reads_alike_with_and_without_its_commas(amount: int) -> None:
    assert normal_form(f"£{amount:,} from").text == normal_form(f"£{amount} from").text


@given(st.sampled_from(sorted(WEEKDAYS)))
def test_a_weekday_in_full_reads_as_its_three_letters(day: str) -> None:
    assert normal_form(f"{day} 17 March").text == f"{WEEKDAYS[day]} 17 March"


@given(st.text(alphabet="0123456789 .:,apmAPMcirTuesdayRightHonourable%‘’“”–—…\n", max_size=60))
def test_the_normal_form_maps_every_code_point_back_and_holds(text: str) -> None:
    normal = normal_form(text)
    assert len(normal.origin) == len(normal.text) + 1
    assert normal.ends is not None
    assert len(normal.ends) == len(normal.origin)
    assert normal.origin == sorted(normal.origin)
    assert normal.origin[-1] == len(text)
    assert all(end > start for start, end in zip(normal.origin, normal.ends, strict=True))
    assert normal_form(normal.text).text == normal.text
