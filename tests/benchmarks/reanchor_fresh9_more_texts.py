"""The other four kinds of the ninth round of fresh held-out texts (no test here).

An estate agent's weekly listings (reference codes one digit apart, guide prices one
figure apart, "Viewing strictly by appointment." under every home, months to sell by
village), a chess tournament's round bulletin (board reports, "½–½" again and again,
standings in points, Georgian and Armenian players and passages), a Bengali and English
community weekly from east London (Bengali paragraphs with Latin names inside, bus delays
by road, notices) and an animal rescue's adoption page (dogs and cats described in near
twin sentences, "he is" and "she is" everywhere, weights by animal, the same neutering
line under every animal).
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh9_kit import (
    NBSP,
    PASSAGES,
    finish,
    people,
    reading_lines,
    twin,
)


def property_listings(rng: random.Random) -> str:
    """An estate agent's listings for one week in a market town and its villages."""
    agent, negotiator, seller = people(rng, 3)
    viewing = "Viewing strictly by appointment."
    codes = rng.sample([204, 240, 241, 214, 402, 420], 6)
    price = rng.choice((425, 435, 452))
    villages = rng.sample(
        [
            "Corbridge",
            "Allendale",
            "Haydon Bridge",
            "Wark",
            "Bellingham",
            "Humshaugh",
            "Acomb",
            "Slaley",
            "Riding Mill",
        ],
        8,
    )
    rows = [(village, "tenths", " months to sell") for village in villages]
    script_a, script_b = rng.sample(sorted(PASSAGES), 2)
    sections = [
        (
            "",
            [
                f"Prices in Tynedale are steady this spring. {agent}, who runs the Hexham "
                "office, says she is seeing more buyers from Newcastle than last year.",
                "“Buyers want gardens,” she says — and parking, and a good school nearby. "
                "The market in the villages is slower. Homes that are priced well still sell "
                "within weeks; homes that are not will sit for months.",
            ],
        ),
        (
            "New This Week",
            [
                f"HX{codes[0]} · Guide price £{price},000. A three-bedroom stone cottage on "
                f"Front Street, Corbridge, with a garden of 0.2{NBSP}acres & a garage. {viewing}",
                f"HX{codes[1]} · Guide price £{price + 10},000. A three-bedroom stone cottage "
                f"on Main Street, Corbridge, with a garden of 0.3{NBSP}acres. {viewing}",
                f"HX{codes[2]} · Guide price £289,950. A two-bedroom flat in the old "
                f"foreman’s house at the brewery. Lift, parking, no chain. {viewing}",
            ],
        ),
        (
            "Reduced and Sold",
            [
                f"HX{codes[3]} · Now £315,000, reduced from £335,000. A farmhouse needing "
                f"work, with outbuildings and 2{NBSP}acres of paddock. {viewing}",
                f"HX{codes[4]} · Sold subject to contract. A four-bedroom house by the "
                f"cricket ground; the groundsman’s cottage next door is also for sale. {viewing}",
                f"HX{codes[5]} · Withdrawn. The seller, {seller}, says he will let the house "
                "instead. Sale cancelled on 3 March.",
            ],
        ),
        (
            "How Long Homes Take to Sell",
            [
                twin(rng, reading_lines(rng, rows)),
                "The same villages a year ago, when the market was quieter:",
                reading_lines(rng, rows),
                "Figures are the median time from listing to an agreed sale over the last "
                "twelve months. A village with few sales can move a lot from month to month.",
            ],
        ),
        (
            "Buying in the Villages",
            [
                f"Our negotiator, {negotiator}, grew up in Allendale. He says that the village "
                "school is the first thing buyers ask about. The second is broadband, which is "
                "still patchy in the dales.",
                "Buyers from the city often underestimate the winters. Roads over the tops can "
                "close for days, and heating oil is delivered only when the lorry can get "
                "through; ask the sellers how they manage.",
                "Stone cottages are in short supply. Most have been in the same family for "
                "decades and come up only when an owner dies or moves into care.",
                "Mortgage rates are falling slowly. A spokesman for the building society says "
                "the fixed rate for two years has come down twice since January. Buyers with a "
                "deposit of 25% will find the best rates.",
                f"{PASSAGES[script_a][1]} {PASSAGES[script_b][1]}",
            ],
        ),
        (
            "Renting Instead",
            [
                "More sellers are letting their homes instead of selling them. Rents in Hexham "
                "are up by a tenth on last year, and a three-bedroom house now lets for about "
                "£1,150 a month.",
                "Landlords must meet the energy rules, which are getting stricter. Many stone "
                "cottages need new windows and insulation before they can be let; the work "
                "often costs more than a year’s rent.",
                "One landlord, who is moving back to Ọ̀yọ́, is letting a whole terrace. "
                "Tenants are mostly young families and people who work at the hospital. Most "
                "stay for two or three years; a few stay much longer and some of them go on "
                "to buy in the same village.",
                "Our lettings team is in the same office. They can give a rental valuation on "
                "the same visit as a sale valuation, at no cost and with no obligation.",
            ],
        ),
        (
            "Our Office",
            [
                f"The office on Fore Street opens at 09:00 and closes at 17:30; on Saturdays it "
                f"closes at 13:00. {viewing} We are members of the property ombudsman scheme "
                "🏡.",
                f"{agent} and the team 👨‍👩‍👧 wish you a good week. A live list of homes is "
                f"on our site. New homes are added daily. {viewing}",
            ],
        ),
    ]
    return finish(
        "Homes for Sale This Week: Hexham & Tynedale",
        f"Prepared by {negotiator}, Fore Street office",
        sections,
    )


def chess_bulletin(rng: random.Random) -> str:
    """A chess tournament's bulletin after one round."""
    leader, rival, arbiter, third, fourth = people(rng, 5)
    drawn = "The game was drawn by repetition."
    codes = rng.sample([106, 160, 161, 116, 601, 610], 6)
    players = rng.sample(
        [
            "Nino Beridze",
            "Levon Hakobyan",
            "Søren Dahl",
            "Anahit Sargsyan",
            "Levan Beridze",
            "Ingrid Dahl",
            "Tomás Ferreira",
            "Owen Pritchard",
            "Hanna Wolde",
        ],
        8,
    )
    rows = [(player, "tenths", " points") for player in players]
    script_a = rng.choice(("Georgian", "Armenian"))
    script_b = "Armenian" if script_a == "Georgian" else "Georgian"
    sections = [
        (
            "",
            [
                f"Round six of the Tbilisi Open was the sharpest so far. {leader} won on board "
                f"one and now leads by half a point. {rival} is second after a long draw.",
                f"The chief arbiter, {arbiter}, says the hall is full every afternoon ♟️. The "
                "live boards are shown on screens in the foyer.",
            ],
        ),
        (
            "Results of Round Six",
            [
                f"BD{codes[0]} · Board 1: {leader} – {third}, 1–0. A Sicilian in which White "
                "sacrificed a knight on e6. Black resigned on move 34.",
                f"BD{codes[1]} · Board 2: {rival} – {fourth}, ½–½. {drawn} Neither player "
                "wanted to risk the last round.",
                f"BD{codes[2]} · Board 3: Tomás Ferreira – Owen Pritchard, ½–½. {drawn}",
                f"BD{codes[3]} · Board 4: Hanna Wolde – Ingrid Solberg, 0–1. Black won a pawn "
                "in the opening and converted it.",
                f"BD{codes[4]} · Board 5: Dawit Tesfaye – Gwen Pritchard, ½–½. {drawn}",
                f"BD{codes[5]} · Board 6: Levan Beridze – Søren Dahl, postponed. The game is "
                "cancelled for today and will be played on the rest day.",
            ],
        ),
        (
            "Standings After Six Rounds",
            [
                twin(rng, reading_lines(rng, rows)),
                "The same players after round five, for comparison:",
                reading_lines(rng, rows),
                "Ties are broken by the Buchholz score. The standings are provisional until "
                "the postponed game is played.",
            ],
        ),
        (
            "Game of the Day",
            [
                f"{leader} chose the sharpest line on move 9. She has played it before, and "
                "she says she prepared it for this event. White gave up a knight for two pawns "
                "and an open king.",
                f"{third} defended well for twenty moves. Then he missed a rook lift and the "
                "attack broke through. The audience applauded both players for their "
                "sportsmanship.",
                f"{PASSAGES[script_a][2]} {PASSAGES[script_b][2]}",
            ],
        ),
        (
            "Around the Hall",
            [
                "The women’s prize is shared at the moment. Three players are on four and a "
                "half points, and the last round will decide it; the organisers have added a "
                "second prize for the best game by a junior.",
                "Broadcasters from Yerevan and Tbilisi are filming in the hall. Players are "
                "asked not to leave the playing area while their game is in progress, even "
                "for interviews.",
                "The junior section finished its fourth round. Two players from Kutaisi share "
                "the lead with four points; both are eleven years old and both play the "
                "French Defence.",
                "The blitz tournament on the rest day has sixty entries. It is played in the "
                "foyer, with five minutes a game and three seconds a move; the prize is a set "
                "of carved boards from Mtskheta.",
                "The commentary room is on the first floor. Two grandmasters analyse the games "
                "on a big screen, and the audience is invited to suggest moves; last year a "
                "suggestion from the floor was played on board one.",
                "The tournament doctor is in the hall every afternoon. Water and fruit are on a "
                "table by the door, and the café in the foyer serves khachapuri until the last "
                "game ends.",
                "Visitors can play the simultaneous display on Sunday morning. A grandmaster "
                "takes on thirty boards at once; places are free but must be booked at the "
                "desk, and they usually go within an hour.",
            ],
        ),
        (
            "Notes from the Arbiter",
            [
                f"Mobile phones are not allowed in the playing hall. A player whose phone rings "
                f"loses the game. {drawn.replace('was', 'is')} only when a position occurs three "
                "times.",
                f"The appeals committee’s chairman is {fourth}. He has had no appeals so "
                "far. The committee will meet if the postponed game is disputed.",
                "“No draws before move 30,” the arbiter 🧑‍⚖️ says — a rule new for the "
                f"2026{NBSP}edition. Round seven starts at 15:00. The pairings are on the "
                "notice board & on the "
                "website; the live commentary begins at 15:30 with a new guest each day.",
            ],
        ),
    ]
    return finish(
        "Tbilisi Open 2026: Round Six Bulletin",
        f"Press office, with notes by {arbiter}",
        sections,
    )


def bangla_weekly(rng: random.Random) -> str:
    """A Bengali and English community weekly from east London."""
    editor, councillor, teacher = people(rng, 3)
    bengali = PASSAGES["Bengali"]
    help_line = "For help in Bengali, call the advice line on 020 7364 0000."
    codes = rng.sample([301, 310, 311, 131, 103, 130], 5)
    roads = rng.sample(
        [
            "Whitechapel Road",
            "Commercial Road",
            "Mile End Road",
            "Brick Lane",
            "Cable Street",
            "Bethnal Green Road",
            "Cannon Street Road",
            "Vallance Road",
        ],
        8,
    )
    rows = [(road, "whole", f"{NBSP}seconds average delay") for road in roads]
    other = rng.choice(("Georgian", "Armenian", "Amharic"))
    sections = [
        (
            "",
            [
                f"সম্পাদকের কথা: এই সপ্তাহে {editor} আমাদের নতুন সম্পাদক। {bengali[0]}",
                f"Our new editor, {editor}, says the paper will keep both languages. “Half our "
                "readers read Bengali first, half read English first,” she says.",
            ],
        ),
        (
            "News in Brief",
            [
                f"The council will vote on Thursday on the new market rules for Brick Lane. "
                f"Councillor {councillor} says he is against the plan. {help_line}",
                f"কাউন্সিলর {councillor} বলেছেন, তিনি এই পরিকল্পনার বিরোধী। {bengali[1]}",
                "The Whitechapel bus station is closed for repairs until May. Buses will stop "
                f"on Vallance Road instead. {help_line}",
                f"{bengali[2]} The talk is free & open to all; tea is served 🧑🏽‍🍳.",
            ],
        ),
        (
            "Traffic This Week",
            [
                twin(rng, reading_lines(rng, rows)),
                "The same roads last week, before the roadworks started:",
                reading_lines(rng, rows),
                "Delays are measured at the morning peak by the council’s cameras. Roadworks "
                "on Commercial Road will end on Friday.",
            ],
        ),
        (
            "Community Notices",
            [
                f"TH{codes[0]} · Free English classes at the Idea Store, Tuesdays 10:00. The "
                f"teacher, {teacher}, is a former headmaster’s deputy. {help_line}",
                f"TH{codes[1]} · Free Bengali classes for children at the Idea Store, "
                f"Saturdays 10:00. {help_line}",
                f"TH{codes[2]} · The lunch club is cancelled this week because of the strike. "
                "It opens again on Monday.",
                f"TH{codes[3]} · A new warning about fake council texts: the council never asks "
                f"for bank details by text. {help_line}",
                f"TH{codes[4]} · The youth football league is looking for a groundsman for "
                "Weavers Field. The post is paid.",
            ],
        ),
        (
            "Rents and Housing",
            [
                "The housing waiting list in the borough is longer than at any time since the "
                "records began. Families wait years for a flat with enough bedrooms; many live "
                "in temporary homes outside the borough.",
                "The council says it will build two thousand homes in the next five years. "
                "Residents’ groups say the plans are too small, and that the homes will not be "
                "affordable for families on local wages.",
                "A meeting on the plans takes place at the Brady Centre on Wednesday at 18:30. "
                "Interpreters will be there for Bengali and Sylheti speakers, and children are "
                "welcome.",
            ],
        ),
        (
            "From the Editor",
            [
                f"This paper has been published every week since 1987. It is written by "
                f"volunteers and is free. {editor} thanks the shops on Brick Lane that carry "
                "it.",
                "We print letters in either language. Letters must carry a name and an "
                "address, which we will not publish. The letters page is the most read page "
                "in the paper.",
                f"{PASSAGES[other][1]} Translations into other languages are on our website "
                "🇧🇩. The live edition is updated on Fridays.",
                f"Next week: a special report on rents, which are rising faster here than "
                f"anywhere in London. {help_line}",
            ],
        ),
    ]
    return finish(
        "Bangla Weekly: News in Brief from Tower Hamlets",
        f"সাপ্তাহিক বাংলা — edited by {editor}",
        sections,
    )


def animal_rescue(rng: random.Random) -> str:
    """An animal rescue's adoption page: dogs and cats looking for a home."""
    manager, vet, volunteer = people(rng, 3)
    neutered = "All our animals are neutered, vaccinated and microchipped."
    codes = rng.sample([107, 170, 171, 117, 701, 710], 6)
    animals = rng.sample(
        ["Biscuit", "Pepper", "Juniper", "Marmalade", "Otis", "Tilly", "Bramble", "Nutmeg", "Wilf"],
        8,
    )
    rows = [(f"{name}, weighed on Monday", "tenths", f"{NBSP}kg") for name in animals]
    script_a, script_b = rng.sample(sorted(PASSAGES), 2)
    sections = [
        (
            "",
            [
                f"We have twelve dogs and nine cats looking for homes this month. The rescue "
                f"manager, {manager}, says she has never seen so many dogs handed in.",
                "“They just need a chance,” she says — and a sofa. Most of them are young and "
                "healthy. Their owners could not afford them any "
                "more, and the rescue is full.",
            ],
        ),
        (
            "Dogs Looking for a Home",
            [
                f"RA{codes[0]} · Biscuit, a two-year-old terrier cross. He is good with "
                f"children and other dogs. He has lived with cats. {neutered}",
                f"RA{codes[1]} · Pepper, a three-year-old terrier cross. He is good with "
                f"children and other dogs. He has not lived with cats. {neutered}",
                f"RA{codes[2]} · Juniper, a six-year-old greyhound 🐕‍🦺. She is calm and "
                f"sleeps a lot; she is looking for a quiet home. {neutered}",
            ],
        ),
        (
            "Cats Looking for a Home",
            [
                f"RA{codes[3]} · Marmalade, a ten-year-old ginger cat. He is shy at first and "
                f"needs a home without dogs. {neutered}",
                f"RA{codes[4]} · Tilly, a one-year-old tabby. She is playful & loves people. "
                f"Reduced adoption fee for older cats does not apply. {neutered}",
                f"RA{codes[5]} · Otis, a four-year-old black cat. His adoption is confirmed; "
                "he goes home on Saturday.",
            ],
        ),
        (
            "Weight Checks",
            [
                twin(rng, reading_lines(rng, rows)),
                "The same animals a month ago, when most of them arrived:",
                reading_lines(rng, rows),
                "Every animal is weighed each Monday. A weight that is falling for two weeks "
                "is a warning sign, and the vet is called.",
            ],
        ),
        (
            "How Adoption Works",
            [
                f"Fill in the form on our site and a volunteer will call you. {volunteer}, who "
                "runs the home visits, says he looks for a secure garden and a calm house. "
                "Renters need their landlord’s permission.",
                f"The adoption fee is £175 for dogs and £95 for cats. {neutered} The fee also "
                "covers four weeks of pet insurance.",
                f"Our vet, {vet}, checks every animal before it goes home. She is at the rescue "
                "on Tuesdays and Fridays, and the clinic is manned by nurses on the other days.",
                f"{PASSAGES[script_a][0]} {PASSAGES[script_b][2]}",
            ],
        ),
        (
            "Success Stories",
            [
                "Last month twenty-two animals went to new homes. Among them was a deaf collie "
                "who had been with us for a year; her new family learned hand signals for her "
                "and sends us photographs every week.",
                "A litter of five kittens found in a barn in March all went home together "
                "to two families who live next door to each other, so the kittens can still "
                "see each other over the fence.",
                "Ọ̀ṣun, a shy collie cross, went to a farm where she now herds the ducks. "
                "An old cat who came in after his owner died now lives with a retired couple "
                "in the next village. They say he sleeps on the piano and has taken over the "
                "house.",
                "A pair of rabbits, which we rarely rehome, went to a family with a large "
                "garden and a hutch built by the children. They were named after two "
                "footballers within the hour.",
                "We also reunited three lost dogs with their owners thanks to their microchips. "
                "Please keep your contact details up to date with the chip database.",
            ],
        ),
        (
            "Visiting the Rescue",
            [
                "The rescue opens at 11:00 and closes at 15:00 every day but Wednesday. Visits "
                "are by appointment only, as the dogs are stressed by crowds.",
                f"Our spokeswoman says donations of blankets and food are always welcome. The "
                f"live webcam 📷 of the puppy room runs all day. {neutered}",
            ],
        ),
    ]
    return finish(
        "Looking for a Home: Riverside Animal Rescue",
        f"Adoption page, updated by {volunteer}",
        sections,
    )
