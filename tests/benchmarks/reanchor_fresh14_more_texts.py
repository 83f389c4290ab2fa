"""More fourteenth-round fresh re-anchoring texts (no test here): a Catalan, Spanish and
English festa major notice, a Punjabi and English gurdwara langar notice with Gurmukhi
digits, a city marathon's runner information pack and a parish church's weekly notice sheet.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh12_kit import assemble
from tests.benchmarks.reanchor_fresh14_kit import NBSP, ZWJ, bullets, emoji, footer, people


def festa_major_notice(rng: random.Random) -> str:
    """A town's festa major in Catalan, Spanish and English: the same safety line in three
    languages after every event, two nights a day apart, the mayor and a councillor."""
    mayor, councillor = people(rng, 2)
    day = rng.randint(10, 20)
    safety = "Children must stay with an adult near the fire runs."
    blocks = [
        f"Festa Major {emoji(rng)}",
        (
            "Benvinguts a la Festa Major de Sant Roc! Bienvenidos a las fiestas. Welcome to "
            f"the town’s festival, which runs for five days from {day} August. It’s the "
            "ninety-ninth year, and twelve associations take part."
        ),
        (
            f"{mayor}, the mayor, opens the festival from the town hall balcony at 8 pm on "
            f"{day} August. {councillor} reads the proclamation in Catalan, then in Spanish."
        ),
        "Correfoc (fire run)",
        (
            f"The correfoc leaves the Plaça Major at 11 pm on {day + 1} August. Wear long "
            f"sleeves, a hat and cotton clothes. {safety} Els nens han d’anar amb un adult. "
            "Los niños deben ir con un adulto."
        ),
        (
            f"The children’s correfoc leaves the Plaça Major at 7 pm on {day + 2} August. "
            f"{safety} Els nens han d’anar amb un adult."
        ),
        "Castells (human towers)",
        (
            "Three colles build towers in the square at mid-day on Sunday. Please don’t "
            "stand under the tower, and don’t use a flash. The towers can reach nine "
            "storeys; it’s the highest that’s ever been tried here."
        ),
        "Programme",
        bullets(
            [
                f"{day} August, 8 pm — Pregó (opening speech) at the town hall",
                f"{day + 1} August, 11 pm — Correfoc from the Plaça Major",
                f"{day + 2} August, 7 pm — Children’s correfoc",
                f"{day + 3} August, 12 pm — Castells in the square",
                f"{day + 4} August, 10 pm — Fireworks from the castle 🎉",
            ]
        ),
        "Food and drink",
        (
            "Coca de recapte and botifarra are sold by the associations. Glasses cost one "
            "euro and should be returned; you’ll get the euro back. Bars must not serve "
            "alcohol to anyone under eighteen."
        ),
        "Getting here",
        (
            "Streets in the old town are closed to cars from 6 pm. The car park by the "
            "station is free, and there’s a shuttle every fifteen minutes. Please note that "
            "the last train leaves at 11.40 pm; there won’t be another until 5.50 am."
        ),
        "Volunteers",
        (
            f"We need forty volunteers for the correfoc and twenty for the castells. "
            f"Volunteers must be eighteen or over and should come to a briefing with "
            f"{councillor} on {day - 3} August. Please e-mail us to take part."
        ),
        (
            f"Gràcies a tots! ¡Gracias a todos! Thanks to everyone who makes the festa "
            f"happen{NBSP}🙌🏾. Mossèn Jaume Puig’s bell-ringers ring at noon every day, "
            "and they won’t ring after 10 pm. This year’s poster is by Ọlá Adébáyọ̀."
        ),
        *footer(rng, "the festival committee", "festa@santroc.example.cat"),
    ]
    return assemble("Festa Major de Sant Roc 2026", "Ajuntament · Ayuntamiento · Town hall", blocks)


def gurdwara_langar_notice(rng: random.Random) -> str:
    """A gurdwara's langar and rota notice in Punjabi (with Gurmukhi digits) and English:
    the same welcome line in both scripts, sevadar rotas one week apart."""
    secretary, cook, treasurer = people(rng, 3)
    week = rng.randint(11, 19)
    cover = "Please cover your head and remove your shoes before entering."
    blocks = [
        f"Sat Sri Akal {emoji(rng)}",
        (
            "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਲੰਗਰ ਹਰ ਰੋਜ਼ ਸਵੇਰੇ ੮ ਵਜੇ ਤੋਂ ਸ਼ਾਮ ੮ ਵਜੇ ਤੱਕ ਚੱਲਦਾ ਹੈ। Langar is "
            "served every day from 8 am to 8 pm. Everyone is welcome, whatever their faith, "
            "and there’s no charge."
        ),
        (
            f"{cover} Head coverings are provided at the door. Tobacco and alcohol must not "
            "be brought onto the premises."
        ),
        "Langar rota",
        (
            f"The langar sevadars for week {week} are led by {cook}. Each team of twelve "
            "cooks for two days; teams should arrive by 6 am and must wear a head covering "
            "in the kitchen."
        ),
        bullets(
            [
                f"Week {week}: Monday and Tuesday — Kaur family and friends",
                f"Week {week}: Wednesday and Thursday — Sandhu family",
                f"Week {week + 1}: Monday and Tuesday — Sandhu family",
                f"Week {week + 1}: Wednesday and Thursday — youth sevadars",
                "Friday to Sunday — the sangat, everyone together",
            ]
        ),
        "ਲੰਗਰ ਸੇਵਾ",
        (
            f"ਹਫ਼ਤਾ {week} ਦੀ ਸੇਵਾ {cook} ਜੀ ਕਰਨਗੇ। ਕਿਰਪਾ ਕਰਕੇ ਰਸੋਈ ਵਿੱਚ ਸਿਰ ਢੱਕ ਕੇ ਆਓ। "
            "Please cover your head and remove your shoes before entering."
        ),
        "Gurpurab",
        (
            "The Gurpurab of Guru Nanak Dev Ji is celebrated on the week-end of 14 November "
            "2026. The Akhand Path begins on Thursday at 9 am and ends on Saturday at 9 am. "
            "Sevadars should book a two-hour slot with the office."
        ),
        (
            "The Gurpurab of Guru Gobind Singh Ji is celebrated on the week-end of 9 January "
            "2027. Sevadars should book a two-hour slot with the office."
        ),
        "Donations and accounts",
        (
            f"Donations for langar can be made in the office or on line. {treasurer}, the "
            "treasurer, presents the accounts at the AGM; last year the langar served "
            "forty thousand meals. ਦਾਨ ਲਈ ਧੰਨਵਾਦ ਜੀ।"
        ),
        "Children’s classes",
        (
            "Punjabi and kirtan classes for children are held on Saturday from 10 am to 12 "
            "pm. Children must be collected by a parent; helpers need a DBS check. There "
            "aren’t any fees, but you must register by e-mail."
        ),
        "Parking",
        (
            "Please don’t park on the pavement or across neighbours’ drives. The school car "
            "park opposite can be used on Sundays and at Gurpurab; it’s a three-minute walk."
        ),
        (f"Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh. — {secretary}, secretary 🙏🏽{NBSP}🍲"),
        *footer(rng, "the gurdwara committee", "seva@gurdwara-eastfield.example.org"),
    ]
    return assemble("Gurdwara Sahib Eastfield ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ", "Langar and seva notice", blocks)


def runner_information_pack(rng: random.Random) -> str:
    """A city marathon's runner pack: start waves ten minutes apart, the same bib line in
    every section, cut-off times one hour apart, the race director and the medical lead."""
    director, medic, announcer = people(rng, 3)
    bib = "Your bib must be worn on the front and must not be folded."
    wave = rng.choice((8, 9))
    blocks = [
        f"Race week {emoji(rng)}",
        (
            f"Welcome to the Harbour City Marathon. There are eleven thousand runners this "
            f"year, in four waves. {director}, the race director, says it’s the biggest "
            "field in the race’s thirty years."
        ),
        "Start waves",
        bullets(
            [
                f"Wave A (under 3 hours 30) — {wave}.00 am, pen A, red bib",
                f"Wave B (3 hours 30 to 4 hours) — {wave}.10 am, pen B, blue bib",
                f"Wave C (4 hours to 4 hours 30) — {wave}.20 am, pen C, green bib",
                f"Wave D (over 4 hours 30) — {wave}.30 am, pen D, yellow bib",
            ]
        ),
        (
            f"{bib} You must start in the wave on your bib. Runners who start in the wrong "
            "wave won’t get a finishing time. Pens close ten minutes before each start."
        ),
        "Bag drop-off",
        (
            f"{bib} Bags must be dropped off by {wave - 1}.30 am at the lorries behind the "
            "start. Only the clear bag in your pack will be accepted; you can’t use your own."
        ),
        "On the course",
        (
            "There are water stations every five kilometres and gels at twenty and thirty "
            "kilometres. Please don’t throw bottles away from the drink stations. Toilets "
            "are at every water station 🏃‍♂️."
        ),
        (
            f"The course closes behind the last runner. Runners should reach half way by "
            f"{wave + 3}.30 am and twenty miles by {wave + 5}.30 pm; those who don’t will "
            "be asked to board the sweep bus."
        ),
        "Medical",
        (
            f"{medic} leads a team of fifty medics. If you’ve been ill in the week before "
            f"the race, you shouldn’t run. Write medical details on the back of your bib. "
            f"{bib}"
        ),
        (
            "There’s an AED at every mile marker. If you see a runner in trouble, stop and "
            "tell a marshal; don’t move them. Heat warnings are announced by "
            f"{announcer} at the start."
        ),
        "At the finish",
        (
            "Keep walking after the line. You’ll get a medal 🏅, a foil blanket and water. "
            "Family reunion points are lettered A to Z; please agree a letter before the "
            "race, because the phone network may be slow."
        ),
        "Deferrals and refunds",
        (
            "Places can’t be transferred to another runner. You can defer to next year "
            "until 30 April 2026 for a fee of ten pounds; after that, there aren’t any "
            "refunds. Deferrals must be made on line."
        ),
        (
            "Places can’t be transferred to another runner. Charity places can be deferred "
            "until 15 April 2026, but only with the charity’s agreement."
        ),
        (
            f"Good luck to all eleven thousand of you{NBSP}👟{ZWJ}💨 — and thank you to "
            f"the four thousand volunteers. — {director}"
        ),
        *footer(rng, "the race office", "runners@harbourcitymarathon.example.com"),
    ]
    return assemble("Harbour City Marathon 2026", "Runner information pack", blocks)


def church_notice_sheet(rng: random.Random) -> str:
    """A parish church's weekly notice sheet: hymn numbers one apart, the same prayer
    line each week, rotas for two Sundays, the vicar and the churchwardens."""
    vicar, warden, organist = people(rng, 3)
    hymn = rng.randint(100, 480)
    prayer = "Please pray for all who are sick, and for those who care for them."
    blocks = [
        f"This week ⛪ {emoji(rng)}",
        (
            f"Welcome to St Aidan’s, especially if you’re visiting. {vicar} presides at "
            "the Parish Eucharist at 10 am, and there’s coffee afterwards in the hall. "
            "Large print hymn books are at the back."
        ),
        "Hymns",
        bullets(
            [
                f"Entrance hymn — {hymn}",
                f"Gradual hymn — {hymn + 1}",
                f"Offertory hymn — {hymn + 10}",
                f"Final hymn — {hymn + 11}",
            ]
        ),
        "Prayers",
        (
            f"{prayer} We remember especially Margaret, Ivor and baby Ọlá, who was born "
            "three weeks early and is doing well."
        ),
        (
            "Please pray for all who are sick, and for those who care for them. We "
            "remember especially Margaret and Ivor."
        ),
        "Rotas",
        bullets(
            [
                "This Sunday: readers — Ann Hale and Tomos Rees; coffee — Hale family",
                "Next Sunday: readers — Tomos Rees and Ann Hale; coffee — Rees family",
                "This Sunday: flowers — Mrs Ọláyínká Adébáyọ̀",
                "Next Sunday: flowers — Mrs Eilidh MacLeod",
            ]
        ),
        (
            "If you can’t do your turn on the rota, please swap with someone and tell the "
            f"office. {warden}, the churchwarden, keeps the rota, which should be on the "
            "notice board by Wednesday."
        ),
        "PCC",
        (
            f"The PCC meets on Tuesday at 7.30 pm in the vestry. Members must send apologies "
            f"to {warden}. The agenda includes the roof appeal, which has raised forty "
            "thousand pounds of the fifty thousand needed."
        ),
        "Music",
        (
            f"{organist} will play Bach after the service. The choir rehearses on Thursday at "
            "7 pm; new singers are welcome, and you don’t need to read music. There are "
            "eight places left in the choir’s trip to Durham."
        ),
        "Safeguarding",
        (
            "Everyone who works with children must have a DBS check, renewed every three "
            "years. The safeguarding co-ordinator is Ms Gurpreet Kaur; her number is on "
            "the notice board. Please don’t hesitate to speak to her."
        ),
        (
            "The roof appeal’s next event is a quiz night on Friday at 7 pm in the hall. "
            "Teams should be of six or fewer, and tickets must be bought in advance from "
            "the office; they’re five pounds each, including supper."
        ),
        "Weddings and baptisms",
        (
            "Banns of marriage are read for the second time between Jack Ellis and Grace "
            "Okafor, both of this parish. If you know any reason why they may not marry, "
            "you must declare it now."
        ),
        (
            f"Baptisms are on the first Sunday of the month at 12 pm. Parents should meet "
            f"{vicar} twice beforehand. Gwasanaeth Cymraeg am 3 pm — croeso i bawb{NBSP}🕊️."
        ),
        *footer(rng, "the parish office", "office@staidans.example.org.uk"),
    ]
    return assemble("St Aidan’s Parish Church", "Notice sheet, the third Sunday of Easter", blocks)
