"""More twenty-third-round fresh re-anchoring texts (no test here): a community Q&A page,
a fan wiki's episode list, and Amharic/English and Yoruba/English community notice boards
(Ethiopic punctuation and numerals, tone marks on dotted letters, no-break and zero-width
spaces, soft hyphens, emoji in posts and replies).
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh23_kit import (
    MONTHS,
    NBSP,
    SHY,
    STOCK,
    ZWSP,
    Platform,
    export,
    nfc,
)

QUESTION_LINES = (
    "How do I stop my sourdough starter from going grey?",
    "I feed it 50 g flour and 50 g water every morning.",
    "It sits at about 18 °C in the kitchen.",
    "After 3 days it smells of nail varnish and has a grey layer on top.",
)
ANSWER_LINES = (
    "The grey liquid is hooch; pour it off and feed it twice a day.",
    "Feed it twice a day for a week and it will come back.",
    "18 °C is cold for a starter; try somewhere nearer 24 °C.",
    "18 °C is cold for a starter; try somewhere nearer 25 °C.",
    "Nail varnish smell means it is hungry, not dead.",
    "Use a little rye flour in each feed; it perks up fast 🍞.",
    "Don’t throw it away! Mine went grey twice and it’s fine now.",
    "Tap water can be the problem; leave it out overnight first.",
    "A grey layer is normal if you feed it only once a day.",
    "As the answer above says, feed it twice a day.",
    "Keep the jar loosely covered so it can breathe.",
)
COMMENTS = ("Same.", "This worked for me too.", "+1", "Thanks, that fixed it!", "Same here.")
USERS = ("@crumb", "@levain_lou", "@bakerbea", "@Ọlá", "@tomasz_k", "@jen")


def _post(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if section == "Question" and index == 0:
        votes = rng.randint(10, 60)
        return [f"Asked by {USERS[0]} · {votes} votes", *QUESTION_LINES[: rng.randint(2, 4)]]
    if section.startswith("Comments") or section == "Question":
        return [f"{rng.choice(USERS)} · comment", rng.choice(COMMENTS)]
    votes = max(0, 40 - 7 * index + rng.randint(-2, 2))
    accepted = " · ✓ Accepted" if index == 0 and section == "Answers" else ""
    lines = [f"Answer by {rng.choice(USERS[1:])} · {votes} votes{accepted}"]
    lines.append(f"> {rng.choice(QUESTION_LINES[:3])}")
    lines.extend(rng.sample(ANSWER_LINES, rng.randint(1, 2)))
    if rng.random() < 0.4:
        lines.append(
            f"Edited {rng.randint(2, 9)} Mar 2026 at 1{rng.randint(0, 9)}:0{rng.randint(0, 9)}"
        )
    return lines


QA = Platform(
    title="Why does my sourdough starter go grey? — Bread Q&A",
    subtitle=f"Asked 2 Mar 2026 · Viewed 1,204 times · 6 answers{NBSP}🍞",
    lead=(
        "Questions here must be about home baking. Answers are sorted by votes. The asker "
        "may accept one answer."
    ),
    sections=("Question", "Answers", "Comments on the question", "More answers", "Comments"),
    notes=(
        "Please read the guide before posting.",
        "Answers are sorted by votes, highest first.",
        "Comments are for clarifying, not for answering.",
    ),
    item=_post,
    footer=(
        "Content is licensed under a free licence with attribution required. Votes are "
        "counted once an hour.",
        STOCK,
    ),
    least_sections=4,
)

WRITERS = ("Ana Ruiz", "Tom Kell", "Ngozi Okafor", "Siân Morgan")
DIRECTORS = ("Tom Kell", "Ikaika Kahale", "Ana Ruiz")
EPISODE_TITLES = (
    "The Long Tide",
    "The Long Tide, Part Two",
    "Harbour Lights",
    "Salt and Smoke",
    "The Keeper’s Daughter",
    "Ebb",
    "Flood",
    "Under the Clock Tower",
    "A Storm at Loe Bar",
    "Lanterns",
)
SYNOPSES = (
    "Kerensa finds the logbook that her father hid in the lighthouse.",
    "Kerensa finds the letter that her father hid in the lighthouse.",
    "A storm cuts the town off, and Jory must choose whom to save.",
    "The harbour master is accused of selling the lifeboat’s engine.",
    "An old rivalry flares when the regatta is cancelled.",
    "Morwenna returns to Porthleven after twelve years away.",
)
CAST = "Recurring cast: Lowenna Hart, Jory Penrose, Morwenna Trewin"


def _episode(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    season = int(section.split()[-1])
    day = 3 + 7 * index
    month = 2 + (day - 1) // 28
    lines = [
        f"S{season}E{index + 1} — “{rng.choice(EPISODE_TITLES)}”",
        f"Written by {rng.choice(WRITERS)} · Directed by {rng.choice(DIRECTORS)}",
        f"Original air date: {(day - 1) % 28 + 1} {MONTHS[month - 1]} {2017 + season}",
        rng.choice(SYNOPSES),
    ]
    if rng.random() < 0.5:
        lines.append(CAST)
    return lines


EPISODES = Platform(
    title="List of Harbour Lights episodes",
    subtitle="Harbour Lights Wiki — a fan wiki anyone can edit 📺",
    lead=(
        "Harbour Lights is a drama set in a Cornish fishing town. It ran for six seasons. "
        "Episodes are listed in order of original air date."
    ),
    sections=tuple(f"Season {n}" for n in range(1, 7)),
    notes=(
        "This season was filmed in Porthleven and Mousehole.",
        "Two episodes of this season were aired out of order.",
        "Guest stars are listed on each episode’s page.",
    ),
    item=_episode,
    footer=(
        "This wiki is run by fans and is not affiliated with the broadcaster. Air dates are "
        "for the first showing in the United Kingdom.",
        STOCK,
    ),
)

ETHIOPIC_DIGITS = "፩፪፫፬፭፮፯፰፱"
ETHIOPIC_TENS = "፲፳፴፵፶፷፸፹፺"


def ethiopic(number: int) -> str:
    """``number`` (1-99) in Ethiopic numerals: ፲፬ for 14."""
    tens, ones = divmod(number, 10)
    return (ETHIOPIC_TENS[tens - 1] if tens else "") + (ETHIOPIC_DIGITS[ones - 1] if ones else "")


AMHARIC_LINES = (
    "ውድ የመንደሩ ነዋሪዎች፣ ነገ ጠዋት ውሃ ይቋረጣል።",
    "ስብሰባው ቅዳሜ በ፫ ሰዓት ይካሄዳል።",
    "ስብሰባው ቅዳሜ በ፬ ሰዓት ይካሄዳል።",
    "እባካችሁ ቆሻሻ በመንገድ ላይ አትጣሉ።",
    "ለበለጠ መረጃ ቢሮውን ያነጋግሩ፤ ስልክ 0911 234 567።",
    "የልጆች መጫወቻ ሜዳ እስከ ፲ ቀን ድረስ ዝግ ነው።",
    "ስብሰባው ቅዳሜ በ3 ሰዓት ይካሄዳል።",
    "የመንገድ ጥገና ሰኞ ይጀምራል።",
    "የጤና ጣቢያው ቅዳሜ ዝግ ነው።",
    "የክትባት ዘመቻ በ፭ ቀን ውስጥ ይካሄዳል።",
)
AMHARIC_ENGLISH = (
    "Dear residents, the water will be cut tomorrow morning.",
    "The meeting is on Saturday at 9 a.m.",
    "The meeting is on Saturday at 10 a.m.",
    "Please do not throw rubbish in the street.",
    "For more information call the office on 0911 234 567.",
    "The children’s playground is shut for 10 days.",
    "The meeting is on Saturday at 9 a.m.",
    "Road repairs start on Monday.",
    "The health centre is shut on Saturday.",
    "A vaccination campaign runs within 5 days.",
)
AMHARIC_REPLIES = ("አመሰግናለሁ። Thank you.", "እሺ። OK 👍", "እሺ።", "Thanks 🙏", "እሺ. OK 👍")


def _amharic(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    number = len(earlier) + 1
    if section.startswith("መልሶች"):
        return [
            f"@{rng.choice(('Abebe', 'Tigist', 'Dawit', 'Hana'))} · reply",
            rng.choice(AMHARIC_REPLIES),
        ]
    which = rng.randrange(len(AMHARIC_LINES))
    numeral = ethiopic(number) if rng.random() < 0.5 else str(number)
    return [
        f"{numeral}. ማስታወቂያ · Notice {number}",
        AMHARIC_LINES[which],
        AMHARIC_ENGLISH[which],
        f"Posted by the kebele office{NBSP}· {rng.randint(3, 40)} 👍",
    ]


AMHARIC = Platform(
    title="የቀበሌ ፲፬ ማስታወቂያ ሰሌዳ · Kebele 14 notice board",
    subtitle=f"Exported from the community group, 8 Mar 2026{NBSP}📢",
    lead=(
        "ይህ ሰሌዳ የመንደሩ ማስታወቂያዎች ነው። This board holds the village’s notices. "
        "Replies follow each group."
    ),
    sections=(
        "ውሃ እና መብራት · Water and power",
        "መልሶች · Replies",
        "ስብሰባዎች · Meetings",
        "መልሶች · More replies",
        "ጽዳት · Cleaning",
        "ትምህርት ቤት · School",
    ),
    notes=(
        "ማስታወቂያዎቹ በቀን ቅደም ተከተል ናቸው። Notices are in date order.",
        "መልሶች በ፳፬ ሰዓት ይጸዳሉ። Replies are cleared after 24 hours.",
        f"Questions go to the office, not to the poster{ZWSP}.",
    ),
    item=_amharic,
    footer=(
        "የቀበሌው ጽሕፈት ቤት ይህንን ሰሌዳ ያስተዳድራል። The kebele office runs this board.",
        STOCK,
    ),
)

YORUBA_LINES = tuple(
    nfc(line)
    for line in (
        "Ẹ kú àárọ̀ o! Ìpàdé àwọn olùgbé yóò wáyé ní Ọjọ́ Àbámẹ́ta.",
        "Omi kò ní sí ní ọ̀la láti aago mẹ́jọ.",
        "Omi kò ní sí ní ọ̀la láti aago mẹ́sàn-án.",
        "Ẹ jọ̀ọ́, ẹ má ṣe da ìdọ̀tí sí ojú ọ̀nà.",
        f"Ọjà ọ̀sẹ̀ yìí yóò wà ní gbọ̀ngàn ìlú{NBSP}👍",
        "Ilé-ìwé yóò ṣí padà ní Ọjọ́ Ajé.",
        "Ọjà kò ní ṣí ní Ọjọ́ Ẹtì.",
        "Àwọn òṣìṣẹ́ yóò tún ọ̀nà ṣe ní ọ̀sẹ̀ tó ń bọ̀.",
        "Ilé ìwòsàn yóò wà ní títì ní Ọjọ́ Àìkú.",
        "Omi ko ni si ni ola lati aago mejo.",
    )
)
YORUBA_ENGLISH = (
    "Good morning! The residents’ meeting is on Saturday.",
    "There will be no water tomorrow from 8 o’clock.",
    "There will be no water tomorrow from 9 o’clock.",
    "Please do not throw rubbish on the road.",
    "This week’s market will be in the town hall.",
    "The school reopens on Monday.",
    "The market will not open on Friday.",
    "Workers will repair the road next week.",
    "The clinic will be shut on Sunday.",
    "There will be no water tomorrow from 8 o’clock.",
)
#: Replies, one typed on a keyboard that drops tone marks and dots.
YORUBA_REPLIES = tuple(
    nfc(r)
    for r in ("Ẹ ṣé o! Thank you.", "Bẹ́ẹ̀ni. Yes.", "Ẹ ṣé o!", "Ó dáa 🙏", "E se o! Thank you.")
)


def _yoruba(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    number = len(earlier) + 1
    if section.startswith("Àwọn"):
        return [
            f"@{rng.choice(('Tẹ́mi', 'Bọ́lá', 'Ṣadé', 'Kúnlé'))} · reply",
            rng.choice(YORUBA_REPLIES),
        ]
    which = rng.randrange(len(YORUBA_LINES))
    return [
        nfc(f"Ìkéde {number} · Notice {number}"),
        YORUBA_LINES[which],
        YORUBA_ENGLISH[which],
        f"Posted by the Baálẹ̀’s office · {rng.randint(3, 40)} likes".replace(
            "office", f"of{SHY}fice"
        ),
    ]


YORUBA = Platform(
    title=nfc("Pátákó ìkéde Àdúgbò Ọ̀kẹ́ · Oke quarter notice board"),
    subtitle=f"Exported from the community group, 9 Mar 2026{NBSP}📢",
    lead=nfc(
        "Pátákó yìí jẹ́ ti àwọn olùgbé àdúgbò. This board belongs to the quarter’s "
        "residents. Replies follow each group."
    ),
    sections=tuple(
        nfc(s)
        for s in (
            "Omi àti iná · Water and power",
            "Àwọn ìdáhùn · Replies",
            "Ìpàdé · Meetings",
            "Àwọn ìdáhùn mìíràn · More replies",
            "Ìmọ́tótó · Cleaning",
            "Ilé-ìwé · School",
        )
    ),
    notes=tuple(
        nfc(n)
        for n in (
            "Àwọn ìkéde wà ní ìlànà ọjọ́. Notices are in date order.",
            f"Ẹ kọ ìbéèrè sí ọ́fíìsì{ZWSP}. Questions go to the office.",
            "Àwọn ìdáhùn máa ń parẹ́ lẹ́yìn wákàtí 24. Replies are cleared after 24 hours.",
        )
    ),
    item=_yoruba,
    footer=(
        nfc("Ọ́fíìsì Baálẹ̀ ló ń ṣàkóso pátákó yìí. The Baálẹ̀’s office runs this board."),
        STOCK,
    ),
)


def qa_page(rng: random.Random) -> str:
    """A community Q&A page: a question, answers quoting it with "> " and sorted by votes,
    an accepted mark, "Edited" lines, comments "Same." that recur."""
    return export(rng, QA)


def episode_list(rng: random.Random) -> str:
    """A fan wiki's episode list: entries in one template ("Written by … · Directed by …",
    "Original air date: …"), a recurring cast line, synopses one word apart."""
    return export(rng, EPISODES)


def amharic_notice(rng: random.Random) -> str:
    """An Amharic and English notice board: Ethiopic punctuation, Ethiopic numerals in some
    notice numbers and Western digits in others, replies "እሺ።" that recur, emoji."""
    return export(rng, AMHARIC)


def yoruba_notice(rng: random.Random) -> str:
    """A Yoruba and English notice board: tone marks stacked on dotted letters, no-break and
    zero-width spaces, a soft hyphen, replies "Ẹ ṣé o!" that recur, emoji."""
    return export(rng, YORUBA)
