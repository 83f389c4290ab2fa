"""The other four kinds of the tenth round of fresh held-out texts (no test here).

A walking guide to the Kumano Kodō (stages one kilometre apart, "Carry at least two litres
of water." at every stage, Japanese place names with their readings, lodgings as lists), an
evening Hebrew class's lesson notes (pointed vocabulary lists, "Repeat after the teacher."
again and again, example sentences one word apart, the Chanukah calendar), a cricket
league's weekend round-up (batting lines one run apart, "Play was delayed by rain." in
every report, the league table, an Urdu greeting) and a public library's bulletin (new
books as lists, shelfmarks one digit apart, "Booking is essential." under every event,
reading groups in Tamil, Urdu and Vietnamese).
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh9_kit import finish
from tests.benchmarks.reanchor_fresh10_kit import GLOSSED, NBSP, glossed, lines, people, scripts


def trail_guide(rng: random.Random) -> str:
    """Stage notes for walking the Nakahechi route of the Kumano Kodō."""
    guide, innkeeper, walker = people(rng, 3)
    pointed, other = scripts(rng)
    water = "Carry at least two litres of water."
    stage = rng.choice([12, 13, 14])
    climb = rng.choice([740, 760, 780])
    sections = [
        (
            "",
            [
                "These notes cover the Nakahechi route of the Kumano Kodō from Takijiri to "
                f"Hongū, walked in four stages. They were written by {guide}, who has led "
                "groups on the trail for eleven years. If you are walking in the rainy season, "
                "allow an extra day. It is not a mountain route, but the stone steps are "
                "steep and slippery.",
            ],
        ),
        (
            "Before You Go",
            [
                "Most walkers fly to Ōsaka and take the train to Kii-Tanabe. "
                f"{glossed('Japanese', 0)} is the phrase you will see on every signpost. "
                "When you arrive in Tanabe, buy a bus pass at the tourist office.",
                lines(
                    [
                        "Passport and a printed copy of every booking",
                        "Walking boots that you have worn before",
                        "A rain jacket, a hat and a small towel",
                        "Cash in yen; many lodgings do not take cards",
                        "A torch, plasters and a whistle",
                        "The stamp book for the pilgrim stamps at each shrine ⛩️",
                    ]
                ),
            ],
        ),
        (
            "Stage One: Takijiri to Chikatsuyu",
            [
                f"Distance {stage}{NBSP}km, climb {climb}{NBSP}m, five to seven hours. {water} "
                "The path climbs steeply from the shrine at Takijiri through cedar forest. "
                "Although there are vending machines in Takahara, there is nothing after it.",
                f"Stay in Chikatsuyu at a minshuku. {innkeeper} runs the one by the river, "
                "where dinner is at 18:00 and breakfast at 07:00. Do not be late for dinner.",
            ],
        ),
        (
            "Stage Two: Chikatsuyu to Hongū",
            [
                f"Distance {stage + 12}{NBSP}km, climb {climb + 400}{NBSP}m, eight to nine "
                f"hours. {water} It is the longest day, and many walkers split it at "
                "Hosshinmon-oji by taking the bus. Because the last bus leaves at 16:10, "
                "start early.",
                f"Distance {stage + 13}{NBSP}km by the old path through Mikoshi pass, climb "
                f"{climb + 400}{NBSP}m. {water} This variant is quieter and you will not see "
                "a road for three hours.",
            ],
        ),
        (
            "Stage Three: Hongū and the Hot Springs",
            [
                "Kumano Hongū Taisha is the heart of the route. When you reach the great "
                "torii, stop for a photograph; it is the largest in Japan. Walk on to the hot "
                f"spring villages of Yunomine and Kawayu. {water}",
                f"{glossed('Japanese', 2)} is written on the steps at Yunomine. "
                f"{walker} wrote in our guest book: “We did not expect the baths to be so "
                "hot, and we will come back.” A walker from Tel Aviv left "
                f"{glossed(pointed, 0)} beside it.",
            ],
        ),
        (
            "Stage Four: Ukegawa to Koguchi",
            [
                f"Distance {stage + 1}{NBSP}km, climb {climb}{NBSP}m, five to six hours. "
                f"{water} This stage ends at Koguchi, a hamlet with one lodging. If the river "
                "is high, take the bus instead.",
                f"{glossed(other, 1)} was chalked on the board at Koguchi. Pilgrims who go on "
                "to Kōyasan by the Kohechi route need three more days.",
            ],
        ),
        (
            "Buses and Luggage",
            [
                "Buses run from Kii-Tanabe to Takijiri five times a day; the first leaves at "
                "07:00. When you book a lodging, ask about luggage transfer. It is cheap, and "
                "you will walk faster with a day pack.",
                lines(
                    [
                        "Kii-Tanabe to Takijiri · 07:00, 08:35, 10:20, 13:00, 15:40",
                        "Hosshinmon-oji to Hongū · 10:45, 13:25, 16:10",
                        "Hongū to Yunomine · every hour from 08:00 to 18:00",
                        "Koguchi to Shingū · 07:50 and 14:20 only",
                        "Shingū to Ōsaka · by train, about four hours",
                    ]
                ),
            ],
        ),
        (
            "Lodgings",
            [
                lines(
                    [
                        "Takijiri · Kiri-no-Sato, 6 rooms, dinner included",
                        "Chikatsuyu · Minshuku Chikatsuyu, 8 rooms, dinner included",
                        "Chikatsuyu · Minshuku Nakano, 6 rooms, dinner included",
                        "Hongū · Blue Sky Guesthouse, 5 rooms, breakfast only",
                        "Yunomine · Ryokan Yoshino-ya, 10 rooms, dinner included",
                        "Koguchi · Koguchi Shizen-no-Sato, 12 rooms, dinner included",
                    ]
                ),
                "Lodgings that serve dinner expect you by 17:30; if you are late, telephone "
                "ahead. Most of them have a bath, not a shower.",
                "Book every night before you start. There is nowhere to camp and the "
                "lodgings are full in April, May and November.",
            ],
        ),
        (
            "Safety",
            [
                "Bears live in these mountains, although walkers rarely see them. Carry a "
                "bell and talk as you walk. If you meet a bear, do not run; back away slowly. "
                f"{water}",
                "Mobile phones work on most of the route, but not in the valleys after "
                "Chikatsuyu. Tell your lodging’s owner when you expect to arrive 🚶‍♀️.",
            ],
        ),
        (
            "Reading",
            [
                "Many walkers carry a paperback of The Tale of Genji, whose court made the "
                "pilgrimage to Kumano a fashion. You will walk in the footsteps of retired "
                "emperors, who came from Kyōto more than a hundred times. The pilgrimage of "
                "the retired emperor Kazan is told in The Tale of Genji’s commentaries.",
            ],
        ),
    ]
    return finish(
        "Walking the Kumano Kodō: Stage Notes for the Nakahechi Route",
        "Trail notes for the spring season, Tanabe walking club",
        sections,
    )


def ulpan_handout(rng: random.Random) -> str:
    """An evening Hebrew class's lesson notes for the week of Chanukah."""
    teacher, student, rabbi = people(rng, 3)
    _, other = scripts(rng)
    repeat = "Repeat after the teacher."
    lesson = rng.choice([11, 12, 13])
    hebrew = GLOSSED["Hebrew"]
    sections = [
        (
            "",
            [
                f"Lesson {lesson} of the evening course at Beit Shalom, Leeds. Your teacher is "
                f"{teacher}. If you missed last week, read the notes for lesson {lesson - 1} "
                "before you come. We do not use transliteration after lesson ten, so practise "
                "reading the vowel points.",
            ],
        ),
        (
            "New Words",
            [
                lines(
                    [
                        "חֲנֻכָּה · Chanukah, the festival of lights",
                        "נֵר · a candle",
                        "חֲנֻכִּיָּה · the eight-branched lamp",
                        "סֻפְגָּנִיָּה · a doughnut",
                        "סְבִיבוֹן · a spinning top",
                        "לְבִיבָה · a potato pancake",
                    ]
                ),
                f"{repeat} Say each word twice, then write it with its vowels. It is not "
                "enough to recognise a word; you need to say it out loud.",
            ],
        ),
        (
            "Phrases for the Week",
            [
                f"{glossed('Hebrew', 0)}. {repeat}",
                f"{glossed('Hebrew', 1)}. {repeat}",
                f"{glossed('Hebrew', 2)}. {repeat} When the lesson starts at seven, "
                "the door is locked at ten past.",
                "Notice the difference between the first and the second phrase. In the "
                f"first, “{hebrew[0][0].split()[0]}” is a noun; in the second, the verb "
                "comes after the pronoun.",
            ],
        ),
        (
            "Grammar: Present Tense",
            [
                lines(
                    [
                        "אֲנִי לוֹמֵד · I study (a man)",
                        "אֲנִי לוֹמֶדֶת · I study (a woman)",
                        "אַתָּה לוֹמֵד · you study (to a man)",
                        "אַתְּ לוֹמֶדֶת · you study (to a woman)",
                        "אֲנַחְנוּ לוֹמְדִים · we study",
                        "הֵם לוֹמְדִים · they study",
                    ]
                ),
                "The verb agrees with the speaker. Although the spelling of the two forms "
                "looks alike without points, the vowels are different. Do not mix them up in "
                "the test.",
            ],
        ),
        (
            "The Festival Calendar",
            [
                "Chanukah begins on the evening of the 25th of Kislev and lasts eight days. "
                "Sukkot came in the autumn, and Purim follows in the spring. Rabbi Yitzchak "
                f"Levin will light the first candle with the class; {rabbi} will tell the "
                "story of the Maccabees.",
                f"Because Chanukah falls in the week of the test, the test moves to lesson "
                f"{lesson + 2}. {repeat}",
            ],
        ),
        (
            "Reading",
            [
                "This week we read two verses from the Song of Songs with the vowel points, "
                "then without them. If you find the unpointed text hard, you are not alone; "
                "most learners do at this stage.",
                f"{student} asked how other languages show their vowels. Compare Urdu, which "
                f"marks them only in teaching texts: {glossed('Urdu', 1)}. Or compare "
                f"{glossed(other, 2) if other != 'Hebrew' else glossed('Tamil', 2)}.",
            ],
        ),
        (
            "Reading Practice",
            [
                "Read these two sentences aloud. They differ by one word only, so listen for "
                "the verb. The first is about a man and the second is about a woman.",
                lines(
                    [
                        "הוּא לוֹמֵד עִבְרִית בָּעֶרֶב · he studies Hebrew in the evening",
                        "הִיא לוֹמֶדֶת עִבְרִית בָּעֶרֶב · she studies Hebrew in the evening",
                        "הֵם לוֹמְדִים עִבְרִית בַּבֹּקֶר · they study Hebrew in the morning",
                        "אֲנַחְנוּ לוֹמְדִים עִבְרִית בָּעֶרֶב · we study Hebrew in the evening",
                        "אַתֶּם לוֹמְדִים עִבְרִית בָּעֶרֶב · you study Hebrew in the evening",
                    ]
                ),
            ],
        ),
        (
            "Dialogue",
            [
                lines(
                    [
                        "— שָׁלוֹם, מָה שְׁלוֹמֵךְ? (Hello, how are you?)",
                        "— טוֹב, תּוֹדָה. וּמָה שְׁלוֹמְךָ? (Fine, thanks. And how are you?)",
                        "— טוֹב מְאֹד. אַתְּ בָּאָה לַשִּׁעוּר? (Very well. Are you coming to the lesson?)",
                        "— כֵּן, הַשִּׁעוּר מַתְחִיל בְּשֶׁבַע. (Yes, the lesson starts at seven.)",
                        "— לְהִתְרָאוֹת! (See you!)",
                    ]
                ),
                f"Read the dialogue in pairs. {repeat} When you are confident, read it "
                "without looking at the English. If you get stuck, look only at the vowel "
                "points, not at the English.",
                "Read the dialogue in pairs again. When you are confident, read it without "
                "looking at the Hebrew. If you get stuck, look only at the English.",
            ],
        ),
        (
            "Homework",
            [
                lines(
                    [
                        "Write the six new words with their vowels",
                        "Learn the three phrases by heart",
                        "Write four sentences in the present tense",
                        "Read the verses from the Song of Songs aloud",
                        "Bring a doughnut to share 🍩 (optional)",
                    ]
                ),
                f"{repeat} We will meet in room 3 next week. It is the room by the rabbi’s "
                f"library, not the hall. Families 👩‍👩‍👧{NBSP}are welcome at the candle lighting.",
            ],
        ),
    ]
    return finish(
        f"Evening Hebrew, Level Two: Notes for Lesson {lesson}",
        "Beit Shalom adult education, Leeds",
        sections,
    )


def cricket_roundup(rng: random.Random) -> str:
    """A league's round-up of a Saturday's matches, with the table."""
    captain, bowler, umpire, scorer = people(rng, 4)
    pointed, other = scripts(rng)
    rain = "Play was delayed by rain."
    runs = rng.randint(40, 70)
    total = rng.randint(180, 240)
    sections = [
        (
            "",
            [
                "Six matches were played on Saturday across the league. Rain delayed play at "
                "four of the six grounds, and two matches were decided on run rate. If you play "
                "on Sunday, send your scorecards to the league secretary by Monday noon.",
            ],
        ),
        (
            "Bradford Moor v Lidget Green",
            [
                f"Bradford Moor {total} for 7 (50{NBSP}overs); Lidget Green {total - 12} all out "
                f"(47.2 overs). {rain} Bradford Moor won by 12 runs. Imran Qureshi made "
                f"{runs} and {bowler} took four wickets. It is the third win in a row for "
                "the Moor.",
                lines(
                    [
                        f"Imran Qureshi c Hussain b Ali {runs}",
                        f"Ravi Thiruchelvam lbw b Ali {runs - 1}",
                        "Ayesha Mohammed c and b Shah 23",
                        "Kamal Jayasuriya run out 19",
                        "Daniel Moss not out 14",
                        "Extras (lb 6, w 9, nb 2) 17",
                    ]
                ),
            ],
        ),
        (
            "Leeds Nomads v Kirkstall",
            [
                f"Kirkstall {total - 40} for 9 (50 overs); Leeds Nomads {total - 39} for 5 "
                f"(41 overs). {rain} Leeds Nomads won by five wickets. Priya Thiruchelvam "
                "made an unbeaten 71; her brother Ravi plays for Bradford Moor.",
                f"When the umpires came out after the rain, the light was poor. {umpire} said: "
                "“We are not going to take risks with young players, and we did not.”",
            ],
        ),
        (
            "Galle Road Tamils v Manningham",
            [
                f"Manningham {total - 60} all out (38 overs); Galle Road Tamils {total - 59} "
                "for 2 (29 overs). The Galle Road side, founded by families from Jaffna, "
                f"won by eight wickets. Their captain, {captain}, greeted the visitors with "
                f"{glossed(other, 0)}.",
                f"The Manningham captain answered with {glossed(pointed, 2)}. Tea was served "
                "on the boundary 🍵 and the club’s dog 🐕‍🦺 watched from the scorebox.",
            ],
        ),
        (
            "Kirkstall Seconds v Bradford Moor Seconds",
            [
                f"Bradford Moor Seconds {total - 70} for 8 (40 overs); Kirkstall Seconds "
                f"{total - 71} for 9 (40 overs). {rain} Bradford Moor Seconds won by one run "
                "off the last ball. Mohammed Iqbal took three wickets in the last over.",
                "During the rain the umpires sat in the pavilion; one was reading Crime and "
                "Punishment and the other The Tale of Genji. “It is a long book for a short "
                "shower,” one of them said.",
                f"Kirkstall Seconds {total - 71} for 9 was the highest total the club has "
                "made this season. They will not play again until the cup in August.",
            ],
        ),
        (
            "League Table",
            [
                lines(
                    [
                        "1 · Bradford Moor · played 9, won 7, points 151",
                        "2 · Galle Road Tamils · played 9, won 7, points 150",
                        "3 · Leeds Nomads · played 9, won 6, points 138",
                        "4 · Kirkstall · played 9, won 4, points 101",
                        "5 · Manningham · played 9, won 3, points 92",
                        "6 · Lidget Green · played 9, won 1, points 61",
                    ]
                ),
                "Although Galle Road have won as many games, they lost a point for a late "
                "scorecard. It is not the first time this season.",
            ],
        ),
        (
            "Batting and Bowling Averages",
            [
                lines(
                    [
                        "Imran Qureshi (Bradford Moor) · 512 runs at 64.0",
                        "Priya Thiruchelvam (Leeds Nomads) · 498 runs at 62.3",
                        "Ravi Thiruchelvam (Bradford Moor) · 421 runs at 52.6",
                        "Ayesha Mohammed (Bradford Moor) · 27 wickets at 11.4",
                        "Kamal Jayasuriya (Galle Road Tamils) · 26 wickets at 11.9",
                        "Daniel Moss (Manningham) · 24 wickets at 14.1",
                    ]
                ),
                "The averages include the matches of the first nine rounds. When a match is "
                "abandoned, the runs scored in it still count. Averages are not published for "
                "players with fewer than five innings.",
            ],
        ),
        (
            "Junior Section",
            [
                "The under-13s beat Kirkstall by 40 runs on Sunday morning. The under-15s lost "
                f"to Leeds Nomads by six wickets. {rain} The under-11s festival at Galle Road "
                "was cancelled and will be played in September.",
                "Because the juniors now outnumber the seniors at three clubs, the league will "
                "add an under-17 division next season. Clubs that want to enter should tell the "
                "secretary before the end of the month.",
            ],
        ),
        (
            "Notes from the Secretary",
            [
                f"Scorecards must reach the league by Monday noon. {scorer} collects them; "
                f"do not send them to the chairman. Rain is not an excuse for a late card.",
                "Before the next round, every club must confirm its umpire for the cup. The "
                "cup final is at Park Avenue on the last Sunday of August.",
                "Clubs are reminded that the tea interval is twenty minutes. It is not an "
                "hour, however good the sandwiches are.",
                "The league’s annual dinner is in Leeds in October, with a talk by a former "
                "Sri Lanka player about cricket in Galle and Colombo. Tickets are £35.",
            ],
        ),
    ]
    return finish(
        "Bradford & District Cricket League: Saturday Round-Up 🏏",
        "From the league secretary’s desk",
        sections,
    )


def library_bulletin(rng: random.Random) -> str:
    """A public library's monthly bulletin: events, reading groups and new books."""
    librarian, author, volunteer = people(rng, 3)
    pointed, other = scripts(rng)
    booking = "Booking is essential."
    shelf = rng.choice([891, 892, 895])
    seats = rng.choice([20, 25, 30])
    vietnamese = GLOSSED["Vietnamese"][2]
    sections = [
        (
            "",
            [
                f"Welcome to the December bulletin of Leeds Central Library. {librarian}, "
                "who runs the languages collection, has chosen this month’s new books. If "
                "you cannot find a book on the shelves, ask at the enquiry desk. It is not "
                "always where the catalogue says.",
            ],
        ),
        (
            "Events This Month",
            [
                f"Author talk: {author} on translating Dostoevsky. Thursday 4 December at "
                f"18:30 in the reading room, {seats} seats. {booking}",
                f"Author talk: {author} on translating Tchaikovsky’s letters. Thursday 11 "
                f"December at 18:30 in the reading room, {seats + 10} seats. {booking}",
                f"Chanukah storytelling for children with candles and doughnuts. Sunday 14 "
                f"December at 11:00. {booking}",
                "Because of the holidays, the library closes at 13:00 on Christmas Eve and "
                "opens again on Saturday 27 December.",
            ],
        ),
        (
            "Reading Groups",
            [
                f"The Tamil reading group meets on the first Tuesday. This term it reads the "
                f"Thirukkural, a chapter a month. {booking} Led by {volunteer}.",
                f"The Urdu reading group meets on the second Tuesday. Every session opens with "
                f"{glossed(pointed, 0)}. {booking}",
                f"The Vietnamese group from Hội An reads short stories, and the organiser "
                f"writes: “{vietnamese[0]}” ({vietnamese[1]}). {booking}",
                f"Our newest group reads in Sinhala and Tamil. It is open to all; "
                f"{glossed(other, 1)} is the first thing you will hear. {booking}",
            ],
        ),
        (
            "New in Languages and Literature",
            [
                lines(
                    [
                        f"{shelf}.7 DOS · Dostoevsky, Crime and Punishment, new translation",
                        f"{shelf}.7 CHE · Chekhov, The Cherry Orchard and other plays",
                        f"{shelf}.6 MUR · Murasaki Shikibu, The Tale of Genji, abridged",
                        f"{shelf}.8 THI · The Thirukkural, Tamil text with English",
                        f"{shelf}.4 WIC · Wickramasinghe, Madol Doova, school edition",
                        f"{shelf + 1}.4 WIC · Wickramasinghe, Madol Doova, in Sinhala",
                    ]
                ),
                "When a new book arrives, it stays on the display table for two weeks. You "
                "cannot reserve it while it is on display.",
            ],
        ),
        (
            "New in Music",
            [
                lines(
                    [
                        "780.9 TCH · Tchaikovsky, a life in letters",
                        "780.9 RAC · Rachmaninoff, the last romantic",
                        "782.1 SWA · Swan Lake, full score and history",
                        "781.6 LAH · Songs of Lahore, with a CD",
                        "781.6 KAN · Drums of Kandy, with a CD",
                    ]
                ),
                "Scores may be borrowed for six weeks. CDs may be borrowed for two weeks; "
                "they are not renewable.",
            ],
        ),
        (
            "Home Library Service",
            [
                "Volunteers deliver books to readers who cannot come to the library. The "
                "service is free and covers the whole of Leeds, from Roundhay to Bramley. If "
                "you know someone who would like books at home, telephone the enquiry desk.",
                "Volunteers deliver large print books and talking books as well. The service "
                "is free and covers the whole of Bradford, from Shipley to Bierley. Books in "
                "Urdu, Tamil and Polish can be delivered too.",
                f"Our longest serving volunteer, {volunteer}, has delivered books every "
                "Friday for nine years. She will not say how many miles that is.",
            ],
        ),
        (
            "Opening Hours",
            [
                lines(
                    [
                        "Monday to Thursday · 09:00 to 20:00",
                        "Friday · 09:00 to 17:00",
                        "Saturday · 09:00 to 16:00",
                        "Sunday · 11:00 to 15:00",
                        "Christmas Eve · 09:00 to 13:00",
                        "Christmas Day and Boxing Day · closed",
                    ]
                ),
                "If the library has to close early because of bad weather, we put a notice on "
                "the website by noon. The book drop by the main door is open at all times.",
            ],
        ),
        (
            "Exhibition",
            [
                "The winter exhibition in the foyer shows Tchaikovsky’s tour of England in "
                "1893, when he conducted in Cambridge and London. When you visit, look for "
                "the concert programme signed in Russian and in French.",
                "The exhibition also shows a score of Swan Lake annotated by a Leeds dancer "
                "in 1934 and a letter from Rachmaninoff to a Bradford organist. The cases are "
                "alarmed; do not lean on the glass.",
                "The exhibition is open during library hours until the end of January. It is "
                "free, and no booking is needed.",
            ],
        ),
        (
            "Notices",
            [
                f"The library’s wifi is free; the password is on the board 📚. {volunteer} "
                "helps with computers on Wednesday mornings. We are not able to print "
                "documents from personal phones.",
                "The children’s library moves to the first floor in January. Although the "
                "lift is new, please use the stairs when you can. Families 👩‍👩‍👧 with "
                f"buggies{NBSP}may use the lift at any time.",
                "Lost property is kept at the enquiry desk for a month. It is then given to "
                "charity.",
            ],
        ),
    ]
    return finish(
        "Leeds Central Library: December Bulletin",
        "Compiled by the languages and music team",
        sections,
    )
