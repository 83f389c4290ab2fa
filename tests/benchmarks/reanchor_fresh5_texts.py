"""Fifth round of fresh held-out texts for re-anchoring: eight new kinds (no test here).

A morning travel and weather bulletin (formulaic sentences said again and again, a road
table, a listener on the line repeating herself, a Hindi service line), an election night
results page (pipe tables whose party cells repeat, a seats banner printed three times, a
candidate answering "No comment." to everything, a Greek community statement), a
timeline of an inquiry (dates at line starts, near-twin entries, a hearing excerpt of
"Yes." answers, a Korean company statement with its spacing wrong) and a play scene for
close reading (speaker turns, a refrain, short repeated lines, a Greek chorus). Every kind
has quotes with an attribution before and after, long sentences joined by ", and" or a
semicolon, short sentences side by side, figures with thousands separators and decimals,
clock times and dates, a pipe table, speaker turns, status phrases that recur, sentences
with a twin a word or two apart, "per cent", titles, "a, b and c" lists, an ampersand and
a passage in another script. All texts are canonical; the other four kinds are in
``reanchor_fresh5_more_texts``.
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
    thousands,
    titled,
    turns,
)
from tests.benchmarks.reanchor_fresh5_more_texts import (
    asia_digest,
    energy_explainer,
    festival_digest,
    group_chat,
)

TAKE_CARE = "Take care on the roads this morning."


def travel_bulletin(rng: random.Random) -> str:
    """A radio station's travel and weather bulletin, as its website prints it."""
    a, b, c = cast(rng, 3)
    closed = "The A14 remains closed westbound between junctions 31 and 32 after a lorry fire."
    rail = "Trains between Ely and Cambridge are running with delays of up to 20 minutes."
    passengers = thousands(rng)
    slow = rng.choice(("15 min", "20 min"))
    body = [
        f"Good morning. Here is the travel and weather for Thursday {day_month(rng)}, with the "
        f"latest at {clock(rng, 6, 7)}.",
        closed,
        "Queues stretch back four miles on the approach, and drivers are being sent through "
        "Bar Hill, Dry Drayton and Madingley instead.",
        f"“We expect the road to stay shut until at least lunchtime while the surface is "
        f"repaired,” said {titled(a)} of National Highways.",
        rail,
        f"Greater Anglia says {passengers} passengers were caught up in a signalling fault at "
        f"Ely; services are moving again, but the 07:12 and the 07:42 are cancelled.",
        "Road | Direction | Status | Delay\n"
        + table(
            [
                ["A14", "westbound", "Closed", "40 min"],
                ["A11", "northbound", "Slow", slow],
                ["M11", "southbound", "Slow", slow],
                ["A428", "eastbound", "Clear", "0 min"],
                ["A10", "northbound", "Slow", "10 min"],
            ]
        ),
        TAKE_CARE,
        turns(
            [
                ("PRESENTER", "Sandra is on the line from Histon. Sandra, what can you see?"),
                ("SANDRA", "Nothing moving at all."),
                ("PRESENTER", "Nothing?"),
                ("SANDRA", "Nothing moving at all. It is the same as last week."),
                ("PRESENTER", "Thank you, Sandra. Stay safe."),
            ]
        ),
        closed,
        "Roadworks on Hills Road & Station Road start on Monday. They last six weeks. Buses "
        "will stop on Brooklands Avenue.",
        f"{titled(b)} said: “Most crashes in the rain happen at junctions, not on the open "
        f"road, and most of them are avoidable.”",
        "Rain will spread east through the morning. Rain will spread west through the "
        "afternoon. There is a 70 per cent chance of showers by 14:00, and gusts of "
        f"{rng.randint(38, 52)} mph on the coast.",
        f"Temperatures reach {rng.choice(('7.5', '8.5'))}C in Cambridge and 6.5C in Norwich; "
        "tonight will be colder, but it stays dry.",
        "हिंदी में यातायात की ताज़ा जानकारी के लिए हमारी वेबसाइट देखें। सड़कें आज बंद रहेंगी, कृपया "
        "सावधानी से गाड़ी चलाएँ।",
        rail,
        closed,
        f"Next update at 08:30, with {full(c)}. {TAKE_CARE}",
    ]
    return finish(
        "Morning travel and weather: A14 shut after lorry fire, rain on the way",
        f"By {full(c)}, Travel Desk · Updated {clock(rng, 6, 7)}",
        body,
    )


SEATS = "Seats declared: 31 of 48. Lab 17 · Con 9 · LD 5."


def election_night(rng: random.Random) -> str:
    """A council election results page: a seats banner, ward tables, a candidate's replies."""
    a, b, c = cast(rng, 3)
    turnout = rng.choice(("28.4", "29.1", "31.6"))
    ward = [
        ["Candidate", "Party", "Votes", "Share"],
        [full(a), "Lab", thousands(rng, 2_000, 2_900), "41.2%"],
        [full(b), "Con", thousands(rng, 1_400, 1_900), "26.9%"],
        ["Helen Ward", "LD", thousands(rng, 1_000, 1_300), "19.6%"],
        ["Tom Kilby", "Green", str(rng.randint(500, 900)), "12.3%"],
    ]
    second = [
        ["Candidate", "Party", "Votes", "Share"],
        ["Joy Adebayo", "Lab", thousands(rng, 1_500, 1_900), "38.5%"],
        ["Martin Cole", "Con", thousands(rng, 1_500, 1_900), "37.9%"],
        ["Sue Brennan", "LD", str(rng.randint(600, 900)), "16.1%"],
        ["Raj Patel", "Ind", str(rng.randint(200, 400)), "7.5%"],
    ]
    body = [
        SEATS,
        f"Labour has held Northfield, and the count at the Civic Centre finished at 02:40 on "
        f"{day_month(rng)} after two recounts.",
        "Northfield: Lab hold\n" + table(ward),
        f"Turnout was {turnout} per cent, down from 33.0 per cent four years ago.",
        f"“This is a result for every street that was told its vote did not count,” said "
        f"{titled(a)}.",
        SEATS,
        "Abbey: Lab hold\n" + table(second),
        f"The margin in Abbey was {rng.randint(9, 60)} votes. There was a recount. The "
        "Conservatives asked for a second one.",
        turns(
            [
                ("Q", f"{titled(b)}, will you concede tonight?"),
                ("A", "No comment."),
                ("Q", "Did you expect to lose Northfield?"),
                ("A", "No comment."),
                ("Q", "What will you tell your voters?"),
                ("A", "That we will be back, and that we will listen."),
            ]
        ),
        f"{titled(c)} said: “Labour, the Conservatives and the Liberal Democrats all lost "
        f"votes to people who stayed at home.”",
        "Η κοινότητα ευχαριστεί όλους όσοι ψήφισαν σήμερα. Η συμμετοχή ήταν χαμηλότερη από "
        "πέρσι, αλλά η βραδιά ήταν ήρεμη.",
        "The Greens doubled their vote in Abbey. The Greens halved their vote in Northfield. "
        "They have not won a seat since 2014, but they came second twice.",
        f"“We will not stop at one ward, and we will not stop at this council,” {titled(c)} said.",
        SEATS,
        "Results & analysis continue below. Abbey: Lab hold. Northfield: Lab hold.",
    ]
    return finish(
        "Council election results: Labour holds Northfield as turnout falls",
        f"By {full(c)} and the Local Democracy desk · {day_month(rng, short=True)}, 03:05",
        body,
    )


PENDING = "The inquiry has not yet reported."
CLADDING = "The cladding is still on the building."


def inquiry_timeline(rng: random.Random) -> str:
    """A timeline of a fire inquiry: dated lines, twin entries, a hearing excerpt."""
    a, b, c = cast(rng, 3)
    year = rng.choice((2023, 2024))
    residents = thousands(rng, 1_020, 1_400)
    body = [
        f"Residents of Riverside House have waited more than two years for answers. {PENDING} "
        "Here is how the case unfolded.",
        f"{year}",
        "\n".join(
            [
                "14 June — A fire breaks out on the ninth floor of Riverside House at 01:12.",
                f"15 June — The council confirms {residents} residents are in emergency housing.",
                f"2 July — {titled(a)} is appointed to lead an independent inquiry.",
                "9 September — The council admits the cladding failed a fire test in 2019.",
            ]
        ),
        f"{year + 1}",
        "\n".join(
            [
                "3 March — Police make a first arrest.",
                "9 April — Police make a second arrest.",
                "11 April — Both people arrested are released under investigation.",
                "20 November — Hearings open; 1,036 pages of evidence are published on day one.",
                "21 November — The council says it will cooperate fully with the inquiry.",
                "28 November — The builder says it will cooperate fully with the inquiry.",
            ]
        ),
        f"“We were told to stay put, and we stayed put, and the smoke came in under the "
        f"door,” said {full(b)}. She lived on the tenth floor.",
        turns(
            [
                ("COUNSEL", "Did you read the 2019 test report?"),
                ("WITNESS", "Yes."),
                ("COUNSEL", "All of it?"),
                ("WITNESS", "Yes."),
                ("COUNSEL", "And you took no action?"),
                ("WITNESS", "I do not recall."),
            ]
        ),
        "Hearing | Date | Witness\n"
        + table(
            [
                ["Module 1", "20 Nov", "Council officers"],
                ["Module 1", "27 Nov", "Fire service"],
                ["Module 2", "8 Jan", "Cladding maker"],
                ["Module 2", "15 Jan", "Council officers"],
            ]
        ),
        CLADDING,
        "The maker’s parent company, based in Seoul, sent a statement in Korean: “회사는 조사에 "
        "성실히 협조할것이라고 밝혔다. 추가 정보는 확인할수 없다.”",
        f"{titled(c)} said: “The residents, the council and the builders all deserve a "
        f"clear answer, and they deserve it soon.”",
        f"The inquiry’s budget has grown to £4.2m, about 35 per cent more than planned; its "
        f"chair, {titled(a)}, says the final report is due by the end of {year + 2}.",
        "Survivors & families meet every Thursday at 19:00. The meetings are open. Press are "
        "not admitted.",
        PENDING,
        CLADDING,
    ]
    return finish(
        "Timeline: how the Riverside House fire inquiry unfolded",
        f"By {full(c)} · Last updated {day_month(rng)} at {clock(rng)}",
        body,
    )


REFRAIN = "The lamp is lit, and the sea is quiet."


def play_scene(rng: random.Random) -> str:
    """A scene of a play for a close-reading class: turns, a refrain, a Greek chorus."""
    a, b, c = cast(rng, 3)
    body = [
        "[Night. The lamp room at the top of the lighthouse. MARA polishes the lens; TOMAS "
        "sits on the stairs, his coat still wet.]",
        turns(
            [
                ("MARA", REFRAIN),
                ("TOMAS", "No."),
                ("MARA", "No?"),
                ("TOMAS", "No. Not tonight, and not tomorrow."),
                ("MARA", "Listen."),
                ("TOMAS", "I am listening. There is nothing to hear."),
                ("TOMAS", "The forecast gives it 48 hours."),
                ("MARA", "48 hours, then."),
                ("MARA", "Listen."),
            ]
        ),
        "[A long pause. Far below, a bell buoy. MARA turns the lamp by hand.]",
        turns(
            [
                (
                    "MARA",
                    "Father kept this light for 31 years; he logged 1,204 ships and "
                    "never missed a night.",
                ),
                ("TOMAS", "And the night he missed?"),
                ("MARA", REFRAIN),
                ("CHORUS", "Η θάλασσα θυμάται. Η θάλασσα δεν ξεχνά."),
                ("TOMAS", "The lamp is lit, and the sea is calm."),
                ("TOMAS", "No."),
            ]
        ),
        "[TOMAS goes down. MARA alone. The bell again, nearer.]",
        turns(
            [
                ("MARA", f"At 02:10 the glass read 28.9 inches, and falling. {REFRAIN}"),
                ("CHORUS", "Η θάλασσα θυμάται."),
            ]
        ),
        "Cast | Role | Scenes\n"
        + table(
            [
                [full(a), "MARA", "1, 2, 4"],
                [full(b), "TOMAS", "2, 3, 4"],
                ["Leda Price", "CHORUS", "1, 2, 3, 4"],
                ["Owen Hart", "CHORUS", "1, 2, 3, 4"],
            ]
        ),
        f"Programme note: the play opened on {day_month(rng)} at the Old Vic Workshop; "
        "students pay 50 per cent less on Tuesdays & Wednesdays.",
        f"“Play the silences, not the lines, and let the sea do the talking,” said "
        f"{titled(c)}. {titled(c)} directs the production.",
        f"{titled(a)} said: “Mara is not waiting for Tomas, she is waiting for the storm.”",
        "Rehearsals run from 10:00 to 16:30. The lamp, the bell and the stairs are real. The "
        "sea is not.",
    ]
    return finish(
        "The Lighthouse Keeper’s Daughter — Act Two, Scene One",
        f"A play in three acts by {full(c)} · Rehearsal script, draft of {day_month(rng)}",
        body,
    )


KINDS = (
    travel_bulletin,
    election_night,
    inquiry_timeline,
    play_scene,
    group_chat,
    energy_explainer,
    asia_digest,
    festival_digest,
)
