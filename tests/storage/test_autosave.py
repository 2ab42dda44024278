"""Autosave and recovery: a live session is never offered, a dead one always is."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ucd_desktop.model.draft import Draft
from ucd_desktop.model.notice import Notice
from ucd_desktop.storage.autosave import Autosaver, discard_recovery, find_recoveries
from ucd_desktop.storage.paths import autosave_dir


def draft(summary: str) -> Draft:
    return Draft(notice=Notice(summary=summary))


def test_a_clean_close_leaves_nothing() -> None:
    saver = Autosaver()
    saver.save(draft("a"), None)
    saver.close()
    assert find_recoveries() == []
    assert list(autosave_dir().iterdir()) == []


def test_a_live_session_is_not_offered() -> None:
    saver = Autosaver()
    saver.save(draft("đang soạn"), Path("/x/a.ucd"))
    assert find_recoveries() == []
    saver.close()


def test_a_session_that_ended_without_closing_is_offered(tmp_path: Path) -> None:
    saver = Autosaver()
    saver.save(draft("bản một"), None)
    saver.save(draft("bản hai"), tmp_path / "hop.ucd")
    saver.close(keep=True)  # what a crash leaves (the OS releases the lock)
    (rec,) = find_recoveries()
    assert rec.draft.notice.summary == "bản hai"
    assert rec.source == tmp_path / "hop.ucd"
    discard_recovery(rec)
    assert find_recoveries() == []
    assert list(autosave_dir().iterdir()) == []


def test_a_damaged_autosave_is_skipped_but_not_deleted() -> None:
    bad = autosave_dir() / "20200101-000000-abcdef.ucd"
    bad.write_text("{not json", "utf-8")
    assert find_recoveries() == []
    assert bad.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_process_leaves_a_recoverable_autosave() -> None:
    code = textwrap.dedent(
        """
        import sys, time
        from ucd_desktop.model.draft import Draft
        from ucd_desktop.model.notice import Notice
        from ucd_desktop.storage.autosave import Autosaver
        saver = Autosaver()
        saver.save(Draft(notice=Notice(summary="trước khi sập")), None)
        print("saved", flush=True)
        time.sleep(60)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, env=dict(os.environ), text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "saved"
        assert find_recoveries() == []  # still running: its lock is held
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        if proc.stdout is not None:
            proc.stdout.close()
    (rec,) = find_recoveries()
    assert rec.draft.notice.summary == "trước khi sập"


def test_the_lock_of_a_session_that_never_saved_is_swept() -> None:
    live = Autosaver()
    dead = Autosaver()
    dead.close(keep=True)  # crashed before any autosave: only its lock file remains
    assert find_recoveries() == []
    names = {p.name for p in autosave_dir().iterdir()}
    assert names == {f"{live.session}.lock"}  # the live session's lock is kept
    live.close()
