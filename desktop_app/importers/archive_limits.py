"""Zip archives (QDPX, DOCX, EPUB) read within bounds: unpacked bytes counted, headers untrusted."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.importers.base import ImportFailed

#: Most bytes all members read from one archive may unpack to, together.
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
#: Most bytes one member may unpack to per byte stored, once it is past
#: :data:`RATIO_FREE_BYTES` (text and XML compress 5-20 times; bombs, thousands of times).
MAX_RATIO = 200
#: A member may unpack to this much whatever its ratio (small files compress oddly).
RATIO_FREE_BYTES = 1024 * 1024
#: Most bytes one member read into memory may unpack to (a chapter, a source, project.qde).
MAX_MEMBER_BYTES = 128 * 1024 * 1024
#: Most members an archive may list.
MAX_MEMBERS = 20_000
#: Most elements parsed from all the XML and HTML of one file, together.
MAX_ELEMENTS = 2_000_000
_CHUNK = 256 * 1024


@dataclass
class ArchiveBudget:
    """What one archive may still unpack; every read through it counts real bytes."""

    path: Path
    total: int = field(default_factory=lambda: MAX_UNPACKED_BYTES)
    ratio: int = field(default_factory=lambda: MAX_RATIO)
    elements: int = field(default_factory=lambda: MAX_ELEMENTS)
    #: Most bytes one member read into memory may hold.
    member_limit: int = field(default_factory=lambda: MAX_MEMBER_BYTES)
    unpacked: int = 0
    parsed_elements: int = 0

    def open(self, archive: zipfile.ZipFile) -> zipfile.ZipFile:
        """``archive``, once its member list is checked for size."""
        if len(archive.infolist()) > MAX_MEMBERS:
            raise self._refuse(f"it lists over {MAX_MEMBERS:,} files")
        return archive

    def read(self, archive: zipfile.ZipFile, name: str | zipfile.ZipInfo) -> bytes:
        """The member ``name`` unpacked, stopping as soon as a limit is passed.

        The sizes in the archive's header are not believed: bytes are counted as they
        come out of the decompressor, against the archive's total and the member's ratio
        to the bytes it takes in the file.
        """
        chunks: list[bytes] = []
        self._stream(archive, name, chunks.append, self.member_limit)
        return b"".join(chunks)

    def check_all(self, archive: zipfile.ZipFile) -> None:
        """Unpack every member (keeping nothing) to prove the archive stays in bounds.

        For libraries that unpack an archive by themselves (python-docx reads every part).
        """
        self.open(archive)
        for info in archive.infolist():
            if not info.is_dir():
                self._stream(archive, info, lambda _chunk: None, self.total)

    def count_elements(self, count: int) -> None:
        """Count ``count`` more parsed elements; :class:`ImportFailed` past the limit."""
        self.parsed_elements += count
        if self.parsed_elements > self.elements:
            raise self._refuse(f"it holds over {self.elements:,} elements")

    def _stream(
        self,
        archive: zipfile.ZipFile,
        name: str | zipfile.ZipInfo,
        keep: Callable[[bytes], object],
        limit: int,
    ) -> None:
        info = name if isinstance(name, zipfile.ZipInfo) else archive.getinfo(name)
        allowed = min(limit, max(RATIO_FREE_BYTES, self.ratio * max(info.compress_size, 1)))
        produced = 0
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                produced += len(chunk)
                self.unpacked += len(chunk)
                if self.unpacked > self.total:
                    raise self._refuse(f"it unpacks to over {self.total // 2**20:,} MB")
                if produced > allowed:
                    raise self._refuse(
                        f"{info.filename} unpacks to over {self.ratio} times its stored size"
                        if produced > RATIO_FREE_BYTES and allowed < limit
                        else f"{info.filename} unpacks to over {limit // 2**20:,} MB"
                    )
                keep(chunk)

    def _refuse(self, why: str) -> ImportFailed:
        from desktop_app.importers.base import ImportFailed

        return ImportFailed(
            f"{self.path.name}: refused, {why} (a damaged file or a zip bomb); nothing was imported"
        )


def count_tree(budget: ArchiveBudget, root: object) -> None:
    """Count the elements of a parsed lxml tree against ``budget``."""
    iterate = getattr(root, "iter", None)
    if iterate is not None:
        budget.count_elements(sum(1 for _ in iterate()))
