"""The other four kinds of the seventh round of fresh held-out texts (no test here).

A poem anthology (refrains in every stanza, a ghazal whose last line repeats, an Urdu
couplet), a forum thread (replies quoting earlier posts with "> ", the same fix said
three times, version numbers one digit apart), a Persian carpet auction catalogue (lots
and estimates one digit apart, Persian descriptions typed on an Arabic keyboard) and a
social-media digest (emoji, hashtags, the same slogan in many posts, quoted posts).
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh6_kit import finish
from tests.benchmarks.reanchor_fresh7_kit import passages, pick, quoted, table

REFRAIN = "And still the river knows my name."
LAST_LINE = "The lamp is lit, and no one comes."


CROSSING = "Row, ferryman, row, the far bank is near."
BANKS = ("willows", "rice fields", "temple roofs", "fishing nets", "brick kilns", "market stalls")


def _ferry_song(rng: random.Random) -> list[str]:
    """Stanzas that differ in one word each, the refrain after every one."""
    sights = list(BANKS)
    rng.shuffle(sights)
    return [
        f"On the left bank the {left}, on the right bank the {right},\n"
        f"The water is wide and the evening is clear,\n{CROSSING}"
        for left, right in zip(sights[::2], sights[1::2], strict=True)
    ]


def anthology(rng: random.Random) -> str:
    """A poem anthology: stanzas with refrains, a ghazal, an Urdu couplet, notes."""
    vietnamese, yoruba, urdu = passages("anthology")
    price = rng.choice((12, 14, 16))
    editor = pick(rng, "Folasade Adeyemi", "Shirin Tabrizi")
    year = rng.randint(1961, 1969)
    body = [
        f"Edited by {editor}. Twelve poems in English, with poems in Vietnamese, Yoruba and "
        f"Urdu and their translations. £{price}.99 in paperback, £{price + 8}.99 in hardback.",
        "The River at Night",
        "I walked the bank when the water was high,\n"
        "I counted the lights of the boats going by,\n"
        f"{REFRAIN}",
        "I left the town when the bridges were new,\n"
        "I left my coat and my letters too,\n"
        f"{REFRAIN}",
        "I came back old, and the ferry was gone,\n"
        "I came back late, and the lamps were on,\n"
        f"{REFRAIN}",
        "Ferry Song",
        *_ferry_song(rng),
        "Ghazal of the Empty House",
        "The door is open, the tea is warm,\n"
        f"{LAST_LINE}\n"
        "The chairs are set, the bread is cut,\n"
        f"{LAST_LINE}\n"
        "The road is white with the evening frost,\n"
        f"{LAST_LINE}",
        f"Note: the ghazal is a form from Persian and Urdu poetry, in which every couplet "
        f"ends on the same words. This one was written in {year} in Lahore.",
        urdu,
        "A line by Faiz Ahmad that every mushaira in Lahore knows by heart. It is sung at "
        "the end of the evening, and the hall sings the refrain back.",
        "Song for the Harvest",
        "Cut the rice and tie the sheaves,\n"
        "Sing it once and sing it twice,\n"
        "Carry the sheaves to the threshing floor,\n"
        "Sing it once and sing it twice.",
        vietnamese,
        "From a folk song of the Red River delta, in a version by Nguyen Thi Hoa. The "
        "translation keeps the refrain: “the river still flows.”",
        "Onion",
        yoruba,
        "A proverb that Adebayo Ogunlesi set as a poem in 1994. Ogunlesi, who taught at "
        "Ibadan, said of it: “A proverb is a poem that has definately been tested.”",
        "A Note on the Translations",
        "The translations keep the refrains where they can. Where a refrain cannot be kept, "
        "the translation repeats the first line of the stanza instead, as the Vietnamese "
        "singers do. The Yoruba proverb is translated word for word; its tones are printed "
        "in full, as the poet wanted. The Urdu couplet is printed as Faiz Ahmad wrote it, "
        "with the punctuation of the first edition (Lahore, 1962, pp. 14–15).",
        "The editors thank Pham Minh Chau for the Vietnamese, Adebayo Ogunlesi's family for "
        "the Yoruba, and Reza Farahani for the Urdu and the Persian. Any mistakes are the "
        "editors' own; the Editors will correct them in the second printing.",
        "Letters to the Editors",
        "A reader wrote about the first poem:",
        quoted(
            REFRAIN,
            "Whose name is it? The poem never says, and I think that is the point.",
        ),
        "The editor replied:",
        quoted(
            "It is the poet's own name. The river is the one at Hanoi.",
            f"{REFRAIN} The line is the same each time, but the singer is older.",
        ),
        "Night Market",
        "Lanterns on the water, lanterns on the stall,\n"
        "Sing it once and sing it twice,\n"
        "Pay in the old coins or pay none at all,\n"
        "Sing it once and sing it twice.",
        "Contents and Permissions",
        table(
            [
                ("Poem", "Poet", "Page"),
                ("The River at Night", "Tran Van Duc", "3"),
                ("Ghazal of the Empty House", "Reza Farahani", "13"),
                ("Song for the Harvest", "Pham Minh Chau", "31"),
                ("Onion", "Adebayo Ogunlesi", "33"),
            ]
        ),
        "The River at Night first appeared in Quebec in 2003 and is reprinted by "
        "permission. Ghazal of the Empty House first appeared in Mashhad in 1998 and is "
        "reprinted by permission. Song for the Harvest is reprinted by permission.",
        "All translations are by the Editors, who thank the Assoc. of Literary Translators "
        "for a grant of £2,500 and the Univ. of Cordoba for a grant of €2,050.",
        "About the Poets",
        "Tran Van Duc was born in Hanoi and lives in Malmo. Reza Farahani was born in "
        "Mashhad and lives in Zurich. Pham Minh Chau lives in Hanoi. Adebayo Ogunlesi "
        "lived in Ibadan. He died in 2019.",
        f"{REFRAIN} {LAST_LINE} Sing it once and sing it twice.",
    ]
    return finish(
        "Rivers and Houses: New Poems in Four Languages",
        f"The Harbour Press · pp. 1–{rng.randint(60, 80)} · £{price}.99",
        body,
    )


FIXED = "Setting the sample rate to 48000 fixed it for me."
THANKS = "Thanks in advance for any help."


def _more_posts(rng: random.Random, first: str) -> list[str]:
    """Posts 13 to 16: the same question at two sample rates, and the same answer."""
    rates = rng.sample(("44100", "88200", "96000", "192000"), 2)
    return [
        "Post 13 by jose_m",
        quoted(
            "Sorry, one more: the card now works at 48000 but not at 96000.",
            "Is that expected?",
        ),
        f"Mine works at {rates[0]} but not at {rates[1]}. Is that expected too? {THANKS}",
        "Post 14 by Moderators",
        f"Yes. See post 8 and post 12. The card supports {rates[1]} only with firmware "
        f"No. 7 or later. {FIXED}",
        "Post 15 by nguyen_hoa",
        f"I updated the firmware to No. 7. It now works at {rates[0]} and at {rates[1]}, "
        "and the crackle has gone. The update took approx. 5 mins. Thanks again, everyone.",
        f"Post 16 by {first}",
        f"Same result here: the firmware fixed {rates[1]}, and {FIXED[0].lower()}{FIXED[1:]} "
        "I am marking the thread as solved once more. Thanks to the Moderators, and to "
        "everyone who posted the fix.",
    ]


def forum_thread(rng: random.Random) -> str:
    """A forum thread: posts quoting earlier posts with "> ", the same fix said again."""
    vietnamese, yoruba, persian = passages("forum")
    version = rng.choice(("2.4.1", "2.4.7"))
    other = version[:-1] + ("7" if version.endswith("1") else "1")
    price = rng.choice((49, 59))
    first = pick(rng, "pham_minh", "tran_duc")
    body = [
        f"Started by {first} · 12 posts · Audio, Drivers and Sound Cards",
        "Pinned by Moderators",
        "Before you post: say which version you run, which card you use and what you have "
        "tried. Search the forum first; most crackle problems have been solved before. Be "
        "kind: everyone here is a volunteer. Posts that repeat a fix already given in the "
        "thread will be hidden by the Moderators.",
        f"Post 1 by {first}",
        f"After updating to version {version} my sound card crackles at every sample rate. "
        f"It worked in {other}. The card is a Focusrite 2i2, bought for £{price} in 2021. "
        f"{THANKS}",
        "Post 2 by ade_ogunlesi",
        quoted(
            f"After updating to version {version} my sound card crackles at every sample rate.",
            f"It worked in {other}.",
        ),
        f"Same here, since {version}. {FIXED} Did you try it?",
        f"Post 3 by {first}",
        quoted(
            FIXED,
            "Did you try it?",
        ),
        f"I did not. Where is the setting? I definately do not see it in the menu. {THANKS}",
        "Post 4 by Moderators",
        "Please read the sticky post before posting. The setting is under Settings › Audio › "
        "Advanced, approx. halfway down. Setting the sample rate to 48000 fixes it.",
        vietnamese,
        "Post 5 by nguyen_hoa",
        quoted(
            "Please read the sticky post before posting.",
            "The setting is under Settings › Audio › Advanced.",
        ),
        f"Thanks. {FIXED} My card is the same model, bought in Hanoi for ₫3,500,000.",
        "Post 6 by ade_ogunlesi",
        yoruba,
        f"That is Yoruba for “thank you, it works now.” {FIXED}",
        "Post 7 by shirin_t",
        persian,
        f"(That is Persian for “this is fixed in version 2.4.”) The release notes of "
        f"{other} say: “Sample rates above 44100 are now handled seperately.” So the "
        "problem occured when that changed.",
        "Post 8 by Moderators",
        table(
            [
                ("Version", "Released", "Crackle reported", "Fixed"),
                ("2.4.1", "3 March", "no", "-"),
                ("2.4.7", "19 March", "yes", "2.4.8"),
                ("2.4.8", "2 April", "no", "-"),
                ("2.5.0", "30 April", "no", "-"),
            ]
        ),
        "Marked as solved. Please do not post the same fix again. On behalf of the "
        "Moderators, thanks to everyone who helped.",
        "Post 9 by jose_m",
        f"{FIXED} Also worth knowing: the Dept. of Computing at the Univ. of Zurich, where the "
        "phở in the canteen is famous, has a guide, No. 14 in their series. Francois Dvorak "
        "and Pham Minh Chau wrote it; Dvorak keeps it up to date. It is approx. 20 pages long.",
        "Post 10 by tran_duc",
        f"I tested 2.4.8 on three machines in Sao Paulo. No crackle. {THANKS[:6]} all.",
        f"Post 11 by {first}",
        quoted(
            "Marked as solved.",
            "Please do not post the same fix again.",
        ),
        f"Sorry, one more: the card now works at 48000 but not at 96000. Is that expected? "
        f"{THANKS}",
        "Post 12 by Moderators",
        f"Yes. See post 8. The card supports 96000 only with firmware No. 7 or later, "
        f"which costs nothing. {FIXED}",
        *_more_posts(rng, first),
        "Post 17 by shirin_t",
        quoted(
            "Before you post: say which version you run, which card you use and what you "
            "have tried.",
            "Search the forum first; most crackle problems have been solved before.",
        ),
        "For the record, I run 2.4.8 with a Focusrite 2i2 on a laptop from 2019. I tried "
        "new cables, a new USB port and a new laptop. Only the firmware helped.",
        "Similar Threads",
        "Crackle After Update on Windows (14 posts)\n"
        "Crackle After Update on Linux (9 posts)\n"
        "Crackle After Update on macOS (3 posts)",
    ]
    return finish(
        f"Sound card crackles after update to {version}",
        "Parallax Community Forum › Audio › Drivers and Sound Cards",
        body,
    )


SOLD_AS_SEEN = "Sold as seen; see the conditions of sale."
CONDITION = "Good condition, minor wear to the edges."


#: Weaves and their names in Persian, as typed on an Arabic keyboard.
WEAVES = {
    "Heriz": "هريس",
    "Kashan": "كاشان",
    "Tabriz": "تبريز",
    "Isfahan": "اصفهان",
    "Nain": "نائين",
    "Qum": "قم",
}


def _more_lots(rng: random.Random, after: int, low: int) -> list[str]:
    """Six more lots, described in English and in Persian in the same words but for the
    weave, the size and the estimate."""
    found = []
    for offset, weave in enumerate(rng.sample(list(WEAVES), 6), 1):
        width = rng.choice((198, 208, 218, 298))
        estimate = low + offset * 100
        found.append(f"Lot {after + offset}")
        found.append(
            f"A {weave} carpet, Persian, circa 19{rng.randint(3, 7)}0, 312 × {width} cm. Wool "
            f"on cotton. {CONDITION} Estimate £{estimate:,}–£{estimate + 500:,}. "
            f"{SOLD_AS_SEEN}\n"
            f"قالي {WEAVES[weave]} به ابعاد 312 در {width} سانتي متر، با تخمين "
            f"{estimate} پوند فروخته مي شود."
        )
    return found


def catalogue(rng: random.Random) -> str:
    """A Persian carpet auction catalogue: lots and estimates a digit apart, Persian
    descriptions typed on an Arabic keyboard."""
    vietnamese, yoruba, persian = passages("catalogue")
    first_lot = rng.randint(101, 140)
    low = rng.choice((1200, 1500, 1800))
    expert = pick(rng, "Shirin Tabrizi", "Reza Farahani")
    lots = [first_lot, first_lot + 1, first_lot + 10, first_lot + 11]
    body = [
        f"Sale on Saturday 14 March at 11:00 · Viewing Friday 10:00–18:00 · Expert: {expert}",
        "Conditions of Sale",
        "A buyer's premium of 25% is added to the hammer price. Lots are sold as seen. "
        "Payment within 7 days. Cards are accepted by the Auction House up to £5,000.",
        f"Lot {lots[0]}",
        f"A Kashan carpet, Persian, circa 1940, 312 × 208 cm. Wool on cotton. {CONDITION} "
        f"Estimate £{low:,}–£{low + 500:,}. {SOLD_AS_SEEN}",
        persian,
        f"Lot {lots[1]}",
        f"A Kashan carpet, Persian, circa 1940, 312 × 218 cm. Wool on cotton. {CONDITION} "
        f"Estimate £{low:,}–£{low + 600:,}. {SOLD_AS_SEEN}",
        f"Lot {lots[2]}",
        f"A Tabriz rug, Persian, circa 1960, 198 × 132 cm. Silk on silk. {CONDITION} "
        f"Estimate £{low * 2:,}–£{low * 3:,}. {SOLD_AS_SEEN}",
        "اين فرش در تبريز بافته شده و رنگ هاي آن طبيعي است.",
        f"Lot {lots[3]}",
        f"A Mashhad carpet, Persian, circa 1970, 400 × 300 cm. Wool on cotton. Some repairs. "
        f"Estimate £{low // 2:,}–£{low:,}. {SOLD_AS_SEEN}",
        *_more_lots(rng, lots[3], low),
        "Textiles from Other Collections",
        "Lot 150: an adire cloth from Abeokuta, indigo on cotton, 180 × 110 cm.",
        yoruba,
        "Lot 151: an áo dài of silk from Hanoi, circa 1950, with its original box.",
        vietnamese,
        f"Estimates for lots 150 and 151 are £300–£500 and £400–£600. {SOLD_AS_SEEN}",
        "Results of the Last Sale",
        table(
            [
                ("Lot", "Description", "Estimate", "Hammer"),
                ("118", "Kashan carpet, circa 1940", "£1,500", "£2,100"),
                ("119", "Kashan carpet, circa 1950", "£1,500", "£2,000"),
                ("128", "Tabriz rug, circa 1960", "£3,000", "£3,100"),
                ("129", "Heriz carpet, circa 1930", "£3,000", "£1,300"),
            ]
        ),
        "Notes by the Expert",
        f"{expert} writes: “The two Kashan carpets, lots {lots[0]} and {lots[1]}, are "
        f"almost a pair. They differ by 10 cm in width, wich is rare for a pair, and by "
        f"£100 in their upper estimate.”",
        "The expert's note on the last sale said:",
        quoted(
            "The two Kashan carpets are almost a pair.",
            "Lot 118 sold for £2,100 and lot 119 for £2,000.",
        ),
        "A buyer from Zurich asked about lot 129:",
        quoted(
            CONDITION,
            "That is what you said of the Heriz carpet. Why did it sell below its estimate?",
        ),
        "The Auction House replied that the carpet had been restored in Tromso and that "
        "the restoration was not declared until the sale. Payment is by card or transfer, "
        "incl. from accounts in Europe, in pounds or €.",
        f"Collection from 2 Harbour Rd, approx. 10 mins from the station. {SOLD_AS_SEEN} "
        f"The Auction House, est. 1921, is a member of the Assoc. of Fine Art Auctioneers.",
        "Buyers should inspect every lot before the sale. Condition reports are available "
        "on request from the expert; they describe wear, repairs and restoration, but they "
        "are opinions, not warranties. A lot described as in good condition may still have "
        "minor wear to the edges.",
        "Francois Dvorak, who catalogued the collection in 1998, bought lot "
        f"{lots[2]} in Mashhad for $1,800. It was valued at $18,000 in 2019.",
    ]
    return finish(
        "Fine Persian Carpets and Textiles: Sale 4127",
        "Harbour Auctions · Catalogue · 14 March 2026",
        body,
    )


SLOGAN = "Every share helps 💙 #FloodRelief"
BACK = "We'll be back with more tomorrow 👋"


def _more_updates(rng: random.Random, raised: int) -> list[str]:
    """Updates from the fund, one a day, in the same words but for the figures."""
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    found = []
    total = raised - 60
    for day in days:
        total += rng.choice((9, 10, 11, 12))
        found.append(
            f"@relief_fund · {day}\nUpdate: £{total},000 raised so far 📈 Volunteers "
            f"packed {rng.randint(300, 399)} boxes of water and rice today. {SLOGAN}"
        )
    found.append(
        "@hanoi_rain · Friday\nThe water is going down in Hanoi 🌤 Schools reopen on "
        "Monday. Thank you for every share 💙"
    )
    return found


def digest(rng: random.Random) -> str:
    """A social-media digest: emoji, hashtags, one slogan in many posts, quoted posts."""
    vietnamese, yoruba, persian = passages("digest")
    raised = rng.randint(120, 190)
    goal = raised + rng.choice((1, 10, 100))
    host = pick(rng, "Nguyen Thi Hoa", "Folasade Adeyemi")
    body = [
        f"Your digest for Sunday, curated by {host} 📰",
        "Top Posts This Week",
        f"@hanoi_rain · 2h\n{vietnamese}",
        f"@lagos_weekend · 3h\n{yoruba}",
        f"@tehran_kitchen · 5h\n{persian}",
        f"@relief_fund · 6h\nWe've raised £{raised},000 of our £{goal},000 goal 🙌 {SLOGAN}",
        "@relief_fund · 9h\n"
        f"Thank you, Hanoi! Donations from Vietnam reached ₫85,000,000 today 🇻🇳 {SLOGAN}",
        "Quoted and Shared",
        "@pham_chau shared a post:",
        quoted(
            f"We've raised £{raised},000 of our £{goal},000 goal 🙌",
            SLOGAN,
        ),
        "“We definately need more volunteers on Saturday,” she added. 🙏",
        "@ade_ogunlesi replied to @lagos_weekend:",
        quoted(
            "Ẹ kú ọdún tuntun o!",
            "This year will be good 🎉",
        ),
        "Happy new year from Ibadan too! Jollof for everyone 🍚 #NewYear",
        "Most Shared Photos",
        "A family 👨‍👩‍👧 on a rooftop in Hanoi, waving at a boat 🚣 (shared 1,240 times).\n"
        "Volunteers 👩🏽‍🍳 cooking jollof for 300 people in Lagos (shared 1,204 times).\n"
        "A table of haft-sin 🌷 for nowruz in Tehran (shared 640 times).\n"
        "A dog 🐕 on a paddle board in Hanoi (shared 2,140 times).",
        "Why these posts? The digest picks the posts most shared by people you follow, "
        "then removes posts that repeat the same link. Posts from @relief_fund are always "
        "included while the appeal is open. You can turn the digest off in Settings › "
        "Notifications › Weekly digest.",
        "By the Numbers",
        table(
            [
                ("Account", "Posts", "Shares", "Likes"),
                ("@relief_fund", "14", "2,140", "21,400"),
                ("@hanoi_rain", "9", "1,240", "12,400"),
                ("@lagos_weekend", "9", "1,204", "12,040"),
                ("@tehran_kitchen", "6", "640", "6,400"),
            ]
        ),
        f"The fund's goal was £{goal},000; it has now raised £{raised},000. The Moderators "
        f"say the total will be checked by the Board on Monday. {SLOGAN}",
        "More From the Week",
        *_more_updates(rng, raised),
        "From the Comments",
        "“The goverment should match every pound,” wrote @jose_m from Sao Paulo. 😤",
        "“Sent $50 from Quebec. Stay safe, everyone,” wrote @francois_d. ❤️",
        "“Sent $50 from Zurich. Stay safe, everyone,” wrote @reza_f. ❤️",
        "@tehran_kitchen posted a recipe for nowruz: sabzi polo, herbed rice with fish, "
        "approx. 2 hours. The post was shared 640 times 🌿",
        "“Our street in Hanoi is a river this morning. Stay home if you can,” wrote "
        "@hanoi_rain. ☔",
        "“Our street in Lagos is a river this morning. Stay home if you can,” wrote "
        "@lagos_weekend. ☔",
        "“Volunteers needed at the Town Hall from 9:00, bring gloves,” wrote @relief_fund. 🧤",
        "Weather for the Week",
        "Rain in Hanoi until Wednesday, then cloud 🌥 Sunshine in Lagos all week ☀️ Snow in "
        "Tehran on Friday ❄️ In Zurich and Malmo, the usual grey 🌫",
        "Events Near You",
        "Sat: a fundraising walk from Market St. to the river, 10:00. Bring water 💧\n"
        "Sun: a concert at the Town Hall, 19:00, tickets £8 🎶\n"
        "Mon: the Board meets at the Dept. of Housing, 18:00.",
        f"{SLOGAN} {BACK}",
        "Trending",
        "#FloodRelief 🌊 · #NewYear 🎉 · #Nowruz 🌷 · #HanoiRain ☔",
        f"That's all for this week. {BACK}",
    ]
    return finish(
        "Your Weekly Digest: Flood Relief, Nowruz and Rain in Hanoi",
        "Parallax Social · Weekly Digest · No. 41",
        body,
    )
