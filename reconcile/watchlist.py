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
from typing import Any

from .errors import StoryError
from .records import StorySpec
from .sources import type_name

_TOP_KEYS = {"name", "db", "model", "allow_private", "allow_hosts", "schedule", "stories", "discovery"}
_SCHEDULE_KEYS = {"cron", "interval", "timezone"}
_STORY_KEYS = {"path", "id", "urls"}
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
_FIELDS = (("minute", 0, 59, {}), ("hour", 0, 23, {}), ("day of month", 1, 31, {}),
           ("month", 1, 12, _MONTHS), ("day of week", 0, 7, _DAYS))


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
                    return f"{label} field {text!r}: {end!r} is not a number" + (
                        " or a name" if names else "")
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


# --- loading --------------------------------------------------------------------------------

def load_watchlist(path: Path | str) -> Watchlist:
    """Read and validate a watchlist; raises WatchlistError (one line naming the file)."""
    from .fetch import parse_allow_host, url_story
    from .sources import load_story, read_toml

    path = Path(path)
    doc = read_toml(path, WatchlistError, "watchlist file")
    base = path.resolve().parent

    def err(msg: str) -> WatchlistError:
        return WatchlistError(f"{path}: {msg}")

    unknown = sorted(set(doc) - _TOP_KEYS)
    if unknown:
        raise err(f"unknown key(s) {', '.join(map(repr, unknown))} (allowed: {', '.join(sorted(_TOP_KEYS))})")
    name = doc.get("name", path.stem)
    if not isinstance(name, str) or not _NAME.match(name):
        raise err(f"'name' must be 1-100 letters, digits, spaces, '.', '_' or '-', got {name!r}")

    sched = doc.get("schedule")
    if sched is None:
        raise err("no [schedule] table (give cron = \"...\" or interval = \"...\")")
    if not isinstance(sched, dict):
        raise err(f"'schedule' must be a table, got {type_name(sched)}")
    unknown = sorted(set(sched) - _SCHEDULE_KEYS)
    if unknown:
        raise err(f"unknown key(s) in [schedule]: {', '.join(map(repr, unknown))} (allowed: cron, interval, timezone)")
    if ("cron" in sched) == ("interval" in sched):
        raise err("[schedule] needs exactly one of 'cron' and 'interval'")
    cron, interval = sched.get("cron"), None
    if cron is not None:
        if not isinstance(cron, str):
            raise err(f"schedule.cron must be a string, got {type_name(cron)}")
        problem = cron_problem(cron)
        if problem:
            raise err(f"schedule.cron {cron!r}: {problem}")
        cron = " ".join(cron.split())
    else:
        interval = parse_interval(sched["interval"])
        if interval is None or interval <= 0:
            raise err(f"schedule.interval {sched['interval']!r}: expected a positive number of seconds "
                      "or a duration such as '90s', '30m', '6h', '1d'")
    tz = sched.get("timezone")
    if tz is not None:
        if not isinstance(tz, str):
            raise err(f"schedule.timezone must be a string, got {type_name(tz)}")
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise err(f"schedule.timezone {tz!r}: not a known time zone (use an IANA name such as "
                      "'Europe/London')") from None

    db = doc.get("db")
    if db is not None and (not isinstance(db, str) or not db.strip()):
        raise err(f"'db' must be a non-empty string, got {type_name(db)}")
    model = doc.get("model")
    if model is not None and (not isinstance(model, str) or not model.strip()):
        raise err(f"'model' must be a non-empty string, got {type_name(model)}")
    allow_private = doc.get("allow_private", False)
    if not isinstance(allow_private, bool):
        raise err(f"'allow_private' must be true or false, got {type_name(allow_private)}")
    hosts = doc.get("allow_hosts", [])
    if not isinstance(hosts, list) or not all(isinstance(h, str) for h in hosts):
        raise err("'allow_hosts' must be an array of \"HOST:PORT\" strings")
    for h in hosts:
        try:
            parse_allow_host(h)
        except ValueError as e:
            raise err(f"allow_hosts: {e}") from None

    discovery = None
    if "discovery" in doc:
        from .outlets import load_discovery_table

        discovery = load_discovery_table(doc["discovery"], base, str(path))
    entries = doc.get("stories", [] if discovery is not None else None)
    if (entries is None or entries == []) and discovery is None:
        raise err("no [[stories]] entries")
    if not isinstance(entries, list) or not all(isinstance(s, dict) for s in entries):
        raise err("'stories' must be an array of tables ([[stories]])")
    specs: list[StorySpec] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries, 1):
        where = f"story {i}"
        unknown = sorted(set(entry) - _STORY_KEYS)
        if unknown:
            raise err(f"{where}: unknown key(s) {', '.join(map(repr, unknown))} (allowed: path, or id and urls)")
        if "path" in entry:
            if "urls" in entry or "id" in entry:
                raise err(f"{where}: give either 'path' or 'id' with 'urls', not both")
            p = entry["path"]
            if not isinstance(p, str) or not p.strip():
                raise err(f"{where}: 'path' must be a non-empty string, got {type_name(p)}")
            try:
                spec = load_story(base / p)
            except StoryError as e:
                raise err(f"{where}: {e}") from None
        else:
            sid, urls = entry.get("id"), entry.get("urls")
            if not isinstance(sid, str) or not sid.strip():
                raise err(f"{where}: needs 'path', or 'id' (a non-empty string) with 'urls'")
            if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
                raise err(f"{where}: 'urls' must be a non-empty array of URL strings")
            try:
                spec = url_story(sid, urls, folder=base)
            except StoryError as e:
                raise err(f"{where}: {e}") from None
        if spec.story_id in seen:
            raise err(f"{where}: story id {spec.story_id!r} is also used by story {seen[spec.story_id]}")
        seen[spec.story_id] = i
        specs.append(spec)
    return Watchlist(path=path.resolve(), name=name, stories=tuple(specs), cron=cron, interval=interval,
                     timezone=tz, db=(base / db) if db else None, model=model, allow_private=allow_private,
                     allow_hosts=tuple(hosts), discovery=discovery)
