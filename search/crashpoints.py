"""Named points in building and adding where a crash test can stop the process dead.

With ``KGSEARCH_CRASH_AT=<name>`` in the environment, the process kills itself with SIGKILL
(as ``kill -9`` would) when it reaches that point, so a test knows exactly where the crash hit
and what the knowledge base must look like afterwards.  Without the variable a point costs one
dictionary lookup.

Points, in the order a build passes them: ``analysed``, ``embedded``, ``stored-document``
(after the first document's transaction), ``stored``, ``generation-written`` (before CURRENT
switches), ``switched`` (after).  Adding passes the first four.
"""

from __future__ import annotations

import os
import signal

__all__ = ["POINTS", "crash_point"]

POINTS = ("analysed", "embedded", "stored-document", "stored", "generation-written", "switched")
ENV = "KGSEARCH_CRASH_AT"


def crash_point(name: str) -> None:
    """Die here, by SIGKILL, when $KGSEARCH_CRASH_AT names this point."""
    if os.environ.get(ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
