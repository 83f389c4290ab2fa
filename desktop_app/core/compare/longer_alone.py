"""More detail in a sentence twice as long as its only partner, with a value or name of its own."""

from __future__ import annotations

import re

from desktop_app.core.compare.align import UnitTerms

#: A sixth way to more detail (``relations.relation_of``): a sentence of at least this many
#: times the words of the other, giving a figure, a moment or a name the other lacks, when the
#: engine pairs it with no other sentence of the other text. "Fire crews from three stations
#: searched the rubble with a dog for an hour before confirming that no one was trapped."
#: against "Firefighters checked the rubble before declaring the site clear."; "On Oct. 9, the
#: man was lifting potatoes on his property about 12 kilometres north of Tamsworth when he
#: found the ring …" against "The potato had grown right through a gold wedding band, about
#: four inches down.". What the long sentence adds is then a fact the other text does not put
#: beside this one; when the long sentence is paired with a second sentence of the other
#: text, the other text tells its extra in that sentence, and the writers call each pair the
#: same fact (their "one sentence against two"). Round 166, on the 5,199 true pairs found of
#: all 512 development pairs, of those the engine called the same fact: paired alone 33 more
#: detail mended, 19 same facts made more detail; paired twice or more 14 / 44 (1.5 times the
#: words alone 68 / 98, 1.8 40 / 34, 2.5 14 / 8, 3 3 / 1; any term of its own instead of a
#: value or name 43 / 41); leaving one pair out (ratios 1.5 to 3, alone or not, a value or
#: name, a figure, or anything) 2 and alone with a value or name is chosen for 511 of the 512
#: pairs, +13 labels. See tests/compare_data/README.md entry 166.
LONGER_ALONE_RATIO = 2.0
#: Whether the rule is on (the development set's switch, ``by_entry --off longer_alone``).
LONGER_ALONE = True
#: Chinese ideographs and Japanese kana (as ``quotes._CJK``): written without spaces, so a run
#: of them between two marks is a clause, not a word; each counts as one word here.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A word as ``relations`` counts words (letters and digits, apostrophes inside), but each
#: ideograph or kana a word of its own.
_WORD = re.compile(rf"[{_CJK}]|(?:(?![{_CJK}])[^\W_])+(?:['’](?:(?![{_CJK}])[^\W_])+)*")


def sentence_words(text: str) -> int:
    """How many words ``text`` holds for ``longer_alone``: runs of letters and digits, each
    Chinese ideograph or Japanese kana one word ("3月5日，消防员检查了废墟。" is 12, not 2)."""
    return len(_WORD.findall(text))


def longer_alone(
    rich: UnitTerms, other: UnitTerms, rich_words: int, other_words: int, *, alone: bool
) -> bool:
    """Whether ``rich``, paired with no other sentence (``alone``), says clearly more than
    ``other``: ``LONGER_ALONE_RATIO`` times its words, and a figure, a moment (``#`` and ``@``
    terms) or a name that ``other`` lacks."""
    if not (LONGER_ALONE and alone and rich_words >= LONGER_ALONE_RATIO * max(1, other_words)):
        return False
    lacking = rich.weights.keys() - other.weights.keys()
    return any(key.startswith(("#", "@")) for key in lacking) or bool(
        rich.names - other.weights.keys()
    )
