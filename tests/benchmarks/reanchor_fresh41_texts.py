"""Forty-first-round fresh re-anchoring texts (no test here): a restaurant menu by course, an
allergen matrix, standard recipe cards, a supplier order sheet and a food-safety temperature
log, each a full page as a kitchen publishes it, with lines that recur word for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh41_kit import (
    CASE,
    FREEZER_OK,
    FRIDGE_OK,
    MATRIX_HEAD,
    OUT_OF_STOCK,
    REST,
    SEASON,
    SERVED_WITH,
    STOCK,
    allergen_codes,
    matrix_row,
)
from tests.benchmarks.reanchor_fresh41_more_texts import (
    WEEK,
    canteen_week,
    kayah_li_notice,
    staff_rota,
    tai_viet_notice,
)

# -- the menu -------------------------------------------------------------------------------------

Dish = tuple[str, tuple[int, ...], str]
#: Dishes by course with their allergen codes and prices: twins one word apart ("lemon butter"
#: and "caper butter"), prices one figure apart ("£14.50" and "£14.95").
COURSES: dict[str, tuple[Dish, ...]] = {
    "Starters": (
        ("Soup of the day, sourdough", (1, 2, 7), "£6.50"),
        ("Soup of the day, soda bread", (1, 2, 7), "£6.95"),
        ("Potted shrimps, toast", (2, 3, 7), "£9.50"),
        ("Chicken liver pâté, toast", (2, 4, 7, 14), "£8.50"),
        ("Burrata, heritage tomatoes", (7,), "£9.95"),
        ("Salt and pepper squid", (2, 4, 8), "£8.95"),
    ),
    "Fish": (
        ("Grilled mackerel, lemon butter", (4, 5, 7), "£14.50"),
        ("Grilled mackerel, caper butter", (4, 5, 7), "£14.95"),
        ("Beer-battered haddock and chips", (2, 4, 5, 14), "£16.50"),
        ("Fish pie, cheddar mash", (5, 7, 8), "£15.50"),
        ("Pan-fried hake, mussel broth", (1, 5, 7, 8), "£18.50"),
    ),
    "From the grill": (
        ("Sirloin steak, peppercorn sauce", (7, 14), "£26.50"),
        ("Sirloin steak, béarnaise sauce", (4, 7, 14), "£26.95"),
        ("Lamb chops, mint salsa verde", (9, 14), "£22.50"),
        ("Half chicken, garlic butter", (7,), "£17.50"),
        ("Halloumi and vegetable skewers", (7, 9), "£14.50"),
    ),
    "Vegetarian": (
        ("Mushroom risotto, parmesan", (1, 7, 14), "£14.50"),
        ("Mushroom risotto, truffle", (1, 7, 14), "£15.50"),
        ("Butternut squash and sage gnocchi", (2, 4, 7), "£13.95"),
        ("Chickpea and spinach curry", (1, 9), "£12.50"),
        ("Cauliflower steak, tahini dressing", (12,), "£12.95"),
    ),
    "Sides": (
        ("Hand-cut chips", (2,), "£4.50"),
        ("Seasonal greens, butter", (7,), "£4.50"),
        ("Seasonal greens, olive oil", (14,), "£4.95"),
        ("House salad, mustard dressing", (9, 14), "£4.50"),
        ("Onion rings", (2, 7), "£4.95"),
    ),
    "Desserts": (
        ("Sticky toffee pudding, vanilla ice cream", (2, 4, 7), "£7.50"),
        ("Sticky toffee pudding, clotted cream", (2, 4, 7), "£7.95"),
        ("Lemon tart, crème fraîche", (2, 4, 7), "£7.50"),
        ("Chocolate brownie, salted caramel", (2, 4, 7, 10, 13), "£7.50"),
        ("Cheese board, oatcakes", (1, 2, 7, 14), "£10.50"),
    ),
}
SERVED_LINES = (
    SERVED_WITH,
    SERVED_WITH,
    SERVED_WITH,
    "Served with hand-cut chips",
    "Served with buttered new potatoes",
)
#: What the menu says under a dish, by course.
DESCRIPTIONS = {
    "Starters": ("Made in the kitchen every morning", "With pickled shallots and leaves"),
    "Fish": ("Landed at Newlyn this morning", "Cooked on the plancha, skin side down"),
    "From the grill": ("Aged for 28 days on the bone", "Cooked over charcoal to your liking"),
    "Vegetarian": ("With toasted seeds and herb oil", "Made with our own vegetable stock"),
    "Sides": ("For the table to share", "Cooked to order"),
    "Desserts": ("Made by our pastry section", "With a glass of dessert wine, add £4.50"),
}
NOTES = (
    "Ask your server about today’s specials",
    "Can be made gluten free",
    "Vegan on request",
    "Contains nuts — ask before ordering",
    "Allow 20 minutes",
)


def dish_line(dish: Dish) -> str:
    """A dish's line on the menu: "Grilled mackerel, lemon butter (4, 5, 7)  £14.50"."""
    name, codes, price = dish
    return f"{allergen_codes(name, codes)}  {price}"


def _dish_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    dishes = COURSES[section]
    if index >= len(dishes):
        return []
    lines = [dish_line(dishes[index]), rng.choice(DESCRIPTIONS[section])]
    if section == "Desserts":
        lines.append(rng.choice(("Served with clotted cream", "Served with vanilla ice cream")))
    elif section != "Sides" or rng.random() < 0.3:
        lines.append(rng.choice(SERVED_LINES))
    if rng.random() < 0.45 or len(lines) == 1:
        lines.append(rng.choice(NOTES))
    return lines


def restaurant_menu(rng: random.Random) -> str:
    """A restaurant's menu by course: one item a dish ("Grilled mackerel, lemon butter (4, 5,
    7)  £14.50"), allergen codes in brackets recurring on many dishes, prices one figure apart,
    "Served with seasonal greens" under many dishes, twins one word apart."""
    platform = Platform(
        title="The Harbour Kitchen — dinner menu, spring 2026",
        subtitle=f"Served Tuesday to Saturday, 17:30 to 21:30{NBSP}🍽",
        lead=wrap(
            rng,
            (
                "Numbers in brackets are the fourteen allergens as the key at the foot of the "
                "menu lists them. Please tell your server about any allergy before you order; "
                "our kitchen handles all fourteen, so we cannot promise a dish is free of traces."
            ),
            72,
        ),
        sections=tuple(COURSES),
        notes=("Prices include VAT.", "A service charge of 12.5% is added to tables of six."),
        item=_dish_item,
        footer=("The allergen matrix is kept at the bar.", STOCK),
        least_sections=6,
        least_items=4,
    )
    return export(rng, platform)


# -- the allergen matrix --------------------------------------------------------------------------


#: The menus the matrix covers: a dish stands on several of them.
MENUS = (
    "Lunch menu",
    "Dinner menu",
    "Sunday lunch",
    "Bar menu",
    "Early evening set menu",
    "Private dining",
)


def _matrix_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(COURSES):
        return []
    dishes = list(COURSES.values())[index]
    chosen = sorted(rng.sample(range(len(dishes)), rng.randint(3, min(5, len(dishes)))))
    rows = (matrix_row(dishes[i][0], dishes[i][1]) for i in chosen)  # in the menu's order
    return [MATRIX_HEAD, *rows]


def allergen_matrix(rng: random.Random) -> str:
    """The allergen matrix by menu, a group of rows a course: one line a dish, the fourteen
    allergens as ticks or dashes under the same head line ("Dish  Ce Gl Cr …"), dishes whose
    names differ by one word ("Grilled mackerel, lemon butter" and "Grilled mackerel, caper
    butter"), the same rows on several menus."""
    platform = Platform(
        title="Allergen matrix — The Harbour Kitchen, dinner menu",
        subtitle=f"Checked by the head chef at every menu change{NBSP}⚠",
        lead=wrap(
            rng,
            (
                "A tick means the dish contains the allergen as made; a dash means it does not. "
                "Columns follow the fourteen allergens in law: celery, gluten, crustaceans, "
                "eggs, fish, lupin, milk, molluscs, mustard, nuts, peanuts, sesame, soya and "
                "sulphites."
            ),
            72,
        ),
        sections=MENUS,
        notes=("Ticks as made today.", "Ask the kitchen before any change."),
        item=_matrix_item,
        footer=("Reprint the matrix whenever a supplier changes.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- the recipe cards -----------------------------------------------------------------------------

#: Each recipe's ingredients (weights one figure apart, "250 g" and "25 g"; fractions typed)
#: and its method.
RECIPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Fish pie, serves 10": (
        ("250 g smoked haddock", "250 g salmon", "25 g butter", "25 g plain flour",
         "1/2 tsp white pepper", "1 1/2 kg potatoes"),
        ("Poach the fish in 500 ml milk", "Melt 25 g butter in a pan", "Stir in 25 g flour",
         "Add the milk a little at a time", "Fold in the fish", "Top with the mash and bake"),
    ),
    "Chicken and leek pie, serves 10": (
        ("1 kg chicken thighs", "250 g leeks", "25 g butter", "500 ml chicken stock",
         "1/4 tsp nutmeg", "500 g puff pastry"),
        ("Brown the chicken in batches", "Soften the leeks in 25 g butter",
         "Add 500 ml stock and simmer", "Cool the filling", "Cover with the pastry",
         "Bake until golden"),
    ),
    "Tomato soup, serves 20": (
        ("2 kg tomatoes", "250 g onions", "25 g garlic", "2 l vegetable stock", "1/2 tsp sugar",
         "250 ml cream"),
        ("Sweat the onions and garlic", "Add the tomatoes and 2 l stock", "Simmer gently",
         "Blend until smooth", "Stir in 250 ml cream", "Check the consistency"),
    ),
    "Braised beef, serves 10": (
        ("2 kg beef shin", "500 g carrots", "500 ml red wine", "1 l beef stock",
         "25 g tomato purée", "3/4 tsp thyme"),
        ("Brown the beef in batches", "Add the carrots and 25 g purée", "Add 500 ml wine",
         "Add 1 l stock and cover", "Braise until tender", "Reduce the sauce"),
    ),
    "Lemon tart, serves 12": (
        ("250 g plain flour", "125 g butter", "25 g icing sugar", "6 eggs", "250 ml double cream",
         "1 1/2 lemons, zest and juice"),
        ("Rub 125 g butter into the flour", "Chill the pastry", "Blind bake the case",
         "Whisk the eggs and cream", "Pour in the filling", "Bake until just set"),
    ),
    "Bread and butter pudding, serves 12": (
        ("12 slices white bread", "50 g butter", "500 ml milk", "250 ml cream", "4 eggs",
         "1/2 tsp cinnamon"),
        ("Butter the bread with 50 g butter", "Layer the bread in the dish",
         "Warm 500 ml milk and the cream", "Whisk in the eggs", "Pour over the bread",
         "Bake in a bain-marie"),
    ),
}  # fmt: skip
#: The lines under steps: the recurring seasoning and resting, their twins, the cooking.
STEP_LINES = (
    SEASON,
    SEASON,
    REST,
    REST,
    "Rest for 15 minutes",
    "Cook for 25 minutes at 180 °C",
    "Cook for 20 minutes at 180 °C",
    "Stir every 5 minutes",
    "Keep hot above 63 °C",
    "Cool to below 8 °C within 90 minutes",
    "Label with the date and your initials",
)


def _recipe_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    ingredients, method = RECIPES[section]
    if index == 0:
        return ["Ingredients", *ingredients]
    if index > len(method):
        return []
    under = dict.fromkeys(rng.sample(STEP_LINES, rng.randint(1, 3)))  # a line once a step
    return [f"Step {index}. {method[index - 1]}", *under]


def recipe_cards(rng: random.Random) -> str:
    """Standard recipe cards, one a section: ingredients with weights one figure apart ("250
    g", "25 g") and typed fractions ("1/2 tsp"), then numbered method steps ("Step 2. Melt 25
    g butter in a pan") with "Season to taste" and "Rest for 10 minutes" word for word."""
    platform = Platform(
        title="Standard recipe cards — Harbour Catering, main kitchen",
        subtitle=f"Costed and signed off by the executive chef{NBSP}📋",
        lead=wrap(
            rng,
            (
                "Follow the card as written so every site serves the same dish. Weights are "
                "for the yield on the card; scale them on the costing sheet, never by eye, and "
                "write any change on the card’s back for the executive chef to approve."
            ),
            72,
        ),
        sections=tuple(RECIPES),
        notes=("Weights are prepared weights.", "Oven temperatures are for fan ovens."),
        item=_recipe_item,
        footer=("Allergens for every card are in the matrix.", STOCK),
        least_sections=6,
        least_items=6,
    )
    return export(rng, platform)


# -- the supplier order sheet ---------------------------------------------------------------------

#: Products by supplier with their codes (one figure or one letter apart, "FV-1021",
#: "FV-1027", "FR-1021") and packs.
SUPPLIERS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "Greenleaf Produce": (
        ("FV-1021", "Lemons, unwaxed", CASE),
        ("FV-1027", "Limes", CASE),
        ("FR-1021", "Lemons, juicing", "Box of 80"),
        ("FV-2210", "Leeks", "5 kg sack"),
        ("FV-2216", "Onions, brown", "25 kg sack"),
        ("FV-3104", "Tomatoes, plum", "6 kg tray"),
    ),
    "Harbour Fish Co": (
        ("HF-4410", "Mackerel fillets", "Per kg"),
        ("HF-4416", "Hake fillets", "Per kg"),
        ("HF-4470", "Smoked haddock", "Per kg"),
        ("HF-5101", "Mussels, rope grown", "5 kg bag"),
        ("HF-5107", "Squid tubes", CASE),
    ),
    "Dales Dairy": (
        ("DD-0312", "Double cream", "2 l tub"),
        ("DD-0318", "Single cream", "2 l tub"),
        ("DD-0420", "Butter, unsalted", CASE),
        ("DD-0426", "Butter, salted", CASE),
        ("DB-0420", "Eggs, free range", "Tray of 30"),
    ),
    "Northern Dry Goods": (
        ("ND-7001", "Plain flour", "16 kg sack"),
        ("ND-7007", "Icing sugar", "3 kg bag"),
        ("ND-7101", "Arborio rice", CASE),
        ("ND-7107", "Chickpeas, tinned", CASE),
        ("ND-7210", "Rapeseed oil", "20 l drum"),
    ),
    "Meadow Meats": (
        ("MM-8810", "Chicken thighs", "5 kg bag"),
        ("MM-8816", "Beef shin", "Per kg"),
        ("MM-8870", "Sirloin, dry aged", "Per kg"),
        ("MM-8876", "Lamb chops", CASE),
    ),
}
DELIVERIES = (
    "Delivery Monday 16 March, order by Saturday 12:00",
    "Delivery Tuesday 17 March, order by Monday 14:00",
    "Delivery Wednesday 18 March, order by Tuesday 14:00",
    "Delivery Thursday 19 March, order by Wednesday 14:00",
    "Delivery Saturday 21 March, order by Friday 12:00",
)


def _order_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= len(DELIVERIES):
        return []
    lines = [DELIVERIES[index]]
    for code, name, pack in rng.sample(SUPPLIERS[section], rng.randint(3, 4)):
        price = f"£{rng.randint(4, 38)}.{rng.choice(('50', '95', '45', '00'))}"  # a pack
        lines += [f"{code}  {name}  × {rng.randint(1, 6)}  {price}", pack]
        if rng.random() < 0.25:
            lines.append(OUT_OF_STOCK)
    return lines


def order_sheet(rng: random.Random) -> str:
    """A supplier order sheet by supplier: one line a product ("FV-1021  Lemons, unwaxed  ×
    2  £14.50") with its pack under it ("Case of 12" repeated), codes one figure or one letter
    apart, "Out of stock — substitute" under some lines."""
    platform = Platform(
        title="Supplier order sheet — Harbour Catering, week 12",
        subtitle=f"Kept by the kitchen manager, sent by e-mail each morning{NBSP}📦",
        lead=wrap(
            rng,
            (
                "Order by the product code, never by name alone: two suppliers use codes one "
                "figure apart. Where a line is marked out of stock the supplier sends the "
                "nearest product; check it against the order at delivery and note any change."
            ),
            72,
        ),
        sections=tuple(SUPPLIERS),
        notes=("Quantities are packs.", "Prices as agreed for the quarter."),
        item=_order_item,
        footer=("Credit notes go to the accounts office.", STOCK),
        least_sections=5,
        least_items=4,
    )
    return export(rng, platform)


# -- the temperature log --------------------------------------------------------------------------

CHECKS = (
    "Opening check 07:30",
    "Delivery check 10:15",
    "Midday check 12:30",
    "Afternoon check 16:00",
    "Closing check 22:00",
)
#: Readings by unit: the recurring ones first, then their neighbours.
READINGS = (
    FRIDGE_OK,
    FRIDGE_OK,
    FREEZER_OK,
    FREEZER_OK,
    "Fridge 1  4 °C  OK",
    "Fridge 3  5 °C  OK",
    "Freezer 2  −19 °C  OK",
    "Chiller 1  2 °C  OK",
    "Hot hold 1  68 °C  OK",
    "Fridge 3  9 °C  ACTION",
)
INITIALS = ("JM", "JN", "AK", "AR", "SB")
TOO_WARM = "Stock moved to Fridge 2, rechecked in 30 minutes"


def _log_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= len(CHECKS):
        return []
    lines = [CHECKS[index]]
    readings = list(dict.fromkeys(rng.sample(READINGS, rng.randint(4, 7))))
    for reading in readings:
        lines.append(reading)
        if reading.endswith("ACTION"):
            lines.append(TOO_WARM)
    lines.append(f"Checked by: {rng.choice(INITIALS)}")
    return lines


def temperature_log(rng: random.Random) -> str:
    """The food-safety temperature log by day: one line a check ("Fridge 2  3 °C  OK",
    "Freezer 1  −18 °C  OK" recurring), the units in the order they were walked, who checked
    with initials one letter apart ("JM", "JN")."""
    platform = Platform(
        title="Food safety temperature log — main kitchen, week 12",
        subtitle=f"Safer food, better business: fridges below 5 °C, freezers below −18 °C{NBSP}🌡",
        lead=wrap(
            rng,
            (
                "Check every unit at each check and write the reading as the display shows it. "
                "A fridge above 8 °C is an action: move the stock, recheck in thirty minutes "
                "and tell the head chef. Sign with your initials, never a tick."
            ),
            72,
        ),
        sections=WEEK,
        notes=("Readings are in °C.",),
        item=_log_item,
        footer=("Keep the log for three months.", STOCK),
        least_sections=5,
        least_items=4,
        same_note=True,
    )
    return export(rng, platform)


KINDS = (
    restaurant_menu,
    allergen_matrix,
    recipe_cards,
    order_sheet,
    temperature_log,
    staff_rota,
    canteen_week,
    tai_viet_notice,
    kayah_li_notice,
)
