"""More thirty-sixth-round fresh texts (no test here): a Lepcha/English notice of a district
disaster management authority in Sikkim and a Limbu/English notice of a trekking checkpoint in
eastern Nepal.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh31_more_texts import _bilingual_item
from tests.benchmarks.reanchor_fresh33_kit import native_digits
from tests.benchmarks.reanchor_fresh36_kit import (
    KEMPHRENG,
    LEPCHA_DIGITS,
    LEPCHA_LINES,
    LEPCHA_THANKS,
    LIMBU_DIGITS,
    LIMBU_LINES,
    LIMBU_THANKS,
    STOCK,
)

# -- a Lepcha/English notice of a district disaster management authority in Sikkim --------------


def _lepcha_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    lines = _bilingual_item(rng, LEPCHA_LINES, "Mangan", LEPCHA_THANKS, earlier)
    if rng.random() < 0.5:
        lines[1] = native_digits(lines[1], LEPCHA_DIGITS)
    return lines


def lepcha_notice(rng: random.Random) -> str:
    """A district disaster management authority's notice in Lepcha (Róng script: vowel signs,
    final consonant signs, subjoined letters, the ta-rol; Lepcha digits on some lines and
    Western ones on others) and English, English lines between."""
    platform = Platform(
        title="Notices — District Disaster Management Authority, Mangan, Sikkim",
        subtitle=f"ᰛᰩᰵ ᰜᰩᰮ ᰀᰪᰭ · June 2026{NBSP}⛰",
        lead=wrap(
            rng,
            (
                "Notices are given in Lepcha and English. Some are typed with Lepcha digits; "
                "the Lepcha text is the one that counts in Dzongu. Thank you."
            ),
            72,
        ),
        sections=("Roads", "Landslides", "Rain", "Travel", "Helplines"),
        notes=("Posted at the control room.", "Translated by the authority’s staff."),
        item=_lepcha_item,
        footer=("Published on the district’s notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a Limbu/English notice of a trekking checkpoint in eastern Nepal ----------------------------


def without_kemphreng(words: str) -> str:
    """Limbu without the kemphreng, as a typist without the length mark writes it."""
    return words.replace(KEMPHRENG, "")


def _limbu_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    lines = _bilingual_item(rng, LIMBU_LINES, "Taplejung", LIMBU_THANKS, earlier)
    if rng.random() < 0.4:
        lines[1] = native_digits(lines[1], LIMBU_DIGITS)
    if rng.random() < 0.25:
        lines[1] = without_kemphreng(lines[1])
    return lines


def limbu_notice(rng: random.Random) -> str:
    """A trekking checkpoint's notice in Limbu (vowel signs, small final letters, a subjoined
    ya, the kemphreng on most lines and left out on some, the danda and the Limbu question
    mark, Limbu digits on some lines) and English, English lines between."""
    platform = Platform(
        title="Notices — Taplejung trekking checkpoint, Kanchenjunga Conservation Area",
        subtitle=f"ᤕᤠᤰᤌᤢᤱ ᤐᤠᤴ · June 2026{NBSP}🥾",
        lead=wrap(
            rng,
            (
                "Notices are given in Limbu and English. Some are typed with Limbu digits; "
                "the Limbu text is the one that counts at the checkpoint. Thank you."
            ),
            72,
        ),
        sections=("Opening hours", "Trails", "Passes", "Permits", "Contact"),
        notes=("Posted at the checkpoint’s window.", "Translated by the checkpoint’s staff."),
        item=_limbu_item,
        footer=("Published on the checkpoint’s notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
