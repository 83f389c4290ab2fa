"""Heavy rewording for the third-round fresh families (no test here): how an editor, or a
translation there and back, says again in other words the sentences that the fresh3
texts repeat or nearly repeat. Names and figures are kept (as regex groups, with their
origin); the words around them are typed anew.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh3_edits import Edit, apply
from tests.storage.edit_simulation import TrackedText

#: A sentence (a pattern, its names and figures as groups, in order) and its rewording
#: ({1}, {2}... stand for the groups, in the same order).
REWORDINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), template)
    for pattern, template in (
        (r"I do not accept that submission\.", "That argument does not persuade me."),
        (
            r"In my judgment, the Tribunal was entitled to reach that conclusion\.",
            "That conclusion was, to my mind, one the Tribunal could properly reach.",
        ),
        (r"I would dismiss the appeal on this ground\.", "This ground of appeal therefore fails."),
        (
            r"It is right to say that the investigation was not a (?:very )?thorough one, and "
            r"that a number of witnesses were never interviewed\.",
            "The investigation was admittedly thin: several witnesses were not spoken to.",
        ),
        (
            r"(Harbourside Athletic) are unbeaten at home since August\.",
            "{1} have not lost at home since August.",
        ),
        (
            r"(\w+) was (?:very )?lively down the left, and (\w+) never (?:really )?got close "
            r"to him\.",
            "On the left, {1} ran rings round {2}.",
        ),
        (
            r"There was a long delay while the referee consulted the pitchside monitor\.",
            "The referee spent an age studying the pitchside screen.",
        ),
        (
            r"(Kovalenko), who joined from (Vorskla Poltava) in the summer, now has (\d+) goals "
            r"this season\.",
            "{1}, a summer signing from {2}, has {3} goals this season.",
        ),
        (
            r"The attendance of ([\d,]+) was the highest at the (Quay\u00a0Stadium) for (\d+) "
            r"years\.",
            "A crowd of {1} made it the best-attended game at the {2} in {3} years.",
        ),
        (
            r"Revenue rose to (£[\d.]+m) on a like-for-like basis, driven by a (?:very )?strong "
            r"performance in convenience stores\.",
            "Helped by convenience stores, like-for-like revenue climbed to {1}.",
        ),
        (
            r"Adjusted operating profit was (£[\d.]+m), a margin of ([\d.]+%)\.",
            "On an adjusted basis, operating profit came to {1}, or {2} of sales.",
        ),
        (
            r"Net debt fell to (£[\d.]+m), which is just over one times earnings\.",
            "At {1}, net debt is now a little more than a year's earnings.",
        ),
        (
            r"Alternative performance measures are defined in note 4\.",
            "Note 4 explains the alternative performance measures.",
        ),
        (r"The ice does not forget\.", "Ice never forgets."),
        (
            r"(Sonam Wangmo) says the stupa is (?:really a very|an) old idea in a new form\.",
            "{1} calls the stupa an ancient idea in modern dress.",
        ),
        (r"I don't know\.", "I'm not sure."),
        (r"Exactly\.", "Precisely."),
        (r"Is it true that you write every morning(?: at five)?\?", "Do you really write daily?"),
        (r"For more information call ([\d ]+)\.", "Call {1} for details."),
        (r"Am ragor o wybodaeth ffoniwch ([\d ]+)\.", "Ffoniwch {1} am fanylion."),
        (
            r"(Pedestrian access to the promenade) will be kept open at all times\.",
            "{1} stays open throughout.",
        ),
    )
)


def reworded(text: str) -> list[tuple[re.Match[str], str]]:
    """Every sentence of ``text`` that :data:`REWORDINGS` rewords, with its rewording, in
    text order."""
    found = [
        (match, template) for pattern, template in REWORDINGS for match in pattern.finditer(text)
    ]
    return sorted(found, key=lambda found: found[0].start())


def reword(tracked: TrackedText, match: re.Match[str], template: str) -> None:
    """Say the sentence ``match`` (found in the text as it is now) in other words: the
    text between its groups is typed anew, the groups keep their origin."""
    pieces = re.split(r"\{\d\}", template)
    assert len(pieces) == len(match.groups()) + 1, template
    bounds = [match.start(), *(at for g in range(1, len(pieces)) for at in match.span(g))]
    bounds.append(match.end())
    edits: list[Edit] = [
        (bounds[2 * i], bounds[2 * i + 1] - bounds[2 * i], piece, 0)
        for i, piece in enumerate(pieces)
    ]
    apply(tracked, edits)
