"""More forty-first-round fresh texts (no test here): a kitchen and floor staff rota, a school
canteen's weekly menu, a Tai Viet/Vietnamese notice for a community kitchen's festival menu and
a Kayah Li/Thai notice for a camp school's meal times.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh41_kit import (
    KAYAH_LI_DIGITS,
    KAYAH_LI_LINES,
    KAYAH_LI_THANKS,
    PEOPLE,
    SERVED_WITH,
    STOCK,
    TAI_VIET_LINES,
    TAI_VIET_THANKS,
    kayah_li,
    tai_viet,
)

#: The days of the week the rota, the log and the canteen cover.
WEEK = (
    "Monday 16 March",
    "Tuesday 17 March",
    "Wednesday 18 March",
    "Thursday 19 March",
    "Friday 20 March",
    "Saturday 21 March",
)

# -- the staff rota -------------------------------------------------------------------------------

AREAS = {
    "Kitchen": ("Head chef", "Sous chef", "Chef de partie", "Commis chef"),
    "Floor": ("Floor manager", "Server", "Server", "Bartender", "Host"),
    "Bar": ("Bar manager", "Bartender", "Bartender", "Barback"),
    "Pot wash and deliveries": ("Kitchen porter", "Kitchen porter", "Delivery driver"),
}
SHIFTS = (
    "07:00–15:00",
    "08:00–16:00",
    "10:00–18:00",
    "11:00–16:00",
    "15:00–23:00",
    "17:00–23:00",
)
COVER_NEEDED = "Cover needed — ask the head chef"


def _rota_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= len(AREAS):
        return []
    area = list(AREAS)[index]
    lines = [area]
    for shift in sorted(rng.sample(SHIFTS, rng.randint(3, 5))):
        lines.append(f"{shift}  {rng.choice(PEOPLE)}  {rng.choice(AREAS[area])}")
    if rng.random() < 0.35:
        lines.append(COVER_NEEDED)
    return lines


def staff_rota(rng: random.Random) -> str:
    """The kitchen and floor rota by day: one line a shift ("07:00–15:00  Marta Kowalska  Sous
    chef"), the same areas every day, people one letter apart ("Marta Kowalska", "Marta
    Kowalski"), "Cover needed — ask the head chef" recurring."""
    platform = Platform(
        title="Staff rota — The Harbour Kitchen, week 12",
        subtitle=f"Posted on the kitchen door every Thursday{NBSP}🗓",
        lead=wrap(
            rng,
            (
                "Shifts include a thirty-minute break. Swap a shift only with someone trained "
                "for the same station, and write the swap on the rota before the week starts; "
                "the floor manager signs every change."
            ),
            72,
        ),
        sections=WEEK,
        notes=("Times are shift start and end.",),
        item=_rota_item,
        footer=("Holiday requests go to the head chef a month ahead.", STOCK),
        least_sections=5,
        least_items=4,
        same_note=True,
    )
    return export(rng, platform)


# -- the canteen's week ---------------------------------------------------------------------------

BREAKFASTS = (
    "Toast and jam (1)",
    "Porridge with honey (1, 7)",
    "Cereal and milk (1, 7)",
    "Fruit pot and yoghurt (7)",
)
MAINS = (
    "Main: Cottage pie (1, 7)",
    "Main: Chicken curry and rice (1, 7)",
    "Main: Fish fingers and chips (1, 4, 5)",
    "Main: Pasta bolognese (1)",
    "Main: Roast chicken and gravy (1)",
)
VEGETARIAN = (
    "Vegetarian: Lentil cottage pie (1, 7)",
    "Vegetarian: Chickpea curry and rice (1)",
    "Vegetarian: Cheese and tomato pasta (1, 7)",
    "Vegetarian: Quorn roast and gravy (1, 4)",
)
PUDDINGS = (
    "Dessert: Apple crumble and custard (1, 7)",
    "Dessert: Jam sponge and custard (1, 4, 7)",
    "Dessert: Fresh fruit and yoghurt (7)",
)
SNACKS = ("Fruit and a flapjack (1)", "Cheese and crackers (1, 7)", "Carrot sticks and hummus (12)")
MEALS = (
    "Breakfast club 07:45–08:30",
    "Morning snack 10:30",
    "Lunch, infants 11:45–12:30",
    "Lunch, juniors 12:30–13:15",
    "After-school club 15:30–17:00",
)
EVERY_DAY = "Jacket potatoes and the salad bar every day"
DRINKS = ("Water on every table", "Milk for infants (7)")


def _canteen_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(MEALS):
        return []
    lines = [MEALS[index]]
    if index == 0:
        lines += rng.sample(BREAKFASTS, 3)
    elif index == 1:
        lines += [*rng.sample(SNACKS, 2), DRINKS[1]]
    elif index == 2 or not earlier or not earlier[-1][0].startswith("Lunch"):
        lines += [rng.choice(MAINS), rng.choice(VEGETARIAN), EVERY_DAY]
        if rng.random() < 0.7:
            lines.append(SERVED_WITH)
        lines += [rng.choice(PUDDINGS), DRINKS[0]]
    elif index == 3:  # the juniors' sitting has the infants' dishes
        lines += earlier[-1][1:]
    else:
        lines += rng.sample(SNACKS, 2)
    return lines


def canteen_week(rng: random.Random) -> str:
    """A school canteen's weekly menu by day: breakfast club, lunch and after-school club, the
    same dishes on several days ("Main: Cottage pie (1, 7)"), "Served with seasonal greens"
    under most lunches."""
    platform = Platform(
        title="St Anne’s Primary — canteen menu, week 2 of 3",
        subtitle=f"Cooked on site by Harbour Catering{NBSP}🍎",
        lead=wrap(
            rng,
            (
                "Every lunch has a main, a vegetarian choice, vegetables and a dessert; "
                "water is on every table. Tell the school office about any allergy, and the "
                "kitchen will plan a meal your child can eat on each day of the cycle."
            ),
            72,
        ),
        sections=WEEK[:5],
        notes=("Allergen codes as on the key at the hatch.",),
        item=_canteen_item,
        footer=("Free school meals: ask the office.", STOCK),
        least_sections=5,
        least_items=5,
        same_note=True,
    )
    return export(rng, platform)


# -- the Tai Viet/Vietnamese notice ---------------------------------------------------------------

TAI_VIET_TOWNS = ("Nghĩa Lộ", "Điện Biên", "Sơn La", "Mai Châu")
#: The notice's subtitle: "Tai Dam", as the script writes it.
TAI_DAM = tai_viet("TO._ay DO._aa._ek.mo")
#: The Vietnamese line under many dishes: "Served with seasonal greens".
WITH_GREENS = "Phục vụ kèm rau theo mùa"


def _tai_viet_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, vietnamese = rng.choice(TAI_VIET_LINES)
    head = f"Suất {1 + len(earlier)} · bếp Mường Lò · {rng.choice(TAI_VIET_TOWNS)}"
    last = rng.choice((WITH_GREENS, WITH_GREENS, TAI_VIET_THANKS, SERVED_WITH))
    return [head, words, vietnamese, last]


def tai_viet_notice(rng: random.Random) -> str:
    """A Tai Viet/Vietnamese notice for a community kitchen's festival menu: Tai Dam in the Tai
    Viet script (prefixed vowels in visual order, combining vowel marks and the tone marks mai
    ek and mai tho), the festival meal and its twin one figure apart, towns of the north-west."""
    platform = Platform(
        title="Thực đơn lễ hội — bếp cộng đồng Mường Lò",
        subtitle=f"{TAI_DAM} · Nghĩa Lộ và Điện Biên{NBSP}🍲",
        lead=wrap(
            rng,
            (
                "The community kitchen cooks for the Xòe festival with volunteers from the Tai "
                "Dam villages. Each dish is written in the Tai Viet script with Vietnamese "
                "under it; prices are in đồng and meals are free for children."
            ),
            72,
        ),
        sections=("Thực đơn", "Giờ phục vụ", "Bếp cộng đồng", "Lễ hội", "Liên hệ"),
        notes=("Meals are served from 11:00.", "Spellings follow the village school."),
        item=_tai_viet_item,
        footer=("Volunteers eat free.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- the Kayah Li/Thai notice ---------------------------------------------------------------------

KAYAH_LI_TOWNS = ("Mae Hong Son", "Huai Pu Kaeng", "Nai Soi", "Pai")
#: The notice's subtitle: "Kayah Li", as the script writes it.
KAYAH_LI_NAME = kayah_li("ka.A._e ya.A._1 la.I")
#: The Thai line under many meals: "Wash your hands before eating".
WASH_HANDS = "ล้างมือก่อนรับประทานอาหาร"


def _kayah_li_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, thai = rng.choice(KAYAH_LI_LINES)
    if rng.random() < 0.4:  # some lines give their figures as Western digits
        words = words.translate(str.maketrans(KAYAH_LI_DIGITS, "0123456789"))
    head = f"Meal {1 + len(earlier)} · camp school · {rng.choice(KAYAH_LI_TOWNS)}"
    last = rng.choice((WASH_HANDS, WASH_HANDS, KAYAH_LI_THANKS, SERVED_WITH))
    return [head, words, thai, last]


def kayah_li_notice(rng: random.Random) -> str:
    """A Kayah Li/Thai notice for a camp school's meal times: Kayah Li in its own script (the
    vowel signs and the tones plophu and calya as combining marks, times in Kayah Li digits on
    most lines and Western ones on others), breakfast at a camp and its twin one figure apart,
    villages of Mae Hong Son."""
    platform = Platform(
        title="เวลาอาหาร — โรงเรียนค่าย แม่ฮ่องสอน",
        subtitle=f"{KAYAH_LI_NAME} · Mae Hong Son and Nai Soi{NBSP}🍚",
        lead=wrap(
            rng,
            (
                "The camp school serves three meals a day to boarders from the Kayah villages. "
                "Each notice is written in Kayah Li with Thai under each line; times are in "
                "Kayah Li digits on most lines."
            ),
            72,
        ),
        sections=("เวลาอาหาร", "อาหารเช้า", "อาหารกลางวัน", "อาหารเย็น", "ติดต่อ"),
        notes=("Boarders eat in the hall.", "Day pupils bring a bowl."),
        item=_kayah_li_item,
        footer=("Visitors eat with the teachers.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
