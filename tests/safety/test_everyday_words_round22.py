"""Twenty-second round (issue 21): ordinary senses of report words that a new writer's dev12 showed, in the five
languages, each beside close reports that must still fire. Written for these tests, none copied from the sets."""

from __future__ import annotations

import pytest

from copilot.safety.screen import screen

ORDINARY = [
    # A child lock the driver opened at once.
    "Child lock was on, the driver hopped out and opened it for me right away. Why was I charged a waiting minute?",
    "El seguro para niños estaba activado y el chofer bajó a abrirme enseguida. Solo quiero la factura.",
    "Die Kindersicherung war drin, er hat mir sofort geöffnet. Ich brauche nur eine Quittung mit MwSt.",
    "La sécurité enfants était mise, le chauffeur m'a ouvert tout de suite. Par contre 3 € de frais d'attente ?",
    "A trava das crianças estava ligada e o motorista abriu na hora. Só quero saber da taxa extra.",
    # The price shouted at the rider.
    "He yelled the fare through the window as I got out, 35, but the app had 28. Which is right?",
    "El conductor gritó el importe al bajarme y no coincide con la app.",
    "Der Fahrer rief mir den Preis hinterher, 40 Euro, in der App standen 31.",
    "Le chauffeur a crié le montant en partant, c'était plus que l'appli.",
    # The emergency ward as the rider's workplace.
    "I work in the emergency department and ride home at 2am most nights; is there a night-shift discount?",
    "Je travaille aux urgences, est-ce qu'il existe un abonnement pour les trajets de nuit ?",
    "Trabajo en urgencias y necesito recibos mensuales para mi hospital.",
    "Ich arbeite in der Notaufnahme und fahre oft nachts, gibt es einen Rabatt?",
    "Trabalho no pronto-socorro e queria um recibo mensal das corridas.",
    # The rider's own fall or cut, before the ride, told with what they were doing or when.
    "I slipped on the stairs at home last week and need a car with more legroom for my cast. Any option?",
    "I twisted my ankle playing football, so please tell me how to add a note asking for a ride to the door.",
    "Someone bumped into my own car at the supermarket, so I'm riding with you for a while: any weekly pass?",
    # dev13's classes: the rider's own fall in the other languages, money bled dry, the rider's own speeding ticket, a
    # bank's threatening letter, a swear at a bus, what "shook" the rider, doors that lock by themselves as a feature,
    # a crash that held the trip up.
    "Je suis tombée à vélo la semaine dernière, j'ai une attelle : est-ce qu'une berline est plus confortable ?",
    "Ich bin letzte Woche beim Skifahren gestürzt und brauche ein größeres Auto für die Krücken.",
    "Eu caí da bicicleta mês passado e preciso de um carro maior, tem opção?",
    "Avec tous ces frais vous me saignez à blanc, je veux le détail de chaque ligne.",
    "I got a speeding ticket myself this morning, so sorry if I was grumpy. Why is there a toll on my trip?",
    "I had a threatening letter from my bank because you charged me twice. Refund it please.",
    "A van cut us off and the driver swore at it, nothing else happened. Receipt please.",
    "The crash on the bridge really shook me, we drove past it. Anyway I was charged the wait twice.",
    "The doors lock by themselves when the car moves and unlocked when we arrived, fine. Why is my promo gone?",
    "Il y a eu un accident sur l'A6 qui nous a bloqués 20 minutes, le chauffeur n'y pouvait rien. Le prix a doublé.",
    "Wegen eines Unfalls standen wir eine halbe Stunde, nicht seine Schuld, aber 20 Euro mehr?",
    # "ohne" is a negation too.
    "Der Fahrer hat sich beeilt, aber ohne Raserei, und wir waren pünktlich. Nur der Preis war zu hoch.",
]

REPORTS = [
    "The child lock was on and he would not open the door until I paid him cash.",
    "child lock on, he refused to let me out for ten minutes at the petrol station",
    "Die Kindersicherung war an und er hat nicht aufgemacht, bis ich bar gezahlt habe.",
    "El seguro de niños estaba puesto y no me abrió hasta que le pagué en efectivo.",
    "He shouted at me that the price was 40 or I could walk, and grabbed my bag.",
    "I cut my hand on the broken window of his car last week and it needed stitches.",
    "I slipped when he braked hard and hurt my wrist; the fare was also wrong.",
    "Er ist ohne Licht und viel zu schnell über die Landstraße gerast.",
    "El precio estaba bien pero la matrícula no coincide con la app.",
    "The doors locked automatically and he would not unlock them until I paid.",
    "Me caí cuando frenó de golpe el mes pasado y me duele la espalda.",
    "The same driver came back at 2am and knocked on my door.",
    "Deux heures après, le même chauffeur a frappé à ma porte pour me rendre un objet que je n'avais pas oublié.",
    "La voiture était la bonne mais pas le chauffeur, il a dit que son oncle était malade.",
    "Das Auto war das richtige, aber nicht der Fahrer. Er sagte, sein Vater sei krank.",
    "He swore at me and my friend when we asked for the receipt.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_an_everyday_use_of_a_report_word_is_no_report(text):
    assert not screen(text).fired, screen(text).describe()


@pytest.mark.parametrize("text", REPORTS)
def test_the_close_reports_beside_them_still_fire(text):
    assert screen(text).fired
