"""A best guess in review on the one stretch that reads its quote and whole context:
``core.quote_only_whole_stretch``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.figure_twins import stands_whole
from desktop_app.core.placement_doubts import pasted_beside
from desktop_app.core.quote_only_whole_stretch import (
    CLEARLY_FARTHER,
    all_farther,
    figure_twins_of,
    near_copy_beside_a_side,
    near_copy_of_the_stretch,
    placed_on_its_whole_stretch,
)
from desktop_app.core.quote_search import FAR_COPY, Placement
from desktop_app.core.records import TextPosition, TextQuote

#: An invoice's sections, each a heading and rows that share stock lines ("Ordered by: …").
SECTIONS = [
    "Stationery\n\n3 Jan · Printer paper A4\nQty 3 × £4.99 = £14.97\nOrdered by: Tom Okafor",
    "Lighting\n\n12 Jan · Desk lamp\nQty 1 × £24.00 = £24.00\nOrdered by: Priya Nair",
    "Postage and packing\n\n21 Jan · Delivery\nQty 2 × £5.00 = £10.00\nOrdered by: Tom Okafor",
    "Furniture\n\n28 Jan · Office chair\nQty 1 × £89.00 = £89.00\nOrdered by: Priya Nair",
]
#: The passage: the stock line closing the third section, standing in two sections.
PASSAGE = 2
QUOTE = "Ordered by: Tom Okafor"


def _invoice(sections: list[str]) -> str:
    return "Invoice INV-20417\n\n" + "\n\n".join(sections) + "\n\nAll amounts are in pounds."


def _described(old: str, block: str, exact: str) -> tuple[TextPosition, TextQuote]:
    """The passage ``exact`` inside ``block`` of ``old``, as an annotation stores it."""
    start = old.index(exact, old.index(block))
    return describe(old, start, start + len(exact))


def _guess(text: str, block: str, exact: str) -> Placement:
    """A best guess in review on ``exact`` inside ``block`` of ``text``."""
    at = text.index(exact, text.index(block))
    return Placement("review", at, at + len(exact), 0.9)


def _assert_placed_only_inside(
    text: str, own: str, blocks: list[str], exact: str, passage: tuple[TextPosition, TextQuote]
) -> None:
    """Of the guesses on ``exact`` in each of ``blocks`` that holds it, the rule places
    only ones inside ``own`` (the passage's block) and leaves the others in review."""
    position, quote = passage
    own_start = text.index(own)
    for block in blocks:
        if exact not in block:
            continue
        placed = placed_on_its_whole_stretch(text, position, quote, _guess(text, block, exact))
        if placed.state != "review":
            assert own_start < placed.start < own_start + len(own)


def _passage() -> tuple[TextPosition, TextQuote]:
    return _described(_invoice(SECTIONS), SECTIONS[PASSAGE], QUOTE)


def _guess_on(text: str, section: str) -> Placement:
    return _guess(text, section, QUOTE)


def test_a_stock_line_of_a_moved_section_in_review_is_placed_on_its_whole_stretch() -> None:
    position, quote = _passage()
    moved = [SECTIONS[PASSAGE], SECTIONS[3], SECTIONS[0], SECTIONS[1]]
    new = _invoice(moved)
    guess = _guess_on(new, SECTIONS[PASSAGE])
    placed = placed_on_its_whole_stretch(new, position, quote, guess)
    assert placed == guess._replace(state="moved")


def test_a_guess_without_its_whole_context_stays_in_review() -> None:
    position, quote = _passage()
    moved = [SECTIONS[PASSAGE], SECTIONS[3], SECTIONS[0], SECTIONS[1]]
    new = _invoice(moved)
    on_the_other_copy = _guess_on(new, SECTIONS[0])  # "Ordered by: Tom Okafor" of another row
    assert placed_on_its_whole_stretch(new, position, quote, on_the_other_copy) == (
        on_the_other_copy
    )


#: A register of lockers, every entry alike but for its figures (each a figure twin of the
#: others): the passage is the third entry's payment line.
LOCKER = "Locker {}: £{} a term, payable in advance at the school office.\nKeys from the caretaker."
LOCKERS = [LOCKER.format(number, fee) for number, fee in ((1, 12), (2, 14), (3, 16), (4, 18))]
PAYMENT = "payable in advance at the school office"
THIRD = 2


def _register(entries: list[str]) -> str:
    """The register: its head and foot read like an entry's ends, so every entry stands
    with the same words around it but for figures."""
    head, foot = "Lockers: keys from the caretaker.", "Lockers are emptied in July."
    return "\n\n".join([head, *entries, foot])


def _payment_of_the_third() -> tuple[TextPosition, TextQuote]:
    return _described(_register(LOCKERS), LOCKERS[THIRD], PAYMENT)


def test_a_guess_nearer_than_its_figure_twins_is_placed_on_the_quote_s_own_figures() -> None:
    position, quote = _payment_of_the_third()
    swapped = _register([LOCKERS[1], LOCKERS[0], LOCKERS[THIRD], LOCKERS[3]])
    guess = _guess(swapped, LOCKERS[THIRD], PAYMENT)
    twins = figure_twins_of(swapped, guess.start, quote)
    assert twins == sorted(_guess(swapped, LOCKERS[n], PAYMENT).start for n in (0, 1, 3))
    assert all_farther(twins, guess.start, position.start)
    assert placed_on_its_whole_stretch(swapped, position, quote, guess) == guess._replace(
        state="exact"
    )


def test_a_figure_twin_as_near_as_the_guess_or_a_doubled_stretch_leaves_it_in_review() -> None:
    position, quote = _payment_of_the_third()
    # The third fee corrected where it stood, the entry's old words pasted after it.
    corrected = LOCKERS[THIRD].replace("£16", "£17")
    pasted = _register([*LOCKERS[:THIRD], corrected, LOCKERS[THIRD], LOCKERS[3]])
    guess = _guess(pasted, LOCKERS[THIRD], PAYMENT)
    twins = figure_twins_of(pasted, guess.start, quote)
    assert twins
    assert not all_farther(twins, guess.start, position.start)
    assert placed_on_its_whole_stretch(pasted, position, quote, guess) == guess
    doubled = _register([*LOCKERS, LOCKERS[THIRD].replace("Locker 3", "Locker 5")])
    doubled_guess = _guess(doubled, LOCKERS[THIRD], PAYMENT)
    assert figure_twins_of(doubled, doubled_guess.start, quote) is not None
    whole_twice = _register([*LOCKERS, LOCKERS[THIRD]])
    twice_guess = _guess(whole_twice, LOCKERS[THIRD], PAYMENT)
    assert figure_twins_of(whole_twice, twice_guess.start, quote) is None


def test_twins_told_apart_only_past_a_blank_line_leave_the_guess_in_review() -> None:
    """A refrain's verses differ only in the next verse's number, past a blank line: a
    renumbering changes that, so the figures do not say which verse is the passage."""
    verses = [f"Verse {n}\n\nBring them home, bring them home,\nLight the way." for n in (1, 2, 3)]
    song = "\n\n".join([*verses, "Verse 4\n\nThe end."])
    position, quote = _described(song, verses[1], "Light the way")
    guess = _guess(song, verses[1], "Light the way")
    assert figure_twins_of(song, guess.start, quote) is None
    assert placed_on_its_whole_stretch(song, position, quote, guess) == guess


@settings(max_examples=30, deadline=None)
@given(order=st.permutations([0, 1, 3]), fee=st.integers(min_value=10, max_value=99))
def test_figure_twins_are_the_other_entries_alike_but_for_figures(
    order: list[int], fee: int
) -> None:
    """Whatever the other entries' order and their fee, the figure twins are the
    quote in every other entry, never the guess itself."""
    _, quote = _payment_of_the_third()
    others = [LOCKER.format(number + 1, fee) for number in order]
    new = _register([*others[:1], LOCKERS[THIRD], *others[1:]])
    guess = _guess(new, LOCKERS[THIRD], PAYMENT)
    twins = figure_twins_of(new, guess.start, quote)
    assert twins is not None
    assert guess.start not in twins
    assert twins == [at for at in _all_places(new, PAYMENT) if at != guess.start]


def _all_places(text: str, words: str) -> list[int]:
    return [at for at in range(len(text)) if text.startswith(words, at)]


def test_a_section_pasted_above_itself_leaves_the_guess_in_review() -> None:
    position, quote = _passage()
    copied = SECTIONS[PASSAGE].replace("packing", "pakcing")  # pasted, a typo in its heading
    new = _invoice([SECTIONS[0], copied, SECTIONS[PASSAGE], SECTIONS[3]])
    guess = _guess_on(new, SECTIONS[PASSAGE])
    assert placed_on_its_whole_stretch(new, position, quote, guess) == guess


def test_a_placed_passage_or_a_short_context_is_left_as_it_is() -> None:
    position, quote = _passage()
    new = _invoice(SECTIONS[::-1])
    placed = _guess_on(new, SECTIONS[PASSAGE])._replace(state="fuzzy")
    assert placed_on_its_whole_stretch(new, position, quote, placed) == placed
    short = TextQuote(exact=QUOTE, prefix="£10.00\n", suffix="\n\nFurniture")
    guess = _guess_on(new, SECTIONS[PASSAGE])
    assert placed_on_its_whole_stretch(new, position, short, guess) == guess


@settings(max_examples=60, deadline=None)
@given(order=st.permutations(range(len(SECTIONS))))
def test_the_rule_places_a_guess_only_on_the_true_passage(order: list[int]) -> None:
    new = _invoice([SECTIONS[index] for index in order])
    _assert_placed_only_inside(new, SECTIONS[PASSAGE], SECTIONS, QUOTE, _passage())


def test_a_side_of_the_context_standing_beside_an_edited_copy_leaves_the_guess_in_review() -> None:
    position, quote = _passage()
    edited = SECTIONS[PASSAGE].replace("Tom Okafor", "Tom Okafr")  # the passage, a typo in it
    copy = SECTIONS[PASSAGE].replace("packing", "parcels")  # its old words, another heading
    next_copy = SECTIONS[3].replace("Qty 1 × £89.00 = £89.00", "Qty 2 × £89.00 = £178.00")
    new = _invoice([copy, next_copy, SECTIONS[0], edited, SECTIONS[3]])
    guess = _guess_on(new, copy)
    assert figure_twins_of(new, guess.start, quote) == []
    assert near_copy_beside_a_side(new, guess.start, quote, position.start)
    assert placed_on_its_whole_stretch(new, position, quote, guess) == guess


def _pasted_row(edited_copy: str, row: str) -> str:
    """The invoice with the third section's row pasted above itself as ``edited_copy``."""
    new = _invoice([SECTIONS[0], SECTIONS[1], f"Postage and packing\n\n{edited_copy}\n\n{row}"])
    return new.replace("All amounts", "Furniture\n\n28 Jan · Office chair\n\nAll amounts")


def test_a_row_pasted_beside_itself_is_placed_on_the_copy_reading_its_whole_stretch() -> None:
    position, quote = _passage()
    row = SECTIONS[PASSAGE].split("\n\n")[1]
    edited = row.replace("Delivery", "Delivry")  # the pasted copy, a typo outside the context
    new = _pasted_row(edited, row)
    at = new.index(QUOTE, new.index(edited) + len(edited))
    guess = Placement("review", at, at + len(QUOTE), 0.9)
    assert not near_copy_beside_a_side(new, at, quote, position.start)
    assert pasted_beside(new, at, at + len(QUOTE), QUOTE)
    assert placed_on_its_whole_stretch(new, position, quote, guess) == guess._replace(state="moved")
    on_the_edited_copy = new.index(QUOTE, new.index(edited))
    other = Placement("review", on_the_edited_copy, on_the_edited_copy + len(QUOTE), 0.9)
    assert placed_on_its_whole_stretch(new, position, quote, other) == other


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(min_value=0, max_value=len("21 Jan · ") - 1))
def test_a_row_pasted_again_reading_the_whole_stretch_twice_stays_in_review(
    cut: int,
) -> None:
    position, quote = _passage()
    row = SECTIONS[PASSAGE].split("\n\n")[1]
    edited = row[:cut] + row[cut + 1 :]  # a letter cut before the stored prefix begins
    chair = "Furniture\n\n28 Jan · Office chair"
    new = _invoice([SECTIONS[0], f"Postage and packing\n\n{edited}\n\n{chair}\n\n{row}"])
    new = new.replace("All amounts", f"{chair}\n\nAll amounts")
    stretch = quote.prefix + quote.exact + quote.suffix
    assert new.count(stretch) == 2
    for copy_start in (new.index(edited), new.index(row, new.index(edited) + len(edited))):
        at = new.index(QUOTE, copy_start)
        guess = Placement("review", at, at + len(QUOTE), 0.9)
        assert stands_whole(new, at, quote)
        assert placed_on_its_whole_stretch(new, position, quote, guess) == guess


#: A travel page's updates, each a timed head, a stock line and a stock sign-off: the
#: stored suffix of the stock line ("\nPlease check before you travel…") follows it in
#: every update that holds it.
UPDATES = [
    "07:05 · Route 3 eastbound\nBuses are on time.\nPlease check before you travel today, thanks.",
    "07:40 · Route 12 westbound\nBuses are diverted via Station Road.\n"
    "Please check before you travel today, thanks.",
    "08:15 · Route 7 northbound\nBuses are diverted via Station Road.\n"
    "Please check before you travel today, thanks.",
    "08:50 · Route 9 southbound\nBuses are on time.\nPlease check before you travel today, thanks.",
]
#: The passage: the stock line of the third update (the second stands in another update).
DIVERTED = "Buses are diverted via Station Road."
#: An update put in first, ending in the same sign-off (the passage's update moves little).
EARLY_UPDATE = (
    "06:30 · All routes\nService starts late.\nPlease check before you travel today, thanks."
)


def _page(updates: list[str]) -> str:
    return "Travel updates\n\n" + "\n\n".join(updates) + "\n\nEnds."


def _diverted_passage() -> tuple[TextPosition, TextQuote]:
    return _described(_page(UPDATES), UPDATES[2], DIVERTED)


def _diverted_guess(text: str, update: str) -> Placement:
    return _guess(text, update, DIVERTED)


def _clearly_farther(
    text: str, update: str, guess: Placement, expected: int, line: str = DIVERTED
) -> bool:
    """Whether ``line`` in ``update`` stands more than :data:`CLEARLY_FARTHER` times as far
    as ``guess`` from ``expected`` (where the passage stood)."""
    other = text.index(line, text.index(update))
    return abs(other - expected) > CLEARLY_FARTHER * abs(guess.start - expected)


def test_a_stock_line_whose_side_another_update_shares_farther_off_is_placed() -> None:
    position, quote = _diverted_passage()
    new = _page([EARLY_UPDATE, UPDATES[0], UPDATES[2], UPDATES[3], UPDATES[1]])  # the other last
    guess = _diverted_guess(new, UPDATES[2])
    assert _clearly_farther(new, UPDATES[1], guess, position.start)
    assert not near_copy_beside_a_side(new, guess.start, quote, position.start)
    assert placed_on_its_whole_stretch(new, position, quote, guess) == guess._replace(state="moved")


def test_a_copy_sharing_a_side_nearer_than_the_guess_leaves_it_in_review() -> None:
    position, quote = _diverted_passage()
    new = _page([UPDATES[0], UPDATES[3], UPDATES[1], UPDATES[2]])  # the passage moved last
    guess = _diverted_guess(new, UPDATES[2])
    other = new.index(DIVERTED, new.index(UPDATES[1]))
    assert abs(other - position.start) <= abs(guess.start - position.start)
    assert near_copy_beside_a_side(new, guess.start, quote, position.start)
    assert placed_on_its_whole_stretch(new, position, quote, guess) == guess


def test_a_far_copy_sharing_a_side_with_its_quote_edited_leaves_the_guess_in_review() -> None:
    position, quote = _diverted_passage()
    edited_line = DIVERTED.replace("Road", "Rd")  # maybe the passage, its quote edited
    edited = UPDATES[1].replace(DIVERTED, edited_line)
    new = _page([EARLY_UPDATE, UPDATES[0], UPDATES[2], UPDATES[3], edited])
    guess = _diverted_guess(new, UPDATES[2])
    assert _clearly_farther(new, edited, guess, position.start, edited_line)
    assert near_copy_beside_a_side(new, guess.start, quote, position.start)
    assert placed_on_its_whole_stretch(new, position, quote, guess) == guess


def test_a_copy_whose_other_side_is_a_typo_apart_leaves_the_guess_in_review() -> None:
    position, quote = _diverted_passage()
    pasted = UPDATES[2].replace("northbound", "northbund")  # the passage's update, a typo
    new = _page([EARLY_UPDATE, UPDATES[0], UPDATES[2], UPDATES[3], UPDATES[1], pasted])
    guess = _diverted_guess(new, UPDATES[2])
    assert _clearly_farther(new, pasted, guess, position.start)  # only its other side tells
    assert near_copy_beside_a_side(new, guess.start, quote, position.start)
    assert placed_on_its_whole_stretch(new, position, quote, guess) == guess


@settings(max_examples=60, deadline=None)
@given(order=st.permutations(range(len(UPDATES))), lines_on_top=st.integers(0, 3))
def test_a_stock_line_is_placed_only_on_its_own_update(order: list[int], lines_on_top: int) -> None:
    top = [f"06:{10 * line:02d} · Notice\nNo change." for line in range(lines_on_top)]
    new = _page(top + [UPDATES[index] for index in order])
    _assert_placed_only_inside(new, UPDATES[2], UPDATES, DIVERTED, _diverted_passage())


#: A club's results, each match a heading, a one-word result and a stock line.
MATCHES = [
    "Match 1 · Harriers v Rovers\nResult: Won\nReport filed by the club secretary.",
    "Match 2 · Harriers v United\nResult: Lost\nReport filed by the club secretary.",
    "Match 3 · Harriers v Albion\nResult: Won\nReport filed by the match referee.",
    "Match 4 · Harriers v City\nResult: Drawn\nReport filed by the club secretary.",
]
#: The passage: the third match's result, a quote shorter than ``SHORTEST_QUOTE``.
OWN_MATCH = 2
RESULT = "Won"


def _results(matches: list[str], above: str = "") -> str:
    return "Harriers results\n\n" + above + "\n\n".join(matches) + "\n\nAll home games."


def _result_passage() -> tuple[TextPosition, TextQuote]:
    return _described(_results(MATCHES), MATCHES[OWN_MATCH], RESULT)


def test_a_short_quote_of_a_moved_entry_is_placed_on_its_whole_stretch() -> None:
    position, quote = _result_passage()
    new = _results([MATCHES[OWN_MATCH], MATCHES[0], MATCHES[1], MATCHES[3]])
    guess = _guess(new, MATCHES[OWN_MATCH], RESULT)
    assert placed_on_its_whole_stretch(new, position, quote, guess) == guess._replace(state="moved")


def test_a_short_quote_far_from_where_it_stood_stays_in_review() -> None:
    position, quote = _result_passage()
    filler = "Fixtures for the new season follow in the spring.\n" * (FAR_COPY // 40)
    new = _results([MATCHES[OWN_MATCH], MATCHES[0], MATCHES[1], MATCHES[3]], filler + "\n")
    guess = _guess(new, MATCHES[OWN_MATCH], RESULT)
    assert placed_on_its_whole_stretch(new, position, quote, guess) == guess


def test_a_near_copy_of_a_short_quote_s_whole_stretch_leaves_it_in_review() -> None:
    position, quote = _result_passage()
    edited = MATCHES[OWN_MATCH].replace("Result: Won", "Result: Wan")  # edited where it stood
    copy = MATCHES[OWN_MATCH]  # the entry as it was, pasted again further down
    new = _results([MATCHES[0], MATCHES[1], edited, MATCHES[3], copy])
    guess = _guess(new, copy, RESULT)
    assert near_copy_of_the_stretch(new, guess.start, quote)
    assert placed_on_its_whole_stretch(new, position, quote, guess) == guess


def test_other_entries_and_figure_twins_are_no_near_copy_of_the_whole_stretch() -> None:
    _, quote = _result_passage()
    renumbered = MATCHES[OWN_MATCH].replace("Match 3", "Match 5")  # a figure twin
    new = _results([MATCHES[OWN_MATCH], *MATCHES[:OWN_MATCH], MATCHES[3], renumbered])
    at = new.index(RESULT, new.index(MATCHES[OWN_MATCH]))
    assert not near_copy_of_the_stretch(new, at, quote)


@settings(max_examples=60, deadline=None)
@given(order=st.permutations(range(len(MATCHES))))
def test_a_short_quote_is_placed_only_on_its_own_entry(order: list[int]) -> None:
    new = _results([MATCHES[index] for index in order])
    _assert_placed_only_inside(new, MATCHES[OWN_MATCH], MATCHES, RESULT, _result_passage())
