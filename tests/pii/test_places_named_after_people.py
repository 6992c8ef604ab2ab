"""Places named after people stay readable; the people beside them stay hidden (issue 20).

A seeded generator (below, no data file) writes places of a ride-hailing desk that carry a person's name
(airports, stations, hospitals, universities, stadiums, hotels, malls, parks, bridges, metro stops, squares,
monuments, avenues without a house number), each with its kind's word before or after the name as the
locale's language writes it ("Aeropuerto Internacional Benito Juárez", "Flughafen Franz-Josef-Strauß",
"Hôpital Georges-Pompidou", "X Memorial Hospital", "Y Havalimanı", "Bandara Z"), the name a Faker name of
that locale (en_GB, fr_FR, es_ES, es_MX, de_DE, pt_BR, it_IT, nl_NL, tr_TR, en_IN, en_KE, en_NG, id_ID), in
ride-hailing sentences (a pickup, a drop-off, a detour, a lost item) of eleven languages, BESIDE a real
person's name, phone and address of the same locale that must STILL be redacted.

Two halves are written at once from different seeds: A (tuned on) and B (only reported, never used to
choose a rule).

    PYTHONPATH=. .venv/bin/python tests/pii/test_places_named_after_people.py [A|B] [-m]

Hard cases where the name IS a person ("I was with Dr. Albert Einstein's daughter", "Hotel manager Carlos
Ruiz") are tested below: the person stays hidden whatever place word stands near.
"""

from __future__ import annotations

import random
import sys
import warnings
from collections import Counter

import pytest
from faker import Faker

from copilot.pii import redact_many
from copilot.pii.scoring import tally

SEED_A = 20261207
SEED_B = 20261208

# language → Faker locales of the people places are named after and of the riders
LOCALES = {
    "en": ["en_GB"], "fr": ["fr_FR"], "es": ["es_ES", "es_MX"], "de": ["de_DE"], "pt": ["pt_BR"],
    "it": ["it_IT"], "nl": ["nl_NL"], "tr": ["tr_TR"], "hi": ["en_IN"], "sw": ["en_KE", "en_NG"],
    "id": ["id_ID"],
}  # fmt: skip

# Places per language: {n} a full name ("Benito Juárez"), {h} the same name hyphenated ("Georges-Pompidou"),
# {s} a surname alone ("Vargas"). The kind's word before or after as the language writes it.
PLACES = {
    "en": [
        "{n} International Airport", "{n} Intl", "{n} Int'l Airport", "{n} Memorial Hospital",
        "{n} Bus Terminal", "{n} Shopping Centre", "the {n} Bridge", "{n} University", "{n} Stadium",
        "the statue of {n}", "{n} Square", "{n} Station", "the {n} Hotel", "{n} Memorial",
        "{n} Primary School", "{n} Leisure Centre", "{n} Library",
    ],
    "fr": [
        "Aéroport {n}", "Hôpital {h}", "Gare {h}", "Université {n}", "Stade {n}", "Place {n}", "Pont {n}",
        "Lycée {n}", "Parc {n}", "métro {n}", "Centre commercial {n}", "Musée {n}", "Hôtel {n}",
        "Avenue {n}", "Boulevard {n}",
    ],
    "es": [
        "Aeropuerto Internacional {n}", "Estación {n}", "Hospital {n}", "Estadio {n}", "Plaza {n}",
        "Universidad {n}", "Parque {n}", "Centro Comercial {n}", "Puente {n}", "Avenida Presidente {s}",
        "Terminal de Autobuses {n}", "Glorieta {n}", "Monumento a {n}", "metro {n}", "Hotel {n}",
        "Clínica {n}", "Colegio {n}",
    ],
    "de": [
        "Flughafen {h}", "Bahnhof {n}", "Universität {n}", "Hotel {n}", "Klinikum {n}", "{h}-Krankenhaus",
        "Haltestelle {n}", "U-Bahnhof {n}", "Stadion {n}", "{h}-Denkmal", "Einkaufszentrum {n}",
        "{h}-Gymnasium", "{h}-Platz", "{h}-Stadion",
    ],
    "pt": [
        "Aeroporto {n}", "Hospital {n}", "Estádio {n}", "Universidade Federal {n}", "Estação {n}",
        "Praça {n}", "Shopping {n}", "Ponte {n}", "Avenida Presidente {s}", "Rodoviária {n}",
        "Terminal {n}", "Parque {n}", "Jardim {n}", "metrô {n}", "Colégio {n}", "Hotel {n}",
        "Viaduto {n}", "Museu {n}",
    ],
    "it": [
        "Aeroporto {n}", "Stazione {n}", "Ospedale {n}", "Piazza {n}", "Università {n}", "Stadio {n}",
        "Ponte {n}", "Policlinico {n}", "Centro Commerciale {n}", "Parco {n}", "fermata {n}",
        "Liceo {n}", "Hotel {n}", "Museo {n}", "Viale {n}",
    ],
    "nl": [
        "Station {n}", "Luchthaven {n}", "{n} Ziekenhuis", "Stadion {n}", "Winkelcentrum {n}",
        "Hotel {n}", "Universiteit {n}", "{n}brug", "het {n}-monument", "{n} College",
    ],
    "tr": [
        "{n} Havalimanı", "{n} Hastanesi", "{n} Üniversitesi", "{n} Stadyumu", "{n} Meydanı",
        "{n} Köprüsü", "{n} Otogarı", "{n} AVM", "{n} Parkı", "{n} Caddesi", "{n} İstasyonu",
        "{n} Lisesi", "{n} Camii",
    ],
    "hi": [
        "{n} International Airport", "{n} Chowk", "{n} Marg", "{n} Medical College", "{n} Stadium",
        "{n} Bus Stand", "{n} Metro Station", "{n} Hospital", "{n} Nagar", "{n} Park", "{n} Setu",
        "{n} Bhawan", "{n} Memorial Hall",
    ],
    "sw": [
        "{n} International Airport", "{n} Intl", "{n} Hospital", "{n} Stadium", "{n} Bus Station",
        "{n} Avenue", "{n} University", "{n} Mall", "{n} Referral Hospital", "{n} Square",
        "{n} Primary School", "uwanja wa {n}", "hospitali ya {n}",
    ],
    "id": [
        "Bandara {n}", "Stasiun {n}", "Rumah Sakit {n}", "RS {n}", "Universitas {n}", "Stadion {n}",
        "Jalan {n}", "Terminal {n}", "Pelabuhan {n}", "Taman {n}", "Monumen {n}", "Halte {n}",
        "Masjid {n}", "Mal {n}",
    ],
}  # fmt: skip

# Ride-hailing sentences: {P} the place (kept), {name} the rider signing, {driver} the driver named, {friend}
# a friend, {phone}, {address} (all PII).
TEMPLATES = {
    "en": [
        "Hi, the driver {driver} dropped me at {P} instead of {address}. Call me on {phone}. {name}",
        "I left my bag in the car after the ride from {P}. Please call {phone}. Thanks, {name}",
        "Pickup was at {P}, my friend {friend} was with me. My number is {phone}. - {name}",
    ],
    "fr": [
        "Bonjour, le chauffeur {driver} m'a déposée à {P} au lieu du {address}. Mon numéro : {phone}. {name}",
        "J'ai oublié mon sac après la course depuis {P}. Appelez-moi au {phone}. Merci, {name}",
        "Prise en charge à {P} avec mon amie {friend}. Tél {phone}. Cordialement, {name}",
    ],
    "es": [
        "Hola, el conductor {driver} me dejó en {P} y no en {address}. Mi teléfono es {phone}. {name}",
        "Olvidé mi mochila en el viaje desde {P}. Llámenme al {phone}. Gracias, {name}",
        "Me recogieron en {P} con mi amiga {friend}. Teléfono {phone}. Saludos, {name}",
    ],
    "de": [
        "Hallo, der Fahrer {driver} hat mich am {P} abgesetzt statt in {address}. Tel. {phone}. {name}",
        "Ich habe meine Tasche nach der Fahrt vom {P} im Auto vergessen. Bitte {phone} anrufen. Gruß, {name}",
        "Abholung war am {P}, meine Freundin {friend} war dabei. Nummer {phone}. {name}",
    ],
    "pt": [
        "Olá, o motorista {driver} me deixou no {P} em vez de {address}. Meu telefone é {phone}. {name}",
        "Esqueci minha bolsa na corrida saindo do {P}. Liguem para {phone}. Obrigada, {name}",
        "O embarque foi no {P}, minha amiga {friend} estava comigo. Telefone {phone}. {name}",
    ],
    "it": [
        "Buongiorno, l'autista {driver} mi ha lasciata a {P} invece che in {address}. Tel. {phone}. {name}",
        "Ho dimenticato la borsa dopo la corsa da {P}. Chiamatemi al {phone}. Grazie, {name}",
        "Il ritiro era a {P}, con la mia amica {friend}. Numero {phone}. {name}",
    ],
    "nl": [
        "Hallo, chauffeur {driver} zette me af bij {P} in plaats van {address}. Mijn nummer is {phone}. {name}",
        "Ik ben mijn tas vergeten na de rit vanaf {P}. Bel me op {phone}. Groeten, {name}",
        "Ophalen was bij {P}, mijn vriendin {friend} was erbij. Tel {phone}. {name}",
    ],
    "tr": [
        "Merhaba, şoför {driver} beni {address} yerine {P} önünde bıraktı. Numaram {phone}. {name}",
        "{P} çıkışlı yolculukta çantamı unuttum. Lütfen {phone} arayın. Teşekkürler, {name}",
        "Alış noktası {P} idi, arkadaşım {friend} yanımdaydı. Tel {phone}. {name}",
    ],
    "hi": [
        "Namaste, driver {driver} ne mujhe {address} ki jagah {P} pe chhod diya. Mera number {phone} hai. {name}",
        "{P} se ride ke baad mera bag gaadi mein reh gaya. Please call {phone}. Dhanyavaad, {name}",
        "Pickup {P} par tha, meri dost {friend} saath thi. Number {phone}. {name}",
    ],
    "sw": [
        "Habari, dereva {driver} alinishusha {P} badala ya {address}. Nipigie {phone}. Asante, {name}",
        "Nilisahau begi langu baada ya safari kutoka {P}. Tafadhali piga {phone}. {name}",
        "Nilichukuliwa {P} na rafiki yangu {friend}. Simu {phone}. {name}",
    ],
    "id": [
        "Halo, sopir {driver} menurunkan saya di {P} bukan di {address}. Nomor saya {phone}. {name}",
        "Tas saya tertinggal setelah perjalanan dari {P}. Tolong hubungi {phone}. Terima kasih, {name}",
        "Penjemputan di {P}, teman saya {friend} ikut. Telepon {phone}. {name}",
    ],
}  # fmt: skip


def _fakers(seed: int) -> dict[str, list[Faker]]:
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for lang, locales in LOCALES.items():
            out[lang] = []
            for i, locale in enumerate(locales):
                fake = Faker(locale)
                fake.seed_instance(seed + i)
                out[lang].append(fake)
    return out


def _person(fake: Faker) -> str:
    return f"{fake.first_name()} {fake.last_name()}"


def _place(rng: random.Random, fake: Faker, pattern: str) -> str:
    first, last = fake.first_name(), fake.last_name()
    return pattern.format(n=f"{first} {last}", h=f"{first}-{last}".replace(" ", "-"), s=last)


def _fill(template: str, values: dict[str, tuple[str, str]]) -> dict:
    """A record: kinds in upper case are PII, "place" is kept."""
    text, spans, keep, rest = "", [], [], template
    while "{" in rest:
        head, _, tail = rest.partition("{")
        slot, _, rest = tail.partition("}")
        text += head
        kind, value = values[slot]
        start = len(text)
        text += value
        (spans if kind.isupper() else keep).append(
            {"kind": kind, "start": start, "end": len(text), "value": value}
        )
    text += rest
    return {"text": text, "spans": spans, "keep": keep}


def generate(seed: int) -> list[dict]:
    rng = random.Random(seed)
    fakers = _fakers(seed)
    records = []
    for lang in sorted(PLACES):
        for pattern in PLACES[lang]:
            for _ in range(3):
                fake = rng.choice(fakers[lang])
                place = _place(rng, fake, pattern)
                template = rng.choice(TEMPLATES[lang])
                if template.startswith("{P}"):
                    place = place[:1].upper() + place[1:]
                values = {
                    "P": ("place", place),
                    "name": ("PERSON", _person(fake)),
                    "driver": ("PERSON", _person(fake)),
                    "friend": ("PERSON", _person(fake)),
                    "phone": ("PHONE", fake.phone_number()),
                    "address": ("ADDRESS", fake.address().replace("\n", ", ")),
                }
                records.append(_fill(template, values))
    return records


def _run_on(record: dict, entities) -> set[int]:
    """The places (by index in record["keep"]) an address found runs on into: one ADDRESS entity covers both
    part of the place and part of the rider's own address (the cause "an address runs on into the place")."""
    out = set()
    addresses = [s for s in record["spans"] if s["kind"] == "ADDRESS"]
    for entity in entities:
        if entity.type != "ADDRESS":
            continue
        if not any(entity.start < a["end"] and a["start"] < entity.end for a in addresses):
            continue
        out |= {
            i for i, k in enumerate(record["keep"]) if entity.start < k["end"] and k["start"] < entity.end
        }
    return out


def score(records: list[dict]) -> tuple[Counter, Counter, int, list, list]:
    """PII totals and found per type, places total, misses, and touched places (value, text, output and
    whether an address found ran on into it)."""
    read = tally(records, type_key="kind")
    touched = [
        (
            record["keep"][index]["value"],
            record["text"],
            result.text,
            index in _run_on(record, result.entities),
        )
        for record, index, result in read.touched
    ]
    return read.totals, read.hidden, sum(read.kept.values()), read.misses, touched


@pytest.fixture(scope="module")
def scored_a():
    return score(generate(SEED_A))


@pytest.fixture(scope="module")
def scored_b():
    return score(generate(SEED_B))


def test_the_generated_set_covers_every_language(scored_a):
    assert sum(len(p) for p in PLACES.values()) >= 150 and len(PLACES) >= 11
    assert scored_a[2] == 3 * sum(len(p) for p in PLACES.values())


# Share of places touched at most and PII recall at least, per half (A tuned on, B only reported), as when
# this test was written: 204 of 477 places touched on either half before the rules of `kept._kind_before`,
# 50 (A) and 50 (B) after, recall unchanged. Most still touched are the address finder's (a Faker address
# run on into the place), "X Park"/"X Nagar"/"Mal X" (surnames and a first name too, left hidden), and
# German kinds before a name ("Haltestelle X": German capitalises every noun; security first). With the
# address cut at the word naming the place got instead ("yerine", "ki jagah", "badala ya", "bukan"), places an
# address ran on into went 22 → 0 (A) and 16 → 0 (B), places touched 50 → 32 (A) and 50 → 38 (B).
PLACES_TOUCHED_MAX = {"A": 0.08, "B": 0.09}
RECALL_FLOOR = {"PERSON": 0.985, "PHONE": 0.995, "ADDRESS": 0.86}


def test_places_named_after_people_stay(scored_a, scored_b):
    for half, (_, _, places, _, touched) in (("A", scored_a), ("B", scored_b)):
        assert len(touched) / places <= PLACES_TOUCHED_MAX[half], (half, len(touched), touched[:5])
        run_on = [t for t in touched if t[3]]
        assert not run_on, (half, "an address runs on into the place", run_on[:5])


@pytest.mark.parametrize("kind", sorted(RECALL_FLOOR))
def test_the_people_beside_them_stay_hidden(scored_a, scored_b, kind):
    for half, (totals, found, *_) in (("A", scored_a), ("B", scored_b)):
        assert found[kind] / totals[kind] >= RECALL_FLOOR[kind], (half, kind, found[kind], totals[kind])


# The name IS a person here, whatever place's word stands near it: it stays hidden.
PEOPLE_NEAR_PLACES = [
    ("I was with Dr. Albert Einstein's daughter at the airport.", "Einstein"),
    ("meet Maria Fernandes at the hotel lobby at 5pm", "Fernandes"),
    ("Hotel manager Carlos Ruiz said my phone was handed in.", "Ruiz"),
    ("Mario Rossi from the airport desk called me back.", "Rossi"),
    ("The driver, Joseph Kamau, took me to the hospital.", "Kamau"),
    ("My friend Ana Souza left her phone at Estação da Luz.", "Souza"),
    ("Ich bin Jana Hoffmann und wurde am Hauptbahnhof abgeholt.", "Hoffmann"),
    ("Le chauffeur Julien Moreau m'a laissée à la gare.", "Moreau"),
    ("Saya Budi Santoso, dijemput di Bandara Soekarno-Hatta.", "Santoso"),
    ("El conductor Javier Gómez Ortega me dejó en el aeropuerto.", "Ortega"),
    ("Vi en el Hospital a María López ayer.", "López"),  # the personal "a", no monument's
    ("Ich habe im Krankenhaus Maria Schmidt getroffen.", "Schmidt"),  # German capitalises every noun
    ("at the school Maria Silva runs", "Silva"),  # a kind in lowercase before a name
    ("Hotel Manager Carlos Ruiz called.", "Ruiz"),
    ("Minha amiga Ana Jardim me buscou no hotel.", "Jardim"),  # a kind that is a surname too
    ("Il ritiro era con Lorenzo Ponte davanti alla stazione.", "Ponte"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE_NEAR_PLACES)
def test_a_person_near_a_place_word_stays_hidden(text, name):
    (result,) = redact_many([text])
    assert name not in result.text, result.text


# An address ends before the word that names the place got instead or the route's next leg: the place after
# stays readable, no piece of the address before it is left bare.
ADDRESSES_BEFORE_PLACES = [
    (
        "Merhaba, şoför beni 716 Örik Ports, Duranmouth, UT 80036 yerine Gönen Çetin Havalimanı önünde "
        "bıraktı. Numaram 0757 644 89 52.",
        ("716", "Örik", "Duranmouth", "80036", "0757"),
        "Gönen Çetin Havalimanı",
    ),
    (
        "Namaste, driver ne mujhe H.No. 41, Srinivasan Road, Tirupati 366503 ki jagah Hiral Ranganathan "
        "Stadium pe chhod diya.",
        ("41", "Srinivasan", "Tirupati", "366503"),
        "Hiral Ranganathan Stadium",
    ),
    (
        "Habari, dereva alinishusha Joy Okafor Square badala ya 7089 Obasanjo Inlet Apt. 953, Victoriabury, "
        "MD 77290. Nipigie 0712345678.",
        ("7089", "Obasanjo", "953", "Victoriabury", "77290"),
        "Joy Okafor Square",
    ),
    (
        "Halo, sopir menurunkan saya di Jalan Nasrullah Natsir bukan di Jalan Kiaracondong No. 2, Solok, BB 65576.",
        ("Kiaracondong", "Solok", "65576"),
        "Jalan Nasrullah Natsir",
    ),
    (
        "The driver took me from 12 Baker Street, London NW1 6XE and then to Heathrow Airport.",
        ("12", "Baker", "NW1"),
        "Heathrow Airport",
    ),
    ("Dropped at 44 Rue de Rivoli, 75004 Paris au lieu du Stade Charles Mangin.", ("44", "Rivoli", "75004"),
     "Stade Charles Mangin"),
    ("I went from 221 Elm Street, Springfield 94110 via Lincoln Center.", ("221", "Elm", "94110"), "Lincoln Center"),
    ("Me dejó en Calle Mayor 5, 28013 Madrid en vez del Estadio Ramón Sánchez.", ("Mayor", "28013"),
     "Estadio Ramón Sánchez"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hidden", "place"), ADDRESSES_BEFORE_PLACES)
def test_an_address_stops_before_the_place_named_after_it(text, hidden, place):
    (result,) = redact_many([text])
    assert place in result.text, result.text
    for piece in hidden:
        assert piece not in result.text, (piece, result.text)


# Words that end an address only in lowercase (a town or a name too) and Italian's "Via" stay in it.
def test_cut_words_that_are_names_or_streets_stay_in_an_address():
    from copilot.pii.patterns import address_cuts

    assert address_cuts("12 Kisha Road, Nairobi 00100") == []
    assert address_cuts("Bukan 12, Jalan Merdeka") == []
    assert address_cuts("Via Roma 12, 20121 Milano") == []


if __name__ == "__main__":
    half = "B" if "B" in sys.argv[1:] else "A"
    totals, found, places, misses, touched = score(generate(SEED_B if half == "B" else SEED_A))
    print(
        f"half {half}: places touched {len(touched)} of {places}, by an address run on into them "
        f"{sum(t[3] for t in touched)}"
    )
    for kind in sorted(totals):
        print(f"PII {kind}: {found[kind]}/{totals[kind]} = {found[kind] / totals[kind]:.3f}")
    if half == "A":
        for value, _, out, run_on in touched:
            print("TOUCHED", "(run-on)" if run_on else "", repr(value), "|", repr(out))
        if "-m" in sys.argv:
            for miss in misses:
                print("MISS", repr(miss[0]), repr(miss[1]), "|", repr(miss[2]))
