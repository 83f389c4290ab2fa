"""Properties of compare_texts on generated texts: spans are slices, A/B mirror, self-comparison."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.core.compare import Comparison, compare_texts

FRAGMENTS = [
    "The council", " approved", " the bridge", " on Tuesday", " for $14.2 million", " 12",
    " workers", " were injured", ". ", "! ", "? ", "… ", "...", " Dr.", " U.S.", " Nov. 6",
    " 3.5", " 3:40 a.m.", " “We will not back down,” she said.", ' "Fair deal," he said.',
    " «Мы готовы»", " Уровень воды", " поднялся до 9,4 метра.", " Σήμερα", " Ελένη.",
    "\n", "\n\n", "By Jane Roe\n", "Headline Over Text\n", " and", " the", " Kazakhstan",
    " minerals", " ‘quoted words here’", " 😀", " e\u0301", "  ", " (", ")", " —", " 1,200",
    # numbers, days and times of Swahili, Tagalog, Welsh and Basque; a vote's result
    " mia moja na ishirini", " saa nane usiku", " Jumatano", " Isandaan at dalawampung",
    " alas-tres", " ddydd Iau", " hanner awr wedi naw", " saith deg", " goizeko bostak",
    " hogeita sei", " lapan puluh", " voted 7-2", " seven to four",
    # a figure and a number in words of a language with no table, between the same words
    " e 28 futu", " e luasefulu futu", " bato 14 bakufi", " Bato zomi bakufi",
]  # fmt: skip
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
settings_ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_spans(comparison: Comparison, text_a: str, text_b: str) -> None:
    spans = [(text_a, p.a) for p in comparison.pairs] + [(text_b, p.b) for p in comparison.pairs]
    spans += [(text_a, q.a) for q in comparison.shared_quotes]
    spans += [(text_b, q.b) for q in comparison.shared_quotes]
    spans += [(text_a, s) for s in comparison.only_a + comparison.units_a]
    spans += [(text_b, s) for s in comparison.only_b + comparison.units_b]
    for text, span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for pair in comparison.pairs:
        assert 0.0 <= pair.score <= 1.0
        assert (pair.detail_side is not None) == (pair.relation == "adds_detail")
    assert 0.0 <= comparison.only_share("a") <= 1.0


@settings_
@given(texts, texts)
def test_every_span_is_inside_its_text_and_is_its_slice(text_a: str, text_b: str) -> None:
    _check_spans(compare_texts(text_a, text_b), text_a, text_b)


@settings_
@given(st.text(max_size=300), st.text(max_size=300))
def test_any_text_at_all_gives_a_comparison(text_a: str, text_b: str) -> None:
    _check_spans(compare_texts(text_a, text_b), text_a, text_b)


@settings_
@given(texts, texts)
# a number read as a figure on one side only (beside a clock time) anchored that side only
@example(" 3.5 Nov. 6", " 3.5 3:40 a.m.")
def test_comparing_b_with_a_mirrors_comparing_a_with_b(text_a: str, text_b: str) -> None:
    assert compare_texts(text_b, text_a) == compare_texts(text_a, text_b).mirrored()


@settings_
@given(texts)
def test_an_article_compared_with_itself_is_near_copies_and_nothing_only(text: str) -> None:
    comparison = compare_texts(text, text)
    assert comparison.only_a == comparison.only_b == ()
    diagonal = {pair.a.start for pair in comparison.pairs if pair.a == pair.b}
    assert diagonal == {unit.start for unit in comparison.units_a}
    assert all(p.relation == "near_copy" for p in comparison.pairs if p.a == p.b)


@settings_
@given(texts, texts)
def test_only_spans_are_sentences_in_no_pair_merged_in_runs(text_a: str, text_b: str) -> None:
    comparison = compare_texts(text_a, text_b)
    for units, only, side in (
        (comparison.units_a, comparison.only_a, "a"),
        (comparison.units_b, comparison.only_b, "b"),
    ):
        # a pair's span may reach over the rest of a quotation (``quotation_rests``)
        spans = [getattr(p, side) for p in comparison.pairs]
        unpaired = [u for u in units if not any(s.start <= u.start < s.end for s in spans)]
        covered = [u for u in units if any(s.start <= u.start < s.end for s in only)]
        assert covered == unpaired
        assert len(only) <= len(unpaired)
