"""Figures read as writers mean them: fractions, lakhs and crores, separators, years before a
unit, a half before a hundred (round 180)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare.fraction_words import fraction_tokens, measure_follows
from desktop_app.core.compare.numerals import read_numerals
from desktop_app.core.compare.terms import number_key, tokens
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import related_both_ways, relations_both_ways


def _figures(text: str) -> list[tuple[str, str]]:
    """The figure keys of ``text`` with their kind, and the ``qty:`` slots with their values."""
    return [
        (t.key, t.value or t.kind)
        for t in tokens(text)
        if t.kind in ("number", "count", "year", "scale", "quantity")
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a fraction in words is its value, a share of what follows "of" the percent it is
        ("Three-quarters of the homes were flooded.", [("#75", "number"), ("qty:%", "#75")]),
        ("Two-thirds of voters backed it.", [("#66.7", "number"), ("qty:%", "#66.7")]),
        ("A quarter of the homes were flooded.", [("#25", "number"), ("qty:%", "#25")]),
        ("Deux tiers des habitants sont partis.", [("#66.7", "number"), ("qty:%", "#66.7")]),
        # "by" a fraction is a share of a change; a fraction of a word of scale its figure
        ("Visits fell by a third.", [("#33.3", "number"), ("qty:%", "#33.3")]),
        ("The bill is a quarter of a million pounds.",
         [("#250000", "number"), ("qty:£", "#250000")]),
        ("A third of a million people came.",
         [("#333333", "number"), ("qty:peopl", "#333333"), ("qty:cam", "#333333")]),
        # vulgar fractions after a figure or alone
        ("He had 6½ points.", [("#6.5", "number"), ("qty:point", "#6.5")]),
        ("The walk took 1½ hours.", [("#1.5", "number"), ("qty:hour", "#1.5")]),
        # a lakh is 100,000 and a crore ten million, after digits and after number words
        ("The repair cost ₹3 lakh.", [("#300000", "number")]),
        ("It was built at a cost of ₹1,240 crore.", [("#12400000000", "number")]),
        ("കുടുംബത്തിന് രണ്ട് ലക്ഷം രൂപ", [("#200000", "number"), ("qty:രൂപ", "#200000")]),
        ("दो लाख रुपये", [("#200000", "number"), ("qty:रुपये", "#200000")]),
        # thousands set off in South Asian grouping and by a Swiss apostrophe
        ("It cost ₹3,50,000.", [("#350000", "number")]),
        ("1'200 Leute kamen.",
         [("#1200", "number"), ("qty:leut", "#1200"), ("qty:kamen", "#1200")]),
        # four digits before a unit of size are a figure, not a year
        ("The pier is 2000 metres long.",
         [("#2000", "number"), ("qty:metr", "#2000"), ("qty:long", "#2000")]),
    ],
)  # fmt: skip
def test_figures_are_read_as_their_values(text: str, read: list[tuple[str, str]]) -> None:
    assert _figures(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # no fraction: an ordinal, a plural noun, a share of one unit (a measure, see
        # ``other_units``), "two and a half" (the number words' own half)
        ("A third suspect was arrested.", []),
        ("The troops left their quarters.", []),
        ("Three-quarters of a tonne of fish spilled.", []),
        ("Un quart d'heure plus tard.", []),
        ("It took two and a half years.", [("#2.5", "number"), ("qty:year", "#2.5")]),
        # a year stays a year before a word for a year, or no unit
        ("In 2000 the town grew.", [("#2000", "2000")]),
        ("Stocznia założona w 1998 roku.", [("#1998", "1998")]),
        # a lakh alone is no figure read in words; "lack" is no lakh
        ("A lack of maintenance.", []),
    ],
)  # fmt: skip
def test_words_that_are_no_such_figure_are_left_alone(
    text: str, read: list[tuple[str, str]]
) -> None:
    assert _figures(text) == read


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("dva i pol sata", "#2.5"),  # Croatian: two and a half hours, not 250
        ("tri chant", "#300"),  # Breton: a unit before a hundred still multiplies
        ("छह सय बच्चा", "#600"),  # Maithili: Hindi's six and Nepali's hundred, one number
        ("dva sata", "#2"),  # Croatian two hours: "sata" is Finnish's hundred only
        ("an bheirt san uisce", "#2"),  # Irish: "san" is Haitian's hundred only
        ("kaks ja pool miljonit", "#2500000"),  # a half before a word of scale still counts
    ],
)
def test_a_hundred_multiplies_only_a_whole_unit_of_its_own_language(text: str, key: str) -> None:
    assert read_numerals(text, 0, len(text))[0].key == key


@given(
    value=st.integers(1000, 999_999_999),
    style=st.sampled_from(["en", "eu", "space", "nbsp", "swiss", "south_asian"]),
)
def test_every_separator_convention_reads_the_same_value(value: int, style: str) -> None:
    grouped = f"{value:,}"
    if style == "south_asian":
        head, tail = str(value)[:-3], str(value)[-3:]
        pairs = [head[max(0, k - 2) : k] for k in range(len(head), 0, -2)][::-1]
        written = ",".join([*pairs, tail])
    else:
        mark = {"en": ",", "eu": ".", "space": " ", "nbsp": "\u00a0", "swiss": "'"}[style]
        written = grouped.replace(",", mark)
    assert number_key(written) == f"#{value}"
    text = f"They paid {written} in all."
    assert [t.key for t in tokens(text) if t.kind == "number"] == [f"#{value}"]


@given(
    numerator=st.sampled_from(["one", "two", "three", "a"]),
    denominator=st.sampled_from(["third", "thirds", "quarter", "quarters", "fifths"]),
    joint=st.sampled_from(["-", " "]),
)
def test_a_worded_share_reads_its_value_never_its_numerator(
    numerator: str, denominator: str, joint: str
) -> None:
    text = f"Officials said {numerator}{joint}{denominator} of the homes were lost."
    found = fraction_tokens(text, 0, len(text))
    values = {"one": 1, "a": 1, "two": 2, "three": 3}
    parts = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifths": 5}
    share = values[numerator] / parts[denominator]
    keys = [t.key for t in tokens(text) if t.key.startswith("#")]
    if share < 1:
        assert [float(f.value) for f in found] == [pytest.approx(share)]
        assert keys == [number_key(f"{100 * share:.1f}")]
    else:
        assert found == []


@given(
    figure=st.integers(1800, 2100),
    unit=st.sampled_from(["metres", "kilograms", "tonnes", "hectares", "roku", "people", ""]),
)
def test_a_year_like_figure_is_a_figure_only_before_a_unit_of_size(figure: int, unit: str) -> None:
    text = f"The count was {figure} {unit}."
    of_size = unit in ("metres", "kilograms", "tonnes", "hectares")
    assert measure_follows(text, text.index(str(figure)) + 4) == of_size
    kinds = {t.kind for t in tokens(text) if t.key == f"#{figure}"}
    assert kinds == {"number" if of_size else "year"}


@pytest.mark.parametrize(
    ("text_a", "text_b", "relation"),
    [
        # a share in words is a round one; "per cent" is no French hundred
        ("About a third of the 9,000 starters had not finished.",
         "Organisers say 33 per cent of entrants had yet to finish.", "same_fact"),
        ("About a third of the 9,000 starters had not finished.",
         "Organisers say 60 per cent of the 9,000 starters had yet to finish.", "contradicts"),
        # a quarter of a million against the figure (entries 95 and 107 write both)
        ("The repair bill is put at a quarter of a million pounds.",
         "The repair bill is put at £250,000.", "same_fact"),
        ("The repair bill is put at a quarter of a million pounds.",
         "The repair bill is put at £240,000.", "contradicts"),
        # lakhs against the figure written out
        ("The state will give ₹2 lakh to the family.",
         "The state will give ₹2,00,000 to the family.", "same_fact"),
        ("The state will give ₹2 lakh to the family.",
         "The state will give ₹5,00,000 to the family.", "contradicts"),
        # a measure in four digits against one in words
        ("The pier is 2000 metres long.", "The pier is two kilometres long.", "same_fact"),
        ("The pier is 2000 metres long.", "The pier is three kilometres long.", "contradicts"),
    ],
)  # fmt: skip
def test_built_pairs_both_ways(text_a: str, text_b: str, relation: str) -> None:
    assert relations_both_ways(text_a, text_b) == (relation, relation)


def test_the_development_pairs_both_ways() -> None:
    # "£240,000" against "a quarter of a million pounds", once no figure at all
    assert related_both_ways(
        load("poolroof_aldwick"),
        ("Repairs are expected to cost £240,000", "The repair bill is put"),
    ) == ["contradicts", "contradicts"]
    # entry 121 (Garo): "₹ 2,00,000" against "₹ 2 lakh", once read as 2 against 2
    assert related_both_ways(
        load("archer_chidimgre"),
        ("Meghalaya Sarkara Salsengna ₹ 2,00,000", "Sarkara Salsengna ₹ 2 lakh"),
    ) == ["same_fact", "same_fact"]
