"""A measure told in two units of one kind ("2,200 metres" / "2.2 kilometres"), by CLDR names."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from functools import cache

from desktop_app.core.compare.terms import unit_key
from desktop_app.core.compare.unit_words import exact_unit_words

#: An amount in a unit a sentence gives: its kind ("length", "mass", "duration"), the unit's
#: key as its ``qty:`` slot writes it, and the amount in the kind's base unit (metres,
#: kilograms, minutes). Not ``measures.Measure``, round 110's figure read with its unit name.
UnitAmount = tuple[str, str, Decimal]
_QUANTITY = "qty:"


@cache
def _units_by_key() -> dict[str, tuple[str, Decimal]]:
    """Each unit key of ``exact_unit_words`` -> its kind and size; a key two units of
    different sizes share is left out."""
    found: dict[str, set[tuple[str, Decimal]]] = {}
    for word, meaning in exact_unit_words().items():
        found.setdefault(unit_key(word), set()).add(meaning)
    return {key: meanings.pop() for key, meanings in found.items() if len(meanings) == 1}


def measures_of(specifics: Mapping[str, Mapping[str, str]]) -> frozenset[UnitAmount]:
    """The measures among a unit's specifics (slot -> figure key -> surface): each figure
    counting a unit of CLDR's metric lengths and masses, minutes, hours, days or weeks."""
    units = _units_by_key()
    found: set[UnitAmount] = set()
    for slot, values in specifics.items():
        meaning = units.get(slot[len(_QUANTITY) :]) if slot.startswith(_QUANTITY) else None
        if meaning is None:
            continue
        kind, size = meaning
        for value in values:
            try:
                amount = Decimal(value.removeprefix("#")) * size
            except InvalidOperation:
                continue
            found.add((kind, slot, amount.normalize()))
    return frozenset(found)


def same_measure(a: frozenset[UnitAmount], b: frozenset[UnitAmount]) -> bool:
    """Whether the two sentences give one amount of one kind in two units: "2,200 metres" and
    "2.2 kilometres", "21 days" and "three weeks", "48 hours" and "2 days" (round 111).

    A reader takes them for one figure; the terms do not share it, as each writes the figure
    of its own unit. The same figure in the same unit is shared already. Symmetric.
    """
    return any(
        kind_a == kind_b and unit_a != unit_b and amount_a == amount_b
        for kind_a, unit_a, amount_a in a
        for kind_b, unit_b, amount_b in b
    )


#: Two counts of one unit written two ways ("1,240 kg" / "1,640 kilos", "3.5 kilómetros" /
#: "5 km") fill one slot (round 213): the slot reader keys a count by the word after it, so
#: a unit abbreviated on one side and spelt out on the other met nothing and the two
#: figures were never compared. Only units of one kind and one size meet (CLDR's names), and
#: only masses and lengths: the short keys of units of time are everyday words too
#: ("men", "dan", "jam", "sa"), so "ten minutes" / "two men" would meet.
UNITS_SPELT_TWO_WAYS_MEET = True
KINDS_SPELT_TWO_WAYS = frozenset({"mass", "length"})


def one_unit_two_ways(slot_a: str, slot_b: str) -> bool:
    """Whether two ``qty:`` slots count one unit of CLDR's under two keys ("qty:kg",
    "qty:kilo"); a key two units of different sizes share means neither. Symmetric."""
    if not UNITS_SPELT_TWO_WAYS_MEET or slot_a == slot_b:
        return False
    if not (slot_a.startswith(_QUANTITY) and slot_b.startswith(_QUANTITY)):
        return False
    units = _units_by_key()
    meaning_a = units.get(slot_a[len(_QUANTITY) :])
    return (
        meaning_a is not None
        and meaning_a[0] in KINDS_SPELT_TWO_WAYS
        and meaning_a == units.get(slot_b[len(_QUANTITY) :])
    )
