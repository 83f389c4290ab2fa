"""More eighteenth-round fresh texts (no test here): a shipping forecast, a commodity market
report, an Arabic and English municipal notice (Arabic-Indic digits in some lines) and a
Korean and English station announcement list, each a list of blocks in the same sentence
shapes that only a name or a figure tells apart.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh18_kit import Section, listing

AREAS = (
    "Viking",
    "North Utsire",
    "Forties",
    "Cromarty",
    "Dogger",
    "Humber",
    "Thames",
    "Dover",
    "Wight",
    "Portland",
    "Plymouth",
    "Sole",
    "Lundy",
    "Fastnet",
    "Irish Sea",
    "Malin",
)
WINDS = ("Southwest", "West", "Westerly", "Northwest", "South", "Southerly")
WEATHER = ("Rain later.", "Showers.", "Rain then showers.", "Fair.", "Drizzle, fog patches.")
VISIBILITY = (
    "Good, occasionally poor.",
    "Moderate or good.",
    "Good.",
    "Moderate or poor, occasionally very poor.",
)

SEA_STATES = ("Moderate or rough.", "Rough or very rough.", "Slight or moderate.")


def shipping_forecast(rng: random.Random) -> str:
    """A shipping forecast: areas in the broadcast's order (never alphabetical), each the same
    three sentence shapes, neighbouring areas often word for word alike."""
    start = rng.randrange(9)
    areas = list(AREAS[start : start + 8])
    sections = []
    number = 0
    for index, (issued, note) in enumerate(
        (
            ("Forecast 0505", "Gale warnings are in force for four areas. Seas are rough."),
            ("Forecast 1201", "The low moves east and fills. Winds ease from the west."),
            ("Forecast 1754", "A new low approaches from the Atlantic. Gales return tonight."),
            ("Forecast 0048", "The low is now over Fair Isle. Winds back southerly by dawn."),
        )
    ):
        blocks = []
        wind = rng.choice(WINDS)
        for area in areas:
            number += 1
            if rng.random() < 0.5:
                wind = rng.choice(WINDS)
            low = rng.randint(3, 6)
            blocks.append(
                [
                    f"Area {number} — {area}",
                    f"{wind} {low} or {low + 1}, occasionally {low + 2}.",
                    rng.choice(WEATHER),
                    rng.choice(VISIBILITY),
                    rng.choice(SEA_STATES),
                ]
            )
            if rng.random() < 0.3:
                blocks[-1].append("⚠️ Gale warning in force.")
        heading = f"{issued} · Met Office, issued {index * 6 + 5:02d}:05 UTC"
        sections.append(Section(heading, note, blocks))
    return listing(
        "Shipping forecast — Tuesday 3 March 2026",
        "Issued by the Met Office on behalf of the Maritime and Coastguard Agency",
        "The general synopsis at midnight: low, Rockall, 972, expected Fair Isle 980 by "
        "midnight tonight. See area 4 for the storm’s track.",
        sections,
        "Forecasts are for the next 24 hours. Inshore waters and the Navtex service are "
        "issued separately; don’t rely on this sheet at sea.",
    )


PRODUCTS = (
    ("Wheat (CBOT, March)", "cents a bushel", 612.5),
    ("Corn (CBOT, March)", "cents a bushel", 448.25),
    ("Soybeans (CBOT, March)", "cents a bushel", 1190.0),
    ("Arabica coffee ☕", "cents a pound", 212.4),
    ("Robusta coffee", "dollars a tonne", 3120.0),
    ("Cocoa (ICE, London)", "pounds a tonne", 2480.0),
    ("Palm oil (Bursa)", "ringgit a tonne", 3915.0),
    ("Brent crude", "dollars a barrel", 81.3),
    ("Gold", "dollars an ounce", 2034.1),
    ("Copper (LME)", "dollars a tonne", 8512.0),
    ("Rice (Thai 5 %)", "dollars a tonne", 560.0),
    ("Sugar No. 11", "cents a pound", 22.6),
    ("Rapeseed (Euronext)", "euros a tonne", 455.75),
    ("Nickel (LME)", "dollars a tonne", 16620.0),
)


def market_report(rng: random.Random) -> str:
    """A commodity market report: one block per product, "… rose 2.1 % to …", the same
    closing line under many products of a desk."""
    products = rng.sample(PRODUCTS, 12)
    opens = {name: price * rng.uniform(0.9, 1.1) for name, _, price in products}
    sections = []
    item = 0
    for index, (desk, note) in enumerate(
        (
            ("Open, grains and softs", "Trade was thin before the USDA report. Funds sold early."),
            (
                "Open, energy and metals",
                "The dollar firmed after the Fed’s minutes. Metals slipped.",
            ),
            (
                "Close, grains and softs",
                "Weather in West Africa drove cocoa again. Coffee followed.",
            ),
            ("Close, energy and metals", "Oil gave back its gains. Copper closed near the low."),
        )
    ):
        blocks = []
        for name, unit, _ in products[index % 2 * 6 : index % 2 * 6 + 6]:
            item += 1
            change = round(rng.uniform(0.1, 3.9), 1)
            verb = rng.choice(("rose", "fell", "rose"))
            product = name.split(" (")[0].removesuffix(" ☕")
            close = opens[name] * (1 + change / 100 if verb == "rose" else 1 - change / 100)
            blocks.append(
                [
                    f"Item {item} — {name}",
                    f"{product} {verb} {change} % to {close:,.2f} {unit}.",
                    f"High {close * 1.004:,.2f}, low {close * 0.993:,.2f}.",
                    rng.choice(
                        (
                            "Volume was light.",
                            "Volume was light.",
                            "Open interest rose.",
                            "Volume was heavy.",
                        )
                    ),
                ]
            )
            if rng.random() < 0.4:
                blocks[-1].append("Prices are provisional until the exchange settles.")
        sections.append(Section(f"Desk {index + 1} · {desk}", note, blocks))
    return listing(
        "Daily commodities wrap — 3 March 2026",
        "Closing prices, London 17:30 GMT; ¥, € and ₹ conversions on page 2",
        "Markets closed mixed on Tuesday. See item 2 for the corrected corn figure; the "
        "earlier note had it wrong.",
        sections,
        "Prices are indicative and aren’t an offer to trade. Data from the exchanges, delayed "
        "by at least 20 minutes.",
    )


STREETS = (
    ("شارع النهضة", "Al-Nahda Street"),
    ("شارع الملك فيصل", "King Faisal Street"),
    ("شارع الجامعة", "University Street"),
    ("طريق المطار", "Airport Road"),
    ("شارع الورود", "Al-Wurud Street"),
    ("شارع الأمير محمد", "Prince Mohammed Street"),
    ("ساحة الساعة", "Clock Square"),
)
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def _arabic(number: int) -> str:
    return "".join(ARABIC_DIGITS[int(d)] for d in str(number))


def bilingual_notice(rng: random.Random) -> str:
    """An Arabic and English municipal notice: road works by street, each an Arabic line
    and its English line, Arabic-Indic digits in some Arabic lines, the same parking line
    under most notices."""
    sections = []
    notice = 0
    for phase, arabic_phase, note in (
        ("Phase 1", "المرحلة الأولى", "Works start on Sunday. Residents’ access is kept."),
        ("Phase 2", "المرحلة الثانية", "Night works need a permit. Noise ends at 23:00."),
        ("Phase 3", "المرحلة الثالثة", "Buses are diverted. Stops move 200 m north."),
        ("Phase 4", "المرحلة الرابعة", "Resurfacing is last. Lines are painted at night."),
    ):
        blocks = []
        for arabic, english in rng.sample(STREETS, rng.randint(4, 5)):
            notice += 1
            days = rng.choice((3, 5, 7, 10, 14))
            digits = _arabic(days) if rng.random() < 0.6 else str(days)
            block = [
                f"Notice {notice} — {english} / {arabic}",
                f"تُغلق {arabic} لمدة {digits} أيام للصيانة.",
                f"{english} closes for {days} days for maintenance.",
            ]
            if rng.random() < 0.75:
                block += ["يُمنع الوقوف أثناء الأعمال.", "No parking while the works last. 🚧"]
            blocks.append(block)
        sections.append(Section(f"{phase} · {arabic_phase}", note, blocks))
    return listing(
        "بلدية المدينة — إعلان أعمال الطرق",
        "Municipality road works notice, March 2026",
        "تعتذر البلدية عن الإزعاج. The municipality apologises for the disruption; see "
        "notice 2 for the changed dates.",
        sections,
        "Complaints go to the municipality’s hotline 940 or to the service centre (مركز "
        "الخدمة) by the clock tower.",
    )


STATIONS = (
    ("강남", "Gangnam"),
    ("역삼", "Yeoksam"),
    ("선릉", "Seolleung"),
    ("삼성", "Samseong"),
    ("종합운동장", "Sports Complex"),
    ("잠실", "Jamsil"),
    ("교대", "Seoul National University of Education"),
    ("서초", "Seocho"),
    ("방배", "Bangbae"),
    ("사당", "Sadang"),
    ("신림", "Sillim"),
    ("홍대입구", "Hongik University"),
)


def station_announcements(rng: random.Random) -> str:
    """A Korean and English station announcement list: the same two announcements for every
    station, names differing, the door side and a transfer line under some."""
    sections = []
    stop = 0
    stations = rng.sample(STATIONS, 11)
    runs = (stations[:6], list(reversed(stations[:6])), stations[6:])
    for (line, note), run in zip(
        (
            ("Line 2 · 2호선 inner circle", "Play each pair on arrival. Korean is read first."),
            ("Line 2 · 2호선 outer circle", "The same list runs the other way. Doors may differ."),
            ("Line 4 · 4호선 to Oido", "A recorded voice reads these 🚇. Keep them short."),
        ),
        runs,
        strict=True,
    ):
        blocks = []
        for korean, english in run:
            stop += 1
            side, english_side = rng.choice((("오른쪽", "right"), ("왼쪽", "left")))
            block = [
                f"Stop {stop} — {korean} {english}",
                f"이번 역은 {korean}역입니다. 내리실 문은 {side}입니다.",
                f"This stop is {english}. The doors on your {english_side} will open.",
            ]
            if rng.random() < 0.4:
                block += [
                    "신분당선으로 갈아타실 수 있습니다.",
                    "You may transfer to the Sinbundang Line.",
                ]
            else:
                block += ["안전에 유의하시기 바랍니다.", "Please mind the gap."]
            blocks.append(block)
        sections.append(Section(line, note, blocks))
    return listing(
        "Seoul Metro — onboard announcement list",
        "Script version 7, recorded in March 2026",
        "Each stop has a Korean line and an English line. See stop 3 for the new transfer "
        "wording; the old wording isn’t used.",
        sections,
        "Recordings are made in the studio at Gunja depot. Changes go through the line’s "
        "duty manager, who signs the script.",
    )
