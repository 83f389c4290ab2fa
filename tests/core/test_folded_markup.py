"""Quote-only placement in a text numbered for print, exported to markdown or escaped as HTML
since the quotes were taken: the marks are folded out while placing (``core.folded_markup``)."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.folded_markup import fold_new_markup
from desktop_app.core.placement_doubts import reads_as_a_neighbour, sentence_goes_on

PARAGRAPHS = [
    "Hollins Foods is recalling its chicken and leek pies.",
    "Lot L2451B, best before 14/05/2027, is affected.",
    "Lot L2448B, best before 19/06/2027, is affected too.",
    "A supplier's machine broke on the line at 14:12:40, and fragments fell in.",
    "Retailers should not sell any pie from these lots, even if the box is sealed.",
    "For more information, contact Hollins Foods on 0800 915 3321.",
]
OLD = "\n\n".join(PARAGRAPHS)


def _numbered(text: str, style: str) -> str:
    lines = text.split("\n")
    out, number = [], 0
    for line in lines:
        if line:
            number += 1
            line = (f"{number:>3}  " if style == "margin" else f"{number}. ") + line
        out.append(line)
    return "\n".join(out)


def _spans(text: str, draw: st.DrawFn) -> list[tuple[int, int]]:
    words = [i for i, c in enumerate(text) if c.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    spans = []
    for _ in range(draw(st.integers(3, 8))):
        first = draw(st.integers(0, len(words) - 2))
        last = draw(st.integers(first + 1, min(len(words) - 1, first + 20)))
        end = words[last]
        while text[end - 1].isspace():
            end -= 1
        spans.append((words[first], end))
    return spans


@st.composite
def _numbered_cases(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    style = draw(st.sampled_from(["margin", "paragraph"]))
    return _numbered(OLD, style), _spans(OLD, draw)


@settings(max_examples=30, deadline=None)
@given(case=_numbered_cases())
def test_passages_of_a_text_numbered_since_are_placed_on_their_own_words(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    new, spans = case
    requests = [Request(*describe(OLD, start, end)) for start, end in spans]
    for (start, end), placement in zip(spans, place_all(new, requests), strict=True):
        words = OLD[start:end]
        assert placement.state in ("exact", "moved", "fuzzy"), (words, placement)
        found = new[placement.start : placement.end]
        assert re.sub(r"\n[ \t]*\d+\.?[ \t]+", "\n", found) == words


def test_numbers_the_quotes_had_already_are_not_folded() -> None:
    numbered = _numbered(OLD, "paragraph")
    samples = [numbered[10:80], numbered[40:140]]
    assert fold_new_markup(numbered, samples) is None
    folded = fold_new_markup(_numbered(OLD, "margin"), [OLD[10:80], OLD[40:140]])
    assert folded is not None
    assert folded.text == OLD


def test_markdown_marks_are_folded_and_read_back() -> None:
    old = "Recall notice\n\nProduct details\n\nProduct: pie\n\nFull report: https://example.com/r"
    new = (
        "# Recall notice\n\n## Product details\n\n**Product:** pie\n\n"
        "**Full report:** [example.com](https://example.com/r)"
    )
    folded = fold_new_markup(new, [old[5:40], old[30:80]])
    assert folded is not None
    assert folded.text == old
    start = folded.text.index("Product: pie")
    assert new[slice(*folded.back(start, start + len("Product: pie")))] == "Product:** pie"
    assert folded.forth(*folded.back(start, start + 3)) == (start, start + 3)


ESCAPED_OLD = (
    "Hollins & Sons\n\nA pie “with leek” – sold at £3½ in Tbilisi (თბილისი).\n\n"
    "Lot L2451B is affected; the café’s stock too.\n\nCall 0800 915 3321 … now."
)


def _escaped(text: str, numeric: bool) -> str:
    """``text`` as a web feed escapes it: "&" and typography as named references, headings
    (lines without a full stop) tagged, and, if ``numeric``, the rest beyond ASCII as
    numeric references."""
    named = {"&": "&amp;", "“": "&ldquo;", "”": "&rdquo;", "–": "&ndash;", "£": "&pound;"}
    named |= {"½": "&frac12;", "’": "&rsquo;", "…": "&hellip;"}
    out = []
    for char in text:
        if char in named:
            out.append(named[char])
        elif numeric and ord(char) > 127:
            out.append(f"&#{ord(char)};")
        else:
            out.append(char)
    lines = "".join(out).split("\n")
    return "\n".join(f"<h2>{line}</h2>" if line and "." not in line else line for line in lines)


@st.composite
def _escaped_cases(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    return _escaped(ESCAPED_OLD, draw(st.booleans())), _spans(ESCAPED_OLD, draw)


@settings(max_examples=30, deadline=None)
@given(case=_escaped_cases())
def test_passages_of_a_text_escaped_as_html_since_are_placed_on_their_own_words(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    new, spans = case
    requests = [Request(*describe(ESCAPED_OLD, start, end)) for start, end in spans]
    for (start, end), placement in zip(spans, place_all(new, requests), strict=True):
        words = ESCAPED_OLD[start:end]
        assert placement.state in ("exact", "moved", "fuzzy"), (words, placement)
        found = new[placement.start : placement.end]
        assert html.unescape(re.sub(r"</?h2>", "", found)) == words


def test_character_references_are_decoded_and_read_back_whole() -> None:
    new = _escaped(ESCAPED_OLD, numeric=True)
    folded = fold_new_markup(new, [ESCAPED_OLD[5:60], ESCAPED_OLD[50:120]])
    assert folded is not None
    assert folded.text == ESCAPED_OLD
    start = ESCAPED_OLD.index("“with leek” –")
    end = start + len("“with leek” –")
    assert new[slice(*folded.back(start, end))] == "&ldquo;with leek&rdquo; &ndash;"
    assert folded.forth(*folded.back(start, end)) == (start, end)
    assert folded.forth(*folded.back(0, 8)) == (0, 8)


def test_references_and_tags_the_quotes_hold_already_or_too_few_are_not_folded() -> None:
    new = _escaped(ESCAPED_OLD, numeric=False)
    assert fold_new_markup(new, [new[0:40], new[30:90]]) is None
    one_reference = fold_new_markup("Fish &amp; chips, <b>hot</b>.", ["Fish & chips"])
    assert one_reference is not None
    assert one_reference.text == "Fish &amp; chips, hot."


def test_a_passage_found_only_through_decoded_references_is_a_guess() -> None:
    old = "BD610 · Board 3: Tomás Ferreira – Owen Pritchard, ½–½."
    new = (
        "BD610 &#183; Board 3: Tom&#225;s Ferreira &ndash; Owen Pritchard, &frac12;&ndash;&frac12;."
    )
    dot = old.index("·")
    word = old.index("Tomás")
    requests = [Request(*describe(old, dot, dot + 1)), Request(*describe(old, word, word + 5))]
    alone, with_letters = place_all(new, requests)
    assert alone.state == "review"
    assert new[alone.start : alone.end] == "&#183;"
    assert with_letters.state in ("moved", "fuzzy")
    assert new[with_letters.start : with_letters.end] == "Tom&#225;s"


def test_a_passage_ending_on_an_escaped_ampersand_ends_on_the_quote() -> None:
    old = "Call the Floodline for the latest warnings & alerts. Schools & roads shut."
    new = old.replace("&", "&amp;")
    start = old.index("Call")
    end = old.index(" alerts")
    (placement,) = place_all(new, [Request(*describe(old, start, end))])
    assert placement.state in ("exact", "moved")
    assert new[placement.start : placement.end] == old[start:end]


def test_a_sentence_that_goes_on_past_a_found_end_beside_its_twin_is_a_guess() -> None:
    old = "Sold at stores in Hull. Sold at stores in York. It was also sold online."
    text = "Sold at stores in Hull, York and Leeds. It was also sold online."
    _, twin = describe(old, 0, old.index(".") + 1)
    _, alone = describe("Sold at stores in Hull. It was also sold online.", 0, 23)
    comma = text.index(",")
    assert sentence_goes_on(text, 0, comma, twin)
    assert sentence_goes_on(text, 0, comma + 1, twin)
    assert not sentence_goes_on(text, 0, text.index(".") + 1, twin)
    assert not sentence_goes_on(text, 0, comma, alone)  # sentences joined: no twin beside


def test_a_twin_found_in_the_stead_of_a_deleted_sentence_is_a_guess() -> None:
    """Of "The population was 1,811 in 2021. The population was 1,823 in 2011." the first
    went away: its fuzzy best match is the twin stored right after it, not it."""
    old = "Kayakoy\n\nThe population was 1,811 in 2021. The population was 1,823 in 2011."
    _, quote = describe(old, 9, 9 + len("The population was 1,811 in 2021."))
    assert reads_as_a_neighbour("The population was 1,823 in 2011.", quote)
    assert not reads_as_a_neighbour("The population was 1,811 in 2022.", quote)


REPLY_OLD = "\n\n".join(
    [
        "Hollins Foods is recalling its chicken and leek pies.",
        "Lot L2451B, best before 14/05/2027, is affected.",
        "A supplier's machine broke on the line at 14:12:40, and fragments fell in.",
        "Retailers should not sell any pie from these lots, even if the box is sealed.",
        "For more information, call the helpline on 0800 915 3321.",
    ]
)


def _quoted_in_reply(text: str, replies: dict[int, str]) -> str:
    """``text`` quoted in an e-mail reply: "> " before every line (a bare ">" on a blank line
    between quoted ones), a reply after each paragraph whose index ``replies`` holds."""
    paragraphs = text.split("\n\n")
    blocks = []
    for index, paragraph in enumerate(paragraphs):
        blocks.append("\n".join("> " + line for line in paragraph.split("\n")))
        if index in replies:
            blocks.append(replies[index])
    out = []
    for index, block in enumerate(blocks):
        if index:
            quoted_both = block.startswith(">") and blocks[index - 1].startswith(">")
            out.append("\n>\n" if quoted_both else "\n\n")
        out.append(block)
    return "".join(out)


@st.composite
def _reply_cases(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    chosen = draw(st.sets(st.integers(0, 3), max_size=2))
    replies = {index: f"Noted, and thanks for point {index}." for index in chosen}
    spans = [span for span in set(_spans(REPLY_OLD, draw)) if "\n" not in REPLY_OLD[slice(*span)]]
    return _quoted_in_reply(REPLY_OLD, replies), sorted(spans)


@settings(max_examples=30, deadline=None)
@given(case=_reply_cases())
def test_passages_of_a_text_quoted_in_a_reply_since_are_placed_on_their_own_words(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    new, spans = case
    requests = [Request(*describe(REPLY_OLD, start, end)) for start, end in spans]
    replied = "Noted" in new
    for (start, end), placement in zip(spans, place_all(new, requests), strict=True):
        words = REPLY_OLD[start:end]
        if placement.state in ("exact", "moved", "fuzzy"):
            assert new[placement.start : placement.end] == words
        else:  # a short quote may stand twice; a reply beside one may change its context
            assert placement.state == "review", (words, placement)
            assert replied or len(words) < 12, (words, placement)


def test_reply_quote_marks_are_folded_unless_the_quotes_hold_them() -> None:
    new = _quoted_in_reply(REPLY_OLD, {})
    folded = fold_new_markup(new, [REPLY_OLD[10:80], REPLY_OLD[40:140]])
    assert folded is not None
    assert folded.text == REPLY_OLD
    start = folded.text.index("Lot L2451B")
    assert new[slice(*folded.back(start, start + 10))] == "Lot L2451B"
    assert fold_new_markup(new, [new[30:120], new[100:200]]) is None
