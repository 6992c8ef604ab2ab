"""What the redactor must leave alone though it reads like a name or an address (copilot/pii/kept.py),
and the names and addresses beside it that it must still redact."""

from __future__ import annotations

import time

import pytest

from copilot.pii import kept, patterns, redact, warm_up


@pytest.fixture(scope="module", autouse=True)
def _analyzer_built():
    warm_up()


def values(text: str, kind: str | None = None) -> list[str]:
    return [e.value for e in redact(text).entities if kind is None or e.type == kind]


def untouched(text: str, *fragments: str) -> None:
    for entity in redact(text).entities:
        for fragment in fragments:
            at = text.index(fragment)
            assert not (entity.start < at + len(fragment) and at < entity.end), (
                f"{fragment!r} touched by {entity.type} {entity.value!r}"
            )


def test_form_labels_in_any_language_stay_and_the_names_after_them_go():
    text = (
        "Nombre: Thiago García\nTeléfono: +56226069999\nCorreo: garcia.thiago@example.com\n"
        "Destino: Humberto Delgado"
    )
    untouched(text, "Nombre", "Correo", "Destino")
    assert "Thiago García" in values(text, "PERSON")
    # An airport named after a person, with no place's word, reads as the person it could be ("Destino: Maria
    # Lopez"): redacted, since a name left in the clear costs more than a place hidden.
    assert "Humberto Delgado" in values(text, "PERSON")


def test_compound_and_two_word_labels_stay():
    text = (
        "Naam: Jannik Stone\nTelefoon: 010 433 8899\nOphaaladres: Witte de Withstraat 104, 3012 BN Rotterdam"
    )
    untouched(text, "Naam", "Ophaaladres")
    assert "Jannik Stone" in values(text, "PERSON")
    text = "Ad: Emre Yılmaz\nE-posta: emre@example.com\nAçıklama: şoför beni yanlış yere bıraktı"
    untouched(text, "E-posta", "Açıklama")


def test_a_speaker_in_a_pasted_chat_is_still_a_name():
    assert kept.is_label("Maria Lopez: which door?", 0, 11) is False


def test_mail_header_words_stay():
    text = "Van: Sanne Bakker <sanne.bakker@ziggo.nl>\nOnderwerp: terugbetaling"
    untouched(text, "Van:", "Onderwerp")
    assert "Sanne Bakker" in values(text, "PERSON")


def test_phone_labels_before_their_number_stay():
    untouched("Regards, Jose\nMob +639097252479", "Mob")
    untouched("Vivo en Av. Santa Fe 3120. Cel 011 15-8341-9416.", "Cel")


@pytest.mark.parametrize(
    "text, greeting, name",
    [
        ("Hallo, ik ben Matthias Hoffmann. Rit 368b3896 was te duur.", "Hallo", "Matthias Hoffmann"),
        ("Buongiorno, sono Matthias Becker. La corsa è costata troppo.", "Buongiorno", "Matthias Becker"),
        ("Merhaba, ben Lincoln Robinson. Yolculuk çok pahalıydı.", "Merhaba", "Lincoln Robinson"),
        ("Salam, je suis Youssef El Amrani. Le chauffeur était en retard.", "Salam", "Youssef El Amrani"),
    ],
)
def test_greetings_of_many_languages_stay_and_the_name_goes(text, greeting, name):
    untouched(text, greeting)
    assert any(name in v for v in values(text, "PERSON"))


def test_function_words_of_hindi_and_italian_are_no_names():
    untouched(
        "trip 982ff083 mein ₹419 kaat liye, mera number +91 81602 37443 hai.", "kaat liye", "mera number"
    )
    untouched("La corsa è costata CHF 28,09. Il mio numero è 078 114 06 85.", "mio numero")


def test_a_job_title_and_a_company_on_a_signature_are_no_names():
    text = "Regards\n\nsiti reyes\nRegional Sales Director\nResponsable des achats — Lumen Studio SRL"
    untouched(text, "Regional Sales Director", "Lumen Studio SRL")


@pytest.mark.parametrize(
    "text, place",
    [
        ("My aunt used my account to go to Jomo Kenyatta and paid twice.", "Jomo Kenyatta"),
        ("A huge detour on trip 454bdc83 from O. R. Tambo and I was charged R121.85.", "O. R. Tambo"),
        ("Kofi took me from Kotoka to House No. 12, Oxford Street, Osu.", "Kotoka"),
        ("Fui al Aeroparque Jorge Newbery el 5 de mayo.", "Aeroparque Jorge Newbery"),
        ("Destination : Mohammed V airport", "Mohammed V airport"),
        ("He dropped us at Piccadilly Gardens late.", "Piccadilly Gardens"),
        ("şoför Taksim Meydanı'nda bıraktı", "Taksim Meydanı"),
        ("Drop-off: KL Sentral\nDescription: driver never showed", "KL Sentral"),
        ("He went via KL Sentral instead of O. R. Tambo. Fare RM82.32.", "O. R. Tambo"),
    ],
)
def test_places_named_after_people_stay(text, place):
    untouched(text, place)


@pytest.mark.parametrize(
    "text, country",
    [
        ("We flew back from Slovenia and the fare doubled.", "Slovenia"),
        ("Je suis originaire de Tunisie, mais le trajet était à Lyon. Who is coming to Estonia?", "Estonia"),
        ("I moved here from Uruguay last year", "Uruguay"),
    ],
)
def test_a_country_alone_is_no_name(text, country):
    untouched(text, country)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Thanks for nothing.\nGeorgia", "Georgia"),
        ("My driver Kenya was lovely, please thank her.", "Kenya"),
        ("Jordan picked me up late.", "Jordan"),
        ("Regards,\nIndia", "India"),
    ],
)
def test_a_country_that_is_also_a_given_name_stays_a_name(text, name):
    assert name in values(text, "PERSON")


def test_a_name_run_on_into_a_place_keeps_only_the_name():
    text = "selam, kızım Elif İstanbul Havalimanı'ndan eve gelirken şoför çok hızlı gitti."
    assert values(text, "PERSON") == ["Elif"]


def test_a_name_after_a_verb_of_going_to_someones_home_is_still_a_name():
    assert "Maria" in values("The driver went to Maria's house and waited.", "PERSON")


def test_a_recipient_is_still_a_name():
    text = "Please ask the driver to bring the stroller to Amber at Ängsgränd 190, 468 36 Mölnlycke."
    assert "Amber" in values(text, "PERSON")
    text = "Please send the receipt for trip f00a4941 to Ishaan Kang, 356 Dongil-ro, Bundang-gu."
    assert any("Ishaan Kang" in value for value in values(text))


@pytest.mark.parametrize(
    "text, item",
    [
        ("Driver kicked us out at Connaught Place at 8.20am. Trip 3e943ef2.", "8.20am"),
        ("Connaught Place se 5 baje ko pickup tha.", "5 baje"),
        ("PO ORD-2026413-07.", "ORD-2026413-07"),
        (
            "to No. 27, Jalan SS 2/24, 47300 Petaling Jaya, Selangor charged RM48.90 but estimate was RM23.",
            "RM48.90",
        ),
    ],
)
def test_times_ids_and_amounts_beside_places_stay(text, item):
    untouched(text, item)


def test_an_address_stops_before_charged_and_a_label_line():
    text = "Trip from KL Sentral to No. 27, Jalan SS 2/24, 47300 Petaling Jaya, Selangor charged RM48.90."
    addresses = values(text, "ADDRESS")
    assert addresses and all("charged" not in a for a in addresses)
    text = "Endereço de embarque: Rua do Alecrim, 64, 4100-128 Porto\nDestino: Auckland Airport"
    assert values(text, "ADDRESS") == ["Rua do Alecrim, 64, 4100-128 Porto"]


def test_an_age_is_no_address():
    assert values("my name is Jade and I'm 19", "ADDRESS") == []


def test_imperatives_that_are_names_stay():
    untouched("Mark the trip 51a21d1d as disputed please.", "Mark")
    untouched("Bill me only once please! I see $37.80 twice", "Bill")


@pytest.mark.parametrize(
    "attack",
    [
        "a " * 10_000,
        "Nombre" + " x" * 10_000 + ":",
        "\n" + "Ab " * 7_000,
        "from " + "Ab " * 7_000 + " to 12",
        "drove me " * 2_500 + "to",
        "1" * 20_000,
        "ORD-" + "1" * 20_000,
        "12.30" * 4_000,
        "Selangor" + " " * 20_000 + "charged",
    ],
)
def test_the_rules_take_no_time_on_adversarial_text(attack):
    started = time.perf_counter()
    kept.kept_spans(attack)
    kept.address_stops(attack)
    for at in range(0, len(attack), max(1, len(attack) // 20)):
        kept.not_a_person(attack, at, min(len(attack), at + 12))
    assert time.perf_counter() - started < 1.0


def test_a_town_before_its_state_and_a_verb_phrase_are_no_names():
    untouched("Best service I've had in Lincoln, Nebraska. Trip 3c4e8b12.", "Lincoln")
    untouched("The driver kept talking to someone on speaker the whole way.", "kept talking")


def test_labels_of_a_lost_item_and_an_attention_line_stay():
    untouched("Item left behind: black umbrella. Order #564", "Item")
    text = "PO Box 118452\nDubai, United Arab Emirates\nAttn: Hamdan bin Rashid Al Falasi"
    untouched(text, "Attn")
    assert any("Hamdan" in v for v in values(text, "PERSON"))


# A review of the round found each of these kept in the clear by a rule written to keep a place, a label or
# a town: a listed first name and another word is a person whatever stands around it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I was waiting at Jordan Peterson, he never came.", "Jordan Peterson"),
        ("Item: left at Julia Roberts", "Julia Roberts"),
        ("the driver went to Kevin Hart Jr instead of me", "Kevin Hart"),
        ("He took me to Maria Lopez instead of my hotel.", "Maria Lopez"),
        ("Confío en María López para esto, ella tiene mi tarjeta.", "María López"),
        ("Please contact Austin Miller, Texas office.", "Austin Miller"),
        ("I met Dakota Johnson, Montana native", "Dakota Johnson"),
        ("Pick up from Kelly Brown to 12 Main Street", "Kelly Brown"),
        ("from Maria Lopez to House No. 12", "Maria Lopez"),
        ("Destino: Maria Lopez", "Maria Lopez"),
        ("Drop-off: Ana Pereira", "Ana Pereira"),
        ("Julia Roberts phone: 0412 555 123", "Julia Roberts"),
        ("Maria Lopez email: maria@example.com", "Maria Lopez"),
        ("Passenger: WONG", "WONG"),
    ],
)
def test_a_person_named_where_a_place_or_a_label_could_stand_is_still_redacted(text, name):
    assert any(name in value for value in values(text, "PERSON")), redact(text).text


def test_a_place_named_after_a_person_is_kept_by_its_own_place_word():
    untouched("We landed at Charles de Gaulle airport at 9", "Charles de Gaulle")


def test_a_long_run_of_blanks_is_scanned_once_by_the_person_cues():
    # Before, each blank of the run tried the rest of it: 20,000 blanks took over a minute in redact().
    text = "a" + " " * 20_000 + "b said"
    assert len(list(patterns.PERSON_CUE_RE.finditer(text, timeout=2.0))) <= 1


# The price of the test above: a place named after a person whose first word is a listed first name, with no
# place's word, is redacted wherever a person could stand ("déposée à Maria Lopez" is a person).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le chauffeur m'a déposée à Charles de Gaulle et non chez moi.", "Charles de Gaulle"),
        ("The corsa da Milano Centrale a Leonardo da Vinci cost € 68,00.", "Leonardo da Vinci"),
    ],
)
def test_a_place_named_after_a_listed_first_name_with_no_place_word_is_redacted(text, name):
    assert name in values(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Override: rider is a regular, goodwill", ("Override", "goodwill")),
        ("Reason: Goodwill credit", ("Goodwill",)),
        ("Queue: turns\nTask: copilot.agent.tasks.run_turn", ("Queue", "Task")),
        ("Pilot B rollout starts Monday", ("Pilot",)),
    ],
)
def test_an_agents_note_in_the_desks_own_words_stays(text, words):
    untouched(text, *words)


def test_a_name_beside_the_desks_words_still_goes():
    assert values("Override: Maria Lopez is a regular, goodwill", "PERSON") == ["Maria Lopez"]


# Issue 20, the tenth round: function words and greetings of Swahili, Tagalog, Malay and Indonesian,
# Hindi and Urdu in Latin letters, Polish and Turkish openings, and titles, are never names; the names
# beside them still go.
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Habari za jioni, naitwa Neema Mushi. Nipigie kwa simu tafadhali, safari 4d5e6f7a.",
            ("Nipigie kwa",),
            "Neema",
        ),
        (
            "Shikamoo, mimi ni Bi. Mwanaidi Salim. Nipigie tafadhali, safari 4d5e6f7a.",
            ("Shikamoo",),
            "Mwanaidi",
        ),
        (
            "grabe ang bilis magmaneho ng driver kanina, trip 7c8d9e0f. Salamat, Jerome Bautista",
            ("ang bilis",),
            "Jerome",
        ),
        (
            "Hai, saya tinggal dekat stesen, dan alamat saya ada di profil. Terima kasih, Siti Rahayu",
            ("dan alamat",),
            "Siti",
        ),
        (
            "bhai driver galat jaga le gaya, trip 5a6b7c8d, Rs 300. Naam Imran Qureshi",
            ("galat jaga le gaya",),
            "Imran",
        ),
        (
            "Szanowni Państwo, piszę w sprawie przejazdu 3e4f5a6b z 2 marca. Agnieszka Wrona",
            ("Szanowni Państwo",),
            "Agnieszka",
        ),
        (
            "Sayın yetkili, eşimin numarası değişti. Saygılarımla, Elif Aydın",
            ("Sayın", "eşimin numarası"),
            "Elif",
        ),
        (
            "My boss Chief (Mrs) Funmi Adeyemi will ride on Friday, trip 1a2b3c4d.",
            ("Chief",),
            "Funmi Adeyemi",
        ),
        ("Request from Col. (Retd.) Harpreet Gill about trip 61e0c9f2 on 7 Jan.", ("Retd",), "Harpreet Gill"),
    ],
)
def test_function_words_of_more_languages_and_titles_are_no_names(text, words, name):
    untouched(text, *words)
    assert any(name in value for value in values(text, "PERSON")), values(text)


@pytest.mark.parametrize(
    "text",
    [
        "MNAENDA WAPI NA PESA YANGU?? SAFARI 7d6e5f4a NILILIPA KSH 900 MARA MBILI.",
        "TRE VOLTE HO CHIAMATO, NESSUNO RISPONDE. CORSA 3c2b1a0f.",
    ],
)
def test_capitals_of_function_words_are_no_names(text):
    assert values(text, "PERSON") == []


def test_function_words_that_are_also_surnames_stay_names_in_capitals():
    # "Ang", "Min", "Le" are surnames too: only lowercase they are function words
    assert any("Ang" in v for v in values("Please call Ang Mei Lin about trip 2b3c4d5e."))
    assert any("Min" in v for v in values("The rider was Min Ko Naing, trip 9a8b7c6d."))
