"""Look at a file's bytes before pdfplumber does, so a broken input gets a reason in plain words.

pdfminer reports an empty file, a web page saved as .pdf and a password-protected PDF alike
as some exception; `check_pdf` and `explain_failure` turn them into "empty file: 0 bytes",
"not a PDF: the file starts with <html> (a web page)", "encrypted: a password is needed", ...
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from pipeline.errors import UnreadablePDF

# The PDF header may follow some junk; readers look for it in the first kilobyte.
HEADER_WINDOW = 1024
# The end-of-file marker is in the last kilobyte; some writers append a little more.
TAIL_WINDOW = 4096

_SIGNATURES: list[tuple[bytes, str]] = [
    (b"PK\x03\x04", "a zip archive (or a .docx, .xlsx, .odt file)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc, .xls, .ppt)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"%!PS", "a PostScript file"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program (ELF)"),
]
_HTML = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE | re.DOTALL)
_XML = re.compile(rb"\s*<\?xml\b", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

_FILE_KINDS = [
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
]


def special_file_kind(mode: int) -> str | None:
    """'a named pipe', ... for anything but a regular file (reading a pipe could block forever)."""
    for test, kind in _FILE_KINDS:
        if test(mode):
            return kind
    return None


def read_head(path: str | Path, size: int = HEADER_WINDOW) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(size)


def _read_tail(path: str | Path, size: int) -> bytes:
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        handle.seek(max(0, handle.tell() - size))
        return handle.read()


def is_pdf_header(head: bytes) -> bool:
    return b"%PDF-" in head[:HEADER_WINDOW]


def describe_bytes(head: bytes) -> str:
    """What a file that is not a PDF looks like, from its first bytes, for a person to recognise."""
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    body = head
    for bom in _BOMS:
        if body.startswith(bom):
            body = body[len(bom):]
            break
    if _HTML.match(body):
        return "the file starts with <html> (a web page)"
    if _XML.match(body):
        return "the file starts with <?xml (an XML file)"
    # Say what kind of file it is, never what it says: a link named x.pdf may point at a private
    # file, and a reason is shown in logs, summaries, artifacts and reports.
    text = _as_text(body)
    if text is not None:
        return "a text file" if text.strip() else "the file holds only blank space"
    return "the file starts with binary data (random bytes or a damaged file)"


def _as_text(data: bytes) -> str | None:
    """The bytes as text if they look like text (UTF-8 or UTF-16, mostly printable)."""
    for encoding in ("utf-8", "utf-16"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            # A multi-byte character cut at the end of the window is still text.
            try:
                text = data[:-3].decode(encoding) if len(data) > 3 else None
            except UnicodeDecodeError:
                text = None
        if text is None:
            continue
        printable = sum(ch.isprintable() or ch in "\r\n\t\f" for ch in text)
        if text and printable >= 0.95 * len(text):
            return text
    return None


def check_pdf(path: str | Path) -> None:
    """Raise UnreadablePDF when the file is plainly not a PDF: empty, or with other bytes up front."""
    size = os.stat(path).st_size
    if size == 0:
        raise UnreadablePDF("empty file: 0 bytes")
    head = read_head(path)
    if not is_pdf_header(head):
        raise UnreadablePDF(f"not a PDF: {describe_bytes(head)}")


def exception_causes(exc: BaseException) -> list[BaseException]:
    """The exception, the ones it wraps (pdfplumber's PdfminerException holds pdfminer's), and its causes."""
    seen: list[BaseException] = []
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop(0)
        if any(current is known for known in seen):
            continue
        seen.append(current)
        pending += [arg for arg in getattr(current, "args", ()) if isinstance(arg, BaseException)]
        pending += [c for c in (current.__cause__, current.__context__) if c is not None]
    return seen


def explain_failure(path: str | Path, exc: BaseException) -> str:
    """A plain reason for a PDF that pdfplumber could not open or read."""
    causes = exception_causes(exc)
    names = {type(cause).__name__ for cause in causes}
    if "PDFPasswordIncorrect" in names:
        return "encrypted: a password is needed"
    if "PDFEncryptionError" in names or "PDFEncryptionWarning" in names:
        return "encrypted: the encryption method is not supported"
    try:
        tail = _read_tail(path, TAIL_WINDOW)
    except OSError:
        tail = b""
    if tail and b"%%EOF" not in tail and b"startxref" not in tail:
        return "corrupt: the file is truncated (it stops before the PDF's end marker)"
    detail = _innermost_detail(causes)
    return f"corrupt: {detail}" if detail else "corrupt: pdfminer cannot read the file"


def _innermost_detail(causes: list[BaseException]) -> str:
    """The most specific message among the wrapped exceptions, as 'Type: message'."""
    wrappers = {"PdfminerException", "UnreadablePDF"}
    for cause in causes:
        if type(cause).__name__ in wrappers:
            continue
        message = " ".join(str(cause).split())
        return f"{type(cause).__name__}: {message}" if message else type(cause).__name__
    return ""


def text_path(path: str | os.PathLike[str]) -> str:
    """A path as text the database and Prefect can store: bytes that are not UTF-8 shown as \\xNN.

    On Linux a file name can be any bytes; Python keeps the undecodable ones as lone
    surrogates, which no UTF-8 encoder (DuckDB's, JSON's) accepts.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")
