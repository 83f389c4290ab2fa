"""The cached project file encoder writes exactly the bytes a fresh encode writes, after any
sequence of edits, and re-encodes only the records that changed."""

from __future__ import annotations

import random
import re
import threading
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app import __version__
from desktop_app.core.edits import Edit, Insert, Remove, Replace, SetInfo
from desktop_app.core.project import Project
from desktop_app.core.records import Code, Link
from desktop_app.storage.file_encoder import RecordCache, cache_for, encode_file
from desktop_app.storage.project_file import encode, load, save, to_file
from desktop_app.storage.recovery import RecoverySession
from desktop_app.storage.schema import ProjectFile
from tests.storage.builders import EPOCH, annotation_on, build_project, uid
from tests.storage.format_sample import format_sample
from tests.storage.reference_encoding import reference_encode, reference_encode_file

GOLDEN = Path(__file__).parent / "fixtures" / "format" / "golden.parallax.json"


def test_the_format_is_the_one_every_release_wrote() -> None:
    golden = GOLDEN.read_bytes()
    golden = re.sub(
        rb'"generator": "[^"]*"', f'"generator": "Parallax {__version__}"'.encode(), golden
    )
    project = format_sample()
    assert encode(project) == golden
    assert encode(project) == golden  # from the cache this time
    assert reference_encode(project) == golden


def test_a_loaded_golden_file_saves_back_to_the_same_bytes(tmp_path: Path) -> None:
    target = tmp_path / "p.parallax.json"
    target.write_bytes(encode(format_sample()))
    save(load(target), tmp_path / "again.parallax.json")
    assert (tmp_path / "again.parallax.json").read_bytes() == target.read_bytes()


def _note_edit(project: Project, row: int, note: str) -> Edit:
    old = project.annotations.at(row)
    return Replace("note", old, msgspec.structs.replace(old, note=note))


def test_one_edit_re_encodes_one_record() -> None:
    project = build_project(annotations=200, articles=2)
    cache = cache_for(project)
    encode(project)
    assert cache.last_encoded == 1 + 2 + 3 + 1 + 200 + 1  # info, articles, codes, annotator…
    encode(project)
    assert cache.last_encoded == 0
    _note_edit(project, 57, "changed").apply(project)
    assert encode(project) == reference_encode(project)
    assert cache.last_encoded == 1


def test_records_compared_by_position_or_by_id_give_the_same_bytes() -> None:
    """Same count: the records are compared by position; a reordering is found by id (and
    nothing re-encoded); a list changed in place after encoding is not mistaken for the
    list encoded."""
    project = build_project(annotations=120, articles=1)
    cache = RecordCache()
    data = to_file(project)
    assert encode_file(data, cache) == reference_encode_file(data)
    data.annotations[3], data.annotations[90] = data.annotations[90], data.annotations[3]
    assert encode_file(data, cache) == reference_encode_file(data)
    assert cache.last_encoded == 0  # both moved records were known by id
    data.annotations.reverse()  # every position differs: looked up by id
    assert encode_file(data, cache) == reference_encode_file(data)
    assert cache.last_encoded == 0
    data.annotations.append(data.annotations.pop(0))
    data.annotations[7] = msgspec.structs.replace(data.annotations[7], note="edited in place")
    assert encode_file(data, cache) == reference_encode_file(data)
    assert cache.last_encoded == 1


def test_records_that_left_the_project_leave_the_cache() -> None:
    project = build_project(annotations=300, articles=1)
    encode(project)
    for annotation in list(project.annotations)[:250]:
        Remove.of(project, annotation, "delete").apply(project)
        encode(project)
    assert encode(project) == reference_encode(project)
    assert len(cache_for(project)) <= 2 * (1 + 1 + 3 + 1 + 50 + 1)


def test_a_snapshot_keeps_the_project_as_it_was(tmp_path: Path) -> None:
    project = build_project(annotations=50)
    before = reference_encode(project)
    session = RecoverySession(tmp_path / "recovery")
    snapshot = session.snapshot(project)
    for row in range(10):
        _note_edit(project, row, f"later {row}").apply(project)
    assert snapshot.data == before
    copy = snapshot.write()
    assert copy.read_bytes() == before
    assert session.snapshot(project).data == reference_encode(project)
    session.close()


def test_threads_sharing_a_cache_write_the_same_bytes() -> None:
    project = build_project(annotations=400, articles=2, seed=9)
    expected = reference_encode(project)
    data = to_file(project)
    cache = RecordCache()
    results: list[bytes] = []

    def work() -> None:
        results.extend(encode_file(data, cache) for _ in range(5))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 20


# -- any sequence of edits ------------------------------------------------------------------

STEPS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "note",
                "same content, new object",
                "insert annotation",
                "remove annotation",
                "undo",
                "article note",
                "project title",
                "insert link",
                "remove link",
                "insert code",
                "encode",
            ]
        ),
        st.integers(0, 10_000),
        st.text(max_size=12),
    ),
    max_size=30,
)


def _step(project: Project, kind: str, pick: int, text: str, rng: random.Random) -> Edit | None:
    annotations = project.annotations
    if kind == "note" and len(annotations):
        return _note_edit(project, pick % len(annotations), text)
    if kind == "same content, new object" and len(annotations):
        old = annotations.at(pick % len(annotations))
        return Replace("copy", old, msgspec.structs.replace(old))
    if kind == "insert annotation":
        article = project.articles.at(pick % len(project.articles))
        start = pick % max(1, len(article.text) - 10)
        record = annotation_on(rng, article.id, article.text, start, start + 5, note=text)
        return Insert("add", record, pick % (len(annotations) + 1))
    if kind == "remove annotation" and len(annotations):
        return Remove.of(project, annotations.at(pick % len(annotations)), "remove")
    if kind == "article note":
        old_article = project.articles.at(pick % len(project.articles))
        return Replace("note", old_article, msgspec.structs.replace(old_article, note=text))
    if kind == "project title":
        return SetInfo("title", project.info, msgspec.structs.replace(project.info, title=text))
    if kind == "insert link" and len(annotations) >= 2:
        source, target = annotations.at(0).id, annotations.at(pick % len(annotations)).id
        link = Link(id=uid(rng), source=source, target=target, note=text, created=EPOCH)
        return Insert("link", link, pick % (len(project.links) + 1))
    if kind == "remove link" and len(project.links):
        return Remove.of(project, project.links.at(pick % len(project.links)), "unlink")
    if kind == "insert code":
        code = Code(id=uid(rng), name=text or "code", color="#123456", description=text)
        return Insert("code", code, pick % (len(project.codes) + 1))
    return None


@settings(max_examples=60, deadline=None)
@given(steps=STEPS, seed=st.integers(0, 3), annotations=st.integers(0, 6))
def test_cached_encoding_equals_a_fresh_encoding_after_any_edits(
    steps: list[tuple[str, int, str]], seed: int, annotations: int
) -> None:
    project = build_project(annotations=annotations, text_size=400, articles=2, seed=seed)
    rng = random.Random(seed)
    done: list[Edit] = []
    snapshots: list[tuple[bytes, RecordCache, ProjectFile]] = []
    for kind, pick, text in steps:
        if kind == "encode":
            assert encode(project) == reference_encode(project)
            continue
        if kind == "undo":
            if done:
                done.pop().revert(project)
            continue
        edit = _step(project, kind, pick, text, rng)
        if edit is not None:
            edit.apply(project)
            done.append(edit)
        snapshots.append((reference_encode(project), cache_for(project), to_file(project)))
    assert encode(project) == reference_encode(project)
    for expected, cache, data in snapshots:  # taken earlier, encoded after later edits
        assert encode_file(data, cache) == expected


class _Remark(msgspec.Struct, frozen=True):
    text: str


class _Assignment(msgspec.Struct, frozen=True):
    title: str
    deadline: str = ""


class _LaterFile(ProjectFile, kw_only=True):
    """A file of a later schema: a section of things without ids, a record without one."""

    remarks: list[_Remark] = msgspec.field(default_factory=list)
    homework: _Assignment | None = None
    tags: list[str] = msgspec.field(default_factory=list)


def test_sections_and_records_without_ids_are_encoded_too() -> None:
    project = build_project(annotations=5)
    base = to_file(project)
    later = _LaterFile(
        **{name: getattr(base, name) for name in base.__struct_fields__},
        remarks=[_Remark("first"), _Remark("second")],
        homework=_Assignment("Compare the two accounts"),
        tags=["a", "b"],
    )
    cache = RecordCache()
    assert encode_file(later, cache) == reference_encode_file(later)
    assert encode_file(later, cache) == reference_encode_file(later)
    empty = msgspec.structs.replace(later, homework=None, remarks=[])
    assert encode_file(empty, cache) == reference_encode_file(empty)


def test_save_fingerprints_the_file_it_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The save hashes nothing: the SHA-256 of what it wrote is taken when first asked for
    (once), from the pieces it wrote, and is the file's own."""
    import hashlib

    from desktop_app.storage.watch import DiskState

    hashed: list[int] = []
    real_sha256 = hashlib.sha256

    def counting_sha256(data: bytes = b"") -> hashlib._Hash:
        hashed.append(len(data))
        return real_sha256(data)

    project = build_project(annotations=30)
    target = tmp_path / "p.parallax.json"
    for note in ("first save", "saved again"):
        _note_edit(project, 3, note).apply(project)
        monkeypatch.setattr(hashlib, "sha256", counting_sha256)
        state = save(project, target)
        assert hashed == []  # nothing hashed by the save itself
        first, again = state.sha256, state.sha256
        assert len(hashed) == 1  # hashed once, when first asked for
        monkeypatch.undo()
        assert first == again == real_sha256(target.read_bytes()).hexdigest()
        hashed.clear()
        assert state == DiskState.of(target)
        assert target.read_bytes() == reference_encode(project)


def test_threads_asking_for_a_save_digest_at_once_all_get_it(tmp_path: Path) -> None:
    import hashlib

    project = build_project(annotations=2_000)
    target = tmp_path / "p.parallax.json"
    state = save(project, target)
    expected = hashlib.sha256(target.read_bytes()).hexdigest()
    answers: list[str] = []
    askers = [threading.Thread(target=lambda: answers.append(state.sha256)) for _ in range(8)]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join()
    assert answers == [expected] * 8
