"""``by_entry`` scores the tuning half only unless the lead asks for the held-out pairs too."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager

import pytest

from tests.core.compare import by_entry
from tests.core.compare.devset import split


class _Scored(Exception):
    """Raised by the stand-in scorer with the names it was given."""

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__("scored")
        self.names = list(names)


def _scored_names(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> list[str]:
    """The pair names ``by_entry.main(argv)`` hands to its scorer."""

    def stand_in(names: Sequence[str], context: AbstractContextManager[object]) -> None:
        raise _Scored(names)

    monkeypatch.setattr(by_entry, "tallies", stand_in)
    with pytest.raises(_Scored) as scored:
        by_entry.main(argv)
    return scored.value.names


def test_by_entry_scores_the_tuning_half_only(monkeypatch: pytest.MonkeyPatch) -> None:
    halves = split()
    names = _scored_names(monkeypatch, [])
    assert names == halves["tuning"]
    assert not set(names) & set(halves["held_out"])


def test_the_lead_can_add_the_held_out_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    halves = split()
    assert _scored_names(monkeypatch, ["--with-held-out"]) == halves["tuning"] + halves["held_out"]
