"""Thirty-third-round fresh re-anchoring texts (no test here): a library's new-accessions list,
an archive's finding aid, a museum's accession register and an exhibition's object labels, each
a full page as it is published, with lines that recur word for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh33_kit import (
    CONDITION_FAIR,
    LOCATION_UNKNOWN,
    MISSING,
    ON_ORDER,
    PHOTO_CREDIT,
    PLACES,
    PRIVATE_LOAN,
    RESTRICTED,
    SHELVED,
    STOCK,
)
from tests.benchmarks.reanchor_fresh33_more_texts import (
    hours_notice,
    lao_notice,
    telugu_notice,
    treatment_log,
)

# -- a library's new-accessions list --------------------------------------------------------------

#: Titles by subject: call number, author, title; authors and call numbers one character apart.
TITLES = {
    "Computing — QA75 to QA76": (
        ("QA76.73 .P98 R36 2024", "Ramalho, L.", "Fluent Python. 2nd ed."),
        ("QA76.73 .P98 R63 2023", "Ramalho, L.", "Fluent Python workbook"),
        ("QA76.9 .D3 H35 2022", "Hallam, J.", "Data and its discontents"),
        ("QA76.9 .D3 H36 2022", "Hallan, J.", "Data and discontent"),
        ("QA76.76 .C65 K47 2021", "Kernighan, B.", "Understanding the digital world"),
    ),
    "History of Europe — D": (
        ("DA670 .B8 H35 2023", "Hallam, J.", "Bristol and the sea, 1700–1800"),
        ("DA670 .B8 H53 2023", "Hallan, J.", "Bristol and its port"),
        ("DC135 .M3 T56 2020", "Tombs, R.", "The English and their history"),
        ("DD89 .W5 E82 2019", "Evans, R.", "The pursuit of power"),
    ),
    "Library science — Z": (
        ("Z665 .C3 B47 2022", "Bernstein, A.", "Cataloguing for beginners"),
        ("Z665 .C3 B74 2022", "Bernstein, A.", "Cataloguing for everyone"),
        ("Z701 .P7 O83 2021", "Osei, M.", "Preserving paper collections"),
        ("Z701 .P7 O38 2021", "Osei, N.", "Preserving paper"),
    ),
    "Fine arts — N": (
        ("NK4085 .P3 L68 2018", "Lowe, A.", "English earthenware, 1650–1800"),
        ("NK4085 .P3 L86 2018", "Lowes, A.", "English earthenware jugs"),
        ("N8560 .C6 W35 2024", "Walker, S.", "Caring for collections"),
    ),
    "English literature — PR": (
        ("PR4034 .P7 A25 2021", "Austen, J.", "Pride and prejudice. Annotated ed."),
        ("PR4034 .P7 A52 2021", "Austen, J.", "Persuasion. Annotated ed."),
        ("PR5397 .F7 S53 2019", "Shelley, M.", "Frankenstein. 1818 text"),
    ),
    "Mathematics — QA1 to QA74": (
        ("QA39.3 .S75 S76 2022", "Stewart, I.", "Concepts of modern mathematics"),
        ("QA39.3 .S75 S67 2022", "Stewart, J.", "Concepts of mathematics"),
        ("QA76.9 .M3 G73 2020", "Graham, R.", "Concrete mathematics"),
    ),
}
LOCATIONS = (
    "Main Library, Level 2",
    "Main Library, Level 2",
    "Main Library, Level 3",
    "Science Library",
    "Store — ask at the desk",
)


def _accession_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 5:
        return []
    lines = [f"Received week {6 + len(earlier)} · {section.split(' — ')[0]} · checked by M. Osei"]
    for call, author, title in rng.sample(TITLES[section], rng.randint(2, 3)):
        lines.append(f"{call}  {author}  {title}  {rng.choice(LOCATIONS)}")
        if rng.random() < 0.35:
            lines.append(rng.choice((ON_ORDER, ON_ORDER, MISSING)))
    return [*lines, SHELVED] if rng.random() < 0.5 else lines


def accessions_list(rng: random.Random) -> str:
    """A library's new-accessions list: lines "QA76.73 .P98 R36 2024  Ramalho, L.  Fluent
    Python. 2nd ed.  Main Library, Level 2", "On order" and "Missing — replacement requested"
    under many lines, authors and call numbers one character apart, the same location line
    under items of every subject."""
    platform = Platform(
        title="Harbourside University Library — new accessions, spring term",
        subtitle=f"Collections team · list 4 of 2024{NBSP}📚",
        lead=wrap(
            rng,
            (
                "Titles received and catalogued since the last list, by subject. Items on "
                "order can be reserved; items missing are being replaced. "
                f"{SHELVED}"
            ),
            72,
        ),
        sections=tuple(TITLES),
        notes=("Reserve through the catalogue.", "Ask at the help desk for the store."),
        item=_accession_item,
        footer=("Lists are issued every fortnight in term.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- an archive's finding aid ---------------------------------------------------------------------

#: Folder titles by series: "Correspondence" again and again, dates one year apart.
FOLDERS = {
    "Series 1: Correspondence": (
        "Correspondence, 1921–1923",
        "Correspondence, 1922–1924",
        "Correspondence with the vicar, 1921–1923",
        "Correspondence with the bank, 1924–1926",
    ),
    "Series 2: Minute books": (
        "Minutes of the parish council, 1921–1923",
        "Minutes of the parish council, 1923–1925",
        "Correspondence, 1921–1923",
    ),
    "Series 3: Estate papers": (
        "Leases and counterparts, 1890–1899",
        "Leases and counterparts, 1891–1899",
        "Correspondence with the agent, 1921–1923",
        "Rentals, 1920–1921",
    ),
    "Series 4: Photographs": (
        "Glass negatives, village views, c. 1910",
        "Glass negatives, village views, c. 1911",
        "Prints, the school, 1921–1923",
    ),
    "Series 5: Printed ephemera": (
        "Sale particulars, 1919–1921",
        "Sale particulars, 1920–1921",
        "Correspondence, 1922–1924",
    ),
}
ACCESS_NOTE = "Open to readers by appointment; fragile items are seen as copies."


def _box_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 5:
        return []
    box = 11 + len(earlier)
    lines = [f"Box {box} · {section.split(': ')[1]} · 0.{rng.randint(10, 19)} linear m"]
    for folder in range(1, rng.randint(3, 5)):
        title = rng.choice(FOLDERS[section])
        count = rng.choice((1, 2, 2, 3, 12))
        lines.append(f"Box {box}  Folder {folder}  {title}  {count} item{'s' * (count > 1)}")
        if rng.random() < 0.35:
            lines.append(RESTRICTED)
    return lines


def finding_aid(rng: random.Random) -> str:
    """An archive's finding aid: series headings, then "Box 14  Folder 3  Correspondence,
    1921–1923  2 items", "Correspondence" and "Restricted until 2030" again and again, folder
    dates one year apart, the same access note under each series."""
    platform = Platform(
        title="Papers of the Pardoe family of Clifton — finding aid",
        subtitle=f"County Record Office · ref. D/PAR{NBSP}🗂",
        lead=wrap(
            rng,
            (
                "The papers came to the office in 1987 and were listed in 2024. Folders "
                "marked as restricted hold personal data and are closed until the year shown. "
                f"{ACCESS_NOTE}"
            ),
            72,
        ),
        sections=tuple(FOLDERS),
        notes=(ACCESS_NOTE,),
        item=_box_item,
        footer=("Listed by the archivist’s team.", STOCK),
        least_sections=4,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- a museum's accession register ----------------------------------------------------------------

OBJECTS = (
    ("Earthenware jug, lead-glazed", "H. 21.5 cm"),
    ("Earthenware jug, lead-glazed", "H. 21.8 cm"),
    ("Tin-glazed plate, Bristol", "D. 22.5 cm"),
    ("Tin-glazed plate, Lambeth", "D. 22.8 cm"),
    ("Salt-glazed mug, Staffordshire", "H. 12.4 cm"),
    ("Brass candlestick", "H. 18.2 cm"),
    ("Pewter porringer", "W. 14.6 cm"),
    ("Sampler, wool on linen", "L. 41.5 cm"),
)
DONORS = (
    "Gift of Mrs E. Pardoe",
    "Gift of Mrs E. Pardoe",
    "Gift of Mrs E. Pardee",
    "Bequest of Miss A. Lowe",
    "Purchased from W. Hart & Son",
)


def _register_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 5:
        return []
    year = section.split()[1]
    lot = 100 + 7 * len(earlier) + rng.randint(0, 6)
    donor = rng.choice(DONORS)
    lines = [f"Lot {year}.{lot} · {donor} · entered by the Registrar"]
    numbers = rng.sample(range(1, 10), rng.randint(2, 4))
    for number in numbers:  # as entered, not always in order
        thing, size = rng.choice(OBJECTS)
        line_donor = donor if rng.random() < 0.8 else rng.choice(DONORS)
        lines.append(f"{year}.{lot}.{number}  {thing}  {size}  {line_donor}")
        if rng.random() < 0.3:
            lines.append(rng.choice((CONDITION_FAIR, CONDITION_FAIR, LOCATION_UNKNOWN)))
    return lines


def accession_register(rng: random.Random) -> str:
    """A museum's accession register: lines "1987.114.3  Earthenware jug, lead-glazed  H. 21.5
    cm  Gift of Mrs E. Pardoe", "Condition: fair" and "Location unknown" repeating,
    accession numbers one digit apart, the same donor on many lines."""
    platform = Platform(
        title="Clifton Museum — accession register, decorative arts",
        subtitle=f"Transcribed from the Registrar’s ledgers{NBSP}🏺",
        lead=wrap(
            rng,
            (
                "Each object is entered with its number, a short description, its largest "
                "measurement and how it came to the museum. Condition is noted where it was "
                "poor or fair at the last audit."
            ),
            72,
        ),
        sections=tuple(f"Accessions {year}" for year in range(1984, 1990)),
        notes=("Numbers follow the year, the lot and the object.", "Audited in 2019."),
        item=_register_item,
        footer=("Corrections go to the Registrar.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- an exhibition's object labels ----------------------------------------------------------------

#: Labels: title, maker, date, medium, a caption's two lines; two nearly identical pairs.
LABELS = (
    (
        "Candlestick, one of a pair",
        "Made in Birmingham",
        "c. 1770",
        "Brass · H. 18.2 cm",
        "Candles were costly, and a pair like this was kept",
        "for the parlour and cleaned every week.",
    ),
    (
        "Candlestick, one of a pair",
        "Made in Birmingham",
        "c. 1770",
        "Brass · H. 18.5 cm",
        "Candles were costly, and a pair like this was kept",
        "for the parlour and cleaned every week.",
    ),
    (
        "Jug with a hunting scene",
        "Made at the Temple Back pottery, Bristol",
        "c. 1760",
        "Earthenware, lead-glazed · H. 21.5 cm",
        "Jugs like this held cider at harvest; the scene",
        "was painted by hand before the glaze was fired.",
    ),
    (
        "Plate with a Chinese garden",
        "Made in Lambeth",
        "c. 1750",
        "Tin-glazed earthenware · D. 22.8 cm",
        "Potters copied Chinese porcelain in a cheaper ware",
        "that chipped at the rim, as this plate has.",
    ),
    (
        "Sampler by Mary Pardoe, aged 11",
        "Worked at the village school",
        "1821",
        "Wool on linen · L. 41.5 cm",
        "Girls learnt their letters and stitches together;",
        "Mary finished this one in the summer of 1821.",
    ),
    (
        "Porringer",
        "Made in London",
        "c. 1700",
        "Pewter · W. 14.6 cm",
        "A porringer held broth or porridge and was often",
        "given at a christening, engraved with initials.",
    ),
    (
        "Mug for a christening",
        "Made in Staffordshire",
        "c. 1790",
        "Salt-glazed stoneware · H. 12.4 cm",
        "A porringer or a mug was often given at a christening,",
        "engraved with the child’s initials and the date.",
    ),
)
CREDITS = (
    PRIVATE_LOAN,
    PRIVATE_LOAN,
    PHOTO_CREDIT,
    "Given by Mrs E. Pardoe, 1987",
    "Bequeathed by Miss A. Lowe, 1988",
)
CASES = (
    "Case 1 — The kitchen",
    "Case 2 — The table",
    "Case 3 — Light and fire",
    "Case 4 — The parlour",
    "Case 5 — Childhood",
)


def _label_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 5:
        return []
    title, maker, date, medium, first, second = rng.choice(LABELS)
    maker = maker if rng.random() < 0.8 else f"Made in {rng.choice(PLACES)}"
    return [title, maker, date, medium, first, second, rng.choice(CREDITS)]


def object_labels(rng: random.Random) -> str:
    """An exhibition's object labels: a block a label (title, maker, date, medium, a
    two-line caption, a credit line), "On loan from a private collection" and "Photo © the
    Trustees" word for word under many labels, pairs of labels nearly identical."""
    platform = Platform(
        title="Everyday things, 1700–1830 — object labels",
        subtitle=f"Clifton Museum · Gallery 4{NBSP}🕯",
        lead=wrap(
            rng,
            (
                "Label copy for the new display, case by case, as approved by the curator. "
                "Measurements are the largest dimension. Credit lines are as the lenders "
                "asked for them."
            ),
            72,
        ),
        sections=CASES,
        notes=("Labels are printed at 18 point.", "Lenders have approved their credits."),
        item=_label_item,
        footer=("Large-print copies are at the gallery door.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


KINDS = (
    accessions_list,
    finding_aid,
    accession_register,
    object_labels,
    hours_notice,
    treatment_log,
    telugu_notice,
    lao_notice,
)
