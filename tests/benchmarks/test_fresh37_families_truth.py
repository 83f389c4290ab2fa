"""The truth of the thirty-seventh-round fresh families, checked by hand on a small page of an
elections office's papers (no re-anchoring here), and checked for consistency on the whole
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
from tests.benchmarks.reanchor_fresh33_kit import native_digits
from tests.benchmarks.reanchor_fresh37_families import (
    BALLOT_NOTE,
    CHANGED_HOURS,
    FRESH37_FAMILIES,
    FRESH37_SEEDS,
    NEW_PLACES,
    NO_ACCESS,
    RECEIVED,
    REWRITTEN,
    RUNNING_FOOTER,
    adlam_case_changed,
    adlam_digits_converted,
    ballot_order,
    combined,
    copy_edited,
    fresh37_spans,
    fresh37_text,
    guidance_rewritten,
    nominations_corrected,
    pdf_copied,
    recount_declared,
    reflowed_page,
    stations_changed,
    tai_tham_respelt_one_side,
)
from tests.benchmarks.reanchor_fresh37_kit import (
    ADLAM_DIGITS,
    ADLAM_LINES,
    ADLAM_THANKS,
    ALIF_LENGTHENER,
    AMENDED,
    HORA_DIGITS,
    OPEN,
    SAKOT,
    STOCK_ANSWERS,
    SUBJOINED,
    TAI_THAM_LINES,
    TAI_THAM_THANKS,
    THAM_DIGITS,
    VALID,
    WHEELCHAIR,
)
from tests.benchmarks.reanchor_fresh37_texts import KINDS
from tests.storage.edit_simulation import TrackedText

CANDIDATES = (
    f"PRYCE  Joan Margaret  12 Mill Lane, Abbeyfield  Labour Party\n"
    f"Proposer: Sam Lane  Seconder: Mark Potter\n{VALID}",
    f"HALLUM  Daniel  13 Mill Lane, Abbeyfield  Independent\n"
    f"Proposer: Joan Pryce  Seconder: Sam Lane\n{VALID}",
    "HALLAM  Daniel James  21 Station Road, Northgate  Green Party\n"
    "Proposer: Rose Okafor  Seconder: Peter Dunmore\nWithdrawn",
    f"ASHWORTH  Paula  7 Abbey Road, Fairfield  Independent\n"
    f"Proposer: Peter Dunmore  Seconder: Joan Pryce\n{VALID}",
)
NOMINATIONS = f"Abbey ward\n\n{RECEIVED}\n\n" + "\n\n".join(CANDIDATES) + "\n\n"
STATIONS = (
    f"Station 11  St Mark’s Church Hall, 22 Station Road  CA1\n{OPEN}\n{WHEELCHAIR}",
    f"Station 12  St Mark’s Church Hall, 23 Station Road  CA2\n{OPEN}\n{WHEELCHAIR}",
    f"Station 13  Castle Community Centre, 1 Castle Street  CB1\n{OPEN}\n"
    "Step-free access by the side door",
    f"Station 14  The Scout Hut, 40 Abbey Road  CB2\n{OPEN}\n{WHEELCHAIR}",
)
POLLING = "Castle ward polling districts\n\nBring accepted photo ID.\n\n" + "\n\n".join(STATIONS)
ROWS = (
    "Joan PRYCE  Labour Party  1,204  Elected",
    "Daniel HALLUM  Independent  1,024",
    "Paula ASHWORTH  Independent  412",
    "Aisha RAHMAN  Green Party  987",
    "Ali RAHMEN  Reform UK  978  Elected",
)
WARDS = (
    "Abbey ward  Seats: 1  Electorate: 6,912\n"
    + "\n".join(ROWS[:3])
    + "\nRejected ballots: 17\nTurnout: 34.2%",
    "Castle ward  Seats: 1  Electorate: 5,310\n"
    + "\n".join(ROWS[3:])
    + "\nRejected ballots: 17\nTurnout: 32.4%",
)
RESULTS = "\n\nCount at the Guildhall\n\nDeclared overnight.\n\n" + "\n\n".join(WARDS) + "\n\n"
QUESTIONS = (
    "Q1. How do I apply for a postal vote?\n"
    f"Apply at least 11 working days before polling day.\n{STOCK_ANSWERS[0]}",
    "Q2. Can I hand in my postal vote?\n"
    f"You can hand it in at any station in your area.\n{STOCK_ANSWERS[2]}",
    "Q3. Which photo ID can I use?\n"
    f"A passport, a driving licence or a bus pass, among others.\n{STOCK_ANSWERS[2]}",
    "Q4. I have no photo ID. What should I do?\n"
    f"Apply for a free Voter Authority Certificate.\n{STOCK_ANSWERS[0]}",
)
GUIDANCE = (
    "Postal votes\n\nUpdated on 14 April 2026.\n\n"
    + "\n\n".join(QUESTIONS[:2])
    + "\n\nPhoto ID at polling stations\n\nSee also the notice of polling stations.\n\n"
    + "\n\n".join(QUESTIONS[2:])
    + "\n\n"
)
ADLAM_NUMBERED = native_digits(ADLAM_LINES[1][0], ADLAM_DIGITS)
ADLAM_PLAIN = ADLAM_LINES[0][0]
ADLAM = (
    "Bureaux de vote\n\nAffiché à la préfecture.\n\n"
    f"Avis 1 · 4 juin · Labé\n{ADLAM_NUMBERED}\n{ADLAM_LINES[1][1]}\nMerci.\n\n"
    f"Avis 2 · 5 juin · Pita\n{ADLAM_PLAIN}\n{ADLAM_LINES[0][1]}\n{ADLAM_THANKS}\n\n"
)
TAI_THAM_NUMBERED = native_digits(TAI_THAM_LINES[1][0], THAM_DIGITS)
TAI_THAM_CARD = TAI_THAM_LINES[3][0]
TAI_THAM = (
    "Polling units\n\nPosted at the district office’s gate.\n\n"
    f"Notice 1 · 6 May · Mae Rim\n{TAI_THAM_NUMBERED}\n{TAI_THAM_LINES[1][1]}\nThank you.\n\n"
    f"Notice 2 · 7 May · San Sai\n{TAI_THAM_CARD}\n{TAI_THAM_LINES[3][2]}\n{TAI_THAM_THANKS}\n\n"
)
HEAD = (
    "Elections office papers — May 2026\n\nElectoral Services · 2026\n\n"
    "This page collects what the office publishes around the poll.\n"
    "Figures are as first published.\n\n"
)
FOOT = "About this export\n\nKept by Electoral Services.\n"
#: A small page: four candidates of a ward, four polling stations, two wards' results, four
#: questions in two parts of the guidance, a Pular and a Northern Thai notice of two items each.
PAGE = HEAD + NOMINATIONS + POLLING + RESULTS + GUIDANCE + ADLAM + TAI_THAM + FOOT


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    """This material's small page edited by ``family``."""
    return edited_page(PAGE, family, rate, seed)


def _at(tracked: TrackedText, span: tuple[int, int]) -> int:
    """Where an old passage starts now."""
    return tracked.truths([span])[0].start_range[1]


def _one_apart(new: str, old: str) -> bool:
    """Whether two words of one length differ in one character."""
    return len(new) == len(old) and sum(a != b for a, b in zip(new, old, strict=True)) == 1


def _widest(tracked: TrackedText, span: tuple[int, int]) -> str | None:
    """What stands now from the earliest to the latest place an old passage's truth allows
    (its ends' own characters typed over are counted in); None when it is gone."""
    truth = tracked.truths([span])[0]
    if not truth.findable:
        return None
    return tracked.text[truth.start_range[0] : truth.end_range[1]]


def _figure_now(tracked: TrackedText, old: str, nth: int = 0) -> str:
    """What stands now, as long as ``old``, where ``old`` starts (a figure whose last digit was
    typed over ends its truth before that digit)."""
    start = _at(tracked, span_of(PAGE, old, nth))
    return tracked.text[start : start + len(old)]


@pytest.mark.parametrize("seed", range(1, 6))
def test_corrected_nominations_withdraw_amend_and_renumber_houses(seed: int) -> None:
    tracked = _edited(nominations_corrected, 1.0, seed)
    new = tracked.text
    heads = [candidate.split("\n")[0] for candidate in CANDIDATES]
    gone = [text_now(tracked, span_of(PAGE, head)) is None for head in heads]
    assert gone.count(True) == 1  # the withdrawn candidate, cut whole
    for candidate, cut in zip(CANDIDATES, gone, strict=True):
        proposer = candidate.split("\n")[1]
        assert (text_now(tracked, span_of(PAGE, proposer)) is None) == cut
    kept = [c for c, cut in zip(CANDIDATES, gone, strict=True) if not cut]
    amended = moved = 0
    for candidate in kept:
        head = candidate.split("\n")[0]
        address, description = head.split("  ")[2:]
        start = span_of(PAGE, head)[0]
        before = (start, start + head.rindex(description))
        now = text_now(tracked, (before[1], start + len(head)))
        assert now in (description, None)
        if now is None:  # typed over: the line keeps the rest and reads the amended one
            amended += 1
            assert new.startswith(AMENDED[description], _at(tracked, before) + before[1] - start)
        house = address.split(" ")[0]
        at = start + head.index(f"  {house} ") + 2
        line_now = _at(tracked, (start, start + 1))  # the surname and names are never edited
        figures = new[line_now + at - start :][: len(house)]
        assert figures == house or _one_apart(figures, house)
        moved += figures != house
    assert amended == 1
    assert moved == 1
    assert new.count(VALID) == PAGE.count(VALID) - (not gone[2])


@pytest.mark.parametrize("seed", range(1, 6))
def test_changed_stations_close_renumber_move_and_retime(seed: int) -> None:
    tracked = _edited(stations_changed, 1.0, seed)
    new = tracked.text
    numbers = [int(m[1]) for m in re.finditer(r"^Station ([0-9]+)  ", new, re.M)]
    assert numbers == [11, 12, 13]
    heads = [station.split("\n")[0] for station in STATIONS]
    places = [head.split("  ")[1] for head in heads]
    now = [text_now(tracked, span_of(PAGE, place)) for place in places]
    assert now.count(None) == 2  # the closed station's and the moved one's old place
    assert sum(place in new for place in NEW_PLACES) == 1
    districts = [head.split("  ")[2] for head in heads]
    kept = [d for d, p in zip(districts, now, strict=True) if p is not None]
    assert len(kept) == 2
    hours = [text_now(tracked, span_of(PAGE, OPEN, n)) for n in range(4)]
    assert hours.count(None) == 1
    assert sum(h in CHANGED_HOURS for h in hours) == 1
    assert all(h in (None, OPEN, *CHANGED_HOURS) for h in hours)
    assert new.count(NO_ACCESS) == 1


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_declared_recount_moves_elected_and_corrects_figures(seed: int) -> None:
    tracked = _edited(recount_declared, 1.0, seed)
    new = tracked.text
    assert new.count("  Elected") == 2
    elected = [
        text_now(tracked, (span_of(PAGE, row)[1] - len("Elected"), span_of(PAGE, row)[1]))
        for row in ROWS
        if row.endswith("Elected")
    ]
    assert elected.count(None) == 1  # taken from one row, typed on another
    votes = [row.split("  ")[2] for row in ROWS]
    changed = 0
    for row, count in zip(ROWS, votes, strict=True):
        start = span_of(PAGE, row)[0] + row.index(f"  {count}") + 2
        now = new[_at(tracked, (start, start + 1)) :][: len(count)]
        assert now == count or _one_apart(now, count)
        changed += now != count
        assert (
            text_now(tracked, (span_of(PAGE, row)[0], start - 2))
            == row[: start - 2 - span_of(PAGE, row)[0]]
        )
    assert changed == 1
    turnouts = [_figure_now(tracked, figure) for figure in ("34.2%", "32.4%")]
    assert sum(now not in ("34.2%", "32.4%") for now in turnouts) == 1
    assert new.count("Rejected ballots: 17") == 1


@pytest.mark.parametrize("seed", range(1, 6))
def test_rewritten_guidance_replaces_one_stock_answer_everywhere(seed: int) -> None:
    tracked = _edited(guidance_rewritten, 1.0, seed)
    new = tracked.text
    rewritten = [answer for answer in (STOCK_ANSWERS[0], STOCK_ANSWERS[2]) if answer not in new]
    assert len(rewritten) == 1
    answer = rewritten[0]
    other = STOCK_ANSWERS[2] if answer == STOCK_ANSWERS[0] else STOCK_ANSWERS[0]
    assert new.count(REWRITTEN[answer]) == PAGE.count(answer)
    assert all(text_now(tracked, span_of(PAGE, answer, n)) is None for n in range(2))
    assert all(text_now(tracked, span_of(PAGE, other, n)) == other for n in range(2))
    assert [int(m[1]) for m in re.finditer(r"^Q([0-9]+)\. ", new, re.M)] == [1, 2, 3, 4]
    for question in QUESTIONS:
        line = question.split("\n")[0]
        words = line.split(" ", 1)[1]
        assert text_now(tracked, span_of(PAGE, words)) == words
    part = new.index("Photo ID at polling stations")
    under = [_at(tracked, span_of(PAGE, q.split("\n")[1])) > part for q in QUESTIONS]
    assert under != [False, False, True, True]  # a question stands under the other part now


def _inverted(row: str) -> str:
    first, rest = row.split(" ", 1)
    surname, fields = rest.split("  ", 1)
    return f"{surname}, {first}  {fields}"


def test_ballot_order_turns_names_and_sorts_rows_and_candidates() -> None:
    tracked = _edited(ballot_order, 8.0)
    new = tracked.text
    for row in ROWS:
        assert text_now(tracked, span_of(PAGE, row)) == _inverted(row)
    for ward in ("Abbey ward  Seats", "Castle ward  Seats"):
        block = new[new.index(ward) : new.index("Rejected", new.index(ward))].split("\n")[1:-1]
        assert block == sorted(block)
    heads = [m[0] for m in re.finditer(r"^[A-Z]{3,}(?=  )", new, re.M)]
    assert heads == ["ASHWORTH", "HALLAM", "HALLUM", "PRYCE"]
    for candidate in CANDIDATES:
        assert text_now(tracked, span_of(PAGE, candidate)) == candidate
    assert RECEIVED not in new
    assert BALLOT_NOTE in new


@pytest.mark.parametrize("seed", range(1, 4))
def test_converted_adlam_digits_keep_the_letters(seed: int) -> None:
    tracked = _edited(adlam_digits_converted, 8.0, seed)
    now = _widest(tracked, span_of(PAGE, ADLAM_NUMBERED))
    western = str.maketrans(ADLAM_DIGITS, "0123456789")
    assert now is not None
    assert now != ADLAM_NUMBERED
    assert now.translate(western) == ADLAM_NUMBERED.translate(western)
    french = ADLAM_LINES[1][1]
    assert text_now(tracked, span_of(PAGE, french)) == french


@pytest.mark.parametrize("seed", range(1, 4))
def test_adlam_case_changes_only_the_letters_it_changes(seed: int) -> None:
    tracked = _edited(adlam_case_changed, 8.0, seed)
    for line in (ADLAM_NUMBERED, ADLAM_PLAIN):
        now = _widest(tracked, span_of(PAGE, line))
        assert now is not None
        assert now != line
        assert now.lower() == line.lower()
        assert ALIF_LENGTHENER in now or ALIF_LENGTHENER not in line


def _plain_tai_tham(words: str) -> str:
    """Northern Thai with every stack written with its consonant sign and Hora digits as Tham
    ones (one spelling of what a reader reads)."""
    for sign, pair in SUBJOINED.items():
        words = words.replace(pair, sign)
    return words.translate(str.maketrans(HORA_DIGITS, THAM_DIGITS))


@pytest.mark.parametrize("seed", range(1, 6))
def test_respelt_tai_tham_keeps_its_letters(seed: int) -> None:
    tracked = _edited(tai_tham_respelt_one_side, 8.0, seed)
    for line in (TAI_THAM_NUMBERED, TAI_THAM_CARD):
        now = _widest(tracked, span_of(PAGE, line))
        assert now is not None
        assert now != line
        assert _plain_tai_tham(now) == _plain_tai_tham(line)
        assert unicodedata.is_normalized("NFC", now)
    thai = TAI_THAM_LINES[1][1]
    assert text_now(tracked, span_of(PAGE, thai)) == thai


def _plain(words: str) -> str:
    """Words as a PDF's copy gives them back to a reader: ligatures, hyphens at line ends,
    running lines and runs of spaces undone."""
    footer = re.escape(RUNNING_FOOTER.split(" — Page")[0])
    words = re.sub(rf"\n?{footer} — Page[^\n]*\n[^\n]*\n", "\n", words)
    words = unicodedata.normalize("NFKC", words).replace("-\n", "")
    return re.sub(r"\s+", " ", words)


def test_a_pdf_copy_keeps_every_line_under_its_marks() -> None:
    tracked = _edited(pdf_copied, 8.0)
    assert RUNNING_FOOTER.split(" —")[0] in tracked.text
    for line in item_lines(PAGE):
        now = text_now(tracked, line)
        assert now is not None
        assert _plain(now) == _plain(PAGE[slice(*line)])


def test_pruned_duplicates_keep_the_first_copy() -> None:
    for seed in range(1, 6):
        tracked = _edited(stock_lines_pruned, 8.0, seed)
        for words in (VALID, OPEN):
            first = span_of(PAGE, words + "\n")
            assert text_now(tracked, (first[0], first[1] - 1)) == words
        assert len(tracked.text) < len(PAGE)


def test_a_copy_edited_page_keeps_what_its_respellings_share() -> None:
    tracked = _edited(copy_edited, 8.0)
    new = tracked.text
    assert "Open 7 am to 10 pm" in new
    seven = span_of(PAGE, OPEN)[0] + len("Open ")
    assert text_now(tracked, (seven, seven + len("7am"))) == "7 am"
    count = span_of(PAGE, ROWS[0])[0] + ROWS[0].index("1,204")
    assert text_now(tracked, (count, count + 5)) == "1204"


def test_a_reflowed_page_keeps_every_word_of_an_item() -> None:
    for seed in range(1, 4):
        tracked = _edited(reflowed_page, 8.0, seed)
        for item in (*CANDIDATES, *STATIONS, *QUESTIONS):
            now = text_now(tracked, span_of(PAGE, item))
            assert now is not None
            assert now.replace("-\n", "").split() == item.split()


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


@pytest.mark.parametrize("seed", [*range(4), *FRESH37_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = (VALID, OPEN, WHEELCHAIR, "  Elected", "Turnout: ", "Rejected ballots: 17")
        more = (STOCK_ANSWERS[0], ADLAM_DIGITS[3], THAM_DIGITS[3], SAKOT, ALIF_LENGTHENER)
        assert_kind_has_what_families_edit(text, name, (*marks, *more, "Hallum", "\u2019"), 8)
        assert all(unicodedata.name(char, "") for char in text if char != "\n"), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH37_SEEDS, fresh37_text, fresh37_spans)


@pytest.mark.parametrize("name", list(FRESH37_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH37_FAMILIES[name], FRESH37_SEEDS, fresh37_text, fresh37_spans, no_blank_runs=True
    )
