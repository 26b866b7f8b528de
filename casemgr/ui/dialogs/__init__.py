"""Casework dialogs: plain data in, plain dicts out (`value()`), messages shown where given.

Each is a `base.CaseworkDialog` (AssessmentView, which only shows and prints, a
`base.FittedDialog`). None of them reads or writes the workspace; the app shell runs the use
cases (Casework) and hands any ValidationError.errors back through `show_errors`.
"""

from casemgr.ui.dialogs.approval import ApprovalDecisionDialog
from casemgr.ui.dialogs.assessment import AssessmentDialog
from casemgr.ui.dialogs.assessment_view import AssessmentView
from casemgr.ui.dialogs.attach_file import AttachFileDialog
from casemgr.ui.dialogs.break_glass import BreakGlassDialog
from casemgr.ui.dialogs.closure import ClosureDialog
from casemgr.ui.dialogs.conflict import ConflictResolver
from casemgr.ui.dialogs.goal import GoalDialog
from casemgr.ui.dialogs.plan_editor import PlanEditor
from casemgr.ui.dialogs.reassign import ReassignDialog
from casemgr.ui.dialogs.reassign_cases import ReassignCasesDialog
from casemgr.ui.dialogs.referral import ReferralDialog
from casemgr.ui.dialogs.referral_response import ReferralResponseDialog
from casemgr.ui.dialogs.register_family import RegisterFamilyDialog
from casemgr.ui.dialogs.risk import RiskDialog
from casemgr.ui.dialogs.supervision import SessionDialog, SessionReadDialog
from casemgr.ui.dialogs.task import TaskDialog
from casemgr.ui.dialogs.visit import VisitDialog

__all__ = [
    "ApprovalDecisionDialog",
    "AssessmentDialog",
    "AssessmentView",
    "AttachFileDialog",
    "BreakGlassDialog",
    "ClosureDialog",
    "ConflictResolver",
    "GoalDialog",
    "PlanEditor",
    "ReassignCasesDialog",
    "ReassignDialog",
    "ReferralDialog",
    "ReferralResponseDialog",
    "RegisterFamilyDialog",
    "RiskDialog",
    "SessionDialog",
    "SessionReadDialog",
    "TaskDialog",
    "VisitDialog",
]
