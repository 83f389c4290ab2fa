"""Small projects of several coders for agreement, collect and hand-in tests."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from desktop_app.core.anchoring import describe
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.factory import make_article
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Annotator, Article, new_id
from tests.storage.builders import EPOCH, prose

MOTIVE, REACTION, ECONOMICS = (code.id for code in DEFAULT_CODES)

#: (article index, start, end, code ids)
Span = tuple[int, int, int, Sequence[str]]


def texts(seed: int = 0, count: int = 2, size: int = 2_000) -> list[Article]:
    """Articles of prose, the same for every call with the same arguments."""
    rng = random.Random(seed)
    return [
        make_article(prose(rng, size), title=f"Article {n + 1}", article_id=new_id())
        for n in range(count)
    ]


def annotation(
    article: Article, start: int, end: int, tags: Iterable[str], who: str | None
) -> Annotation:
    """An annotation of ``article[start:end]`` with these tags, by annotator id ``who``."""
    position, quote = describe(article.text, start, end)
    return Annotation(
        id=new_id(),
        article=article.id,
        position=position,
        quote=quote,
        tags=tuple(tags),
        annotator=who,
        created=EPOCH,
        modified=EPOCH,
    )


def coder_project(articles: Sequence[Article], name: str | None, spans: Iterable[Span]) -> Project:
    """A project of one coder (``name``; None: annotations without annotator)."""
    annotators = [Annotator(id=new_id(), name=name)] if name else []
    who = annotators[0].id if annotators else None
    return Project(
        articles=articles,
        codes=DEFAULT_CODES,
        annotators=annotators,
        annotations=[annotation(articles[a], s, e, tags, who) for a, s, e, tags in spans],
    )


def random_spans(rng: random.Random, articles: Sequence[Article], count: int) -> list[Span]:
    """``count`` random spans with one or two of the default codes."""
    spans: list[Span] = []
    codes = [code.id for code in DEFAULT_CODES]
    for _ in range(count):
        index = rng.randrange(len(articles))
        text = articles[index].text
        length = rng.randint(1, min(200, len(text)))
        start = rng.randint(0, len(text) - length)
        spans.append((index, start, start + length, rng.sample(codes, rng.choice((1, 1, 2)))))
    return spans
