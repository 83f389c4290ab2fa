"""More twenty-fifth-round fresh texts (no test here): a corrections and clarifications
column, a reader-comments page, a Burmese/English public notice and an Armenian/English one.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, SHY, ZWSP, Platform, export
from tests.benchmarks.reanchor_fresh25_kit import STOCK, myanmar_digits, reformed, zawgyi

FOOTER_NOTE = "Pages are archived as published; later versions are kept beside them."

# -- a corrections and clarifications column ----------------------------------------------------

MISTAKES = (
    ("the plant employed {w} people", "it employs {r}", (1200, 2100)),
    ("the bridge cost {w} million euros", "it cost {r} million euros", (14, 41)),
    ("the mayor was jailed for {w} years", "he was jailed for {r} years", (3, 4)),
    ("{w}% of bus routes had been cut", "{r}% of routes had been merged, not cut", (40, 4)),
    ("the storm cut power to {w},000 homes", "it cut power to {r},000 homes", (18, 80)),
    ("the match ended {w}–1", "it ended {r}–1", (3, 2)),
    ("measles cases rose to {w}", "they rose to {r}", (1420, 1240)),
)
PAGES = ("Page 4, Business", "Page 2, News", "Page 11, Sport", "Online, World", "Page 7, Health")
APOLOGY = "We apologise for the error."


def _correction(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    wrong, right, (w, r) = rng.choice(MISTAKES)
    day = rng.randint(2, 13)
    lines = [rng.choice(PAGES)]
    lines.append(
        f"An article on {day} March said {wrong.format(w=w)}. In fact, {right.format(r=r)}."
    )
    if rng.random() < 0.3:
        lines.append(f"The headline also said {w}; it now reads {r}.")
    lines.append(APOLOGY if rng.random() < 0.7 else "Amended online.")
    return lines


def corrections_column(rng: random.Random) -> str:
    """A corrections column: each an article's wrong figure and the right one side by side."""
    platform = Platform(
        title="Corrections and clarifications",
        subtitle=f"Compiled by the readers’ editor · week to 16 March 2026{NBSP}✍️",
        lead=wrap(
            rng,
            (
                "We correct significant errors as soon as we can. Write to the readers’ editor; "
                "each correction says what the article said and what is right."
            ),
            72,
        ),
        sections=(
            "Monday 9 March",
            "Tuesday 10 March",
            "Wednesday 11 March",
            "Thursday 12 March",
            "Friday 13 March",
            "Saturday 14 March",
        ),
        notes=("Corrections as printed.", "Online articles were amended the same day."),
        item=_correction,
        footer=("The readers’ editor can be reached at corrections@example.org.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a reader-comments page ----------------------------------------------------------------------

USERS = ("@mara_k", "@tomh", "@lin.w", "@oyelaran", "@petra_s", "@dave1962", "@zoe.r", "@k_mensah")
COMMENTS = (
    "This.",
    "This.",
    "So true 👏",
    "Source?",
    "Source?",
    "Needs context 🤔",
    "Misleading headline, read the article.",
    "The council said the same thing last year and nothing changed.",
    "My bus was cut in February, the 14 doesn’t run after 9 any more.",
    "Read the article before commenting, it says merged not cut.",
    f"Fact-checkers checking fact-checkers{NBSP}🙄",
    "Forty percent is simply not true, I drive the 22 every day.",
    "Thank you for actually linking the timetable.",
    f"Night buses matter to shift workers 🚌 — nobody asks us.{SHY}",
)


def _comment(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    user = rng.choice(USERS)
    head = f"{user} · {rng.randint(1, 23)}h · {rng.randint(0, 240)} likes"
    said = [lines[1] for lines in earlier if len(lines) > 1 and not lines[1].startswith("> ")]
    if earlier and rng.random() < 0.35:
        quoted = rng.choice([s for s in said if len(s) > 12] or said)
        return [head, f"> {quoted}", rng.choice(COMMENTS), "Reply"]
    lines = [head, rng.choice(COMMENTS)]
    if rng.random() < 0.6:
        lines.append("Reply")
    return lines


def comments_page(rng: random.Random) -> str:
    """Comments under an article: one-liners that repeat, replies quoting a comment."""
    platform = Platform(
        title="Comments (214) — Fact check: bus routes",
        subtitle=f"Sorted by top · comments close after 72{NBSP}hours 💬",
        lead=wrap(
            rng,
            (
                "Be kind and stay on topic. Comments that break the rules are removed by our "
                "moderators; replies to them stay."
            ),
            72,
        ),
        sections=("Top comments", "Newest", "Replies to @mara_k", "Most liked", "Flagged"),
        notes=("Showing 20 of 214.", "Moderators reply in green.", "Replies load on tap."),
        item=_comment,
        footer=("Comment rules updated 1 March 2026.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a Burmese/English public notice ------------------------------------------------------------

#: Myanmar phrases as lists of words (no spaces between them in print), and their English.
BURMESE = (
    (("ရေပေးဝေမှု", "ယာယီ", "ရပ်ဆိုင်း", "မည်"), "The water supply will be suspended for a time."),
    (("မီးပြတ်တောက်မှု", " နံနက် ", "9", " နာရီမှ ", "ညနေ ", "5", " နာရီ", "အထိ"),
     "Power cuts from 9 in the morning to 5 in the evening."),
    (("လမ်း", "ပြုပြင်ရေး", "လုပ်ငန်း", "ကြောင့်", " ယာဉ်ကြော", "ပိတ်", "မည်"),
     "The road will close for repair work."),
    (("ကျန်းမာရေး", "ဌာန", "မှ", " ကာကွယ်ဆေး", "ထိုးပေး", "မည်"),
     "The health department will give vaccinations."),
    (("စျေးနှုန်း", "များ ", "15", " ရာခိုင်နှုန်း ", "မြင့်တက်"), "Prices rose by 15 per cent."),
    (("အသေးစိတ်", "သိရှိ", "လိုပါက ", "09 450 123", " သို့ ", "ဆက်သွယ်ပါ"),
     "For details, call 09 450 123."),
    (("ရန်ကုန်", "မြို့", "တော်", " စည်ပင်", "သာယာရေး", " ကော်မတီ"),
     "Yangon City Development Committee."),
)  # fmt: skip


def _burmese_line(rng: random.Random, words: tuple[str, ...]) -> str:
    joiner = ZWSP if rng.random() < 0.3 else ""
    line = joiner.join(words) + "။"
    if rng.random() < 0.5:
        line = myanmar_digits(line)
    if rng.random() < 0.25:
        line = zawgyi(line)
    return line


def _burmese(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, english = rng.choice(BURMESE)
    ward = rng.randint(1, 12)
    day = myanmar_digits(str(ward + 3)) if rng.random() < 0.5 else str(ward + 3)
    lines = [f"Ward {ward} · {day} March · Yangon", _burmese_line(rng, words), english]
    lines.append(rng.choice(("Thank you.", "Thank you.", "Updated.", f"Ref. {ward}/{index + 1}.")))
    return lines


def burmese_notice(rng: random.Random) -> str:
    """A city notice in Burmese and English: Myanmar digits or Western, zero-width spaces."""
    platform = Platform(
        title="Public notices — Yangon City Development Committee",
        subtitle=f"ရန်ကုန်မြို့တော် စည်ပင်သာယာရေး ကော်မတီ · March 2026{NBSP}📢",
        lead=wrap(
            rng,
            (
                "Notices are given in Burmese and English. Ward numbers follow the city’s 2024 "
                "map; the Burmese text is authoritative."
            ),
            72,
        ),
        sections=("Water supply", "Power", "Roads and transport", "Health", "Markets"),
        notes=("Notices as posted at ward offices.", "English by the committee’s office."),
        item=_burmese,
        footer=("Posted on the committee’s page and at ward offices.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- an Armenian/English notice ------------------------------------------------------------------

#: Armenian sentences in the classical spelling (an older version's), and their English.
ARMENIAN = (
    ("Ուշադրութիւն՝ ջրամատակարարումը կը դադարի երկուշաբթի առաւօտեան։",
     "Attention: the water supply stops on Monday morning."),
    ("Քաղաքապետարանի հաղորդագրութիւն՝ Երեւանի կենտրոնում փողոցները փակ կը մնան։",
     "City hall notice: streets in central Yerevan stay closed."),
    ("Ե՞րբ կը վերականգնուի հոսանքը։ Ժամը 14-ին, ըստ ընկերութեան։",
     "When will power return? At 14:00, according to the company."),
    ("Ինչո՞ւ է փակ դպրոցը։ Ջեռուցման անսարքութիւն եւ վերանորոգում։",
     "Why is the school closed? A heating fault and repairs."),
    ("Բնակիչները կարող են դիմել ինքնակառաւարման մարմին՝ ամէն օր 9-ից 18։",
     "Residents may apply to the local council every day from 9 to 18."),
    ("Շնորհակալութիւն համբերութեան համար եւ ներողութիւն անհարմարութեան։",
     "Thank you for your patience, and sorry for the trouble."),
)  # fmt: skip


def _armenian(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, english = rng.choice(ARMENIAN)
    if rng.random() < 0.4:  # a newer notice, in the reformed spelling
        words = reformed(words)
    number = 1 + len(earlier)
    lines = [f"Notice {number} · {rng.randint(2, 20)} March 2026", words, english]
    lines.append(rng.choice(("Thank you.", "Thank you.", "Updated.", "Շնորհակալութիւն։")))
    return lines


def armenian_notice(rng: random.Random) -> str:
    """A Yerevan notice in Armenian (classical spelling) and English."""
    platform = Platform(
        title="Notices to residents — Kentron district, Yerevan",
        subtitle=f"Կենտրոն վարչական շրջան · March 2026{NBSP}📢",
        lead=wrap(
            rng,
            (
                "Notices are given in Armenian and English. Older notices keep the classical "
                "spelling of the diaspora papers that first printed them."
            ),
            72,
        ),
        sections=(
            "Water — Ջուր",
            "Power — Հոսանք",
            "Schools — Դպրոցներ",
            "Streets — Փողոցներ",
            "Council — Ինքնակառավարում",
        ),
        notes=("Notices as posted on the district board.", "English by the district office."),
        item=_armenian,
        footer=("Posted on the district’s page and noticeboard.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
