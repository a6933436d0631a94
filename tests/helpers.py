"""Small helpers shared by test modules (fixtures are in conftest.py)."""

from __future__ import annotations

from pathlib import Path


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path
