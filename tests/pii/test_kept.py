"""What the redactor must leave alone though it reads like a name or an address (copilot/pii/kept.py),
and the names and addresses beside it that it must still redact."""

from __future__ import annotations

import pytest

from copilot.pii import kept, patterns, redact, warm_up
from tests.growth import LINEAR_AT_MOST, slowdown


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
    ("head", "unit", "tail", "n"),
    [
        ("", "a ", "", 10_000),
        ("Nombre", " x", ":", 10_000),
        ("\n", "Ab ", "", 7_000),
        ("from ", "Ab ", " to 12", 7_000),
        ("", "drove me ", "to", 2_500),
        ("", "1", "", 20_000),
        ("ORD-", "1", "", 20_000),
        ("", "12.30", "", 4_000),
        ("Selangor", " ", "charged", 20_000),
    ],
)
def test_the_rules_take_time_in_proportion_to_adversarial_text(head, unit, tail, n):
    def run(attack):
        kept.kept_spans(attack)
        kept.address_stops(attack)
        for at in range(0, len(attack), max(1, len(attack) // 20)):
            kept.not_a_person(attack, at, min(len(attack), at + 12))

    assert slowdown(run, lambda size: head + unit * size + tail, n) < LINEAR_AT_MOST


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


# A listed first name with no place's word is a person wherever a place could stand ("déposée à Maria
# Lopez"), unless it is the proper name of an airport of international flights (airportsdata, IATA's lists):
# then the words around it decide, as for any place.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le chauffeur m'a déposée à Charles de Gaulle et non chez moi.", "Charles de Gaulle"),
        ("The corsa da Milano Centrale a Leonardo da Vinci cost € 68,00.", "Leonardo da Vinci"),
        ("Why was I charged for waiting at Santos Dumont? The driver was late.", "Santos Dumont"),
        ("El chofer me dejó en Jorge Chávez a las 5 y me cobró el doble.", "Jorge Chávez"),
    ],
)
def test_an_airport_named_after_a_person_is_kept_where_a_place_stands(text, name):
    untouched(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soy Jorge Chávez y el conductor me cobró dos veces.", "Jorge Chávez"),
        ("Charles de Gaulle phone: 0412 555 123", "Charles de Gaulle"),
        ("I was waiting at Jordan Peterson, he never came.", "Jordan Peterson"),
    ],
)
def test_an_airports_name_where_a_person_stands_is_still_redacted(text, name):
    assert any(name in value for value in values(text, "PERSON")), redact(text).text


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


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        (
            "Rechnung INV/2026/0412 an Herrn Lukas Becker, Hauptstraße 3, 10115 Berlin",
            "Rechnung",
            "Lukas Becker",
        ),
        ("Quittung INV/2026/0412 bitte an Lukas Becker.", "Quittung", "Lukas Becker"),
        ("Sie hat die Buchung HX594383 für Marta Klein gemacht.", "Buchung", "Marta Klein"),
    ],
)
def test_what_an_id_leaves_of_a_name_is_read_without_its_blank(text, word, name):
    # the NER took "Rechnung INV" for a name; the id cut it to "Rechnung ", a word before its id
    untouched(text, word)
    assert name in values(text, "PERSON")


def test_function_words_that_are_also_surnames_stay_names_in_capitals():
    # "Ang", "Min", "Le" are surnames too: only lowercase they are function words
    assert any("Ang" in v for v in values("Please call Ang Mei Lin about trip 2b3c4d5e."))
    assert any("Min" in v for v in values("The rider was Min Ko Naing, trip 9a8b7c6d."))


# (issue 20, dev10's causes in general form) kept items of more formats and cues, each beside a name or a
# phone that must still go
@pytest.mark.parametrize(
    ("text", "kept_items", "pii"),
    [
        # a plate after a car's word of Turkish, Polish, Tagalog, and before Turkish "plakalı"
        (
            "Araç 34 TR 7712 firmamıza ait. Lütfen arayın: Mert Şahin, 0532 771 20 14.",
            ("34 TR 7712",),
            "Mert Şahin",
        ),
        ("Aracın plakası 16 ABK 902, sürücü Deniz Kaya.", ("16 ABK 902",), "Deniz Kaya"),
        ("Firma: 41 KD 2209 plakalı aracımız ceza aldı. Selin Öztürk", ("41 KD 2209",), "Selin Öztürk"),
        (
            "Nasz samochód służbowy KR 5521F dostał mandat. Tomasz Zieliński",
            ("KR 5521F",),
            "Tomasz Zieliński",
        ),
        ("Numer rejestracyjny PO 77120, kierowca Marek Wójcik.", ("PO 77120",), "Marek Wójcik"),
        ("Naiwan ko ang bag sa kotse ABC 9921 kagabi. Maria Santos po.", ("ABC 9921",), "Maria Santos"),
        # a month before its day in Tagalog and Hungarian, an Indonesian month, an hour after Turkish
        # "saat", Swahili "saa", before Tagalog "ng gabi", a clock of four digits before "Uhr"
        (
            "Noong Hunyo 21, 8:15 ng gabi, trip 1c2d3e4f. Jose Reyes po.",
            ("Hunyo 21", "8:15 ng gabi"),
            "Jose Reyes",
        ),
        ("Foglalás máj. 14. 09:20, utas Kiss Péter.", ("máj. 14.",), "Kiss Péter"),
        ("A június 3-i út hibás. Tóth Anna vagyok.", ("június 3-i",), "Tóth Anna"),
        ("Invoice tanggal 7 Agustus 2026 salah. Hubungi Budi Santoso.", ("7 Agustus 2026",), "Budi Santoso"),
        ("Merhaba, saat 9'da aldığım yolculuk 180 TL idi. Emre Çelik", ("saat 9'da",), "Emre Çelik"),
        ("Mimi ni Baraka Otieno, safari ya saa 5 asubuhi ilichelewa.", ("saa 5 asubuhi",), "Baraka Otieno"),
        ("Abholung am 4. Mai um 0745 Uhr, Fahrgast Jonas Becker.", ("0745 Uhr",), "Jonas Becker"),
        # a day and month before its amount or time; a date with its article after a line's number
        ("Fatura 8812: 22/04 R$ 41,20 cobrado duas vezes. Ana Souza", ("22/04",), "Ana Souza"),
        ("Noleggio, consegna 03/07 ore 9.15, cliente Marco Bellini.", ("03/07",), "Marco Bellini"),
        ("Relevé : ligne 2, le 9 avril, 31,40 €. Claire Dubois", ("le 9 avril",), "Claire Dubois"),
        # a flight before its route, an id after a contract's or a receipt's word with its kind's capitals
        ("Itinerary: DL 405 JFK→ATL for guest Aaron Miller.", ("DL 405",), "Aaron Miller"),
        ("Rental contract RA 55120348, renter Olivia Parker.", ("RA 55120348",), "Olivia Parker"),
        ("Re: receipt SI No. 0091273, from Ramon Cruz.", ("SI No. 0091273",), "Ramon Cruz"),
    ],
)
def test_kept_items_of_more_formats_stay_and_the_pii_beside_them_goes(text, kept_items, pii):
    untouched(text, *kept_items)
    assert any(pii in value for value in values(text)), values(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # places in their languages' cases and words, hotels named after a king
        ("Kurs z Galerii Krakowskiej o 18:40 kosztował 55 zł.", ("Galerii Krakowskiej",)),
        ("Odebrano mnie spod Dworca Głównego, kurs 4b5c6d7e.", ("Dworca Głównego",)),
        ("Sopir menunggu di Bandara Juanda jam 14.10.", ("Bandara Juanda",)),
        ("Dropped at the Palacio de Bellas Artes, trip 5d6e7f8a.", ("Palacio de Bellas Artes",)),
        ("Le chauffeur m'a laissé à l'Hôtel Henri IV, course 6e7f8a9b.", ("Henri IV",)),
        ("A Keleti pályaudvarról indult út 7f8a9b0c hibás.", ("Keleti",)),
        # companies by their kind's word, owners' names in them or not
        ("Accounts, Groupe Lambert: invoice FAC-2026-0077 is wrong.", ("Groupe Lambert",)),
        ("Finance at Rivera Freight here, trip 8a9b0c1d.", ("Rivera Freight",)),
        ("Agencia Viajes Sol: localizador ZX4K2P, 13:10.", ("Agencia Viajes Sol",)),
        ("Statement of Okafor & Bello Attorneys, INV 2210.", ("Okafor & Bello Attorneys",)),
        # salutations, greetings, roles, an id's word
        ("Tisztelt Ügyfélszolgálat! A 2026/0311 számla hibás.", ("Tisztelt Ügyfélszolgálat",)),
        ("Jó napot! A fuvar 3 800 Ft volt.", ("Jó",)),
        ("Beste, de rit van 22:05 kostte € 19,90.", ("Beste",)),
        ("Payroll here. Driver partner from Lucknow, trip 9b0c1d2e.", ("Payroll", "partner", "Lucknow")),
        ("Safari c0d1e2f3 ya jana ilikuwa KSh 900.", ("Safari",)),
    ],
)
def test_places_companies_and_salutations_of_more_languages_stay(text, words):
    untouched(text, *words)


def test_a_surname_that_is_a_place_word_stays_a_name():
    # "Bandara", "Palacio" open a place only; after a first name they are surnames
    assert any("Bandara" in v for v in values("Refund to Lance Bandara please, trip 1a2b3c4d."))
    assert any("Palacio" in v for v in values("Transferencia a nombre de Ana Palacio, por favor."))


def test_a_name_the_ner_stopped_at_its_first_word_beside_a_kept_id_is_hidden_whole():
    # KPT2 found "Brooks" left bare: the id cut the address the NER had run on, and the NER's own name
    # stopped at "Olivia"
    text = "Invoice INV-2026-0041, renter Olivia Brooks."
    result = redact(text)
    assert "Brooks" not in result.text and "Olivia" not in result.text
    untouched(text, "INV-2026-0041")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kassenbon abgetippt:\nZwischensumme 21,01\nMwSt 7 % 1,47\nSumme 22,48 EUR", ["Zwischensumme"]),
        ("Alert: logowanie 06.03.2026 02:47 z nowego urządzenia", ["Alert"]),
        ("Débit de € 52,68 sur la carte, course 5703c4e4.", ["Débit"]),
        ("[3/3/26, 10:14:07 PM] Dispatch: driver is 4 min away", ["Dispatch"]),
    ],
)
def test_words_printed_on_pasted_receipts_notices_and_chat_logs_are_no_names(text, words):
    untouched(text, *words)


def test_a_speaker_in_a_pasted_chat_beside_a_dispatch_line_is_still_a_name():
    text = "[3/3/26, 10:14:07 PM] Dispatch: driver is 4 min away\n[3/3/26, 10:15:02 PM] Ingrid Solberg: ok"
    assert values(text, "PERSON") == ["Ingrid Solberg"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[2026/03/07 06:41] Sipho +27 82 555 0147: I'm at gate 3", "Sipho"),
        ("[2026-03-07 06:41] Wanjiru: where are you?", "Wanjiru"),
    ],
)
def test_a_chat_speaker_after_a_year_first_stamp_or_before_their_number_is_a_name(text, name):
    assert name in values(text, "PERSON")
