"""The redactor, one behaviour at a time: what is redacted, what is left alone, and how placeholders behave."""

from __future__ import annotations

import dataclasses
import threading

import phonenumbers
import pytest
from presidio_analyzer import Pattern, PatternRecognizer
from threadpoolctl import ThreadpoolController

from copilot.pii import Entity, Redaction, find_pii, redact, redact_many, restore, warm_up
from copilot.pii import analyzer as pii_analyzer
from copilot.pii import patterns as pii_patterns
from copilot.pii.patterns import IN_ADDRESS_RE
from copilot.pii.scoring import covered_mask, left_readable


@pytest.fixture(scope="module", autouse=True)
def _analyzer_built():
    warm_up()


def only(text: str, fragment: str) -> Entity:
    """The single entity of `text`, which must cover exactly `fragment`."""
    entities = redact(text).entities
    assert len(entities) == 1, f"{text!r}: {[(e.type, e.value) for e in entities]}"
    entity = entities[0]
    assert entity.value == fragment, f"{text!r}: got {entity.value!r}, expected {fragment!r}"
    assert text[entity.start : entity.end] == fragment
    return entity


# --- payment cards -------------------------------------------------------------------------------------

CARDS = [
    ("Mastercard 2-series, spaces", "2221 2415 9206 6111"),
    ("Mastercard 2-series, dashes", "2720-2415-9206-6117"),
    ("Mastercard 2-series, plain", "2223003122003222"),
    ("Mastercard 5-series", "5555 5555 5555 4444"),
    ("Visa, spaces", "4111 1111 1111 1111"),
    ("Visa, dashes", "4012-8888-8888-1881"),
    ("Amex, 4-6-5 groups", "3782 822463 10005"),
    ("Amex, plain", "371449635398431"),
    ("Discover", "6011 1111 1111 1117"),
    ("JCB", "3530 1113 3330 0000"),
    ("Diners", "3056 9309 0259 04"),
    ("Maestro", "6759 2415 9206 6112"),
    ("UnionPay", "6221 7533 7727 4745"),
]


@pytest.mark.parametrize(("brand", "number"), CARDS, ids=[c[0] for c in CARDS])
def test_every_card_brand_is_redacted_with_spaces_or_dashes(brand, number):
    entity = only(f"Please refund to my card {number} asap.", number)
    assert entity.type == "CARD" and entity.placeholder == "<CARD_1>"


def test_a_card_number_failing_the_luhn_check_is_not_a_card():
    assert all(e.type != "CARD" for e in redact("Card 4111 1111 1111 1112 was charged").entities)


# --- IBAN ------------------------------------------------------------------------------------------------

IBANS = [
    ("DE", "DE89 3704 0044 0532 0130 00"),
    ("DE compact", "DE89370400440532013000"),
    ("GB", "GB82 WEST 1234 5698 7654 32"),
    ("FR", "FR14 2004 1010 0505 0001 3M02 606"),
    ("ES", "ES91 2100 0418 4502 0005 1332"),
    ("ES compact", "ES9121000418450200051332"),
]


@pytest.mark.parametrize(("country", "iban"), IBANS, ids=[i[0] for i in IBANS])
def test_ibans_with_a_valid_checksum_are_redacted(country, iban):
    entity = only(f"Refund it to my account {iban} please.", iban)
    assert entity.type == "IBAN"


def test_an_iban_looking_string_with_a_wrong_checksum_is_left_whole():
    text = "The reference on the letter is GB82 WEST 1234 5698 7654 33, does that help?"
    assert redact(text).entities == ()


# --- phone numbers -----------------------------------------------------------------------------------------

PHONES = [
    ("UK E.164", "+44 7700 900123"),
    ("UK mobile", "07700 900123"),
    ("UK London", "020 7946 0958"),
    ("UK brackets", "(020) 7946 0958"),
    ("US brackets", "(206) 555-0147"),
    ("US dashes", "206-555-0147"),
    ("US dots", "206.555.0147"),
    ("US E.164", "+1 206 555 0147"),
    ("DE E.164", "+49 30 12345678"),
    ("DE national", "030 12345678"),
    ("DE mobile", "0176 12345678"),
    ("DE with (0)", "+49 (0)30 1234567"),
    ("FR national", "01 42 68 53 00"),
    ("FR dots", "06.12.34.56.78"),
    ("FR E.164", "+33 1 42 68 53 00"),
    ("ES mobile", "612 345 678"),
    ("ES E.164", "+34 612 34 56 78"),
    ("ES Madrid", "91 123 45 67"),
    ("00 prefix", "0044 7700 900123"),
]


@pytest.mark.parametrize(("kind", "number"), PHONES, ids=[p[0] for p in PHONES])
def test_uk_us_de_fr_es_phone_formats_are_redacted(kind, number):
    entity = only(f"You can reach me on {number} after work.", number)
    assert entity.type == "PHONE"


def test_the_same_phone_number_written_two_ways_gets_one_placeholder():
    result = redact("Call +44 7700 900123, or 07700 900123 if that fails.")
    assert [e.placeholder for e in result.entities] == ["<PHONE_1>", "<PHONE_1>"]


# --- what must never be redacted -----------------------------------------------------------------------------

UNTOUCHED = [
    "My trip 0b6f12ab-1c2d-4e5f-8a9b-0c1d2e3f4a5b was charged twice.",
    "It was trip 0b6f12ab, the short id in the app.",
    "The driver went the long way on trip 0b6f...; please check.",
    "Rider R-1234 here, about driver D-998.",
    "trip 4821930571 on Tuesday",
    "Trip #4821930571 was cancelled but order no. 2065550147 went through.",
    "I was quoted $18.40 and paid $48.",
    "They took 18,40 € and then 18.40 EUR again.",
    "A £12 cancellation fee for a 25 min wait.",
    "It happened on Nov 3 at 18:04.",
    "yesterday at 6pm, then again this morning at 7:30 a.m.",
    "On 2026-11-02T18:04:00+00:00 the fare was USD 30.",
    "It was on 03/11/2026, a 12 km ride.",
    "Thanks for the help with <PERSON_1> and <PHONE_2>.",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_trip_ids_rider_and_driver_ids_amounts_dates_and_times_are_never_redacted(text):
    result = redact(text)
    assert result.entities == (), [(e.type, e.value) for e in result.entities]
    assert result.text == text


def test_a_ten_digit_number_after_trip_is_an_id_but_the_same_digits_after_call_me_are_a_phone():
    assert redact("trip 2065550147").entities == ()
    assert only("call me on 2065550147", "2065550147").type == "PHONE"


IDS_AFTER_MORE_CUES = [
    "Numer przejazdu 48213907, pobrany dwa razy.",
    "La corsa n. 48213907 è stata addebitata due volte.",
    "Sefer 48213907 iki kez ücretlendirildi.",
    "Fahrt-ID 48213907 doppelt abgebucht.",
    "Trajeto 48213907 cobrado duas vezes.",
    "Factuurnummer 2026 0418 klopt niet.",
    "Numéro de commande : 4471 2039 88, facturée deux fois.",
    "Nr zamówienia 4471 2039 88.",
    "trip id is 48213907, charged twice",
    "My trips were 48213907 and 59120384.",
    "Trips: 48213907, 59120384 and 77120931 all double charged",
    "Orders 44712039 / 55120384 were billed twice.",
    "Rezerwacja WAW-9T2K na Lotnisko Chopina potwierdzona.",
    "Kenmerk 0000 4471 2026 0307, twee keer afgeschreven.",
    "Dekont no 2026030700418. Tek yolculuk.",
]


@pytest.mark.parametrize("text", IDS_AFTER_MORE_CUES)
def test_an_id_after_its_cue_in_more_languages_after_a_verb_in_digit_groups_or_in_a_list_stays(text):
    assert redact(text).entities == (), [(e.type, e.value) for e in redact(text).entities]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Invoice 0612 345 678 is wrong.", "0612 345 678"),
        ("Order 07700 900123, call me", "07700 900123"),
        ("Order 44712039, call me on 55120384 please.", "55120384"),
        ("Trip 48213907 and 0612345678 is my number", "0612345678"),
        ("Kontakt:\nSupport 021 555 000", "021 555 000"),
        ("Ref 0612 3456 78", "0612 3456 78"),
    ],
)
def test_a_phone_after_an_ids_cue_or_its_list_is_still_a_phone(text, phone):
    assert only(text, phone).type == "PHONE"


def test_a_street_after_a_cue_and_a_verb_is_still_an_address():
    assert only("The booking was 221B Baker Street", "221B Baker Street").type == "ADDRESS"


PASTED_RECEIPTS_AND_STATEMENTS = [
    (
        "Time 18 min      3.60\nSubtotal        23.15\nVAT 20%          4.63\nTotal          £27.78",
        ["3.60", "4.63"],
    ),
    ("Ara toplam 45,83\nKDV %20 9,17\nToplam 55,00 TL", ["9,17"]),
    ("Sous-total 18,50\nTVA 10 % 1,85\nTotal TTC 20,35 €", ["1,85"]),
    ("09/03 PRLV RIDEAPP FR -23,90 valeur 10/03 réf. RA/2026/77120", ["09/03", "-23,90", "10/03"]),
    ("07/03 DB DEBIT RIDEAPP JKT -87.500,00\nNo. ref 260307/441/0092.", ["-87.500,00", "260307/441/0092"]),
    ("FTR2026000318 numaralı fatura ₺1.240,00 yazıyor", ["FTR2026000318"]),
    ("Card ending 8820 — $1,204.50 at RIDEX TRAVEL\nKarta **** 5521", ["8820", "5521"]),
    ("Referenz RF18 5390 0754 7034\nDie Fahrt wurde storniert.", ["RF18 5390 0754 7034"]),
    ("Struk diketik ulang:\nSubtotal 45.000\nPPN 11% 4.950\nTotal Rp 49.950", ["45.000", "4.950"]),
]


@pytest.mark.parametrize(("text", "items"), PASTED_RECEIPTS_AND_STATEMENTS)
def test_amounts_dates_and_references_of_pasted_receipts_and_statements_stay(text, items):
    for entity in redact(text).entities:
        for item in items:
            at = text.index(item)
            assert not (entity.start < at + len(item) and at < entity.end), (item, entity.type, entity.value)


def _phone_formats():
    """Every region's example numbers as phonenumbers writes them, and with dots, dashes or no blanks."""
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for style in (
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            ):
                written = phonenumbers.format_number(example, style)
                yield from {
                    written,
                    written.replace(" ", "."),
                    written.replace(" ", "-"),
                    written.replace("-", "."),
                }


def test_no_regions_phone_number_reads_as_an_amount_with_cents():
    read = [
        (f, m.group())
        for f in _phone_formats()
        if (m := pii_patterns.BARE_AMOUNT_RE.search(f"call me on {f} please"))
    ]
    assert read == []


# --- names ----------------------------------------------------------------------------------------------------


def test_a_lowercase_name_after_my_name_is_is_redacted():
    assert only("my name is maria lopez and i was charged twice", "maria lopez").type == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi, this is maria, the app charged me twice", "maria"),
        ("my driver ahmed was rude to me", "ahmed"),
        ("the app charged me twice.\n— maria", "maria"),
        ("Thanks,\nJohn Smith", "John Smith"),
        ("Hello, this is Maria Lopez.", "Maria Lopez"),
        ("The name on the account is Zsófia Kovács-Tóth.", "Zsófia Kovács-Tóth"),
    ],
)
def test_names_after_cues_and_in_signatures_are_redacted(text, name):
    assert only(text, name).type == "PERSON"


def test_lowercase_words_after_this_is_are_not_taken_for_names():
    assert redact("this is ridiculous, the driver cancelled on me").entities == ()


def test_what_a_driver_did_is_never_taken_for_a_name_even_beside_the_customers_own():
    # Found by hand against a local model: the NER took "kept asking" for a second person, and the
    # model and the safety screen read "The driver <PERSON_2> for my number".
    redacted = redact("Hi, Maria Lopez here. The driver kept asking for my number.")
    assert redacted.text == "Hi, <PERSON_1> here. The driver kept asking for my number."


# --- addresses --------------------------------------------------------------------------------------------------

ADDRESSES = [
    "742 Evergreen Terrace",
    "742 Evergreen Terrace, Apt 4B, Springfield, IL 62704",
    "221B Baker Street, London NW1 6XE",
    "Calle de Alcalá 45, 28014 Madrid",
    "12 rue de Rivoli, 75001 Paris",
    "Friedrichstraße 43, 10117 Berlin",
    "Flat 2, 14 High Street, Oxford OX1 4AA",
    "Hartmannweg 9/4, 01790 Neuruppin",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_us_uk_and_eu_street_addresses_are_one_address_entity(address):
    entity = only(f"Pick me up at {address} tomorrow please.", address)
    assert entity.type == "ADDRESS"


def test_a_postcode_after_a_cue_is_an_address():
    assert only("My zip code is 62704.", "62704").type == "ADDRESS"


def test_an_address_written_all_in_lowercase_is_still_found():
    assert only("i was dropped at 12 rue de rivoli, 75001 paris instead", "12 rue de rivoli, 75001 paris")


# --- emails and the shape of the result ---------------------------------------------------------------------


def test_emails_are_redacted():
    assert (
        only("write to maria.lopez+rides@example.co.uk today", "maria.lopez+rides@example.co.uk").type
        == "EMAIL"
    )


def test_entities_are_in_order_do_not_overlap_and_their_offsets_refer_to_the_input():
    text = (
        "Hi, this is Maria Lopez (maria.lopez@example.com, +44 7700 900123). My driver John Smith took trip "
        "0b6f12ab from 221B Baker Street, London NW1 6XE; refund the $12 to 2221 2415 9206 6111."
    )
    result = redact(text)
    assert [e.type for e in result.entities] == ["PERSON", "EMAIL", "PHONE", "PERSON", "ADDRESS", "CARD"]
    for before, after in zip(result.entities, result.entities[1:], strict=False):
        assert before.end <= after.start
    for entity in result.entities:
        assert text[entity.start : entity.end] == entity.value
        assert result.mapping[entity.placeholder] == entity.value
    assert "0b6f12ab" in result.text and "$12" in result.text


def test_the_result_types_are_frozen_dataclasses():
    result = redact("Hi, this is Maria Lopez")
    assert isinstance(result, Redaction)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.entities[0].value = "x"  # type: ignore[misc]


# --- placeholders across the messages of a case -------------------------------------------------------------


def test_the_same_value_gets_the_same_placeholder_within_a_message():
    result = redact("Maria Lopez said hi. Later maria lopez called from 07700 900123.")
    placeholders = [e.placeholder for e in result.entities]
    assert placeholders == ["<PERSON_1>", "<PERSON_1>", "<PHONE_1>"]


def test_a_second_message_reuses_known_placeholders_and_continues_the_numbering():
    first = redact("Hi, this is Maria Lopez, call me on +44 7700 900123.")
    assert first.mapping == {"<PERSON_1>": "Maria Lopez", "<PHONE_1>": "+44 7700 900123"}
    second = redact(
        "It's Maria Lopez again; my driver was John Smith. Email: maria@example.com", known=first.mapping
    )
    assert [(e.value, e.placeholder) for e in second.entities] == [
        ("Maria Lopez", "<PERSON_1>"),
        ("John Smith", "<PERSON_2>"),
        ("maria@example.com", "<EMAIL_1>"),
    ]
    assert second.mapping == {
        "<PERSON_1>": "Maria Lopez",
        "<PHONE_1>": "+44 7700 900123",
        "<PERSON_2>": "John Smith",
        "<EMAIL_1>": "maria@example.com",
    }
    third = redact("Also reachable on 07700 900123.", known=second.mapping)
    assert third.text == "Also reachable on <PHONE_1>."
    assert first.mapping == {"<PERSON_1>": "Maria Lopez", "<PHONE_1>": "+44 7700 900123"}  # not mutated


def test_a_value_found_once_is_hidden_everywhere_and_a_known_name_in_later_messages():
    first = redact("Thanks, Maria Lopez here. MARIA LOPEZ is on the receipt.")
    assert first.text == "Thanks, <PERSON_1> here. <PERSON_1> is on the receipt."
    later = redact("maria again: any news on the refund?", known=first.mapping)
    assert later.text == "<PERSON_2> again: any news on the refund?"


def test_numbering_continues_after_the_highest_known_number():
    result = redact("My driver was John Smith.", known={"<PERSON_7>": "Ann Lee"})
    assert result.text == "My driver was <PERSON_8>."


def test_restore_round_trips():
    text = "Hi, this is Maria Lopez (+44 7700 900123), I live at 221B Baker Street, London NW1 6XE."
    result = redact(text)
    assert "Maria" not in result.text
    assert restore(result.text, result.mapping) == text


def test_restore_leaves_unknown_placeholders_alone():
    assert restore("Tell <PERSON_1> and <PERSON_9>", {"<PERSON_1>": "Maria"}) == "Tell Maria and <PERSON_9>"


# --- model output, batches, concurrency ------------------------------------------------------------------------


def test_find_pii_finds_raw_pii_in_model_output_but_not_placeholders():
    found = find_pii("I have refunded <PERSON_1>; I also emailed maria.lopez@example.com.")
    assert [(e.type, e.value) for e in found] == [("EMAIL", "maria.lopez@example.com")]


def test_redact_many_gives_the_same_results_as_redact_one_by_one():
    texts = [
        "Hi, this is Maria Lopez, call me on +44 7700 900123.",
        "",
        "Trip 0b6f12ab on Tuesday cost $48; card 4111 1111 1111 1111.",
        "Pick-up was Calle de Alcalá 45, 28014 Madrid. — maria",
    ]
    assert redact_many(texts) == [redact(t) for t in texts]


def test_empty_and_blank_texts_come_back_unchanged():
    assert redact("") == Redaction(text="", entities=(), mapping={})
    assert redact("   ").text == "   "


def test_concurrent_calls_from_threads_give_the_same_results():
    texts = [f"Hi, this is Maria Lopez, order {n}, call 07700 900{n:03d}." for n in range(40)]
    expected = [redact(t) for t in texts]
    results: dict[int, Redaction] = {}

    def work(i: int) -> None:
        results[i] = redact(texts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert [results[i] for i in range(len(texts))] == expected


def test_a_call_made_from_inside_the_redactor_gets_ner_free_redaction_instead_of_a_deadlock():
    # What a logging filter that redacts every record sees when Presidio logs while we hold the lock.
    with pii_analyzer._inside():
        result = redact("my name is maria, call +44 7700 900123")
    assert [(e.type, e.value) for e in result.entities] == [("PERSON", "maria"), ("PHONE", "+44 7700 900123")]


# Text the copilot or a model wrote: the NER runs only when a word could be a name.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks for letting us know. We have refunded the detour.", False),
        ("Hello <PERSON_1>, sorry about trip 3f2a9c1b; USD 18.00 is on its way.", False),
        ("Hello <PERSON_1>, Jonas from our safety team will call you.", True),
        ("Your driver, Becker, was reported.", True),
        ("ANNA LOPEZ wrote to us", True),
        ("the driver jonas was rude", False),  # lowercase: cue finders, not the NER
    ],
)
def test_only_text_with_a_capitalised_uncommon_word_could_hold_a_name(text, expected):
    from copilot.pii.analyzer import could_hold_a_name

    assert could_hold_a_name(text) is expected


def test_a_name_a_model_writes_into_a_draft_is_found():
    found = find_pii("Hello <PERSON_1>, Jonas Becker from our team will call you at +44 7700 900123.")
    assert {(e.type, e.value) for e in found} == {("PERSON", "Jonas Becker"), ("PHONE", "+44 7700 900123")}


def test_a_draft_without_candidate_names_still_loses_its_emails_and_phones():
    found = find_pii("thanks! write to maria.lopez@example.com or call 07700 900123.")
    assert {e.type for e in found} == {"EMAIL", "PHONE"}


@pytest.mark.parametrize(
    "address",
    ["203.0.113.42", "81.2.69.160", "2001:db8:85a3::8a2e:370:7334", "2a02:1810::1", "192.168.1.20"],
)
def test_an_ip_address_is_personal_data_and_redacted(address):
    result = redact(f"I could not log in from {address} yesterday at 10:45.")
    assert address not in result.text and "<IP_1>" in result.text and "10:45" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "Pickup at 10:45:30, drop-off at 11:02.",
        "The app version is 4.12.0 on my phone.",
        "Trip on 12.11.2026, charged $18.40.",
        "The server at 127.0.0.1 answered, and ::1 too.",
        "Ratio 1.2.3 of the fare.",
    ],
)
def test_times_versions_dates_and_loopback_addresses_are_not_ip_addresses(text):
    assert "<IP_" not in redact(text).text


@pytest.mark.parametrize(
    "line",
    [
        "Scheduler: Sending due task sweep-turns (copilot.tasks.sweep_turns)",
        "Worker: Starting pool",
        "Consumer: Connection to broker lost. Trying to re-establish the connection...",
        "Daphne: Starting server at tcp:port=8000:interface=0.0.0.0",
        "Task copilot.tasks.run_turn[3f2a9c1e-8b7d-4e2f-9a0c-1d2e3f4a5b6c] succeeded in 0.0123s: None",
        "HTTP GET /cases/12/ 200 [0.01, 127.0.0.1:51234]",
        "Not Found: /favicon.ico",
        # words the fine-tuned NER took for names or postcodes in text we write
        "worker: Warm shutdown (MainProcess)",
        "beat: Starting...",
        "Received task: copilot.agent.tasks.run_turn[8c1d]",
        "Watching for file changes with StatReloader",
        "Quit the server with CONTROL-C.",
        "Booting worker with pid: 4312",
        "Retry in 2s: ConnectionError",
        "Shutting down: Master",
    ],
)
def test_operational_log_lines_come_through_the_log_redaction_untouched(line):
    assert redact(line, written_by_us=True).text == line


def test_a_speaker_label_in_a_customers_transcript_is_still_a_name():
    assert "Maria" not in redact("Maria: the driver never came\nAgent: sorry to hear that").text


def test_an_account_number_whose_checksum_holds_is_redacted_even_at_a_length_its_country_does_not_use():
    text = "Refund to GB54ESZY1417776317066 please, and not to GB54ESZY1417776317067."
    result = redact(text)
    assert "GB54ESZY1417776317066" not in result.text and "<IBAN_1>" in result.text
    assert "GB54ESZY1417776317067" in result.text  # the checksum fails: not an account number


def test_a_draft_still_loses_the_names_and_addresses_it_holds():
    text = "Hi Ana,\nI have asked Maria Lopez to send it to 12 High Street, London SW1A 1AA."
    redacted = redact(text, written_by_us=True).text
    assert "Maria" not in redacted and "High Street" not in redacted and "Ana" not in redacted


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Regards,\nWillem van der Berg\nKeizersgracht 112-3\n1015 CV Amsterdam", ["Willem van der Berg"]),
        ("Producer Ahmad bin Rashid said no.", ["Ahmad bin Rashid"]),
        ("Our neighbours Borbála, Søren and Jaroslav came too.", ["Borbála", "Søren", "Jaroslav"]),
    ],
)
def test_names_from_many_cultures_are_found(text, values):
    redacted = redact(text).text
    assert not [value for value in values if value in redacted], redacted


def test_a_whole_pasted_address_is_one_address():
    text = "Please post it to:\nLaura Møller\nVesterbrogade 41, 3. th\n1620 København V\nDenmark"
    result = redact(text)
    assert "Vesterbrogade" not in result.text and "1620" not in result.text, result.text


# --- address forms beyond the street patterns (issue 20) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Pick me up at the corner of Vesterbrogade 41 and Halmtorvet for the airport.", "Halmtorvet"),
        ("I'll wait at the corner of 53 South Street and Pavlović Well after the concert.", "Pavlović Well"),
        ("Send the receipt to Eygló and Ilmalankuja 82", "Eygló"),
        ("Ship it to USS Zamida\nFPO AP 04128 please", "04128"),
        ("It is 924 36 Rue Pain Leve Apt. 960\nHarburg\n, BY\n Germany 03776", "03776"),
        ("Address:\n}} 5879 Vlimmeren 84\n}} Apt. 177\n}} Zevenbergen\n}} Netherlands 13109", "13109"),
        ("Our office is at 1091 Naustavegur 60 Apt. 138 Vestmannaeyjar", "Vestmannaeyjar"),
        ("Ms. Jana Sekerková, 9667 Κουκάκι 112\nΓΕΡΜΑΣΟΓΕΙΑ LI 4045", "4045"),
    ],
)
def test_corners_military_addresses_and_an_addresses_last_lines_are_redacted(text, address):
    redacted = redact(text).text
    assert address not in redacted and "<ADDRESS_" in redacted, redacted


@pytest.mark.parametrize(
    "text",
    [
        "Flight BA 2490 landed at 10:45, trip 8c1d9e0f cost $18.40.",
        "Booked with Ryanair FR 1234",
        "I waited in Terminal 5 for 20 minutes.",
        "We met in Berlin 2019 and again on 12.11.2026.",
        "The corner of the seat was torn, trip 5dfeb7a2.",
    ],
)
def test_flight_numbers_terminals_years_and_corners_of_things_are_no_addresses(text):
    assert "<ADDRESS_" not in redact(text).text


def test_a_name_keeps_its_title_and_suffix_inside_the_placeholder():
    redacted = redact("The player Mrs. Bojka Žilih MD was detained at the border.").text
    assert "Mrs." not in redacted and "MD" not in redacted and "<PERSON_1>" in redacted, redacted


def test_a_byte_order_mark_inside_a_name_does_not_hide_it():
    redacted = redact("The song was arranged and sung by Jan \ufeffKučera in 2008.").text
    assert "Kučera" not in redacted, redacted


@pytest.mark.parametrize("text", ["You can call 33 66 18", "Personal Info:\nPhone:\n94 20 56\n"])
def test_a_short_local_phone_number_after_its_cue_is_redacted(text):
    assert "<PHONE_1>" in redact(text).text


def test_six_digits_without_a_phone_cue_stay():
    text = "Order 33 66 18 and seat 12 34 56 were both wrong."
    assert redact(text).text == text


def test_a_web_address_a_customer_gives_is_redacted_but_not_in_our_drafts():
    text = "My website is https://www.TourCatalyst.cz/ and the help page is www.example.com/help."
    assert "TourCatalyst" not in redact(text).text and "<URL_1>" in redact(text).text
    assert redact(text, written_by_us=True).text == text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("My driver's license number is k011787037237", "k011787037237"),
        ("Passport no. X1234567, issued in 2019.", "X1234567"),
        ("My SSN is 078-05-1120", "078-05-1120"),
    ],
)
def test_an_identity_documents_number_after_its_cue_is_redacted(text, number):
    redacted = redact(text).text
    assert number not in redacted and "<DOCUMENT_1>" in redacted, redacted


def test_a_licence_plate_and_a_trip_id_after_licence_words_are_kept():
    text = "The licence plate was AB12 CDE on trip 8c1d9e0f, licence check 2026."
    assert redact(text).text == text


def test_a_name_spelt_with_letters_english_lacks_is_found_in_a_context_the_ner_never_saw():
    redacted = redact("Forwarded for Cora Römer: the refund for trip 5dfeb7a2 is still open.").text
    assert "Römer" not in redacted and "5dfeb7a2" in redacted, redacted


@pytest.mark.parametrize(
    "text",
    [
        "I was dropped in Horní Blatná instead of the station.",
        "The driver took Rákóczi Út 96 instead of the ring road.",
    ],
)
def test_towns_streets_and_foreign_words_are_not_taken_for_names_by_their_letters(text):
    assert "<PERSON_" not in redact(text).text


# --- issue 20, third round: kept items of many countries, names from a list and in other scripts ------

KEPT_ITEMS = [
    ("a plate after its cue", "The car with plate YW-745-MC never came.", "YW-745-MC"),
    ("a plate in brackets after reg", "I left my bag in the car (reg 9544 JHF) on Monday.", "9544 JHF"),
    ("a plate written compactly", "Driver of car DJ854CE was rude.", "DJ854CE"),
    ("a flight number after its cue", "My flight EZY8341 landed late.", "EZY8341"),
    ("a time with Uhr", "Abholung war um 20.01 Uhr, Maria Lopez wartete.", "20.01 Uhr"),
    ("a clock with a dot", "The driver came at 2.13 and left.", "2.13"),
    ("koruna after the number", "I paid 14228 Kč for a short ride.", "14228 Kč"),
    ("yen before the number", "The fare was ¥4061 instead of ¥2000.", "¥4061"),
    ("francs before the number", "Charge CHF 424.41 on my card, please explain.", "CHF 424.41"),
    ("a date before an address", "On 26/8/2026 I was dropped at 12 High Street.", "26/8/2026"),
    ("a day and month after on", "Picked up on 06/10 at Hauptstraße 5, 10115 Berlin.", "06/10"),
]


@pytest.mark.parametrize(("what", "text", "kept"), KEPT_ITEMS, ids=[k[0] for k in KEPT_ITEMS])
def test_plates_flights_clocks_amounts_and_dates_of_many_countries_stay(what, text, kept):
    result = redact(text)
    assert kept in result.text, result.text


def test_a_postcode_written_like_an_amount_in_zloty_is_still_an_address():
    text = "I was picked up at 1 Billy Roads, North Charlotte, G0D 4ZL at 3pm."
    assert "4ZL" not in redact(text).text


def test_a_house_number_written_like_a_date_stays_in_its_address():
    text = "Please send it to ул. Шамары, д. 55 к. 6/8, 748806, thank you."
    assert "6/8" not in redact(text).text


@pytest.mark.parametrize(
    "iban",
    [
        "AR52 DVBX 9731 8546 5383 5121 4347",
        "RU97 2636 1343 9489 19UL IDHR BSNX ULPO P",
        "RU8445656168044992PJDRMHSSXMQGJWE",
    ],
)
def test_an_account_number_of_a_country_outside_the_registry_is_redacted_by_its_checksum(iban):
    only(f"Refund to {iban} please.", iban)


@pytest.mark.parametrize("iban", ["DE89.3704.0044.0532.0130.00", "DE89  3704  0044  0532  0130  00"])
def test_an_iban_grouped_with_dots_or_two_blanks_is_redacted(iban):
    only(f"IBAN {iban} please", iban)


def test_a_postcode_and_a_sentence_after_it_are_no_account_number_whatever_their_checksum():
    text = "Picked up at Flat 9, Smith Streets, Joannatown, CH51 2LU at 9am. Can you check?"
    assert "9am" in redact(text).text


def test_a_reference_of_an_iban_shape_whose_checksum_fails_stays():
    entities = redact("Ref AR52 DVBX 9731 8546 5383 5121 4348 is my booking.").entities
    assert all(e.type != "IBAN" for e in entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yesterday Asger Friis and I shared a ride.", "Asger Friis"),
        ("Could Jeanette please call me back?", "Jeanette"),
        ("Vanda shouted at Brandon about the fare.", "Brandon"),
        ("Thank you Dimitri Delhaye for the quick help!", "Dimitri Delhaye"),
        ("Can Lukas Schmidt get a receipt for the ride?", "Lukas Schmidt"),
        ("The parcel is for Aoife O'Connor, 14 Dame Lane, Dublin 2, D02 X285.", "O'Connor"),
    ],
)
def test_a_first_name_of_the_list_is_found_in_prose_the_ner_misses(text, name):
    assert name not in redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "I flew in from Sydney and the driver was late.",
        "The Mercedes smelled of smoke.",
        "We waited in Bergen for an hour.",
        "Starting Daphne Server at port 8000",
    ],
)
def test_a_listed_name_that_is_a_place_a_car_or_a_server_stays(text):
    assert redact(text, written_by_us=text.startswith("Starting")).entities == ()


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Thank you Руслан for the quick help!", "Руслан", "PERSON"),
        ("My colleague 健一 渡辺 booked it.", "健一 渡辺", "PERSON"),
        ("Please ask דוד מלול to call me.", "דוד מלול", "PERSON"),
        (
            "Send it to 울산광역시 북구 석촌호수길 237-96 please.",
            "울산광역시 북구 석촌호수길 237-96",
            "ADDRESS",
        ),
    ],
)
def test_a_name_or_address_in_another_script_inside_an_english_message_is_redacted(text, value, kind):
    assert only(text, value).type == kind


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Please post it to 0295 William Stravenue, East Jenniferberg, MB X5N 1S2. Thanks",
            "0295 William Stravenue, East Jenniferberg, MB X5N 1S2",
        ),
        (
            "Drop it at 12 White Siding, Richardberg, VIC, 2941 tomorrow.",
            "12 White Siding, Richardberg, VIC, 2941",
        ),
        (
            "Pickup was at Ligetvári utca 235., H-3259 Melléknémeti yesterday.",
            "Ligetvári utca 235., H-3259 Melléknémeti",
        ),
        (
            # (a landmark told after a home address is part of it, as dev13 labels it)
            "I live at Canale Giulia, 297, 58037, Selva (GR), near the car park.",
            "Canale Giulia, 297, 58037, Selva (GR), near the car park",
        ),
        (
            "Deliver to Maartjepad 19, 2150GB, Doornspijk. My number is below.",
            "Maartjepad 19, 2150GB, Doornspijk",
        ),
    ],
)
def test_address_layouts_of_canada_australia_hungary_italy_and_the_netherlands_are_whole(text, address):
    assert only(text, address).type == "ADDRESS"


def test_the_driver_shown_in_the_app_is_no_name():
    assert redact("Maria Wright was not the driver shown in the app.").text == (
        "<PERSON_1> was not the driver shown in the app."
    )


def test_a_stockholm_number_after_its_cue_is_a_phone_not_a_date():
    only("Please call me on 08-26 01 81 after work.", "08-26 01 81")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le véhicule immatriculé ZH 676010 est arrivé en retard.", "ZH 676010"),
        ("Der Fahrer mit dem Kennzeichen W-80570L war unhöflich.", "W-80570L"),
        ("O motorista da placa RIO2A18 foi grosseiro.", "RIO2A18"),
        ("Bonsoir, la facture pour la commande #9803699 svp.", "#9803699"),
        ("Asunto: viaje 78907853, el conductor fue amable.", "78907853"),
        ("Die Rechnung bitte, Bestellnummer ORD-2025-47900.", "ORD-2025-47900"),
        ("El viaje fue el 3 de septiembre de 2026 por la tarde.", "3 de septiembre de 2026"),
        ("The fare was KSh 4,987 for a short ride.", "KSh 4,987"),
        ("I was dropped at Potsdamer Platz instead of my hotel.", "Potsdamer Platz"),
        ("Pick me up at Manchester Piccadilly at 18:05.", "Manchester Piccadilly"),
        ("We waited outside the Sydney Opera House.", "Sydney Opera House"),
        ("Il devait me déposer à l'aéroport Charles de Gaulle.", "Charles de Gaulle"),
    ],
)
def test_plates_orders_dates_amounts_and_places_in_the_desks_languages_stay(text, kept):
    assert kept in redact(text).text, redact(text).text


def test_a_place_word_does_not_hide_a_name_that_is_also_a_surname():
    assert "Park" not in redact("Regards,\nMin-jun Park").text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hallo, hier ist grzegorz miętus, bitte um rückruf", "grzegorz miętus"),
        ("my friend katie colon left her bag in the car", "katie colon"),
    ],
)
def test_a_name_written_all_in_lowercase_is_found_by_its_first_name(text, name):
    assert name not in redact(text).text


def test_lowercase_words_after_a_first_name_that_are_verbs_or_common_words_stay():
    text = redact("then jean asked if the refund was sent").text
    assert "asked if the refund" in text, text


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("Mora na Rua Augusta 112, 2999-829 Setúbal, perto da estação.", "2999-829"),
        ("Endereço: Favela Brayan Camargo, 155\nCEP 02947-119", "02947-119"),
    ],
)
def test_a_postcode_written_like_a_phone_number_is_an_address(text, postcode):
    entity = next(e for e in redact(text).entities if postcode in e.value)
    assert entity.type == "ADDRESS"


@pytest.mark.parametrize(
    "phone", ["+44 1293 917241 (ext. 204)", "011 3217-7250 int. 7", "514 287-9931 poste 12"]
)
def test_a_phone_number_keeps_its_extension_in_any_language(phone):
    only(f"Tel.: {phone}", phone)


@pytest.mark.parametrize(
    "text", ["Asunto: viaje perdido", "Envoyé de mon iPhone", "I paid by bank transfer."]
)
def test_mail_headers_greetings_and_payment_words_are_no_names(text):
    assert all(e.type != "PERSON" for e in redact(text).entities)


def _left_readable(text: str, value: str) -> str:
    """What of `value` inside `text` redaction leaves readable."""
    start = text.index(value)
    return left_readable(text, covered_mask(text, redact(text).entities), start, start + len(value))


@pytest.mark.parametrize(
    "address",
    [
        "Résidence les Tilleuls, 42 avenue Foch, 69006 Lyon",
        "2e étage, porte droite, 18 rue des Lilas, 31000 Toulouse",
        "Flat No. 12, Lotus Residency, Opp. City Hospital, Nashik - 422001, Maharashtra",
        "Calle Olmos 84, depto. B, Caballito, 1405 CABA",
        "Rua das Flores 51, apto 3, Centro, Campinas - SP, 13015-100, Brasil",
        "Carrer Gran 17, 08012 Barcelona (Barcelona), Spain",
        "Oakwood Heights 7\n1-4-9 Higashi-Azabu\nMinato-ku, Tokyo 106-0044",
    ],
)
def test_the_pieces_written_around_an_address_go_with_it(address):
    text = f"Please send the bag to {address}. Thanks!"
    assert _left_readable(text, address) == "", redact(text).text


def test_a_postcode_the_phone_finder_took_closes_the_address_before_it():
    text = "Ela mora em Avenida Brasil, 120\nJardim América\nBauru - SP\n17012-630\nObrigado"
    assert _left_readable(text, "Bauru - SP\n17012-630") == ""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hey it's june, my card was charged twice.", "june"),
        ("hallo, holly hier, ich habe mein Handy im Auto vergessen.", "holly"),
        ("The driver never came.\n\nUn saludo, wenjie", "wenjie"),
        ("From: dale ortiz-brennan <d.ob@example.org>\nSubject: refund", "dale ortiz-brennan"),
        ("Please pay it to my account, Kontoinhaber ivo marić.", "ivo marić"),
        ("Can you make sure Will gets the refund?", "Will"),
    ],
)
def test_a_name_that_is_also_a_word_is_read_after_a_strong_cue(text, name):
    assert _left_readable(text, name) == "", redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "I will be late, it's raining. See you in June and next April.",
        "Merci infiniment.",
        "Thanks, bye",
        "It's Monday, and it is Terminal 5 again.",
    ],
)
def test_words_after_those_cues_stay_when_they_are_no_names(text):
    assert redact(text).entities == (), redact(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Driver KTR 418 dropped me at the wrong gate.", "KTR 418"),
        ("She went from Galata Tower to the hotel.", "Galata Tower"),
        ("The driver went to King's Cross instead.", "King's Cross"),
        ("We waited at the wrong entrance of Murtala Muhammed Airport.", "Murtala Muhammed Airport"),
        ("I was picked up at Estação da Luz at 09:20.", "Estação da Luz"),
        ("he went to Vashi station instead.", "Vashi station"),
        ("They left me at Heathrow Terminal 5 at 8:50am.", "Heathrow Terminal 5"),
        ("We shared the ride (52718340) and were both charged.", "52718340"),
    ],
)
def test_plates_places_terminals_and_ids_in_brackets_stay(text, kept):
    assert kept in redact(text).text, redact(text).text


@pytest.mark.parametrize(
    "address",
    [
        "Kärntner Straße 21/3/14\n1010 Wien",
        "Caferağa Mah. Güneşli Bahçe Sok. No:8 D:2, 34710 Kadıköy/İstanbul",
    ],
)
def test_austrian_door_numbers_and_turkish_lines_are_addresses(address):
    text = f"Adresse: {address}. Danke."
    assert _left_readable(text, address) == "", redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("O meu colega Dhruv chamou o carro.", "Dhruv"),
        ("Transferência para a conta, titular anouk brandsma. Abraço", "anouk brandsma"),
        ("Das war nicht ich. Gruß, linnea", "linnea"),
        ("I am writing on behalf of teodor vasquez, who has no email.", "teodor vasquez"),
    ],
)
def test_a_relation_an_account_holder_or_a_sign_off_names_who_follows(text, name):
    assert _left_readable(text, name) == "", redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Could Hunter call me back? He has my keys.", "Hunter"),
        ("ask bob about it, she booked the ride", "bob"),
        ("pregúntale a rusty, ella pidió el coche", "rusty"),
        ("Können Sie Kittisak unter +43 664 105266 zurückrufen?", "Kittisak"),
        ("Grace period for the fee? Sandy cancelled at 8h50.", "Sandy"),
        ("Cobro duplicado, somchai no reconoce el viaje 2d6e7c6d", "somchai"),
        ("Terugbetaling t.n.v. Svetlana Hill graag.", "Svetlana Hill"),
    ],
)
def test_a_name_is_read_after_what_is_asked_of_a_person_or_what_they_did(text, name):
    assert _left_readable(text, name) == "", redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Will you please tell the driver?",
        "Can you call me back?",
        "ask the driver about it",
        "ask mum, she booked it",
        "The driver of EJ32 VFF rode down the avenue.",
    ],
)
def test_those_cues_take_no_common_word_relation_or_code(text):
    assert not [e for e in redact(text).entities if e.type == "PERSON"], redact(text).text


@pytest.mark.parametrize(
    "address",
    [
        "Jung-dong 292-52, Bundang-gu, Seongnam-si, South Korea",
        "42 Dosan-daero 15-gil, Gangnam-gu, Seoul 06039",
        "6-12-6 Umeda\nKita-ku, Osaka 530-0001\nJapan",
    ],
)
def test_korean_and_japanese_addresses_in_latin_letters_are_addresses(address):
    text = f"Please send it to {address}. Thanks"
    assert _left_readable(text, address) == "", redact(text).text


def test_a_phone_number_written_against_japanese_letters_is_one():
    text = "カバンを忘れました。電話は090-4412-7783です。配車 f3a90d16。"
    assert _left_readable(text, "090-4412-7783") == "", redact(text).text
    assert "f3a90d16" in redact(text).text


def test_a_welsh_or_arabic_particle_stays_inside_the_name():
    text = "Refund please. Account name Rhys ap Gruffudd."
    assert _left_readable(text, "Rhys ap Gruffudd") == "", redact(text).text


@pytest.mark.parametrize(
    "place",
    [
        "Frederick Douglass Blvd",
        "Martin Luther King Jr Blvd",
        "Rue Victor Hugo",
        "Indira Gandhi International",
    ],
)
def test_a_place_named_after_a_person_stays(place):
    text = f"The driver dropped me at {place} instead of the hotel."
    assert place in redact(text).text, redact(text).text


# --- issue 20, sixth round: kept places, landmarks and script-specific layouts ---------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We waited for ages near Benito Juárez park, then the car came.", "Benito Juárez park"),
        ("Pickup from Luneta Park at 6, the fare doubled.", "Luneta Park"),
        ("We wanted to go to Luneta Park but he took another road.", "Luneta Park"),
        ("Dropped at the hotel and not at Indira Gandhi, as I asked.", "Indira Gandhi"),
        ("He left us outside Earl's Court, miles away.", "Earl's Court"),
        ("The car went past Lyon-Saint-Exupéry twice.", "Lyon-Saint-Exupéry"),
    ],
)
def test_a_place_named_after_a_person_stays_without_a_street_word(text, place):
    assert place in redact(text).text, redact(text).text


@pytest.mark.parametrize(
    ("text", "address", "place"),
    [
        (
            "He left me at 500 Main Street, Dallas, TX 75201 instead of Ellis Plaza.",
            "500 Main Street, Dallas, TX 75201",
            "Ellis Plaza",
        ),
        (
            "Le chauffeur m'a déposé au 12 rue de Rivoli, 75001 Paris au lieu de Place Charles-de-Gaulle.",
            "12 rue de Rivoli, 75001 Paris",
            "Place Charles-de-Gaulle",
        ),
        (
            "Pick-up was 77 Queen St, Toronto, ON M5H 2M9, drop-off Lincoln Center, trip 8154e11b.",
            "77 Queen St, Toronto, ON M5H 2M9",
            "Lincoln Center",
        ),
    ],
)
def test_an_address_ends_where_the_place_got_instead_begins(text, address, place):
    result = redact(text).text
    assert _left_readable(text, address) == "" and place in result, result


def test_a_date_in_brackets_after_an_ip_address_stays():
    text = "Sign-in alerts: 81.2.69.160 (11/07), 81.2.69.161 (Oct 8). Not me."
    result = redact(text).text
    assert "(11/07)" in result and "81.2.69.160" not in result, result


@pytest.mark.parametrize(
    "address",
    [
        "H.No. 8-2-293, Near Clock Tower, Banjara Hills, Hyderabad, Telangana 500034",
        "Plot No. 41, Opp. City Mall, Satellite, Ahmedabad, Gujarat 380015",
        "B-22, Sector 18, Near Metro Station, Noida, Uttar Pradesh 201301",
        "H.No. 5-9-12\nBehind Post Office\nKoti\nHyderabad, Telangana 500095",
        "Carrera 7 # 45-10, Chapinero, Bogotá",
        "Diagonal 40 No. 22-15, Laureles, Medellín",
        "Lavalle 1450, Piso 3 Dto. C, San Nicolás, C1048 Buenos Aires",
        "512-88 Boulevard Saint-Laurent, Montréal QC H2X 2T1",
        "Seocho-dong 1321-5, Seocho-gu, Seoul, South Korea",
    ],
)
def test_indian_latin_american_and_unit_civic_addresses_are_whole(address):
    text = f"Wrong drop-off: I asked for {address} and ended up somewhere else."
    assert _left_readable(text, address) == "", redact(text).text


@pytest.mark.parametrize(
    ("text", "pii", "kept"),
    [
        (
            "이서준 고객님 배송지: 부산광역시 해운대구 센텀중앙로 79, 201동 803호 입니다",
            ["이서준", "부산광역시 해운대구 센텀중앙로 79, 201동 803호"],
            [],
        ),
        ("안녕하세요, 최민서입니다. 요금이 두 번 나갔어요.", ["최민서"], ["안녕하세요"]),
        (
            "送り先：〒530-0001 大阪府大阪市北区梅田3-1-1 グランドハイツ1203号室 山田 花子 宛",
            ["〒530-0001 大阪府大阪市北区梅田3-1-1 グランドハイツ1203号室", "山田 花子"],
            [],
        ),
        ("運転手さんと 高橋 さんが 品川駅 で降りました。", ["高橋"], ["運転手", "品川駅"]),
        (
            "يرجى إرسال الهاتف إلى ٢٣ شارع التحرير، الدقي، الجيزة باسم أحمد محمود",
            ["٢٣ شارع التحرير، الدقي، الجيزة", "أحمد محمود"],
            [],
        ),
    ],
)
def test_names_and_addresses_written_in_korean_japanese_or_arabic_are_read(text, pii, kept):
    result = redact(text).text
    for value in pii:
        assert _left_readable(text, value) == "", (value, result)
    for value in kept:
        assert value in result, (value, result)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mi correo es ana@example.com, el de Oyelaran es t.oyelaran@example.org.", "Oyelaran"),
        ("Not me logging in. Faith Okonkwo, fokonkwo@example.com", "Faith Okonkwo"),
        ("Booked for k. adebayo, her mail is adebayo.k@example.com", "k. adebayo"),
        ("Refund to IBAN NL91ABNA0417164300 t.n.v. R. Mulder graag.", "R. Mulder"),
        ("Remboursement au nom de okafor, merci.", "okafor"),
        ("Hola, soy thanh nguyen. Cambié de dirección.", "thanh nguyen"),
        ("El conductor dejó a Kwabena en la esquina equivocada.", "Kwabena"),
        ("tendai said the car smelled of smoke.", "tendai"),
        ("Anneke und Wojciech haben die Fahrt geteilt.", "Wojciech"),
    ],
)
def test_a_name_is_read_from_the_email_beside_it_and_after_more_cues(text, name):
    assert _left_readable(text, name) == "", redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Please let me know process to it's extend validity.",
        "Fare was $96.40, quote said $71.",
        "Please write to support@example.com about the Support ticket.",
    ],
)
def test_those_cues_leave_plain_words_alone(text):
    assert not [e for e in redact(text).entities if e.type == "PERSON"], redact(text).text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kwame e Ingrid erano con me, l'autista ha sbagliato strada.", ["Kwame", "Ingrid"]),
        ("me and oskar got a cab from the station last night", ["oskar"]),
        ("Noor, Linnea and I got out at the mall, the meter kept running.", ["Noor", "Linnea"]),
        ("we were 3: me, anouk and thandiwe. extra charge for the 3rd person", ["anouk", "thandiwe"]),
        ("Quoted £16, paid £27.40. Not impressed. Rhodri ap Siôn", ["Rhodri ap Siôn"]),
        ("Refund please, the fare doubled.\n\nThanks,\nMei Lin\n01632 960983", ["Mei Lin"]),
        ("Account: IE29 AIBK 9311 5212 3456 78 (T. Okonjo). Please pay it there.", ["T. Okonjo"]),
        ("demande Anaïs, elle a tout vu.", ["Anaïs"]),
        ("Kunnen jullie Femke even bellen op 020 123 4567?", ["Femke"]),
    ],
)
def test_people_named_together_closing_the_message_or_holding_the_account_are_names(text, names):
    for name in names:
        assert _left_readable(text, name) == "", (name, redact(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "3... 2... 1... liftoff!",
        "chiamate 347 123 4567 grazie",
        "Can you check booking RSV889304? Prenotazione RSV889304.",
        "The cats and dogs were fine, the driver was not.",
    ],
)
def test_those_rules_leave_words_and_codes_alone(text):
    assert not [e for e in redact(text).entities if e.type == "PERSON"], redact(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("o motorista passou pela Praça da Figueira duas vezes", "Praça da Figueira"),
        ("the driver went the long way down Hyde Park Corner", "Hyde Park Corner"),
        ("ci ha lasciati in corso Garibaldi, non in stazione", "corso Garibaldi"),
        ("Driver went to John F. Kennedy International instead of home.", "John F. Kennedy International"),
        ("pagato 71 euro invece di Fr. 102.82, grazie", "Fr. 102.82"),
        ("plate was 12가 3456, around 13:45", "12가 3456"),
        ("Dropped at Changi T3, not T1. Ref: QMEKRN", "QMEKRN"),
    ],
)
def test_routes_named_places_short_terminals_and_codes_stay(text, kept):
    assert kept in redact(text).text, redact(text).text


def test_a_recognizer_registered_for_another_language_does_not_read_english_text():
    engine = pii_analyzer.get_engine()
    german = PatternRecognizer(
        supported_entity="PERSON",
        supported_language="de",
        name="GermanOnly",
        patterns=[Pattern("every word", r"\b\w+\b", 0.99)],
    )
    engine.registry.recognizers.append(german)
    try:
        found = pii_analyzer.detect("The refund for trip 3fa8c2d1 was 12.50 EUR.")
    finally:
        engine.registry.recognizers.remove(german)

    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Near X, " + "1, " * 1300,
        "Near X, " + "H.No. 1-1, " * 360,
        "Near the end I paid " + ", ".join(str(i) for i in range(12, 1000)) + " euros.",
    ],
    ids=["numbers", "house-numbers", "amounts"],
)
def test_an_indian_address_line_pattern_reads_a_long_list_after_a_landmark_in_linear_time(text):
    # Seconds a message before its lines were taken whole; the regex module stops a search past its timeout.
    assert list(IN_ADDRESS_RE.finditer(text, timeout=2.0)) == []


@pytest.mark.parametrize(
    "text", ["Policy exception", "Floor pilot", "See notes.\nPolicy exception", "Done.\nFloor pilot"]
)
def test_an_agents_short_reason_or_an_experiments_name_is_no_name_closing_a_message(text):
    assert redact(text).text == text


def test_every_verb_of_a_pair_of_people_holds_a_key_that_lets_its_pattern_run():
    verbs = pii_patterns._PAIR_VERBS.split("|")
    assert all(any(key in verb for key in pii_patterns._PAIR_VERB_KEYS) for verb in verbs), verbs


def test_a_process_that_redacts_runs_numpys_blas_on_one_thread():
    # The NER's products (numpy's BLAS) are small: a second thread only spins, and a worker's other threads
    # with it. SciPy's own BLAS, loaded later by the safety classifier, is not the NER's and keeps its threads.
    redact("Hi, this is Maria Lopez from Leeds.")
    blas = ThreadpoolController().select(user_api="blas").lib_controllers
    numpys = [lib for lib in blas if "numpy" in lib.filepath]
    assert numpys and {lib.num_threads for lib in numpys} == {1}


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Șoferul a cerut încă 20 lei cash. Adresa mea: Str. Mihai Eminescu nr. 45, bl. A2, ap. 12, 010512 București.",
            "Str. Mihai Eminescu nr. 45, bl. A2, ap. 12, 010512 București",
        ),
        (
            "Sopir minta 20 ribu. Alamat saya: Jl. Dago No. 118, Bandung 40135.",
            "Jl. Dago No. 118, Bandung 40135",
        ),
    ],
)
def test_an_address_after_the_word_for_address_mid_sentence_is_redacted_with_its_block_and_town(
    text, address
):
    assert only(text, address).type == "ADDRESS"


def test_a_block_of_the_terms_is_no_address():
    assert redact("The fee was 14.50, see block C of the terms.").entities == ()
