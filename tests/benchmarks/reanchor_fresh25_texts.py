"""Twenty-fifth-round fresh re-anchoring texts (no test here): a fact-check article, a
media-monitoring digest, a TV news rundown and a wire agency's daily budget, each a full
page as a newsroom's tool writes it, with lines that recur word for word.
"""

from __future__ import annotations

import random
from functools import partial

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh25_kit import STOCK
from tests.benchmarks.reanchor_fresh25_more_texts import (
    armenian_notice,
    burmese_notice,
    comments_page,
    corrections_column,
)

FOOTER_NOTE = "Pages are archived as published; later versions are kept beside them."

# -- a fact-check article ------------------------------------------------------------------------

CLAIMS = (
    ("The council has cut {n}% of bus routes since January.", (40, 45, 38)),
    ("The council scrapped {n} bus routes in a single month.", (60, 62, 57)),
    ("Bus fares have risen by {n}% since the routes were cut.", (30, 33, 27)),
    ("The city lost {n} night buses after the subsidy cut.", (12, 14, 9)),
)
EVIDENCE = (
    "The transport department’s timetable shows {a} of 212 routes withdrawn since January.",
    "Of the routes withdrawn, {b} were night services that ran fewer than four buses.",
    "A council spokesperson said the figure of {n}% counts routes merged, not cut.",
    "Passenger numbers fell by {b}% over the same months, according to the operator.",
    f"The claim first appeared in a post on 9{NBSP}March that has since been shared 2,340 times.",
    "Budget papers from February show the bus subsidy was cut by {a} million euros.",
    "Independent analysts at the Transit Lab put the real reduction at {b}%.",
    "The council did not respond to our questions before publication.",
)
LABELS = ("Verdict: False", "Verdict: Misleading", "Needs context", "Verdict: Misleading")
FACT_SECTIONS = ("The claim", "What we found", "The evidence", "Verdict", "Updates", "Sources")
FACT_NOTES = (
    "We quote the claim exactly as it was posted.",
    "Figures are checked against the original documents.",
    "Our rating scale is explained at the foot of the page.",
)


def _fact_item(
    claim: str,
    facts: list[str],
    rng: random.Random,
    section: str,
    index: int,
    earlier: list[list[str]],
) -> list[str]:
    day = 9 + index
    if section == "The claim":
        platform = rng.choice(("Facebook", "X", "Telegram", "TikTok"))
        shares = rng.choice(("2,340", "1,120", "860", "4,015"))
        return [f"Post {index + 1} · {platform} · {day} March · {shares} shares", f"“{claim}”"]
    if section == "What we found":
        lines = [f"What we found: {rng.choice(facts)}", rng.choice(LABELS)]
        return [f"Summary {index + 1}", *lines] if rng.random() < 0.5 else lines
    if section == "Verdict":
        return [f"Verdict box {index + 1}", f"Claim: “{claim}”", rng.choice(LABELS)]
    if section == "Sources":
        source = rng.choice(("Transport department", "Council budget", "Transit Lab", "Operator"))
        return [f"Source {index + 1} · {source} · {day} March", rng.choice(facts), "Archived."]
    head = f"Finding {index + 1} · checked {day} March"
    lines = [head, *rng.sample(facts, rng.randint(1, 2))]
    if rng.random() < 0.35:
        lines.append(f"The post says: “{claim}”")
    if section == "Updates":
        lines.append(rng.choice(("Needs context", "Verdict: False")))
    return lines


def fact_check(rng: random.Random) -> str:
    """A fact-check: the claim quoted at the top, in the body and in the verdict boxes."""
    template, figures = rng.choice(CLAIMS)
    n, a, b = figures
    claim = template.format(n=n)
    facts = [sentence.format(n=n, a=a, b=b) for sentence in EVIDENCE]
    platform = Platform(
        title=f"Fact check: {claim.rstrip('.')}?",
        subtitle=f"By Ana Reyes · Published 12 March 2026 · Updated 14 March{NBSP}🔎",
        lead=wrap(
            rng,
            (
                f"Claim: “{claim}” Our verdict: Misleading. The figure counts routes merged as "
                "routes cut, and leaves out the new night lines."
            ),
            72,
        ),
        sections=FACT_SECTIONS,
        notes=FACT_NOTES,
        item=partial(_fact_item, claim, facts),
        footer=(FOOTER_NOTE, STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a media-monitoring digest -------------------------------------------------------------------

LEDES = {
    "Transport": "Rail workers will strike for 48 hours from Monday, the union said on Friday.",
    "Health": "The health ministry reported 1,240 new measles cases in the week to Sunday.",
    "Courts": "A court in Lyon jailed the former mayor for four years for bribery on Thursday.",
    "Weather": "Storm Ilse brought winds of 140 km/h to the coast, cutting power to 80,000 homes.",
    "Business": "Shares in Nordbank fell 12% after it cut its profit forecast for the year.",
    "Politics": "The coalition agreed a budget deal late on Tuesday after three weeks of talks.",
}
SWAPS = (("said", "says"), ("Friday", "Thursday"), ("1,240", "1,420"), ("12%", "21%"))
OUTLETS = ("Reuters", "AFP", "Le Monde", "BBC News", "Der Spiegel", "El País", "The Local")


def _off_by_a_word(lede: str) -> str:
    for old, new in SWAPS:
        if old in lede:
            return lede.replace(old, new, 1)
    return lede.replace(" the ", " a ", 1)


def _digest_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 8:
        return []  # every outlet that ran it
    lede = LEDES[section]
    outlet = OUTLETS[(index * 3 + len(section)) % len(OUTLETS)]
    clock = f"{6 + index:02}:{rng.randint(0, 59):02}"
    words = _off_by_a_word(lede) if rng.random() < 0.2 else lede
    lines = [f"{outlet} · {clock} · {rng.choice(('web', 'print', 'radio'))}", words]
    lines.append(rng.choice(("Read more", "Read more", "Source: wire copy")))
    if rng.random() < 0.3:
        lines.append(f"Mentions: {rng.choice(('union', 'ministry', 'mayor', 'Nordbank'))} (2)")
    if rng.random() < 0.15:
        lines.append(f"Fact-checked: {rng.choice(('Misleading', 'Needs context', 'False'))}")
    return lines


def monitoring_digest(rng: random.Random) -> str:
    """A monitor's digest: each topic's wire lede quoted under several outlets' names."""
    platform = Platform(
        title="Morning media digest — 13 March 2026",
        subtitle=f"Compiled 07:55 by the monitoring desk; 6 topics, 31 clips{NBSP}🗞️",
        lead=wrap(
            rng,
            (
                "The same wire lede often runs under several outlets’ names; copies that differ "
                "are kept as published. Times are when the clip was seen."
            ),
            72,
        ),
        sections=tuple(LEDES),
        notes=(
            "Clips are sorted by the time they were seen.",
            "Outlets that rewrote the wire copy are marked.",
        ),
        item=_digest_item,
        footer=("Digest sent to 140 subscribers at 08:00.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a TV news rundown ---------------------------------------------------------------------------

STORIES = (
    (
        "FLOODS-RECOVERY",
        "PKG",
        "Three weeks after the floods, families in Tarn are still in hotels.",
    ),
    ("STRIKE-TALKS", "VO", "Talks to end the rail strike resumed this morning in Paris."),
    ("MEASLES", "VO/SOT", "Doctors are urging parents to check their children’s vaccinations."),
    ("NORDBANK", "VO", "Nordbank shares fell sharply after a profit warning."),
    ("STORM-ILSE", "PKG", "Storm Ilse cut power to eighty thousand homes overnight."),
    ("MAYOR-TRIAL", "SOT", "The former mayor of Lyon has been jailed for four years."),
    ("BUDGET-DEAL", "VO/SOT", "The coalition has agreed a budget after three weeks of talks."),
    ("SPORT-CUP", "VO", f"Lyon are through to the cup semi-final after a 2–1 win{NBSP}⚽."),
)
LOWER_THIRDS = ("LIVE — TOULOUSE", "BREAKING NEWS", "Marie Dubois | Correspondent", "LIVE — PARIS")


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02}:{seconds // 60 % 60:02}:{seconds % 60:02}"


def _rundown_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    slug, kind, vo = STORIES[(len(earlier) * 3 + rng.randint(0, 1)) % len(STORIES)]
    start = 30 + 95 * len(earlier) + rng.randint(0, 20)
    lines = [f"{section[-1]}{index + 1} · {slug} · {_clock(start)} · {kind}"]
    lines.append(f"ANCHOR: {rng.choice(('Good evening.', 'Now,', 'Next,'))} {vo}")
    if "VO" in kind or kind == "PKG":
        lines.append(f"VO: {vo}")
    if "SOT" in kind:
        lines.append(f"SOT {_clock(start + 20)}: “We just want to go home,” says a resident.")
    lines.append(f"SUPER: {rng.choice(LOWER_THIRDS)}")
    lines.append(f"TRT {_clock(rng.choice((45, 60, 95, 150)))}")
    lines.append("ENDS")
    return lines


def tv_rundown(rng: random.Random) -> str:
    """An evening bulletin's rundown: slugs, timecodes, anchor intros, VO/SOT, ENDS."""
    platform = Platform(
        title="Evening News 19:00 — rundown v3",
        subtitle=f"Producer: K. Mensah · Director: L. Petit · on air 19:00:00{NBSP}📺",
        lead=wrap(
            rng,
            (
                "Timecodes run from the top of the bulletin. Anchor intros are read live; VO is "
                "read over pictures, SOT is sound on tape, PKG a packaged report."
            ),
            72,
        ),
        sections=("Block A", "Block B", "Block C", "Block D", "Block E"),
        notes=("Supers as agreed with graphics.", "Check the live line before 19:10.", "Tight."),
        item=_rundown_item,
        footer=("Rundown locked at 18:40; changes by phone to the gallery.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a wire agency's daily budget and advisories -------------------------------------------------

BUDGET_STORIES = (
    ("FLOODS-TOLL", "Death toll from the Tarn floods rises to {n}, officials say."),
    ("STRIKE-RAIL", "Rail strike enters day {n}, talks resume in Paris."),
    ("MEASLES-CASES", "Measles cases climb to {n} in the week, ministry says."),
    ("NORDBANK-SHARES", "Nordbank shares fall {n}% on profit warning."),
    ("STORM-POWER", "Storm Ilse leaves {n},000 homes without power."),
    ("BUDGET-VOTE", "Coalition budget passes by {n} votes."),
)


def _budget_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    slug, line = BUDGET_STORIES[(index + len(section)) % len(BUDGET_STORIES)]
    figure = rng.choice((42, 43, 12, 80, 3, 14))
    head = f"{section.split()[0].upper()}-{slug}"
    lines = [head, line.format(n=figure)]
    due = rng.choice(("1200", "1400", "1630", "1900"))
    lines.append(f"Expected by {due} GMT, {rng.choice((300, 450, 600))} words.")
    if rng.random() < 0.35:
        lines.append(line.format(n=figure + 1))
    if rng.random() < 0.3:
        lines.append(rng.choice(("Moved.", "Photos.", "Video.")))
    if rng.random() < 0.15:
        lines.append(f"Correction: fixes figure in paragraph 2 to {figure}.")
    if section == "Advisories" and rng.random() < 0.5:
        lines.append(
            f"Fact check: claim on {slug.lower()} rated {rng.choice(('False', 'Misleading'))}."
        )
    return lines


def wire_budget(rng: random.Random) -> str:
    """A wire agency's daily budget: slugs, due times, items one figure apart."""
    platform = Platform(
        title="Daily news budget — Friday 13 March 2026",
        subtitle=f"Europe desk · updated 11:05 GMT · all times GMT{NBSP}📰",
        lead=wrap(
            rng,
            (
                "Stories we expect to move today, with slugs and due times. Advisories follow "
                "each desk’s list; corrections are flagged where they moved."
            ),
            72,
        ),
        sections=("World desk", "Business desk", "Sport desk", "Advisories", "Pictures desk"),
        notes=(
            "Times may slip; check the advisory line.",
            "Word counts are approximate.",
            "Subscribers see moved items first.",
        ),
        item=_budget_item,
        footer=("Next budget at 1600 GMT.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


KINDS = (
    fact_check,
    monitoring_digest,
    tv_rundown,
    wire_budget,
    corrections_column,
    comments_page,
    burmese_notice,
    armenian_notice,
)
