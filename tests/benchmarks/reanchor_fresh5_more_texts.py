"""Three more kinds of the fifth round of fresh held-out texts (no test here): a group
chat export quoted in an investigation (timestamped one-word messages that repeat, a
Korean and a Thai message), an energy price explainer for the web ("Read more" lines, a
pull-quote printed twice, an FAQ of short repeated answers, a Hindi line) and an Asia
transport digest (Thai paragraphs whose words only zero-width spaces part, Korean
paragraphs with their spacing wrong, English around them) and a festival digest from
Athens and Delhi (Hindi with nuktas, chandrabindu and vowel signs; Greek with accents).
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh5_kit import (
    cast,
    clock,
    day_month,
    finish,
    full,
    table,
    thai,
    thousands,
    titled,
    turns,
)

MEETING = "Meeting at the slipway, 20:00. Bring torches."


def group_chat(rng: random.Random) -> str:
    """A neighbourhood group chat, exported and quoted by an investigation."""
    a, b, c = cast(rng, 3)
    messages = thousands(rng, 1_050, 1_400)
    body = [
        "The messages below were shared with us by two members of the group, and we have "
        "checked them against the police evidence. Names are as they appear in the chat.",
        f"“We were never vigilantes, we were neighbours who were worried about the harbour,” "
        f"said {titled(a)}.",
        MEETING,
        "\n".join(
            [
                "[19:02] Ana: Did anyone see the trucks at 18:40?",
                "[19:02] Jun: yes",
                "[19:03] Malee: ok",
                "[19:03] Jun: 나도 볼수 있었어. 트럭이 세 대였어.",
                "[19:04] Ana: ok",
                f"[19:04] Malee: {thai('ฉัน', 'เห็น', 'รถบรรทุก', 'สาม', 'คัน')}",
                "[19:05] Dev: same",
                "[19:05] Ana: They come every 48 hours. Same plates.",
                "[19:06] Jun: ok",
            ]
        ),
        f"The group had 212 members by {day_month(rng)}; Ana alone posted {messages} "
        "messages, and most of them were about the trucks.",
        "Member | Messages | Joined\n"
        + table(
            [
                ["Ana", messages, "3 Jan"],
                ["Jun", str(rng.randint(700, 990)), "3 Jan"],
                ["Malee", messages, "9 Feb"],
                ["Dev", str(rng.randint(200, 400)), "9 Feb"],
            ]
        ),
        "\n".join(
            [
                "[21:15] Dev: they are back",
                "[21:15] Ana: ok",
                "[21:16] Jun: They come every night now. Same plates?",
                "[21:16] Dev: yes",
                f"[21:17] Ana: {MEETING}",
                "[21:17] Malee: ok",
            ]
        ),
        f"{titled(b)} said: “A group chat is not a conspiracy, and a torch is not a weapon, "
        "whatever the charge sheet says.”",
        "The trucks carried 4.5 tonnes of waste each, according to the port; about 60 per "
        "cent of it was never logged.",
        f"The harbour master, {full(c)}, declined to comment. The port authority & the "
        "council said the matter was with the police.",
        "Police searched the boatyard, the slipway and the old fish market. Nothing was "
        "found. Nobody was charged.",
        f"“They come every 48 hours,” {titled(b)} said.",
        MEETING,
    ]
    return finish(
        "The ‘Harbour Watch’ group chat: the messages in full",
        f"By {full(c)}, Investigations · {day_month(rng)}, {clock(rng)}",
        body,
    )


TYPICAL = "The typical bill is £1,849 a year."
REVIEWED = "The cap is reviewed every three months."
PULL = "Nobody should have to choose between heating and eating this winter."


def energy_explainer(rng: random.Random) -> str:
    """A web explainer: "Read more" lines, a pull-quote printed twice, an FAQ, a table."""
    a, b, c = cast(rng, 3)
    body = [
        f"Energy bills change on {day_month(rng)}, when the new price cap starts. {TYPICAL} "
        "Here is what it means for you.",
        REVIEWED,
        f"“{PULL} The cap helps, but it is not a promise,” said {titled(a)} of the "
        "Citizens Advice service.",
        "Read more: What the new rules mean for renters",
        "Usage | Old cap | New cap | Change\n"
        + table(
            [
                ["Low", "£1,204", "£1,268", "+5.3%"],
                ["Medium", "£1,849", "£1,738", "-6.0%"],
                ["High", "£2,716", "£2,590", "-4.6%"],
                ["Prepay", "£1,204", "£1,253", "+4.1%"],
            ]
        ),
        PULL,
        "The levy is reviewed every six months. Standing charges rise by 3.2 per cent, and "
        "they rise for everyone, whether they use "
        "a lot of energy or very little.",
        turns(
            [
                ("Q", "Will my bill go up?"),
                ("A", "Yes, for most households."),
                ("Q", "Do I need to do anything?"),
                ("A", "No."),
                ("Q", "Can I still fix my tariff?"),
                ("A", "Yes, for most households."),
                ("Q", "Does the cap limit my total bill?"),
                ("A", "No."),
            ]
        ),
        f"{titled(b)} said: “Meter readings taken before midnight on the last day of the "
        "month are the ones that count.”",
        "Read more: Five things we learned from the budget",
        "हिंदी में पढ़ें: बिल जनवरी से बढ़ेंगे, लेकिन मदद मिलेगी। हाँ, पुराने मीटर भी चलेंगे।",
        "Suppliers must send notice 30 days before a change. Most do it by email. Some still "
        f"post a letter, and the letter must arrive by {clock(rng, 9, 17)} on a working day.",
        f"{TYPICAL} {REVIEWED}",
        f"Ofgem’s chief executive, {full(c)}, said households in arrears owe "
        f"£{rng.randint(3, 4)}.{rng.randint(1, 9)}bn, a record.",
        f"“{PULL}” That line, from {titled(a)}, has been shared 14,000 times.",
        "Help with bills, grants & payment plans: call 0800 144 8848 or ask your supplier.",
    ]
    return finish(
        "Energy price cap explained: what changes, and who pays",
        f"By {full(c)}, Consumer Affairs · Updated {day_month(rng, short=True)}",
        body,
    )


NO_INJURIES = "Officials reported no injuries."


def asia_digest(rng: random.Random) -> str:
    """A transport digest from Bangkok and Seoul, with Thai and Korean paragraphs."""
    a, b, c = cast(rng, 3)
    riders = thousands(rng, 1_200, 9_000)
    body = [
        f"Bangkok closed three roads on {day_month(rng)} after a sinkhole opened near "
        f"Hua Lamphong station at {clock(rng, 5, 8)}. {NO_INJURIES}",
        " ".join(
            [
                thai("กรุงเทพ", "มหานคร", "ประกาศ", "ปิด", "ถนน", "สาม", "สาย"),
                thai(
                    "ผู้",
                    "ว่า",
                    "ราชการ",
                    "กล่าว",
                    "ว่า",
                    "จะ",
                    "เปิด",
                    "อีก",
                    "ครั้ง",
                    "ภายใน",
                    "48",
                    "ชั่วโมง",
                ),
            ]
        ),
        "The governor said the roads would reopen within 48 hours, and that engineers were "
        "checking the pipes under the station.",
        f"“We will open the roads when they are safe, not when they are convenient,” said "
        f"{titled(a)}.",
        thai("ไม่", "มี", "ผู้", "ได้รับ", "บาดเจ็บ"),
        "In Seoul, the city will add night buses from next month. Fares stay the same. In "
        "Busan, the city will add night trains from next month.",
        "서울시는 다음 달부터 심야 버스를 한번 더 늘릴 계획이다. 시 관계자는 “승객이 늘어날 "
        "것이라고 볼수 있다”고 말했다. 효과가 있을것으로 보인다.",
        "City | Line | Riders a night | Change\n"
        + table(
            [
                ["Seoul", "N16", riders, "+12.5%"],
                ["Seoul", "N26", thousands(rng, 1_200, 9_000), "+8.0%"],
                ["Bangkok", "Blue", riders, "-3.5%"],
                ["Bangkok", "Purple", str(rng.randint(400, 990)), "-3.5%"],
            ]
        ),
        turns(
            [
                ("Q", "Will fares rise?"),
                ("A", "Not this year."),
                ("Q", "Will the night buses be free for students?"),
                ("A", "Not this year."),
                ("Q", "When will the last bus leave?"),
                ("A", "At 03:30, from City Hall."),
            ]
        ),
        f"{titled(b)} said: “Buses, trains and taxis have to work as one network, or none of "
        "them works at night.”",
        "Ridership is up 18 per cent on last year; the busiest stop is Gangnam & Sinnonhyeon.",
        f"{NO_INJURIES} The roads in Bangkok will reopen within 48 hours. {full(c)} reported "
        "from Seoul.",
    ]
    return finish(
        "Asia transport digest: a sinkhole in Bangkok, night buses in Seoul",
        f"By {full(c)} · {day_month(rng)} · {clock(rng)} KST",
        body,
    )


SOLD_OUT = "The closing night is sold out."


def festival_digest(rng: random.Random) -> str:
    """A culture digest: a Kathak festival in Athens and a Greek film week in Delhi, with
    Hindi and Greek paragraphs."""
    a, b, c = cast(rng, 3)
    seats = thousands(rng, 1_200, 2_400)
    body = [
        f"The Athens Kathak festival opened on {day_month(rng)} with {seats} people in the "
        "Odeon of Herodes Atticus; tickets had sold in 48 hours.",
        "कथक नृत्यांगना ने कहा कि एथेंस में दर्शकों का प्यार अद्भुत था। उन्होंने ज़ोर देकर कहा कि वे "
        "अगले साल फिर आएँगी।",
        f"“We danced for the stones as much as for the people, and the stones were kind to "
        f"us,” said {titled(a)}.",
        "Η παράσταση κράτησε δύο ώρες. Το κοινό χειροκρότησε όρθιο για δέκα λεπτά.",
        SOLD_OUT,
        "The Athens shows start at 20:30. The Delhi shows start at 19:00. Both run for "
        "2.5 hours with one interval.",
        "City | Event | Nights | Seats\n"
        + table(
            [
                ["Athens", "Kathak", "3", seats],
                ["Delhi", "Film week", "7", "1,200"],
                ["Athens", "Film week", "7", "1,200"],
                ["Delhi", "Kathak", "3", str(rng.randint(600, 990))],
            ]
        ),
        turns(
            [
                ("Q", "Were you nervous on the first night?"),
                ("A", "Yes."),
                ("Q", "Will you come back to Athens?"),
                ("A", "Yes."),
                ("Q", "What did you eat first?"),
                ("A", "Souvlaki, and then more souvlaki."),
            ]
        ),
        "दिल्ली में ग्रीक फ़िल्म सप्ताह दिसंबर में शुरू होगा। टिकट मुफ़्त हैं, लेकिन सीटें कम हैं।",
        f"{titled(b)} said: “Delhi has the largest audience for Greek films outside Europe, "
        "and it grows every year.”",
        "About 40 per cent of the film tickets went to students; the rest went to families, "
        "schools and embassies.",
        f"The festival’s director, {full(c)}, thanked the dancers, the drummers & the "
        "volunteers. Η παράσταση κράτησε τρεις ώρες στο Δελχί.",
        f"{SOLD_OUT} Returns may appear 48 hours before the show.",
    ]
    return finish(
        "Festival digest: Kathak in Athens, Greek cinema in Delhi",
        f"By {full(c)}, Arts Desk · {day_month(rng)}, {clock(rng)}",
        body,
    )
