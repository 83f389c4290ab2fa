"""The truth of the twenty-second-round fresh families, checked by hand on two small pages of
OCR output (no re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random

import pytest

from tests.benchmarks.family_soundness import (
    assert_family_sound,
    assert_hostile_text,
    assert_spans_distinct,
    span_of,
)
from tests.benchmarks.reanchor_families import Family
from tests.benchmarks.reanchor_fresh7_places import recurring
from tests.benchmarks.reanchor_fresh22_edits import rewrapped
from tests.benchmarks.reanchor_fresh22_families import (
    ARTEFACT,
    FRESH22_FAMILIES,
    FRESH22_SEEDS,
    REPLY,
    REWORDED,
    SCRIPT,
    artefacts_cleaned,
    blocks_reordered,
    boilerplate_moved,
    fresh22_spans,
    fresh22_text,
    page_overlap_copied,
    repeated_line_deleted,
    reply_on_top,
    rerun_reworded,
    running_restamped,
    running_stripped,
    script_normalised,
)
from tests.benchmarks.reanchor_fresh22_kit import NBSP, ZWSP, pages, running, wrapped_runs
from tests.benchmarks.reanchor_fresh22_texts import AD, KINDS, email_thread
from tests.storage.edit_simulation import TrackedText

FIRST = "The sea wall will be built by fifty men\nfrom the town in April, the tirne agreed."
SECOND = f"The ﬁrst stones come from the quarry at\nPenryn,{NBSP}the municipality says."
#: Two pages of OCR output: a header, a page of two paragraphs, a short line and the
#: advertisement, a page number, a page of one paragraph and the short line again.
PAGES = (
    f"GAZETTE\n\nPage one\n\n{FIRST}\n\nYes.\n\n{AD}\n\n— 4 —\n\n{SECOND}\n\nYes.\n\n— 5 —\n\n"
    "The end.\n"
)


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    tracked = TrackedText(PAGES)
    family(tracked, random.Random(seed), rate)
    return tracked


def test_the_small_pages_are_read_as_runs_pages_and_running_lines() -> None:
    assert [PAGES[slice(*r)] for r in running(PAGES)] == [AD, "— 4 —", "— 5 —"]
    # A page runs to the first running line after its content: "— 4 —" follows the
    # advertisement and closes nothing; "The end." has nothing after it.
    assert [len(page) for page in pages(PAGES)] == [5, 3]
    assert [PAGES[slice(*r)] for r in wrapped_runs(PAGES)] == [FIRST, SECOND]


def test_running_lines_stripped_are_gone_and_the_rest_stand_where_they_were() -> None:
    tracked = _edited(running_stripped, 8.0)
    new = tracked.text
    expected = f"GAZETTE\n\nPage one\n\n{FIRST}\n\nYes.\n\n{SECOND}\n\nYes.\n\nThe end.\n"
    assert new == expected
    page, ad, yes = tracked.truths(
        [span_of(PAGES, "— 4 —"), span_of(PAGES, AD), span_of(PAGES, "Yes.", 1)]
    )
    assert not page.findable
    assert not ad.findable
    assert yes.holds(*span_of(new, "Yes.", 1))


def test_restamped_page_numbers_keep_their_dashes_and_get_new_digits() -> None:
    tracked = _edited(running_restamped, 8.0)
    new = tracked.text
    assert new == PAGES.replace("— 5 —", "— 6 —").replace("— 4 —", "— 5 —")
    four, five = tracked.truths([span_of(PAGES, "— 4 —"), span_of(PAGES, "— 5 —")])
    assert four.survived == 4 / 5  # the digit is typed anew
    assert four.holds(*span_of(new, "— 5 —"))  # not the old "— 5 —", which is now "— 6 —"
    assert five.holds(*span_of(new, "— 6 —"))


def test_a_reply_on_top_quotes_the_whole_text_and_the_quote_is_a_decoy() -> None:
    tracked = _edited(reply_on_top, 8.0)
    new = tracked.text
    quoted = "\n".join(f"> {line}" if line else ">" for line in PAGES.rstrip("\n").split("\n"))
    assert new == f"{REPLY}\n\n{quoted}\n\n{PAGES}"
    (first,) = tracked.truths([span_of(PAGES, FIRST)])
    assert first.survived == 1.0
    at = new.index(PAGES)
    assert first.holds(at + PAGES.index(FIRST), at + PAGES.index(FIRST) + len(FIRST))
    assert new.index("> The sea wall") < at  # the quoted copy stands above


def test_a_deleted_short_line_is_gone_though_its_twin_stands() -> None:
    tracked = _edited(repeated_line_deleted, 1.0, seed=3)
    new = tracked.text
    assert new.count("Yes.") == 1
    first, second = tracked.truths([span_of(PAGES, "Yes."), span_of(PAGES, "Yes.", 1)])
    assert first.findable != second.findable  # one of the two is gone
    kept = first if first.findable else second
    assert kept.holds(*span_of(new, "Yes."))
    assert "\n\n\n" not in new


def test_a_page_s_last_line_is_copied_to_the_next_page_and_is_a_decoy() -> None:
    tracked = _edited(page_overlap_copied, 8.0)
    new = tracked.text
    assert new == PAGES.replace(f"{AD}\n\n", f"{AD}\n\nYes.\n\n").replace(
        "— 5 —\n\n", "— 5 —\n\nYes.\n\n"
    )
    first, second = tracked.truths([span_of(PAGES, "Yes."), span_of(PAGES, "Yes.", 1)])
    assert first.holds(*span_of(new, "Yes."))  # the copy after the advertisement is next
    assert second.holds(*span_of(new, "Yes.", 2))  # not the copy after "— 5 —"
    assert not first.holds(*span_of(new, "Yes.", 1))


def test_a_moved_running_line_is_where_it_went() -> None:
    tracked = _edited(boilerplate_moved, 1.0, seed=2)
    new = tracked.text
    assert sorted(new.split("\n\n")) == sorted(PAGES.split("\n\n"))
    assert new != PAGES
    spans = [span_of(PAGES, line) for line in (AD, "— 4 —", "— 5 —")]
    for truth, line in zip(tracked.truths(spans), (AD, "— 4 —", "— 5 —"), strict=True):
        assert truth.survived == 1.0
        assert truth.holds(*span_of(new, line))


def test_a_page_s_blocks_are_reversed_and_each_is_where_it_went() -> None:
    tracked = _edited(blocks_reordered, 8.0)
    new = tracked.text
    assert new == (
        f"Yes.\n\n{FIRST}\n\nPage one\n\nGAZETTE\n\n{AD}\n\n— 4 —\n\nYes.\n\n{SECOND}\n\n"
        "— 5 —\n\nThe end.\n"
    )
    yes, gazette = tracked.truths([span_of(PAGES, "Yes."), span_of(PAGES, "GAZETTE")])
    assert yes.holds(0, 4)  # the first page's, now on top; not the second page's
    assert gazette.holds(*span_of(new, "GAZETTE"))


def test_a_rewrapped_run_keeps_its_words_and_types_its_breaks() -> None:
    tracked = TrackedText(PAGES)
    start, end = span_of(PAGES, FIRST)
    rewrapped(tracked, (start, end), random.Random(1), 30)
    new = tracked.text
    again = "The sea wall will be built by\nfifty men from the town in\nApril, the tirne agreed."
    assert new == PAGES.replace(FIRST, again)
    (run,) = tracked.truths([(start, end)])
    assert run.survived == (len(FIRST) - 3) / len(
        FIRST
    )  # the old break, now a space, and two spaces, now breaks
    assert run.holds(*span_of(new, again))


def test_artefacts_are_cleaned_and_a_corrected_word_keeps_its_shared_letters() -> None:
    tracked = _edited(artefacts_cleaned, 8.0)
    new = tracked.text
    assert new == PAGES.replace("tirne", "time").replace("ﬁ", "fi").replace(NBSP, " ")
    sentence, word = tracked.truths([span_of(PAGES, FIRST), span_of(PAGES, "tirne agreed.")])
    assert sentence.survived == (len(FIRST) - 2) / len(FIRST)  # "rn" deleted, "m" typed
    assert word.holds(*span_of(new, "time agreed."))
    assert [m[0] for m in ARTEFACT.finditer(PAGES)] == ["tirne", "ﬁ", NBSP]


def test_script_normalised_strips_points_and_straightens_the_apostrophe() -> None:
    pointed = "שָׁלוֹם"
    text = f"Page\n\n{pointed} and {AD}\n"
    tracked = TrackedText(text)
    script_normalised(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == f"Page\n\nשלום and {AD.replace('’', chr(39))}\n"
    (word,) = tracked.truths([span_of(text, pointed)])
    assert word.survived == 4 / len(pointed)  # the four letters keep their origin
    assert word.holds(0 + 6, 6 + 4)
    assert len(SCRIPT.findall(text)) == len(pointed) - 4 + 1


def test_a_rerun_rewords_one_occurrence_and_keeps_its_shared_letters() -> None:
    assert REWORDED.findall(PAGES) == ["quarry", "municipality"]
    tracked = _edited(rerun_reworded, 1.0)
    new = tracked.text
    assert new == PAGES.replace("quarry", "quany")  # a re-OCR's new misreading
    (second,) = tracked.truths([span_of(PAGES, SECOND)])
    assert second.survived == (len(SECOND) - 2) / len(SECOND)  # "rr" deleted, "n" typed
    assert second.holds(*span_of(new, SECOND.replace("quarry", "quany")))
    both = _edited(rerun_reworded, 8.0).text
    assert both == PAGES.replace("quarry", "quany").replace("municipality", "town council")


def test_thai_words_are_parted_by_zero_width_spaces_where_two_meet() -> None:
    thai = "ห้องน้ำอยู่ข้างวัด"
    text = f"Page\n\n{thai} ’\n"
    tracked = TrackedText(text)
    script_normalised(tracked, random.Random(1), 8.0)
    new = tracked.text
    parted = f"ห้องน้ำ{ZWSP}อยู่{ZWSP}ข้าง{ZWSP}วัด"
    assert new == f"Page\n\n{parted} '\n"
    (words,) = tracked.truths([span_of(text, thai)])
    assert words.survived == 1.0  # every letter kept; the spaces between are typed
    assert words.holds(*span_of(new, parted))


def test_an_exported_thread_quotes_each_earlier_message_one_level_deeper() -> None:
    text = email_thread(random.Random(1))
    found = [line.split("CONFIDENTIAL")[0] for line in text.split("\n") if "CONFIDENTIAL" in line]
    assert found == ["> " * depth for depth in range(len(found))]  # one disclaimer a message
    assert len(found) >= 3
    attributions = [line for line in text.split("\n") if line.endswith("wrote:")]
    depths = [len(a.split("On ")[0]) // 2 for a in attributions]  # "> " a level
    assert depths == list(range(len(found) - 1))


@pytest.mark.parametrize("seed", [*range(4), *FRESH22_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(running(text)) >= 2, name
        assert len(pages(text)) >= 1, name
        assert len(wrapped_runs(text)) >= 2, name
        assert len(REWORDED.findall(text)) >= 3, name
        assert ARTEFACT.search(text), name
        assert SCRIPT.search(text), name
        assert any(len(group) >= 3 for group in recurring(text).values()), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH22_SEEDS, fresh22_text, fresh22_spans)


@pytest.mark.parametrize("name", list(FRESH22_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH22_FAMILIES[name], FRESH22_SEEDS, fresh22_text, fresh22_spans, no_blank_runs=True
    )
