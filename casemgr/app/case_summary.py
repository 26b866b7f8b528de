"""The case summary of one case, as printed for a case conference or a court: the case and
its family, the members of the household with their ages, the risk history, the assessments
with their scores, the current plan and its approval, the visits, the referrals and their
outcomes, and the open tasks.

Qt-free: `case_summary` reads the case as the case file does (Casework.case_file, the
provider names, Casework.record_history for the risk changes) and `to_html` turns it into
simple print-friendly HTML (Qt's rich-text subset: headings, paragraphs and tables). The
desktop writes that HTML to a PDF or a printer with a header and page numbers on every page
(casemgr.ui.widgets.pdf).

Redaction (`redact=True`) withholds what identifies the family's people: their names (each
person becomes "[child 1]", "[caregiver 1]"…, the same label wherever they appear), the
family's name, address and phone number, and who gave consent; the same values are replaced
wherever they occur in free text (observations, notes on the plan, outcomes, reasons), as is
anything shaped like a phone number. Ages stay, dates of birth are never printed. Staff user
names and service providers are not withheld: they are not the family's identifying data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from html import escape

from casemgr.app.casework import Casework
from casemgr.domain import schedule
from casemgr.domain.labels import choice_label, field_text, vocabulary_of
from casemgr.domain.records import Decision, Record, RecordType, display_name
from casemgr.domain.text import msg

NAME_WITHHELD = "[name withheld]"
ADDRESS_WITHHELD = "[address withheld]"
PHONE_WITHHELD = "[phone withheld]"
REDACTION_NOTE = msg("Names, addresses and phone numbers of the family are withheld in this "
                     "copy; each person is shown by their role and a number.")

# What the audit log records for a summary leaving the encrypted store (the History's words
# for them: casemgr.ui.casefile.history.ACTIONS).
AUDIT_PDF = "summary_pdf"
AUDIT_PRINT = "summary_print"
REDACTED_SUFFIX = "_redacted"


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    age: str
    sex: str
    relationship: str
    school: str


@dataclass(frozen=True)
class RiskChange:
    at: str  # "2026-11-20 10:05"
    by: str
    old: str
    new: str
    reason: str


@dataclass(frozen=True)
class AssessmentLine:
    completed_on: str
    form: str
    about: str
    score: str
    suggested_risk: str
    by: str


@dataclass(frozen=True)
class GoalLine:
    goal: str
    actions: str
    responsible: str
    due: str
    status: str


@dataclass(frozen=True)
class ApprovalLine:
    request: str
    requested_by: str
    requested_at: str
    decision: str
    decided_by: str
    decided_at: str
    comment: str


@dataclass(frozen=True)
class PlanSummary:
    status: str
    summary: str
    review_date: str
    approval: str  # "Approved by sam on 2026-11-20 10:05", "Waiting for a decision…"
    goals: tuple[GoalLine, ...]


@dataclass(frozen=True)
class VisitLine:
    date: str
    kind: str
    by: str
    children_seen: str
    safety_concern: str
    present: str
    observations: str
    follow_up: str


@dataclass(frozen=True)
class ReferralLine:
    service: str
    provider: str
    child: str
    urgency: str
    status: str
    sent_on: str
    outcome: str


@dataclass(frozen=True)
class TaskLine:
    title: str
    due: str
    state: str
    assigned_to: str


@dataclass(frozen=True)
class CaseSummary:
    """One case's summary, every text as it is to be printed (withheld when redacted)."""

    case_id: str
    case_number: str
    redacted: bool
    family_name: str
    facts: tuple[tuple[str, str], ...]  # the case: (label, value)
    family: tuple[tuple[str, str], ...]
    members: tuple[Member, ...]
    risk_history: tuple[RiskChange, ...]
    assessments: tuple[AssessmentLine, ...]
    plan: PlanSummary | None
    approvals: tuple[ApprovalLine, ...]
    visits: tuple[VisitLine, ...]
    referrals: tuple[ReferralLine, ...]
    open_tasks: tuple[TaskLine, ...]
    printed_at: str  # local time, "2026-12-05 14:03"


# -- redaction ---------------------------------------------------------------------------------

_PHONE = re.compile(r"\+?\(?\d(?:[\s().-]{0,2}\d){6,14}")
_PROTECTED = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}")


# Words that say who someone is to the child, not who they are: kept in free text.
_KIN = frozenset({
    "mother", "father", "parent", "parents", "grandmother", "grandfather", "grandparent",
    "aunt", "uncle", "sister", "brother", "cousin", "guardian", "caregiver", "stepmother",
    "stepfather", "foster", "carer", "mr", "mrs", "ms", "miss", "dr", "the", "and", "of"})


class Redactor:
    """Withholds the identifying data of one case's people, in fields and in free text."""

    def __init__(self, persons: Iterable[Record], family: Record | None, case: Record,
                 enabled: bool, on: date) -> None:
        self.enabled = enabled
        self.labels: dict[str, str] = {}
        counts: dict[str, int] = {}
        roles = ("child", "caregiver", "other")

        def order(p: Record) -> tuple[int, str, str]:  # children first, the eldest first
            dob, age = p.fields.get("date_of_birth"), p.fields.get("estimated_age")
            born = dob if isinstance(dob, str) else (
                f"{on.year - age:04d}-{on.month:02d}-{on.day:02d}" if isinstance(age, int)
                else "9999")
            role = p.fields.get("role")
            return (roles.index(role) if role in roles else len(roles), born, p.id)

        people = sorted(persons, key=order)
        self.order = {p.id: i for i, p in enumerate(people)}
        for p in people:
            role = str(p.fields.get("role") or "person")
            counts[role] = counts.get(role, 0) + 1
            self.labels[p.id] = f"[{field_text('person', 'role', role).lower()} {counts[role]}]"
        self._names: dict[str, str] = {}  # casefolded text -> its placeholder
        self._phones: list[re.Pattern[str]] = []
        if not enabled:
            return
        given_count: dict[str, int] = {}
        for p in people:
            g = str(p.fields.get("given_name") or "").strip().casefold()
            given_count[g] = given_count.get(g, 0) + 1
        for p in people:
            given = str(p.fields.get("given_name") or "").strip()
            family_name = str(p.fields.get("family_name") or "").strip()
            label = self.labels[p.id]
            for full in (f"{given} {family_name}", f"{family_name} {given}"):
                self._add_name(full, label)
            unique = given_count.get(given.casefold(), 0) == 1
            self._add_name(given, label if unique else NAME_WITHHELD)
            for word in given.split():
                self._add_name(word, NAME_WITHHELD)
            self._add_name(family_name, NAME_WITHHELD)
            for word in family_name.split():
                self._add_name(word, NAME_WITHHELD)
        fam = family.fields if family else {}
        self._add_name(str(fam.get("name") or ""), NAME_WITHHELD)
        for word in str(fam.get("name") or "").split():
            self._add_name(word, NAME_WITHHELD)
        consent = str(case.fields.get("consent_given_by") or "")
        self._add_name(consent, NAME_WITHHELD)
        for word in re.findall(r"\w+", consent):  # "Rosa Lopez (grandmother)": Rosa, Lopez
            if word[0].isupper() and word.isalpha() and word.casefold() not in _KIN:
                self._add_name(word, NAME_WITHHELD)
        address = str(fam.get("address") or "").strip()
        self._add_name(address, ADDRESS_WITHHELD)
        for part in address.split(","):  # a street with its number, on its own
            if any(c.isdigit() for c in part) and len(part.strip()) >= 4:
                self._add_name(part.strip(), ADDRESS_WITHHELD)
        phone = str(fam.get("phone") or "")
        digits = re.sub(r"\D", "", phone)
        if len(digits) >= 5:
            self._phones.append(re.compile(r"\+?\(?" + r"[\s().-]{0,2}".join(digits)))
        self._pattern = re.compile(
            "|".join(rf"(?<!\w){re.escape(n)}(?!\w)"
                     for n in sorted(self._names, key=len, reverse=True)) or r"(?!x)x",
            re.IGNORECASE)

    def _add_name(self, text: str, placeholder: str) -> None:
        text = " ".join(text.split())
        if len(text) < 2:
            return
        key = text.casefold()
        if key not in self._names or self._names[key] == NAME_WITHHELD:
            self._names[key] = placeholder

    def person(self, record: Record | None) -> str:
        """A person as the summary names them: their name, or their label when redacted."""
        if record is None:
            return ""
        if self.enabled:
            return self.labels.get(record.id, NAME_WITHHELD)
        return display_name(record.type, record.fields)

    def value(self, text: str, placeholder: str) -> str:
        """A field that is identifying data as a whole (the family's name, the address)."""
        return placeholder if self.enabled and text.strip() else text

    def text(self, text: str) -> str:
        """Free text with this case's names, address and phone numbers withheld."""
        if not self.enabled or not text:
            return text
        for pattern in self._phones:
            text = pattern.sub(PHONE_WITHHELD, text)
        text = self._pattern.sub(lambda m: self._names.get(
            " ".join(m.group(0).split()).casefold(), NAME_WITHHELD), text)
        kept: list[str] = []

        def protect(m: re.Match[str]) -> str:
            kept.append(m.group(0))
            return f"\x00{len(kept) - 1}\x00"

        text = _PROTECTED.sub(protect, text)  # dates and times are not phone numbers
        text = _PHONE.sub(PHONE_WITHHELD, text)
        return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], text)


# -- building ----------------------------------------------------------------------------------

def _f(record: Record, name: str) -> str:
    """A field as printed: a choice in words the desktop translates (msg), else as typed."""
    text = field_text(record.type.value, name, record.fields.get(name))
    if vocabulary_of(record.type.value, name) and isinstance(record.fields.get(name), str):
        return msg(text)
    return text


def _when(iso: str | None) -> str:
    return (iso or "")[:16].replace("T", " ")


def age_text(person: Record, on: date) -> str:
    """An age in years from the date of birth (never the date itself), or the estimate."""
    dob = person.fields.get("date_of_birth")
    if isinstance(dob, str):
        try:
            born = date.fromisoformat(dob)
        except ValueError:
            born = None
        if born is not None:
            years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
            return msg("under 1") if years < 1 else str(years)
    age = person.fields.get("estimated_age")
    return msg("about {age}", age=age) if isinstance(age, int) else ""


def _risk(value: object) -> str:
    return msg(choice_label("risk", value)) if value else msg("not set")


def case_summary(cw: Casework, case_id: str, *, redact: bool) -> CaseSummary:
    """The summary of a case the user may see (by id or case number); not audited here (the
    print or the PDF is: `record_summary_output`)."""
    case = cw.store.find_case(case_id)
    cw.require_view(case)  # in scope, or under break-glass
    cf = cw.case_file(case.id)
    today = cw.today()
    r = Redactor(cf.persons, cf.family, cf.case, redact, today)
    people = {p.id: p for p in cf.persons}
    c = cf.case.fields
    fam = cf.family.fields if cf.family else {}

    closure = ""
    if c.get("closed_on"):
        closure = msg("Closed on {date}", date=c["closed_on"])
        if c.get("closure_reason"):
            closure = msg("Closed on {date}: {reason}", date=c["closed_on"],
                          reason=r.text(str(c["closure_reason"])))
    given_by = r.value(str(c.get("consent_given_by") or ""), NAME_WITHHELD)
    given_on = str(c.get("consent_date") or "")
    consent = (msg("{who} on {date}", who=given_by, date=given_on) if given_by and given_on
               else given_by or given_on)
    facts = [(msg("Case number"), str(c["case_number"])), (msg("Status"), _f(cf.case, "status")),
             (msg("Risk"), _risk(c.get("risk"))),
             (msg("Caseworker"), str(c.get("assigned_to", ""))),
             (msg("Team"), str(c.get("team") or "")),
             (msg("Opened on"), str(c.get("opened_on", ""))),
             (msg("Consent or legal basis"), _f(cf.case, "legal_basis")),
             (msg("Consent given by"), consent),
             (msg("Protection concerns"), _f(cf.case, "protection_concerns")),
             (msg("Closure"), closure), (msg("Summary"), r.text(str(c.get("summary") or "")))]
    family = [(msg("Family"), r.value(str(fam.get("name") or ""), NAME_WITHHELD)),
              (msg("Address"), r.value(str(fam.get("address") or ""), ADDRESS_WITHHELD)),
              (msg("Area"), str(fam.get("area") or "")),
              (msg("Phone"), r.value(str(fam.get("phone") or ""), PHONE_WITHHELD)),
              (msg("Language"), str(fam.get("language") or ""))]

    members = tuple(Member(r.person(p), _f(p, "role"), age_text(p, today), _f(p, "sex"),
                           r.text(_f(p, "relationship")), r.text(_f(p, "school")))
                    for p in sorted(cf.persons, key=lambda p: r.order[p.id]))

    entries, _pending = cw.record_history([cf.case.id])
    risk_changes = [e for e in sorted(entries, key=lambda e: (e.at, e.seq))
                    if "risk" in e.changes]
    history = []
    first = risk_changes[0].changes["risk"][0] if risk_changes else c.get("risk")
    history.append(RiskChange(str(c.get("opened_on", "")), str(cf.case.created_by),
                              "", _risk(first), msg("When the case was opened")))
    for e in risk_changes:
        old, new = e.changes["risk"]
        reason = e.changes.get("risk_reason", (None, None))[1]
        history.append(RiskChange(_when(e.at), e.actor, _risk(old), _risk(new),
                                  r.text(" ".join(str(reason or "").split()))))

    titles = {fid: form.text(form.title) for (fid, _v), form in cw.forms.items()}
    assessments = tuple(
        AssessmentLine(
            _f(a, "completed_on"),
            f"{titles.get(str(a.fields.get('form_id')), str(a.fields.get('form_id')))} "
            f"(v{a.fields.get('form_version', '?')})",
            r.person(people.get(str(a.fields.get("person_id")))) if a.fields.get("person_id")
            else msg("The family"),
            f"{a.fields['score']:g}" if isinstance(a.fields.get("score"), int | float) else "",
            msg(choice_label("risk", a.fields["suggested_risk"]))
            if a.fields.get("suggested_risk") else "", a.created_by)
        for a in sorted(cf.assessments, key=lambda a: str(a.fields.get("completed_on", "")),
                        reverse=True))

    approvals = sorted(cf.approvals, key=lambda a: str(a.fields.get("requested_at", "")),
                       reverse=True)
    plan = None
    if cf.plan is not None:
        p = cf.plan.fields
        decided = next((a for a in approvals if a.fields.get("subject_id") == cf.plan.id
                        and a.fields.get("kind") == "case_plan"
                        and a.fields.get("decision") == Decision.APPROVED.value), None)
        pending = next((a for a in approvals if a.fields.get("subject_id") == cf.plan.id
                        and a.fields.get("decision") == Decision.PENDING.value), None)
        if p.get("status") == "approved":
            who = p.get("approved_by") or (decided.fields.get("decided_by") if decided else "")
            at = _when(decided.fields.get("decided_at")) if decided else ""
            approval = (msg("Approved by {who} on {when}", who=who, when=at) if at
                        else msg("Approved by {who}", who=who))
        elif pending is not None:
            approval = msg("Submitted by {who} on {when}; waiting for a supervisor's "
                           "decision", who=str(pending.fields.get("requested_by")),
                           when=_when(pending.fields.get("requested_at")))
        else:
            approval = msg("Not approved: a draft not yet submitted")
        goals = tuple(GoalLine(r.text(_f(g, "goal")), r.text(_f(g, "actions")),
                               r.text(_f(g, "responsible")), _f(g, "due_date"),
                               _f(g, "status"))
                      for g in sorted(cf.goals, key=lambda g: (str(g.fields.get("due_date")
                                                                   or "9999"), g.id)))
        plan = PlanSummary(_f(cf.plan, "status"), r.text(_f(cf.plan, "summary")),
                           _f(cf.plan, "review_date"), approval, goals)
    approval_lines = tuple(ApprovalLine(
        msg(choice_label("approval_kind", a.fields.get("kind"))),
        str(a.fields.get("requested_by")),
        _when(a.fields.get("requested_at")), _f(a, "decision"),
        str(a.fields.get("decided_by") or ""), _when(a.fields.get("decided_at")),
        r.text(str(a.fields.get("comment") or ""))) for a in approvals)

    def seen(v: Record) -> str:
        named = v.fields.get("children_seen")
        if isinstance(named, list):
            return ", ".join(r.person(people.get(pid)) or "?" for pid in named) or msg("None")
        return _f(v, "child_seen")

    visits = tuple(VisitLine(_f(v, "visit_date"), _f(v, "visit_type"), v.created_by, seen(v),
                             _f(v, "safety_concern"), r.text(_f(v, "participants")),
                             r.text(str(v.fields.get("observations") or "")),
                             r.text(_f(v, "follow_up")))
                   for v in cf.visits)
    providers = cw.provider_names(x.fields.get("provider_id") for x in cf.referrals)
    referrals = tuple(ReferralLine(
        _f(x, "service_type"), providers.get(str(x.fields.get("provider_id") or ""), ""),
        r.person(people.get(str(x.fields.get("person_id")))) if x.fields.get("person_id")
        else "", _f(x, "urgency"), _f(x, "status"), _f(x, "sent_on"),
        r.text(str(x.fields.get("outcome") or x.fields.get("response") or "")))
        for x in sorted(cf.referrals, key=lambda x: (str(x.fields.get("sent_on") or "9999"),
                                                     x.id), reverse=True))
    open_tasks = []
    for t in cf.tasks:
        if t.fields.get("status") != "open":
            continue
        state = schedule.task_state(t.fields, today)
        text = {schedule.TaskState.DUE_TODAY: msg("Due today")}.get(state, msg("Upcoming"))
        if state is schedule.TaskState.OVERDUE:
            days = (today - date.fromisoformat(t.fields["due_date"])).days
            text = (msg("Overdue by 1 day") if days == 1
                    else msg("Overdue by {days} days", days=days))
        open_tasks.append(TaskLine(r.text(_f(t, "title")), _f(t, "due_date"), text,
                                   str(t.fields.get("assigned_to") or "")))

    printed = datetime.fromtimestamp(cw.ws.clock.now_ms() / 1000).astimezone()
    return CaseSummary(
        cf.case.id, str(c["case_number"]), redact,
        r.value(str(fam.get("name") or ""), NAME_WITHHELD), tuple(facts), tuple(family),
        members, tuple(history), assessments, plan, approval_lines, visits, referrals,
        tuple(open_tasks), printed.strftime("%Y-%m-%d %H:%M"))


def record_summary_output(cw: Casework, case_id: str, *, printed: bool,
                          redacted: bool) -> None:
    """The summary left the encrypted store, to a printer or a PDF file: audited, with
    whether names, addresses and phone numbers were withheld."""
    action = (AUDIT_PRINT if printed else AUDIT_PDF) + (REDACTED_SUFFIX if redacted else "")
    cw.store.audit_only(action, case_id, RecordType.CASE.value, actor=cw.actor.user)


# -- HTML --------------------------------------------------------------------------------------

Say = Callable[[str], str]  # what the summary says, in the reader's language


def html_text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _table(say: Say, headers: Iterable[str], rows: Iterable[Iterable[str]],
           widths: Iterable[int] | None = None) -> str:
    heads = list(headers)
    ws = list(widths or [])
    out = ['<table width="100%" border="1" cellspacing="0" cellpadding="3" '
           'style="border-collapse: collapse; border-color: #888888">', "<thead><tr>"]
    for i, h in enumerate(heads):
        width = f' width="{ws[i]}%"' if i < len(ws) else ""
        out.append(f'<th align="left" bgcolor="#e8e8e8"{width}>{html_text(say(h))}</th>')
    out.append("</tr></thead>")  # repeated at the top of each page the table runs onto
    for row in rows:
        out.append("<tr>" + "".join(f'<td valign="top">{html_text(say(v))}</td>' for v in row)
                   + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def pairs_html(say: Say, pairs: Iterable[tuple[str, str]]) -> str:
    rows = [f'<tr><td width="30%" valign="top"><b>{html_text(say(k))}</b></td>'
            f'<td valign="top">{html_text(say(v))}</td></tr>' for k, v in pairs if v]
    return ('<table width="100%" border="0" cellspacing="0" cellpadding="2">'
            + "".join(rows) + "</table>")


def _h(level: int, title: str) -> str:
    style = ' style="margin-top: 16px"' if level == 2 else ""
    return f"<h{level}{style}>{html_text(title)}</h{level}>"


def _none(what: str) -> str:
    return f"<p><i>{html_text(what)}</i></p>"


SECTIONS = (msg("Family and household"), msg("Risk history"), msg("Assessments"),
            msg("Case plan"), msg("Visits"), msg("Referrals"), msg("Open tasks"))


def to_html(summary: CaseSummary, agency: str, printed_by: str, printed_at: str,
            say: Say = str) -> str:
    """The summary as HTML in Qt's rich-text subset, every text escaped; no colour but a
    light grey behind table headings, so that it reads the same on paper. `say` puts what
    the summary says (casemgr.domain.text.msg) into the reader's language (the desktop
    passes casemgr.ui.i18n.localize); by default it is English."""
    s = summary
    title = say(msg("Case summary: {number}", number=s.case_number))
    if not s.redacted and s.family_name:
        title = say(msg("Case summary: {number} · {family} family", number=s.case_number,
                        family=s.family_name))
    printed = say(msg("Printed by {user} on {when}", user=printed_by, when=printed_at))
    byline = " · ".join(x for x in (agency, printed) if x)
    parts = [_h(1, title), f"<p>{html_text(byline)}</p>"]
    if s.redacted:
        parts.append(f"<p><b>{html_text(say(REDACTION_NOTE))}</b></p>")
    parts.append(pairs_html(say, s.facts))

    parts.append(_h(2, say(SECTIONS[0])))
    parts.append(pairs_html(say, s.family))
    parts.append(_h(3, say(msg("Members of the household"))))
    parts.append(_table(say, (msg("Name"), msg("Role"), msg("Age"), msg("Sex"),
                              msg("Relationship"), msg("School")),
                        ((m.name, m.role, m.age, m.sex, m.relationship, m.school)
                         for m in s.members)) if s.members
                 else _none(say(msg("No one recorded."))))

    parts.append(_h(2, say(SECTIONS[1])))
    parts.append(_table(say, (msg("When"), msg("By"), msg("From"), msg("To"), msg("Reason")),
                        ((h.at, h.by, h.old, h.new, h.reason) for h in s.risk_history),
                        (16, 12, 12, 12, 48)))

    parts.append(_h(2, say(SECTIONS[2])))
    parts.append(_table(say, (msg("Completed on"), msg("Form"), msg("About"), msg("Score"),
                              msg("Suggested risk"), msg("By")),
                        ((a.completed_on, a.form, a.about, a.score, a.suggested_risk, a.by)
                         for a in s.assessments))
                 if s.assessments else _none(say(msg("No assessment yet."))))

    parts.append(_h(2, say(SECTIONS[3])))
    if s.plan is None:
        parts.append(_none(say(msg("No case plan yet."))))
    else:
        parts.append(pairs_html(say, ((msg("Status"), s.plan.status),
                                  (msg("Approval"), s.plan.approval),
                                  (msg("Review date"), s.plan.review_date),
                                  (msg("Plan summary"), s.plan.summary))))
        parts.append(_table(say, (msg("Goal"), msg("Actions"), msg("Responsible"), msg("Due"),
                                  msg("Status")),
                            ((g.goal, g.actions, g.responsible, g.due, g.status)
                             for g in s.plan.goals), (28, 32, 14, 14, 12))
                     if s.plan.goals else _none(say(msg("No goals yet."))))
    if s.approvals:
        parts.append(_h(3, say(msg("Approval requests"))))
        parts.append(_table(say, (msg("Request"), msg("Requested by"), msg("Requested at"),
                                  msg("Decision"), msg("Decided by"), msg("Decided at"),
                                  msg("Comment")),
                            ((a.request, a.requested_by, a.requested_at, a.decision,
                              a.decided_by, a.decided_at, a.comment) for a in s.approvals)))

    parts.append(_h(2, say(SECTIONS[4])))
    if not s.visits:
        parts.append(_none(say(msg("No visit yet."))))
    for v in s.visits:
        parts.append(_h(3, say(msg("{date} · {kind} visit · {by}", date=v.date, kind=v.kind,
                                   by=v.by))))
        parts.append(pairs_html(say, ((msg("Children seen"), v.children_seen),
                                  (msg("Safety concern"), v.safety_concern),
                                  (msg("Who was present"), v.present),
                                  (msg("Observations"), v.observations),
                                  (msg("Follow-up"), v.follow_up))))

    parts.append(_h(2, say(SECTIONS[5])))
    parts.append(_table(say, (msg("Service"), msg("Provider"), msg("Child"), msg("Urgency"),
                              msg("Status"), msg("Sent on"), msg("Outcome")),
                        ((x.service, x.provider, x.child, x.urgency, x.status, x.sent_on,
                          x.outcome) for x in s.referrals))
                 if s.referrals else _none(say(msg("No referral yet."))))

    parts.append(_h(2, say(SECTIONS[6])))
    parts.append(_table(say, (msg("Task"), msg("Due"), msg("State"), msg("Assigned to")),
                        ((t.title, t.due, t.state, t.assigned_to) for t in s.open_tasks),
                        (50, 15, 20, 15))
                 if s.open_tasks else _none(say(msg("No open task."))))
    return "\n".join(parts)


__all__ = [
    "ADDRESS_WITHHELD",
    "AUDIT_PDF",
    "AUDIT_PRINT",
    "NAME_WITHHELD",
    "PHONE_WITHHELD",
    "REDACTED_SUFFIX",
    "SECTIONS",
    "CaseSummary",
    "Redactor",
    "age_text",
    "case_summary",
    "html_text",
    "pairs_html",
    "record_summary_output",
    "to_html",
]
