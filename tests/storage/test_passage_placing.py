"""A file whose article text was edited elsewhere: an article's passages are placed together."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.anchoring import describe
from desktop_app.core.new_records import make_article
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Rejection
from desktop_app.core.text import sha256_hex
from desktop_app.storage.project_file import encode
from desktop_app.storage.validation import salvage
from tests.core.test_batch_placement import OLD, SAID
from tests.importers.test_quote_placing import NEIGHBOURS, NEW
from tests.storage.builders import EPOCH

PATH = Path("p.parallax.json")
SECOND = OLD.index(SAID, OLD.index(SAID) + 1)


def _file(quotes: list[str], *, rejected: str | None = None) -> bytes:
    """A project on :data:`OLD` with one annotation per quote (the second copy of
    :data:`SAID` for that one), whose article text was then replaced by :data:`NEW`
    outside Parallax."""
    article = make_article(OLD, title="KZ", article_id="c0000000-0000-4000-8000-0000000000cc")
    annotations = []
    for number, quote in enumerate(quotes):
        start = SECOND if quote == SAID else OLD.index(quote)
        position, selectors = describe(OLD, start, start + len(quote))
        annotations.append(
            Annotation(
                id=f"00000000-0000-4000-a000-{number:012d}",
                article=article.id,
                position=position,
                quote=selectors,
                created=EPOCH,
                modified=EPOCH,
            )
        )
    articles, rejections = [article], []
    if rejected is not None:
        other = make_article(OLD, title="Other", article_id="c0000000-0000-4000-8000-0000000000dd")
        articles.append(other)
        position, selectors = describe(OLD, SECOND, SECOND + len(rejected))
        rejections.append(
            Rejection(
                id="00000000-0000-4000-b000-000000000001",
                article_a=article.id,
                a=position,
                quote_a=selectors,
                article_b=other.id,
                b=position,
                quote_b=selectors,
                created=EPOCH,
            )
        )
    project = Project(articles=articles, annotations=annotations, rejections=rejections)
    data = json.loads(encode(project))
    data["articles"][0]["text"] = NEW
    data["articles"][0]["sha256"] = sha256_hex(NEW)
    return json.dumps(data, ensure_ascii=False).encode()


def test_an_article_edited_elsewhere_has_its_annotations_placed_together() -> None:
    second = NEW.index(SAID, NEW.index(SAID) + 1)
    alone, report = salvage(_file([SAID]), PATH)
    assert alone is not None
    assert alone.annotations.at(0).anchor == "review"
    assert "(review)" in report.format()

    quotes = [*NEIGHBOURS[:2], SAID, *NEIGHBOURS[2:]]
    together, report = salvage(_file(quotes), PATH)
    assert together is not None
    for annotation, quote in zip(together.annotations, quotes, strict=True):
        assert annotation.anchor == "moved"
        assert NEW[annotation.start : annotation.end] == quote
    placed = together.annotations.at(2)
    assert (placed.start, placed.end) == (second, second + len(SAID))
    assert "(review)" not in report.format()


def test_a_rejected_passage_is_found_again_beside_the_annotations_of_its_article() -> None:
    quotes = [*NEIGHBOURS[:2], *NEIGHBOURS[2:]]
    project, _report = salvage(_file(quotes, rejected=SAID), PATH)
    assert project is not None
    (rejection,) = project.rejections
    second = NEW.index(SAID, NEW.index(SAID) + 1)
    assert (rejection.a.start, rejection.a.end) == (second, second + len(SAID))
    assert (rejection.b.start, rejection.b.end) == (SECOND, SECOND + len(SAID))
