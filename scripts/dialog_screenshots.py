#!/usr/bin/env python3
"""Save a PNG of the whole screen with a dialog open over the app, at the screen's size: the
register-family dialog (a family of five, Create pressed with a name missing), the longest
assessment form (assessment-form-1366), and a saved assessment opened to read
(assessment-1366), and the export dialog (export-1366). Meant for a laptop-sized virtual
display:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/dialog_screenshots.py \
        --out docs/screenshots

It runs on a throwaway workspace with a few synthetic cases.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

# The same throwaway workspace and the same waiting as the screens' script beside this one.
from screenshots import CHEAP_KDF, PASSWORD, USER, seeded_workspace, settle, wait_for

from casemgr.domain.forms import load_forms_dir
from casemgr.domain.records import Record
from casemgr.paths import FORMS_DIR
from casemgr.ui.context import AppContext
from casemgr.ui.dialogs import AssessmentDialog, AssessmentView, RegisterFamilyDialog
from casemgr.ui.main import build_app
from casemgr.ui.settings import Settings

# A screening as a caseworker would fill it in (the number of children left unanswered).
SCREENING = {
    "screening_date": "2026-11-16", "immediate_danger": False, "urgent_medical_care": False,
    "injuries_observed": True,
    "injuries_description": "Bruise on the left forearm, about 3 cm, a few days old.",
    "protection_concerns": ["physical_abuse", "neglect"],
    "alleged_perpetrator": "household_member", "perpetrator_access": "lives_with_child",
    "child_age_band": "5_11", "disability": False, "school_attendance": "irregular",
    "basic_needs_met": "partly_met", "caregiver_protective": "willing_not_able",
    "protective_factors": ["trusted_adult", "extended_family"],
    "previous_reports": "one",
    "previous_reports_details": "School reported absences in March; closed after one visit.",
    "child_seen": True,
    "child_views": "Says she is scared when her uncle drinks; likes staying with her aunt.",
    "worker_observations": "Home crowded; little food in the house. Mother engaged and "
                           "worried; agrees to a safety plan.",
}


def shoot_screen(dialog: QWidget, out: Path, name: str) -> None:
    """The whole screen (the dialog over the app), or the dialog alone where the platform
    cannot grab the screen (offscreen)."""
    settle()
    screen = QGuiApplication.primaryScreen()
    picture = screen.grabWindow(0)
    if picture.isNull() or QGuiApplication.platformName() == "offscreen":
        picture = dialog.grab()
    path = out / f"{name}.png"
    if not picture.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    geometry = dialog.frameGeometry()
    print(f"{path}: screen {screen.availableGeometry().width()}×"
          f"{screen.availableGeometry().height()}, dialog at {geometry.x()},{geometry.y()} "
          f"{geometry.width()}×{geometry.height()}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=Path("screenshots"))
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data_dir = seeded_workspace(12, "casemgr-dialog-shots-")

    app = QApplication(sys.argv[:1])
    ctx = AppContext(data_dir=data_dir, settings=Settings.in_memory(), kdf=CHEAP_KDF,
                     status_count_delay_ms=0)
    window, worker = build_app(ctx, app)
    window.setWindowState(Qt.WindowState.WindowMaximized)
    window.show()
    try:
        screen = window.lock_screen
        wait_for(lambda: screen.profile.count() > 0)
        screen.unlock_with(USER, PASSWORD)
        wait_for(lambda: window.session is not None and window.cases.model.case_row(0)
                 is not None)
        actions = window.casework_actions

        def open_dialog(kind: type) -> QWidget:
            wait_for(lambda: any(isinstance(d, kind) and d.isVisible()
                                 for d in actions.open_dialogs))
            return next(d for d in actions.open_dialogs if isinstance(d, kind))

        actions.register_family.trigger()
        family = open_dialog(RegisterFamilyDialog)
        assert isinstance(family, RegisterFamilyDialog)
        family.address.setText("Plot 14, Kibera Road")
        family.area.setText("Kibera")
        names = [("Wanjiru", "child", "2016-04-02"), ("Baraka", "child", "2019-09-12"),
                 ("Neema", "child", ""), ("Grace", "caregiver", "")]
        for i, (given, role, born) in enumerate(names):
            row = family.rows[i] if i < len(family.rows) else family.add_member(role=role)
            row.given_name.setText(given)
            row.date_of_birth.set_date(born or None)
        family.rows[3].estimated_age.setText("34")
        family.add_member(role="caregiver")
        family.legal_basis.setCurrentIndex(family.legal_basis.findData("consent"))
        family.create_button.click()  # no family name yet: the summary and the messages
        shoot_screen(family, args.out, "register-family-1366")
        family.reject()

        window.open_case(window.cases.model.case_row(0).case_id)
        wait_for(lambda: window.case_file.case_id is not None)
        longest = max(load_forms_dir(FORMS_DIR).values(), key=lambda f: len(f.fields))
        actions._assess(window.case_file.case_id, longest)  # as the form chooser does
        assessment = open_dialog(AssessmentDialog)
        shoot_screen(assessment, args.out, "assessment-form-1366")
        assessment.reject()

        # A saved screening, opened to read as a double-click on its row does.
        view = window.case_file
        saved: list[tuple[Record, object]] = []
        window.worker.run(lambda cw: cw.run_assessment(
            view.case_id, "initial_risk_screening", SCREENING), saved.append)
        wait_for(lambda: bool(saved) and view.assessments.row_of(saved[0][0].id) is not None)
        view.show_tab("assessments")
        view.assessments_table.select_id(saved[0][0].id)
        actions.open_selected_assessment()
        report = open_dialog(AssessmentView)
        shoot_screen(report, args.out, "assessment-1366")
        report.reject()

        export = window.open_export(indicators=False)
        assert export is not None
        wait_for(export.isVisible)
        shoot_screen(export, args.out, "export-1366")
        export.reject()
    finally:
        worker.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
