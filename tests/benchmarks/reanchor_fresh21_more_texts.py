"""More twenty-first-round fresh texts (no test here): a router's manual and FAQ, a hymn
with its refrain and a Welsh singing version, a Welsh and English oral-history transcript
and a Korean and English subtitle pair, each drawn from a seed.
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

PROCEDURES = (
    "Switching the router on",
    "Resetting the router",
    "Updating the firmware",
    "Pairing a new device",
    "Changing the Wi‑Fi password",
    "Restoring factory settings",
    "Setting up a guest network",
    "Moving the router to another room",
)
STEPS = (
    "Press and hold the power button for 5 seconds.",
    "Wait until the light turns green.",
    "Press and hold the power button for 10 seconds.",
    "Open the app and tap Settings. (Fig. 3) ",
    "Press the WPS button once.",
    "Wait until the light turns blue.",
    "Enter the new password twice and tap Save.",
    "Do not unplug the router for 3 minutes.",
    "Press and hold the reset button for 5 seconds.",
    "Unplug the router and wait 30 seconds.",
    "Plug the router back in and wait until the light turns green.",
    "Scan the QR code on the back of the router.",
    "Tap Add device and choose the device from the list.",
    "Check that the light is steady, not flashing.",
)
WARNINGS = (
    "CAUTION: Do not cover the vents while the router is on.",
    "WARNING: Do not open the case. There are no user-serviceable parts inside.",
    "CAUTION: Settings are lost when you restore the router; see procedure 2 first.",
)
FAQ = (
    "Q: The light is red. What do I do?\nA: Restart the router (see procedure 1). If the "
    "light stays red, call us.",
    "Q: Can I use the router outdoors?\nA: No. CAUTION: Do not cover the vents while the "
    "router is on.",
    "Q: How long does an update take?\nA: About 3 minutes. Do not unplug the router for 3 minutes.",
    "Q: The app cannot find the router. What now?\nA: Press and hold the power button for 5 "
    "seconds. Then open the app and tap Settings again.",
    "Q: Is my password lost after a reset?\nA: Yes. CAUTION: Settings are lost when you "
    "restore the router; see procedure 2 first.",
    "Q: Where is the reset button?\nA: On the back, beside the power socket (Fig. 2) under "
    "the label.",
)


def product_manual(rng: random.Random) -> str:
    """A router's manual: procedures of numbered steps that repeat across procedures,
    warnings repeated word for word, durations, figure markers, and an FAQ."""
    made = []
    for number, title in enumerate(rng.sample(PROCEDURES, 8), start=1):
        steps = rng.sample(STEPS, rng.randint(4, 7))
        lines = [f"Procedure {number}: {title}"]
        lines += [f"{index}. {step.strip()}" for index, step in enumerate(steps, start=1)]
        lines.append(rng.choice(WARNINGS))
        made.append("\n".join(lines))
    made += rng.sample(FAQ, len(FAQ))
    made.append(
        "Safety\nCAUTION: Do not cover the vents while the router is on.\n"
        "WARNING: Do not open the case. There are no user-serviceable parts inside.\n"
        "Use only the power adapter in the box (12 V, 1.5 A). Keep the router 20 cm from "
        "people when it is on.\nCAUTION: Do not cover the vents while the router is on."
    )
    made.append(
        "Specifications\n| Item | Value |\n| --- | --- |\n| Wi‑Fi | 802.11ax, 2.4 and 5 GHz |\n"
        "| Ports | 4 × Gigabit LAN, 1 × WAN, 1 × USB‑C |\n| Power | 12 V, 1.5 A |\n"
        "| Size | 180 × 120 × 40 mm |\n| Restart time | about 90 seconds |"
    )
    closing = [
        f"Lumo Home Router L2 · manual v3 · support{NBSP}0800 123 456 · the team’s "
        f"👩{ZWJ}🔧 engineers · translated by Adébáyọ̀ K."
    ]
    return assemble(
        "Lumo Home Router L2 — User manual",
        "Read every CAUTION before you switch the router on.",
        ["Keep this manual. Procedures refer to each other by number."],
        made,
        closing,
    )


VERSES = (
    (
        "The harbour lights are burning low,",
        "The tide is turning in the bay,",
        "And all the boats that went to sea",
        "Are coming home at end of day.",
    ),
    (
        "The fishers’ wives stand on the quay,",
        "Their lanterns swinging in the rain,",
        "They sing the song their mothers sang",
        "To call the boats back home again.",
    ),
    (
        "When storms are high and nights are long,",
        "And every star is lost from view,",
        "We hold the light and sing the song,",
        "And we will bring the sailors through.",
    ),
    (
        "So raise the light and sing it loud,",
        "From chapel door to harbour wall,",
        "The sea is wide, the heart is proud,",
        "And there is light enough for all.",
    ),
    (
        "The lifeboat crew go down the slip,",
        "Their mothers watching from the hill,",
        "They do not ask whose son is lost,",
        "They go because they always will.",
    ),
    (
        "The chapel bell rings out at dawn,",
        "The nets are mended on the shore,",
        "The children run to meet the boats",
        "As we have run a hundred years and more.",
    ),
    (
        "And when at last our boat comes in,",
        "And all our fishing days are done,",
        "Then light the harbour lights for us",
        "And sing us home, the rising sun.",
    ),
)
WELSH = (
    (
        "Mae goleuadau’r harbwr ’n isel,",
        "Mae’r llanw’n troi yn y bae,",
        "A’r cychod aeth i’r môr i gyd",
        "Yn dod adre ar derfyn dydd.",
    ),
    (
        "Mae’r gwragedd ar y cei yn sefyll,",
        "A’u llusernau yn y glaw,",
        "Yn canu cân eu mamau gynt",
        "I alw’r cychod adre draw.",
    ),
    (
        "Pan fo’r storm a’r nos yn hir,",
        "A phob seren wedi mynd,",
        "Daliwn ni y golau’n glir,",
        "A daw’r morwyr adre’n ffrind.",
    ),
    (
        "Codwch y golau, canwch yn uchel,",
        "O ddrws y capel i wal y cei,",
        "Mae’r môr yn llydan, a’r galon yn falch,",
        "Ac mae digon o olau i bawb, heb ei rhoi.",
    ),
    (
        "Mae cloch y capel yn y wawr,",
        "A’r rhwydi’n cael eu trwsio’n lân,",
        "A’r plant yn rhedeg at y cei",
        "I gwrdd â’r cychod gyda chân.",
    ),
)
REFRAIN = "Refrain:\n♪ Bring them home, bring them home,\n(x2) Light the way across the foam. ♪"
CYTGAN = "Cytgan:\n♪ Dewch â nhw adre, dewch â nhw adre,\nGoleuwch y ffordd dros yr ewyn. ♪"


def _timed(rng: random.Random, lines: tuple[str, ...], clock: list[int]) -> list[str]:
    timed = []
    for line in lines:
        clock[0] += rng.randint(300, 600)
        minutes, hundredths = divmod(clock[0], 6000)
        timed.append(f"[{minutes:02}:{hundredths // 100:02}.{hundredths % 100:02}] {line}")
    return timed


def hymn_with_translation(rng: random.Random) -> str:
    """A hymn as a timed lyric sheet: verses with a refrain repeated after each, word for
    word, then the Welsh singing version with its own refrain."""
    clock = [rng.randint(500, 2000)]
    made = []
    english = rng.sample(VERSES, rng.randint(6, 7))
    for number, verse in enumerate([*english, english[0]], start=1):
        made.append("\n".join([f"Verse {number}:", *_timed(rng, verse, clock), REFRAIN]))
    made.append("Fersiwn Cymraeg (singing version, not a word-for-word translation)")
    for number, verse in enumerate(rng.sample(WELSH, 5), start=1):
        made.append("\n".join([f"Pennill {number}:", *_timed(rng, verse, clock), CYTGAN]))
    made.append(
        "Notes for the choir\nAltos take the second line of every refrain alone.\n"
        "Basses hold the last note of the refrain for 4 seconds.\n"
        "The Welsh version is sung to the same tune; its lines are not a translation.\n"
        "Altos take the second line of every refrain alone."
    )
    made.append(
        f"Sing verse 1 again as verse {len(english) + 1}, then the refrain twice. The choir "
        "sings the Welsh version at the second service; the organist plays the refrain once "
        "before verse 1 and slows down for the last line of every refrain."
    )
    closing = [
        f"Words: Gwenllian Adébáyọ̀ (b.{NBSP}1931). Cân y Porthladd — the choir’s "
        f"👩{ZWJ}🎤 favourite."
    ]
    return assemble(
        "Harbour Lights (hymn)",
        f"Tune: Porthgain, {rng.choice(('8.8.8.8', '8.7.8.7'))} with refrain",
        [],
        made,
        closing,
    )


WELSH_QUESTIONS = (
    "Pryd ddechreuoch chi weithio yn y chwarel? When did you start?",
    "A oedd eich tad yn chwarelwr hefyd?",
    "Tell me about the caban, y caban bwyta.",
    "Oedd pawb yn siarad Cymraeg yno?",
    "What was the hardest part, y rhan anodda?",
)
WELSH_ANSWERS = (
    "Ie.",
    "Dwi ddim yn gwybod.",
    "Wel, I was fourteen, pedair ar ddeg, that's all.",
    "Ie. Fy nhad a'i dad o, you know, three generations.",
    "[chwerthin] Oh, the caban, we'd argue about everything, côr, capel, politics.",
    "Wel, everyone spoke Cymraeg, except the manager, Mrs Delyth Prŷs knew that.",
    "We walked to work, dros y mynydd, 40 munud each way.",
    "Dwi ddim yn gwybod. [inaudible] Ask my brother.",
    "Roedd y dŵr yn oer, so cold, ac mi es i â’r bwyd i Nhad bob dydd.",
    "Y llwch, the dust. Mae o'n dal yn fy ysgyfaint, still in my lungs.",
)
WELSH_TOPICS = (
    "Y chwarel / The quarry",
    "Y teulu / Family",
    "Y caban / The cabin",
    "Y capel / Chapel",
    "Wedyn / Afterwards",
    "Y streic / The strike",
    "Yr ysgol / School",
)


def welsh_oral_history(rng: random.Random) -> str:
    """A Welsh and English oral-history transcript: parts of timestamped turns with
    code-switching inside answers, short answers that recur, a name later redacted."""
    made = interview(
        rng,
        [f"Rhan {{number}}: {topic}" for topic in rng.sample(WELSH_TOPICS, len(WELSH_TOPICS))],
        ("HOLWR", "SIARADWR"),
        WELSH_QUESTIONS,
        WELSH_ANSWERS,
        ("[Nodyn: see rhan {number} for the same story.]", 2, 0.6),
    )
    closing = [
        f"Casgliad y Werin · Adébáyọ̀ & Williams{NBSP}2026 · the speaker’s consent was "
        f"recorded 👩{ZWJ}🌾 on tape."
    ]
    return assemble(
        "Lleisiau’r Chwarel — Voices of the Quarry, cyfweliad 7",
        "Trawsgrifiad dwyieithog / bilingual transcript (ŵ, ŷ, â kept as spoken)",
        [],
        made,
        closing,
    )


KOREAN_LINES = (
    "민지: 어디 있었어？ Where were you?",
    "준호: 항구에. At the harbour 🌊",
    "민지: 「우리는 아무도 두고 가지 않아.」 We don’t leave anyone behind.",
    "[웃음] ㅋㅋㅋ 진짜？ Seriously? 😂",
    "준호: 음, 일곱 시라고 했잖아. I thought you said seven.",
    "민지: 열한 시라고 했어！ I said eleven!",
    "「우리는 아무도 두고 가지 않아.」 We don’t leave anyone behind.",
    "네. Yes.",
    "준호: 배가 안 돌아와. The boat’s not coming back.",
    "민지: 그럼 찾으러 가자 👍 Then we go and find it.",
)


def korean_subtitles(rng: random.Random) -> str:
    """A Korean and English subtitle pair: numbered timed cues, each line Korean then
    English, chat-style emoji, 「…」 quotes, full-width punctuation, a catchphrase that
    recurs word for word."""
    cues = subtitle_cues(rng, KOREAN_LINES, 60)
    closing = [
        f"자막: 김서연 · English: Adébáyọ̀ Kim{NNBSP}·{NBSP}the team’s 👩{ZWJ}💻 thanks — "
        "오타 제보 환영 (typos welcome)."
    ]
    return assemble(
        f"항구의 불빛 Harbour Lights — {rng.randint(1, 8)}화 (Korean + English)",
        "SRT, 한국어/English dual subtitles, revision 3",
        [],
        cues,
        closing,
    )
