"""Build small minutes PDFs for tests with reportlab: text lines and ruled tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FONTS = {"regular": "Helvetica", "bold": "Helvetica-Bold", "italic": "Helvetica-Oblique"}


@dataclass
class PdfBuilder:
    """Writes lines top-down; `page_break` starts a new page; every page gets a footer."""

    path: Path
    footer: str | None = "Page {n}"
    margin: float = 60
    _canvas: canvas.Canvas = field(init=False)
    _y: float = field(init=False)
    _page: int = field(init=False, default=1)

    def __post_init__(self) -> None:
        self._canvas = canvas.Canvas(str(self.path), pagesize=A4)
        self._y = A4[1] - self.margin

    def line(self, text: str, *, style: str = "regular", size: float = 11, x: float | None = None,
             gap: float = 4) -> PdfBuilder:
        if self._y < self.margin + 20:
            self.page_break()
        self._canvas.setFont(FONTS[style], size)
        self._canvas.drawString(x if x is not None else self.margin, self._y, text)
        self._y -= size + gap
        return self

    def space(self, points: float = 10) -> PdfBuilder:
        self._y -= points
        return self

    def rule_box(self, top: float, bottom: float, columns: list[float], close_bottom: bool = True) -> None:
        """Draw a table frame: verticals at `columns` x positions from top to bottom."""
        c = self._canvas
        c.line(columns[0], top, columns[-1], top)
        if close_bottom:
            c.line(columns[0], bottom, columns[-1], bottom)
        for x in columns:
            c.line(x, top, x, bottom)

    def table_row(self, cells: list[list[tuple[str, str]]], columns: list[float], *, size: float = 10,
                  close_bottom: bool = True) -> PdfBuilder:
        """One ruled row; each cell is a list of (text, style) lines."""
        height = max(len(cell) for cell in cells) * (size + 4) + 8
        top = self._y + size
        for cell, x in zip(cells, columns, strict=False):
            y = self._y
            for text, style in cell:
                self._canvas.setFont(FONTS[style], size)
                self._canvas.drawString(x + 4, y - 2, text)
                y -= size + 4
        self.rule_box(top, top - height, columns, close_bottom=close_bottom)
        self._y -= height
        return self

    def page_break(self) -> PdfBuilder:
        self._draw_footer()
        self._canvas.showPage()
        self._page += 1
        self._y = A4[1] - self.margin
        return self

    def _draw_footer(self) -> None:
        if self.footer:
            self._canvas.setFont("Helvetica", 8)
            self._canvas.drawString(A4[0] / 2 - 15, 30, self.footer.format(n=self._page))

    def save(self) -> Path:
        self._draw_footer()
        self._canvas.save()
        return self.path


def write_raw_pdf(path: Path, objects: list[str | tuple[str, bytes]]) -> Path:
    """A PDF of hand-written objects, for what reportlab does not write (Type3 and CID fonts, marked
    content): object N is `objects[N - 1]`, object 1 the catalog; a (dictionary, data) pair is a stream."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        if isinstance(obj, tuple):
            dictionary, data = obj
            body = f"<< {dictionary} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"
        else:
            body = obj.encode()
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path
