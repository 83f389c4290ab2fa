"""Bounded work for archives: zip bombs, oversized sources, endless spines, element floods."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.core.new_records import new_project
from desktop_app.importers import archive_limits, common
from desktop_app.importers.registry import ImportFailed, read_file
from tests.importers.hostile import (
    bomb_template,
    bombs,
    qde,
    write_epub_parts,
    write_qdpx,
)

WORDS = [
    "minister",
    "trade",
    "accords",
    "minerals",
    "routes",
    "critics",
    "neighbours",
    "analysts",
    "summit",
]


def _prose(characters: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    length = 0
    while length < characters:
        words.append(rng.choice(WORDS))
        length += len(words[-1]) + 1
    return " ".join(words)[:characters]


@pytest.fixture(scope="module")
def bomb_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    return bombs(bomb_template(folder / "template.zip", 128), folder)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS and /proc")
def test_zip_bombs_are_refused_under_a_memory_limit(bomb_files: dict[str, Path]) -> None:
    """Each bomb unpacks to 128 MB; the reader may use 96 MB more than it did at rest."""
    script = textwrap.dedent(
        """
        import json, resource, sys
        from pathlib import Path
        from desktop_app.core.new_records import new_project
        from desktop_app.importers.registry import ImportFailed, read_file
        import desktop_app.importers.docx_file, desktop_app.importers.epub_file, docx, lxml.html
        size = next(int(l.split()[1]) * 1024 for l in open("/proc/self/status")
                    if l.startswith("VmSize:"))
        limit = size + 96 * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        outcome = {}
        for path in sys.argv[1:]:
            try:
                read_file(Path(path), new_project([]))
                outcome[path] = "imported"
            except ImportFailed as error:
                outcome[path] = str(error)
            except MemoryError:
                outcome[path] = "MemoryError"
        print(json.dumps(outcome))
        """
    )
    paths = [str(p) for p in bomb_files.values()]
    done = subprocess.run(
        [sys.executable, "-c", script, *paths],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout)
    for path in paths:
        assert "zip bomb" in outcome[path], (path, outcome[path])


def test_total_unpacked_size_is_counted_across_members(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_limits, "MAX_UNPACKED_BYTES", 200_000)
    chapters = {f"c{n}.xhtml": f"<p>{_prose(60_000, seed=n)}</p>" for n in range(5)}
    book = write_epub_parts(tmp_path / "big.epub", chapters, list(chapters))
    with pytest.raises(ImportFailed, match=r"big\.epub: refused, it unpacks to over"):
        read_file(book, new_project([]))


def test_a_qdpx_source_longer_than_an_article_may_be_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common, "MAX_ARTICLE_CHARS", 5_000)
    inline = write_qdpx(tmp_path / "inline.qdpx", qde("", _prose(6_000)))
    inside = write_qdpx(
        tmp_path / "inside.qdpx",
        qde('plainTextPath="internal://s.txt"'),
        {"sources/s.txt": _prose(6_000).encode()},
    )
    for path in (inline, inside):
        with pytest.raises(ImportFailed, match="too long for one article"):
            read_file(path, new_project([]))
    fine = write_qdpx(tmp_path / "fine.qdpx", qde("", _prose(4_000)))
    assert len(read_file(fine, new_project([])).articles[0].text) == 4_000


def test_a_spine_listing_one_chapter_thousands_of_times_reads_it_once(tmp_path: Path) -> None:
    text = _prose(3_000)
    book = write_epub_parts(
        tmp_path / "loop.epub", {"c.xhtml": f"<p>{text}</p>"}, ["c.xhtml"] * 2000
    )
    article = read_file(book, new_project([])).articles[0]
    assert article.text == text


def test_parsed_elements_are_counted_not_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_limits, "MAX_ELEMENTS", 1_000)
    body = "".join(f"<p>{word}</p>" for word in _prose(20_000).split()[:1_500])
    book = write_epub_parts(tmp_path / "many.epub", {"c.xhtml": body}, ["c.xhtml"])
    with pytest.raises(ImportFailed, match=r"many\.epub: refused, it holds over 1,000 elements"):
        read_file(book, new_project([]))
    selections = "".join(
        f'<PlainTextSelection guid="{n:08d}-0000-4000-8000-000000000000" startPosition="0" '
        'endPosition="3"/>'
        for n in range(1_200)
    )
    many = write_qdpx(
        tmp_path / "many.qdpx",
        qde("", "abcdef").replace("</TextSource>", selections + "</TextSource>"),
    )
    with pytest.raises(ImportFailed, match="elements"):
        read_file(many, new_project([]))
