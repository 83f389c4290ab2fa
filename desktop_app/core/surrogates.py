"""Lone surrogates (text no UTF-8 file can hold) replaced by U+FFFD in strings and records."""

from __future__ import annotations

from typing import TypeVar

import msgspec

from desktop_app.core.project import Project
from desktop_app.core.records import Article
from desktop_app.core.text import (
    REPLACEMENT,
    has_lone_surrogates,
    replace_lone_surrogates,
    sha256_hex,
)

T = TypeVar("T")


def scrub(value: T) -> tuple[T, int]:
    """``value`` with lone surrogates replaced in every string it holds, and how many were.

    Walks strings, tuples, lists, dicts and (frozen) msgspec structs; returns ``value``
    itself when nothing needed replacing. An article whose text changes gets its SHA-256
    again (the replacement keeps every offset).
    """
    if isinstance(value, str):
        text, count = replace_lone_surrogates(value)
        return text, count  # type: ignore[return-value]
    if isinstance(value, tuple | list):
        items = [scrub(item) for item in value]
        total = sum(count for _, count in items)
        if not total:
            return value, 0
        return type(value)(item for item, _ in items), total
    if isinstance(value, dict):
        pairs = [(scrub(key), scrub(item)) for key, item in value.items()]
        total = sum(k[1] + v[1] for k, v in pairs)
        if not total:
            return value, 0
        return {k[0]: v[0] for k, v in pairs}, total  # type: ignore[return-value]
    if isinstance(value, msgspec.Struct):
        changes: dict[str, object] = {}
        total = 0
        for name in value.__struct_fields__:
            item, count = scrub(getattr(value, name))
            if count:
                changes[name] = item
                total += count
        if not total:
            return value, 0
        if isinstance(value, Article) and "text" in changes:
            changes["sha256"] = sha256_hex(str(changes["text"]))
        return msgspec.structs.replace(value, **changes), total
    return value, 0


def may_hold_lone_surrogates(records: object) -> bool:
    """False only when ``records`` surely hold no lone surrogate (checked at C speed).

    The records are encoded as JSON: an encoder refuses a lone surrogate (or, were one to
    change, would write it as a ``\\udXXX`` escape, which valid text never needs). Any
    failure at all counts as "maybe", so nothing depends on how the encoder reports it.
    """
    try:
        encoded = msgspec.json.encode(records)
    except Exception:
        return True
    return b"\\ud" in encoded or b"\\uD" in encoded


def scrub_project(project: Project) -> tuple[Project, int]:
    """``project`` itself when it holds no lone surrogate, else a cleaned copy, and the count.

    Cheap for a clean project (one JSON encoding in C); the walk over every string only
    runs when there may be something to replace.
    """
    if not may_hold_lone_surrogates(
        [
            project.info,
            list(project.articles),
            list(project.codes),
            list(project.annotators),
            list(project.annotations),
            list(project.links),
        ]
    ):
        return project, 0
    info, in_info = scrub(project.info)
    articles, in_articles = scrub(list(project.articles))
    codes, in_codes = scrub(list(project.codes))
    annotators, in_annotators = scrub(list(project.annotators))
    annotations, in_annotations = scrub(list(project.annotations))
    links, in_links = scrub(list(project.links))
    total = in_info + in_articles + in_codes + in_annotators + in_annotations + in_links
    if not total:
        return project, 0
    cleaned = Project(
        info=info,
        articles=articles,
        codes=codes,
        annotators=annotators,
        annotations=annotations,
        links=links,
    )
    return cleaned, total


__all__ = [
    "REPLACEMENT",
    "has_lone_surrogates",
    "replace_lone_surrogates",
    "scrub",
    "scrub_project",
]
