"""Quote-only placement in a transcript printed without the time stamps opening its lines
(``core.dropped_stamps``): quotes holding stamps the text lacks are placed without them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.dropped_stamps import STAMP, stamped_copy, without_dropped_stamps
from desktop_app.core.records import TextQuote

TURNS = [
    "[10:13:30] AGENT: OK, um, we’re in the kitchen, the meter reads 04417.",
    "[10:14:03] TENANT: Right, uh, there’s a chip in the worktop by the sink.",
    "[10:15:11] AGENT: Noted, uh, I’ll photograph it for the inventory.",
    "[10:15:40] TENANT: And the oven door sticks a little when it is hot.",
    "[10:16:02] AGENT: OK, we’ll add that to the list for the landlord.",
]
STAMPED = "Inventory check-in (recorded)\n\n" + "\n".join(TURNS) + "\n\nSigned by both parties."


def _dropped(joined: bool) -> str:
    text = STAMP.sub("", STAMPED)
    if joined:  # the block's lines run together into one paragraph
        text = re.sub(r"(?<=\.)\n(?=[A-Z]+:)", " ", text)
    return text


def test_stamps_the_text_lacks_are_dropped_from_quote_and_context() -> None:
    start = STAMPED.index("TENANT: Right")
    _, quote = describe(STAMPED, start - len("[10:14:03] "), start + 30)
    stripped = without_dropped_stamps(_dropped(False), quote)
    assert stripped is not None
    assert stripped.exact == STAMPED[start : start + 30]
    assert "[" not in stripped.prefix + stripped.suffix
    # The text still holds its stamps: nothing to drop.
    assert without_dropped_stamps(STAMPED, quote) is None
    # A time in the middle of a line is no stamp.
    plain = TextQuote(exact="the 10:14 bus", prefix="We took ", suffix=" to town.")
    assert without_dropped_stamps("We took the bus.", plain) is None


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(0, len(TURNS) - 1),
    length=st.integers(1, 2),
    whole=st.booleans(),
    joined=st.booleans(),
)
def test_turns_are_placed_in_a_transcript_without_stamps(
    first: int, length: int, whole: bool, joined: bool
) -> None:
    last = min(len(TURNS) - 1, first + length - 1)
    start = STAMPED.index(TURNS[first]) + (0 if whole else len("[10:13:30] "))
    end = STAMPED.index(TURNS[last]) + len(TURNS[last])
    text = _dropped(joined)
    requests = [Request(*describe(STAMPED, start, end))]
    placement = place_all(text, requests)[0]
    expected_start = text.index(TURNS[first][len("[10:13:30] ") :])
    expected_end = text.index(TURNS[last][len("[10:13:30] ") :]) + len(TURNS[last]) - 11
    assert placement.state in ("exact", "moved", "fuzzy")
    assert (placement.start, placement.end) == (expected_start, expected_end)


def test_two_copies_with_the_same_context_tell_nothing() -> None:
    start = STAMPED.index(TURNS[2])
    _, quote = describe(STAMPED, start, start + len(TURNS[2]))
    text = _dropped(False)
    doubled = text + "\n\n" + text
    stripped = without_dropped_stamps(doubled, quote)
    assert stripped is not None
    assert stamped_copy(text, quote, stripped) is not None
    assert stamped_copy(doubled, quote, stripped) is None


def test_a_typo_beside_the_turn_or_notes_appended_after_it_still_tell_where_it_is() -> None:
    start = STAMPED.index(TURNS[1])
    _, quote = describe(STAMPED, start, start + len(TURNS[1]))
    text = _dropped(False).replace("the kitchen", "the kitcheen")  # a typo in the prefix
    stripped = without_dropped_stamps(text, quote)
    assert stripped is not None
    expected = text.index(TURNS[1][len("[10:14:03] ") :])
    assert stamped_copy(text, quote, stripped) == (expected, expected + len(TURNS[1]) - 11)
    # The last line, its suffix cut short by the text's end, with notes appended since.
    last = STAMPED.index("Signed by both parties.")
    turn = STAMPED.index(TURNS[-1])
    _, quote = describe(STAMPED, turn, last + len("Signed by both parties."))
    text = _dropped(False) + "\n\nNotes\n\n1. the inventory was agreed"
    stripped = without_dropped_stamps(text, quote)
    assert stripped is not None
    found = stamped_copy(text, quote, stripped)
    assert found is not None
    assert text[found[0] : found[1]] == stripped.exact
