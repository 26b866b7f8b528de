"""The app's colours, in one place and built on the application's QPalette, so that a dark
theme keeps text readable: the named colours (error, warning, risk…) are the light theme's
hex values on a light palette and are mixed towards the palette's own colours on a dark one;
neutral panels and separators are derived from the palette alone.

Colour never carries a meaning alone: the words beside it say the same thing.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from casemgr.domain.records import RiskLevel

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


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (a dark system theme)."""
    return _palette(palette).color(QPalette.ColorRole.Window).lightness() < 128


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0..1) of the way towards `b`."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                           a.greenF() + (b.greenF() - a.greenF()) * amount,
                           a.blueF() + (b.blueF() - a.blueF()) * amount)


def _text(hex_colour: str, palette: QPalette | None) -> QColor:
    """A meaningful text colour, lightened towards the text colour on a dark palette."""
    pal = _palette(palette)
    colour = QColor(hex_colour)
    if is_dark(pal):
        return _mix(colour, pal.color(QPalette.ColorRole.WindowText), 0.55)
    return colour


def _tint(name: str, palette: QPalette | None) -> QColor:
    """A tinted background: the light theme's tint, or the hue laid thinly over a dark base."""
    pal = _palette(palette)
    light, ink = _TINTS[name]
    if is_dark(pal):
        return _mix(pal.color(QPalette.ColorRole.Base), QColor(ink), 0.35)
    return QColor(light)


def _ink(name: str, palette: QPalette | None) -> QColor:
    """The text colour on a tint of `name`."""
    pal = _palette(palette)
    return pal.color(QPalette.ColorRole.WindowText) if is_dark(pal) else QColor(_TINTS[name][1])


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
    """Secondary text (a folder path, a hint)."""
    return _neutral(0.6, palette)


def risk_background(risk: str | None, palette: QPalette | None = None) -> QColor | None:
    """The row or badge tint of a risk level; None when the risk is not known."""
    tint = _RISK_TINT.get(risk or "")
    return _tint(tint, palette) if tint is not None else None


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


def help_style() -> str:
    """Help under a question: the palette's placeholder colour, whatever the theme."""
    return "color: palette(placeholder-text);"


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


def status_field_style(colour: QColor | None = None, palette: QPalette | None = None) -> str:
    """A status bar field: a separator on its left, and the text in `colour` if given."""
    style = f"padding: 0 10px; border-left: 1px solid {separator(palette).name()};"
    return style + (f" {text_style(colour)}" if colour is not None else "")


__all__ = [
    "badge_style", "chart_background", "chart_risk", "chart_series", "chart_text",
    "danger_panel_style", "error", "error_style", "help_style", "is_dark", "muted",
    "muted_style", "notice_style", "panel_style", "plan_status_style", "risk_background",
    "risk_badge_style", "separator", "status_field_style", "success", "text_style", "warning",
]
