"""Issue 20, seventh round: Quebec civic addresses, a street number before "boul.", a Turkish district's
province after a slash, an Argentine CPA in capitals, a Portuguese floor and town after the postcode, and
an address the NER began inside a phone number."""

from __future__ import annotations

import pytest

from copilot.pii import redact, warm_up
from copilot.pii.patterns import _CONTRAST_AFTER_RE, _TOWN_AFTER_POSTCODE_RE, SELF_NAMED_RE
from tests.growth import LINEAR_AT_MOST, slowdown


@pytest.fixture(scope="module", autouse=True)
def _analyzer_built():
    warm_up()


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Adresse de prise en charge : 4410, rue Ontario Est, app. 3, Montréal (Québec) H1V 1K2.",
            "4410, rue Ontario Est, app. 3, Montréal (Québec) H1V 1K2",
        ),
        (
            "Invoice address for my last ride:\n800 boul. De Maisonneuve O, bureau 1100\nMontréal QC  H3A 3J5",
            "800 boul. De Maisonneuve O, bureau 1100\nMontréal QC  H3A 3J5",
        ),
        (
            "Şoför beni Caferağa Mah. Moda Cad. No:8 D:2, 34710 Kadıköy/İstanbul yerine başka yere bıraktı.",
            "Caferağa Mah. Moda Cad. No:8 D:2, 34710 Kadıköy/İstanbul",
        ),
        (
            "Mi dirección nueva es Av. Santa Fe 1860, Piso 4, Dto. B\nC1123AAN CABA. Gracias",
            "Av. Santa Fe 1860, Piso 4, Dto. B\nC1123AAN CABA",
        ),
        (
            "Cumprimentos,\nRui Lopes\nTel: 00351 22 123 4567 ext. 12\nRua de Cedofeita, 120, 2.º Esq.\n4050-174 Porto",
            "Rua de Cedofeita, 120, 2.º Esq.\n4050-174 Porto",
        ),
    ],
)
def test_the_whole_address_is_redacted(text, address):
    out = redact(text)
    assert [e.value for e in out.entities if e.type == "ADDRESS"] == [address], out.text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("I live at Atatürk Cad. 12, İzmir, call me on 0532 123 45 67", "Atatürk Cad. 12, İzmir"),
        ("Sipariş ORD-2026-1187, alıcı Ayşe Demir, Atatürk Cad. 12, İzmir", "Atatürk Cad. 12, İzmir"),
        ("Mithatpaşa Cad. 1021 Sok. No 7, Konak İzmir", "Mithatpaşa Cad. 1021 Sok. No 7, Konak İzmir"),
    ],
)
def test_a_turkish_streets_cad_before_its_number_is_no_canadian_dollar(text, address):
    # "Cad." (Caddesi) had read as the code CAD, the house number as an amount: the address was left whole
    out = redact(text)
    assert [e.value for e in out.entities if e.type == "ADDRESS"] == [address], out.text
    assert not redact("The fare was CAD 12.50, not cad 14.").entities


@pytest.mark.parametrize(
    ("text", "street", "number"),
    [
        ("Beni Bağdat Cd. 214, Kadıköy önünden aldı.", "Bağdat", "214"),
        ("Gazi Mustafa Kemal Blv. 88, Çankaya Ankara", "Kemal", "88"),
        ("Ev adresim Fevzi Çakmak Sok. 14/2 Etimesgut", "Çakmak", "14/2"),
        ("Drop-off was İnönü Bulv. 45, Bornova", "İnönü", "45"),
    ],
)
def test_turkish_street_types_written_short_take_their_house_number(text, street, number):
    out = redact(text).text
    assert street not in out and number not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Teslimat: Cumhuriyet Cad. 45/3, Çankaya, Ankara",
        "Entrega: Rua Augusta 100, Lisboa",
        "Livraison : 12 rue de Rivoli, Paris",
    ],
)
def test_a_delivery_label_is_no_name(text):
    label = text.split(":")[0].strip()
    assert redact(text).text.startswith(label), redact(text).text


def test_an_id_after_its_cue_on_the_same_line_stays_a_kept_id():
    assert redact("Refund for ride: 48213377 please").text == "Refund for ride: 48213377 please"


def test_a_lowercase_trip_id_in_hexadecimal_stays_kept():
    assert redact("trip c1006acd was charged twice").text == "trip c1006acd was charged twice"


@pytest.mark.parametrize(
    ("regex", "method", "head", "unit", "tail", "n"),
    [
        (SELF_NAMED_RE, "finditer", "hey its ", "aa ", "", 1_750),
        (SELF_NAMED_RE, "finditer", "", "Aa ", "again.", 1_750),
        # (read only where an address ends, with `match`: a scan of the whole text from every blank of a
        # long run of them would be quadratic, and nothing does it)
        (_CONTRAST_AFTER_RE, "match", "", " ", "x", 5_000),
        (_TOWN_AFTER_POSTCODE_RE, "finditer", "", " ", "Porto", 5_000),
    ],
)
def test_the_new_patterns_read_long_adversarial_text_in_linear_time(regex, method, head, unit, tail, n):
    # (the engine's timeout stops a catastrophic case instead of hanging the suite)
    def run(text):
        found = getattr(regex, method)(text, timeout=5.0)
        if method == "finditer":
            list(found)

    assert slowdown(run, lambda size: head + unit * size + tail, n) < LINEAR_AT_MOST
