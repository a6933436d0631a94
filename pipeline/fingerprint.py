"""Content hashes: a document's identity is the sha256 of its bytes."""

import hashlib
import time
from pathlib import Path

CHUNK_BYTES = 1 << 20


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


def copy_with_sha256(source: str | Path, target: str | Path) -> tuple[str, int]:
    """Copy `source` to `target`, reading it once; the sha256 and size of the very bytes copied
    (a file rewritten meanwhile cannot give a hash of other bytes than those parsed from the copy)."""
    digest, size = hashlib.sha256(), 0
    with open(source, "rb") as reader, open(target, "wb") as writer:
        while chunk := reader.read(CHUNK_BYTES):
            digest.update(chunk)
            writer.write(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
