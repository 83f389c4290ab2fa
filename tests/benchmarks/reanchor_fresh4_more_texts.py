"""Four more kinds of the fourth round of fresh held-out texts (no test here): a concert
review quoting lyrics whose refrain repeats word for word, a brief quoting Arabic and
Hebrew with Latin names and digits, a Japanese and Chinese article without spaces, and a
phone review with pros, cons and specifications as bullets and its price line twice.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh4_kit import (
    EMOJI,
    bullets,
    cast,
    date,
    finish,
    full_name,
    garble,
    notes,
)

E = list(EMOJI)

# -- a concert review quoting lyrics -------------------------------------------------------------

REFRAIN = "And the water knows my name,\nand the water knows my name,\nevery river runs the same."
VERSES = (
    "We left the harbour after dark,\nno lantern and no chart,\nyou said the sea would "
    "keep us\nand I believed you from the start.",
    "Now the jetty’s gone to rust,\nthe nets are hung to dry,\nbut I can hear you calling\n"
    "when the gulls go crying by.",
)
SONGS = ["Harbour Lights", "Low Road", "The Water Knows", "Gull Song", "Ebb", "Fathom"]


def concert_review(rng: random.Random) -> str:
    """A review: a song's verses and a refrain printed three times, set list and encore."""
    a, b, c = cast(rng)
    songs = rng.sample(SONGS, len(SONGS))
    body = [
        "The Saltmarsh Choir closed their 14-date tour [1] at the Roundhouse on Saturday with "
        "a two-hour set that had 3,300 people singing the last refrain unprompted.",
        f"The band’s singer, {full_name(a)}, introduced “The Water Knows” as “a song about my "
        "grandfather, and about every harbour town that lost its boats” [2].",
        VERSES[0],
        REFRAIN,
        VERSES[1],
        REFRAIN,
        "Set list:\n" + bullets(songs[:4]),
        f"“We wrote it in one night,” said {a[1]}.",
        f"“We wrote it in one night,” said {b[1]}, the band’s fiddler, who remembers it "
        f"differently. {full_name(b)} joined in 2019 [3].",
        "The band thanked three people: their sound engineer; their bus driver; and whoever "
        "invented the harmonium.",
        garble(
            "Support came from Zoë and the Lumières, whose singer’s “bonsoir, Londres” got a "
            "cheer – and a chant of “encore” that they didn’t take up."
        ),
        "Fans had queued in 2°C drizzle, and some had travelled 400 km; the Roundhouse holds "
        "3,300, and every seat was sold [4].",
        "The Tokyo leg of the tour sold out in 3 hours: 東京公演のチケットは３時間で完売し、"
        "追加公演が2回決まった。",
        f"Fans in the front row held up {E[7]} and {E[4]} signs, and the band’s account "
        f"posted {E[8]}{E[8]}.",
        "Encore:\n" + bullets(songs[4:]),
        REFRAIN,
        f"{full_name(c)} reviewed the tour’s opening night in Hull; {c[1]} gave it five stars.",
        notes(
            "Notes",
            ["Tour dates 2026.", "Interview on BBC Radio 6 Music.", "Band website.", "Venue."],
        ),
    ]
    return finish(
        "Review: The Saltmarsh Choir at the Roundhouse — a refrain that will not leave you",
        f"By {full_name(c)} · ★★★★☆ · {date(rng)}",
        body,
    )


# -- a brief quoting Arabic and Hebrew -----------------------------------------------------------

TRANSLATED = "(Translated by the Middle East desk.)"
POINTS = [
    "A 110 km pipeline from Aqaba",
    "A desalination plant by 2027",
    "A joint price committee",
    "Repairs paid from a common fund",
]


def arabic_hebrew_brief(rng: random.Random) -> str:
    """A brief: Arabic and Hebrew quotes with Latin names and digits, each translated."""
    a, b, c = cast(rng)
    body = [
        "Delegations from Jordan, Israel and the Palestinian Authority met in Amman on "
        "Tuesday to discuss sharing 50 million cubic metres of water a year [1].",
        f"Arabic: قال الوزير {full_name(a)} إن خط الأنابيب بطول 110 km سيكتمل في عام 2027.\n"
        f"English: Minister {full_name(a)} said the 110 km pipeline would be finished in "
        f"2027.\n{TRANSLATED}",
        f"Hebrew: {full_name(b)} אמרה כי המים הם “זכות בסיסית” וכי 50 מיליון מטרים מעוקבים "
        f"יועברו.\nEnglish: {full_name(b)} said water was “a basic right” and that 50 "
        f"million cubic metres would be transferred.\n{TRANSLATED}",
        "Main points:\n" + bullets(rng.sample(POINTS, len(POINTS))),
        "The talks covered three subjects: the pipeline; the price of desalinated water; and "
        "who pays for repairs [2].",
        f"“We have no time to lose,” said {a[1]}.",
        f"“We have no time to lose,” said {b[1]}, who leads the Israeli side [3].",
        f"Arabic: وأضاف {a[1]} أن المحطة ستنتج 300 litres في الثانية.\nEnglish: {a[1]} added "
        f"that the plant would produce 300 litres a second.\n{TRANSLATED}",
        garble(
            "Jordan’s water minister said the plan was “realistic”, and café owners in Jabal "
            "Amman said they’d believe it when they saw it."
        ),
        "A Chinese contractor has bid for the pipeline: "
        "中国公司的报价为２．４亿美元，工期为36个月。",
        f"Young activists outside posted {E[5]} and {E[3]} with the hashtag #WaterForAll.",
        "النقاط المتفق عليها:\n"
        + bullets(rng.sample(["لجنة مشتركة", "محطة تحلية", "خط أنابيب"], 3)),
        f"{full_name(c)}, an engineer from Haifa, said the 110 km route crossed two fault "
        f"lines; {c[1]} called it “the hardest 20 km in the region” [4].",
        notes(
            "Sources",
            ["Jordanian Ministry of Water.", "Reuters.", "Times of Israel.", "Interview."],
        ),
    ]
    return finish(
        "Water talks in Amman: what the three delegations said",
        f"Middle East desk · {date(rng)} · with translations",
        body,
    )


# -- a Japanese and Chinese article ---------------------------------------------------------------

CREDIT = "写真提供：大阪市交通局"


def japanese_article(rng: random.Random) -> str:
    """A Japanese article (no spaces, full-width digits) with a Chinese paragraph and an
    English summary; Latin names; a photo credit printed twice."""
    a, b, c = cast(rng)
    fares = rng.sample(["大人２３０円", "子ども120円", "一日券７００円", "定期券は割引"], 4)
    stops = rng.sample(["難波", "梅田", "新大阪", "天王寺", "大阪城"], 5)
    body = [
        "大阪市で１５日、新しい路面電車が開業し、初日に約20,000人が利用した[1]。",
        f"{full_name(a)}市長は「安全が第一です」と述べた。",
        f"「安全が第一です」と{b[1]}氏も述べた。{full_name(b)}氏は交通局の局長を務める[2]。",
        "料金：\n" + bullets(fares),
        "停留所：\n" + bullets(stops),
        "路線の全長は11 km、車両の重さは1両あたり30,000 kgで、最高速度は時速40キロ。",
        CREDIT,
        "Three routes are planned: Namba to Umeda; Umeda to Shin-Osaka; and a loop around the "
        "castle [3].",
        garble(
            "An English summary on the city’s website read: “The tram’s first day was a "
            "success — 20,000 riders, and not one delay.”"
        ),
        "A visitor from Leeds, Sarah Quinn, called it “the quietest tram I have ever ridden”. "
        "“I will come back in spring,” said Quinn.",
        "香港媒体报道称，该路面电车每天运送约2万名乘客，票价为２３０日元。",
        f"SNSでは{E[1]}や{E[3]}の絵文字とともに写真が投稿された。",
        CREDIT,
        f"{full_name(c)}さんは「毎日乗ります」と話した。{c[1]}さんは梅田で働いている[4]。",
        "夏には気温が35°Cを超えるため、全車両に冷房を備えた。",
        f"開業式典には約５００人が出席し、{a[1]}市長がテープカットを行った。市によると、建設費は約"
        "120億円で、当初の計画より２割多かった。",
        notes("出典", ["大阪市交通局発表。", "市長会見。", "市議会資料。", "取材。"]),
    ]
    return finish(
        "大阪の新しい路面電車、開業初日に２万人が利用",
        f"By {full_name(c)} · Osaka · {date(rng)}",
        body,
    )


# -- a product review ----------------------------------------------------------------------------

PROS = ["Bright, sharp screen", "Two-day battery", "Good zoom camera", "Seven years of updates"]
CONS = ["No charger in the box", "Slow to charge", "Heavy for its size", "Slippery glass back"]
PRICE = "Price when reviewed: £349 · Verdict: 4 out of 5"


def product_review(rng: random.Random) -> str:
    """A phone review: pros, cons and specifications as bullets, near-duplicate battery
    sentences, the price and verdict line at the top and at the bottom."""
    a, b, c = cast(rng)
    specs = [
        "Screen: 6.4 inches, 120Hz",
        "Battery: 5,000 mAh",
        "Weight: 190 g",
        "Thickness: 0.8 cm",
        "Storage: 128 or 256GB",
    ]
    body = [
        PRICE,
        f"The Kestrel 7 is the best phone you can buy for £349, and it is not close [1]. "
        f"{full_name(a)} tested it for three weeks in London and Lisbon.",
        "Pros:\n" + bullets(rng.sample(PROS, len(PROS))),
        "Cons:\n" + bullets(rng.sample(CONS, len(CONS))),
        "The battery lasted two days in our tests.",
        "In the box you get three things: the phone; a USB-C cable; and a SIM tool.",
        f"“It is the phone I would buy with my own money,” said {a[1]}.",
        f"“It is the phone I would buy with my own money,” said {b[1]}, who reviews phones "
        f"for a Swedish site [2]. {full_name(b)} gave it 5 out of 5.",
        "The battery lasted almost two days in our tests, even with the screen at 120Hz.",
        "Specifications:\n" + bullets(rng.sample(specs, len(specs))),
        "It stayed cool: the back never passed 38°C, even while filming for 20 minutes [3].",
        garble(
            "A reader’s comment: “Bought it for my café – the camera’s brilliant, but it’s "
            "slippery, so get a case.”"
        ),
        "The Japanese box reads: バッテリー容量は５０００mAh、重さは190gで、価格は４９８００円。",
        f"Readers voted with {E[1]}, {E[5]} and {E[6]}; one wrote “best £349 I spent {E[4]}”.",
        f"{full_name(c)}, who repairs phones in Leeds, said the screen is easy to replace; "
        f"{c[1]} charges £89 for it.",
        PRICE,
        notes("Notes", ["Tested on software 2.1.", "Interview.", "Thermal camera readings."]),
    ]
    return finish(
        "Kestrel 7 review: the phone most people should buy",
        f"By {full_name(c)} · {date(rng)} · Phones",
        body,
    )
