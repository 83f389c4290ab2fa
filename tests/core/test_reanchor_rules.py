"""The doubts re-anchoring casts, and lifts, on near twins, copies and punctuation at its ends."""

from __future__ import annotations

import random

import pytest

from desktop_app.core.alignment import Alignment, Block
from desktop_app.core.anchoring import describe
from desktop_app.core.diff_doubts import GAP, _copies_all_carried, exact_copy_fits
from desktop_app.core.diff_placement import _without_bare_ends
from desktop_app.core.placement_doubts import reordered_across_an_edge
from desktop_app.core.quote_search import (
    CLEAR_QUOTE,
    FAR_COPY,
    ONCE_NEAR,
    TWIN_NEAR,
    Candidate,
    Placement,
    _decide,
    _on_own_ends,
    elsewhere,
)
from desktop_app.core.reanchor import place
from desktop_app.core.records import TextPosition
from tests.benchmarks.reanchor_families import FAMILIES, annotated_spans, news_text
from tests.benchmarks.reanchor_new_families import NEW_FAMILIES, new_text
from tests.core.test_reanchor import PARAGRAPHS, _updated_once
from tests.storage.edit_simulation import TrackedText, Truth

# -- the quote search: a near twin of the best candidate makes its choice a guess -------------

POSITION = TextPosition(start=1000, end=1050)
ORPHAN = Placement("orphaned", 1000, 1050, 0.0)


def _candidate(start: int, score: float, quote: float, prefix: float, suffix: float) -> Candidate:
    return Candidate(start, start + 50, score, quote, prefix, suffix)


def test_a_near_twin_beside_the_best_candidate_asks_for_review() -> None:
    best = _candidate(1200, 0.98, 1.0, 1.0, 0.94)
    twin = _candidate(1000, 0.85, 0.98, 1.0, 0.22)  # one side agrees, the quote nearly so
    placement = _decide([best, twin], [best, twin], POSITION, ORPHAN, both_sides=False)
    assert placement.state == "review"
    assert (placement.start, placement.end) == (best.start, best.end)


def test_a_twin_far_away_or_a_poorer_quote_does_not_cast_doubt() -> None:
    best = _candidate(1200, 0.98, 1.0, 1.0, 0.94)
    far = _candidate(1200 + TWIN_NEAR + 1, 0.85, 0.98, 1.0, 0.22)
    poorer = _candidate(1000, 0.85, 0.9, 1.0, 0.22)
    for rival in (far, poorer):
        placement = _decide([best, rival], [best, rival], POSITION, ORPHAN, both_sides=False)
        assert placement.state == "moved"


def _spanning(start: int, length: int, score: float, prefix: float, suffix: float) -> Candidate:
    return Candidate(start, start + length, score, 1.0, prefix, suffix)


def test_a_long_quote_found_once_with_one_side_intact_is_accepted_away_from_its_place() -> None:
    best = _spanning(1400, CLEAR_QUOTE, 0.84, 1.0, 0.3)  # an edit changed what follows it
    stray = Candidate(3000, 3030, 0.4, 0.55, 0.2, 0.1)
    placement = _decide([best, stray], [best, stray], POSITION, ORPHAN, both_sides=False)
    assert (placement.state, placement.start) == ("moved", 1400)


@pytest.mark.parametrize(
    "rival",
    [
        Candidate(3000, 3030, 0.5, 0.6, 0.2, 0.1),  # another candidate holds much of the quote
        None,
    ],
)
def test_a_quote_found_once_is_still_reviewed_when_short_far_or_not_alone(
    rival: Candidate | None,
) -> None:
    cases = [_spanning(1400, CLEAR_QUOTE - 1, 0.84, 1.0, 0.3)]  # short
    cases.append(_spanning(1000 + ONCE_NEAR + 1, CLEAR_QUOTE, 0.84, 1.0, 0.3))  # far off
    if rival is not None:
        cases = [_spanning(1400, CLEAR_QUOTE, 0.84, 1.0, 0.3)]
    for best in cases:
        candidates = [best] if rival is None else [best, rival]
        placement = _decide(candidates, candidates, POSITION, ORPHAN, both_sides=False)
        assert placement.state == "review"


def test_an_exact_copy_far_from_its_place_with_another_copy_close_behind_is_reviewed() -> None:
    best = _spanning(1000 + FAR_COPY + 1, 50, 0.97, 1.0, 1.0)
    copy = _spanning(1000 + 3 * FAR_COPY, 50, 0.85, 1.0, 0.6)
    placement = _decide([best, copy], [best, copy], POSITION, ORPHAN, both_sides=False)
    assert placement.state == "review"
    nearer = _spanning(1000 + FAR_COPY - 1, 50, 0.97, 1.0, 1.0)
    placement = _decide([nearer, copy], [nearer, copy], POSITION, ORPHAN, both_sides=False)
    assert placement.state == "moved"


def test_a_paragraph_added_after_a_long_passage_leaves_it_placed_by_its_quote() -> None:
    old = "\n\n".join(PARAGRAPHS[:4])
    start = old.index(PARAGRAPHS[1])
    end = start + len(PARAGRAPHS[1])
    added = "A paragraph written for the update, about something else entirely."
    opening = "An opening line for the update."  # moves the passage away from its place
    new = "\n\n".join([opening, PARAGRAPHS[0], PARAGRAPHS[1], added, *PARAGRAPHS[2:4]])
    placement = place(new, *describe(old, start, end))
    assert placement.state == "moved"
    assert new[placement.start : placement.end] == PARAGRAPHS[1]


def test_after_a_diff_twins_are_left_to_the_diff() -> None:
    best = _candidate(1200, 0.98, 1.0, 1.0, 0.94)
    twin = _candidate(1000, 0.85, 0.98, 1.0, 0.22)
    placement = _decide([best, twin], [best, twin], POSITION, ORPHAN, both_sides=True)
    assert placement.state == "moved"


def _new_material_case(
    family: str, rate: float, seed: int, start: int
) -> tuple[str, str, int, Truth]:
    """One annotation of the benchmark's new held-out material: old text, new text, end."""
    rng = random.Random(f"{family}/{rate}/{seed}")
    text = new_text(seed, rng)
    spans = annotated_spans(rng, text, 60)
    tracked = TrackedText(text)
    NEW_FAMILIES[family](tracked, rng, rate)
    (end,) = [e for s, e in spans if s == start][:1]
    (truth,) = tracked.truths([(start, end)])
    return text, tracked.text, end, truth


def test_a_paragraph_pasted_beside_itself_is_not_silently_given_the_copy() -> None:
    """A case of the benchmark's "repeated nearby+typos" family: a paragraph pasted right
    after itself, both copies then edited; seeing only the new text, the copy fits the
    stored quote best, the original nearly as well."""
    old, new, end, truth = _new_material_case("repeated nearby+typos", 3.0, 2004, 592)
    placement = place(new, *describe(old, 592, end))
    assert placement.state == "review" or truth.verdict(placement) == "right"


# -- the update: an exact copy outside the text the diff saw inserted ------------------------


def test_an_exact_copy_with_its_context_elsewhere_is_found() -> None:
    old = "The minister spoke first in Astana. Trade would grow as new routes opened, she said."
    _, quote = describe(old, old.index("Trade"), old.index(", she"))
    edited = "Trade would key grow as new routes opened"
    new = f"{old.replace('Trade would grow', 'Trade would key grow')}\n\n{old}"
    at = new.index(edited)
    assert exact_copy_fits(new, at, at + len(edited), quote)
    unrelated = new.replace(old, "Other words. Trade would grow as new routes opened in May.")
    assert not exact_copy_fits(unrelated, at, at + len(edited), quote)


def _updated(old: str, span: tuple[int, int], new: str) -> Placement:
    return _updated_once(old, span, new, title="Live").placement


@pytest.mark.parametrize(
    ("rate", "seed", "start"),
    [
        (8.0, 2000, 4077),  # the diff matched an edited near copy: the search found it
        (3.0, 2004, 2795),  # a full stop and a line break matched past a joined paragraph
        (8.0, 2001, 281),  # line breaks matched before a joined paragraph
    ],
)
def test_split_and_joined_paragraphs_do_not_misplace_a_passage(
    rate: float, seed: int, start: int
) -> None:
    """Cases of the benchmark's "split and joined" family (new held-out material)."""
    old, new, end, truth = _new_material_case("split and joined", rate, seed, start)
    placement = _updated(old, (start, end), new)
    assert placement.state in ("review", "orphaned") or truth.verdict(placement) == "right"


# -- the diff: bare punctuation at a passage's ends, far from the rest, is no evidence --------

OLD = "Abraham Accords. Reporting by Mark Potter.\n\nThe foreign ministry"


def test_bare_end_pieces_far_from_the_rest_are_dropped() -> None:
    body = Block(old=0, new=0, length=37)
    stop = OLD.index(".\n")
    far = Block(old=stop, new=stop + GAP + 40, length=2)
    assert _without_bare_ends(OLD, [body, far]) == [body]
    line_breaks = Block(old=0, new=0, length=1), Block(old=1, new=1, length=1)
    words = Block(old=2, new=2 + GAP + 40, length=20)
    assert _without_bare_ends("\n\nAbraham Accords. Rep", [*line_breaks, words]) == [words]


def test_bare_end_pieces_near_the_rest_are_kept() -> None:
    body = Block(old=0, new=0, length=37)
    stop = OLD.index(".\n")
    near = Block(old=stop, new=stop + 10, length=2)  # a few words inserted before the stop
    assert _without_bare_ends(OLD, [body, near]) == [body, near]
    words = Block(old=stop, new=stop + GAP + 40, length=12)  # a piece with words stays
    assert _without_bare_ends(OLD + " said", [body, words]) == [body, words]


# -- the quote search: words inserted beside a passage stay outside it -------------------------


def test_a_word_inserted_beside_a_passage_is_left_outside_it() -> None:
    old = (
        "This diplomatic manoeuvre is seen as a logical extension of a long-standing policy,"
        " which aims to keep a balanced dialogue."
    )
    quote = "as a logical extension of a long-standing policy, which aims"
    new = old.replace("seen as", "seen new as").replace("which aims", "which regional")
    placement = place(new, *describe(old, *_span_of(old, quote)))
    assert placement.state in ("fuzzy", "review")
    assert new[placement.start : placement.end].startswith("as a logical")


def test_own_ends_move_over_inserted_words_only() -> None:
    exact = "as a logical extension of policy"
    text = "seen new as a logical extension of policy today"
    start, end = _on_own_ends(text, exact, text.index("new"), text.index(" today"))
    assert text[start:end] == exact
    spaced = "seen  as a logical extension of policy today"  # white space only: left alone
    assert _on_own_ends(spaced, exact, 5, spaced.index(" today")) == (5, spaced.index(" today"))
    same = "seen as a logical extension of policy today"  # already on its own ends
    at = same.index("as")
    assert _on_own_ends(same, exact, at, at + len(exact)) == (at, at + len(exact))


def _span_of(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


# -- the update: copies of the quote that all came along are no sign of a mix-up -------------


@pytest.mark.parametrize(("rate", "seed", "start"), [(3.0, 0, 2884), (3.0, 0, 5363)])
def test_a_quote_whose_other_copies_all_came_along_is_placed_without_doubt(
    rate: float, seed: int, start: int
) -> None:
    """Cases of the benchmark's "words" family (development seed 0): the quote stands
    elsewhere too, as it did in the old text, and each other copy came along whole to its
    own place; the passage's context changed on one side, and the diff's placement
    stands (it was marked for review)."""
    rng = random.Random(f"words/{rate}/{seed}")
    text = news_text(rng)
    spans = annotated_spans(rng, text, 60)
    tracked = TrackedText(text)
    FAMILIES["words"](tracked, rng, rate)
    (end,) = [e for s, e in spans if s == start][:1]
    (truth,) = tracked.truths([(start, end)])
    placement = _updated(text, (start, end), tracked.text)
    assert placement.state in ("moved", "fuzzy")
    assert truth.verdict(placement) == "right"


def test_copies_count_as_carried_only_when_each_old_copy_came_along_and_none_is_new() -> None:
    quote_text = "the decision followed years of talks"
    old = "\n\n".join(PARAGRAPHS) + f"\n\nCritics agreed that {quote_text} in the end."
    first = old.index(quote_text)
    position, quote = describe(old, first, first + len(quote_text))
    edited = old.replace("The delegation insisted that", "Officials in Astana said that")
    for new, carried in (
        (edited, True),  # the other copy came along: no mix-up possible
        (edited + f"\n\nA reader wrote that {quote_text}.", False),  # a new copy appeared
        (edited.replace(f"that {quote_text} in the end", "so"), False),  # the other one went
    ):
        at = new.index(quote_text)
        copies = elsewhere(new, at, at + len(quote_text), quote)
        starts = [copy.start for copy in copies]
        assert _copies_all_carried(Alignment(old, new), position, quote, starts) is carried


# -- blank lines carry no alignment: a paragraph split around a new sentence stays whole -----


def test_a_paragraph_split_around_a_new_sentence_keeps_both_halves() -> None:
    old = (
        "Present: the clerk and twelve members of the public.\n\n"
        "Cllr Ó Ceallaigh proposed that the market be held on 22 November. "
        "Cllr Price said the figures did not add up.\n\n"
        "A resident asked who would pay. The chair replied: “No comment.”\n\n"
        "Item 4. The market.\n"
    )
    new = (
        "Present: the clerk and twelve members of the public.\n\n"
        "Cllr Ó Ceallaigh proposed that the market be held on 22 November. "
        "Those present said the mood was tense.\n\n"
        "Cllr Price said the figures did not add up.\n\n"
        "A resident asked who would pay. A spokesperson confirmed the figures.\n\n"
        "The chair replied: “No comment.”\n\n"
        "Item 4. The market.\n"
    )
    start = old.index("Cllr Ó")
    end = old.index("add up.") + len("add up.")
    pieces = Alignment(old, new).pieces(start, end)
    assert sum(piece.length for piece in pieces) == end - start  # every character followed

    placement = _updated(old, (start, end), new)
    assert placement.state in ("fuzzy", "review")
    assert (placement.start, placement.end) == (
        new.index("Cllr Ó"),
        new.index("add up.") + len("add up."),
    )


def test_a_passage_reordered_inside_is_right_when_placed_on_all_of_it() -> None:
    tracked = TrackedText("Voting for: Ann Lee, Bob Ray, Cy Dunn. The motion passed.")
    names = tracked.text.index("Ann Lee, ")
    tracked.move(names, len("Ann Lee, "), tracked.text.index("Cy Dunn") - len("Ann Lee, "))
    assert tracked.text == "Voting for: Bob Ray, Ann Lee, Cy Dunn. The motion passed."
    (truth,) = tracked.truths([(0, len(tracked.old))])
    whole = Placement("fuzzy", 0, len(tracked.text), 0.9)
    assert truth.verdict(whole) == "right"
    assert truth.verdict(Placement("fuzzy", 0, tracked.text.index(", Cy"), 0.9)) == "wrong"


def test_names_sorted_inside_a_passage_keep_its_start() -> None:
    """The name moved to the front of the list stood inside the passage: it is the passage's
    own text reordered, not text moved in from elsewhere, so the passage keeps its start."""
    intro = "Item 6. Parking charges at the harbour were debated at length.\n\n"
    old = (
        intro + "Voting for: Cllr Ruth Price, Cllr Owen Price, Cllr Siobhán Ó Ceallaigh, "
        "Cllr Zoë Ångström. The motion was carried by 4 votes to 2.\n\n"
        "Item 7. Any other business.\n"
    )
    new = old.replace(
        "Cllr Ruth Price, Cllr Owen Price, Cllr Siobhán Ó Ceallaigh,",
        "Cllr Siobhán Ó Ceallaigh, Cllr Ruth Price, Cllr Owen Price,",
    )
    start = old.index("Voting for")
    end = old.index("4 votes to 2.") + len("4 votes to 2.")
    placement = _updated(old, (start, end), new)
    assert (placement.start, placement.end) == (start, end)


def test_a_name_moved_up_a_list_is_the_passages_own_though_it_stands_elsewhere_too() -> None:
    """The moved name also stands in another list, reordered too (so that copy did not stay
    where it was either): the words left their place inside the passage, so they are the
    passage's own text reordered, and the passage keeps its start."""
    first = (
        "Voting for: Cllr Ruth Price, Cllr Owen Price, Cllr Siobhán Ó Ceallaigh, Cllr Zoë Ångström."
    )
    second = "Voting against: Cllr Siobhán Ó Ceallaigh, Cllr Anna Petrova, Cllr Kwame Mensah."
    old = (
        f"Item 6. Parking charges.\n\n{first} The motion was carried by 4 votes to 2.\n\n"
        f"Item 7. Bins.\n\n{second} The motion was lost.\n"
    )
    new = old.replace(
        "Cllr Ruth Price, Cllr Owen Price, Cllr Siobhán Ó Ceallaigh,",
        "Cllr Siobhán Ó Ceallaigh, Cllr Ruth Price, Cllr Owen Price,",
    ).replace(
        "Cllr Siobhán Ó Ceallaigh, Cllr Anna Petrova, Cllr Kwame Mensah.",
        "Cllr Anna Petrova, Cllr Kwame Mensah, Cllr Siobhán Ó Ceallaigh.",
    )
    start = old.index("Voting for")
    end = old.index("4 votes to 2.") + len("4 votes to 2.")
    placement = _updated(old, (start, end), new)
    assert placement.state == "fuzzy"
    assert (placement.start, placement.end) == (start, end)


def test_names_moved_across_the_end_of_a_passage_make_its_end_a_guess() -> None:
    """The last name of the passage went one place down the list, past its end, and a name
    from after it came in: where the passage now ends is a guess (review, not wrong)."""
    old = (
        "Item 6. Parking charges.\n\nVoting for: Cllr Ruth Price, Cllr Mei-Ling Zhou. "
        "Voting against: Cllr Zoë Ångström, Cllr Owen Price, Cllr Kwame Mensah, "
        "Cllr Tomasz Wójcik. The motion was carried.\n"
    )
    new = old.replace(
        "Cllr Owen Price, Cllr Kwame Mensah, Cllr Tomasz Wójcik",
        "Cllr Kwame Mensah, Cllr Owen Price, Cllr Tomasz Wójcik",
    )
    start = old.index("Voting for")
    end = old.index("Cllr Owen") + len("Cllr Owen")
    placement = _updated(old, (start, end), new)
    assert placement.state == "review"


def test_words_crossing_an_end_are_told_from_edits_inside_the_passage() -> None:
    text = "Voting against: Cllr Zoë Ångström, Cllr Kwame Mensah, Cllr Owen Price. Done."
    old = "Voting against: Cllr Zoë Ångström, Cllr Owen Price, Cllr Kwame Mensah. Done."
    end = old.index("Cllr Owen") + len("Cllr Owen")
    _, quote = describe(old, 0, end)
    placed_end = text.index(", Cllr Kwame")
    # "Owen" left the passage's end for the text after it; "Kwame" came in from there
    assert reordered_across_an_edge(text, 0, placed_end, quote)
    typo = old.replace("Ångström", "Angstrom")
    assert not reordered_across_an_edge(typo, 0, end - 2, quote)
    assert not reordered_across_an_edge(old, 0, end, quote)


def test_a_sentence_of_the_context_moved_inside_a_placement_is_a_crossing() -> None:
    old = "The vote was close. The board met on Monday and agreed. Then it rained all week."
    start = old.index("The board")
    end = old.index(" Then")
    _, quote = describe(old, start, end)
    new = "The vote was close. The board met, then it rained all week, and agreed on Monday."
    assert reordered_across_an_edge(new, start, len(new), quote)
    assert not reordered_across_an_edge(old, start, end, quote)


def test_words_that_replaced_the_first_words_of_a_passage_are_part_of_it() -> None:
    """The passage's first words were rewritten where they stood (and the paragraph before
    it too): the new words stand for them, so the passage starts where its line does."""
    motion = (
        "Cllr Kwame Mensah proposed, and Cllr Anna Petrova seconded, that the budget be adopted."
    )
    old = f"Item 8. The budget for the parks service.\n\n{motion}\n\nVoting for: all.\n"
    new = old.replace(
        "Item 8. The budget for the parks service.", "The record runs to forty pages."
    )
    new = new.replace("Cllr Kwame Mensah", "Our colleague Mensah")
    start = old.index(motion)
    placement = _updated(old, (start, start + len(motion)), new)
    assert placement.state == "fuzzy"
    assert new[placement.start : placement.end].startswith("Our colleague Mensah proposed")


def test_words_typed_before_a_passage_whose_first_words_survived_stay_outside() -> None:
    motion = (
        "Cllr Kwame Mensah proposed, and Cllr Anna Petrova seconded, that the budget be adopted."
    )
    old = f"Item 8. The budget for the parks service.\n\n{motion}\n\nVoting for: all.\n"
    new = old.replace("Cllr Kwame Mensah", "At last Cllr Kwame Mensah").replace("Anna", "Ana")
    start = old.index(motion)
    placement = _updated(old, (start, start + len(motion)), new)
    assert new[placement.start : placement.end].startswith("Cllr Kwame Mensah proposed")


# -- the quote search: a fuzzy placement read paragraph by paragraph ------------------------

_FIRST = "The committee met on Monday to weigh the budget for the parks service."
_NEXT = "The delegation argued that the library would close early on Sundays."
_OTHER = "The president said that the library would close early on Sundays."


def _quote_over_a_paragraph_break(old: str, new: str, start_word: str, end_word: str) -> Placement:
    """Place the passage from ``start_word`` to ``end_word`` of ``old`` in ``new``."""
    start = old.index(start_word)
    end = old.index(end_word) + len(end_word)
    return place(new, *describe(old, start, end))


def test_a_paragraph_replaced_by_another_inside_a_fuzzy_placement_asks_for_review() -> None:
    old = f"Minutes.\n\n{_FIRST}\n\n{_NEXT}\n\nEnd of the minutes."
    # a typo in the first paragraph, and another paragraph where the second one stood
    new = f"Minutes.\n\n{_FIRST.replace('parks', 'praks')}\n\n{_OTHER}\n\nEnd of the minutes."
    placement = _quote_over_a_paragraph_break(old, new, "budget", "argued that the")
    assert placement.state == "review"


def test_a_fuzzy_placement_whose_paragraphs_all_match_stands() -> None:
    old = f"Minutes.\n\n{_FIRST}\n\n{_NEXT}\n\nEnd of the minutes."
    new = f"Minutes.\n\n{_FIRST.replace('parks', 'praks')}\n\n{_NEXT}\n\nEnd of the minutes."
    placement = _quote_over_a_paragraph_break(old, new, "budget", "argued that the")
    assert placement.state == "fuzzy"
    assert new[placement.start : placement.end].endswith("argued that the")


def test_a_paragraph_put_before_a_passage_is_left_out_of_it() -> None:
    head = "Kazakhstan to join the accords at the summit, says an official"
    old = f"Minutes.\n\n{_FIRST}\n\n{head}\n\n{_NEXT}"
    new = f"Minutes.\n\n{_FIRST}\n\nKazakhstan to Join the Accords\n\n{head}\n\n{_NEXT}"
    start = old.index(head)
    placement = place(new, *describe(old, start, start + len(head)))
    assert placement.placed
    assert new[placement.start : placement.end] == head


def test_a_passage_reaching_into_a_paragraph_pasted_again_beside_itself_asks_for_review() -> None:
    """The paragraph after the break the passage spans was pasted again right after itself
    (and a line added at the top): whether the passage reaches into the copy or the
    original is a guess. (Where nothing moved, it stays: an unchanged text keeps every
    passage exactly, whatever repeats in it.)"""
    second = "The delegation argued that the region was watching closely without giving details."
    old = f"{_FIRST}\n\n{second}\n\nEnd of the minutes."
    new = f"Draft.\n\n{_FIRST}\n\n{second}\n\n{second.replace('closely', 'cloesly')}\n\nEnd."
    start = old.index("parks")
    end = old.index("argued") + len("argued")
    assert place(new, *describe(old, start, end)).state == "review"
    alone = f"Draft.\n\n{_FIRST}\n\n{second}\n\n{_OTHER}\n\nEnd."
    assert place(alone, *describe(old, start, end)).state == "moved"


def test_a_fuzzy_placement_leaves_out_the_line_break_and_indent_of_a_rewrapped_text() -> None:
    paragraphs = [
        "Mr Speaker: Order. I call Dr Sunita Rao.",
        "Dr Sunita Rao (Cambridge) (LD): The Minister's answer will disappoint every renter.",
        "The Minister for Housing (Ms Clare Dunmore): I understand the frustration, and we act.",
    ]
    old = "\n\n".join(paragraphs)
    new = "\n".join(
        "    " + p.replace("every renter", "every\nrenter").replace("Cambridge", "Cambrdge")
        for p in paragraphs
    )
    start = old.index(paragraphs[1])
    placement = place(new, *describe(old, start, start + len(paragraphs[1])))
    assert placement.state == "fuzzy"
    assert new[placement.start : placement.end] == (
        "Dr Sunita Rao (Cambrdge) (LD): The Minister's answer will disappoint every\nrenter."
    )
