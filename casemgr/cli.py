"""The `casemgr` command: the desktop app, and headless commands on a local workspace.

Each command is a thin face on casemgr.app (the same use cases the desktop app calls).
The password comes from CASEMGR_PASSWORD or a prompt. Exit status: EXIT_STATUS below (and
`casemgr --help`); `exit_code` maps each error a user can act on to its status.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from casemgr import __version__
from casemgr.paths import default_data_dir
from casemgr.sync.protocol import BREAK_GLASS_REASONS as BREAK_GLASS_REASON_CODES

EXIT_PROBLEMS = 1  # a check found problems
EXIT_USAGE = 2  # the command line is wrong or incomplete (argparse's own code too)
EXIT_WRONG_PASSWORD = 3  # only a wrong password: a script may ask again
EXIT_NOT_FOUND = 4
EXIT_EXISTS = 5
EXIT_REFUSED = 6  # any other refusal a user can act on, said in the one-line message
EXIT_SERVER = 7
EXIT_DISK_FULL = 8  # the disk is full: the message says how much to free
EXIT_INTERNAL, EXIT_INTERRUPTED = 70, 130

EXIT_STATUS = f"""\
exit status:
  0    done
  {EXIT_PROBLEMS}    a check found problems (workspace check, audit verify)
  {EXIT_USAGE}    usage: a wrong option or argument, or no password given
  {EXIT_WRONG_PASSWORD}    wrong password (nothing was changed)
  {EXIT_NOT_FOUND}    not found: no such case or record, or no such workspace
  {EXIT_EXISTS}    already exists: a workspace is never replaced
  {EXIT_REFUSED}    refused: an invalid value, a step the workflow or the user's role does not
       allow, a workspace locked after failed attempts, or damaged
  {EXIT_SERVER}    the server: cannot be reached, refused, or asks for an online login
  {EXIT_DISK_FULL}    the disk is full: what did not fit was not saved; the message says how
       much space to free
  {EXIT_INTERNAL}   internal error (a bug: please report it)
  {EXIT_INTERRUPTED}  interrupted (Ctrl+C)
"""


class CliError(Exception):
    """A one-line message for the user, and the exit code that goes with it."""

    def __init__(self, message: str, code: int = EXIT_REFUSED) -> None:
        super().__init__(message)
        self.code = code


def _password(confirm: bool = False) -> str:
    if (env := os.environ.get("CASEMGR_PASSWORD")) is not None:
        return env
    if not sys.stdin.isatty():
        raise CliError("No password: set CASEMGR_PASSWORD or run in a terminal.", EXIT_USAGE)
    first = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Repeat the password: ") != first:
        raise CliError("The two passwords differ; nothing was created.", EXIT_USAGE)
    return first


def _password_again() -> str:
    """The password once more, before data leaves the encrypted store (CASEMGR_PASSWORD
    answers it in a script)."""
    if (env := os.environ.get("CASEMGR_PASSWORD")) is not None:
        return env
    if not sys.stdin.isatty():
        raise CliError("No password: set CASEMGR_PASSWORD or run in a terminal.", EXIT_USAGE)
    return getpass.getpass("Your password again (the data leaves the encrypted workspace): ")


def _user(args: argparse.Namespace) -> str:
    """--user, else CASEMGR_USER, else the only workspace in the data folder."""
    if args.user:
        return str(args.user)
    if env := os.environ.get("CASEMGR_USER"):
        return env
    data_dir = Path(args.data_dir)
    users = sorted(p.parent.name for p in data_dir.glob("*/workspace.json"))
    if len(users) == 1:
        return users[0]
    if not users:
        raise CliError(f"No workspace in {data_dir}; create one with `casemgr workspace init "
                       "--user NAME`.", EXIT_NOT_FOUND)
    raise CliError("Several workspaces here; say which with --user: " + ", ".join(users),
                   EXIT_USAGE)


def _unlock(args: argparse.Namespace) -> Any:
    ws, _ = _open(args)
    return ws


def _open(args: argparse.Namespace, go_online: bool = False) -> tuple[Any, Any]:
    """Unlock the workspace; a server-bound one only while its offline lease allows (or
    after an online login)."""
    from casemgr.db.keystore import system_keystore
    from casemgr.sync.account import open_workspace

    return open_workspace(Path(args.data_dir), _user(args), _password(), go_online=go_online,
                          keystore=system_keystore())


def _casework(ws: Any) -> Any:
    from casemgr.app.casework import Casework

    return Casework(ws)


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")


def _table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    for row in (headers, *rows):
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=False)).rstrip())


# -- commands ----------------------------------------------------------------------------------

def cmd_workspace_init(args: argparse.Namespace) -> int:
    from casemgr.db.keystore import system_keystore
    from casemgr.db.workspace import create_workspace
    from casemgr.domain.permissions import Role

    role = Role(args.role)
    print("This is an offline-only workspace: there is no password recovery without a server. "
          "Keep the password safe.", file=sys.stderr)
    ws = create_workspace(Path(args.data_dir), args.user, _password(confirm=True),
                          profile={"role": role.value, "teams": args.team or ""},
                          keystore=system_keystore())
    ws.close()
    print(f"Created an encrypted workspace for {args.user} in {ws.paths.root}")
    return 0


def cmd_workspace_check(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        problems = ws.check()
    if problems:
        for p in problems:
            print(f"problem: {p}")
        return EXIT_PROBLEMS
    print("Workspace OK: encryption, database integrity and audit chain checked.")
    return 0


def cmd_demo_seed(args: argparse.Namespace) -> int:
    from casemgr.db.errors import StorageFull
    from casemgr.db.space import disk_full
    from casemgr.demo.seed import seed_demo

    seeded = 0
    with _unlock(args) as ws:
        cw = _casework(ws)

        def progress(done: int, total: int) -> None:
            nonlocal seeded
            seeded = done
            if sys.stderr.isatty() or done == total or done % 1000 == 0:
                print(f"\rseeding cases: {done}/{total}", end="", file=sys.stderr, flush=True)

        try:
            summary = seed_demo(cw, args.cases, seed=args.seed, progress=progress)
        except StorageFull:
            if not seeded:
                raise
            raise disk_full(ws.paths.root, outcome=f"The {seeded} cases seeded before the "
                            "disk was full are kept.") from None
        print(file=sys.stderr)
    print(f"Seeded {summary.cases} cases ({summary.records} records) and "
          f"{summary.providers} service providers.")
    if summary.decisions:
        print(f"The demo supervisor approved {summary.decisions} plans and closures; the "
              "latest requests wait for a decision.")
    return 0


def _case_query(args: argparse.Namespace) -> Any:
    from casemgr.db.store import CaseQuery, CaseSort
    from casemgr.domain.clock import SystemClock, today

    return CaseQuery(
        status=args.status, risk=args.risk, assigned_to=args.worker,
        overdue_on=today(SystemClock()).isoformat() if args.overdue else None,
        sort=CaseSort(args.sort), descending=args.desc, offset=args.offset, limit=args.limit)


def _show_rows(rows: Sequence[Any], as_json: bool) -> None:
    if as_json:
        _print_json([asdict(r) for r in rows])
        return
    from casemgr.domain.labels import choice_label

    _table([(r.case_number, r.family_name, r.children, choice_label("case_status", r.status),
             choice_label("risk", r.risk) if r.risk else "-", r.assigned_to, r.next_due or "-")
            for r in rows],
           ("CASE", "FAMILY", "CHILDREN", "STATUS", "RISK", "WORKER", "NEXT DUE"))


def cmd_cases_list(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        rows = _casework(ws).list_cases(_case_query(args))
    _show_rows(rows, args.json)
    return 0


def cmd_cases_search(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        cw = _casework(ws)
        hits = cw.search(args.text, _case_query(args))
        page = hits.case_ids[args.offset:args.offset + args.limit]
        found = cw.case_rows(page)
    _show_rows([found[c] for c in page if c in found], args.json)
    if hits.capped:
        print("More records match than can be shown: type more words to narrow it down.",
              file=sys.stderr)
    return 0


def _record_json(r: Any) -> dict[str, Any]:
    return {"id": r.id, "type": r.type.value, "rev": r.rev, "fields": r.fields,
            "created_at": r.created_at, "created_by": r.created_by,
            "updated_at": r.updated_at, "updated_by": r.updated_by,
            # values the server withheld from this user (restricted), named, never blank
            **({"withheld": list(r.withheld)} if r.withheld else {})}


def cmd_cases_show(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        cf = _casework(ws).open_case_file(args.id)
    groups = {
        "case": [cf.case], "family": [cf.family] if cf.family else [], "persons": cf.persons,
        "visits": cf.visits, "assessments": cf.assessments,
        "plan": [cf.plan] if cf.plan else [], "goals": cf.goals, "approvals": cf.approvals,
        "referrals": cf.referrals, "tasks": cf.tasks, "notes": cf.notes,
        "attachments": cf.attachments, "conflicts": cf.conflicts,
    }
    if args.json:
        _print_json({k: [_record_json(r) for r in v] for k, v in groups.items()})
        return 0
    from casemgr.domain.labels import field_text
    from casemgr.domain.records import display_name

    c = cf.case.fields

    def words(name: str) -> str:
        return field_text("case", name, c.get(name)) or "-"

    print(f"Case {c['case_number']}  ({cf.case.id})")
    print(f"  family: {cf.family.fields.get('name') if cf.family else '-'}   status: "
          f"{words('status')}   risk: {words('risk')}   worker: {c['assigned_to']}")
    print(f"  opened: {c['opened_on']}   legal basis: {words('legal_basis')}   concerns: "
          f"{words('protection_concerns')}")
    for name, records in groups.items():
        if name in ("case", "family") or not records:
            continue
        print(f"\n{name} ({len(records)})")
        for r in records:
            status = (field_text(r.type.value, "status", r.fields.get("status"))
                      or field_text(r.type.value, "decision", r.fields.get("decision")))
            when = (r.fields.get("visit_date") or r.fields.get("due_date")
                    or r.fields.get("completed_on") or r.created_at[:10])
            text = display_name(r.type, r.fields)
            if r.type.value == "note":
                text = r.fields["text"][:70]
            print(f"  {r.id}  {when}  {status:<10} {text}")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    """The case summary as a PDF (the desktop's "Save summary as PDF…"), audited."""
    from casemgr.ui.reports import write_case_summary_pdf
    from casemgr.ui.settings import Settings

    output = Path(args.output)
    if output.is_dir():
        raise CliError(f"{output} is a folder; give the PDF file's name.", EXIT_USAGE)
    agency = str(Settings.load(Path(args.data_dir)).get("agency_name"))
    with _unlock(args) as ws:
        pages = write_case_summary_pdf(_casework(ws), args.case, output, redact=args.redact,
                                       printed_by=ws.user, agency=agency)
    print(f"Wrote the case summary to {output} ({pages} page{'s' if pages != 1 else ''}"
          f"{', redacted' if args.redact else ''}). It is not encrypted.")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from casemgr.domain.records import parse_field_text

    with _unlock(args) as ws:
        cw = _casework(ws)
        record = ws.store.get(args.id)
        if record is None or record.deleted:
            record = ws.store.find_case(args.id)
        changes: dict[str, Any] = {}
        for item in args.set:
            name, sep, value = item.partition("=")
            if not sep:
                raise CliError(f"--set takes FIELD=VALUE, not {item!r}", EXIT_USAGE)
            changes[name.strip()] = parse_field_text(record.type, name.strip(), value)
        updated = cw.edit_record(record.id, changes).value
        pending = len(ws.store.outbox())
    print(f"Saved {updated.type.value} {updated.id}; {pending} changes waiting to sync.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from casemgr.db.audit import verify_chain

    with _unlock(args) as ws:
        report = verify_chain(ws.conn)
    if not report.ok:
        for p in report.problems:
            print(f"audit chain broken: {p}")
        return EXIT_PROBLEMS
    print(f"Audit chain intact: {report.entries} entries.")
    return 0


def cmd_login(args: argparse.Namespace) -> int:
    from casemgr.db.keystore import system_keystore
    from casemgr.db.workspace import WorkspacePaths
    from casemgr.sync.account import first_login
    from casemgr.sync.transport import NeedsLogin

    if not args.user:
        raise CliError("Say who logs in: --user NAME.", EXIT_USAGE)
    if (WorkspacePaths.for_user(Path(args.data_dir), args.user).meta).exists():
        ws, transport = _open(args, go_online=True)
    else:
        try:
            ws, transport = first_login(
                Path(args.data_dir), args.server, args.user, _password(),
                device_name=args.device_name,
                ca_file=Path(args.ca_file) if args.ca_file else None,
                server_pin=args.server_pin, keystore=system_keystore())
        except NeedsLogin:  # the login itself was refused: nothing was created
            raise CliError("The server did not accept this user name and password.",
                           EXIT_WRONG_PASSWORD) from None
        print(f"Created an encrypted workspace for {args.user} bound to {args.server}.")
    with ws:
        return _run_sync(ws, transport)


def _run_sync(ws: Any, transport: Any) -> int:
    from casemgr.app import syncing

    def progress(p: Any, _changes: Any) -> None:
        total = f"/{p.total}" if p.total else ""
        kib = (p.bytes_sent + p.bytes_received) // 1024
        print(f"\r{p.phase:<6} {p.done}{total} records  {kib} KiB", end="", file=sys.stderr,
              flush=True)

    summary = syncing.sync(ws, transport, progress).value
    print(file=sys.stderr)
    print(f"Synced: {summary.line()}.")
    if summary.epoch_changed:
        print("The server was restored from a backup; your unsent changes were sent again.")
    if summary.resent:
        print(f"Changes to {summary.resent} records that the server had acknowledged before "
              "it was restored were lost with it and were sent again.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    ws, transport = _open(args)
    with ws:
        if transport is None:
            raise CliError("This is an offline-only workspace; there is no server to sync "
                           "with.", EXIT_USAGE)
        return _run_sync(ws, transport)


def cmd_break_glass(args: argparse.Namespace) -> int:
    from casemgr.app.glass import NeedsConnection, open_outside_caseload
    from casemgr.sync.transport import Offline

    if args.case == "end" and args.end_case:
        return _end_break_glass(args)
    if args.end_case or not args.reason or not args.note:
        raise CliError("Give the case number, --reason and --note (or: break-glass end CASE).",
                       EXIT_USAGE)
    ws, transport = _open(args)
    with ws:
        try:
            access = open_outside_caseload(ws, transport, args.case, args.reason,
                                           args.note).value
        except NeedsConnection as exc:
            raise CliError(str(exc), EXIT_SERVER) from None
        except Offline:
            raise CliError("The server could not be reached; nothing was opened.",
                           EXIT_SERVER) from None
        told = ", ".join(access.told) or "their supervisor (told already)"
        print(f"Case {access.case_number} is open to you until {access.expires_at} (UTC); "
              f"{told} {'were' if len(access.told) > 1 else 'was'} told. It leaves this "
              "device when the access ends. Everything you do in it is recorded as "
              "emergency access.")
        return 0


def _end_break_glass(args: argparse.Namespace) -> int:
    """`break-glass end CASE [--holder USER]`: end an emergency access now (one's own; the
    case's supervisor or an admin: --holder's), then sync."""
    from casemgr.app.glass import NeedsConnection, end_emergency_access
    from casemgr.db.errors import RecordNotFound
    from casemgr.sync.transport import Offline

    ws, transport = _open(args)
    with ws:
        try:
            case = ws.store.find_case(args.end_case)
        except RecordNotFound:
            raise CliError(f"There is no case {args.end_case} on this device.",
                           EXIT_USAGE) from None
        number = str(case.fields.get("case_number") or case.id)
        try:
            ended = end_emergency_access(ws, transport, case.id, args.holder).value
        except NeedsConnection as exc:
            raise CliError(str(exc), EXIT_SERVER) from None
        except Offline:
            raise CliError("The server could not be reached; the access was not ended.",
                           EXIT_SERVER) from None
        whose = f"{args.holder}'s" if args.holder else "Your"
        print(f"{whose} emergency access to case {number} ended at {ended} (UTC); the case "
              "leaves the holder's device at its next sync.")
        return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from casemgr.db.keystore import system_keystore
    from casemgr.sync.account import recover

    new_password = os.environ.get("CASEMGR_NEW_PASSWORD")
    if new_password is None:
        if not sys.stdin.isatty():
            raise CliError("Set CASEMGR_NEW_PASSWORD, or run in a terminal.", EXIT_USAGE)
        new_password = getpass.getpass("New password for this workspace: ")
        if getpass.getpass("Repeat it: ") != new_password:
            raise CliError("The two passwords differ; nothing was changed.", EXIT_USAGE)
    ws, transport = recover(Path(args.data_dir), _user(args), _password(), new_password,
                            keystore=system_keystore())
    with ws:
        print("The workspace key was restored from the server; the new password protects it.")
        return _run_sync(ws, transport)


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        conflicts = _casework(ws).open_conflicts()
    rows = [{"id": c.id, "case_id": c.case_id, **c.fields} for c in conflicts]
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("No open conflicts.")
        return 0
    for r in rows:
        print(f"{r['id']}  {r['record_type']}.{r['field']}: base {r.get('base_value')!r}, "
              f"server {r.get('server_value')!r} ({r.get('server_by')}, {r.get('server_at')}), "
              f"device {r.get('client_value')!r} ({r.get('client_by')}, {r.get('client_at')})")
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        cw = _casework(ws)
        conflict = ws.store.require(args.id)
        if args.value is not None:
            value: Any = json.loads(args.value) if args.json_value else args.value
        else:
            mine_is_client = conflict.fields.get("client_by") == ws.user
            keep_client = (args.keep == "mine") == mine_is_client
            value = conflict.fields.get("client_value" if keep_client else "server_value")
        cw.resolve_conflict(conflict.id, value)
    print("Conflict resolved; the choice syncs like any other change.")
    return 0


def cmd_approvals_list(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        queue = _casework(ws).approval_queue()
    if args.json:
        _print_json([asdict(i) for i in queue])
        return 0
    if not queue:
        print("Nothing is waiting for your decision.")
        return 0
    from casemgr.domain.labels import choice_label

    _table([(i.approval_id, f"{i.days_waiting}d", choice_label("approval_kind", i.kind)
             + (" (changed since asked: cannot be decided)" if i.out_of_date else ""),
             i.case_number, i.family_name, i.worker,
             choice_label("risk", i.risk) if i.risk else "-") for i in queue],
           ("APPROVAL", "WAITING", "REQUEST", "CASE", "FAMILY", "WORKER", "RISK"))
    return 0


def cmd_approvals_decide(args: argparse.Namespace) -> int:
    from casemgr.domain.labels import choice_label
    from casemgr.domain.records import Decision

    if args.send_back and not (args.comment or "").strip():
        raise CliError("Say why you send it back, so the caseworker knows what to change: "
                       "--return needs --comment TEXT.", EXIT_USAGE)
    decision = Decision.APPROVED if args.approve else Decision.RETURNED
    with _unlock(args) as ws:
        decided = _casework(ws).decide(args.id, decision, args.comment).value
        number = ws.store.require(decided.case_id or "").fields["case_number"]
    what = choice_label("approval_kind", decided.fields.get("kind")).lower()
    print(f"{'Approved' if args.approve else 'Sent back'} the {what} of {number}; the "
          "decision syncs like any other change.")
    return 0


def cmd_team_caseload(args: argparse.Namespace) -> int:
    from casemgr.app.team import NO_VISIT_DAYS

    with _unlock(args) as ws:
        caseload = _casework(ws).team_caseload()
    if args.json:
        _print_json(asdict(caseload))
        return 0
    rows = [(w.worker or "(whole team)", w.open_cases, w.high_risk, w.overdue_visits,
             w.overdue_reviews, w.unvisited, "" if w.in_team else "no longer in the team")
            for w in [*caseload.workers, caseload.total]]
    _table([tuple(str(v) for v in r) for r in rows],
           ("WORKER", "OPEN", "HIGH RISK", "OVERDUE VISITS", "OVERDUE REVIEWS",
            f"NO VISIT {NO_VISIT_DAYS}D", ""))
    return 0


def cmd_reassign(args: argparse.Namespace) -> int:
    with _unlock(args) as ws:
        done = _casework(ws).reassign_cases(args.case, args.to).value
        pending = ws.store.outbox_count()
    for number in done.already:
        print(f"{number} is {done.worker}'s already.")
    if done.cases:
        tasks = f" with {done.tasks} open task{'s' if done.tasks != 1 else ''}" \
            if done.tasks else ""
        print(f"Gave {', '.join(done.cases)} to {done.worker}{tasks}; {pending} changes "
              "waiting to sync.")
    return 0


def _export_target(args: argparse.Namespace, binary: bool) -> tuple[Any, bool]:
    """Where an export goes: the --output file, else standard output (never for a binary
    format)."""
    if args.output:
        path = Path(args.output)
        if path.is_dir():
            raise CliError(f"{path} is a folder: give a file name with --output.", EXIT_USAGE)
        return path, True
    if binary:
        raise CliError(f"{args.format.upper()} is written to a file: give --output FILE.",
                       EXIT_USAGE)
    return sys.stdout, False


def cmd_export(args: argparse.Namespace) -> int:
    if args.format == "pdf":
        return _export_pdf(args)
    from casemgr.app.exports import ExportRequest, export, table_names

    tables = table_names(args.tables)
    target, to_file = _export_target(args, binary=args.format == "xlsx")
    if args.format == "csv" and not to_file:
        if args.tables and len(tables) > 1:
            raise CliError("CSV on standard output is one table: name one with --tables, or "
                           "give --output FILE.zip for all of them.", EXIT_USAGE)
        tables = tables if args.tables else ("cases",)
    request = ExportRequest(args.format, deidentify=args.deidentify, case=args.case,
                            tables=tables, keep_key=args.keep_key)
    with _unlock(args) as ws:
        result = export(_casework(ws), request, _password_again(), target)
    counts = ", ".join(f"{name} {n}" for name, n in result.counts.items())
    where = f" to {result.path}" if result.path else ""
    kind = "de-identified" if result.deidentified else "with names"
    print(f"Exported ({kind}): {counts}{where}.", file=sys.stderr)
    if result.key_hex:
        print(f"Pseudonym key (keep it apart from the export): {result.key_hex}",
              file=sys.stderr)
    return 0


def _export_pdf(args: argparse.Namespace) -> int:
    """`export --format pdf`: one case's summary (the desktop's "Save summary as PDF…"),
    redacted with --deidentify; the export's rights and the password again, audited as a
    saved summary."""
    from casemgr.domain.permissions import require_export
    from casemgr.ui.reports import write_case_summary_pdf
    from casemgr.ui.settings import Settings

    if not args.case:
        raise CliError("A PDF export is one case's summary: name the case with --case.",
                       EXIT_USAGE)
    if args.tables:
        raise CliError("A PDF export is the case summary: --tables does not apply.", EXIT_USAGE)
    output, _ = _export_target(args, binary=True)
    agency = str(Settings.load(Path(args.data_dir)).get("agency_name"))
    with _unlock(args) as ws:
        cw = _casework(ws)
        require_export(cw.actor, identified=not args.deidentify, cases=1)
        ws.verify_password(_password_again())
        pages = write_case_summary_pdf(cw, args.case, output, redact=args.deidentify,
                                       printed_by=ws.user, agency=agency)
    print(f"Exported the case summary ({pages} page{'s' if pages != 1 else ''}"
          f"{', redacted' if args.deidentify else ''}) to {output}. It is not encrypted.",
          file=sys.stderr)
    return 0


# -- a person's data (administrators, online) --------------------------------------------------

def _admin_console(args: argparse.Namespace) -> tuple[Any, Any]:
    """The unlocked workspace and an admin console on its server."""
    from casemgr.app.admin import AdminConsole

    ws, transport = _open(args)
    if transport is None:
        ws.close()
        raise CliError("This is an offline-only workspace; a person's data is on the "
                       "server.", EXIT_USAGE)
    return ws, AdminConsole(transport)


def _admin_problem(exc: Exception) -> CliError:
    from casemgr.app.admin import ServerFailed, ServerUnreachable, SessionEnded

    server = isinstance(exc, ServerUnreachable | ServerFailed | SessionEnded)
    return CliError(str(exc), EXIT_SERVER if server else EXIT_REFUSED)


def cmd_subject_access(args: argparse.Namespace) -> int:
    """Everything the server holds about one person, as JSON or a PDF (after the password
    again; audited on the server and in the workspace)."""
    from casemgr.app import subject_access
    from casemgr.app.admin import AdminProblem

    output = Path(args.output)
    if output.is_dir():
        raise CliError(f"{output} is a folder; give the file's name.", EXIT_USAGE)
    fmt = args.format or ("pdf" if output.suffix.lower() == ".pdf" else "json")
    ws, console = _admin_console(args)
    with ws:
        try:
            data = subject_access.fetch(ws, console, args.person, _password_again(), fmt)
        except AdminProblem as exc:
            raise _admin_problem(exc) from None
        if fmt == "pdf":
            from casemgr.ui.reports import write_subject_access_pdf
            from casemgr.ui.settings import Settings

            agency = str(Settings.load(Path(args.data_dir)).get("agency_name"))
            write_subject_access_pdf(data, output, agency)
        else:
            subject_access.write_json(data, output)
    print(f"Wrote everything held about the person ({len(data.cases)} case"
          f"{'s' if len(data.cases) != 1 else ''}, {len(data.records) + 1} records, "
          f"{len(data.audit)} audit entries) to {output}. It is not encrypted.",
          file=sys.stderr)
    return 0


def _erasure_line(e: Any) -> str:
    done = (f", {e.status} by {e.approved_by} on {e.approved_at[:16].replace('T', ' ')}"
            if e.approved_by else "")
    counts = f" ({e.records} records, {e.cases} whole cases, {e.files} files)" \
        if e.status == "erased" else ""
    return (f"{e.id}  person {e.person_id}  {e.status}: asked by {e.requested_by} on "
            f"{e.requested_at[:16].replace('T', ' ')}{done}{counts}")


def cmd_erasure(args: argparse.Namespace) -> int:
    """Ask for a person's records to be erased, approve (another admin's request), cancel,
    or list the requests."""
    from casemgr.app.admin import AdminProblem

    ws, console = _admin_console(args)
    with ws:
        try:
            if args.action == "list":
                found = console.erasures()
                if args.json:
                    print(json.dumps([e.model_dump(mode="json") for e in found], indent=2))
                else:
                    for e in found:
                        print(_erasure_line(e))
                return 0
            if args.action == "request":
                e = console.request_erasure(args.id)
                print(_erasure_line(e))
                print("Another administrator approves it with `casemgr erasure approve "
                      f"{e.id}`.", file=sys.stderr)
            elif args.action == "approve":
                e = console.approve_erasure(args.id)
                print(_erasure_line(e))
                print("Erased on the server; every device erases the records at its next "
                      "sync.", file=sys.stderr)
            else:
                print(_erasure_line(console.cancel_erasure(args.id)))
        except AdminProblem as exc:
            raise _admin_problem(exc) from None
    return 0


def cmd_indicators(args: argparse.Namespace) -> int:
    from casemgr.app.indicators import export_indicators, prepare_indicators

    target, _ = _export_target(args, binary=args.format in ("xlsx", "pdf"))
    with _unlock(args) as ws:
        if args.format == "pdf":
            from casemgr.app.exports import write_to
            from casemgr.ui.reports import write_indicators_pdf
            from casemgr.ui.settings import Settings

            agency = str(Settings.load(Path(args.data_dir)).get("agency_name"))
            data = prepare_indicators(_casework(ws), "pdf", _password_again(),
                                      deidentify=args.deidentify, months=args.months)
            write_to(lambda d, path: write_indicators_pdf(d, path, agency, ws.user), data,
                     target)
        else:
            data = export_indicators(_casework(ws), args.format, _password_again(), target,
                                     deidentify=args.deidentify, months=args.months)
    where = f" to {args.output}" if args.output else ""
    print(f"Indicators for {len(data.months)} months ({data.months[0]} to "
          f"{data.months[-1]}): {len(data.rows)} rows{where}.", file=sys.stderr)
    return 0


def cmd_app(args: argparse.Namespace) -> int:
    if args.self_test:
        from casemgr.ui.selftest import run_self_test

        return run_self_test()
    from casemgr.ui.main import run_app

    return run_app(args)


# -- parser ------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS,
                        help="folder of the workspaces (default: the platform's data folder)")
    common.add_argument("--user", default=argparse.SUPPRESS, help="whose workspace")

    p = argparse.ArgumentParser(prog="casemgr", parents=[common],
                                description="Offline-first case management for caseworkers.",
                                epilog=EXIT_STATUS,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"casemgr {__version__}")
    p.add_argument("--demo", action="store_true", help="start with a demo organisation")
    p.add_argument("--screenshot", metavar="PNG", help="render the main window to PNG and exit")
    p.add_argument("--language", choices=("en", "fr", "es", "ar"),
                   help="the interface language for this run (default: the one chosen in "
                        "Preferences, else the system's)")
    p.add_argument("--self-test", action="store_true",
                   help="check this installation in a temporary folder (encrypted workspace, "
                        "the app's window, a chart), then exit: 0 when it works")
    p.set_defaults(func=cmd_app)
    sub = p.add_subparsers(title="commands", metavar="COMMAND")

    def command(parent: Any, name: str, func: Callable[[argparse.Namespace], int],
                help_text: str) -> argparse.ArgumentParser:
        c: argparse.ArgumentParser = parent.add_parser(name, parents=[common], help=help_text,
                                                       description=help_text)
        c.set_defaults(func=func)
        return c

    ws = sub.add_parser("workspace", help="create or check a local workspace").add_subparsers(
        metavar="ACTION", required=True)
    c = command(ws, "init", cmd_workspace_init, "create an offline-only encrypted workspace")
    c.add_argument("--role", choices=["caseworker", "supervisor", "admin"], default="caseworker")
    c.add_argument("--team", help="the user's team")
    command(ws, "check", cmd_workspace_check, "SQLCipher and SQLite integrity checks")

    demo = sub.add_parser("demo", help="demo data").add_subparsers(metavar="ACTION",
                                                                    required=True)
    c = command(demo, "seed", cmd_demo_seed, "add realistic synthetic families and cases")
    c.add_argument("--cases", type=int, default=50)
    c.add_argument("--seed", type=int, default=1)

    cases = sub.add_parser("cases", help="list, search and show cases").add_subparsers(
        metavar="ACTION", required=True)
    def list_options(c: argparse.ArgumentParser) -> None:
        c.add_argument("--status")
        c.add_argument("--risk")
        c.add_argument("--worker")
        c.add_argument("--overdue", action="store_true", help="only cases with an overdue task")
        c.add_argument("--sort", default="case_number",
                       choices=["case_number", "family", "risk", "status", "next_due",
                                "updated"])
        c.add_argument("--desc", action="store_true")
        c.add_argument("--limit", type=int, default=50)
        c.add_argument("--offset", type=int, default=0)
        c.add_argument("--json", action="store_true")

    list_options(command(cases, "list", cmd_cases_list, "list cases"))
    c = command(cases, "search", cmd_cases_search,
                "search names, case numbers and notes (the desktop list's search: same "
                "filters, same order)")
    c.add_argument("text")
    list_options(c)
    c = command(cases, "show", cmd_cases_show, "show a case file")
    c.add_argument("id", help="case number or case id")
    c.add_argument("--json", action="store_true")

    c = command(sub, "summary", cmd_summary, "write a case's summary as a PDF (printing it "
                "is recorded in the audit log)")
    c.add_argument("case", metavar="CASE", help="case number or case id")
    c.add_argument("--output", "-o", required=True, metavar="FILE", help="the PDF to write")
    c.add_argument("--redact", action="store_true",
                   help="withhold the family's names, addresses and phone numbers")

    c = command(sub, "edit", cmd_edit, "change fields of a record (synced like any edit)")
    c.add_argument("id", help="record id, or a case number")
    c.add_argument("--set", action="append", required=True, metavar="FIELD=VALUE")

    c = command(sub, "login", cmd_login, "log in to a server (the first time: create the "
                "workspace and download the caseload)")
    c.add_argument("--server", required=True, help="https://... address of the server")
    c.add_argument("--device-name", default="", help="how admins will see this device")
    c.add_argument("--ca-file", help="the organisation's CA certificate (PEM), when the "
                   "server's certificate is not from a public authority; kept in the workspace")
    c.add_argument("--server-pin", help="SHA-256 of the server's public key (base64 or hex), "
                   "as IT gives it: any other key is refused; kept in the workspace")
    command(sub, "sync", cmd_sync, "push and pull now")
    c = command(sub, "break-glass", cmd_break_glass, "open a case outside your caseload "
                "in an emergency (online only; time-limited; your supervisor is told); "
                "'break-glass end CASE' ends such an access now")
    c.add_argument("case", help="the case number (or id); or 'end' followed by the case")
    c.add_argument("end_case", nargs="?", metavar="CASE",
                   help="after 'end': the case whose emergency access ends now")
    c.add_argument("--reason", choices=sorted(BREAK_GLASS_REASON_CODES),
                   help="why (required to open): " + "; ".join(
                       f"{k}: {v}" for k, v in sorted(BREAK_GLASS_REASON_CODES.items())))
    c.add_argument("--note", help="in your own words, why you need it (required to open)")
    c.add_argument("--holder", help="with 'end', for the case's supervisor or an admin: "
                   "whose access ends (default: your own)")
    command(sub, "recover", cmd_recover, "after a lockout or a password reset: get the key "
            "back from the server and set a new password")
    conflicts = sub.add_parser("conflicts", help="sync conflicts").add_subparsers(
        metavar="ACTION", required=True)
    c = command(conflicts, "list", cmd_conflicts_list, "open conflicts")
    c.add_argument("--json", action="store_true")
    c = command(conflicts, "resolve", cmd_conflicts_resolve, "keep one side or a new value")
    c.add_argument("id")
    group = c.add_mutually_exclusive_group(required=True)
    group.add_argument("--keep", choices=["mine", "theirs"])
    group.add_argument("--value", help="a new value for the field")
    c.add_argument("--json-value", action="store_true", help="read --value as JSON")

    approvals = sub.add_parser("approvals", help="plans and closures waiting for a "
                               "supervisor's decision").add_subparsers(metavar="ACTION",
                                                                       required=True)
    c = command(approvals, "list", cmd_approvals_list, "the requests waiting for your "
                "decision, oldest first")
    c.add_argument("--json", action="store_true")
    c = command(approvals, "decide", cmd_approvals_decide,
                "approve a request, or send it back with a comment")
    c.add_argument("id", metavar="APPROVAL_ID", help="the request's id (approvals list)")
    group = c.add_mutually_exclusive_group(required=True)
    group.add_argument("--approve", action="store_true")
    group.add_argument("--return", dest="send_back", action="store_true",
                       help="send it back to the caseworker (needs --comment)")
    c.add_argument("--comment", help="what the caseworker should know or change")

    team = sub.add_parser("team", help="a supervisor's team").add_subparsers(
        metavar="ACTION", required=True)
    c = command(team, "caseload", cmd_team_caseload, "each worker's open cases, high risk, "
                "overdue first visits and reviews, cases without a visit in 30 days")
    c.add_argument("--json", action="store_true")
    c = command(sub, "reassign", cmd_reassign, "give cases to another worker of their team "
                "(their open tasks go with them)")
    c.add_argument("case", nargs="+", metavar="CASE", help="case number or case id")
    c.add_argument("--to", required=True, metavar="USER", help="the worker who takes them")

    from casemgr.app.exports import TABLES
    from casemgr.app.exports import WRITERS as EXPORT_WRITERS
    from casemgr.app.indicators import FORMATS as INDICATOR_FORMATS

    c = command(sub, "export", cmd_export, "the records of your cases as CSV, XLSX or JSON, "
                "or one case's summary as a PDF (after your password again; recorded in the "
                "audit log)")
    c.add_argument("--format", required=True, choices=sorted([*EXPORT_WRITERS, "pdf"]))
    c.add_argument("--deidentify", action="store_true",
                   help="no names, addresses, phone numbers, free text or birth dates: age "
                        "bands, months, pseudonyms (needed for more than one case unless "
                        "you are a supervisor or an administrator); a PDF is redacted")
    c.add_argument("--case", metavar="ID", help="only this case (case number or id)")
    c.add_argument("--tables", nargs="+", metavar="TABLE", choices=list(TABLES),
                   help=f"only these tables (of: {', '.join(TABLES)}; default all)")
    c.add_argument("--output", metavar="FILE", help="the file to write (CSV: a .zip of one "
                   "file per table); default standard output (CSV: the cases table)")
    c.add_argument("--keep-key", action="store_true", help="print the de-identified "
                   "export's pseudonym key, to link its pseudonyms with a later export's")
    c = command(sub, "indicators", cmd_indicators, "indicators per month (caseload, first "
                "visits, visits on time, plan approvals, referrals, closures) as CSV or XLSX, "
                "or a one-page PDF with the dashboard's charts")
    c.add_argument("--format", required=True, choices=sorted(INDICATOR_FORMATS))
    c.add_argument("--deidentify", action="store_true",
                   help="suppress counts under 5 (written <5)")
    c.add_argument("--months", type=int, default=12, help="how many months up to this one")
    c.add_argument("--output", metavar="FILE", help="default standard output (CSV only)")

    c = command(sub, "subject-access", cmd_subject_access, "administrators: everything the "
                "server holds about one person, as JSON or a PDF (after your password "
                "again; recorded in the audit logs)")
    c.add_argument("person", metavar="PERSON_ID", help="the person's id")
    c.add_argument("--output", "-o", required=True, metavar="FILE", help="the file to write")
    c.add_argument("--format", choices=["json", "pdf"],
                   help="default: pdf for a .pdf file, else json")
    erasure = sub.add_parser("erasure", help="administrators: erase a person's records (one "
                             "asks, another approves)").add_subparsers(metavar="ACTION",
                                                                       required=True)
    for action, what in (("request", "ask for a person's records to be erased"),
                         ("approve", "approve another administrator's request: erase now"),
                         ("cancel", "withdraw a request not carried out")):
        c = command(erasure, action, cmd_erasure, what)
        c.add_argument("id", metavar="PERSON_ID" if action == "request" else "ERASURE_ID")
        c.set_defaults(action=action)
    c = command(erasure, "list", cmd_erasure, "the requests, newest first")
    c.add_argument("--json", action="store_true")
    c.set_defaults(action="list")

    audit = sub.add_parser("audit", help="the audit log").add_subparsers(metavar="ACTION",
                                                                         required=True)
    command(audit, "verify", cmd_audit_verify, "check the audit chain is intact")
    return p


def exit_code(exc: BaseException) -> int | None:
    """The exit status of an error a user can act on (EXIT_STATUS); None for a bug."""
    from casemgr.db.errors import (
        NoWorkspace,
        RecordNotFound,
        StorageFull,
        WorkspaceError,
        WorkspaceExists,
        WrongPassword,
    )
    from casemgr.domain.errors import DomainError
    from casemgr.sync.account import OnlineLoginNeeded
    from casemgr.sync.transport import SyncError

    if isinstance(exc, WrongPassword):
        return EXIT_WRONG_PASSWORD
    if isinstance(exc, RecordNotFound | NoWorkspace):
        return EXIT_NOT_FOUND
    if isinstance(exc, WorkspaceExists):
        return EXIT_EXISTS
    if isinstance(exc, StorageFull):
        return EXIT_DISK_FULL
    if isinstance(exc, SyncError | OnlineLoginNeeded):
        return EXIT_SERVER
    if isinstance(exc, WorkspaceError | DomainError | ValueError):
        return EXIT_REFUSED
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = str(default_data_dir())
    if not hasattr(args, "user"):
        args.user = None
    from casemgr.domain.errors import ValidationError
    from casemgr.sync.transport import Revoked

    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"casemgr: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("casemgr: interrupted; nothing half-written was kept.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        code = exit_code(exc)
        if code is None:  # a bug: say where, never what (the message may hold case data)
            tb = exc.__traceback__
            while tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
            where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else "?"
            print(f"casemgr: internal error {type(exc).__name__} at {where}. Please report "
                  "it.", file=sys.stderr)
            return EXIT_INTERNAL
        if isinstance(exc, ValidationError):
            for name, message in sorted(exc.errors.items()):
                print(f"casemgr: {name}: {message}", file=sys.stderr)
        elif isinstance(exc, Revoked):
            print("casemgr: this device was revoked by an administrator; its workspace has "
                  "been wiped.", file=sys.stderr)
        else:
            print(f"casemgr: {exc}", file=sys.stderr)
        return code

if __name__ == "__main__":
    sys.exit(main())
