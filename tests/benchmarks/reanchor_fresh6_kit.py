"""Shared pieces of the sixth round of fresh held-out re-anchoring texts (no test here):
the patterns the families look for (time codes, footnote markers and notes, labels,
key-value blocks, links, plain punctuation), the paragraphs each kind carries with their
translation, the compounds a careful de-hyphenation keeps, and helpers that build a text.
"""

from __future__ import annotations

import random
import re

from desktop_app.core.text import canonicalize

NBSP = "\u00a0"
ZWNJ = "\u200c"
#: 09:30:00 and 00:01:23,450 (a subtitle's milliseconds after a comma or a dot).
TIMECODE = re.compile(r"(?<![\d:])(\d\d):([0-5]\d):([0-5]\d)(?:([,.])(\d{3}))?(?![\d:])")
#: A footnote marker after a word or a stop: "winds[2]".
NOTE_MARK = re.compile(r"(?<=[^\s\[])\[(\d{1,2})\]")
#: A note: a paragraph that opens with its number, "[2] Met Office, …".
NOTE_LINE = re.compile(r"^\[(\d{1,2})\] \S")
#: A label that opens a line: "Product: ", "Lot numbers: ", "PRESENTER: ".
LABEL = re.compile(r"(?m)^(?:[A-Z][a-z]+(?: [a-z]+){0,2}|[A-Z]{2,}(?: [A-Z]{2,})?):(?= )")
#: A line of a key-value block, as a notice prints it ("Pack size: 500 g") or as a wiki
#: infobox does ("| pack_size = 500 g").
KEY_COLON = re.compile(r"^([A-Z][a-z]+(?: [a-z]+){0,2}): (\S.*)$")
KEY_WIKI = re.compile(r"^\| ([a-z]+(?:_[a-z]+){0,2}) = (\S.*)$")
URL = re.compile(r"https://[\w.-]+(?:/[\w.-]+)*/?")
#: A quote in straight double marks, on one line.
STRAIGHT_QUOTE = re.compile(r'"([^"\n]+)"')
#: An apostrophe inside a word ("don't", "Met Office's").
APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
#: A number and its unit, the space a typesetter makes non-breaking.
UNIT_SPACE = re.compile(r"(?<=\d) (?=(?:km/h|km|mm|cm|kg|g|ml|mph|°C|m)(?![\w/]))")
FRACTION = re.compile(r"(?<![\d/])(1/2|1/4|3/4)(?![\d/])")
FRACTIONS = {"1/2": "½", "1/4": "¼", "3/4": "¾"}
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
#: Compounds whose hyphen is a real one even at the end of a line (a careful tool keeps it).
COMPOUNDS = frozenset(
    (
        "long-term",
        "follow-up",
        "well-known",
        "cross-sectional",
        "short-lived",
        "north-west",
        "south-east",
        "low-lying",
        "peer-reviewed",
        "ready-to-eat",
        "cross-examination",
        "self-reported",
        "co-operation",
        "half-time",
        "second-half",
    )
)
#: Words an editor swaps when a sentence is moved and tidied.
SYNONYMS = {
    "said": "stated",
    "also": "further",
    "about": "around",
    "after": "following",
    "before": "ahead of",
    "people": "residents",
    "during": "throughout",
    "because": "since",
    "should": "must",
    "more": "further",
    "shows": "indicates",
    "found": "identified",
    "asked": "requested",
    "usually": "normally",
    "early": "soon",
}
CONNECTORS = ("Meanwhile, ", "As noted above, ", "In addition, ", "Separately, ")
#: Capitalised sentence openers that a connector puts in lower case.
LOWERABLE = frozenset(
    ("The", "This", "It", "A", "An", "In", "Some", "All", "Most", "Customers", "Residents")
)

#: Paragraphs each kind carries, with the translation a localised edition puts in place.
BANK: dict[str, tuple[tuple[str, str], ...]] = {
    "recall": (
        (
            "Customers who bought the product should not eat it. They should return it to the "
            "store where it was bought for a full refund.",
            "Ürünü satın alan müşteriler ürünü tüketmemelidir. Tam para iadesi için ürünü "
            "satın aldıkları mağazaya iade etmelidirler.",
        ),
        (
            "No other products made by the company are known to be affected. The recall is a "
            "precaution.",
            "Şirketin ürettiği başka hiçbir ürünün etkilendiği bilinmiyor. Geri çağırma bir "
            "önlemdir.",
        ),
        (
            "Anyone who has eaten the product and feels unwell should speak to a pharmacist "
            "or call 111.",
            "Ürünü yiyen ve kendini iyi hissetmeyen herkes bir eczacıyla konuşmalı ya da 111'i "
            "aramalıdır.",
        ),
    ),
    "commentary": (
        (
            "The stadium is full tonight, and the rain has finally stopped. Both teams need a win.",
            "Sân vận động kín chỗ tối nay, và mưa cuối cùng đã tạnh. Cả hai đội đều cần một "
            "chiến thắng.",
        ),
        (
            "The referee has checked the pitch twice. The game will go ahead.",
            "Trọng tài đã kiểm tra mặt sân hai lần. Trận đấu sẽ diễn ra.",
        ),
        (
            "Thanks for joining us. Full report and reaction to follow.",
            "Cảm ơn các bạn đã theo dõi. Bài tường thuật đầy đủ và phản ứng sẽ có sau.",
        ),
    ),
    "answer": (
        (
            "The Department works closely with local authorities to support families who "
            "arrive from Ukraine.",
            "Міністерство тісно співпрацює з місцевою владою, щоб підтримувати сім'ї, які "
            "прибувають з України.",
        ),
        (
            "Guidance for hosts was updated in March. It is available in English and Ukrainian.",
            "Настанови для господарів оновили в березні. Вони доступні англійською та "
            "українською мовами.",
        ),
        (
            "Councils receive a tariff of £10,500 for each person who arrives under the scheme.",
            "Ради отримують тариф у розмірі £10,500 за кожну особу, яка прибуває за програмою.",
        ),
    ),
    "abstracts": (
        (
            "All participants gave written informed consent. The study was approved by the "
            "ethics committee.",
            "همه شرکت‌کنندگان رضایت‌نامه کتبی آگاهانه دادند. این مطالعه توسط کمیته اخلاق تأیید شد.",
        ),
        (
            "The authors declare no competing interests.",
            "نویسندگان اعلام می‌کنند که هیچ تعارض منافعی ندارند.",
        ),
        (
            "Data are available from the corresponding author on reasonable request.",
            "داده‌ها در صورت درخواست معقول از نویسنده مسئول در دسترس است.",
        ),
    ),
    "wiki": (
        (
            "The village is known for its stone bridge, which was built in 1788 and restored "
            "in 2009.",
            "Köy, 1788'de inşa edilen ve 2009'da restore edilen taş köprüsüyle tanınır.",
        ),
        (
            "Most residents work in farming or in the town of Ortaköy, 12 km to the east.",
            "Köy sakinlerinin çoğu tarımda ya da 12 km doğudaki Ortaköy kasabasında çalışır.",
        ),
        (
            "A weekly market is held in the square every Thursday.",
            "Meydanda her perşembe haftalık bir pazar kurulur.",
        ),
    ),
    "weather": (
        (
            "Stay away from the coast and from rivers. Do not drive through flood water.",
            "Тримайтеся подалі від узбережжя та річок. Не їдьте крізь паводкову воду.",
        ),
        (
            "Check on older neighbours and people who live alone.",
            "Перевірте літніх сусідів і людей, які живуть самі.",
        ),
        (
            "Power cuts are possible. Keep a torch and a charged phone nearby.",
            "Можливі відключення електроенергії. Тримайте поруч ліхтарик і заряджений телефон.",
        ),
    ),
    "subtitles": (
        (
            "This programme contains scenes some viewers may find upsetting.",
            "Chương trình này có những cảnh mà một số khán giả có thể thấy khó chịu.",
        ),
        (
            "Subtitles by the Access Services team. Subtitles are checked before broadcast.",
            "Phụ đề do nhóm Dịch vụ Tiếp cận thực hiện. Phụ đề được kiểm tra trước khi phát sóng.",
        ),
        (
            "For support with any of the issues raised, visit the Action Line website.",
            "Để được hỗ trợ về bất kỳ vấn đề nào được nêu, hãy truy cập trang web Action Line.",
        ),
    ),
    "newsletter": (
        (
            "The community centre is open every day from 9 am to 8 pm. Everyone is welcome.",
            "مرکز محله هر روز از ساعت ۹ صبح تا ۸ شب باز است. همه خوش آمدید.",
        ),
        (
            "Volunteers are needed for the food bank on Saturdays.",
            "برای بانک غذا در روزهای شنبه به داوطلب نیاز داریم.",
        ),
        (
            "Free English classes start again in September.",
            "کلاس‌های رایگان زبان انگلیسی از شهریور دوباره شروع می‌شود.",
        ),
    ),
}
#: Every bank paragraph and its translation.
TRANSLATIONS = {english: other for pairs in BANK.values() for english, other in pairs}


def bank(kind: str, rng: random.Random) -> list[str]:
    """The bank paragraphs of ``kind`` in a shuffled order."""
    paragraphs = [english for english, _ in BANK[kind]]
    rng.shuffle(paragraphs)
    return paragraphs


def wrapped(paragraph: str, rng: random.Random, width: int = 64) -> str:
    """A paragraph hard-wrapped at about ``width`` columns (each line up to eight fewer) as
    a PDF copy is: a word of five letters or more that does not fit broken with a hyphen
    at the line end when three or more of its letters fit, a compound after its own hyphen."""
    lines: list[str] = []
    line = ""
    limit = width
    for word in paragraph.split(" "):
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= limit:
            line += " " + word
        else:
            room = limit - len(line) - 2
            core = word.rstrip(".,;:")
            if word.count("-") == 1 and word.index("-") + 1 <= room + 1:
                cut = word.index("-") + 1
                lines.append(f"{line} {word[:cut]}")
                line = word[cut:]
            elif core.isalpha() and len(core) >= 5 and room >= 3:
                cut = rng.randint(3, max(3, min(room, len(core) - 2)))
                lines.append(f"{line} {word[:cut]}-")
                line = word[cut:]
            else:
                lines.append(line)
                line = word
            limit = width - rng.randint(0, 8)
    lines.append(line)
    return "\n".join(lines)


def key_values(rows: list[tuple[str, str]], *, wiki: bool = False) -> str:
    """A key-value block, one line a row: "Pack size: 500 g" or "| pack_size = 500 g"."""
    if wiki:
        return "\n".join(f"| {key.lower().replace(' ', '_')} = {value}" for key, value in rows)
    return "\n".join(f"{key}: {value}" for key, value in rows)


def note(number: int, source: str) -> str:
    """A footnote paragraph: "[2] Met Office, …"."""
    return f"[{number}] {source}"


def finish(headline: str, byline: str, body: list[str]) -> str:
    """The text of a kind: joined by blank lines, canonical."""
    return canonicalize("\n\n".join([headline, byline, *body]) + "\n")
