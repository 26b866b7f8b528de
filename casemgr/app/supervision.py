"""Supportive supervision as use cases: a supervisor records a session with a worker of their
team (the cases discussed with the decision taken for each, the worker's wellbeing and
workload, training needs, the actions agreed with their due dates), and each agreed action
becomes the worker's task: in its case when it names one of the cases discussed, else a
personal task (no case). The session and its tasks are personal records: they reach the
worker, the supervisor who recorded them and administrators, no one else (docs/sync.md,
"Personal records").

Who sees which sessions here: the sessions one recorded and those about oneself; an admin
all those this workspace holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from casemgr.db import queries
from casemgr.db.errors import RecordNotFound
from casemgr.db.store import CaseQuery
from casemgr.domain.errors import PermissionDenied, ValidationError
from casemgr.domain.ids import uuid7
from casemgr.domain.permissions import (
    Role,
    WorkerAccess,
    require_supervisor_of,
    supervises,
)
from casemgr.domain.records import Record, RecordType, TaskStatus, validate_fields
from casemgr.domain.text import msg

if TYPE_CHECKING:
    from casemgr.app.casework import Casework

ACTION_TASK_KIND = "follow_up"  # a kind every client knows (older ones validate it)
CLOSED = "closed"


@dataclass(frozen=True)
class CaseChoice:
    """One of a worker's cases, as the session dialog offers it for discussion."""

    case_id: str
    case_number: str
    family_name: str


@dataclass(frozen=True)
class AgreedAction:
    """What the worker agreed to do, by when, and in which case discussed (None: none)."""

    action: str
    due_date: date
    case_id: str | None = None


@dataclass(frozen=True)
class NewSession:
    """A session to record: records.FIELDS[SUPERVISION] in plain values."""

    worker: str
    session_date: date
    cases_discussed: Sequence[tuple[str, str]]  # (case id, the decision taken)
    wellbeing: str
    workload: str
    actions: Sequence[AgreedAction] = ()
    wellbeing_note: str = ""
    training_needs: str = ""


@dataclass(frozen=True)
class PlannedSession:
    """A session's fields and its tasks (task id, case id or None, fields), ready to write."""

    session_id: str
    fields: dict[str, Any]
    tasks: list[tuple[str, str | None, dict[str, Any]]]


@dataclass(frozen=True)
class SessionRow:
    """One line of the Supervision page."""

    session_id: str
    session_date: str
    worker: str
    supervisor: str
    wellbeing: str
    workload: str
    cases: int
    actions: int
    open_actions: int  # of the actions whose task this workspace holds, those still open


@dataclass(frozen=True)
class ActionLine:
    """An agreed action as the session's read view shows it, with its task's state now."""

    action: str
    due_date: str
    case_number: str  # "" for an action in no case
    task_status: str  # open | done | cancelled, "" when the task is not on this device


@dataclass(frozen=True)
class SessionView:
    """Everything a session says, for reading it."""

    session_id: str
    session_date: str
    worker: str
    supervisor: str
    wellbeing: str
    workload: str
    wellbeing_note: str
    training_needs: str
    cases: list[tuple[str, str]]  # (case number, decision)
    actions: list[ActionLine]


@dataclass(frozen=True)
class SupervisionDesk:
    """What the Supervision page shows and what its "New session…" dialog offers."""

    sessions: list[SessionRow]
    supervisees: list[str]  # whom this user may record a session with ([] for caseworkers)
    cases: dict[str, list[CaseChoice]]  # each supervisee's cases still open


def supervisees(cw: Casework) -> list[str]:
    """Whom the user may record a session with: the active caseworkers and supervisors of
    the directory who share one of their teams (an admin: everyone in a team)."""
    found = []
    for person in queries.directory_users(cw.ws):
        if (person.active and person.role != Role.ADMIN.value and person.teams
                and supervises(cw.actor, WorkerAccess(person.username, person.teams))):
            found.append(person.username)
    return found


def worker_cases(cw: Casework, worker: str) -> list[CaseChoice]:
    """A worker's cases this workspace holds that are not closed, by case number."""
    rows = cw.list_cases(CaseQuery(assigned_to=worker, limit=10_000))
    return [CaseChoice(r.case_id, r.case_number, r.family_name) for r in rows
            if r.status != CLOSED]


def desk(cw: Casework, worker: str | None = None) -> SupervisionDesk:
    """The sessions the user sees (of one worker, if given) and, for a supervisor or admin,
    whom they may supervise with each one's open cases."""
    people = supervisees(cw) if cw.actor.role is not Role.CASEWORKER else []
    return SupervisionDesk(sessions_for(cw, worker), people,
                           {p: worker_cases(cw, p) for p in people})


def _sessions(cw: Casework) -> list[Record]:
    """The sessions the user sees: those they recorded and those about them (an admin: all);
    the server sends each session to its worker, its author and admins only."""
    found = cw.store.records_of_type(RecordType.SUPERVISION)
    if cw.actor.role is Role.ADMIN:
        return found
    me = cw.actor.user
    return [s for s in found if me in (s.created_by, s.fields.get("worker"))]


def sessions_for(cw: Casework, worker: str | None = None) -> list[SessionRow]:
    """The sessions the user sees (of `worker` only, if given), newest first."""
    sessions = [s for s in _sessions(cw) if worker is None or s.fields.get("worker") == worker]
    status = queries.task_states(cw.ws, (a.get("task_id") for s in sessions
                                         for a in s.fields.get("actions") or []))
    rows = []
    for s in sessions:
        f = s.fields
        actions = f.get("actions") or []
        rows.append(SessionRow(
            s.id, str(f.get("session_date", "")), str(f.get("worker", "")), s.created_by,
            str(f.get("wellbeing", "")), str(f.get("workload", "")),
            len(f.get("cases_discussed") or []), len(actions),
            sum(status.get(a.get("task_id")) == TaskStatus.OPEN.value for a in actions)))
    rows.sort(key=lambda r: (r.session_date, r.session_id), reverse=True)
    return rows


def session_view(cw: Casework, session_id: str) -> SessionView:
    """One session as the user reads it, with each agreed action's task as it is now."""
    session = next((s for s in _sessions(cw) if s.id == session_id), None)
    if session is None:
        raise RecordNotFound(msg("This supervision session is not on this device."))
    f = session.fields
    actions = f.get("actions") or []
    status = queries.task_states(cw.ws, (a.get("task_id") for a in actions))
    numbers = {c.get("case_id"): str(c.get("case_number", ""))
               for c in f.get("cases_discussed") or []}
    return SessionView(
        session.id, str(f.get("session_date", "")), str(f.get("worker", "")),
        session.created_by, str(f.get("wellbeing", "")), str(f.get("workload", "")),
        str(f.get("wellbeing_note") or ""), str(f.get("training_needs") or ""),
        [(str(c.get("case_number", "")), str(c.get("decision", "")))
         for c in f.get("cases_discussed") or []],
        [ActionLine(str(a.get("action", "")), str(a.get("due_date", "")),
                    numbers.get(a.get("case_id"), "") if a.get("case_id") else "",
                    status.get(a.get("task_id"), "")) for a in actions])


def plan_session(cw: Casework, new: NewSession) -> PlannedSession:
    """Check a session before anything is written and give its fields and its tasks: the
    worker is one the user supervises, each case discussed is one of the worker's open
    cases on this device with a decision, each action says what and is due on or after the
    session, in a case discussed or none. Raises ValidationError, one message per field."""
    worker = WorkerAccess(new.worker, queries.teams_of(cw.ws, new.worker))
    errors: dict[str, str] = {}
    if not new.worker:
        errors["worker"] = msg("Choose the worker this session was with.")
    else:
        try:
            require_supervisor_of(cw.actor, worker)
        except PermissionDenied as exc:  # shown beside the worker chooser
            errors["worker"] = str(exc)
    if new.session_date > cw.today():
        errors["session_date"] = msg("A supervision session cannot be recorded in the future.")
    theirs = {c.case_id: c for c in worker_cases(cw, new.worker)} if new.worker else {}
    discussed: list[dict[str, Any]] = []
    for case_id, decision in new.cases_discussed:
        case = theirs.get(case_id)
        if case is None:
            errors["cases_discussed"] = msg("Only {worker}'s open cases can be discussed here.",
                                            worker=new.worker)
            continue
        if not decision.strip():
            errors["cases_discussed"] = msg("Give the decision taken for case {case_number}.",
                                            case_number=case.case_number)
        discussed.append({"case_id": case_id, "case_number": case.case_number,
                          "decision": decision.strip()})
    tasks: list[tuple[str, str | None, dict[str, Any]]] = []
    actions: list[dict[str, Any]] = []
    for action in new.actions:
        text = action.action.strip()
        if not text:
            errors["actions"] = msg("Say what was agreed for each action.")
        elif action.due_date < new.session_date:
            errors["actions"] = msg("An agreed action is due on or after the day of the session.")
        elif action.case_id is not None and action.case_id not in theirs:
            errors["actions"] = msg("An action can be tied only to one of the cases discussed.")
        elif action.case_id is not None and cw.actor.role is Role.ADMIN:
            errors["actions"] = (msg("An administrator records no casework: an action in a "
                                     "case is agreed by the worker's supervisor."))
        task_id = uuid7(cw.ws.clock.now_ms)
        tasks.append((task_id, action.case_id, {
            "title": text, "kind": ACTION_TASK_KIND, "due_date": action.due_date.isoformat(),
            "status": TaskStatus.OPEN.value, "assigned_to": new.worker}))
        actions.append({"action": text, "due_date": action.due_date.isoformat(),
                        "case_id": action.case_id, "task_id": task_id})
    fields = {"worker": new.worker, "session_date": new.session_date.isoformat(),
              "cases_discussed": discussed, "wellbeing": new.wellbeing or None,
              "workload": new.workload or None,
              "wellbeing_note": new.wellbeing_note.strip() or None,
              "training_needs": new.training_needs.strip() or None,
              "actions": [{k: v for k, v in a.items() if v is not None} for a in actions]}
    fields = {k: v for k, v in fields.items() if v is not None}
    try:
        validate_fields(RecordType.SUPERVISION, fields)
    except ValidationError as exc:
        errors = {**exc.errors, **errors}
    if errors:
        raise ValidationError(errors)
    return PlannedSession(uuid7(cw.ws.clock.now_ms), fields, tasks)


__all__ = ["ActionLine", "AgreedAction", "CaseChoice", "NewSession", "PlannedSession",
           "SessionRow", "SessionView", "SupervisionDesk", "desk", "plan_session",
           "session_view", "sessions_for", "supervisees", "worker_cases"]
