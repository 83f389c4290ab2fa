"""Fourth round of fresh held-out texts for re-anchoring: eight new kinds (no test here).

A science news piece with numbered citations and a reference list, a recipe whose two
ingredient lists share a line and whose method repeats an instruction, a Commons debate
(Hansard) with "Hon. Members: Hear, hear!" and a division list, a press release whose
"About the company" paragraph and media contact appear twice, a concert review quoting
lyrics with a refrain repeated word for word, a brief quoting Arabic and Hebrew with
Latin names and digits, a Japanese and Chinese article without spaces, and a phone
review with pros, cons and specifications as bullets and its price line twice. Every kind
has bullet lists, a semicolon list in prose, citations with a notes section, metric
units, a paragraph pasted as mojibake, a repeated line, a recurring figure, two people
whose initials collide (quoted in twin sentences), full-width digits, emoji with skin
tones and zero-width joiners, “curly” quotes and an attribution ("said Haddad."). All
texts are canonical; the last four kinds are in ``reanchor_fresh4_more_texts``.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh4_kit import (
    EMOJI,
    bullets,
    cast,
    date,
    finish,
    full_name,
    garble,
    notes,
)
from tests.benchmarks.reanchor_fresh4_more_texts import (
    arabic_hebrew_brief,
    concert_review,
    japanese_article,
    product_review,
)

E = list(EMOJI)

# -- a science news piece ------------------------------------------------------------------------

FINDINGS = [
    "Recovery was 2.4 days faster in the high group",
    "Hospital admissions fell by 38%",
    "No effect was seen in patients over 80",
    "Samples were kept at 4°C for no more than a day",
    "The bacterium was rarer in smokers",
]
REFERENCES = [
    "Haddad L, et al. Nature Medicine 2026; 32: 411-419.",
    "Study protocol, University of Leeds, 2024.",
    "Editorial. The Lancet Infectious Diseases 2026; 26: 5.",
    "Interview with the author, 2026.",
    "Supplementary table S3.",
    "Methods, section 2.4.",
    "Okafor B, et al. Cell Host & Microbe 2021; 29: 1-12.",
    "Cochrane review CD012345, 2023.",
    "Trial registration NCT06123456.",
]


def science_news(rng: random.Random) -> str:
    """A science news piece: citations [1]-[9], key findings, a disclaimer printed twice."""
    a, b, c = cast(rng)
    patients = rng.choice(("1,240", "1,860", "2,310"))
    findings = rng.sample(FINDINGS, len(FINDINGS))
    disclaimer = "This article is for information only and is not medical advice."
    body = [
        f"A common gut bacterium may help explain why some people recover from influenza "
        f"faster than others, according to a study of {patients} patients published on "
        f"{date(rng)} in Nature Medicine [1].",
        f"The team, led by Dr {full_name(a)} of the University of Leeds, followed the "
        f"{patients} patients through two winters and collected stool samples from each [2].",
        "Patients were sorted into three groups: those who carried the bacterium at high "
        "levels; those who carried it at low levels; and those who did not carry it at all.",
        "Key findings:\n" + bullets(findings),
        f"“The effect was striking,” said Dr {a[1]}. “We did not expect it to be this large.”",
        f"Dr {full_name(b)} of the Karolinska Institute, who was not involved in the study, "
        f"said {patients} patients was a “respectable” sample but warned against reading too "
        "much into one trial [3].",
        disclaimer,
        garble(
            "In a statement, the university’s press office said the findings were "
            "“preliminary but promising” and that the café recruitment drive had reached "
            "people “who don’t usually take part in research”."
        ),
        f"Of the {patients} patients, 212 needed hospital care; among those with high "
        "levels of the bacterium, admissions fell by 38% [4].",
        "Participants who walked more than 5 km a day were left out of one analysis, as "
        "were those who lost more than 2 kg during the study [5], [6].",
        "A cohort in Tokyo pointed the same way: 東京大学の研究チームは２０２５年に患者３１２人を"
        "調べ、2つの病院で同じ傾向を確認した。",
        f"On social media, patients shared the news with {E[0]} and {E[5]} emoji, and one "
        f"wrote: “Science for the win {E[8]}”.",
        f"“The effect was striking,” said Dr {b[1]}, adding that the trial now needs repeating.",
        "Earlier studies in mice had pointed the same way [7], and a 2023 review counted "
        "eleven trials of probiotics against flu [8], none of them conclusive.",
        f"Dr {a[1]} said the next trial would enrol 4,000 patients in five countries [9]. "
        f"{full_name(c)}, who took part, said: “I was back at work in three days.” {c[1]} "
        "said she would take part again.",
        disclaimer,
        "Results at a glance:\n" + bullets(rng.sample(findings, 3)),
        notes("References", REFERENCES),
    ]
    return finish(
        "Gut bacteria may explain why some patients shrug off winter flu",
        f"By {full_name(c)}, Science Correspondent · {date(rng)}",
        body,
    )


# -- a recipe ------------------------------------------------------------------------------------

CAKE = [
    "200 g butter",
    "180 g caster sugar",
    "3 eggs",
    "250 g plain flour",
    "12 plums, halved",
    "1 tsp baking powder",
]
ICING = ["200 g butter", "400 g icing sugar", "2 tbsp milk", "1 lemon, zested"]
STIR = "Stir well and leave for 5 minutes."


def recipe(rng: random.Random) -> str:
    """A recipe: two ingredient lists sharing a line, a method repeating an instruction."""
    a, b, c = cast(rng)
    method = "\n".join(
        [
            "Method:",
            "1. Heat the oven to 180°C and line a 23 cm tin [1].",
            "2. Beat the butter and sugar until pale, then add the eggs one at a time.",
            STIR,
            "3. Fold in the flour and the baking powder.",
            "4. Spread the batter in the tin and press the plums in, cut side up.",
            "5. Bake for 45 minutes at 180°C, until a skewer comes out clean [2].",
            "6. For the icing, beat the butter with the icing sugar and the milk.",
            STIR,
            "7. Spread it over the cooled cake and finish with the lemon zest.",
        ]
    )
    body = [
        f"{full_name(a)} learned this cake from her grandmother in Kraków, and she still "
        "bakes it every September when the plums are ripe.",
        f"“Never open the oven before 30 minutes,” says {a[1]}.",
        f"{full_name(b)}, a pastry chef in Gdańsk, says the trick is cold butter [3]. “Never "
        f"open the oven before 30 minutes,” says {b[1]}, though she admits she always does.",
        "For the cake:\n" + bullets(rng.sample(CAKE, len(CAKE))),
        "For the icing:\n" + bullets(rng.sample(ICING, len(ICING))),
        "You will need three things besides the ingredients: a 23 cm tin; a wire rack; and "
        "some patience.",
        method,
        garble(
            "Reader’s tip from Chloé in Lyon: “I use half the sugar and it’s still lovely — "
            "don’t skip the lemon.”"
        ),
        "A bakery in Osaka sells it too: ある大阪のパン屋では、このケーキを１日３０個、1個480円で"
        "売っている。",
        f"Readers sent photos of their bakes with {E[2]} and {E[9]}, and one family posted "
        f"{E[3]} around a tray of it.",
        "If you use a 20 cm tin, bake for 10 minutes longer; the batter weighs about 1 kg in "
        "all [4].",
        f"{full_name(c)}, who tested the recipe for us, said: “It is the best plum cake I have "
        f"made.” {c[1]} baked it four times in a week.",
        notes(
            "Notes",
            [
                "A fan oven needs 160°C.",
                "Frozen plums work if thawed and drained.",
                "Kraków bakers use lard instead of butter.",
                "The cake keeps for three days in a tin.",
            ],
        ),
    ]
    return finish(
        f"Grandma {a[1]}’s plum cake, and the icing that goes with it",
        f"Recipe by {full_name(a)} · Serves 8 · {date(rng)}",
        body,
    )


# -- a Commons debate ----------------------------------------------------------------------------

MEMBERS = ["Ashworth", "Bellamy", "Crichton", "Dunmore", "Ellery", "Fairbairn", "Gorringe"]
HEAR = "Hon. Members: Hear, hear!"


def commons_debate(rng: random.Random) -> str:
    """A Hansard extract: "The Minister said", "Hon. Members: Hear, hear!", a division list."""
    a, b, c = cast(rng)
    ayes = rng.sample([*MEMBERS[:4], a[1]], 5)
    noes = rng.sample([*MEMBERS[4:], b[1], "Hollins"], 5)
    body = [
        f"The Minister for Transport ({full_name(a)}): I thank the hon. Member for securing "
        "this debate. Since 2020 we have spent £1.2 billion on bus services [1].",
        HEAR,
        f"{full_name(b)} (Wealden) (LD): The Minister said that the money was spent, but "
        "45 km of routes in my constituency have been cut since 2020 [2].",
        "Mr Speaker, my constituents have lost three things: the 7.15 to Uckfield; the Sunday "
        "service; and any hope that it will return.",
        f"{a[1]}: The Minister said, and I repeat, that £1.2 billion has been spent. “We will "
        f"meet the operators next week,” said {a[1]}.",
        HEAR,
        f"{b[1]}: “We will meet the operators next week,” said {b[1]}, quoting the Minister’s "
        "letter of last year; nothing happened [3].",
        garble(
            "Editor’s note: the Minister’s figure of “£1.2 billion” includes the café bus "
            "scheme in Penrhyndeudraeth – see note [4]."
        ),
        "A petition from the Japanese community in Leeds read: 「地方のバスを守ってください」。"
        "署名は１，２００人分で、2026年3月に提出された。",
        f"{full_name(c)} (Brighton Pavilion) (Green): I have had emails with {E[1]} from bus "
        f"drivers and a {E[6]} from the Pride bus in Brighton. Each bus burns 40 litres of "
        "diesel a day on a 12 km route.",
        HEAR,
        "Question put.",
        "The House divided: Ayes 287, Noes 301.",
        "Ayes:\n" + bullets(ayes),
        "Noes:\n" + bullets(noes),
        "Question accordingly negatived. The Ayes were 287, so the motion fell by 14 votes.",
        notes(
            "Editor’s notes",
            [
                "Department for Transport, Bus Statistics 2025.",
                "Wealden District Council, route map, 2026.",
                "Letter from the Minister, 4 May 2025.",
                "Written answer HL4012.",
            ],
        ),
    ]
    return finish(
        f"Rural bus services — Commons debate, {date(rng)}",
        "Hansard extract with editor’s notes · Volume 752",
        body,
    )


# -- a press release -----------------------------------------------------------------------------

HIGHLIGHTS = [
    "120 new jobs in Lisbon by 2027",
    "A data centre powered by solar energy",
    "Support in Portuguese and Spanish",
    "Partnerships with three universities",
]
ABOUT = (
    "About Northwind Analytics\nNorthwind Analytics builds software that forecasts floods up "
    "to ten days ahead. Founded in 2016, it employs 340 people in Leeds, Lisbon and São "
    "Paulo. www.northwind.example"
)
CONTACT = "Media contact: press@northwind.example · +44 113 496 0000"


def press_release(rng: random.Random) -> str:
    """Two releases on one page, each ending with the same "About" paragraph and contact."""
    a, b, c = cast(rng)
    body = [
        "Northwind Analytics, the Leeds-based maker of flood-forecasting software, today "
        "announced the opening of its first office in continental Europe [1].",
        "Highlights:\n" + bullets(rng.sample(HIGHLIGHTS, len(HIGHLIGHTS))),
        f"“Lisbon is where our customers are,” said {full_name(a)}, chief executive of "
        "Northwind Analytics. “We will hire 120 people here by 2027.”",
        "The Lisbon office will have three teams: data science; customer support; and sales "
        "for Spain and Portugal.",
        f"“This is a proud day for us,” said {a[1]}.",
        garble(
            "The office is on the Avenida da Liberdade, near the Café Nicola, and “it’s a "
            "short walk from the river”, said the company’s head of Iberia, José Araújo."
        ),
        "The company’s sensors, which weigh 1.2 kg each, already monitor 2,400 km of rivers in "
        "Britain [2].",
        "Northwind’s Japanese partner said: "
        "「当社は２０２６年までに東京で50人を採用する予定です。」",
        f"Staff celebrated with {E[0]}{E[1]} and {E[3]} on the company’s channels {E[8]}.",
        ABOUT,
        CONTACT,
        f"Related release, {date(rng)}: Northwind Analytics and Porto Tech agree a partnership",
        f"“This is a proud day for us,” said {b[1]}, chief executive of Porto Tech. "
        f"{full_name(b)} said the two firms would share 120 people across both offices [3].",
        f"{full_name(c)}, an adviser to the mayor of Lisbon, welcomed the news; {c[1]} said "
        "the city had hoped for it for two years.",
        "What the partnership covers:\n"
        + bullets(rng.sample(["River gauges", "Training", "Joint research", "Apps"], 4)),
        ABOUT,
        CONTACT,
        notes(
            "Notes to editors",
            [
                "Images are available on request.",
                "Figures as of 31 March.",
                "Porto Tech is a registered trademark.",
            ],
        ),
    ]
    return finish(
        "Northwind Analytics opens its first office in Lisbon",
        f"Press release · Lisbon, {date(rng)} · For immediate release",
        body,
    )


KINDS = (
    science_news,
    recipe,
    commons_debate,
    press_release,
    concert_review,
    arabic_hebrew_brief,
    japanese_article,
    product_review,
)
