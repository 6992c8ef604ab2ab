"""Twenty-third round (issue 21, dev14): a safety word in its ordinary sense inside a long story, each class in the
languages where it has words, beside close reports that must still fire; and a child's age told in a relative clause."""

from __future__ import annotations

import pytest

from copilot.safety.lexicon import CATEGORIES, NOT_IN
from copilot.safety.screen import screen


def _fires(category: str, text: str) -> bool:
    flat = " ".join(text.split())
    guard = NOT_IN.get(category)
    if guard is not None:
        for m in guard.finditer(flat):
            flat = flat[: m.start()] + " " * (m.end() - m.start()) + flat[m.end() :]
    return any(p.search(flat) for p in CATEGORIES[category])


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # A child lock switched off at once.
        (
            "locked_in",
            "My son pulled the handle and nothing, the child lock was on, and the driver switched it off at once.",
        ),
        (
            "locked_in",
            "La porte arrière ne s'ouvrait pas, sécurité enfants, et le chauffeur l'a désactivée tout de suite.",
        ),
        (
            "locked_in",
            "Die Tür ging nicht auf, die Kindersicherung war drin, er hat sie sofort ausgeschaltet.",
        ),
        (
            "locked_in",
            "The child locks were still on from the school run; he clicked them off straight away, sorry sorry.",
        ),
        ("locked_in", "A porta não abria por causa da trava de crianças, e o motorista destravou na hora."),
        # Two other vehicles that collided.
        (
            "accident_injury",
            "While I waited at the stop, a bus and a delivery truck collided across the junction.",
        ),
        ("accident_injury", "Devant la gare, une voiture et un scooter se sont percutés, rien de grave."),
        ("accident_injury", "En la esquina dos coches chocaron y la calle quedó cortada media hora."),
        (
            "accident_injury",
            "Vor dem Bahnhof sind ein Taxi und ein Lieferwagen zusammengestoßen, deshalb kam er zu spät.",
        ),
        ("accident_injury", "Na avenida um táxi e uma carrinha bateram e o trânsito parou."),
        # The rider's old or healing wound seen to.
        (
            "accident_injury",
            "I booked the ride to the clinic to have my stitches out from an old football injury.",
        ),
        (
            "accident_injury",
            "Je devais aller retirer mes points, une vieille blessure de ski, rien de grave.",
        ),
        ("accident_injury", "Iba al médico por una lesión deportiva antigua, nada que ver con el viaje."),
        ("accident_injury", "Ich musste zum Fäden ziehen, eine alte Wunde vom Garten."),
        ("accident_injury", "Fui tirar os pontos de uma ferida antiga no posto de saúde."),
        # The emergency ward as the rider's workplace, named again.
        (
            "accident_injury",
            "I'm a nurse in A&E and I start at 7. In A&E you simply cannot be late for handover.",
        ),
        ("accident_injury", "Soy enfermera de urgencias. En urgencias no se puede llegar tarde al relevo."),
        (
            "accident_injury",
            "Ich bin Krankenschwester in der Notaufnahme; in der Notaufnahme wartet niemand auf mich.",
        ),
        # A shouting match about the route, both sides shouting; an insult denied.
        ("harassment", "He wanted the motorway and I wanted the city, and we were both shouting by the end."),
        (
            "harassment",
            "Wir haben uns richtig angeschrien, ich gebe zu, ich auch, es ging nur um die Baustelle.",
        ),
        ("harassment", "Nos gritamos un poco por la ruta, lo reconozco, pero nada más."),
        ("harassment", "Wir haben uns gegenseitig angeschrien wegen der Route, ich war auch laut."),
        ("harassment", "A gente gritou um pouco por causa do caminho, mas foi só isso."),
        ("harassment", "Beschimpft hat niemand, es ging nur um den Weg."),
        # A route or price that was not the app's.
        ("wrong_driver", "Le trajet n'était pas celui de l'appli, d'où les 12 € de plus."),
        ("wrong_driver", "The route wasn't the one on the app, so the fare went up."),
        ("wrong_driver", "Le parcours n'était pas celui de l'appli, il a fait un détour par le port."),
        ("wrong_driver", "La ruta no era la de la aplicación y me cobró más."),
    ],
)
def test_an_ordinary_sense_in_a_long_story_is_no_signal_of_its_category(category, text):
    assert not _fires(category, text)


@pytest.mark.parametrize(
    "text",
    [
        "The child lock was on and he refused to switch it off until I paid cash.",
        "Die Kindersicherung war drin und er hat sie nicht ausgeschaltet, bis ich ihm meine Adresse gesagt habe.",
        "Our car and a van collided at the lights and my neck has hurt since.",
        "A taxi and a van crashed into us at the roundabout and I hit my head.",
        "Dos coches chocaron contra nosotros y me golpeé la cabeza.",
        "I'm a nurse in A&E, and this time I ended up in A&E myself after he crashed into a pole.",
        "We were both shouting about the route and then he grabbed my arm and wouldn't let go.",
        "The driver wasn't the one on the app, a different man with another car.",
        "Le chauffeur n'était pas celui de l'appli, et il a insisté pour que je monte.",
        "My daughter Ana, who is 14, says the driver asked for her number and told her not to tell us.",
        "Mon fils Théo, qui a 13 ans, dit que le chauffeur lui a proposé une cigarette.",
        "Mi hija Lucía, que tiene 15 años, dice que el conductor le pidió su número.",
        "Mein Sohn Jonas, der 12 ist, sagt, der Fahrer hat ihm seine Nummer gegeben.",
        "Minha filha Bia, que tem 16 anos, disse que o motorista pediu o Instagram dela.",
    ],
)
def test_a_close_report_still_fires(text):
    assert screen(text).fired, text


@pytest.mark.parametrize(
    "text",
    [
        "My son Tom, who is 15, uses a teen profile on my account and the fare was wrong twice. Please check.",
        "Ma fille Léa, qui a 16 ans, prend vos voitures pour le lycée et la facture de mars est fausse.",
    ],
)
def test_a_child_named_with_an_age_and_nothing_done_is_no_report(text):
    assert not screen(text).fired, screen(text).describe()
