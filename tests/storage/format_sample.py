"""A small project touching every part of the file format, for the golden file test."""

from __future__ import annotations

import random

import msgspec

from desktop_app.core.new_records import make_article
from desktop_app.core.project import Project
from desktop_app.core.records import Annotator, Code, Link, ProjectInfo
from tests.storage.builders import EPOCH, annotation_on, uid


def format_sample() -> Project:
    """Two articles (one with quotes, emoji, right-to-left text and a note), nested codes,
    two annotators, annotations with and without notes, tags and annotator, and links."""
    rng = random.Random(16)
    first = make_article(
        "Astana joins the accords.\n\nThe minister said “trade will grow”.",
        title="Kazakhstan joins",
        article_id=uid(rng),
        outlet="Wire",
        date="2025-11-06",
    )
    second = make_article(
        'Critics: "a \\ risky" deal 👩‍👩‍👧 🇰🇿 שלום\tend.',
        title="Reactions",
        article_id=uid(rng),
    )
    second = msgspec.structs.replace(second, note="Second outlet, less friendly.")
    parent = Code(
        id=uid(rng),
        name="economics",
        color="#009E73",
        description="Money: trade, jobs.",
        shortcut="3",
    )
    child = Code(id=uid(rng), name="trade", color="#A0B0C0", parent=parent.id)
    ada, ben = Annotator(id=uid(rng), name="Ada"), Annotator(id=uid(rng), name="Bén")
    annotations = [
        annotation_on(rng, first.id, first.text, 0, 6, annotator=ada.id, tags=(parent.id,)),
        annotation_on(rng, first.id, first.text, 27, 39, note='A quote: "grow"\n', tags=()),
        annotation_on(
            rng,
            second.id,
            second.text,
            0,
            7,
            annotator=ben.id,
            anchor="fuzzy",
            tags=(child.id, parent.id),
        ),
    ]
    links = [
        Link(id=uid(rng), source=annotations[0].id, target=annotations[2].id, created=EPOCH),
        Link(
            id=uid(rng),
            source=annotations[1].id,
            target=annotations[2].id,
            relation="contradicts",
            note="½",
            created=EPOCH,
        ),
    ]
    info = ProjectInfo(id=uid(rng), title="Golden", created=EPOCH, modified=EPOCH)
    return Project(
        info=info,
        articles=[first, second],
        codes=[parent, child],
        annotators=[ada, ben],
        annotations=annotations,
        links=links,
    )


if __name__ == "__main__":  # after a deliberate change of the format: rewrite the golden file
    from pathlib import Path

    from tests.storage.reference_encoding import reference_encode

    golden = Path(__file__).parent / "fixtures" / "format" / "golden.parallax.json"
    golden.write_bytes(reference_encode(format_sample()))
    print(f"Wrote {golden} with the reference encoder")
