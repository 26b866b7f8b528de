"""The `casemgr-server` command: set up, run and administer the sync server (DESIGN.md 8).

Settings come from CASEMGR_SERVER_* variables (--database-url overrides the database); a
password from CASEMGR_SERVER_PASSWORD or a prompt. Exit codes: 0 done, 1 the database or
key folder could not be used, 2 usage or configuration, 3 refused.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pydantic

from casemgr import __version__
from casemgr.server.settings import Settings

if TYPE_CHECKING:
    import sqlalchemy as sa

EXIT_FAILED, EXIT_USAGE, EXIT_REFUSED = 1, 2, 3
PASSWORD_ENV = "CASEMGR_SERVER_PASSWORD"  # noqa: S105 - the variable's name, not a password


class CliError(Exception):
    """A one-line message for the operator, and the exit code that goes with it."""

    def __init__(self, message: str, code: int = EXIT_REFUSED) -> None:
        super().__init__(message)
        self.code = code


def _now() -> int:
    from casemgr.domain.clock import SystemClock

    return SystemClock().now_ms()


def _operator() -> str:
    """Who runs the command, for the audit: cli:<OS user>."""
    try:
        return f"cli:{getpass.getuser()}"[:64]
    except (KeyError, OSError):
        return "cli"


def _password(confirm: bool) -> str:
    if (env := os.environ.get(PASSWORD_ENV)) is not None:
        return env
    if not sys.stdin.isatty():
        raise CliError(f"No password: set {PASSWORD_ENV} or run in a terminal.", EXIT_USAGE)
    first = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Repeat the password: ") != first:
        raise CliError("The two passwords differ; nothing was changed.", EXIT_USAGE)
    return first


def _shown_url(url: str) -> str:
    """The database URL without its password, for messages (a SQLite file's full path)."""
    import sqlalchemy as sa

    from casemgr.server.db import sqlite_file

    try:
        path = sqlite_file(url)
        if path is not None:
            return f"{path.resolve()} (SQLite)"
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "(unreadable URL)"


# -- commands ------------------------------------------------------------------------------------

def cmd_init_db(args: argparse.Namespace, settings: Settings) -> int:
    from casemgr.server.bootstrap import init_db

    report = init_db(settings)
    print(f"Database ready at {_shown_url(settings.database_url)} (epoch {report.epoch}).")
    print(f"Keys {'created' if report.keys_created else 'kept'} in "
          f"{settings.key_dir.resolve()}.")
    if report.forms_published:
        print("Forms published: " + ", ".join(report.forms_published) + ".")
    return 0


def cmd_create_user(args: argparse.Namespace, settings: Settings) -> int:
    from casemgr.server.accounts import create_user

    password = _password(confirm=True)
    with _connection(settings) as conn:
        user = create_user(conn, args.username, args.role, password, teams=args.team or (),
                           now=_now(), settings=settings, actor=_operator())
        conn.commit()
    teams = f" in {', '.join(user.teams)}" if user.teams else ""
    print(f"Created {user.role} {user.username}{teams}.")
    return 0


def cmd_reset_password(args: argparse.Namespace, settings: Settings) -> int:
    from casemgr.server.accounts import reset_password

    password = _password(confirm=True)
    with _connection(settings) as conn:
        reset_password(conn, args.username, password, actor=_operator(), settings=settings,
                       now=_now())
        conn.commit()
    print(f"Password of {args.username} reset; their sessions ended. At the next online "
          "login their devices get their data key back.")
    return 0


def cmd_revoke_device(args: argparse.Namespace, settings: Settings) -> int:
    from casemgr.server.accounts import revoke_device

    with _connection(settings) as conn:
        revoke_device(conn, args.device_id, _operator(), _now())
        conn.commit()
    print(f"Device {args.device_id} revoked: it wipes its workspace at its next request.")
    return 0


def cmd_seed_demo(args: argparse.Namespace, settings: Settings) -> int:
    from casemgr.server.demo import DEMO_PASSWORD, DEMO_USERS, seed_demo

    created = seed_demo(settings, force=args.force)
    if created:
        print(f"Demo users created: {', '.join(created)} (password {DEMO_PASSWORD}).")
    else:
        print(f"The demo users exist already: {', '.join(name for name, _, _ in DEMO_USERS)}.")
    return 0


def cmd_bump_epoch(args: argparse.Namespace, settings: Settings) -> int:
    from casemgr.server.bootstrap import bump_epoch

    print(f"New epoch {bump_epoch(settings)}: devices will push their outbox again.")
    return 0


def cmd_retention(args: argparse.Namespace, settings: Settings) -> int:
    """Show or set the organisation's retention, run it now, list or restore archived cases
    (casemgr.server.retention)."""
    from casemgr.server import retention
    from casemgr.server.api.deps import server_clock
    from casemgr.sync.protocol import RetentionPolicy

    now = server_clock(settings).now_ms()  # dev mode: the clock tests move, as serve's
    action = args.retention_action
    if action == "run":
        from casemgr.server.db import make_engine

        with _connection(settings):
            pass  # refuses an uninitialised database, as every command does
        engine = make_engine(settings.database_url)
        try:
            report = retention.run_retention(engine, now)
        finally:
            engine.dispose()
        print(f"{len(report.departed)} closed cases left devices, "
              f"{len(report.archived)} archived.")
        return 0
    with _connection(settings) as conn:
        if action == "set":
            current = retention.read_policy(conn)
            try:
                policy = RetentionPolicy(
                    closed_days=(args.closed_days if args.closed_days is not None
                                 else current.closed_days),
                    archive_years=(args.archive_years if args.archive_years is not None
                                   else current.archive_years))
            except pydantic.ValidationError:
                raise CliError("--closed-days is 1 to 3650, --archive-years 1 to 100.",
                               EXIT_USAGE) from None
            retention.set_policy(conn, policy, actor=_operator(), now=now)
            conn.commit()
        if action in ("show", "set"):
            policy = retention.read_policy(conn)
            print(f"Closed cases leave devices {policy.closed_days} days after closure and "
                  f"are archived on the server {policy.archive_years} years after it.")
        elif action == "archived":
            for case in retention.list_archived(conn):
                print(f"{case.case_id}  {case.case_number or '-'}  closed {case.closed_at}  "
                      f"archived {case.archived_at}")
        else:  # restore
            case = retention.restore_case(conn, args.case_id, actor=_operator(), now=now)
            conn.commit()
            print(f"Case {case.case_number or case.case_id} restored: it reaches the devices "
                  "of its caseload at their next sync.")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from casemgr.server.bootstrap import check_initialised
    from casemgr.server.db import make_engine
    from casemgr.server.keys import ServerKeys

    if args.workers < 1:
        raise CliError("--workers must be at least 1.", EXIT_USAGE)
    ServerKeys.load(settings.key_dir)  # refuse here, once, rather than in every worker
    engine = make_engine(settings.database_url)
    try:
        check_initialised(engine)
    finally:
        engine.dispose()
    import uvicorn

    # Workers are separate processes that build their own Settings from the environment.
    os.environ["CASEMGR_SERVER_DATABASE_URL"] = settings.database_url
    os.environ["CASEMGR_SERVER_KEY_DIR"] = str(settings.key_dir)
    os.environ["CASEMGR_SERVER_DEV_MODE"] = "true" if settings.dev_mode else "false"
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise CliError("Give both --ssl-certfile and --ssl-keyfile (or neither, behind a "
                       "proxy that terminates HTTPS).", EXIT_USAGE)
    from casemgr.server.logs import log_config, say

    log_format = args.log_format or settings.log_format
    say(log_format, f"Data: database {_shown_url(settings.database_url)}, keys in "
        f"{settings.key_dir.resolve()}."
        + (" Development mode: demo seeding allowed." if settings.dev_mode else ""))
    # Our log configuration, not uvicorn's: its startup and error lines in our format, and
    # its access log off (casemgr.server.logs.RequestLog writes one without query strings).
    uvicorn.run("casemgr.server.app:create_app", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_config=log_config(log_format), access_log=False,
                ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile,
                proxy_headers=True, forwarded_allow_ips=args.forwarded_allow_ips,
                timeout_graceful_shutdown=settings.shutdown_grace_s,
                timeout_keep_alive=settings.keep_alive_s)
    return 0


@contextmanager
def _connection(settings: Settings) -> Iterator[sa.Connection]:
    """A connection (commit as you go) to an initialised database, disposed of after."""
    from casemgr.server.bootstrap import check_initialised
    from casemgr.server.db import make_engine

    engine = make_engine(settings.database_url)
    try:
        check_initialised(engine)
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


# -- parsing and errors --------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casemgr-server",
                                     description="The casemgr sync server.")
    parser.add_argument("--version", action="version", version=f"casemgr-server {__version__}")
    parser.add_argument("--database-url", help="SQLAlchemy URL of the database (default: "
                        "CASEMGR_SERVER_DATABASE_URL, else a SQLite file in the server's data "
                        "folder)")
    parser.add_argument("--dev", action="store_true",
                        help="development mode (also CASEMGR_SERVER_DEV_MODE=true): allows "
                        "seeding the demo organisation, whose users share a published password")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace, Settings], int],
                help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(run=run)
        return p

    command("init-db", cmd_init_db,
            "Create or upgrade the schema, the server keys, the epoch and the shipped forms.")
    p = command("create-user", cmd_create_user, "Create a user (a new team is created).")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=["caseworker", "supervisor", "admin"])
    p.add_argument("--team", action="append", help="a team of the user (repeatable)")
    p = command("serve", cmd_serve, "Run the server (uvicorn).")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--ssl-certfile", help="serve HTTPS with this certificate chain (PEM)")
    p.add_argument("--ssl-keyfile", help="... and this private key (PEM)")
    p.add_argument("--forwarded-allow-ips", default="127.0.0.1", metavar="ADDRESSES",
                   help="the reverse proxies (comma-separated addresses) whose "
                   "X-Forwarded-For is believed, so that login limits count the laptop's "
                   "address, not the proxy's (default 127.0.0.1: a proxy on this machine; "
                   "from any other address the header is ignored)")
    p.add_argument("--log-format", choices=["json", "text"], default=None,
                   help="the log on stderr: one JSON object a line, or text for a person "
                   "(default: CASEMGR_SERVER_LOG_FORMAT, else json)")
    p = command("seed-demo", cmd_seed_demo, "Create the demo organisation's teams and users.")
    p.add_argument("--force", action="store_true", help="even outside dev mode")
    p = command("revoke-device", cmd_revoke_device,
                "Revoke a device: it wipes its workspace at its next request.")
    p.add_argument("device_id")
    p = command("reset-password", cmd_reset_password,
                "Set a new password for a user and end their sessions.")
    p.add_argument("username")
    command("bump-epoch", cmd_bump_epoch,
            "Start a new epoch after restoring the database from a backup.")
    p = command("retention", cmd_retention,
                "The organisation's retention of closed cases: show, set, run it now, list "
                "or restore archived cases.")
    what = p.add_subparsers(dest="retention_action", required=True, metavar="ACTION")
    what.add_parser("show", help="show the retention")
    q = what.add_parser("set", help="change the retention (audited)")
    q.add_argument("--closed-days", type=int, help="days a closed case stays on devices")
    q.add_argument("--archive-years", type=int,
                   help="years after closure a case is archived on the server")
    what.add_parser("run", help="note departures and archive old cases now (audited)")
    what.add_parser("archived", help="list the archived cases")
    q = what.add_parser("restore", help="restore an archived case (audited)")
    q.add_argument("case_id")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    chosen: dict[str, Any] = {}
    if args.database_url:
        chosen["database_url"] = args.database_url
    if args.dev:
        chosen["dev_mode"] = True
    try:
        return Settings(**chosen)
    except pydantic.ValidationError as e:
        first = e.errors()[0]
        message = str(first.get("msg", e)).removeprefix("Value error, ")
        where = ".".join(str(part) for part in first.get("loc", ()))
        raise CliError(f"Invalid settings: {where + ': ' if where else ''}{message}",
                       EXIT_USAGE) from None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    import sqlalchemy as sa

    from casemgr.domain.errors import DomainError
    from casemgr.server.bootstrap import NotInitialised
    from casemgr.server.demo import DemoRefused
    from casemgr.server.errors import ApiError
    from casemgr.server.keys import ServerKeysError

    settings: Settings | None = None
    try:
        settings = _settings(args)
        return int(args.run(args, settings))
    except CliError as e:
        message, code = str(e), e.code
    except ApiError as e:
        message, code = str(e.detail or e.error), EXIT_REFUSED
    except (NotInitialised, DemoRefused) as e:
        message, code = str(e), EXIT_REFUSED
    except ServerKeysError as e:
        message, code = str(e), EXIT_FAILED
    except DomainError as e:
        message, code = f"A shipped file is invalid: {e}", EXIT_FAILED
    except sa.exc.DBAPIError as e:
        url = _shown_url(settings.database_url) if settings else "(unknown)"
        why = (str(e.orig or e).strip().splitlines() or ["no reason given"])[0]
        message = f"The database at {url} could not be used: {why}"
        code = EXIT_FAILED
    except sa.exc.ArgumentError as e:
        message, code = f"The database URL is not usable: {e}", EXIT_USAGE
    except OSError as e:
        message, code = f"{e.strerror or e}: {e.filename or ''}".rstrip(": "), EXIT_FAILED
    except KeyboardInterrupt:
        message, code = "Interrupted.", EXIT_FAILED
    print(f"casemgr-server: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
