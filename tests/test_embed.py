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
    texts = [
        "Twelve miners were rescued on Tuesday.",
        "The central bank kept rates on hold.",
        "Rescuers brought 12 miners out alive on Tuesday.",
    ]
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


# --- the onnx-int8 backend ------------------------------------------------------------------


def fixture_sentences(n_stories=2):
    from conftest import STORIES

    from reconcile.pipeline import load_stories, prepare_story
    from reconcile.settings import Settings

    return [s.text for spec in load_stories(STORIES[:n_stories]) for s in prepare_story(spec, Settings()).sentences]


def test_onnx_int8_vectors_are_close_to_torch(settings, onnx_cache):
    texts = fixture_sentences()
    assert len(texts) > 80
    a = embed.encode(texts, settings.model, backend="onnx-int8")
    b = embed.encode(texts, settings.model, backend="torch")
    assert a.shape == b.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    cos = (a * b).sum(axis=1)
    assert cos.mean() >= 0.98 and cos.min() >= 0.97, (cos.mean(), cos.min())
    # the order of the input is kept although batches are sorted by length
    assert np.allclose(embed.encode(texts[::-1], settings.model, backend="onnx-int8"), a[::-1], atol=1e-5)
    assert embed.encode([], settings.model, backend="onnx-int8").shape == (0, 384)


def test_onnx_int8_progress_counts_up_to_all_texts(settings, onnx_cache):
    seen = []
    embed.encode(
        [f"sentence number {i} of the test." for i in range(70)],
        settings.model,
        batch_size=32,
        backend="onnx-int8",
        progress=seen.append,
    )
    assert seen == [32, 64, 70]


def test_onnx_export_is_reused_and_checked(onnx_cache, caplog):
    folder = embed.onnx_export_dir(onnx_cache)
    model_file = folder / "model_int8.onnx"
    before = model_file.stat().st_mtime_ns
    with caplog.at_level("WARNING", logger="reconcile.embed"):
        assert embed.ensure_onnx_export(onnx_cache) == model_file
    assert model_file.stat().st_mtime_ns == before and not caplog.records
    manifest = (folder / "manifest.json").read_text()
    assert embed.DEFAULT_WEIGHTS_SHA256 in manifest and embed.file_sha256(model_file) in manifest
    assert embed.check_onnx_export(folder) is None
    assert 10e6 < model_file.stat().st_size < 40e6  # int8: about a quarter of the 90 MB fp32 weights


@pytest.mark.slow
def test_corrupt_onnx_export_is_rebuilt_with_a_notice(tmp_path, onnx_cache, caplog):
    folder = embed.onnx_export_dir(tmp_path)
    shutil.copytree(embed.onnx_export_dir(onnx_cache), folder)
    model_file = folder / "model_int8.onnx"
    data = bytearray(model_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    model_file.write_bytes(bytes(data))
    assert embed.check_onnx_export(folder).startswith("corrupt (sha256")
    with caplog.at_level("WARNING", logger="reconcile.embed"):
        embed.ensure_onnx_export(tmp_path)
    # one notice (a logging handler that another test left on the 'reconcile' logger may capture it twice)
    notices = sorted({r.getMessage() for r in caplog.records})
    assert len(notices) == 1 and "is corrupt" in notices[0] and notices[0].endswith("rebuilding it")
    assert embed.check_onnx_export(folder) is None
    assert embed.file_sha256(model_file) == embed.file_sha256(embed.onnx_export_dir(onnx_cache) / "model_int8.onnx")
    (folder / "manifest.json").unlink()  # a missing manifest (an interrupted build) is rebuilt too
    assert embed.check_onnx_export(folder) == "missing"


def test_onnx_int8_path_imports_neither_torch_nor_sentence_transformers(onnx_cache):
    import os
    import subprocess
    import sys

    code = (
        "import sys; from reconcile import embed; v = embed.encode(['One sentence.'], 'all-MiniLM-L6-v2', "
        "backend='onnx-int8'); print(v.shape, 'torch' in sys.modules, 'sentence_transformers' in sys.modules, "
        "'transformers' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "RECONCILE_CACHE_DIR": str(onnx_cache)},
    ).stdout
    assert out.split() == ["(1,", "384)", "False", "False", "False"]


def test_cache_keys_and_backends():
    assert (
        embed.cache_key("all-MiniLM-L6-v2")
        == embed.cache_key("default", "torch")
        == "sentence-transformers/all-MiniLM-L6-v2"
    )  # caches written before backends existed stay valid
    assert embed.cache_key("all-MiniLM-L6-v2", "onnx-int8") == "sentence-transformers/all-MiniLM-L6-v2#onnx-int8"
    with pytest.raises(ModelError, match="unknown embedding backend 'fp16'; choose one of torch, onnx-int8"):
        embed.cache_key("all-MiniLM-L6-v2", "fp16")
    with pytest.raises(ModelError, match="onnx-int8 backend runs the bundled all-MiniLM-L6-v2 only"):
        embed.encode(["x"], "/models/other", backend="onnx-int8")


def test_each_backend_has_its_own_embedding_cache(db, onnx_cache):

    from conftest import STORIES

    from reconcile.pipeline import load_stories, run_stories
    from reconcile.store import connect

    specs = load_stories(STORIES[:1])
    first = run_stories(specs, db.replace(embed_backend="torch"))
    onnx = run_stories(specs, db.replace(embed_backend="onnx-int8"))
    # another backend is another setting: the story is redone, and nothing comes from torch's cache
    assert not onnx.unchanged and onnx.embed.from_cache == 0 and onnx.embed.encoded == first.embed.encoded > 0
    again = run_stories(specs, db.replace(embed_backend="onnx-int8", force=True))
    assert again.embed.encoded == 0 and again.embed.from_cache == first.embed.unique_texts
    with connect(db.db_path, read_only=True) as con:
        rows = dict(con.execute("SELECT model, count(*) FROM embedding_cache GROUP BY model").fetchall())
        params = con.execute("SELECT parameters->>'embed_backend' FROM runs ORDER BY started_at").fetchall()
    assert rows == {
        "sentence-transformers/all-MiniLM-L6-v2": first.embed.unique_texts,
        "sentence-transformers/all-MiniLM-L6-v2#onnx-int8": first.embed.unique_texts,
    }
    assert [p[0] for p in params] == ["torch", "onnx-int8", "onnx-int8"]
