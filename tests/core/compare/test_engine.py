"""compare_texts on small built pairs: spans, pairs, mirror, self-comparison, only runs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.compare import Comparison, Span, compare_texts
from desktop_app.core.compare.align import (
    ANCHOR_TERMS_SCORE,
    NAMES_ONLY_PENALTY,
    POSITION_WEIGHT,
    anchor_pairs,
    names_only,
    placed_scores,
    select_pairs,
    similarity,
    unit_terms,
)
from desktop_app.core.compare.engine import GAP_SCORE, YEARS_APART_SCORE
from desktop_app.core.compare.neighbours import beside_pairs
from desktop_app.core.compare.units import split_units
from tests.core.compare.sentence_pairs import texts_terms

A = (
    "City Council Approves New Bridge\n"
    "By Jane Roe\n"
    "The city council approved the new Elm Street bridge on Tuesday by a vote of 7 to 2. "
    "Construction will cost $14 million and start in April.\n"
    "Mayor Ana Lopez called it “a bridge to the future of this town” after the vote.\n"
    "Residents near the river have complained about noise for years. "
    "A petition against the project gathered 300 signatures.\n"
)
B = (
    "Elm Street bridge gets green light\n"
    "Construction of the Elm Street bridge will start in April and cost $14 million. "
    "The council approved it on Tuesday, 7 votes to 2.\n"
    "“A bridge to the future,” Mayor Ana Lopez said.\n"
)


def _spans(comparison: Comparison) -> list[tuple[str, Span]]:
    found: list[tuple[str, Span]] = []
    for pair in comparison.pairs:
        found += [("a", pair.a), ("b", pair.b)]
    for quote in comparison.shared_quotes:
        found += [("a", quote.a), ("b", quote.b)]
    found += [("a", span) for span in comparison.only_a]
    found += [("b", span) for span in comparison.only_b]
    return found


def test_every_span_is_the_slice_of_its_text() -> None:
    comparison = compare_texts(A, B)
    for side, span in _spans(comparison):
        text = A if side == "a" else B
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text


def test_reordered_facts_are_aligned() -> None:
    comparison = compare_texts(A, B)
    linked = {(pair.a.text[:20], pair.b.text[:20]) for pair in comparison.pairs}
    assert ("The city council app", "The council approved") in linked
    assert ("Construction will co", "Construction of the ") in linked


def test_titles_and_bylines_are_left_out() -> None:
    comparison = compare_texts(A, B)
    texts = [unit.text for unit in comparison.units_a + comparison.units_b]
    assert not any("By Jane Roe" in text or "green light" in text for text in texts)


def test_the_section_only_a_has_is_one_run() -> None:
    comparison = compare_texts(A, B)
    assert [span.text[:17] for span in comparison.only_a] == ["Residents near th"]
    assert comparison.only_a[0].text.endswith("300 signatures.")


def test_shared_quote_cut_differently() -> None:
    (quote,) = compare_texts(A, B).shared_quotes
    assert quote.a.text.startswith("a bridge to the future of this town")
    assert quote.b.text.startswith("A bridge to the future")
    assert not quote.exact


def test_comparing_b_with_a_mirrors_a_with_b() -> None:
    assert compare_texts(B, A) == compare_texts(A, B).mirrored()


def test_an_article_compared_with_itself_is_all_near_copies() -> None:
    comparison = compare_texts(A, A)
    assert comparison.only_a == comparison.only_b == ()
    diagonal = [pair for pair in comparison.pairs if pair.a == pair.b]
    assert len(diagonal) == len(comparison.units_a)
    assert all(pair.relation == "near_copy" for pair in diagonal)


def test_only_share_is_the_unpaired_part_of_the_compared_text() -> None:
    comparison = compare_texts(A, B)
    unit_chars = sum(unit.length for unit in comparison.units_a)
    only_chars = sum(span.length for span in comparison.only_a)
    # The only-run spans the two sentences and the space between them, inside one paragraph.
    assert comparison.only_share("a") == (only_chars - 1) / unit_chars


def test_repeated_boilerplate_pairs_copy_by_copy() -> None:
    boilerplate = "Subscribe to our newsletter.\n"
    comparison = compare_texts(boilerplate * 300 + A, boilerplate * 200 + B)
    copies = [p for p in comparison.pairs if p.a.text == "Subscribe to our newsletter."]
    assert len(copies) == 300
    assert {p.b.start for p in copies} == {k * len(boilerplate) for k in range(200)}


def test_an_article_pasted_many_times_pairs_copy_by_copy_not_every_copy_with_every_copy() -> None:
    base = compare_texts(A, B)
    many = compare_texts(A * 40, B * 40)
    assert len(many.pairs) <= 40 * (len(base.pairs) + 2)
    first_pair = next(p for p in base.pairs if [q.a for q in base.pairs].count(p.a) == 1)
    # (the copies of A's headline are sentences of the pasted text, so a copy may take a
    # second partner between two pairs; the pair itself still goes copy by copy)
    copies = [
        p for p in many.pairs if (p.a.text, p.b.text) == (first_pair.a.text, first_pair.b.text)
    ]
    assert len(copies) == 40
    assert len({p.b.start for p in copies}) == 40
    assert compare_texts(B * 40, A * 40) == many.mirrored()


def test_pairs_are_judged_against_each_sentences_own_best_partner() -> None:
    scores = {
        (0, 0): 0.6,  # both sentences' best: kept
        (0, 1): 0.4,  # B1's best, and two thirds of A0's best: a second partner, kept
        (0, 2): 0.2,  # B2's best, but only a third of A0's best: a leftover, dropped
        (1, 3): 0.18,  # both sentences' best, weak but chosen by both: kept
        (2, 4): 0.15,  # both sentences' best, too weak: dropped
        (1, 0): 0.1,  # neither sentence's best: dropped
    }
    kept = {(i, j) for i, j, _ in select_pairs(scores)}
    assert kept == {(0, 0), (0, 1), (1, 3)}
    mirrored = {(j, i): score for (i, j), score in scores.items()}
    assert {(j, i) for i, j, _ in select_pairs(mirrored)} == kept


def test_where_two_sentences_stand_weighs_against_a_far_partner() -> None:
    # A0 (at the top of A) is as like B0 (top of B) as B4 (the end of B).
    terms = texts_terms(  # sharing no names
        "The ferry left. The ferry turned. The ferry docked.",
        "A ferry left. A ferry turned. A ferry stopped. A ferry waited. A ferry docked.",
    )
    scores = {(0, 0): 0.3, (0, 4): 0.3, (2, 2): 0.5}
    places = ([0.0, 0.5, 1.0], [0.0, 0.25, 0.5, 0.75, 1.0])
    placed = placed_scores(scores, terms, places)
    assert placed[0, 0] == 0.3
    assert placed[0, 4] == 0.3 - POSITION_WEIGHT
    assert placed[2, 2] == 0.5 - 0.5 * POSITION_WEIGHT
    kept = {(i, j) for i, j, _ in select_pairs(placed)}
    assert kept == {(0, 0), (2, 2)}
    mirrored = placed_scores({(j, i): v for (i, j), v in scores.items()}, terms[::-1], places[::-1])
    assert mirrored == {(j, i): v for (i, j), v in placed.items()}


def test_sentences_that_share_names_alone_are_held_to_a_higher_bar() -> None:
    praise = "She praised ties with the United States under Donald Trump."
    summit = "The summit was held in the United States, where Donald Trump met five leaders."
    (a,), (b,) = texts_terms(praise, summit)
    assert names_only(a, b)
    assert names_only(b, a)
    (c,), (d,) = texts_terms("Donald Trump met five leaders at the summit.", summit)
    assert not names_only(c, d)  # the summit and the five leaders are facts too
    (e,), (f,) = texts_terms("It cost 14 million.", "The bill was 14 million.")
    assert not names_only(e, f)
    placed = placed_scores({(0, 0): 0.3}, ([a], [b]), ([0.0], [0.0]))
    assert placed[0, 0] == 0.3 - NAMES_ONLY_PENALTY


def test_a_sentence_pair_beside_a_pair_is_kept_from_a_lower_score() -> None:
    placed = {
        (1, 1): 0.5,  # the pair
        (2, 2): 0.13,  # beside it and B2's best partner: kept
        (2, 0): 0.2,  # A2's best partner, not beside a pair
        (0, 0): 0.04,  # beside the pair, too weak even for two sentences without partners
        (3, 3): 0.3,  # strong, but two steps from the pair: left to the selection
    }
    groups = [0, 1, 2, 3]
    assert beside_pairs([(1, 1)], placed, groups, groups) == [(2, 2)]
    mirrored = {(j, i): score for (i, j), score in placed.items()}
    assert beside_pairs([(1, 1)], mirrored, groups, groups) == [(2, 2)]


def _anchored(text_a: str, text_b: str) -> set[tuple[str, str]]:
    units_a, units_b = split_units(text_a), split_units(text_b)
    terms_a, terms_b = unit_terms((text_a, text_b), (units_a, units_b))
    return {
        (
            text_a[units_a[g].start : units_a[g].end][:12],
            text_b[units_b[h].start : units_b[h].end][:12],
        )
        for g, h in anchor_pairs(terms_a, terms_b)
    }


def test_sentences_that_alone_share_a_figure_or_two_rare_terms_are_anchored() -> None:
    a = (
        "The storm closed the harbour on Monday. Ferries stayed in port all day. "
        "Repairs to the breakwater will cost 412,000 euros. The mayor visited the quay."
    )
    b = (
        "Boats could not sail on Monday. The storm shut the harbour. "
        "Fixing the damage is put at 412,000 euros. Fishermen blamed the coastguard."
    )
    # "412000" is in one sentence of each; "storm" and "harbour" both in one of each.
    assert _anchored(a, b) == {("Repairs to t", "Fixing the d"), ("The storm cl", "The storm sh")}


def test_a_single_rare_word_or_a_term_found_twice_anchors_nothing() -> None:
    a = "The quay was flooded. The quay reopened at noon. The mayor spoke."
    b = "Water covered the quay. It reopened later. Councillors met the mayor."
    # "quay" is in two sentences of A; "mayor" alone is one shared term, and no figure.
    assert _anchored(a, b) == set()
    # A small number is not a figure ("figures" are 10 or more, decimals and amounts).
    assert _anchored("Two boats sank.", "We saw 2 ships go down.") == set()


def test_two_rare_terms_in_sentences_that_share_nothing_else_anchor_nothing() -> None:
    frame_a = "The quay flooded. {} The mayor spoke."
    frame_b = "Water covered roads. {} Councillors met."
    short_a = "The harbourmaster thanked volunteers at the lighthouse."
    short_b = "Schoolchildren painted the lighthouse for the harbourmaster."
    assert _anchored(frame_a.format(short_a), frame_b.format(short_b)) == {
        ("The harbourm", "Schoolchildr")
    }
    # the same two rare words, each sentence telling a dozen other things
    long_a = (
        "The harbourmaster thanked volunteers, firefighters, coastguards, neighbours, "
        "shopkeepers, divers, nurses, drivers, cooks, plumbers, carpenters and electricians "
        "at the lighthouse."
    )
    long_b = (
        "Schoolchildren painted the lighthouse while the harbourmaster watched musicians, "
        "dancers, bakers, tourists, fishermen, jugglers, acrobats, poets, singers, cyclists "
        "and farmers."
    )
    text_a, text_b = frame_a.format(long_a), frame_b.format(long_b)
    units_a, units_b = split_units(text_a), split_units(text_b)
    terms_a, terms_b = unit_terms((text_a, text_b), (units_a, units_b))
    assert similarity(terms_a[1], terms_b[1]) < ANCHOR_TERMS_SCORE
    assert _anchored(text_a, text_b) == set()


def test_a_common_word_of_a_script_without_spaces_is_no_pair_of_rare_terms() -> None:
    # Burmese "ပတ်သက်" (concerning) and "အသက်" (life) give the bigrams "တ်သ" and "သက်"
    # to one sentence of each side only; nothing else in the two sentences is shared.
    a = "မီးလောင်မှု ဖြစ်ပွားခဲ့သည်။ ဖြစ်စဉ်နှင့် ပတ်သက်၍ မုံရွာမြို့ ရဲစခန်းတွင် အမှုဖွင့် စုံစမ်းလျက် ရှိသည်။ ဈေးသစ်ကို ဆောက်လုပ်ခဲ့သည်။"
    b = (
        "ဆိုင်ခန်းများ ပြာကျသွားခဲ့သည်။ "
        "မီးသတ်သမား နှစ်ဦး မီးခိုးရှူမိ၍ ဆေးရုံ တင်ခဲ့ရသော်လည်း အသက်အန္တရာယ် မရှိပေ။ "
        "ဈေးသည်များ ငိုကြွေးကြသည်။"
    )
    assert _anchored(a, b) == set()


_WORDS = str.split(
    "harbour storm quay ferry mayor council bridge river flood rain wind boats crew "
    "lighthouse pier repairs volunteers divers nurses bakers farmers"
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), min_size=1, max_size=5),
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), min_size=1, max_size=5),
)
def test_every_anchor_without_a_figure_reaches_the_floor(
    sentences_a: list[list[str]], sentences_b: list[list[str]]
) -> None:
    text_a = " ".join(" ".join(words).capitalize() + "." for words in sentences_a)
    text_b = " ".join(" ".join(words).capitalize() + "." for words in sentences_b)
    units_a, units_b = split_units(text_a), split_units(text_b)
    terms_a, terms_b = unit_terms((text_a, text_b), (units_a, units_b))
    for g, h in anchor_pairs(terms_a, terms_b):
        assert similarity(terms_a[g], terms_b[h]) >= ANCHOR_TERMS_SCORE
    mirrored = {(h, g) for g, h in anchor_pairs(terms_b, terms_a)}
    assert set(anchor_pairs(terms_a, terms_b)) == mirrored


def test_a_figure_that_is_money_or_a_percent_on_one_side_only_anchors_nothing() -> None:
    a = "The storm closed the harbour. Its budget for repairs was £98,000. The mayor spoke."
    b = "Boats stayed in port. The district has about 98,000 residents. Fishermen waited."
    assert _anchored(a, b) == set()
    counted = (
        "Boats stayed in port. Repairs would take £98,000, the council said. Fishermen waited."
    )
    assert _anchored(a, counted) == {("Its budget f", "Repairs woul")}
    # a count of one thing named otherwise ("residents", "people") still anchors
    people = "Ships waited at sea. Some 98,000 people live in the district. Crews left."
    assert _anchored(b, people) == {("The district", "Some 98,000 ")}


def test_a_currency_named_in_words_is_its_sign() -> None:
    a = "The storm closed the harbour. The team needs £85,000 a year. The mayor spoke."
    b = "Boats stayed in port. It must raise eighty-five thousand pounds a year. Crews left."
    assert _anchored(a, b) == {("The team nee", "It must rais")}
    assert _anchored(b, a) == {("It must rais", "The team nee")}
    # a currency named in words is still money against a count
    residents = "Ships waited at sea. The district has 85,000 residents. Fishermen waited."
    assert _anchored(residents, b) == set()


def test_an_amount_is_money_whatever_scale_follows_its_sign() -> None:
    a = "Regulators met on Tuesday. The bank was fined €38.6m for the lapses. Shares fell."
    b = "Ministers spoke. A fine of 38.6 million euros was imposed on the bank. Trading paused."
    assert _anchored(a, b) == {("The bank was", "A fine of 38")}
    percent = "Ministers spoke. Turnover fell by 38.6 per cent in the year. Trading paused."
    assert _anchored(a, percent) == set()


def test_a_name_counts_once_however_many_words_it_has() -> None:
    a = "Exports rose, as Donald Trump said. Harbour fees fell. The port was busy."
    b = "Ships queued at the port. Donald Trump hosted the summit. Harbour fees fell again."
    # "Donald" and "Trump" are each in one sentence of each side, but make one name.
    assert ("Exports rose", "Donald Trump") not in _anchored(a, b)
    a2 = "Exports rose, as Donald Trump told the summit. Harbour fees fell. The port was busy."
    # With a word found nowhere else besides ("summit"), the two are anchored.
    assert ("Exports rose", "Donald Trump") in _anchored(a2, b)


def test_anchored_sentences_are_paired_even_when_their_cosine_is_low() -> None:
    a = "Officials said the renovation of the old opera house would cost 41.5 million."
    b = "The final bill, according to the ministry, comes to 41.5 million in all."
    (pair,) = compare_texts(a, b).pairs
    assert "41.5" in pair.shared_terms
    assert compare_texts(b, a) == compare_texts(a, b).mirrored()


GAP_A = (
    "The council approved the new Elm Street bridge on Tuesday by seven votes to two. "
    "Several residents spoke about traffic and noise during the long evening session. "
    "Construction will cost 14 million dollars and begin in April."
)
GAP_B = (
    "On Tuesday the council voted seven to two for the Elm Street bridge. "
    "Locals had plenty to say about the plan, and the session ran late. "
    "Building work starts in April at a cost of 14 million dollars."
)


def test_sentences_between_two_pairs_in_order_are_paired_when_they_share_a_term() -> None:
    comparison = compare_texts(GAP_A, GAP_B)
    linked = [(pair.a.text[:12], pair.b.text[:12]) for pair in comparison.pairs]
    assert ("Several resi", "Locals had p") in linked
    (middle,) = [pair for pair in comparison.pairs if pair.a.text.startswith("Several")]
    assert middle.shared_terms == ("session",)
    assert middle.score < 0.17  # too weak to be kept on its own
    assert compare_texts(GAP_B, GAP_A) == comparison.mirrored()


def test_a_gap_sharing_one_common_word_among_many_others_stays_unpaired() -> None:
    # The middle sentences share only "people" among a dozen words each: a stray common
    # word, not one stretch of the story told twice.
    middle_a = (
        "Several people spoke about traffic, noise, parking, dust, lorries, pavements, "
        "schools, shops, cyclists and buses during the long evening session."
    )
    middle_b = (
        "Locals, farmers, teachers, grandparents and other people queued outside, "
        "holding banners, flasks, umbrellas, leaflets, children and dogs."
    )
    first_a, _, last_a = GAP_A.split(". ")
    first_b, _, last_b = GAP_B.split(". ")
    text_a = f"{first_a}. {middle_a} {last_a}"
    text_b = f"{first_b}. {middle_b} {last_b}"
    units_a, units_b = split_units(text_a), split_units(text_b)
    terms_a, terms_b = unit_terms((text_a, text_b), (units_a, units_b))
    assert 0.0 < similarity(terms_a[1], terms_b[1]) < GAP_SCORE
    comparison = compare_texts(text_a, text_b)
    assert [(pair.a.text[:8], pair.b.text[:8]) for pair in comparison.pairs] == [
        ("The coun", "On Tuesd"),
        ("Construc", "Building"),
    ]
    assert [span.text[:12] for span in comparison.only_a] == ["Several peop"]
    assert compare_texts(text_b, text_a) == comparison.mirrored()


def test_a_gap_not_between_pairs_in_order_stays_unpaired() -> None:
    first, middle, last = GAP_B.split(". ")
    reordered = f"{last} {first}. {middle}."  # the pairs around the middle no longer frame it
    comparison = compare_texts(GAP_A, reordered)
    assert not any(pair.a.text.startswith("Several") for pair in comparison.pairs)
    assert [span.text[:12] for span in comparison.only_a] == ["Several resi"]


_DECOY_A = (
    "Fire swept through the grain market in Mendefera on Monday night and burnt 14 shops.\n\n"
    "Officials said an electrical fault had started it.\n\n"
    "In July {year_a} a similar fire at the market in Dekemhare burnt ten shops."
)
_DECOY_B = (
    "Traders in Mendefera lost 14 shops when fire swept through the grain market on Monday.\n\n"
    "Some traders doubt that the electrical fault was to blame.\n\n"
    "In {year_b} eight shops burnt there, and traders were promised a fire engine that never "
    "came."
)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1990, max_value=2030), st.integers(min_value=1, max_value=30))
def test_two_earlier_events_of_other_years_are_not_paired(year_a: int, apart: int) -> None:
    text_a = _DECOY_A.format(year_a=year_a)
    text_b = _DECOY_B.format(year_b=year_a - apart)
    result = compare_texts(text_a, text_b)
    assert [p.a.text[:9] for p in result.pairs] == ["Fire swep", "Officials"]
    assert result.only_a[-1].text.startswith("In July")
    assert result.only_b[-1].text.startswith("In ")
    assert compare_texts(text_b, text_a) == result.mirrored()


def test_the_same_low_pair_with_a_year_in_common_stays() -> None:
    text_a = _DECOY_A.format(year_a=2019)
    text_b = _DECOY_B.format(year_b=2019)
    assert [p.a.text[:9] for p in compare_texts(text_a, text_b).pairs][-1] == "In July 2"


def test_a_lower_pair_than_years_apart_allow_is_kept_when_the_years_are_alike() -> None:
    # the rule only removes: without it, the decoys are a pair of cosine under the floor
    score = next(
        p.score
        for p in compare_texts(_DECOY_A.format(year_a=2019), _DECOY_B.format(year_b=2019)).pairs
        if p.a.text.startswith("In July")
    )
    assert score < YEARS_APART_SCORE
