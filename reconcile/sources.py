"""Read story folders and manifests, and the raw bytes of their articles."""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, Field, ValidationError, field_validator, model_validator

from .errors import ArticleError, StoryError
from .records import ArticleSpec, StorySpec, slugify
from .validation import Table, first_problem, non_empty, plain, problem, type_name, url_syntax_problem

__all__ = ["type_name"]  # re-exported: watchlist and outlets name types in their messages too

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".html", ".htm", ".txt", ".md")
MANIFEST = "story.toml"


@dataclass(frozen=True)
class RawArticle:
    """Bytes of one article and where they came from."""

    spec: ArticleSpec
    source: str
    """File path or URL, for messages and provenance."""
    data: bytes
    kind: str
    """'html', 'txt' or 'md'."""
    url: str | None
    charset: str | None = None
    """The charset a server declared in its Content-Type header (a fetched page); it comes before the
    page's own <meta charset>, as in browsers."""


def load_story(path: Path | str) -> StorySpec:
    """Read a story folder (with or without story.toml) or a story.toml file.

    Raises StoryError naming the file and the problem.
    """
    path = Path(path)
    why = _stat_problem(path)
    if why:
        raise StoryError(f"{path}: {why}")
    if not utf8_name(str(path.absolute())):  # ids, sources and the warehouse's text columns are UTF-8
        raise StoryError(f"{path}: the path is not valid UTF-8 (a byte no character stands for); rename it")
    if path.is_file():
        if path.name.endswith(".toml"):
            return _load_manifest(path)
        raise StoryError(f"{path}: expected a story folder or a story.toml file")
    manifest = path / MANIFEST
    if os.path.lexists(manifest):  # a folder, a dangling link or a loop named story.toml is an error, not ignored
        return _load_manifest(manifest)
    files = sorted(
        p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
    )
    for p in [p for p in files if not utf8_name(p.name)]:  # its id could not be hashed nor its name stored
        log.warning("%s: file name is not valid UTF-8; skipped (rename it)", p)
        files.remove(p)
    if not files:
        raise StoryError(f"{path}: no {MANIFEST} and no .html/.htm/.txt/.md files to read")
    arts = tuple(
        ArticleSpec(outlet=None, file=p.resolve(), url=None, published=None, index=i) for i, p in enumerate(files, 1)
    )
    return StorySpec(story_id=_folder_id(path), title=None, folder=path.resolve(), articles=arts, manifest=None)


def utf8_name(name: str) -> bool:
    """Whether a file name decoded from the file system is text: a byte that is not UTF-8 comes back as a
    lone surrogate ('\\udcff'), which can be neither hashed into an id nor stored."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _stat_problem(path: Path) -> str | None:
    """Why `path` is no folder or regular file to read ('no such file or directory', 'cannot read (File
    name too long)', a device such as /dev/null), or None. Path.exists raises for a name too long."""
    try:
        st = os.stat(path)
    except ValueError:  # 'embedded null byte' (a "\u0000" in a watchlist's path)
        return "holds a NUL character, which no file name can"
    except OSError as e:
        if e.errno in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP):
            return _why_missing(path)
        return f"cannot read ({e.strerror})"
    if not (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)):
        return "expected a story folder or a story.toml file"
    return None


def _why_missing(path: Path) -> str:
    """Why a path that does not exist (as far as Path.exists can tell) cannot be read."""
    try:
        os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "a symlink loop"
        if path.is_symlink():
            return f"a symlink to {os.readlink(path)!r}, which does not exist"
    return "no such file or directory"


def _story_subfolders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".") and (p / MANIFEST).is_file())


def _has_pages(folder: Path) -> bool:
    return any(
        p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".") for p in folder.iterdir()
    )


def story_paths(paths: Sequence[Path | str]) -> tuple[list[Path], list[str]]:
    """The story paths `reconcile run` was given, expanded; returns (paths, notices).

    A folder without a story.toml whose subfolders hold story.toml files stands for those
    subfolders (`reconcile run fixtures/`). Among several paths (a shell glob such as
    `fixtures/*`), one that is no story at all (a file other than a .toml, a folder with no
    story.toml, no pages and no story subfolders) is left out with a one-line notice; given
    alone it is an error. A path that does not exist, or a story.toml that is wrong, is always
    an error (load_story says which). The caller says so when every path was left out.
    A story given twice (`a a`, `a ./a/`, `a a/story.toml`, `stories/ stories/a`) is run once,
    with a notice.
    """
    out: list[Path] = []
    notices: list[str] = []
    for p in map(Path, paths):
        try:
            os.stat(p)
        except OSError:
            out.append(p)  # missing, a symlink loop, a name too long: load_story says which
            continue
        if p.is_dir() and not (p / MANIFEST).is_file():
            subs = _story_subfolders(p)
            if subs:
                out += subs
                continue
            if not _has_pages(p) and len(paths) > 1:
                notices.append(
                    f"skipping {p}: not a story folder (no {MANIFEST}, no .html/.htm/.txt/.md "
                    "pages and no story folders in it)"
                )
                continue
        elif not p.is_dir() and not p.name.endswith(".toml") and len(paths) > 1:  # a file, a device
            notices.append(f"skipping {p}: not a story folder or {MANIFEST}")
            continue
        out.append(p)
    return _once(out, notices)


def _once(paths: list[Path], notices: list[str]) -> tuple[list[Path], list[str]]:
    """Each story path once: the same folder or story.toml given again is left out with a notice."""
    seen: dict[str, Path] = {}
    out: list[Path] = []
    for p in paths:
        target = p / MANIFEST if not _stat_problem(p) and p.is_dir() and (p / MANIFEST).is_file() else p
        key = os.path.realpath(target)
        if key in seen:
            first = seen[key]
            notices.append(
                f"skipping {p}: the same story as {first}, given before"
                if str(first) != str(p)
                else f"skipping {p}: given twice"
            )
            continue
        seen[key] = p
        out.append(p)
    return out, notices


def _folder_id(path: Path) -> str:
    """The story id a folder's name gives, held to the rules of a manifest's 'id' (no control characters)."""
    name = path.resolve().name or "story"
    control = next((c for c in name if ord(c) < 32 or 127 <= ord(c) < 160), None)
    if control is not None:
        raise StoryError(
            f"{path}: the folder's name, the story's id, holds a control character (U+{ord(control):04X}); "
            f"rename the folder or give the story an id in its {MANIFEST}"
        )
    return name


MAX_SETTINGS_FILE_BYTES = 10_000_000
"""The largest TOML file read (a manifest, labels, a watchlist, the config file): far above any real one."""


def read_settings_file(path: Path, limit: int = MAX_SETTINGS_FILE_BYTES, what: str = "TOML file") -> bytes:
    """The bytes of a regular file of at most `limit` bytes (/dev/null reads as empty). OSError from
    the file system (IsADirectoryError for a folder); ValueError saying why for anything else: a
    device (/dev/zero never ends), a FIFO (it would wait for a writer), a file too large."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO opens at once instead of waiting
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            if os.path.realpath(path) == os.devnull:  # `--config /dev/null`: no settings
                return b""
            raise ValueError("not a regular file (a device or a pipe)")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"over the {limit:,}-byte limit for a {what}; refused")
    return data


def read_toml(path: Path, error: type[StoryError] = StoryError, what: str = "TOML file") -> dict[str, Any]:
    """Parse a TOML file; every problem is one `error` naming the file."""
    try:
        raw = read_settings_file(path)
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except IsADirectoryError:
        raise error(f"{path}: is a directory, not a {what}") from None
    except OSError as e:
        raise error(f"{path}: cannot read ({e.strerror})") from None
    except ValueError as e:
        raise error(f"{path}: {e}") from None
    try:
        return tomllib.loads(raw.decode("utf-8-sig"))  # a byte-order mark (Windows editors) is not TOML's
    except UnicodeDecodeError as e:
        wide = (
            ("UTF-32" if raw[:4] in UNICODE_BOMS[:2] else "UTF-16")
            if raw.startswith(UNICODE_BOMS)
            else (bomless_utf16(raw) or "").upper()
        )
        if wide:
            raise error(f"{path}: {wide} text, not UTF-8; save it as UTF-8 (TOML files are UTF-8)") from None
        raise error(f"{path}: not valid UTF-8 (byte {e.start}: {raw[e.start : e.start + 1]!r})") from None
    except tomllib.TOMLDecodeError as e:
        raise error(f"{path}: invalid TOML: {e}") from None


def _optional_string(v: Any) -> str | None:
    if v is not None and not isinstance(v, str):
        raise problem(f"must be a string, got {type_name(v)}")
    return v


def _optional_path(v: Any) -> str | None:
    v = _optional_string(v)
    if v is not None and not v.strip():
        raise problem("is empty; name the article's file, or leave 'file' out and give its 'url'")
    if v is not None and "\x00" in v:
        raise problem(f"holds a NUL character, which no file name can: {v!r}")
    return v


def _optional_url(v: Any) -> str | None:
    v = _optional_string(v)
    if v is not None and not v.strip():
        raise problem("is empty; give the page's http(s) URL, or leave 'url' out")
    return v


def _story_id(v: Any) -> str | None:
    if v is None:
        return None
    return _name(v)


def _name(v: Any) -> str:
    """A story id or outlet name: shown in tables and reports, used in file names and joins."""
    v = non_empty(v)
    control = next((c for c in v if ord(c) < 32 or 127 <= ord(c) < 160), None)
    if control is not None:
        raise problem(f"holds a control character (U+{ord(control):04X}); use printable characters only")
    if len(v) > 200:
        raise problem(f"is {len(v)} characters long; at most 200")
    return v


def _published(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, (date, datetime)):
        v = v.isoformat()
    if not isinstance(v, str):
        raise problem(f"must be a date or a string, got {type_name(v)}")
    when = _iso_datetime(v)
    if when is None:
        raise problem(f"is not a date: {v!r}")
    if not date_in_range(when):
        raise problem(f"is out of range: {v!r} (a publication date lies between {EARLIEST_YEAR} and {LATEST_YEAR})")
    return v


def _article_tables(v: Any) -> Any:
    if v is None or v == []:
        raise plain("no [[articles]] entries")
    if not isinstance(v, list) or not all(isinstance(a, dict) for a in v):
        raise plain("'articles' must be an array of tables ([[articles]])")
    return v


class ArticleEntry(Table):
    """One [[articles]] table of a story manifest."""

    ALLOWED: ClassVar[str] = "outlet, file, url, published"
    outlet: Annotated[str, BeforeValidator(_name)]
    """The outlet's name as readers know it ('Associated Press')."""
    file: Annotated[str | None, BeforeValidator(_optional_path)] = None
    """The page or text, relative to the story folder."""
    url: Annotated[str | None, BeforeValidator(_optional_url)] = None
    """Where the article was published; fetched when there is no file."""
    published: Annotated[str | None, BeforeValidator(_published)] = None
    """A TOML date or datetime, or an ISO string."""

    @field_validator("url")
    @classmethod
    def _web(cls, url: str | None) -> str | None:
        if url and not re.match(r"^https?://[^\s/]+", url):
            raise problem(f"must be an http(s) URL, got {url!r}")
        why = url_syntax_problem(url) if url else None
        if why:
            raise problem(f"is not a valid URL: {url!r} ({why})")
        return url

    @model_validator(mode="after")
    def _somewhere(self) -> ArticleEntry:
        if not self.file and not self.url:
            raise plain("article has neither 'file' nor 'url'")
        return self


class StoryManifest(Table):
    """A story.toml: the story's id and title and its articles."""

    ALLOWED: ClassVar[str] = "id, title, [[articles]]"
    NESTED: ClassVar[dict[str, type[Table]]] = {"articles": ArticleEntry}
    id: Annotated[str | None, BeforeValidator(_story_id)] = None
    """Default: the folder's name."""
    title: Annotated[str | None, BeforeValidator(_optional_string)] = None
    articles: Annotated[list[ArticleEntry], BeforeValidator(_article_tables)] = Field(None, validate_default=True)


def _load_manifest(manifest: Path) -> StorySpec:
    doc = read_toml(manifest, what="story manifest")
    folder = manifest.parent.resolve()
    try:
        m = StoryManifest.model_validate(doc)
    except ValidationError as e:
        raise StoryError(
            f"{manifest}: {first_problem(e, StoryManifest, lambda at: f'article {at[1] + 1}: ')}"
        ) from None
    _one_article_per_outlet_and_file(manifest, m.articles)
    _warn_of_future_dates(manifest, m.articles)
    # A file is resolved here but checked for escapes when read, so one bad entry only skips that article.
    specs = [
        ArticleSpec(
            outlet=a.outlet,
            file=(folder / a.file) if a.file else None,
            url=a.url or None,
            published=a.published,
            index=i,
        )
        for i, a in enumerate(m.articles, 1)
    ]
    return StorySpec(
        story_id=m.id or _folder_id(manifest.parent),
        title=m.title,
        folder=folder,
        articles=tuple(specs),
        manifest=manifest.resolve(),
    )


def _one_article_per_outlet_and_file(manifest: Path, articles: Sequence[ArticleEntry]) -> None:
    """StoryError for an outlet (by its outlet_id) or a file listed twice: a story compares its outlets
    with each other, so a second article of one outlet would be folded into the first one's."""
    outlets: dict[str, tuple[int, str]] = {}
    files: dict[str, int] = {}
    for i, a in enumerate(articles, 1):
        key = slugify(a.outlet)
        if key in outlets:
            j, first = outlets[key]
            same = "" if first == a.outlet else f" ({first!r})"
            raise StoryError(
                f"{manifest}: article {i}: outlet {a.outlet!r} is article {j}'s outlet too{same}; "
                "a story has one article per outlet"
            )
        outlets[key] = (i, a.outlet)
        if a.file:
            # realpath never raises: a symlink loop is found (and its article skipped) when read
            path = os.path.realpath(manifest.parent / a.file)
            if path in files:
                raise StoryError(f"{manifest}: article {i}: file {a.file!r} is article {files[path]}'s file too")
            files[path] = i


def _warn_of_future_dates(manifest: Path, articles: Sequence[ArticleEntry]) -> None:
    """A 'published' more than a day ahead is most likely a typo (2062 for 2026); it is kept, with a
    warning, since the conflicts' explanations read the order of publication from it."""
    now = datetime.now(timezone.utc)
    for i, a in enumerate(articles, 1):
        when = parse_datetime(a.published)
        if when is None:
            continue
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        if when > now + timedelta(days=1):
            log.warning("%s: article %d: 'published' %s is in the future", manifest, i, a.published)


EARLIEST_YEAR, LATEST_YEAR = 1800, 2200
"""Publication dates outside these years (in UTC) belong to no news page: a typo or a hostile page.
Near Python's limits (year 1, 9999) the UTC conversion and the weekday arithmetic of fact reading
overflow, which would sink the whole run."""


def date_in_range(when: datetime) -> bool:
    """Whether a publication date lies within EARLIEST_YEAR..LATEST_YEAR (in UTC when it has a zone)."""
    try:
        year = when.astimezone(timezone.utc).year if when.tzinfo is not None else when.year
    except OverflowError:
        return False
    return EARLIEST_YEAR <= year <= LATEST_YEAR


def parse_datetime(value: str | None) -> datetime | None:
    """ISO dates and datetimes ('2025-09-11', '2025-09-11T14:05:00+01:00', 'Z' suffix) of a plausible
    publication (see date_in_range); None for anything else."""
    when = _iso_datetime(value)
    return when if when is not None and date_in_range(when) else None


def _iso_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    v = value.strip()
    if v.endswith("Z"):
        v = v[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(v)
    except ValueError:
        pass
    try:
        return datetime.combine(date.fromisoformat(v[:10]), datetime.min.time())
    except ValueError:
        return None


def _kind(path: Path) -> str:
    suf = path.suffix.lower()
    if suf in (".html", ".htm"):
        return "html"
    if suf == ".md":
        return "md"
    if suf == ".txt":
        return "txt"
    raise ArticleError(f"{path}: unsupported file type {suf or '(none)'} (use .html, .htm, .txt or .md)")


def file_inside(path: Path, folder: Path, folder_name: str) -> Path:
    """`path` with symlinks resolved, if it is a regular file inside `folder`; otherwise
    ValueError saying why ('no such file', 'file is outside the <folder_name> ...; refused')."""
    folder = folder.resolve()
    try:
        real = path.resolve(strict=True)
    except FileNotFoundError:
        raise ValueError("no such file") from None
    except RuntimeError:  # Python < 3.13 on a symlink loop
        raise ValueError("a symlink loop") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise ValueError("a symlink loop") from None
        raise ValueError(f"cannot resolve path ({e.strerror or e})") from None
    if not real.is_relative_to(folder):
        raise ValueError(f"file is outside the {folder_name} {folder}; refused")
    if real.is_dir():
        raise ValueError("a folder, not a file")
    if not real.is_file():
        raise ValueError("not a regular file")
    return real


def read_article_file(story: StorySpec, spec: ArticleSpec, max_bytes: int) -> RawArticle:
    """Read one article file safely: inside the story folder, not too large, not binary."""
    assert spec.file is not None
    shown = spec.file
    try:
        real = file_inside(spec.file, story.folder, "story folder")
    except ValueError as e:
        raise ArticleError(f"{shown}: {e}") from None
    kind = _kind(real)
    size = real.stat().st_size
    if size > max_bytes:
        raise ArticleError(f"{shown}: file is {size:,} bytes, over the {max_bytes:,}-byte limit; refused")
    try:
        with real.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as e:
        raise ArticleError(f"{shown}: cannot read ({e.strerror})") from None
    if len(data) > max_bytes:
        raise ArticleError(f"{shown}: file is over the {max_bytes:,}-byte limit; refused")
    if not data.strip():
        raise ArticleError(f"{shown}: file is empty")
    utf16 = bomless_utf16(data)
    if utf16:
        log.warning("%s: %s text without a byte-order mark; read as such", shown, utf16.upper())
        data = (b"\xff\xfe" if utf16 == "utf-16-le" else b"\xfe\xff") + data  # decoding goes by the mark
    if looks_binary(data):
        raise ArticleError(f"{shown}: binary data, not an HTML or text page")
    if kind != "html" and looks_like_html(data):
        log.warning("%s: an HTML page in a .%s file; read as HTML", shown, kind)
        kind = "html"
    return RawArticle(spec=spec, source=str(shown), data=data, kind=kind, url=spec.url)


_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def looks_like_html(data: bytes) -> bool:
    """Whether a page begins as an HTML document does (a page saved as .txt keeps its markup)."""
    return bool(_HTML_START.match(data[:2048]))


UNICODE_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff")
"""Byte-order marks of UTF-32 and UTF-16 text (longest first): its NUL bytes are text, not binary data."""


def bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for text saved as UTF-16 without a byte-order mark (as some Windows
    tools do): mostly Latin text, so every other byte is NUL and the rest are not, and it decodes to
    printable text. None otherwise (a byte-order mark already says it, or it is not such text)."""
    head = data[:4096]
    head = head[: len(head) // 2 * 2]
    if len(head) < 32 or data.startswith(UNICODE_BOMS):
        return None
    even, odd = head[0::2], head[1::2]
    for enc, nuls, chars in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls.count(0) >= 0.9 * len(nuls) and chars.count(0) <= 0.02 * len(chars):
            text = head.decode(enc, errors="replace")
            if sum(c.isprintable() or c.isspace() for c in text) >= 0.98 * len(text):
                return enc
    return None


_WIDE_CHARSETS = {
    **dict.fromkeys(("utf-16", "utf16", "utf-16le", "utf-16-le", "ucs-2", "ucs2", "iso-10646-ucs-2"), "utf-16-le"),
    **dict.fromkeys(("unicode", "csunicode", "unicodefeff"), "utf-16-le"),
    **dict.fromkeys(("utf-16be", "utf-16-be", "unicodefffe"), "utf-16-be"),
    **dict.fromkeys(("utf-32", "utf32", "utf-32le", "utf-32-le", "ucs-4", "ucs4"), "utf-32-le"),
    **dict.fromkeys(("utf-32be", "utf-32-be"), "utf-32-be"),
}
"""Charset names of UTF-16 and UTF-32 and the codec of text without a byte-order mark: little-endian
where the name leaves it open, as browsers read it (WHATWG Encoding), unless the bytes say otherwise."""


def wide_codec(charset: str | None, data: bytes = b"") -> str | None:
    """The codec a server's charset names when it is UTF-16 or UTF-32 ('utf-16-le', ...), else None.
    Given the bytes: None when they are UTF-8 without a NUL near the start (the header is wrong: Latin
    text in UTF-16 is half NULs), and for 'utf-16' alone they decide the byte order."""
    name = (charset or "").strip().lower()
    codec = _WIDE_CHARSETS.get(name)
    if codec is None or not data:
        return codec
    if b"\x00" not in data[:4096]:
        try:
            data.decode("utf-8")
            return None
        except UnicodeDecodeError:
            pass
    if name in ("utf-16", "utf16"):
        return bomless_utf16(data) or codec
    return codec


def looks_binary(data: bytes, charset: str | None = None) -> bool:
    """NUL bytes near the start, or many control bytes, mean this is not a text page
    (unless a UTF-16 or UTF-32 byte-order mark, or the charset a server declared, says whose NULs they are)."""
    if data.startswith(UNICODE_BOMS) or wide_codec(charset):
        return False
    head = data[:4096]
    if b"\x00" in head[:1024]:
        return True
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return ctrl > len(head) * 0.05
