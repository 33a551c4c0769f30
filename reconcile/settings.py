"""One settings object; every default lives here.

`Settings` is a frozen pydantic-settings model. `Settings()` holds the defaults (tests, library
callers); `Settings.from_env(...)` is what the CLI and the flows build, from, highest first:

1. explicit values (the CLI's flags; `None` means not given),
2. environment variables `RECONCILE_<FIELD>` (see ENV_NAMES: `RECONCILE_DB`, `RECONCILE_LOCK_WAIT`),
3. a TOML config file: `--config FILE`, else `$RECONCILE_CONFIG`, else `reconcile.toml` in the
   working directory if there is one (keys are the field names),
4. the defaults below (thresholds, weights and gates from the shipped calibration.json).

A bad value is a SettingsError of one line naming where it came from (the variable, the file or the
flag) and the field. The object is passed whole to the Prefect flows (a flow parameter) and copied
with `settings.replace(field=value)`.
"""

from __future__ import annotations

import difflib
import json
import logging
import os
import re
import tomllib
from collections.abc import Mapping
from contextvars import ContextVar
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, EnvSettingsSource, InitSettingsSource, SettingsConfigDict
from pydantic_settings import SettingsError as _SourceError

from .errors import CalibrationError, SettingsError

log = logging.getLogger(__name__)

DEFAULT_DB = Path("warehouse/reconcile.duckdb")
DEFAULT_MODEL = "all-MiniLM-L6-v2"
DEFAULT_EMBED_BACKEND = "onnx-int8"
CONFIG_FILE = Path("reconcile.toml")
"""The config file read from the working directory when neither --config nor $RECONCILE_CONFIG names one."""
CONFIG_ENV = "RECONCILE_CONFIG"
CALIBRATION_FILE = Path(str(resources.files("reconcile") / "calibration.json"))
"""Fitted threshold, weights and gates, shipped as package data (`reconcile calibrate` rewrites it)."""


def _calibration() -> dict[str, Any]:
    """The calibration file, checked: a missing or corrupt file is a CalibrationError naming it."""
    try:
        data = json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CalibrationError(
            f"{CALIBRATION_FILE}: calibration file missing; restore it from the repository "
            "(or reinstall reconcile), then `reconcile calibrate fixtures` can refit it"
        ) from None
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
            "discrepancy_min_confidence": {
                str(k): float(v) for k, v in data.get("discrepancy_min_confidence", {}).items()
            },
        }
    except KeyError as e:
        raise CalibrationError(f"{CALIBRATION_FILE}: corrupt calibration file, {e.args[0]!r} is missing") from None
    except (TypeError, ValueError, AttributeError) as e:
        raise CalibrationError(f"{CALIBRATION_FILE}: corrupt calibration file ({e})") from None
    return {**data, **checked}


MAX_DASK_WORKERS = 256
"""Worker processes of a local Dask cluster at most: a typo ('--workers 40000') would fork this machine to a halt."""

_LOADING: ContextVar[dict[str, Any] | None] = ContextVar("reconcile_settings_loading", default=None)
"""Set by Settings.from_env while it builds: the config file's values. Unset, only explicit values
count (Settings(), copies, and a flow parameter rebuilt from its JSON read no environment)."""


DAY_SECONDS = 86_400.0
"""The longest wait a setting may ask for (a lock, a fetch, a retry's first delay)."""


class Settings(BaseSettings):
    """Options of a run. Defaults here; Settings.from_env adds the config file, environment and flags."""

    model_config = SettingsConfigDict(
        env_prefix="RECONCILE_",
        env_ignore_empty=True,
        frozen=True,
        extra="forbid",
        protected_namespaces=(),
        allow_inf_nan=False,  # 'inf' seconds reached time.sleep and socket timeouts: OverflowError
    )

    db_path: Path = DEFAULT_DB
    """The DuckDB warehouse file."""
    model: str = DEFAULT_MODEL
    """sentence-transformers name or path; the default is the bundled offline copy."""
    embed_backend: Literal["torch", "onnx-int8"] = DEFAULT_EMBED_BACKEND
    """How embeddings are computed: `torch` (sentence-transformers, fp32) or `onnx-int8` (the bundled
    model exported once to int8 ONNX and run with onnxruntime; faster, cosine about 0.99 to torch).
    from_env picks torch for any other model unless a backend is given."""
    batch_size: int = Field(64, ge=1)
    """Sentences per embedding batch."""
    align_threshold: float = Field(default_factory=lambda: float(_calibration()["align_threshold"]), ge=0, le=1)
    """Minimum pair score (0-1) for two outlets' sentences to be one claim (see calibration.json)."""
    align_weights: tuple[float, ...] | None = Field(
        default_factory=lambda: tuple(float(w) for w in _calibration().get("align_weights", ())) or None
    )
    """Logistic weights of the pair features (align.FEATURES), fitted by `reconcile calibrate`."""
    discrepancy_gates: dict[str, float] = Field(
        default_factory=lambda: {k: float(v) for k, v in _calibration().get("discrepancy_gates", {}).items()}
    )
    """Per kind: the minimum pair score for a conflict to be reported (calibrated); below it, held back."""
    discrepancy_min_confidence: dict[str, float] = Field(
        default_factory=lambda: {k: float(v) for k, v in _calibration().get("discrepancy_min_confidence", {}).items()}
    )
    """Per kind: the minimum rule confidence for a conflict to be reported (calibrated); below it, held back."""
    max_file_bytes: int = Field(5_000_000, ge=1)
    """Pages larger than this are refused before parsing."""
    min_article_sentences: int = Field(3, ge=1)
    """An extracted page with fewer sentences is treated as having no article."""
    max_article_sentences: int = Field(2000, ge=1)
    """An article with more sentences is refused as not a news article (hostile or garbage input)."""
    max_sentence_chars: int = Field(1000, ge=1)
    """Longer sentences are cut at word boundaries before embedding (the model reads 256 tokens)."""
    lock_wait_seconds: float = Field(60.0, ge=0, le=DAY_SECONDS)
    """How long a writer waits for another process's warehouse lock before giving up."""
    story_batch: int = Field(32, ge=1)
    """Stories read, embedded and written together; bounds memory on long runs."""
    force: bool = False
    """Reprocess stories even when their inputs are unchanged since the last run."""
    use_cache: bool = True
    """Reuse embeddings stored in the warehouse for the same (model, sentence text)."""
    fetch_timeout: float = Field(15.0, gt=0, le=DAY_SECONDS)
    """Seconds to connect to a page's server, and at most between two reads (see fetch.py)."""
    fetch_total_timeout: float = Field(60.0, gt=0, le=DAY_SECONDS)
    """Seconds for one whole fetch attempt, redirects and body included."""
    fetch_retries: int = Field(2, ge=0, le=10)
    """Retries after a timeout, dropped connection, 5xx or 429 answer (never after another 4xx); at most
    10: the doubling backoff of more would hold a run for days."""
    fetch_backoff: float = Field(1.0, ge=0, le=DAY_SECONDS)
    """First retry delay in seconds, doubled on each retry (with jitter)."""
    fetch_max_redirects: int = Field(5, ge=0)
    """Redirects followed per fetch."""
    fetch_per_domain: int = Field(2, ge=1)
    """Concurrent connections to one host."""
    allow_private: bool = False
    """Fetch loopback, private, link-local and other non-public addresses (refused by default)."""
    allow_hosts: tuple[str, ...] = ()
    """HOST:PORT entries fetched even though they are not public (tests, intranet sources)."""
    reuse_pages: bool = False
    """Read URL articles from the warehouse's raw_pages instead of fetching them again."""
    dask_workers: int = Field(0, ge=0, le=MAX_DASK_WORKERS)
    """Run the Prefect flow's extraction and embedding on a local Dask cluster of this many worker
    processes (0: the flow's default task runner, in its own process)."""
    dask_address: str | None = None
    """Run them on the Dask cluster whose scheduler is at this address (tcp://host:8786) instead."""

    @field_validator("db_path", mode="before")
    @classmethod
    def _a_file_name(cls, v: object) -> object:
        if isinstance(v, str) and not v.strip():  # else Path('') = the current folder: '.: a folder, ...'
            raise ValueError("empty; give the warehouse's file name")
        return v

    @field_validator("align_weights")
    @classmethod
    def _one_weight_per_feature(cls, weights: tuple[float, ...] | None) -> tuple[float, ...] | None:
        # A user's weights (a config file, RECONCILE_ALIGN_WEIGHTS; checked while from_env loads them) as many
        # as the calibration file's, which are fitted to align.FEATURES (align imports numpy). Settings built
        # by code (calibrate fitting a new feature set) are not held to the old count.
        if _LOADING.get() is None:
            return weights
        want = len(_calibration().get("align_weights", ()))
        if weights and want and len(weights) != want:  # else a numpy shape error deep in alignment
            raise ValueError(f"{len(weights)} weights; give one per pair feature ({want}, see align.FEATURES)")
        return weights

    @field_validator("model")
    @classmethod
    def _a_model(cls, model: str) -> str:
        if not model.strip():  # else 'this warehouse holds embeddings of model ..., not ''
            raise ValueError("empty; give a sentence-transformers model name or path")
        return model

    @field_validator("allow_hosts")
    @classmethod
    def _host_ports(cls, hosts: tuple[str, ...]) -> tuple[str, ...]:
        if hosts:
            from .fetch import parse_allow_host

            for h in hosts:
                parse_allow_host(h)  # ValueError: "'x': expected HOST:PORT, e.g. 127.0.0.1:8000"
        return hosts

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: Any, env_settings: Any, **_: Any
    ) -> tuple[Any, ...]:
        file_values = _LOADING.get()
        if file_values is None:
            return (init_settings,)
        return (init_settings, _Environment(settings_cls), InitSettingsSource(settings_cls, file_values))

    @classmethod
    def from_env(
        cls, config: Path | str | None = None, flags: Mapping[str, str] | None = None, **overrides: Any
    ) -> Settings:
        """Defaults, then the config file, then RECONCILE_* environment variables, then `overrides`
        (None ignored). `config` names the file (else $RECONCILE_CONFIG, else ./reconcile.toml if it
        exists); `flags` maps a field to the CLI flag that gave it, for error messages."""
        given = {k: v for k, v in overrides.items() if v is not None}
        path = config_path(config)
        file_values = read_config(path) if path is not None else {}
        env = {f: os.environ[n] for f, n in ENV_NAMES.items() if os.environ.get(n)}
        _warn_unknown_variables()
        if not {"embed_backend"} & (given.keys() | env.keys() | file_values.keys()):
            chosen = given.get("model", env.get("model", file_values.get("model")))
            if chosen is not None:
                from .embed import is_default

                if not is_default(str(chosen)):
                    given["embed_backend"] = "torch"  # the int8 export exists for the bundled model only
        token = _LOADING.set(file_values)
        try:
            return cls(**given)
        except ValidationError as e:
            raise SettingsError(_one_line(e, given, env, path, flags or {})) from None
        except _SourceError as e:  # an environment value that is not JSON where a list or table is due
            m = re.search(r'field "(\w+)"', str(e))
            field = m.group(1) if m else "?"
            name = ENV_NAMES.get(field, f"RECONCILE_{field.upper()}")
            raise SettingsError(
                f"{name}={os.environ.get(name, '')!r}: {field}: not valid JSON (give a list or table as JSON, "
                'e.g. ["127.0.0.1:8000"])'
            ) from None
        finally:
            _LOADING.reset(token)

    def replace(self, **changes: Any) -> Settings:
        """A copy with `changes`, validated (the counterpart of dataclasses.replace)."""
        try:
            return type(self)(**{**dict(self), **changes})
        except ValidationError as e:
            raise SettingsError(_one_line(e, changes, {}, None, {})) from None

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


ENV_NAMES: dict[str, str] = {f: f"RECONCILE_{f.upper()}" for f in Settings.model_fields}
"""The environment variable of each field: RECONCILE_<FIELD>, but for two kept from earlier versions."""
ENV_NAMES.update(db_path="RECONCILE_DB", lock_wait_seconds="RECONCILE_LOCK_WAIT")


OTHER_VARIABLES = ("RECONCILE_CONFIG", "RECONCILE_USER", "RECONCILE_CACHE_DIR")
"""RECONCILE_* variables read elsewhere (the config file's path, verdict's --by, the ONNX export's folder)."""
_warned: set[str] = set()


def _warn_unknown_variables() -> None:
    """A RECONCILE_* variable that names no setting (a typo: RECONCILE_LOCKWAIT) is ignored with a
    warning naming the closest one, once per process."""
    known = set(ENV_NAMES.values()) | set(OTHER_VARIABLES)
    for name in sorted(os.environ):
        if name.startswith("RECONCILE_") and name not in known and name not in _warned:
            _warned.add(name)
            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f"did you mean {close[0]}?" if close else "see the Settings table in README.md"
            log.warning("%s: not a reconcile setting (%s); ignored", name, hint)


class _Environment(EnvSettingsSource):
    """RECONCILE_* variables under the names of ENV_NAMES (RECONCILE_DB for db_path, ...) only."""

    def _load_env_vars(self) -> Mapping[str, str | None]:
        env = super()._load_env_vars()
        out = {k: v for k, v in env.items() if not k.startswith("reconcile_")}
        for field, name in ENV_NAMES.items():
            if env.get(name.lower()) is not None:
                out[f"reconcile_{field}"] = env[name.lower()]
        return out


def config_path(config: Path | str | None = None) -> Path | None:
    """The config file to read: `config`, else $RECONCILE_CONFIG, else ./reconcile.toml if it exists."""
    if config is not None:
        return Path(config)
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    return CONFIG_FILE if CONFIG_FILE.is_file() else None


def read_config(path: Path) -> dict[str, Any]:
    """A config file's settings (top-level keys are field names); a relative db_path is taken
    relative to the file's folder. SettingsError naming the file if it cannot be read."""
    from .sources import read_settings_file

    try:
        data = tomllib.loads(read_settings_file(path).decode("utf-8-sig"))
    except FileNotFoundError:
        raise SettingsError(f"{path}: config file not found") from None
    except OSError as e:
        raise SettingsError(f"{path}: cannot read the config file ({e.strerror})") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise SettingsError(f"{path}: not a TOML file ({e})") from None
    except ValueError as e:  # a device, a pipe, a file too large (read_settings_file)
        raise SettingsError(f"{path}: {e}") from None
    for key, value in data.items():
        if isinstance(value, dict) and key not in ("discrepancy_gates", "discrepancy_min_confidence"):
            raise SettingsError(f"{path}: [{key}]: settings are top-level keys (db_path = ..., model = ...)")
    db = data.get("db_path")
    if isinstance(db, str) and db.strip() and not Path(db).expanduser().is_absolute():
        data["db_path"] = str(path.parent / data["db_path"])
    return data


def _one_line(
    e: ValidationError, given: Mapping[str, Any], env: Mapping[str, str], path: Path | None, flags: Mapping[str, str]
) -> str:
    """The first problem of a ValidationError, naming the flag, variable or file that gave the value."""
    err = e.errors()[0]
    field = str(err["loc"][0]) if err["loc"] else "?"
    msg = err["msg"][:1].lower() + err["msg"][1:]
    if err["type"] == "extra_forbidden":
        where = f"{path}: " if path is not None else ""
        close = difflib.get_close_matches(field, list(Settings.model_fields), n=1)
        hint = f"did you mean {close[0]!r}?" if close else "see the Settings table in README.md"
        return f"{where}unknown setting {field!r} ({hint})"
    if err["type"] == "literal_error" and field == "embed_backend":
        msg = "not one of torch, onnx-int8"
    if field in given:
        flag = flags.get(field)
        return f"{flag} {given[field]}: {field}: {msg}" if flag else f"{field}={given[field]!r}: {msg}"
    if field in env:
        return f"{ENV_NAMES[field]}={env[field]!r}: {field}: {msg}"
    if path is not None:
        return f"{path}: {field}: {msg} (got {err.get('input')!r})"
    return f"{field}: {msg}"
