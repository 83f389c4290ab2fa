"""Fourteenth-round fresh re-anchoring texts (no test here): a theatre programme with a cast
list and doubled roles, a county court's daily cause list, a swimming gala's results sheet
and an online forum's FAQ, written to be hostile (boilerplate repeated, near twins that
differ by one figure or one name, decoys, mixed scripts, emoji and combining marks).
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh12_kit import assemble
from tests.benchmarks.reanchor_fresh14_kit import NBSP, ZWJ, bullets, emoji, footer, people
from tests.benchmarks.reanchor_fresh14_more_texts import (
    church_notice_sheet,
    festa_major_notice,
    gurdwara_langar_notice,
    runner_information_pack,
)


def theatre_programme(rng: random.Random) -> str:
    """A touring company's programme: a cast list where three actors double roles, the
    same latecomers line before each act, two performances a day apart."""
    director, designer, manager = people(rng, 3)
    late = "Latecomers will be admitted at a suitable break in the performance."
    first, second = rng.choice(((14, 15), (21, 22), (7, 8)))
    blocks = [
        f"Welcome {emoji(rng)}",
        (
            f"Welcome to The Winter’s Tale, in a new production by {director}. It’s the "
            "company’s twelfth tour, and it visits eleven towns in ten weeks. The play runs "
            "for three hours, with one interval of twenty minutes."
        ),
        (
            f"Tonight’s performance is signed in BSL. The performance on {first} March is "
            f"captioned, and the performance on {second} March is relaxed. {late}"
        ),
        "Cast",
        bullets(
            [
                "Leontes, King of Sicilia — Kwame Mensah",
                "Hermione, his queen — Siân Pritchard",
                "Polixenes, King of Bohemia — Jordi Ferrer",
                "Paulina — Ọláyínká Adébáyọ̀",
                "Antigonus / Old Shepherd — Tomasz Wiśniewski",
                "Mamillius / Perdita — Eilidh MacLeod",
                "Camillo / Time — Marit Solberg",
            ]
        ),
        (
            "Three actors play two parts each. Tomasz Wiśniewski plays Antigonus in the "
            "first half and the Old Shepherd in the second; Eilidh MacLeod plays Mamillius "
            "and then Perdita, his sister; Marit Solberg plays Camillo and Time."
        ),
        "Act one",
        (
            f"{late} The first act is set in Sicilia and lasts ninety minutes. Please "
            "switch off mobile phones; photography isn’t allowed during the performance."
        ),
        "Act two",
        (
            f"{late} The second act is set in Bohemia, sixteen years later, and lasts "
            "seventy-five minutes. Please don’t leave your seat during the bear scene."
        ),
        "Creative team",
        bullets(
            [
                f"Director — {director}",
                f"Designer — {designer}",
                f"Company manager — {manager}",
                "Movement — Rosa Ferrer",
                "Music — Rosa Ferrer and Jordi Puigdemont",
            ]
        ),
        (
            f"{designer} designed the set to fold into two vans. It’s built from recycled "
            "timber and can be put up in four hours. The costumes, forty in all, are washed "
            "after every week-end."
        ),
        "From the director",
        (
            "“Exit, pursued by a bear” is the most famous stage direction ever written. We "
            "don’t show the bear; you’ll hear it. Audiences must decide for themselves "
            "whether it’s funny or terrifying, and most laugh, then stop."
        ),
        (
            f"— {director}, {first - 1} February 2026. Ευχαριστώ to the cast, who learned "
            "two parts in five weeks."
        ),
        "Front of house",
        (
            "The bar opens one hour before the performance. Interval drinks should be "
            "ordered before the show and collected from the bar. Please note that the "
            "auditorium doors close at 7.25 pm."
        ),
        (
            "The bar opens one hour before the matinée. Interval drinks should be ordered "
            "before the show and collected from the foyer. Please note that the auditorium "
            "doors close at 2.25 pm."
        ),
        (
            f"Members of the RSC Friends scheme can pre-book seats for the next tour on "
            f"line from {second + 1} March. Tickets must not be resold{NBSP}⚠️."
        ),
        *footer(rng, "the theatre", "boxoffice@wintertale.example.org"),
        f"Thank you for coming 🎭{ZWJ}✨ — the company",
    ]
    return assemble("The Winter’s Tale — programme", f"Spring tour 2026, {first} March", blocks)


def cause_list(rng: random.Random) -> str:
    """A county court's daily cause list: case numbers one digit apart, the same
    "not before" line under every list, the same judge in two courts on two days."""
    judge, deputy, usher = people(rng, 3)
    number = rng.randint(100, 899)
    stock = "Parties must arrive thirty minutes before their hearing."
    blocks = [
        "Daily cause list ⚖️",
        (
            "This list is published by HMCTS at 4 pm on the working day before. It’s "
            "subject to change until the morning of the hearing, and cases may be moved "
            "to another court without notice."
        ),
        (
            f"{stock} If you’re late, the case may be heard without you. Please note that "
            "the court doesn’t open until 9 am."
        ),
        "Court 1",
        (
            f"Before {judge}, sitting at 10 am. {stock} The list is expected to take the "
            "whole day, and there’s no lunch adjournment before 1 pm."
        ),
        bullets(
            [
                f"K00BR{number} — Harland Lettings Ltd v Adébáyọ̀ — possession, two hours",
                f"K00BR{number + 1} — Harland Lettings Ltd v Adebayo — possession, two hours",
                f"K00BR{number + 10} — Mensah v Northgate Motors — small claim, one hour",
                f"K01BR{number} — In the matter of the Estate of Ivy Roe — directions",
            ]
        ),
        "Court 2",
        (
            f"Before {deputy}, sitting at 10.30 am. {stock} Litigants in person should "
            "bring three copies of every document they rely on."
        ),
        bullets(
            [
                f"J12CD{number} — Pritchard v Pritchard — financial remedy, not before 2 pm",
                f"J12CD{number + 2} — MacLeod v Solberg — contact, not before 2 pm",
                f"J12CD{number + 20} — Re Z (a child) — in private, not before 3 pm",
            ]
        ),
        "Court 3 (video)",
        (
            f"Before {judge}, sitting by video at 2 pm. {stock} Links are sent by e-mail "
            "the day before; if you don’t receive one by 4 pm, telephone the court."
        ),
        (
            f"Before {judge}, sitting by video at 2.30 pm. Parties must arrive thirty "
            "minutes before their hearing. Links are sent by e-mail the day before."
        ),
        "Interpreters",
        (
            "An interpreter must be booked by the court, not by the parties. Interpreters "
            "for Polish, Yoruba and Welsh are booked today. Croeso: mae croeso i chi siarad "
            "Cymraeg yn y llys."
        ),
        "Press and public",
        (
            "Hearings in private are marked as such, and the public won’t be admitted. "
            "Reporters should show their press card to the usher, "
            f"{usher}, before 9.45 am. Photography must not take place in the building."
        ),
        (
            "Mobile phones must be switched off in court. Please don’t eat or drink in "
            "court; water is provided. Security searches take up to fifteen minutes at "
            "busy times."
        ),
        "Help in court",
        (
            f"Free legal advice is available from 9.30 am in room four, on a first-come "
            f"basis {emoji(rng)}. The Support Through Court volunteers can help you fill "
            "in forms, but they can’t give legal advice."
        ),
        *footer(rng, "the listing office", "listing.northgate@justice.example.gov.uk"),
    ]
    return assemble(
        "Northgate County Court", f"Cause list for Tuesday {rng.randint(2, 27)} May 2026", blocks
    )


def gala_results(rng: random.Random) -> str:
    """A swimming club's gala results sheet: times one hundredth apart, the same
    disqualification line again and again, two swimmers sharing a surname."""
    referee, starter, coach = people(rng, 3)
    base = rng.randint(31, 38)
    dq = "Disqualified: false start."
    blocks = [
        f"Results {emoji(rng)}",
        (
            f"The spring open meet was held under ASA rules, with {referee} as referee and "
            f"{starter} as starter. There were two hundred and twelve entries from eight "
            "clubs. Times are in seconds unless shown otherwise."
        ),
        (
            "Heats were swum as timed finals. Ties for a medal are swum off; ties elsewhere "
            "aren’t. Please check your times on the board before you leave, because "
            "results are final after thirty minutes."
        ),
        "Girls 50 m freestyle, 11–12 years",
        bullets(
            [
                f"1. Ava Kaur, Riverside — {base}.41 (PB) 🏅",
                f"2. Mia Kaur, Riverside — {base}.42",
                f"3. Zofia Nowak, Harbour — {base}.94",
                f"4. Erin Doyle, Harbour — {base + 1}.02",
                f"Lily Osei, Millbrook — {dq}",
            ]
        ),
        "Boys 50 m freestyle, 11–12 years",
        bullets(
            [
                f"1. Noah Mensah, Millbrook — {base - 1}.87 (PB)",
                f"2. Oscar Bell, Riverside — {base - 1}.88",
                f"3. Idris Khan, Harbour — {base}.05",
                f"Sam Ortiz, Riverside — {dq}",
            ]
        ),
        (
            "Mia Kaur and Ava Kaur are twins; it’s the third time this season that one "
            "hundredth of a second has separated them. Noah Mensah and Oscar Bell were one "
            "hundredth apart as well. Times were checked against the touch pads."
        ),
        "Girls 100 m backstroke, 13–14 years",
        bullets(
            [
                f"1. Hana Sato, Harbour — 1:{base + 20}.10",
                f"2. Ruth Ade, Millbrook — 1:{base + 20}.19",
                f"3. Ella Kaur, Riverside — 1:{base + 21}.10",
                f"Grace Lim, Harbour — {dq}",
            ]
        ),
        "Relays",
        (
            f"Riverside won the mixed relay in 2:{base - 10}.55, two tenths ahead of "
            "Harbour. Harbour’s second team was disqualified: false start. The relay "
            "trophy should be returned to the club co-ordinator by the end of June. Times "
            "were checked against the touch pads."
        ),
        "From the coaches",
        (
            f"{coach} said the club had set twenty-four PB times. “We’re proud of every "
            "swimmer, and we won’t forget the ones who swam for the first time,” the coach said. "
            f"{coach} thanked the officials, who must qualify every two years."
        ),
        "Officials and volunteers",
        (
            "We must have eight timekeepers for every session. Please volunteer at the desk "
            "if you can; training is free and takes four hours. Timekeepers should arrive "
            "by 8 am for the warm-up."
        ),
        (
            "Poolside, outdoor shoes must not be worn. Spectators should stay in the "
            "gallery, and parents can’t come on poolside during the warm-up. Photography "
            "isn’t allowed anywhere in the pool."
        ),
        "Next meet",
        (
            "The summer meet is on 14 June 2026 at Harbour Leisure Centre. Entries close on "
            "31 May 2026; late entries won’t be accepted. Entries must be made on line by "
            "the club co-ordinator."
        ),
        *footer(rng, "the swimming club", "results@riverside-sc.example.org"),
        f"Well swum, everyone 🏊🏽‍♀️ and thank you, {referee}.",
    ]
    return assemble("Riverside Swimming Club open meet", "Results sheet, final", blocks)


def forum_faq(rng: random.Random) -> str:
    """An online forum's FAQ: the same "See also" line under several answers, answers one
    figure apart, moderators by name."""
    admin, moderator, helper = people(rng, 3)
    see = "See also: Posting rules and Account settings."
    limit = rng.choice((5, 8, 10))
    blocks = [
        f"FAQ {emoji(rng)}",
        (
            "This FAQ answers the questions new members ask most often. It’s kept up to "
            f"date by {admin} and the moderators. If your question isn’t answered here, "
            "post it in the Help board, not by DM. User names may be in any script: "
            "Ọ̀ṣun_77, Dương and ਗੁਰਪ੍ਰੀਤ are all members."
        ),
        "Joining",
        "How do I register?",
        (
            "You’ll need an e-mail address and a user name of three to twenty characters. "
            f"We send a link that expires after {limit} hours; if it doesn’t arrive, check "
            f"your spam folder. {see}"
        ),
        "Posting",
        "Why can’t I post links?",
        (
            f"New members can’t post links until they’ve made {limit} posts. This stops "
            f"spam. Links must not point to paid downloads. {see}"
        ),
        "Why can’t I send messages?",
        (
            f"New members can’t send private messages until they’ve made {limit + 1} posts. "
            f"Please don’t ask other members to message you first. {see}"
        ),
        "Your account",
        "How do I change my user name?",
        (
            "You can change it once every thirty days in Account settings. Old names are "
            "kept for ninety days, so nobody else can take them. See also: Account settings."
        ),
        "What are the posting rules?",
        bullets(
            [
                "Be kind; there’s a person behind every post",
                "Posts must be in English, Welsh or Spanish",
                "Don’t post the same question on two boards",
                "Please search before you ask",
                "Signatures should be no longer than four lines",
            ]
        ),
        (
            f"Moderators may edit or remove posts that break the rules. {moderator} and "
            f"{helper} moderate the Help board; {moderator} moderates Marketplace too. "
            "Warnings expire after six months."
        ),
        "Moderation",
        "What happens if I’m warned?",
        (
            "Three warnings in six months mean a week’s ban. A second ban lasts thirty "
            f"days. You can appeal to {admin} within seven days. {see}"
        ),
        (
            "Three warnings in twelve months mean a week’s ban for Marketplace sellers. "
            f"You can appeal to {admin} within seven days. {see}"
        ),
        "Marketplace",
        "Can I sell things here?",
        (
            "Members with fifty posts or more can sell in Marketplace. Listings should "
            "show a price, and they must not be for weapons, medicines or tickets sold "
            "above face value. Please use the report button 📌 if you see one."
        ),
        "Other languages",
        (
            "Croeso! Gallwch bostio yn Gymraeg. ¡Bienvenidos! Podéis escribir en español. "
            "Posts in other languages are moved to the Lounge, where anything goes 💬."
        ),
        "Is the forum moving?",
        (
            "Yes. We’ll re-open on the new server on 1 June 2026 after a week-end of "
            "maintenance. Your posts and messages will move with you; you don’t need to "
            f"register again. Thanks to {helper} for the new theme{NBSP}🙏."
        ),
        *footer(rng, "the forum team", "admin@kettleboard.example.net"),
    ]
    return assemble("Kettleboard forum — frequently asked", f"Updated by {admin}", blocks)


KINDS = (
    theatre_programme,
    cause_list,
    gala_results,
    forum_faq,
    festa_major_notice,
    gurdwara_langar_notice,
    runner_information_pack,
    church_notice_sheet,
)
