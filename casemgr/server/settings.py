"""Server settings from the environment (CASEMGR_SERVER_*), declared once with defaults."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET = "dev-only-change-me"  # noqa: S105 - the value refused outside dev mode


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CASEMGR_SERVER_", extra="ignore")

    # Embedded default: a SQLite file, so `casemgr-server serve` works with no set-up.
    database_url: str = "sqlite:///casemgr-server.db"
    # Ed25519 lease-signing key and the escrow key live here, never in the database.
    key_dir: Path = Path("casemgr-server-keys")
    dev_mode: bool = True
    # Pepper mixed into token hashes; must be set to a real secret outside dev mode.
    secret: str = DEV_SECRET

    access_token_minutes: int = Field(15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(30, ge=1, le=365)
    lease_days: int = Field(14, ge=1, le=90)
    min_client_version: str = "0.1.0"

    # Failed logins: this many in the window lock the account (or address) for lockout_s,
    # doubling on each further failure.
    login_failures_allowed: int = Field(5, ge=1)
    login_window_s: int = Field(900, ge=1)
    login_lockout_s: int = Field(60, ge=1)

    max_body_bytes: int = Field(8 * 1024 * 1024, ge=1024)

    @model_validator(mode="after")
    def _refuse_default_secrets(self) -> Settings:
        if not self.dev_mode and self.secret == DEV_SECRET:
            raise ValueError(
                "CASEMGR_SERVER_SECRET is still the development default; set a real secret "
                "(or CASEMGR_SERVER_DEV_MODE=true for development only)")
        if not self.dev_mode and len(self.secret) < 32:
            raise ValueError("CASEMGR_SERVER_SECRET must be at least 32 characters")
        return self
