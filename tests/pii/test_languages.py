"""Names outside English, and words the English NER model takes for names: what must survive, what must not."""

from __future__ import annotations

import pytest

from copilot.pii import redact, warm_up
from copilot.pii.languages import detect


@pytest.fixture(scope="module", autouse=True)
def _analyzer_built():
    warm_up()


def persons(text: str) -> list[str]:
    return [e.value for e in redact(text).entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Je crois avoir oublié mon sac lors de ma course ce matin", "fr"),
        ("Frais de nettoyage", "fr"),
        ("Hola, me llamo Lucía y perdí mi cartera.", "es"),
        ("Können Sie den Fahrer kontaktieren?", "de"),
        ("Danke", "de"),
        ("Olá, sou o João Silva", "pt"),
        ("the driver was grumpy", "en"),
        ("My driver was Juan de la Cruz and he was late.", "en"),
        ("Settings", "en"),
    ],
)
def test_the_language_is_told_by_its_function_words(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "Je crois avoir oublié mon sac lors de ma course ce matin",
        "Bonjour, je crois avoir oublié mon sac lors de ma course ce matin. Pouvez-vous contacter le chauffeur ?",
        "Frais de nettoyage",
        "Hallo",
        "Hallo, ich habe eine Frage.",
        "Können Sie mir helfen? Danke",
        "Können Sie den Fahrer kontaktieren?",
        "Fahrer kontaktieren",
        "Danke",
        "Danke!",
        "Vielen Dank",
        "Sehr geehrte Damen und Herren, ich habe meine Tasche im Auto vergessen.",
        "Hola, me llamo",
        "El conductor fue muy amable pero la tarifa es incorrecta.",
        "Olá, a corrida foi cobrada duas vezes.",
        "the driver was grumpy",
        "The route the driver took",
        "The route the driver took was strange, and the driver was grumpy",
        "Settings",
        "I went to Settings and nothing happened",
        "Gatwick",
        "Pick me up at Gatwick please",
        "Park Lane",
    ],
)
def test_common_words_of_every_language_are_not_taken_for_names(text):
    result = redact(text)
    assert persons(text) == [], result.text
    assert result.text == text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Je m'appelle Camille Martin", ["Camille Martin"]),
        ("Bonjour, je m'appelle Camille Martin et j'ai oublié mon sac.", ["Camille Martin"]),
        ("Bonjour, mon chauffeur s'appelle Karim Benali et il a refusé la course.", ["Karim Benali"]),
        ("J'ai oublié mon sac dans la voiture de Pierre Dubois hier soir.", ["Pierre Dubois"]),
        ("Soy Lucía Fernández", ["Lucía Fernández"]),
        ("Hola, me llamo Lucía Fernández y perdí mi cartera.", ["Lucía Fernández"]),
        ("Mi nombre es ana garcía y quiero un reembolso.", ["ana garcía"]),
        ("Buenos días, el viaje de ayer me costó demasiado. Saludos, María José Pérez", ["María José Pérez"]),
        ("Ich bin Jonas Becker", ["Jonas Becker"]),
        ("Hallo, ich heiße Jonas Becker und habe mein Handy im Auto vergessen.", ["Jonas Becker"]),
        ("Der Fahrer Mehmet Yilmaz hat mich am falschen Ort abgesetzt.", ["Mehmet Yilmaz"]),
        ("Guten Tag, mein Name ist anna schmidt, bitte erstatten Sie die Gebühr.", ["anna schmidt"]),
        ("Ich habe meine Tasche vergessen. Mit freundlichen Grüßen\nKlaus Weber", ["Klaus Weber"]),
        ("Olá, sou o João Silva", ["João Silva"]),
        (
            "Olá, meu nome é João Silva e o motorista Pedro Santos foi muito rude.",
            ["João Silva", "Pedro Santos"],
        ),
        ("Bom dia, a corrida foi cobrada duas vezes. Obrigada, Beatriz Almeida", ["Beatriz Almeida"]),
    ],
)
def test_names_in_french_spanish_german_and_portuguese_are_still_redacted(text, names):
    assert persons(text) == names, redact(text).text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("my driver ahmed was rude to me", ["ahmed"]),
        ("patricia, can i please speak to your boss?", ["patricia"]),
        ("My driver was Lois Lane.", ["Lois Lane"]),
        ("The driver was Gerald Settings.", ["Gerald Settings"]),
    ],
)
def test_english_names_next_to_the_filtered_words_are_still_redacted(text, names):
    assert persons(text) == names, redact(text).text


def test_emails_phones_cards_and_ibans_in_other_languages_are_untouched_by_the_name_filters():
    text = (
        "Bonjour, je m'appelle Camille Martin, mon numéro est +33 6 12 34 56 78, mon e-mail "
        "camille.martin@example.fr, remboursez la carte 4111 1111 1111 1111 ou l'IBAN FR14 2004 1010 0505 "
        "0001 3M02 606 svp."
    )
    result = redact(text)
    assert [e.type for e in result.entities] == ["PERSON", "PHONE", "EMAIL", "CARD", "IBAN"], result.text
