"""Thirtieth-round fresh re-anchoring texts (no test here): a medicine's patient leaflet, a
surgery's opening hours and services, a childhood vaccination schedule and a hospital
discharge letter, each a full page as a patient portal exports it, with lines that recur word
for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh30_kit import (
    CLOSED,
    CONCERNS,
    NOT_SURE,
    PHONE_LINE,
    REVISED_LINE,
    STOCK,
    TAKE_TWICE,
    TALK,
)
from tests.benchmarks.reanchor_fresh30_more_texts import (
    care_home_menu,
    cherokee_notice,
    laboratory_report,
    mongolian_notice,
)

# -- a medicine's patient information leaflet -----------------------------------------------------

LEAFLET_SECTIONS = (
    "What Telvarin is and what it is used for",
    "What you need to know before you take Telvarin",
    "How to take Telvarin",
    "Possible side effects",
    "How to store Telvarin",
    "Contents of the pack and other information",
)
#: What each numbered section opens with, under its number and title.
OPENINGS = (
    ("Telvarin contains olmetrazine, a medicine that lowers blood pressure.",),
    (TALK, "Tell your doctor about any other illness you have."),
    ("Always take this medicine exactly as your doctor has told you.", NOT_SURE),
    ("Like all medicines, Telvarin can cause side effects.", "Not everybody gets them."),
    ("Keep this medicine out of the sight and reach of children.",),
    ("The active substance is olmetrazine.",),
)
#: Each numbered section's items: a head line and its lines.
LEAFLET_ITEMS: dict[int, tuple[tuple[str, ...], ...]] = {
    1: (
        ("What it is used for", "Telvarin is used to treat high blood pressure in adults."),
        ("How it works", "It relaxes the blood vessels, so blood flows more easily."),
        ("In children", "It is used in children aged 6 years and over.", TALK),
        ("What it does not do", "Telvarin does not cure high blood pressure.", NOT_SURE),
        ("How long to take it", "You may need to take it for the rest of your life.", TALK),
    ),
    2: (
        ("Do not take Telvarin", "if you are allergic to olmetrazine.", "if you are pregnant."),
        ("Warnings and precautions", TALK, "Tell your doctor if you have kidney problems."),
        ("Other medicines and Telvarin", "Tell your pharmacist about any water tablets.", TALK),
        ("Pregnancy and breast-feeding", "Do not take Telvarin while pregnant.", NOT_SURE),
        ("Driving and using machines", "Telvarin may make you feel dizzy.", NOT_SURE),
        ("Telvarin contains lactose", TALK),
    ),
    3: (
        (
            "Adults",
            "Starting dose: 5 mg once a day",
            "Usual dose: 10 mg once a day",
            "Highest dose: 20 mg once a day",
        ),
        ("Older people", "Starting dose: 2.5 mg once a day", "Usual dose: 5 mg once a day"),
        (
            "Children aged 12 to 17 years",
            "Weight 40 kg or more: 5 mg once a day",
            "Weight 30 to 39 kg: 4 mg once a day",
            NOT_SURE,
        ),
        (
            "Children aged 6 to 11 years",
            "Weight 30 to 39 kg: 3 mg once a day",
            "Weight 20 to 29 kg: 2 mg once a day",
            "Weight under 20 kg: not recommended",
        ),
        ("If your kidneys do not work well", "Take 2.5 mg twice a day.", NOT_SURE),
        ("If you take more Telvarin than you should", "Go to hospital straight away.", TALK),
        ("If you forget to take Telvarin", "Take the next dose at the usual time.", NOT_SURE),
    ),
    5: (
        ("Temperature", "Do not store above 25 °C.", "Store in the original package."),
        ("Expiry", "Do not use this medicine after the expiry date on the carton.", NOT_SURE),
        ("Disposal", "Do not throw away medicines via wastewater.", NOT_SURE),
        ("After opening", "Use the tablets within 6 months of opening the bottle.", NOT_SURE),
        ("Travelling", "Keep the tablets in your hand luggage.", TALK),
    ),
    6: (
        ("What Telvarin contains", "Each tablet contains 5 mg of olmetrazine.", "Lactose."),
        ("What Telvarin looks like", "White, round tablets marked T5.", "Packs of 28 tablets."),
        ("Marketing authorisation holder", "Riverside Pharma Ltd, Leeds LS1 4AP."),
        ("Manufacturer", "Riverside Pharma Manufacturing, Hull HU1 2AA."),
        ("Reporting side effects", TALK, "You can also report them on the Yellow Card site."),
        ("This leaflet", "Ask for it in large print by e-mail.", REVISED_LINE),
    ),
}
BANDS = (
    "Very common (may affect more than 1 in 10 people)",
    "Common (may affect up to 1 in 10 people)",
    "Uncommon (may affect up to 1 in 100 people)",
    "Rare (may affect up to 1 in 1,000 people)",
    "Not known (frequency cannot be estimated from the available data)",
)
SIDE_EFFECTS = (
    "Headache",
    "Dizziness",
    "Feeling sick (nausea)",
    "Swollen ankles (oedema)",
    "Dry cough",
    "Tiredness",
    "Skin rash",
    "Low blood pressure",
    "Muscle cramps",
    "Itching",
    "A fast heartbeat",
)


def _leaflet_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    number = LEAFLET_SECTIONS.index(section) + 1
    if index == 0:
        return [f"{number}. {section}", *OPENINGS[number - 1]]
    if number == 4:  # side effects by frequency band, bands again for children
        if index > 2 * len(BANDS):
            return []
        lines = [BANDS[(index - 1) % len(BANDS)]]
        lines += rng.sample(SIDE_EFFECTS, rng.randint(2, 4))
        return [*lines, TALK] if rng.random() < 0.2 else lines
    options = LEAFLET_ITEMS[number]
    if index > len(options):
        return []
    lines = list(options[index - 1])
    if rng.random() < 0.3 and lines[-1] not in (TALK, NOT_SURE):
        lines.append(rng.choice((TALK, NOT_SURE)))
    return lines


def patient_leaflet(rng: random.Random) -> str:
    """A medicine's patient information leaflet: numbered sections, dose tables by age and
    weight with figures one digit apart, side effects under frequency bands whose heading
    lines repeat, stock sentences in many sections, the date it was last revised."""
    platform = Platform(
        title="Package leaflet: Information for the patient",
        subtitle=f"Telvarin 5 mg tablets · olmetrazine{NBSP}💊",
        lead=wrap(
            rng,
            (
                "Read all of this leaflet carefully before you start taking this medicine. "
                f"Keep this leaflet; you may need to read it again. {NOT_SURE} This "
                "medicine has been prescribed for you only; do not pass it on to others."
            ),
            72,
        ),
        sections=LEAFLET_SECTIONS,
        notes=("This part of the leaflet applies to every patient.", "Read this with section 3."),
        item=_leaflet_item,
        footer=(REVISED_LINE, STOCK),
        least_sections=5,
        least_items=4,
    )
    return export(rng, platform)


# -- a surgery's opening hours and services -------------------------------------------------------

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
USUAL = "08:00–18:30"
#: Each site's hours on the days they differ from the usual ones.
SITES = (
    ("Riverside Surgery — main site", {"Saturday": CLOSED, "Sunday": CLOSED}),
    ("Riverside Surgery — reception desk", {"Wednesday": "08:00–13:00", "Sunday": CLOSED}),
    ("Millbrook branch surgery", {"Tuesday": "08:00–12:30", "Saturday": CLOSED, "Sunday": CLOSED}),
    ("Dispensary", {"Monday": "08:30–18:00", "Saturday": "09:00–12:00", "Sunday": CLOSED}),
    ("Millbrook dispensary", {"Monday": "08:30–18:00", "Saturday": CLOSED, "Sunday": CLOSED}),
    ("Phlebotomy room", {"Friday": "08:00–13:00", "Saturday": CLOSED, "Sunday": CLOSED}),
)
HOLIDAYS = (
    "New Year’s Day 1 January",
    "Good Friday 3 April",
    "Easter Monday 6 April",
    "Early May bank holiday 4 May",
    "Spring bank holiday 25 May",
    "Summer bank holiday 31 August",
    "Christmas Day 25 December",
    "Boxing Day 26 December",
)
OUT_OF_HOURS = "Call 111 when the surgery is closed."
#: Each service and its first hour; its hours run three hours from there.
SERVICES = (
    ("Blood tests", "Monday", 8),
    ("Baby clinic", "Tuesday", 13),
    ("Nurse appointments", "Wednesday", 9),
    ("Travel clinic", "Thursday", 14),
    ("Smear tests", "Friday", 10),
    ("Minor surgery", "Thursday", 13),
    ("Asthma clinic", "Monday", 14),
    ("Diabetes clinic", "Wednesday", 13),
    ("Physiotherapy", "Friday", 9),
)


def _hours_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section in ("Opening hours", "Extended hours"):
        if index >= len(SITES):
            return []
        site, different = SITES[index]
        lines = [site]
        for day in DAYS:
            hours = different.get(day, USUAL)
            if section == "Extended hours":
                hours = "18:30–20:00" if hours == USUAL else CLOSED
            lines.append(f"{day} {hours}")
        return [*lines, PHONE_LINE] if rng.random() < 0.4 else lines
    if section == "Bank holidays":
        if index >= len(HOLIDAYS):
            return []
        hours = CLOSED if rng.random() < 0.8 else "09:00–13:00 (urgent calls only)"
        return [HOLIDAYS[index], hours, *([OUT_OF_HOURS] if rng.random() < 0.5 else [])]
    if section == "Services and clinics":
        if index >= len(SERVICES):
            return []
        service, day, hour = SERVICES[index]
        start = hour + rng.randint(0, 1)
        lines = [service, f"{day} {start:02}:00–{start + 3:02}:00"]
        if rng.random() < 0.5:
            later = DAYS[(DAYS.index(day) + 2) % 5]
            lines.append(f"{later} {start + 1:02}:00–{start + 4:02}:00")
        lines.append("By appointment only.")
        return [*lines, PHONE_LINE] if rng.random() < 0.5 else lines
    options = (
        ("Appointments line", PHONE_LINE, "Call 0113 496 0123."),
        ("Prescriptions line", "Lines open 10:00–14:00.", "Allow 2 working days."),
        ("Online", "Book and cancel online at any time.", PHONE_LINE),
        ("Test results", "Call after 14:00.", PHONE_LINE),
        ("Home visits", "Call before 10:00 for a home visit.", PHONE_LINE),
    )
    return list(options[index]) if index < len(options) else []


def surgery_hours(rng: random.Random) -> str:
    """A GP practice's opening hours and services: days as lines "Monday 08:00–18:30" (the
    same hours on most days), "Closed" again and again, bank holidays, services with their
    own hours an hour apart, "Telephone lines open at 08:00." in several places."""
    platform = Platform(
        title="Riverside Surgery — opening hours and services",
        subtitle=f"Riverside Health · from 1 March 2026{NBSP}🏥",
        lead=wrap(
            rng,
            (
                f"The surgery is open {USUAL} on weekdays. {PHONE_LINE} {OUT_OF_HOURS} "
                "Some clinics run at other times; check each one before you come."
            ),
            72,
        ),
        sections=(
            "Opening hours",
            "Bank holidays",
            "Services and clinics",
            "Telephone and online",
            "Extended hours",
        ),
        notes=("Hours may change in school holidays.", "All times are local."),
        item=_hours_item,
        footer=("The practice manager updates this page each month.", STOCK),
        least_sections=5,
        least_items=4,
    )
    return export(rng, platform)


# -- a childhood vaccination schedule -------------------------------------------------------------

UNWELL = "* If your child is unwell on the day, ask the practice nurse."
BIRTHDAY = "* Doses due at 1 year are given on or after the first birthday."
THIGH = "Given as an injection in the thigh."
WHERE = (
    "Where: the baby clinic, Tuesday 13:00–16:00",
    "Where: the baby clinic, Tuesday 14:00–17:00",
    "Where: the nurse’s room, by appointment",
)
#: Each age group's blocks: an age and its vaccines with their doses.
SCHEDULE = {
    "Babies under 1 year old": (
        ("8 weeks", "6-in-1 vaccine (1st dose)", "Rotavirus vaccine (1st dose)"),
        ("12 weeks", "6-in-1 vaccine (2nd dose)", "Pneumococcal vaccine (1st dose)"),
        ("16 weeks", "6-in-1 vaccine (3rd dose)", "MenB vaccine (2nd dose)"),
        ("20 weeks", "Rotavirus vaccine (2nd dose)", "MenB vaccine (1st dose)"),
        ("6 months", "Children’s flu vaccine (1st dose)", "Only for babies at risk."),
    ),
    "Children aged 1 to 5": (
        ("1 year", "Hib/MenC vaccine (1st dose)", "MMR vaccine (1st dose)"),
        ("18 months", "MMR vaccine (2nd dose)", "Pneumococcal vaccine (2nd dose)"),
        ("2 years", "Children’s flu vaccine (1st dose)", "Given as a nasal spray."),
        ("3 years 4 months", "4-in-1 pre-school booster (1st dose)", "MMR vaccine (2nd dose)"),
    ),
    "Teenagers": (
        ("12 years", "HPV vaccine (1st dose)", "Given at school."),
        ("13 years", "HPV vaccine (2nd dose)", "Given at school."),
        ("14 years", "3-in-1 teenage booster (1st dose)", "MenACWY vaccine (1st dose)"),
        ("15 years", "MenACWY vaccine (2nd dose)", "Only if the first was missed."),
        ("16 years", "MMR vaccine (2nd dose)", "Check the red book first."),
    ),
    "Catch-up doses": (
        ("If a dose was missed", "Give it as soon as possible.", "MMR vaccine (2nd dose)"),
        ("If your child is over 1 year", "Hib/MenC vaccine (1st dose)", BIRTHDAY),
        ("Moving from abroad", "Bring your child’s record to the surgery.", UNWELL),
        ("If your baby was born early", "Give doses at the usual ages.", BIRTHDAY),
    ),
    "Travel vaccines": (
        ("Hepatitis A", "Hepatitis A vaccine (1st dose)", "At least 2 weeks before travel."),
        ("Typhoid", "Typhoid vaccine (1st dose)", "At least 2 weeks before travel."),
        ("Yellow fever", "Yellow fever vaccine (1st dose)", "At least 10 days before travel."),
        ("Rabies", "Rabies vaccine (1st dose)", "Rabies vaccine (2nd dose) 7 days later"),
    ),
}


def _schedule_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    blocks = SCHEDULE[section]
    if index >= len(blocks):
        return []
    lines = list(blocks[index])
    if rng.random() < 0.5:
        lines.append(THIGH)
    if rng.random() < 0.5:
        lines.append(rng.choice(WHERE))
    footnote = rng.choice((UNWELL, BIRTHDAY, UNWELL))
    if rng.random() < 0.6 and footnote not in lines:
        lines.append(footnote)
    return lines


def vaccination_schedule(rng: random.Random) -> str:
    """A childhood vaccination schedule: ages as headed blocks ("8 weeks", "1 year"), vaccine
    names repeated across ages with dose numbers one apart, the same footnote under several
    blocks, travel vaccines."""
    platform = Platform(
        title="Vaccinations for your child — Riverside Surgery",
        subtitle=f"The routine schedule · 2026{NBSP}💉",
        lead=wrap(
            rng,
            (
                "Vaccines are offered at set ages. Bring your child’s red book to every "
                f"appointment. {PHONE_LINE} Doses due at 1 year are given on or after the "
                "first birthday; ask if a dose was missed."
            ),
            72,
        ),
        sections=tuple(SCHEDULE),
        notes=("All vaccines are free on the NHS.", "Ask the practice nurse about side effects."),
        item=_schedule_item,
        footer=("Checked against the national schedule each year.", STOCK),
        least_sections=5,
        least_items=4,
    )
    return export(rng, platform)


# -- a hospital discharge letter ------------------------------------------------------------------

#: Medicines with strengths one figure apart and names one letter apart, and why they are given.
DRUGS = (
    ("Amlodipine 5 mg tablets", "Reason: blood pressure"),
    ("Amlodipine 10 mg tablets", "Reason: blood pressure"),
    ("Atenolol 5 mg tablets", "Reason: heart rate"),
    ("Atenolol 50 mg tablets", "Reason: heart rate"),
    ("Bisoprolol 2.5 mg tablets", "Reason: heart failure"),
    ("Pradolin 20 mg tablets", "Reason: cholesterol"),
    ("Pradolan 20 mg capsules", "Reason: stomach protection"),
    ("Ramipril 2.5 mg tablets", "Reason: heart failure"),
    ("Ramipril 5 mg tablets", "Reason: heart failure"),
)
HOW = (TAKE_TWICE, TAKE_TWICE, "Take ONE tablet ONCE a day.", "Take TWO tablets in the MORNING.")
SUPPLY = ("Supplied: 14 days. Your GP will prescribe more.", "Supplied: 28 days.")
STATUS = ("New — started on this ward.", "Dose changed on this ward.", "Unchanged.")
DISCHARGE_ITEMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "Patient details": (
        ("Name: Margaret Ellis", "Date of birth: 12/04/1948", "NHS number: 485 777 3456"),
        ("Admitted: 02/03/2026", "Discharged: 09/03/2026", "Ward 7 (Cardiology)"),
        ("Consultant: Dr A. Okafor", "GP: Dr J. Lind, Riverside Surgery"),
        ("Allergies", "Penicillin: rash.", "No other known allergies."),
        ("Next of kin", "David Ellis (son)", "Telephone: 07700 900123"),
    ),
    "Reason for admission": (
        ("Diagnosis", "Heart failure, made worse by a chest infection."),
        ("What we did", "We gave you water tablets through a drip.", CONCERNS),
        ("Tests", "Your kidney function was checked every day.", "It is now stable."),
        ("Your weight", "Admitted: 78.4 kg", "Discharged: 74.8 kg"),
        ("Chest infection", "Treated with antibiotics for 5 days.", CONCERNS),
    ),
    "Follow-up": (
        ("Heart failure clinic", "Appointment: 23/03/2026 at 10:30", "Bring this letter."),
        ("Blood test at your GP practice", "Within 1 week: 16/03/2026", CONCERNS),
        ("Heart failure nurse", "Will phone you on 12/03/2026.", CONCERNS),
        ("Chest X-ray", "Appointment: 30/03/2026 at 09:30", "Bring this letter."),
        ("Heart scan (echo)", "Appointment: 31/03/2026 at 09:30", "Bring this letter."),
        ("Pharmacy review", "Your community pharmacist will call within 2 weeks.", CONCERNS),
    ),
    "Advice for you and your carers": (
        ("Weigh yourself every morning", "Call us if you gain 2 kg in 3 days.", CONCERNS),
        ("Fluids", "Drink no more than 1.5 litres a day.", CONCERNS),
        ("Salt", "Do not add salt to your food.", CONCERNS),
        ("Driving", "Do not drive for 1 week.", CONCERNS),
        ("Exercise", "Walk a little further each day.", CONCERNS),
        ("When to call 999", "If you have chest pain or cannot breathe.", CONCERNS),
    ),
}


def _discharge_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section in DISCHARGE_ITEMS:
        options = DISCHARGE_ITEMS[section]
        return list(options[index]) if index < len(options) else []
    listed = {lines[0] for lines in earlier}
    left = [drug for drug in DRUGS if drug[0] not in listed]
    if index >= 7 or not left:
        return []
    name, reason = rng.choice(left)
    if section == "Medicines stopped":
        why = rng.choice(("your blood pressure was low.", "it upset your stomach."))
        return [name, f"Stopped: {why}", "Do not restart it yourself.", CONCERNS]
    lines = [name, rng.choice(HOW), reason, rng.choice(SUPPLY)]
    return [*lines, rng.choice(STATUS)] if rng.random() < 0.6 else lines


def discharge_letter(rng: random.Random) -> str:
    """A hospital discharge letter with its medication list: a patient details block, "Take
    ONE tablet TWICE a day." on several lines, drugs whose names differ by one letter or
    whose strengths differ by a figure ("5 mg", "50 mg"), follow-up dates, "Please contact
    the ward if you have any concerns." as a closing line."""
    platform = Platform(
        title="Discharge summary — Riverside General Hospital",
        subtitle=f"Ward 7 (Cardiology) · 09/03/2026{NBSP}🩺",
        lead=wrap(
            rng,
            (
                "This letter tells you and your GP what happened while you were in hospital "
                f"and which medicines to take at home. {TAKE_TWICE} means one in the morning "
                f"and one in the evening. {CONCERNS}"
            ),
            72,
        ),
        sections=(
            "Patient details",
            "Reason for admission",
            "Medicines on discharge",
            "Medicines stopped",
            "Follow-up",
            "Advice for you and your carers",
        ),
        notes=("Copy sent to your GP.", "Written by the ward pharmacist."),
        item=_discharge_item,
        footer=(CONCERNS, STOCK),
        least_sections=6,
        least_items=4,
    )
    return export(rng, platform)


KINDS = (
    patient_leaflet,
    surgery_hours,
    vaccination_schedule,
    discharge_letter,
    care_home_menu,
    laboratory_report,
    mongolian_notice,
    cherokee_notice,
)
