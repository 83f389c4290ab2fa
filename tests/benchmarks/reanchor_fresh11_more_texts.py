"""Eleventh-round fresh texts, second half (no test here): a tenancy agreement, a sailing
club's race instructions, a Korean cooking class handout and a Marathi festival notice.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh11_kit import (
    NBSP,
    PEOPLE,
    assemble,
    emoji,
    footer,
    hesitant,
    pairs,
    people,
    stamped,
    um,
)


def tenancy_agreement(rng: random.Random) -> str:
    """A tenancy agreement: numbered clauses that repeat "the tenant must", two clauses one
    figure apart, a recorded check-in and the same reminder after each part."""
    tenant, landlord, agent = people(rng, 3)
    rent = rng.randint(600, 1400)
    deposit = rent * 5 // 4
    reminder = "Nothing in this agreement affects the tenant’s statutory rights."
    check_in = [
        ("AGENT", um("OK, we’re in the kitchen, the meter reads 04417.")),
        ("TENANT", hesitant(rng, "Right, there’s a chip in the worktop by the sink.")),
        ("AGENT", hesitant(rng, "Noted, I’ll photograph it for the inventory.")),
        ("TENANT", "[laughs] " + hesitant(rng, "Yes, and the oven door sticks a bit.")),
    ]
    blocks = [
        "Parties",
        (
            f"This agreement is made between {landlord} (the landlord) and {tenant} (the "
            f"tenant) for the flat at 3{NBSP}Chapel Row. The landlord’s agent is {agent}."
        ),
        "Part 1: Rent and deposit",
        "\n".join(
            (
                f"1.1 The tenant must pay £{rent} a month, on the first working day of the month.",
                f"1.2 The tenant must pay a deposit of £{deposit} before moving in.",
                "1.3 The deposit is protected within 30 days (see clause 4.2).",
                "1.4 Late rent may carry interest at 3% above the base rate — see clause 1.1.",
            )
        ),
        reminder,
        "Part 2: Use of the property",
        "\n".join(
            (
                "2.1 The tenant must use the flat as a private home only.",
                "2.2 The tenant must not keep pets without written consent (not to be "
                "unreasonably refused).",
                "2.3 The tenant must not smoke inside the flat.",
                "2.4 The tenant must not smoke on the balcony.",
                "2.5 Bins go out on Tuesday; recycling every other Friday. ♻️",
            )
        ),
        reminder,
        "Part 3: Repairs and access",
        (
            "The landlord must keep the structure, the boiler and the wiring in repair (as "
            "the law requires). The landlord may visit Monday to Friday between 09:00 and "
            "17:00 after giving 24 hours’ notice in writing. In an emergency—a leak, a fire, "
            "a gas smell—no notice is needed…"
        ),
        reminder,
        "Part 3a: Utilities and council tax",
        (
            "The tenant is responsible for gas, electricity, water, broadband and council "
            "tax from the start date. The landlord will pass on the meter readings taken at "
            "check-in (see the recorded inventory below) and will not switch supplier without "
            "the tenant’s consent."
        ),
        (
            "If a bill arrives in the landlord’s name after the start date, the landlord must "
            "forward it within 7 days. If a bill arrives in the tenant’s name after the end "
            "date, the tenant must forward it within 14 days (the two periods are different "
            "on purpose)."
        ),
        reminder,
        "Part 4: Ending the tenancy",
        "\n".join(
            (
                "4.1 The tenant may end the tenancy by giving two months’ notice.",
                "4.2 The deposit is returned within 10 days of the end of the tenancy.",
                "4.3 The tenant must return every key, including the bike store key.",
            )
        ),
        (
            "At the end of the tenancy the flat must be left clean and in the condition it "
            "was in at the start, fair wear and tear excepted. The landlord and the tenant "
            "will check the inventory together—on a weekday, Monday to Friday—and agree any "
            "deductions from the deposit in writing."
        ),
        "Part 5: Notices",
        (
            "Notices under this agreement must be in writing. A notice sent by e-mail is "
            "served on the day it is sent if that day is Monday to Friday and it is sent "
            "before 17:00; otherwise on the next working day. A notice sent by post is served "
            "on the second working day after posting (first class)."
        ),
        "Inventory check-in (recorded)",
        stamped(rng, 10 * 3600 + rng.randint(0, 3000), check_in),
        (
            f"Signed on a Saturday in {rng.choice(('March', 'July', 'November'))} by the "
            f"tenant and the landlord, witnessed by {PEOPLE[4]} {emoji(rng)}. Office hours "
            "for queries: Monday to Friday, 10:00–16:00 (closed on bank holidays)."
        ),
        *pairs(rng, 3),
        *footer(rng, "the letting agency"),
        reminder,
    ]
    return assemble(f"Assured shorthold tenancy agreement: {tenant}", "3 Chapel Row", blocks)


def race_instructions(rng: random.Random) -> str:
    """A sailing club's race instructions: numbered rules, start times one minute apart,
    the same safety line after each part and a radio log."""
    officer, safety_boat, member = people(rng, 3)
    first_start = rng.randint(10, 13)
    channel = rng.choice((37, 72, 77))
    safety = "Every competitor must wear a buoyancy aid while afloat."
    radio = [
        ("RACE OFFICER", um("All boats, the course is triangle, sausage, triangle.")),
        ("SAFETY", hesitant(rng, "Copy, one Laser capsized near mark 3, we’re on it.")),
        ("RACE OFFICER", hesitant(rng, "Thanks, the start for fleet B is postponed.")),
        ("SAFETY", "[crosstalk] " + hesitant(rng, "Sorry, say again, the wind just dropped.")),
    ]
    blocks = [
        "Rules of racing",
        (
            "Racing is governed by the Racing Rules of Sailing (the 2025–2028 edition) and by "
            "these instructions. The organiser may change them by a notice on the board "
            "before 09:00 on the day."
        ),
        safety,
        "Schedule of races",
        "\n".join(
            (
                f"Saturday: warning signal for fleet A at {first_start}:00, fleet B at "
                f"{first_start}:05.",
                f"Sunday: warning signal for fleet A at {first_start}:00, fleet B at "
                f"{first_start}:06.",
                "Monday to Friday: the club is open for practice, 18:00–21:00.",
                f"Prize-giving: Sunday, about 17:30, in the bar ⛵ {emoji(rng)}.",
            )
        ),
        safety,
        "The course",
        (
            "The course is shown on the board by 10:00 (with the marks to be rounded to "
            "port). Mark 3 is a yellow cylinder — not the orange one, which belongs to the "
            "fishing club. The competitor who rounds the wrong mark must retire…"
        ),
        "Safety and radio",
        (
            f"The safety boat, helmed by {safety_boat}, listens on channel {channel}. A "
            "competitor who retires must tell the organiser before leaving the water (by "
            "radio or in person) or will be scored DNF."
        ),
        stamped(rng, first_start * 3600 - 600, radio),
        safety,
        "Scoring",
        (
            "The low point system applies. Each fleet sails up to six races; one discard is "
            "allowed once four races are completed (two discards after six). A boat that "
            "does not start is scored one point more than the number of entries in its fleet."
        ),
        (
            f"Results are posted on the board and online by 19:00 on Saturday and Sunday "
            f"(the online results are unofficial until the board is updated). Trophies for "
            f"the series are presented in {rng.choice(('November', 'December'))}."
        ),
        "Shore arrangements",
        (
            "Boats may be left in the dinghy park from Monday to Friday before the series "
            "(the gate code is on the entry form). Changing rooms open at 08:00; the "
            "slipway is closed for an hour either side of low water—check the tide table."
        ),
        "Penalties",
        (
            "A boat that breaks a rule of Part 2 may take a two-turns penalty. If the "
            "competitor touches a mark, one turn is enough (as rule 44 allows). The "
            "competitor who takes a penalty must still finish and must tell the race "
            "officer at the finish line — a hail is enough, no form is needed."
        ),
        (
            "Boats that come ashore early must sign the retirement sheet by the door of the "
            "race office. The organiser counts every boat back in, Saturday to Sunday, and "
            "will not close the water until the sheet matches the entries."
        ),
        "Protests and hearings",
        (
            f"Protest forms are at the office; the time limit is 60 minutes after the last "
            f"boat finishes. {officer} chairs the protest committee, with {member} and "
            f"{PEOPLE[4]} (on Saturday and Sunday only)."
        ),
        "Notes for visitors",
        *pairs(rng, 3),
        *footer(rng, "the sailing club"),
        (
            f"Parking is free Monday to Friday and costs £{rng.randint(3, 8)} at weekends. "
            f"The galley serves soup from 12:00 {emoji(rng)} — cash only, in "
            f"{rng.choice(('May', 'June', 'July'))} at least."
        ),
        safety,
    ]
    return assemble("Autumn series: sailing instructions", "Estuary Sailing Club", blocks)


def cooking_class(rng: random.Random) -> str:
    """A Korean cooking class handout: Korean lines with English, recipes one amount apart,
    the same hygiene line after each dish and a recorded demonstration."""
    teacher, helper, student = people(rng, 3)
    chilli = rng.randint(1, 3)
    hygiene = "Wash your hands before and after handling raw meat or fish."
    demo = [
        ("TEACHER", um("OK, first, rinse the rice until the water runs clear.")),
        ("TEACHER", hesitant(rng, "Now, 참기름 — sesame oil — just one teaspoon.")),
        ("STUDENT", hesitant(rng, "Sorry, how long does the kimchi need to ferment?")),
        ("TEACHER", "[laughs] " + hesitant(rng, "Well, at least two days, longer in winter.")),
    ]
    blocks = [
        "Welcome 환영합니다",
        (
            f"Classes run Tuesday to Thursday evenings at the community kitchen, led by "
            f"{teacher} with {helper}. Every visitor gets an apron (please return it) and a "
            "copy of this handout. 🍲"
        ),
        "오늘의 메뉴 (Today’s menu)",
        "\n".join(
            (
                "김치찌개 — kimchi stew",
                "비빔밥 — mixed rice with vegetables",
                "파전 — spring onion pancake",
                "호떡 — sweet filled pancake",
            )
        ),
        "Kimchi stew 김치찌개",
        (
            f"Fry the kimchi in a little oil (older, sourer kimchi works best), add {chilli} "
            "teaspoons of gochugaru and 500 ml of water, then tofu and spring onion. Simmer "
            "for twenty minutes… taste, and add salt only at the end."
        ),
        hygiene,
        "Mixed rice 비빔밥",
        (
            f"Arrange the vegetables on the rice—spinach, carrot, bean sprouts—with {chilli + 1} "
            "teaspoons of gochujang on top and a fried egg (yolk still runny) in the middle."
        ),
        hygiene,
        "Pancakes 파전",
        (
            "Mix 200 g of flour with 250 ml of cold water; fry the spring onions first, then "
            "pour the batter over them. Serve with soy sauce and vinegar (one to one)."
        ),
        "Kitchen rules",
        (
            "Knives stay on the boards, points away from the edge. Hot pans go on the trivets "
            "by the window (never on the worktop). The visitor who finishes first is asked to "
            "help with the washing up; the visitor who finishes last gets the leftovers to "
            "take home, in tubs we provide."
        ),
        (
            "Children over twelve may come with an adult on Tuesday and Wednesday only (the "
            "Thursday class moves too fast). Please tell us about allergies when you book — "
            "sesame, soy, wheat, egg and shellfish are all used during the term."
        ),
        "Recorded demonstration",
        stamped(rng, 19 * 3600 + rng.randint(0, 1200), demo),
        "Shopping list",
        (
            "Most ingredients are sold at the Asian supermarket on Market Street (open "
            "Monday to Saturday, 09:00–20:00). Gochugaru keeps for a year in the freezer; "
            "gochujang for months in the fridge. Buy kimchi a week ahead, or make your own "
            "the weekend before."
        ),
        (
            "If you cannot eat sesame, tell the organiser before the class (we will use "
            "sunflower oil instead). Vegetarian versions of every dish are possible — the "
            "stew works well with mushrooms and the pancake needs no changes at all."
        ),
        "Sweet pancakes 호떡",
        (
            "Make a soft dough with 300 g of flour, yeast, sugar and warm milk; leave it for "
            "an hour. Fill each ball with brown sugar, cinnamon and chopped nuts (walnuts or "
            "peanuts), then press it flat in the pan. Careful: the filling is very hot."
        ),
        hygiene,
        "Useful phrases",
        "\n".join(
            (
                "맛있어요 — it is delicious",
                "잘 먹겠습니다 — thank you for the meal (before eating)",
                "잘 먹었습니다 — thank you for the meal (after eating)",
            )
        ),
        "Next term",
        (
            "Booking opens on the first Monday of "
            f"{rng.choice(('January', 'April', 'September'))}. "
            f"{student} asked for a temple food evening — the organiser is working on it "
            f"(vegetarian, no garlic or onion). {emoji(rng)} Questions to {PEOPLE[4]}."
        ),
        *pairs(rng, 3),
        *footer(rng, "the community kitchen"),
        hygiene,
    ]
    return assemble("Korean home cooking, week 3", "Community kitchen handout", blocks)


def festival_notice(rng: random.Random) -> str:
    """A Marathi and English Ganesh festival notice from a neighbourhood mandal: Marathi
    paragraphs with Latin names, programme lines one time apart, the same appeal after each
    section and a recorded meeting."""
    president, treasurer, volunteer = people(rng, 3)
    year = rng.randint(2025, 2027)
    donation = rng.randint(101, 501)
    appeal = "Please park on Shivaji Road, not in front of the pandal."
    meeting = [
        ("PRESIDENT", um("Namaskar, thank you all for coming this evening.")),
        (
            "TREASURER",
            hesitant(rng, f"So, collections so far are ₹{donation * 90}, a little ahead."),
        ),
        ("VOLUNTEER", hesitant(rng, "Also, we still need people for the Sunday queue.")),
        ("PRESIDENT", "[crosstalk] " + hesitant(rng, "OK, one at a time, please.")),
    ]
    blocks = [
        "गणेशोत्सव निमंत्रण",
        (
            f"सर्व भाविकांना नम्र विनंती की गणेशोत्सव {year} मध्ये सहभागी व्हावे. अध्यक्ष "
            f"{president} आणि खजिनदार {treasurer} यांनी सांगितले की या वर्षी मिरवणूक Shivaji "
            "Road वरून जाईल."
        ),
        "Invitation",
        (
            f"All devotees are invited to Ganeshotsav {year}. The organiser (Navratna Mitra "
            "Mandal, Kothrud) asks every visitor to follow the volunteers’ directions. 🙏"
        ),
        appeal,
        "Programme",
        "\n".join(
            (
                "Day 1 — Ganesh sthapana, 10:30, with dhol-tasha.",
                "Day 2 — Aarti, 19:30; drawing competition for children.",
                "Day 3 — Aarti, 19:45; bhajan evening with the Kulkarni family.",
                "Day 5 — Blood donation camp, Monday to Friday of the festival week, 09:00–13:00.",
                "Day 10 — Visarjan procession, 16:00.",
            )
        ),
        appeal,
        "कार्यक्रम",
        (
            "दररोज संध्याकाळी आरती होईल. लहान मुलांसाठी चित्रकला स्पर्धा (वय ५ ते १२) दुसऱ्या "
            "दिवशी आहे. रक्तदान शिबिर Monday to Friday सकाळी ९ ते १ या वेळेत होईल."
        ),
        "Volunteers",
        (
            "Volunteers are needed for the queue, the shoe stand and the prasad counter. "
            "Shifts are three hours long, Monday to Friday in the evenings and all day at the "
            "weekend; the organiser will send the rota by WhatsApp (please reply to confirm)."
        ),
        (
            "स्वयंसेवकांनी कृपया वेळेवर यावे. रांग, चप्पल स्टँड आणि प्रसाद काउंटरसाठी मदत हवी "
            "आहे. संपर्क: Aditya Kulkarni किंवा Sneha Deshpande."
        ),
        "Safety",
        (
            "Fire extinguishers are by the stage and by the kitchen door. In an emergency "
            "the loudspeaker will give directions in Marathi, Hindi and English; the visitor "
            "should follow the volunteers in orange jackets to Shivaji Road (the nearest "
            "open space)."
        ),
        appeal,
        "Donations",
        (
            f"The suggested donation is ₹{donation} per family (receipts given at the desk) "
            "— but every gift, large or small, is welcome… The accounts will be read out at "
            f"the meeting in {rng.choice(('October', 'November'))}."
        ),
        appeal,
        "Committee meeting (recorded)",
        stamped(rng, 20 * 3600 + rng.randint(0, 1200), meeting),
        (
            f"Minutes taken by {volunteer}. Present: {president}, {treasurer}, {PEOPLE[4]} "
            f"and eleven members {emoji(rng)}. Next meeting on Saturday at the temple hall "
            "(upstairs, lift available)."
        ),
        "Notes",
        *pairs(rng, 3),
        *footer(rng, "the mandal"),
        appeal,
    ]
    return assemble(f"Navratna Mitra Mandal: Ganeshotsav {year}", "सूचना / Notice", blocks)
