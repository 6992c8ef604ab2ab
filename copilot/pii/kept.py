"""What the finders and the NER take for a name or an address but must stay (issue 20, precision).

Applied in `analyzer.resolve` beside `patterns.names_a_place`, each rule gated on a cheap check:

- a form's or a mail header's label before its colon, in any language ("Nombre:", "Ophaaladres:",
  "E-posta:", "Alış adresi:", "Van:"), and a phone's label before its number ("Mob +63 …", "Cel 011 …");
- a greeting or sign-off before its comma ("Hallo, ik ben …", "Merhaba, ben …", "Groet, Femke");
- function words of languages the word lists do not hold, in lowercase ("mera number", "kaat liye",
  "mio numero", "min sambo", "eve gelirken şoför");
- a job title or a company on a signature's line ("Regional Sales Director", "Lumen Studio SRL");
- places named after people, read from what is around them: a place's word before or after ("Aeroparque
  Jorge Newbery", "Mohammed V airport", "Piccadilly Gardens", "Taksim Meydanı'nda"), a destination's
  label before ("Destino: Humberto Delgado"), a route's other end ("from Kotoka to House No. 12", "da
  Milano Centrale a Leonardo da Vinci"), a verb of going or leaving before ("drove us to Jomo Kenyatta",
  "déposée à Charles de Gaulle", "kicked us out at Britomart");
- times, ages, amounts and ids the protected patterns do not read ("1.20am", "5 baje", "10 años",
  "RM48.90", "ORD-2026413-07"), and where an address stops ("… Selangor charged RM48.90", "… Porto\\n
  Destino: …", "viaje de El Dorado a\\nCalle 93 …").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import airportsdata
import regex as re

from copilot.pii import languages, patterns

# ---------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------

# Stems of form labels in the desk's languages; a label is one of them, or a compound that opens or
# closes with one ("Ophaaladres", "Abholadresse", "Telefonum", "E-posta").
_LABEL_STEMS = frozenset(
    (
        # name
        *("name", "nombre", "nom", "naam", "nome", "imię", "imie", "isim", "ad", "adı", "namn", "navn"),
        *("nimi", "jméno", "meno", "név", "surname", "apellido", "apellidos", "cognome", "achternaam"),
        *("voornaam", "vorname", "nachname", "prénom", "prenom", "soyad", "soyadı", "sobrenome"),
        # address
        *("address", "adres", "adresse", "adresi", "dirección", "direccion", "endereço", "endereco"),
        *("indirizzo", "adresa", "cím", "adress", "anschrift", "domicilio", "morada"),
        # mail and phone
        *("email", "e-mail", "mail", "correo", "courriel", "e-posta", "eposta", "epost", "e-post"),
        *("phone", "telephone", "teléfono", "telefono", "telefon", "telefoon", "telefone", "tel", "tél"),
        *("mob", "mobile", "mobil", "móvil", "movil", "cel", "cell", "celular", "cellulare", "gsm", "fax"),
        *("handy", "whatsapp", "contact", "contacto", "contato", "kontakt", "iletişim"),
        # trip
        *("destination", "destino", "destinazione", "ziel", "bestemming", "varış", "hedef", "origin"),
        *("origen", "origem", "partenza", "pickup", "pick-up", "drop-off", "dropoff", "abholung"),
        *("ophaal", "ophalen", "abhol", "prise", "recogida", "embarque", "alış", "bırakış", "flight"),
        *("delivery", "teslimat", "entrega", "livraison", "lieferung", "lieferadresse", "consegna"),
        *("levering",),
        *("vuelo", "vol", "flug", "volo", "voo", "uçuş", "ref", "reference", "referencia", "référence"),
        *("booking", "reserva", "buchung", "trip", "viaje", "viagem", "corsa", "rit", "fahrt", "course"),
        *("date", "fecha", "datum", "data", "tarih", "time", "hora", "uhrzeit", "saat", "heure"),
        *("amount", "importe", "betrag", "montant", "valor", "importo", "bedrag", "tutar", "total"),
        # notes
        *("notes", "note", "notas", "nota", "notizen", "notiz", "opmerking", "opmerkingen", "remarque"),
        *("description", "descripción", "descripcion", "descrição", "descrizione", "beschreibung"),
        *("omschrijving", "açıklama", "aciklama", "comment", "comments", "comentario", "comentarios"),
        *("message", "mensaje", "mensagem", "messaggio", "nachricht", "bericht", "mesaj", "details"),
        *("issue", "problem", "problema", "problème", "sorun", "motivo", "reason", "grund"),
        # mail headers
        *("from", "van", "da", "de", "von", "od", "från", "fra", "kimden", "to", "aan", "an", "à", "para"),
        *("per", "a", "kime", "cc", "bcc", "sent", "verzonden", "gesendet", "enviado", "inviato"),
        *("envoyé", "envoye", "gönderildi", "subject", "onderwerp", "betreff", "asunto", "assunto"),
        *("oggetto", "objet", "konu", "temat", "ämne", "emne", "re", "fw", "fwd", "tema"),
        *("attn", "attention", "item", "items", "objeto", "objekt", "gegenstand", "voorwerp", "eşya"),
        # bank details
        *("iban", "bic", "swift", "account", "konto", "cuenta", "conta", "conto", "rekening", "hesap"),
    )
)
# stems a compound label may open or close with (long enough not to be the start of a name)
_COMPOUND_STEMS = (
    *("adres", "adresse", "address", "adresi", "naam", "name", "nummer", "number", "numero", "telefon"),
    *("phone", "mail", "posta", "datum", "bestemming", "ziel"),
)
# Labels of what is no address: an address read on past the line it ends on stops before them.
_NOT_ADDRESS_LABELS = (
    r"destination|destino|destinazione|ziel|bestemming|drop-?off|notes?|notas?|description|descripci[oó]n|"
    r"descrição|açıklama|e-?mail|correo|courriel|e-?posta|phone|tel[eé]fono|telefon|telefoon|telefone|"
    r"telefono|tel|tél|mob|cel|flight|vuelo|ref|reference|subject|asunto|onderwerp|betreff|comments?|"
    r"opmerking(?:en)?|name|nombre|nom|naam|nome"
)
_LABEL_LINE_CUT_RE = re.compile(r"\n[ \t>]*(?i:" + _NOT_ADDRESS_LABELS + r")[ \t]*:")
# A label opens its line (after a quote mark, a bullet or a chat's time stamp) and ends with a colon,
# with up to three words of it after the span ("Alış| adresi:", "Adresse| de prise en charge :").
_LINE_START_RE = re.compile(r"(?:^|\n)[ \t>*•\-]*(?:\[[^\]\n]{1,20}\][ \t]*)?$")
_COLON_AFTER_RE = re.compile(r"((?:[ \t]+[\p{L}][\p{L}\p{M}'’\-]*){0,4})[ \t]*:(?![/\d])")
_PHONE_AFTER_RE = re.compile(r"[ \t]*\.?[ \t]*:?[ \t]*[+(\d]")
_PHONE_LABELS = frozenset(
    (
        *("tel", "tél", "mob", "mobile", "cel", "cell", "gsm", "fax", "handy", "móvil", "movil", "celular"),
        *("cellulare", "telefon", "telefonum", "telefonu", "telefoon", "telefone", "telefono", "teléfono"),
        *("phone", "ph", "whatsapp", "wa", "mobil", "mobiel", "tlf", "tfn", "numara", "numaram"),
    )
)
_WORD_RE = re.compile(r"[\p{L}][\p{L}\p{M}'’\-]*")
# Words that are never a name: the word lists' common nouns, non-names and stop words, and with them the
# common words of the desk's languages (NEVER). The finders in layouts.py and analyzer.py build their own
# sets from these two.
NOT_NAME_WORDS = frozenset().union(patterns.COMMON_NOUNS, patterns.NOT_NAMES, patterns.STOP_WORDS)
NEVER = NOT_NAME_WORDS.union(*languages.COMMON.values())
DOCUMENT_WORDS = patterns.DOCUMENT_WORDS


def _low(word: str) -> str:
    return word.replace("İ", "I").lower()


def _is_label_word(word: str, *, common_ok: bool = True) -> bool:
    low = _low(word).strip("'’.")
    if low in _LABEL_STEMS:
        return True
    if len(low) >= 7 and (low.endswith(_COMPOUND_STEMS) or low.startswith(_COMPOUND_STEMS)):
        return True  # "Ophaaladres", "Abholadresse", "Telefonnummer", "E-posta"
    return (
        common_ok
        and low in NEVER
        and low not in patterns.FIRST_NAMES_LOWER
        and low not in patterns.WORD_NAMES
    )


def is_label(text: str, start: int, end: int) -> bool:
    """The span opens its line and is (or opens) a label before a colon: "Nombre:", "E-mail :",
    "Alış| adresi:", "Onderwerp:". A speaker's name in a pasted chat ("Maria: which door?") is none."""
    if not _LINE_START_RE.search(text, max(0, start - 30), start):
        return False
    m = _COLON_AFTER_RE.match(text, end)
    if not m:
        return False
    words = _WORD_RE.findall(text, start, end)
    if not words or len(words) > 3:
        return False
    rest = _WORD_RE.findall(m.group(1))
    if rest:  # "Alış adresi:", "Adresse de prise en charge :": a label word among what follows
        # ("Maria Lopez wrote:" is no label)
        return any(
            _is_label_word(w, common_ok=False) and _low(w) not in patterns.STOP_WORDS for w in rest
        ) or all(_is_label_word(w, common_ok=False) for w in words)  # "Item| left behind:"
    return all(_is_label_word(w) for w in words)


def _is_phone_label(text: str, start: int, end: int) -> bool:
    words = _WORD_RE.findall(text, start, end)
    return (
        len(words) == 1
        and _low(words[0]).strip(".") in _PHONE_LABELS
        and bool(_PHONE_AFTER_RE.match(text, end))
    )


# ---------------------------------------------------------------------------------------------
# Greetings, sign-offs, function words, titles, companies
# ---------------------------------------------------------------------------------------------

_GREETINGS = frozenset(
    (
        *("hi", "hey", "hello", "hiya", "howdy", "yo", "greetings", "dear", "cheers", "regards", "thanks"),
        *("hola", "buenas", "saludos", "gracias", "olá", "oi", "obrigado", "obrigada", "abraço"),
        *("bonjour", "bonsoir", "salut", "coucou", "merci", "cordialement", "hallo", "moin", "servus"),
        *("grüß", "gruß", "grüße", "danke", "ciao", "buongiorno", "buonasera", "salve", "grazie", "saluti"),
        *("hoi", "groet", "groeten", "bedankt", "dank", "hej", "hei", "hallå", "tack", "takk"),
        *("witam", "cześć", "czesc", "dzień", "dziękuję", "ahoj", "dobrý", "szia", "merhaba", "selam"),
        *("selamlar", "teşekkürler", "tesekkurler", "salam", "salaam", "assalamualaikum", "marhaba"),
        *("namaste", "namaskar", "shalom", "habari", "jambo", "kamusta", "kumusta", "halo"),
        *("goedemorgen", "goedemiddag", "goedenavond", "buenos", "bom", "boa", "bonne"),
        *("privet", "zdravo", "labas", "sveiki", "mabuhay", "sawubona", "aloha", "allo"),
        # (issue 20) "Beste, ik ben …", "Ola, me cobraron …", "Pak, ini dari …", "Mas, tadi …"
        *("beste", "ola", "pak", "bu", "mas", "mbak", "kak", "ei", "howzit"),
    )
)
# A greeting of two words whose first is also a word of names: "Jó napot", "Guten Tag", "Boa tarde"
_GREETING_OPENERS = frozenset(("jó", "guten", "boa", "bom", "buenos", "buenas", "goede", "dobry", "dobrý"))
_DAY_PART_AFTER_RE = re.compile(
    r"[ \t]{1,3}(?i:napot|reggelt|estét|tag|morgen|abend|tarde|noite|dia|días|dias|noches|middag|avond|"
    r"wieczór|dzień|den|večer)(?![\p{L}])"
)
# (capitalised before a name, they make it a company's: "Groupe Lambert", "Agencia Ruiz")
_COMPANY_OPENERS = frozenset(
    (
        *("grupo", "groupe", "group", "gruppo", "agencia", "agence", "agenzia", "agentur", "reisbureau"),
        *("reisebüro", "biuro", "voyages", "viajes", "viagens", "viaggi", "taxis", "construtora"),
        *("constructora", "arrendadora", "locadora", "transportadora", "transportes", "transports"),
    )
)
# Salutations before whom a message is written to ("Tisztelt Cím!", "Kedves Ügyfélszolgálat!"): with
# only common words or labels after them, no person
_SALUTATIONS = frozenset(
    ("tisztelt", "kedves", "dear", "beste", "liebe", "lieber", "sehr", "querido", "querida", "estimado")
)
# Swahili "I" and "name" before "is" and "my": "Mimi ni …", "Jina langu ni …"
_SWAHILI_SUBJECT_RE = re.compile(r"[ \t]{1,3}(?:ni|langu|lake|lako)(?![\p{L}])")
# Words of a company's kind: a name holding one is a company's ("Groupe Mercier", "Taxis Ferrand",
# "Safari Link Tours", "Harcourt Lyle LLP", "Agencia Viajes Olé", "Construtora Vale Verde")
_COMPANY_WORDS = frozenset(
    (
        *("grupo", "groupe", "group", "gruppo", "agencia", "agence", "agenzia", "agency", "agentur"),
        *("reisbureau", "reisebüro", "reiseburo", "biuro", "voyages", "viajes", "viagens", "viaggi", "taxis"),
        *("construtora", "constructora", "arrendadora", "locadora", "transportadora", "agropecuária"),
        *("agropecuaria", "tours", "travels", "freight", "logistics", "logistik", "logística", "mobiliteit"),
        *("attorneys", "solicitors", "irmãos", "irmaos", "hermanos", "fils", "frères", "freres", "söhne"),
        *("shipping", "motors", "rentals", "cabs", "cars", "llp", "legale", "avvocati", "associati"),
        # insurers, distributors, trades and public bodies ("Anadolu Sigorta", "Seguradora Fidelidade",
        # "Boğaz Lojistik", "Distribuidora Andina", "Sinclair Joinery", "Austin Police Department")
        *(
            "sigorta",
            "seguradora",
            "seguros",
            "aseguradora",
            "assicurazioni",
            "versicherung",
            "versicherungen",
        ),
        *(
            "ubezpieczenia",
            "asuransi",
            "insurance",
            "assurances",
            "lojistik",
            "distribuidora",
            "distributors",
        ),
        *(
            "joinery",
            "plumbing",
            "electricals",
            "department",
            "dept",
            "police",
            "polizei",
            "policía",
            "polícia",
        ),
        *("polizia", "policja", "council", "sp", "ltda", "gmbh", "s.a", "s.l", "s.r.l", "b.v", "a.ş"),
    )
)
_AFTER_GREETING_RE = re.compile(r"[ \t]*[,!]")
# Function words of languages the word lists hold few of (Hindi and Urdu written in Latin letters,
# Italian, Swedish, Turkish, Tagalog): a lowercase run of them is no name.
_FUNCTION_WORDS = frozenset(
    (
        *("mera", "meri", "mere", "mujhe", "maine", "aap", "apna", "apni", "naam", "number", "nambar"),
        *("kaat", "liye", "liya", "diya", "diye", "aur", "karo", "kiya", "hain", "hoon", "mein", "bhaiya"),
        *("raat", "subah", "shaam", "baje", "ghar", "gaya", "gayi", "jabki", "dikha", "maange"),
        *("raha", "rahi", "rahe", "abhi", "please", "wala", "wali"),
        *("mio", "mia", "miei", "mie", "tuo", "tua", "suo", "sua", "numero", "amica", "amico", "padre"),
        *("madre", "figlio", "figlia", "marito", "moglie", "ieri", "sera", "oggi", "domani", "mattina"),
        *("min", "mitt", "ditt", "mobil", "sambo", "dotter"),
        *("eve", "gelirken", "giderken", "şoför", "sofor", "kızım", "oğlum", "annem", "babam"),
        *("opo", "kuya", "tita", "tito"),
        *("mí", "él", "ella", "usted", "nosotros", "moi", "toi", "lui", "elle", "mir", "dir"),
        *("nella", "nel", "nessun", "nessuna", "autista", "corsa", "lasciati", "ligar", "non", "ero"),
        *("guy", "clock", "travel", "kostte", "juni", "juli", "van"),
        # (issue 20) Turkish, Dutch, Italian, Indonesian and Tagalog ones ("ama tahmini", "nooit
        # ingestapt", "mai effettuato", "kami tidak setuju", "po ako ng fleet")
        *("ama", "fakat", "ancak", "tahmini", "nooit", "niet", "mai", "tidak", "kami", "kita", "biaya"),
        *("tunggu", "setuju", "ako", "ng", "po", "namin", "ingestapt", "effettuato", "fleet"),
    )
)
# Job titles and departments on a signature's line: no person, whatever is capitalised
_ROLE_WORDS = frozenset(
    (
        *("director", "coordinator", "manager", "executive", "officer", "assistant", "specialist"),
        *("consultant", "engineer", "analyst", "supervisor", "administrator", "agent", "representative"),
        *("president", "vice", "head", "lead", "team", "department", "sales", "marketing", "operations"),
        *("accounts", "procurement", "purchasing", "logistics", "energy", "studio", "consulting"),
        *("solutions", "travel", "hr", "finance", "support", "office", "associate", "partner"),
        *("regional", "senior", "junior", "chief", "general", "global", "area", "key", "account", "deputy"),
        *("buyer", "purchaser", "controller", "accountant", "clerk", "secretary", "receptionist"),
        *("ceo", "cfo", "cto", "coo", "founder", "owner", "advisor", "adviser", "planner", "dispatcher"),
    )
)
# what a title ends with (not a department: "Sales", "Travel" are surnames too)
_ROLE_NOUNS = frozenset(
    (
        *("director", "coordinator", "manager", "executive", "officer", "assistant", "specialist"),
        *("consultant", "engineer", "analyst", "supervisor", "administrator", "representative"),
        *("buyer", "purchaser", "controller", "accountant", "secretary", "receptionist", "dispatcher"),
    )
)
COMPANY_SUFFIXES = frozenset(
    (
        *("srl", "s.r.l", "spa", "s.p.a", "sarl", "sas", "ab", "as", "oy", "kft", "sro", "s.r.o", "doo"),
        *("pty", "pvt", "bhd", "sdn", "tbk", "pt", "ltda", "eirl", "kg", "ohg", "ug", "lda", "a/s", "aps"),
    )
)
# Words a capitalised word after a name or an echo of one is no surname or name for: a town, a country, a
# place's word, a company's suffix (analyzer's surname growth and layouts' echoes extend it with their own)
PLACE_OR_COMPANY_WORDS = frozenset().union(
    patterns.CITIES, patterns.COUNTRY_NAMES, patterns.PLACE_WORDS, COMPANY_SUFFIXES
)


def _function_words_only(words: list[str]) -> bool:
    """All lowercase function or common words, one at least a function word that is no first name (Hindi
    "diya" is "gave" and a name, so "diya aur" goes and "diya" alone stays)."""
    if any(w[:1].isupper() for w in words):
        return False
    lows = [re.split(r"['’]", _low(w))[-1] for w in words]  # "l'autista"
    return all(low in _FUNCTION_WORDS or low in NEVER for low in lows) and any(
        low in _FUNCTION_WORDS and low not in patterns.FIRST_NAMES_LOWER for low in lows
    )


# A word that is also a name, opening a sentence before a pronoun or an article, is a verb
# ("Mark the trip as disputed", "Bill me only once", "Will you refund me", "Hope this finds you")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?\n][ \t\n]*)$")
_OBJECT_AFTER_RE = re.compile(r"[ \t]+(?i:me|the|us|it|this|you|your|that)\b")


def _verb_opening(text: str, start: int, end: int, word: str) -> bool:
    low = _low(word)
    return (
        (low in NEVER or low in patterns.NAMES_LIKE_WORDS or low in patterns.WORD_NAMES)
        and bool(_OBJECT_AFTER_RE.match(text, end))
        and bool(_SENTENCE_START_RE.search(text, max(0, start - 3), start))
    )


def _title_or_company(words: list[str]) -> bool:
    if len(words) < 2:
        return False
    if not all(w[:1].isupper() and not w.endswith(("'s", "’s")) for w in words):
        return False  # "sipho mokoena's assistant"
    lows = [_low(w).strip(".") for w in words]
    if lows[-1] in COMPANY_SUFFIXES and (words[-1].isupper() or "." in words[-1]):
        return lows[0] not in patterns.FIRST_NAMES_LOWER  # "Lumen Studio SRL", not "Katalin Sas"
    return lows[-1] in _ROLE_NOUNS and all(
        (w in _ROLE_WORDS or w in NEVER) and w not in patterns.FIRST_NAMES_LOWER for w in lows
    )  # "Regional Sales Director", "Travel Coordinator": every word a role's or a common word


def _verb_phrase(words: list[str]) -> bool:
    """Two lowercase words, a common one and a long "-ing" form: "kept talking", "was yelling"."""
    return (
        len(words) == 2
        and words[0].islower()
        and words[1].islower()
        and _low(words[0]) in NEVER
        and len(words[1]) >= 6
        and words[1].endswith("ing")
    )


# Countries that are nobody's name. Given names among them come from the first-name lists ("Jordan",
# "Chad") and from these, which the lists leave out as places; a surname alone ("Holland") counts too.
_COUNTRIES_NOT_NAMES = (
    patterns.COUNTRY_NAMES
    - patterns.FIRST_NAMES_LOWER
    - patterns.WORD_NAMES
    - {"america", "georgia", "holland", "india", "israel", "jamaica", "kenya", "mali", "oman", "chad"}
)
_US_STATES = frozenset(
    (
        *("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware"),
        *("florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana"),
        *("maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri"),
        *("montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee"),
        *("texas", "utah", "vermont", "wisconsin", "wyoming"),
    )
)
# A town's name before its state or country: "in Lincoln, Nebraska", "Florence, Italy"
_REGION_AFTER_RE = re.compile(
    r",[ \t]+(?i:"
    + "|".join(sorted(_US_STATES, key=len, reverse=True))
    + r"|new[ \t]+york|new[ \t]+jersey|new[ \t]+mexico|north[ \t]+carolina|south[ \t]+carolina|"
    r"north[ \t]+dakota|south[ \t]+dakota|west[ \t]+virginia|rhode[ \t]+island|new[ \t]+hampshire)"
    r"(?![\p{L}])"
)


# ---------------------------------------------------------------------------------------------
# Places named after people
# ---------------------------------------------------------------------------------------------

# Place words the shared list does not hold, some of them in the case a language gives them
_MORE_PLACE_WORDS = frozenset(
    (
        *("aeroparque", "gardens", "garden", "crossing", "triangle", "sentral", "havalimanı", "havalimani"),
        *("meydanı", "meydani", "meydan", "istasyonu", "garı", "iskelesi", "terminus", "terminal"),
        *("aeropuerto", "aeroporto", "aéroport", "airport", "intl", "junction", "interchange", "plein"),
        *("stesen", "flughafen", "lotnisko", "letiště", "havaalanı", "lufthavn"),
        *("waterfront", "quarter", "esplanade", "promenade", "boardwalk", "malecón", "malecon"),
        # hotels and stations in the cases of their languages ("l'Hôtel", "spod Dworca Centralnego")
        *("hôtel", "hotelu", "hotell", "dworzec", "dworca", "dworcu", "lotniska", "lotnisku"),
        # a Polish mall's terraces in their cases ("Złote Tarasy", "ze Złotych Tarasów"; not "Taras")
        *("tarasy", "tarasów", "tarasach", "tarasami", "tarasom"),
        *("ritz-carlton", "novotel", "intercontinental"),
        # kinds of places named after people, in the desk's languages (issue 20): hospitals, schools,
        # universities, stadiums, bridges, stops, malls, monuments, mosques ("Hôpital Georges-Pompidou",
        # "Policlinico Umberto I", "Atatürk Havalimanı", "Rumah Sakit Cipto", "X Memorial Hospital")
        *("statue", "school", "library", "college", "stand", "setu", "bhawan", "bhavan"),
        *("stade", "lycée", "parc", "métro", "collège", "clinique", "mairie"),
        *("glorieta", "monumento", "clínica", "clinica", "colegio", "escuela", "universidade"),
        *("u-bahnhof", "s-bahnhof", "rodoviária", "rodoviaria", "metrô", "colégio"),
        *("viaduto", "museu", "escola", "faculdade", "ospedale", "università"),
        *("universita", "stadio", "policlinico", "parco", "fermata", "liceo", "scuola"),
        *("luchthaven", "ziekenhuis", "winkelcentrum", "universiteit", "hastanesi"),
        *("üniversitesi", "stadyumu", "köprüsü", "otogarı", "otogari", "avm", "parkı", "lisesi", "camii"),
        *("okulu", "uwanja", "hospitali", "universitas", "monumen", "halte", "masjid", "sekolah", "centro"),
        # malls, markets and lodgings in the desk's languages ("Arkaden", "Centrum Handlowe", "Kapalı
        # Çarşı", "Holiday Inn", "Soko la Kariakoo", "Mercato Centrale")
        *("centrum", "arkaden", "galleria", "outlet", "bazaar", "bazar", "resort", "inn", "motel", "suites"),
        *("marché", "mercato", "mercat", "çarşı", "çarşısı", "çarşıda", "piac", "szpital", "klinika", "soko"),
    )
)
# Hotel chains whose name goes before the hotel's own. Some are surnames or first names too ("Paris
# Hilton", "Taj"): they open a place's name, never close one, and a brand that is a listed first name makes
# a place only where the words around say so ("ride from Taj Coromandel", not "Taj Mahmood here")
HOTEL_BRANDS = frozenset(
    (
        *("hilton", "marriott", "hyatt", "sheraton", "westin", "radisson", "sofitel", "mercure", "ibis"),
        *("pullman", "kempinski", "oberoi", "taj", "fairmont", "mövenpick", "movenpick", "swissôtel"),
        *("meliá", "melia", "travelodge", "doubletree", "shangri-la"),
    )
)
# Place words that are surnames too ("Lance Bandara", "Ana Palacio"): a place only when they open the
# phrase ("Bandara YIA", "Palacio de Hierro Polanco", "z Galerii Mokotów", "Hoteli ya Sarova")
_PLACE_OPENERS = frozenset(
    (
        *("bandara", "stasiun", "pelabuhan", "palacio", "palazzo", "palais", "galeria", "galerii"),
        *("galerię", "hoteli", "otel", "oteli"),
        # and kinds written before the name that are words or names of their own ("Taman Suropati", "RS
        # Cipto", "Pont Neuf")
        *("taman", "rs"),
        # and kinds that are surnames too ("Lorenzo Da Ponte", "Ana Jardim", "Gianni Chiesa")
        *("jardim", "ponte", "puente", "chiesa", "igreja", "kerk", "pont"),
        # hotel brands, a hotel's name after them ("Hilton Chicago", "Marriott Marquis", "Oberoi Grand")
        *HOTEL_BRANDS,
    )
)
# Words between a place's kind and the name it is called after ("Terminal de Autobuses Benito Juárez",
# "Universidade Federal Isabel Camargo", "Rumah Sakit Cipto", "Monumento a Colón", "Centre commercial
# Italie") and between the name and the kind after it ("X Bus Stand", "X Medical College", "X Memorial
# Hospital", "X Primary School"): no place alone, but they do not break the run from the name to its kind
_KIND_MODIFIERS = frozenset(
    (
        *("federal", "estadual", "municipal", "internacional", "international", "intl", "nacional"),
        *("comercial", "commercial", "commerciale", "sakit", "autobuses", "ônibus", "onibus", "autobus"),
        *("bus", "medical", "primary", "secondary", "high", "memorial", "referral", "metro", "railway"),
        *("shopping", "leisure", "teaching", "general", "district", "community", "sports"),
    )
)
# Kinds of two words, the first no place alone ("Rumah Sakit Cipto", "Centro Comercial Andino")
_TWO_WORD_KINDS = frozenset(
    ("rumah sakit", "centro comercial", "centro commerciale", "centre commercial", "kebun raya")
)
# Kinds a compound ends on, in languages that glue them to the name ("Erasmusbrug", "Museumplein")
_COMPOUND_KINDS = ("brug", "plein", "platz", "brücke", "bahnhof")
# Particles inside a name or between a place's kind and the name ("Praça Sophie da Mata", "Monumento a")
_NAME_PARTICLES = frozenset(
    (
        *("da", "de", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "van", "von"),
        *("der", "den", "ten", "ter", "y", "e", "of", "wa", "ya", "bin", "binti"),
    )
)
# Kinds written in lowercase before the name ("métro Odéon", "fermata Cadorna", "uwanja wa Nyayo", "the
# statue of Eros"); any other kind before a name must be capitalised ("the school Maria Silva runs")
_LOWER_KINDS = frozenset(("métro", "metro", "metrô", "fermata", "statue", "uwanja", "hospitali"))
# German writes every noun capitalised, and its kinds seldom stand before a name ("Goethe-Gymnasium",
# "Marien-Krankenhaus"): "im Krankenhaus Maria Schmidt getroffen" is a person met there
_GERMAN_KINDS = frozenset(
    (
        "krankenhaus",
        "klinik",
        "haltestelle",
        "denkmal",
        "einkaufszentrum",
        "gymnasium",
        "schule",
        "bibliothek",
    )
)
# "Monumento a Colón", "Monument à Balzac": the only kind the Romance "a" joins to a name ("vi en el
# Hospital a María López" is a person)
_KINDS_BEFORE_A = frozenset(("monumento", "monument", "statue", "estatua", "estátua", "statua"))
# Stems of place words a language writes with its case ending glued on ("Liszt Ferenc repülőtérről",
# "Keleti pályaudvarnál"), and shopping malls written as one word ("Megamall", "Supermall")
_PLACE_STEMS = ("repülőtér", "pályaudvar", "állomás", "megamall", "supermall")
# Labels after which a place is written: "Destino: Humberto Delgado", "Drop-off: KL Sentral"
_DESTINATION_LABEL_RE = re.compile(
    r"(?i:destination|destino|destinazione|ziel|bestemming|drop-?off|varış)"
    r"[ \t]*:[ \t]*$"
)
# A verb of going, leaving or waiting with its preposition: what follows is where
_MOTION_BEFORE_RE = re.compile(
    r"(?i:(?:drove|drive|driving|dropped|drop|dropping|kicked|left|leave|leaving|picked|pick|go|went|"
    r"going|gone|head(?:ed|ing)?|way|ride|rode|trip|journey|waiting|waited|wait|arrived|arrive)"
    r"(?:[ \t]+(?:me|us|him|her|them|my|our|off|out|up|all|the|"
    r"whole|way|back|there|(?:my|our|his|her)[ \t]+\p{Ll}+))*[ \t]+"
    r"(?:to|at|from|towards|toward|into|on)|(?:trip|ride|rit|viaje)(?:[ \t]+[#\w]*\d[\w]*)?[ \t]+from"
    r"|déposée?s?[ \t]+à|déposé[ \t]+à|vers|allée?s?[ \t]+à|(?:ir|fui|fue|fuimos|fueron|voy|vamos)[ \t]+a|"
    r"lleg(?:ó|ue|ué|amos|aron)[ \t]+a|llev[oó][ \t]+a|(?:dej|recog|baj)\w*[ \t]+en|saiu[ \t]+de|"
    r"saí[ \t]+de|fui[ \t]+para|foi[ \t]+para|"
    r"espera[ \t]+n[oa]|esperando[ \t]+n[oa]|andato[ \t]+a|arrivato[ \t]+a|verso|richting)[ \t]+$"
)
# (an article may follow: "von der Reeperbahn zum Hamburg Hbf", "from the Hilton to …")
_ROUTE_FROM_RE = re.compile(
    r"(?i:\b(?:from|de|desde|da|van|von|du|dal|dalla|dallo))(?:[ \t]+(?i:der|dem|den|the|la|el|het))?[ \t]+$"
)
_ROUTE_TO_AFTER_RE = re.compile(
    r"[ \t]+(?i:to|a|à|hasta|para|naar|nach|al|alla|till|til|zum|zur|bis(?:[ \t]+zu[mr])?)[ \t]+"
    r"(\S[^\n,;!?]{0,40})"
)
# a route written with an arrow: "(Gare de Lyon → Charles de Gaulle)"
_ARROW_BEFORE_RE = re.compile(r"([^\n,;!?()→>]{2,40}?)[ \t]*(?:→|->|⇒)[ \t]*$")
_ARROW_AFTER_RE = re.compile(r"[ \t]*(?:→|->|⇒)[ \t]*([^\n,;!?()→]{2,40})")
_ROUTE_TO_BEFORE_RE = re.compile(
    r"(?i:\b(?:from|de|desde|da|van|von|du|dal|dalla|từ|dari|ze|spod|kutoka))"
    r"[ \t]+([^\n,;!?]{2,40}?)[ \t]+"
    # (Vietnamese, Indonesian and Malay, Polish, Swahili: "từ Sân bay Nội Bài về …", "dari Stasiun X ke …")
    r"(?i:to|a|à|hasta|para|naar|nach|al|alla|till|til|về|đến|tới|ke|do|hadi|mpaka)[ \t]+$"
)
_STREET_NUMBER_RE = re.compile(r"\d{1,5}[A-Za-z]?,?[ \t]+\p{Lu}")  # "201A Ponsonby Road"
_HOUSE_NUMBER_RE = re.compile(r"(?i:\b(?:no|nr|n°|num)\.?[ \t]?\d|#[ \t]?\d)")
# A person's address after the name ("bring it to Amber at Ängsgränd 190", "to Ishaan Kang, 356 …")
_ADDRESS_AFTER_RE = re.compile(
    r"(?:,|[ \t]+(?:at|c/o|bei|chez))[ \t]+"
    r"(?:\d{1,5}[A-Za-z]?,?[ \t]+(?!(?i:am|pm|a\.m|p\.m|h|hrs?|uhr|o'clock)(?![\p{L}]))\p{L}|"
    r"\p{Lu}[\p{L}.]*[ \t]+\d|(?i:unit|flat|apt))"
)
_INSTEAD_RE = re.compile(
    r"(?i:instead[ \t]+of|rather[ \t]+than|en[ \t]+vez[ \t]+de|en[ \t]+lugar[ \t]+de|au[ \t]+lieu[ \t]+de|"
    r"em[ \t]+vez[ \t]+de|statt|anstatt|invece[ \t]+di|in[ \t]+plaats[ \t]+van|"
    # a place set against another: "at Birmingham New Street not …", "di Stasiun Gambir, bukan …"
    r"(?<![\p{L}]|(?:is|was|are|were|do|does|did|could|would|can)[ \t]+)"
    r"(?:not|bukan|nie|y[ \t]+no[ \t]+(?:a|al|en)|e[ \t]+não|et[ \t]+pas))"
    r"[ \t]+$"
)
_APOSTROPHE_RE = re.compile(r"['’]")
# The last word of every rule of `reads_as_place` that reads what comes before the span
_WORDS_BEFORE_A_PLACE = frozenset(
    (
        *("to", "at", "from", "towards", "toward", "into", "on", "à", "a", "en", "de", "para", "no", "na"),
        *("vers", "verso", "richting", "desde", "da", "van", "von", "du", "dal", "dalla", "dallo"),
        *("hasta", "naar", "nach", "al", "alla", "till", "til", "of", "than", "statt", "anstatt", "di"),
        *("der", "dem", "den", "the", "la", "el", "het"),
        *("về", "đến", "tới", "ke", "do", "hadi", "mpaka", "not", "bukan", "nie", "pas", "não"),
    )
)
_CLAUSE_RE = re.compile(r"[.!?;\n]")
_LATIN_WORD_RE = re.compile(r"[\p{Latin}][\p{Latin}\p{M}’'\-]*")
_ROMAN_RE = re.compile(r"[ \t]+(?:[IVX]{1,4}|\p{Lu}\.)(?=[ \t])")
_NEXT_WORD_RE = re.compile(r"[ \t]+([\p{L}][\p{L}\p{M}]*)")


def _stem(word: str) -> str:
    """Lowercased, without a Turkish case ending ("Meydanı'nda" → "meydanı")."""
    if "'" in word or "’" in word:
        word = _APOSTROPHE_RE.split(word, 1)[0]
    return _low(word)


def _place_words(text: str, start: int, end: int) -> list[str]:
    """Latin-script words, lowercased, without a Turkish case ending."""
    return [_stem(w) for w in _LATIN_WORD_RE.findall(text, start, end)]


def _is_place_word(word: str) -> bool:
    if word in patterns.PLACE_WORDS or word in _MORE_PLACE_WORDS or word.startswith(_PLACE_STEMS):
        return True
    # a Turkish place's word with its case ending and no apostrophe ("Hastanesinden", "Çarşısına")
    return (
        "n" in word[-5:]
        and _TR_CASE_END_RE.search(word) is not None
        and _is_place_word(_TR_CASE_END_RE.sub("", word))
    )


_TR_CASE_END_RE = re.compile(r"(?<=s[ıiuü])n(?:den|dan|de|da|e|a|i|ı|in|ın)$")


def _is_kind_after(word: str) -> bool:
    """A place's word after a name, German kinds too ("Maria-Schmidt-Krankenhaus", "Goethe Gymnasium")."""
    return _is_place_word(word) or word in _GERMAN_KINDS


# A word before the span and what joins it to the span (blanks or a hyphen)
_WORD_BACK_RE = re.compile(r"(?<![\p{L}\p{M}'’])([\p{L}][\p{L}\p{M}'’]*)(?:[ \t]{1,3}|-)$")
_WORDS_AFTER_RE = re.compile(r"[ \t]{1,3}([\p{L}][\p{L}\p{M}'’\-]*)[ \t]{1,3}([\p{L}][\p{L}\p{M}]*)")


def _kind_before(text: str, start: int) -> bool:
    """A place's kind before the name, past the words that join them and the name's own first part:
    "Krankenhaus| Cathrin Vollbrecht", "Terminal de Autobuses| María", "Praça Sophie da| Mata", "Gare
    Véronique-|Lejeune". A capitalised word is passed over only before a particle or a hyphen ("Sophie
    da", "Véronique-"), so that "Hotel manager Carlos Ruiz" and "Hotel Manager Carlos Ruiz" stay people."""
    pos = start
    joined = False  # the word after the one read is a particle, or the word read ends on a hyphen
    for _ in range(5):
        m = _WORD_BACK_RE.search(text, max(0, pos - 40), pos)
        if not m:
            return False
        word = _APOSTROPHE_RE.split(m.group(1))[-1]  # "l'Hôpital"
        if not word:
            return False  # "dell'| Anna"
        low = _low(word)
        if _is_place_word(low) or _opener(low) or low in patterns._NAMED_STREET_TYPES:
            # "Avenida Presidente da| Paz"
            return word[:1].isupper() or low in _LOWER_KINDS
        if low in ("a", "à"):
            m = _WORD_BACK_RE.search(text, max(0, m.start() - 40), m.start())
            return bool(m) and m.group(1)[:1].isupper() and _low(m.group(1)) in _KINDS_BEFORE_A
        hyphen = text[m.end(1) : m.end()] == "-"
        if low in _KIND_MODIFIERS or low in _NAME_PARTICLES:
            m2 = _WORD_BACK_RE.search(text, max(0, m.start() - 40), m.start())
            if m2 and m2.group(1)[:1].isupper() and f"{_low(m2.group(1))} {low}" in _TWO_WORD_KINDS:
                return True  # "Rumah Sakit| Jindra Wijaya"
            joined = low in _NAME_PARTICLES
        elif word[0].isupper() and (joined or hyphen):
            joined = False
        else:
            # "Hoteli ya Sarova| Stanley": the first word of a name of two after its kind and a particle
            return word[0].isupper() and _kind_and_particle_before(text, m.start())
        pos = m.start()
    return False


def _opener(low: str) -> bool:
    """A place's kind written before its name; a hotel brand that is a first name too ("Taj") is none."""
    return low in _PLACE_OPENERS and not (low in HOTEL_BRANDS and low in patterns.FIRST_NAMES_LOWER)


def _kind_and_particle_before(text: str, pos: int) -> bool:
    """A capitalised place's kind and a particle right before pos: "Hoteli ya| …", "Hotel de| …"."""
    m = _WORD_BACK_RE.search(text, max(0, pos - 40), pos)
    if not m or _low(m.group(1)) not in _NAME_PARTICLES:
        return False
    m = _WORD_BACK_RE.search(text, max(0, m.start() - 40), m.start())
    if not m or not m.group(1)[:1].isupper():
        return False
    low = _low(_APOSTROPHE_RE.split(m.group(1))[-1])
    return _is_place_word(low) or _opener(low)


def _kind_after(text: str, end: int) -> bool:
    """A place's kind after the name past one word that joins them ("X Bus Stand", "X Memorial Hospital")."""
    m = _WORDS_AFTER_RE.match(text, end)
    return bool(m) and _low(m.group(1)) in _KIND_MODIFIERS and _is_kind_after(_low(m.group(2)))


def _kind_around(text: str, start: int, end: int) -> bool:
    """A place's kind before the name at start:end or after it."""
    return _kind_before(text, start) or _kind_after(text, end)


def _possessive(text: str, end: int) -> bool:
    """An "'s" after the name: "Albert Einstein's daughter", "Maria's school" are a person's."""
    return text[end : end + 2] in ("'s", "’s")


def _hyphen_kind(words: list[str]) -> bool:
    """A compound that ends on a place's kind ("Willy-Brandt-Platz", "het Molegraaf-monument",
    "Erasmusbrug") or joins a town to its river, region or quarter ("Châtelet-Les Halles", "Aix-en-Provence",
    "Frankfurt-am-Main", "Stratford-upon-Avon")."""
    return any(
        ("-" in w and _is_kind_after(w.rsplit("-", 1)[-1]))
        or (w.endswith(_COMPOUND_KINDS) and len(w) > 7 and "-" not in w)
        or ("-" in w and _joined_town(w.split("-"), i + 1 < len(words)))
        for i, w in enumerate(words)
    )


# Words inside a town's compound, never inside a person's ("Jean-de-Dieu" joins with "de": not here); the
# French ones may end the compound before the next word ("Châtelet-Les Halles"; "Ji-An Kim" is a person)
_PLACE_JOINERS = frozenset(("sur", "sous", "lès", "lez", "les", "en", "des", "aux", "am", "an", "im", "upon"))
_PLACE_JOINERS_LAST = frozenset(("sur", "sous", "lès", "lez", "les", "des", "aux"))


def _joined_town(parts: list[str], more: bool) -> bool:
    return any(p in _PLACE_JOINERS for p in parts[1:-1]) or (more and parts[-1] in _PLACE_JOINERS_LAST)


def _phrase_is_place(phrase: str) -> bool:
    words = _place_words(phrase, 0, len(phrase))
    if not words:
        return False
    return (
        bool(_STREET_NUMBER_RE.match(phrase))
        or bool(_HOUSE_NUMBER_RE.search(phrase))
        or any(_is_place_word(w) or w in patterns._NAMED_STREET_TYPES for w in words)
        or words[0] in patterns.CITIES
    )


def place_word_after(text: str, end: int) -> bool:
    """The word after `end` is a place's kind ("Ankara Şehir| Hastanesinden", "Mohammed V| airport")."""
    m = _NEXT_WORD_RE.match(text, end)
    return bool(m) and _is_kind_after(_stem(m.group(1)))


def reads_as_place(text: str, start: int, end: int) -> bool:
    """A name-like phrase that the words around it make a place."""
    words = _place_words(text, start, end)
    if not words:
        return False
    if (
        any(_is_place_word(w) for w in words)
        or words[0] in patterns.CITIES
        or (len(words) > 1 and _opener(words[0]))
    ):
        return True  # "Aeroparque Jorge Newbery", "Piccadilly Gardens", "İstanbul Havalimanı"
    # a place's word after it, past a numeral or an initial: "Mohammed V airport", "O. R. Tambo Intl"
    m = _ROMAN_RE.match(text, end)
    m = _NEXT_WORD_RE.match(text, m.end() if m else end)
    if m and _is_kind_after(_low(m.group(1))):
        return True  # "Mohammed V airport", "Liszt Ferenc repülőtérről"
    if not _possessive(text, end) and (_kind_around(text, start, end) or _hyphen_kind(words)):
        return True  # "Hôpital Georges-Pompidou", "Rumah Sakit Cipto", "X Bus Stand", "Y-Platz"
    before = text[max(0, start - 60) : start]
    if "→" in text or "->" in text or "⇒" in text:
        m = _ARROW_BEFORE_RE.search(before)
        if m and _phrase_is_place(m.group(1)):
            return True  # "Gare de Lyon → Charles de Gaulle"
        m = _ARROW_AFTER_RE.match(text, end)
        if m and _phrase_is_place(m.group(1)):
            return True  # "Charles de Gaulle → Gare de Lyon"
    # the rules below all end on the word right before the span: look it up before running them
    last = before.rstrip(" \t")
    last = _low(last[last.rfind(" ") + 1 :]) if last != before else ""
    if last.endswith(":"):
        return bool(_DESTINATION_LABEL_RE.search(before))  # "Destino: Humberto Delgado"
    if last not in _WORDS_BEFORE_A_PLACE:
        return False
    if (
        _MOTION_BEFORE_RE.search(before)
        and text[end : end + 2] not in ("'s", "’s")
        and not _ADDRESS_AFTER_RE.match(text, end)
    ):
        return True  # "went to Jomo Kenyatta", "déposée à Charles de Gaulle", "kicked us out at Britomart"
    if _ROUTE_FROM_RE.search(before):
        m = _ROUTE_TO_AFTER_RE.match(text, end)
        if m and _phrase_is_place(m.group(1)):
            return True  # "from Kotoka to House No. 12", "from Britomart to 201A Ponsonby Road"
    if any(_phrase_is_place(m.group(1)) for m in _ROUTE_TO_BEFORE_RE.finditer(before, overlapped=True)):
        return True  # "da Milano Centrale a Leonardo da Vinci", "from Nelson Mandela Square to O. R."
    m = _INSTEAD_RE.search(before)
    # "went via KL Sentral instead of O. R. Tambo": the other place of the clause makes this one a place
    return bool(m) and _phrase_is_place(_CLAUSE_RE.split(before[: m.start()])[-1])


def place_tail(text: str, start: int, end: int) -> int | None:
    """Where a name run on into a place ends ("kızım Elif| İstanbul Havalimanı'ndan"): a listed first name
    and what follows it up to a city or a word before a place's word; None when there is none."""
    if " " not in text[start:end]:
        return None
    words = list(_LATIN_WORD_RE.finditer(text, start, end))
    if len(words) < 2 or _low(words[0].group()) not in patterns.FIRST_NAMES_LOWER:
        return None
    lows = [_stem(w.group()) for w in words]
    for i in range(1, len(words)):
        if _is_place_word(lows[i]) or (
            lows[i] in patterns.CITIES and any(_is_place_word(w) for w in lows[i + 1 :])
        ):
            return words[i - 1].end()  # "Elif| İstanbul Havalimanı", not "Anna Florence"
    return None


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", _low(word)) if not unicodedata.combining(c)
    ).strip("'’.-")


def _folded(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(_fold(w) for w in words)


# The proper name of an airport, its kind and its city taken off: "Charles de Gaulle", "Leonardo da Vinci",
# "Sabiha Gokcen", "Jorge Newbery". Only the airports of international flights and of the cities that have
# several, by IATA's own list: a landing strip named after its owner is no place a rider names.
_AIRPORT_KIND_RE = re.compile(
    r"\(.*?\)|\b(?i:international|intl|airport|airpark|airfield|air base|regional|municipal|county|field|"
    r"memorial|national|domestic|world)\b"
)


@lru_cache(maxsize=1)
def airport_names() -> frozenset[tuple[str, ...]]:
    macs = {code for city in airportsdata.load_iata_macs().values() for code in city["airports"]}
    names = set()
    for code, airport in airportsdata.load("IATA").items():
        if code not in macs and not re.search(r"(?i)\bint(?:ernationa)?l\b", airport["name"]):
            continue
        for part in re.split(r"\s[-/–]\s|/", airport["name"]):
            words = _folded(_WORD_RE.findall(_AIRPORT_KIND_RE.sub(" ", part)))
            city = _folded(_WORD_RE.findall(airport["city"]))
            if words[: len(city)] == city:
                if len(words) == len(city) + 1 and len(city) == 1:
                    names.add(words)  # "Newark Liberty": a single word after the city goes with it
                words = words[len(city) :]
            if len(words) >= 2:
                names.add(words)
    return frozenset(names)


@lru_cache(maxsize=1)
def _airport_first_words() -> frozenset[str]:
    return frozenset(name[0] for name in airport_names())


def _airport(words: list[str]) -> bool:
    """A famous place's name, though a person's ("Charles de Gaulle", "Santos Dumont")."""
    return _folded(words) in airport_names()


_WORDS_BACK_RE = re.compile(r"(?:[\p{Latin}][\p{Latin}\p{M}’'\-]*[ \t]{1,2}){1,3}$")


def _airport_across(text: str, start: int, end: int) -> bool:
    """An airport's proper name the span opens inside of, in the case its language gives it or where the words
    around say so: "SABİHA| GÖKÇEN'DEN ALINMAM …", "déposée à Charles| de Gaulle"."""
    back = _WORDS_BACK_RE.search(text, max(0, start - 40), start)
    if not back:
        return False
    before = list(_LATIN_WORD_RE.finditer(text, back.start(), start))
    inside = list(_LATIN_WORD_RE.finditer(text, start, end))[:3]
    firsts = _airport_first_words()
    for k in range(1, len(before) + 1):
        if _fold(_stem(before[-k].group())) not in firsts:
            continue
        for j in range(1, len(inside) + 1):
            words = [_stem(w.group()) for w in before[-k:] + inside[:j]]
            if _folded(words) in airport_names():
                first = before[-k].start()
                return _APOSTROPHE_RE.search(inside[j - 1].group()) is not None or reads_as_place(
                    text, first, inside[j - 1].end()
                )
    return False


def _listed_person(text: str, start: int, end: int, words: list[str]) -> bool:
    """A listed first name and another word, with no place's word in it or right after it: a person, whatever
    the words around it say ("Julia Roberts phone:", "went to Maria Lopez", "Austin Miller, Texas office",
    "Destino: Maria Lopez"); a place's own word still makes it a place ("Charles de Gaulle airport")."""
    if len(words) < 2 or _low(words[0]) not in patterns.FIRST_NAMES_LOWER or _low(words[0]) in HOTEL_BRANDS:
        return False
    places = _place_words(text, start, end)
    if any(_is_place_word(w) for w in places) or _hyphen_kind(places):
        return False
    if not _possessive(text, end) and _kind_around(text, start, end):
        return False  # "Krankenhaus Cathrin Vollbrecht", "Anita Desai Bus Stand"
    m = _ROMAN_RE.match(text, end)
    m = _NEXT_WORD_RE.match(text, m.end() if m else end)
    return not (m and _is_kind_after(_low(m.group(1))))


_REGNAL_RE = re.compile(r"[IVX]{1,4}")
_REGNAL_AFTER_RE = re.compile(r"[ \t]{1,3}[IVX]{1,4}(?![\p{L}\d])")
_WORD_BEFORE_RE = re.compile(r"(?<![\p{L}\p{M}'’\-])([\p{L}][\p{L}\p{M}'’\-]*)[ \t]{1,3}$")


def _regnal_after_place(text: str, start: int, end: int, words: list[str]) -> bool:
    """A name and a Roman numeral right after a place's word ("Hôtel Édouard VII")."""
    if not (
        (len(words) == 2 and _REGNAL_RE.fullmatch(words[1]))
        or (len(words) == 1 and _REGNAL_AFTER_RE.match(text, end))
    ):
        return False
    m = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if not m:
        return False
    word = _low(_APOSTROPHE_RE.split(m.group(1))[-1])  # "l'Hôtel"
    return _is_place_word(word) or _opener(word)


_ID_CUE_WORD_RE = re.compile(r"(?i:" + patterns._ID_CUES + r")")
_BLANK_RE = re.compile(r"[ \t]{1,3}(?:#[ \t]?)?")


def _cue_before_id(text: str, end: int, low: str) -> bool:
    """An id's word right before the id ("Safari a3c9d5e0", "Kesi #KE-20931")."""
    if not _ID_CUE_WORD_RE.fullmatch(low):
        return False
    m = _BLANK_RE.match(text, end)
    return bool(m) and any(start == m.end() for start, _ in patterns.protected_spans(text))


_INITIAL_END_RE = re.compile(r"(?<![\p{L}])\p{Lu}\.?$")
_INITIALS_BEFORE_RE = re.compile(r"(?<![\p{L}.])(?:\p{Lu}\.[ \t]?)+[ \t]$")
_INITIALS_TAIL_RE = re.compile(
    r"\.(?:[ \t]?\p{Lu}\.)*[ \t]?\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+)?"
)
# lowercase particles and articles a span may open on ("von der| Reeperbahn", "de la| Plaza")
_LEADING_PARTICLES_RE = re.compile(
    r"(?:(?:von|van|de|da|di|du|des|der|dem|den|la|le|el|het|the)[ \t]+)+(?=\p{Lu})"
)


def _city_before(text: str, start: int) -> bool:
    """A town's name, no first name, right before the span: "Roma| Termini", "Napoli| Garibaldi"."""
    m = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if not m or not m.group(1)[:1].isupper() or text[m.end(1) : start] != " ":
        return False
    low = _low(m.group(1))
    return low in patterns.CITIES and low not in patterns.FIRST_NAMES_LOWER and low not in patterns.WORD_NAMES


def _place_capitals_only(text: str, end: int, words: list[str]) -> bool:
    """Lowercase words around a place's kind, the only capitalised word, or before it: "jemput di
    Bandara", "jemput di| Bandara Ngurah Rai"."""
    caps = [w for w in words if w[:1].isupper()]
    if any(_low(w) in patterns.FIRST_NAMES_LOWER for w in words if not w[:1].isupper()):
        return False
    if not caps:
        m = _NEXT_WORD_RE.match(text, end)
        return (
            bool(m)
            and m.group(1)[:1].isupper()
            and (_is_place_word(_stem(m.group(1))) or _opener(_stem(m.group(1))))
        )
    return len(caps) < len(words) and all(_is_place_word(_stem(w)) or _opener(_stem(w)) for w in caps)


# Labels of a receipt's, an app's or a bank notice's fields and the cue words of plates, ids and codes:
# one of them before its colon or right before the item it names is no person ("Merchant: RIDEAPP*TRIP",
# "Cardholder: VIRGINIA M HALE", "Pengemudi: Wayan …", "Kennzeichen L-KW 2291", "Plate was LS68 WHD",
# "Driver ID DRV-448120"; "Stephen Merchant called" is a name).
_FIELD_LABELS = frozenset(
    (
        *("merchant", "cardholder", "händler", "haendler", "commerçant", "comerciante", "esercente"),
        *("winkelier", "sprzedawca", "pedagang", "titulaire", "karteninhaber", "kaarthouder", "id"),
        *("driver", "fahrer", "fahrerin", "chauffeur", "motorista", "conductor", "autista", "kierowca"),
        *("şoför", "sürücü", "pengemudi", "sopir", "supir", "dereva", "rider", "passenger", "fahrgast"),
        *("plate", "kennzeichen", "kenteken", "placa", "plaque", "targa", "plaka", "rejestracja", "reg"),
        *("immatriculation", "matrícula", "matricula", "vehicle", "fahrzeug", "gari", "mobil", "nopol"),
        *("voucher", "gutschein", "gutscheincode", "promo", "promocode", "code", "gift", "coupon", "cupón"),
        # a form's address parts ("Suburb: Coogee")
        *("suburb", "locality", "district", "neighbourhood", "neighborhood", "county", "province", "bairro"),
        *("colonia", "barrio", "ortsteil", "kelurahan", "kecamatan", "barangay", "mahalle", "ilçe", "city"),
        *("town", "ciudad", "cidade", "ville", "stadt", "ort", "miasto", "kota", "plaats", "città", "street"),
    )
)
_LABEL_GAP_RE = re.compile(r"[ \t]*:|[ \t]+(?:(?i:was|is|war|ist|est|era|é|no\.?|nr\.?|number)[ \t]+)?(?=\S)")


def _field_label(text: str, start: int, end: int, words: list[str]) -> bool:
    if len(words) != 1 or _low(words[0]) not in _FIELD_LABELS:
        return False
    m = _LABEL_GAP_RE.match(text, end)
    if not m:
        return False
    return m.group().rstrip().endswith(":") or any(s == m.end() for s, _ in patterns.protected_spans(text))


def not_a_person(text: str, start: int, end: int) -> bool:
    """The PERSON span at start:end is a label, a greeting, function words, a title, a company or a place."""
    words = _WORD_RE.findall(text, start, end)
    if not words:
        return False
    if _field_label(text, start, end, words):
        return True
    if _INITIAL_END_RE.search(text, start, end):
        m = _INITIALS_TAIL_RE.match(text, end)
        if m:  # "O. R|. Tambo": the name the NER cut after an initial, read whole
            return not_a_person(text, start, m.end())
    m = _INITIALS_BEFORE_RE.search(text, max(0, start - 12), start)
    if m:  # "V. C.| Bird": the same, cut before the name's last word
        return not_a_person(text, m.start(), end)
    if _regnal_after_place(text, start, end, words):
        return True  # "l'Hôtel Édouard VII", "Lycée Henri IV": a king's name a place is called after
    # the rules that read a place or a label from the words around the span pass over a listed person
    listed = _listed_person(text, start, end, words)
    if len(words) <= 3 and not listed and is_label(text, start, end):
        return True
    lows = [_low(w).strip(".") for w in words]
    if not listed and all(w in DOCUMENT_WORDS and w not in patterns.FIRST_NAMES_LOWER for w in lows):
        return True  # a pasted document's words: "Zwischensumme 21,01", "Alert: new sign-in", "Dispatch:"
    if len(words) >= 2 and any(w in _COMPANY_WORDS for w in lows):
        return True  # "Groupe Mercier", "Safari Link Tours": a company, its owner's name in it or not
    m = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if m and m.group(1)[:1].isupper() and _low(m.group(1)) in _COMPANY_OPENERS:
        return True  # "Groupe| Lambert", "Taxis| Ferrand": a company's kind before the name
    if (
        len(words) >= 2
        and lows[0] in _SALUTATIONS
        and all((w in NEVER or w in _LABEL_STEMS) and w not in patterns.FIRST_NAMES_LOWER for w in lows[1:])
    ):
        return True  # "Tisztelt Cím!", "Kedves Ügyfélszolgálat!"
    if len(words) == 1:
        low = _low(words[0]).strip(".")
        if low in _GREETING_OPENERS and _DAY_PART_AFTER_RE.match(text, end):
            return True  # "Jó napot!"
        if (
            low in ("mimi", "jina")
            and _SWAHILI_SUBJECT_RE.match(text, end)
            and _SENTENCE_START_RE.search(text, max(0, start - 3), start)
        ):
            return True  # "Mimi ni Mwalimu …", "Jina langu ni …"
        if _cue_before_id(text, end, low):
            return True  # "Safari a3c9d5e0 ya tarehe …": a trip's word before its id
        if (
            low in _GREETINGS
            and _AFTER_GREETING_RE.match(text, end)
            and _LINE_START_RE.search(text, max(0, start - 30), start)
        ):
            return True  # "Hallo, ik ben …", "Groet, Femke"
        if _is_phone_label(text, start, end):
            return True  # "Mob +639097252479", "Cel 011 15-8341-9416"
        if _verb_opening(text, start, end, words[0]):
            return True
    if _function_words_only(words):
        return True  # "mera number", "mio numero", "kaat liye"
    if languages.only_function_words(words, patterns.FIRST_NAMES_LOWER):
        return True  # "Nipigie kwa", "dan alamat", "Szanowni Państwo", "Chief", "Retd"
    if len(words) == 1 and languages.between_function_words(text, start, end):
        return True  # "si baraka ya"
    if _verb_phrase(words):
        return True  # "the driver kept talking"
    if len(words) == 1 and (_REGION_AFTER_RE.match(text, end) or _low(words[0]) in _US_STATES):
        # a town is one word here: "Austin Miller, Texas office" is a person
        return True  # "in Lincoln, Nebraska", "Minnesota"
    if len(words) == 1 and _low(words[0]) in _COUNTRIES_NOT_NAMES:
        return True  # "She moved here from Tunisia"; "Jordan", "Chad", "Israel" are names too
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha() and text[start].islower():
        return True  # "driver-partner": the tail of a compound
    if _title_or_company(words):
        return True
    if not listed:
        if _place_capitals_only(text, end, words):
            return True  # "jemput di Bandara"
        if len(words) <= 2 and all(w[:1].isupper() for w in words) and _city_before(text, start):
            return True  # "Roma| Termini", "Cardiff| Central"
    if _airport_across(text, start, end):
        return True  # "SABİHA| GÖKÇEN'DEN"
    if not (not listed or _airport(words)):
        return False
    # an airport's proper name is a place where the words around say so, though it opens on a first name
    if reads_as_place(text, start, end):
        return True
    m = _LEADING_PARTICLES_RE.match(text, start, end)
    return bool(m) and reads_as_place(text, m.end(), end)  # "von der| Reeperbahn zum Hamburg Hbf"


# ---------------------------------------------------------------------------------------------
# Kept items the protected patterns miss, and where an address stops
# ---------------------------------------------------------------------------------------------

# a clock with am/pm ("1.20am", "12.05pm", "8 pm"), an hour in Hindi ("5 baje", "11.30 baje"), an age ("10
# años", "19 years old", "82 anni")
_TIME_AGE_RE = re.compile(
    r"(?<![\w.,])\d{1,2}(?:[.:]\d{2}[ \t]?(?i:am|pm)|(?i:am|pm)|[ \t]?(?i:pm|a\.m\.|p\.m\.))(?![\p{L}])"
    r"|(?<![\w.,])\d{1,2}(?:[.:]\d{2})?[ \t](?i:baje|bje)(?![\p{L}])"
    r"|(?<![\w.,])\d{1,3}[ \t]?(?i:años|anos|ans|anni|jahre|jaar|yaşında|yasinda|lat|years?[ \t]+old|"
    r"yrs?[ \t]+old|year-old)(?![\p{L}])"
    # an hour after its word in Turkish and Swahili, with its case ending or the part of the day ("saat
    # 7'de", "saa 3 usiku", "saa 4 asubuhi"), before the part of the day in Tagalog ("3 ng hapon")
    r"|(?<![\p{L}])(?i:saat|saa)[ \t]+\d{1,2}(?:[.:]\d{2})?(?![\d.:]\d)"
    r"(?:['’](?i:de|da|te|ta|den|dan|ten|tan)|[ \t]+(?i:asubuhi|mchana|jioni|usiku|alasiri))?(?![\p{L}\d])"
    r"|(?<![\w.,])\d{1,2}(?:[.:]\d{2})?[ \t]+ng[ \t]+(?i:umaga|tanghali|hapon|gabi)(?![\p{L}])"
    # an age after its word in Indonesian and Swahili ("umur 12", "usia 7 tahun", "miaka 9")
    r"|(?<![\p{L}])(?i:umur|usia|miaka)[ \t]+\d{1,3}(?:[ \t]+(?i:tahun|thn))?(?![\p{L}\d.,/:\-])"
)
# (tried only where a match can start: at a word that opens one, or a digit after no word character)
_TIME_AGE_WORDS = patterns._run_keys("saat saa umur usia miaka")
_NUMBER_START_RE = re.compile(r"(?<![\w.,])\d")


def _number_starts(text: str, low: str, runs: dict[str, list[int]]) -> list[int]:
    return [m.start() for m in _NUMBER_START_RE.finditer(text)]


_TIME_AGE_CUE_RE = re.compile(
    r"\d[ \t]?(?:[aApP]\.?[mM]|ba?je|a[ñn]os|ans|anni|ja(?:hre|ar)|ya[şs]|lat|y(?:ea)?rs?|ng[ \t])"
    r"|(?i:saat|saa|umur|usia|miaka)[ \t]+\d"
)
# ringgit, rand with cents, shillings ("RM48.90", "R412.00"); an order number with its tail ("ORD-2026413-07")
_MONEY_ID_RE = re.compile(
    r"(?<![\w])(?:RM|R|Rp|KSh|Ksh|GH₵|S/\.?)[ \t]?\d[\d,]*[.,]\d{2}(?!\d)|(?<![\w])RM[ \t]?\d+(?![\d\w])"
    r"|(?<![\w\-])[A-Z]{2,5}-\d{5,}(?:-[0-9A-Z]{1,6})+(?![\w\-])"
)
_MONEY_ID_CUE_RE = re.compile(r"R[M \d]|KSh|Ksh|Rp|GH₵|S/|[A-Z]-\d{5}")


def _money_id_starts(text: str, low: str, runs: dict[str, list[int]]) -> list[int]:
    # (each match opens a run of letters with a capital: a currency's, or a code's before its hyphen)
    return [
        at
        for word, places in runs.items()
        for at in places
        if text[at] in "RKGS" or ("A" <= text[at] <= "Z" and text[at + len(word) : at + len(word) + 1] == "-")
    ]


# an id after its document's word with the capitals of its kind between ("Agreement RA 77120934",
# "receipt OR No. 0041822", "contrato CT 4471902"): five to ten digits, never a phone's length with its
# trunk 0 ("contract, call 0612345678" stays a phone)
_DOCUMENT_ID_RE = re.compile(
    r"(?<![\p{L}])(?i:agreement|contract|contrato|contratto|contrat|vertrag|umowa|sözleşme|receipt|"
    r"invoice|recibo|ricevuta|reçu|quittung|resibo)[ \t]+"
    r"((?-i:[A-Z]{1,3})[ \t]?(?:(?i:no|nr|n°|nº)\.?[ \t]?)?(?!0\d{8})\d{5,9})(?![\w.,]\d|[\w])"
)
_DOCUMENT_CUE_RE = re.compile(
    r"(?i:agreement|contra|vertrag|umowa|sözleşme|receipt|invoice|recibo|ricevuta|reçu|quittung|resibo)"
)


def kept_spans(text: str) -> list[tuple[int, int]]:
    """Times, ages, amounts and ids the protected patterns do not read."""
    spans = []
    if _DOCUMENT_CUE_RE.search(text):
        spans += [m.span(1) for m in _DOCUMENT_ID_RE.finditer(text)]
    if _TIME_AGE_CUE_RE.search(text):
        spans += [
            m.span() for m in patterns._matches_at_runs(_TIME_AGE_RE, text, _TIME_AGE_WORDS, _number_starts)
        ]
    if _MONEY_ID_CUE_RE.search(text):
        spans += [
            m.span() for m in patterns._matches_at_runs(_MONEY_ID_RE, text, frozenset(), _money_id_starts)
        ]
    return spans


# Where an address stops: a verb of paying ("… Selangor charged RM48.90"), a line opening with a label of
# what is no address ("…, 4100-128 Porto\nDestino: Auckland Airport"), a route's "to" ending the line
# before the address ("viaje de El Dorado a\nCalle 93 …"), an age's word, a verb of dropping the rider after
# the place ("… X Havalimanı önünde bıraktı", "… X Stadium pe chhod diya").
_STOP_RE = re.compile(
    r"(?<=[\p{L}\d.)])[ \t]{1,3}(?i:charged|was[ \t]+charged|cobr[oóa]\w*|factur\w*|berechnet|"
    r"paid|pagu[eé]|pagou|ödedim|but[ \t]+the|but[ \t]+estimate|"
    r"(?:önünde[ \t]+)?(?:bıraktı|indirdi)(?:lar|ler)?|"
    r"(?:pe|par)[ \t]+(?:chhod|utaar|utar)(?:a|i|e|[ \t]+di(?:ya|ye)?)"
    r")(?![\p{L}])"
    r"|(?<=[ \t])(?:to|a|à|hasta|para|naar|nach|till)[ \t]*(?=\n)"
    # a phone's label before its number: "… araç gelmedi. Telefon 0312 …", "… PASSAR. TEL (21) …"
    r"|(?<![\p{L}])(?i:tel|tél|telefon|telefone|telefono|teléfono|telefoon|phone|gsm|mob|mobile|cel|"
    r"cell|celular|handy|hp|whatsapp|wa)\.?[ \t]*:?[ \t]*(?=\+?\(?\d)"
)
_STOP_CUE_RE = re.compile(
    r"(?i:charg|cobr|factur|berechn|paid|pagu|pagou|ödedim|but|bıraktı|indirdi|chhod|utaa?r|:|\n|"
    r"tel|phone|gsm|mob|cel|handy|hp|wa)"
)

# (_STOP_RE tried only where a match can start: at the word before a line's end or a phone's label, and
# at the first blank before a verb of paying or dropping; each opens a run of letters)
_STOP_LINE_END_OR_LABEL = patterns._run_keys(
    "to a à hasta para naar nach till tel tél telefon telefone telefono teléfono telefoon phone gsm mob "
    "mobile cel cell celular handy hp whatsapp wa"
)
_STOP_VERBS = patterns._run_keys(
    "charged was berechnet paid pague pagué pagou ödedim but önünde bıraktı bıraktılar bıraktıler indirdi "
    "indirdilar indirdiler pe par"
)
_STOP_VERB_OPENINGS = ("cobro", "cobró", "cobra", "factur")  # (a verb's stem: "cobrou", "facturado")


def _stop_starts(text: str, low: str, runs: dict[str, list[int]]) -> list[int]:
    verbs = frozenset(word for word in runs if word in _STOP_VERBS or word.startswith(_STOP_VERB_OPENINGS))
    return patterns._blank_runs_before(text, runs, verbs)


@lru_cache(maxsize=16)
def _address_stops(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(address_stops_uncached(text))


def address_stops(text: str) -> list[tuple[int, int]]:
    return list(_address_stops(text))


def address_stops_uncached(text: str) -> list[tuple[int, int]]:
    if not _STOP_CUE_RE.search(text):
        return []
    spans = [
        m.span() for m in patterns._matches_at_runs(_STOP_RE, text, _STOP_LINE_END_OR_LABEL, _stop_starts)
    ]
    if ":" in text:
        spans += [(m.start() + 1, m.end()) for m in _LABEL_LINE_CUT_RE.finditer(text)]
    return spans


_AGE_BEFORE_RE = re.compile(r"(?i:\b(?:I'm|I’m|I[ \t]+am|aged?|age[ \t]+of|turned))[ \t]+$")


def is_bare_age(text: str, start: int, end: int) -> bool:
    """An address the NER found that is a bare number after "I'm", "aged" ("my name is Jade and I'm 19")."""
    value = text[start:end]
    return (
        value.isdigit() and len(value) <= 3 and bool(_AGE_BEFORE_RE.search(text, max(0, start - 12), start))
    )
