"""A project whose every string holds markup, and a watch on the file its images name."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.core.codebook import PALETTE
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
    new_id,
)
from desktop_app.core.text import canonicalize, sha256_hex

#: What Qt would take for rich text: an image read from disk, emphasis, a link, a table,
#: an entity, a mnemonic marker and the window-title placeholder.
MARKUP = (
    '<img src="{src}"> <b>bold</b> <a href="https://example.org/x">link</a> '
    "<table><tr><td>cell</td></tr></table> &amp; R&D [*]"
)
#: A file name cannot hold "/": its image is named relative to the working folder.
FILE_NAME = '<img src="canary.png"> <b>bold &amp; R&D [*].parallax.json'
WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def hostile(src: str, what: str) -> str:
    """Markup naming the image ``src``, then which field it is (to tell them apart)."""
    return f"{MARKUP.format(src=src)} {what}"


def article_text(src: str, what: str) -> str:
    """Paragraphs of markup: the passages annotated are markup too."""
    return canonicalize(
        f"{hostile(src, what + ' heading')}\n\n"
        f"First paragraph: {hostile(src, 'quoted passage')} ends here.\n\n"
        "Second paragraph, plain words about the event and what happened next.\n"
    )


def hostile_project(src: str) -> Project:
    """Every string field of every kind of record holds markup naming the image ``src``."""
    info = ProjectInfo(id=new_id(), title=hostile(src, "project"), created=WHEN, modified=WHEN)
    annotator = Annotator(id=new_id(), name=hostile(src, "annotator"))
    codes = [
        Code(
            id=new_id(),
            name=hostile(src, f"code {number}"),
            color=PALETTE[number],
            description=hostile(src, f"description {number}"),
            shortcut=shortcut,
        )
        for number, shortcut in ((0, "1"), (1, ""))
    ]
    articles = []
    for number in (1, 2):
        text = article_text(src, f"article {number}")
        articles.append(
            Article(
                id=new_id(),
                title=hostile(src, f"title {number}"),
                text=text,
                sha256=sha256_hex(text),
                outlet=hostile(src, "outlet"),
                author=hostile(src, "author"),
                date=hostile(src, "date"),
                date_kind="event" if number == 2 else "published",
                url=hostile(src, "url"),
                language=hostile(src, "language"),
                source_file=hostile(src, "source file"),
                source_format=hostile(src, "source format"),
                note=hostile(src, "article note") + "\nsecond line",
                note_modified=WHEN,
            )
        )
    annotations = []
    for article in articles:
        exact = hostile(src, "quoted passage")
        start = article.text.index(exact)
        annotations.append(
            Annotation(
                id=new_id(),
                article=article.id,
                position=TextPosition(start, start + len(exact)),
                quote=TextQuote(exact, article.text[max(0, start - 32) : start], " ends here."),
                tags=tuple(code.id for code in codes),
                note=hostile(src, "annotation note") + "\nsecond line",
                annotator=annotator.id,
                created=WHEN,
                modified=WHEN,
            )
        )
    annotations.append(  # a passage no longer in the text: listed with the orphans
        Annotation(
            id=new_id(),
            article=articles[0].id,
            position=TextPosition(0, 0),
            quote=TextQuote(hostile(src, "orphaned quote"), "", ""),
            tags=(codes[1].id,),
            note=hostile(src, "orphan note"),
            annotator=annotator.id,
            created=WHEN,
            modified=WHEN,
            anchor="orphaned",
        )
    )
    link = Link(
        id=new_id(),
        source=annotations[0].id,
        target=annotations[1].id,
        relation=hostile(src, "relation"),
        note=hostile(src, "link note"),
        created=WHEN,
    )
    return Project(
        info=info,
        articles=articles,
        codes=codes,
        annotators=[annotator],
        annotations=annotations,
        links=[link],
    )


class FileWatch:
    """Every open or read of one file, by any process, seen through Linux inotify."""

    IN_ACCESS = 0x001
    IN_OPEN = 0x020
    EVENT = struct.Struct("iIII")

    def __init__(self, path: Path) -> None:
        if not sys.platform.startswith("linux"):
            raise OSError("inotify is Linux only")
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        watch = libc.inotify_add_watch(self.fd, os.fsencode(path), self.IN_OPEN | self.IN_ACCESS)
        if watch < 0:
            os.close(self.fd)
            raise OSError(ctypes.get_errno(), "inotify_add_watch")

    def events(self) -> list[str]:
        """What happened to the file since the last call ("open", "access")."""
        seen: list[str] = []
        while True:
            try:
                data = os.read(self.fd, 4096)
            except BlockingIOError:
                return seen
            offset = 0
            while offset < len(data):
                _wd, mask, _cookie, length = self.EVENT.unpack_from(data, offset)
                offset += self.EVENT.size + length
                if mask & self.IN_OPEN:
                    seen.append("open")
                if mask & self.IN_ACCESS:
                    seen.append("access")

    def close(self) -> None:
        os.close(self.fd)
