"""Watchlists: which stories to reconcile again, and when (read by `reconcile serve`).

A watchlist is a TOML file::

    name = "morning-news"              # deployment name (default: the file name without .toml)
    db = "warehouse/reconcile.duckdb"  # optional, relative to this file
    allow_private = false              # optional: fetch non-public addresses
    allow_hosts = []                   # optional: HOST:PORT entries fetched although not public

    [schedule]
    cron = "0 * * * *"                 # or: interval = "30m" (s, m, h, d) or a number of seconds
    timezone = "Europe/London"         # optional, an IANA zone (default UTC)

    [[stories]]
    path = "fixtures/ceasefire-talks"  # a story folder or story.toml, relative to this file

    [[stories]]
    id = "harbour-fire"                # a story made of URLs (outlets from each page)
    urls = ["https://example.org/news/fire", "https://example.com/fire-live"]

    [discovery]                        # optional: also serve story discovery on the same schedule
    outlets = "outlets.toml"           # follow these outlets' feeds (`reconcile watch`), relative to this file
    window_hours = 48                  # optional; also min_outlets, threshold (see reconcile watch --help)

With [discovery], [[stories]] may be left out.
Everything is validated here, before prefect is imported, with one-line errors naming the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, Field, ValidationError, model_validator

from .errors import StoryError
from .records import StorySpec
from .validation import Bool, Table, first_problem, non_empty, plain, problem, type_name

_TOP_KEYS = {"name", "db", "model", "allow_private", "allow_hosts", "schedule", "stories", "discovery"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class WatchlistError(StoryError):
    """The watchlist file is unusable (exit code 2)."""


@dataclass(frozen=True)
class Watchlist:
    """A validated watchlist."""

    path: Path
    name: str
    """Deployment name."""
    stories: tuple[StorySpec, ...]
    cron: str | None = None
    interval: float | None = None
    """Seconds between runs, when the schedule is an interval."""
    timezone: str | None = None
    db: Path | None = None
    model: str | None = None
    allow_private: bool = False
    allow_hosts: tuple[str, ...] = ()
    discovery: Any = None
    """outlets.DiscoveryConfig of the [discovery] table, served as a second deployment; None without one."""

    def describe(self) -> str:
        """'every 30m' / "cron '0 * * * *' (Europe/London)"."""
        when = f"cron {self.cron!r}" if self.cron else f"every {_human(self.interval or 0)}"
        return when + (f" ({self.timezone})" if self.timezone else "")


def _human(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


# --- cron -----------------------------------------------------------------------------------

_MACROS = {"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"}
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DAYS = {d: i for i, d in enumerate("sun mon tue wed thu fri sat".split())}
_FIELDS = (
    ("minute", 0, 59, {}),
    ("hour", 0, 23, {}),
    ("day of month", 1, 31, {}),
    ("month", 1, 12, _MONTHS),
    ("day of week", 0, 7, _DAYS),
)


def cron_problem(expr: str) -> str | None:
    """Why a five-field cron expression is invalid, or None when it is valid."""
    expr = expr.strip()
    if expr.lower() in _MACROS:
        return None
    fields = expr.split()
    if len(fields) != 5:
        return f"expected 5 fields (minute hour day-of-month month day-of-week), got {len(fields)}"
    for text, (label, lo, hi, names) in zip(fields, _FIELDS):
        for item in text.split(","):
            rng, _, step = item.partition("/")
            if step and (not step.isdigit() or int(step) == 0):
                return f"{label} field {text!r}: step must be a positive number"
            if rng == "*":
                continue
            ends = rng.split("-")
            if len(ends) > 2 or not all(ends):
                return f"{label} field {text!r}: expected *, N, N-M or a list of them"
            values = []
            for end in ends:
                v = names.get(end.lower()) if not end.isdigit() else int(end)
                if v is None:
                    return f"{label} field {text!r}: {end!r} is not a number" + (" or a name" if names else "")
                if not lo <= v <= hi:
                    return f"{label} field {text!r}: {v} is outside {lo}-{hi}"
                values.append(v)
            if len(values) == 2 and values[0] > values[1]:
                return f"{label} field {text!r}: range {values[0]}-{values[1]} is backwards"
    return None


def parse_interval(value: Any) -> float | None:
    """Seconds from 1800, 1800.0 or '30m' / '2h' / '90s' / '1d'; None when not an interval."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd])\s*", value.lower())
        if m:
            return float(m.group(1)) * _UNITS[m.group(2)]
    return None


# --- the file's models -----------------------------------------------------------------------


MIN_INTERVAL, MAX_INTERVAL = 1.0, 366 * 86400.0
"""Bounds of schedule.interval in seconds: past a year Python's timedelta overflows at serve time; nan
and inf are no interval."""


def _cron(v: Any) -> str | None:
    if v is None:
        return None
    if not isinstance(v, str):
        raise plain(f"schedule.cron must be a string, got {type_name(v)}")
    why = cron_problem(v)
    if why:
        raise plain(f"schedule.cron {v!r}: {why}")
    return " ".join(v.split())


def _interval(v: Any) -> float | None:
    if v is None:
        return None
    seconds = parse_interval(v)
    if seconds is None or not MIN_INTERVAL <= seconds <= MAX_INTERVAL:  # nan and inf too
        raise plain(
            f"schedule.interval {v!r}: expected a positive number of seconds "
            "or a duration such as '90s', '30m', '6h', '1d' (from 1 s to 366 days)"
        )
    return seconds


def _timezone(v: Any) -> str | None:
    if v is None:
        return None
    if not isinstance(v, str):
        raise plain(f"schedule.timezone must be a string, got {type_name(v)}")
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(v)
    except (ZoneInfoNotFoundError, ValueError):
        raise plain(
            f"schedule.timezone {v!r}: not a known time zone (use an IANA name such as 'Europe/London')"
        ) from None
    return v


class Schedule(Table):
    """The [schedule] table: a cron expression or an interval, and an optional time zone."""

    TABLE: ClassVar[str] = "schedule"
    cron: Annotated[str | None, BeforeValidator(_cron)] = None
    interval: Annotated[float | None, BeforeValidator(_interval)] = None
    """Seconds between runs."""
    timezone: Annotated[str | None, BeforeValidator(_timezone)] = None

    @model_validator(mode="after")
    def _one(self) -> Schedule:
        if (self.cron is None) == (self.interval is None):
            raise plain("[schedule] needs exactly one of 'cron' and 'interval'")
        return self


def _schedule_table(v: Any) -> Any:
    if v is None:
        raise plain('no [schedule] table (give cron = "..." or interval = "...")')
    if not isinstance(v, dict):
        raise plain(f"'schedule' must be a table, got {type_name(v)}")
    return v


def _optional_non_empty(v: Any) -> str | None:
    return None if v is None else non_empty(v)


def _name(v: Any) -> str | None:
    if v is not None and (not isinstance(v, str) or not _NAME.match(v)):
        raise problem(f"must be 1-100 letters, digits, spaces, '.', '_' or '-', got {v!r}")
    return v


def _hosts(v: Any) -> tuple[str, ...]:
    from .fetch import parse_allow_host

    if not isinstance(v, list) or not all(isinstance(h, str) for h in v):
        raise plain("'allow_hosts' must be an array of \"HOST:PORT\" strings")
    for h in v:
        try:
            parse_allow_host(h)
        except ValueError as e:
            raise plain(f"allow_hosts: {e}") from None
    return tuple(v)


class StoryEntry(Table):
    """One [[stories]] table: a story folder (or story.toml), or a story made of URLs."""

    ALLOWED: ClassVar[str] = "path, or id and urls"
    path: Any = None
    id: Any = None
    urls: Any = None

    @model_validator(mode="after")
    def _either(self) -> StoryEntry:
        if self.path is not None:
            if self.urls is not None or self.id is not None:
                raise plain("give either 'path' or 'id' with 'urls', not both")
            if not isinstance(self.path, str) or not self.path.strip():
                raise plain(f"'path' must be a non-empty string, got {type_name(self.path)}")
            return self
        if not isinstance(self.id, str) or not self.id.strip():
            raise plain("needs 'path', or 'id' (a non-empty string) with 'urls'")
        if not isinstance(self.urls, list) or not self.urls or not all(isinstance(u, str) for u in self.urls):
            raise plain("'urls' must be a non-empty array of URL strings")
        return self


def _story_tables(v: Any) -> Any:
    if v is not None and (not isinstance(v, list) or not all(isinstance(s, dict) for s in v)):
        raise plain("'stories' must be an array of tables ([[stories]])")
    return v


class WatchlistFile(Table):
    """A watchlist TOML file as written (paths not yet resolved, stories not yet read)."""

    ALLOWED: ClassVar[str] = ", ".join(sorted(_TOP_KEYS))
    NESTED: ClassVar[dict[str, type[Table]]] = {"schedule": Schedule, "stories": StoryEntry}
    name: Annotated[str | None, BeforeValidator(_name)] = None
    """Deployment name; default: the file name without .toml."""
    schedule: Annotated[Schedule, BeforeValidator(_schedule_table)] = Field(None, validate_default=True)
    db: Annotated[str | None, BeforeValidator(_optional_non_empty)] = None
    model: Annotated[str | None, BeforeValidator(_optional_non_empty)] = None
    allow_private: Bool = False
    allow_hosts: Annotated[tuple[str, ...], BeforeValidator(_hosts)] = ()
    discovery: Any = None
    """The [discovery] table, validated by outlets.load_discovery_table (its paths need the file's folder)."""
    stories: Annotated[list[StoryEntry] | None, BeforeValidator(_story_tables)] = None

    @model_validator(mode="after")
    def _something(self) -> WatchlistFile:
        if not self.stories and self.discovery is None:
            raise plain("no [[stories]] entries")
        return self


# --- loading --------------------------------------------------------------------------------


def load_watchlist(path: Path | str) -> Watchlist:
    """Read and validate a watchlist; raises WatchlistError (one line naming the file)."""
    from .fetch import url_story
    from .sources import load_story, read_toml

    path = Path(path)
    doc = read_toml(path, WatchlistError, "watchlist file")
    base = path.resolve().parent

    def err(msg: str) -> WatchlistError:
        return WatchlistError(f"{path}: {msg}")

    try:
        wf = WatchlistFile.model_validate(doc)
    except ValidationError as e:
        raise err(first_problem(e, WatchlistFile, lambda at: f"story {at[1] + 1}: ")) from None
    discovery = None
    if wf.discovery is not None:
        from .outlets import load_discovery_table

        discovery = load_discovery_table(wf.discovery, base, str(path))
    specs: list[StorySpec] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(wf.stories or [], 1):
        where = f"story {i}"
        try:
            spec = (
                load_story(base / entry.path)
                if entry.path is not None
                else url_story(entry.id, entry.urls, folder=base)
            )
        except StoryError as e:
            raise err(f"{where}: {e}") from None
        if spec.story_id in seen:
            raise err(f"{where}: story id {spec.story_id!r} is also used by story {seen[spec.story_id]}")
        seen[spec.story_id] = i
        specs.append(spec)
    sched = wf.schedule
    return Watchlist(
        path=path.resolve(),
        name=wf.name or path.stem,
        stories=tuple(specs),
        cron=sched.cron,
        interval=sched.interval,
        timezone=sched.timezone,
        db=(base / wf.db) if wf.db else None,
        model=wf.model,
        allow_private=wf.allow_private,
        allow_hosts=wf.allow_hosts,
        discovery=discovery,
    )
