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
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import StoryError
from .records import slugify
from .sources import file_inside, read_toml
from .validation import Table, first_problem, non_empty, plain, problem, type_name, url_syntax_problem

_OUTLET_KEYS = ("name", "homepage", "feeds", "country", "language", "labels")
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.I)
# Keys that look like labels but are almost certainly a misspelt or misnamed field.
_ALIASES = {
    "url": "homepage",
    "website": "homepage",
    "site": "homepage",
    "home": "homepage",
    "rss": "feeds",
    "atom": "feeds",
    "feed_urls": "feeds",
    "lang": "language",
}


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


def _optional_non_empty(v: Any) -> str | None:
    return None if v is None else non_empty(v)


def _outlet_name(v: Any) -> str:
    v = non_empty(v)
    if len(v) > 200 or any(ord(c) < 32 for c in v):
        raise problem("must be at most 200 printable characters")
    return v


def _feed_list(v: Any) -> tuple[str, ...]:
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(f, str) for f in v):
        raise problem(f"must be an array of strings (URLs or file paths), got {type_name(v)}")
    return tuple(v)


def _labels_table(v: Any) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise problem(f"must be a table, got {type_name(v)}")
    return v


class OutletEntry(Table):
    """One [[outlets]] table; keys other than the fields are labels."""

    model_config = ConfigDict(extra="allow", frozen=True)
    name: Annotated[str, BeforeValidator(_outlet_name)]
    homepage: Annotated[str | None, BeforeValidator(_optional_non_empty)] = None
    feeds: Annotated[tuple[str, ...], BeforeValidator(_feed_list)] = ()
    """URLs or file paths relative to the outlets file (checked by _feed: files must stay inside its folder)."""
    country: Annotated[str | None, BeforeValidator(_optional_non_empty)] = None
    language: Annotated[str | None, BeforeValidator(_optional_non_empty)] = None
    labels: Annotated[dict[str, Any], BeforeValidator(_labels_table)] = Field(default_factory=dict)

    @field_validator("homepage")
    @classmethod
    def _web(cls, v: str | None) -> str | None:
        if v is not None and not _URL.match(v):
            raise problem(f"must be an http(s) URL, got {v!r}")
        why = url_syntax_problem(v) if v is not None else None
        if why:
            raise problem(f"is not a valid URL: {v!r} ({why})")
        return v

    @model_validator(mode="after")
    def _labels(self) -> OutletEntry:
        extra = dict(self.model_extra or {})
        seen: set[str] = set()
        for key, v in [*self.labels.items(), *extra.items()]:
            if key not in self.labels:
                close = (
                    [_ALIASES[key]]
                    if key in _ALIASES
                    else difflib.get_close_matches(key, _OUTLET_KEYS, n=1, cutoff=0.6)
                )
                if close:
                    raise plain(
                        f"unknown key {key!r} (did you mean {close[0]!r}? "
                        "Other keys are labels; put a label with this name under 'labels')"
                    )
            if not _scalar(v):
                raise plain(f"label {key!r} must be text, a number or a boolean, got {type_name(v)}")
            if key in seen:
                raise plain(f"label {key!r} is given twice")
            seen.add(key)
        return self

    def all_labels(self) -> dict[str, Any]:
        return {**self.labels, **(self.model_extra or {})}


def _outlet_tables(v: Any) -> Any:
    if v is None or v == []:
        raise plain("no [[outlets]] entries")
    if not isinstance(v, list) or not all(isinstance(o, dict) for o in v):
        raise plain("'outlets' must be an array of tables ([[outlets]])")
    return v


class OutletsDoc(Table):
    """An outlets.toml as written: its [[outlets]]."""

    ALLOWED: ClassVar[str] = "[[outlets]]"
    NESTED: ClassVar[dict[str, type[Table]]] = {"outlets": OutletEntry}
    outlets: Annotated[list[OutletEntry], BeforeValidator(_outlet_tables)] = Field(None, validate_default=True)


def _entry_name(item: Any) -> str:
    """'outlet 2 ('BBC')' when the entry has a usable name, else 'outlet 2'."""
    name = item.get("name") if isinstance(item, dict) else None
    return f" ({name.strip()!r})" if isinstance(name, str) and name.strip() else ""


def load_outlets(path: Path | str) -> OutletsFile:
    """Read and validate an outlets file; raises StoryError ('FILE: outlet 2 (\\'X\\'): problem')."""
    path = Path(path)
    try:
        is_file = path.is_file()
    except OSError as e:  # a name too long
        raise StoryError(f"{path}: cannot read ({e.strerror})") from None
    if not os.path.exists(path):
        raise StoryError(f"{path}: no such file")
    if not is_file:
        raise StoryError(f"{path}: not a file (expected an outlets.toml)")
    doc = read_toml(path)
    try:
        parsed = OutletsDoc.model_validate(doc)
    except ValidationError as e:

        def where(at: tuple) -> str:
            return f"outlet {at[1] + 1}{_entry_name(doc['outlets'][at[1]])}: "

        raise StoryError(f"{path}: {first_problem(e, OutletsDoc, where)}") from None
    root = path.parent.resolve()
    outlets: list[Outlet] = []
    ids: dict[str, int] = {}
    feed_owner: dict[str, str] = {}
    for i, entry in enumerate(parsed.outlets, 1):
        o = _outlet(path, root, i, entry)
        if o.outlet_id in ids:
            raise StoryError(
                f"{path}: outlet {i} ({o.name!r}): same outlet_id {o.outlet_id!r} as outlet "
                f"{ids[o.outlet_id]}; outlet names must differ"
            )
        ids[o.outlet_id] = i
        for f in o.feeds:
            key = f.url or str(f.path)
            if key in feed_owner:
                raise StoryError(
                    f"{path}: outlet {i} ({o.name!r}): feed {f.spec!r} is also listed by {feed_owner[key]!r}"
                )
            feed_owner[key] = o.name
        outlets.append(o)
    return OutletsFile(path=path, root=root, outlets=tuple(outlets))


def _outlet(path: Path, root: Path, i: int, entry: OutletEntry) -> Outlet:
    where = f"{path}: outlet {i} ({entry.name!r})"
    outlet_id = slugify(entry.name)
    feeds = tuple(_feed(where, root, outlet_id, n, f) for n, f in enumerate(entry.feeds, 1))
    if len({f.spec for f in feeds}) != len(feeds):
        raise StoryError(f"{where}: the same feed is listed twice")
    return Outlet(
        outlet_id=outlet_id,
        name=entry.name,
        homepage=entry.homepage,
        country=entry.country,
        language=entry.language,
        feeds=feeds,
        labels=entry.all_labels(),
        index=i,
    )


def _feed(where: str, root: Path, outlet_id: str, n: int, spec: str) -> Feed:
    s = spec.strip()
    if not s:
        raise StoryError(f"{where}: feed {n} is an empty string")
    if re.match(r"^[a-z][a-z0-9+.-]*://", s, re.I):
        if not _URL.match(s):
            raise StoryError(f"{where}: feed {n} {s!r}: only http(s) URLs or file paths are allowed")
        why = url_syntax_problem(s)
        if why:
            raise StoryError(f"{where}: feed {n} {s!r}: not a valid URL ({why})")
        return Feed(outlet_id=outlet_id, spec=s, url=s, path=None)
    p = Path(s)
    full = p if p.is_absolute() else root / p
    try:
        real = file_inside(full, root, "outlets folder")
    except ValueError as e:
        raise StoryError(f"{where}: feed {n} {s!r}: {e}") from None
    return Feed(outlet_id=outlet_id, spec=s, url=None, path=real)


# --- a watchlist's [discovery] table (reconcile serve) ---------------------------------------


@dataclass(frozen=True)
class DiscoveryConfig:
    """What a watchlist's [discovery] table asks `reconcile serve` to run on its schedule."""

    outlets: OutletsFile
    window_hours: float | None = None
    min_outlets: int | None = None
    threshold: float | None = None


def _outlets_path(v: Any) -> str:
    if v is None:
        raise plain("[discovery] needs 'outlets' (the outlets.toml whose feeds to follow)")
    if not isinstance(v, str):
        raise plain(f"discovery.outlets must be a string, got {type_name(v)}")
    return v


def _number(key: str, integer: bool = False) -> BeforeValidator:
    def check(v: Any) -> Any:
        if v is not None and (isinstance(v, bool) or not isinstance(v, int if integer else (int, float))):
            raise plain(f"discovery.{key} must be a number, got {type_name(v)}")
        return v

    return BeforeValidator(check)


class DiscoveryTable(Table):
    """A watchlist's [discovery] table as written."""

    TABLE: ClassVar[str] = "discovery"
    outlets: Annotated[str, BeforeValidator(_outlets_path)] = Field(None, validate_default=True)
    """The outlets.toml whose feeds to follow, relative to the watchlist."""
    window_hours: Annotated[float | None, _number("window_hours")] = None
    min_outlets: Annotated[int | None, _number("min_outlets", integer=True)] = None
    threshold: Annotated[float | None, _number("threshold")] = None

    @field_validator("window_hours")
    @classmethod
    def _hours(cls, v: float | None) -> float | None:
        if v is not None and not v > 0:
            raise plain("discovery.window_hours must be a positive number of hours")
        return v

    @field_validator("min_outlets")
    @classmethod
    def _min(cls, v: int | None) -> int | None:
        if v is not None and v < 1:
            raise plain("discovery.min_outlets must be at least 1")
        return v

    @field_validator("threshold")
    @classmethod
    def _threshold(cls, v: float | None) -> float | None:
        if v is not None and not 0 < v <= 1:
            raise plain("discovery.threshold must be above 0 and at most 1")
        return v


def load_discovery_table(table: Any, base: Path, where: str) -> DiscoveryConfig:
    """Validate a [discovery] table (`outlets` relative to `base`); raises StoryError '<where>: ...'."""
    if not isinstance(table, dict):
        raise StoryError(f"{where}: 'discovery' must be a table ([discovery]), got {type_name(table)}")
    try:
        d = DiscoveryTable.model_validate(table)
    except ValidationError as e:
        raise StoryError(f"{where}: {first_problem(e, DiscoveryTable)}") from None
    try:
        of = load_outlets(base / d.outlets)
    except StoryError as e:
        raise StoryError(f"{where}: [discovery] {e}") from None
    if not of.feeds():
        raise StoryError(f"{where}: [discovery] {of.path}: no outlet lists any feeds; nothing to watch")
    return DiscoveryConfig(outlets=of, window_hours=d.window_hours, min_outlets=d.min_outlets, threshold=d.threshold)
