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

AGE_WORD = (
    r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|cinq|sept|huit|neuf|dix|onze|"
    r"douze|treize|quatorze|quinze|seize|dix-sept|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[ée]is|"
    r"diecisiete|sete|oito|nove|dez|doze|treze|catorze|quatorze|quinze|dezesseis|dezessete|f[üu]nf|sechs|sieben|acht|neun|zehn|elf|"
    r"zw[öo]lf|dreizehn|vierzehn|f[üu]nfzehn|sechzehn|siebzehn"
)
# A disability, a faith, a body, named in any of the five languages.
IDENTITY = (
    r"(?:guide dog|service (?:dog|animal)|assistance dog|wheelchair|ramp|crutches|walker|cane|disabilit\w*|disabled(?! (?:for|on|in|by|until|at))|blind|"
    r"deaf|gay|lesbian|trans|hijab|headscarf|turban|kippah|yarmulke|niqab|(?:my|her|his) (?:accent|religion|skin)|"
    r"chien (?:guide|d'aveugle)|fauteuil roulant|aveugles?|handicap\w*|voile|perro gu[íi]a|silla de ruedas|"
    r"discapacit\w*|ciego|sordo|blindenhund|assistenzhund|rollstuhl|kopftuch|behindert\w*|c[ãa]o[- ]guia|"
    r"cadeira de rodas|defici[êe]n\w*|cego|surdo)"
)
# What makes such a word a report even beside praise, and the praise that makes it ordinary.
REFUSED = (
    r"(?:refus\w*|wouldn'?t|won'?t|cancel\w*|mock\w*|laugh\w*|insult\w*|drove (?:off|away)|kicked|made (?:me|us|her|him) get"
    r"|se neg\w*|no quiso|rechaz\w*|burl\w*|weiger\w*|wollte nicht|abgelehnt|storniert|lustig|recus\w*|n[ãa]o quis|"
    r"n[ãa]o aceitou|cancelou|zomb\w*|pas voulu|annul\w*|moqu\w*|weggefahren|abgefahren|d[ée]marr[ée])"
)
# What the driver did or said around such a word that makes its mention a report: a refusal, a remark,
# a look; without any ("I'm disabled, do you have cars with more legroom?") the word alone is not one.
MISTREATED = (
    REFUSED[:-1]
    + r"|said|says|told|tell|called|comment\w*|remark\w*|rude\w*|nasty|annoyed|angry|irritated|sigh\w*|"
    r"roll\w* his eyes|no (?:dogs?|animals?|pets?)|not allowed|didn'?t want|doesn'?t (?:take|drive|allow)|"
    r"(?:made|make) (?:me|us|her|him)|left (?:me|us|her|him)|stare\w*|joke\w*|disgust\w*|slur\w*|"
    r"dit|disant|trait[ée]|dijo|diciendo|llam[óo]|meinte|sagte|gesagt|genannt|disse|dizendo|chamou|"
    r"parce qu|porque|weil|because|asked|bomb\w*|terror\w*|[àa] cause|fait (?:descendre|sortir)|mitgenommen|mitnehmen|"
    r"wasn'?t allowed|couldn'?t bring|had to get out)"
)
PRAISED = (
    r"(?:help\w*|great|lovely|kind(?:ly)?|perfect\w*|no problem|without (?:a |any )?problem|patient\w*|accessible|folded|"
    r"loaded|thank\w*|so i\b|merci|g[ée]nial|super|sympa|aid[ée]e?|gentil\w*|bien accueilli\w*|sans (?:aucun )?probl[èe]me|"
    r"amable|ayud\w*|genial|sin problema|gracias|un amor|geholfen|nett|freundlich|problemlos|ohne problem\w*|danke|"
    r"selbstverst[äa]ndlich|ajud\w*|[óo]tim\w*|sem problema|obrigad\w*|impec[áa]vel|parfait\w*|perfekt)"
)


def _greater(width: int) -> str:
    """Pairs of `width`-digit numbers "N in a M" with N greater than M, digit by digit (a regex cannot compare)."""
    if width == 1:
        return "|".join(f"[{d + 1}-9] in an? {d}" for d in range(9))
    return "|".join(
        [f"[{d + 1}-9]\\d{{{width - 1}}} in an? {d}\\d{{{width - 1}}}" for d in range(9)]
        + [f"{d}(?:{_greater(width - 1).replace(' in an? ', f' in an? {d}')})" for d in range(10)]
    )


# A speed over the limit it is told against ("90 in a 30", "130 in an 80 zone"); a car slower than the limit
# ("like 30 in a 50") is no danger (issue 21, dev7).
# The lookahead first: the long alternation is tried only where two numbers are.
FASTER_THAN_LIMIT = (
    r"(?=\d{2,3} in an? \d{2,3}\b)(?:\d{3} in an? \d{2}|(?:" + _greater(2) + r")|(?:" + _greater(3) + r"))"
)

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
            r"\bme toc[óo]\b(?! \w+(?:ar|er|ir)\b)(?! (?:un|una) (?:\w+ )?(?:conductora?|chofer|ch[óo]fer)\b| (?:un|una|el|la) (?:\w+ )?"
            r"(?:coche|carro|auto|taxi|veh[íi]culo|asiento|viaje|turno|moto|precio|tarifa|modelo)\b)"
            r"(?<!\b(?:coche|carro|auto|taxi|veh[íi]culo|asiento|viaje|turno|moto|precio|tarifa|modelo)s? que me toc[óo])|\bme (?:manose[óo]|acarici[óo]|bes[óo])\b|\btocarme\b|\bmi cuerpo\b|\bpasar un buen rato\b",
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
            # An age in words: "my fourteen-year-old", "ma fille de quatorze ans", "meine vierzehnjährige Tochter".
            r"\b(?:my|our|her|his) (?:"
            + AGE_WORD
            + r")[- ]year[- ]old\b|\b(?:"
            + AGE_WORD
            + r")[- ]year[- ]old (?:girl|boy|kid|child|"
            r"daughter|son)\b|\b"
            + KID
            + r"\s*,?\s*(?:de|of|aged|von)\s+(?:"
            + AGE_WORD
            + r")(?:\s(?:ans|años|anos|jahren?))?\b"
            r"|\b(?:" + AGE_WORD + r")j[äa]hrig\w*\s+" + KID,
            r"\bfor (?:her|his) age\b|\bpour son [âa]ge\b|\bf[üu]r ihr alter\b|\bpara (?:su|sua) idade\b",
            r"\bwithout the app so your parents\b|\bdon'?t tell (?:mom|mum|dad|your parents)\b",
        )
    ],
    "threat": [
        _p(
            r"\bthreat\w*|\bknife\b|\bgun\b|\bpistol\b|\bweapon\b|\bmachete\b|\bbaseball bat\b",
            r"\bsee what happens (?:to|if)\b|\band see what happens\b|\bcome (?:and )?find (?:me|you)\b|\bknows? where (?:i|you|we) live\b",
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
            r"\bgot physical\b|\bphysically\b(?! (?:couldn'?t|can'?t|unable|impossible|disabled|present|there|at the|in the))|\battack(?:ed)? (?:me|us|my)\b|\bassault\w*|\bviolen\w*",
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
            r"\blocked (?:the |all the |his )?(?:doors?|car|windows)\b|\blocked (?:us|me) in\b|\bchild ?locks?\b|\b(?:wouldn'?t|refused to|didn'?t) "
            r"(?:unlock|open the doors?)",
            r"\b(?:wouldn'?t|refused to|didn'?t) (?:let (?:me|us) (?:out|go|get out|leave)|stop the car|pull over)",
            r"\bcouldn'?t get out\b(?! of (?:work|bed|the (?:meeting|office|house)))|\bstuck in (?:there|the car)\b|\btrapped\b|\bdoors wouldn'?t open\b",
            r"\bwould(?:n'?t| not) stop\b(?=.{0,40}\b(?:car|driving|let))",
            # French
            r"\bverrouill[ée]\w*|\bme laisser (?:sortir|descendre)\b|\bbloqu[ée]e? dans (?:la|sa) voiture\b|\bsans me laisser (?:sortir|descendre|partir)\b",
            r"\brefus[ée]? de (?:s'arr[êe]ter|m'arr[êe]ter|me d[ée]poser)\b",
            # Spanish
            r"\bbloque[óo] las puertas\b|\bno me dej[óo] (?:salir|bajar)\b|\bno (?:pod[íi]a|pude) (?:salir|bajar)(?= del (?:coche|auto|carro))|\bno quiso parar\b|\bencerrad[oa]\b",
            # German
            r"\btüren? (?:verriegelt|abgeschlossen|zugesperrt)\b|\bnicht (?:aussteigen|raus) (?:lassen|ließ)\b",
            r"\bließ mich nicht (?:aussteigen|raus)\b|\beingesperrt\b",
            # Portuguese
            r"\btravou as portas\b|\bpres[oa] (?:no carro|l[áa] dentro)\b|\bn[ãa]o destrancou\b|\bn[ãa]o me deixou (?:sair|descer)\b",
        )
    ],
    "abduction_or_followed": [
        _p(
            # Thirteenth round: a car followed to where the rider goes ("he followed my car all the way to my building");
            # a rider who woke up somewhere they did not know (often told beside their own drunkenness).
            r"\bwoke up (?:somewhere (?:else|strange|unknown|i (?:didn'?t|did not) (?:know|recogni[sz]e))|in (?:a|an|some) "
            r"(?:\w+ )?(?:place|street|area|car park|parking lot) i (?:didn'?t|did not) (?:know|recogni[sz]e))"
            r"|\bje me suis r[ée]veill[ée]e? (?:ailleurs|dans un (?:endroit|lieu) (?:inconnu|que je ne connaissais))"
            r"|\bme despert[ée] en (?:otro sitio|otro lugar|otra parte|un (?:sitio|lugar) (?:desconocido|que no conoc[íi]a))"
            r"|\b(?:bin|wachte) (?:\w+ )?(?:woanders|an einem fremden ort|irgendwo anders) (?:aufgewacht|auf)\b"
            r"|\bacordei (?:em outro lugar|noutro (?:s[íi]tio|lugar)|num lugar (?:estranho|desconhecido|que n[ãa]o conhecia))",
            r"\bfollow(?:ed|ing) (?:my|our) (?:car|new car|ride|taxi|cab)\b(?=[^.!?]{0,40}\b(?:home|to (?:my|our)|until|all the way))",
            r"\bfollow(?:ed|ing) (?:me|us)\b|\bfollow (?:me|us|you) (?:home|to (?:my|your|our))\b|\bcrawled along behind\b|\bparked outside (?:my|our)\b",
            r"\b(?:outside|near|in front of) (?:my|our) (?:house|home|building|place|flat)\b"
            r"(?=.{0,80}\b(?:again|twice|since|every (?:day|night)|days? later|recogni[sz]e))",
            r"\bignored my destination\b|\bagainst my will\b|\bwouldn'?t (?:turn around|take me)",
            r"\b(?:empty|deserted|dark|abandoned) "
            r"(?:parking lot|car park|road|street|field|lot|area|alley)\b",
            r"\b(?:took|drove|taking|driving) (?:me|us) (?:somewhere|to (?:a )?(?:completely )?(?:different|random|"
            r"strange|unknown|empty|deserted|his))",
            r"\b(?:headed|heading|drove) (?:for|towards?|to) the (?:outskirts|woods|forest|middle of nowhere)\b",
            r"\bnot where i asked\b|\bhad no idea where i was\b|\bkidnap\w*|\babduct\w*",
            # French
            r"\bsuivi(?:e|s)?\b(?=.{0,30}(?:chez|jusqu|maison|immeuble))|\bgar[ée]e?(?: \w+){0,3} devant chez moi\b",
            r"\bzone (?:industrielle|d[ée]serte)\b|\bm'a emmen[ée]e? (?:dans|vers|jusqu'[àa]|[àa]) (?:une? |un endroit )?(?:zone|parking|endroit|chez lui|for[êe]t|bois|campagne|coin)\b|\bm'a emmen[ée]e? (?:ailleurs|loin)\b|\bkidnapp\w*|\bcontre (?:mon|ma) gr[ée]\b",
            # Spanish
            r"\bme sigui[óo]\b|\bme llev[óo] (?:a|hacia|por) (?:un |una |las |otro |otra |su )?(?:descampado|sitio|lugar|zona|calle (?:oscura|vac[íi]a)|barrio|lado|afueras|casa|fuera)\b|\bcontra mi voluntad\b|\bsecuestr\w*",
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
            r"\b(?:skin colou?r|colou?r of (?:my|his|her|our) skin)\b",
            r"\bpeople like (?:me|you|us|them)\b|\byour (?:lot|kind)\b|\bthat kind of people\b",
            r"\b(?:told|telling|said|saying|yelled|shouted)\b[^.!?]{0,30}\bgo back (?:home|to (?:your|where you|their))\b"
            r"|['\"‘“]go back (?:home|to (?:your|where you|their))\b",
            r"\bfor cripples\b|\bcripple\w*|\bretarded\b|\bthe r-word\b|\bf[a*]gg?ot\w*|\bdyke\b",
            # French
            r"\bles gens comme\b|\braciste\w*",
            # Spanish
            r"\bgitanos?\b|\bgente como\b|\bracista\w*",
            # German
            r"\bleute wie\b|\brassist\w*|\bin (?:ihr|euer|dein) land\b",
            # Portuguese
            r"\bgente (?:da favela|como)\b|\bracist\w*",
            # Words that name a disability, a faith or a body: reported near a refusal or a remark, unless
            # the sentence praises the driver for it and refuses nothing (NOT_IN).
            r"\b" + IDENTITY + r"\b(?=[^\n]{0,100}\b" + MISTREATED + r"\b)",
            # The refusal before the word: looked behind from the (rarer) word, which is cheaper.
            r"\b" + IDENTITY + r"\b(?<=\b" + MISTREATED + r"\b[^\n]{0,100}" + IDENTITY + r")",
        )
    ],
    "impaired_driver": [
        _p(
            r"\bdrunk\b|\bintoxicated\b|\bsmell(?:ed|s)? (?:strongly )?(?:of|like) (?:alcohol|booze|beer|"
            r"weed|liquor)|\breek(?:ed|s|ing)? of (?:alcohol|booze|beer|weed|liquor|whisk(?:e)?y|vodka|pot|cannabis|marijuana|drink)\b|\bslurr\w*|\bopen (?:can|bottle|beer)\b|\bsipping\b",
            r"\b(?:drinking|had) a beer\b|\bbeer (?:can|bottle) in\b",
            r"\b(?:driver|he|she) (?:was|seemed|looked|is) (?:obviously |clearly |definitely |totally )?(?:high|stoned)\b",
            r"\bstoned\b|\bweed\b|\bbloodshot\b",
            r"\b(?:nodded|nodding|dozed|dozing|drifted|drifting) off\b|\bfell asleep\b|\bfalling asleep\b",
            r"\b(?:asleep|sleeping) at the wheel\b|\beyes (?:kept )?(?:closing|shutting|shuttin)\b|\bhead kept dropping\b",
            r"\bzoning out\b|\b\d{2} hours (?:straight|without (?:a )?(?:break|sleep))\b|\bdrowsy\b",
            # French
            r"\balcool\b|\bbourr[ée]\b|\bivre\b|\bs'endormi\w*|\bendormir au volant\b|\bsomnol\w*|\bcannabis\b",
            # Spanish
            r"\bborracho\b|\bebrio\b|\balcohol\b|\b(?:conductor|ch[óo]fer|[ée]l)\b[^.!?]{0,30}\b(?:dormido|se dorm[íi]a)\b|\bdormido al volante\b|\bcabece\w*|\bmarihuana\b|\bporro\b",
            # German
            r"\bbetrunken\b|\balkohol\w*|\bbekifft\b|\bnach gras\b|\bgras (?:geraucht|gekifft)\b|\beingeschlafen\b|\bweggedöst\b|\bsekundenschlaf\b",
            r"\beingenickt\b|\bnach bier\b|\bfahne\b",
            # Portuguese
            r"\bb[êe]bado\b|\b[áa]lcool\b|\bcerveja\b|\b(?:motorista|ele)\b[^.!?]{0,30}\bdormindo\b|\bdormindo (?:no|ao) volante\b|\bcochil\w*|\bmaconha\b|\benrolando a l[íi]ngua\b",
        )
    ],
    "dangerous_driving": [
        _p(
            r"\b(?:ran|run|runs|running|jump\w*|blew|blowing) (?:a |the |two |three |several |multiple |\d )?red lights?\b|\bthrough (?:a |the )?red lights?\b",
            r"\bspeeding\b|\bsped\b|\b(?:at|full|high|crazy) speed\b|\bspeed limit\b|\b\d{2,3} ?(?:mph|km/?h)\b",
            r"\b" + FASTER_THAN_LIMIT + r"\b|\bweav\w*|\btailgat\w*",
            r"\bbrake[- ]check\w*|\bswerv\w*|\breckless\w*|\bwrong way (?:down|up|onto|into|along|on (?:a|the) (?:one-way|motorway|highway|freeway))\b|\bon the (?:sidewalk|pavement)\b",
            r"\b(?:texting(?! (?:me|us) (?:that|to say)| to say| that)|eyes on his phone|scrolling)\b|\bwatching (?:youtube|videos|a video|tiktok)\b(?! at home)",
            r"\bon his phone\b(?=[^.!?]{0,40}\b(?:driv\w*|road|wheel|lanes?|highway|motorway|swerv\w*|speed\w*|lights?|whole "
            r"(?:time|ride|trip|way|journey)|entire (?:time|ride|trip|way)))|\b(?:driv\w*|while)\b[^.!?]{0,30}\bon his phone\b",
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
            r"\barc[ée]n\b|\bimprudent\w*|\bexceso de velocidad\b|\bzigzag\w*+(?! (?:through|por|par|pelas?) (?:side|back|small|las|les|as|ruas|calles|petites))",
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
            r"\baccident\b|\baccrochage\b|\bcollision\b|\bpercut[ée]\w*|\bbless[ée]\w*|\bcogn[ée]\b|\b(?:fini|termin[ée]e?|emmen[ée]e?) (?:[àa] l'|aux )(?:h[ôo]pital|urgences)\b",
            # Spanish
            r"\bchoque\b|\baccidente\b|\bchocamos\b|\bme golpe[ée]\b|\bherid[oa]\w*|\blesi[óo]n\b|\b(?:acab[ée]|termin[ée]|fui|llevaron) (?:en|al|a) (?:el )?(?:hospital|urgencias)\b",
            # German
            r"\bunfall\b|\bauffahrunfall\b|\bzusammensto\w*|\bverletz\w*|\bgeknallt\b|\bverstaucht\b|\b(?:im|ins) krankenhaus\b(?=[^.!?]{0,40}\b(?:gelandet|gebracht|gefahren|musste))",
            r"\bgegen (?:einen|eine|ein) (?:poller|baum|auto|laterne|radfahrer)\b",
            # Portuguese
            r"\bacidente\b|\bbateu (?:num|numa|em|no|na)\b|\bbatida\b|\bmachuqu\w*|\bferid[oa]\w*|\b(?:fui parar|acabei|terminei|me levaram) (?:no|num) (?:hospital|pronto[- ]socorro)\b",
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
            r"\bno era (?:el|la) de la foto\b|\b(?:foto|perfil|matr[íi]cula|coche|cara|nombre)\b[^.!?]{0,40}\bno coincid\w*|\bno coincid\w*(?=[^.!?]{0,30}\b(?:foto|perfil|matr[íi]cula|app))|\bcuenta de su (?:hermano|primo|amigo)\b",
            # German
            r"\bnicht (?:so )?aus wie auf dem foto\b|\bfür einen kumpel\b|\banders als (?:in|auf) der app\b",
            r"\bhieß (?:auch )?anders\b",
            # Portuguese
            r"\bn[ãa]o batia com a foto\b|\b(?:era|dirigindo|dirigia|volante)\b[^.!?]{0,15}\boutra pessoa\b|\bconta de outr[ao]\b|\bplaca (?:era )?diferente\b|\bconta do (?:irm[ãa]o|primo)\b",
        )
    ],
    "harassment": [
        _p(
            r"\b(?:asked|asking|wanted to know) (?:me )?(?:if|whether|where|what time|when) (?:i|i'm|im|we|she) "
            r"(?:live|lived|was single|had a (?:boyfriend|girlfriend|husband)|am single|get home|was married|"
            r"live alone|was alone|would be alone)",
            r"\b(?:boyfriend|girlfriend|husband|single|married)\?",
            r"\blive alone\b|\bwhat time i get home\b|\b(?:get|got|have|has) my (?:personal )?number\b",
            r"\b(?:texted|messaged|whatsapp\w*|dm'?d) (?:me|my)\b(?=.{0,80}(?:hang|meet|\bdate|drink|\bout\b|again|times))",
            r"\b(?:ask\w*|want\w*|invit\w*|suggest\w*|if i|whether i|offer\w*|texted|messaged)\b[^.!?]{0,30}\b(?:hang out|meet up|go (?:out )?for a "
            r"drink|(?:on|for) a date|go out with him)\b|\basked me out\b",
            r"\bcall(?:ed|ing)? me (?:stupid|names|an? (?:idiot|liar|bitch|whore|slut)|ugly|fat)\b",
            r"\binsult(?:ed|ing) (?:me|us|my)\b|\b(?:swearing|swore|cursing|cursed) at\b"
            # Swearing at the satnav or the traffic is no abuse of the rider (dev7).
            r"(?!\s(?:the |his |her |a |other |every (?:other )?|all the )?(?:gps|sat-?nav|navigation|map|app|phone|traffic|cars?|drivers|road|radio|bollard|lights|cyclists?|lorry|truck|bus|taxi|car in front|roadworks)\b)",
            r"\b(?:yell|scream|shout)(?:ed|ing)? at (?:me|us)\b|\bmock(?:ed|ing) (?:me|my|us)\b|\bimitat\w*",
            r"\bharass\w*|\bcreep(?:y|ed me out)\b",
            r"\b(?:made me|felt|feel) (?:very |really |so |super )?uncomfortable\b|\bstar(?:ed|ing) at me\b",
            r"\bwouldn'?t stop (?:asking|talking about|calling)\b",
            # French
            r"\bquestions (?:tr[èe]s )?personnelles\b|\bsi j'(?:[ée]tais (?:mari[ée]e?|seule?|c[ée]libataire|libre)|habite seule?|avais (?:un copain|un mec|quelqu'un|un petit ami))\b|\bm'a (?:insult[ée]e?|trait[ée]e? de)\b",
            r"\bm'a [ée]crit\b(?=[^.!?]{0,60}(?:voir|verre|sortir|revoir|rencontrer|belle|jolie|num[ée]ro|insta|whatsapp|snap|"
            r"apr[èe]s la course|plusieurs fois))|\bmon num[ée]ro\b|\bmal [àa] l'aise\b|\bharc[eè]l\w*",
            # Spanish
            r"\bme (?:insult[óo]|estuvo insultando)\b|\bme llam[óo] (?:['\"«‘“]|de todo|puta|idiota|est[úu]pid\w*|tont\w*|gord\w*|imb[ée]cil|in[úu]til|malcriad\w*)|\bsi viv[íi]a sola\b|\b(?:si|que si) ten[íi]a novi[oa]\b|\btienes novi[oa]\b|\bnovi[oa]\?"
            r"|\bmi n[úu]mero\b",
            r"\b(?:me (?:sent[íi]|hizo sentir|puso|pon[íi]a)|estaba|iba) (?:muy |super |s[úu]per |bastante |tan )?inc[óo]mod[oa]\b"
            r"|\bincomod[íi]sim[oa]\b|\bacos(?:o|[óo]|aba|ando|ad[oa]s?|ar|ador)\b",
            # German
            r"\bbeleidigt\b|\bangeschrien\b|\bbeschimpft\b|\bmeine (?:handy)?nummer\b|\bob wir uns (?:mal )?treffen\b",
            r"\bob ich (?:allein|single|einen freund)\b|\bbelästig\w*|\bunwohl\b",
            # Thirteenth round: a drink with him asked as the price of something ("nur, wenn ich mit ihm etwas trinken gehe").
            r"\b(?:wenn|ob|dass) ich (?:\w+ ){0,2}mit ihm (?:\w+ ){0,2}(?:trinken|essen|aus) ?(?:gehe|gehen|ginge)\b",
            # Portuguese
            r"\bse eu morava sozinha\b|\bse (?:eu )?tinha namorad[oa]\b|\btem namorad[oa]\b|\bnamorad[oa]\?"
            r"|\bmeu n[úu]mero\b|\bdesconfort[áa]vel\b|\bme xingou\b",
            r"\bxingando\b|\bass[ée]dio\b|\bpiadinha\b",
        )
    ],
}

# Issue 21, wrong driver: the words a rider uses for the app's side (what it showed) and for the people a driver
# covers for or borrows an account from, per language; used by the wrong_driver patterns in _MORE and its guard.
_SHOWN = (
    r"(?:app|apps|appli\w*|aplicaci[óo]n|aplicativo|profile|profil\w*|perfil|photo|pic|picture|pictured|foto|bild|"
    r"profilbild|profilfoto|screen|account|compte|cuenta|conta|konto|listed|shown|displayed|registered|"
    r"affich\w*|indiqu\w*|inscrit|sal[íi]a|aparec[íi]a|mostraba|dec[íi]a|registrad[oa]|angezeigt|aparecia|mostrava|dizia|"
    r"cadastrad[oa])"
)
_KIN = (
    r"(?:friend|mate|buddy|pal|brother|bro|cousin|uncle|dad|father|wife|husband|sister|mum|mom|mother|son|boss|colleague|"
    r"neighbou?r|relative|girlfriend|boyfriend|partner|brother-in-law|father-in-law|flatmate|roommate)"
)
_KIN_FR = r"(?:ami|amie|pote|copain|copine|fr[èe]re|s[œo]e?ur|cousin|cousine|oncle|p[èe]re|beau-fr[èe]re|coll[èe]gue|patron|voisin|femme|mari|beau-p[èe]re)"
_KIN_ES = (
    r"(?:herman[oa]|prim[oa]|amig[oa]|t[íi][oa]|padre|pap[áa]|madre|mam[áa]|cuñad[oa]|compañer[oa]|colega|jefe|vecin[oa]|"
    r"novi[oa]|esposa|mujer|hij[oa]|suegr[oa])"
)
_KIN_DE = (
    r"(?:bruder|cousin|cousine|kumpel|freund|freundin|onkel|vater|schwager|schwagers|kollegen|kollegin|chef|nachbarn|schwester|"
    r"frau|vetter|sohn|bruders|onkels|vaters|freundes|kumpels|kollegen|schwiegervaters|schwiegervater)"
)
_KIN_PT = (
    r"(?:irm[ãa]o|irm[ãa]|prim[oa]|amig[oa]|colega|ti[oa]|pai|m[ãa]e|cunhad[oa]|filh[oa]|vizinh[oa]|patr[ãa]o|chefe|parceiro|"
    r"esposa|mulher|marido|namorad[oa]|conhecid[oa]|sogr[oa])"
)
_COLOUR = (
    r"(?:white|black|grey|gray|silver|blue|red|green|yellow|brown|beige|gold|orange|blanc\w*|noir\w*|gris\w*|bleu\w*|rouge|vert\w*|"
    r"negr[oa]|azul|roj[oa]|plat(?:a|eado)|weiß\w*|schwarz\w*|grau\w*|silber\w*|blau\w*|rot(?:e[nmrs]?)?|branc[oa]|pret[oa]|"
    r"cinza|prata|vermelh[oa])"
)
# What a price, an address or a receipt is when it is "not the one on the app": no driver at all.
_NOT_A_PERSON = (
    r"(?<!\b(?:price|fare|amount|total|charge|fee|address|route|receipt|pickup|destination|stop|time|eta|prix|tarif|montant|"
    r"adresse|trajet|re[çc]u|precio|tarifa|importe|monto|direcci[óo]n|ruta|recibo|cobro|preis|betrag|adresse|route|quittung|"
    r"pre[çc]o|valor|endere[çc]o|rota|recibo|"
    # Twenty-third round: a route by its other names ("l'itinéraire n'était pas celui de l'appli").
    r"itinerary|itin[ée]raire|chemin|parcours|itinerario|recorrido|camino|strecke|weg|percurso|caminho|trajeto)\b[^.!?]{0,40})"
)
# I, we: the rider who is not the account holder, who booked on someone else's account.
_NOT_RIDER = r"(?<!\b(?:i|we|i'?m|im|i am|we'?re|we are|j'|je|nous|yo|ich|wir|eu|n[óo]s)\s*)"

# The minor category needs both: a child named with an age, and an approach.
MINOR_APPROACH = re.compile(
    r"(?i:\b(?:(?:asked|asking)\b(?! (?:why|how|because|about the (?:fare|price|charge|refund)))|offered|offering|gave|touch\w*|number|instagram|snap\w*|whatsapp|alone|boyfriend|"
    r"girlfriend|looks? (?:way )?older|pretty|cute|photos?|pictures?|pics|hang out|ride with him|privat\w*|"
    r"cigarettes?|beer|alcohol|"
    # Eighteenth round: "demand" as the market's ("mucha demanda", "high demand", "forte demande") asks nothing.
    r"(?<!\b(?:high|heavy|peak|huge|great|increased|more|much|surge|mucha|mucho|alta|gran|grande|fuerte|forte|muita|tanta|"
    r"elevada|grosse|por la|de la|pela|da) )demand\w*|pedi[óu]|preguntó|perguntou|ofereceu|ofreci[óo]|gefragt|"
    r"angeboten|nummer|numéro|n[úu]mero|hübsch|bonita|linda|jolie))"
)

# Phrases that use a category's words in an ordinary sense; removed before that category is looked for.
_CHAT = r"(?:chat\w*|talked|talking about|conversation|curious|interested)"
MISHAP = r"(?:accident|accidente|acidente|unfalls?|crash|collision|pile-?up|choque|batida|accrochage|carambolage|zusammensto\w*)"
# From here, the end of the sentence within 300 characters. The guards that read a whole sentence read only sentences of
# at most 300 characters (a longer one is left as it is), which bounds their cost.
_SHORT_SENTENCE = r"(?=[^.!?]{0,300}(?:[.!?]|$))"
# Within 300 characters of both ends of its sentence: a guard that reads the whole sentence around each word it matches
# stays linear on a long text full of such words.
_NEAR_ENDS = r"(?<=(?:^|[.!?])[^.!?]{0,300})" + _SHORT_SENTENCE


def _unrefused_beside(word: str, beside: str) -> str:
    """`word` in a sentence of at most 300 characters either side that holds `beside` and no refusal."""
    return (
        word
        + _NEAR_ENDS
        + r"(?<!\b"
        + REFUSED
        + r"\b[^.!?]*)(?![^.!?]*\b"
        + REFUSED
        + r"\b)"
        + r"(?:(?<=\b"
        + beside
        + r"\b[^.!?]*)|(?=[^.!?]*\b"
        + beside
        + r"\b))"
    )


NOT_IN = {
    "impaired_driver": re.compile(
        # The rider (or a friend) had drunk, not the driver; alcohol spilled.
        r"(?i:\b(?<!(?:ch[óo]fer|conductor|motorista|fahrer|chauffeur|driver|[ée]l|ele|er|il|he) )"
        r"(?:i|we|my (?:friend|mate|partner|wife|husband)|friend|j'[ée]tais|ich war|eu"
        # "estaba", "estava" name no one: not when the driver was named just before ("el conductor claramente estaba").
        # "el" unaccented is the article ("el sábado iba muy borracho" is the rider), the pronoun only right before.
        r"|(?<!\b(?:ch[óo]fer|conductor|motorista|él|ele|driver)\b[^.!?,;]{0,30})(?<!\bel )(?:iba|estaba|tava|estava))"
        # The words between never name the driver ("I think the driver was drunk" is a report).
        r"(?: (?!(?:he|she|they|him|his|her|driver|guy|man|chauffeur|conducteur|conductor|ch[óo]fer|fahrer|er|motorista|"
        r"ele|il|[ée]l)\b)\w+){0,4} (?:was |were |got |am |had been )?(?:the |a bit |quite |very |pretty |un poco |meio |un peu )?"
        r"(?:drunk|tipsy|wasted|high|borracho|b[êe]bado|betrunken|bourr[ée]|ivre)\b"
        r"|\b(?:drunk|tipsy) (?:night|mate|friends?|people|passengers?|guests?)\b"
        r"|\b(?:spilled|spilt|spill|derram\w*|derrub\w*|renvers\w*|vers[ée]|versch[üu]tt\w*) (?:\w+ ){0,3}"
        r"(?:beer|alcohol|alcool|[áa]lcool|wine|bi[èe]re|cerveza|cerveja|bier|vinho|vino|vin|wein)\b"
        # The rider slept, not the driver.
        r"|\b(?:i|we|my (?:son|daughter|kid|friend|wife|husband|partner))\b(?: (?!he\b|she\b|they\b|him\b|driver\b)\w+){0,4} (?:fell asleep|dozed off|nodded off|"
        r"was asleep|was sleeping)\b|\bje me suis endormi\w*|\bme (?:qued[ée]|dorm[íi])\w*(?: dormid[oa])?\b"
        r"|\b(?:ich )?bin\b[^.!?]{0,30}\b(?:eingeschlafen|eingenickt|eingedöst|weggedöst)\b|\beu (?:dormi|cochilei|peguei no sono)\b|\bacabei dormindo\b)"
    ),
    "accident_injury": re.compile(
        # A mishap of billing, of coffee, a slip: "accident" in its ordinary sense.
        r"(?i:\b(?:billing|payment|charging|pricing|app) (?:accident|error)\b|\baccidente? de (?:facturation|paiement|facturaci[óo]n|"
        r"pago|cobran[çc]a|pagamento)\b|\baccident (?:of|in|with) (?:the )?(?:billing|bill|"
        r"charg\w*|payment|app)\b|\b(?:par|por|by) (?:accident|accidente|acidente)\b|\baccident de parcours\b"
        r"|\b(?:accident|accidente|acidente|missgeschick|unfall) (?:with|avec|con|com|mit) (?:\w+ )?(?:coffee|caf[ée]|drinks?|"
        r"boisson|bebida|juice|jus|zumo|suco|kaffee|getränk|water|eau|agua|[áa]gua|wasser|food|ice cream|glace|card|carte|"
        r"tarjeta|cart[ãa]o|karte|booking|r[ée]servation|reserva)\b"
        # Someone's accident long before the trip, told in passing.
        r"|(?:^|(?<=[.!?]))(?>[^.!?]*?\b(?:unfall|accident|accidente|acidente)\b)[^.!?]*?\b(?:vor (?:jahren|einem jahr)|last year|"
        r"years ago|h[áa] anos|hace años|il y a des ann[ée]es)\b[^.!?]*"
        r"|\b(?:the |my |this )?(?:bill|fare|price|app|receipt|invoice|statement)\b[^.!?]{0,25}\bcar crash\b"
        r"|\b(?:app|application|appli|aplicaci[óo]n|aplicativo|phone|t[ée]l[ée]phone|site|website|page|screen|payment)\b"
        r"(?:\s+\w+){0,3}\s+crash\w*(?: (?:into|with))?"
        # An accident elsewhere that slowed the trip: traffic, a detour, a closed road.
        r"|\b(?:an?|un|une|um|uma|ein(?:en)?|there was an?|había un|teve um)?\s?(?:accident|accidente|acidente|unfall)\b"
        r"[^.!?]{0,60}\b(?:traffic|blocked|detour|d[ée]tour|desv\w*|stau|umleitung|highway|motorway|autoroute|"
        # Twenty-second round: held up by it, in the five languages ("nous a bloqués", "wir standen").
        r"bloqu\w*|coinc[ée]s?|stuck|held up|standen|steckten|parad[oa]s|atascad[oa]s|pres[oa]s no tr[âa]nsito|"
        r"autopista|marginal|longer|A\d+|M-\d+|on the (?:road|way|bridge))"
        r"|\bà cause d'un accident\b"
        r"|\b(?:there (?:was|had been)|due to|because of|caused by|il y avait|[àa] cause d'|hab[íi]a|hubo|wegen|aufgrund|"
        r"teve|houve|por causa d[eao])\s(?:an?|un|une|um|uma|eines?|einen?|de|del)?\s?(?:\w+\s)?"
        + MISHAP
        + r"\b"
        r"(?![^.!?]{0,30}\b(?:our|my|the) (?:car|ride|driver|taxi)\b|[^.!?]{0,30}\b(?:we|i) (?:were|was|got)\b)"
        r"(?=[^.!?]{0,80}\b(?:traffic|detour|d[ée]tour|closed|blocked|longer|late|delay\w*|fare|price|prix|precio|pre[çc]o|"
        r"preis|surge|bouchons?|embouteillages?|stau|umweg|umleitung|tr[áa]fico|tr[âa]nsito|atasco|desv\w*|tardamos|"
        r"parados|gesperrt|cortada|fechada|ferm[ée]e|co[ûu]t\w*|cost\w*|subi[óo]|subiu|gestiegen|augment\w*|teurer|"
        r"plus cher|m[áa]s caro|mais caro))"
        r"|\b(?:road|street|lane|bridge|rue|calle|stra(?:ß|ss)e|rua|avenue|avenida)\s(?:\w+\s){0,2}(?:was |were |est |estaba |war )?"
        r"(?:closed|blocked|ferm[ée]e|bloqu[ée]e|cortada|gesperrt|fechada|bloqueada)\s(?:\w+\s){0,2}(?:due to|by|because of|par|"
        r"por|wegen|por causa de)\s(?:an?|un|une|um|uma|einen?)?\s?" + MISHAP + r"\b"
        r"|\b(?:auf der|on the|sur l'|en la|na) (?:autobahn|highway|motorway|autoroute|autopista|estrada|rodovia)\b[^.!?]{0,20}"
        r"\b(?:war|was|il y avait|hab[íi]a|hubo|teve|houve)\s(?:an?|ein(?:en)?|un|une|um|uma)\s(?:unfall|accident|accidente|acidente)\b"
        r"|\b(?:someone|somebody|a (?:car|truck|bus|van)|alguien|quelqu'un|jemand|algu[ée]m)\s(?:\w+\s){0,2}(?:rear-?ended|crashed|"
        r"collided|hit)\b[^.!?]{0,60}\b(?:traffic|bouchons?|stau|tr[áa]fico|tr[âa]nsito|atasco|detour)"
        # Rights or privacy "verletzt" are not a body.
        r"|\b(?:datenschutz\w*|privatsph[äa]re|rechte|vertrag|regeln|agb|pflicht\w*)\s(?:\w+\s){0,3}verletz\w*"
        # An injury from before the trip, the reason for the booking: "I hurt my back moving house, so I booked an XL".
        r"|(?:^|(?<=[.!?]))(?>[^.!?]*?\b(?:hurt|injur\w*|sprain\w*|broke|broken|verletzt\w*|verstaucht|gebrochen|bless[ée]e?|cass[ée]|"
        r"foul[ée]|machuqu\w*|quebrei|torc\w*|romp[íi]|lesion\w*)\b)[^.!?]*?\b(?:moving "
        r"(?:house|flat|home)|at the gym|playing (?:football|soccer|tennis|basketball|rugby|sports?|squash|golf|hockey)|"
        r"skiing|so i (?:booked|ordered|requested|asked for|needed) (?:a |an )?(?:bigger|larger|xl|van|comfort|accessible|"
        r"car|ride)|beim (?:sport|"
        r"fu(?:ß|ss)ball|joggen|training|skifahren|umzug)|au (?:ski|foot|sport)|jugando|jogando|en el gimnasio|na academia)\b[^.!?]*"
        r"|(?:^|(?<=[.!?]))(?>[^.!?]*?\b(?:beim (?:sport|fu(?:ß|ss)ball|joggen|training|skifahren|umzug)|jugando al|jogando bola|"
        r"playing (?:football|soccer|tennis|basketball|rugby|sports?))\b)[^.!?]*?\b(?:hurt|injur\w*|sprain\w*|broke|verletzt\w*|"
        r"verstaucht|gebrochen|machuqu\w*|quebrei)\b[^.!?]*)"
    ),
    "violence": re.compile(
        r"(?i:\bslapped (?:with|w/) (?:a|an|the|another)\b|\b(?:hit|slapped|smacked) (?:me|us) with (?:a |an |the |another )?"
        r"(?:\$?[\d.,]+ |€[\d.,]+ |£[\d.,]+ )?(?:\w+ )?(?:charge|fee|bill|surcharge|fine)\b|\bslapped (?:a |an |the )?(?:\w+ )?(?:charge|fee|surcharge)\b|\bslap\w* (?:on |with )?(?:a |an |the |another )?(?:\$?\d+ )?"
        r"(?:fee|charge|surcharge)\b|\b(?:like )?a (?:punch|slap|kick) in the (?:gut|face|stomach|teeth)\b"
        # A price called violent: "c'est violent", "violento es pagar 9 euros".
        r"|\b(?:c'est|[çc]a c'est|es|esto es|é|isso [ée]|that'?s|this is|it'?s|is|are|was)\s(?:\w+\s)?violent\w*"
        r"(?=[^.!?]{0,60}(?:prix|tarif|frais|euros?|€|\$|precio|tarifa|pagar|pre[çc]o|taxa|price|fee|charge|payer))"
        r"|\bviolent\w* (?:es|é|c'est|is) (?:pagar|payer|paying)\b"
        r"|\b(?:pricing|prices?|surge|fares?|fees?|tarifs?|prix|precios?|pre[çc]os?|preise?) (?:is|are|was|est|es|é|ist|sont|son|s[ãa]o) "
        r"(?:\w+ )?violent\w*"
        r"|(?:prix|tarif|frais|€|\$|euros?|precio|pre[çc]o|price|fee)[^.!?]{0,60}\b(?:c'est|es|é|that'?s|it'?s)\s(?:\w+\s){0,2}violent\w*"
        r"|\bagression pour (?:mon|le|notre) (?:portefeuille|porte-monnaie|compte)\b)"
    ),
    "harassment": re.compile(
        r"(?i:\bharass\w* (?:me |us )?with (?:\w+ ){0,2}(?:notifications|emails|messages|promos?|ads|spam|texts)"
        # Harassment by notifications or e-mails, unease about a fee: the app's doing, not a person's.
        # The sentence's first word of one kind is the one the other must follow (atomic): a sentence is read once, not
        # once for each such word in it.
        r"|(?:^|(?<=[.!?]))(?>[^.!?]*?\b(?:harc[eè]l\w*|acos(?:o|ar)|ass[ée]dio|bel[äa]stig\w*|harass\w*)\b)[^.!?]*?\b(?:notif\w*|"
        r"e-?mails?|mails?|correos?|promos?|pubs?|publicit\w*|spam|newsletters?|relance\w*|push)\b[^.!?]*"
        r"|(?:^|(?<=[.!?]))(?>[^.!?]*?\b(?:notif\w*|e-?mails?|mails?|correos?|promos?|pubs?|publicit\w*|spam|newsletters?|relance\w*|"
        r"push)\b)[^.!?]*?\b(?:harc[eè]l\w*|acos(?:o|ar)|ass[ée]dio|bel[äa]stig\w*|harass\w*)\b[^.!?]*"
        r"|\b(?:uncomfortable|uneasy|mal [àa] l'aise|unwohl|desconfort[áa]vel|inc[óo]mod[oa]|g[êe]n[ée]e?)\s(?:paying|to pay|de "
        r"payer|pagar|de pagar|em pagar|pagando|zu zahlen)\b|\bme incomoda pagar\b"
        # A driver who rang after the ride to give back something left in the car.
        r"|(?:^|(?<=[.!?]))(?>[^.!?]*?\b(?:after the (?:trip|ride)|nach der fahrt|apr[èe]s la course|despu[ée]s del viaje|depois da "
        r"corrida)\b)[^.!?]*?\b(?:(?:left|forgot|lost|dropped) (?:my|something|his|her|our)\b(?! (?:voicemail|message|review|"
        r"rating|tip|comment))|oubli\w*|olvid\w*|esquec\w*|vergessen|liegen (?:lassen|gelassen)|im auto lag|to return|give "
        r"(?:it |them )?back|zur[üu]ckgeben|rendre|devolver|devolu\w*|schl[üu]ssel|keys?|cl[ée]s|llaves|chaves)\b[^.!?]*"
        r"|\b(?:uncomfortable|uneasy|mal [àa] l'aise|unwohl|desconfort[áa]vel|inc[óo]mod[oa]|me incomoda|g[êe]n[ée]e?)\s(?:with|about|paying|to pay|avec|de payer|con|pagar|de pagar|mit|bei|com|em "
        r"pagar|pagando|by)\b(?:\s\w+){0,4}\s"
        r"(?:paying|pay|fees?|prices?|charges?|frais|prix|geb[üu]hr\w*|preis\w*|taxas?|tarifas?|cobros?|precios?|pagar|payer|"
        r"zahlen|servicegeb[üu]hr|pre[çc]os?|charged|billed|cost|how much)\b)"
    ),
    "discrimination": re.compile(
        # "The driver helped with my wheelchair", "my guide dog was welcome": praise, and no refusal, in the sentence; read
        # only where the sentence reaches at most 300 characters either side of the word (a longer one is left as it is),
        # which bounds the cost of reading it again for each such word.
        r"(?i:"
        + _unrefused_beside(r"\b" + IDENTITY + r"\b", PRAISED)
        # An accent that started a chat: "he asked where I was from because of my accent, and we talked about food".
        + r"|"
        + _unrefused_beside(r"\b(?:my|her|his) accent\b", _CHAT)
        + r")"
    ),
    "threat": re.compile(
        # An account threatened with suspension is the app's doing; "pour me retrouver" is finding the rider.
        r"(?i:\b(?:threat\w*|menac\w*|amenaz\w*|amea[çc]\w*|droh\w*)\s(?:\w+\s){0,4}(?:account|compte|cuenta|conta|konto|"
        r"suspend\w*|sperren)\b|\bpour me retrouver\b"
        # A knife or a toy gun left behind in the car is a lost item.
        r"|\b(?:left|forgot|forgotten|lost|dropped|missing|oubli[ée]|laiss[ée]|olvid[ée]|dej[ée]|vergessen|liegen lassen|esqueci|"
        r"deixei)\b(?:\s\S+){0,4}\s(?:pocket ?knife|knife|(?:nerf|toy|glue|water) gun|couteau|cuchillo|navaja|messer|faca|canivete)\b)"
    ),
    "abduction_or_followed": re.compile(
        r"(?i:\b(?:follow\w*|me sigui[óo]|m'a suivie?|me seguiu|verfolgt)\b(?:\s\w+){0,3}\s(?:on|by|sur|por|pelo|no|en|auf|via)\s"
        r"(?:the |la |el |o |der )?(?:map|gps|app|carte|mapa|karte|appli)\b"
        r"|\bto (?:a )?(?:different|wrong) (?:entrance|terminal|gate|door|side|exit|pickup|drop-?off)\b)"
    ),
    "locked_in": re.compile(
        r"(?i:\b(?:trapped|stuck|eingesperrt|encerrad[oa]|atrapad[oa]|bloqu[ée]e?|pres[oa]|coinc[ée]e?)\s(?:\w+\s){0,2}"
        r"(?:in |im |en |no |dans )?(?:the |el |o |le |l'|dem )?(?:traffic|lift|elevator|aufzug|fahrstuhl|ascensor|elevador|"
        r"ascenseur|stau|tr[áa]fico|tr[âa]nsito|bouchons?|embouteillages?)\b"
        r"|\b(?:im|in the|en el|no|dans l')\s?(?:aufzug|lift|elevator|fahrstuhl|ascensor|elevador|ascenseur)\s(?:\w+\s){0,2}"
        r"(?:eingesperrt|trapped|stuck|encerrad[oa]|pres[oa]|bloqu[ée]e?|coinc[ée]e?)\b"
        r"|\b(?:compte|carte|t[ée]l[ée]phone|appli\w*|account|card)\s(?:\w+\s){0,2}verrouill\w*)"
    ),
    # Issue 21, wrong driver: a sentence that says the driver or the plate was the same, told by a rider whose
    # photo looked old or whose car's colour was described otherwise ("his photo is old, he shaved, same guy";
    # "same plate and same driver"), with no word of another person in it; and an app that assigned another
    # driver or car in the ordinary way.
    "wrong_driver": _p(
        r"(?:^|(?<=[.!?]))(?=[^.!?]*\b(?:same (?:guy|person|man|woman|driver|plate|car)|(?:definitely|clearly|obviously|still) (?:him|her)|"
        r"c'[ée]tait bien (?:lui|elle)|(?:le|la) m[êe]me (?:chauffeur|conducteur|homme|personne|plaque)|(?:era|fue) [ée]l|"
        r"(?:el|la) mism[oa] (?:conductor|matr[íi]cula|persona|placa)|derselbe|dieselbe|de[rn] gleichen? (?:fahrer|mann)|"
        r"gleiche[sn]? (?:kennzeichen|fahrer)|(?:o|a) mesm[oa] (?:motorista|placa|pessoa)|era ele|era ela)\b)"
        r"(?=[^.!?]*\b(?:photo|pic|picture|profile|app|plate|beard|hair|colou?r|foto|bild|profil\w*|appli\w*|perfil|barb\w*|bart|plaque|"
        r"placa|matr[íi]cula|kennzeichen|aplica\w*)\b)"
        r"(?![^.!?]*(?:\bnot\b|n't\b|\bdifferent\b|\banother\b|\bother\b|\belse\b|\bwrong\b|\bpas\b|\bautre\b|\bdiff[ée]rent|"
        r"\bno (?:era|es|fue|coincid|se parec)|\botr[oa]s?\b|\bdistint|\bnicht\b|\bkein|\bander|\bfalsch|\bn[ãa]o\b|\bdiferente|\berrad))"
        r"[^.!?]+",
        r"\b(?:reassign\w*|re-assign\w*|assigned|switched|matched)\s+(?:me\s+|us\s+)?(?:to\s+|with\s+)?(?:a\s+|an\s+)?(?:different|another|"
        r"new|other)\s+(?:driver|car|vehicle)\b",
        # A price, a time or an address that was not the one the app showed; a rider who booked on a relative's account.
        r"\b(?:price|fare|amount|total|fee|charge|address|route|receipt|pickup|destination|time|eta)\b[^.!?]{0,40}?\bnot the (?:one|same)\b"
        r"[^.!?]{0,30}",
        r"\b(?:i|we)\b[^.!?]{0,20}?\b(?:booked|book|ordered|order|requested|used|use|paid|pay)\b[^.!?]{0,25}?\b(?:my|our|a)\s+\w+'?s?\s+"
        r"account\b",
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
    r"aucun\w*|ningún|ninguna|sin|nadie|kein\w*|nicht|ohne|niemand|nenhum\w*|ningu[ée]m|sem|nem|personne(?= n'|\s*$))\b[^.!?]{0,25}$)"
)

# Hard brakes told with no harm (used by SAFE_CONTEXT below).
_NO_HARM = (
    r"(?:(?:nobody|no one|no-one) (?:was |got |were )?(?:hurt|injured|harmed)|everyone was fine|we were fine|good reflexes|"
    r"great reflexes|stopped in time|slowed down in time|"
    r"personne n'a rien|on n'a rien eu|nadie se hizo|no nos pas[óo] nada|niemandem|nichts passiert|super reagiert|"
    r"ningu[ée]m se|n[ãa]o aconteceu nada)"
)

# A message that says plainly the trip was safe (and has no strong word): "the driver was safe but slow".
SAFE_CONTEXT = re.compile(
    r"(?i:\b(?:i felt|felt|was|drove|driving|totally|perfectly|completely) (?:safe|fine|careful)\b"
    r"|\b(?:drove|driving|drives) (?:very |really |super )?(?:safely|carefully|smoothly|well)\b|\b(?:safe|careful) driver\b"
    r"|\bcon (?:mucha )?seguridad\b|\bsicher gefahren\b|\bcom (?:muita )?seguran[çc]a\b|\bprudemment\b"
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
    # Tenth round (issue 21, the false alarms on the sets that may be read): general causes, not their strings.
    # A rider who says the trip was safe in more words ("felt completely safe", "Hab mich total sicher gefühlt",
    # "me senti super segura"), that nobody was hurt after a hard brake ("nadie se hizo daño", "ninguém se magoou",
    # "personne n'a rien eu", "Niemandem ist was passiert"), or that an accident seen was not the car's ("I wasn't
    # in it", "our car was nowhere near it"): the clause is set aside and the classifier must be surer on the rest.
    r"|(?i:\b(?:i |we )?felt (?:completely |totally |very |really |perfectly |so |super |absolutely |100% )safe\b"
    r"|\bsafe and sound\b|\b(?:no one|nobody) (?:got |was |were )?(?:hurt|harmed)\b|\beveryone was (?:fine|ok|okay|unhurt)\b"
    r"|\b(?:i|we) (?:wasn'?t|was not|weren'?t|were not) (?:in it|in that car|in the car|a passenger|involved)\b"
    r"|\bour car (?:was nowhere near|(?:did not|didn'?t|never) touch|was not involved|wasn'?t involved|was fine)\w*"
    r"|\b(?:hab|habe) mich (?:total |sehr |ganz |absolut |v[öo]llig |immer )?sicher gef[üu]hlt\b"
    r"|\b(?:niemandem|keinem) (?:ist )?(?:was|etwas|nichts) passiert\b|\bes ist niemandem was passiert\b"
    r"|\bpersonne n'a rien eu\b|\bon n'a rien eu\b|\bje me suis senti(?:e)? (?:totalement |tr[èe]s |compl[èe]tement |vraiment )?en s[ée]curit[ée]\b"
    r"|\bnadie se hizo (?:da[ñn]o|nada)\b|\bno nos pas[óo] nada\b|\bme sent[íi] (?:muy |super |s[úu]per |totalmente |completamente )segur[oa]\b"
    r"|\bningu[ée]m se (?:magoou|feriu|machucou)\b|\b(?:me senti|senti-me) (?:super |muito |totalmente |completamente )segur[oa]\b)"
    # A hard brake or a swerve for someone or something on the road, told beside "nobody was hurt" or praise for the
    # reflexes: the driver's care, not a danger ("Driver braked hard when a kid on a scooter darted out. Nobody got
    # hurt"). Without such words ("he braked hard for a dog and I hit my head") it is read as before.
    r"|(?i:\b(?:braked|brakes|stopped|swerved|slowed down|slammed on the brakes|gebremst|bremsen|ausgewichen|frein[ée]|freinage|"
    r"fren[óo]|fren[óo] de golpe|travou|freou|parou)\b[^.!?]{0,50}\b(?:when|because|as|for|as|weil|als|wegen|parce qu|pour|quand|"
    r"porque|por|cuando|quando|por causa)\b[^.!?]{0,50}\b(?:kid|child|children|dog|cat|deer|fox|cyclist|scooter|pedestrian|animal|"
    r"bike|motorbike|kind|hund|katze|reh|radfahrer|fu(?:ß|ss)g[äa]nger|enfant|chien|chat|cycliste|pi[ée]ton|ni[ñn]o|perro|gato|"
    r"ciclista|peat[óo]n|crian[çc]a|c[ãa]o|cachorro|gato|pedestre)\b"
    r"(?=.{0,200}\b" + _NO_HARM + r"))"
    # An evening said to have gone well, in few words: "it was all fine", "Alles gut.", "Chato, mas seguro."
    r"|(?i:\b(?:it was|was|were|is) all (?:fine|good|ok|okay)\b|\balles gut[.!]|\b(?:but|mas|pero|mais) (?:safe|segur[oa]|s[ûu]r)[.!])"
    # A trip told as calm or normal ("he drove calmly", "dirigiu com calma", "Ruhige Fahrweise", "All normal.", "tudo
    # perfeito") and a parent's wish to see where a child is on a ride ("I'd like to see where she is"): said safe, as above.
    r"|(?i:\b(?:drove|driving|drives|drive was) (?:very |really |super )?(?:calm(?:ly)?|steadily|sensibly|gently)\b"
    r"|\bruhige fahrweise\b|\b(?:ruhig|entspannt) gefahren\b"
    r"|\b(?:dirigiu|dirigia|conduziu|conduzia) com (?:toda a |muita )?calma\b"
    r"|\b(?:conduc[íi]a|condujo|manej[óo]|manejaba) con (?:mucha )?(?:calma|cuidado|tranquilidad)\b"
    r"|\b(?:conduisait|a conduit|roulait) (?:tr[èe]s )?(?:calmement|tranquillement|doucement)\b"
    r"|\ball (?:was )?normal\b|\btout [ée]tait (?:parfait|normal)\b|\btodo (?:fue )?normal\b|\btudo (?:normal|perfeito|tranquilo)\b"
    r"|\balles (?:war )?normal\b"
    r"|\b(?:i'?d like|i would like|i want|we want|so i can|so we can|wants?) (?:\w+ ){0,4}to (?:be able to )?(?:see|follow|track) "
    r"where (?:i am|i'm|she is|she's|he is|he's|they are|my \w+ is)\b(?! (?:staying|living))"
    r"|\b(?:die|er|sie|meine mutter|mein vater) macht sich (?:immer )?sorgen\b)"
)

# A rider who makes light of what the driver did ("rude but whatever", "harmless", "pas grave", "aber egal"):
# what they tell is, in the messages seen, a service complaint. It does not hide a pattern's finding; the
# classifier alone must be surer there (as where the ride was said to be safe), not silent.
DOWNPLAYED = re.compile(
    r"(?i:\b(?:harmless|no big deal|not (?:a |that )?big (?:deal|thing)|(?:but|fine|ok|okay),? whatever|whatever[.,!]|fair enough|no harm done|"
    r"nothing (?:else )?happened|nothing dangerous|not dangerous|(?:i guess )?that'?s (?:his|her|their) (?:right|call)|"
    r"not the end of the world|(?:but|but it'?s|it'?s|it was) (?:ok|okay|fine)\b|just annoying|annoying,? (?:but|not)|"
    r"minor,? but|(?:odd|weird|strange|rude|grumpy|unfriendly),? but (?:fine|ok|okay|harmless|whatever)|"
    r"pas grave|rien de grave|mais bon\b|pas dangereux|rien ne s'est pass[ée]|pas bien m[ée]chant|"
    r"nada grave|pero bueno|no es grave|nada peligroso|no pas[óo] nada|"
    r"nicht schlimm|aber egal|halb so wild|nichts passiert|nicht gef[äa]hrlich|harmlos|"
    r"mas tudo bem|nada demais|n[ãa]o foi perigoso|nada perigoso|n[ãa]o aconteceu nada)"
    r"(?!\w))"
    # A rider who says it was rudeness and nothing more ("rude, nothing more", "Grosero, nada más", "Unhöflich, mehr
    # nicht", "No threat, just rude", "aucune menace"): made light of, like DOWNPLAYED's words.
    r"|(?i:\b(?:nothing more|that'?s all|just rude|only rude|no threat\w*|nada m[áa]s|nada mais|s[óo] isso|mehr (?:war )?nicht|"
    r"(?:aber )?sonst nichts|rien de plus|sans plus|aucune menace|sin amenaza\w*|sem amea[çc]a\w*|keine drohung\w*|"
    r"nada de perigoso|nada de peligroso)(?!\w))"
)

# Rudeness told as such ("rude guy", "very unprofessional", "fue un borde", "grosseiro", "schlecht gelaunt", "rolled
# his eyes"): a service complaint unless something aimed at the rider goes with it, which the lexicon's patterns
# find ("he was rude and said he would hurt me"). Without such a finding the classifier must be surer, as where the
# rider makes light of it; what follows the rude words is read as usual ("he was rude, then followed my car home").
RUDE = re.compile(
    r"(?i:\b(?:rude\w*|unfriendly|unprofessional|impolite|grumpy|moody|grouchy|in a bad mood|bad attitude|rolled his eyes|"
    r"impoli\w*|malpoli\w*|d[ée]sagr[ée]able|de mauvaise humeur|mal lun[ée]|"
    r"grosero|grosera|(?:un|una|muy|tan|fue|es|era|qu[ée]) borde|maleducad[oa]|mal educad[oa]|de mal humor|mala cara|"
    r"unh[öo]flich\w*|unfreundlich\w*|schlecht gelaunt|genervt|angepampt|maulfaul|mit den augen gerollt|"
    r"grosseir[oa]|mal[- ]educad[oa]|mal[- ]humorad[oa]|antip[áa]tic[oa])(?!\w))"
)

# More everyday wordings per category, in the five languages, written from the examples in data/
# (not from the sets the screen is scored on).
_MORE = {
    "sexual": _p(
        # woken by an assault: "woke up with his hand under my skirt", "me desperté con él encima de mí"
        r"\bwoke (?:up )?(?:with|to) (?:him|the driver|his hands?)\b(?=[^.!?]{0,25}\b(?:on top|on me|over me|"
        r"touching|on my|under my|in my|inside|kissing))",
        r"\bme despert[ée] con (?:él|el conductor|su mano|sus manos) (?:encima|sobre|tocándome|en mi|dentro|debajo|"
        r"besándome)|\bme suis r[ée]veill[ée]e? avec (?:lui|sa main|ses mains|le chauffeur) (?:sur|contre|dans|sous|"
        r"en train de me)|\bacordei com (?:ele|o motorista|a m[ãa]o dele|as m[ãa]os dele) (?:em cima|sobre|me tocando|"
        r"na minha|no meu|dentro|debaixo|me beijando)|\baufgewacht,? (?:als|weil) (?:er|der fahrer) mich\b[^.!?]{0,20}"
        r"\b(?:anfasste|angefasst|befummelt\w*|gek[üu]sst\w*)|\baufgewacht,? (?:und|da) (?:er|der fahrer) (?:lag|war) "
        r"(?:auf|über) mir\b",
        r"\btouch(?:ing|ed)? himself\b|\bunzip\w*|\b(?:his|my) crotch\b|\bsex life\b|\binappropriate(?:ly)? touch\w*",
        r"\bsend (?:him )?(?:pictures|photos|pics|nudes) of (?:my|her)self\b|\bput (?:his|an) arm around me\b|\bsniff\w* my\b",
        r"\b(?:give|gave) (?:him|me) a kiss\b|\bfor a kiss\b|\bkissing noises\b|\bwhat i was wearing\b|\bunder my (?:dress|skirt|coat|top)\b|\b(?:sit|sat) on his lap\b",
        r"\bbetween my legs\b|\blick\w* his lips\b|\bgrabbed my (?:bum|butt|ass|breasts?|chest)\b|\bworth his while\b",
        r"\bnice (?:lips|legs|body|ass|boobs)\b",
        r"\bse touchait\b|\bm'embrasser\b|\bmain aux fesses\b|\bpasser la nuit avec\b|\bentre mes jambes\b|\bsous ma robe\b",
        r"\bma poitrine\b|\bma cuisse\b",
        r"\bse (?:estaba )?tocando\b|\bentre las piernas\b|\bdebajo del vestido\b|\bel culo\b|\bdesnud\w*|\bmi muslo\b",
        r"\bhand aufs? (?:bein|knie|oberschenkel)\b|\bselbst angefasst\b|\bzwischen die beine\b|\bnacktfotos?\b",
        r"\b(?:mich|zum abschied) (?:\w+ )?küssen\b|\bunter dem kleid\b|\bsprüche über meine?n? (?:körper|brüste|beine|figur)\b",
        r"\bm[ãa]o na minha (?:coxa|perna)\b|\bse tocando\b|\bme beijar\b|\bentre as minhas pernas\b|\bpor baixo do vestido\b",
        r"\bpelad[oa]s?\b|\bsobre o meu corpo\b",
    ),
    "harassment": _p(
        r"\b(?:took|taking) (?:a )?(?:photos?|pictures?|pics?|videos?) of me\b|\bfilm(?:ed|ing) me\b|\bverbally abus\w*",
        r"\b(?:comment\w*|remarks?) (?:on|about) (?:my|how i) (?:weight|body|looks|dress\w*|clothes|outfit|was dressed)\b",
        r"\bfriend request\b|\bfound me on (?:instagram|facebook|social media|linkedin|tiktok)\b|\bwouldn'?t leave me alone\b",
        r"\b(?:texted|messaged|called|rang|dm'?d|whatsapp\w*|wrote to|friend-?requested|added) (?:me|my)\b[^.!?]{0,60}\bafter the "
        r"(?:trip|ride)\b|\bafter the (?:trip|ride)\b[^.!?]{0,40}\b(?:texted|messaged|called|rang|dm'?d|wrote to) (?:me|my)\b",
        r"\bnever gave (?:him|her|them) my (?:number|address|instagram)\b|\b(?:texted|messaged|dm'?d) me on (?:instagram|"
        r"facebook|whatsapp|snapchat|tiktok)\b",
        r"\bjamais donn[ée] mon num[ée]ro\b|\bnunca (?:le|lhe) di (?:mi|meu) n[úu]mero\b|\bnunca dei (?:o )?meu n[úu]mero\b",
        r"\bnie meine nummer gegeben\b|\bapr[èe]s la course\b[^.!?]{0,60}\b(?:sms|messages?|appel\w*|[ée]crit)\b",
        r"\bdespu[ée]s del viaje\b[^.!?]{0,60}\b(?:mensajes?|whatsapp|llam\w*|escrib\w*)\b|\b(?:me )?(?:llam[óo]|escribi[óo]|"
        r"mand[óo] mensajes?)\b[^.!?]{0,60}\bdespu[ée]s del viaje\b",
        r"\bdepois da corrida\b[^.!?]{0,60}\b(?:mensage\w*|whatsapp|lig\w*|escreve\w*)\b|\b(?:me )?(?:ligou|mandou mensage\w*)"
        r"\b[^.!?]{0,60}\bdepois da corrida\b|\bnach der fahrt\b[^.!?]{0,60}\b(?:sms|nachrichten?|angerufen|geschrieben)\b",
        r"\bkept (?:calling|texting|messaging|ringing) (?:me|my)\b|\bwhich floor i live\b|\bfeel watched\b|\buneasy\b",
        r"\bif i (?:live|lived|was living) (?:alone|by myself|on my own)\b|\bif i was (?:free|single|alone) tonight\b",
        r"\bif my (?:husband|boyfriend|roommates?|parents|partner) (?:was|were|is|are) (?:home|away|around)\b",
        r"\bm'a pris(?:e)? en photo\b|\bm'a film[ée]e?\b|\bme fixait\b|\bme draguait\b|\bm'a hurl[ée] dessus\b",
        r"\bcommentaires? sur mon (?:poids|corps|physique)\b|\bse moquait de moi\b|\bcri[ée] des insultes\b",
        r"\bme hizo fotos\b|\bme grab[óo]\b|\bme miraba (?:todo el rato|fijamente)\b|\bme grit[óo]\b|\bse re[íi]a de m[íi]\b",
        r"\bcomentarios sobre mi (?:peso|cuerpo|f[íi]sico)\b|\bsi (?:viv[íi]a|vivo) sola\b|\bgrit[óo] insultos\b",
        r"\bfotografiert\b|\bgefilmt\b|\bangestarrt\b|\bhat mich (?:\w+ ){0,3}angemacht\b|\bob ich allein wohne\b|\bhinterhergeschrien\b",
        r"\bgelästert\b|\bausgelacht\b",
        r"\btirou foto de mim\b|\bme filmou\b|\bme encarando\b|\bgritou (?:comigo|xingamentos)\b|\bme chamou de\b",
        r"\bsobre o meu peso\b|\bmorava sozinha\b|\bria de mim\b",
    ),
    "threat": _p(
        r"\bwatch yourself\b|\bi know (?:your (?:building|address|house|street)|where you)\b|\bwait for (?:me|you) outside\b",
        r"\bdeal with (?:me|you)\b|\bend up (?:hurt|in the river|dead|in hospital)\b|\brun (?:her|him|me|you) over\b",
        r"\bdrag (?:me|you|her|him) out\b|\bleak my (?:address|number|photos?)\b|\bmake me angry\b|\bclench\w* (?:his )?fists?\b",
        r"\bscrewdriver\b|\bcrowbar\b|\bbat\b(?=[^.!?]{0,40}\b(?:under|from|pulled|took|seat))|\bbe careful at night\b",
        r"\bs'occuper de moi\b|\bsait o[ùu] je (?:travaille|vis)\b|\bbatte\b|\bcasser les dents\b|\bme laisser sur l'autoroute\b",
        r"\bse encargar[íi]a de m[íi]\b|\bsabe d[óo]nde (?:trabajo|vivo)\b|\bme iba a buscar\b|\bdestornillador\b",
        r"\bdejarme tirad[oa] en\b",
        # Left on the road, at night, far from anywhere: not a no-show that "left me stranded at the airport"
        r"\b(?:left|dumped|abandoned|kicked|threw|put) (?:me|us|her|him) (?:out )?(?:stranded )?(?:on|at|by|in) (?:the )?"
        r"(?:(?:side|hard shoulder|middle) of (?:the|a) )?(?:road(?:side)?|highway|motorway|freeway|hard shoulder|"
        r"middle of nowhere)\b",
        r"\bleft (?:me|us|her|him) stranded\b(?=[^.!?]{0,60}\b(?:at night|in the dark|middle of the night|highway|"
        r"motorway|freeway|nowhere|[1-5] ?(?:am|a\.m\.)))",
        r"\bm'a (?:laiss[ée]e?|abandonn[ée]e?|d[ée]pos[ée]e?|jet[ée]e?) (?:seule? )?(?:au bord de la route|sur le "
        r"bas-c[ôo]t[ée]|sur l'autoroute|en pleine campagne|au milieu de nulle part)",
        r"\bme (?:dej[óo]|abandon[óo]) tirad[oa]\b|\bme (?:dej[óo]|abandon[óo]|baj[óo]|ech[óo])\b[^.!?]{0,30}\b"
        r"(?:borde|orilla|arc[ée]n|cuneta|mitad|medio) de (?:la )?(?:carretera|autopista|autov[íi]a|ruta|nada)\b",
        r"\bmich\b[^.!?]{0,40}\b(?:an|auf) der (?:autobahn|landstra(?:ß|ss)e|schnellstra(?:ß|ss)e)\b[^.!?]{0,30}"
        r"\b(?:ausgesetzt|rausgeworfen|stehen (?:ge)?lassen)\b",
        r"\bme (?:largou|abandonou|deixou) (?:sozinh[oa] )?(?:na|no) (?:beira|meio|acostamento) d[ae] "
        r"(?:estrada|rodovia|autoestrada|nada)\b",
        r"\bum mich k[üu]mmern\b|\bwei(?:ß|ss),? wo ich (?:arbeite|wohne)\b|\bschlagstock\b|\bklappe halten\b|\brausschmei(?:ß|ss)en\b",
        r"\bcuidar de mim\b|\bsabe onde (?:eu )?(?:trabalho|moro)\b|\bcanivete\b|\bme largar na\b",
    ),
    "violence": _p(
        r"\bspit (?:in|at|on)\b|\btwisted my (?:arm|wrist)\b|\bshook me\b|\bfist ?fight\b|\bby the (?:neck|throat|hair|collar)\b",
        r"\b(?:wouldn'?t|refused to|didn'?t|would not) let go of (?:my|her|his)\b|\bpushed me (?:down|over|out)\b|\bhit me with\b|\bdragged me\b",
        r"\bm'a crach[ée]\b|\bcrach[ée] (?:au visage|dessus)\b|\bm'a tir[ée]e? par\b|\bpar le cou\b|\bpar terre\b(?<=pouss[ée]e? par terre)",
        r"\ba frapp[ée] (?:mon|ma|mes)\b",
        r"\bme escupi[óo]\b|\bme agarr[óo] del (?:cuello|brazo|pelo)\b|\bde un empuj[óo]n\b|\ble peg[óo] a\b|\bme sacudi[óo]\b",
        r"\bgezerrt\b|\bam hals gepackt\b|\bzu boden gesto(?:ß|ss)en\b|\bins gesicht geschlagen\b|\bgerissen\b(?<=hand gerissen)",
        r"\bcuspiu\b|\bme puxou pelo\b|\bpelo pesco[çc]o\b|\bdeu um tapa\b",
    ),
    "dangerous_driving": _p(
        # A phone in the hand at the wheel, a speed far over any limit, cutting up a lorry.
        r"\b(?:phone|mobile) in (?:his|her|one) hand\b|\bt[ée]l[ée]phone [àa] la main\b|\bm[óo]vil en la mano\b|\bhandy in der hand\b"
        r"|\bcelular na m[ãa]o\b|\bqueue de poisson\b|\bcut (?:up|off) (?:a|the|another) (?:lorry|truck|bus|car|van)\b",
        r"\b(?:1[3-9]\d|2\d\d)\s?(?:km/?h|kmh|kph|mph)?\s(?:on|in|along|down|sur|en|por|auf|na|no|pela|pelo)\s(?:the |a |le |la |l'|el |der |die |o )?"
        r"(?:ring ?road|motorway|highway|freeway|p[ée]riph\w*|rocade|autoroute|nationale|autopista|autov[íi]a|circunvalaci[óo]n|"
        r"autobahn|stadtautobahn|landstra(?:ß|ss)e|ring|marginal|rodovia|estrada|avenida|avenue)\b",
        # Braking or swerving on purpose, to frighten or to hurt.
        r"\b(?:on purpose|deliberately|intentionally|expr[èe]s|a prop[óo]sito|de prop[óo]sito|adrede|aposta|absichtlich|mit absicht)\b"
        r"[^.!?]{0,40}\b(?:brak\w*|brake|swerv\w*|frein\w*|fren[óoa]\w*|brems\w*|gebremst|freou|freiou|jerk\w*)"
        r"|\b(?:brak\w*|brakes|swerv\w*|frein\w*|fren[óoa]\w*|gebremst|freou)\b[^.!?]{0,40}\b(?:on purpose|deliberately|"
        r"intentionally|expr[èe]s|a prop[óo]sito|de prop[óo]sito|adrede|absichtlich|mit absicht)\b",
        r"\b(?:cutting|cut) (?:people|cars|everyone|others) off\b|\b(?:drove|driving|drives) like a (?:maniac|madman|lunatic|"
        r"crazy person|psycho)\b|\bovert(?:ook|aking) on (?:a |the )?(?:blind|hard shoulder|double|bend)\b|\boncoming traffic\b",
        r"\b(?:ran|ignored|blew through) (?:a |the |every |all the )?stop signs?\b|\bway too fast\b|\b(?:asked|begged|told) (?:him )?to "
        r"slow down\b|\bdrifting (?:across|between|into)\b|\bno hands on\b|\bwith his knees\b|\bvideo call\b(?=[^.!?]{0,30}\bdriv)|\bdriv\w*[^.!?]{0,30}\bvideo call\b|\blivestream\w*",
        r"\bwatching (?:a |the )?(?:match|game|football|film|movie|series|netflix|show)\b|\bflooring it\b|\b(?:thought|was sure) (?:i|we) (?:was|were) (?:going to|gonna) die\b|\b(?:scared|feared) for my life\b",
        r"\b(?:up on|mounted|onto) the (?:kerb|curb)\b|\bagainst (?:the )?traffic\b|\bdangerous(?:ly)? driv\w*",
        r"\bcomme un (?:fou|malade|dingue)\b|\bj'ai cru mourir\b|\bdemi-tour sur (?:l'autoroute|une voie rapide)\b",
        r"\bmont[ée] sur le trottoir\b|\bconduite dangereuse\b|\bbr[ûu]l[ée] (?:un |des |trois |deux |plusieurs )?feux?\b",
        r"\bcomo un loco\b|\bpens[ée] que (?:me mor[íi]a|nos mat[áa]bamos|[íi]bamos a chocar)\b|\bse subi[óo] a la acera\b",
        r"\bdirecci[óo]n contraria\b|\bcasi atropell\w*|\btemerari\w*|\bse salt[óo] (?:\w+ )?sem[áa]foros?\b",
        r"\bwie ein (?:irrer|verrückter|henker)\b|\bdachte,? ich sterbe\b|\büber den gehweg\b|\bfast (?:überfahren|einen unfall)\b",
        r"\brücksichtslos\w*|\büber (?:drei |zwei |mehrere |eine )?rote ampeln?\b|\bgebrettert\b|\bschlangenlinien\b",
        r"\bfeito um (?:louco|doido)\b|\bachei que (?:ia morrer|a gente ia bater)\b|\bsubiu na cal[çc]ada\b|\bquase atropel\w*",
        r"\bavan[çc]ou (?:o |os |tr[êe]s |dois )?sina(?:l|is)\b",
    ),
    "impaired_driver": _p(
        r"\bwasted\b|\bcould(?:n'?t| barely| hardly) keep (?:his )?(?:eyes open|the car straight)\b|\beyes (?:were )?closing\b",
        r"\bsmoking a joint\b|\bsmell\w* like a (?:pub|brewery|bar|distillery)\b|\bhad a couple\b|\btipsy\b|\bdozed\b",
        r"\bkeep (?:him|his eyes) (?:awake|open)\b|\bdouble shift\b|\bpupils\b",
        r"\bhaleine\b[^.!?]{0,20}\balcool\b|\bpiquait du nez\b|\bfumait un joint\b|\bsentait la bi[èe]re\b|\bavait bu\b",
        r"\byeux ouverts\b",
        r"\bhaciendo eses\b|\bse le cerraban los ojos\b|\bdrogado\b|\bol[íi]a a (?:cerveza|alcohol|vino|marihuana)\b|\bojos abiertos\b",
        r"\balkoholfahne\b|\baugen (?:sind )?zugefallen\b|\beinen joint\b|\bzugedröhnt\b|\bgelallt\b|\baugen kaum offen\b",
        r"\bcacha[çc]a\b|\bpinga\b|\bbafo de [áa]lcool\b|\bolhos (?:dele )?fechavam\b|\bbaseado\b|\bdrogado\b|\bcheirava a (?:cerveja|[áa]lcool|maconha)\b",
        r"\bolhos abertos\b",
        # A driver falling asleep at the wheel, told without the words above (issue 21, round four).
        r"\b(?:il|chauffeur|conducteur)\b[^.!?]{0,20}\bs'endorm\w*|\bs'endorm\w* au volant\b|\bdormait au volant\b",
        r"\bse dorm[íi]a (?:en|al) (?:el |los )?(?:volante|sem[áa]foros?)\b|\bse (?:estaba |iba )?quedando dormido\b",
        r"\baugen (?:sind |fielen |fallen )?ihm\b[^.!?]{0,20}\bzu(?:gefallen)?\b|\b(?:er|fahrer)\b[^.!?]{0,20}\b(?:fast |beinahe )?eingeschlafen\b",
        r"\b(?:motorista|ele|o cara)\b[^.!?]{0,30}\b(?:dormiu|cochilou|caindo de sono|pescando)\b|\bdorm\w* (?:no|ao) volante\b",
    ),
    "accident_injury": _p(
        r"\b(?:slammed|smashed|ploughed|plowed|rammed) into (?:the|a|an|another) (?:car|van|truck|lorry|bus|pole|wall|barrier|back)\b"
        r"|\bcut (?:my|his|her) (?:lip|head|hand|face|chin|forehead|eyebrow|cheek)\b",
        r"\bcrash(?:ed)?\b(?=[^.!?]{0,60}\b(?:hurt|neck|back|head|wrist|bleed\w*|a&e|hospital|injur\w*|pain|swollen|bruis\w*))",
        r"\bhit us\b|\bhit from (?:behind|the side)\b|\bairbags?\b|\bskidded\b|\bsplit (?:his|her|my) lip\b|\bbump on (?:my|his|her)\b",
        r"\b(?:my|his|her) (?:nose|lip|head|knee|wrist|finger|hip|shoulder|ankle) (?:was |is )?(?:bleeding|swollen|broken|bruised|cut)\b",
        r"\b(?:i|she|he) fell\b(?! asleep)|\bhurts to (?:breathe|move|walk)\b|\bwent into the back of\b|\ba&e\b|\bemergency room\b",
        r"\b(?:drove|pulled|took) (?:off|away) (?:while|when|before|as) (?:i|she|he|my|her|his)\b[^.!?]{0,40}\b(?:foot|feet|leg|"
        r"hand|arm|door|half (?:in|out)|getting (?:in|out)|still)\b|\b(?:ankle|wrist|knee|foot|hand|arm|leg|finger|elbow|lip|"
        r"eye|face|shoulder)s? (?:is |was |are |were |got |has )?(?:all |really |badly |very )?(?:swollen|swelling|swelled)\b|"
        r"\bswollen (?:ankle|wrist|knee|foot|hand|arm|leg|finger|elbow|lip|eye|face|shoulder)\b|\bbroke (?:her|his|my) (?:wrist|arm|leg|hip|finger|nose)\b",
        r"\b(?:nous|m'|lui) (?:est|a|sont) rentr[ée]e?s? dedans\b|\beu un choc\b|\bj'ai mal (?:au|[àa] la|aux) (?:cou|dos|t[êe]te|poignet|genou|[ée]paule)\b|\bsuis tomb[ée]e?\b",
        r"\bme suis (?:tap[ée]e?|cogn[ée]e?) la t[êe]te\b|\bpoignet (?:gonfl[ée]|enfl[ée])\b|\bune bosse\b|\bsaign\w*|\burgences\b",
        r"\bfonc[ée] dedans\b",
        r"\bnos dio por detr[áa]s\b|\bme duele (?:el|la)\b|\bme di (?:con|un golpe)\b|\bme ca[íi]\b|\bhinchad[oa]\b|\bsangr\w*",
        r"\burgencias\b|\bchoc[óo] contra\b",
        r"\bhinten draufgefahren\b|\b(?:nacken|rücken|kopf)schmerzen\b|\bgeprallt\b|\bgestürzt\b|\baufgeschlagen\b",
        r"\bgeschwollen\b|\bnasenbluten\b|\bgekracht\b|\bnotaufnahme\b|\bzusammengesto(?:ß|ss)en\b",
        r"\bbateu na traseira\b|\bdor no (?:pesco[çc]o|ombro|bra[çc]o|joelho)\b|\bbati a cabe[çc]a\b|\beu ca[íi]\b|\binchad[oa]\b",
        r"\bsangr\w*|\bpronto[- ]socorro\b|\bbatemos\b",
    ),
    "locked_in": _p(
        r"\b(?:asked|told|begged) (?:him )?to (?:pull over|stop|let me out)\b[^.!?]{0,60}\b(?:kept (?:going|driving)|ignored|"
        r"didn'?t|wouldn'?t|refused)",
        r"\bdoors? (?:stayed |remained )?locked\b(?! when i (?:got|arrived|came))|\blocked the whole (?:time|ride|trip|way)\b|\bdoors? (?:were|was) locked\b(?=[^.!?]{0,40}\b(?:whole|entire|wouldn|couldn|until|ride|trip))|\blet me out\b(?=[^.!?]{0,40}(?:wouldn|didn|refus|until|won))",
        r"\bwanted (?:to get )?out\b[^.!?]{0,40}\b(?:kept|wouldn|didn)\b|\bdrove off with me\b",
        r"\bportes (?:[ée]taient )?(?:ferm[ée]es [àa] cl[ée]|verrouill[ée]es|bloqu[ée]es)\b|\bs[ée]curit[ée] enfant\b",
        r"\bne voulait pas s'arr[êe]ter\b",
        r"\bpuertas (?:estaban )?(?:cerradas|bloqueadas)\b|\bseguro (?:de niños|infantil)\b|\bno (?:quiso|quer[íi]a) parar\b",
        r"\bkindersicherung\b|\b(?:wollte|will) (?:raus|aussteigen)\b[^.!?]{0,50}\b(?:weitergefahren|nicht angehalten|nicht raus)",
        r"\bportas (?:estavam )?trancadas\b|\btrava (?:infantil|das crian[çc]as)\b|\btrancou as portas\b|\bn[ãa]o (?:quis|queria) parar\b",
    ),
    "abduction_or_followed": _p(
        r"\b(?:drove|took) me (?:out of town|to (?:some|a) (?:field|quiet road|dark road|industrial|warehouse))\b",
        r"\bpast my (?:stop|destination|address)\b(?=[^.!?]{0,40}(?:kept|wouldn|didn|ignored))|\bkept driving away\b",
        r"\b(?:knocked on|came to|showed up at|turned up at) my (?:door|house|flat|work|office|gym|school)\b",
        r"\bwaiting (?:near|outside|by) my (?:house|building|home|flat|work)\b|\btracked me down\b",
        r"\bturned (?:the|his) (?:head)?lights off\b",
        # Back round the rider's street after the ride ("the same car circled my block 3 times that night", dev7), not a
        # driver looking for the pickup or the entrance.
        # (the verb first: the look-behind is dear where tried at every position)
        r"(?=\b(?:circl|kept circl|drove (?:round|around)))(?:(?<=\b(?:after|later|that night|once i got (?:home|out))\b[^.!?]{0,60})"
        r"|(?=[^.!?]{0,100}\b(?:that night|later|after (?:the|he|i|dropping)|again)\b))"
        r"\b(?:circled|circling|kept circling|drove (?:round|around) and (?:round|around))\s(?:\w+\s){0,2}(?:my|our) "
        r"(?:block|street|house|building|flat|road)\b(?![^.!?]{0,60}\b(?:find|found|looking|look for|entrance|parking|park|"
        r"address|pin|gps|pick ?up)\b)",
        r"\brepass[ée]e? (?:\w+ ){0,3}devant chez (?:moi|nous)\b|\bdio vueltas (?:a|por|alrededor de) mi (?:manzana|cuadra|calle|casa)\b"
        r"|\bum (?:meinen|unseren) block gefahren\b|\bdeu voltas (?:no|pelo|em volta do) (?:meu )?quarteir[ãa]o\b",
        r"\bgar[ée] dans une rue (?:calme|sombre|d[ée]serte)\b|\b(?:revenu|attendait) devant (?:chez moi|mon)\b|\bparking d[ée]sert\b",
        r"\bm'a suivie?\b(?! sur)",
        r"\bcalle oscura\b|\bdescampado\b|\bfuera de la ciudad\b|\bse desvi[óo] de la ruta\b",
        r"\bapareci[óo] (?:al d[íi]a siguiente |otra vez )?en (?:la puerta de )?(?:mi|el) (?:casa|trabajo|portal)\b",
        r"\bleeren parkplatz\b|\bdunkle(?:n)? (?:seitenstraße|straße)\b|\b(?:mir|uns) (?:\w+ ){0,4}gefolgt\b|\bvor meiner arbeit\b",
        r"\baus der stadt (?:raus)?gefahren\b|\bvon der route abgewichen\b",
        r"\bterreno baldio\b|\brua escura\b|\bapareceu (?:de novo |no dia seguinte )?na (?:frente da minha casa|porta do meu)\b",
        r"\bfora da cidade\b|\bsaiu da rota\b",
    ),
    "discrimination": _p(
        r"\bforeigners?\b(?=[^.!?]{0,40}(?:doesn'?t|don'?t|refus|thieves|said))|\breally from\b|\bpeople of my (?:race|colou?r|religion)\b",
        r"\bmy race\b|\bbecause (?:i'?m|i am|we'?re|we are) (?:black|gay|muslim|jewish|trans|disabled|foreign)\b",
        r"\bsaw (?:that )?(?:i'?m|i was|we were) (?:black|gay|muslim|jewish|trans)\b|\b(?:i was|i'?m|you'?re|if i was|if i'?m|we were|we'?re) ['\"“]?one of those\b|\bwomen shouldn'?t\b",
        r"\b(?:cane|stutter|autistic)\b(?=[^.!?]{0,60}\b(?:refus\w*|mock\w*|said|called|names|drove away|laugh\w*))",
        r"\bma couleur de peau\b|\bretourner dans (?:mon|ton|son) pays\b|\bcanne blanche\b(?=[^.!?]{0,60}\b(?:pas|refus))",
        r"\bmi color de piel\b|\bvolviera a mi pa[íi]s\b|\bextranjeros\b|\bno lleva ciegos\b",
        r"\bhautfarbe\b|\bausländer\b|\bschwul\w*|\bkeine blinden\b",
        r"\bminha cor\b|\bestrangeiros?\b|\bhomof[óo]bic\w*|\bn[ãa]o leva cego\b",
    ),
    "wrong_driver": _p(
        r"\bwrong (?:guy|man|driver|person|dude|woman)\b(?! (?:turn|address|exit|way|entrance|number))"
        r"|\bwrong car\b(?=[^.!?]{0,80}\b(?:insist\w*|get in|got in|wrong (?:guy|man|driver)|different (?:guy|man|driver|face)))",
        r"\bwasn'?t the (?:one|guy|man|woman|person) (?:on|in) the (?:app|photo|profile|picture)\b|\bcovering for\b",
        r"\bnot the (?:one|guy|man|woman|person) (?:on|in) the (?:app|photo|profile|picture)\b",
        r"\b(?:his|a) (?:friend|cousin|brother)'?s? (?:account|car)\b|\bolder than (?:the|his|her) (?:profile )?(?:photo|picture)\b",
        r"\bdifferent (?:name|plate|driver)\b(?=[^.!?]{0,60}(?:app|photo|profile|badge))",
        r"\bn'[ée]tait pas (?:celui|la personne|le chauffeur|l'homme) de (?:l'appli|la photo)\b|\bremplaçait un coll[èe]gue\b",
        r"\bno era el (?:de la app|hombre de la foto)\b|\bno se parec[íi]a (?:nada |en nada )?a la foto\b|\botra matr[íi]cula\b",
        r"\bcuenta de un amigo\b",
        r"\bnicht der (?:aus der app|auf dem foto)\b|\banderes kennzeichen\b|\bvertrete?n? einen kollegen\b",
        r"\banders aus als auf dem (?:profilbild|foto)\b",
        r"\bn[ãa]o era o (?:do app|da foto)\b|\boutra placa\b|\bn[ãa]o parecia (?:nada )?com a foto\b|\bconta de um amigo\b",
        # Issue 21 (wrong driver, every wording): who came was not the one the app, the photo or the account showed,
        # in any person and tense; a different man, someone else, a face that did not look like the photo; the account
        # or the car of a relative or a friend, driving for or filling in for him; the photo's person told beside the
        # one who came; a car of one colour where the app said another; a plate that did not match.
        r"\b(?=(?:not|wasn'?t|isn'?t|weren'?t|aren'?t|was not|is not)\s)"
        + _NOT_A_PERSON
        + _NOT_RIDER
        + r"(?:not|wasn'?t|isn'?t|weren'?t|aren'?t|was not|is not)\s+(?:really\s+|even\s+|actually\s+|clearly\s+|"
        r"definitely\s+|def\s+|at all\s+)?(?:the\s+)?(?:same\s+)?(?:(?:registered|listed|assigned|real|actual|usual)\s+)?"
        r"(?:driver|person|guy|man|woman|lady|one|dude|bloke|who)\b(?!'s|’s)[^.!?]{0,40}?\b" + _SHOWN + r"\b",
        r"\b(?:not|wasn'?t|isn'?t)\s+(?:the\s+)?(?:registered|listed|assigned)\s+(?:driver|owner)\b|\bnot the account (?:holder|owner)\b"
        r"(?=[^.!?]{0,40}\b(?:driv\w*|he|she)\b)",
        r"\bdifferent (?:guy|man|woman|lady|dude|bloke|driver|person|vehicle|car|face|name)\b(?=[^.!?]{0,60}\b"
        + _SHOWN
        + r"\b)|\b"
        + _SHOWN
        + r"\b[^.!?]{0,60}?\bdifferent (?:guy|man|woman|lady|dude|bloke|driver|person|vehicle|car|name)\b",
        r"\bsome(?:one|body) other than (?:the|my|his|her) (?:\w+ )?(?:driver|guy|man|person (?:in|on|shown))\b",
        r"\b(?:driver|driving|drove|behind the wheel|at the wheel)\b[^.!?]{0,15}\b(?:was|were|is)\s+(?:some(?:one|body)) else\b",
        _NOT_RIDER
        + r"\b(?:on|with|using|uses|used|had|has|borrow\w*|rent\w*)\s+(?:some(?:one|body)) elses?'?s? (?:driver )?(?:account|login|profile)\b",
        r"\b(?:his|her|their|this is my|it'?s my|its my|it is my)\s+(?:\w+\s+)?"
        + _KIN
        + r"(?:s|'s|’s|s'|z)?\s+(?:driver\s+)?(?:account|login|profile)\b",
        r"\baccount\s+(?:is|was|'s|belongs to|belonged to|is registered to|is in the name of|is under)\s+(?:actually\s+|really\s+)?"
        r"(?:his|her|their)\s+(?:\w+\s+)?" + _KIN + r"\b",
        r"\b(?:driv\w*|drove|fill\w* in|covering|cover(?:s|ed)?|standing in|subbing)\s+(?:in\s+)?(?:today\s+|tonight\s+)?"
        r"(?:for|in place of|instead of)\s+(?:his|her|their|the|a)\s+(?:\w+\s+)?(?:"
        + _KIN
        + r"|owner|account holder|registered driver|"
        r"real driver|usual driver)\b(?!'s|’s|s')",
        r"\b(?:driv\w*|work\w*)\s+under\s+(?:his|her|their|a|some(?:one|body))\s+(?:\w+\s+)?(?:"
        + _KIN
        + r"|else)(?:'s|’s|s)?\s+"
        r"(?:name|account|login|licen[cs]e)\b",
        r"\b(?:his|her)\s+"
        + _KIN
        + r"\s+(?:usually\s+|normally\s+|actually\s+|really\s+)?(?:drives|runs)\s+(?:this|the)\s+(?:car|account)\b",
        r"\blends?\s+(?:him|her|them)\s+(?:the|his|her|this|their)\s+(?:car|account|login|profile)\b",
        r"\b(?:looked|looks) nothing (?:at all |whatsoever )?like\b",
        r"\b(?:didn'?t|did not|doesn'?t|does not|don'?t|not|never|nothing)\s+(?:even\s+|really\s+|at all\s+)?(?:look|looked|looks|looking)\s+"
        r"(?:anything\s+|at all\s+|remotely\s+|even\s+)?like\s+(?:the|his|her|their|in the|on the)\s+(?:\w+\s+)?(?:photo|pic|picture|profile|"
        r"app|avatar|image)\b",
        r"\b(?:photo|pic|picture|profile|app)\b[^.!?]{0,15}?\b(?:showed|shows|said|says|had|has|is|was|of|listed)\b[^.!?]{0,50}?"
        r"\b(?:woman|lady|girl|man|guy|driver|older|younger|beard\w*|bald|glasses)\b[^!?]{0,60}?(?:\bthis one\b|\bthe one (?:who|that) "
        r"(?:came|drove|showed|turned|picked)|\bactual (?:driver|guy|person)\b|\b(?:person|guy|man|one|woman) (?:driving|who came|who "
        r"showed up|who drove)\b|\b(?:an?|some)\s+(?:\w+\s+){0,3}?(?:man|guy|woman|lady|girl|kid|boy|dude|bloke)\s+(?:came|showed up|"
        r"turned up|picked (?:me|us|her|him) up|arrived|was driving|drove)\b)",
        r"\b(?:car|vehicle|it)\s+(?:was|is)\s+(?:an?\s+)?(?:\w+\s+)?"
        + _COLOUR
        + r"\b[^.!?]{0,40}?\b(?:app|profile|booking)\s+(?:said|says|"
        r"showed|shows|had|has|listed|displayed)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?" + _COLOUR + r"\b",
        r"\b(?:licen[cs]e |number |reg(?:istration)? )?plates?\b(?: numbers?)?[^.!?]{0,40}?\b(?:(?:was|were) (?:totally |completely |"
        r"entirely )?different|(?:didn'?t|did not|doesn'?t|does not) match|(?:wasn'?t|was not|not) the same|(?:was|were) (?:wrong|off))\b",
        r"\bplate\b[^.!?,]{0,30}\b(?:ended|ending|ends|was|read|started|starting)\b[^.!?,]{0,20}[,;]?\s*(?:but |and |while |whereas |yet )?"
        r"(?:the |my )?(?:app|profile|booking|screen)\s+(?:said|says|showed|shows|had|has)\b",
        # French
        r"(?=\b(?:n'[ée]tait|c'[ée]tait|[ée]tait|c'est|ce n'est|n'est|ce n'[ée]tait)\s+pas)"
        + _NOT_A_PERSON
        + r"\b(?:n'[ée]tait|c'[ée]tait|[ée]tait|c'est|ce n'est|n'est|ce n'[ée]tait)\s+pas\s+(?:du tout\s+|vraiment\s+)?"
        r"(?:(?:le|la) m[êe]me(?:\s+(?:chauffeur|conducteur|personne|homme|mec|voiture|plaque))?|celui|celle|la personne|le chauffeur|"
        r"le conducteur|l'homme|le mec|le gars|le type|le bon)\b(?!\s+(?:prix|tarif|montant|adresse|trajet|itin[ée]raire|chemin))"
        r"[^.!?]{0,40}?\b" + _SHOWN + r"\b",
        r"\b"
        + _SHOWN
        + r"\b[^.!?]{0,100}?\b(?:chauffeur|conducteur|mec|gars|type|homme|personne|voiture|plaque)\b[^.!?]{0,25}?"
        r"\b(?:c'[ée]tait|n'[ée]tait|[ée]tait|c'est|n'est) pas (?:le|la) m[êe]me\b",
        r"\bun autre (?:mec|homme|chauffeur|gars|type|conducteur|monsieur)\b(?=[^.!?]{0,60}\b"
        + _SHOWN
        + r"\b)|\b"
        + _SHOWN
        + r"\b[^.!?]{0,80}?\bun autre (?:mec|homme|chauffeur|gars|type|conducteur|monsieur)\b",
        r"\bquelqu'un d'autre\s+(?:qui\s+)?(?:conduisait|conduit|au volant|[ée]tait au volant)\b",
        r"\bcondui\w*\s+pour\s+(?:un|une|son|sa|le|la)\s+" + _KIN_FR + r"\b",
        r"(?<!\b(?:j'|je |nous )[^.!?]{0,30})\bcompte\s+(?:de|d')\s*(?:son|sa|un|une|quelqu'un)\s*(?:d'autre|"
        + _KIN_FR
        + r")\b",
        r"\blui pr[êe]te?\s+(?:sa|la|le|son)\s+(?:voiture|compte|v[ée]hicule)\b",
        r"\bressembl\w*\s+(?:pas|en rien|absolument pas|pas du tout)\s+(?:du tout\s+)?[àa]\s+(?:la|sa|leur)\s+(?:photo|image)\b",
        r"\bplaque\b[^.!?]{0,40}?\b(?:ne correspond\w* pas|correspond\w* pas|pas celle|pas la bonne|[ée]tait fausse)",
        r"\bvoiture\s+(?:[ée]tait|est)\s+une?\s+(?:\w+\s+){0,2}?"
        + _COLOUR
        + r"\b[^.!?]{0,40}?\b(?:appli\w*|profil)\b[^.!?]{0,20}?"
        r"\b(?:affich\w*|indiqu\w*|montr\w*|disait)\b",
        # Spanish
        r"(?=\bno\s+(?:era|es|fue)\s+)"
        + _NOT_A_PERSON
        + r"\bno\s+(?:era|es|fue)\s+(?:el|la)\s+(?:mism[oa]|conductor\w*|chofer|ch[óo]fer|persona|titular|señor|hombre|tipo|"
        r"que)\b[^.!?]{0,40}?\b" + _SHOWN + r"\b",
        r"\b(?:otra persona|otro (?:conductor|señor|hombre|tipo|chofer|ch[óo]fer|chico))\b(?=[^.!?]{0,60}\b"
        + _SHOWN
        + r"\b)|\b"
        + _SHOWN
        + r"\b[^.!?]{0,80}?\b(?:otra persona|otro (?:conductor|señor|hombre|tipo|chofer|ch[óo]fer|chico))\b",
        r"\bcuenta\s+(?:es|era|est[áa] a nombre)\s+de\s+(?:su|un|una|otr[oa])\b",
        r"\b(?:maneja|conduce|manejaba|conduc[íi]a)\s+(?:\w+\s+)?(?:para|por)\s+(?:su|un|una)\s+"
        + _KIN_ES
        + r"\b",
        r"\bno se parec[íi]a\s+(?:nada\s+|en nada\s+)?(?:a la|al de la|a su|con la|al del)\s+(?:foto|perfil|app)\b",
        r"\b(?:coche|carro|auto|veh[íi]culo)\s+(?:era|es)\s+(?:un|una)\s+(?:\w+\s+){0,2}?"
        + _COLOUR
        + r"\b[^.!?]{0,40}?"
        r"\b(?:app|aplicaci[óo]n|perfil)\b[^.!?]{0,20}?\b(?:sal[íi]a|aparec[íi]a|dec[íi]a|mostraba|pon[íi]a)\b",
        r"\b(?:app|aplicaci[óo]n|foto|perfil)\b[^.!?]{0,20}?\b(?:dec[íi]a|sal[íi]a|aparec[íi]a|mostraba|era)\b[^.!?]{0,40}?\b(?:y|pero)\s+"
        r"(?:lleg[óo]|vino|apareci[óo])\s+(?:un|una)\s+(?:\w+\s+)?(?:señor|hombre|chico|tipo|mujer|señora|chica|muchacho)\b",
        r"\b(?:matr[íi]cula|placa|patente)\b[^.!?]{0,40}?\b(?:no (?:era|es|coincid\w*|correspond\w*|cuadr\w*)|distint[oa]|diferente|"
        r"equivocad[oa])\b",
        # German
        r"\bnicht\s+(?:der|die|derselbe|dieselbe|der gleiche|die gleiche)\s+(?:fahrer\w*|mann|person|typ|frau|herr)\b[^.!?]{0,30}?\b"
        + _SHOWN
        + r"\b",
        r"\b(?:fahrer\w*|mann|typ|person|gefahren|kam|steuer)\b[^.!?]{0,25}?\bnicht\s+(?:der|die|derselbe|dieselbe)\s+(?:aus|auf|im|in|"
        r"vom|von|wie)\b[^.!?]{0,20}?\b" + _SHOWN + r"\b",
        r"\b(?:jemand anderes|jemand anders|ein (?:ganz )?anderer (?:mann|fahrer|typ|herr)|eine (?:ganz )?andere (?:person|frau|fahrerin)|"
        r"anderem fahrer|einen anderen fahrer)\b(?=[^.!?]{0,60}\b"
        + _SHOWN
        + r"\b)|\b"
        + _SHOWN
        + r"\b[^.!?]{0,80}?\b(?:jemand anderes|"
        r"jemand anders|ein (?:ganz )?anderer (?:mann|fahrer|typ|herr)|eine (?:ganz )?andere (?:person|frau|fahrerin)|anderem fahrer|"
        r"einen anderen fahrer)\b",
        r"\banders aus als\s+(?:auf|in|im)\s+(?:(?:dem|der|seinem|ihrem)\s+)?(?:bild|foto|profil\w*|app)\b",
        r"\bf[äa]hr(?:t|e|en)?\s+(?:heute\s+|nur\s+)?f[üu]r\s+(?:seinen|seine|ihren|ihre|einen|eine)\s+"
        + _KIN_DE
        + r"\b",
        r"\bf[üu]r\s+(?:seinen|seine|ihren|ihre|einen|eine)\s+" + _KIN_DE + r"\s+(?:\w+\s+)?f[äa]hr(?:t|e)\b",
        r"\b(?:konto|account|profil)\s+(?:von\s+(?:einem|einer|seinem|seiner|ihrem|ihrer)|seines|seiner|ihres|eines|einer)\s+\w+|"
        r"\b(?:konto|account)\s+geh[öo]rt\s+(?:seinem|seiner|ihrem|ihrer|einem|einer)\b",
        r"\bkennzeichen\b[^.!?]{0,40}?\b(?:stimmte?n? nicht|passte?n? nicht|war(?:en)? (?:ganz |v[öo]llig )?anders|war ein anderes|"
        r"falsch)\b|\bfalsches kennzeichen\b",
        r"\b(?:auf dem (?:foto|bild|profil\w*)|im profil|in der app)\b[^.!?]{0,60}?\b(?:am steuer sa[ßs]|gekommen ist|kam(?: dann)?|"
        r"gefahren ist)\s+(?:aber\s+)?(?:ein|eine|einer)\b",
        # Portuguese
        r"(?=\bn[ãa]o\s+(?:era|é|foi)\s+)"
        + _NOT_A_PERSON
        + r"\bn[ãa]o\s+(?:era|é|foi)\s+(?:o|a)\s+(?:mesm[oa]|pessoa|motorista|do|da|que|cara|homem|senhor|dono|titular)\b"
        r"[^.!?]{0,30}?\b" + _SHOWN + r"\b",
        r"\b(?:outr[oa] (?:homem|pessoa|motorista|cara|rapaz|senhor|mulher|moço)|n[ãa]o (?:o|a) (?:motorista|pessoa|cara|homem) (?:do|da|que))"
        r"\b(?=[^.!?]{0,60}\b"
        + _SHOWN
        + r"\b)|\b"
        + _SHOWN
        + r"\b[^.!?]{0,80}?\boutr[oa] (?:homem|pessoa|motorista|cara|rapaz|senhor|"
        r"mulher|moço)\b",
        r"\bconta\s+(?:é|era|pertence a|pertencia a|est[áa] no nome)\s+(?:do|da|de)\b(?!\s+(?:meu|minha|mim|n[óo]s)\b)",
        r"\b(?:usa|usava|usando|dirige com|dirigia com|roda com|trabalha com)\s+a conta\s+(?:de|do|da)\s+(?:(?:um|uma|outr[oa]|seu|sua)\s+)?"
        + _KIN_PT
        + r"\b",
        r"\bn[ãa]o parecia\s+(?:nada\s+)?com\s+(?:a|o da|o do|a do|a da)\s+(?:foto|perfil)\b",
        r"\bplaca\b[^.!?]{0,40}?\b(?:n[ãa]o (?:batia|bate|batiam|era|conferia|confere|correspondia)|diferente|outra|errada)\b",
        r"\b(?:carro|ve[íi]culo)\s+(?:era|é)\s+(?:um|uma)\s+(?:\w+\s+){0,2}?"
        + _COLOUR
        + r"\b[^.!?]{0,40}?\b(?:app|aplicativo|perfil)\b"
        r"[^.!?]{0,20}?\b(?:aparecia|mostrava|dizia|estava)\b",
        r"\b(?:app|aplicativo|foto|perfil)\b[^.!?]{0,20}?\b(?:dizia|aparecia|mostrava|era)\b[^.!?]{0,40}?(?:\b(?:e|mas)\s+|,\s*)"
        r"(?:veio|chegou|apareceu)\s+(?:um|uma)\s+(?:\w+\s+)?(?:rapaz|homem|cara|senhor|mulher|moça|menino|garoto|jovem)\b",
    ),
}
for _category, _pattern in _MORE.items():
    CATEGORIES[_category].append(_pattern)

# A rider who says plainly they did not feel safe, whatever the driver did.
CATEGORIES["unsafe"] = [
    _p(
        r"\b(?:didn'?t|did not|don'?t|do not|never|wasn'?t) (?:feel|felt|feeling) (?:\w+ )?safe\b|\b(?:felt|feel|feeling) "
        r"(?:so |very |really |completely |totally )?unsafe\b|\b(?:was|is|ride was|trip was) (?:so |very |really )?unsafe\b"
        r"(?! to (?:store|save|use|add|pay|enter))|\berratic(?:ally)?\b|\b(?:feared|fear|scared|afraid) for my (?:life|safety)\b",
        r"\bdangerous(?:ly)? (?:driv\w*|man|guy|person|driver)\b|\b(?:driving|he|driver) was (?:so |very |really )?dangerous\b",
        r"\bpas (?:du tout |\w+ )?en s[ée]curit[ée]\b|\bpeur pour ma vie\b|\bconduisait dangereusement\b",
        r"\bno me sent[íi] (?:nada |muy )?segur[oa]\b|\bme sent[íi] (?:muy |super )?insegur[oa]\b|\bmiedo por mi vida\b",
        r"\bconduc[íi]a (?:de forma )?peligros\w*\b",
        r"\b(?:nicht|unsicher) (?:\w+ )?(?:sicher )?gef[üu]hlt\b|\bgef[äa]hrlich gefahren\b|\bangst um mein leben\b",
        r"\bn[ãa]o me senti (?:nada |muito )?segur[oa]\b|\bme senti (?:muito |bem )?insegur[oa]\b|\bmedo de morrer\b",
        r"\bdirigia (?:de forma )?perigos\w*\b",
    )
]


def _add_ordinary(extra: dict[str, str]) -> None:
    """Adds each category's further ordinary senses to those NOT_IN already holds (one pattern a category)."""
    for category, pattern in extra.items():
        known = NOT_IN.get(category)
        NOT_IN[category] = re.compile((f"(?:{known.pattern})|" if known else "") + f"(?i:{pattern})")


# Words of a hurt or a fall, without which a sentence about the time before the ride tells no injury (tenth round:
# "j'ai vu sa voiture tourner autour de chez moi" had been blanked as an injury "at home").
_HURT = (
    r"(?:hurt|injur\w*|sprain\w*|broke|broken|verletz\w*|verstaucht|gebrochen|bless\w*|cass[ée]e?|foul[ée]e?|machuc\w*|"
    r"quebr\w*|torc\w*|romp\w*|lesion\w*|fell|fall(?:en)?|tomb[ée]e?|ca[íi]\w*|gest[üu]rzt|sangr\w*|bleed\w*|saign\w*)"
)

# More ordinary uses of the categories' words, added to NOT_IN: a fee one is uneasy about, an accident
# that only cost time, an injury from before the ride, a price called an assault, a loop one is trapped in.
_PERSON = r"(?:he|him|his|driver|chauffeur|il|lui|conductor|ch[óo]fer|[ée]l|fahrer|er|ihn|motorista|ele)"
_MONEY = (
    r"(?:fees?|prices?|pricing|charges?|charged|billed|bill|cost|surge|fares?|frais|prix|tarif\w*|geb[üu]hr\w*|"
    r"servicegeb[üu]hr\w*|preis\w*|taxas?|tarifas?|cobr\w*|precios?|pre[çc]os?|pay|paying|payer|pagar|zahlen|wallet)"
)
_ORDINARY_MORE = {
    "harassment": (
        r"\b(?:change|update|changer|modifier|cambiar|actualizar|[äa]ndern|mudar|alterar|trocar)\b[^.!?]{0,20}"
        r"\b(?:my|mon|mi|meine|meu) (?:phone )?(?:n[úu]mero|number|num[ée]ro|nummer|handynummer)\b|"
        r"\b(?:uncomfortable|uneasy|mal [àa] l'aise|unwohl|desconfort[áa]vel|inc[óo]mod[oa]|me incomoda|g[êe]n[ée]e?)\b"
        r"(?:(?!\b" + _PERSON + r"\b)[^.!?]){0,50}\b" + _MONEY + r"\b"
    ),
    "accident_injury": (
        r"\b(?:accident|error|glitch) in (?:the|your|my) (?:system|app|billing|account)\b|"
        # An alert or a flag about an accident that did not happen.
        r"\b(?:accident|crash|collision)s? (?:report|alert|flag|notification|detection|warning|check)s?\b|"
        r"\b(?:accident\w*|unfall\w*|crash\w*|acidente|accidente|choque|collision)\b(?=[^.!?]{0,80}\b(?:nothing (?:at all )?"
        r"happened|nichts passiert|rien ne s'est pass[ée]|no pas[óo] nada|n[ãa]o aconteceu nada)\b)|"
        r"\b(?:hubo|hab[íi]a|il y a eu|il y avait|there was|there'?s been|es gab|teve|houve|por|debido a|a causa de|par|suite [àa]|"
        r"aufgrund|devido a|por causa de)\s(?:an?|un|una|une|um|uma|einen?|eines)\s"
        r"(?:\w+\s)?"
        + MISHAP
        + r"\b(?![^.!?]{0,30}\b(?:our|my|the) (?:car|ride|driver|taxi)\b|[^.!?]{0,30}\b(?:we|i) (?:were|was|got) hit)"
        r"(?=[^.!?]{0,80}\b(?:minut\w*|hours?|heures?|horas?|stunden?|parad[oa]s|stuck|queue|bouchons?|retard\w*|"
        r"atras\w*|versp[äa]t\w*|longer|m[áa]s|mais|plus|l[äa]nger)\b)"
        # An injury from before the ride, told as the reason for cancelling or booking.
        r"|(?:^|(?<=[.!?]))(?=[^.!?]*\b(?:before the (?:ride|trip|pickup)|avant la course|antes del viaje|vor der fahrt|"
        r"antes da corrida|at home|zu hause|chez moi|en casa|em casa|couldn'?t make (?:my|the) (?:\w+ )?(?:ride|trip|pickup|booking)|"
        r"so i (?:had to )?cancel\w*|donc j'ai annul[ée]|as[íi] que cancel[ée]|deshalb (?:habe ich )?storniert|"
        r"por isso cancelei)\b)(?=[^.!?]*\b"
        + _HURT
        + r"\b)(?![^.!?]*\b(?:"
        + _PERSON[3:-1]
        + r"|crash\w*|accident|brak\w*|hit us)\b)[^.!?]*"
    ),
    "violence": (
        r"\b(?:assault|attack|robbery|mugging|agression|atraco|assalto|[üu]berfall|raub)\s(?:on|of|sur|pour|contra|para|auf|ao|a|au)\s"
        r"(?:my |the |your |our |mon |le |mi |el |meu |o |mein\w* |den |la |a )?(?:wallet|bank|purse|pocket|account|finances|"
        r"portefeuille|porte-monnaie|cartera|bolsillo|carteira|bolso|geldbeutel|portemonnaie|konto|conta)\b"
    ),
    "impaired_driver": (
        # The rider dozed (a first person: "cochilei", "me dormí"); a smell left by a previous passenger.
        r"\b(?:cochilei|eu dormi|adormeci|me dorm[íi]|me qued[ée] dormid[oa]|je me suis (?:assoupi|endormi)e?|ich bin (?:kurz )?"
        r"(?:eingedöst|eingenickt|eingeschlafen))\b"
        r"|\b(?:smell\w*|odeur|olor|geruch|cheiro)\b[^.!?]{0,40}\b(?:previous|last|earlier) (?:passenger|rider|customer)s?\b"
        r"|\b(?:passager|pasajero|fahrgast|passageiro) (?:pr[ée]c[ée]dent|anterior)\b|\bvorherigen? fahrgast\w*"
    ),
    "locked_in": (
        r"\b(?:trapped|stuck|coinc[ée]e?|bloqu[ée]e?|atrapad[oa]|pres[oa]|gefangen)\s(?:in|into|dans|en|em|no|na)\s"
        r"(?:a |an |this |the |une? |una |uma |um |einer )?(?:\w+\s)?(?:loop|cycle|queue|menu|process|chat|subscription|"
        r"contract|plan|boucle|bucle|schleife|ciclo)\b"
    ),
}
# Issue 21, the false alarms of a round of hard negatives written in new wording: a threat to cancel or
# to charge a fee, an address "punched in", bags grabbed to be put in the boot, a car stuck in traffic.
_ORDINARY_ROUND4 = {
    "threat": (
        r"\b(?:threat\w*|menac\w*|amenaz\w*|amea[çc]\w*|gedroht|droh\w*)(?:[\s,]|d'|l')+(?:\w+(?:\s|d'|l')+){0,3}"
        r"(?:cancel\w*|annul\w*|stornier\w*|storno\w*|charge|charging|bill|factur\w*|cobrar\w*|berechnen|"
        r"close (?:my|the) (?:account|trip))\b"
    ),
    "violence": (
        r"\bpunch\w* in (?:the |my |an? )?(?:wrong |new |right )?(?:address|code|destination|postcode|zip|number|pin|stop)\b"
        r"|\bgrabbed (?:my|our|the) (?:bags?|luggage|suitcases?|cases?|shopping|stroller|pram|buggy|boxes)\b"
        r"(?=[^.!?]{0,40}\b(?:put|puts|loaded|lifted|carried|stowed|placed|popped|helped|into the (?:trunk|boot))\b)"
    ),
    "accident_injury": (
        r"\binsult to injury\b"
        # An accident the rider says they were not in: "not us", "no fuimos nosotros", "não foi com a gente".
        r"|\b(?:accident|accidente|acidente|unfall|crash|choque|batida)\b(?=[^.!?]{0,60}(?:\bn[ãa]o foi com a gente|\bno fuimos "
        r"nosotros|\bno nos pas[óo]|\bnot (?:us|ours|involving us)\b|\bwasn'?t us\b|\bwe weren'?t (?:in it|involved)|\bpas nous\b|"
        r"\bce n'[ée]tait pas nous\b|\bnicht (?:wir|uns|beteiligt)\b))"
    ),
    # The rider who had drunk and fell asleep: "I was drunk and fell asleep on the way home".
    "impaired_driver": (
        r"(?<=\b(?:i|we)\b(?:(?!\b(?:he|she|they|him|driver|chauffeur|conductor|fahrer|motorista)\b)[^.!?,;]){0,60})"
        r"\b(?:fell asleep|dozed off|nodded off)\b(?! at the wheel)"
    ),
    # A question about how to let the driver know, with no refusal in it: "is there a way to tell the driver
    # about my guide dog in advance?"
    "discrimination": (
        r"(?:^|(?<=[.!?]))(?=[^.!?]*\?)(?![^.!?]*\b"
        + REFUSED
        + r")[^.!?]*\b(?:is there a way|how (?:do|can|should) i|can i|could i|"
        r"est-ce que je peux|comment (?:je peux|puis-je|faire)|puis-je|puedo|c[óo]mo (?:puedo|hago)|wie kann ich|kann ich|"
        r"como (?:eu )?(?:posso|fa[çc]o)|posso)\b[^.!?]*\?"
    ),
    # The driver wrote after the trip about something left in the car.
    "harassment": (
        r"(?:^|(?<=[.!?]))(?>[^.!?]*?\b(?:after the (?:trip|ride)|nach der fahrt|apr[èe]s la course|despu[ée]s del viaje|"
        r"depois da corrida)\b)[^.!?]*?\b(?:dejad[oa]|deixad[oa]|esquecid[oa]|liegt|liegen|laiss[ée]e?s?|left behind|"
        r"still in (?:the|his|her) car)\b[^.!?]*"
    ),
    "locked_in": (
        r"\bstuck in (?:the car|there)\b(?=[^.!?]{0,60}\b(?:because|due to|as|since|behind|traffic|jam|closed|closure|"
        r"roadworks|road works|marathon|parade|protest|diversion|police|queue)\b)"
    ),
}
_add_ordinary(_ORDINARY_ROUND4)

_add_ordinary(_ORDINARY_MORE)

# Issue 21, sixth round: a mishap "with my billing", a price that "kidnapped" the rider, the emergency
# department as the destination, a car slower than the limit ("30 in a 50", "so slow"), a crash the rider
# only drove past, and a question about what would happen or someone else's question, with no report in it.
# The question opens its sentence and names no one of the rider's own, no day: "he refused my guide dog, what's
# your policy?" and "what happens if a driver refuses my dog like today?" stay reports.
_HYPOTHETICAL = (
    r"(?:^|(?<=[.!?]))\s*+(?:(?:hi|hello|hey|so|and|also|just wondering|quick question|question|one more thing)[,:]?\s++)?"
    r"(?![^.!?]*\b(?:me|my|mine|us|our|today|yesterday|tonight|last night|this morning|moi|mon|ma|mes|mi|m[íi]o|mis|"
    r"mich|mir|mein\w*|meu|minha|hoje|ontem|ayer|hoy|hier|aujourd'hui|heute|gestern)\b)"
    r"(?:what(?:'s| is) (?:your|the) (?:policy|procedure|rule)|what (?:happens|would happen|do you do|"
    r"should (?:i|she|he) do) if|how would (?:i|we|she|he|someone|one)|if (?:a|the|my|your) driver (?:ever )?(?:refuses|refused|"
    r"does|did|were|was|made|says|said|won'?t)|if something like that|que se passe-t-il si|qu'est-ce qui se passe si|qu[ée] pasa si|"
    r"o que acontece se|was passiert,? wenn)\b[^.!?]*\?"
)
# Words without which no such question can be read: the guards above are looked for only where one is.
_HYPOTHETICAL_GATE = (
    r"policy|procedure|rule|happen|would|should|if (?:a|the|my|your) driver|if something|que se passe|qu'est-ce qui|"
    r"qu[ée] pasa|acontece|passiert"
)
_ORDINARY_ROUND6 = {
    "accident_injury": (
        r"\b(?:accident|mishap)['\"’”]?\s(?:with|in|on)\s(?:the |my |your |a )?(?:billing|bill|card|payment|account|invoice|"
        r"receipt|charges?|booking)\b"
        r"|\b(?:puerta|entrada|porta) (?:de |das |da )?(?:urgencias|urg[êe]ncias?|emerg[êe]ncias?)\b|\bentr[ée]e des urgences\b"
        r"|\b(?:emergency|er|a&e) (?:entrance|door|department entrance)\b|\beingang (?:der|zur) notaufnahme\b"
        r"|\b(?:passed|saw|seen|drove past|went past|go past|going past|driving past|crawled past)\s(?:\w+\s)?(?:a|an|the|two|some)\s"
        r"(?:\w+\s)?(?:crash|accident|collision|pile-?up|wreck)\b"
        r"|\b(?:somebody|someone|some(?:one|body) else|other people|another (?:car|driver)|other drivers|strangers)(?:'s|’s| else'?s)\s"
        r"(?:accident|crash|collision)\b|\b(?:accident|accidente|acidente) (?:de|d') ?(?:quelqu'un d'autre|otr[oa]s?|outr[ao]s?|outra pessoa|"
        r"terceros|terceiros)\b|\b(?:fremden|den unfall (?:von )?(?:jemand|anderen))\b"
        # A road closed after a crash on it, and the car went round it.
        r"|(?<!\b(?:we|i|our car|the car|he|she|driver) (?:had|were in|was in|got into|caused|were|was)\b[^.!?]{0,40})"
        r"\b(?:roadblock|road ?block|closure|closed|diversion|detour|traffic|jam|queue|tailback)\b[^.!?]{0,40}\b(?:after|because of|"
        r"due to|from) (?:a|an|the) (?:\w+ )?(?:crash|accident|collision|pile-?up)\b(?![^.!?]{0,30}\b(?:our|my|the) (?:car|ride|driver)\b|"
        r"[^.!?]{0,30}\b(?:we|i) (?:were|was|got)\b)"
        r"|\b(?:vimos|pasamos (?:por|junto a)|on a (?:vu|pass[ée] devant)|nous avons vu|passamos por|vimos)\s(?:un |una |um |uma |an )?"
        r"(?:accidente|acidente|accident|choque|batida)\b|\ban (?:einem|einen) unfall vorbei\b|\beinen unfall gesehen\b"
    ),
    "abduction_or_followed": (
        r"\b(?:kidnapp?ed|held hostage|hostage|ransom\w*|secuestrad[oa]|sequestrad[oa]|kidnapp[ée]e?|entf[üu]hrt)\s(?:\w+\s){0,2}"
        r"(?:by|par|por|pelo|pela|von)\s(?:your|the|this|that|vos|votre|la|le|su|sus|el|o|a|der|die|eure[nm]?|ihre[nm]?)\s(?:\w+\s)?"
        r"(?:surge|prices?|pricing|fees?|charges?|app|bill|fares?|tarifs?|prix|precios?|tarifas?|pre[çc]os?|preise?|geb[üu]hren?)\b"
    ),
    "dangerous_driving": (
        # "Slow", not "slow down": a rider who asked him to slow down was not driven slowly.
        r"\b(?:\d{2,3}) in an? (?:\d{2,3})\b(?=[^.!?]{0,60}\b(?:slow(?:ly|er|est)?|crawl\w*|snail|grandma)\b(?! down))"
        r"|(?<=\b(?:slow(?:ly|er|est)?|crawl\w*|snail|grandma)\b(?! down)[^.!?]{0,60})\b(?:\d{2,3}) in an? (?:\d{2,3})\b"
    ),
    "discrimination": (
        _HYPOTHETICAL
        # Asking for someone else, before they book: "my neighbour is blind and asked me to find out".
        + r"|(?:^|(?<=[.!?]))(?![^.!?]*\b(?:"
        + REFUSED[3:-1]
        + r"|said|says|told|called|comment\w*|remark\w*|rude\w*|nasty|"
        r"stare\w*|joke\w*|slur\w*|disgust\w*|made (?:me|us|her|him)|left (?:me|us|her|him)|not allowed|no (?:dogs?|animals?|pets?)|"
        r"dit|dijo|sagte|disse)\b)[^.!?]*\b(?:find out|wants? to know|wondering|would like to know|"
        r"before (?:she|he|they|i) (?:signs? up|books?|joins?|uses? the app))\b[^.!?]*"
    ),
    "harassment": _HYPOTHETICAL,
    "threat": _HYPOTHETICAL,
}
_add_ordinary(_ORDINARY_ROUND6)

# Words without which a category's ordinary phrases cannot match: the screen looks for the costliest
# guards only where these are, before the classifier reads a message none of whose patterns matched.
NOT_IN_GATE = {
    "dangerous_driving": _p(r"\d in an? \d"),
    "impaired_driver": _p(
        r"drunk|tipsy|wasted|high|borrach|b[êe]bad|betrunken|bourr|ivre|spil|derram|derrub|renvers|vers[ée]|versch|sleep|dozed|"
        r"nodded|endorm|assoup|qued|dorm|eingeschlafen|eingenickt|eingedöst|weggedöst|cochil|sono|adormeci|smell|odeur|olor|"
        r"geruch|cheiro|passag|pasajer|fahrgast"
    ),
    "threat": _p(
        r"threat|menac|amenaz|amea[çc]|droh|retrouver|knife|gun|couteau|cuchillo|navaja|messer|faca|canivete|"
        + _HYPOTHETICAL_GATE
    ),
    "discrimination": _p(
        r"\b" + IDENTITY + r"|accent|find out|want|wonder|would like|before|" + _HYPOTHETICAL_GATE
    ),
    "accident_injury": _p(
        r"accident|acident|unfall|missgeschick|crash|collision|collided|pile|choque|batida|accrochage|carambolage|"
        r"zusammensto|error|glitch|hurt|injur|sprain|broke|verletz|verstaucht|gebrochen|bless|cass|foul|machuc|quebr|"
        r"torc|romp|lesion|fell|tomb|ca[íi]"
    ),
    "harassment": _p(
        r"harass|harc[eè]l|acos|ass[ée]dio|bel[äa]stig|comfortable|uneasy|aise|unwohl|desconfort|inc[óo]mod|incomoda|"
        r"g[êe]n[ée]|n[úu]mero|number|num[ée]ro|nummer|after the|nach der fahrt|apr[èe]s la course|despu[ée]s del viaje|"
        r"depois da corrida"
    ),
}

# Eighth round (issue 21): wordings of three writers who never saw the screen (data/train_round8_*.jsonl).
# Reports: a rear-end told with a space, a side impact ("t-boned"), a crash into a parked car, a car on the wrong side of the road, a driver
# who drives past the rider's house again and photographs it, a touch of the chest
# "by accident", an address the driver remembers, a car of another model and colour than the app's, trousers
# opened at a light, a rider locked inside while the driver shopped, a driver who would not turn back, trouble
# threatened with the police or a visa.
_REPORTS_ROUND8 = {
    "accident_injury": _p(
        r"\brear ended\b|\bt-?boned\b|\b(?:reversed|backed|crashed|drove) into (?:a|another|the|some) (?:parked |stopped )?(?:car|van|pole|wall|"
        r"truck|bus|post|bollard)\b",
        r"\bnos (?:chocaron|embisti[óo]|embistieron)\b|\bbateram (?:na gente|em n[óo]s|no nosso carro)\b|"
        r"\b(?:ist|sind) uns (?:hinten )?(?:drauf|rein|hinein)gefahren\b|\bon nous est rentr[ée] dedans\b",
    ),
    "sexual": _p(
        r"\bme roz[óo] (?:el|la|los|las|mi|mis) (?:pecho|pechos|pierna|piernas|muslo|culo|trasero)\b|\bhose (?:aufgemacht|ge[öo]ffnet|"
        r"runtergelassen|aufgeknöpft)\b|\bro[çc]ou (?:no|o|nos|meu|minha) (?:peito|seios?|coxa|bunda)\b"
    ),
    "threat": _p(
        r"\bremembers? (?:ur|your|my|where (?:u|you|i)) (?:address|house|live|face)\b|\bknows? where (?:u|ya) live\b"
        r"|\b(?:make|cause|create|make big) (?:a |big )?(?:problems?|trouble) for (?:me|my|you|your)\b"
        r"|\bfriends (?:in|at) the police\b(?=[^.!?]{0,80}\b(?:if|unless|complain\w*|report\w*)\b)"
    ),
    "wrong_driver": _p(
        r"\bdifferent (?:\w+ )?(?:model|colou?r|make|car)\b(?=[^.!?]{0,60}\b(?:app|photo|profile|booked|listed|shown|booking)\b)"
    ),
    "locked_in": _p(r"\blocked (?:me|us) inside\b"),
    "dangerous_driving": _p(
        r"\b(?:drove|driving|drives|went|go(?:ing)?) (?:\w+ ){0,2}on the wrong side of the road\b"
    ),
    "abduction_or_followed": _p(
        r"\brefused to (?:turn (?:back|around|round)|go back|take me home)\b|\bwouldn'?t turn (?:back|round)\b"
        # The driver back at the rider's house after the ride, again and again.
        r"|\b(?:drive|drove|driving|driven) past (?:my|our|the|her|his) (?:parents'? )?(?:house|home|building|flat|place)\b"
        r"(?=[^.!?]{0,60}\b(?:again|several|times|every|twice|slowly|since)\b)"
        r"|\b(?:took|taking|takes) (?:photos|photographs|pictures) of (?:my|our|the) (?:house|home|building|door|flat)\b"
    ),
}
for _category, _pattern in _REPORTS_ROUND8.items():
    CATEGORIES[_category].append(_pattern)

# Ordinary senses seen in the eighth round's writers: a crash ahead of the car, not its own; a price that
# bleeds, kidnaps or assaults the rider's wallet; an accident insurance; "ce qui me choque"; a car slower than
# the limit in km/h; the rider's own drinking told with a few more words; a threat denied after its verb, as
# German puts it ("Bedroht hat er mich nicht"); a question about feeling unsafe.
_NOT_OURS = (
    r"(?:ahead of us|in front of us|not (?:in )?our car|devant nous|notre voiture n'[ée]tait pas|delante de nosotros|"
    r"delante nuestro|nos cruzamos con|no fue (?:con )?nosotros|vor uns|nicht (?:mit )?uns|na frente da gente|[àa] nossa frente|"
    r"n[ãa]o foi (?:com )?a gente|pass[ée]s? [àa] c[ôo]t[ée] d'un|pasamos (?:al lado|junto)|passamos (?:ao lado|por))"
)
# What makes the crash the rider's own (or hurt them), anywhere in the sentence: then it is no ordinary sense.
_OURS = (
    r"(?:(?:we|i|our car|the car) (?:hit|crashed|were hit|got hit|slammed)|into (?:it|them|the back)|nous avons percut|"
    r"on a percut|chocamos|nos choc|wir sind|uns (?:hinten )?(?:drauf|rein)|batemos|bateu no nosso|hurt|injur|bless|herid|"
    r"verletz|machuc|(?:driver|he|she) (?:\w+ )?(?:crashed|hit|rear-?ended|ran into|drove into|slammed|smashed|bumped)"
    r"(?! (?:the |his |her )?brakes))"
)
_ORDINARY_ROUND8 = {
    "accident_injury": (
        r"(?:^|(?<=[.!?]))(?=[^.!?]*\b" + _NOT_OURS + r")(?![^.!?]*\b" + _OURS + r")[^.!?]*"
        r"|\bbleed\w* (?:\w+ ){0,2}dry\b|\b(?:saign\w*|sangr\w*)\b(?=[^.!?]{0,40}\b(?:clients?|clientes?|customers?|taxas?|"
        r"tarif\w*|frais|prix|fees?|prices?|comisi\w*|wallet|portefeuille|sal[áa]ri\w*)\b)"
        r"|\baccident (?:protection|insurance|cover\w*)\b|\binsurance\b[^.!?]{0,40}\b(?:accident|crash)\b"
        r"|['\"“”]accidente?['\"“”] (?:fue|was|[ée]tait|foi|war) (?:en|on|in|sur|no|na|auf) (?:mi|my|ma|meu|minha|meiner) "
        r"(?:tarjeta|card|carte|cart[ãa]o|karte)\b|\b(?:me|nous|vous|te|[çc]a) choque\b"
    ),
    "abduction_or_followed": (
        r"\b(?:sequestr\w*|kidnapp?\w*|secuestr\w*|entf[üu]hr\w*)\b(?=[^.!?]{0,30}\b(?:sal[áa]ri\w*|salary|salaire|wallet|"
        r"portefeuille|carteira|cartera|money|dinheiro|dinero|geld)\b)"
        r"|\b(?:surge|prices?|pricing|fees?|app|tarif\w*|prix|precios?|pre[çc]os?|taxas?)\s(?:\w+\s){0,2}(?:kidnapp?\w*|"
        r"secuestr\w*|sequestr\w*)"
    ),
    "violence": (
        r"\bassault(?: and battery)? on (?:my|your|our|the) (?:wallet|bank|purse|finances|account)\b"
        r"|\b(?:pricing|prices?|fees?|surge) (?:is|are) (?:an? )?assault\b"
    ),
    "dangerous_driving": (
        r"\b\d{2,3} ?km/?h (?:en dessous|under|below|unter|por debajo|abaixo|de moins)\b"
        r"|\b(?:kept to|stayed (?:under|below|within)|respected|within|under|below) the speed limit\b"
        r"|\b(?:slow\w*|lent\w*|tortue|lento|lenta|langsam\w*|devagar|snail)\b[^.!?]{0,40}\b\d{2,3} ?km/?h\b"
        r"|\b\d{2,3} ?km/?h\b(?=[^.!?]{0,40}\b(?:slow\w*|lent\w*|tortue|lento|lenta|langsam\w*|devagar|snail)\b)"
    ),
    "impaired_driver": (
        r"\bich war\b(?: (?!(?:er|fahrer|ihn|sie|war|ist|typ|mann|kerl)\b)\w+){0,6} (?:betrunken|besoffen|blau)\b"
    ),
    "threat": (
        r"\b(?:bedroht|gedroht|angefasst|geschlagen)\s(?:hat|haben|wurde)\s(?:er|sie|man|mich|uns|niemand)\s(?:\w+\s)?"
        r"(?:nicht|nie|niemals|keinen?)\b(?!\s+nur\b)"
    ),
    "unsafe": _HYPOTHETICAL,
}
_add_ordinary(_ORDINARY_ROUND8)
NOT_IN_GATE["unsafe"] = _p(_HYPOTHETICAL_GATE)

# A sentence that asks how one would report, or what happens, if something ever happened, naming no day and
# nothing that did happen ("if a driver ever made me uncomfortable, how would I report it?", "se algum dia me
# acontecer alguma coisa, como faço queixa?"); or that asks about a safety feature of the app (sharing a trip,
# an emergency button, the drivers' checks). Set aside like a safe clause: "if he touches me again I will report
# it" and "he said if I didn't pay he'd hurt me" ask nothing, and "he grabbed me yesterday, what do I do if he
# comes back?" names a day.
_TOLD = (
    r"(?:yesterday|today|tonight|last night|this morning|earlier|again|just now|hier|aujourd'hui|ce soir|encore|"
    r"ayer|hoy|anoche|otra vez|de nuevo|gestern|heute|wieder|ontem|hoje|de novo|outra vez|mine did|he did|she did)"
)
_IF_EVER = (
    r"(?:if|in case|should) (?:a|any|one of (?:your|ur)|the) drivers?\b|\bif (?:something|anything|ever|i'?m ever|im ever|"
    r"i ever|i'?m in a|im in a|i am in a|i feel|i felt)\b|\bwhat (?:happens|would happen|do i do|should i do) if\b"
    r"|\bsi (?:un|le|jamais un) (?:chauffeur|conducteur)\b|\bsi (?:jamais|un jour)\b|\bs'il (?:m'arrive|arrive|se passe) "
    r"(?:quelque chose|un probl[èe]me)\b|\ben cas de probl[èe]me\b"
    r"|\bsi (?:un|alg[úu]n|el) (?:conductor|ch[óo]fer)\b|\bsi alg[úu]n d[íi]a\b|\bsi (?:me )?(?:pasa|pasara|ocurre|ocurriera) "
    r"algo\b|\bqu[ée] pasar[íi]a si\b"
    r"|\b(?:wenn|falls) (?:mal )?(?:ein|der|einmal ein) fahrer\b|\b(?:wenn|falls) (?:mal |mir )?(?:etwas|was) (?:passiert|passieren)\b"
    r"|\bse (?:um|algum|o) motorista\b|\bse algum dia\b|\bse (?:me )?acontecer (?:alguma coisa|algo)\b|\bcaso (?:um|algum) motorista\b"
)
_FEATURE = (
    r"(?:share[- ](?:my|the|your)[- ](?:trip|ride|location)|trip[- ]shar\w*|shar(?:e|ing) (?:my|the) (?:trip|ride|location)|"
    r"live location|(?:emergency|panic|sos) button|background checks?|checks do (?:your|the) drivers|verify the driver|"
    r"partager (?:mon|le) trajet|bouton d'urgence|compartir (?:mi|el) (?:viaje|trayecto)|bot[óo]n de (?:emergencia|p[áa]nico)|"
    r"fahrt (?:live )?(?:\w+ ){0,3}teilen|notfallknopf|live verfolgen|compartilhar (?:a|minha) (?:viagem|corrida)|"
    r"bot[ãa]o de (?:emerg[êe]ncia|p[âa]nico))"
)
# The question opens its sentence (after a greeting or "one question:"): "the driver grabbed my arm, what should
# I do if he writes?" tells something first and stays.
_OPENER = (
    r"(?:(?:hi|hello|hey|ol[áa]|hola|bonjour|salut|hallo|guten tag|so|and|also|ok|okay|just wondering|quick question|"
    r"(?:just )?(?:one |a )?question|une question|una pregunta|uma pergunta|eine frage)[,:]?\s+){0,3}"
)
_QUESTION_WORD = (
    r"(?:how|does|do|can|could|is there|are there|what|which|will|would|is it|kann|gibt es|wie|was|comment|est-ce|"
    r"y a-t-il|peut-on|puis-je|c[óo]mo|hay|puedo|se puede|qu[ée]|como|tem|posso|o que|existe)\b"
)
ASKED = re.compile(
    r"(?i:(?:^|(?<=[.!?] ))(?=[^.!?]*\?)¿?(?![^.!?]*\b"
    + _TOLD
    + r"\b)"
    + _OPENER
    + r"(?:"
    + _QUESTION_WORD
    + r"[^.!?]*)?"
    r"¿?(?:\b" + _IF_EVER + r"|\b" + _FEATURE + r"\b)[^.!?]*\?)"
)
ASKED_GATE = _p(
    r"\bif\b|in case|should|what|\bsi\b|s'il|en cas|\bqu[ée]\b|\bwenn\b|\bfalls\b|\bse\b|\bcaso\b|share|shar|live|button|"
    r"check|verify|partager|bouton|compartir|bot[óo]n|teilen|notfall|verfolgen|compartilhar|bot[ãa]o"
)

# An accident the rider saw, not lived: "I saw one of your cars clip a cyclist while I was walking to work", "we saw
# a motorbike fall in front of us" (a sentence that names the rider's car or a hurt stays, `_OURS`); an accident on
# a numbered road that held the car up ("Auf der A9 war ein schwerer Unfall, wir standen 40 Minuten"); a fall or an
# injury before the ride ("Me caí de la bici antes de pedir el viaje"); the rider waiting outside their own house;
# the rider's own phone in hand; the rider's phone number on their account.
_SEEN = (
    r"(?:(?:i|we) (?:saw|watched|witnessed|noticed)|i was walking|while i was walking|one of your cars|a car from your|"
    r"i wasn'?t in it|i was not (?:in it|a passenger)|j'ai vu|on a vu|nous avons vu|vi|vimos|ich (?:habe|hab) \w+ gesehen|"
    r"wir haben \w+ gesehen|ich sah|wir sahen)"
)
_MISHAP_SEEN = (
    r"(?:crash\w*|accident|collision|hit|clip\w*|fall|fell|fallen|knocked|ran over|run over|unfall|accidente|acidente|choque|"
    r"batida|atropel\w*|ca[íi]\w*|tomb\w*|gest[üu]rzt|angefahren|renvers\w*)"
)
_BEFORE_RIDE = (
    r"(?:before (?:the|my) (?:ride|trip)\b(?! (?:ended|was over|finished))|before i (?:booked|ordered|called|got in)|antes de "
    r"(?:pedir|tomar|coger|llamar|subir)|avant (?:la course|de commander|de monter)|vor der fahrt|bevor ich (?:eingestiegen|"
    r"gebucht|bestellt)|antes da corrida|antes de (?:pedir|chamar|entrar))"
)
_ORDINARY_ROUND10 = {
    "accident_injury": (
        r"(?:^|(?<=[.!?]))(?=[^.!?]*\b"
        + _SEEN
        + r"\b)(?=[^.!?]*\b"
        + _MISHAP_SEEN
        + r"\b)(?![^.!?]*\b"
        + _OURS
        + r")"
        r"(?![^.!?]*\b(?:our|my|the) (?:car|driver)\b)[^.!?]*"
        r"|\b(?:auf der|on the|sur l'|en la|na) (?:[abmn]-?\d+|e\d+)\b[^.!?]{0,20}\b(?:war|was|il y avait|hab[íi]a|hubo|teve|houve)\s"
        r"(?:an?|ein(?:en)?|un|une|um|uma)\s(?:\w+\s)?(?:unfall|accident|accidente|acidente|crash)\b"
        r"|(?:^|(?<=[.!?]))(?=[^.!?]*\b"
        + _BEFORE_RIDE
        + r")(?=[^.!?]*\b"
        + _HURT
        + r"\b)(?![^.!?]*\b(?:driver|he|she|chauffeur|conductor|ch[óo]fer|fahrer|"
        r"motorista|il|[ée]l|er|ele) (?:\w+ )?(?:crash\w*|hit|braked|bremst\w*|fren[óo]|freou|travou|percut\w*|choc\w*|bateu)\b)"
        r"[^.!?]*"
    ),
    "dangerous_driving": (
        r"(?:^|(?<=[.!?]))(?=[^.!?]*\b"
        + _SEEN
        + r"\b)(?=[^.!?]*\b"
        + _NOT_OURS
        + r")(?![^.!?]*\b"
        + _OURS
        + r")[^.!?]*"
        r"|\b(?:eu|i|je|yo|ich)\b(?:(?!\b(?:ele|motorista|he|driver|chauffeur|il|conductor|[ée]l|er|fahrer)\b)[^.!?]){0,50}"
        r"\b(?:celular na m[ãa]o|phone in (?:my|one) hand|t[ée]l[ée]phone [àa] la main|m[óo]vil en la mano|handy in der hand)\b"
    ),
    "abduction_or_followed": (
        r"\b(?:ich (?:\w+ )?(?:wartete|stand|habe gewartet)|i (?:was )?(?:waited|waiting|standing)|j'attendais|"
        r"(?:yo )?(?:esperaba|estaba esperando)|(?:eu )?(?:esperava|estava esperando|estava [àa] espera))\b[^.!?]{0,50}"
        r"\b(?:vor meinem (?:haus|wohnhaus)|outside my (?:house|home|building)|devant chez moi|frente a mi casa|em frente (?:de|da) "
        r"minha casa)\b"
    ),
    "harassment": (
        r"\b(?:changer|modifier|mettre [àa] jour|cambiar|actualizar|mudar|atualizar|alterar|update|change|[äa]ndern|aktualisieren)"
        r"\s(?:de |o |el |the )?(?:mon|mi|meu|my|meine) (?:\w+ )?(?:num[ée]ro|n[úu]mero|number|nummer)\b"
        r"|\b(?:mon|mi|meu|my|meine) (?:ancien|nouveau|antiguo|nuevo|antigo|novo|old|new|alte|neue)n? (?:num[ée]ro|n[úu]mero|"
        r"number|nummer)\b"
    ),
}
_add_ordinary(_ORDINARY_ROUND10)
for _category, _words in {
    "accident_injury": r"\b(?:saw|watched|witnessed|noticed|walking|one of your|car from your|passenger|j'ai vu|on a vu|vi|vimos|"
    r"gesehen|sah|sahen|before|antes|avant|vor der|bevor)\b",
    "dangerous_driving": r"\b(?:saw|watched|witnessed|noticed|j'ai vu|on a vu|vi|vimos|gesehen|sah|sahen|celular na m[ãa]o|"
    r"phone in (?:my|one) hand|t[ée]l[ée]phone [àa] la main|m[óo]vil en la mano|handy in der hand)\b",
    "harassment": r"num[ée]ro|n[úu]mero|number|nummer",
}.items():
    _gate = NOT_IN_GATE.get(_category)
    NOT_IN_GATE[_category] = _p((f"{_gate.pattern}|" if _gate else "") + _words)

# Tenth round, reports the screen missed while its cases were written: a rider who was drunk and "taken advantage
# of", clothes found undone (in four more languages since the eleventh round: "réveillée avec mon chemisier ouvert").
CATEGORIES["sexual"].append(
    _p(
        r"\b(?:he|the driver|driver|him) (?:\w+ )?took advantage of (?:me|her)\b|\bse aprovech[óo] de (?:m[íi]|ella)\b"
        r"|\b(?:il )?en a profit[ée] pour\b|\bil a profit[ée] de (?:moi|elle)\b|\bse aproveitou de (?:mim|ela)\b"
        r"|\bhat (?:das|mich|es) (?:\w+ )?ausgenutzt\b",
        r"\b(?:my|her) (?:jeans|trousers|pants|skirt|dress|shirt|blouse|bra|belt|zip|zipper|fly) (?:was |were )?(?:undone|"
        r"unbuttoned|unzipped|pulled (?:up|down))\b|\b(?:jeans|trousers|pants) (?:were )?(?:undone|unbuttoned|unzipped)\b",
        # the same in the other languages (eleventh round)
        r"\b(?:mon|ma|mes) (?:chemisier|chemise|pantalon|jean|jupe|robe|soutien-gorge|braguette) (?:[ée]tai(?:t|ent) )?"
        r"(?:ouverte?s?|d[ée]faite?s?|d[ée]boutonn[ée]e?s?|baiss[ée]e?s?)\b"
        r"|\b(?:mi|mis|la|el) (?:blusa|camisa|pantal[óo]n|pantalones|vaqueros|falda|vestido|sujetador|bragueta) (?:estaba )?"
        r"(?:desabrochad[oa]s?|desabotonad[oa]s?|bajad[oa]s?)\b"
        r"|\b(?:meine|die) (?:bluse|hose|jeans|rock|kleid|bh) (?:war )?(?:offen|aufgeknöpft|runtergezogen|heruntergezogen)\b"
        r"|\b(?:a minha|as minhas|o meu|minha|meu|a|as) (?:blusa|camisa|cal[çc]as?|saia|vestido|suti[ãa]|braguilha) (?:estava )?"
        r"(?:desabotoad[oa]s?|abertas?|baixad[oa]s?|abaixad[oa]s?)\b",
    )
)
# A touch told by the threat to report it if it happens again ("Si me vuelve a tocar, lo denuncio"): there was one.
CATEGORIES["sexual"].append(
    _p(
        r"\b(?:me vuelve a tocar|vuelve a tocarme|me touche encore|me retouche|me tocar de novo|voltar a me tocar|"
        r"touch(?:es)? me again|mich noch ?(?:ein)?mal anfasst|mich wieder anfasst)\b"
    )
)
# A brake or a swerve done on purpose is no care, whatever else the message says: like a knife, it keeps the clauses
# that say nobody was hurt from hiding it ("he braked hard on purpose to scare me, nobody was hurt").
CATEGORIES["_strong"].append(
    _p(
        r"\bon purpose\b|\bdeliberately\b|\bintentionally\b|\bto scare (?:me|us)\b|\bexpr[èe]s\b|\bpour (?:me|nous) faire peur\b"
        r"|\b(?:a|de) prop[óo]sito\b|\bpara asustar(?:me|nos)\b|\bpara (?:me|nos) assustar\b|\babsichtlich\b|\bmit absicht\b"
    )
)

# Sixteenth round (issue 21, dev10's false alarms: learners' and mixed-language writing, short messages, ordinary stories
# in the everyday words of reports). The driver's care, told as such: he waited until the rider was inside, let a rider
# who felt sick out for air, did at once what was asked (turned the music down, unlocked the door). CARED is read only
# by the ordinary guard of a dark street told as where the driver waited (below). Blanking each phrase and asking the
# classifier to be surer about the rest, as after a safe clause, lost a never-read report (blind9) and was taken out.
_SICK = (
    r"(?:(?:felt|was|got|feeling) (?:\w+ )?(?:sick|nauseous|queasy|carsick|unwell|dizzy)|motion sickness|car ?sick|"
    r"(?:je me suis )?senti(?:e)? mal|(?:j'avais|j'ai eu) (?:la )?naus[ée]e|naus[ée]eux|naus[ée]euse|mal au c[œo]eur|"
    r"me (?:mare[ée]|sent[íi] mal)|mareado|mareada|con n[áa]useas|ganas de vomitar|"
    r"mir (?:war|wurde) (?:\w+ )?(?:schlecht|[üu]bel|schwindelig)|[üu]belkeit|"
    r"passei mal|(?:tava|estava|fiquei) (?:\w+ )?(?:enjoad[oa]|mal disposto|mal disposta|tont[oa])|enjo[oô]|n[áa]useas?)"
)
_STOPPED = (
    r"(?:stopped|pulled over|pulled in|pulled up|let me out|s'est arr[êe]t[ée]|(?:s'est )?gar[ée]|m'a laiss[ée]e? (?:sortir|descendre)|"
    r"se (?:detuvo|par[óo])|par[óo]|me dej[óo] (?:bajar|salir)|hielt (?:\w+ )?an|(?:hat |ist )?(?:\w+ )?(?:rechts )?(?:rangefahren|"
    r"rangefahren|angehalten|rechts rangefahren)|ließ mich (?:kurz )?(?:raus|aussteigen)|parou|encostou|me deixou (?:sair|descer))"
)
_AT_ONCE = (
    r"(?:straight away|right away|immediately|at once|as soon as i asked|when (?:i )?asked|the moment i asked|without (?:a |any )?"
    r"(?:problem|fuss|complaint)|no problem|tout de suite|aussit[ôo]t|imm[ée]diatement|sans (?:aucun )?(?:probl[èe]me|discuter|"
    r"r[âa]ler)|d[èe]s que (?:je l'ai|j'ai) demand[ée]|enseguida|de inmediato|inmediatamente|al momento|al instante|sin problema|"
    r"sin rechistar|en cuanto se lo ped[íi]|sofort|gleich|direkt|ohne (?:murren|problem\w*|diskussion)|problemlos|na hora|logo|"
    r"imediatamente|na mesma hora|sem problema|sem reclamar|rapidinho)"
)
CARED = re.compile(
    r"(?i:"
    # Who did it, blanked with it (a pronoun left alone beside the blank reads as a new phrase, "he when I tried").
    r"(?:\b(?:he|she|the driver|driver|il|elle|le chauffeur|[ée]l|ella|el conductor|er|sie|der fahrer|ele|ela|o motorista)"
    r"\s(?:\w+\s)?(?=[a-zà-ÿ]))?(?:"
    # A door found locked and opened at once.
    r"\b(?:the |all the )?doors? (?:were|was) (?:still )?locked\b[^.!?]{0,40}?\b(?:he|she|driver|the driver) (?:unlocked|opened)"
    r" (?:it|them|the doors?)\b[^.!?]{0,20}?\b"
    + _AT_ONCE
    + r"\b(?: when i (?:tried|pulled|touched|reached for) (?:the|my) (?:handle|door))?"
    # He waited until the rider was in, or saw them to their door.
    r"|\b(?:waited|stayed|watched|made sure)\b[^.!?]{0,25}?\b(?:until|till|til|for) (?:i|we|she|he) (?:was|were|got|had gone|went)"
    r" (?:safely )?(?:inside|in|indoors|into (?:the|my|our) (?:house|building|flat|home)|through the door|home)\b"
    r"|\bmade sure (?:i|we|she|he) (?:got|was|were|went) (?:safely )?(?:in|inside|home|indoors)\b"
    r"|\ba attendu (?:que je|qu'on|que nous|que ma \w+) (?:sois |soit |soyons )?(?:rentr\w*|entr\w*|[àa] l'int[ée]rieur)"
    r"|\best rest[ée] jusqu'[àa] ce que je (?:sois|rentre|entre)\w*"
    r"|\besper[óo] (?:a )?(?:que|hasta que) (?:yo )?(?:entrara|entrase|estuviera dentro|estuviese dentro|entr[ée]|cerrara la puerta)"
    r"|\bwartete,? bis (?:ich|wir) (?:\w+ )?(?:drin|drinnen|im haus|im geb[äa]ude|in der wohnung|reingegangen)\b"
    r"|\bhat gewartet,? bis (?:ich|wir) (?:\w+ )?(?:drin|drinnen|im haus|im geb[äa]ude|reingegangen)\b"
    r"|\besperou (?:at[ée] )?(?:(?:que )?eu entra(?:r|sse)|eu estar dentro|que eu estivesse dentro|(?:eu )?fechar o port[ãa]o)"
    r"|\b(?:dropped|left|brought) (?:me|us) (?:right )?(?:at|to) (?:my|our|the) (?:door|gate|doorstep|entrance)\b[^.!?]{0,20}"
    r"\b(?:without (?:a |any )?(?:problem|issue)|no problem|safely)\b"
    r"|\bme dej[óo] en (?:la|mi) (?:puerta|portal|casa)\b[^.!?]{0,15}\b(?:sin (?:ning[úu]n )?problema|sano y salvo|sana y salva)"
    r"|\bm'a d[ée]pos[ée]e? devant (?:ma porte|chez moi|l'entr[ée]e)\b[^.!?]{0,15}\bsans (?:aucun )?probl[èe]me"
    r"|\b(?:vor|an) (?:der|die|meiner|meine) (?:t[üu]r|haust[üu]r)\b[^.!?]{0,20}\b(?:problemlos|ohne probleme?) (?:abgesetzt|rausgelassen)"
    r"|\bme deixou na (?:porta|portaria|frente de casa)\b[^.!?]{0,15}\b(?:sem (?:nenhum )?problema|em seguran[çc]a)"
    # A rider who felt sick, and the driver stopped for them: from the sickness to the stop, in one sentence.
    r"|\b"
    + _SICK
    + r"\b[^.!?]{0,90}?\b"
    + _STOPPED
    + r"\b(?:[^.!?]{0,40}?\b(?:air|ar|aire|luft|sick|vomit\w*|vomir|"
    r"breathe|respir\w*|atmen)\b)?"
    r"|\b"
    + _STOPPED
    + r"\b[^.!?]{0,30}?\b(?:so (?:that )?i could|for me to|to let me|pour que je|pour me laisser|para que "
    r"(?:yo )?(?:pudiera|pueda|tomara)|damit ich|pra eu|para eu|para que eu)\b[^.!?]{0,20}?\b(?:get (?:some )?(?:fresh )?air|"
    r"breathe|be sick|throw up|vomit|prenne l'air|respirer|vomir|tomar (?:el |un )?(?:aire|ar)|respirar|vomitar|luft|frische luft|"
    r"atmen|mich (?:zu )?[üu]bergeben)\w*"
    # A request done at once: the music turned down, a door unlocked, a window opened when asked.
    r"|\b(?:turned|turns|switched) (?:it|them|the (?:music|radio|volume|heat(?:ing)?|ac|a/c|air(?:con)?|fan))"
    r" (?:down|off|up|lower)\b[^.!?]{0,20}?\b" + _AT_ONCE + r"\b"
    r"|\b(?:unlocked|opened|closed|lowered|rolled (?:down|up)|changed|fixed) (?:it|them|the (?:doors?|windows?|station|"
    r"music|radio|temperature))\b[^.!?]{0,20}?\b" + _AT_ONCE + r"\b"
    r"|\b(?:did (?:it|so|that)|il l'a fait|l'a fait|lo hizo|la baj[óo]|lo baj[óo]|lo apag[óo]|la apag[óo]|las abri[óo]|"
    r"la abri[óo]|hat (?:es|das) (?:\w+ )?(?:gemacht|leiser gemacht|ausgemacht)|fez isso|fez|desligou|baixou|abaixou|abriu|destrancou)"
    r"\b[^.!?]{0,10}?\b" + _AT_ONCE + r"\b"
    r"|\b(?:a (?:baiss[ée]|[ée]teint|coup[ée]|ouvert|d[ée]verrouill[ée])) (?:la |le |les )?(?:musique|son|radio|clim\w*|"
    r"chauffage|fen[êe]tre|vitre|portes?)?\b[^.!?]{0,15}?\b" + _AT_ONCE + r"\b"
    r"|\b(?:sofort|gleich|direkt|problemlos|ohne murren) (?:leiser gemacht|ausgemacht|runtergedreht|aufgemacht|entriegelt|"
    r"ge[öo]ffnet|gemacht)\b"
    r"))"
)
# A rider who accepts the driver's reason for a refusal ("he refused my dog, he has an allergy, I understand", "c'est la
# règle, justo", "verstehe ich") or says he told them politely: a service matter. Read like rudeness told as such
# (RUDE, screen.py): where no pattern fired the classifier must be surer about the text up to these words.
ACCEPTED = re.compile(
    r"(?i:(?:\b(?:and |but |which )?i (?:totally |fully |completely |can |do )?understand(?: (?:that|it|why|his reason\w*))?"
    r"|\b(?:that'?s|it'?s|which is) (?:totally |completely )?(?:fair|understandable|reasonable|fine by me)"
    r"|\bunderstandable\b|\bmakes sense\b|\bno hard feelings\b"
    r"|\b(?:je (?:le )?comprends|c'est (?:normal|logique|compr[ée]hensible|la r[èe]gle|son droit)|compr[ée]hensible|"
    r"(?:yo )?lo (?:entiendo|comprendo)|es (?:normal|l[óo]gico|comprensible|la norma|su derecho)|comprensible|"
    r"(?:das )?verstehe ich|ich verstehe (?:das|es|ihn)|(?:ist )?(?:v[öo]llig |total )?nachvollziehbar|(?:ist )?verst[äa]ndlich|"
    r"(?:eu )?(?:entendo|compreendo)|[ée] (?:a regra|normal|compreens[íi]vel|justo|direito dele)|compreens[íi]vel)"
    r"|(?<=[,;:] )(?:justo|fair|logique|normal|logisch|l[óo]gico)(?=\s*[.!,;]|\s*$)"
    # Said so politely: the refusal already told ("he said so politely", "il me l'a dit gentiment").
    r"|\b(?:said|told me|explained) (?:it|so|that|this) (?:very |really )?(?:politely|kindly|nicely|gently|apologetically)"
    r"|\b(?:me l'a|l'a|me l'a tr[èe]s) (?:dit|expliqu[ée]) (?:tr[èe]s )?(?:gentiment|poliment|calmement|avec le sourire)"
    r"|\bme lo (?:dijo|explic[óo]) (?:muy )?(?:amablemente|con educaci[óo]n|educadamente|con amabilidad|con calma)"
    r"|\bhat (?:es|das) (?:mir )?(?:sehr )?(?:freundlich|h[öo]flich|nett|ruhig) (?:gesagt|erkl[äa]rt)"
    r"|\b(?:me )?(?:disse|explicou) (?:isso )?(?:com (?:educa[çc][ãa]o|calma|gentileza|jeito)|educadamente|gentilmente))(?!\w))"
)

# Everyday matters told in the words of reports: a driver who did not know the way and whom the rider guided; a bank or
# card that "attacked" the rider with a charge. Blanked before the classifier reads the message.
_ORDINARY_ROUND16 = {
    "_service": (
        # Who did not know the way, and the "and I" that follows, go with it (the bare "the driver and I" reads as a report).
        r"(?:\b(?:the driver|driver|he|she|le chauffeur|il|elle|el conductor|[ée]l|ella|der fahrer|er|sie|o motorista|ele|ela)\s)?"
        r"\b(?:(?:didn'?t|did not|doesn'?t|does not) know the (?:way|route|area|city|address)"
        r"|ne (?:connaissait|conna[îi]t) pas (?:le chemin|la route|l'adresse|le quartier|la ville)"
        r"|no (?:conoc[íi]a|conoce|sab[íi]a) (?:el camino|la ruta|la direcci[óo]n|la zona|la ciudad)"
        r"|kannte (?:den weg|die strecke|die adresse|sich) nicht(?: aus)?"
        r"|n[ãa]o (?:sabia|conhecia) (?:o caminho|a rota|o endere[çc]o|a regi[ãa]o|a cidade))\b"
        r"(?:,?\s(?:and|so|et|donc|y|as[íi] que|und|also|e|ent[ãa]o)\b)?"
        r"(?:\s(?:i|je|j'|yo|ich|eu)\b)?"
        r"|(?:\b(?:and|so|et|donc|y|und|also|e|ent[ãa]o)\s)?(?:\b(?:i|je|yo|ich|eu)\s)?"
        r"\b(?:(?:had to|i) (?:guide|direct|show|navigate for) (?:him|her|them|the driver)\b(?: (?:the way|there))?"
        r"(?: (?:the whole (?:time|way|ride|trip)|all the way))?"
        r"|(?:j'ai d[ûu]|je devais) (?:le|la) guider\b(?: (?:tout le (?:trajet|temps|long|chemin)))?"
        r"|tuve que (?:guiarl[eo]|indicarle el camino|decirle el camino)\b(?: (?:todo el (?:camino|rato|viaje)))?"
        r"|musste (?:ihn|sie|ihm|ihr) (?:\w+ ){0,3}(?:lotsen|navigieren|den weg zeigen|f[üu]hren|sagen,? wo es langgeht)\b"
        r"|tive que (?:guiar|ensinar o caminho|mostrar o caminho|explicar o caminho)(?: (?:a ele|pra ele|para ele|ele))?"
        r"(?: (?:o caminho todo|a viagem toda|o tempo todo))?)"
    ),
    "violence": (
        r"\b(?:attacked|attaqu[ée]e?s?|atac(?:aron|[óo]|ado|ada)|angegriffen|atacad[oa]s?|atacaram)\b(?:\s\w+){0,2}\s(?:with|avec|con|"
        r"mit|com)\s(?:an?|un|une|una|um|uma|einer?|einem|the|le|la|el|o|der|dem)?\s?(?:\w+\s)?(?:charge|fee|surcharge|bill|"
        r"frais|pr[ée]l[èe]vement|d[ée]bit|cargo|cobro|recargo|comisi[óo]n|geb[üu]hr|abbuchung|rechnung|cobran[çc]a|taxa|tarifa)\b"
    ),
    # A dark or empty street told as where the rider was dropped, in a sentence that says the driver waited until they
    # were in: the place, not a report ("Late-night drop-off, dark street, driver waited until I was inside").
    "abduction_or_followed": (
        r"(?:^|(?<=[.!?]))(?![^.!?]*\b(?:follow\w*|would(?:n'?t| not)|refus\w*|locked|stopped the car|engine off|lights off|"
        r"touch\w*|grab\w*|knock\w*|suivi\w*|sigui[óo]|verfolgt|seguiu)\b)[^.!?]{0,160}?(?:"
        + CARED.pattern
        + r")(?:\s+[^\s.!?]+){0,3}"
        r"\s*(?=[.!?]|$)"
    ),
}
_add_ordinary(_ORDINARY_ROUND16)
NOT_IN_GATE["_service"] = _p(
    r"know|guide|direct|show|navigate|connaiss|conna[îi]t|guider|conoc|sab[íi]a|guiar|indicar|kannte|lotsen|navigieren|"
    r"f[üu]hren|zeigen|sabia|conhecia|ensinar|mostrar|explicar"
)

# Sixteenth round, reports in learners' and everyday wording (the categories blind10 missed: dangerous driving, a minor,
# violence): a child's age told with a verb ("my daughter is 13", "mi hijo tiene 12 años", "meine Tochter ist 14", "ma fille
# a 14 ans", "meu filho tem 12 anos"), a red light "passed" ("pass red light", "passe le feu rouge", "no para en el semáforo
# rojo", "passa sinal vermelho", "bei Rot gefahren"), a push or a blow in the present or with "dar" ("push me out of car",
# "me pega en el brazo", "me dio un empujón", "hat mir eine Ohrfeige gegeben", "am Arm gezogen").
CATEGORIES["minor"].append(
    _p(
        r"\b(?:my|our|her|his|mon|ma|mi|mein\w*|meu|minha)\s+(?:\w+\s+){0,2}"
        + KID
        + r"\s*,?\s*(?:(?:she|he|elle|il|sie|er|ela|"
        r"ele)\s+)?(?:(?:is|'s|ist|est|é)\s+(?:only |just |seulement |solo |s[óo]lo |nur |erst |s[óo] |apenas )?"
        r"(?:(?:[5-9]|1[0-7])(?:\s*(?:yo|y/o|yrs?|years?(?:[- ]old)?|ans|años|jahre|anos))?|(?:"
        + AGE_WORD
        + r"))"
        r"|(?:tiene|tem|a)\s+(?:seulement |solo |s[óo]lo |s[óo] |apenas )?(?:[5-9]|1[0-7]|"
        + AGE_WORD
        + r")\s*(?:ans|años|anos))\b"
        r"(?!\s*(?:min\w*|hours?|heures?|horas?|stunden?|km|euros?|dollars?|%|h\b|am\b|pm\b|:|ans? de (?:retard|mariage)))"
    )
)
CATEGORIES["dangerous_driving"].append(
    _p(
        r"\b(?:pass(?:ed|es|ing)?|cross(?:ed|es|ing)?|go(?:es)? through|went through|not stop(?:ped)? (?:at|for)|didn'?t stop (?:at|for)|"
        r"no stop (?:at|for)?) (?:the |a |two |three |many |all (?:the )?|every )?red lights?\b",
        r"\b(?:pass[ée]|passe|passait|traverse|travers[ée]|pas arr[êe]t[ée] au|s'arr[êe]te pas au) (?:le |les |un |des |deux |trois |"
        r"plusieurs )?feux? rouges?\b",
        r"\b(?:no (?:para|par[óo]|se par[óo]|se para|paraba|respet[óo]|respeta)|pas[óo]|pasa|pasaba|cruz[óo]|cruza) (?:en |con )?"
        r"(?:el |los |un |dos |varios |todos los )?sem[áa]foros? (?:en )?rojos?\b",
        r"\b(?:passa|passou|passava|cruzou|n[ãa]o parou n[oa]|atravessou) (?:o |os |um |dois |v[áa]rios )?(?:sinal|sinais|farol|"
        r"far[óo]is|sem[áa]foros?) (?:no |em )?vermelhos?\b",
        r"\bbei rot (?:\w+ )?(?:gefahren|drüber\w*|durchgefahren|über die ampel)\b|\b(?:über|durch) (?:die |eine )?rote ampel\b",
    )
)
CATEGORIES["violence"].append(
    _p(
        r"\bpush(?:ed|es|ing)? (?:me|her|him|us) (?:out|against|into|to the ground|off|hard)\b",
        r"\bme (?:dio|di[óo]|peg[óo]|pega|pegaba|dieron) (?:un |una )?(?:empuj[óo]n|golpe|bofetada|cachetada|tortazo|pu[ñn]etazo|"
        r"patada)\b|\bme (?:pega|empuja|golpea|agarra|jala|jalaba|empujaba)\b(?=\s+(?:en|con|del|de la|por|muy|fuerte|contra))",
        r"\b(?:eine )?ohrfeige\w*|\bhat mir eine (?:gescheuert|geknallt|runtergehauen|verpasst)\b|\b(?:am|an den|an meinem) "
        r"(?:arm|haaren|kragen|handgelenk) (?:gezogen|gerissen|gezerrt|gepackt)\b",
    )
)

# Sixteenth round: a report told without its doer, as short messages and learners often do ("got groped", "was followed
# home", "I was pushed", "fui manoseada", "me tocaron", "ich wurde geschubst", "j'ai été poussée", "was left on the motorway
# at 2am", "fiquei trancada no carro"); missed before (a charge that "hit" or "attacked" the rider stays ordinary).
_MONEY_AFTER = r"(?! (?:with|by|mit|con|com|avec) (?:a |an |the |un |una |une |um |uma |einer )?(?:\S+ )?(?:charge|fee|bill|surcharge|fine|price|cargo|cobro|frais|taxa|geb[üu]hr))"
for _category, _pattern in {
    "sexual": _p(
        r"\b(?:got|was|were|been|being|get|gets) (?:\w+ )?(?:groped|fondled|molested|felt up|touched up|touched (?:on|between|under|"
        r"inappropriately)|kissed against my will)\b",
        r"\bj'ai [ée]t[ée] (?:touch[ée]e?|tripot[ée]e?|caress[ée]e?|embrass[ée]e? de force|pelot[ée]e?)\b",
        r"\bme (?:tocaron|manosearon|besaron a la fuerza)\b|\bfui (?:manoseada|tocada|manoseado|tocado)\b",
        r"\bich wurde (?:\w+ )?(?:begrapscht|betatscht|befummelt|gek[üu]sst)\b",
        r"\bfui (?:apalpada|tocada|assediada|agarrada|bolinada)\b|\bme (?:tocaram|apalparam|bolinaram)\b",
    ),
    "abduction_or_followed": _p(
        r"\b(?:was|were|got|been|being) followed\b(?=[^.!?]{0,30}\b(?:home|to my|to our|all the way|after the (?:ride|trip)|"
        r"by (?:the|a|that|his) (?:driver|car|guy|man)))",
        r"\bme siguieron\b|\bfui seguid[oa]\b|\bj'ai [ée]t[ée] suivie?\b(?! (?:sur|par (?:mail|e-mail|sms)))",
    ),
    "threat": _p(
        r"\b(?:was|were|got|been) (?:left|dumped|abandoned|kicked out|thrown out|put out) (?:stranded )?(?:on|at|by|in) (?:the )?"
        r"(?:(?:side|hard shoulder|middle) of (?:the|a) )?(?:road(?:side)?|highway|motorway|freeway|hard shoulder|"
        r"middle of nowhere)\b"
    ),
    "locked_in": _p(
        r"\b(?:was|were|got) locked in(?:side)? (?:the|his|a) (?:car|back|vehicle)\b|\benferm[ée]e? dans (?:la|sa) voiture\b"
        r"|\bfiquei (?:trancad[oa]|pres[oa]) (?:no carro|dentro do carro|l[áa] dentro)\b|\bme encerraron\b"
    ),
    "violence": _p(
        r"\b(?:was|were|got|been|being) (?:\w+ )?(?:pushed|shoved|punched|slapped|kicked|choked|beaten|assaulted|spat on|dragged|"
        r"headbutted)\b" + _MONEY_AFTER,
        r"\bj'ai [ée]t[ée] (?:pouss[ée]e?|frapp[ée]e?|gifl[ée]e?|bouscul[ée]e?|agress[ée]e?)\b"
        + _MONEY_AFTER,
        r"\bme (?:empujaron|pegaron|golpearon|escupieron|agredieron)\b|\bfui (?:empujad[oa]|golpead[oa]|agredid[oa])\b",
        r"\bich wurde (?:\w+ )?(?:geschubst|gestoßen|getreten|bespuckt|gewürgt)\b",
        r"\bfui (?:empurrad[oa]|agredid[oa]|esbofetead[oa]|chutad[oa]|espancad[oa])\b|\bme (?:empurraram|bateram|agrediram)\b",
    ),
}.items():
    CATEGORIES[_category].append(_pattern)

# Seventeenth round (issue 21): ordinary complaints told in the words and shapes of reports
# (tests/safety/test_ordinary_in_report_words.py, half A). Each guard is an ordinary sense, in the five languages:
# someone other than the driver who shouted at the rider ("my boss shouted at me", "mi jefe me gritó"); drunk with joy
# ("ivre de joie", "borracho de felicidad", "im Glücksrausch"); doors that lock at the start as always or by themselves,
# in a sentence that says nothing of being kept in; unease about a price ("felt unsafe about the price", "me senti
# insegura com o preço"); luggage taken to help or to load it ("grabbed my suitcase to help", "Koffer gepackt, um mir zu
# helfen"); a fast drive or a hard brake the rider asked for or the traffic caused, in a sentence without fear, purpose
# or danger in it; the fear of missing a flight or a train; a driver who followed the GPS or the app's route; a car
# going the wrong way on the app's map.
_NOT_DRIVER = r"(?!(?:the|driver|he|she|il|elle|chauffeur|conductor|ch[óo]fer|fahrer|er|sie|motorista|ele|ela|el|[ée]l)\b)"
_OTHERS = (
    r"(?:boss|manager|mum|mom|mother|dad|father|wife|husband|partner|teacher|landlord|neighbou?r|colleague|co-?worker|"
    r"sister|brother|patron|patronne|chef|cheffe|m[èe]re|p[èe]re|femme|mari|prof|voisin\w*|coll[èe]gue|jefe|jefa|madre|"
    r"padre|esposa|esposo|marido|vecin[oa]|compa[ñn]er[oa]|vorgesetzte\w*|mutter|vater|frau|lehrer\w*|nachbar\w*|kolleg\w*|"
    r"chefe|m[ãa]e|pai|vizinh[oa]|colega|professor\w*)"
)
_LUGGAGE = (
    r"(?:suitcases?|luggage|bags?|backpack|stroller|pram|boxes|box|shopping|valises?|sacs?|bagages?|poussette|maletas?|"
    r"bolsos?|equipaje|mochila|carrito|koffer|taschen?|gep[äa]ck|rucksack|kinderwagen|malas?|bolsas?|bagagem|carrinho)"
)
_TO_HELP = (
    r"(?=[^.!?]{0,60}\b(?:help\w*|trunk|boot|load\w*|put (?:it|them)|kind|nice|aider|coffre|ranger|mettre|gentil|ayud\w*|"
    r"maletero|meter\w*|cargar|amable|helfen|kofferraum|einladen|legen|nett|ajud\w*|porta-?malas|colocar|guardar)\b)"
)
_LUGGAGE_TAKEN = (
    r"\b(?:grabbed|took|took hold of|seized|picked up|touched|attrap[ée]|pris|saisi|touch[ée]|agarr[óo]|cogi[óo]|tom[óo]|"
    r"toc[óo]|agarrou|pegou|tocou)\s(?:in |on |na |no |em |à )?(?:my|mon|ma|mes|mi|mis|minha|meu|minhas|meus)\s(?:\w+\s)?"
    + _LUGGAGE
    + r"\b"
    + _TO_HELP
    + r"|\b(?:meine\w*|den|die)\s(?:\w+\s)?(?:koffer|taschen?|gep[äa]ck|rucksack|kinderwagen)\s(?:gepackt|genommen|"
    r"angefasst|gegriffen|geschnappt)\b" + _TO_HELP
)
# A sentence that tells fear, purpose or danger is never set aside by the sentence guards below; nor one that names a
# body, a kiss, a dark or empty place, a stop, locked doors, a number or a photo asked for; nor, but where they are the
# guard's own words, one that tells a touch or a follow.
_FEAR_WORDS = r"scar\w*|terrif\w*|afraid|fear\w*|fright\w*|peur|effray\w*|miedo|asust\w*|angst|medo|assust\w*"
_TOUCH_WORDS = r"touch\w*|toc\w*|fass\w*|follow\w*|suivi\w*|sigui\w*|verfolg\w*|seguiu"
_DANGER_WORDS = (
    r"danger\w*|gef[äa]hrlich\w*|gefahr|perig\w*|peligr\w*|maniac|crazy|insane|loco|fou|folle|verr[üu]ckt|louco|red lights?|"
    r"feux? rouges?|sem[áa]foros?|ampel|sinal|swerv\w*|zigzag\w*|phone|texting|slow down|ralenti\w*|despacio|langsamer|"
    r"devagar|purpose|expr[èe]s|prop[óo]sito|absichtlich|laugh\w*|rigol\w*|ri[óo]|riu|riram|riait|re[íi]a|lach\w*|"
    r"scream\w*|cri\w*|grit\w*|schrie\w*|hurt|bless\w*|herid\w*|verletz\w*|machuc\w*|\d{3}"
    r"|arms?|wrists?|legs?|thighs?|hands?|bras|poignet|jambes?|cuisses?|mains?|brazos?|mu[ñn]ecas?|piernas?|muslos?|manos?|"
    r"handgelenk|beine?|oberschenkel|h[äa]nde?|bra[çc]os?|pulsos?|pernas?|coxas?|m[ãa]os?|kiss\w*|bis[ae]\w*|bes[oó]\w*|"
    r"k[üu]ss\w*|beij\w*|dark|dunkel\w*|sombre|oscur\w*|escur\w*|field|forest|wald|bois|bosque|mato|nowhere|stopp\w*|"
    r"arr[êe]t\w*|par[óo]|hielt|parou|locked|verrouill\w*|trav\w*|asked her|number|num[ée]ro|n[úu]mero|nummer|photos?|"
    r"fotos?|alone|seule?|sol[oa]|allein|sozinh[oa]|message\w*|instagram|snap\w*"
)
_NO_DANGER = r"(?![^.!?]*\b(?:" + _FEAR_WORDS + "|" + _TOUCH_WORDS + "|" + _DANGER_WORDS + r")\b)"


def _in_one_sentence(trigger: str, *kinds: str, need: str = "") -> str:
    """From a sentence's start, the sentence around `trigger` (and `need`, if given), when it tells none of `kinds` (fear, touch, danger: all three
    by default)."""
    words = "|".join(kinds or (_FEAR_WORDS, _TOUCH_WORDS, _DANGER_WORDS))
    needed = r"(?=[^.!?]*" + need + ")" if need else ""
    return r"(?![^.!?]*\b(?:" + words + r")\b)" + needed + r"(?=[^.!?]*?(?:" + trigger + r"))[^.!?]*"


_ORDINARY_ROUND17 = {
    "harassment": (
        r"\b(?:my|mon|ma|mi|mein\w*|meu|minha)\s" + _OTHERS + r"\b(?:\s" + _NOT_DRIVER + r"[\w']+){0,3}\s"
        r"(?:shouted|yelled|screamed|swore|cri[ée]|gueul[ée]|grit[óo]|gritaba|angeschrien|angebr[üu]llt|angeschnauzt|"
        r"gritou|berrou)(?:\s(?:at|on)\s(?:me|us)|\sdessus|\scomigo|\sconmigo)?"
    ),
    "impaired_driver": (
        r"\b(?:drunk|intoxicated|ivre|sao[uû]le?|borrach[oa]|ebri[oa]|b[êe]bad[oa]|betrunken|berauscht)\s(?:with|on|de|d'|of|"
        r"vor|von)\s?(?:\w+\s)?(?:happiness|joy|love|power|success|victory|pride|joie|bonheur|amour|fiert[ée]|felicidad|"
        r"alegr[íi]a|amor|[ée]xito|orgullo|felicidade|alegria|sucesso|orgulho|gl[üu]ck|freude|liebe|stolz)\b"
        r"|\b(?:gl[üu]cksrausch|freudentaumel|siegesrausch)\w*"
    ),
    "locked_in": (
        r"(?:^|(?<=[.!?]))"
        + _SHORT_SENTENCE
        # Eighteenth round: "let" is no release where it lets a car or an ambulance past ("pulled over to let it past").
        + r"(?![^.!?]*\b(?:let(?! (?:it|them|(?:the|a|an) \w+(?: \w+)?) (?:past|pass|through|by|overtake)\b)|out|open\w*|unlock\w*|"
        r"refus\w*|wouldn'?t|would not|won'?t|couldn'?t|could not|"
        r"stop\w*|trapped|scared|afraid|sortir|ouvr\w*|descendre|laiss\w*|peur|salir|bajar|abr\w*|dej\w*|miedo|aussteigen|raus|"
        r"[öo]ffne\w*|lie[ßs]\w*|angst|sair|descer|deix\w*|medo|panic\w*|pani\w*)\b)(?=[^.!?]*\b(?:locks?|locked|verrouill\w*|"
        r"bloqu\w*|cerr[óo]|cerraron|seguro|verriegel\w*|abgeschlossen|zugesperrt|trav\w*|tranc\w*)\b)(?=[^.!?]*\b(?:as always|as usual|like always|"
        r"automatic\w*|by (?:it|them)sel(?:f|ves)|when we (?:started|set off|left)|at the (?:start|beginning)|comme (?:toujours|"
        r"d'habitude)|au d[ée]part|automatiquement|como siempre|al (?:arrancar|empezar|principio|salir)|autom[áa]tic\w*|"
        r"wie immer|am anfang|beim losfahren|automatisch|como sempre|no come[çc]o|ao sair|na sa[íi]da"
        # Eighteenth round: "as normal", "as they always do", "wie gewohnt", "como de costume"; the French lock told without
        # an object as the car sets off ("il a verrouillé et il est parti"; English "locked" needs its doors to fire).
        r"|as normal|as (?:it|they) (?:always |usually |normally )?(?:do|does)|like (?:it|they) always (?:do|does)|"
        r"comme dans toutes les voitures|como de costumbre|como es normal|wie gewohnt|wie [üu]blich|como de costume|"
        r"verrouill[ée] (?:et|puis) (?:il |elle |on )?(?:est |a |s'est )?(?:parti\w*|d[ée]marr[ée]|roul[ée]|mis en route))\b)"
        r"[^.!?]*"
    ),
    "unsafe": (
        r"(?:\b(?:felt|feel|feeling|sent[íi]a?|sentais|sentait|senti|sentia)\s(?:so |very |really |a bit |muy |muito |bem |super )?)?"
        r"(?:\bunsafe|\binsegur[oa]|\bpas (?:du tout |\w+ )?en s[ée]curit[ée])\s(?:about|with|over|regarding|con|com|avec|sur|"
        r"por|pelo|pela|sobre|du|de)\s(?:the |this |that |el |la |le |les |ce |cette |o |a |este |esse |esta |essa |ese |esa )?"
        r"(?:\w+\s)?(?:"
        + _MONEY[3:-1]
        + r"|payment|paiement|pago|pagamento|surge|tarif\w*|precio|pre[çc]o)\b"
    ),
    "violence": _LUGGAGE_TAKEN,
    "abduction_or_followed": (
        r"\b(?:followed|follow\w*|suivi|suit|suivait|sigui[óo]|segu[íi]a|sigue|gefolgt|folgte|seguiu|seguia|segue)\s(?:just |only |"
        r"exactly |juste |simplemente |solo |nur |s[óo] |apenas )?(?:the |le |la |l'|el |o |a |dem |der |den |his |son |su |"
        r"seinem |seu )?(?:gps|navi\w*|app\w*|route|map|maps|waze|google maps|itin[ée]raire|ruta|rota|trajet|karte|"
        r"instructions?|indications?|instrucciones|instru[çc][õo]es|directions?)\b"
        r"|\b(?:dem|der|den|seinem) (?:gps|navi\w*|app|route|karte|anweisungen)\s(?:\w+\s)?(?:gefolgt|nachgefahren)\b"
    ),
    "dangerous_driving": (
        r"\b(?:in|on|auf|en|no|na|dans) (?:the |der |la |l'|o |a )?(?:app|appli|aplicativo|map|karte|mapa|carte)\b[^.!?]{0,20}"
        r"\b(?:wrong (?:way|direction)|falsche richtung|mauvaise direction|direcci[óo]n (?:equivocada|contraria)|"
        r"dire[çc][ãa]o errada|other way|otro lado|outro lado|andere richtung)\b"
    ),
}
# The sentence guards, each the body of a sentence that starts where the one anchor below says.
_SENTENCE_GUARDS = [
    # A fast drive the rider asked for.
    _NO_DANGER
    + r"[^.!?]*?\b(?:because|since|as|coz|cause|parce que|car|puisque|porque|ya que|weil|da|pois|j[áa] que)\s(?:i|je|j'|"
    r"yo|ich|eu|we|nous)\b[^.!?]{0,40}\b(?:asked|told|begged|demand[ée]|dit|ped[íi]|dije|gebeten|gesagt|pedi|falei)\b"
    r"[^.!?]{0,40}\b(?:hurry|rush|fast\w*|quick\w*|d[ée]p[êe]ch\w*|vite|press\w*|apur\w*|prisa|r[áa]pido|deprisa|"
    r"beeil\w*|schnell\w*|apress\w*|correr|pressa|late|retard|tarde|sp[äa]t|atrasad\w*)\b[^.!?]*",
    # A hard brake for the lights or the traffic.
    _NO_DANGER
    + r"(?=[^.!?]*\b(?:brak\w*|brake|frein\w*|fren\w*|brems\w*|gebremst|freou|freava|freia)\b)(?=[^.!?]*\b(?:lights?|"
    r"traffic|jam|signal|feu|bouchons?|embouteillage|circulation|tr[áa]fico|atasco|sem[áa]foro|stau|verkehr|ampel|"
    r"tr[âa]nsito|engarrafamento|sinal)\b)[^.!?]*",
    # The fear of missing a flight or a train, or of being late; unease about a price in German word order.
    _in_one_sentence(
        r"\b(?:scared|afraid|terrified|worried|panick\w*|stressed|nervous|fear\w*|peur|paniqu\w*|stress\w*|miedo|"
        r"asustad[oa]|nervios[oa]|preocupad[oa]|angst|panik|medo|apavorad[oa]|nervos[oa])\b[^.!?]{0,30}\b(?:miss\w*|rater|"
        r"manquer|louper|perder|perdiera|verpass\w*|perdesse|be late|en retard|llegar tarde|zu sp[äa]t|atrasar|"
        r"chegar atrasad\w*)\b(?:\s(?:my|the|mon|ma|le|la|mi|el|meinen?|den|die|o|a|meu|minha)\s\w+)?"
        r"|\b(?:panik|angst|stress)\b[^.!?]{0,20}\bwegen (?:meine[ms]?|dem|des|der) (?:zug|flug|flieger|bus|termin\w*|meeting)\b"
        r"|\bbeim (?:preis|betrag|tarif)\b[^.!?]{0,30}\bungutes gef[üu]hl\b|\bungutes gef[üu]hl\b[^.!?]{0,20}\b(?:beim|wegen "
        r"des|wegen dem) (?:preis|betrag)\b",
        _TOUCH_WORDS,
        _DANGER_WORDS,
    ),
    # Luggage taken to help.
    _in_one_sentence(_LUGGAGE_TAKEN, _FEAR_WORDS, _DANGER_WORDS),
    # A child's lost thing, in a sentence that names the child ("I left a backpack in the boot" alone is left to the
    # classifier, as before).
    _in_one_sentence(
        r"\b(?:forgot|left|lost|oubli[ée]|perdu|laiss[ée]|olvid[óo]|dej[óo]|perdi[óo]|vergessen|verloren|liegen (?:ge)?lassen|"
        r"esqueceu|deixou|perdeu)\b[^.!?]{0,40}\b(?:toy|bag|backpack|jacket|coat|phone|tablet|bottle|book|hat|scarf|"
        r"headphones|jouet|sac|cartable|doudou|veste|manteau|juguete|mochila|chaqueta|abrigo|spielzeug|tasche|rucksack|jacke|"
        r"kuscheltier|brinquedo|bolsa|casaco|garrafa)s?\b",
        _TOUCH_WORDS,
        _DANGER_WORDS,
        need=r"\b" + KID + r"s?\b",
    ),
    # The GPS followed; drunk with joy; unease about a price.
    _in_one_sentence(_ORDINARY_ROUND17["abduction_or_followed"], _FEAR_WORDS, _DANGER_WORDS),
    _in_one_sentence(_ORDINARY_ROUND17["impaired_driver"] + "|" + _ORDINARY_ROUND17["unsafe"]),
]
# Where a sentence guard may start: a sentence of at most 300 characters with a word in it.
_ORDINARY_ROUND17["_ordinary17"] = (
    _LUGGAGE_TAKEN
    + r"|(?:^|(?<=[.!?]))(?=\s*[^\s.!?])"
    + _SHORT_SENTENCE
    + "(?:"
    + "|".join(_SENTENCE_GUARDS)
    + ")"
)
_add_ordinary(_ORDINARY_ROUND17)
for _category, _words in {
    # The guards' own words, the rarest of each: a bag or suitcase, a request, a brake, a fear, a child, the GPS, an idiom.
    "_ordinary17": r"suitcase|luggage|bag|backpack|stroller|pram|box|shopping|valise|sac|bagage|poussette|maleta|bolso|"
    r"equipaje|mochila|carrito|koffer|tasche|gep[äa]ck|rucksack|kinderwagen|mala|bolsa|carrinho|asked|told|begged|demand|"
    r"ped[íi]|dije|gebeten|gesagt|pedi|falei|brak|frein|fren|brems|freou|freava|freia|scared|afraid|terrif|worried|panic|"
    r"stress|nervous|fear|peur|paniqu|miedo|asust|nervios|preocup|angst|panik|medo|apavor|nervos|ungutes|son|daughter|kid|"
    r"child|fils|fille|hij[oa]|sohn|tochter|filh[oa]|follow|suivi|suit|sigui|segu|sigue|gefolgt|folgte|nachgefahren|"
    r"rausch|taumel|drunk|ivre|sao[uû]l|borrach|ebri|b[êe]bad|betrunken|berauscht|unsafe|insegur|s[ée]curit",
    "impaired_driver": r"ivre|sao[uû]l|ebri|intoxicated|berauscht|rausch|taumel",
    "harassment": r"shout|yell|scream|swore|cri[ée]|gueul|grit|angeschrien|angebr|angeschnauzt|berrou",
    "unsafe": r"unsafe|insegur|s[ée]curit",
    "abduction_or_followed": r"follow|suivi|suit|sigui|segu|sigue|gefolgt|folgte|nachgefahren",
    "dangerous_driving": r"app|map|karte|mapa|carte",
    "violence": r"grab|took|seiz|pick|touch|attrap|pris|saisi|agarr|cogi|tom[óo]|toc|pegou|gepackt|genommen|angefasst|"
    r"gegriffen|geschnappt",
}.items():
    _gate = NOT_IN_GATE.get(_category)
    if _gate is not None or _category.startswith("_"):
        NOT_IN_GATE[_category] = _p((f"{_gate.pattern}|" if _gate else "") + _words)

# Seventeenth round, a report the generator's half A missed: a rider who begged the driver to slow down ("obwohl ich ihn
# angefleht habe, langsamer zu fahren", "le rogué que fuera más despacio").
CATEGORIES["dangerous_driving"].append(
    _p(
        r"\b(?:begged|begging|pleaded|pleading|implor\w*|suppli\w*|rogu[ée]|rogaba|rogando|supliqu[ée]|suplicaba|suplicando|"
        r"angefleht|anflehte|angebettelt|anbettelte)\b[^.!?]{0,40}\b(?:slow|ralenti\w*|despacio|lento|langsamer|langsam|"
        r"devagar|diminuir)\b"
    )
)

# Eighteenth round (issue 21, dev11: long ordinary stories of a bad night). Ordinary senses, in the five languages: friends
# who were drunk, told in the plural or after a comma ("two friends, both drunk", "mes amis étaient ivres", "meine Freunde
# waren betrunken"); a dark street where the rider stood waiting for the car, or where the driver stopped because the rider
# asked him to (a sick rider, an asthma attack); a car held up behind someone else's collision; another road user who
# swerved, or a swerve the driver had to make round something on the road, in a sentence without fear or danger; a low
# speed (under 50 km/h, 30 mph) told in a sentence without a limit, a zone, fear or danger ("he drove at 30 km/h in the
# snow").
_DRIVER_WORDS = (
    r"(?:he|she|they|him|his|her|driver|guy|man|uber|taxi|cabbie|chauffeur|conducteur|conductor|ch[óo]fer|fahrer|er|"
    r"motorista|ele|ela|il|elle|lui|[ée]l|ella|ihn|der|o|le)"
)
_DARK_PLACE = (
    r"(?:(?:empty|deserted|dark|abandoned) (?:parking lot|car park|road|street|field|lot|area|alley)|rue (?:calme|sombre|"
    r"d[ée]serte)|parking d[ée]sert|calle oscura|dunkle[nm]? (?:seitenstra(?:ß|ss)e|stra(?:ß|ss)e)|leeren parkplatz|"
    r"rua escura|beco escuro)"
)
# What makes a dark place part of a report: the driver took, left or followed the rider there, touched them, refused.
_DARK_REPORT = (
    r"(?:left|dropped|dumped|abandon\w*|took|brought|drove|follow\w*|kicked|stranded|refus\w*|wouldn'?t|would not|locked|"
    r"touch\w*|grab\w*|kiss\w*|lights? off|engine off|d[ée]pos[ée]\w*|laiss[ée]\w*|abandonn\w*|emmen[ée]\w*|suivi\w*|"
    r"verrouill\w*|touch[ée]\w*|dej[óo]|llev[óo]|abandon[óo]|sigui[óo]|toc[óo]|neg[óo]|abgesetzt|rausgelassen|gebracht|"
    r"verfolgt|angefasst|weigerte|verriegelt|deixou|largou|levou|seguiu|abandonou|tocou|recusou|travou|trancou|"
    + _FEAR_WORDS
    + r")"
)
_WAITING = (
    r"(?:(?:i|we) (?:was |were |had been )?(?:standing|waiting|waited|stood)|j'attendais|j'ai attendu|nous attendions|"
    r"(?:yo )?esperaba|estaba esperando|esper[ée]|ich (?:\w+ )?(?:wartete|stand|habe gewartet)|wir (?:warteten|standen)|"
    r"(?:eu )?esperava|estava (?:esperando|[àa] espera)|esperei|fiquei esperando)"
)
_ASKED_TO_STOP = (
    r"(?:(?:asked|begged|told) (?:him|her|the driver) to (?:stop|pull over|pull in)|demand[ée] (?:au chauffeur |au conducteur )?"
    r"de (?:s'arr[êe]ter|se garer|m'arr[êe]ter)|ped[íi] (?:al conductor |al ch[óo]fer )?que (?:parara|parase|se detuviera|"
    r"se parara)|gebeten,? (?:kurz )?an(?:zu)?halten|bat (?:ihn|den fahrer),? (?:kurz )?an(?:zu)?halten|pedi (?:ao motorista |"
    r"a ele |pra ele |para ele )?(?:para |pra )?parar)"
)
_OTHER_ROAD_USER = (
    r"(?:lorry|truck|van|car|bus|motorbike|motorcycle|cyclist|bike|scooter|driver|taxi|vehicle|camion|camionnette|voiture|"
    r"moto|cycliste|v[ée]lo|cami[óo]n|coche|auto|carro|ciclista|autob[úu]s|lkw|laster|wagen|motorrad|radfahrer|transporter|"
    r"caminh[ãa]o|[ôo]nibus|mota)"
)
_DANGER_NOT_SWERVE = _DANGER_WORDS.replace(r"swerv\w*|zigzag\w*|", "")
# A swerve that ended in a crash or a hurt is no care ("swerved to miss a dog and we hit the curb").
_SWERVE_HARM = (
    r"(?:we|i|our car|the car|he|the driver) (?:\w+ )?(?:hit|crashed|slammed|smashed|bumped)|into us|hurt\w*|injur\w*|"
    r"bless\w*|herid\w*|verletz\w*|machuc\w*|bump\w*|nearly|almost|speed\w*|sped|fast|reckless\w*"
)
# What makes a low speed part of a report: a limit or a zone it is told against, a second number, fear or danger
# (Portuguese "travou", locked, not French "en travers", across the road).
_SLOW_NOT = (
    _FEAR_WORDS
    + "|"
    + _TOUCH_WORDS
    + "|"
    + _DANGER_WORDS.replace(r"trav\w*", r"trav(?:ou|aram|ad[oa]s?|ar)").replace(r"|\d{3}", "")
    + r"|limit\w*|limite\w*|l[íi]mite\w*|begrenz\w*|tempo\w*|zone\w*|zona\w*|over|above|faster|more|plus|au-dessus|"
    r"trop|vite|m[áa]s|mais|acima|demasiado|r[áa]pid\w*|[üu]ber|schnell\w*|zu|speed\w*|vitesse|velocidad|"
    r"geschwindigkeit|velocidade|excess\w*|exc[èe]s|exceso|excesso|in an?|dans une?|school|[ée]cole|escuela|schule|"
    r"escola|residential|r[ée]sidentiel|\d{3}"
    # A second number, the limit it is told against ("40 km/h sur une route à 30").
    r"|(?:[àa]|of|in|de|von|auf|on|sur|en|em|na|no|to) \d{2,3}(?! ?(?:km|mph|kph))"
)
_ORDINARY_ROUND18 = {
    "impaired_driver": (
        r"\b(?:friends|mates|buddies|colleagues|guests|companions|cousins|amis|amies|copains|copines|potes|coll[èe]gues|"
        r"amigos|amigas|colegas|compa[ñn]er[oa]s|freunde|freundinnen|kumpels|kollegen|kolleginnen)\b"
        r"(?:,?\s(?!" + _DRIVER_WORDS + r"\b)[\w']+){0,4},?\s"
        r"(?:(?:were|was|got|are|all|both|quite|very|pretty|really|totally|completely|a bit|[ée]taient|sont|tous|toutes|"
        r"les deux|un peu|compl[èe]tement|estaban|iban|est[áa]n|todos|todas|los dos|las dos|muy|bastante|un poco|"
        r"completamente|waren|sind|beide|alle|ziemlich|total|v[öo]llig|sehr|etwas|estavam|est[ãa]o|os dois|as duas|muito|bem|"
        r"meio)\s){0,3}"
        r"(?:drunk|tipsy|wasted|hammered|ivres?|bourr[ée]e?s|sao[uû]le?s|borrach[oa]s|ebri[oa]s|betrunken|besoffen|"
        r"b[êe]bad[oa]s)\b"
    ),
    "abduction_or_followed": (
        # The rider stood waiting there for the car: a sentence read once from its start (`\K` keeps only the place).
        r"(?:^|(?<=[.!?]))"
        + _SHORT_SENTENCE
        + r"(?![^.!?]*\b"
        + _DARK_REPORT
        + r"\b)[^.!?]*?\b"
        + _WAITING
        + r"\b[^.!?]{0,60}?\K\b"
        + _DARK_PLACE
        + r"\b"
        # The driver stopped there because the rider asked him to, in that sentence or the one before (the place looked
        # for first: the look-behinds are read only where one is).
        r"|\b(?="
        + _DARK_PLACE
        + r"\b)(?<=\b"
        + _ASKED_TO_STOP
        + r"\b[^\n]{0,200})(?<!\b"
        + _DARK_REPORT
        + r"\b[^\n]{0,200})"
        + _DARK_PLACE
        + r"\b(?![^.!?]{0,200}\b"
        + _DARK_REPORT
        + r"\b)"
    ),
    "accident_injury": (
        # Held up behind someone else's collision: the phrase only, so any other word of an accident still reads.
        r"\b(?:stuck|waiting|waited|queu\w*|sat|sitting|held up|crawl\w*|stood|standing|bloqu[ée]s?|coinc[ée]s?|"
        r"atascad[oa]s?|parad[oa]s?|esperando|standen|steckten|feststeckten|warteten|presos|ficamos)"
        r"(?:\s(?!(?:we|i|our|the car|into)\b)\w+){0,3}\s"
        r"(?:behind|derri[èe]re|detr[áa]s de|hinter|atr[áa]s de)\s(?:a|an|the|un|une|una|um|uma|einem|einer|dem|el|la|l')\s?"
        r"(?:\w+\s){0,2}(?:crash|accident|collision|pile-?up|fender bender|breakdown|accrochage|carambolage|accidente|choque|"
        r"unfall|zusammensto\w*|acidente|batida)\b"
    ),
    # The phrase alone is blanked, so that any other word of danger in its sentence still reads ("he swerved around a
    # cyclist at full speed"); the phrase is looked for first, then its sentence read either way for fear or danger.
    "dangerous_driving": (
        # Each a sentence read once from its start; `\K` keeps only the phrase, so any other word of danger in the
        # sentence still reads.
        r"(?:^|(?<=[.!?]))(?=\s*[^\s.!?])" + _SHORT_SENTENCE + r"(?:"
        # Another road user swerved or wove; the driver had to swerve round something on the road.
        r"(?![^.!?]*\b(?:"
        + _FEAR_WORDS
        + "|"
        + _DANGER_NOT_SWERVE
        + "|"
        + _SWERVE_HARM
        + r")\b)[^.!?]*?\K\b(?:"
        r"(?:an?|another|the other|some|un|une|una|otro|otra|ein|eine|einen|einem|um|uma|outro|outra)\s(?:\w+\s)?"
        + _OTHER_ROAD_USER
        + r"\s(?:(?:that|which|who|qui|que|der|die|das)\s)?(?:\w+\s){0,2}(?:swerv\w*|zigzag\w*|zigue-?zague\w*|weav\w*|"
        r"costurando|schlangenlinien)"
        r"|(?:had to|needed to|was forced to|managed to) swerve (?:around|round|to avoid|to miss|past)"
        r"|swerv\w* (?:around|round|to avoid|to miss) (?:a|an|the|some) (?:\w+ )?(?:debris|pothole|branch|tyre|tire|"
        r"deer|fox|dog|cat|animal|rock|box|object|obstacle|cyclist|pedestrian|bird|badger|rabbit))\b"
        # A low speed, in a sentence without a limit, a zone, a second number, fear or danger.
        r"|(?![^.!?]*\b(?:"
        + _SLOW_NOT
        + r")\b)[^.!?]*?\K\b(?:(?:[1-4]\d|[5-9]) ?km/?h|(?:[12]\d|[5-9]) ?mph)\b"
        r")"
    ),
}
_add_ordinary(_ORDINARY_ROUND18)

# Nineteenth round, reports a new writer's set (train_round19.jsonl) and the tests' lists left to the classifier at its
# threshold's edge: a driver on the account of a relative by marriage or a friend, told with "with" or "uses"; a driver
# who did not match the photo, in French, German and Portuguese; something done on purpose to scare the rider.
CATEGORIES["wrong_driver"].append(
    _p(
        r"\b(?:with|using|uses|used|on)\s+(?:the\s+)?account\s+of\s+(?:his|her|a)\s+" + _KIN + r"\b",
        r"\b(?:con|usa|usaba|usando)\s+la\s+cuenta\s+de\s+(?:su|un|una)\s+" + _KIN_ES + r"\b",
        r"\b(?:com|usa|usava|usando)\s+a\s+conta\s+d(?:o|a|e um|e uma)\s+" + _KIN_PT + r"\b",
        r"\bmit\s+dem\s+(?:konto|account|profil)\s+(?:seines|seiner|von seinem|von seiner|eines|einer)\s+"
        + _KIN_DE
        + r"\b",
        r"\bne\s+correspond\w*\s+(?:pas|plus|en rien)\s+(?:du tout\s+)?(?:[àa]\s+(?:la|sa)\s+|au\s+|[àa]\s+l')"
        r"(?:photo|profil|appli\w*|plaque)\b",
        r"\b(?:passte|passt)\s+(?:(?:gar|[üu]berhaupt|absolut|so gar)\s+)?nicht\s+zu(?:m|r)?\s+(?:dem\s+|der\s+)?(?:foto|profil\w*|bild|app)\b"
        r"|\bstimmte\s+nicht\s+mit\s+(?:dem|der)\s+(?:foto|profil\w*|bild|app)\b",
        r"\bn[ãa]o\s+(?:correspondia|batia|bate|corresponde)\s+(?:com\s+a|[àa]|ao|com\s+o)\s+(?:foto|perfil|app|placa)\b",
    )
)
CATEGORIES["threat"].append(
    _p(
        r"\b(?:on purpose|deliberately|intentionally)\b[^.!?]{0,40}?\bto (?:scare|frighten|intimidate) (?:me|us|her|my)\b",
        r"\bexpr[èe]s\b[^.!?]{0,40}?\bpour (?:me|nous) (?:faire peur|effrayer|intimider)\b",
        r"\b(?:a prop[óo]sito|adrede|aposta)\b[^.!?]{0,40}?\bpara (?:asustarme|asustarnos|darme miedo|intimidarme)\b",
        r"\b(?:absichtlich|extra|mit absicht)\b[^.!?]{0,40}?\bum (?:mir|uns) angst zu machen\b"
        r"|\b(?:absichtlich|extra|mit absicht)\b[^.!?]{0,40}?\bum (?:mich|uns) zu (?:erschrecken|einsch[üu]chtern)\b",
        r"\b(?:de prop[óo]sito|propositalmente|por querer)\b[^.!?]{0,40}?\b(?:pra|para) (?:me|nos) (?:assustar|intimidar)\b",
    )
)

# Twentieth round, reports of the tuned-on sets that the classifier, trained on long ordinary stories
# (train_round20.jsonl), no longer catches alone: a rider who could not get out (as "couldn't get out"), a driver who
# did not open the door told in learners' words ("he not open door"); the driver's car back outside the rider's home
# later the same day; a crash with the rider aboard, which stays a report where the rider adds that nobody was hurt.
CATEGORIES["locked_in"].append(
    _p(
        r"\b(?:could not|cannot|can not|was not able to|wasn'?t able to) get out\b"
        r"(?! of (?:work|bed|the (?:meeting|office|house)))",
        r"\b(?:he|she|driver|they)\s+(?:not|no|never|did not|would not|will not|won'?t)\s+open(?:ed)?\s+(?:the\s+)?"
        r"doors?\b(?!\s+for\b)",
        r"\bn'(?:ouvrait|a pas ouvert|a jamais ouvert|voulait pas ouvrir) (?:pas |jamais )?(?:la|les) portes?\b"
        r"|\bje ne pouvais pas (?:sortir|descendre)\b",
        r"\bno (?:abr[íi]a|abri[óo]|quer[íi]a abrir|quiso abrir) (?:la|las) puertas?\b",
        r"\b(?:machte|hat|wollte) (?:die )?t[üu]r(?:en)? nicht (?:auf|aufmachen|ge[öo]ffnet|[öo]ffnen)\b"
        r"|\bkonnte (?:nicht|nicht allein|nicht selbst) (?:aussteigen|raus)\b",
        r"\bn[ãa]o (?:abria|abriu|quis abrir|queria abrir) a(?:s)? portas?\b|\bn[ãa]o (?:conseguia|consegui|podia) sair\b",
    )
)
CATEGORIES["abduction_or_followed"].append(
    _p(
        r"\b(?:later|hours? later|that (?:night|evening)|the next (?:day|morning|night))\b[^.!?]{0,30}?\b(?:the\s+)?"
        r"(?:same|his|that) car\b[^.!?]{0,20}?\b(?:(?:was|is|were)\s+)?(?:parked|waiting|sitting|standing|idling|"
        r"still there)\b",
        r"\b(?:plus tard|le soir m[êe]me|le lendemain)\b[^.!?]{0,30}?\b(?:la m[êe]me voiture|sa voiture)\b[^.!?]{0,20}?"
        r"\b(?:(?:[ée]tait|est)\s+)?(?:gar[ée]e|stationn[ée]e|arr[êe]t[ée]e|toujours l[àa])",
        r"\b(?:m[áa]s tarde|esa misma noche|al d[íi]a siguiente)\b[^.!?]{0,30}?\b(?:el mismo (?:coche|carro|auto)|su "
        r"(?:coche|carro|auto))\b[^.!?]{0,20}?\b(?:(?:estaba|segu[íi]a)\s+)?(?:aparcado|estacionado|parado|ah[íi])",
        r"\b(?:sp[äa]ter|am selben abend|am n[äa]chsten (?:tag|morgen))\b[^.!?]{0,30}?\b(?:dasselbe|das gleiche|sein) "
        r"auto\b[^.!?]{0,20}?\b(?:stand|parkte|war (?:immer )?noch)",
        r"\b(?:mais tarde|na mesma noite|no dia seguinte)\b[^.!?]{0,30}?\b(?:o mesmo carro|o carro dele)\b[^.!?]{0,20}?"
        r"\b(?:(?:estava|continuava)\s+)?(?:estacionado|parado|l[áa])",
    )
)
CATEGORIES["_strong"].append(
    _p(
        r"\b(?:crashed|reversed|backed|drove|bumped|slammed|ran) into\b[^.!?]{0,40}?\bwith (?:me|us) (?:in it|inside|in "
        r"the (?:car|back)|on board)\b",
        r"\bavec (?:moi|nous) (?:[àa] l'int[ée]rieur|dedans|dans la voiture|[àa] bord)\b(?=[^.!?]{0,40}\b(?:percut|"
        r"embout|accroch|heurt))|\b(?:percut|embout|accroch|heurt)\w*\b[^.!?]{0,40}?\bavec (?:moi|nous) (?:[àa] "
        r"l'int[ée]rieur|dedans|dans la voiture|[àa] bord)\b",
        r"\b(?:choc[óo]|se estrell[óo]|dio marcha atr[áa]s|golpe[óo])\b[^.!?]{0,40}?\bconmigo (?:dentro|adentro|en el "
        r"(?:coche|carro|auto))\b",
        r"\b(?:gefahren|gesto[ßs]en|gekracht|gerammt|zur[üu]ckgesetzt)\b[^.!?]{0,40}?\bmit mir (?:drin|im auto|an bord)"
        r"\b|\bmit mir (?:drin|im auto|an bord)\b[^.!?]{0,40}?\b(?:gefahren|gesto[ßs]en|gekracht|gerammt)\b",
        r"\b(?:bateu|deu r[ée]|colidiu)\b[^.!?]{0,40}?\bcomigo (?:dentro|no carro|a bordo)\b",
    )
)

# Twenty-second round: what the app showed set against who or what came ("the app said a silver Corolla, he came in a
# black van"; "l'appli indiquait une femme, c'est un homme qui est venu"), the plate on the app set against the plate on
# the car, and a different car with a different driver told together, in the five languages. What the app showed must
# be a person or a car's make or colour, never a time, a price or a car class ("the app said 3 minutes", "Comfort").
_SHOWN_THING = (
    r"(?:wom[ae]n|man|men|lady|guy|girl|female|male|femme|homme|dame|mujer|hombre|se[ñn]ora|chica|frau|mann|mulher|"
    r"homem|mo[çc]a|senhora|toyota|honda|ford|hyundai|kia|nissan|skoda|[šs]koda|vw|volkswagen|renault|peugeot|fiat|"
    r"chevrolet|seat|bmw|mercedes|audi|tesla|prius|corolla|golf|" + _COLOUR + r")"
)


def _shown_then_came(app: str, showed: str, came: str) -> str:
    """The app (`app`) showed (`showed`) a person or a car, and someone or something else came (`came`)."""
    shown = rf"\b{app}\b[^.!?]{{0,12}}?\b{showed}\b(?:\s+[\w'-]+){{0,3}}?\s+{_SHOWN_THING}\b"
    return (
        rf"{shown}[^.!?]{{0,50}}?\b{_SHOWN_THING}\b[^.!?]{{0,20}}?\b{came}\b"
        rf"|{shown}[^.!?]{{0,50}}?\b{came}\b(?:\s+[\w'-]+){{0,4}}?\s+{_SHOWN_THING}\b"
    )


CATEGORIES["wrong_driver"].append(
    _p(
        _shown_then_came(
            r"(?:app|profile|booking|screen)",
            r"(?:said|says|showed|shows|displayed|listed|indicated|had)",
            r"(?:came|showed up|turned up|arrived|pulled up|rolled up|picked (?:me|us|her|him) up)",
        ),
        # Told over two sentences: "The app displayed a white Hyundai. The vehicle that arrived was an old saloon."
        r"\b(?:app|profile|booking|screen)\b[^.!?]{0,12}?\b(?:said|showed|displayed|listed|had)\b[^.!?]{0,60}?\b"
        + _SHOWN_THING
        + r"\b[^.!?]{0,60}[.!?]\s+(?:the|a|an)\s+(?:car|vehicle|man|guy|driver|person|woman)\s+(?:that|who)\s+"
        r"(?:arrived|came|showed up|turned up|picked (?:me|us) up)\s+was\b",
        # Someone standing in for the driver the app named: "the man said Farid was sick".
        r"\b(?:the (?:man|guy|driver|woman)|he|she)\s+(?:said|told (?:me|us))\s+(?:that\s+)?(?!(?:he|she|i|they|it|we|"
        r"you|the|his|her)\b)\w+\s+(?:was|is|had been)\s+(?:sick|ill|unwell|on holiday|in hospital)\b",
        _shown_then_came(
            r"l'appli(?:cation)?",
            r"(?:indiquait|montrait|affichait|disait|annon[çc]ait)",
            r"(?:est venue?|est arriv[ée]e?|s'est pr[ée]sent[ée]e?|m'a pris\w*)",
        ),
        _shown_then_came(
            r"app",
            r"(?:dec[íi]a|mostraba|indicaba|pon[íi]a|sal[íi]a)",
            r"(?:vino|lleg[óo]|apareci[óo]|me recogi[óo])",
        ),
        _shown_then_came(
            r"(?:in der app|die app|laut app)",
            r"(?:stand|zeigte|hie[ßs] es|war)",
            r"(?:kam|gekommen|erschien|holte mich ab|abgeholt)",
        ),
        _shown_then_came(
            r"app", r"(?:mostrava|dizia|indicava|aparecia)", r"(?:veio|chegou|apareceu|me buscou|me pegou)"
        ),
        r"\bplates?\b[^.!?\n]{0,12}?\b(?:on|in) the (?:app|booking|screen)\b[^\n]{0,60}?\bplates?\b[^.!?\n]{0,12}?\bon the "
        r"(?:car|vehicle)\b",
        r"\bplaque\b[^.!?\n]{0,12}?\b(?:sur|dans) l'appli\w*\b[^\n]{0,60}?\bplaque\b[^.!?\n]{0,12}?\bsur la voiture\b",
        r"\b(?:placa|matr[íi]cula)\b[^.!?\n]{0,12}?\b(?:en|na|no) (?:la |o )?app\b[^\n]{0,60}?\b(?:placa|matr[íi]cula)\b"
        r"[^.!?\n]{0,12}?\b(?:en|no|na) (?:el|o) (?:coche|carro|auto)\b",
        r"\bkennzeichen\b[^.!?\n]{0,12}?\bin der app\b[^\n]{0,60}?\bkennzeichen\b[^.!?\n]{0,12}?\bam (?:auto|wagen)\b",
        r"\b(?:different|another|other) (?:car|vehicle)\b[^.!?]{0,25}?\b(?:different|another|other) (?:driver|guy|man|"
        r"woman|person)\b",
        r"\bvoiture (?:diff[ée]rente|pas la m[êe]me)\b[^.!?]{0,25}?\b(?:chauffeur|conducteur|homme) (?:diff[ée]rent|pas le "
        r"m[êe]me)\b|\bautre voiture\b[^.!?]{0,25}?\bautre (?:chauffeur|conducteur|homme)\b",
        r"\botro (?:coche|carro|auto)\b[^.!?]{0,25}?\b(?:otro (?:conductor|chofer|ch[óo]fer|hombre|tipo)|otra persona)\b",
        r"\b(?:anderes|ein anderes) auto\b[^.!?]{0,25}?\b(?:anderer|ein anderer) (?:fahrer|mann|typ)\b",
        r"\boutro carro\b[^.!?]{0,25}?\b(?:outro (?:motorista|cara|homem)|outra pessoa)\b",
        r"\bwasn'?t \w+ (?:from|on|in) the (?:app|profile|photo|picture)\b",
    )
)

# Twenty-second round, ordinary senses a new writer's dev12 showed (each in the five languages where it has words): a
# child lock the driver opened at once; the price shouted at the rider; the emergency ward as the rider's workplace;
# the rider's own fall or cut told with what they were doing or when, before the ride; "ohne Raserei" (NEGATORS).
_REFUSAL = r"\b(?:not|n'?t|never|refused|wouldn|didn|no|nicht|nie|pas|jamais|n[ãa]o|nunca|sin|refus\w*|rechaz\w*|weigerte)\b"
_UNREFUSED = r"(?:(?!" + _REFUSAL + r")[^.!?])"  # a character of the same sentence, no refusal starting at it
_ORDINARY_ROUND22 = {
    "locked_in": (
        r"\b(?:child ?lock|child safety lock)\b"
        + _UNREFUSED
        + r"{0,90}?\b(?:opened|came round and open\w*|let me out)\b"
        r"|\bseguro (?:de|para) ni[ñn]os\b" + _UNREFUSED + r"{0,90}?\b(?:abrirme|me abri[óo]|abri[óo])\b"
        r"|\bkindersicherung\b" + _UNREFUSED + r"{0,90}?\b(?:aufgemacht|ge[öo]ffnet|rausgelassen)\b"
        r"|\bs[ée]curit[ée] enfants?\b" + _UNREFUSED + r"{0,90}?\b(?:m'a ouvert|a ouvert|ouvert la porte)\b"
        r"|\btrava (?:de|das?) crian[çc]as?\b" + _UNREFUSED + r"{0,90}?\b(?:abriu|me abriu|abrir)\b"
    ),
    "harassment": (
        r"\b(?:shouted|yelled|called out)\s+(?:out\s+)?(?:the|his)\s+(?:price|fare|amount|total)\b"
        r"|\b(?:me\s+)?(?:grit[óo]|gritou)\s+(?:el|o)\s+(?:precio|pre[çc]o|valor|importe|total)\b"
        r"|\ba cri[ée]\s+le\s+(?:prix|montant|tarif)\b|\b(?:rief|schrie|br[üu]llte)\s+(?:mir\s+)?den\s+(?:preis|betrag)\b"
    ),
    "accident_injury": (
        r"\b(?:i\s+)?(?:work|works|working)\s+(?:in|at)\s+(?:the\s+)?(?:er|a&e|emergency (?:room|department|ward))\b"
        r"|\btravaill\w*\s+aux\s+urgences\b|\btrabaj\w*\s+en\s+(?:las\s+)?urgencias\b"
        r"|\barbeite\w*\s+in\s+der\s+notaufnahme\b|\btrabalh\w*\s+n[ao]\s+(?:emerg[êe]ncia|pronto-socorro|urg[êe]ncias)\b"
        r"|\bi\s+(?:fell|slipped|cut (?:my|myself)|broke my|sprained my|twisted my)\b(?:(?!\b(?:car|cab|driver|door|window|seat|belt|brak\w*|his|her|ride|trip|taxi|vehicle|he|she)\b)[^.!?]){0,40}?\b(?:last (?:week|month|"
        r"year|winter)|(?:weeks?|months?|years?) ago|cooking|skiing|at home|at work|at the gym|playing|on the ice)\b"
        r"|\b(?:rear-ended|hit|crashed into|bumped into)\s+my\s+own\s+car\b"
    ),
    # A price that does not match the app's is no driver who does not.
    "wrong_driver": (
        r"\b(?:precio|importe|tarifa|monto|cobro|total|cantidad|cuota)\b(?:(?!\b(?:matr[íi]cula|placa|foto|perfil|cara|nombre|coche|carro|auto|conductor|chofer)\b)[^.!?]){0,40}?\bno coincid\w*(?:\s+con\s+(?:la|el)\s+"
        r"(?:app|aplicaci[óo]n))?"
    ),
}
_add_ordinary(_ORDINARY_ROUND22)

# Twenty-second round, reports that the round's training data (train_round22.jsonl) left under the threshold, read by
# the lexicon in general form: an arm grabbed and held, whatever the spelling of the verb ("agarru meu braço"); a
# different face, name or plate told in Spanish.
CATEGORIES["violence"].append(
    _p(
        r"\b(?:agarr|segur|pux)\w*\s+(?:o\s+)?(?:meu|minha)\s+(?:bra[çc]o|m[ãa]o|pulso|cabelo|pesco[çc]o)\b"
        r"(?=[^.!?]{0,40}\b(?:n[ãa]o (?:soltava|soltou|largava|largou)|com for[çc]a|forte)\b)",
        r"\b(?:grabb?\w*|gripp?\w*|held|seized)\s+(?:my|her|his)\s+(?:arm|wrist|hand|neck|hair)\b"
        r"(?=[^.!?]{0,40}\b(?:(?:wouldn'?t|would not|did not|didn'?t) let go|hard|tight)\b)",
    )
)
CATEGORIES["wrong_driver"].append(
    _p(
        r"\botr[ao]\s+(?:cara|placa)\b(?!\s+de\b)|\botro\s+nombre\b(?=[^.!?]{0,30}\botr[ao]\s+(?:cara|placa|matr[íi]cula|coche|carro)\b)"
    )
)


# Twenty-second round, dev13: more ordinary senses. The rider's own fall before the ride in the other four languages;
# money bled dry; the rider's own speeding ticket; a threatening letter from a bank; a swear at a bus ("swore at it");
# something that "shook" the rider; doors that lock by themselves as a car's feature; the same driver back at the
# rider's door later (a report), and a stand-in for a sick relative in the other languages (a report).
_ORDINARY_ROUND22_DEV13 = {
    "accident_injury": (
        r"\b(?:me ca[íi]|je suis tomb[ée]e?|ich bin (?:gest[üu]rzt|hingefallen)|ca[íi] d[ae]|eu ca[íi])\b"
        r"(?:(?!\b(?:coche|carro|auto|voiture|wagen|taxi|conductor|chofer|chauffeur|fahrer|motorista|fren\w*|brems\w*)\b)"
        r"[^.!?]){0,40}?\b(?:el mes pasado|la semana pasada|le mois dernier|la semaine derni[èe]re|letzten monat|letzte woche|"
        r"m[êe]s passado|semana passada|de la bici|du v[ée]lo|à v[ée]lo|vom (?:fahr)?rad|da bicicleta|de bicicleta|esquiando|au "
        r"ski|beim skifahren|en casa|chez moi|zu hause|em casa)\b"
        r"|\bsaign\w*\s+(?:[àa]\s+)?blanc\b"
        r"|\bich bin\s+[^.!?]{0,30}?\b(?:letzte woche|letzten monat|beim skifahren|beim sport|vom (?:fahr)?rad|zu hause|im "
        r"urlaub)\b[^.!?]{0,20}?\b(?:gest[üu]rzt|hingefallen)\b"
    ),
    "dangerous_driving": r"\b(?:i got a|my (?:own )?|got a) speeding (?:ticket|fine)\b(?=[^.!?]{0,20}\b(?:myself|this morning|yesterday|last)\b)",
    "threat": (
        r"\bthreatening (?:e-?mails?|letters?|messages?|texts?|sms)\s+from\s+(?:my|the)\s+(?:bank|landlord|insurer|insurance|"
        r"card|lender|council)\b"
    ),
    "violence": r"\b(?:it|that|this|which|the (?:accident|crash|news|scene)(?:\s+\w+){0,3}?)\s+(?:really\s+)?shook me\b",
    "locked_in": (
        r"\b(?:lock\w*|verrouill\w*|verriegel\w*|trav\w*|bloque\w*|cierra\w*)\s+(?:\w+\s+)?(?:automatically|by themselves|"
        r"automatiquement|toutes seules|tout seul|autom[áa]ticamente|solas|solos|von selbst|automatisch|sozinhas|sozinhos)\b"
        r"(?=(?:(?!"
        + _REFUSAL
        + r").){0,160}?\b(?:unlock\w*|opened|ouvert\w*|abri\w*|ge[öo]ffnet|entriegel\w*|d[ée]verrouill\w*)\b)"
    ),
    "harassment": r"\b(?:swore|swearing|cursed|cursing) at it\b",
}
_add_ordinary(_ORDINARY_ROUND22_DEV13)
CATEGORIES["abduction_or_followed"].append(
    _p(
        r"\b(?:same|le m[êe]me|el mismo|derselbe|der gleiche|o mesmo)\s+(?:driver|chauffeur|conductor|ch[óo]fer|fahrer|"
        r"motorista)\b[^.!?]{0,40}?\b(?:rang|knocked|buzzed|came back|turned up|a sonn[ée]|a frapp[ée]|est revenu|toc[óo]|"
        r"volvi[óo]|timbr[óo]|klingelte|hat geklingelt|kam zur[üu]ck|tocou|bateu [àa] porta|voltou)\b"
    )
)
CATEGORIES["wrong_driver"].append(
    _p(
        r"\b(?:la bonne|le bon|el correcto|la correcta|das richtige|o certo|a certa)\b[^.!?]{0,20}?\b(?:mais pas|pero no|aber "
        r"nicht|mas n[ãa]o)\s+(?:le|la|el|der|die|o|a)\s+(?:chauffeur|conducteur|conductor|ch[óo]fer|fahrer|fahrerin|motorista)\b",
        r"\b(?:right car|car was right)\b[^.!?]{0,20}?\bnot the (?:driver|guy|man|person)\b",
        r"\b(?:a dit que|dijo que|sagte,? (?:dass )?|disse que)\s+(?:son|sa|su|sein(?:e)?|seu|sua)\s+(?:p[èe]re|m[èe]re|fr[èe]re|"
        r"oncle|cousin|padre|madre|hermano|t[íi]o|primo|vater|mutter|bruder|onkel|cousin|pai|m[ãa]e|irm[ãa]o)\s+(?:[ée]tait|est|"
        r"estaba|est[áa]|war|ist|estava|est[áa])\s+(?:malade|enfermo|enferma|krank|doente)\b",
    )
)


# Twenty-third round (issue 21, dev14: long stories with a safety word in its ordinary sense, each in the five languages
# where it has words). A child lock switched off at once ("flipped it off straight away"); two other vehicles that collided
# (never "we" or "our car"); the rider's old or healing wound seen to (stitches out, an old injury); the emergency ward
# named again once the rider said they work there; a shouting match about the route, both sides shouting.
_VEHICLE = (
    r"(?:cars?|taxis?|cabs?|vans?|lorr(?:y|ies)|trucks?|bus(?:es)?|motorbikes?|scooters?|cyclists?|bikes?|trams?|vehicles?|"
    r"voitures?|camionnettes?|camions?|motos?|cyclistes?|v[ée]los?|v[ée]hicules?|coches?|carros?|autos?|furgonetas?|camiones?|"
    r"motos?|ciclistas?|bicis?|autobuses|taxen|lieferwagen|lkws?|busse?|radfahrer\w*|transporter|fahrzeuge?|vans?|caminh[õo]es|"
    r"caminh[ãa]o|[ôo]nibus|carrinhas?|bicicletas?|ve[íi]culos?)"
)
_TWO_VEHICLES = (
    r"(?:(?:a|an|two|un|une|deux|una|dos|ein|eine|einem|zwei|um|uma|dois|duas)\s+(?:[\w-]+\s+){0,2}?"
    + _VEHICLE
    + r"\s+"
    r"(?:and|et|y|und|e)\s+(?:a|an|un|une|una|ein|eine|einem|um|uma)\s+(?:[\w-]+\s+){0,2}?"
    + _VEHICLE
    + r"|(?:two|deux|dos|"
    r"zwei|dois|duas)\s+(?:[\w-]+\s+){0,1}?" + _VEHICLE + r")"
)
_ORDINARY_ROUND23 = {
    "locked_in": (
        r"\b(?:child ?locks?|child safety locks?)\b"
        + _UNREFUSED
        + r"{0,90}?\b(?:(?:flipped|switched|turned|took|clicked|popped|knocked)\s+(?:it|them|the lock)\s+off|(?:released|undid|"
        r"disabled|disengaged)\s+(?:it|them|the lock))\b"
        r"|\bs[ée]curit[ée] enfants?\b"
        + _UNREFUSED
        + r"{0,90}?\b(?:l'a|les a)\s+(?:enlev[ée]e?|d[ée]sactiv[ée]e?|retir[ée]e?|"
        r"d[ée]sengag[ée]e?)\b"
        r"|\bseguro (?:de|para) ni[ñn]os\b"
        + _UNREFUSED
        + r"{0,90}?\b(?:lo|la)\s+(?:quit[óo]|desactiv[óo]|solt[óo])\b"
        r"|\bkindersicherung\b"
        + _UNREFUSED
        + r"{0,90}?\b(?:aus(?:geschaltet|gemacht)|deaktiviert|rausgenommen|gel[öo]st)\b"
        r"|\btrava (?:de|das?) crian[çc]as?\b"
        + _UNREFUSED
        + r"{0,90}?\b(?:tirou|desativou|destravou|soltou)\b"
    ),
    "accident_injury": (
        _TWO_VEHICLES
        + r"\s+(?:had\s+)?(?:collided|crashed|(?:had\s+)?(?:a|an)\s+(?:collision|crash|accident))\b"
        r"(?!\s+(?:with|into)\s+(?:us|our|me|my)\b)"
        r"|"
        + _TWO_VEHICLES
        + r"\s+(?:se sont (?:percut[ée]e?s|heurt[ée]e?s|accroch[ée]e?s|rentr[ée]e?s dedans)|sont entr[ée]e?s en "
        r"collision)"
        r"|" + _TWO_VEHICLES + r"\s+(?:(?:se\s+)?(?:chocaron|colisionaron|estrellaron))"
        r"|"
        + _TWO_VEHICLES
        + r"\s+(?:sind\s+)?(?:zusammengesto[ßs]en|stie[ßs]en zusammen|kollidiert(?:en)?|ineinander gefahren)"
        r"|" + _TWO_VEHICLES + r"\s+(?:(?:se\s+)?(?:bateram|colidiram|chocaram))"
        r"|\b(?:old|healing|sports?|football|rugby|skiing|gym|running)\s+(?:wound|injury|cut)\b"
        r"|\b(?:stitches|dressing|bandage)\s+(?:out|removed|changed|taken out)\b|\b(?:remove|take out|change)\s+(?:the|my)\s+"
        r"(?:stitches|dressing)\b"
        r"|\bvieille blessure\b|\bblessure (?:de sport|de foot|de ski|ancienne)\b|\b(?:retirer|enlever|ôter)\s+(?:les|mes)\s+points\b"
        r"|\bherida (?:vieja|antigua)\b|\b(?:vieja|antigua) (?:herida|lesi[óo]n)\b|\blesi[óo]n (?:vieja|antigua|deportiva|de "
        r"f[úu]tbol)\b|\bpuntos de (?:una|la|mi) herida\b"
        r"|\balte (?:wunde|verletzung)\b|\bsportverletzung\b|\bf[äa]den (?:ziehen|gezogen)\b"
        r"|\bferida antiga\b|\ble?s[ãa]o (?:antiga|esportiva|desportiva|de futebol)\b|\b(?:tirar|retirar)\s+os\s+pontos\b"
        # The rider's job in the emergency ward, and the ward named again in the same message.
        r"|\b(?:nurse|doctor|paramedic|porter|receptionist|registrar|physician|consultant)\s+(?:in|at|on)\s+(?:the\s+)?"
        r"(?:er|a&e|emergency (?:room|department|ward))\b"
        r"|\b(?:infirmi[èe]re?|m[ée]decin|interne|aide-soignante?|brancardi[èe]re?|urgentiste|secr[ée]taire)\s+(?:aux|des)\s+"
        r"urgences\b"
        r"|\b(?:enfermer[oa]|m[ée]dic[oa]|celador[a]?|residente)\s+(?:de|en)\s+(?:las\s+)?urgencias\b"
        r"|\b(?:krankenschwester|krankenpfleger\w*|pfleger\w*|[äa]rzt\w*|sanit[äa]ter\w*)\s+(?:in der|der|auf der)\s+notaufnahme\b"
        r"|\b(?:enfermeir[oa]|m[ée]dic[oa]|t[ée]cnic[oa])\s+(?:da|na|de)\s+(?:emerg[êe]ncia|urg[êe]ncia|pronto-socorro)\b"
        r"|(?<=\b(?:(?:nurse|doctor|paramedic|work\w*)\s+(?:in|at|on)\s+(?:the\s+)?(?:er|a&e|emergency (?:room|department|ward))|"
        r"(?:infirmi[èe]re?|m[ée]decin|interne|aide-soignante?|urgentiste|travaill\w*)\s+(?:aux|des)\s+urgences|(?:enfermer[oa]|"
        r"m[ée]dic[oa]|trabaj\w*)\s+(?:de|en)\s+(?:las\s+)?urgencias|(?:krankenschwester|pfleger\w*|[äa]rzt\w*|arbeite\w*)\s+(?:in "
        r"der|der|auf der)\s+notaufnahme|(?:enfermeir[oa]|m[ée]dic[oa]|trabalh\w*)\s+(?:da|na|de|n[ao])\s+(?:emerg[êe]ncia|"
        r"urg[êe]ncias?|pronto-socorro))\b.{0,600})\b(?:a&e|emergency (?:room|department|ward)|urgences|urgencias|"
        r"notaufnahme|emerg[êe]ncia|urg[êe]ncias?|pronto-socorro)\b"
    ),
    "harassment": (
        r"\bwe\s+(?:were\s+)?(?:both\s+)?(?:shouting|yelling|screaming|shouted|yelled|screamed)(?:\s+at\s+each\s+other)?\b"
        r"|\b(?:shouted|yelled|screamed|shouting|yelling|screaming)\s+at\s+each\s+other\b|\b(?:shouting|screaming) match\b"
        r"|\bon\s+(?:s'est|s'[ée]tait|se)\s+(?:engueul\w*|cri[ée] dessus|disput\w*)|\bon\s+(?:criait|gueulait|hurlait)\s+tous\s+"
        r"les\s+deux\b|\bnous\s+(?:nous\s+)?sommes\s+(?:engueul[ée]s|disput[ée]s)\b"
        r"|\bnos\s+(?:gritamos|gritábamos|grit[áa]bamos|pusimos a gritar)\b|\b(?:gritamos|grit[áa]bamos)\s+los\s+dos\b"
        r"|\bwir\s+haben\s+uns\s+(?:\w+\s+){0,2}?(?:angeschrien|angebr[üu]llt|angeschnauzt|gestritten)\b|\bwir\s+(?:schrien|"
        r"br[üu]llten)\s+uns\s+(?:\w+\s+)?an\b"
        r"|\b(?:a gente|n[óo]s)\s+(?:se\s+|nos\s+)?(?:gritou|gritamos|grit[áa]vamos|gritava)\b|\bgritamos\s+um\s+com\s+o\s+outro\b"
        r"|\bos dois gritando\b"
        # An insult denied after its verb, or by who did not say one.
        r"|\b(?:beleidigt|beschimpft)\s+hat\s+(?:keiner|niemand|(?:er|sie)\s+(?:mich|uns)\s+nicht)\b"
        r"|\b(?:nobody|no one|neither of us)\s+insulted\b|\bpersonne\s+n'a\s+insult[ée]\b|\bnadie\s+insult[óo]\b"
        r"|\bningu[ée]m\s+insultou\b"
    ),
    # A route or a price that was not the app's is no driver who was not.
    "wrong_driver": (
        r"\b(?:route|itinerary|fare|price|itin[ée]raire|trajet|chemin|parcours|prix|tarif|ruta|recorrido|camino|precio|tarifa|"
        r"strecke|route|weg|preis|rota|percurso|caminho|trajeto|pre[çc]o)\b[^.!?]{0,20}?\b(?:wasn'?t|was not|isn'?t|is not|"
        r"n'[ée]tait pas|n'est pas|no era|no es|war nicht|ist nicht|n[ãa]o era|n[ãa]o [ée])\s+(?:the one|celui|celle|el|la|"
        r"der|die|das|o|a)\b[^.!?]{0,20}?\b(?:app|appli\w*|aplicaci[óo]n|aplicativo)\b"
    ),
}
_add_ordinary(_ORDINARY_ROUND23)

# Twenty-third round, dev14's missed report: a child's age told in a relative clause ("my son Liam, who is 15").
CATEGORIES["minor"].append(
    _p(
        r"\b"
        + KID
        + r"\b[^.!?]{0,30}?,?\s*(?:who(?:'s| is)|qui a|que tiene|der|die|que tem)\s+(?:only |just |seulement |"
        r"s[óo]lo |erst |apenas )?(?:[5-9]|1[0-7])\b(?!\s*(?:minutes?|min|mins|km|€|\$|£|euros?|%))"
    )
)
