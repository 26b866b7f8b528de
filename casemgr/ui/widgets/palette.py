"""The app's colours, in one place and built on the application's QPalette, so that a dark
theme keeps text readable: the named colours (error, warning, risk…) are the light theme's
hex values on a light palette and are mixed towards the palette's own colours on a dark one;
neutral panels and separators are derived from the palette alone.

Every colour of text is then checked against what it is painted on (the window, a table's
rows and alternate rows, a tint) and moved lighter or darker until it reaches WCAG AA
(`AA`, 4.5:1, `contrast_ratio`), whatever palette the system hands us. Table models ask for
their colours in data(), so a repaint after a palette change gets the new ones; a widget
with a style sheet gets it through `apply_style`, which sets it again when the application's
palette changes (a dark system theme switched on while the app runs).

Colour never carries a meaning alone: the words beside it say the same thing.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from casemgr.domain.records import RiskLevel

# WCAG 2.x level AA: the least contrast of normal text with what is behind it.
AA = 4.5

# Light-theme text colours (on the window background), by what they mean.
_ERROR = "#a4262c"
_WARNING = "#8a5300"
_SUCCESS = "#107c10"
# Light-theme tints (backgrounds) and the dark text that stays readable on each.
_TINTS: dict[str, tuple[str, str]] = {
    "success": ("#dff6dd", "#14532d"),
    "notice": ("#fff4ce", "#6b4e00"),
    "danger": ("#fde7e9", "#8a2c00"),
    "critical": ("#f4bfc4", "#6e0811"),
}
_RISK_TINT = {RiskLevel.LOW.value: "success", RiskLevel.MEDIUM.value: "notice",
              RiskLevel.HIGH.value: "danger", RiskLevel.CRITICAL.value: "critical"}
_BORDERS = {"notice": "#d9b400", "danger": "#c50f1f"}
# The bars of the Dashboard's charts: one colour per series, in this order, and one per risk
# level; each strong enough to stand out from the window as an area, on either theme.
_SERIES = ("#2b6cb0", "#c05621", "#2f855a", "#805ad5", "#6b7280", "#b7791f")
_RISK_BARS = {RiskLevel.CRITICAL.value: "#9b1c1c", RiskLevel.HIGH.value: "#c05621",
              RiskLevel.MEDIUM.value: "#b7791f", RiskLevel.LOW.value: "#2f855a"}
_PLAN_TINT = {"submitted": "notice", "approved": "success"}


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


# -- contrast (WCAG 2.x) ----------------------------------------------------------------------


def _linear(channel: float) -> float:
    """An sRGB channel (0..1) in linear light (WCAG 2.2's threshold 0.04045; 2.0's 0.03928
    gives the same for every 8-bit value)."""
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG's relative luminance: 0 for black, 1 for white."""
    return (0.2126 * _linear(colour.redF()) + 0.7152 * _linear(colour.greenF())
            + 0.0722 * _linear(colour.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable(colour: QColor, backgrounds: Iterable[QColor], minimum: float = AA) -> QColor:
    """`colour`, or the nearest colour of its hue (HSL lightness moved away from the
    backgrounds) whose contrast with every one of `backgrounds` reaches `minimum`; black or
    white when no lighter or darker shade of it does. A translucent colour (Fusion's
    placeholder text is black at half opacity) is taken as painted on the first background.
    The result is an opaque 8-bit colour, as a style sheet or a brush will paint it."""
    behind = list(backgrounds)

    def worst(c: QColor) -> float:
        return min((contrast_ratio(c, b) for b in behind), default=21.0)

    if colour.alpha() < 255 and behind:
        colour = _mix(behind[0], colour, colour.alphaF())
    found = QColor(colour.name())
    if worst(found) >= minimum:
        return found
    # Lighter or darker: the way that can go further (white on dark backgrounds).
    up = worst(QColor("#ffffff")) >= worst(QColor("#000000"))
    hue, saturation, lightness = found.hslHueF(), found.hslSaturationF(), found.lightnessF()
    steps = 50
    for i in range(1, steps + 1):
        target = lightness + (1 - lightness) * i / steps if up else lightness * (1 - i / steps)
        candidate = QColor(QColor.fromHslF(max(hue, 0.0), saturation, target).name())
        if worst(candidate) >= minimum:
            return candidate
    return QColor("#ffffff" if up else "#000000")


def _text_backgrounds(pal: QPalette) -> list[QColor]:
    """What coloured text is painted on: a window or dialog, and a table's rows (plain and
    alternate)."""
    return [pal.color(role) for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                                         QPalette.ColorRole.AlternateBase)]


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (a dark system theme)."""
    return _palette(palette).color(QPalette.ColorRole.Window).lightness() < 128


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0..1) of the way towards `b`."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                           a.greenF() + (b.greenF() - a.greenF()) * amount,
                           a.blueF() + (b.blueF() - a.blueF()) * amount)


def _text(hex_colour: str, palette: QPalette | None) -> QColor:
    """A meaningful text colour, lightened towards the text colour on a dark palette, and
    readable (AA) on the window and on a table's rows."""
    pal = _palette(palette)
    colour = QColor(hex_colour)
    if is_dark(pal):
        colour = _mix(colour, pal.color(QPalette.ColorRole.WindowText), 0.55)
    return readable(colour, _text_backgrounds(pal))


def _tint(name: str, palette: QPalette | None) -> QColor:
    """A tinted background: the light theme's tint, or the hue laid thinly over a dark base."""
    pal = _palette(palette)
    light, ink = _TINTS[name]
    if is_dark(pal):
        return _mix(pal.color(QPalette.ColorRole.Base), QColor(ink), 0.35)
    return QColor(light)


def _ink(name: str, palette: QPalette | None) -> QColor:
    """The text colour on a tint of `name` (AA on it)."""
    pal = _palette(palette)
    ink = pal.color(QPalette.ColorRole.WindowText) if is_dark(pal) else QColor(_TINTS[name][1])
    return readable(ink, [_tint(name, pal)])


def _neutral(amount: float, palette: QPalette | None) -> QColor:
    """The window colour moved `amount` towards the text colour (greys that follow the theme)."""
    pal = _palette(palette)
    return _mix(pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.WindowText),
                amount)


# -- colours ----------------------------------------------------------------------------------


def error(palette: QPalette | None = None) -> QColor:
    """Errors, refused input, overdue tasks, a safety concern."""
    return _text(_ERROR, palette)


def warning(palette: QPalette | None = None) -> QColor:
    """Something to watch: due today, working offline, a concern noted."""
    return _text(_WARNING, palette)


def success(palette: QPalette | None = None) -> QColor:
    """All is well: online and synced."""
    return _text(_SUCCESS, palette)


def muted(palette: QPalette | None = None) -> QColor:
    """Secondary text (a folder path, a revoked device): quieter, still AA."""
    pal = _palette(palette)
    return readable(_neutral(0.6, pal), _text_backgrounds(pal))


def help_text(palette: QPalette | None = None) -> QColor:
    """Help under a question: the palette's placeholder colour, darkened or lightened to AA
    (a theme's placeholder colour is often fainter, being meant for empty fields)."""
    pal = _palette(palette)
    return readable(pal.color(QPalette.ColorRole.PlaceholderText), _text_backgrounds(pal))


def risk_background(risk: str | None, palette: QPalette | None = None) -> QColor | None:
    """The row or badge tint of a risk level; None when the risk is not known."""
    tint = _RISK_TINT.get(risk or "")
    return _tint(tint, palette) if tint is not None else None


def risk_foreground(risk: str | None, palette: QPalette | None = None) -> QColor | None:
    """The text on a risk level's tint in a table: the palette's text colour, AA on the
    tint; None (the table's own) when the risk is not known."""
    tint = risk_background(risk, palette)
    if tint is None:
        return None
    return readable(_palette(palette).color(QPalette.ColorRole.Text), [tint])


def chart_series(palette: QPalette | None = None) -> list[QColor]:
    """The bar colours of a chart's series, in order (lightened on a dark theme)."""
    return [_bar(c, palette) for c in _SERIES]


def chart_risk(risk: str | None, palette: QPalette | None = None) -> QColor:
    """The bar colour of a risk level (grey when it is not known)."""
    return _bar(_RISK_BARS.get(risk or "", _SERIES[4]), palette)


def chart_background(palette: QPalette | None = None) -> QColor:
    """Behind a chart: the window's own colour, so it sits in the page."""
    return _palette(palette).color(QPalette.ColorRole.Window)


def chart_text(palette: QPalette | None = None) -> QColor:
    """A chart's labels, ticks and axes: the window's text colour."""
    return _palette(palette).color(QPalette.ColorRole.WindowText)


def _bar(hex_colour: str, palette: QPalette | None) -> QColor:
    """A colour for an area: as it is on a light palette, lifted towards the text on a dark
    one (less than text, which is thinner, needs)."""
    pal = _palette(palette)
    colour = QColor(hex_colour)
    if is_dark(pal):
        return _mix(colour, pal.color(QPalette.ColorRole.WindowText), 0.3)
    return colour


# -- style sheets -----------------------------------------------------------------------------


def text_style(colour: QColor) -> str:
    return f"color: {colour.name()};"


def error_style(palette: QPalette | None = None) -> str:
    """A message in the error colour (under a field, in a dialog's banner)."""
    return text_style(error(palette))


def muted_style(palette: QPalette | None = None) -> str:
    return text_style(muted(palette))


def help_style(palette: QPalette | None = None) -> str:
    """Help under a question (`help_text`)."""
    return text_style(help_text(palette))


def badge_style(tint: QColor | None = None, ink: QColor | None = None,
                palette: QPalette | None = None) -> str:
    """A small label on a tint (a neutral grey when none is given)."""
    background = tint if tint is not None else _neutral(0.08, palette)
    colour = f" color: {ink.name()};" if ink is not None else ""
    return f"background: {background.name()};{colour} padding: 3px 8px;"


def risk_badge_style(risk: str | None, palette: QPalette | None = None) -> str:
    """A risk level shown as a badge: its tint, with text that stays readable on it."""
    tint = _RISK_TINT.get(risk or "")
    if tint is None:
        return badge_style(palette=palette)
    return badge_style(_tint(tint, palette), _ink(tint, palette), palette)


def plan_status_style(status: str, palette: QPalette | None = None) -> str:
    """A case plan's status badge: draft (neutral), submitted (waiting), approved."""
    tint = _PLAN_TINT.get(status)
    if tint is None:
        return badge_style(palette=palette)
    return badge_style(_tint(tint, palette), _ink(tint, palette), palette)


def notice_style(palette: QPalette | None = None, *, border: bool = False) -> str:
    """A yellow note the user should read (a plan waiting for approval, the message bar)."""
    style = (f"background: {_tint('notice', palette).name()}; "
             f"color: {_ink('notice', palette).name()};")
    if border:
        style += f" border: 1px solid {_text(_BORDERS['notice'], palette).name()};"
    return style


def notice_panel_style(name: str, palette: QPalette | None = None) -> str:
    """A bordered yellow panel of object name `name` whose labels read as notice text, its
    buttons left as buttons (a bare notice_style would box and tint every child)."""
    return (f"#{name} {{ {notice_style(palette, border=True)} }} "
            f"#{name} QLabel {{ {notice_style(palette)} }}")


def danger_panel_style(palette: QPalette | None = None) -> str:
    """A warning that something cannot be undone (no password recovery)."""
    return (f"background: {_tint('danger', palette).name()}; "
            f"color: {_ink('danger', palette).name()}; "
            f"border: 1px solid {_text(_BORDERS['danger'], palette).name()}; padding: 6px;")


def separator(palette: QPalette | None = None) -> QColor:
    """Lines between panels and status bar fields."""
    return _neutral(0.22, palette)


def panel_style(palette: QPalette | None = None) -> str:
    """A quiet grey panel (a summary box)."""
    return (f"background: {_neutral(0.04, palette).name()}; "
            f"border: 1px solid {separator(palette).name()}; padding: 8px;")


def warning_style(palette: QPalette | None = None) -> str:
    return text_style(warning(palette))


def status_field_style(colour: QColor | None = None, palette: QPalette | None = None) -> str:
    """A status bar field: a separator on its left, and the text in `colour` if given."""
    style = f"padding: 0 10px; border-left: 1px solid {separator(palette).name()};"
    return style + (f" {text_style(colour)}" if colour is not None else "")


def fusion_dark() -> QPalette:
    """A dark palette as a dark system theme hands it over (Fusion's colours), for the
    screenshot scripts' --dark and the tests of a dark theme; its placeholder colour is as
    faint as such themes have it."""
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
            (roles.Window, "#2b2b2b"), (roles.WindowText, "#e0e0e0"), (roles.Base, "#1e1e1e"),
            (roles.AlternateBase, "#262626"), (roles.Text, "#e0e0e0"),
            (roles.Button, "#353535"), (roles.ButtonText, "#e0e0e0"),
            (roles.Highlight, "#2a82da"), (roles.HighlightedText, "#ffffff"),
            (roles.ToolTipBase, "#353535"), (roles.ToolTipText, "#e0e0e0"),
            (roles.PlaceholderText, "#6a6a6a"), (roles.BrightText, "#ff5555"),
            (roles.Link, "#5aa9ff"), (roles.LinkVisited, "#b48ce6"), (roles.Light, "#4a4a4a"),
            (roles.Midlight, "#3c3c3c"), (roles.Mid, "#303030"), (roles.Dark, "#1a1a1a"),
            (roles.Shadow, "#000000")):
        pal.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return pal


# -- following the palette --------------------------------------------------------------------

Style = Callable[[QPalette], str]
_styled: weakref.WeakKeyDictionary[QWidget, Style] = weakref.WeakKeyDictionary()


class _Follower(QObject):
    """Sets every `apply_style` widget's style sheet again when the palette changes."""

    @Slot()
    def restyle(self) -> None:
        for widget, style in list(_styled.items()):
            if shiboken6.isValid(widget):
                _set(widget, style)
            else:
                _styled.pop(widget, None)


_follower: _Follower | None = None


def _set(widget: QWidget, style: Style) -> None:
    # The application's palette for the widget's class, not the widget's own: a style
    # sheet's colour changes the widget's own palette.
    sheet = style(QApplication.palette(widget))
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def apply_style(widget: QWidget, style: Style | None) -> None:
    """Give `widget` the style sheet `style(palette)` now, and again whenever the
    application's palette changes; None gives it none (and stops following)."""
    global _follower
    app = QGuiApplication.instance()
    if _follower is None or not shiboken6.isValid(_follower):
        assert isinstance(app, QGuiApplication), "a style sheet needs the application"
        _follower = _Follower(app)
        # QGuiApplication.paletteChanged: the one notice of a new application palette (the
        # system's theme, or setPalette) that costs nothing for other events; a widget with
        # a style sheet gets no PaletteChange of its own.
        app.paletteChanged.connect(_follower.restyle)
    if style is None:
        _styled.pop(widget, None)
        widget.setStyleSheet("")
        return
    _styled[widget] = style
    _set(widget, style)


__all__ = [
    "AA", "apply_style", "badge_style", "chart_background", "chart_risk", "chart_series",
    "chart_text", "contrast_ratio", "danger_panel_style", "error", "error_style", "fusion_dark",
    "help_style", "help_text", "is_dark", "muted", "muted_style", "notice_panel_style",
    "notice_style", "panel_style", "plan_status_style", "readable", "relative_luminance",
    "risk_background", "risk_badge_style", "risk_foreground", "separator", "status_field_style",
    "success", "text_style", "warning", "warning_style",
]
