"""Quote-only placement in a text unpointed since the quotes were taken: vowel points and
joiners it holds nowhere are dropped from the quotes (``core.dropped_marks``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.dropped_marks import DROPPABLE, marks_dropped, without_marks

LINES = [
    "Lesson four: the present tense.",
    "אֲנִי לוֹמֵד עִבְרִית · I study Hebrew",
    "הִיא כּוֹתֶבֶת מִכְתָּב · she writes a letter",
    "הֵם שׁוֹמְעִים מוּסִיקָה · they hear music",
    "Homework: write five sentences of your own.",
]
POINTED = "\n\n".join(LINES)
UNPOINTED = DROPPABLE.sub("", POINTED)


def test_marks_the_text_holds_nowhere_are_dropped_from_the_quotes() -> None:
    dropped = marks_dropped(UNPOINTED, [POINTED[30:100], POINTED[90:]])
    assert dropped
    assert without_marks(POINTED, dropped) == UNPOINTED
    # The text still holds its points: nothing to drop.
    assert marks_dropped(POINTED, [POINTED[30:120]]) == frozenset()
    assert marks_dropped(UNPOINTED, ["Lesson four"]) == frozenset()


@settings(max_examples=30, deadline=None)
@given(first=st.integers(1, 3), length=st.integers(1, 2))
def test_pointed_lines_are_placed_in_a_text_unpointed_since(first: int, length: int) -> None:
    last = min(len(LINES) - 1, first + length - 1)
    start = POINTED.index(LINES[first])
    end = POINTED.index(LINES[last]) + len(LINES[last])
    spans = [(0, len(LINES[0])), (start, end)]
    requests = [Request(*describe(POINTED, s, e)) for s, e in spans]
    placement = place_all(UNPOINTED, requests)[1]
    assert placement.state == "fuzzy"
    assert UNPOINTED[placement.start : placement.end] == DROPPABLE.sub("", POINTED[start:end])
