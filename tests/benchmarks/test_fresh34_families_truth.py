"""The truth of the thirty-fourth-round fresh families, checked by hand on a small page of a
parliament's papers (no re-anchoring here), and checked for consistency on the whole
material."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from tests.benchmarks.family_soundness import (
    assert_family_sound,
    assert_spans_distinct,
    edited_page,
    span_of,
    text_now,
)
from tests.benchmarks.page_soundness import (
    assert_kind_has_what_families_edit,
    assert_mix_consistent,
)
from tests.benchmarks.reanchor_families import Family
from tests.benchmarks.reanchor_fresh24_kit import item_lines
from tests.benchmarks.reanchor_fresh27_families import stock_lines_pruned
from tests.benchmarks.reanchor_fresh34_families import (
    FRESH34_FAMILIES,
    FRESH34_SEEDS,
    NEW_ENTRIES,
    RETYPED,
    RUNNING_FOOTER,
    SUBSTANTIVE,
    answers_published,
    combined,
    copy_edited,
    corrections_merged,
    division_corrected,
    fresh34_spans,
    fresh34_text,
    kannada_digits_converted,
    order_paper_reissued,
    pdf_copied,
    reflowed_page,
    register_updated,
    schedule_changed,
    syriac_respelt_one_side,
)
from tests.benchmarks.reanchor_fresh34_kit import (
    CORRECTION_LINE,
    HOLDING,
    KANNADA_DIGITS,
    NIL,
    ORDER_NUMBER,
    PRIVATE,
    QUESTION,
    SPONSOR,
    SYRIAC_LINES,
    SYRIAC_POINTS,
    TELLERS_AYES,
    ZWNJ,
)
from tests.benchmarks.reanchor_fresh34_texts import KINDS
from tests.storage.edit_simulation import TrackedText

ITEMS = (
    "1  Questions to the Secretary of State for Transport",
    "2  Urgent question: flooding in the Severn valley",
    "3  Adjournment: bus services in Bristol East",
)
ORDER = (
    "Monday 16 March 2026\n\nPrayers at 2.30 pm.\n\n"
    f"{ITEMS[0]}\nNot before 12.30 pm\n{SPONSOR}\n\n"
    f"{ITEMS[1]}\nNot before 2.31 pm\n{SPONSOR}\n\n"
    f"{ITEMS[2]}\nNot before 12.30 pm\nNotes: Amendments have been tabled\n\n"
)
AYES = ("Abbott, Diane (Hackney North and Stoke Newington)", "Okafor, Rose (Bristol East)")
NOES = ("Lunn, Jane (Wells)", "Patel, Ravi (Leicester East)")
DIVISION = (
    "Division No. 214\n\nThe question was put at 7.15 pm.\n\n"
    f"AYES — Division 214\n{AYES[0]}\n{AYES[1]}\n{TELLERS_AYES}\nMr J. Lund and Ms R. Okafor\n\n"
    f"NOES — Division 214\n{NOES[0]}\n{NOES[1]}\nTellers for the Noes:\n"
    "Ms S. Hart and Mr C. Evans\n\n"
)
ENTRIES = (
    "Payment of £1,250 from the Guardian for an article (2 hrs). Registered 14 March 2026.",
    "Tickets worth £1,205 from the BBC. Registered 14 March 2026.",
)
REGISTER = (
    "Members A to E\n\nEntries are as members registered them.\n\n"
    "Abbott, Diane (Hackney North and Stoke Newington)\n1. Employment and earnings\n"
    f"{ENTRIES[0]}\n2. Donations\n{NIL}\n3. Gifts and hospitality\n{ENTRIES[1]}\n\n"
)
ASK = "To ask the Secretary of State for"
QUESTIONS = (
    f"UIN 14527  {ASK} Transport whether she plans to review bus funding in Bristol East.",
    f"UIN 14528  {ASK} Transport how many rail services were cancelled in February 2026.",
    f"UIN 14572  {ASK} Transport what steps he is taking to reduce waiting lists.",
    f"UIN 14529  {ASK} the Home Department what steps he is taking to fill nursing posts.",
)
ANSWERED = "Answered by Rt Hon J. Lund"
ANSWERS = (
    "Department for Transport\n\nNamed day questions are marked.\n\n"
    f"Asked by Rose Okafor (Bristol East) · tabled 9 March 2026\n{QUESTIONS[0]}\n{HOLDING}\n"
    f"{ANSWERED}\n\n"
    f"Asked by Jess Phillips · tabled 9 March 2026\n{QUESTIONS[1]}\n{HOLDING}\n{ANSWERED}\n\n"
    f"Asked by Jess Phillips · tabled 9 March 2026\n{QUESTIONS[2]}\n"
    f"Funding for 2026-27 was set out on 4 March 2026.\n{ANSWERED}\n\n"
    "Home Office\n\nAnswers are as the department gave them.\n\n"
    f"Asked by Daniel Okafor (Bristol West) · tabled 9 March 2026\n{QUESTIONS[3]}\n"
    f"Funding for 2026-27 was set out on 4 March 2026.\n{ANSWERED}\n\n"
)
MEETINGS = (
    f"Tue 10 March  09:30  Room 8  {PRIVATE}",
    "Wed 11 March  14:30  Room 18  Oral evidence: water quality",
    "Wed 18 March  14:30  Room 18  Oral evidence: water quality",
    f"Thu 19 March  09:30  Room 8  {PRIVATE}",
)
SCHEDULE = (
    "Week 2 — from 9 March\n\nRooms are in the Palace of Westminster.\n\n"
    f"Environment Committee · Chair: Ms R. Okafor\n{MEETINGS[0]}\n{MEETINGS[1]}\n\n"
    "Week 3 — from 16 March\n\nTimes may change at short notice.\n\n"
    f"Environment Committee · Chair: Ms R. Okafor\n{MEETINGS[2]}\n{MEETINGS[3]}\n\n"
)
CORRECTIONS = (
    "Col. 412  line 17  for 'fourteen' read 'forty'",
    "Col. 412  line 7  for 'Bristol East' read 'Bristol West'",
    "Col. 413  line 2  for 'sewage' read 'sewerage'",
)
HANSARD = (
    "Volume 754, sitting of 4 March 2026\n\nCorrections are of words only.\n\n"
    f"Ms Rose Okafor · Bus services\n{CORRECTIONS[0]}\n{CORRECTIONS[1]}\n{CORRECTIONS[2]}\n\n"
)
KANNADA = "ಸದನವು ಬೆಳಿಗ್ಗೆ ೧೧ ಗಂಟೆಗೆ ಸೇರುತ್ತದೆ."
SYRIAC = SYRIAC_LINES[1][0]
BILINGUAL = (
    "Notices\n\nPosted at the assembly’s door.\n\n"
    f"Notice 1 · 4 June · Bengaluru\n{KANNADA}\nThe House meets at 11 in the morning.\n\n"
    f"Notice 2 · 5 June · Duhok\n{SYRIAC}\nQuestions go in 3 days ahead.\n\n"
)
HEAD = (
    "Parliamentary papers — March 2026\n\nClerk’s office · 2026\n\n"
    "This page collects what the House publishes in a week.\nFigures are as first printed.\n\n"
)
FOOT = "About this export\n\nKept by the Clerk’s office.\n"
#: A small page: a day's business, a division, a member's register block, two departments'
#: answers, two weeks of a committee, a speaker's corrections, a Kannada and a Syriac notice.
PAGE = HEAD + ORDER + DIVISION + REGISTER + ANSWERS + SCHEDULE + HANSARD + BILINGUAL + FOOT


def _edited(family: Family, rate: float, seed: int = 1, page: str = PAGE) -> TrackedText:
    """This material's small page (or ``page``) edited by ``family``."""
    return edited_page(page, family, rate, seed)


def _at(tracked: TrackedText, span: tuple[int, int]) -> int:
    """Where an old passage starts now."""
    return tracked.truths([span])[0].start_range[1]


def _one_apart(new: str, old: str) -> bool:
    """Whether two words of one length differ in one character."""
    return len(new) == len(old) and sum(a != b for a, b in zip(new, old, strict=True)) == 1


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_reissued_order_paper_keeps_its_items_through_withdrawals_and_renumbering(
    seed: int,
) -> None:
    tracked = _edited(order_paper_reissued, 1.0, seed)
    new = tracked.text
    numbers = ORDER_NUMBER.findall(new)
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
    assert len(numbers) == 3
    kept = [text_now(tracked, span_of(PAGE, item)) for item in ITEMS]
    assert kept.count(None) == 1  # the withdrawn item, with its lines
    for old, now in zip(ITEMS, kept, strict=True):
        if now is not None:  # a renumbered item keeps its business
            assert now.endswith(old.split("  ", 1)[1])
    times = [span_of(PAGE, "Not before 12.30 pm", 0), span_of(PAGE, "Not before 2.31 pm")]
    times.append(span_of(PAGE, "Not before 12.30 pm", 1))
    moved = [now for span in times if (now := text_now(tracked, span)) is not None]
    olds = [PAGE[slice(*span)] for span in times if text_now(tracked, span) is not None]
    changed = [now for now, old in zip(moved, olds, strict=True) if now != old]
    assert all(_one_apart(now, old) for now, old in zip(moved, olds, strict=True) if now != old)
    assert len(changed) <= 1


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_corrected_division_list_moves_a_member_and_corrects_a_surname(seed: int) -> None:
    tracked = _edited(division_corrected, 1.0, seed)
    new = tracked.text
    noes = new.index("NOES — Division 214")
    assert text_now(tracked, span_of(PAGE, NOES[0])) == "Lund, Jane (Wells)"
    moved = [line for line in AYES if _at(tracked, span_of(PAGE, line)) > noes]
    assert len(moved) == 1
    assert text_now(tracked, span_of(PAGE, moved[0])) == moved[0]
    members = new[noes : new.index("Tellers for the Noes:")].split("\n")[1:-1]
    assert members == sorted(members)
    assert len(members) == 3


@pytest.mark.parametrize("seed", range(1, 6))
def test_an_updated_register_loses_its_nil_and_one_entry(seed: int) -> None:
    tracked = _edited(register_updated, 1.0, seed)
    new = tracked.text
    nil = span_of(PAGE, f"\n{NIL}\n")[0] + 1
    assert text_now(tracked, (nil, nil + len(NIL))) is None  # "Nil" replaced by an entry
    kept = [text_now(tracked, span_of(PAGE, entry)) for entry in ENTRIES]
    assert kept.count(None) == 1  # the entry alone under its category, replaced by "Nil"
    for old, now in zip(ENTRIES, kept, strict=True):
        assert now is None or now == old or _one_apart(now, old)  # a sum corrected
    assert sum(entry[:20] in new for entry in NEW_ENTRIES) >= 1


@pytest.mark.parametrize("seed", range(1, 6))
def test_published_answers_replace_a_holding_answer_withdraw_and_transfer(seed: int) -> None:
    tracked = _edited(answers_published, 1.0, seed)
    new = tracked.text
    holding = [text_now(tracked, span_of(PAGE, HOLDING, n)) for n in range(2)]
    assert holding.count(None) >= 1  # replaced (or withdrawn with its question)
    assert new.count(HOLDING) == 2 - holding.count(None)
    assert sum(answer in new for answer in SUBSTANTIVE) <= 1
    kept = {old: text_now(tracked, span_of(PAGE, old)) for old in QUESTIONS}
    assert list(kept.values()).count(None) == 1  # the withdrawn question
    transferred = [old for old, now in kept.items() if now is not None and now != old]
    assert len(transferred) == 1
    old, now = transferred[0], kept[transferred[0]]
    assert now is not None
    before, after = QUESTION.match(old), QUESTION.match(now)
    assert before is not None
    assert after is not None
    assert before[2] != after[2]
    assert now[after.end(2) :] == old[before.end(2) :]
    heading = new.index("Home Office" if after[2] == "the Home Department" else "Department for")
    assert _at(tracked, span_of(PAGE, old)) > heading


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_changed_schedule_copies_last_week_and_announces_a_topic(seed: int) -> None:
    tracked = _edited(schedule_changed, 1.0, seed)
    new = tracked.text
    copy = new.index("Tue 17 March  09:30  Room 8")  # Tuesday's meeting copied a week on
    assert all(origin < 0 for origin in tracked.origin[copy : new.index("\n", copy)])
    assert text_now(tracked, span_of(PAGE, MEETINGS[0][:27])) == MEETINGS[0][:27]
    assert new.count(PRIVATE) == 2  # three after the copy, one announced
    assert new.count("16:00  Room 15  Oral evidence: flood defences") == 1


@pytest.mark.parametrize("seed", range(1, 6))
def test_merged_corrections_are_retyped_merged_and_sorted_by_line(seed: int) -> None:
    tracked = _edited(corrections_merged, 1.0, seed)
    new = tracked.text
    assert RETYPED in new
    kept = [text_now(tracked, span_of(PAGE, line)) for line in CORRECTIONS]
    assert 1 <= kept.count(None) <= 2  # the retyped one, and the second of a merged pair
    assert all(now is None or now == old for old, now in zip(CORRECTIONS, kept, strict=True))
    columns: dict[str, list[int]] = {}
    for match in CORRECTION_LINE.finditer(new):
        columns.setdefault(match[1], []).append(int(match[2]))
    assert all(lines == sorted(lines) for lines in columns.values())


def _plain(words: str) -> str:
    """Words as a PDF's copy gives them back to a reader: ligatures, hyphens at line ends,
    running lines and runs of spaces undone."""
    words = re.sub(r"\n?Printed from the parliamentary website[^\n]*\n[^\n]*\n", "\n", words)
    words = unicodedata.normalize("NFKC", words).replace("-\n", "")
    return re.sub(r"\s+", " ", words)


def test_a_pdf_copy_keeps_every_line_under_its_marks() -> None:
    tracked = _edited(pdf_copied, 8.0)
    assert RUNNING_FOOTER.split(" —")[0] in tracked.text
    assert "\ufb01" in tracked.text or "\ufb02" in tracked.text
    for line in item_lines(PAGE):
        now = text_now(tracked, line)
        assert now is not None
        assert _plain(now) == _plain(PAGE[slice(*line)])


def test_pruned_duplicates_keep_the_first_copy() -> None:
    for seed in range(1, 6):
        tracked = _edited(stock_lines_pruned, 8.0, seed)
        for words in (SPONSOR, "Not before 12.30 pm", HOLDING, ANSWERED):
            copies = [span_of(PAGE, words + "\n", n) for n in range(PAGE.count(words + "\n"))]
            assert text_now(tracked, (copies[0][0], copies[0][1] - 1)) == words
        assert len(tracked.text) < len(PAGE)


def test_a_copy_edited_page_keeps_what_its_respellings_share() -> None:
    tracked = _edited(copy_edited, 8.0)
    new = tracked.text
    assert "Right Honourable" in new
    assert "12:30" in new
    assert "£1250" in new
    assert "‘fourteen’" in new
    assert "Tuesday 10 March" in new
    now = text_now(tracked, span_of(PAGE, "Not before 12.30 pm"))
    assert now is not None
    assert now.startswith("Not before 12")
    # Flipped quote marks are two marks retyped: the quoted word is still there, not gone (the
    # retyped marks may be taken in or left out, so what must stand is the word between them).
    assert text_now(tracked, span_of(PAGE, "'fourteen'")) == "fourteen"
    assert text_now(tracked, span_of(PAGE, "fourteen")) == "fourteen"


@pytest.mark.parametrize("seed", range(1, 4))
def test_converted_kannada_digits_keep_the_letters(seed: int) -> None:
    tracked = _edited(kannada_digits_converted, 8.0, seed)
    now = text_now(tracked, span_of(PAGE, KANNADA))
    western = str.maketrans(KANNADA_DIGITS, "0123456789")
    assert now is not None
    assert now != KANNADA
    assert now.translate(western) == KANNADA.translate(western)
    assert text_now(tracked, span_of(PAGE, "The House meets at 11")) == "The House meets at 11"


@pytest.mark.parametrize("seed", range(1, 6))
def test_respelt_syriac_keeps_its_letters(seed: int) -> None:
    tracked = _edited(syriac_respelt_one_side, 8.0, seed)
    now = text_now(tracked, span_of(PAGE, SYRIAC))
    bare = str.maketrans("", "", SYRIAC_POINTS + ZWNJ + " ")
    assert now is not None
    assert now != SYRIAC
    assert now.translate(bare) == SYRIAC.translate(bare)
    assert tracked.text.count(ZWNJ) == 1  # put in once (the page had none)


def test_a_reflowed_page_keeps_every_word_of_a_question() -> None:
    for seed in range(1, 4):
        tracked = _edited(reflowed_page, 8.0, seed)
        for question in QUESTIONS:
            now = text_now(tracked, span_of(PAGE, question))
            assert now is not None
            assert now.replace("-\n", "").split() == question.split()


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


@pytest.mark.parametrize("seed", [*range(4), *FRESH34_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = ("Not before 12.30 pm", "Okafer, Rose", "£1,250", "UIN 14527  To ask", "Room 8")
        more = ("Col. 412  line 7  for 'fourteen'", "೧೧", "್", "\u0733", "\u2019", "(2 hrs)")
        assert_kind_has_what_families_edit(text, name, (*marks, *more), 8)


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH34_SEEDS, fresh34_text, fresh34_spans)


@pytest.mark.parametrize("name", list(FRESH34_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH34_FAMILIES[name], FRESH34_SEEDS, fresh34_text, fresh34_spans, no_blank_runs=True
    )
