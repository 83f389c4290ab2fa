"""Tenth round of fresh held-out texts for re-anchoring: eight new kinds (no test here).

A university course catalogue (module codes one digit apart, the same prerequisite
sentence under every module, assessment weights one figure apart), a weekly paper's
classified and lost-and-found column ("Reply to Box 41." under every advert, telephone
numbers one digit apart, items handed in), a pub quiz sheet with its answers (questions
one figure apart, "The quizmaster’s decision is final." after every round, answers as
lists) and a Colombo tea auction report (grades and prices one figure apart, "Demand was
irregular." again and again, elevations as lists). Every kind has Title Case headings
over sections of prose, lists of five lines or more, a sentence said three times or more,
sentences that open with a clause ("If you are unsure, ask."), "do not" and "it is" and
their kind, names with another romanisation ("Tchaikovsky", "Kōyasan", "Chanukah"),
places, people (two sharing a surname, one with combining marks), titles of works, emoji
with zero-width joiners, non-breaking spaces, and passages with their English gloss in
brackets, one in pointed Hebrew or vocalised Urdu and one in Tamil, Sinhala, Japanese
with readings, Vietnamese or the other pointed script. All texts are canonical; the other
four kinds are in ``reanchor_fresh10_more_texts``.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh9_kit import finish
from tests.benchmarks.reanchor_fresh10_kit import NBSP, glossed, lines, people, scripts
from tests.benchmarks.reanchor_fresh10_more_texts import (
    cricket_roundup,
    library_bulletin,
    trail_guide,
    ulpan_handout,
)


def course_catalogue(rng: random.Random) -> str:
    """A school of languages' catalogue of optional modules for a year."""
    russian, japanese, hebrew, tamil = people(rng, 4)
    pointed, other = scripts(rng)
    prerequisite = (
        "Prerequisite: a pass in the level 1 core module or an equivalent qualification "
        "approved by the module leader."
    )
    codes = rng.sample([2101, 2110, 2111, 2011, 2210], 4)
    weight = rng.choice([40, 50, 60])
    cap = rng.choice([24, 28, 32])
    sections = [
        (
            "",
            [
                "This catalogue lists the optional modules for second and third year "
                "students in 2027–28. If you are unsure which modules count towards your "
                "degree, ask your personal tutor before the enrolment deadline. Places are "
                "limited and it is not possible to change modules after the second week of "
                "teaching.",
            ],
        ),
        (
            "How to Enrol",
            [
                "Enrolment opens on Monday 6 September at 09:00 and closes on Friday 17 "
                "September at 17:00. When the portal opens, choose your modules in order of "
                "preference. Do not choose two modules taught in the same slot.",
                lines(
                    [
                        "Step 1 · read the module descriptions in this catalogue",
                        "Step 2 · check that you meet every prerequisite",
                        "Step 3 · compare the teaching slots in the timetable",
                        "Step 4 · enter three choices in order of preference",
                        "Step 5 · wait for the confirmation e-mail from the faculty office",
                        "Step 6 · collect your reading list from the library 📚",
                    ]
                ),
            ],
        ),
        (
            "Russian and East European Studies",
            [
                f"RUSS {codes[0]} · Reading Dostoevsky: Crime and Punishment in Context. 20 "
                f"credits, semester 1. {prerequisite} Taught by {russian}. We read the novel "
                "slowly, a part a week, alongside letters, censors’ reports and the Petersburg "
                f"press. Assessment: one essay ({weight}%) and one examination "
                f"({100 - weight}%).",
                f"RUSS {codes[1]} · Music and the Russian Stage: from Glinka to Tchaikovsky. 20 "
                f"credits, semester 2. {prerequisite} Taught by {russian}. Students attend a "
                f"performance of Swan Lake at the Grand Theatre in Leeds. Assessment: one essay "
                f"({weight + 10}%) and one examination ({90 - weight}%).",
                "Because the reading for this module is long, you will need to read Crime and "
                "Punishment over the summer. Tchaikovsky’s letters are read in translation; "
                "you do not need Russian for either module.",
            ],
        ),
        (
            "Japanese Studies",
            [
                f"JAPN {codes[2]} · Pilgrimage and Landscape: Kōyasan and the Kumano Kodō. 20 "
                f"credits, semester 1. {prerequisite} Taught by {japanese}. The module "
                "follows pilgrims from Ōsaka to Kōyasan and along the Kumano Kodō to Hongū, "
                "through diaries, maps and guidebooks.",
                f"JAPN {codes[3]} · Reading The Tale of Genji. 20 credits, semester 2. "
                f"{prerequisite} Taught by {japanese}. We read The Tale of Genji in Royall "
                f"Tyler’s translation, with short passages in the original. Class size is "
                f"limited to {cap} students.",
                "If you have studied Japanese before, take the placement test in week one. "
                "There is no placement test for the literature modules, which are taught in "
                "English.",
            ],
        ),
        (
            "Hebrew, Tamil and Other Languages",
            [
                f"LANG 2301 · Modern Hebrew for Beginners. 10 credits, both semesters. Taught "
                f"by {hebrew}. The first lessons cover the alphabet, greetings and the "
                f"calendar, from Rosh Hashanah and Sukkot to Chanukah. Class size is limited to "
                f"{cap} students.",
                f"LANG 2310 · Tamil Language and the Thirukkural. 10 credits, both semesters. "
                f"Taught by {tamil}. We read a couplet of the Thirukkural every week. Class "
                f"size is limited to {cap + 4} students.",
                f"At the taster afternoon you will learn to say {glossed(pointed, 0)} and to "
                f"read {glossed(other, 1)}. Tea is served 🍵 and families{NBSP}👩‍👩‍👧 are "
                "welcome.",
            ],
        ),
        (
            "Timetable",
            [
                lines(
                    [
                        f"RUSS {codes[0]} · Monday 10:00, Parkinson Building B.22",
                        f"RUSS {codes[1]} · Tuesday 14:00, Baines Wing G.36",
                        f"JAPN {codes[2]} · Wednesday 10:00, Parkinson Building B.22",
                        f"JAPN {codes[3]} · Thursday 11:00, Michael Sadler LG.10",
                        "LANG 2301 · Monday and Thursday 18:00, Language Centre room 4",
                        "LANG 2310 · Tuesday 18:00, Language Centre room 4",
                    ]
                ),
                "Rooms may change in the first week. When a room changes, the portal shows "
                "the new room by 08:00 on the day. The timetable is final once the deadline "
                "has passed.",
            ],
        ),
        (
            "Modules Not Running This Year",
            [
                f"RUSS 2011 · Chekhov and The Cherry Orchard. {prerequisite} This module is "
                "not running in 2027–28 and will return the year after.",
                f"LANG 2210 · Urdu for Heritage Speakers. {prerequisite} This module is not "
                "running in 2027–28 because its tutor, Imran Qureshi, is on research leave.",
            ],
        ),
        (
            "Questions",
            [
                "Although the office is busy in September, we answer every e-mail within two "
                "working days. You are welcome to visit us in person; we are on the ground "
                "floor of the Michael Sadler Building. Do not send your choices by e-mail, "
                "because only the portal records them.",
            ],
        ),
    ]
    return finish(
        "Course Catalogue 2027–28: Languages, Literatures and Cultures",
        "School of Languages, Cultures and Societies — faculty office",
        sections,
    )


def classifieds(rng: random.Random) -> str:
    """A weekly paper's classified adverts and lost-and-found column."""
    seller, finder, owner, teacher = people(rng, 4)
    pointed, other = scripts(rng)
    box = "Reply to Box 41."
    phone = rng.choice(["077 412 3381", "077 412 3318", "077 421 3381"])
    twin = phone[:-1] + str((int(phone[-1]) + 1) % 10)
    price = rng.choice([12, 15, 18])
    sections = [
        (
            "",
            [
                f"Adverts cost Rs{NBSP}400 for twenty words and Rs 20 for each extra word. If you "
                "want a box number, add Rs 100 to the price. We do not print adverts for "
                "animals without the seller’s full name and telephone number.",
            ],
        ),
        (
            "Lost and Found",
            [
                f"Lost near the Temple of the Tooth in Kandy on Saturday evening: a black "
                f"umbrella with a bamboo handle and a copy of Madol Doova inside a cloth bag. "
                f"Reward offered. Call {owner} on {phone}.",
                f"Lost near the Temple of the Tooth in Kandy on Sunday evening: a black "
                f"umbrella with a bamboo handle. Reward offered. Call {owner} on {twin}.",
                f"Found on the Galle road bus: a child’s blue water bottle and a lunch box "
                f"with a sticker of a cricket bat 🏏. Call {finder} on {twin}.",
                f"Lost in Colombo Fort station: a brown leather wallet with a library card "
                f"from Jaffna. It is not valuable, but it has family photographs in it. Call "
                f"{owner} on {phone}.",
                "Items handed in at the Kandy police post this week:",
                lines(
                    [
                        "a black umbrella, bamboo handle, no bag",
                        "a pair of reading glasses in a red case",
                        "a child’s blue water bottle, no lunch box",
                        "a set of three keys on a Galle Face key ring",
                        "a grey school jumper, size 10, name tape cut out",
                        "a copy of Crime and Punishment, library stamp from Jaffna",
                    ]
                ),
                "If you have lost one of these items, bring proof of ownership to the post. "
                "Items not claimed within thirty days are given to charity.",
            ],
        ),
        (
            "For Sale",
            [
                f"Bicycle, ladies’, three gears, new tyres, Rs {price},000 or near offer. "
                f"Seen in Kandy. {box}",
                f"Bicycle, gents’, three gears, new tyres, Rs {price + 3},000 or near offer. "
                f"Seen in Kandy. {box}",
                f"Sewing machine, Singer, treadle, works well, Rs 9,500. Call {seller} on "
                f"{twin}. {box}",
                f"Tea chest, teak, from an estate near Nuwara Eliya, Rs 6,000. Do not call "
                f"after 21:00. {box}",
            ],
        ),
        (
            "Accommodation",
            [
                f"Annexe to let in Kandy, near the lake: one bedroom, kitchen, own entrance, "
                f"Rs 35,000 a month. Suits a teacher or a nurse. Call {seller} on {phone}.",
                f"Annexe to let in Kandy, near the lake: two bedrooms, kitchen, own entrance, "
                f"Rs 53,000 a month. Suits a family 👩‍👩‍👧. Call {seller} on {phone}.",
                "If you let a room through this column, you must give the full address to the "
                "front desk. We do not print the address in the paper.",
            ],
        ),
        (
            "Tuition and Services",
            [
                f"Tamil and Sinhala lessons for beginners with {teacher}, who has taught for "
                f"twenty years in Colombo and Jaffna. You will learn to read {glossed(other, 0)} "
                "in the first month. Rs 1,500 an hour.",
                f"Urdu and Hebrew reading classes on Sunday mornings. Learn to read "
                f"{glossed(pointed, 2)} and short texts from the Song of Songs. Call Yitzchak "
                f"Levin on {phone}. {box}",
                "Piano lessons for children: scales, sight reading and a simple Tchaikovsky "
                f"piece from the Album for the Young by the end of the first term. {box}",
            ],
        ),
        (
            "Wanted",
            [
                "Wanted: a second-hand copy of Madol Doova in Sinhala, any edition. It is "
                f"for a school project, so a clean copy is not needed. {box}",
                "Wanted: a room in Kandy for a student nurse from Jaffna, from January. "
                f"Quiet house, no smoking. Call {finder} on {twin}.",
            ],
        ),
        (
            "Situations Vacant",
            [
                "Wanted: a cook for a guest house in Nuwara Eliya, six days a week, room and "
                f"board provided. Experience of hoppers and kottu essential. {box}",
                "Wanted: a cook for a guest house in Nuwara Eliya, five days a week, room and "
                f"board provided. Experience of hoppers and kottu essential. {box}",
                f"Driver for a tea estate near Kandy, with a heavy vehicle licence. Call "
                f"{seller} on {phone}. Do not apply without references. {box}",
                "If you are replying to more than one advert, use a separate envelope for each "
                "box number. Replies that are not sealed are returned to the sender.",
            ],
        ),
        (
            "Notices",
            [
                "When you place an advert by telephone, we read it back to you. We are not "
                "responsible for mistakes in adverts that were not read back. Proofs are "
                "sent only when you ask.",
                lines(
                    [
                        "Office hours · Monday to Friday, 08:30 to 16:30",
                        "Saturday · 08:30 to 12:30",
                        "Sunday · closed",
                        "Poya days · closed",
                        "Deadline for Saturday’s paper · Thursday 12:00",
                        f"Telephone · {phone}",
                    ]
                ),
                "Before you reply to a box number, put your letter in a sealed envelope with "
                f"the box number on the front. We forward replies every Tuesday. {box}",
            ],
        ),
    ]
    return finish(
        "Classifieds and Lost & Found — The Kandy Weekly Echo",
        "Compiled by the front desk, Dalada Veediya, Kandy",
        sections,
    )


def quiz_night(rng: random.Random) -> str:
    """A pub quiz sheet: rounds of questions and, below, the answers."""
    host, setter, winner = people(rng, 3)
    pointed, other = scripts(rng)
    final = "The quizmaster’s decision is final."
    year = rng.choice([1876, 1877, 1878])
    rounds = rng.sample([4, 5, 6], 3)
    sections = [
        (
            "",
            [
                f"Welcome to the Crown & Anchor quiz 🍵. Teams of up to six; your host tonight "
                f"is {host}. If your phone rings during a round, your team loses a point. "
                "Phones are not allowed on the tables.",
            ],
        ),
        (
            "Round One: Music and Dance",
            [
                lines(
                    [
                        "1. Which composer wrote the music for Swan Lake?",
                        f"2. In which year was Swan Lake first performed in Moscow, {year} or "
                        f"{year + 10}?",
                        "3. Which composer wrote the Rhapsody on a Theme of Paganini?",
                        "4. Which city is home to the Bolshoi Theatre?",
                        "5. How many movements are there in a classical symphony, usually?",
                        "6. Which instrument did Rachmaninoff play at his own concerts?",
                    ]
                ),
                f"{final} Hand in your answer sheet before the next round starts.",
            ],
        ),
        (
            "Round Two: Books and Plays",
            [
                lines(
                    [
                        "1. Who wrote Crime and Punishment?",
                        "2. Who wrote The Cherry Orchard?",
                        "3. In which city is Crime and Punishment set?",
                        "4. Who wrote The Tale of Genji?",
                        "5. In which language was the Thirukkural written?",
                        "6. Which Sinhala novel follows a boy called Upali Giniwella?",
                    ]
                ),
                f"{final} Spelling does not count, unless the answer is a name.",
            ],
        ),
        (
            "Round Three: Languages",
            [
                f"Each question gives a phrase and its meaning. Name the language. First, "
                f"{glossed(pointed, 1)}. Second, {glossed(other, 2)}.",
                "When you name the script as well as the language, your team earns a bonus "
                "point. It is not enough to say “Asian” or “Middle Eastern”.",
                f"{final} The bonus points are added at the end.",
            ],
        ),
        (
            "Round Four: Places",
            [
                lines(
                    [
                        "1. Which city was called Peking in most English books until the 1980s?",
                        "2. Szechuan pepper comes from which Chinese province?",
                        "3. Kōyasan is a temple town in which Japanese prefecture?",
                        "4. Which hill station in Sri Lanka is called Little England?",
                        "5. Which Pakistani city is home to the Badshahi Mosque?",
                        "6. Hội An is a trading port in which country?",
                    ]
                ),
                f"{final} Half points for the right country but the wrong city.",
            ],
        ),
        (
            "Round Five: Picture Round",
            [
                "On the sheet you have six photographs of famous buildings 🏛️. Name the city "
                "where each one stands. If two teams give the same wrong answer, neither "
                "team is told which photograph they got wrong.",
                lines(
                    [
                        "A. A white temple with a golden roof beside a lake",
                        "B. A red lacquered gate standing in the sea at high tide",
                        "C. A fort by the sea with a lighthouse and a clock tower",
                        "D. A stadium with a cricket pitch and three tiers of stands",
                        "E. A mosque of red sandstone with four white minarets",
                        "F. A covered bridge of yellow wood over a narrow river",
                    ]
                ),
                f"{final} The photographs are yours to keep.",
            ],
        ),
        (
            "Rules of the House",
            [
                "Answers must be written on the answer sheet, not on the question sheet. "
                "When a round ends, a runner from each team brings the sheet to the bar. We do "
                "not mark sheets that arrive after the next round has started.",
            ],
        ),
        (
            "Tie-Break",
            [
                "How many metres tall is the great torii at Kumano Hongū Taisha? The team "
                "whose answer is nearest wins. It is not necessary to be exact, and we do not "
                "accept answers given after the bell.",
                "How many metres tall is the great torii at Kumano Hongū Taisha, to the "
                "nearest ten? The team whose answer is nearest wins the second tie-break.",
            ],
        ),
        (
            "Answers",
            [
                lines(
                    [
                        f"Round one · Tchaikovsky; {year}; Rachmaninoff; Moscow; four; the piano",
                        "Round two · Dostoevsky; Chekhov; St Petersburg; Murasaki Shikibu; "
                        "Tamil; Madol Doova",
                        f"Round three · {pointed}; {other}",
                        "Round four · Beijing; Sichuan; Wakayama; Nuwara Eliya; Lahore; Vietnam",
                        "Round five · Kandy; Miyajima; Galle; Colombo; Lahore; Hội An",
                        f"Tie-break · 33.9{NBSP}metres; 30{NBSP}metres",
                        f"Scores after round {rounds[0]} · the Quizzy Rascals 31, the Know-Alls 29",
                        f"Scores after round {rounds[1]} · the Quizzy Rascals 39, the Know-Alls 39",
                    ]
                ),
                "Answers in brackets were also accepted. Where a team wrote Peking for "
                "Beijing or Szechuan for Sichuan, we gave the point, because the old spellings "
                "are not wrong.",
                f"Tonight’s winners were {winner}’s team 👩‍👩‍👧, who took a bottle of wine and "
                f"the cup. The questions were set by {setter}. Although the scores were level "
                "after round five, a tie-break question decided it.",
            ],
        ),
        (
            "Next Week",
            [
                "Next week’s quiz is a Chanukah special with a picture round. When you book a "
                "table, tell us how many are in your team. We do not take bookings for teams "
                "of more than six, and there is no quiz on Christmas Eve.",
            ],
        ),
    ]
    return finish(
        "Quiz Night at the Crown & Anchor: Question Sheet and Answers",
        "Set for Thursday’s quiz in Leeds by the bar staff",
        sections,
    )


def tea_auction(rng: random.Random) -> str:
    """A broker's weekly report of the Colombo tea auction."""
    broker, taster, planter = people(rng, 3)
    pointed, other = scripts(rng)
    irregular = "Demand was irregular."
    sale = rng.choice([41, 42, 43])
    bop = rng.randint(1180, 1260)
    prices = [bop + rng.randint(-40, 40) for _ in range(6)]
    sections = [
        (
            "",
            [
                f"Sale No. {sale} was held in Colombo on Tuesday and Wednesday. The offering "
                "totalled 6.2 million kilograms, of which 1.1 million were re-prints. "
                f"{irregular} Prices for the better teas held; the rest were lower.",
                f"Our broker, {broker}, said: “It is not a weak market, but buyers are choosy. "
                "They will not pay for teas that are not well made.”",
            ],
        ),
        (
            "High Grown Teas",
            [
                lines(
                    [
                        f"Nuwara Eliya BOP · Rs {prices[0]} to Rs {prices[0] + 60} a kilogram",
                        f"Nuwara Eliya BOPF · Rs {prices[0]} to Rs {prices[0] + 60} a kilogram",
                        f"Dimbula BOP · Rs {prices[1]} to Rs {prices[1] + 40} a kilogram",
                        f"Dimbula BOPF · Rs {prices[2]} to Rs {prices[2] + 50} a kilogram",
                        f"Uva BOP · Rs {prices[3]} to Rs {prices[3] + 70} a kilogram",
                        f"Uva BOPF · Rs {prices[4]} to Rs {prices[4] + 30} a kilogram",
                    ]
                ),
                f"{irregular} Western teas from Dimbula were a little dearer. Although the "
                "weather was dry in Nuwara Eliya, quality was uneven. Uva teas sold well to "
                "buyers from Dubai and Tel Aviv.",
            ],
        ),
        (
            "Medium and Low Grown Teas",
            [
                f"{irregular} Medium grown teas lost about Rs 20 a kilogram. Low grown leafy "
                "grades from Galle and Matara held their prices, and the best OP1 sold at "
                f"Rs {prices[5] + 400}, which is not far below last week.",
                lines(
                    [
                        "Kandy BOP · fully firm",
                        "Kandy BOPF · easier by Rs 10 to Rs 20",
                        "Galle OP1 · firm to dearer",
                        "Galle OPA · irregular and lower",
                        "Matara FBOP · fully firm",
                        "Matara FBOPF1 · firm",
                    ]
                ),
                "When the rupee is strong, exporters buy less of the small-leaf grades. It is "
                "too early to say whether that will last.",
            ],
        ),
        (
            "Buyers",
            [
                "Russia and the Middle East were the main buyers of low grown teas, with "
                "some interest from Szechuan blenders. Buyers for Lahore and Karachi were "
                f"less active. {irregular}",
                f"Our taster, {taster}, noted a parcel whose label read "
                f"{glossed(other, 2)}, which reminded the room of {glossed(pointed, 0)} on a "
                f"visiting buyer’s card. {NBSP}🍵 🇱🇰",
            ],
        ),
        (
            "Market Comment",
            [
                "After three weeks of rising prices, the market paused. Buyers said they had "
                "bought enough for the Christmas trade, and several said they would not bid "
                f"again until January. {irregular}",
                "While the rupee stays strong, exporters will find it hard to sell the cheaper "
                "grades abroad. Brokers expect the high grown teas to hold their value, "
                "because the crop from Nuwara Eliya and Uva is small this season.",
                "Brokers also expect the low grown teas to hold their value, because the "
                "crop from Galle and Matara is small this season. That is not what the "
                "buyers want to hear.",
            ],
        ),
        (
            "Estates and Weather",
            [
                f"{planter} of the Kathiravelu estate near Nuwara Eliya reported light rain on "
                "three days. If the rain continues, crops will rise in the new year. Labour "
                "was short in the week of the Thiruchelvam wedding, when half the pluckers "
                "were given leave.",
                "In Uva the season was kinder. Estates near Haputale reported bright, cool "
                "mornings and a good flush, and the pluckers 👩🏽‍🌾 worked six days a week.",
                "Crop figures for the month are not yet available. We will print them next "
                "week, together with the figures for the same month last year.",
            ],
        ),
        (
            "Ex-Estate Offerings",
            [
                lines(
                    [
                        f"Kathiravelu estate, Nuwara Eliya · 42 lots · best Rs {prices[0] + 90}",
                        f"Pedro estate, Nuwara Eliya · 38 lots · best Rs {prices[0] + 80}",
                        f"Great Western estate, Dimbula · 51 lots · best Rs {prices[1] + 60}",
                        f"Dambatenne estate, Uva · 47 lots · best Rs {prices[3] + 90}",
                        f"Lumbini estate, Galle · 29 lots · best Rs {prices[5] + 410}",
                    ]
                ),
                "Because several estates held back their best teas for the Christmas sale, "
                "the ex-estate offering was smaller than usual. Estates that hold back teas do "
                "not lose their place in the catalogue.",
            ],
        ),
        (
            "Charity Lot",
            [
                "The charity lot this week was a chest of Uva BOP with a signed copy of Madol "
                "Doova, given by the author’s family. It sold for Rs 410,000 to a buyer from "
                "Colombo, and the money goes to the estate schools.",
                "The charity lot last week was a chest of Dimbula BOP with a signed copy of "
                "Madol Doova. It sold for Rs 401,000. We will not hold a charity lot at the "
                "Christmas sale.",
            ],
        ),
        (
            "Next Sale",
            [
                f"Sale No. {sale + 1} is on Tuesday and Wednesday next week, with 5.9 million "
                f"kilograms on offer. Catalogues close on Friday. {irregular}",
                lines(
                    [
                        "Tuesday · ex-estate high and medium grown",
                        "Tuesday · off-grades and dust",
                        "Wednesday · low grown leafy",
                        "Wednesday · low grown tippy and semi-leafy",
                        "Wednesday · re-prints and small lots",
                    ]
                ),
            ],
        ),
    ]
    return finish(
        f"Colombo Tea Auction Report: Sale No. {sale}",
        "Weekly market report of the brokers’ association, Colombo 01",
        sections,
    )


#: The eight kinds, in seed order.
KINDS = (
    course_catalogue,
    classifieds,
    quiz_night,
    tea_auction,
    trail_guide,
    ulpan_handout,
    cricket_roundup,
    library_bulletin,
)
