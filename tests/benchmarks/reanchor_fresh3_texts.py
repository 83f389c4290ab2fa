"""Third round of fresh held-out texts for re-anchoring: six new kinds (no test here).

A Court of Appeal judgment (numbered paragraphs, stock legal formulae, "I agree."), a
football match report (a minute-by-minute list, line-ups that repeat every name, the
score in many places), a company's results release (highlights and tables that repeat
the same figures), a long read with section headings, a repeated pull-quote and Hindi
(Devanagari) phrases, an interview transcript (Q:/A:, Catalan «quotes», stock answers)
and a bilingual Welsh/English council notice with Hindi and Thai lines. Every kind has
numbered paragraphs, a padded table, figures and sentences that recur, near-duplicate
sentences that differ by a filler word, “curly” quotes, labels at paragraph starts,
non-breaking spaces and a few Cyrillic letters that look Latin, planted inside Latin
words (as text pasted from a PDF brings them). All texts are canonical.
"""

from __future__ import annotations

import random
import re

from desktop_app.core.text import canonicalize
from tests.benchmarks.reanchor_fresh_texts import MONTHS

NBSP = "\u00a0"
SOFT_HYPHEN = "\u00ad"
#: Latin letters and the Cyrillic letters that look the same.
LOOKALIKES = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М",
    "O": "О", "P": "Р", "T": "Т", "X": "Х",
}  # fmt: skip
#: Labels that open paragraphs, and how another house style writes them.
LABELS = {
    "Q:": ("Question:", "Q.", "INTERVIEWER:"),
    "A:": ("Answer:", "A.", "REPLY:"),
    "Lady Justice Marwood:": ("MARWOOD LJ:", "Marwood LJ:"),
    "Lord Justice Penhaligon:": ("PENHALIGON LJ:", "Penhaligon LJ:"),
    "Lady Justice Okoye:": ("OKOYE LJ:", "Okoye LJ:"),
    "Photograph:": ("Photo:", "Picture:"),
    "For further information:": ("Contacts:", "Enquiries:"),
    "English:": ("[English]", "EN:"),
    "Cymraeg:": ("[Cymraeg]", "CY:"),
    "Line-ups:": ("Teams:", "Starting XIs:"),
}
#: Short passages that recur on purpose (a reader codes one of the occurrences).
RECURRING = (
    "I agree.",
    "I do not accept that submission.",
    "In my judgment, the Tribunal was entitled to reach that conclusion.",
    "I would dismiss the appeal on this ground.",
    "It was a penalty.",
    "Yellow card:",
    "Kovalenko",
    "Alternative performance measures are defined in note 4.",
    "on a like-for-like basis",
    "पानी ही जीवन है",
    "The ice does not forget.",
    "I don't know.",
    "Exactly.",
    "«La memòria és un riu»",
    "For more information call 01970 633 900.",
    "Am ragor o wybodaeth ffoniwch 01970 633 900.",
    "Ffordd y Môr",
)


def date(rng: random.Random) -> str:
    """A date as a British paper writes it: "3 March 2026"."""
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2021, 2026)}"


def plant_lookalikes(rng: random.Random, text: str, count: int) -> str:
    """``text`` with one letter of ``count`` Latin words (five letters or more, not the
    first of a line nor in a label) swapped for its Cyrillic lookalike."""
    labels = [
        range(m.start(), m.end())
        for label in LABELS
        for m in re.finditer(rf"(?:^|(?<=\n)){re.escape(label)}", text)
    ]
    words = [
        m
        for m in re.finditer(r"\b[A-Za-z]{5,}\b", text)
        if set(m[0]) & set(LOOKALIKES)
        and m.start()
        and text[m.start() - 1] != "\n"
        and not any(m.start() in label for label in labels)
    ]
    chosen = sorted(rng.sample(words, min(count, len(words))), key=lambda m: -m.start())
    for match in chosen:
        spots = [i for i, c in enumerate(match[0]) if c in LOOKALIKES]
        at = match.start() + rng.choice(spots)
        text = text[:at] + LOOKALIKES[text[at]] + text[at + 1 :]
    return text


def soften(rng: random.Random, text: str, share: float) -> str:
    """Soft hyphens in a share of the words of ten letters or more (as a web page's
    hyphenation leaves them)."""
    for match in reversed(list(re.finditer(r"\b[a-z]{8,}\b", text))):
        if rng.random() < share:
            at = match.start() + rng.randint(4, len(match[0]) - 4)
            text = text[:at] + SOFT_HYPHEN + text[at:]
    return text


def table(title: str, rows: list[tuple[str, ...]]) -> str:
    """A table as text: a title line, then rows whose cells are padded to line up."""
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(len(rows[0]))]
    lines = [
        "   ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows
    ]
    return "\n".join([title, *lines])


def numbered(items: list[str], first: int = 1) -> list[str]:
    """Paragraphs numbered from ``first``: "1. ...", "2. "..."""
    return [f"{first + i}. {item}" for i, item in enumerate(items)]


def finish(rng: random.Random, headline: str, byline: str, body: list[str]) -> str:
    """The text of a kind: joined, three lookalikes planted, canonical."""
    text = "\n\n".join([headline, byline, *body]) + "\n"
    return canonicalize(plant_lookalikes(rng, text, 3))


# -- a Court of Appeal judgment ------------------------------------------------------------------

FORMULA_FINE = "In my judgment, the Tribunal was entitled to reach that conclusion."
FORMULA_DISMISS = "I would dismiss the appeal on this ground."
NOT_ACCEPTED = "I do not accept that submission."
SECTION_98 = (
    "“depends on whether in the circumstances the employer acted reasonably or "
    "unreasonably in treating it as a sufficient reason for dismissing the employee”"
)
GROUNDS = (
    "the Tribunal failed to consider whether the investigation was a reasonable one",
    "the Tribunal substituted its own view for that of the employer",
    "the sanction of dismissal fell outside the band of reasonable responses",
    "the appeal hearing did not cure the defects of the disciplinary hearing",
)
JUDGMENT_SENTENCES = (
    "It is right to say that the investigation was not a very thorough one, and that a "
    "number of witnesses were never interviewed.",
    "It is right to say that the investigation was not a thorough one, and that a number "
    "of witnesses were never interviewed.",
    "Mr Ashdown KC, for the appellant, submitted that {ground}.",
    "Ms Tregear, for the respondent, submitted that the Tribunal had simply applied the "
    "law to the facts as it found them.",
    "The Tribunal found that the respondent had a genuine belief in the appellant's "
    "misconduct, and that the belief was held on reasonable grounds.",
    "The award of £14,500 made at first instance was set aside by the Employment Appeal "
    "Tribunal on {date}.",
    "As I have said at paragraph{nbsp}{ref} above, the question is whether the employer acted "
    "reasonably, not whether this court would have dismissed.",
    "The appellant had worked for the respondent for {years} years without any complaint "
    "being made about her conduct.",
    "In order to succeed on this ground, the appellant must show that the Tribunal's "
    "conclusion was perverse, which is a very high hurdle.",
)


def court_judgment(rng: random.Random) -> str:
    """A Court of Appeal judgment: parties, numbered paragraphs under headings, formulae
    repeated ground by ground, a schedule of losses, and two judges who agree."""
    header = "\n".join(
        [
            f"Neutral Citation Number: [2026] EWCA Civ {rng.randint(100, 999)}",
            "IN THE COURT OF APPEAL (CIVIL DIVISION)",
            "ON APPEAL FROM THE EMPLOYMENT APPEAL TRIBUNAL",
        ]
    )
    fill = {"date": date(rng), "years": str(rng.randint(6, 19)), "nbsp": NBSP}
    paragraphs = [
        f"This is an appeal against the decision of the Employment Appeal Tribunal dated "
        f"{date(rng)}, which held that Ms Fenwick had not been unfairly dismissed by Calder "
        "Vale Logistics Ltd.",
        f"Section{NBSP}98(4) of the Employment Rights Act 1996 provides that the question whether "
        f"a dismissal is fair {SECTION_98}.",
    ]
    body = [header, "Lady Justice Marwood:", "Background"]
    number = 1
    for index, ground in enumerate(rng.sample(GROUNDS, 3), start=1):
        body.extend(numbered(paragraphs, number))
        number += len(paragraphs)
        body.append(f"Ground {index}: {ground[4:].capitalize()}")
        paragraphs = []
        for template in rng.sample(JUDGMENT_SENTENCES, 4):
            ref = str(rng.randint(1, max(1, number - 1)))
            sentence = template.format(ground=ground, ref=ref, **fill)
            paragraphs.append(sentence)
        paragraphs.extend([NOT_ACCEPTED + " " + FORMULA_FINE, FORMULA_DISMISS])
    body.extend(numbered(paragraphs, number))
    number += len(paragraphs)
    losses = [("Basic award", "£4,820"), ("Compensatory award", "£14,500"), ("Total", "£19,320")]
    body.append(table("Schedule of losses", [("Head of loss", "Amount"), *losses]))
    body.extend(
        numbered(
            [
                "For these reasons I would dismiss the appeal. The award of £14,500 is not "
                "restored.",
                f"As the Tribunal put it, the employer's decision {SECTION_98[:60]}…”.",
            ],
            number,
        )
    )
    body.extend(["Lord Justice Penhaligon:", f"{number + 2}. I agree."])
    body.extend(["Lady Justice Okoye:", f"{number + 3}. I agree."])
    return finish(rng, "Fenwick v Calder Vale Logistics Ltd", header, body[1:])


# -- a football match report ---------------------------------------------------------------------

HOME, AWAY = "Harbourside Athletic", "Kestrel Rovers"
UNBEATEN = "Harbourside Athletic are unbeaten at home since August."
HOME_PLAYERS = ("Kovalenko", "Price", "Mensah", "Ó Briain", "Castell", "Lindqvist", "Jones")
AWAY_PLAYERS = ("Ferreira", "Jones", "Abara", "Kowalczyk", "Dunmore", "Tavares", "Hale")
MATCH_SENTENCES = (
    "{home_player} was very lively down the left, and {away_player} never really got close to him.",
    "{home_player} was lively down the left, and {away_player} never got close to him.",
    "“It was a penalty. Everybody in the ground saw it,” said the {side} manager.",
    "The {side} manager, asked about the second goal, said only: “It was a penalty.”",
    "{away_player} had a shot cleared off the line just before half-time.",
    "There was a long delay while the referee consulted the pitchside monitor.",
    "Kovalenko, who joined from Vorskla Poltava in the summer, now has {n} goals this season.",
    "The attendance of 11,284 was the highest at the Quay{nbsp}Stadium for {n} years.",
)


def match_report(rng: random.Random) -> str:
    """A match report: the score in the headline, standfirst, key moments and summary; a
    minute-by-minute list, line-ups, match stats and talking points."""
    home_goals, away_goals = rng.choice(((2, 1), (3, 2), (2, 0), (1, 0)))
    score = f"{home_goals}-{away_goals}"
    fill = {"nbsp": NBSP, "n": str(rng.randint(4, 19))}
    body = [
        f"{HOME} beat {AWAY} {score} at the Quay{NBSP}Stadium, with "
        f"Oleksandr Kovalenko scoring in the 88th{NBSP}minute. {UNBEATEN}",
    ]
    for _ in range(5):
        sentences = [
            template.format(
                home_player=rng.choice(HOME_PLAYERS),
                away_player=rng.choice(AWAY_PLAYERS),
                side=rng.choice(("home", "away")),
                **fill,
            )
            for template in rng.sample(MATCH_SENTENCES, rng.randint(1, 3))
        ]
        body.append(" ".join(sentences))
    body.append("Key moments")
    minutes = sorted(rng.sample(range(3, 90), 9))
    home, away = 0, 0
    for minute in minutes:
        roll = rng.random()
        if roll < 0.35 and (home < home_goals or away < away_goals):
            if home < home_goals and (away >= away_goals or rng.random() < 0.5):
                home += 1
                player, team = rng.choice(HOME_PLAYERS), HOME
            else:
                away += 1
                player, team = rng.choice(AWAY_PLAYERS), AWAY
            body.append(f"{minute}' GOAL! {HOME} {home}-{away} {AWAY}. {player} scores for {team}.")
        elif roll < 0.7:
            player = rng.choice(HOME_PLAYERS + AWAY_PLAYERS)
            body.append(f"{minute}' Yellow card: {player} is booked for a late challenge.")
        else:
            body.append(f"{minute}' Substitution: {rng.choice(AWAY_PLAYERS[:-1])} replaces Hale.")
    body.append(f"90+4' Full time: {HOME} {score} {AWAY}.")
    body.append(
        table(
            "Match stats",
            [
                ("", HOME, AWAY),
                ("Possession", f"{rng.randint(40, 60)}%", f"{rng.randint(40, 60)}%"),
                ("Shots", str(rng.randint(8, 16)), str(rng.randint(5, 12))),
                ("Shots on target", "7", str(rng.randint(2, 6))),
                ("Corners", "7", "7"),
            ],
        )
    )
    body.append("Line-ups:")
    body.append(f"{HOME}: " + ", ".join(HOME_PLAYERS) + ".")
    body.append(f"{AWAY}: " + ", ".join(AWAY_PLAYERS) + ".")
    body.append("Talking points")
    body.extend(
        numbered(
            [
                f"Kovalenko's winner makes it {score}, and {HOME} are just two points off the "
                f"top. {UNBEATEN}",
                f"{AWAY} have now lost {fill['n']} away games, a very poor run for a side "
                "this good.",
                "Kovalenko said afterwards: «Ми зробили це разом» (“We did it together”).",
            ]
        )
    )
    headline = f"{HOME} {score} {AWAY}: Kovalenko's late winner keeps the title race alive"
    return finish(rng, headline, "By Siân Pritchard at the Quay Stadium", body)


# -- a results release ---------------------------------------------------------------------------

RELEASE_SENTENCES = (
    "Revenue rose to £{revenue}m on a like-for-like basis, driven by a very strong "
    "performance in convenience stores.",
    "Revenue rose to £{revenue}m on a like-for-like basis, driven by a strong performance "
    "in convenience stores.",
    "Adjusted operating profit was £{profit}m, a margin of {margin}%.",
    "The Board is proposing a final dividend of {dividend}p per share, payable on {date}.",
    "Net debt fell to £{debt}m, which is just over one times earnings.",
    "Alternative performance measures are defined in note 4.",
    "Due to the fact that energy costs stayed high, margins in the bakery division fell by "
    "{cut} percentage points.",
    "At this point in time we expect full-year results in line with market expectations.",
    "We opened {stores} new stores in the year, in order to reach more customers in the "
    "north of England.",
)


def results_release(rng: random.Random) -> str:
    """Preliminary results: numbered highlights repeating the figures of the tables, the
    chief executive's statement quoting them again, notes and contacts."""
    figures = {
        "revenue": f"{rng.randint(300, 499)}.{rng.randint(1, 9)}",
        "profit": f"{rng.randint(20, 49)}.{rng.randint(1, 9)}",
        "margin": f"{rng.randint(5, 9)}.{rng.randint(1, 9)}",
        "dividend": f"{rng.randint(4, 12)}.{rng.randint(1, 9)}",
        "debt": f"{rng.randint(50, 99)}.{rng.randint(1, 9)}",
        "cut": str(rng.randint(1, 4)),
        "stores": str(rng.randint(12, 40)),
        "date": date(rng),
    }
    body = ["Highlights"]
    body.extend(
        numbered(
            [
                "Revenue of £{revenue}m, up 4.2% on a like-for-like basis.".format(**figures),
                "Adjusted operating profit of £{profit}m.".format(**figures),
                "Final dividend of {dividend}p per share.".format(**figures),
                "Alternative performance measures are defined in note 4.",
            ]
        )
    )
    body.append(
        table(
            "Group results",
            [
                ("£m", "2025", "2024", "Change"),
                ("Revenue", figures["revenue"], f"{rng.randint(300, 499)}.4", "4.2%"),
                ("Adjusted operating profit", figures["profit"], "31.7", "4.2%"),
                ("Net debt", figures["debt"], "88.0", "-"),
            ],
        )
    )
    body.append("Chief Executive's statement")
    for _ in range(5):
        sentences = rng.sample(RELEASE_SENTENCES, rng.randint(2, 3))
        body.append(" ".join(s.format(**figures) for s in sentences))
    body.append(
        "“2025 was a year of very real progress,” said Priya Raman, Chief Executive. “Revenue "
        "of £{revenue}m shows that our customers trust us.”".format(**figures)
    )
    body.append(f"The Group employs 12{NBSP}400 people in 310 stores and 4 bakeries.")
    body.append("For further information:")
    body.append("Priya Raman, Chief Executive, +44 113 496 0000")
    body.append("Tom Eastwood, Finance Director, +44 113 496 0000")
    body.append("Alternative performance measures are defined in note 4.")
    return finish(rng, "Meridian Foods plc: preliminary results for 2025", date(rng), body)


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

CONTACT_EN = "For more information call 01970 633 900."
CONTACT_CY = "Am ragor o wybodaeth ffoniwch 01970 633 900."
NOTICE_SECTIONS = (
    (
        "What is happening / Beth sy'n digwydd",
        "Ffordd y Môr will be closed to all traffic between {start} and {end} while the "
        "sea wall is repaired.",
        "Bydd Ffordd y Môr ar gau i bob cerbyd rhwng {start} a {end} tra bod wal y môr yn "
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
    start, end = date(rng), date(rng)
    fill = {"start": start, "end": end, "metres": str(rng.randint(40, 180)), "nbsp": NBSP}
    body = [f"Public notice: Ffordd y Môr, Aberystwyth. Hysbysiad cyhoeddus, {start}."]
    sections = [
        f"{heading}\n\nEnglish: {english}\n\nCymraeg: {welsh}".format(**fill)
        for heading, english, welsh in NOTICE_SECTIONS
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


KINDS = (court_judgment, match_report, results_release, long_read, interview, public_notice)
