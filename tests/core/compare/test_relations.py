"""Relations of aligned pairs, on built pairs whose answer is known; only-runs over sections."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import AlignedPair, compare_texts, relations
from desktop_app.core.compare.align import UnitTerms
from desktop_app.core.compare.relations import (
    BOUND_REACH,
    outside_quotations,
    relation_of,
    word_likeness,
)
from tests.core.compare.by_entry import patched
from tests.core.compare.sentence_pairs import CONTAINED_WAY_OFF


def _only_pair(text_a: str, text_b: str) -> AlignedPair:
    (pair,) = compare_texts(text_a, text_b).pairs
    return pair


def test_a_reused_sentence_with_small_edits_is_a_near_copy() -> None:
    pair = _only_pair(
        "About 1,200 residents of nearby farms were evacuated overnight; no one was hurt.",
        "About 1,200 residents of nearby farms were evacuated overnight, and no one was hurt.",
    )
    assert pair.relation == "near_copy"


@pytest.mark.parametrize(
    ("text_a", "text_b", "difference"),
    [
        ("The fire at the Norvik mill injured 12 workers, police said.",
         "Police said the Norvik mill fire injured 15 workers.", "12 ≠ 15"),
        ("The airport at Keflavík will reopen on Tuesday, officials said.",
         "Officials said the airport at Keflavík will reopen on Wednesday.", "Tuesday ≠ Wednesday"),
        ("The icon of Saint Demetrios is valued at €2.5 million by the museum.",
         "The museum values the icon of Saint Demetrios at €4 million.", "2.5 ≠ 4"),
        ("The Hekla volcano last erupted in 2000, scientists recalled.",
         "Scientists recalled that the Hekla volcano last erupted in 2002.", "2000 ≠ 2002"),
        ("The summit of the Kestrel mediators opens at 14:00 in the harbour hall.",
         "The summit of the Kestrel mediators opens at 3 p.m. in the harbour hall.",
         "14:00 ≠ 3 p.m."),
    ],
)  # fmt: skip
def test_incompatible_specifics_contradict(text_a: str, text_b: str, difference: str) -> None:
    pair = _only_pair(text_a, text_b)
    assert pair.relation == "contradicts"
    assert pair.differences == (difference,)


def test_the_same_time_written_two_ways_does_not_contradict() -> None:
    pair = _only_pair(
        "Keflavík airport closed at 14:00 local time because of the ash plume.",
        "Because of the ash plume, Keflavík airport closed at 2 p.m. local time.",
    )
    assert pair.relation != "contradicts"


def test_a_changed_figure_is_compared_by_its_new_value() -> None:
    pair = _only_pair(
        "Riverton will raise the monthly bus pass from $90 to $105 in May, the council said.",
        "The council said the monthly bus pass in Riverton will cost $110 in May, up from $90.",
    )
    assert pair.relation == "contradicts"
    assert pair.differences == ("105 ≠ 110",)


def test_the_same_change_told_two_ways_does_not_contradict() -> None:
    pair = _only_pair(
        "Riverton will raise the monthly bus pass $90 to $105 in May, the council said.",
        "The council said the monthly bus pass in Riverton will cost $105 in May, up from $90.",
    )
    assert pair.relation != "contradicts"


def test_parts_that_add_up_to_the_other_figure_do_not_contradict() -> None:
    pair = _only_pair(
        "The Elm Street bridge is paid for by a €40m state grant and a €5m city bond.",
        "The Elm Street bridge will cost €45m, paid by the state and the city.",
    )
    assert pair.relation != "contradicts"
    other = _only_pair(
        "The Elm Street bridge is paid for by a €40m state grant and a €4m city bond.",
        "The Elm Street bridge will cost €45m, paid by the state and the city.",
    )
    assert other.relation == "contradicts"


def test_a_different_count_of_the_same_thing_aligns_even_with_little_else_shared() -> None:
    comparison = compare_texts(
        "A fire broke out at the Norvik paper mill before dawn on Thursday, injuring 12 "
        "workers.\nThe mill makes packaging board for supermarkets across Norway.\n",
        "Fifteen workers were injured, two of them seriously.\n",
    )
    (pair,) = comparison.pairs
    assert pair.a.text.startswith("A fire broke out")
    assert pair.relation == "contradicts"


def test_one_side_saying_more_is_adds_detail_on_that_side() -> None:
    pair = _only_pair(
        "Greek police have informed Interpol and are checking every port, airport, border "
        "crossing and ferry terminal in northern Greece for the stolen Byzantine icons.",
        "Police have informed Interpol about the stolen icons.",
    )
    assert pair.relation == "adds_detail"
    assert pair.detail_side == "a"


def test_a_shared_quotation_makes_a_shared_quote_pair() -> None:
    pair = _only_pair(
        "Mayor Ana López called the vote “a bridge to the future of this town.”",
        "“A bridge to the future,” said the mayor, Ana López, after the council meeting.",
    )
    assert pair.relation == "shared_quote"


def test_the_same_fact_in_other_words_is_same_fact() -> None:
    pair = _only_pair(
        "Firefighters from three stations fought the blaze for more than five hours.",
        "Crews from three fire stations needed more than five hours to control the blaze.",
    )
    assert pair.relation == "same_fact"
    assert {"blaze", "stations", "hours"} <= set(pair.shared_terms)


def test_one_sentence_with_two_facts_pairs_with_both_sentences_that_give_them() -> None:
    a = (
        "Qazaq Copper agreed on Monday to buy Altyn Ore for $2.1 billion in cash, creating "
        "Central Asia’s largest copper producer.\n"
    )
    b = (
        "The combined company will be Central Asia’s largest copper producer.\n"
        "Separately, the weather in Almaty was mild all week.\n"
        "Qazaq Copper will pay $2.1 billion in cash for Altyn Ore.\n"
    )
    pairs = compare_texts(a, b).pairs
    assert [p.b.text[:20] for p in pairs] == ["The combined company", "Qazaq Copper will pa"]
    assert {p.a.start for p in pairs} == {0}


def test_a_whole_section_only_one_article_has_is_one_span() -> None:
    shared = "The council approved the new Elm Street bridge on Tuesday by seven votes to two.\n"
    section = (
        "What neighbours say\n"
        "Residents of Mill Lane fear a year and a half of noise and dust from the works, "
        "and many of them say nobody asked them. "
        "A petition gathered 340 signatures.\n"
        "Shop owners worry about losing passing trade while the crossing is closed.\n"
    )
    comparison = compare_texts(shared + section, shared)
    (only,) = comparison.only_a
    assert only.text.startswith("Residents of Mill Lane")
    assert only.text.endswith("while the crossing is closed.")
    assert comparison.only_b == ()


def test_a_hedged_time_agrees_with_a_close_exact_one() -> None:
    pair = _only_pair(
        "Rescuers lowered the last passengers from the Funchal cable car shortly after 9 p.m.",
        "The last passengers of the Funchal cable car were on the ground at 9:10 p.m.",
    )
    assert pair.relation != "contradicts"


def test_two_exact_times_that_differ_contradict_even_when_close() -> None:
    pair = _only_pair(
        "The last passengers of the Funchal cable car were on the ground at 9:40 p.m.",
        "The last passengers of the Funchal cable car were on the ground at 9:10 p.m.",
    )
    assert pair.relation == "contradicts"
    assert pair.differences == ("9:40 p.m. ≠ 9:10 p.m.",)


def test_a_hedged_time_far_from_the_other_still_contradicts() -> None:
    pair = _only_pair(
        "The fire at the Norvik paper mill broke out at about 2 a.m., police said.",
        "Police said the fire at the Norvik paper mill broke out at 3:40 a.m.",
    )
    assert pair.relation == "contradicts"


@pytest.mark.parametrize(
    ("hedged", "exact", "contradicts"),
    [
        ("shortly after three o'clock on Saturday", "at 2.40 a.m. on Saturday", True),
        ("shortly after 3 a.m. on Saturday", "at 3.10 a.m. on Saturday", False),
        ("just before 4 a.m. on Saturday", "at 3:40 a.m. on Saturday", False),
        ("just before 4 a.m. on Saturday", "at 4:20 a.m. on Saturday", True),
    ],
)
def test_a_time_hedged_after_or_before_agrees_only_on_its_side(
    hedged: str, exact: str, contradicts: bool
) -> None:
    pair = _only_pair(
        f"An engineer at Hadleigh Vale council noticed the data leak {hedged}.",
        f"Hadleigh Vale council staff noticed the data leak {exact}.",
    )
    assert (pair.relation == "contradicts") is contradicts


def test_the_last_sentence_of_a_quotation_of_two_shares_the_quote() -> None:
    a = (
        'The director apologised. "The fence was checked in May. Nobody could have foreseen '
        'that an old beech would come down on it," he told the agency.'
    )
    b = (
        "“Nobody could have foreseen that an old beech would come down on it,” park boss "
        "Ľubomír Hraško told reporters outside the locked gates of the park on Friday."
    )
    result = compare_texts(a, b)
    (pair,) = [p for p in result.pairs if p.a.text.startswith("Nobody")]
    assert pair.relation == "shared_quote"
    assert len(result.shared_quotes) == 1


def test_quote_marks_do_not_keep_a_copied_sentence_from_being_a_near_copy() -> None:
    assert (
        word_likeness(
            '"We do not negotiate with criminals.', "“We do not negotiate with criminals.”"
        )
        == 1.0
    )


def test_close_counts_of_one_thing_spelled_differently_align_and_contradict() -> None:
    comparison = compare_texts(
        "A ferry carrying 412 people ran aground off the island of Sifnos on Thursday.\n",
        "Four hundred and twenty-one people spent the night on the decks of the ferry.\n",
    )
    (pair,) = comparison.pairs
    assert pair.relation == "contradicts"


def test_german_clock_times_an_hour_apart_contradict() -> None:
    pair = _only_pair(
        "Die Gruppe wurde gegen 11.30 Uhr unterhalb der Spitze von der Lawine erfasst.",
        "Gegen 12.30 Uhr erfasste die Lawine die Gruppe unterhalb der Spitze.",
    )
    assert pair.relation == "contradicts"


def test_opening_hours_in_another_sentence_do_not_pair_with_a_clock_time() -> None:
    comparison = compare_texts(
        "Le départ de feu a eu lieu vers 14 h 30 en bordure de la route 48.\n",
        "Les dons peuvent être déposés à la mairie, du lundi au samedi, de 8 h à 12 h.\n",
    )
    assert comparison.pairs == ()


def test_a_wire_sentence_rewritten_in_another_order_is_a_near_copy() -> None:
    a = "Prosecutors said a criminal investigation into two former managers was continuing."
    b = "A criminal investigation into two former managers is continuing, prosecutors said."
    result = compare_texts(a, b)
    assert [p.relation for p in result.pairs] == ["near_copy"]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ('"For some families this is a year with no income at all," she said.',
         "“For some families this is a year with no income at all.”"),
        ('"We were too slow to close the door on that business," chief Kristjan Õunapuu said.',
         "Chief Kristjan Õunapuu said the bank was “too slow to close the door on that business”."),
    ],
)  # fmt: skip
def test_a_quote_shared_with_another_frame_is_a_shared_quote_not_a_near_copy(
    text_a: str, text_b: str
) -> None:
    result = compare_texts(text_a, text_b)
    assert len(result.shared_quotes) == 1
    assert [p.relation for p in result.pairs] == ["shared_quote"]


def test_a_copied_sentence_holding_a_quote_is_still_a_near_copy() -> None:
    a = "“The rocket did what we asked of it,” said Kristin Aasvang, head of the space agency."
    b = "“The rocket did what we asked of it,” said Kristin Aasvang, director of the space agency."
    result = compare_texts(a, b)
    assert len(result.shared_quotes) == 1
    assert [p.relation for p in result.pairs] == ["near_copy"]


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        ("“Ab cd,” she said.", " she said."),
        ("He said: «ab cd» today.", "He said: today."),
        ('"We do not negotiate with criminals.', ""),
        ('fly again," he told reporters.', "            he told reporters."),
        ("Wróbel's lawyer said 'no comment' later.", "Wróbel's lawyer said later."),
    ],
)
def test_the_wordsoutside_quotations_include_ends_of_longer_quotations(
    text: str, outside: str
) -> None:
    assert outside_quotations(text) == outside


@pytest.mark.parametrize(
    ("text_a", "text_b", "difference"),
    [
        ("The regulator fined Põhjala Pank for suspicious payments between 2016 and 2020.",
         "Põhjala Pank was fined for suspicious payments made from 2016 to 2021.", "2020 ≠ 2021"),
        ("Aberdyfi expects a deficit of £14.2 million and Glanmor £9.4 million this year.",
         "Aberdyfi expects a deficit of £14.2m this year and Glanmor of £9.7m.", "9.4 ≠ 9.7"),
    ],
)  # fmt: skip
def test_one_of_two_figures_reported_a_little_differently_contradicts(
    text_a: str, text_b: str, difference: str
) -> None:
    pair = _only_pair(text_a, text_b)
    assert pair.relation == "contradicts"
    assert pair.differences == (difference,)


def test_the_same_two_figures_or_one_more_on_one_side_do_not_contradict() -> None:
    same = _only_pair(
        "Põhjala Pank failed to stop suspicious payments between 2016 and 2020, regulators said.",
        "Regulators said Põhjala Pank let suspicious payments through from 2016 to 2020.",
    )
    more = _only_pair(
        "The regulator fined Põhjala Pank for suspicious payments made in 2016 and in 2018.",
        "Põhjala Pank was fined for suspicious payments made in 2016.",
    )
    assert same.relation != "contradicts"
    assert more.relation != "contradicts"


def test_a_number_word_after_a_figure_starts_another_quantity() -> None:
    pair = _only_pair(
        "Councillors approved the closures by 31 votes to 24 after a four-hour debate.",
        "After four hours of speeches, the council approved the closures by 31 votes to 22.",
    )
    assert pair.relation == "contradicts"
    assert pair.differences == ("24 ≠ 22",)


def test_a_figure_given_for_another_word_on_the_other_side_is_no_other_count() -> None:
    pair = _only_pair(
        "Two workers were treated for smoke and about 140 staff on the night shift were evacuated.",
        "About 140 workers on the night shift were evacuated from the smelter.",
    )
    assert pair.relation != "contradicts"


def test_small_counts_of_one_thing_still_contradict_beside_other_counts() -> None:
    pair = _only_pair(
        "Die Bergrettung suchte mit zwei Hubschraubern und 35 Einsatzkräften nach den Männern.",
        "Die Bergrettung rückte mit 35 Leuten, drei Hubschraubern und zwei Hunden aus.",
    )
    assert pair.relation == "contradicts"


def test_a_figure_with_a_word_of_scale_agrees_with_it_written_out() -> None:
    pair = _only_pair(
        "Hollinmere reservoir holds around 2.5 million cubic metres of water.",
        "The Hollinmere reservoir holds 2,500,000 cubic metres when full.",
    )
    assert pair.relation != "contradicts"
    other = _only_pair(
        "Hollinmere reservoir holds around 2.5 million cubic metres of water.",
        "The Hollinmere reservoir holds 3,500,000 cubic metres when full.",
    )
    assert other.relation == "contradicts"


def _terms(weights: dict[str, float]) -> UnitTerms:
    norm = sum(w * w for w in weights.values()) ** 0.5
    return UnitTerms(weights, norm, {key: key for key in weights}, {}, sum(weights.values()))


_POORER = "Council closes houses."
_POORER_TERMS = {"council": 1.0, "closes": 1.0, "houses": 1.0}


def test_more_detail_needs_pieces_weight_and_new_terms_unless_the_short_side_is_whole() -> None:
    # all the poorer side says, twice its weight, three terms the other article nowhere has …
    rich_text = "Council closes the houses on Mill Road after a wall cracked."
    richer = _terms(_POORER_TERMS | {"mill": 1.0, "wall": 1.0, "cracked": 1.0})
    poorer = _terms(_POORER_TERMS)
    relation = relation_of(richer, poorer, rich_text, _POORER, shares_quote=False)
    assert relation[:2] == ("adds_detail", "a")
    assert relation_of(poorer, richer, _POORER, rich_text, shares_quote=False)[:2] == (
        "adds_detail",
        "b",
    )
    # … the same sentence, its new terms all said elsewhere in the other article: not more
    # detail by the ways that ask for terms the other article nowhere has …
    elsewhere = (set(richer.weights), set(poorer.weights) | {"mill", "wall", "cracked"})
    with patched(relations, "CONTAINED_WORDS_RATIO", CONTAINED_WAY_OFF):
        assert relation_of(
            richer, poorer, rich_text, _POORER, shares_quote=False, text_terms=elsewhere
        )[:2] == ("same_fact", None)
    # … but by the fourth, the short sentence whole in one of almost four times its words,
    # whatever the other article tells elsewhere (round 142)
    assert relation_of(
        richer, poorer, rich_text, _POORER, shares_quote=False, text_terms=elsewhere
    )[:2] == ("adds_detail", "a")
    # … only 1.3 times the poorer side's weight, in less than 1.8 times its words: the same
    # fact told at more length
    longer = _terms(_POORER_TERMS | {"mill": 1.0})
    longer_text = "Council shuts the Mill homes."
    assert relation_of(longer, poorer, longer_text, _POORER, shares_quote=False)[:2] == (
        "same_fact",
        None,
    )


def test_more_detail_meets_the_poorer_sides_words_inflected_but_not_told_otherwise() -> None:
    rich_text = "Council closed the house on Mill Road after a wall cracked."
    richer = _terms({"council": 1.0, "closed": 1.0, "house": 1.0, "mill": 1.0, "wall": 1.0})
    richer = _terms(richer.weights | {"road": 1.0, "cracked": 1.0})
    # the poorer sentence's words inflected ("closes", "houses"): their pieces are there
    poorer = _terms(_POORER_TERMS)
    assert relation_of(richer, poorer, rich_text, _POORER, shares_quote=False)[:2] == (
        "adds_detail",
        "a",
    )
    # the same told in other words ("shuts", "homes"): not said again with more
    other = _terms({"authority": 1.0, "shuts": 1.0, "homes": 1.0})
    relation = relation_of(richer, other, rich_text, "Authority shuts homes.", shares_quote=False)
    assert relation[:2] == ("same_fact", None)


@given(
    st.lists(st.sampled_from(["road", "wall", "mill", "crack", "bridge", "lorry"]), max_size=6),
    st.sampled_from([0.25, 0.5, 0.75, 1.0, 2.0]),
)
def test_more_detail_is_told_alike_with_the_sides_swapped(added: list[str], weight: float) -> None:
    rich_text = " ".join(["Council closes houses", *added]) + "."
    richer = _terms(_POORER_TERMS | dict.fromkeys(added, weight))
    poorer = _terms(_POORER_TERMS)
    relation, side, _ = relation_of(richer, poorer, rich_text, _POORER, shares_quote=False)
    mirrored, mirrored_side, _ = relation_of(poorer, richer, _POORER, rich_text, shares_quote=False)
    assert relation == mirrored
    assert {side, mirrored_side} in ({None}, {"a", "b"})
    # more detail exactly when three or more new terms weigh half the poorer side again, or
    # (round 72) when two or more new terms come with three times the poorer side's words,
    # or (round 78) when a new term comes with 1.8 times its words, all of whose terms it has
    weighs_more = len(set(added)) >= 3 and 3.0 + weight * len(set(added)) >= 1.5 * 3.0
    three_times_the_words = len(set(added)) >= 2 and 3 + len(added) >= 3 * 3
    nearly_twice = len(set(added)) >= 1 and 3 + len(added) >= 1.8 * 3
    expected = weighs_more or three_times_the_words or nearly_twice
    assert (relation == "adds_detail") == expected


_SHORT = "Road closed."
_SHORT_TERMS = {"road": 1.0, "closed": 1.0}


def test_a_short_sentence_against_one_of_three_times_its_words_is_less_detail() -> None:
    # the long one says "road" and "closed" (a third of the short one's pieces and more),
    # with two terms the other article nowhere has, the short one none
    long_text = "The road between Erzin and Samagaldai stayed closed for two days."
    longer = _terms(_SHORT_TERMS | {"erzin": 0.2, "samagaldai": 0.2, "#2": 0.1, "days": 0.1})
    shorter = _terms(_SHORT_TERMS)
    elsewhere = ({"road", "closed", "erzin", "samagaldai", "#2", "days"}, {"road", "closed"})
    relation = relation_of(
        longer, shorter, long_text, _SHORT, shares_quote=False, text_terms=elsewhere
    )
    assert relation[:2] == ("adds_detail", "a")
    swapped = relation_of(
        shorter, longer, _SHORT, long_text, shares_quote=False, text_terms=elsewhere[::-1]
    )
    assert swapped[:2] == ("adds_detail", "b")


def test_a_short_sentence_with_a_word_of_its_own_is_the_same_fact() -> None:
    long_text = "The road between Erzin and Samagaldai stayed closed for two days."
    longer = _terms(_SHORT_TERMS | {"erzin": 0.2, "samagaldai": 0.2, "#2": 0.1, "days": 0.1})
    shorter = _terms(_SHORT_TERMS | {"snowdrifts": 0.3})
    short_text = "Road closed by snowdrifts."
    # "snowdrifts", which the long one's article nowhere has: each tells something
    elsewhere = ({"road", "closed", "erzin", "samagaldai", "#2", "days"}, set(shorter.weights))
    relation = relation_of(
        longer, shorter, long_text, short_text, shares_quote=False, text_terms=elsewhere
    )
    assert relation[:2] == ("same_fact", None)
    # nor is a sentence of less than three times the short one's words that tells it
    # otherwise ("shut" for "closed", said elsewhere in its article) more detail
    medium_text = "Road stayed shut near Erzin."
    medium = _terms({"road": 1.0, "shut": 1.0, "erzin": 0.2, "stayed": 0.1})
    elsewhere = ({"road", "closed", "shut", "erzin", "stayed"}, {"road", "closed"})
    short = _terms(_SHORT_TERMS)
    relation = relation_of(
        medium, short, medium_text, _SHORT, shares_quote=False, text_terms=elsewhere
    )
    assert relation[:2] == ("same_fact", None)
    longer_text = "The road stayed shut near Erzin."
    relation = relation_of(
        medium, short, longer_text, _SHORT, shares_quote=False, text_terms=elsewhere
    )
    assert relation[:2] == ("adds_detail", "a")


def test_a_sentence_all_of_whose_terms_the_other_has_in_many_more_words_is_less_detail() -> None:
    # "Road closed." against "Road stayed closed near Erzin." (round 78): it tells nothing the
    # long one does not, which has "Erzin" and "stayed" besides
    medium_text = "Road stayed closed near Erzin."
    medium = _terms(_SHORT_TERMS | {"erzin": 0.2, "stayed": 0.1})
    short = _terms(_SHORT_TERMS)
    assert relation_of(medium, short, medium_text, _SHORT, shares_quote=False)[:2] == (
        "adds_detail",
        "a",
    )
    assert relation_of(short, medium, _SHORT, medium_text, shares_quote=False)[:2] == (
        "adds_detail",
        "b",
    )
    # under 1.8 times its words, or with a term of its own, the same fact
    nearer_text = "Erzin road shut."
    assert relation_of(medium, short, nearer_text, _SHORT, shares_quote=False)[:2] == (
        "same_fact",
        None,
    )
    own = _terms(_SHORT_TERMS | {"snow": 0.3})
    own_text = "Road closed by snow."
    relation = relation_of(medium, own, medium_text + " Still.", own_text, shares_quote=False)
    assert relation[:2] == ("same_fact", None)


@pytest.mark.parametrize(
    ("rough", "exact"),
    [
        ("Auton kuljettaja, noin 60-vuotias mies, pääsi ulos autosta.",
         "Kuljettaja, 62-vuotias mies, ehti ulos autosta."),
        ("Wiatr osiągał w porywach ponad 70 kilometrów na godzinę nad Gdańskiem.",
         "Wiatr osiągał nad Gdańskiem w porywach 72 kilometrów na godzinę."),
        ("Η μονάδα παράγει περίπου 3.000 κυβικά μέτρα νερού την ημέρα.",
         "Η μονάδα παράγει 3.100 κυβικά μέτρα νερού την ημέρα."),
    ],
)  # fmt: skip
def test_a_figure_given_roughly_in_other_languages_agrees_with_a_close_exact_one(
    rough: str, exact: str
) -> None:
    assert _only_pair(rough, exact).relation != "contradicts"
    unhedged = rough.replace("noin ", "").replace("ponad ", "").replace("περίπου ", "")
    assert _only_pair(unhedged, exact).relation == "contradicts"


def test_a_figure_a_power_of_a_thousand_from_the_other_is_it_with_an_unread_scale() -> None:
    pair = _only_pair(
        "Isplata je omogućena predujmom od 2,4 milijuna eura za drugi trajekt Fjordline.",
        "Novac je došao iz predujma od 2.400.000 eura za drugi trajekt Fjordline.",
    )
    assert pair.relation != "contradicts"
    other = _only_pair(
        "Isplata je omogućena predujmom od 2,4 milijuna eura za drugi trajekt Fjordline.",
        "Novac je došao iz predujma od 3.400.000 eura za drugi trajekt Fjordline.",
    )
    assert other.relation == "contradicts"


def test_hours_and_minutes_in_one_number_agree_with_them_written_apart() -> None:
    same = _only_pair(
        "Darbuotojai amoniako nuotėkį pastebėjo apie 7.20 val. ryte.",
        "Amoniako nuotėkį darbuotojai pastebėjo 7 val. 20 min. ryte.",
    )
    assert same.relation != "contradicts"
    later = _only_pair(
        "Darbuotojai amoniako nuotėkį pastebėjo apie 7.20 val. ryte.",
        "Amoniako nuotėkį darbuotojai pastebėjo 7 val. 40 min. ryte.",
    )
    assert later.relation == "contradicts"


def test_a_rough_figure_a_tenth_from_an_exact_one_contradicts() -> None:
    # rounding for a rough figure moves it a few percent ("more than 300" and 312); "about
    # 110 years" and "120 years" are two sides' ages of one tortoise
    pair = _only_pair(
        "The giant tortoise Horace, about 110 years old, was stolen from Combe Valley park.",
        "Horace the giant tortoise, 120 years old, was snatched from Combe Valley park.",
    )
    assert pair.relation == "contradicts"
    close = _only_pair(
        "The giant tortoise Horace, about 118 years old, was stolen from Combe Valley park.",
        "Horace the giant tortoise, 120 years old, was snatched from Combe Valley park.",
    )
    assert close.relation != "contradicts"


def test_a_vote_result_told_otherwise_contradicts_and_the_same_one_agrees() -> None:
    other = _only_pair(
        "Members of the planning committee voted seven to four in favour on Tuesday evening.",
        "The planning committee vote on Tuesday evening was seven to five.",
    )
    assert other.relation == "contradicts"
    assert other.differences == ("seven to four ≠ seven to five",)
    same = _only_pair(
        "The Riverton city council voted 7-2 on Tuesday to replace the Elm Street bridge.",
        "The Riverton council approved the Elm Street bridge on Tuesday by seven votes to two.",
    )
    assert same.relation != "contradicts"


@pytest.mark.parametrize(
    "text", ["Between 10-12 people were hurt.", "Trains ran from 5 to 9 on Sunday."]
)
def test_two_numbers_joined_by_a_dash_or_to_without_a_vote_are_no_result(text: str) -> None:
    from desktop_app.core.compare.terms import tokens

    assert not any(token.slot == "score" for token in tokens(text))


@given(
    st.sampled_from(["gektar", "hektar", "tonna", "metrlik"]),
    st.sampled_from(["dan", "ga", "da", "ni"]),
    # under the least that "ortiq" (more than) gives: 3,200 against "more than 2,800" agrees
    st.sampled_from([(120, 200), (43, 50), (2400, 2800)]),
)
def test_a_count_of_a_unit_with_a_case_ending_contradicts_the_bare_unit(
    unit: str, ending: str, figures: tuple[int, int]
) -> None:
    first, second = figures
    a = f"Suv bosgan hududda {first} {unit} paxta maydonlari zarar ko'rdi."
    b = f"Fermerlarning aytishicha, {second} {unit}{ending} ortiq paxta suv ostida qoldi."
    for left, right in ((a, b), (b, a)):
        pair = _only_pair(left, right)
        assert pair.relation == "contradicts"
    # the same count with the ending agrees
    same = f"Fermerlarning aytishicha, {first} {unit}{ending} paxta suv ostida qoldi."
    assert _only_pair(a, same).relation != "contradicts"


def test_a_unit_met_with_another_ending_leaves_close_figures_to_be_compared() -> None:
    # "310 Stellen" / "Stelle" meet, but 310 is given on both sides: the close counts
    # 230 and 245 of the jobs lost still contradict
    pair = _only_pair(
        "Rund 230 der 310 Stellen am Standort fallen weg, wie das Unternehmen mitteilte.",
        "Von den 310 Angestellten der Fabrik Hürlimann verlieren 245 ihre Stelle.",
    )
    assert pair.relation == "contradicts"


def test_weekdays_inside_a_spaceless_script_or_with_a_joiner_left_out_contradict() -> None:
    lao = _only_pair(
        "ໃນວັນສຸກ ເຮືອໂດຍສານລົ້ມຢູ່ແມ່ນ້ຳອູ ບໍລິເວນບ້ານສົບແຈມ ເມືອງງອຍ.",
        "ວັນພະຫັດທີ່ຜ່ານມາ ເຮືອໂດຍສານໄດ້ລົ້ມລົງກາງແມ່ນ້ຳອູ ໃກ້ກັບບ້ານສົບແຈມ ເມືອງງອຍ.",
    )
    assert lao.relation == "contradicts"
    malayalam_a = "ചെമ്മണ്ണൂർ ക്ഷേത്രത്തിലെ ഉത്സവത്തിനിടെ വെള്ളിയാഴ്ച ആന ഇടഞ്ഞു."
    malayalam_b = "ചെമ്മണ്ണൂർ ക്ഷേത്രത്തിലെ ഉത്സവത്തിനിടെ വ്യാഴാഴ്ച ആന ഇടഞ്ഞു."
    assert _only_pair(malayalam_a, malayalam_b).relation == "contradicts"
    same = malayalam_b.replace("വ്യാഴാഴ്ച", "വെള്ളിയാഴ്\u200cച")
    assert _only_pair(malayalam_a, same).relation != "contradicts"


def test_a_clock_time_against_an_hour_named_with_its_part_of_the_day() -> None:
    a = "ភ្លើងត្រូវបានពន្លត់ទាំងស្រុងនៅវេលាម៉ោង ០២:៣០ នាទី ព្រឹកថ្ងៃទី១៣ ខែមីនា។"
    b = "ភ្លើងត្រូវបានពន្លត់ទាំងស្រុងនៅម៉ោងប្រហែល 5 ព្រឹក។"
    assert _only_pair(a, b).relation == "contradicts"
    agreeing = "ភ្លើងត្រូវបានពន្លត់ទាំងស្រុងនៅម៉ោង 2.30 ព្រឹក។"
    assert _only_pair(a, agreeing).relation != "contradicts"


def test_a_unit_with_two_case_endings_on_one_stem_is_one_unit() -> None:
    # Telugu "ఎకరాల్లో" / "ఎకరాలకు" (in / to acres): the same acres, two endings
    a = "వరదల కారణంగా రామాపురం గ్రామంలో 300 ఎకరాల్లో వరి పంట నీట మునిగింది."
    b = "రామాపురం గ్రామంలో 500 ఎకరాలకు పైగా వరి పంట నీట మునిగిందని రైతులు చెప్పారు."
    for left, right in ((a, b), (b, a)):
        assert _only_pair(left, right).relation == "contradicts"
    same = b.replace("500", "300")
    assert _only_pair(a, same).relation != "contradicts"


def test_a_unit_in_a_script_without_spaces_runs_on_into_the_next_words() -> None:
    # Burmese "၁၄ စီးနှင့်" is "14 vehicles and": the vehicles counted by "10 စီး"
    a = "မီးသတ်ယာဉ် ၁၄ စီးနှင့် မီးသတ်သမားများ မုံရွာဈေးသို့ ရောက်ရှိခဲ့သည်။"
    b = "မီးသတ်ယာဉ် 10 စီး မုံရွာဈေးသို့ ရောက်ရှိခဲ့သည်။"
    assert _only_pair(a, b).relation == "contradicts"
    assert _only_pair(a, b.replace("10", "14")).relation != "contradicts"


@pytest.mark.parametrize(
    ("first", "second"),
    [("millions", "milliards"), ("passengers", "passages"), ("ministers", "minutes")],
)
def test_units_sharing_only_a_short_part_of_a_word_are_two_units(first: str, second: str) -> None:
    from desktop_app.core.compare.relations import _same_unit

    assert not _same_unit(f"qty:{first}", f"qty:{second}")
    assert _same_unit(f"qty:{first}", f"qty:{first}s")


@pytest.mark.parametrize(
    ("bound", "figure", "relation"),
    [
        ("more than two kilometres", "2.4 kilometres", "agrees"),
        ("more than 300 workers", "250 workers", "contradicts"),
        ("more than 300 workers", "600 workers", "contradicts"),  # past the reach
        ("up to 40 workers", "35 workers", "agrees"),
        ("up to 40 workers", "45 workers", "contradicts"),
        ("at least 12,000 fans", "about 14,000 fans", "contradicts"),  # two estimates
    ],
)
def test_a_bound_agrees_with_an_exact_figure_on_its_side(
    bound: str, figure: str, relation: str
) -> None:
    text_a = f"The council said {bound} had to use the Demka bridge detour on Monday."
    text_b = f"The council said {figure} had to use the Demka bridge detour on Monday."
    for a, b in ((text_a, text_b), (text_b, text_a)):
        found = _only_pair(a, b).relation
        assert (found == "contradicts") == (relation == "contradicts"), (a, b, found)


@given(st.integers(min_value=20, max_value=600), st.integers(min_value=11, max_value=999))
def test_a_lower_bound_takes_in_figures_up_to_its_reach(limit: int, figure: int) -> None:
    a = f"Officials said more than {limit} homes were flooded in Kendal on Monday."
    b = f"Officials said {figure} homes were flooded in Kendal on Monday."
    contradicts = _only_pair(a, b).relation == "contradicts"
    if limit <= figure <= BOUND_REACH * limit:
        assert not contradicts
    elif figure > 1.1 * BOUND_REACH * limit or figure < limit / 1.1:
        assert contradicts  # past the reach, or under a bound rounded to a twentieth


@pytest.mark.parametrize(
    ("text_a", "text_b", "difference"),
    [
        (
            "Ujarlernermut aningaasartuutit koruunit 80.000-it missaanniittut naatsorsorneqarput.",
            "Ujarlerneq aningaasartuutit koruunit 120.000-inik akeqarpoq.",
            "80.000 ≠ 120.000",
        ),
        (
            "ʻOku fakafuofua ʻe he Kōsilio Kolo ʻa e maumau ki he paʻanga ʻe 180,000.",
            "Naʻe fakafuofua ʻe he Kōsilio ʻa e maumau ki he paʻanga ʻe 250,000.",
            "180,000 ≠ 250,000",
        ),
    ],
)
def test_figures_after_the_same_unit_written_first_contradict(
    text_a: str, text_b: str, difference: str
) -> None:
    pair = _only_pair(text_a, text_b)
    assert pair.relation == "contradicts"
    assert pair.differences == (difference,)


def test_figures_after_the_same_word_agree_when_given_roughly_or_the_same() -> None:
    # "nesten" (nearly) before both: a rough figure, not a unit ("20 mil" is 200 km)
    rough = _only_pair(
        "Tungtrafikken må kjøre om Sunndalsøra, en omvei på nesten 200 kilometer.",
        "For tungtransporten betyr stengingen en omvei på nesten 20 mil om Sunndalsøra.",
    )
    assert rough.relation != "contradicts"
    same = _only_pair(
        "ʻOku fakafuofua ʻe he Kōsilio Kolo ʻa e maumau ki he paʻanga ʻe 180,000.",
        "Naʻe fakafuofua ʻe he Kōsilio ʻa e maumau lahi ki he paʻanga ʻe 180,000.",
    )
    assert same.relation != "contradicts"


@pytest.mark.parametrize(
    ("text_a", "text_b", "difference"),
    [
        # Hmong weekdays are numbered after "hnub" (day): Xya is 7, Tsib 5 (round 72)
        (
            "Lawv tab tom ua ib lub choj ib ntus, yuav ua tiav hnub Xya.",
            "Lawv hais tias lub choj ib ntus yuav ua tiav hnub Tsib.",
            "Xya ≠ Tsib",
        ),
        # Cornish: four fishermen in digits, three in words, after "esa" (there were)
        (
            "Yth esa 4 pyskador a-bervedh y'n skath Morvoren.",
            "Yth esa tri den a-bervedh y'n skath Morvoren.",
            "4 ≠ tri",
        ),
    ],
)
def test_counts_under_ten_after_the_same_word_contradict_both_ways(
    text_a: str, text_b: str, difference: str
) -> None:
    pair = _only_pair(text_a, text_b)
    assert (pair.relation, pair.differences) == ("contradicts", (difference,))
    swapped = _only_pair(text_b, text_a)
    mirrored = " ≠ ".join(reversed(difference.split(" ≠ ")))
    assert (swapped.relation, swapped.differences) == ("contradicts", (mirrored,))


@given(st.integers(min_value=2, max_value=9))
def test_a_count_under_ten_after_the_same_word_agrees_with_itself_in_words(count: int) -> None:
    # ("one" is weak, read only beside another number word: not tried here)
    words = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    pair = _only_pair(
        f"Yth esa {count} pyskador a-bervedh y'n skath Morvoren.",
        f"Yth esa {words[count]} pyskador a-bervedh y'n skath Morvoren.",
    )
    assert pair.relation != "contradicts"


@given(st.sampled_from(["K", "P", "TSH"]), st.integers(2, 900), st.integers(2, 900))
def test_amounts_after_the_same_capitals_glued_contradict_unless_equal(
    sign: str, first: int, second: int
) -> None:
    # a currency in letters glued to its figure, the words around each told otherwise
    text_a = f"Ndalama zokwana {sign}{first} miliyoni zidzagwiritsidwa ntchito kukweza mpanda."
    text_b = f"Boma lalonjeza {sign}{second} miliyoni kuti mpanda wa pakiyi ukwezedwe."
    pair = _only_pair(text_a, text_b)
    swapped = _only_pair(text_b, text_a)
    if first * 20 < second * 21 and second * 20 < first * 21:
        return  # within a twentieth: a close figure, compared by other rules
    assert pair.relation == swapped.relation == "contradicts"
    assert pair.differences == (f"{first} ≠ {second}",)
    assert swapped.differences == (f"{second} ≠ {first}",)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # Mongolian "Тавин найман" (58): "тавин" unread, "найман" (8) the figure's last digit
        (
            "Эрдэнэцагаан сумын 58 настай малчин Д.Батсүх нас барсан байдалтай олдсон.",
            "Эрдэнэцагаан сумын Тавин найман настай малчин нас барсан байдалтай олдсон.",
        ),
        # Kinyarwanda "ijana na makumyabiri" (120): twenty, the figure's last two digits
        (
            "Akarere kavuga ko imiryango 120 ituye mu manegeka igomba kwimurwa.",
            "Akarere kavuga ko imiryango ijana na makumyabiri ituye mu manegeka igomba kwimurwa.",
        ),
    ],
)
def test_a_number_in_words_read_only_in_part_does_not_contradict_its_figure(
    text_a: str, text_b: str
) -> None:
    assert _only_pair(text_a, text_b).relation != "contradicts"
    assert _only_pair(text_b, text_a).relation != "contradicts"


def test_a_whole_figure_in_words_still_contradicts_the_figure_it_is_not() -> None:
    pair = _only_pair(
        "A pleasure boat company has been fined £36,000 after a gangway gave way at the quay.",
        "A pleasure boat company has been fined thirty thousand pounds after a gangway gave way.",
    )
    assert pair.relation == "contradicts"


_ENGLISH_UNITS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]


@given(st.integers(11, 999), st.integers(2, 9))
def test_a_unit_in_words_beside_the_figures_words_contradicts_it_even_as_one_of_its_digits(
    figure: int, unit: int
) -> None:
    # "three" between "said" and "homes", both words of the figure's sentence: read whole
    text_a = f"The council said {figure} homes in the valley were flooded overnight."
    text_b = f"The council said {_ENGLISH_UNITS[unit - 2]} homes in the valley were flooded."
    pair, swapped = _only_pair(text_a, text_b), _only_pair(text_b, text_a)
    assert pair.relation == swapped.relation == "contradicts"


_TOLD_OTHERWISE = "Council shuts homes."
_TOLD_OTHERWISE_TERMS = {"council": 1.0, "shuts": 1.0, "homes": 1.0}
_MUCH_MORE = "Council closes the houses on Mill Road after a wall cracked in the storm."
_MUCH_MORE_TERMS = dict.fromkeys(
    ["council", "closes", "houses", "mill", "road", "wall", "cracked", "storm"], 1.0
)


def test_a_side_half_as_long_again_with_five_new_terms_more_is_more_detail() -> None:
    # the poorer side tells the fact in its own words ("shuts", "homes"): too few of its
    # pieces are in the richer one for the first way, and it has terms of its own (round 78)
    richer, poorer = _terms(_MUCH_MORE_TERMS), _terms(_TOLD_OTHERWISE_TERMS)
    relation = relation_of(richer, poorer, _MUCH_MORE, _TOLD_OTHERWISE, shares_quote=False)
    assert relation[:2] == ("adds_detail", "a")
    swapped = relation_of(poorer, richer, _TOLD_OTHERWISE, _MUCH_MORE, shares_quote=False)
    assert swapped[:2] == ("adds_detail", "b")


@pytest.mark.parametrize(
    ("own_terms", "own_text"),
    [
        # a figure the richer side lacks: each says something the other does not
        ({"#12": 1.0}, "Council shuts 12 homes."),
        # two names the richer side lacks
        ({"hartley": 1.0, "bryn": 1.0}, "Council shuts Hartley and Bryn homes."),
    ],
)
def test_a_poorer_side_with_a_figure_or_names_of_its_own_is_the_same_fact(
    own_terms: dict[str, float], own_text: str
) -> None:
    richer = _terms(_MUCH_MORE_TERMS)
    poorer = _terms(_TOLD_OTHERWISE_TERMS | own_terms)
    poorer = UnitTerms(
        poorer.weights,
        poorer.norm,
        poorer.surfaces,
        {},
        poorer.total,
        names=frozenset(key for key in own_terms if not key.startswith("#")),
    )
    relation = relation_of(richer, poorer, _MUCH_MORE, own_text, shares_quote=False)
    assert relation[:2] == ("same_fact", None)
    swapped = relation_of(poorer, richer, own_text, _MUCH_MORE, shares_quote=False)
    assert swapped[:2] == ("same_fact", None)


@given(st.integers(0, 7))
def test_more_detail_by_length_needs_five_new_terms_more_on_either_side(dropped: int) -> None:
    kept = list(_MUCH_MORE_TERMS)[: len(_MUCH_MORE_TERMS) - dropped]
    richer, poorer = _terms(dict.fromkeys(kept, 1.0)), _terms(_TOLD_OTHERWISE_TERMS)
    new_more = len(set(kept) - set(_TOLD_OTHERWISE_TERMS)) - 2
    weighs_more = len(kept) >= 1.5 * len(_TOLD_OTHERWISE_TERMS)
    relation = relation_of(richer, poorer, _MUCH_MORE, _TOLD_OTHERWISE, shares_quote=False)
    swapped = relation_of(poorer, richer, _TOLD_OTHERWISE, _MUCH_MORE, shares_quote=False)
    expected = ("adds_detail", "a") if new_more >= 5 and weighs_more else ("same_fact", None)
    assert relation[:2] == expected
    assert swapped[:2] == (expected[0], "b" if expected[1] else None)
