"""Read and validate an outlets file (outlets.toml): who we follow, their feeds and their labels.

```toml
[[outlets]]
name = "Harbour Herald"                      # required; outlet_id is its slug
homepage = "https://www.harbourherald.example/"
feeds = ["feeds/harbour-herald.rss", "https://www.harbourherald.example/world/rss.xml"]
country = "GB"
language = "en"
ownership = "trust"                          # any other key is a label (text, number or boolean)
labels = { bias = "centre" }                 # labels may also be grouped in a table
```

A feed is an http(s) URL, or a file path relative to the outlets file that stays inside its folder.
Errors are StoryError with one line naming the file and the entry (the CLI exits with 2);
nothing heavy is imported here.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import StoryError
from .records import slugify
from .sources import file_inside, read_toml, type_name

_FILE_KEYS = {"outlets"}
_OUTLET_KEYS = ("name", "homepage", "feeds", "country", "language", "labels")
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.I)
# Keys that look like labels but are almost certainly a misspelt or misnamed field.
_ALIASES = {"url": "homepage", "website": "homepage", "site": "homepage", "home": "homepage",
            "rss": "feeds", "atom": "feeds", "feed_urls": "feeds", "lang": "language"}


@dataclass(frozen=True)
class Feed:
    """One feed of an outlet: a URL, or a local file inside the outlets folder."""

    outlet_id: str
    spec: str
    """The feed exactly as written in outlets.toml (URL or relative path); with outlet_id, its key."""
    url: str | None
    """The feed's http(s) URL, or None for a local file."""
    path: Path | None
    """The local feed file (resolved, inside the outlets folder), or None for a URL."""

    @property
    def is_local(self) -> bool:
        return self.path is not None


@dataclass(frozen=True)
class Outlet:
    """An outlet followed for story discovery."""

    outlet_id: str
    """Slug of the name (records.slugify): articles.outlet_id joins it."""
    name: str
    homepage: str | None
    country: str | None
    language: str | None
    feeds: tuple[Feed, ...]
    labels: dict[str, Any] = field(default_factory=dict)
    """User labels (ownership, bias, ...): text, numbers or booleans."""
    index: int = 0
    """1-based position in the file, for messages."""


@dataclass(frozen=True)
class OutletsFile:
    """A validated outlets.toml."""

    path: Path
    root: Path
    """The folder of the file: local feeds and the pages they link to must stay inside it."""
    outlets: tuple[Outlet, ...]

    def feeds(self) -> list[tuple[Outlet, Feed]]:
        return [(o, f) for o in self.outlets for f in o.feeds]

    def by_id(self) -> dict[str, Outlet]:
        return {o.outlet_id: o for o in self.outlets}


def _scalar(v: Any) -> bool:
    return isinstance(v, (str, int, float, bool))


def load_outlets(path: Path | str) -> OutletsFile:
    """Read and validate an outlets file; raises StoryError ('FILE: outlet 2 (\\'X\\'): problem')."""
    path = Path(path)
    if not path.exists():
        raise StoryError(f"{path}: no such file")
    if not path.is_file():
        raise StoryError(f"{path}: not a file (expected an outlets.toml)")
    doc = read_toml(path)
    unknown = sorted(set(doc) - _FILE_KEYS)
    if unknown:
        raise StoryError(f"{path}: unknown key(s) {', '.join(map(repr, unknown))} (allowed: [[outlets]])")
    items = doc.get("outlets")
    if items is None or items == []:
        raise StoryError(f"{path}: no [[outlets]] entries")
    if not isinstance(items, list) or not all(isinstance(o, dict) for o in items):
        raise StoryError(f"{path}: 'outlets' must be an array of tables ([[outlets]])")
    root = path.parent.resolve()
    outlets: list[Outlet] = []
    ids: dict[str, int] = {}
    feed_owner: dict[str, str] = {}
    for i, item in enumerate(items, 1):
        o = _outlet(path, root, i, item)
        if o.outlet_id in ids:
            raise StoryError(f"{path}: outlet {i} ({o.name!r}): same outlet_id {o.outlet_id!r} as outlet "
                             f"{ids[o.outlet_id]}; outlet names must differ")
        ids[o.outlet_id] = i
        for f in o.feeds:
            key = f.url or str(f.path)
            if key in feed_owner:
                raise StoryError(f"{path}: outlet {i} ({o.name!r}): feed {f.spec!r} is also listed by "
                                 f"{feed_owner[key]!r}")
            feed_owner[key] = o.name
        outlets.append(o)
    return OutletsFile(path=path, root=root, outlets=tuple(outlets))


def _outlet(path: Path, root: Path, i: int, item: dict[str, Any]) -> Outlet:
    name = item.get("name")
    if name is None:
        raise StoryError(f"{path}: outlet {i}: 'name' is required")
    if not isinstance(name, str) or not name.strip():
        raise StoryError(f"{path}: outlet {i}: 'name' must be a non-empty string, got {type_name(name)}")
    name = name.strip()
    where = f"{path}: outlet {i} ({name!r})"
    if len(name) > 200 or any(ord(c) < 32 for c in name):
        raise StoryError(f"{where}: 'name' must be at most 200 printable characters")
    for key in ("homepage", "country", "language"):
        v = item.get(key)
        if v is not None and (not isinstance(v, str) or not v.strip()):
            raise StoryError(f"{where}: '{key}' must be a non-empty string, got {type_name(v)}")
    homepage = item.get("homepage")
    if homepage is not None and not _URL.match(homepage.strip()):
        raise StoryError(f"{where}: 'homepage' must be an http(s) URL, got {homepage!r}")
    feeds_raw = item.get("feeds", [])
    if isinstance(feeds_raw, str):
        feeds_raw = [feeds_raw]
    if not isinstance(feeds_raw, list) or not all(isinstance(f, str) for f in feeds_raw):
        raise StoryError(f"{where}: 'feeds' must be an array of strings (URLs or file paths), got {type_name(feeds_raw)}")
    outlet_id = slugify(name)
    feeds = tuple(_feed(where, root, outlet_id, n, f) for n, f in enumerate(feeds_raw, 1))
    if len({f.spec for f in feeds}) != len(feeds):
        raise StoryError(f"{where}: the same feed is listed twice")
    labels: dict[str, Any] = {}
    table = item.get("labels", {})
    if not isinstance(table, dict):
        raise StoryError(f"{where}: 'labels' must be a table, got {type_name(table)}")
    for key, v in [*table.items(), *((k, v) for k, v in item.items() if k not in _OUTLET_KEYS)]:
        if key not in table:
            close = [_ALIASES[key]] if key in _ALIASES else \
                difflib.get_close_matches(key, _OUTLET_KEYS, n=1, cutoff=0.6)
            if close:
                raise StoryError(f"{where}: unknown key {key!r} (did you mean {close[0]!r}? "
                                 "Other keys are labels; put a label with this name under 'labels')")
        if not _scalar(v):
            raise StoryError(f"{where}: label {key!r} must be text, a number or a boolean, got {type_name(v)}")
        if key in labels:
            raise StoryError(f"{where}: label {key!r} is given twice")
        labels[key] = v
    return Outlet(outlet_id=outlet_id, name=name, homepage=homepage.strip() if homepage else None,
                  country=(item.get("country") or "").strip() or None,
                  language=(item.get("language") or "").strip() or None,
                  feeds=feeds, labels=labels, index=i)


def _feed(where: str, root: Path, outlet_id: str, n: int, spec: str) -> Feed:
    s = spec.strip()
    if not s:
        raise StoryError(f"{where}: feed {n} is an empty string")
    if re.match(r"^[a-z][a-z0-9+.-]*://", s, re.I):
        if not _URL.match(s):
            raise StoryError(f"{where}: feed {n} {s!r}: only http(s) URLs or file paths are allowed")
        return Feed(outlet_id=outlet_id, spec=s, url=s, path=None)
    p = Path(s)
    full = p if p.is_absolute() else root / p
    try:
        real = file_inside(full, root, "outlets folder")
    except ValueError as e:
        raise StoryError(f"{where}: feed {n} {s!r}: {e}") from None
    return Feed(outlet_id=outlet_id, spec=s, url=None, path=real)


# --- a watchlist's [discovery] table (reconcile serve) ---------------------------------------

_DISCOVERY_KEYS = {"outlets": str, "window_hours": (int, float), "min_outlets": int, "threshold": (int, float)}


@dataclass(frozen=True)
class DiscoveryConfig:
    """What a watchlist's [discovery] table asks `reconcile serve` to run on its schedule."""

    outlets: OutletsFile
    window_hours: float | None = None
    min_outlets: int | None = None
    threshold: float | None = None


def load_discovery_table(table: Any, base: Path, where: str) -> DiscoveryConfig:
    """Validate a [discovery] table (`outlets` relative to `base`); raises StoryError '<where>: ...'."""
    if not isinstance(table, dict):
        raise StoryError(f"{where}: 'discovery' must be a table ([discovery]), got {type_name(table)}")
    unknown = sorted(set(table) - set(_DISCOVERY_KEYS))
    if unknown:
        raise StoryError(f"{where}: unknown key(s) in [discovery]: {', '.join(map(repr, unknown))} "
                         f"(allowed: {', '.join(_DISCOVERY_KEYS)})")
    if "outlets" not in table:
        raise StoryError(f"{where}: [discovery] needs 'outlets' (the outlets.toml whose feeds to follow)")
    for key, types in _DISCOVERY_KEYS.items():
        v = table.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, types)):
            raise StoryError(f"{where}: discovery.{key} must be {'a string' if key == 'outlets' else 'a number'}, "
                             f"got {type_name(v)}")
    if table.get("window_hours") is not None and not table["window_hours"] > 0:
        raise StoryError(f"{where}: discovery.window_hours must be a positive number of hours")
    if table.get("min_outlets") is not None and table["min_outlets"] < 1:
        raise StoryError(f"{where}: discovery.min_outlets must be at least 1")
    if table.get("threshold") is not None and not 0 < table["threshold"] <= 1:
        raise StoryError(f"{where}: discovery.threshold must be above 0 and at most 1")
    try:
        of = load_outlets(base / table["outlets"])
    except StoryError as e:
        raise StoryError(f"{where}: [discovery] {e}") from None
    if not of.feeds():
        raise StoryError(f"{where}: [discovery] {of.path}: no outlet lists any feeds; nothing to watch")
    return DiscoveryConfig(outlets=of, window_hours=table.get("window_hours"), min_outlets=table.get("min_outlets"),
                           threshold=table.get("threshold"))
