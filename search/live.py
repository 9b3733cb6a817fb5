"""One opened knowledge base as every view of it in this process shares it: the open generation,
the live snapshot kept up to date with other processes' changes, and the locks that order this
process's threads (the directory's writer lock, in ``lifecycle``, orders processes).

Reads never wait: a call takes the live snapshot once, and a reader notices another process's
change (a new revision, or a build's new generation) within ``POLL_SECONDS`` and swaps in a
snapshot of it: the next one made from the change log when it can be
(``snapshot_update.next_snapshot``), else one loaded from scratch.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
import weakref
from contextlib import ExitStack

from . import inventory, lifecycle
from .errors import KnowledgeBaseError, damaged
from .snapshot import NeedsFullLoad, Snapshot, load_snapshot
from .snapshot_update import next_snapshot

__all__ = ["POLL_SECONDS", "Live", "Writing"]

#: how often a reader looks for another process's change (a new revision or generation)
POLL_SECONDS = 0.2

log = logging.getLogger(__name__)


class Live:
    """What every view of one opened knowledge base shares: the open generation, the live
    snapshot, and the locks that order this process's threads (the directory's writer lock
    orders processes)."""

    def __init__(self, gen: lifecycle.Generation, lock_timeout: float | None, announce: bool):
        self.root = gen.root
        self.gen = gen
        self.snapshot: Snapshot | None = None
        self.lock_timeout = lock_timeout
        self.announce = announce  # say on stderr when a write waits for another process
        self.write_lock = threading.Lock()  # one writer thread at a time in this process
        self.refresh_lock = threading.Lock()  # one thread brings the snapshot up to date
        self.checked = 0.0  # monotonic time of the last look for changes
        self.closed = False
        self.watcher: threading.Thread | None = None

    # ---- reading the live snapshot ------------------------------------------------------------
    def current(self) -> Snapshot:
        """The live snapshot, brought up to date when it is time to look (never waits for
        another thread that is doing so, except for the very first load).  With a watcher
        thread (``watch``) the reader never looks itself: a large change then costs the
        watcher, not the request that happened to come first."""
        if self.snapshot is None:
            self.refresh(force=True)
        elif self.watcher is None and time.monotonic() - self.checked >= POLL_SECONDS:
            self.refresh(force=False)
        return self.snapshot

    def refresh(self, force: bool) -> None:
        """Swap in a snapshot of the live revision if it is not the one held.  ``force`` waits
        for a refresh running in another thread and propagates errors; otherwise a failed
        refresh is logged and the old snapshot kept."""
        if not self.refresh_lock.acquire(blocking=force):
            return
        try:
            self.checked = time.monotonic()
            try:
                self.follow_current()
                snap, gen = self.snapshot, self.gen
                if snap is None or snap.generation != gen.name:
                    self.snapshot = load_snapshot(gen.store, gen.embedder, gen.dir)
                elif snap.revision != gen.store.revision():
                    try:  # what changed since, at what it costs
                        self.snapshot = next_snapshot(snap, gen.store)
                    except NeedsFullLoad as e:
                        log.info("loading %s again: %s", self.root, e)
                        self.snapshot = load_snapshot(gen.store, gen.embedder, gen.dir)
            except Exception as e:
                if force or self.snapshot is None:
                    if isinstance(e, sqlite3.DatabaseError):
                        raise damaged(self.gen.store.path, str(e)) from None
                    raise
                log.warning("kept revision %s of %s: %s", self.snapshot.revision, self.root, e)
        finally:
            self.refresh_lock.release()

    def follow_current(self) -> None:
        """Open the generation CURRENT names if it is not the open one (a build replaced it).
        The old one's lease is released: the snapshot read from it lives in memory."""
        name = lifecycle.current_generation(self.root)
        if name is None or name == self.gen.name:
            return
        new = lifecycle.open_generation(self.root, loaded=self.gen.embedder)
        old, self.gen = self.gen, new
        old.close()
        self.try_prune()

    def try_prune(self) -> None:
        """Remove generations nobody uses any more, if no other process is writing."""
        try:
            with lifecycle.writing(self.root, "pruning old generations", timeout=0):
                lifecycle.prune(self.root)
        except KnowledgeBaseError:
            pass  # a writer is busy; it (or a later one) prunes
        except OSError as e:
            log.warning("could not prune old generations of %s: %s", self.root, e)

    def write_manifest(self) -> None:
        """manifest.json after a write: counts of the snapshot when one is loaded, else the
        counts the store gives without resolving anything."""
        snap, gen = self.snapshot, self.gen
        if snap is not None and snap.generation == gen.name:
            counts = inventory.counts(snap)
            revision = snap.revision
        else:
            counts, revision = gen.store.counts(), gen.store.revision()
        lifecycle.write_manifest(gen, counts, revision)

    def after_write(self) -> float:
        """Bring the snapshot up to date with a write just made and write the manifest; returns
        the seconds it took.  A process that never read the knowledge base does not load it."""
        t = time.perf_counter()
        if self.snapshot is not None:
            self.refresh(force=True)
        self.try_write_manifest()
        return time.perf_counter() - t

    def try_write_manifest(self) -> None:
        """``write_manifest``; a failure is only logged: the write itself is done."""
        try:
            self.write_manifest()
        except Exception as e:  # the manifest is for people; the write itself is done
            log.warning("could not write the manifest of %s: %s", self.root, e)

    # ---- writing ----------------------------------------------------------------------------
    def writing(self, what: str):
        """The writer lock of the directory, with the open generation made the live one."""
        return Writing(self, what)

    def watch(self, interval: float) -> None:
        """Look for other processes' changes every ``interval`` seconds in a daemon thread, so
        that no request waits for a snapshot to load."""
        if self.watcher is not None:
            return
        ref = weakref.ref(self)

        def loop():
            while True:
                time.sleep(interval)
                live = ref()
                if live is None or live.closed:
                    return
                try:
                    live.refresh(force=True)
                except Exception as e:  # keep serving the old revision; try again later
                    log.warning("could not bring %s up to date: %s", live.root, e)
                del live

        self.watcher = threading.Thread(target=loop, name="kgsearch-watch", daemon=True)
        self.watcher.start()

    def close(self) -> None:
        self.closed = True
        with self.write_lock, self.refresh_lock:
            self.gen.close()


class Writing:
    """This process's writer turn (``write_lock``, among its threads) and then the directory's
    writer lock (``lifecycle.writing``, among processes), released in the reverse order."""

    def __init__(self, live: Live, what: str):
        self._live, self._what = live, what
        self._held: ExitStack | None = None

    def __enter__(self) -> lifecycle.Generation:
        live = self._live
        with ExitStack() as held:
            live.write_lock.acquire()
            held.callback(live.write_lock.release)
            held.enter_context(
                lifecycle.writing(
                    live.root, self._what, timeout=live.lock_timeout, announce=live.announce
                )
            )
            with live.refresh_lock:
                live.follow_current()
            self._held = held.pop_all()
        return live.gen

    def __exit__(self, *exc) -> None:
        held, self._held = self._held, None
        held.__exit__(*exc)
