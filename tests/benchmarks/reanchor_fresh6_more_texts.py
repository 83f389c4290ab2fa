"""Four more kinds of sixth-round fresh held-out texts (no test here): a wiki-style village
article (an infobox, footnote markers, a Turkish name list), a weather warning (county
names repeated in lines a word apart, a Ukrainian safety advice), a documentary's
subtitle script (cues with time codes, short lines said twice, Vietnamese cues) and a
community newsletter mixing English with Persian, Urdu, Turkish, Vietnamese and
Ukrainian (right-to-left lines with English words inside, emoji, combining marks).
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh6_kit import ZWNJ, bank, finish, key_values, note, wrapped


def wiki_article(rng: random.Random) -> str:
    """A wiki-style article about a village: infobox, footnotes, a history, a list."""
    english = bank("wiki", rng)
    people = rng.randint(1_100, 1_900)
    height = rng.randint(410, 690)
    census = rng.choice((2011, 2021))
    body = [
        key_values(
            [
                ("Name", "Kayaköy"),
                ("Country", "Turkey"),
                ("Province", "Muğla"),
                ("Population", f"{people:,} ({census})"),
                ("Elevation", f"{height} m"),
                ("Time zone", "TRT (UTC+3)"),
            ],
            wiki=True,
        ),
        f"Kayaköy is a village in Muğla Province, in south-west Turkey[1]. It lies {height} m "
        f"above sea level, 8 km south of Fethiye. Its population was {people:,} in {census}.",
        english[0],
        "History",
        "The village was first recorded in 1523[2]. In the 19th century it was a market "
        "town; in 1923 most of its people left during the population exchange. The houses "
        "they left behind still stand on the hillside.",
        wrapped(
            "A well-known account by a visiting engineer describes the settlement as a "
            "long-term experiment in terracing, with water carried from the north-west "
            "spring by a channel that is still visible; the channel was restored in 2009 "
            "after a short-lived attempt at a modern pipe in the 1970s[3].",
            rng,
            rng.choice((60, 66, 72)),
        ),
        "After 1923 the village was resettled by families from Macedonia, but most of them "
        "moved down to the valley floor, where the land was easier to farm. The old houses "
        "were abandoned, and an earthquake in 1957 damaged many of those still standing. In "
        "the 1980s the government declared the ghost town a protected site; a plan to turn "
        "it into a holiday village was dropped after protests in 2014.",
        f"The population was {people:,} in {census}. The population was {people + 12:,} in "
        f"{census - 10}. The population was {people + 140:,} in {census - 20}.",
        english[1],
        "Name",
        'The name means "rock village" in Turkish. Older maps give the Greek name, Levissi, '
        "and some give both. The village's official name has been Kayaköy since 1928; the "
        "name of the ghost town is the same, which can confuse visitors looking for a bus.",
        "Demographics",
        "Most residents are Turkish citizens; about one in ten are foreign nationals, mostly "
        "from the UK and Germany[1]. The median age is 44. The village has one primary "
        "school with 61 pupils and one mosque.",
        "Transport",
        "A bus runs to Fethiye every 30 minutes in summer and every hour in winter. The "
        "nearest airport is Dalaman, 60 km to the north-west. There is no railway in the "
        "province; the nearest station is at Aydın.",
        "Gallery\nThe ghost town from the east ridge, 2019.\nThe ghost town from the west "
        "ridge, 2019.\nThe lower church in spring, 2021.\nThe stone bridge after the "
        "restoration, 2010.",
        "Notable people",
        "Ayşe Yılmaz, a painter, was born in the village. Mehmet Öztürk, a poet, was born in "
        "the village. Şükrü Kaya, a politician, was born in Muğla.",
        "Geography",
        f"The village lies in a valley between two ridges, at {height} m. The valley floor is "
        "farmed; the slopes are covered in pine. A road of 8 km links the village to Fethiye, "
        "and a footpath of 6 km links it to Ölüdeniz on the coast.",
        "The climate is Mediterranean. Summers are hot and dry, with highs of 34 °C in July; "
        "winters are mild and wet. Most rain falls between November and February.",
        "Economy",
        "Tourism is the largest employer. The ghost town draws about 200,000 visitors a year, "
        "most of them in spring and autumn. Farming comes second: olives, almonds and goats.",
        "The village is known for its stone houses, which were built in the 18th century "
        "and restored in part after 2009.",
        "Culture",
        "\"It's a ghost town that isn't quite a ghost town,\" wrote one guidebook. The "
        "festival starts at 18:00:00 each August -- and goes on until the early hours... "
        "or so the locals say.",
        english[2],
        "Kayaköy appears in several novels. It is the model for the village of Eskibahçe "
        "in Louis de Bernières's novel Birds Without Wings. It is the setting of a Turkish "
        "television series filmed in 2014.",
        "Türkçe adı Kayaköy'dür; eski Rumca adı Λεβίσι (Levissi) idi. Köyde bugün küçük bir "
        "cami ve iki kilise kalıntısı vardır.",
        "See also",
        "Fethiye · Ölüdeniz · Muğla Province",
        "References",
        note(1, "Turkish Statistical Institute, address-based population register."),
        note(2, f"Ottoman tax register of 1523, cited in the Muğla gazetteer, page {height}."),
        note(3, "Restoration report, Fethiye municipality, 2010."),
        "External links: https://tr.wikipedia.org/wiki/Kayaköy",
        "This page was last edited on 2 February 2026, at 11:04:37. Text is available under "
        "the Creative Commons licence; additional terms may apply.",
    ]
    return finish(
        "Kayaköy",
        "From Wikipedia, the free encyclopedia",
        body,
    )


COUNTIES = ("Cork", "Kerry", "Clare", "Limerick", "Galway", "Mayo", "Sligo", "Donegal")
ISSUED = "This warning was issued by Met Éireann."


def weather_warning(rng: random.Random) -> str:
    """A national weather warning: a line per county a word apart, repeated advice."""
    english = bank("weather", rng)
    orange = rng.sample(COUNTIES[:4], 3)
    yellow = rng.sample(COUNTIES[4:], 3)
    gust = rng.choice((110, 120, 130))
    rain = rng.choice((50, 60, 70))
    storm = rng.choice(("Storm Éowyn", "Storm Darragh", "Storm Ashley"))
    body = [
        f"{storm} will bring severe winds and heavy rain on Friday[1]. An Orange wind "
        f"warning is in place for {', '.join(orange[:-1])} and {orange[-1]}.",
        key_values(
            [
                ("Warning type", "Orange wind warning"),
                ("Valid from", "Friday 05:00:00"),
                ("Valid to", "Friday 21:00:00"),
                ("Issued", "Thursday 12:00:00"),
                ("Areas", ", ".join(orange)),
            ]
        ),
        "Orange warnings",
        " ".join(f"An Orange wind warning is in place for {county}." for county in orange),
        f"Gusts of {gust} km/h are expected on exposed coasts, with {rain} mm of rain in "
        f"places. Gusts of {gust - 10} km/h are expected inland.",
        english[0],
        "Yellow warnings",
        "\n".join(f"A Yellow rain warning is in place for {county}." for county in yellow),
        f"Rainfall of 30 to {rain} mm is expected -- mostly on high ground. Rivers won't peak "
        "until Saturday... so take care near them.",
        english[1],
        ISSUED,
        "Travel",
        f"Irish Rail services between Galway and Athlone will not run after 15:00:00. Bus "
        f"Éireann services in {orange[0]} will stop at 10:00:00. Ferries from Rosslare are "
        "cancelled for the day. Check before you travel.",
        "The N59 is closed between Clifden and Westport. The N70 is closed between Kenmare "
        "and Sneem. The N71 is closed between Glengarriff and Kenmare.",
        "Flooding",
        f"Flooding is likely along the Shannon in {yellow[0]}. Flooding is likely along the "
        f"Moy in {yellow[1]}. Flooding is possible along the Garavogue in {yellow[2]}. The OPW "
        f"has placed flood barriers in Ballina and Athlone.",
        "Farmers should move animals away from rivers and low-lying fields, and secure loose "
        "machinery. Fishing boats should stay in port until the warning ends. Hill walkers "
        "should not go out on Friday or on Saturday morning.",
        "What the colours mean",
        "Yellow: be aware. The weather may cause some disruption.\n"
        "Orange: be prepared. The weather may cause damage and danger to life.\n"
        "Red: take action. The weather will cause severe damage and danger to life.",
        "Schools",
        f"Schools in the Orange warning area will be closed on Friday. Schools in the Yellow "
        f"warning area should follow the advice of their local authority. Colleges in "
        f"{orange[0]} and {orange[1]} have cancelled classes.",
        wrapped(
            "Impacts: fallen trees and damage to power lines, dangerous travelling "
            "conditions on low-lying coastal roads, wave overtopping in the south-east and "
            "localised flooding; some short-lived but very strong gusts are possible near "
            "the coast, and structural damage cannot be ruled out[2].",
            rng,
            rng.choice((62, 68, 74)),
        ),
        f'"Don\'t travel unless you have to," said Gerry Flynn of the National Emergency '
        f"Co-ordination Group. \"Don't travel, and don't go to the coast to watch.\" {ISSUED}",
        english[2],
        "Ukrainian",
        "Попередження помаранчевого рівня діє для графств "
        f"{', '.join(orange)}. Не виходьте з дому без потреби.",
        "Forecast for Saturday",
        f"Winds easing to 60 km/h by morning. A Yellow wind warning is in place for "
        f"{yellow[0]} until noon. Rain clearing east; highs of 9 °C. Rivers will keep rising "
        f"in {yellow[1]} until Sunday.",
        f'"We\'ve seen worse storms," said one forecaster, "but not many this early in the '
        f'season." {ISSUED}',
        "Previous warnings",
        f"Wednesday: A Yellow wind warning was in place for {orange[0]}.\n"
        f"Thursday: An Orange wind warning was in place for {orange[0]}.\n"
        f"Thursday: A Yellow rain warning was in place for {yellow[0]}.",
        "ESB Networks expects power cuts in the Orange warning area. Crews are on standby in "
        f"{orange[0]}, {orange[1]} and {orange[2]}, but they will not work at height while "
        "gusts are above 65 km/h. Report fallen lines on 1800 372 999; don't touch them.",
        "Попередження жовтого рівня діє для графств "
        f"{', '.join(yellow)}. Стежте за оновленнями на сайті Met Éireann.",
        note(1, "Met Éireann, national forecast issued at 12:00:00 on Thursday."),
        note(2, "Impacts based on the ESB Networks storm plan."),
        f"Next update at 18:00:00. {ISSUED} Live map: https://www.met.ie/warnings/today",
    ]
    return finish(
        f"{storm}: Orange wind warning for {', '.join(orange[:-1])} and {orange[-1]}",
        "Met Éireann · Issued Thursday 12:00:00",
        body,
    )


DONT_KNOW = "I don't know."


def _cue(number: int, start: str, end: str, *lines: str) -> str:
    return "\n".join([str(number), f"{start} --> {end}", *lines])


def _stamps(rng: random.Random, count: int) -> list[str]:
    """``count`` rising subtitle time codes, two to five seconds apart."""
    at = rng.randint(60, 480) * 1000 + rng.randrange(0, 1000, 10)
    stamps = []
    for _ in range(count):
        seconds, millis = divmod(at, 1000)
        stamps.append(f"00:{seconds // 60:02d}:{seconds % 60:02d},{millis:03d}")
        at += rng.randint(2000, 5000)
    return stamps


def subtitles(rng: random.Random) -> str:
    """A documentary's subtitle script as sent for review: header, cues, editor's notes."""
    english = bank("subtitles", rng)
    hours = rng.choice(("three", "four", "five"))
    stamp = _stamps(rng, 40)
    minute = int(stamp[0][3:5])
    said = [
        ("(WIND HOWLING)",),
        ("We waited for three hours.", "Nobody came."),
        ("Mum, where's Dad?", DONT_KNOW),
        (f"We waited for {hours} hours.", "Then the water came in."),
        ("(DOOR CLOSES)",),
        (DONT_KNOW, "I don't know, love."),
        ("The water was up to here.", "Up to my knees."),
        ("The water was up to here.", "Up to my waist."),
        ("We put the kids on the table.",),
        ("(BABY CRYING)",),
        ("NARRATOR: At 2 am, the river", "broke through the wall."),
    ]
    later = [
        ("NARRATOR: By morning, the river", "had risen by 2 m."),
        ("(DOOR CLOSES)",),
        ('Anh ấy nói: "Chúng tôi đã đợi ba tiếng."',),
        ("We waited for two hours.", DONT_KNOW),
        ("(WIND HOWLING)",),
        ("They came in a boat.", "A little orange boat."),
        ("They came in a boat.", "A little yellow boat."),
        ("I didn't want to leave the dog.",),
        ("Chúng tôi đã mất tất cả.", "We lost everything."),
        ("NARRATOR: Three days later,", "the water went down."),
        ("It's still in the walls.", "You can smell it."),
        ("(DOOR CLOSES)",),
    ]
    cues = [_cue(i + 1, stamp[i], stamp[i + 1], *lines) for i, lines in enumerate(said)]
    skip = len(said) + 1
    more = [
        _cue(skip + i, stamp[skip + i], stamp[skip + i + 1], *lines)
        for i, lines in enumerate(later)
    ]
    third = len(said) + len(later) + 2
    last = [
        ("NARRATOR: A year on, the family", "is back in the house."),
        ("We painted it yellow.", "Yellow, so we'd be happy."),
        ("(LAUGHTER)",),
        ("Are you afraid of the river now?", DONT_KNOW),
        ("When it rains, I don't sleep.",),
        ("When it rains, I don't sleep.", "Not for a minute."),
        ("(RAIN FALLING)",),
        ("NARRATOR: The flood defences", "are due to be finished in 2028."),
    ]
    final = [
        _cue(third + i, stamp[third + i], stamp[third + i + 1], *lines)
        for i, lines in enumerate(last)
    ]
    body = [
        key_values(
            [
                ("Programme", "The Night the River Rose"),
                ("Episode", "2 of 3"),
                ("Duration", "58 min"),
                ("Language", "English, with Vietnamese dialogue"),
                ("Frame rate", "25 fps"),
            ]
        ),
        "This script covers the first part of the episode, from the storm to the rescue. "
        "Cues are numbered in the order they appear. Time codes are in hours, minutes, "
        "seconds and milliseconds from the start of the programme.",
        english[0],
        "Part one",
        *cues,
        "Editor's notes",
        "Cue 4 repeats cue 2 on purpose[1]. The speaker corrects herself. Keep both lines "
        "as spoken.",
        "Cues 7 and 8 are not a mistake either. The speaker says the same thing twice, with "
        "a different ending. Keep both, and keep the pause between them.",
        wrapped(
            "Sound descriptions follow the house style: capitals in brackets, no full "
            "stop, and no description longer than one line; the well-known exception is "
            "music, which is described in a follow-up line with the title in italics when "
            "it is known[2].",
            rng,
            rng.choice((56, 60, 64)),
        ),
        english[1],
        "Part two",
        *more,
        note(1, f"Checked against the rushes at 10:{minute:02d}:00 by the series producer."),
        "Reviewer: \"It's 1/2 a second early -- please move it.\" The reviewer's notes say "
        "the same about cue 15... and cue 16.",
        "Vietnamese dialogue is subtitled in English and kept in Vietnamese in the script. "
        "The translator checked every line with the family. Names are spelt as the family "
        "spells them: Nguyễn Thị Hoa, Trần Văn Minh and their son, Bảo.",
        "The flood reached 1.8 m in the ground floor of the house. The family lived "
        "upstairs for eleven days. The documentary was filmed over 14 months.",
        note(2, "Access Services subtitle guidelines, edition 7."),
        "Part three",
        *final,
        "Cues in part three were timed by a second subtitler. The reviewer asked for cue "
        f"{third + 4} and cue {third + 5} to be checked against the audio, because the "
        "speaker says the same line twice and the second time it's quieter.",
        english[2],
        "Delivery: https://access.example.tv/review/night-river-ep2",
    ]
    return finish(
        "The Night the River Rose, episode 2: subtitle script for review",
        f"Access Services · Version 3 · Sent 16:{rng.randint(10, 59)}:00",
        body,
    )


HELLO = "Hello and welcome 👋"


def newsletter(rng: random.Random) -> str:
    """A community centre's newsletter in English with Persian, Urdu, Turkish,
    Vietnamese and Ukrainian, emoji and combining marks."""
    english = bank("newsletter", rng)
    month = rng.choice(("September", "October", "November"))
    day = rng.randint(3, 27)
    body = [
        f"{HELLO} · خوش آمدید · خوش آمدید · Hoş geldiniz · Chào mừng · Ласкаво просимо",
        key_values(
            [
                ("Address", "14 Canal Street, Leeds, 1 km from the station"),
                ("Open", "Every day, 9 am to 8 pm"),
                ("Phone", "0113 496 0112"),
                ("Languages", "English, فارسی, اردو, Türkçe, Tiếng Việt, українська"),
            ]
        ),
        english[0],
        "This month",
        f"The autumn fair is on {day} {month} from 11:00:00 🍂. There's food from five "
        f"countries -- and a choir[1]. Bring a friend.",
        "Persian class: Monday 18:00. Persian class: Wednesday 18:00. Urdu class: Monday 18:00.",
        "فارسی",
        f"کلاس فارسی هر دوشنبه ساعت ۱۸ برگزار می{ZWNJ}شود. Bring your own notebook "
        f"please. جشن پاییزی روز {day} {month} است.",
        "اردو",
        "اردو کی کلاس ہر پیر کو شام چھ بجے ہوتی ہے۔ The Urdu class meets in Room 2.",
        english[1],
        "Rooms this term",
        "The Urdu class meets in Room 2. The Turkish class meets in Room 2. The Persian class "
        "meets in Room 3, next to the kitchen. The Ukrainian group meets in the hall 🇺🇦.",
        "Food bank",
        f"The food bank gave out 1,240 parcels in {month}, up from 1,085 a year ago. Most "
        "parcels went to families with children. We need tins, rice, nappies and toothpaste; "
        "we don't need bread, because a bakery gives us what it hasn't sold.",
        "بانک غذا ماه گذشته ۱۲۴۰ بسته توزیع کرد. Please bring tins, rice and nappies. "
        "از همه اهداکنندگان سپاسگزاریم 🙏.",
        "From the chair",
        '"This centre runs on tea and goodwill," says our chair, Roya Karimi. "We\'re '
        'short of tea." She thanks everyone who came to the open day, and asks for help '
        "with the garden, which has been left since the summer. Two hours a month is enough.",
        "روز باز مرکز بسیار شلوغ بود. Roya Karimi گفت: «از همه شما ممنونیم.» جلسه بعدی "
        "داوطلبان سه‌شنبه ساعت ۶ عصر است.",
        "ہم سب کا شکریہ ادا کرتے ہیں۔ Roya Karimi نے کہا کہ باغ کے لیے مدد چاہیے۔",
        "Advice sessions",
        "Free advice on housing, benefits and immigration is on Wednesdays from 10 am. Bring "
        "any letters you have received. Interpreters for Persian, Urdu, Turkish, Vietnamese "
        "and Ukrainian can be booked a week ahead; there's no charge.",
        "Youth club",
        "The youth club is on Tuesdays and Thursdays from 4 pm. There's football, table "
        "tennis and homework help -- and a Wi-Fi password that changes every week. Parents "
        "don't need to book, but they do need to sign the form once.",
        "Türkçe ve Tiếng Việt",
        "Türkçe sohbet grubu çarşamba günleri buluşuyor. Nhóm tiếng Việt gặp nhau vào thứ "
        "Bảy lúc 10 giờ.",
        "Українською",
        "Українська група зустрічається щоп'ятниці. Приходьте з дітьми 👨‍👩‍👧.",
        wrapped(
            "Our thanks go to the volunteers who ran the summer programme: the well-known "
            "cooks of the Friday lunch club, the drivers who took older members to the "
            "seaside 120 km away, and the long-term helpers of the homework club, who "
            "never missed a week[2].",
            rng,
            rng.choice((60, 64, 70)),
        ),
        english[2],
        "Dates for your diary\n"
        f"{day} {month}: autumn fair, 11 am to 4 pm 🍂\n"
        f"{day + 1} {month}: volunteers' meeting, 6 pm\n"
        "Every Saturday: food bank, 10 am to 1 pm\n"
        "Every Friday: Ukrainian group, 5 pm 🇺🇦",
        'Mẹ của Bảo nói: "Ở đây ai cũng tốt." Bà ấy đến lớp tiếng Anh mỗi thứ Hai. '
        "Bảo đến câu lạc bộ thanh niên mỗi thứ Ba.",
        "Ми дякуємо всім, хто допоміг з ярмарком. Наступна зустріч українськомовної групи "
        "відбудеться у п'ятницю о 17:00.",
        "A note on names: we write Nguyễn, Şükrü and Zoë with their marks, and Lithuanian "
        "Ė\u0303rika and A\u0328\u0301žuolas with the two marks their letters carry... "
        "please tell us if we've got yours wrong.",
        note(1, "The choir is the Canal Street Singers, who rehearse on Thursdays."),
        note(2, "The summer programme was funded by the Leeds Community Foundation."),
        f"{HELLO} Next newsletter: 1 {month}. Read online: "
        "https://canalstreet.example.org/newsletter",
    ]
    return finish(
        f"Canal Street Community Centre newsletter, {month}",
        "Written by the volunteers · Sent 08:30:00",
        body,
    )
