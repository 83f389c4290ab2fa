"""Quote-only placement of a bullet shared by several sections after the sections were put
in another order: the one copy with its whole context, no other copy having either side
whole, is placed out of review (``core.whole_context``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import TextQuote
from desktop_app.core.whole_context import placed_in_whole_context, whole_context_copy

SHARED = "- Keep the lid closed while it boils"
SECTIONS = {
    "Cleaning": (
        f"Wipe the base with a dry cloth.\n\n- Unplug it first\n{SHARED}\n"
        "- Descale it once a month with citric acid"
    ),
    "Before use": (
        f"Read these notes before the first use.\n\n- Fill to the line\n{SHARED}\n"
        "- Boil once and pour the water away"
    ),
    "Disposal": (
        f"Take it to a recycling centre.\n\n- Remove the filter\n{SHARED}\n"
        "- Keep the box for the guarantee period"
    ),
}


def _document(order: list[str]) -> str:
    return (
        "Kettle\n\n"
        + "\n\n".join(
            f"{number}. {title}\n\n{SECTIONS[title]}" for number, title in enumerate(order, 1)
        )
        + "\n"
    )


OLD = _document(["Cleaning", "Before use", "Disposal"])
#: The sections alphabetised and renumbered.
NEW = _document(["Before use", "Cleaning", "Disposal"])


def _quote_of_shared_bullet(section: str) -> tuple[int, TextQuote]:
    start = OLD.index(SHARED, OLD.index(SECTIONS[section]))
    position, quote = describe(OLD, start, start + len(SHARED))
    return position.start, quote


def test_a_shared_bullet_of_a_section_moved_is_placed_on_its_own_copy() -> None:
    old_start, quote = _quote_of_shared_bullet("Cleaning")
    at = whole_context_copy(NEW, quote)
    assert at == NEW.index(SHARED, NEW.index(SECTIONS["Cleaning"]))
    guess = Placement("review", at, at + len(SHARED), 0.8)
    assert placed_in_whole_context(NEW, guess, quote, old_start) == guess._replace(state="moved")
    # a best guess elsewhere, or a placement not in review, is left as it is
    other = NEW.index(SHARED)
    elsewhere = Placement("review", other, other + len(SHARED), 0.8)
    assert placed_in_whole_context(NEW, elsewhere, quote, old_start) == elsewhere
    fuzzy = guess._replace(state="fuzzy")
    assert placed_in_whole_context(NEW, fuzzy, quote, old_start) == fuzzy


def test_no_copy_when_another_copy_keeps_one_side_or_the_whole_context_stands_twice() -> None:
    _, quote = _quote_of_shared_bullet("Cleaning")
    # another section's copy of the bullet now followed by the same line: one side whole
    changed = NEW.replace("- Keep the box for the", "- Descale it once a month with citric acid")
    assert whole_context_copy(changed, quote) is None
    twice = NEW + "\n" + SECTIONS["Cleaning"] + "\n"
    assert whole_context_copy(twice, quote) is None
    assert whole_context_copy(NEW.replace("once a month", "once a year"), quote) is None


@given(st.permutations(list(SECTIONS)))
def test_any_order_of_the_sections_finds_each_bullet_on_its_own_section(
    order: list[str],
) -> None:
    new = _document(order)
    for section in SECTIONS:
        _, quote = _quote_of_shared_bullet(section)
        found = whole_context_copy(new, quote)
        own = new.index(SECTIONS[section])
        bullet = new.index(SHARED, own)
        # the first section's bullet follows its own lines, whole, in every order
        assert found == bullet
