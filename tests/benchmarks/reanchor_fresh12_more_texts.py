"""Twelfth-round fresh texts, second half (no test here): a job advertisement, an allotment
society's newsletter, an Irish and English ferry notice and a Tamil school's term letter.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh12_kit import (
    NBSP,
    ZWJ_EMOJI,
    assemble,
    bullets,
    comments,
    discussion,
    emoji,
    footer,
    key,
    pairs,
    people,
    tag,
)


def job_advert(rng: random.Random) -> str:
    """A job advertisement: two posts one grade and one salary figure apart, "We welcome
    applications from everyone." after every section, duties and skills as bullets."""
    manager, contact = people(rng, 2)
    salary = rng.choice((34_000, 36_500, 38_000))
    welcome = "We welcome applications from everyone."
    blocks = [
        "About us",
        (
            "Ballykeel Community Energy runs solar roofs on schools and a wind turbine on "
            "the hill. We are owned by 600 members. We are looking for two people to join "
            f"our small team {emoji(rng)}. Both posts are open now."
        ),
        key("FT", "PT", "HY", "RO"),
        welcome,
        "Post 1: Project Officer",
        (
            f"Grade 5 {tag('FT', 'HY')}, €{salary:,} a year, reporting to {manager}. "
            "You will plan new roofs with schools, speak to parents’ groups and keep the "
            "project register up to date."
        ),
        bullets(
            [
                "Plan and track installations from survey to switch-on",
                "Write short reports for the board each quarter",
                "Answer questions from members by e-mail and phone",
                "Keep the register of roofs and meters **accurate**",
            ]
        ),
        welcome,
        "Post 2: Assistant Project Officer",
        (
            f"Grade 4 {tag('PT', 'RO')}, €{salary - 4_000:,} a year pro rata, reporting to "
            f"{manager}. You will help plan new roofs with schools and keep the project "
            "register up to date."
        ),
        bullets(
            [
                "Help track installations from survey to switch-on",
                "Answer questions from members by e-mail and phone",
                "Book meter readings and site visits",
            ]
        ),
        welcome,
        "What we look for",
        (
            "You MUST be able to drive: the schools are spread over the county. You do NOT "
            "need a degree. Experience of working with volunteers is useful. Irish is an "
            "advantage for both posts."
        ),
        (
            "One member of the interview panel put it this way: “We care more about how you "
            "work with people than about your certificates.” The other added: “Bring "
            "questions, not slides.” Interviews take forty minutes."
        ),
        "How to apply",
        (
            f"Send a CV and a short letter to {contact} by the closing date. Do NOT send "
            "photographs. Apply through the [jobs page](https://example.org/jobs) or by "
            f"post. The closing date is 14{NBSP}March at noon; late applications are "
            "NEVER considered."
        ),
        welcome,
        "What we offer",
        (
            "Twenty-five days’ leave plus public holidays. A pension with 6% from us. "
            f"Flexible hours around school runs {ZWJ_EMOJI}. A bicycle loan scheme. Training "
            "in the first year is **paid for** by us."
        ),
        *pairs(rng, 2),
        *comments(rng, "the Project Officer post"),
        *footer(rng, "the co-operative"),
        welcome,
    ]
    return assemble(
        "Jobs at Ballykeel Community Energy", f"Two posts · {rng.randint(2, 9)} days left", blocks
    )


def allotment_newsletter(rng: random.Random) -> str:
    """An allotment society's newsletter: plot numbers one digit apart, "Water butts must be
    covered." in every section, a show schedule with class codes and members' replies."""
    chair, secretary, winner = people(rng, 3)
    plot = rng.randint(11, 48)
    butts = "Water butts must be covered at all times."
    blocks = [
        "From the chair",
        (
            f"What a season! The onions were the best in years and the slugs the worst "
            f"{emoji(rng)}. Thank you to everyone who came to the work day. "
            f"Plot {plot} has been taken by a new family. Plot {plot + 10} is still free."
        ),
        butts,
        key("O", "P", "K"),
        "Annual show",
        (
            "The show is in the church hall on the last Saturday of August. Entries close "
            "the evening before. Every class is judged by a visiting judge, whose decision "
            "is final. The show schedule says: “One entry per class per plot.” Prizes are "
            "given at four o’clock."
        ),
        bullets(
            [
                f"Class 1: three onions, dressed {tag('O')}",
                f"Class 2: five runner beans {tag('O', 'P')}",
                f"Class 3: the heaviest marrow {tag('K')}",
                f"Class 4: a jar of jam {tag('P')}",
                f"Class 5: a vegetable animal {tag('K')}",
            ]
        ),
        butts,
        "Water",
        (
            "The troughs will be turned off on 31 October and back on in April. Hoses are "
            "NEVER allowed on the site. Please use a can. If a trough leaks, tell the "
            f"secretary, {secretary}, at once."
        ),
        butts,
        "Last year’s winners",
        (
            f"{winner} won the marrow class with 14.2 kg and the onion class with a set "
            f"weighing 1.9 kg. {winner} also won the children’s class with a marrow "
            "elephant. The judge said: “I have never seen a better elephant.” It was "
            "eaten the next day."
        ),
        "Plot inspections",
        (
            f"Inspections are in June and September. A plot that is less than half "
            f"cultivated gets a letter. After two letters the plot MUST be given up. "
            f"Plot {plot + 1} and plot {plot + 11} had letters this year."
        ),
        "Shop",
        (
            "The trading hut is open on Sunday mornings from 10:00 to 12:00. Seed potatoes "
            "arrive in February. Members get 10% off. Manure is FREE while it lasts "
            f"{ZWJ_EMOJI}. Order seeds on the [society page](https://example.org/allotments) "
            "by the end of January."
        ),
        "Notes from the committee",
        discussion(
            rng,
            [
                (0, chair, "Can we move the show to September next year?"),
                (1, secretary, "The hall is booked in September, I’m afraid."),
                (2, chair, "Then August it is."),
            ],
        ),
        "**Wanted:** a volunteer to run the trading hut on alternate Sundays.",
        *pairs(rng, 2),
        *comments(rng, "the annual show"),
        *footer(rng, "the society"),
        butts,
    ]
    return assemble(
        "Ballykeel Allotment Society", f"Newsletter no. {rng.randint(80, 99)} · autumn", blocks
    )


def ferry_notice(rng: random.Random) -> str:
    """An Irish and English ferry notice: every paragraph in both languages, sailing times
    one digit apart, "Sailings depend on the weather." in both languages again and again."""
    skipper, office = people(rng, 2)
    morning = rng.choice(("08:30", "09:00", "09:30"))
    weather_en = "Sailings depend on the weather."
    weather_ga = "Braitheann na seoltaí ar an aimsir."
    blocks = [
        "Winter timetable / Clár ama an gheimhridh",
        (
            f"From 1 November the ferry leaves Ros an Mhíl at {morning} and 17:00, and "
            "leaves the island at 10:00 and 18:00. The Sunday boat leaves at 11:00 only. "
            f"{weather_en}"
        ),
        (
            f"Ón 1 Samhain fágann an bád Ros an Mhíl ag {morning} agus 17:00, agus fágann "
            "sé an t-oileán ag 10:00 agus 18:00. Ní fhágann bád an Domhnaigh ach ag 11:00. "
            f"{weather_ga}"
        ),
        key("WC", "SF", "GA", "EN"),
        "Tickets / Ticéid",
        bullets(
            [
                f"Adult return €25 {tag('EN', 'GA')}",
                f"Child return €12 {tag('EN', 'GA')}",
                f"Island resident return €8 {tag('GA')}",
                f"Bicycle €5 {tag('SF')}",
                f"Wheelchair users and a companion travel FREE {tag('WC', 'SF')}",
            ]
        ),
        (
            "Tickets are sold on the pier and on the "
            "[booking page](https://example.org/ferry). Book ahead in bad weather: the "
            "office says: “A booked seat is a seat we will hold.” Cash is NOT taken on board."
        ),
        (
            "Díoltar ticéid ar an gcé agus ar an leathanach áirithinte. Cuir in áirithe roimh "
            "ré nuair a bhíonn drochaimsir ann. Ní ghlactar le hairgead tirim ar bord."
        ),
        "Safety / Sábháilteacht",
        (
            f"The skipper, {skipper}, decides if the boat sails. IMPORTANT: life jackets "
            "are under every seat. DO NOT stand on the open deck in rough weather. "
            f"{weather_en}"
        ),
        (
            f"Is é an scipéir, {skipper}, a shocraíonn an seolann an bád. Tá seaicéid "
            f"tarrthála faoi gach suíochán. {weather_ga}"
        ),
        "Cargo / Lasta",
        (
            f"Parcels for the island are taken at the office until 16:30. Fresh food "
            f"{emoji(rng)} goes on the morning boat. Gas bottles travel on the 17:00 boat "
            "only. Ask the office for the cargo form."
        ),
        (
            "Glactar le beartáin don oileán san oifig go dtí 16:30. Téann bia úr ar bhád na "
            "maidine. Ní iompraítear buidéil gháis ach ar bhád a 17:00."
        ),
        "Contact / Teagmháil",
        (
            f"Call the office on 091{NBSP}572{NBSP}050 or write to {office}. **The office is "
            f"closed on Sundays.** {weather_en} {ZWJ_EMOJI}"
        ),
        (
            f"Glaoigh ar an oifig ar 091{NBSP}572{NBSP}050 nó scríobh chuig {office}. Bíonn "
            f"an oifig dúnta ar an Domhnach. {weather_ga}"
        ),
        *pairs(rng, 2),
        *comments(rng, "winter sailings"),
        *footer(rng, "the ferry office"),
        f"{weather_en} / {weather_ga}",
    ]
    return assemble("Báid Árann / Aran Ferries", "Fógra / Notice", blocks)


def tamil_school(rng: random.Random) -> str:
    """A Tamil Saturday school's term letter in Tamil and English: class lists with
    English names, "Please bring a packed lunch." after every notice, fees a figure apart."""
    head, teacher, parent = people(rng, 3)
    fee = rng.choice((60, 75, 90))
    lunch = "Please bring a packed lunch."
    lunch_ta = "தயவுசெய்து மதிய உணவு கொண்டு வாருங்கள்."
    blocks = [
        "Welcome back / மீண்டும் வருக",
        (
            f"Dear parents, the autumn term begins on Saturday 7 September. Classes run "
            f"from 10:00 to 13:00 at Ballykeel Community School {emoji(rng)}. {lunch}"
        ),
        (
            f"அன்புள்ள பெற்றோர்களே, இலையுதிர் பருவம் செப்டம்பர் 7 சனிக்கிழமை தொடங்குகிறது. "
            f"வகுப்புகள் காலை 10 மணி முதல் மதியம் 1 மணி வரை நடைபெறும். {lunch_ta}"
        ),
        key("T", "EN", "K"),
        "Classes / வகுப்புகள்",
        bullets(
            [
                f"Nursery: songs and letters, with {teacher} {tag('T', 'K')}",
                f"Grade 1: reading and writing {tag('T')}",
                f"Grade 2: reading, writing and grammar {tag('T')}",
                f"Grade 6: exam class, with {head} {tag('T', 'EN')}",
            ]
        ),
        (
            "Every child reads aloud once a week. Homework is set on Saturday and due the "
            "next Saturday. Our head teacher says: “A little every day is better than a lot "
            "on Friday night.” Reading records MUST be signed by a parent."
        ),
        lunch,
        "Fees / கட்டணம்",
        (
            f"The fee is £{fee} a term for one child and £{fee + 30} for two or more. "
            f"Books cost £{fee // 6} a year. Families who find the fee hard should talk "
            "to the head teacher; NO child is turned away."
        ),
        (
            f"ஒரு குழந்தைக்கு ஒரு பருவத்திற்குக் கட்டணம் £{fee}. இரண்டு அல்லது அதற்கு "
            f"மேற்பட்ட குழந்தைகளுக்கு £{fee + 30}. {lunch_ta}"
        ),
        "Events / நிகழ்வுகள்",
        (
            "The Navarathri celebration is on Saturday 12 October in the hall. Children "
            "may come in traditional dress. Parents are asked to bring one dish to share. "
            f"IMPORTANT: label every dish with its ingredients {ZWJ_EMOJI}."
        ),
        (
            "The prize day is on Saturday 14 December. Prizes go to the best reader and the "
            "best speaker in each class. The prize day is on Saturday 14 December at 11:00."
        ),
        lunch,
        "Parents’ questions",
        discussion(
            rng,
            [
                (0, parent, "Is there parking at the school on Saturdays?"),
                (1, head, "Yes, in the back car park. Please DO NOT park on the road."),
                (2, parent, "நன்றி! Thank you."),
            ],
        ),
        (
            "Find the term dates on the [school page](https://example.org/tamil-school). "
            f"Contact {head} on 01{NBSP}555{NBSP}2020. **The school is run by volunteers.**"
        ),
        *pairs(rng, 2),
        *comments(rng, "the autumn term"),
        *footer(rng, "the school"),
        lunch,
    ]
    return assemble("Ballykeel Tamil School / பல்லிகீல் தமிழ்ப் பள்ளி", "Term letter", blocks)
