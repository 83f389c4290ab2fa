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
words (as text pasted from a PDF brings them). All texts are canonical. The last three
kinds are in ``reanchor_fresh3_more_texts``, the helpers in ``reanchor_fresh3_kit``.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh3_kit import NBSP, date, finish, numbered, table
from tests.benchmarks.reanchor_fresh3_more_texts import interview, long_read, public_notice

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
MINUTE_ENTRIES = (
    "Yellow card: {player} is booked for a late challenge.",
    "Yellow card: {player} is booked for time-wasting.",
    "Substitution: {player} comes off, to applause.",
    "Chance: {player} heads over from a corner.",
    "Save! The goalkeeper tips {player}'s shot round the post.",
    "VAR check: a possible penalty for a foul on {player}. No penalty.",
)
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


def _key_moments(rng: random.Random, home_goals: int, away_goals: int) -> list[str]:
    """Minute entries: the goals (level until Kovalenko's winner in the 88th minute),
    bookings and substitutions, the running score in each goal's entry."""
    scorers = [HOME] * (home_goals - 1) + [AWAY] * away_goals
    rng.shuffle(scorers)
    minutes = sorted(rng.sample(range(3, 86), 9))
    goal_minutes = set(rng.sample(minutes, len(scorers)))
    entries, home, away = [], 0, 0
    for minute in minutes:
        if minute in goal_minutes:
            team = scorers.pop(0)
            home, away = (home + 1, away) if team == HOME else (home, away + 1)
            player = rng.choice(HOME_PLAYERS[1:] if team == HOME else AWAY_PLAYERS)
            entries.append(
                f"{minute}' GOAL! {HOME} {home}-{away} {AWAY}. {player} scores for {team}."
            )
        else:
            player = rng.choice(HOME_PLAYERS + AWAY_PLAYERS)
            entries.append(f"{minute}' " + rng.choice(MINUTE_ENTRIES).format(player=player))
    entries.append(
        f"88' GOAL! {HOME} {home + 1}-{away} {AWAY}. Kovalenko scores for {HOME}, from close range."
    )
    return entries


def match_report(rng: random.Random) -> str:
    """A match report: the score in the headline, standfirst, key moments and summary; a
    minute-by-minute list, line-ups, match stats and talking points."""
    home_goals, away_goals = rng.choice(((2, 1), (3, 2), (1, 0)))
    score = f"{home_goals}-{away_goals}"
    fill = {"nbsp": NBSP, "n": str(rng.randint(4, 19))}
    body = [
        f"{HOME} beat {AWAY} {score} at the Quay{NBSP}Stadium, with "
        f"Oleksandr Kovalenko scoring the winner in the 88th{NBSP}minute. {UNBEATEN}",
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
    body.extend(_key_moments(rng, home_goals, away_goals))
    possession = rng.randint(38, 62)
    body.append(f"90+4' Full time: {HOME} {score} {AWAY}.")
    body.append(
        table(
            "Match stats",
            [
                ("", HOME, AWAY),
                ("Possession", f"{possession}%", f"{100 - possession}%"),
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


KINDS = (court_judgment, match_report, results_release, long_read, interview, public_notice)
