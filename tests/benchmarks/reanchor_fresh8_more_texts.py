"""The other four kinds of the eighth round of fresh held-out texts (no test here).

A page of a government's bilingual press releases (each release in Traditional Chinese
then English, names in both scripts, the same "Ends" block under every release, notices in
Hindi and Thai for minorities), a railway division's passenger notices in Hindi and
English (train numbers one digit apart, "Inconvenience caused is regretted" under every
notice), a program's release notes (versions 3.2.1 and 3.2.11, "Fixed a crash" lines that
recur, thanks under every release) and a hotel's guest reviews (star ratings, the same
management reply again and again, reviews one word apart, reviews in Chinese, Hindi and
Thai).
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh6_kit import finish
from tests.benchmarks.reanchor_fresh8_kit import NBSP, ZWJ, passages, pick

ENDS = "Ends/Tuesday, March 3, 2026\nIssued at HKT 16:30"


def press_page(rng: random.Random) -> str:
    """Bilingual press releases, each closed by the same "Ends" block."""
    chinese, hindi, thai = passages("press")
    closure = rng.choice(("3.75", "3.57"))
    rain = rng.choice((125, 152))
    lanes = rng.choice((2, 3))
    official = pick(rng, "Chan Wing-kei", "Noor Haddad")
    hanzi = "陳詠琪" if official == "Chan Wing-kei" else "夏諾爾"
    body = [
        "Today’s Press Releases",
        "3 Mar 2026 · Lane closures on Tolo Highway",
        "路政署今日宣布，吐露港公路近大埔段將於三月八日晚上封閉兩條行車線，為期兩晚。\n"
        f"The Department announced today that {lanes} lanes of Tolo Highway near Tai Po "
        f"will be closed for two nights from 8 March. The closure covers {closure} km of "
        "the northbound carriageway — from Ma Liu Shui to Tai Po Kau — between 23:00 and "
        "05:30.",
        "The Department said: “We apologise for any inconvenience.” Drivers should allow "
        "an extra 15 minutes (see item 2.1).",
        ENDS,
        "3 Mar 2026 · LCQ7: Slope safety after heavy rain",
        f"{chinese}\n"
        f"Following is a reply by the Secretary for Development, {official}（{hanzi}）, to a "
        f"question in the Legislative Council today. After {rain} mm of rain on 28 "
        "February, the Department inspected 312 slopes within 48 hours.",
        "2.1 The Department will publish a list of slopes inspected each week.\n"
        "2.2 The Department will repair the 12 slopes found unsafe by 30 June, at a cost "
        "of HK$18.25 million (± HK$1.5 million).\n"
        "2.3 Residents may report a slope by calling +852 2762 3333 or writing to "
        "slopes@hyd.example (see item 2.2).",
        f"The Department said: “We apologise for any inconvenience.” {official} added: "
        "“Safety comes first.”",
        ENDS,
        "3 Mar 2026 · Notices for ethnic minorities",
        f"{hindi}\n{thai}\n"
        "The Government has translated the notice on new traffic measures into Hindi, "
        "Thai, Urdu, Nepali and four other languages. The measures take effect on 1 April.",
        "The notices are at district offices and online. Ask for a copy 🙋" + ZWJ + "♀️.",
        ENDS,
        "3 Mar 2026 · New ferry fares from 1 April",
        "運輸署宣布，由四月一日起，往返長洲及梅窩的渡輪票價將上調2.5%。\n"
        "Fares on the ferries to Cheung Chau and Mui Wo will rise by 2.5% from 1 April, "
        "the Transport Department announced. An adult single ticket will cost HK$15.25 "
        "(HK$14.88 today); the crossing of 10.25 km takes 35 minutes.",
        "Passengers aged 65 or over pay HK$2 — as they do today — on every route. The "
        "fares were approved by the Executive Council on 24 February.",
        ENDS,
        "3 Mar 2026 · Weather warning cancelled",
        f"The Observatory cancelled the amber rainstorm warning at 14:10. It recorded "
        f"{rain + 10} mm of rain at Sha Tin and 18.5 °C. Roads reopened ✅ — traffic "
        "is slow.",
        "The Department said: “We apologise for any inconvenience.” Engineers of the "
        "Department will inspect the slopes above the roads again tomorrow; the "
        "Department will report to the Legislative Council on 10 March.",
        ENDS,
        "3 Mar 2026 · Appointment to the Road Safety Council",
        "發展局局長今日委任柯麗莎（Ingrid Solberg）為道路安全議會成員，任期兩年。\n"
        "The Secretary for Development today appointed Ingrid Solberg (柯麗莎) to the Road "
        "Safety Council for two years. Ms Solberg, an engineer, led the review of the 2.75 "
        "km Lion Rock tunnel approach in 2024.",
        "The Secretary said: “Ms Solberg brings long experience.” The Council meets "
        "monthly; its members are not paid.",
        ENDS,
        "Media Enquiries",
        f"Press office of the Department: {official}, +852 2762 3300, "
        "press@hyd.example. Photographs of the slopes (4.25 MB each) are available on "
        "request… allow a day.",
        "所有新聞公報均以中文及英文發出；如有歧異，以中文本為準。\n"
        "All press releases are issued in Chinese and English; if they differ, the Chinese "
        "text prevails.",
        "Related Pages",
        "Slope safety · Road works · Traffic news · Weather warnings · Archive 1997–2026",
    ]
    return finish(
        "Press releases of 3 March 2026 — Development Bureau and Highways Department",
        f"Information Services Department · Hong{NBSP}Kong · 3 March 2026",
        body,
    )


REGRET = "यात्रियों को होने वाली असुविधा के लिए खेद है।\nInconvenience caused to passengers is regretted."


def notices(rng: random.Random) -> str:
    """Bilingual railway notices: train numbers a digit apart, a regret under every one."""
    chinese, hindi, thai = passages("railway")
    train = rng.choice((12951, 12952))
    twin = 12952 if train == 12951 else 12951
    delay = rng.choice((45, 54))
    fog = rng.choice(("2.25", "2.52"))
    officer = pick(rng, "Anil Mehra", "Priya Raghunathan")
    body = [
        "Passenger Notices",
        f"12 Mar 2026 · Train No.{NBSP}{train} (Mumbai Rajdhani) will leave New Delhi at "
        f"17:{delay} instead of 16:55 because of a late pairing rake.\n"
        f"गाड़ी संख्या {train} (मुंबई राजधानी) नई दिल्ली से 16:55 के बजाय 17:{delay} बजे रवाना होगी।",
        REGRET,
        f"12 Mar 2026 · Train No.{NBSP}{twin} (Mumbai Rajdhani) will run on time. Train "
        f"No.{NBSP}{twin} (Mumbai Rajdhani) will run on time — this is not the delayed train.\n"
        f"गाड़ी संख्या {twin} अपने समय पर चलेगी।",
        f"11 Mar 2026 · Train No.{NBSP}12015 (Ajmer Shatabdi) is cancelled from 14 to 16 "
        f"March because of track work over {fog} km near Rewari.\n"
        "गाड़ी संख्या 12015 (अजमेर शताब्दी) 14 से 16 मार्च तक रद्द रहेगी।",
        REGRET,
        f"11 Mar 2026 · Train No.{NBSP}{train + 10} (Lucknow Mail) will leave from "
        f"platform 16 instead of platform 6. The coach position board is wrong; coach A1 "
        "stops 250 m from the stairs.\n"
        f"गाड़ी संख्या {train + 10} प्लेटफ़ॉर्म 6 के बजाय प्लेटफ़ॉर्म 16 से जाएगी।",
        REGRET,
        "10 Mar 2026 · Dense fog: visibility below 50 m at Aligarh (4.5 °C at 05:00). "
        "Trains may run late by up to 90 minutes (± 15 minutes).\n"
        "घने कोहरे के कारण गाड़ियाँ देर से चल सकती हैं।",
        REGRET,
        "Pilgrim Special to Gaya",
        f"{thai}\n{chinese}\n"
        "A pilgrim special for Bodh Gaya leaves from platform 3 at 18:45 on 20 March. "
        "Notices in Thai and Chinese are posted at the platform 🙏.",
        hindi,
        "Refunds",
        "1.1 A passenger whose train is cancelled gets a full refund (see rule 1.3).\n"
        "1.2 A passenger whose train is late by more than 3 hours gets a full refund.\n"
        "1.3 A refund is claimed at any counter within 72 hours — or online — with the "
        "ticket.",
        "The Administration says refunds are paid within 7 days. The Administration says "
        "refunds of e-tickets are paid within 3 days (see rule 1.2). Complaints about a "
        "refund go to the Administration in writing; the Administration answers within 30 "
        "days, and passengers may appeal to the Railway Claims Tribunal.",
        "Cleanliness",
        "Coaches are cleaned at New Delhi and again at Mathura for trains that run more than "
        "1,200 km. Passengers who see a dirty coach may send a message to the helpline. "
        "The Administration fines littering: ₹500 on the first offence, ₹5,000 after that. "
        "Staff of the Administration check every train before it leaves.",
        "Luggage",
        "Each passenger may carry 40 kg in AC First Class and 35 kg in AC Chair Car. "
        "Excess luggage of up to 12.50 kg is charged at 1.5 times the rate. "
        "सामान की सीमा 40 किलो है।",
        REGRET,
        "Contact",
        f"Divisional Railway Manager: {officer}. Public relations: Anil Mehra, +91 11 2338 "
        "7123, pro.delhi@nr.example. Helpline 139 (24 hours) 📞 — calls are free.",
        f"Issued by the Administration, Delhi Division, on 12 March 2026… "
        f"Travel safe 🚆 — शुभ{ZWJ} यात्रा.",
    ]
    return finish(
        "Northern Railway, Delhi Division: passenger notices for 10–16 March",
        "उत्तर रेलवे · दिल्ली मंडल · Passenger notices",
        body,
    )


THANKS = (
    "Thanks to everyone who reported issues and sent patches 🎉\n"
    "Full list of changes: see docs/CHANGES.md in the repository."
)
CRASH = "Fixed a crash when opening files over 2 GB."


def changelog(rng: random.Random) -> str:
    """Release notes: versions one digit apart, a crash fix said again, thanks each time."""
    chinese, hindi, thai = passages("changelog")
    near = rng.choice(("3.2.11", "3.2.10"))
    cache = rng.choice(("12.75", "17.25"))
    latency = rng.choice(("3.25", "2.35"))
    fixer = pick(rng, "Ingrid Solberg", "Lukas Weidmann")
    body = [
        "Release Notes",
        f"Version {near} — 2 March 2026",
        f"- {CRASH}\n- Exports to PDF are 1.5 times faster (median {latency} ms a page, "
        f"± 0.4 ms).\n- The cache now stays below {cache} MB.\n- Thanks to {fixer} for "
        "the crash report.",
        THANKS,
        "Version 3.2.2 — 16 February 2026",
        f"- {CRASH}\n- Fixed the Chinese and Hindi labels of the export dialog:\n"
        f"{chinese}\n{hindi}",
        THANKS,
        "Version 3.2.1 — 2 February 2026",
        f"- {CRASH} (This fix was incomplete; see version {near}.)\n- Fixed Thai input in "
        f"search:\n{thai}\n- The Maintainers now answer security reports within 48 hours.",
        THANKS,
        "Version 3.2.0 — 19 January 2026",
        "- New: export to EPUB (pages 1–500 in the preview). New: a dark theme 🌙.\n"
        "- The cache stays below 25 MB.\n"
        "- Thanks to Oliver Brandt and Olivia Brandt — no relation — for testing.",
        "Version 3.1.9 — 8 December 2025",
        f"- {CRASH}\n- Fixed search in books with more than 10,000 notes (it took 1.25 "
        "seconds; it now takes 85 ms).\n- Fixed a crash when closing a book during an export.",
        THANKS,
        "Version 3.1.8 — 24 November 2025",
        "- Fixed a crash when closing a book during an export.\n- The maintainers of the "
        "Windows installer changed; the installer is now 48.5 MB instead of 52.75 MB.\n"
        "- Noted: the dark theme is planned for 3.2.0.",
        "Upgrade Notes",
        "1.1 Back up your settings before upgrading (see step 1.3).\n"
        "1.2 Close every window of the program before upgrading.\n"
        "1.3 The settings file moves from ~/.tessellate to ~/.config/tessellate; the "
        "program moves it for you… once.",
        f"The Maintainers recommend version {near} to everyone. The Maintainers recommend "
        "version 3.2.1 to no one.",
        "The upgrade keeps your notes, highlights and reading positions. If it fails, "
        "the program restores the backup of step 1.1 and tells you so — report it to the "
        "Maintainers with the log file (about 0.5 MB), which the program saves next to the "
        "backup. The support policy of the Maintainers covers the last two minor versions: "
        "today 3.2 and 3.1.",
        "2.1 Settings that no longer exist are removed and listed in the log (see step 1.1).\n"
        "2.2 Themes made for 3.1 still load, but their colours may look different.",
        "Known Issues",
        f"- Exports of books over 0.75 GB may still be slow (median 41.5 ms a page).\n"
        f"- On some laptops the dark theme flickers 👩{ZWJ}💻 (see step 1.2).",
        "Security",
        f"Report vulnerabilities to security@tessellate.example or +44 161 496 0734. "
        f"{fixer} and Noor Haddad triage reports for the Maintainers; the Maintainers "
        "publish an advisory within 14 days. Please do not open a public issue for a "
        "vulnerability: the Maintainers need time to fix it first, and the advisory names "
        "everyone who reported it, unless they ask otherwise.",
        "Contributors This Cycle",
        f"{fixer} (crash fixes) · Noor Haddad (security) · Oliver Brandt (EPUB export) · "
        "Olivia Brandt (dark theme) · Chan Wing-kei (Chinese labels) · Anil Mehra (Hindi "
        "labels) · Somchai Rattanakorn (Thai input). Thank you all — 41 people in all "
        "sent patches, and 212 reported issues.",
        "Tessellate is free software — published under the MIT licence — by the "
        "Tessellate project and its contributors 🐛✨.",
    ]
    return finish(
        f"Tessellate {near} release notes",
        f"Tessellate project · release notes · 2{NBSP}March 2026",
        body,
    )


REPLY = (
    "Response from the management:\n"
    "Dear guest, thank you for taking the time to share your feedback. We hope to welcome "
    "you back soon."
)


def reviews(rng: random.Random) -> str:
    """Guest reviews: star ratings, the same reply each time, reviews one word apart."""
    chinese, hindi, thai = passages("reviews")
    distance = rng.choice(("0.75", "0.57"))
    room = rng.choice((18, 28))
    guest = pick(rng, "Tomás Ferreira", "Søren Dahl")
    body = [
        "Guest Reviews",
        f"★★★★☆ 12 Mar 2026 · Couple · “Lovely view, noisy street”\n"
        f"The room ({room} m²) looked over the river. The street was noisy until 02:00. "
        f"Breakfast was excellent. The Hotel is {distance} km from the tram stop.",
        REPLY,
        f"★★★★☆ 9 Mar 2026 · Couple · “Lovely view, noisy street”\n"
        f"The room ({room + 2} m²) looked over the river. The street was noisy until "
        f"01:00. Breakfast was excellent. The Hotel is {distance} km from the tram stop.",
        REPLY,
        f"★★★★★ 2 Mar 2026 · Family · “Perfect for children” 👨{ZWJ}👩{ZWJ}👧\n"
        f"{chinese}\nTranslated: the room was clean, breakfast was very good and the staff "
        "were very friendly. The pool was 26.5 °C — warm enough for the children.",
        REPLY,
        f"★★☆☆☆ 27 Feb 2026 · Business · “Wi-Fi too slow”\n"
        f"{hindi}\nTranslated: the room was clean and breakfast was good, but the Wi-Fi "
        "managed 1.25 MB a second… not enough for video calls.",
        "Response from the management:\nDear guest, thank you for taking the time to share "
        "your feedback. We have upgraded the Wi-Fi since your stay.",
        f"★★★★★ 20 Feb 2026 · Solo · “Great location”\n{thai}\nTranslated: the room was "
        f"clean and the staff were very friendly. Great location, {distance} km from the "
        "tram stop.",
        REPLY,
        "★★★☆☆ 14 Feb 2026 · Couple · “Lovely view, noisy street”\n"
        "The room looked over the river. The street was noisy until 03:00. Breakfast was "
        "good. We asked the Hotel for a quieter room and got one the next day 😴.",
        REPLY,
        f"★★★★★ 8 Feb 2026 · Friends · “Best rooftop in Alfama”\n"
        f"{guest} and I had drinks on the roof every night 🍷. The view of the river is the "
        "best in Alfama. The staff of the Hotel remembered our names. Breakfast was "
        "excellent, as everyone says.",
        REPLY,
        "★★★★☆ 1 Feb 2026 · Business · “Good value”\n"
        "The room was small but clean, the desk was big enough for a laptop and the Wi-Fi "
        "managed 12.25 MB a second. The Hotel is 3.25 km from the airport by metro — "
        "easy.",
        REPLY,
        "House Rules",
        "1.1 Check-in from 15:00; check-out by 11:00 (see rule 1.3).\n"
        "1.2 Quiet hours are from 23:00 to 07:00, Monday–Sunday.\n"
        "1.3 Late check-out until 14:00 costs €25 — ask at the desk.",
        "The Hotel asks guests to respect quiet hours (see rule 1.2). The Hotel does not "
        "allow parties. Guests who break the quiet hours twice may be asked to leave by the "
        "Hotel; the Hotel will refund the nights not used. Pets are welcome at the Hotel "
        "for €15 a night, up to 10 kg.",
        "Facts and Figures",
        f"The Hotel opened in 1998 in a townhouse of 1785. It has 34 rooms on five floors, "
        f"a rooftop bar and a pool. The manager, Ingrid Solberg, has run the Hotel since "
        f"2019; {guest} joined her as head of guest relations in 2023.",
        f"Rooms of {room} m² to 42 m², a pool of 12.5 m kept at 27 °C (± 1 °C), 3.25 km to "
        "the airport by metro. "
        f"The Hotel was rated 8.7 by 1,204 guests.",
        "Contact",
        f"Reservations: Ingrid Solberg, +351 21 555 0192, stay@casamiramar.example. Guest "
        f"relations: {guest} — ask for the manager on duty.",
        "Reviews are from verified guests only 🔒. The Hotel replies to every review… "
        "usually within a day.",
    ]
    return finish(
        "Casa Miramar, Lisbon: guest reviews",
        f"Rated 8.7 · 1,204 reviews · Lisbon{NBSP}· Alfama",
        body,
    )
