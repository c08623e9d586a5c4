"""Rebuild the PLOVER sentence classifier: ``.venv/bin/python training/events/train.py``.

Trains three spaCy ``textcat`` components on one blank English pipeline and saves it to
``src/dateline/data/events/model/textcat``:

- ``type``: the 16 PLOVER event types plus ``NONE`` (exclusive classes);
- ``mode``: the PLOVER modes, trained on the examples that have one; modes are shared labels
  ("withdraw" is a RETREAT and a SANCTION mode) and at run time only the predicted type's own
  modes compete, so the mode never contradicts the type;
- ``modality``: asserted, negated, future or hypothetical, for the event coder.

Training data: ``generated.jsonl`` (rebuilt by ``generate.py``) plus ``handwritten.jsonl`` and
``written/*.jsonl`` (hand-written, weighted).
``dev.jsonl``, ``headlines_dev.jsonl`` and ``stories_dev.jsonl`` were written separately and are
only measured. It runs on a CPU in a few minutes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import compounding, minibatch

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402 (the generator sits beside this script, not in the package)
import story_rule  # noqa: E402

from dateline.eval import events  # noqa: E402
from dateline.events.classify import (  # noqa: E402
    MODALITIES,
    NONE,
    STORY_WEIGHTS,
    Prediction,
    normalise,
    predict,
    textcat_scorer,
)

OUT = HERE.parents[1] / "src" / "dateline" / "data" / "events" / "model"
TEXTCAT = OUT / "textcat"
TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# Hashed unigram+bigram features per task: the type model gets the most buckets (fewer
# collisions between trigger words); the three models stay at about 4 MB on disk together.
LENGTHS = {"type": 2**15, "mode": 2**13, "modality": 2**12}


def bow(length: int, ngrams: int = 2) -> dict:
    return {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": ngrams,
        "no_output_layer": False,
        "length": length,
    }


# The ensemble adds a small CNN over hashed word forms (norm, prefix, suffix, shape), so unseen
# inflections and near-synonyms are not all strangers; still no static vectors, so no download.
ENSEMBLE = {
    "@architectures": "spacy.TextCatEnsemble.v2",
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 64,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": [5000, 1000, 2500, 500],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 64,
            "window_size": 1,
            "maxout_pieces": 3,
            "depth": 2,
        },
    },
    "linear_model": bow(2**14),
}


# Hand-written sentences are closer to real news than templates: each counts three times.
HAND_WEIGHT = 3


def hand_written() -> list[dict]:
    """``handwritten.jsonl`` and every ``written/*.jsonl`` (sentences written by theme)."""
    paths = [HERE / "handwritten.jsonl", *sorted((HERE / "written").glob("*.jsonl"))]
    return [e for path in paths for e in read(path)]


def training_examples(generated_weight: int = 1) -> list[dict]:
    """The generated examples plus the hand-written ones, weighted."""
    return generate.generate() * generated_weight + hand_written() * HAND_WEIGHT


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def cats(labels: list[str], gold: str) -> dict[str, float]:
    return {label: float(label == gold) for label in labels}


def model_config(name: str, arch: str, ngrams: int) -> dict:
    """The ``textcat`` model of task ``name``: a bag of word n-grams, or the ensemble."""
    return bow(LENGTHS[name], ngrams) if arch == "bow" else ENSEMBLE


def train_one(
    name: str, labels: list[str], examples: list[dict], gold: list[str], model: dict, epochs: int
) -> spacy.language.Language:
    """One pipeline holding one exclusive ``textcat`` named ``name``, trained on ``gold``."""
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", name=name, config={"model": model, "threshold": 0.0})
    for label in labels:
        textcat.add_label(label)
    data = [
        Example.from_dict(nlp.make_doc(normalise(e["text"])), {"cats": cats(labels, g)})
        for e, g in zip(examples, gold, strict=True)
    ]
    optimizer = nlp.initialize(lambda: data)
    for epoch in range(epochs):
        random.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=compounding(8.0, 64.0, 1.3)):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"{name} epoch {epoch + 1}: loss {losses[name]:.3f}")
    return nlp


def train(
    examples: list[dict], arch: str, epochs: int, seed: int, ngrams: int = 2
) -> spacy.language.Language:
    """Train the type, mode and modality classifiers and join them in one pipeline.

    Each is trained in its own pipeline because an exclusive ``textcat`` refuses examples that
    carry another component's labels; bag-of-words features hash the text, so the joined
    pipeline needs no shared vocabulary.
    """
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    moded = [e for e in examples if e["mode"]]
    tasks = {
        "type": ([*TYPES, NONE], examples, [e["type"] for e in examples]),
        "mode": (sorted({e["mode"] for e in moded}), moded, [e["mode"] for e in moded]),
        "modality": (list(MODALITIES), examples, [e["modality"] for e in examples]),
    }
    joined = spacy.blank("en")
    for name, (labels, subset, gold) in tasks.items():
        model = model_config(name, arch, ngrams)
        joined.add_pipe(name, source=train_one(name, labels, subset, gold, model, epochs))
    return joined


def measure(predictions: list[Prediction], gold: list[dict]) -> dict[str, float]:
    """Type accuracy and macro-F1, mode accuracy where the type is right and a mode is gold,
    and modality accuracy."""
    g_type = [e["type"] for e in gold]
    p_type = [p.type or NONE for p in predictions]
    moded = [
        (p, e) for p, e in zip(predictions, gold, strict=True) if e["mode"] and p.type == e["type"]
    ]
    return {
        "type accuracy": sum(map(str.__eq__, g_type, p_type)) / len(gold),
        "type macro-F1": events.macro_f1(g_type, p_type),
        "mode accuracy (type right)": (
            sum(p.mode == e["mode"] for p, e in moded) / len(moded) if moded else 0.0
        ),
        "modality accuracy": sum(
            p.modality == e["modality"] for p, e in zip(predictions, gold, strict=True)
        )
        / len(gold),
    }


def measure_held_out(classifier: Callable[[list[str]], list[Prediction]]) -> None:
    """Print the figures on our own held-out sets (never trained on): sentences, headlines in
    many house styles, and whole stories through the story rule."""
    for name, what in (("dev.jsonl", "sentences"), ("headlines_dev.jsonl", "headlines")):
        gold = read(HERE / name)
        print(f"{name} ({len(gold)} held-out {what}):")
        report(measure(classifier([e["text"] for e in gold]), gold))
    for path in story_rule.DEV_STORIES:
        stories = story_rule.read_stories(path)
        predictions = events.story_predictions(
            [(s["title"], s["text"]) for s in stories], classifier
        )
        accuracy, f1 = story_rule.score(stories, predictions, STORY_WEIGHTS)
        print(f"{path.name} ({len(stories)} held-out stories):")
        report({"type accuracy": accuracy, "type macro-F1": f1})


def report(figures: dict[str, float]) -> None:
    for name, value in figures.items():
        print(f"  {name:<28} {value:.4f}" if isinstance(value, float) else f"  {name:<28} {value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--arch", choices=("bow", "ensemble"), default="bow")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--ngrams", type=int, default=2, help="longest word n-gram (bag of words)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--generated-weight", type=int, default=1, help="copies of the templates (0: none)"
    )
    parser.add_argument("--out", type=Path, default=TEXTCAT, help="where to save the model")
    parser.add_argument("--no-save", action="store_true", help="measure only")
    parser.add_argument("--eval", action="store_true", help="also score the shared sets")
    parser.add_argument("--limit", type=int, help="ngec stories to score (default: all)")
    args = parser.parse_args(argv)

    examples = training_examples(args.generated_weight)
    print(f"train {len(examples)} examples: {dict(Counter(e['type'] for e in examples))}")
    nlp = train(examples, args.arch, args.epochs, args.seed, args.ngrams)
    classifier = partial(predict, textcat_scorer(nlp))
    print(f"arch {args.arch}")
    measure_held_out(classifier)
    if args.eval:
        report(
            events.evaluate(
                args.limit, classifier=classifier, coder=events.classifier_coder(classifier)
            )
        )
    if not args.no_save:
        args.out.mkdir(parents=True, exist_ok=True)
        nlp.to_disk(args.out)
        print(f"saved to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
