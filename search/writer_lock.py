"""The writer lock of a knowledge base directory: an exclusive ``flock`` on ``LOCK`` that every
build, add, remove and prune takes, so writes from all processes take turns.  The kernel drops
it when its holder dies, even by ``kill -9``: a crashed writer never blocks the next one.
"""

from __future__ import annotations

import errno
import fcntl
import os
import sys
import time
from pathlib import Path

from .errors import KnowledgeBaseBusyError

__all__ = ["LOCK", "holder", "process_alive", "writing"]

LOCK = "LOCK"


class writing:
    """The exclusive right to change a knowledge base directory, across processes.

    ``with writing(root, "kgsearch add"):`` waits while another process writes (saying so on
    stderr when ``announce``), for at most ``timeout`` seconds (None: as long as it takes), then
    raises ``KnowledgeBaseBusyError`` naming the holder.  The lock is an ``flock`` on ``LOCK``:
    it dies with its holder.  Threads of one process must serialise among themselves first
    (the knowledge base object does); the lock is not re-entrant.
    """

    def __init__(self, root: Path, what: str, timeout: float | None = None, announce: bool = False):
        self.root, self.what, self.timeout, self.announce = Path(root), what, timeout, announce
        self._fd: int | None = None

    def __enter__(self) -> writing:
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            self._acquire(fd)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} {self.what}\n".encode(), 0)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def _acquire(self, fd: int) -> None:
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        announced = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
            if deadline is not None and time.monotonic() >= deadline:
                raise KnowledgeBaseBusyError(
                    f"{self.root} is being changed by another process ({holder(self.root)}); "
                    "try again when it has finished"
                )
            if self.announce and not announced:
                print(
                    f"kgsearch: waiting for another process to finish writing {self.root} "
                    f"({holder(self.root)})",
                    file=sys.stderr,
                    flush=True,
                )
                announced = True
            time.sleep(0.05)

    def __exit__(self, *exc) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def holder(root: Path) -> str:
    """Who holds (or last held) the writer lock: "pid 1234, kgsearch build"."""
    try:
        pid, _, what = (root / LOCK).read_text().strip().partition(" ")
    except OSError:
        return "unknown process"
    return f"pid {pid}, {what}" if pid else "unknown process"


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` exists (one of another user counts): what tells the leftovers
    of a killed writer from those of a running one."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
