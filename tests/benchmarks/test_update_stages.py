"""The update path's stage timers: they time every stage and change no placement."""

from __future__ import annotations

from desktop_app.core import reanchor
from desktop_app.core.reanchor import replace_article_text
from tests.benchmarks.test_reanchor_accuracy import _project
from tests.benchmarks.update_speed import Update
from tests.benchmarks.update_stages import STAGES, StageTimes, measure, report, timers_on

OLD = (
    "Council meets on Monday.\n\nThe budget rose by 4 per cent this year.\n\n"
    "Residents asked about the bridge.\n\nThe budget rose by 4 per cent this year.\n\n"
    "Closing remarks followed."
)
NEW = (
    "Council met on Monday evening.\n\nResidents asked about the old bridge.\n\n"
    "The budget rose by 4 per cent this year.\n\nA new paragraph was added here.\n\n"
    "The budget rose by 5 per cent this year.\n\nClosing remarks followed."
)
QUOTES = ("Council", "budget rose", "asked about the bridge", "4 per cent this year.\n\nClosing")
SPANS = [(OLD.index(quote), OLD.index(quote) + len(quote)) for quote in QUOTES]


def _update() -> Update:
    project, ids = _project(OLD, SPANS)
    return Update("one text", project, ids, NEW)


def _placements(update: Update) -> list[tuple[str, int, int, float]]:
    outcome = replace_article_text(update.project, update.project.articles.at(0).id, update.new)
    return [tuple(result.placement) for result in outcome.results]  # type: ignore[misc]


def test_timed_updates_place_as_untimed_ones_and_the_timers_come_off() -> None:
    update = _update()
    before = _placements(update)
    originals = {name: getattr(reanchor, name) for name in ("map_through", "Alignment")}
    times = StageTimes()
    with timers_on(times) as timed_update:
        times.label = "one"
        outcome = timed_update(update.project, update.project.articles.at(0).id, update.new)
        assert reanchor.map_through is not originals["map_through"]
    assert [tuple(result.placement) for result in outcome.results] == before
    assert {name: getattr(reanchor, name) for name in originals} == originals
    assert _placements(update) == before


def test_every_stage_called_is_booked_with_its_own_time() -> None:
    times = measure({"one": [_update()]})
    spent, calls = times.spent["one"], times.calls["one"]
    assert times.annotations["one"] == len(SPANS)
    assert calls["body"] == 1
    assert calls["Alignment"] == 1
    assert calls["_updated"] == len(SPANS)
    named = {name for names in STAGES.values() for name in names}
    assert set(spent) <= named
    assert set(calls) == set(spent)
    assert all(nanoseconds >= 0 for nanoseconds in spent.values())
    lines = report(times)
    assert lines[0].startswith(f"all sets, {len(SPANS)} annotations")
    assert any(line.startswith("one ") for line in lines)
