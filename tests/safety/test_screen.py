"""The safety screen on its own: everyday and indirect wording in five languages, hard negatives,
and its figures on the sets written for it (tests/data/safety/: dev may be read while changing the
lexicon, test never is; both were written by people who had not seen the screen)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copilot.safety.screen import Screen, screen
from tests.safety.known import R22_DATA, known_false_alarm

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("he put his hand on my knee at a red light and laughed", "sexual"),
        ("Driver kept asking if I live alone and what time I get home.", "harassment"),
        ("He said I'd regret the 1 star and that he knows where I live.", "threat"),
        ("child locks were on and he wouldn't let me out until I paid cash", "locked_in"),
        ("The driver nodded off at a red light twice.", "impaired_driver"),
        ("Le chauffeur a grillé plusieurs feux rouges en envoyant des textos.", "dangerous_driving"),
        ("El conductor me siguió hasta el portal de mi casa.", "abduction_or_followed"),
        ("Der Fahrer hat mich beleidigt, weil ich ein Kopftuch trage.", "discrimination"),
        ("O carro bateu numa moto e eu machuquei o ombro.", "accident_injury"),
        ("The guy driving looked nothing like the photo in the app.", "wrong_driver"),
    ],
)
def test_a_report_in_everyday_words_fires_and_names_its_words(text, category):
    found = screen(text)
    assert found.fired and category in found.categories, found.describe()
    assert all(s.words for s in found.signals)


@pytest.mark.parametrize(
    "text",
    [
        "The driver was safe but slow, and the fare was way above the estimate.",
        "No accident or anything, just a huge detour. Please refund the difference.",
        "The app crashed and charged me twice for the same ride.",
        "I was the drunk one, the driver was lovely. Only the cleaning fee is wrong.",
        "so i cancel the trip and get slapped with a $5 fee?? come on",
        "There was an accident on the highway so the trip took 40 minutes longer; can I get the surge back?",
        "Accident of billing I guess: I was charged twice for Tuesday's ride.",
        "Dangerous pricing tonight, $48 for 4 miles. Is surge capped?",
        "I felt uncomfortable paying twice for the same trip, please refund one.",
        "I'm a bit uneasy about the $9 booking fee nobody mentioned.",
        "Left my phone on the back seat, how do I reach the driver?",
        "Cleaning fee of $80 but nobody made a mess, please remove it.",
        "The driver was a bit rude and didn't say hello, but my issue is the $6 wait fee.",
        "The app keeps freezing when I try to add a card.",
        "These surge prices are killing me.",
        "That airport surcharge is an assault on my wallet.",
        "The ride was fine, the price wasn't: $30 over the estimate.",
        "I hurt my back at the gym so I booked an XL, but a small car came. Refund the difference please.",
        "Someone rear-ended a bus on the bridge, so we sat in traffic and the fare doubled.",
        "The driver followed the GPS into a huge detour, please adjust the fare.",
        "My dad uses a wheelchair and the driver helped him in, lovely. Only the luggage fee is wrong.",
        "I'm disabled; do you have cars with more legroom?",
        "I was stuck in the lift so I came down late, please waive the wait fee.",
        "I've been trapped in a loop with the verification code for an hour.",
        "they hit me with a $10 charge after the driver cancelled",
        "I fell asleep in the back and the driver woke me up kindly. The fare is wrong though.",
        "The car smelled of weed from a previous passenger, not the driver's fault. The fare is too high though.",
        "Le chauffeur conduisait prudemment, mais j'ai été facturé deux fois.",
        "Je reçois une notif toutes les 5 minutes, c'est du harcèlement, comment je désactive ?",
        "La app se cerró sola al pagar y me cobró dos veces.",
        "El conductor no encontraba la dirección y me tocó caminar dos cuadras.",
        "¿Cómo puedo cambiar mi número de teléfono en la app?",
        "Die App ist abgestürzt und hat mir die Fahrt doppelt berechnet.",
        "Ich war im Aufzug eingesperrt, deshalb war der Fahrer weg. Wieso die Stornogebühr?",
        "O app travou e cobrou duas vezes a mesma corrida.",
        "Cochilei no banco de trás e o motorista me acordou. Mas cobraram espera.",
        "Ameaçaram suspender minha conta por pagamento pendente, mas eu já paguei!",
        # Issue 21, fourth round: a threat to cancel, an address punched in, bags grabbed for the boot, a rider
        # who makes light of a rude driver, an accident the rider was not in, a question about a guide dog.
        "He threatened to cancel if I didn't come out within two minutes. Then I was charged a wait fee anyway.",
        "Il a menacé d'annuler si je ne descendais pas tout de suite, et on me facture l'attente.",
        "The driver punched in the wrong address and we went to the old terminal. Refund the extra km please.",
        "He grabbed my bags and put them in the trunk before I could even offer. The extra stop charge is wrong.",
        "We were stuck in the car for 25 minutes because the bridge was closed for a marathon.",
        "Auf der Autobahn war ein Unfall, deshalb hat die Fahrt eine Stunde gedauert und kostet das Doppelte.",
        "Nos quedamos atascados por un accidente en la carretera (no fuimos nosotros). ¿Me cobran el tiempo?",
        "I was drunk and fell asleep on the way home, the driver woke me up kindly. Why a $10 wait fee?",
        "I use a guide dog, is there a way to tell the driver in advance?",
        "Adding insult to injury, the promo code expired the day I used it.",
        "El conductor me escribió después del viaje para decirme que me había dejado la bufanda. ¡Qué majo!",
        # Sixth round: a rider who was the tipsy one, a chat about an accent, a price that "kidnapped" the rider,
        # a slow car, a crash driven past, a question about a policy.
        "I was the one who was tipsy, he was patient and got me home. The fare is wrong though.",
        known_false_alarm(
            "He asked where I was from because of my accent, and we talked about food for a while.", R22_DATA
        ),
        "I was basically kidnapped by your surge price, 3.4x at 1am. Explain that.",
        "The driver was careful but painfully slow, 25 in a 40 the whole way, and I was late for work.",
        "We drove past a crash on the ring road, police already there, and the app charged me for the delay.",
        "What's your policy if a driver refuses someone with a guide dog? My aunt wants to know before she books.",
        "I don't think I should pay for the time lost to someone else's accident.",
        # Seventh round (dev7): a car slower than the limit told in the next sentence, swearing at the satnav.
        "Safe driver, just slow. Like 40 in a 60 most of the way, and I was late for my interview.",
        "He swore at the satnav the whole way, never at me, quite funny. The route was long though.",
        "He circled my block twice because he couldn't find the entrance, and I was charged for waiting.",
        # Eighth round: a crash ahead of the car, a price that bleeds or kidnaps, "ce qui me choque", a threat
        # denied after its verb, a question about feeling unsafe. (A car slower than the limit in km/h is guarded in
        # the lexicon but the classifier still fires on "il roulait ... la limite": a known false alarm.)
        "There was a crash ahead of us on the A4, not our car, and the fare went up by 12 euros.",
        "Your booking fees are bleeding customers dry.",
        "The surge price kidnapped half my salary this week.",
        "Ce qui me choque, c'est le prix de la course.",
        "Bedroht hat er mich nicht, aber er war unfreundlich. Die Fahrt war zu teuer.",
        "What happens if I feel unsafe during a ride? Is there a button?",
    ],
)
def test_an_ordinary_complaint_with_safety_sounding_words_does_not_fire(text):
    assert not screen(text).fired, screen(text).describe()


@pytest.mark.parametrize(
    "text",
    [
        # A clause that says the ride was fine does not hide the one that follows it.
        "The ride was fine until he grabbed my arm when I tried to get out.",
        "The ride was fine until the end, when he wouldn't let go of my wrist and asked for a kiss.",
        # A report beside a money complaint, and the money complaint first.
        "He was polite at first but then he kept asking if I live alone. Also the fare was $12 over, please refund.",
        "I was charged a $5 wait fee I don't owe. And the driver put his hand on my thigh at a light.",
        "he said he'd follow me home if I didn't pay cash",
        "he spat at me when I asked for a receipt",
        "my daughter (14) says the driver asked her for photos",
        "driver dozed at the wheel twice on the motorway",
        "we crashed at a roundabout and my wrist is swollen",
        # A disability named beside a refusal or a remark.
        "Driver saw my guide dog and drove off, and I was still charged the cancellation fee.",
        "He refused to put the ramp down for my wheelchair and told me to take the bus.",
        "il m'a demandé de lui envoyer des photos de moi après la course",
        "el conductor iba mirando el móvil y casi atropella a un peatón, y encima me cobró de más",
        "Der Fahrer hat mich aus dem Auto gezerrt, ich habe blaue Flecken.",
        "o motorista estava com bafo de álcool e dirigia em zigue-zague",
        # A rider who makes light of one thing does not hide what follows.
        "I paid a wait fee, fine, whatever, but then after I got out he followed me to my door and asked my flat number.",
        "The music was loud, no big deal. But when I asked to get out he locked the doors and kept driving.",
        # Fourth round: a driver asleep at the wheel in French and Portuguese, braking on purpose, a phone in
        # the hand at 140, the wrong man in the wrong car, a collision that cut a lip.
        "Le chauffeur s'endormait au volant sur l'autoroute.",
        "O motorista dormiu no volante duas vezes na estrada.",
        "Er hat absichtlich scharf gebremst, damit ich mir den Kopf stoße.",
        "140 sur le périph, téléphone à la main, et facturé en tarif majoré.",
        "wrong guy, wrong car, same name on the app. he insisted I get in. and the price was off too",
        "He braked so late we slammed into the car in front and I cut my lip.",
        # Sixth round: an age in words, a rider half out of the car, a driver named after "I think".
        "He offered my thirteen-year-old a beer from the glovebox.",
        "He drove off while my foot was still in the door, and my ankle is swollen.",
        "I think the driver was drunk, the car smelled of it.",
        "Er hat meiner vierzehnjährigen Tochter seine Nummer gegeben.",
        "He did 90 in a 50 and laughed when I asked him to slow down.",
        # Seventh round: the car back round the rider's street after the ride; a speed of three digits.
        "Later that night the car from my ride circled my block twice, really slowly.",
        "135 in a 100 with his phone on his knee, and then a surcharge on top.",
        # A crash "in front of us" is the rider's own when the car hit it or someone was hurt (review of the
        # eighth round: its guard for a crash ahead had swallowed these).
        "There was a crash in front of us and my neck is hurt, I need a doctor.",
        "A crash happened in front of us and I was injured by the glass.",
        "The driver crashed into the car in front of us.",
        "Our driver hit the car in front of us at the lights.",
        "The driver rear-ended the car in front of us and my neck hurts.",
        "Bedroht hat er mich nicht nur, er hat mich auch geschlagen.",
        # Eighth round: a rear-end told with a space, a crash told as "nos chocaron", trousers down at a light, a
        # rider locked inside, a driver who would not turn back, trouble threatened with a visa, another car.
        "Got rear ended at a roundabout on the way, the car is a mess and I'm shaking.",
        "nos chocaron en una rotonda y el conductor siguió como si nada",
        "Er hat an der Ampel die Hose runtergelassen.",
        "He locked me inside the car and went into the shop for ten minutes.",
        "he refused to turn back when I asked him to take me home",
        "He says he can make problems for my visa if I complain about him.",
        "The car was a different model and colour from the one in the app, and he insisted I get in.",
    ],
)
def test_a_report_fires_beside_a_money_complaint_or_a_word_of_praise(text):
    assert screen(text).fired


def test_the_signals_survive_a_round_trip_through_the_case_row():
    found = screen("He grabbed my arm when I tried to get out. Bruises everywhere.")
    assert Screen.from_json(found.as_json()) == found and "violence" in found.describe()


def figures(split: str) -> tuple[float, float]:
    rows = [
        json.loads(line) for line in (DATA / "safety" / f"{split}.jsonl").read_text().splitlines() if line
    ]
    reports = [r for r in rows if r["safety"]]
    ordinary = [r for r in rows if not r["safety"]]
    recall = sum(screen(r["text"]).fired for r in reports) / len(reports)
    false_alarms = sum(screen(r["text"]).fired for r in ordinary) / len(ordinary)
    return recall, false_alarms


# Today's figures are the floors (a change that misses a report or adds false alarms fails); the
# goal on the sets never read is recall 1.0 with at most 5% false alarms (issue 21). dev2 (200) and
# dev3 (80) were written for issue 21 in wording unlike the training data, hard negatives and
# indirect reports in five languages, and are never trained on; dev2 was tuned against, dev3 was
# scored once before its last three false alarms were fixed (recall 1.0, false alarms 3/40). dev4 (200,
# hard negatives first, by the writer of blind4 who never saw the screen) was scored once (recall 87/90,
# false alarms 9/110), then tuned on and trained on (data/train_dev4.jsonl): its floor is a fit, not a
# forecast.
@pytest.mark.parametrize(
    ("split", "recall_min", "false_alarms_max"),
    # blind2 (220), blind3 (300, 100 of them hard negatives) and blind4 (300, 165 not reports, most of
    # them hard negatives): written later by people who saw neither the screen nor its data. test,
    # blind2, blind3 and blind4 are scored, never read. dev5 (200) and blind5 (300): a fifth writer,
    # English-heavy, long neutral narrations; dev5 was read by a tuning round that was not kept (it
    # lost a report on blind4 and on blind5 for five fewer false alarms), blind5 never. dev6 (200) and blind6
    # (300): a sixth writer, English-heavy hard negatives; dev6 was read by the sixth round, whose word
    # patterns were kept and whose classifier training was not (it lost 5 of 715 never-read reports for 33
    # fewer false alarms); blind6 never. dev7 (200, 130 not reports; a seventh writer, the everyday traffic of a desk
    # and hard negatives) was first scored, before it was read, at recall 69/70 and false alarms 6/130; the lexicon
    # was then fixed on it (a car back round the rider's block, a speed under the limit, swearing at the satnav):
    # its floor is a fit. blind7 (300, the same writer) never: it missed 6 of 108 reports before and after.
    # Eighth round: three writers' training sets (round8_a/b/c, 400 each: app chat, long emails, non-English
    # first) were scored before they were read, then read by the lexicon's round; the classifier trained on them
    # lost 3 never-read reports for 28 fewer false alarms, so it was not kept and they are tuned-on sets here.
    # dev8 (200) and blind8 (300): a ninth writer, about 30 personas; scored before anything was tuned on them
    # (dev8 71/71, 7/129; blind8 104/105, 23/195); dev8 may be read, blind8 never. The tenth round (the false
    # alarms of the readable sets, read) cut the never-read sets' false alarms 133 -> 117 of 1,252, no report lost.
    # dev9 (200) and blind9 (300): a tenth writer, reports arriving by voice-to-text, replies, surveys, forms and
    # forwarded mail; scored before anything was tuned on them (dev9 80/80, 8/120; blind9 120/120, 28/180).
    # dev10 (200) and blind10 (300): an eleventh writer, learners' and mixed-language writing, very short messages,
    # third parties, ordinary stories in the everyday words of reports; scored before anything was tuned on them
    # (dev10 80/80, 15/120; blind10 116/120, 24/180); the wrong-driver patterns caught one more blind10 report;
    # dev10 was read by the sixteenth round (15 -> 3), blind10 never.
    # dev11 (100) and blind11 (150): a twelfth writer, long messages (5-15 sentences: a whole bad evening, formal
    # complaints, travel managers, voice transcripts), the report one sentence of a money story; scored before
    # anything was tuned on them (dev11 40/40, 33/60; blind11 59/60, 65/90); the eighteenth round read dev11 (33 ->
    # 28). The classifier, trained on short messages, reads long ordinary ones as reports.
    # Nineteenth round (train_round19.jsonl: 330 reports by a new writer, the sentence margin 0.05 -> 0.12):
    # never-read recall 1213 -> 1218 of 1228 (test 98 -> 99, blind7 102 -> 103, blind8 104 -> 105, blind10 117 -> 119),
    # false alarms 229 -> 233 of 1,702; readable false alarms 179 -> 207, mostly long messages (dev11, round8_b).
    # Twentieth round (data/long/train_round20.jsonl: 300 long ordinary stories and 100 long reports by a new writer,
    # read by a second model for messages of five sentences or more; four lexicon wordings): never-read recall the
    # same on every set, false alarms 233 -> 201 of 1,702 (blind11 67 -> 43, blind6 29 -> 24, blind7 15 -> 12);
    # readable: every report (1392 -> 1393), false alarms 207 -> 146.
    # Twenty-second round (dev12 trained on as data/train_dev12.jsonl; five ordinary senses in the lexicon; what the
    # app showed against who came): never-read recall 1218 -> 1219 of 1228 (blind7 103 -> 104), false alarms
    # 201 -> 172 of 1,702 (blind9 33 -> 25, blind10 24 -> 18, blind5 20 -> 15, blind6 24 -> 19). Then round22's
    # reports and flagged ordinary messages trained on: recall the same, false alarms 172 -> 170 (blind6 19 -> 20,
    # blind7 11 -> 12, blind11 41 -> 42; blind9 25 -> 23, blind5 15 -> 14, blind8 14 -> 13, blind10 18 -> 17), and
    # blind12 97 -> 98 reports, 53 -> 44 flagged.
    [
        ("dev", 1.0, 0.0),
        ("dev2", 1.0, 0.0),
        ("dev3", 1.0, 0.0),
        ("dev4", 1.0, 0.0),
        ("test", 0.99, 0.1),
        ("blind2", 1.0, 0.055),  # 5 -> 6 of 110 with the twenty-second round (dev12 trained on)
        ("blind3", 1.0, 0.059),
        ("blind4", 0.985, 0.049),
        ("dev5", 1.0, 0.017),
        ("blind5", 1.0, 0.078),
        ("dev6", 1.0, 0.059),
        ("blind6", 1.0, 0.112),
        ("dev7", 1.0, 0.008),
        ("round8_a", 1.0, 0.078),
        ("round8_b", 1.0, 0.269),
        ("round8_c", 1.0, 0.123),
        ("blind7", 0.962, 0.058),
        ("dev8", 1.0, 0.008),
        ("blind8", 1.0, 0.067),
        ("dev9", 1.0, 0.067),
        ("blind9", 1.0, 0.128),
        ("dev10", 1.0, 0.034),
        ("blind10", 0.991, 0.095),
        ("dev11", 1.0, 0.2),
        ("blind11", 0.983, 0.445),
        # round21 (400 long messages, 100 reports, by a fifteenth writer who saw nothing of the screen, voices the
        # round20 writer's brief did not ask for: case histories, forwarded threads, travel managers, transcripts line
        # by line): first scored by the twentieth round's screen before it was read, 99/100 and 103/300 (the screen
        # before the round: 99/100 and 221/300); the report missed was a transcript whose last lines said the second
        # driver was fine, now a clause of its own line. Never trained on.
        ("round21", 1.0, 0.307),
        # dev12 and blind12 (300 each, 100 reports): a sixteenth writer, short messages in the everyday words near
        # safety (a crash that delayed the trip, the rider's own fall or drunkenness, a child lock, a price shouted,
        # a hard brake and a spilled drink), every report beside a money complaint; first scored before anything was
        # tuned (dev12 100/100, 67/200; blind12 98/100, 61/200). dev12 was then read and trained on; blind12 never.
        ("dev12", 1.0, 0.035),
        # round22 (600 short messages, 150 reports, by a seventeenth writer, written as training data): first scored
        # before it was read, 149/150 and 66/450; its reports and the 66 ordinary messages flagged then are trained on
        # (data/train_round22.jsonl), so its floor is a fit. Trained on whole, it lost three readable reports.
        ("round22", 1.0, 0.02),
        # dev13 and blind13 (300 each, 100 reports): an eighteenth writer, the desk's plain questions outside English in
        # regional voices, strong words about money, the rider's own bad day, other road users; reports by a parent or
        # a friend or asked as a question. First scored before anything was tuned on them, by the screen with round22's
        # data: dev13 98/100, 35/200; blind13 97/100, 43/200 (without round22's data: 98/100, 38/200 and 96/100, 51/200).
        # dev13 was then read (two reports missed and its lexicon false alarms: 98/100, 35 -> 100/100, 27/200).
        ("dev13", 1.0, 0.135),
        ("blind13", 0.97, 0.215),
        ("blind12", 0.98, 0.215),
        # dev14 and blind14 (120 each, 40 reports): a nineteenth writer, long messages (5-8 sentences) where the report
        # is one or two sentences of a story about money or a route, and long ordinary stories in the everyday words
        # near safety. First scored before anything was tuned on them: dev14 39/40, 26/80; blind14 40/40, 27/80. The
        # twenty-third round read dev14 (its missed report and its lexicon false alarms: 40/40, 23/80); blind14 never.
        ("dev14", 1.0, 0.275),
        ("blind14", 1.0, 0.325),
        # round23 (240 long messages, 60 reports, by a twentieth writer, written as training data for the long model):
        # trained on, it cut long false alarms but brought readable long reports nearer the threshold and lost a
        # never-read one, so it is a scored set only (copilot/safety/README.md, twenty-third round). First scored by
        # the twenty-third round's screen, which had not read it: 60/60, 60/180.
        ("round23", 1.0, 0.317),
    ],
)
def test_the_screens_figures_on_the_sets_written_for_it_stay_at_or_above_their_floors(
    split, recall_min, false_alarms_max
):
    recall, false_alarms = figures(split)
    print(f"{split}: recall {recall:.3f}, false alarms {false_alarms:.3f}")  # the figures in CI logs
    assert recall >= recall_min and false_alarms <= false_alarms_max, (recall, false_alarms)


# The ids name the split so that `-k "not test-"` leaves out the golden set's test split, as the sets never read.
@pytest.mark.parametrize("split", ["dev", "test"], ids=["dev-split", "test-split"])
def test_every_safety_report_of_the_golden_split_fires(split):
    rows = [
        json.loads(line) for line in (DATA / "golden" / f"{split}.jsonl").read_text().splitlines() if line
    ]
    for row in rows:
        if row["expected"]["intent"] == "safety":
            text = "\n".join(m["text"] for m in row["messages"] if m.get("role", "customer") == "customer")
            assert screen(text).fired, (split, row["id"])


# Nineteenth round: wordings the lexicon now reads itself, beside the ordinary uses of the same words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("he is driving with the account of his cousin, he told me himself", "wrong_driver"),
        ("El chofer conducía con la cuenta de su suegro, me lo dijo en el viaje.", "wrong_driver"),
        ("O motorista usa a conta do cunhado, ele mesmo contou.", "wrong_driver"),
        ("Der Fahrer fuhr mit dem Konto seines Schwagers.", "wrong_driver"),
        ("Le chauffeur ne correspondait pas du tout à la photo de l'appli.", "wrong_driver"),
        ("Der Fahrer passte gar nicht zum Foto in der App.", "wrong_driver"),
        ("o motorista não batia com a foto do perfil", "wrong_driver"),
        ("He tailgated the truck deliberately to scare me, and laughed.", "threat"),
        ("Il a freiné exprès pour me faire peur.", "threat"),
        ("Aceleraba a propósito para asustarme en cada curva.", "threat"),
        ("Er ist absichtlich so nah aufgefahren, um mir Angst zu machen.", "threat"),
    ],
)
def test_the_nineteenth_rounds_wordings_fire_in_their_category(text, category):
    assert category in screen(text).categories, screen(text).describe()


@pytest.mark.parametrize(
    "text",
    [
        "I do not want to scare anyone, but the fare was double the estimate.",
        "Il a fait exprès de rouler lentement pour me faire payer plus, je veux un remboursement.",
        "I booked with the account of my sister, can the receipt show my name?",
        "The photo on my profile is old, can I change it?",
    ],
)
def test_the_ordinary_uses_of_the_nineteenth_rounds_words_stay_outside_those_categories(text):
    assert not {"wrong_driver", "threat"} & set(screen(text).categories), screen(text).describe()


# A message dictated or typed line by line ends its clauses at its line breaks: a line that says a later part of the
# trip was safe does not blank the report on the lines before it (round21's one missed report).
@pytest.mark.parametrize(
    "text",
    [
        "ok so the fare was 30\nthe driver kept touching my knee every time he changed gear\nI moved to the back\n"
        "the second driver was fine\nplease refund",
        "paid 18 for a 9 trip\nhe was texting the whole way and went through a red light\nwe got there safe in the "
        "end\nI want the difference back",
        "oi a corrida custou 40\no motorista me ameaçou quando reclamei do caminho\nno fim cheguei bem\nquero o "
        "reembolso",
    ],
)
def test_a_report_on_its_own_line_fires_whatever_a_later_line_says_was_safe(text):
    assert screen(text).fired


@pytest.mark.parametrize(
    "text",
    [
        "so the ride was ok\nthe driver was fine and drove carefully\nbut I was charged twice for the same trip\n"
        "can you refund one",
        "The driver was safe and friendly, but I was charged a $5 fee I did not expect.",
    ],
)
def test_a_line_that_says_the_trip_was_safe_still_sets_its_own_clause_aside(text):
    assert not screen(text).fired, screen(text).describe()
