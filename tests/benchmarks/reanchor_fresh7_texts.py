"""Seventh round of fresh held-out texts for re-anchoring: eight new kinds (no test here).

A court judgment (numbered paragraphs, "The Court notes that" again and again, the
parties' submissions quoted, damages a digit apart), a company's quarterly results release
(tables of figures one digit apart, a forward-looking disclaimer said three times), a
recipe collection (the same steps in every recipe, Vietnamese and Yoruba dishes heavy in
combining diacritics) and a conference programme (session lines and times that repeat,
"Chair:" lines, a call for papers quoted). Every kind has block quotes (one repeating an
earlier passage), a pipe table, sums with currency signs, abbreviations, a misspelling
in a quote, a foreign word, Title Case headings, names written without their diacritics,
and a passage each in Vietnamese, Yoruba and Persian or Urdu. All texts are canonical;
the other four kinds are in ``reanchor_fresh7_more_texts``.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh6_kit import finish
from tests.benchmarks.reanchor_fresh7_kit import passages, pick, quoted, table
from tests.benchmarks.reanchor_fresh7_more_texts import (
    anthology,
    catalogue,
    digest,
    forum_thread,
)

NOTES = "The Court notes that"
#: The last day of a time limit counted from 12 February 2020.
LIMIT_DATES = {14: "26 February 2020", 21: "4 March 2020", 28: "11 March 2020"}
NO_VIOLATION = "There has accordingly been no violation of Article 6 § 1 of the Convention."


def judgment(rng: random.Random) -> str:
    """A court judgment: numbered paragraphs, a recurring formula, submissions quoted."""
    vietnamese, yoruba, persian = passages("judgment")
    award = rng.randint(11, 19) * 500
    costs = award + rng.choice((10, 100, 1000))
    days = rng.choice((14, 21, 28))
    applicant = pick(rng, "Nguyen Thi Hoa", "Folasade Adeyemi")
    surname = applicant.split()[0] if applicant.startswith("Nguyen") else applicant.split()[1]
    city = pick(rng, "Zurich", "Malmo", "Tromso")
    late = rng.randint(3, 9)
    body = [
        f"Application No. {rng.randint(10_000, 99_999)}/21 · Judgment of 12 March 2026",
        "Procedure",
        f"1. The case originated in an application lodged by Ms {applicant}, who lives in "
        f"{city}. The applicant was represented by Mr Tran Van Duc, a lawyer practising in "
        f"{city}.",
        f"2. {NOTES} the application was lodged on 3 May 2021. {NOTES} the Government "
        "were given notice of it on 9 June 2022.",
        "The Facts",
        f"3. The applicant owns a flat at 14 Harbour Rd, {city}. In 2019 the Dept. of "
        "Planning refused her a permit to divide it into two flats.",
        f"4. She appealed. The appeal was heard on 4 March 2020 and dismissed on "
        f"{late} March 2020. A further appeal was dismissed on {late + 1} March 2021.",
        "5. In her appeal the applicant wrote:",
        quoted(
            "I did not recieve the decision untill the time limit had passed.",
            "The Dept. of Planning sent it to a seperate address, wich I had left in 2018.",
        ),
        "6. The Government replied:",
        quoted(
            "The decision was sent to the address the applicant had given.",
            "She was responsible for telling the Dept. of Planning that she had moved.",
        ),
        vietnamese,
        "Relevant Domestic Law",
        "7. Section 12 of the Planning Act provides that an appeal must be lodged within "
        f"{days} days of the decision. Section 14 provides that the time limit may be "
        "extended where the appellant shows good cause.",
        table(
            [
                ("Step", "Date", "Days after decision"),
                ("Decision posted", "12 February 2020", "0"),
                ("Decision received", f"{late} March 2020", str(late + 17)),
                ("Appeal lodged", f"{late + 1} March 2020", str(late + 18)),
                ("Time limit", LIMIT_DATES[days], str(days)),
            ]
        ),
        "The Law",
        f"8. The applicant complained that the refusal to extend the time limit denied her "
        f"access to a court. {NOTES} the right of access to a court is not absolute.",
        f"9. {NOTES} the applicant had moved in 2018 and did not tell the authorities. "
        f"{NOTES} she was represented by a lawyer from the start.",
        yoruba,
        "10. The applicant also submitted, in her later observations:",
        quoted(
            f"{NOTES} the right of access to a court is not absolute.",
            "But it must not be restricted so that its very essence is impaired.",
        ),
        f"11. The Court agrees. But it considers that a time limit of {days} days, which "
        "may be extended for good cause, does not impair the essence of the right. "
        f"{NO_VIOLATION}",
        persian,
        "Case-Law of the Court",
        *_case_law(rng, days),
        "Just Satisfaction",
        f"12. The applicant claimed €{award:,} in respect of non-pecuniary damage and "
        f"€{costs:,} for costs and expenses. The Government contested the claims.",
        f"13. Having regard to its finding, the Court rejects the claim of €{award:,}. It "
        f"awards €{award // 10:,} for costs, approx. a tenth of what was claimed.",
        f"14. {NOTES} the applicant's lawyer, Mr Tran, agreed to a fee of €{costs - award:,}. "
        f"{NOTES} no invoice was filed.",
        f"15. The applicant, Ms {surname}, said in a statement after the hearing: “The "
        f"goverment has treated me fairly, but the rule is harsh.” {NOTES} the statement "
        "was not part of the file.",
        "For These Reasons, the Court, Unanimously,",
        f"1. Declares the application admissible; 2. Holds that {NO_VIOLATION[19:]} "
        f"3. Dismisses the remainder of the claim for just satisfaction.",
        f"Done in English and notified in writing on 12 March 2026, pursuant to Rule 77 §§ "
        f"2 and 3 of the Rules of Court. {NO_VIOLATION}",
        "Separate Opinion of Judge Dvorak",
        f"I agree that {NO_VIOLATION[0].lower()}{NO_VIOLATION[1:]} I add only that the "
        f"authorities could have sent the decision to both addresses. {NOTES} the "
        "Government knew of the second address from a tax form (see para. 9).",
        "Concurring Opinion of Judge Muller",
        f"{NOTES} the case turns on its facts. The Court should not be read as approving a "
        f"limit shorter than {days} days. In such cases a taarof of polite extensions is no "
        "substitute for a clear rule (see paras. 7 and 11).",
    ]
    return finish(
        f"Case of {surname} v. the State: no violation of the right of access to a court",
        "Second Section · Judgment (Merits and Just Satisfaction) · Final",
        body,
    )


CASES = (
    ("Hoang v. the State", 2014, "a time limit of 10 days", "was not met"),
    ("Okafor v. the State", 2016, "a time limit of 14 days", "was met"),
    ("Hosseini v. the State", 2018, "a time limit of 21 days", "was not met"),
    ("Lindqvist v. the State (No. 2)", 2019, "a time limit of 28 days", "was met"),
    ("Lindqvist v. the State (No. 3)", 2020, "a time limit of 28 days", "was not met"),
)


def _case_law(rng: random.Random, days: int) -> list[str]:
    """Paragraphs on earlier cases, each in the same words but for a name and a figure."""
    cases = list(CASES)
    rng.shuffle(cases)
    found = []
    for letter, (name, year, limit, outcome) in zip("abcde", cases, strict=True):
        found.append(
            f"11{letter}. In {name}, decided in {year}, {limit} applied. {NOTES} the "
            f"applicant there was not represented, and that the limit {outcome}. The Court "
            f"held that the restriction was proportionate (see para. 8)."
        )
    found.append(
        f"11f. {NOTES} in none of these cases was the limit shorter than 10 days, and that "
        f"the limit here, {days} days, is within that range. The Dept. of Justice keeps a "
        "list of such limits, which the Government filed with their observations."
    )
    return found


OUTLOOK = "Forward-looking statements involve risks and uncertainties."
GUIDANCE = "We confirm our full-year guidance."


SEGMENTS = ("Feed", "Seafood", "Chemicals", "Services")


def _segments(rng: random.Random) -> list[str]:
    """A paragraph a segment, each in the same words but for its figures."""
    found = []
    for segment in SEGMENTS:
        now = rng.randint(40, 140) + rng.randint(0, 9) / 10
        before = now - rng.choice((1.0, 10.0, 0.1))
        found.append(
            f"{segment}: revenue of €{now:.1f}m in Q3 2026, against €{before:.1f}m in Q3 "
            f"2025. Operating margin of {rng.randint(9, 19)}.{rng.randint(0, 9)}%. The "
            f"segment's order book was €{now * 2:.1f}m at the end of the quarter, against "
            f"€{before * 2:.1f}m a year earlier. {GUIDANCE}"
        )
    found.append(
        "Services, our smallest segment, includes the jollof and bánh mì kitchens we run "
        "for staff in Lagos and in Hanoi; its revenue is shown separately from Q3 2026."
    )
    return found


def results_release(rng: random.Random) -> str:
    """A quarterly results release: tables of figures one digit apart, a disclaimer."""
    vietnamese, yoruba, persian = passages("results")
    revenue = rng.randint(380, 460) + rng.randint(1, 9) / 10
    last = revenue - rng.choice((10, 1, 0.1))
    margin = rng.randint(11, 19)
    ceo = pick(rng, "Jose Muller", "Shirin Tabrizi")
    cfo = pick(rng, "Pham Minh Chau", "Reza Farahani")
    dividend = rng.choice((12, 13, 14))
    body = [
        f"Revenue of €{revenue:.1f}m in Q3 2026, against €{last:.1f}m in Q3 2025. Operating "
        f"margin of {margin}.{rng.randint(0, 9)}%. {GUIDANCE}",
        "Highlights of the Third Quarter",
        f"Revenue rose to €{revenue:.1f}m. Seafood revenue rose to €{revenue / 4:.1f}m, and "
        f"chemicals revenue to €{revenue / 5:.1f}m. {GUIDANCE}",
        table(
            [
                ("€m", "Q3 2026", "Q3 2025", "Change"),
                ("Revenue", f"{revenue:.1f}", f"{last:.1f}", f"{revenue - last:+.1f}"),
                ("Gross profit", f"{revenue * 0.41:.1f}", f"{last * 0.41:.1f}", "+0.4"),
                ("Operating profit", f"{revenue * margin / 100:.1f}", f"{last * 0.14:.1f}", "+1.4"),
                ("Net profit", f"{revenue * 0.09:.1f}", f"{last * 0.09:.1f}", "+0.1"),
            ]
        ),
        f"Chief executive {ceo} said: “We have definately turned the corner in Europe. Our "
        f"teams in Hanoi and in Lagos delivered what they promised.” {OUTLOOK}",
        vietnamese,
        "Revenue by Region",
        table(
            [
                ("Region", "Q3 2026", "Q2 2026", "Q3 2025"),
                ("Europe", "181.4", "181.1", "171.4"),
                ("Asia", "121.9", "112.9", "121.6"),
                ("Africa", "64.3", "64.8", "46.3"),
                ("Other", "41.2", "41.7", "42.1"),
            ]
        ),
        "In Asia, revenue of €121.9m was €0.3m above Q3 2025 and €9.0m above Q2 2026. In "
        "Africa, revenue of €64.3m was €18.0m above Q3 2025 and €0.5m below Q2 2026.",
        yoruba,
        "Segments",
        *_segments(rng),
        "Cash Flow and Balance Sheet",
        f"Free cash flow was €{revenue * 0.07:.1f}m, against €{last * 0.07:.1f}m a year "
        f"earlier. Net debt fell to $1.2bn from $1.3bn. The Board proposes an interim "
        f"dividend of €0.{dividend} per share, against €0.{dividend - 1} a yr earlier.",
        f"Chief financial officer {cfo} said: “Net debt fell for the fourth quarter in a "
        "row. We expect it to fall again in Q4.” The Board met on 23 October.",
        persian,
        "Outlook for the Full Year",
        f"{GUIDANCE} We expect revenue of approx. €1.6bn and an operating margin of "
        f"{margin}% to {margin + 1}%. {OUTLOOK}",
        "Analysts asked about Iran. The chief executive repeated what the release said:",
        quoted(
            f"Revenue rose to €{revenue:.1f}m.",
            f"{GUIDANCE}",
            "Sales in Iran are a small part of the Group and will stay so.",
        ),
        "Asked about the dividend, the chief financial officer said:",
        quoted(
            f"The interim dividend of €0.{dividend} per share will be paid on 14 November.",
            "The record date is 31 October. There is no change to the policy.",
        ),
        "Conference Call and Webcast",
        "The management will hold a call at 10:00 CET. The call is open to analysts, "
        "investors and the press; it will last approx. 60 mins. A replay will be available "
        "for one yr.",
        "Questions from the Call",
        "Q: Why did Africa grow so fast?\nA: Two new contracts in Lagos, both signed in Q2. "
        "We expect growth to slow in Q4.\nQ: Will the dividend policy change?\nA: No. The "
        "Board confirmed the policy on 23 October.\nQ: What happened in Iran?\nA: Sales "
        "fell 3% as one customer paused orders. We expect them to resume in Q4.",
        "About the Group",
        "The Group makes feed, seafood and speciality chemicals in 14 countries, incl. "
        "Vietnam, Nigeria and Brazil. It employs about 9,800 people. Its head office is in "
        "Zurich, and its largest plant is near Sao Paulo. Sales offices in Bogota and "
        "Quebec opened in 2025.",
        f"{OUTLOOK} Actual results may differ materially from those expressed. {GUIDANCE}",
        "Staff canteens serve phở in Hanoi and jollof in Lagos. Investor relations: "
        "Nguyen Thi Hoa, ir@example-group.com. Media: Tran Van Duc, "
        "press@example-group.com.",
    ]
    return finish(
        f"Third-quarter revenue up to €{revenue:.1f}m; full-year guidance confirmed",
        "Interim Report Q3 2026 · Regulated Information · 07:00 CET",
        body,
    )


SWAPS = (
    ("the phở", "beef", "chicken", "3 hours", "90 mins"),
    ("the soup", "spinach", "kale", "45 mins", "50 mins"),
    ("the rice", "stock", "coconut milk", "1 hour", "1 hour and 10 mins"),
    ("the bánh mì", "pork", "tofu", "2 hours", "30 mins"),
)


def _variations(rng: random.Random) -> list[str]:
    """A paragraph a dish: the same advice in the same words but for the swap."""
    swaps = list(SWAPS)
    rng.shuffle(swaps)
    return [
        f"For {dish}, you can use {new} instead of {old}. Cook it for {after} instead of "
        f"{before}. {SEASON} Taste before serving, and add more lime if needed.\n{tip}"
        for (dish, old, new, before, after), tip in zip(swaps, TIPS, strict=True)
    ]


#: A Vietnamese cook's tips, in the old style of tone marks.
TIPS = (
    "Mẹo của bà: nướng hành cho thơm, nêm nước mắm tùy ý, ăn cho khỏe.",
    "Mẹo của bà: rau phải tươi, nước dùng phải trong, lửa phải hòa.",
    "Mẹo của bà: đừng vội, nấu chậm thì món ăn mới hòa quyện.",
    "Mẹo của bà: thêm chút đường cho hài hòa, tùy khẩu vị từng nhà.",
)

SEASON = "Season with salt and pepper."
REST = "Leave to rest for 10 mins before serving."


def recipes(rng: random.Random) -> str:
    """A recipe collection: the same steps in every recipe, Vietnamese and Yoruba dishes."""
    vietnamese, yoruba, persian = passages("recipes")
    serves = rng.choice((4, 6))
    rice = rng.choice((300, 400, 500))
    cook = pick(rng, "Nguyen Thi Hoa", "Pham Minh Chau")
    other = pick(rng, "Adebayo Ogunlesi", "Folasade Adeyemi")
    body = [
        f"Three dishes for a Sunday lunch, serves {serves}. Prices are for a London market "
        f"in March: about £14.50 for the phở, £11.20 for the soup and £9.80 for the rice.",
        "Phở Bò from Hanoi",
        f"Recipe by {cook}. “My grandmother never measured anything, and the broth was "
        "definately better for it,” she says.",
        "1. Char 2 onions and a 5 cm piece of ginger over a flame.\n"
        "2. Simmer 1.5 kg of beef bones in 4 litres of water for 3 hours.\n"
        "3. Add 2 tbsp fish sauce, 1 tsp sugar, the onions and the ginger.\n"
        f"4. {SEASON}\n"
        f"5. {REST}",
        vietnamese,
        "Serve the phở with lime, chilli and herbs. Some cooks add bánh mì on the side.",
        table(
            [
                ("Ingredient", "Phở", "Soup", "Rice"),
                ("Salt (tsp)", "1", "1", "2"),
                ("Sugar (tsp)", "1", "0", "1"),
                ("Oil (tbsp)", "0", "3", "2"),
                ("Water (ml)", "4000", "400", "600"),
            ]
        ),
        "Ẹ̀gúsí Soup from Ibadan",
        f"Recipe by {other}, who runs a stall on Market St. in Ibadan. “The ẹ̀gúsí must "
        "be toasted first, or it tastes flat,” he says.",
        "1. Toast 200 g of ground ẹ̀gúsí in a dry pan for 5 mins.\n"
        "2. Fry 1 chopped onion in 3 tbsp palm oil.\n"
        "3. Add 500 g of spinach and 400 ml of stock.\n"
        f"4. {SEASON}\n"
        f"5. {REST}",
        yoruba,
        f"{other} sells ẹ̀gúsí for ₦4,500 a bag in Ibadan; in London a bag costs £6.40.",
        "Jollof Rice for a Crowd",
        f"1. Soak {rice} g of rice for 30 mins.\n"
        "2. Blend 4 tomatoes, 2 peppers and 1 onion.\n"
        "3. Fry the blend in 2 tbsp oil for 15 mins.\n"
        f"4. Add the rice and {rice * 2} ml of stock.\n"
        f"5. {SEASON}\n"
        f"6. {REST}",
        "A reader wrote to us about the jollof:",
        quoted(
            f"You say to soak {rice} g of rice for 30 mins.",
            "I soak it for 2 hours, as a Persian cook taught me. The grains stay apart.",
        ),
        persian,
        "Our cook replied:",
        quoted(
            f"{SEASON}",
            "Then taste, and season again if it needs it.",
        ),
        "Bánh Mì with Lemongrass Pork",
        "1. Marinate 500 g of pork in 2 tbsp fish sauce and 1 tbsp lemongrass for 2 hours.\n"
        "2. Grill the pork for 8 mins, turning once.\n"
        "3. Toast 4 baguettes for 3 mins.\n"
        "4. Fill with pork, pickles, coriander and chilli.\n"
        f"5. {SEASON}\n"
        f"6. {REST}",
        "A bánh mì costs ₫25,000 in Hanoi and £7.50 in London. The difference, as one "
        "reader put it, “is mostly the rent.”",
        "Variations",
        *_variations(rng),
        "Notes from the Test Kitchen",
        f"We tested each recipe three times. The phở took 3 hours and 40 mins; the soup "
        f"took 45 mins; the rice took 1 hour. {SEASON} {REST}",
        "Leftover rice keeps for 1 day in the fridge. Leftover soup keeps for 3 days. "
        "Leftover broth keeps for 3 days, or for 3 months in the freezer.",
        "Shopping List",
        "For the phở: 1.5 kg beef bones, 2 onions, ginger, star anise, cinnamon, fish sauce, "
        "rice noodles, limes, herbs. For the soup: ground ẹ̀gúsí, palm oil, spinach, stock, "
        "1 onion. For the rice: rice, 4 tomatoes, 2 peppers, 1 onion, stock. For the bánh "
        "mì: pork, lemongrass, 4 baguettes, pickles, coriander, chilli.",
        "Costs per Serving",
        f"The phở costs about £{14.5 / serves:.2f} a serving, the soup £{11.2 / serves:.2f} "
        f"and the rice £{9.8 / serves:.2f}. In Hanoi, a bowl of phở costs ₫45,000; in "
        "Lagos a plate of jollof costs ₦2,500.",
        f"Recipes tested by the Editors of the Saturday food pages. Photographs by "
        f"Jose Muller in Sao Paulo. {REST}",
    ]
    return finish(
        "Three Dishes From Three Cities: Phở, Ẹ̀gúsí and Jollof",
        f"Food · Saturday supplement · serves {serves}",
        body,
    )


TALKS = (
    "Tone sandhi in Hanoi Vietnamese",
    "Tone sandhi in Saigon Vietnamese",
    "Downstep in Ibadan Yoruba",
    "Downstep in Oyo Yoruba",
    "The zero-width non-joiner in Persian typing",
    "The zero-width non-joiner in Urdu typing",
    "Diacritics in Yoruba school books",
    "Diacritics in Vietnamese school books",
)


def _talks(rng: random.Random) -> list[str]:
    """The talks of each session, two to a line, titles a word apart."""
    talks = list(TALKS)
    rng.shuffle(talks)
    speakers = ["Nguyen Thi Hoa", "Adebayo Ogunlesi", "Shirin Tabrizi", "Faiz Ahmad"] * 2
    lines = []
    for number, pair in enumerate(zip(talks[::2], talks[1::2], strict=True), 1):
        first, second = pair
        lines.append(
            f"Session {number}: “{first}” ({speakers[number]}, 20 mins); “{second}” "
            f"({speakers[number + 1]}, 20 mins). Questions after each talk, approx. 10 mins."
        )
    return lines


COFFEE = "Coffee break (Foyer, Level 2)"
SAME_ROOM = "All sessions in this block are in Hall A."


def programme(rng: random.Random) -> str:
    """A conference programme: session lines and times that repeat, chairs, a call."""
    vietnamese, yoruba, persian = passages("programme")
    fee = rng.choice((180, 190, 280))
    chair = pick(rng, "Adebayo Ogunlesi", "Shirin Tabrizi")
    keynote = pick(rng, "Francois Dvorak", "Reza Farahani")
    start = rng.choice((8, 9))

    def slot(hour: int, minute: int, what: str) -> str:
        return f"{hour:02d}:{minute:02d} {what}"

    body = [
        "Ibadan, 14–16 May 2026 · University of Ibadan, Trenchard Hall",
        "Registration and Fees",
        f"Registration closes on 30 April. The fee is ${fee} (students ${fee - 100}); "
        f"members of the Assoc. pay ${fee - 10}. The fee incl. lunch and coffee.",
        table(
            [
                ("Category", "Early", "Standard", "On site"),
                ("Member", f"${fee - 10}", f"${fee}", f"${fee + 10}"),
                ("Non-member", f"${fee}", f"${fee + 10}", f"${fee + 100}"),
                ("Student", f"${fee - 100}", f"${fee - 90}", f"${fee - 80}"),
                ("Day ticket", "$90", "$99", "$109"),
            ]
        ),
        yoruba,
        "Day One: Thursday 14 May",
        "\n".join(
            [
                slot(start, 0, "Registration (Foyer)"),
                slot(start + 1, 0, f"Opening, with the Vice-Chancellor. Chair: {chair}"),
                slot(start + 1, 30, f"Keynote: {keynote}, “Languages in Contact”"),
                slot(start + 2, 30, COFFEE),
                slot(start + 3, 0, "Session 1A: Tone and Intonation. Chair: Nguyen Thi Hoa"),
                slot(start + 3, 0, "Session 1B: Writing Systems. Chair: Faiz Ahmad"),
                slot(start + 4, 30, "Lunch (Staff Club)"),
            ]
        ),
        SAME_ROOM,
        vietnamese,
        "Day Two: Friday 15 May",
        "\n".join(
            [
                slot(start, 30, "Session 2A: Tone and Intonation. Chair: Pham Minh Chau"),
                slot(start, 30, "Session 2B: Writing Systems. Chair: Faiz Ahmad"),
                slot(start + 2, 0, COFFEE),
                slot(start + 2, 30, "Session 3: Poster Session (Foyer)"),
                slot(start + 4, 0, "Lunch (Staff Club)"),
                slot(start + 5, 0, "Session 4: Round Table on Persian and Urdu"),
            ]
        ),
        SAME_ROOM,
        "Talks in the Sessions",
        *_talks(rng),
        persian,
        "Day Three: Saturday 16 May",
        "\n".join(
            [
                slot(start, 30, "Session 5A: Tone and Intonation. Chair: Adebayo Ogunlesi"),
                slot(start + 2, 0, COFFEE),
                slot(start + 2, 30, "Closing, with the Programme Committee"),
            ]
        ),
        SAME_ROOM,
        "The Call for Papers",
        "The call for papers said: “We welcome work on tone, on writing systems and on "
        "contact between languages. Work on Africa and Asia is most welcome. Abstracts "
        "that arrive untill 15 January will be read.” Over 140 abstracts were received.",
        "A reviewer wrote to the committee:",
        quoted(
            "We welcome work on tone, on writing systems and on contact between languages.",
            "The call should say that abstracts may be in French too.",
        ),
        "The Programme Committee answered:",
        quoted(
            "Abstracts may be in English or French.",
            "Talks are in English. A summary in Yoruba is welcome.",
        ),
        "Abstracts of the Keynote and the Round Table",
        f"{keynote} will argue that tone and writing meet where a keyboard has no key for a "
        "mark. Vietnamese writers type “hòa” or “hoà” depending on their keyboard, and "
        "Yoruba writers often leave the tones out altogether. The talk asks what is lost "
        "when they do, and what search engines find when they do not.",
        "The round table brings together typesetters, teachers and the makers of two "
        "keyboards. It asks why Persian typists still use the Arabic yeh and kaf, why Urdu "
        "books mix two kinds of heh, and why a zero-width character decides whether two "
        "words are one. The session is chaired by the Programme Committee.",
        "Posters are on display in the Foyer for the whole of Friday. Poster presenters "
        "should stand by their poster during Session 3. Posters should be A0, portrait; "
        "boards and pins are provided. Posters left after 18:00 will be recycled.",
        "Travel and Accommodation",
        "Rooms have been reserved at the Conference Centre, 2 Oyo Rd, at ₦45,000 a night, "
        "and at the Guest House, 14 Oyo Rd, at ₦54,000 a night. A shuttle runs every 30 "
        "mins between the two and the hall.",
        "Papers from the last meeting, in Hanoi, are printed in the proceedings (pp. 1–212). "
        "Papers from this one will follow. The evening programme incl. a mushaira of Urdu "
        "poetry, chaired by Faiz Ahmad, on Friday.",
        f"Contact: the Programme Committee, Dept. of Linguistics, Univ. of Ibadan. {SAME_ROOM}",
    ]
    return finish(
        "Languages in Contact 2026: Programme of the Seventh Annual Meeting",
        "Programme Committee · Version of 2 May 2026",
        body,
    )


KINDS = (
    judgment,
    results_release,
    recipes,
    programme,
    anthology,
    forum_thread,
    catalogue,
    digest,
)
