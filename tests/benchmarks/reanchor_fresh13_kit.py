"""Shared pieces of the thirteenth round of fresh re-anchoring texts (no test here): dates,
clock times, prices, phone numbers, e-mail addresses, percentages, titled names, words a
printer abbreviates, glossary terms, where each stands, and a footer every text ends with.
"""

from __future__ import annotations

import random
import re
import unicodedata

from tests.benchmarks.reanchor_fresh7_places import Span
from tests.benchmarks.reanchor_fresh_texts import MONTHS

NBSP = "\u00a0"
ZWJ = "\u200d"

#: A date written out ("3 March 2026").
DATE = re.compile(
    rf"\b(?P<day>[1-9]|[12]\d|3[01]) (?P<month>{'|'.join(MONTHS)}) (?P<year>20\d\d)\b"
)
#: A time on the twelve-hour clock ("7.30 pm", "11 am").
CLOCK = re.compile(r"\b(?P<hour>1[0-2]|[1-9])(?:\.(?P<minute>[0-5]\d))? (?P<half>am|pm)\b")
#: A price: pounds, euros, Kenyan shillings or Georgian lari ("£12.50", "KSh 1,200").
PRICE = re.compile(
    r"(?P<currency>£|€|KSh |GEL )(?P<amount>\d{1,3}(?:,\d{3})*(?:\.\d\d)?)(?!\d|,\d)"
)
#: Area codes the texts' telephone numbers use, and the country each is in.
AREAS = {"1632": "44", "20": "44", "722": "254", "32": "995"}
#: A telephone number as dialled at home ("01632 960 123").
PHONE = re.compile(
    rf"(?<![\d+])0(?P<area>{'|'.join(AREAS)})[ {NBSP}](?P<rest>\d{{3,4}}[ {NBSP}]\d{{3,4}})(?!\d)"
)
_TIME = r"(?:1[0-2]|[1-9])(?:\.[0-5]\d)? (?:am|pm)"
_DAY = rf"(?:[1-9]|[12]\d|3[01]) (?:{'|'.join(MONTHS)}) 20\d\d"
#: A range of times or dates written out ("from 9 am to 6 pm", "between 8 am and 8 pm").
RANGE = re.compile(
    rf"\b(?P<opening>from|between) (?P<first>{_TIME}|{_DAY}) (?P<joint>to|and) "
    rf"(?P<last>{_TIME}|{_DAY})\b"
)
#: An e-mail address.
EMAIL = re.compile(r"\b[a-z][a-z.\-]*@[a-z\-]+(?:\.[a-z]+)+\b")
#: A percentage ("12%", "2.5%").
PERCENT = re.compile(r"\b\d+(?:\.\d+)?%")
#: A title before a name ("Dr ", "Cllr ").
TITLES = ("Dr", "Mr", "Mrs", "Ms", "Prof", "Cllr", "Capt", "Revd")
TITLED = re.compile(rf"\b(?:{'|'.join(TITLES)}) (?=[A-Z\u10d0-\u10ff])")

#: Words a printer abbreviates, and how.
ABBREVIATED = {
    "Street": "St",
    "Road": "Rd",
    "minutes": "min",
    "kilometres": "km",
    "approximately": "approx.",
    "including": "incl.",
    "telephone": "tel.",
    "number": "no.",
    "metres": "m",
    "hours": "hrs",
}
ABBREVIABLE = re.compile(rf"\b(?:{'|'.join(ABBREVIATED)})\b")

#: Terms a glossary explains, and what it says of each.
GLOSSARY = {
    "INSET day": "a day the school is closed to pupils for staff training",
    "half term": "a week's holiday in the middle of a term",
    "quiet hours": "the hours when guests are asked to make no noise",
    "late check-out": "leaving the room after 11 am, by arrangement",
    "T-jct": "a T-junction, where the road ends at another road",
    "control point": "a place on the route where riders have their card stamped",
    "precept": "the part of the council tax a parish or town council sets",
    "reserves": "money the council holds back for emergencies and future spending",
    "muster station": "the place on deck where passengers gather in an emergency",
    "lifejacket": "a jacket that keeps a person afloat in water",
    "herbarium": "a collection of dried and pressed plants",
    "endemic": "found naturally in one place and nowhere else",
    "water kiosk": "a stall where clean water is sold by the jerrycan",
    "meter reading": "the figure shown on the meter on a given day",
    "standing charge": "a fixed daily amount paid whatever is used",
    "unit rate": "the price of each kilowatt-hour used",
}
TERM = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in GLOSSARY) + r")\b")

#: Emoji the texts use: with a variation selector, a ZWJ sequence, a skin tone, a flag.
EMOJI = ("⚠️", "🚲", "🏫", "🛏️", "👩‍🏫", "🙋🏽", "🇬🇪", "🇰🇪", "💧", "⚡", "🛟", "✅")

#: People the texts name (invented), with their titles; two carry marks NFC cannot compose.
_RAW_PEOPLE = (
    "Dr Adaeze Okonkwọ́",
    "Mrs Siân Pritchard",
    "Mr Tomasz Wiśniewski",
    "Ms Wanjiru Kamau",
    "Cllr Rhodri Evans",
    "Prof Nino Beridze",
    "Revd Ama Owusu",
    "Capt Ivo Matić",
    "Dr Lê Thị Thuỷ",
    "Mr Baraka Otieno",
    "Ms Ketevan Lomidze",
)
PEOPLE = tuple(unicodedata.normalize("NFC", name) for name in _RAW_PEOPLE)
TRANSLATOR = unicodedata.normalize("NFC", "Ọlá Adébáyọ̀")


def people(rng: random.Random, count: int) -> list[str]:
    """``count`` different titled people."""
    return rng.sample(PEOPLE, count)


def emoji(rng: random.Random) -> str:
    """One of the emoji."""
    return rng.choice(EMOJI)


def date(rng: random.Random, months: tuple[str, ...] = MONTHS) -> str:
    """A date in 2026 written out ("3 March 2026")."""
    return f"{rng.randint(1, 28)} {rng.choice(months)} 2026"


def clock(rng: random.Random, earliest: int = 7, latest: int = 21) -> str:
    """A time on the twelve-hour clock between two hours ("7.30 pm")."""
    hour = rng.randint(earliest, latest)
    minute = rng.choice(("", ".15", ".30", ".45"))
    shown = hour - 12 if hour > 12 else hour
    return f"{shown}{minute} {'pm' if hour >= 12 else 'am'}"


def bullets(items: list[str]) -> str:
    """A bullet list (one paragraph)."""
    return "\n".join("- " + item for item in items)


def footer(rng: random.Random, organisation: str, phone: str, address: str) -> list[str]:
    """What every text ends with: a heading, how to reach ``organisation`` (its phone, its
    out-of-hours line and two e-mail addresses), what is kept about readers, other formats,
    complaints and when the notice was last checked, in an order the seed picks, then a
    list."""
    domain = address.split("@")[1]
    out_of_hours = f"01632{NBSP}960 {rng.randint(100, 999)}"
    parts = [
        (
            f"Questions about this notice? Telephone {organisation} on {phone} between "
            f"{clock(rng, 8, 10)} and {clock(rng, 16, 18)}, or write to {address}. We’ll answer "
            f"within five working days. Out of hours, telephone {out_of_hours}."
        ),
        (
            f"{organisation.capitalize()} keeps the names and telephone numbers of people "
            f"who contact it for two years. Nothing is sold or shared. To see what is kept "
            f"about you, write to privacy@{domain}; approximately 2% of requests are answered "
            "by post."
        ),
        (
            f"This notice was last checked on {date(rng)}. If anything here is wrong, tell "
            f"us {emoji(rng)}. Printed copies may be up to four weeks old. Translations by "
            f"{TRANSLATOR}."
        ),
        (
            "This notice is also available in large print, in Braille and as audio. Ask at "
            "the desk or by telephone, and allow ten working days. There is no charge for "
            "this, and nobody is asked why they need it."
        ),
        (
            "If you are unhappy with our answer, you may complain in writing. A manager who "
            "was not involved reads every complaint and replies within 20 working days. "
            "If you are still unhappy, you may go to the ombudsman, free of charge."
        ),
        (
            "We never ask for bank details by e-mail or text message. If a message asks you "
            f"to pay at once or to click a link, do not reply: forward it to {address} and "
            "delete it. Genuine messages always quote your reference number."
        ),
        (
            "Over the holidays the office is closed from 24 December 2026 to 4 January 2027, "
            "and it closes at 1 pm on the last working day before. Messages left in between "
            "are answered in the order they arrived, oldest first."
        ),
        (
            "Notices like this one are sent to approximately 3,000 households. If you would "
            "rather have them by e-mail, or not at all, tell us; it takes effect within one "
            "month, and you may change your mind at any time."
        ),
        (
            "This notice is printed on recycled paper with vegetable inks. Please recycle it "
            "when you have finished with it, or pass it on to a neighbour who may not have "
            "seen it. Extra copies are free from the desk."
        ),
    ]
    rng.shuffle(parts)
    return [
        "Contact and corrections",
        *parts,
        bullets(
            [
                "Large print and audio on request",
                "Answers within five working days",
                f"Step-free entrance{NBSP}— ring the bell 🧑{ZWJ}🦽 {emoji(rng)}",
            ]
        ),
    ]


def spans_of(pattern: re.Pattern[str], text: str) -> list[Span]:
    """Where each match of ``pattern`` stands."""
    return [m.span() for m in pattern.finditer(text)]
