"""HTML (Qt's rich-text subset) to paper or a PDF file, with a header on every page (two texts,
left and right: who the document is from and about, who printed it and when) and "Page N of M"
at the foot.

QTextDocument.print_ draws its own page numbers and no header, so the pages are laid out here:
the document's page size is the body of the page (between header and footer), and each page
draws the document's slice for that page, translated into place, then the header and footer.
The same painting serves a QPdfWriter (A4) and the printer the system's print dialog chose.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from casemgr.ui.i18n import tr
from casemgr.ui.widgets.printing import open_print_dialog

MARGINS_MM = QMarginsF(15, 12, 15, 12)  # left, top, right, bottom
BODY_POINTS = 9.5
HEADER_POINTS = 8.0


def _document(html: str, device: QPagedPaintDevice, size: QSizeF,
              images: Mapping[str, QImage]) -> QTextDocument:
    document = QTextDocument()
    for name, image in images.items():  # <img src='name'> in the HTML
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    layout = document.documentLayout()
    layout.setPaintDevice(device)  # fonts and lengths measured as the device draws them
    font = QFont()
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(size)
    return document


def _draw_shrunk(painter: QPainter, document: QTextDocument, body: QRectF) -> None:
    """The whole document in `body`, scaled down as much as it takes to fit (never up):
    laid out wider by the same factor, so that text rewraps into the room it gets."""
    document.setPageSize(QSizeF())  # one long page
    scale = 1.0
    for _ in range(4):  # each layout at the new width changes the height a little
        document.setTextWidth(body.width() / scale)
        height = document.size().height()
        if height * scale <= body.height():
            break
        scale = body.height() / height
    painter.translate(body.left(), body.top())
    painter.scale(scale, scale)
    document.drawContents(painter, QRectF(0, 0, body.width() / scale, body.height() / scale))


def paint_pages(device: QPagedPaintDevice, html: str, header_left: str,
                header_right: str, *, images: Mapping[str, QImage] | None = None,
                one_page: bool = False) -> int:
    """Lay `html` out on the device's pages with the header and footer; the pages drawn.
    `images`: the pictures its <img src> name. `one_page`: shrink it to fit one page."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The document could not be started (is the file writable, the "
                      "printer there?).")
    try:
        small = QFont()
        small.setPointSizeF(HEADER_POINTS)
        metrics = QFontMetricsF(small, device)
        line = metrics.height()
        width, height = float(device.width()), float(device.height())
        header = QRectF(0, 0, width, line)
        footer = QRectF(0, height - line, width, line)
        body = QRectF(0, line * 2.2, width, height - line * 4.2)
        document = _document(html, device, body.size(), images or {})
        pages = 1 if one_page else max(1, document.pageCount())
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            if one_page:
                _draw_shrunk(painter, document, body)
            else:
                painter.translate(body.left(), body.top() - page * body.height())
                document.drawContents(painter, QRectF(0, page * body.height(), body.width(),
                                                      body.height()))
            painter.restore()
            painter.setFont(small)
            right = metrics.horizontalAdvance(header_right)
            left_room = max(0.0, width - right - metrics.horizontalAdvance("    "))
            painter.drawText(QRectF(0, 0, left_room, line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(header_left, Qt.TextElideMode.ElideRight,
                                                left_room))
            painter.drawText(header, int(Qt.AlignmentFlag.AlignRight
                                         | Qt.AlignmentFlag.AlignVCenter), header_right)
            rule = line * 1.4
            painter.drawLine(0, int(rule), int(width), int(rule))
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignCenter),
                             tr("Page {page} of {pages}").format(page=page + 1, pages=pages))
        return pages
    finally:
        painter.end()


def write_pdf(html: str, path: Path, header_left: str, header_right: str, *,
              title: str = "", images: Mapping[str, QImage] | None = None,
              one_page: bool = False) -> int:
    """Write `html` to an A4 PDF at `path` with the header and page numbers; the pages
    written. `title` goes in the file's properties (keep identifying data out of it)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("casemgr")
    return paint_pages(writer, html, header_left, header_right, images=images,
                       one_page=one_page)


def print_html(parent: QWidget, html: str, doc_name: str, header_left: str,
               header_right: str, printed: Callable[[int], None],
               closed: Callable[[], None] = lambda: None) -> QPrintDialog:
    """The system's print dialog (open_print_dialog); on OK the pages go to the printer
    chosen, with the header and page numbers, then `printed(pages)`."""
    def print_to(printer: QPrinter) -> None:
        printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
        printed(paint_pages(printer, html, header_left, header_right))

    return open_print_dialog(parent, doc_name, print_to, closed)


__all__ = ["paint_pages", "print_html", "write_pdf"]
