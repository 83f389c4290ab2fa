"""Quote only, one at a time: a passage in a section that now stands twice side by side.

Editors make a new section from an old one: they paste a whole section (a heading, its
text, its list) again right beside itself and correct one copy's figures (the heading
renumbered, a quantity in each line one up). Placed in a batch, the passages after the
pair tell that a copy was put in (``core.quote_only_cloned_blocks``); placed alone, a
passage has no neighbours, and its quote with its stored context reads word for word on
the copy that kept the old wording, which is as likely the copy put in as the original.
Entries of one template (a register's, a listing's, a timetable's: a paragraph each, or a
few paragraphs alike) stand side by side alike but for figures in many texts as written;
a stretch of :data:`SECTION_PARAGRAPHS` or more paragraphs unlike each other standing
twice so, figures aside, is a section copied whole. A placement inside such a run, or
across its edge, goes to review, its best guess kept: which copy holds the passage, the
text alone does not say. A placement that holds the whole run holds every copy, whichever
was put in, and stands.
"""

from __future__ import annotations

from functools import lru_cache

from desktop_app.core.quote_only_cloned_blocks import BREAK, TwinRun, twin_runs
from desktop_app.core.quote_only_figures import masked
from desktop_app.core.quote_search import PLACED_STATES, Placement

#: Fewest paragraphs of a block, unlike each other figures aside, for a run of its twins to
#: be a section copied whole (a heading, its text and its list) and not entries of one
#: template.
SECTION_PARAGRAPHS = 3


@lru_cache(maxsize=2)
def twin_sections(text: str) -> tuple[TwinRun, ...]:
    """The runs of ``text``'s twin blocks (``quote_only_cloned_blocks.twin_runs``) whose
    blocks are of :data:`SECTION_PARAGRAPHS` paragraphs or more, unlike each other with
    every figure read as any other."""
    sections: list[TwinRun] = []
    for run in twin_runs(text):
        paragraphs = masked(text[run.start : run.end]).split(BREAK)
        block = paragraphs[: len(paragraphs) // run.blocks]
        if len(block) >= SECTION_PARAGRAPHS and len(set(block)) == len(block):
            sections.append(run)
    return tuple(sections)


def review_in_a_twin_section(text: str, placement: Placement) -> Placement:
    """``placement``, sent to review (its best guess kept) when it lies inside or across
    the edge of a run of twin sections of ``text`` (:func:`twin_sections`) without holding
    the whole run."""
    if placement.state not in PLACED_STATES:
        return placement
    if any(
        run.holds_part_of(placement) and not run.held_whole_by(placement)
        for run in twin_sections(text)
    ):
        return placement._replace(state="review")
    return placement
