"""The project file encoder as it was before records were cached: the format's specification."""

from __future__ import annotations

import msgspec

from desktop_app.core.project import Project
from desktop_app.storage.project_file import to_file

_ENCODER = msgspec.json.Encoder()
_ONE_PER_LINE = frozenset({"annotations", "links", "rejections"})
_OPTIONAL = frozenset({"rejections"})
_ITEM_SEAM = b'},{"id":"'


def reference_encode(project: Project) -> bytes:
    """The file bytes of ``project``, encoded from scratch the way every release wrote them."""
    return reference_encode_file(to_file(project))


def reference_encode_file(data: msgspec.Struct) -> bytes:
    """The file bytes of a file struct (``ProjectFile`` or one with more fields)."""
    encode_item = _ENCODER.encode
    chunks: list[bytes | memoryview] = [b"{\n"]
    fields = tuple(
        name for name in data.__struct_fields__ if name not in _OPTIONAL or getattr(data, name)
    )
    for position, name in enumerate(fields):
        value = getattr(data, name)
        end = b",\n" if position < len(fields) - 1 else b"\n"
        chunks.append(b'  "' + name.encode() + b'": ')
        if isinstance(value, list):
            if not value:
                chunks += [b"[]", end]
            elif name in _ONE_PER_LINE:
                chunks += [b"[\n    ", _one_per_line(encode_item(value)), b"\n  ]", end]
            else:
                items = b",\n".join(_indented(encode_item(item), 4) for item in value)
                chunks += [b"[\n", items, b"\n  ]", end]
        elif isinstance(value, msgspec.Struct):
            chunks += [_indented(encode_item(value), 2).lstrip(), end]
        else:
            chunks += [encode_item(value), end]
    chunks.append(b"}\n")
    return b"".join(chunks)


def _one_per_line(compact_list: bytes) -> memoryview:
    return memoryview(compact_list.replace(_ITEM_SEAM, b'},\n    {"id":"'))[1:-1]


def _indented(compact: bytes, depth: int) -> bytes:
    pad = b" " * depth
    return pad + msgspec.json.format(compact, indent=2).replace(b"\n", b"\n" + pad)
