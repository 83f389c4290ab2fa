"""The truth of the twentieth-round fresh families, checked by hand on a small preprint (no
re-anchoring here), and checked for consistency on the whole material."""

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
from tests.benchmarks.reanchor_fresh20_families import (
    APPENDIX,
    CARRIED,
    CITATION_NEEDED,
    FRESH20_FAMILIES,
    FRESH20_SEEDS,
    QUOTED,
    citations_marked,
    claims_hedged,
    comment_quoted,
    fresh20_spans,
    fresh20_text,
    house_style,
    moved_to_appendix,
    one_twin_updated,
    references_renumbered,
    results_updated,
    sections_reordered,
    stock_carried,
    summary_rewritten,
)
from tests.benchmarks.reanchor_fresh20_kit import (
    body_paragraphs,
    decimals,
    headings,
    reference_lines,
    sections,
    stock_paragraphs,
    summary_sentences,
)
from tests.benchmarks.reanchor_fresh20_texts import KINDS
from tests.storage.edit_simulation import TrackedText

SUMMARY = "Recall fell by 0.62 points. Naps helped by 0.27 points."
P1 = (
    "Sleep is recognised as vital [2]. Recall fell by 0.62 points. "
    "We will analyse naps in Section 2."
)
P2 = "Naps helped by 0.27 points. The trial shows a clear gain [1]. Nurses liked the naps."
P3 = "The effect is small. Larger trials will follow. Costs were modest."
CAPTION = "Table 1: Recall (0.62 points)\nEarly | 0.11\nLate | 0.62"
STOCK = "We thank the reviewer for this comment."
ZED = "[1] Zed, A. (2019). Sleep. J 1: 1–2."
ABEL = "[2] Abel, B. (2019). Naps. J 2: 3–4."
HEAD = f"Tiny trial\n\nPreprint v2\n\nAbstract\n\n{SUMMARY}\n\n"
INTRO = f"1. Introduction\n\n{P1}\n\n"
RESULTS = f"2. Results\n\n{P2}\n\n{CAPTION}\n\n{STOCK}\n\n"
DISCUSSION = f"3. Discussion\n\n{P3}\n\n{STOCK}\n\n"
TAIL = f"References\n\n{ZED}\n{ABEL}\n\nNotes\n\nA note.\n"
#: A small preprint: a summary repeating two findings, three sections, a caption, a stock
#: reply twice, two references.
PREPRINT = HEAD + INTRO + RESULTS + DISCUSSION + TAIL


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    tracked = TrackedText(PREPRINT)
    family(tracked, random.Random(seed), rate)
    return tracked


def test_the_small_preprint_is_read_as_summary_sections_and_references() -> None:
    assert [PREPRINT[slice(*s)] for s in summary_sentences(PREPRINT)] == [
        "Recall fell by 0.62 points.",
        "Naps helped by 0.27 points.",
    ]
    assert [number for number, _ in headings(PREPRINT)] == [1, 2, 3]
    assert len(sections(PREPRINT)) == 3
    assert [PREPRINT[slice(*p)] for p in body_paragraphs(PREPRINT)] == [P1, P2, P3]
    assert {k: len(v) for k, v in decimals(PREPRINT).items()} == {"0.62": 4, "0.27": 2}
    assert [PREPRINT[slice(*line)] for line in reference_lines(PREPRINT)] == [ZED, ABEL]
    assert list(stock_paragraphs(PREPRINT)) == [STOCK]


def test_results_are_corrected_everywhere_and_each_copy_keeps_its_own_truth() -> None:
    tracked = _edited(results_updated, 8.0)
    new = tracked.text
    assert new == PREPRINT.replace("0.62", "0.63").replace("0.27", "0.28")
    in_summary, in_body = tracked.truths(
        [span_of(PREPRINT, "Recall fell by 0.62 points."), span_of(PREPRINT, P1)]
    )
    assert in_summary.holds(*span_of(new, "Recall fell by 0.63 points.", 0))
    assert not in_summary.holds(*span_of(new, "Recall fell by 0.63 points.", 1))
    assert in_body.holds(*span_of(new, P1.replace("0.62", "0.63")))


def test_one_twin_is_updated_and_the_body_keeps_the_old_figures() -> None:
    tracked = _edited(one_twin_updated, 8.0)
    new = tracked.text
    summary = "Recall fell by 0.63 points. Naps helped by 0.28 points."
    assert new == PREPRINT.replace(SUMMARY, summary)
    in_summary, in_body = tracked.truths(
        [span_of(PREPRINT, "Naps helped by 0.27 points.", 0), span_of(PREPRINT, P2)]
    )
    assert in_summary.holds(*span_of(new, "Naps helped by 0.28 points."))
    assert in_body.survived == 1.0
    assert in_body.holds(*span_of(new, P2))


def test_sections_are_reordered_renumbered_and_cross_references_retyped() -> None:
    tracked = _edited(sections_reordered, 8.0)
    new = tracked.text
    assert new == (
        HEAD
        + INTRO.replace("Section 2", "Section 3")
        + DISCUSSION.replace("3. ", "2. ")
        + RESULTS.replace("2. ", "3. ")
        + TAIL
    )
    results, pointer = tracked.truths(
        [span_of(PREPRINT, "2. Results"), span_of(PREPRINT, "We will analyse naps in Section 2.")]
    )
    assert results.holds(*span_of(new, "3. Results"))  # its number retyped at its start
    assert pointer.holds(*span_of(new, "We will analyse naps in Section 3."))


def test_references_are_resorted_and_every_citation_renumbered() -> None:
    tracked = _edited(references_renumbered, 3.0)
    new = tracked.text
    assert new == (
        PREPRINT.replace("vital [2]", "vital [1]")
        .replace("gain [1]", "gain [2]")
        .replace(f"{ZED}\n{ABEL}", f"[1]{ABEL[3:]}\n[2]{ZED[3:]}")
    )
    zed, abel = tracked.truths([span_of(PREPRINT, ZED), span_of(PREPRINT, ABEL)])
    assert zed.holds(*span_of(new, "[2]" + ZED[3:]))
    assert abel.holds(*span_of(new, "[1]" + ABEL[3:]))


def test_a_near_twin_reference_added_by_copying_is_a_decoy() -> None:
    tracked = _edited(references_renumbered, 1.0)
    new = tracked.text
    lines = [new[slice(*line)] for line in reference_lines(new)]
    assert len(lines) == 3
    assert "(2018)" in "".join(lines)  # the copy's year changed: a year apart
    zed, abel = tracked.truths([span_of(PREPRINT, ZED), span_of(PREPRINT, ABEL)])
    for truth in (zed, abel):
        assert truth.survived > 0.9
        assert sum(truth.holds(*span_of(new, line)) for line in lines) == 1


def test_a_paragraph_moved_to_the_appendix_is_where_it_went() -> None:
    tracked = _edited(moved_to_appendix, 1.0)
    new = tracked.text
    (moved,) = [p for p in (P1, P2, P3) if new.index(p) > new.index(APPENDIX)]
    assert new.endswith(f"{APPENDIX}\n\n{moved}\n")
    assert new.replace(f"\n\n{APPENDIX}\n\n{moved}", "") == PREPRINT.replace(f"{moved}\n\n", "")
    (truth,) = tracked.truths([span_of(PREPRINT, moved)])
    assert truth.holds(*span_of(new, moved))


def test_a_quoted_sentence_is_a_decoy_and_the_original_keeps_the_truth() -> None:
    tracked = _edited(comment_quoted, 1.0)
    new = tracked.text
    start = new.index(QUOTED) + len(QUOTED) + 1
    quoted = new[start : new.index("”", start)]
    assert quoted in PREPRINT
    assert new.index(QUOTED) < new.index("1. Introduction")
    (truth,) = tracked.truths([span_of(PREPRINT, quoted, PREPRINT.count(quoted) - 1)])
    assert not truth.holds(start, start + len(quoted))
    assert truth.start_range[0] > new.index("1. Introduction")
    # The original's figure was corrected or a claim in it hedged: only copies read as before.
    assert new.count(quoted) == PREPRINT.count(quoted)


def test_a_rewritten_summary_is_gone_though_its_words_stand_in_the_body() -> None:
    tracked = _edited(summary_rewritten, 8.0)
    new = tracked.text
    first, second, twin = tracked.truths(
        [
            span_of(PREPRINT, "Recall fell by 0.62 points.", 0),
            span_of(PREPRINT, "Naps helped by 0.27 points.", 0),
            span_of(PREPRINT, "Recall fell by 0.62 points.", 1),
        ]
    )
    assert not first.findable
    assert not second.findable
    assert twin.holds(*span_of(new, "Recall fell by 0.62 points.", new.count("Recall fell") - 1))
    assert SUMMARY not in new


def test_claims_are_hedged_and_tenses_changed() -> None:
    tracked = _edited(claims_hedged, 8.0)
    new = tracked.text
    assert new == (
        PREPRINT.replace("Sleep is", "Sleep may be")
        .replace("We will", "We would")
        .replace("trial shows", "trial suggests")
        .replace("effect is", "effect may be")
        .replace("trials will", "trials would")
    )
    (claim,) = tracked.truths([span_of(PREPRINT, "The trial shows a clear gain [1].")])
    assert claim.holds(*span_of(new, "The trial suggests a clear gain [1]."))


def test_the_house_style_pass_changes_british_spellings() -> None:
    tracked = _edited(house_style, 8.0)
    new = tracked.text
    assert new == PREPRINT.replace("recognised", "recognized").replace("analyse", "analyze")
    (sentence,) = tracked.truths([span_of(PREPRINT, "Sleep is recognised as vital [2].")])
    assert sentence.holds(*span_of(new, "Sleep is recognized as vital [2]."))


def test_citation_needed_marks_are_added_after_uncited_sentences() -> None:
    tracked = _edited(citations_marked, 1.0)
    new = tracked.text
    assert new.count(CITATION_NEEDED) == 2
    assert new.replace(CITATION_NEEDED, "") == PREPRINT
    (small,) = tracked.truths([span_of(PREPRINT, "The effect is small.")])
    assert small.holds(*span_of(new, "The effect is small."))


def test_a_stock_reply_reworded_in_one_place_is_gone_there_and_its_copy_is_a_decoy() -> None:
    tracked = _edited(stock_carried, 1.0)
    new = tracked.text
    assert new.endswith(f"A note.\n\n{CARRIED}\n\n{STOCK}\n")
    assert new.count("We are grateful for this comment.") == 1
    first, second = tracked.truths([span_of(PREPRINT, STOCK, 0), span_of(PREPRINT, STOCK, 1)])
    kept = first if first.findable else second
    assert first.findable != second.findable  # one reworded, one kept
    assert kept.holds(*span_of(new, STOCK, 0))
    assert not kept.holds(*span_of(new, STOCK, 1))  # the carried copy


@pytest.mark.parametrize("name", list(FRESH20_FAMILIES))
def test_every_family_is_sound_on_the_whole_material(name: str) -> None:
    assert_family_sound(
        name,
        FRESH20_FAMILIES[name],
        FRESH20_SEEDS,
        fresh20_text,
        fresh20_spans,
        no_blank_runs=True,
    )


def test_every_kind_of_text_is_hostile() -> None:
    for seed in FRESH20_SEEDS:
        assert_hostile_text(fresh20_text(seed, random.Random(seed)), str(seed))
    for index, kind in enumerate(KINDS):
        assert_hostile_text(kind(random.Random(index)), kind.__name__)


def test_readers_spans_are_distinct() -> None:
    assert_spans_distinct(FRESH20_SEEDS, fresh20_text, fresh20_spans)
