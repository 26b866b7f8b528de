#!/usr/bin/env python3
"""Update the desktop app's translation catalogues after its strings change:

    .venv/bin/python scripts/update_translations.py          # .ts from the sources, then .qm
    .venv/bin/python scripts/update_translations.py --qm     # only compile the .ts into .qm

1. writes casemgr/ui/vocabulary.py: the domain's words (casemgr.domain.labels, the field
   labels of records.FIELDS, the titles of the tasks domain.schedule makes, the sentences
   of casemgr/domain and casemgr/app made with casemgr.domain.text.msg), which the
   domain layer keeps in English without Qt, marked with N_ so that pyside6-lupdate finds
   them;
2. runs pyside6-lupdate over casemgr/ui into resources/translations/casemgr_<code>.ts (new
   strings arrive untranslated, strings no longer in the sources are dropped);
3. compiles each .ts with pyside6-lrelease into the .qm the app loads (shipped as they are).

Translate the new strings in the .ts files (Qt Linguist, or any editor: fill in
<translation>, and every <numerusform> of a plural) and run it again with --qm.
tests/ui/test_i18n.py fails while the .ts or .qm are behind the sources.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
VOCABULARY = ROOT / "casemgr" / "ui" / "vocabulary.py"
LANGUAGES = ("fr", "es", "ar")  # English is the source language: it needs no catalogue
BIN = Path(sys.executable).parent


def vocabulary_source() -> str:
    """casemgr/ui/vocabulary.py as the domain's words make it."""
    sys.path.insert(0, str(ROOT))
    from casemgr.domain import schedule
    from casemgr.domain.labels import LABELS
    from casemgr.domain.records import FIELDS

    words = {w for table in LABELS.values() for w in table.values()}
    words |= {spec.label for fields in FIELDS.values() for spec in fields.values() if spec.label}
    # the titles of the tasks casemgr makes (the UI shows task titles through tr)
    words |= {getattr(schedule, n) for n in dir(schedule) if n.endswith("_TITLE")}
    words |= said_by_the_domain()
    lines = [f"    N_({json.dumps(w, ensure_ascii=False)})," for w in sorted(words)]
    return ('"""The domain\'s words for codes and fields, listed for pyside6-lupdate (generated\n'
            'by scripts/update_translations.py from casemgr.domain.labels and records.FIELDS; do\n'
            'not edit). casemgr.ui.labels translates them where they are shown."""\n\n'
            "from casemgr.ui.i18n import N_\n\n"
            "WORDS = (\n" + "\n".join(lines) + "\n)\n")


def said_by_the_domain() -> set[str]:
    """The literal templates of every msg("…") call in casemgr/domain and casemgr/app
    (casemgr.domain.text): the sentences the desktop translates with i18n.localize."""
    found: set[str] = set()
    for folder in ("domain", "app"):
        for path in sorted((ROOT / "casemgr" / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
                if (isinstance(node, ast.Call) and node.args
                        and getattr(node.func, "id", getattr(node.func, "attr", None)) == "msg"
                        and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found.add(node.args[0].value)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "casemgr" / "ui").rglob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    command = [str(BIN / "pyside6-lupdate"), "-tr-function-alias", "QT_TR_NOOP+=N_",
               "-locations", "none", "-no-obsolete", "-silent", *sources(),
               "-ts", *map(str, ts_files)]
    subprocess.run(command, cwd=ROOT, check=True)  # noqa: S603 - our own tool and files


def lrelease(ts: Path, qm: Path) -> None:
    command = [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, cwd=ROOT, check=True)  # noqa: S603 - our own tool and files


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--qm", action="store_true", help="only compile the .ts files")
    args = p.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    ts_files = [TRANSLATIONS / f"casemgr_{code}.ts" for code in LANGUAGES]
    if not args.qm:
        VOCABULARY.write_text(vocabulary_source(), "utf-8")
        lupdate(ts_files)
    for ts in ts_files:
        lrelease(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
