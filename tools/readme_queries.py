"""Regenerate the README's example query outputs from a demo warehouse.

    python tools/readme_queries.py --db build/readme.duckdb [--readme README.md] [--check]

`make readme-queries` first reconciles every fixture story into build/readme.duckdb (the same
warehouse the tests' `demo_db` builds), then runs this. With --check nothing is written and the
exit code is 1 when the README is out of date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile.errors import ReconcileError  # noqa: E402
from reconcile.queries import load_queries, render_region, replace_region  # noqa: E402
from reconcile.store import connect  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", type=Path, default=ROOT / "build" / "readme.duckdb")
    p.add_argument("--readme", type=Path, default=ROOT / "README.md")
    p.add_argument("--check", action="store_true", help="only report whether the README is current")
    args = p.parse_args()
    queries = load_queries()
    try:
        with connect(args.db, read_only=True) as con:
            body = render_region(con, queries)
    except ReconcileError as e:
        print(f"readme_queries: error: {e}", file=sys.stderr)
        return 1
    old = args.readme.read_text(encoding="utf-8")
    new = replace_region(old, body)
    if args.check:
        print("README queries are current" if new == old else "README queries are out of date")
        return 0 if new == old else 1
    if new != old:
        args.readme.write_text(new, encoding="utf-8")
    print(f"{args.readme}: {len(queries)} example queries from {args.db}" + ("" if new != old else " (unchanged)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
