"""Twenty-eighth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh28`` prints it as "twenty-eighth fresh held-out material"). The texts
are what shops, banks, carriers and apps send their customers and revise, each version a
full page (``reanchor_fresh28_texts`` and ``reanchor_fresh28_more_texts``): a bank's schedule
of fees and charges (fee lines one figure apart, "No charge." under many items, "Effective
from 1 March" in the head and in sections), a privacy policy (numbered clauses and
sub-clauses, "see clause 7.2", "We do not sell your personal data." and "You can ask us to
stop at any time." in several clauses, a definitions list), a parcel-tracking history
(timestamped events newest first, "Arrived at sorting centre" at several centres, "We'll
try again tomorrow."), a shop's product listing (variants in sizes and colours, prices a
penny apart, "In stock" and "Out of stock" repeated, SKU codes a character apart, "5.0 out
of 5 stars" many times), an invoice and statement (line items with quantities and totals,
the same goods on two dates, "Balance brought forward", "Payment received — thank you", VAT
lines, a reissued invoice's number), an app's help centre (questions as head lines, answers
sharing "Open Settings and tap Account." and "If this does not help, contact us."), a
Malayalam/English bill notice (chillu letters atomic or in the older form, conjuncts, the
dot reph, Malayalam digits) and a Dhivehi/English operator's notice (Thaana with every
consonant's vowel sign or sukun, the Arabic comma and question mark, spaced or with a
non-joiner after them).

The families are what content teams and their tools do between two versions: fees revised
(the "Effective from" date and some amounts typed over everywhere they stand, "No charge."
replaced by a fee on some lines); clauses renumbered (a clause typed in near the top, every
later clause number and cross-reference typed over, one sub-clause split in two); tracking
refreshed (new events typed at the top, a day's repeated "Arrived at sorting centre" events
cut to the newest); variants re-sorted (by price, statuses typed over, one variant removed,
one typed in); an invoice reissued (its number typed over everywhere, quantities corrected
with their totals and VAT, a line split in two); the help centre reorganised (questions
moved whole to other topics, two answers merged, one answer retyped in other words);
duplicates pruned (round 27's family: the copies of a recurring stock line after the first
cut); sections reordered (moved whole, a note retyped); copy edited ("e-mail" and "email",
"£5" and "£5.00", quotes, dashes, "per cent" and "%", typos); the page re-flowed as an
e-mail client re-wraps it; Malayalam normalised on one side (every chillu in one form,
and digits written as Western ones, or Western ones as Malayalam); Thaana normalised on
one side (Arabic commas and question marks as Western ones, spaces and non-joiners
dropped; or a phone keyboard's spaces and non-joiners added); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("No charge.", "In stock", "Arrived at
sorting centre", "We do not sell your personal data.", "If this does not help, contact
us.", a notice's closing line) are each their own passage, wherever their twins move or
whichever of them is cut. A figure, a date, an amount, a clause number, an invoice number, a
status, a quote mark, a digit, a chillu, a comma, a non-joiner, a line break or a hyphen is
typed over: the rest of its passage stays. A line retyped in other words, a line replaced
whole, an item removed or a line cut is gone.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import _by_rate, draw_from_pools
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh15_families import _count, note_sentences
from tests.benchmarks.reanchor_fresh23_kit import (
    FOOTER_HEADING,
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
from tests.benchmarks.reanchor_fresh25_edits import line_rewritten
from tests.benchmarks.reanchor_fresh26_edits import written_where
from tests.benchmarks.reanchor_fresh26_families import _one_side, reflowed_page
from tests.benchmarks.reanchor_fresh26_kit import COPY_MARK
from tests.benchmarks.reanchor_fresh27_edits import item_cut
from tests.benchmarks.reanchor_fresh27_families import _two_lines, stock_lines_pruned
from tests.benchmarks.reanchor_fresh28_edits import (
    amount_raised,
    clauses_shifted,
    house_style_set,
    malayalam_localised,
    malayalam_normalised,
    quantity_set,
    repriced,
    sub_clauses_shifted,
    thaana_normalised,
    thaana_spaced_out,
)
from tests.benchmarks.reanchor_fresh28_kit import (
    CLAUSE_HEADING,
    CLOCK,
    CROSS_REFERENCE,
    EFFECTIVE,
    EMAIL,
    EVENT,
    FEE,
    INVOICE,
    MALAYALAM,
    MALAYALAM_MARK,
    NEXT_STOCK,
    PER_CENT,
    PRICE_LINE,
    QUANTITY,
    ROUND_POUNDS,
    SKU,
    SORTING,
    STOCK_STATUS,
    SUB_CLAUSE,
    THAANA,
    THAANA_MARK,
)
from tests.benchmarks.reanchor_fresh28_more_texts import pounds
from tests.benchmarks.reanchor_fresh28_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the twenty-eighth fresh held-out material (never used while tuning).
FRESH28_SEEDS = range(28100, 28110)
#: The date a revised schedule or policy takes effect instead.
NEW_DATES = ("1 April", "6 April", "1 June")
#: What a line that read "No charge." says once a fee is brought in.
NEW_FEES = ("£2.50 per item", "£1.00 per month", "£3.00")
NO_CHARGE = "No charge."
#: A clause typed in near the top of a policy (its heading's number is filled in).
NEW_CLAUSE = (
    "Clause {n} — Automated decisions\n\nThis clause is new.\n\n"
    "{n}.1 Automated decisions\nWe do not make decisions about you by computer alone.\n"
    "You can ask us to stop at any time."
)
#: Events a refreshed tracking page gains at its top, newest last.
NEW_EVENTS = (
    ("Arrived at delivery depot", "Location: Riverside depot"),
    ("Out for delivery", "Your driver is Sam."),
    ("Delivered", "Left in your safe place."),
)
#: A variant typed into a listing.
NEW_VARIANT = "Trail Runner 2 · Navy · UK 14\nSKU TR2-NV-140\n£64.99\nIn stock\nFree returns"
#: The number a reissued invoice takes.
REISSUED = "INV-20452"
#: What a retyped section note says instead.
NEW_NOTES = ("Updated for this season.", "Read this part first.", "Checked by our team in March.")
#: What a retyped answer says instead (typed anew, in other words).
REWORDED = (
    "Go to your profile and choose Security.",
    "From there, pick the option you need and confirm it.",
    "Our support team answers messages every day from 8 to 8.",
    "You will get a confirmation once the change is made.",
    "Changes can take a few minutes to show on other devices.",
    "Write to our team from the Help tab if anything looks wrong.",
)


def _whole(tracked: TrackedText) -> Span:
    """The whole text now."""
    return 0, len(tracked.text)


def _head_holding(text: str, pattern: re.Pattern[str]) -> list[Span]:
    """Items whose head line ``pattern`` matches from its start."""
    return [item for item in items(text) if pattern.match(text, item[0])]


# -- families ------------------------------------------------------------------------------------


def fees_revised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Fees revised: the "Effective from" date typed over everywhere it stands, one amount
    (two, four) raised wherever it stands, the amounts of one item (half, every one) raised
    by a pound, and on one line (two, four) reading "No charge." (alone or after a label)
    the words replaced by a fee."""
    # Truth: a date or an amount is typed over in place; a passage holding one keeps the
    # rest of its characters (a reader calls "Unarranged overdraft: £6.00 per day" the coded
    # fee line). A line that read "No charge." alone and now reads "£2.50 per item" is gone:
    # nothing of it is left, and a reader would not call a fee the old "No charge."; a
    # labelled line ("Everyday account: No charge.") keeps its label.
    later = rng.choice(NEW_DATES)
    for date in sorted({m[0] for m in EFFECTIVE.finditer(tracked.text)}):
        written_where(tracked, EFFECTIVE, _whole(tracked), date, later)
    amounts = sorted({m[0] for m in FEE.finditer(tracked.text)})
    for amount in rng.sample(amounts, min(len(amounts), _by_rate(rate, 1, 2, 4))):
        raised = amount_raised(amount, rng.randint(1, 3))
        written_where(tracked, FEE, _whole(tracked), amount, raised)
    _each_unit(tracked, rng, rate, FEE, repriced)
    text = tracked.text
    free = [
        (end - len(NO_CHARGE), end)
        for start, end in item_lines(text)
        if text[start:end].endswith(NO_CHARGE)
    ]
    for start, end in sorted(rng.sample(free, min(len(free), _by_rate(rate, 1, 2, 4))))[::-1]:
        tracked.replace(start, end - start, rng.choice(NEW_FEES))


def clauses_renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Clauses renumbered: one sub-clause of three body lines or more split in two after its
    first body line (a new head line typed, its later sub-clauses and references to them one
    up); then a clause typed in after the first clause (before the footer when there is no
    second), every later clause's number and every reference to one typed one up."""
    # Truth: only the figures of a number are typed over, so "7.2 Your rights" is still the
    # coded sub-clause as "8.2 Your rights", and a cross-reference keeps the rest of its
    # sentence. The split sub-clause's lines keep their characters: its first body line
    # stays under the old head line, the others now stand under the typed head line; the
    # typed clause's "You can ask us to stop at any time." is a new copy, a decoy.
    text = tracked.text
    long_clauses = [
        item for item in _head_holding(text, SUB_CLAUSE) if len(body_lines(text, item)) >= 3
    ]
    if long_clauses:
        item = rng.choice(long_clauses)
        number = SUB_CLAUSE.match(text, item[0])
        assert number is not None
        clause, sub = int(number[1]), int(number[2])
        title = text[number.end() + 1 : head_line(text, item)[1]]
        line_end = body_lines(text, item)[0][1]
        sub_clauses_shifted(tracked, clause, sub + 1, 1)
        at = tracked.origin.index(line_end) + 1
        tracked.replace(at, 0, f"\n{clause}.{sub + 1} {title} (continued)\n")
    headings = list(CLAUSE_HEADING.finditer(tracked.text))
    new = 2  # the typed clause takes the second clause's number
    if len(headings) >= 2:
        new = int(headings[1][1])
    elif headings:
        new = int(headings[0][1]) + 1
    clauses_shifted(tracked, new, 1)
    headings = list(CLAUSE_HEADING.finditer(tracked.text))
    footer = tracked.text.index(f"\n\n{FOOTER_HEADING}\n") + 2
    at = headings[1].start() if len(headings) >= 2 else footer
    tracked.replace(at, 0, NEW_CLAUSE.format(n=new) + "\n\n")


def tracking_refreshed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Tracking refreshed: in one section (two, every one) the day's repeated "Arrived at
    sorting centre" events cut to the newest (the first); then one new event (two, three)
    typed above the newest event (the page's first item when there is none), a few minutes
    after it."""
    # Truth: a cut event is gone, although its twins ("Arrived at sorting centre",
    # "Location: Northgate hub") still stand in the kept event and on other days: a reader
    # coding Monday's second arrival coded that event, not the words; the kept event keeps
    # all its characters. Typed events are new text.
    text = tracked.text
    repeated = []
    for _, under in sections(text):
        arrivals = [p for p in under if "\n" in text[slice(*p)] and _arrival(text, p)]
        if len(arrivals) >= 2:
            repeated.append(arrivals[1:])
    chosen = rng.sample(repeated, min(len(repeated), _by_rate(rate, 1, 2, len(repeated))))
    for item in sorted((item for group in chosen for item in group), reverse=True):
        item_cut(tracked, item)
    found = _head_holding(tracked.text, EVENT) or items(tracked.text)
    if not found:
        return
    first = found[0]
    newest = EVENT.match(tracked.text, first[0])
    day, month, minutes = "04", "Mar", 7 * 60
    if newest is not None:
        day, month = newest[1], newest[2]
        minutes = int(newest[3]) * 60 + int(newest[4])
    lines = []
    for name, detail in NEW_EVENTS[: _by_rate(rate, 1, 2, 3)]:
        minutes = min(minutes + rng.randint(3, 40), 23 * 60 + 59)
        lines.append(f"{day} {month} {minutes // 60:02}:{minutes % 60:02} {name}\n{detail}")
    tracked.replace(first[0], 0, "\n\n".join(reversed(lines)) + "\n\n")


def _arrival(text: str, item: Span) -> bool:
    """Whether an item is an "Arrived at sorting centre" event."""
    return text[slice(*head_line(text, item))].endswith(SORTING)


def variants_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Variants re-sorted: some stock statuses (two, eight, forty) typed over with another,
    one variant removed from a run of three or more, the variants of one run (half, every
    one) re-sorted by price, lowest first (moved whole), and a variant typed in at the end
    of a run."""
    # Truth: a re-sorted variant is moved whole, so its truth follows it; a status typed
    # over keeps the rest of its variant ("Only 2 left" for "In stock" is a new status, and a
    # passage that was only the status line is gone). The removed variant is gone, although
    # its price, status and "Free returns" stand word for word under other variants.
    found = list(STOCK_STATUS.finditer(tracked.text))
    for match in sorted(
        rng.sample(found, min(len(found), _by_rate(rate, 2, 8, 40))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        tracked.replace(match.start(), len(match[0]), rng.choice(NEXT_STOCK[match[0]]))
    long_runs = [run for run in item_runs(tracked.text) if len(run) >= 3]
    if long_runs:
        item_cut(tracked, rng.choice(rng.choice(long_runs)[1:]))
    text = tracked.text
    priced = [run for run in item_runs(text) if len(run) >= 2 and _prices(text, run)]
    chosen = rng.sample(priced, _count(rate, len(priced))) if priced else []
    for run in sorted(chosen, reverse=True):
        prices = _prices(tracked.text, run)
        order = sorted(range(len(run)), key=lambda i: prices[i])
        reorder(tracked, [(s, e + 2) for s, e in run], order)
    runs = item_runs(tracked.text)
    if runs:
        tracked.replace(rng.choice(runs)[-1][1], 0, "\n\n" + NEW_VARIANT)


def _prices(text: str, run: list[Span]) -> list[float]:
    """Each item's price in a run (when every item has one), else none."""
    found = [PRICE_LINE.search(text, *item) for item in run]
    return [float(m[1]) for m in found if m] if all(found) else []


def invoice_reissued(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An invoice reissued: its number (the one the page gives most) typed over everywhere it
    stands, the quantity of one line item (half, every one) corrected with its total and VAT,
    and one line item of two or more split: its quantity lowered and a second line typed
    under it with the rest."""
    # Truth: numbers and figures are typed over; a line item keeps its date, goods and the
    # words of its lines ("Qty 3 × £4.99 = £14.97" is the coded line "Qty 4 × £4.99 =
    # £19.96", corrected). The typed second line of a split is new; the old line stays the
    # first of the two.
    numbers = [m[0] for m in INVOICE.finditer(tracked.text)]
    main = max(sorted(set(numbers)), key=numbers.count)
    written_where(tracked, INVOICE, _whole(tracked), main, REISSUED)
    lines = [item for item in items(tracked.text) if QUANTITY.search(tracked.text, *item)]
    chosen = rng.sample(lines, _count(rate, len(lines))) if lines else []
    for item in sorted(chosen, reverse=True):
        match = QUANTITY.search(tracked.text, *item)
        assert match is not None
        quantity_set(tracked, item, int(match[1]) % 6 + 1)
    text = tracked.text
    several = [
        match
        for item in items(text)
        if (match := QUANTITY.search(text, *item)) is not None and int(match[1]) >= 2
    ]
    if several:
        match = rng.choice(several)
        quantity, unit = int(match[1]), match[2]
        rest = rng.randint(1, quantity - 1)
        pence = round(float(unit) * 100) * rest
        tracked.replace(match.end(), 0, f"\nQty {rest} × £{unit} = £{pounds(pence)}")
        item = next(i for i in items(tracked.text) if i[0] <= match.start() < i[1])
        quantity_set(tracked, (match.start(), item[1]), quantity - rest, with_vat=False)


def faq_reorganised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The help centre reorganised: the answer of one item retyped in other words, two
    neighbouring answers merged (the second's question cut, its answer's lines left under
    the first's), and one question (two, four) moved whole to the top of another section."""
    # Truth: a retyped answer is gone, stock sentences and all ("If this does not help,
    # contact us." retyped as another sentence is not the coded sentence, though its twins
    # stand under other questions); its question line stays. The merged pair's second
    # question is gone; its answer's lines keep their characters under the first question.
    # A moved question keeps every character, so its truth follows it.
    found = items(tracked.text)
    if found:
        retyped = rng.choice(found)
        reworded = rng.sample(REWORDED, len(REWORDED))
        for index, line in reversed(list(enumerate(body_lines(tracked.text, retyped)))):
            line_rewritten(tracked, line, 0, reworded[index % len(reworded)])
    pairs = [pair for run in item_runs(tracked.text) for pair in pairwise(run)]
    if pairs:
        first, second = rng.choice(pairs)
        tracked.replace(first[1], head_line(tracked.text, second)[1] - first[1], "")
    for _ in range(_by_rate(rate, 1, 2, 4)):
        groups = [
            [p for p in under if p in items(tracked.text)] for _, under in sections(tracked.text)
        ]
        groups = [group for group in groups if group]
        if len(groups) < 2:
            return
        source, target = rng.sample(groups, 2)
        at, end = rng.choice(source)
        to, length = target[0][0], end + 2 - at
        tracked.move(at, length, to - length if to > at else to)


def sections_reordered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Sections reordered: one section (two) moved whole (heading, note and items) to
    another place among the sections, or at the highest rate every section put in the order
    of its heading; and one section's note retyped in other words."""
    # Truth: a moved section keeps every character, so each of its passages follows it,
    # although its stock lines ("No charge.", "In stock", "If this does not help, contact
    # us.") stand word for word in the sections left in place. The retyped note is gone: a
    # reader would not call "Updated for this season." the old note.
    text = tracked.text
    headings = [heading for heading, _ in sections(text)]
    if len(headings) >= 2:
        footer = text.index(f"\n\n{FOOTER_HEADING}\n") + 2
        starts = [start for start, _ in headings]
        units = list(pairwise([*starts, footer]))
        order = list(range(len(units)))
        if rate >= 8:
            order.sort(key=lambda i: text[slice(*headings[i])].casefold())
        for _ in range(_by_rate(rate, 1, 2, 0)):
            index = rng.randrange(len(order))
            moved = order.pop(index)
            order.insert(rng.choice([at for at in range(len(order) + 1) if at != index]), moved)
        reorder(tracked, units, order)
    found = notes(tracked.text)
    if found:
        line_rewritten(tracked, rng.choice(found), 0, rng.choice(NEW_NOTES))


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Copy edited: in one item (half, every one) holding them, "e-mail" and "email" written
    the other way, round amounts with or without ".00", straight quotes set curly, an
    apostrophe typographic, a spaced hyphen as an en dash, "per cent" as "%" and back; and
    some typos."""
    marks = re.compile(
        f"{COPY_MARK.pattern}|{PER_CENT.pattern}|{EMAIL.pattern}|{ROUND_POUNDS.pattern}"
    )
    _each_unit(tracked, rng, rate, marks, house_style_set)
    typos(tracked, rng, rate / 4)


def malayalam_normalised_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another keyboard or an export on one side: in one item with Malayalam text (half,
    every one) every chillu written in one form, the other of the page's first, and its
    digits written as Western ones; or, half the time, the chillus so and Western digits
    written as Malayalam ones."""
    _one_side(
        tracked,
        rng,
        rate,
        "[\\u0d05-\\u0d39]",
        MALAYALAM_MARK,
        malayalam_normalised,
        malayalam_localised,
    )


def thaana_normalised_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another keyboard on one side: in one item with Thaana text (half, every one) its Arabic
    commas and question marks written as Western ones, spaces before them and non-joiners
    after them dropped; or, half the time, a phone keyboard's spaces and non-joiners added."""
    _one_side(
        tracked,
        rng,
        rate,
        "[\\u0780-\\u07a5]",
        THAANA_MARK,
        thaana_normalised,
        thaana_spaced_out,
    )


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH28_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH28_FAMILIES: dict[str, Family] = {
    "fees revised": fees_revised,
    "clauses renumbered": clauses_renumbered,
    "tracking refreshed": tracking_refreshed,
    "variants re-sorted": variants_resorted,
    "invoice reissued": invoice_reissued,
    "faq reorganised": faq_reorganised,
    "duplicates pruned": stock_lines_pruned,
    "sections reordered": sections_reordered,
    "copy edited": copy_edited,
    "reflowed": reflowed_page,
    "malayalam normalised": malayalam_normalised_one_side,
    "thaana normalised": thaana_normalised_one_side,
    "combined": combined,
}


def fresh28_text(seed: int, rng: random.Random) -> str:
    """A schedule of fees, a privacy policy, a tracking history, a product listing, an
    invoice, a help centre, a Malayalam/English or a Dhivehi/English notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def _script_clauses(text: str) -> list[Span]:
    """Clauses of Malayalam or Thaana runs: up to a stop, an Arabic comma or question mark
    (or the run's end)."""
    found = []
    for pattern in (MALAYALAM, THAANA):
        for run in pattern.finditer(text):
            for part in re.finditer("[^.،؟]+[.،؟]?", run[0]):
                words = part[0].strip(" \u200c")
                if len(words) >= 4:
                    at = run.start() + part.start() + part[0].index(words)
                    found.append((at, at + len(words)))
    return found


def fresh28_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items, clauses, whole
    lines (a fee line, a policy sentence, a tracking event, a variant line, an invoice item's
    arithmetic, an answer's sentence), two lines of an item, section headings, one
    occurrence of a line the page repeats or of a short line that recurs ("No charge.", "In
    stock", "On time") or words inside one, a line whose words stand in another item, head
    lines (a clause with its number, a question), last lines, something short (an amount, a
    time, an SKU, an invoice number, a status, a reference, a date), Malayalam and Thaana
    clauses, two items across their blank line, notes' sentences, two sentences across a
    paragraph break, whole sections; each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    marks = (FEE, CLOCK, SKU, INVOICE, STOCK_STATUS, CROSS_REFERENCE, EFFECTIVE)
    short = [m.span() for p in marks for m in p.finditer(text)]
    pools = [
        (0.08, found),
        (0.15, clauses_of(text, all_sentences)),
        (0.28, _trimmed(text, item_lines(text))),
        (0.33, _two_lines(text)),
        (0.36, [heading for heading, _ in sections(text)]),
        (0.44, repeated),
        (0.49, [span for group in short_lines(text).values() for span in group]),
        (0.53, inside),
        (0.58, [words for lines in _echoed(text).values() for words in lines]),
        (0.62, [head_line(text, item) for item in found]),
        (0.66, [last_line(text, item) for item in found]),
        (0.72, [s for s in _trimmed(text, short) if s[1] - s[0] >= 2]),
        (0.80, _script_clauses(text)),
        (0.85, [(a[0], b[1]) for run in item_runs(text) for a, b in pairwise(run)]),
        (0.89, [s for note in notes(text) for s in note_sentences(text, note)]),
        (0.94, _across(text)),
        (0.98, [(heading[0], under[-1][1]) for heading, under in sections(text) if under]),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
