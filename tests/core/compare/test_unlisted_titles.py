"""Titles no list holds, read by their shape and by how the two texts write them (round 190)."""

from __future__ import annotations

from contextlib import AbstractContextManager

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, units
from desktop_app.core.compare.units import _title_shaped, sentence_bounds, split_units
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways


def _sentences(line: str, context: str | None = None) -> list[str]:
    return [line[start:end] for start, end in sentence_bounds(line, 0, context)]


def _unlisted_off() -> AbstractContextManager[None]:
    """The splitter as before round 190: only the listed titles."""
    return patched(units, "UNLISTED_TITLES", False)


@pytest.mark.parametrize(
    "token", ["Dg", "Smt", "Sdr", "Bpk", "Kpt", "PCol", "PMaj", "PBGen", "Profa", "Dotta"]
)
def test_title_shapes(token: str) -> None:
    assert _title_shaped(token)


@pytest.mark.parametrize(
    "token",
    [
        # words with a vowel ("w" of Welsh and Hmong, "ǝ" of Kanuri, "y" count), in any case
        "Bali", "Wita", "Juli", "Road", "Nws", "Kǝrǝ", "Brgy", "dg", "smt",
        # acronyms and their plurals, Nguni class prefixes, other scripts
        "FCFA", "NGOs", "MPs", "MSc", "ILungu", "UMnu", "ТӀай", "Бұл",
        # listed stems of three letters with "a": names and words of the set
        "Woja", "Inga", "Koma", "Cada", "Siga", "Gena",
        # a syllabic "r" or "l" (Czech, Slovak, Croatian ...), and English abbreviations
        # that close a name, with one
        "Krk", "Vlk", "Trg", "Prst", "Vŕb", "Blvd", "Plc", "Bldg",
    ],
)  # fmt: skip
def test_words_that_are_no_title_shape(token: str) -> None:
    assert not _title_shaped(token)


@pytest.mark.parametrize(
    "line",
    [
        "Kapala Dinas, Muhammad Arsyad Dg. Bali, nakana ce'la' la'bi jai.",
        "Suno kay PCol. Ramon Dioquino, provincial director, ginpadakop sanda.",
        "Coordenadora do projeto, Profa. Dra. Helena Marques Saldanha, ma mreme.",
        "The owner, Smt. Meenal Kulkarni of Shree Ganesh Colony, thanked the workers.",
        "Ketua RT, Bpk. Ahmad Yani, menyampaikan terima kasih.",
    ],
)
def test_an_unlisted_title_before_a_name_ends_no_sentence(line: str) -> None:
    assert _sentences(line) == [line]
    with _unlisted_off():
        assert len(_sentences(line)) == 2


@pytest.mark.parametrize(
    ("line", "context"),
    [
        # the shape, but the texts write the word plain: a surname, a company's suffix
        ("The boat belonged to Mr Ng. Ng said nothing.", None),
        ("The tender went to Harwell Dyes Ltd. Harwell Dyes Ltd, of Mill Lane, objected.", None),
        # or end a paragraph with it
        ("Muhammad Arsyad Dg. Bali nakana ce'la' la'bi.", "Ri Jeneponto nia' Dg.\n"),
        # or write it plain in the other text
        ("The boat belonged to Mr Ng. Police said nothing.", "Mr Ng was not at home."),
    ],
)
def test_a_title_shape_written_plain_elsewhere_still_ends_its_sentence(
    line: str, context: str | None
) -> None:
    whole = line if context is None else line + "\n" + context
    assert len(_sentences(line, whole)) == 2


@pytest.mark.parametrize(
    "line",
    [
        # the shape before an English opener: "Acme Ltd. The …"
        "The contract went to Acme Ltd. The council will pay in May.",
        # no title shape: words with vowels, plural acronyms, a short stem with "a"
        "Ce'la' nierang battu ri Bali. Daeng Kanang anjamai tambak.",
        "The money went to local NGOs. Police said the audit was done.",
        "Det sa Inga. Hon kom hem klockan nio.",
        "Pa'ce'la' ammarri jam 09.00 Wita. Kepala Desa nakana.",
        # consonants with a syllabic "r" or "l": a Croatian island, an English street
        "Turisti su stigli na otok Krk. Policija je zatvorila cestu.",
        "The crash happened on Sunset Blvd. Police closed the road.",
    ],
)
def test_a_real_sentence_end_before_a_capitalised_word_stays(line: str) -> None:
    assert len(_sentences(line)) == 2


def test_split_units_reads_the_companion_text() -> None:
    text = "Muhammad Arsyad Dg. Bali nakana ce'la' la'bi. Pa'ce'la' ammarri."
    assert len(split_units(text)) == 2
    assert len(split_units(text, "Daeng Kanang ammentengi.")) == 2
    assert len(split_units(text, "Ri Jeneponto, Dg Kanang ammentengi.")) == 3


#: A built pair: a fisheries office's release and a radio report naming its head by title.
RELEASE = (
    "Kepala Dinas Perikanan, Muhammad Arsyad Dg. Bali, nakana ce'la' la'bi jai taung anne.\n\n"
    "Pa'ce'la' ri Jeneponto ammarri jama siagang doe' Rp 1.500.000.\n"
)
REPORT = (
    "Doe' Rp 1.500.000 nierang mae ri pa'ce'la' ri Jeneponto.\n\n"
    "Nakana Kepala Dinas, Muhammad Arsyad Dg. Bali, ce'la' la'bi jai taung anne.\n"
)


def test_the_built_pair_keeps_the_title_inside_its_sentence_both_ways() -> None:
    for first, second in ((RELEASE, REPORT), (REPORT, RELEASE)):
        result = compare_texts(first, second)
        assert len(result.units_a) == len(result.units_b) == 2
        assert all(
            unit.text.endswith(("anne.", "1.500.000.", "Jeneponto.")) for unit in result.units_a
        )
    with _unlisted_off():
        result = compare_texts(RELEASE, REPORT)
        assert len(result.units_a) == len(result.units_b) == 3
        assert result.units_a[0].text.endswith("Arsyad Dg.")


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("garam_paladingang", "Dg."),
        ("tupada_igpalaspas", "PCol."),
        ("dicionario_riawape", "Profa."),
        ("goldpouch_pimpalwadi", "Smt."),
    ],
)
def test_no_development_sentence_is_cut_after_its_unlisted_title(name: str, title: str) -> None:
    truth = load(name)
    for text, other in ((truth.text_a, truth.text_b), (truth.text_b, truth.text_a)):
        ends = [text[unit.start : unit.end] for unit in split_units(text, other)]
        assert not any(end.endswith(title) for end in ends)
    with _unlisted_off():
        ends = [truth.text_a[u.start : u.end] for u in split_units(truth.text_a, truth.text_b)]
        assert any(end.endswith(title) for end in ends)


def test_the_makassarese_head_of_service_is_paired_whole_in_the_salt_pair_both_ways() -> None:
    truth = load("garam_paladingang")
    head = ("Kepala Dinas Kelautan", "Kepala Dinas KP, Muhammad Arsyad Dg. Bali")
    harvest = ("Panen garam ri Desa Pa'ladingang", "Battu ri bulang Juli, bosi")
    assert paired_both_ways(truth, head) == paired_both_ways(truth, harvest) == [True, True]
    with _unlisted_off():
        assert paired_both_ways(truth, head) == paired_both_ways(truth, harvest) == [False, False]


def test_the_police_colonel_is_paired_whole_in_the_cockfight_pair_both_ways() -> None:
    truth = load("tupada_igpalaspas")
    colonel = ("Suno kay PCol. Ramon", "Si PCol. Ramon")
    assert paired_both_ways(truth, colonel) == [True, True]
    with _unlisted_off():
        assert paired_both_ways(truth, colonel) == [False, False]


_CONSONANTS = "bcdfghjklmnpqrstvxz"
_TITLES = st.one_of(
    st.builds(
        lambda first, rest: first.upper() + rest,
        st.sampled_from(_CONSONANTS),
        st.text(_CONSONANTS, min_size=1, max_size=3),
    ).filter(lambda title: not any(char in "rl" for char in title[1:-1])),  # no syllabic r, l
    st.builds(
        lambda service, rank: service + rank.capitalize(),
        st.sampled_from("PBCDKS"),
        st.sampled_from(["col", "maj", "cpl", "gen", "supt", "capt"]),
    ),
    st.sampled_from(["Profa", "Dotta", "Supta"]),
)
#: Words the splitter knows in no list (titles, openers, dates, in any case).
_KNOWN = units._TITLES | units._CAPITALISED_TITLES | units._SENTENCE_STARTERS | units._DATE_WORDS
#: Words with a vowel, five letters or more: no listed title, no title shape.
_WORDS = st.builds(
    lambda head, vowel, tail: head + vowel + tail,
    st.text(_CONSONANTS, min_size=2, max_size=3),
    st.sampled_from("aeiou"),
    st.text(_CONSONANTS + "aeiou", min_size=2, max_size=5),
).filter(lambda word: word not in _KNOWN)
_NAMES = _WORDS.map(str.capitalize)


@given(
    title=_TITLES,
    names=st.lists(_NAMES, min_size=2, max_size=2),
    clauses=st.lists(st.lists(_WORDS, min_size=1, max_size=4), min_size=3, max_size=3),
    ender=_NAMES,
)
@example(
    title="Dg", names=["Bali", "Sese"], clauses=[["nakana"], ["ammarri"], ["jai"]], ender="Madura"
)
def test_a_title_used_twice_ends_no_sentence_and_real_ends_stay(
    title: str, names: list[str], clauses: list[list[str]], ender: str
) -> None:
    """Three sentences, two of them naming someone by an unlisted title, the last ending on a
    capitalised word with a vowel: the only ends are the three sentences' own."""
    first = f"{names[0]} {' '.join(clauses[0])} {title}. {names[1]} {' '.join(clauses[1])}."
    second = f"{title}. {names[0]} {' '.join(clauses[2])} {ender}."
    third = f"{names[1]} {' '.join(clauses[0])}."
    line = f"{first} {second} {third}"
    assert _sentences(line) == [first, second, third]
    # written plain somewhere, the same token ends a sentence as it did before round 190
    plain = line + "\n" + f"{title} {' '.join(clauses[1])}."
    with _unlisted_off():
        before = _sentences(line)
    assert _sentences(line, plain) == before


def test_a_text_naming_many_people_by_one_title_is_searched_once_for_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each title is looked up once in the two texts, not once for each time it is used: a
    long text naming hundreds of people "Smt." stays as fast as without the rule."""
    searched: list[str] = []
    written_plain = units._written_plain

    def counting(token: str, context: str) -> bool:
        searched.append(token)
        return written_plain(token, context)

    monkeypatch.setattr(units, "_written_plain", counting)
    names = ["Kulkarni", "Waghmare", "Patil", "Deshmukh"]
    text = "\n\n".join(
        f"Smt. {names[k % 4]} of ward {k} said the tank was full. Dg. Sese agreed."
        for k in range(60)
    )
    found = split_units(text, text.replace("Smt.", "Shrimati"))
    assert len(found) == 120
    assert sorted(searched) == ["Dg", "Smt"]
