"""W3C Web Annotation export: one AnnotationCollection (JSON-LD) with an embedded page.

Every annotation keeps its UUID (``urn:uuid:<id>``), targets ``urn:uuid:<article id>``
with a TextQuoteSelector and a TextPositionSelector in code points of the canonical
text, and carries one ``tagging`` body (the code's name) plus one ``classifying`` body
(the code's ``urn:uuid``) per tag, and a ``commenting`` body for its note. What the W3C
vocabulary has no word for (codebook colours, article titles, text hashes, orphaned
anchors), at the top level and nested alike, goes under the ``parallax:`` prefix declared
in an extra context entry, so a JSON-LD processor expands it instead of dropping it.
"""

from __future__ import annotations

from typing import Any

import msgspec

from desktop_app import __version__
from desktop_app.core.link_edits import ABSENT
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Article, Code, Link
from desktop_app.exporters.scope import ExportOptions, Scope, derived_id, utc_iso

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
APP_PREFIX = "parallax"
APP_NAMESPACE = "urn:x-parallax:vocab#"
CONTEXT: list[Any] = [ANNO_CONTEXT, {APP_PREFIX: APP_NAMESPACE}]

Json = dict[str, Any]


def urn(uuid: str) -> str:
    """The IRI Parallax uses for a record id."""
    return f"urn:uuid:{uuid}"


def export(project: Project, scope: Scope, options: ExportOptions) -> bytes:
    """The annotations in scope as an indented JSON-LD ``AnnotationCollection``."""
    encoded = msgspec.json.encode(collection(project, scope))
    return msgspec.json.format(encoded, indent=2) + b"\n"


def collection(project: Project, scope: Scope) -> Json:
    """The collection as a JSON-ready dict."""
    collection_id = derived_id(project.info.id, "w3c", scope.key)
    annotations = scope.annotations(project)
    items = [annotation_json(project, a) for a in annotations]
    items += [link_json(project, link) for link in links_between(project, annotations)]
    title = project.info.title or "Parallax project"
    document: Json = {
        "@context": CONTEXT,
        "id": urn(collection_id),
        "type": "AnnotationCollection",
        "label": f"{title}: {scope.label(project)}",
        "total": len(items),
        "generator": {"type": "Software", "name": f"Parallax {__version__}"},
        f"{APP_PREFIX}:articles": [_article(a) for a in scope.articles(project)],
        f"{APP_PREFIX}:codebook": [_code(c) for c in scope.codes(project)],
    }
    if items:
        document["first"] = {
            "id": urn(derived_id(collection_id, "page", "0")),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
    return document


def annotation_json(project: Project, annotation: Annotation) -> Json:
    """One annotation (without ``@context``, as an item of a page)."""
    article = project.articles.get(annotation.article)
    bodies: list[Json] = []
    for tag_id in annotation.tags:
        code = project.codes.get(tag_id)
        if code is not None:
            bodies.append({"type": "TextualBody", "purpose": "tagging", "value": code.name})
        bodies.append({"type": "SpecificResource", "purpose": "classifying", "source": urn(tag_id)})
    if annotation.note:
        comment: Json = {
            "type": "TextualBody",
            "purpose": "commenting",
            "value": annotation.note,
            "format": "text/plain",
        }
        if article is not None and article.language:
            comment["language"] = article.language
        bodies.append(comment)
    motivation = (
        "tagging" if annotation.tags else "commenting" if annotation.note else "highlighting"
    )
    item: Json = {"id": urn(annotation.id), "type": "Annotation", "motivation": motivation}
    annotator = project.annotators.get(annotation.annotator)
    if annotation.annotator is not None:
        creator: Json = {"id": urn(annotation.annotator), "type": "Person"}
        if annotator is not None:
            creator["name"] = annotator.name
        item["creator"] = creator
    item["created"] = utc_iso(annotation.created)
    item["modified"] = utc_iso(annotation.modified)
    if bodies:
        item["body"] = bodies
    item["target"] = _target(annotation, article)
    if annotation.anchor != "exact":
        item[f"{APP_PREFIX}:anchor"] = annotation.anchor
    return item


def links_between(project: Project, annotations: list[Annotation]) -> list[Link]:
    """The links whose two ends are both among ``annotations``."""
    ids = {annotation.id for annotation in annotations}
    return [link for link in project.links if link.source in ids and link.target in ids]


def link_json(project: Project, link: Link) -> Json:
    """A link as a linking annotation whose two targets are its two passages; the
    relation is its describing body. An absence (relation ``absent``) is flagged with a
    tagging body "absence" and ``parallax:absence``: its second target is an empty
    passage, where the other article would have said it."""
    bodies: list[Json] = [{"type": "TextualBody", "purpose": "describing", "value": link.relation}]
    absent = link.relation == ABSENT
    if absent:
        bodies.append({"type": "TextualBody", "purpose": "tagging", "value": "absence"})
    if link.note:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": link.note,
                "format": "text/plain",
            }
        )
    item: Json = {"id": urn(link.id), "type": "Annotation", "motivation": "linking"}
    if link.annotator is not None:
        creator: Json = {"id": urn(link.annotator), "type": "Person"}
        annotator = project.annotators.get(link.annotator)
        if annotator is not None:
            creator["name"] = annotator.name
        item["creator"] = creator
    item["created"] = utc_iso(link.created)
    item["body"] = bodies
    ends = [project.annotations[link.source], project.annotations[link.target]]
    item["target"] = [_target(end, project.articles.get(end.article)) for end in ends]
    item[f"{APP_PREFIX}:relation"] = link.relation
    if absent:
        item[f"{APP_PREFIX}:absence"] = True
    return item


def _target(annotation: Annotation, article: Article | None) -> Json:
    quote = annotation.quote
    quote_selector: Json = {"type": "TextQuoteSelector", "exact": quote.exact}
    if quote.prefix:
        quote_selector["prefix"] = quote.prefix
    if quote.suffix:
        quote_selector["suffix"] = quote.suffix
    target: Json = {"type": "SpecificResource", "source": urn(annotation.article)}
    if article is not None:
        target[f"{APP_PREFIX}:textSha256"] = article.sha256
    position = {"start": annotation.start, "end": annotation.end}
    if annotation.anchor == "orphaned":
        # The passage is no longer in the text: a position selector would select other
        # words. The quote stays the selector; the last known place is kept for Parallax.
        target["selector"] = quote_selector
        target[f"{APP_PREFIX}:lastPosition"] = position
    else:
        target["selector"] = [quote_selector, {"type": "TextPositionSelector", **position}]
    return target


def _article(article: Article) -> Json:
    described: Json = {"id": urn(article.id), _app("title"): article.title}
    for field in ("outlet", "author", "date", "url"):
        value = getattr(article, field)
        if value:
            described[_app(field)] = value
    if article.language:
        described["language"] = article.language  # dc:language in the W3C context
    described[_app("textSha256")] = article.sha256
    return described


def _code(code: Code) -> Json:
    # "name" is foaf:name in the W3C context; the rest is Parallax's own vocabulary
    described: Json = {"id": urn(code.id), "name": code.name, _app("color"): code.color}
    if code.description:
        described[_app("description")] = code.description
    if code.shortcut:
        described[_app("shortcut")] = code.shortcut
    if code.parent:
        described[_app("parent")] = {"id": urn(code.parent)}
    return described


def _app(term: str) -> str:
    """A key of Parallax's vocabulary, prefixed so JSON-LD processors keep it."""
    return f"{APP_PREFIX}:{term}"
