"""The app's colours stay readable on a light and on a dark theme (casemgr.ui.widgets.palette)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from casemgr.domain.records import RiskLevel
from casemgr.ui.widgets import palette

contrast = palette.contrast_ratio


@pytest.mark.parametrize(("a", "b", "ratio"), [
    ("#000000", "#ffffff", 21.0), ("#ffffff", "#ffffff", 1.0),
    ("#777777", "#ffffff", 4.48), ("#767676", "#ffffff", 4.54),  # the famous AA edge
    ("#595959", "#ffffff", 7.0), ("#ff0000", "#ffffff", 4.0), ("#0000ff", "#ffffff", 8.59),
    ("#ffffff", "#808080", 3.95),
])
def test_contrast_ratio_is_wcags(a, b, ratio):
    assert palette.contrast_ratio(QColor(a), QColor(b)) == pytest.approx(ratio, abs=0.01)
    assert palette.contrast_ratio(QColor(b), QColor(a)) == pytest.approx(ratio, abs=0.01)


def test_relative_luminance_is_wcags():
    assert palette.relative_luminance(QColor("#000000")) == 0
    assert palette.relative_luminance(QColor("#ffffff")) == pytest.approx(1)
    assert palette.relative_luminance(QColor("#808080")) == pytest.approx(0.2159, abs=1e-4)
    assert palette.relative_luminance(QColor("#00ff00")) == pytest.approx(0.7152)


def test_readable_moves_a_colour_only_as_far_as_it_must():
    white, black = QColor("#ffffff"), QColor("#000000")
    assert palette.readable(QColor("#595959"), [white]).name() == "#595959"  # already AA
    grey = palette.readable(QColor("#808080"), [white])
    assert contrast(grey, white) >= palette.AA and grey.name() > "#666666"  # darker, not black
    red = palette.readable(QColor("#a4262c"), [QColor("#2b2b2b"), QColor("#1e1e1e")])
    assert contrast(red, QColor("#2b2b2b")) >= palette.AA
    assert red.red() > red.green()  # still a red
    assert palette.readable(QColor("#404040"), [black]).lightness() > 64  # lighter on black
    half_black = QColor(0, 0, 0, 128)  # Fusion's placeholder text: grey as painted
    help_grey = palette.readable(half_black, [QColor("#efefef"), white])
    assert help_grey.alpha() == 255 and 0x50 < help_grey.red() == help_grey.blue() < 0x78
    assert contrast(help_grey, QColor("#efefef")) >= palette.AA
    mid = QColor("#777777")  # the one grey on it that reaches AA is all but black
    assert contrast(palette.readable(mid, [mid]), mid) >= palette.AA


def theme(window: str, text: str, base: str, alternate: str | None = None,
          placeholder: str | None = None) -> QPalette:
    """A theme's colours; a table's alternate rows like its rows unless told, help text
    (the placeholder colour) halfway between the text and the window unless told."""
    pal = QPalette()
    ink, paper = QColor(text), QColor(window)
    halfway = QColor.fromRgbF((ink.redF() + paper.redF()) / 2,
                              (ink.greenF() + paper.greenF()) / 2,
                              (ink.blueF() + paper.blueF()) / 2)
    for role, colour in ((QPalette.ColorRole.Window, QColor(window)),
                         (QPalette.ColorRole.WindowText, QColor(text)),
                         (QPalette.ColorRole.Base, QColor(base)),
                         (QPalette.ColorRole.AlternateBase, QColor(alternate or base)),
                         (QPalette.ColorRole.Text, QColor(text)),
                         (QPalette.ColorRole.PlaceholderText,
                          QColor(placeholder) if placeholder else halfway)):
        pal.setColor(role, colour)
    return pal


LIGHT = theme("#efefef", "#000000", "#ffffff")
DARK = theme("#2d2d2d", "#f0f0f0", "#1e1e1e")
# Themes as systems ship them, or near: the colours must hold on each, not only on ours.
THEMES = {
    "light": LIGHT, "dark": DARK,
    "fusion light": theme("#efefef", "#000000", "#ffffff", "#f7f7f7", "#7f7f7f"),
    "grey light": theme("#d4d4d4", "#202020", "#e6e6e6", "#dcdcdc"),
    "adwaita dark": theme("#242424", "#ffffff", "#1e1e1e", "#2a2a2a", "#6e6e6e"),
    "breeze dark": theme("#202326", "#fcfcfc", "#141618", "#1d1f22"),
    "dim dark": theme("#3c3f41", "#a9b7c6", "#2b2b2b"),  # grey text on a grey window
    "black": theme("#000000", "#ffffff", "#000000"),
}


def test_the_light_theme_keeps_the_colours_the_app_always_had(qapp):
    assert not palette.is_dark(LIGHT)
    assert palette.error(LIGHT).name() == "#a4262c"
    assert palette.risk_background(RiskLevel.MEDIUM.value, LIGHT).name() == "#fff4ce"
    assert palette.risk_background(None, LIGHT) is None


@pytest.mark.parametrize("pal", THEMES.values(), ids=THEMES.keys())
def test_meaningful_text_is_readable_on_the_window_and_in_tables(qapp, pal):
    behind = [pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.Base),
              pal.color(QPalette.ColorRole.AlternateBase)]
    for colour in (palette.error(pal), palette.warning(pal), palette.success(pal),
                   palette.muted(pal), palette.help_text(pal)):
        for background in behind:
            assert contrast(colour, background) >= 4.5, (colour.name(), background.name())
    assert palette.error(pal) != palette.warning(pal) != palette.success(pal)


@pytest.mark.parametrize("pal", THEMES.values(), ids=THEMES.keys())
def test_the_text_is_readable_on_every_risk_tint(qapp, pal):
    for risk in RiskLevel:
        tint = palette.risk_background(risk.value, pal)
        text = palette.risk_foreground(risk.value, pal)
        assert tint is not None and text is not None
        assert contrast(text, tint) >= 4.5, (risk, text.name(), tint.name())
    assert palette.risk_foreground(None, pal) is None
    if pal is LIGHT:  # the text colour the list always had
        assert palette.risk_foreground("high", pal).name() == "#000000"


@pytest.mark.parametrize("pal", THEMES.values(), ids=THEMES.keys())
def test_badges_and_notes_are_readable(qapp, pal):
    def colours(style: str) -> tuple[QColor, QColor]:
        found = dict(part.strip().split(": ", 1) for part in style.split(";") if ": " in part)
        return QColor(found["color"].split()[0]), QColor(found["background"].split()[0])

    for style in (*(palette.risk_badge_style(r.value, pal) for r in RiskLevel),
                  palette.plan_status_style("submitted", pal),
                  palette.plan_status_style("approved", pal),
                  palette.notice_style(pal), palette.danger_panel_style(pal)):
        ink, tint = colours(style)
        assert contrast(ink, tint) >= 4.5, style


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
