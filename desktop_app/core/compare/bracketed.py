"""Two sentences still alone, each between the pairs that hold the other: one fact retold."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

#: Two sentences left alone by every rule, each standing between the paired sentences nearest
#: it in its text whose partners stand on either side of the other (the two stories go on in
#: step around them, however many sentences each tells between), the two just after or just
#: before one pair on both sides, each the other's best by the pieces of their words
#: (``grams.gram_vectors``) among the sentences still alone, tell one fact in other words
#: when both stand in the first part of their texts, before this share: "Não houve feridos
#: graves." / "Ninguém se feriu com gravidade."; "The 44-tonne articulated tanker left the
#: road on a bend at about 5.40am …" / "The tanker rolled onto its side on a notorious bend
#: … at around 7am."; Ateso "Ikoroi ikany kojii: 14 kg, 15 kg kede 17 kg." / "Ikoroi kere
#: ejii kg 10 bala iboro." Their words meet too little for any floor (most under
#: ``align.MUTUAL_SCORE``, a third share no term at all), and one sentence's better partner,
#: already paired, keeps the selection from them; where two texts go on in step, what each
#: tells between the same two facts is the same stretch of the story. Later in the texts
#: the sentences left alone are each outlet's own background, advice or closing section,
#: which share the story's words and pieces as much. Round 191, tests/compare_data/README.md
#: entry 191, on all 544 development pairs: 14 true pairs more, 1 false (F1 0.8441 ->
#: 0.8452; 164-165 1 true, 176-177 none), one true only-B span taken; 0.4 9 and 1, 0.6 18
#: and 2, 0.7 19 and 3, anywhere 23 and 4 (176-177 a false pair, precision 0.9029), which
#: leaving one pair out chooses; without ``values_apart``, 14 and 2; without the pair beside
#: them, 23 and 8 (six true only spans taken), anywhere 41 and 34.
BRACKETED_PLACE = 0.5
#: What kind of value a slot of ``terms.tokens`` holds (a slot not named is its own kind: a
#: clock time, a year, a score): a count of a thing whatever the thing (``qty:`` and a word),
#: an amount (``qty:`` and a currency sign or a percent) and a date.
_DATE_SLOTS = frozenset({"day", "month"})


def bracketed_pairs(
    pairs: Collection[tuple[int, int]],
    places: tuple[Sequence[float], Sequence[float]],
    pieces: tuple[Callable[[int], Mapping[int, float]], Callable[[int], Mapping[int, float]]],
    told_apart: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """Units ``(i, j)`` of A and B, both in no pair of ``pairs``, each between the nearest
    paired units before and after it whose partners stand on either side of the other
    (``windows``), both before ``BRACKETED_PLACE`` of their texts (``places``: each unit's, 0
    first, 1 last), each the other's best by ``pieces`` (for a unit of A, its cosine of
    pieces with each unit of B it shares one with; ``pieces[1]`` the same from B) among the
    units of the other text in no pair (ties count as best for both), one of them beside a
    pair (``(i - 1, j - 1)`` or ``(i + 1, j + 1)`` among ``pairs``), and not told apart
    (``told_apart``: dated to years apart, or giving values of no kind in common,
    ``values_apart``). Symmetric: swapping A and B swaps the pairs. Sorted."""
    place_a, place_b = places
    kept = set(pairs)
    paired_a, paired_b = {i for i, _ in kept}, {j for _, j in kept}
    set_a = {i for i in range(len(place_a)) if i not in paired_a}
    set_b = {j for j in range(len(place_b)) if j not in paired_b}
    window_a, window_b = windows(pairs, (len(place_a), len(place_b)))

    rows: tuple[dict[int, Mapping[int, float]], dict[int, Mapping[int, float]]] = ({}, {})
    bests: tuple[dict[int, float], dict[int, float]] = ({}, {})

    def row_of(side: int, unit: int) -> Mapping[int, float]:
        if unit not in rows[side]:
            rows[side][unit] = pieces[side](unit)
        return rows[side][unit]

    def best(side: int, unit: int) -> float:
        if unit not in bests[side]:
            others = set_b if side == 0 else set_a
            bests[side][unit] = max(
                (score for k, score in row_of(side, unit).items() if k in others), default=0.0
            )
        return bests[side][unit]

    found: list[tuple[int, int]] = []
    for i in sorted(set_a):
        if place_a[i] >= BRACKETED_PLACE or i not in window_a:
            continue
        low, high = window_a[i]
        row = row_of(0, i)
        for j in range(low + 1, high):
            if j not in set_b or place_b[j] >= BRACKETED_PLACE or j not in window_b:
                continue
            low_b, high_b = window_b[j]
            score = row.get(j, 0.0)
            if not (low_b < i < high_b) or score <= 0.0:
                continue
            if (i - 1, j - 1) not in kept and (i + 1, j + 1) not in kept:
                continue
            if score >= best(0, i) and score >= best(1, j) and not told_apart(i, j):
                found.append((i, j))
    return sorted(found)


def windows(
    pairs: Collection[tuple[int, int]], sizes: tuple[int, int]
) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    """For each unit of A in no pair, the last partner of the nearest paired unit before it
    and the first partner of the nearest paired unit after it, when the first stands before
    the second (the units of B strictly between them are its window); the same for B."""
    partners: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})
    for i, j in pairs:
        partners[0].setdefault(i, []).append(j)
        partners[1].setdefault(j, []).append(i)
    found: tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]] = ({}, {})
    for side in (0, 1):
        mine = partners[side]
        last_before: int | None = None
        ahead = _next_paired(mine, sizes[side])
        for unit in range(sizes[side]):
            if unit in mine:
                last_before = unit
                continue
            after = ahead[unit]
            if last_before is None or after is None:
                continue
            low, high = max(mine[last_before]), min(mine[after])
            if low < high:
                found[side][unit] = (low, high)
    return found


def _next_paired(partners: Mapping[int, list[int]], count: int) -> list[int | None]:
    """For each of ``count`` units, the first paired unit after it (``None`` if none)."""
    ahead: list[int | None] = [None] * count
    upcoming: int | None = None
    for unit in range(count - 1, -1, -1):
        ahead[unit] = upcoming
        if unit in partners:
            upcoming = unit
    return ahead


def values_apart(slots_a: Iterable[str], slots_b: Iterable[str]) -> bool:
    """Whether both sentences give a value (``slots_*``: the slots of their specifics, see
    ``align.UnitTerms.specifics``) and no kind of value is given by both (``value_kind``): a
    count against a price, a date against a sum, two facts of one topic ("… 300 k'u'iletik"
    a year / "Jun k'u'il … $1,500 pesos"). Symmetric."""
    kinds_a = {value_kind(slot) for slot in slots_a}
    kinds_b = {value_kind(slot) for slot in slots_b}
    return bool(kinds_a) and bool(kinds_b) and kinds_a.isdisjoint(kinds_b)


def value_kind(slot: str) -> str:
    """The kind of value a slot holds: "count", "amount", "date", or the slot itself."""
    if slot.startswith("qty:"):
        mark = slot[4:5]
        return "amount" if mark == "%" or unicodedata.category(mark or "L")[0] == "S" else "count"
    return "date" if slot in _DATE_SLOTS else slot
