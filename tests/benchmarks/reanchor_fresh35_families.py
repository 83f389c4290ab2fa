"""Thirty-fifth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh35`` prints it as "thirty-fifth fresh held-out material"). The texts are
what courts and tribunals publish and revise day by day, each version a full page
(``reanchor_fresh35_texts`` and ``reanchor_fresh35_more_texts``): a daily cause list ("Court 3
Before His Honour Judge Marsh  Sitting at 10:00 am", "KB-2026-001452  Hallam v Northgate
Logistics Ltd  Application", "Listed for mention" and "Not before 2 pm" under many cases), a
judgment with numbered paragraphs ("(see [12] above)" repeating, citations one figure apart, a
statute quoted word for word twice or more), a magistrates' court register of results ("Smith,
John  (42)  Theft from a shop  Guilty plea  Fined £120 …"), an employment tribunal's list of
decisions (the stock conclusions under several), a coroner's list of inquests ("Conclusion:
Accident" repeating, narratives under some), a practice direction with its amendment history
("[Omitted]", "(see paragraph 4.3)", a table of forms), a Santali/English notice in Ol Chiki
(Ol Chiki digits on some lines) and a Manipuri/English notice in Meetei Mayek (lonsum letters,
the apun iyek, Meetei Mayek digits on some lines).

The families are what listing offices, judges' clerks, legal advisers, publishers, PDF readers,
copy editors and converters do between two versions: cause list revised; judgment corrected
under the slip rule; results register updated; anonymised for publication; tribunal list
reissued; practice direction amended; the page copied out of a PDF; duplicates pruned (round
27's family); copy edited; Ol Chiki digits converted; Meetei Mayek respelt; the page reflowed
(round 31's family); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Listed for mention", "Not before 2 pm",
"Guilty plea", "Adjourned to 14 April 2026", the stock conclusions, "Conclusion: Accident",
"[Omitted]") are each their own passage, wherever their twins move or whichever of them is cut.
A digit, a letter, a time's spelling, a ligature, a final consonant's spelling or an Ol Chiki
digit is typed over: the rest of its passage stays. A vacated case, a struck-out sentence, a
replaced "Adjourned to …", an anonymised name, a withdrawn decision, a replaced conclusion, a
revoked paragraph's words and a pruned stock line are gone.
"""

from __future__ import annotations

import itertools
import random
import re

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import _by_rate, draw_from_pools
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_families import _count, note_sentences
from tests.benchmarks.reanchor_fresh23_edits import cut
from tests.benchmarks.reanchor_fresh23_kit import (
    Span,
    body_lines,
    head_line,
    item_runs,
    items,
    last_line,
    notes,
    sections,
)
from tests.benchmarks.reanchor_fresh24_families import _each_unit, _echoed
from tests.benchmarks.reanchor_fresh24_kit import item_lines, short_lines
from tests.benchmarks.reanchor_fresh26_edits import written_where
from tests.benchmarks.reanchor_fresh26_kit import COPY_MARK
from tests.benchmarks.reanchor_fresh27_families import _two_lines, stock_lines_pruned
from tests.benchmarks.reanchor_fresh29_families import _whole
from tests.benchmarks.reanchor_fresh29_kit import PER_CENT
from tests.benchmarks.reanchor_fresh30_edits import running_lines_inserted
from tests.benchmarks.reanchor_fresh31_families import _following, _sorted_lines
from tests.benchmarks.reanchor_fresh31_families import reflowed_page as reflowed_page
from tests.benchmarks.reanchor_fresh32_edits import gaps_collapsed, ligatures_set
from tests.benchmarks.reanchor_fresh32_families import _nudged_all
from tests.benchmarks.reanchor_fresh33_edits import line_page_breaks
from tests.benchmarks.reanchor_fresh33_families import _hyphenated
from tests.benchmarks.reanchor_fresh33_kit import FIELD_GAP
from tests.benchmarks.reanchor_fresh34_edits import lines_sorted_by_number
from tests.benchmarks.reanchor_fresh34_families import _typed_over
from tests.benchmarks.reanchor_fresh34_kit import QUOTED, THOUSANDS
from tests.benchmarks.reanchor_fresh35_edits import (
    court_style_set,
    meetei_respelt,
    name_typed_over,
    script_digits_switched,
    sentence_typed_over,
    zwj_switched,
)
from tests.benchmarks.reanchor_fresh35_kit import (
    ADJOURNED_ANY,
    CASE_LINE,
    CASE_NUMBER,
    CITATION,
    CONCLUSION,
    COURT_HEADING,
    COURT_TIME,
    CROSS_REFERENCE,
    DAY_BEFORE_DATE,
    DECEASED,
    DECISION_HEAD,
    DEFENDANT,
    DIRECTION_NUMBER,
    FINE,
    FORM,
    FORM_ROW,
    HOUR,
    INQUEST_CONCLUSION,
    JUDGE_TITLE,
    MEETEI_PHRASE,
    MEETEI_RUN,
    MEETEI_WORD,
    MISSPELT,
    MISTYPED,
    MISTYPED_WORD,
    MONEY,
    NAME_FORMS,
    OL_CHIKI_DIGITS,
    OL_CHIKI_RUN,
    OL_CHIKI_WORD,
    OMITTED,
    PARAGRAPH_NUMBER,
    PARTIES,
    RESULT_LINE,
    SEE_ANY_PARAGRAPH,
    SEE_PARAGRAPH,
    TRIBUNAL_CASE,
    VERSUS,
    WELL_FOUNDED,
    WITHDRAWN,
    WITNESSES,
)
from tests.benchmarks.reanchor_fresh35_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the thirty-fifth fresh held-out material (never used while tuning).
FRESH35_SEEDS = range(35100, 35110)
#: Cases added to a revised cause list, typed between two cases.
NEW_CASES = (
    "KB-2026-001471  Hallam v Severn Trent Water Ltd  Application\nNot before 2 pm",
    "CR-2026-001472  R v Pryce  Sentence\nListed for mention",
    "KB-2026-001480  Okafor v Harbour Foods Ltd  Trial\nAt 11:30 am",
)
#: A paragraph a judge adds under the slip rule, typed after another (its number typed later,
#: when every paragraph is renumbered).
NEW_PARAGRAPH = (
    "[0] I should add that the tribunal had the witness statements before it\n"
    "and that neither party asked for an adjournment."
)
#: A sentence of a judgment that a judge may strike out: after another sentence's stop, no
#: brackets or citations inside.
STRUCK_SENTENCE = re.compile(r"(?<=\. )[A-Z][^.\[\]()]*?\.(?=[ \n])")
#: What an adjourned case comes back with, typed over "Adjourned to …".
OUTCOMES = (
    "Guilty plea  Fined £200  Costs £85  Surcharge £80",
    "Not guilty  Case dismissed  No order for costs",
    "Guilty plea  Conditional discharge 12 months",
)
#: "Adjourned to …" as a register's line ends with it (not the lead's explanation of it).
ADJOURNED_RESULT = re.compile(f"(?<=  ){ADJOURNED_ANY.pattern}$", re.M)
#: A stock conclusion as a decision gives it (not quoted in the lead).
CONCLUSION_GIVEN = re.compile(f"(?<!“)(?:{CONCLUSION.pattern})")
#: A misspelt surname at the start of a register's line.
MISSPELT_DEFENDANT = re.compile(r"^(?:" + "|".join(MISSPELT) + r")(?=, [A-Z])", re.M)
#: Decisions added to a reissued tribunal list, typed after another.
NEW_DECISIONS = (
    "Claimant: Mr A. Pryce  Respondent: Harbour Foods Ltd  Case No: 6001499/2025\n"
    "Heard: 30 March 2026  Employment Judge Lane\n" + WITHDRAWN,
    "Claimant: Ms J. Lane  Respondent: Northgate Logistics Ltd  Case No: 6001498/2025\n"
    "Heard: 31 March 2026  Employment Judge Okoro\n" + WELL_FOUNDED,
)
#: A revoked paragraph's body, typed over its words.
REVOKED = f"{OMITTED}\nRevoked by the 172nd Update."
#: A paragraph inserted by an update after the one it follows ("{}" is its number).
INSERTED = (
    "{}  Remote hearings\nA hearing may be held remotely where the court so directs and the\n"
    "parties have the means to take part.\nInserted by the 172nd Update."
)
#: Words an update substitutes in part of a paragraph.
SUBSTITUTED = {
    "must be": "is to be",
    "at least 3 days": "at least 7 days",
    "the overriding objective": "the interests of justice",
}
SUBSTITUTABLE = re.compile("|".join(re.escape(words) for words in SUBSTITUTED))
#: A cross-reference that an update points at a new paragraph.
SEE_FOUR_THREE = re.compile(re.escape(SEE_PARAGRAPH))
#: A running line a PDF's text layer gives at every page's foot.
RUNNING_FOOTER = "Courts and Tribunals Judiciary — Page {page} of {pages}"
#: A form's figures in a row of the forms table.
FORM_FIGURES = re.compile(r"(?<=^Form N)[0-9]{2,3}", re.M)


def _headed(text: str, pattern: re.Pattern[str]) -> list[Span]:
    """The items whose head line ``pattern`` matches whole."""
    return [item for item in items(text) if pattern.fullmatch(text, *head_line(text, item))]


def _moved_under(tracked: TrackedText, item: Span, heading: re.Pattern[str]) -> bool:
    """An item moved (with the blank line before it) to the end of the last item under another
    section whose heading ``heading`` matches; whether it found one."""
    text = tracked.text
    start, end = item
    others = [
        under[-1][1]
        for found, under in sections(text)
        if heading.fullmatch(text, *found) and under and not found[0] < start < under[-1][1] + 1
    ]
    if not others:
        return False
    target = _next_courtroom(others, start)
    length = end - start + 2
    tracked.move(start - 2, length, target - length if target > start else target)
    return True


def _next_courtroom(targets: list[int], start: int) -> int:
    """The target nearest after ``start``, else the last before it (a clerk moves a case to the
    next courtroom that can take it)."""
    after = [target for target in targets if target > start]
    return min(after) if after else max(targets)


# -- families ------------------------------------------------------------------------------------


def cause_list_revised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A cause list revised: cases (one, one, two) vacated and cut, new cases (one, one, two)
    typed in between two cases, hours (one, two, four) moved by one figure, and cases (one,
    one, two) moved from their courtroom to the end of the next courtroom's list."""
    # Truth: a vacated case is gone, its "Listed for mention" and "Not before 2 pm" with it,
    # though their twins stand under other cases. A new case is new (a decoy for the lines it
    # repeats). An hour's figure is typed over: "Not before 3 pm" keeps the rest of "Not
    # before 2 pm". A moved case keeps its lines, now under another heading.
    for _ in range(_by_rate(rate, 1, 1, 2)):
        found = _headed(tracked.text, CASE_LINE)
        if len(found) < 4:
            break
        cut(tracked, rng.choice(found))
    found = _headed(tracked.text, CASE_LINE)
    for item in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 1, 2))), reverse=True):
        tracked.replace(item[1], 0, f"\n\n{rng.choice(NEW_CASES)}")
    _nudged_all(tracked, rng, HOUR, _by_rate(rate, 1, 2, 4))
    for _ in range(_by_rate(rate, 1, 1, 2)):
        found = _headed(tracked.text, CASE_LINE)
        if not found or not _moved_under(tracked, rng.choice(found), COURT_HEADING):
            break


def _renumbered(tracked: TrackedText, after: int) -> None:
    """Every paragraph numbered from [1] in order, and every "(see [n] above)" that points past
    paragraph ``after`` pointed one further on (a paragraph was inserted after it)."""
    numbers = list(PARAGRAPH_NUMBER.finditer(tracked.text))
    for at, number in reversed(list(enumerate(numbers, start=1))):
        if number[1] != str(at):
            tracked.replace(number.start(1), len(number[1]), str(at))
    for reference in reversed(list(CROSS_REFERENCE.finditer(tracked.text))):
        if int(reference[1]) > after:
            tracked.replace(reference.start(1), len(reference[1]), str(int(reference[1]) + 1))


def judgment_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A judgment corrected under the slip rule: mistyped words (one, two, every one) put right
    everywhere they stand, citations (one, one, two) corrected by one figure, sentences (one,
    one, two) struck out, and a paragraph inserted after another and every later paragraph
    renumbered ("[15]" as "[16]"), with the cross-references that point past it."""
    # Truth: a corrected word keeps all but the letter put right ("appellant" is the coded
    # "appelant"); a citation keeps all but its last figure; a struck-out sentence is gone; the
    # inserted paragraph is new. A renumbered paragraph keeps its words, only the figures of
    # "[15]" typed over; "(see [13] above)" is the coded "(see [12] above)".
    words = sorted({m[0] for m in MISTYPED_WORD.finditer(tracked.text)})
    for word in rng.sample(words, min(len(words), _by_rate(rate, 1, 2, len(MISTYPED)))):
        written_where(tracked, MISTYPED_WORD, _whole(tracked), word, MISTYPED[word])
    _nudged_all(tracked, rng, CITATION, _by_rate(rate, 1, 1, 2))
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        struck = [
            m.span()
            for item in _headed(text, re.compile(r"\[[0-9]{1,2}\] [^\n]+"))
            for m in STRUCK_SENTENCE.finditer(text, *item)
        ]
        if not struck:
            break
        start, end = rng.choice(struck)
        tracked.replace(start - 1, end - start + 1, "")
    text = tracked.text
    numbered = [item for item in items(text) if PARAGRAPH_NUMBER.match(text, item[0])]
    if len(numbered) >= 2:
        item = rng.choice(numbered[:-1])
        number = PARAGRAPH_NUMBER.match(text, item[0])
        assert number is not None
        tracked.replace(item[1], 0, f"\n\n{NEW_PARAGRAPH}")
        _renumbered(tracked, int(number[1]))


def register_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A register of results updated: "Adjourned to …" (one, two, three) replaced by the
    outcome, fines (one, two, four) corrected by one digit, a misspelt surname corrected on
    every line that gives it, and the lines of each bench that had one (and of one bench,
    half or every one) re-sorted by surname."""
    # Truth: a replaced "Adjourned to 14 April 2026" is gone (its twins stand on other lines);
    # the rest of its line keeps its words. A fine keeps all but the digit put right. A
    # corrected surname keeps all but its letter. Re-sorted lines move whole.
    _typed_over(tracked, rng, ADJOURNED_RESULT, _by_rate(rate, 1, 2, 3), OUTCOMES)
    _nudged_all(tracked, rng, FINE, _by_rate(rate, 1, 2, 4))
    names = sorted({m[0] for m in MISSPELT_DEFENDANT.finditer(tracked.text)})
    corrected: list[int] = []
    if names:
        name = rng.choice(names)
        corrected = [m.start() for m in MISSPELT_DEFENDANT.finditer(tracked.text) if m[0] == name]
        written_where(tracked, MISSPELT_DEFENDANT, _whole(tracked), name, MISSPELT[name])
    text = tracked.text
    benches = [item for item in items(text) if DEFENDANT.search(text, *item)]
    chosen = set(rng.sample(benches, _count(rate, len(benches))) if benches else [])
    chosen.update(item for item in benches if any(item[0] <= at <= item[1] for at in corrected))
    for item in sorted(chosen, reverse=True):
        lines = [
            line
            for line in body_lines(tracked.text, item)
            if DEFENDANT.match(tracked.text, line[0])
        ]
        for run in _following(lines):
            _sorted_lines(tracked, run, DEFENDANT)


TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr")


def _initials(words: str) -> str:
    """A name's initials, the first name's (or its initial) before the surname's: "D.H." for
    "Mr Daniel Hallam" or "Hallam, Daniel", "H." for "Hallam"."""
    names = [word for word in re.split(r"[ ,.\n]+", words) if word and word not in TITLES]
    if "," in words:
        names = names[1:] + names[:1]
    return "".join(f"{name[0]}." for name in names)


def anonymised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Anonymised for publication: a party and a witness (one of each named on the page) left
    unnamed wherever their names stand, the party as "AB", "the claimant" or by initials, the
    witness as "CD" or by initials, the same way everywhere; the rate does not change it."""
    # Truth: a name is deleted and its stand-in typed (see ``name_typed_over``): a passage that
    # was only the name ("Hallam", "Mr Daniel Hallam") is gone, even where the initials begin
    # with its letter; a passage around it ("R v Hallam", a register's line, a sentence of the
    # judgment) keeps its other words and is found, the stand-in inside it. Twins one letter
    # apart ("Hallum", "Rahmen", "Pryse") are other people and stay named.
    for people, stand_ins in ((PARTIES, ("AB", "the claimant", "")), (WITNESSES, ("CD", ""))):
        present = [name for name in people if re.search(NAME_FORMS.format(name), tracked.text)]
        if not present:
            continue
        pattern = re.compile(NAME_FORMS.format(rng.choice(present)))
        stand_in = rng.choice(stand_ins)
        for match in reversed(list(pattern.finditer(tracked.text))):
            name_typed_over(tracked, match.start(), len(match[0]), stand_in or _initials(match[0]))


def tribunal_reissued(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A tribunal's list reissued: decisions (one, one, two) withdrawn and cut, a stock
    conclusion (one, two, three) replaced by the other, and new decisions (one, one, two) typed
    after others."""
    # Truth: a withdrawn decision is gone. A replaced conclusion is gone (the other stock
    # sentence is typed where the two differ; its twins stand under other decisions and are
    # decoys), though "The claim " and the full stop they share stay. A new decision is new.
    for _ in range(_by_rate(rate, 1, 1, 2)):
        found = _headed(tracked.text, DECISION_HEAD)
        if len(found) < 4:
            break
        cut(tracked, rng.choice(found))
    conclusions = list(CONCLUSION_GIVEN.finditer(tracked.text))
    for match in sorted(
        rng.sample(conclusions, min(len(conclusions), _by_rate(rate, 1, 2, 3))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        other = WITHDRAWN if match[0] == WELL_FOUNDED else WELL_FOUNDED
        sentence_typed_over(tracked, match.start(), match[0], other)
    decisions = _headed(tracked.text, DECISION_HEAD)
    chosen = rng.sample(decisions, min(len(decisions), _by_rate(rate, 1, 1, 2)))
    for item in sorted(chosen, reverse=True):
        tracked.replace(item[1], 0, f"\n\n{rng.choice(NEW_DECISIONS)}")


def direction_amended(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A practice direction amended: paragraphs (one, one, two) revoked, their words replaced by
    "[Omitted]"; paragraphs "4.3A" (one, one, two) inserted after the paragraph they follow;
    words (one, two, three) substituted inside paragraphs; cross-references "(see paragraph
    4.3)" (one, one, two) pointed at "4.3A"; and the table of forms re-sorted by number."""
    # Truth: a revoked paragraph keeps its number and heading; its words are gone, and the
    # "[Omitted]" typed over them is a decoy for the page's other "[Omitted]" lines. An
    # inserted paragraph is new. Substituted words are typed; the paragraph keeps the rest
    # ("must be" as "is to be" keeps "be"). "(see paragraph 4.3A)" keeps all of "(see paragraph
    # 4.3)" but the "A" typed inside it. Re-sorted forms move whole.
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        live = [
            item
            for item in _headed(text, re.compile(r"[1-9]\.[0-9]{1,2}A?  [^\n]+"))
            if not text.startswith(OMITTED, head_line(text, item)[1] + 1)
        ]
        if not live:
            break
        item = rng.choice(live)
        start = head_line(text, item)[1] + 1
        tracked.replace(start, item[1] - start, REVOKED)
    text = tracked.text
    plain = [
        (item, number)
        for item in items(text)
        if (number := DIRECTION_NUMBER.match(text, item[0]))
        and not number[0].endswith("A")
        and f"\n{number[0]}A  " not in text
    ]
    for item, number in sorted(
        rng.sample(plain, min(len(plain), _by_rate(rate, 1, 1, 2))),
        key=lambda p: p[0],
        reverse=True,
    ):
        tracked.replace(item[1], 0, "\n\n" + INSERTED.format(f"{number[0]}A"))
    found = [m for item in items(tracked.text) for m in SUBSTITUTABLE.finditer(tracked.text, *item)]
    for match in sorted(
        rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 3))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        tracked.replace(match.start(), len(match[0]), SUBSTITUTED[match[0]])
    found = list(SEE_FOUR_THREE.finditer(tracked.text))
    for match in sorted(
        rng.sample(found, min(len(found), _by_rate(rate, 1, 1, 2))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        tracked.replace(match.end() - 1, 0, "A")
    text = tracked.text
    rows = [line for line in item_lines(text) if FORM_ROW.fullmatch(text, *line)]
    for run in reversed(_following(rows)):
        lines_sorted_by_number(tracked, run, FORM_FIGURES)


def copied_out_of_a_pdf(
    tracked: TrackedText, rng: random.Random, rate: float, running_footer: str
) -> None:
    """The page copied out of a PDF, with ``running_footer`` ("… Page {page} of {pages}") at
    every page break: as :func:`pdf_copied` says (rounds 35 to 37 share it)."""
    _hyphenated(tracked, rng, _by_rate(rate, 2, 5, 10))
    text = tracked.text
    breaks = line_page_breaks(text, rng, _by_rate(rate, 40, 34, 28))
    running_lines_inserted(tracked, breaks, running_footer, text[: text.index("\n")])
    text = tracked.text
    lines = [line for line in item_lines(text) if re.search("f[il]", text[slice(*line)])]
    lines += [_paragraphs(text)[-1]]  # the footer's stock paragraph
    for line in sorted(rng.sample(lines, min(len(lines), _by_rate(rate, 3, 6, 12))), reverse=True):
        ligatures_set(tracked, line)
    text = tracked.text
    rows = [line for line in item_lines(text) if FIELD_GAP.search(text, *line)]
    rows += [_paragraphs(text)[-1]]
    for line in sorted(rng.sample(rows, min(len(rows), _by_rate(rate, 4, 8, 16))), reverse=True):
        gaps_collapsed(tracked, line)


def pdf_copied(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page copied out of a PDF: long words (two, five, ten) hyphenated at a line end
    ("appel-\\nlant"); at every page break (about every forty lines, thirty-four,
    twenty-eight) the page's running footer ("Page 3 of 12") and the title as the next page's
    header typed in; "fi" and "fl" as ligatures on some lines (three, six, twelve); and the
    double spaces of some rows (four, eight, sixteen) collapsed to one."""
    # Truth: running lines, hyphens, ligatures and single spaces are typed; every passage
    # keeps its other characters ("appel-\nlant" is the coded "appellant"), one across a page
    # break with the running lines inside it. A title's copy as a running header is new text
    # (a decoy for the title).
    copied_out_of_a_pdf(tracked, rng, rate, RUNNING_FOOTER)


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Copy edited: in one item (half, every one) holding them, "10:00 am" and "10.00am", "His
    Honour Judge" and "HHJ", "v" and "v.", "£1,250" and "£1250", "Tue" and "Tuesday", straight
    and curly single quotes written the other way, double quotes set curly, a spaced hyphen as
    an en dash, "per cent" as "%" and back; and some typos."""
    # Truth: the respelt words are typed, and a respelling keeps what it shares at its ends
    # with the old spelling: "10.00am" keeps "10" and "00" and "m"; "HHJ" keeps only the "H"
    # of "His Honour Judge" (a reader sees the same judge; the truth keeps what is left);
    # "v." keeps its "v"; "Tuesday" keeps "Tue".
    marks = re.compile(
        "|".join(
            p.pattern
            for p in (COPY_MARK, PER_CENT, COURT_TIME, JUDGE_TITLE, VERSUS, THOUSANDS, QUOTED)
        )
        + "|"
        + DAY_BEFORE_DATE.pattern,
        re.M,
    )
    _each_unit(tracked, rng, rate, marks, court_style_set)
    typos(tracked, rng, rate / 4)


def ol_chiki_digits_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A converter on one side: in one item with Santali (half, every one) the digits of its
    Ol Chiki lines written as Western digits, or, half the time, as Ol Chiki digits (the other
    way on a line already so)."""
    # Truth: only the digits are typed; a Santali clause keeps its letters and its modifier
    # letters. The English lines keep their Western digits.
    western = rng.random() < 0.5
    _each_unit(
        tracked,
        rng,
        rate,
        OL_CHIKI_RUN,
        lambda t, unit: script_digits_switched(t, unit, OL_CHIKI_RUN, OL_CHIKI_DIGITS, western),
    )


def meetei_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A second typist on one side: in one item with Manipuri (half, every one) the final
    consonants written with the full letter and the apun iyek instead of the lonsum letter (or
    back), the spaces after the comma between two phrases doubled or removed; and once in the
    page a zero-width joiner put into a Manipuri word or taken out of it."""
    # Truth: only a final consonant's spelling, a joiner and spaces are typed; a word keeps its
    # other letters and signs ("ꯀꯣꯔꯇ꯭" is the coded "ꯀꯣꯔꯠ": a reader of Manipuri reads one
    # word), and two phrases run together after their comma are the same words to a reader.
    apun = rng.random() < 0.5
    joint = rng.choice(("  ", ""))
    _each_unit(tracked, rng, rate, MEETEI_RUN, lambda t, unit: meetei_respelt(t, unit, apun, joint))
    words = [m.span() for m in MEETEI_WORD.finditer(tracked.text) if len(m[0]) >= 3]
    zwj_switched(tracked, rng.choice(words))


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH35_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH35_FAMILIES: dict[str, Family] = {
    "cause list revised": cause_list_revised,
    "judgment corrected": judgment_corrected,
    "register updated": register_updated,
    "anonymised": anonymised,
    "tribunal list reissued": tribunal_reissued,
    "direction amended": direction_amended,
    "pdf copy-paste": pdf_copied,
    "duplicates pruned": stock_lines_pruned,
    "copy edited": copy_edited,
    "ol chiki digits": ol_chiki_digits_converted,
    "meetei mayek respelt": meetei_respelt_one_side,
    "reflowed": reflowed_page,
    "combined": combined,
}


def fresh35_text(seed: int, rng: random.Random) -> str:
    """A cause list, a judgment, a register of results, a tribunal's decisions, an inquest list,
    a practice direction, a Santali/English or a Manipuri/English notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a case number, an hour, a party's name, a citation, a
#: paragraph's number, a fine, a tribunal case number, a form, a cross-reference, a surname.
SHORT = (
    CASE_NUMBER,
    re.compile(r"\bNot before [0-9]{1,2} pm\b"),
    COURT_TIME,
    re.compile(r"\b(?:Hallam|Hallum|Rahman|Okafor|Pryce|Dunmore)\b"),
    re.compile(r"\b(?:R v Hall[au]m|[A-Z][a-z]+ v [A-Z][a-z]+ [A-Z][a-z]+ Ltd)\b"),
    CITATION,
    PARAGRAPH_NUMBER,
    MONEY,
    TRIBUNAL_CASE,
    FORM,
    CROSS_REFERENCE,
    SEE_ANY_PARAGRAPH,
    re.compile(r"(?<=Conclusion: )[A-Z][a-z]+(?: [a-z]+)*"),
)


def _script_clauses(text: str) -> list[Span]:
    """Santali clauses (a run up to its mucaad) and words, Manipuri phrases (up to the comma or
    the run's end) and words, and runs of two or three words of either."""
    found: list[Span] = []
    for clause in [*OL_CHIKI_RUN.finditer(text), *MEETEI_PHRASE.finditer(text)]:
        words_of = OL_CHIKI_WORD if OL_CHIKI_RUN.fullmatch(clause[0]) else MEETEI_WORD
        if len(clause[0]) < 3:
            continue
        found.append(clause.span())
        words = [m.span() for m in words_of.finditer(text, *clause.span())]
        found.extend(word for word in words if word[1] - word[0] >= 3)
        found.extend((a[0], b[1]) for a, b in itertools.pairwise(words))
        found.extend((a[0], c[1]) for a, _, c in zip(words, words[1:], words[2:], strict=False))
    return found


def _lines_of(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[Span]:
    """Item lines that one of ``patterns`` matches whole: a case, a result, a decision's head, a
    conclusion, a deceased's line, a form."""
    return [
        line
        for line in item_lines(text)
        if any(pattern.fullmatch(text, *line) for pattern in patterns)
    ]


def fresh35_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items (a case, a
    paragraph, a bench's results, a decision, an inquest, a paragraph of the direction, a
    notice), clauses, whole lines, the lines that matter most (a case, a result, a decision, a
    conclusion, a deceased, a form), two lines of an item, section headings, one occurrence of
    a line the page repeats or of a short line that recurs ("Listed for mention", "Guilty plea",
    "Conclusion: Accident", "[Omitted]") or words inside one, a line whose words stand in
    another item, head lines, last lines, something short (a case number, an hour, a name, a
    citation, a fine, a form, a cross-reference), Santali and Manipuri clauses, words and runs
    of words, two items across their blank line, notes' sentences, two sentences across a
    paragraph break, whole sections; each passage once while pools last. (``count`` is how
    many; the benchmark asks for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    key_lines = (CASE_LINE, RESULT_LINE, DECISION_HEAD, INQUEST_CONCLUSION, DECEASED, FORM_ROW)
    pools = [
        (0.07, found),
        (0.14, clauses_of(text, all_sentences)),
        (0.24, _trimmed(text, item_lines(text))),
        (0.29, _lines_of(text, key_lines)),
        (0.33, _two_lines(text)),
        (0.36, [heading for heading, _ in sections(text)]),
        (0.44, repeated),
        (0.49, [span for group in short_lines(text, 28).values() for span in group]),
        (0.53, inside),
        (0.57, [words for lines in _echoed(text).values() for words in lines]),
        (0.61, [head_line(text, item) for item in found]),
        (0.65, [last_line(text, item) for item in found]),
        (0.72, [s for s in _trimmed(text, short) if s[1] - s[0] >= 2]),
        (0.80, _trimmed(text, _script_clauses(text))),
        (
            0.85,
            [(a[0], b[1]) for run in item_runs(text) for a, b in itertools.pairwise(run)],
        ),
        (0.89, [s for note in notes(text) for s in note_sentences(text, note)]),
        (0.94, _across(text)),
        (0.98, [(heading[0], under[-1][1]) for heading, under in sections(text) if under]),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
