"""What a customer message is about: a small local classifier plus a few rules that never miss.

`classify(text)` returns the main intent and every intent the message carries (a cleaning fee
and a rude driver are two). The model is TF-IDF over word (1-2) and character (2-5) n-grams with
two linear SVMs: a multi-class one picks the main intent, a one-vs-rest one scores each intent on
its own (its margin squashed to 0..1) so that a second problem can be found. (Linear SVMs beat
logistic regression here on held-out examples and train in a fraction of the time.) It trains
once per process, lazily, from the hand-written examples in `data/intent_examples.jsonl` (about
a second), with fixed seeds, so the same text always gets the same answer; one message then
takes about a millisecond.

Rules go on top where words are more reliable than a model: a safety report (felt unsafe,
harassment, dangerous driving, an accident) always carries `safety`, and then as the main
intent; a named fee or a double charge always carries its intent; a rude driver next to a
money problem is a second intent; a question asked "just out of curiosity" is trip_info, not a
dispute. When several problems are found, the weightiest leads: safety, then money, then a
service complaint, a lost item, a question.

Text is classified as it reaches the model, redacted: placeholders such as <PERSON_1> are
kept as a token, trip ids and amounts are folded into one token each.
"""

from __future__ import annotations

import json
import math
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copilot.core.domain import INTENTS

DATA_FILE = Path(__file__).resolve().parent / "data" / "intent_examples.jsonl"

# A second intent is reported when its one-vs-rest score reaches this.
SECONDARY_THRESHOLD = 0.5
# "other" is only ever the main intent, never a second one.
NEVER_SECONDARY = frozenset({"other"})
SEED = 0
PRIMARY_C = 2.0
EACH_C = 1.0
# Margins of the one-vs-rest models become 0..1 scores through a logistic curve of this slope.
SCORE_SLOPE = 3.0
# Without a safety word, the model's own safety call needs this score.
SAFETY_MODEL_MIN = 0.75
# Next to a money problem, the model alone adds a service complaint (and so a credit) only from this score.
SERVICE_NEXT_TO_MONEY_MIN = 0.65
# A second intent of a weightier tier leads the message when its score reaches this.
PROMOTE_THRESHOLD = 0.6


@dataclass(frozen=True)
class IntentResult:
    primary: str
    intents: tuple[str, ...]  # every intent found, the primary first
    scores: dict[str, float] = field(default_factory=dict)  # one-vs-rest score of each intent, 0..1


# --- text normalisation --------------------------------------------------------------------

_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)
_SHORT_ID = re.compile(r"(?<![\w-])#?(?=[0-9a-f]{0,7}[0-9])[0-9a-f]{8,12}(?![\w-])", re.I)
_PLACEHOLDER = re.compile(r"<([A-Z]+)_\d+>")
_MONEY = re.compile(
    r"(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur(?:os?)?\b|usd\b|gbp\b|dollars?\b|bucks\b|quid\b|pounds?\b))",
    re.I,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def normalise(text: str) -> str:
    text = _UUID.sub(" tripid ", text)
    text = _PLACEHOLDER.sub(lambda m: f" ph{m.group(1).lower()} ", text)
    text = _SHORT_ID.sub(" tripid ", text)
    text = _MONEY.sub(" amount ", text)
    text = _NUMBER.sub(" 0 ", text)
    return " ".join(text.lower().split())


# --- rules ---------------------------------------------------------------------------------

_SAFETY = re.compile(
    r"""
    \bun ?safe\b | \bnot\ (?:feel(?:ing)?\ )?safe\b | \bdidn'?t\ feel\ safe\b | \bfeel\ safe\b
    | \bscared\b | \bterrified\b | \bterrifying\b | \bfrightened\b | \bfear(?:ed)?\ for\ my\ life\b
    | \bharass | \bsexual | \bassault | \bgrop | \bmolest | \bkiss(?:ed)?\ me\b | \btried\ to\ kiss\b
    | \btouch(?:ed|ing)?\ (?:my|me\b) | \bgrabbed\ (?:my|me\b) | \binappropriate(?:ly)?\ touch
    | \baccident\b | \bcrash(?:ed)?\b | \bcollision\b | \bcollided\b
    | \brear[- ]ended\b
    | \bhit\ (?:a|an|another|the)\ (?:car|cyclist|pedestrian|bike|kerb|curb|pole|wall|person)
    | \binjur | \bbleeding\b | \bhurt\ (?:my|me\b) | \bmy\ (?:neck|back|head)\ hurts\b
    | \bdrunk\b | \bintoxicated\b | \bunder\ the\ influence\b | \bsmell(?:ed|s)?\ (?:strongly\ )?of\ alcohol\b
    | \b(?:drunk|stoned)\ or\ high\b | \bhigh\ on\ (?:drugs|something|weed|coke)\b | \bslurring\b
    | \b(?:he|she|driver)\b[^.!?]{0,20}?\b(?:was|seemed|looked)\ (?:clearly\ |totally\ |so\ )?high\b
    | \bspeeding\b | \bswerv | \bweaving\b | \bran\ (?:a|the|\d+|three|two|several)\ red\ lights?\b
    | \breckless | \bdangerous | \bfell\ asleep\ at\ the\ wheel\b | \bfalling\ asleep\b | \broad[- ]rag
    | \btexting\ while\ driving\b | \bon\ (?:his|her)\ phone\ while\ driving\b
    | \blocked\ (?:the\ )?doors?\b
    | \b(?:wouldn'?t|would\ not|refused\ to|didn'?t)\ let\ me\ (?:out|get\ out|leave)\b
    | \bscary\b | \b(?:started|picked|got\ into)\ a\ fight\b | \bfist\ ?fight\b | \bnearly\ hit\b
    | \b(?:got|were|was)\ hit\b(?!\ (?:with|by\ (?:a\ |the\ )?(?:surge|fee|charge|price|bill)))
    | \balmost\ hit\b
    | \bskid(?:ded|ding)?\b | \b(?:driving|drove|going|went|speed)\ (?:way\ |far\ )?too\ fast\b
    | \bdrift(?:ed|ing)\ into\b
    | \bmade\ me\ (?:\w+\ )?uncomfortable\b | \bhit\ and\ run\b | \bnear[- ]miss\b
    | \bunwanted\ (?:touch|advances|attention|contact)
    | \bmade\ advances\b
    | \bthreat | \bweapon | \bgun\b | \bknife\b | \bfollowed\ me\b | \bstalk | \bkidnap | \babduct
    | \bpunch(?:ed)?\ me\b | \bhit\ me\b | \bslapped\b | \bviolent\b | \bviolence\b
    | \bbrakes?\ (?:were\ |was\ )?(?:failing|failed|broken)\b | \bracist\ (?:abuse|threats?|slurs?)\b
    | \baggressive(?:ly)?\ (?:driv|brak)
    | \binsegur | \bpeligros | \bacoso\b | \bacos[oó]\b | \baccidente\b | \bborracho\b
    | \bmiedo\b | \bchoque\b
    | \batropell | \bamenaz | \bme\ toc[oó]
    | \bdangereu | \bharc[eè]lement\b | \bpeur\b | \bivre\b | \bagress | \bgrill[ée]\ un\ feu\b | \bpercut
    | \ben\ danger\b | \bmenac
    | \bgef[äa]hrlich | \bunfall\b | \bbel[äa]stig | \bangst\b | \bbetrunken\b | \bbei\ rot\b
    | \bnicht\ sicher\b
    | \bbedroht | \bzu\ schnell\b
    | \bperigos | \bass[ée]dio\b | \bacidente\b | \bmedo\b | \bb[eê]bado\b | \bamea[çc] | \batropel
    """,
    re.I | re.X,
)
# The words between a money idiom's verb and its fee: articles, amounts, a few adjectives.
_FEE_GAP = (
    r"(?:(?:a|an|the|another|this|that|some|their|your|my|extra|hefty|huge|massive|big|fat|ridiculous|surprise"
    r"|stupid|silly|bogus|random|new|whole|late|waiting|cancel+ation|cancel|cleaning|no[- ]?show|service"
    r"|booking|[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur(?:os?)?|usd|gbp|dollars?|bucks|quid|pounds?)?)\s+){0,4}"
)
# Idioms that look like safety words but are not.
_NOT_SAFETY = re.compile(
    r"\b(?:i'?m|i\ am)\ afraid\b|\bby\ accident\b|"
    r"\bapp\ (?:keeps\ )?crash|\bcrash(?:es|ing)\b|\bhigh\ (?:fare|price)"
    # Money idioms: "slapped with a fee", "hit me with a £5 charge", "slapped a fine on me".
    rf"|\b(?:slapped|slap|hit|whacked|smacked|stung|hammered|clobbered)\s+(?:me\s+|us\s+)?(?:with|w/)\s+"
    rf"{_FEE_GAP}(?:fee|charge|fine|bill|surcharge|penalty|price|fare|invoice)s?\b"
    rf"|\bslap(?:ped|s|ping)?\s+(?:on\s+)?{_FEE_GAP}(?:fee|charge|fine|surcharge|penalty)s?\b",
    re.I | re.X,
)
_STRONG: dict[str, re.Pattern[str]] = {
    "cleaning_fee": re.compile(
        r"\bcleaning\s+(?:fee|charge|surcharge|penalty|bill|cost)|\bcharged?\s+(?:me\s+)?(?:for|a)\s+cleaning\b"
        r"|\bbilled\s+for\s+cleaning\b|\bfor\s+['\"‘“]?cleaning\b|frais\s+de\s+nettoyage|reinigungsgeb|(?:cargo|tarifa|cobro)\s+de\s+limpieza"
        r"|taxa\s+de\s+limpeza",
        re.I,
    ),
    "cancellation_fee": re.compile(
        r"\bcancel+ation\s+(?:fee|charge|penalty)|\bcancel\s+fee|\bno[- ]?show\s+(?:fee|charge)"
        r"|\b(?:marked|recorded|flagged|listed|logged)\s+(?:me\s+|us\s+|it\s+)?as\s+(?:a\s+)?no[- ]?show\b"
        r"|\bcharged?\s+(?:me\s+)?(?:\S+\s+)?(?:for|to)\s+cancel+(?:l?ing)?\b|stornogeb|frais\s+d'annulation"
        r"|(?:tarifa|cargo|cobro)\s+(?:de|por)\s+(?:la\s+)?cancelaci|taxa\s+de\s+cancelamento",
        re.I,
    ),
    "duplicate_charge": re.compile(
        r"\b(?:charged|billed|debited|paid|took|taken)\s+(?:me\s+|my\s+card\s+|it\s+)?(?:twice|two\s+times|2\s+times)"
        r"(?!\s+(?:the|as|what|my|more|that))|\bdouble[- ]?(?:charg|bill|pay|debit)|\bduplicate"
        r"|\btwo\s+(?:identical\s+)?(?:charges|payments|transactions)\b|\b2\s+(?:charges|payments)\b"
        # "charged me the $3 fee twice", "billed for the same ride two times"
        r"|\b(?:charged|billed|debited)\b[^!?\n]{1,40}?\b(?:twice|two\s+times|2\s+times)\b"
        r"(?!\s+(?:the|as|what|more|that))"
        r"|\btwo\s+(?:cancel+ation|cleaning|no[- ]?show)\s+(?:fees|charges)\b"
        r"|deux\s+fois|doppelt|dos\s+veces|duas\s+vezes|cobro\s+duplicado|cobran[çc]a\s+duplicada",
        re.I,
    ),
}
# A named fee that was charged more than once: the problem is the repetition, not the fee itself.
_FEE_REPEATED = re.compile(
    r"\b(?:cancel+ation|cancel|cleaning|no[- ]?show)\s+(?:fee|charge|penalty)s?\b[^!?\n]{0,25}?"
    r"\b(?:twice|two\s+times|2\s+times|again|double)\b"
    r"|\b(?:twice|two|2|double[- ]?(?:charged|billed))\s+(?:for\s+)?(?:the\s+|a\s+|my\s+)?(?:same\s+)?"
    r"(?:cancel+ation|cancel|cleaning|no[- ]?show)\s+(?:fee|charge|penalty)s?\b",
    re.I,
)
# A complaint about the driver's manner, often a second problem next to a money one (typos allowed).
_SERVICE = re.compile(
    r"\b(?:driver|drvier|drvr|diver|drievr|he|she|guy|chauffeur)\b[^.!?]{0,40}?\b(?:rude|unfriendly|impolite"
    r"|grumpy|dismissive|unprofessional|disrespectful|arrogant|condescending|insulting|unpleasant|moody"
    r"|sarcastic|argued\s+with\s+(?:me|us)|yelled\s+at\s+(?:me|us)|shouted\s+at\s+(?:me|us)"
    r"|swore\s+at\s+(?:me|us)|mocked\s+(?:me|us))\b"
    r"|\b(?:terrible|awful|horrible|appalling|shocking|dreadful|poor)\s+(?:customer\s+)?service\b"
    r"|\b(?:rude|unfriendly|impolite|grumpy|unprofessional|disrespectful|arrogant|sarcastic|unpleasant)\s+"
    r"(?:\w+\s+)?(?:driver|chauffeur)\b",
    re.I,
)
# A dirty car: a service complaint, except next to a cleaning fee (where it is the customer's argument).
_DIRTY = re.compile(
    r"\b(?:dirty|filthy|disgusting|smelly|stinking)\s+(?:car|vehicle|seats?|interior)\b"
    r"|\b(?:car|vehicle|seats?|interior)\s+(?:was|were|is|are)\s+(?:really\s+|so\s+|very\s+)?"
    r"(?:dirty|filthy|disgusting|gross|smelly|sticky)\b",
    re.I,
)
# Thanks or praise for a driver: feedback, not a complaint (no credit is owed).
_PRAISE = re.compile(
    r"\b(?:so|very|really|super|incredibly|extremely|truly|genuinely)\s+(?:kind|nice|friendly|helpful|polite"
    r"|lovely|sweet|considerate|professional|patient|courteous|thoughtful|caring)\b"
    r"|\bpass\s+(?:on\s+)?(?:my|our)\s+(?:thanks|gratitude|compliments|appreciation)\b"
    r"|\b(?:thank|thanks\s+to|compliment|praise)\s+(?:the|my|our|your|this|that)\s+driver\b"
    r"|\b(?:compliments?|kudos|shout[- ]?out)\s+(?:to|for)\b"
    r"|\bwent\s+(?:above\s+and\s+beyond|out\s+of\s+(?:his|her|their)\s+way)\b"
    r"|\b(?:great|amazing|excellent|fantastic|wonderful|lovely|brilliant|superb|outstanding|best)\s+driver\b"
    r"|\bfive[- ]star|\b5[- ]star|\bmerci\s+au\s+chauffeur|\btr[èe]s\s+(?:gentil|aimable|sympa)"
    r"|\bmuy\s+(?:amable|simp[áa]tico)|\bsehr\s+(?:nett|freundlich|hilfsbereit)|\bmuito\s+(?:simp[áa]tico|gentil|atencioso)",
    re.I,
)
# Words of a problem: with these, kind words are not just praise ("nice, but he took a detour").
_PROBLEM = re.compile(
    r"\bbut\b|\bhowever\b|\bthough\b|\brude|\bdirty|\bfilthy|\bsmell|\bstink|\blate\b|\brefund|\bcharg|\bfee\b"
    r"|\bcomplain|\bterrible|\bawful|\bhorrible|\bworst|\bdisappoint|\bunacceptable|\bdetour|\blong\s+way"
    r"|\bovercharg|\bsarcas|\bcredit|\bcompensat|\bwrong|\bnever\b|\bpero\b|\bmais\b|\baber\b|\bmas\b",
    re.I,
)
# A cancellation fee dispute needs a fee to dispute: words of money or payment, or an amount.
_CHARGE_WORDS = re.compile(
    r"\bfees?\b|charg|\bpa(?:id|y|ying|yment)\b|refund|money|\bcost|\bbill|\bprice|\bfare|\bpenalt|\bfined?\b"
    r"|[$£€]|\d\s?(?:eur|usd|gbp|dollars?|bucks|quid|pounds?|euros?)\b|reimburs|\bdebit|\btransaction|\bcard\b"
    r"|\bbank\b|\breceipt|\bno[- ]?show\b|\bno\s+presentad|\bfrais\b|factur|\bpag|\bcobr|\btarifa|\bcargo"
    r"|geb[üu]hr|bezahl|belast|abgebucht|zahlung|\btaxa\b|reembols|rembours|erstatt|tarjeta|cart[ãa]o|\bkarte\b",
    re.I,
)
# A question asked out of curiosity, not a claim for money.
_CURIOUS = re.compile(
    r"\bquick\s+question\b|\bjust\s+(?:curious|asking|wondering|checking)\b|\bnot\s+complaining\b"
    r"|\bjust\s+(?:want|trying)\s+to\s+understand\b|\bnot\s+(?:asking\s+for|disputing)",
    re.I,
)
# A cancellation and a fee in the same breath ("the driver cancelled on me ... then I see a $5 fee").
_CANCEL_THEN_FEE = re.compile(
    r"\b(?:cancel+(?:ed|led|ing|s)?|canecl\w*|cancl\w*)\b[^?!\n]{0,90}?(?<!cleaning\s)\b(?:fee|penalty)\b"
    r"|\b(?:fee|penalty)\b[^?!\n]{0,40}?\b(?:for|after|because\s+(?:i|we|the\s+driver|he|she))\s+"
    r"(?:cancel+(?:ed|led|ing)?|canecl\w*)\b",
    re.I,
)
_CLAIM = re.compile(r"\brefund|\bmoney\s+back|\breimburs|\bwant\s+(?:it|my|the)\b[^.!?]{0,30}\bback\b", re.I)
# A request for a document about the trip, as a second intent.
_RECEIPT = re.compile(
    r"\breceipt|\binvoice|\bfactura|\bre[çc]u\b|\bfacture|\bquittung|\brechnung|\brecibo", re.I
)
_LOST = re.compile(
    r"\b(?:left|forgot|forgotten|lost|dropped)\s+(?:my|our|a|an|the)\s+[^.!?]{0,50}?"
    r"\b(?:in|on|at|under)\s+(?:the|your|his|her|their|that)\s+(?:\w+\s+)?(?:car|seat|trunk|boot|vehicle|cab|taxi)\b"
    r"|\blost\s+(?:and|&)\s+found\b|\blost\s+property\b"
    # An item that fell out, or is still in the car: "fell out of my bag", "check under the seats".
    r"|\b(?:fell|slipped|dropped)\s+out\s+of\s+my\s+(?:bag|pocket|purse|backpack|jacket|coat|handbag)"
    r"|\b(?:check|look)\s+(?:under|behind|between|in)\s+(?:the\s+)?(?:seats?|back\s+seat|trunk|boot)\b"
    r"|\b(?:is|are|was|were)\s+(?:still|probably|maybe)\s+(?:in|on)\s+(?:the|his|her|your)\s+(?:car|back\s+seat|seat|trunk|boot)\b"
    # French, Spanish, German, Portuguese: "j'ai oublié mon ...", "dejé mi ...", "im Auto vergessen", ...
    r"|\b(?:oubli[ée]e?s?|laiss[ée]e?s?|perdu)\s+(?:mon|ma|mes|un|une)\b"
    r"|\b(?:rest[ée]e?s?|tomb[ée]e?s?)\s+(?:dans|sur)\s+(?:la|le)\s+(?:voiture|taxi|v[ée]hicule|banquette|si[èe]ge|coffre)"
    r"|\bobjets?\s+(?:perdus?|trouv[ée]s?)\b"
    r"|\b(?:olvid[ée]|dej[ée]|perd[íi])\s+(?:mi|mis)\b|\bse\s+me\s+(?:olvid|qued|cay)[óo]\b|\bobjetos?\s+perdidos?\b"
    r"|\b(?:im|in\s+dem)\s+(?:auto|wagen|taxi|fahrzeug)\s+(?:vergessen|liegen\s+lassen|liegengelassen|verloren)"
    r"|\bfundb[üu]ro\b|\bfundsache"
    r"|\b(?:esqueci|deixei|perdi)\s+(?:o\s+|a\s+|os\s+|as\s+)?(?:meu|minha|meus|minhas)\b|\bachados\s+e\s+perdidos\b",
    re.I,
)
MONEY_INTENTS = ("fare_dispute", "cancellation_fee", "duplicate_charge", "cleaning_fee")
TIER = {
    "safety": 0,
    "fare_dispute": 1,
    "cancellation_fee": 1,
    "duplicate_charge": 1,
    "cleaning_fee": 1,
    "service_complaint": 2,
    "lost_item": 3,
    "trip_info": 4,
    "other": 5,
}


def safety_words(text: str) -> bool:
    """True when the text reports something unsafe; idioms like "I'm afraid" or "by accident" aside."""
    cleaned = _NOT_SAFETY.sub(" ", text)
    return bool(_SAFETY.search(cleaned))


def rule_intents(text: str) -> tuple[str, ...]:
    """The intents that words alone make certain, in a fixed order.

    A named fee charged more than once ("the cancellation fee twice") is a duplicate charge; the
    fee's name there does not make it a dispute of the fee itself.
    """
    repeated = _FEE_REPEATED.search(text)
    fee_text = _FEE_REPEATED.sub(" ", text) if repeated else text
    found = [
        name
        for name, pattern in _STRONG.items()
        if pattern.search(fee_text if name in ("cleaning_fee", "cancellation_fee") else text)
    ]
    if repeated and "duplicate_charge" not in found:
        found.append("duplicate_charge")
    if _LOST.search(text):
        found.append("lost_item")
    if safety_words(text):
        found.insert(0, "safety")
    return tuple(found)


# --- the model -----------------------------------------------------------------------------


class _Model:
    """Two TF-IDF vectorizers and two linear models, folded into one weight matrix for speed."""

    def __init__(self, examples: list[dict[str, Any]]) -> None:
        import numpy as np
        from scipy import sparse
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.preprocessing import MultiLabelBinarizer
        from sklearn.svm import LinearSVC

        texts = [normalise(e["text"]) for e in examples]
        self.vectorizers = (
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
        )
        x = sparse.hstack([v.fit_transform(texts) for v in self.vectorizers], format="csr")
        # The main intent: one linear model over the nine classes.
        primary = LinearSVC(C=PRIMARY_C, class_weight="balanced", random_state=SEED)
        primary.fit(x, [e["intents"][0] for e in examples])
        # Each intent on its own, so that a second problem can be found.
        binarizer = MultiLabelBinarizer(classes=list(INTENTS))
        y = binarizer.fit_transform([e["intents"] for e in examples])
        each = OneVsRestClassifier(LinearSVC(C=EACH_C, class_weight="balanced", random_state=SEED))
        each.fit(x, y)
        # Scoring one message is then one sparse product per vectorizer (sklearn's per-call checks
        # and the nine one-vs-rest estimators would cost more than the arithmetic).
        each_coef = np.vstack([est.coef_.reshape(1, -1) for est in each.estimators_])
        each_bias = np.concatenate([np.ravel(est.intercept_) for est in each.estimators_])
        weights = np.vstack([primary.coef_, each_coef]).T  # features x (9 + 9)
        self.bias = np.concatenate([primary.intercept_, each_bias])
        widths = [len(v.vocabulary_) for v in self.vectorizers]
        self.blocks = (weights[: widths[0]], weights[widths[0] :])
        self.primary_classes = [str(c) for c in primary.classes_]
        self.each_classes = [str(c) for c in binarizer.classes_]
        # What `transform` does for one text, without sklearn's per-call validation and sparse
        # matrix building, which cost 25 times the arithmetic on a message a few lines long.
        self._features = tuple(
            (v.build_analyzer(), v.vocabulary_, v.idf_, block)
            for v, block in zip(self.vectorizers, self.blocks, strict=True)
        )

    def features(self, text: str) -> list[tuple[Any, Any]]:
        """Per vectorizer, (column indices, TF-IDF weights) of one text, as `transform` computes them:
        sublinear term frequency times idf, L2-normalised."""
        import numpy as np

        out = []
        normal = normalise(text)
        for analyze, vocabulary, idf, _block in self._features:
            counts: dict[int, int] = {}
            for term in analyze(normal):
                column = vocabulary.get(term)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            columns = np.fromiter(counts, dtype=np.intp, count=len(counts))
            weights = (np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts))) + 1.0) * idf[
                columns
            ]
            norm = float(np.sqrt(weights @ weights))
            out.append((columns, weights / norm if norm else weights))
        return out

    def predict(self, text: str) -> tuple[str, dict[str, float]]:
        values = self.bias.copy()
        for (columns, weights), (_a, _v, _i, block) in zip(self.features(text), self._features, strict=True):
            if len(columns):
                values += weights @ block[columns]
        n = len(self.primary_classes)
        main = self.primary_classes[int(values[:n].argmax())]
        scores = {
            intent: round(1.0 / (1.0 + math.exp(-SCORE_SLOPE * float(margin))), 4)
            for intent, margin in zip(self.each_classes, values[n:], strict=True)
        }
        return main, scores


def load_examples(path: Path = DATA_FILE) -> list[dict[str, Any]]:
    examples = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            item = json.loads(line)
            if not item.get("intents") or any(i not in INTENTS for i in item["intents"]):
                raise ValueError(f"bad intents in {path}: {item!r}")
            examples.append(item)
    return examples


_lock = threading.Lock()
_model: _Model | None = None


def train(examples: list[dict[str, Any]] | None = None) -> _Model:
    """A model trained on the given examples (default: the shipped file). Deterministic."""
    return _Model(examples if examples is not None else load_examples())


def _get_model() -> _Model:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = train()
    return _model


def warm_up() -> None:
    """Train now rather than on the first message (e.g. at worker start)."""
    _get_model()


def classify(text: str, *, model: _Model | None = None) -> IntentResult:
    """The intents of one (redacted) customer message: the main one first."""
    model = model or _get_model()
    if not text or not text.strip():
        return IntentResult("other", ("other",), {i: 0.0 for i in INTENTS})
    main, scores = model.predict(text)
    return combine(text, main, scores)


def _demote_unruled_safety(main: str, scores: dict[str, float], ruled: tuple[str, ...]) -> str:
    """The model alone may call a message safety only when it is sure; the rules catch the rest."""
    if main != "safety" or "safety" in ruled or scores.get("safety", 0.0) >= SAFETY_MODEL_MIN:
        return main
    rest = {i: s for i, s in scores.items() if i != "safety"}
    return max(rest, key=lambda i: (rest[i], -INTENTS.index(i)))


def praise_only(text: str) -> bool:
    """Thanks or praise for the driver with no problem mentioned: feedback, not a complaint."""
    return bool(_PRAISE.search(text)) and not _PROBLEM.search(text) and not safety_words(text)


def _suppressed(
    text: str, main: str, ruled: tuple[str, ...], scores: dict[str, float], praise: bool
) -> set[str]:
    """Intents the model may not report for this text (the rules' own intents always stay).

    - a cancellation fee dispute with no word of money or payment in it ("the driver cancelled on me");
    - a named fee charged twice: the dispute is the duplicate, not the fee;
    - praise for the driver: neither a complaint nor a money problem (nor a lost item, unless the
      model is sure of one).
    """
    out: set[str] = set()
    maybe_fee = main == "cancellation_fee" or scores.get("cancellation_fee", 0.0) >= SECONDARY_THRESHOLD
    if maybe_fee and "cancellation_fee" not in ruled and not _CHARGE_WORDS.search(text):
        out.add("cancellation_fee")
    if _FEE_REPEATED.search(text):
        out.update(("cancellation_fee", "cleaning_fee"))
    if praise:
        out.update(("service_complaint", *MONEY_INTENTS))
        if scores.get("lost_item", 0.0) < SECONDARY_THRESHOLD:
            out.add("lost_item")
    return out - set(ruled)


def _replacement(scores: dict[str, float], ruled: tuple[str, ...], suppressed: set[str], praise: bool) -> str:
    """The main intent when the model's own is suppressed: the weightiest ruled one, else the next best."""
    candidates = [i for i in ruled if i not in suppressed]
    if candidates:
        return min(candidates, key=lambda i: (TIER[i], ruled.index(i)))
    if praise:
        return "other"
    rest = {i: s for i, s in scores.items() if i not in suppressed and i != "safety"}
    return max(rest, key=lambda i: (rest[i], -INTENTS.index(i)))


def combine(text: str, main: str, scores: dict[str, float]) -> IntentResult:
    """The model's answer with the rules applied on top."""
    ruled = rule_intents(text)
    curious = bool(_CURIOUS.search(text)) and not _CLAIM.search(text)
    fee_text = _FEE_REPEATED.sub(" ", text)
    if "cancellation_fee" not in ruled and not curious and _CANCEL_THEN_FEE.search(fee_text):
        ruled = (*ruled, "cancellation_fee")
    if _RECEIPT.search(text):
        ruled = (*ruled, "trip_info")
    if _SERVICE.search(text) or (_DIRTY.search(text) and "cleaning_fee" not in ruled):
        ruled = (*ruled, "service_complaint")
    main = _demote_unruled_safety(main, scores, ruled)
    if curious and main in MONEY_INTENTS and main not in ruled:
        main = "trip_info"
    praise = "safety" not in ruled and bool(_PRAISE.search(text)) and not _PROBLEM.search(text)
    suppressed = _suppressed(text, main, ruled, scores, praise)
    if main in suppressed:
        main = _replacement(scores, ruled, suppressed, praise)
    found = [main]
    for intent, score in sorted(scores.items(), key=lambda kv: (-kv[1], INTENTS.index(kv[0]))):
        if intent == main or intent in NEVER_SECONDARY or score < SECONDARY_THRESHOLD:
            continue
        if intent in suppressed:
            continue
        if (
            intent == "service_complaint"
            and main in MONEY_INTENTS
            and intent not in ruled
            and score < SERVICE_NEXT_TO_MONEY_MIN
        ):
            continue
        if intent == "safety" and "safety" not in ruled and score < SAFETY_MODEL_MIN:
            continue
        if curious and intent in MONEY_INTENTS and intent not in ruled:
            continue
        found.append(intent)
    found.extend(i for i in ruled if i not in found)
    # When a message carries several problems, the weightiest one leads: safety, then money, then
    # the rest (the tier table); a second intent takes the lead only when the rules or the model are sure.
    sure = [i for i in found if i == main or i in ruled or scores.get(i, 0.0) >= PROMOTE_THRESHOLD]
    lead = min(sure, key=lambda i: (TIER[i], i not in ruled, -scores.get(i, 0.0), i != main))
    if TIER[lead] < TIER[main]:
        found.remove(lead)
        found.insert(0, lead)
    if len(found) > 1 and "other" in found:
        found.remove("other")
    return IntentResult(found[0], tuple(found), dict(scores))
