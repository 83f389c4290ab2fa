"""More twenty-ninth-round fresh texts (no test here): a maintenance log, a job advert with a
second role, a Sinhala/English safety notice and an Inuktitut/English notice.
"""

from __future__ import annotations

import datetime
import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ, Platform, export
from tests.benchmarks.reanchor_fresh29_kit import BULLET, CHECKED, STOCK, STRUCK, old_syllabics

# -- a maintenance log ---------------------------------------------------------------------------

#: Each machine, the reading it is logged by and where the reading starts.
MACHINES = {
    "Forklift FL-02": ("h", 1204),
    "Forklift FL-03": ("h", 1240),
    "Delivery van YK19 RVA": ("miles", 48310),
    "Air compressor C-7": ("h", 6120),
    "Pallet wrapper PW-1": ("h", 2011),
    "Dock door 3": ("h", 3050),
}
FIRST_DAY = datetime.date(2026, 2, 2)
#: What an entry says under its head line: the check, a repair with its part, a note.
WORK = (
    (CHECKED,),
    (CHECKED,),
    (CHECKED, "Signed: R. Shah"),
    ("Replaced hydraulic filter.", "Part fitted: HF-2041-B", "Signed: R. Shah"),
    ("Replaced hydraulic filter.", "Part fitted: HF-2041-D", "Signed: K. Mensah"),
    ("Brake pads worn — replaced.", "Part fitted: BP-2047-B", "Signed: K. Mensah"),
    ("Tyre pressure low — topped up.", CHECKED),
    ("Oil leak at the ram seal.", "Taken out of use; engineer booked.", "Signed: R. Shah"),
)


def _reading(count: int, unit: str) -> str:
    return f"{count:,} {unit}"


def _log_entry(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if section not in MACHINES:
        return [f"Note {index + 1}", rng.choice(("Log faults the same day.", CHECKED))]
    if index >= 14:
        return []
    unit, start = MACHINES[section]
    step = 290 if unit == "miles" else 41
    if index and earlier[-1][0].startswith(STRUCK):  # re-entered with the right reading
        date = earlier[-1][0][len(STRUCK) : len(STRUCK) + 10]
        return [f"{date} · {_reading(start + (index - 1) * step, unit)}", CHECKED]
    day = FIRST_DAY + datetime.timedelta(days=3 * index + rng.randint(0, 2))
    if index and rng.random() < 0.1:
        wrong = _reading(start + index * step + 180, unit)
        return [
            f"{STRUCK}{day:%d/%m/%Y} · {wrong} (entered in error)",
            "Wrong reading; see the entry below.",
        ]
    head = f"{day:%d/%m/%Y} · {_reading(start + index * step, unit)}"
    return [head, *WORK[(index + rng.randint(0, 3)) % len(WORK)]]


def maintenance_log(rng: random.Random) -> str:
    """A maintenance log for forklifts, a van and machines: dated entries oldest first,
    "Checked — no fault found." again and again, part numbers a character apart, hour-meter
    and odometer readings, an entry struck and re-entered."""
    platform = Platform(
        title="Maintenance log — Riverside distribution centre",
        subtitle=f"Workshop copy · February and March 2026{NBSP}🔧",
        lead=wrap(
            rng,
            (
                "Log every check, oldest first, with the hour meter or odometer reading. "
                f"Write {CHECKED} when nothing needs doing. Strike a wrong entry; do not "
                "erase it. Report faults by e-mail the same day."
            ),
            72,
        ),
        sections=(*MACHINES, "Notes"),
        notes=("Checked weekly.", "Readings are taken at the start of the shift."),
        item=_log_entry,
        footer=("The log is audited every quarter.", STOCK),
        least_items=4,
    )
    return export(rng, platform)


# -- a job advert with a second role -------------------------------------------------------------

ROLES = {
    "Warehouse team leader": ("£28,500–£31,000", "Closing date: 20 March 2026"),
    "Stock controller": ("£26,000–£28,500", "Closing date: 20 March 2026"),
}
EQUAL = (
    "Equal opportunities",
    "We are an equal opportunities employer and welcome applications from everyone.",
    "We make reasonable adjustments at interview; tell us what you need.",
)
#: Bullets each list draws from (the second role shares most of them).
DUTIES = (
    "Run the morning briefing at 07:00.",
    "Plan the pick for the day with the shift manager.",
    "Check stock counts against the system.",
    "Train new starters on the scanners.",
    "Keep the aisles clear and safe.",
    "Report damaged stock by e-mail.",
)
WANTS = (
    "Two years in a warehouse.",
    "A counterbalance forklift licence.",
    "Good with spreadsheets.",
    "Calm when the trucks run late.",
    "Able to work early and late shifts.",
)
BENEFITS = (
    "25 days' paid holiday, plus bank holidays.",
    "A pension with 5 per cent from us.",
    "Free parking and a staff canteen.",
    "Paid training for your forklift licence.",
)
#: Each part's lists: a head line and the bullets it draws from.
LISTS = {
    "what you'll do": (
        ("Day to day", DUTIES),
        ("Every week", DUTIES),
        ("On the floor", DUTIES),
        ("With the team", DUTIES),
    ),
    "what we're looking for": (
        ("You will have", WANTS),
        ("Nice to have", WANTS),
        ("You will be", WANTS),
        ("What we offer", BENEFITS),
    ),
}
#: What "How to apply" holds, in order.
APPLYING = (
    EQUAL,
    ("To apply", "Send your CV by e-mail to jobs@riverside.example", "Quote WTL-0426."),
    ("Closing date", "Closing date: 20 March 2026", "Interviews in the week of 30 March."),
    ("Questions", "Call Dana on 0161 496 0101.", "Or ask by e-mail."),
    ("Accessibility", "The site has step-free access.", EQUAL[2]),
)


def _role_items(salary: str, closing: str) -> tuple[tuple[str, ...], ...]:
    """What a role's "the role" part holds, in order."""
    return (
        ("Salary", f"{salary} a year", "Plus 10 per cent for night shifts."),
        ("Hours", "40 hours a week, 07:00–15:00 or 15:00–23:00."),
        ("Closing", closing, "We may close the advert early."),
        EQUAL,
        ("Reporting to", "The shift manager, 07:00–15:00.", "Speak to them first."),
        ("Training", "Four weeks on the floor with a buddy.", "Forklift course in week 2."),
    )


def _advert_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section == "How to apply":
        return list(APPLYING[index]) if index < len(APPLYING) else []
    role, part = section.split(" — ")
    if part == "the role":
        about = _role_items(*ROLES[role])
        return list(about[index]) if index < len(about) else []
    lists = LISTS[part]
    if index >= 2 * len(lists):
        return []
    head, pool = lists[index % len(lists)]
    return [head, *(f"{BULLET}{line}" for line in rng.sample(pool, rng.randint(3, 4)))]


def job_advert(rng: random.Random) -> str:
    """A job advert and its second role: the role, "What you'll do" and "What we're looking
    for" bullets, a salary band, a closing date in the head and the foot, the stock
    equal-opportunities paragraph, a second role sharing most bullets."""
    platform = Platform(
        title="Warehouse team leader — Riverside Distribution",
        subtitle=f"£28,500–£31,000 · Closing date: 20 March 2026{NBSP}📦",
        lead=wrap(
            rng,
            (
                "We are hiring a warehouse team leader and a stock controller for our new "
                "site. Both roles work shifts from 07:00. Closing date: 20 March 2026. "
                "Apply by e-mail."
            ),
            72,
        ),
        sections=(
            *(f"{role} — {part}" for role in ROLES for part in ("the role", *LISTS)),
            "How to apply",
        ),
        notes=("Full time, permanent.", "Based in Riverside, with free parking."),
        item=_advert_item,
        footer=("Closing date: 20 March 2026. No agencies, please.", STOCK),
        least_sections=6,
        least_items=2,
    )
    return export(rng, platform)


# -- a Sinhala/English safety notice -------------------------------------------------------------

#: Sinhala lines (yansaya and rakaransaya with their joiner, touching letters, the al-lakuna,
#: vowel signs on both sides of a consonant) and their English.
SINHALA_LINES = (
    (f"සෞඛ්{ZWJ}ය හා ආරක්ෂාව පළමුව.", "Health and safety first."),
    (f"ප්{ZWJ}රථමාධාර පෙට්ටිය මුරපොළේ ඇත.", "The first-aid box is at the guard post."),
    ("හදිසි අවස්ථාවකදී 119 අමතන්න.", "In an emergency, call 119."),
    ("ආරක්ෂක හිස්වැසුම් සෑම විටම පළඳින්න.", "Wear safety helmets at all times."),
    (f"අනතුරු සිද{ZWJ}්ධි කළමනාකරුට දන්වන්න.", "Report accidents to the manager."),
    (f"ව්{ZWJ}යාපාරය මැයි 15 වසා ඇත.", "The site is closed on 15 May."),
    (f"බන{ZWJ}්දේසියෙන් පසු ගබඩාව 07:00 ට විවෘතයි.", "After the stocktake the store opens at 07:00."),
)
SINHALA_THANKS = "ස්තූතියි."


def _unjoined(words: str) -> str:
    """Sinhala as an older keyboard writes it: no joiners."""
    return words.replace(ZWJ, "")


def _sinhala(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, english = rng.choice(SINHALA_LINES)
    if rng.random() < 0.3:
        words = _unjoined(words)
    lines = [f"Notice {1 + len(earlier)} · {rng.randint(2, 20)} March · Colombo", words, english]
    return [*lines, rng.choice(("Thank you.", SINHALA_THANKS, SINHALA_THANKS))]


def sinhala_notice(rng: random.Random) -> str:
    """A factory's safety notice in Sinhala and English: yansaya and rakaransaya with the
    joiner (or without, as typed on an older keyboard), touching letters, the al-lakuna,
    vowel signs on both sides of a consonant, Western digits."""
    platform = Platform(
        title="Safety notices — Colombo packing plant",
        subtitle=f"ආරක්ෂක දැන්වීම් · March 2026{NBSP}⛑️",
        lead=wrap(
            rng,
            (
                "Notices are given in Sinhala and English. Some are typed on an older "
                "keyboard; the Sinhala text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Safety — ආරක්ෂාව", "First aid", "Emergencies", "Site hours", "Offices"),
        notes=("Posted at the gate.", "Translated by the plant office."),
        item=_sinhala,
        footer=("Published on the plant's notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- an Inuktitut/English notice ------------------------------------------------------------------

#: Inuktitut lines in syllabics (finals, long vowels with the dot, "ai" as reformed) or in
#: Roman orthography, and their English.
INUKTITUT_LINES = (
    ("ᐱᓇᓱᐊᖅᑎᑦ ᓴᐳᒻᒥᒍᑎᓂᒃ ᐊᑐᖅᑐᖃᖃᑦᑕᕆᐊᖃᖅᑐᑦ.", "Workers must always wear protective gear."),
    ("ᐱᓇᓱᐊᕐᕕᒃ ᒪᑐᓯᒪᓂᐊᖅᑐᖅ ᒪᐃ 15-ᒥ.", "The workplace is closed on 15 May."),
    ("ᐋᓐᓂᖅᑐᖃᕐᒪᑦ ᐅᖃᐅᑎᓗᒍ ᐊᐅᓚᑦᑎᔨ.", "If someone is hurt, tell the supervisor."),
    ("ᑮᓇᐅᔭᖅᑖᕐᓂᖅ ᐅᓪᓗᖓ ᒪᐃ 15.", "Pay day is 15 May."),
    ("ᑕᐃᑲᓂ ᐃᓯᕆᐊᖃᙱᑦᑐᑎᑦ.", "Do not go in there."),
    ("ᐃᓅᓯᕐᒥᒃ ᓴᐳᒻᒥᓂᖅ ᓯᕗᓪᓕᐅᔪᖅ.", "Protecting life comes first."),
    ("Pinasuarvik matusimaniaqtuq Mai 15-mi.", "The workplace is closed on 15 May."),
)
INUKTITUT_THANKS = "ᖁᔭᓐᓇᒦᒃ."


def _inuktitut(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, english = rng.choice(INUKTITUT_LINES)
    if rng.random() < 0.3:
        words = old_syllabics(words)
    lines = [f"Notice {1 + len(earlier)} · {rng.randint(2, 20)} March · Iqaluit", words, english]
    return [*lines, rng.choice(("Thank you.", INUKTITUT_THANKS, INUKTITUT_THANKS, "Qujannamiik."))]


def inuktitut_notice(rng: random.Random) -> str:
    """A mine's and a co-op store's notice in Inuktitut and English: syllabics with their
    finals, long vowels with the dot (or written twice by an older hand), "ai" as reformed
    (or in the old ai-series), a few lines in Roman orthography, Western digits."""
    platform = Platform(
        title="Site notices — Meliadine mine and Iqaluit co-op",
        subtitle=f"ᐅᖃᐅᓯᑦ · March 2026{NBSP}⛏️",
        lead=wrap(
            rng,
            (
                "Notices are given in Inuktitut and English. Some are written by an older "
                "hand; the Inuktitut text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Safety — ᓴᐳᒻᒥᓂᖅ", "Pay", "Site closures", "Co-op store", "Offices"),
        notes=("Posted at the mine office.", "Translated by the hamlet office."),
        item=_inuktitut,
        footer=("Published on the co-op's notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
