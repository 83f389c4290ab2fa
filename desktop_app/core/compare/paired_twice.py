"""More detail only twice as long as this partner when a sentence is paired with two or more."""

from __future__ import annotations

from desktop_app.core.compare.longer_alone import LONGER_ALONE_RATIO

#: A sentence the engine pairs with a second sentence of the other text too tells what it
#: adds over this partner in that other sentence: the writers call each pair the same fact
#: (their "one sentence against two", entries 158 and 166) unless the sentence has at least
#: ``LONGER_ALONE_RATIO`` times this partner's words. "The mosaic is now covered again,
#: under sand and plastic sheeting, and a security guard watches the site at night after two
#: men with metal detectors were seen there on Sunday." (31 words, paired twice) against
#: "The mosaic has been covered over again with sand and sheeting to protect it from frost
#: and from souvenir hunters." (20); Zapotec "7 jugador biaba lu layú, ne 2 de laacabe bicaa
#: ambulancia yenda Hospital General de Juchitán." against "Chupa de laacabe yenda ospital
#: Juchitán lu ambulancia sti' Cruz Roja.". The five older ways to more detail
#: (``relations._more_detail``) never looked at partners; the sixth
#: (``longer_alone``) asks for a sentence paired alone. Round 178, on the 5,350 true pairs
#: found of all 528 development pairs, of the engine's more detail on a sentence paired twice
#: or more: short of twice the words 9 same facts mended, 1 more detail made wrong (154-155
#: 2 / 0, the rest 7 / 1; 5 contradictions wrong either way); 1.5 times 3 / 0, 1.8 6 / 1,
#: 2.5 16 / 10, 3 21 / 19, any length 33 / 30; leaving one pair out (off, 1.5, 1.8, 2, 2.5,
#: 3), 2 is chosen for all 528 pairs, +8 labels. See tests/compare_data/README.md entry 178.
PAIRED_TWICE_RATIO = LONGER_ALONE_RATIO
#: Whether the rule is on (the development set's switch, ``by_entry --off paired_twice``).
PAIRED_TWICE = True


def told_beside(rich_words: int, other_words: int, *, alone: bool) -> bool:
    """Whether a sentence of ``rich_words`` words, read as saying more than its partner of
    ``other_words``, is paired with another sentence too (not ``alone``) and has fewer than
    ``PAIRED_TWICE_RATIO`` times its partner's words: what it adds is then told beside this
    partner, and the pair is the same fact."""
    return PAIRED_TWICE and not alone and rich_words < PAIRED_TWICE_RATIO * max(1, other_words)
