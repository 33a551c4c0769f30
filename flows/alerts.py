"""Alerts: Prefect automations that tell someone when a run goes wrong or finds a new conflict.

`reconcile alerts` creates (or, run again, updates in place) two automations on the Prefect server:

- RUN_ALERT fires when a reconcile or discovery flow run ends Failed, Crashed or Partial. A Partial
  run (articles or stories left out) is a Completed state named "Partial", so Prefect's dashboard
  counts it green; its state-change event is still named `prefect.flow-run.Partial`.
- CONFLICT_ALERT fires on CONFLICT_EVENT, which a flow run emits once per story whose run found
  reported conflicts (above their kind's calibrated gate) that its previous run did not have (every
  conflict of a story new to the warehouse), when the highest confidence among them reaches the
  threshold. The event's resource carries that confidence as a two-decimal label; the automation
  matches it with glob patterns (`confidence_patterns`), so the threshold lives in the automation.

Both send to a Webhook block (made from the URL the user gives, JSON body) or to a notification
block the user names (Slack, e-mail, ... : a subject and a text body).
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

import httpx  # noqa: E402
from prefect import task  # noqa: E402
from prefect.automations import Automation, CallWebhook, EventTrigger, Posture, SendNotification  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.events import emit_event  # noqa: E402

from reconcile import store  # noqa: E402
from reconcile.settings import Settings  # noqa: E402

FLOW_NAMES = ("reconcile-stories", "discover-stories")
"""The flows whose runs RUN_ALERT watches (reconcile_flow.reconcile_stories, discover_flow)."""
BAD_ENDS = ("Failed", "Crashed", "Partial")
CONFLICT_EVENT = "reconcile.conflict.new"
RUN_ALERT = "reconcile: run failed, crashed or partial"
CONFLICT_ALERT = "reconcile: new high-confidence conflict"
WEBHOOK_BLOCK = "reconcile-alerts"
"""Name of the Webhook block `reconcile alerts --webhook URL` saves (overwritten on each call)."""
DEFAULT_MIN_CONFIDENCE = 0.8
MAX_LISTED = 10
"""At most this many conflicts are listed in an event's payload (the count says how many there are)."""


SERVER_ERRORS = (httpx.HTTPError, OSError)
"""What talking to an unreachable or refusing Prefect server raises."""


class AlertsError(Exception):
    """A notification block that does not exist, or no Prefect server to hold the automations."""


def confidence_label(confidence: float) -> str:
    """The confidence as the event carries it: two decimals, clamped to [0, 1]."""
    return f"{min(max(float(confidence), 0.0), 1.0):.2f}"


def confidence_patterns(min_confidence: float) -> list[str]:
    """Glob patterns matching every `confidence_label` at or above `min_confidence` (and nothing below)."""
    start = max(0, min(100, math.ceil(round(min_confidence * 100, 6))))
    out = []
    n = start
    while n < 100:
        if n % 10 == 0:
            out.append(f"0.{n // 10}*")
            n += 10
        else:
            out.append(f"{n / 100:.2f}")
            n += 1
    return [*out, "1.00"]


# -- the event, emitted by the flows -------------------------------------------------------------


def emit_new_conflicts(rows: Sequence[dict[str, Any]], run_id: str) -> list[str]:
    """Emit one CONFLICT_EVENT per story of `rows` (store.new_conflicts); returns the story ids."""
    by_story: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_story.setdefault(str(r["story_id"]), []).append(r)
    for story_id, found in by_story.items():
        found.sort(key=lambda r: -float(r["confidence"]))
        top = float(found[0]["confidence"])
        emit_event(
            event=CONFLICT_EVENT,
            resource={
                "prefect.resource.id": f"reconcile.story.{story_id}",
                "prefect.resource.name": story_id,
                "reconcile.confidence": confidence_label(top),
                "reconcile.new-conflicts": str(len(found)),
            },
            payload={
                "story": story_id,
                "run_id": run_id,
                "count": len(found),
                "confidence": round(top, 3),
                "conflicts": [
                    {
                        "id": r["discrepancy_id"],
                        "kind": r["kind"],
                        "outlet_a": r["outlet_a"],
                        "value_a": r["value_a"],
                        "outlet_b": r["outlet_b"],
                        "value_b": r["value_b"],
                        "explanation": r["explanation"],
                        "confidence": round(float(r["confidence"]), 3),
                    }
                    for r in found[:MAX_LISTED]
                ],
            },
        )
    return list(by_story)


@task(name="alert new conflicts", cache_policy=NO_CACHE)
def new_conflicts_task(settings: Settings, run_id: str, first_seen: list[str]) -> list[str]:
    """Emit CONFLICT_EVENT for the stories this run found new conflicts in (read back from the warehouse,
    so dismissed conflicts and held-back ones never alert); `first_seen`: stories new to the warehouse."""
    rows = store.new_conflicts(settings.db_path, run_id, first_seen, settings.lock_wait_seconds)
    return emit_new_conflicts(rows, run_id)


# -- the automations, created by `reconcile alerts` ---------------------------------------------

RUN_PAYLOAD = (
    '{"alert": "reconcile-run", "state": {{ event.resource["prefect.state-name"]|tojson }}, '
    '"flow_run": {{ event.resource["prefect.resource.name"]|tojson }}, '
    '"flow_run_id": {{ event.resource["prefect.resource.id"].split(".")[-1]|tojson }}, '
    '"message": {{ event.resource["prefect.state-message"]|tojson }}, '
    '"occurred": {{ event.occurred|string|tojson }}}'
)
CONFLICT_PAYLOAD = (
    '{"alert": "reconcile-conflict", "story": {{ event.payload.story|tojson }}, '
    '"new_conflicts": {{ event.payload.count|tojson }}, "confidence": {{ event.payload.confidence|tojson }}, '
    '"run_id": {{ event.payload.run_id|tojson }}, "conflicts": {{ event.payload.conflicts|tojson }}}'
)
RUN_SUBJECT = "reconcile run {{ event.resource['prefect.resource.name'] }}: {{ event.resource['prefect.state-name'] }}"
RUN_BODY = (
    "Flow run {{ event.resource['prefect.resource.name'] }} ended "
    "{{ event.resource['prefect.state-name'] }}: {{ event.resource['prefect.state-message'] }}"
)
CONFLICT_SUBJECT = "reconcile: {{ event.payload.count }} new conflict(s) in {{ event.payload.story }}"
CONFLICT_BODY = (
    "Story {{ event.payload.story }}: {{ event.payload.count }} new conflict(s), "
    "highest confidence {{ event.payload.confidence }}.\n"
    "{% for c in event.payload.conflicts %}- {{ c.explanation }} (confidence {{ c.confidence }})\n{% endfor %}"
)


@dataclass(frozen=True)
class Target:
    """Where alerts go: a Webhook block (JSON body) or another notification block (subject and text)."""

    block_document_id: UUID
    webhook: bool
    label: str
    """For messages: the URL's block name or the named block ('slack-webhook/desk')."""


def webhook_target(url: str) -> Target:
    """Save (or overwrite) the Webhook block WEBHOOK_BLOCK posting JSON to `url`."""
    from prefect.blocks.webhook import Webhook

    block = Webhook(method="POST", url=url, headers={"Content-Type": "application/json"})
    block_id = block.save(WEBHOOK_BLOCK, overwrite=True)
    return Target(block_document_id=block_id, webhook=True, label=f"webhook/{WEBHOOK_BLOCK}")


def block_target(ref: str) -> Target:
    """An existing block named 'TYPE-SLUG/NAME' (as `prefect block ls` shows it)."""
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    slug, sep, name = ref.partition("/")
    if not sep or not slug or not name:
        raise AlertsError(f"--block {ref!r}: give the block as TYPE/NAME, e.g. slack-webhook/desk")
    with get_client(sync_client=True) as client:
        try:
            doc = client.read_block_document_by_name(name=name, block_type_slug=slug)
        except ObjectNotFound:
            raise AlertsError(
                f"--block {ref!r}: no such block on the Prefect server (see `prefect block ls`)"
            ) from None
    return Target(block_document_id=doc.id, webhook=slug == "webhook", label=ref)


def _action(target: Target, payload: str, subject: str, body: str) -> CallWebhook | SendNotification:
    if target.webhook:
        return CallWebhook(block_document_id=target.block_document_id, payload=payload)
    return SendNotification(block_document_id=target.block_document_id, subject=subject, body=body)


def automations(target: Target, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[Automation]:
    """The two automations, not yet saved."""
    run = Automation(
        name=RUN_ALERT,
        description=f"A {' or '.join(FLOW_NAMES)} run ended {', '.join(BAD_ENDS)} (made by `reconcile alerts`).",
        trigger=EventTrigger(
            expect={f"prefect.flow-run.{s}" for s in BAD_ENDS},
            match={"prefect.resource.id": "prefect.flow-run.*"},
            match_related={"prefect.resource.role": "flow", "prefect.resource.name": list(FLOW_NAMES)},
            posture=Posture.Reactive,
            threshold=1,
        ),
        actions=[_action(target, RUN_PAYLOAD, RUN_SUBJECT, RUN_BODY)],
    )
    conflict = Automation(
        name=CONFLICT_ALERT,
        description=(
            f"A run found new conflicts in a story, the highest with confidence >= {min_confidence:g} "
            "(made by `reconcile alerts`)."
        ),
        trigger=EventTrigger(
            expect={CONFLICT_EVENT},
            match={
                "prefect.resource.id": "reconcile.story.*",
                "reconcile.confidence": confidence_patterns(min_confidence),
            },
            posture=Posture.Reactive,
            threshold=1,
        ),
        actions=[_action(target, CONFLICT_PAYLOAD, CONFLICT_SUBJECT, CONFLICT_BODY)],
    )
    return [run, conflict]


def install(target: Target, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[tuple[str, str, UUID]]:
    """Create the automations, or update those of the same name in place (extra copies are deleted).

    Returns (name, 'created' | 'updated', id) per automation."""
    from prefect.client.orchestration import get_client

    out = []
    with get_client(sync_client=True) as client:
        for auto in automations(target, min_confidence):
            same = client.read_automations_by_name(name=auto.name)
            for extra in same[1:]:
                client.delete_automation(extra.id)
            if same:
                auto.id = same[0].id
                auto.update()
                out.append((auto.name, "updated", same[0].id))
            else:
                auto.create()
                out.append((auto.name, "created", auto.id))
    return out


def remove() -> list[str]:
    """Delete the automations (by name); returns the names deleted."""
    from prefect.client.orchestration import get_client

    gone = []
    with get_client(sync_client=True) as client:
        for name in (RUN_ALERT, CONFLICT_ALERT):
            for auto in client.read_automations_by_name(name=name):
                client.delete_automation(auto.id)
                gone.append(name)
    return gone


def api_url() -> str | None:
    """The Prefect API the automations would go to, from Prefect's own settings (None: ephemeral)."""
    from prefect.settings import get_current_settings

    return get_current_settings().api.url


def describe(results: Sequence[tuple[str, str, UUID]], target: Target, min_confidence: float) -> list[str]:
    """One line per automation, for the CLI."""
    where = f"{target.label}"
    lines = []
    for name, how, auto_id in results:
        extra = f", confidence >= {min_confidence:g}" if name == CONFLICT_ALERT else ""
        lines.append(f"{how} automation {name!r} ({auto_id}) -> {where}{extra}")
    return lines
