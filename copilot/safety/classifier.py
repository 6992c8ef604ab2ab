"""A small classifier for safety reports, beside the lexicon: TF-IDF over words (1-2) and characters
(2-5) and a logistic regression, trained once per process (about a second), lazily, with a fixed
seed, from the hand-written examples in `data/*.jsonl` (five languages, with hard negatives) and
the intent classifier's examples (ordinary support messages, and its safety reports). No
weights come from anywhere else. It catches wordings the lexicon has no pattern for; the
threshold was chosen on tests/data/safety/dev.jsonl for recall first (a missed report costs far
more than a ticket a supervisor closes), with the false alarms on ordinary complaints kept low.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.lang.de.stop_words import STOP_WORDS as de_stop
from spacy.lang.en.stop_words import STOP_WORDS as en_stop
from spacy.lang.es.stop_words import STOP_WORDS as es_stop
from spacy.lang.fr.stop_words import STOP_WORDS as fr_stop
from spacy.lang.pt.stop_words import STOP_WORDS as pt_stop

DATA = Path(__file__).resolve().parent / "data"
# Words shown to the agent as why the classifier fired leave out the languages' function words.
STOP_WORDS = frozenset().union(en_stop, fr_stop, es_stop, de_stop, pt_stop)
SEED = 20261205
C = 4.0
# The probability at which the classifier alone fires the screen.
THRESHOLD = 0.55

_DIGITS = re.compile(r"\d+")


def normalise(text: str) -> str:
    """Lowercase, accents kept, numbers folded (an amount or an age is not the signal)."""
    return _DIGITS.sub("0", unicodedata.normalize("NFC", text).lower())


@dataclass(frozen=True)
class Verdict:
    probability: float
    words: str  # the words that weighed most towards safety, for the agent


class _Model:
    def __init__(self, rows: list[dict[str, Any]]) -> None:
        from scipy import sparse
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        texts = [normalise(r["text"]) for r in rows]
        self.words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        x = sparse.hstack([self.words.fit_transform(texts), self.chars.fit_transform(texts)], format="csr")
        self.model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=SEED)
        self.model.fit(x, [bool(r["safety"]) for r in rows])
        self._sparse = sparse
        self._word_names = self.words.get_feature_names_out()
        self._word_coef = self.model.coef_[0][: len(self._word_names)]

    def verdict(self, text: str) -> Verdict:
        clean = normalise(text)
        words = self.words.transform([clean])
        x = self._sparse.hstack([words, self.chars.transform([clean])], format="csr")
        probability = float(self.model.predict_proba(x)[0][1])
        row = words.tocoo()
        weighed = sorted(
            (
                (value * self._word_coef[col], self._word_names[col])
                for col, value in zip(row.col, row.data, strict=True)
            ),
            reverse=True,
        )
        top = [name for weight, name in weighed if weight > 0 and not _only_stop_words(name)][:3]
        return Verdict(probability, ", ".join(top))


# The intent classifier's hand-written examples are ordinary support messages in the product's own
# style (and its safety ones are reports): read as a file, not imported (the agent imports this wing).
INTENT_EXAMPLES = DATA.parent.parent / "agent" / "data" / "intent_examples.jsonl"


def _only_stop_words(ngram: str) -> bool:
    return all(word in STOP_WORDS for word in ngram.split())


def training_rows() -> list[dict[str, Any]]:
    rows = []
    for path in sorted(DATA.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for line in INTENT_EXAMPLES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            example = json.loads(line)
            rows.append({"text": example["text"], "safety": "safety" in example["intents"]})
    return rows


_lock = threading.Lock()
_model: _Model | None = None


def verdict(text: str) -> Verdict:
    """The classifier's probability that `text` reports a safety matter, and its weightiest words."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _Model(training_rows())
    return _model.verdict(text)
