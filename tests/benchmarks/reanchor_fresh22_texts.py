"""Twenty-second-round fresh re-anchoring texts (no test here): a scanned newspaper run through
OCR, an e-mail thread exported to text, a scraped web article and a PDF report's extracted
text, each as the tool emits it, with running lines on every page or in every message.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_fresh22_kit import NBSP, SHY, ZWJ, ZWSP, assemble, fill, wrap
from tests.benchmarks.reanchor_fresh22_more_texts import (
    hebrew_parallel,
    machine_translation,
    screenplay,
    thai_parallel,
)

#: Words OCR misreads, as it reads them ("m" as "rn", "1" as "l", "0" as "O", ligatures).
OCR_MISREADINGS = {
    "time": "tirne",
    "committee": "cornmittee",
    "members": "rnembers",
    "meeting": "rneeting",
    "1953": "l953",
    "10": "1O",
    "office": "oﬃce",
    "first": "ﬁrst",
    "flood": "ﬂood",
    "fifty": "ﬁfty",
    "modern": "rnodern",
    "summer": "surnmer",
}
STORIES = (
    (
        "HARBOUR WALL TO BE RAISED",
        "The harbour committee decided on Monday night that the sea wall will be raised by "
        "four feet before the winter. Mr Albert Pengelly, chairman, told members that the "
        "flood of last January must not be repeated. The work will take fifty men and about "
        "ten weeks, and the first stones are expected from the quarry at Penryn in April.",
    ),
    (
        "NEW FERRY FOR THE ESTUARY",
        "A modern motor ferry will replace the old chain ferry this summer. The county "
        "council’s office says the crossing will take four minutes instead of twelve. Fares "
        "stay at one penny for foot passengers and sixpence for a car.",
    ),
    (
        "SCHOOL CONCERT A SUCCESS",
        "The school hall was full on Friday for the summer concert. The choir sang for the "
        "first time in the new hall, and the headmistress thanked the parents who had sewn "
        "the costumes. A collection raised £14 10s. for the library fund.",
    ),
    (
        "LIFEBOAT CALLED OUT TWICE",
        "The lifeboat was launched twice in one night last week. A yacht had lost its mast "
        "off the Manacles, and a fishing boat ran aground near the harbour mouth. All seven "
        "people were brought ashore safe, and the crew were home by 5 a.m.",
    ),
    (
        "COUNCIL MEETING ADJOURNED",
        "Tuesday’s meeting of the parish council was adjourned after the lights failed. The "
        "clerk said the members would meet again at the same time next week. Item 4, the "
        "bus shelter at Mylor Bridge, will be taken first.",
    ),
    (
        "PRICES AT THE MARKET",
        "Prices at Saturday’s market held steady. Early potatoes fetched 2s. 6d. a stone and "
        "crab was plentiful. Mrs Adébáyọ̀ of Flushing won the prize for the best jar of "
        "honey for the third time.",
    ),
)
#: Short notices that stand in several pages' corners, word for word.
NOTICES = (
    "Lost, a black spaniel answering to Bess. Reward.",
    "Wanted, a girl for light housework. Apply within.",
    "For sale, a pram in good order, 30s.",
)
AD = "ASK YOUR GROCER FOR HALLAM’S TEA — IT REFRESHES!"


def _misread_word(rng: random.Random, word: str) -> str:
    """A word OCR misreads, misread three times in five."""
    wrong = OCR_MISREADINGS.get(word)
    return wrong if wrong is not None and rng.random() < 0.6 else word


def _misread(rng: random.Random, paragraph: str) -> str:
    """Some of the words OCR misreads ("m" as "rn", "fi" as a ligature), misread."""
    return re.sub(r"\w+", lambda match: _misread_word(rng, match[0]), paragraph)


def _interleaved(rng: random.Random, first: str, second: str) -> str:
    """Two columns read across: one line of each story in turn."""
    left = wrap(rng, first, 34, 0.5).split("\n")
    right = wrap(rng, second, 34, 0.5).split("\n")
    mixed = [line for pair in zip(left, right, strict=False) for line in pair]
    longer = left if len(left) > len(right) else right
    return "\n".join(mixed + longer[min(len(left), len(right)) :])


def ocr_newspaper(rng: random.Random) -> str:
    """A weekly newspaper's pages run through OCR: each page a running header, two or three
    stories (sometimes two columns read across), a notice, the tea advertisement and its
    page number "— 4 —"."""
    day = rng.choice(("TUESDAY, MARCH 3, 1953", "FRIDAY, MARCH 6, 1953", "TUESDAY, MARCH 10, 1953"))
    width = rng.choice((44, 52, 60))

    def page(rng: random.Random, number: int) -> list[str]:
        blocks = [f"THE MARSH HARBOUR GAZETTE · {day}"]
        for _ in range(rng.choice((1, 2))):
            title, body = rng.choice(STORIES)
            blocks.append(title)
            blocks.append(wrap(rng, _misread(rng, body), width, 0.5))
        if rng.random() < 0.4:
            (_, one), (_, two) = rng.sample(STORIES, 2)
            blocks.append(_interleaved(rng, _misread(rng, one), _misread(rng, two)))
        blocks.append(rng.choice(NOTICES))
        blocks.extend([AD, f"— {number} —"])
        return blocks

    head = [
        "THE MARSH HARBOUR GAZETTE",
        f"Scanned from the bound volume, 1953; OCR of the reading room’s copy{NBSP}📰",
        "Donated by the family of Mrs Adébáyọ̀, Flushing",
    ]
    tail = [
        f"Scanner’s note: pages were re{SHY}scanned at 300 dpi. Staff 👩{ZWJ}💻 checked the "
        "ﬁrst page by hand only."
    ]
    return fill(rng, head, page, tail)


PEOPLE = (
    ("Ruth Okafor", "ruth.okafor@tidewater.org.uk", "Programme Lead"),
    ("Tomás Ó Briain", "tomas@obriain-survey.ie", "Surveyor"),
    ("Adébáyọ̀ Bello", "a.bello@tidewater.org.uk", "Finance Officer"),
    ("Mia Chen", "mia.chen@harbourtrust.org", "Volunteer Coordinator"),
)
MAIL_BODIES = (
    "Thanks for sending the survey so quickly. I’ve read it twice and the figures for the "
    "east wall look right to me. Could you check the tide tables for the 14th before we book "
    "the boat?",
    "The boat is booked for the 14th at 07:30 from the slipway. We need four volunteers and "
    "one first-aider. Please reply by Friday if you can come.",
    "Invoice 2207 is attached. It covers the second survey and the hire of the boat, "
    "£1,240 in all. Please pay within 30 days.",
    "I can come on the 14th. I’ll bring the spare life jackets and the tide tables. Is "
    "there parking at the slipway, or should we share cars?",
    "Sorry, I can’t make the 14th after all. My daughter’s school has moved the sports day. "
    "I’ll be free the week after if you need a second trip.",
    "Yes, there’s parking for six cars at the slipway. Please don’t block the lifeboat "
    "ramp, the crew need it clear at all times.",
)
SIGN_OFFS = ("Best,", "Thanks 🙏,", "Cheers,", "Kind regards,")
DISCLAIMER = (
    "CONFIDENTIAL: This e-mail and any attachments are for the named recipient only. If you "
    "have received it in error, please delete it and tell the sender."
)
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")


def _message(rng: random.Random, sender: tuple[str, str, str], subject: str) -> list[str]:
    """One message as the sender wrote it: greeting, a body, sign-off, signature, disclaimer."""
    name, address, role = sender
    first, second = (wrap(rng, body, 72) for body in rng.sample(MAIL_BODIES, 2))
    signature = f"-- \n{name} | {role}\nTidewater Trust · 01326{NBSP}555{NBSP}210 · {address}"
    return [
        f"Subject: {subject}",
        f"Hi all,\n{first}",
        second,
        f"{rng.choice(SIGN_OFFS)}\n{name.split()[0]}",
        signature,
        DISCLAIMER,
    ]


def _quoted(blocks: list[str]) -> str:
    """Blocks quoted with "> " on every line (">" on a blank one), as one paragraph."""
    return "\n".join(f"> {line}" if line else ">" for line in "\n\n".join(blocks).split("\n"))


def email_thread(rng: random.Random) -> str:
    """A thread exported to text, newest first: each reply above the earlier messages,
    quoted word for word with "> " (and "> > " for the ones they quoted), introduced by
    "On Tue, 3 Mar 2026 at 09:14, Name wrote:"; signatures and the disclaimer in every
    message."""
    subject = rng.choice(("Harbour wall survey — boat on the 14th", "East wall: next survey"))
    target = rng.randint(5_200, 7_200)
    day, minutes = rng.randint(2, 20), rng.randint(8 * 60, 11 * 60)
    header = [
        f"Exported from Thunderbird · Staff 👩{ZWJ}💻 archive copy",
        f"Thread: {subject}{ZWSP}",
        "Participants: " + ", ".join(name for name, _, _ in PEOPLE),
    ]
    thread: list[str] = []
    blocks: list[str] = []
    for index in range(9):
        sender = rng.choice(PEOPLE)
        blocks = _message(rng, sender, ("Re: " if index else "") + subject)
        if thread:
            blocks.append(thread[0])
            blocks.append(_quoted(thread[1:]))
        when = (
            f"On {DAYS[(day + index) % 5]}, {day + index} Mar 2026 at "
            f"{minutes // 60 % 24:02}:{minutes % 60:02}, {sender[0]} <{sender[1]}> wrote:"
        )
        thread = [when, *blocks]
        minutes += rng.randint(20, 200)
        if len(assemble([*header, *blocks]).encode()) >= target:
            break
    return assemble([*header, *blocks])


HEADLINES = (
    "Harbour town votes to raise its sea wall before winter",
    "Ferry fares frozen as new crossing opens",
    "Lifeboat crew rescue seven in one night",
)
WEB_PARAGRAPHS = (
    "The vote was 14 to 3. Residents who spoke at the meeting said the floods of January "
    "had cost the town’s shops more than £200,000 in lost trade.",
    "Work is due to start in April and to finish by October. The council says the road "
    "along the quay will stay open, with traffic lights at the narrow end.",
    "Not everyone is convinced. A petition against the height of the new wall has 412 "
    "signatures, and its organisers say it will block the view from the promenade.",
    "The Environment Agency will pay two thirds of the cost. The rest comes from the "
    "council’s reserves and a grant from the harbour trust.",
    "Engineers looked at a tidal barrier as well, but it would have cost four times as "
    "much and taken three years to build.",
    "Local fishermen welcomed the decision. “We lost two boats in January,” said one, who "
    "asked not to be named. “Anything that keeps the sea out is good news.”",
)
COOKIES = "We use cookies to improve your experience. Accept all | Manage settings"
NAVIGATION = "Home | News | Cornwall | Climate | Business | Sport | Weather"
COMMENTS = (
    "Great news, about time 👍",
    "Who is paying for this? Not us I hope.",
    "My nan’s shop flooded twice. This can’t come soon enough 🙏",
)


def web_article(rng: random.Random) -> str:
    """A news page as a scraper dumps it: navigation and cookie lines, headline, "Updated"
    line, a lede that related-article teasers repeat, "Advertisement" and share lines between
    the paragraphs, "Read more:" links, pages "Continue reading (page 2 of 4)", comments."""
    headline = rng.choice(HEADLINES)
    lede = (
        "Councillors in Marsh Harbour have voted to raise the town’s sea wall by 1.2 metres, "
        "ten months after storms flooded more than 80 homes."
    )
    width = rng.choice((72, 76, 80))
    order = list(WEB_PARAGRAPHS)
    rng.shuffle(order)

    def page(rng: random.Random, number: int) -> list[str]:
        blocks = [wrap(rng, order[(number + i) % len(order)], width) for i in range(2)]
        blocks.insert(1, "Advertisement")
        blocks.append(f"Read more: {rng.choice(HEADLINES)}")
        blocks.append(f"Related: {lede}")
        blocks.append("Share on Facebook · Share on X · Copy link")
        blocks.append(f"Continue reading (page {number} of 4)")
        return blocks

    head = [
        NAVIGATION,
        COOKIES,
        headline,
        f"By Jenna Trevithick and Adébáyọ̀ Bello · Updated 3{NBSP}March 2026, 09:14 GMT",
        wrap(rng, lede, width),
        "Share on Facebook · Share on X · Copy link",
    ]
    tail = [
        "Comments (3)",
        *(f"{c}\nReply · {rng.randint(1, 40)} likes" for c in COMMENTS),
        f"Moderated by the web team 👩{ZWJ}💻. Comments close after 48 hours.",
        COOKIES,
    ]
    return fill(rng, head, page, tail)


REPORT_SECTIONS = (
    (
        "1. Chair’s statement",
        "This was a year of recovery after the January floods.¹ Visitor numbers rose at every "
        "site, and the harbour museum reopened in May after repairs costing £410,000. I thank "
        "the staff and volunteers who made it possible.",
    ),
    (
        "2. Visitors",
        "We welcomed 118,400 visitors, up 9 per cent on 2024.² The harbour museum had its "
        "best summer since it opened, and school visits doubled after the new learning room "
        "was finished.",
    ),
    (
        "3. Finance",
        "Income was £2.31m and spending £2.18m, leaving a surplus of £130,000, which the "
        "trustees have set aside for the sea wall appeal.³ Restricted funds are shown "
        "separately in Table 2.",
    ),
    (
        "4. Collections",
        "Conservators treated 212 objects damaged by the flood water. The lifeboat "
        "models and the photographs of the 1953 storm were given priority, and all of them "
        "are now on display again.",
    ),
)
FOOTNOTES = (
    "¹ The flood closed two of our four sites for eleven weeks.",
    "² Figures are from ticket sales and do not include free events.",
    "³ The appeal is described in section 6 of this report.",
)
TABLES = (
    (
        "Table 1: Visitors by site, 2024 and 2025",
        (
            "Site 2024 2025 Change",
            "Harbour Museum 41,220 44,310 7.5%",
            "Lifeboat House 22,900 25,100 9.6%",
            "Quay Gallery 18,300 21,040 15.0%",
            "Total 82,420 90,450 9.7%",
        ),
    ),
    (
        "Table 2: Income and spending, £000",
        (
            "Item 2024 2025",
            "Admissions 812 901",
            "Grants 640 702",
            "Shop and café 410 455",
            "Staff 1,190 1,244",
            "Buildings 488 512",
        ),
    ),
)


def pdf_report(rng: random.Random) -> str:
    """An annual report's text as a PDF extractor gives it: lines broken where the page's
    lines broke (mid-sentence, words hyphenated), footnote markers and the footnotes at the
    page's foot, tables flattened into rows of figures under "Table 1" captions, and the
    running footer "Annual Report 2025 | 17" on every page."""
    first = rng.randint(3, 30)
    width = rng.choice((58, 64, 70))

    def page(rng: random.Random, number: int) -> list[str]:
        title, body = REPORT_SECTIONS[(number - 1) % len(REPORT_SECTIONS)]
        blocks = [title, wrap(rng, body, width, 0.4)]
        if rng.random() < 0.6:
            caption, rows = rng.choice(TABLES)
            blocks.extend([caption, "\n".join(rows)])
        blocks.append("\n".join(f for f in FOOTNOTES if f[0] in body))
        blocks.append(f"Annual Report 2025 | {first + number}")
        return [b for b in blocks if b]

    head = [
        "Marsh Harbour Heritage Trust",
        "Chair: Ngozi Adébáyọ̀ · Director: Tomás Ó Briain",
        f"Annual Report and Accounts 2025 — extracted text{NBSP}📄",
        f"Staff 👩{ZWJ}💻 checked the figures; the trust’s auditors are Pen{SHY}hallow & Co.",
    ]
    return fill(rng, head, page, [])


#: Every kind of text, chosen by seed.
KINDS = (
    ocr_newspaper,
    email_thread,
    web_article,
    pdf_report,
    screenplay,
    machine_translation,
    hebrew_parallel,
    thai_parallel,
)
