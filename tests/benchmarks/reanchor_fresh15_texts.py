"""Fifteenth-round fresh re-anchoring texts (no test here): a container ship's cargo manifest,
a care home's daily log, a university lab notebook and a parish register of baptisms, each
a register of entries that share closing lines, with twin entries a figure or a day apart,
a correction quoting another entry, mixed scripts, emoji and combining marks.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh15_kit import STOCK, Register, register
from tests.benchmarks.reanchor_fresh15_more_texts import (
    greek_harbour_notice,
    planning_list,
    timetable_footnotes,
    vietnamese_market_notice,
)

MANIFEST = Register(
    title="MV Saltash Bay — cargo manifest, voyage 26W14",
    subtitle="Felixstowe to Piraeus and Haifa; manifest revision 3 🚢",
    opening=(
        "This manifest lists every container loaded at Felixstowe. Weights are gross, in "
        "kilograms. The master’s copy is held on the bridge; this copy is for the agents."
    ),
    parts=(
        "Hold 1 forward",
        "Hold 2",
        "Hold 3 reefers",
        "Hold 4 aft",
        "Deck, bays 10 to 18",
        "Deck, bays 30 to 38",
        "Dangerous goods",
    ),
    notes=(
        "Reefer plugs were checked at 06:00 and at 18:00. Two plugs tripped and were reset.",
        "These boxes discharge at Piraeus. The agent there is Mr Nikos Papadákis.",
        "Lashings were checked twice by the bosun. One bar was replaced in bay 14.",
        "These boxes discharge at Haifa (חיפה). Customs need the seal numbers in advance.",
        "Weights were verified by the terminal’s weighbridge. Three boxes were re-weighed.",
        "Stowage was changed after the first plan. The chief officer signed the new plan.",
    ),
    names=(
        "Harwich Timber Ltd",
        "Ōtsuka Pharma UK",
        "Κρητικά Έλαια ΑΕ",
        "Nguyễn Trading Co.",
        "Adébáyọ̀ Foods",
        "Haifa Fresh Ltd",
        "Brennan & Daughters",
    ),
    details=(
        "Container MSKU 204117-3, 40 ft, 18,420 kg, seal 66120.",
        "Container MSKU 204118-3, 40 ft, 18,420 kg, seal 66121.",
        "Container TGHU 771032-5, 20 ft, 9,880 kg, seal 51002.",
        "Reefer set to 4 °C, vents 25% open 🧊.",
        "Olive oil in drums, 80 drums of 200 litres.",
        "Flat-pack furniture, 312 cartons.",
        "Medicines, kept between 2 °C and 8 °C.",
        "Dried fish, 14 pallets; the shipper’s seal was intact.",
    ),
    closings=("Shipper’s load and count.", "Said to contain.", "Checked and signed."),
    reference="B/L {}",
    footer=(
        "The master accepts no claim for loss or damage to goods said to contain what the "
        "shipper declares. Claims go to the carrier’s agents within 3 days of discharge.",
        STOCK,
    ),
)

CARE_LOG = Register(
    title="Larchfield House — daily care log",
    subtitle="Ground floor and garden wing; kept by the shift leads",
    opening=(
        "Each shift writes one entry a resident. Please write what was seen, not what was "
        "guessed. Anything urgent goes to the nurse in charge first, then in the log."
    ),
    parts=(
        "Morning shift, Rowan wing",
        "Morning shift, Hazel wing",
        "Afternoon shift, Rowan wing",
        "Afternoon shift, Hazel wing",
        "Night shift",
        "Visits and outings",
        "Falls and near misses",
    ),
    notes=(
        "The lift was out of use from 10:00 to 11:30. Residents upstairs had lunch in their rooms.",
        "Two carers were off sick. Agency staff covered both shifts and had a handover.",
        "The hairdresser came at 14:00. Six residents had their hair done 💇.",
        "The fire alarm was tested at 11:00. It wasn’t a drill, and nobody was moved.",
        "The garden was open all afternoon. Tea was served outside for 9 residents ☀️.",
        "The GP visited at 15:00. She saw three residents and changed one prescription.",
    ),
    names=(
        "Mrs Eileen Doherty",
        "Mr Ọláwálé Adébáyọ̀",
        "Mrs Σοφία Παππά",
        "Mr Harold Finch",
        "Mrs Bà Nguyễn Thị Lựu",
        "Mr Dafydd Rees",
        "Mrs Miriam Cohen (מרים)",
    ),
    details=(
        "Ate all of breakfast and drank 2 cups of tea.",
        "Ate half of lunch; fluids 900 ml by 14:00.",
        "Ate half of lunch; fluids 950 ml by 14:00.",
        "Walked to the lounge with a frame and one carer.",
        "Slept from 22:00 to 06:00 and was turned twice.",
        "Said she wasn’t in pain; skin on both heels intact.",
        "Asked for her daughter twice and was settled with a call 📞.",
        "Blood sugar 7.4 before lunch.",
    ),
    closings=("No further action.", "Family informed.", "Seen by the nurse."),
    reference="log {}",
    footer=(
        "Entries can’t be changed once signed. A mistake is struck through with one line "
        "and initialled, and the right entry written below it.",
        STOCK,
    ),
)

LAB_NOTEBOOK = Register(
    title="Lab notebook — protein expression, bench 4",
    subtitle="Group of Dr Ngozi Okafor; notebook 7, pages 112 to 140",
    opening=(
        "Every run is entered on the day. Volumes are in microlitres unless marked. "
        "Failed runs are entered too, with what was tried."
    ),
    parts=(
        "Cultures",
        "Induction",
        "Lysis and clarification",
        "Nickel column",
        "Gels and blots",
        "Freezer inventory",
        "Buffers made",
    ),
    notes=(
        "The shaker at 37 °C ran 2 °C hot all week. Its runs are marked with a star.",
        "A new lot of IPTG was opened on Monday. The old lot was thrown away.",
        "The centrifuge was booked out on Wednesday. Lysis moved to Thursday.",
        "Imidazole stock was remade at 2 M. The old stock had gone yellow.",
        "Gels were run at 180 V for 45 minutes. The marker is the usual ladder.",
        "The −80 °C freezer alarmed at 03:00. Nothing thawed; the door hadn’t shut.",
    ),
    names=(
        "construct pET-28a-His-GFP",
        "construct pET-28a-His-GFP (Y66H)",
        "construct pGEX-GST-Ub",
        "construct pMAL-MBP-Nanoluc",
        "construct pET-21b-Σ7",
        "construct pET-28a-His-Lys",
    ),
    details=(
        "OD600 reached 0.62 after 3 hours 🧪.",
        "OD600 reached 0.64 after 3 hours.",
        "Induced with 0.5 mM IPTG at 18 °C overnight.",
        "Yield 4.1 mg per litre; the band ran at 27 kDa.",
        "Yield 4.7 mg per litre; the band ran at 27 kDa.",
        "Pellet weighed 2.3 g and was frozen at once.",
        "The lysate was cloudy after 2 spins, so a third spin was done.",
        "Eluted in 4 fractions of 500; fraction 2 was cleanest.",
    ),
    closings=("Stored at −20 °C.", "Ends", "Checked and signed."),
    reference="run {}",
    footer=(
        "Witnessed pages are signed by a second member of the group. Don’t tear pages out; "
        "a spoilt page is crossed through and left in.",
        STOCK,
    ),
)

BAPTISMS = Register(
    title="St Ia’s, Porthleven — register of baptisms",
    subtitle="A fair copy for the family history society, years 1881 to 1884",
    opening=(
        "This is a copy, made in 2026, of the register kept in the vestry. Spellings are the "
        "clerk’s. Where the clerk wrote a name two ways, both are given."
    ),
    parts=(
        "Christmas quarter",
        "Lady Day quarter",
        "Midsummer quarter",
        "Michaelmas quarter",
        "Private baptisms received",
        "Chapel of ease baptisms",
        "Adult baptisms",
    ),
    notes=(
        "The curate took most baptisms this quarter. The vicar was ill from March to May.",
        "Several families came from Breage. Their banns are in the Breage register.",
        "Ink has faded on pages 41 and 42. Uncertain letters are shown in brackets.",
        "Two children were baptised privately at home. They were received in church later.",
        "Seamen’s children are marked with the ship’s name. Fathers were often at sea.",
        "The font was moved in 1883. Later entries note the new font by the south door.",
    ),
    names=(
        "Mary Jane, daughter of William and Ann Pascoe",
        "Mary Jane, daughter of William and Anne Pascoe",
        "John, son of Richard and Grace Thomas",
        "Ελένη, daughter of Γιώργος and Mary Vlachos",
        "Thomas Henry, son of James and Elizabeth Rowe",
        "Jennifer, daughter of Joseph and Ellen Curnow",
        "Ọládélé, son of a seaman of Lagos and Jane Harvey",
    ),
    details=(
        "Abode Porthleven; father’s trade fisherman.",
        "Abode Breage; father’s trade tin miner.",
        "Abode Sithney; father’s trade mason.",
        "Born 3 weeks before; baptised by the curate.",
        "Born 4 weeks before; baptised by the curate.",
        "Privately baptised at home, received 12 days later.",
        "Sponsors: Richard Pascoe and Mary Rowe ✝️.",
        "Father at sea on the schooner Brothers’ Pride.",
    ),
    closings=("Entered by the parish clerk.", "Checked and signed.", "Ends"),
    reference="no. {}",
    footer=(
        "The original register can’t be handled; ask the churchwardens for the microfilm. "
        "Corrections to this copy are welcome and are credited.",
        STOCK,
    ),
)


def cargo_manifest(rng: random.Random) -> str:
    """A container ship's manifest: bills of lading a number apart, containers one digit
    apart, "Shipper’s load and count." under most entries, Greek and Hebrew names."""
    return register(rng, MANIFEST)


def care_home_log(rng: random.Random) -> str:
    """A care home's daily log: residents with the same meals and fluids a figure apart,
    "No further action." under most entries, Greek, Yoruba, Vietnamese and Hebrew names."""
    return register(rng, CARE_LOG)


def lab_notebook(rng: random.Random) -> str:
    """A lab notebook: runs of constructs one mutation apart, yields a decimal apart,
    "Stored at −20 °C." and "Ends" under the runs."""
    return register(rng, LAB_NOTEBOOK)


def baptism_register(rng: random.Random) -> str:
    """A parish register of baptisms: children whose parents' names differ by one letter,
    births a week apart, "Entered by the parish clerk." under most entries."""
    return register(rng, BAPTISMS)


#: Every kind of text of the fifteenth round, in seed order.
KINDS = (
    cargo_manifest,
    care_home_log,
    lab_notebook,
    baptism_register,
    timetable_footnotes,
    greek_harbour_notice,
    vietnamese_market_notice,
    planning_list,
)
