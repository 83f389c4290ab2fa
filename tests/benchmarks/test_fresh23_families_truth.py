"""The truth of the twenty-third-round fresh families, checked by hand on a small thread export
(no re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import re

import pytest

from tests.benchmarks.family_soundness import (
    assert_family_sound,
    assert_hostile_text,
    assert_spans_distinct,
    span_of,
)
from tests.benchmarks.reanchor_families import Family, is_canonical
from tests.benchmarks.reanchor_fresh7_places import recurring
from tests.benchmarks.reanchor_fresh23_edits import normalise
from tests.benchmarks.reanchor_fresh23_families import (
    CROSS_POSTED,
    EDITED,
    FRESH23_FAMILIES,
    FRESH23_SEEDS,
    SWAPS,
    VANDALISM,
    copied_then_corrected,
    export_reversed,
    fresh23_spans,
    fresh23_text,
    items_merged,
    items_moved_between_sections,
    lead_rewritten_from_body,
    marks_normalised,
    quoted_originals_deleted,
    quotes_extended,
    recurring_lines_dropped,
    renamed_and_resorted,
    renumbered,
    sections_moved,
    vandalism_reverted,
)
from tests.benchmarks.reanchor_fresh23_kit import (
    NBSP,
    echoes,
    item_runs,
    items,
    notes,
    sections,
)
from tests.benchmarks.reanchor_fresh23_texts import KINDS
from tests.storage.edit_simulation import TrackedText

WALL = "The harbour wall lost 3 metres of coping stones."
BOATS = "Boats in the inner basin are safe for now."
SANDBAGS = f"Sandbags are at the Institute’s door from{NBSP}10:00."
FIRST = f"@a · 4 Mar · 1/3\n{WALL}\nShow more"
SECOND = f"@a · 4 Mar · 2/3\n{BOATS}\nShow more"
THIRD = f"@a · 5 Mar · 3/3\n{SANDBAGS}\nShow more"
QUOTE = f"@b · 5 Mar · quote\nSame.\nQuoting @a:\n{WALL}"
REPLY = "@c · 5 Mar\nReplying to @a\nStay safe x"
HEAD = (
    "Thread export\n\nExported 6 Mar, oldest first\n\n"
    "This is an export. Deleted posts are gone.\n\n"
)
MAIN = f"Main thread\n\nPosts as numbered.\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n"
QUOTES = f"Quote posts\n\nQuotes repeat posts.\n\n{QUOTE}\n\n{REPLY}\n\n"
FOOT = "About this export\n\nCounts as of export.\n"
#: A small thread export: three posts sharing "Show more", a quote-post repeating the first.
THREAD = HEAD + MAIN + QUOTES + FOOT
#: A small Q&A page whose answers are out of vote order.
ANSWERS = (
    "Q&A\n\nSorted by votes\n\nAnswers are sorted. Ask away.\n\nAnswers\n\nTop first.\n\n"
    "Answer by @x · 3 votes\nFeed it twice a day.\n\n"
    "Answer by @y · 9 votes\nKeep it warmer than 18 °C.\n\n"
    "About this export\n\nCounts as of export.\n"
)


def _edited(family: Family, rate: float, seed: int = 1, text: str = THREAD) -> TrackedText:
    tracked = TrackedText(text)
    family(tracked, random.Random(seed), rate)
    return tracked


def _placed(tracked: TrackedText, needle: str, nth: int = 0) -> str | None:
    """The words where the truth of an old passage says it now stands (None when gone)."""
    (truth,) = tracked.truths([span_of(tracked.old, needle, nth)])
    if not truth.findable:
        return None
    return tracked.text[truth.start_range[1] : truth.end_range[0]]


def test_the_small_thread_is_read_as_sections_items_notes_and_echoes() -> None:
    assert [THREAD[slice(*h)] for h, _ in sections(THREAD)] == ["Main thread", "Quote posts"]
    assert [THREAD[slice(*i)] for i in items(THREAD)] == [FIRST, SECOND, THIRD, QUOTE, REPLY]
    assert [len(run) for run in item_runs(THREAD)] == [3, 2]
    assert [THREAD[slice(*n)] for n in notes(THREAD)] == [
        "Posts as numbered.",
        "Quotes repeat posts.",
    ]
    pairs = {(THREAD[slice(*a)], THREAD[slice(*b)]) for a, b in echoes(THREAD)}
    assert pairs == {(WALL, WALL)}
    assert len(echoes(THREAD)) == 2  # the post's line and the quote's, each pointing at the other


def test_the_export_made_newest_first_moves_every_post_with_its_number() -> None:
    tracked = _edited(export_reversed, 8.0)
    expected = (
        HEAD.replace("oldest", "newest")
        + f"Quote posts\n\nQuotes repeat posts.\n\n{REPLY}\n\n{QUOTE}\n\n"
        + f"Main thread\n\nPosts as numbered.\n\n{THIRD}\n\n{SECOND}\n\n{FIRST}\n\n"
        + FOOT
    )
    assert tracked.text == expected
    assert _placed(tracked, FIRST) == FIRST
    (truth,) = tracked.truths([span_of(THREAD, FIRST)])
    assert truth.start_range[1] == expected.index(FIRST)  # not the quote's copy of its words
    assert _placed(tracked, "Show more", 2) == "Show more"
    (third,) = tracked.truths([span_of(THREAD, "Show more", 2)])
    assert third.start_range[1] == expected.index("Show more")  # the third post's, now first


def test_a_deleted_post_is_gone_though_its_quote_keeps_the_words() -> None:
    for seed in range(6):
        tracked = _edited(quoted_originals_deleted, 1.0, seed)
        new = tracked.text
        if FIRST in new:  # the quote-post went instead: the post is untouched
            assert QUOTE not in new
            assert _placed(tracked, WALL) == WALL
            assert _placed(tracked, "Quoting @a:") is None
            continue
        assert new == THREAD.replace(f"{FIRST}\n\n", "")
        assert _placed(tracked, FIRST) is None
        assert _placed(tracked, WALL, 0) is None  # gone, though the quote says it word for word
        assert _placed(tracked, WALL, 1) == WALL  # the quote's own line
        return
    pytest.fail("no seed deleted the post")


def test_numbers_after_an_upstream_deletion_step_down_one_by_one() -> None:
    tracked = _edited(renumbered, 8.0)
    assert tracked.text == THREAD.replace("2/3", "1/3").replace("3/3", "2/3")
    assert _placed(tracked, "@a · 4 Mar · 2/3") == "@a · 4 Mar · 1/3"
    (truth,) = tracked.truths([span_of(THREAD, "@a · 4 Mar · 2/3")])
    assert truth.survived == 15 / 16  # one digit retyped
    assert truth.start_range[1] == THREAD.index(SECOND)


def _one_act_left(new: str) -> bool:
    """Whether undoing one vandal's act (a typed line, a swapped word) gives the old text."""
    for word, swapped in SWAPS.items():
        for match in re.finditer(re.escape(swapped), new):
            if new[: match.start()] + word + new[match.end() :] == THREAD:
                return True
    return any(new.replace(f"\n{line}", "", 1) == THREAD for line in VANDALISM)


def test_the_act_the_revert_missed_stays_and_the_reverted_ones_keep_their_posts() -> None:
    heads = {post: post.split("\n")[0] for post in (FIRST, SECOND, THIRD, QUOTE, REPLY)}
    for seed in range(6):
        tracked = _edited(vandalism_reverted, 1.0, seed)
        new = tracked.text
        assert _one_act_left(new), seed
        for post, head in heads.items():
            (truth,) = tracked.truths([span_of(THREAD, post)])
            assert truth.findable
            assert truth.survived >= (len(post) - 5) / len(post)
            assert truth.start_range[1] == new.index(head)


def test_a_post_moved_to_another_section_is_where_it_went() -> None:
    tracked = _edited(items_moved_between_sections, 1.0, 2)
    new = tracked.text
    posts = (FIRST, SECOND, THIRD, QUOTE, REPLY)
    was = [THREAD.index(p) > THREAD.index("Quote posts") for p in posts]
    now = [new.index(p) > new.index("Quote posts") for p in posts]
    assert sum(a != b for a, b in zip(was, now, strict=True)) == 1
    for post in posts:
        assert _placed(tracked, post) == post
        (truth,) = tracked.truths([span_of(THREAD, post)])
        assert truth.start_range[1] == new.index(post)


def test_answers_resorted_by_votes_after_a_recount() -> None:
    tracked = _edited(renamed_and_resorted, 1.0, 3, ANSWERS)
    new = tracked.text
    x_votes = int(new.split("@x · ")[1].split(" votes")[0])
    y_votes = int(new.split("@y · ")[1].split(" votes")[0])
    assert (x_votes, y_votes) != (3, 9)  # one recounted
    assert (new.index("@x") < new.index("@y")) == (x_votes >= y_votes)
    assert _placed(tracked, "Feed it twice a day.") == "Feed it twice a day."
    (truth,) = tracked.truths([span_of(ANSWERS, "Feed it twice a day.")])
    assert truth.start_range[1] == new.index("Feed it twice a day.")


def test_a_copied_line_is_a_decoy_and_the_original_is_corrected() -> None:
    fixed = {WALL: WALL.replace("3 metres", "4 metres"), BOATS: BOATS}
    for seed, (line, nth, section) in {
        0: (WALL, 1, "Quote posts"),  # the quote's line copied, the quote corrected
        1: (BOATS, 0, "Main thread"),  # no figure: only marked edited
        2: (WALL, 0, "Main thread"),
    }.items():
        tracked = _edited(copied_then_corrected, 1.0, seed)
        new = tracked.text
        copy = f"{CROSS_POSTED.format(section)}\n{line}\n\n"
        assert copy in new  # the copy keeps the old words
        assert new.count(fixed[line] + EDITED) == 1
        assert _placed(tracked, line, nth) == fixed[line]
        (truth,) = tracked.truths([span_of(THREAD, line, nth)])
        assert truth.start_range[1] == new.index(fixed[line] + EDITED)
        assert new.index(copy) + len(copy) - len(line) - 2 != truth.start_range[1]


def test_a_lead_rewritten_from_the_body_holds_copies_only() -> None:
    tracked = _edited(lead_rewritten_from_body, 8.0, 0)
    new = tracked.text
    first, second = new.split("\n\n")[2].split(". ", 1)
    assert {f"{first}.", second} < {WALL, BOATS, SANDBAGS}
    assert _placed(tracked, "This is an export.") is None
    assert _placed(tracked, "Deleted posts are gone.") is None
    for line in (WALL, BOATS, SANDBAGS):  # each where its post stands, not in the lead
        assert _placed(tracked, line) == line
        (truth,) = tracked.truths([span_of(THREAD, line)])
        assert truth.start_range[1] == new.index(line, new.index("Main thread"))


def test_marks_are_normalised_on_one_side_and_the_line_keeps_the_rest() -> None:
    tracked = _edited(marks_normalised, 8.0)
    plain = "Sandbags are at the Institute's door from 10:00."
    assert tracked.text == THREAD.replace(SANDBAGS, plain)
    assert _placed(tracked, SANDBAGS) == plain
    (truth,) = tracked.truths([span_of(THREAD, SANDBAGS)])
    assert truth.survived == (len(SANDBAGS) - 2) / len(SANDBAGS)


def test_a_keyboard_drops_tones_and_dots_and_writes_western_digits() -> None:
    old = "Ìkéde ፲፬ · Notice 14\nỌ̀la ni ìpàdé.\n"
    tracked = TrackedText(old)
    assert normalise(tracked, (0, len(old))) == 8  # Ì é ፲፬ Ọ ◌̀ ì à é
    assert tracked.text == "Ikede 14 · Notice 14\nO\u0329la ni ipade.\n"
    assert is_canonical(tracked.text)
    (notice, tomorrow) = tracked.truths([span_of(old, "Ìkéde ፲፬"), span_of(old, "Ọ̀la")])
    assert notice.survived == 4 / 8  # "Ì", "é" and the two numerals retyped
    assert tomorrow.survived == 2 / 4  # "Ọ" retyped, its grave dropped
    assert tracked.text[tomorrow.start_range[0] : tomorrow.end_range[0]] == "O\u0329la"


def test_merged_posts_keep_the_first_head_line_only() -> None:
    tracked = _edited(items_merged, 1.0, 0)
    new = tracked.text
    merged = [
        f"@a · 4 Mar · 1/3\n{WALL} Show more {BOATS} Show more",
        f"@a · 4 Mar · 2/3\n{BOATS} Show more {SANDBAGS} Show more",
        f"@b · 5 Mar · quote\nSame. Quoting @a: {WALL} Replying to @a Stay safe x",
    ]
    (paragraph,) = [m for m in merged if m in new]
    gone = {merged[0]: "@a · 4 Mar · 2/3", merged[1]: "@a · 5 Mar · 3/3"}.get(
        paragraph, "@c · 5 Mar"
    )
    assert gone not in new
    assert _placed(tracked, gone) is None
    assert _placed(tracked, "Stay safe x") == "Stay safe x"


def test_dropped_template_lines_are_gone_where_their_twins_stay() -> None:
    tracked = _edited(recurring_lines_dropped, 8.0)
    new = tracked.text
    assert new.count("Show more") == 1
    placed = [_placed(tracked, "Show more", n) for n in range(3)]
    assert sorted(p or "" for p in placed) == ["", "", "Show more"]
    kept = placed.index("Show more")
    (truth,) = tracked.truths([span_of(THREAD, "Show more", kept)])
    assert truth.start_range[1] == new.index("Show more")


def test_a_moved_section_takes_its_heading_note_and_items() -> None:
    tracked = _edited(sections_moved, 1.0)
    assert tracked.text == HEAD + QUOTES + MAIN + FOOT
    assert _placed(tracked, "Main thread") == "Main thread"
    (truth,) = tracked.truths([span_of(THREAD, FIRST)])
    assert truth.start_range[1] == tracked.text.index(FIRST)


def test_a_widened_quote_holds_a_copy_and_the_quoted_post_keeps_its_lines() -> None:
    widened = {
        QUOTE: f"{QUOTE}\nShow more\nEdited",  # the quote takes the post's next line
        FIRST: f"@a · 4 Mar · 1/3\n{WALL}\nQuoting @a:\nShow more\nEdited",
    }
    seen = set()
    for seed in range(6):
        tracked = _edited(quotes_extended, 1.0, seed)
        new = tracked.text
        (changed,) = [post for post, now in widened.items() if now in new]
        assert new == THREAD.replace(changed, widened[changed])
        seen.add(changed)
        for post in (FIRST, QUOTE):
            for line in post.split("\n"):
                (truth,) = tracked.truths(
                    [span_of(THREAD, line, THREAD[: THREAD.index(post)].count(line))]
                )
                assert truth.survived == 1.0
                assert truth.start_range[1] == new.index(line, new.index(post.split("\n")[0]))
    assert seen == set(widened)


@pytest.mark.parametrize("seed", [*range(4), *FRESH23_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(items(text)) >= 15, name
        assert len(sections(text)) >= 4, name
        assert len(notes(text)) >= 4, name
        assert any(len(run) >= 3 for run in item_runs(text)), name
        assert len(echoes(text)) >= 4, name
        assert any(len(group) >= 3 for group in recurring(text).values()), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH23_SEEDS, fresh23_text, fresh23_spans)


@pytest.mark.parametrize("name", list(FRESH23_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH23_FAMILIES[name], FRESH23_SEEDS, fresh23_text, fresh23_spans, no_blank_runs=True
    )
