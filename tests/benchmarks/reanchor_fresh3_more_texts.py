"""Three of the six kinds of the third round of fresh held-out re-anchoring texts (no test
here): a long read with section headings, a repeated pull-quote and Hindi phrases; an
interview transcript with Catalan quotes and stock answers; a bilingual Welsh/English
council notice with Hindi and Thai lines.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh3_kit import NBSP, date, finish, numbered, soften, table
from tests.benchmarks.reanchor_fresh_texts import MONTHS

# -- a long read ---------------------------------------------------------------------------------

PULL_QUOTE = "The ice does not forget."
LONG_READ_SECTIONS = (
    (
        "The village at the end of the road",
        (
            "Phyang sits at 3,600{nbsp}metres, and in March the stream that feeds its fields "
            "is still a very thin trickle.",
            "Sonam Wangmo, who has farmed here for {n} years, says the snow comes later every "
            "winter.",
            "“{pull}” That is what she says when I ask her why the village keeps trying.",
            "The villagers say पानी ही जीवन है (water is life), and they say it often.",
        ),
    ),
    (
        "How an ice stupa works",
        (
            "Water is piped down from the stream and sprayed into the freezing night air.",
            "By morning it has frozen into a cone that can reach 30{nbsp}metres in height.",
            "In April, just when the fields need it, the cone begins to melt.",
            "Engineers from Leh have measured the melt every spring since {year}.",
        ),
    ),
    (
        "What the numbers say",
        (
            "The largest stupa held about 1.4 million litres of water last spring.",
            "That is enough to irrigate a number of fields for the first weeks of sowing.",
            "Sonam Wangmo says the stupa is really a very old idea in a new form.",
            "Sonam Wangmo says the stupa is an old idea in a new form.",
        ),
    ),
    (
        "Who pays",
        (
            "The project relies on donations, and the pipes freeze in a hard winter.",
            "In {year} the whole system failed in a single night, and the cone never formed.",
            "The district council has promised support, but nobody in Phyang has seen it yet.",
            "पानी ही जीवन है, says the sign painted on the pump house.",
        ),
    ),
)


def long_read(rng: random.Random) -> str:
    """A long read: sections under headings, a pull-quote printed again between sections,
    captions, a box of figures, numbered steps, Hindi phrases and soft hyphens."""
    fill = {"nbsp": NBSP, "n": str(rng.randint(20, 50)), "year": str(rng.randint(2014, 2019))}
    body = []
    for index, (heading, sentences) in enumerate(LONG_READ_SECTIONS):
        body.append(heading)
        chosen = [s.format(pull=PULL_QUOTE, **fill) for s in sentences]
        body.append(" ".join(chosen[:2]))
        body.append(" ".join(chosen[2:]))
        if index == 1:
            body.append(f"“{PULL_QUOTE}”")
            body.extend(
                numbered(
                    [
                        "The pipe is laid in autumn, before the ground freezes.",
                        "Spraying starts on the first night below minus ten degrees.",
                        "A wooden frame holds the cone up in its first weeks.",
                    ]
                )
            )
        body.append(f"Photograph: {rng.choice(('Anjali Rawat', 'Tenzin Dorje'))} for Parallax")
    body.append(
        table(
            "In numbers",
            [
                ("Height of the largest stupa", "30 metres"),
                ("Water stored", "1.4 million litres"),
                ("Villages with a stupa", str(rng.randint(12, 30))),
            ],
        )
    )
    body.append(f"“{PULL_QUOTE}”")
    text_body = [soften(rng, paragraph, 0.5) for paragraph in body]
    return finish(rng, "The ice stupas of Ladakh", "A long read by Meera Iyer", text_body)


# -- an interview transcript ---------------------------------------------------------------------

QUESTIONS = (
    "When did you start writing in Catalan rather than Spanish?",
    "Your new novel opens with the line «La memòria és un riu». Where does it come from?",
    "Do you think of yourself as a political writer?",
    "Is it true that you write every morning at five?",
    "Is it true that you write every morning?",
    "What are you reading at the moment?",
    "Will the novel be translated into English?",
)
ANSWERS = (
    "I don't know. It happened very slowly, and then all at once.",
    "«La memòria és un riu» is something my grandmother used to say in Girona, and I just "
    "wrote it down.",
    "Exactly. Every writer is political, whether they like it or not.",
    "I don't know. I think that the book decides, not me.",
    "Exactly. Five, sometimes half past four, and only for {n} hours.",
    "A number of Polish poets, and a very long biography of Mercè Rodoreda.",
    "It will be out in {month}, in a translation by Ellen Whitford.",
)


def interview(rng: random.Random) -> str:
    """An interview as a transcript: an introduction, then Q: and A: paragraphs with stock
    answers repeated, a box of facts and a numbered list of books."""
    body = [
        "Marta Puigdomènech has written five novels in Catalan. Her sixth, «El riu», won "
        f"the Premi Sant Jordi in 2024. We spoke in Barcelona on {date(rng)}.",
        table(
            "At a glance",
            [
                ("Born", "1971, Girona"),
                ("Books", "6 novels, 2 collections of stories"),
                ("Lives", "Barcelona"),
            ],
        ),
    ]
    order = rng.sample(range(len(QUESTIONS)), len(QUESTIONS))
    for index in order:
        body.append(f"Q: {QUESTIONS[index]}")
        answer = ANSWERS[index].format(n=rng.randint(2, 4), month=rng.choice(MONTHS))
        body.append(f"A: {answer}")
        if rng.random() < 0.3:
            body.append("Q: Really?")
            body.append("A: Exactly.")
    body.append("Her books")
    body.extend(
        numbered(
            [
                "«La casa buida» (2003)",
                "«Les hores petites» (2008)",
                "«El riu» (2024), to be published in English as “The River” in 2026",
            ]
        )
    )
    body.append(f"This interview has been edited for length{NBSP}and clarity.")
    return finish(
        rng, "“I just wrote it down”: Marta Puigdomènech", "Interview by Rhian Lloyd", body
    )


# -- a bilingual council notice ------------------------------------------------------------------

WELSH_MONTHS = (
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
)
CONTACT_EN = "For more information call 01970 633 900."
CONTACT_CY = "Am ragor o wybodaeth ffoniwch 01970 633 900."
NOTICE_SECTIONS = (
    (
        "What is happening / Beth sy'n digwydd",
        "Ffordd y Môr will be closed to all traffic between {start} and {end} while the "
        "sea wall is repaired.",
        "Bydd Ffordd y Môr ar gau i bob cerbyd rhwng {dechrau} a {diwedd} tra bod wal y môr yn "
        "cael ei thrwsio.",
    ),
    (
        "Diversion / Dargyfeiriad",
        "Traffic will be diverted via Heol y Bont and the A487. Pedestrian access to the "
        "promenade will be kept open at all times.",
        "Bydd traffig yn cael ei ddargyfeirio drwy Heol y Bont a'r A487. Bydd mynediad i "
        "gerddwyr i'r promenâd ar agor bob amser.",
    ),
    (
        "Why the work is needed / Pam mae angen y gwaith",
        "The storms of last winter damaged {metres}{nbsp}metres of the sea wall, and in "
        "order to protect homes the council must act before the autumn tides.",
        "Cafodd {metres}{nbsp}metr o wal y môr eu difrodi gan stormydd y gaeaf diwethaf.",
    ),
)


def public_notice(rng: random.Random) -> str:
    """A bilingual notice: numbered sections, each in English then Welsh, the contact line
    after every section in both languages, a timetable, and lines in Hindi and Thai."""
    year, first = rng.randint(2021, 2026), rng.randrange(0, 9)
    days = (rng.randint(1, 28), rng.randint(1, 28))
    months = (first, first + rng.randint(1, 3))
    english = [f"{day} {MONTHS[month]} {year}" for day, month in zip(days, months, strict=True)]
    welsh = [f"{day} {WELSH_MONTHS[month]} {year}" for day, month in zip(days, months, strict=True)]
    start = english[0]
    fill = {"metres": str(rng.randint(40, 180)), "nbsp": NBSP}
    body = [f"Public notice: Ffordd y Môr, Aberystwyth. Hysbysiad cyhoeddus, {welsh[0]}."]
    sections = [
        f"{heading}\n\nEnglish: {in_english}\n\nCymraeg: {in_welsh}".format(
            **fill, start=english[0], end=english[1], dechrau=welsh[0], diwedd=welsh[1]
        )
        for heading, in_english, in_welsh in NOTICE_SECTIONS
    ]
    for section in numbered(sections):
        body.append(section)
        body.append(f"{CONTACT_EN} {CONTACT_CY}")
    body.append(
        table(
            "Closure times / Amseroedd cau",
            [
                ("Monday to Friday / Llun i Gwener", "19:00-06:00"),
                ("Saturday / Sadwrn", "closed all day / ar gau drwy'r dydd"),
                ("Sunday / Sul", "19:00-06:00"),
            ],
        )
    )
    body.append(
        "This notice is also available in other languages. यह सूचना हिंदी में भी उपलब्ध है। "
        "ประกาศนี้มีฉบับภาษาไทยด้วย"
    )
    body.append(f"{CONTACT_EN} {CONTACT_CY}")
    body.append(
        "Residents have called the repairs “long overdue”, and the council says the road "
        "will reopen as soon as the work is finished."
    )
    body.append(f"Signed: Gwenllian Morgan, Head of Highways / Pennaeth Priffyrdd, {start}")
    text = "\n\n".join(body)
    return finish(rng, "Road closure / Cau ffordd", "Ceredigion County Council", text.split("\n\n"))
