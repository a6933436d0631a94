"""Content hashes: a document's identity is the sha256 of its bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

CHUNK_BYTES = 1 << 20


def mtime_of(stat: os.stat_result) -> dt.datetime:
    """A file's modification time as the `files` table keeps it (UTC, naive, microseconds)."""
    return dt.datetime.fromtimestamp(stat.st_mtime, dt.timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class KnownDigest:
    """A file's sha256 as planning found it, with the size and mtime the file had then.

    Handed to the parse so that it does not hash the file a second time: the digest holds for
    the bytes it copies as long as the size and mtime are still these, before and after the copy
    (the test rsync and make rely on; planning already trusts it between runs).
    """

    sha256: str
    size_bytes: int
    mtime: dt.datetime

    def holds_for(self, path: str | Path) -> bool:
        stat = os.stat(path)
        return stat.st_size == self.size_bytes and mtime_of(stat) == self.mtime


def sha256_file(path: str | Path, seconds: float | None = None) -> str:
    """The file's sha256; TimeoutError if reading it takes more than `seconds` (a huge or sparse file)."""
    deadline = None if seconds is None else time.monotonic() + seconds
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"reading the file took more than {seconds:g} s")
    return digest.hexdigest()


def copy_with_sha256(source: str | Path, target: str | Path, known: KnownDigest | None = None) -> tuple[str, int]:
    """Copy `source` to `target`; the sha256 and size of the very bytes copied (a file rewritten
    meanwhile cannot give a hash of other bytes than those parsed from the copy).

    With `known` (the digest planning computed) and the file unchanged since, before and after the
    copy, the copy is not hashed again; otherwise the bytes are hashed as they are copied, read once.
    """
    if known is not None and known.holds_for(source):
        shutil.copyfile(source, target)
        if known.holds_for(source) and os.path.getsize(target) == known.size_bytes:
            return known.sha256, known.size_bytes
    digest, size = hashlib.sha256(), 0
    with open(source, "rb") as reader, open(target, "wb") as writer:
        while chunk := reader.read(CHUNK_BYTES):
            digest.update(chunk)
            writer.write(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
