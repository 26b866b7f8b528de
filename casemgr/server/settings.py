"""Server settings from the environment (CASEMGR_SERVER_*), declared once with defaults."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    """The platform's data folder for the server (on Linux ~/.local/share/casemgr-server),
    where the default SQLite file and key folder live, whatever the working directory."""
    return Path(user_data_dir("casemgr-server", appauthor=False))


def _default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'casemgr-server.db'}"


def _default_key_dir() -> Path:
    return default_data_dir() / "keys"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CASEMGR_SERVER_", extra="ignore")

    # Embedded default: a SQLite file in the server's data folder (not the working
    # directory), so `casemgr-server serve` works with no set-up.
    database_url: str = Field(default_factory=_default_database_url)
    # Ed25519 lease-signing key and the escrow key live here, never in the database.
    key_dir: Path = Field(default_factory=_default_key_dir)
    # Development and demos only (`casemgr-server --dev`, the desktop's --demo): allows
    # seeding the demo organisation, whose users share a published password.
    dev_mode: bool = False
    # Pepper mixed into the stored token hashes. Unset, the random one init-db keeps in the
    # key folder (0600); set, at least 32 characters (the same on every server machine, which
    # share the key folder anyway: its signing and escrow keys must be the same too).
    secret: str | None = None

    access_token_minutes: int = Field(default=15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=30, ge=1, le=365)
    # How long a used refresh token may be presented again and get the same new pair (a
    # device that crashed before storing it); a reuse after this revokes the device's tokens.
    refresh_grace_s: int = Field(default=300, ge=0, le=3600)
    lease_days: int = Field(default=14, ge=1, le=90)
    min_client_version: str = "0.1.0"

    # Failed logins: this many in the window lock the account (or address) for lockout_s,
    # doubling on each further failure.
    login_failures_allowed: int = Field(default=5, ge=1)
    login_window_s: int = Field(default=900, ge=1)
    login_lockout_s: int = Field(default=60, ge=1)
    # One address is often a whole office behind one router: allow it more typos than one
    # account before it is locked.
    login_address_failures_allowed: int = Field(default=20, ge=1)

    # Argon2id cost of the stored password hashes (DESIGN.md 5 and 9: 64 MiB, t=3, ~0.26 s);
    # hashes made with other costs are upgraded at the next successful login.
    password_memory_kib: int = Field(default=65536, ge=8)
    password_time_cost: int = Field(default=3, ge=1)
    password_parallelism: int = Field(default=1, ge=1, le=16)

    max_body_bytes: int = Field(default=8 * 1024 * 1024, ge=1024)
    # Requests one server process works on at once (casemgr.server.app.Overload; long-polls
    # for live updates, health checks and /metrics aside). Past it a request is answered at
    # once 503 with Retry-After (`busy_retry_after_s`, the client adds jitter) instead of
    # queueing until the client's timeouts: a burst of laptops comes back spread out. 0: no
    # limit. The thread pool works on 40 at a time; the rest wait their turn.
    max_requests_in_flight: int = Field(default=64, ge=0)
    busy_retry_after_s: int = Field(default=2, ge=1, le=300)
    # How long an idle keep-alive connection is kept open (uvicorn's default is 5 s). Longer
    # than a proxy's idle timeout (nginx and most load balancers: 60 s), so that the server
    # never closes a connection at the moment the proxy, or a laptop that was told to come
    # back in a few seconds, sends a request on it (which fails as a dropped connection).
    keep_alive_s: int = Field(default=75, ge=1, le=3600)

    # Live updates (casemgr.server.sync.live): devices waiting for news at once, per server
    # process (past it: 503 with Retry-After), and how often each process looks for news
    # while any wait.
    live_max_waiters: int = Field(default=2000, ge=1)
    # The longest a laptop is kept waiting (it asks for up to 25 s): shorter behind a proxy
    # that cuts idle connections sooner.
    live_wait_s: int = Field(default=25, ge=1, le=25)
    live_poll_ms: int = Field(default=500, ge=10, le=10_000)
    # How long a stopping server lets requests in flight finish (then cuts them: laptops
    # waiting for live updates, which would otherwise hold a restart for their whole wait,
    # reconnect by themselves; a push cut short is rolled back and sent again).
    shutdown_grace_s: int = Field(default=5, ge=0, le=300)

    # Break-glass (casemgr.server.sync.glass): how long access to a case outside one's
    # caseload lasts.
    break_glass_hours: int = Field(default=24, ge=1, le=168)
    # How often each server process runs retention (casemgr.server.retention): notes the
    # closed cases that left devices and archives the old ones. 0: only when asked
    # (`casemgr-server retention run`, the admin API).
    retention_interval_s: int = Field(default=3600, ge=0)
    # Development and tests only (honoured with dev_mode): a file holding a number of
    # seconds the server's clock runs ahead of the system's, read at each use, so that a
    # test can move a running server's time (grants expiring, retention) without waiting.
    clock_file: Path | None = None

    # What `serve` writes to stderr: one JSON object a line (for journald, Docker, a log
    # shipper), or plain text for a person at a terminal (`serve --log-format`).
    log_format: Literal["json", "text"] = "json"

    @model_validator(mode="after")
    def _refuse_weak_settings(self) -> Settings:
        if self.password_memory_kib < 8 * self.password_parallelism:
            raise ValueError("CASEMGR_SERVER_PASSWORD_MEMORY_KIB must be at least 8 KiB per "
                             "lane (CASEMGR_SERVER_PASSWORD_PARALLELISM)")
        if self.secret is not None and len(self.secret) < 32:
            raise ValueError("CASEMGR_SERVER_SECRET must be at least 32 characters (or unset: "
                             "the server then uses a random one kept with its keys)")
        return self

    def pepper(self) -> str:
        """What is mixed into the stored hashes of tokens: CASEMGR_SERVER_SECRET, else the
        random pepper in the key folder."""
        return self.secret if self.secret is not None else _pepper_in(self.key_dir)


@lru_cache(maxsize=16)
def _pepper_in(key_dir: Path) -> str:
    from casemgr.server.keys import token_pepper

    return token_pepper(key_dir)
