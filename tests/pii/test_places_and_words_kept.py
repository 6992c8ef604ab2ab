"""Issue 20, seventh round: places on either side of "instead of", places after Spanish or French "en",
greetings, imperatives and acronyms the NER read as names, and Italian and Dutch words that are no names."""

from __future__ import annotations

import pytest

from copilot.pii import redact, warm_up
from copilot.pii.languages import is_common_anywhere
from copilot.pii.patterns import names_a_place, one_word_no_name


@pytest.fixture(scope="module", autouse=True)
def _analyzer_built():
    warm_up()


def place(text: str, phrase: str) -> bool:
    start = text.index(phrase)
    return names_a_place(text, start, start + len(phrase))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The driver went to Shimokitazawa instead of Hotel Rose 12, 4-1 Kita. Trip 1a2b3c4d.",
            "Shimokitazawa",
        ),
        ("El conductor fue a Cuatro Caminos y no a Calle Mayor 12, Madrid.", "Cuatro Caminos"),
        ("He drove via Kowloon Tong instead of Tsim Sha Tsui, fare HK$120.", "Tsim Sha Tsui"),
        ("Le chauffeur est allé à Porte Maillot au lieu de Rue de Rivoli 8.", "Porte Maillot"),
        ("El conductor me dejó en Cuatro Caminos, no en mi casa.", "Cuatro Caminos"),
        ("He said he'd leave me on Hyde Park if I didn't pay cash.", "Hyde Park"),
    ],
)
def test_a_place_where_the_rider_was_taken_is_no_name(text, phrase):
    assert place(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I paid Maria Lopez instead of John Smith, please fix it.", "John Smith"),
        ("Please send the receipt to Ana Ruiz instead of Pedro Gil.", "Ana Ruiz"),
        ("The driver gave my bag to Ana Ruiz rather than Pedro Gil.", "Pedro Gil"),
    ],
)
def test_people_on_either_side_of_instead_of_stay_people(text, phrase):
    # (and "on Jisoo Park's account": a listed first name before Park is a person)
    assert not place(text, phrase)
    assert phrase not in redact(text).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Buongiorno, l'autista ha sbagliato strada.", "Buongiorno"),
        ("Dag, er werd te veel afgerekend.", "Dag"),
        ("Mark the trip 1a2b3c4d as disputed please.", "Mark"),
        ("Bill me only once please!", "Bill"),
        ("He said he'd leave me on EDSA if I didn't pay.", "EDSA"),
        ("Could you please block my credit card ASAP ?", "ASAP"),
    ],
)
def test_a_greeting_an_imperative_or_an_acronym_is_no_name(text, word):
    start = text.index(word)
    assert one_word_no_name(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Name: ANA", "ANA"),
        ("Name: OKAFOR", "OKAFOR"),
        ("Av. Corrientes 3327, CABA", "CABA"),
        ("12 High Street, LEEDS\nLS1 4AB", "LEEDS"),
        ("Maria the trip was fine but the fee was not.", "Maria"),
        ("Yesterday Mark said the fee was wrong.", "Mark"),
    ],
)
def test_a_name_in_capitals_after_its_label_or_a_listed_name_opening_a_sentence_stays_a_name(text, word):
    start = text.index(word)
    assert not one_word_no_name(text, start, start + len(word))


@pytest.mark.parametrize(
    "word", ["nella", "nessun", "autista", "numero", "corsa", "terugbetaling", "kenteken"]
)
def test_italian_and_dutch_words_are_common_words(word):
    assert is_common_anywhere(word)


@pytest.mark.parametrize("word", ["van", "della", "di", "den", "de"])
def test_the_particles_of_names_are_not_common_words_of_italian_or_dutch(word):
    from copilot.pii.languages import OTHER_COMMON

    assert word not in OTHER_COMMON
