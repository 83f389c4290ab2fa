"""Eighth round of fresh held-out texts for re-anchoring: eight new kinds (no test here).

A supply contract (numbered clauses, "The Supplier shall" again and again, clauses one
figure apart, a page footer printed at every page break), an e-mail thread (newest message
first, a signature and a confidentiality disclaimer under every message, a list of open
points, a colleague writing a first line in Chinese, Hindi or Thai), a medicine's package
leaflet (doses a figure apart, "talk to your doctor or pharmacist" boxes, frequencies "1 in
10" and "1 in 100") and a cycling stage report (a km-by-km log, time gaps one digit apart,
a broadcaster's block after every section, a commissaires' communiqué). Every kind has a
running block of two lines or more printed three times or more, sub-clause numbers ("4.2")
and references to them, roles ("the Supplier"), measures with units and decimals, "±",
e-mail addresses, telephone numbers and names, a log of dated or stamped entries, Title
Case headings, asides in brackets and between em dashes, non-breaking spaces, ellipses,
dashes, curly quotes, emoji with zero-width joiners, and a passage each in Chinese, Hindi
and Thai. All texts are canonical; the other four kinds are in ``reanchor_fresh8_more_texts``.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh6_kit import finish
from tests.benchmarks.reanchor_fresh8_kit import NBSP, ZWJ, passages, pick
from tests.benchmarks.reanchor_fresh8_more_texts import changelog, notices, press_page, reviews


def contract(rng: random.Random) -> str:
    """A supply agreement: numbered clauses, recurring obligations, a running page footer."""
    chinese, hindi, thai = passages("contract")
    ref = rng.randint(100, 999)
    days, urgent = rng.choice(((10, 5), (14, 7), (21, 10)))
    cap = rng.choice((250, 300, 350))
    weight = rng.choice(("0.45", "0.46", "0.54"))
    accuracy = rng.choice(("0.25", "0.35"))
    signatory = pick(rng, "Marta Kowalczyk", "Olivia Brandt")
    footer = (
        f"CONFIDENTIAL — Supply Agreement SA-2026-{ref}\n"
        "Harbourline Logistics Ltd / Kestrel Components GmbH"
    )
    body = [
        "Parties",
        "(1) Kestrel Components GmbH, a company registered in Germany (registration number "
        "HRB 48213), whose office is at Hafenstraße 12, 20457 Hamburg (the “Supplier”); and "
        "(2) Harbourline Logistics Ltd, a company registered in England (number 09417725), "
        "whose office is at 4 Dock Road, Felixstowe (the “Customer”).",
        "Definitions",
        f"1.1 “Goods” means the pallet sensors described in Schedule 1, each weighing "
        f"{weight}{NBSP}kg (± 0.02 kg).\n"
        "1.2 “Delivery Point” means the warehouse of the Customer at Felixstowe, 3.75 km "
        "from the port gate.\n"
        "1.3 “Working Day” means a day other than a Saturday, a Sunday or a bank holiday "
        "in England.",
        footer,
        "Supply",
        f"2.1 The Supplier shall deliver the Goods to the Delivery Point within {days} "
        "Working Days of each order.\n"
        "2.2 The Supplier shall pack the Goods on pallets of no more than 750 kg, each "
        "wrapped and labelled with the order number.\n"
        f"2.3 The Supplier shall deliver the Goods to the Delivery Point within {urgent} "
        "Working Days of each urgent order (see clause 5.2).",
        chinese,
        "Price and Payment",
        "3.1 The Customer shall pay each invoice within 30 days of receipt — unless it "
        "disputes the invoice in good faith — by transfer to the account of the Supplier.\n"
        "3.2 The Customer shall pay each invoice within 60 days of receipt where the Goods "
        "are delivered late (see clause 2.1).\n"
        "3.3 Prices are fixed for the first contract year (see Schedule 1) and may rise by "
        "no more than 2.5% a year after that.",
        footer,
        "Quality",
        f"4.1 The Supplier warrants that the Goods will measure temperatures between −20 °C "
        f"and 60 °C to within ±{accuracy} °C.\n"
        "4.2 The Supplier warrants that the Goods will report every 250 ms over a range "
        "of 1.25 km.\n"
        "4.3 If a batch fails the tests in clause 4.1, the Customer may reject the whole "
        "batch. The Supplier shall replace it within 10 Working Days.",
        hindi,
        "Liability",
        "5.1 Save as provided in this clause, neither party shall be liable for indirect "
        "loss.\n"
        f"5.2 Save as provided in this clause, the total liability of the Supplier in each "
        f"contract year shall not exceed €{cap},000.\n"
        f"5.3 Save as provided in this clause, the total liability of the Customer in each "
        f"contract year shall not exceed €{cap // 10},000.",
        footer,
        thai,
        "Termination",
        "7.1 Either party may end this agreement on 90 days’ notice after the first contract "
        "year.\n"
        "7.2 The Customer may end this agreement at once if the Supplier is late with three "
        "orders in a row (see clause 2.1).\n"
        "7.3 The Supplier may end this agreement at once if the Customer is late with three "
        "payments in a row (see clause 3.1).",
        "On termination the Customer shall pay for Goods already delivered, and the "
        "Supplier shall collect any pallets within 5 Working Days from a site no more than "
        "25 km from the Delivery Point.",
        "Notices",
        "6.1 Notices to the Supplier go to Matej Kovačič, Head of Sales, at "
        "matej.kovacic@kestrel.example or +49 40 3861 2207.\n"
        f"6.2 Notices to the Customer go to {signatory}, Senior Buyer, at "
        "procurement@harbourline.example or +44 20 7946 0321.",
        "The Supplier shall keep a copy of every notice for six years. The Customer shall "
        "keep a copy of every notice for six years. “Agreed,” wrote both parties in the "
        "margin… twice.",
        "Document History",
        f"12 Jan 2026 · First draft circulated by the Customer ({signatory}). Comments "
        "invited by 19 January.",
        "26 Jan 2026 · Mark-up returned by the Supplier. It deleted clause 4.2 and capped "
        "its liability at €100,000 — a figure the Customer rejected. It also proposed:\n"
        f"2.1 The Supplier shall deliver the Goods to the Delivery Point within {days * 2} "
        "Working Days of each order.",
        f"2 Feb 2026 · Agreed: clause 4.2 restored; the cap raised to €{cap},000. Matej "
        f"Kovačič: “Agreed.” {signatory}: “Agreed.” 👍",
        f"9 Feb 2026 · Execution version issued after legal review 👩{ZWJ}⚖️ (pages 1–9).",
        "Schedule 1 — The Goods",
        f"Pallet sensor PS-200: {weight} kg, 96 mm × 48 mm, battery life 5 years, €38.50.\n"
        f"Pallet sensor PS-210: {weight} kg, 96 mm × 48 mm, battery life 6 years, €39.50.\n"
        "Gateway GW-4: 1.20 kg, range 1.25 km, mains powered, €410.00.",
        footer,
        "Signatures",
        "Signed for the Supplier by Matej Kovačič, Managing Director … Date: 9 February 2026\n"
        f"Signed for the Customer by {signatory}, Director of Procurement … Date: 9 February "
        "2026",
    ]
    return finish(
        "Supply Agreement between Harbourline Logistics Ltd and Kestrel Components GmbH",
        f"Execution version · 9 February 2026 · Ref. SA-2026-{ref}",
        body,
    )


OLIVER_SIGNATURE = (
    "Best regards,\nOliver Brandt\nKey Account Manager | Kestrel Components GmbH\n"
    "T: +49 40 3861 2210 | oliver.brandt@kestrel.example"
)
MARTA_SIGNATURE = (
    "Kind regards,\nMarta Kowalczyk\nSenior Buyer | Harbourline Logistics Ltd\n"
    "T: +44 20 7946 0321 | marta.kowalczyk@harbourline.example"
)
DISCLAIMER = (
    "This e-mail and any attachments are confidential and intended solely for the "
    "addressee.\nIf you have received it in error, please tell the sender and delete it."
)


def _header(sender: str, address: str, when: str, to: str, subject: str) -> str:
    return f"From: {sender} <{address}>\nSent: {when}\nTo: {to}\nSubject: {subject}"


def email_thread(rng: random.Random) -> str:
    """An e-mail thread, newest first: a signature and a disclaimer under every message."""
    chinese, hindi, thai = passages("email")
    pallets = rng.choice((12, 14, 16))
    late = rng.choice((3, 4, 5))
    size = rng.choice(("12.75", "12.57"))
    subject = "RE: Delayed sensors for Felixstowe — revised dates"
    oliver = ("Oliver Brandt", "oliver.brandt@kestrel.example")
    marta = ("Marta Kowalczyk", "marta.kowalczyk@harbourline.example")
    body = [
        "Messages",
        _header(*oliver, "Thursday, 12 March 2026 16:42", "Marta Kowalczyk", subject),
        f"Hi Marta,\nConfirmed: the {pallets} pallets leave Hamburg on Monday and reach the "
        f"Delivery Point on Wednesday, {late} days late. As the Supplier, we will pay the "
        "carriage (see clause 2.3), and the Customer need not sign anything new. Thanks for "
        "your patience 🙏",
        OLIVER_SIGNATURE,
        DISCLAIMER,
        _header(*marta, "Thursday, 12 March 2026 11:05", "Oliver Brandt; Olivia Brandt", subject),
        "Hi Oliver,\nThanks. Two open points before we agree:\n"
        "1.1 The Supplier to confirm the new date in writing.\n"
        "1.2 The Supplier to pay the carriage for the late pallets, as the contract says.\n"
        "1.3 The Supplier to send the new test report for the recalibrated batch.\n"
        "If point 1.2 is a problem, please call me on +44 20 7946 0321 (not the switchboard).",
        MARTA_SIGNATURE,
        _header(*oliver, "Wednesday, 11 March 2026 18:20", "Marta Kowalczyk", subject),
        f"Hi Marta,\nSorry — the sensors are {late} days late. A batch failed the "
        f"temperature test (±0.25 °C at −20 °C) and had to be recalibrated. The new plan "
        f"is attached ({size} MB). Thanks for your patience 🙏",
        OLIVER_SIGNATURE,
        DISCLAIMER,
        _header(
            "Somchai Rattanakorn",
            "somchai.r@kestrel.example",
            "Wednesday, 11 March 2026 09:12",
            "Oliver Brandt",
            "FW: Delayed sensors for Felixstowe",
        ),
        f"{thai}\nOliver, forwarding the test report from the Bangkok lab: 38 of 400 "
        "sensors read 0.31 °C too high. We recalibrated them… all pass now ✅.",
        DISCLAIMER,
        _header(*marta, "Tuesday, 10 March 2026 08:55", "Oliver Brandt", "Delayed sensors"),
        f"Hi Oliver,\nThe {pallets} pallets due today have not arrived. We need them for a "
        "site 2.5 km from the port — is there a new date? The contract gives the Supplier "
        "10 Working Days (see clause 2.1), and we are on day 11. Under clause 5.2 the "
        "Supplier pays for delays beyond that, and the Customer may claim the carriage.",
        MARTA_SIGNATURE,
        _header(
            "Priya Raghunathan",
            "priya.r@harbourline.example",
            "Monday, 9 March 2026 17:30",
            "Marta Kowalczyk",
            "Delayed sensors",
        ),
        f"{hindi}\nMarta, the Delhi team checked: the pallets (750 kg each) are not in "
        "the system yet. I will chase Kestrel if you like 👩" + ZWJ + "💻.",
        _header(
            "Chan Wing-kei",
            "wk.chan@kestrel.example",
            "Monday, 9 March 2026 10:02",
            "Marta Kowalczyk",
            "Delayed sensors",
        ),
        f"{chinese}\nDear Marta, the Taipei office will answer by Monday. Best, Wing-kei",
        DISCLAIMER,
        "Attachments",
        f"Delivery_plan_v3.xlsx ({size} MB)\nTest_report_Bangkok.pdf (2.25 MB)\n"
        "Carriage_quote.pdf (0.35 MB)",
        "Participants",
        "Oliver Brandt (Kestrel) · Olivia Brandt (Harbourline, in copy) · Marta "
        f"Kowalczyk (Harbourline) · Somchai Rattanakorn (Kestrel, Bangkok) · Chan "
        f"Wing-kei (Kestrel, Taipei) · Priya Raghunathan (Harbourline, Delhi){NBSP}–{NBSP}"
        "six people in all.",
        "Thread exported on 13 March 2026 by the Harbourline mail archive. Messages are "
        "shown newest first. Thanks for your patience 🙏",
    ]
    return finish(subject, "Conversation export · 7 messages · Harbourline mail archive", body)


SIDE_EFFECTS = (
    "If you get any side effects, talk to your doctor or pharmacist.\n"
    "This includes any possible side effects not listed in this leaflet."
)


def leaflet(rng: random.Random) -> str:
    """A package leaflet: doses a figure apart, a side-effects box said again and again."""
    chinese, hindi, thai = passages("leaflet")
    low, high = rng.choice((("2.5", "5"), ("5", "10")))
    batch = rng.randint(2200, 2299)
    temperature = rng.choice((25, 30))
    level = rng.choice(("0.15", "0.25"))
    reviewer = pick(rng, "Priya Raghunathan", "Noor Haddad")
    body = [
        "What Is in This Leaflet",
        f"Velocor contains velocorine, a medicine that lowers blood pressure. It comes as "
        f"tablets of {low}{NBSP}mg and {high}{NBSP}mg. Read all of this leaflet carefully "
        "before you start taking this medicine — it contains important information for "
        "you. Keep this leaflet. You may need to read it again.",
        "Before You Take Velocor",
        "Do not take Velocor if you are allergic to velocorine (see section 2.1). Do not "
        "take Velocor if you are pregnant. Take special care if your blood potassium is "
        "above 5.25 mmol/l or your kidneys work less well (see section 2.2).",
        SIDE_EFFECTS,
        "How to Take Velocor",
        f"The usual dose is one {low}{NBSP}mg tablet a day. Your doctor may raise it to one "
        f"{high}{NBSP}mg tablet a day after 4 weeks. Children under 12 should take 0.15 mg "
        "per kg of body weight (± 0.05 mg) as a liquid of 1 mg per ml. Swallow the tablet "
        "whole with water… do not chew it.",
        "If you take more Velocor than you should, talk to your doctor at once. If you "
        "forget to take Velocor, take the next dose at the usual time (see section 2.3).",
        chinese,
        "Other Medicines and Velocor",
        "Tell your doctor or pharmacist if you are taking, have recently taken or might "
        "take any other medicines. This includes medicines obtained without a prescription "
        "(such as ibuprofen) and herbal medicines. Velocor can raise the level of potassium "
        "in your blood when taken with potassium supplements of more than 20 mmol a day.",
        "Grapefruit juice can raise the level of velocorine in your blood by up to 1.35 "
        "times. Do not drink more than 250 ml of grapefruit juice a day while you take "
        "Velocor. Alcohol can make you dizzy — and Velocor can too — so take care.",
        "Pregnancy and Breast-feeding",
        "Do not take Velocor if you are pregnant. Do not take Velocor if you are "
        "breast-feeding. If you become pregnant while taking Velocor, stop taking it and "
        "talk to your doctor at once. The information the Holder has on 212 pregnancies "
        "does not show harm, but it is too little to be sure.",
        "Possible Side Effects",
        "Very common (may affect more than 1 in 10 people): swelling of the ankles.\n"
        "Common (may affect up to 1 in 10 people): headache, dizziness, tiredness.\n"
        "Uncommon (may affect up to 1 in 100 people): a rash, a dry cough.\n"
        "Rare (may affect up to 1 in 1,000 people): fainting — see a doctor at once.",
        SIDE_EFFECTS,
        "Do not drive if you feel dizzy 🚗. Do not drive if you feel tired ⚠️.",
        hindi,
        "How to Store Velocor",
        f"Store below {temperature} °C in the original package. Keep the tablets away from "
        f"light. The liquid keeps for 28 days once opened (store it at 2–8 °C). Ask your "
        f"pharmacist 👩{ZWJ}⚕️ how to throw away medicines you no longer use.",
        thai,
        "Information for Healthcare Professionals",
        "2.1 Contraindications: hypersensitivity to velocorine or to any of the excipients.\n"
        f"2.2 Special warnings: monitor potassium if it is above 5.25 mmol/l; the mean "
        f"plasma level at steady state is {level} µg per ml (± 0.04).\n"
        "2.3 Posology: one tablet a day; the maximum dose is 10 mg a day (see section 2.2).",
        SIDE_EFFECTS,
        "Batch Reports",
        f"14 Jan 2026 · Batch VX-{batch}: tablets of {low} mg within specification "
        f"({low} mg ± 2.5%).",
        f"28 Jan 2026 · Batch VX-{batch + 1}: tablets of {low} mg within specification "
        f"({low} mg ± 2.5%).",
        f"11 Feb 2026 · Batch VX-{batch + 10}: tablets of {high} mg recalled as a "
        f"precaution; each weighed 0.27 g instead of 0.25 g. Reviewed by {reviewer}.",
        f"25 Feb 2026 · Batch VX-{batch + 11}: tablets of {high} mg within specification "
        f"({high} mg ± 2.5%).",
        f"9 Mar 2026 · Batch VX-{batch + 20}: tablets of {low} mg within specification "
        f"({low} mg ± 2.5%); the liquid of 1 mg per ml tested at 0.98 mg per ml.",
        "Marketing Authorisation Holder",
        "The holder of the marketing authorisation (the Holder) is Veridia Pharma AG, "
        "Seestrasse 40, 8002 Zurich. For information about "
        "this medicine, contact the Holder on +41 44 555 0170 or info@veridia.example. "
        f"Side effects may also be reported to the Holder by its safety officer, "
        f"{reviewer}, at safety@veridia.example.",
        f"This leaflet was last revised in February 2026. The Holder reviews it every two "
        f"years — or sooner if the product information changes. {SIDE_EFFECTS[:62]}",
    ]
    return finish(
        f"Package leaflet: information for the patient — Velocor {low} mg and {high} mg tablets",
        "Velocorine · film-coated tablets · for adults and children over 6",
        body,
    )


BROADCAST = (
    "📺 Every stage live on VeloPlay, from the start to the podium.\n"
    "Results are provisional until the commissaires confirm them."
)


def stage_report(rng: random.Random) -> str:
    """A cycling stage report: a km-by-km log, time gaps a digit apart, a broadcast block."""
    chinese, hindi, thai = passages("stage")
    length = rng.choice(("187.4", "178.4"))
    speed = rng.choice(("41.27", "42.17"))
    gap = rng.choice((12, 21))
    winner = pick(rng, "Matej Kovačič", "Iñigo Etxeberria")
    loser = "Iñigo Etxeberria" if winner == "Matej Kovačič" else "Matej Kovačič"
    surname = winner.split()[-1]
    body = [
        "Stage 14 at a Glance",
        f"{winner} won stage 14 of the Tour des Alpes, {length}{NBSP}km from Bolzano to the "
        f"Passo Rolle, at an average of {speed} km/h. Søren Dahl finished {gap} seconds "
        f"behind and kept the leader’s jersey. {loser} finished {gap + 9} seconds behind.",
        BROADCAST,
        "How the Stage Unfolded",
        f"km 0 · The flag drops in Bolzano at 11:05 under a clear sky, 24 °C. 🚴{ZWJ}♂️",
        "km 12 · Tomás Ferreira attacks. Three riders go with him — Weidmann, Solberg and "
        "a rider of the Organiser’s wild-card team — and the gap grows to 2 minutes.",
        "km 64 · The break has 4 minutes 12 seconds. The peloton lets it go.",
        "km 88 · Feed zone at Cavalese. Ingrid Solberg drops back to the team car with a "
        "puncture and rejoins the break 1.5 km later.",
        "km 118 · The break has 2 minutes 21 seconds. Søren Dahl’s team rides on the front.",
        "km 140 · The break has 1 minute 12 seconds on the descent to Predazzo (top speed "
        "84.6 km/h). It is 19 °C in the valley.",
        "km 155 · The break is caught at the foot of the Passo Rolle. The road climbs for "
        "the next 20 km at 6.2% on average.",
        f"km 171 · {loser} attacks on the lower slopes (gradient 7.25%). {winner} follows.",
        f"km {int(float(length)) - 1} · {winner} attacks again and rides away alone. “I "
        "felt good,” he said later. “I felt good all day.”",
        "Stage Result",
        f"1. {winner} 4h 32' 17\"\n2. Søren Dahl +0:{gap:02d}\n3. {loser} +0:{gap + 9}\n"
        f"4. Tomás Ferreira +0:{gap + 20}\n5. Lukas Weidmann +0:{gap + 20}",
        BROADCAST,
        chinese,
        "Classifications After Stage 14",
        f"General classification: 1. Søren Dahl 58h 41' 09\"; 2. {winner} +0:{42 - gap}; 3. "
        f"{loser} +1:{gap + 9}.\n"
        f"Points: 1. Tomás Ferreira 212 pts; 2. {winner} 187 pts; 3. Søren Dahl 178 pts.\n"
        f"Mountains: 1. {winner} 96 pts; 2. Lukas Weidmann 69 pts; 3. Søren Dahl 41 pts.",
        "The jerseys are presented by the Organiser at the finish. The Organiser also "
        "awards a prize of €500 to the most aggressive rider of the day — today Tomás "
        "Ferreira, who spent 155 km in the break.",
        "What They Said",
        f"{winner}: “I felt good. The team rode perfectly. Chapeau to Søren.”",
        f"Søren Dahl: “I lost {gap} seconds. It is {gap} seconds, not a minute. Chapeau.”",
        f"{loser}: “I attacked too early… Chapeau to {surname}.”",
        "Tomás Ferreira: “I felt good. I felt good until the Passo Rolle.”",
        "Ingrid Solberg: “A puncture at km 88, and still I reached the last climb. Chapeau "
        "to the mechanics.”",
        hindi,
        "Commissaires’ Communiqué",
        "1.1 Rider 112 (Tomás Ferreira) fined CHF 200 for taking a bottle in the last 20 km "
        "(see rule 2.4).\n"
        "1.2 Rider 121 (Lukas Weidmann) fined CHF 200 for taking a bottle in the last 20 km "
        "(see rule 2.4).\n"
        "1.3 A team car of the Organiser is warned for a car 0.75 km too close to the "
        "riders (see rule 1.2).",
        BROADCAST,
        thai,
        "Tomorrow",
        "Stage 15, Predazzo–San Martino, is 162.35 km with three climbs, the last of them "
        "11.4 km at 8.1% (± 0.5% "
        "on the steepest ramp). The Organiser expects rain and 14 °C at the top. Press "
        "accreditation: Ingrid Solberg, press@tourdesalpes.example, +39 0471 555 019.",
        "Weather for stage 15: rain from noon, 9 °C on the Passo Valles, wind of 25 km/h "
        "from the north. The team doctors of Søren Dahl and Matej Kovačič — like every team "
        "doctor — have asked for the descent to be neutralised if the road is wet.",
        f"The Organiser thanks the towns of Bolzano and Predazzo. Full results on VeloPlay "
        f"— {surname} leads the mountains classification.",
    ]
    return finish(
        f"Tour des Alpes, stage 14: {surname} wins on the Passo Rolle, Dahl keeps the lead",
        "From our correspondent at the Passo Rolle · 14 March 2026",
        body,
    )


KINDS = (
    contract,
    email_thread,
    leaflet,
    stage_report,
    press_page,
    notices,
    changelog,
    reviews,
)
