"""Discovery: the PDFs under the paths given, in a stable order, and the files that are not
(the ingest's own files left out)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import store


def _is_pdf_name(name: str) -> bool:
    return name.lower().endswith(".pdf")


@dataclass
class Discovery:
    """What ingest found under the paths it was given."""

    pdfs: list[Path] = field(default_factory=list)  # *.pdf in folders, and every file named directly
    others: list[Path] = field(default_factory=list)  # other files in the folders: recorded as skipped
    unreadable_folders: dict[Path, str] = field(default_factory=dict)  # folder -> why it was not searched


def _walk(root: Path, found: Discovery) -> Iterator[tuple[Path, bool]]:
    """(file, named *.pdf) under `root`, following directory symlinks but never into a folder twice.

    Hidden files and folders (.git, .venv, .DS_Store, ...) are not searched.
    """
    seen_dirs: set[tuple[int, int]] = set()

    def unreadable(error: OSError) -> None:
        folder = Path(error.filename or root)
        found.unreadable_folders[folder] = f"cannot read folder: {error.strerror or error}"

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=unreadable):
        try:
            here = os.stat(dirpath)
        except OSError as error:
            unreadable(error)
            dirnames[:] = []
            continue
        if (here.st_dev, here.st_ino) in seen_dirs:  # a symlink loop or a second link to it
            dirnames[:] = []
            continue
        seen_dirs.add((here.st_dev, here.st_ino))
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name, _is_pdf_name(name)


def _absolute(path: Path) -> Path:
    """The real path; for a broken symlink, the link itself (its target does not exist)."""
    real = Path(os.path.realpath(path))
    return real if real.exists() or not path.is_symlink() else Path(os.path.abspath(path))


def discover(paths: Iterable[str | os.PathLike[str]]) -> Discovery:
    """Every file named by `paths`, as absolute real paths, each once, in a stable order.

    A directory is searched recursively: *.pdf in any case are PDFs, other files are listed
    apart. A file named directly is taken as a PDF, whatever its extension. A path that does
    not exist raises FileNotFoundError.
    """
    found = Discovery()
    pdfs: dict[Path, None] = {}  # ordered sets
    others: dict[Path, None] = {}
    for given in paths:
        # Absolute from the start: a folder that cannot be read is recorded by the path os.walk gives.
        path = Path(os.path.abspath(Path(given).expanduser()))
        if path.is_dir():
            candidates: Iterable[tuple[Path, bool]] = _walk(path, found)
        elif path.exists() or path.is_symlink():
            candidates = [(path, True)]
        else:
            raise FileNotFoundError(f"no such file or directory: {given}")
        for candidate, is_pdf in candidates:
            absolute = _absolute(candidate)
            (pdfs if is_pdf else others).setdefault(absolute, None)
    found.pdfs = list(pdfs)
    found.others = [path for path in others if path not in pdfs]
    return found


def without_own_files(found: Discovery, db: str, ocr_cache: str | None) -> Discovery:
    """`found` without the files minutes itself writes, wherever they are: the database, its WAL and
    lock, and the OCR cache (whose OCR'd copies would otherwise come back as second meetings)."""
    own = {os.path.realpath(name) for name in (db, f"{db}.wal", store.lock_path(db))}
    cache = os.path.realpath(ocr_cache) + os.sep if ocr_cache else None

    def ours(path: Path) -> bool:
        real = os.path.realpath(path)
        return real in own or (cache is not None and real.startswith(cache))

    return Discovery(
        pdfs=[path for path in found.pdfs if not ours(path)],
        others=[path for path in found.others if not ours(path)],
        unreadable_folders=found.unreadable_folders,
    )


def discover_pdfs(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Every PDF named by `paths` (see `discover`)."""
    return discover(paths).pdfs


