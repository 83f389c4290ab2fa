"""A parish register of burials, entries alike but for their figures: quote-only tests' text."""

from __future__ import annotations

#: An entry of a register: its number, the name, the abode and the age.
Entry = tuple[int, str, str, int]

ENTRIES: list[Entry] = [
    (417, "Jane Rowe", "Helston", 34),
    (418, "Mary Pascoe", "Breage", 41),
    (419, "Anne Curnow", "Sithney", 29),
    (420, "Ellen Harvey", "Porthleven", 52),
    (421, "Grace Tonkin", "Mullion", 67),
]


def entry_text(number: int, name: str, abode: str, age: int) -> str:
    """One entry: four lines, the same but for its number, name, abode and age."""
    return (
        f"No. {number} — buried 9 March 1848\n"
        f"{name}, of {abode}, aged {age}, was buried.\n"
        "Cause entered: fever.\n"
        "By me, J. Trelawny, Curate."
    )


def register_text(entries: list[Entry]) -> str:
    """The register: a heading, the entries as paragraphs, a closing line."""
    return "Burials\n\n" + "\n\n".join(entry_text(*entry) for entry in entries) + "\n\nEnds."
