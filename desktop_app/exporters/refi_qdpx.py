"""REFI-QDA project export (``.qdpx``): ``project.qde`` plus ``sources/<guid>.txt``.

The same UUIDs as everywhere: article id = ``TextSource/@guid``, annotation id =
``PlainTextSelection/@guid``, code id = ``Code/@guid``, annotator id = ``User/@guid``.
Positions are code points of the canonical text, which is written UTF-8, LF, no BOM. A
note is written twice (formats.md section 6): as the selection's ``Description``, which
QualCoder reads, and as a ``Note`` referenced by ``NoteRef``, which the standard names.
Article metadata (outlet, author, date, URL, language) become text variables. Orphaned
annotations have no place in the text, so they are left out.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import msgspec
from lxml import etree

from desktop_app import __version__
from desktop_app.core.project import Project
from desktop_app.core.records import Annotation, Article, Link
from desktop_app.exporters.refi_qdc import add_code_tree, to_bytes, xml_safe
from desktop_app.exporters.scope import ExportOptions, Scope, derived_id, utc_iso

PROJECT_NS = "urn:QDA-XML:project:1.0"
#: Article fields carried as REFI-QDA text variables, with the variable's name.
ARTICLE_VARIABLES: tuple[tuple[str, str], ...] = (
    ("outlet", "Outlet"),
    ("author", "Author"),
    ("date", "Date"),
    ("url", "URL"),
    ("language", "Language"),
)


def _tag(name: str) -> str:
    return f"{{{PROJECT_NS}}}{name}"


def variable_id(field: str) -> str:
    """The fixed GUID of the variable carrying an article field."""
    return derived_id("refi-variable", field)


def coding_id(annotation_id: str, code_id: str) -> str:
    """The GUID of the coding of one annotation with one code."""
    return derived_id(annotation_id, "coding", code_id)


def note_id(record_id: str) -> str:
    """The GUID of the Note holding a record's note."""
    return derived_id(record_id, "note")


def export(project: Project, scope: Scope, options: ExportOptions) -> bytes:
    """The QDPX archive (a ZIP) of the articles and annotations in scope."""
    articles = scope.articles(project)
    buffer = io.BytesIO()
    stamp = project.info.modified.timetuple()[:6]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        entries = [("project.qde", project_qde(project, scope))]
        entries += [(f"sources/{a.id}.txt", a.text.encode("utf-8")) for a in articles]
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=max(stamp, (1980, 1, 1, 0, 0, 0)))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def project_qde(project: Project, scope: Scope) -> bytes:
    """The ``project.qde`` document."""
    articles = scope.articles(project)
    annotations = [a for a in scope.annotations(project) if _placed(a, project)]
    annotators = list(project.annotators)
    known_users = {a.id for a in annotators}
    root = etree.Element(_tag("Project"), nsmap={None: PROJECT_NS})
    root.set("name", xml_safe(project.info.title) or "Parallax project")
    root.set("origin", f"Parallax {__version__}")
    if annotators:
        root.set("creatingUserGUID", annotators[0].id)
    root.set("creationDateTime", utc_iso(project.info.created))
    root.set("modifiedDateTime", utc_iso(project.info.modified))
    if annotators:
        users = etree.SubElement(root, _tag("Users"))
        for annotator in annotators:
            etree.SubElement(users, _tag("User"), guid=annotator.id, name=xml_safe(annotator.name))
    codes = scope.codes(project)
    if codes:
        add_code_tree(etree.SubElement(root, _tag("CodeBook")), PROJECT_NS, codes)
    used = [(f, n) for f, n in ARTICLE_VARIABLES if any(getattr(a, f) for a in articles)]
    if used:
        variables = etree.SubElement(root, _tag("Variables"))
        for field, name in used:
            etree.SubElement(
                variables,
                _tag("Variable"),
                guid=variable_id(field),
                name=name,
                typeOfVariable="Text",
            )
    by_article: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        by_article.setdefault(annotation.article, []).append(annotation)
    if articles:
        sources = etree.SubElement(root, _tag("Sources"))
        for article in articles:
            _add_source(sources, article, by_article.get(article.id, []), used, known_users)
    noted = [a for a in annotations if a.note]
    exported_ids = {a.id for a in annotations}
    links = [
        link
        for link in project.links
        if link.source in exported_ids and link.target in exported_ids
    ]
    link_notes = {link.id: _link_note(project, link) for link in links}
    if noted or any(link_notes.values()):
        notes = etree.SubElement(root, _tag("Notes"))
        for annotation in noted:
            user = annotation.annotator if annotation.annotator in known_users else None
            _add_note(notes, annotation.id, annotation.note, user, annotation.modified)
        for link in links:
            if link_notes[link.id]:
                _add_note(notes, link.id, link_notes[link.id], None, link.created)
    if links:
        container = etree.SubElement(root, _tag("Links"))
        for link in links:
            element = etree.SubElement(
                container,
                _tag("Link"),
                guid=link.id,
                name=xml_safe(link.relation),
                direction="Associative",
                originGUID=link.source,
                targetGUID=link.target,
            )
            if link_notes[link.id]:
                etree.SubElement(element, _tag("NoteRef"), targetGUID=note_id(link.id))
    return to_bytes(root)


def _link_note(project: Project, link: Link) -> str:
    """A link's note; for an absence, a first line saying so (REFI-QDA has no absences)."""
    from desktop_app.core.link_edits import ABSENT

    if link.relation != ABSENT:
        return link.note
    target = project.annotations.get(link.target)
    codes = [project.codes[t].name for t in (target.tags if target else ()) if t in project.codes]
    flag = "Absence: the target source is silent on the origin passage"
    flag += f" (code: {', '.join(codes)})." if codes else "."
    return f"{flag}\n{link.note}" if link.note else flag


def _placed(annotation: Annotation, project: Project) -> bool:
    article = project.articles.get(annotation.article)
    return (
        annotation.anchor != "orphaned"
        and article is not None
        and annotation.end <= len(article.text)
    )


def _add_source(
    sources: etree._Element,
    article: Article,
    annotations: list[Annotation],
    variables: list[tuple[str, str]],
    known_users: set[str],
) -> None:
    source = etree.SubElement(
        sources, _tag("TextSource"), guid=article.id, name=xml_safe(article.title)
    )
    source.set("plainTextPath", f"internal://{article.id}.txt")
    if article.note:
        etree.SubElement(source, _tag("Description")).text = xml_safe(article.note)
    for annotation in annotations:
        if annotation.annotator not in known_users:  # refer only to listed users
            annotation = msgspec.structs.replace(annotation, annotator=None)
        selection = etree.SubElement(source, _tag("PlainTextSelection"), guid=annotation.id)
        selection.set("name", xml_safe(annotation.quote.exact))
        selection.set("startPosition", str(annotation.start))
        selection.set("endPosition", str(annotation.end))
        _set_user(selection, "creatingUser", annotation.annotator)
        selection.set("creationDateTime", utc_iso(annotation.created))
        _set_user(selection, "modifyingUser", annotation.annotator)
        selection.set("modifiedDateTime", utc_iso(annotation.modified))
        if annotation.note:
            etree.SubElement(selection, _tag("Description")).text = xml_safe(annotation.note)
        for code_id in annotation.tags:
            coding = etree.SubElement(
                selection, _tag("Coding"), guid=coding_id(annotation.id, code_id)
            )
            _set_user(coding, "creatingUser", annotation.annotator)
            coding.set("creationDateTime", utc_iso(annotation.created))
            etree.SubElement(coding, _tag("CodeRef"), targetGUID=code_id)
        if annotation.note:
            etree.SubElement(selection, _tag("NoteRef"), targetGUID=note_id(annotation.id))
    for field, _name in variables:
        value = getattr(article, field)
        if value:
            holder = etree.SubElement(source, _tag("VariableValue"))
            etree.SubElement(holder, _tag("VariableRef"), targetGUID=variable_id(field))
            etree.SubElement(holder, _tag("TextValue")).text = xml_safe(value)


def _add_note(
    notes: etree._Element, record_id: str, text: str, user: str | None, moment: datetime
) -> None:
    note = etree.SubElement(notes, _tag("Note"), guid=note_id(record_id))
    note.set("name", xml_safe(_note_name(text)))
    _set_user(note, "creatingUser", user)
    note.set("creationDateTime", utc_iso(moment))
    etree.SubElement(note, _tag("PlainTextContent")).text = xml_safe(text)


def _note_name(text: str) -> str:
    first_line = text.strip().splitlines()[0] if text.strip() else "Note"
    return first_line if len(first_line) <= 60 else first_line[:59] + "…"


def _set_user(element: etree._Element, attribute: str, user: str | None) -> None:
    if user is not None:
        element.set(attribute, user)
