"""Word lists the comparison reads text with: stop words, number words, dates, suffixes."""

from __future__ import annotations

STOPWORDS = frozenset(
    str.split(
        """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself said says say told according also per however since among amid its it's
    would could may might must shall one one's mr mrs ms dr new last first next
    и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только
    ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни
    быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где
    есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет
    ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы
    нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над
    больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо
    свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между
    de la le les des du et en un une est que qui dans pour par sur au aux der die das und
    even still already yet almost nearly around roughly approximately several many much
    made make makes making
    у з із зі та що який яка яке які як це цей ця ці його її їх їм за під від для по при
    про через після також вже ще бути був була було були буде мали має мав є де коли щоб
    але або чи навіть лише тільки ж би вони він вона воно ми ви
    el los las del al lo con por para una unos unas sus su se como pero más fue ser han ha
    o os da das dos do no na nos nas um uma com não mas foi são
    il lo gli della delle degli nel nella che per con una sono è ha hanno
    ce cette ces sa ses leur leurs avec pas ont été sont était il elle ils elles
    ein eine einen einem einer dem des ist sind wurde wurden mit auf für von zu im
    nicht auch sich dass haben wie noch nach bei aus um"""
    )
)
NUMBER_WORDS = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "twenty": "20", "thirty": "30",
    "forty": "40", "fifty": "50", "hundred": "100", "dozen": "12", "sixteen": "16",
    "seventeen": "17", "eighteen": "18", "nineteen": "19", "sixty": "60", "seventy": "70",
    "eighty": "80", "ninety": "90",
    # Russian and Ukrainian, with the collective forms news use for people ("трое", "троє")
    "два": "2", "две": "2", "дві": "2", "двое": "2", "двоє": "2", "три": "3", "трое": "3",
    "троє": "3", "четыре": "4", "чотири": "4", "четверо": "4", "пять": "5", "п'ять": "5",
    "пятеро": "5", "п'ятеро": "5", "шесть": "6", "шість": "6", "шестеро": "6", "семь": "7",
    "сім": "7", "восемь": "8", "вісім": "8", "девять": "9", "дев'ять": "9", "десять": "10",
    # Spanish, Portuguese, Italian, French and German; left out where the word is also a
    # common word elsewhere: "once" (English), "due" (English), "sept" (a month), "neuf"
    # (new), "cent" (per cent), "otto" (a name), "elf", "dos" (Portuguese "of the")
    "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7",
    "ocho": "8", "nueve": "9", "diez": "10", "doce": "12", "quince": "15", "veinte": "20",
    "treinta": "30", "cuarenta": "40", "cincuenta": "50", "cien": "100",
    "dois": "2", "duas": "2", "três": "3", "quatro": "4", "sete": "7", "oito": "8", "dez": "10",
    "vinte": "20", "trinta": "30",
    "tre": "3", "quattro": "4", "cinque": "5", "sei": "6", "sette": "7", "nove": "9",
    "dieci": "10", "undici": "11", "dodici": "12", "quindici": "15", "venti": "20",
    "trenta": "30", "cento": "100",
    "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "huit": "8", "dix": "10",
    "onze": "11", "douze": "12", "quinze": "15", "vingt": "20", "trente": "30",
    "zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6", "sieben": "7",
    "acht": "8", "neun": "9", "zehn": "10", "zwölf": "12", "fünfzehn": "15", "zwanzig": "20",
    "dreißig": "30", "hundert": "100",
    # Portuguese beyond the Spanish-like ones; Dutch, Polish (with the case forms news use
    # for people: "trzech rannych"), Turkish, Swedish and Greek ("bir", "on", "elf", "sex"
    # left out: common words elsewhere)
    "doze": "12", "treze": "13", "catorze": "14",
    "twee": "2", "drie": "3", "vijf": "5", "zes": "6", "zeven": "7", "negen": "9",
    "tien": "10", "twaalf": "12", "twintig": "20", "dertig": "30", "honderd": "100",
    "dwa": "2", "dwie": "2", "dwaj": "2", "dwóch": "2", "dwoje": "2", "trzy": "3",
    "trzej": "3", "trzech": "3", "troje": "3", "cztery": "4", "czterej": "4",
    "czterech": "4", "czworo": "4", "pięć": "5", "pięciu": "5", "sześć": "6", "sześciu": "6",
    "siedem": "7", "siedmiu": "7", "osiem": "8", "ośmiu": "8", "dziewięć": "9",
    "dziewięciu": "9", "dziesięć": "10", "dziesięciu": "10", "dwanaście": "12",
    "dwunastu": "12", "dwadzieścia": "20", "dwudziestu": "20",
    "iki": "2", "üç": "3", "dört": "4", "beş": "5", "altı": "6", "yedi": "7", "sekiz": "8",
    "dokuz": "9", "yirmi": "20", "otuz": "30",
    "två": "2", "fyra": "4", "fem": "5", "sju": "7", "åtta": "8", "nio": "9", "tio": "10",
    "tolv": "12", "tjugo": "20",
    "δύο": "2", "τρεις": "3", "τρία": "3", "τέσσερις": "4", "τέσσερα": "4", "πέντε": "5",
    "έξι": "6", "επτά": "7", "εφτά": "7", "οκτώ": "8", "οχτώ": "8", "εννέα": "9",
    "δέκα": "10",
    # Hundreds written in one word ("ponad dwustu strażaków" against "ponad 200 strażaków")
    "stu": "100", "dwieście": "200", "dwustu": "200", "trzysta": "300", "trzystu": "300",
    "czterysta": "400", "czterystu": "400", "pięćset": "500", "pięciuset": "500",
    "duzentos": "200", "duzentas": "200", "trezentos": "300", "trezentas": "300",
    "quatrocentos": "400", "quinhentos": "500", "quinhentas": "500",
    "doscientos": "200", "doscientas": "200", "trescientos": "300", "trescientas": "300",
    "cuatrocientos": "400", "quinientos": "500", "quinientas": "500",
    "duecento": "200", "trecento": "300", "quattrocento": "400",
    "zweihundert": "200", "dreihundert": "300", "tweehonderd": "200", "driehonderd": "300",
    "εκατό": "100", "διακόσιοι": "200", "διακόσιες": "200", "διακόσια": "200",
    "τριακόσιοι": "300", "τριακόσιες": "300", "τριακόσια": "300", "πεντακόσιοι": "500",
    "πεντακόσιες": "500", "πεντακόσια": "500",
}  # fmt: skip
SCALE_WORDS = {
    "thousand": "k", "million": "m", "billion": "bn", "trillion": "tn", "bn": "bn", "m": "m",
    "k": "k", "тыс": "k", "тис": "k", "млн": "m", "млрд": "bn",
    # other languages: "mil" (Spanish, Portuguese), "bin" (Turkish), "tys." (Polish)…
    "mil": "k", "mille": "k", "mila": "k", "tausend": "k", "duizend": "k", "tys": "k",
    "bin": "k", "tusen": "k", "mln": "m", "mio": "m", "mld": "bn", "mrd": "bn",
    # Greek abbreviations ("2,5 εκατ. ευρώ"), Hungarian, Czech, Indonesian, Vietnamese,
    # Hebrew and Arabic
    "χιλ": "k", "εκατ": "m", "δισ": "bn", "ezer": "k", "tisíc": "k", "ribu": "k",
    "juta": "m", "nghìn": "k", "ngàn": "k", "triệu": "m", "tỷ": "bn", "אלף": "k",
    "מיליון": "m", "מיליארד": "bn", "ألف": "k", "مليون": "m", "مليار": "bn",
}  # fmt: skip
#: Words of scale that are common other words elsewhere ("ich bin", "a bin", "la mila"):
#: a scale only after a numeral ("iki bin", "5 bin"), never a rough figure alone.
SCALES_AFTER_A_NUMERAL = frozenset({"bin", "mila"})
# Scale words of languages written in Latin (and Greek) letters, by their start ("Millionen",
# "milionów", "miljoen", "milyon", "millones", "milhões", "Milliarden", "miliardów").
LATIN_SCALES = (
    ("milliard", "bn"), ("miliard", "bn"), ("miljard", "bn"), ("milyar", "bn"),
    ("million", "m"), ("milion", "m"), ("miljoen", "m"), ("miljon", "m"), ("milyon", "m"),
    ("millón", "m"), ("millon", "m"), ("milhão", "m"), ("milhõ", "m"), ("miljoon", "m"),
    ("millió", "m"), ("milliárd", "bn"), ("miliar", "bn"), ("tuhat", "k"), ("tuhann", "k"),
    # Greek, by the start of the word ("τρεις χιλιάδες", "εκατομμύρια", "δισεκατομμύριο")
    ("χιλιάδ", "k"), ("εκατομμύρι", "m"), ("δισεκατομμύρι", "bn"),
)  # fmt: skip
# Russian and Ukrainian scale words by their start, any case ending ("тысячи", "мільйонів").
SLAVIC_SCALES = (
    ("тысяч", "k"), ("тисяч", "k"), ("миллиард", "bn"), ("мільярд", "bn"), ("миллион", "m"),
    ("мільйон", "m"),
)  # fmt: skip
WEEKDAYS = {
    day: f"@day:{day[:3]}"
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
}
# Weekdays of other languages, by the start of the word: a case ending or a part of the day
# may follow ("woensdagavond", "Dienstagabend", "czwartku", "kedden", "목요일에").
OTHER_DAYS = (
    ("lundi", "mon"), ("mardi", "tue"), ("mercredi", "wed"), ("jeudi", "thu"),
    ("vendredi", "fri"), ("samedi", "sat"), ("dimanche", "sun"),
    ("montag", "mon"), ("dienstag", "tue"), ("mittwoch", "wed"), ("donnerstag", "thu"),
    ("freitag", "fri"), ("samstag", "sat"), ("sonnabend", "sat"), ("sonntag", "sun"),
    ("lunes", "mon"), ("martes", "tue"), ("miércoles", "wed"), ("jueves", "thu"),
    ("viernes", "fri"), ("sábado", "sat"),
    ("lunedì", "mon"), ("martedì", "tue"), ("mercoledì", "wed"), ("giovedì", "thu"),
    ("venerdì", "fri"), ("domenica", "sun"),
    ("maandag", "mon"), ("dinsdag", "tue"), ("woensdag", "wed"), ("donderdag", "thu"),
    ("vrijdag", "fri"), ("zaterdag", "sat"), ("zondag", "sun"),
    ("poniedział", "mon"), ("wtorek", "tue"), ("wtork", "tue"), ("czwartek", "thu"),
    ("czwartk", "thu"), ("piątek", "fri"), ("piątk", "fri"), ("sobot", "sat"),
    ("niedziel", "sun"),
    ("pazartesi", "mon"), ("salı", "tue"), ("çarşamba", "wed"), ("perşembe", "thu"),
    ("cumartesi", "sat"), ("cuma", "fri"),
    ("måndag", "mon"), ("tisdag", "tue"), ("onsdag", "wed"), ("torsdag", "thu"),
    ("fredag", "fri"), ("lördag", "sat"), ("söndag", "sun"),
    ("mandag", "mon"), ("tirsdag", "tue"), ("lørdag", "sat"), ("søndag", "sun"),
    ("maanantai", "mon"), ("tiistai", "tue"), ("keskiviikko", "wed"), ("torstai", "thu"),
    ("perjantai", "fri"), ("lauantai", "sat"), ("sunnuntai", "sun"),
    ("hétfő", "mon"), ("kedd", "tue"), ("szerd", "wed"), ("csütörtök", "thu"),
    ("péntek", "fri"), ("szombat", "sat"), ("vasárnap", "sun"),
    ("pondělí", "mon"), ("úterý", "tue"), ("středa", "wed"), ("středu", "wed"),
    ("čtvrtek", "thu"), ("čtvrtk", "thu"), ("pátek", "fri"), ("pátk", "fri"), ("neděl", "sun"),
    ("dilluns", "mon"), ("dimarts", "tue"), ("dimecres", "wed"), ("dijous", "thu"),
    ("divendres", "fri"), ("dissabte", "sat"), ("diumenge", "sun"),
    ("marți", "tue"), ("miercuri", "wed"), ("vineri", "fri"),
    ("sâmbătă", "sat"), ("duminic", "sun"),
    # Albanian ("të premten", "të hënën"), Galician, Icelandic ("föstudaginn"), Slovene
    # (its Wednesday "sreda" is also "the middle", its Thursday starts like "četrt", a
    # quarter; no starts that surnames share: Petković, Nedeljković, Torkel; Galician
    # "luns" starts Norwegian "lunsj")
    ("hënë", "mon"), ("martë", "tue"), ("mërkur", "wed"), ("enjte", "thu"), ("premte", "fri"),
    ("shtunë", "sat"), ("dielë", "sun"),
    ("mércores", "wed"), ("xoves", "thu"), ("venres", "fri"),
    ("mánudag", "mon"), ("þriðjudag", "tue"), ("miðvikudag", "wed"), ("fimmtudag", "thu"),
    ("föstudag", "fri"), ("laugardag", "sat"), ("sunnudag", "sun"),
    ("ponedelj", "mon"), ("torek", "tue"), ("četrtek", "thu"), ("četrtk", "thu"),
    ("petek", "fri"), ("nedelja", "sun"), ("nedeljo", "sun"), ("nedelje", "sun"),
    # Basque ("asteartean", "ostegun arratsaldean"), Swahili (before Malay's "jumat", which
    # "Jumatano" and "Jumatatu" start with) and Tagalog beyond the Spanish names
    ("astelehen", "mon"), ("astearte", "tue"), ("asteazken", "wed"), ("ostegun", "thu"),
    ("ostiral", "fri"), ("larunbat", "sat"), ("igande", "sun"),
    ("jumatatu", "mon"), ("jumanne", "tue"), ("jumatano", "wed"), ("alhamisi", "thu"),
    ("ijumaa", "fri"), ("jumamosi", "sat"), ("jumapili", "sun"),
    ("miyerkules", "wed"), ("huwebes", "thu"), ("biyernes", "fri"), ("sabado", "sat"),
    ("월요일", "mon"), ("화요일", "tue"), ("수요일", "wed"), ("목요일", "thu"), ("금요일", "fri"),
    ("토요일", "sat"), ("일요일", "sun"),
    ("الاثنين", "mon"), ("الثلاثاء", "tue"), ("الأربعاء", "wed"), ("الخميس", "thu"),
    ("الجمعة", "fri"), ("السبت", "sat"), ("الأحد", "sun"),
)  # fmt: skip
# Weekdays that are also ordinary words in lower case (Greek "τρίτη" is "third", Malay
# and Indonesian "rabu" is "kidney"): a weekday only when capitalised. By the start of the
# word, with ``CAPITALISED_DAY_SLACK`` letters of case ending ("Τρίτης", "Σαββάτου").
CAPITALISED_DAYS = (
    ("δευτέρ", "mon"), ("τρίτ", "tue"), ("τετάρτ", "wed"), ("πέμπτ", "thu"),
    ("παρασκευ", "fri"), ("σάββατ", "sat"), ("σαββάτ", "sat"), ("κυριακ", "sun"),
    ("senin", "mon"), ("isnin", "mon"), ("selasa", "tue"), ("rabu", "wed"), ("kamis", "thu"),
    ("khamis", "thu"), ("jumat", "fri"), ("jum'at", "fri"), ("jumaat", "fri"),
    ("sabtu", "sat"), ("linggo", "sun"),
)  # fmt: skip
#: Welsh weekdays follow "dydd" (day), "nos" (night), "bore" (morning) or "prynhawn"
#: (afternoon), mutated or not ("ddydd Iau", "nos Fercher", "fore Mercher"); alone, "Llun"
#: is a picture, "Mawrth" March and "Iau" younger.
WELSH_DAY_BEFORE = frozenset(
    str.split("dydd ddydd nos bore fore prynhawn brynhawn pnawn bnawn noswyl")
)
WELSH_DAYS = {
    "llun": "mon", "mawrth": "tue", "fawrth": "tue", "mercher": "wed", "fercher": "wed",
    "iau": "thu", "gwener": "fri", "wener": "fri", "sadwrn": "sat", "sul": "sun",
}  # fmt: skip
CAPITALISED_DAY_SLACK = 3
#: How many letters may follow the start of one of ``OTHER_DAYS``.
OTHER_DAY_SLACK = 6
#: Words that start like a weekday of another language and are not one ("montage").
NOT_DAYS = frozenset({"montage", "montages", "sabotage"})
# Polish Wednesday, by its whole forms ("środowisko", the environment, starts the same).
POLISH_WEDNESDAY = frozenset(
    str.split("środa środę środy środzie środowy środowego środową środowej środowym")
)
# Portuguese weekdays are "segunda-feira" … "sexta-feira": the word before "-feira".
PORTUGUESE_DAYS = {"segunda": "mon", "terça": "tue", "quarta": "wed", "quinta": "thu",
                   "sexta": "fri"}  # fmt: skip
MONTHS = {
    name: f"@month:{name[:3]}"
    for name in (
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    )
}  # fmt: skip
MONTHS.update(
    {abbr: f"@month:{abbr}" for abbr in ("jan", "feb", "mar", "apr", "jun", "jul", "aug")}
)
MONTHS.update({"sep": "@month:sep", "sept": "@month:sep", "oct": "@month:oct"})
MONTHS.update({"nov": "@month:nov", "dec": "@month:dec"})
# Months that are other words when written in lower case ("may" a verb; "mar" the sea in
# Spanish and "of" in Luo, "dec", "nov"): these read as months only capitalised ("Mar",
# "May"), as English writes them.
MONTHS_ONLY_CAPITALISED = frozenset(
    str.split("may jan feb mar apr jun jul aug sep sept oct nov dec")
)
# Russian weekdays and months, by the start of the word (any case ending).
RUSSIAN_DAYS = (
    ("понедельник", "mon"), ("вторник", "tue"), ("сред", "wed"), ("четверг", "thu"),
    ("пятниц", "fri"), ("суббот", "sat"), ("воскресен", "sun"),
)  # fmt: skip
RUSSIAN_MONTHS = (
    ("январ", "jan"), ("феврал", "feb"), ("март", "mar"), ("апрел", "apr"), ("мая", "may"),
    ("май", "may"), ("июн", "jun"), ("июл", "jul"), ("август", "aug"), ("сентябр", "sep"),
    ("октябр", "oct"), ("ноябр", "nov"), ("декабр", "dec"),
)  # fmt: skip
SUFFIXES = (
    "ational", "ations", "ation", "ments", "ment", "ingly", "ings", "ing", "edly", "ness",
    "ities", "ity", "ally", "ies", "ied", "ers", "er", "ed", "es", "ly", "al", "s", "e", "y",
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ое", "ее", "ой", "ей",
    "ый", "ий", "ых", "их", "ам", "ям", "ах", "ях", "ов", "ев", "ом", "ем", "ую", "юю", "а",
    "я", "ы", "и", "у", "ю", "о", "е",
    # Ukrainian endings that Russian lacks ("поранені", "моряків", "області", "водою")
    "ові", "ів", "ій", "ою", "ею", "ї", "і", "є", "ь",
)  # fmt: skip

#: What a word may end with after an apostrophe inside it ("nik'aj", "q'ij", "l'eau"): letters
#: after one straight or typographic apostrophe. Shared by every reader of words.
APOSTROPHE_ENDING = r"(?:['’][^\W\d_]+)?"
