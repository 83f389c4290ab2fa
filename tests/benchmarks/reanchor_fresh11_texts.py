"""Eleventh-round fresh texts, first half (no test here): a local history podcast's
transcript, a patent's claims, a museum's audio-guide script and a bus network change notice.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh11_kit import (
    NBSP,
    PEOPLE,
    assemble,
    emoji,
    footer,
    hesitant,
    pairs,
    people,
    stamped,
    um,
)
from tests.benchmarks.reanchor_fresh11_more_texts import (
    cooking_class,
    festival_notice,
    race_instructions,
    tenancy_agreement,
)


def podcast_transcript(rng: random.Random) -> str:
    """A local history podcast's episode transcript: time stamps, speaker labels, fillers,
    a sponsor line read three times and two near-identical recaps."""
    host, guest, producer = people(rng, 3)
    episode = rng.randint(40, 90)
    year = rng.choice((1952, 1961, 1968))
    sponsor = "This episode is supported by the Harbour Street Bookshop — open Monday to Saturday."
    recap = (
        f"So far: the mill closed in {year}, the workers moved to the docks, and the town changed."
    )
    recap_twin = recap.replace(str(year), str(year + 1))
    opening = [
        ("HOST", f"Welcome to episode {episode} of Under the Pier. I’m {host}."),
        ("HOST", um("Today, we’re talking about the old flax mill on Quay Road.")),
        ("GUEST", hesitant(rng, "Thanks for having me, it’s a story my grandmother told me.")),
        ("HOST", hesitant(rng, "So, when did the mill first open its doors?")),
        ("GUEST", hesitant(rng, "Well, the first looms ran in 1881, if the ledgers are right.")),
    ]
    middle = [
        (
            "GUEST",
            hesitant(rng, "Honestly, the night shift was the hardest — twelve hours, no break."),
        ),
        ("HOST", "[laughs] " + hesitant(rng, "And yet, people say they loved it.")),
        ("GUEST", hesitant(rng, f"They did, and {producer} found letters that prove it.")),
        ("PRODUCER", hesitant(rng, "Right, the letters are in the county archive, box 14.")),
        ("HOST", "[crosstalk] " + hesitant(rng, "Sorry, go on, the letters…")),
    ]
    closing = [
        ("HOST", hesitant(rng, "Before we go, where can the listener find the photographs?")),
        ("GUEST", hesitant(rng, "Online, on the museum’s website, every one of them.")),
        ("HOST", f"Thank you, {guest}. {emoji(rng)} See you next week."),
    ]
    blocks = [
        "Episode notes",
        (
            f"In this episode {host} talks to {guest} about the flax mill (which stood on Quay "
            f"Road until the fire of {year}) and the families who worked there. The listener "
            "will hear extracts from letters read by volunteers."
        ),
        sponsor,
        "Transcript, part one",
        stamped(rng, 0, opening),
        (
            "A note on sources: dates come from the mill’s own ledgers (now held at the county "
            "archive) and may differ from the parish records by a year or so."
        ),
        "Transcript, part two",
        stamped(rng, 700 + rng.randint(0, 300), middle),
        recap,
        sponsor,
        "Listener questions",
        (
            f"One listener asked whether the mill’s whistle can still be heard — it cannot, "
            f"but a recording from {year - 3} survives. Another wrote in from Cardiff{NBSP}Bay "
            "to say her great-uncle kept the boiler room running every Tuesday to Thursday "
            "night (a job nobody else wanted)."
        ),
        (
            "The listener who sent the photograph of the 1920s football team asked us to say "
            "hello to anyone who recognises their grandfather. We will put it on the website "
            f"in {rng.choice(('March', 'April', 'October'))}."
        ),
        recap_twin,
        "From the archive",
        (
            "The mill’s ledgers list every worker by name, wage and shift. In 1881 a spinner "
            "earned eleven shillings a week; by 1900 the figure had risen to fourteen (for a "
            "sixty-hour week). The ledgers also record fines—for lateness, for talking, for "
            "singing on the floor—which the union fought for decades."
        ),
        (
            "The listener may remember the mill’s chimney, which stood until 1974. It was "
            "demolished on a Sunday morning in front of a crowd of two thousand; the film of "
            "the demolition is in the county archive, catalogue number CA/1974/22."
        ),
        (
            "Our researcher spent Monday to Friday for three weeks reading the ledgers. She "
            "found that the mill employed more women than men in every year except 1915 to "
            "1918, when the army took the flax for aeroplane wings."
        ),
        "Transcript, part three",
        stamped(rng, 2400 + rng.randint(0, 600), closing),
        *pairs(rng, 3),
        *footer(rng, "Under the Pier"),
        "Next episode",
        (
            "Next week we visit the lifeboat station (rebuilt in 1996) and hear from three "
            "generations of one crew. If the listener has a story about the old slipway, "
            "write to us — we read every letter, Monday to Thursday, and reply on Friday."
        ),
        "Credits",
        (
            f"Produced by {producer} with help from {PEOPLE[4]}. Music: “Tidewater” by the "
            f"Pier Band {emoji(rng)}. Recorded Monday to Wednesday in the old harbour office "
            "(thanks to the harbourmaster for the key)."
        ),
        sponsor,
        (
            "Corrections: in episode 41 we said the mill employed 400 people; the ledgers say "
            "340. In episode 42 we said 1891 — it was 1881. The listener is always right…"
        ),
    ]
    return assemble(f"Under the Pier, episode {episode}: the flax mill", "Transcript", blocks)


def patent_claims(rng: random.Random) -> str:
    """A patent's abstract and claims: dependent claims that repeat "The device of claim
    1, wherein", near-identical claims one figure apart, and an examiner's interview."""
    inventor, attorney, examiner = people(rng, 3)
    width = rng.randint(20, 60)
    angle = rng.randint(10, 40)
    number = f"GB{rng.randint(2_400_000, 2_499_999)}"
    boiler = "The device of claim 1, wherein the housing is made of recycled polymer."
    claims = [
        (
            "1. A portable water filtering device comprising: a housing (having an inlet and "
            "an outlet at opposite ends); a replaceable cartridge held in the housing; and a "
            "hand pump connected to the inlet."
        ),
        f"2. The device of claim 1, wherein the cartridge is {width} millimetres wide.",
        f"3. The device of claim 1, wherein the cartridge is {width + 5} millimetres wide.",
        f"4. The device of claim 2, wherein the outlet is inclined at {angle}° to the housing.",
        (
            "5. The device of claim 4, wherein the hand pump comprises a piston, a spring and "
            "a valve (the valve opening only when the piston returns)."
        ),
        boiler.replace("The device of claim 1", "6. The device of claim 1"),
        (
            "7. A method of filtering water with the device of claim 1, comprising: filling "
            "the housing; operating the hand pump; and collecting filtered water at the outlet."
        ),
        f"8. The method of claim 7, wherein the hand pump is operated {angle // 5} times a minute.",
    ]
    interview = [
        ("EXAMINER", um("Good morning, I have read the amended claims.")),
        ("ATTORNEY", hesitant(rng, "Thank you, we narrowed claim 1 as you suggested.")),
        ("EXAMINER", hesitant(rng, "Right, but claim 3 still reads on the prior art.")),
        ("ATTORNEY", hesitant(rng, "Understood, we can cancel claim 3 — no objection.")),
        ("EXAMINER", "[inaudible] " + hesitant(rng, "Fine, then I expect to allow the rest.")),
    ]
    blocks = [
        f"Application {number}",
        (
            f"Inventor: {inventor}. Agent: {attorney}. Filed on a Thursday in "
            f"{rng.choice(('January', 'June', 'September'))} {rng.randint(2019, 2024)}."
        ),
        "Abstract",
        (
            "A portable device for filtering water comprises a housing, a replaceable "
            "cartridge and a hand pump. The device is light enough to carry on foot (under "
            f"{rng.randint(300, 900)} grams when empty) and needs no power. {emoji(rng)}"
        ),
        "Background",
        (
            "Filters sold for walkers are either heavy or slow. Existing devices—see "
            "GB2301118 and EP3019922—need the user to squeeze a bag for minutes… The device "
            "of the invention is faster and lighter."
        ),
        boiler,
        "Claims",
        "\n".join(claims),
        "Description of an embodiment",
        (
            "In one embodiment the housing is moulded in two halves (joined by ultrasonic "
            "welding) and the cartridge slides in from the outlet end. The device of claim 1 "
            "may be sold with spare cartridges. The applicant has tested the device in "
            "mountain streams and in a laboratory, Monday to Friday, for six weeks."
        ),
        (
            "In a second embodiment the cartridge holds two stages: a coarse mesh (about 100 "
            "microns) and a hollow-fibre membrane. The device then removes bacteria and "
            "protozoa; viruses need a further chemical stage, which is not claimed here. The "
            "applicant notes that the device of claim 1 may also be fixed to a tap."
        ),
        (
            "The hand pump delivers about one litre a minute at normal effort. Tests on "
            "Wednesday and Thursday of each week compared the device with two commercial "
            "filters (results in the table of figure 6): the device was twice as fast and "
            "half the weight of either."
        ),
        "Prior art cited",
        "\n".join(
            (
                "GB2301118 — a squeeze-bag filter with a single membrane.",
                "EP3019922 — a gravity filter hung from a branch.",
                "US10442871 — a pump filter with a ceramic cartridge.",
                "GB2301119 — a squeeze-bag filter with a double membrane.",
            )
        ),
        boiler,
        "Record of interview",
        stamped(rng, 9 * 3600 + rng.randint(0, 1800), interview),
        (
            f"Present: {examiner} (examiner), {attorney} (agent for the applicant) and "
            f"{PEOPLE[4]} (observer). The interview lasted under an hour, on a Tuesday to "
            "Wednesday hearing slot."
        ),
        (
            "The examiner accepted that claims 1, 2 and 4 to 8 are new and inventive over "
            "the cited documents. Claim 3 was cancelled at the interview. The applicant "
            "should file amended pages showing the device of claim 1 as amended, with the "
            "claims renumbered, before the end of the month."
        ),
        "Notes for the applicant",
        *pairs(rng, 3),
        *footer(rng, "the patent office"),
        (
            "The applicant’s reply is due within four months. A reply filed on a Saturday or "
            "Sunday is treated as filed on the next working day (Monday, unless a bank "
            "holiday). ✅"
        ),
        boiler,
    ]
    return assemble(
        f"Patent application {number}: portable water filter", "Claims as filed", blocks
    )


def audio_guide(rng: random.Random) -> str:
    """A museum's audio-guide script: stop numbers, the same safety line after every stop,
    two stops about near-identical vases, and a recorded welcome with time stamps."""
    curator, narrator, artist = people(rng, 3)
    room = rng.randint(3, 9)
    safety = "Please do not touch the objects, and keep your headphones on in the galleries."
    vase = "A tall vase, painted blue and white, made in Delft around {year}."
    year = rng.randint(1660, 1690)
    welcome = [
        ("NARRATOR", um(f"Hello, and welcome. I’m {narrator}, your guide today.")),
        ("NARRATOR", hesitant(rng, "Before we start, press the green button to pause.")),
        ("CURATOR", hesitant(rng, f"Hi, I’m {curator}, and I chose these twelve stops.")),
        ("NARRATOR", "[laughs] " + hesitant(rng, "Well, let’s begin with the elephant.")),
    ]
    stops = []
    for number, (title, words) in enumerate(
        (
            (
                "The ivory elephant 🐘",
                "Carved from a single tusk (the museum stopped buying ivory in 1972), the "
                "elephant carries a tower of eleven figures. Look for the tiny drummer.",
            ),
            (
                "The Delft vase",
                vase.format(year=year)
                + " It stood in a merchant’s hall in Leiden for two centuries.",
            ),
            (
                "Another Delft vase",
                vase.format(year=year + 2)
                + " Its twin, made two years later, came to the museum in a bequest.",
            ),
            (
                "The ship model",
                "This model of a herring buss (a broad fishing boat) was built by a sailor "
                "during a long winter — the rigging is human hair.",
            ),
            (
                "The portrait",
                f"The portrait of a woman in grey is by {artist}. Notice her hands… they were "
                "painted over twice, as the X-ray in the next room shows.",
            ),
        ),
        start=rng.randint(11, 30),
    ):
        stops += [f"Stop {number}: {title}", words, safety]
    blocks = [
        "About this guide",
        (
            f"The guide lasts about forty minutes and starts in room {room}. It is free for "
            "every visitor (headphones are lent at the desk), Tuesday to Sunday; the museum "
            "is closed on Monday except in August."
        ),
        "Recorded welcome",
        stamped(rng, 0, welcome),
        *stops,
        "Behind the scenes",
        (
            "Every object on this tour was cleaned before the galleries reopened. The "
            "conservators work Monday to Friday in the studio under the roof (you can see "
            "them through the glass on the third floor). The visitor is welcome to ask "
            "questions at the window between 14:00 and 15:00."
        ),
        (
            f"The ivory elephant took {rng.randint(3, 9)} months to clean: each of its eleven "
            "figures was lifted off, photographed and put back. The Delft vases were easier "
            "— a soft brush and distilled water — but the ship model’s hair rigging had to be "
            "retied strand by strand."
        ),
        (
            "The portrait was lent to Amsterdam from March to June last year. It came back "
            "with a new frame (the old one is in store) and a new label, which the visitor "
            "will find in English, Welsh and French."
        ),
        "Family trail",
        (
            f"Children can follow the {emoji(rng)} stickers: each one marks a question. The "
            "visitor who answers all twelve gets a badge at the shop — ask for "
            f"{PEOPLE[4]} or {curator}."
        ),
        "Accessibility",
        *pairs(rng, 3),
        *footer(rng, "the museum"),
        (
            f"Audio description is available on the first Saturday of each month. A "
            f"transcript of every stop is printed at the back of this booklet{NBSP}(large print "
            "copies at the desk)."
        ),
        "Before you leave",
        (
            "Please return the audio player to the desk by the main door. If the visitor "
            "lost the headphones, tell a member of staff — there is no charge. The café "
            "is open Tuesday to Sunday, 10:00–16:30, and the shop until 17:00."
        ),
        safety,
    ]
    return assemble("Highlights tour: audio-guide script", f"Gallery {room} onwards", blocks)


def bus_changes(rng: random.Random) -> str:
    """A bus network change notice: route numbers one figure apart, "Monday to Friday"
    again and again, a recorded announcement and the same apology after each section."""
    route = rng.randint(10, 60)
    start_day = rng.randint(2, 27)
    month = rng.choice(("January", "April", "September"))
    officer, driver, member = people(rng, 3)
    apology = "We are sorry for any disruption while the new timetable beds in."
    announcement = [
        (
            "ANNOUNCER",
            um(f"Attention please, route {route} now terminates at the station."),
        ),
        (
            "ANNOUNCER",
            hesitant(rng, f"Passengers for Hill Top, please change to route {route + 1}."),
        ),
        ("DRIVER", hesitant(rng, "Right, this is the last stop, everyone off please.")),
        ("ANNOUNCER", "[inaudible] " + hesitant(rng, "Thank you, and mind the step.")),
    ]
    blocks = [
        "What is changing",
        (
            f"From {start_day} {month} the network around the town centre changes. Route "
            f"{route} will run every 12 minutes Monday to Friday and every 20 minutes on "
            f"Saturday. Route {route + 1} will run every 15 minutes Monday to Friday (no "
            "Sunday service until further notice). 🚌"
        ),
        apology,
        f"Route {route}",
        (
            f"Route {route} no longer serves Mill Lane — use the stop on Station Road instead "
            "(about 200 metres away). First bus 06:10, last bus 23:40, Monday to Friday; "
            "Saturday 07:00–23:40; Sunday 08:30–18:00."
        ),
        apology,
        f"Route {route + 1}",
        (
            f"Route {route + 1} is extended to Hill Top. First bus 06:25, last bus 22:55, "
            "Monday to Friday; Saturday 07:15–22:55. The operator will review the Sunday "
            "service in the spring."
        ),
        apology,
        f"Route {route + 10}",
        (
            f"Route {route + 10} is withdrawn. The operator recommends routes {route} and "
            f"{route + 1} instead; the 7X school bus still runs Monday to Friday in term "
            f"time. {emoji(rng)}"
        ),
        "Recorded announcement",
        stamped(rng, 6 * 3600 + rng.randint(0, 1800), announcement),
        "Why we are making these changes",
        (
            "Passenger numbers on the Mill Lane section fell by a third after the factory "
            "closed, while the estate at Hill Top (finished last year) has no bus at all. "
            "The operator looked at every stop, Monday to Sunday, for six weeks before "
            "drawing up the new network."
        ),
        (
            "We also listened: more than 900 people answered the survey, and most asked "
            "for earlier buses on weekdays and a later last bus on Friday and Saturday "
            "nights. Both are in the new timetable — the last bus from the station now "
            "leaves at 23:40."
        ),
        "School buses",
        (
            f"School buses 7X and 8X keep their times. The 9X now starts at Hill Top "
            f"(not at the depot) and calls at every stop on route {route + 1}, Monday to "
            "Friday in term time only. Passes issued by the county are valid as before."
        ),
        "Fares and tickets",
        (
            "Fares do not change. Day tickets bought on the old routes are valid on the new "
            "ones, and the operator accepts all passes (including the county’s "
            f"concessionary card) at any time Monday to Friday after 09:30. {emoji(rng)}"
        ),
        "Travelling with a wheelchair or a buggy",
        (
            f"Every bus on routes {route} and {route + 1} has a ramp and a space for one "
            "wheelchair (wheelchair users have priority over buggies). If the space is taken, "
            "the driver will ask other passengers to move; if that is not possible, the next "
            f"bus is usually only 12 minutes away, Monday to Friday. Our access adviser, "
            f"{PEOPLE[4]}, can plan a first trip with you."
        ),
        (
            "Timetable leaflets are on every bus and at the library. The operator will also "
            "post the new times at each stop a week before the change, and the old times "
            "will stay up (crossed through in red) until the first Sunday after it."
        ),
        "Have your say",
        (
            f"{officer} from the council and {member} from the passenger group will be at "
            f"the library on Wednesday and Thursday, 10:00–14:00 (bring your questions). "
            f"Driver {driver} says: “It’s a better timetable… give it a month.”"
        ),
        *pairs(rng, 3),
        *footer(rng, "the bus company"),
        apology,
    ]
    return assemble(
        f"Bus network changes from {start_day}{NBSP}{month}", "Notice to passengers", blocks
    )


KINDS = (
    podcast_transcript,
    patent_claims,
    audio_guide,
    bus_changes,
    tenancy_agreement,
    race_instructions,
    cooking_class,
    festival_notice,
)
