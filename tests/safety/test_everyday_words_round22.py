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
]


@pytest.mark.parametrize("text", ORDINARY)
def test_an_everyday_use_of_a_report_word_is_no_report(text):
    assert not screen(text).fired, screen(text).describe()


@pytest.mark.parametrize("text", REPORTS)
def test_the_close_reports_beside_them_still_fire(text):
    assert screen(text).fired
