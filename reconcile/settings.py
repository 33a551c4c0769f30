"""One settings object; every default lives here."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import CalibrationError

DEFAULT_DB = Path("warehouse/reconcile.duckdb")
DEFAULT_MODEL = "all-MiniLM-L6-v2"
DEFAULT_EMBED_BACKEND = "onnx-int8"
CALIBRATION_FILE = Path(str(resources.files("reconcile") / "calibration.json"))
"""Fitted threshold, weights and gates, shipped as package data (`reconcile calibrate` rewrites it)."""


def _calibration() -> dict[str, Any]:
    """The calibration file, checked: a missing or corrupt file is a CalibrationError naming it."""
    try:
        data = json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CalibrationError(f"{CALIBRATION_FILE}: calibration file missing; restore it from the repository "
                               "(or reinstall reconcile), then `reconcile calibrate fixtures` can refit it") from None
    except OSError as e:
        raise CalibrationError(f"{CALIBRATION_FILE}: cannot read the calibration file ({e.strerror})") from None
    except ValueError as e:
        raise CalibrationError(f"{CALIBRATION_FILE}: corrupt calibration file, not JSON ({e})") from None
    try:
        if not isinstance(data, dict):
            raise TypeError("not a JSON object")
        threshold = float(data["align_threshold"])
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"align_threshold {threshold} is outside 0..1")
        checked = {
            "align_threshold": threshold,
            "align_weights": [float(w) for w in data.get("align_weights", [])],
            "discrepancy_gates": {str(k): float(v) for k, v in data.get("discrepancy_gates", {}).items()},
            "discrepancy_min_confidence": {str(k): float(v) for k, v in data.get("discrepancy_min_confidence", {}).items()},
        }
    except KeyError as e:
        raise CalibrationError(f"{CALIBRATION_FILE}: corrupt calibration file, {e.args[0]!r} is missing") from None
    except (TypeError, ValueError, AttributeError) as e:
        raise CalibrationError(f"{CALIBRATION_FILE}: corrupt calibration file ({e})") from None
    return {**data, **checked}


@dataclass(frozen=True)
class Settings:
    """Options of a run, built from CLI options, flow parameters or the environment."""

    db_path: Path = DEFAULT_DB
    model: str = DEFAULT_MODEL
    """sentence-transformers name or path; the default is the bundled offline copy."""
    embed_backend: str = DEFAULT_EMBED_BACKEND
    """How embeddings are computed: `torch` (sentence-transformers, fp32) or `onnx-int8` (the bundled
    model exported once to int8 ONNX and run with onnxruntime; faster, cosine about 0.99 to torch)."""
    batch_size: int = 64
    align_threshold: float = field(default_factory=lambda: float(_calibration()["align_threshold"]))
    """Minimum pair score (0-1) for two outlets' sentences to be one claim (see calibration.json)."""
    align_weights: tuple[float, ...] = field(
        default_factory=lambda: tuple(float(w) for w in _calibration().get("align_weights", ())) or None)  # type: ignore[arg-type]
    """Logistic weights of the pair features (align.FEATURES), fitted by `reconcile calibrate`."""
    discrepancy_gates: dict[str, float] = field(
        default_factory=lambda: {k: float(v) for k, v in _calibration().get("discrepancy_gates", {}).items()})
    """Per kind: the minimum pair score for a conflict to be reported (calibrated); below it, held back."""
    discrepancy_min_confidence: dict[str, float] = field(
        default_factory=lambda: {k: float(v) for k, v in _calibration().get("discrepancy_min_confidence", {}).items()})
    """Per kind: the minimum rule confidence for a conflict to be reported (calibrated); below it, held back."""
    max_file_bytes: int = 5_000_000
    """Pages larger than this are refused before parsing."""
    min_article_sentences: int = 3
    """An extracted page with fewer sentences is treated as having no article."""
    max_article_sentences: int = 2000
    """An article with more sentences is refused as not a news article (hostile or garbage input)."""
    max_sentence_chars: int = 1000
    """Longer sentences are cut at word boundaries before embedding (the model reads 256 tokens)."""
    lock_wait_seconds: float = 60.0
    """How long a writer waits for another process's warehouse lock before giving up."""
    story_batch: int = 32
    """Stories read, embedded and written together; bounds memory on long runs."""
    force: bool = False
    """Reprocess stories even when their inputs are unchanged since the last run."""
    use_cache: bool = True
    """Reuse embeddings stored in the warehouse for the same (model, sentence text)."""
    fetch_timeout: float = 15.0
    """Seconds to connect to a page's server, and at most between two reads (see fetch.py)."""
    fetch_total_timeout: float = 60.0
    """Seconds for one whole fetch attempt, redirects and body included."""
    fetch_retries: int = 2
    """Retries after a timeout, dropped connection or 5xx answer (never after a 4xx)."""
    fetch_backoff: float = 1.0
    """First retry delay in seconds, doubled on each retry (with jitter)."""
    fetch_max_redirects: int = 5
    fetch_per_domain: int = 2
    """Concurrent connections to one host."""
    allow_private: bool = False
    """Fetch loopback, private, link-local and other non-public addresses (refused by default)."""
    allow_hosts: tuple[str, ...] = ()
    """HOST:PORT entries fetched even though they are not public (tests, intranet sources)."""
    reuse_pages: bool = False
    """Read URL articles from the warehouse's raw_pages instead of fetching them again."""
    dask_workers: int = 0
    """Run the Prefect flow's extraction and embedding on a local Dask cluster of this many worker
    processes (0: the flow's default task runner, in its own process)."""
    dask_address: str | None = None
    """Run them on the Dask cluster whose scheduler is at this address (tcp://host:8786) instead."""

    @classmethod
    def from_env(cls, **overrides: Any) -> "Settings":
        """Defaults, then RECONCILE_* environment variables, then explicit overrides (None ignored)."""
        s = cls()
        env: dict[str, Any] = {}
        if os.environ.get("RECONCILE_DB"):
            env["db_path"] = Path(os.environ["RECONCILE_DB"])
        if os.environ.get("RECONCILE_MODEL"):
            env["model"] = os.environ["RECONCILE_MODEL"]
        if os.environ.get("RECONCILE_EMBED_BACKEND"):
            env["embed_backend"] = os.environ["RECONCILE_EMBED_BACKEND"]
        if os.environ.get("RECONCILE_LOCK_WAIT"):
            env["lock_wait_seconds"] = float(os.environ["RECONCILE_LOCK_WAIT"])
        if os.environ.get("RECONCILE_DASK_ADDRESS"):
            env["dask_address"] = os.environ["RECONCILE_DASK_ADDRESS"]
        env.update({k: v for k, v in overrides.items() if v is not None})
        if "db_path" in env:
            env["db_path"] = Path(env["db_path"])
        if "embed_backend" not in env and "model" in env:
            from .embed import is_default

            if not is_default(str(env["model"])):
                env["embed_backend"] = "torch"  # the int8 export exists for the bundled model only
        return replace(s, **env)

    def parameters(self) -> dict[str, Any]:
        """The settings that shape results, as stored with each run."""
        return {
            "model": self.model,
            "embed_backend": self.embed_backend,
            "align_threshold": self.align_threshold,
            "align_weights": list(self.align_weights or ()),
            "discrepancy_gates": dict(sorted(self.discrepancy_gates.items())),
            "discrepancy_min_confidence": dict(sorted(self.discrepancy_min_confidence.items())),
            "min_article_sentences": self.min_article_sentences,
            "max_article_sentences": self.max_article_sentences,
            "max_sentence_chars": self.max_sentence_chars,
        }
