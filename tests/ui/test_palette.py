"""The app's colours stay readable on a light and on a dark theme (casemgr.ui.widgets.palette)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from casemgr.domain.records import RiskLevel
from casemgr.ui.widgets import palette


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def theme(window: str, text: str, base: str) -> QPalette:
    pal = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, window),
                         (QPalette.ColorRole.WindowText, text),
                         (QPalette.ColorRole.Base, base), (QPalette.ColorRole.Text, text)):
        pal.setColor(role, QColor(colour))
    return pal


LIGHT = theme("#efefef", "#000000", "#ffffff")
DARK = theme("#2d2d2d", "#f0f0f0", "#1e1e1e")


def test_the_light_theme_keeps_the_colours_the_app_always_had(qapp):
    assert not palette.is_dark(LIGHT)
    assert palette.error(LIGHT).name() == "#a4262c"
    assert palette.risk_background(RiskLevel.MEDIUM.value, LIGHT).name() == "#fff4ce"
    assert palette.risk_background(None, LIGHT) is None


@pytest.mark.parametrize("pal", [LIGHT, DARK], ids=["light", "dark"])
def test_meaningful_text_is_readable_on_the_window(qapp, pal):
    window = pal.color(QPalette.ColorRole.Window)
    for colour in (palette.error(pal), palette.warning(pal), palette.success(pal)):
        assert contrast(colour, window) >= 4.5, colour.name()
    assert contrast(palette.muted(pal), window) >= 3


@pytest.mark.parametrize("pal", [LIGHT, DARK], ids=["light", "dark"])
def test_the_theme_text_is_readable_on_every_risk_tint(qapp, pal):
    text = pal.color(QPalette.ColorRole.Text)
    for risk in RiskLevel:
        tint = palette.risk_background(risk.value, pal)
        assert tint is not None and contrast(text, tint) >= 4.5, (risk, tint.name())


def test_a_dark_theme_gets_dark_panels(qapp):
    assert palette.is_dark(DARK)
    style = palette.panel_style(DARK)
    background = QColor(style.split("background: ")[1].split(";")[0])
    assert background.lightness() < 80


@pytest.mark.parametrize("pal", [LIGHT, DARK], ids=["light", "dark"])
def test_chart_bars_stand_out_from_the_window(qapp, pal):
    """The Dashboard's bars are areas: 3:1 against the window (WCAG's non-text contrast)."""
    window = palette.chart_background(pal)
    assert window == pal.color(QPalette.ColorRole.Window)
    assert palette.chart_text(pal) == pal.color(QPalette.ColorRole.WindowText)
    bars = [*palette.chart_series(pal), *(palette.chart_risk(r.value, pal) for r in RiskLevel)]
    for colour in bars:
        assert contrast(colour, window) >= 3, colour.name()
