"""Second round of fresh held-out texts for re-anchoring: six new kinds (no test here).

A live blog whose key points copy its entries word for word, a newsroom page of press
releases sharing one footer, a parliamentary question time with the same speakers and
stock answers again and again, an obituary with a fact box repeating its dates, a how-to
with numbered steps and stock instructions, and a press review quoting papers in Arabic
and Hebrew (with bidi marks), Greek, Chinese, Japanese, Korean and Vietnamese, with emoji
skin tones, ZWJ sequences, keycaps and combining accents. Every kind uses British
spellings, “curly” quotes, times and figures, and a few planted misspellings
(:data:`MISSPELLINGS`), which the second-round families edit. All texts are canonical.
"""

from __future__ import annotations

import random

from desktop_app.core.text import canonicalize
from tests.benchmarks.reanchor_fresh_texts import MONTHS

#: Misspellings planted in the texts (some inside boilerplate), and their correction.
MISSPELLINGS = {
    "goverment": "government",
    "recieved": "received",
    "accomodation": "accommodation",
    "occured": "occurred",
    "seperate": "separate",
    "commited": "committed",
    "untill": "until",
    "wich": "which",
}
#: Short passages that recur on purpose, in one kind or several.
RECURRING = (
    "We are monitoring the situation closely.",
    "Police have asked people to avoid the area.",
    "Update:",
    "Media contact:",
    "About Northwind Energy",
    "I refer the hon. Member to the answer I gave some moments ago.",
    "Hon. Members: Hear, hear!",
    "Mr Speaker:",
    "Order.",
    "She never stopped teaching",
    "Cover and leave for 30 minutes.",
    "Stir well",
    "(Translation by our language desk.)",
    "Enough is enough",
    "enough is enough",
)


def date(rng: random.Random) -> str:
    """A date as a British paper writes it: "3 March 2026"."""
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2020, 2026)}"


def clock(rng: random.Random) -> str:
    """A 24-hour time: "14:05"."""
    return f"{rng.randint(6, 22):02d}:{rng.randrange(0, 60, 5):02d}"


def _fill(rng: random.Random, template: str, **names: str) -> str:
    values = {
        "n": str(rng.choice((2, 3, 4, 6, 8, 11, 15, 24, 40, 120))),
        "money": f"{rng.randint(2, 90)}.{rng.randint(1, 9)}",
        "pct": str(rng.randint(3, 70)),
        "date": date(rng),
        "time": clock(rng),
        "year": str(rng.randint(1950, 2019)),
    }
    values.update(names)
    return template.format(**values)


def _join(headline: str, byline: str, body: list[str]) -> str:
    return canonicalize("\n\n".join([headline, byline, *body]) + "\n")


# -- a live blog --------------------------------------------------------------------------------

STORM_PLACES = ("Aberystwyth", "Cardigan", "Fishguard", "Aberaeron", "New Quay", "Borth")
STORM_STOCK = (
    "We are monitoring the situation closely.",
    "Police have asked people to avoid the area.",
    "The Met Office has extended its amber warning for wind untill midnight.",
)
STORM_ENTRIES = (
    "Waves of {n} metres have been recorded at {place}, according to the coastguard.",
    "The council says {n} homes in {place} are without power, and engineers cannot reach "
    "them until the wind drops.",
    "A rest centre has been opened at the leisure centre in {place} for anyone whose home "
    "has been flooded.",
    "Rail services between {place} and Machynlleth are cancelled for the rest of the day.",
    "“I have lived here for {n} years and never seen the harbour like this,” one resident told us.",
    "The A487 is closed in both directions near {place} after a tree fell on a car; nobody "
    "was hurt.",
    "Fire crews recieved {n} calls in an hour, most of them about flooded cellars.",
    "The lifeboat from {place} was launched at {time} to help a fishing boat in difficulty.",
    "Schools in {place} will stay closed tomorrow, the goverment's education office said.",
    "Sandbags are available from the council depot; residents should bring their own spade.",
    "Coastguards are urging people to stay away from the seafront whilst the tide is high.",
)


def live_blog(rng: random.Random) -> str:
    """A storm live blog, newest entry first: times, "Update:" lead-ins, stock lines that
    recur, and key points at the top that copy entries' sentences word for word."""
    entries, hour, minute = [], 7, 0
    for _ in range(rng.randint(12, 18)):
        minute += rng.randint(4, 40)
        hour, minute = hour + minute // 60, minute % 60
        sentences = [
            _fill(rng, template, place=rng.choice(STORM_PLACES))
            for template in rng.sample(STORM_ENTRIES, rng.randint(1, 2))
        ]
        if rng.random() < 0.45:
            sentences.append(rng.choice(STORM_STOCK))
        lead = "Update: " if rng.random() < 0.5 else ""
        entries.append((f"{hour:02d}:{minute:02d} GMT", lead + " ".join(sentences)))
    entries.insert(0, ("06:50 GMT", "“Don't go near the coast today,” the coastguard said."))
    entries.reverse()
    key_points = [
        rng.choice(body.removeprefix("Update: ").split(". ")).rstrip(".") + "."
        for _, body in rng.sample(entries, 3)
    ]
    body = ["Key points", *key_points]
    for stamp, text in entries:
        body.extend([stamp, text])
        if rng.random() < 0.2:
            body.append("Share this update")
    headline = "Storm Ciarán: live updates as the west coast of Wales is battered"
    return _join(headline, f"Last updated {entries[0][0]} · By Megan Rhys and Owain Price", body)


# -- press releases -----------------------------------------------------------------------------

RELEASE_TOPICS = (
    ("Northwind Energy opens its offshore maintenance centre in {place}", "maintenance centre"),
    ("Northwind Energy signs a {n}-year power agreement with a Scottish water utility", "deal"),
    ("Northwind Energy reports first-quarter revenue of £{money} million", "results"),
    ("Northwind Energy launches an apprenticeship programme for {n} school leavers", "scheme"),
)
RELEASE_PLACES = ("Aberdeen", "Peterhead", "Wick", "Lerwick", "Kirkwall")
RELEASE_SENTENCES = (
    "The {what} will create {n} jobs in the region over the next three years.",
    "“This is a proud day for our organisation and for the north-east,” said Dr Fiona "
    "MacLeod, Chief Executive of Northwind Energy.",
    "“We have listened to our neighbours and we will keep listening,” said Dr Fiona MacLeod.",
    "The {what} was developed in partnership with the University of Aberdeen and local suppliers.",
    "Northwind Energy has commited to sourcing {pct}% of its contracts from Scottish firms.",
    "Construction began in {year} and was finished ahead of schedule and within budget.",
    "The company recognised the contribution of its {n} staff, who worked through the "
    "winter to finish the project.",
    "Further details will be published at the company's annual meeting on {date}.",
    "The site holds a licence to operate until 2045, and analysts expect the {what} to cut "
    "costs by {pct} per cent.",
)
FOOTERS = (
    "About Northwind Energy",
    "Northwind Energy is an independent renewable energy company headquartered in Aberdeen. "
    "It operates {n} wind farms and employs more than 1,200 people in the UK and Norway, "
    "and was named one of Scotland's “best places to work” in 2024. "
    "For more information, visit www.northwind.example.",
    "Media contact: Callum Reid, Head of Communications, +44 1224 000 000, "
    "press@northwind.example.",
    "Forward-looking statements: this release contains statements about future events, "
    "wich are subject to risks and uncertainties. Actual results may differ materially.",
    "###",
)


def press_releases(rng: random.Random) -> str:
    """A newsroom page: two to four releases by one company, each with the same footer
    (the "About" paragraph, media contact, forward-looking statements)."""
    employees = str(rng.choice((14, 16, 18)))
    body = []
    for title, what in rng.sample(RELEASE_TOPICS, rng.randint(2, 4)):
        place = rng.choice(RELEASE_PLACES)
        body.append(_fill(rng, title, place=place))
        body.append(
            f"{place.upper()}, {date(rng)} – Embargoed until {clock(rng)} BST. "
            + _fill(rng, rng.choice(RELEASE_SENTENCES), what=what)
        )
        for _ in range(rng.randint(2, 4)):
            sentences = rng.sample(RELEASE_SENTENCES, rng.randint(1, 3))
            body.append(" ".join(_fill(rng, s, what=what) for s in sentences))
        body.extend(footer.replace("{n}", employees) for footer in FOOTERS)
    return _join("Newsroom: latest releases", "Northwind Energy press office", body)


# -- parliamentary question time ---------------------------------------------------------------

MINISTER = "The Minister for Housing (Ms Clare Dunmore)"
MEMBERS = (
    "Mr Idris Khan (Bradford West) (Lab)",
    "Ms Ada Nwosu (Leyton) (Lab)",
    "Sir Roger Pell (Tunbridge Wells) (Con)",
    "Mrs Eluned Hughes (Ceredigion) (PC)",
    "Jim Shannon (Strangford) (DUP)",
    "Dr Sunita Rao (Cambridge) (LD)",
)
QUESTIONS = (
    "What steps her Department is taking to increase the supply of social housing.",
    "What assessment she has made of the effect of short-term lets on rents in coastal towns.",
    "Whether she plans to bring forward legislation on leasehold reform.",
    "What recent discussions she has had with local authorities on temporary accomodation.",
)
SUPPLEMENTARIES = (
    "In my constituency {n} families are living in temporary accomodation, some of them "
    "for more than {n2} years. When will the Minister act?",
    "Does the Minister recognise that rents have risen by {pct}% since {year}?",
    "Will the Minister meet me and a delegation of tenants from my constituency?",
    "The Minister's answer will disappoint every renter in the country.",
    "Will the Minister set out her defence of the Government’s policy towards private landlords?",
)
ANSWERS = (
    "I refer the hon. Member to the answer I gave some moments ago.",
    "We are building {n},000 homes a year, more than at any time since {year}.",
    "I would be happy to meet the hon. Lady and her constituents.",
    "The hon. Gentleman makes an important point, and I will write to him.",
    "We have given councils £{money} billion, and they have recieved it in full.",
)


def question_time(rng: random.Random) -> str:
    """Oral answers: numbered questions, the Speaker calling members, stock answers and
    "Hear, hear!" again and again, times in the margin."""
    opening = (
        "Mr Speaker: Before we begin, I remind the House that the House's “one question "
        "each” rule applies today."
    )
    body, hour, minute = [opening], 14, 30
    for number, question in enumerate(rng.sample(QUESTIONS, rng.randint(3, 4)), 1):
        minute += rng.randint(4, 12)
        hour, minute = hour + minute // 60, minute % 60
        body.append(f"{hour - 12}.{minute:02d} pm")
        asker = rng.choice(MEMBERS)
        body.append(f"{number}. {asker}: {question}")
        body.append(f"{MINISTER}: " + _fill(rng, rng.choice(ANSWERS[1:])))
        for _ in range(rng.randint(2, 4)):
            member = rng.choice(MEMBERS)
            name = member.split(" (")[0]
            body.append(f"Mr Speaker: Order. I call {name}.")
            body.append(
                f"{member}: " + _fill(rng, rng.choice(SUPPLEMENTARIES), n2=str(rng.randint(2, 5)))
            )
            body.append(f"{MINISTER}: " + _fill(rng, rng.choice(ANSWERS)))
            if rng.random() < 0.4:
                body.append("Hon. Members: Hear, hear!")
    headline = f"Oral Answers to Questions: Housing, Communities and Local Government, {date(rng)}"
    return _join(headline, "House of Commons, Hansard, Volume 742", body)


# -- an obituary --------------------------------------------------------------------------------

CHILDREN = ("Aoife", "Brendan", "Clare", "Declan", "Nuala")


def obituary(rng: random.Random) -> str:
    """An obituary: dates and places repeated by a fact box, a list of relatives, a
    tribute quoted twice, and a funeral notice."""
    born, died = rng.randint(1928, 1940), rng.randint(2024, 2026)
    birth = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {born}"
    death = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {died}"
    children = rng.sample(CHILDREN, rng.randint(3, 5))
    tribute = "She never stopped teaching."
    body = [
        f"Margaret “Peggy” O’Donnell, who has died aged {died - born}, was a teacher, a "
        "campaigner for adult literacy and, for {n} years, the favourite voice of Irish "
        "radio’s Sunday book programme.".replace("{n}", str(rng.randint(12, 30))),
        f"She was born on {birth} in Cork, the youngest of {rng.randint(5, 9)} children of a "
        "harbour pilot and a seamstress. She travelled to Dublin on a scholarship in "
        f"{born + 18} and never lost her Cork accent.",
        "At St Louis's school in Rathmines she taught English for {n} years. Former pupils "
        "remember her grey cardigan, her red pen and her habit of reading whole chapters "
        "aloud. “She never stopped teaching,” said one of them, the novelist Emer Kavanagh. "
        "“Even at the bus stop she would correct your grammar.”".replace(
            "{n}", str(rng.randint(20, 35))
        ),
        f"In {born + 41} she founded Read Together, an organisation wich offered free "
        "evening classes to adults who had left school untill then unable to read. By "
        f"{born + 55} it had {rng.randint(40, 90)} centres and had taught more than "
        f"{rng.randint(11, 30)},000 people.",
        "Her broadcasting career began by accident, when a producer heard her at a library "
        "event in 1974. She presented the programme for two decades and refused, on "
        "principle, to review any book she had not finished.",
        f"She recieved an honorary doctorate from University College Cork in {born + 60}. "
        "Asked what she would like to be remembered for, she said: “For the people who "
        "learned to read late, and never stopped.”",
        f"Her husband, Seán, died in {born + 50}. She is survived by her children, "
        f"{', '.join(children[:-1])} and {children[-1]}; {rng.randint(5, 14)} grandchildren; "
        f"and {rng.randint(2, 6)} great-grandchildren.",
        f"{tribute} Towards the end of her life she would analyse the grammar of every "
        "menu she was handed. Her last letter to the paper, about a misplaced apostrophe on a "
        "shop sign, arrived a week before she died.",
        f"Margaret O’Donnell, teacher and broadcaster, born {birth}; died {death}.",
        f"The funeral will take place at {rng.randint(9, 11)}.30am on {date(rng)} at St "
        "Finbarr’s Cathedral, Cork. Family flowers only; donations, if desired, to Read "
        "Together.",
    ]
    box = [f"Born: {birth}, Cork.", f"Died: {death}, Dublin.", "Teacher and broadcaster."]
    return _join("Peggy O’Donnell obituary", "By Colm Tóibín-Walsh · " + death, box + body)


# -- a how-to with numbered steps -------------------------------------------------------------

STEPS = (
    "Mix {a} g of strong white flour with {b} ml of lukewarm water in a large bowl. Stir well.",
    "Add {c} g of active starter and {d} g of fine salt, then squeeze the dough through your "
    "fingers until everything is combined. Cover and leave for 30 minutes.",
    "Stretch one side of the dough up and fold it over the centre; turn the bowl and repeat "
    "four times. Cover and leave for 30 minutes.",
    "Repeat the stretching and folding {n} more times, until the dough is smooth and holds "
    "its shape. Don't worry if it looks shaggy at this stage.",
    "Shape the dough into a tight ball, dust it with rice flour and put it seam side up in a "
    "floured basket. Cover and leave in the fridge overnight.",
    "Heat the oven to {t}°C (gas mark {g}) with a cast-iron pot inside for 45 minutes.",
    "Tip the dough into the hot pot, slash the top with a razor and bake with the lid on for "
    "20 minutes. Take the lid off and bake for 25 minutes more, until the crust is a deep "
    "colour.",
    "Leave the loaf to cool on a rack for at least an hour before cutting. Stir well any "
    "starter you have left, and feed it.",
)
TIPS = (
    "Tip: a seperate bowl for the starter saves washing up.",
    "Tip: if your kitchen is cold, the dough will need longer; look at the dough, not the clock.",
    "Tip: rice flour stops the dough sticking to the basket far better than wheat flour.",
    "Tip: the flavour improves if the dough spends a second night in the fridge.",
    "Tip: if the crust looks grey rather than golden, the oven was not hot enough.",
)


def how_to(rng: random.Random) -> str:
    """A sourdough how-to: an ingredient list, numbered steps that repeat "Stir well."
    and "Cover and leave for 30 minutes.", tips, temperatures and fractions."""
    amounts = {
        "a": str(rng.choice((450, 500, 550))),
        "b": str(rng.choice((325, 350, 375))),
        "c": str(rng.choice((90, 100, 120))),
        "d": str(rng.choice((9, 10, 12))),
        "t": str(rng.choice((230, 240, 250))),
        "g": str(rng.choice((8, 9))),
        "n": str(rng.randint(2, 4)),
    }
    body = [
        "“Sourdough is patience, not talent,” says the baker who taught me, and she is right.",
        f"Posted at {clock(rng)} on {date(rng)}. Difficulty: moderate. Time: 24 hours, "
        "of wich about 40 minutes of work.",
        f"Ingredients: {amounts['a']} g strong white flour; {amounts['b']} ml water; "
        f"{amounts['c']} g active starter; {amounts['d']} g salt; ½ tsp rice flour.",
    ]
    tips = list(TIPS)
    rng.shuffle(tips)
    for number, step in enumerate(STEPS, 1):
        body.append(f"{number}. " + step.format(**amounts))
        if tips and rng.random() < 0.4:
            body.append(tips.pop())
    body.append(
        "If the loaf comes out flat, the starter was probably not active enough: it should "
        "double in size within 6 hours of a feed. Stir well, wait, and try again."
    )
    return _join("How to bake your first sourdough loaf", "By Hannah Moretti", body)


# -- a multilingual press review --------------------------------------------------------------

PAPERS = (
    (
        "Al-Quds Al-Arabi",
        "\u200fقالت الصحيفة إن «الكيل قد طفح» بعد الإضراب الثالث هذا العام.\u200f",
    ),
    ("Haaretz", "\u200fהעיתון כתב כי «די זה די» וקרא לממשלה לחזור לשולחן.\u200f"),
    (
        "Kathimerini",
        "Η εφημερίδα έγραψε ότι «φτάνει πια» και ότι οι λιμένες έκλεισαν για δύο ημέρες.",
    ),
    ("Asahi Shimbun", "朝日新聞は「もう十分だ」と書き、港の閉鎖が三日目に入ったと伝えた。"),
    ("People's Daily", "人民日报写道，港口罢工“已经够了”，航运公司损失惨重。"),
    ("Chosun Ilbo", "조선일보는 “이제 그만”이라고 쓰며 항만 파업이 사흘째라고 전했다."),
    ("Tuổi Trẻ", "Báo Tuổi Trẻ viết rằng “đủ rồi” và các cảng đã đóng cửa ba ngày liền."),
)
REVIEW_SENTENCES = (
    "Dockworkers in {n} countries walked out on {date}, demanding a share of record "
    "shipping profits.",
    "The strike began in Piraeus and spread to Haifa, Busan and Haiphong within {n} days.",
    "On social media the strike’s emblem was a raised fist 👊🏽, often paired with a ship 🚢 "
    "and the flags 🇬🇷 🇮🇱 🇰🇷.",
    "Unions say {pct}% of port workers are on temporary contracts.",
    "Commentators were divided over whether the governments should intervene.",
    "A union leader in Piraeus, Giánnis Papadákis, told reporters: “Enough is enough.”",
    "The hashtag #ΦτάνειΠια was shared {n},000 times, often with 👩🏾‍🔧 and 🧑🏻‍🤝‍🧑🏿.",
    "Some readers objected to the word «blockade», which the Greek paper later changed.",
    "In Haiphong, the dockers’ leader Nguyễn Văn Thắng said the strike was “not against anyone”.",
    "The ballot, counted at 21:40 local time, gave the strike 3️⃣ to 1️⃣ support.",
    "Transliterations in the union’s leaflet kept the marks of Ṣàngó and ḿ̀ intact.",
)
LANGUAGE_DESK = "(Translation by our language desk.)"


def press_review(rng: random.Random) -> str:
    """A press review of a dock strike: papers quoted in their own script (right-to-left
    ones wrapped in bidi marks), each followed by the same translation credit; the same
    short quote ("Enough is enough") in seven languages; emoji with skin tones, ZWJ
    sequences, flags and keycaps; combining accents NFC keeps apart."""
    body = [
        "Dock labour unions organised the walk-out from the centre of Piraeus harbour, whilst "
        "the federation's leader, Mr Papadákis, travelled to Haifa to speak to the strikers "
        "there, in what he called a seperate but equal fight."
    ]
    papers = rng.sample(PAPERS, rng.randint(5, 7))
    for paper, quote in papers:
        body.append(f"{paper} ({date(rng)}): {quote}")
        body.append(
            f"The paper wrote that “enough is enough”. {LANGUAGE_DESK}"
            if rng.random() < 0.6
            else LANGUAGE_DESK
        )
        sentences = [
            _fill(rng, template) for template in rng.sample(REVIEW_SENTENCES, rng.randint(1, 3))
        ]
        body.append(" ".join(sentences))
    body.append(
        "Readers: "
        + ", ".join(paper for paper, _ in papers)
        + ". Next week’s review will follow the strike’s effect on the price of goods 📦."
    )
    headline = "What the world’s papers say about the dock strike: “Enough is enough” 🌍"
    return _join(
        headline, f"Press review by Dalia Ben-Haim and Kenji Sato, updated {clock(rng)} GMT", body
    )


KINDS = (live_blog, press_releases, question_time, obituary, how_to, press_review)
