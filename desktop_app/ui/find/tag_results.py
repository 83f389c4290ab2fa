"""Tag All for find results, shared by the find bar and Find in All Articles: ask, then one undo."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app.core.edits import Compound
from desktop_app.core.search import Hit, tag_all
from desktop_app.core.wording import counted
from desktop_app.ui.classroom.coder import user_annotator
from desktop_app.ui.shell.settings import load_user_name

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import Host


def tag_results(host: Host, hits: Sequence[Hit], code_id: str) -> bool:
    """Tag every hit with a code after the user confirms; True if anything was tagged."""
    project = host.document.project
    if not hits or code_id not in project.codes:
        return False
    name = project.codes[code_id].name
    annotator, adding = user_annotator(project, load_user_name())  # who is coding
    plan = tag_all(project, hits, code_id, annotator=annotator)
    if plan.edit is None:
        host.announce(f"Every result already carries “{name}”.", 4000)
        return False
    message = (
        f"Tag {counted(plan.passages, 'passage')} in {counted(plan.articles, 'article')} "
        f"with “{name}”?"
    )
    if plan.skipped:
        message += (
            f"\n\n{counted(plan.skipped, 'result')} already tagged “{name}” stay as they are."
        )
    message += "\n\nOne Undo takes it all back."
    if not host.prompter.confirm("Tag all results", message, f"Tag {plan.passages}"):
        return False
    host.document.push(
        plan.edit if adding is None else Compound(plan.edit.label, (adding, plan.edit))
    )
    host.announce(f"Tagged {counted(plan.passages, 'passage')} “{name}”.", 4000)
    return True
