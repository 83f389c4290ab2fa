"""Thirty-second-round fresh re-anchoring texts (no test here): a livestock market's sale
catalogue, an agricultural show's schedule and prize list, a farm's field operations record
and a dairy's milk collection report, each a full page as it is published, with lines that
recur word for word.
"""

from __future__ import annotations

import datetime
import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh32_kit import (
    CONDITIONS,
    FIELDS,
    NO_ENTRIES,
    NOT_AWARDED,
    SAMPLE_NOT_TAKEN,
    STOCK,
    WEEKDAYS,
    WITHDRAWN,
)
from tests.benchmarks.reanchor_fresh32_more_texts import (
    intake_log,
    odia_notice,
    sowing_calendar,
    tifinagh_notice,
)

# -- a livestock market's sale catalogue ----------------------------------------------------------

#: Stock by section: what a lot is, and its usual weight a head (kg).
STOCK_KINDS = {
    "Store lambs — Ring 1": (("Texel x ewe lambs", 38.5), ("Texel x wether lambs", 36.5)),
    "Breeding ewes — Ring 2": (("Mule shearling ewes", 68.0), ("Suffolk x ewes", 72.5)),
    "Prime lambs — Ring 1": (("Beltex x lambs", 44.5), ("Charollais x lambs", 45.5)),
    "Store cattle — Ring 3": (("Limousin x steers", 412.0), ("Limousin x heifers", 398.0)),
    "Rams — Ring 2": (("Texel shearling rams", 96.5), ("Suffolk ram lambs", 61.5)),
    "Dairy heifers — Ring 3": (("Holstein in-calf heifers", 540.0), ("Friesian heifers", 522.0)),
}
VENDORS = (
    "Mr T. Hollins, Brookside",
    "Mr T. Hollins, Brookfield",
    "Mrs A. Pugh, Ty Newydd",
    "Mrs A. Pugh, Ty Newyd",
    "R. & S. Bowen, Pentre",
    "G. Lloyd & Son, Maesmawr",
    "G. Lloyd & Sons, Maesmawr",
    "Mr D. Rees, Brookside",
)


def _lot_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 7:
        return []
    first = 101 + sum(1 for lines in earlier for line in lines if line.startswith("Lot "))
    pens = rng.randint(2, 4)
    lines = [f"Pens {first - 100} to {first - 101 + pens} · from {10 + index}:{rng.choice('03')}0"]
    for number in range(first, first + pens):
        kind, weight = rng.choice(STOCK_KINDS[section])
        weight += rng.choice((-1.0, 0.0, 0.0, 0.5, 1.0))
        head = rng.choice((10, 12, 12, 15, 20)) if weight < 100 else rng.choice((1, 2, 4))
        lines.append(f"Lot {number}  {head} {kind}  {weight:.1f} kg  {rng.choice(VENDORS)}")
        if rng.random() < 0.3:
            lines.append(WITHDRAWN)
    return [*lines, CONDITIONS] if index == 0 or rng.random() < 0.3 else lines


def sale_catalogue(rng: random.Random) -> str:
    """A livestock market's sale catalogue: lots ("Lot 114  12 Texel x ewe lambs  38.5 kg  Mr
    T. Hollins, Brookside"), "Withdrawn" under many lots, vendors and farms one letter apart,
    the same conditions-of-sale line under each section."""
    platform = Platform(
        title="Brookside Farmers’ Mart — sale catalogue, Thursday 17 September",
        subtitle=f"Auctioneers’ office · Llandovery{NBSP}🐑",
        lead=wrap(
            rng,
            (
                "Weights are estimated liveweights a head. Lots are sold in the order of the "
                f"catalogue in each ring. {CONDITIONS} Buyers must register at the office "
                "before bidding."
            ),
            72,
        ),
        sections=tuple(STOCK_KINDS),
        notes=("Sale starts at 10:00 prompt.", "Buyers’ premium 2 % on every lot."),
        item=_lot_item,
        footer=("Printed the evening before the sale.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- an agricultural show's schedule and prize list -----------------------------------------------

CLASSES = {
    "Sheep — Section B": (
        "Pair of Suffolk ewes",
        "Pair of Suffolk ewe lambs",
        "Suffolk ram, any age",
        "Texel ram, any age",
        "Texel shearling ewe",
        "Texel ewe lamb",
    ),
    "Cattle — Section C": (
        "Limousin heifer",
        "Limousin heifer calf",
        "Limousin bull calf",
        "Pair of beef steers",
        "Beef steer, any breed",
        "Beef heifer, any breed",
    ),
    "Poultry — Section D": (
        "Pair of Light Sussex",
        "Light Sussex cockerel",
        "Trio of bantams",
        "Pair of bantams",
        "Half dozen brown eggs",
        "Half dozen white eggs",
    ),
    "Produce — Section F": (
        "Three onions, dressed",
        "Three shallots, dressed",
        "Five potatoes, white",
        "Five potatoes, coloured",
        "Jar of honey",
        "Jar of honey, set",
    ),
    "Young handlers — Section J": (
        "Handler under 12",
        "Handler 12 to 16",
        "Handler over 16",
        "Handler of a lamb",
        "Handler of a calf",
    ),
    "Horses — Section H": (
        "Welsh Section A mare",
        "Welsh Section A foal",
        "Welsh Section A colt",
        "Welsh Section B mare",
        "Welsh Section B foal",
    ),
}
JUDGES = ("Mrs E. Pritchard, Corwen", "Mr H. Lewis, Bala", "Mrs E. Pritchard, Corwyn")
EXHIBITORS = (
    "J. & M. Parry, Llanfair",
    "J. & M. Parry, Llanfor",
    "W. Jones, Cefn",
    "W. Jones & Son, Cefn",
    "Miss C. Owen, Bryn",
    "E. Davies, Hafod",
    "E. Davies, Hafod-y-bryn",
)
PLACINGS = ("1st", "2nd", "3rd", "H.C.")
STEWARDS = "Results checked by the section stewards."


def _class_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    classes = CLASSES[section]
    if index >= len(classes):
        return []
    lines = [f"Class {21 + len(earlier)}  {classes[index]}", f"Judge: {rng.choice(JUDGES)}"]
    if rng.random() < 0.25:
        return [*lines, NO_ENTRIES, STEWARDS]
    places = rng.randint(2, 4)
    names = rng.sample(EXHIBITORS, places)
    for placing, name in zip(PLACINGS, names, strict=False):
        lines.append(f"{placing}  {NOT_AWARDED if rng.random() < 0.15 else name}")
    return [*lines, STEWARDS] if rng.random() < 0.4 else lines


def show_prize_list(rng: random.Random) -> str:
    """An agricultural show's schedule and prize list: classes ("Class 23  Pair of Suffolk
    ewes"), placings ("1st  J. & M. Parry, Llanfair", "H.C. …"), "No entries" and "Not
    awarded" again and again, the same judge under several classes."""
    platform = Platform(
        title="Llanfair and District Agricultural Show — prize list 2026",
        subtitle=f"Show secretary · Saturday 8 August{NBSP}🏆",
        lead=wrap(
            rng,
            (
                "Results as announced in the rings, corrected by the stewards. Where a class "
                "had no entries it is shown as such; where the judge withheld a placing it is "
                "shown as not awarded."
            ),
            72,
        ),
        sections=tuple(CLASSES),
        notes=("Judging starts at 09:30.", "Cups are presented at 16:00."),
        item=_class_item,
        footer=("Challenge cups are held for one year.", STOCK),
        least_sections=5,
        least_items=4,
    )
    return export(rng, platform)


# -- a farm's field operations record -------------------------------------------------------------

PRODUCTS = (
    ("Glyphosate 360", 1.5),
    ("Glyphosate 360", 1.5),
    ("Nitram 34.5 % N", 2.5),
    ("Fluroxypyr 200", 0.75),
    ("Chlormequat 750", 1.25),
    ("Prosaro", 0.8),
)
FIELD_NOTES = (
    "Buffer zone of 6 m kept by the brook.",
    "Buffer zone of 6 m kept by the brook.",
    "Sprayer rinsed in the field; washings applied to the crop.",
    "Buffer zone of 5 m kept by the brook.",
)
WINDS = ("SW 2", "SW 2", "W 3", "NW 1", "S 2")


def _operation_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 5:
        return []
    month = section.split()[0]
    number = ("March", "April", "May", "June", "July", "August").index(month) + 3
    first = 1 + 6 * index
    lines = [f"Week of {first:02}/{number:02} · sprayer NS 24 · operator R. Hughes"]
    for day in sorted(rng.sample(range(first, first + 5), rng.randint(2, 3))):
        for _ in range(rng.randint(1, 2)):
            product, rate = rng.choice(PRODUCTS)
            lines.append(
                f"{day:02}/{number:02}  {rng.choice(FIELDS)}  {product}  {rate} l/ha  "
                f"wind {rng.choice(WINDS)}"
            )
    return [*lines, rng.choice(FIELD_NOTES)]


def field_record(rng: random.Random) -> str:
    """A farm's field operations record: dated lines ("12/04  Long Ley  Glyphosate 360  1.5
    l/ha  wind SW 2"), the same product and rate word for word across fields, fields named
    one letter apart ("Long Ley" and "Long Lea", "Top Field" and "Top Fields")."""
    platform = Platform(
        title="Pentre Farm — field operations record 2026",
        subtitle=f"Kept for the farm assurance audit{NBSP}🚜",
        lead=wrap(
            rng,
            (
                "Every application of a plant protection product or fertiliser is recorded on "
                "the day. Rates are product a hectare; wind is direction and Beaufort force at "
                "the start of the work."
            ),
            72,
        ),
        sections=tuple(f"{m} 2026" for m in ("March", "April", "May", "June", "July", "August")),
        notes=("Sprayer tested in February.", "Buffer zones kept by every watercourse."),
        item=_operation_item,
        footer=("Records are kept for three years.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- a dairy's milk collection and quality report -------------------------------------------------

FIRST_DAY = datetime.date(2026, 7, 1)
TANKER_TIMES = ("06:40", "06:40", "06:45", "07:10")
TANK_NOTES = (
    "Tank at 3.8 °C on collection.",
    "Tank at 3.8 °C on collection.",
    "Tank at 3.6 °C on collection.",
)
PRICE_NOTE = "Price for the week: 38.25 p/l base, plus 0.3 p for each 0.1 % of butterfat."


def milk_line(day: int) -> str:
    """A day's collection and its sample's figures, one digit apart from day to day."""
    date = FIRST_DAY + datetime.timedelta(days=day - 1)
    litres = 2_300 + (day * 7) % 30
    fat, protein = 4.10 + (day % 4) / 100, 3.30 + (day % 3) / 100
    cells, bacteria = 140 + (day % 6), 18 + (day % 3)
    return (
        f"{WEEKDAYS[date.weekday()]} {date.day}  {litres:,} l  BF {fat:.2f} %  "
        f"Prot {protein:.2f} %  SCC {cells}  Bactoscan {bacteria}"
    )


def _milk_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    groups = ((0, 1), (1, 2), (3, 1), (4, 2), (6, 1))
    week = int(section.split()[1])
    if index >= len(groups) or 7 * (week - 1) + groups[index][0] >= 31:
        return []
    first, count = groups[index]
    days = [d for at in range(count) if (d := 7 * (week - 1) + first + at + 1) <= 31]
    if len(days) == 2 and rng.random() < 0.25:  # the tanker's reading was lost
        del days[1]
    lines = [f"Collected {days[0]} July · tanker WX 71 · {rng.choice(TANKER_TIMES)}"]
    for day in days:
        line = milk_line(day)
        if rng.random() < 0.25:
            line = line[: line.index("  BF ")] + f"  {SAMPLE_NOT_TAKEN}"
        lines.append(line)
    lines.append(rng.choice(TANK_NOTES))
    return [*lines, PRICE_NOTE] if index == len(groups) - 1 else lines


def milk_report(rng: random.Random) -> str:
    """A dairy's milk collection and quality report: a line a day ("Tue 14  2,314 l  BF 4.12 %
    Prot 3.31 %  SCC 145  Bactoscan 18"), figures one digit apart from day to day, "Sample
    not taken" repeating, the same price note under each week."""
    weeks = tuple(
        f"Week {n} — from {FIRST_DAY + datetime.timedelta(weeks=n - 1):%-d %B}" for n in range(1, 6)
    )
    platform = Platform(
        title="Pentre Farm — milk collections and quality, July 2026",
        subtitle=f"From the dairy’s supplier portal{NBSP}🥛",
        lead=wrap(
            rng,
            (
                "Litres collected each day and the results of the day’s sample. Butterfat and "
                "protein in per cent, cell count in thousands a millilitre. "
                f"{PRICE_NOTE}"
            ),
            72,
        ),
        sections=weeks,
        notes=("Figures from the dairy’s laboratory.", "Ask the field officer about any result."),
        item=_milk_item,
        footer=(
            "Reissued when the laboratory corrects a result. Results inside the dairy’s limits "
            "earn the hygiene bonus of 0.5 p/l; a result outside them loses it for the week.",
            STOCK,
        ),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


KINDS = (
    sale_catalogue,
    show_prize_list,
    field_record,
    milk_report,
    intake_log,
    sowing_calendar,
    odia_notice,
    tifinagh_notice,
)
