"""A name of several capitalised words in quote marks reads as a name, a cut quotation not."""

from __future__ import annotations

import pytest

from desktop_app.core.compare.quotes import find_quotations, reads_as_long_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The “Friends of the Jubilee Fountain”, a group of volunteers, scrub it.", True),
        ("Members of the “Ring Road Safety Group” met on Monday.", True),
        # a cut quotation ends in whatever word the writer stopped at, however short
        ("She said the keepers “Did all they could” in the end.", False),
        # a spoken sentence ends inside the marks
        ("“The Giraffe Is Safe.” said the keeper.", False),
        # as long as a name may be (``LONG_NAME_WORDS``), and one word longer
        ("The “Friends of the Old Town Fountain” met.", True),
        ("The “Friends of the Old Town Fountain Trust” met.", False),
        ("The “Society for the Care of the Old Town Fountain and Its Gardens” met.", False),
    ],
)
def test_a_long_name_in_quote_marks_reads_as_a_name(text: str, expected: bool) -> None:
    (quotation,) = find_quotations(text)
    assert reads_as_long_name(text, quotation) is expected
