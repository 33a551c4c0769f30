"""Command line: `reconcile run|eval|calibrate ...`. Turns options into library calls and
exceptions into one-line messages with exit codes:

0 every story reconciled (skipped articles are warnings); 1 a story could not be reconciled;
2 usage or manifest error; 3 warehouse busy after the bounded wait.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, Sequence

from .errors import ModelError, ReconcileError, StoryError, WarehouseBusy, WarehouseError
from .settings import DEFAULT_DB, Settings

EXIT_OK, EXIT_STORY, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        sys.stderr.write(f"reconcile: error: {message} (see reconcile {self.prog.split()[-1]} --help)\n"
                         if " " in self.prog else f"reconcile: error: {message} (see reconcile --help)\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="reconcile", description="Reconcile several outlets' versions of a news story: "
                "align their claims and store agreements, unique claims and conflicts in DuckDB.")
    p.add_argument("--version", action="version", version=f"reconcile {_version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def db_opt(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--db", type=Path, default=None, metavar="FILE",
                        help=f"DuckDB warehouse file (default: $RECONCILE_DB or {DEFAULT_DB})")

    r = sub.add_parser("run", help="reconcile story folders into the warehouse",
                       description="Reconcile each story folder (with a story.toml, or a folder of "
                       ".html/.htm/.txt/.md pages) and store it in the warehouse, replacing that story's earlier rows.")
    r.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="story folder or story.toml")
    db_opt(r)
    r.add_argument("--model", default=None, help="sentence-transformers model name or path "
                   "(default: $RECONCILE_MODEL or the bundled all-MiniLM-L6-v2)")
    r.add_argument("--prefect", action="store_true", help="run as a Prefect flow even without a configured Prefect API")
    r.add_argument("--no-cache", action="store_true", help="embed every sentence even if the warehouse has it")
    r.add_argument("--force", action="store_true",
                   help="reprocess stories whose pages, settings and code are unchanged since their last run")
    r.add_argument("--json", action="store_true", help="print the per-story summary as JSON")

    e = sub.add_parser("eval", help="score alignment, discrepancies and extraction on labelled fixtures")
    e.add_argument("fixtures", nargs="?", type=Path, default=Path("fixtures"), metavar="FIXTURES_DIR")
    e.add_argument("--model", default=None)
    e.add_argument("--threshold", type=float, default=None, help="alignment threshold (default: calibrated)")
    e.add_argument("--json", action="store_true")

    c = sub.add_parser("calibrate", help="choose the alignment threshold on labelled fixtures and save it")
    c.add_argument("fixtures", nargs="?", type=Path, default=Path("fixtures"), metavar="FIXTURES_DIR")
    c.add_argument("--model", default=None)
    c.add_argument("--dry-run", action="store_true", help="print the result without saving calibration.json")
    return p


def _version() -> str:
    from . import __version__
    return __version__


def _prefect_configured() -> bool:
    """A Prefect API is configured by environment or the active profile (read without importing prefect)."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect"))
    try:
        import tomllib
        prof = tomllib.loads((home / "profiles.toml").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    active = os.environ.get("PREFECT_PROFILE") or prof.get("active", "ephemeral")
    return bool(prof.get("profiles", {}).get(active, {}).get("PREFECT_API_URL"))


def _setup_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("reconcile: warning: %(message)s"))
    lib = logging.getLogger("reconcile")
    lib.addHandler(handler)
    lib.setLevel(logging.WARNING)
    lib.propagate = False


def _progress(stage: str, i: int, n: int) -> None:
    if sys.stderr.isatty() and n > 1:
        sys.stderr.write(f"\r{stage}: {i}/{n}" + ("\n" if i == n else ""))
        sys.stderr.flush()


def cmd_run(args: argparse.Namespace) -> int:
    from .pipeline import load_stories

    settings = Settings.from_env(db_path=args.db, model=args.model)
    if args.no_cache or args.force:
        from dataclasses import replace
        settings = replace(settings, use_cache=not args.no_cache, force=args.force)
    specs = load_stories(args.paths)  # manifests validated before torch or prefect is imported
    use_prefect = args.prefect or _prefect_configured()
    if use_prefect:
        from flows.reconcile_flow import run_flow
        summary = run_flow(specs, settings)
    else:
        print("reconcile: running in-process (no Prefect API configured; use --prefect or set "
              "PREFECT_API_URL to run as a Prefect flow)", file=sys.stderr)
        from .pipeline import run_stories
        summary = run_stories(specs, settings, progress=_progress)
    return _report_run(summary, settings, args.json)


def _report_run(summary: Any, settings: Settings, as_json: bool) -> int:
    lines = summary.story_lines()
    for story_id, reason in summary.failed:
        print(f"reconcile: error: story {story_id!r} not reconciled: {reason}", file=sys.stderr)
    if as_json:
        print(json.dumps({"run_id": summary.run_id, "db": str(settings.db_path), "stories": lines,
                          "failed": [{"story_id": s, "reason": r} for s, r in summary.failed]}, indent=2))
    else:
        hdr = f"{'story':<28} {'outlets':>7} {'sentences':>9} {'claims':>6} {'shared(2+)':>10} {'conflicts':>9}"
        print(hdr)
        for ln in lines:
            print(f"{str(ln['story_id'])[:28]:<28} {ln['outlets']:>7} {ln['sentences']:>9} {ln['claims']:>6} "
                  f"{ln['shared_claims']:>10} {ln['discrepancies']:>9}")
        unchanged = len(getattr(summary, "unchanged", []))
        print(f"run {summary.run_id}: {len(lines) - unchanged} stories written to {settings.db_path}"
              + (f", {unchanged} unchanged since their last run (--force to redo)" if unchanged else "")
              + (f", {len(summary.failed)} failed" if summary.failed else "")
              + (f", {summary.skipped} article(s) skipped" if summary.skipped else ""))
    return EXIT_STORY if summary.failed else EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    settings = Settings.from_env(model=args.model, align_threshold=args.threshold)
    report = evaluate(args.fixtures, settings).as_dict()
    if args.json:
        print(json.dumps(report, indent=2))
        return EXIT_OK
    print(f"stories: {report['stories']}   alignment threshold: {report['align_threshold']:.2f}")
    print(f"{'':<24} {'precision':>9} {'recall':>7} {'f1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")

    def row(name: str, s: dict[str, Any]) -> None:
        print(f"{name:<24} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>6.3f} {s['tp']:>5} {s['fp']:>5} {s['fn']:>5}")

    row("alignment (pairs)", report["alignment"])
    for k, s in report["discrepancies"].items():
        row(f"discrepancy {k}", s)
    row("extraction (sentences)", report["extraction"])
    for u in report["unresolved_citations"]:
        print(f"reconcile: warning: citation not found: {u}", file=sys.stderr)
    return EXIT_OK


def cmd_calibrate(args: argparse.Namespace) -> int:
    from .evaluate import calibrate

    settings = Settings.from_env(model=args.model)
    out = calibrate(args.fixtures, settings, write=not args.dry_run)
    print(f"align_threshold={out['align_threshold']:.2f} f1={out['f1_at_threshold']:.3f} "
          f"leave_one_story_out_f1={out['leave_one_story_out_f1']:.3f} stories={out['stories']}"
          + ("" if args.dry_run else " (saved to reconcile/calibration.json)"))
    return EXIT_OK


COMMANDS = {"run": cmd_run, "eval": cmd_eval, "calibrate": cmd_calibrate}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    _setup_logging()
    try:
        return COMMANDS[args.command](args)
    except StoryError as e:
        print(f"reconcile: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except WarehouseBusy as e:
        print(f"reconcile: error: {e}", file=sys.stderr)
        return EXIT_BUSY
    except (ModelError, WarehouseError, ReconcileError) as e:
        print(f"reconcile: error: {e}", file=sys.stderr)
        return EXIT_STORY
    except KeyboardInterrupt:
        print("reconcile: interrupted; the warehouse keeps its last complete stories", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
