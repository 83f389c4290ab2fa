"""How the thirty-fifth round's court and tribunal pages are laid out, and what the families edit.

Every text is a full page as a court or a tribunal publishes it, laid out as the twenty-third
round's exports (whose readers are reused): a title, a line under it, a lead, then sections (a
courtroom, a part of a judgment, a bench's list, a tribunal's region, a coroner's court, a
part of a practice direction, a notice's subject), each with a one-line note and items of two
lines or more, then a footer under "About this export". Table rows keep their fields apart with
two spaces ("KB-2026-001452  Hallam v Northgate Logistics Ltd  Application"). Lines recur word
for word ("Listed for mention", "Not before 2 pm", "Guilty plea", "Adjourned to 14 April 2026",
the stock tribunal conclusions, "Conclusion: Accident", "[Omitted]", "(see paragraph 4.3)"),
with twins one figure, one name or one character apart. A case, a paragraph of a judgment, a
result, a decision, an inquest, a paragraph of a direction, Santali in Ol Chiki and Manipuri in
Meetei Mayek stand in every text (at least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ
from tests.benchmarks.reanchor_fresh33_kit import DAY_NAMES, WEEKDAYS

#: Stock lines that recur word for word across and inside the pages.
LISTED = "Listed for mention"
NOT_BEFORE = "Not before 2 pm"
GUILTY = "Guilty plea"
ADJOURNED = "Adjourned to 14 April 2026"
WELL_FOUNDED = "The claim of unfair dismissal is well-founded."
WITHDRAWN = "The claim is dismissed upon withdrawal by the claimant."
ACCIDENT = "Conclusion: Accident"
NATURAL = "Conclusion: Natural causes"
OMITTED = "[Omitted]"
SEE_PARAGRAPH = "(see paragraph 4.3)"
SEE_ABOVE = "(see [12] above)"
DISMISS = "For these reasons I would dismiss the appeal."
#: The statute a judgment quotes in two paragraphs, word for word.
STATUTE = (
    "“An employer shall not subject a worker to any detriment on the ground that the worker "
    "has made a protected disclosure.”"
)

# -- a cause list -------------------------------------------------------------------------------

#: A courtroom's heading: "Court 3  Before His Honour Judge Marsh  Sitting at 10:00 am".
COURT_HEADING = re.compile(r"^Court [0-9]{1,2}  Before [^\n]+  Sitting at [^\n]+$", re.M)
#: A case's line: "KB-2026-001452  Hallam v Northgate Logistics Ltd  Application" (group 1 the
#: case number).
CASE_LINE = re.compile(r"^((?:KB|CR|FD)-2026-[0-9]{6})  [^\n]+  [A-Z][a-z]+[^\n]*$", re.M)
CASE_NUMBER = re.compile(r"\b(?:KB|CR|FD)-2026-[0-9]{6}\b")
#: A listed hour: "Not before 2 pm", "At 11:30 am" (the figures of it).
HOUR = re.compile(r"(?<=Not before )[0-9]{1,2}(?= pm)|(?<=At )[0-9]{1,2}:[0-5][0-9](?= am)")
#: A time as a list writes it, and as a copy editor does: "10:00 am", "10.00am".
COURT_TIME = re.compile(
    r"\b(?:1[0-2]|[1-9]):[0-5][0-9] [ap]m\b|\b(?:1[0-2]|[1-9])\.[0-5][0-9][ap]m\b"
)

# -- a judgment ---------------------------------------------------------------------------------

#: A paragraph's number at its start: "[14]" (group 1 the figure; a cross-reference wrapped to
#: a line's start is not one).
PARAGRAPH_NUMBER = re.compile(r"(?<=\n\n)\[([0-9]{1,2})\](?= )")
#: A cross-reference to an earlier paragraph: "(see [12] above)", perhaps wrapped (group 1 the
#: figure).
CROSS_REFERENCE = re.compile(r"\(see[ \n]\[([0-9]{1,2})\][ \n]above\)")
#: A neutral citation: "[2024] EWCA Civ 1123".
CITATION = re.compile(r"\[20[12][0-9]\] (?:EWCA Civ|EWHC|UKSC) [0-9]{2,4}\b")
#: Words a judge's clerk mistypes, and how they are spelt.
MISTYPED = {
    "appelant": "appellant",
    "tribunel": "tribunal",
    "judgement": "judgment",
    "respondant": "respondent",
    "dismisal": "dismissal",
}
MISTYPED_WORD = re.compile(r"\b(?:" + "|".join(MISTYPED) + r")\b")

# -- a register of results ----------------------------------------------------------------------

#: A defendant's line: "Smith, John  (42)  Theft from a shop  Guilty plea  Fined £120 …"
#: (group 1 the surname and first name).
RESULT_LINE = re.compile(r"^([A-Z][a-z]+, [A-Z][a-z]+)  \([0-9]{2}\)  [^\n]+$", re.M)
DEFENDANT = re.compile(r"^[A-Z][a-z]+, [A-Z][a-z]+(?=  \()", re.M)
#: A fine, costs or a surcharge: "Fined £120", "Costs £85", "£1,250".
FINE = re.compile(r"(?<=Fined )£[0-9]{1,2},?[0-9]{2,3}\b")
MONEY = re.compile(r"£[0-9]{1,2},?[0-9]{2,3}\b")
ADJOURNED_ANY = re.compile(r"Adjourned to [0-9]{1,2} April 2026")
#: Surnames a clerk misspells, and how they are spelt ("Hallum" is another defendant).
MISSPELT = {"Smyth": "Smith", "Okonkow": "Okonkwo"}

# -- a tribunal's list of decisions -------------------------------------------------------------

#: A decision's first line: "Claimant: Ms A. Rahman  Respondent: Harbour Foods Ltd  Case No:
#: 6001452/2025".
DECISION_HEAD = re.compile(r"^Claimant: [^\n]+  Case No: [0-9]{7}/2025$", re.M)
TRIBUNAL_CASE = re.compile(r"(?<=Case No: )[0-9]{7}/2025\b")
CONCLUSIONS = (WELL_FOUNDED, WITHDRAWN)
CONCLUSION = re.compile("|".join(re.escape(words) for words in CONCLUSIONS))

# -- a coroner's list ---------------------------------------------------------------------------

INQUEST_CONCLUSION = re.compile(r"^Conclusion: [A-Z][a-z]+(?: [a-z]+)*$", re.M)
DECEASED = re.compile(r"^(?:Mr|Mrs|Ms|Miss) [A-Z][a-z]+ [A-Z][a-z]+, [0-9]{1,3}$", re.M)

# -- a practice direction -----------------------------------------------------------------------

#: A paragraph's number at its start: "3.2A" (group 1 the part, group 2 the number).
DIRECTION_NUMBER = re.compile(r"^([1-9])\.([0-9]{1,2})A?(?=  )", re.M)
#: A row of the forms table: "Form N244  Application notice" (group 1 the form's figures).
FORM_ROW = re.compile(r"^Form N([0-9]{2,3})[A-Z]?  [^\n]+$", re.M)
FORM = re.compile(r"\bForm N[0-9]{2,3}[A-Z]?\b")
SEE_ANY_PARAGRAPH = re.compile(r"\(see paragraph [1-9]\.[0-9]{1,2}A?\)")

# -- names ---------------------------------------------------------------------------------------

#: Parties and witnesses who are named on the pages, by surname; twins one letter apart
#: ("Hallum", "Pryse") are other people.
PARTIES = ("Hallam", "Rahman", "Okafor")
WITNESSES = ("Pryce", "Dunmore")
#: A person's name as a page gives it: a title, a first name or an initial, the surname, or
#: "Hallam, Daniel" as a register sorts it ("{}" is the surname); a name wrapped over two lines
#: is still one name.
NAME_FORMS = (
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)[ \n])?(?:(?:Daniel|Peter|Aisha|Joan|Rose|Alan)"
    r"[ \n]|[A-Z]\.[ \n])?{}(?:, (?:Daniel|Peter|Aisha|Joan|Rose|Alan))?\b"
)

# -- a copy editor's respellings ----------------------------------------------------------------

#: "His Honour Judge" and "HHJ"; "v" and "v." between two parties.
JUDGE_TITLE = re.compile(r"\bHis Honour Judge\b|\bHHJ\b")
VERSUS = re.compile(r"(?<= )v\.?(?= [A-Z])")
#: A day's name before its date, short or long: "Tue 14 April", "Tuesday 7 April".
DAY_BEFORE_DATE = re.compile(r"\b(?:" + "|".join((*DAY_NAMES, *WEEKDAYS)) + r")(?= [0-9])")


def judge_title_respelt(words: str) -> str:
    """ "His Honour Judge" as "HHJ" and back."""
    return "HHJ" if words == "His Honour Judge" else "His Honour Judge"


def versus_respelt(words: str) -> str:
    """ "v" as "v." and back."""
    return "v." if words == "v" else "v"


# -- Santali in Ol Chiki -------------------------------------------------------------------------

OL_CHIKI_DIGITS = "᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙"
#: Santali lines (Western digits; some are written with Ol Chiki ones), with the mu-tudag
#: (U+1C78) and the gaahlaa tudag (U+1C79) where Santali writes them, and their English.
SANTALI_LINES = (
    ("ᱡᱤᱞᱟ ᱟᱫᱟᱞᱚᱛ ᱥᱮᱛᱟᱜ 10 ᱴᱟᱲᱟᱝ ᱨᱮ ᱠᱷᱩᱞᱟᱹ ᱦᱩᱭᱩᱜ-ᱟ ᱾", "The district court opens at 10 am."),
    ("ᱢᱚᱠᱚᱫᱚᱢᱟ ᱞᱤᱥᱴᱤ 2 ᱢᱟᱦᱟᱸ ᱞᱟᱦᱟ ᱨᱮ ᱵᱚᱨᱰ ᱨᱮ ᱞᱟᱜᱟᱣᱚᱜ-ᱟ ᱾", "The cause list goes up 2 days ahead."),
    ("ᱠᱚᱨᱴ 3 ᱨᱮ ᱡᱚᱡ ᱢᱟᱨᱥ ᱫᱚ ᱵᱟᱝ ᱛᱟᱦᱮᱸᱱᱟ ᱾", "Judge Marsh will not sit in Court 3."),
    ("ᱠᱚᱨᱴ 13 ᱨᱮ ᱡᱚᱡ ᱢᱟᱨᱥ ᱫᱚ ᱵᱟᱝ ᱛᱟᱦᱮᱸᱱᱟ ᱾", "Judge Marsh will not sit in Court 13."),
    ("ᱡᱟᱢᱤᱱ ᱫᱚᱨᱠᱟᱥᱛ 5 ᱢᱟᱦᱟᱸ ᱵᱷᱤᱛᱤᱨ ᱮᱢ ᱢᱮ ᱾", "Give bail applications within 5 days."),
    ("ᱟᱨᱦᱚᱸ ᱵᱟᱰᱟᱭ ᱞᱟᱹᱜᱤᱫ 06542 222145 ᱨᱮ ᱯᱷᱚᱱ ᱢᱮ ᱾", "For more, call 06542 222145."),
)
SANTALI_THANKS = "ᱥᱟᱨᱦᱟᱣ ᱾"
OL_CHIKI_LETTER = "\u1c5a-\u1c7d"
#: A Santali run: letters, modifier letters, digits of either kind, hyphens and spaces inside,
#: up to its mucaad.
OL_CHIKI_RUN = re.compile(
    f"[{OL_CHIKI_LETTER}][{OL_CHIKI_LETTER}\u1c50-\u1c59 0-9-]*[᱾\u1c5a-\u1c7d]"
)
#: A Santali word (letters and modifier letters, a hyphen inside).
OL_CHIKI_WORD = re.compile(f"[{OL_CHIKI_LETTER}]+(?:-[{OL_CHIKI_LETTER}]+)?")

# -- Manipuri in Meetei Mayek --------------------------------------------------------------------

MEETEI_DIGITS = "꯰꯱꯲꯳꯴꯵꯶꯷꯸꯹"
APUN_IYEK = "\uabed"
#: The final (lonsum) letters and the full letters they stand for.
LONSUM = dict(zip("ꯛꯜꯝꯞꯟꯠꯡꯢ", "ꯀꯂꯃꯄꯅꯇꯉꯏ", strict=True))
#: Manipuri lines (Western digits; some are written with Meetei Mayek ones), final consonants
#: written with the lonsum letters, a cluster with the apun iyek, phrases after a comma, and
#: their English.
MANIPURI_LINES = (
    ("ꯍꯥꯏꯀꯣꯔꯠ ꯕꯦꯟꯆ ꯑꯁꯤ, ꯅꯨꯃꯤꯠ ꯈꯨꯗꯤꯡꯒꯤ 10 ꯗꯥ ꯍꯧꯒꯅꯤ꯫", "The bench sits every day at 10."),
    ("ꯀꯦꯁ ꯂꯤꯁ꯭ꯠ ꯑꯁꯤ, ꯅꯨꯃꯤꯠ 2 ꯃꯃꯥꯡꯗꯥ ꯊꯥꯗꯣꯛꯀꯅꯤ꯫", "The cause list is issued 2 days ahead."),
    ("ꯀꯣꯔꯠ 3 ꯗꯥ, ꯖꯖ ꯃꯥꯔꯁ ꯂꯩꯔꯣꯏ꯫", "Judge Marsh will not sit in Court 3."),
    ("ꯀꯣꯔꯠ 13 ꯗꯥ, ꯖꯖ ꯃꯥꯔꯁ ꯂꯩꯔꯣꯏ꯫", "Judge Marsh will not sit in Court 13."),
    ("ꯖꯃꯤꯟ ꯍꯥꯏꯖꯕꯥ, ꯅꯨꯃꯤꯠ 5 ꯒꯤ ꯃꯅꯨꯡꯗꯥ ꯄꯤꯒꯗꯕꯅꯤ꯫", "Give bail applications within 5 days."),
    ("ꯍꯦꯟꯅꯥ ꯈꯪꯅꯕꯥ, 0385 2450137 ꯗꯥ ꯐꯣꯟ ꯇꯧꯕꯤꯌꯨ꯫", "For more, call 0385 2450137."),
)
MANIPURI_THANKS = "ꯊꯥꯒꯠꯆꯔꯤ꯫"
MEETEI_LETTER = "\uabc0-\uabed"
#: A Manipuri run: letters, signs, digits of either kind, joiners, commas and spaces inside.
MEETEI_RUN = re.compile(
    f"[{MEETEI_LETTER}][{MEETEI_LETTER}\uabf0-\uabf9{ZWJ} 0-9,]*[{MEETEI_LETTER}\uabf0-\uabf90-9꯫]"
)
#: A Manipuri word (letters, signs and a joiner).
MEETEI_WORD = re.compile(f"[{MEETEI_LETTER}][{MEETEI_LETTER}{ZWJ}]*")
#: A Manipuri phrase: up to a comma or the run's end.
MEETEI_PHRASE = re.compile(
    f"[{MEETEI_LETTER}][{MEETEI_LETTER}{ZWJ}\uabf0-\uabf9 0-9]*[{MEETEI_LETTER}\uabf0-\uabf90-9]"
)
#: The spaces after a comma between two Manipuri phrases.
MEETEI_JOINT = re.compile("(?<=,) *")
ANY_MEETEI_LONSUM = re.compile("[" + "".join(LONSUM) + "]|[" + "".join(LONSUM.values()) + "]\uabed")

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Published by the court’s listing office{NBSP}⚖ for the parties’ use. "
    f"KB-2026-001452  Hallam v Northgate Logistics Ltd  Application. {LISTED}. {NOT_BEFORE}. "
    f"Before His Honour Judge Marsh at 10:00 am on Tue 14 April. "
    f"[12] The appelant relies on [2024] EWCA Civ 1123 {SEE_ABOVE}. "
    f"Smith, John  (42)  Theft from a shop  {GUILTY}  Fined £120  Costs £1,250. {ADJOURNED}. "
    f"Claimant: Ms A. Rahman  Case No: 6001452/2025. {WELL_FOUNDED} "
    f"Mr Peter Dunmore, 67. {ACCIDENT}. "
    f"3.2A  {OMITTED} {SEE_PARAGRAPH}. Form N244  Application notice. "
    f"‘Hallum’ 👩{ZWJ}⚖ ᱠᱚᱨᱴ ᱓ ᱨᱮ ᱡᱚᱡ ᱢᱟᱨᱥ ᱫᱚ ᱵᱟᱝ ᱛᱟᱦᱮᱸᱱᱟ ᱾ "
    f"{MANIPURI_LINES[2][0]}"
)
