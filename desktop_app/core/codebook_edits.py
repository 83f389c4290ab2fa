"""The codebook as undoable edits: add, rename, recolour, describe, move, nest, merge, delete.

Each function checks its input against the project, raising :class:`CodebookError` with a
reason in words for the user, and returns the :class:`~desktop_app.core.edits.Edit` that
makes the change (None when nothing would change). The codebook's order is the order of
``project.codes``; a code's ``parent`` nests it. No edit ever leaves an annotation tagged
with a missing code, nor a parent cycle.
"""

from __future__ import annotations

import re
from datetime import datetime

import msgspec

from desktop_app.core.annotation_edits import remove_annotations
from desktop_app.core.codebook import next_colour
from desktop_app.core.edits import Compound, Edit, Insert, Remove, Replace
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Code, new_id, utc_now

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class CodebookError(ValueError):
    """A codebook change that cannot be made; the message says why, for the user."""


# -- questions ---------------------------------------------------------------------------


def annotation_count(project: Project, code_id: str) -> int:
    """How many annotations carry the code."""
    return sum(1 for a in project.annotations if code_id in a.tags)


def children_of(project: Project, parent_id: str | None) -> list[Code]:
    """The codes directly under ``parent_id`` (top-level codes for None), in codebook order."""
    return [c for c in project.codes if c.parent == parent_id]


def ancestors(project: Project, code_id: str) -> list[str]:
    """Ids of the code's parent, grandparent… (nearest first; stops at a repeat)."""
    chain: list[str] = []
    code = project.codes.get(project.codes[code_id].parent)
    while code is not None and code.id not in chain and code.id != code_id:
        chain.append(code.id)
        code = project.codes.get(code.parent)
    return chain


def descendants(project: Project, code_id: str) -> set[str]:
    """Ids of every code nested (at any depth) under the code."""
    return {c.id for c in project.codes if code_id in ancestors(project, c.id)}


def checked_name(project: Project, name: str, code_id: str | None = None) -> str:
    """``name`` without surrounding white space, if no other code has it (case-insensitive)."""
    name = " ".join(name.split())
    if not name:
        raise CodebookError("A code needs a name.")
    existing = project.code_by_name(name)
    if existing is not None and existing.id != code_id:
        raise CodebookError(f"There is already a code named “{existing.name}”.")
    return name


def shortcut_keys(shortcut: str) -> tuple[str, ...]:
    """The keys of a portable key sequence ("Ctrl+K, 1" -> ("ctrl+k", "1")), folded."""
    return tuple(k.replace(" ", "").casefold() for k in shortcut.split(",") if k.strip())


def shortcut_owner(project: Project, shortcut: str, code_id: str | None = None) -> Code | None:
    """Another code whose shortcut equals ``shortcut`` or starts one with it (or vice versa).

    Sequences sharing a prefix are ambiguous to type, so they clash as well.
    """
    keys = shortcut_keys(shortcut)
    if not keys:
        return None
    for code in project.codes:
        other = shortcut_keys(code.shortcut)
        if code.id == code_id or not other:
            continue
        shorter = min(len(keys), len(other))
        if keys[:shorter] == other[:shorter]:
            return code
    return None


# -- single-field edits ------------------------------------------------------------------


def add_code(
    project: Project,
    name: str,
    *,
    colour: str | None = None,
    description: str = "",
    shortcut: str = "",
    parent: str | None = None,
    code_id: str | None = None,
) -> Edit:
    """A new code at the end of the codebook (or of ``parent``'s children).

    Its colour is the first palette colour no code uses, unless ``colour`` is given.
    """
    name = checked_name(project, name)
    if parent is not None and parent not in project.codes:
        raise CodebookError("The parent code is not in the codebook.")
    colour = _checked_colour(colour) if colour else next_colour({c.color for c in project.codes})
    shortcut = _checked_shortcut(project, shortcut, None)
    code = Code(
        id=code_id or new_id(),
        name=name,
        color=colour,
        description=description.strip(),
        shortcut=shortcut,
        parent=parent,
    )
    return Insert(f"Add code “{name}”", code, _row_after_subtree(project, parent))


def rename_code(project: Project, code_id: str, name: str) -> Edit | None:
    """Rename a code; None when the name is unchanged."""
    code = project.codes[code_id]
    name = checked_name(project, name, code_id)
    if name == code.name:
        return None
    return _replace(project, code, f"Rename “{code.name}” to “{name}”", name=name)


def recolour_code(project: Project, code_id: str, colour: str) -> Edit | None:
    """Give a code another colour (``#RRGGBB``); None when unchanged."""
    code = project.codes[code_id]
    colour = _checked_colour(colour)
    if colour.upper() == code.color.upper():
        return None
    return _replace(project, code, f"Recolour “{code.name}”", color=colour)


def describe_code(project: Project, code_id: str, description: str) -> Edit | None:
    """Set a code's description (its definition); None when unchanged."""
    code = project.codes[code_id]
    description = description.strip()
    if description == code.description:
        return None
    return _replace(project, code, f"Describe “{code.name}”", description=description)


def set_shortcut(project: Project, code_id: str, shortcut: str) -> Edit | None:
    """Assign a keyboard shortcut (portable text, "" for none); None when unchanged.

    Refused when another code's shortcut equals it or shares a prefix with it. Whether the
    keys parse and are free in the app is the UI's to check.
    """
    code = project.codes[code_id]
    shortcut = _checked_shortcut(project, shortcut, code_id)
    if shortcut == code.shortcut:
        return None
    label = f"Set shortcut of “{code.name}”" if shortcut else f"Clear shortcut of “{code.name}”"
    return _replace(project, code, label, shortcut=shortcut)


# -- order and nesting -------------------------------------------------------------------


def move_code(project: Project, code_id: str, index: int) -> Edit | None:
    """Move a code to row ``index`` of the codebook (clamped); None when it is already there."""
    code = project.codes[code_id]
    row = project.codes.row(code_id)
    index = max(0, min(index, len(project.codes) - 1))
    if index == row:
        return None
    label = f"Move “{code.name}”"
    return Compound(label, (Remove(label, code, row), Insert(label, code, index)))


def move_among_siblings(project: Project, code_id: str, step: int) -> Edit | None:
    """Move a code up (``step`` < 0) or down among the codes sharing its parent.

    None when it is already first (or last).
    """
    code = project.codes[code_id]
    siblings = [c.id for c in children_of(project, code.parent)]
    place = siblings.index(code_id)
    target = place + step
    if step == 0 or not 0 <= target < len(siblings):
        return None
    # Removing the code first shifts later rows up by one, so a move down lands after the
    # sibling's row exactly; a move up takes the sibling's row.
    return move_code(project, code_id, project.codes.row(siblings[target]))


def set_parent(project: Project, code_id: str, parent_id: str | None) -> Edit | None:
    """Nest a code under ``parent_id`` (None: make it top-level); refuses cycles.

    None when the parent is unchanged.
    """
    code = project.codes[code_id]
    if parent_id == code.parent:
        return None
    if parent_id is not None:
        parent = project.codes.get(parent_id)
        if parent is None:
            raise CodebookError("The parent code is not in the codebook.")
        if parent_id == code_id or parent_id in descendants(project, code_id):
            raise CodebookError(f"“{code.name}” cannot be nested inside itself.")
        label = f"Nest “{code.name}” under “{parent.name}”"
    else:
        label = f"Make “{code.name}” a top-level code"
    return _replace(project, code, label, parent=parent_id)


def place_code(
    project: Project, code_id: str, parent_id: str | None, row: int | None = None
) -> Edit | None:
    """Put a code under ``parent_id`` at ``row`` among its children, as one undo step.

    ``row`` counts the parent's children as they are now, the code included when it is
    one of them (where a drag and drop lands); None puts it last. Refuses cycles; None
    when the code is already there.
    """
    nest = set_parent(project, code_id, parent_id)
    shown = [c.id for c in children_of(project, parent_id)]
    if row is None:
        row = len(shown)
    row = max(0, min(row, len(shown)))
    if code_id in shown and shown.index(code_id) < row:
        row -= 1  # the code leaves its own place before it lands
    siblings = [i for i in shown if i != code_id]
    if row < len(siblings):
        target = project.codes.row(siblings[row])
    elif siblings:
        family = descendants(project, siblings[-1]) | {siblings[-1]}
        target = max(project.codes.row(i) for i in family) + 1
    else:
        target = project.codes.row(parent_id) + 1 if parent_id is not None else len(project.codes)
    current = project.codes.row(code_id)
    move = move_code(project, code_id, target - 1 if current < target else target)
    steps = tuple(e for e in (move, nest) if e is not None)  # move the old record, then re-nest
    if not steps:
        return None
    label = steps[-1].label if nest is None else nest.label
    return steps[0] if len(steps) == 1 else Compound(label, steps)


# -- merge and delete --------------------------------------------------------------------


def merge_codes(
    project: Project, merged_id: str, survivor_id: str, *, now: datetime | None = None
) -> Edit:
    """Merge one code into another, as one undo step.

    Annotations carrying the merged code carry the survivor instead (never twice); the
    merged code's children move under the survivor; then the merged code is removed. When
    the survivor is nested inside the merged code, it first takes the merged code's place.
    """
    merged = project.codes[merged_id]
    survivor = project.codes[survivor_id]
    if merged_id == survivor_id:
        raise CodebookError("A code cannot be merged into itself.")
    now = now or utc_now()
    label = f"Merge “{merged.name}” into “{survivor.name}”"
    edits: list[Edit] = []
    for annotation in project.annotations:
        if merged_id in annotation.tags:
            tags = tuple(
                dict.fromkeys(survivor_id if t == merged_id else t for t in annotation.tags)
            )
            edits.append(_retag(annotation, tags, label, now))
    if merged_id in ancestors(project, survivor_id):
        edits.append(
            Replace(label, survivor, msgspec.structs.replace(survivor, parent=merged.parent))
        )
    for child in children_of(project, merged_id):
        if child.id != survivor_id:
            edits.append(Replace(label, child, msgspec.structs.replace(child, parent=survivor_id)))
    edits.append(Remove.of(project, merged, label))
    return Compound(label, tuple(edits))


def delete_code(project: Project, code_id: str, *, now: datetime | None = None) -> Edit:
    """Delete a code, as one undo step.

    Annotations lose the tag; one left with no tag and no note is removed (with its links).
    The code's children move up to the code's parent. Ask the user first, saying
    :func:`annotation_count`.
    """
    code = project.codes[code_id]
    now = now or utc_now()
    label = f"Delete code “{code.name}”"
    edits: list[Edit] = []
    emptied: list[Annotation] = []
    for annotation in project.annotations:
        if code_id not in annotation.tags:
            continue
        tags = tuple(t for t in annotation.tags if t != code_id)
        if tags or annotation.note:
            edits.append(_retag(annotation, tags, label, now))
        else:
            emptied.append(annotation)
    edits += remove_annotations(project, emptied, label)
    for child in children_of(project, code_id):
        edits.append(Replace(label, child, msgspec.structs.replace(child, parent=code.parent)))
    edits.append(Remove.of(project, code, label))
    return Compound(label, tuple(edits))


# -- helpers -----------------------------------------------------------------------------


def _replace(project: Project, code: Code, label: str, **changes: object) -> Edit:
    return Replace(label, code, msgspec.structs.replace(code, **changes))


def _retag(annotation: Annotation, tags: tuple[str, ...], label: str, now: datetime) -> Edit:
    return Replace(label, annotation, msgspec.structs.replace(annotation, tags=tags, modified=now))


def _checked_colour(colour: str) -> str:
    colour = colour.strip()
    if not _COLOUR.match(colour):
        raise CodebookError(f"“{colour}” is not a colour like #E69F00.")
    return colour.upper()


def _checked_shortcut(project: Project, shortcut: str, code_id: str | None) -> str:
    shortcut = shortcut.strip()
    owner = shortcut_owner(project, shortcut, code_id)
    if owner is not None:
        raise CodebookError(f"“{owner.shortcut}” already tags with “{owner.name}”.")
    return shortcut


def _row_after_subtree(project: Project, parent: str | None) -> int | None:
    """Where a new child of ``parent`` goes: after the parent's last descendant."""
    if parent is None:
        return None
    family = descendants(project, parent) | {parent}
    return max(project.codes.row(i) for i in family) + 1
