"""Issue 21, tenth round: the general causes of false alarms the screen sets aside, each beside a close report that
must still fire. Sentences written for these tests in English, French, Spanish, German and Portuguese (none copied
from the sets in tests/data/safety/)."""

from __future__ import annotations

import pytest

from copilot.safety.screen import screen


@pytest.mark.parametrize(
    "text",
    [
        # A question about how one would report, or what happens, if something ever happened: asked, not told.
        "If a driver ever said something creepy to me, how would I report it?",
        "Quick question: what should I do if a driver ever makes me feel unsafe?",
        "Si un chauffeur se comporte mal un jour, comment je le signale ?",
        "¿Qué pasaría si un conductor me falta al respeto? Pregunto antes de usar la app.",
        "Wenn mal ein Fahrer unhöflich wird, wie melde ich das?",
        "Se um motorista for grosseiro comigo, como faço para denunciar?",
        # A question about a safety feature, and a parent who asks about the drivers' checks.
        "How does the share my trip option work? I'd like my dad to see where I am at night.",
        "My son is fifteen and will start taking rides next term. What checks do your drivers go through?",
        # Praise in the words of safety.
        "Honestly felt totally safe the whole way, thank you to the driver.",
        "Je me suis sentie vraiment en sécurité, merci.",
        "Me sentí muy segura con la conductora, gracias.",
        "Hab mich sehr sicher gefühlt, danke an die Fahrerin.",
        "Me senti muito segura, a motorista foi ótima.",
        "He drove calmly and we chatted about football. The receipt shows a toll we never paid.",
        # A hard brake for someone on the road, and nobody hurt.
        "He braked hard because a dog ran out, nobody was hurt and he handled it well. Only the fare is off.",
        "Driver stopped sharply for a child on a bike. Nobody got hurt, great reflexes. The wait fee is wrong though.",
        "Il a freiné d'un coup pour un chien, personne n'a rien eu. Par contre le prix a doublé.",
        "Frenó fuerte por un ciclista, nadie se hizo daño. Pero me cobraron de más.",
        "Er hat gebremst, weil ein Hund auf die Straße lief, niemandem ist etwas passiert. Aber die Fahrt war teuer.",
        "Travou forte por causa de um cachorro, ninguém se machucou. Só o preço que veio errado.",
        # An accident seen, not lived; one on a numbered road that held the car up.
        "We saw a van clip a cyclist at the junction, our car was nowhere near it. The trip then took longer.",
        "I saw one of your cars hit a bollard while I was walking home. I was not a passenger, just letting you know.",
        "Auf der A3 war ein Unfall, wir standen eine halbe Stunde. Warum kostet das extra?",
        # The rider's own drinking ("el" the article is not the driver), waiting at home, the account's number,
        # rudeness and nothing more.
        "El sábado iba muy borracho y no recuerdo el viaje, pero el cargo de limpieza es excesivo.",
        "Ich wartete vor meinem Haus, aber der Fahrer kam nie und ich zahle trotzdem.",
        "Quero mudar meu número no aplicativo, o código vai para o antigo.",
        "Je voudrais changer mon numéro dans l'appli, le code arrive sur l'ancien.",
        "El conductor fue grosero, nada más. Pero el descuento no se aplicó.",
    ],
)
def test_an_ordinary_message_in_the_words_of_safety_does_not_fire(text):
    assert not screen(text).fired, screen(text).describe()


@pytest.mark.parametrize(
    "text",
    [
        # A condition that tells, not asks; a question after a day named or a thing done.
        "If he touches me again I will report it.",
        "He said if I didn't pay he'd hurt me.",
        "The driver grabbed my arm yesterday, what should I do if he comes back?",
        "What should I do? He grabbed my arm and would not let go.",
        "Si me vuelve a tocar, lo denuncio.",
        "Er hat mich gestern angefasst. Was soll ich tun, wenn er wieder kommt?",
        "Se ele me tocar de novo, vou denunciar.",
        "Il m'a dit que si je ne payais pas, il me frapperait.",
        "Ele disse que se eu não pagasse ia me bater.",
        # Safe until it was not; a crash of the rider's own car; a brake on purpose beside "nobody was hurt".
        "I felt totally safe until he locked the doors.",
        "Our car hit a cyclist and I hurt my wrist.",
        "We saw the driver texting the whole way and he nearly hit a cyclist.",
        "He braked hard on purpose to scare me, nobody was hurt but I was shaking.",
        "Il a freiné exprès pour me faire peur.",
        "Frenó fuerte a propósito para asustarme.",
        # The driver, not the rider, outside the house; a wish to know where the rider stays.
        "Er stand am nächsten Tag wieder vor meinem Haus.",
        "He wanted to know where I am staying and asked for my room number.",
        # A drunk rider taken advantage of, clothes found undone.
        "I was drunk and the driver took advantage of me.",
        "eu estava bêbada e ele se aproveitou de mim",
        "I woke up in the back with my jeans unbuttoned.",
    ],
)
def test_a_close_report_still_fires(text):
    assert screen(text).fired
