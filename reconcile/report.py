"""Reports of one reconciled story, read back from the warehouse.

`load_report` reads a story through a read-only connection into a `StoryReport`;
`render_html` turns it into one self-contained page (claims as rows, outlets as columns,
conflicting values marked, every piece of article text escaped); `render_markdown` into a
credited digest: the claims two or more outlets carry, each ending with who reports it, then the
discrepancies in words, then what only one outlet reports.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup

from .errors import ReconcileError
from .monitor import differing_outlets
from .store import connect
from .store import reports as store_reports

log = logging.getLogger(__name__)

UPDATE_HOURS = 3
"""Number conflicts between articles published this many hours apart may be updates (as in v_discrepancies)."""


class UnknownStory(ReconcileError):
    """The warehouse holds no story with the requested id."""


@dataclass(frozen=True)
class ArticleInfo:
    """One outlet article of the story, as listed at the top of a report."""

    article_id: str
    outlet_id: str
    outlet: str
    title: str | None
    url: str | None
    source: str | None
    published_at: datetime | None
    """Publication time in UTC, if known."""


@dataclass(frozen=True)
class Cell:
    """One outlet's sentence in a claim."""

    sentence_id: str
    outlet_id: str
    article_id: str
    position: int
    """Position of the sentence in its article."""
    text: str


@dataclass(frozen=True)
class Conflict:
    """A discrepancy between two outlets' sentences of a claim."""

    kind: str
    sentence_id_a: str
    outlet_id_a: str
    value_a: str
    norm_a: str
    sentence_id_b: str
    outlet_id_b: str
    value_b: str
    norm_b: str
    explanation: str
    confirmed: bool = False
    """A person confirmed it (reconcile verdict ID confirmed)."""


@dataclass(frozen=True)
class ClaimRow:
    """A claim: its member sentences by outlet and the conflicts among them."""

    claim_id: str
    number: int
    """1-based reading order, as shown in the report."""
    cells: tuple[Cell, ...]
    conflicts: tuple[Conflict, ...]
    column: dict[str, int] = field(default_factory=dict, compare=False, hash=False)
    """Column of each outlet in the report (earliest publication first), for tie-breaks."""

    @property
    def outlet_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.outlet_id for c in self.cells))

    @property
    def representative(self) -> Cell:
        """The member sentence in the fewest conflicts, then the earliest-placed (as in v_claims).

        Preferring the fewest conflicts credits the value most outlets agree on.
        """

        def n_conflicts(c: Cell) -> int:
            return sum(c.sentence_id in (k.sentence_id_a, k.sentence_id_b) for k in self.conflicts)

        return min(
            self.cells, key=lambda c: (n_conflicts(c), c.position, self.column.get(c.outlet_id, 0), c.sentence_id)
        )

    @property
    def unique(self) -> bool:
        return len(self.outlet_ids) == 1


@dataclass(frozen=True)
class StoryReport:
    """Everything a report of one story shows."""

    story_id: str
    title: str | None
    db_path: str
    articles: tuple[ArticleInfo, ...]
    outlets: tuple[tuple[str, str], ...]
    """(outlet_id, display name) in column order: earliest publication first."""
    claims: tuple[ClaimRow, ...]
    run_id: str | None
    updated_at: datetime | None
    changes: tuple[tuple[str, str], ...] = ()
    """(change, detail) of story_changes written by the story's latest run: what changed since the
    run before it; empty for a first run or when nothing changed."""

    def name(self, outlet_id: str) -> str:
        return dict(self.outlets).get(outlet_id, outlet_id)

    def published(self, outlet_id: str) -> datetime | None:
        times = [a.published_at for a in self.articles if a.outlet_id == outlet_id and a.published_at]
        return min(times) if times else None

    @property
    def shared_claims(self) -> tuple[ClaimRow, ...]:
        return tuple(c for c in self.claims if not c.unique)

    @property
    def unique_claims(self) -> tuple[ClaimRow, ...]:
        return tuple(c for c in self.claims if c.unique)

    @property
    def n_conflicts(self) -> int:
        return sum(len(c.conflicts) for c in self.claims)


# --------------------------------------------------------------------------------------
# Reading the warehouse
# --------------------------------------------------------------------------------------


def _utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def story_ids(con: Any, db_label: str = "the warehouse") -> list[str]:
    """Every story id in the warehouse, sorted."""
    return store_reports.story_ids(con, db_label)


def read_report(con: Any, story_id: str, db_label: str) -> StoryReport:
    """Read one story from an open connection; raises UnknownStory when it is not there."""
    rows = store_reports.story_rows(con, story_id, db_label)
    if rows is None:
        known = story_ids(con, db_label)
        held = ", ".join(known[:8]) + (f" and {len(known) - 8} more" if len(known) > 8 else "")
        raise UnknownStory(
            f"story {story_id!r} is not in {db_label} " + (f"(it holds: {held})" if known else "(it holds no stories)")
        )
    arts = tuple(
        ArticleInfo(aid, oid, outlet, atitle, url, source, _utc(pub))
        for aid, oid, outlet, atitle, url, source, pub in rows.articles
    )
    outlets: dict[str, str] = {}
    for a in arts:
        outlets.setdefault(a.outlet_id, a.outlet)
    members = rows.members
    outlet_of = {m[2]: m[3] for m in members}
    conflicts: dict[str, list[Conflict]] = {}
    for cid, kind, sa, sb, va, vb, na, nb, expl, confirmed in rows.discrepancies:
        if sa not in outlet_of or sb not in outlet_of:
            log.warning("story %s: discrepancy of claim %s names a sentence outside the claim", story_id, cid)
            continue
        conflicts.setdefault(cid, []).append(
            Conflict(
                kind,
                sa,
                outlet_of[sa],
                va or "",
                na or va or "",
                sb,
                outlet_of[sb],
                vb or "",
                nb or vb or "",
                expl or "",
                bool(confirmed),
            )
        )
    cells: dict[str, list[Cell]] = {}
    for cid, _pos, sid, oid, aid, spos, text in members:
        cells.setdefault(cid, []).append(Cell(sid, oid, aid, spos, text))
    column = {o: i for i, o in enumerate(outlets)}
    claims = tuple(
        ClaimRow(cid, i, tuple(cs), tuple(conflicts.get(cid, ())), column)
        for i, (cid, cs) in enumerate(cells.items(), 1)
    )
    changes = tuple((c, d or "") for c, d in rows.changes)
    return StoryReport(
        story_id,
        rows.title,
        db_label,
        arts,
        tuple(outlets.items()),
        claims,
        rows.run_id,
        _utc(rows.updated_at),
        changes,
    )


CHANGE_LABELS = {
    "claim_added": "Claim added",
    "claim_removed": "Claim removed",
    "discrepancy_new": "New conflict",
    "discrepancy_resolved": "Conflict resolved",
    "article_updated": "Article updated",
}
"""How the report words each story_changes.change."""


def load_report(db_path: Path, story_id: str, wait_seconds: float = 60.0) -> StoryReport:
    """Read one story through a read-only connection."""
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        return read_report(con, story_id, str(db_path))


def load_all_reports(db_path: Path, wait_seconds: float = 60.0) -> list[StoryReport]:
    """Every story of the warehouse, read through one read-only connection."""
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        return [read_report(con, sid, str(db_path)) for sid in story_ids(con, str(db_path))]


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------

# Outlet names read with "the" in running text: "according to the Los Angeles Times".
_THE_LAST_WORDS = {
    "times",
    "post",
    "journal",
    "guardian",
    "telegraph",
    "independent",
    "herald",
    "tribune",
    "economist",
    "press",
    "globe",
    "observer",
    "standard",
    "chronicle",
    "gazette",
    "inquirer",
    "monitor",
    "examiner",
    "courier",
    "register",
    "sun",
    "mirror",
    "star",
    "mail",
    "express",
    "wire",
    "dispatch",
    "bulletin",
    "review",
    "record",
}
_THE_NAMES = {"bbc", "bbc news", "associated press", "new york times", "hill"}


def credit(name: str) -> str:
    """An outlet's name as it reads mid-sentence: 'the BBC', 'Reuters', 'the Chicago Tribune'."""
    n = name.strip()
    if n.lower().startswith("the "):
        return n
    words = n.lower().split()
    if n.lower() in _THE_NAMES or (len(words) >= 2 and words[-1] in _THE_LAST_WORDS):
        return "the " + n
    return n


def natural_list(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _credits(rep: StoryReport, outlet_ids: Iterable[str]) -> str:
    return natural_list([credit(rep.name(o)) for o in outlet_ids])


def _ordered(rep: StoryReport, outlet_ids: Iterable[str]) -> list[str]:
    order = {o: i for i, (o, _) in enumerate(rep.outlets)}
    return sorted(set(outlet_ids), key=lambda o: (order.get(o, len(order)), o))


_KIND_TOPIC = {"number": "the figure", "date": "the date", "entity": "a name"}


def _hours(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None:
        return None
    return abs((b - a).total_seconds()) / 3600.0


def balance_quotes(sentence: str) -> str:
    """Close a quotation that a multi-sentence quote left open at the sentence's end ('“The time for
    talk is over.'), or open one it closes ('Now is the hour of action,” he said.')."""
    s = sentence.strip()
    opens, closes = s.count("\u201c"), s.count("\u201d")
    if opens > closes:
        return s + "\u201d"
    if closes > opens:
        return "\u201c" + s
    if s.count('"') % 2:
        return s + '"' if s.startswith('"') else '"' + s
    return s


def attribute(sentence: str, credit_clause: str) -> str:
    """'Belarus freed 52 prisoners.' + 'according to X' -> 'Belarus freed 52 prisoners, according to X.'"""
    s = balance_quotes(sentence)
    m = re.match(r"(?s)(.*)\.([\"'\u201d\u2019])$", s)
    if m:  # 'He said "we are free."' -> 'He said "we are free," according to X.'
        return f"{m.group(1)},{m.group(2)} {credit_clause}."
    if s.endswith((".", ";", ",", ":")):
        return f"{s[:-1]}, {credit_clause}."
    if s.endswith(("?", "!", '"', "'", "\u201d", "\u2019", ")")):
        return f"{s} ({credit_clause})."
    return f"{s}, {credit_clause}."


def credit_clause(rep: StoryReport, claim: ClaimRow) -> str:
    """'according to Reuters and AP; the BBC differs on the figure (see below)'."""
    members = _ordered(rep, claim.outlet_ids)
    anchor = claim.representative.outlet_id
    differing: dict[str, set[str]] = {}
    for c in claim.conflicts:
        if anchor in (c.outlet_id_a, c.outlet_id_b):
            other = c.outlet_id_b if c.outlet_id_a == anchor else c.outlet_id_a
            differing.setdefault(other, set()).add(c.kind)
    agreeing = [o for o in members if o not in differing]
    # conflicts between two outlets that both agree with the representative sentence otherwise
    among: dict[str, set[str]] = {}
    for c in claim.conflicts:
        if c.outlet_id_a in agreeing and c.outlet_id_b in agreeing:
            for o in (c.outlet_id_a, c.outlet_id_b):
                among.setdefault(o, set()).add(c.kind)
    lead = "as reported by" if "according to" in claim.representative.text.lower() else "according to"
    out = f"{lead} {_credits(rep, agreeing)}"
    if differing:
        who = _ordered(rep, differing)
        kinds = set().union(*differing.values())
        out += f"; {_credits(rep, who)} {_differ_words(kinds, len(who) == 1)}"
    if among:
        who = _ordered(rep, among)
        kinds = set().union(*among.values())
        out += f"; {_credits(rep, who)} {_differ_words(kinds, False, among=True)}"
    if differing or among:
        out += " (see below)"
    return out


def _differ_words(kinds: set[str], singular: bool, among: bool = False) -> str:
    topics = [_KIND_TOPIC.get(k, f"the {k}") for k in ("number", "date", "entity") if k in kinds]
    topics += [f"the {k}" for k in sorted(kinds) if k not in _KIND_TOPIC and k != "negation"]
    parts = []
    if topics:
        verb = "disagree" if among else ("differs" if singular else "differ")
        parts.append(f"{verb} on {natural_list(topics)}")
    if "negation" in kinds:
        if among:
            parts.append("contradict each other")
        else:
            parts.append(("says" if singular else "say") + " otherwise")
    return " and ".join(parts)


def _value_groups(rep: StoryReport, conflicts: Sequence[Conflict]) -> list[tuple[str, str, list[str]]]:
    """Outlets grouped by the (normalised) value they give: [(norm, value as written, outlet ids)]."""
    seen: list[tuple[str, str, str]] = []
    for c in conflicts:
        for oid, value, norm in ((c.outlet_id_a, c.value_a, c.norm_a), (c.outlet_id_b, c.value_b, c.norm_b)):
            if (oid, norm) not in {(o, n) for o, _, n in seen}:
                seen.append((oid, value, norm))
    order = {o: i for i, o in enumerate(_ordered(rep, [s[0] for s in seen]))}
    seen.sort(key=lambda s: order[s[0]])
    groups: dict[str, tuple[str, list[str]]] = {}
    for oid, value, norm in seen:
        groups.setdefault(norm, (value, []))[1].append(oid)
    return [(norm, value, oids) for norm, (value, oids) in groups.items()]


def _polarity(norm: str) -> str | None:
    if norm.startswith("denied"):
        return "in the negative"
    if norm.startswith("affirmed"):
        return "in the affirmative"
    return None


def _value_words(kind: str, value: str) -> str:
    """A value as written, fit to follow 'at' or 'as' mid-sentence ('Twelve' -> 'twelve')."""
    v = value.strip().rstrip(",;:")
    if kind == "number":
        v = re.sub(r"^at\s+", "", v, flags=re.IGNORECASE)  # follows "at": no "at at least 340"
        if len(v) > 1 and v[0].isupper() and v[1].islower():
            v = v[0].lower() + v[1:]
    if kind == "date":
        v = re.sub(r"^(?:at|on|in|by)\s+", "", v, flags=re.IGNORECASE)
    return v


_CLOCK = re.compile(r"^\[?\d{1,2}:\d{2}")


def kind_statement(rep: StoryReport, kind: str, conflicts: Sequence[Conflict]) -> str:
    """'the BBC puts the figure at 14; Reuters and AP at 12' (outlets sharing a value grouped)."""
    parts = []
    groups = _value_groups(rep, conflicts)
    if kind == "negation" and all(_polarity(norm) for norm, _, _ in groups):
        return _polarity_statement(rep, groups)
    clock = kind == "date" and all(_CLOCK.match(norm) for norm, _, _ in groups)
    for i, (_norm, value, oids) in enumerate(groups):
        who = _credits(rep, oids)
        one = len(oids) == 1
        if kind in ("number", "date", "entity"):
            value = _value_words(kind, value)
        if kind == "number":
            parts.append(f"{who} {'puts' if one else 'put'} the figure at {value}" if i == 0 else f"{who} at {value}")
        elif kind in ("date", "entity"):
            what = ("time" if clock else "date") if kind == "date" else "name"
            parts.append(f"{who} {'gives' if one else 'give'} the {what} as {value}" if i == 0 else f"{who} as {value}")
        else:
            verb = ("has" if one else "have") + " " if i == 0 else ""
            parts.append(f"{who} {verb}\u201c{value}\u201d")
    return "; ".join(parts)


def _polarity_statement(rep: StoryReport, groups: list[tuple[str, str, list[str]]]) -> str:
    """'Reuters puts it in the negative (“not seek”); AP and NPR in the affirmative (“seek”, “running”)'."""
    sides: dict[str, tuple[list[str], list[str]]] = {}
    for norm, value, oids in groups:
        oids_, values = sides.setdefault(_polarity(norm) or "", ([], []))
        oids_.extend(o for o in oids if o not in oids_)
        if value not in values:
            values.append(value)
    parts = []
    for i, (side, (oids, values)) in enumerate(sides.items()):
        verb = ("puts" if len(oids) == 1 else "put") + " it " if i == 0 else ""
        quoted = ", ".join(f"\u201c{v}\u201d" for v in values)
        parts.append(f"{_credits(rep, _ordered(rep, oids))} {verb}{side} ({quoted})")
    return "; ".join(parts)


def update_note(rep: StoryReport, conflicts: Sequence[Conflict]) -> str | None:
    """For number conflicts published hours apart: the later figure may be an update.

    Looks at the conflicting pair published furthest apart, as v_discrepancies does per pair.
    """
    best: tuple[float, str, str] | None = None
    for c in conflicts:
        ta, tb = rep.published(c.outlet_id_a), rep.published(c.outlet_id_b)
        h = _hours(ta, tb)
        if h is None or h < UPDATE_HOURS:
            continue
        first, last = (c.outlet_id_a, c.outlet_id_b) if ta <= tb else (c.outlet_id_b, c.outlet_id_a)  # type: ignore[operator]
        if best is None or h > best[0]:
            best = (h, first, last)
    if best is None:
        return None
    h, first, last = best
    return (
        f"{_cap(credit(rep.name(last)))} published {round(h)} hours after {credit(rep.name(first))}, "
        "so its figure may be an update rather than a conflict"
    )


def difference_lines(rep: StoryReport, claim: ClaimRow) -> list[str]:
    """The claim's discrepancies in words, one sentence per kind."""
    by_kind: dict[str, list[Conflict]] = {}
    for c in claim.conflicts:
        by_kind.setdefault(c.kind, []).append(c)
    order = {"number": 0, "date": 1, "entity": 2, "negation": 3}
    lines = []
    for kind in sorted(by_kind, key=lambda k: (order.get(k, 9), k)):
        line = kind_statement(rep, kind, by_kind[kind])
        note = update_note(rep, by_kind[kind]) if kind == "number" else None
        confirmed = " A reviewer confirmed this conflict." if any(c.confirmed for c in by_kind[kind]) else ""
        lines.append(line + ("" if line.endswith(".") else ".") + (f" {note}." if note else "") + confirmed)
    return lines


def conflict_cells(rep: StoryReport, claim: ClaimRow) -> list[Cell]:
    """The claim's sentences that take part in one of its conflicts, in column order."""
    ids = {sid for c in claim.conflicts for sid in (c.sentence_id_a, c.sentence_id_b)}
    order = {o: i for i, o in enumerate(_ordered(rep, claim.outlet_ids))}
    cells = [c for c in claim.cells if c.sentence_id in ids]
    return sorted(cells, key=lambda c: (order.get(c.outlet_id, 99), c.position))


# --------------------------------------------------------------------------------------
# Markdown digest
# --------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")


def md_escape(text: str) -> str:
    """Article text as literal Markdown: no emphasis, links or raw HTML."""
    t = _MD_SPECIAL.sub(r"\\\1", text)
    t = t.replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\s+", " ", t).strip()
    return re.sub(r"^([#+\-]|\d+(?=[.)]))", r"\\\1", t)


def _when(dt: datetime | None) -> str:
    return dt.strftime("%Y-%m-%d %H:%M UTC") if dt else "publication time unknown"


def render_markdown(rep: StoryReport) -> str:
    """The credited digest of one story."""
    title = rep.title or rep.story_id
    names = [n for _, n in rep.outlets]
    out = [f"# {md_escape(title)}", ""]
    out.append(
        f"A credited digest of {len(names)} outlets' reports (story `{rep.story_id}`): "
        f"{md_escape(natural_list(names))}. Each paragraph is a claim two or more of them carry, "
        "followed by who reports it; where they differ and what only one outlet reports come after."
    )
    out += ["", "## Sources", ""]
    for a in rep.articles:
        bits = [f"**{md_escape(a.outlet)}**"]
        if a.title:
            bits.append(f"\u201c{md_escape(a.title)}\u201d")
        bits.append(_when(a.published_at))
        line = ", ".join(bits)
        if a.url:
            line += f": <{a.url}>" if re.match(r"https?://[^\s<>]+$", a.url) else f": {md_escape(a.url)}"
        out.append(f"- {line}")
    out += ["", "## What the outlets report", ""]
    shared = rep.shared_claims
    if not shared:
        out += ["No claim is reported by two or more outlets.", ""]
    for claim in shared:
        out += [md_escape(attribute(claim.representative.text, credit_clause(rep, claim))), ""]
    out += ["## Where they differ", ""]
    conflicted = [c for c in shared if c.conflicts]
    if not conflicted:
        out += ["No discrepancy was found between the outlets.", ""]
    for claim in conflicted:
        lines = difference_lines(rep, claim)
        lines = [lines[0]] + [_cap(x) for x in lines[1:]]
        lines[0] = _cap(lines[0])
        out.append("- " + md_escape(" ".join(lines)))
        # each side in its own words, so a reader can check the disagreement without the articles
        for cell in conflict_cells(rep, claim):
            out.append(f"  - {md_escape(_cap(credit(rep.name(cell.outlet_id))))}: \u201c{md_escape(cell.text)}\u201d")
    if conflicted:
        out.append("")
    out += ["## Reported by one outlet only", ""]
    uniques = rep.unique_claims
    if not uniques:
        out += ["Every claim is reported by two or more outlets.", ""]
    by_outlet: dict[str, list[ClaimRow]] = {}
    for claim in uniques:
        by_outlet.setdefault(claim.outlet_ids[0], []).append(claim)
    for oid in _ordered(rep, by_outlet):
        out += [f"Only {md_escape(credit(rep.name(oid)))} reports:", ""]
        out += [f"- {md_escape(c.representative.text)}" for c in by_outlet[oid]]
        out.append("")
    if rep.changes:
        out += ["## Changes since the previous run", ""]
        out += [f"- {CHANGE_LABELS.get(c, c)}: {md_escape(d)}" for c, d in rep.changes]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------------------
# HTML page
# --------------------------------------------------------------------------------------

COMPACT_OUTLETS = 4
"""With more outlets than this the matrix is compact: a mark per outlet, its sentence on hover (fits a laptop)."""


def mark_segments(text: str, values: Sequence[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """`text` cut into pieces, the first occurrence of each value a piece of its own with its title."""
    spans: list[tuple[int, int, str]] = []
    low = text.lower()
    for value, title in values:
        v = value.strip().lower()
        if not v:
            continue
        start = 0
        while True:
            i = low.find(v, start)
            if i < 0:
                break
            if not any(i < e and s < i + len(v) for s, e, _ in spans):
                spans.append((i, i + len(v), title))
                break
            start = i + 1
    spans.sort()
    out: list[tuple[str, str | None]] = []
    pos = 0
    for s, e, title in spans:
        if s > pos:
            out.append((text[pos:s], None))
        out.append((text[s:e], title))
        pos = e
    if pos < len(text) or not out:
        out.append((text[pos:], None))
    return out


def _cell_view(rep: StoryReport, claim: ClaimRow, cell: Cell, differs: bool = True) -> dict[str, Any]:
    """A cell's sentence with notes on its conflicting values; the values are marked only when its
    outlet differs from the others (monitor.differing_outlets)."""
    values: list[tuple[str, str]] = []
    notes: list[tuple[str, str, str]] = []
    by_kind: dict[str, list[Conflict]] = {}
    for c in claim.conflicts:
        if cell.sentence_id in (c.sentence_id_a, c.sentence_id_b):
            by_kind.setdefault(c.kind, []).append(c)
    for kind, cs in by_kind.items():
        mine = [(c.value_a if c.sentence_id_a == cell.sentence_id else c.value_b) for c in cs]
        others: dict[str, tuple[list[str], list[str]]] = {}  # norm -> (values as written, outlet ids)
        for c in cs:
            mine_a = c.sentence_id_a == cell.sentence_id
            o_oid, o_val, o_norm = (
                (c.outlet_id_b, c.value_b, c.norm_b) if mine_a else (c.outlet_id_a, c.value_a, c.norm_a)
            )
            vals, oids = others.setdefault(o_norm, ([], []))
            if o_val not in vals:
                vals.append(o_val)
            oids.append(o_oid)
        elsewhere = "; ".join(
            f"{' / '.join(vs)} ({natural_list([rep.name(o) for o in _ordered(rep, ns)])})" for vs, ns in others.values()
        )
        own = " / ".join(dict.fromkeys(mine))
        for m in dict.fromkeys(mine):
            values.append((m, f"{kind}: {rep.name(cell.outlet_id)} says {m}; {elsewhere}"))
        notes.append((kind, own, elsewhere))
    return {"segments": mark_segments(cell.text, values if differs else []), "notes": notes}


def is_web_url(url: str | None) -> bool:
    return bool(url and re.match(r"https?://", url, re.IGNORECASE))


def _link(url: str | None) -> Markup:
    if is_web_url(url):
        return Markup('<a href="{0}">{0}</a>').format(url)
    return Markup("{0}").format(url or "")


@lru_cache(maxsize=1)
def _templates() -> Any:
    """The Jinja2 environment over the package's templates/ (package data), autoescaping on."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("reconcile", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals.update(when=_when, link=_link)
    return env


def html_rows(rep: StoryReport) -> list[dict[str, Any]]:
    """One entry per claim: its class, badges, and a cell per outlet column (sentences, marks, notes)."""
    rows = []
    for claim in rep.claims:
        differ = differing_outlets(claim.conflicts, {c.sentence_id: c.outlet_id for c in claim.cells})
        cells = []
        for o, _ in rep.outlets:
            cells.append(
                {
                    "outlet_id": o,
                    "differs": o in differ,
                    "sentences": [_cell_view(rep, claim, c, o in differ) for c in claim.cells if c.outlet_id == o],
                }
            )
        who = _ordered(rep, differ)
        label = "conflict"
        if who:
            label += f": {natural_list([rep.name(o) for o in who])} {'differs' if len(who) == 1 else 'differ'}"
        if any(c.confirmed for c in claim.conflicts):
            label += " (confirmed)"
        rows.append(
            {
                "claim": claim,
                "cells": cells,
                "n_outlets": len(claim.outlet_ids),
                "cls": "unique" if claim.unique else ("conflict" if claim.conflicts else "shared"),
                "only": rep.name(claim.outlet_ids[0]),
                "conflict_label": label,
                "gist": claim.representative.text,
            }
        )
    return rows


def render_html(rep: StoryReport, compact: bool | None = None) -> str:
    """One self-contained page: the story's claims side by side across its outlets (templates/report.html.j2).

    `compact` (default: more than COMPACT_OUTLETS outlets) shows a mark per outlet instead of its
    sentence, the sentence on hover or focus, and a switch back to every sentence."""
    differences = []
    for claim in rep.claims:
        if claim.conflicts:
            lines = difference_lines(rep, claim)
            differences.append((claim.number, " ".join(_cap(x) for x in lines)))
    updated = rep.updated_at.strftime("%Y-%m-%d %H:%M UTC") if rep.updated_at else "unknown"
    return (
        _templates()
        .get_template("report.html.j2")
        .render(
            rep=rep,
            title=rep.title or rep.story_id,
            outlets=list(rep.outlets),
            rows=html_rows(rep),
            compact=len(rep.outlets) > COMPACT_OUTLETS if compact is None else compact,
            differences=differences,
            updated=updated,
            changes=[(CHANGE_LABELS.get(c, c), d) for c, d in rep.changes],
        )
    )


# --------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def write_text(path: Path, text: str, warehouse: Path | None = None) -> Path:
    """Write a report file; ReconcileError (one line) when it cannot be written or is the warehouse's
    own file (or its write-ahead log), which `--html reconcile.duckdb` would otherwise overwrite."""
    path = Path(path)
    if warehouse is not None:
        db = Path(warehouse)
        for held in (db, db.with_name(db.name + ".wal")):
            if _same_file(path, held):
                raise ReconcileError(f"{path}: is the warehouse's own file; give another file for the report")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        raise ReconcileError(f"{path}: cannot write the report ({e.strerror})") from None
    return path


def report_files(rep: StoryReport, out_dir: Path, warehouse: Path | None = None) -> tuple[Path, Path]:
    """Write `<out_dir>/<story>.html` and `.md` (never over the warehouse's file); returns both paths."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", rep.story_id).strip(".-") or "story"
    out_dir = Path(out_dir)
    try:
        is_file = out_dir.exists() and not out_dir.is_dir()
    except OSError as e:  # a name too long
        raise ReconcileError(f"{out_dir}: cannot write the reports there ({e.strerror})") from None
    if is_file:  # else 'DIR/story.html: cannot write the report (File exists)'
        raise ReconcileError(f"{out_dir}: is a file, not a folder; give a folder for the reports")
    return (
        write_text(out_dir / f"{safe}.html", render_html(rep), warehouse),
        write_text(out_dir / f"{safe}.md", render_markdown(rep), warehouse),
    )
