"""Agreement over character and sentence units, checked against a character-by-character count."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.agreement import (
    AgreementError,
    Estimate,
    Source,
    compute_agreement,
    split_reference,
)
from desktop_app.core.agreement.statistics import NO_VARIATION, TOO_FEW, cohen_kappa
from desktop_app.core.agreement.units import CharacterUnits, SentenceUnits, merged, sentence_spans
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.factory import make_article
from desktop_app.core.project import Project
from desktop_app.core.records import Article
from tests.core.classroom_builders import (
    ECONOMICS,
    MOTIVE,
    REACTION,
    Span,
    coder_project,
    random_spans,
    texts,
)


def _brute_values(project: Project, article: Article, code: str) -> list[int]:
    """Per non-whitespace character of ``article``: 1 when an annotation with ``code`` covers it."""
    covered = [0] * len(article.text)
    for annotation in project.annotations:
        if annotation.article == article.id and code in annotation.tags:
            for i in range(annotation.start, annotation.end):
                covered[i] = 1
    return [covered[i] for i, ch in enumerate(article.text) if not ch.isspace()]


def _close(estimate: Estimate, value: float) -> bool:
    return estimate.value is not None and math.isclose(estimate.value, value, abs_tol=1e-9)


_TEXT = st.text(alphabet="ab .\n", min_size=1, max_size=120)


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_character_agreement_matches_a_character_by_character_count(data: st.DataObject) -> None:
    text = data.draw(_TEXT.filter(lambda t: not t.isspace()))
    article = make_article(text, title="A")
    coders = data.draw(st.integers(1, 4))
    projects = []
    for n in range(coders):
        spans: list[Span] = []
        for _ in range(data.draw(st.integers(0, 5), label=f"spans {n}")):
            start = data.draw(st.integers(0, len(article.text) - 1))
            end = data.draw(st.integers(start + 1, len(article.text)))
            tags = data.draw(
                st.lists(st.sampled_from([MOTIVE, REACTION]), min_size=1, max_size=2, unique=True)
            )
            spans.append((0, start, end, tags))
        projects.append(coder_project([article], f"coder {n}", spans))
    result = compute_agreement([Source(f"f{n}", p) for n, p in enumerate(projects)])
    assert [c.name for c in result.codes] == ["motive", "reaction", "economics"]
    for code_id, code in zip((MOTIVE, REACTION, ECONOMICS), result.codes, strict=True):
        matrix = [_brute_values(p, article, code_id) for p in projects]
        units = len(matrix[0])
        assert code.units == units
        assert code.coded == {f"coder {n}": sum(row) for n, row in enumerate(matrix)}
        if coders == 1:
            assert code.krippendorff_alpha.reason == TOO_FEW
            assert code.cohen_kappa == ()
            continue
        agreeing = sum(len(set(column)) == 1 for column in zip(*matrix, strict=True))
        assert _close(code.percent_agreement, agreeing / units)
        if len({v for row in matrix for v in row}) == 1:
            assert code.krippendorff_alpha.reason == NO_VARIATION
        else:
            oracle = krippendorff.alpha(
                reliability_data=np.array(matrix, dtype=float), level_of_measurement="nominal"
            )
            assert _close(code.krippendorff_alpha, oracle)
        for pair in code.cohen_kappa:
            a = matrix[int(pair.a.split()[1])]
            b = matrix[int(pair.b.split()[1])]
            expected = cohen_kappa(Counter(zip(a, b, strict=True)))
            assert pair.kappa == expected or _close(pair.kappa, expected.value or math.nan)
            assert _close(
                pair.percent_agreement, sum(x == y for x, y in zip(a, b, strict=True)) / units
            )


def test_two_identical_codings_agree_perfectly() -> None:
    articles = texts(seed=1)
    spans = random_spans(random.Random(1), articles, 12)
    result = compute_agreement(
        [
            Source("ada", coder_project(articles, "Ada", spans)),
            Source("ben", coder_project(articles, "Ben", spans)),
        ]
    )
    assert result.annotators == ("Ada", "Ben")
    for code in result.codes:
        assert code.cohen_kappa[0].kappa.value == 1.0
        assert code.krippendorff_alpha.value == 1.0
        assert code.percent_agreement.value == 1.0
    assert result.overall.cohen_kappa[0].kappa.value == 1.0


def test_a_code_nobody_used_and_a_code_only_one_annotator_used() -> None:
    articles = texts(seed=2)
    ada = coder_project(articles, "Ada", [(0, 10, 60, [MOTIVE]), (1, 0, 40, [REACTION])])
    ben = coder_project(articles, "Ben", [(0, 20, 70, [MOTIVE])])
    result = compute_agreement([Source("ada", ada), Source("ben", ben)])
    motive, reaction, economics = result.codes
    assert economics.cohen_kappa[0].kappa == Estimate(None, NO_VARIATION)
    assert economics.krippendorff_alpha == Estimate(None, NO_VARIATION)
    assert economics.percent_agreement.value == 1.0
    assert reaction.cohen_kappa[0].kappa.value == 0.0
    assert reaction.krippendorff_alpha.value is not None
    assert reaction.krippendorff_alpha.value < 0.01
    assert 0 < (motive.cohen_kappa[0].kappa.value or 0) < 1


def test_one_file_with_several_annotators_and_unattributed_annotations() -> None:
    articles = texts(seed=3)
    ada = coder_project(articles, "Ada", [(0, 10, 60, [MOTIVE])])
    ben = coder_project(articles, "Ben", [(0, 10, 60, [MOTIVE])])
    both = Project(
        articles=articles,
        codes=DEFAULT_CODES,
        annotators=[*ada.annotators, *ben.annotators],
        annotations=[*ada.annotations, *ben.annotations],
    )
    anonymous = coder_project(articles, None, [(0, 10, 60, [MOTIVE])])
    result = compute_agreement([Source("class", both), Source("carla", anonymous)])
    assert result.annotators == ("Ada", "Ben", "carla")
    assert [p.kappa.value for p in result.codes[0].cohen_kappa] == [1.0, 1.0, 1.0]


def test_articles_in_only_some_files_are_left_out_and_reported() -> None:
    articles = texts(seed=4, count=3)
    ada = coder_project(articles, "Ada", [(0, 0, 50, [MOTIVE]), (2, 0, 50, [MOTIVE])])
    ben = coder_project(articles[:2], "Ben", [(0, 0, 50, [MOTIVE])])
    result = compute_agreement([Source("ada", ada), Source("ben", ben)])
    assert [sha for _, sha in result.articles] == [a.sha256 for a in articles[:2]]
    assert [(left.title, left.missing_from) for left in result.left_out] == [
        ("Article 3", ("ben",))
    ]
    assert any("Article 3" in note and "ben" in note for note in result.notes)
    assert result.codes[0].cohen_kappa[0].kappa.value == 1.0


def test_files_with_no_article_in_common_are_refused_clearly() -> None:
    ada = coder_project(texts(seed=5), "Ada", [])
    ben = coder_project(texts(seed=6), "Ben", [])
    with pytest.raises(AgreementError, match="no article in common"):
        compute_agreement([Source("ada", ada), Source("ben", ben)])
    with pytest.raises(AgreementError, match="no project"):
        compute_agreement([])


def test_an_empty_hand_in_is_a_coder_who_found_nothing() -> None:
    articles = texts(seed=7)
    ada = coder_project(articles, "Ada", [(0, 0, 50, [MOTIVE])])
    ben = coder_project(articles, "Ben", [])
    result = compute_agreement([Source("ada", ada), Source("ben", ben)])
    assert result.annotators == ("Ada", "Ben")
    assert result.codes[0].coded == {"Ada": 50 - articles[0].text[:50].count(" "), "Ben": 0}


def test_sentence_units_follow_the_half_rule() -> None:
    text = "One two three four. Five six seven eight.\nNine ten."
    article = make_article(text, title="S")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "One two three four.",
        "Five six seven eight.",
        "Nine ten.",
    ]
    units = SentenceUnits(text)
    # "One two" is 6 of the 16 non-space characters: less than half. "One two three" is 11.
    assert units.coded(units.encode([(0, 7)])) == 0
    assert units.coded(units.encode([(0, 13)])) == 1
    assert units.coded(units.encode(merged([(0, 4), (8, 18), (42, 46)]))) == 2
    ada = coder_project([article], "Ada", [(0, 0, 13, [MOTIVE])])
    ben = coder_project([article], "Ben", [(0, 4, 19, [MOTIVE]), (0, 42, 51, [MOTIVE])])
    result = compute_agreement([Source("a", ada), Source("b", ben)], unit="sentence")
    motive = result.codes[0]
    assert motive.units == 3
    assert motive.coded == {"Ada": 1, "Ben": 2}
    assert _close(motive.percent_agreement, 2 / 3)


@pytest.mark.parametrize("kind", [CharacterUnits, SentenceUnits])
def test_depth_counts_every_unit_once(kind: type[CharacterUnits] | type[SentenceUnits]) -> None:
    rng = random.Random(9)
    article = texts(seed=9, count=1)[0]
    units = kind(article.text)
    layers: list[Sequence[tuple[int, int]]] = [
        merged((s, e) for _, s, e, _ in random_spans(rng, [article], 8)) for _ in range(5)
    ]
    encoded = [units.encode(list(layer)) for layer in layers]
    depth = units.depth(encoded)
    assert sum(depth.values()) == units.size
    assert sum(k * n for k, n in depth.items()) == sum(units.coded(e) for e in encoded)


def test_against_a_reference_kappa_recall_and_precision() -> None:
    articles = texts(seed=8)
    teacher = coder_project(
        articles,
        "Teacher",
        [(0, 100, 200, [MOTIVE]), (0, 400, 420, [MOTIVE]), (1, 0, 50, [REACTION])],
    )
    # Ada: 140..260 shares 60 of the shorter (100): found. 405..409 shares 4 of 4: found.
    # Her extra passage 900..950 matches nothing.
    ada = coder_project(
        articles, "Ada", [(0, 140, 260, [MOTIVE]), (0, 405, 409, [MOTIVE]), (0, 900, 950, [MOTIVE])]
    )
    # Ben: 160..400 shares 40 of the shorter (100): not found.
    ben = coder_project(articles, "Ben", [(0, 160, 400, [MOTIVE])])
    result = compute_agreement(
        [Source("ada", ada), Source("ben", ben)], reference=Source("key", teacher)
    )
    assert result.reference is not None
    assert result.reference.annotator == "Teacher"
    by_name = dict(result.reference.by_annotator)
    ada_motive = by_name["Ada"][0]
    assert (ada_motive.passages, ada_motive.found, ada_motive.spans, ada_motive.matching_spans) == (
        2,
        2,
        3,
        2,
    )
    assert ada_motive.recall.value == 1.0
    assert _close(ada_motive.precision, 2 / 3)
    ben_motive, ben_reaction, ben_economics = by_name["Ben"]
    assert (ben_motive.found, ben_motive.recall.value, ben_motive.precision.value) == (0, 0.0, 0.0)
    assert ben_reaction.recall.value == 0.0
    assert ben_reaction.precision.reason is not None
    assert ben_economics.recall.reason is not None
    assert ben_economics.kappa.reason == NO_VARIATION
    assert ada_motive.kappa.value is not None
    assert 0 < ada_motive.kappa.value < 1


def test_one_annotator_of_a_project_as_the_reference() -> None:
    articles = texts(seed=10)
    ada = coder_project(articles, "Ada", [(0, 100, 200, [MOTIVE])])
    key = coder_project(articles, "Key", [(0, 100, 200, [MOTIVE]), (0, 300, 400, [MOTIVE])])
    both = Project(
        articles=articles,
        codes=DEFAULT_CODES,
        annotators=[*ada.annotators, *key.annotators],
        annotations=[*ada.annotations, *key.annotations],
    )
    compared, reference = split_reference(Source("class", both), key.annotators.at(0).id)
    assert reference.name == "Key"
    result = compute_agreement([compared], reference=reference)
    assert result.annotators == ("Ada",)
    assert result.reference is not None
    [(name, (motive, _, _))] = result.reference.by_annotator
    assert (name, motive.passages, motive.found, motive.precision.value) == ("Ada", 2, 1, 1.0)
