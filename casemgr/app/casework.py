"""The use cases of an unlocked workspace: what a caseworker or supervisor does, without Qt.

The desktop UI and the CLI are two thin faces on `Casework`; tests drive it directly.
Every write use case returns an `Outcome`: its value and the `Changes` it committed (Anki's
OpChanges), so that only the views showing those records refresh. Every change goes through
`_RuleCheckedWrite`, which runs the domain's workflow and permission check
(casemgr.domain.workflow.check_record_edit) before the store's one write path.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import EllipsisType
from typing import Any, TypeVar

from casemgr.app import diagnostics, supervision, syncing
from casemgr.app.approvals import (
    EmergencyNotice,
    QueueItem,
    RefusedDecision,
    Review,
    approval_queue,
    emergency_notices,
    refused_decisions,
    review,
)
from casemgr.app.assessment_report import AssessmentReport, assessment_report
from casemgr.app.changes import Changes, Outcome
from casemgr.app.team import (
    Reassigned,
    Reassignment,
    TeamCase,
    TeamCaseload,
    reassign_cases,
    reassignment,
    team_case_rows,
    team_caseload,
)
from casemgr.app.today import TodayView, today_view
from casemgr.db import queries
from casemgr.db.store import (
    BREAK_GLASS,
    CaseQuery,
    CaseRow,
    SearchHits,
    WriteTx,
    break_glass_grants,
)
from casemgr.db.sync_store import SyncStore
from casemgr.db.workspace import Workspace
from casemgr.domain import forms as formsmod
from casemgr.domain import restricted, schedule, workflow
from casemgr.domain.clock import iso_utc, today
from casemgr.domain.errors import ValidationError, WorkflowError
from casemgr.domain.ids import uuid7
from casemgr.domain.permissions import Action, Actor, CaseAccess, Role, WorkerAccess, require
from casemgr.domain.records import (
    ApprovalKind,
    CaseStatus,
    Decision,
    PlanStatus,
    Record,
    RecordType,
    ReferralStatus,
    RiskLevel,
    TaskStatus,
    is_personal,
    validate_fields,
    worker_of,
)
from casemgr.domain.text import msg

Fields = Mapping[str, Any]
T = TypeVar("T")


@dataclass
class CaseFile:
    """Everything recorded about one case, grouped as the case file shows it."""

    case: Record
    family: Record | None
    persons: list[Record] = field(default_factory=list)
    visits: list[Record] = field(default_factory=list)
    assessments: list[Record] = field(default_factory=list)
    plan: Record | None = None
    goals: list[Record] = field(default_factory=list)
    approvals: list[Record] = field(default_factory=list)
    referrals: list[Record] = field(default_factory=list)
    tasks: list[Record] = field(default_factory=list)
    notes: list[Record] = field(default_factory=list)
    attachments: list[Record] = field(default_factory=list)
    conflicts: list[Record] = field(default_factory=list)

    @property
    def children(self) -> list[Record]:
        return [p for p in self.persons if p.fields.get("role") == "child"]


@dataclass(frozen=True)
class PossibleDuplicate:
    """A person already in the workspace who may be the one being registered."""

    case_id: str
    case_number: str
    person_id: str
    name: str
    date_of_birth: str | None
    similarity: float


_GROUPS = {
    RecordType.PERSON: "persons", RecordType.VISIT: "visits",
    RecordType.ASSESSMENT: "assessments", RecordType.PLAN_GOAL: "goals",
    RecordType.APPROVAL: "approvals", RecordType.REFERRAL: "referrals",
    RecordType.TASK: "tasks", RecordType.NOTE: "notes", RecordType.ATTACHMENT: "attachments",
    RecordType.CONFLICT: "conflicts",
}


def actor_of(ws: Workspace) -> Actor:
    """The workspace user as the rules see them (role and teams kept in the workspace)."""
    role = ws.meta("role") or Role.CASEWORKER.value
    teams = frozenset(t for t in ws.meta("teams").split(",") if t)
    return Actor(ws.user, Role(role), teams)


class Casework:
    """Use cases on one unlocked workspace, on behalf of its user."""

    def __init__(self, ws: Workspace, *, actor: Actor | None = None,
                 forms: Mapping[tuple[str, int], formsmod.FormDefinition] | None = None,
                 policy: schedule.DuePolicy | None = None) -> None:
        from casemgr.paths import FORMS_DIR

        self.ws = ws
        self.store = ws.store
        self.actor = actor or actor_of(ws)
        self.forms = dict(forms) if forms is not None else _forms_of(ws, FORMS_DIR)
        self.policy = policy or schedule.DuePolicy()
        self._current: _RuleCheckedWrite | None = None

    # -- time ------------------------------------------------------------------------------

    def today(self) -> date:
        return today(self.ws.clock)

    def _now(self) -> str:
        return iso_utc(self.ws.clock.now_ms())

    @contextmanager
    def _write(self) -> Iterator[_RuleCheckedWrite]:
        """The transaction of one use case, or of the batch it runs in."""
        if self._current is not None:  # a use case inside a batch: its own changes
            yield _RuleCheckedWrite(self, self._current.tx)
            return
        with self.store.write(self.actor.user) as tx:
            self._current = _RuleCheckedWrite(self, tx)
            try:
                yield self._current
            finally:
                self._current = None

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run several use cases in one transaction: all of them are kept, or none."""
        with self._write():
            yield

    # -- reading ---------------------------------------------------------------------------

    def list_cases(self, query: CaseQuery) -> list[CaseRow]:
        return self.store.list_cases(query)

    def count_cases(self, query: CaseQuery) -> int:
        return self.store.count_cases(query)

    def case_ids(self, query: CaseQuery) -> list[str]:
        """Every case id of the list, in its sort order (the desktop list holds these)."""
        return self.store.case_ids(query)

    def case_rows(self, case_ids: Iterable[str]) -> dict[str, CaseRow]:
        return self.store.case_rows(case_ids)

    def search(self, text: str, query: CaseQuery | None = None) -> SearchHits:
        """The case search of the desktop list and the command line: matching cases within
        the list's filters, in its sort order (see Store.search)."""
        return self.store.search(text, query)

    def caseworkers(self) -> list[str]:
        return queries.caseworkers(self.ws)

    def assessment_forms(self, case_id: str) -> list[formsmod.FormDefinition]:
        """The latest version of each assessment form, those meant for the case's stage
        first (their `stages`; one meant for this stage alone before one for several), then
        by title."""
        status = self.store.require(case_id).fields.get("status")
        latest: dict[str, formsmod.FormDefinition] = {}
        for (form_id, version), form in self.forms.items():
            if form_id not in latest or latest[form_id].version < version:
                latest[form_id] = form
        return sorted(latest.values(), key=lambda f: (
            not f.fits(status), len(f.stages) or len(CaseStatus), f.text(f.title)))

    def approval_queue(self) -> list[QueueItem]:
        """Plans and closures waiting for this supervisor's decision (casemgr.app.approvals)."""
        return approval_queue(self)

    def emergency_notices(self) -> list[EmergencyNotice]:
        """The break-glass notices still open for this user (casemgr.app.approvals)."""
        return emergency_notices(self)

    def acknowledge_notice(self, task_id: str) -> Outcome[Record]:
        """Seen: the notice's task is done (it syncs like any change; Today's too)."""
        return self.complete_task(task_id)

    def refused_decisions(self) -> list[RefusedDecision]:
        """This user's decisions the server refused on sync, until dismissed."""
        return refused_decisions(self)

    def dismiss_refused(self, op_id: str) -> None:
        """Seen: a refused decision leaves the Approvals page (the Sync page keeps listing
        it)."""
        SyncStore(self.ws).dismiss_issue(op_id)

    def review(self, item: QueueItem) -> Review:
        """What a queued request asks to approve, with its changes since the last approval."""
        return review(self, item)

    def team_caseload(self) -> TeamCaseload:
        """The caseload of the user's teams by worker (casemgr.app.team)."""
        return team_caseload(self)

    def team_case_rows(self, case_ids: Iterable[str]) -> dict[str, TeamCase]:
        """These cases with their overdue first visits and reviews and their last visit (the
        team caseload's list, fetched a page at a time as My cases is)."""
        return team_case_rows(self, case_ids)

    def reassignment(self, case_ids: Iterable[str]) -> Reassignment:
        """What giving these cases to another worker involves, and who may take them."""
        return reassignment(self, case_ids)

    def today_view(self) -> TodayView:
        """What the Today page shows (casemgr.app.today)."""
        return today_view(self)

    def mark_today_seen(self) -> None:
        """The user looked at Today: its "changed since" starts from now next time."""
        queries.mark_today_seen(self.ws, self._now())

    def open_tasks(self) -> list[queries.TaskRow]:
        return queries.open_tasks(self.ws)

    def referrals_in_progress(self) -> list[queries.ReferralRow]:
        return queries.referrals_in_progress(self.ws)

    def provider_names(self, provider_ids: Iterable[str | None]) -> dict[str, str]:
        return queries.provider_names(self.ws, provider_ids)

    def record_history(self, record_ids: Iterable[str]
                       ) -> tuple[list[queries.HistoryEntry], dict[str, int]]:
        """The history of these records, newest first: this device's audit entries (each
        update with the fields it changed, from what to what) and the changes received by
        sync; and how many changes of each record wait to sync."""
        ids = list(record_ids)
        entries = queries.audit_history(self.ws, ids) + queries.synced_history(self.ws, ids)
        entries.sort(key=lambda e: (e.at, e.source == "local", e.seq), reverse=True)
        return entries, queries.pending_changes(self.ws, ids)

    def assessment_report(self, record_id: str) -> AssessmentReport:
        """A saved assessment to read (and print): every question asked with its answer in
        words, the score, the suggested risk and why."""
        record = self.store.require(record_id)
        if record.type is not RecordType.ASSESSMENT or record.case_id is None:
            raise WorkflowError(msg("That is not an assessment."))
        self.require_view(self.store.require(record.case_id))
        fields = record.fields
        try:
            form: formsmod.FormDefinition | None = self.form(
                str(fields.get("form_id")), fields.get("form_version"))
        except ValidationError:
            form = None  # a version this device has not received: the answers as saved
        person = self.store.get(str(fields["person_id"])) if fields.get("person_id") else None
        updates = [e for e in self.record_history([record_id])[0] if e.action == "update"]
        corrected = (updates[0].actor, updates[0].at) if updates else (
            (record.updated_by, record.updated_at) if record.updated_at != record.created_at
            else None)
        return assessment_report(record, form, person, corrected=corrected)

    def record_printed(self, record_id: str) -> None:
        """A record was printed (it left the encrypted store on paper): audited."""
        record = self.store.require(record_id)
        self.store.audit_only("print", record_id, record.type.value, actor=self.actor.user)

    def conflict_rows(self) -> list[queries.ConflictRow]:
        """Open conflicts with their case numbers, oldest first."""
        return queries.open_conflicts(self.ws)

    def outbox_count(self) -> int:
        """Changes waiting to be sent to the server."""
        return self.store.outbox_count()

    def sync_overview(self) -> syncing.SyncOverview:
        """The server, the offline lease, the changes waiting and those refused."""
        return syncing.overview(self.ws)

    def last_sync(self) -> tuple[int, str]:
        """Changes waiting to be sent, and when the last sync finished ("" never)."""
        return syncing.last_sync(self.ws)

    def diagnostic_facts(self) -> diagnostics.WorkspaceFacts:
        """The workspace's schema and sync state for the diagnostic report (no case data)."""
        return diagnostics.workspace_facts(self.ws)

    def attachment_here(self, record_id: str) -> bool:
        """Whether the attachment's encrypted file is on this device (it may still be on its
        way from the server)."""
        return (self.ws.paths.attachments / record_id).exists()

    def open_case_file(self, case_key: str) -> CaseFile:
        """The whole case file (by id or case number); opening it is audited. A case outside
        the user's scope opens while a break-glass access to it runs (casemgr.app.glass);
        the audit entry then says so."""
        case = self.store.find_case(case_key)
        self.require_view(case)
        self.store.audit_only("open_case", case.id, RecordType.CASE.value, actor=self.actor.user)
        return self.case_file(case.id)

    def require_view(self, case: Record) -> None:
        """PermissionDenied unless the user may read the case: in their scope, or opened
        with break-glass while the access runs (read only: edits go through the scope)."""
        if not self.emergency_access_until(case.id):
            require(self.actor, Action.VIEW_CASE, CaseAccess.of_case(case.fields))

    def emergency_access_until(self, case_id: str) -> str | None:
        """When this device's break-glass access to the case ends (UTC, ISO), None if none
        runs (casemgr.app.glass)."""
        return break_glass_grants(self.ws.meta(BREAK_GLASS), iso_utc(self.ws.clock.now_ms())
                                  ).get(case_id)

    def case_file(self, case_id: str) -> CaseFile:
        """The case file without an audit entry, for refreshing a view already open."""
        records = self.store.case_records(case_id)
        case = next(r for r in records if r.type is RecordType.CASE)
        family = next((r for r in records if r.type is RecordType.FAMILY
                       and r.id == case.fields["family_id"]), None)
        cf = CaseFile(case=case, family=family)
        for r in records:
            if r.type is RecordType.CASE_PLAN:
                cf.plan = r
            elif r.type in _GROUPS:
                getattr(cf, _GROUPS[r.type]).append(r)
        cf.visits.sort(key=lambda r: r.fields.get("visit_date", ""), reverse=True)
        cf.tasks.sort(key=lambda r: (r.fields.get("status") != "open", r.fields["due_date"]))
        return cf

    def providers(self, service_type: str | None = None) -> list[Record]:
        found = self.store.records_of_type(RecordType.PROVIDER)
        if service_type:
            found = [p for p in found if service_type in p.fields.get("service_types", [])]
        return sorted(found, key=lambda p: str(p.fields.get("name", "")).lower())

    def possible_duplicates(self, given_name: str, family_name: str,
                            date_of_birth: str | None = None,
                            estimated_age: int | None = None) -> list[PossibleDuplicate]:
        """People already recorded with a similar name and a matching date of birth or age."""
        wanted = _fold(f"{given_name} {family_name}")
        if not wanted.strip():
            return []
        terms = " OR ".join(f'"{w[:2]}"*' for w in wanted.split() if len(w) >= 2)
        if not terms:
            return []
        rows = self.store.people_matching(terms)
        import json

        born = _year_of_birth(date_of_birth, estimated_age, self.today())
        found: list[PossibleDuplicate] = []
        for person_id, case_id, raw in rows:
            f = json.loads(raw)
            name = f"{f.get('given_name', '')} {f.get('family_name', '')}"
            similarity = _name_similarity(wanted, _fold(name))
            if similarity < 0.8:
                continue
            their_year = _year_of_birth(f.get("date_of_birth"), f.get("estimated_age"),
                                        self.today())
            if born is not None and their_year is not None and abs(born - their_year) > 1:
                continue
            if date_of_birth and f.get("date_of_birth") == date_of_birth:
                similarity = min(1.0, similarity + 0.1)
            found.append(PossibleDuplicate(case_id, "", person_id, name.strip(),
                                           f.get("date_of_birth"), round(similarity, 3)))
        rows_by_case = self.store.case_rows({d.case_id for d in found})
        result = [PossibleDuplicate(d.case_id, rows_by_case[d.case_id].case_number,
                                    d.person_id, d.name, d.date_of_birth, d.similarity)
                  for d in found if d.case_id in rows_by_case]
        return sorted(result, key=lambda d: -d.similarity)[:20]

    # -- registration ----------------------------------------------------------------------

    def register_family(self, family: Fields, members: Sequence[Fields], case: Fields,
                        *, assigned_to: str | None = None, team: str | None = None,
                        opened_on: date | None = None) -> Outcome[str]:
        """Register a family, its members and a new case; returns the case id.

        `case` holds risk, protection concerns, consent or legal basis and summary; the case
        number, status and the first-visit and review tasks are set here. `opened_on`: for a
        case opened earlier on paper (default today; never in the future).
        """
        opened = opened_on or self.today()
        if opened > self.today():
            raise ValidationError({"case.opened_on": msg("A case cannot be opened in the future.")})
        assigned = assigned_to or self.actor.user
        team = team if team is not None else (min(self.actor.teams) if self.actor.teams
                                              else None)
        errors = _collect("family.", RecordType.FAMILY, family)
        if not any(m.get("role") == "child" for m in members):
            errors["members"] = msg("Register at least one child.")
        for i, member in enumerate(members, start=1):
            errors.update(_collect(f"member{i}.", RecordType.PERSON,
                                   {**member, "family_id": _PLACEHOLDER_ID}))
            errors.update(_check_person(f"member{i}.", member, opened))
        case_fields = {**case, "case_number": "pending", "family_id": _PLACEHOLDER_ID,
                       "status": CaseStatus.OPEN.value, "assigned_to": assigned, "team": team,
                       "opened_on": opened.isoformat()}
        errors.update(_collect("case.", RecordType.CASE, case_fields))
        if case.get("legal_basis") == "consent" and not case.get("consent_given_by"):
            errors["case.consent_given_by"] = msg("Record who gave consent.")
        if errors:
            raise ValidationError(errors)
        case_id = uuid7(self.ws.clock.now_ms)
        with self._write() as w:
            case_fields["case_number"] = w.tx.next_case_number()
            fam = w.create(RecordType.FAMILY, family, case_id,
                           case_access=CaseAccess(assigned, team))
            case_fields["family_id"] = fam.id
            w.create(RecordType.CASE, case_fields, case_id, record_id=case_id)
            for member in members:
                w.create(RecordType.PERSON, {**member, "family_id": fam.id}, case_id)
            risk = RiskLevel(case["risk"]) if case.get("risk") else None
            for task in schedule.tasks_for_new_case(opened, risk, assigned, self.policy):
                w.create(RecordType.TASK, task, case_id)
            return w.done(case_id)

    def add_person(self, case_id: str, fields: Fields) -> Outcome[Record]:
        errors = _check_person("", fields, self.today())
        if errors:
            raise ValidationError(errors)
        with self._write() as w:
            family_id = w.case(case_id).fields["family_id"]
            return w.done(w.create(RecordType.PERSON, {**fields, "family_id": family_id},
                                   case_id))

    # -- visits, assessments, notes, risk ---------------------------------------------------

    def record_visit(self, case_id: str, fields: Fields) -> Outcome[Record]:
        """Record a visit. The first one makes an open case active and ticks the first-visit
        task. `children_seen` names children of this case; `child_seen` follows it."""
        with self._write() as w:
            seen = fields.get("children_seen")
            if isinstance(seen, list):
                self._check_children(case_id, seen, "children_seen")
                fields = {**fields, "child_seen": bool(seen)}
            visit = w.create(RecordType.VISIT, fields, case_id)
            case = w.case(case_id)
            if case.fields["status"] == CaseStatus.OPEN.value:
                w.update(case_id, {"status": CaseStatus.ACTIVE.value})
            for task in w.tx_records(case_id, RecordType.TASK):
                if (task.fields.get("kind") == "first_visit"
                        and task.fields.get("status") == TaskStatus.OPEN.value):
                    w.update(task.id, {"status": TaskStatus.DONE.value,
                                       "completed_on": fields["visit_date"]})
            return w.done(visit)

    def _check_children(self, case_id: str, ids: Sequence[str], field_name: str) -> None:
        """Refuse ids that are not children of the case (a visit's, an assessment's)."""
        children = {p.id for p in self.store.case_records(case_id, RecordType.PERSON)
                    if p.fields.get("role") == "child"}
        if not set(ids) <= children:
            raise ValidationError({field_name: msg("names someone who is not a child of this "
                                                   "case.")})

    def run_assessment(self, case_id: str, form_id: str, answers: Mapping[str, Any], *,
                       person_id: str | None = None, form_version: int | None = None,
                       lang: str | None = None) -> Outcome[tuple[Record, formsmod.ScoreResult]]:
        """Validate and score the answers of an assessment form and record it."""
        form = self.form(form_id, form_version)
        clean = formsmod.validate_answers(form, answers, lang=lang, today=self.today())
        if person_id is not None:
            self._check_children(case_id, [person_id], "person_id")
        result = formsmod.score(form, clean)
        fields: dict[str, Any] = {
            "form_id": form.id, "form_version": form.version, "answers": clean,
            "score": result.score, "completed_on": self.today().isoformat(),
            "suggested_risk": result.suggested_risk.value if result.suggested_risk else None,
            "person_id": person_id,
        }
        with self._write() as w:
            return w.done((w.create(RecordType.ASSESSMENT, fields, case_id), result))

    def form(self, form_id: str, version: int | None = None) -> formsmod.FormDefinition:
        versions = [v for (fid, v) in self.forms if fid == form_id]
        if not versions or (version is not None and version not in versions):
            raise ValidationError({"form_id": msg("No such assessment form on this device.")})
        return self.forms[(form_id, version if version is not None else max(versions))]

    def set_risk(self, case_id: str, risk: RiskLevel, reason: str) -> Outcome[None]:
        """Change the case's risk level, saying why (kept on the case as `risk_reason` and
        shown in its history); open first-visit and review tasks come forward."""
        with self._write() as w:
            case = w.case(case_id)
            w.update(case_id, workflow.risk_change(case.fields, risk, reason))
            opened = date.fromisoformat(case.fields["opened_on"])
            for task in w.tx_records(case_id, RecordType.TASK):
                changes = schedule.retime_for_risk(task.fields, opened, risk, self.policy,
                                                   self.today())
                if changes:
                    w.update(task.id, changes)
            return w.done(None)

    def add_note(self, case_id: str, text: str) -> Outcome[Record]:
        with self._write() as w:
            return w.done(w.create(RecordType.NOTE, {"text": text}, case_id))

    # -- tasks -----------------------------------------------------------------------------

    def add_task(self, case_id: str, title: str, due_date: str, kind: str = "follow_up",
                 assigned_to: str | None = None) -> Outcome[Record]:
        with self._write() as w:
            return w.done(w.create(RecordType.TASK, {
                "title": title, "kind": kind, "due_date": due_date,
                "status": TaskStatus.OPEN.value, "assigned_to": assigned_to or self.actor.user,
            }, case_id))

    def task_from_follow_up(self, visit_id: str, days: int = 7) -> Outcome[Record]:
        """The follow-up a visit noted, as an open task of the user's due in `days` days
        (one step from the visit)."""
        visit = self.store.get(visit_id)
        if visit is None or visit.type is not RecordType.VISIT or not visit.case_id:
            raise WorkflowError(msg("That visit is not on this device."))
        follow_up = str(visit.fields.get("follow_up") or "").strip()
        if not follow_up:
            raise WorkflowError(msg("This visit noted no follow-up to make a task of."))
        due = (self.today() + timedelta(days=days)).isoformat()
        return self.add_task(visit.case_id, follow_up[:200], due, kind="follow_up")

    def complete_task(self, task_id: str) -> Outcome[Record]:
        with self._write() as w:
            return w.done(w.update(task_id, {"status": TaskStatus.DONE.value,
                                             "completed_on": self.today().isoformat()}))

    def cancel_task(self, task_id: str) -> Outcome[Record]:
        with self._write() as w:
            return w.done(w.update(task_id, {"status": TaskStatus.CANCELLED.value}))

    # -- case plan -------------------------------------------------------------------------

    def start_case_plan(self, case_id: str, summary: str | None = None,
                        review_date: str | None = None) -> Outcome[Record]:
        """The case's plan, created as a draft if it has none yet."""
        with self._write() as w:
            existing = w.tx_records(case_id, RecordType.CASE_PLAN)
            if existing:
                return w.done(existing[0])
            return w.done(w.create(RecordType.CASE_PLAN, {
                "status": PlanStatus.DRAFT.value, "summary": summary,
                "review_date": review_date}, case_id))

    def edit_case_plan(self, plan_id: str, changes: Fields) -> Outcome[Record]:
        """Change the plan's summary or review date; a submitted or approved plan goes back
        to draft."""
        with self._write() as w:
            plan = w.get(plan_id)
            reset = workflow.plan_changes_after_edit(
                plan.fields, self._plan_hash(w, plan.id, {**plan.fields, **changes}))
            return w.done(w.update(plan_id, {**changes, **reset}))

    def add_goal(self, plan_id: str, fields: Fields) -> Outcome[Record]:
        with self._write() as w:
            plan = w.get(plan_id)
            goal = w.create(RecordType.PLAN_GOAL, {"status": "not_started", **fields,
                                                   "plan_id": plan_id}, plan.case_id)
            self._replan(w, plan_id)
            return w.done(goal)

    def edit_goal(self, goal_id: str, changes: Fields) -> Outcome[Record]:
        with self._write() as w:
            goal = w.update(goal_id, changes)
            self._replan(w, goal.fields["plan_id"])
            return w.done(goal)

    def remove_goal(self, goal_id: str) -> Outcome[None]:
        with self._write() as w:
            goal = w.get(goal_id)
            w.delete(goal_id)
            self._replan(w, goal.fields["plan_id"])
            return w.done(None)

    def _plan_hash(self, w: _RuleCheckedWrite, plan_id: str, plan_fields: Fields) -> str:
        plan = w.get(plan_id)
        goals = [(g.id, g.fields) for g in w.tx_records(plan.case_id or "", RecordType.PLAN_GOAL)
                 if g.fields.get("plan_id") == plan_id]
        return workflow.plan_content_hash(plan_fields, goals)

    def _replan(self, w: _RuleCheckedWrite, plan_id: str) -> None:
        plan = w.get(plan_id)
        reset = workflow.plan_changes_after_edit(plan.fields,
                                                 self._plan_hash(w, plan_id, plan.fields))
        if reset:
            w.update(plan_id, reset)

    def submit_case_plan(self, plan_id: str) -> Outcome[Record]:
        """Send the plan to a supervisor; returns the pending approval request."""
        with self._write() as w:
            plan = w.get(plan_id)
            goals = [g for g in w.tx_records(plan.case_id or "", RecordType.PLAN_GOAL)
                     if g.fields.get("plan_id") == plan_id]
            digest = self._plan_hash(w, plan_id, plan.fields)
            changes, request = workflow.submit_plan(
                plan_id, plan.fields, digest, len(goals), self.actor,
                w.access(plan.case_id), self._now())
            created = w.create(RecordType.APPROVAL, request, plan.case_id, subject_hash=digest)
            w.update(plan_id, changes, approval=request, subject_hash=digest)
            return w.done(created)

    # -- approvals -------------------------------------------------------------------------

    def pending_approvals(self) -> list[Record]:
        return [a for a in self.store.records_of_type(RecordType.APPROVAL)
                if a.fields.get("decision") == Decision.PENDING.value]

    def decide(self, approval_id: str, decision: Decision,
               comment: str | None = None) -> Outcome[Record]:
        """A supervisor approves or sends back a plan or closure request."""
        with self._write() as w:
            approval = w.get(approval_id)
            if approval.type is not RecordType.APPROVAL:
                raise WorkflowError(msg("That is not an approval request."))
            subject = w.get(approval.fields["subject_id"])
            kind = ApprovalKind(approval.fields["kind"])
            if kind is ApprovalKind.CASE_PLAN:
                current = self._plan_hash(w, subject.id, subject.fields)
            else:
                current = workflow.closure_content_hash(subject.fields)
            changes = workflow.decide(approval.fields, decision, self.actor,
                                      w.access(approval.case_id), current, self._now(), comment)
            decided = w.update(approval_id, changes, subject_hash=current)
            if kind is ApprovalKind.CASE_PLAN:
                consequence = workflow.plan_changes_after_decision(subject.fields, decided.fields)
            else:
                consequence = workflow.case_changes_after_closure_decision(
                    subject.fields, decided.fields, self.today().isoformat())
                if consequence.get("status") == CaseStatus.CLOSED.value:
                    # A closed case has nothing left to do: its open tasks are cancelled
                    # (before it closes, which freezes it), so none shows as overdue.
                    for task in w.tx_records(subject.id, RecordType.TASK):
                        if task.fields.get("status") == TaskStatus.OPEN.value:
                            w.update(task.id, {"status": TaskStatus.CANCELLED.value})
            w.update(subject.id, consequence, approval=decided.fields, subject_hash=current)
            return w.done(decided)

    # -- referrals -------------------------------------------------------------------------

    def refer(self, case_id: str, fields: Fields) -> Outcome[Record]:
        """Draft a referral of a child to a service (send it with `send_referral`)."""
        with self._write() as w:
            return w.done(w.create(RecordType.REFERRAL, {
                **fields, "status": ReferralStatus.DRAFT.value}, case_id))

    def _move_referral(self, referral_id: str, target: ReferralStatus,
                       **extra: Any) -> Outcome[Record]:
        with self._write() as w:
            referral = w.get(referral_id)
            changes = workflow.referral_changes(referral.fields, target,
                                                self.today().isoformat(), **extra)
            return w.done(w.update(referral_id, changes))

    def send_referral(self, referral_id: str) -> Outcome[Record]:
        return self._move_referral(referral_id, ReferralStatus.SENT)

    def record_referral_response(self, referral_id: str, accepted: bool,
                                 response: str | None = None) -> Outcome[Record]:
        target = ReferralStatus.ACCEPTED if accepted else ReferralStatus.DECLINED
        return self._move_referral(referral_id, target, response=response)

    def complete_referral(self, referral_id: str, outcome: str) -> Outcome[Record]:
        return self._move_referral(referral_id, ReferralStatus.COMPLETED, outcome=outcome)

    def cancel_referral(self, referral_id: str) -> Outcome[Record]:
        return self._move_referral(referral_id, ReferralStatus.CANCELLED)

    # -- closure, reopening, reassignment ----------------------------------------------------

    def request_closure(self, case_id: str, reason: str) -> Outcome[Record]:
        """Ask a supervisor to close the case; returns the pending closure request."""
        with self._write() as w:
            case = w.case(case_id)
            changes, request = workflow.request_closure(
                case_id, case.fields, self.actor, w.access(case_id), reason, self._now())
            created = w.create(RecordType.APPROVAL, request, case_id,
                               subject_hash=request["subject_hash"])
            w.update(case_id, changes, approval=request)
            return w.done(created)

    def reopen_case(self, case_id: str) -> Outcome[Record]:
        with self._write() as w:
            case = w.case(case_id)
            return w.done(w.update(case_id, workflow.reopen_case(case.fields, self.actor,
                                                                 w.access(case_id))))

    def reassign_case(self, case_id: str, worker: str, team: str | None = None) -> Outcome[Record]:
        """Give the case to another worker; its open tasks that were the previous worker's go
        with it (a task someone else was given stays theirs)."""
        with self._write() as w:
            previous = w.case(case_id).fields.get("assigned_to")
            changes: dict[str, Any] = {"assigned_to": worker}
            if team is not None:
                changes["team"] = team
            case = w.update(case_id, changes)
            for task in w.tx_records(case_id, RecordType.TASK):
                if (previous != worker and task.fields.get("status") == TaskStatus.OPEN.value
                        and task.fields.get("assigned_to") in (previous, None)):
                    w.update(task.id, {"assigned_to": worker})
            return w.done(case)

    def reassign_cases(self, case_ids: Iterable[str], worker: str) -> Outcome[Reassigned]:
        """Give several cases to another worker of their team in one transaction, each with
        its open tasks (casemgr.app.team)."""
        return reassign_cases(self, case_ids, worker)

    # -- supervision -----------------------------------------------------------------------

    def record_session(self, session: supervision.NewSession) -> Outcome[Record]:
        """A supervisor records a supervision session with a worker of their team, and each
        agreed action becomes the worker's task (in its case, or a personal task with no
        case), in one transaction (casemgr.app.supervision)."""
        planned = supervision.plan_session(self, session)
        with self._write() as w:
            created = w.create(RecordType.SUPERVISION, planned.fields, None,
                               record_id=planned.session_id)
            for task_id, case_id, fields in planned.tasks:
                w.create(RecordType.TASK, fields, case_id, record_id=task_id)
            return w.done(created)

    def supervision_desk(self, worker: str | None = None) -> supervision.SupervisionDesk:
        """The Supervision page: the sessions the user sees (of one worker, if given), whom
        they may supervise and each one's open cases."""
        return supervision.desk(self, worker)

    def sessions_for(self, worker: str | None = None) -> list[supervision.SessionRow]:
        """The supervision sessions the user recorded or is the worker of (an admin: all),
        newest first; of one worker if given."""
        return supervision.sessions_for(self, worker)

    def supervision_session(self, session_id: str) -> supervision.SessionView:
        """One supervision session to read, each agreed action with its task's state."""
        return supervision.session_view(self, session_id)

    # -- attachments -----------------------------------------------------------------------

    def attach_file(self, case_id: str, source: Path, description: str | None = None,
                    media_type: str | None = None) -> Outcome[Record]:
        """Encrypt a file into the workspace and record it on the case."""
        import mimetypes

        from casemgr.db.attachments import seal_file
        from casemgr.db.files import shred

        record_id = uuid7(self.ws.clock.now_ms)
        dest = self.ws.paths.attachments / record_id
        sealed = seal_file(source, dest, record_id)
        try:
            with self._write() as w:
                record = w.create(RecordType.ATTACHMENT, {
                    "filename": source.name[:200], "size": sealed.size,
                    "media_type": media_type or mimetypes.guess_type(source.name)[0],
                    "sha256": sealed.sha256, "file_key": sealed.key_hex,
                    "description": description}, case_id, record_id=record_id)
                w.tx.queue_upload(record_id, sealed.sha256)
                return w.done(record)
        except BaseException:
            shred(dest)
            raise

    def read_attachment(self, record_id: str) -> Iterator[bytes]:
        """The decrypted content, chunk by chunk (never written to disk in plaintext)."""
        from casemgr.db.attachments import open_sealed

        record = self.store.require(record_id)
        self.require_view(self.store.require(record.case_id or ""))
        self.store.audit_only("open_attachment", record_id, RecordType.ATTACHMENT.value,
                              actor=self.actor.user)
        return open_sealed(self.ws.paths.attachments / record_id, record.fields["file_key"],
                           record_id)

    # -- sync conflicts --------------------------------------------------------------------

    def open_conflicts(self) -> list[Record]:
        return [c for c in self.store.records_of_type(RecordType.CONFLICT)
                if c.fields.get("status") == "open"]

    def resolve_conflict(self, conflict_id: str, value: Any) -> Outcome[Record]:
        """Settle a sync conflict with the value to keep: an ordinary edit that syncs."""
        with self._write() as w:
            conflict = w.get(conflict_id)
            target = conflict.fields["record_id"]
            name = conflict.fields["field"]
            record = w.get(target)
            if name in record.fields or value is not None:
                w.update(target, {name: value})
            return w.done(w.update(conflict_id, {"status": "resolved", "resolution": value}))

    # -- corrections -----------------------------------------------------------------------

    def correct_record(self, record_id: str, fields: Fields) -> Outcome[Record]:
        """Its author corrects a saved visit, a referral still in draft or an open task:
        `fields` are the record's fields as its dialog has them now (a correctable field
        left out is cleared; workflow.CORRECTABLE_FIELDS). An edit that syncs like any
        other; the History shows what changed."""
        with self._write() as w:
            record = w.get(record_id)
            if record.type is RecordType.ASSESSMENT:
                raise WorkflowError(msg("An assessment is corrected through its form "
                                        "(correct_assessment), which scores it again."))
            workflow.check_correction(record.type, record.fields, record.created_by,
                                      self.actor)
            if record.type is RecordType.VISIT:
                fields = self._visit_seen(record, fields)
            changes = workflow.correction_changes(record.type, record.fields, fields)
            return w.done(w.update(record_id, changes))

    def _visit_seen(self, visit: Record, fields: Fields) -> dict[str, Any]:
        """The children a corrected visit names are the case's; `child_seen` follows them,
        as when it was recorded. A visit recorded before children were named keeps its
        "child seen" while the correction names none."""
        seen = fields.get("children_seen")
        if not isinstance(seen, list):
            return dict(fields)
        if not seen and visit.fields.get("children_seen") is None:
            rest = {k: v for k, v in fields.items() if k != "children_seen"}
            return {**rest, "child_seen": visit.fields.get("child_seen")}
        self._check_children(visit.case_id or "", seen, "children_seen")
        return {**fields, "child_seen": bool(seen)}

    def correct_assessment(self, record_id: str, answers: Mapping[str, Any], *,
                           person_id: str | EllipsisType | None = ...,
                           lang: str | None = None
                           ) -> Outcome[tuple[Record, formsmod.ScoreResult]]:
        """Its author corrects a saved assessment's answers, checked against the form version
        it was made with; the score and suggested risk are computed again and saved with
        them. `person_id`: the child it is about (None: the family as a whole; left out:
        unchanged)."""
        with self._write() as w:
            record = w.get(record_id)
            if record.type is not RecordType.ASSESSMENT:
                raise WorkflowError(msg("That is not an assessment."))
            workflow.check_correction(record.type, record.fields, record.created_by,
                                      self.actor)
            form = self.form(str(record.fields["form_id"]), record.fields["form_version"])
            # Answers the server withheld from this user are not asked again: the server
            # keeps them, and computes the score from every answer (docs/sync.md).
            hidden = restricted.withheld_questions(record.withheld)
            clean = formsmod.validate_answers(
                form, {k: v for k, v in answers.items() if k not in hidden}, lang=lang,
                today=self.today(), withheld=hidden)
            about = record.fields.get("person_id") if person_id is ... else person_id
            if isinstance(about, str) and about != record.fields.get("person_id"):
                self._check_children(record.case_id or "", [about], "person_id")
            result = formsmod.score(form, clean)
            if hidden:  # the saved score, the server's, stays until the server's next one
                saved = record.fields.get("suggested_risk")
                result = formsmod.ScoreResult(record.fields.get("score") or 0,
                                              RiskLevel(saved) if saved else None, ())
            changes = workflow.correction_changes(record.type, record.fields, {
                "answers": clean, "score": result.score, "person_id": about,
                "suggested_risk": result.suggested_risk.value if result.suggested_risk
                else None})
            return w.done((w.update(record_id, changes), result))

    # -- any field -------------------------------------------------------------------------

    def edit_record(self, record_id: str, changes: Fields) -> Outcome[Record]:
        """An ordinary edit of any fields, checked like every other change."""
        with self._write() as w:
            record = w.update(record_id, changes)
            if record.type is RecordType.PLAN_GOAL:
                self._replan(w, record.fields["plan_id"])
            return w.done(record)

    def delete_record(self, record_id: str) -> Outcome[None]:
        with self._write() as w:
            record = w.get(record_id)
            w.delete(record_id)
            if record.type is RecordType.PLAN_GOAL:
                self._replan(w, record.fields["plan_id"])
            outcome = w.done(None)
        if record.type is RecordType.ATTACHMENT:
            from casemgr.db.files import shred

            shred(self.ws.paths.attachments / record_id)  # the key went with the record
        return outcome


_PLACEHOLDER_ID = "00000000-0000-7000-8000-000000000000"


def _forms_of(ws: Workspace, shipped: Path) -> dict[tuple[str, int], formsmod.FormDefinition]:
    """The forms shipped with casemgr, and over them the versions the server published."""
    forms = formsmod.load_forms_dir(shipped)
    for form_id, version, definition in SyncStore(ws).forms():
        forms[(form_id, version)] = formsmod.parse_form(definition)
    return forms


def _collect(prefix: str, record_type: RecordType, fields: Fields) -> dict[str, str]:
    try:
        validate_fields(record_type, {k: v for k, v in fields.items() if v is not None})
    except ValidationError as exc:
        return {prefix + k: v for k, v in exc.errors.items()}
    return {}


def _check_person(prefix: str, person: Fields, on: date) -> dict[str, str]:
    """Rules a person record must meet beyond its field kinds."""
    errors: dict[str, str] = {}
    dob, age = person.get("date_of_birth"), person.get("estimated_age")
    if person.get("role") == "child" and dob is None and age is None:
        errors[prefix + "date_of_birth"] = msg("Give the child's date of birth or estimated age.")
    if isinstance(dob, str):
        try:
            born = date.fromisoformat(dob)
        except ValueError:
            return errors  # the field check reports it
        if born > on:
            errors[prefix + "date_of_birth"] = msg("A date of birth cannot be in the future.")
        elif person.get("role") == "child" and (on.year - born.year) - (
                (on.month, on.day) < (born.month, born.day)) >= 18:
            errors[prefix + "date_of_birth"] = msg("A child is under 18; record adults as "
                                                   "caregiver or other.")
    if isinstance(age, int) and not 0 <= age <= 120:
        errors[prefix + "estimated_age"] = msg("Give an age between 0 and 120.")
    return errors


def _fold(text: str) -> str:
    """Lower case, accents removed: 'Ngúyen' and 'nguyen' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name_similarity(a: str, b: str) -> float:
    """Similarity of two full names, ignoring word order (given/family names swapped)."""
    direct = difflib.SequenceMatcher(None, a, b).ratio()
    swapped = difflib.SequenceMatcher(None, " ".join(sorted(a.split())),
                                      " ".join(sorted(b.split()))).ratio()
    return max(direct, swapped)


def _year_of_birth(dob: Any, age: Any, on: date) -> int | None:
    if isinstance(dob, str) and len(dob) >= 4 and dob[:4].isdigit():
        return int(dob[:4])
    if isinstance(age, int):
        return on.year - age
    return None


class _RuleCheckedWrite:
    """A write transaction where every change first passes the domain's workflow check."""

    def __init__(self, cw: Casework, tx: WriteTx) -> None:
        self._cw = cw
        self.tx = tx
        self._first = len(tx.changed)  # what was written before this use case (in a batch)

    def done(self, value: T) -> Outcome[T]:
        """The use case's value and what it wrote (reported once the transaction commits:
        an exception before then reaches the caller instead)."""
        return Outcome(value, Changes.of(self.tx.changed[self._first:]))

    def get(self, record_id: str) -> Record:
        return self.tx.get(record_id)

    def case(self, case_id: str | None) -> Record:
        if case_id is None:
            raise WorkflowError(msg("This record does not belong to a case."))
        case = self.tx.get(case_id)
        require(self._cw.actor, Action.VIEW_CASE, CaseAccess.of_case(case.fields))
        return case

    def access(self, case_id: str | None) -> CaseAccess:
        return CaseAccess.of_case(self.case(case_id).fields)

    def tx_records(self, case_id: str, record_type: RecordType) -> list[Record]:
        return self._cw.store.case_records(case_id, record_type)

    def _context(self, record_type: RecordType, case_id: str | None,
                 case_access: CaseAccess | None) -> tuple[CaseAccess | None, CaseStatus | None]:
        if record_type is RecordType.PROVIDER or is_personal(record_type, case_id):
            return None, None
        if case_access is not None:
            return case_access, None
        case = self.case(case_id)
        return CaseAccess.of_case(case.fields), CaseStatus(case.fields["status"])

    def create(self, record_type: RecordType, fields: Fields, case_id: str | None, *,
               record_id: str | None = None, case_access: CaseAccess | None = None,
               subject_hash: str | None = None) -> Record:
        clean = {k: v for k, v in fields.items() if v is not None}
        access: CaseAccess | None
        status: CaseStatus | None
        if record_type is RecordType.CASE:
            access, status = CaseAccess.of_case(clean), None
        else:
            access, status = self._context(record_type, case_id, case_access)
        workflow.check_record_edit(record_type, None, clean, self._cw.actor, access,
                                   current_subject_hash=subject_hash, case_status=status,
                                   today=self._cw.today(),
                                   worker=self._worker(record_type, case_id, clean))
        return self.tx.create(record_type, clean, case_id=case_id, record_id=record_id)

    def update(self, record_id: str, changes: Fields, *, approval: Fields | None = None,
               subject_hash: str | None = None) -> Record:
        record = self.tx.get(record_id)
        new = {k: v for k, v in {**record.fields, **changes}.items() if v is not None}
        access, status = self._context(record.type, record.case_id, None)
        workflow.check_record_edit(record.type, record.fields, new, self._cw.actor, access,
                                   current_subject_hash=subject_hash, approval=approval,
                                   case_status=status, today=self._cw.today(),
                                   author=record.created_by,
                                   worker=self._worker(record.type, record.case_id,
                                                       record.fields))
        return self.tx.update(record_id, changes)

    def delete(self, record_id: str) -> None:
        record = self.tx.get(record_id)
        access, status = self._context(record.type, record.case_id, None)
        workflow.check_record_delete(record.type, record.fields, self._cw.actor, access,
                                     case_status=status, author=record.created_by,
                                     worker=self._worker(record.type, record.case_id,
                                                         record.fields))
        self.tx.delete(record_id)

    def _worker(self, record_type: RecordType, case_id: str | None,
                fields: Fields) -> WorkerAccess | None:
        """Whom a personal record (no case) is about, with their teams as the directory this
        device last synced says; None for any other record."""
        if not is_personal(record_type, case_id):
            return None
        name = worker_of(record_type, fields)
        return WorkerAccess(name, queries.teams_of(self._cw.ws, name))


__all__ = ["CaseFile", "Casework", "PossibleDuplicate", "actor_of"]
