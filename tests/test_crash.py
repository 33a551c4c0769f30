"""Crash safety: SIGKILL a writer at many points of a write; every story must be one whole version."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reconcile.store import connect

ROOT = Path(__file__).resolve().parent.parent

# The child writes version V of 12 stories (V=1: 3 outlets x 60 sentences; V=2: 4 outlets x 45),
# printing "start" just before the write and "done" after it.
CHILD = r"""
import sys
sys.path.insert(0, {tests!r})
from datetime import datetime, timezone
from test_store import make_result, DIM
from reconcile.store import RunRecord, write_run
version = int(sys.argv[1]); path = sys.argv[2]
results, emb = [], {{}}
for i in range(12):
    r, e = make_result(f"story-{{i}}", n_outlets=3 if version == 1 else 4, n_sent=60 if version == 1 else 45, seed=i)
    results.append(r); emb.update(e)
run = RunRecord(f"run-v{{version}}-{{datetime.now().timestamp()}}", datetime.now(timezone.utc), "m", {{}}, "test")
print("start", flush=True)
write_run(path, run, results, emb, {{}}, DIM, 0, 0, 30)
print("done", flush=True)
"""

SIGNATURES = {1: (3, 180, 60), 2: (4, 180, 45)}  # (articles, sentences, claims) per story


def write(version: int, path: Path, kill_after: float | None = None) -> tuple[bool, float]:
    """Run the child; kill it `kill_after` seconds after it starts writing. Returns (finished, write time)."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(tests=str(ROOT / "tests")), str(version), str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout.readline().strip() == "start"
    t = time.perf_counter()
    if kill_after is not None:
        time.sleep(kill_after)
        os.kill(child.pid, signal.SIGKILL)
    out = child.stdout.read()
    child.wait()
    return "done" in out, time.perf_counter() - t


def story_states(path: Path) -> dict[str, int]:
    """Which whole version each story is in; fails on any mix."""
    with connect(path, wait_seconds=10) as con:
        rows = con.execute("""
            SELECT s.story_id,
                   (SELECT count(*) FROM articles a WHERE a.story_id = s.story_id),
                   (SELECT count(*) FROM sentences x WHERE x.story_id = s.story_id),
                   (SELECT count(*) FROM claims c WHERE c.story_id = s.story_id),
                   s.n_sentences
            FROM stories s""").fetchall()
        orphans = con.execute(
            "SELECT count(*) FROM claim_sentences WHERE claim_id NOT IN (SELECT claim_id FROM claims)"
        ).fetchone()[0]
        dup = con.execute("SELECT count(*) - count(DISTINCT sentence_id) FROM sentences").fetchone()[0]
    assert orphans == 0 and dup == 0
    states = {}
    for story_id, arts, sents, claims, n_sent in rows:
        sig = (arts, sents, claims)
        match = [v for v, s in SIGNATURES.items() if s == sig]
        assert match and n_sent == sents, f"{story_id} is half-written: {sig}"
        states[story_id] = match[0]
    return states


@pytest.mark.slow
def test_sigkill_during_writes_leaves_whole_versions(tmp_path):
    path = tmp_path / "w.duckdb"
    finished, full = write(1, path)
    assert finished and set(story_states(path).values()) == {1}
    _, full2 = write(2, path)
    full = max(full, full2)
    kills = 24
    survived = interrupted = 0
    for k in range(kills):
        version = 1 if k % 2 else 2
        finished, _ = write(version, path, kill_after=full * (k + 0.5) / kills)
        interrupted += not finished
        states = story_states(path)  # opens (replaying the WAL) and checks every story is whole
        assert len(states) == 12
        survived += 1
    assert survived == kills
    # the kills are spread over the duration of a full write measured beforehand; on a busy machine
    # later writes may run faster or slower, so only a quarter is required to land inside the write
    assert interrupted >= kills // 4, f"only {interrupted} of {kills} kills landed inside the write"
    finished, _ = write(2, path)  # a re-run completes after all that
    assert finished and set(story_states(path).values()) == {2}
