"""Sixth round of fresh held-out texts for re-anchoring: eight new kinds (no test here).

A product recall notice (lot numbers a character apart, a "do not eat" line said again and
again, a Turkish edition's paragraphs), a football live commentary (a score line repeated
in every entry, "Corner to Rovers." and its twins, Vietnamese lines), a parliamentary
written answer (numbered paragraphs, the same disclaimer three times, yearly figures one
digit apart, Ukrainian guidance) and a collection of scientific abstracts (the same
method sentences in every abstract, PDF text wrapped with hyphens, Persian abstracts).
Every kind has footnote markers with their notes, time codes, plain typing ("don't",
"--", "...", "12 km"), a hard-wrapped passage, a key-value block, headings, a link,
sentences a word apart, prose paragraphs, and three paragraphs it also has in another
language. All texts are canonical; the other four kinds are in
``reanchor_fresh6_more_texts``.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh6_kit import bank, finish, key_values, note, wrapped
from tests.benchmarks.reanchor_fresh6_more_texts import (
    newsletter,
    subtitles,
    weather_warning,
    wiki_article,
)

DO_NOT_EAT = "Do not eat this product."
RECALL_CONTACT = "For more information, contact Hollins Foods on 0800 915 3321."


def _lot(rng: random.Random) -> str:
    return f"L{rng.randint(2401, 2452)}{rng.choice('ABC')}"


def recall_notice(rng: random.Random) -> str:
    """A food recall notice: lot numbers, best-before dates, boilerplate advice."""
    base = _lot(rng)
    lots = [base, base[:-1] + ("B" if base[-1] != "B" else "C"), _lot(rng), _lot(rng)]
    year = rng.choice((2026, 2027))
    dates = [f"{rng.randint(10, 28):02d}/{month:02d}/{year}" for month in (3, 4, 5, 6)]
    pack = rng.choice(("400 g", "500 g", "750 g"))
    hour = rng.randint(8, 17)
    english = bank("recall", rng)
    towns = rng.sample(("Leeds", "York", "Hull", "Wakefield", "Bradford"), 3)
    affected = [
        f"Lot {lot}, best before {date}, is affected."
        for lot, date in zip(lots, dates, strict=True)
    ]
    body = [
        f"Hollins Foods is recalling Hollins Harvest Chicken & Leek Pies because some packs "
        f"may contain small pieces of plastic[1]. {DO_NOT_EAT}",
        "Product details",
        key_values(
            [
                ("Product", "Hollins Harvest Chicken & Leek Pies"),
                ("Pack size", pack),
                ("Lot numbers", ", ".join(lots)),
                ("Best before", f"{dates[0]} to {dates[-1]}"),
                ("Sold at", "Farmstead, Grocer's Row and online"),
            ]
        ),
        " ".join(affected[:2]),
        affected[2],
        f"{affected[3]} {DO_NOT_EAT}",
        f"The notice was published at {hour:02d}:30:00 and updated at {hour + 2:02d}:05:00. "
        "It replaces the notice of last week, which listed the wrong lot.",
        "What to do",
        english[0],
        f"\"We're sorry for the inconvenience,\" said Dana Whitcombe, the company's quality "
        f"director. \"We're sorry, and we're checking every line.\" {DO_NOT_EAT}",
        wrapped(
            "Under Regulation 178/2002, food business operators must withdraw unsafe food "
            "immediately and inform the competent authority; the well-known requirement "
            "applies to ready-to-eat products and to long-term storage items alike, and "
            "includes a follow-up report within 1/2 of the usual reporting period[2].",
            rng,
        ),
        note(1, "Food Standards Agency, Product Recall Information Notice FSA-PRIN-41-2026."),
        f"Pieces of up to 5 mm were found in two packs -- both from lot {lots[0]}. Nobody "
        "has been hurt... as far as we know, the company said.",
        english[1],
        "Why the product is being recalled",
        f"A supplier's machine broke on the line at 14:12:40, and fragments of a guard went "
        f"into the filling. Packs from lot {lots[1]} were made on the same line on the same "
        f"day. Packs from lot {lots[2]} were made on another line on the same day.",
        note(2, "Regulation (EC) No 178/2002, Article 19, withdrawal and recall."),
        RECALL_CONTACT,
        english[2],
        f"Lot {lots[0]} was sold in England only. Lot {lots[1]} was sold in England and "
        f"Wales. Lot {lots[2]} was sold online only.",
        "Where the product was sold",
        f"The product was sold at Farmstead stores in {towns[0]}. The product was sold at "
        f"Farmstead stores in {towns[1]}. The product was sold at Farmstead stores in "
        f"{towns[2]}. It was also sold online, with deliveries between 2 and 9 March.",
        f"An earlier notice, issued on 2 March, said that lot {lots[3]} was affected. That was "
        f"wrong: lot {lots[2]} is affected, and lot {lots[3]} is safe to eat.",
        f"An earlier notice, issued on 2 March, said that lot {lots[2]} was affected. That was "
        f"right, and it still is.",
        "Questions and answers",
        "Q: Can I cook the pies to make them safe?\nA: No. Cooking does not remove plastic. "
        "Do not eat them.\nQ: Can I freeze them and return them later?\nA: Yes. Keep the "
        "packaging, or a photo of the label.\nQ: Do I need a receipt?\nA: No. You don't need "
        "a receipt.",
        f'"We found the fault ourselves, and we told the regulator the same day," said Dana '
        f'Whitcombe. "We\'re sorry." {DO_NOT_EAT}',
        "The company has checked every other line at the factory. It has found no other "
        "fault. It has replaced the guard on the broken machine, and it will check the guards "
        "on every line once a week from now on. The regulator will inspect the factory again "
        "in April.",
        "Allergy advice: the product contains wheat, milk, egg and celery. This recall is not "
        "about allergens. The allergy advice on the label is correct.",
        "Other recent recalls",
        "FSA-PRIN-39-2026: Hollins Foods recalls Steak Pies because of a packaging fault.\n"
        "FSA-PRIN-40-2026: Hollins Foods recalls Cheese & Onion Pies because of a "
        "labelling error.\nFSA-PRIN-40-2026: update, the labelling error affects 200 g packs "
        "only.",
        f"Retailers should remove lots {', '.join(lots)} from sale and display the point-of-sale "
        "notice. Retailers should not sell any pie from lot "
        f"{lots[0]} or lot {lots[1]}, even if the box is sealed.",
        "Point-of-sale notice: display in store for 14 days.",
        f"{DO_NOT_EAT} {RECALL_CONTACT}",
        "Read the full notice: https://www.food.gov.uk/news-alerts/alert/fsa-prin-41-2026",
    ]
    return finish(
        "Hollins Foods recalls Chicken & Leek Pies because of plastic pieces",
        f"Food Standards Agency · Published {hour:02d}:30:00",
        body,
    )


SCORE = "Rovers {home}–{away} United"
BOTH_TEAMS = "Both teams are level on points in the table."


def live_commentary(rng: random.Random) -> str:
    """A live football commentary: minute-marked entries, a score line in every entry."""
    english = bank("commentary", rng)
    scorer = rng.choice(("Okafor", "Lindqvist", "Mbeki"))
    crowd = f"{rng.randint(21, 29)},{rng.randint(100, 999)}"
    first = rng.randint(11, 30)
    second = rng.randint(52, 70)

    def line(minute: str, what: str, home: int, away: int) -> str:
        return f"{minute}' {what} {SCORE.format(home=home, away=away)}."

    body = [
        f"Welcome to live coverage of Rovers v United at Mill Lane. Kick-off is at "
        f"19:45:00, and a crowd of {crowd} is expected[1].",
        english[0],
        "Team news",
        key_values(
            [
                ("Rovers", "Hart; Dunne, Okafor, Baines, Cole; Lindqvist, Ward; Mbeki"),
                ("United", "Silva; Price, Ahmed, Novak, Ruiz; Doyle, Kerr; Fofana"),
                ("Referee", "Sam Whitlock"),
                ("Venue", "Mill Lane, capacity 31,500"),
            ]
        ),
        english[1],
        "Rovers have won four of their last five at Mill Lane. United have won one of their "
        "last five away from home. The last meeting, in October, ended 2–2.",
        f"Form guide: Rovers W W D W L. United L D W L L. {BOTH_TEAMS}",
        "Pre-match",
        "The Rovers manager, Kenji Mori, said: \"We know what's coming. They'll sit deep and "
        'wait -- and we have to be patient." He said the same before the October game.',
        "\n".join(
            [
                line("1", "Kick-off.", 0, 0),
                line("6", "Corner to Rovers.", 0, 0),
                line("9", "Corner to United.", 0, 0),
                line(str(first), f"GOAL! {scorer} heads in from the corner.", 1, 0),
                line(str(first + 4), "Corner to Rovers.", 1, 0),
                line(str(first + 7), "Shot from Lindqvist, wide.", 1, 0),
                line(str(first + 9), "Shot from Doyle, saved.", 1, 0),
                line("38", "Yellow card for Ward.", 1, 0),
                line("45+2", "Half-time.", 1, 0),
            ]
        ),
        f'"It\'s a proper cup tie," said the United manager, Ana Ruiz, before the game. '
        f"\"It's a proper cup tie and we'll treat it like one.\" {BOTH_TEAMS}",
        "Half-time thoughts",
        wrapped(
            "Rovers have been the better side in a scrappy, short-lived first half, and "
            "their pressing in the north-west corner of the pitch has caused problems "
            "for Silva; United's long-term plan of building from the back looks risky on "
            "a surface this heavy, and the half-time change of shape may be needed[2].",
            rng,
            rng.choice((58, 62, 66)),
        ),
        "\n".join(
            [
                line("46", "Second half under way.", 1, 0),
                line(str(second), "Yellow card for Novak.", 1, 0),
                line(str(second + 3), "Corner to United.", 1, 0),
                line(str(second + 4), "GOAL! Fofana equalises with a low shot.", 1, 1),
                line(str(second + 9), "Yellow card for Dunne.", 1, 1),
                line("90+4", "Full-time.", 1, 1),
            ]
        ),
        "\n".join(
            [
                line("90+6", "Rovers appeal for a penalty. Nothing given.", 1, 1),
                line("90+7", "Rovers appeal for a handball. Nothing given.", 1, 1),
                line("90+8", "It's all over at Mill Lane.", 1, 1),
            ]
        ),
        note(1, "Attendance figures from the club, confirmed at 19:52:10."),
        "Player ratings",
        "Rovers: Hart 7, Dunne 6, Okafor 7, Baines 6, Cole 6, Lindqvist 7, Ward 6, Mbeki 8.\n"
        "United: Silva 8, Price 6, Ahmed 6, Novak 5, Ruiz 6, Doyle 7, Kerr 6, Fofana 8.",
        "Reaction",
        '"It\'s a point," said Mori. "It\'s a point, and we\'ll take it." Ruiz said: "It\'s '
        'a point." Neither manager wanted to talk about the penalty appeals ⚽.',
        'Cổ động viên Việt Nam của Rovers xem trận đấu lúc 2 giờ sáng. Họ nói: "Một điểm '
        'là công bằng."',
        f"{scorer} has now scored in three games in a row. {scorer} has now scored in four "
        f"games this season. Fofana has now scored in three games in a row.",
        f"The ball travelled 28 m in the air before {scorer} met it... a lovely delivery. "
        f"{BOTH_TEAMS} It's a point each -- and a replay on Tuesday.",
        note(2, "Expected goals from the league's data partner, updated at half-time."),
        "Key moments",
        f"{scorer} scored from the first corner Rovers won in the first half, and Fofana "
        f"scored from United's second attack of the second half. Novak and Dunne were booked "
        f"for fouls on {scorer}; Ward was booked for a foul on Kerr. United's goalkeeper, Silva, "
        f"made six saves, and Hart made two.",
        "Table after tonight\n1. Rovers, 48 points\n2. United, 48 points\n3. City, 45 points\n"
        "4. Athletic, 44 points",
        "Before the game, Mori said: \"We know what's coming. They'll press high and wait -- "
        'and we have to be brave." That was in October.',
        "Match stats",
        "Possession: Rovers 54%, United 46%. Shots: Rovers 14, United 9. Rovers ran 112 km "
        "as a team; United ran 109 km. Corners: Rovers 7, United 4.",
        english[2],
        f"Ruiz said the draw was fair. Hart said the draw was fair. {BOTH_TEAMS}",
        "Full report: https://sport.example.com/football/rovers-v-united-report",
    ]
    return finish(
        "Rovers 1–1 United: live commentary from Mill Lane",
        f"By Jo Brannigan · Last updated {rng.randint(21, 22)}:{rng.randint(10, 59)}:00",
        body,
    )


NOT_HELD = "The information requested is not held centrally."
COST = "It could be obtained only at disproportionate cost."


def written_answer(rng: random.Random) -> str:
    """A parliamentary written answer: numbered paragraphs, a repeated disclaimer, a table
    of years whose figures differ by a digit."""
    english = bank("answer", rng)
    base = rng.randint(1_200, 1_900)
    years = [f"In 2022-23, {base:,} applications were approved."]
    years.append(f"In 2023-24, {base + 10:,} applications were approved.")
    years.append(f"In 2024-25, {base + 100:,} applications were approved.")
    uin = rng.randint(10_000, 99_999)
    regions = rng.sample(("Yorkshire", "Cumbria", "Northumberland", "Durham", "Lancashire"), 3)
    body = [
        f"Question UIN {uin}, tabled on 3 March 2026",
        key_values(
            [
                ("Asked by", "Helen Marsh MP (Tynedale)"),
                ("Answered by", "Tom Adeyemi MP, Minister for Housing"),
                ("Answered on", "17 March 2026"),
                ("Date tabled", "3 March 2026"),
                ("Reference", f"HL{uin}"),
            ]
        ),
        "To ask the Secretary of State for Housing, how many Homes for Ukraine applications "
        "were approved in each of the last three years, and what support is given to hosts "
        "whose arrangements end early.",
        "Answer",
        f"1. The Department publishes data on the scheme every month[1]. {years[0]} "
        f"{years[1]} {years[2]}",
        f"2. {NOT_HELD} {COST} Councils record the end of a hosting arrangement locally.",
        english[0],
        f"3. Hosts receive a monthly thank-you payment of £350, rising to £500 after 12 "
        f"months. {NOT_HELD}",
        wrapped(
            "4. The evaluation found that most arrangements that ended early did so "
            "because of overcrowding or a change in the host's circumstances, and that "
            "co-operation between councils and voluntary groups improved the follow-up "
            "offered to guests; a self-reported survey of hosts supports this finding[2].",
            rng,
        ),
        english[1],
        "The Department's monthly data show visas issued and arrivals, not approvals. The "
        "two measures differ because a visa can be issued weeks before a guest arrives, and "
        "some guests who are issued a visa never travel. The figures above are approvals.",
        "5. The data system was updated at 09:00:00 on 1 April, and figures published "
        "before that date may differ slightly from the ones above. " + NOT_HELD,
        f"6. The Minister said: \"We don't expect every arrangement to last -- but we "
        f'expect every guest to have somewhere to go." {COST}',
        note(1, "Homes for Ukraine: visa data, published monthly on GOV.UK."),
        english[2],
        f"7. Councils in {regions[0]} reported no cases of homelessness among guests. Councils "
        f"in {regions[1]} reported no cases of homelessness among guests. Councils in "
        f"{regions[2]} reported 14 cases, all of them resolved within 28 days.",
        "8. Most guests who moved on found a home within 30 km of their host. The Department "
        "doesn't hold data on the distance for the rest. " + NOT_HELD,
        "9. A previous answer (UIN 31822) said that hosts receive a monthly thank-you payment "
        "of £300, rising to £500 after 12 months. That figure was correct at the time.",
        "10. The Department will publish an updated evaluation in the autumn. It will include "
        "data on guests who moved on to private rented homes, and on the rent they paid.",
        f'The Minister added: "Every council in {regions[0]} has a named officer for the '
        f'scheme. Every council in {regions[1]} has one too." {NOT_HELD}',
        "Visas issued by region, year to March\n"
        f"{regions[0]}: {base // 3:,} visas, {base // 9:,} arrivals\n"
        f"{regions[1]}: {base // 4:,} visas, {base // 9:,} arrivals\n"
        f"{regions[2]}: {base // 5:,} visas, {base // 11:,} arrivals",
        "Supplementary question",
        f"To ask the Secretary of State for Housing, how many Homes for Ukraine applications "
        f"were approved in 2024-25 in {regions[0]}.",
        f"Answer: {NOT_HELD} {COST} The national figure for 2024-25 is {base + 100:,}, and the "
        f"figure for 2023-24 is {base + 10:,}.",
        "Background: the Homes for Ukraine scheme opened in March 2022. It lets people in "
        "the UK offer a room or a home to people fleeing the war, for at least six months. "
        "Guests can live, work and study in the UK for up to three years.",
        "Related answers",
        f"UIN {uin - 41}: {years[1]} UIN {uin - 17}: {years[2]}",
        "The figures for 2025-26 will be published in May... subject to the usual checks.",
        note(2, "Evaluation of the Homes for Ukraine scheme, Office for National Statistics."),
        "Source: https://questions-statements.parliament.uk/written-questions/detail/2026-03-03",
    ]
    return finish(
        "Homes for Ukraine: Applications",
        "Written question · Answered 17 March 2026",
        body,
    )


METHODS = "Participants were recruited from primary care practices."
ANALYSIS = "Data were analysed with mixed-effects models."


def abstracts(rng: random.Random) -> str:
    """A conference's abstract book: the same method sentences in every abstract, text
    wrapped from the PDF, a Persian abstract, near-twin results."""
    english = bank("abstracts", rng)
    n1, n2, n3 = (rng.randint(180, 420) for _ in range(3))
    width = rng.choice((60, 64, 70))
    body = [
        "Session 4B · Chronic pain in primary care · Room 2 · 14:00:00 to 15:30:00",
        key_values(
            [
                ("Chair", "Dr Ines Almeida"),
                ("Session type", "Oral presentations"),
                ("Abstracts", "4B-01 to 4B-04"),
                ("Recording", "Available after the session"),
            ]
        ),
        "4B-01 Walking groups for chronic back pain",
        wrapped(
            f"This cross-sectional study looked at walking groups for adults with "
            f"chronic back pain. {METHODS} {ANALYSIS} Of {n1} participants, most reported "
            f"less pain at the follow-up visit after 1/2 a year of weekly walks of 3 km[1].",
            rng,
            width,
        ),
        f"Results: pain scores fell by 1.4 points. {METHODS} {ANALYSIS}",
        english[0],
        "4B-02 Sleep and pain in older adults",
        wrapped(
            f"We examined whether self-reported sleep quality predicts pain in older "
            f"adults living in low-lying coastal towns. {METHODS} {ANALYSIS} We included "
            f"{n2} participants with a mean age of 71 years; the effects were short-lived "
            "and did not persist at twelve months.",
            rng,
            width,
        ),
        f"Results: pain scores fell by 1.2 points. {ANALYSIS} The authors' view is that "
        f'"sleep is the forgotten vital sign" -- and it\'s cheap to measure.',
        english[1],
        "4B-03 تأثیر پیاده‌روی بر درد مزمن",
        "این مطالعه اثر پیاده‌روی گروهی را بر درد مزمن کمر بررسی کرد. شرکت‌کنندگان از "
        "مراکز مراقبت اولیه انتخاب شدند. Participants walked 3 km, twice a week.",
        f"{METHODS} {ANALYSIS} Results: pain scores fell by 1.4 points in the walking group[2].",
        note(1, "Registered as ISRCTN 4417 2093; protocol peer-reviewed before recruitment."),
        "خلاصه: درد مزمن کمر در مراقبت اولیه شایع است. Participants were recruited from "
        "primary care practices in Tehran and Leeds. نتایج در جلسه ارائه خواهد شد.",
        "4B-04 Pain clinics after the pandemic",
        f"Waiting times for pain clinics rose after 2020... and they haven't fallen since. "
        f"{METHODS} Referrals peaked at 09:15:00 on Mondays, the clinics' log shows.",
        note(2, "The Persian abstract was translated by the authors."),
        "4B-05 Physiotherapy by video call",
        wrapped(
            f"We compared physiotherapy by video call with face-to-face sessions for "
            f"adults with chronic neck pain in a randomised trial. {METHODS} {ANALYSIS} Of "
            f"{n3} participants, those seen by video call did as well as those seen in "
            "person, and they missed fewer sessions; the follow-up lasted six months.",
            rng,
            width,
        ),
        f"Results: pain scores fell by 1.3 points. {METHODS} The video group travelled 0 km; "
        f"the face-to-face group travelled 14 km on average.",
        "4B-06 Correction to abstract 4B-01",
        f"In the printed programme, abstract 4B-01 gave the number of participants as "
        f"{n1 + 10}. The correct number is {n1}. Results: pain scores fell by 1.4 points. "
        f"{METHODS} {ANALYSIS}",
        "Posters in this session\nP-12 Yoga for chronic back pain: a pilot study\n"
        "P-13 Yoga for chronic neck pain: a pilot study\nP-14 Tai chi for chronic back pain: a "
        "pilot study\nP-15 Walking groups for knee pain: a pilot study",
        f"Discussant's comment: \"Four abstracts, one method -- and that's a strength.\" "
        f"{METHODS} The chair said the same. {ANALYSIS}",
        "Session summary",
        "Three of the four abstracts studied back pain, and one studied neck pain. All four "
        "recruited from primary care. Two found that pain scores fell by more than one point, "
        "which most patients notice; one found no lasting effect. The chair asked for a "
        "joint analysis of the walking and video trials next year.",
        english[2],
        "Questions to the session chair by 16:00:00. Abstract book: "
        "https://conference.example.org/2026/abstracts/session-4b",
    ]
    return finish(
        "Annual Scientific Meeting 2026: abstracts of Session 4B",
        "Society for Primary Care Research · Abstract book, day 2",
        body,
    )


KINDS = (
    recall_notice,
    live_commentary,
    written_answer,
    abstracts,
    wiki_article,
    weather_warning,
    subtitles,
    newsletter,
)
