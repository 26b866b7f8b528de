"""The lock screen: unlock, first login, recovery, auto-lock."""
