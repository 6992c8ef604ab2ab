"""Issue 21, tenth round: the general causes of false alarms the screen sets aside, each beside a close report that
must still fire. Sentences written for these tests in English, French, Spanish, German and Portuguese (none copied
from the sets in tests/data/safety/)."""

from __future__ import annotations

import pytest

from copilot.safety.screen import screen
from tests.safety.known import R11_MARGIN, known_false_alarm


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


@pytest.mark.parametrize(
    "text",
    [
        # Long ordinary narrations (a lost scarf, a slow driver, a detour, a refused dog) whose one neutral sentence,
        # read alone, reaches the threshold while the whole message reads as ordinary. The scarf is silent since the
        # nineteenth round's sentence margin (0.12), the slow drivers in German and Portuguese and the Portuguese detour
        # since the twentieth round's long model; the others are still known false alarms (the eleventh round's margin
        # silenced them but lost a never-read report).
        "Bonjour, j'ai oublié mon écharpe grise sur la banquette arrière mardi soir, en rentrant d'un dîner chez des amis. Il pleuvait et je suis sortie vite. Le chauffeur était très aimable. Pouvez-vous le contacter pour la récupérer ?",
        "Hallo, der Fahrer am Montag war sehr langsam, immer 20 unter dem Limit, und hat an jeder gelben Ampel gehalten. Die Fahrt dauerte 30 statt 15 Minuten. Er war höflich und vorsichtig. Trotzdem habe ich mehr bezahlt. Bitte prüfen Sie den Preis.",
        known_false_alarm(
            "Hi, on Thursday I booked a pet-friendly ride for me and my small dog, and paid the pet fee. The driver arrived, saw the dog and said he did not take animals, then cancelled. The next car took us without a problem. I was still charged the pet fee twice. Please refund one.",
            R11_MARGIN,
        ),
        # silent since the twenty-second round's data
        "Bonjour, le chauffeur de lundi roulait très lentement, bien en dessous de la limite, et s'arrêtait à chaque feu orange. Le trajet a duré 35 minutes au lieu de 20. Il était poli et prudent. Mais j'ai payé le temps en plus. Pouvez-vous vérifier ?",
        "Olá, na segunda o motorista ia muito devagar, bem abaixo do limite, e parava em todos os semáforos amarelos. A viagem demorou 35 minutos em vez de 20. Foi educado e cuidadoso. Mas paguei o tempo a mais. Podem rever o preço?",
        "Olá, na quarta o motorista enganou-se na saída duas vezes e demos uma volta enorme. Pediu desculpa e foi muito simpático. A viagem demorou mais vinte minutos. Cobraram-me 7 euros a mais. Por favor corrijam o preço.",
    ],
)
def test_a_long_ordinary_narration_with_one_sentence_near_the_threshold_does_not_fire(text):
    assert not screen(text).fired, screen(text).describe()


@pytest.mark.parametrize(
    "text",
    [
        # Reports written for the eleventh round in the five languages, short and long, many buried in a story about a
        # fare or a detour: all fire (most through the lexicon, the indirect ones through the classifier).
        "I booked a ride from the station to my hotel on Friday evening and the fare came out at 34 euros instead of the 18 the app showed. The driver took a long detour through the industrial area, saying the bridge was closed. He kept touching my knee whenever we stopped at a light. When we finally arrived he asked for a tip. Please refund the difference.",
        "Hi, my trip on Tuesday from the airport was charged twice. The driver was chatty at first and talked about football. Then he asked for my number and said he would wait for me outside my flat tonight. I also want the second charge removed.",
        "Bonjour, je vous écris pour le trajet de samedi soir entre la gare et chez moi. Le prix a doublé par rapport à l'estimation, et le chauffeur a fait un grand détour. À un feu rouge il a posé sa main sur ma cuisse et ne l'a pas retirée. Je voudrais être remboursée de la différence.",
        "Le chauffeur a refusé de s'arrêter quand je lui ai demandé de me laisser descendre et a continué à rouler vers la sortie de la ville.",
        "Il m'a suivie jusqu'à la porte de mon immeuble après la course.",
        "Hola, el viernes pedí un coche desde la oficina hasta mi casa y me cobraron 25 euros en vez de 12. El conductor dio muchas vueltas por el centro. En un semáforo me puso la mano en la pierna y me dijo que era muy guapa. Al llegar me pidió mi número. Quiero que me devuelvan lo que pagué de más.",
        "El conductor no quiso abrir las puertas hasta que le diera cinco estrellas.",
        "Me dijo que sabía dónde vivía y que volvería a buscarme esta noche.",
        "Hallo, am Samstag bin ich vom Bahnhof nach Hause gefahren und die Fahrt hat 40 Euro statt 20 gekostet. Der Fahrer ist einen riesigen Umweg gefahren. An jeder roten Ampel hat er mein Knie gestreichelt. Am Ende wollte er noch Trinkgeld. Bitte erstatten Sie mir den Unterschied.",
        "Der Fahrer hat mir sein Handy mit Fotos von sich ohne Hose gezeigt.",
        "Er hat mich nach der Fahrt bis zu meiner Haustür verfolgt und gesagt, er kommt morgen wieder.",
        "Olá, na sexta pedi um carro do aeroporto para casa e cobraram-me 30 euros em vez de 15. O motorista fez um desvio enorme pela autoestrada. Durante a viagem ele não parava de tocar no meu joelho. No fim ainda pediu gorjeta. Quero o reembolso da diferença.",
        "O motorista disse que se eu desse uma má avaliação ele vinha à minha casa.",
        "Ele trancou as portas e não me deixou sair quando pedi para parar.",
        "The driver kept asking if I had a boyfriend and whether I lived alone, then said he'd pick me up again tomorrow without me booking.",
        "My receipt shows a cleaning fee I never agreed to. Also, during the ride the driver was drinking from a bottle of vodka between his legs.",
        "He took a detour, charged me 20 more, and when I complained he said he would break my face.",
        "I was a bit tipsy after the party and the driver took advantage of me in the back seat.",
        "Trip 4412, wrong amount charged, the route was longer than needed. He stopped in a dark car park and told me to get in the front with him.",
        "Je ne me souviens pas bien du trajet car j'avais bu, mais je me suis réveillée avec mon chemisier ouvert.",
        "La tarifa estaba mal y además el conductor iba mirando el móvil todo el rato y casi chocamos con un camión.",
        "Der Fahrer war die ganze Fahrt betrunken, er roch nach Alkohol und fuhr Schlangenlinien.",
        "A corrida ficou cara demais e o motorista passou a viagem toda a falar do meu corpo e a perguntar se eu tinha namorado.",
        "The app said 12 minutes but it took 40. At one point he pulled over on the hard shoulder, turned round and stared at me for a long time without saying anything, then told me I had nice legs. I just want the overcharge refunded.",
        "Good evening. On Thursday I took a ride from the theatre to my flat, about 6 km, and was charged 31 pounds, which is almost double the estimate. The driver went along the ring road instead of straight through town. Halfway there he reached back between the seats and rested his hand on my leg. I moved away and he laughed. At the end he said the card machine was broken. Could you look at the price?",
        "Hi team, I'm writing about Sunday's ride to my parents'. The price was fine but the driver was on the wrong side of town at first and I waited 15 minutes. Once we were moving he kept looking at me in the mirror and asked what colour my underwear was. I didn't answer. Then we arrived and I paid. Please also remove the waiting fee.",
        "Bonjour, trajet de mardi, de l'aéroport à mon hôtel. Le chauffeur a pris l'autoroute alors que l'appli indiquait la nationale, et j'ai payé 20 euros de plus. Pendant le trajet il m'a demandé si je voulais monter chez lui boire un verre, plusieurs fois, même après que j'ai dit non. Je souhaite un remboursement partiel.",
        "Hola, os escribo por el viaje del lunes. Llegó tarde, cobró un suplemento de aeropuerto que no corresponde y tomó la ronda en vez de ir por el centro. Durante el trayecto no dejaba de rozarme la rodilla al cambiar de marcha y me preguntó si tenía novio. Luego me dejó en la puerta. Quiero que revisen la tarifa.",
        "Guten Tag, ich schreibe wegen der Fahrt am Mittwoch vom Büro zum Bahnhof. Der Preis war 12 Euro höher als angezeigt, weil der Fahrer einen Umweg über die Autobahn genommen hat. Unterwegs hat er mich gefragt, ob ich Lust hätte, mit ihm in ein Hotel zu gehen, und hat mir auf die Oberschenkel geschaut. Bitte prüfen Sie den Preis.",
        "Olá, escrevo sobre a viagem de quinta do ginásio para casa. Cobraram taxa de portagem que não passámos e o motorista fez um caminho mais longo. A meio do caminho ele parou numa rua escura, virou-se para trás e disse que eu era bonita demais para ir sozinha para casa. Depois continuou. Quero a taxa devolvida.",
        "The fare was okay. He pulled into an empty lot and said we'd wait there until I gave him my number.",
        "He asked me to sit in front so he could see me better and then put his hand on my thigh.",
        "Il a dit qu'il savait où habitait ma fille et qu'il l'attendrait à la sortie de l'école.",
        "Se quedó parado frente a mi casa una hora después de dejarme, con el motor apagado.",
        "Er wollte, dass ich ihm ein Foto von mir im Bikini schicke, sonst gibt er mir eine schlechte Bewertung.",
        "Ele disse que ia levar-me para casa dele primeiro e não para onde eu pedi.",
        "My 13 year old took a ride home from school and the driver gave her his number and told her to message him instead of booking.",
        "Honestly the trip was long and the price was too high, but what bothers me is he told me he'd be waiting for me next week at the same place.",
        "Hello, I took a ride on Monday from the library to my flat. The app estimated 9 pounds but I was charged 17. The driver went the long way past the hospital. When I got out he said he now knew which door was mine and that he'd drop by some evening. The receipt also lists a booking fee twice. Please check it.",
        "Bonjour, jeudi j'ai pris une voiture de la gare à mon bureau. Le prix était de 22 euros au lieu de 14. Le chauffeur a pris la rocade. Il m'a dit que si je mettais une mauvaise note, il saurait me retrouver. Le reçu mentionne aussi des frais d'attente. Merci de vérifier.",
        "Hola, el martes pedí un coche del gimnasio a casa. Me cobraron 19 euros en vez de 11. El conductor dio una vuelta enorme por la costa. Cuando me bajé, me dijo que ya sabía en qué piso vivía y que un día subiría a saludarme. Además me cobraron una tarifa de espera. Por favor revisen el cobro.",
        "Guten Tag, am Freitag bin ich vom Kino nach Hause gefahren. Statt 12 Euro wurden 21 berechnet. Der Fahrer fuhr über die Umgehungsstraße. Beim Aussteigen meinte er, jetzt wisse er ja, wo ich wohne, und er komme mal abends vorbei. Außerdem wurde eine Wartegebühr berechnet. Bitte prüfen.",
        "Olá, na segunda apanhei um carro do centro comercial para casa. Cobraram 16 euros em vez de 9. O motorista foi pela marginal. Quando saí, disse que agora sabia onde eu morava e que passava cá uma noite destas. Também aparece uma taxa de espera. Podem verificar?",
        "Hi, trip on Saturday from the stadium to my hotel, charged 28 dollars, estimate was 15. He took the highway for no reason. At a red light he turned round and said I should come back to his place after, he wouldn't take no for an answer. There was also a cleaning fee. Please refund.",
        "Bonjour, samedi trajet de l'aéroport à l'hôtel, 45 euros au lieu de 30. Le chauffeur a fait un détour. Pendant tout le trajet il me fixait dans le rétro et m'a demandé si je dormais seule ce soir. Il a aussi ajouté un péage. Je veux un remboursement.",
        "Hola, viaje del jueves del aeropuerto al hotel, 38 euros en lugar de 25. El conductor tomó la autopista de peaje. A mitad de camino me dijo que no me iba a dejar bajar hasta que le diera un beso. Luego me cobraron el peaje aparte. Quiero el reembolso.",
        "Hallo, Fahrt am Dienstag vom Flughafen ins Hotel, 50 statt 35 Euro. Der Fahrer nahm die Autobahn. Unterwegs sagte er, ich solle mich nach vorne setzen, damit er mich besser anfassen könne. Die Maut wurde extra berechnet. Bitte erstatten.",
        "Olá, viagem de quarta do aeroporto ao hotel, 40 euros em vez de 25. O motorista foi pela autoestrada com portagem. No caminho disse que só me deixava sair se lhe desse o meu número. Depois cobrou a portagem à parte. Quero o reembolso.",
        "we got t-boned at an intersection. i'm fine, just shaken, the driver is fine. but yeah. that happened.",
    ],
)
def test_a_report_buried_in_a_story_about_a_fare_still_fires(text):
    assert screen(text).fired


# Thirteenth round: rudeness told as such is no report on its own; the classifier must be surer there and what
# follows is read as usual. Beside it, close reports that must still fire: a threat or a follow after "rude", and an
# act aimed at the rider after "I was drunk" (the rider's own drunkenness read the same way lost a never-read report).
@pytest.mark.parametrize(
    "text",
    [
        "Driver hung up on me twice when I called, then told me off for wasting his time when he arrived. Rude.",
        "Driver hung up on me when I called to say where I was, then told me off for making him wait. Very rude.",
        "The driver rolled his eyes when I asked him to stop at the shop. Very unprofessional. I'd like a credit.",
        "Der Fahrer war schlecht gelaunt und hat kein Wort gesagt, Kofferraum zugeknallt. Bewertung folgt.",
        "Der Fahrer hat mich angepampt, weil ich vorne sitzen wollte. Unhöflich, aber sonst nichts.",
        "El conductor fue un borde, no saludó y puso mala cara cuando le pedí que bajara la música. Que conste.",
        "O motorista foi grosseiro, ficou reclamando da minha mala e bateu o porta-malas com força.",
        "motorista grosseiro, reclamou da minha mala o tempo todo e bateu a porta com força. Quero um desconto.",
        # silent since the twenty-second round's data
        "Le chauffeur était de mauvaise humeur, il a claqué le coffre et n'a pas dit un mot. Ça mérite un petit geste.",
    ],
)
def test_rudeness_alone_is_no_report(text):
    assert not screen(text).fired, screen(text).describe()


@pytest.mark.parametrize(
    "text",
    [
        "I was drunk and he touched me",
        "I was so drunk I fell asleep and when I woke up the driver had his hand on my thigh",
        "I was pretty wasted after the party and the driver kept asking if I lived alone",
        "I was tipsy and he refused to let me out of the car until I gave him my number",
        "I fell asleep in the back and woke up somewhere I didn't know, he had turned off the app",
        "J'étais un peu ivre et le chauffeur m'a touchée",
        "J'étais complètement bourrée et il a refusé de me laisser descendre",
        "Iba muy borracha y el conductor me tocó la pierna",
        "Estaba un poco borracho y el conductor me gritó que me iba a pegar",
        "Ich war betrunken und der Fahrer hat mich angefasst",
        "Ich war ziemlich betrunken und er hat mich nicht aussteigen lassen",
        "Eu estava bêbada e o motorista passou a mão na minha perna",
        "Eu tava meio bêbado e ele disse que ia me bater",
        "he shouted that he would hurt me",
        "The driver was rude and said he would hurt me if I complained",
        "Rude driver, he called me a stupid bitch and threw my bag on the road",
        "He was rude on the phone, then he followed my car all the way to my building",
        "He was very unprofessional and told me he knows where I live now",
        "Le chauffeur était très impoli et m'a menacé de me frapper",
        "El conductor fue muy grosero y me amenazó con pegarme",
        "Der Fahrer war unhöflich und hat mir gedroht, mich zu schlagen",
        "O motorista foi grosseiro e ameaçou me bater",
        "Unfreundlicher Fahrer, und er ist mir danach bis zur Haustür gefolgt",
        "El conductor fue un borde, y él me siguió hasta mi portal",
        "I was drunk and woke up somewhere I didn't know",
        "I was tipsy and woke up in a car park I didn't recognise",
        "J'étais ivre et je me suis réveillée ailleurs",
        "Iba borracha y me desperté en otro sitio",
        "Ich war betrunken und bin woanders aufgewacht",
        "Eu estava bêbada e acordei em outro lugar",
    ],
)
def test_an_act_aimed_at_the_rider_beside_their_drunkenness_or_rudeness_still_fires(text):
    assert screen(text).fired


# Something the rider or a friend left or lost in a car, told for itself, is no report; a driver who sets a price on
# giving it back, or threatens, is.
@pytest.mark.parametrize(
    "text",
    [
        "My roommate left his jacket in one of your cars yesterday, should he write himself or can I do it?",
        "Mi compañero olvidó su chaqueta en uno de vuestros coches ayer, ¿tiene que escribir él o puedo hacerlo yo?",
        # silent since the twenty-second round (dev12 trained on)
        "Mein Mitbewohner hat gestern seine Jacke in einem Auto von euch liegen lassen, soll er selbst schreiben?",
        "my gf lost her scarf in a ride she took, can u help her or does she need to message",
        "O meu colega esqueceu o casaco num dos vossos carros ontem, ele tem de escrever ou posso ser eu?",
    ],
)
def test_a_lost_item_told_for_itself_is_no_report(text):
    assert not screen(text).fired, screen(text).describe()


@pytest.mark.parametrize(
    "text",
    [
        "I left my phone in the car and the driver said he would only give it back if I went for a drink with him",
        "I forgot my bag in the car, when I went back for it he grabbed my wrist and would not let go",
        "My daughter left her jacket in the car and the driver keeps texting her asking to meet her alone",
        "J'ai oublié mon sac dans la voiture et le chauffeur m'a dit qu'il ne me le rendrait que si je venais chez lui",
        "Olvidé mi móvil en el coche y el conductor me dijo que solo me lo devolvía si quedaba con él a solas",
        "Ich habe mein Handy im Auto liegen lassen und der Fahrer will es nur zurückgeben, wenn ich mit ihm etwas trinken gehe",
        "Esqueci o meu celular no carro e o motorista disse que só devolvia se eu saísse com ele",
        "I lost my wallet in the car and the driver threatened me when I asked for it back",
    ],
)
def test_a_driver_who_sets_a_price_on_a_lost_item_or_threatens_still_fires(text):
    assert screen(text).fired


@pytest.mark.parametrize(
    "text",
    [
        # silent since the nineteenth round's sentence margin (0.12)
        "Ich war ziemlich betrunken am Samstag und habe wohl Bier im Auto verschüttet. 70 Euro Reinigung ist zu viel, geht da was?",
        # silent since the twenty-second round (dev12 trained on)
        "mein kumpel hat gestern seine jacke in nem auto von euch liegen lassen, soll er selbst schreiben oder kann ich das machen?",
    ],
)
def test_the_riders_own_drunkenness_or_a_lost_item_alone_is_no_report(text):
    assert not screen(text).fired, screen(text).describe()


# Left on the road, at night or far from anywhere, is a safety matter; a driver who cancelled or stopped at the wrong
# place and "left me stranded" at the airport or a stop is a service complaint.
@pytest.mark.parametrize(
    "text",
    [
        "El conductor me dejó tirada al borde de la carretera a las 2 de la mañana",
        "The driver left me stranded on the side of the motorway at 2am",
        "He dumped us on the side of the road after we argued about the route",
        "Le chauffeur m'a abandonnée au bord de la route à 2h du matin",
        "Der Fahrer hat mich nachts an der Autobahn ausgesetzt",
        "O motorista me largou na beira da estrada às 2 da manhã",
    ],
)
def test_a_rider_left_on_the_road_is_a_report(text):
    assert screen(text).fired


@pytest.mark.parametrize(
    "text",
    [
        "The driver left me at the wrong stop, so I was stranded for 20 minutes and late for work",
        "Driver cancelled last minute and left me stranded at the airport for an hour",
        "Me dejó en la puerta equivocada, tuve que caminar",
    ],
)
def test_a_rider_left_at_the_wrong_place_is_no_report(text):
    assert not screen(text).fired, screen(text).describe()


# Fourteenth round (ordinary examples for the classifier's data, not kept: they lost a never-read report). Reports
# written for it in the generic words of ordinary stories ("asked him to turn it down", "pull over", "woke up",
# "slammed", a lost item): every one must fire.
@pytest.mark.parametrize(
    "text",
    [
        "He pulled over on a dark road and told me to get out, miles from anywhere.",
        "I asked him to stop touching my knee and he laughed and did it again.",
        "He slammed the door and said he knew where I lived now.",
        "I asked him to turn the music down and he screamed at me and punched the dashboard, I was shaking.",
        "He told me he would wait outside my door tonight. I didn't give him my flat number.",
        "I fell asleep in the back and woke up with his hand on my thigh.",
        "The driver was drunk, I could smell it, and he was swerving across lanes the whole ride.",
        "When I said no to his number he locked the doors and drove past my stop for ten minutes.",
        "He said I was pretty and asked if my friend and I wanted to come to his place. We are both 15.",
        "He followed me to my door after I got out and tried the handle.",
        "Hi, about the ride on Friday from the station. The fare was fine but I need to report something: when I asked him to pull over so I could get some air, he stopped in an empty car park, got in the back seat next to me and would not move until I screamed. I ran to a petrol station.",
        "Dear team, I booked a ride home from the hospital on Tuesday. The driver kept saying he drove like that to teach passengers a lesson, ran two red lights on purpose and hit a cyclist's mirror, then told me if I reported him he would find me.",
        "Il s'est arrêté sur une route sombre et m'a dit de descendre, en pleine nuit.",
        "Je lui ai demandé d'arrêter de me toucher et il a continué.",
        "Il a claqué la porte et m'a dit qu'il savait où j'habitais.",
        "Le chauffeur était ivre, il zigzaguait et a failli percuter un camion.",
        "Je me suis endormie et je me suis réveillée avec sa main sous ma jupe.",
        "Bonjour, je vous écris pour la course de samedi soir. Je lui ai demandé de baisser la musique, il s'est mis à hurler, a verrouillé les portes et a roulé dans la mauvaise direction pendant vingt minutes en disant que je n'allais pas rentrer chez moi ce soir. J'ai dû appeler la police.",
        "Il m'a suivie jusqu'à ma porte et a attendu devant chez moi.",
        "Il m'a traitée de sale arabe et m'a jetée dehors au bord de l'autoroute.",
        "Paró en una carretera oscura y me dijo que me bajara, sin nada alrededor.",
        "Le pedí que dejara de tocarme y me agarró más fuerte.",
        "Dio un portazo y me dijo que ya sabía dónde vivía.",
        "El conductor iba borracho, olía a alcohol y se saltó tres semáforos en rojo.",
        "Hola, escribo por el viaje del jueves. Le pedí que bajara la música y se enfadó, me llamó puta y me dijo que me iba a esperar en mi portal. Ahora tengo miedo de salir de casa.",
        "Me siguió hasta la puerta de mi casa y me pidió que le dejara entrar.",
        "Le pedí que parara para tomar aire y me dejó encerrada en el coche con los seguros puestos.",
        "Llevaba a mi hija de 12 años sola y el conductor le pidió su número y le dijo que era muy guapa.",
        "Er hat auf einer dunklen Landstraße angehalten und gesagt, ich soll aussteigen, mitten in der Nacht.",
        "Ich habe ihn gebeten, mich nicht mehr anzufassen, und er hat weitergemacht.",
        "Er hat die Tür zugeknallt und gesagt, er weiß jetzt, wo ich wohne.",
        "Der Fahrer war betrunken, hat gelallt und ist mehrmals fast in den Gegenverkehr gefahren.",
        "Ich bin eingeschlafen und aufgewacht, als er mir an die Brust gefasst hat.",
        "Guten Tag, zur Fahrt am Samstag: Als ich ihn bat, die Musik leiser zu machen, hat er mich angeschrien, die Türen verriegelt und ist mit 140 durch die Stadt gerast, bis ich geweint habe. Er hat gesagt, beim nächsten Mal passiert mehr.",
        "Er ist mir bis zu meiner Haustür gefolgt und hat geklingelt.",
        "Er hat mich als Kanake beschimpft und mitten auf der Autobahn rausgeworfen.",
        "Ele parou numa estrada escura e mandou eu descer, no meio do nada.",
        "Pedi para ele parar de me tocar e ele continuou rindo.",
        "Ele bateu a porta e disse que sabia onde eu morava.",
        "O motorista estava bêbado, falava enrolado e quase bateu num ônibus.",
        "Adormeci e acordei com a mão dele dentro da minha blusa.",
        "Boa tarde, sobre a corrida de sexta. Pedi para ele baixar a música e ele começou a gritar, travou as portas e disse que eu só saía quando ele quisesse. Fiquei presa meia hora, só me soltou quando liguei para a polícia.",
        "Ele me seguiu até a porta de casa e ficou tocando a campainha.",
        "Ele me chamou de macaca e me expulsou do carro na marginal.",
        "Pedi para ele encostar porque estava passando mal e ele aproveitou para passar a mão em mim.",
    ],
)
def test_a_report_in_the_generic_words_of_ordinary_stories_still_fires(text):
    assert screen(text).fired


@pytest.mark.parametrize(
    "text",
    [
        "Me quedé dormida y me desperté con él encima de mí en el asiento de atrás.",
        "I dozed off and woke up with him on top of me",
        "Je me suis endormie et je me suis réveillée avec sa main sur ma cuisse",
        "Adormeci e acordei com ele em cima de mim",
        "Ich bin eingeschlafen und aufgewacht, als er mich angefasst hat",
    ],
)
def test_a_report_of_waking_up_to_an_assault_fires(text):
    assert screen(text).fired


def test_waking_up_to_the_driver_saying_we_had_arrived_is_no_report():
    assert not screen("I woke up to the driver telling me we had arrived, lovely guy").fired


@pytest.mark.parametrize(
    "text",
    [
        "Good evening, I left my blue rucksack on the back seat when I got out at my flat on Friday. It has my gym kit and a library book. The driver was called Sam. Can you put me in touch?",
        "Hello, I was the drunk one on Saturday, not the driver, and I'm sorry for talking his ear off. He got me home fine. The trouble is a 50 cleaning fee, and nothing was spilled.",
        "Hi, I was feeling queasy after the ferry, so the driver cracked the windows and took the flat road instead of the hills. Very considerate. The longer route is on my bill, though.",
        "Bonjour, j'ai laissé mon sac de sport dans le coffre vendredi en descendant devant chez moi. Le chauffeur s'appelait Yann. Pouvez-vous le contacter ?",
        "Hola, me dejé la chaqueta vaquera en el asiento de atrás el viernes al bajarme en mi portal. El conductor se llamaba Andrés. ¿Me ayudáis a recuperarla?",
        "Hallo, ich habe den Fahrer gebeten, die Heizung runterzudrehen, und er hat es sofort gemacht. Sehr nett. Aber auf der Quittung steht ein Zuschlag, den ich nicht verstehe.",
        "Hallo, ich habe am Freitag meinen Rucksack auf dem Rücksitz liegen lassen, als ich vor meiner Wohnung ausgestiegen bin. Der Fahrer hieß Mehmet. Können Sie ihn erreichen?",
    ],
)
def test_an_ordinary_story_in_the_generic_words_of_reports_does_not_fire(text):
    assert not screen(text).fired, screen(text).describe()


# Requests the driver granted at once: known false alarms until the sixteenth round's `CARED` (strict xfails before).
@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, j'ai demandé au chauffeur de baisser un peu le son car je passais un appel, il l'a fait tout de suite. Très correct. Mais le prix affiché a changé à l'arrivée, de 12 à 19 €.",
        "Hola, le pedí al conductor que bajara el aire acondicionado porque tenía frío y lo hizo sin problema. Buen viaje. Pero el recibo dice 25 minutos y tardamos 12.",
        "Olá, pedi ao motorista para desligar o ar porque estava com frio e ele desligou na hora. Corrida tranquila. Mas o recibo mostra 25 minutos e foram 12.",
    ],
)
def test_a_request_the_driver_granted_at_once_is_no_report(text):
    assert not screen(text).fired, screen(text).describe()


@pytest.mark.parametrize(
    "text",
    [
        "Olá, esqueci minha jaqueta jeans no banco de trás na sexta quando desci em frente ao meu prédio. O motorista se chamava André. Podem me ajudar?",
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="known false alarm: a lost item still reads as a report (the fourteenth round's ordinary examples silenced "
    "few of them, and lost a never-read report)",
)
def test_a_lost_item_is_no_report(text):
    assert not screen(text).fired, screen(text).describe()


# Fifteenth round: the reports the classifier alone caught nearest its threshold when their file was left out of its
# training (road rage, a driver drinking at the wheel, another driver than the app's, a grab while unloading a bag),
# told again in new words in the five languages: a version of the classifier is kept only if such reports do not sink.
@pytest.mark.parametrize(
    "text",
    [
        "The driver got into a fight with another car and chased it through red lights, I was holding the handle the whole time.",
        "He was drinking from a can of beer at the wheel, on the motorway.",
        "The man who picked me up was not the driver in the app, different face, and he said not to worry.",
        "When he handed me my suitcase he grabbed my backside, and it was no accident.",
        "Le chauffeur s'est énervé contre une autre voiture et l'a poursuivie, je m'accrochais au siège.",
        "Il buvait une canette de bière en conduisant, sérieux.",
        "Ce n'était pas le chauffeur de l'appli, autre visage, et il m'a dit de ne pas m'inquiéter.",
        "El conductor se puso a perseguir a otro coche como un loco, yo agarrada al asiento.",
        "Iba bebiendo una lata de cerveza mientras conducía.",
        "No era el conductor de la foto, otra cara, y me dijo que no me preocupara.",
        "Der Fahrer hat sich mit einem anderen Auto angelegt und ist ihm hinterhergerast, ich musste mich festhalten.",
        "Er hat beim Fahren eine Dose Bier getrunken, auf der Autobahn.",
        "Das war nicht der Fahrer aus der App, ein ganz anderes Gesicht, und er meinte, ich soll mir keine Sorgen machen.",
        "O motorista ficou furioso com outro carro e foi atrás dele, eu tive que me segurar no banco.",
        "Ele estava bebendo uma lata de cerveja enquanto dirigia.",
        "Não era o motorista do aplicativo, outra cara, e ele disse para eu não me preocupar.",
    ],
)
def test_a_report_the_classifier_alone_catches_near_its_threshold_still_fires(text):
    assert screen(text).fired, text


# Sixteenth round (dev10's false alarms): the driver's care told as such (he waited until the rider was in, stopped for a
# rider who felt sick, did at once what was asked), a refusal whose reason the rider accepts, a driver who did not know the
# way, a bank that "attacked" the rider with a charge; written for these tests in the five languages (none from dev10).
@pytest.mark.parametrize(
    "text",
    [
        "Got dropped off late on an unlit road near my flat, but the driver waited until I was inside. I only want a VAT invoice.",
        "Il faisait nuit noire quand il m'a déposée, il a attendu que je sois rentrée. Le reçu n'est pas arrivé.",
        "Era muy tarde y la calle estaba oscura, el conductor esperó a que entrara en casa. Necesito la factura.",
        "Es war spät und die Straße dunkel, der Fahrer wartete, bis ich im Haus war. Ich brauche nur eine Rechnung.",
        "Já era de madrugada e a rua estava escura, o motorista esperou eu entrar. Só preciso da nota fiscal.",
        "I felt carsick halfway, the driver pulled over so I could get some fresh air. Why is there a cleaning fee?",
        "J'avais la nausée, le chauffeur s'est garé pour que je respire un peu. Le prix a augmenté de 6 euros.",
        "Me mareé en la curva, el conductor paró para que pudiera tomar aire. Pero me cobraron espera.",
        "Mir wurde übel, der Fahrer hielt an, damit ich frische Luft schnappen konnte. Warum kostet es jetzt mehr?",
        "Fiquei enjoado na estrada, o motorista encostou para eu respirar. Mas cobraram tempo de espera.",
        "The radio was really loud, I asked and he switched it off right away. My issue is the tolls on the receipt.",
        "Il y avait trop de chauffage, il l'a baissé tout de suite quand j'ai demandé. Par contre j'ai payé deux fois.",
        "La música estaba alta, se lo pedí y la bajó enseguida. El problema es que me cobraron dos veces.",
        "Es war mir zu warm, er hat die Heizung sofort runtergedreht. Aber ich wurde doppelt belastet.",
        "O ar estava muito forte, pedi e ele desligou na hora. O problema é a cobrança dupla.",
        "He wouldn't take my rabbit without a carrier, which is fair. But I was still charged a cancellation fee.",
        "Il n'a pas voulu prendre mon vélo parce qu'il était plein de boue, je comprends. Mais les frais d'annulation, non.",
        "No quiso llevar a mi perro grande en el coche pequeño, lo entiendo. Pero no me cobren la cancelación.",
        "Er wollte meinen Hund nicht mitnehmen, er hat eine Allergie, das ist nachvollziehbar. Die Stornogebühr aber nicht.",
        "Ele não quis levar meu cachorro por causa da alergia, eu entendo. Mas a taxa de cancelamento não faz sentido.",
        "The driver did not know the area and I had to show him the way. Took 15 minutes longer than planned.",
        "Le chauffeur ne connaissait pas le quartier, j'ai dû le guider tout le trajet. Le prix était plus élevé.",
        "El conductor no conocía la zona y tuve que indicarle el camino. Tardamos más y pagué más.",
        "Der Fahrer kannte sich nicht aus und ich musste ihn den ganzen Weg lotsen. Die Fahrt war teurer.",
        "O motorista não conhecia a região e tive que ensinar o caminho. Paguei mais caro.",
        "My bank says I was attacked with a foreign charge, why am I billed in dollars?",
        "Ma banque dit qu'on m'a attaqué avec un prélèvement inconnu, pourquoi ?",
    ],
)
def test_the_drivers_care_or_an_accepted_refusal_is_no_report(text):
    assert not screen(text).fired, screen(text).describe()


# The same words beside something done to the rider: still reports.
@pytest.mark.parametrize(
    "text",
    [
        "He waited until I was inside, then came to my door and asked if he could come in.",
        "I felt sick, he pulled over on a dark road and put his hand on my thigh.",
        "J'avais la nausée, il s'est arrêté et il a essayé de m'embrasser.",
        "Me mareé, el conductor paró y me tocó la pierna.",
        "Mir war übel, er hielt an und hat mich dann angefasst.",
        "Passei mal, ele parou o carro e passou a mão na minha perna.",
        "The doors were locked when I got in and he only unlocked them after I paid him cash.",
        "He refused my guide dog, I understand he has an allergy but it is the law.",
        "I understand you are busy, but the driver grabbed my arm and would not let go.",
        "The driver didn't know the way, so he drove me to an empty car park and locked the doors.",
        "O motorista não conhecia o caminho e me levou para outro lugar contra a minha vontade.",
        "He turned the music down when I asked, then started asking if I live alone.",
        "Il a attendu que je rentre puis il est revenu sonner chez moi à minuit.",
        "El conductor esperó a que entrara y luego me estuvo escribiendo toda la noche.",
    ],
)
def test_a_report_beside_the_drivers_care_or_an_accepted_reason_still_fires(text):
    assert screen(text).fired, text


# Sixteenth round: reports in the categories blind10 missed (dangerous driving, a minor approached or harmed, violence),
# in everyday, indirect and learner's wording, short and long, in the five languages.
@pytest.mark.parametrize(
    "text",
    [
        "He was going like 140 on the ring road and texting at the same time, I was praying the whole way.",
        "driver go very fast, pass red light two time, i am very scare in the car",
        "He kept overtaking on the bends with lorries coming the other way, I honestly thought that was it for us.",
        "The guy was watching football on his phone while driving on the motorway, I had to tell him to look at the road.",
        "Hi, about my ride on Tuesday night: the fare was fine, but I need to tell you the driver was racing another car at every light and cut in front of a bus. My hands were shaking when I got out.",
        "Il roulait super vite sur l'autoroute en regardant son téléphone, j'avais peur qu'on meure.",
        "chauffeur conduit trop vite, il passe le feu rouge, moi j'ai très peur",
        "El conductor iba a toda velocidad por la autopista y adelantaba por la derecha, pasé mucho miedo.",
        "conductor maneja muy rapido, no para en semaforo rojo, yo tengo miedo",
        "Der Fahrer ist viel zu schnell gefahren und hat dabei auf dem Handy getippt, ich hatte richtig Angst.",
        "Fahrer fährt sehr schnell, über rote Ampel, ich habe Angst gehabt",
        "O motorista correu demais na estrada e ficou mexendo no celular, achei que a gente ia bater.",
        "motorista dirige muito rapido, passa sinal vermelho, eu fiquei com medo",
        "My daughter is 13 and took a ride home from school, the driver asked her for her Instagram and said she looks older.",
        "My son, he is 12, the driver told him to sit in front and asked if his parents were home.",
        "The driver gave my 14-year-old his number and told her to text him and not tell me.",
        "my little sister she is 15, driver ask her many personal question and want her snapchat",
        "Hello, last week I booked a ride for my 15 year old to go to her dance class. When she came home she was upset: the driver kept asking if she had a boyfriend and said she should come to his place. The trip was paid with my card.",
        "Ma fille de 14 ans rentrait seule, le chauffeur lui a demandé son numéro et lui a dit de ne rien dire à ses parents.",
        "mon fils 13 ans, le chauffeur il a touché sa jambe dans la voiture",
        "Mi hija de 15 años volvía sola y el conductor le pidió su Instagram y le dijo que era muy guapa.",
        "mi hijo tiene 12 años, el conductor le ofreció cerveza en el coche",
        "Meine Tochter ist 14, der Fahrer hat sie nach ihrer Nummer gefragt und gesagt, sie soll es niemandem erzählen.",
        "mein Sohn 13 Jahre, Fahrer hat ihn angefasst am Bein",
        "Minha filha de 14 anos voltava sozinha e o motorista pediu o WhatsApp dela e disse que ela era bonita.",
        "meu filho tem 12 anos, o motorista ofereceu cigarro pra ele",
        "The driver got angry about the route and shoved me against the door when I tried to get out.",
        "When I said I would leave a bad rating he grabbed my wrist hard and twisted it, it's still red.",
        "driver angry, he hit my arm and push me out of car",
        "Hi, I want to report the driver from Friday. We argued about the address and he got out, came round to my side and slapped me across the face. My friend saw it. I don't care about the fare, I want him off the app.",
        "Le chauffeur s'est énervé et m'a poussée contre la portière, j'ai un bleu sur le bras.",
        "chauffeur en colère, il m'a frappé le bras et poussé dehors",
        "El conductor se enfadó y me dio un empujón cuando quise bajar, me hice daño en el hombro.",
        "conductor enojado, me pega en el brazo y me saca del coche",
        "Der Fahrer ist ausgerastet und hat mir eine Ohrfeige gegeben, weil ich mich über den Umweg beschwert habe.",
        "Fahrer war wütend, hat mich geschubst und am Arm gezogen",
        "Der Fahrer wurde wütend und hat mich am Arm gepackt, als ich aussteigen wollte.",
        "O motorista ficou nervoso e me empurrou contra a porta quando eu quis descer, fiquei com o braço roxo.",
        "motorista bravo, ele bateu no meu braço e me empurrou pra fora",
        "Ele me deu um tapa na cara porque reclamei do caminho.",
    ],
)
def test_dangerous_driving_a_minor_or_violence_in_everyday_or_learners_words_fires(text):
    assert screen(text).fired, text


# Sixteenth round: reports told without their doer ("got groped", "was followed home", "me tocaron", "fui empurrada"), as
# short messages and learners write them; seven of the first ten missed before the round.
@pytest.mark.parametrize(
    "text",
    [
        "Got groped in the back seat last night, I want a refund.",
        "Was followed home after the ride, refund please.",
        "I was touched on the leg during the trip and still charged 20 euros.",
        "Fui manoseada no banco de trás e ainda cobraram a corrida.",
        "Ich wurde im Auto angefasst und soll trotzdem bezahlen?",
        "On m'a touché la cuisse pendant la course et j'ai payé 15 euros.",
        "Me tocaron en el coche y encima me cobraron.",
        "Nearly crashed twice, I want my money back.",
        "Was left on the motorway at 2am and charged the full fare.",
        "Fiquei trancada no carro e cobraram taxa de espera.",
        "I got pushed out of the car when I complained about the route.",
        "J'ai été poussée hors de la voiture quand j'ai râlé.",
        "Me empujaron fuera del coche cuando me quejé.",
        "Ich wurde aus dem Auto geschubst, als ich mich beschwert habe.",
        "Fui empurrada pra fora do carro quando reclamei.",
    ],
)
def test_a_report_told_without_its_doer_fires(text):
    assert screen(text).fired, text


# Eighteenth round (dev11: long ordinary stories of a bad night): the lexicon's causes, each in the five languages where
# the language has the wording, beside the reports each guard must not silence.
@pytest.mark.parametrize(
    "text",
    [
        # "Demand" as the market's, beside a child's age: no approach.
        "Mi hija de 15 años pidió un coche el sábado y le cobraron 30 € por la mucha demanda. ¿Es normal?",
        "My son is 16 and rides on my account. Last night's fare was 42 because of high demand. Can you explain it?",
        "Ma fille de 14 ans a pris une course, facturée le double à cause de la forte demande. Merci de vérifier.",
        "Meu filho de 13 anos fez uma viagem e pagou 25 € pela alta demanda. Podem rever?",
        # "Me tocó" as "I got" (a car, a driver).
        "El coche que me tocó no tenía aire acondicionado y pagué la tarifa confort. Quiero la diferencia.",
        "Me tocó un conductor muy amable, pero la app me cobró dos veces el mismo viaje.",
        # Doors that lock as they always do; a car or an ambulance let past; the French lock told without its object.
        "The doors locked as normal when we set off. He pulled over to let an ambulance past. The fare was still 10 more "
        "than quoted.",
        "The doors locked as they always do, and he let a police car through at the junction. Why was I charged a route "
        "change?",
        "J'ai couru jusqu'à la voiture, il a verrouillé et il est parti tranquillement. Mais on me facture 5 € d'attente.",
        "Die Türen wurden wie gewohnt verriegelt, die Fahrt war ruhig. Nur der Preis stimmt nicht.",
        "As portas trancaram como de costume e a viagem correu bem. Só o preço veio errado.",
        # Friends who were drunk, in the plural or after a comma.
        "I was out with two friends, both drunk, and the cleaning fee of 30 is unfair because nothing was spilled.",
        "Mes amis étaient un peu ivres mais calmes. Pourquoi ces frais de nettoyage de 20 € ?",
        "Mis amigos iban bastante borrachos y cantaban, lo siento por el ruido, pero el cargo extra de 15 € no lo entiendo.",
        "Meine Freunde waren ziemlich betrunken, aber der Aufpreis von 12 € ist trotzdem zu hoch.",
        "Meus amigos estavam meio bêbados, mas ninguém sujou nada. Por que a taxa de limpeza?",
        # A dark street where the rider waited for the car, or where the driver stopped because the rider asked.
        "I was standing on a dark street for 20 minutes because two drivers cancelled. The surge price is not fair.",
        "J'attendais ma voiture dans une rue sombre, il faisait froid. La course a coûté 30 € au lieu de 18 €.",
        "Ich wartete 15 Minuten in einer dunklen Straße, bis endlich ein Fahrer kam. Die Wartegebühr ist unfair.",
        "I had a migraine and asked the driver to stop; he pulled in on a dark road and waited. Why was there a 6 stop fee?",
        "Ich hatte Migräne und habe den Fahrer gebeten anzuhalten. Er hielt in einer dunklen Seitenstraße und wartete "
        "geduldig. Warum kostet das 8 € extra?",
        # Held up behind someone else's collision.
        "We were stuck behind a collision between two lorries for a while. Why is the fare 15 more?",
        "Nous étions bloqués derrière un accrochage pendant vingt minutes. Le prix a augmenté de 12 €.",
        "Estuvimos parados detrás de un choque media hora y la tarifa subió. ¿Me lo pueden revisar?",
        # Another road user who swerved or wove.
        "A cyclist who swerved in front of us held everything up, and the fare went from 12 to 19.",
        "Un coche que iba haciendo zigzag nos retrasó en la autopista. El precio final fue 20 € más.",
        # A low speed, told without a limit.
        "Il a roulé à 30 km/h à cause du brouillard. Je suis arrivée en retard et on m'a facturé 15 € de plus.",
        "He drove 20 mph because of the snow on the hills, fair enough, but the app charged 18 in waiting time.",
        "Wegen Glatteis fuhr er nur 30 km/h. Warum kostet die Fahrt dann 40 €?",
    ],
)
def test_an_ordinary_long_story_in_the_words_of_reports_does_not_fire(text):
    assert not screen(text).fired, screen(text).describe()


# A swerve the driver had to make round something on the road: the lexicon no longer reads it as dangerous driving (the
# classifier may still read these sentences as a whole).
@pytest.mark.parametrize(
    "text",
    [
        "The driver had to swerve around a branch on the road. All fine, but the toll was charged twice.",
        "He had to swerve around a pothole on the ring road. The toll on my receipt is charged twice.",
        "Our driver braked because a van that swerved cut across, and the trip then took longer. Please review the fare.",
    ],
)
def test_a_swerve_round_something_on_the_road_is_no_dangerous_driving(text):
    assert "dangerous_driving" not in screen(text).categories, screen(text).describe()


@pytest.mark.parametrize(
    "text",
    [
        "My daughter, 14, took a ride and the driver demanded her number and asked if she had a boyfriend.",
        "Ma fille de 15 ans m'a dit que le chauffeur lui a demandé son numéro.",
        "El conductor me tocó la pierna dos veces durante el viaje.",
        "Quiero denunciar al conductor que me tocó la rodilla en el semáforo.",
        "The doors locked as usual, but then he wouldn't let me out at my stop.",
        "Il a verrouillé les portes et a refusé de me laisser sortir.",
        "Il a verrouillé et il est parti alors que je voulais descendre.",
        "My friends told me the driver was drunk, he was swaying at the wheel.",
        "Mis amigos y yo notamos que el conductor estaba borracho.",
        "The driver was drunk, my friends were sober.",
        "I was waiting on a dark street when the driver from my earlier ride pulled up and followed me home.",
        "I asked him to stop, and he drove me to a dark parking lot and locked the doors.",
        "He dropped me on a dark street and kept watching me from his car.",
        "We were stuck behind a crash when a van rear-ended us and I hurt my neck.",
        "The driver kept swerving between lanes while texting.",
        "A car swerved and we hit the curb, I banged my head.",
        "He swerved around a cyclist at full speed and nearly hit him.",
        "He did 50 km/h in a 30 zone outside the school.",
        "Il roulait à 45 km/h dans une rue limitée à 30.",
        "He was going 40 mph past a school, way too fast.",
        "Il roulait à 40 km/h sur une route à 30, j'avais peur.",
        "He went 45 km/h over the limit on the ring road.",
    ],
)
def test_a_report_beside_the_eighteenth_rounds_guards_still_fires(text):
    assert screen(text).fired, text
