"""A case with something in every section of the case summary, and the identifying values a
redacted summary must not show (casemgr.app.case_summary)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from casemgr.app.casework import Casework
from casemgr.domain.forms import sample_answers
from casemgr.domain.records import Decision, RecordType, RiskLevel

TODAY = date(2026, 11, 18)  # the conftest clock's day

FAMILY = {"name": "Kamaraj", "area": "Kibera", "address": "Plot 47, Jacaranda Lane",
          "phone": "+254 711 234 567", "language": "Swahili"}
CHILD = {"given_name": "Thandeka", "family_name": "Kamaraj", "role": "child", "sex": "female",
         "date_of_birth": "2016-04-02", "school": "Olympic Primary"}
BROTHER = {"given_name": "Sipho", "family_name": "Kamaraj", "role": "child", "sex": "male",
           "estimated_age": 6}
MOTHER = {"given_name": "Nokuthula", "family_name": "Kamaraj", "role": "caregiver",
          "relationship": "mother", "estimated_age": 34}
CASE = {"risk": "medium", "legal_basis": "consent", "consent_given_by": "Nokuthula Kamaraj",
        "consent_date": "2026-11-18", "protection_concerns": ["neglect"],
        "summary": "Referred by the school: Thandeka often absent; Nokuthula works nights."}

# What a redacted summary must not contain, in any form seeded here.
IDENTIFYING = ("Kamaraj", "Thandeka", "Sipho", "Nokuthula", "Jacaranda", "Plot 47",
               "711 234 567", "0711234567", "0722 555 0199")
FREE_TEXT_MARKER = "eats at school"  # in the observations, kept when redacted

OBSERVATIONS = ("Nokuthula says Thandeka eats at school and Sipho stays with a neighbour at "
                "Plot 47. Call 0711234567 or the aunt on 0722 555 0199 before the next visit "
                "on 2026-11-25.")


def rich_case(worker: Casework, supervisor: Casework, visits: int = 3) -> str:
    """A registered case with members, a risk change, an assessment, an approved plan with a
    goal, `visits` visits, a referral with its outcome and open tasks."""
    case_id = worker.register_family(FAMILY, [CHILD, BROTHER, MOTHER], CASE).value
    cf = worker.case_file(case_id)
    thandeka = next(p for p in cf.persons if p.fields["given_name"] == "Thandeka")
    for i in range(visits):
        day = TODAY - timedelta(days=visits - 1 - i)
        worker.record_visit(case_id, {
            "visit_date": day.isoformat(), "visit_type": "home",
            "children_seen": [thandeka.id], "participants": "Nokuthula Kamaraj, aunt",
            "observations": f"Visit {i + 1}. {OBSERVATIONS}",
            "safety_concern": i == 0, "follow_up": "Ask Thandeka's teacher about meals"})
    worker.set_risk(case_id, RiskLevel.HIGH, "Sipho was left alone with Thandeka at night.")
    form = worker.form("initial_risk_screening")
    worker.run_assessment(case_id, form.id, sample_answers(form, random.Random(3), today=TODAY),
                          person_id=thandeka.id)
    plan = worker.start_case_plan(case_id, "Keep Thandeka in school and fed.",
                                  "2027-02-01").value
    worker.add_goal(plan.id, {"goal": "Thandeka attends school every day",
                              "actions": "Nokuthula walks her to school",
                              "responsible": "Nokuthula", "due_date": "2027-01-15"})
    request = worker.submit_case_plan(plan.id).value
    supervisor.decide(request.id, Decision.APPROVED)
    with worker.store.write("admin") as tx:
        provider = tx.create(RecordType.PROVIDER, {
            "name": "Riverside Health Centre", "service_types": ["health"],
            "phone": "+254 20 555 1000"}, case_id=None)
    referral = worker.refer(case_id, {
        "person_id": thandeka.id, "service_type": "health", "provider_id": provider.id,
        "urgency": "priority", "consent": True, "reason": "Malnutrition check"}).value
    worker.send_referral(referral.id)
    worker.record_referral_response(referral.id, True, "Seen on Monday")
    worker.complete_referral(referral.id, "Thandeka treated; gaining weight")
    worker.add_task(case_id, "Phone Nokuthula about the school fees",
                    (TODAY + timedelta(days=5)).isoformat())
    return case_id


__all__ = ["CASE", "CHILD", "FAMILY", "FREE_TEXT_MARKER", "IDENTIFYING", "MOTHER", "TODAY",
           "rich_case"]
