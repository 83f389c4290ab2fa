"""Sixteenth-round fresh re-anchoring texts (no test here): a parliamentary committee's
transcript, a live blog of a storm, a hymn sheet and an interview's subtitle cues, whose
stock replies and refrains stand many times word for word, with mixed scripts, emoji and
combining marks.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh16_kit import STOCK_FOOTER, Kind, timecode, transcript
from tests.benchmarks.reanchor_fresh16_more_texts import (
    COUNCIL,
    COURT,
    FOOTBALL,
    PRESS,
    court_hearing,
    football_commentary,
    japanese_press_conference,
    welsh_council_meeting,
)

MEMBERS = ("Ms Rees", "Mr Ōkubo", "Dr Adébáyọ̀", "Mr Hughes", "Mrs Nguyễn")


def _committee_label(rng: random.Random, number: int, clock: str, role: str) -> str:
    if role == "refrain" or rng.random() < 0.3:
        return f"Q{number} Chair: " if number else "Chair: "
    return f"{rng.choice(MEMBERS)}: "


COMMITTEE = Kind(
    title="Welsh Affairs Committee — oral evidence: flood defences in the Conwy valley",
    subtitle="Uncorrected transcript; neither witnesses nor members have checked it",
    opening=(
        "This is an uncorrected transcript of evidence taken in public. Any public use of it "
        "should say so. Members’ questions are numbered; witnesses’ answers are not."
    ),
    sections=(
        "Panel 1 · Natural Resources Wales",
        "Panel 2 · Conwy County Borough Council",
        "Panel 3 · Network Rail",
        "Panel 4 · The Minister",
        "Panel 5 · Residents’ groups",
    ),
    section_opening=(
        "The committee resumed at {time}. Witnesses were sworn. The Chair reminded members "
        "to keep their questions short."
    ),
    lines=(
        "The barrier at Llanrwst was raised twice in January.",
        "We spent £4.2 million on the embankment last year.",
        "The model assumes a rise of 1.2 metres by 2100.",
        "I’d want to check that figure before I give it to you.",
        "Residents in Trefriw were told to leave at 02:00.",
        "The gauge at Cwmlanerch failed during the peak 🌊.",
        "Our insurers won’t cover homes built after 2009.",
        "The culvert under the A470 was blocked by debris.",
        "We have asked the Treasury for a further £1.1 million.",
        "I think the warning reached most people in time.",
        "The railway was closed for eleven days after the storm.",
        "Nobody from the council attended the first meeting.",
    ),
    stock=("Yes.", "Thank you, Chair.", "No.", "I don’t know.", "Thank you."),
    refrain="Order. Members will address their questions through the Chair.",
    label=_committee_label,
    restyle={
        "Chair: ": "The Chair (Ms Rees): ",
        "Mr Ōkubo: ": "Kenji Ōkubo MP: ",
        "Dr Adébáyọ̀: ": "Dr Fúnmi Adébáyọ̀ (NRW): ",
        "Mrs Nguyễn: ": "Mrs L. Nguyễn: ",
    },
    repeat_marker="[Repeats the answer above.]",
    correction="For the record, the witness has since written to say: “{}”",
    interjection="Will the witness give way?",
    footer=(
        "Witnesses may write to correct their evidence within 10 days. Corrections are "
        "printed at the end of the transcript and the text above is left as it was heard.",
        STOCK_FOOTER,
    ),
)


def _live_blog_label(rng: random.Random, number: int, clock: str, role: str) -> str:
    return f"{clock}\n"


LIVE_BLOG = Kind(
    title="Storm Dilys: live updates as 90mph gusts hit west Wales ⛈️",
    subtitle="Updated every few minutes; newest posts first",
    opening=(
        "Our team in Aberystwyth and Cardiff is following Storm Dilys as it crosses Wales. "
        "The Met Office’s red warning runs until 21:00. Send us your pictures safely."
    ),
    sections=(
        "Evening · red warning in force",
        "Afternoon · the storm arrives",
        "Morning · amber warnings",
        "Overnight · clearing up",
        "Travel · roads and rail",
    ),
    section_opening=(
        "We began this part of the blog at {time}. Posts below are newest first; times are local."
    ),
    lines=(
        "Update: the promenade in Aberystwyth is closed to walkers.",
        "Update: 12,400 homes are without power in Ceredigion.",
        "Update: the Cleddau Bridge is shut to high-sided vehicles.",
        "Latest: a gust of 94 mph was recorded at Aberdaron 🌬️.",
        "Trees are down on the A487 near Machynlleth.",
        "Schools in Gwynedd will stay closed tomorrow.",
        "Transport for Wales says no trains will run west of Shrewsbury.",
        "A reader in Borth sent us this picture of the sea wall 📷.",
        "Latest: the coastguard has rescued two walkers at Cemaes.",
        "Western Power says it hopes to restore supply by morning.",
        "The Met Office’s warning has been extended to midnight.",
        "Police ask people not to drive unless they must.",
    ),
    stock=(
        "Update: no change since the last post.",
        "Stay safe, everyone.",
        "More when we have it.",
    ),
    refrain=(
        "Stay away from the seafront and the harbour walls.\nCall 999 only if a life is at risk."
    ),
    label=_live_blog_label,
    restyle={"Update: ": "UPDATE — ", "Latest: ": "Breaking: ", "Stay safe": "Keep safe"},
    repeat_marker="(Advice as above.)",
    correction="Correction: an earlier post should have read “{}”",
    interjection="Our reporter in Borth says the wind is easing a little.",
    footer=(
        "This blog is written by the newsroom in Cardiff and checked by an editor before each "
        "post goes live. Times are when a post was first published.",
        STOCK_FOOTER,
    ),
    newest_first=True,
)


def _hymn_label(rng: random.Random, number: int, clock: str, role: str) -> str:
    return {"refrain": "Chorus\n", "stock": "All\n"}.get(role, f"Verse {number % 6 + 1}\n")


HYMNS = Kind(
    title="St Dyfrig’s Chapel — songs for the harvest festival",
    subtitle="Words for the congregation; please take this sheet home",
    opening=(
        "We sing the verses as printed and the chorus after every verse. Where a line is "
        "marked All, everyone joins in. Organist: Mrs Siân Puw; music group 🎸 after 11:00."
    ),
    sections=(
        "Opening hymn · We plough the fields",
        "Second song · Here I am, Lord",
        "Children’s song · Harvest of the sea",
        "Offertory · Cwm Rhondda",
        "Closing hymn · Now thank we all our God",
    ),
    section_opening="Sung at {time}. Please stand for the last verse.",
    lines=(
        "We plough the fields and scatter",
        "The good seed on the land,",
        "But it is fed and watered",
        "By God’s almighty hand;",
        "He sends the snow in winter,",
        "The warmth to swell the grain,",
        "Guide me, O thou great Jehovah,",
        "Pilgrim through this barren land;",
        "Bread of heaven, bread of heaven,",
        "Feed me till I want no more;",
        "The nets come in at morning,",
        "Now thank we all our God",
        "With heart and hands and voices;",
        "Arglwydd, arwain drwy’r anialwch,",
    ),
    stock=("Amen.", "Alleluia!", "Amen, amen."),
    refrain=(
        "All good gifts around us\n"
        "Are sent from heaven above;\n"
        "Then thank the Lord, O thank the Lord,\n"
        "For all his love."
    ),
    label=_hymn_label,
    restyle={"Chorus\n": "Refrain\n", "All\n": "Bridge\n"},
    repeat_marker="(Chorus ×2)",
    correction="Please sing instead: “{}”",
    interjection="Amen.",
    footer=(
        "Words reproduced under CCLI licence 118277. The sheet is printed on recycled paper "
        "and may be taken home or left in the box by the door.",
        STOCK_FOOTER,
    ),
    turns=(11, 13),
)


def _cue_label(rng: random.Random, number: int, clock: str, role: str) -> str:
    start = number * 4 + 2
    return f"{number}\n{timecode(start)} --> {timecode(start + 3)}\n"


SUBTITLES = Kind(
    title="Interview: Dr Mariana Oyèbánjí on the drought — English subtitles (SRT)",
    subtitle="Cues as broadcast; speaker tags in brackets",
    opening=(
        "These subtitles were made from the broadcast recording. Timecodes are hours, "
        "minutes, seconds and milliseconds. The interviewer’s questions are tagged."
    ),
    sections=(
        "Part one · the reservoirs",
        "Part two · farming",
        "Part three · what households can do",
        "Part four · the next ten years",
        "Part five · questions from viewers",
    ),
    section_opening="This part was recorded at {time}. Cues run from the start of the part.",
    lines=(
        "[INTERVIEWER] How low are the reservoirs now?",
        "[INTERVIEWER] And what about farmers?",
        "They’re at 38 per cent, which is the lowest since 1976.",
        "We’ve asked people to take shorter showers 🚿.",
        "Farmers in the east are losing a third of their crop.",
        "I wouldn’t call it a crisis yet.",
        "The hosepipe ban starts on Friday.",
        "Leaks lose about a fifth of the water we treat.",
        "We need two new reservoirs by 2040.",
        "Rain in autumn won’t be enough on its own.",
        "[INTERVIEWER] Is the ban fair on gardeners?",
        "Nobody likes it, but it works.",
    ),
    stock=("Yes.", "Mm-hmm.", "Thank you.", "Right.", "[LAUGHS]"),
    refrain="[INTERVIEWER] Dr Oyèbánjí, thank you.\nThank you for having me.",
    label=_cue_label,
    restyle={"[INTERVIEWER] ": "INTERVIEWER: ", "[LAUGHS]": "(laughs)"},
    repeat_marker="[as before]",
    correction="[CORRECTION] {}",
    interjection="[INTERVIEWER] Sorry, go on.",
    footer=(
        "Subtitles by Captionworks for the broadcaster. Report a mistake in a cue by its "
        "number and we will fix it within 2 working days.",
        STOCK_FOOTER,
    ),
)


def committee_transcript(rng: random.Random) -> str:
    """A committee's uncorrected transcript of oral evidence."""
    return transcript(rng, COMMITTEE)


def storm_live_blog(rng: random.Random) -> str:
    """A newsroom's live blog of a storm, newest posts first."""
    return transcript(rng, LIVE_BLOG)


def hymn_sheet(rng: random.Random) -> str:
    """A chapel's song sheet: verses, a chorus after them, "All" lines."""
    return transcript(rng, HYMNS)


def interview_subtitles(rng: random.Random) -> str:
    """An interview as numbered subtitle cues with timecodes."""
    return transcript(rng, SUBTITLES)


KINDS = (
    committee_transcript,
    storm_live_blog,
    hymn_sheet,
    interview_subtitles,
    court_hearing,
    football_commentary,
    welsh_council_meeting,
    japanese_press_conference,
)
#: Every kind, in the order of :data:`KINDS`.
KIND_OF = (COMMITTEE, LIVE_BLOG, HYMNS, SUBTITLES, COURT, FOOTBALL, COUNCIL, PRESS)


def kind_of(text: str) -> Kind:
    """The kind a text was written from: the one whose title shares most words with the
    text's first line (which only a typo edits)."""
    title = set(text.split("\n", 1)[0].split())
    return max(KIND_OF, key=lambda kind: len(title & set(kind.title.split())))
