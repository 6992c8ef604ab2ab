"""What the safety screen looks for, per category, in English, French, Spanish, German and Portuguese.

Each category is a list of case-insensitive patterns over the message with its whitespace flattened;
the first that matches names the category and the words. Built from the kinds of wording riders use
(tests/data/safety/dev.jsonl); the held-out test.jsonl is never read while changing this file.
"""

from __future__ import annotations

import regex as re


def _p(*alternatives: str) -> re.Pattern:
    return re.compile(r"(?i:" + "|".join(alternatives) + r")")


ME = r"(?:me|my|mine|us|our)"
DRIVER = r"(?:driver|he|she|they|the guy|the man|chauffeur|conductor|chofer|chófer|fahrer|motorista)"
KID = (
    r"(?:son|daughter|kid|child|sister|brother|niece|nephew|stepson|stepdaughter|grandson|granddaughter"
    r"|fils|fille|hijo|hija|sohn|tochter|filho|filha|sobrinh[oa]|irm[ãa]o?|hermanit[oa]|schwester|bruder)"
)
AGE = r"(?:\(?\s*(?:[5-9]|1[0-7])\s*\)?|(?:[5-9]|1[0-7])\s*(?:yo|y/o|yrs?|years?(?:[- ]old)?|ans|años|jahre|anos)\b)"

CATEGORIES: dict[str, list[re.Pattern]] = {
    "sexual": [
        _p(
            r"\b(?:touch(?:ed|ing)?|grop(?:ed|ing)|strok(?:ed|ing)|rubb(?:ed|ing)|grabb(?:ed|ing)|put his hand|hand on)"
            r"\s+(?:\w+\s+){0,3}(?:my|her)\s+(?:knee|leg|thigh|butt|bum|bottom|breast|chest|waist|crotch|lap|hair)",
            r"\bhand on (?:my|her) (?:knee|leg|thigh|butt|lap)",
            r"\b(?:tried to|wanted to|wanna) kiss",
            r"\bkiss(?:ed)? me\b",
            r"\bsexual\w*|\bsexy\b|\bporn\w*|\bnude\w*|\bnaked\b|\bobscen\w*|\bmasturbat\w*|\bexposed himself",
            r"\b(?:comments?|remarks?|talk(?:ed|ing)?)\s+(?:\w+\s+){0,3}about (?:my|her) (?:body|breasts?|chest|legs|"
            r"ass|butt|figure|looks)",
            r"\bbikini\b|\bunderwear\b|\blingerie\b|\bbra\b",
            r"\blet him join\b|\bhook ?up\b|\bsleep with (?:him|me)\b|\bgood time with him\b",
            # French
            r"\bm'a (?:touch[ée]e?|caress[ée]e?|tripot[ée]e?|embrass[ée]e?)|\bmain sur (?:ma|mes) (?:cuisse|jambe|genou)",
            r"\bsous-v[êe]tements\b|\bmes seins\b|\bmon corps\b|\bsexuel\w*|\bobsc[èe]ne",
            # Spanish
            r"\bme (?:toc[óo]|manose[óo]|acarici[óo]|bes[óo])\b|\btocarme\b|\bmi cuerpo\b|\bpasar un buen rato\b",
            r"\bunas piernas\b|\bmis pechos\b|\bsexual\w*|\bobscen\w*",
            # German
            r"\b(?:angefasst|begrapscht|betatscht|gestreichelt|geküsst)\b|\ban den (?:po|hintern|oberschenkel)\b",
            r"\bsexuell\w*|\bbrüste\b|\bunterwäsche\b",
            # Portuguese
            r"\bpassando a m[ãa]o\b|\bme (?:tocou|apalpou|agarrou|beijou)\b|\bcoisas obscenas\b|\bmeu corpo\b",
            r"\bsexual\w*|\bcalcinha\b|\bseios\b",
        )
    ],
    "minor": [
        _p(
            r"\b(?:my|our|her|his|mon|ma|mi|mein[e]?[mn]?|meu|minha)\s+(?:\w+\s+){0,2}"
            + KID
            + r"\s*(?:,\s*)?(?:(?:de|of|aged?|von)\s+)?"
            + AGE,
            r"\b" + KID + r"\b.{0,120}\b(?:she|he)(?:'s| is) (?:only |just )?(?:[5-9]|1[0-7])\b",
            r"\b(?:[5-9]|1[0-7])-?j[äa]hrig\w*\s+" + KID,
            r"\b" + AGE + r"\s*(?:old )?(?:girl|boy|kid|child|daughter|son)\b",
            r"\bmy (?:\d{1,2} ?yo|\d{1,2}[- ]year[- ]old)\b",
            r"\bfor (?:her|his) age\b|\bpour son [âa]ge\b|\bf[üu]r ihr alter\b|\bpara (?:su|sua) idade\b",
            r"\bwithout the app so your parents\b|\bdon'?t tell (?:mom|mum|dad|your parents)\b",
        )
    ],
    "threat": [
        _p(
            r"\bthreat\w*|\bknife\b|\bgun\b|\bpistol\b|\bweapon\b|\bmachete\b|\bbaseball bat\b",
            r"\bsee what happens\b|\bcome (?:and )?find (?:me|you)\b|\bknows? where (?:i|you|we) live\b",
            r"\b(?:i'?d|you'?ll|you will|you'd|gonna|going to) regret\b|\bregret (?:it|giving|rating)\b",
            r"\b(?:break|smash|bash|kick) (?:my|your|his) (?:face|head|teeth|legs?)\b",
            r"\b(?:kill|hurt|beat) (?:me|you|us)\b(?! with)|\bbeat (?:me|you) up\b|\bwatch (?:your|my) back\b",
            r"\bshame if (?:anything|something) happened\b|\bpay(?:s)? me a visit\b|\bvisit (?:me|you) (?:at|again)\b",
            # French
            r"\bmenac\w*|\bcouteau\b|\barme\b|\bme rendre visite\b|\bsait o[ùu] (?:j'habite|tu habites)\b",
            r"\bte (?:tuer|frapper|retrouver)\b|\bme (?:tuer|frapper|retrouver)\b|\bcasser la (?:gueule|figure)\b",
            # Spanish
            r"\bamenaz\w*|\bcuchillo\b|\bpistola\b|\bnavaja\b|\bpartir(?:me|te) la cara\b|\bsabe d[óo]nde vivo\b",
            # German
            r"\bgedroht\b|\bbedroht\w*|\bdrohte\b|\bmesser\b|\bwaffe\b|\bplatt (?:zu )?machen\b",
            r"\bweiß,? (?:jetzt |genau )?,? ?wo (?:ich|du) wohn\w*|\bumbringen\b|\bschlagen\b(?= wenn| falls)",
            # Portuguese
            r"\bamea[çc]\w*|\bfaca\b|\barma\b|\bme pegar\b|\bsabe onde (?:eu )?moro\b|\bquebrar (?:minha|sua) cara\b",
        )
    ],
    "violence": [
        _p(
            r"\b(?:grabbed|shoved|pushed|slapped|punched|kicked|choked|strangled|spat (?:at|on)|spit on"
            r"|headbutted|scratched|elbowed|yanked|dragged)\s+(?:\w+\s+){0,2}(?:me|my|her|him|us|our)\b",
            r"\bhit (?:me|us|my (?:friend|partner|wife|husband|son|daughter))\b|\bthrew my (?:phone|bag|stuff|things)\b",
            r"\bpulled my (?:hair|arm|bag|hood)\b|\bgrabbed my\b|\bbruis\w*|\bspat\b|\bpunch\w*|\bslap\w*",
            r"\bgot physical\b|\bphysically\b|\battack(?:ed)? (?:me|us|my)\b|\bassault\w*|\bviolen\w*",
            r"\bfell (?:on|to|onto) the (?:curb|kerb|ground|pavement|floor)\b",
            # French
            r"\bm'a (?:pouss[ée]e?|gifl[ée]e?|frapp[ée]e?|attrap[ée]e?|bouscul[ée]e?|crach[ée]e?|tir[ée]e?)\b",
            r"\bcrach[ée] dessus\b|\bun bleu\b|\bdes bleus\b|\bcoup de poing\b|\bviolen\w*|\bagress\w*",
            # Spanish
            r"\bme (?:empuj[óo]|peg[óo]|golpe[óo]|agarr[óo]|escupi[óo]|tir[óo]|jal[óo])\b|\bpu[ñn]etazo\b|\bbofetada\b",
            r"\bmoret[óo]n\b|\bviolen\w*|\bagres\w*",
            # German
            r"\b(?:geschubst|geschlagen|gepackt|angespuckt|gestoßen|geohrfeigt|getreten)\b|\bblaue flecken\b",
            r"\bam kragen\b|\bhandgreiflich\b|\bgewalt\w*|\bausgerastet\b",
            # Portuguese
            r"\bme (?:empurrou|bateu|agarrou|cuspiu|puxou|chutou)\b|\bdeu (?:um )?soco\b|\bpuxou meu\b|\btapa\b",
            r"\bagressiv\w*|\bhematoma\b|\broxo\b|\bviol[êe]n\w*",
        )
    ],
    "locked_in": [
        _p(
            r"\blocked (?:the|all the|his|us in|me in)\b|\bchild ?locks?\b|\b(?:wouldn'?t|refused to|didn'?t) "
            r"(?:unlock|open the doors?)",
            r"\b(?:wouldn'?t|refused to|didn'?t) (?:let (?:me|us) (?:out|go|get out|leave)|stop the car|pull over)",
            r"\bcouldn'?t get out\b|\bstuck in (?:there|the car)\b|\btrapped\b|\bdoors wouldn'?t open\b",
            r"\bwould(?:n'?t| not) stop\b(?=.{0,40}\b(?:car|driving|let))",
            # French
            r"\bverrouill[ée]\w*|\bme laisser (?:sortir|descendre)\b|\bbloqu[ée] dans\b|\bsans me laisser\b",
            r"\brefus[ée]? de (?:s'arr[êe]ter|m'arr[êe]ter|me d[ée]poser)\b",
            # Spanish
            r"\bbloque[óo] las puertas\b|\bno (?:pod[íi]a|me dej[óo]) (?:salir|bajar)\b|\bno quiso parar\b|\bencerrad[oa]\b",
            # German
            r"\btüren? (?:verriegelt|abgeschlossen|zugesperrt)\b|\bnicht (?:aussteigen|raus) (?:lassen|ließ)\b",
            r"\bließ mich nicht (?:aussteigen|raus)\b|\beingesperrt\b",
            # Portuguese
            r"\btravou as portas\b|\bpres[oa] (?:no carro|l[áa] dentro)\b|\bn[ãa]o destrancou\b|\bn[ãa]o me deixou (?:sair|descer)\b",
        )
    ],
    "abduction_or_followed": [
        _p(
            r"\bfollow(?:ed|ing) (?:me|us)\b|\bcrawled along behind\b|\bparked outside (?:my|our)\b",
            r"\b(?:outside|near|in front of) (?:my|our) (?:house|home|building|place|flat)\b"
            r"(?=.{0,80}\b(?:again|twice|since|every (?:day|night)|days? later|recogni[sz]e))",
            r"\bignored my destination\b|\bagainst my will\b|\bwouldn'?t (?:turn around|take me)",
            r"\b(?:empty|deserted|dark|abandoned) (?:parking lot|car park|road|street|field|lot|area)\b",
            r"\b(?:took|drove|taking|driving) (?:me|us) (?:somewhere|to (?:a )?(?:completely )?(?:different|random|"
            r"strange|unknown|empty|deserted|his))",
            r"\b(?:headed|heading|drove) (?:for|towards?|to) the (?:outskirts|woods|forest|middle of nowhere)\b",
            r"\bnot where i asked\b|\bhad no idea where i was\b|\bkidnap\w*|\babduct\w*",
            # French
            r"\bsuivi(?:e|s)?\b(?=.{0,30}(?:chez|jusqu|maison|immeuble))|\bgar[ée]e?(?: \w+){0,3} devant chez moi\b",
            r"\bzone (?:industrielle|d[ée]serte)\b|\bm'a emmen[ée]e?\b|\bkidnapp\w*|\bcontre (?:mon|ma) gr[ée]\b",
            # Spanish
            r"\bme sigui[óo]\b|\bme llev[óo] (?:a|hacia|por)\b|\bcontra mi voluntad\b|\bsecuestr\w*",
            # German
            r"\bverfolgt\b|\bvor meinem (?:haus|wohnhaus)\b|\brichtung wald\b|\bentführ\w*|\bgegen meinen willen\b",
            r"\bmein ziel ignoriert\b",
            # Portuguese
            r"\bme seguiu\b|\bme levou (?:pra|para) (?:outro|um lugar|longe)\b|\bcontra a minha vontade\b|\bsequestr\w*",
            r"\bmudou o destino\b",
        )
    ],
    "discrimination": [
        _p(
            r"\bracis\w*|\bracial\w*|\bslur\w*|\bhomophob\w*|\btransphob\w*|\bsexis\w*|\bdiscriminat\w*",
            r"\bguide dog\b|\bservice dog\b|\bservice animal\b|\bwheelchair\b|\bcrutches\b",
            r"\b(?:my|her|his) (?:hijab|headscarf|turban|kippah|yarmulke|niqab|skin|accent|religion)\b",
            r"\bpeople like (?:me|you|us|them)\b|\byour (?:lot|kind)\b|\bthat kind of people\b",
            r"\bgo back (?:home|to (?:your|where you|their))\b",
            r"\bfor cripples\b|\bdisability\b|\bdisabled (?:person|passenger|rider|people|son|daughter|friend|"
            r"mother|father|wife|husband|partner|child)\b|\bblind\b|\bdeaf\b|\bgay\b|\blesbian\b|\btrans\b",
            # French
            r"\bchien (?:guide|d'aveugle)\b|\bfauteuil roulant\b|\baveugles?\b|\bles gens comme\b|\bvoile\b",
            r"\braciste\w*|\bhandicap\w*",
            # Spanish
            r"\bperro gu[íi]a\b|\bsilla de ruedas\b|\bgitanos?\b|\bgente como\b|\bracista\w*|\bdiscapacit\w*",
            # German
            r"\bkopftuch\b|\bblindenhund\b|\bassistenzhund\b|\brollstuhl\b|\bleute wie\b|\brassist\w*",
            r"\bin (?:ihr|euer|dein) land\b|\bbehindert\w*",
            # Portuguese
            r"\bc[ãa]o[- ]guia\b|\bcadeira de rodas\b|\bgente (?:da favela|como)\b|\bracist\w*|\bdefici[êe]n\w*",
        )
    ],
    "impaired_driver": [
        _p(
            r"\bdrunk\b|\bintoxicated\b|\bsmell(?:ed|s)? (?:strongly )?(?:of|like) (?:alcohol|booze|beer|"
            r"weed|liquor)|\breek(?:ed|s)? of\b|\bslurr\w*|\bopen (?:can|bottle|beer)\b|\bsipping\b",
            r"\b(?:drinking|had) a beer\b|\bbeer (?:can|bottle) in\b",
            r"\b(?:driver|he|she) (?:was|seemed|looked|is) (?:obviously |clearly |definitely |totally )?(?:high|stoned)\b",
            r"\bstoned\b|\bweed\b|\bbloodshot\b",
            r"\b(?:nodded|nodding|dozed|dozing|drifted|drifting) off\b|\bfell asleep\b|\bfalling asleep\b",
            r"\b(?:asleep|sleeping) at the wheel\b|\beyes (?:kept )?(?:closing|shutting|shuttin)\b|\bhead kept dropping\b",
            r"\bzoning out\b|\b\d{2} hours (?:straight|without (?:a )?(?:break|sleep))\b|\bdrowsy\b",
            # French
            r"\balcool\b|\bbourr[ée]\b|\bivre\b|\bs'endormi\w*|\bendormir au volant\b|\bsomnol\w*|\bcannabis\b",
            # Spanish
            r"\bborracho\b|\bebrio\b|\balcohol\b|\bdormido\b|\bse dorm[íi]a\b|\bcabece\w*|\bmarihuana\b|\bporro\b",
            # German
            r"\bbetrunken\b|\balkohol\w*|\bbekifft\b|\bgras\b|\beingeschlafen\b|\bweggedöst\b|\bsekundenschlaf\b",
            r"\beingenickt\b|\bnach bier\b|\bfahne\b",
            # Portuguese
            r"\bb[êe]bado\b|\b[áa]lcool\b|\bcerveja\b|\bdormindo\b|\bcochil\w*|\bmaconha\b|\benrolando a l[íi]ngua\b",
        )
    ],
    "dangerous_driving": [
        _p(
            r"\bran (?:a |two |three |several |multiple |\d )?red lights?\b|\bthrough (?:a |the )?red lights?\b",
            r"\bspeeding\b|\bsped\b|\b(?:at|full|high|crazy) speed\b|\bspeed limit\b|\b\d{2,3} ?(?:mph|km/?h)\b",
            r"\b\d{2,3} in an? \d{2,3}\b|\bweav\w*|\btailgat\w*",
            r"\bbrake[- ]check\w*|\bswerv\w*|\breckless\w*|\bwrong way\b|\bon the (?:sidewalk|pavement)\b",
            r"\b(?:texting|on his phone|watching (?:youtube|videos|a video)|eyes on his phone|scrolling)\b",
            r"\bphone while driving\b|\b(?:gripping|holding on to|clinging to) (?:the|my)\b|\bstill shaking\b",
            r"\bthought (?:we|i)(?:'d| would| were| was)? (?:going to )?(?:crash|die|not make it)\b",
            r"\bweren'?t going to make it\b|\bnearly (?:crashed|hit|clipped)\b|\balmost (?:crashed|hit)\b",
            r"\bdrag rac\w*|\brace(?:d)? (?:another|other)\b|\brunning lights\b",
            # French
            r"\bgrill[ée] (?:un |des |plusieurs |deux |trois )?feux?\b|\broulait (?:[àa] fond|trop vite|comme un fou)\b",
            r"\bsens interdit\b|\benvoyait des textos\b|\btextos? en (?:conduisant|roulant)\b|\ben t[ée]l[ée]phonant\b",
            r"\bexc[èe]s de vitesse\b|\bj'ai cru (?:que j'allais|mourir)",
            r"\bdoublait par la droite\b",
            # Spanish
            r"\bsalt[óo] (?:el|los|varios|un) sem[áa]foros?\b|\ba \d{3} (?:por|km|en)\b|\bmirando el m[óo]vil\b",
            r"\bcon el m[óo]vil (?:en la mano|mientras)\b",
            r"\barc[ée]n\b|\bimprudent\w*|\bexceso de velocidad\b|\bzigzag\w*",
            # German
            r"\bgerast\b|\bgedrängelt\b|\brote ampeln?\b|\btodesangst\b|\braser\w*|\bmit \d{3}\b",
            r"\b(?:am|aufs|auf dem|mit dem) handy\b(?=.{0,40}(?:gefahren|fahrt|videos?|geschaut|getippt|nebenbei))",
            r"\bhandy (?:geschaut|getippt)|\bvideos? geschaut\b",
            r"\bfalsch(?:e|en)? (?:richtung|einbahnstraße)\b",
            # Portuguese
            r"\bfurou (?:o |os |uns |\d )?(?:sinal|sinais)\b|\bcosturando\b|\ba \d{3} (?:por|km|na|no)\b",
            r"\b(?:mexendo|olhando|digitando) (?:no|o) celular\b|\bno celular (?:dirigindo|enquanto)\b",
            r"\bimprud[êe]n\w*|\bzigue-?zague\b|\bcontram[ãa]o\b",
        )
    ],
    "accident_injury": [
        _p(
            r"\baccident\b|\bcollision\b|\bcollided\b|\brear-?ended\b|\bcrash(?:ed)? (?:into|with)\b|\bcar crash\b",
            r"\b(?:hit|clipped|struck|bumped into|ran into|smashed into) (?:a|another|the|some) (?:car|pole|cyclist|"
            r"bike|biker|pedestrian|truck|bus|wall|tree|post|bollard|motorbike|scooter|van|barrier)\b",
            r"\b(?:we|the car|our car) (?:hit|crashed|collided|got hit)\b(?! (?:every|all|a lot|traffic|red|the (?:traffic|"
            r"lights|rush)))|\bfender bender\b|\bcar seat came loose\b",
            r"\binjur\w*|\bsprain\w*|\bbleed\w*|\bconcussion\b|\bwhiplash\b|\bended up in (?:the )?hospital\b",
            r"\b(?:hit|bumped|banged|hurt|cut|scraped) (?:my|his|her) (?:head|face|knee|arm|leg|neck|back|shoulder|"
            r"wrist|hand|palms?)\b|\b(?:my|her|his) (?:neck|back|head|knee|wrist|shoulder) (?:hurts|is killing)\b",
            r"\bpalms are scraped\b|\bknocked me over\b",
            # French
            r"\baccident\b|\baccrochage\b|\bcollision\b|\bpercut[ée]\w*|\bbless[ée]\w*|\bcogn[ée]\b|\bh[ôo]pital\b",
            # Spanish
            r"\bchoque\b|\baccidente\b|\bchocamos\b|\bme golpe[ée]\b|\bherid[oa]\w*|\blesi[óo]n\b|\bhospital\b",
            # German
            r"\bunfall\b|\bauffahrunfall\b|\bzusammensto\w*|\bverletz\w*|\bgeknallt\b|\bverstaucht\b|\bkrankenhaus\b",
            r"\bgegen (?:einen|eine|ein) (?:poller|baum|auto|laterne|radfahrer)\b",
            # Portuguese
            r"\bacidente\b|\bbateu (?:num|numa|em|no|na)\b|\bbatida\b|\bmachuqu\w*|\bferid[oa]\w*|\bhospital\b",
        )
    ],
    "wrong_driver": [
        _p(
            r"\b(?:didn'?t|did not|doesn'?t|does not) match (?:the |his |her )?(?:photo|picture|profile|pic|app)\b",
            r"\blooked nothing like\b|\bnot the (?:same )?(?:person|driver|guy|man|woman) (?:in|on|from) the\b",
            r"\bwasn'?t the (?:person|driver|guy) (?:in|on)\b|\b(?:brother|cousin|friend|uncle)'?s account\b",
            r"\bplate (?:didn'?t|did not|doesn'?t) match\b|\bdifferent (?:face|person|plate)\b",
            r"\bneither matched\b|\bsomeone else was driving\b|\breal driver\b",
            # French
            r"\bpas (?:du tout )?(?:celle|celui|la personne) de la photo\b|\bcompte de son (?:fr[èe]re|cousin|ami)\b",
            r"\bplaque\b(?=.{0,30}(?:diff[ée]rente|pas la m[êe]me))",
            # Spanish
            r"\bno era (?:el|la) de la foto\b|\bno coincid\w*|\bcuenta de su (?:hermano|primo|amigo)\b",
            # German
            r"\bnicht (?:so )?aus wie auf dem foto\b|\bfür einen kumpel\b|\banders als (?:in|auf) der app\b",
            r"\bhieß (?:auch )?anders\b",
            # Portuguese
            r"\bn[ãa]o batia com a foto\b|\boutra pessoa\b|\bplaca (?:era )?diferente\b|\bconta do (?:irm[ãa]o|primo)\b",
        )
    ],
    "harassment": [
        _p(
            r"\b(?:asked|asking|wanted to know) (?:me )?(?:if|whether|where|what time|when) (?:i|i'm|im|we|she) "
            r"(?:live|lived|was single|had a (?:boyfriend|girlfriend|husband)|am single|get home|was married|"
            r"live alone|was alone|would be alone)",
            r"\b(?:boyfriend|girlfriend|husband|single|married)\?",
            r"\blive alone\b|\bwhat time i get home\b|\b(?:get|got|have|has) my (?:personal )?number\b",
            r"\b(?:texted|messaged|whatsapp\w*|dm'?d) (?:me|my)\b(?=.{0,80}(?:hang|meet|date|drink|out|again|times))",
            r"\bhang out\b|\bgo (?:out )?for a drink\b|\bon a date\b|\bmeet up\b|\basked me out\b",
            r"\bcall(?:ed|ing)? me (?:stupid|names|an? (?:idiot|liar|bitch|whore|slut)|ugly|fat)\b",
            r"\binsult(?:ed|ing) (?:me|us|my)\b|\bswearing at\b|\bswore at\b",
            r"\b(?:yell|scream|shout)(?:ed|ing)? at (?:me|us)\b|\bmock(?:ed|ing) (?:me|my|us)\b|\bimitat\w*",
            r"\bharass\w*|\bcreep(?:y|ed me out)\b",
            r"\b(?:made me|felt|feel) (?:very |really |so |super )?uncomfortable\b|\bstar(?:ed|ing) at me\b",
            r"\bwouldn'?t stop (?:asking|talking about|calling)\b",
            # French
            r"\bquestions (?:tr[èe]s )?personnelles\b|\bsi j'(?:[ée]tais|habite|avais)\b|\bm'a (?:insult[ée]e?|trait[ée]e? de)\b",
            r"\bm'a [ée]crit\b|\bmon num[ée]ro\b|\bmal [àa] l'aise\b|\bharc[eè]l\w*",
            # Spanish
            r"\bme (?:insult[óo]|estuvo insultando|llam[óo])\b|\bsi viv[íi]a sola\b|\bnovio\b|\bmi n[úu]mero\b",
            r"\bincómod\w*|\bacos\w*",
            # German
            r"\bbeleidigt\b|\bangeschrien\b|\bbeschimpft\b|\bmeine nummer\b|\bob wir uns (?:mal )?treffen\b",
            r"\bob ich (?:allein|single|einen freund)\b|\bbelästig\w*|\bunwohl\b",
            # Portuguese
            r"\bse eu morava sozinha\b|\bnamorad[oa]\b|\bmeu n[úu]mero\b|\bdesconfort[áa]vel\b|\bme xingou\b",
            r"\bxingando\b|\bass[ée]dio\b|\bpiadinha\b",
        )
    ],
}

# The minor category needs both: a child named with an age, and an approach.
MINOR_APPROACH = re.compile(
    r"(?i:\b(?:asked|asking|offered|offering|gave|touch\w*|number|instagram|snap\w*|whatsapp|alone|boyfriend|"
    r"girlfriend|looks? (?:way )?older|pretty|cute|photos?|pictures?|pics|hang out|ride with him|privat\w*|"
    r"cigarettes?|beer|alcohol|demand\w*|pedi[óu]|preguntó|perguntou|ofereceu|ofreci[óo]|demand[ée]|gefragt|"
    r"angeboten|nummer|numéro|n[úu]mero|hübsch|bonita|linda|jolie))"
)

# Phrases that use a category's words in an ordinary sense; removed before that category is looked for.
NOT_IN = {
    "impaired_driver": re.compile(
        # The rider (or a friend) had drunk, not the driver; alcohol spilled.
        r"(?i:\b(?:i|we|my (?:friend|mate|partner|wife|husband)|friend|iba|estaba|tava|estava|j'[ée]tais|ich war|eu)"
        r"(?: \w+){0,3} (?:was |were |got |am |had been )?(?:the |a bit |quite |very |pretty |un poco |meio |un peu )?"
        r"(?:drunk|tipsy|wasted|high|borracho|b[êe]bado|betrunken|bourr[ée]|ivre)\b"
        r"|\b(?:spilled|spilt|spill) (?:some |my |a )?(?:beer|alcohol|wine)\b)"
    ),
    "accident_injury": re.compile(
        r"(?i:\b(?:accident(?:ally)?|by accident|billing accident|accident (?:of|in|with) (?:the )?(?:billing|bill|"
        r"charg\w*|payment|app))\b(?=[^.!?]*\b(?:charg|bill|paid|pay|fee|app|card|twice))"
        # An accident elsewhere that slowed the trip: traffic, a detour.
        r"|\b(?:an?|un|une|um|uma|ein(?:en)?|there was an?|había un|teve um)?\s?(?:accident|accidente|acidente|unfall)\b"
        r"[^.!?]{0,60}\b(?:traffic|blocked|detour|d[ée]tour|desv\w*|stau|umleitung|highway|motorway|autoroute|"
        r"autopista|marginal|longer|A\d+|M-\d+|on the (?:road|way|bridge))"
        r"|\bà cause d'un accident\b)"
    ),
    "violence": re.compile(r"(?i:\bslapped (?:with|w/) (?:a|an|the|another)\b)"),
    "harassment": re.compile(
        r"(?i:\bharass\w* (?:me |us )?with (?:\w+ ){0,2}(?:notifications|emails|messages|promos?|ads|spam|texts))"
    ),
}

# Strong words that keep the screen on even in a message that also says it felt safe.
CATEGORIES["_strong"] = [
    _p(r"\bknife\b|\bgun\b|\bsexual\w*|\bdrunk\b|\blocked the doors\b|\bthreat\w*|\binjur\w*|\bpunch\w*")
]

# Categories whose words a negation before them cancels ("no one was hurt", "nobody got injured",
# "no accident, just a long detour", "he wasn't drunk").
NEGATED = frozenset({"accident_injury", "impaired_driver", "dangerous_driving", "violence", "threat"})
NEGATORS = re.compile(
    r"(?i:\b(?:no|not|nobody|no one|never|wasn'?t|weren'?t|isn'?t|didn'?t|without|nothing|sans|pas d[e']|"
    r"aucun\w*|ningún|ninguna|sin|kein\w*|nicht|nenhum\w*|sem|nem)\b[^.!?]{0,25}$)"
)

# A message that says plainly the trip was safe (and has no strong word): "the driver was safe but slow".
SAFE_CONTEXT = re.compile(
    r"(?i:\b(?:i felt|felt|was|drove|driving|totally|perfectly|completely) (?:safe|fine|careful)\b"
    r"|\bnothing (?:unsafe|dangerous)\b|\bno one (?:was )?hurt\b|\bnobody (?:was |got )?hurt\b"
    # French, Spanish, German, Portuguese: "drove carefully", "I felt safe", "nobody was hurt"
    r"|\b(?:conduisait|conduit|roulait) (?:prudemment|tr[èe]s bien|calmement)\b|\bje me suis senti(?:e)? en s[ée]curit[ée]\b"
    r"|\bpersonne n'a [ée]t[ée] bless[ée]\b"
    r"|\b(?:conduc[íi]a|manejaba|maneja) (?:con cuidado|muy bien|tranquilo|seguro)\b|\bme sent[íi] segur[oa]\b"
    r"|\bnadie (?:result[óo] |sali[óo] )?herido\b"
    r"|\bfuhr (?:sehr |total |ganz )?(?:sicher|vorsichtig|ruhig|gut)\b|\bich habe mich sicher gef[üu]hlt\b"
    r"|\bniemand (?:wurde |war )?verletzt\b"
    r"|\b(?:dirigiu|dirigia|conduziu|conduzia) (?:com (?:muita )?(?:seguran[çc]a|cuidado)|muito bem|tranquilo)\b"
    r"|\bme senti segur[oa]\b|\bningu[ée]m (?:se )?machucou\b|\bningu[ée]m ficou ferido\b)"
)
