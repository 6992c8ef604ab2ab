"""The language of a message (en, fr, es, de, pt), guessed from its function words, and what that tells the
name finders: the common words of each language, and the cues after which a name follows.

The NER model is English; on French, Spanish, German or Portuguese text it takes greetings, verbs and
(German) capitalised nouns for names. So outside English a name must look like one: capitalised, not a
common word of the language, unless a cue ("je m'appelle", "me llamo", "ich heiße", "meu nome é")
introduces it. Pure Python and a few set look-ups: no model, no new dependency.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

EN, FR, ES, DE, PT = "en", "fr", "es", "de", "pt"

# Distinctive function words (and greetings) of each language; a word may count for several languages.
_MARKERS = {
    EN: """the a an and is was are were i i'm i've my me to of in on it it's you your for with have has had
        this that be been not but at from by can could would will did do does don't didn't please thanks
        thank hi hello hey driver trip ride charged what when why how there they he she we our just got""",
    FR: """je j' j'ai tu il elle nous vous ils elles le la les un une des du au aux est suis es sont était ai
        avez avons pas ne n' mon ma mes ton ta votre vos notre nos avec pour dans sur ce cet cette ces et ou
        mais qui que quoi c'est s'il plaît bonjour bonsoir salut merci oui très lors chauffeur course trajet
        avoir été fait hier aujourd'hui ça moi toi mais donc car aussi encore déjà m'appelle appelle frais""",
    ES: """yo tú él ella nosotros usted ustedes el los las un una unos unas y o es son está estoy estaba fue
        era soy no sí mi mis tu tus su sus con por para del al lo le les que qué como cómo cuando cuándo
        donde dónde porque pero muy también hola gracias buenos buenas conductor conductora viaje cobro ayer
        hoy mañana llamo llama hay tengo tiene he ha me perdí olvidé favor""",
    DE: """ich du er sie wir ihr der die das den dem des ein eine einen einem einer und oder aber ist bin
        sind war waren wurde habe hat haben hatte nicht kein keine mit mein meine meinen meinem für von zu
        zum zur im am auf bei nach aus wie wo wann warum bitte danke hallo können kann könnten fahrer
        fahrerin auch noch schon nur sehr heute gestern morgen heiße heisse vielen dank mir mich dich uns euch
        ihnen""",
    PT: """eu você vocês ele ela nós o os as um uma uns umas e ou é são está estou estava foi era sou não
        sim meu minha meus minhas seu sua com para por do da dos das no na nos nas ao aos que como quando
        onde porque mas muito também olá oi obrigado obrigada bom boa dia motorista viagem corrida ontem
        hoje amanhã chamo chama nome tenho tem isso esqueci perdi""",
}
MARKERS = {lang: frozenset(words.split()) for lang, words in _MARKERS.items()}

# Common words that are never a name in a text of that language (its function words, greetings and the
# words of a ride-support message), compared in lowercase.
_EXTRA_COMMON = {
    EN: """settings setting profile menu account wallet help home activity payments payment notifications
        privacy safety support app website inbox messages message receipts receipt trips rides promotions
        promo rewards membership business family login logout password update version screen button page
        tab map maps gps airport terminal station hotel downtown city centre center gatwick heathrow
        stansted luton jfk laguardia o'hare orly barajas schiphol park lane street road avenue square
        grumpy rude polite impolite nice friendly unfriendly lovely kind unkind helpful unhelpful angry mad
        upset drunk late early slow fast quick great good bad awful terrible horrible fine okay ok sick ill
        sorry busy quiet loud smelly dirty clean weird strange odd crazy funny mean nasty moody cranky lazy
        sleepy hungry sloppy messy pushy creepy shady sketchy chatty sweet cool calm patient impatient
        confused professional unprofessional awesome amazing excellent fantastic wonderful brilliant
        perfect wrong right sure happy unhappy annoyed furious scared safe unsafe lost gone away here there
        outside inside ready done late fine
        took take takes taking left leave leaves drove drive drives driving went go goes came come comes got
        get gets gave give gives made make makes said say says told tell tells saw see sees paid pay pays
        sent send sends ran run runs hit kept keep found find brought bring bought buy thought think felt
        feel stood stand sat sit spoke speak speaks broke break forgot forget ate eat wrote write rode ride
        knew know became become began begin put set let cut shut stop stopped call called wait waited help
        helped want wanted need needed ask asked turn turned talk talked drop dropped pick picked cancel
        cancelled canceled charge charged refund refunded arrive arrived reply replied answer answered
        meant supposed""",
    FR: """bonjour bonsoir salut merci cordialement madame monsieur mademoiselle crois pense oublié perdu
        sac sacoche portefeuille téléphone portable clé clés lunettes veste manteau parapluie valise matin
        soir midi nuit journée demain semaine chauffeur chauffeuse voiture véhicule taxi course trajet
        frais nettoyage remboursement rembourser facture reçu compte carte paiement prélèvement application
        appli annulation annulé prix tarif montant pourboire aide problème réclamation objet retrouver
        contacter pouvez pourriez pouvoir voudrais aimerais besoin vraiment beaucoup bien mal rien tout
        tous toute toutes quand comment pourquoi où avant après depuis pendant entre chez sans sous vers
        là ici alors puis""",
    ES: """hola buenos buenas días tardes noches gracias saludos atentamente señor señora señorita creo
        pienso olvidé perdí dejé bolso bolsa mochila cartera teléfono móvil celular llaves gafas chaqueta
        abrigo paraguas maleta coche vehículo taxi viaje trayecto carrera conductor conductora cobro cargo
        cargos tarifa precio importe propina limpieza reembolso factura recibo cuenta tarjeta pago
        aplicación cancelación cancelado ayuda problema reclamación objeto contactar puede pueden podría
        podrían quisiera necesito favor mucho muchas muchos bien mal nada todo todos toda todas antes
        después desde durante entre sin sobre hacia aquí allí entonces nombre apellido segundo empresa
        compañía""",
    DE: """hallo guten tag morgen abend danke dank vielen bitte grüße gruß freundlichen liebe lieber lg mfg
        herr frau sehr geehrte geehrter glaube denke vergessen verloren liegen lassen tasche rucksack
        geldbörse portemonnaie brieftasche handy telefon schlüssel brille jacke mantel regenschirm koffer
        auto wagen fahrzeug taxi fahrt fahrten strecke route fahrer fahrerin gebühr gebühren reinigung
        reinigungsgebühr preis betrag trinkgeld erstattung rückerstattung rechnung quittung beleg konto
        karte kreditkarte zahlung abbuchung app stornierung storniert hilfe problem beschwerde gegenstand
        kontaktieren kontakt können könnten kann möchte möchten würde würden brauche helfen hilfe frage
        fragen antwort nachricht viel viele gut schlecht nichts alles alle vor nach seit während zwischen
        ohne über unter hier dort dann also leider wirklich trotzdem sie ihr ihre ihren ihrem ihnen name
        damen herren geehrte grüßen grüssen ort uhr euro minuten stunde tag woche monat wohnt wohne laut
        gemäß persönliche daten""",
    PT: """olá oi bom boa dia tarde noite obrigado obrigada cumprimentos atenciosamente senhor senhora
        acho penso esqueci perdi deixei bolsa mochila carteira telemóvel celular telefone chaves óculos
        casaco guarda-chuva mala carro veículo táxi viagem corrida trajeto motorista cobrança taxa preço
        valor gorjeta limpeza reembolso fatura recibo conta cartão pagamento aplicativo aplicação
        cancelamento cancelado ajuda problema reclamação objeto contactar contatar pode podem poderia
        gostaria preciso favor muito muita muitos bem mal nada tudo todos toda todas antes depois desde
        durante entre sem sobre aqui ali então empresa sobrenome""",
}
COMMON = {lang: MARKERS[lang] | frozenset(_EXTRA_COMMON[lang].split()) for lang in MARKERS}
_FOREIGN = (FR, ES, DE, PT)

_WORD_RE = re.compile(r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?")
# Words that lower the odds of a language only by being in several lists count for each of them; English
# wins ties, and a foreign language needs at least two marker words, or one in a text of at most four words.
_MAX_WORDS = 80


# word -> the languages it marks (one dictionary look-up per word instead of one per language)
_MARKER_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _markers in MARKERS.items():
    for _word in _markers:
        _MARKER_LANGS[_word] = (*_MARKER_LANGS.get(_word, ()), _lang)


@lru_cache(maxsize=32)
def detect(text: str) -> str:
    """en, fr, es, de or pt: the language whose function words the text uses most (English on a tie)."""
    words = [w.lower().replace("’", "'") for w in _WORD_RE.findall(text, 0, 1200)[:_MAX_WORDS]]
    if not words:
        return EN
    counts = {lang: 0 for lang in MARKERS}
    for word in words:
        langs = _MARKER_LANGS.get(word, ())
        if word.find("'") > 0:  # an elision counts for the languages of its article ("l'adresse")
            elided = _MARKER_LANGS.get(word.split("'")[0] + "'", ())
            if elided:
                langs = set(langs) | set(elided)
        for lang in langs:
            counts[lang] += 1
    best = max(_FOREIGN, key=lambda lang: counts[lang])
    top = counts[best]
    if top <= counts[EN] or top == 0:
        return EN
    if sum(1 for lang in _FOREIGN if counts[lang] == top) > 1:
        # a tie between foreign languages: the one with the most words of its wider common-word list
        tied = [lang for lang in _FOREIGN if counts[lang] == top]
        best = max(tied, key=lambda lang: sum(1 for w in words if w in COMMON[lang]))
    if top >= 2 or len(words) <= 4:
        return best
    return EN


def is_common(word: str, lang: str) -> bool:
    """A common word of `lang` (never a name in a text of that language)."""
    low = word.lower().replace("’", "'").strip(".,'")
    if low in COMMON[lang]:
        return True
    if "'" in low:  # "s'appelle", "j'ai", "l'application"
        head, _, tail = low.partition("'")
        return head + "'" in MARKERS.get(lang, ()) or len(head) <= 2 or tail in COMMON[lang]
    return False


# Nouns of these languages by their endings ("Reinigung", "Zahlung", "réservation", "aplicación").
_NOUN_ENDINGS = {
    FR: ("tion", "ment", "age", "ité", "ance", "ence", "eur", "euse", "ure"),
    ES: ("ción", "sión", "dad", "miento", "ancia", "encia", "ura"),
    DE: ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "chen", "nis", "gebühr", "zeug", "fahrt"),
    PT: ("ção", "são", "dade", "mento", "ância", "ência", "agem"),
}
_PARTICLES = "de da das do dos del della di du des la le van von der den zu y e bin al ter ten"
NAME_PARTICLES = frozenset(_PARTICLES.split())

# Cues after which a name follows, per language. Group "strong": a name even in lowercase.
_CUES = {
    FR: (
        r"je\s+m['’]appelle|mon\s+nom\s+(?:est|c['’]est)|moi\s+c['’]est",
        r"je\s+suis|s['’]appel(?:le|ait)|bonjour|salut|cher|chère|(?:le|la|mon|ma|votre)\s+chauffeu(?:r|se)(?:\s+(?:est|était))?"
        r"|madame|monsieur|mme\.?|m\.|c['’]est",
    ),
    ES: (
        r"me\s+llamo|mi\s+nombre\s+es",
        r"soy|se\s+(?:llama|llamaba)|hola|querid[oa]|estimad[oa]|(?:el|la|mi|su)\s+conductora?(?:\s+(?:es|era|fue))?"
        r"|señora?|sra?\.|don|doña",
    ),
    DE: (
        r"ich\s+hei(?:ß|ss)e|mein\s+name\s+ist",
        r"ich\s+bin|hei(?:ß|ss)t|hallo|hi|liebe|lieber|guten\s+tag|hie(?:ß|ss)|(?:der|die|mein|meine|ihr|ihre)\s+fahrer(?:in)?"
        r"(?:\s+(?:ist|war|hei(?:ß|ss)t))?|herrn?|frau",
    ),
    PT: (
        r"meu\s+nome\s+é|me\s+chamo|chamo-me",
        r"(?:eu\s+)?sou(?:\s+[oa])?|se\s+chama|chama-se|olá|oi|car[oa]|prezad[oa]|(?:o|a|meu|minha)\s+motorista"
        r"(?:\s+(?:é|era|foi))?|senhora?|sra?\.|dona?",
    ),
}
_CLOSINGS = {
    FR: r"merci(?:\s+beaucoup|\s+d['’]avance)?|cordialement|bien\s+à\s+vous|bonne\s+journée|salutations",
    ES: r"gracias|muchas\s+gracias|saludos|un\s+saludo|atentamente|cordialmente",
    DE: r"danke(?:\s+schön)?|vielen\s+dank|viele\s+grüße|liebe\s+grüße|mit\s+freundlichen\s+grüßen|grüße"
    r"|lg|mfg",
    PT: r"obrigad[oa]|muito\s+obrigad[oa]|cumprimentos|atenciosamente|abraços?",
}


def _cue_re(strong: str, weak: str, closing: str) -> re.Pattern:
    return re.compile(
        r"(?:(?<![\p{L}])(?i:(?P<strong>" + strong + r")|(?:" + weak + r"))[ \t]*[:,]?[ \t]+"
        r"|(?:^|\n|[.!?][ \t]*)[ \t]*(?i:" + closing + r")[ \t]*[,.!]?[ \t]*(?:\n[ \t]*|(?=\p{Lu})))"
        r"(?=\p{L})"
    )


CUE_RES = {lang: _cue_re(*_CUES[lang], _CLOSINGS[lang]) for lang in _FOREIGN}
_TOKEN_RE = re.compile(r"[\p{L}][\p{L}\p{M}'’\-]*\.?")
_BLANK_RE = re.compile(r"[ \t]+")


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in _TOKEN_RE.finditer(text, start, end):
        e = m.end() - (1 if m.group().endswith(".") and len(m.group()) > 2 else 0)
        out.append((m.start(), e))
    return out


def take_cued_name(text: str, pos: int, lang: str, *, lowercase_ok: bool) -> tuple[int, int] | None:
    """Up to four name tokens at `pos` (a particle may join two), stopping at a common word of `lang`."""
    taken: list[tuple[int, int]] = []
    i = pos
    while len(taken) < 4:
        m = _TOKEN_RE.match(text, i)
        if not m:
            break
        word = m.group().rstrip(".")
        low = word.lower()
        if taken and low in NAME_PARTICLES and text[taken[0][0]].isupper():
            nxt = _BLANK_RE.match(text, m.end())
            if nxt and _TOKEN_RE.match(text, nxt.end()) and text[nxt.end()].isupper():
                i = nxt.end()
                continue
        if is_common(word, lang) or (low in COMMON[EN] and not word[:1].isupper()):
            break
        if not word[:1].isupper() and (not lowercase_ok or (taken and text[taken[0][0]].isupper())):
            break
        if taken and word[:1].isupper() and text[taken[0][0]].islower():
            break
        taken.append((m.start(), m.start() + len(word)))
        sep = _BLANK_RE.match(text, taken[-1][1])
        if not sep:
            break
        i = sep.end()
    if not taken:
        return None
    return taken[0][0], taken[-1][1]


def find_cued_names(text: str, lang: str) -> list[tuple[int, int, float]]:
    """Names after the cues and closings of `lang` ("Je m'appelle Camille Martin", "Danke,\\nJonas Becker"),
    and runs of capitalised words inside a sentence that look like a name."""
    pattern = CUE_RES.get(lang)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        span = take_cued_name(text, m.end(), lang, lowercase_ok=bool(m.group("strong")))
        if span:
            out.append((*span, 0.75))
    for m in _CAPITAL_RUN_RE.finditer(text):
        span = foreign_name(text, m.start(), m.end(), lang)
        if span and span[0] == m.start() and span[1] > span[0] and " " in text[span[0] : span[1]]:
            out.append((*span, 0.6))
    return out


# Two to four capitalised words in a row inside a sentence ("… la voiture de Pierre Dubois hier").
_CAPITAL_RUN_RE = re.compile(
    r"(?<=[\p{L},;][ \t]+)\p{Lu}[\p{L}\p{M}'’\-]+"
    r"(?:[ \t]+(?:(?:de|da|do|dos|del|van|von|der|den|du|le|la)[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]+){1,3}"
)


def cue_precedes(text: str, start: int, lang: str) -> bool:
    """A cue of `lang` ends right where the span begins."""
    pattern = CUE_RES.get(lang)
    if pattern is None:
        return False
    return any(m.end() == start for m in pattern.finditer(text, max(0, start - 40), start + 1))


def foreign_name(text: str, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """A span some English recognizer took for a name, in a French, Spanish, German or Portuguese text:
    trimmed of the common words at its edges ("bin Jonas Becker", "Mein Fahrer Thomas Müller"); None
    unless what is left looks like a name (every word capitalised, none of them a common word)."""
    tokens = _tokens(text, start, end)
    while tokens and _not_name_word(text, *tokens[0], lang):
        tokens.pop(0)
    while tokens and _not_name_word(text, *tokens[-1], lang):
        tokens.pop()
    if not tokens:
        return None
    first = text[tokens[0][0] : tokens[0][1]]
    for s, e in tokens[1:-1]:
        word = text[s:e]
        if word.lower() in NAME_PARTICLES:
            continue
        if _not_name_word(text, s, e, lang):
            return None
    if len(tokens) == 1 and not cue_precedes(text, tokens[0][0], lang):
        low = first.lower()
        if low.endswith(_NOUN_ENDINGS[lang]) and len(low) > 5:
            return None  # "Reinigung", "Zahlung": a noun (German capitalises them all)
        if lang == DE:
            return None  # German capitalises every noun: a lone word is a name only after a cue
    return tokens[0][0], tokens[-1][1]


def _not_name_word(text: str, start: int, end: int, lang: str) -> bool:
    word = text[start:end]
    return not word[:1].isupper() or is_common(word, lang) or word.lower() in NAME_PARTICLES


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t\"'“«(")
    return not before or before[-1] in ".!?:\n"


def is_common_english(words: list[str]) -> bool:
    """Every word a common English word: a screen of the app, a place, an adjective or a verb."""
    return bool(words) and all(w.lower().strip(".,'’") in COMMON[EN] for w in words)


# Italian and Dutch, which customers write though the desk's replies are in the five above: their function
# words and the words of a ride-support message, never a name ("nella corsa", "nessun autista", "numero",
# "Terugbetaling"; not the particles of names, "Della", "van den");
# only for `is_common_anywhere`, not for telling a text's language.
_OTHER_COMMON_WORDS = """
    gli un uno una nel nello nella nei negli nelle allo ai agli alle dai col sul sulla è sono era ero
    eri siamo siete erano ho hai ha abbiamo avete hanno non mi ti ci si vi ne che chi cui come quando
    dove perché però ma anche ancora già più molto poco tutto tutti nessun nessuno nessuna niente
    qualcosa questo questa quello quella mio mia miei mie tuo tua suo sua nostro nostra vostro loro io
    tu lui lei noi voi essi per con tra fra buongiorno buonasera ciao salve grazie prego cordiali saluti
    distinti gentile gentili egregio signore signora autista macchina auto corsa corse viaggio tragitto
    percorso tariffa prezzo importo mancia rimborso fattura ricevuta conto carta pagamento addebito
    applicazione app cancellazione annullata aiuto problema reclamo oggetto numero telefono cellulare
    indirizzo nome cognome targa borsa zaino portafoglio chiavi occhiali giacca ombrello valigia ieri
    oggi domani sera mattina notte prenotazione volo atterrato arrivato arrivata lasciato lasciati
    lasciata pagato pagata chiedo vorrei potete può potrebbe richiamare deviazione invece stazione ora
    ore minuti euro een en of maar is ben bent zijn was waren wordt werd heb hebt heeft hebben had niet
    geen met mijn je jij jouw u uw hij zij ze wij we ons onze hun voor naar bij uit aan op om over door
    tot dat die dit deze wat wie waar wanneer waarom hoe ook nog heel zeer graag alstublieft bedankt
    dank hallo hoi dag goedemorgen goedemiddag goedenavond groet groeten groetjes vriendelijke beste
    geachte heer mevrouw chauffeur auto rit ritten taxi terugbetaling terugbetalen bedrag prijs kosten
    fooi factuur bon rekening kaart betaling afschrijving annulering geannuleerd hulp probleem klacht
    nummer telefoonnummer adres naam kenteken tas rugzak portemonnee sleutels bril jas paraplu koffer
    gisteren vandaag morgen avond ochtend nacht boeking vlucht geland betaald teveel afgerekend even
    bellen terugbellen kunnen jullie
    dietro davanti accanto vicino sopra sotto casa distributore elke iedere vaste maandag dinsdag woensdag
    donderdag vrijdag zaterdag zondag
"""
OTHER_COMMON = frozenset(_OTHER_COMMON_WORDS.split())


def is_common_anywhere(word: str) -> bool:
    """A common word of any language the desk knows, or of Italian or Dutch (`OTHER_COMMON`)."""
    return any(is_common(word, lang) for lang in COMMON) or word.lower().strip(".,'’") in OTHER_COMMON


# Function words, greetings and the words of a ride-support message in languages customers write in Latin
# letters though no finder reads them (issue 20, the tenth round): Swahili ("Nipigie kwa", "Shikamoo",
# "mimi ni"), Tagalog ("ang bilis", "yung driver"), Malay and Indonesian ("dan alamat", "Hai", "tadi
# saya"), Hindi and Urdu ("galat jaga le gaya", "bol raha hu"), Polish and Turkish openings ("Szanowni
# Państwo", "Sayın"), Egyptian Arabic ("min sherket"). A span made only of them is no name; a word that is
# also a first name ("Ada", "Jaya", "Pak") only goes with another of them (`only_function_words`).
_ELSEWHERE_WORDS = """
    habari za mchana asubuhi jioni usiku shikamoo marahaba mambo poa sijambo hujambo karibu asante sana
    tafadhali nipigie nipige unipigie kwa na ya wa la cha vya mimi wewe yeye sisi ninyi wao ni si naitwa
    jina langu lako lake yangu yako yake wangu wako wake begi lina simu gari dereva safari kutoka kwenda
    hadi mpaka kwenye katika nyumbani nyumba namba badala tena leo jana kesho saa pesa nililipa nilisahau
    alisahau nimesahau niaba mjukuu mtoto ndugu rafiki bwana bi mtaa alinishusha mara mbili moja tatu wapi
    mnaenda nimelipa
    ang ng mga sa si ni kay ako ikaw siya kami tayo sila ko mo niya namin natin nila po opo ho yung iyong
    iyan ito dito doon diyan grabe bilis sobrang naman lang talaga kasi pero hindi oo salamat maraming
    magandang umaga hapon gabi gusto kailangan paki mula papunta pumunta nawala naiwan bayad sukli
    magpatakbo tapos ba din rin daw nga muna yata sana ulit pong ako'y naiwan
    saya aku kamu anda dia kita mereka ini itu dan atau dengan yang di ke dari untuk pada dalam tidak
    tak bukan sudah belum akan mau ada tadi naik mobil kereta beg tertinggal ketinggalan tolong terima
    kasih selamat pagi siang sore malam hai halo pak bu ibu bapak mas mbak kak encik puan alamat nama
    nombor nomor telefon tgl karyawan kami mohon atas perusahaan bayar sopir pemandu perjalanan tiket
    lapangan terbang profil
    galat jaga jagah le gaya bhai bol raha hu hun tha thi ka ki ke ko se pe tak ya nahi nahin kya kyun
    kaise kab kahan yahan wahan gaadi gaddi reh likha karo kar kijiye karein ji sahab saab didi paisa
    paise wapas jaldi kal aaj bahut accha acha theek thik shukriya dhanyavaad janab mohtarma bataya bolo
    unki unka unke madad yaar hota liya dyali tlfon nsit smito
    szanowni szanowny szanowna państwo panstwo prosimy proszę uprzejmie poważaniem pozdrawiam dzień dzien
    dobry piszę piszemy sprawie przejazdu przejazd kierowca proszę się jest że nie mój moja moje
    sayın eşimin eşim numarası numaram benim sigorta lütfen rica ederiz iade istiyorum arkadaşlar
    rezalet jag hej beste hij jai laisse posible nadie responde contesta pls plz wsp sirs
    min sherket sharea shari emaret ana enta inta shokran ahlan momken law samaht fein arabeya
    senhores formulario esperando tre volte chiamato
"""
ELSEWHERE_WORDS = frozenset(_ELSEWHERE_WORDS.split())
# More of them (Swahili numbers and times, Indonesian, Turkish and Hindi-English words of a sentence) that
# count only written in lowercase: capitalised, some are names too ("Sita", "Pia", "Hari", "Sen", "Dong").
_ELSEWHERE_LOWER_WORDS = """
    mbili nne tano sita saba nane tisa kumi alfajiri barua pepe akaunti nilikosa miadi dakika masaa
    kuchelewa alichelewa aliondoka aliingia kuingia mtu tarehe toleo ilitua sasa bado tu pia lakini sababu
    hapana ndiyo sawa hii hiyo huyo yule hapa pale naomba ninaomba nataka sitaki bei ghali nauli malipo
    zangu baraka mvua njia barabara aliniacha alikuja hakuja
    beda jauh sama janji dokter ganti lagi juga tapi karena kalau kok dong deh sih nih tuh gimana kenapa
    bagaimana banget sekali lebih kurang estimasi awal harga biaya tarif pembayaran pesanan rekening dana
    kembali cek minta segera jam menit hari besok kemarin rumah belakang depan samping dekat jalan turun
    jemput antar sampai pulang masih aja udah nggak gak enggak bisa harus
    evde oturuyor ama yolculuk beni bana sen sana bu şu ve ile için gibi çok daha az var yok değil ne
    neden nasıl nerede şimdi sonra önce dün bugün yarın saat dakika ücret para teşekkür merhaba selam iyi
    günler kötü şoför araç taksi yolculuğu gidecek gitti geldi bekledim bıraktı aldı ödedim evi ev
    baat raha rahi rahe poora pura sab kuch kuchh koi bhi aur lekin magar toh hai hain hoga gaya gayi
    diya diye karo karna karke chahiye chal chalo dekho dekha suno mujhe mera meri mere hum tum aap aapka
    apna neeche upar wale wali neele ghar mein rehti rehte abhi phir kyunki matlab
"""
ELSEWHERE_LOWER = frozenset(_ELSEWHERE_LOWER_WORDS.split()) - ELSEWHERE_WORDS
_ELSEWHERE_ANY = ELSEWHERE_WORDS | ELSEWHERE_LOWER  # (made once: the union costs more than a look-up)
# Titles and ranks that stand before a name and are none ("Chief (Mrs) …", "Col. (Retd.)", "Adv.", "Av.",
# "Sgt.", "Alhaji", "Datuk", "Smt."): a span made only of them is no person.
_TITLE_WORDS = """retd rtd chief adv advocate av avukat sgt col capt lt maj gen cpl insp supt hon rev fr
    engr arch atty shri sri smt kum alhaji alhaja hajia mallam dato datuk ustaz bw mzee sayın sayin"""
TITLE_WORDS = frozenset(_TITLE_WORDS.split())


# Short words of that list that are also surnames ("Ang", "Ko", "Le", "Min", "Ni", "Law"): function words
# only when written in lowercase, or in capitals among two more ("TRE VOLTE HO CHIAMATO").
_SURNAME_LOOK_ALIKES = "ang ko le law min ni si hu ke ka ki tak kar kal ya ana sana kasi ho mo ji"
_ALSO_SURNAMES = frozenset(_SURNAME_LOOK_ALIKES.split())


def only_function_words(words: list[str], first_names: frozenset[str]) -> bool:
    """Every word a function word or greeting of `ELSEWHERE_WORDS` or a title of `TITLE_WORDS` (a surname's
    look-alike only in lowercase), and one at least no listed first name."""
    lows = []
    for word in words:
        low = word.replace("İ", "I").lower().strip(".’'")
        if (
            low not in ELSEWHERE_WORDS
            and low not in TITLE_WORDS
            and not (word.islower() and low in ELSEWHERE_LOWER)
        ):
            return False
        if low in _ALSO_SURNAMES and not word.islower() and not (len(words) > 2 and word.isupper()):
            return False
        lows.append(low)
    # a title alone ("Sayın", which the name lists hold too) is none either; two or more in lowercase are
    # a phrase though each is also a first name somewhere ("saa tisa usiku", "beda jauh sama")
    return (
        any(low not in first_names for low in lows)
        or all(low in TITLE_WORDS for low in lows)
        or (len(words) > 1 and all(word.islower() for word in words))
    )


def between_function_words(text: str, start: int, end: int) -> bool:
    """One lowercase word of `ELSEWHERE_WORDS` with another of them on each side ("si baraka ya"): a word
    of the sentence, though a first name too."""
    word = text[start:end]
    known = _ELSEWHERE_ANY
    if not word.islower() or word not in known:
        return False
    before = _WORD_RE.findall(text, max(0, start - 20), start)
    after = _WORD_RE.match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(
        before
        and text[start - 1 : start] == " "
        and before[-1].lower() in known
        and after
        and after.group().lower() in known
    )
