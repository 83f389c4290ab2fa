"""Twelfth-round fresh texts, first half (no test here): a wiki talk page, a restaurant menu
with allergen codes, a home insurance policy's wording and a video game's patch notes.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh12_kit import (
    NBSP,
    ZWJ_EMOJI,
    assemble,
    bullets,
    comments,
    discussion,
    emoji,
    footer,
    key,
    pairs,
    people,
    tag,
)
from tests.benchmarks.reanchor_fresh12_more_texts import (
    allotment_newsletter,
    ferry_notice,
    job_advert,
    tamil_school,
)


def talk_page(rng: random.Random) -> str:
    """A wiki talk page about a village article: threads of signed, indented replies, the
    same "Not done" reply again and again, two near-identical requests a year apart."""
    first, second, third, fourth = people(rng, 4)
    year = rng.choice((1841, 1851, 1861))
    census = f"The population figure of {year} comes from the census, not from the parish."
    census_twin = census.replace(str(year), str(year + 10))
    not_done = "Not done: please give a reliable source for the change."
    tildes = "Remember to sign your posts with four tildes (~~~~)."
    blocks = [
        "About this page",
        (
            "This is the **talk page** for discussing improvements to the article on "
            "Ballykeel. It is **not** a forum for general discussion of the village. Please "
            "sign your posts with four tildes. New topics go at the bottom of the page "
            f"{emoji(rng)}."
        ),
        key("WC", "HL", "SF"),
        (
            "The article is part of the [Irish villages project](https://example.org/villages) "
            "and is rated C-class. YOU MUST NEVER copy text from the council’s website: "
            f"it is under copyright{NBSP}(all rights reserved)."
        ),
        "Population figure",
        discussion(
            rng,
            [
                (0, first, census),
                (1, second, "I checked the scan and it says 412, not 421."),
                (2, first, "Then the infobox is wrong as well. I will fix both."),
                (3, third, not_done),
                (2, first, "Here is the scan: page 14 of the county volume."),
                (3, third, "Thanks, that will do. Changed to 412."),
            ],
        ),
        "Edit request: opening hours of the library",
        discussion(
            rng,
            [
                (0, fourth, f"The library {tag('WC', 'HL')} now opens on Saturdays from 10:00."),
                (1, second, not_done),
                (2, fourth, "The source is the library’s own leaflet, dated this month."),
                (1, third, f"Done. The hall next door {tag('SF')} is listed too."),
            ],
        ),
        (
            "Summary of the library discussion: the request said: “The library opens on "
            "Saturdays from 10:00.” The editors agreed after a source was given. The same "
            "rule applies to every request on this page: “No source, no change.” Nobody "
            "disputed it."
        ),
        tildes,
        "Population figure, again",
        discussion(
            rng,
            [
                (0, fourth, census_twin),
                (1, first, not_done),
                (2, fourth, "It is in the same county volume, page 15."),
                (1, second, "See the thread above; the two figures are ten years apart."),
            ],
        ),
        tildes,
        "Photographs",
        (
            "Several photographs of the church and the old school were uploaded in spring. "
            "Two of them show the same doorway from different sides. The caption of the "
            "second one was wrong and has been fixed. Please add the date a photograph was "
            "taken when you upload it."
        ),
        bullets(
            [
                f"Church of St Brigid {tag('WC')}, west door, 2019",
                f"Old national school {tag('SF')}, east gable, 2021",
                f"Community hall {tag('WC', 'HL')}, main entrance, 2023",
                "Ballykeel bridge, from the north bank, 2024",
            ]
        ),
        tildes,
        "Requested moves",
        (
            "It was proposed that the article be renamed “Baile Caol” after the Irish name. "
            "The discussion was closed with no consensus. IMPORTANT: a new proposal should "
            "not be opened within six months of the last one. The old name stays for now."
        ),
        discussion(
            rng,
            [
                (0, third, "Support: the Irish name is the official one since 1975."),
                (1, second, "Oppose: most English sources still use Ballykeel."),
                (2, third, not_done),
                (1, first, "Neutral. Both names are already in the first sentence."),
            ],
        ),
        (
            "The archived threads are listed on the [archive page](https://example.org/archive). "
            "Threads with no replies for 90 days are archived by a bot. The bot never archives "
            "a thread that is still open. Ask at the help desk if a thread disappears."
        ),
        *pairs(rng, 2),
        *comments(rng, "the census"),
        *footer(rng, "the wiki"),
        f"Last edited {rng.randint(2, 28)} days ago by {second} {ZWJ_EMOJI}.",
    ]
    return assemble("Talk: Ballykeel", "From the village wiki", blocks)


def menu(rng: random.Random) -> str:
    """A restaurant menu with allergen codes on every dish, a service line printed under
    every course, two dishes one price apart and a Greek and English set menu."""
    chef, manager = people(rng, 2)
    soup = rng.choice(("5.50", "6.00", "6.50"))
    service = "A discretionary service charge of 12.5% will be added to your bill."
    ask = "Please ask a member of staff about allergens before you order."
    starters = [
        f"**Soup of the day** {tag('G', 'Mi')} — {soup}",
        f"Grilled halloumi with honey and thyme {tag('Mi')} — 7.50",
        f"Crispy squid, aioli {tag('G', 'F', 'E')} — 8.00",
        f"Beetroot and walnut salad {tag('N', 'Ve')} — 7.00",
        f"Hummus, warm pitta, paprika oil {tag('G', 'Se', 'Ve')} — 6.50",
    ]
    mains = [
        f"Slow-cooked lamb shoulder, lemon potatoes {tag('Mi')} — 19.50",
        f"Sea bream, samphire, brown butter {tag('F', 'Mi')} — 18.50",
        f"Aubergine moussaka {tag('G', 'Mi', 'E')} — 15.00",
        f"Chickpea and spinach stew {tag('Ve')} — 13.50",
        f"Chicken souvlaki, tzatziki, chips {tag('Mi', 'G')} — 16.00",
        f"Chicken souvlaki, tzatziki, salad {tag('Mi')} — 16.50",
    ]
    desserts = [
        f"Baklava {tag('G', 'N')} — 6.00",
        f"Greek yoghurt, honey, walnuts {tag('Mi', 'N')} — 5.50",
        f"Orange and olive oil cake {tag('G', 'E', 'Ve')} — 6.00",
    ]
    blocks = [
        "Welcome",
        (
            f"Our kitchen is run by {chef}, who grew up on Crete {emoji(rng)}. Everything is "
            "cooked to order. On busy evenings a dish may take twenty minutes. We ALWAYS "
            f"have a vegan choice for every course. Tonight’s specials are on the board "
            f"{ZWJ_EMOJI}."
        ),
        key("G", "Mi", "E", "N", "Se", "F", "Ve"),
        (
            f"{ask} Our kitchen handles all fourteen allergens. WE cannot promise that any "
            f"dish is free of traces. DO NOT rely on the codes alone if an allergy is severe."
        ),
        "Starters",
        bullets(starters),
        service,
        "Mains",
        bullets(mains),
        (
            "Our lamb comes from a farm near Ballymore (we visit twice a year). The fish is "
            "landed at Howth in the morning and on the menu that night. The chef says: "
            "“If it was not caught today, it is not on the menu.” The souvlaki is the "
            "dish most guests order."
        ),
        service,
        "Desserts",
        bullets(desserts),
        service,
        "Set menu / Μενού ημέρας",
        (
            f"Two courses for 24.00 or three for 29.00, Monday to Thursday until 19:00. "
            f"Δύο πιάτα 24.00 ή τρία 29.00, Δευτέρα έως Πέμπτη μέχρι τις 19:00. {ask}"
        ),
        (
            "Choose any starter and any main from the list above. The set menu is **not** "
            "available on public holidays. The waiter will say: “The set menu is for the "
            "whole table.” One bill per table, please."
        ),
        "Drinks",
        (
            f"House wine by the glass 6.50, by the carafe 18.00. Greek beer 5.50. Soft "
            f"drinks 3.00. Tap water is FREE and always will be {emoji(rng)}. "
            "Our wine list is on the [website](https://example.org/wine)."
        ),
        bullets(
            [
                f"Assyrtiko, Santorini {tag('O')} — 38.00",
                "Agiorgitiko, Nemea — 34.00",
                f"Xinomavro, Naoussa {tag('O')} — 36.00",
                "Retsina, Attica — 24.00",
            ]
        ),
        "Private dining",
        (
            f"The room upstairs seats twenty. Ask {manager} for the private dining menu. A "
            "deposit of 100.00 is needed to book it. The deposit comes off the bill on the "
            f"night.{NBSP}Cancellations within 48 hours lose the deposit."
        ),
        ask,
        *pairs(rng, 2),
        *comments(rng, "allergens"),
        *footer(rng, "the taverna"),
        service,
    ]
    return assemble("Taverna Ammos", "Dinner menu · Μενού", blocks)


def insurance_policy(rng: random.Random) -> str:
    """A home insurance policy's wording: defined terms in capitals, the same exclusion
    sentence in every section, limits one figure apart, and the claims line said thrice."""
    insurer = rng.choice(("Harbour Mutual", "Lighthouse Insurance", "Greenfield Assurance"))
    limit = rng.choice((1_000, 1_500, 2_000))
    excess = rng.choice((100, 150, 250))
    exclusion = "WE will not pay for loss or damage caused by wear and tear."
    claims = f"To make a claim, call {insurer} on 0800{NBSP}555{NBSP}010 at any time."
    blocks = [
        "How to read this policy",
        (
            f"This policy is a contract between YOU and {insurer}. Words in capitals have "
            "the meaning given in the definitions below. Please read it with the schedule, "
            "which shows the cover YOU have chosen. YOU MUST tell US about any change."
        ),
        key("WC", "SF", "HL"),
        (
            f"Branches marked {tag('WC', 'SF')} have step-free access; those marked "
            f"{tag('HL')} have a hearing loop. The policy is also in large print on the "
            "[accessibility page](https://example.org/access)."
        ),
        "Definitions",
        bullets(
            [
                "YOU: the person named in the schedule, and their family living with them.",
                "THE INSURED PERSON: YOU, or anyone YOU allow to live at YOUR HOME.",
                "YOUR HOME: the private house at the address in the schedule.",
                f"Excess: the first €{excess} of every claim, which YOU pay.",
                "Period of insurance: twelve months from the start date.",
            ]
        ),
        "Section 1: Buildings",
        (
            "WE will pay for loss or damage to the buildings of YOUR HOME caused by fire, "
            "storm, flood, theft or escape of water. WE will pay up to the sum in the "
            f"schedule. {exclusion}"
        ),
        (
            "Escape of water is covered only if the pipes were lagged. THE INSURED PERSON "
            "MUST turn off the water if YOUR HOME is empty for more than 30 days. If "
            "not, the claim may be refused."
        ),
        "Section 2: Contents",
        (
            f"WE will pay for loss of or damage to contents in YOUR HOME. Any single item "
            f"worth more than €{limit} MUST be listed in the schedule. {exclusion}"
        ),
        (
            f"Jewellery, watches and art are covered up to €{limit + 500} in total. Cash is "
            f"covered up to €{limit // 4}. Bicycles are covered up to €{limit // 2} each, if "
            "locked. DO NOT leave keys in a parked car."
        ),
        "Section 3: Liability",
        (
            "WE will pay amounts THE INSURED PERSON is legally liable to pay for injury to "
            "other people or damage to their property, up to €2,000,000. "
            f"{exclusion}"
        ),
        "General conditions",
        (
            "YOU MUST take reasonable care to prevent loss. YOU MUST give US the "
            "information WE ask for. The policy says: “WE may cancel this policy by giving "
            "YOU 14 days’ notice.” YOU may cancel at any time."
        ),
        "Claims",
        claims,
        (
            "Tell US as soon as possible. Keep damaged items until WE have seen them. "
            "IMPORTANT: NEVER admit liability to anyone without OUR written consent. The "
            "claims team will say: “Please send photographs of the damage.” Do so within "
            "seven days."
        ),
        claims,
        "Complaints",
        (
            f"If YOU are unhappy, write to the Customer Care Manager at {insurer}. If "
            "YOU are still unhappy after eight weeks, YOU may contact the Financial Services "
            f"and Pensions Ombudsman {emoji(rng)}. Their service is FREE."
        ),
        *pairs(rng, 2),
        *comments(rng, "flood cover"),
        *footer(rng, insurer),
        claims,
    ]
    return assemble(f"{insurer}: Home Insurance", "Policy wording, edition 4", blocks)


def patch_notes(rng: random.Random) -> str:
    """A video game's patch notes: fixes by platform code, "Fixed a crash" lines again and
    again, versions 2.4.1 and 2.4.11, two near-identical balance changes."""
    lead, community = people(rng, 2)
    damage = rng.choice((40, 45, 50))
    crash = "Fixed a crash when loading a saved game."
    thanks = "Thank you for your reports — keep them coming!"
    blocks = [
        "Overview",
        (
            f"Version 2.4.11 is live on all platforms {emoji(rng)}. It follows 2.4.1 and "
            "fixes what players reported last week. Servers will be down for two hours. "
            "Progress is saved: YOU DO NOT need to do anything."
        ),
        key("PC", "PS", "XB"),
        "Fixes",
        bullets(
            [
                f"{crash} {tag('PC')}",
                f"{crash} {tag('PS', 'XB')}",
                f"Fixed the map not opening after a cut-scene {tag('PC', 'PS', 'XB')}",
                f"Fixed subtitles in Greek and Irish {tag('XB')}",
                f"Fixed a sound loop in the harbour level {tag('PS')}",
            ]
        ),
        (
            "The crash on loading was caused by a corrupted autosave. The game now keeps "
            "two autosaves and loads the older one if the newer one fails. Players said: "
            "“I lost three hours of progress.” That should NEVER happen again."
        ),
        thanks,
        "Balance changes",
        (
            f"The longbow’s damage goes from {damage} to {damage - 5}. The crossbow’s damage "
            f"goes from {damage} to {damage + 5}. Both now reload in 1.2 seconds. "
            "Stamina regenerates 10% faster out of combat."
        ),
        (
            f"The longbow’s damage in ranked matches goes from {damage} to {damage - 4}. "
            "The numbers in ranked and casual play will be the same again in 2.5."
        ),
        "Known issues",
        bullets(
            [
                f"{crash} {tag('XB')} (fix in 2.4.12)",
                f"Achievements can unlock twice {tag('PS')}",
                "The photo mode hides the compass",
            ]
        ),
        thanks,
        "Accessibility",
        (
            "Subtitles can now be made larger and given a dark background. Colour-blind "
            "modes cover the minimap too. Every menu can be read aloud. Our lead designer "
            f"{lead} said: “Nobody should need a second pair of eyes to play.”"
        ),
        "Community",
        (
            f"Thanks to {community} and the **Ballykeel Speedrunners** for finding the map "
            "bug. Join the [forum](https://example.org/forum) to report problems. IMPORTANT: "
            f"include your platform and version number {ZWJ_EMOJI}. "
            f"The next livestream is on Friday at 19:00{NBSP}UTC."
        ),
        thanks,
        *pairs(rng, 2),
        *comments(rng, "version 2.4.11"),
        *footer(rng, "the studio"),
        "Coming in 2.5",
        (
            "A new harbour district, two more bows, and the ranked season reset. "
            "Crossplay between PC and consoles is in testing. WE will share a date soon."
        ),
        thanks,
    ]
    return assemble("Tides of Ballykeel: patch 2.4.11", "Release notes", blocks)


KINDS = (
    talk_page,
    menu,
    insurance_policy,
    patch_notes,
    job_advert,
    allotment_newsletter,
    ferry_notice,
    tamil_school,
)
