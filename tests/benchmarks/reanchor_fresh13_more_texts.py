"""More thirteenth-round fresh re-anchoring texts (no test here): a ferry's safety card, a
Georgian and English botanical garden notice with Latin names, a Swahili and English water
notice and a utility bill's explanatory notes.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh12_kit import assemble
from tests.benchmarks.reanchor_fresh13_kit import (
    NBSP,
    ZWJ,
    bullets,
    clock,
    date,
    emoji,
    footer,
    people,
)


def safety_card(rng: random.Random) -> str:
    """A ferry's safety card: the same "follow the crew" sentence in every section, two
    decks whose muster stations differ by one letter, the master by title."""
    master, officer = people(rng, 2)
    crew = "Always follow the instructions of the crew."
    blocks = [
        "Safety on board 🛟",
        (
            f"Welcome aboard MV Islander. This card explains what to do in an emergency. "
            f"Please read it before departure at {clock(rng, 7, 11)}. {crew}"
        ),
        "Alarm signals",
        (
            "Seven or more short blasts and one long blast on the ship’s whistle is the "
            f"general alarm. Go to your muster station at once. {crew}"
        ),
        "Muster stations",
        bullets(
            [
                "Deck 4, forward lounge: muster station A",
                "Deck 5, aft lounge: muster station B",
                "Deck 5, forward bar: muster station D",
                crew,
            ]
        ),
        (
            f"A drill is held on every first sailing of the month; the next is on "
            f"{date(rng, ('March', 'April'))} at {clock(rng, 8, 10)}. It takes approximately "
            f"10 minutes. {officer} leads the drill {emoji(rng)}."
        ),
        "Lifejackets",
        (
            "Adult lifejackets are under the seats in every lounge; child and infant "
            "lifejackets are in the lockers marked with a yellow sign. Put the lifejacket "
            f"over your head, tie the straps at the front and do not inflate it inside. {crew}"
        ),
        (
            "About 2% of passengers on a crossing are infants; ask the crew for an infant "
            "lifejacket before departure. Each lifejacket has a light and a whistle."
        ),
        "Fares and refunds",
        (
            f"A foot passenger fare is £12.50 each way and a car with driver £68.00; a "
            f"return bought before {date(rng, ('May',))} costs £22.50. Sailings cancelled "
            "for weather are refunded in full, and 10% is added as credit."
        ),
        "Crossing times",
        (
            f"The crossing takes 45 minutes in fair weather and up to 90 minutes in a swell. "
            f"The last sailing leaves at 9.30 pm and the first at 6.45 am. {master}, the "
            f"master, may delay a sailing at any time."
        ),
        (
            f"Ar bord — à bord — an Bord: ⚠️ no smoking on any deck{NBSP}· "
            f"kein Zutritt zum Autodeck während der Überfahrt {ZWJ.join(('🧑', '✈️'))}."
        ),
        "Children and pets",
        (
            "Children must stay with an adult at all times, including on the open deck. "
            "Pets travel in the car or in the pet lounge on Deck 4, never in the passenger "
            "lounges; a pet ticket costs £6.00. Always follow the instructions of the crew."
        ),
        "Abandoning ship",
        (
            "If the master orders the ship abandoned, the crew will lead you from your "
            "muster station to the liferafts. Do not jump into the water unless told to. "
            "Keep your lifejacket on and stay together. Always follow the instructions of "
            "the crew."
        ),
        (
            "Each liferaft holds 25 people; there is room for approximately 120% of the "
            "people on board. The rafts inflate in under 2 minutes."
        ),
        *footer(
            rng,
            "the booking office",
            f"01632{NBSP}960 812",
            "bookings@islander-ferries.example.com",
        ),
    ]
    return assemble(
        "MV Islander — passenger safety card", f"Edition of {date(rng, ('January',))}", blocks
    )


def botanical_garden_notice(rng: random.Random) -> str:
    """A Georgian and English garden notice: Latin plant names, the same opening-hours
    sentence in both languages and again in English, two tickets a lari apart, curators by
    title."""
    curator, guide = people(rng, 2)
    hours = "The garden is open every day from 9 am to 6 pm."
    adult, student = rng.choice((("15.00", "5.00"), ("12.00", "4.00"), ("16.00", "6.00")))
    blocks = [
        "Welcome · მოგესალმებით 🇬🇪",
        (
            f"The Tbilisi Botanical Garden holds approximately 4,500 species, including "
            f"the endemic Campanula mirabilis and Paeonia mlokosewitschii. {hours}"
        ),
        "ბოტანიკური ბაღი ღიაა ყოველდღე 9 საათიდან 18 საათამდე. შესასვლელი ბილეთი GEL "
        f"{adult} ღირს.",
        "Tickets",
        (
            f"An adult ticket costs GEL {adult} and a student ticket GEL {student}; children "
            f"under 6 enter free. A guided tour costs GEL 30.00 and starts at 11 am and 3 pm. "
            f"{hours}"
        ),
        "The herbarium",
        (
            f"The herbarium keeps 150,000 sheets, including type specimens of Rhododendron "
            f"caucasicum and Galanthus woronowii. {curator} opens it to researchers by "
            f"appointment on Tuesdays from 10 am."
        ),
        (
            "ჰერბარიუმი ღიაა სამშაბათობით. Visits last 90 minutes; approximately 35% of "
            "visitors are students."
        ),
        "Events this season",
        bullets(
            [
                f"{date(rng, ('April',))}: snowdrop walk with {guide}, 10 am",
                f"{date(rng, ('May',))}: peony day, 11 am",
                f"{date(rng, ('June',))}: night of the garden, 8.30 pm",
            ]
        ),
        (
            "Please keep to the paths. Do not pick plants, seeds or fruit. Dogs are not "
            f"allowed, except assistance dogs. {hours}"
        ),
        "Getting here",
        (
            "The main gate is on Botanikuri Street, 600 metres from Freedom Square. "
            "Bus number 31 stops at the gate; a taxi from the old town costs about GEL 8.00."
        ),
        (
            f"Plant names follow the Flora of Georgia: Quercus iberica, Zelkova carpinifolia, "
            f"Pyrus salicifolia{NBSP}— and the Georgian ones: მუხა, ძელქვა, პანტა "
            f"{ZWJ.join(('🧑', '🌾'))}."
        ),
        "Photography and drones",
        (
            "Photography for personal use is free. Commercial photography costs GEL 50.00 "
            "an hour and must be booked at least 5 days ahead. Drones are not allowed over "
            "the garden at any time. The garden is open every day from 9 am to 6 pm."
        ),
        (
            "ფოტოგადაღება პირადი მიზნით უფასოა. დრონების გამოყენება აკრძალულია. Wedding "
            "photographs are welcome by arrangement; approximately 20 couples a month book."
        ),
        "The seed bank",
        (
            "The seed bank stores seed of 1,200 Georgian species, among them Iris iberica and "
            "Cyclamen coum subsp. caucasicum, at minus 20 degrees. Visits by groups of up to "
            "12 cost GEL 60.00 and last 45 minutes."
        ),
        *footer(rng, "the visitor centre", f"032{NBSP}272 3409", "visit@garden-tbilisi.example.ge"),
    ]
    return assemble(
        "Tbilisi Botanical Garden · თბილისის ბოტანიკური ბაღი",
        f"Visitor notice, {date(rng, ('March',))}",
        blocks,
    )


def bilingual_water_notice(rng: random.Random) -> str:
    """A Swahili and English water company notice: each paragraph then its Swahili twin,
    the same "boil your water" sentence, two kiosk prices one shilling apart, engineers by
    title."""
    engineer, manager = people(rng, 2)
    boil = "Boil all drinking water until further notice."
    chemsha = "Chemsha maji yote ya kunywa hadi taarifa nyingine itakapotolewa."
    day = date(rng, ("March", "April"))
    blocks = [
        "Water interruption · Kukatizwa kwa maji 💧",
        (
            f"Water supply to Kibera, Lang’ata and Karen will be interrupted on {day} from "
            f"6 am to 6 pm for repairs to the main on Ngong Road. {boil}"
        ),
        (
            f"Maji yatakatizwa Kibera, Lang’ata na Karen tarehe {day} kuanzia saa 12 asubuhi "
            f"hadi saa 12 jioni. {chemsha}"
        ),
        "Water kiosks",
        (
            "During the works, each water kiosk sells a 20-litre jerrycan for KSh 5 and a "
            "10-litre one for KSh 3. Tankers deliver 1,000 litres for KSh 1,200. Prices are "
            "set by the regulator."
        ),
        (
            "Wakati wa kazi, kila kioski kinauza dumu la lita 20 kwa KSh 5 na la lita 10 kwa "
            "KSh 3. Magari ya maji hupeleka lita 1,000 kwa KSh 1,200."
        ),
        "Why the works are needed",
        (
            f"The main, laid in 1978, loses approximately 38% of the water it carries. "
            f"{engineer} leads the repairs, which replace 2.5 kilometres of pipe. {boil}"
        ),
        (f"Bomba kuu, lililojengwa mwaka 1978, linapoteza takriban 38% ya maji. {chemsha}"),
        "Bills and meter readings",
        (
            f"Meter readings for the month will be estimated. Bills issued after "
            f"{date(rng, ('May',))} show the estimate; customers who disagree may send a "
            f"photo of their meter reading. The standing charge of KSh 150 is unchanged."
        ),
        "Contact · Mawasiliano",
        bullets(
            [
                f"Emergency line: 0722{NBSP}555 019, open 24 hours",
                "Text a photo of your meter to the same number",
                f"Ofisi: Ngong Road, saa 8 asubuhi hadi saa 4 jioni {emoji(rng)}",
            ]
        ),
        (
            f"Asante kwa uvumilivu wenu — thank you for your patience. {manager}, "
            f"Customer Service {ZWJ.join(('👩🏾', '🔧'))}."
        ),
        "Storing water safely",
        (
            "Store water in clean, covered containers and use it within two days. Wash "
            "containers with soap before filling them. Boil all drinking water until further "
            "notice."
        ),
        (
            "Hifadhi maji katika vyombo safi vilivyofunikwa na uyatumie ndani ya siku mbili. "
            "Chemsha maji yote ya kunywa hadi taarifa nyingine itakapotolewa."
        ),
        (
            "Schools and clinics receive water from tankers first, free of charge. Hospitals "
            "have their own tanks holding approximately 48 hours of water, about 10% more "
            "than last year."
        ),
        *footer(rng, "the customer desk", f"020{NBSP}555 0199", "huduma@nairobi-water.example.ke"),
    ]
    return assemble("Notice to customers · Taarifa kwa wateja", f"Nairobi Water, {day}", blocks)


def utility_bill_notes(rng: random.Random) -> str:
    """The notes on the back of an electricity bill: two tariffs a penny apart, the same
    "estimated readings" sentence, a payment date, the complaints officer by title."""
    officer, adviser = people(rng, 2)
    estimated = "Readings marked E are estimated."
    day_rate, night_rate = rng.choice((("0.2450", "0.2540"), ("0.2610", "0.2601")))
    blocks = [
        "Understanding your bill ⚡",
        (
            f"This bill covers {date(rng, ('January',))} to {date(rng, ('March',))}. "
            f"The amount due, £184.32, is taken by direct debit on {date(rng, ('April',))}. "
            f"{estimated}"
        ),
        "Your tariff",
        (
            f"Your unit rate is £{day_rate[:4]} a kilowatt-hour by day and "
            f"£{night_rate[:4]} by night, and the standing charge is £0.53 a day. "
            f"VAT is charged at 5% on the whole bill."
        ),
        (
            "The price cap changes every three months. From 1 July 2026 the unit rate may "
            "rise by approximately 2%; we will write to you 30 days before."
        ),
        "Meter readings",
        (
            f"We read your meter on {date(rng, ('March',))}: day 14,208, night 6,115. "
            f"{estimated} Send your own meter reading online or by telephone to get a bill "
            f"that matches what you used."
        ),
        bullets(
            [
                "Day reading 14,208 (A)",
                "Night reading 6,115 (E)",
                estimated,
            ]
        ),
        "Paying your bill",
        (
            f"Direct debit saves £5.00 a quarter. Customers paying by card at the post office "
            f"pay the full amount; a late payment fee of £12.00 is added after 28 days. "
            f"{adviser} can set up a payment plan."
        ),
        "Help and complaints",
        (
            f"If you are unhappy, telephone us between 8 am and 8 pm, Monday to Saturday. "
            f"{officer} answers every written complaint within eight weeks. {estimated}"
        ),
        (
            "Energy advice is free: a visit of approximately 45 minutes can cut a bill "
            f"by 10%. Ffoniwch ni{NBSP}— rhad ac am ddim — yn Gymraeg {emoji(rng)}."
        ),
        "Moving home",
        (
            "If you move home, telephone us at least 48 hours before, with a meter reading "
            "on the day you leave. Readings marked E are estimated. Your final bill is sent "
            "within 14 days, and any credit over £5.00 is refunded."
        ),
        "Your usage this year",
        (
            "You used 3,412 kilowatt-hours in the last 12 months, approximately 8% less than "
            "the year before. A similar home on Elm Road used 3,142 kilowatt-hours. The "
            "figures include estimated readings."
        ),
        (
            "Warm Home Discount: customers who qualify receive £150.00 off their winter bill. "
            "The discount is paid automatically to approximately 3% of our customers."
        ),
        *footer(
            rng, "customer services", f"020{NBSP}7946 0800", "help@bright-energy.example.co.uk"
        ),
    ]
    return assemble(
        "Notes on your electricity bill",
        f"Bright Energy · account 4471 · {date(rng, ('April',))}",
        blocks,
    )
