"""Two short accounts of one day, sentence by sentence, dense enough to show some 60 aligned
pairs at once at 1920x1080: the screenshot and painting checks of compare mode use them.

``python -m tests.benchmarks.dense_pair DIR`` writes them as ``DIR/wire.txt`` and
``DIR/local.txt`` (open both: ``python -m desktop_app DIR/wire.txt DIR/local.txt``).
Every fifth sentence of B is a near copy, the same fact reworded, a shared quotation,
more detail or a contradiction (another figure) of its sentence in A.
"""

from __future__ import annotations

import sys
from pathlib import Path

_STEMS = (
    "Ash",
    "Birch",
    "Cobble",
    "Dun",
    "Elm",
    "Fen",
    "Glen",
    "Hart",
    "Ivy",
    "Kest",
    "Lark",
    "Mill",
)
_ENDS = (
    "ford",
    "moor",
    "wick",
    "stead",
    "bury",
    "mere",
    "holt",
    "combe",
    "dale",
    "gate",
    "ley",
    "worth",
)
#: One town per sentence (no two sentences of one article share their strongest words).
_PLACES = tuple(stem + end for end in _ENDS for stem in _STEMS)
_THINGS = (
    ("ferries", "boats"),
    ("pumps", "engines"),
    ("volunteers", "helpers"),
    ("sandbags", "bags of sand"),
    ("buses", "coaches"),
    ("schools", "classrooms"),
    ("bridges", "crossings"),
    ("shelters", "halls"),
    ("tents", "marquees"),
    ("generators", "power units"),
)


def _sentence_pair(k: int) -> tuple[str, str]:
    place = _PLACES[k % len(_PLACES)]
    plural, other = _THINGS[k % len(_THINGS)]
    count = 3 + k
    kind = k % 5
    verb = ("sent", "lent", "moved", "brought", "took", "drove")[k % 6]
    way = ("north", "inland", "upriver", "to the coast", "east", "uphill", "west")[k % 7]
    a = f"{place} {verb} {count} {plural} {way}."
    if kind == 0:  # near copy: one word changed
        b = f"{place} {verb} {count} {plural} {way} today."
    elif kind == 1:  # the same fact in other words
        b = f"{count} {other} left {place}, {way}."
    elif kind == 2:  # a shared quotation
        a = f'"{place} held firm," said the mayor.'
        b = f'The mayor said: "{place} held firm."'
    elif kind == 3:  # more detail in B
        b = f"{place} {verb} {count} {plural} {way} before dawn, with crews, fuel and doctors."
    else:  # a contradiction: another figure
        b = f"{place} {verb} {count + 200} {plural} {way}."
    return a, b


def dense_pair(sentences: int = 120, per_paragraph: int = 7) -> tuple[str, str]:
    """The two texts: ``sentences`` short sentences each, in paragraphs of ``per_paragraph``."""
    pairs = [_sentence_pair(k) for k in range(sentences)]
    texts = []
    for side in (0, 1):
        paragraphs = [
            " ".join(pair[side] for pair in pairs[i : i + per_paragraph])
            for i in range(0, sentences, per_paragraph)
        ]
        title = ("Flood day, hour by hour", "Our towns on the day of the flood")[side]
        texts.append(title + "\n\n" + "\n\n".join(paragraphs) + "\n")
    return texts[0], texts[1]


def main(argv: list[str]) -> int:
    """Write the two texts into the directory named."""
    folder = Path(argv[0]) if argv else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    wire, local = dense_pair()
    (folder / "wire.txt").write_text(wire, encoding="utf-8")
    (folder / "local.txt").write_text(local, encoding="utf-8")
    print(folder / "wire.txt", folder / "local.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
