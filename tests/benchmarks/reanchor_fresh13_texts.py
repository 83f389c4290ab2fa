"""Thirteenth-round fresh re-anchoring texts (no test here): a school's timetable and term
calendar, a hotel's house rules, a cycling club's route sheet and a town council's budget
summary, written to be hostile (boilerplate repeated, near twins that differ by one figure
or one name, decoys, mixed scripts, emoji and combining marks).
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh12_kit import assemble
from tests.benchmarks.reanchor_fresh13_kit import (
    NBSP,
    ZWJ,
    bullets,
    date,
    emoji,
    footer,
    people,
)
from tests.benchmarks.reanchor_fresh13_more_texts import (
    bilingual_water_notice,
    botanical_garden_notice,
    safety_card,
    utility_bill_notes,
)


def school_timetable(rng: random.Random) -> str:
    """A primary school's timetable and term calendar: the same register line every day,
    two term dates a week apart, dinner money and clubs priced, staff with titles."""
    head, deputy, teacher = people(rng, 3)
    register = "Registers close at 8.55 am and late arrivals must sign in at the office."
    autumn, spring = date(rng, ("September", "October")), date(rng, ("January", "February"))
    dinner = rng.choice(("2.85", "2.90", "3.10"))
    blocks = [
        "Welcome back 🏫",
        (
            f"Welcome to the new school year at Ysgol Bryn Teg. {head} and every member of "
            f"staff look forward to seeing the children on {autumn}. The autumn term ends on "
            f"{date(rng, ('December',))}, with an INSET day on {date(rng, ('November',))}."
        ),
        "The school day",
        bullets(
            [
                "Doors open at 8.40 am",
                register,
                "Morning break is 15 minutes, at 10.30 am",
                "Lunch is from 12 pm to 1 pm",
                f"Home time is 3.15 pm for every class {emoji(rng)}",
            ]
        ),
        (
            f"Monday: {register} Assembly follows in the hall, led by {deputy}. Tuesday: "
            f"{register} Swimming for Year 4 at the leisure centre on Park Road, approximately "
            "20 minutes away by coach."
        ),
        (
            f"Wednesday: {register} Forest school for Year 2 all afternoon. Thursday: "
            f"{register} Music with {teacher}. Friday: {register} Celebration assembly at "
            "2.30 pm; parents are welcome."
        ),
        "Term calendar",
        (
            f"The spring term begins on {spring}. Half term is the week after, and the "
            f"summer term begins on {date(rng, ('April',))}. Please do not book holidays in "
            "term time: attendance last year was 95.8%, and the target is 97%."
        ),
        (
            f"Sports day is on {date(rng, ('June',))} at 1.30 pm on the field behind School "
            f"Street. If it rains, sports day moves to {date(rng, ('June',))}, the same time."
        ),
        "Dinner money and clubs",
        (
            f"School dinners cost £{dinner} a day, or £{float(dinner) * 5:.2f} a week, paid "
            f"online. Breakfast club costs £1.50 from 7.45 am; after-school club costs £8.50 "
            f"until 5.30 pm and £6.50 until 4.30 pm. Families on a low income pay nothing."
        ),
        (
            "Clubs this term, including football, choir, coding and Welsh conversation, "
            "are free. Places are limited to 20 a club; about 15% of places are kept for "
            "Year 3."
        ),
        "Cymraeg",
        (
            "Croeso nôl i bawb! Mae’r ysgol yn agor am 8.40 am. Registers close at 8.55 am "
            "and late arrivals must sign in at the office."
        ),
        "Uniform and kit",
        (
            "Uniform is a green jumper with the school badge, a white polo shirt and grey "
            "trousers, skirt or shorts. Second-hand uniform costs £2.00 an item at the summer "
            "fair; new jumpers cost £14.50 from the shop on Station Road. Please label "
            "everything, including coats and water bottles."
        ),
        (
            "PE kit is a green T-shirt, black shorts and trainers, kept in school all week. "
            "Earrings must be removed or taped for PE. Year 4 need a swimming costume and a "
            "towel on Tuesdays."
        ),
        "Absence",
        (
            "If your child is ill, telephone the office before 9.30 am on the first day. "
            "Registers close at 8.55 am and late arrivals must sign in at the office. "
            "Holidays in term time are not authorised, and the local authority may fine "
            "parents £60.00 a child."
        ),
        *footer(rng, "the school office", f"01632{NBSP}960 118", "office@brynteg.example.org"),
        f"Diolch, and have a good term {ZWJ.join(('👩', '🏫'))}. — {head}, Head Teacher",
    ]
    return assemble(
        "Ysgol Bryn Teg: timetable and term dates", f"Letter to families, {autumn}", blocks
    )


def hotel_house_rules(rng: random.Random) -> str:
    """A hotel's house rules: the same quiet-hours sentence in every section, two room
    prices a euro apart, check-in and check-out times, the manager by title."""
    manager, porter = people(rng, 2)
    quiet = "Quiet hours are from 10 pm to 7 am."
    single, double = rng.choice(((89, 119), (92, 124), (95, 129)))
    blocks = [
        "Before you arrive",
        (
            f"Welcome to the Hotel Miramar {emoji(rng)}. Check-in is from 3 pm and "
            f"check-out is by 11 am. A late check-out until 2 pm costs €25.00 and must be "
            f"booked at reception. {quiet}"
        ),
        (
            f"A single room costs €{single}.00 a night and a double €{double}.00, breakfast "
            f"included. From {date(rng, ('July',))} to {date(rng, ('August',))} prices rise "
            "by 12%, and a city tax of €2.50 a person a night is added."
        ),
        "In your room",
        bullets(
            [
                "Smoking is not allowed anywhere in the building, including balconies",
                quiet,
                "Towels for the pool are at reception, not in the room",
                "The safe is in the wardrobe; the code is set by you",
            ]
        ),
        (
            f"Please telephone reception (number 9 from any room) if something is missing. "
            f"{porter} is on duty at night. {quiet} Guests who break quiet hours twice may "
            "be asked to leave."
        ),
        "Breakfast and bar",
        (
            f"Breakfast is served from 7.30 am to 10.30 am on the terrace. The bar opens at "
            f"5 pm and closes at 11.30 pm. {quiet} Room service costs €5.00 a tray."
        ),
        "Pool and garden",
        (
            f"The pool is open from 9 am to 7 pm from {date(rng, ('May',))}. There is no "
            f"lifeguard. Children under 12 must be with an adult. {quiet}"
        ),
        "Parking and transfers",
        (
            "Parking on Via Roma costs €15.00 a day; the hotel garage, approximately 200 "
            "metres away, costs €18.00. A taxi to the airport takes about 40 minutes and "
            "costs €45.00, or €54.00 after 10 pm."
        ),
        "Damage and deposits",
        (
            "A deposit of €100.00 is taken on arrival and returned within 14 days. Breakages "
            "are charged at cost. Lost keys cost €20.00. About 3% of deposits are kept, "
            "most for lost keys."
        ),
        (
            f"Ευχαριστούμε — grazie — thank you for staying with us. {manager}, General "
            f"Manager, signs every guest’s card by hand{NBSP}✍️."
        ),
        "Visitors",
        (
            "Visitors are welcome in the lounge and on the terrace until 10 pm, but not in "
            "the rooms. Quiet hours are from 10 pm to 7 am. Guests are responsible for "
            "their visitors, including any damage."
        ),
        "Wi-Fi and luggage",
        (
            "Wi-Fi is free in every room; the network is MIRAMAR-GUEST and the password is "
            "on your key card. Luggage can be left at reception on the day of departure until "
            "8 pm, at no charge. Bicycles are kept in the garage for €3.00 a day."
        ),
        (
            "Lost property is kept for three months. Items are posted on request, at cost, "
            "within approximately 10 days; a parcel to another country costs from €19.00."
        ),
        *footer(
            rng, "the front desk", f"020{NBSP}7946 0321", "reception@hotel-miramar.example.com"
        ),
    ]
    return assemble(
        "Hotel Miramar — house rules", f"Revised {date(rng, ('March', 'April'))}", blocks
    )


def route_sheet(rng: random.Random) -> str:
    """A cycling club's route sheet: cue lines that repeat "SO at X-rds", two café stops
    with near-identical prices, start times, gradients, the ride leader by title."""
    leader, sweeper = people(rng, 2)
    ride_day = date(rng, ("May", "June"))
    cues_out = [
        "R out of car park onto Station Road, 0.0 km",
        "L at T-jct onto Mill Road, 2.4 km",
        "SO at X-rds, 5.1 km",
        "R at mini roundabout towards Ashby, 8.7 km",
        "SO at X-rds, 11.3 km",
        "L at T-jct onto High Street, 14.0 km ⚠️ busy",
    ]
    cues_back = [
        "R out of café onto High Street, 31.2 km",
        "SO at X-rds, 34.9 km",
        "L at T-jct onto Mill Road, 38.6 km",
        "Steep descent: 12% for 400 metres, 40.1 km",
        "SO at X-rds, 42.8 km",
        "L into car park, finish, 45.0 km",
    ]
    blocks = [
        "Sunday ride: the Ashby loop 🚲",
        (
            f"Meet at the Station Road car park at 8.30 am on {ride_day} for a 9 am start. "
            f"The route is 45 kilometres with approximately 520 metres of climbing. "
            f"{leader} leads; {sweeper} rides at the back."
        ),
        "Outward cues",
        "\n".join(cues_out),
        "Control point and café",
        (
            f"The control point is the Old Forge café at 14.2 kilometres, reached at about "
            f"10.15 am. Tea costs £2.20 and a bacon roll £3.80; the cheese scone is £2.80 "
            f"and the fruit scone £2.60. The café is open from 8 am to 4 pm; card stamps are "
            f"free {emoji(rng)}."
        ),
        (
            "The climb after the café averages 6% for 2 kilometres, with a last 200 metres "
            "at 11%. Regroup at the top; nobody is left behind."
        ),
        "Return cues",
        "\n".join(cues_back),
        "Kit and safety",
        bullets(
            [
                "A helmet is required on every club ride",
                "Carry two inner tubes, a pump and a telephone",
                "Lights on from 1 October; the ride may finish after 1 pm",
            ]
        ),
        (
            f"Membership costs £25.00 a year, or £12.50 for under-18s, and includes "
            f"insurance. Non-members may ride twice before joining. The next ride is on "
            f"{date(rng, ('June', 'July'))}, same start, same time: 8.30 am at the car park."
        ),
        (
            "Nota bene: the ride is not a race. Ride two abreast only where the road is "
            f"wide, single file on Mill Road. Chwarae teg{NBSP}— fair play — to every "
            "driver who waits."
        ),
        "Weather and cancellations",
        (
            "The ride goes ahead in light rain. It is cancelled if the forecast at 7 am "
            "shows ice, snow or gusts over 60 kilometres an hour; the ride leader posts the "
            "decision by 7.30 am. Check before you leave home."
        ),
        (
            "Riders who turn back early should tell the sweeper first. The shortcut home "
            "from the café is 12 kilometres along the canal path, flat and traffic-free, "
            "approximately 40 minutes at an easy pace."
        ),
        "Alternative: the short loop",
        "\n".join(
            [
                "R out of car park onto Station Road, 0.0 km",
                "L at T-jct onto Mill Road, 2.4 km",
                "SO at X-rds, 5.1 km",
                "L at T-jct onto Canal Lane, 6.9 km",
                "SO at X-rds, 9.8 km",
                "R into car park, finish, 12.6 km",
            ]
        ),
        *footer(
            rng, "the ride secretary", f"01632{NBSP}960 455", "rides@ashby-wheelers.example.org"
        ),
    ]
    return assemble(
        "Ashby Wheelers — route sheet",
        f"Issued {date(rng, ('April',))} · ride leader {leader}",
        blocks,
    )


def budget_summary(rng: random.Random) -> str:
    """A town council's budget summary with tables in prose: two services whose sums differ
    by one figure, the same "subject to approval" sentence, councillors by title."""
    chair, treasurer, member = people(rng, 3)
    subject = "All figures are subject to approval by full council."
    parks, pools = rng.choice((("1,250,000", "1,350,000"), ("1,420,000", "1,402,000")))
    meeting = date(rng, ("February",))
    blocks = [
        "Summary",
        (
            f"The council’s budget for 2026/27 is £14,800,000, an increase of 3.9% on last "
            f"year. The precept for a Band D home rises from £212.40 to £220.68. {subject}"
        ),
        (
            f"{chair}, who chairs the finance committee, said the rise was the smallest "
            f"for five years. {treasurer} added that reserves will stay above 8% of spending."
        ),
        "Spending by service",
        (
            f"Parks and open spaces: £{parks}, up from £1,190,000. Swimming pools and "
            f"leisure: £{pools}, up from £1,300,000. Libraries: £980,000, unchanged. "
            f"{subject}"
        ),
        (
            "Roads and footpaths: £2,310,000, including £400,000 for resurfacing on Bridge "
            "Street and Mill Road. Street lighting: £610,000, down 4% after the change to LED "
            "lamps."
        ),
        "Income",
        (
            f"Council tax brings in £9,200,000. Car parking brings in £1,100,000; the charge "
            f"at the Quay car park stays at £1.20 an hour, and at Market Street rises to "
            f"£1.50 an hour from {date(rng, ('April',))}. {subject}"
        ),
        (
            "Grants from government bring in £3,100,000, approximately 21% of income. Hall "
            "hire and fees bring in the rest."
        ),
        "Reserves",
        (
            f"General reserves stand at £1,300,000. Earmarked reserves, for the new depot "
            f"and the flood scheme, stand at £2,050,000. {subject}"
        ),
        "How to comment",
        (
            f"The budget is debated at full council on {meeting} at 7 pm in the Guildhall, "
            f"and the meeting is open to the public {emoji(rng)}. {member} will take "
            f"questions from 6.30 pm. Papers can be read at the Guildhall "
            f"from 9 am to 5 pm. Written comments must reach the town clerk by "
            f"{date(rng, ('January', 'February'))}."
        ),
        bullets(
            [
                "Papers are online a week before the meeting",
                "Large print copies cost nothing",
                "The meeting is filmed and the film kept for 12 months",
            ]
        ),
        (
            f"Tá fáilte roimh chách; croeso i bawb; ласкаво просимо{NBSP}— everybody is "
            "welcome, whatever language they speak."
        ),
        "Capital programme",
        (
            "The capital programme for 2026/27 is £4,600,000, including £1,900,000 for the "
            "new depot and £850,000 for the flood scheme on Bridge Street. Borrowing covers "
            "approximately 40% of it. All figures are subject to approval by full council."
        ),
        (
            "The capital programme for 2025/26 was £4,060,000, including £1,900,000 for the "
            "new depot and £580,000 for the flood scheme. Both figures are final."
        ),
        "Fees and charges",
        (
            "Allotment rents rise from £45.00 to £48.00 a year. Hall hire rises from £18.00 "
            "to £19.50 an hour, and to £22.50 after 6 pm. Burial fees are unchanged, and "
            "fees for children under 18 are waived."
        ),
        *footer(rng, "the town clerk", f"01632{NBSP}960 700", "clerk@ashby-town.example.gov"),
    ]
    return assemble("Town budget 2026/27: a summary", f"Ashby Town Council · {meeting}", blocks)


KINDS = (
    school_timetable,
    hotel_house_rules,
    route_sheet,
    budget_summary,
    safety_card,
    botanical_garden_notice,
    bilingual_water_notice,
    utility_bill_notes,
)
