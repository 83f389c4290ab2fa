"""Seventeenth-round fresh re-anchoring texts (no test here): a tenancy agreement, a recipe
collection, a software changelog and a school newsletter, each a numbered document whose
sections share bullets and cross-refer, with mixed scripts, emoji and combining marks.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh17_kit import Kind, document
from tests.benchmarks.reanchor_fresh17_more_texts import (
    museum_catalogue,
    railway_circular,
    safety_leaflet,
    sports_roundup,
)

TENANCY = Kind(
    title="Assured shorthold tenancy agreement — Flat 3, 27 Kingsdown Parade",
    subtitle="Between Mrs Aoife Ní Bhriain (landlord) and Mr Tomás Lê (tenant) 🏠",
    opening=(
        "This agreement is made on the date written below. The landlord lets and the tenant "
        "takes the flat on the terms that follow. Words in quotation marks have the meanings "
        "given under Definitions."
    ),
    definitions_heading="Definitions",
    definitions=(
        "“Deposit” — the sum of £1,150 paid by the tenant at the start of the term",
        "“Term” — twelve months from the start date, then month to month",
        "“Rent” — £975 a month, paid on the 1st of each month",
        "“Common parts” — the hall, the stairs and the bin store shared with other flats",
        "“Inventory” — the signed list of the landlord’s furniture and its condition",
        "“Agent” — Kingsdown Lettings Ltd, who manage the flat for the landlord",
    ),
    label="clause",
    sections=(
        "Rent and deposit",
        "Repairs and upkeep",
        "Use of the flat",
        "Access by the landlord",
        "Utilities and council tax",
        "Ending the tenancy",
        "Pets and smoking",
        "Keys and security",
    ),
    notes=(
        "The tenant must keep to this clause for the whole of the term.",
        "The landlord must give at least 24 hours’ notice in writing.",
        "Any change to this clause must be agreed by both parties in writing.",
        "The agent will answer reports within 3 working days.",
        "A breach of this clause may be deducted from the deposit.",
        "Nothing in this clause limits the tenant’s statutory rights.",
        "Costs under this clause are shared equally unless the damage was deliberate.",
    ),
    bullets=(
        "The tenant must not sublet the flat or any part of it",
        "The tenant must report any repair needed within 7 days",
        "The tenant must not change the locks without consent",
        "The tenant must keep the flat clean and free of pests",
        "The landlord must keep the boiler and the wiring in good repair",
        "The landlord must keep the roof, walls and windows in good repair",
        "No bins may stand in the common parts for more than 24 hours",
        "Parcels up to 5 kg may be left with the caretaker",
        "Curtain rails may be fixed with screws no longer than 4 cm",
        "Bikes are kept in the store, not in the hall",
    ),
    table_head="Item | Amount | Due",
    rows=(
        "Rent | £975 | 1st of each month",
        "Deposit | £1,150 | before the keys are given",
        "Late rent charge | 3% a year over base | after 14 days",
        "Replacement key | £25 | on request",
        "Professional clean | £180 | at the end of the term",
        "Garden upkeep | £30 | each quarter",
    ),
    footnotes_heading="Notes to the agreement",
    footnotes=(
        "The deposit is protected with the Deposit Protection Service within 30 days.",
        "“Working days” do not include bank holidays or the days between Christmas and New Year.",
        "Smoke alarms are tested by the landlord on the first day of the term.",
        "The flat’s energy rating is C (71); the certificate is attached.",
        "The tenant’s guarantor is Ms Nguyễn Thị Hằng, who signs separately.",
    ),
    footer_heading="Signatures",
    footer=(
        "Signed by the landlord and the tenant on 14 March 2026. Each has a copy of this "
        "agreement and of the inventory, and has read both before signing."
    ),
)

RECIPES = Kind(
    title="Nana Adébáyọ̀’s kitchen — twelve family recipes",
    subtitle="Written out for the grandchildren; every oven is a fan oven 🍲",
    opening=(
        "These are the recipes we cook most often. Quantities feed four unless a recipe "
        "says otherwise. Where a step repeats, it really is the same step, so do it the "
        "same way each time."
    ),
    definitions_heading="Kitchen words",
    definitions=(
        "“Fold” — stir gently with a metal spoon so the air stays in",
        "“Simmer” — bubbles just breaking the surface, never a rolling boil",
        "“Rest” — leave covered on the side, away from the heat",
        "“Pinch” — what you can hold between finger and thumb",
        "“Zest” — the coloured skin of the fruit, grated, without the pith",
        "“Crème fraîche” — soured cream; Greek yoghurt will do",
    ),
    label="recipe",
    sections=(
        "Jollof rice",
        "Lemon drizzle cake",
        "Chicken and leek pie",
        "Plantain fritters",
        "Tomato and lentil soup",
        "Sunday roast potatoes",
        "Shortbread",
        "Crème brûlée",
        "Pepper soup",
    ),
    notes=(
        "Make the base the day before if you can, the flavour is better for it.",
        "This keeps in the fridge for three days in a covered dish.",
        "The children like it with extra pepper on the side, so serve a bowl of it.",
        "Use the same tomato base as in the soup, it freezes well in small tubs.",
        "Weigh everything before you start, it saves time and saves mistakes.",
        "Grandad always asked for seconds of this one, so make more than you think.",
        "Halve the chilli if small children are eating, and taste before serving.",
    ),
    bullets=(
        "Preheat the oven to 180 °C",
        "Preheat the oven to 200 °C",
        "200 g plain flour",
        "250 g plain flour",
        "100 g butter, softened",
        "2 onions, finely chopped",
        "400 g chopped tomatoes",
        "500 ml chicken stock",
        "Season with salt and pepper to taste",
        "Leave to rest for 10 minutes before serving",
        "Bake for 25 minutes until golden",
    ),
    table_head="Per portion | Energy | Salt",
    rows=(
        "Jollof rice | 520 kcal | 1.2 g",
        "Soup | 310 kcal | 1.5 g",
        "Pie | 640 kcal | 1.9 g",
        "Cake | 410 kcal | 0.3 g",
        "Fritters | 280 kcal | 0.4 g",
        "Shortbread | 190 kcal | 0.1 g",
    ),
    footnotes_heading="Notes",
    footnotes=(
        "Scotch bonnets are hotter than they look; wear gloves.",
        "Gas mark 4 is about 180 °C.",
        "Use unsalted butter for the cakes and salted for the pastry.",
        "Plantain should be nearly black for fritters.",
        "Nana’s scales were in ounces; these are converted.",
    ),
    footer_heading="With love",
    footer=(
        "Cook these for people you love. Write in the margins, spill on the pages, and pass "
        "the book on when you are done with it. If a recipe goes wrong, it was probably the "
        "oven; if it goes right, it was Nana. Ẹ ṣé o, and enjoy every plate."
    ),
    note_length=3,
)

CHANGELOG = Kind(
    title="Tessellate — changelog",
    subtitle="All notable changes to the desktop app; newest first ⚙️",
    opening=(
        "Every release is listed with its fixes and changes. Versions follow semantic "
        "versioning. The label printer driver takes rolls 6 cm and 10 cm wide since 4.0. "
        "Security fixes are also announced on the mailing list."
    ),
    definitions_heading="Terms used here",
    definitions=(
        "“Crash” — the app closed without saving or asking",
        "“Regression” — something that worked in the release before",
        "“Importer” — the code that reads files from other apps",
        "“Sync” — copying your library to and from the server",
        "“Beta” — a release for testers, not for everyone",
        "“Hotfix” — a release with a single urgent fix",
    ),
    label="release",
    sections=(
        "Version 4.2.0",
        "Version 4.1.3",
        "Version 4.1.2",
        "Version 4.1.1",
        "Version 4.1.0",
        "Version 4.0.2",
        "Version 4.0.1",
        "Version 4.0.0",
        "Version 3.9.9",
    ),
    notes=(
        "This release is a free update for every licence.",
        "Thanks to everyone who sent crash reports.",
        "Upgrading keeps your settings and your library.",
        "The Windows build is signed with the new certificate.",
        "This release drops support for macOS 11.",
        "The minimum memory is now 512 MB.",
        "Translations were updated by the community, merci à tous.",
    ),
    bullets=(
        "Fixed a crash when opening a file with an empty title",
        "Fixed a crash when opening a file from a network drive",
        "Fixed a crash when closing the last window",
        "Fixed a crash when syncing a library of more than 10000 items",
        "Fixed a regression in the PDF importer",
        "Fixed thumbnails larger than 30 cm printing blank",
        "Improved start-up time by about 40%",
        "Updated the Japanese (日本語) translation",
        "Removed the old sync server",
        "Exports now keep accents such as é and ñ",
    ),
    table_head="Platform | Minimum | Download",
    rows=(
        "Windows | 10 (64-bit) | 92 MB",
        "macOS | 12 Monterey | 88 MB",
        "Ubuntu | 22.04 | 85 MB",
        "Fedora | 39 | 85 MB",
        "ChromeOS | 120 | 90 MB",
    ),
    footnotes_heading="Footnotes",
    footnotes=(
        "Reported by Zoë on the forum, with a file that showed the bug.",
        "This fix was back-ported from the beta.",
        "Start-up time measured on a 2019 laptop with 8 GB of memory.",
        "The old sync server was switched off on 1 May 2026.",
        "Security advisory TSL-2026-04 has the details.",
    ),
    footer_heading="Older releases",
    footer=(
        "Releases before 3.9 are listed on the website. We no longer answer bug reports "
        "for them, but the downloads stay up."
    ),
    note_length=3,
)

NEWSLETTER = Kind(
    title="Harbourside Primary — spring newsletter",
    subtitle="Week 9 · news from every class 🌱",
    opening=(
        "Welcome back after half term. Each class has written its own news below, in the "
        "same shape so you can find your child’s class quickly. Dates are in the table in "
        "each section."
    ),
    definitions_heading="Who is who",
    definitions=(
        "“SENCo” — Mrs Okonkwo, who leads support for special needs",
        "“PTA” — the parents and teachers’ association",
        "“Forest school” — Thursday afternoons in the woods behind the field",
        "“Reading record” — the green book that goes home every night",
        "“INSET” — a training day, when the school is closed to children",
        "“Wrap-around care” — breakfast club and after-school club",
    ),
    label="class",
    sections=(
        "Reception — Puffins",
        "Year 1 — Seals",
        "Year 2 — Otters",
        "Year 3 — Herons",
        "Year 4 — Kestrels",
        "Year 5 — Ospreys",
        "Year 6 — Orcas",
        "Nursery — Minnows",
    ),
    notes=(
        "We have had a busy and happy start to the term.",
        "Thank you to the families who came to our class assembly.",
        "Please label every item of clothing with your child’s name.",
        "Our topic this half term is ‘Journeys’.",
        "Homework goes out on Fridays and comes back on Wednesdays.",
        "We are very proud of how hard everyone is working.",
        "Please bring in empty yoghurt pots for an art project 🎨.",
    ),
    bullets=(
        "PE is on Tuesday, please send a kit in a named bag",
        "PE is on Thursday, please send a kit in a named bag",
        "Library books are changed on Monday",
        "Reading records are checked every Friday",
        "Spellings are tested every Friday",
        "Forest school is on Thursday, please send wellies",
        "The sponsored walk is 5 km around the harbour",
        "Bring a water bottle every day",
        "The trip costs £8 and the coach leaves at 9:00",
    ),
    table_head="Date | Event | Time",
    rows=(
        "Mon 9 March | Parents’ evening | 15:30 to 18:30",
        "Fri 13 March | Comic Relief, non-uniform | all day",
        "Thu 19 March | Class photos | morning",
        "Wed 25 March | Easter bonnet parade | 14:30",
        "Fri 27 March | Last day of term | 13:15 finish",
        "Mon 13 April | INSET day, school closed | —",
    ),
    footnotes_heading="Small print",
    footnotes=(
        "Parents’ evening bookings open on the app on Monday at 18:00.",
        "Photos can be ordered online until 3 April.",
        "Children may wear their own clothes for a £1 donation.",
        "The coach firm needs the consent form back by Wednesday.",
        "Sunscreen must be applied at home before school.",
    ),
    footer_heading="From the head",
    footer=(
        "Thank you for your support this term. My door is always open; if it isn’t, the "
        "office will find me. Mr Ó Súilleabháin, headteacher."
    ),
    note_length=3,
)


def tenancy_agreement(rng: random.Random) -> str:
    """A tenancy agreement: numbered clauses that cross-refer, shared obligations."""
    return document(rng, TENANCY)


def recipe_collection(rng: random.Random) -> str:
    """A family recipe collection: ingredient lines and steps shared across recipes."""
    return document(rng, RECIPES)


def software_changelog(rng: random.Random) -> str:
    """A changelog: versions with near-identical "Fixed a crash when …" bullets."""
    return document(rng, CHANGELOG)


def school_newsletter(rng: random.Random) -> str:
    """A school newsletter: one section per class, all in the same shape."""
    return document(rng, NEWSLETTER)


#: Every kind of text, by seed.
KINDS = (
    tenancy_agreement,
    recipe_collection,
    software_changelog,
    school_newsletter,
    safety_leaflet,
    railway_circular,
    sports_roundup,
    museum_catalogue,
)
