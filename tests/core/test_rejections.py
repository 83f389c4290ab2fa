"""Rejected suggestions follow the text: matched to the engine's pairs by overlap, moved
through a text update with the annotations, dropped when their passage is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.link_edits import absences, record_absence
from desktop_app.core.project import Project
from desktop_app.core.rejections import (
    Spans,
    reject_pair,
    rejected_pairs,
    rejection_key,
    turned_down,
)
from desktop_app.core.text_update import update_article_text
from desktop_app.importers.samples import sample_project

LEAD = "EDITOR'S NOTE: this story was updated with a correction.\n\n"


def _sample() -> tuple[Project, str, str]:
    project = sample_project()
    a, b = project.articles.ids()[:2]
    return project, a, b


def _keys(project: Project, a: str, b: str) -> list[Spans]:
    comparison = compare_texts(project.articles[a].text, project.articles[b].text)
    return [(p.a.start, p.a.end, p.b.start, p.b.end) for p in comparison.pairs]


def _texts(project: Project, a: str, b: str, key: Spans) -> tuple[str, str]:
    text_a, text_b = project.articles[a].text, project.articles[b].text
    return text_a[key[0] : key[1]], text_b[key[2] : key[3]]


def test_a_rejection_keeps_both_quotes() -> None:
    project, a, b = _sample()
    reject_pair(project, (a, 1016, 1070), (b, 1479, 1635)).apply(project)
    rejection = project.rejections.at(0)
    assert rejection.quote_a is not None
    assert rejection.quote_b is not None
    assert rejection.quote_a.exact == project.articles[a].text[1016:1070]
    assert rejection.quote_b.exact == project.articles[b].text[1479:1635]
    assert rejection.quote_a.prefix == project.articles[a].text[1016 - 32 : 1016]


def test_the_rejected_pair_stays_hidden_after_the_text_is_updated_and_no_other() -> None:
    project, a, b = _sample()
    keys = _keys(project, a, b)
    rejected = keys[1]
    passages = _texts(project, a, b, rejected)
    reject_pair(project, (a, *rejected[:2]), (b, *rejected[2:])).apply(project)
    old_a = project.articles[a].text
    edited = LEAD + old_a.replace("Abraham Accords", "Abraham Accords (2020)", 1)
    update_article_text(project, a, edited).edit.apply(project)

    keys = _keys(project, a, b)
    moved = next(key for key in keys if _texts(project, a, b, key) == passages)
    # One sentence of B may pair with two of A: a pair sharing B's passage with the rejected
    # one (whether the engine finds one in the sample or not) must stay shown.
    keys.append((*next(key[:2] for key in keys if key[:2] != moved[:2]), *moved[2:]))
    hidden = turned_down(rejected_pairs(project, a, b), keys)
    assert [_texts(project, a, b, keys[i]) for i in hidden] == [passages]
    rejection = project.rejections.at(0)
    assert rejection.quote_a is not None
    assert project.articles[a].text[rejection.a.start : rejection.a.end] == passages[0]
    assert rejection.quote_a.exact == passages[0]
    # Seen from B's side the same pair is hidden.
    mirrored = [(k[2], k[3], k[0], k[1]) for k in keys]
    assert turned_down(rejected_pairs(project, b, a), mirrored) == hidden


def test_a_rejection_whose_passage_is_gone_is_dropped_and_undo_brings_it_back() -> None:
    project, a, b = _sample()
    # pairs with passages of A of their own (one sentence of A may pair with two of B)
    keys: list[Spans] = []
    for key in _keys(project, a, b):
        if all(key[:2] != kept[:2] for kept in keys):
            keys.append(key)
    for key in keys[:3]:
        reject_pair(project, (a, *key[:2]), (b, *key[2:])).apply(project)
    before = list(project.rejections)
    gone = _texts(project, a, b, keys[1])[0]
    update = update_article_text(project, a, project.articles[a].text.replace(gone, ""))
    update.edit.apply(project)
    assert [r.id for r in project.rejections] == [before[0].id, before[2].id]
    update.edit.revert(project)
    assert list(project.rejections) == before


def test_a_file_without_quotes_moves_its_rejections_too() -> None:
    import msgspec

    project, a, b = _sample()
    key = _keys(project, a, b)[2]
    reject_pair(project, (a, *key[:2]), (b, *key[2:])).apply(project)
    old = project.rejections.at(0)
    bare = msgspec.structs.replace(old, quote_a=None, quote_b=None)
    project.rejections._replace(bare)
    update_article_text(project, b, LEAD + project.articles[b].text).edit.apply(project)
    moved = project.rejections.at(0)
    assert (moved.b.start, moved.b.end) == (key[2] + len(LEAD), key[3] + len(LEAD))
    assert (moved.a.start, moved.a.end) == key[:2]
    assert moved.quote_b is not None
    assert moved.quote_a is None  # the side whose text did not change is left as it was


def test_an_absence_moves_with_the_text_instead_of_being_orphaned() -> None:
    project, a, b = _sample()
    code = project.codes.at(0).id
    text_b = project.articles[b].text
    point = text_b.index("\n\n", 600) + 2
    record_absence(project, (a, 0, 40), b, point, code).apply(project)
    (absence,) = absences(project, b)
    update = update_article_text(project, b, LEAD + text_b)
    update.edit.apply(project)
    (moved,) = absences(project, b)
    assert moved.id == absence.id
    assert (moved.start, moved.end, moved.anchor) == (point + len(LEAD), point + len(LEAD), "moved")
    assert moved.quote.suffix == absence.quote.suffix
    result = next(r for r in update.results if r.annotation_id == absence.id)
    assert result.state == "moved"
    update.edit.revert(project)
    assert absences(project, b) == [absence]


def test_an_update_without_rejections_or_absences_is_the_plain_reanchoring() -> None:
    from desktop_app.core.reanchor import replace_article_text
    from desktop_app.core.records import utc_now

    project, a, _b = _sample()
    now = utc_now()
    new = LEAD + project.articles[a].text
    plain = replace_article_text(project, a, new, now=now)
    ours = update_article_text(project, a, new, now=now)
    assert ours.results == plain.results
    assert ours.edit == plain.edit


def test_an_update_with_an_absence_diffs_the_texts_once_and_places_annotations_as_plainly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The absences and rejections move through the diff the annotations were placed
    through: one ``Alignment`` of the old and new texts, not two, and the annotations'
    results are those of the plain re-anchoring."""
    import desktop_app.core.reanchor as reanchor
    import desktop_app.core.text_update as text_update
    from desktop_app.core.alignment import Alignment
    from desktop_app.core.records import utc_now

    project, a, b = _sample()
    code = project.codes.at(0).id
    text_b = project.articles[b].text
    record_absence(project, (a, 0, 40), b, text_b.index("\n\n", 600) + 2, code).apply(project)
    (absence,) = absences(project, b)
    now = utc_now()
    plain = reanchor.replace_article_text(project, b, LEAD + text_b, now=now)
    built: list[tuple[str, str]] = []

    class CountedAlignment(Alignment):
        def __init__(self, old: str, new: str) -> None:
            built.append((old, new))
            super().__init__(old, new)

    monkeypatch.setattr(reanchor, "Alignment", CountedAlignment)
    monkeypatch.setattr(text_update, "Alignment", CountedAlignment)
    update = update_article_text(project, b, LEAD + text_b, now=now)
    assert built == [(text_b, LEAD + text_b)]
    others = [r for r in update.results if r.annotation_id != absence.id]
    assert others == [r for r in plain.results if r.annotation_id != absence.id]
    assert len(others) == len(plain.results) - 1


def test_the_same_rejection_either_way_round_has_one_key() -> None:
    project, a, b = _sample()
    reject_pair(project, (a, 10, 40), (b, 5, 30)).apply(project)
    reject_pair(project, (b, 5, 30), (a, 10, 40)).apply(project)
    first, second = project.rejections
    assert rejection_key(first) == rejection_key(second)


# -- matching a rejection to the engine's pairs ------------------------------------------


@st.composite
def _pairs_and_shifts(draw: st.DrawFn) -> tuple[list[Spans], int, Spans]:
    """Pairs whose A passages are disjoint and B passages too (sentences, in any order),
    the index of one, and that pair with each end shifted by under a quarter of its length."""
    count = draw(st.integers(1, 12))
    lengths_a = draw(st.lists(st.integers(4, 200), min_size=count, max_size=count))
    lengths_b = draw(st.lists(st.integers(4, 200), min_size=count, max_size=count))
    order = draw(st.permutations(range(count)))

    def spans(lengths: list[int]) -> list[tuple[int, int]]:
        out, at = [], 0
        for length in lengths:
            out.append((at, at + length))
            at += length + draw(st.integers(0, 5))
        return out

    side_a, side_b = spans(lengths_a), spans(lengths_b)
    pairs = [(*side_a[i], *side_b[order[i]]) for i in range(count)]
    index = draw(st.integers(0, count - 1))

    def shifted(start: int, end: int) -> tuple[int, int]:
        reach = (end - start - 1) // 4
        lo = draw(st.integers(-reach, reach))
        hi = draw(st.integers(-reach, reach))
        return max(0, start + lo), end + hi

    rejected = (*shifted(*pairs[index][:2]), *shifted(*pairs[index][2:]))
    return pairs, index, rejected


@given(_pairs_and_shifts())
def test_a_rejection_hides_its_pair_even_when_the_spans_shifted_a_little(
    case: tuple[list[Spans], int, Spans],
) -> None:
    pairs, index, rejected = case
    assert turned_down([rejected], pairs) == {index}
    assert turned_down([pairs[index]], pairs) == {index}


@given(_pairs_and_shifts(), st.integers(0, 1))
def test_a_rejection_overlapping_less_than_half_on_one_side_hides_nothing(
    case: tuple[list[Spans], int, Spans], side: int
) -> None:
    pairs, index, _ = case
    start, end = pairs[index][side * 2 : side * 2 + 2]
    # The same passage on one side; on the other, only the last third of it, then beyond.
    far = max(p[side * 2 + 1] for p in pairs) + 10
    other = (end - (end - start) // 3, far + 100 * (end - start))
    moved = (*pairs[index][:2], *other) if side else (*other, *pairs[index][2:])
    assert index not in turned_down([moved], pairs)


def test_one_rejection_hides_at_most_one_pair_the_most_alike() -> None:
    # One long rejected B passage covering two sentences each paired with the same A one.
    pairs = [(0, 50, 100, 140), (0, 50, 140, 200), (0, 50, 300, 340)]
    assert turned_down([(0, 50, 100, 200)], pairs) == {1}
    assert turned_down([(0, 50, 100, 141)], pairs) == {0}
    assert turned_down([(0, 50, 400, 440)], pairs) == frozenset()


def test_parallax_update_moves_rejections_and_absences_in_the_saved_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app import cli
    from desktop_app.storage.project_file import load, save

    project, a, b = _sample()
    # any suggestion of the sample serves: B's text gains a lead paragraph, so every pair moves
    key = _keys(project, a, b)[-1]
    passages = _texts(project, a, b, key)
    reject_pair(project, (a, *key[:2]), (b, *key[2:])).apply(project)
    record_absence(project, (a, 0, 40), b, 600, project.codes.at(0).id).apply(project)
    target = tmp_path / "p.parallax.json"
    save(project, target)
    new_file = tmp_path / "b.txt"
    new_file.write_text(LEAD + project.articles[b].text, encoding="utf-8")
    assert cli.main(["update", str(target), b, str(new_file)]) == 0
    out = capsys.readouterr().out
    assert "Rejected compare suggestions: 1 kept with the text, 0 dropped" in out
    reopened = load(target)
    (rejection,) = reopened.rejections
    assert (
        _texts(
            reopened, a, b, (rejection.a.start, rejection.a.end, rejection.b.start, rejection.b.end)
        )
        == passages
    )
    (absence,) = absences(reopened, b)
    assert (absence.start, absence.anchor) == (600 + len(LEAD), "moved")


@given(
    st.integers(0, 5_000),
    st.integers(0, 5_000),
    st.text(alphabet="abc XYZ.\n", min_size=1, max_size=60),
)
def test_a_point_is_found_again_by_its_context_after_an_edit_elsewhere(
    offset: int, insert_at: int, inserted: str
) -> None:
    from desktop_app.core.anchoring import CONTEXT, describe
    from desktop_app.core.text_update import place_point

    text = sample_project().articles.at(0).text
    offset, insert_at = offset % (len(text) + 1), insert_at % (len(text) + 1)
    if abs(insert_at - offset) <= CONTEXT:
        insert_at = (offset + 3 * CONTEXT) % (len(text) + 1)
    if abs(insert_at - offset) <= CONTEXT:
        return  # nowhere far enough from the point in this text
    _, quote = describe(text, offset, offset)
    new = text[:insert_at] + inserted + text[insert_at:]
    expected = offset + len(inserted) if insert_at < offset else offset
    assert place_point(new, offset, quote) == expected
    assert place_point(text, offset, quote) == offset
