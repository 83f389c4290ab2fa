"""The truth of the thirty-eighth-round fresh families, checked by hand on a small page of a
museum's papers (no re-anchoring here), and checked for consistency on the whole material."""

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
from tests.benchmarks.reanchor_fresh38_edits import PREFIX, inches
from tests.benchmarks.reanchor_fresh38_families import (
    ATTRIBUTED,
    FRESH38_FAMILIES,
    FRESH38_SEEDS,
    PLAIN,
    RETURNED,
    RUNNING_FOOTER,
    accessions_renumbered,
    chakma_respelt_one_side,
    checklist_sorted,
    combined,
    copy_edited,
    deaccessioned,
    dimensions_in_inches,
    fresh38_spans,
    fresh38_text,
    objects_rehung,
    pdf_copied,
    plain_english,
    reattributed,
    vai_digits_converted,
)
from tests.benchmarks.reanchor_fresh38_kit import (
    CHAKMA_DIGITS,
    CHAKMA_LINES,
    CHAKMA_THANKS,
    GIFT,
    MAAYYAA,
    MATERIALS,
    OPENING_HOURS,
    PRIVATE_LOAN,
    PURCHASED,
    SIGN_I,
    SIGN_II,
    STOCK_ANSWERS,
    UNKNOWN,
    VAI_DIGITS,
    VAI_LINES,
    VAI_THANKS,
    VIRAMA,
)
from tests.benchmarks.reanchor_fresh38_texts import KINDS
from tests.storage.edit_simulation import TrackedText

LABELS = (
    f"Covered bowl  1921.34.2\n{UNKNOWN}, Staffordshire, 1790–1800\n{MATERIALS[0]}\n"
    f"H. 32 cm, W. 24 cm\n{GIFT}",
    f"Covered bowl  1921.34.3\n{UNKNOWN}, Staffordshire, 1791–1801\n{MATERIALS[0]}\n"
    f"H. 23 cm, W. 24 cm\n{PRIVATE_LOAN}",
    f"Tankard  1987.7.1\nHannah Barlow, Lambeth, 1881\n{MATERIALS[1]}\nH. 12 cm, W. 9.5 cm\n"
    f"{PURCHASED}",
    f"Country cloth  2003.17.4\n{UNKNOWN}, Jondu, c. 1921\n{MATERIALS[2]}\nH. 42 cm, W. 32 cm\n"
    f"{PRIVATE_LOAN}",
)
CASES = (
    "Case 1: Ceramics\n\nLabels read left to right.\n\n"
    + "\n\n".join(LABELS[:2])
    + "\n\nCase 2: Textiles\n\nObjects are shown in the order of the case.\n\n"
    + "\n\n".join(LABELS[2:])
    + "\n\n"
)
ROOMS = (
    "Room 4 · Early ceramics\n1921.34.2  Covered bowl, Unknown maker\n"
    "1921.34.3  Covered bowl, Unknown maker\nStep-free access from the lift",
    "Room 14 · Textiles of West Africa\n1987.7.2  Country cloth, Momo Kiawu\n"
    "1931.43.1  Sowei mask, Unknown maker\nAudio guide stop in this room",
)
GUIDE = (
    f"Lower ground floor\n\n{OPENING_HOURS}\n\n{ROOMS[0]}\n\n"
    f"Ground floor\n\n{OPENING_HOURS}\n\n{ROOMS[1]}\n\n"
)
ENTRIES = (
    f"Cat. 1  {UNKNOWN}  Punch bowl, 1791\n{MATERIALS[0]}\n1921.34.4\n{PURCHASED}",
    f"Cat. 2  Josiah Spode  Covered bowl, 1792\n{MATERIALS[0]}\n1931.43.2\n{GIFT}",
    f"Cat. 3  {UNKNOWN}  Sowei mask, 1790\n{MATERIALS[3]}\n1931.43.1\n{PRIVATE_LOAN}",
    f"Cat. 4  Grace Adebayo  Country cloth, 1921\n{MATERIALS[2]}\n1987.7.2\n{GIFT}",
)
CHECKLIST = (
    "Part 1: Makers and workshops\n\nNumbers follow the catalogue.\n\n"
    + "\n\n".join(ENTRIES)
    + "\n\n"
)
QUESTIONS = (
    f"Q1. Can I take photographs?\nYes, for your own use.\n{STOCK_ANSWERS[1]}",
    f"Q2. Can I film in the galleries?\nShort films for your own use are fine.\n{STOCK_ANSWERS[1]}",
    f"Q3. Do I need a ticket?\nOnly for the exhibition.\n{STOCK_ANSWERS[2]}",
)
ANSWERS = "Photography\n\nUpdated on 2 April 2026.\n\n" + "\n\n".join(QUESTIONS) + "\n\n"
VAI_NUMBERED = native_digits(VAI_LINES[0][0], VAI_DIGITS)
VAI_PLAIN = VAI_LINES[3][0]
VAI = (
    "Masks\n\nTranslated with the Vai community.\n\n"
    f"Label 1 · Room 14 · Tienii\n{VAI_NUMBERED}\n{VAI_LINES[0][1]}\n{GIFT}\n\n"
    f"Label 2 · Room 14 · Bomi\n{VAI_PLAIN}\n{VAI_LINES[3][1]}\n{VAI_THANKS}\n\n"
)
CHAKMA_NUMBERED = native_digits(CHAKMA_LINES[0][0], CHAKMA_DIGITS)
CHAKMA_PLAIN = CHAKMA_LINES[2][0]
CHAKMA = (
    "Pinon and khadi\n\nWords chosen by the weavers.\n\n"
    f"Label 1 · Room 15 · Rangamati\n{CHAKMA_NUMBERED}\n{CHAKMA_LINES[0][1]}\n{GIFT}\n\n"
    f"Label 2 · Room 15 · Khagrachari\n{CHAKMA_PLAIN}\n{CHAKMA_LINES[2][2]}\n{CHAKMA_THANKS}\n\n"
)
HEAD = (
    "Harbourside City Museum — collection pages\n\nCollections department · 2026\n\n"
    "This page collects what the museum publishes about its collection.\n"
    "Labels are as installed.\n\n"
)
FOOT = "About this export\n\nKept by the collections department.\n"
#: A small page: four labels in two cases, two rooms on two floors, four checklist entries,
#: three questions, a Vai and a Chakma case of two labels each.
PAGE = HEAD + CASES + GUIDE + CHECKLIST + ANSWERS + VAI + CHAKMA + FOOT


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


def _all_spans(needle: str) -> list[tuple[int, int]]:
    """Every place ``needle`` stands on the page."""
    return [span_of(PAGE, needle, n) for n in range(PAGE.count(needle))]


@pytest.mark.parametrize("seed", range(1, 6))
def test_reattributed_objects_name_one_maker_and_narrow_one_range(seed: int) -> None:
    tracked = _edited(reattributed, 1.0, seed)
    new = tracked.text
    makers = [text_now(tracked, span) for span in _all_spans(UNKNOWN)]
    assert makers.count(None) == 1  # the one named; its twins stand as they were
    assert all(maker in (None, UNKNOWN) for maker in makers)
    assert sum(new.count(name) for name in ATTRIBUTED) == 1
    ranges = ("1790–1800", "1791–1801")
    now = [_widest(tracked, span_of(PAGE, words)) for words in ranges]
    narrowed = [(old, n) for old, n in zip(ranges, now, strict=True) if n != old]
    assert len(narrowed) == 1
    old, widest = narrowed[0]
    assert widest is not None
    assert len(widest) == len(old)  # "1795–1800" or "1790–1795": figures typed over
    assert text_now(tracked, span_of(PAGE, old)) is not None
    first, last = (int(year) for year in widest.split("–"))
    assert (first, last) in ((int(old[:4]) + 5, int(old[5:])), (int(old[:4]), int(old[5:]) - 5))


@pytest.mark.parametrize("seed", range(1, 6))
def test_renumbered_accessions_keep_their_figures_under_a_prefix(seed: int) -> None:
    tracked = _edited(accessions_renumbered, 1.0, seed)
    new = tracked.text
    numbers = re.findall(r"(?<![0-9.])[0-9]{4}\.[0-9]{1,3}\.[0-9]", PAGE)
    corrected = 0
    for number in sorted(set(numbers)):
        for span in _all_spans(number):
            start = _at(tracked, (span[0], span[0] + 1))  # a number's first figure stays
            now = new[start : start + len(number)]
            assert now == number or _one_apart(now, number)
            corrected += now != number
    assert corrected == 1
    assert new.count(PREFIX) >= 1
    for match in re.finditer(re.escape(PREFIX), new):
        assert all(origin == -1 for origin in tracked.origin[match.start() : match.end()])


def test_rehung_objects_keep_every_line_and_stand_elsewhere() -> None:
    for seed in range(1, 6):
        tracked = _edited(objects_rehung, 3.0, seed)
        new = tracked.text
        for item in (*LABELS, *ENTRIES, *QUESTIONS):
            assert text_now(tracked, span_of(PAGE, item)) == item
        for room in ROOMS:
            for line in room.split("\n"):
                assert text_now(tracked, span_of(PAGE, line)) == line
        # the guide's rooms stay on their floors; their object lines move between them
        assert new.index(ROOMS[0].split("\n")[0]) < new.index("Ground floor\n")
        once = _edited(objects_rehung, 1.0, seed)
        floor = once.text.index("Ground floor\n")
        below = [_at(once, span_of(PAGE, line)) > floor for line in _room_lines()]
        assert below.count(True) in (1, 3)  # one line moved to the other floor's room


def _room_lines() -> list[str]:
    """The object lines of the guide's rooms."""
    return [line for room in ROOMS for line in room.split("\n")[1:3]]


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_guide_loses_one_object_line_and_a_loan_is_returned(seed: int) -> None:
    tracked = _edited(deaccessioned, 1.0, seed)
    new = tracked.text
    gone = [text_now(tracked, span_of(PAGE, line)) is None for line in _room_lines()]
    assert gone.count(True) == 1  # its twin one figure apart stays
    for item in (*LABELS, *ENTRIES):  # with a guide, objects leave its rooms
        assert text_now(tracked, span_of(PAGE, item)) == item or PRIVATE_LOAN in item
    assert new.count(RETURNED) == 1
    loans = [text_now(tracked, span) for span in _all_spans(PRIVATE_LOAN)]
    assert loans.count(None) == 1
    assert all(loan in (None, PRIVATE_LOAN) for loan in loans)


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_deaccessioned_label_is_gone_while_its_twins_stay(seed: int) -> None:
    page = HEAD + CASES + CHECKLIST + FOOT
    tracked = edited_page(page, deaccessioned, 8.0, seed)
    candidates = (*LABELS, *ENTRIES)
    gone = [text_now(tracked, span_of(page, item)) is None for item in candidates]
    assert gone.count(True) == 2
    for item, cut in zip(candidates, gone, strict=True):
        number = re.findall(r"[0-9]{4}\.[0-9]+\.[0-9]", item)[0]
        at = span_of(page, item)[0] + item.index(number)
        assert (text_now(tracked, (at, at + len(number))) is None) == cut
    kept = sum(item.count(UNKNOWN) for item, cut in zip(candidates, gone, strict=True) if not cut)
    assert tracked.text.count(UNKNOWN) == kept
    loans = sum(PRIVATE_LOAN in item for item, cut in zip(candidates, gone, strict=True) if not cut)
    assert tracked.text.count(RETURNED) == min(2, loans)


@pytest.mark.parametrize("seed", range(1, 6))
def test_plain_english_rewrites_every_copy_of_one_line(seed: int) -> None:
    tracked = _edited(plain_english, 1.0, seed)
    new = tracked.text
    rewritten = [words for words in (*MATERIALS[:4], *STOCK_ANSWERS) if PLAIN[words] in new]
    assert len(rewritten) == 2  # a materials line and a stock answer
    for words in (*MATERIALS[:4], STOCK_ANSWERS[1], STOCK_ANSWERS[2]):
        now = [text_now(tracked, span) for span in _all_spans(words)]
        if words in rewritten:
            assert now == [None] * len(now)
            assert new.count(PLAIN[words]) == len(now)
        else:
            assert now == [words] * len(now)
    assert GIFT in new  # credit lines are rewritten only above the lowest rate
    tracked = _edited(plain_english, 3.0, seed)
    credits = [words for words in (GIFT, PURCHASED) if words not in tracked.text]
    assert len(credits) == 1
    assert all(text_now(tracked, span) is None for span in _all_spans(credits[0]))


def _in_inches(line: str, kept: bool) -> str:
    """A dimensions line with inches after the centimetres (``kept``) or instead of them."""
    return re.sub(
        r"([0-9.]+) cm",
        lambda m: f"{m[1]} cm ({inches(float(m[1]))})" if kept else inches(float(m[1])),
        line,
    )


def test_inches_in_brackets_keep_the_centimetres_and_typed_inches_replace_them() -> None:
    modes = set()
    for seed in range(1, 9):
        tracked = _edited(dimensions_in_inches, 8.0, seed)
        kept = "cm (" in tracked.text
        modes.add(kept)
        for label in LABELS:
            line = label.split("\n")[3]
            if kept:
                # the inches after the last figure are typed after the passage's end
                kept_line = _in_inches(line, kept=True).rsplit(" (", 1)[0]
                assert text_now(tracked, span_of(PAGE, line)) == kept_line
                assert _in_inches(line, kept=True) in tracked.text
            else:  # the figures and units typed over: the line keeps "H. " and ", W. "
                assert _in_inches(line, kept=False) in tracked.text
                assert text_now(tracked, span_of(PAGE, line)) is None
                start = span_of(PAGE, line)[0]
                assert text_now(tracked, (start, start + 2)) == "H."
    assert modes == {True, False}
    assert [inches(cm) for cm in (32, 9.5, 23)] == ["12 5/8 in.", "3 3/4 in.", "9 in."]


def test_a_sorted_checklist_is_in_order_and_renumbered() -> None:
    orders = set()
    for seed in range(1, 9):
        tracked = _edited(checklist_sorted, 8.0, seed)
        heads = re.findall(r"^Cat\. ([0-9]+)  ([^\n]+), ([0-9]{4})$", tracked.text, re.M)
        assert [int(number) for number, _, _ in heads] == [1, 2, 3, 4]
        makers = [head.split("  ")[0] for _, head, _ in heads]
        years = [year for _, _, year in heads]
        by_maker = makers == ["Adebayo, Grace", "Spode, Josiah", UNKNOWN, UNKNOWN]
        assert by_maker or years == ["1790", "1791", "1792", "1921"]
        orders.add(by_maker)
        for entry in ENTRIES:
            rest = entry.split("\n", 1)[1]
            assert text_now(tracked, span_of(PAGE, rest)) == rest
        spode = span_of(PAGE, "Josiah Spode")
        assert _widest(tracked, spode) in ("Spode, Josiah", "Josiah Spode")
    assert orders == {True, False}


@pytest.mark.parametrize("seed", range(1, 4))
def test_converted_vai_digits_keep_the_syllables(seed: int) -> None:
    tracked = _edited(vai_digits_converted, 8.0, seed)
    western = str.maketrans(VAI_DIGITS, "0123456789")
    for line in (VAI_NUMBERED, VAI_PLAIN):
        now = _widest(tracked, span_of(PAGE, line))
        assert now is not None
        assert now != line
        assert now.translate(western) == line.translate(western)
    english = VAI_LINES[0][1]
    assert text_now(tracked, span_of(PAGE, english)) == english


def _plain_chakma(words: str) -> str:
    """Chakma with every killed consonant written with the virama, every i short and Western
    digits (one spelling of what a reader reads)."""
    words = words.replace(MAAYYAA, VIRAMA).replace(SIGN_II, SIGN_I)
    return words.translate(str.maketrans(CHAKMA_DIGITS, "0123456789"))


@pytest.mark.parametrize("seed", range(1, 6))
def test_respelt_chakma_keeps_its_letters(seed: int) -> None:
    tracked = _edited(chakma_respelt_one_side, 8.0, seed)
    for line in (CHAKMA_NUMBERED, CHAKMA_PLAIN):
        now = _widest(tracked, span_of(PAGE, line))
        assert now is not None
        assert now != line
        assert _plain_chakma(now) == _plain_chakma(line)
        assert unicodedata.is_normalized("NFC", now)
    english = CHAKMA_LINES[2][2]
    assert text_now(tracked, span_of(PAGE, english)) == english


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
        for words in (MATERIALS[0], GIFT):
            first = span_of(PAGE, words + "\n")
            assert text_now(tracked, (first[0], first[1] - 1)) == words
        assert len(tracked.text) < len(PAGE)


def test_a_copy_edited_page_keeps_what_its_respellings_share() -> None:
    tracked = _edited(copy_edited, 8.0)
    new = tracked.text
    assert "circa 1921" in new
    assert "H. 32 centimetres" in new
    circa = span_of(PAGE, "c. 1921")
    assert text_now(tracked, (circa[0], circa[0] + 2)) == "c"
    unit = span_of(PAGE, "32 cm")
    assert text_now(tracked, unit) == "32 c"  # the "m" typed over: the end may lie on it
    assert _widest(tracked, unit) == "32 centimetres"


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


@pytest.mark.parametrize("seed", [*range(4), *FRESH38_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = (UNKNOWN, PRIVATE_LOAN, MATERIALS[0], "1921.34.2", "H. 32 cm", "Hannah Barlow")
        more = (STOCK_ANSWERS[0], VAI_DIGITS[1], CHAKMA_DIGITS[1], MAAYYAA, VIRAMA, "1790–1800")
        assert_kind_has_what_families_edit(text, name, (*marks, *more, "Spode", "\u2019"), 8)
        assert all(unicodedata.name(char, "") for char in text if char != "\n"), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH38_SEEDS, fresh38_text, fresh38_spans)


@pytest.mark.parametrize("name", list(FRESH38_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH38_FAMILIES[name], FRESH38_SEEDS, fresh38_text, fresh38_spans, no_blank_runs=True
    )
