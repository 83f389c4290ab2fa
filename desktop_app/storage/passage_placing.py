"""Where stored passages are in their articles' texts: by their offsets, else by their quotes."""

from __future__ import annotations

from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import Annotation, TextPosition, TextQuote

#: A passage to check against its article's text: article id, stored position and quote
#: (None: no quote), and whether it is kept as it is whatever the text (an orphan).
Passage = tuple[str, TextPosition, TextQuote | None, bool]


def annotation_passages(records: list[tuple[int, Annotation]]) -> list[Passage]:
    """The passages of annotations, as :func:`placed_by_quote` takes them."""
    return [(a.article, a.position, a.quote, a.anchor == "orphaned") for _index, a in records]


def placed_by_quote(passages: list[Passage], texts: dict[str, str]) -> list[Placement | None]:
    """Where each passage is in its article's text: where its offsets are when they select
    its quote (or it is kept as it is, or has no quote: then orphaned there), else where
    the quote places it, each article's passages together (``core.batch_placement``: those
    whose offsets still fit anchor the rest); None for a passage of an unknown article."""
    by_article: dict[str, list[int]] = {}
    for index, (article_id, _position, _quote, _kept) in enumerate(passages):
        if article_id in texts:
            by_article.setdefault(article_id, []).append(index)
    placements: list[Placement | None] = [None] * len(passages)
    for article_id, indexes in by_article.items():
        text = texts[article_id]
        settled: list[Placement | None] = []
        for index in indexes:
            _article, position, quote, kept = passages[index]
            start, end = position.start, position.end
            if kept or quote is None:
                settled.append(Placement("orphaned", start, end, 0.0))
            elif start <= end <= len(text) and text[start:end] == quote.exact:
                settled.append(Placement("exact", start, end, 1.0))
            else:
                settled.append(None)
        if any(given is None for given in settled):
            requests = [
                Request(position, quote or TextQuote(exact=""))
                for _article, position, quote, _kept in (passages[index] for index in indexes)
            ]
            found = place_all(text, requests, settled)
        else:  # every offset fits (the common case): nothing to look for
            found = [given for given in settled if given is not None]
        for index, placement in zip(indexes, found, strict=True):
            placements[index] = placement
    return placements
