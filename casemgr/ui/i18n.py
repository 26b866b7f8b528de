"""The desktop app's languages: every user-visible string goes through `tr` (Qt's translation
system, one catalogue per language in resources/translations, made with pyside6-lupdate and
compiled with pyside6-lrelease; see docs/desktop.md, "Languages"). Qt's own translations of
its standard dialogs and buttons are loaded with ours; the chosen language's QLocale becomes
the default (dates and numbers follow it), and Arabic lays the app out right to left.

`tr` has no class context: all of casemgr's strings share the context "" (pyside6-lupdate
files a bare `tr("…")` there), so one English string has one translation everywhere. Strings
kept in module-level tables are marked with `N_` (lupdate's QT_TR_NOOP) and translated with
`tr` where they are shown, so a language installed after import still applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from casemgr.domain.text import Text
from casemgr.paths import RESOURCES

TRANSLATIONS_DIR = RESOURCES / "translations"
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str  # how the language names itself, shown in the language chooser
    right_to_left: bool = False


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("fr", "Français"),
    Language("es", "Español"),
    Language("ar", "العربية", right_to_left=True),
)
CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the installed language (itself when English or not translated). With `n`,
    a plural: the text holds "%n", replaced by `n` in the language's form for that count."""
    return QCoreApplication.translate("", text, disambiguation, n)


def N_(text: str) -> str:  # gettext's spelling; lupdate knows it as QT_TR_NOOP
    """Marks `text` for translation without translating it (translate it with `tr` when shown)."""
    return text


def localize(text: object) -> str:
    """What the domain or a use case said (casemgr.domain.text.msg), in the installed
    language: its template translated, then filled with its parameters, each localized in
    turn. A plain str is shown as it is (a name, a number, what the user typed)."""
    if isinstance(text, Text):
        params = {k: localize(v) if isinstance(v, str) else v for k, v in text.params.items()}
        if not params:
            return tr(text.template)
        try:
            return tr(text.template).format(**params)
        except (KeyError, IndexError, ValueError):  # a translation that lost a field
            return text.template.format(**params)
    return str(text)


def current_language() -> str:
    """The code of the language installed (English until one is)."""
    return _current[0]


def system_language() -> str:
    """The system's language if casemgr has it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in BY_CODE else SOURCE_LANGUAGE


def catalogue(code: str) -> Path:
    """The compiled translations of casemgr's strings for `code`."""
    return TRANSLATIONS_DIR / f"casemgr_{code}.qm"


_installed: list[QTranslator] = []
_first_default: list[QLocale] = []  # the default locale before any language was installed
_current = [SOURCE_LANGUAGE]  # the language installed


def install_language(app: QCoreApplication, code: str) -> bool:
    """Switch the app to `code` (one of CODES; anything else means English): casemgr's
    translations and Qt's own, the default locale and the layout direction. Returns whether
    casemgr's catalogue loaded (always True for English, which needs none)."""
    remove_language(app)
    if not _first_default:
        _first_default.append(QLocale())
    language = BY_CODE.get(code, BY_CODE[SOURCE_LANGUAGE])
    _current[0] = language.code
    locale = QLocale(language.code)
    QLocale.setDefault(locale)
    loaded = True
    if language.code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        loaded = ours.load(str(catalogue(language.code)))
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for translator, ok in ((ours, loaded),
                               (qt, qt.load(locale, "qtbase", "_", qt_dir))):
            if ok:
                app.installTranslator(translator)
                _installed.append(translator)
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language.right_to_left
                               else Qt.LayoutDirection.LeftToRight)
    return loaded


def remove_language(app: QCoreApplication) -> None:
    """Back to English, left to right (the tests' reset)."""
    _current[0] = SOURCE_LANGUAGE
    while _installed:
        app.removeTranslator(_installed.pop())
    if _first_default:
        QLocale.setDefault(_first_default[0])
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def plural(n: int, one: str, many: str) -> str:
    """English has a singular and a plural source text for counts; both go through `tr` with
    `n` (so each language's plural forms apply to either): `one` when n is 1, else `many`.
    `plural(n, tr("%Ln case", "", n), tr("%Ln cases", "", n))`."""
    return one if n == 1 else many


def num(n: int) -> str:
    """A count as the chosen language writes it (digits, grouping)."""
    if _current[0] == SOURCE_LANGUAGE:
        return f"{n:,}"
    return QLocale().toString(n)


def local_date(iso: str | None) -> str:
    """A stored ISO date ("2026-03-05") as the chosen language writes dates; English keeps
    the ISO form, unambiguous across the countries casemgr is used in."""
    if not iso or _current[0] == SOURCE_LANGUAGE:
        return iso or ""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not day.isValid():
        return iso
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


def local_datetime(moment: datetime) -> str:
    """A moment in this computer's time zone, to the minute, as the chosen language writes
    it (English: "2026-03-05 14:30")."""
    local = moment.astimezone()
    if _current[0] == SOURCE_LANGUAGE:
        return local.strftime("%Y-%m-%d %H:%M")
    day = QDate(local.year, local.month, local.day)
    time = QTime(local.hour, local.minute)
    locale = QLocale()
    return (f"{locale.toString(day, QLocale.FormatType.ShortFormat)} "
            f"{locale.toString(time, QLocale.FormatType.ShortFormat)}")


def local_moment(iso: str | None) -> str:
    """A stored moment (ISO 8601, UTC: "2026-03-05T14:30:12.345Z") in this computer's time
    zone as the chosen language writes it (`local_datetime`); what cannot be read, as it is."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(str(iso))
    except ValueError:
        return str(iso)[:16].replace("T", " ")
    if moment.tzinfo is None:  # a moment stored without its zone is UTC
        moment = moment.replace(tzinfo=UTC)
    return local_datetime(moment)


__all__ = [
    "BY_CODE",
    "CODES",
    "LANGUAGES",
    "N_",
    "Language",
    "catalogue",
    "current_language",
    "install_language",
    "local_date",
    "local_datetime",
    "local_moment",
    "localize",
    "num",
    "plural",
    "remove_language",
    "system_language",
    "tr",
]
