"""Imports place an article's passages together: offsets first, then quotes, neighbours helping."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.anchoring import describe
from desktop_app.core.layout import OffsetMap
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.project import Project
from desktop_app.core.records import TextQuote
from desktop_app.importers.quote_placing import Target, locate, locate_all
from tests.core.test_batch_placement import NATURAL_STEP, OLD, OPENING, SAID
from tests.importers.test_interop_w3c import URL, _hypothesis_annotation, _import

#: The article as the project has it now: the text the annotations were made on, with a
#: long opening put before it (every passage moved far from its stated offsets) and the
#: sentence after the second copy of :data:`SAID` retouched (no copy keeps its context).
_SECOND = OLD.index(SAID, OLD.index(SAID) + 1)
NEW = (
    OPENING
    + "\n\n"
    + OLD[:_SECOND]
    + OLD[_SECOND:].replace("Critics were unconvinced.", "Critics were unconvinced!", 1)
)
NEIGHBOURS = (
    "Analysts pointed to critical minerals",
    "Trade between the two countries has doubled",
    "Teachers in Shymkent staged a short strike",
    "A spokesman for the foreign ministry",
)


def _project() -> Project:
    article = make_article(
        NEW, title="KZ", article_id="c0000000-0000-4000-8000-0000000000bb", url=URL
    )
    return new_project([article])


def test_a_w3c_import_places_a_repeated_sentence_by_its_neighbours(tmp_path: Path) -> None:
    second = _hypothesis_annotation("said", OLD, SAID, occurrence=1)
    alone = _project()
    bundle = _import(tmp_path, alone, [second])
    (annotation,) = alone.annotations
    assert annotation.anchor == "review"  # two copies, much the same context: a guess alone
    assert any("needs review" in warning for warning in bundle.warnings)

    together = _project()
    items = [_hypothesis_annotation(f"n{i}", OLD, quote) for i, quote in enumerate(NEIGHBOURS)]
    bundle = _import(tmp_path, together, [*items[:2], second, *items[2:]])
    by_note = {a.note: a for a in together.annotations}
    placed = by_note["Comment on said"]
    expected = NEW.index(SAID, NEW.index(SAID) + 1)
    assert (placed.anchor, placed.start, placed.end) == ("moved", expected, expected + len(SAID))
    assert all(a.anchor == "moved" for a in together.annotations)
    assert not any("review" in warning for warning in bundle.warnings)


def test_offsets_that_still_select_their_quote_stay_exact_beside_a_batch() -> None:
    """A paragraph added near the top: the first passage's offsets still select its quote
    (settled, exact); the others are placed by their quotes together, and the repeated
    sentence, a guess alone, is placed by its neighbours."""
    first = OLD.index(NATURAL_STEP)
    added = " ".join(["A paragraph added near the top of the article by its editors."] * 6)
    text = OLD[:first] + added + "\n\n" + OLD[first:_SECOND]
    text += OLD[_SECOND:].replace("Critics were unconvinced.", "Critics were unconvinced!", 1)
    quotes = ("Kazakhstan joined the Abraham", *NEIGHBOURS[:2], SAID, *NEIGHBOURS[2:])
    targets = []
    for quote in quotes:
        start = _SECOND if quote == SAID else OLD.index(quote)
        _position, selectors = describe(OLD, start, start + len(quote))
        targets.append(Target(start, start + len(quote), selectors))
    located = locate_all(text, targets)
    assert located[0] == ("exact", 0, len(quotes[0]))
    second = text.index(SAID, text.index(SAID) + 1)
    assert locate(text, *targets[3]) == ("review", second, second + len(SAID))
    assert located[3] == ("moved", second, second + len(SAID))
    for (state, start, end), quote in zip(located[1:], quotes[1:], strict=True):
        assert state == "moved"
        assert text[start:end] == quote


def test_passages_without_a_quote_or_without_offsets_are_located_as_before() -> None:
    assert locate_all(NEW, []) == []
    assert locate(NEW, 5, 9, None) == ("exact", 5, 9)
    assert locate(NEW, 5, len(NEW) + 9, None) == ("orphaned", 5, len(NEW))
    once = "Teachers in Shymkent"
    assert locate(NEW, None, None, TextQuote(exact=once)) == (
        "exact",
        NEW.index(once),
        NEW.index(once) + len(once),
    )
    twice = TextQuote(exact=SAID)  # found twice with nothing to choose: better unplaced
    assert locate(NEW, None, None, twice) == ("orphaned", 0, 0)
    utf16 = OffsetMap(NEW)
    stated = Target(NEW.index(once), NEW.index(once) + len(once), TextQuote(exact=once), utf16)
    assert locate_all(NEW, [stated]) == [("exact", stated.start, stated.end)]
