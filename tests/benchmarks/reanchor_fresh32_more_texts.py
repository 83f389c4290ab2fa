"""More thirty-second-round fresh texts (no test here): a grain store's weighbridge intake log,
a growers' cooperative sowing and planting calendar, an Odia/English notice from a farmers'
producer company and a Tamazight/English notice from an argan cooperative.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh31_more_texts import _bilingual_item
from tests.benchmarks.reanchor_fresh32_kit import (
    HARDEN_OFF,
    PLANT_OUT,
    REJECTED,
    SEPARATOR,
    SOW_UNDER_GLASS,
    STOCK,
    THANKS,
    TIFINAGH_CLAUSES,
    labial_switched,
    odia_digits,
)

# -- a grain store's weighbridge intake log -------------------------------------------------------

CROPS = ("Wheat (feed)", "Wheat (milling)", "Barley (feed)", "Oilseed rape", "Oats")
INTAKE_DAYS = tuple(
    f"{day} {3 + at} August"
    for at, day in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"))
)
HAULIERS = ("Pryce Bros", "Pryce Bros", "G. Roberts Haulage", "Pryce Brothers", "own trailer")


def _ticket_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 6:
        return []
    first = 2231 + sum(1 for lines in earlier for line in lines if line.startswith("T2"))
    lines = [f"Intake {section.split(' ', 1)[1]} · pit {index + 1} · weighbridge A"]
    for ticket in range(first, first + rng.randint(2, 3)):
        moisture = rng.choice((14.2, 14.8, 14.8, 14.9, 15.4, 16.1))
        lines.append(
            f"T{ticket}  {rng.choice(CROPS)}  {rng.choice((28.40, 28.46, 29.10, 27.95)):.2f} t  "
            f"moisture {moisture:.1f} %  screenings {rng.choice((2.1, 2.1, 1.8, 3.4)):.1f} %  "
            f"{rng.choice(HAULIERS)}"
        )
        if moisture > 15:
            lines.append(REJECTED)
    return lines


def intake_log(rng: random.Random) -> str:
    """A grain store's weighbridge intake log: tickets ("T2231  Wheat (feed)  28.40 t  moisture
    14.8 %  screenings 2.1 %"), "Rejected — moisture over 15 %" again and again, the same
    haulier on many lines, tickets one digit apart."""
    platform = Platform(
        title="Tywi Valley Grain — weighbridge intake log, harvest 2026",
        subtitle=f"Store manager · Carmarthen{NBSP}🌾",
        lead=wrap(
            rng,
            (
                "Every load is weighed in and sampled at the pit. Loads over 15 % moisture are "
                "turned away unless the drier has room; screenings over 3 % are charged for."
            ),
            72,
        ),
        sections=INTAKE_DAYS,
        notes=("Drier running from 06:00.", "Samples kept for three months."),
        item=_ticket_item,
        footer=("Tickets are issued at the weighbridge.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- a growers' cooperative sowing and planting calendar ------------------------------------------

#: What each crop's block says, by month: instructions that stand word for word under several
#: months and crops, and near twins one word apart.
CROP_STEPS = {
    "Tomatoes": (SOW_UNDER_GLASS, "Prick out into 9 cm pots.", HARDEN_OFF, PLANT_OUT),
    "Peppers": (SOW_UNDER_GLASS, "Prick out into 7 cm pots.", HARDEN_OFF, PLANT_OUT),
    "Runner beans": ("Sow under cover.", HARDEN_OFF, PLANT_OUT, "Pinch out the tips."),
    "Courgettes": (SOW_UNDER_GLASS, "Harden off for seven days.", PLANT_OUT, "Water daily."),
    "Leeks": (
        "Sow in a seed bed.",
        "Thin to 4 cm.",
        "Plant out after the last frost.",
        "Earth up.",
    ),
    "Lettuce": ("Sow under glass.", "Sow outdoors every fortnight.", "Water daily.", "Cut."),
    "Sweet peas": ("Sow under cover.", "Pinch out the tips.", PLANT_OUT, "Tie in weekly."),
}
VARIETIES = {
    "Tomatoes": ("Gardener’s Delight", "Shirley", "Ailsa Craig", "Moneymaker"),
    "Peppers": ("Californian Wonder", "Gypsy", "Marconi Rosso"),
    "Runner beans": ("Enorma", "Scarlet Emperor", "White Lady"),
    "Courgettes": ("Defender", "Black Beauty", "Atena Polka"),
    "Leeks": ("Musselburgh", "Carlton", "Bandit"),
    "Lettuce": ("Little Gem", "Tom Thumb", "Lollo Rosso"),
    "Sweet peas": ("Cupani", "Matucana", "Mollie Rilstone"),
}
SPACINGS = (
    "Space 45 cm apart in rows 60 cm apart.",
    "Space 45 cm apart in rows 60 cm apart.",
    "Space 30 cm apart in rows 45 cm apart.",
    "Keep the cooperative’s seed list to hand.",
)
CALENDAR_MONTHS = ("February", "March", "April", "May", "June", "July")


def _crop_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= len(CROP_STEPS):
        return []
    month = CALENDAR_MONTHS.index(section)
    crops = sorted(CROP_STEPS, key=lambda crop: (_month_order(section, crop), crop))
    crop = crops[index]
    steps = CROP_STEPS[crop]
    first = min(len(steps) - 2, max(0, month - 1 + rng.randint(-1, 0)))
    varieties = f"Varieties: {', '.join(rng.sample(VARIETIES[crop], 2))}"
    return [crop, varieties, *steps[first : first + rng.randint(2, 3)], rng.choice(SPACINGS)]


def _month_order(section: str, crop: str) -> int:
    """A fixed order of crops for a month (the same on every run)."""
    return sum(map(ord, section + crop)) % 7


def sowing_calendar(rng: random.Random) -> str:
    """A growers' cooperative sowing and planting calendar: months as headed blocks, crops
    under them, "Sow under glass.", "Plant out after the last frost.", "Harden off for ten
    days." word for word under several months and crops, one word apart under others."""
    platform = Platform(
        title="Teifi Growers’ Cooperative — sowing and planting calendar",
        subtitle=f"For members’ allotments and market gardens{NBSP}🌱",
        lead=wrap(
            rng,
            (
                "Dates are for an average year in the valley; a late spring moves everything "
                f"by a fortnight. {PLANT_OUT} {HARDEN_OFF} Seed is ordered through the "
                "cooperative’s shop."
            ),
            72,
        ),
        sections=CALENDAR_MONTHS,
        notes=("Check the frost forecast first.", "Seed orders close on the 20th."),
        item=_crop_item,
        footer=("Revised each winter by the growers’ committee.", STOCK),
        least_sections=5,
        least_items=3,
    )
    return export(rng, platform)


# -- an Odia/English notice of a farmers' producer company ----------------------------------------

#: Odia lines (Western digits; some are written with Odia ones) and their English.
ODIA_LINES = (
    ("ଧାନ କିଣା 12 ତାରିଖରୁ ଆରମ୍ଭ ହବ।", "Paddy buying starts on the 12th."),
    ("ସଦସ୍ୟମାନେ 15 ତାରିଖ ସୁଦ୍ଧା ଅଂଶଧନ ଜମା କରନ୍ତୁ।", "Members pay their share money by the 15th."),
    ("ମଞ୍ଜି ବଣ୍ଟନ ଗୋଦାମରେ ସକାଳ 8 ଟାରେ ହବ।", "Seed is given out at the store at 8 in the morning."),
    ("ସାର ଦୋକାନ ରବିବାର ବନ୍ଦ ରହିବ।", "The fertiliser shop is closed on Sunday."),
    ("ଅଧିକ ଜାଣିବା ପାଇଁ 0680 2225514 ରେ ଫୋନ କରନ୍ତୁ।", "For more, call 0680 2225514."),
    ("ବୀମା ଫର୍ମ ଅଫିସରୁ ମିଳୁଛି।", "Crop insurance forms are at the office."),
)
ODIA_THANKS = "ଧନ୍ୟବାଦ।"


def _odia_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    lines = _bilingual_item(rng, ODIA_LINES, "Bargarh", ODIA_THANKS, earlier)
    if rng.random() < 0.5:
        lines[1] = odia_digits(lines[1])
    return lines


def odia_notice(rng: random.Random) -> str:
    """A farmers' producer company's notice in Odia and English: the script with its
    conjuncts (the virama), Odia digits on some lines and Western digits on others, English
    lines between."""
    platform = Platform(
        title="Member notices — Bargarh Farmers’ Producer Company",
        subtitle=f"ସଦସ୍ୟ ସୂଚନା · June 2026{NBSP}🌾",
        lead=wrap(
            rng,
            (
                "Notices are given in Odia and English. Some are typed with Odia digits; the "
                "Odia text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Paddy buying", "Share money", "Seed", "Fertiliser shop", "Insurance"),
        notes=("Posted at the company’s store.", "Translated by the company’s clerk."),
        item=_odia_item,
        footer=("Published on the company’s notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a Tamazight/English notice of an argan cooperative -------------------------------------------

#: The English of :data:`TIFINAGH_CLAUSES`, clause by clause.
TIFINAGH_ENGLISH = (
    "The cooperative’s assembly is on Monday.",
    "The argan harvest starts on 14 July.",
    "Bring your baskets to the press.",
    "The olive oil is pressed in the village.",
    "The accounts for this month are settled.",
    "The cooperative’s office opens at 8.",
)


def _tifinagh_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    first, second = rng.sample(range(len(TIFINAGH_CLAUSES)), 2)
    clauses = [TIFINAGH_CLAUSES[first], TIFINAGH_CLAUSES[second]]
    if rng.random() < 0.3:  # typed on a keyboard without the labiovelar mark
        clauses = [
            " ".join(labial_switched(w) if "ⵯ" in w else w for w in c.split()) for c in clauses
        ]
    joint = rng.choice((f" {SEPARATOR} ", f" {SEPARATOR} ", " "))
    pairs = ((f"{joint.join(clauses)}.", f"{TIFINAGH_ENGLISH[first]} {TIFINAGH_ENGLISH[second]}"),)
    return _bilingual_item(rng, pairs, "Tiznit", THANKS, earlier)


def tifinagh_notice(rng: random.Random) -> str:
    """An argan and olive cooperative's notice in Tamazight (Neo-Tifinagh, words between
    spaces, the labiovelar mark on some letters, the separator between clauses on some lines,
    Western digits) and English, English lines between."""
    platform = Platform(
        title="Notices — Tiznit women’s argan and olive cooperative",
        subtitle=f"ⵜⴰⵎⵢⴰⵡⴰⵙⵜ · July 2026{NBSP}🫒",
        lead=wrap(
            rng,
            (
                "Notices are given in Tamazight and English. Some lines are typed without the "
                "labiovelar mark; the Tamazight text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Assembly", "Harvest", "Press", "Accounts", "Office"),
        notes=("Posted at the cooperative’s door.", "Translated by the cooperative’s clerk."),
        item=_tifinagh_item,
        footer=("Published on the cooperative’s notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
