"""What the workers of a bulk build share: which part each one writes, and which files a helper reads.

A worker takes the next unassigned part (:meth:`Claims.take_part`) and works through its files from
the front (:meth:`Claims.own`). A worker with no part left, before it finalizes its own segments,
claims chunks of files from the back of a part another worker is still on (:meth:`Claims.claim`),
reads them, extracts their quotes and leaves the results in a chunk file (:func:`write_chunk`). The
owner, reaching a claimed chunk, waits for that file (:func:`read_chunk`) and adds the documents
itself, so its segments and their document order stay what they would be without help.
"""

from __future__ import annotations

import os
import pickle
import time

CHUNK = 12
"""Files per claimed chunk (0: no helping). Small enough that the last chunks end close together."""

MARGIN = 2
"""A chunk is claimed only if at least ``MARGIN`` chunks of the part stay unclaimed in front of it,
so its owner does not reach it before the helper is done (an owner adds a file in ~2.3x the time a
helper takes to read it and extract its quotes)."""


class Claims:
    """Parts and file claims shared by the workers of one build: one lock and one array of ints.

    Per part: ``front``, the owner's next file; ``back``, where the helpers' claims begin (files
    ``back`` to the part's end are claimed, in chunks of ``CHUNK`` from the end down); the owner
    (worker id + 1, 0 while unassigned). Then the number of parts handed out.
    """

    def __init__(self, ctx, shares: list[tuple[int, int]], chunk: int | None = None):
        n = len(shares)
        self.shares = list(shares)
        self.chunk = CHUNK if chunk is None else chunk
        self.lock = ctx.Lock()
        self.state = ctx.Array("q", 3 * n + 1, lock=False)
        for p, (start, end) in enumerate(shares):
            self.state[p] = start
            self.state[n + p] = end

    def take_part(self, wid: int) -> int | None:
        """The next part nobody has taken (now ``wid``'s), or None when all are taken."""
        n = len(self.shares)
        with self.lock:
            part = self.state[3 * n]
            if part >= n:
                return None
            self.state[3 * n] = part + 1
            self.state[2 * n + part] = wid + 1
            return part

    def own(self, part: int, i: int) -> bool:
        """Whether the owner of ``part`` reads file ``i`` itself (False: a helper has claimed it)."""
        n = len(self.shares)
        with self.lock:
            if i < self.state[n + part]:
                self.state[part] = i + 1
                return True
            return False

    def claim(self, wid: int) -> tuple[int, int, int] | None:
        """A chunk ``(part, start, end)`` of another worker's part for ``wid`` to read, or None.

        From the part with the most unclaimed files left; None when no part has enough left.
        """
        if self.chunk <= 0:
            return None
        n = len(self.shares)
        with self.lock:
            if self.state[3 * n] < n:  # a part nobody has taken yet: taking it beats helping
                return None
            best, left = -1, 0
            for p in range(n):
                owner = self.state[2 * n + p]
                unclaimed = self.state[n + p] - self.state[p]
                if owner not in (0, wid + 1) and unclaimed > left:
                    best, left = p, unclaimed
            if best < 0 or left < (MARGIN + 1) * self.chunk:
                return None
            end = self.state[n + best]
            self.state[n + best] = end - self.chunk
            return best, end - self.chunk, end


def chunk_path(stem: str, part: int, start: int) -> str:
    """The file of the helped chunk of ``part`` that starts at file ``start``."""
    return f"{stem}{part}_{start}.chunk"


def write_chunk(path: str, end: int, files: list) -> None:
    """Publish a helper's results for files up to ``end`` (written aside, then renamed into place)."""
    tmp = path + ".tmp"
    with open(tmp, "wb") as fh:
        pickle.dump((end, files), fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def read_chunk(path: str, alive) -> tuple[int, list]:
    """Wait for a helper's chunk file; return (end, per-file results) and delete it.

    ``alive()`` is asked while waiting (it exits the process when the parent is gone); a helper that
    dies never writes its file, and the parent then stops the whole build.
    """
    pause = 0.0005
    while not os.path.exists(path):
        alive()
        time.sleep(pause)
        pause = min(pause * 2, 0.01)
    with open(path, "rb") as fh:
        end, files = pickle.load(fh)
    os.unlink(path)
    return end, files
