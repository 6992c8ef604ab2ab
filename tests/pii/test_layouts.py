"""Issue 20, eighth round (copilot/pii/layouts.py): form fields, address layouts the street finders do not
read, people after cues in more languages, names ending a message, particles in names; and what must stay:
ids, amounts, times, dates, places and log lines. The examples are written for these tests."""

from __future__ import annotations

import pytest

from copilot.pii import layouts, redact, warm_up
from copilot.pii.analyzer import Detection
from copilot.pii.scoring import covered_mask, left_readable
from tests.growth import LINEAR_AT_MOST, slowdown


@pytest.fixture(scope="module", autouse=True)
def _analyzer_built():
    warm_up()


def _left(text: str, value: str) -> str:
    """The letters and digits of `value` (inside `text`) that redaction left readable."""
    start = text.index(value)
    return left_readable(text, covered_mask(text, redact(text).entities), start, start + len(value))


def _types_over(text: str, value: str) -> set[str]:
    start = text.index(value)
    end = start + len(value)
    return {e.type for e in redact(text).entities if e.start < end and start < e.end}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Formulario de contacto:\nNombre: Lucía de la Fuente\nTeléfono: 612 345 678", "Lucía de la Fuente"),
        ("Naam: Pieter van den Berg\nE-mail: p.berg@example.nl", "Pieter van den Berg"),
        ("Imię i nazwisko: Zofia Kowalczyk\nTelefon: 501 222 333", "Zofia Kowalczyk"),
        ("Nom : Anaïs Le Goff\nTél. : 06 12 34 56 78", "Anaïs Le Goff"),
        ("> Ad Soyad: Elif Naz Arslan\n> Telefon: 0532 111 22 33", "Elif Naz Arslan"),
        ("Nome e cognome: Chiara Dalla Costa", "Chiara Dalla Costa"),
        # a name that opens with a town stays a name under its label
        ("Name: Paris Hilton\nPhone: 020 7946 0018", "Paris Hilton"),
        ("Nome: Dallas Young", "Dallas Young"),
        ("Surname: OKAFOR", "OKAFOR"),
    ],
)
def test_a_form_field_s_name_is_a_person(text, name):
    assert _left(text, name) == ""


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Adres: Cumhuriyet Caddesi No: 12 Daire: 4, Çankaya / Ankara\nTelefon: 0312 444 55 66",
            "Cumhuriyet Caddesi No: 12 Daire: 4, Çankaya / Ankara",
        ),
        (
            "Delivery address:\nPlot 14, Kira Road\nNtinda, Kampala\n\nThanks",
            "Plot 14, Kira Road\nNtinda, Kampala",
        ),
        (
            "Alış adresi: Halaskargazi Cad. No: 87 D: 3, Şişli / İstanbul",
            "Halaskargazi Cad. No: 87 D: 3, Şişli / İstanbul",
        ),
        ("I left my bag at Villa 12, Les Almadies, Dakar yesterday", "Villa 12, Les Almadies, Dakar"),
        (
            "Deliver to Building 22, Al Olaya District, Riyadh 12211 please",
            "Building 22, Al Olaya District, Riyadh 12211",
        ),
        (
            "pickup: 〒150-0002 Tokyo-to, Shibuya-ku Shibuya 3-12-5, 8:30 pm",
            "〒150-0002 Tokyo-to, Shibuya-ku Shibuya 3-12-5",
        ),
        ("We were picked up at Busan, Haeundae-gu, Centum-ro 20 at noon", "Busan, Haeundae-gu, Centum-ro 20"),
        ("집 주소: 푸른마을 아파트 305동 1102호 입니다", "아파트 305동 1102호"),
        ("Teslimat: Atatürk Bulvarı No:41 D:7, Çankaya", "Atatürk Bulvarı No:41 D:7, Çankaya"),
        ("Flat 3\n21 Mill Lane\nCambridge CB2 1HR\n\nThe driver was late", "Cambridge CB2 1HR"),
    ],
)
def test_address_layouts_are_read_whole(text, address):
    assert _left(text, address) == ""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi, I'm Austin Clarke and I was charged twice for trip 5be01c3d.", "Austin Clarke"),
        ("Goedemiddag, ik ben Jordan de Wit en mijn rit van gisteren was te duur.", "Jordan de Wit"),
        ("Dzień dobry, moja córka Zuzanna zostawiła telefon w aucie.", "Zuzanna"),
        ("merhaba, ben deniz kaya, dünkü yolculuk için yazıyorum", "deniz kaya"),
        ("mera beta Arjun kal raat ghar nahi pahuncha", "Arjun"),
        ("The refund never came.\n\nSaludos,\nMaría José de la Peña", "María José de la Peña"),
        ("The driver took a detour, please refund. /Henrik Solberg", "Henrik Solberg"),
        ("Contact: Sydney Walsh, sydney.walsh@example.com", "Sydney Walsh"),
        ("Mr Pieter van der Meer called about the invoice", "Pieter van der Meer"),
        ("[21:04] Kwame: I am at the gate\n[21:05] Driver: ok coming", "Kwame"),
        ("[09:12] Rose: where r u\n[09:13] Paris: outside", "Paris"),
        ("12/03/2026, 21:05 - Sarah Mokoena: outside now", "Sarah Mokoena"),
        ("12/03/2026, 21:04 - Thabo Nkosi: on my way", "Thabo Nkosi"),  # an unlisted given name
        ("[21:04] Chidi Okeke: at the gate", "Chidi Okeke"),
        ("hallo, ik ben lotte van dijk en ik wil mijn geld terug", "lotte van dijk"),
        ("Please contact Imani Waweru, imani.waweru@example.com, about it", "Imani Waweru"),
        ("[10:02] Agent Sarah: hello, how can I help?", "Sarah"),
        ("> On Tue, Mar 3, 2026 at 9:14 AM Jonas Berg <jonas.b@mail.com> wrote:\n> see you", "Jonas Berg"),
        ("Van: Pieter de Vries <p@example.nl>\nOnderwerp: rit", "Pieter de Vries"),
    ],
)
def test_people_after_cues_and_in_signatures(text, name):
    assert _left(text, name) == ""


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Name: Trip 4f3a9c21", "4f3a9c21"),
        ("Order: 112-8840392-5512096\nAmount: 24,50 €\nTime: 19:45\nDate: 12/03/2026", "24,50 €"),
        ("Order: 112-8840392-5512096\nAmount: 24,50 €\nTime: 19:45\nDate: 12/03/2026", "19:45"),
        ("Order: 112-8840392-5512096\nAmount: 24,50 €\nTime: 19:45\nDate: 12/03/2026", "112-8840392-5512096"),
        ("[10:02] Driver: I'm outside\n[10:03] Me: coming down", "Driver"),
        ("Driver D-483920 cancelled at 21:05", "D-483920"),
        ("my father retired at 60 and my son wants his money back", "retired"),
        ("mein Sohn hat 12,40 € bezahlt, Fahrt a1b2c3d4", "hat"),
        ("Thanks,\nSupport Team", "Support Team"),
        ("worker: Task 3f2a completed in 2.3s\nbeat: Scheduler: Sending due task", "Scheduler"),
        ("Flight: QF 402\nBooking reference: K7QZ2M", "K7QZ2M"),
        ("[10:02] Driver: I'm outside\n[10:03] Me: coming down", "Me"),
        ("[10:02] Update: trip 4f3a9c21 moved to 19:45", "Update"),
        ("12/03/2026, 21:04 - Support: your refund of 9,80 € is on its way", "Support"),
        ("Sent from support <no-reply@support.example>", "support"),
        ("[10:02:11] Task Runner: started job 5", "Task Runner"),
        ("10:02 - Cache Warmup: done in 2.3s", "Cache Warmup"),
        # teams, tools and programs sign, fill forms and speak in logs too
        ("[10:02:11] celery.beat: started", "celery.beat"),
        ("Regards,\nTrust And Safety", "Trust And Safety"),
        ("The refund is on its way.\n-- Goodwill Team", "Goodwill Team"),
        ("Name: Celery Beat\nState: running", "Celery Beat"),
    ],
)
def test_ids_amounts_times_and_words_stay(text, kept):
    assert _types_over(text, kept) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Address: not sure, the app showed the airport",
        "IP address: 81.2.69.160",
        "Email address: rider@example.com",
        "Building 5, Gate 3, Terminal 2",
        "Address lookup: 200 OK in 34 ms",
        "Address verification: failed 3 times",
        "Addresses: 2 saved",
    ],
)
def test_no_address_without_a_postal_address(text):
    assert not [d for d in layouts.detections(text) if d[0] == layouts.ADDRESS]


@pytest.mark.parametrize(
    "text",
    [
        "I'm Going Home now",
        "ich bin Berlin Hauptbahnhof angekommen",
        "le chauffeur m'a déposée trop loin",
        "the driver wouldnt stop",
        "my son D-483920",
        "soy Valencia",
    ],
)
def test_no_person_after_a_cue_without_a_name(text):
    assert layouts._cued_people(text) == []


def test_amend_joins_a_name_split_by_a_particle():
    text = "Nombre y apellido: Camilo de las Heras"
    found = [Detection("PERSON", 19, 25, 0.6), Detection("PERSON", 33, 38, 0.6)]
    assert [(d.start, d.end) for d in layouts.amend(text, found, Detection)] == [(19, 38)]


@pytest.mark.parametrize(
    ("text", "box"),
    [
        ("He lives on the north side of Postbox 135.", "Postbox 135"),
        ("Postfach 12 34, 10115 Berlin", "Postfach 12 34, 10115 Berlin"),
        ("Envíenlo al Apartado 2250, por favor.", "Apartado 2250"),
        ("Minha correspondência: Caixa Postal 118.", "Caixa Postal 118"),
        ("Adresse : BP 512, Dakar", "BP 512, Dakar"),
        ("Casilla de correo 4410, Santiago", "Casilla de correo 4410"),
    ],
)
def test_a_post_office_box_is_an_address(text, box):
    assert _left(text, box) == ""


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I left a box 3 times the size of a shoebox in the trunk", "box 3 times"),
        ("Box 3 of 5 delivered at 10:30", "Box 3 of 5"),
        ("Según el apartado 3 del contrato no hay reembolso", "apartado 3"),
        ("The BP station at the airport charged me twice", "BP station"),
    ],
)
def test_a_box_that_is_no_post_office_box_stays(text, kept):
    assert _types_over(text, kept) == set()


@pytest.mark.parametrize(
    "text, echo",
    [
        ("Is there a better example than early Faubert? Read Simone Faubert's Cautionary Tales.", "Faubert?"),
        ("Read Simone Faubert's Cautionary Tales first. Nothing beats early Faubert.", "Faubert."),
        (
            "Fahrer war Jörg Wöhrle-Kaltenbach; laut Wöhrle-Kaltenbach war die Fahrt bezahlt.",
            "Kaltenbach war",
        ),
    ],
)
def test_a_name_found_once_is_hidden_wherever_else_it_stands(text, echo):
    # the NER and the cue finders miss these alone (a surname with no cue); the first mention is found
    start = text.rindex(echo)
    assert {e.type for e in redact(text).entities if e.start < start + 4 and start < e.end} == {"PERSON"}


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Hiya, it's Chelsea! The driver went to Chelsea Road instead. Trip f013e7a9.", "Chelsea Road"),
        (
            "Thank you Priya and Lincoln for trip 3c4e8b12. Best service in Lincoln, Nebraska.",
            "Lincoln, Nebraska",
        ),
        ("I spoke to Will Tanaka-Berg; Will we get a refund?", "Will we"),
        ("Regards, Ayşe Paris\nPS: the trip to Paris was fine.", "Paris was"),
    ],
)
def test_a_name_found_once_is_not_hidden_where_it_names_a_place_or_a_word(text, kept):
    assert _types_over(text, kept) == set()


@pytest.mark.parametrize(
    ("head", "unit", "n"),
    [
        ("", " ", 10000),
        ("", "a", 10000),
        ("", "a ", 5000),
        ("", ":", 2000),
        ("", "A-", 5000),
        ("Name: ", "Ab ", 2500),
        ("", "my son ", 1500),
        ("", "Postbox 12 34 ", 750),
        ("", "BP ", 3000),
        ("", "near ", 2000),
        ("", "No. ", 2000),
        ("", "No. 1, ", 1500),
        ("", "House 1, Ab Cd, ", 750),
        ("", "Flat 2, near the Mall, Pune, ", 400),
        ("", "AB Cd, ", 1500),
        ("", "A. B. Cd ", 1250),
        ("", "ABC DEF ", 1250),
        ("", "Ab 'Cd' Ef ", 1000),
        ("", "C-4/1, ", 1500),
        ("", "12 sharea A, ", 1000),
        ("", "Rose Cottage, ", 750),
        ("", "Chief (Mrs) Ab ", 750),
    ],
)
def test_layouts_take_time_in_proportion_to_long_inputs(head, unit, n):
    def run(text):
        layouts.detections(text)
        layouts.amend(text, [Detection("PERSON", 0, 2, 0.6), Detection("ADDRESS", 4, 8, 0.6)], Detection)

    assert slowdown(run, lambda size: head + unit * size, n) < LINEAR_AT_MOST


# Issue 20, the tenth round: address lines as people say where they live, led by a unit's or a street's
# word, with landmarks and a town or postcode; document-style names. The examples are written for these
# tests; the ids, amounts, times, flights and plates beside them stay.
@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        (
            "Please drop the parcel at Flat 4C, Green Acres, near Ganesh Temple, Indiranagar, Bengaluru "
            "560038. Trip 7a6b5c4d, Rs 420.",
            "Flat 4C, Green Acres, near Ganesh Temple, Indiranagar, Bengaluru 560038",
            ("7a6b5c4d", "Rs 420"),
        ),
        (
            "Nyumbani ni Mtaa wa Uhuru, nyumba namba 7, karibu na soko la Kariakoo, Ilala, Dar es Salaam. "
            "Safari 1a2b3c4d, TSh 12,000.",
            "Mtaa wa Uhuru, nyumba namba 7, karibu na soko la Kariakoo, Ilala, Dar es Salaam",
            ("1a2b3c4d", "TSh 12,000"),
        ),
        (
            "Chez nous c'est Cité Keur Gorgui 4, villa n° 212, en face de la mosquée, Dakar. Vol AF 718.",
            "Cité Keur Gorgui 4, villa n° 212, en face de la mosquée, Dakar",
            ("AF 718",),
        ),
        (
            "ghar House no. 9, gali no. 2, Hanuman Mandir ke paas, Lajpat Nagar, New Delhi 110024, driver "
            "late aaya, trip 3f4e5d6c.",
            "House no. 9, gali no. 2, Hanuman Mandir ke paas, Lajpat Nagar, New Delhi 110024",
            ("3f4e5d6c",),
        ),
        (
            "Home: D-12/4, Vasant Kunj, opp. Ambience Mall, New Delhi 110070. Mob 98110 45237. Trip 0a9b8c7d.",
            "D-12/4, Vasant Kunj, opp. Ambience Mall, New Delhi 110070",
            ("0a9b8c7d",),
        ),
        (
            "alamat saya No. 7, Jalan Bukit Bintang 3, 55100 Kuala Lumpur. Trip 2a1f9c0e, RM 35.",
            "No. 7, Jalan Bukit Bintang 3, 55100 Kuala Lumpur",
            ("2a1f9c0e", "RM 35"),
        ),
        (
            "tinggal di Pangsapuri Sri Mawar, Blok B-3-7, Jalan Mawar 2, 43300 Seri Kembangan. Trip d1e2f3a4.",
            "Pangsapuri Sri Mawar, Blok B-3-7, Jalan Mawar 2, 43300 Seri Kembangan",
            ("d1e2f3a4",),
        ),
        (
            "Vivo en Cerrada Los Pinos 14, Col. Del Valle, Puebla, Pue. Viaje 5d6e7f8a, $120 MXN.",
            "Cerrada Los Pinos 14, Col. Del Valle, Puebla, Pue",
            ("5d6e7f8a", "$120 MXN"),
        ),
        (
            "She lives at Plot 9, Ahmadu Bello Way, Garki, Abuja, behind the First Bank branch. Trip c1d2e3f4.",
            "Plot 9, Ahmadu Bello Way, Garki, Abuja, behind the First Bank branch",
            ("c1d2e3f4",),
        ),
        (
            "Address House 5, Street 14, G-9/3, Islamabad, near Karachi Company bus stop. Rs 700 paid.",
            "House 5, Street 14, G-9/3, Islamabad, near Karachi Company bus stop",
            ("Rs 700",),
        ),
        (
            "Old No. 5, New No. 12, 3rd Cross Street, near Murugan Temple, T. Nagar, Chennai 600017 at 6:40 pm.",
            "Old No. 5, New No. 12, 3rd Cross Street, near Murugan Temple, T. Nagar, Chennai 600017",
            ("6:40 pm",),
        ),
        (
            "Please send the taxi to Holly Cottage, Church Lane, Little Snoring, Fakenham NR21 0JF by 06:50.",
            "Holly Cottage, Church Lane, Little Snoring, Fakenham NR21 0JF",
            ("06:50",),
        ),
    ],
)
def test_address_lines_with_landmarks_go_and_what_is_beside_them_stays(text, address, kept):
    assert _left(text, address) == ""
    for value in kept:
        assert _types_over(text, value) == set(), value


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Flight no. 118, gate B, near the duty free, Terminal 3 at 14:20.", "no. 118"),
        ("Invoice No. 4471, booking ref KX-2210, near Platform 9, Paddington, amount £12.50", "4471"),
        ("Room no. 412, near the lifts, Hilton Garden Inn, checkout at 11:00.", "Hilton Garden Inn"),
        ("Pick me up at Gate 4, Terminal 2, near Costa, Gatwick Airport at 05:10.", "Terminal 2"),
        ("Seats 12, 13, near the window, coach 4 on the 08:15 to Leeds.", "coach 4"),
    ],
)
def test_unit_words_with_numbers_outside_an_address_line_stay(text, kept):
    assert _types_over(text, kept) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Passport scan shows KOWALCZYK, Marta Anna and trip 4b1c2d3e on 3 March.", "KOWALCZYK, Marta Anna"),
        (
            "Passenger list: MOREAU Julien, N'GUESSAN Aya, LE ROUX Anne-Sophie. Train TGV 8512 at 9 h 40.",
            "MOREAU Julien",
        ),
        (
            "Passenger list: MOREAU Julien, N'GUESSAN Aya, LE ROUX Anne-Sophie. Train TGV 8512 at 9 h 40.",
            "N'GUESSAN Aya",
        ),
        (
            "Passenger list: MOREAU Julien, N'GUESSAN Aya, LE ROUX Anne-Sophie. Train TGV 8512 at 9 h 40.",
            "LE ROUX Anne-Sophie",
        ),
        ("The tag reads PRIYA NAIR and the flight is BA 117 from LHR.", "PRIYA NAIR"),
        ("Luggage tag LIM K. W. found in car WXY 4521.", "LIM K. W"),
        ("Employee R. Venkatesh travelled from Terminal 2 to the office on 4 Feb.", "R. Venkatesh"),
        ("my cousin Tomás 'Tommy' Ferreira left his phone, trip 9a8b7c6d.", "Tomás 'Tommy' Ferreira"),
        ("I WANT A REFUND NOW. TRIP 9C0D1E7B FROM GATWICK. PAUL JENKINS.", "PAUL JENKINS"),
        ("Label on the bag says NADIA K. Please call back.", "NADIA K"),
    ],
)
def test_names_as_documents_write_them_go(text, name):
    assert _left(text, name) == ""


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Drop me at O. R. Tambo International, departures.", "O. R. Tambo"),
        ("We landed at John F. Kennedy Airport at 06:10.", "John F. Kennedy"),
        ("Pick-up on corso Vittorio Emanuele II, near the bank.", "Emanuele II"),
        ("Flight LH 191 via BER Terminal 1. Plan B. Then we waited.", "LH 191"),
        ("TRIP 9C0D1E7B FROM HEATHROW TERMINAL 5 CHARGED £84.60.", "HEATHROW TERMINAL"),
    ],
)
def test_places_tickers_and_headings_in_capitals_stay(text, kept):
    assert _types_over(text, kept) == set()


def test_a_name_in_capitals_inside_a_run_of_capitals_is_no_document_name():
    # a ticker or a heading: the NER may still read it, the document-name layout does not
    text = "Fund list: ETFS BRENT OIL 1YR, ETFS GOLD."
    assert [found for found in layouts.detections(text) if found[0] == "PERSON"] == []


def test_a_currency_code_is_no_surname_in_capitals():
    text = "The fare was 12 EUR Ida said, not 9 EUR."
    assert not any(
        found[0] == "PERSON" and found[1] <= text.index("EUR") < found[2]
        for found in layouts.detections(text)
    )
