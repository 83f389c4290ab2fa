"""Quote-only placement one annotation at a time through a batch's last passes that look
only at the passage's own quote and context (``batch_placement.place_alone``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_search import PLACED_STATES
from desktop_app.core.reanchor import place

REPEATED = "Nothing in this agreement affects the tenant’s statutory rights."
SECTIONS = [
    "Part 1: Rent. The rent is due on the first day of every month, paid by standing order.",
    "Part 2: Deposit. The deposit is held in a government-backed scheme for the whole term.",
    "Part 3: Repairs. The landlord keeps the structure and exterior in repair at all times.",
    "Part 4: Ending. Either party may end the tenancy with two months' notice in writing.",
]
PAIRS = [
    (
        "Step-free access is available at the main entrance.",
        "L’accès de plain-pied se fait par l’entrée principale.",
    ),
    (
        "Thank you for your patience while the work is carried out.",
        "Diolch am eich amynedd tra bo’r gwaith yn cael ei wneud.",
    ),
]
BOILERPLATE = (
    "Media enquiries: the press office, press@northwind.example, weekdays only.\n\n"
    "Forward-looking statements are subject to risks and uncertainties."
)
CLOSING_WORDS = "Forward-looking statements are subject to risks and uncertainties."


def _agreement(label: str) -> str:
    return "\n\n".join(f"{section}\n\n{label}{REPEATED}" for section in SECTIONS)


def _spans(text: str, piece: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(piece)
    while at != -1:
        spans.append((at, at + len(piece)))
        at = text.find(piece, at + 1)
    return spans


@settings(max_examples=20, deadline=None)
@given(
    label=st.sampled_from(["Important: ", "⚠️ Important: ", "Note: ", "⚠️ "]),
    which=st.integers(0, len(SECTIONS) - 1),
)
def test_a_flagged_copy_is_placed_one_at_a_time(label: str, which: int) -> None:
    old, new = _agreement(""), _agreement(label)
    position, quote = describe(old, *_spans(old, REPEATED)[which])
    placement = place(new, position, quote)
    assert (placement.state, placement.start, placement.end) == (
        "moved",
        *_spans(new, REPEATED)[which],
    )


def test_the_last_copy_is_placed_one_at_a_time_when_notes_were_appended() -> None:
    old = _agreement("")
    last = _spans(old, REPEATED)[-1]
    new = old + "\n\nNotes\n\n1. see clause 4.2\n2. closed on bank holidays"
    placement = place(new, *describe(old, *last))
    assert (placement.state, placement.start, placement.end) == ("exact", *last)


def test_closing_words_of_a_cut_second_part_stay_a_guess_one_at_a_time() -> None:
    first = "Northwind opens a plant in March with two hundred jobs.\n\n" + BOILERPLATE
    second = "Northwind's wind farm is delayed until next spring at least.\n\n" + BOILERPLATE
    third = "Northwind launches an apprenticeship programme for forty school leavers."
    old = first + "\n\n" + second
    new = first + "\n\n" + third  # the second release cut, another put after the first
    position, quote = describe(old, *_spans(old, CLOSING_WORDS)[-1])
    placement = place(new, position, quote)
    assert placement.state not in PLACED_STATES
    # Text appended after the whole of it: the same copy is the passage.
    appended = old + "\n\n" + third
    placed = place(appended, position, quote)
    assert (placed.state, placed.start) == ("exact", position.start)


@settings(max_examples=20, deadline=None)
@given(which=st.integers(0, len(PAIRS) - 1), twin=st.booleans())
def test_a_paragraph_swapped_with_its_twin_is_placed_one_at_a_time(which: int, twin: bool) -> None:
    opening, closing = "Bus network changes from Monday 3 March", "Write to the address overleaf."

    def notice(swapped: bool) -> str:
        paragraphs = [opening]
        for index, (english, other) in enumerate(PAIRS):
            turned = swapped and index == which
            paragraphs += [other, english] if turned else [english, other]
        return "\n\n".join([*paragraphs, closing])

    old, new = notice(False), notice(True)
    paragraph = PAIRS[which][int(twin)]
    placement = place(new, *describe(old, *_spans(old, paragraph)[0]))
    assert placement.state in ("exact", "moved")
    assert (placement.start, placement.end) == _spans(new, paragraph)[0]
