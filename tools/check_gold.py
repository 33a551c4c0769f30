"""Check gold label files for real stories (eval/real/*.json) against the story folders.

    python tools/check_gold.py ../shared/real/stories eval/real [basil-000 ...]

Each quote must be a verbatim substring of exactly one sentence of that outlet's text, 25-80
characters, occurring once in the file; claims need at least two outlets; conflicts two
different outlets and a known kind. Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reconcile.segment import split_text  # noqa: E402

KINDS = {"number", "date", "entity", "negation"}


def outlet_texts(folder: Path) -> dict[str, str]:
    manifest = tomllib.loads((folder / "story.toml").read_text(encoding="utf-8"))
    return {a["outlet"]: (folder / a["file"]).read_text(encoding="utf-8") for a in manifest["articles"]}


def check_ref(ref: dict, texts: dict[str, str], where: str) -> list[str]:
    outlet, quote = ref.get("outlet"), ref.get("quote", "")
    if outlet not in texts:
        return [f"{where}: unknown outlet {outlet!r}"]
    if not 25 <= len(quote) <= 80:
        return [f"{where}: quote is {len(quote)} characters (25-80): {quote!r}"]
    text = texts[outlet]
    n = text.count(quote)
    if n != 1:
        return [f"{where}: {outlet}: quote occurs {n} times: {quote!r}"]
    at = text.index(quote)
    for _, s, e in split_text(text):
        if s <= at and at + len(quote) <= e:
            return []
    return [f"{where}: {outlet}: quote spans a sentence boundary: {quote!r}"]


def check_file(path: Path, stories: Path) -> list[str]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        return [f"{path}: cannot read ({e})"]
    folder = stories / gold.get("story", path.stem)
    if not (folder / "story.toml").is_file():
        return [f"{path}: no story folder {folder}"]
    texts = outlet_texts(folder)
    problems = []
    for i, c in enumerate(gold.get("claims", [])):
        where = f"{path.name}: claim {i + 1} ({c.get('label')})"
        members = c.get("members", [])
        if len({m.get("outlet") for m in members}) < 2:
            problems.append(f"{where}: fewer than two outlets")
        for m in members:
            problems += check_ref(m, texts, where)
    for i, d in enumerate(gold.get("conflicts", [])):
        where = f"{path.name}: conflict {i + 1}"
        if d.get("kind") not in KINDS:
            problems.append(f"{where}: kind {d.get('kind')!r} is not one of {sorted(KINDS)}")
        if d.get("a", {}).get("outlet") == d.get("b", {}).get("outlet"):
            problems.append(f"{where}: both sides are the same outlet")
        problems += check_ref(d.get("a", {}), texts, where) + check_ref(d.get("b", {}), texts, where)
    return problems


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    stories, gold = Path(argv[0]), Path(argv[1])
    files = [gold / f"{s}.json" for s in argv[2:]] or sorted(gold.glob("*.json"))
    problems = [p for f in files for p in check_file(f, stories)]
    for p in problems:
        print(p)
    print(f"{len(files)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
