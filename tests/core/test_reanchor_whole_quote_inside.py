"""A passage that stands whole inside the span the diff gave it, some of its characters
matched to a copy typed beside it (a bare address made a markdown link), is placed on
the whole copy, never across the typed text (``_whole_quote_inside``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.test_reanchor import _updated_once

HOSTS = ["sport.example.com", "tr.wikipedia.org", "conference.example.org"]
PATHS = ["/football/rovers-v-united-report", "/wiki/Kayakoy", "/2026/abstracts/session-4b"]


@settings(max_examples=20, deadline=None)
@given(host=st.sampled_from(HOSTS), path=st.sampled_from(PATHS), bold=st.booleans())
def test_an_address_made_a_link_is_never_placed_across_the_link_text(
    host: str, path: str, bold: bool
) -> None:
    address = f"https://{host}{path}"
    body = "Both teams are level on points in the table after tonight.\n\n"
    old = f"{body}Full report: {address}\n"
    label = "**Full report:**" if bold else "Full report:"
    new = f"{body}{label} [{host}]({address})\n"
    start = old.index(address)
    result = _updated_once(old, (start, start + len(address)), new)
    at = new.index(address)
    placement = result.placement  # reviewed (its context changed) or not, on the address
    assert (placement.start, placement.end) == (at, at + len(address))
