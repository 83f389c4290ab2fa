"""Forty-third-round fresh re-anchoring texts (no test here): a concert programme, a rehearsal
schedule, a player list by section and desk, a box-office price list and programme notes, each
a full page as a concert hall and its orchestra publish it.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh43_kit import FULL_CALL, MOTTO, PEOPLE, ROMAN, STOCK
from tests.benchmarks.reanchor_fresh43_more_texts import (
    buginese_notice,
    buhid_notice,
    loan_register,
    seating_plan,
)

# -- the programme -------------------------------------------------------------------------------

#: Works: composer, title, duration ("c. 24'" and "c. 42'"), movements (the same names
#: recurring across works) and the soloist's instrument, if any.
WORKS = (
    (
        "Brahms",
        "Symphony No. 2 in D major, Op. 73",
        "c. 42'",
        ("Allegro non troppo", "Adagio non troppo", "Allegretto grazioso", "Allegro con spirito"),
        "",
    ),
    (
        "Elgar",
        "Cello Concerto in E minor, Op. 85",
        "c. 30'",
        ("Adagio", "Lento", "Adagio", "Allegro"),
        "cello",
    ),
    (
        "Mozart",
        "Violin Concerto No. 3 in G major, K. 216",
        "c. 24'",
        ("Allegro", "Adagio", "Rondeau. Allegro"),
        "violin",
    ),
    (
        "Dvořák",
        "Symphony No. 8 in G major, Op. 88",
        "c. 36'",
        ("Allegro con brio", "Adagio", "Allegretto grazioso", "Allegro ma non troppo"),
        "",
    ),
    (
        "Schumann",
        "Piano Concerto in A minor, Op. 54",
        "c. 32'",
        ("Allegro affettuoso", "Intermezzo. Andantino grazioso", "Allegro vivace"),
        "piano",
    ),
    (
        "Sibelius",
        "Symphony No. 5 in E-flat major, Op. 82",
        "c. 34'",
        ("Tempo molto moderato", "Andante mosso, quasi allegretto", "Allegro molto"),
        "",
    ),
    (
        "Haydn",
        "Symphony No. 104 in D major",
        "c. 28'",
        ("Adagio – Allegro", "Andante", "Menuetto. Allegro", "Finale. Spiritoso"),
        "",
    ),
    (
        "Bruch",
        "Violin Concerto No. 1 in G minor, Op. 26",
        "c. 24'",
        ("Allegro moderato", "Adagio", "Finale. Allegro energico"),
        "violin",
    ),
    (
        "Fauré",
        "Requiem, Op. 48",
        "c. 42'",
        (
            "Introït et Kyrie",
            "Offertoire",
            "Sanctus",
            "Pie Jesu",
            "Agnus Dei",
            "Libera me",
            "In paradisum",
        ),
        "soprano",
    ),
    (
        "Beethoven",
        "Symphony No. 7 in A major, Op. 92",
        "c. 38'",
        ("Poco sostenuto – Vivace", "Allegretto", "Presto", "Allegro con brio"),
        "",
    ),
)
CONCERTS = (
    "Thursday 16 October, 19:30",
    "Saturday 18 October, 19:30",
    "Sunday 19 October, 15:00",
    "Friday 24 October, 19:30",
    "Schools concert, 22 October",
    "Choir and orchestra, 25 October",
)
#: What stands under some works.
UNDER_WORKS = ("Interval", "Interval", "First performance by the orchestra", "Sung in Latin")


def work_lines(rng: random.Random, work: tuple[str, str, str, tuple[str, ...], str]) -> list[str]:
    """A work as the programme lists it: its head line, its soloist, its movements."""
    composer, title, duration, movements, instrument = work
    lines = [f"{composer}  {title}  {duration}"]
    if instrument:
        lines.append(f"Soloist: {rng.choice(PEOPLE)}, {instrument}")
    lines += [f"{ROMAN[i]}. {name}" for i, name in enumerate(movements)]
    if rng.random() < 0.35:
        lines.append(rng.choice(UNDER_WORKS))
    return lines


def _programme_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 5:
        return []
    taken = {lines[0] for lines in earlier[-index:]} if index else set()
    work = rng.choice([w for w in WORKS if f"{w[0]}  {w[1]}  {w[2]}" not in taken])
    return work_lines(rng, work)


def concert_programme(rng: random.Random) -> str:
    """The season's concert programme: works in order, each with its movements numbered
    ("I. Allegro moderato", "II. Adagio", the same names recurring across works), durations
    one figure apart ("c. 24'", "c. 42'"), soloists one letter apart."""
    platform = Platform(
        title="Autumn season — Riverside Hall and the Riverside Philharmonic",
        subtitle=f"Programmes as printed for the door, October 2026{NBSP}🎼",
        lead=wrap(
            rng,
            (
                "Concerts begin at the time given; latecomers are seated between works. "
                "Durations are approximate and do not include the interval. The orchestra "
                "reserves the right to change the programme or the soloist without notice."
            ),
            72,
        ),
        sections=CONCERTS,
        notes=("Doors open 45 minutes before the concert.", "Pre-concert talk in the foyer."),
        item=_programme_item,
        footer=("Programmes cost £3.50 at the door.", STOCK),
        least_sections=5,
        least_items=3,
    )
    return export(rng, platform)


# -- the rehearsal schedule ----------------------------------------------------------------------

#: The weeks of the schedule, their days and the projects they prepare.
WEEKS = (
    ("Week of 13 October", ("Mon 13 Oct", "Tue 14 Oct", "Wed 15 Oct", "Thu 16 Oct")),
    ("Week of 20 October", ("Mon 20 Oct", "Tue 21 Oct", "Wed 22 Oct", "Fri 24 Oct")),
    ("Week of 27 October", ("Mon 27 Oct", "Tue 28 Oct", "Thu 30 Oct", "Sat 1 Nov")),
    ("Week of 3 November", ("Mon 3 Nov", "Tue 4 Nov", "Wed 5 Nov", "Fri 7 Nov")),
    ("Week of 10 November", ("Tue 11 Nov", "Wed 12 Nov", "Thu 13 Nov", "Sat 15 Nov")),
)
PROJECTS = (
    "Brahms and Elgar",
    "Dvořák and Mozart",
    "Fauré Requiem with the choir",
    "Schools concert",
    "Sibelius and Schumann",
)
#: Times one digit apart ("19:30–22:00" and "18:30–22:00").
TIMES = ("19:30–22:00", "19:30–22:00", "18:30–22:00", "19:00–21:30", "10:00–13:00", "14:00–17:00")
CALLED = (
    "Full orchestra",
    "Full orchestra",
    "Strings only",
    "Wind and brass",
    "Choir and orchestra",
    "Soloist with piano",
)
ROOMS = ("Hall B", "Hall B", "Hall A", "Studio 2", "Studio 3")
#: What stands under some calls.
UNDER_CALLS = (
    "Principals stay for seating",
    "Principals stay for seating",
    "Coffee break at 20:45",
    "Bring pencils",
)


def _twin_time(times: str) -> str:
    """A call's times one digit apart: it starts an hour earlier ("19:30–22:00" as
    "18:30–22:00")."""
    return f"{int(times[:2]) - 1:02}{times[2:]}"


def _rehearsal_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 5:
        return []
    days = dict(WEEKS)[section]
    lines = [f"{PROJECTS[(index + len(earlier)) % len(PROJECTS)]}, calls"]
    call = ""
    for _ in range(rng.randint(3, 5)):
        if section == WEEKS[0][0] and rng.random() < 0.4:
            call = FULL_CALL
        elif call and rng.random() < 0.3:  # the same call, one digit apart
            day, times, rest = call.split("  ", 2)
            call = f"{day}  {_twin_time(times)}  {rest}"
        else:
            call = f"{rng.choice(days)}  {rng.choice(TIMES)}  {rng.choice(CALLED)}"
            call = f"{call}  {rng.choice(ROOMS)}"
        lines.append(call)
        if rng.random() < 0.3:
            lines.append(rng.choice(UNDER_CALLS))
    return list(dict.fromkeys(lines))


def rehearsal_schedule(rng: random.Random) -> str:
    """The rehearsal schedule by week: one line a call ("Tue 14 Oct  19:30–22:00  Full
    orchestra  Hall B" recurring word for word), calls one digit apart, the same line under
    many calls."""
    platform = Platform(
        title="Rehearsal schedule — Riverside Philharmonic, autumn 2026",
        subtitle=f"Issued by the orchestra manager; check the board for changes{NBSP}🕖",
        lead=wrap(
            rng,
            (
                "Be seated and tuned five minutes before the call. A call cancelled less "
                "than a week ahead is paid in full; a call moved is confirmed by text. Tell "
                "the orchestra manager as soon as you know you cannot play."
            ),
            72,
        ),
        sections=tuple(week for week, _ in WEEKS),
        notes=("One line a call.",),
        item=_rehearsal_item,
        footer=("The car park closes at 22:30.", STOCK),
        least_sections=4,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- the player list -----------------------------------------------------------------------------

ORCHESTRA_SECTIONS = (
    "First violins",
    "Second violins",
    "Violas",
    "Cellos",
    "Double basses",
    "Woodwind",
)
UNDER_DESKS = ("Rotates with the desk behind", "Rotates with the desk behind", "Guest player")


def _players_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 3:
        return []
    first = 1 + index * 3
    lines = [f"Desks {first} to {first + 2}"]
    for desk in range(first, first + 3):
        for side in ("Outside", "Inside"):
            lines.append(f"Desk {desk}  {side}  {rng.choice(PEOPLE)}")
        if rng.random() < 0.3:
            lines.append(rng.choice(UNDER_DESKS))
    return lines


def player_list(rng: random.Random) -> str:
    """The player list by section and desk: one line a player ("Desk 3  Inside  Tomas Berg"),
    names one letter apart, "Rotates with the desk behind" under many desks."""
    platform = Platform(
        title="Player list — Riverside Philharmonic, autumn season",
        subtitle=f"Seating by the leader and the section principals{NBSP}🎻",
        lead=wrap(
            rng,
            (
                "Desks rotate from concert to concert in the strings, except the first "
                "desk. The outside player reads the part; the inside player turns the page. "
                "Ask the librarian for a second copy if you need one."
            ),
            72,
        ),
        sections=ORCHESTRA_SECTIONS,
        notes=("Principal at Desk 1, Outside.",),
        item=_players_item,
        footer=("Deputies are booked by the orchestra manager.", STOCK),
        least_sections=5,
        least_items=2,
        same_note=True,
    )
    return export(rng, platform)


# -- the box office ------------------------------------------------------------------------------

ZONES = ("Stalls A", "Stalls B", "Circle", "Upper circle", "Boxes", "Choir seats")
SERIES = (
    "Friday series",
    "Saturday series",
    "Sunday matinées",
    "Family concerts",
    "Lunchtime recitals",
    "Late-night series",
)
#: Concessions, each with prices one figure apart ("£18.50" and "£15.80").
CONCESSIONS = (
    ("Full price", ("£28.50", "£25.80", "£18.50")),
    ("Over 65", ("£25.80", "£18.50", "£15.80")),
    ("Student", ("£15.80", "£15.80", "£10.50")),
    ("Under 18", ("£8.50", "£5.80", "£8.50")),
    ("Jobseeker", ("£15.80", "£10.50", "£15.80")),
    ("Wheelchair user and companion", ("£18.50", "£18.50", "£15.80")),
)


def _prices_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(SERIES):
        return []
    band = rng.randrange(3)
    lines = [SERIES[index]]
    for concession, prices in CONCESSIONS[: rng.randint(4, 6)]:
        lines.append(f"{concession}  {prices[band]}")
    if rng.random() < 0.3:
        lines.append("Booking fee waived online")
    return lines


def price_list(rng: random.Random) -> str:
    """The box-office price list by zone and concession: the same concession lines for every
    zone ("Student  £15.80" word for word), prices one figure apart ("£18.50", "£15.80")."""
    platform = Platform(
        title="Ticket prices — Riverside Hall, autumn season 2026",
        subtitle=f"Box office open Monday to Saturday, 10:00 to 18:00{NBSP}🎟",
        lead=wrap(
            rng,
            (
                "Prices are per seat and include the restoration levy. Concessions need proof "
                "at the door; a companion of a wheelchair user sits free. Tickets may be "
                "exchanged up to 48 hours before the concert for a fee of £2.00."
            ),
            72,
        ),
        sections=ZONES,
        notes=("Prices per seat, levy included.",),
        item=_prices_item,
        footer=("Groups of ten or more save 10 per cent.", STOCK),
        least_sections=5,
        least_items=3,
        same_note=True,
    )
    return export(rng, platform)


# -- programme notes -----------------------------------------------------------------------------

#: The line that closes many notes.
MOTTO_LINE = f"Motto: {MOTTO}"
NOTE_WORKS = (
    "Brahms: Symphony No. 2",
    "Elgar: Cello Concerto",
    "Dvořák: Symphony No. 8",
    "Schumann: Piano Concerto",
    "Sibelius: Symphony No. 5",
)
#: Sentences of the notes; the motto theme and some sentences recur under every work.
NOTE_SENTENCES = (
    f"The horns announce the motto, {MOTTO}, and every theme that follows grows from it.",
    f"The horns announce the motto, {MOTTO}, and every theme that follows grows from it.",
    f"When the motto returns, {MOTTO} in the trombones, the music has come home.",
    "The slow movement opens with a long melody for the cellos, marked Adagio.",
    "The composer wrote most of the score during a summer by a lake in the mountains.",
    "At the first performance the audience demanded that the third movement be repeated.",
    "The finale gathers speed until the whole orchestra is playing at full strength.",
    "Listen for the timpani, which keep the rhythm of the opening bar to the very end.",
    "Critics of the day found the harmony daring, even rough, in the development.",
    "The woodwind answer each other across the orchestra like birds in the evening.",
)


def _notes_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 3:
        return []
    prose = " ".join(rng.sample(NOTE_SENTENCES, rng.randint(3, 5)))
    lines = wrap(rng, prose, rng.choice((64, 72))).split("\n")
    return [*lines, MOTTO_LINE] if rng.random() < 0.6 else lines


def programme_notes(rng: random.Random) -> str:
    """Programme notes: prose paragraphs hard-wrapped as printed, quoting the same motto theme
    ("“frei aber froh”, F–A–F") and the same sentences under several works."""
    platform = Platform(
        title="Programme notes — Riverside Philharmonic, autumn season",
        subtitle=f"Written for the printed programme by Clare Whitfield{NBSP}📖",
        lead=wrap(
            rng,
            (
                "These notes are printed in the programme and posted here a week before "
                "each concert. Quotations from letters are in the composer’s own words, in "
                "translation where the original is German or Czech."
            ),
            72,
        ),
        sections=NOTE_WORKS,
        notes=("Notes by Clare Whitfield.", "Timings from the orchestra’s last performance."),
        item=_notes_item,
        footer=("Notes may be reproduced with credit.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


KINDS = (
    concert_programme,
    rehearsal_schedule,
    player_list,
    price_list,
    programme_notes,
    loan_register,
    seating_plan,
    buginese_notice,
    buhid_notice,
)
