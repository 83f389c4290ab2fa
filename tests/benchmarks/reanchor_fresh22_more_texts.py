"""More twenty-second-round fresh texts (no test here): a screenplay as a writing program
exports it, a machine-translated article, a Hebrew and English parallel guide and a Thai and
English parallel notice, each as the tool emits it, with running lines on every page.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import LRM, NBSP, RLM, SHY, ZWJ, ZWSP, fill, wrap

PLACES = ("INT. KITCHEN – NIGHT", "EXT. HARBOUR WALL – DAWN", "INT. LIFEBOAT STATION – DAY")
CHARACTERS = ("MARA", "JOE", "DR OKAFOR", "TOMÁS")
ACTIONS = (
    "Rain against the window. Mara sits at the table with the tide tables spread out, a "
    "mug of tea gone cold beside her.",
    "The sea is flat and grey. Joe walks the length of the wall, counting the cracked "
    "stones under his breath.",
    "The pager on the wall goes off. Everyone stops. Dr Okafor reaches it first and reads "
    "the message twice.",
)
LINES = (
    "I told you the boat was late. Nobody listens to me in this house.",
    "We can’t wait for the council. The next big tide is on the fourteenth.",
    "If the wall goes, the whole quay goes with it, and the station too.",
    "Put the kettle on. We’ll be here all night at this rate.",
    "Yes.",
    "No.",
    "I know.",
)
PARENTHETICALS = ("(quietly)", "(beat)", "(not looking up)")


def screenplay(rng: random.Random) -> str:
    """A screenplay exported to text: numbered scene headings "12 INT. KITCHEN – NIGHT 12",
    action, character cues in capitals, parentheticals, dialogue wrapped narrow, "CUT TO:"
    after scenes, "CONTINUED:" at the top of pages, page numbers "23.", and short lines
    ("Yes.", "No.") that recur."""
    scene = rng.randint(3, 40)

    def page(rng: random.Random, number: int) -> list[str]:
        nonlocal scene
        blocks = ["CONTINUED:"] if number > 1 and rng.random() < 0.7 else []
        blocks.append(f"{scene} {rng.choice(PLACES)} {scene}")
        blocks.append(wrap(rng, rng.choice(ACTIONS), 58))
        for _ in range(rng.randint(2, 4)):
            cue = [rng.choice(CHARACTERS)]
            if rng.random() < 0.4:
                cue.append(rng.choice(PARENTHETICALS))
            blocks.append("\n".join([*cue, wrap(rng, rng.choice(LINES), 34)]))
        blocks.extend(["CUT TO:", f"{number + 1}."])
        scene += 1
        return blocks

    head = [
        "HIGH WATER",
        "Written by Nia Rowe · Revised pink draft, 3 March 2026",
        f"Based on the stories of Adébáyọ̀ Bello{NBSP}🌊 · Script editor 👩{ZWJ}💻 notes kept",
    ]
    return fill(rng, head, page, ["THE END"])


#: What the older translation model wrote, in the order its article says it.
TRANSLATED = (
    "The municipality of Marsh Harbour has decided to increase the protection wall by 1.2 metres.",
    "The decision fell after a long session with 14 votes against 3.",
    "According to the mayor, the costs amount to approximately 6.4 million pounds.",
    "Two thirds of the sum are carried by the environmental agency.",
    "Inhabitants of the quay had demanded the measure since the floods of January.",
    "A petition against the height of the wall collected 412 signatures.",
    "The building works shall begin in April and end in October.",
    "The road along the quay remains open during the works, with a traffic light.",
    "Fishermen welcomed the decision; one said that they lost two boats in January.",
    "The opposition criticises that the view from the promenade gets lost.",
)
MT_BANNER = "[Machine translated from German by Lingua 3.1 — may contain errors]"


def machine_translation(rng: random.Random) -> str:
    """A German article machine-translated, as the translation tool exports it: a banner,
    paragraphs of two or three translated sentences wrapped at the export's width, a page
    line "[Machine translation · page 2 of 5]" between its pages, a reader's comment."""
    width = rng.choice((66, 72, 78))
    order = list(TRANSLATED)
    rng.shuffle(order)

    def page(rng: random.Random, number: int) -> list[str]:
        blocks = []
        for i in range(rng.randint(2, 3)):
            start = (number * 3 + i * 2) % len(order)
            sentences = [order[(start + k) % len(order)] for k in range(rng.randint(2, 3))]
            blocks.append(wrap(rng, " ".join(sentences), width))
        blocks.append(f"[Machine translation · page {number} of 5]")
        return blocks

    head = [
        MT_BANNER,
        "Marsh Harbour raises its protection wall",
        f"From the Nordsee{NBSP}Rundschau, 4 March 2026 · translated by Lingua 3.1",
    ]
    tail = [
        f"Reader’s comment: “Finally!” 👍 — Jürgen 👨{ZWJ}🔧 from Cuxhaven",
        "Original article by Anke Sø̈rensen.",
        MT_BANNER,
    ]
    return fill(rng, head, page, tail)


#: Hebrew sentences of the guide and their English, as printed side by side.
HEBREW = (
    (
        "בית־הכנסת נבנה בשנת " + LRM + "1887" + LRM + " ושוקם אחרי השריפה.",
        "The synagogue was built in 1887 and restored after the fire.",
    ),
    ("הכניסה חינם לילדים עד גיל " + LRM + "12" + LRM + ".", "Entry is free for children up to 12."),
    ("אין לצלם עם פלאש באולם התפילה.", "No flash photography in the prayer hall."),
    (
        "הסיור המודרך יוצא מהלובי בכל שעה עגולה.",
        "The guided tour leaves from the lobby every hour on the hour.",
    ),
    (
        "הספרייה פתוחה בימים א׳–ה׳ בין השעות " + LRM + "9:00–17:00" + LRM + ".",
        "The library is open Sunday to Thursday, 9:00–17:00.",
    ),
    ("האולם הקטן נקרא ע״ש משפחת לוי.", "The small hall is named after the Levi family."),
    ("תודה רבה לכל המתנדבים.", "Many thanks to all the volunteers."),
)
#: Pointed lines (with niqqud) that some pages print and others print plain.
POINTED = (
    ("בָּרוּכִים הַבָּאִים לְבֵית־הַכְּנֶסֶת הַיָּשָׁן", "Welcome to the old synagogue"),
    ("תּוֹדָה רַבָּה וּלְהִתְרָאוֹת", "Thank you and goodbye"),
)
PLAIN = {
    "בָּרוּכִים הַבָּאִים לְבֵית־הַכְּנֶסֶת הַיָּשָׁן": "ברוכים הבאים לבית־הכנסת הישן",
    "תּוֹדָה רַבָּה וּלְהִתְרָאוֹת": "תודה רבה ולהתראות",
}


def hebrew_parallel(rng: random.Random) -> str:
    """A visitors' guide printed Hebrew and English side by side and extracted page by page:
    a greeting pointed with niqqud on some pages and plain on others, Hebrew paragraphs
    (maqaf, geresh, gershayim, directional marks around figures) each followed by its
    English, a page line "עמוד 3 · Page 3" between pages."""
    width = rng.choice((38, 44, 50))

    def page(rng: random.Random, number: int) -> list[str]:
        greeting, english = rng.choice(POINTED)
        blocks = [greeting if rng.random() < 0.5 else PLAIN[greeting], english]
        chosen = rng.sample(HEBREW, 3)
        blocks.append(wrap(rng, " ".join(h for h, _ in chosen), width))
        blocks.append(wrap(rng, " ".join(e for _, e in chosen), width + 10))
        blocks.append(f"{RLM}עמוד {number}{RLM} · Page {number}")
        return blocks

    head = [
        "בית הכנסת הישן · The Old Synagogue",
        f"מדריך למבקר · Visitor’s guide{NBSP}🕍",
    ]
    tail = [
        f"Guides on duty 👩{ZWJ}🏫 speak Hebrew, English and Yoruba (Adébáyọ̀ leads Sunday’s tour).",
        f"Please don’t leave bags in the hall{ZWSP}.",
    ]
    return fill(rng, head, page, tail)


#: Thai sentences as their words (printed without spaces) and their English.
THAI_SENTENCES = (
    (
        ("ตลาดน้ำ", "เปิด", "ทุก", "วันเสาร์", "และ", "วันอาทิตย์"),
        "The floating market opens every Saturday and Sunday.",
    ),
    (("ร้านค้า", "เปิด", "ตั้งแต่", "เวลา", " ๘ ", "นาฬิกา"), "Shops open from 8 o’clock."),
    (("กรุณา", "อย่า", "ให้", "อาหาร", "ปลา"), "Please do not feed the fish."),
    (("ค่า", "เข้า", "ชม", "สำหรับ", "เด็ก", " ๒๐ ", "บาท"), f"Children pay 20{NBSP}baht."),
    (
        ("เรือ", "ออก", "ทุก", "ครึ่ง", "ชั่วโมง", "จาก", "ท่าน้ำ"),
        "Boats leave every half hour from the pier.",
    ),
    (("ห้องน้ำ", "อยู่", "ข้าง", "วัด"), "The toilets are next to the temple."),
    (("โปรด", "เก็บ", "ขยะ", "กลับ", "บ้าน"), "Please take your rubbish home."),
    (("ขอบคุณ", "ที่", "มา", "เยี่ยมชม"), "Thank you for visiting."),
)
#: Every Thai word the notices use (a re-segmenting tool's dictionary).
THAI_WORDS = tuple(
    sorted({w for words, _ in THAI_SENTENCES for w in words if w.strip()}, key=len, reverse=True)
)
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


def thai_parallel(rng: random.Random) -> str:
    """A market's notices in Thai and English as a PDF extractor gives them: Thai with no
    spaces between words, broken mid-phrase at line ends, Thai digits in some lines, each
    paragraph followed by its English, a page line "หน้า ๓ · Page 3" between pages."""
    width = rng.choice((24, 30, 36))

    def page(rng: random.Random, number: int) -> list[str]:
        chosen = rng.sample(THAI_SENTENCES, 3)
        thai = " ".join("".join(words).strip() for words, _ in chosen)
        thai_number = "".join(THAI_DIGITS[int(d)] for d in str(number))
        return [
            wrap(rng, thai, width),
            wrap(rng, " ".join(english for _, english in chosen), width + 20),
            f"หน้า {thai_number} · Page {number}",
        ]

    head = [
        "ตลาดน้ำคลองแดน · Khlong Daen floating market",
        f"ประกาศ · Notices for visitors{NBSP}🛶 (printed ๒๕๖๙ · 2026)",
    ]
    tail = [
        f"Comment from a visitor: “Best noodles I’ve had 🍜, ask for Auntie Ni{SHY}Ni.” 👩{ZWJ}🍳",
        "Translated by Adébáyọ̀ Chen for the district office.",
    ]
    return fill(rng, head, page, tail)
