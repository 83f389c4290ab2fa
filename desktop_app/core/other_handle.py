"""A fuzzy placement naming another author than its passage's, still in the text, is reviewed.

A reply's head "@Ọlá · comment" or a comment signed "@Kúnlé · reply" says who wrote it. When
replies are re-sorted, the diff can pair the passage's words with a neighbour's reply that
reads the same but for its author, and the placement then holds "@jen · comment": every
word alike but the name. A reader holding both texts would not call that the same passage
while the named author still writes in the new text (the handle stands there), nor settle
which of that author's lines it was: the placement goes to review. Handles are told apart
as a reader does, letter case and marks aside, and a handle one character apart from the
passage's ("@re1ief_fund", a scanner's misreading) is the same name when both hold
:data:`~desktop_app.core.typed_ends.TYPED_WORD` characters or more ("@jo" and "@jon" are two
people). A handle gone from the new text (renamed throughout) tells nothing, and an exact or
moved placement holds the quote's own words.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from desktop_app.core.quote_search import Placement
from desktop_app.core.respelt_ends import in_a_word
from desktop_app.core.typed_ends import TYPED_WORD, one_typed

#: What marks a word as a handle, the name it is written by.
HANDLE_MARK = "@"
#: Characters a handle holds besides letters and their marks ("@kiri.dev", "@tomasz_k", "@jo2").
HANDLE_SIGNS = "_."


def _in_a_handle(char: str) -> bool:
    """Whether ``char`` can stand inside a handle: a letter, a mark, a figure or a sign of
    :data:`HANDLE_SIGNS`."""
    return in_a_word(char) or char.isdigit() or char in HANDLE_SIGNS


def _folded(name: str) -> str:
    """A handle as a reader tells it from others: letter case and marks aside ("@Kúnlé" is
    "@Kunle" with its accents typed, "@ọlá" "@o̩la" with them decomposed)."""
    letters = unicodedata.normalize("NFD", name)
    return "".join(char for char in letters if not unicodedata.combining(char)).casefold()


def one_name_misread(name: str, other: str) -> bool:
    """Whether two handles (as :func:`handles` tells them) are one name with one character
    misread or typed in, dropped or over ("re1ief_fund" for "relief_fund"), both of
    :data:`~desktop_app.core.typed_ends.TYPED_WORD` characters or more: a short handle one
    character apart ("jo", "jon") is another name."""
    return min(len(name), len(other)) >= TYPED_WORD and one_typed(name, other) is not None


def handles(text: str) -> Counter[str]:
    """The handles written in ``text`` ("@" at its start or after a sign that is no part of
    a handle, then the handle's letters, figures, "_" and "."; those two signs at its end are
    no part of it, a full stop ending the sentence), each as a reader tells it from others
    (case and marks aside)."""
    found: Counter[str] = Counter()
    at = text.find(HANDLE_MARK)
    while at != -1:
        end = at + 1
        while end < len(text) and _in_a_handle(text[end]):
            end += 1
        name = text[at + 1 : end].rstrip(HANDLE_SIGNS)
        if name and (at == 0 or not _in_a_handle(text[at - 1])):
            found[_folded(name)] += 1
        at = text.find(HANDLE_MARK, end)
    return found


def other_handle_reviewed(exact: str, new_text: str, placement: Placement) -> Placement:
    """``placement`` in review when it is fuzzy and names a handle its passage ``exact`` did
    not where the passage named one that it does not but that still stands in ``new_text``
    (see the module); else ``placement`` as it is."""
    if placement.state != "fuzzy" or HANDLE_MARK not in exact:
        return placement
    named = handles(exact)
    placed = handles(new_text[placement.start : placement.end])
    missing, others = named - placed, placed - named
    if not missing or all(
        any(one_name_misread(name, other) for name in missing) for other in others
    ):  # no other name, or only one of them misread or typed ("@re1ief_fund")
        return placement
    standing = handles(new_text)
    if not any(standing[name] for name in missing):
        return placement
    return Placement("review", placement.start, placement.end, placement.score)
