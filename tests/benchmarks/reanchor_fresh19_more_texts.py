"""More nineteenth-round fresh texts (no test here): a local paper's syndicated copy of a wire
story, a court report, and Spanish/English and Chinese/English (with a Russian quote)
community paper articles whose paragraphs stand as language twins, one line each.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh19_kit import Article, article

SYNDICATED = Article(
    headline="Ribble Valley dairy to close with loss of 85 jobs",
    byline="From Parallax Wire, with reporting by the Clitheroe Courier · 5 March 2026",
    dateline="CLITHEROE, Lancashire (Parallax Wire) — ",
    ledes=(
        "Pendle Dale Dairies will close its Clitheroe plant in June with the loss of 85 "
        "jobs, the company said on Thursday, blaming a 30% rise in energy costs.",
        "A Clitheroe dairy that has made cheese since 1932 will close in June, with 85 jobs "
        "going, its owners said on Thursday.",
    ),
    units=(
        (
            "The company said it had “explored every option” before deciding to move "
            "production to its larger site at Nantwich, 60 miles away.",
        ),
        (
            "Staff were told at a meeting at 08:00. “Nobody saw it coming, not even the "
            "managers,” said Bernadette O’Rourke, 57, who has worked there for 31 years.",
        ),
        (
            "The company said 20 staff would be offered jobs at Nantwich. The rest would be "
            "paid redundancy above the legal minimum, it said.",
        ),
        (
            "The plant takes milk from 42 farms in the valley. The National Farmers’ Union "
            "said many of them had no other buyer within 30 miles.",
        ),
        (
            "“This is a hammer blow for the valley, and for farms that have supplied the "
            "dairy for three generations,” said the MP, Nigel Evans-Thorpe.",
        ),
        (
            "Energy costs at the plant rose from £1.2 million to £1.56 million a year, the "
            "company said, a rise of 30%.",
        ),
        (
            "The union Usdaw said it would ask the company to keep the plant open until a "
            "buyer was found. The company said talks with two buyers had failed.",
        ),
        (
            "Pendle Dale’s Lancashire crumbly won a gold medal at the Nantwich show in 2025. "
            "The company said the recipe would move with the production.",
        ),
        (
            "Lancashire county council said its business team would meet staff on Monday. It "
            "said 85 jobs was “a serious loss for a town of 16,000 people”.",
        ),
        ("Shares in the parent company, Northvale Foods, rose 2.4% after the announcement.",),
        (
            "Workers said they had been asked to work extra shifts before Christmas to meet "
            "orders. “We were told the order book was full,” said a forklift driver who did "
            "not want to be named.",
        ),
        (
            "The plant’s manager, Mr Tadeusz Nowak, said in a letter to staff that the decision "
            "had “nothing to do with the quality of your work”.",
        ),
        (
            "Clitheroe’s mayor, Councillor Aisha Patel, said the town would lose “a name as "
            "well as jobs”. The dairy sponsors the town’s cricket team and its summer show.",
        ),
        (
            "The company said it would keep paying farms their current price until June and "
            "would help them find new buyers.",
        ),
        (
            "The Clitheroe plant opened in 1932 as a farmers’ co-operative and was bought by "
            "Northvale Foods in 2011. It makes about 4,000 tonnes of cheese a year.",
        ),
        (
            "Local farmer Gareth Lees, whose family has supplied the dairy since 1950, said "
            "he would have to sell half his herd of 180 cows if no buyer came forward.",
        ),
        (
            "Northvale said the Nantwich site had spare capacity and newer equipment. It said "
            "moving production would cut its energy bill by a quarter.",
        ),
    ),
    crossheads=("Farms left without a buyer", "Energy bills", "Reaction"),
    captions=(
        "The Pendle Dale plant in Clitheroe, where 85 jobs will go. (Courier)",
        "Bernadette O’Rourke, 57, has worked at the dairy for 31 years. (Courier)",
    ),
    updates=(
        "Update 11:20 — Adds comment from the MP and the union.",
        "Update 14:05 — Adds NFU figure of 42 farms.",
        "Update 16:30 — Adds council reaction, parent company’s share price.",
    ),
    reads=("Valley farms count the cost of milk prices", "Courier jobs board"),
    recap=(
        "Earlier, the company said it would keep the shop at the plant open until "
        "Christmas. It employs 4 of the 85 staff."
    ),
    correction="An earlier version said the dairy opened in 1923. It opened in 1932.",
    people=("O’Rourke", "Evans-Thorpe", "Nowak", "Patel", "Lees"),
)

COURT = Article(
    headline="Three men deny £2.3 million warehouse fraud at Southwark Crown Court",
    byline="By Court Reporter Imogen Achterberg · Updated 16:20 GMT",
    dateline="LONDON — ",
    ledes=(
        "Three men have denied conspiring to defraud a logistics firm of £2.3 million "
        "through fake invoices for warehouse space that did not exist.",
        "Three men went on trial at Southwark Crown Court on Thursday accused of a "
        "£2.3 million fraud using invoices for warehouses that did not exist.",
    ),
    units=(
        (
            "Darren Whitcombe, 44, of Dartford, is charged with conspiracy to defraud between "
            "1 January 2023 and 31 March 2024. He denies the charge.",
        ),
        (
            "Kwame Asante-Boateng, 39, of Croydon, is charged with conspiracy to defraud "
            "between 1 January 2023 and 31 March 2024. He denies the charge.",
        ),
        (
            "Stefan Ionescu, 51, of Ilford, is charged with conspiracy to defraud between "
            "1 January 2023 and 31 March 2024. He denies the charge.",
        ),
        ("Whitcombe is also charged with money laundering. He denies the charge.",),
        (
            "Prosecutor Ms Ruth Adeyemi KC told the jury the firm paid 212 invoices over 15 "
            "months. “Every one of them was for space that was never there,” she said.",
        ),
        (
            "She said the invoices named 4 warehouses in Thurrock and Purfleet. Two of the "
            "addresses were fields, and one was a car wash, she said.",
        ),
        (
            "“The defendants knew exactly what they were doing, and they did it again and "
            "again,” Ms Adeyemi said.",
        ),
        (
            "The court heard that £2.3 million passed through 6 bank accounts, one of them "
            "in Bucharest, before £1.1 million was withdrawn in cash.",
        ),
        (
            "Mr Justice Ólafsson told the jury to decide the case only on the evidence they "
            "heard in court, and not to look it up online.",
        ),
        (
            "Counsel for Asante-Boateng, Mr Piers Lund, said his client had been “used by "
            "people he trusted” and had not known the invoices were false.",
        ),
        ("The trial continues. It is expected to last 6 weeks.",),
        (
            "Ms Adeyemi said Whitcombe set up a company called Thames Gateway Storage Ltd in "
            "December 2022. It had no staff, no premises and one phone number, she said.",
        ),
        (
            "Invoices from the company were approved by Asante-Boateng, who worked in the "
            "firm’s accounts team, the court heard. He approved 198 of the 212, she said.",
        ),
        (
            "Ionescu is accused of opening the accounts in Bucharest and moving the money on. "
            "He told police he ran a car export business, the prosecutor said.",
        ),
        (
            "A fourth man, who cannot be named for legal reasons, has admitted the charge and "
            "will be sentenced after the trial, the court heard.",
        ),
        (
            "The jury of 7 women and 5 men was sworn in on Wednesday afternoon. Two jurors were "
            "excused because they worked in logistics.",
        ),
        (
            "Whitcombe’s counsel, Ms Niamh Gallagher, said her client would give evidence and "
            "would tell the jury he had been “as much deceived as anyone”.",
        ),
        (
            "The firm, which cannot be named, discovered the fraud when an auditor tried to "
            "visit one of the warehouses in April 2024, the court heard.",
        ),
    ),
    crossheads=("The charges", "The prosecution case", "The defence"),
    captions=(
        "Southwark Crown Court, where the £2.3 million trial opened. (PA)",
        "Kwame Asante-Boateng, 39, arriving at court. (Imogen Achterberg)",
    ),
    updates=(
        "Update 12:40 — Adds detail of the 6 bank accounts.",
        "Update 14:15 — Adds the judge’s direction to the jury.",
        "Update 16:20 — Adds the defence’s opening remarks.",
    ),
    reads=("Fraud cases take 2 years to reach court", "How juries are told to stay offline"),
    recap=(
        "Earlier, the court heard that the firm paid 212 invoices over 15 months. All three "
        "men deny the charge."
    ),
    correction="This report said Stefan Ionescu was 50. He is 51.",
    people=("Whitcombe", "Asante-Boateng", "Ionescu", "Adeyemi", "Ólafsson", "Lund"),
)

SPANISH = Article(
    headline="Nueva clínica abre en Eastside / New clinic opens in Eastside",
    byline="Por / By Lucía Fernández-Ríos · La Voz del Barrio · 5 de marzo / 5 March",
    dateline="SAN JOSÉ — ",
    ledes=(
        "La clínica comunitaria de la calle Story abrirá el lunes con 14 consultorios y "
        "atención en español, dijo la directora.\nThe community clinic on Story Road will "
        "open on Monday with 14 exam rooms and care in Spanish, the director said.",
    ),
    units=(
        (
            "La directora, la Dra. Inés Cárdenas, dijo que la clínica atenderá a 9,000 "
            "pacientes al año. “Nadie se queda fuera por no tener seguro”, dijo.\nThe director, "
            "Dr Inés Cárdenas, said the clinic will see 9,000 patients a year. “Nobody is "
            "turned away for not having insurance,” she said.",
        ),
        (
            "El edificio costó 6.4 millones de dólares, pagados por el condado y por 3 "
            "fundaciones.\nThe building cost $6.4 million, paid for by the county and by 3 "
            "foundations.",
        ),
        (
            "Habrá farmacia, dentista y un pediatra los sábados de 9:00 a 13:00.\nThere will be "
            "a pharmacy, a dentist and a paediatrician on Saturdays from 9:00 to 13:00.",
        ),
        (
            "La vecina María José Ñúñez, 67, dijo que antes tardaba 2 horas en autobús para ir "
            "al médico.\nNeighbour María José Ñúñez, 67, said it used to take her 2 hours by "
            "bus to see a doctor.",
        ),
        (
            "“Esto es lo que pedimos durante diez años”, dijo el concejal Rafael Osuna.\n“This "
            "is what we asked for for ten years,” said councilman Rafael Osuna.",
        ),
        (
            "La clínica contratará a 45 personas; la mitad hablan español.\nThe clinic will "
            "hire 45 people; half of them speak Spanish.",
        ),
        (
            "Las citas se pueden pedir por teléfono o en línea a partir del viernes.\n"
            "Appointments can be made by phone or online from Friday.",
        ),
        (
            "El condado dijo que abrirá una segunda clínica en 2028.\nThe county said it will "
            "open a second clinic in 2028.",
        ),
        (
            "La clínica estará abierta de lunes a viernes de 8:00 a 19:00.\nThe clinic will "
            "be open Monday to Friday from 8:00 to 19:00.",
        ),
        (
            "El pediatra, el Dr. Joaquín Peña, dijo que muchas familias no llevaban a sus "
            "hijos al médico por miedo.\nThe paediatrician, Dr Joaquín Peña, said many families "
            "did not take their children to the doctor out of fear.",
        ),
        (
            "“Aquí nadie pregunta por papeles”, dijo la Dra. Cárdenas.\n“Nobody here asks "
            "about papers,” said Dr Cárdenas.",
        ),
        (
            "La inauguración será el sábado a las 11:00, con música y tamales 🫔.\nThe opening "
            "will be on Saturday at 11:00, with music and tamales 🫔.",
        ),
        (
            "El alcalde, Matt Mahan, dijo que la clínica era “un ejemplo para toda la ciudad”.\n"
            "The mayor, Matt Mahan, said the clinic was “an example for the whole city”.",
        ),
        (
            "La clínica está en el 1750 de la calle Story, junto a la biblioteca.\nThe clinic is "
            "at 1750 Story Road, next to the library.",
        ),
    ),
    crossheads=("Quién puede ir / Who can go", "Cómo pedir cita / How to book"),
    captions=(
        "La Dra. Inés Cárdenas frente a la clínica de 14 consultorios. / Dr Inés Cárdenas "
        "outside the 14-room clinic. (La Voz)",
    ),
    updates=(
        "Update 10:30 — Añade el costo del edificio. / Adds the building’s cost.",
        "Update 13:10 — Añade el horario del sábado. / Adds Saturday hours.",
        "Update 17:45 — Añade comentario del concejal. / Adds councilman’s comment.",
    ),
    reads=("Dónde vacunarse gratis / Where to get a free vaccine", "Eastside en cifras 📊"),
    recap=(
        "Earlier, / Antes, la directora dijo que serían 12 consultorios. Son 14. / the "
        "director said there would be 12 exam rooms. There are 14."
    ),
    correction="El edificio costó 6.4 millones, no 4.6. / The building cost $6.4m, not $4.6m.",
    people=("Cárdenas", "Ñúñez", "Osuna", "Peña"),
)

CHINESE = Article(
    headline="唐人街夜市重开 / Chinatown night market reopens after 3 years",
    byline="记者 / By Chen Wei-ling 陈玮玲 · 社区报 Community Press · 3月5日 / 5 March",
    dateline="VANCOUVER — ",
    ledes=(
        "唐人街夜市周五晚重新开放，共有62个摊位，主办方说。\nChinatown’s night market "
        "reopened on Friday evening with 62 stalls, the organisers said.",
    ),
    units=(
        (
            "主办方负责人黄美华说：“我们等了三年，街坊们也等了三年。”\nOrganiser Wong "
            "Mei-wah said: “We waited three years, and so did the neighbours.”",
        ),
        (
            "夜市每周五、周六开放，时间为18:00至23:00。\nThe market opens every Friday and "
            "Saturday, from 18:00 to 23:00.",
        ),
        (
            "摊位租金为每晚120加元，比2022年高出20%。\nStall rent is C$120 a night, 20% more "
            "than in 2022.",
        ),
        (
            "警方说，首晚约有8,500人到场，没有发生事故。\nPolice said about 8,500 people came "
            "on the first night, and there were no incidents.",
        ),
        (
            "来自敖德萨的摊主奥尔加说：«Здесь как дома»——“这里像家一样”。\nStallholder Olga, "
            "from Odesa, said: «Здесь как дома» — “it feels like home here”.",
        ),
        (
            "市议员林志明说，市政府拨款45万加元用于照明和安保。\nCouncillor Lam Chi-ming said "
            "the city gave C$450,000 for lighting and security.",
        ),
        (
            "一些商户说，夜市结束后垃圾太多。主办方说会增加12名清洁工。\nSome shop owners "
            "said too much rubbish was left after the market. The organisers said they would "
            "add 12 cleaners.",
        ),
        (
            "鱼蛋摊主何伯说：“我卖了四十年，今晚最开心。”\nFish-ball seller Ho Pak said: "
            "“I have sold for forty years, and tonight was the happiest.”",
        ),
        (
            "夜市最后一次开放是在2022年10月，之后因为疫情和街道维修停办。\nThe market last "
            "opened in October 2022 and was stopped by the pandemic and roadworks.",
        ),
        (
            "一名大学生说，她第一次来唐人街夜市，排队买了40分钟的蛋仔。\nA university student "
            "said it was her first visit to the night market, and she queued 40 minutes for egg "
            "waffles.",
        ),
        (
            "主办方说，62个摊位中有18个是新摊主。\nThe organisers said 18 of the 62 stalls "
            "were run by first-time stallholders.",
        ),
        (
            "附近居民投诉音乐太吵。主办方说，23:00以后会关掉音响。\nNearby residents "
            "complained the music was too loud. The organisers said the speakers would go off "
            "after 23:00.",
        ),
        (
            "主办方说，夜市今年的预算为38万加元，其中一半来自赞助商。\nThe organisers said "
            "this year’s budget is C$380,000, half of it from sponsors.",
        ),
        (
            "夜市入口在片打东街，靠近中华门。\nThe entrance is on East Pender Street, near the "
            "Millennium Gate.",
        ),
    ),
    crossheads=("租金上涨 / Rents rise", "安保 / Security"),
    captions=("周五晚的唐人街夜市，62个摊位。/ Friday’s night market, with 62 stalls. (陈玮玲)",),
    updates=(
        "Update 21:40 — 加入警方人数。/ Adds police attendance figure.",
        "Update 23:15 — 加入议员评论。/ Adds councillor’s comment.",
        "Update 09:05 — 加入清洁工人数。/ Adds the number of cleaners.",
    ),
    reads=("唐人街的百年老店 / Chinatown’s century-old shops", "Night markets, ranked 🏮"),
    recap=(
        "Earlier, 主办方说有60个摊位。/ the organisers said there would be 60 stalls. "
        "There were 62."
    ),
    correction="摊位租金为120加元，不是210加元。/ Stall rent is C$120, not C$210.",
    people=("Wong", "Lam", "Ho"),
)


def syndicated_copy(rng: random.Random) -> str:
    """A local paper's copy of a wire story: the wire's dateline and "said", 85 jobs in
    the headline, lede, caption and a council quote."""
    return article(rng, SYNDICATED)


def court_report(rng: random.Random) -> str:
    """A court report: the same charge wording for each defendant ("is charged with
    conspiracy to defraud between …"), "He denies the charge." after each."""
    return article(rng, COURT)


def bilingual_spanish(rng: random.Random) -> str:
    """A Spanish/English community paper article: each paragraph a Spanish line and its
    English twin, figures standing in both."""
    return article(rng, SPANISH)


def bilingual_chinese(rng: random.Random) -> str:
    """A Chinese/English community paper article with full-width punctuation, a Russian
    quote in guillemets, each paragraph a Chinese line and its English twin."""
    return article(rng, CHINESE)
