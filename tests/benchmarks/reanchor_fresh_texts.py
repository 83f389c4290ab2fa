"""Fresh held-out texts for re-anchoring: council minutes, a court report, a mixed-script
festival report and a long feature with near-duplicate paragraphs (no test here).

Each kind repeats something an anchor can be fooled by: the same list of councillors and
the same motion wording item after item; "No comment." and "I am innocent" quoted again
and again; names in Cyrillic, Greek, Arabic, Han, Hangul and Yoruba with combining marks,
emoji with skin tones and ZWJ; paragraphs that come back one word apart. Every kind has
labelled name lists ("Present: A, B, C."), dates and numbers, and quotes in “curly marks”,
which the fresh families edit. All texts are canonical (NFC, LF).
"""

from __future__ import annotations

import random

from desktop_app.core.text import canonicalize

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
COUNCILLORS = (
    "Cllr Anna Petrova",
    "Cllr Jamal Haddad",
    "Cllr Zoë Ångström",
    "Cllr Siobhán Ó Ceallaigh",
    "Cllr Tomasz Wójcik",
    "Cllr Priya Raman",
    "Cllr Owen Price",
    "Cllr Mei-Ling Zhou",
    "Cllr Kwame Mensah",
    "Cllr Ruth Price",
)
COUNCIL_ITEMS = (
    ("Planning application {ref} for {n} flats at Mill Lane", "the application be approved"),
    ("The budget for the parks service", "the budget of £{money} be adopted"),
    ("A petition signed by {n} residents about the bus station", "the petition be noted"),
    ("Tree works on Station Road", "{n} trees be replaced rather than felled"),
    ("Planning application {ref} for a shop front at 12 High Street", "the application be refused"),
    ("The lease of the community hall", "the lease be renewed for {n} years"),
    ("Street lighting on the Northfield estate", "the lighting be switched to LED by {date}"),
    ("The town's Christmas market", "the market be held on {date}"),
)
COUNCIL_REMARKS = (
    "{a} said the scheme had been discussed for far too long.",
    "{a} asked whether residents had been consulted, and was told that {n} letters had been sent.",
    "The Town Clerk reported that the cost had risen by {pct}% since {year}.",
    "{a} declared an interest and left the room.",
    "Members agreed to take the item before the break.",
    "{a} said the figures did not add up and asked for a written answer.",
    "“We have waited long enough,” said {a}.",
    "{a} called the plan “a waste of public money”.",
    "“This is not the end of the matter,” {a} told the chamber.",
)

DEFENDANT = ("Dmitri Volkov", "Mr Volkov")
COURT_ACTS = (
    "moved the money to a second account",
    "known the invoices were false",
    "met Mr Harris in Leeds",
    "signed the contract on behalf of the firm",
    "destroyed the laptop",
    "told his accountant about the loans",
    "used the company card for his holiday",
)
COURT_NARRATIVE = (
    "The jury heard that {n} invoices, worth £{money} in total, were paid between {date} "
    "and {date2}.",
    "Ms Helen Okafor, prosecuting, said the scheme ran for {n} months before it was discovered.",
    "“The defendant knew exactly what he was doing,” Ms Okafor told the court.",
    "The court heard that the firm employed {n} people at its office in Bradford.",
    "Mr Volkov's barrister, Mr Colin Reade, said his client had been a loyal employee for "
    "{n} years.",
    "A former colleague told the jury that Mr Volkov was “always the last to leave”.",
    "The judge, Recorder Sarah Quinn, reminded the jury to ignore reports on social media.",
    "The bank's records showed a transfer of £{money} on {date}.",
)
NO_COMMENT = "Asked by police whether he had {act}, he replied: “No comment.”"
INNOCENT = (
    "“I am innocent,” Mr Volkov told the jury.",
    "“I am innocent,” he said again when the question was put a second time.",
    "He looked at the jury and said: “I am innocent.”",
)
WITNESSES = (
    "Mr Peter Harris",
    "Ms Leila Nasser",
    "Mrs Joan Whitcombe",
    "Dr Arun Mehta",
    "Mr Gareth Lloyd",
    "Ms Chiara Bianchi",
)

POETS = (
    "Ольга Седова",
    "Ελένη Παπαδοπούλου",
    "ليلى الأحمد",
    "陈思雨",
    "김하늘",
    "Nguyễn Thị Hoa",
    "Ṣọ̀lá Adébáyọ̀",
    "Dmitrij Orłow",
    "Aroha Te Whāre",
)
EMOJI = ("🎉", "📚", "👩🏽‍🎤", "🇬🇷", "🇯🇵", "🎟️", "👨‍👩‍👧", "✍🏾")
FESTIVAL_SENTENCES = (
    "{p} read from a new collection to an audience of {n} {e}.",
    "{p} and {q} shared the stage on {date}, reading in turn.",
    "The reading by {p} was translated line by line, and {n} people queued for signed copies {e}.",
    "{p} said: “Poetry is the memory of a language.”",
    "Asked about exile, {p} said: “I write in the language I dream in.”",
    "The festival's motto, مهرجان الكلمة, was painted above the door in {n} languages.",
    "Posters showed the line «Поэзия — это память» next to its translation, 「詩は記憶だ」.",
    "A workshop on transliteration showed how ŋ\u0301 and a\u0332 are typed on a phone.",
    "Children from {n} schools wrote haiku on the theme of rivers {e}.",
    "The Greek evening ended with the song Σ' αγαπώ, sung by the whole hall.",
)
FESTIVAL_REFRAIN = "Tickets are sold out 🎟️."

FEATURE_PEOPLE = (
    "Marta Kowalczyk, a hydrologist",
    "the mayor, Dieter Brandt",
    "Aoife Byrne, who grew up by the river",
    "Samuel Osei, a fisherman",
    "Inès Moreau, who runs the boat club",
)
FEATURE_SENTENCES = (
    "In {year}, the river ran {colour} with dye from the mills, and nothing lived in it.",
    "{N} remembers swimming near the weir as a child, before the factories closed.",
    "The restoration cost €{money} and took {n} years, twice what was planned.",
    "Today {n} species of fish have returned, among them the grayling and the eel.",
    "Engineers removed {n} kilometres of concrete banks and let the water find its own way.",
    "“It was a drain, not a river,” said {P}.",
    "“Nobody believed it would work,” said {P}.",
    "On {date}, the first salmon in {n} years was seen below the old bridge.",
    "The floods of {year} tested the new meadows, which held more water than the old walls.",
    "Not everyone is pleased: {n} farmers lost land to the new flood plain.",
    "{N} counts the otters every spring and found {n} last year.",
    "Critics say the money would have done more good in the town's schools.",
)
FEATURE_REFRAIN = "The river remembers."
FEATURE_VOLUNTEERS = (
    "Marta Kowalczyk",
    "Dieter Brandt",
    "Aoife Byrne",
    "Samuel Osei",
    "Inès Moreau",
    "Hamid Karimi",
)
#: Labels of the name lists every kind of text has ("Present: A, B, C.").
LIST_LABELS = (
    "Present",
    "Apologies",
    "Voting for",
    "Voting against",
    "Witnesses called",
    "Readers",
    "Also named",
    "Volunteers",
)


def date(rng: random.Random) -> str:
    """A date as a British paper writes it: "3 March 2025"."""
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2026)}"


def _fill(rng: random.Random, template: str, **names: str) -> str:
    values = {
        "n": str(rng.choice((2, 3, 4, 5, 7, 9, 12, 14, 26, 40, 112))),
        "money": f"{rng.randint(2, 980)},{rng.randint(0, 999):03d}",
        "pct": str(rng.randint(3, 60)),
        "year": str(rng.randint(1968, 2018)),
        "ref": f"{rng.randint(20, 25)}/{rng.randint(100, 999):04d}",
        "date": date(rng),
        "date2": date(rng),
        "colour": rng.choice(("red", "blue", "brown", "green")),
        "e": rng.choice(EMOJI),
    }
    values.update(names)
    return template.format(**values)


def name_list(label: str, names: list[str]) -> str:
    """A labelled list of names, commas only: "Present: A, B, C."."""
    return f"{label}: {', '.join(names)}."


def council_report(rng: random.Random) -> str:
    """Minutes of a town council: the same names listed again and again, standard motion
    wording in every item, votes, money, dates."""
    members = rng.sample(COUNCILLORS, rng.randint(7, 9))
    absent = [c for c in COUNCILLORS if c not in members]
    body = [
        name_list("Present", members),
        name_list("Apologies", absent) if absent else "There were no apologies.",
        "In attendance: the Town Clerk, Ms Ruth Adeyemi, and "
        f"{rng.randint(3, 40)} members of the public.",
    ]
    body.append(
        "Public questions. A resident, Mr Alan Birch, asked: “Who will pay for the repairs?” "
        "The chair replied: “No comment at this stage.”"
    )
    for number, (title, what) in enumerate(rng.sample(COUNCIL_ITEMS, rng.randint(5, 8)), 4):
        body.append(f"Item {number}. {_fill(rng, title)}.")
        a, b = rng.sample(members, 2)
        remarks = [
            _fill(rng, remark, a=rng.choice(members))
            for remark in rng.sample(COUNCIL_REMARKS, rng.randint(0, 2))
        ]
        body.append(
            " ".join([f"{a} proposed, and {b} seconded, that {_fill(rng, what)}.", *remarks])
        )
        split = rng.randint(len(members) // 2, len(members) - 1)
        voters = rng.sample(members, len(members))
        for_, against = sorted(voters[:split], key=members.index), voters[split:]
        carried = len(for_) > len(against)
        outcome = "carried" if carried else "lost"
        body.append(
            f"{name_list('Voting for', for_)} {name_list('Voting against', against)} "
            f"The motion was {outcome} by {len(for_)} votes to {len(against)}."
        )
    body.append(f"The next meeting will be held on {date(rng)} at 7pm in the Council Chamber.")
    _near_duplicate(rng, body)
    headline = f"Harwick Town Council: report of the meeting of {date(rng)}"
    return _join(headline, "Reported by Nia Evans", body)


def court_report(rng: random.Random) -> str:
    """A fraud trial over several days: "No comment." and "I am innocent" again and again."""
    body = [
        f"{DEFENDANT[0]}, {rng.randint(30, 60)}, of Leeds, denies {rng.randint(3, 12)} counts "
        f"of fraud at Bradford Crown Court. The trial began on {date(rng)}."
    ]
    acts = rng.sample(COURT_ACTS, rng.randint(4, 6))
    narrative = list(COURT_NARRATIVE)
    rng.shuffle(narrative)
    for day in range(1, rng.randint(3, 5)):
        body.append(f"Day {day}.")
        for _ in range(rng.randint(2, 4)):
            sentences = [_fill(rng, narrative.pop()) if narrative else rng.choice(INNOCENT)]
            if acts and rng.random() < 0.7:
                sentences.append(NO_COMMENT.format(act=acts.pop()))
            if rng.random() < 0.4:
                sentences.append(rng.choice(INNOCENT))
            body.append(" ".join(sentences))
        if day == 2:
            body.append(name_list("Witnesses called", rng.sample(WITNESSES, rng.randint(3, 5))))
        body.append("The trial continues.")
    body.extend(NO_COMMENT.format(act=act) for act in acts)
    _near_duplicate(rng, body)
    headline = f"{DEFENDANT[0]} tells fraud trial: “I am innocent”"
    return _join(headline, "By Court Reporter Tom Ashby", body)


def festival_report(rng: random.Random) -> str:
    """A poetry festival in many scripts: names in Cyrillic, Greek, Arabic, Han, Hangul,
    Vietnamese and Yoruba (combining marks), emoji with skin tones, flags and ZWJ."""
    poets = rng.sample(POETS, 6)
    body = [name_list("Readers", poets)]
    for _ in range(rng.randint(9, 14)):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            p, q = rng.sample(poets, 2)
            sentences.append(_fill(rng, rng.choice(FESTIVAL_SENTENCES), p=p, q=q))
        if rng.random() < 0.3:
            sentences.append(FESTIVAL_REFRAIN)
        body.append(" ".join(sentences))
    body.insert(rng.randrange(1, len(body)), name_list("Also named", rng.sample(POETS, 4)))
    _near_duplicate(rng, body)
    headline = f"Festival of the Word {rng.choice(EMOJI)}: six poets, nine scripts"
    return _join(headline, "Από την ανταποκρίτριά μας, Θεσσαλονίκη", body)


def long_feature(rng: random.Random) -> str:
    """A long feature on a river, with paragraphs that come back one word apart and a
    refrain sentence."""
    body = []
    for _ in range(rng.randint(16, 24)):
        count = rng.randint(2, 4)
        sentences = [
            _fill(rng, template, P=rng.choice(FEATURE_PEOPLE), N=rng.choice(FEATURE_VOLUNTEERS))
            for template in rng.sample(FEATURE_SENTENCES, count)
        ]
        if rng.random() < 0.2:
            sentences.append(FEATURE_REFRAIN)
        body.append(" ".join(sentences))
    body.insert(
        rng.randrange(len(body)), name_list("Volunteers", rng.sample(FEATURE_VOLUNTEERS, 4))
    )
    for _ in range(3):
        _near_duplicate(rng, body)
    return _join("The river that came back", "A feature by Lena Hartmann", body)


def _near_duplicate(rng: random.Random, body: list[str]) -> None:
    """Insert a copy of a paragraph with one plain word changed, away from the original."""
    candidates = [
        i for i, p in enumerate(body) if sum(w.isalpha() and w.islower() for w in p.split(" ")) >= 3
    ]
    original = body[rng.choice(candidates)]
    words = original.split(" ")
    spot = rng.choice([i for i, w in enumerate(words) if i and w.isalpha() and w.islower()] or [1])
    swaps = ("later", "quietly", "again", "also", "then", "once")
    words[spot] = rng.choice([w for w in swaps if w != words[spot]])
    places = [i for i in range(len(body) + 1) if original not in body[max(0, i - 1) : i + 1]]
    body.insert(rng.choice(places), " ".join(words))


def _join(headline: str, byline: str, body: list[str]) -> str:
    return canonicalize("\n\n".join([headline, byline, *body]) + "\n")


KINDS = (council_report, court_report, festival_report, long_feature)
