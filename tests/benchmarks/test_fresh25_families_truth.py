"""The truth of the twenty-fifth-round fresh families, checked by hand on a small newsroom
page (no re-anchoring here), and checked for consistency on the whole material."""

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
from tests.benchmarks.reanchor_families import Family
from tests.benchmarks.reanchor_fresh23_kit import item_runs, items, notes, sections
from tests.benchmarks.reanchor_fresh24_kit import CLOCK, short_lines
from tests.benchmarks.reanchor_fresh25_families import (
    FRESH25_FAMILIES,
    FRESH25_SEEDS,
    INTROS,
    SUMMARIES,
    armenian_reformed,
    burmese_normalised_one_side,
    comment_removed,
    copy_edited,
    correction_appended,
    fresh25_spans,
    fresh25_text,
    intros_rewritten,
    killed,
    moved_and_updated,
    reflowed_page,
    resorted,
    retimed,
    verdict_rerated,
)
from tests.benchmarks.reanchor_fresh25_kit import BURMESE_MARK, MYANMAR_DIGITS, ZAWGYI_ORDER
from tests.benchmarks.reanchor_fresh25_texts import KINDS
from tests.storage.edit_simulation import TrackedText

CLAIM = "“The bridge cost 12 million more than planned.”"
SAID = "The bridge cost more than planned."
FOUND = "What we found: Budget papers show a 9 million overrun."
COMMENT = "This bridge is a scandal, honestly."
BURMESE = "ေရပေးဝေမှု\u200bယာယီ ၁၂ ရက်။"
ARMENIAN = "Ուշադրութիւն՝ ջուրը կը դադարի երկուշաբթի առաւօտեան։"
GLOSS = "Attention: the water stops on Monday morning."
HEAD = (
    "Fact check: the bridge\n\nBy Ana Reyes · 12 March\n\n"
    f"Claim: {CLAIM} Our verdict:\nMisleading. It counts the new links as part of the bridge "
    "and leaves out the grants.\n\n"
)
POSTS = (
    "The claim\n\nWe quote the claim.\n\n"
    f"Post 1 · X · 9 March\n{CLAIM}\n\nPost 2 · Facebook · 10 March\n{CLAIM}\nReply\n\n"
)
RUNDOWN = (
    "Rundown\n\nTight.\n\n"
    f"A1 · BRIDGE · 00:01:30 · VO\nANCHOR: Good evening. {SAID}\nVO: {SAID}\nENDS\n\n"
    f"A2 · BUDGET · 00:03:05 · VO\n{FOUND}\nVerdict: Misleading\n"
    "Expected by 1400 GMT, 300 words.\nENDS\n\n"
)
THREAD = (
    "Comments and notices\n\nShowing 2 of 9.\n\n"
    f"@tomh · 3h · 4 likes\n{COMMENT}\nReply\n\n@mara_k · 2h · 1 likes\n> {COMMENT}\nSo true 👏\n\n"
    f"Ward 3 · 9 March\n{BURMESE}\nWater stops on the 12th.\n\n"
    f"Notice 4 · 12 March\n{ARMENIAN}\n{GLOSS}\n\n"
)
FOOT = "About this export\n\nKept by the desk.\n"
#: A small page: a claim quoted twice, a rundown with an intro holding the VO sentence, a
#: comment quoted in a reply, a Burmese line in Zawgyi order and an Armenian classical line.
PAGE = HEAD + POSTS + RUNDOWN + THREAD + FOOT


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    tracked = TrackedText(PAGE)
    family(tracked, random.Random(seed), rate)
    return tracked


def _holds_at(tracked: TrackedText, span: tuple[int, int], needle: str, nth: int = 0) -> bool:
    """Whether the old ``span``'s truth is the ``nth`` occurrence of ``needle`` now."""
    start, end = span_of(tracked.text, needle, nth)
    return tracked.truths([span])[0].holds(start, end)


def _gone(tracked: TrackedText, span: tuple[int, int]) -> bool:
    return not tracked.truths([span])[0].findable


def test_the_small_page_is_read_as_sections_items_and_recurring_lines() -> None:
    assert len(sections(PAGE)) == 3
    assert len(items(PAGE)) == 8
    assert [len(run) for run in item_runs(PAGE)] == [2, 2, 4]
    assert len(notes(PAGE)) == 3
    assert sorted(short_lines(PAGE)) == ["ENDS", "Reply"]


def test_a_verdict_rerated_rewrites_the_summary_and_the_label_but_not_the_claim() -> None:
    tracked = _edited(verdict_rerated, 8.0)
    new = tracked.text
    assert new.count("What we found: ") == 1
    assert any(summary in new for summary in SUMMARIES)
    assert "Verdict: False" in new
    assert "Our verdict:\nMisleading." in new
    assert _gone(tracked, span_of(PAGE, FOUND))
    assert _gone(tracked, span_of(PAGE, "Verdict: Misleading"))
    assert _holds_at(tracked, span_of(PAGE, f"> {COMMENT}"), f"> {COMMENT}")
    for nth in range(3):
        assert _holds_at(tracked, span_of(PAGE, CLAIM, nth), CLAIM, nth)


def test_a_correction_quotes_the_old_line_but_the_truth_stays_on_the_fixed_line() -> None:
    tracked = _edited(correction_appended, 1.0)
    new = tracked.text
    quoted = re.search(r"said: “(.+)” This has been corrected\.", new)
    assert quoted is not None
    assert "Correction 1 · 14 March" in new
    old_words = quoted[1]
    copy_at = quoted.start(1)
    spans = [span_of(PAGE, old_words, nth) for nth in range(PAGE.count(old_words))]
    truths = tracked.truths(spans)
    assert not any(truth.holds(copy_at, copy_at + len(old_words)) for truth in truths)
    fixed = [truth for truth in truths if truth.survived < 1.0]
    assert len(fixed) == 1
    start, end = fixed[0].start_range[0], fixed[0].end_range[1]
    assert fixed[0].holds(start, end)
    assert len(new[start:end]) == len(old_words)
    assert new[start:end] != old_words  # one figure up


def test_a_resorted_run_moves_each_item_with_its_own_truth() -> None:
    tracked = _edited(resorted, 8.0)
    new = tracked.text
    assert new.index("Post 2 · Facebook") < new.index("Post 1 · X")
    assert new.index("@mara_k") < new.index("@tomh")
    for item in items(PAGE):
        words = PAGE[slice(*item)]
        assert _holds_at(tracked, item, words)


def test_a_killed_item_is_gone_while_its_words_stand_elsewhere() -> None:
    tracked = _edited(killed, 1.0, seed=3)
    new = tracked.text
    spans = [span_of(PAGE, CLAIM, nth) for nth in range(3)] + [
        span_of(PAGE, COMMENT, n) for n in (0, 1)
    ]
    gone = [span for span in spans if _gone(tracked, span)]
    assert len(gone) == 1
    words = PAGE[slice(*gone[0])]
    assert words in new  # its twin still reads the same


def test_retimed_swaps_two_items_and_shifts_every_later_timecode_alike() -> None:
    tracked = _edited(retimed, 1.0)
    new = tracked.text
    before = [m[0] for m in CLOCK.finditer(PAGE)]
    after = [m[0] for m in CLOCK.finditer(new)]
    assert len(before) == len(after)
    assert before != after
    for item in items(PAGE):
        words = PAGE[slice(*item)]
        if not CLOCK.search(words):
            assert _holds_at(tracked, item, words)
    vo = span_of(PAGE, f"VO: {SAID}")
    assert _holds_at(tracked, vo, f"VO: {SAID}")


def test_an_intro_rewritten_is_gone_while_the_vo_line_with_its_words_stays() -> None:
    tracked = _edited(intros_rewritten, 8.0)
    new = tracked.text
    assert any(f"ANCHOR: {intro}\n" in new for intro in INTROS)
    intro = span_of(PAGE, f"Good evening. {SAID}")
    assert _gone(tracked, intro)
    assert _holds_at(tracked, span_of(PAGE, SAID, 1), SAID)


def test_moved_marks_the_budget_line_and_updates_its_figure() -> None:
    tracked = _edited(moved_and_updated, 8.0)
    new = tracked.text
    assert re.search(r"\nMoved [0-9]{4} GMT, 300 words\.\n", new)
    assert FOUND.replace("9", "8") in new
    truth = tracked.truths([span_of(PAGE, FOUND)])[0]
    assert truth.findable
    assert truth.holds(*span_of(new, FOUND.replace("9", "8")))


def test_one_copy_edited_leaves_its_twins_whole() -> None:
    tracked = _edited(copy_edited, 1.0)
    new = tracked.text
    twins = [(CLAIM, 3), (COMMENT, 2), (FOUND, 1)]
    edited = [(words, count) for words, count in twins if new.count(words) < count]
    assert len(edited) == 1
    words, _count = edited[0]
    spans = [span_of(PAGE, words, nth) for nth in range(PAGE.count(words))]
    kept = [span for span in spans if tracked.truths([span])[0].survived == 1.0]
    assert len(kept) == len(spans) - 1


def test_a_removed_comment_is_gone_while_the_reply_still_quotes_it() -> None:
    tracked = _edited(comment_removed, 1.0)
    new = tracked.text
    assert "@tomh · 3h · 4 likes\n[removed]\n" in new
    assert _gone(tracked, span_of(PAGE, COMMENT, 0))
    assert _holds_at(tracked, span_of(PAGE, f"> {COMMENT}"), f"> {COMMENT}")


def test_a_reflowed_page_keeps_its_words_and_their_truth() -> None:
    tracked = _edited(reflowed_page, 8.0)
    new = tracked.text
    assert new != PAGE
    assert new.replace("-\n", "").split() == PAGE.split()
    lead = span_of(PAGE, "It counts the new links as part of the bridge and leaves out the grants.")
    truth = tracked.truths([lead])[0]
    assert truth.findable
    assert truth.survived > 0.9


def test_burmese_normalised_on_one_side_leaves_the_english_gloss() -> None:
    tracked = _edited(burmese_normalised_one_side, 8.0)
    new = tracked.text
    burmese_now = new.split("Ward 3 · 9 March\n")[1].split("\n")[0]
    assert burmese_now == "ရေပေးဝေမှုယာယီ 12 ရက်။"
    assert not BURMESE_MARK.search(burmese_now)
    assert not ZAWGYI_ORDER.search(burmese_now)
    assert not any(digit in burmese_now for digit in MYANMAR_DIGITS)
    truth = tracked.truths([span_of(PAGE, BURMESE)])[0]
    assert truth.findable
    assert truth.survived < 1.0
    assert _holds_at(tracked, span_of(PAGE, "Water stops on the 12th."), "Water stops on the 12th.")


def test_an_armenian_line_respelled_is_typed_anew_and_its_gloss_stays() -> None:
    tracked = _edited(armenian_reformed, 8.0)
    new = tracked.text
    assert "Ուշադրություն՝ ջուրը կը դադարի երկուշաբթի առավոտյան։" in new
    assert _gone(tracked, span_of(PAGE, ARMENIAN))
    assert _holds_at(tracked, span_of(PAGE, GLOSS), GLOSS)


@pytest.mark.parametrize("seed", [*range(4), *FRESH25_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(items(text)) >= 15, name
        assert len(sections(text)) >= 4, name
        assert any(len(run) >= 3 for run in item_runs(text)), name
        assert any(len(group) >= 3 for group in short_lines(text).values()), name
        assert all(mark in text for mark in ("\u200b", "\u00ad", "։")), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH25_SEEDS, fresh25_text, fresh25_spans)


@pytest.mark.parametrize("name", list(FRESH25_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH25_FAMILIES[name], FRESH25_SEEDS, fresh25_text, fresh25_spans, no_blank_runs=True
    )
