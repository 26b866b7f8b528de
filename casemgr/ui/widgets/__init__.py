"""Widgets shared by pages and dialogs: tables, status bar."""
