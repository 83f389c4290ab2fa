"""The development set: its truth is well formed, the scorer follows the rule, the figures print.

Run with ``-s`` to see the figures of the tuning half and of the held-out half.
"""

from __future__ import annotations

import pytest

from desktop_app.core.compare import AlignedPair, Comparison, SharedQuote, Span
from tests.core.compare.devset import (
    Tally,
    TruePair,
    Truth,
    load,
    match_pairs,
    report,
    score,
    spans_match,
    split,
)

ALL_PAIRS = [name for half in split().values() for name in half]


def test_the_set_has_enough_pairs_split_into_tuning_and_held_out_lists() -> None:
    halves = split()
    assert "tuning" in halves
    assert "held_out" in halves
    assert all(name == "tuning" or name.startswith("held_out") for name in halves)
    assert len(ALL_PAIRS) == len(set(ALL_PAIRS)), "no pair is in two lists"
    assert halves["tuning"], "the tuning half is never empty (the held-out half may be)"
    assert len(ALL_PAIRS) >= 9
    assert "sample" in ALL_PAIRS


@pytest.mark.parametrize("name", ALL_PAIRS)
def test_truth_spans_are_slices_of_their_texts(name: str) -> None:
    truth = load(name)
    spans = [(truth.text_a, p.a) for p in truth.pairs] + [(truth.text_b, p.b) for p in truth.pairs]
    spans += [(truth.text_a, s) for s in truth.only_a] + [(truth.text_b, s) for s in truth.only_b]
    for text, span in spans:
        assert text[span.start : span.end] == span.text
    assert truth.pairs
    assert all(p.relation in {"same_fact", "near_copy", "shared_quote", "adds_detail",
                              "contradicts"} for p in truth.pairs)  # fmt: skip
    assert all((p.relation == "adds_detail") == (p.detail_side is not None) for p in truth.pairs)


def test_spans_match_when_they_share_half_of_the_shorter() -> None:
    assert spans_match(Span(0, 10, ""), Span(5, 100, ""))
    assert not spans_match(Span(0, 10, ""), Span(6, 100, ""))
    assert not spans_match(Span(0, 10, ""), Span(10, 20, ""))


def _pair(a: tuple[int, int], b: tuple[int, int], relation: str = "same_fact") -> AlignedPair:
    return AlignedPair(Span(*a, ""), Span(*b, ""), relation, None, 1.0, ())  # type: ignore[arg-type]


def test_pairs_match_one_to_one_best_first() -> None:
    true = [TruePair(Span(0, 10, ""), Span(0, 10, ""), "same_fact", None)]
    predicted = [_pair((4, 10), (0, 10)), _pair((0, 10), (0, 9))]
    assert match_pairs(predicted, true) == [(1, 0)]


def test_the_tally_counts_precision_recall_labels_and_only_characters() -> None:
    text = "One two. Three four. Five six."
    truth = Truth(
        "t",
        text,
        text,
        (
            TruePair(Span(0, 8, ""), Span(0, 8, ""), "near_copy", None),
            TruePair(Span(9, 20, ""), Span(9, 20, ""), "contradicts", None),
        ),
        (),
        (Span(21, 30, ""),),
        (),
    )
    result = Comparison(
        (_pair((0, 8), (0, 8), "near_copy"), _pair((21, 30), (9, 20))),
        (SharedQuote(Span(0, 3, ""), Span(0, 3, ""), True),),
        (Span(9, 30, ""),),
        (),
    )
    tally = Tally()
    tally.add(truth, result)
    figures = tally.figures()
    assert figures["pair_precision"] == figures["pair_recall"] == 0.5
    assert figures["label_accuracy"] == 1.0
    assert figures["recall_contradicts"] == 0.0
    assert figures["quote_precision"] == 0.0
    assert figures["only_a_char_recall"] == 1.0
    assert figures["only_a_char_precision"] == pytest.approx(8 / 18)


def test_print_the_figures_and_hold_the_targets_reached_on_the_tuning_half() -> None:
    figures = {}
    for half, names in split().items():
        if not names:
            print(f"\n{half}: empty, not scored (new pairs are written outside this branch)")
            continue
        tally = score(names)
        print("\n" + report(half, tally))
        figures[half] = tally.figures()
    tuning = figures["tuning"]
    # The tuning pairs are all seen, so these guard against regressions, not a claim about
    # unseen articles; the held-out half is printed only (its one honest scoring is recorded
    # in tests/compare_data/README.md, and it joins the tuning half before any more tuning).
    # Floors near the figures reached on all 104 pairs once entry 23's eight blind pairs joined
    # the tuning half (after round 22; pairs 0.862 / 0.726 / 0.788, labels 0.812, only-A
    # recall 0.921), less a margin; after round 24 shared quotes 112 of 112, none false (109
    # of 112 with 4 false before), labels 0.822 (0.812 before), pairs unchanged. Entry 25
    # joined the tuning half (112 pairs): 0.859 / 0.721 / 0.784, labels 0.809, quotes 120 of
    # 120, none false. After round 26 (number words, days and clock times of Swahili, Tagalog,
    # Welsh and Basque; votes' results): 0.859 / 0.725 / 0.787, labels 0.818. Entry 27
    # joined the tuning half (120 pairs): 0.853 / 0.714 / 0.777, labels 0.806, quotes 128 of
    # 129 with 2 false (precision 0.985). After round 28 (scripts from Unicode data, CLDR
    # weekdays, the head of an article): 0.859 / 0.715 / 0.780, labels 0.807, quotes 128 of
    # 129, none false. Entry 29 joined the tuning half (128 pairs): 0.847 / 0.704 / 0.769,
    # labels 0.804, quotes 136 of 137 with 3 false (precision 0.978). After round 30 (spaceless
    # and caseless scripts, two sentences without partners beside a pair): 0.846 / 0.719 /
    # 0.777, labels 0.804, quotes 136 of 137, none false; only-A recall 0.913 -> 0.894 (its
    # floor lowered from 0.9: the pairs beside pairs that carried over to the latest entries
    # take sentences the truth leaves out; character precision 0.753 -> 0.777). Entry 31
    # joined the tuning half (136 pairs; its labels 0.709 unseen): 0.844 / 0.720 / 0.777,
    # labels 0.797, quotes 144 of 146, none false, only-A recall 0.888. After round 32
    # (weekdays with affixes glued on, ``DETAIL_RATIO`` 1.8): labels 0.804, pairs unchanged.
    # Entry 33 joined the tuning half (144 pairs; unseen 0.841 / 0.644 / 0.730, labels
    # 0.724, quotes 7 of 8 with 2 false): 0.845 / 0.716 / 0.775, labels 0.800, quotes 151 of
    # 154 with 2 false (precision 0.987), only-A recall 0.889; the quote and label floors
    # lowered to take them in. After round 34 (quoted names in caseless texts, units with
    # case endings or vowel signs, weekdays in spaceless scripts, day periods): 0.845 /
    # 0.717 / 0.776, labels 0.807, quotes 152 of 154, none false. Entry 35 joined the
    # tuning half (152 pairs; unseen 0.729 / 0.805 / 0.765, labels 0.714, quotes 8 of 8),
    # and units sharing a stem with two endings met (its labels 0.743): 0.837 / 0.721 /
    # 0.775, labels 0.803, quotes 160 of 162, none false, only-A recall 0.884; the
    # precision and label floors lowered to take them in. After round 36 (anchors by terms
    # and gaps between pairs need a cosine): 0.846 / 0.720 / 0.778, labels 0.805, only-A
    # recall 0.893; the precision and F1 floors raised to just under. Entry 37 joined the
    # tuning half (160 pairs; unseen 0.833 / 0.781 / 0.806, labels 0.680, quotes 8 of 8):
    # 0.845 / 0.723 / 0.779, labels 0.798, quotes 168 of 170, none false, only-A recall
    # 0.889; the precision and label floors lowered to take them in. After round 38 (number
    # words of languages num2words lacks, more clock words, years apart): 0.854 / 0.726 /
    # 0.785, labels 0.814, only-A recall 0.897; the floors raised to just under. Entries 39
    # and 40 joined the tuning half (176 pairs; unseen 0.831 / 0.651 / 0.730, labels 0.710,
    # and 0.765 / 0.661 / 0.709, labels 0.603, quotes 8 of 8 and 8 of 9 with one false):
    # 0.848 / 0.718 / 0.778, labels 0.800, quotes 184 of 187 (precision 0.9946), only-A
    # recall 0.898; the quote, precision, F1 and label floors lowered to take them in. After
    # round 41 (fragments of one quotation, names behind a class prefix, CLDR's number
    # words, a half before an hour): 0.848 / 0.720 / 0.778, labels 0.801, quotes 187 of 187,
    # none false; the quote floors raised to just under. After round 44 (stems of six
    # letters): 0.847 / 0.727 / 0.782 (leaving one pair out 0.851 / 0.725 / 0.783), labels
    # 0.799; the F1 floor raised and a recall floor added, both just under. Entries 42 and
    # 43 joined the tuning half (192 pairs; unseen, sixteen pairs together, 0.868 / 0.740 /
    # 0.799, labels 0.600, quotes 16 of 16 with one false): 0.849 / 0.728 / 0.784, labels
    # 0.779, quotes 203 of 203 (precision 0.9951); the label floor lowered to take them in.
    # After round 47 (a figure against unread words in its frame contradicts): labels 0.784,
    # pairs unchanged; the label floor raised to just under. Entries 45 and 46 joined the
    # tuning half (208 pairs; unseen, sixteen pairs together, 0.837 / 0.769 / 0.802, labels
    # 0.537 before round 47 and 0.589 after it, quotes 14 of 16 with 3 false), with the
    # quote rules they showed (long names quoted alike, one speaker's attribution, Cherokee
    # caseless): 0.848 / 0.732 / 0.786, labels 0.767, quotes 219 of 219 (precision 0.9955);
    # the label floor lowered to take them in. After round 50 (sentences that are each
    # other's best partner by pieces of words, both still without a partner): 0.847 / 0.739
    # / 0.789, labels 0.763 (more right than before: the pairs more it finds are
    # paraphrases whose contradictions are in number words the engine cannot read, and are
    # labelled right less often than the others); the F1 and recall floors raised and the
    # label floor lowered to just under. Entries 48 and 49 joined the tuning half (224 pairs;
    # unseen, sixteen pairs together, 0.753 / 0.734 / 0.743, labels 0.696 before round 50
    # and 0.754 / 0.751 / 0.753, labels 0.680 after it; quotes 15 of 16, none false):
    # 0.839 / 0.740 / 0.786, labels 0.756, quotes 234 of 235 (precision 0.9957), only-A
    # recall 0.885; the precision, label and only-A floors lowered to take them in. With
    # the quote rule their one missed quote showed (a stretch of a quotation replaced, "ida"
    # given as "dagiti umili"): quotes 235 of 235 (precision 0.9957), labels 0.757. After
    # round 53 (a faint anchor or a pair held by common terms stays only when flanked):
    # 0.849 / 0.738 / 0.789 (leaving one pair out, the rules' settings chosen on the other
    # pairs, 0.848 / 0.738 / 0.789), labels 0.757; the precision and F1 floors raised to
    # just under. Entries 51 and 52 joined the tuning half (240 pairs; unseen, sixteen pairs
    # together, 0.810 / 0.841 / 0.825 before round 53 and 0.820 / 0.841 / 0.831 after it,
    # labels 0.602 both, quotes 16 of 16, none false): 0.846 / 0.746 / 0.793, labels 0.743,
    # quotes 251 of 251 (precision 0.996), only-A recall 0.890; the label floor lowered to
    # take them in (their contradictions are mostly in number, day and time words of
    # languages the engine has no table for). After round 56 (more detail by the poorer
    # side's pieces of words and terms the other article nowhere has; days and months of
    # every CLDR language; a unit written before its figure): labels 0.764 (leaving one pair
    # out the same, the settings chosen alike for all 240), pairs unchanged; the label floor
    # raised to just under. Entries 54 and 55 joined the tuning half (256 pairs; unseen,
    # sixteen pairs together, 0.820 / 0.755 / 0.786 before round 56 and after it, labels
    # 0.665 before and 0.647 after, quotes 16 of 16, none false): 0.844 / 0.747 / 0.792,
    # labels 0.756, quotes 267 of 267 (precision 0.996), only-A recall 0.888; the precision
    # and label floors lowered to take them in (their misses are pairs told in other words
    # and counts in number words of languages the engine has no table for). After round 59
    # (a sentence whose words chose one partner and whose pieces of words prefer another,
    # still unpaired, that prefers it back, takes that one too): 0.842 / 0.755 / 0.796 (the
    # same leaving one pair out), labels 0.753 (1,840 right of 2,444 found, 1,825 of 2,415
    # before: the second partners found are contradictions and more detail more often than
    # the rest), quotes unchanged, only-A recall 0.886; and with a pair beside a pair kept
    # only when the pieces of its words meet (``BESIDE_PIECES_FLOOR``), and a second partner
    # sharing two terms (``SECOND_PARTNER_TERMS``): 0.850 / 0.752 / 0.798 (the same leaving
    # one pair out), labels 0.754, only-A recall 0.898 (0.888 before the round); the
    # precision, recall, F1 and only-A floors raised to just under (the recall floor to 0.75,
    # under the first rule's 0.755 alone). Entries 57 and 58 joined the tuning half (272
    # pairs; unseen, sixteen pairs together, 0.803 / 0.770 / 0.786 before round 59 and
    # 0.798 / 0.765 / 0.781 after it, labels 0.722 and 0.720, quotes 16 of 16 with two
    # false: a campaign and a ferry quoted alike as names, one in Cantonese, where a name
    # cannot show by its capital): 0.847 / 0.753 / 0.797, labels 0.752, quotes 283 of 283
    # (precision 0.990), only-A recall 0.895; the quote precision and F1 floors lowered to
    # take them in. After round 60 (names quoted alike: set off by commas, in a script
    # without spaces opening its sentence on one side, longer ones inside both sentences
    # before the same word; the cased ones pair their sentences as the caseless ones do):
    # quotes 283 of 283, none false (precision 1.000), labels 0.753 (1,943 right, 1,942
    # before), pairs and only-spans unchanged; the quote precision floor raised to just under.
    # With days of one month that differ (``calendar_words``): labels 0.754 (1,947 right),
    # contradictions labelled 0.532 -> 0.536; the label floor stays just under. After round
    # 63 (a clock time or a figure with a fraction against a word unread beside the same
    # word, the other side reading no figure, contradicts): labels 0.759 (1,959 right, 1,947
    # before), contradictions labelled 0.536 -> 0.552, pairs, quotes and only-spans
    # unchanged; the label floor raised to just under. After round
    # 64 (a weak unflanked pair late in both texts, a weak far second partner standing alone,
    # dropped: ``left_out``): 0.857 / 0.750 / 0.800, labels 0.754, only-A recall 0.898
    # (character precision 0.776), only-B recall 0.924 (0.792); the precision, F1 and only-A
    # floors raised to just under and an only-B floor added (the recall floor held the rules
    # to settings that keep it). With entries 61 and 62 (sixteen pairs written blind in
    # Ingush, Kalmyk, Mingrelian, Waray, Sicilian, Hakka, Tahitian, Marshallese, Kabyle, Sakha,
    # Rusyn, Ligurian and English; 0.807 / 0.676 / 0.736 unseen after rounds 63 and 64, labels
    # 0.616) on all 288 pairs: 0.854 / 0.746 / 0.796, labels 0.751, quotes 299 of 299 with none
    # false, only-A recall 0.896, only-B 0.917; the pair, label and only-spans floors lowered
    # to just under to take them in. After round 68 (second halves: an unpaired sentence
    # beside, or far from, a paired sentence's partner that holds the pieces of words its
    # partners lack): 0.854 / 0.750 / 0.799, labels 0.752, only-A recall 0.896 (character
    # precision 0.773), only-B 0.917 (0.792); the recall, F1 and only-B floors raised to just
    # under.
    # After round 67 (number words of 34 more languages of
    # the set, from num2words2, and Turkic endings on Tatar, Bashkir and Turkmen numbers):
    # contradictions labelled 0.536 -> 0.551 (546 -> 561 of 1,019), labels 0.7515 -> 0.7532
    # (2,051 right of 2,723), pairs 0.855 / 0.749 / 0.799,
    # quotes and only-span recall unchanged; the label floor raised to just under and a
    # floor for contradictions labelled added. With entries 65 and 66 (sixteen pairs written
    # blind in Adyghe, Laz, Võro, Neapolitan, Bikol, Kanuri, Scottish Gaelic, Khakas, Tumbuka,
    # Palauan, Piedmontese, Tamazight and English; 0.846 / 0.745 / 0.792 unseen before rounds
    # 67 and 68, 0.847 / 0.749 / 0.795 after, labels 0.619, only-A recall 0.714) and the quote
    # mends of entry 69, on all 304 pairs: 0.855 / 0.753 / 0.801, labels 0.745, contradictions
    # labelled 0.542, quotes 315 of 315 with none false, only-A recall 0.887, only-B 0.918;
    # the only-A, label and contradiction floors lowered to just under to take them in, the
    # pair floors raised to just under. After round 72 (a number word read only beside
    # another against a figure beside the same word, a half of a word of scale, a short
    # sentence against one of three times its words, counts under ten and capitals glued
    # before figures after the same word, a number in words that is a part of the figure no
    # contradiction): labels 0.745 -> 0.755 (2,176 -> 2,206 right of 2,920), contradictions
    # labelled 0.542 -> 0.556 (597 -> 612 of 1,101), pairs, quotes and only-spans unchanged;
    # the label and contradiction floors raised to just under. After round 73 (pairs in
    # both openings: two unpaired sentences in the first half of both texts, each other's
    # best by words and by pieces of words; weak unflanked pairs dropped from 0.6 of both
    # texts, not 0.8): 0.860 / 0.760 /
    # 0.807 (the same leaving one pair out), only-A recall 0.890, only-B 0.920, contradictions
    # labelled 0.549; the pair and only-spans floors raised to just under. The label floor is
    # lowered from 0.744 to 0.743: labels 0.7452 -> 0.7436, but 2,176 -> 2,193 right (the 38
    # true pairs the openings add are paraphrase, 20 of them labelled right, most of the rest
    # contradictions in words: "just before four" against "3.20am"). Both rounds merged:
    # 0.860 / 0.760 / 0.807, labels 0.754, contradictions labelled 0.562, only-A recall 0.890,
    # only-B 0.920, quotes 315 of 315 with none false; the label and contradiction floors
    # set just under these. Entries 70 and 71 (sixteen pairs written blind in Livonian,
    # Venetian, Mooré, Chavacano, Minangkabau, Silesian, Sakha, Svan, Aromanian, Luo, Bemba,
    # Hiligaynon and English; 0.739 / 0.752 / 0.745 unseen before rounds 72 and 73, 0.747 /
    # 0.757 / 0.752 after, labels 0.696 -> 0.691) joined the tuning half: on all 320 pairs
    # 0.853 / 0.760 / 0.804, labels 0.751, contradictions labelled 0.558, quotes 331 of 331
    # with none false, only-A recall 0.887, only-B 0.918; the precision, F1, label,
    # contradiction and only-spans floors lowered to just under to take them in. After round
    # 79 (a pair of two sentences both 0.6 or more into their texts, each matching another
    # sentence better by words, dropped: 34 false pairs and 5 true ones fewer): 0.861 / 0.759
    # / 0.807 (the same leaving one pair out), only-A recall 0.894, only-B 0.919; the
    # precision, F1 and only-spans floors raised to just under. The recall floor is lowered
    # from 0.760 to 0.758: recall 0.7603 -> 0.7590, the five true pairs the rule drops (loose
    # restatements late in both texts, "For now, the three cars are still at the bottom of
    # the hole." against the crane to lift them out) for 34 false ones, F1 0.8039 -> 0.8066;
    # after round 78 (an hour read as a count beside the word of the other side's clock time, a part
    # of the day against clock times or another part of the same day, a side half as long again with
    # five new terms more, or one whose every term the other has in 1.8 times its words, as more
    # detail): labels 0.751 -> 0.764 (2,335 -> 2,378 right of 3,111; the same leaving one pair out),
    # contradictions labelled 0.558 -> 0.567, pairs, quotes and only-spans unchanged; the label and
    # contradiction floors raised to just under.
    # Both merged: 0.861 / 0.759 / 0.807, labels 0.764, contradictions labelled 0.566
    # (0.5664: round 79's dropped pairs take one labelled contradiction), only-spans as
    # after round 79; the label floor raised to 0.763, the contradiction floor to 0.566.
    # Round 76 (a pair whose two sentences each have a partner scoring more, past both openings,
    # sharing no figure or moment, dropped: ``crossings``): 0.867 / 0.757 / 0.808 (leaving
    # one pair out 0.865 / 0.756 / 0.807), labels 0.751, contradictions labelled 0.557, quotes
    # and only-spans unchanged; the precision and F1 floors raised to just under, the recall
    # floor lowered from 0.760 to 0.757: 72 pairs fewer, 59 of them false, cost 12 true pairs
    # of 4,092 (recall 0.7603 -> 0.7573) for precision 0.853 -> 0.867. And with a weak pair
    # late in both texts dropped unless a pair diagonally beside it scores 0.5 or more
    # (``left_out.LATE_FLANK_SCORE``): 0.875 / 0.755 / 0.811 (leaving one pair out 0.875 /
    # 0.755 / 0.811), labels 0.751, only-A recall 0.895, only-B 0.921; the precision, F1 and
    # only-spans floors raised to just under, the recall floor lowered to 0.755 (47 pairs
    # fewer, 37 false, cost 9 true pairs) and the contradiction floor from 0.557 to 0.555
    # (0.5579 -> 0.5554: 655 -> 652 of 1,174 labelled right, the three contradictions
    # among the true pairs the two rules drop). And with a pair late in both texts sharing
    # only the story's own words dropped (``left_out.story_word_pairs``): 0.881 / 0.754 /
    # 0.813 (the same leaving one pair out), labels 0.751, only-A recall 0.901, only-B
    # 0.924; the precision, F1 and only-spans floors raised to just under, the recall floor
    # lowered to 0.754 (27 pairs fewer, 24 false, cost 3 true pairs) and the contradiction
    # floor to 0.553 (0.5537: 650 of 1,174, two more of the true pairs dropped).
    # Rounds 76, 78 and 79 merged: 0.882 / 0.754 / 0.813, labels 0.765, contradictions
    # labelled 0.563, quotes 331 of 331 with none false, only-A recall 0.901, only-B 0.924
    # (round 79's rule adds 5 dropped pairs to round 76's, 3 of them false); the precision,
    # F1, label, contradiction and only-spans floors set just under, the recall floor 0.753.
    # Round 77 (second partners in both openings: the sentence beside a partner that tells what the
    # partners leave out): 0.853 / 0.765 / 0.807 (0.8528 / 0.7603 / 0.8039 -> 0.8533 /
    # 0.7647 / 0.8065; leaving one pair out 0.806), contradictions labelled 0.561, labels
    # 0.750, only-A recall 0.887 (character precision 0.783 -> 0.786), only-B 0.9176 ->
    # 0.9164 (0.801 -> 0.805); the precision, recall, F1 and contradiction floors raised to
    # just under, the only-B floor lowered from 0.917 to 0.916: of the rule's 19 pairs, the
    # one false pair (Silesian "niy", not, and "tamtyndy", that way, of a language with no
    # stop-word list) cuts a one-sentence passage only B gives. With round 77's many-to-many
    # pairs of both openings (two paired sentences each other's best once their partners
    # are set aside, sharing plain words neither's partners hold; 12 true and 6 false pairs
    # more): 0.852 / 0.768 / 0.808 (0.8524 / 0.7676 / 0.8078, the same leaving one pair
    # out), contradictions labelled 0.562, labels 0.751; the recall, F1 and contradiction
    # floors raised to just under, the precision floor set back to 0.852 (0.8533 -> 0.8524:
    # the new pairs are true two times in three).
    # Rounds 76 to 79 merged: 0.882 / 0.761 / 0.817, labels 0.765, contradictions labelled
    # 0.569, quotes 331 of 331 with none false, only-A recall 0.901, only-B 0.922; the
    # floors set just under.
    # Round 80 over rounds 78 and 79 (two unpaired opening sentences whose pieces of words prefer
    # each other and meet 1.5 times as well as their words, sharing a word that is no name: 5 true
    # pairs and 1 false more): 0.861 / 0.760 / 0.807 (0.8606 / 0.7603 / 0.8073, the same leaving one
    # pair out), labels 0.764, only-spans' recall unchanged; the recall and F1 floors raised to just
    # under.
    # Rounds 76 to 80 merged: 0.882 / 0.762 / 0.818, labels 0.765, contradictions labelled
    # 0.569, quotes 331 of 331 with none false, only-A recall 0.901, only-B 0.922; the
    # floors set just under.
    # Entries 74 and 75 (sixteen pairs written blind in Votic, Acehnese, Gagauz, Moksha,
    # Zarma, Kapampangan, Limburgish, Altai, Tuvaluan, Lozi, Karakalpak, Herero and English;
    # 0.742 / 0.830 / 0.784 unseen before rounds 76 to 80, 0.781 / 0.817 / 0.798 after, labels
    # 0.718 -> 0.736) joined the tuning half: on all 336 pairs 0.876 / 0.765 / 0.817, labels
    # 0.763, contradictions labelled 0.561, quotes 347 of 347 with none false, only-A recall
    # 0.899, only-B 0.920; the precision, F1, label, contradiction and only-spans floors
    # lowered to just under to take them in, the recall floor raised. Round 79's rule then
    # taken out (with rounds 76 to 80 it drops 5 pairs, 3 false: pairs 0.8757 / 0.7652 /
    # 0.8167 with it, 0.8751 / 0.7657 / 0.8167 without; round 76's late rules drop the rest
    # of what it dropped); the floors hold. After round 84 (a large figure two sentences
    # alone give keeps their pair; currencies named in words read as their signs): 0.8759 /
    # 0.7680 / 0.8184, labels 0.7640, contradictions labelled 0.5628; the recall, F1 and
    # contradiction floors raised to just under.
    # Round 85 (a weaker partner sharing with a sentence nothing that its better partners do
    # not share with it is an echo, ``echoes``: 84 pairs fewer, 62 false): 0.8896 / 0.7608 /
    # 0.8202 (the same leaving one pair out), labels 0.7633, only-A recall 0.915, only-B
    # 0.927; the precision, F1 and only-spans floors raised to just under; the recall floor
    # lowered from 0.765 to 0.760 (22 true pairs of 4,310 dropped with the 62 false ones, F1
    # up) and the contradiction floor from 0.561 to 0.556 (6 of those 22 were contradictions
    # labelled right: 706 -> 700 of 1,258). With its terms beyond the better partners' all
    # the story's own words past the openings (27 pairs fewer, 20 false): 0.8942 / 0.7592 /
    # 0.8212, labels 0.7631, only-A 0.918, only-B 0.931; the precision, F1 and only-spans
    # floors raised to just under, the recall floor lowered to 0.759 (7 true pairs more lost).
    # With Philippine titles read as titles ("Engr. Ramon David"): 0.8955 / 0.7594 / 0.8218,
    # only-B 0.932; the precision and only-B floors raised to just under.
    # Rounds 84 and 85 together: 0.8958 / 0.7617 / 0.8233, labels 0.7636, contradictions
    # labelled 0.5580, only-A 0.918, only-B 0.932; the recall, F1 and contradiction floors
    # raised to just under.
    # After round 86 (no side has more detail when
    # the poorer one tells five things of its own; a day name CLDR writes with "ʼ" read when
    # typed with "'" or "’"; a near copy's quoted words alike too; a number word giving a
    # figure's first digits a part of it only with an unread word after it; a number word
    # of the figure's value among unread words says the figure): labels 0.7634 -> 0.7716
    # (2,520 -> 2,547 right of 3,301; 2,545 leaving one pair out), contradictions labelled
    # 0.5612 -> 0.5636, pairs, quotes and only-spans unchanged; the label and contradiction
    # floors raised to just under.
    # Rounds 84, 85 and 86 together: 0.8958 / 0.7617 / 0.8233, labels 0.7716, contradictions
    # labelled 0.5604; the label and contradiction floors raised to just under. Entries 82
    # and 83 (sixteen pairs written blind, scored once before rounds 84 to 86: 0.773 / 0.811
    # / 0.791, and after them: 0.819 / 0.797 / 0.808, labels 0.768) then joined the tuning
    # half: on all 352 pairs 0.8915 / 0.7635 / 0.8225, labels 0.7714, contradictions labelled
    # 0.5516, quotes 363 of 363 with none false, only-A recall 0.911, only-B 0.929; the
    # precision, F1, contradiction and only-spans floors lowered to just under to take them
    # in, the recall floor raised.
    # Round 88 (Devanagari and Bengali titles, "डॉ.", end no sentence: 2 false pairs fewer;
    # two endings weakly paired with each other alone, ``left_out.ending_pairs``: 38 pairs
    # fewer, 26 false): 0.8977 / 0.7608 / 0.8236 (chosen for every pair leaving one pair out),
    # labels 0.7712, only-A recall 0.912, only-B 0.931; the precision, F1 and only-spans
    # floors raised to just under; the recall floor lowered from 0.763 to 0.760 (12 true
    # pairs of 4,532 dropped with the 26 false ones, F1 up) and the contradiction floor from
    # 0.551 to 0.550 (one of the 12 a contradiction labelled right: 748 -> 747 of 1,356).
    # After round 87 (one count on each side, of things named
    # otherwise, beside the same word, contradicts): labels 0.7714 -> 0.7734, contradictions
    # labelled 0.5516 -> 0.5568 (748 -> 755 of 1,356), pairs unchanged; with midnight and
    # noon read as parts of the day and no part of the day in a hyphenated compound, labels
    # 0.7743, contradictions labelled 0.5590 (758), pairs unchanged; the label and
    # contradiction floors raised to just under.
    # Rounds 87 and 88 together: 0.8977 / 0.7608 / 0.8236, labels 0.7741, contradictions
    # labelled 0.5583; the label and contradiction floors raised to just under.
    # After round 89 (a frame word beside a weekday frames the day, not a clock time):
    # labels 0.7741 -> 0.7747 (2,669 -> 2,671 of 3,448 found), contradictions labelled
    # 0.5583 -> 0.5575 (757 -> 756 of 1,356: "3am on Monday" against "people on Station
    # Road", a contradiction read by chance), pairs unchanged; the label floor raised to
    # just under.
    # After round 92 (two sentences alone, each the other's best, giving a value in one slot):
    # pairs 0.8977 / 0.7608 / 0.8236 -> 0.8970 / 0.7626 / 0.8243 (3,448 -> 3,456 of 4,532
    # found, 3,841 -> 3,853 predicted: 8 true, 4 false), labels 0.7747 -> 0.7752,
    # contradictions labelled 0.5575 -> 0.5634; the recall, F1, label and contradiction
    # floors raised to just under; **the precision floor lowered 0.897 -> 0.896** (the 4
    # false pairs for 8 true; on the blind entries 82-83 precision rose, 0.839 -> 0.840).
    # Entries 90 and 91 (sixteen pairs written blind in Ingrian, Bhojpuri, Tokelauan, Nogai,
    # K'iche', Sranan Tongo, Wallisian, Newar, Kumyk, siSwati, Latgalian, Seychellois Creole
    # and English; unseen at bd43aad 0.905 / 0.831 / 0.867, labels 0.758, contradictions
    # labelled 0.469, quotes 16 of 16 with none false) joined the tuning half: on all 368
    # pairs 0.8981 / 0.7640 / 0.8257, labels 0.7738, contradictions labelled 0.5516, quotes
    # 379 of 379 with none false, only-A recall 0.916, only-B 0.9305; the label and
    # contradiction floors lowered to just under to take them in, the recall, F1 and only-A
    # floors raised.
    # Round 92 with entries 90 and 91 in (all 368 pairs): 0.8974 / 0.7659 / 0.8265, labels
    # 0.7744, contradictions labelled 0.5578 (on entries 90 and 91, unseen to round 92:
    # 0.905 / 0.831 / 0.867 -> 0.906 / 0.836 / 0.869, labels 0.758 -> 0.760); the recall,
    # F1, label and contradiction floors set just under.
    # After round 93 (two sentences naming other moments of one kind, "by 18 December" / "by 8
    # January", one moment told two ways, are spared by the late, far, crossing and story-word
    # rules, ``crossings.moments_told_apart``): 0.8977 / 0.7608 / 0.8236 -> 0.8978 / 0.7619 /
    # 0.8243 (3,448 -> 3,453 found, none false more; the same leaving one pair out), labels
    # 0.7750, contradictions labelled 0.5612 (756 -> 761); the recall, F1 and contradiction
    # floors raised to just under.
    # Rounds 92 and 93 with entries 90 and 91 in (all 368 pairs): 0.8975 / 0.7666 / 0.8269,
    # labels 0.7746, contradictions labelled 0.5598 (round 93 moves no pair or label of
    # entries 90 and 91, unseen to it); the recall floor raised to just under, the
    # contradiction floor set just under (round 93's 0.561 was on the 352 pairs).
    # Round 95 (a weaker partner two or more sentences from each of its sentence's better
    # partners, past the openings, under 0.8 of the best, sharing no figure or moment and at
    # most one term no other sentence holds, ``echoes.far_echo_pairs``: 41 pairs fewer, 31
    # false): 0.9048 / 0.7619 / 0.8272 (the same leaving one pair out), labels 0.7743,
    # only-A recall 0.925, only-B 0.931; the precision, F1 and only-A floors raised to just
    # under; the recall floor lowered from 0.763 to 0.761 (10 true pairs of 4,751 dropped
    # with the 31 false ones, F1 up) and the contradiction floor from 0.551 to 0.550 (one of
    # the 10 a contradiction labelled right: 802 -> 801 of 1,454).
    # Rounds 92, 93 and 95 together (all 368 pairs): 0.9042 / 0.7645 / 0.8285, labels
    # 0.7751, contradictions labelled 0.5591, only-A recall 0.925, only-B 0.9315; the
    # precision, F1 and label floors raised to just under, the recall floor lowered from
    # 0.766 to 0.764 (round 95's far echoes drop true pairs with the false ones, F1 up).
    # After round 96 (a sentence saying when, its partner not, takes as a second partner the
    # partner's neighbour that says when, ``remainders``): 0.8975 / 0.7666 / 0.8269 ->
    # 0.8964 / 0.7704 / 0.8286 (3,642 -> 3,660 found, 4,058 -> 4,083 predicted: 18 true,
    # every one labelled right, 7 false; the same leaving one pair out), labels 0.7746 ->
    # 0.7757, contradictions labelled 0.5598 -> 0.5695; the recall, F1, label and
    # contradiction floors raised to just under; **the precision floor lowered 0.897 ->
    # 0.896** (7 false pairs for 18 true; on the blind entries 82-83 and 90-91 precision
    # rose) and **the only-B floor 0.930 -> 0.929**: one true only-B span of one sentence
    # (`incendie_var`, "Les cendres tombaient encore mercredi matin …", B's own scene on the
    # morning A's lede names) is taken by a false second partner of that lede.
    # Rounds 92, 93, 95 and 96 together (all 368 pairs): 0.9030 / 0.7683 / 0.8302, labels
    # 0.7762, contradictions labelled 0.5688, only-A recall 0.925, only-B 0.9305 (round 95's
    # far echoes give back the span round 96 took); the floors set just under.
    # Round 94 (a clock time where the other side, in the same words around, says a moment
    # in words it cannot read, ``time_gaps``): labels 0.7738 -> 0.7760 (2,809 -> 2,817 of
    # 3,630 found), contradictions labelled 0.5516 -> 0.5571 (802 -> 810 of 1,454), pairs
    # unchanged; the label and contradiction floors raised to just under.
    # Rounds 92 to 96 together (all 368 pairs): pairs as above, labels 0.7784,
    # contradictions labelled 0.5743 (round 94's clock time against unread words of a time of
    # day); the label and contradiction floors raised to just under.
    # Round 97 (a richer side saying a little more of a poorer one that tells at most two
    # things of its own, ``relations.FEW_OWN_TERMS``): labels 0.7784 -> 0.7797 (2,841 ->
    # 2,846 of 3,650 found; 15 mended, 10 made wrong), pairs unchanged; the label floor
    # raised to just under.
    # Round 98 (two sentences paired with nothing else, dated to years none in common,
    # sharing no word of their own: two pieces of each outlet's background,
    # ``left_out.history_pairs``): 5 false pairs fewer, none true (4,042 -> 4,037 predicted;
    # 0.9030 / 0.7683 / 0.8302 -> 0.9041 / 0.7683 / 0.8307), only-A recall 0.9254 -> 0.9265
    # (856 -> 857 of 925), only-B 0.9305 -> 0.9324 (978 -> 980 of 1,051), the same leaving
    # one pair out; the only-A, only-B and precision floors raised to just under.
    # Round 101 (a figure in digits where the other side, in much the same words, writes words
    # it cannot read, ``time_gaps.gap_figure_difference``): labels 0.7797 -> 0.7819 (2,846 ->
    # 2,854 of 3,650 found; 18 mended, 10 made wrong; leaving one pair out 2,850),
    # contradictions labelled 0.5743 -> 0.5867 (835 -> 853 of 1,454), pairs unchanged; the
    # label and contradiction floors raised to just under.
    # Round 102 (two sentences still alone, each the other's best among the lone ones, that
    # alone in their texts share two words, ``still_alone``): 3 true pairs more, 1 false
    # (0.9041 / 0.7683 / 0.8307 -> 0.9040 / 0.7689 / 0.8310), labels 0.7797 -> 0.7796 (2,846
    # -> 2,848 of 3,653 found), only-A and only-B recall unchanged (character precision
    # 0.7934 -> 0.7942, 0.8125 -> 0.8136), the same leaving one pair out; **the precision
    # floor lowered 0.904 -> 0.903** (0.90398: one false pair for three true, F1 up; the blind
    # entries 82-83 and 90-91 do not move).
    # Entries 99 and 100 (sixteen pairs written blind, scored once, then moved into tuning):
    # all 384 pairs 0.9014 / 0.7721 / 0.8318, labels 0.7797, contradictions labelled 0.5821,
    # only-A recall 0.9211, only-B 0.9270. The new pairs are harder for the only-spans and the
    # labels than the 368 before them (only-A 0.800 / 0.857 on the two entries), so the
    # only-A, only-B, precision, label and contradiction floors are lowered to just under the
    # new figures, and the recall and F1 floors raised.
    # Round 105 (a line opening "By …" that ends with a full stop after words in lower case
    # is a sentence, not a byline: ``layout._is_byline``): 2 true pairs more, 1 false fewer
    # (0.9014 / 0.7721 / 0.8318 -> 0.9017 / 0.7725 / 0.8321), only-B recall 0.9270 -> 0.9279
    # (one span found), the same leaving one pair out (no setting to choose); the F1 and
    # only-B floors raised to just under. Round 105, then (a sentence still alone before 0.2
    # of its text that counts what the other text's lede counts pairs with the lede:
    # ``lede_counts``): 7 true pairs more, none false (0.9017 / 0.7725 / 0.8321 -> 0.9018 /
    # 0.7739 / 0.8330), labels 0.7795 -> 0.7797 (3,002 -> 3,008 right), contradictions
    # labelled 0.5821 -> 0.5859, the same leaving one pair out; the recall and contradiction
    # floors raised to just under.
    # After round 104 (years read from 1800 with old history tied as a large figure; a count
    # of a one-letter word ties no same-slot pair): 0.9023 / 0.7721 / 0.8321 (3,849 of 4,985
    # found, 4,270 -> 4,266 predicted), labels 0.7799, only-A recall 0.9232 (899 -> 901 of
    # 976), only-B 0.9288 (1,041 -> 1,043 of 1,123); leaving one pair out F1 0.8320; the
    # only-A, only-B, precision and F1 floors raised to just under.
    # Rounds 104 and 105 together: 0.9027 / 0.7739 / 0.8334, labels 0.7799, contradictions
    # labelled 0.5859, only-A 0.9232, only-B 0.9297; the only-B, recall and F1 floors raised.
    # Round 103 (words quoted on one side and told unquoted on the other are no near copy,
    # ``relations.quoted_on_one_side``): labels 0.7797 -> 0.7823 (3,001 -> 3,011 of 3,849
    # found; 10 mended, none made wrong; the same leaving one pair out), same facts labelled
    # 0.550 -> 0.555, pairs unchanged; the label floor raised to just under.
    # Round 103, number words of Lakota, Meitei and Kikongo and the Lakota clock word from
    # references (``hand_number_words``, ``terms._CLOCK_WORDS``): labels 0.7823 -> 0.7838
    # (3,011 -> 3,017; 6 mended, none made wrong), contradictions labelled 0.5821 -> 0.5847
    # (911 -> 915 of 1,565), pairs unchanged; the label and contradiction floors raised.
    # Round 103, a clock time told in words with its minutes names no half of the day
    # (``relations.either_half_of_the_day``): labels 0.7838 -> 0.7844 (3,017 -> 3,019; 2
    # mended, none made wrong; the same leaving one pair out); the label floor raised.
    # Rounds 103 to 105 together: 0.9027 / 0.7739 / 0.8334, labels 0.7846, contradictions
    # labelled 0.5885, only-A 0.9232, only-B 0.9297; the contradiction floor raised.
    # Entries 108 and 109 joined the tuning half (400 pairs; unseen 0.822 / 0.786 / 0.804,
    # labels 0.833, quotes 15 of 16, none false, only-A recall 0.844): 0.8987 / 0.7745 /
    # 0.8320, labels 0.7868, contradictions labelled 0.5875, quotes 410 of 411, only-A
    # 0.9206, only-B 0.9299; the precision, F1, only-A and contradiction floors lowered to
    # take them in.
    # Round 111 (a clock time told in words, twelve hours on, pairs as a close time does:
    # ``align.twelve_hours_on`` in ``_close_times``): 2 true pairs more, none false (0.9027 /
    # 0.7739 / 0.8334 -> 0.9027 / 0.7743 / 0.8336; 3,858 -> 3,860 of 4,985 found), labels
    # 0.7846 -> 0.7845 (3,027 -> 3,028 right: one new pair labelled a contradiction), the
    # same leaving one pair out; the recall floor raised to just under.
    # Round 111, then (one amount told in two units of one kind, by CLDR's unit names, is a
    # close figure: ``unit_amounts.same_measure``): 3 true pairs more, none false (0.9027 /
    # 0.7743 / 0.8336 -> 0.9028 / 0.7749 / 0.8340; 3,860 -> 3,863 found), labels 0.7845 ->
    # 0.7841 (3,028 -> 3,029 right: two of the new pairs labelled contradictions), the same
    # leaving one pair out; the floors hold. Round 111, then (one amount in two units is no
    # count told with two numbers: the unit before its figure and round 87's lone counts
    # skipped for it in ``relation_of``): labels 0.7841 -> 0.7844 (3,029 -> 3,030; 1 mended,
    # none made wrong), pairs unchanged.
    # Round 111 merged after entries 108 and 109 joined (400 pairs): 0.8989 / 0.7756 /
    # 0.8327, labels 0.7866, contradictions labelled 0.5881; the recall and F1 floors raised.
    # Round 110 (figures measuring one thing alike in other units are no contradiction,
    # ``measures.measured_alike``: "1.5 metres" / "five feet", "72 hours" / "three days"):
    # labels 0.7846 -> 0.7864 (3,027 -> 3,034 of 3,858 found; 7 mended, none made wrong;
    # the same leaving one pair out), pairs unchanged; the label floor raised to just under.
    # Round 110, figures measuring things of other dimensions are about two things
    # (``measures.measured_apart``: "1,100-foot" / "150-year-old"): labels 0.7864 -> 0.7869
    # (3,034 -> 3,036; 2 mended, none made wrong); the floor stays just under. Round 110,
    # one sentence word for word with a figure in digits changed contradicts
    # (``relations.swapped_figure``): labels 0.7869 -> 0.7872 (3,036 -> 3,037; 1 mended,
    # none made wrong); the label floor raised to just under.
    # Rounds 110 and 111 merged after entries 108 and 109 joined (400 pairs): 0.8989 /
    # 0.7756 / 0.8327, labels 0.7896, contradictions labelled 0.5887; the label and
    # contradiction floors raised to just under.
    # Round 112, a quotation that reads as a name but opens a sentence the
    # other text quotes someone saying is a cut quotation (``opens_a_spoken_quotation``):
    # quotes 411 of 411, none false, labels +1 (the Yup'ik shared quote), pairs unchanged;
    # the quote and label floors raised to just under. Round 112, an ending or a clitic of
    # at most three letters that a hyphen joins to a word or a figure is no term
    # (``terms.joined_ending``: Yup'ik "-llu", "snowmachine-aat", "52-year-old"): 0.8988 /
    # 0.7748 / 0.8322 (2 true pairs more, none lost, none false; the same leaving one pair
    # out), labels 0.7871; the recall and F1 floors raised to just under.
    # Round 112 merged after rounds 110 and 111 (400 pairs): 0.8989 / 0.7760 / 0.8329,
    # labels 0.7899, contradictions labelled 0.5893, quotes 411 of 411, none false.
    # Round 115 (a short lone early sentence whose only specifics are a weekday or a clock
    # time the other lede gives pairs with that lede, ``lede_counts.lede_moment_pairs``):
    # 0.8989 / 0.7760 / 0.8329 -> 0.8990 / 0.7766 / 0.8333 (3 true pairs more, none false,
    # none lost; the same leaving one pair out), labels 0.7901, contradictions labelled
    # 0.5893 -> 0.5910; the recall and contradiction floors raised to just under.
    # Round 114, two sentences past the openings with no pair beside them within three
    # sentences, no term only they hold and no value in one slot are two facts of one topic
    # (``unflanked``): 0.8989 / 0.7760 / 0.8329 -> 0.9024 / 0.7748 / 0.8338 (24 pairs fewer,
    # 18 false and 6 true; the same leaving one pair out), only-A recall 0.9206 -> 0.9226;
    # the precision, F1 and only-A floors raised to just under, the recall floor lowered
    # from 0.775 to 0.774 for the 6 true pairs (old background sentences of entries 1, 6,
    # 14, 20 and 51, each alone and sharing only the story's words, and a Dinka sentence
    # told again with more detail).
    # Rounds 114 and 115 merged together (400 pairs): 0.9025 / 0.7754 / 0.8341, labels
    # 0.7903, contradictions labelled 0.5910, only-A 0.9226, only-B 0.9299; the recall floor
    # back to 0.775, the F1 and label floors raised to just under.
    # Entries 116 and 117 (sixteen pairs written blind in English, Tigre, Lepcha, Otomi,
    # Rotuman, Comorian, Nuer, Limbu, Vai, Kaqchikel, Pohnpeian, Gullah and Sidaamu Afoo;
    # unseen at 263f54e 0.808 / 0.790 / 0.799, labels 0.814, contradictions labelled 0.571,
    # quotes 16 of 16 with none false, only-A recall 0.857, only-B 0.900) joined the tuning
    # half: on all 416 pairs 0.8981 / 0.7760 / 0.8326, labels 0.7912, contradictions
    # labelled 0.5898, quotes 427 of 427 with none false, only-A recall 0.9204, only-B
    # 0.9289; the precision, F1, contradiction, only-A and only-B floors lowered to just
    # under to take them in.
    # Round 118 (a figure both sides read alike is no bar to a clock time's gap,
    # ``time_gaps._gap``): labels 0.7903 -> 0.7905 (3,195 -> 3,196 of 4,043), contradictions
    # labelled 0.5910 -> 0.5916 (990 -> 991 of 1,675), pairs unchanged; the contradiction
    # floor raised to just under. Merged after entries 116 and 117 joined (416 pairs): labels
    # 0.7912 -> 0.7915, contradictions labelled 0.5898 -> 0.5904 (unchanged on 116-117,
    # unseen to it); the contradiction floor at 0.590.
    # Round 119 mended the bundled sample's truth (two true pairs it left out, both told in
    # the sample's own words: "this agenda now sits near the top of US-Central Asia
    # discussions" and "want secure access to critical minerals", each with the sentence on
    # the summit's focus on Central Asia's critical minerals; README entry 119), which the
    # engine does not find: 5,214 -> 5,216 true pairs, 0.9025 / 0.7754 / 0.8341 -> 0.9025 /
    # 0.7751 / 0.8340 (0.83395), engine unchanged; the F1 floor lowered from 0.834 to 0.833
    # for the truth, not for the engine. Merged after entries 116 and 117 joined (416 pairs):
    # 0.8981 / 0.7760 / 0.8326 -> 0.8981 / 0.7757 / 0.8324; the F1 floor stays at 0.832.
    # Round 120 (one sentence told word for word inside the other is spared by the late
    # drops, ``told_whole``): 0.8981 / 0.7760 / 0.8326 -> 0.8981 / 0.7766 / 0.8329 (3 true
    # pairs more, none false, none lost; the same leaving one pair out), labels 3,340 ->
    # 3,342 right (0.7915 -> 0.7914); the recall floor raised to just under. With round
    # 119's mended sample truth (5,440 true pairs): 0.8981 / 0.7763 / 0.8328.
    # Round 126 (two sentences told word for word but for one value pair,
    # ``value_swapped``): 0.8981 / 0.7763 / 0.8328 -> 0.8982 / 0.7770 / 0.8332 (4 true pairs
    # more, none false; the same leaving one pair out), labels 3,342 -> 3,344 right (0.7914
    # -> 0.7911), contradictions labelled 0.5904 -> 0.5915 (1,055 -> 1,057 of 1,787); the
    # recall, F1 and contradiction floors raised to just under.
    # Entries 124 and 125 (sixteen pairs written blind in English, Nauruan, Lusoga, Dyula,
    # Wolaytta, Bamum, Ainu, Yapese, Kosraean, Marquesan, Runyankore, Tamasheq in Tifinagh and
    # Oshikwanyama; unseen at c545c4d 0.871 / 0.812 / 0.841, labels 0.824, quotes 16 of 16
    # with none false, only-A recall 0.929, only-B 0.889) joined the tuning half: on all 432
    # pairs 0.8970 / 0.7777 / 0.8331, labels 0.7927, contradictions labelled 0.5956, quotes
    # 443 of 443 with none false, only-A recall 0.9207, only-B 0.9275; the precision and
    # only-B floors lowered to just under to take them in.
    # Round 126 and entries 124-125 together (432 pairs): 0.8970 / 0.7784 / 0.8335, labels
    # 0.7925, contradictions labelled 0.5966 (round 126 adds no pair on 124-125); the recall
    # and F1 floors raised to just under.
    # Round 128 (a clock time's gap read to both sentences' ends and just after a clock time
    # left out, ``time_gaps``): labels 3,492 -> 3,499 of 4,405 (0.7927 -> 0.7943),
    # contradictions labelled 1,131 -> 1,138 of 1,899 (0.5956 -> 0.5993), none made wrong,
    # pairs unchanged; leaving one pair out 3,498 and 1,137; the label and contradiction
    # floors raised to just under.
    # Round 130 (a neighbour in no pair that likes the sentence best tells the moment its
    # partner leaves untold, ``remainders.LIKING_SHARE``): 0.8970 / 0.7784 / 0.8335 ->
    # 0.8970 / 0.7795 / 0.8341 (6 true pairs more, 1 false; the same leaving one pair out),
    # labels 3,501 -> 3,506 of 4,415 (0.7941), contradictions labelled 1,140 -> 1,145 of
    # 1,899 (0.6003 -> 0.6029); the recall, F1 and contradiction floors raised to just under.
    # Entries 131 and 132 (sixteen pairs written blind in English, Soninke, Kpelle, Temne,
    # Tshiluba, Gbaya, Chokwe, Songhay, Kissi, Kituba, Luvale, Ibibio and Oshindonga, with more
    # paraphrase and fewer contradictions than 116-125; unseen at 1571fb7 0.872 / 0.844 /
    # 0.858, labels 0.752, quotes 16 of 16 with none false, only-A recall 0.969, only-B 0.944)
    # joined the tuning half: on all 448 pairs 0.8961 / 0.7815 / 0.8349, labels 0.7927,
    # contradictions labelled 0.6047, quotes 459 of 459 with none false, only-A recall 0.9221,
    # only-B 0.9280; the label floor lowered to just under to take them in.
    # Round 134 (a spoken quotation against a sentence quoting nothing adds no detail,
    # ``relations.quoted_against_told``): labels 3,506 -> 3,518 of 4,415 (0.7941 -> 0.7968;
    # 17 mended, 5 made wrong; leaving one pair out 3,514), pairs unchanged; the label floor
    # raised to just under.
    # Round 134 with entries 131-132 (448 pairs; the round never saw them): labels 0.7927 ->
    # 0.7951, on 131-132 0.752 -> 0.745 (one name of five words in quote marks read as a
    # quotation); with such names left out (``quotes.reads_as_long_name``) 0.7953, on 131-132
    # 0.752; the label floor set just under.
    # Round 133 (two sentences still alone between two pairs in step, ``between_pairs``):
    # 0.8970 / 0.7795 / 0.8341 -> 0.8969 / 0.7804 / 0.8346 (5 true pairs more, 1 false; the
    # same leaving one pair out); the recall floor raised to just under. The false pair
    # (``mazhgit_gotsatl``: the roof not insured / the roof's cost to rebuild, one topic, two
    # facts) takes a true only-A and a true only-B span, a sentence each outlet tells alone
    # between two shared facts: only-A recall 0.9207 -> 0.9198 and only-B 0.9275 -> 0.9267,
    # so those two floors are lowered by one span each (0.920 -> 0.919, 0.927 -> 0.926).
    # Rounds 133 and 134 together on all 448 pairs: 0.8960 / 0.7824 / 0.8354, labels 0.7953,
    # only-A recall 0.9212, only-B 0.9272 (on 131-132, unseen by both, pairs unchanged); the
    # recall and F1 floors raised to just under.
    # Round 135 (a size in digits against words the engine cannot read in its place is no
    # contradiction, ``measures.size_in_digits``): labels 3,640 -> 3,644 of 4,577 (0.7953 ->
    # 0.7962; the same leaving one pair out), contradictions labelled 1,167 -> 1,158 of 1,930
    # (0.6047 -> 0.6000) while the contradictions read where the truth has none fall 159 ->
    # 139, pairs unchanged; the label floor raised to just under, and the contradiction floor
    # lowered to just under: that figure counts the 9 true contradictions the rule gives up
    # (sizes told otherwise in words) and not the 20 false ones it takes away.
    # Round 136 (a quotation running past its sentence on one side only, both sides framing
    # it, is a shared quote, ``relations.quoted_past_one_sentence``): labels 3,640 -> 3,646 of
    # 4,577 (0.7953 -> 0.7966; 6 mended, none made wrong; the same leaving one pair out), on
    # 131-132 118 -> 122 of 157 (0.752 -> 0.777), pairs unchanged; the label floor raised to
    # just under.
    # Rounds 135 and 136 and the review's mend together: labels 0.7977, contradictions
    # labelled 0.6000, pairs 0.8960 / 0.7824 / 0.8354; the label floor raised to just under.
    # Round 138 (two sentences between two pairs in step that share no term, each past eight
    # words and neither giving a value, ``between_pairs.told_without_values``): 0.8960 /
    # 0.7824 / 0.8354 -> 0.8959 / 0.7838 / 0.8361 (8 true pairs more, 2 false; the same
    # leaving one pair out), labels 0.7977 -> 0.7980; the recall, F1 and label floors raised
    # to just under, and the precision floor lowered to just under (0.896 -> 0.895): the two
    # false pairs take it from 0.8960 to 0.8959 while F1 rises.
    # Round 137 (two lone sentences dated a decade apart or more are two pieces of background
    # whatever word they share but a figure, a moment or a measure, ``left_out.HISTORY_DECADE``):
    # 0.8960 / 0.7824 / 0.8354 -> 0.8973 / 0.7824 / 0.8359 (7 false pairs fewer, none true;
    # the same leaving one pair out), only-A recall 0.9212 -> 0.9248, only-B 0.9272 -> 0.9295,
    # labels 0.7977; the precision and only-span floors raised to just under.
    # Rounds 137 and 138 together: 0.8971 / 0.7838 / 0.8366, labels 0.7980, only-A recall
    # 0.9230, only-B 0.9295; the floors set just under.
    # Round 141 (a word with an apostrophe inside is one word where the rules read a
    # sentence's words, ``framed.sentence_items``): labels 3,659 -> 3,661 of 4,585 (0.7980 ->
    # 0.7985; 4 mended, 2 made wrong; leaving one pair out the same when a tie goes to the
    # rule, 3,659 when it goes against it: the rule has no setting), contradictions labelled
    # 1,158 -> 1,160 of 1,930 (0.6000 -> 0.6010), those read where the truth has none 135
    # unchanged, pairs unchanged; the label and contradiction floors raised to just under.
    # Entries 139 and 140 (sixteen pairs written blind in English, Dagbani, Fon, Tiv, Tzotzil,
    # Shipibo-Konibo, Warlpiri, Kabiye, Nzema, Urhobo, Miskito, Pitjantjatjara and Tausug;
    # unseen at 4bab0c7 0.758 / 0.787 / 0.772, labels 0.701, quotes 16 of 16 with none false,
    # only-A recall 0.905, only-B 0.912) joined the tuning half: on all 464 pairs 0.8921 /
    # 0.7839 / 0.8345, labels 0.7951, contradictions labelled 0.6007, quotes 475 of 475 with
    # none false, only-A recall 0.9223, only-B 0.9288; the precision, F1, label and only-B
    # floors lowered to just under to take them in.
    # Round 141 with entries 139-140 (464 pairs; the round never saw them): labels 0.7951 ->
    # 0.7955, contradictions labelled 0.6007 -> 0.6017, nothing on 139-140 itself; the
    # contradiction floor raised to just under.
    # Round 142 (the fourth way to more detail, ``relations.CONTAINED_WORDS_RATIO``, no longer
    # asks the longer sentence's further terms to be news to the other article): labels 3,659
    # -> 3,661 of 4,585 (0.7980 -> 0.7985; 3 mended, 1 made wrong; the same leaving one pair
    # out), pairs unchanged; the label floor raised to just under. Then a text's lede read as
    # more detail is the same fact (``relations.LEDE_SUMS_UP``): labels 3,661 -> 3,675
    # (0.7985 -> 0.8015; 21 mended, 7 made wrong; the same leaving one pair out), the label
    # floor raised to just under. ``adds_detail`` labelled 0.506 -> 0.498 (no floor).
    # Round 142 with entries 139-140 and round 141 (464 pairs; the round never saw 139-140):
    # labels 0.7955 -> 0.8006, on 139-140 0.701 -> 0.757 (``same_fact`` labelled 0.443 ->
    # 0.534), pairs unchanged; the label floor raised to just under.
    # Round 143 (a sentence quoting a few words of a quotation the other text gives over
    # several sentences pairs with the piece it quotes, not every piece, unless its narration
    # tells the piece again, ``quoted_pieces``): 0.8921 / 0.7839 / 0.8345 -> 0.8956 / 0.7839 /
    # 0.8360 (21 false pairs fewer, none true; 0.8956 / 0.7834 / 0.8357 leaving one pair out),
    # labels and only-spans unchanged; the precision and F1 floors raised to just under.
    # Round 145 (two lone sentences preferring each other, one giving a clock time and the
    # other none read, pair from a cosine of 0.1, ``same_slot.MOMENT_ONE_SIDE_SCORE``):
    # 0.8956 / 0.7839 / 0.8360 -> 0.8954 / 0.7847 / 0.8364 (5 true pairs more, 2 false;
    # leaving one pair out, 0.1 for 463 pairs, 0.8954 / 0.7844 / 0.8362), contradictions found
    # 0.7945 -> 0.7965 and labelled 0.6017 -> 0.6033, labels 0.8006 -> 0.8004, only-spans
    # unchanged; the recall, F1 and contradictions-labelled floors raised to just under.
    # Entries 146 and 147 (sixteen pairs written blind in English, Dagaare, Bariba, Idoma,
    # Tzeltal, Asháninka, Tiwi, Gurene, Sereer, Nupe, Q'eqchi', Garifuna and Maranao; unseen
    # at a4bf80c 0.870 / 0.842 / 0.856, labels 0.740, quotes 15 of 16 with none false: a
    # one-word quotation, "proud", cut from the other's whole sentence, only-A recall 0.974,
    # only-B 0.923) joined the tuning half: on all 480 pairs 0.8946 / 0.7864 / 0.8370, labels
    # 0.7985, contradictions labelled 0.6052, quotes 490 of 491 with none false, only-A recall
    # 0.9241, only-B 0.9286; the quote-recall, precision and label floors lowered to just
    # under to take them in.
    # Round 148 (a full stop before a small Mkhedruli letter ends a sentence: Georgian-script
    # prose has no capitals, ``units._UNCASED_SMALL_LETTERS``): 0.8954 / 0.7847 / 0.8364 ->
    # 0.8957 / 0.7855 / 0.8370 (5 true pairs more, 4 predicted), only-A recall 0.9223 ->
    # 0.9258 (character precision 0.8072 -> 0.8076), only-B 0.9288 -> 0.9310 (0.83086 ->
    # 0.83089), the same leaving one pair out; the only-A, only-B and recall floors raised to
    # just under. **The label floor lowered 0.800 -> 0.799 and the contradictions-labelled
    # floor 0.603 -> 0.602**: labels 3,789 of 4,734 -> 3,790 of 4,739 (0.8004 -> 0.7997),
    # contradictions labelled 0.6033 -> 0.6028, all in ``navi_khobispiri`` (Mingrelian), whose
    # sentences now pair one by one, while the engine reads none of its numbers in words
    # (ჟირი two, სუმ three, ოთხი four): the label rounds' field; a paragraph of several
    # figures had passed for the contradiction before.
    # Round 148 with entries 146-147 (480 pairs; the round never saw 146-147): 0.8946 / 0.7864
    # / 0.8370 -> 0.8948 / 0.7872 / 0.8376, labels 0.7985 -> 0.7979, contradictions labelled
    # 0.6052 -> 0.6047, only-A recall 0.9241 -> 0.9274, only-B 0.9286 -> 0.9307, quotes 490 of
    # 491 (146-147 themselves unchanged); the floors set to just under.
    # Round 149 (two sentences sharing one term, or two, from far-apart places of their texts,
    # more than 0.3 or 0.5 of them apart, tell two facts, ``far_apart``): 0.8954 / 0.7847 /
    # 0.8364 -> 0.8986 / 0.7842 / 0.8375 (19 false pairs fewer, 3 true; the same leaving one
    # pair out), labels 0.8004 -> 0.8003, only-B recall 0.9288 -> 0.9310; the precision, F1
    # and only-B floors raised to just under.
    # Round 149 with entries 146-147 and round 148 (480 pairs; the round never saw 146-147):
    # 0.8948 / 0.7872 / 0.8376 -> 0.8979 / 0.7867 / 0.8386, only-B recall 0.9307 -> 0.9329,
    # labels 0.7979 -> 0.7978, quotes unchanged; on 146-147 themselves nothing moved (0.870 /
    # 0.842 / 0.856 both); the floors set to just under.
    # Round 150 (a one-word quotation cut from a statement the other text quotes whole, both
    # sentences naming someone alike, ``quotes._word_of_a_statement``): quotes 490 -> 491 of
    # 491 with none false (the ranger's "proud" in ``turtles_yimpinari``), labels 3,903 ->
    # 3,904 of 4,888 (0.7985 -> 0.7987), pairs and only-spans unchanged; the quote-recall
    # floor raised to just under.
    # Round 153 (a figure one side gives, the other writing it out in one or two words and
    # nothing else changed, is the same fact, not a near copy, ``relations.FIGURE_RETOLD``):
    # labels 3,902 -> 3,909 of 4,890 (0.7980 -> 0.7994), pairs, quotes and only-spans
    # unchanged; the label floor raised to just under.
    # Round 152 (a sentence dated to a year the other text never writes, past half of its
    # text, against a sentence giving no year, under 0.3, ``years_aside``): 0.8979 / 0.7867 /
    # 0.8386 -> 0.9007 / 0.7852 / 0.8390 (18 false pairs fewer, 9 true: background both
    # texts tell, "built in 1998" / "can take two hundred passengers"; the same leaving one
    # pair out), only-A recall 0.9274 -> 0.9342, only-B 0.9329 -> 0.9364, labels 0.7980 ->
    # 0.7978; the precision and only-span floors raised to just under, **the recall floor
    # lowered 0.786 -> 0.785** for those 9 true pairs (README entry 152).
    # Rounds 152 and 153 together (480 pairs): 0.9007 / 0.7852 / 0.8390, labels 0.7992,
    # contradictions labelled 0.6047, quotes 491 of 491, only-A recall 0.9342, only-B 0.9364.
    # Entries 154 and 155 (sixteen pairs written blind, scored once at 675829c: 0.832 / 0.883 /
    # 0.857, labels 0.686, quotes 16 of 16 with none false, only-A recall 0.849, only-B 0.845)
    # joined the tuning half: on all 496, 0.8984 / 0.7880 / 0.8396, labels 0.7956 (4,010 of
    # 5,040), contradictions labelled 0.6058, only-A recall 0.9305, only-B 0.9328; the
    # precision, label and only-span floors lowered to just under.
    # Round 156 (on the 480 pairs it saw; Ethiopic numerals read as figures,
    # ``numerals.READ_ETHIOPIC_NUMERALS``; only `nehas_shebaqot`, entry 116, writes them):
    # contradictions labelled 1,196 -> 1,199 of 1,978 (0.6047 -> 0.6062), labels 3,901 ->
    # 3,904 (0.7992 -> 0.7998), pairs 0.9007 / 0.7852 / 0.8390 -> 0.9006 / 0.7852 / 0.8389
    # (one false pair more); the contradiction floor raised to just under.
    # Round 162 (the rest of a quotation of three sentences or more told with its paired start,
    # ``quotation_rests``): only-A character precision 0.8114 -> 0.8128 (464 false only
    # characters fewer, entries 116, 131 and 140), pairs, labels, quotes and only-span recall
    # unchanged; no floor moves.
    # Round 163 (a text's opening on a person the other never names, giving no value, against
    # a sentence past the other text's opening once that opening is paired further in,
    # ``scene_openings``): 0.8984 / 0.7880 / 0.8396 -> 0.9003 / 0.7880 / 0.8404 (12 false
    # pairs fewer, no true pair), only-B recall 0.9328 -> 0.9355, labels unchanged; the
    # precision and only-B floors raised to just under.
    # Entries 160 and 161 (sixteen pairs written blind and kept from every round, scored at
    # c7a85baf: 0.846 / 0.846 / 0.846, labels 0.780, quotes 16 of 16 with none false, only-A
    # recall 0.979, only-B 0.939) joined the tuning half: on all 512, 0.8985 / 0.7896 / 0.8406,
    # labels 0.7957 (4,137 of 5,199), contradictions labelled 0.6100, only-A recall 0.9323,
    # only-B 0.9356; the precision floor lowered to just under.
    # Round 166 (a sentence twice the words of its only partner, with a figure, a moment or a
    # name the other lacks, adds detail, ``longer_alone``): labels 4,137 -> 4,151 of 5,199
    # (0.7957 -> 0.7984; 33 more detail mended, 19 same facts made more detail), more detail
    # labelled 0.464 -> 0.497, contradictions and pairs unchanged; the label floor raised to
    # just under.
    # Round 167 (words held by eight sentences of one text and by 30 % of them not counted
    # among the shared terms of far-apart pairs, ``far_apart.ORDINARY_HOLDERS``; pairs in gaps
    # between pairs need their pieces of words to meet, ``engine.GAP_PIECES_FLOOR``): 0.8985
    # / 0.7896 / 0.8406 -> 0.9007 / 0.7893 / 0.8413 (14 false pairs fewer, 2 true lost),
    # labels 4,137 -> 4,135 (0.7957), contradictions labelled 0.6100 -> 0.6090, only-A recall
    # 0.9323 -> 0.9331, only-B 0.9356 -> 0.9370; the precision and only-span floors raised to
    # just under.
    # Rounds 166 and 167 together: 0.9007 / 0.7893 / 0.8413, labels 4,148 of 5,197 (0.7982),
    # contradictions labelled 0.6090; no floor moves.
    # Round 169 (sentence splits the writers do not make: titles before a name, quotation
    # typographies, Armenian's colon, Indic initials, dotted times; 64 truth span ends fixed,
    # none broken): 0.8985 / 0.7896 / 0.8406 -> 0.9008 / 0.7902 / 0.8419 (5,786 -> 5,776
    # predicted, 5,199 -> 5,203 found), labels 4,137 -> 4,140 (0.7957), only-A recall 0.9331,
    # only-B 0.9363; the precision and F1 floors raised to just under.
    # Rounds 166, 167 and 169 together (all 512): 0.9030 / 0.7899 / 0.8427, labels 4,153 of
    # 5,201 (0.7985), contradictions labelled 0.6095, quotes 523 of 523, only-A recall 0.9339,
    # only-B 0.9376; the precision and F1 floors raised to just under.
    # Round 170 (Myanmar's comma and Lepcha's clause mark end no sentence, a Tibetan shad ends
    # one; day ordinals, "B/.", a lone time, short words ending in a vowel; census 40 rows
    # fixed, 2 broken): 0.9030 / 0.7899 / 0.8427 -> 0.9041 / 0.7907 / 0.8436, labels 4,153 ->
    # 4,159 (0.7989), only-B recall 0.9383; the precision and F1 floors raised to just under.
    # Round 173 (a near copy keeps the other's order but for one end moved and the figures in
    # its body, ``near_copies``): labels 4,158 -> 4,169 of 5,206 (0.7987 -> 0.8008; 11 same
    # facts and 1 more detail mended, 1 near copy lost), pairs, quotes, contradictions and
    # only spans unchanged; the label floor raised to just under.
    # Round 175 (sizes of one dimension in other units that none agree contradict,
    # ``other_units``; halves of more languages): contradictions labelled 1,227 -> 1,239 of
    # 2,010 (0.6104 -> 0.6164), labels 4,169 -> 4,180 (0.8029; 1 same fact made a
    # contradiction), pairs, quotes and only spans unchanged; both floors raised to just under.
    # Entries 164 and 165 (sixteen pairs written blind and kept from every round, scored at
    # 4bfd5c4e: 0.783 / 0.814 / 0.798, labels 0.722, quotes 16 of 16 with none false, only-A
    # recall 0.904, only-B 0.917) joined the tuning half: on all 528, 0.9004 / 0.7913 / 0.8423,
    # labels 0.8007 (4,284 of 5,350), contradictions labelled 0.6185, only-A recall 0.9327,
    # only-B 0.9375; the precision, F1, label and only-A floors lowered to just under.
    # Round 178 (a sentence paired twice adds detail to one partner only with twice its
    # words, ``paired_twice``): labels 4,284 -> 4,292 of 5,350 (0.8007 -> 0.8022; 9 same
    # facts mended, 1 more detail made wrong), pairs, quotes, contradictions and only spans
    # unchanged; the label floor raised to just under.
    # Round 179 (a pair found beside a pair or next to a partner, with no pair by it once the
    # drops have run, ``neighbours.stranded_pairs``): 0.9004 / 0.7913 / 0.8423 -> 0.9014 /
    # 0.7912 / 0.8427 (7 false pairs fewer, 1 true lost), labels 4,284 -> 4,284 (0.8009);
    # the precision floor raised to just under.
    # Rounds 178 and 179 together: 0.9014 / 0.7912 / 0.8427, labels 4,292 of 5,349 (0.8024).
    # Round 181 (figures after one currency sign, ``currency_signs``; a rough clock time
    # agrees within 25 minutes, ``align.ROUGH_TIME_MINUTES``): contradictions labelled 1,253
    # -> 1,261 of 2,026 (0.6185 -> 0.6224), labels 4,292 -> 4,299 (0.8036; 1 same fact made
    # a contradiction), pairs, quotes and only spans unchanged; both floors raised to just
    # under.
    # Rounds 178, 179 and 181 together: 0.9014 / 0.7912 / 0.8427, labels 4,299 of 5,349
    # (0.8037), contradictions labelled 0.6224.
    # Round 180 (fractions in words, lakh and crore, Indian and Swiss grouping, four digits
    # before a unit of size, ``fraction_words`` and ``numerals``) with 178, 179 and 181: 0.9015 /
    # 0.7919 / 0.8431, labels 4,304 of 5,354 (0.8039), contradictions labelled 0.6224, only-A
    # character precision 0.8167; no floor moves.
    # Round 182 (Bantu numerals behind a class prefix and their noun before them as the slot,
    # ``bantu_numerals``; Nguni hour words; weekday names with plain letters for CLDR's marked
    # ones): 0.9017 / 0.7925 / 0.8436 (5,358 of 5,942), labels 4,309 of 5,358 (0.8042),
    # contradictions labelled 1,261 -> 1,266 of 2,026 (0.6249), none made false; the label
    # and contradiction floors raised to just under.
    # Round 183 (a value inside a stated range or under a bound agrees, ``ranges``) with
    # 178-182, at the session's end: 0.9017 / 0.7925 / 0.8436, labels 4,310 of 5,358 (0.8044),
    # contradictions labelled 0.6249, only-A recall 0.9357 (0.8175), only-B 0.9375 (0.8356).
    # Entries 176 and 177 (sixteen pairs written blind and kept from every round, scored again
    # at c5ff9441: 0.762 / 0.799 / 0.780, labels 0.769, quotes 16 of 16 with none false, only-A
    # recall 0.794, only-B 0.839, the same to the digit as at the end of their session) joined
    # the tuning half: on all 544, 0.8973 / 0.7927 / 0.8417, labels 4,423 of 5,505 (0.8035),
    # contradictions labelled 0.6254, only-A recall 0.9293, only-B 0.9341; the precision, F1,
    # label, only-A and only-B floors lowered to just under.
    # Round 186 (two sentences of the sections that close both texts under headings of their
    # own, scoring under 0.6, are no pair, ``closing_sections``): 0.9031 / 0.7922 / 0.8441
    # (5,505 of 6,135 -> 5,502 of 6,092: 40 false pairs fewer, 3 true lost), labels 4,422 of
    # 5,502 (0.8037), contradictions labelled 0.6254, only-A recall 0.9321 (0.8163), only-B
    # 0.9353 (0.8378); the precision, F1, only-A and only-B floors raised to just under.
    # Round 190 (titles no list holds, read by their shape and by how both texts write them,
    # ``units._unlisted_title``: 12 sentence ends joined in 176-177, none elsewhere): 0.9036 /
    # 0.7922 / 0.8443 (5,502 of 6,089: 3 false pairs fewer, 1 true gained, 1 lost), labels
    # 4,421 of 5,502 (0.8035), contradictions labelled 0.6254, only-A recall 0.9321 (0.8168),
    # only-B 0.9353 (0.8379); no floor moves.
    # Round 189 (a sentence holding all its partner says and a figure more, a lede naming five
    # places or bodies its partner lacks, ``cut_down``): labels 4,423 -> 4,434 of 5,505
    # (0.8054), more detail labelled 0.486 -> 0.500, contradictions labelled 0.6254 and pairs,
    # quotes and only spans unchanged; the label floor raised to just under.
    # Rounds 186, 189 and 190 with the review of 186 and 190 (a closing section no longer than
    # what stands before its heading: 1 false pair back in kemari_tinkareni): 0.9034 / 0.7922 /
    # 0.8442 (5,502 of 6,090), labels 4,431 of 5,502 (0.8053), contradictions labelled 0.6254,
    # only-A recall 0.9321 (0.8168), only-B 0.9353 (0.8379).
    # Round 191 (two sentences still alone early in both texts, each between the pairs that
    # hold the other and beside one of them, each the other's best by pieces of words among
    # the sentences still alone, ``bracketed``): 0.9031 / 0.7922 / 0.8441 -> 0.9032 / 0.7942 /
    # 0.8452 (5,502 of 6,092 -> 5,516 of 6,107: 14 true pairs more, 1 false), labels 4,430 of
    # 5,516 (0.8031), contradictions labelled 0.6258, only-A recall 0.9321 (0.8163 -> 0.8192),
    # only-B 0.9353 -> 0.9347 (0.8378 -> 0.8392); the F1 floor raised to just under, **the
    # only-B floor lowered 0.935 -> 0.934** for the one true only-B span the false pair takes
    # (`kamula_pirlingarnu`'s "Mungalyurru, walya kalalu nyinaja ngapa-kurlu …", README entry
    # 191).
    # Entries 184 and 185 (sixteen pairs written blind, kept from every round and scored again
    # at 66ef24e4 with rounds 186-191: 0.850 / 0.903 / 0.876, labels 0.711, quotes 16 of 16 with
    # none false, only-A recall 0.906, only-B 0.926) joined the tuning half: on all 560, 0.9019 /
    # 0.7969 / 0.8462 (5,675 of 6,292), labels 4,552 of 5,675 (0.8021), contradictions labelled
    # 0.6288, only-A recall 0.9310 (0.8220), only-B 0.9344 (0.8433); the precision, label and
    # only-A floors lowered to just under, the F1 and contradiction floors raised.
    # Round 195 (values read as a reader reads them: short English month names only dated or
    # in English, a figure before "o'clock" a time, a day before a month name of any language
    # no count; "Hji." a title, name closers no titles): 0.9019 / 0.7969 / 0.8462 -> 0.9022 /
    # 0.7976 / 0.8467 (5,680 of 6,296), labels 4,557 of 5,680 (0.8023), contradictions
    # labelled 0.6288 -> 0.6307, only-A recall 0.9310 -> 0.9303 (0.8227), only-B 0.9344 ->
    # 0.9350 (0.8437); the contradiction floor raised to just under.
    # Round 196 (one side telling many things the other lacks, the other few, neither a lede
    # nor quoting, the richer paired alone, ``one_sided``): labels 4,552 -> 4,564 of 5,675
    # (0.8021 -> 0.8042), more detail labelled 0.495 -> 0.517, same fact 0.593 -> 0.588,
    # contradictions labelled 0.6288 and pairs, quotes and only spans unchanged; the label floor
    # raised to just under.
    # Round 199 (a capitalised word inside a sentence facing a figure names no number,
    # ``named_gaps``; more detail against a partner with no figure, moment or name of its
    # own, ``one_sided.bare_partner``): labels 4,568 -> 4,577 of 5,679 (0.8044 -> 0.8060),
    # more detail labelled 0.518 -> 0.531, same fact 0.588 -> 0.585, contradictions labelled
    # 1,298 -> 1,297 of 2,058 (0.6307 -> 0.6302, over the floor); pairs, quotes and only spans
    # unchanged; the label floor raised to just under.
    # Entries 192, 193 and 198 (twenty-four pairs written blind, kept from every round; at
    # 71298122 192-193 0.876 / 0.936 / 0.905, labels 0.642, and 198, which no decision used,
    # 0.845 / 0.866 / 0.855, labels 0.620) joined the tuning half: on all 584, 0.9015 / 0.8015 /
    # 0.8486 (5,912 of 6,558, 7,376 true), labels 4,725 of 5,912 (0.7992), contradictions
    # labelled 0.6326, only-A recall 0.9307 (0.8243), only-B 0.9376 (0.8487); the label floor
    # lowered to just under, the recall, F1, contradiction and only-B floors raised.
    # Round 206 (a word of scale read alone after an unread word is counted in that word,
    # ``counted_scales.counted_in_words``; lone counts of one thing named within three words
    # after each, ``counted_scales.counted_alike``): labels 4,725 -> 4,735 of 5,912 (0.7992 ->
    # 0.8009), contradictions labelled 1,317 -> 1,329 (0.6326 -> 0.6383), same facts 1,738 ->
    # 1,736; pairs, quotes and only spans unchanged; the label and contradiction floors raised
    # to just under.
    # Entries 200, 201 and 202 (twenty-four pairs written blind, kept from every round; at
    # e4727005 200-201 0.923 / 0.804 / 0.859, labels 0.626, and 202, which no decision used,
    # 0.811 / 0.698 / 0.750, labels 0.633) joined the tuning half: on all 608, 0.9016 / 0.8004 /
    # 0.8480 (6,103 of 6,769, 7,625 true), labels 4,855 of 6,103 (0.7955), contradictions
    # labelled 0.6368, only-A recall 0.9302 (0.8198), only-B 0.9375 (0.8478); the recall, F1,
    # label and contradiction floors lowered to just under.
    # A currency written as a short word and a full stop before its figure ("Rs. 385,000",
    # "Bs. 45,00") no longer ends a sentence (``units.CURRENCY_ABBREVIATIONS``): four pairs'
    # units mended; P 0.9017 -> 0.9018, R 0.8004 -> 0.8001 (6,103 -> 6,101 of 7,625 true;
    # 6,768 -> 6,765 found), only-A recall 0.9302 -> 0.9295 and only-B 0.9375 -> 0.9369
    # (`bombonas_ararimeru`: its whole "Bs. 400" sentence now pairs falsely with one of A's
    # only sentences); the only-span floors lowered to just under.
    # Round 213 (one unit of mass or length written two ways meets, Ilocano and Tagalog
    # number words, Hausa's unhooked "dari" no hundred alone): labels 4,855 -> 4,858 of 6,103
    # (0.7960), contradictions labelled 1,341 -> 1,344 of 2,106 (0.6382); pairs, quotes and
    # only spans unchanged; the contradiction floor raised to just under. Both together: P / R
    # / F1 0.9017 / 0.8001 / 0.8479 (6,101 of 6,766), labels 4,857 of 6,101 (0.7961),
    # contradictions labelled 0.6382.
    assert tuning["quote_recall"] >= 0.999
    assert tuning["quote_precision"] >= 0.995
    assert tuning["only_a_recall"] >= 0.929
    assert tuning["only_b_recall"] >= 0.936
    assert tuning["pair_precision"] >= 0.901
    assert tuning["pair_recall"] >= 0.800
    assert tuning["pair_f1"] >= 0.847
    assert tuning["label_accuracy"] >= 0.795
    assert tuning["labelled_contradicts"] >= 0.638
