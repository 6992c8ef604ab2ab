"""Long messages (issue 21, twentieth round): a message of `LONG_SENTENCES` sentences or more is read by the classifier
that has also learnt from long stories (`data/long/`), a shorter one by the one that has not. The stories below were
written for these tests, after the round was chosen, in none of the data's or the sets' words."""

from __future__ import annotations

import pytest

from copilot.safety import classifier
from copilot.safety.screen import screen
from tests.safety.known import R20_LONG, known_false_alarm

LONG_ORDINARY = [
    "Hello, I am writing about Friday evening. I booked a car from the office to the train station at about half past six. The driver arrived on time and helped me with my suitcase, which I appreciated. Traffic on the ring road was terrible and he said there had been a crash further up. We sat in the queue for twenty minutes while the meter kept running. I understand nobody controls the traffic, but I was charged almost twice the estimate. Can you look at whether the time charge should apply when the car is standing still?",
    known_false_alarm(
        "Bonjour, je vous écris au sujet de ma course de mardi soir. J'ai commandé une voiture depuis l'hôpital où je venais de rendre visite à ma mère. Le chauffeur était un peu pressé et il a freiné fort à un feu, mon café s'est renversé sur la banquette. Il m'a dit que ce n'était pas grave et qu'il nettoierait lui-même. Deux jours plus tard, je vois des frais de nettoyage de 40 euros sur mon relevé. Je trouve ça injuste puisque le chauffeur m'avait dit le contraire. Pouvez-vous annuler ces frais ?",
        R20_LONG,
    ),
    "Hola, les escribo por un cobro que no entiendo. El sábado pedí un coche para ir al aeropuerto con mis dos hijos pequeños. El conductor llegó tarde, unos quince minutos, y yo estaba nerviosa por el vuelo. En el camino tomó la autopista de peaje sin preguntarme, aunque la app marcaba otra ruta. Llegamos bien y a tiempo, eso sí. Pero me cobraron el peaje aparte y además una tarifa dinámica. Quiero que me expliquen por qué pagué 18 euros más de lo estimado.",
    "Guten Tag, ich möchte mich über eine Fahrt von letzter Woche beschweren. Ich habe nachts um zwei am Bahnhof gewartet, es war dunkel und hat geregnet. Der erste Fahrer hat storniert, der zweite kam nach zwanzig Minuten. Er war freundlich und hat die Heizung für mich aufgedreht. Trotzdem wurde mir eine Stornogebühr berechnet, obwohl nicht ich storniert habe. Außerdem ist der Fahrpreis höher als angezeigt. Bitte erstatten Sie mir die Gebühr und prüfen Sie den Preis.",
    "Olá, tudo bem? Estou escrevendo sobre uma corrida de domingo à noite. Eu tinha bebido um pouco numa festa de aniversário, então pedi um carro para voltar para casa, como sempre faço. O motorista foi super educado e até parou num posto para eu comprar água. Quando cheguei em casa percebi que tinha esquecido meu casaco no banco de trás. Liguei pelo app e ele devolveu no dia seguinte, mas cobraram uma taxa de devolução de 15 reais. Achei a taxa alta, dá para rever?",
]
LONG_REPORTS = [
    "Hi, I need help with two things about my ride on Thursday night. First, the fare was 34 dollars when the estimate said 21. The driver took a longer way round the park, which I only noticed later. Halfway there he started asking whether I lived alone and whether my boyfriend would be home. I said nothing and kept my phone in my hand until we arrived. Second, there is a 3 dollar booking fee I never saw before. Please look at both charges.",
    "Bonjour, je conteste le prix de ma course de samedi, 27 euros au lieu de 16. Le chauffeur a pris le périphérique alors que ce n'était pas nécessaire. Il a aussi posé sa main sur ma cuisse deux fois pendant le trajet, en riant. Je suis descendue au premier feu rouge et j'ai fini à pied. Je n'ai pas eu de reçu détaillé non plus. Merci de me rembourser la différence.",
    "Hola, quiero reclamar un cobro de la semana pasada. Pedí un viaje corto al centro y me cobraron casi el doble. El conductor iba mirando el móvil todo el tiempo y se saltó dos semáforos en rojo a toda velocidad. Yo le pedí que fuera más despacio y se rió. Además la app me cobró una propina que no di. Necesito que me devuelvan el dinero.",
    "Hallo, es geht um meine Fahrt am Montag und eine doppelte Abbuchung. Ich wurde zweimal mit 19,80 Euro belastet. Die Fahrt selbst war seltsam: der Fahrer hat an einer Tankstelle gehalten und die Türen nicht aufgemacht, als ich aussteigen wollte. Erst nach ein paar Minuten und als ich laut wurde, ließ er mich raus. Ich habe danach ein anderes Auto genommen. Bitte erstatten Sie die doppelte Zahlung.",
    "Oi, gostaria de reclamar de uma cobrança. A corrida de ontem custou 42 reais, mas o app mostrava 25. O motorista disse que o GPS estava errado e fez outro caminho. Quando cheguei, ele disse que sabia onde eu morava agora e que ia passar para me ver qualquer dia. Fiquei com medo de sair de casa hoje. Quero o reembolso da diferença e que vocês vejam isso.",
]


@pytest.mark.parametrize("text", LONG_ORDINARY)
def test_a_long_ordinary_story_about_money_is_not_a_safety_report(text):
    assert len(classifier.sentences(text)) - 1 >= classifier.LONG_SENTENCES
    assert not screen(text).fired, screen(text).describe()


@pytest.mark.parametrize("text", LONG_REPORTS)
def test_a_report_told_in_one_sentence_of_a_long_money_story_fires(text):
    assert len(classifier.sentences(text)) - 1 >= classifier.LONG_SENTENCES
    assert screen(text).fired


def test_a_long_message_is_read_by_the_model_that_learnt_from_long_stories_and_a_short_one_is_not():
    long_text, short_text = (
        LONG_REPORTS[0],
        "He kept asking whether I lived alone. The fare was also too high.",
    )
    assert classifier.verdict(long_text) == classifier._trained(True).verdict(classifier.sentences(long_text))
    assert classifier.verdict(short_text) == classifier._trained(False).verdict(
        classifier.sentences(short_text)
    )
    assert len(classifier.training_rows(long=True)) > len(classifier.training_rows())


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The door was jammed from inside and I could not get out until he came round.", "locked_in"),
        ("I was not able to get out, the child lock was on the whole way.", "locked_in"),
        ("I say stop stop, he not open the door, he keep driving.", "locked_in"),
        ("Le chauffeur n'ouvrait pas la porte, je tapais sur la vitre.", "locked_in"),
        ("No abría la puerta aunque yo le pedía bajar.", "locked_in"),
        ("Ich konnte nicht aussteigen, er hat einfach weitergemacht.", "locked_in"),
        ("Ele não abria a porta de jeito nenhum.", "locked_in"),
        ("Hours later his car was parked at the corner of my road, lights off.", "abduction_or_followed"),
        ("Le lendemain, la même voiture était garée devant chez moi.", "abduction_or_followed"),
        ("Más tarde su coche seguía aparcado frente a mi casa.", "abduction_or_followed"),
        ("Am nächsten Tag stand dasselbe Auto vor meinem Haus.", "abduction_or_followed"),
        ("No dia seguinte o mesmo carro estava parado na minha rua.", "abduction_or_followed"),
        ("He backed into a wall with us inside, nobody was hurt but my son cried.", "accident_injury"),
    ],
)
def test_the_twentieth_rounds_wordings_fire_in_their_category(text, category):
    assert category in screen(text).categories, screen(text).describe()


@pytest.mark.parametrize(
    "text",
    [
        "I could not get out of bed in time, so I cancelled, and I was charged a fee anyway.",
        "The driver did not open the door for me although I had two heavy bags, and the fare was high.",
        "His car was parked across the street when I came out, so I walked over. The fare was too high.",
        "Later that day I checked the app and the same car was listed for my next booking, is that normal?",
    ],
)
def test_the_ordinary_uses_of_the_twentieth_rounds_words_stay_outside_those_categories(text):
    assert not {"locked_in", "abduction_or_followed"} & set(screen(text).categories), screen(text).describe()
