"""The truth of the twenty-eighth-round fresh families, checked by hand on a small customer page
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
from tests.benchmarks.reanchor_families import Family
from tests.benchmarks.reanchor_fresh23_kit import ZWJ, body_lines, item_runs, items, notes, sections
from tests.benchmarks.reanchor_fresh24_kit import short_lines
from tests.benchmarks.reanchor_fresh26_families import reflowed_page
from tests.benchmarks.reanchor_fresh28_edits import malayalam_localised, thaana_spaced_out
from tests.benchmarks.reanchor_fresh28_families import (
    FRESH28_FAMILIES,
    FRESH28_SEEDS,
    NEW_NOTES,
    NEW_VARIANT,
    REISSUED,
    REWORDED,
    clauses_renumbered,
    copy_edited,
    faq_reorganised,
    fees_revised,
    fresh28_spans,
    fresh28_text,
    invoice_reissued,
    malayalam_normalised_one_side,
    sections_reordered,
    thaana_normalised_one_side,
    tracking_refreshed,
    variants_resorted,
)
from tests.benchmarks.reanchor_fresh28_kit import PRICE_LINE, QUANTITY, ZWNJ, old_chillu
from tests.benchmarks.reanchor_fresh28_texts import KINDS
from tests.storage.edit_simulation import TrackedText

NO_CHARGE = "No charge."
NO_SALE = "We do not sell your personal data."
STOP = "You can ask us to stop at any time."
SETTINGS = "Open Settings and tap Account."
UNARRANGED = "Unarranged overdraft: £5.00 per day"
#: Malayalam with an atomic chillu ("ർ") and Malayalam digits.
MALAYALAM = "പണം അടയ്ക്കേണ്ട അവസാന തീയതി മാർച്ച് ൧൫."
#: Thaana with a spaced Arabic comma.
THAANA = "މާލެ ، ހުޅުމާލެ ފެރީ ދަތުރު 14:00 ގައި ކެންސަލް ކުރެވިއްޖެ."
HEAD = (
    "Customer pages — Riverside\n\nEffective from 1 March · Riverside Building Society\n\n"
    "This page collects what we send. Effective from 1 March, the unarranged\noverdraft "
    "fee is £5.00 per day.\n\n"
)
FEES = (
    "Current accounts\n\nFees are taken monthly.\n\n"
    f"Overdraft · 1\n{UNARRANGED}\nArranged overdraft: £5.00 per month\n\n"
    f"Statements · 2\nCopy statement by e-mail\n{NO_CHARGE}\nEffective from 1 March\n\n"
    f"Cash machines · 3\nCash withdrawal in the UK\n{NO_CHARGE}\n\n"
)
POLICY = (
    "Clause 1 — Who we are\n\nRead this with clause 1.\n\n"
    f"1.1 Who we are\nWe are the controller of your data.\n{NO_SALE}\n{STOP}\n\n"
    "Clause 2 — Your rights\n\nThis clause applies to every account.\n\n"
    f"2.1 Your rights\nYou can ask for a copy, see clause 2.2.\n{NO_SALE}\n\n"
    f"2.2 Your rights\n{STOP}\nBasis: consent\n\n"
)
TRACKING = (
    "Tuesday 3 March\n\nTimes are local.\n\n"
    "03 Mar 14:05 Out for delivery\nYour driver is Sam.\n\n"
    "03 Mar 06:12 Arrived at delivery depot\nLocation: Riverside depot\n\n"
    "03 Mar 02:10 Arrived at sorting centre\nLocation: Northgate hub\n\n"
    "03 Mar 01:05 Arrived at sorting centre\nLocation: Millbrook sorting centre\n\n"
)
LISTING = (
    "Navy\n\nPrices include VAT.\n\n"
    "Trail Runner 2 · Navy · UK 8\nSKU TR2-NV-080\n£59.99\nIn stock\n\n"
    "Trail Runner 2 · Navy · UK 9\nSKU TR2-NV-090\n£49.99\nOnly 2 left\n\n"
    "Trail Runner 2 · Navy · UK 10\nSKU TR2-NV-100\n£59.98\nIn stock\n\n"
)
INVOICE = (
    "Invoice — February\n\nQuote INV-20417 when you pay.\n\n"
    "12 Feb · Printer paper A4\nQty 4 × £4.99 = £19.96\nVAT 20%: £3.99\n\n"
    "21 Feb · Printer paper A4\nQty 1 × £4.99 = £4.99\nVAT 20%: £0.99\n\n"
)
FAQ = (
    "Account\n\nSteps are for the latest version.\n\n"
    f"How do I change my password?\n{SETTINGS}\nTap Password and follow the steps.\n"
    "If this does not help, contact us.\n\n"
    f"How do I delete my account?\n{SETTINGS}\nTap Delete account at the bottom.\n"
    "If this does not help, contact us.\n\n"
)
NOTICES = (
    "Notices\n\nAs posted.\n\n"
    f"Notice 1 · Ernakulam\n{MALAYALAM}\nThe last date to pay is 15 March.\n\n"
    f"Notice 2 · Malé\n{THAANA}\nThe 14:00 ferry is cancelled.\n\n"
)
FOOT = "About this export\n\nKept by the customer team.\n"
#: A small page: fees with "No charge." twice and "Effective from 1 March" in the head and an
#: item, two clauses with a cross-reference, a day of tracking with two arrivals, three
#: variants, two invoice lines, two questions, a Malayalam and a Thaana notice.
PAGE = HEAD + FEES + POLICY + TRACKING + LISTING + INVOICE + FAQ + NOTICES + FOOT


def _edited(family: Family, rate: float, seed: int = 1, page: str = PAGE) -> TrackedText:
    tracked = TrackedText(page)
    family(tracked, random.Random(seed), rate)
    return tracked


def _holds_at(tracked: TrackedText, span: tuple[int, int], needle: str, nth: int = 0) -> bool:
    """Whether the old ``span``'s truth is the ``nth`` occurrence of ``needle`` now."""
    start, end = span_of(tracked.text, needle, nth)
    return tracked.truths([span])[0].holds(start, end)


def _gone(tracked: TrackedText, span: tuple[int, int]) -> bool:
    return not tracked.truths([span])[0].findable


def _line_starting(text: str, words: str) -> str:
    """The one line of ``text`` that starts with ``words``."""
    [line] = [line for line in text.split("\n") if line.startswith(words)]
    return line


def test_the_small_page_is_read_as_sections_items_and_recurring_lines() -> None:
    assert len(sections(PAGE)) == 8
    assert len(items(PAGE)) == 19
    assert [len(run) for run in item_runs(PAGE)] == [3, 1, 2, 4, 3, 2, 2, 2]
    assert len(notes(PAGE)) == 8
    assert set(short_lines(PAGE)) == {NO_CHARGE, "In stock"}
    assert PAGE.count("Effective from 1 March") == 3


def test_fees_revised_type_the_date_over_and_replace_no_charge_by_a_fee() -> None:
    tracked = _edited(fees_revised, 8.0)
    new = tracked.text
    assert "1 March" not in new
    [date] = set(re.findall("Effective from ([0-9]+ [A-Z][a-z]+)", new))
    assert new.count(f"Effective from {date}") == 3
    assert f"\n{NO_CHARGE}\n" not in new
    assert _gone(tracked, span_of(PAGE, NO_CHARGE, 0))
    assert _gone(tracked, span_of(PAGE, NO_CHARGE, 1))
    line = _line_starting(new, "Unarranged overdraft: ")
    assert _holds_at(tracked, span_of(PAGE, UNARRANGED), line)
    assert any(amount not in new for amount in ("£5.00", "£4.99", "£59.99", "£19.96"))


def test_clauses_renumbered_insert_a_clause_and_split_one_in_two() -> None:
    tracked = _edited(clauses_renumbered, 1.0)
    new = tracked.text
    assert "Clause 2 — Automated decisions\n" in new
    assert "Clause 3 — Your rights\n" in new
    assert "3.1 Your rights\nYou can ask for a copy, see clause 3.2.\n" in new
    assert _holds_at(tracked, span_of(PAGE, "2.2 Your rights"), "3.2 Your rights")
    split = "1.1 Who we are\nWe are the controller of your data.\n\n1.2 Who we are (continued)\n"
    assert f"{split}{NO_SALE}\n{STOP}\n" in new
    assert _holds_at(tracked, span_of(PAGE, NO_SALE), NO_SALE)
    assert _holds_at(tracked, span_of(PAGE, STOP), STOP)
    assert new.count(STOP) == 3  # the typed clause's copy is a decoy
    assert _holds_at(tracked, span_of(PAGE, STOP, 1), STOP, 2)
    reference = span_of(PAGE, "see clause 2.2.")
    assert _holds_at(tracked, reference, "see clause 3.2.")


def test_tracking_refreshed_cuts_the_older_arrival_and_types_a_new_event_on_top() -> None:
    tracked = _edited(tracking_refreshed, 1.0)
    new = tracked.text
    assert new.count("Arrived at sorting centre") == 1
    assert _gone(tracked, span_of(PAGE, "03 Mar 01:05 Arrived at sorting centre"))
    assert _gone(tracked, span_of(PAGE, "Location: Millbrook sorting centre"))
    kept = "03 Mar 02:10 Arrived at sorting centre\nLocation: Northgate hub"
    assert _holds_at(tracked, span_of(PAGE, kept), kept)
    [first] = [item for item in items(new) if new[slice(*item)].startswith("03 Mar ")][:1]
    head = new[first[0] : new.index("\n", first[0])]
    assert head.endswith("Arrived at delivery depot")
    assert head[7:12] > "14:05"
    assert new.index(head) < new.index("03 Mar 14:05 Out for delivery")


def test_variants_resorted_by_price_lose_one_and_gain_one() -> None:
    tracked = _edited(variants_resorted, 8.0, seed=5)
    new = tracked.text
    assert NEW_VARIANT in new
    navy = new[new.index("Navy\n\nPrices") : new.index("Invoice — February")]
    prices = [float(m[1]) for m in PRICE_LINE.finditer(navy)]
    assert prices == sorted(prices)
    skus = ("SKU TR2-NV-080", "SKU TR2-NV-090", "SKU TR2-NV-100")
    kept = [sku for sku in skus if sku in new]
    assert len(kept) == 2
    [removed] = set(skus) - set(kept)
    assert _gone(tracked, span_of(PAGE, removed))
    for sku in kept:
        assert _holds_at(tracked, span_of(PAGE, sku), sku)


def test_an_invoice_reissued_takes_a_new_number_corrects_and_splits_its_lines() -> None:
    tracked = _edited(invoice_reissued, 8.0)
    new = tracked.text
    assert "INV-20417" not in new
    assert new.count(REISSUED) == 1
    for match in QUANTITY.finditer(new):
        assert round(int(match[1]) * float(match[2]), 2) == float(match[3])
    lines = [m[0] for m in QUANTITY.finditer(new)]
    assert len(lines) == 3  # one line split in two
    assert _holds_at(tracked, span_of(PAGE, "Qty 4 × £4.99 = £19.96"), lines[0])
    assert _holds_at(
        tracked, span_of(PAGE, "12 Feb · Printer paper A4"), "12 Feb · Printer paper A4"
    )


def test_the_help_centre_reorganised_retypes_one_answer_and_merges_two() -> None:
    tracked = _edited(faq_reorganised, 1.0, seed=5)
    new = tracked.text
    retyped = [
        item for item in items(PAGE) if all(_gone(tracked, line) for line in body_lines(PAGE, item))
    ]
    assert len(retyped) == 1
    assert any(sentence in new for sentence in REWORDED)
    heads = [PAGE[start : PAGE.index("\n", start)] for start, _ in items(PAGE)]
    [cut] = [head for head in heads if head not in new]  # the second of a merged pair
    assert _gone(tracked, span_of(PAGE, cut))
    [merged] = [item for item in items(PAGE) if PAGE[slice(*item)].startswith(cut)]
    for line in body_lines(PAGE, merged):  # its answer's lines stay, under the first question
        assert tracked.truths([line])[0].survived == 1.0, PAGE[slice(*line)]


def test_sections_reordered_move_whole_sections_and_retype_one_note() -> None:
    tracked = _edited(sections_reordered, 8.0)
    new = tracked.text
    headings = [new[slice(*heading)] for heading, _ in sections(new)]
    assert headings == sorted(headings, key=str.casefold)
    note = "This clause applies to every account."
    assert note not in new
    assert _gone(tracked, span_of(PAGE, note))
    assert any(f"\n\n{words}\n\n" in new for words in NEW_NOTES)
    for nth in range(2):  # both "No charge." lines moved with their section
        assert _holds_at(tracked, span_of(PAGE, NO_CHARGE, nth), NO_CHARGE, nth)
    section = span_of(PAGE, FAQ.rstrip("\n"))
    assert _holds_at(tracked, section, FAQ.rstrip("\n"))
    assert new.index("Account\n") < new.index("Current accounts\n")


def test_copy_edited_respells_email_and_round_amounts() -> None:
    tracked = _edited(copy_edited, 8.0)
    new = tracked.text
    assert "Copy statement by email" in new
    assert "£5 per day" in new
    assert new.count("£5.00 per day") == 1  # the lead is no item: left as it was
    truth = tracked.truths([span_of(PAGE, UNARRANGED)])[0]
    assert truth.findable
    assert truth.survived < 1.0


def test_a_reflowed_page_keeps_its_words_and_their_truth() -> None:
    tracked = _edited(reflowed_page, 8.0)
    new = tracked.text
    assert new != PAGE
    assert new.replace("-\n", "").split() == PAGE.split()
    lead = span_of(PAGE, "This page collects what we send.")
    truth = tracked.truths([lead])[0]
    assert truth.findable
    assert truth.survived > 0.9


def test_malayalam_normalised_on_one_side_writes_the_older_chillu_and_western_digits() -> None:
    tracked = _edited(malayalam_normalised_one_side, 8.0)
    new = tracked.text
    assert f"\nപണം അടയ്ക്കേണ്ട അവസാന തീയതി മാര്{ZWJ}ച്ച് 15.\n" in new
    truth = tracked.truths([span_of(PAGE, MALAYALAM)])[0]
    assert truth.findable
    assert truth.survived < 1.0
    assert _holds_at(tracked, span_of(PAGE, THAANA), THAANA)


def test_malayalam_in_the_older_form_is_normalised_to_atomic_chillu_letters() -> None:
    older = old_chillu(MALAYALAM)
    assert f"ര്{ZWJ}" in older
    page = PAGE.replace(MALAYALAM, older)
    tracked = _edited(malayalam_normalised_one_side, 8.0, page=page)
    assert "\nപണം അടയ്ക്കേണ്ട അവസാന തീയതി മാർച്ച് 15.\n" in tracked.text
    assert _holds_at(tracked, span_of(page, "അവസാന തീയതി"), "അവസാന തീയതി")


def test_the_other_sides_malayalam_export_writes_malayalam_digits_and_older_chillus() -> None:
    western = "പണം അടയ്ക്കേണ്ട അവസാന തീയതി മാർച്ച് 15."
    page = PAGE.replace(MALAYALAM, western)
    tracked = TrackedText(page)
    grown = malayalam_localised(tracked, span_of(page, western))
    assert f"\nപണം അടയ്ക്കേണ്ട അവസാന തീയതി മാര്{ZWJ}ച്ച് ൧൫.\n" in tracked.text
    assert grown == 2
    assert _holds_at(tracked, span_of(page, "അവസാന തീയതി"), "അവസാന തീയതി")


def test_thaana_normalised_on_one_side_writes_western_commas() -> None:
    tracked = _edited(thaana_normalised_one_side, 8.0, seed=2)
    new = tracked.text
    assert "\nމާލެ, ހުޅުމާލެ ފެރީ ދަތުރު 14:00 ގައި ކެންސަލް ކުރެވިއްޖެ.\n" in new
    truth = tracked.truths([span_of(PAGE, THAANA)])[0]
    assert truth.findable
    assert truth.survived < 1.0
    assert _holds_at(tracked, span_of(PAGE, MALAYALAM), MALAYALAM)


def test_the_other_sides_thaana_keyboard_spaces_marks_and_adds_non_joiners() -> None:
    tracked = TrackedText("Notice 2\nބިލް 20، ވަގުތު 16:00.\n")
    grown = thaana_spaced_out(tracked, (0, len(tracked.text)))
    assert tracked.text == f"Notice 2\nބިލް 20 ،{ZWNJ} ވަގުތު 16:00{ZWNJ}.\n"
    assert grown == 3


@pytest.mark.parametrize("seed", [*range(4), *FRESH28_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(items(text)) >= 15, name
        assert len(sections(text)) >= 4, name
        assert any(len(run) >= 3 for run in item_runs(text)), name
        assert any(len(group) >= 3 for group in short_lines(text).values()), name
        marks = ("Effective from 1 March", "£5.00", "see clause 7.2", "INV-20417", "ർ", "൧")
        assert all(mark in text for mark in (*marks, "e-mail", "\u060c", "Arrived at")), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH28_SEEDS, fresh28_text, fresh28_spans)


@pytest.mark.parametrize("name", list(FRESH28_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH28_FAMILIES[name], FRESH28_SEEDS, fresh28_text, fresh28_spans, no_blank_runs=True
    )
