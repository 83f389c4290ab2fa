"""Ninth round of fresh held-out texts for re-anchoring: eight new kinds (no test here).

A river and flood levels bulletin (gauge readings in lines one figure apart, "Do not
walk or drive through flood water." under every warning), a television listings page
(repeats, "Followed by the weather." after every programme, audience figures a decimal
apart), a gallery's wall labels for an exhibition ("Oil on canvas", "Lent by a private
collection." again and again, light readings per wall) and a bill's amendment paper
(amendments one line number apart, "Member’s explanatory statement" under each, responses
per catchment). Every kind has a block of reading lines ("label: figure, rising.") with
twin lines, coded entries ("FW201 · ") whose codes are one digit apart, Title Case
headings, paragraphs of several sentences side by side, a sentence said three times or
more, full names (some sharing a first name or a surname, one with combining marks), "he"
and "she" with their verbs, a gendered noun, present and future verbs, status words
("rising", "new", "live"), "&", curly quotes and apostrophes, dashes, non-breaking
spaces, emoji with zero-width joiners, and passages in two of Bengali, Georgian,
Armenian and Amharic. All texts are canonical; the other four kinds are in
``reanchor_fresh9_more_texts``.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh9_kit import (
    NBSP,
    PASSAGES,
    finish,
    people,
    reading_lines,
    twin,
)
from tests.benchmarks.reanchor_fresh9_more_texts import (
    animal_rescue,
    bangla_weekly,
    chess_bulletin,
    property_listings,
)


def river_bulletin(rng: random.Random) -> str:
    """A flood and river levels bulletin for two catchments."""
    officer, forecaster, warden = people(rng, 3)
    stations = rng.sample(
        [
            "Severn at Bewdley",
            "Severn at Bridgnorth",
            "Severn at Worcester",
            "Severn at Upton",
            "Wye at Monmouth",
            "Wye at Hereford",
            "Wye at Ross",
            "Teme at Tenbury",
            "Lugg at Leominster",
        ],
        8,
    )
    rows = [(station, "metres", f"{NBSP}m above normal") for station in stations]
    never = "Do not walk or drive through flood water."
    codes = rng.sample([201, 210, 211, 212, 221, 120], 5)
    warnings = [
        f"FW{codes[0]} · Severn at Bewdley quay. Flooding of the quayside & Severnside North "
        f"is expected this evening. The barriers are up. {never}",
        f"FW{codes[1]} · Severn at Bridgnorth low town. Flooding of riverside car parks is "
        f"expected from 18:00. {never}",
        f"FW{codes[2]} · Wye at Monmouth. Flooding of the A466 at Wyesham is possible. The "
        f"road will close if levels keep rising. {never}",
        f"FW{codes[3]} · Wye at Hereford. Flooding of Greyfriars Avenue is expected; "
        f"residents are being warned door to door. {never}",
        f"FW{codes[4]} · Teme at Tenbury. The warning is now lifted; levels are falling. "
        "Clean-up teams are on Teme Street.",
    ]
    script_a, script_b = rng.sample(sorted(PASSAGES), 2)
    sections = [
        (
            "",
            [
                "Issued at 06:00 by the flood forecasting centre — next update at 12:00. "
                "Rain is easing in Wales but the Severn will keep rising until Sunday.",
                f"The duty officer, {officer}, said she is confident that the defences in "
                f"Bewdley & Upton will hold. “We are watching every gauge,” {officer.split()[0]} "
                "said.",
            ],
        ),
        ("Levels This Morning", [twin(rng, reading_lines(rng, rows))]),
        (
            "Levels Yesterday Evening",
            [
                "The same gauges at 18:00 yesterday, for comparison. Most of them are higher "
                "this morning.",
                reading_lines(rng, rows),
            ],
        ),
        (
            "Flood Warnings in Force",
            [
                *warnings[:3],
                "Hear, hear! say the traders of Bewdley, who have sandbags ready.",
                *warnings[3:],
            ],
        ),
        (
            "The Forecast",
            [
                f"The weatherman on Radio Severn, {forecaster}, says he expects 15 to 25{NBSP}mm "
                "more rain over the hills of mid Wales. The ground is saturated. Rivers will "
                "respond quickly and the peak at Worcester is expected on Saturday night.",
                "A new band of rain arrives on Sunday. It is lighter, but it falls on rivers "
                "that are already high. The Wye at Ross has not peaked yet and remains on a "
                "flood warning.",
                f"{PASSAGES[script_a][0]} {PASSAGES[script_b][1]}",
            ],
        ),
        (
            "Advice for Residents",
            [
                f"Move valuables upstairs and keep a grab bag ready. {never} Just 30 cm of "
                "flowing water can float a car. Check on neighbours who may need help.",
                "Sandbags are available at Bewdley fire station, which is manned all night. "
                f"Firefighters 👩‍🚒 and volunteers will load them; bring your own shovel. "
                f"{never}",
                f"The flood warden for Severnside, {warden}, is going door to door. He has a "
                "list of residents who are registered as vulnerable. The list is updated every "
                "hour. Call the Floodline on 0345 988 1188 for the latest warnings & alerts.",
                "Schools in Upton are closed today. The live road report is on the council’s "
                "site; the bus company says the 294 will not run through the town.",
            ],
        ),
        (
            "Roads and Rail",
            [
                "The A449 at Ross is closed between the Wilton roundabout and the bridge. The "
                "B4194 at Bewdley is closed; the diversion adds about 20 minutes. The A466 at "
                "Wyesham will close if the Wye keeps rising.",
                "Trains between Shrewsbury and Hereford are running, but the line speed is "
                "reduced at Leominster. Rail replacement buses are cancelled because the road "
                "is flooded too. Check before you travel.",
                "Farmers in the Lugg valley are moving livestock to higher ground. The National "
                "Farmers’ Union says the spring sowing is delayed by two weeks at least; its "
                "spokesman says the damage will be counted when the water goes down.",
            ],
        ),
        (
            "What Happens Next",
            [
                f"The barriers at Bewdley will stay up until the river falls below 3{NBSP}m. "
                "The forecasting centre issues its next bulletin at 12:00; the cancelled "
                f"warnings will be listed there. {never}",
                f"{officer} thanked the volunteers 🌧️ and said: “Please keep away from the "
                "riverbanks this weekend.” The bulletin is also read on local radio at 07:00 and "
                "13:00.",
            ],
        ),
    ]
    return finish(
        "Flood and River Levels Bulletin: Severn & Wye",
        "Environment agency duty team, Shrewsbury",
        sections,
    )


def tv_listings(rng: random.Random) -> str:
    """A television listings page for one evening on three channels."""
    host, critic, chef = people(rng, 3)
    weather = "Followed by the weather."
    codes = rng.sample([104, 140, 141, 114, 401, 410], 6)
    titles = ["The Harbour", "Riverside Vets", "Castle Kitchens", "Question Hour"]
    rows = [
        (f"{title}, episode {word}", "tenths", f"{NBSP}million viewers")
        for title in titles
        for word in rng.sample(["one", "two", "three", "four"], 2)
    ]
    script_a, script_b = rng.sample(sorted(PASSAGES), 2)
    sections = [
        (
            "",
            [
                "Saturday is a big night for drama. The Harbour returns for its third series "
                f"and Castle Kitchens reaches its final. Our critic, {critic}, picks the best.",
            ],
        ),
        (
            "Channel North",
            [
                f"KT{codes[0]} · 18:30 The Harbour (repeat). Episode 6 of series two. The "
                f"lifeboat crew search the bay. {weather}",
                f"KT{codes[1]} · 19:30 Riverside Vets. New. A greyhound 🐕‍🦺 needs surgery and "
                f"the practice is short of staff. {weather}",
                f"KT{codes[2]} · 20:30 The Harbour. New series. Episode 1 of 6. A storm "
                "traps the ferry in the harbour mouth & the crew must decide who goes out. "
                f"{weather}",
            ],
        ),
        (
            "Meridian Two",
            [
                f"KT{codes[3]} · 19:00 Castle Kitchens: The Final. Live. {chef} and two other "
                "cooks make three courses for the castle’s chairman. "
                f"{weather}",
                f"KT{codes[4]} · 21:00 Question Hour. Live from Leeds. The panel takes "
                f"questions on trains, rents and the new stadium. {weather}",
                f"KT{codes[5]} · 22:00 Film: The Long Tide (2019). A retired foreman goes "
                "back to the shipyard where he worked for forty years. Cancelled in "
                "Scotland, where the match is shown live.",
            ],
        ),
        (
            "Last Week’s Audiences",
            [
                twin(rng, reading_lines(rng, rows[:8])),
                "The same programmes a year ago, when the series were new:",
                reading_lines(rng, rows[:8]),
                "Audiences are overnight figures. Consolidated figures, which include catch-up "
                "viewing, are published on Tuesdays and are usually higher.",
            ],
        ),
        (
            "Critic’s Choice",
            [
                f"The Harbour is the best thing on television this winter. The writing is "
                f"tight and the cast is superb. {host} is the captain again; she plays him—sorry, "
                "her—with a dry wit that the first series lacked.",
                f"Castle Kitchens is gentler. The judges are kind, the food is ambitious and the "
                f"final is a draw until the last plate. {chef.split()[0]} is the favourite, and "
                "the crew says the castle kitchen runs on tea 🧑🏽‍🍳 and nerves.",
                "Question Hour is live, so anything can happen. Last week a minister walked out; "
                "this week the chairman of the rail company has agreed to come. The studio opens "
                "at 20:15 for the audience.",
                f"{PASSAGES[script_a][1]} {PASSAGES[script_b][0]}",
            ],
        ),
        (
            "Sunday Preview",
            [
                "Sunday has the second episode of The Harbour at 20:30, a repeat of the "
                "nature series at 19:00 and the live final of the quiz at 21:00. The film is "
                "a rerun of The Long Tide; it is on at 22:00 again.",
                "The nature series follows otters on the Tweed for a year. It was filmed from "
                "hides over four hundred days, and the crew waited a month for the first "
                "shot of the cubs; the result is worth the wait.",
                "Riverside Vets moves to Sunday afternoons from next week. The channel says "
                "the audience for the early slot is older, and the series is a natural fit. "
                "Viewers are not so sure; the letters page is full of complaints.",
                "The quiz final is live from Glasgow. “The questions are harder than last "
                "year’s,” the host has promised; last year’s winner says she will be "
                "in the audience. The final starts at 21:00 and runs for ninety minutes.",
            ],
        ),
        (
            "Also on Tonight",
            [
                f"Gardeners’ Hour (repeat), 18:00. {weather} Late Debate, 23:15, is cancelled "
                "because of the film. The spokeswoman for Meridian Two said that the debate "
                "will return next week.",
                "World Cinema, 23:45: Ọ̀rẹ́ (Friends), a Yoruba drama with English subtitles. "
                f"Subtitles and audio description are available on all three channels 📺. "
                f"Times may change at short notice. {weather}",
            ],
        ),
    ]
    return finish(
        "Saturday Night Television: What to Watch",
        f"By {critic}, television editor",
        sections,
    )


def wall_labels(rng: random.Random) -> str:
    """A gallery's wall labels for an exhibition of coastal painters."""
    painter, second, curator, donor = people(rng, 4)
    lent = "Lent by a private collection."
    codes = rng.sample([203, 230, 231, 213, 320, 302], 6)
    walls = [
        f"Room {room}, {side} wall"
        for room in ("one", "two")
        for side in ("north", "south", "east", "west")
    ]
    rows = [(wall, "whole", f"{NBSP}lux at eye level") for wall in walls]
    script_a, script_b = rng.sample(sorted(PASSAGES), 2)
    sizes = ("73 × 92 cm", "73 × 93 cm", "60 × 81 cm", "54 × 65 cm")
    sections = [
        (
            "",
            [
                "Painters of the Caspian and Black Sea coasts, 1890–1930, are rarely shown "
                "outside Tbilisi and Yerevan. This exhibition brings forty works together for "
                "the first time.",
                f"The curator, {curator}, says the show is about light on water. “Every one "
                "of these painters is chasing the same hour of the day,” she says.",
            ],
        ),
        (
            "Room One: Harbours",
            [
                f"CA{codes[0]} · {painter} (1879–1952), Harbour at Dusk, 1911. Oil on canvas, "
                f"{sizes[0]}. {lent}",
                f"CA{codes[1]} · {painter} (1879–1952), Harbour at Dawn, 1911. Oil on canvas, "
                f"{sizes[1]}. {lent}",
                f"CA{codes[2]} · {second} (1884–1940), Fishing Boats, Batumi, 1912. Oil on "
                f"canvas, {sizes[2]}. Gift of {donor}, 1998.",
                f"{painter} painted the harbour from the same window for twelve years. He is "
                "known for the two versions shown here, which differ in one boat and one light. "
                "The dusk version is the later one.",
            ],
        ),
        (
            "Room Two: The Shore",
            [
                f"CA{codes[3]} · {second} (1884–1940), Women Mending Nets, 1915. Oil on canvas, "
                f"{sizes[3]}. {lent}",
                f"CA{codes[4]} · Unknown painter, The Foreman’s House, about 1920. Tempera on "
                f"board. {lent} New attribution, confirmed in 2025.",
                f"CA{codes[5]} · {second} (1884–1940), Storm Warning, 1921. Oil on canvas. "
                "Bought with help from the Art Fund & the Friends of the Gallery.",
                f"{PASSAGES[script_a][2]} {PASSAGES[script_b][0]}",
            ],
        ),
        (
            "Conservation Record",
            [
                twin(rng, reading_lines(rng, rows)),
                "The same walls a week before the opening, with the blinds still open:",
                reading_lines(rng, rows),
                "Light levels are kept below 50 lux for works on paper. The readings are taken "
                "every morning before the doors open.",
            ],
        ),
        (
            "About the Painters",
            [
                f"{second} trained in Saint Petersburg and settled in Batumi in 1910. His nets "
                "and boats are painted from life. She—his wife, the painter Anahit—is the "
                "model for the women mending nets.",
                "The group never had a name. Critics called them the shore painters; the "
                "painters called themselves nothing at all. Their work is now being "
                "reassessed, and the prices at auction are rising.",
                f"The conservator says that the varnish on Harbour at Dusk has yellowed. It will "
                f"be cleaned after the exhibition closes. {lent}",
            ],
        ),
        (
            "The Two Harbours",
            [
                "The two harbour paintings were last shown side by side in 1913. One went to "
                "a collector in Odessa, the other stayed in the painter’s family. They were "
                "found again only in 2019, when the family lent the dawn version for a show "
                "in Batumi.",
                "The dawn version was cleaned in Tbilisi before the loan. The conservators found "
                "a small signature under the varnish, in Georgian script, which had been hidden "
                "for more than a century.",
                "Visitors are asked to find the difference. The boat in the middle of the "
                "dusk version has a red sail; in the dawn version it is white. The lamp on "
                "the mole is lit in one and dark in the other.",
                "Both pictures are in their original frames. The frames were made by the same "
                "workshop and carry the same label on the back, which is why the two were "
                "long thought to be one painting.",
            ],
        ),
        (
            "Visiting",
            [
                "The gallery opens at 10:00 and closes at 17:30; the last entry is at 16:45. "
                "The shop & café are on the ground floor. Tickets are £14, free for under-18s.",
                f"A live talk with {curator} starts at 13:00 on Thursdays 🏳️‍🌈. The gallery’s "
                "spokesman says the talks are free but must be booked. The exhibition "
                "runs until 30 June.",
            ],
        ),
    ]
    return finish(
        "Light on Water: Painters of the Caspian and Black Sea",
        "Exhibition wall labels, rooms one and two",
        sections,
    )


def amendment_paper(rng: random.Random) -> str:
    """A bill's amendment paper for report stage, with members' explanatory statements."""
    mover, backer, minister, clerk = people(rng, 4)
    statement = "Member’s explanatory statement"
    unselected = "Not called at committee stage."
    codes = rng.sample([112, 121, 122, 211, 221, 212], 6)
    lines = rng.sample(range(10, 40), 6)
    catchments = rng.sample(
        ["Wye", "Usk", "Severn", "Teme", "Lugg", "Tywi", "Taff", "Dee", "Conwy"], 8
    )
    rows = [(f"{name} catchment, written responses", "whole", " received") for name in catchments]
    script_a, script_b = rng.sample(sorted(PASSAGES), 2)
    sections = [
        (
            "",
            [
                "This paper lists the amendments tabled for report stage. The Speaker selects "
                "the amendments that will be debated; the selection is published on the day — "
                f"usually by 10{NBSP}am.",
                f"The bill’s sponsor is {mover}. She says the bill is about one thing: rivers "
                "that are safe to swim in by 2035.",
            ],
        ),
        (
            "Clause 4: Discharge Limits",
            [
                f"AM{codes[0]} · {mover}\nClause 4, page 3, line {lines[0]}, leave out “may” "
                f"and insert “must”.\n{statement}: this amendment makes the limits binding.\n"
                f"{unselected}",
                f"AM{codes[1]} · {backer}\nClause 4, page 3, line {lines[1]}, leave out “may” "
                f"and insert “must”.\n{statement}: this amendment makes the reporting binding.\n"
                f"{unselected}",
                f"AM{codes[2]} · {minister}\nClause 4, page 3, line {lines[2]}, leave out "
                f"“2035” and insert “2038”.\n{statement}: this amendment gives water companies "
                "three more years.",
            ],
        ),
        (
            "Clause 7: Monitoring",
            [
                f"AM{codes[3]} · {backer}\nClause 7, page 5, line {lines[3]}, at end insert "
                "“and publish the readings live”.\n"
                f"{statement}: readings must be online within the hour.",
                f"AM{codes[4]} · {mover} & {backer}\nClause 7, page 5, line {lines[4]}, leave "
                f"out “annual” and insert “monthly”.\n{statement}: reports will be monthly.\n"
                f"{unselected}",
                f"AM{codes[5]} · {minister}\nClause 7, page 6, line {lines[5]}, leave out "
                "subsection (3).\nThis amendment is withdrawn.",
            ],
        ),
        (
            "Consultation Responses",
            [
                twin(rng, reading_lines(rng, rows)),
                "At second reading, the same catchments had sent far fewer responses:",
                reading_lines(rng, rows),
                "Responses were received from anglers, farmers, swimmers and the water "
                "companies. The committee’s chairman says the numbers are the highest for any "
                "bill this session.",
            ],
        ),
        (
            "Notes on Procedure",
            [
                f"Amendments in the name of the minister, {minister}, are government "
                "amendments. He has tabled two of them; one is withdrawn. The other is "
                "opposed by the sponsor.",
                "The House will take the amendments in the order of the clauses. Divisions are "
                "expected on the first and the fourth. Members who are paired will not vote.",
                f"The clerk, {clerk}, says the paper is reprinted each day the bill is "
                "debated, and she has reprinted it twice already. New amendments are marked "
                "with a star ★; cancelled ones are struck "
                "through.",
                f"{PASSAGES[script_a][1]} {PASSAGES[script_b][1]}",
            ],
        ),
        (
            "Background to the Bill",
            [
                "The bill was introduced after a summer in which bathing water warnings were "
                "issued on forty rivers. Swimmers in Ilkley and Hereford started the campaign; "
                "anglers, farmers and the Ọ̀rẹ́ Odò river trust joined it later.",
                "Water companies say the limits cannot be met by 2035 without higher bills. "
                "The regulator says most of the work is already funded. The two estimates are "
                "far apart, and the committee could not reconcile them.",
                "The committee heard from thirty witnesses over six sittings. Its report "
                "recommends that the limits are binding and that the readings are published "
                "live, which is what the first and the fourth amendments do.",
            ],
        ),
        (
            "Next Steps",
            [
                "Report stage starts on Tuesday. Third reading will follow on the same day if "
                "time allows; the sponsor has asked for a second day.",
                "The Lords will then consider the bill 👨‍👩‍👧. Campaigners say the "
                "vote on the first amendment is the one that matters; the minister says the "
                "government’s date is realistic. Hear, hear! was the reply from the back benches.",
            ],
        ),
    ]
    return finish(
        "Rivers (Water Quality) Bill: Amendments for Report Stage",
        f"Public Bill Office, prepared by {clerk}",
        sections,
    )


KINDS = (
    river_bulletin,
    tv_listings,
    wall_labels,
    amendment_paper,
    property_listings,
    chess_bulletin,
    bangla_weekly,
    animal_rescue,
)
