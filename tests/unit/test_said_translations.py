"""The translations of what the domain and the use cases say (casemgr.domain.text.msg)
keep every {field} of their English template: i18n.localize fills a translation with the
template's parameters, so a field dropped or renamed by a translator would lose a name or a
number from the sentence (localize then falls back to English)."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def said_by_the_domain() -> set[str]:
    """Every literal msg("…") template of casemgr/domain and casemgr/app, as
    scripts/update_translations.py lists them for the catalogues."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return set(script.said_by_the_domain())


def test_the_domain_says_things_the_catalogues_list():
    templates = said_by_the_domain()
    assert "Only a closed case can be reopened." in templates
    assert "Your role ({role}) does not allow you to {what}." in templates


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("casemgr_*.ts")), ids=lambda p: p.stem)
def test_each_translation_keeps_the_fields_of_its_template(ts):
    templates = said_by_the_domain()
    wrong = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        if source not in templates:
            continue
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue  # not translated yet: the English template is shown
        texts = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""]
        for text in texts:
            if set(FIELD.findall(text)) != set(FIELD.findall(source)):
                wrong.append(f"{source!r} -> {text!r}")
    assert wrong == [], "\n".join(wrong)
