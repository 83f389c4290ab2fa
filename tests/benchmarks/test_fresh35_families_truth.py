"""The truth of the thirty-fifth-round fresh families, checked by hand on a small page of a
court's and a tribunal's papers (no re-anchoring here), and checked for consistency on the
whole material."""

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
from tests.benchmarks.reanchor_fresh23_kit import ZWJ
from tests.benchmarks.reanchor_fresh24_kit import item_lines
from tests.benchmarks.reanchor_fresh27_families import stock_lines_pruned
from tests.benchmarks.reanchor_fresh35_families import (
    FRESH35_FAMILIES,
    FRESH35_SEEDS,
    NEW_CASES,
    NEW_DECISIONS,
    NEW_PARAGRAPH,
    RUNNING_FOOTER,
    anonymised,
    cause_list_revised,
    combined,
    copy_edited,
    direction_amended,
    fresh35_spans,
    fresh35_text,
    judgment_corrected,
    meetei_respelt_one_side,
    ol_chiki_digits_converted,
    pdf_copied,
    reflowed_page,
    register_updated,
    tribunal_reissued,
)
from tests.benchmarks.reanchor_fresh35_kit import (
    ACCIDENT,
    ADJOURNED,
    APUN_IYEK,
    DEFENDANT,
    FORM_ROW,
    LISTED,
    MANIPURI_LINES,
    NOT_BEFORE,
    OL_CHIKI_DIGITS,
    OMITTED,
    PARAGRAPH_NUMBER,
    WELL_FOUNDED,
    WITHDRAWN,
)
from tests.benchmarks.reanchor_fresh35_more_texts import with_apun
from tests.benchmarks.reanchor_fresh35_texts import KINDS
from tests.storage.edit_simulation import TrackedText

RESERVED = "Reserved to His Honour Judge Marsh"
COURTS = (
    "Court 3  Before His Honour Judge Marsh  Sitting at 10:00 am",
    "Court 4  Before His Honour Judge Marsh  Sitting at 2:00 pm",
)
CASES = (
    f"KB-2026-001452  Hallam v Northgate Logistics Ltd  Application\n{LISTED}",
    f"CR-2026-001453  R v Hallum  Sentence\n{NOT_BEFORE}",
    f"KB-2026-001454  Rahman v Harbour Foods Ltd  Trial\n{LISTED}\nAt 11:30 am",
    f"KB-2026-001455  Okafor v Severn Trent Water Ltd  Application\n{NOT_BEFORE}",
    f"CR-2026-001463  R v Hallam  Sentence\n{LISTED}\n{RESERVED}",
)
CAUSE_LIST = (
    f"{COURTS[0]}\n\nParties should arrive 30 minutes early.\n\n"
    + "\n\n".join(CASES[:4])
    + f"\n\n{COURTS[1]}\n\nThe list may change on the day.\n\n{CASES[4]}\n\n"
)
STRUCK = ("I do not accept that submission.", "For these reasons I would dismiss the appeal.")
PARAGRAPHS = (
    "[1] The appelant submits that the tribunal erred in law.\n"
    "The same point was made in [2024] EWCA Civ 1132, on rather different facts.",
    "[2] Mr Daniel Hallam said that he raised his concerns with Mrs Joan Pryce in March 2023. "
    f"{STRUCK[0]}\nThe judgement below is careful and clear.",
    f"[3] The respondent says that the tribunal was entitled to reach that view. {STRUCK[1]}\n"
    "Mrs Pryce accepted that she did not pass them on (see [2] above).",
)
JUDGMENT = "The grounds of appeal\n\nApproved judgment.\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n"
BENCH = "Bench: Mrs P. Ashworth (chair)  Legal adviser: Mr T. Vaughan"
RESULTS = (
    f"Smyth, John  (53)  Theft from a shop  {ADJOURNED}",
    "Lane, Sam  (19)  Theft from a shop  Guilty plea  Fined £120  Costs £85  Surcharge £48",
    f"Hallum, Daniel  (56)  Theft from a shop  {ADJOURNED}",
    "Okonkwo, Peter  (30)  Theft from a shop  Guilty plea  Fined £102  Costs £85  Surcharge £48",
)
REGISTER = (
    "Courtroom 1 — Monday 6 April 2026\n\nAges are on the day of hearing.\n\n"
    f"{BENCH}\n" + "\n".join(RESULTS) + "\n\n"
)
DECISIONS = (
    "Claimant: Ms A. Rahman  Respondent: Harbour Foods Ltd  Case No: 6001452/2025\n"
    f"Heard: 3 March 2026  Employment Judge Okoro\n{WELL_FOUNDED}",
    "Claimant: Ms A. Rahmen  Respondent: Harbour Foods Ltd  Case No: 6001453/2025\n"
    f"Heard: 4 March 2026  Employment Judge Lane\n{WITHDRAWN}",
    "Claimant: Mr P. Dunmore  Respondent: Northgate Logistics Ltd  Case No: 6001463/2025\n"
    f"Heard: 5 March 2026  Employment Judge Lang\n{WELL_FOUNDED}\nRemedy hearing: 14 April 2026",
    "Claimant: Ms R. Okafor  Respondent: Severn Trent Water Ltd  Case No: 6001454/2025\n"
    f"Heard: 6 March 2026  Employment Judge Lane\n{WITHDRAWN}",
)
TRIBUNAL = (
    "Bristol\n\nNames are as the claim form gives them.\n\n" + "\n\n".join(DECISIONS) + "\n\n"
)
HEARING = "Date of hearing: 14 April 2026"
INQUESTS = (
    "Courtroom 1 — Flax Bourton\n\nFamilies may ask for a later date.\n\n"
    f"Mr Peter Dunmore, 67\nDate of death: 3 January 2026\n{HEARING}\n{ACCIDENT}\n\n"
    f"Mrs Joan Pryce, 81\nDate of death: 9 February 2026\n{HEARING}\n{ACCIDENT}\n"
    "She was found at home by a neighbour. She had been unwell for some weeks.\n\n"
)
PROVISIONS = (
    "The evidence in support must be filed with the application notice and\n"
    "served with it (see paragraph 4.3).",
    "The application notice must be served at least 3 days before the hearing.",
)
FORMS = (
    "Form N245  Application for suspension of a warrant",
    "Form N244  Application notice",
    "Form N24  General form of judgment or order",
)
DIRECTION = (
    "Part 4 — Service\n\nRead with Part 23.\n\n"
    f"4.1  Evidence in support\n{PROVISIONS[0]}\nAmended by the 171st Update.\n\n"
    f"4.2  Applications without notice\n{OMITTED}\nRevoked by the 169th Update.\n\n"
    f"4.3  Service of the application notice\n{PROVISIONS[1]}\nAmended by the 171st Update.\n\n"
    "Part 6 — Forms\n\nUpdates are listed at the end.\n\n"
    "Forms referred to in this direction\n" + "\n".join(FORMS) + "\n\n"
)
SANTALI = "ᱠᱚᱨᱴ ᱓ ᱨᱮ ᱡᱚᱡ ᱢᱟᱨᱥ ᱫᱚ ᱵᱟᱝ ᱛᱟᱦᱮᱸᱱᱟ ᱾"
MANIPURI = MANIPURI_LINES[1][0]
BILINGUAL = (
    "Sittings\n\nPosted at the court’s gate.\n\n"
    f"Notice 1 · 4 June · Dumka\n{SANTALI}\nJudge Marsh will not sit in Court 3.\n\n"
    f"Notice 2 · 5 June · Imphal\n{MANIPURI}\nThe cause list is issued 2 days ahead.\n\n"
)
HEAD = (
    "Court and tribunal papers — April 2026\n\nListing office · 2026\n\n"
    "This page collects what the courts publish in a week.\nFigures are as first listed.\n\n"
)
FOOT = "About this export\n\nKept by the listing office.\n"
#: A small page: two courtrooms' cases, three paragraphs of a judgment, a bench's results, a
#: region's tribunal decisions, two inquests, part of a practice direction and its forms, a
#: Santali and a Manipuri notice.
PAGE = HEAD + CAUSE_LIST + JUDGMENT + REGISTER + TRIBUNAL + INQUESTS + DIRECTION + BILINGUAL + FOOT


def _edited(family: Family, rate: float, seed: int = 1, page: str = PAGE) -> TrackedText:
    """This material's small page (or ``page``) edited by ``family``."""
    return edited_page(page, family, rate, seed)


def _at(tracked: TrackedText, span: tuple[int, int]) -> int:
    """Where an old passage starts now."""
    return tracked.truths([span])[0].start_range[1]


def _figure_now(tracked: TrackedText, old: str) -> str:
    """What stands now, as long as ``old``, where ``old`` (once on the page) starts: a figure
    whose last digit was typed over ends its truth before that digit."""
    start = _at(tracked, span_of(PAGE, old))
    return tracked.text[start : start + len(old)]


def _one_apart(new: str, old: str) -> bool:
    """Whether two words of one length differ in one character."""
    return len(new) == len(old) and sum(a != b for a, b in zip(new, old, strict=True)) == 1


def _court_of(text: str, at: int) -> str:
    """The courtroom heading a place in the cause list stands under."""
    return max((text.rfind(court, 0, at), court) for court in COURTS)[1]


def test_a_revised_cause_list_vacates_adds_moves_and_retimes_cases() -> None:
    moved_somewhere = 0
    for seed in range(1, 6):
        tracked = _edited(cause_list_revised, 1.0, seed)
        new = tracked.text
        heads = [case.split("\n")[0] for case in CASES]
        kept = [text_now(tracked, span_of(PAGE, head)) for head in heads]
        assert kept.count(None) == 1  # the vacated case
        assert all(now in (None, head) for now, head in zip(kept, heads, strict=True))
        assert sum(case.split("\n")[0] in new for case in NEW_CASES) == 1
        moved = [
            head
            for head, now in zip(heads, kept, strict=True)
            if now is not None
            and _court_of(new, _at(tracked, span_of(PAGE, head)))
            != _court_of(PAGE, span_of(PAGE, head)[0])
        ]
        assert len(moved) <= 1
        moved_somewhere += len(moved)
        hours = [span_of(PAGE, NOT_BEFORE, n) for n in range(2)] + [span_of(PAGE, "At 11:30 am")]
        for span in hours:
            now, old = text_now(tracked, span), PAGE[slice(*span)]
            assert now is None or now == old or _one_apart(now, old)
    assert moved_somewhere >= 2


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_judgment_corrected_under_the_slip_rule_renumbers_its_paragraphs(seed: int) -> None:
    tracked = _edited(judgment_corrected, 1.0, seed)
    new = tracked.text
    assert [int(m[1]) for m in PARAGRAPH_NUMBER.finditer(new)] == [1, 2, 3, 4]
    assert NEW_PARAGRAPH.split(" ", 1)[1] in new
    inserted = new.index(NEW_PARAGRAPH.split(" ", 1)[1])
    reference = text_now(tracked, span_of(PAGE, "(see [2] above)"))
    second = _at(tracked, span_of(PAGE, "Mr Daniel Hallam said"))
    assert reference == ("(see [3] above)" if inserted < second else "(see [2] above)")
    struck = [text_now(tracked, span_of(PAGE, sentence)) for sentence in STRUCK]
    assert struck.count(None) == 1
    typos = [text_now(tracked, span_of(PAGE, word)) for word in ("appelant", "judgement")]
    assert sorted(map(str, typos)) in (["appellant", "judgement"], ["appelant", "judgment"])
    # The citation's last figure is typed over: its truth ends before it, the rest is kept.
    cited = "[2024] EWCA Civ 1132"
    assert text_now(tracked, span_of(PAGE, cited)) == cited[:-1]
    assert _one_apart(_figure_now(tracked, cited), cited)
    view = "The respondent says that the tribunal was entitled to reach that view."
    assert text_now(tracked, span_of(PAGE, view)) == view


@pytest.mark.parametrize("seed", range(1, 6))
def test_an_updated_register_gives_an_outcome_corrects_and_sorts(seed: int) -> None:
    tracked = _edited(register_updated, 1.0, seed)
    new = tracked.text
    adjourned = [text_now(tracked, span_of(PAGE, ADJOURNED, n)) for n in range(2)]
    assert adjourned.count(None) == 1  # the case that came back
    fines = [_figure_now(tracked, fine) for fine in ("£120", "£102")]
    # One fine is corrected: one of these, or the one an outcome typed over "Adjourned to …".
    assert sum(now not in ("£120", "£102") for now in fines) <= 1
    olds = ("£120", "£102")
    assert all(_one_apart(now, old) or now == old for now, old in zip(fines, olds, strict=True))
    bench = new[new.index(BENCH) : new.index("\n\n", new.index(BENCH))].split("\n")[1:]
    names = [line.split("  ")[0] for line in bench]
    assert (
        names == sorted(names) == ["Hallum, Daniel", "Lane, Sam", "Okonkwo, Peter", "Smith, John"]
    )
    assert text_now(tracked, span_of(PAGE, "Smyth, John")) == "Smith, John"
    for line in RESULTS:
        start = span_of(PAGE, line)[0]
        assert DEFENDANT.match(new, _at(tracked, (start, start + 4)))


@pytest.mark.parametrize("seed", range(1, 6))
def test_an_anonymised_page_leaves_a_party_and_a_witness_unnamed(seed: int) -> None:
    tracked = _edited(anonymised, 1.0, seed)
    new = tracked.text
    gone = [name for name in ("Hallam", "Rahman", "Okafor") if not re.search(rf"\b{name}\b", new)]
    assert len(gone) == 1
    witnesses = [name for name in ("Pryce", "Dunmore") if not re.search(rf"\b{name}\b", new)]
    assert len(witnesses) == 1
    for twin in ("Hallum", "Rahmen"):
        assert new.count(twin) == PAGE.count(twin)
    whole = {"Hallam": "Mr Daniel Hallam", "Rahman": "Ms A. Rahman", "Okafor": "Ms R. Okafor"}
    assert text_now(tracked, span_of(PAGE, whole[gone[0]])) is None
    if witnesses == ["Pryce"]:
        assert text_now(tracked, span_of(PAGE, "Mrs Joan Pryce", 1)) is None
    around = "said that he raised his concerns with"
    assert text_now(tracked, span_of(PAGE, around)) == around
    line = "Claimant: Ms A. Rahman  Respondent: Harbour Foods Ltd"
    now = text_now(tracked, span_of(PAGE, line))
    assert now is not None
    assert now.endswith("  Respondent: Harbour Foods Ltd")


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_reissued_tribunal_list_withdraws_replaces_and_adds(seed: int) -> None:
    tracked = _edited(tribunal_reissued, 1.0, seed)
    new = tracked.text
    heads = [decision.split("\n")[0] for decision in DECISIONS]
    assert [text_now(tracked, span_of(PAGE, head)) for head in heads].count(None) == 1
    conclusions = [
        text_now(tracked, span_of(PAGE, words, n))
        for words in (WELL_FOUNDED, WITHDRAWN)
        for n in range(2)
    ]
    assert conclusions.count(None) == 2  # the withdrawn decision's and the replaced one
    assert sum(decision.split("\n")[0] in new for decision in NEW_DECISIONS) == 1


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_replaced_conclusion_keeps_the_words_both_conclusions_open_with(seed: int) -> None:
    tracked = _edited(tribunal_reissued, 1.0, seed)
    replaced = 0
    for words, other in ((WELL_FOUNDED, WITHDRAWN), (WITHDRAWN, WELL_FOUNDED)):
        for n in range(2):
            span = span_of(PAGE, words, n)
            opening = (span[0], span[0] + len("The claim"))
            if text_now(tracked, span) is not None or text_now(tracked, opening) is None:
                continue  # kept, or cut with its withdrawn decision
            # A reader sees "The claim" still there, the other conclusion's words after it.
            assert text_now(tracked, opening) == "The claim"
            assert tracked.text.startswith(other, _at(tracked, opening))
            replaced += 1
    assert replaced == 1


@pytest.mark.parametrize("seed", range(1, 6))
def test_an_amended_direction_revokes_inserts_and_sorts_its_forms(seed: int) -> None:
    tracked = _edited(direction_amended, 1.0, seed)
    new = tracked.text
    rows = [m[0] for m in FORM_ROW.finditer(new)]
    assert rows == sorted(FORMS, key=lambda row: int(row.split()[1][1:]))
    assert all(text_now(tracked, span_of(PAGE, row)) == row for row in FORMS)
    first_lines = [words.split("\n")[0] for words in PROVISIONS]
    kept = [text_now(tracked, span_of(PAGE, line)) for line in first_lines]
    assert kept.count(None) == 1  # the revoked paragraph's words
    assert new.count(OMITTED) == 2
    assert text_now(tracked, span_of(PAGE, OMITTED)) == OMITTED  # the old "[Omitted]" stays
    assert re.search(r"\n4\.[123]A  Remote hearings\n", new)
    for head in ("4.1  Evidence in support", "4.3  Service of the application notice"):
        assert text_now(tracked, span_of(PAGE, head)) == head


def _plain(words: str) -> str:
    """Words as a PDF's copy gives them back to a reader: ligatures, hyphens at line ends,
    running lines and runs of spaces undone."""
    words = re.sub(r"\n?Courts and Tribunals Judiciary — Page[^\n]*\n[^\n]*\n", "\n", words)
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
        for words in (LISTED, NOT_BEFORE, HEARING, ACCIDENT):
            copies = [span_of(PAGE, words + "\n", n) for n in range(PAGE.count(words + "\n"))]
            assert text_now(tracked, (copies[0][0], copies[0][1] - 1)) == words
        assert len(tracked.text) < len(PAGE)


def test_a_copy_edited_page_keeps_what_its_respellings_share() -> None:
    tracked = _edited(copy_edited, 8.0)
    new = tracked.text
    assert "Reserved to HHJ Marsh" in new
    assert "11.30am" in new
    # Only the separator and the space are typed: the minutes keep their origin.
    minutes = span_of(PAGE, "At 11:30 am")[0] + len("At 11:")
    assert text_now(tracked, (minutes, minutes + 2)) == "30"
    assert "Rahman v. Harbour" in new
    now = text_now(tracked, span_of(PAGE, RESERVED))
    assert now is not None
    assert now.startswith("Reserved to H")
    assert now.endswith(" Marsh")


@pytest.mark.parametrize("seed", range(1, 4))
def test_converted_ol_chiki_digits_keep_the_letters(seed: int) -> None:
    tracked = _edited(ol_chiki_digits_converted, 8.0, seed)
    now = text_now(tracked, span_of(PAGE, SANTALI))
    western = str.maketrans(OL_CHIKI_DIGITS, "0123456789")
    assert now is not None
    assert now != SANTALI
    assert now.translate(western) == SANTALI.translate(western)
    english = "Judge Marsh will not sit in Court 3."
    assert text_now(tracked, span_of(PAGE, english)) == english


@pytest.mark.parametrize("seed", range(1, 6))
def test_respelt_meetei_mayek_keeps_its_letters(seed: int) -> None:
    tracked = _edited(meetei_respelt_one_side, 8.0, seed)
    now = text_now(tracked, span_of(PAGE, MANIPURI))
    assert now is not None
    assert now != MANIPURI
    bare = str.maketrans("", "", ZWJ + " ")
    assert with_apun(now).translate(bare) == with_apun(MANIPURI).translate(bare)
    assert APUN_IYEK in now
    assert tracked.text.count(ZWJ) == 1  # put in once (the page had none)


def test_a_reflowed_page_keeps_every_word_of_a_paragraph() -> None:
    for seed in range(1, 4):
        tracked = _edited(reflowed_page, 8.0, seed)
        for paragraph in PARAGRAPHS:
            now = text_now(tracked, span_of(PAGE, paragraph))
            assert now is not None
            assert now.replace("-\n", "").split() == paragraph.split()


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


@pytest.mark.parametrize("seed", [*range(4), *FRESH35_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = (NOT_BEFORE, LISTED, "Fined £120", "[2024] EWCA Civ 1123", "6001452/2025")
        more = (ACCIDENT, OMITTED, "(see paragraph 4.3)", "Form N244", "᱓", "ᱸ", "ꯠ", "Hallum")
        assert_kind_has_what_families_edit(text, name, (*marks, *more, "\u2019"), 8)


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH35_SEEDS, fresh35_text, fresh35_spans)


@pytest.mark.parametrize("name", list(FRESH35_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH35_FAMILIES[name], FRESH35_SEEDS, fresh35_text, fresh35_spans, no_blank_runs=True
    )
