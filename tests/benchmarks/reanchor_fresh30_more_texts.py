"""More thirtieth-round fresh texts (no test here): a care home's weekly menu and activities, a
laboratory results report with a repeat sample, a Mongolian/English clinic notice and a
Cherokee/English notice from a tribal health clinic.
"""

from __future__ import annotations

import datetime
import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh30_kit import (
    FRUIT,
    MVS,
    NNBSP,
    NORMAL,
    PHONE_LINE,
    SOUP,
    STOCK,
    small_cherokee,
)

# -- a care home's weekly menu and activities -----------------------------------------------------

FIRST_MONDAY = datetime.date(2026, 3, 2)
BREAKFASTS = ("Breakfast: Porridge or cereal", "Breakfast: Scrambled eggs on toast")
LUNCHES = (
    "Lunch: Shepherd’s pie with peas",
    "Lunch: Cottage pie with peas",
    "Lunch: Roast chicken with potatoes",
    "Lunch: Roast pork with potatoes",
    "Lunch: Fish pie with green beans",
    "Lunch: Fish cakes with green beans",
    "Lunch: Beef stew and dumplings",
)
PUDDINGS = (
    "Pudding: Apple crumble and custard",
    "Pudding: Rhubarb crumble and custard",
    "Pudding: Rice pudding",
    "Pudding: Jam sponge and custard",
)
SUPPERS = ("Supper: Cheese sandwiches", "Supper: Ham sandwiches", "Supper: Egg sandwiches")
ACTIVITIES = (
    "Armchair exercise 10:30",
    "Armchair exercise 11:30",
    "Bingo 14:30",
    "Music with Dave 14:30",
    "Hairdresser 10:00",
    "Church service 11:00",
    "Film afternoon 14:00",
)


def _week(number: int) -> str:
    monday = FIRST_MONDAY + datetime.timedelta(weeks=number - 1)
    return f"Week {number} — from {monday.day} {monday:%B}"


def _menu_day(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if not section.startswith("Week "):
        options = (
            ("Visitors", "Visitors are welcome at lunch; please tell the kitchen.", SOUP),
            ("Special diets", "Soft and pureed meals are made every day.", FRUIT),
            ("Birthdays", "We bake a cake for every birthday.", "Armchair exercise 10:30"),
            ("Drinks", "Tea and coffee at 10:30 and 15:00.", FRUIT),
        )
        return list(options[index]) if index < len(options) else []
    if index >= 7:
        return []
    week = int(section.split()[1])
    day = FIRST_MONDAY + datetime.timedelta(weeks=week - 1, days=index)
    lines = [
        f"{day:%A} {day.day} {day:%B}",
        BREAKFASTS[(index + week) % 3 == 0],
        SOUP,
        LUNCHES[(index + week + rng.randint(0, 1)) % len(LUNCHES)],
        rng.choice(PUDDINGS),
        FRUIT,
        rng.choice(SUPPERS),
    ]
    return [*lines, *sorted(rng.sample(ACTIVITIES, rng.randint(1, 2)))]


def care_home_menu(rng: random.Random) -> str:
    """A care home's weekly menu and activities: weeks as blocks of days, "Soup of the day"
    and "Fresh fruit or yoghurt" on every day, activities repeated ("Armchair exercise
    10:30"), lines one dish apart."""
    platform = Platform(
        title="Menu and activities — Willow Court care home",
        subtitle=f"Spring menu, weeks 1 to 3 · March 2026{NBSP}🍲",
        lead=wrap(
            rng,
            (
                f"Every lunch comes with {SOUP.lower()} and every pudding with the choice of "
                f"{FRUIT.lower()}. Residents’ families are welcome to join us. Armchair "
                "exercise is at 10:30 on most days."
            ),
            72,
        ),
        sections=(_week(1), _week(2), _week(3), "Notes from the kitchen"),
        notes=("The menu may change if deliveries are late.", "Ask staff about allergens."),
        item=_menu_day,
        footer=("The kitchen team plans the menu with residents.", STOCK),
        least_items=2,
    )
    return export(rng, platform)


# -- a laboratory results report ------------------------------------------------------------------

#: Each panel's tests: name, unit, reference range, decimals.
PANELS = (
    (
        "Full blood count",
        (
            ("Haemoglobin", "g/L", 130, 170, 0),
            ("Red cell count", "×10¹²/L", 4.5, 5.5, 1),
            ("MCV", "fL", 80, 100, 0),
            ("White cell count", "×10⁹/L", 4.0, 11.0, 1),
            ("Platelets", "×10⁹/L", 150, 400, 0),
        ),
    ),
    (
        "Kidney function",
        (
            ("Sodium", "mmol/L", 133, 146, 0),
            ("Urea", "mmol/L", 2.5, 7.8, 1),
            ("eGFR", "mL/min", 90, 120, 0),
            ("Potassium", "mmol/L", 3.5, 5.3, 1),
            ("Creatinine", "µmol/L", 59, 104, 0),
        ),
    ),
    (
        "Liver function",
        (
            ("ALT", "U/L", 0, 41, 0),
            ("ALP", "U/L", 30, 130, 0),
            ("Albumin", "g/L", 35, 50, 0),
            ("Bilirubin", "µmol/L", 0, 21, 0),
        ),
    ),
    (
        "Lipids and diabetes",
        (("Cholesterol", "mmol/L", 0.0, 5.0, 1), ("HbA1c", "mmol/mol", 20, 41, 0)),
    ),
    ("Thyroid and iron", (("TSH", "mU/L", 0.27, 4.2, 2), ("Ferritin", "µg/L", 30, 400, 0))),
    ("Bone profile", (("Calcium", "mmol/L", 2.2, 2.6, 2), ("Phosphate", "mmol/L", 0.8, 1.5, 2))),
    ("Inflammation", (("CRP", "mg/L", 0, 5, 0),)),
    ("Vitamins", (("Vitamin B12", "ng/L", 197, 771, 0), ("Folate", "µg/L", 3.9, 26.8, 1))),
)
REPEAT = "Repeat in 4 weeks."
REQUESTED = ("Requested by Dr J. Lind · Riverside Surgery", "Requested by Dr A. Okafor · Ward 7")


def _figure(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def _row(test: tuple[str, str, float, float, int], value: float) -> str:
    """A result row with its reference range and its flag: "Sodium 150 mmol/L (133–146) H"."""
    name, unit, low, high, decimals = test
    flag = " H" if value > high else " L" if value < low else ""
    span = f"{_figure(low, decimals)}–{_figure(high, decimals)}"
    return f"{name} {_figure(value, decimals)} {unit} ({span}){flag}"


def _panel_lines(rows: list[str]) -> list[str]:
    flagged = any(row.endswith((" H", " L")) for row in rows)
    return [*rows, REPEAT if flagged else NORMAL]


def _result_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section.startswith("Report "):
        if index >= len(PANELS):
            return []
        panel, tests = PANELS[index]
        values = []
        for _, _, low, high, decimals in tests:
            step = 10**-decimals
            value = low + rng.random() * (high - low) * 1.3 - (high - low) * 0.1
            values.append(round(max(step, value) / step) * step)
        if section.startswith("Report 2"):  # the repeat sample: one value changed
            first = next((lines for lines in earlier if lines[0].startswith(panel)), None)
            if first is not None:
                values = [float(row.split(" (")[0].rsplit(" ", 2)[1]) for row in first[2:-1]]
                which = rng.randrange(len(values))
                values[which] += rng.choice((-1, 1)) * 10 ** -tests[which][4]
        head = (
            f"{panel} · sample {'16/03/2026' if section.startswith('Report 2') else '02/03/2026'}"
        )
        rows = [_row(test, value) for test, value in zip(tests, values, strict=True)]
        return [head, rng.choice(REQUESTED), *_panel_lines(rows)]
    options = {
        "What the flags mean": (
            ("H", "Higher than the reference range."),
            ("L", "Lower than the reference range."),
            ("No flag", NORMAL),
            ("Reference ranges", "Ranges are for adults and may differ for children.", NORMAL),
        ),
        "Contact the laboratory": (
            ("Riverside Pathology", PHONE_LINE, "Results reach your GP in 2 working days."),
            ("Sample queries", PHONE_LINE, "Quote the sample date."),
            ("Opening hours", "Monday 08:00–18:30", "Saturday 09:00–12:00"),
            ("Urgent results", "We phone your GP the same day.", PHONE_LINE),
            ("Copies of results", "Ask your GP surgery for a printed copy.", NORMAL),
        ),
    }[section]
    return list(options[index]) if index < len(options) else []


def laboratory_report(rng: random.Random) -> str:
    """A laboratory results report: rows "Haemoglobin 132 g/L (130–170)", reference ranges
    repeated, flags H and L, "Within normal range." many times, and a second report of a
    repeat sample later on the page repeating most rows with one value changed."""
    platform = Platform(
        title="Blood test results — Margaret Ellis",
        subtitle=f"Riverside Pathology · NHS number 485 777 3456{NBSP}🧪",
        lead=wrap(
            rng,
            (
                "These are your results as the laboratory reported them to your GP. A result "
                f'outside its range is flagged H or L; "{NORMAL}" means no flag. Your GP will '
                "tell you if anything needs doing."
            ),
            72,
        ),
        sections=(
            "Report 1 — first sample",
            "Report 2 — repeat sample",
            "What the flags mean",
            "Contact the laboratory",
        ),
        notes=("Reported by Riverside Pathology.", "Fasting sample."),
        item=_result_item,
        footer=("Results are kept in your record for 30 years.", STOCK),
        least_items=5,
    )
    return export(rng, platform)


# -- a Mongolian/English clinic notice -------------------------------------------------------------

#: Mongolian lines in the traditional script (case suffixes after a narrow no-break space,
#: free variation selectors on some letters, the vowel separator before a final a or e) and
#: their English.
MONGOLIAN_LINES = (
    (
        f"ᠡᠮᠨᠡᠯᠭᠡ ᠨᠢ 08:00 ᠴᠠᠭ{NNBSP}ᠲᠤ ᠨᠡᠭ\u180bᠡᠭᠡᠨ{MVS}ᠡ᠃",
        "The clinic opens at 08:00.",
    ),
    (
        f"ᠡᠮ{NNBSP}ᠢ ᠡᠮᠴᠢ{NNBSP}ᠶᠢᠨ ᠵᠠᠭᠠᠪᠤᠷᠢ{NNBSP}ᠪᠠᠷ ᠤᠤᠭᠠᠷᠠᠢ᠃",
        "Take medicines as the doctor says.",
    ),
    (
        f"ᠬᠦᠦᠬᠡᠳ{NNBSP}ᠦᠨ ᠲᠠᠷᠢᠯᠭ{MVS}ᠠ ᠭᠠᠷᠠᠭ{NNBSP}ᠤᠨ ᠳᠥᠷᠪᠡᠨ᠃",
        "Children’s vaccines are on Thursday.",
    ),
    (f"ᠲᠦᠷᠭᠡᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ{NNBSP}ᠶᠢᠨ ᠤᠲᠠᠰᠤ 103᠃", "For an ambulance, call 103."),
    (f"ᠡᠮᠴᠢ{NNBSP}ᠲᠡᠢ ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠴᠠᠭ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃", "Book a time with the doctor first."),
    (f"ᠡᠮᠨᠡᠯᠭᠡ ᠨᠢ ᠪᠠᠶᠠᠷ{NNBSP}ᠤᠨ ᠡᠳᠦᠷ ᠬᠠᠭᠠᠯᠲᠠᠢ᠃", "The clinic is closed on holidays."),
    (f"ᠡᠮ{NNBSP}ᠢ ᠬᠦᠦᠬᠡᠳ ᠡᠴᠡ ᠬᠣᠯᠠ ᠬᠠᠳᠭ\u180cᠠᠯᠠᠭᠠᠷᠠᠢ᠃", "Keep medicines away from children."),
)
MONGOLIAN_THANKS = "ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃"


def plain_mongolian(words: str) -> str:
    """Mongolian as another keyboard types it: plain spaces before suffixes, no variation
    selectors."""
    return words.replace(NNBSP, " ").translate(dict.fromkeys(map(ord, "\u180b\u180c\u180d")))


def _mongolian(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, english = rng.choice(MONGOLIAN_LINES)
    if rng.random() < 0.3:
        words = plain_mongolian(words)
    lines = [f"Notice {1 + len(earlier)} · {rng.randint(2, 20)} March · Hohhot", words, english]
    return [*lines, rng.choice(("Thank you.", MONGOLIAN_THANKS, MONGOLIAN_THANKS))]


def mongolian_notice(rng: random.Random) -> str:
    """A clinic's notice in Mongolian and English: the traditional script as Unicode stores it
    (narrow no-break spaces before case suffixes, free variation selectors, the vowel
    separator), English lines between, Western digits."""
    platform = Platform(
        title="Clinic notices — Hohhot community health centre",
        subtitle=f"ᠮᠡᠳᠡᠭᠳᠡᠯ · March 2026{NBSP}🏥",
        lead=wrap(
            rng,
            (
                "Notices are given in Mongolian and English. Some are typed on another "
                "keyboard; the Mongolian text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Opening hours — ᠴᠠᠭ", "Medicines", "Vaccinations", "Emergencies", "Offices"),
        notes=("Posted at the front desk.", "Translated by the health centre."),
        item=_mongolian,
        footer=("Published on the centre's notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a Cherokee/English notice from a tribal health clinic ----------------------------------------

#: Cherokee lines in the capital syllabary, and their English.
CHEROKEE_LINES = (
    ("ᎣᏏᏲ. ᏣᎳᎩ ᎠᏰᎵ ᏗᏓᏍᏕᎸᏗ ᎦᎶᎯᏍᏗ ᎠᏔᎴᏒ 8:00.", "Hello. The Cherokee Nation clinic opens at 8:00."),
    ("ᏗᏂᏲᏟ ᎤᎾᏓᏅᏙ ᏧᏂᎸᏫᏍᏓᏁᏗ ᏅᎩᏁᎢᎦ.", "Children’s shots are on Thursday."),
    ("ᏅᏬᏘ ᏕᏣᏓᏂᎸᏤᎮᏍᏗ ᏗᏓᏍᏕᎸᏗ ᏧᏬᏪᎳᏅ.", "Take medicine as the doctor wrote it."),
    ("ᎤᏲ ᏱᏣᏓᏅᏓ, ᏫᏍᏆᏂᎪᏙᏗ 911.", "In an emergency, call 911."),
    ("ᏗᏓᏍᏕᎸᏗ ᎦᎶᎯᏍᏗ ᎠᏍᏚᎲ ᏒᎦᏔ ᏕᎨᏌᏗᏒ.", "The clinic is closed on holidays."),
    ("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏂᏴᏫ ᎬᏩᏂᏍᏕᎸᏗ.", "Cherokee speakers can help you."),
)
CHEROKEE_THANKS = "ᏩᏙ."


def _cherokee(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, english = rng.choice(CHEROKEE_LINES)
    if rng.random() < 0.25:
        words = small_cherokee(words)
    lines = [f"Notice {1 + len(earlier)} · {rng.randint(2, 20)} March · Tahlequah", words, english]
    return [*lines, rng.choice(("Thank you.", CHEROKEE_THANKS, CHEROKEE_THANKS))]


def cherokee_notice(rng: random.Random) -> str:
    """A tribal health clinic's notice in Cherokee and English: the syllabary mostly in its
    capital letters as keyboards type it, a few lines in the small letters, English lines
    between, Western digits."""
    platform = Platform(
        title="Clinic notices — Cherokee Nation health centre",
        subtitle=f"ᏗᏓᏍᏕᎸᏗ ᎦᎶᎯᏍᏗ · March 2026{NBSP}🏥",
        lead=wrap(
            rng,
            (
                "Notices are given in Cherokee and English. Some are typed in the small "
                "letters; the Cherokee text is the one that counts. Wado, thank you."
            ),
            72,
        ),
        sections=("Clinic hours", "Medicines", "Children’s shots", "Emergencies", "Offices"),
        notes=("Posted at the front desk.", "Translated by the language department."),
        item=_cherokee,
        footer=("Published on the clinic's notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
