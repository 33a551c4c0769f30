"""What a run shows in an orchestrator's UI: plain builders of markdown and table content.

The Prefect flow publishes these as artifacts (flows/reconcile_flow.py); nothing here imports
prefect, so the content is tested like any other function.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .records import Discrepancy, StoryResult, slugify

AGREE, CONFLICT = "✓", "⚠"
DISCREPANCY_COLUMNS = (
    "kind",
    "outlet_a",
    "value_a",
    "outlet_b",
    "value_b",
    "explanation",
    "confidence",
    "sentence_a",
    "sentence_b",
)
_MAX_KEY = 90


def artifact_key(story_id: str, what: str) -> str:
    """A stable Prefect artifact key: lowercase letters, digits and dashes, from the story id."""
    slug = slugify(story_id)
    return f"{slug[: _MAX_KEY - len(what) - 1].strip('-')}-{what}"


def _cell(text: str, limit: int = 160) -> str:
    t = re.sub(r"\s+", " ", text).strip()
    if len(t) > limit:
        t = t[: limit - 1].rsplit(" ", 1)[0] + "…"
    return t.replace("\\", "\\\\").replace("|", "\\|")


def _outlets(res: StoryResult) -> list[tuple[str, str]]:
    """(outlet_id, outlet name) in the order the story lists its articles."""
    seen: dict[str, str] = {}
    for a in res.articles:
        seen.setdefault(a.outlet_id, a.outlet)
    return list(seen.items())


def differing_outlets(conflicts: Sequence[Discrepancy] | Sequence[Any], outlet_of: Mapping[str, str]) -> set[str]:
    """The outlets that differ in a claim's conflicts: per kind, outlets are grouped by the
    (normalised) value they give, and those outside the largest group differ. Without a largest
    group (one outlet against one, two against two) every outlet in the conflict differs.

    `conflicts` are Discrepancy records or alike (kind, sentence_id_a/b, norm_a/b: the report's
    Conflict); `outlet_of` maps a sentence id to its outlet id.
    """
    out: set[str] = set()
    by_kind: dict[str, list[Any]] = {}
    for d in conflicts:
        by_kind.setdefault(d.kind, []).append(d)
    for ds in by_kind.values():
        groups: dict[str, set[str]] = {}
        for d in ds:
            for sid, norm in ((d.sentence_id_a, d.norm_a), (d.sentence_id_b, d.norm_b)):
                if sid in outlet_of:
                    groups.setdefault(norm, set()).add(outlet_of[sid])
        sizes = sorted((len(g) for g in groups.values()), reverse=True)
        top = sizes[0] if sizes else 0
        majority = (
            None if len(sizes) > 1 and sizes[1] == top else next((n for n, g in groups.items() if len(g) == top), None)
        )
        for norm, oids in groups.items():
            if norm != majority:
                out |= oids - (groups.get(majority, set()) if majority is not None else set())
    return out


def claims_markdown(res: StoryResult, run_id: str | None = None, max_rows: int = 300) -> str:
    """The claims-by-outlets table of a reconciled story, with agreement and discrepancy marks."""
    sid = res.spec.story_id
    outlets = _outlets(res)
    by_id = {s.sentence_id: s for s in res.sentences}
    conflicts: dict[str, list] = {}
    for d in res.discrepancies:
        conflicts.setdefault(d.claim_id, []).append(d)
    shared = [c for c in res.claims if c.n_outlets >= 2]
    in_conflict = [c for c in shared if c.claim_id in conflicts]
    lines = [f"## {_cell(res.spec.title or sid, 200)}", ""]
    facts = [f"story `{sid}`"] + ([f"run `{run_id}`"] if run_id else [])
    facts.append(f"{len(outlets)} outlets, {len(res.articles)} articles, {len(res.sentences)} sentences")
    lines.append(" · ".join(facts))
    lines += [
        "",
        f"**{len(res.claims)} claims**: {len(shared) - len(in_conflict)} agreed by two or more outlets, "
        f"{len(in_conflict)} in conflict, {len(res.claims) - len(shared)} reported by one outlet only.",
        "",
    ]
    if res.claims:
        lines.append("| # | claim | " + " | ".join(_cell(name, 40) for _, name in outlets) + " | status |")
        lines.append("|--:|---|" + ":-:|" * len(outlets) + "---|")
        for n, claim in enumerate(res.claims[:max_rows], 1):
            members = [by_id[s] for s in claim.sentence_ids if s in by_id]
            if not members:
                continue
            first = min(members, key=lambda s: (s.position, s.outlet_id))
            ds = conflicts.get(claim.claim_id, [])
            flagged = differing_outlets(ds, {sid: s.outlet_id for sid, s in by_id.items()})
            present = {s.outlet_id for s in members}
            marks = [(CONFLICT if oid in flagged else AGREE) if oid in present else "" for oid, _ in outlets]
            if ds:
                kinds = sorted({d.kind for d in ds})
                d0 = ds[0]
                status = f"conflict: {', '.join(kinds)} ({_cell(d0.value_a, 30)} vs {_cell(d0.value_b, 30)})"
            elif claim.n_outlets >= 2:
                status = f"agree ({claim.n_outlets})"
            else:
                status = "one outlet"
            lines.append(f"| {n} | {_cell(first.text)} | " + " | ".join(marks) + f" | {status} |")
        if len(res.claims) > max_rows:
            lines.append(f"\n… and {len(res.claims) - max_rows} more claims (see the warehouse).")
        lines += [
            "",
            f"{AGREE} reports the claim · {CONFLICT} differs from the other outlets on a value "
            "(every outlet in the conflict when no value has a majority) · blank: does not report it",
        ]
    if res.skips:
        lines += ["", f"**Skipped articles ({len(res.skips)})**", ""]
        lines += [f"- {_cell(k.reason, 300)}" for k in res.skips]
    return "\n".join(lines) + "\n"


def failed_story_markdown(story_id: str, reason: str, run_id: str | None = None) -> str:
    """What the claims artifact says when a story could not be reconciled this run."""
    where = f" (run `{run_id}`)" if run_id else ""
    return f"## {_cell(story_id, 200)}\n\n**Not reconciled**{where}: {_cell(reason, 2000)}\n"


def discrepancy_rows(res: StoryResult) -> list[dict[str, object]]:
    """One row per discrepancy of a story, for a table artifact (columns: DISCREPANCY_COLUMNS)."""
    by_id = {s.sentence_id: s for s in res.sentences}
    names = dict(_outlets(res))
    rows = []
    for d in res.discrepancies:
        a, b = by_id.get(d.sentence_id_a), by_id.get(d.sentence_id_b)
        rows.append(
            {
                "kind": d.kind,
                "outlet_a": names.get(a.outlet_id, a.outlet_id) if a else "",
                "value_a": d.value_a,
                "outlet_b": names.get(b.outlet_id, b.outlet_id) if b else "",
                "value_b": d.value_b,
                "explanation": d.explanation,
                "confidence": round(float(d.confidence), 2),
                "sentence_a": _cell(a.text, 300) if a else "",
                "sentence_b": _cell(b.text, 300) if b else "",
            }
        )
    return rows


SUMMARY_COLUMNS = ("story", "status", "outlets", "claims", "shared", "conflicts", "skipped", "changes", "report")


def changes_text(changes: Mapping[str, int] | None, unchanged: bool = False) -> str:
    """What changed in a story since its previous run, in words: '+2 claims, -1 claim, 1 new conflict,
    1 resolved, 1 article updated', 'none', 'first run' (no previous run) or 'none (unchanged)'."""
    if unchanged:
        return "none (unchanged)"
    if changes is None:
        return "first run"
    parts = []
    if changes.get("claims_added"):
        parts.append(f"+{_plural(changes['claims_added'], 'claim')}")
    if changes.get("claims_removed"):
        parts.append(f"-{_plural(changes['claims_removed'], 'claim')}")
    if changes.get("discrepancies_new"):
        parts.append(
            f"{changes['discrepancies_new']} new {'conflict' if changes['discrepancies_new'] == 1 else 'conflicts'}"
        )
    if changes.get("discrepancies_resolved"):
        parts.append(f"{changes['discrepancies_resolved']} resolved")
    if changes.get("articles_updated"):
        parts.append(f"{_plural(changes['articles_updated'], 'article')} updated")
    return ", ".join(parts) or "none"


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def summary_rows(
    lines: Sequence[Mapping[str, object]],
    failed: Sequence[tuple[str, str]] = (),
    reports: Mapping[str, str] | None = None,
) -> list[dict[str, object]]:
    """One row per story of a run (columns: SUMMARY_COLUMNS), from its story lines
    (pipeline.story_line, or the stored line of an unchanged story) and its failed stories.

    `reports` maps a story id to the path of the report written for it this run.
    """
    reports = reports or {}
    rows: list[dict[str, object]] = []
    for ln in lines:
        sid = str(ln["story_id"])
        rows.append(
            {
                "story": sid,
                "status": "unchanged" if ln.get("unchanged") else "changed",
                "outlets": ln.get("outlets", 0),
                "claims": ln.get("claims", 0),
                "shared": ln.get("shared_claims", 0),
                "conflicts": ln.get("discrepancies", 0),
                "skipped": ln.get("skipped", 0),
                "changes": changes_text(ln.get("changes"), bool(ln.get("unchanged"))),  # type: ignore[arg-type]
                "report": reports.get(sid, ""),
            }
        )
    for sid, _ in failed:
        rows.append(
            {
                "story": sid,
                "status": "failed",
                "outlets": 0,
                "claims": 0,
                "shared": 0,
                "conflicts": 0,
                "skipped": 0,
                "changes": "",
                "report": "",
            }
        )
    return rows


def run_message(
    rows: Sequence[Mapping[str, object]], failed: Sequence[tuple[str, str]] = (), skips: Sequence[object] = ()
) -> str:
    """The run's final state message: counts first ('8 stories: 2 changed, 6 unchanged, 0 failed,
    1 article skipped'), then the failed stories with their reasons and the skipped articles by story."""
    status = [r["status"] for r in rows]
    msg = (
        f"{_plural(len(rows), 'story', 'stories')}: {status.count('changed')} changed, "
        f"{status.count('unchanged')} unchanged, {status.count('failed')} failed, "
        f"{_plural(len(skips), 'article')} skipped"
    )
    if failed:
        msg += "; not reconciled: " + ", ".join(f"{sid} ({reason})" for sid, reason in failed)
    by_story: dict[str, list[str]] = {}
    for k in skips:
        by_story.setdefault(str(getattr(k, "story_id", "")), []).append(str(getattr(k, "reason", k)))
    for sid, reasons in by_story.items():
        msg += f"; {sid}: {_plural(len(reasons), 'article')} skipped ({'; '.join(reasons)})"
    return msg if len(msg) <= 2000 else msg[:1999] + "…"


def summary_markdown(
    rows: Sequence[Mapping[str, object]],
    message: str,
    run_id: str | None = None,
    failed: Sequence[tuple[str, str]] = (),
) -> str:
    """The run summary artifact: the message, then one row per story."""
    lines = ["## Run summary", ""]
    lines.append((f"run `{run_id}` · " if run_id else "") + _cell(message.split("; ", 1)[0], 300))
    if rows:
        lines += [
            "",
            "| story | status | outlets | claims | shared | conflicts | skipped | changes since last run | report |",
            "|---|---|--:|--:|--:|--:|--:|---|---|",
        ]
        lines += [
            f"| {_cell(str(r['story']), 80)} | {r['status']} | {r['outlets']} | {r['claims']} | {r['shared']} | "
            f"{r['conflicts']} | {r['skipped']} | {r['changes']} | {_cell(str(r['report']), 200)} |"
            for r in rows
        ]
    if failed:
        lines += ["", f"**Not reconciled ({len(failed)})**", ""]
        lines += [f"- {_cell(sid, 80)}: {_cell(reason, 500)}" for sid, reason in failed]
    return "\n".join(lines) + "\n"
