"""More sixteenth-round fresh re-anchoring texts (no test here): a court hearing in Q./A.
turns, a football match's commentary minute by minute, a Welsh and English council
meeting's record (every turn in both languages) and a Japanese and English press
conference (Japanese punctuation, full-width digits).
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh16_kit import STOCK_FOOTER, Kind, transcript


def _court_label(rng: random.Random, number: int, clock: str, role: str) -> str:
    if role == "refrain":
        return "THE COURT: "
    if role == "stock":
        return "A. "
    return "Q. " if number % 2 else "A. "


COURT = Kind(
    title="R v Castellanos-Ward — transcript of proceedings, day 3",
    subtitle="Swansea Crown Court, Court 2, before HHJ Ifans KC",
    opening=(
        "This transcript was made from the court’s digital recording. It has not been "
        "approved by the judge. Counsel’s names are given at the start of each session."
    ),
    sections=(
        "Morning session · cross-examination of Mr Dewi Lloyd",
        "Afternoon session · re-examination",
        "Morning session · evidence of Ms Amara Osei",
        "Afternoon session · evidence of Dr Keiko Satō",
        "Late session · legal argument in the absence of the jury",
    ),
    section_opening=(
        "The hearing resumed at {time}. The jury were present. The witness remained on oath."
    ),
    lines=(
        "Where were you standing when the van drove off?",
        "I was by the bus shelter on Mumbles Road.",
        "You told the police it was dark, didn’t you?",
        "It was getting dark, but the street lights were on.",
        "How far away was the van?",
        "About twenty metres, maybe less.",
        "Did you see the driver’s face?",
        "Only the side of it, for a second or two.",
        "You’d had two pints by then, hadn’t you?",
        "I’d had one, and it was hours before.",
        "Look at page 14 of the bundle, please.",
        "That’s my statement, yes, and that’s my signature.",
    ),
    stock=("Yes.", "No.", "I don’t recall.", "That’s right."),
    refrain="Please keep your voice up.\nThe jury must hear every answer.",
    label=_court_label,
    restyle={"Q. ": "Question: ", "A. ": "Answer: ", "THE COURT: ": "The Judge: "},
    repeat_marker="(Same answer as before.)",
    correction="Sorry, I misspoke earlier; it should be: {}",
    interjection="Sorry, can I finish?",
    footer=(
        "Transcribed by Epiq for HM Courts & Tribunals Service. Where words could not be "
        "made out they are marked as inaudible; nothing else is left out.",
        STOCK_FOOTER,
    ),
    turns=(9, 11),
)


def _minute_label(rng: random.Random, number: int, clock: str, role: str) -> str:
    minute = number * 2 % 90 + 1
    return f"{minute}' " if minute != 90 else "90+2' "


FOOTBALL = Kind(
    title="Swansea City 2–2 Cardiff City: as it happened ⚽",
    subtitle="Live commentary from the Swansea.com Stadium, minute by minute",
    opening=(
        "The south Wales derby kicked off at 12:30 in front of 20,412 fans. Commentary by "
        "Gareth Price; stats from Opta. The visitors’ coach was delayed on the M4."
    ),
    sections=(
        "First half · Swansea start brightly",
        "Second half · Cardiff come back",
        "Stoppage time · late drama",
        "Extra time · the replay rules",
        "Full time · reaction",
    ),
    section_opening="Play started again at {time}. Both sides made no changes at the break.",
    lines=(
        "GOAL! Swansea City 1–0. Cullen curls it in from the edge of the box.",
        "GOAL! Cardiff City 1–1. Robinson heads in at the far post.",
        "Piroe shoots from 25 yards and it flies just wide.",
        "Yellow card for Ng after a late tackle on Grimes.",
        "The referee waves away a penalty shout 🙅.",
        "Cardiff win a free kick on the left wing.",
        "Substitution for Swansea: Ōta on, Paterson off.",
        "Alnwick saves well, tipping it over the bar.",
        "The VAR check is complete; no penalty.",
        "The Jack Army is in full voice at the north end.",
        "Cardiff hit the post! So close to a second.",
        "Swansea keep the ball for almost two minutes.",
    ),
    stock=("Corner to Swansea.", "Corner to Cardiff.", "Free kick.", "Throw-in, Cardiff."),
    refrain="Please stay off the pitch at the final whistle.\nStewards will open the gates.",
    label=_minute_label,
    restyle={"GOAL! ": "Goal — ", "' ": "’ ", "Corner to ": "Corner for "},
    repeat_marker="(Another one.)",
    correction="Correction: we said earlier “{}”",
    interjection="Drinks break.",
    footer=(
        "Commentary is written as it happens and corrected afterwards. Times are match "
        "minutes; stoppage time is shown after a plus sign.",
        STOCK_FOOTER,
    ),
    turns=(9, 11),
)


COUNCILLORS = (
    "Cyng./Cllr Rhian Pugh",
    "Cyng./Cllr Dafydd ap Iorwerth",
    "Cyng./Cllr Aled Ôwen",
    "Cyng./Cllr Fatima Begum",
)


def _council_label(rng: random.Random, number: int, clock: str, role: str) -> str:
    if role == "refrain":
        return "Y Cadeirydd / The Chair: "
    return f"{rng.choice(COUNCILLORS)}: "


COUNCIL = Kind(
    title="Cyngor Tref Llanidloes / Llanidloes Town Council",
    subtitle="Cofnodion y cyfarfod llawn / Minutes of the full meeting",
    opening=(
        "Cofnodir pob cyfraniad yn yr iaith a siaradwyd a’i gyfieithu. Every contribution "
        "is recorded in the language spoken, with a translation below it."
    ),
    sections=(
        "Eitem 1 · Ymddiheuriadau / Item 1 · Apologies",
        "Eitem 2 · Y gyllideb / Item 2 · The budget",
        "Eitem 3 · Y parc / Item 3 · The park",
        "Eitem 4 · Cynllunio / Item 4 · Planning",
        "Eitem 5 · Unrhyw fater arall / Item 5 · Any other business",
    ),
    section_opening=(
        "Dechreuodd yr eitem am {time}. The item began at that time; the clerk read the "
        "papers aloud."
    ),
    lines=(
        "Mae’r adroddiad wedi’i gyhoeddi ar y wefan.\nThe report has been published online.",
        "Rydym wedi gwario £12,000 ar y parc eleni.\nWe have spent £12,000 on the park this year.",
        "Dw i’n cynnig ein bod yn derbyn y gyllideb.\nI move that we accept the budget.",
        "Dw i’n eilio’r cynnig.\nI second the motion.",
        "Mae’r llifogydd wedi difrodi’r bont.\nThe floods have damaged the bridge.",
        "Bydd y gwaith yn dechrau ym mis Mawrth.\nThe work will start in March.",
        "Mae angen mwy o finiau ger yr afon 🗑️.\nMore bins are needed by the river.",
        "Pleidleisiodd naw o blaid.\nNine voted in favour.",
        "Gofynnodd y clerc am ragor o amser.\nThe clerk asked for more time.",
        "Dylen ni ysgrifennu at Gyngor Powys.\nWe should write to Powys Council.",
    ),
    stock=(
        "Diolch, Gadeirydd.\nThank you, Chair.",
        "Cytuno.\nAgreed.",
        "Diolch.\nThank you.",
    ),
    refrain="Trwy’r Gadair, os gwelwch yn dda.\nThrough the Chair, please.",
    label=_council_label,
    restyle={
        "Cyng./Cllr ": "Y Cynghorydd / Councillor ",
        "Y Cadeirydd / The Chair: ": "Cadeirydd / Chair (Cyng. Rhys): ",
    },
    repeat_marker="(Fel uchod. / As above.)",
    correction="Cywiriad / Correction: dylai’r cofnod ddarllen / the minute should read “{}”",
    interjection="Pwynt o drefn.\nPoint of order.",
    footer=(
        "Cymeradwyir y cofnodion yn y cyfarfod nesaf. The minutes are approved at the next "
        "meeting and may be corrected then.",
        STOCK_FOOTER,
    ),
)

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _japanese_clock(minutes: int) -> str:
    return f"{minutes // 60}時{minutes % 60:02d}分".translate(FULL_WIDTH)


SPEAKERS_JA = ("記者（Reporter, NHK）", "記者（Reporter, Kyodo）", "大臣（Minister Tanaka）")


def _press_label(rng: random.Random, number: int, clock: str, role: str) -> str:
    if role == "refrain":
        return "司会（Moderator）: "
    return f"{rng.choice(SPEAKERS_JA)}: "


PRESS = Kind(
    title="防災担当大臣 記者会見 / Disaster Management Minister’s press conference",
    subtitle="２０２６年３月１０日 / 10 March 2026 — 日英対訳 / Japanese and English",
    opening=(
        "この記録は会見の書き起こしです。The English is the ministry’s own translation; "
        "where they differ, the Japanese is the record."
    ),
    sections=(
        "冒頭発言 · Opening statement",
        "質疑応答 · Questions",
        "追加質問 · Further questions",
        "補足説明 · Supplementary briefing",
        "閉会 · Closing",
    ),
    section_opening="{time}に再開。The session resumed at the time shown.",
    lines=(
        "本日は３件の発表があります。\nThere are three announcements today.",
        "避難所は１２０か所開設されました。\nOne hundred and twenty shelters have been opened.",
        "被害の全容はまだ分かっていません。\nThe full extent of the damage is not yet known.",
        "自衛隊に派遣を要請しました。\nWe have asked the Self-Defense Forces to deploy.",
        "「早めの避難」をお願いします。\nPlease evacuate early.",
        "停電は約３万戸です。\nAbout 30,000 homes are without power.",
        "補正予算を検討しています。\nWe are considering a supplementary budget.",
        "詳細は後ほど発表します。\nDetails will be announced later.",
        "現地には明日伺います。\nI will visit the area tomorrow.",
        "新幹線は１５時に再開しました。\nThe Shinkansen resumed at 15:00.",
    ),
    stock=(
        "はい。\nYes.",
        "ありがとうございます。\nThank you.",
        "以上です。\nThat is all.",
    ),
    refrain="質問は一人一問でお願いします。\nOne question each, please.",
    label=_press_label,
    restyle={
        "司会（Moderator）: ": "Moderator（司会）: ",
        "大臣（Minister Tanaka）: ": "田中大臣: ",
    },
    repeat_marker="（同上 / As above）",
    correction="訂正 / Correction: 先ほどの発言は / the earlier remark should read “{}”",
    interjection="すみません、もう一点。\nSorry, one more point.",
    footer=(
        "この記録は内閣府が作成しました。The transcript was prepared by the Cabinet Office "
        "and may be quoted with credit.",
        STOCK_FOOTER,
    ),
    clock=_japanese_clock,
    turns=(6, 8),
)


def court_hearing(rng: random.Random) -> str:
    """A Crown Court hearing's transcript in Q./A. turns."""
    return transcript(rng, COURT)


def football_commentary(rng: random.Random) -> str:
    """A derby's live commentary, minute by minute."""
    return transcript(rng, FOOTBALL)


def welsh_council_meeting(rng: random.Random) -> str:
    """A town council's record, every turn in Welsh and English."""
    return transcript(rng, COUNCIL)


def japanese_press_conference(rng: random.Random) -> str:
    """A minister's press conference in Japanese with the English under each turn."""
    return transcript(rng, PRESS)
