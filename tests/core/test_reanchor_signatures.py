"""Talk-page signatures moved to the start of their replies, on the update path."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.diff_placement import _from_its_line_start, _within_its_line_end
from tests.core.test_reanchor import _updated_once

REPLIES = [
    "Is the information about the autumn term still current?",
    ":Yes, it was checked last week. Thanks for asking!",
    ":Agreed — and the link at the top now works too.",
    "Could someone add the page to the printed edition?",
    ":Done. See the printed edition.",
]
NAMES = ["Hannah Goldberg", "Tomás Ruiz", "Aoife Ní Bhriain"]


def _threads(name_of: list[int], days: list[int], *, moved: bool) -> str:
    lines = []
    for n, reply in enumerate(REPLIES):
        name, day = NAMES[name_of[n]], days[n]
        if moved:
            colons = len(reply) - len(reply.lstrip(":"))
            lines.append(f"{reply[:colons]}{name}, {day} July 2026: {reply[colons:]}")
        else:
            lines.append(f"{reply} — {name} (talk) 1{n}:0{n}, {day} July 2026 (UTC)")
    return "Comments\n\n" + "\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]) + "\n\nThe end."


@settings(max_examples=40, deadline=None)
@given(
    name_of=st.lists(st.integers(0, len(NAMES) - 1), min_size=5, max_size=5),
    days=st.lists(st.integers(1, 28), min_size=5, max_size=5),
    reply=st.integers(0, len(REPLIES) - 1),
)
def test_a_signed_reply_keeps_its_end_when_its_signature_moves_to_its_start(
    name_of: list[int], days: list[int], reply: int
) -> None:
    old, new = _threads(name_of, days, moved=False), _threads(name_of, days, moved=True)
    start = old.index(REPLIES[reply])
    end = old.index("(UTC)", start) + len("(UTC)")
    placed = _updated_once(old, (start, end), new).placement
    if placed.state in ("orphaned", "review"):
        return
    line_end = new.index("\n", new.index(REPLIES[reply].lstrip(":")))
    assert (placed.start, placed.end) == (new.rfind("\n", 0, line_end) + 1, line_end)


def test_an_end_is_cut_only_where_the_passage_ended_its_line_and_the_end_is_mid_line() -> None:
    old, new = _threads([0] * 5, [1] * 5, moved=False), _threads([0] * 5, [1] * 5, moved=True)
    start = old.index(REPLIES[2])
    own = (start, old.index("(UTC)", start) + len("(UTC)"))
    alignment = Alignment(old, new)
    pieces = alignment.pieces(*own)
    new_start = new.index(":Hannah", new.index(REPLIES[1].lstrip(":")))
    line_end = new.index("\n", new_start)
    past = new.index(": Could")  # the next reply's moved signature taken in
    assert _within_its_line_end(alignment, own, pieces, new_start, past) == line_end
    assert _within_its_line_end(alignment, own, pieces, new_start, line_end) == line_end
    mid_line = (own[0], own[1] - 1)  # a passage that did not end its line keeps its end
    assert _within_its_line_end(alignment, mid_line, pieces, new_start, past) == past


def test_a_line_start_is_taken_only_over_the_passages_own_lost_words() -> None:
    names, days = [0, 1, 2, 0, 1], [2, 3, 4, 5, 6]
    old, new = _threads(names, days, moved=False), _threads(names, days, moved=True)
    start = old.index(REPLIES[3])
    own = (start, old.index("(UTC)", start) + len("(UTC)"))
    alignment = Alignment(old, new)
    pieces = alignment.pieces(*own)
    first = new.index(REPLIES[3])
    line = new.rfind("\n", 0, first) + 1
    assert _from_its_line_start(alignment, own, pieces, first) == line
    labelled = new[:line] + "Important note: " + new[first:]
    relabelled = Alignment(old, labelled)
    typed_first = labelled.index(REPLIES[3])
    assert (
        _from_its_line_start(relabelled, own, relabelled.pieces(*own), typed_first) == typed_first
    )
