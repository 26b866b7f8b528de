"""The case summary of one case (casemgr.app.case_summary), read from a real encrypted
workspace: every section filled from the case file, and the family's identifying data
withheld when redacted, in fields and in free text. The PDF itself: tests/ui."""

from __future__ import annotations

import pytest

from casemgr.app.case_summary import (
    ADDRESS_WITHHELD,
    NAME_WITHHELD,
    PHONE_WITHHELD,
    SECTIONS,
    Redactor,
    case_summary,
    record_summary_output,
    to_html,
)
from casemgr.app.casework import Casework
from casemgr.domain.errors import PermissionDenied
from casemgr.domain.permissions import Actor, Role
from tests.support.summary import FREE_TEXT_MARKER, IDENTIFYING, TODAY, rich_case


def test_every_section_is_filled_from_the_case_file(worker, supervisor):
    case_id = rich_case(worker, supervisor, visits=3)
    s = case_summary(worker, case_id, redact=False)
    assert s.case_number.endswith("-00001") and s.family_name == "Kamaraj"
    facts = dict(s.facts)
    assert (facts["Risk"], facts["Consent given by"]) == ("High", "Nokuthula Kamaraj on "
                                                          "2026-11-18")
    assert dict(s.family)["Address"] == "Plot 47, Jacaranda Lane"
    # Ages, never dates of birth; children first, the eldest first.
    assert [(m.name, m.role, m.age) for m in s.members] == [
        ("Thandeka Kamaraj", "Child", "10"), ("Sipho Kamaraj", "Child", "about 6"),
        ("Nokuthula Kamaraj", "Caregiver", "about 34")]
    assert [(h.old, h.new) for h in s.risk_history] == [("", "Medium"), ("Medium", "High")]
    assert s.risk_history[1].reason == "Sipho was left alone with Thandeka at night."
    [assessment] = s.assessments
    assert assessment.about == "Thandeka Kamaraj" and float(assessment.score) > 0
    assert assessment.form.startswith("Initial risk screening (v")
    assert s.plan is not None and s.plan.status == "Approved"
    assert s.plan.approval.startswith("Approved by sam on 2026-11-18")
    assert [g.goal for g in s.plan.goals] == ["Thandeka attends school every day"]
    assert [v.date for v in s.visits] == ["2026-11-18", "2026-11-17", "2026-11-16"]
    assert s.visits[2].safety_concern == "Yes" and s.visits[0].children_seen == \
        "Thandeka Kamaraj"
    [referral] = s.referrals
    assert (referral.provider, referral.status, referral.outcome) == (
        "Riverside Health Centre", "Completed", "Thandeka treated; gaining weight")
    assert "Phone Nokuthula about the school fees" in [t.title for t in s.open_tasks]
    assert all(t.state in ("Upcoming", "Due today") or t.state.startswith("Overdue")
               for t in s.open_tasks)
    html = to_html(s, "Agency", "amina", s.printed_at)
    for section in SECTIONS:
        assert f">{section}</h2>" in html


def test_redaction_withholds_names_addresses_and_phones_everywhere(worker, supervisor):
    case_id = rich_case(worker, supervisor, visits=2)
    s = case_summary(worker, case_id, redact=True)
    html = to_html(s, "Riverside Child Protection", "amina", s.printed_at)
    for value in IDENTIFYING:
        assert value.lower() not in html.lower(), value
    assert (s.family_name, dict(s.family)["Address"], dict(s.family)["Phone"]) == (
        NAME_WITHHELD, ADDRESS_WITHHELD, PHONE_WITHHELD)
    # Each person is the same label wherever they appear; the rest of the text is kept.
    assert [m.name for m in s.members] == ["[child 1]", "[child 2]", "[caregiver 1]"]
    assert s.visits[0].children_seen == "[child 1]"
    assert s.referrals[0].child == "[child 1]" and s.assessments[0].about == "[child 1]"
    observations = s.visits[0].observations
    assert FREE_TEXT_MARKER in observations
    assert observations.startswith("Visit 2. [caregiver 1] says [child 1] eats at school "
                                   "and [child 2] stays with a neighbour at "
                                   "[address withheld]. Call [phone withheld] or the aunt on "
                                   "[phone withheld] before the next visit on 2026-11-25.")
    # Service providers and staff are not the family's data.
    assert s.referrals[0].provider == "Riverside Health Centre"
    assert "Approved by sam" in (s.plan.approval if s.plan else "")


def test_free_text_redaction_keeps_dates_and_ordinary_numbers():
    from casemgr.domain.records import Record, RecordType

    person = Record("p1", RecordType.PERSON, "c", {"given_name": "Ana Maria", "family_name":
                                                    "Lopez", "role": "child"})
    case = Record("c", RecordType.CASE, "c", {"consent_given_by": "Rosa Lopez"})
    family = Record("f", RecordType.FAMILY, "c", {"name": "Lopez", "phone": "555-0101"})
    r = Redactor([person], family, case, True, TODAY)
    assert r.text("ANA MARIA lopez came on 2026-11-02 at 10:30 with 3 siblings; call "
                  "+34 612 345 678 or 5550101. Rosa signed.") == (
        "[child 1] came on 2026-11-02 at 10:30 with 3 siblings; call [phone withheld] or "
        "[phone withheld]. [name withheld] signed.")
    assert r.text("Analysis of Maria's school report") == \
        "Analysis of [name withheld]'s school report"  # whole words only
    off = Redactor([person], family, case, False, TODAY)
    assert off.text("Ana Maria Lopez") == "Ana Maria Lopez"


def test_only_who_may_see_the_case_gets_its_summary_and_printing_is_audited(worker,
                                                                            supervisor,
                                                                            workspace):
    case_id = rich_case(worker, supervisor, visits=1)
    other = Casework(workspace, actor=Actor("bob", Role.CASEWORKER, frozenset({"north"})))
    with pytest.raises(PermissionDenied):
        case_summary(other, case_id, redact=True)
    before = len(worker.store.audit_entries(case_id))
    record_summary_output(worker, case_id, printed=True, redacted=True)
    record_summary_output(worker, case_id, printed=False, redacted=False)
    entries = worker.store.audit_entries(case_id)[before:]
    assert [(e["action"], e["actor"], e["record_type"]) for e in entries] == [
        ("summary_print_redacted", "amina", "case"), ("summary_pdf", "amina", "case")]
