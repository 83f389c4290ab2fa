"""Twenty-first-round fresh re-anchoring texts (no test here): a bill as amended in
committee, an interview transcript, an English SDH subtitle file and a software project's
README and changelog, each drawn from a seed, with stock lines that recur word for word,
twins one number apart, references by number, times, emoji and combining marks.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh21_kit import (
    NBSP,
    NNBSP,
    ZWJ,
    assemble,
    interview,
    subtitle_cues,
)
from tests.benchmarks.reanchor_fresh21_more_texts import (
    hymn_with_translation,
    korean_subtitles,
    product_manual,
    welsh_oral_history,
)

SECTION_TITLES = (
    "Community energy schemes",
    "Powers of the Minister",
    "Grants to scheme operators",
    "Register of schemes",
    "Duty to publish information",
    "Appeals",
    "Offences",
    "Guidance",
    "Review of this Act",
    "Financial provision",
    "Directions to operators",
    "Inspection of schemes",
    "Annual report",
    "Interpretation",
    "Commencement",
    "Short title and extent",
)
SUBSECTIONS = (
    "The Minister may by regulations make provision about community energy schemes.",
    "The Minister may by regulations make provision about grants under this Act.",
    "Regulations under this section are subject to the negative procedure.",
    "Subject to section {ref}, an operator must apply within {days} days.",
    "Subject to section {ref}(2)(b), the register must be kept open to the public.",
    "In this Act, “scheme” means a community energy scheme registered under section {ref}.",
    "In this Act, “operator” means the person who runs a scheme.",
    "[Amendment {amendment}] The Minister must publish a notice within {days} days.",
    "A person who fails to comply with section {ref} commits an offence.",
    "An appeal lies to the First-tier Tribunal within {days} days of the decision.",
    "Nothing in this section applies to a scheme run by a local authority.",
    "The Minister may by regulations amend the amounts in Schedule 1.",
)
PARAGRAPHS = (
    "(a) a scheme owned by its members;",
    "(b) a scheme owned by a charity;",
    "(c) a scheme of not more than 5 megawatts.",
    "(a) the operator’s name and address;",
    "(b) the date on which the scheme was registered.",
)


def _subsection(rng: random.Random, number: int, sections: int) -> str:
    return rng.choice(SUBSECTIONS).format(
        ref=rng.randint(1, sections),
        days=rng.choice((14, 28, 28, 42)),
        amendment=rng.randint(3, 60),
    )


def amended_bill(rng: random.Random) -> str:
    """A bill as amended in committee: numbered sections of subsections "(1) …", stock
    clauses repeated in several sections, definitions, cross-references, a schedule."""
    count = rng.randint(12, 15)
    titles = rng.sample(SECTION_TITLES, count)
    made = []
    for number, title in enumerate(titles, start=1):
        lines = [f"{number}. {title}"]
        for sub in range(1, rng.randint(3, 6)):
            lines.append(f"({sub}) {_subsection(rng, number, count)}")
            if rng.random() < 0.25:
                lines.extend(rng.sample(PARAGRAPHS, 2))
        made.append("\n".join(lines))
    schedule = "\n".join(
        [
            "Schedule 1 — Amounts",
            "Grant for a scheme of up to 1 megawatt: £40,000.",
            "Grant for a scheme of up to 2 megawatts: £70,000.",
            "Grant for a scheme of up to 5 megawatts: £95,000.",
        ]
    )
    closing = [
        schedule,
        f"Explanatory note: the sponsor’s office (Caerdydd{NBSP}CF10) answers questions; "
        f"the clerk 👩{ZWJ}⚖️ who drafted it is Ms Adébáyọ̀ Hughes.",
    ]
    return assemble(
        "Community Energy Bill",
        f"As amended in Committee — HL Bill {rng.randint(20, 90)} (2026)",
        ["Be it enacted by the King’s most Excellent Majesty, as follows:"],
        made,
        closing,
    )


QUESTIONS = (
    "So, um, when did you first start working at the depot?",
    "And did you know the other drivers well?",
    "Can you tell me about the strike, you know, in your own words?",
    "Was that the same year the depot closed?",
    "Did anyone from the council come to see you?",
    "How did your family manage?",
    "Do you still see them?",
    "Right. And what happened after that?",
)
ANSWERS = (
    "Yes.",
    "I don't know.",
    "Right.",
    "Um, I— I think it was 1984, you know, the spring.",
    "We all knew each other, uh, we'd been on the buses twenty years.",
    "[laughter] Oh, that's a long story, that is.",
    "My wife kept us going, I mean, she did the books and everything.",
    "I don't know. [inaudible] I don't remember the name.",
    "Mr Owain Bevan came once, with the union man, see section 2 of the agreement.",
    "We met in the canteen every morning, um, for the first 10 minutes.",
    "Yes. Every Friday, even now.",
)
TOPICS = (
    "Starting out",
    "The depot",
    "The strike",
    "Family",
    "Afterwards",
    "The closure",
    "The union",
    "Looking back",
)


def interview_transcript(rng: random.Random) -> str:
    """An oral-history interview: segments of timestamped turns, fillers and false starts,
    short answers that recur, a name later anonymised."""
    respondent = rng.choice(("RESPONDENT 3", "RESPONDENT 7"))
    made = interview(
        rng,
        [f"Segment {{number}}: {topic}" for topic in rng.sample(TOPICS, len(TOPICS))],
        ("INTERVIEWER", respondent),
        QUESTIONS,
        ANSWERS,
        ("[Note: the respondent returns to this in segment {number}.]", 1, 0.5),
    )
    closing = [
        f"Transcribed by Siân Adébáyọ̀ ({respondent.title()}’s consent form no.{NBSP}"
        f"{rng.randint(100, 999)}); checked 👩{ZWJ}💻 against the tape."
    ]
    return assemble(
        "Bus Depot Oral History Project — Interview 14",
        f"{respondent} with INTERVIEWER, recorded at home, tape {rng.randint(1, 9)}",
        ["Clean verbatim was not applied: fillers, false starts and overlaps are kept."],
        made,
        closing,
    )


CUE_LINES = (
    "We don’t leave anyone behind.",
    "MARIA: Where were you last night?",
    "DEV: At the harbour. Where else?",
    "(laughs) You never change.",
    "♪ Here comes the tide, here comes the light ♪",
    "MARIA: The boat’s not coming back.",
    "DEV: Then we go out and find it.",
    "We don’t leave anyone behind.",
    "[wind howling]",
    "Uh, I thought you said seven.",
    "MARIA: I said eleven.",
    "It’s the same as cue 4, the same words.",
)


def sdh_subtitles(rng: random.Random) -> str:
    """An English SDH subtitle file: numbered cues of one or two lines with timings, a
    catchphrase and a theme line that recur word for word, sound tags, speaker labels."""
    cues = subtitle_cues(rng, CUE_LINES, 60)
    closing = [
        f"Subtitles by Chloé Adébáyọ̀ for Harbour Lights{NBSP}Ltd — the team’s 👨{ZWJ}👩"
        f"{ZWJ}👧 thanks.{NNBSP}Corrections welcome."
    ]
    return assemble(
        f"Harbour Lights — S01E0{rng.randint(1, 8)} “The Long Tide” (English SDH)",
        "SubRip file, 25 fps, revision 2",
        [],
        cues,
        closing,
    )


BULLETS = (
    "- :bug: Fixed a crash when the config file is empty (#{issue}).",
    "- Fixed a crash when the cache directory is missing (#{issue}).",
    "- Fixed a crash when the config file is empty (#{issue}).",
    "- :sparkles: Added the `--config` option to every command (#{issue}).",
    "- Changed the default timeout to {seconds} seconds (#{issue}).",
    "- Removed support for Python 3.9 (#{issue}).",
    "- Fixed the progress bar on Windows terminals (#{issue}).",
    "- Fixed the progress bar on Windows consoles (#{issue}).",
    "- :tada: Added export to EPUB 3 with a table of contents (#{issue}).",
    "- Fixed a crash when the library path holds an emoji (#{issue}).",
    "- Updated the install commands in section 1 (#{issue}).",
)
SECTIONS = (
    (
        "Installation",
        "```\npip install parallax-cli\nparallax --version\n```\n"
        "Requires Python 3.10 or later. See section 3 for the options.",
    ),
    (
        "Quick start",
        "```\nparallax init\nparallax add ~/Books --recursive\nparallax sync --config "
        "~/.parallax.toml\nparallax export --format epub --out book.epub\n```\n"
        "The first sync of a large library can take 10 minutes. See section 4 if it hangs.",
    ),
    (
        "Usage",
        "```\nparallax sync --config ~/.parallax.toml\n"
        "parallax export --format epub --out book.epub\n```",
    ),
    (
        "Configuration",
        "| Option | Default | Meaning |\n| --- | --- | --- |\n"
        "| `--config` | `~/.parallax.toml` | the file read first |\n"
        "| `--timeout` | 30 seconds | how long a sync waits |",
    ),
    (
        "Troubleshooting",
        "If a sync hangs, run it again with `--verbose`. If it still hangs, see section 2 "
        "and check the timeout of 30 seconds.",
    ),
    ("Contributing", "Run the tests before you open a pull request. Fixed bugs need a test."),
    (
        "Upgrading",
        "```\npip install --upgrade parallax-cli\nparallax migrate --config ~/.parallax.toml\n```\n"
        "Back up your library first. A migration takes about 2 minutes per 1,000 books.",
    ),
    ("Licence", "MIT. See LICENSE. The icons are CC BY 4.0 and keep their authors’ names."),
)


def readme_changelog(rng: random.Random) -> str:
    """A project's README (numbered sections, install commands in code blocks, an option
    table) and its changelog: versions of bullets that differ by one word or one issue
    number, a credit line with a thumbs-up."""
    made = [
        f"## {number}. {title}\n{body}" for number, (title, body) in enumerate(SECTIONS, start=1)
    ]
    made.append("# Changelog")
    major, minor = 2, rng.randint(3, 6)
    issue = rng.randint(1200, 1500)
    for version in range(minor + 9, minor - 1, -1):
        released = f"20{24 + version // 12}-{version % 12 + 1:02}-{rng.randint(10, 28)}"
        made.append(f"## [{major}.{version}.0] - {released}")
        bullets = []
        for template in rng.sample(BULLETS, rng.randint(4, 7)):
            issue += rng.randint(1, 9)
            bullets.append(template.format(issue=issue, seconds=rng.choice((30, 60))))
        made.append("### Fixed\n" + "\n".join(bullets))
    closing = [
        f"Thanks to Adébáyọ̀ O. and the team’s reviewers 👍{NBSP}🧑{ZWJ}💻 — you keep "
        "this project going."
    ]
    return assemble(
        "# parallax-cli",
        f"Sync and export your reading library. Version 2.{minor + 9}.0",
        [],
        made,
        closing,
    )


KINDS = (
    amended_bill,
    interview_transcript,
    sdh_subtitles,
    readme_changelog,
    product_manual,
    hymn_with_translation,
    welsh_oral_history,
    korean_subtitles,
)
