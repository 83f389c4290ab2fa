"""More seventeenth-round fresh texts (no test here): a product safety leaflet in German,
French and Italian, a Hindi and English railway circular with Devanagari digits, a sports
league round-up and a museum catalogue, each a numbered document like the others.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh17_kit import Kind, document

LEAFLET = Kind(
    title="Wasserkocher WK-17 — Sicherheitshinweise · Consignes de sécurité · Avvertenze",
    subtitle="Bitte aufbewahren · À conserver · Da conservare ⚠️",
    opening=(
        "Lesen Sie diese Hinweise vor dem ersten Gebrauch. Lisez ces consignes avant la "
        "première utilisation. Leggere queste avvertenze prima del primo utilizzo."
    ),
    definitions_heading="Begriffe · Termes · Termini",
    definitions=(
        "“Sockel” — die Basisstation mit dem Netzkabel (le socle, la base)",
        "“MAX” — die höchste Füllmarke (le repère maximal, il livello massimo)",
        "“Entkalken” — Kalk mit Essig lösen (détartrer, decalcificare)",
        "“Trockengehschutz” — schaltet ohne Wasser ab (sécurité anti-surchauffe)",
        "“Kundendienst” — service après-vente, assistenza clienti",
    ),
    label="Abschnitt",
    sections=(
        "Deutsch — Vor dem Gebrauch",
        "Deutsch — Reinigung",
        "Français — Avant utilisation",
        "Français — Nettoyage",
        "Italiano — Prima dell’uso",
        "Italiano — Pulizia",
        "Deutsch — Entsorgung",
        "Français — Mise au rebut",
        "Italiano — Smaltimento",
    ),
    notes=(
        "Nur für den Hausgebrauch.",
        "Réservé à un usage domestique.",
        "Solo per uso domestico.",
        "Kinder unter 8 Jahren fernhalten.",
        "Tenir hors de portée des enfants de moins de 8 ans.",
        "Tenere lontano dai bambini sotto gli 8 anni.",
        "Garantie: 2 Jahre ab Kaufdatum.",
    ),
    bullets=(
        "Nicht in Wasser tauchen",
        "Ne pas plonger dans l’eau",
        "Non immergere in acqua",
        "Nur mit dem mitgelieferten Sockel verwenden",
        "N’utiliser qu’avec le socle fourni",
        "Usare solo con la base in dotazione",
        "Höchstens 1.7 kg Wasser einfüllen",
        "Ne pas dépasser 1.7 kg d’eau",
        "Non superare 1.7 kg d’acqua",
        "Mindestens 10 cm Abstand zur Wand halten",
    ),
    table_head="Daten · Données · Dati | Wert · Valeur · Valore",
    rows=(
        "Leistung · Puissance · Potenza | 2200 W",
        "Spannung · Tension · Tensione | 230 V ~ 50 Hz",
        "Kabellänge · Longueur du câble · Lunghezza del cavo | 75 cm",
        "Gewicht · Poids · Peso | 950 g",
        "Inhalt · Contenance · Capacità | 1.7 l",
    ),
    footnotes_heading="Anmerkungen · Remarques · Note",
    footnotes=(
        "Das Gerät entspricht der Norm EN 60335-2-15.",
        "Le symbole de la poubelle barrée signifie : collecte séparée.",
        "Il simbolo del cestino barrato indica la raccolta differenziata.",
        "Ersatzteile beim Kundendienst, Tel. 0800 123 4567.",
        "Pièces détachées : service après-vente, tél. 0 800 12 34 56.",
    ),
    footer_heading="Hersteller · Fabricant · Produttore",
    footer=(
        "Küchenwerk GmbH, Lindenstraße 4, 70173 Stuttgart. Made in the EU. "
        "Änderungen vorbehalten · Sous réserve de modifications · Salvo modifiche."
    ),
    note_length=3,
)

RAILWAY = Kind(
    title="उत्तर रेलवे — परिपत्र सं. २०२६/१४ · Northern Railway circular no. 2026/14",
    subtitle="मंडल कार्यालय, लखनऊ · Divisional office, Lucknow 🚆",
    opening=(
        "यह परिपत्र सभी स्टेशन मास्टरों के लिए है। This circular is for every station "
        "master on the division. Changes take effect from १ अप्रैल २०२६ (1 April 2026)."
    ),
    definitions_heading="परिभाषाएँ · Definitions",
    definitions=(
        "“SM” — स्टेशन मास्टर, the station master on duty",
        "“ब्लॉक” — block, the line between two stations held for one train",
        "“कॉशन” — caution order, a speed limit on a stretch of line",
        "“रेक” — rake, the set of coaches of one train",
        "“PNR” — यात्री नाम अभिलेख, passenger name record",
    ),
    label="item",
    sections=(
        "समय-सारणी में बदलाव · Timetable changes",
        "कॉशन आदेश · Caution orders",
        "टिकट जाँच · Ticket checking",
        "प्लेटफ़ॉर्म कार्य · Platform works",
        "विशेष गाड़ियाँ · Special trains",
        "कर्मचारी · Staff",
        "सुरक्षा · Safety",
        "स्वच्छता · Cleanliness",
    ),
    notes=(
        "सभी कर्मचारी इसका पालन करें। All staff are to follow this.",
        "यह आदेश अगली सूचना तक लागू है। This order stands until further notice.",
        "Copies are to be shown on the notice board.",
        "पिछला आदेश रद्द किया जाता है। The earlier order is withdrawn.",
        "Station masters will sign for receipt.",
        "प्रश्न मंडल कार्यालय को भेजें। Questions go to the divisional office.",
    ),
    bullets=(
        "गाड़ी सं. १४२०५ अब ०६:१५ बजे चलेगी (train 14205 now leaves at 06:15)",
        "गाड़ी सं. १४२०६ अब २२:४० बजे पहुँचेगी (train 14206 now arrives at 22:40)",
        "कि.मी. १२४ से १२८ तक गति ३० कि.मी./घंटा (speed 30 km/h from km 124 to 128)",
        "कि.मी. २०१ पर पुल का काम (bridge works at 201 km)",
        "Platform 3 is closed from 10 to 24 March",
        "Platform 4 is closed from 10 to 24 March",
        "सामान ४० kg तक मुफ़्त (luggage free up to 40 kg)",
        "सभी कोच में अग्निशामक जाँचें (check the extinguishers in every coach)",
        "Station masters must record every caution in the register",
    ),
    table_head="गाड़ी · Train | से · From | तक · To | समय · Time",
    rows=(
        "१४२०५ | अयोध्या | लखनऊ | ०६:१५",
        "१४२०६ | लखनऊ | अयोध्या | २२:४०",
        "१५०७३ | वाराणसी | लखनऊ | ११:०५",
        "04231 | Lucknow | Kanpur | 14:50",
        "04232 | Kanpur | Lucknow | 19:20",
    ),
    footnotes_heading="टिप्पणी · Notes",
    footnotes=(
        "समय भारतीय मानक समय में हैं। Times are Indian Standard Time.",
        "Special trains run on Saturdays only.",
        "कॉशन की सूची हर सोमवार को बदलेगी। The caution list changes every Monday.",
        "Platform works are by the contractor, M/s Śrī Gaṇeś Constructions.",
        "Earlier circular no. २०२६/०९ is cancelled.",
    ),
    footer_heading="हस्ताक्षर · Signed",
    footer=(
        "मंडल रेल प्रबंधक, लखनऊ। Divisional Railway Manager, Lucknow, on 20 March 2026. "
        "Copy to all station masters, the control office and the RPF post."
    ),
)

SPORTS = Kind(
    title="Severn Valley Sunday League — round-up, matchday 14",
    subtitle="Results, reports and the table ⚽",
    opening=(
        "A wet weekend and six games played. Reports come from the home clubs and are "
        "printed as sent, give or take a comma. The table is at the end of each division."
    ),
    definitions_heading="Key",
    definitions=(
        "“P” — games played",
        "“GD” — goal difference",
        "“Pts” — points, three for a win and one for a draw",
        "“AET” — after extra time",
        "“Walkover” — the other side did not turn up",
    ),
    label="division",
    sections=(
        "Premier Division",
        "Division One",
        "Division Two",
        "Veterans’ Division",
        "Women’s Division",
        "County Cup, round 3",
        "Challenge Trophy",
        "Youth Cup, under 18s",
    ),
    notes=(
        "All games kicked off at 10:30 unless stated.",
        "Two games were called off because of waterlogged pitches.",
        "The referees’ marks are due by Wednesday.",
        "Fines for late team sheets will be invoiced this week.",
        "Thanks to the groundsmen who got games on.",
        "Reports must reach the secretary by 20:00 on Sunday.",
    ),
    bullets=(
        "Man of the match: Kwame Mensah",
        "Man of the match: Jamie O’Brien",
        "Player of the match: Siân Llewelyn",
        "A late penalty settled it after a goalless first half",
        "A late penalty settled it after a lively first half",
        "The home side hit the bar twice before the break",
        "Attendance was about 120 in the rain",
        "The away side travelled 45 km and deserved a point",
        "One red card, for a second booking",
    ),
    table_head="Home | Score | Away",
    rows=(
        "Riverside Rovers | 2–1 | Athletic Bewdley",
        "Kidderminster Vale | 0–0 | Stourport Swifts",
        "Ludlow Town Res. | 3–3 | Hartlebury",
        "Athletic Bewdley | 1–2 | Riverside Rovers",
        "Cleobury Mortimer | 4–0 | Arley Wanderers",
        "Stourport Swifts | 1–0 | Kidderminster Vale",
    ),
    footnotes_heading="Notes",
    footnotes=(
        "Result stands subject to the league’s check of registrations.",
        "Played on the 3G pitch at the leisure centre.",
        "Abandoned after 70 minutes; the score stands.",
        "Arley Wanderers have appealed against the red card.",
        "The cup draw is made live on Tuesday at 19:00.",
    ),
    footer_heading="Fixtures and contacts",
    footer=(
        "Next week’s fixtures are on the league’s page. Send results to the secretary, "
        "Ms Zoë Pryce, by text within an hour of the final whistle."
    ),
    note_length=3,
)

MUSEUM = Kind(
    title="Ashgrove Museum — catalogue of the Ōkawa bequest",
    subtitle="Objects on display in the east gallery, 2026 🏺",
    opening=(
        "The bequest came to the museum in 2024. Each entry gives the accession number, "
        "the object’s dimensions and where it stands. Measurements are height by width by "
        "depth."
    ),
    definitions_heading="How to read an entry",
    definitions=(
        "“Acc. no.” — the accession number, year then object",
        "“H × W × D” — height by width by depth",
        "“Attrib.” — attributed to, not signed",
        "“Prov.” — provenance, who owned it before",
        "“c.” — circa, about",
        "“Loan” — lent to the museum, not owned by it",
    ),
    label="case",
    sections=(
        "Case 1 — Tea ceremony",
        "Case 2 — Lacquer",
        "Case 3 — Netsuke",
        "Case 4 — Textiles",
        "Case 5 — Woodblock prints",
        "Case 6 — Ceramics",
        "Case 7 — Metalwork",
        "Case 8 — Letters and papers",
    ),
    notes=(
        "Objects in this case are lit at 50 lux to protect them.",
        "Most of these objects were bought by Mr Ōkawa in Kyoto (京都).",
        "This case is turned every six months.",
        "Labels in this case were checked by the curator in 2025.",
        "Some objects here are on loan and are marked as such.",
        "Photographs without flash are allowed in this gallery.",
    ),
    bullets=(
        "Tea bowl, raku ware, Acc. no. 2024.17, 9 × 12 × 12 cm",
        "Tea bowl, raku ware, Acc. no. 2024.18, 9 × 11 × 11 cm",
        "Lacquer box with cranes, Acc. no. 2024.31, 6 × 20 × 14 cm",
        "Netsuke of a hare, ivory, Acc. no. 2024.52, 4 × 3 × 2 cm",
        "Netsuke of a hare, boxwood, Acc. no. 2024.53, 4 × 3 × 2 cm",
        "Woodblock print, Hokusai school, Acc. no. 2024.60, 25 × 37 cm",
        "Sword guard (tsuba), iron, Acc. no. 2024.71, 8 × 7 cm",
        "Prov.: Ōkawa family, Kyoto, until 2024",
        "Not on display during conservation",
        "Attrib. to a Kyoto workshop, c. 1850",
    ),
    table_head="Acc. no. | Material | Weight",
    rows=(
        "2024.17 | raku earthenware | 310 g",
        "2024.31 | lacquered wood | 540 g",
        "2024.52 | ivory | 22 g",
        "2024.53 | boxwood | 14 g",
        "2024.71 | iron, gold inlay | 180 g",
        "2024.88 | silk | 1.2 kg",
    ),
    footnotes_heading="Notes",
    footnotes=(
        "Ivory objects are shown under the museum’s ethics policy and are not for sale.",
        "The prints were remounted in 2025; old mounts are in the archive.",
        "Dates follow the Japanese era names, converted to years.",
        "The lacquer box was X-rayed; the hinges are later.",
        "Letters are shown in facsimile; originals are in the study room.",
    ),
    footer_heading="Visiting",
    footer=(
        "The gallery opens at 10:00 and closes at 17:00, Tuesday to Sunday. The study room "
        "can be booked by researchers two weeks ahead."
    ),
)


def safety_leaflet(rng: random.Random) -> str:
    """A kettle's safety leaflet: the same warnings in German, French and Italian."""
    return document(rng, LEAFLET)


def railway_circular(rng: random.Random) -> str:
    """A Hindi and English railway circular, figures in Devanagari and Western digits."""
    return document(rng, RAILWAY)


def sports_roundup(rng: random.Random) -> str:
    """A Sunday league round-up: results tables and match reports in the same shape."""
    return document(rng, SPORTS)


def museum_catalogue(rng: random.Random) -> str:
    """A museum catalogue: object entries with accession numbers and dimensions."""
    return document(rng, MUSEUM)
