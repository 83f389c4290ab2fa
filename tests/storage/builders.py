"""Projects for storage tests and benchmarks: deterministic, sized to order."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from desktop_app.core.anchoring import describe
from desktop_app.core.codebook import DEFAULT_CODES
from desktop_app.core.new_records import make_article
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Annotator, Link, ProjectInfo

_SENTENCE = (
    "the minister said that trade with Astana would grow as the accords opened new routes "
    "for minerals while critics warned of costs to neighbours and of promises left vague "
    "analysts in Almaty noted a shift in tone since the summit in Washington last week"
)
WORDS = tuple(_SENTENCE.split(" "))
EPOCH = datetime(2025, 11, 6, 12, 0, tzinfo=UTC)


def uid(rng: random.Random) -> str:
    """A UUID4-shaped id drawn from ``rng`` (reproducible, unlike uuid4)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def prose(rng: random.Random, size: int) -> str:
    """About ``size`` characters of paragraphs of words."""
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18)))
        sentence = sentence[0].upper() + sentence[1:] + "."
        parts.append(sentence + ("\n\n" if rng.random() < 0.15 else " "))
        length += len(parts[-1])
    return "".join(parts)[:size]


def annotation_on(
    rng: random.Random, article_id: str, text: str, start: int, end: int, **fields: object
) -> Annotation:
    """An annotation of ``text[start:end]`` with fresh id and fixed-epoch timestamps."""
    position, quote = describe(text, start, end)
    when = EPOCH + timedelta(seconds=rng.randint(0, 10**6))
    values: dict[str, object] = {
        "id": uid(rng),
        "article": article_id,
        "position": position,
        "quote": quote,
        "tags": (rng.choice(DEFAULT_CODES).id,),
        "created": when,
        "modified": when,
    }
    values.update(fields)
    return Annotation(**values)  # type: ignore[arg-type]


def build_project(
    *, annotations: int = 20, text_size: int = 5_000, articles: int = 2, seed: int = 0
) -> Project:
    """A project with ``articles`` articles of ``text_size`` characters and annotations."""
    rng = random.Random(seed)
    annotator = Annotator(id=uid(rng), name="Ada")
    arts = [
        make_article(prose(rng, text_size), title=f"Article {n + 1}", article_id=uid(rng))
        for n in range(articles)
    ]
    notes = ("", "", "Compare with the other outlet.", "Framing: opportunity")
    records = []
    for _ in range(annotations):
        article = rng.choice(arts)
        length = rng.randint(20, 140)
        start = rng.randint(0, max(0, len(article.text) - length))
        records.append(
            annotation_on(
                rng,
                article.id,
                article.text,
                start,
                start + length,
                note=rng.choice(notes),
                annotator=annotator.id,
            )
        )
    links = []
    if len(records) >= 2:
        links.append(Link(id=uid(rng), source=records[0].id, target=records[1].id, created=EPOCH))
    info = ProjectInfo(id=uid(rng), title="Accords coverage", created=EPOCH, modified=EPOCH)
    return Project(
        info=info,
        articles=arts,
        codes=DEFAULT_CODES,
        annotators=[annotator],
        annotations=records,
        links=links,
    )
