"""The sample project with fixed annotations, ids and timestamps, shared by export tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.edits import Insert
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.project import Project
from desktop_app.core.records import (
    Annotation,
    Annotator,
    Article,
    Code,
    Link,
    ProjectInfo,
    TextPosition,
    TextQuote,
)
from desktop_app.importers.samples import sample_articles

PROJECT_ID = "9f1e2d3c-4b5a-4697-8a8b-0c1d2e3f4a50"
ANNOTATOR = Annotator(id="1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e50", name="Ada Lovelace")
SECOND_ANNOTATOR = Annotator(id="1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e51", name="Émile Zola")
MOTIVE = "6d0f6a1e-4e0b-4c55-9a57-3f2a8f0c1a01"
REACTION = "6d0f6a1e-4e0b-4c55-9a57-3f2a8f0c1a02"
ECONOMICS = "6d0f6a1e-4e0b-4c55-9a57-3f2a8f0c1a03"
MINERALS = Code(
    id="6d0f6a1e-4e0b-4c55-9a57-3f2a8f0c1a04",
    name="critical minerals",
    color="#0072B2",
    description="Rare earths & other <strategic> resources.",
    parent=ECONOMICS,
)
START = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)

# (annotation id, article index, passage, tags, note, annotator)
PASSAGES: tuple[tuple[str, int, str, tuple[str, ...], str, Annotator], ...] = (
    (
        "a0000000-0000-4000-8000-000000000001",
        0,
        "desire to strengthen its relationship with Washington",
        (MOTIVE,),
        "Stated motive: closer ties with the US.",
        ANNOTATOR,
    ),
    (
        "a0000000-0000-4000-8000-000000000002",
        0,
        "domestic reaction remains muted",
        (REACTION,),
        "",
        ANNOTATOR,
    ),
    (
        "a0000000-0000-4000-8000-000000000003",
        0,
        "the political cost for Kazakhstan is low",
        (MOTIVE, ECONOMICS),
        'Cost <low> & "cheap" — *not* zero.\nSecond line, with a | pipe.',
        SECOND_ANNOTATOR,
    ),
    (
        "a0000000-0000-4000-8000-000000000004",
        1,
        "critical rare earth minerals",
        (ECONOMICS, MINERALS.id),
        "The summit's real agenda?",
        ANNOTATOR,
    ),
    (
        "a0000000-0000-4000-8000-000000000005",
        1,
        "strategic effort by Kazakhstan to enhance its global standing",
        (MOTIVE,),
        "",
        ANNOTATOR,
    ),
    (
        "a0000000-0000-4000-8000-000000000006",
        1,
        "“new oil,”",
        (),
        "Metaphor worth comparing across outlets.",
        SECOND_ANNOTATOR,
    ),
)
ORPHAN_ID = "a0000000-0000-4000-8000-000000000007"
LINK_ID = "b0000000-0000-4000-8000-000000000001"


def sample_project(*, with_orphan: bool = True) -> Project:
    """The two sample articles, the default codes plus a child code, six annotations.

    With ``with_orphan``, also an orphaned annotation (its quote is no longer in the text)
    and a link between two annotations of different articles.
    """
    project = new_project(sample_articles())
    project.info = ProjectInfo(
        id=PROJECT_ID,
        title="Kazakhstan and the Abraham Accords",
        created=START,
        modified=START + timedelta(days=1),
    )
    for record in (ANNOTATOR, SECOND_ANNOTATOR, MINERALS):
        Insert("", record).apply(project)
    articles = list(project.articles)
    for minute, (annotation_id, index, passage, tags, note, annotator) in enumerate(PASSAGES):
        article = articles[index]
        start = article.text.index(passage)
        position, quote = describe(article.text, start, start + len(passage))
        moment = START + timedelta(minutes=minute)
        annotation = Annotation(
            id=annotation_id,
            article=article.id,
            position=position,
            quote=quote,
            tags=tags,
            note=note,
            annotator=annotator.id,
            created=moment,
            modified=moment + timedelta(seconds=30 if note else 0),
        )
        Insert("", annotation).apply(project)
    if with_orphan:
        orphan = Annotation(
            id=ORPHAN_ID,
            article=articles[1].id,
            position=TextPosition(12, 40),
            quote=TextQuote(exact="a sentence the outlet removed", prefix="", suffix=""),
            tags=(REACTION,),
            annotator=ANNOTATOR.id,
            created=START,
            modified=START,
            anchor="orphaned",
        )
        Insert("", orphan).apply(project)
        link = Link(
            id=LINK_ID,
            source=PASSAGES[0][0],
            target=PASSAGES[4][0],
            relation="same motive",
            note="Both outlets name the US tie.",
            created=START,
        )
        Insert("", link).apply(project)
    return project


#: Raw texts that exercise every offset trap: astral emoji, a ZWJ family, combining marks
#: (NFD input), right-to-left scripts, CRLF and lone CR line endings, a BOM, NBSP.
TRICKY_TEXTS: tuple[str, ...] = (
    "\ufeffFirst 😀 line\r\nCafe\u0301 au lait 👨‍👩‍👧 family\r\nשלום עולם and مرحبا بالعالم\rend",
    "𝔸𝕓𝕔 math letters, then a flag 🇰🇿 and NBSP\u00a0here.\n\nΑθήνα — «quoted» text.",
)


def tricky_project() -> Project:
    """A project whose articles hold the tricky texts, each with a few annotations."""
    articles = [
        make_article(
            text, title=f"Tricky {i}", article_id=f"c0000000-0000-4000-8000-00000000000{i}"
        )
        for i, text in enumerate(TRICKY_TEXTS)
    ]
    project = new_project(articles)
    project.info = ProjectInfo(id=PROJECT_ID, title="Tricky", created=START, modified=START)
    Insert("", ANNOTATOR).apply(project)
    phrases = (
        "😀 line",
        "Café au lait 👨‍👩‍👧",
        "שלום עולם",
        "مرحبا",
        "end",
        "🇰🇿 and NBSP",
        "«quoted»",
    )
    count = 0
    for article in articles:
        for phrase in phrases:
            start = article.text.find(phrase)
            if start < 0:
                continue
            count += 1
            position, quote = describe(article.text, start, start + len(phrase))
            annotation = Annotation(
                id=f"d0000000-0000-4000-8000-{count:012d}",
                article=article.id,
                position=position,
                quote=quote,
                tags=(MOTIVE,) if count % 2 else (REACTION, ECONOMICS),
                note=f"note {count} ✓",
                annotator=ANNOTATOR.id,
                created=START,
                modified=START,
            )
            Insert("", annotation).apply(project)
    return project


#: Pieces of text that each exercise an offset trap, for property-based tests.
PIECES = st.sampled_from(
    [
        "a",
        "é",
        "e\u0301",
        "😀",
        "👨‍👩‍👧",
        "🇰🇿",
        "𝔸",
        "ש",
        "م",
        "中",
        "\r\n",
        "\r",
        "\n",
        " ",
        "\u00a0",
        "«",
    ]
)


def unicode_project(raw: str, spans: list[tuple[int, int]]) -> tuple[Project, Article]:
    """A one-article project of ``raw`` with an annotation per non-empty span (taken modulo
    the text length), each tagged and noted; and the article."""
    article = make_article(raw, title="t", article_id="c0000000-0000-4000-8000-000000000001")
    project = new_project([article])
    for i, (a, b) in enumerate(spans):
        start, end = sorted((a % (len(article.text) + 1), b % (len(article.text) + 1)))
        if start == end:
            continue
        position, quote = describe(article.text, start, end)
        Insert(
            "",
            Annotation(
                id=f"d0000000-0000-4000-8000-{i:012d}",
                article=article.id,
                position=position,
                quote=quote,
                tags=(MOTIVE,),
                note="✓ ناقش",
                created=START,
                modified=START,
            ),
        ).apply(project)
    return project, article
