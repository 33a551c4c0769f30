"""flows/alerts.py and `reconcile alerts`: automations on a real Prefect server that POST to a local receiver.

The end-to-end test starts `prefect server start` on a free loopback port with its own PREFECT_HOME
(the automations' triggers and actions run as that server's services), installs the automations
with the real `reconcile alerts` command, then runs the reconcile flow against that server on a
story that ends Partial (one empty article) and has conflicts new to the warehouse: both alerts
must reach the HTTP receiver.
"""

from __future__ import annotations

import fnmatch
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Receiver:
    """An HTTP server on 127.0.0.1 that keeps the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        received = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                received.append(json.loads(data or b"null"))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for(self, alert: str, seconds: float = 90) -> dict:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            found = [b for b in self.bodies if isinstance(b, dict) and b.get("alert") == alert]
            if found:
                return found[0]
            time.sleep(0.2)
        raise AssertionError(f"no {alert!r} alert within {seconds} s; received {self.bodies}")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reconcile", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


# -- without a server ------------------------------------------------------------------------------


@pytest.mark.parametrize("threshold", [0.0, 0.05, 0.5, 0.75, 0.8, 0.83, 0.9, 0.99, 1.0])
def test_confidence_patterns_match_exactly_the_labels_at_or_above(threshold):
    from flows.alerts import confidence_label, confidence_patterns

    pats = confidence_patterns(threshold)
    for n in range(101):
        label = confidence_label(n / 100)
        assert any(fnmatch.fnmatchcase(label, p) for p in pats) == (n / 100 >= threshold - 1e-9), (label, pats)


def test_alerts_cli_checks_its_options_before_any_server(tmp_path):
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "home")}
    env.pop("PREFECT_API_URL", None)
    bad = _cli("alerts", "--webhook", "ftp://example.org/x", env=env)
    assert bad.returncode == 2
    assert bad.stderr.strip() == (
        "reconcile: error: --webhook 'ftp://example.org/x': give an http(s) URL (see reconcile alerts --help)"
    )
    low = _cli("alerts", "--webhook", "http://127.0.0.1:9/hook", "--min-confidence", "1.5", env=env)
    assert low.returncode == 2 and "--min-confidence 1.5: give a number from 0 to 1" in low.stderr
    none = _cli("alerts", "--webhook", "http://127.0.0.1:9/hook", env=env)
    assert none.returncode == 2
    assert none.stderr.startswith("reconcile: error: no Prefect API configured: automations live on a Prefect server")
    both = _cli("alerts", "--webhook", "http://127.0.0.1:9/hook", "--block", "slack-webhook/desk", env=env)
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


def test_new_conflicts_are_those_of_new_stories_and_those_story_changes_records(db):
    from reconcile import store
    from reconcile.pipeline import load_stories, run_stories

    specs = load_stories([FIXTURES / "mine-rescue"])
    first = run_stories(specs, db)
    sid = "mine-rescue"
    with store.connect(db.db_path, read_only=True) as con:
        stored = {
            r[0] for r in con.execute("SELECT discrepancy_id FROM v_discrepancies WHERE story_id = ?", [sid]).fetchall()
        }
    assert stored, "the fixture story has conflicts"
    rows = store.new_conflicts(db.db_path, first.run_id, [sid], db.lock_wait_seconds)
    assert {r["discrepancy_id"] for r in rows} == stored
    assert [r["confidence"] for r in rows] == sorted((r["confidence"] for r in rows), reverse=True)
    assert {"outlet_a", "value_a", "outlet_b", "value_b", "explanation", "kind"} <= set(rows[0])
    # The same story run again (forced): nothing new, so nothing to alert.

    again = run_stories(specs, db.replace(force=True))
    assert store.new_conflicts(db.db_path, again.run_id, [], db.lock_wait_seconds) == []


# -- against a real Prefect server -----------------------------------------------------------------


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """`prefect server start` on a free loopback port, its own PREFECT_HOME and database; yields its API URL."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    env.pop("PREFECT_API_URL", None)
    # Services these tests do not need (triggers, actions and the event stream stay on).
    for service in ("SCHEDULER", "LATE_RUNS", "FOREMAN", "PAUSE_EXPIRATIONS", "CANCELLATION_CLEANUP", "REPOSSESSOR"):
        env[f"PREFECT_SERVER_SERVICES_{service}_ENABLED"] = "false"
    log = (home / "server.log").open("w")
    prefect = shutil.which("prefect", path=str(Path(sys.executable).parent)) or "prefect"
    proc = subprocess.Popen(
        [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    api = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(api + "/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("prefect server did not start: " + (home / "server.log").read_text()[-3000:])
            time.sleep(0.3)
        yield api
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()


@contextmanager
def _against(api: str):
    """Run flows, clients and events of this process against `api` (fresh event and log workers on the
    way in and out, so nothing is sent to another server the session talks to)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.settings import PREFECT_API_URL, temporary_settings

    EventsWorker.drain_all()
    APILogWorker.drain_all()
    with temporary_settings(updates={PREFECT_API_URL: api}):
        try:
            yield
        finally:
            EventsWorker.drain_all()
            APILogWorker.drain_all()


@pytest.mark.slow
def test_partial_run_and_new_conflict_reach_the_webhook(prefect_server, tmp_path, settings):
    from prefect.client.orchestration import get_client

    from flows import alerts

    receiver = Receiver()
    env = {**os.environ, "PREFECT_API_URL": prefect_server, "PREFECT_HOME": str(tmp_path / "cli-home")}
    try:
        made = _cli("alerts", "--webhook", receiver.url, "--min-confidence", "0.9", env=env)
        assert made.returncode == 0, made.stderr
        assert [ln.split(" (")[0] for ln in made.stdout.splitlines()] == [
            f"created automation {alerts.RUN_ALERT!r}",
            f"created automation {alerts.CONFLICT_ALERT!r}",
        ]
        # A notification block the user names instead: the same automations, sending notifications.
        with _against(prefect_server):
            from prefect.blocks.notifications import CustomWebhookNotificationBlock

            CustomWebhookNotificationBlock(name="desk", url=receiver.url, json_data={"text": "{{subject}}"}).save(
                "desk", overwrite=True
            )
            with pytest.raises(alerts.AlertsError, match="no such block on the Prefect server"):
                alerts.block_target("custom-webhook/nowhere")
            done = alerts.install(alerts.block_target("custom-webhook/desk"))
            assert [how for _, how, _ in done] == ["updated", "updated"]
            with get_client(sync_client=True) as client:
                kinds = {a.name: [x.type for x in a.actions] for a in client.read_automations()}
            assert kinds == {alerts.RUN_ALERT: ["send-notification"], alerts.CONFLICT_ALERT: ["send-notification"]}
        # Run again with the webhook and another threshold: the same two automations, updated.
        again = _cli("alerts", "--webhook", receiver.url, "--min-confidence", "0.5", env=env)
        assert again.returncode == 0, again.stderr
        assert [ln.split(" (")[0] for ln in again.stdout.splitlines()] == [
            f"updated automation {alerts.RUN_ALERT!r}",
            f"updated automation {alerts.CONFLICT_ALERT!r}",
        ]

        story = tmp_path / "mine-rescue"
        shutil.copytree(FIXTURES / "mine-rescue", story)
        (story / "empty.html").write_text("", encoding="utf-8")
        with (story / "story.toml").open("a", encoding="utf-8") as f:
            f.write('\n[[articles]]\noutlet = "Wire Desk"\nfile = "empty.html"\n')
        db = tmp_path / "alerts.duckdb"

        with _against(prefect_server):
            with get_client(sync_client=True) as client:
                autos = [a for a in client.read_automations() if a.name.startswith("reconcile: ")]
            assert sorted(a.name for a in autos) == sorted([alerts.RUN_ALERT, alerts.CONFLICT_ALERT])
            conflict = next(a for a in autos if a.name == alerts.CONFLICT_ALERT)
            assert conflict.trigger.match.root["reconcile.confidence"] == alerts.confidence_patterns(0.5)

            from flows.reconcile_flow import reconcile_stories

            state = reconcile_stories(paths=[str(story)], settings=settings.replace(db_path=db), return_state=True)
            assert state.is_completed() and state.name == "Partial", state.message
            run_id = str(state.state_details.flow_run_id)

            ran = receiver.wait_for("reconcile-run")
            found = receiver.wait_for("reconcile-conflict")
    finally:
        receiver.close()

    assert ran["state"] == "Partial" and ran["flow_run_id"] == run_id
    assert ran["message"] == state.message and "1 article skipped" in ran["message"]
    from reconcile.store import connect

    with connect(db, read_only=True) as con:
        top = con.execute(
            "SELECT count(*), max(confidence) FROM v_discrepancies WHERE story_id = 'mine-rescue'"
        ).fetchone()
    assert found["story"] == "mine-rescue" and found["run_id"] == run_id
    assert found["new_conflicts"] == top[0] and found["confidence"] == round(top[1], 3) >= 0.5
    first = found["conflicts"][0]
    assert first["confidence"] == found["confidence"] and first["explanation"]
    # One alert of each: the run ended once, the story's conflicts came as one event.
    assert [b["alert"] for b in receiver.bodies].count("reconcile-conflict") == 1
