"""More twenty-fourth-round fresh re-anchoring texts (no test here): a speech as prepared, a
family's letters, a Persian/English interview transcript (Persian and Western digits, zero-
width non-joiners, Arabic ي/ك beside Persian ی/ک) and Kazakh letters in Cyrillic, in the new
Latin alphabet (some in the older apostrophe spelling) and in English.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh23_kit import NBSP, SHY, ZWSP, Platform, export
from tests.benchmarks.reanchor_fresh24_kit import PERSIAN_DIGITS, STOCK, ZWNJ, latin

SPEECH_LINES = (
    "Every child in this country deserves a teacher who knows their name.",
    "We will not stop until every child can read.",
    "Ten years ago, one school in five had no library; today it is one in twelve.",
    "Ten years ago, one school in four had no library; today it is one in twelve.",
    "I met Ada, a head teacher in Rochdale, who runs her school w/ half the staff she needs.",
    "That is not good enough, and we know it.",
    "From September, every new teacher will have a mentor for two years.",
    f"We will spend £1.2{NBSP}billion on school buildings over the next three years.",
    "To the teachers here today: thank you.",
    "The govt cannot do this alone, and it will not try to.",
    f"Our children’s future is not a line in a bud{SHY}get.",
    "[applause 00:03:10]",
)


def _speech(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    paragraph = 1 + len(earlier)
    lines = [f"¶{paragraph} · {section.split(' ')[0]}"]
    lines += rng.sample(SPEECH_LINES, rng.randint(2, 3))
    if rng.random() < 0.3:
        lines.append("We will not stop until every child can read.")
    if rng.random() < 0.5:
        lines.append(rng.choice(("[applause]", "Thank you.")))
    return lines


SPEECH = Platform(
    title="CHECK AGAINST DELIVERY",
    subtitle=(
        "Speech by the Education Secretary to the teachers’ conference, Harrogate, 09:30 — "
        f"as prepared{NBSP}🎤"
    ),
    lead=(
        "Embargoed until delivery. The speaker may depart from this text. Mr Okafor’s "
        "office holds the delivered version."
    ),
    sections=("Opening words", "Reading for all", "Buildings", "Teachers", "Closing words"),
    notes=(
        "Autocue lines as supplied.",
        "Pause for applause where marked.",
        "Figures checked by the press office.",
    ),
    item=_speech,
    footer=("Check against delivery.", STOCK),
    least_items=3,
)

OPENINGS = ("Dear Ada,", "Dear Ada,", "My dear Ada,", "Dear Tom,")
LETTER_LINES = (
    "Thank you for your letter of the 3rd, which came today.",
    "Mother is better, though the cough is still w/ her at night.",
    "The mill is on short time again, three days a week.",
    "The mill is on short time again, four days a week.",
    "I have sent the parcel by the 10:40 train, it should reach you Tuesday.",
    "Tom says the new foreman is a decent sort.",
    "It has rained every day since Whitsun and the yard is a bog.",
    "[illegible] the money for the rent, which we are grateful for.",
    "Do write soon, your letters are read out to everyone.",
)
CLOSINGS = ("Your loving sister, Ada", "Your loving brother, Tom", "Your loving sister, Ada")


def _letter(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    year = section.split(" ")[-1]
    day = 1 + (len(earlier) * 7) % 27
    month = ("March", "April", "May", "June", "July")[len(earlier) % 5]
    lines = [f"Leeds, {day} {month} {year}", rng.choice(OPENINGS)]
    lines += rng.sample(LETTER_LINES, rng.randint(1, 3))
    lines.append(rng.choice(CLOSINGS))
    if rng.random() < 0.3:
        lines.append("P.S. Burn this letter when you have read it.")
    return lines


LETTERS = Platform(
    title="Letters of Ada and Tom Hirst, 1915–1919",
    subtitle=f"Transcribed from the originals by volunteers; spelling kept{NBSP}✉️",
    lead=(
        "The letters are in date order as found. Words that could not be read are marked "
        "[illegible]. Ada wrote from Leeds, Tom from the depot."
    ),
    sections=(
        "Letters of 1915",
        "Letters of 1916",
        "Letters of 1917",
        "Letters of 1918",
        "Letters of 1919",
    ),
    notes=("Some letters are undated.", "Two letters are torn.", "Pencil, hard to read."),
    item=_letter,
    footer=("Originals held in box 4.", STOCK),
    least_items=3,
)


def persian_digits(words: str) -> str:
    """Western digits written as Persian ones."""
    return words.translate(str.maketrans("0123456789", PERSIAN_DIGITS))


PERSIAN_TURNS = (
    (
        f"من در سال ۱۳۷۵ به تهران آمدم و می{ZWNJ}خواستم درس بخوانم.",
        "I came to Tehran in 1996 and wanted to study.",
    ),
    (
        f"من در سال 1375 به تهران آمدم و می{ZWNJ}خواستم درس بخوانم.",
        "I came to Tehran in 1996 and wanted to study.",
    ),
    (
        "پدرم كارگر بود و مادرم در خانه كار مي‌كرد.",
        "My father was a worker and my mother worked at home.",
    ),
    (
        f"پدرم کارگر بود و مادرم در خانه کار می{ZWNJ}کرد.",
        "My father was a worker and my mother worked at home.",
    ),
    (
        "خانه ما نزدیک بازار بود، حدود ۲۰ دقیقه پیاده.",
        "Our house was near the bazaar, about 20 minutes on foot.",
    ),
    ("بله.", "Yes."),
    ("نمی‌دانم.", "I don't know."),
    (
        "[inaudible 00:21:40] و بعد همه چیز عوض شد.",
        "[inaudible 00:21:40] and then everything changed.",
    ),
    (f"شیرین{ZWNJ}ها هم با ما بودند 🙂", "Shirin’s family was with us too 🙂"),
)


def _persian(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    number = 1 + sum(len(lines) for lines in earlier)
    clock = f"00:{10 + number // 4 % 50:02}:{number * 7 % 60:02}"
    lines = [f"[{clock}] مصاحبه‌گر: بعد چه شد؟ — I: And then what?"]
    for _ in range(rng.randint(1, 2)):
        farsi, english = rng.choice(PERSIAN_TURNS)
        lines += [f"پاسخ‌دهنده: {farsi}", f"R: {english}"]
    if rng.random() < 0.5:
        lines.append(rng.choice(("I: Mm-hm.", "I: [laughs]")))
    return [f"{number + at:04}  {line}" for at, line in enumerate(lines)]


PERSIAN = Platform(
    title="مصاحبه تاریخ شفاهی — Oral history interview T-12 (Persian/English)",
    subtitle=f"ضبط ۱۴۰۴/۱۲/۰۵ — recorded 24 Feb 2026; English under each line{NBSP}🎧",
    lead=(
        f"Transcript in Persian with an English line under each turn{ZWSP}. Shirin typed the "
        "Persian on two keyboards, so some letters and digits differ."
    ),
    sections=(
        "بخش ۱ · Section 1 — Family",
        "بخش ۲ · Section 2 — Tehran",
        "بخش ۳ · Section 3 — Work",
        "بخش ۴ · Section 4 — Today",
    ),
    notes=(
        "Line numbers in Western digits.",
        "Persian digits as spoken dates.",
        "Recorder changed here.",
    ),
    item=_persian,
    footer=("ترجمه انگلیسی توسط تیم پروژه. English by the project team.", STOCK),
    least_sections=4,
    least_items=3,
)

KAZAKH_LINES = (
    ("Қымбатты Айгерім, хатыңды алдым, рахмет.", "Dear Aigerim, I got your letter, thank you."),
    (
        "Ауылда бәрі аман, қар әлі еріген жоқ.",
        "Everyone in the village is well, the snow has not melted yet.",
    ),
    ("Шешем сәлем айтады, сені сағынып жүр.", "Mother sends her greetings, she misses you."),
    ("Ерлан жаңа жұмысқа орналасты, Алматыда.", "Yerlan has found a new job, in Almaty."),
    ("Ерлан жаңа жұмысқа орналасты, Астанада.", "Yerlan has found a new job, in Astana."),
    ("Көктемде келесің бе?", "Will you come in spring?"),
    ("Сау бол, сенің Ерланың.", "Goodbye, your Yerlan."),
)
OLD_SPELLING = {"ä": "a'", "ğ": "g'", "ñ": "n'", "ö": "o'", "ü": "u'", "ş": "s'", "ı": "i'"}


def _kazakh(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    number = 1 + len(earlier)
    lines = [f"Letter {number} · {3 + number % 25} March {section[-4:]}, 10:{10 + number:02}"]
    for cyrillic, english in rng.sample(KAZAKH_LINES, rng.randint(1, 2)):
        written = latin(cyrillic)
        if rng.random() < 0.4:  # the older apostrophe spelling
            written = "".join(OLD_SPELLING.get(char, char) for char in written)
        lines += [cyrillic, written, f"— {english}"]
    if rng.random() < 0.6:
        lines += ["Сау бол!", "Sau bol!"]
    return lines


KAZAKH = Platform(
    title="Хаттар — Hattar — Letters from the aul, 2019–2023",
    subtitle=f"Kazakh letters in Cyrillic, in Latin script and in English{NBSP}🏔️",
    lead=(
        "Each letter is given in Cyrillic, then in the Latin alphabet of 2021, then in "
        "English. Older transcriptions use the 2017 apostrophe spelling."
    ),
    sections=(
        "Хаттар · Letters 2019",
        "Хаттар · Letters 2020",
        "Хаттар · Letters 2021",
        "Хаттар · Letters 2022",
        "Хаттар · Letters 2023",
    ),
    notes=("Cyrillic as written.", "Latin by Aigerim.", "English glosses by the editor."),
    item=_kazakh,
    footer=("Сау болыңыз. Goodbye.", STOCK),
    least_items=3,
)


def speech(rng: random.Random) -> str:
    """A speech as prepared, with a line that recurs, under "Check against delivery"."""
    return export(rng, SPEECH)


def letters(rng: random.Random) -> str:
    """A family's letters: dated headers, openings and closings that recur, postscripts."""
    return export(rng, LETTERS)


def persian_interview(rng: random.Random) -> str:
    """A Persian/English transcript with numbered lines and two keyboards' letters."""
    return export(rng, PERSIAN)


def kazakh_letters(rng: random.Random) -> str:
    """Kazakh letters in Cyrillic, Latin (new or apostrophe spelling) and English."""
    return export(rng, KAZAKH)
