"""pipeline.ingest.discover: the PDFs under the paths given, without minutes' own files; unreadable
folders named absolutely."""

from __future__ import annotations

import os

from pipeline.ingest import discover


def test_minutes_own_files_are_never_ingested(tmp_path, monkeypatch) -> None:
    """`cd inbox && minutes ingest .`: the database, its WAL and lock and the OCR cache are in the inbox."""
    inbox = tmp_path / "inbox"
    for name in ["a.pdf", "minutes.duckdb", "minutes.duckdb.wal", "minutes.duckdb.minutes-lock",
                 "minutes.duckdb.ocr/0f.pdf", "notes.txt"]:
        (inbox / name).parent.mkdir(parents=True, exist_ok=True)
        (inbox / name).write_bytes(b"%PDF-1.4")
    monkeypatch.chdir(inbox)
    found = discover.without_own_files(discover.discover(["."]), "minutes.duckdb", "minutes.duckdb.ocr")
    assert [path.name for path in found.pdfs] == ["a.pdf"]
    assert [path.name for path in found.others] == ["notes.txt"]


def test_an_unreadable_folder_given_relatively_is_recorded_absolutely(tmp_path, monkeypatch) -> None:
    locked = tmp_path / "in" / "locked-dir"
    locked.mkdir(parents=True)
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # as for a folder without read permission
        if os.path.basename(os.fspath(path)) == "locked-dir":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "scandir", scandir)
    found = discover.discover(["in"])
    assert list(found.unreadable_folders) == [locked]
