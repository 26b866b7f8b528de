"""The restricted values the restricted-field tests seed: a supervisor's device writes a
distinctive value into a restricted field of a case and of its child, and into a restricted
answer of an assessment (docs/sync.md, "Restricted fields")."""

from __future__ import annotations

from casemgr.domain.records import RecordType
from tests.support.raw_device import Raw

SECRET = "ZQX-HIV-POSITIVE-7731"
SERVER_SCORE = 7  # the score the supervisor's device computed from every answer


def write_restricted(supervisor: Raw, case_id: str, child_id: str) -> str:
    """Write SECRET into the case's `abuse_disclosure`, the child's `hiv_status` and an
    initial risk screening's `previous_reports_details`, from `supervisor`'s device (which
    holds the case); the assessment's id."""
    case = supervisor.mirror[case_id]
    disclosure = supervisor.update(case, {"abuse_disclosure": f"Disclosed to the nurse: {SECRET}"})
    status = supervisor.update(child_id, {"hiv_status": SECRET})
    assessment = supervisor.create(RecordType.ASSESSMENT, {
        "form_id": "initial_risk_screening", "form_version": 1, "score": SERVER_SCORE,
        "suggested_risk": "medium", "completed_on": "2026-11-10",
        "answers": {"previous_reports": "one",
                    "previous_reports_details": f"Court hearing: {SECRET}"}}, case_id)
    written = supervisor.push(disclosure, status, assessment)
    assert [r.status for r in written.results] == ["applied"] * 3, written
    return assessment.record_id
