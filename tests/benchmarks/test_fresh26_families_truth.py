"""The truth of the twenty-sixth-round fresh families, checked by hand on a small sports and arts
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
from tests.benchmarks.reanchor_fresh7_places import recurring
from tests.benchmarks.reanchor_fresh23_kit import ZWSP, item_runs, items, notes, sections
from tests.benchmarks.reanchor_fresh24_kit import short_lines
from tests.benchmarks.reanchor_fresh26_edits import khmer_segmented, tibetan_localised
from tests.benchmarks.reanchor_fresh26_families import (
    ADDED,
    FRESH26_FAMILIES,
    FRESH26_SEEDS,
    VERDICTS,
    copy_edited,
    fresh26_spans,
    fresh26_text,
    goal_added,
    khmer_normalised_one_side,
    listings_rescheduled,
    obituary_extended,
    ratings_changed,
    reflowed_page,
    results_corrected,
    review_trimmed,
    score_updated,
    table_resorted,
    tibetan_normalised_one_side,
)
from tests.benchmarks.reanchor_fresh26_kit import KHMER_DIGITS, TIBETAN_DIGITS
from tests.benchmarks.reanchor_fresh26_texts import KINDS
from tests.storage.edit_simulation import TrackedText

PULL = "“A night that never lets go of you.”"
GOAL = "Goal: M. Okafor 23' (Lyon Athletic)"
FINAL = "Lyon Athletic 2–1 Harbour City"
QUOTED = '"We never stopped believing," said the coach.'
ROWS = (
    "1. Lyon Athletic — 26 18 4 4 50 21 58",
    "2. Harbour United — 26 17 5 4 46 22 56",
    "3. Lyon United — 26 17 4 5 45 23 55",
)
RESULTS = (
    "1. Anna Berg (Lyon Athletic AC) 2:24:07",
    "2. Lena Halvorsen (Harbour City RC) 2:24:08",
    "3. Ida Lund (Harbour City RC) 2:24:09",
)
VERDICT = "In short: a bold staging let down by its second act."
#: Khmer with a zero-width space, a Khmer digit and a vowel typed in legacy order ("ផើ្ត").
KHMER = f"ការប្រកួត{ZWSP}បាល់ទាត់នឹងចាប់ផើ្តមម៉ោង ៧ យប់។"
#: Tibetan with a non-breaking tsheg, Tibetan digits and a double shad.
TIBETAN = "རྩེད༌འགྲན་ཚོགས་ཆེན་ཚེས་༡༢ལ་འགོ་འཛུགས༎"
HEAD = (
    "Final: Lyon Athletic 2–1 Harbour City ★★★☆☆\n\nBy Tom Reyes · 14 March\n\n"
    f"{PULL} {FINAL}, Okafor scoring at 23' and\nDuarte at 45+2'. It was loud, and long.\n\n"
)
MATCH = (
    "Live\n\nTimes are match minutes.\n\n"
    f"Live · 23'\n{GOAL}\nLyon Athletic 1–0 Harbour City\n\n"
    f"Full time\n{FINAL}\n{QUOTED}\n\n"
)
TABLE = "Table\n\nPoints: three for a win.\n\nPlaces 1–3 · Premier Division\n" + "\n".join(ROWS)
RACE = "Results\n\nChip times.\n\nPlaces 1–3 · Elite women\n" + "\n".join(RESULTS)
REVIEW = (
    f"Review\n\nSeen at the press night.\n\nRating · web\n★★★☆☆\n{VERDICT}\n\n"
    f"The production · 1\nThe first act moves at a gallop.\n{PULL}\n\n"
)
LISTINGS = (
    "Channel One\n\nAll times are local.\n\n"
    "19:30 Match of the Season (R)\nHighlights of the day’s games.\n\n"
    "19:31 Late Review\nCritics on the week.\nFollowed by News\n\n"
)
NOTICES = (
    "Notices\n\nAs posted.\n\n"
    f"Notice 1 · 12 March\n{KHMER}\nThe match starts at 7.\n\n"
    f"Notice 2 · 12 March\n{TIBETAN}\nThe games begin on the 12th.\n\n"
)
FOOT = "About this export\n\nKept by the desk.\n"
#: A small page: a score in the head and the body, a scorer line, a quote in straight marks,
#: a table, results, a review's stars, verdict and pull quote (also in the standfirst), two
#: listings, a Khmer and a Tibetan notice.
PAGE = HEAD + MATCH + TABLE + "\n\n" + RACE + "\n\n" + REVIEW + LISTINGS + NOTICES + FOOT


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


def _line_with(text: str, words: str) -> str:
    """The one line of ``text`` holding ``words``."""
    [line] = [line for line in text.split("\n") if words in line]
    return line


def test_the_small_page_is_read_as_sections_items_and_recurring_lines() -> None:
    assert len(sections(PAGE)) == 6
    assert len(items(PAGE)) == 10
    assert [len(run) for run in item_runs(PAGE)] == [2, 1, 1, 2, 2, 2]
    assert len(notes(PAGE)) == 6
    assert list(recurring(PAGE)) == [PULL]
    assert PAGE.count(FINAL) == 3


def test_a_score_updated_in_the_head_and_body_with_a_scorer_minute_one_later() -> None:
    tracked = _edited(score_updated, 8.0)
    new = tracked.text
    assert "2–1" not in new
    [score] = {m for m in ("3–1", "2–2") if m in new}
    assert new.count(score) == 3  # the title, the standfirst, the full-time line
    assert "Live · 24'\nGoal: M. Okafor 24' (Lyon Athletic)\n" in new
    assert "Duarte at 45+2'" in new
    assert _holds_at(tracked, span_of(PAGE, GOAL), GOAL.replace("23'", "24'"))
    final = FINAL.replace("2–1", score)
    assert _holds_at(tracked, span_of(PAGE, FINAL, 1), final, 1)
    assert _holds_at(tracked, span_of(PAGE, QUOTED), QUOTED)


def test_a_goal_added_is_a_copy_and_the_old_scorer_line_keeps_its_truth() -> None:
    tracked = _edited(goal_added, 1.0)
    new = tracked.text
    scorers = re.findall(r"Goal: M\. Okafor ([0-9]+)' \(Lyon Athletic\)\n", new)
    assert len(scorers) == 2
    assert scorers[0] == "23"
    assert scorers[1] != "23"
    assert _holds_at(tracked, span_of(PAGE, GOAL), GOAL)


def test_a_table_resorted_moves_the_winning_row_above_the_loser_with_its_figures() -> None:
    tracked = _edited(table_resorted, 1.0)
    new = tracked.text
    order = [row.split(" — ")[0][3:] for row in ROWS]
    now = [_line_with(new, f". {club} —") for club in order]
    assert sorted(now) != now  # the lines stand in another order than their clubs' places
    changed = [(old, line) for old, line in zip(ROWS, now, strict=True) if old != line]
    assert len(changed) == 2
    (upper, upper_now), (lower, lower_now) = changed
    assert lower_now.startswith(upper[:3])
    assert upper_now.startswith(lower[:3])
    assert int(lower_now.split()[-1]) == int(lower.split()[-1]) + 3
    assert int(upper_now.split()[-1]) == int(upper.split()[-1])
    for old, line in changed:
        assert _holds_at(tracked, span_of(PAGE, old), line)


def test_results_corrected_drop_a_line_and_renumber_the_places_below() -> None:
    tracked = _edited(results_corrected, 1.0)
    new = tracked.text
    [named] = re.findall(r"\nDSQ ([^\n]+)\n", new)
    lines = ROWS if any(named in row for row in ROWS) else RESULTS
    [dropped] = [line for line in lines if named in line]
    assert _gone(tracked, span_of(PAGE, dropped))
    for line in lines:
        if line != dropped:
            now = f"{int(line[0]) - 1}.{line[2:]}" if line > dropped else line
            assert _holds_at(tracked, span_of(PAGE, line), now)


def test_an_obituary_extended_gains_tributes_and_the_spelling_is_corrected_everywhere() -> None:
    tracked = _edited(obituary_extended, 3.0)
    new = tracked.text
    assert "Halvorsen" not in new
    assert sum(new.count(paragraph) for paragraph in set(ADDED)) == 2
    result = RESULTS[1]
    assert _holds_at(tracked, span_of(PAGE, result), result.replace("Halvorsen", "Halvorson"))


def test_ratings_changed_type_over_the_stars_and_rewrite_the_verdict() -> None:
    tracked = _edited(ratings_changed, 8.0)
    new = tracked.text
    assert "★★★☆☆" not in new
    [stars] = set(re.findall("[★☆]{5}", new))
    assert stars in ("★★☆☆☆", "★★★★☆")
    assert _gone(tracked, span_of(PAGE, VERDICT))
    assert any(f"In short: {verdict}" in new for verdict in VERDICTS)
    for nth in (0, 1):
        assert _holds_at(tracked, span_of(PAGE, PULL, nth), PULL, nth)


def test_listings_rescheduled_move_a_programme_whole_and_retime_it() -> None:
    tracked = _edited(listings_rescheduled, 1.0)
    new = tracked.text
    moved = [item for item in items(PAGE) if PAGE[slice(*item)] not in new]
    assert len(moved) == 1
    start, end = moved[0]
    clock, rest = PAGE[start:end].split(" ", 1)
    [match] = re.finditer(f"[0-9]{{2}}:[0-9]{{2}} {re.escape(rest)}", new)
    assert match[0][:5] != clock  # retimed
    assert new.index("\nChannel One\n") > match.start() or new.index("\nNotices\n") < match.start()
    truth = tracked.truths([(start, end)])[0]
    assert truth.findable
    assert truth.holds(*match.span())
    for item in items(PAGE):
        if item != moved[0]:
            assert _holds_at(tracked, item, PAGE[slice(*item)])


def test_a_review_trimmed_cuts_the_lines_the_standfirst_holds_and_one_more() -> None:
    tracked = _edited(review_trimmed, 1.0)
    new = tracked.text
    assert new.count(PULL) == 1
    assert new.count(FINAL) == 2  # the title and the standfirst
    assert new.startswith(HEAD.split(PULL)[0] + PULL)
    assert _gone(tracked, span_of(PAGE, PULL, 1))
    assert _gone(tracked, span_of(PAGE, FINAL, 2))
    assert _holds_at(tracked, span_of(PAGE, PULL, 0), PULL)
    assert _holds_at(tracked, span_of(PAGE, FINAL, 1), FINAL, 1)
    assert len(new.split("\n")) == len(PAGE.split("\n")) - 3


def test_copy_edited_sets_quotes_curly_and_leaves_the_minute_marks() -> None:
    tracked = _edited(copy_edited, 8.0)
    new = tracked.text
    curly = "“We never stopped believing,” said the coach."
    assert '"' not in new
    assert "45+2'" in new  # a minute's mark is no apostrophe
    assert _holds_at(tracked, span_of(PAGE, QUOTED), curly)


def test_a_reflowed_page_keeps_its_words_and_their_truth() -> None:
    tracked = _edited(reflowed_page, 8.0)
    new = tracked.text
    assert new != PAGE
    assert new.replace("-\n", "").split() == PAGE.split()
    lead = span_of(PAGE, "It was loud, and long.")
    truth = tracked.truths([lead])[0]
    assert truth.findable
    assert truth.survived > 0.9


def test_khmer_normalised_on_one_side_leaves_the_english_and_the_tibetan() -> None:
    tracked = _edited(khmer_normalised_one_side, 8.0)
    new = tracked.text
    assert "ការប្រកួតបាល់ទាត់នឹងចាប់ផ្តើមម៉ោង 7 យប់។\n" in new
    truth = tracked.truths([span_of(PAGE, KHMER)])[0]
    assert truth.findable
    assert truth.survived < 1.0
    assert _holds_at(tracked, span_of(PAGE, TIBETAN), TIBETAN)
    assert _holds_at(tracked, span_of(PAGE, "The match starts at 7."), "The match starts at 7.")


def test_the_other_sides_khmer_export_puts_zero_width_spaces_between_words() -> None:
    line = "ការប្រកួតបាល់ទាត់នឹងចាប់ផ្តើមម៉ោង 7 យប់។"
    tracked = TrackedText(f"Notice\n{line}\n")
    grown = khmer_segmented(tracked, (0, len(tracked.text)))
    words = ("ការ", "ប្រកួត", "បាល់ទាត់", "នឹង", "ចាប់ផ្តើម", "ម៉ោង ៧ យប់។")
    assert tracked.text == f"Notice\n{ZWSP.join(words)}\n"
    assert grown == 5
    assert tracked.truths([(7, 7 + len(line))])[0].survived == (len(line) - 1) / len(line)


def test_tibetan_normalised_on_one_side_leaves_the_english_and_the_khmer() -> None:
    tracked = _edited(tibetan_normalised_one_side, 8.0)
    new = tracked.text
    assert "\nརྩེད་འགྲན་ཚོགས་ཆེན་ཚེས་12ལ་འགོ་འཛུགས།\n" in new
    assert not any(digit in new for digit in TIBETAN_DIGITS)
    truth = tracked.truths([span_of(PAGE, TIBETAN)])[0]
    assert truth.findable
    assert truth.survived < 1.0
    assert _holds_at(tracked, span_of(PAGE, KHMER), KHMER)
    assert any(digit in new for digit in KHMER_DIGITS)


def test_the_other_sides_tibetan_export_writes_tibetan_digits() -> None:
    tracked = TrackedText("Notice 3\nཚེས་12ལ།\n")
    tibetan_localised(tracked, (0, len(tracked.text)))
    assert tracked.text == "Notice 3\nཚེས་༡༢ལ།\n"


@pytest.mark.parametrize("seed", [*range(4), *FRESH26_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(items(text)) >= 15, name
        assert len(sections(text)) >= 4, name
        assert any(len(run) >= 3 for run in item_runs(text)), name
        assert any(len(group) >= 3 for group in short_lines(text).values()), name
        assert all(mark in text for mark in ("\u200b", "\u00ad", "\u0f0c", "★", "–")), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH26_SEEDS, fresh26_text, fresh26_spans)


@pytest.mark.parametrize("name", list(FRESH26_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH26_FAMILIES[name], FRESH26_SEEDS, fresh26_text, fresh26_spans, no_blank_runs=True
    )
