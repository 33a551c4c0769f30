"""The embedding model: pinned weights, offline loading, batched unit vectors."""

import shutil

import numpy as np
import pytest

from reconcile import embed
from reconcile.errors import ModelError


def test_bundled_weights_match_the_pin():
    path = embed.default_model_path()
    embed.verify_weights(path)  # raises on mismatch
    assert embed.file_sha256(path / "model.safetensors") == embed.DEFAULT_WEIGHTS_SHA256


def test_altered_weights_are_refused_with_a_clear_message(tmp_path):
    src = embed.default_model_path()
    fake = tmp_path / "model"
    shutil.copytree(src, fake, ignore=shutil.ignore_patterns("model.safetensors"))
    (fake / "model.safetensors").write_bytes(b"not the weights")
    with pytest.raises(ModelError, match=r"model\.safetensors: sha256 [0-9a-f]{64} does not match the pinned 53aa5117"):
        embed.verify_weights(fake)
    (fake / "model.safetensors").unlink()
    with pytest.raises(ModelError, match="model weights are missing"):
        embed.verify_weights(fake)


def test_encode_gives_unit_vectors_in_input_order(settings):
    texts = ["Twelve miners were rescued on Tuesday.", "The central bank kept rates on hold.",
             "Rescuers brought 12 miners out alive on Tuesday."]
    vecs = embed.encode(texts, settings.model, batch_size=2)
    assert vecs.shape == (3, embed.dimension(settings.model)) == (3, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    sims = vecs @ vecs.T
    assert sims[0, 2] > sims[0, 1] + 0.3  # paraphrases are close, other topics are not
    assert embed.encode([], settings.model).shape == (0, 384)


def test_long_sentences_are_clipped_at_a_word_boundary():
    text = "word " * 500
    clipped = embed.clip(text, 1000)
    assert len(clipped) <= 1000 and clipped.endswith("word")
    assert embed.clip("short one", 1000) == "short one"


def test_model_names_and_labels():
    assert embed.is_default("all-MiniLM-L6-v2") and embed.is_default("sentence-transformers/all-MiniLM-L6-v2")
    assert embed.model_label("default") == "sentence-transformers/all-MiniLM-L6-v2"
    assert embed.model_label("/models/other") == "/models/other"
