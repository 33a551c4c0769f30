"""Command line: `reconcile run|watch|serve|eval|calibrate|report|export|verdict ...`. Turns options into library calls and
exceptions into one-line messages with exit codes:

0 every story reconciled (skipped articles are warnings); 1 a story could not be reconciled;
2 usage or manifest error; 3 warehouse busy after the bounded wait; 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import errno
import json
import logging
import os
import re
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ModelError, ReconcileError, SettingsError, StoryError, WarehouseBusy, WarehouseError

if TYPE_CHECKING:  # imported where settings are built: pydantic-settings stays off `--help` and usage errors
    from .settings import Settings

EXIT_OK, EXIT_STORY, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3
EXIT_INTERRUPTED = 130
"""128 + SIGINT, as shells report a command stopped by Ctrl-C."""
EXIT_BROKEN_PIPE = 141
"""128 + SIGPIPE, as shells report a command whose reader went away (`reconcile export ... | head -1`)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        sys.stderr.write(
            f"reconcile: error: {message} (see reconcile {self.prog.split()[-1]} --help)\n"
            if " " in self.prog
            else f"reconcile: error: {message} (see reconcile --help)\n"
        )
        raise SystemExit(EXIT_USAGE)


def _path(value: str) -> Path:
    """A file or folder argument: an empty one ('--db ""', an unset shell variable) is a usage error,
    not the current folder that Path('') stands for."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty path; give a file or folder name")
    return Path(value)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="reconcile",
        description="Reconcile several outlets' versions of a news story: "
        "align their claims and store agreements, unique claims and conflicts in DuckDB.",
    )
    p.add_argument("--version", action="version", version=f"reconcile {_version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def db_opt(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--db",
            type=_path,
            default=None,
            metavar="FILE",
            help="DuckDB warehouse file (default: $RECONCILE_DB, the config file's db_path, else "
            "warehouse/reconcile.duckdb)",
        )
        _config_opt(sp)

    def model_opts(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--model",
            default=None,
            help="sentence-transformers model name or path (default: $RECONCILE_MODEL or the bundled all-MiniLM-L6-v2)",
        )
        sp.add_argument(
            "--backend",
            default=None,
            choices=("torch", "onnx-int8"),
            help="embedding backend: onnx-int8 (int8 ONNX in onnxruntime, the default for the bundled model) or "
            "torch (fp32 sentence-transformers; the default for any other --model); "
            "default: $RECONCILE_EMBED_BACKEND, else as said",
        )

    r = sub.add_parser(
        "run",
        help="reconcile story folders into the warehouse",
        description="Reconcile each story folder (with a story.toml, or a folder of "
        ".html/.htm/.txt/.md pages) and store it in the warehouse, replacing that story's earlier rows. "
        "A story whose pages, settings and code are unchanged since its last run is not redone.",
        epilog="exit codes: 0 every story reconciled (skipped articles are warnings); 1 a story could "
        "not be reconciled; 2 usage or manifest error; 3 warehouse busy after the bounded wait "
        "($RECONCILE_LOCK_WAIT seconds, default 60); 130 interrupted (Ctrl-C)",
    )
    r.add_argument(
        "paths",
        nargs="+",
        metavar="PATH_OR_URL",
        help="story folder or story.toml, or a folder of story folders (each subfolder with a "
        "story.toml); among several paths (a glob such as fixtures/*), files and folders that are no "
        "story are skipped with a notice; or page URLs, which make one story named by --story",
    )
    db_opt(r)
    model_opts(r)
    r.add_argument("--prefect", action="store_true", help="run as a Prefect flow even without a configured Prefect API")
    r.add_argument("--no-cache", action="store_true", help="embed every sentence even if the warehouse has it")
    r.add_argument(
        "--force",
        action="store_true",
        help="reprocess stories whose pages, settings and code are unchanged since their last run",
    )
    r.add_argument("--json", action="store_true", help="print the per-story summary as JSON")
    r.add_argument(
        "--story", metavar="ID", help="story id of the URLs given (outlets from each page's site name, else its domain)"
    )
    r.add_argument(
        "--reuse-pages",
        action="store_true",
        help="read URL articles from the warehouse's raw_pages (their last fetch) instead of fetching",
    )
    _fetch_opts(r)
    _dask_opts(r)

    e = sub.add_parser(
        "eval",
        help="score alignment, discrepancies and extraction on labelled stories",
        description="Score a folder of labelled story folders: each story's truth.toml, or with "
        "--gold a folder of JSON label files named <story folder>.json (e.g. `reconcile eval "
        "../shared/real/stories --gold eval/real`). JSON labels cannot cite a sentence shorter than "
        "25 characters, so with --gold the pairs holding one are left out of the scores and counted; "
        "'alignment, every pair' scores them as false.",
        epilog="exit codes: 0 scored; 2 usage error, a malformed truth.toml (checked before any work), or a "
        "truth.toml quote that matches no sentence or several of its outlet's article (the scores are printed "
        "first; with --gold such quotes are warnings)",
    )
    e.add_argument("fixtures", nargs="?", type=_path, default=Path("fixtures"), metavar="STORIES_DIR")
    e.add_argument(
        "--gold",
        type=_path,
        default=None,
        metavar="DIR",
        help="folder of JSON gold labels (see eval/README.md) instead of each story's truth.toml",
    )
    e.add_argument("--model", default=None)
    e.add_argument("--threshold", type=float, default=None, help="alignment threshold (default: calibrated)")
    _config_opt(e)
    e.add_argument("--json", action="store_true")

    c = sub.add_parser(
        "calibrate",
        help="fit the alignment scorer and threshold on labelled stories and save them",
        description="Fit the pair scorer on the labelled fixtures (and, with --gold-set, on other "
        "labelled story folders such as real coverage), print the held-out precision/recall curve and "
        "save weights, threshold and discrepancy gates to reconcile/calibration.json.",
    )
    c.add_argument("fixtures", nargs="?", type=_path, default=Path("fixtures"), metavar="FIXTURES_DIR")
    c.add_argument(
        "--gold-set",
        nargs=2,
        action="append",
        type=_path,
        default=[],
        metavar=("STORIES_DIR", "GOLD_DIR"),
        help="another labelled set: story folders and their JSON gold labels (repeatable), e.g. "
        "--gold-set ../shared/real/stories eval/real",
    )
    c.add_argument(
        "--min-precision",
        type=float,
        default=0.85,
        help="held-out alignment precision the threshold must reach on every set (default 0.85)",
    )
    c.add_argument("--model", default=None)
    _config_opt(c)
    c.add_argument("--dry-run", action="store_true", help="print the result without saving calibration.json")
    c.add_argument(
        "--verdicts",
        type=_path,
        default=None,
        metavar="DB",
        help="a warehouse whose conflict verdicts (reconcile verdict ID confirmed | not-a-conflict) are "
        "extra labels for the per-kind discrepancy gates: confirmed ones true conflicts, dismissed ones "
        "false (it must hold the model's embeddings)",
    )

    rp = sub.add_parser(
        "report",
        help="write a story's side-by-side HTML report and credited Markdown digest",
        description="Read a story from the warehouse (read-only) and write an HTML page of its "
        "claims side by side across outlets and/or a credited Markdown digest. Without --html, "
        "--markdown or --out the digest is printed.",
    )
    rp.add_argument("story_id", nargs="?", metavar="STORY_ID", help="story id (see the stories table)")
    db_opt(rp)
    rp.add_argument("--html", type=_path, metavar="FILE", help="write the HTML report here")
    rp.add_argument("--markdown", type=_path, metavar="FILE", help="write the Markdown digest here")
    rp.add_argument("--all", action="store_true", help="every story in the warehouse (needs --out)")
    rp.add_argument("--out", type=_path, metavar="DIR", help="write DIR/<story>.html and DIR/<story>.md")

    vd = sub.add_parser(
        "verdict",
        help="dismiss or confirm a conflict, or judge a claim's grouping",
        description="Store a person's verdict in the warehouse. On a discrepancy (a discrepancy_id "
        "of v_discrepancies or v_discrepancies_all): not-a-conflict hides it from v_discrepancies, "
        "the reports, the run summaries and the other views' counts (v_dismissed_discrepancies "
        "lists it); confirmed marks it. On a claim (a claim_id of v_claims): split (its sentences "
        "do not state one thing) or same-claim. A verdict is stored under the item's content (story, "
        "kind, sentences, values), not its id, so it still applies after re-runs that renumber ids; "
        "a new verdict on the same content replaces the old one. reconcile calibrate --verdicts DB "
        "uses conflict verdicts as extra labels.",
        epilog="exit codes: 0 stored; 2 unknown id, or a verdict that does not fit it; 3 warehouse busy",
    )
    vd.add_argument("item_id", metavar="ID", help="a discrepancy_id or claim_id")
    vd.add_argument(
        "verdict",
        metavar="VERDICT",
        choices=("not-a-conflict", "confirmed", "split", "same-claim"),
        help="not-a-conflict | confirmed (a discrepancy); split | same-claim (a claim)",
    )
    vd.add_argument("--note", metavar="TEXT", help="why, in a few words (stored with the verdict)")
    vd.add_argument("--by", metavar="NAME", help="who gives it (default: $RECONCILE_USER, else the login name)")
    db_opt(vd)
    vd.add_argument("--json", action="store_true")

    x = sub.add_parser(
        "export",
        help="write every table and view of the warehouse as Parquet",
        description="Write DIR/<name>.parquet for every table and view of the warehouse.",
    )
    x.add_argument("--parquet", type=_path, required=True, metavar="DIR", help="folder for the Parquet files")
    db_opt(x)
    sv = sub.add_parser(
        "serve",
        help="serve a watchlist as a scheduled Prefect deployment",
        description="Validate WATCHLIST (stories and a cron or interval schedule), then serve a "
        "Prefect deployment that reconciles its stories on that schedule until interrupted. Watch "
        "the runs, schedule and artifacts in the Prefect UI (see README).",
    )
    sv.add_argument("watchlist", type=_path, metavar="WATCHLIST", help="watchlist TOML file")
    db_opt(sv)
    sv.add_argument("--model", default=None, help="embedding model (default: the watchlist's, else the bundled one)")
    sv.add_argument("--check", action="store_true", help="validate the watchlist and print its schedule; do not serve")
    _fetch_opts(sv)
    _dask_opts(sv)

    al = sub.add_parser(
        "alerts",
        help="create or update the Prefect automations that send alerts",
        description="Create, on the configured Prefect server, two automations: one fires when a "
        "reconcile or discovery flow run ends Failed, Crashed or Partial; one when a run finds new "
        "conflicts in a story (conflicts its previous run did not report) with confidence at least "
        "--min-confidence. Both send to --webhook (a JSON POST, through a Webhook block named "
        "reconcile-alerts) or to the notification block --block names. Run again to change them: "
        "they are updated in place, not duplicated.",
    )
    to = al.add_mutually_exclusive_group(required=True)
    to.add_argument("--webhook", metavar="URL", help="http(s) URL that receives each alert as a JSON POST")
    to.add_argument(
        "--block",
        metavar="TYPE/NAME",
        help="an existing Prefect notification block, e.g. slack-webhook/desk (see `prefect block ls`)",
    )
    to.add_argument("--remove", action="store_true", help="delete the two automations")
    al.add_argument(
        "--min-confidence",
        type=float,
        default=0.8,
        metavar="X",
        help="alert on new conflicts whose highest confidence is at least X (0-1, default 0.8)",
    )

    w = sub.add_parser(
        "watch",
        help="follow outlets' feeds: group new articles into stories and reconcile them",
        description="Read the feeds of OUTLETS_TOML once: fetch the pages of entries not seen "
        "before, group each new article into the story it belongs to (or a new one), and reconcile "
        "every story that has articles from enough outlets and gained an article. Schedule it with "
        "`reconcile serve` and a watchlist's [discovery] table.",
        epilog="exit codes: 0 done (a failed feed or page is a warning); 1 a story could not be reconciled, or "
        "every feed failed; 2 usage or outlets-file error; 3 warehouse busy after the bounded wait",
    )
    w.add_argument("outlets", type=_path, metavar="OUTLETS_TOML", help="outlets file (name, homepage, feeds, labels)")
    db_opt(w)
    model_opts(w)
    w.add_argument("--prefect", action="store_true", help="run as a Prefect flow even without a configured Prefect API")
    w.add_argument(
        "--window-hours",
        type=float,
        default=None,
        metavar="H",
        help="an article joins a story only within H hours of its articles (default 48)",
    )
    w.add_argument(
        "--min-outlets",
        type=int,
        default=None,
        metavar="N",
        help="reconcile a story once it has articles from N independent outlets (default 2)",
    )
    w.add_argument(
        "--threshold",
        type=float,
        default=None,
        metavar="X",
        help="minimum cosine similarity of an article to a story to join it (default 0.55)",
    )
    w.add_argument("--force", action="store_true", help="reconcile every eligible story again, changed or not")
    w.add_argument("--json", action="store_true", help="print the summary as JSON")
    _fetch_opts(w)
    _dask_opts(w)
    return p


def _config_opt(sp: argparse.ArgumentParser) -> None:
    sp.add_argument(
        "--config",
        type=_path,
        default=None,
        metavar="FILE",
        help="settings file (TOML, keys as in the README's Settings table; default: $RECONCILE_CONFIG, "
        "else ./reconcile.toml if present); flags override $RECONCILE_* variables, which override it",
    )


FLAGS = {
    "db_path": "--db",
    "model": "--model",
    "embed_backend": "--backend",
    "align_threshold": "--threshold",
    "allow_hosts": "--allow-host",
    "use_cache": "--no-cache",
    "force": "--force",
    "allow_private": "--allow-private",
    "reuse_pages": "--reuse-pages",
    "dask_workers": "--workers",
    "dask_address": "--dask-address",
}
"""The flag that sets each setting, named in error messages."""


def _settings(args: argparse.Namespace, **flags: Any) -> Settings:
    """Settings from the defaults, the config file, RECONCILE_* variables and these flags (None: not given)."""
    from .settings import Settings

    settings = Settings.from_env(config=getattr(args, "config", None), flags=FLAGS, **flags)
    _check_db_path(settings.db_path)
    return settings


def _check_db_path(db_path: Path) -> None:
    """A warehouse path the file system cannot look up (a name too long) is one line, not a traceback
    from the first Path.exists; a missing file is fine (run creates it, the readers say so)."""
    try:
        os.stat(db_path)
    except OSError as e:
        if e.errno not in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP):
            raise WarehouseError(f"{db_path}: cannot use as the warehouse ({e.strerror})") from None


def _fetch_opts(sp: argparse.ArgumentParser) -> None:
    sp.add_argument(
        "--allow-private",
        action="store_true",
        help="fetch loopback, private, link-local and other non-public addresses (refused by default)",
    )
    sp.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="HOST:PORT",
        help="fetch this host and port although it is not public (repeatable; redirects elsewhere are still checked)",
    )


def _dask_opts(sp: argparse.ArgumentParser) -> None:
    g = sp.add_mutually_exclusive_group()
    g.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="run as a Prefect flow whose extraction and embedding run on a local Dask cluster of N "
        "worker processes (the warehouse is still written by this process)",
    )
    g.add_argument(
        "--dask-address",
        default=None,
        metavar="ADDRESS",
        help="run as a Prefect flow whose extraction and embedding run on the Dask cluster whose "
        "scheduler is at ADDRESS, e.g. tcp://10.0.0.5:8786 (default: $RECONCILE_DASK_ADDRESS)",
    )


def _with_dask(settings: Settings, args: argparse.Namespace) -> Settings:
    """Settings with the Dask cluster the options (or $RECONCILE_DASK_ADDRESS) name; StoryError if malformed."""
    import re

    if args.workers is not None:
        if args.workers < 1:
            raise StoryError("--workers must be at least 1")
        from .settings import MAX_DASK_WORKERS

        if args.workers > MAX_DASK_WORKERS:  # a local cluster of that many processes on this machine
            raise StoryError(f"--workers {args.workers}: at most {MAX_DASK_WORKERS} worker processes on one machine")
        return settings.replace(dask_workers=args.workers, dask_address=None)
    address = args.dask_address or settings.dask_address
    if address is not None and not re.match(r"^(tcp|tls|ucx|inproc)://[^\s/]+$", address):
        raise StoryError(f"--dask-address {address!r}: not a Dask scheduler address such as tcp://host:8786")
    return settings.replace(dask_address=address)


def _check_allow_hosts(entries: Sequence[str]) -> tuple[str, ...]:
    from .fetch import parse_allow_host

    for h in entries:
        try:
            parse_allow_host(h)
        except ValueError as e:
            raise StoryError(f"--allow-host {e}") from None
    return tuple(entries)


def _run_specs(args: argparse.Namespace) -> list[Any]:
    """Story folders, plus one story of the URLs given (validated, nothing fetched yet)."""
    from .fetch import is_url, url_story
    from .pipeline import load_stories
    from .sources import story_paths

    if any(not a.strip() for a in args.paths):  # an unset shell variable, quoted: not the current folder
        raise StoryError("PATH_OR_URL: an empty argument; give a story folder, a story.toml or a page URL")
    for a in args.paths:
        scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://", a)
        if scheme and not is_url(a) and not os.path.exists(a):  # else read as the path 'ftp:/host/x'
            raise StoryError(f"{a!r}: not an http(s) URL; only http and https pages are fetched")
    urls = [a for a in args.paths if is_url(a)]
    paths, notices = story_paths([a for a in args.paths if not is_url(a)])
    for notice in notices:
        print(f"reconcile: {notice}", file=sys.stderr)
    if notices and not paths and not urls:
        raise StoryError(f"no story among the {len(notices)} paths given")
    if urls and not args.story:
        raise StoryError(f"{urls[0]}: page URLs make one story; name it with --story ID")
    if args.story and not urls:
        raise StoryError("--story names the story made of the URLs given; no URL was given")
    specs = load_stories(paths) if paths else []
    if urls:
        story = url_story(args.story, urls)
        if any(s.story_id == story.story_id for s in specs):
            raise StoryError(f"--story {story.story_id!r}: a story folder given has the same id")
        specs.append(story)
    return specs


def _version() -> str:
    from . import __version__

    return __version__


PREFECT_ENV_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_EXTRA_LOGGERS": "reconcile",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}
PREFECT_SOURCES_ENV = ("PREFECT_API_URL", "PREFECT_PROFILE", "PREFECT_PROFILES_PATH", "PREFECT_HOME")
"""Environment variables through which Prefect's settings can come to name an API."""


def _prefect_may_be_configured() -> bool:
    """Whether any source Prefect reads its settings from exists: one of PREFECT_SOURCES_ENV, a .env or
    prefect.toml in the working directory, a pyproject.toml with [tool.prefect], or a profiles file that
    sets PREFECT_API_URL. A cheap over-estimate (file names and substrings): with none of them Prefect has
    no API URL to find, and the ~1.5 s import of prefect.settings is saved."""
    if any(os.environ.get(name) for name in PREFECT_SOURCES_ENV):
        return True
    here = Path.cwd()
    candidates = [
        (here / ".env", "PREFECT_"),
        (here / "prefect.toml", ""),
        (here / "pyproject.toml", "tool.prefect"),
        (Path.home() / ".prefect" / "profiles.toml", "PREFECT_API_URL"),
    ]
    for path, needle in candidates:
        try:
            if needle in path.read_text(encoding="utf-8", errors="replace"):
                return True
        except OSError:
            continue
    return False


def _prefect_configured() -> bool:
    """Whether Prefect's own settings name an API (`get_current_settings().api.url`: the environment, .env,
    prefect.toml, pyproject.toml, the active profile of PREFECT_PROFILES_PATH or PREFECT_HOME). Prefect
    is imported only when one of those sources exists (see _prefect_may_be_configured) or it already is."""
    if "prefect" not in sys.modules and not _prefect_may_be_configured():
        return False
    for name, value in PREFECT_ENV_DEFAULTS.items():  # as flows/tasks.py sets them: before prefect is imported
        os.environ.setdefault(name, value)
    from prefect.settings import get_current_settings

    return bool(get_current_settings().api.url)


def _on_dask(settings: Settings) -> bool:
    return bool(settings.dask_workers or settings.dask_address)


def _use_prefect(asked: bool) -> bool:
    """Run as a Prefect flow when asked or when an API is configured; else say it runs in-process."""
    if asked or _prefect_configured():
        return True
    print(
        "reconcile: running in-process (no Prefect API configured; use --prefect or set "
        "PREFECT_API_URL to run as a Prefect flow)",
        file=sys.stderr,
    )
    return False


_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def _one_line(message: str) -> str:
    """A message as one printable line: control characters from file names, URLs or page text (a
    newline in a file name, a terminal escape in a page's site name) are shown escaped ('\\n')."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], message)


class _OneLineFormatter(logging.Formatter):
    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging API
        record.message = _one_line(record.message)
        return super().formatMessage(record)


def _caller_reports(record: logging.LogRecord) -> bool:
    """Filter: drop a record the command prints itself as an error line (a story a Prefect run could
    not reconcile, logged for the run's logs in the UI), so stderr says it once."""
    return not getattr(record, "reported_by_caller", False)


def _error(message: object) -> None:
    print(f"reconcile: error: {_one_line(str(message))}", file=sys.stderr)


def _setup_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLineFormatter("reconcile: warning: %(message)s"))
    handler.setLevel(logging.WARNING)  # INFO lines (one per story) reach only a Prefect run's logs
    handler.addFilter(_caller_reports)
    lib = logging.getLogger("reconcile")
    lib.addHandler(handler)
    lib.setLevel(logging.INFO)
    lib.propagate = False


FEW_STORIES = 3
"""Runs of more stories than this show a progress bar (on a terminal, without --json)."""


def _progress_bar(stories: int, as_json: bool) -> Any:
    """A context giving the library's progress callback: a bar on a terminal, else None."""
    from contextlib import nullcontext

    if as_json or stories <= FEW_STORIES or not (sys.stdout.isatty() and sys.stderr.isatty()):
        return nullcontext(None)
    return _ProgressBar(stories)


class _ProgressBar:
    """rich progress on stderr: stories written, sentences embedded, their rate and the time left.

    The bar counts sentences; its total is estimated from the stories extracted so far (the
    library reports ("extracted", n, of), ("sentences", n, known) and ("stories", n, of)).
    Other stages (feeds, pages of `watch`) get a bar of their own.
    """

    def __init__(self, stories: int = 0) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

        self.stories, self.extracted = stories, 0
        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[detail]}"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.main: Any = None
        self.stages: dict[str, Any] = {}
        self.written = 0

    def __enter__(self) -> "_ProgressBar":
        self.bar.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.bar.stop()

    def _detail(self, sentences: float) -> str:
        speed = self.bar.tasks[self.main].speed if self.main is not None else None
        rate = f", {speed:,.0f} sentences/s" if speed else ""
        return f"{self.written}/{self.stories} stories, {sentences:,.0f} sentences{rate}"

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage in ("extracted", "sentences", "stories"):
            if self.main is None:
                self.main = self.bar.add_task("reconciling", total=None, detail="")
            if stage == "extracted":
                self.extracted, self.stories = done, total
            elif stage == "stories":
                self.written, self.stories = done, total
                completed = self.bar.tasks[self.main].completed
                if done >= total:
                    self.bar.update(self.main, total=completed or 1, completed=completed or 1)
                self.bar.update(self.main, detail=self._detail(completed))
            else:
                estimate = total * self.stories / self.extracted if self.extracted else None
                self.bar.update(self.main, completed=done, total=max(estimate or done, done, 1))
                self.bar.update(self.main, detail=self._detail(done))
            return
        if stage not in self.stages:
            self.stages[stage] = self.bar.add_task(stage, total=total, detail="")
        self.bar.update(self.stages[stage], completed=done, total=total, detail=f"{done}/{total} {stage}")


def _given(flag: bool, value: Any = True) -> Any:
    """A store_true flag's setting: `value` when the flag is given, else None (the environment or file decide)."""
    return value if flag else None


def cmd_run(args: argparse.Namespace) -> int:
    if args.workers is None and not args.dask_address:
        from .language import preload

        preload()  # py3langid's model loads (0.6 s, mostly off the GIL) while the run's modules import
    settings = _settings(
        args,
        db_path=args.db,
        model=args.model,
        embed_backend=args.backend,
        use_cache=_given(args.no_cache, False),
        force=_given(args.force),
        allow_private=_given(args.allow_private),
        reuse_pages=_given(args.reuse_pages),
        allow_hosts=_check_allow_hosts(args.allow_host) or None,
    )
    settings = _with_dask(settings, args)
    specs = _run_specs(args)  # manifests and URLs validated before torch or prefect is imported
    if _use_prefect(args.prefect or _on_dask(settings)):
        from flows.reconcile_flow import run_flow

        summary = run_flow(specs, settings)
    else:
        from .pipeline import run_stories

        with _progress_bar(len(specs), args.json) as progress:
            summary = run_stories(specs, settings, progress=progress)
    _work_done()
    return _report_run(summary, settings, args.json)


def _report_run(summary: Any, settings: Settings, as_json: bool) -> int:
    lines = summary.story_lines()
    for story_id, reason in summary.failed:
        _error(f"story {story_id!r} not reconciled: {reason}")
    if as_json:
        print(
            json.dumps(
                {
                    "run_id": summary.run_id,
                    "db": str(settings.db_path),
                    "stories": lines,
                    "failed": [{"story_id": s, "reason": r} for s, r in summary.failed],
                },
                indent=2,
            )
        )
    else:
        hdr = f"{'story':<28} {'outlets':>7} {'sentences':>9} {'claims':>6} {'shared(2+)':>10} {'conflicts':>9}"
        print(hdr)
        for ln in lines:
            print(
                f"{str(ln['story_id'])[:28]:<28} {ln['outlets']:>7} {ln['sentences']:>9} {ln['claims']:>6} "
                f"{ln['shared_claims']:>10} {ln['discrepancies']:>9}"
            )
        from .monitor import changes_text

        for ln in lines:  # stories reprocessed that the warehouse held before
            if ln.get("changes") is not None:
                print(f"{ln['story_id']}: since its last run: {changes_text(ln['changes'])}")
        unchanged = len(summary.unchanged)
        print(
            f"run {summary.run_id}: {len(lines) - unchanged} stories written to {settings.db_path}"
            + (f", {unchanged} unchanged since their last run (--force to redo)" if unchanged else "")
            + (f", {len(summary.failed)} failed" if summary.failed else "")
            + (f", {summary.skipped} article(s) skipped" if summary.skipped else "")
        )
    return EXIT_STORY if summary.failed else EXIT_OK


def _not_a_story_folder(folder: Path, command: str) -> None:
    """StoryError when the folder of labelled stories given is one story folder itself."""
    if (folder / "story.toml").is_file():
        raise StoryError(
            f"{folder}: a story folder; `reconcile {command}` reads the folder that holds story folders "
            f"(here {folder.resolve().parent})"
        )


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    settings = _settings(args, model=args.model, align_threshold=args.threshold)
    _not_a_story_folder(args.fixtures, "eval")
    report = evaluate(args.fixtures, settings, args.gold).as_dict()
    discovery = args.fixtures / "discovery"
    if args.gold is None and (discovery / "outlets.toml").is_file() and (discovery / "truth.toml").is_file():
        from .discover import evaluate_grouping

        report["grouping"] = evaluate_grouping(discovery, settings)
    if args.json:
        print(json.dumps(report, indent=2))
        return _unresolved_citations(report, args.gold is None)
    print(f"stories: {report['stories']}   alignment threshold: {report['align_threshold']:.2f}")
    print(f"{'':<24} {'precision':>9} {'recall':>7} {'f1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")

    def row(name: str, s: dict[str, Any]) -> None:
        print(
            f"{name:<24} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>6.3f} {s['tp']:>5} {s['fp']:>5} {s['fn']:>5}"
        )

    row("alignment (pairs)", report["alignment"])
    if "alignment_every_pair" in report:
        row("alignment, every pair", report["alignment_every_pair"])
    for k, s in report["discrepancies"].items():
        row(f"discrepancy {k}", s)
    ex = report["extraction"]
    if ex["tp"] + ex["fp"] + ex["fn"]:  # stories with expected/*.txt only
        row("extraction (sentences)", ex)
    if "alignment_every_pair" in report:
        print(
            f"not scored: {report['uncitable_pairs_not_scored']} predicted pairs holding a sentence shorter than "
            f"{report['min_quote_chars']} characters, which the labels cannot cite "
            "('alignment, every pair' counts them as false)"
        )
    if "grouping" in report:
        g = report["grouping"]
        row("grouping (article pairs)", g["grouping"])
        print(
            f"grouping: {g['articles']} articles, {g['stories']} stories, {g['events']} labelled events; "
            f"syndicated copies found {g['syndication']['tp']}/{g['syndication']['tp'] + g['syndication']['fn']}"
            f" ({g['syndication']['fp']} false)"
        )
        for u in g["unresolved"]:
            print(f"reconcile: warning: grouping label not found: {u}", file=sys.stderr)
    return _unresolved_citations(report, args.gold is None)


def _unresolved_citations(report: dict[str, Any], errors: bool) -> int:
    """One line per citation that resolves to no sentence or several: errors (exit 2) for truth.toml,
    whose quotes must each match one sentence (fixtures/README.md); warnings for JSON gold labels."""
    level = "error" if errors else "warning"
    for u in report["unresolved_citations"]:
        print(f"reconcile: {level}: {u}", file=sys.stderr)
    return EXIT_USAGE if errors and report["unresolved_citations"] else EXIT_OK


def cmd_calibrate(args: argparse.Namespace) -> int:
    from .evaluate import calibrate

    if not 0.0 <= args.min_precision <= 1.0:
        return _usage("calibrate", f"--min-precision {args.min_precision:g}: give a number from 0 to 1")
    if args.verdicts is not None and not args.verdicts.is_file():
        return _usage("calibrate", f"--verdicts {args.verdicts}: no such warehouse file")
    settings = _settings(args, model=args.model)
    _not_a_story_folder(args.fixtures, "calibrate")
    sets = [(args.fixtures, None)] + [(Path(r), Path(g)) for r, g in args.gold_set]
    out = calibrate(sets, settings, write=not args.dry_run, min_precision=args.min_precision, verdicts_db=args.verdicts)
    names = list(out["curve"])
    print("held-out (leave one story out) alignment precision/recall by threshold:")
    print(f"{'threshold':>9}  " + "  ".join(f"{n[-28:]:>28}" for n in names))
    for th in out["curve"][names[0]]:
        mark = " <" if float(th) == out["align_threshold"] else ""
        print(
            f"{th:>9}  "
            + "  ".join(f"{'P %.3f R %.3f F1 %.3f' % tuple(out['curve'][n][th]):>28}" for n in names)
            + mark
        )
    if "verdicts" in out:
        v = out["verdicts"]
        print(
            f"verdicts from {args.verdicts}: {v['confirmed']} confirmed and {v['not_a_conflict']} dismissed "
            f"conflicts in {v['stories']} stories, used as labels for the discrepancy gates"
        )
    print(
        f"align_threshold={out['align_threshold']:.2f} ({out['threshold_rule']}) stories={out['stories']}"
        + ("" if args.dry_run else " (saved to reconcile/calibration.json)")
    )
    return EXIT_OK


def _usage(command: str, message: str) -> int:
    print(f"reconcile: error: {message} (see reconcile {command} --help)", file=sys.stderr)
    return EXIT_USAGE


def cmd_report(args: argparse.Namespace) -> int:
    from . import report

    if args.all and args.story_id:
        return _usage("report", "give a STORY_ID or --all, not both")
    if not args.all and not args.story_id:
        return _usage("report", "give a STORY_ID, or --all with --out DIR")
    if args.all and not args.out:
        return _usage("report", "--all needs --out DIR")
    if args.out and (args.html or args.markdown):
        return _usage("report", "--out cannot be combined with --html or --markdown")
    settings = _settings(args, db_path=args.db)
    if args.all:
        reports = report.load_all_reports(settings.db_path, settings.lock_wait_seconds)
        if not reports:
            print(f"reconcile: warning: {settings.db_path} holds no stories; no report written", file=sys.stderr)
        for rep in reports:
            html_file, md_file = report.report_files(rep, args.out, settings.db_path)
            print(f"report {rep.story_id}: {html_file} {md_file}")
        return EXIT_OK
    rep = report.load_report(settings.db_path, args.story_id, settings.lock_wait_seconds)
    if args.out:
        html_file, md_file = report.report_files(rep, args.out, settings.db_path)
        print(f"report {rep.story_id}: {html_file} {md_file}")
        return EXIT_OK
    if not args.html and not args.markdown:
        sys.stdout.write(report.render_markdown(rep))
        return EXIT_OK
    if args.html:
        print(f"report {rep.story_id}: {report.write_text(args.html, report.render_html(rep), settings.db_path)}")
    if args.markdown:
        print(
            f"digest {rep.story_id}: {report.write_text(args.markdown, report.render_markdown(rep), settings.db_path)}"
        )
    return EXIT_OK


def _user() -> str | None:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name (a container without a passwd entry)
        return None


def cmd_verdict(args: argparse.Namespace) -> int:
    from .store import UnknownItem, record_verdict

    settings = _settings(args, db_path=args.db)
    by = args.by or os.environ.get("RECONCILE_USER") or _user()
    try:
        v = record_verdict(settings.db_path, args.item_id, args.verdict, args.note, by, settings.lock_wait_seconds)
    except UnknownItem as e:
        return _usage("verdict", str(e))
    if args.json:
        print(
            json.dumps(
                {
                    "verdict_key": v.verdict_key,
                    "target": v.target,
                    "verdict": v.verdict,
                    "story_id": v.story_id,
                    "item_id": v.item_id,
                    "kind": v.kind,
                    "detail": v.detail,
                    "note": v.note,
                    "by": v.decided_by,
                    "at": v.decided_at.isoformat(),
                },
                indent=2,
            )
        )
        return EXIT_OK
    effect = {
        "not-a-conflict": "hidden from v_discrepancies and the reports from now on",
        "confirmed": "marked confirmed in v_discrepancies and the reports",
        "split": "recorded in v_claims.verdict",
        "same-claim": "recorded in v_claims.verdict",
    }[v.verdict]
    print(
        f"{v.target} {v.item_id} of story {v.story_id} ({v.detail}): {v.verdict}"
        + (f" by {v.decided_by}" if v.decided_by else "")
        + f"; {effect} (key {v.verdict_key})"
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export_parquet

    settings = _settings(args, db_path=args.db)
    written = export_parquet(settings.db_path, args.parquet, settings.lock_wait_seconds)
    for name, path, rows in written:
        print(f"{name:<24} {rows:>8} rows  {path}")
    print(f"exported {len(written)} tables and views from {settings.db_path} to {args.parquet}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from .watchlist import load_watchlist

    wl = load_watchlist(args.watchlist)  # validated before prefect is imported
    settings = _settings(
        args,
        db_path=args.db or wl.db,
        model=args.model or wl.model,
        allow_private=_given(args.allow_private or wl.allow_private),
        allow_hosts=_check_allow_hosts(list(wl.allow_hosts) + args.allow_host) or None,
    )
    settings = _with_dask(settings, args)
    ids = ", ".join(s.story_id for s in wl.stories)
    if wl.stories or wl.discovery is None:
        print(
            f"watchlist {wl.path.name}: deployment reconcile-stories/{wl.name}, {len(wl.stories)} stories ({ids}), "
            f"{wl.describe()}, warehouse {settings.db_path}"
        )
    if wl.discovery is not None:
        of = wl.discovery.outlets
        print(
            f"watchlist {wl.path.name}: deployment discover-stories/{wl.name}, feeds of {len(of.outlets)} outlets "
            f"({of.path}), {wl.describe()}, warehouse {settings.db_path}"
        )
    if args.check:
        return EXIT_OK
    if not _prefect_configured():
        print(
            "reconcile: warning: no Prefect API configured; serving against a temporary local server that "
            "stops with this command (start `prefect server start` and set PREFECT_API_URL to see runs "
            "in its UI)",
            file=sys.stderr,
        )
    from flows.serve import serve_watchlist

    serve_watchlist(wl, settings)
    return EXIT_OK


def cmd_alerts(args: argparse.Namespace) -> int:
    from urllib.parse import urlsplit

    if args.webhook is not None:
        u = urlsplit(args.webhook)
        if u.scheme not in ("http", "https") or not u.netloc:
            return _usage("alerts", f"--webhook {args.webhook!r}: give an http(s) URL")
    if not 0.0 <= args.min_confidence <= 1.0:
        return _usage("alerts", f"--min-confidence {args.min_confidence:g}: give a number from 0 to 1")
    if not _prefect_configured():
        return _usage(
            "alerts",
            "no Prefect API configured: automations live on a Prefect server (start "
            "`prefect server start` and set PREFECT_API_URL)",
        )
    from flows import alerts  # imports prefect

    try:
        if args.remove:
            gone = alerts.remove()
            print(f"deleted {len(gone)} automation(s)" + (f": {', '.join(gone)}" if gone else ""))
            return EXIT_OK
        target = alerts.webhook_target(args.webhook) if args.webhook else alerts.block_target(args.block)
        done = alerts.install(target, args.min_confidence)
    except alerts.AlertsError as e:
        return _usage("alerts", str(e))
    except alerts.SERVER_ERRORS as e:  # the server unreachable or refusing
        print(f"reconcile: error: Prefect API {alerts.api_url()}: {str(e).splitlines()[0]}", file=sys.stderr)
        return EXIT_STORY
    for line in alerts.describe(done, target, args.min_confidence):
        print(line)
    return EXIT_OK


def cmd_watch(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from .outlets import load_outlets

    of = load_outlets(args.outlets)  # validated before torch or prefect is imported
    if not of.feeds():
        raise StoryError(f"{args.outlets}: no outlet lists any feeds; nothing to watch")
    if args.window_hours is not None and not args.window_hours > 0:
        return _usage("watch", "--window-hours must be a positive number of hours")
    if args.min_outlets is not None and args.min_outlets < 1:
        return _usage("watch", "--min-outlets must be at least 1")
    if args.threshold is not None and not 0 < args.threshold <= 1:
        return _usage("watch", "--threshold must be above 0 and at most 1")
    settings = _settings(
        args,
        db_path=args.db,
        model=args.model,
        embed_backend=args.backend,
        allow_private=_given(args.allow_private),
        allow_hosts=_check_allow_hosts(args.allow_host) or None,
    )
    settings = _with_dask(settings, args)
    from .discover import DiscoverySettings

    overrides = {"window_hours": args.window_hours, "min_outlets": args.min_outlets, "group_threshold": args.threshold}
    ds = replace(DiscoverySettings(force=args.force), **{k: v for k, v in overrides.items() if v is not None})
    if _use_prefect(args.prefect or _on_dask(settings)):
        from flows.discover_flow import run_discovery_flow

        summary = run_discovery_flow(args.outlets, settings, ds)
    else:
        from .discover import discover

        with _progress_bar(len(of.feeds()), args.json) as progress:
            summary = discover(of, settings, ds, progress=progress)
    _work_done()
    return _report_watch(summary, settings, ds, args.json)


def _report_watch(summary: Any, settings: Settings, ds: Any, as_json: bool) -> int:
    for story_id, reason in summary.failed:
        _error(f"story {story_id!r} not reconciled: {reason}")
    d = summary.as_dict()
    status = [f["status"] for f in d["feeds"]]
    every_feed_failed = bool(status) and set(status) == {"failed"}
    if every_feed_failed:
        print(
            f"reconcile: error: every feed failed ({len(status)}; see the warnings above); nothing was read",
            file=sys.stderr,
        )
    code = EXIT_STORY if summary.failed or every_feed_failed else EXIT_OK
    if as_json:
        print(json.dumps({"db": str(settings.db_path), **d}, indent=2, default=str))
        return code
    unchanged = status.count("unchanged") + status.count("not-modified")
    skipped = {o["status"]: 0 for o in d["skipped"]}
    for o in d["skipped"]:
        skipped[o["status"]] += 1
    print(
        f"feeds: {len(status)} ({status.count('ok')} read, {unchanged} unchanged, {status.count('failed')} failed); "
        f"entries: {d['entries_new']} new, {d['entries_seen']} seen before; articles: {d['articles']} read"
        + "".join(f", {n} {k}" for k, n in skipped.items())
    )
    lines = d["stories_reconciled"]
    print(
        f"stories: {len(d['stories_formed'])} formed, {len(d['stories_grown'])} grown, {len(lines)} reconciled, "
        f"{d['stories_waiting']} waiting for {ds.min_outlets} outlets; {d['syndicated']} syndicated "
        f"cop{'y' if d['syndicated'] == 1 else 'ies'} (counted once)"
    )
    if lines:
        width = max(28, *(len(str(ln["story_id"])) for ln in lines))
        print(
            f"{'story':<{width}} {'outlets':>7} {'copies':>6} {'sentences':>9} {'claims':>6} {'shared(2+)':>10} "
            f"{'conflicts':>9}"
        )
        for ln in lines:
            print(
                f"{str(ln['story_id']):<{width}} {ln['outlets']:>7} {ln.get('copies', 0):>6} {ln['sentences']:>9} "
                f"{ln['claims']:>6} {ln['shared_claims']:>10} {ln['discrepancies']:>9}"
            )
    print(
        f"run {summary.run_id}: written to {settings.db_path}"
        + (f", {len(summary.failed)} stories failed" if summary.failed else "")
    )
    return code


COMMANDS = {
    "run": cmd_run,
    "eval": cmd_eval,
    "calibrate": cmd_calibrate,
    "report": cmd_report,
    "export": cmd_export,
    "serve": cmd_serve,
    "watch": cmd_watch,
    "verdict": cmd_verdict,
    "alerts": cmd_alerts,
}


def main(argv: Sequence[str] | None = None) -> int:
    """The console entry point. A Ctrl-C before the command's work is done is the one 'interrupted' line,
    exit 130. Once it is done (the stories written, the summary being printed, the interpreter shutting
    down), a Ctrl-C is ignored and the command's own code stands: Python, having restored SIGINT's
    default action for its last steps, would otherwise die of it (exit -2) or print a traceback from
    its exit handlers. Called with argv (from Python), the caller's SIGINT handler is restored on return."""
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.getsignal(signal.SIGINT) if main_thread else None
    if argv is None:
        _printable_streams()
    try:
        try:
            return _main(argv)
        except BrokenPipeError:  # `reconcile export ... | head -1`: the reader left; the work is done
            if argv is None:
                _quiet_stdout()
            return EXIT_BROKEN_PIPE
        except Exception as e:
            if _interrupt_inside(e):
                raise KeyboardInterrupt from None
            raise
        finally:
            if argv is None:
                _work_done()
            elif previous is not None:
                signal.signal(signal.SIGINT, previous)
    except KeyboardInterrupt:
        # CPython marks a KeyboardInterrupt raised inside exec()'d source (the methods dataclasses and
        # namedtuple generate as modules import) as unhandled even when caught, and then ends the process
        # by SIGINT at exit (-2) instead of with this code; any exec of source clears that mark.
        exec("pass", {})
        print("reconcile: interrupted; the warehouse keeps its last complete stories", file=sys.stderr)
        return EXIT_INTERRUPTED


def _interrupt_inside(error: BaseException) -> bool:
    """Whether an error is a Ctrl-C that DuckDB turned into its own: 'Query interrupted' when it lands while a query
    runs, or 'exporting a stream from the object registered as 'wanted' failed: KeyboardInterrupt' while it reads an
    Arrow table the run registered."""
    seen: set[int] = set()
    e: BaseException | None = error
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, KeyboardInterrupt) or (
            type(e).__module__.startswith("_duckdb") and "KeyboardInterrupt" in str(e)
        ):
            return True
        if isinstance(e, RuntimeError) and str(e) == "Query interrupted":
            return True  # DuckDB's own answer to a Ctrl-C that lands while a query runs
        e = e.__cause__ or e.__context__
    return False


def _printable_streams() -> None:
    """Outlet names, quotes and file names reach any terminal: where stdout or stderr cannot encode a
    character (PYTHONIOENCODING=ascii, an old locale) it is shown escaped rather than raising."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass


def _quiet_stdout() -> None:
    """After a broken pipe: stdout to /dev/null, so the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _work_done() -> None:
    """From here a Ctrl-C is ignored: the command's results are stored and only its report is left."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    _setup_logging()
    try:
        return COMMANDS[args.command](args)
    except (StoryError, SettingsError) as e:
        for problem in getattr(e, "problems", None) or [str(e)]:
            _error(problem)
        return EXIT_USAGE
    except WarehouseBusy as e:
        _error(e)
        return EXIT_BUSY
    except (ModelError, WarehouseError, ReconcileError) as e:
        if _interrupt_inside(e):
            raise KeyboardInterrupt from None  # a Ctrl-C while onnxruntime loaded ('initialization failed')
        _error(e)
        return EXIT_STORY
    except OSError as e:  # the file system refused a file no check foresaw (a cache folder that is a file)
        if e.filename is None or isinstance(e, BlockingIOError):
            raise
        _error(f"{e.filename}: {e.strerror or e}")
        return EXIT_STORY


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
