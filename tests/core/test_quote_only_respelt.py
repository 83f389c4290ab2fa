"""Quote only: a copy editor's respelt clock times, units and compass points read as the
words the quote and its context hold, in the stretches around them
(``core.quote_only_respelt``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.quote_only_respelt import APART, respelt_stretches
from desktop_app.core.quote_search import PLACED_STATES
from desktop_app.core.reanchor import place
from desktop_app.core.records import TextQuote

OLD_LINES = [
    "Mon 13  HW 05:31 4.2 m  17:52 4.4 m. Wind: W 4 to 5.",
    "Tue 14  HW 06:12 4.3 m  18:31 4.5 m. Wind: SW 5 to 7, occasionally gale 8 later.",
    "Wed 15  HW 06:55 4.4 m  19:12 4.6 m. Wind: S 3 to 4.",
]
OLD = "Tide table for the harbour, times local.\n\n" + "\n".join(OLD_LINES) + "\n"
NEW = (
    OLD.replace("05:31", "5.31am")
    .replace("17:52", "5.52pm")
    .replace("06:12", "6.12am")
    .replace("18:31", "6.31pm")
    .replace("06:55", "6.55am")
    .replace("19:12", "7.12pm")
    .replace(" m", " metres")
    .replace("SW 5", "southwest 5")
)
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
UNITS = [("m", "metres"), ("kn", "knots"), ("ft", "feet")]
#: Compass points none of which the other's spelling out holds in order ("NE" reads in
#: "northwest" too: two quotes spelling one word differently leave it as it stands).
POINTS = [("SW", "southwest"), ("NE", "northeast")]
FIRST_NAMES = ["Sarah", "Morwenna", "Kerensa", "Tamsin", "Jowan", "Peder", "Elowen", "Denzel"]


def _found(old: str, new: str, passage: str) -> list[tuple[str, str]]:
    """What one at a time and a batch of one place of ``passage`` of ``old`` in ``new``."""
    start = old.index(passage)
    position, quote = describe(old, start, start + len(passage))
    return [
        (found.state, new[found.start : found.end])
        for found in (place(new, position, quote), place_all(new, [Request(position, quote)])[0])
    ]


def test_a_passage_cut_inside_a_respelt_time_takes_the_time_whole() -> None:
    for state, placed in _found(OLD, NEW, "Tue 14  HW 06"):
        assert (state, placed) == ("fuzzy", "Tue 14  HW 6.12am")


def test_a_unit_spelt_out_keeps_the_new_text_s_own_characters() -> None:
    for state, placed in _found(OLD, NEW, "18:31 4.5 m"):
        assert (state, placed) == ("fuzzy", "6.31pm 4.5 m")


def test_a_compass_point_spelt_out_inside_the_quote() -> None:
    for state, placed in _found(OLD, NEW, "Wind: SW 5 to 7, occasionally gale 8 later."):
        assert state in {"fuzzy", "moved", "exact"}
        assert placed == "Wind: southwest 5 to 7, occasionally gale 8 later."


def test_a_text_without_respellings_is_not_read_again() -> None:
    quote = TextQuote("HW 06:12", "Tue 14  ", " 4.3 m")
    assert respelt_stretches(OLD, [quote]) is None


def test_a_word_two_quotes_spell_differently_stays_as_written() -> None:
    text = "Wind: SW 5 to 7."
    quotes = [TextQuote("Wind: southwest", "", ""), TextQuote("Wind: Southwest", "", "")]
    assert respelt_stretches(text, quotes) is None


def test_only_the_stretches_around_the_respelt_words_are_read() -> None:
    far = "The harbour office is open on weekdays. " * 40
    text = far + "Sunrise 6.12am over the breakwater.\n" + far
    read = respelt_stretches(text, [TextQuote("Sunrise 06:12 over", "", "")])
    assert read is not None
    folded, which = read
    assert which == [True]
    assert "Sunrise 06:12 over the breakwater." in folded.text
    assert len(folded.text) < len(text) // 4
    at = folded.text.index("06:12")
    assert text[slice(*folded.back(at, at + 5))] == "6.12am"


def test_stretches_far_apart_are_set_apart_by_a_blank_line() -> None:
    far = "The harbour office is open on weekdays. " * 40
    text = "Sunrise 6.12am today.\n" + far + "Sunset 6.12pm today.\n"
    quotes = [TextQuote("Sunrise 06:12 today", "", ""), TextQuote("Sunset 18:12 today", "", "")]
    read = respelt_stretches(text, quotes)
    assert read is not None
    folded, which = read
    assert which == [True, True]
    assert folded.text.count(APART) == 1
    assert "Sunrise 06:12 today." in folded.text
    assert "Sunset 18:12 today." in folded.text


def test_a_lone_capital_is_a_unit_only_right_after_a_figure() -> None:
    assert (
        respelt_stretches("Skipper S. Penrose took the helm.", [TextQuote("Sarah", "", "")]) is None
    )
    read = respelt_stretches("Light range 12 M at night.", [TextQuote("range 12 miles at", "", "")])
    assert read is not None
    assert read[0].text == "Light range 12 miles at night."


@settings(max_examples=80, deadline=None)
@given(hours=st.integers(0, 23), minutes=st.integers(0, 59), dot=st.booleans())
def test_a_respelt_time_reads_as_the_quote_writes_it_and_back_whole(
    hours: int, minutes: int, dot: bool
) -> None:
    twelve = f"{(hours + 11) % 12 + 1}{'.' if dot else ':'}{minutes:02d}"
    twelve += "am" if hours < 12 else "pm"
    twenty_four = f"{hours:02d}:{minutes:02d}"
    text = f"High water {twelve} today."
    read = respelt_stretches(text, [TextQuote(f"High water {twenty_four} today", "", "")])
    assert read is not None
    folded, which = read
    assert which == [True]
    assert folded.text == f"High water {twenty_four} today."
    at = folded.text.index(twenty_four)
    assert folded.back(at, at + len(twenty_four)) == (11, 11 + len(twelve))
    assert folded.back(at, at + 2) == (11, 11 + len(twelve))


def _twelve_hour(minute: int) -> str:
    """A minute of the day on the 12-hour clock ("6.12am")."""
    hours, minutes = divmod(minute, 60)
    return f"{(hours + 11) % 12 + 1}.{minutes:02d}{'am' if hours < 12 else 'pm'}"


@st.composite
def _tide_lines(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """Lines of a tide table, one a day, and the same lines as a copy editor respelt them
    (times on the 12-hour clock, units and compass points spelt out)."""
    count = draw(st.integers(3, 7))
    minutes = draw(st.lists(st.integers(0, 1439), min_size=count, max_size=count, unique=True))
    old: list[str] = []
    new: list[str] = []
    for number, minute in enumerate(minutes):
        unit, unit_out = draw(st.sampled_from(UNITS))
        point, point_out = draw(st.sampled_from(POINTS))
        height = f"{draw(st.integers(10, 59)) / 10:.1f}"
        force = draw(st.integers(2, 8))
        head = f"{DAYS[number]} {number + 10}  HW"
        tail = f"Wind: {{}} {force} to {force + 1}, sea moderate."
        old.append(
            f"{head} {minute // 60:02d}:{minute % 60:02d} {height} {unit}. {tail.format(point)}"
        )
        new.append(f"{head} {_twelve_hour(minute)} {height} {unit_out}. {tail.format(point_out)}")
    return old, new


@settings(max_examples=60, deadline=None)
@given(lines=_tide_lines())
def test_a_text_edited_only_by_respellings_keeps_every_passage_on_its_respelt_words(
    lines: tuple[list[str], list[str]],
) -> None:
    old_lines, new_lines = lines
    title = "Tide table for the harbour, times local.\n\n"
    old, new = title + "\n".join(old_lines) + "\n", title + "\n".join(new_lines) + "\n"
    described = []
    truths = []
    for old_line, new_line in zip(old_lines, new_lines, strict=True):
        start = old.index(old_line)
        described.append(describe(old, start, start + len(old_line)))
        truths.append((new.index(new_line), new.index(new_line) + len(new_line)))
    batch = place_all(new, [Request(*passage) for passage in described])
    for passage, in_batch, truth in zip(described, batch, truths, strict=True):
        for found in (place(new, *passage), in_batch):
            assert found.state in PLACED_STATES
            assert (found.start, found.end) == truth


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(st.sampled_from(FIRST_NAMES), min_size=3, max_size=6, unique=True),
    chosen=st.integers(0, 5),
    after_figure=st.booleans(),
)
def test_a_gone_passage_with_a_capital_never_lands_on_a_unit(
    names: list[str], chosen: int, after_figure: bool
) -> None:
    """Names anonymised to their initials: a gone first name is never placed on the one
    capital left of it, nor on a unit written as a lone capital after a figure."""
    lines = [
        f"Berth {number + 3}: skipper {name} Penrose, {number + 2} crew, range 12 "
        f"{'M' if after_figure else 'miles'}."
        for number, name in enumerate(names)
    ]
    old = "Harbour list.\n\n" + "\n".join(lines) + "\n"
    new = old
    for name in names:
        new = new.replace(f" {name} ", f" {name[0]}. ")
    gone = names[chosen % len(names)]
    start = old.index(f" {gone} ") + 1
    position, quote = describe(old, start, start + len(gone))
    capitals = {
        at for at, char in enumerate(new) if char.isupper() and not new[at + 1 : at + 2].isalpha()
    }
    for found in (place(new, position, quote), place_all(new, [Request(position, quote)])[0]):
        if found.state in PLACED_STATES or found.state == "review":
            assert not capitals & set(range(found.start, found.end))
