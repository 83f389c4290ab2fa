"""More fifteenth-round fresh re-anchoring texts (no test here): a railway timetable's
footnotes, a Greek and English harbour notice, a Vietnamese and English market-stall
register with stacked diacritics and a council's weekly list of planning applications.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh15_kit import STOCK, Register, register

FOOTNOTES = Register(
    title="Valley Lines timetable — footnotes to table 132",
    subtitle="Valid from 17 May to 12 December 2026 🚆",
    opening=(
        "Each footnote below belongs to a train in table 132. The letter in the table points "
        "here. Trains without a letter run every day, as shown."
    ),
    parts=(
        "Mondays to Fridays, down trains",
        "Mondays to Fridays, up trains",
        "Saturdays",
        "Sundays",
        "Engineering works",
        "Connections at Caerphilly",
        "Bus replacements",
    ),
    notes=(
        "Times at Radyr are approximate. Trains may leave up to 1 minute early there.",
        "Cycle spaces are limited to 2 a train. They can’t be booked on these services.",
        "Platform changes are shown on the screens. Listen for announcements at Cardiff.",
        "First class is not available on these trains. Refreshments aren’t sold on board.",
        "Some stations are request stops. Tell the conductor if you want to get off.",
        "Times in bold are connections. Connections are held for 5 minutes at most.",
    ),
    names=(
        "footnote A",
        "footnote B",
        "footnote C",
        "footnote Ç",
        "footnote D",
        "footnote E",
        "footnote F",
    ),
    details=(
        "The 06:12 from Treherbert calls at Ystrad Rhondda only on request.",
        "The 06:42 from Treherbert calls at Ystrad Rhondda only on request.",
        "Arrives Cardiff Central at 07:31, 4 minutes later than shown.",
        "Arrives Cardiff Central at 07:35, 4 minutes later than shown.",
        "Runs as a 2-car train; the front car is for Merthyr.",
        "Change at Pontypridd; the connection is held for 3 minutes.",
        "Replaced by a bus between Radyr and Pontypridd 🚌.",
        "Yn galw yn Nhrefforest ar gais yn unig (calls at Treforest on request).",
    ),
    closings=("Does not run on public holidays.", "Ends", "No further action."),
    reference="train {}",
    footer=(
        "Tickets must be bought before boarding where a ticket office is open. Penalty fares "
        "apply on these lines, and the inspector’s decision can be appealed within 21 days.",
        STOCK,
    ),
)

HARBOUR = Register(
    title="Λιμάνι Πόρου / Poros harbour — notices to mariners",
    subtitle="Λιμεναρχείο Πόρου · Poros harbour office, week 23 ⚓",
    opening=(
        "Ανακοινώσεις προς ναυτιλλομένους. Notices in Greek are followed by the English. "
        "Where the two differ, the Greek text is the one that counts."
    ),
    parts=(
        "Κεντρική προβλήτα / Main quay",
        "Μαρίνα / Marina",
        "Αλιευτικό καταφύγιο / Fishing shelter",
        "Δίαυλος / Channel",
        "Καύσιμα / Fuel berth",
        "Πλοία γραμμής / Ferries",
    ),
    notes=(
        "Ο λιμενάρχης είναι στο γραφείο 08:00–14:00. The harbour master is in from 08:00 to 14:00.",
        "Τα φώτα ελέγχθηκαν την Τρίτη. The lights were checked on Tuesday.",
        "Ο καιρός αλλάζει γρήγορα. The wind can rise to 6 Beaufort by the afternoon.",
        "Να έχετε το κανάλι 12 ανοιχτό. Keep channel 12 open at all times in the channel.",
        "Τα δρομολόγια ισχύουν. The ferry timetable stands; the 07:30 runs as usual.",
    ),
    names=(
        "Ανακοίνωση 14/26",
        "Ανακοίνωση 15/26",
        "Ανακοίνωση 16/26",
        "Ανακοίνωση 61/26",
        "notice 17/26",
        "notice 71/26",
    ),
    details=(
        "Απαγορεύεται η αγκυροβολία. No anchoring between buoys 3 and 4.",
        "Απαγορεύεται η αγκυροβολία. No anchoring between buoys 4 and 5.",
        "Dredging works on the east side, 07:00 to 15:00 daily 🚧.",
        "Berths 6 to 9 are kept for ferries from 16:00.",
        "Berths 6 to 8 are kept for ferries from 16:00.",
        "Η πρύμνη δένεται με δύο κάβους. Moor stern-to with 2 lines.",
        "Divers at work; keep 50 m off and slow to 3 knots.",
        "The fuel berth won’t open before 09:00 on Sunday.",
    ),
    closings=(
        "Ισχύει μέχρι νεωτέρας. (Until further notice.)",
        "No further action.",
        "Ends",
    ),
    reference="ref. ΛΠ-{}",
    footer=(
        "Για πληροφορίες: κανάλι 12 ή 22980 22274. For information, call on channel 12; "
        "the office doesn’t take bookings by e-mail.",
        STOCK,
    ),
    most=4,
)

MARKET = Register(
    title="Chợ Tết Đồng Xuân — đăng ký sạp / Tết market stall register",
    subtitle="Hội người Việt Lewisham · Lewisham Vietnamese association 🧧",
    opening=(
        "Sổ đăng ký sạp hàng cho chợ Tết năm 2026. Each stall is entered in Vietnamese and "
        "English. Stall-holders must bring this entry on the day."
    ),
    parts=(
        "Dãy A (Row A), food",
        "Dãy B (Row B), flowers",
        "Dãy C (Row C), crafts",
        "Dãy D (Row D), games",
        "Sân khấu / Stage",
        "Ngoài trời / Outside",
    ),
    notes=(
        "Điện chỉ có ở dãy A. Electricity is only in row A, at 2 sockets a stall.",
        "Hoa phải được tưới hằng ngày. Flowers are watered by the stall-holder each day.",
        "Trò chơi dành cho trẻ em dưới 12 tuổi. Games are for children under 12.",
        "Lì xì được phát lúc 11:00. Lucky money is given out at 11:00 🧧.",
        "Bàn ghế do hội cung cấp. Tables are lent by the association; don’t take them home.",
    ),
    names=(
        "Bà Nguyễn Thị Hường",
        "Bà Nguyễn Thị Hương",
        "Ông Trần Văn Đức",
        "Ông Phạm Quốc Việt",
        "Chị Lê Thị Ánh Tuyết",
        "Anh Đặng Hữu Nghĩa",
    ),
    details=(
        "Bánh chưng và giò lụa. Sticky rice cakes and pork roll, 40 cakes.",
        "Bánh chưng và giò lụa. Sticky rice cakes and pork roll, 60 cakes.",
        "Hoa đào và hoa mai. Peach and apricot blossom, 25 pots 🌸.",
        "Câu đối đỏ viết tay. Hand-written red couplets.",
        "Bầu cua cá cọp. The gourd-crab-fish game, stakes in sweets only.",
        "Phở bò, 3 nồi lớn. Beef phở, 3 large pots; needs 2 sockets.",
        "Áo dài cho thuê. Áo dài to hire, 12 sizes.",
    ),
    closings=(
        "Không áp dụng ngày lễ. (Not on public holidays.)",
        "Checked and signed.",
        "No further action.",
    ),
    reference="sạp {}",
    footer=(
        "Mọi thắc mắc xin liên hệ ban tổ chức. Questions go to the organisers’ table by the "
        "entrance; we can’t move stalls after 09:00.",
        STOCK,
    ),
    most=4,
)

PLANNING = Register(
    title="Weekly list of planning applications — Ashcombe District Council",
    subtitle="Applications registered and decided, week ending 29 May 2026",
    opening=(
        "This list is published every Friday. Comments on an application must reach the "
        "council within 21 days of this list. Decisions below can be appealed."
    ),
    parts=(
        "Ashcombe town ward",
        "Bramley and Hollow End ward",
        "Coldharbour ward",
        "Dunsfold ward",
        "Listed buildings",
        "Trees in conservation areas",
        "Prior approvals",
    ),
    notes=(
        "The parish council met on Tuesday. Its comments are shown where it made any.",
        "Site notices went up on Monday. Neighbours were also written to.",
        "Two applications were withdrawn this week. They aren’t listed below.",
        "The conservation officer was consulted on 4 applications. Her comments are online.",
        "Tree works need 6 weeks’ notice. The council may make a preservation order.",
    ),
    names=(
        "14 Mill Lane, Ashcombe",
        "41 Mill Lane, Ashcombe",
        "The Old Forge, Hollow End",
        "Rose Cottage, Dunsfold",
        "Land north of Coldharbour Farm",
        "Café Noël, 2 High Street",
        "Flat 3, 9 Station Road",
    ),
    details=(
        "Single-storey rear extension, 4.2 m deep.",
        "Single-storey rear extension, 4.8 m deep.",
        "Replacement windows in timber; new rooflight.",
        "Change of use from shop to café, hours 07:00 to 22:00 ☕.",
        "Fell 1 oak (T3) and reduce 2 limes by 30%.",
        "2 new homes with parking for 4 cars.",
        "Dormer on the rear roof slope; the neighbour objected.",
    ),
    closings=("Decision: approved with conditions.", "Decision: refused.", "Ends"),
    reference="26/0{}/FUL",
    footer=(
        "Plans can be seen online or at the council offices. We can’t accept comments by "
        "telephone, and anonymous comments aren’t considered.",
        STOCK,
    ),
)


def timetable_footnotes(rng: random.Random) -> str:
    """A timetable's footnotes: trains 30 minutes apart that share every word, "Does not
    run on public holidays." under most footnotes, a Welsh line, a cedilla letter."""
    return register(rng, FOOTNOTES)


def greek_harbour_notice(rng: random.Random) -> str:
    """A Greek and English harbour notice: notices numbered 16 and 61, buoys and berths one
    figure apart, a bilingual "until further notice" under most notices."""
    return register(rng, HARBOUR)


def vietnamese_market_notice(rng: random.Random) -> str:
    """A Vietnamese and English Tết market's stall register: stall-holders whose names
    differ by one stacked diacritic (Hường, Hương), cakes 40 and 60, a bilingual closing."""
    return register(rng, MARKET)


def planning_list(rng: random.Random) -> str:
    """A council's weekly list of planning applications: 14 and 41 Mill Lane, extensions
    4.2 and 4.8 m deep, "Decision: approved with conditions." under most entries."""
    return register(rng, PLANNING)
