"""A numbered line followed to its renumbered twin only when its items were renumbered."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.update_renumbered_lines import renumbered_by, renumbered_line_followed
from tests.core.test_reanchor import _updated_once

#: The cast of a play in parts; within each part the names were re-sorted since.
CAST_OLD = (
    "Cast · part 1\nHedda — Nadia Costa\nTesman — Luc Moreau\n\n"
    "Cast · part 2\nJudge Brack — Ivan Lund\nHedda — Nadia Costa\n\n"
    "Cast · part 9\nThea — Sara Moreau\nJudge Brack — Ivan Lund"
)
CAST_NEW = (
    "Cast · part 1\nTesman — Luc Moreau\nHedda — Nadia Costa\n\n"
    "Cast · part 2\nHedda — Nadia Costa\nJudge Brack — Ivan Lund\n\n"
    "Cast · part 9\nJudge Brack — Ivan Lund\nThea — Sara Moreau"
)
BODIES = (
    "The lever is made of brass.",
    "The seal is made of steel.",
    "The spring is made of bronze.",
    "The valve is made of nylon.",
    "The gasket is made of cork.",
    "The shaft is made of oak.",
    "The cap is made of tin.",
)


def test_renumbered_by_reads_one_amount_for_every_number_written_otherwise() -> None:
    assert renumbered_by("Ìkéde 31 · Notice 31", "Ìkéde 30 · Notice 30") == -1
    assert renumbered_by("Notice No. 33 of 2026", "Notice No. 35 of 2026") == 2
    assert renumbered_by("Notice 4 · 13 March", "Notice 14 · 12 March") is None  # two amounts
    assert renumbered_by("London, 2002", "London, 2002") is None  # nothing renumbered
    assert renumbered_by("622 00", "\U0001e956\U0001e952\U0001e952 \U0001e950\U0001e950") == 0


def test_a_heading_whose_part_kept_its_number_stays_on_its_own_line() -> None:
    start = CAST_OLD.index("Cast · part 2")
    end = start + len("Cast · part 2")
    at = CAST_NEW.index("Cast · part 2")
    placed = Placement("exact", at, at + end - start, 1.0)
    assert renumbered_line_followed(CAST_OLD, CAST_NEW, start, end, placed) == placed


def _items(numbers: list[int], bodies: list[str]) -> str:
    return "\n\n".join(
        f"Claim {number}.\n{body}" for number, body in zip(numbers, bodies, strict=True)
    )


@settings(max_examples=40, deadline=None)
@given(st.integers(3, 7), st.data())
def test_a_claim_heading_goes_with_its_claim_renumbered_or_re_sorted(
    count: int, data: st.DataObject
) -> None:
    bodies = list(BODIES[:count])
    old = _items(list(range(1, count + 1)), bodies)
    which = data.draw(st.integers(1, count - 1))  # a claim after the first
    quote = f"Claim {which + 1}."
    start = old.index(quote + "\n")
    if data.draw(st.booleans()):
        # the first claim deleted: every later one numbered one down, in place
        new = _items(list(range(1, count)), bodies[1:])
        expected = f"Claim {which}.\n{bodies[which]}"
    else:
        # the claims re-sorted by their words, each keeping its number
        order = sorted(range(count), key=lambda index: bodies[index])
        new = _items([index + 1 for index in order], [bodies[index] for index in order])
        expected = f"{quote}\n{bodies[which]}"
    placed = _updated_once(old, (start, start + len(quote)), new).placement
    if placed.state in PLACED_STATES:
        assert new.startswith(expected.split("\n")[0], placed.start)
        assert new[placed.end + 1 :].startswith(bodies[which])


NAMES = (
    "Hedda — Nadia Costa",
    "Tesman — Luc Moreau",
    "Thea — Sara Moreau",
    "Judge Brack — Ivan Lund",
    "Løvborg — Kofi Mensah",
    "Berte — Ana Ruiz",
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 12), st.lists(st.sampled_from(NAMES), min_size=2, max_size=3)),
        min_size=2,
        max_size=5,
        unique_by=lambda part: part[0],
    ),
    st.data(),
)
def test_a_part_heading_stays_with_its_part_when_its_names_are_re_sorted(
    parts: list[tuple[int, list[str]]], data: st.DataObject
) -> None:
    def cast(names_of: list[list[str]]) -> str:
        return "\n\n".join(
            f"Cast · part {number}\n" + "\n".join(names)
            for (number, _), names in zip(parts, names_of, strict=True)
        )

    old = cast([names for _, names in parts])
    new = cast([sorted(names) for _, names in parts])  # each part's names in order
    which = data.draw(st.integers(0, len(parts) - 1))
    quote = f"Cast · part {parts[which][0]}"
    start = old.index(quote + "\n")
    placed = _updated_once(old, (start, start + len(quote)), new).placement
    if placed.state in PLACED_STATES:
        assert new[placed.start : placed.end] == quote
