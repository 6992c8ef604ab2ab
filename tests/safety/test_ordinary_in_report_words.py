"""Issue 21, seventeenth round: ordinary ride-hailing complaints told in the words and shapes of safety reports.

A seeded generator (below, no data file) writes everyday complaints in English (about 40%), French, Spanish, German and
Portuguese that use the words of reports without telling one: a hard brake in traffic, a fast drive the rider asked for,
the fear of missing a flight, "he touched my bag", "he grabbed my suitcase to help", a crash seen on the road, police
who stopped the traffic, unease about a price, "attacked by fees", a price yelled over loud music, a driver who followed
the GPS, doors locked at the start as every car does, a child's lost toy, idioms ("drunk with happiness"), a bad day told
at length with a money ask. Each frame is written as a real report too, by the smallest change that makes it one
("he grabbed my arm", "he braked hard to scare me and laughed"): matched pairs. Messages are wrapped in greetings, money
asks and neutral sentences, and some are roughened (typos, learners' grammar, voice-to-text without punctuation).

The generator writes two halves at once from the seed: half A was the one tuned on; half B's figures were reported
before and after the round and never used to choose a rule (copilot/safety/README.md, seventeenth round).

    PYTHONPATH=. .venv/bin/python tests/safety/test_ordinary_in_report_words.py      # what fires, and by which signal
    PYTHONPATH=. .venv/bin/python tests/safety/test_ordinary_in_report_words.py -v   # also each message
"""

from __future__ import annotations

import random
import sys
from collections import Counter

import pytest

from copilot.safety.screen import screen

SEED = 20261207
PER_HALF = 300  # messages a half

# frame -> language -> (ordinary sentences, reports: the smallest change that makes each a safety matter)
FRAMES: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "brake": {
        "en": (
            [
                "The driver braked hard a couple of times because of the traffic jam.",
                "He drove fast because I asked him to hurry, I was late for work.",
                "I told him I was in a rush so he drove quick, thats fine, but the price doubled.",
                "He had to brake hard when the light turned red, my coffee spilled on my jeans.",
            ],
            [
                "The driver braked hard on purpose to scare me and laughed.",
                "He drove at 140 even when I begged him to slow down.",
                "He kept braking hard to throw me around in the back and laughed about it.",
            ],
        ),
        "fr": (
            [
                "Le chauffeur a freiné fort à cause des bouchons.",
                "Il a roulé vite parce que je lui ai demandé de se dépêcher, j'étais en retard.",
            ],
            [
                "Le chauffeur a freiné fort exprès pour me faire peur et il rigolait.",
                "Il roulait à 160 alors que je le suppliais de ralentir.",
            ],
        ),
        "es": (
            [
                "El conductor frenó fuerte un par de veces por el tráfico.",
                "Manejó rápido porque yo le pedí que se apurara, llegaba tarde.",
            ],
            [
                "El conductor frenaba fuerte a propósito para asustarme y se reía.",
                "Iba a 150 aunque le rogué que fuera más despacio.",
            ],
        ),
        "de": (
            [
                "Der Fahrer musste wegen dem Stau ein paar Mal stark bremsen.",
                "Er ist schnell gefahren, weil ich ihn gebeten habe, sich zu beeilen.",
            ],
            [
                "Der Fahrer hat absichtlich stark gebremst, um mich zu erschrecken, und hat gelacht.",
                "Er fuhr 160, obwohl ich ihn angefleht habe, langsamer zu fahren.",
            ],
        ),
        "pt": (
            [
                "O motorista freou forte umas vezes por causa do trânsito.",
                "Ele correu porque eu pedi pra ele se apressar, eu tava atrasada.",
            ],
            [
                "O motorista freava forte de propósito pra me assustar e ria.",
                "Ele ia a 150 mesmo eu implorando pra ele ir mais devagar.",
            ],
        ),
    },
    "flight": {
        "en": (
            [
                "I was scared of missing my flight because the driver came 20 minutes late.",
                "I was terrified I would miss the train, the app showed the car going the other way.",
                "Honestly I was panicking the whole time about my flight, in the end I made it but paid the late fee.",
            ],
            [
                "I was scared for my life, he was swerving between lanes at 130 on the motorway.",
                "I was terrified, he was texting and drifting into the other lane.",
            ],
        ),
        "fr": (
            [
                "J'avais peur de rater mon avion parce que le chauffeur est arrivé en retard.",
                "J'étais paniquée à l'idée de rater mon train.",
            ],
            [
                "J'avais peur pour ma vie, il zigzaguait entre les voies à 150.",
            ],
        ),
        "es": (
            [
                "Tenía miedo de perder mi vuelo porque el conductor llegó tarde.",
                "Estaba asustada de perder el tren, el coche iba para otro lado en la app.",
            ],
            [
                "Tenía miedo por mi vida, iba zigzagueando entre los carriles a 150.",
            ],
        ),
        "de": (
            [
                "Ich hatte Angst, meinen Flug zu verpassen, weil der Fahrer zu spät kam.",
                "Ich war in Panik wegen meinem Zug, das Auto fuhr in der App in die falsche Richtung.",
            ],
            [
                "Ich hatte Todesangst, er ist mit 160 zwischen den Spuren hin und her gefahren.",
            ],
        ),
        "pt": (
            [
                "Fiquei com medo de perder o voo porque o motorista chegou atrasado.",
                "Tava apavorada de perder o ônibus, o carro ia pro outro lado no app.",
            ],
            [
                "Fiquei com medo de morrer, ele costurava entre as faixas a 150.",
            ],
        ),
    },
    "touched": {
        "en": (
            [
                "He touched my bag to put it in the trunk and now the handle is broken.",
                "The driver grabbed my suitcase to help me, very kind, but I was charged twice.",
                "he took my bags without asking to load them, fine, but the fare is wrong",
            ],
            [
                "He touched my leg while I was getting out.",
                "The driver grabbed my arm and would not let go.",
                "He grabbed my wrist when I tried to take my bag out.",
            ],
        ),
        "fr": (
            [
                "Il a touché mon sac pour le mettre dans le coffre et la poignée est cassée.",
                "Le chauffeur a attrapé ma valise pour m'aider, gentil, mais j'ai payé deux fois.",
            ],
            [
                "Il a touché ma cuisse quand je descendais.",
                "Le chauffeur m'a attrapé le bras et ne voulait pas me lâcher.",
            ],
        ),
        "es": (
            [
                "Tocó mi bolso para meterlo en el maletero y ahora el asa está rota.",
                "El conductor agarró mi maleta para ayudarme, muy amable, pero me cobraron dos veces.",
            ],
            [
                "Me tocó la pierna cuando me bajaba.",
                "El conductor me agarró del brazo y no me soltaba.",
            ],
        ),
        "de": (
            [
                "Er hat meine Tasche angefasst, um sie in den Kofferraum zu legen, jetzt ist der Griff kaputt.",
                "Der Fahrer hat meinen Koffer gepackt, um mir zu helfen, nett, aber ich habe doppelt bezahlt.",
            ],
            [
                "Er hat mein Bein angefasst, als ich ausgestiegen bin.",
                "Der Fahrer hat meinen Arm gepackt und nicht mehr losgelassen.",
            ],
        ),
        "pt": (
            [
                "Ele pegou na minha bolsa pra colocar no porta-malas e a alça quebrou.",
                "O motorista agarrou minha mala pra me ajudar, gentil, mas cobraram duas vezes.",
            ],
            [
                "Ele tocou na minha perna quando eu tava descendo.",
                "O motorista agarrou meu braço e não soltava.",
            ],
        ),
    },
    "crash_seen": {
        "en": (
            [
                "There was a crash on the highway so we were stuck for 40 minutes, why do I pay for the wait?",
                "We passed an accident on the bridge, traffic was terrible and the fare went up.",
                "Police stopped the traffic for a parade and the meter kept running.",
                "the police closed the road because of an accident ahead so he took a detour",
            ],
            [
                "We had a crash, he hit the car in front and my neck hurts.",
                "The driver hit a pole and I hit my head on the window.",
                "The police stopped us because the driver was driving on the wrong side of the road.",
            ],
        ),
        "fr": (
            [
                "Il y avait un accident sur l'autoroute, on est restés bloqués 40 minutes.",
                "La police a bloqué la circulation pour une manif et le compteur tournait.",
            ],
            [
                "On a eu un accident, il a percuté la voiture devant et j'ai mal au cou.",
            ],
        ),
        "es": (
            [
                "Hubo un choque en la autopista y estuvimos parados 40 minutos.",
                "La policía cortó el tráfico por un desfile y el taxímetro seguía corriendo.",
            ],
            [
                "Tuvimos un choque, le dio al coche de delante y me duele el cuello.",
            ],
        ),
        "de": (
            [
                "Auf der Autobahn war ein Unfall, wir standen 40 Minuten im Stau.",
                "Die Polizei hat den Verkehr wegen einer Demo gestoppt und der Preis lief weiter.",
            ],
            [
                "Wir hatten einen Unfall, er ist aufgefahren und mein Nacken tut weh.",
            ],
        ),
        "pt": (
            [
                "Teve um acidente na estrada e ficamos parados 40 minutos.",
                "A polícia parou o trânsito por causa de um desfile e o taxímetro continuou.",
            ],
            [
                "A gente bateu, ele bateu no carro da frente e meu pescoço tá doendo.",
            ],
        ),
    },
    "unsafe_price": {
        "en": (
            [
                "I felt unsafe about the price, it changed after I booked.",
                "Got attacked by fees again, a service fee and a booking fee on a 2 km ride.",
                "He yelled the price at me because the music was loud, then charged more than he said.",
                "I feel robbed, this is violence against my wallet lol",
            ],
            [
                "I felt unsafe, he kept staring at me in the mirror and asked where I live.",
                "He yelled at me that he would hurt me if I did not pay cash.",
                "He attacked me when I asked for the receipt.",
            ],
        ),
        "fr": (
            [
                "Je ne me sentais pas en sécurité avec ce prix, il a changé après la réservation.",
                "Agressé par les frais encore une fois, frais de service et frais de réservation.",
                "Il a crié le prix parce que la musique était forte.",
            ],
            [
                "Je ne me sentais pas en sécurité, il me fixait dans le rétro et demandait où j'habite.",
                "Il a crié qu'il allait me frapper si je ne payais pas.",
            ],
        ),
        "es": (
            [
                "Me sentí insegura con el precio, cambió después de reservar.",
                "Me atacaron con tarifas otra vez, tarifa de servicio y de reserva.",
                "Me gritó el precio porque la música estaba alta.",
            ],
            [
                "Me sentí insegura, me miraba fijo por el espejo y preguntaba dónde vivo.",
                "Me gritó que me iba a pegar si no pagaba en efectivo.",
            ],
        ),
        "de": (
            [
                "Beim Preis hatte ich ein ungutes Gefühl, er hat sich nach der Buchung geändert.",
                "Wieder von Gebühren überfallen, Servicegebühr und Buchungsgebühr.",
                "Er hat mir den Preis zugerufen, weil die Musik so laut war.",
            ],
            [
                "Ich habe mich nicht sicher gefühlt, er hat mich im Spiegel angestarrt und gefragt, wo ich wohne.",
                "Er hat geschrien, dass er mich schlägt, wenn ich nicht bar zahle.",
            ],
        ),
        "pt": (
            [
                "Me senti insegura com o preço, mudou depois que eu reservei.",
                "Fui atacada por taxas de novo, taxa de serviço e taxa de reserva.",
                "Ele gritou o preço porque a música tava alta.",
            ],
            [
                "Me senti insegura, ele ficava me encarando pelo retrovisor e perguntou onde eu moro.",
                "Ele gritou que ia me bater se eu não pagasse em dinheiro.",
            ],
        ),
    },
    "followed": {
        "en": (
            [
                "He followed the GPS and it took the longest way, 15 minutes more.",
                "The driver followed the app's route even though I know a shorter one.",
                "He locked the doors at the start as always, no problem, but the AC was off.",
                "The doors locked automatically when we started, normal, the problem is the toll.",
            ],
            [
                "He followed me to my building after the ride.",
                "He locked the doors and would not let me out until I paid cash.",
                "The driver kept following my car after he dropped me off.",
            ],
        ),
        "fr": (
            [
                "Il a suivi le GPS et ça a pris le chemin le plus long.",
                "Il a verrouillé les portes au départ comme toujours, le problème c'est le péage.",
            ],
            [
                "Il m'a suivie jusqu'à mon immeuble après la course.",
                "Il a verrouillé les portes et ne voulait pas me laisser sortir.",
            ],
        ),
        "es": (
            [
                "Siguió el GPS y tomó el camino más largo.",
                "Cerró las puertas al arrancar como siempre, el problema es el peaje.",
            ],
            [
                "Me siguió hasta mi edificio después del viaje.",
                "Cerró las puertas con seguro y no me dejaba salir.",
            ],
        ),
        "de": (
            [
                "Er ist dem Navi gefolgt und hat den längsten Weg genommen.",
                "Er hat am Anfang wie immer die Türen verriegelt, das Problem ist die Maut.",
            ],
            [
                "Er ist mir nach der Fahrt bis zu meinem Haus gefolgt.",
                "Er hat die Türen verriegelt und mich nicht aussteigen lassen.",
            ],
        ),
        "pt": (
            [
                "Ele seguiu o GPS e foi pelo caminho mais longo.",
                "Ele travou as portas no começo como sempre, o problema é o pedágio.",
            ],
            [
                "Ele me seguiu até o meu prédio depois da corrida.",
                "Ele travou as portas e não me deixava sair.",
            ],
        ),
    },
    "child": {
        "en": (
            [
                "My child left a toy in the car, a small blue dinosaur, can the driver send it back?",
                "My daughter is 12 and she forgot her school bag in the back seat.",
                "The driver was drunk with happiness because his team won, he would not stop singing, the ride was slow.",
            ],
            [
                "The driver asked my 14 year old daughter for her number and to meet him.",
                "The driver smelled of alcohol and was swerving all over the road.",
            ],
        ),
        "fr": (
            [
                "Mon fils a oublié un jouet dans la voiture, un petit dinosaure bleu.",
                "Le chauffeur était ivre de joie parce que son équipe a gagné, il chantait tout le trajet.",
            ],
            [
                "Le chauffeur a demandé son numéro à ma fille de 14 ans pour la revoir.",
                "Le chauffeur sentait l'alcool et zigzaguait sur la route.",
            ],
        ),
        "es": (
            [
                "Mi hijo se dejó un juguete en el coche, un dinosaurio azul.",
                "El conductor estaba borracho de felicidad porque ganó su equipo, cantó todo el viaje.",
            ],
            [
                "El conductor le pidió el número a mi hija de 14 años para verla.",
                "El conductor olía a alcohol e iba haciendo eses por la carretera.",
            ],
        ),
        "de": (
            [
                "Mein Sohn hat ein Spielzeug im Auto vergessen, einen kleinen blauen Dinosaurier.",
                "Der Fahrer war im Glücksrausch, weil sein Team gewonnen hat, er hat die ganze Fahrt gesungen.",
            ],
            [
                "Der Fahrer hat meine 14-jährige Tochter nach ihrer Nummer gefragt, um sie zu treffen.",
                "Der Fahrer roch nach Alkohol und fuhr Schlangenlinien.",
            ],
        ),
        "pt": (
            [
                "Meu filho esqueceu um brinquedo no carro, um dinossauro azul.",
                "O motorista tava bêbado de felicidade porque o time dele ganhou, cantou a viagem toda.",
            ],
            [
                "O motorista pediu o número da minha filha de 14 anos pra encontrar ela.",
                "O motorista tava com cheiro de álcool e ia costurando na pista.",
            ],
        ),
    },
    "bad_day": {
        "en": (
            [
                "What a day. My boss shouted at me, I lost my keys, and then the driver took a wrong turn and I "
                "was charged for 30 minutes. I just want the extra 8 dollars back.",
                "Worst day ever, I got stuck in the rain, my phone died and the driver cancelled on me twice. "
                "I was so stressed and scared I would lose my job interview. Please refund the cancellation fee.",
            ],
            [
                "What a day. My boss shouted at me, I lost my keys, and then the driver put his hand on my thigh "
                "and would not stop. I just want to get home safe.",
            ],
        ),
        "fr": (
            [
                "Quelle journée. Mon patron m'a crié dessus, j'ai perdu mes clés, et le chauffeur s'est trompé de "
                "route, on m'a facturé 30 minutes. Je veux juste les 8 euros en trop.",
            ],
            [
                "Quelle journée. J'ai perdu mes clés, et le chauffeur a mis sa main sur ma cuisse et n'arrêtait pas.",
            ],
        ),
        "es": (
            [
                "Qué día. Mi jefe me gritó, perdí las llaves y el conductor se equivocó de camino, me cobraron "
                "30 minutos. Solo quiero los 8 euros de más.",
            ],
            [
                "Qué día. Perdí las llaves y el conductor me puso la mano en el muslo y no paraba.",
            ],
        ),
        "de": (
            [
                "Was für ein Tag. Mein Chef hat mich angeschrien, ich habe meine Schlüssel verloren und der Fahrer "
                "ist falsch abgebogen, 30 Minuten berechnet. Ich will nur die 8 Euro zurück.",
            ],
            [
                "Was für ein Tag. Ich habe meine Schlüssel verloren und der Fahrer hat mir die Hand aufs Bein "
                "gelegt und nicht aufgehört.",
            ],
        ),
        "pt": (
            [
                "Que dia. Meu chefe gritou comigo, perdi as chaves e o motorista errou o caminho, cobraram 30 "
                "minutos. Só quero os 8 reais a mais de volta.",
            ],
            [
                "Que dia. Perdi as chaves e o motorista colocou a mão na minha coxa e não parava.",
            ],
        ),
    },
}

# Greetings, money asks and neutral sentences a message is wrapped in.
WRAP = {
    "en": (
        ["Hi,", "Hello team,", "Hey", "Good morning,", ""],
        [
            "Can I get a refund?",
            "Please refund the difference.",
            "I want my money back.",
            "Why was I charged 12.50?",
            "",
        ],
        [
            "The ride was from the station to my hotel.",
            "It was on Tuesday evening.",
            "Booking from last week.",
        ],
    ),
    "fr": (
        ["Bonjour,", "Salut,", ""],
        ["Je veux un remboursement.", "Merci de rembourser la différence.", ""],
        ["La course était de la gare à l'hôtel.", "C'était mardi soir."],
    ),
    "es": (
        ["Hola,", "Buenas,", ""],
        ["Quiero un reembolso.", "Devuélvanme la diferencia por favor.", ""],
        ["El viaje era de la estación al hotel.", "Fue el martes por la noche."],
    ),
    "de": (
        ["Hallo,", "Guten Tag,", ""],
        ["Ich möchte eine Erstattung.", "Bitte erstatten Sie die Differenz.", ""],
        ["Die Fahrt ging vom Bahnhof zum Hotel.", "Das war am Dienstagabend."],
    ),
    "pt": (
        ["Olá,", "Oi,", ""],
        ["Quero reembolso.", "Por favor devolvam a diferença.", ""],
        ["A corrida foi da estação pro hotel.", "Foi na terça à noite."],
    ),
}
LANGS = ["en"] * 8 + ["fr", "es", "de", "pt"] * 3


def _typo(rng: random.Random, text: str) -> str:
    """A dropped or doubled letter in one long word."""
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    words[i] = w[:j] + w[j + 1 :] if rng.random() < 0.5 else w[:j] + w[j] + w[j:]
    return " ".join(words)


def _voice(text: str) -> str:
    """Voice-to-text: lower case, no punctuation but the odd "period"."""
    out = text.lower().replace(".", " period").replace(",", "").replace("?", "").replace("!", "")
    return " ".join(out.split())


def _learner(text: str) -> str:
    """Learners' English: articles and auxiliaries dropped."""
    for a, b in ((" the ", " "), (" was ", " "), (" is ", " "), ("I was ", "I "), (" has ", " ")):
        text = text.replace(a, b, 1)
    return text


def _message(rng: random.Random, lang: str, core: str) -> str:
    openers, asks, neutral = WRAP[lang]
    parts = [rng.choice(openers)]
    if rng.random() < 0.3:
        parts.append(rng.choice(neutral))
    parts.append(core)
    if rng.random() < 0.6:
        parts.append(rng.choice(asks))
    text = " ".join(p for p in parts if p)
    roll = rng.random()
    if roll < 0.2:
        text = _typo(rng, text)
    elif roll < 0.3:
        text = _voice(text)
    elif roll < 0.4 and lang == "en":
        text = _learner(text)
    elif roll < 0.5:
        text = text.lower()
    return text


def generate(seed: int = SEED) -> dict[str, list[tuple[str, str, bool, str]]]:
    """Two halves, "A" and "B", written at once: (frame, language, is a report, message); about one in four a report."""
    rng = random.Random(seed)
    halves: dict[str, list[tuple[str, str, bool, str]]] = {"A": [], "B": []}
    seen: set[str] = set()
    frames = sorted(FRAMES)
    while min(len(h) for h in halves.values()) < PER_HALF:
        lang = rng.choice(LANGS)
        frame = rng.choice(frames)
        ordinary, reports = FRAMES[frame][lang]
        report = rng.random() < 0.25
        text = _message(rng, lang, rng.choice(reports if report else ordinary))
        half = "A" if rng.random() < 0.5 else "B"
        if text in seen or len(halves[half]) >= PER_HALF:
            continue
        seen.add(text)
        halves[half].append((frame, lang, report, text))
    return halves


HALVES = generate()

# Figures when the round closed (copilot/safety/README.md): a false alarm more, or a report fewer, fails. Before the round:
# A 83/221 false alarms, 75/79 reports caught; B 99/238, 60/62. After: A 3/221 (typos in the guards' own words: "becausse",
# "suiitcase"), 79/79; B 12/238, 61/62 (B's were never used to choose a rule).
# Twenty-second round (dev12 trained on): A 3 -> 6 ("He yelled the price at me because the music was loud, then charged
# more than he said", three frames: the classifier reads it as a report once the price is blanked), B 12 -> 9.
MAX_FALSE_ALARMS = {"A": 6, "B": 9}
MAX_MISSES = {"A": 0, "B": 1}


def score(items: list[tuple[str, str, bool, str]]) -> tuple[list, list]:
    """The ordinary messages that fire, and the reports that do not."""
    alarms = [(item, screen(item[3])) for item in items if not item[2] and screen(item[3]).fired]
    misses = [item for item in items if item[2] and not screen(item[3]).fired]
    return alarms, misses


@pytest.mark.parametrize("half", ["A", "B"])
def test_the_reports_fire(half):
    _, misses = score(HALVES[half])
    assert len(misses) <= MAX_MISSES[half], misses


@pytest.mark.parametrize("half", ["A", "B"])
def test_ordinary_complaints_in_report_words_do_not_fire(half):
    alarms, _ = score(HALVES[half])
    assert len(alarms) <= MAX_FALSE_ALARMS[half], [(item[3], found.describe()) for item, found in alarms]


@pytest.mark.parametrize(
    "text",
    [
        # The round's guards beside what makes a report: each must still fire.
        "He grabbed my suitcase to help, then grabbed my arm and pulled me.",
        "He locked the doors at the start as always and would not let me out.",
        "Er hat wie immer die Türen verriegelt und mich nicht aussteigen lassen.",
        "My boss shouted at me today, and then the driver yelled that he would hurt me.",
        "I was scared of missing my flight and he drove at 150 through red lights.",
        "He followed the GPS into a dark field and stopped the car.",
        "The driver was drunk with happiness, he said, but he smelled of alcohol and was swerving.",
        "He drove fast because I asked him to hurry, but he was texting the whole time and nearly hit a cyclist.",
        "Il a roulé vite parce que je lui ai demandé, mais il a grillé trois feux rouges.",
        "Me sentí insegura con el precio y también porque me tocó la pierna.",
        "Ele pegou na minha bolsa pra colocar no porta-malas e passou a mão na minha coxa.",
        "My daughter is 13 and she forgot her bag, and the driver asked her to come to his car alone to get it.",
        "Er ist dem Navi gefolgt, aber dann hat er mich bis zu meinem Haus verfolgt.",
        "He braked hard at the lights on purpose to scare me and laughed.",
        "Le chauffeur était ivre de joie et il m'a touché la cuisse.",
        # Reports half A missed before the round: a rider who begged the driver to slow down.
        "Er fuhr 160, obwohl ich ihn angefleht habe, langsamer zu fahren.",
        "Iba a 150 aunque le rogué que fuera más despacio.",
        "I begged him to slow down and he just laughed.",
    ],
)
def test_a_close_report_still_fires(text):
    assert screen(text).fired


if __name__ == "__main__":
    seeds = [int(arg) for arg in sys.argv[1:] if arg.isdigit()]
    halves = generate(seeds[0] if seeds else SEED)
    for name, items in halves.items():
        alarms, misses = score(items)
        ordinary = Counter(item[1] for item in items if not item[2])
        reports = Counter(item[1] for item in items if item[2])
        flagged = Counter(item[1] for item, _ in alarms)
        print(
            f"half {name}: false alarms {len(alarms)}/{sum(ordinary.values())}, reports caught "
            f"{sum(reports.values()) - len(misses)}/{sum(reports.values())} | "
            + "; ".join(f"{lang} {flagged[lang]}/{ordinary[lang]}" for lang in sorted(ordinary))
        )
        by_signal = Counter(s.category for _, found in alarms for s in found.signals)
        print("  fired by:", dict(by_signal.most_common()))
        if "-v" in sys.argv or name == "A":
            for item, found in alarms:
                print("  FIRES", item[0], item[1], repr(item[3]), "|", found.describe())
            for item in misses:
                print("  MISS", item[0], item[1], repr(item[3]))
